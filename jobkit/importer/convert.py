"""Older Word formats (.doc, .wps, .rtf, .odt) converted to DOCX by LibreOffice, in one batch."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

NEEDS_CONVERSION = (".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".ott")
_INSTALL = ("需要 LibreOffice 才能读取 {suffix} 文件：请安装（Debian/Ubuntu：sudo apt-get install "
            "libreoffice-writer），或在 Word 中另存为 .docx / reading {suffix} files needs "
            "LibreOffice: install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer), "
            "or save the file as .docx in Word")
_TIMEOUT = 300

# Converted files live here until the process ends: the reader opens them after convert_all.
_keep: list[tempfile.TemporaryDirectory] = []


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_all(paths: list[Path]) -> tuple[list[tuple[Path, Path]], list[tuple[Path, str]]]:
    """(source, converted DOCX) for each file LibreOffice could convert, and (source, message)
    for each it could not."""
    program = soffice()
    if program is None:
        return [], [(p, _INSTALL.format(suffix=p.suffix.lower())) for p in paths]
    folder = tempfile.TemporaryDirectory(prefix="jobkit-import-")
    _keep.append(folder)
    out = Path(folder.name)
    # Same-named files from different folders must not overwrite each other's conversion.
    batches: dict[str, list[Path]] = {}
    for path in paths:
        batches.setdefault(path.stem.lower(), []).append(path)
    done, failed = [], []
    for number in range(max(len(b) for b in batches.values())):
        group = [b[number] for b in batches.values() if number < len(b)]
        target = out / str(number)
        try:
            subprocess.run([program, "--headless", "--norestore",
                            f"-env:UserInstallation=file://{out}/profile", "--convert-to",
                            "docx:MS Word 2007 XML", "--outdir", str(target),
                            *map(str, group)], capture_output=True, timeout=_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            failed.extend((p, "LibreOffice 转换超时 / LibreOffice timed out converting it")
                          for p in group)
            continue
        for path in group:
            converted = target / f"{path.stem}.docx"
            if converted.is_file() and converted.stat().st_size:
                done.append((path, converted))
            else:
                failed.append((path, "LibreOffice 无法转换此文件（已损坏、有密码保护或不是文档） / "
                                     "LibreOffice could not convert it (damaged, "
                                     "password-protected, or not a document)"))
    return done, failed
