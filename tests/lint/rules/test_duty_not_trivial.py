"""JK105 duty-not-trivial: a duty is an area of work, not a tiny task."""
from __future__ import annotations

import pytest
from jk1_job import document, lint, position, where


def duty(statement: str, time_pct: int = 5) -> str:
    return document(f"""\
        duties:
          - title: 文书事务
            statement: {statement}
            time_pct: {time_pct}
        """)


@pytest.mark.parametrize("statement", ["打印部门文件", "复印和装订会议材料", "收发快递和信件",
                                       "订餐", "接电话并转给相关人员"])
def test_small_tasks_are_reported_at_the_act(tmp_path, statement):
    text = duty(statement)
    found = lint(tmp_path, "JK105", text)
    assert len(found) == 1 and found[0].level == "info"
    assert where(found) == [position(text, statement)]


def test_a_very_short_statement_is_reported(tmp_path):
    found = lint(tmp_path, "JK105", duty("受理投诉"))
    assert len(found) == 1 and "4 个字" in found[0].message.zh


@pytest.mark.parametrize("statement", [
    "接听客户来电并解答咨询",
    "起草、印发和归档部门通知、会议纪要等文件，建立文件收发台账",
    "扫描客户签署的服务合同，上传合同管理系统并核对合同编号与订单一致",
    "完成领导交办的其他工作",
])
def test_areas_of_work_pass(tmp_path, statement):
    assert lint(tmp_path, "JK105", duty(statement)) == []


def test_a_large_time_share_means_it_is_the_job(tmp_path):
    assert lint(tmp_path, "JK105", duty("收发快递和信件", time_pct=30)) == []
