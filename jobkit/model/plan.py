"""The implementation plan (实施方案): objectives, organisation, phases, budget and risks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jobkit.model.document import Document


@dataclass(frozen=True)
class PlanRole:
    role: str
    who: str | None = None
    duties: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phase:
    name: str
    start: date | None = None
    end: date | None = None
    owner: str | None = None
    tasks: tuple[str, ...] = ()
    deliverables: tuple[str, ...] = ()


@dataclass(frozen=True)
class BudgetItem:
    item: str
    amount: float
    currency: str = "CNY"
    note: str | None = None


@dataclass(frozen=True)
class Risk:
    risk: str
    mitigation: str | None = None
    owner: str | None = None


@dataclass(frozen=True, kw_only=True)
class Plan(Document):
    title: str
    phases: tuple[Phase, ...]
    owner: str | None = None
    background: str | None = None
    objectives: tuple[str, ...] = ()
    scope: str | None = None
    organization: tuple[PlanRole, ...] = ()
    deliverables: tuple[str, ...] = ()
    budget: tuple[BudgetItem, ...] = ()
    risks: tuple[Risk, ...] = ()

    def budget_totals(self) -> dict[str, float]:
        """Total budget per currency, in order of first appearance."""
        totals: dict[str, float] = {}
        for line in self.budget:
            totals[line.currency] = totals.get(line.currency, 0.0) + line.amount
        return totals
