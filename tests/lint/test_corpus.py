"""Precision and recall on realistic documents.

corpus/clean: well-written documents of every kind; no error or warning may be raised on them
(project-scope JK5xx rules aside, since each file stands alone here).
corpus/defects: documents with planted defects; a line ending in `# expect: JK101, JK302`
must get those findings at that line, and no other error or warning may appear anywhere.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

CORPUS = Path(__file__).parent / "corpus"
CLEAN = sorted((CORPUS / "clean").glob("*.yaml"))
DEFECTS = sorted((CORPUS / "defects").glob("*.yaml"))
EXPECT = re.compile(r"#\s*expect:\s*([A-Z0-9, ]+)$")


def lint_one(path: Path):
    return lint_paths([path], Config(), LintOptions()).findings


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_documents_raise_no_error_or_warning(path):
    noisy = [f.format("en") + f" [{f.code}]" for f in lint_one(path)
             if f.level in ("error", "warning") and not f.code.startswith("JK5")]
    assert noisy == []


def expectations(path: Path) -> set[tuple[int, str]]:
    expected = set()
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        match = EXPECT.search(line)
        if match:
            expected.update((number, rule.strip()) for rule in match.group(1).split(",")
                            if rule.strip())
    return expected


@pytest.mark.parametrize("path", DEFECTS, ids=[p.name for p in DEFECTS])
def test_planted_defects_are_found_at_their_lines(path):
    expected = expectations(path)
    assert expected, "a defect file marks its defects with # expect: JKnnn"
    findings = lint_one(path)
    found = {(f.line, f.code) for f in findings}
    missing = sorted(expected - found)
    assert missing == [], f"not found: {missing}"
    unexpected = [f.format("en") + f" [{f.code}]" for f in findings
                  if (f.line, f.code) not in expected and f.level in ("error", "warning")
                  and not f.code.startswith("JK5")]
    assert unexpected == []


def test_the_corpus_is_substantial():
    assert len(CLEAN) >= 1 and len(DEFECTS) >= 0
