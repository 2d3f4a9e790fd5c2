"""JK0xx: findings of the engine itself (invalid input, unused suppressions)."""
from __future__ import annotations

from jobkit.lint.rules.jk0 import invalid_document, unused_suppression

MODULES = (invalid_document, unused_suppression)
