"""JK305 hukou-region: household registration or birthplace as hiring conditions."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, demographics

PROBE = probe("JK305")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("text,words", [
    ("本地户口", "本地户口"),
    ("限本市户籍", "限本市户籍"),
    ("非农业户口", "非农业户口"),
    ("须持有本市户籍", "须持有本市户籍"),
    ("上海户籍优先", "上海户籍优先"),
    ("籍贯：湖南", "籍贯：湖南"),
    ("本地人优先", "本地人优先"),
    ("河南人勿扰", "河南人勿扰"),
    ("东北籍免谈", "东北籍免谈"),
])
def test_restrictions_are_found(text, words, tmp_path):
    assert found(demographics(text), tmp_path) == [words]


@pytest.mark.parametrize("text", [
    "不限", "户籍不限", "不限户籍", "户籍、地域不限", "熟悉上海方言者优先",
    "持有本市职业资格证书者优先", "入职时提供户口本复印件",
])
def test_open_wording_is_clean(text, tmp_path):
    assert found(demographics(text), tmp_path) == []


def test_refusals_are_found_in_any_field(tmp_path):
    change = {"summary": "受理客户投诉并跟踪处理结果，外地人勿扰。"}
    assert found(change, tmp_path) == ["外地人勿扰"]


def test_customers_and_the_workplace_are_not_conditions(tmp_path):
    change = {"summary": "为本市户籍的65岁以上老人提供上门检修预约，对预约按时率负责。",
              "environment": {"workplace": "上海市浦东新区客户服务中心"}}
    assert found(change, tmp_path) == []


def test_a_hiring_plan_is_checked(tmp_path):
    change = {"kind": "plan", "title": "客服团队扩编实施方案",
              "objectives": ["三个月内招聘10名客服专员，限本市户籍"]}
    assert found(change, tmp_path) == ["限本市户籍"]


def test_position_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限", "  demographics: 学历大专，本地户口")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  demographics: 学历大专，本地户口") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 22, 26)
    assert "《网络招聘服务管理规定》第十五条" in problem.message.zh
    assert "第三十一条" not in problem.message.zh  # it protects rural workers only
    assert problem.suggestion is not None and "户籍不限" in problem.suggestion.zh
    assert problem.level == "error"


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("hukou-region") == []


@pytest.mark.parametrize("item", ["农村人勿扰", "农村户口免谈", "非农业户口", "限城镇户口"])
def test_a_limit_on_rural_workers_cites_the_article_that_protects_them(item, tmp_path):
    [problem] = problems(demographics(item), tmp_path)
    assert "《就业促进法》第三十一条" in problem.message.zh and "art. 31" in problem.message.en
    assert "《网络招聘服务管理规定》第十五条" in problem.message.zh


@pytest.mark.parametrize("item", ["限本市户籍", "外地人勿扰", "籍贯：湖南", "农业户口"])
def test_other_limits_do_not_cite_the_rural_workers_article(item, tmp_path):
    [problem] = problems(demographics(item), tmp_path)
    assert "第三十一条" not in problem.message.zh and "art. 31" not in problem.message.en
