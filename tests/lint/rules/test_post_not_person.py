"""JK110 post-not-person: no pronouns, personal names or 李经理-style address."""
from __future__ import annotations

import pytest
from jk1_job import HEAD, document, duty_list, lint, position, where


def with_summary(summary: str) -> str:
    return document(duty_list("受理客户投诉并登记分类"), summary=f"summary: {summary}\n")


@pytest.mark.parametrize("summary,word", [
    ("他负责受理客户投诉。", "他"), ("我们希望你耐心细致。", "我们"),
    ("受理投诉后报李经理审核。", "李经理"), ("由王主管安排回访。", "王主管"),
    ("重大投诉报张总审批。", "张总"), ("客服部刘经理负责复核。", "刘经理"),
    ("投诉由张三受理，李四复核。", "张三"), ("请您耐心等待。", "您"),
])
def test_person_words_are_reported_at_the_word(tmp_path, summary, word):
    text = with_summary(summary)
    found = lint(tmp_path, "JK110", text)
    assert where(found)[0] == position(text, word)
    assert found[0].end_col == found[0].col + len(word)


@pytest.mark.parametrize("summary", [
    "协调其他部门处理投诉，不向他人泄露客户信息。",
    "受理投诉，重大投诉报投诉主管审核，向部门经理汇报。",
    "交由投诉主管审批，按流程主管的要求整改。",
    "配合工程经理和项目经理完成交付，每周总结。",
    "使用“您好，请问有什么可以帮您”问候客户。",
    "代表我司与客户沟通，填写一张三联单。",
    "对接总经理办公室，协助大客户经理跟进回款。",
    "配合交付主管和交易主管完成验收，不向他人泄露客户信息。",
])
def test_posts_and_quoted_scripts_pass(tmp_path, summary):
    assert lint(tmp_path, "JK110", with_summary(summary)) == []


def test_free_text_references_are_checked(tmp_path):
    head = HEAD.replace("basic: {title: 投诉处理专员, department: 客户服务部}",
                        "basic: {title: 投诉处理专员, department: 客户服务部, reports_to: 李经理}")
    text = document(duty_list("受理客户投诉并登记分类") + "relations: {supervised_by: [王主管]}\n",
                    head=head)
    found = lint(tmp_path, "JK110", text)
    assert sorted(f.path for f in found) == ["basic.reports_to", "relations.supervised_by[0]"]
