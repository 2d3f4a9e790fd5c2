"""The redline as HTML (and so PDF): the new page with inserted text in <ins> and deleted text
in <del>, paired with the old page unit by unit (a table row, or a paragraph, heading or list
item outside tables), the same way as the DOCX redline."""
from __future__ import annotations

import copy
from difflib import SequenceMatcher

import lxml.html

from jobkit.diff.match import ordered_pairs

_LEAVES = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt", "dd"}
_BLOCKS = _LEAVES | {"table", "tr", "ul", "ol", "div", "dl", "thead", "tbody", "td", "th"}


def _text(element) -> str:
    return "".join(element.itertext()).strip()


def _units(root) -> list:
    """Table rows and, outside tables, the innermost text blocks, in document order."""
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "tr":
            found.append(element)
        elif element.tag in _LEAVES and next(
                (a for a in element.iterancestors() if a.tag in ("tr", "td", "th")), None) is None \
                and not any(c.tag in _BLOCKS for c in element.iterdescendants()
                            if isinstance(c.tag, str)):
            found.append(element)
    return found


def marked_html(old_html: str, new_html: str, note: str) -> str:
    old_root = lxml.html.document_fromstring(old_html)
    new_root = lxml.html.document_fromstring(new_html)
    old_units, new_units = _units(old_root.body), _units(new_root.body)
    pairs = ordered_pairs(old_units, new_units, _text, lambda e: e.tag) + \
        [(len(old_units), len(new_units))]
    last_old = last_new = -1
    for i, j in pairs:
        anchor = new_units[j] if j < len(new_units) else None
        for unit in old_units[last_old + 1:i]:
            _insert_deleted(unit, anchor, new_units[last_new] if last_new >= 0 else None)
        for unit in new_units[last_new + 1:j]:
            _classify(unit, "redline-ins")
        if i < len(old_units):
            _mark(old_units[i], new_units[j])
        last_old, last_new = i, j
    legend = lxml.html.fragment_fromstring(f'<p class="redline-note">{_escape(note)}</p>')
    new_root.body.insert(0, legend)
    return lxml.html.tostring(new_root, encoding="unicode", doctype="<!DOCTYPE html>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _classify(element, name: str) -> None:
    element.set("class", f"{element.get('class', '')} {name}".strip())


def _insert_deleted(unit, anchor, previous) -> None:
    copied = copy.deepcopy(unit)
    _classify(copied, "redline-del")
    for text_holder in [copied]:
        _wrap_text(text_holder, "del")
    if anchor is not None and anchor.tag == unit.tag:
        anchor.addprevious(copied)
    elif previous is not None and previous.tag == unit.tag:
        previous.addnext(copied)
    elif anchor is not None:
        anchor.addprevious(copied)
    elif previous is not None:
        previous.addnext(copied)


def _wrap_text(element, tag: str) -> None:
    """Every piece of text inside element wrapped in <tag>."""
    for node in list(element.iter()):
        if not isinstance(node.tag, str) or node.tag in ("ins", "del"):
            continue
        if node.text and node.text.strip():
            wrapper = lxml.html.Element(tag)
            wrapper.text, node.text = node.text, None
            node.insert(0, wrapper)
        if node is not element and node.tail and node.tail.strip():
            wrapper = lxml.html.Element(tag)
            wrapper.text, node.tail = node.tail, None
            node.addnext(wrapper)


def _mark(old, new) -> None:
    if _text(old) == _text(new):
        return
    if new.tag == "tr":
        old_cells, new_cells = old.findall("./td") + old.findall("./th"), \
            new.findall("./td") + new.findall("./th")
        if len(old_cells) == len(new_cells):
            for a, b in zip(old_cells, new_cells):
                _mark_cell(a, b)
            return
    _inline(old, new)


def _mark_cell(old, new) -> None:
    if _text(old) == _text(new):
        return
    old_blocks = [c for c in old if isinstance(c.tag, str) and c.tag in _LEAVES]
    new_blocks = [c for c in new if isinstance(c.tag, str) and c.tag in _LEAVES]
    if old_blocks and len(old_blocks) == len(new_blocks):
        for a, b in zip(old_blocks, new_blocks):
            if _text(a) != _text(b):
                _inline(a, b)
        return
    _inline(old, new)


def _inline(old, new) -> None:
    """new's content replaced by its text with what changed from old marked."""
    before, after = _text(old), _text(new)
    for child in list(new):
        new.remove(child)
    new.text = None
    last = None
    for op, a1, a2, b1, b2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        pieces = []
        if op in ("delete", "replace"):
            pieces.append(("del", before[a1:a2]))
        if op in ("insert", "replace"):
            pieces.append(("ins", after[b1:b2]))
        if op == "equal":
            pieces.append((None, after[b1:b2]))
        for tag, text in pieces:
            if tag is None:
                if last is None:
                    new.text = (new.text or "") + text
                else:
                    last.tail = (last.tail or "") + text
                continue
            last = lxml.html.Element(tag)
            last.text = text
            new.append(last)
