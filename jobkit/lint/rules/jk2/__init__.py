"""JK2xx: internal consistency of one document."""
from __future__ import annotations

from jobkit.lint.rules.jk2 import (approved_complete, headcount_subordinates, kpi_reference,
                                   kpi_weights_total, policy_normative_clauses, process_graph,
                                   qualification_matches_duties, review_overdue,
                                   revision_recorded, values_fit_columns)

MODULES = (
    qualification_matches_duties,  # JK201
    kpi_weights_total,  # JK202
    kpi_reference,  # JK203
    headcount_subordinates,  # JK204
    review_overdue,  # JK205
    approved_complete,  # JK206
    policy_normative_clauses,  # JK207
    process_graph,  # JK208
    values_fit_columns,  # JK209
    revision_recorded,  # JK210
)
