"""The loader keeps text as typed (YAML 1.2 core schema plus the source text) and stays safe."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from jobkit.errors import InputError
from jobkit.load import Limits, load_text
from jobkit.load.compose import resolve_plain
from jobkit.model import build_document
from jobkit.validate import check_loaded

compose_module = importlib.import_module("jobkit.load.compose")  # the package re-exports compose()

YAML11_JOB = """\
kind: job
id: night-agent
basic:
  title: 夜班坐席
  code: 0755
  department: 呼叫中心
  nature: NO
  grade: 1.10
summary: 夜间接听客户来电。
duties:
  - title: 来电接听
    statement: 接听夜间客户来电并登记来电事由
    deadline: 1:30
    time_pct: 100
effective_date: 2026-01-01
environment:
  schedule: 22:00-06:00
  hazards: off
"""


def checked(text: str):
    loaded = load_text(text, "doc.yaml")
    return loaded, check_loaded(loaded, Path("doc.yaml"))


def test_yaml11_surprises_keep_the_text_as_typed():
    loaded, result = checked(YAML11_JOB)
    assert result.problems == []
    job = build_document(loaded.data)
    assert job.basic.code == "0755"
    assert job.basic.nature == "NO"
    assert job.basic.grade == "1.10"
    assert job.duties[0].deadline == "1:30"
    assert job.environment.schedule == "22:00-06:00"
    assert job.environment.hazards == "off"
    assert job.effective_date.isoformat() == "2026-01-01"


def test_numbers_stay_numbers_where_the_schema_wants_numbers():
    loaded, result = checked(YAML11_JOB)
    assert loaded.data["duties"][0]["time_pct"] == 100
    assert isinstance(loaded.data["duties"][0]["time_pct"], int)


@pytest.mark.parametrize("text,value", [
    ("yes", "yes"), ("NO", "NO"), ("on", "on"), ("true", True), ("False", False),
    ("0755", 755), ("0o17", 15), ("0x1F", 31), ("1:30", "1:30"), ("1.5", 1.5),
    ("~", None), ("", None), ("2026-01-01", "2026-01-01"), (".inf", float("inf")),
])
def test_plain_scalars_follow_the_yaml12_core_schema(text, value):
    assert resolve_plain(text) == value


def test_duplicate_key_names_both_lines():
    with pytest.raises(InputError) as caught:
        load_text("kind: job\nid: a\nid: b\n", "x.yaml")
    problem = caught.value.problems[0]
    assert (problem.line, problem.col) == (3, 1)
    assert "lines 2 and 3" in problem.message.en and "第 2 行与第 3 行" in problem.message.zh


def test_nested_duplicate_key_in_flow_mapping():
    with pytest.raises(InputError) as caught:
        load_text("kind: job\nbasic: {title: a, title: b}\n", "x.yaml")
    assert caught.value.problems[0].code == "load/duplicate-key"


def test_depth_cap_is_configurable():
    nested = "a: " + "[" * 10 + "]" * 10 + "\n"
    load_text(nested, "x.yaml", Limits(max_depth=20))
    with pytest.raises(InputError):
        load_text(nested, "x.yaml", Limits(max_depth=5))


FLOW_NESTING = "kind: job\nbasic: " + "[" * 5000 + "]" * 5000 + "\n"
BLOCK_NESTING = "kind: job\nbasic:\n" + "".join(" " * depth + "-\n" for depth in range(1200))


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(("text", "line", "col"), [(FLOW_NESTING, 2, 71), (BLOCK_NESTING, 66, 64)])
def test_depth_error_is_jobkits_own_whatever_the_parser(monkeypatch, loader, text, line, col):
    """libyaml 0.2.6 stops at depth 1000 with its own error; jobkit's limit must come first."""
    if not hasattr(yaml, loader):
        pytest.skip(f"PyYAML built without {loader}")
    monkeypatch.setattr(compose_module, "_Loader", getattr(yaml, loader))
    with pytest.raises(InputError) as caught:
        load_text(text, "deep.yaml")
    (problem,) = caught.value.problems
    assert problem.code == "load/too-deep"
    assert (problem.line, problem.col) == (line, col)


def test_anchors_and_aliases_within_limits_work():
    loaded = load_text("kind: job\na: &x [1, 2]\nb: *x\n", "x.yaml")
    assert loaded.data["b"] == [1, 2]


def test_alias_count_cap():
    text = "a: &a x\nb: [" + ", ".join(["*a"] * 11) + "]\n"
    load_text(text, "x.yaml", Limits(max_aliases=11))
    with pytest.raises(InputError) as caught:
        load_text(text, "x.yaml", Limits(max_aliases=10))
    assert caught.value.problems[0].code == "load/alias-limit"


def test_undefined_alias_is_a_clear_error():
    with pytest.raises(InputError) as caught:
        load_text("a: *nowhere\n", "x.yaml")
    assert "*nowhere" in caught.value.problems[0].message.en


def test_complex_keys_are_refused():
    with pytest.raises(InputError) as caught:
        load_text("? [a, b]\n: c\n", "x.yaml")
    assert caught.value.problems[0].code == "load/complex-key"


def test_explicit_str_tag_keeps_text():
    loaded = load_text("a: !!str 0755\n", "x.yaml")
    assert loaded.data["a"] == "0755"


def test_folding_between_chinese_lines_adds_no_space():
    loaded = load_text("summary: >-\n  受理客户投诉，\n  并跟踪处理 结果。\n  Then English\n  words join.\n"
                       "plain: 第一行\n  第二行\nliteral: |\n  第一行\n  第二行\n", "x.yaml")
    assert loaded.data["summary"] == "受理客户投诉，并跟踪处理 结果。 Then English words join."
    assert loaded.data["plain"] == "第一行第二行"
    assert loaded.data["literal"] == "第一行\n第二行\n"
    summary = loaded.data["summary"]
    assert loaded.source_map.position(("summary",), summary.index("并"), summary) == (3, 3)


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_yaml11_line_breaks_are_text_and_do_not_shift_positions(char):
    """YAML 1.2 and editors break lines at \\n only; libyaml alone also breaks at these."""
    text = f"kind: job\nid: x{char}y\nbasic:\n  title: 客服{char}专员\nduties: 3\n"
    loaded = load_text(text, "job.yaml")
    assert loaded.data["id"] == f"x{char}y" and loaded.data["basic"]["title"] == f"客服{char}专员"
    assert loaded.source_map.position(("duties",)) == (5, 9)
    with pytest.raises(InputError) as caught:
        load_text(text + "more: [1\n", "job.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.col) == (7, 1) and "opened at 6:7" in problem.message.en
