"""A job being assembled from a Word document: its fields, what was guessed, what is left over."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jobkit.importer import values
from jobkit.importer.vocabulary import own_labels

_LISTS = {"basic.subordinates", "relations.supervised_by", "relations.supervises",
          "relations.promotion", "relations.transfer", "equipment",
          "qualifications.abilities", "qualifications.skills", "qualifications.personality",
          "qualifications.interests", "qualifications.physical", "qualifications.certificates",
          "qualifications.languages", "environment.occupational_diseases"}


@dataclass
class Draft:
    """Fields as nested dicts (the YAML shape), the paths that hold a guess, and every piece
    of the source that no field took, each with where it stood."""

    source: str
    lang: str = "zh-CN"
    data: dict = field(default_factory=dict)
    guessed: dict[tuple, str] = field(default_factory=dict)  # path -> why
    notes: list[str] = field(default_factory=list)
    derived_ok: bool = False  # a jobkit DOCX: 间接上级 is derived, not a field

    def get(self, path: str):
        node = self.data
        for key in path.split("."):
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node

    def put(self, path: str, value) -> None:
        keys = path.split(".")
        node = self.data
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = value

    def guess(self, path: tuple, why: str) -> None:
        self.guessed[path] = why

    def note(self, where: str, text: str) -> None:
        text = " ".join(text.split()) if "\n" not in text else text.replace("\n", "；")
        if text:
            self.notes.append(f"{where}：{text}" if where else text)

    def assign(self, path: str, text: str, where: str = "") -> None:
        """Put a source text into a field, in the shape the field holds."""
        text = text.strip()
        if not text:
            return
        if path == "basic.reports_to_next":
            if not self.derived_ok:
                self.note(where or "间接上级", text)
            return
        if path == "qualifications.major":
            education = self.get("qualifications.education")
            if isinstance(education, dict) and "major" not in education:
                education["major"] = text
            elif education is None:
                self.put("qualifications.education", {"major": text})
            else:
                self.note(where or "专业", text)
            return
        value = self._value(path, text)
        if value is None:
            self.note(where or path, text)
            return
        old = self.get(path)
        if old is None:
            self.put(path, value)
        elif path in _LISTS or path.endswith(("internal", "external", "training")):
            old.extend(v for v in value if v not in old)
        elif old != value:
            self.note(where or path, text)

    def _value(self, path: str, text: str):
        if path == "basic.subordinates" and re.fullmatch(r"\d+\s*[人名]?", text):
            return None  # 所辖人员：25人 is a number of people, not who they are
        if path == "basic.reports_to":  # 汇报关系：向客户服务经理汇报
            text = re.sub(r"^向(.+?)(?:汇报|报告)(?:工作)?$", r"\1", text.strip())
        if path in _LISTS:
            return values.items(text) or None
        if path in ("relations.internal", "relations.external"):
            return values.contacts(text) or None
        if path == "basic.headcount":
            return values.number(text.rstrip("人名 "))
        if path == "basic.pay":
            return values.pay(text) or " ".join(text.split())
        if path == "qualifications.education":
            return values.education(text)
        if path == "qualifications.experience":
            return values.experience(text, self.lang)
        if path == "qualifications.training":
            return values.training(text) or None
        if path == "summary":
            return text.replace("\n", " " if self.lang == "en" else "")
        if path in ("duties", "kpis", "relations", "qualifications", "environment"):
            return None  # sections are read by their own parsers
        return " ".join(text.split())

    def prefixes(self) -> dict[str, str]:
        return own_labels(self.lang)
