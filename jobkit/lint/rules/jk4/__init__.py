"""JK4xx: Chinese typography (GB/T 15834-2011), with safe fixes."""
from __future__ import annotations

MODULES: tuple = ()
