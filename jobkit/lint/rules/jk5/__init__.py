"""JK5xx: the organisation as a whole: a folder or a pack."""
from __future__ import annotations

MODULES: tuple = ()
