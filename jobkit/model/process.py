"""The workflow (工作流程): swim lanes and steps."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from jobkit.model.document import Document


@dataclass(frozen=True)
class Step:
    id: str
    lane: str
    action: str
    type: str = "task"  # task | decision | start | end
    next: str | Mapping[str, str] | None = None  # a step id, or label → step id for decisions
    output: str | None = None
    time_limit: str | None = None
    note: str | None = None

    @property
    def exits(self) -> dict[str, str]:
        """Label → target step id ('' for an unlabelled exit)."""
        if self.next is None:
            return {}
        if isinstance(self.next, str):
            return {"": self.next}
        return dict(self.next)


@dataclass(frozen=True, kw_only=True)
class Process(Document):
    title: str
    lanes: tuple[str, ...]
    steps: tuple[Step, ...]
    owner: str | None = None
    purpose: str | None = None
    scope: str | None = None
