"""JK4xx: Chinese typography (GB/T 15834-2011), with safe fixes."""
from __future__ import annotations

from jobkit.lint.rules.jk4 import (cjk_latin_spacing, fullwidth_digits, fullwidth_punctuation,
                                   invisible_characters, paired_marks, repeated_punctuation)

MODULES = (fullwidth_punctuation, fullwidth_digits, repeated_punctuation, paired_marks,
           invisible_characters, cjk_latin_spacing)
