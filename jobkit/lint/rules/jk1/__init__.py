"""JK1xx: duty phrasing (《客户服务管理体系设计全案》 and common job-analysis practice)."""
from __future__ import annotations

from jobkit.lint.rules.jk1 import (authority_verb_level, catch_all_last, duplicate_duty,
                                   duties_ordered, duty_count, duty_has_deadline,
                                   duty_has_standard, duty_not_trivial, duty_starts_with_verb,
                                   duty_title_keywords, duty_too_long, post_not_person,
                                   should_not_current, time_share_total, vague_wording)

MODULES = (
    duty_starts_with_verb,  # JK101
    duty_has_standard,  # JK102
    duty_has_deadline,  # JK103
    duty_title_keywords,  # JK104
    duty_not_trivial,  # JK105
    duty_too_long,  # JK106
    duties_ordered,  # JK107
    time_share_total,  # JK108
    vague_wording,  # JK109
    post_not_person,  # JK110
    should_not_current,  # JK111
    catch_all_last,  # JK112
    duplicate_duty,  # JK113
    authority_verb_level,  # JK114
    duty_count,  # JK115
)
