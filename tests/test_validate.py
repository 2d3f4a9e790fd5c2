"""`jobkit validate`: every error of every file, positioned, in Chinese or English."""
from __future__ import annotations

from conftest import MINIMAL_JOB

BROKEN_JOB = """\
kind: job
id: complaint-specialist
basic:
  titel: 投诉处理专员
  department: 客户服务部
  headcount: -1
summary: 受理客户投诉。
duties:
  - title: 投诉受理
    statment: 受理客户投诉
    authority: 执行
  - title: 投诉回访
    statement: 回访客户
    essential: 也许
qualifications:
  education: {level: 大专, majr: 市场营销}
status: aproved
"""


def test_reports_all_errors_not_only_the_first(jobkit, write):
    path = write("job.yaml", BROKEN_JOB)
    result = jobkit("validate", "--lang", "en", str(path))
    assert result.code == 2
    lines = result.out.strip().splitlines()
    expected = [
        "4:3: basic.titel: unknown field 'titel'; did you mean 'title'?",
        "3:1: basic: missing required field 'title'",
        "6:14: basic.headcount: -1 is out of range: must be at least 0",
        "10:5: duties[0].statment: unknown field 'statment'; did you mean 'statement'?",
        "9:5: duties[0]: missing required field 'statement'",
        "14:16: duties[1].essential: expected true or false, got text",
        "16:26: qualifications.education.majr: unknown field 'majr'; did you mean 'major'?",
        "17:9: status: invalid value 'aproved'",
    ]
    for fragment in expected:
        assert any(line.startswith(f"{path}:") and fragment in line for line in lines), fragment
    assert len(lines) == len(expected)


def test_messages_in_chinese_by_default(jobkit, write):
    path = write("job.yaml", BROKEN_JOB)
    result = jobkit("validate", str(path))
    assert "未知字段 titel，是不是想写 title？" in result.out
    assert "缺少必填字段 title（职位名称）" in result.out
    assert "共 8 处错误" in result.err


def test_language_comes_from_the_configuration(jobkit, write, tmp_path):
    write("jobkit.yaml", "lang: en\n")
    path = write("docs/job.yaml", BROKEN_JOB)
    result = jobkit("validate", str(path), cwd=tmp_path)
    assert "did you mean 'title'" in result.out


def test_valid_files_exit_zero_and_print_nothing_on_stdout(jobkit, write):
    path = write("job.yaml", MINIMAL_JOB)
    result = jobkit("validate", str(path))
    assert result.code == 0 and result.out == ""


def test_folders_are_searched_recursively_for_yaml_and_yml(jobkit, write, tmp_path):
    write("p/modules/complaint/jobs/a.yaml", MINIMAL_JOB)
    write("p/modules/complaint/jobs/b.yml", MINIMAL_JOB.replace("title: 投诉受理", "title: 投诉登记"))
    write("p/modules/complaint/jobs/readme.txt", "not yaml")
    write("p/.hidden/c.yaml", "not: [valid")
    result = jobkit("validate", "--lang", "en", str(tmp_path / "p"))
    assert result.code == 0, result.text
    assert "2 file(s) checked, 0 invalid" in result.err


def test_invalid_configuration_is_reported_with_its_position(jobkit, write, tmp_path):
    write("jobkit.yaml", "lang: fr\norganisation: {name: x}\n")
    path = write("job.yaml", MINIMAL_JOB)
    result = jobkit("validate", "--lang", "en", str(path), cwd=tmp_path)
    assert result.code == 2
    assert "jobkit.yaml:1:7:" in result.err and "jobkit.yaml:2:1:" in result.err
    assert "did you mean 'organization'" in result.err


def test_missing_path_is_a_usage_error(jobkit, tmp_path):
    result = jobkit("validate", str(tmp_path / "nope.yaml"))
    assert result.code == 2 and "does not exist" in result.err and "Traceback" not in result.err


def test_unknown_kind_stops_schema_checks_with_a_suggestion(jobkit, write):
    path = write("x.yaml", "kind: polcy\nid: x\n")
    result = jobkit("validate", "--lang", "en", str(path))
    assert result.code == 2 and "did you mean 'policy'" in result.out


def test_missing_kind(jobkit, write):
    path = write("x.yaml", "id: x\n")
    result = jobkit("validate", "--lang", "en", str(path))
    assert f"{path}:1:1: kind: missing kind" in result.out


def test_text_or_mapping_fields_explain_the_branch_that_was_meant(jobkit, write):
    path = write("job.yaml", MINIMAL_JOB + "basic2: 1\n".replace("basic2: 1\n", "")
                 + "qualifications:\n  experience: {years: 两年}\n  education: [大专]\n")
    result = jobkit("validate", "--lang", "en", str(path))
    assert "qualifications.experience.years: expected a number, got text" in result.out
    assert "qualifications.education: expected text or a mapping (key: value), got a list" \
        in result.out
