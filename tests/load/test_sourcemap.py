"""Every value has a position: line and column of the value itself, in code points."""
from __future__ import annotations

from jobkit.load import load_text

DOC = """\
kind: job
basic:
  title: 投诉处理专员
  department: "客户服务部"
summary: >-
  负责受理客户投诉，
  跟踪处理进度并回访。
duties:
  - title: 投诉受理
    statement: 受理客户投诉并登记
  - {title: 回访, statement: '回访已结案的客户'}
notes: |
  第一行
    缩进的第二行
"""


def position(path, offset=0):
    loaded = load_text(DOC, "x.yaml")
    value = loaded.data
    for part in path:
        value = value[part]
    return loaded.source_map.position(path, offset, value if isinstance(value, str) else None)


def test_plain_value_position_counts_code_points():
    assert position(("basic", "title")) == (3, 10)


def test_quoted_value_points_at_the_quote_and_offsets_skip_it():
    assert position(("basic", "department")) == (4, 15)
    assert position(("basic", "department"), 2) == (4, 18)


def test_block_scalar_points_at_its_content_not_the_indicator():
    assert position(("summary",)) == (6, 3)


def test_offset_inside_a_folded_block_scalar_reaches_the_second_line():
    loaded = load_text(DOC, "x.yaml")
    summary = loaded.data["summary"]
    offset = summary.index("跟踪")
    assert loaded.source_map.position(("summary",), offset, summary) == (7, 3)
    offset = summary.index("回访")
    assert loaded.source_map.position(("summary",), offset, summary) == (7, 10)


def test_offset_inside_a_literal_block_keeps_extra_indentation():
    loaded = load_text(DOC, "x.yaml")
    notes = loaded.data["notes"]
    assert loaded.source_map.position(("notes",), notes.index("缩进"), notes) == (14, 5)


def test_list_items_and_flow_mappings():
    assert position(("duties", 0, "statement")) == (10, 16)
    assert position(("duties", 1, "title")) == (11, 13)
    assert position(("duties", 1, "statement"), 2) == (11, 31)


def test_key_position_and_missing_paths_fall_back_to_the_parent():
    loaded = load_text(DOC, "x.yaml")
    assert loaded.source_map.key_position(("basic", "title")) == (3, 3)
    assert loaded.source_map.position(("basic", "no-such-field")) == (3, 3)


def test_offsets_after_unicode_escapes_in_double_quotes():
    loaded = load_text('a: "\\u4e2d\\x41文字"\n', "x.yaml")
    value = loaded.data["a"]
    assert value == "中A文字"
    assert loaded.source_map.position(("a",), value.index("文"), value) == (1, 15)
