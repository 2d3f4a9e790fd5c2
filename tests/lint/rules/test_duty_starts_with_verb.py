"""JK101 duty-starts-with-verb: a duty statement opens with an action verb."""
from __future__ import annotations

import pytest
from jk1_job import document, duty_list, lint, position, where

GOOD = [
    "接听客户来电并解答咨询",
    "负责受理客户投诉",
    "受理客户经电话、邮件和在线渠道提交的投诉并登记分类",
    "回访已结案的投诉客户并记录满意度评分",
    "每月5日前汇总上月投诉数据并报送客服主管",
    "定期回访重点客户",
    "登记客户报修信息并派发维修工单",
    "跟进未结案工单，督促维修网点按期上门",
    "催收逾期应收账款",
    "巡检客户现场设备运行状况",
    "录入客户资料",
    "抽查座席通话录音",
    "学习公司新产品知识",
    "根据年度经营目标制订大客户开发计划",
    "向客户解释退换货政策",
    "对逾期账款进行分级催收",
    "在投诉主管指导下，受理一般投诉",
    "客户来电时，核实客户身份后再办理业务",
    "7×24小时值守服务热线",
    "本岗位负责接听客户来电",
    "完成领导交办的其他工作",
    "监督整改措施的落实",
    "受理客户的投诉与咨询",
    "组织新员工培训",
    "管理客户信用档案",
    "建立与维护客户信用档案",
    "上门安装、调试客户购买的设备",
    "每日班前召开10分钟晨会",
    "负责在主管缺席时代理其职责",
    "Handle customer complaints",  # not Chinese: not judged
]

BAD = [
    ("客户投诉的受理与登记", "noun", "受理并登记客户投诉"),
    ("投诉受理工作", "nominal", "受理投诉"),
    ("负责投诉处理工作", "responsible", "处理投诉"),
    ("负责客户信用档案的建立与维护", "responsible", "建立并维护客户信用档案"),
    ("400热线来电接听", "noun", "接听400热线来电"),
    ("做好客户信息的维护", "nominal", "维护客户信息"),
    ("进行客户投诉的分类和登记", "nominal", "分类并登记客户投诉"),
    ("培训计划的制订与实施", "nominal", "制订并实施培训计划"),
    ("应收账款的催收", "noun", "催收应收账款"),
    ("CRM系统数据维护", "noun", "维护CRM系统数据"),
    ("负责客户投诉的相关工作", "responsible", None),
    ("售后服务工作", "noun", None),
]


@pytest.mark.parametrize("statement", GOOD)
def test_verb_openings_pass(tmp_path, statement):
    assert lint(tmp_path, "JK101", document(duty_list(statement))) == []


@pytest.mark.parametrize("statement,reason,suggestion", BAD)
def test_noun_and_nominalised_openings_fail_with_a_rewording(tmp_path, statement, reason,
                                                           suggestion):
    found = lint(tmp_path, "JK101", document(duty_list(statement)))
    assert len(found) == 1
    if suggestion:
        assert found[0].suggestion is not None and suggestion in found[0].suggestion.zh
    else:
        assert found[0].suggestion is None
    expected = {"noun": "动作动词开头", "responsible": "“负责”之后", "nominal": "名词化"}[reason]
    assert expected in found[0].message.zh


def test_position_is_the_opening_clause_also_in_a_block_scalar(tmp_path):
    text = document("""\
        duties:
          - title: 投诉受理
            statement: 受理客户投诉并登记分类
          - title: 档案维护
            statement: >-
              每月
              客户信用档案的建立与维护，确保资料齐全
        """)
    found = lint(tmp_path, "JK101", text)
    assert where(found) == [position(text, "客户信用档案")]
    assert found[0].path == "duties[1].statement"
    assert found[0].end_col is not None


def test_the_project_can_add_verbs(tmp_path):
    text = document(duty_list("甩单客户资料"))
    assert len(lint(tmp_path, "JK101", text)) == 1
    assert lint(tmp_path, "JK101", text, words={"verbs": ("甩单",)}) == []
