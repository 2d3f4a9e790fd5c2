"""The job analysis (岗位说明书): basic information, duties, relations, qualifications, environment."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jobkit.model.document import Document


@dataclass(frozen=True)
class Pay:
    min: float | None = None
    max: float | None = None
    currency: str = "CNY"
    period: str | None = None


@dataclass(frozen=True)
class Basic:
    title: str
    department: str
    code: str | None = None
    reports_to: str | None = None  # a job id or free text
    grade: str | None = None
    pay: Pay | str | None = None
    subordinates: tuple[str, ...] = ()
    headcount: int | None = None
    nature: str | None = None
    occupation_code: str | None = None


@dataclass(frozen=True)
class Duty:
    title: str
    statement: str
    standard: str | None = None
    deadline: str | None = None
    time_pct: float | None = None
    authority: str | None = None
    outputs: tuple[str, ...] = ()
    essential: bool = True
    kpis: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contact:
    party: str
    purpose: str | None = None


@dataclass(frozen=True)
class Relations:
    supervised_by: tuple[str, ...] = ()
    supervises: tuple[str, ...] = ()
    promotion: tuple[str, ...] = ()
    transfer: tuple[str, ...] = ()
    internal: tuple[Contact, ...] = ()
    external: tuple[Contact, ...] = ()


@dataclass(frozen=True)
class Education:
    level: str | None = None
    major: str | None = None

    @classmethod
    def from_text(cls, text: str) -> Education:
        return cls(level=text)


@dataclass(frozen=True)
class Training:
    subject: str
    hours: float | None = None

    @classmethod
    def from_text(cls, text: str) -> Training:
        return cls(subject=text)


@dataclass(frozen=True)
class Experience:
    years: float | None = None
    field: str | None = None

    @classmethod
    def from_text(cls, text: str) -> Experience:
        return cls(field=text)


@dataclass(frozen=True)
class Qualifications:
    education: Education | None = None
    training: tuple[Training, ...] = ()
    experience: Experience | None = None
    abilities: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    personality: tuple[str, ...] = ()
    demographics: str | None = None
    physical: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class Environment:
    workplace: str | None = None
    hazards: str | None = None
    occupational_diseases: tuple[str, ...] = ()
    schedule: str | None = None
    balance: str | None = None
    comfort: str | None = None


@dataclass(frozen=True)
class Kpi:
    name: str
    target: str | None = None
    weight: float | None = None
    period: str | None = None
    definition: str | None = None


@dataclass(frozen=True, kw_only=True)
class Job(Document):
    basic: Basic
    summary: str
    duties: tuple[Duty, ...]
    last_reviewed: date | None = None
    review_cycle_months: int | None = None
    relations: Relations = Relations()
    equipment: tuple[str, ...] = ()
    qualifications: Qualifications = Qualifications()
    environment: Environment = Environment()
    kpis: tuple[Kpi, ...] = ()

    @property
    def title(self) -> str:
        return self.basic.title
