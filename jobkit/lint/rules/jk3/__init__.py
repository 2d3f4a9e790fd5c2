"""JK3xx: law and fairness in hiring conditions."""
from __future__ import annotations

from jobkit.lint.rules.jk3 import (age_restriction, appearance_requirement,
                                   disability_discrimination, ethnicity_religion,
                                   gender_restriction, gendered_wording_en, hukou_region,
                                   infectious_disease_carrier, marriage_childbearing,
                                   pregnancy_test)

MODULES: tuple = (gender_restriction, marriage_childbearing, pregnancy_test, ethnicity_religion,
                  hukou_region, age_restriction, appearance_requirement, gendered_wording_en,
                  disability_discrimination, infectious_disease_carrier)
