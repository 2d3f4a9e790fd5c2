"""Linting one file reads the rest of the project through a cache that never hides an edit."""
from __future__ import annotations

import json

import pytest

from rules.jk5_project import Project, job  # the JK5 rules' test project

SPECIALIST = job("after-sales-specialist")
ENGINEER = job("field-engineer")


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBKIT_CACHE_DIR", str(tmp_path / "cache"))
    return Project(tmp_path)


def cache_files(project):
    return list((project.root.parent / "cache" / "lint").glob("*.json"))


def lint_engineer(project):
    return project.lint("JK501", project.path(ENGINEER))


def test_the_same_findings_with_the_cache_cold_and_warm(project):
    project.edit(ENGINEER, "reports_to: field-service-supervisor", "reports_to: field-service-supervisr")
    cold = lint_engineer(project)
    assert cache_files(project)
    warm = lint_engineer(project)
    assert [f.format("en") for f in cold] == [f.format("en") for f in warm]
    assert len(warm) == 1 and "field-service-supervisor" in warm[0].suggestion.en


def test_an_edit_to_another_document_is_seen_at_once(project):
    assert lint_engineer(project) == []
    supervisor = job("field-service-supervisor")
    project.edit(supervisor, "id: field-service-supervisor", "id: field-service-lead")
    found = lint_engineer(project)
    assert found and all("field-service-supervisor" in f.message.en for f in found)
    project.edit(supervisor, "id: field-service-lead", "id: field-service-supervisor")
    assert lint_engineer(project) == []


def test_a_removed_document_is_forgotten(project):
    lint_engineer(project)
    project.remove(job("field-service-supervisor"))
    assert lint_engineer(project)
    [cache] = cache_files(project)
    stored = json.loads(cache.read_text("utf-8"))["documents"]
    assert not any(key.endswith("field-service-supervisor.yaml") for key in stored)


def test_a_damaged_cache_is_rebuilt(project):
    lint_engineer(project)
    [cache] = cache_files(project)
    cache.write_text('{"stamp": 1, "documents": [', encoding="utf-8")
    project.edit(ENGINEER, "reports_to: field-service-supervisor", "reports_to: nobody-here")
    assert len(lint_engineer(project)) == 1
    assert json.loads(cache.read_text("utf-8"))["documents"]


def test_an_unwritable_cache_folder_only_means_reading_the_files(project, monkeypatch):
    blocked = project.root.parent / "cache-is-a-file"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("JOBKIT_CACHE_DIR", str(blocked))
    assert lint_engineer(project) == []
    project.edit(ENGINEER, "reports_to: field-service-supervisor", "reports_to: nobody-here")
    assert len(lint_engineer(project)) == 1


def test_an_invalid_document_is_known_by_its_id_cached_or_not(project):
    supervisor = job("field-service-supervisor")
    project.edit(supervisor, "kind: job", "kind: job\nunknown_field: 1")
    for _ in range(2):  # first read, then from the cache
        assert lint_engineer(project) == []  # reported once, in its own file (JK001)


def test_an_invalid_document_without_a_readable_id_gives_no_context(project):
    supervisor = job("field-service-supervisor")
    project.edit(supervisor, "id: field-service-supervisor", "id: Field_Service")
    for _ in range(2):
        found = lint_engineer(project)
        assert found and all("field-service-supervisor" in f.message.en for f in found)
