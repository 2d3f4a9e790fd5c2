"""Run the rules: load and validate, build models, check, stamp, configure, suppress, sort."""
from __future__ import annotations

import dataclasses
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path

from jobkit.config import Config
from jobkit.discover import discover, display_name
from jobkit.errors import UsageError
from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.parallel import in_parallel, worker_count
from jobkit.lint.project_cache import ProjectCache
from jobkit.lint.rule import LEVEL_RANK, Rule
from jobkit.lint.rules import all_rules, find_rule
from jobkit.lint.salvage import Salvaged, salvage
from jobkit.lint.suppress import find_suppressions
from jobkit.lint.words import Words
from jobkit.load import Loaded
from jobkit.load.sourcemap import SourceMap
from jobkit.model import build_document
from jobkit.problems import Message, Problem
from jobkit.validate import check_file

LEVELS = ("error", "warning", "info", "off")


@dataclass(frozen=True)
class LintOptions:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    documents_only: bool = False  # skip YAML files that are not jobkit's (pre-commit hooks)


@dataclass
class LintResult:
    findings: list[Problem]
    files: int
    invalid_files: int
    rules: dict[str, Rule] = field(default_factory=dict)  # id → rule, for formatters
    sources: dict[str, str] = field(default_factory=dict)  # file → text, for fixes and rdjson
    paths: dict[str, Path] = field(default_factory=dict)  # file → path on disk
    documents: list = field(default_factory=list)  # the valid documents' contexts

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def reaches(self, fail_on: str) -> bool:
        if fail_on == "never":
            return False
        return any(LEVEL_RANK[f.level] >= LEVEL_RANK[fail_on] for f in self.findings)


def active_rules(config: Config, options: LintOptions) -> dict[str, tuple[Rule, str]]:
    """id → (rule, level) for the rules that run, after select, ignore and configured levels."""
    for token in (*options.select, *options.ignore, *config.lint.rules):
        if not any(rule.matches(token) for rule in all_rules()):
            raise UsageError(f"未知规则 / unknown rule '{token}' (see: jobkit rules)")
    active = {}
    for rule in all_rules():
        level = rule.level
        for token, configured in config.lint.rules.items():
            if rule.matches(token):
                level = configured
        if rule.enabled is not None and not rule.enabled(config):
            level = "off"
        if options.select and not any(rule.matches(t) for t in options.select):
            level = "off"
        if any(rule.matches(t) for t in options.ignore):
            level = "off"
        if level != "off":
            active[rule.id] = (rule, level)
    return active


def _stamp(problem: Problem, rule: Rule, level: str) -> Problem:
    return dataclasses.replace(problem, code=rule.id, rule=rule.name, level=level)


def lint_paths(paths: list[Path], config: Config, options: LintOptions = LintOptions()) -> LintResult:
    """Lint every YAML file under paths; findings sorted by file, line and column."""
    active = active_rules(config, options)
    words = Words(config.lint.words)
    files = discover(paths, options.documents_only)
    findings, contexts, broken, invalid = read_files(files, config, words)
    document_rules = [(r, level) for r, level in active.values() if r.scope == "document"]
    project_rules = [(r, level) for r, level in active.values() if r.scope == "project"]

    def check_documents(ctx: DocumentContext) -> list[Problem]:
        return [_stamp(p, rule, level) for rule, level in document_rules
                if not rule.kinds or ctx.kind in rule.kinds for p in rule.check(ctx)]

    def check_project() -> list[Problem]:
        if not project_rules:
            return []
        return _check_project(project_rules, contexts, broken, files, paths, config, words)

    workers = worker_count(len(contexts))
    if workers > 1:
        document_findings, project_findings = in_parallel(contexts, check_documents, workers,
                                                          check_project)
    else:
        document_findings = [f for ctx in contexts for f in check_documents(ctx)]
        project_findings = check_project()
    findings += document_findings + project_findings

    findings = _apply_suppressions(findings, contexts, active)
    findings = _apply_file_ignores(findings, config)
    findings.sort(key=Problem.sort_key)
    return LintResult(findings, len(files), invalid, {r.id: r for r, _ in active.values()},
                      {ctx.file: ctx.loaded.text for ctx in contexts},
                      {ctx.file: ctx.path for ctx in contexts}, contexts)


