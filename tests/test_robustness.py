"""Bad input from DESIGN.md "Robustness": each gives exit 2, file:line:col and no traceback."""
from __future__ import annotations

import pytest

from conftest import MINIMAL_JOB

BOMB = "".join(
    f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9) if n else ', '.join(['lol'] * 9)}]\n"
    for n in range(9))

# (name, file content, line, column, words the English message must contain)
CASES = [
    ("malformed", "kind: job\nid: [a, b\nsummary: x\n", 3, 8, "YAML syntax error"),
    ("wrong-type", MINIMAL_JOB.replace("time_pct: 60", "time_pct: 很多"), 10, 15,
     "expected a number"),
    ("missing-field", MINIMAL_JOB.replace("  department: 客户服务部\n", ""), 3, 1,
     "missing required field 'department'"),
    ("misspelt-key", MINIMAL_JOB.replace("summary:", "sumary:"), 6, 1,
     "did you mean 'summary'"),
    ("duplicate-key", MINIMAL_JOB + "summary: 又写了一遍\n", 14, 1, "lines 6 and 14"),
    # GBK's first byte pair happens to be valid UTF-8; the second is not.
    ("gbk", "kind: job\ntitle: 投诉处理专员\n".encode("gbk"), 2, 9, "GBK"),
    ("tab", "kind: job\nbasic:\n\ttitle: x\n", 3, 1, "tab"),
    ("empty", "", 1, 1, "empty"),
    ("comments-only", "# 只有注释\n", 1, 1, "empty"),
    ("top-level-list", "- kind: job\n- id: x\n", 1, 1, "top level is a list"),
    ("multi-document", MINIMAL_JOB + "---\nkind: job\n", 14, 1, "one YAML document"),
    ("control-character", MINIMAL_JOB.replace("受理客户经电话", "受理客户\x07经电话"), 9, 20,
     "U+0007"),
    ("escaped-control", MINIMAL_JOB.replace("title: 投诉处理专员", 'title: "投诉\\x00处理专员"'),
     4, 13, "U+0000"),
    ("escaped-escape", MINIMAL_JOB.replace("title: 投诉处理专员", 'title: "投诉\\e处理专员"'),
     4, 13, "U+001B"),
    ("escaped-noncharacter", MINIMAL_JOB.replace("title: 投诉处理专员", 'title: "\\uFFFE"'),
     4, 11, "U+FFFE"),
    ("escaped-surrogate", MINIMAL_JOB.replace("title: 投诉处理专员", 'title: "a\\ud800"'),
     4, 14, "YAML syntax error"),
    ("escaped-control-in-key", MINIMAL_JOB + '"note\\u0007": x\n', 14, 6, "U+0007"),
    ("unclosed-flow-sequence",
     MINIMAL_JOB.replace("  department: 客户服务部\n", "  department: 客户服务部\n  headcount: [3\n"),
     7, 8, "the flow sequence opened at 6:14 is not closed"),
    ("alias-bomb", BOMB, 5, 15, "aliases"),
    ("alias-cycle", "kind: job\nbasic: &b {title: x, again: *b}\n", 2, 29, "cycle"),
    ("deep-nesting", "kind: job\nbasic: " + "[" * 50000 + "]" * 50000 + "\n", 2, 71,
     "deeper than 64"),
    ("bad-id", MINIMAL_JOB.replace("id: complaint-specialist", "id: Complaint_Specialist"), 2, 5,
     "lowercase letters"),
    ("unknown-kind", MINIMAL_JOB.replace("kind: job", "kind: jobb"), 1, 7,
     "did you mean 'job'"),
    ("out-of-range", MINIMAL_JOB.replace("time_pct: 60", "time_pct: 140"), 10, 15,
     "at most 100"),
    ("duties-not-a-list", MINIMAL_JOB.split("duties:")[0] + "duties: 受理投诉\n", 7, 9,
     "expected a list"),
    ("title-null", MINIMAL_JOB.replace("title: 投诉处理专员", "title: null"), 4, 3,
     "empty"),
    ("bad-date", MINIMAL_JOB + "effective_date: 2026-02-30\n", 14, 17, "not a calendar date"),
    # `$` in a schema pattern is the end of the text, not "before a final newline"
    ("id-with-newline", MINIMAL_JOB.replace("id: complaint-specialist", 'id: "evil\\n"'), 2, 5,
     "lowercase letters"),
    ("nan", MINIMAL_JOB.replace("time_pct: 60", "time_pct: .nan"), 10, 15, "not a finite number"),
    ("inf", MINIMAL_JOB.replace("time_pct: 60", "time_pct: -.inf"), 10, 15, "not a finite number"),
    ("float-overflow", MINIMAL_JOB.replace("time_pct: 60", "time_pct: 1e309"), 10, 15,
     "not a finite number"),
    ("huge-integer", MINIMAL_JOB.replace("time_pct: 60", "time_pct: " + "9" * 5000), 10, 15,
     "expected a number"),
    ("huge-hex", MINIMAL_JOB.replace("time_pct: 60", "time_pct: 0x" + "f" * 4000), 10, 15,
     "expected a number"),
]


