"""The shipped JSON Schemas: strict Draft 2020-12, Chinese hints, and agreement with ajv."""
from __future__ import annotations

import json
import re
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from conftest import MINIMAL_JOB, REPO, require_shared, require_tool
from jobkit.load import load_text
from jobkit.schema import CONFIG, KINDS, load_schema
from jobkit.validate import check_loaded

NAMES = (*KINDS, CONFIG)
NODE_CHECK = REPO / "tests" / "node" / "check-schemas.js"
CJK = re.compile("[\u4e00-\u9fff]")


def installed_schema_dir() -> Path:
    return Path(str(resources.files("jobkit.schemas")))


def run_ajv(docs: list[dict] | None = None, tmp_path: Path | None = None) -> dict:
    node = require_tool("node")
    if not (REPO / "tests" / "node" / "node_modules" / "ajv").is_dir():
        require_tool("ajv-is-installed-by-scripts/setup.sh")
    args = [node, str(NODE_CHECK), str(installed_schema_dir())]
    if docs is not None:
        docs_file = tmp_path / "docs.json"
        docs_file.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        args.append(str(docs_file))
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
    return json.loads(done.stdout)


def test_all_schemas_compile_in_ajv_strict_mode():
    result = run_ajv()
    assert result["errors"] == {}
    assert result["warnings"] == []
    assert sorted(result["compiled"]) == sorted(NAMES)