def read_files(files: list[Path], config: Config, words: Words
               ) -> tuple[list[Problem], list[DocumentContext], list[Salvaged], int]:
    """Load and validate each file: (findings for invalid files, contexts, what can be read
    of the invalid documents, invalid count)."""
    findings: list[Problem] = []
    contexts: list[DocumentContext] = []
    broken: list[Salvaged] = []
    invalid = 0
    invalid_rule = find_rule("JK001")
    for path in files:
        checked = check_file(path, config.limits, display_name(path))
        if checked.problems:
            invalid += 1
            findings.extend(_stamp(p, invalid_rule, "error") for p in checked.problems)
            found = salvage(checked.file, path, checked.loaded and checked.loaded.data,
                            config.limits.max_file_bytes)
            if found is not None:
                broken.append(found)
        elif checked.kind is not None:  # None: jobkit.yaml, validated above, nothing to lint
            contexts.append(_context(checked, path, config, words))
    return findings, contexts, broken, invalid


def _context(checked, path: Path, config: Config, words: Words) -> DocumentContext:
    model = build_document(checked.loaded.data)
    # a document without its own lang is in the project's language (jobkit.yaml lang:)
    lang = checked.loaded.data.get("lang") or config.lang
    return DocumentContext(checked.file, path, checked.loaded, model, config, words, lang)


def _check_project(rules, contexts: list[DocumentContext], broken: list[Salvaged],
                   files: list[Path], paths: list[Path], config: Config,
                   words: Words) -> list[Problem]:
    """Run project rules over the whole project, reporting only on the files linted.

    Linting one changed file (a pre-commit hook, a pull request) must still resolve its
    references against the rest of the project, so the other documents under the folder of
    jobkit.yaml are read too; their own findings are not reported.
    """
    others, others_broken = (_context_documents(files, config, words) if config.root is not None
                             else ([], []))
    roots = [Path(p) for p in paths if Path(p).is_dir()] or ([config.root] if config.root else [])
    shown = {ctx.file for ctx in contexts}
    project = ProjectContext(contexts + others, config, roots, shown, broken=broken + others_broken)
    return [_stamp(p, rule, level) for rule, level in rules for p in rule.check(project)
            if p.file in shown]


def _context_documents(files: list[Path], config: Config,
                       words: Words) -> tuple[list[DocumentContext], list[Salvaged]]:
    """The project's other valid documents, and what can be read of its invalid ones, through
    the project cache. Their findings are never shown, so they carry no source positions."""
    cache = ProjectCache(config)
    linted = {path.resolve() for path in files}
    others, broken, seen = [], [], set()
    for path in discover([config.root], documents_only=True):
        resolved = path.resolve()
        if resolved in linted or path.name in ("jobkit.yaml", "jobkit.yml"):
            continue
        seen.add(str(resolved))
        name = display_name(path)
        data, salvaged = cache.read(path, config, name)
        if salvaged is not None:
            broken.append(salvaged)
        if data is not None:
            loaded = Loaded(name, "", data, SourceMap(""), {})
            others.append(DocumentContext(name, path, loaded, build_document(data), config, words,
                                          data.get("lang") or config.lang))
    cache.save(seen)
    return others, broken


def _apply_file_ignores(findings: list[Problem], config: Config) -> list[Problem]:
    if not config.lint.per_file_ignores:
        return findings
    kept = []
    for finding in findings:
        relative = _relative_to_root(finding.file, config)
        ignored = any(
            fnmatch.fnmatch(relative, glob) and any(_token_matches(finding, t) for t in tokens)
            for glob, tokens in config.lint.per_file_ignores.items())
        if not ignored:
            kept.append(finding)
    return kept


def _relative_to_root(file: str, config: Config) -> str:
    path = Path(file).resolve()
    if config.root is not None:
        try:
            return path.relative_to(config.root).as_posix()
        except ValueError:
            pass
    return Path(file).as_posix()


def _token_matches(finding: Problem, token: str) -> bool:
    rule = find_rule(finding.code)
    return rule is not None and rule.matches(token)


def _apply_suppressions(findings: list[Problem], contexts: list[DocumentContext],
                        active: dict[str, tuple[Rule, str]]) -> list[Problem]:
    by_file = {ctx.file: find_suppressions(ctx.loaded.text) for ctx in contexts}
    kept = []
    for finding in findings:
        silenced = False
        for suppression in by_file.get(finding.file, ()):
            if suppression.covers(finding.line) and _token_matches(finding, suppression.token):
                suppression.used = silenced = True
        if not silenced:
            kept.append(finding)
    if "JK002" in active:
        rule, level = active["JK002"]
        for file, suppressions in by_file.items():
            for s in suppressions:
                if s.used:
                    continue
                known = any(r.matches(s.token) for r in all_rules())
                message = Message(
                    f"屏蔽注释中的 {s.token} 没有屏蔽任何结果，请删除。",
                    f"suppression of {s.token} silences nothing; remove it") if known else Message(
                    f"屏蔽注释中的 {s.token} 不是规则编号或名称。",
                    f"{s.token} in a suppression is not a rule id or name")
                kept.append(Problem(file, message, s.line, s.col, code=rule.id, rule=rule.name,
                                    level=level))
    return kept
