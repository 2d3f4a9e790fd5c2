"""Where Chinese text may not break: the stretches jobkit keeps whole."""
from __future__ import annotations

import pytest

from jobkit.render.linebreak import keep_whole, widest_whole, width


def kept(text: str, **options) -> list[str]:
    return [text[a:b] for a, b in keep_whole(text, **options)]


@pytest.mark.parametrize("text,stretch", [
    ("在2026年3月2日前完成", "2026年3月2日"),
    ("响应时间不超过15分钟并记录", "15分钟"),
    ("月薪3000–5000元/月", "3000–5000元/月"),
    ("满意度不低于98%", "98%"),
    ("依据《劳动合同法》办理", "《劳动合同法》"),
])
def test_numbers_dates_and_titles_stay_whole_with_the_character_before(text, stretch):
    # the character before goes along: it would otherwise be left alone on a line
    before = text[text.index(stretch) - 1]
    assert any(piece.startswith(before + stretch) for piece in kept(text, at_end=False))


@pytest.mark.parametrize("text,tail", [
    ("上门检测与维修", "维修"), ("回访确认。", "确认。"), ("工单数×100%并", "%并"),
    ("注册资本（万元）并", "）并"),
])
def test_a_text_that_ends_a_line_keeps_its_last_two_characters_together(text, tail):
    assert kept(text, at_end=True)[-1].endswith(tail)
    assert not any(p.endswith(tail) for p in kept(text, at_end=False))


@pytest.mark.parametrize("label", ["序号", "时间占比", "客户服务部"])
def test_short_labels_are_kept_whole(label):
    assert kept(label, at_end=True, whole_text=label) == [label]


def test_long_labels_may_break_but_never_before_their_last_character():
    label = "呼叫中心系统"
    assert kept(label, at_end=True, whole_text=label) == ["系统"]


def test_widths_err_wide_for_marks_a_chinese_face_sets_full_width():
    assert width("客户") == 2
    assert width("≤5") > 1.5  # ≤ is as wide as a Chinese character in a CJK face
    assert 1.5 < width("CNY") < 3


def test_the_narrowest_setting_is_the_widest_kept_stretch():
    text = "在2026年3月2日前完成"
    assert widest_whole(text, keep_whole(text, at_end=True)) == width("在2026年3月2日")
    assert widest_whole("ABCDEFGHIJKLMNOPQRSTUVWXYZ", []) <= 7  # a long word may break


def test_marks_after_the_last_character_go_with_it():
    assert kept("20秒接通率（%）", at_end=True)[-1] == "通率（%）"
    assert kept("申请账期（天）", at_end=True)[-1] == "期（天）"
