"""Word files for the import tests, made by LibreOffice from HTML we write (not by
python-docx, which jobkit's reader might merely mirror): merged cells come out as Word writes
them, gridSpan and vMerge."""
from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import require_tool

FILTERS = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "odt": "odt",
           "rtf": "rtf"}


def page(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def word_files(folder: Path, pages: dict[str, str], fmt: str = "docx") -> dict[str, Path]:
    """name -> path of a Word file (fmt) holding each HTML body, converted in one batch."""
    soffice = require_tool("soffice")
    source = folder / "html"
    source.mkdir(parents=True, exist_ok=True)
    for name, body in pages.items():
        (source / f"{name}.html").write_text(page(body), encoding="utf-8")
    out = folder / fmt
    subprocess.run([soffice, "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    FILTERS[fmt], "--outdir", str(out),
                    *(str(source / f"{n}.html") for n in pages)],
                   check=True, capture_output=True, timeout=300)
    files = {name: out / f"{name}.{fmt}" for name in pages}
    missing = [str(p) for p in files.values() if not p.is_file()]
    assert not missing, f"LibreOffice wrote no {missing}"
    return files
