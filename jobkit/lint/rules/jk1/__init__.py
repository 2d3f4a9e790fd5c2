"""JK1xx: duty phrasing (seed 001 and seed 000's writing cautions)."""
from __future__ import annotations

MODULES: tuple = ()
