"""Qualifications correspond to the duties: managers need management ability, tools need skills.

资格说明应与岗位职责相对应。

What it does / 检查内容:
  - A post that manages people — it has `basic.subordinates` or `relations.supervises`, or a
    duty directs people (指导下属, 管理客服团队, 考核各组员, 座席排班) — must list a management
    or coaching ability (团队管理能力, 组织协调能力, 带教辅导 …) among abilities, skills,
    experience, training or personality (word list `management-abilities`).
  - A duty that names a language (英语, 日语 …, list `jk2-languages`), work that needs a licence
    (驾驶服务车, 电工作业, 会计核算 …, list `jk2-licences`) or a named tool (Excel, CRM, ERP …,
    list `jk2-tools`) must have matching wording in the qualifications (languages,
    certificates, skills, abilities, training, experience, education) or in `equipment`.
  The finding points at the words of the duty that call for the qualification and says what to
  add where. Words inside 《…》 titles are ignored. Each list is a data file that
  `lint.words` in jobkit.yaml can extend, e.g. `jk2_tools: ["Axure = Axure|原型设计"]`.
  - 管理他人的岗位（写了 `basic.subordinates` 或 `relations.supervises`，或职责中有
    “指导下属”“管理客服团队”“考核各组员”“座席排班”等）应在能力、技能、经验、培训或
    个性特征中列出管理或带教能力（词表 `management-abilities`）。
  - 职责中出现外语（词表 `jk2-languages`）、需要持证的工作（驾驶服务车、电工作业、会计核算
    等，词表 `jk2-licences`）或具体软件系统（Excel、CRM、ERP 等，词表 `jk2-tools`）时，
    资格说明（语言、证书、技能、能力、培训、经验、学历）或 `equipment` 中应有相应内容。
  结果定位到职责中提出该要求的词语，并说明应在何处补充什么。《…》书名中的词不计。
  词表均为数据文件，可在 jobkit.yaml 的 `lint.words` 中扩充。

Why / 为什么:
  In a job description the qualifications follow from the duties: each requirement is there
  because some duty needs it, and each ability a duty needs is listed. The qualifications are
  the minimum hiring conditions and the basis of training: when a duty needs an ability they
  do not list, the wrong people are hired and trained.
  岗位说明书的资格要求由职责而来：每项要求都对应某项职责，职责需要的能力也都应写出。资格
  说明是录用的最低条件和培训的依据，职责所需的能力没有写进资格说明，就会招错人、训错人。

Example / 示例:

```yaml fail
duties:
  - title: 海外投诉处理
    statement: 受理海外客户的英语邮件投诉，登记分类后拟订处理方案
    standard: 回复内容准确，客户接受率不低于85%
    deadline: 收到邮件后24小时内
    time_pct: 100
```

```yaml pass
duties:
  - title: 海外投诉处理
    statement: 受理海外客户的英语邮件投诉，登记分类后拟订处理方案
    standard: 回复内容准确，客户接受率不低于85%
    deadline: 收到邮件后24小时内
    time_pct: 100
qualifications:
  languages: [英语读写熟练，大学英语六级或同等水平]
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk2._matching import (blank, directing_phrase, mentions_any,
                                             requirement_hits, split_list)
from jobkit.lint.rules.jk2._shared import mask_titles
from jobkit.problems import Message

ID = "JK201"
NAME = "qualification-matches-duties"
LEVEL = "warning"
KINDS = ("job",)

# (word list, qualifications field to suggest, what it is in zh / en, suggestion template)
_REQUIREMENTS = (
    ("jk2-languages", "languages", "语言要求", "a language requirement", "{word}（写明熟练程度）",
     "{word} (state the level)"),
    ("jk2-licences", "certificates", "证书或执照", "a licence or certificate", "{word}", "{word}"),
    ("jk2-tools", "skills", "技能要求", "a skill", "熟练使用{word}", "proficient in {word}"),
)
_DUTY_FIELDS = ("title", "statement", "standard")


def check(ctx):
    job = ctx.model
    duty_texts = [(("duties", i, key), mask_titles(getattr(duty, key)))
                  for i, duty in enumerate(job.duties) for key in _DUTY_FIELDS
                  if getattr(duty, key)]
    yield from _management(ctx, job, duty_texts)
    qualifications = _qualification_text(job)
    for requirement in _REQUIREMENTS:
        yield from _requirements(ctx, duty_texts, qualifications, *requirement)


def _requirements(ctx, duty_texts, qualifications, list_name, field, zh, en, form_zh, form_en):
    """One finding per requirement group of the list that duties call for and nothing meets."""
    reported = set()
    for path, text in duty_texts:
        for offset, word, group in requirement_hits(text, ctx.words[list_name]):
            if group in reported or mentions_any(qualifications, group.accepted):
                continue
            reported.add(group)
            advice = Message(form_zh.format(word=group.accepted[0]),
                             form_en.format(word=group.accepted[0]))
            yield ctx.finding(
                path,
                Message(f"职责提到“{word}”，但资格说明中没有相应的{zh}；"
                        f"请在 qualifications.{field} 中补充，例如“{advice.zh}”。",
                        f"the duty mentions '{word}' but the qualifications state no {en} for "
                        f"it; add one under qualifications.{field}, e.g. '{advice.en}'"),
                offset=offset, length=len(word), suggestion=advice)


def _qualification_text(job) -> str:
    """Every qualification text that can meet a requirement, plus the equipment used."""
    q = job.qualifications
    parts = [*q.languages, *q.certificates, *q.skills, *q.abilities, *q.personality,
             *(t.subject for t in q.training), *job.equipment]
    if q.experience and q.experience.field:
        parts.append(q.experience.field)
    if q.education:
        parts.extend(v for v in (q.education.level, q.education.major) if v)
    return "\n".join(parts)


def _has_management_ability(ctx, job) -> bool:
    q = job.qualifications
    parts = [*q.abilities, *q.skills, *q.personality, *q.certificates,
             *(t.subject for t in q.training)]
    if q.experience and q.experience.field:
        parts.append(q.experience.field)
    words, look_alikes = split_list(ctx.words["management-abilities"])
    return mentions_any(blank("\n".join(parts), look_alikes, ignore_case=True), words)


def _supervision(ctx, job, duty_texts) -> tuple[tuple, int, int, str | None] | None:
    """(path, offset, length, phrase) of the first sign that the post manages people."""
    for path, text in duty_texts:
        found = directing_phrase(text, ctx.words["jk2-directing-verbs"],
                                 ctx.words["jk2-people-nouns"])
        if found:
            offset, length = found
            return path, offset, length, text[offset:offset + length]
    if job.basic.subordinates:
        return ("basic", "subordinates"), 0, 0, None
    if job.relations.supervises:
        return ("relations", "supervises"), 0, 0, None
    return None


def _management(ctx, job, duty_texts):
    if _has_management_ability(ctx, job):
        return
    sign = _supervision(ctx, job, duty_texts)
    if sign is None:
        return
    path, offset, length, phrase = sign
    because_zh = f"职责中有“{phrase}”" if phrase else "本岗位有下属岗位"
    because_en = f"a duty reads '{phrase}'" if phrase else "the post has subordinates"
    yield ctx.finding(
        path,
        Message(f"{because_zh}，需要管理或指导他人，但资格说明中没有管理能力；请在 "
                "qualifications.abilities 中补充，例如“团队管理能力”“组织协调能力”或“带教辅导能力”。",
                f"{because_en}, so the post manages or guides people, but the qualifications "
                "list no management ability; add one under qualifications.abilities, e.g. "
                "'team management', 'organising and coordinating' or 'coaching'"),
        offset=offset, length=length,
        suggestion=Message("团队管理能力", "team management"))
