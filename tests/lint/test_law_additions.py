"""jobkit.yaml lint.laws: an organisation adds wordings (and exceptions) to the JK3 law tables."""
from __future__ import annotations

import json

JOB = """\
kind: job
id: service-agent
basic: {title: 客服专员, department: 客服部}
summary: 负责接听客户来电并处理咨询。
duties:
  - {title: 接听来电, statement: 接听客户来电并记录诉求, standard: 记录完整, deadline: 当日}
qualifications:
  demographics: 需男同志。有一年以上客服工作经验者，男性优先
"""


def project(tmp_path, laws: str):
    (tmp_path / "jobkit.yaml").write_text("lang: zh-CN\nlint:\n  laws:\n" + laws, encoding="utf-8")
    (tmp_path / "job.yaml").write_text(JOB, encoding="utf-8")
    return tmp_path / "job.yaml"


def findings(jobkit, path):
    result = jobkit("lint", "--select", "JK301", "--format", "json", str(path))
    assert result.code in (0, 1), result.text
    return [f["message"] for f in json.loads(result.out)["findings"]] if result.out.strip() \
        else []


def test_without_additions_only_the_shipped_wordings_are_found(tmp_path, jobkit):
    (tmp_path / "job.yaml").write_text(JOB, encoding="utf-8")
    found = findings(jobkit, tmp_path / "job.yaml")
    assert len(found) == 1 and "男性优先" in found[0]


def test_an_added_pattern_is_reported_with_the_tables_law(tmp_path, jobkit):
    path = project(tmp_path, "    gender-restriction:\n      patterns: ['需%SEX%同志']\n")
    found = findings(jobkit, path)
    assert len(found) == 2
    added = next(m for m in found if "需男同志" in m)
    assert "《妇女权益保障法》第四十三条" in added


def test_an_added_exception_is_never_reported(tmp_path, jobkit):
    path = project(tmp_path, "    gender-restriction:\n      allow: [男性优先]\n")
    assert findings(jobkit, path) == []


def test_an_added_pattern_may_be_limited_to_hiring_conditions(tmp_path, jobkit):
    laws = ("    gender-restriction:\n      patterns:\n"
            "        - {pattern: '需%SEX%同志', context: hiring}\n")
    path = project(tmp_path, laws)
    assert len(findings(jobkit, path)) == 2  # qualifications set hiring conditions


def test_a_broken_pattern_is_a_config_error_at_its_position(tmp_path, jobkit):
    path = project(tmp_path, "    gender-restriction:\n      patterns: ['限(男']\n")
    result = jobkit("lint", str(path))
    assert result.code == 2
    assert "jobkit.yaml:5:18" in result.text and "正则表达式" in result.text
    assert "Traceback" not in result.text


def test_an_undefined_phrase_name_is_a_config_error(tmp_path, jobkit):
    path = project(tmp_path, "    gender-restriction:\n      patterns: ['限%GENDER%']\n")
    result = jobkit("lint", "--lang", "en", str(path))
    assert result.code == 2 and "%GENDER%" in result.text and "%SEX%" in result.text


def test_an_unknown_table_is_a_schema_error_naming_the_tables(tmp_path, jobkit):
    path = project(tmp_path, "    gender-restrictions:\n      patterns: [需男同志]\n")
    result = jobkit("lint", str(path))
    assert result.code == 2 and "gender-restrictions" in result.text
    assert "Traceback" not in result.text
