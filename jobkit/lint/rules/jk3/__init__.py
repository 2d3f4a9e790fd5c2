"""JK3xx: law and fairness in hiring conditions."""
from __future__ import annotations

MODULES: tuple = ()
