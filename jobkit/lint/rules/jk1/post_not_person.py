"""Write about the post, not a person: no personal names, 他/她/我/你, or 李经理-style address.

描述岗位而不是具体的人：不写人名、“他/她/我/你”，也不写“李经理”式的称呼。

What it does / 检查内容:
  In every prose field of a job, and in the free-text references `basic.reports_to`,
  `basic.subordinates` and `relations.*`, reports outside quotation marks: personal pronouns of
  person-words.txt (我, 我们, 你, 您, 他, 她 …; 其他, 他人, 我司 are fine); a surname followed by
  a title of honorifics.txt (李经理, 王女士, 张总); a surname followed by 某 or by 三/四/五 as in
  张三, 李四. Words such as 工程经理 or 流程主管 are not names: a surname counts only at the
  start of a text or after punctuation, a space or a word such as 向, 由, 报, 请, 部.
  在岗位说明书的所有文字字段，以及 `basic.reports_to`、`basic.subordinates`、`relations.*`
  的自由文本中（引号内除外）报告：person-words.txt 中的人称代词（我、我们、你、您、他、她
  ……；“其他、他人、我司”等没有问题）；姓氏后接 honorifics.txt 中的称谓（李经理、王女士、
  张总）；姓氏后接“某”或“三、四、五”（张某、张三、李四）。“工程经理”“流程主管”等不是
  人名：姓氏只有在文字开头、标点或空格之后，或“向、由、报、请、部”等字之后才算。

Why / 为什么:
  A job description is written for the post, not for the person who holds it (对事不对人);
  《客户服务管理体系设计全案》 (Fobook Management Consulting) makes the same point in its
  cautions for writing duties. People change; the post and its relations to other posts stay.
  岗位说明书对事不对人，写的是岗位而不是任职的个人，《客户服务管理体系设计全案》（弗布克管理咨询）
  的编写注意事项也强调这一点。人会变动，岗位及其与其他岗位的关系是稳定的。

Example / 示例:

```yaml fail
basic:
  reports_to: 李经理
summary: 他负责受理客户投诉，对投诉处理时效和客户满意度负责。
```

```yaml pass
basic:
  reports_to: 投诉主管
summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责。
```
"""
from __future__ import annotations

import re
from functools import lru_cache

from jobkit.lint.rules.jk1._shared import inside, quoted_spans
from jobkit.lint.text import find_words
from jobkit.problems import Message

ID = "JK110"
NAME = "post-not-person"
LEVEL = "warning"
KINDS = ("job",)

# Characters after which a surname may start a name: punctuation aside, words that introduce
# a person (向李经理, 由王主管, 报张总, 客服部刘经理).
_BEFORE = "向由报送呈经请给找系示助合知问叫让被把将为对跟随陪派同与和及或的部室组司心处科店厂院"
_NO_NAME_AFTER_NUMBER = "包联级类个天日年月次方期项条种份位名人季楼层号角点档等线句字岁星"
_REFERENCES = (("basic", "reports_to"), ("basic", "subordinates"),
               ("relations", "supervised_by"), ("relations", "supervises"),
               ("relations", "promotion"), ("relations", "transfer"))


@lru_cache(maxsize=8)
def _name_pattern(surnames: frozenset, titles: frozenset) -> re.Pattern:
    longer = "|".join(sorted((re.escape(s) for s in surnames if len(s) > 1), key=len, reverse=True))
    single = "".join(re.escape(s) for s in surnames if len(s) == 1)
    family = "|".join(part for part in (longer, f"[{single}]" if single else "") if part)
    long_titles = "|".join(sorted((re.escape(t) for t in titles if len(t) > 1), key=len,
                                  reverse=True))
    short = "".join(re.escape(t) for t in titles if len(t) == 1)
    parts = []
    if long_titles:
        parts.append(long_titles)
    if short:  # 张总 but not 周总结: a one-character title must end the word
        parts.append(rf"[{short}](?=$|[^\u4e00-\u9fff]|[负审批签同安指交要说认汇报的和及与或])")
    parts.append(r"某某?")
    parts.append(rf"[三四五](?![{_NO_NAME_AFTER_NUMBER}])")
    return re.compile(rf"(?:{family})(?:{'|'.join(parts)})")


def _name_start(text: str, offset: int) -> bool:
    """A surname starts a name at the start, after a non-Chinese character or after 向/由/报 …"""
    if offset == 0:
        return True
    before = text[offset - 1]
    return not ("\u4e00" <= before <= "\u9fff") or before in _BEFORE


def _texts(ctx):
    yield from ctx.strings
    for path in _REFERENCES:
        section = ctx.data.get(path[0])
        value = section.get(path[1]) if isinstance(section, dict) else None
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, list):
            yield from ((path + (i,), v) for i, v in enumerate(value) if isinstance(v, str))


def _pronouns(text: str, words) -> list[tuple[int, str]]:
    found = list(find_words(text, words["person-words"]))
    if not found:
        return found
    exempt = [(o, o + len(w)) for o, w in find_words(text, words["jk1-person-words-except"])]
    return [(o, w) for o, w in found if not inside(o, exempt)]


@lru_cache(maxsize=8)
def _trigger(names: re.Pattern, pronouns: frozenset) -> re.Pattern:
    """One pattern that any text worth a closer look matches: a pronoun's character or a name."""
    chars = "".join(sorted({re.escape(c) for word in pronouns for c in word}))
    return re.compile(f"[{chars}]|{names.pattern}" if chars else names.pattern)


def check(ctx):
    names = _name_pattern(ctx.words["jk1-surnames"], ctx.words["honorifics"])
    trigger = _trigger(names, ctx.words["person-words"])
    for path, text in _texts(ctx):
        if not text or not trigger.search(text):
            continue
        quotes = quoted_spans(text)
        for offset, word in _pronouns(text, ctx.words):
            if not inside(offset, quotes):
                yield ctx.finding(
                    path,
                    Message(f"“{word}”写的是人而不是岗位（对事不对人）；请省略主语，或改用岗位名称。",
                            f"'{word}' writes about a person, not the post: drop the subject or "
                            "name the post instead"),
                    offset=offset, length=len(word))
        for match in names.finditer(text):
            if _name_start(text, match.start()) and not inside(match.start(), quotes):
                yield ctx.finding(
                    path,
                    Message(f"“{match.group()}”指向具体的人；请改写为岗位名称，例如“投诉主管”。",
                            f"'{match.group()}' names a person: name the post instead, e.g. "
                            "投诉主管 (complaint supervisor)"),
                    offset=match.start(), length=len(match.group()))
