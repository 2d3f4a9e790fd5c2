"""Core Chinese faces: made once from the system's Noto CJK SC fonts, used by the PDF first,
with the full faces still printing every character outside the core set."""
from __future__ import annotations

import os

import pytest

from conftest import REPO, require_tool
from jobkit.render import fonts
from render_helpers import pdf_fonts, pdf_text, squash

JOB = REPO / "examples" / "customer-service" / "modules" / "complaint" / "jobs" / \
    "complaint-specialist.yaml"


def require_system_face(family: str = "Noto Serif CJK SC", weight: str = "normal"):
    require_tool("fc-match")
    face = fonts.system_face(family, weight)
    if face is None:
        if os.environ.get("JOBKIT_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{family} is installed by scripts/setup.sh but fontconfig cannot find it")
        pytest.skip(f"{family} not installed")
    return face


def test_core_set_is_gb2312_and_the_symbols_documents_use():
    points = set(fonts.core_characters())
    hanzi = [p for p in points if 0x4E00 <= p <= 0x9FFF]
    assert len(hanzi) == 6763  # GB 2312 levels 1 and 2
    for char in "岗位职责任职资格，。、；：（）“”《》—…·☐☑①℃㎡ⅠABCabc0123456789%/":
        assert ord(char) in points, char
    assert ord("玥") not in points  # a rare character: printed from the full face


def test_core_face_is_the_same_font_with_far_fewer_glyphs(monkeypatch, tmp_path):
    from fontTools.ttLib import TTFont

    source, index = require_system_face()
    monkeypatch.setenv("JOBKIT_CACHE_DIR", str(tmp_path))
    core = fonts.core_face("Noto Serif CJK SC", "normal")
    assert core is not None and core.parent == tmp_path / "fonts"
    full, cut = TTFont(source, fontNumber=index, lazy=True), TTFont(core, lazy=True)
    assert cut["name"].getDebugName(1) == full["name"].getDebugName(1) == "Noto Serif CJK SC"
    assert len(cut.getGlyphOrder()) < len(full.getGlyphOrder()) / 3
    cmap = cut.getBestCmap()
    assert all(ord(c) in cmap for c in "客户服务投诉处理专员")
    assert cut["hmtx"][cmap[ord("岗")]] == full["hmtx"][full.getBestCmap()[ord("岗")]]
    # made once: a second call finds the file it made
    made = core.stat().st_mtime_ns
    assert fonts.core_face("Noto Serif CJK SC", "normal") == core
    assert core.stat().st_mtime_ns == made


def test_no_core_face_when_the_cache_cannot_be_written(monkeypatch, tmp_path):
    require_system_face()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("JOBKIT_CACHE_DIR", str(blocked))
    assert fonts.core_face("Noto Serif CJK SC", "normal") is None
    assert not list(tmp_path.glob("**/*.part"))


def test_no_core_face_for_a_family_fontconfig_does_not_have():
    require_tool("fc-match")
    assert fonts.system_face("No Such Family CJK", "normal") is None
    assert fonts.core_face("No Such Family CJK", "normal") is None


def test_pdf_prints_with_the_core_faces_and_rare_characters_from_the_full_ones(tmp_path, jobkit):
    require_system_face()
    text = JOB.read_text("utf-8").replace("title: 投诉处理专员", "title: 投诉处理专员玥堃", 1)
    assert "玥堃" in text
    (tmp_path / "job.yaml").write_text(text, encoding="utf-8")
    result = jobkit("render", "-f", "pdf", "-o", str(tmp_path / "out"), str(tmp_path / "job.yaml"))
    assert result.code == 0, result.text
    pdf = tmp_path / "out" / "complaint-specialist.pdf"
    names = pdf_fonts(pdf)
    assert any("Noto-Serif-CJK-SC-Core" in n for n in names), names
    assert any("Noto-Sans-CJK-SC-Core-Bold" in n for n in names), names
    assert any(n.endswith("+Noto-Serif-CJK-SC") for n in names), names  # for 玥 and 堃
    assert "投诉处理专员玥堃" in squash(pdf_text(pdf))


def test_without_a_cache_the_pdf_uses_the_full_faces(tmp_path, jobkit):
    require_system_face()
    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("x", encoding="utf-8")
    result = jobkit("render", "-f", "pdf", "-o", str(tmp_path / "out"), str(JOB),
                    env={"JOBKIT_CACHE_DIR": str(blocked)})
    assert result.code == 0, result.text
    pdf = tmp_path / "out" / "complaint-specialist.pdf"
    names = pdf_fonts(pdf)
    assert names and not any("Core" in n for n in names), names
    assert any(n.endswith("+Noto-Serif-CJK-SC") for n in names), names
    assert "岗位说明书" in squash(pdf_text(pdf))


def test_english_documents_print_in_latin_faces_with_narrow_quotes(tmp_path, jobkit):
    require_system_face()
    job = REPO / "tests" / "lint" / "corpus" / "clean" / "jk4-en-field-service-engineer.yaml"
    result = jobkit("render", "-f", "pdf", "-o", str(tmp_path / "out"), str(job))
    assert result.code == 0, result.text
    pdf = next((tmp_path / "out").glob("*.pdf"))
    names = pdf_fonts(pdf)
    # a CJK face would set the apostrophe of customer’s a full em wide
    assert any(n.endswith("+Noto-Serif") for n in names), names
    assert any(n.endswith("+Noto-Sans-Bold") for n in names), names
    assert "customers’ homes" in pdf_text(pdf)
