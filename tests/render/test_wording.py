"""Text the renderer composes reads as a person would write it, in Chinese and in English."""
from __future__ import annotations

import pytest

from conftest import MINIMAL_JOB
from jobkit.load import load_text
from jobkit.model import build_document
from jobkit.render.context import Index, job_texts


def texts(extra: str, lang: str = "zh-CN") -> dict:
    text = MINIMAL_JOB + (f"lang: {lang}\n" if lang != "zh-CN" else "") + extra
    return job_texts(build_document(load_text(text, "job.yaml").data), Index())


@pytest.mark.parametrize("experience,shown", [
    ("{years: 5, field: 家电安装维修服务}", "5年以上家电安装维修服务经验"),
    ("{years: 3, field: 客户服务工作经验}", "3年以上客户服务工作经验"),
    ("{years: 5, field: 家电安装维修服务，其中班组管理不少于2年}",
     "5年以上家电安装维修服务，其中班组管理不少于2年"),  # a clause of its own: kept as typed
    ("{years: 2}", "2年以上工作经验"),
    ("{field: 呼叫中心座席}", "呼叫中心座席"),
    ("不要求相关工作年限", "不要求相关工作年限"),
])
def test_experience_reads_like_a_sentence(experience, shown):
    assert texts(f"qualifications:\n  experience: {experience}\n")["qualifications"][
        "experience"] == shown


def test_english_experience_and_training_hours():
    english = texts("qualifications:\n  experience: {years: 5, field: appliance repair}\n"
                    "  training: [{subject: Product safety, hours: 8}]\n", "en")
    assert english["qualifications"]["experience"] == "at least 5 years of appliance repair"
    assert english["qualifications"]["training"] == "Product safety (8 hours)"


def test_no_space_between_a_number_and_a_chinese_unit():
    chinese = texts("qualifications:\n  training: [{subject: 产品安全, hours: 8}]\n")
    assert chinese["qualifications"]["training"] == "产品安全（8学时）"
    text = MINIMAL_JOB.replace("  department: 客户服务部\n", "  department: 客户服务部\n  pay: "
                               "{min: 3000, max: 5000, currency: 元, period: month}\n")
    basic = job_texts(build_document(load_text(text, "job.yaml").data), Index())["basic"]
    assert basic["pay"] == "3000–5000元/月"


def test_a_roles_duties_in_a_policy_are_clauses_not_a_list_of_nouns():
    from conftest import MINIMAL_POLICY
    from jobkit.render.context import policy_chapters

    text = MINIMAL_POLICY + ("responsibilities:\n  - role: 客户服务部\n    duties: "
                             "[归口管理投诉工作, 制订和修订投诉管理制度、处理流程, 每月发布投诉分析报告。]\n")
    policy = build_document(load_text(text, "policy.yaml").data)
    general = policy_chapters(policy, Index())[0]["articles"]
    [items] = [a["enumeration"] for a in general if a["enumeration"] and "客户服务部" in
               a["enumeration"][0][1]]
    assert items[0][1] == ("客户服务部：归口管理投诉工作；制订和修订投诉管理制度、处理流程；"
                           "每月发布投诉分析报告。")
