"""The few WordprocessingML elements written once per paragraph and run, built directly.

python-docx finds the place of each new child by scanning the element's schema order, which
made setting a style and adding a run most of the DOCX writer's time; these elements have a
fixed place (w:pPr first in w:p, w:pStyle first in w:pPr, runs last), so none is needed.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_P_PR, _P_STYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def set_paragraph_style(p, style_id: str) -> None:
    """w:p/w:pPr/w:pStyle = style_id (both are always their parent's first child)."""
    ppr = p.find(_P_PR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    pstyle = ppr.find(_P_STYLE)
    if pstyle is None:
        pstyle = OxmlElement("w:pStyle")
        ppr.insert(0, pstyle)
    pstyle.set(_VAL, style_id)


def append_text_run(p, text: str, bold: bool = False, italic: bool = False,
                    muted: bool = False) -> None:
    """A run of plain text (no tabs or line breaks: whitespace is collapsed before); muted is
    a form's hint: grey and 8 pt, as the print stylesheet has it."""
    run = OxmlElement("w:r")
    if bold or italic or muted:
        props = OxmlElement("w:rPr")
        if bold:
            props.append(OxmlElement("w:b"))
        if italic:
            props.append(OxmlElement("w:i"))
        if muted:
            props.append(OxmlElement("w:color", {qn("w:val"): "888888"}))
            props.append(OxmlElement("w:sz", {qn("w:val"): "16"}))
            props.append(OxmlElement("w:szCs", {qn("w:val"): "16"}))
        run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    if text != text.strip():
        t.set(_SPACE, "preserve")
    run.append(t)
    p.append(run)
