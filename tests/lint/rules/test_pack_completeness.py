"""JK507 pack-completeness: each module of the pack has all six dimensions."""
from __future__ import annotations

from pathlib import Path

import pytest
from jk5_project import Project

from jobkit.config import load_config
from jobkit.lint.engine import LintOptions, lint_paths

RULE = "JK507"
EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "customer-service"


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def test_a_complete_module_raises_nothing(project):
    assert project.lint(RULE) == []


def test_a_missing_dimension_is_named_at_the_module(project):
    project.remove("modules/after-sales/tools/service-quality-checklist.yaml")
    project.remove("modules/after-sales/plans/after-sales-upgrade-plan.yaml")
    [found] = project.lint(RULE)
    assert found.file.endswith("pack.yaml") and found.path == "modules[0]"
    assert (found.line, found.col) == project.position("pack.yaml", "after-sales]")
    assert found.level == "warning"
    assert "lacks tools, plans" in found.message.en and "执行工具（tools）" in found.message.zh


def test_a_module_with_no_documents(project):
    project.edit("pack.yaml", "modules: [after-sales]", "modules: [after-sales, credit]")
    [found] = project.lint(RULE)
    assert found.path == "modules[1]" and "no documents yet" in found.message.en
    assert (found.line, found.col) == project.position("pack.yaml", "credit")


def test_a_document_without_module_counts_for_its_folder(project):
    project.edit("modules/after-sales/forms/repair-request-form.yaml", "module: after-sales\n", "")
    assert project.lint(RULE) == []


def test_a_document_counts_for_its_module_field(project):
    project.edit("pack.yaml", "modules: [after-sales]", "modules: [after-sales, credit]")
    project.write("credit/plan.yaml", project.text(
        "modules/after-sales/plans/after-sales-upgrade-plan.yaml").replace(
        "module: after-sales", "module: credit").replace("id: after-sales-upgrade-plan",
                                                         "id: credit-plan"))
    [found] = project.lint(RULE)
    assert "credit lacks jobs, policies, processes, tools, forms:" in found.message.en


def test_without_a_pack_nothing_is_checked(project):
    project.remove("pack.yaml")
    project.remove("modules/after-sales/tools/service-quality-checklist.yaml")
    assert project.lint(RULE) == []


def test_the_customer_service_example_is_complete_and_clean():
    """The bundled example: nine modules × six dimensions, no organisation finding at all."""
    result = lint_paths([EXAMPLE], load_config(EXAMPLE), LintOptions(select=("JK5",)))
    assert result.findings == []
    assert result.files >= 9 * 6 + 2
