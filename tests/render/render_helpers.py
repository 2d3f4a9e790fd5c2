"""Helpers for render tests: PDF text and fonts through Poppler's tools."""
from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import require_tool


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
