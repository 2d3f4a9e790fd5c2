"""Core Chinese faces for PDF: the Noto CJK SC fonts cut down to GB 2312 and common symbols.

A Noto CJK face holds 65,535 glyphs for four languages; WeasyPrint reads, shapes with and
subsets that whole face for every PDF, which was a third of the time of each document. The
core faces (made once per machine with HarfBuzz, kept in the cache folder, never shipped) hold
the 6,763 characters of GB 2312 plus punctuation, Latin and the symbols documents use, about
14,000 glyphs. The stylesheet names each core face first and the full face after it, so a
character outside the core set (a rare character in a name) still prints, from the full face.
Nothing here is required: without HarfBuzz, fontconfig or the Noto fonts, or with a cache
folder that cannot be written, the stylesheet's full faces are used as before.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from jobkit.cache import cache_folder

CORE_VERSION = "1"  # bump when the character set or the subsetting changes
# (CSS family of the core face, the system family it is cut from, weight)
CORE_FACES = (
    ("Noto Serif CJK SC Core", "Noto Serif CJK SC", "normal"),
    ("Noto Serif CJK SC Core", "Noto Serif CJK SC", "bold"),
    ("Noto Sans CJK SC Core", "Noto Sans CJK SC", "normal"),
    ("Noto Sans CJK SC Core", "Noto Sans CJK SC", "bold"),
)
_SYMBOL_RANGES = (
    (0x20, 0x7E), (0xA0, 0x17F),  # ASCII, Latin-1 and Latin Extended-A
    (0x2000, 0x218F),  # punctuation, super/subscripts, currency, letterlike (℃ №), Ⅰ Ⅱ
    (0x2190, 0x22FF),  # arrows, mathematical operators (≤ ≥ ×)
    (0x2460, 0x27BF),  # ① …, box drawing, shapes (■ ○), symbols (☐ ☑ ★), dingbats (✓)
    (0x3000, 0x303F), (0x3200, 0x33FF),  # CJK punctuation, enclosed CJK (㈠), units (㎡)
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),  # CJK compatibility forms, full-width forms
)


def core_characters() -> list[int]:
    """The code points of the core faces, sorted."""
    points = {p for low, high in _SYMBOL_RANGES for p in range(low, high + 1)}
    for lead in range(0xA1, 0xF8):  # every two-byte GB 2312 code
        for trail in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes((lead, trail)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return sorted(points)


def system_face(family: str, weight: str) -> tuple[Path, int] | None:
    """The file and face index fontconfig gives for the family, if it really is that family."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    pattern = f"{family}:weight={'bold' if weight == 'bold' else 'regular'}"
    try:
        done = subprocess.run([fc_match, "-f", "%{family}\t%{weight}\t%{file}\t%{index}", pattern],
                              capture_output=True, text=True, timeout=10)
        families, found_weight, file, index = done.stdout.split("\t")
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    bold = int(found_weight) >= 150  # fontconfig weights: regular 80, bold 200
    if family not in families.split(",") or bold != (weight == "bold"):
        return None  # fontconfig substituted another font: nothing to cut down
    return Path(file), int(index)


def core_face(family: str, weight: str) -> Path | None:
    """The core face cut from the system family, made on first use and kept in the cache."""
    source = system_face(family, weight)
    if source is None:
        return None
    path, index = source
    try:
        stat = path.stat()
    except OSError:
        return None
    key = hashlib.sha256(f"{CORE_VERSION}\0{path}\0{index}\0{stat.st_size}\0{stat.st_mtime_ns}"
                         .encode()).hexdigest()[:16]
    target = cache_folder() / "fonts" / f"{family.replace(' ', '')}-{weight}-{key}.otf"
    if target.is_file():
        return target
    from jobkit.render.harfbuzz import subset_face

    data = subset_face(path, index, core_characters())
    if data is None:
        return None
    part = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".part", delete=False) as out:
            part = out.name
            out.write(data)
        os.replace(part, target)  # another process making the same face writes the same bytes
    except OSError:
        if part is not None:
            Path(part).unlink(missing_ok=True)
        return None
    return target


@lru_cache(maxsize=1)
def face_rules() -> str:
    """@font-face rules for the core faces that could be had (empty when none)."""
    rules = []
    for css_family, family, weight in CORE_FACES:
        path = core_face(family, weight)
        if path is not None:
            rules.append(f'@font-face {{ font-family: "{css_family}"; font-weight: {weight}; '
                         f'src: url("{path.resolve().as_uri()}"); }}')
    return "\n".join(rules)