@pytest.mark.parametrize("name,content,line,col,words", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_reported_with_position(jobkit, write, name, content, line, col, words):
    path = write(f"{name}.yaml", content)
    result = jobkit("validate", "--lang", "en", str(path))
    assert result.code == 2, result.text
    assert "Traceback" not in result.text
    assert f"{path}:{line}:{col}:" in result.out, result.text
    assert words in result.out, result.text


NUMBER_CASES = [case for case in CASES if case[0] in ("nan", "inf", "huge-integer", "huge-hex")]


@pytest.mark.parametrize("command", ["lint", "render"])
@pytest.mark.parametrize("name,content,line,col,words", NUMBER_CASES,
                         ids=[c[0] for c in NUMBER_CASES])
def test_numbers_no_document_can_hold_stop_every_command(jobkit, write, tmp_path, command,
                                                         name, content, line, col, words):
    path = write(f"{name}.yaml", content)
    extra = ("-o", str(tmp_path / "out")) if command == "render" else ()
    result = jobkit(command, "--lang", "en", *extra, str(path))
    assert result.code == 2, result.text
    assert "Traceback" not in result.text and "internal error" not in result.text
    assert f"{path}:{line}:{col}:" in result.text, result.text
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_python_tags_are_refused_and_nothing_runs(jobkit, write, tmp_path):
    marker = tmp_path / "pwned"
    path = write("tag.yaml", f"kind: job\nid: !!python/object/apply:os.system ['touch {marker}']\n")
    result = jobkit("validate", "--lang", "en", str(path))
    assert result.code == 2
    assert f"{path}:2:5:" in result.out and "tag" in result.out
    assert not marker.exists()


def test_oversize_file_is_refused_before_parsing(jobkit, write):
    path = write("huge.yaml", MINIMAL_JOB + "# " + "填充" * 600_000 + "\n")
    result = jobkit("validate", "--lang", "en", str(path))
    assert result.code == 2
    assert f"{path}:1:1:" in result.out and "file too large" in result.out
    assert "Traceback" not in result.text


def test_file_size_cap_is_configurable(jobkit, write, tmp_path):
    write("jobkit.yaml", "limits:\n  max_file_bytes: 1024\n")
    path = write("job.yaml", MINIMAL_JOB + "# " + "x" * 2000 + "\n")
    result = jobkit("validate", "--lang", "en", str(path), cwd=tmp_path)
    assert result.code == 2 and "limit 1024" in result.out


def test_bom_is_accepted(jobkit, write):
    path = write("bom.yaml", b"\xef\xbb\xbf" + MINIMAL_JOB.encode())
    assert jobkit("validate", str(path)).code == 0


def test_utf16_gets_a_clear_message(jobkit, write):
    path = write("utf16.yaml", MINIMAL_JOB.encode("utf-16"))
    result = jobkit("validate", "--lang", "en", str(path))
    assert result.code == 2 and "UTF-16" in result.out


def test_one_bad_file_does_not_hide_the_others(jobkit, write, tmp_path):
    write("a/good.yaml", MINIMAL_JOB)
    write("a/bad.yaml", MINIMAL_JOB.replace("time_pct: 60", "time_pct: 140"))
    write("a/worse.yaml", "kind: job\n\tbroken: [\n")
    result = jobkit("validate", "--lang", "en", str(tmp_path / "a"))
    assert result.code == 2
    assert "bad.yaml:10:15:" in result.out and "worse.yaml:2:1:" in result.out
    assert "good.yaml" not in result.out
    assert "3 file(s) checked, 2 invalid" in result.err


@pytest.mark.parametrize("command", ["validate", "lint", "render"])
def test_devices_and_fifos_are_refused_without_reading_them(jobkit, write, tmp_path, command):
    """A link to /dev/zero would fill memory; a FIFO would wait for a writer forever."""
    import os
    folder = tmp_path / "docs"
    write("docs/good.yaml", MINIMAL_JOB)
    (folder / "zero.yaml").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.yaml")
    extra = ("-o", str(tmp_path / "out")) if command == "render" else ()
    result = jobkit(command, "--lang", "en", *extra, str(folder))
    assert result.code == 2, result.text
    assert "Traceback" not in result.text
    assert "zero.yaml:1:1:" in result.text and "a device, not a regular file" in result.text
    assert "pipe.yaml:1:1:" in result.text and "a named pipe (FIFO)" in result.text


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path):
    from jobkit.load.reading import UnfitFile, read_input
    path = tmp_path / "big.yaml"
    path.write_bytes(b"x" * 2048)
    assert read_input(path, 4096) == b"x" * 2048
    with pytest.raises(UnfitFile) as caught:
        read_input(path, 1024)
    assert caught.value.code == "too-large"


