"""JK114 authority-verb-level: approving verbs need authority; managers direct."""
from __future__ import annotations

import pytest
from jk1_job import HEAD, document, lint, position, where


MANAGER = HEAD.replace("department: 客户服务部}",
                       "department: 客户服务部, subordinates: [投诉专员]}")


def duty(statement: str, authority: str = "执行") -> str:
    return document(f"""\
        duties:
          - title: 补偿处理
            statement: {statement}
            authority: {authority}
        """)


def test_approving_without_authority_is_reported_at_the_verb(tmp_path):
    text = duty("审批客户补偿申请并签发补偿通知")
    found = lint(tmp_path, "JK114", text)
    assert where(found) == [position(text, "审批"), position(text, "签发")]
    assert found[0].level == "info"


@pytest.mark.parametrize("statement", [
    "拟订补偿方案报投诉主管审批",
    "超出授权额度的转交投诉主管审定",
    "提交部门经理批准后执行",
    "跟踪审批进度并告知客户",
    "根据故障情况决定是否上门",
    "协助主管审批补偿申请",
])
def test_someone_elses_approval_passes(tmp_path, statement):
    assert lint(tmp_path, "JK114", duty(statement)) == []


def test_stated_authority_allows_approving(tmp_path):
    assert lint(tmp_path, "JK114", duty("审批2000元以内的补偿申请", authority="审批")) == []


def test_a_post_with_subordinates_may_approve(tmp_path):
    text = document("""\
        duties:
          - {title: 补偿审批, statement: 审批客户补偿申请, authority: 执行}
          - {title: 团队管理, statement: 安排投诉专员排班并考核其绩效}
        """, head=MANAGER)
    assert lint(tmp_path, "JK114", text) == []


def test_a_manager_without_directing_verbs_is_reported_at_duties(tmp_path):
    text = document("""\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉}
          - {title: 回访, statement: 回访投诉客户}
        """, head=MANAGER)
    found = lint(tmp_path, "JK114", text)
    assert [f.path for f in found] == ["duties"] and "管理类动词" in found[0].message.zh
