"""The typed model: frozen dataclasses per document kind, built from validated data."""
from __future__ import annotations

from jobkit.model.base import build
from jobkit.model.document import Document
from jobkit.model.form import Form, FormField, FormTable
from jobkit.model.job import Basic, Duty, Job, Kpi, Qualifications
from jobkit.model.pack import Pack
from jobkit.model.plan import BudgetItem, Phase, Plan, Risk
from jobkit.model.policy import Article, Chapter, Policy
from jobkit.model.process import Process, Step
from jobkit.model.tool import Scale, Tool, ToolItem, ToolSection

KIND_CLASSES: dict[str, type[Document]] = {
    "job": Job, "policy": Policy, "process": Process, "tool": Tool,
    "form": Form, "plan": Plan, "pack": Pack,
}

__all__ = [
    "Article", "Basic", "BudgetItem", "Chapter", "Document", "Duty", "Form", "FormField",
    "FormTable", "Job", "KIND_CLASSES", "Kpi", "Pack", "Phase", "Plan", "Policy", "Process",
    "Qualifications", "Risk", "Scale", "Step", "Tool", "ToolItem", "ToolSection",
    "build_document",
]


def build_document(data: dict) -> Document:
    """The typed document for validated data (its kind picks the class)."""
    return build(KIND_CLASSES[data["kind"]], data)
