"""JK302 marriage-childbearing: marriage and children as hiring conditions or questions."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, demographics

PROBE = probe("JK302")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("text,words", [
    ("已婚已育", "已婚已育"),
    ("已婚已育者优先", "已婚已育"),
    ("限未婚", "限未婚"),
    ("未婚者优先", "未婚者优先"),
    ("未婚", "未婚"),
    ("有子女者优先", "有子女者优先"),
    ("承诺入职后两年内不生育", "两年内不生育"),
    ("3年内不要孩子", "3年内不要孩子"),
    ("近期无生育计划", "近期无生育计划"),
    ("孕妇勿扰", "孕妇勿扰"),
    ("婚育情况：已婚已育", "婚育情况：已婚已育"),
    ("单身优先", "单身优先"),
])
def test_conditions_are_found(text, words, tmp_path):
    assert found(demographics(text), tmp_path) == [words]


@pytest.mark.parametrize("text", ["不限", "婚育不限", "婚姻状况不限", "性别、婚育不限"])
def test_open_wording_is_clean(text, tmp_path):
    assert found(demographics(text), tmp_path) == []


def test_an_application_form_may_not_ask(tmp_path):
    change = {"kind": "form", "title": "应聘人员登记表",
              "fields": [{"label": "姓名"}, {"label": "应聘岗位"}, {"label": "婚姻状况"},
                         {"label": "是否已育"}]}
    assert found(change, tmp_path) == ["婚姻状况", "是否已育"]


def test_customer_and_staff_records_outside_hiring_are_clean(tmp_path):
    survey = {"kind": "form", "title": "客户家庭情况调查表",
              "fields": [{"label": "客户姓名"}, {"label": "婚姻状况"}, {"label": "子女情况"}]}
    assert found(survey, tmp_path) == []
    onboarding = {"kind": "form", "title": "员工入职信息登记表",
                  "fields": [{"label": "姓名"}, {"label": "婚姻状况"}]}
    assert found(onboarding, tmp_path / "b") == []
    duty = {"summary": "为已婚客户家庭提供家电安装咨询，对咨询答复的准确率负责。"}
    assert found(duty, tmp_path / "c") == []


def test_benefits_and_prohibitions_in_a_policy_are_clean(tmp_path):
    change = {"kind": "policy", "title": "女职工权益保护规定", "chapters": [{"title": "招聘与假期",
              "articles": [
                  "公司招聘时不询问应聘者的婚育情况，不将婚姻、生育状况作为录用条件。",
                  "严禁要求求职者承诺一定期限内不结婚、不生育。",
                  "已婚女职工按国家规定享受婚假和产假。",
                  "哺乳期女职工每天享有1小时哺乳时间。",
              ]}]}
    assert found(change, tmp_path) == []


def test_position_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限", "  demographics: 大专以上学历，已婚已育")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  demographics: 大专以上学历，已婚已育") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 24, 28)
    assert problem.path == "qualifications.demographics"
    assert "《妇女权益保障法》第四十三条" in problem.message.zh and "art. 43" in problem.message.en
    assert problem.suggestion is not None and "删去" in problem.suggestion.zh
    assert problem.level == "error"


def test_promise_not_to_have_children_cites_both_laws(tmp_path):
    [problem] = problems(demographics("承诺两年内不生育"), tmp_path)
    assert "《就业促进法》第二十七条" in problem.message.zh


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("marriage-childbearing") == []


@pytest.mark.parametrize("item", ["欢迎已婚已育女性应聘", "欢迎已婚已育者"])
def test_welcoming_the_married_is_still_a_preference(item, tmp_path):
    # 已婚已育 is the group employers prefer, not one a positive measure helps
    assert found(demographics(item), tmp_path) == ["已婚已育"]
