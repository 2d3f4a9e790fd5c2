"""Create new projects (`jobkit init`) and new documents from skeletons (`jobkit new`)."""
from __future__ import annotations

import json
import os
import re
import unicodedata
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from jobkit.config import CONFIG_NAMES, find_config
from jobkit.errors import UsageError
from jobkit.fsutil import atomic_write, write_new_file
from jobkit.load.compose import resolve_plain
from jobkit.schema import CONFIG, KINDS, schema_text

MODULES = ("survey", "relationship", "key-account", "after-sales", "complaint", "credit",
           "information", "call-center", "quality")
DIMENSIONS = {"job": "jobs", "policy": "policies", "process": "processes", "tool": "tools",
              "form": "forms", "plan": "plans"}
SCHEMA_FOLDER = Path(".jobkit") / "schemas"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_MODULE_LINE = re.compile(r"^module: __MODULE__(.*)$", re.MULTILINE)


def _templates() -> Traversable:
    return resources.files("jobkit.templates")


def write_schemas(root: Path) -> list[Path]:
    """Copy the schemas into the project so editors find them offline."""
    written = []
    folder = root / SCHEMA_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name in (*KINDS, CONFIG):
        target = folder / f"{name}.json"
        if not target.exists() or target.read_text("utf-8") != schema_text(name):
            atomic_write(target, schema_text(name))
            written.append(target)
    return written


_SAMPLE_ORGANISATION = re.compile("示例服务(?:有限公司)?")
# Letters, digits and inner spaces, dots, hyphens, brackets of Chinese names: YAML reads these
# back as the same text; anything else (a colon, #, quotes, a leading dash …) gets quoted.
_PLAIN_SAFE = re.compile(r"[^\W_][\w（）()·.&\- ]*(?<! )")


def init_project(directory: Path, org_name: str | None) -> list[Path]:
    """Scaffold a project in directory; refuse if it already holds one."""
    if any((directory / name).exists() for name in CONFIG_NAMES):
        raise UsageError(f"已经是 jobkit 项目 / already a jobkit project: {directory}")
    name = _yaml_scalar(org_name) if org_name is not None else None
    created = []
    for source, relative in _walk(_templates().joinpath("project"), Path()):
        text = source.read_text("utf-8")
        if name:  # the sample organisation's full and short names, in one pass
            text = _SAMPLE_ORGANISATION.sub(lambda _: name, text)
        write_new_file(directory / relative, text)
        created.append(directory / relative)
    for module in MODULES:
        for dimension in DIMENSIONS.values():
            (directory / "modules" / module / dimension).mkdir(parents=True, exist_ok=True)
    return created + _editor_settings(directory) + write_schemas(directory)


def _yaml_scalar(text: str) -> str:
    """The name as a YAML value: plain when it reads back unchanged, else double-quoted."""
    if not text.strip() or any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in text):
        raise UsageError("组织名称不能为空，也不能包含换行或控制字符。 / the organisation name must "
                         "not be empty or contain line breaks or control characters")
    if _PLAIN_SAFE.fullmatch(text) and isinstance(resolve_plain(text), str):
        return text  # not 123, true or null either: those would read back as no text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _editor_settings(directory: Path) -> list[Path]:
    """VS Code settings mapping each folder's YAML to its schema, and the YAML extension
    recommended; files the user already has are left as they are."""
    schemas = {f"./{SCHEMA_FOLDER.as_posix()}/{kind}.json": [f"modules/*/{folder}/*.yaml"]
               for kind, folder in DIMENSIONS.items()}
    schemas[f"./{SCHEMA_FOLDER.as_posix()}/pack.json"] = ["pack.yaml"]
    schemas[f"./{SCHEMA_FOLDER.as_posix()}/{CONFIG}.json"] = ["jobkit.yaml"]
    files = {".vscode/settings.json": {"yaml.schemas": schemas},
             ".vscode/extensions.json": {"recommendations": ["redhat.vscode-yaml"]}}
    written = []
    for name, content in files.items():
        path = directory / name
        if not path.exists():
            write_new_file(path, json.dumps(content, ensure_ascii=False, indent=2) + "\n")
            written.append(path)
    return written


def _walk(folder: Traversable, relative: Path):
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            yield from _walk(entry, relative / entry.name)
        elif entry.name.endswith((".yaml", ".yml")):
            yield entry, relative / entry.name


def skeleton(kind: str, doc_id: str, module: str | None, schema_ref: str) -> str:
    """The commented skeleton of a kind, with id, module and schema line filled in."""
    text = _templates().joinpath("skeletons", f"{kind}.yaml").read_text("utf-8")
    text = text.replace("__SCHEMA__", schema_ref).replace("__ID__", doc_id)
    if module:
        return _MODULE_LINE.sub(lambda m: f"module: {module}{m.group(1)}", text)
    return _MODULE_LINE.sub(lambda m: f"# module: complaint{m.group(1)}", text)


def new_document(kind: str, doc_id: str, module: str | None, output: Path | None) -> Path:
    """Write a new document skeleton and return its path."""
    if kind not in KINDS or kind == "pack":
        raise UsageError(f"未知类型 / unknown kind '{kind}'; choose one of "
                         f"{', '.join(k for k in KINDS if k != 'pack')}")
    if not _ID.fullmatch(doc_id):
        raise UsageError(f"ID 只能用小写字母、数字和连字符 / the id '{doc_id}' must use lowercase "
                         f"letters, digits and hyphens (e.g. complaint-specialist)")
    if module is not None and module not in MODULES:
        raise UsageError(f"未知模块 / unknown module '{module}'; choose one of {', '.join(MODULES)}")
    config = find_config(Path.cwd())
    root = config.parent if config else None
    if output is None:
        if root is not None and module is not None:
            output = root / "modules" / module / DIMENSIONS[kind] / f"{doc_id}.yaml"
        else:
            output = Path(f"{doc_id}.yaml")
    # The modeline must resolve for anyone who opens the file, offline: a path into this
    # machine's virtual environment would not. Outside a project the schemas go beside it.
    schema_root = root if root is not None else output.resolve().parent
    write_schemas(schema_root)
    schema_ref = Path(os.path.relpath(schema_root / SCHEMA_FOLDER / f"{kind}.json",
                                      output.resolve().parent)).as_posix()
    write_new_file(output, skeleton(kind, doc_id, module, schema_ref))
    return output
