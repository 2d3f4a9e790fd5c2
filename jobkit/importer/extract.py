"""A Word document's blocks split into jobs (one, or one per heading of a compilation), and
each job's headings, paragraphs and tables read into a Draft."""
from __future__ import annotations

import re

from jobkit.importer import values
from jobkit.importer.docx_read import DocxContent, Paragraph, Table
from jobkit.importer.draft import Draft
from jobkit.importer.sections import read_section
from jobkit.importer.tables import SECTIONS, read_table
from jobkit.importer.vocabulary import field_of, normalize

_TITLE = re.compile(r"^(.+?)(?:岗位|职位|职务)?(?:职责)?(?:说明书|说明|描述书)$")
_TITLE_AFTER = re.compile(r"^(?:岗位|职位|职务)说明书\s*[—\-－–:：]+\s*(.+)$")  # 岗位说明书——客服专员
_EN_SUBTITLE = re.compile(r"^Job Description\b")
_GENERIC = {"岗位说明书", "职位说明书", "岗位职责说明书", "职务说明书", "工作说明书", "岗位描述",
            "岗位说明", "jobdescription"}
_SECTION_WORDS = {"基本资料": "basic", "基本信息": "basic", "岗位基本信息": "basic",
                  "基本情况": "basic", "basicinformation": "basic"}


def section_of(paragraph: Paragraph) -> str | None:
    text = paragraph.text
    if len(text) > 40 or not text:
        return None
    key = _SECTION_WORDS.get(normalize(text)) or field_of(text)
    return key if key in SECTIONS else None


def _heading(paragraph: Paragraph) -> bool:
    text = paragraph.text
    # a heading is short: 30 characters of Chinese, 80 of a Latin-script language
    longest = 80 if text.isascii() else 30
    if not text or len(text) > longest or re.search(r"[。；;.]$", text):
        return False
    return paragraph.level > 0 or paragraph.bold or section_of(paragraph) is not None


def _job_title(paragraph: Paragraph, following: Paragraph | None) -> str | None:
    if not _heading(paragraph) or section_of(paragraph):
        return None
    match = _TITLE.match(paragraph.text.replace(" ", "")) or \
        _TITLE_AFTER.match(paragraph.text.strip())
    if match and field_of(match.group(1)) is None:
        return match.group(1).strip()
    if paragraph.style.lower() == "title" or (following is not None and
                                              _EN_SUBTITLE.match(following.text)):
        return paragraph.text
    return None


def split_jobs(content: DocxContent) -> list[tuple[str | None, list]]:
    """(title or None, blocks) per job; what comes before the first job (a compilation's
    cover or contents) is returned with title "" so that the caller can report it."""
    # a heading that only names the kind of document (岗位说明书) tells nothing about the job
    blocks = [b for b in content.blocks if not (isinstance(b, Paragraph) and
                                                normalize(b.text) in _GENERIC)]
    starts: list[tuple[int, str | None]] = []
    titled_table = False
    for number, block in enumerate(blocks):
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        following_p = following if isinstance(following, Paragraph) else None
        if isinstance(block, Paragraph):
            title = _job_title(block, following_p)
            if title is None and _heading(block) and not section_of(block) and \
                    _section_follows(blocks, number):
                title = re.sub(r"^[一二三四五六七八九十\d]+[、.．]\s*", "", block.text)
            if title:
                starts.append((number, title))
                titled_table = False
        elif isinstance(block, Table) and _has_title_label(block):
            if titled_table or not starts:
                starts.append((number, None))
            titled_table = True
    if not starts:
        return [(None, blocks)]
    jobs = [("", blocks[:starts[0][0]])] if starts[0][0] else []
    for index, (begin, title) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(blocks)
        body = blocks[begin + 1:end] if title else blocks[begin:end]
        jobs.append((title, body))
    return jobs


def _section_follows(blocks: list, number: int) -> bool:
    for block in blocks[number + 1:number + 4]:
        if isinstance(block, Paragraph) and _heading(block):
            return section_of(block) is not None  # another heading that is no section ends it
        if isinstance(block, Table) and _has_title_label(block):
            return True
    return False


def _has_title_label(table: Table) -> bool:
    return any(field_of(cell.text) == "basic.title" for row in table.rows[:3] for cell in row
               if cell.text and "\n" not in cell.text)


def read_job(title: str | None, blocks: list, draft: Draft) -> Draft:
    if title:
        draft.assign("basic.title", title)
    section, lines = None, []
    for number, block in enumerate(blocks):
        if isinstance(block, Table):
            _flush(section, lines, draft)
            lines = []
            read_table(block, draft, section)
            continue
        if not block.text:
            continue
        key = section_of(block) if _heading(block) else None
        if key:
            _flush(section, lines, draft)
            section, lines = key, []
        elif number == 0 and _subtitle(block, draft):
            continue
        elif _labelled(block.text, draft):
            continue
        else:
            lines.append(block.text)
    _flush(section, lines, draft)
    return draft


def _flush(section: str | None, lines: list[str], draft: Draft) -> None:
    if not lines:
        return
    if section in (None, "basic"):
        for line in lines:
            draft.note("", line)
    else:
        read_section(section, lines, draft)


def _labelled(text: str, draft: Draft) -> bool:
    """岗位名称：客服专员 typed as a paragraph; several pairs may share a line."""
    pairs = re.findall(r"([^\s：:，；]{2,8})[：:]\s*([^：:]+?)(?=\s+[^\s：:，；]{2,8}[：:]|$)",
                       text.strip())
    keys = [(field_of(label), label, value) for label, value in pairs]
    if not keys or any(key is None for key, _, _ in keys):
        return False
    if any(key in SECTIONS - {"summary", "equipment"} for key, _, _ in keys):
        return False
    for key, label, value in keys:
        draft.assign(key, value, label)
    return True


def _subtitle(paragraph: Paragraph, draft: Draft) -> bool:
    """jobkit's own subtitle (organisation · department · 生效日期：… · 版本 …)."""
    if paragraph.style.lower() != "subtitle":
        return False
    for part in (p.strip() for p in paragraph.text.split("·")):
        date = _effective(part)
        version = re.match(r"(?:版本|Version)\s*(\S+)$", part)
        if date:
            draft.data["effective_date"] = date
        elif version:
            draft.data["version"] = version.group(1)
        elif part and part not in ("Job Description",) and not draft.get("basic.department"):
            draft.data.setdefault("_subtitle", []).append(part)
    departments = draft.data.pop("_subtitle", [])
    if departments and not draft.get("basic.department"):
        draft.assign("basic.department", departments[-1])
    return True


def _effective(part: str) -> str | None:
    """生效日期：2026年7月1日 or Effective: 1 July 2026 → 2026-07-01."""
    found = re.match(r"(?:生效日期[：:]|Effective:?)\s*(.+)$", part)
    return values.calendar_date(found.group(1)) if found else None
