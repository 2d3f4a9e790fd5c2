"""Helpers for render tests: rendering as a user does, PDF text and fonts through Poppler."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

from conftest import require_tool, run_jobkit

_XHTML = "{http://www.w3.org/1999/xhtml}"


def rendered_into(out: Path, *sources: Path, formats=("docx", "pdf"), env=None,
                  options=()) -> Path:
    """`jobkit render` of sources into out (which it returns); the run must succeed."""
    flags = [arg for fmt in formats for arg in ("-f", fmt)]
    result = run_jobkit("render", *flags, *options, "-o", str(out), *map(str, sources), env=env)
    assert result.code == 0, result.text
    return out


def pdf_text(path: Path) -> str:
    tool = require_tool("pdftotext")
    # -raw keeps the content stream order: WeasyPrint writes a table cell by cell
    return subprocess.run([tool, "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(path: Path) -> list[str]:
    tool = require_tool("pdffonts")
    lines = subprocess.run([tool, str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    return [line.split()[0] for line in lines if line.strip()]


def squash(text: str) -> str:
    """Text without whitespace: table cells wrap Chinese text anywhere."""
    return "".join(text.split())


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def lone_character_lines(path: Path) -> list[tuple[int, str, str]]:
    """Printed lines holding one Chinese character (and at most three marks or figures, as in
    率（%）), as (page, line,
    the line before it), from Poppler's layout: a line alone in its text block is a whole
    value such as 无 and is not counted."""
    tool = require_tool("pdftotext")
    xml = subprocess.run([tool, "-bbox-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml))
    found = []
    for number, page in enumerate(root.iter(_XHTML + "page"), 1):
        for block in page.iter(_XHTML + "block"):
            lines = ["".join(w.text or "" for w in line.iter(_XHTML + "word"))
                     for line in block.iter(_XHTML + "line")]
            for i, text in enumerate(lines):
                if len(lines) > 1 and len(_HAN.findall(text)) == 1 and len(text) <= 4:
                    found.append((number, text, lines[i - 1] if i else lines[1]))
    return found
