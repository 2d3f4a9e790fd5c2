"""JK405 invisible-characters: zero-width, bidi, soft hyphen and no-break spaces."""
from __future__ import annotations

import pytest

from jobkit.load import load_text

from jk4_probe import apply, lint_job

RULE = "JK405"


def lint(tmp_path, body: str):
    return lint_job(tmp_path, body, RULE)


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060",
                                  "\ufeff", "\u00ad", "\u202a", "\u202e", "\u2066", "\u180e"])
def test_each_invisible_character_is_reported_and_removed(tmp_path, char):
    text, found = lint(tmp_path, f"summary: 受理投诉{char}并登记\n")
    assert [(f.line, f.col) for f in found] == [(4, 14)]
    assert f"U+{ord(char):04X}" in found[0].message.zh
    assert load_text(apply(text, found), "x").data["summary"] == "受理投诉并登记"


def test_a_no_break_space_becomes_a_space_inside_and_goes_at_the_edges(tmp_path):
    text, found = lint(tmp_path, "summary: '\u00a0受理投诉\u00a0并登记\u202f\u00a0'\n")
    assert len(found) == 4
    assert load_text(apply(text, found), "x").data["summary"] == "受理投诉 并登记"


def test_zero_width_space_at_the_start_of_a_plain_value_is_removed(tmp_path):
    text, found = lint(tmp_path, "summary: \u200b受理投诉  # 概要\n")
    assert "summary: 受理投诉  # 概要\n" in apply(text, found)


def test_in_a_folded_block_the_right_character_goes(tmp_path):
    text, found = lint(tmp_path, "summary: >-\n  受理\u00a0投诉\u200b\n  并登记\n")
    assert [(f.line, f.col) for f in found] == [(5, 6), (5, 8)]  # NBSP: the next character
    # the loader joins folded Chinese lines without a space; the NBSP became a real space
    assert load_text(apply(text, found), "x").data["summary"] == "受理 投诉并登记"


@pytest.mark.parametrize("body", [
    "summary: 受理:\u200b 投诉\n",  # removing it would make ': ' a mapping
    "summary: 价格\u00a0#1\n",  # a space before # would start a comment
    "summary: |\n  \u00a0 受理\n  登记\n",  # the first column of a block is syntax
])
def test_no_fix_where_the_edit_would_change_the_yaml(tmp_path, body):
    _, found = lint(tmp_path, body)
    assert found and all(f.fix == () for f in found)


def test_an_escaped_character_is_reported_but_only_the_typed_one_is_fixed(tmp_path):
    text, found = lint(tmp_path, 'summary: "受理\\u200b投诉\u200b"\n')
    assert len(found) == 2 and found[0].fix == () and found[1].fix != ()
    assert load_text(apply(text, found), "x").data["summary"] == "受理\u200b投诉"


def test_emoji_joiners_and_ordinary_text_are_fine(tmp_path):
    _, found = lint(tmp_path, "summary: 👩\u200d💻 工程师　受理投诉 (CRM)\n")
    assert found == []


def test_a_zero_width_space_inside_a_url_is_still_found(tmp_path):
    text, found = lint(tmp_path, "summary: 详见https://example.com/hel\u200bp\n")
    assert len(found) == 1
    assert "https://example.com/help" in apply(text, found)


def test_a_no_break_space_next_to_full_width_punctuation_goes(tmp_path):
    text, found = lint(tmp_path, "summary: 提交申请，\u00a0由主管审批\n")
    assert "请删除" in found[0].message.zh
    assert load_text(apply(text, found), "x").data["summary"] == "提交申请，由主管审批"
