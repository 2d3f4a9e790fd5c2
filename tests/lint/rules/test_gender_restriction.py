"""JK301 gender-restriction: sex as a hiring condition, in any field; not 性别不限 or prohibitions."""
from __future__ import annotations

import pytest
import yaml

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, demographics

PROBE = probe("JK301")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("text,words", [
    ("限男性", "限男性"),
    ("限女", "限女"),
    ("男性优先", "男性优先"),
    ("女士优先", "女士优先"),
    ("仅招男性", "仅招男性"),
    ("只要女生", "只要女生"),
    ("要求男性", "要求男性"),
    ("性别：男", "性别：男"),
    ("性别要求：女", "性别要求：女"),
    ("女性勿扰", "女性勿扰"),
    ("不招女生", "不招女生"),
    ("谢绝女性", "谢绝女性"),
    ("本岗位更适合男性", "更适合男性"),
    ("招男生2名", "招男生2名"),
    ("大专以上学历，男士优先", "男士优先"),
    ("Applicants must be male.", "must be male"),
    ("Female candidates preferred.", "Female candidates preferred"),
])
def test_restrictions_are_found(text, words, tmp_path):
    assert found(demographics(text), tmp_path) == [words]


@pytest.mark.parametrize("text", [
    "不限", "性别不限", "不限性别", "男女不限", "不限男女", "男女均可", "无性别要求",
    "性别：不限", "性别：男女不限", "性别、年龄不限", "称呼客户为先生或女士",
    "哺乳期女职工每天享有1小时哺乳时间",
])
def test_open_wording_is_clean(text, tmp_path):
    assert found(demographics(text), tmp_path) == []


def test_customers_and_staff_facilities_are_not_conditions(tmp_path):
    change = {"summary": "受理女性客户关于母婴产品的投诉，对处理时效和客户满意度负责。",
              "environment": {"workplace": "客户服务中心，设有女职工休息室"}}
    assert found(change, tmp_path) == []


def test_hidden_in_other_fields(tmp_path):
    change = {"summary": "受理客户投诉并跟踪处理结果，本岗位限男性。",
              "basic": {"title": "前台接待（女）"},
              "qualifications": {"abilities": ["沟通表达能力", "男性优先"]}}
    assert sorted(found(change, tmp_path)) == sorted(["限男性", "（女）", "男性优先"])


def test_prohibitions_and_quoted_mentions_in_a_policy_are_clean(tmp_path):
    change = {"kind": "policy", "title": "招聘与录用管理制度", "chapters": [{"title": "公平招聘", "articles": [
        "招聘中不得设置性别限制，不得以性别为由拒绝录用女性或者提高对女性的录用标准。",
        "招聘信息中不得出现“限男性”“男性优先”等字样。",
        {"text": "招聘工作中禁止下列行为：", "items": ["限定男性或者规定男性优先", "询问女性求职者的婚育情况"]},
        "以性别为由拒绝录用属于就业歧视。",
        "依据《中华人民共和国妇女权益保障法》制定本章。",
    ]}]}
    assert found(change, tmp_path) == []


def test_a_hiring_policy_article_is_checked(tmp_path):
    change = {"kind": "policy", "title": "客服专员招聘管理办法", "chapters": [
        {"title": "招聘条件", "articles": ["客服专员岗位限女性，具有大专以上学历。"]}]}
    assert found(change, tmp_path) == ["限女性"]


def test_national_rules_on_work_unsuitable_for_women_justify(tmp_path):
    text = "依据《女职工劳动保护特别规定》，矿山井下作业岗位限男性"
    assert found(demographics(text), tmp_path) == []


def test_position_points_at_the_words_in_a_block_scalar(tmp_path):
    text = BASES["job"].replace(
        "summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责。",
        "summary: >-\n  受理并处理客户投诉，对投诉处理时效和客户满意度负责；\n  本岗位限男性，需适应夜间值守。")
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    found_here = [p for p in lint_paths([path], Config(), LintOptions()).findings
                  if p.code == "JK301"]
    assert [(p.line, p.col, p.end_col, p.path) for p in found_here] == [(12, 6, 9, "summary")]


def test_message_cites_the_articles_and_suggests_a_rewording(tmp_path):
    [problem] = problems(demographics("限男性"), tmp_path)
    assert "《妇女权益保障法》第四十三条" in problem.message.zh
    assert "《就业促进法》第二十七条" in problem.message.zh
    assert "art. 43" in problem.message.en and "art. 27" in problem.message.en
    assert problem.suggestion is not None and "性别不限" in problem.suggestion.zh
    assert problem.level == "error"


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("gender-restriction") == []


@pytest.mark.parametrize("item,words", [
    ("鼓励女性申请", []), ("欢迎女性求职者报名", []), ("热烈欢迎女性加入客服团队", []),
    ("欢迎男性，女性勿扰", ["女性勿扰"]), ("欢迎报名，限男性", ["限男性"]),
])
def test_an_invitation_is_a_positive_measure_not_a_condition(item, words, tmp_path):
    assert found(demographics(item), tmp_path) == words
