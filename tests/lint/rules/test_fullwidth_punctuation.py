"""JK401 fullwidth-punctuation: half-width marks in Chinese text, and their fixes."""
from __future__ import annotations

import pytest

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.load import load_text

from jk4_probe import DUTIES, HEAD, apply, fixed_value as probe_fixed_value, lint_job

RULE = "JK401"


def lint(tmp_path, body: str):
    return lint_job(tmp_path, body, RULE)


def fixed_value(tmp_path, body: str, key: str = "summary"):
    return probe_fixed_value(tmp_path, body, RULE, key)


def test_comma_and_period_after_chinese_are_reported_where_they_stand(tmp_path):
    _, found = lint(tmp_path, "summary: 受理客户投诉,并登记分类.\n")
    assert [(f.line, f.col) for f in found] == [(4, 16), (4, 22)]
    assert found[0].level == "info"
    assert "，" in found[0].message.zh and "，" in found[0].message.en


def test_fix_makes_the_marks_full_width(tmp_path):
    body = "summary: 受理客户投诉,并登记分类;注意:重大投诉立即上报!是否升级?由主管决定.\n"
    assert fixed_value(tmp_path, body) == "受理客户投诉，并登记分类；注意：重大投诉立即上报！是否升级？由主管决定。"


@pytest.mark.parametrize("value", [
    "处理时限为9:30-18:00，比例3:1，金额1,000元，评分4.5分",
    "版本v2.0.1上线，详见https://example.com/help?a=1,b=2或https://example.com/x.",
    "邮件发送至kefu@example.com，附件保存在/data/complaints/2026.xlsx或D:\\共享\\投诉台账.xlsx",
    "您好{{ customer.name }}，请于{{ due_date }}前回复",
    "报告.docx由主管审阅，1.受理投诉，2.登记分类",
    "Customer first, always. Be kind!",
    "English only (no Chinese here): fine.",
    "达到98%以上，e.g.每周抽查",
    "（1）受理投诉；（2）登记分类",
])
def test_numbers_times_links_paths_placeholders_and_latin_text_are_left_alone(tmp_path, value):
    _, found = lint(tmp_path, f"summary: '{value}'\n")
    assert found == []


def test_parentheses_around_or_next_to_chinese_become_full_width(tmp_path):
    body = "summary: 使用客户关系管理(CRM)系统登记投诉 (含电话投诉)\n"
    _, found = lint(tmp_path, body)
    assert [f.col for f in found] == [18, 22, 30, 36]
    assert fixed_value(tmp_path, body) == "使用客户关系管理（CRM）系统登记投诉（含电话投诉）"


def test_latin_parentheses_and_unpaired_list_marks_stay(tmp_path):
    _, found = lint(tmp_path, "summary: 熟悉 Microsoft Office (Excel) 和 f(x)，1)受理\n")
    assert found == []


def test_a_list_number_in_parentheses_before_chinese_is_fixed(tmp_path):
    assert fixed_value(tmp_path, "summary: (1)受理投诉\n") == "（1）受理投诉"


def test_a_half_width_mark_paired_with_a_full_width_one_is_fixed(tmp_path):
    assert fixed_value(tmp_path, "summary: 登记（CRM)系统\n") == "登记（CRM）系统"


def test_spaces_typed_around_the_mark_go_with_it(tmp_path):
    assert fixed_value(tmp_path, "summary: 登记系统 , 回访客户\n") == "登记系统，回访客户"


def test_repeated_marks_are_left_to_jk403(tmp_path):
    _, found = lint(tmp_path, "summary: 立即上报!!!好的...\n")
    assert found == []


def test_percent_then_period_ends_a_chinese_sentence(tmp_path):
    assert fixed_value(tmp_path, "summary: 满意度不低于98%.\n") == "满意度不低于98%。"


def test_in_a_folded_block_the_fix_lands_on_the_right_line(tmp_path):
    body = "summary: >-\n  受理投诉,登记分类\n  并回访客户(按周).\n"
    text, found = lint(tmp_path, body)
    assert [(f.line, f.col) for f in found] == [(5, 7), (6, 8), (6, 11)]
    after = apply(text, found)
    assert "  受理投诉，登记分类\n  并回访客户（按周）.\n" in after


def test_quoting_comments_and_key_order_are_kept(tmp_path):
    body = ("summary: '受理投诉,登记分类'  # 岗位概要\n"
            "duties:\n  - title: 投诉受理\n    statement: \"受理投诉,登记\"  # 职责\n")
    text, found = lint(tmp_path, body)
    after = apply(text, found)
    assert "summary: '受理投诉，登记分类'  # 岗位概要\n" in after
    assert "    statement: \"受理投诉，登记\"  # 职责\n" in after
    assert list(load_text(after, "x").data) == list(load_text(text, "x").data)


def test_no_fix_where_an_escape_makes_the_source_differ(tmp_path):
    text, found = lint(tmp_path, 'summary: "受理\\t投诉,登记"\n')
    assert len(found) == 1
    if found[0].fix:  # a fix must replace exactly the mark it reports
        (start, end, _), = found[0].fix
        assert text[start:end] == ","


def test_every_fix_replaces_exactly_the_reported_characters(tmp_path):
    body = "summary: 登记(CRM)系统, 回访:每周一次;https://a.example/x,y 联系kefu@example.com,谢谢!\n"
    text, found = lint(tmp_path, body)
    assert len(found) == 7
    for finding in found:
        (start, end, _), = finding.fix
        assert text[start:end].strip(" ") in ",:;!()"
    assert "https://a.example/x,y" in apply(text, found)


def test_in_an_english_document_only_marks_inside_chinese_count(tmp_path):
    path = tmp_path / "job.yaml"
    path.write_text(HEAD.replace("kind: job\n", "kind: job\nlang: en\n") + DUTIES
                    + "summary: Contact 客服部, then escalate (升级) to 主管. 受理投诉,登记分类\n",
                    encoding="utf-8")
    found = [f for f in lint_paths([path], Config(), LintOptions(select=(RULE,))).findings]
    assert [f.col for f in found] == [53]
