"""`jobkit init` and `jobkit new`: a valid project, and skeletons that validate once filled."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jobkit.load import load_text
from jobkit.scaffold import DIMENSIONS, MODULES
from jobkit.validate import check_loaded

NUMBERS = {"time_pct": 50, "headcount": 2, "weight": 50, "hours": 8, "years": 1, "amount": 1000,
           "score": 10, "max": 100, "pass": 80, "rows": 5, "span": 1, "lines": 1,
           "review_cycle_months": 12}
DATES = {"start", "end", "effective_date", "last_reviewed", "date"}


def fill_blanks(value, key=None):
    """What a user does with a skeleton: write something into every empty value."""
    if isinstance(value, dict):
        return {k: fill_blanks(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_blanks(v, key) for v in value]
    if value is None:
        if key in NUMBERS:
            return NUMBERS[key]
        return "2026-01-01" if key in DATES else "示例内容"
    return value


def test_init_creates_a_valid_project(jobkit, tmp_path):
    project = tmp_path / "proj"
    result = jobkit("init", str(project), "--name", "测试咨询有限公司")
    assert result.code == 0, result.text
    for module in MODULES:
        for dimension in DIMENSIONS.values():
            assert (project / "modules" / module / dimension).is_dir()
    kinds = {load_text(p.read_text("utf-8"), str(p)).data.get("kind")
             for p in project.rglob("*.yaml") if p.name != "jobkit.yaml"}
    assert kinds == {"job", "policy", "process", "tool", "form", "plan", "pack"}
    assert "测试咨询有限公司" in (project / "jobkit.yaml").read_text("utf-8")
    assert (project / ".jobkit" / "schemas" / "job.json").is_file()
    check = jobkit("validate", "--lang", "en", str(project))
    assert check.code == 0, check.text


def test_init_refuses_an_existing_project_and_changes_nothing(jobkit, tmp_path):
    assert jobkit("init", str(tmp_path)).code == 0
    config = tmp_path / "jobkit.yaml"
    config.write_text("lang: en\n", encoding="utf-8")
    result = jobkit("init", str(tmp_path))
    assert result.code == 2 and "already a jobkit project" in result.err
    assert config.read_text("utf-8") == "lang: en\n"


def test_samples_point_editors_at_the_project_schemas(jobkit, tmp_path):
    jobkit("init", str(tmp_path))
    for path in (tmp_path / "modules").rglob("*.yaml"):
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        schema = (path.parent / first.split("=", 1)[1]).resolve()
        assert schema.is_file(), (path, schema)


@pytest.mark.parametrize("kind", list(DIMENSIONS))
def test_new_skeleton_validates_once_filled(jobkit, tmp_path, kind):
    jobkit("init", str(tmp_path))
    result = jobkit("new", kind, f"new-{kind}", "-m", "credit", cwd=tmp_path)
    assert result.code == 0, result.text
    path = tmp_path / "modules" / "credit" / DIMENSIONS[kind] / f"new-{kind}.yaml"
    text = path.read_text("utf-8")
    schema = (path.parent / text.splitlines()[0].split("=", 1)[1]).resolve()
    assert schema == (tmp_path / ".jobkit" / "schemas" / f"{kind}.json").resolve()

    blank = check_loaded(load_text(text, str(path)), path)
    assert blank.problems, "an unfilled skeleton must point at its blanks"
    assert all(p.code.startswith("schema/") and "empty" in p.message.en for p in blank.problems), \
        [p.format("en") for p in blank.problems]
    assert blank.problems[0].line > 1

    loaded = load_text(text, str(path))
    assert loaded.data["id"] == f"new-{kind}" and loaded.data["module"] == "credit"
    loaded.data.update(fill_blanks(loaded.data))
    filled = check_loaded(loaded, path)
    assert filled.problems == [], [p.format("en") for p in filled.problems]


def test_new_outside_a_project_points_at_schemas_that_travel_with_it(jobkit, tmp_path):
    result = jobkit("new", "job", "night-agent", cwd=tmp_path)
    assert result.code == 0, result.text
    text = (tmp_path / "night-agent.yaml").read_text("utf-8")
    reference = text.splitlines()[0].split("=", 1)[1]
    assert not Path(reference).is_absolute() and ".venv" not in reference
    # whoever gets the folder (another machine, another user) finds the schema
    moved = tmp_path.parent / "elsewhere"
    tmp_path.rename(moved)
    assert json.loads((moved / reference).read_text("utf-8"))["$id"].endswith("/job.json")
    assert "# module:" in text


def test_new_refuses_an_id_with_a_final_newline(jobkit, tmp_path):
    result = jobkit("new", "job", "abc\n", cwd=tmp_path)
    assert result.code == 2 and not list(tmp_path.iterdir())


def test_init_sets_up_the_editor(jobkit, tmp_path):
    jobkit("init", str(tmp_path))
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text("utf-8"))
    mapped = settings["yaml.schemas"]
    assert len(mapped) == 8
    for schema, globs in mapped.items():
        assert (tmp_path / schema).is_file(), schema
        assert all(list(tmp_path.glob(g)) for g in globs if "modules" not in g), globs
    assert any(tmp_path.glob(mapped["./.jobkit/schemas/job.json"][0]))
    extensions = json.loads((tmp_path / ".vscode" / "extensions.json").read_text("utf-8"))
    assert extensions["recommendations"] == ["redhat.vscode-yaml"]


def test_new_never_overwrites(jobkit, tmp_path):
    target = tmp_path / "x.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = jobkit("new", "job", "x", cwd=tmp_path)
    assert result.code == 2 and "not overwritten" in result.err
    assert target.read_text("utf-8") == "mine\n"


@pytest.mark.parametrize("args,words", [
    (["new", "jobs", "x"], "unknown kind"),
    (["new", "job", "Bad_Id"], "lowercase"),
    (["new", "job", "x", "-m", "sales"], "unknown module"),
])
def test_new_rejects_bad_arguments(jobkit, tmp_path, args, words):
    result = jobkit(*args, cwd=tmp_path)
    assert result.code == 2 and words in result.err and "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["Acme: China Ltd", "#1 服务公司", "- Dash Co", 'Say "Hi" Ltd',
                                  "it's ours", "[方括号]公司", "示例服务集团", "2026", "true",
                                  "上海客服（集团）有限公司"])
def test_init_writes_any_organisation_name_as_typed(jobkit, tmp_path, name):
    result = jobkit("init", "--name", name, cwd=tmp_path)
    assert result.code == 0, result.text
    config = load_text((tmp_path / "jobkit.yaml").read_text("utf-8"), "jobkit.yaml").data
    assert config["organization"]["name"] == name and config["organization"]["short_name"] == name
    assert jobkit("validate", ".", cwd=tmp_path).code == 0


@pytest.mark.parametrize("name", ["两行\n名称", "", "  ", "tab\tname"])
def test_init_refuses_a_name_with_line_breaks_or_control_characters(jobkit, tmp_path, name):
    result = jobkit("init", "--name", name, cwd=tmp_path)
    assert result.code == 2 and "Traceback" not in result.text
    assert not (tmp_path / "jobkit.yaml").exists()
