"""A copy of the bundled example with its texts made a few characters longer, so that lines
end at other places than in the example itself: a test of line breaking on unseen text."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

_HAN = re.compile(r"[\u4e00-\u9fff]")
_FILLER = "并按时记录归档"


def stretched_copy(example: Path, target: Path, extra: int) -> Path:
    """Copy example to target, every descriptive Chinese text (six or more characters)
    longer by extra characters; ids, codes, names and dates stay as they are."""
    shutil.copytree(example, target)
    for path in sorted(target.rglob("*.yaml")):
        if path.name == "jobkit.yaml":
            continue
        data = yaml.safe_load(path.read_text("utf-8"))
        path.write_text(yaml.safe_dump(_stretch(data, extra), allow_unicode=True,
                                       sort_keys=False), "utf-8")
    return target


def _stretch(value, extra: int, key: str = ""):
    if isinstance(value, dict):
        return {k: _stretch(v, extra, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_stretch(v, extra, key) for v in value]
    if isinstance(value, str) and key not in ("id", "code", "kind", "lang", "type", "lane",
                                              "department", "reports_to", "owner", "lanes") \
            and len(_HAN.findall(value)) >= 6:
        body = value.rstrip("。；")
        return body + _FILLER[:extra] + value[len(body):]
    return value