def _properties(schema: dict, where: str):
    for name, sub in schema.get("properties", {}).items():
        yield f"{where}.{name}", sub
        yield from _properties(sub, f"{where}.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from _properties(schema[key], f"{where}[{key}]")
    for key in ("anyOf", "oneOf"):
        for index, sub in enumerate(schema.get(key, [])):
            yield from _properties(sub, f"{where}|{index}")
    for name, sub in schema.get("$defs", {}).items():
        yield from _properties(sub, f"{where}$defs.{name}")


@pytest.mark.parametrize("name", NAMES)
def test_every_property_has_a_chinese_title_and_description(name):
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    checked = 0
    for where, sub in _properties(schema, name):
        assert CJK.search(sub.get("title", "")), f"{where} has no Chinese title"
        assert CJK.search(sub.get("description", "")), f"{where} has no Chinese description"
        checked += 1
    assert checked >= 5


@pytest.mark.parametrize("name", [k for k in KINDS])
def test_objects_refuse_unknown_keys(name):
    def objects(schema):
        if isinstance(schema, dict):
            if schema.get("type") == "object" and "properties" in schema:
                yield schema
            for value in schema.values():
                yield from objects(value)
        elif isinstance(schema, list):
            for value in schema:
                yield from objects(value)

    for schema in objects(load_schema(name)):
        assert schema.get("additionalProperties") is False, schema.get("title")


def _corpus() -> list[tuple[str, str, dict]]:
    """(name, schema, data) for every bundled document, plus broken variants of each."""
    files = sorted((REPO / "examples").rglob("*.yaml")) + sorted(
        (REPO / "templates" / "project").rglob("*.yaml"))
    corpus = []
    for path in files:
        loaded = load_text(path.read_text("utf-8"), str(path))
        name = CONFIG if path.name == "jobkit.yaml" else loaded.data["kind"]
        data = loaded.data
        corpus.append((path.name, name, data))
        if name == CONFIG:
            continue
        required = [k for k in load_schema(name)["required"] if k != "kind"]
        corpus.append((path.name + ":missing", name,
                       {k: v for k, v in data.items() if k != required[-1]}))
        corpus.append((path.name + ":misspelt", name, {**data, "tittle": "x"}))
        corpus.append((path.name + ":bad-id", name, {**data, "id": "Bad_Id"}))
        corpus.append((path.name + ":wrong-type", name, {**data, required[-1]: {"x": 1}}))
    return corpus


def test_ajv_and_jobkit_agree_on_every_document(tmp_path):
    corpus = _corpus()
    assert len(corpus) >= 20, "the bundled examples should give a real corpus"
    ours, docs = {}, []
    for name, schema, data in corpus:
        loaded = load_text(json.dumps(data, ensure_ascii=False), name)
        path = Path("jobkit.yaml" if schema == CONFIG else "doc.yaml")
        ours[name] = check_loaded(loaded, path).ok
        # ajv sees the data jobkit validated (text kept as typed, as jobkit reads it)
        docs.append({"name": name, "schema": schema, "data": loaded.data})
    verdicts = {v["name"]: v["valid"] for v in run_ajv(docs, tmp_path)["verdicts"]}
    assert verdicts == ours
    assert True in verdicts.values() and False in verdicts.values()


NUMBER_OR_TEXT = {
    "code-with-leading-zero": ("  code: 0755\n", True),
    "grade-as-number": ("  grade: 3\n", True),
    "grade-with-decimals": ("  grade: 1.10\n", True),
    "grade-quoted": ('  grade: "3"\n', True),
    "nature-as-number": ("  nature: 2024\n", False),
    "nature-as-boolean": ("  nature: true\n", False),
    "department-as-null": ("  department: null\n", False),
}


def test_editor_and_jobkit_validate_give_one_verdict_on_numbers_and_booleans(tmp_path):
    """A file passes jobkit validate exactly when yaml-language-server's reading (the yaml
    package, YAML 1.2 core) passes ajv with the published schema: no editor squiggle on a
    file jobkit accepts, and none missing on a file it refuses."""
    docs, ours = [], {}
    for name, (line, _) in NUMBER_OR_TEXT.items():
        text = MINIMAL_JOB.replace("  department: 客户服务部\n",
                                   "  department: 客户服务部\n" + line)
        if "department:" in line:
            text = text.replace("  department: 客户服务部\n", "", 1)
        ours[name] = check_loaded(load_text(text, name), Path("doc.yaml")).ok
        docs.append({"name": name, "schema": "job", "yaml": text})
    verdicts = {v["name"]: v["valid"] for v in run_ajv(docs, tmp_path)["verdicts"]}
    assert verdicts == ours
    assert ours == {name: valid for name, (_, valid) in NUMBER_OR_TEXT.items()}


def test_codes_typed_as_numbers_keep_the_text_as_typed():
    text = MINIMAL_JOB.replace("  department: 客户服务部\n",
                               "  department: 客户服务部\n  code: 0755\n  grade: 1.10\n")
    loaded = load_text(text, "doc.yaml")
    assert check_loaded(loaded, Path("doc.yaml")).ok
    assert loaded.data["basic"]["code"] == "0755" and loaded.data["basic"]["grade"] == "1.10"


def test_examples_of_formats_md_are_valid():
    formats = require_shared() / "design" / "formats.md"
    blocks = re.findall(r"```yaml\n(.*?)```", formats.read_text("utf-8"), re.S)
    documents = [b for b in blocks if b.startswith("kind:")]
    assert len(documents) == 7
    for block in documents:
        result = check_loaded(load_text(block, "formats.md"), Path("formats.yaml"))
        assert result.problems == [], block[:40]


def test_schema_command_prints_the_installed_schema(jobkit):
    result = jobkit("schema", "job")
    assert result.code == 0
    assert json.loads(result.out) == load_schema("job")


def test_schema_command_lists_kinds_and_rejects_unknown(jobkit):
    listing = jobkit("schema")
    assert listing.code == 0 and all(name in listing.out for name in NAMES)
    unknown = jobkit("schema", "jobs")
    assert unknown.code == 2 and "unknown kind" in unknown.err and "Traceback" not in unknown.err


def test_schema_command_writes_all_schemas(jobkit, tmp_path):
    result = jobkit("schema", "-o", str(tmp_path / "s"))
    assert result.code == 0
    assert sorted(p.stem for p in (tmp_path / "s").glob("*.json")) == sorted(NAMES)


def test_quick_check_agrees_with_jsonschema():
    """validate trusts the quick check for valid documents: it must never disagree."""
    from jobkit.schema import quick_check, validator

    corpus = _corpus()
    for name in NAMES:
        assert quick_check(name) is not None, f"{name} uses a keyword the quick check lacks"
    for label, schema, data in corpus:
        loaded = load_text(json.dumps(data, ensure_ascii=False), label)
        check_loaded(loaded, Path("jobkit.yaml" if schema == CONFIG else "doc.yaml"))
        assert quick_check(schema)(loaded.data) == validator(schema).is_valid(loaded.data), label
