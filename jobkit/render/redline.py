"""A redline: the new DOCX with every difference from the old one as a Word tracked change.

Both versions are written by jobkit from the same template and styles, so their bodies line
up block by block: paragraphs and tables are paired in order (the same text first, then the
most similar), a paired paragraph gets its changed words as w:ins / w:del runs, a paired
table its rows, and what is left is inserted or deleted whole (a deleted row or paragraph
mark is marked too). Accept All in Word, WPS or LibreOffice gives the new document, Reject
All the old one. Pictures in deleted text are left out (they belong to the old package).
"""
from __future__ import annotations

import copy
import io
import zipfile
from difflib import SequenceMatcher

from lxml import etree

from jobkit.diff.match import ordered_pairs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"


def q(tag: str) -> str:
    return _W + tag


class Marks:
    """Author, date and running ids of the tracked changes."""

    def __init__(self, author: str, when: str) -> None:
        self.author, self.when, self.next_id = author, when, 1

    def element(self, tag: str):
        mark = etree.Element(q(tag), {q("id"): str(self.next_id), q("author"): self.author,
                                      q("date"): self.when})
        self.next_id += 1
        return mark


def redline_docx(old: bytes, new: bytes, author: str, when: str) -> bytes:
    """The new package whose body carries the changes from old as tracked changes."""
    from jobkit.render.docx_styles import reproducible_zip

    with zipfile.ZipFile(io.BytesIO(new)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    with zipfile.ZipFile(io.BytesIO(old)) as package:
        old_root = etree.fromstring(package.read("word/document.xml"))
    new_root = etree.fromstring(parts["word/document.xml"])
    numbers = _numbering_ids(parts.get("word/numbering.xml", b""))
    marks = Marks(author, when)
    old_body, new_body = old_root.find(q("body")), new_root.find(q("body"))
    section = new_body.find(q("sectPr"))
    merged = merge_blocks(_blocks(old_body), _blocks(new_body), marks, numbers)
    for child in list(new_body):
        new_body.remove(child)
    new_body.extend(merged)
    if section is not None:
        new_body.append(section)
    parts["word/document.xml"] = etree.tostring(new_root, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    return reproducible_zip(parts, None)


def _numbering_ids(xml: bytes) -> set[str]:
    if not xml:
        return set()
    root = etree.fromstring(xml)
    return {num.get(q("numId")) for num in root.iter(q("num"))}


def _blocks(parent) -> list:
    return [child for child in parent if child.tag in (q("p"), q("tbl"))]


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(q("t"), q("delText")))


def _ordered_pairs(old: list, new: list) -> list[tuple[int, int]]:
    """Blocks (or rows) paired in order; two tables, or two empty paragraphs, always pair."""
    def always(a, b) -> bool:
        return _kind(a) == "tbl" or (not _text(a) and not _text(b))

    return ordered_pairs(old, new, _text, _kind, always)


def _kind(block) -> str:
    return "tbl" if block.tag == q("tbl") else "p"


def merge_blocks(old: list, new: list, marks: Marks, numbers: set[str]) -> list:
    out: list = []
    last_old = last_new = -1
    for i, j in _ordered_pairs(old, new) + [(len(old), len(new))]:
        out += [deleted(block, marks, numbers) for block in old[last_old + 1:i]]
        out += [inserted(block, marks) for block in new[last_new + 1:j]]
        if i < len(old):
            out += merged(old[i], new[j], marks, numbers)
        last_old, last_new = i, j
    return out


def merged(old, new, marks: Marks, numbers: set[str]) -> list:
    if old.tag == q("p"):
        return [merged_paragraph(old, new, marks)]
    return merged_table(old, new, marks, numbers)


# --- paragraphs --------------------------------------------------------------------------

def _tokens(paragraph) -> list[tuple[object, object, object]]:
    """(key, rPr, node) per character or tab/break; a picture is a key that equals nothing."""
    found = []
    for run in paragraph.iter(q("r")):
        if run.getparent().tag == q("del"):
            continue
        props = run.find(q("rPr"))
        for node in run:
            if node.tag == q("t"):
                found += [(ch, props, None) for ch in node.text or ""]
            elif node.tag in (q("tab"), q("br"), q("cr")):
                found.append((node.tag, props, node))
            elif node.tag != q("rPr"):
                found.append((object(), props, node))  # a picture, a field character …
    return found


def merged_paragraph(old, new, marks: Marks):
    if _text(old) == _text(new):
        return new
    a, b = _tokens(old), _tokens(new)
    result = copy.deepcopy(new)
    for child in list(result):
        if child.tag != q("pPr"):
            result.remove(child)
    matcher = SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            result.extend(_runs(b[b1:b2]))
            continue
        if op in ("delete", "replace"):
            result.extend(_wrapped(_runs(a[a1:a2], deleted=True), "del", marks))
        if op in ("insert", "replace"):
            result.extend(_wrapped(_runs(b[b1:b2]), "ins", marks))
    return result


def _runs(tokens, deleted: bool = False) -> list:
    runs, text, props_key = [], None, object()
    for key, props, node in tokens:
        signature = etree.tostring(props) if props is not None else b""
        if node is not None and deleted and not isinstance(key, str):
            continue  # a picture of the old package cannot come along
        if not runs or signature != props_key:
            run = etree.Element(q("r"))
            if props is not None:
                run.append(copy.deepcopy(props))
            runs.append(run)
            props_key, text = signature, None
        run = runs[-1]
        if node is None:
            if text is None:
                text = etree.SubElement(run, q("delText" if deleted else "t"))
                text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                text.text = ""
            text.text += key
        else:
            run.append(copy.deepcopy(node))
            text = None
    return runs


def _wrapped(runs: list, tag: str, marks: Marks) -> list:
    if not runs:
        return []
    mark = marks.element(tag)
    mark.extend(runs)
    return [mark]


def _mark_paragraph(paragraph, tag: str, marks: Marks) -> None:
    """Mark the paragraph's own end (its mark) as inserted or deleted."""
    props = paragraph.find(q("pPr"))
    if props is None:
        props = etree.Element(q("pPr"))
        paragraph.insert(0, props)
    run_props = props.find(q("rPr"))
    if run_props is None:
        run_props = etree.SubElement(props, q("rPr"))
    run_props.insert(0, marks.element(tag))


def inserted(block, marks: Marks):
    block = copy.deepcopy(block)
    for paragraph in [block] if block.tag == q("p") else list(block.iter(q("p"))):
        runs = [child for child in paragraph if child.tag in (q("r"), q("hyperlink"))]
        for run in runs:
            paragraph.remove(run)
        paragraph.extend(_wrapped(runs, "ins", marks))
        _mark_paragraph(paragraph, "ins", marks)
    for row in block.iter(q("tr")):
        _mark_row(row, "ins", marks)
    return block


def deleted(block, marks: Marks, numbers: set[str]):
    block = copy.deepcopy(block)
    for paragraph in [block] if block.tag == q("p") else list(block.iter(q("p"))):
        tokens = _tokens(paragraph)
        for child in list(paragraph):
            if child.tag != q("pPr"):
                paragraph.remove(child)
        paragraph.extend(_wrapped(_runs(tokens, deleted=True), "del", marks))
        number = paragraph.find(f"{q('pPr')}/{q('numPr')}/{q('numId')}")
        if number is not None and number.get(q("val")) not in numbers:
            number.getparent().getparent().remove(number.getparent())
        _mark_paragraph(paragraph, "del", marks)
    for row in block.iter(q("tr")):
        _mark_row(row, "del", marks)
    return block


# --- tables ------------------------------------------------------------------------------

def _mark_row(row, tag: str, marks: Marks) -> None:
    props = row.find(q("trPr"))
    if props is None:
        props = etree.Element(q("trPr"))
        row.insert(0 if row.find(q("tblPrEx")) is None else 1, props)
    props.append(marks.element(tag))


def _columns(table) -> int:
    grid = table.find(q("tblGrid"))
    return len(grid.findall(q("gridCol"))) if grid is not None else -1


def merged_table(old, new, marks: Marks, numbers: set[str]) -> list:
    if _columns(old) != _columns(new):
        return [deleted(old, marks, numbers), inserted(new, marks)]
    result = copy.deepcopy(new)
    for row in result.findall(q("tr")):
        result.remove(row)
    old_rows, new_rows = old.findall(q("tr")), new.findall(q("tr"))
    last_old = last_new = -1
    for i, j in _ordered_pairs(old_rows, new_rows) + [(len(old_rows), len(new_rows))]:
        for row in old_rows[last_old + 1:i]:
            result.append(_deleted_row(row, marks, numbers))
        for row in new_rows[last_new + 1:j]:
            result.append(inserted(row, marks))
        if i < len(old_rows):
            result.extend(_merged_row(old_rows[i], new_rows[j], marks, numbers))
        last_old, last_new = i, j
    return [result]


def _deleted_row(row, marks: Marks, numbers: set[str]):
    row = copy.deepcopy(row)
    for cell in row.findall(q("tc")):
        for block in _blocks(cell):
            cell.replace(block, deleted(block, marks, numbers))
    _mark_row(row, "del", marks)
    return row


def _merged_row(old, new, marks: Marks, numbers: set[str]) -> list:
    old_cells, new_cells = old.findall(q("tc")), new.findall(q("tc"))
    if len(old_cells) != len(new_cells):
        return [_deleted_row(old, marks, numbers), inserted(new, marks)]
    row = copy.deepcopy(new)
    for old_cell, cell in zip(old_cells, row.findall(q("tc"))):
        blocks = merge_blocks(_blocks(old_cell), _blocks(cell), marks, numbers)
        for block in _blocks(cell):
            cell.remove(block)
        cell.extend(blocks)
    return [row]
