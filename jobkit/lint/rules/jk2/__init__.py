"""JK2xx: internal consistency of one document."""
from __future__ import annotations

MODULES: tuple = ()
