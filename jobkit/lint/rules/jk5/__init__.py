"""JK5xx: the organisation as a whole: a folder or a pack."""
from __future__ import annotations

from jobkit.lint.rules.jk5 import (
    duplicate_duty_across_jobs, duplicate_id, duplicate_number, module_folder, pack_completeness,
    process_lane_owner, relation_symmetry, reporting_cycle, span_of_control, unknown_reference)

MODULES: tuple = (
    unknown_reference,  # JK501
    reporting_cycle,  # JK502
    relation_symmetry,  # JK503
    span_of_control,  # JK504
    duplicate_duty_across_jobs,  # JK505
    process_lane_owner,  # JK506
    pack_completeness,  # JK507
    module_folder,  # JK508
    duplicate_id,  # JK509
    duplicate_number,  # JK510
)