def _deepest_allowed() -> int:
    from jobkit.schema import load_schema
    return load_schema("config")["properties"]["limits"]["properties"]["max_depth"]["maximum"]


@pytest.mark.parametrize("command", ["validate", "lint", "render"])
def test_nesting_at_the_highest_allowed_limit_is_reported_not_a_crash(jobkit, write, tmp_path,
                                                                      command):
    """Values as deep as the limit allows still get their schema error (messages show them)."""
    depth = _deepest_allowed() - 2
    deep = "[" * depth + "]" * depth
    write("jobkit.yaml", f"limits:\n  max_depth: {_deepest_allowed()}\n")
    write("docs/deep.yaml", MINIMAL_JOB.replace("id: complaint-specialist", f"id: {deep}")
          .replace("title: 投诉处理专员", f"title: {deep}"))
    write("docs/good.yaml", MINIMAL_JOB.replace("complaint-specialist", "good"))
    extra = ("-o", str(tmp_path / "out")) if command == "render" else ()
    result = jobkit(command, "--lang", "en", *extra, "docs", cwd=tmp_path)
    assert result.code == 2, result.text
    assert "internal error" not in result.text and "Traceback" not in result.text
    assert "deep.yaml:2:5:" in result.text
    if command == "render":  # the other file is still published
        assert (tmp_path / "out" / "good.docx").is_file()
    else:
        assert "2 file(s) checked" in result.err


def test_a_nesting_limit_past_the_safe_maximum_is_refused(jobkit, write, tmp_path):
    write("jobkit.yaml", "limits:\n  max_depth: 1000\n")
    write("job.yaml", MINIMAL_JOB)
    result = jobkit("validate", "--lang", "en", "job.yaml", cwd=tmp_path)
    assert result.code == 2 and "jobkit.yaml:2:14:" in result.text, result.text
    assert f"at most {_deepest_allowed()}" in result.text


@pytest.mark.parametrize("command", ["validate", "lint", "render"])
def test_a_folder_with_no_yaml_in_it_is_an_error_not_a_pass(jobkit, tmp_path, command):
    (tmp_path / "dir.yaml").mkdir()  # a folder that looks like a file, or a mistyped path
    result = jobkit(command, "--lang", "en", "dir.yaml", cwd=tmp_path)
    assert result.code == 2 and "is a folder with no .yaml or .yml files" in result.err
    assert "Traceback" not in result.text
