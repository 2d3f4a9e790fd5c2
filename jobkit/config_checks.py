"""Checks of jobkit.yaml beyond its schema, each at its position: paths and rule names.

A path is read at render time, so it is checked when the configuration loads: it must stay
inside the project (no /etc/passwd, no ../outside.docx, no templates: /) and be what it names.
"""
from __future__ import annotations

import difflib
import zipfile
from pathlib import Path

from jobkit.problems import Message, Problem, json_path

# key path → (folder wanted?, suffixes allowed, what it is in zh and en)
_PATHS = {
    ("templates",): (True, (), ("模板文件夹", "templates folder")),
    ("reference_docx",): (False, (".docx",), ("参考样式文档", "reference document")),
    ("organization", "logo"): (False, (".png", ".jpg", ".jpeg"),
                               ("标志图片", "logo image")),
}


def config_problems(loaded, root: Path) -> list[Problem]:
    """Every path that leaves the project or is not what it names, and every unknown rule."""
    problems = []
    for path, rule in _PATHS.items():
        value = _value_at(loaded.data, path)
        if isinstance(value, str):
            message = _path_message(value, root, *rule)
            if message:
                problems.append(_problem(loaded, path, message, "config-path"))
    problems += _rule_problems(loaded)
    return sorted(problems, key=lambda p: (p.line or 0, p.col or 0))


def _value_at(data: dict, path: tuple) -> object:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _path_message(value: str, root: Path, folder: bool, suffixes: tuple, names) -> Message | None:
    zh, en = names
    target = (root / value).resolve()
    if target != root and root not in target.parents:
        return Message(f"{zh}“{value}”在项目文件夹之外；请放在 jobkit.yaml 所在的文件夹内，写相对路径。",
                       f"the {en} '{value}' is outside the project folder; keep it in the folder "
                       "of jobkit.yaml and give a relative path")
    if folder:
        if not target.is_dir():
            return Message(f"{zh}“{value}”不存在或不是文件夹。",
                           f"the {en} '{value}' does not exist or is not a folder")
        return None
    if not target.is_file():
        return Message(f"{zh}“{value}”不存在或不是文件。",
                       f"the {en} '{value}' does not exist or is not a file")
    if target.suffix.lower() not in suffixes:
        allowed = "、".join(suffixes)
        return Message(f"{zh}应为 {allowed} 文件，而“{value}”不是。",
                       f"the {en} must be a {', '.join(suffixes)} file; '{value}' is not")
    if target.suffix.lower() == ".docx" and not zipfile.is_zipfile(target):
        return Message(f"“{value}”不是有效的 Word 文档（.docx 是 zip 格式）。",
                       f"'{value}' is not a valid Word document (a .docx is a zip archive)")
    return None


def _rule_problems(loaded) -> list[Problem]:
    """Rule ids or names in lint.rules and lint.per_file_ignores that name no rule."""
    lint = loaded.data.get("lint") or {}
    places = [(("lint", "rules", token), token) for token in lint.get("rules") or {}]
    for glob, tokens in (lint.get("per_file_ignores") or {}).items():
        places += [(("lint", "per_file_ignores", glob, i), t) for i, t in enumerate(tokens)]
    if not places:
        return []
    from jobkit.lint.rules import all_rules  # the rules load only when a setting names one

    rules = all_rules()
    known = [rule.id for rule in rules] + [rule.name for rule in rules]
    problems = []
    for path, token in places:
        if isinstance(token, str) and not any(rule.matches(token) for rule in rules):
            close = difflib.get_close_matches(token, known, n=1, cutoff=0.7)
            hint_zh, hint_en = (f"，是不是想写 {close[0]}", f"; did you mean {close[0]}") if close \
                else ("", "")
            problems.append(_problem(loaded, path, Message(
                f"没有名为“{token}”的规则{hint_zh}？（jobkit rules 列出全部规则）",
                f"no rule is named '{token}'{hint_en}? (jobkit rules lists them)"), "unknown-rule",
                key=path[-2] == "rules"))
    return problems


def _problem(loaded, path: tuple, message: Message, code: str, key: bool = False) -> Problem:
    line, col = (loaded.source_map.key_position(path) if key
                 else loaded.source_map.position(path))
    return Problem(loaded.file, message, line, col, json_path(path), code=code)
