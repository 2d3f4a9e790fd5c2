"""jobkit: job analyses and management-system documents as YAML, checked and published."""
from __future__ import annotations

__version__ = "0.1.0"
