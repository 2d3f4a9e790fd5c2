"""JK104 duty-title-keywords: a duty title is a few key words, not a sentence."""
from __future__ import annotations

import pytest
from jk1_job import document, lint, position, where


def duty(title: str) -> str:
    return document(f"""\
        duties:
          - title: {title}
            statement: 受理客户经电话和在线渠道提交的投诉并登记分类
        """)


@pytest.mark.parametrize("title", ["投诉受理", "投诉受理登记", "客户信用档案建立与维护", "回款跟踪",
                                   "CRM数据维护", "合并报表编制", "Complaint intake, logging"])
def test_key_word_titles_pass(tmp_path, title):
    assert lint(tmp_path, "JK104", duty(title)) == []


@pytest.mark.parametrize("title,needle,why", [
    ("受理客户投诉，登记分类", "，", "标点"),
    ("受理客户经电话和在线渠道提交的投诉", "受理", "个字"),
    ("负责投诉受理", "负责", "负责"),
    ("受理投诉并登记", "并", "串联"),
])
def test_sentence_titles_are_reported_where_the_sentence_shows(tmp_path, title, needle, why):
    text = duty(title)
    found = lint(tmp_path, "JK104", text)
    line, col = position(text, f"title: {title}")
    assert where(found) == [(line, col + len("title: ") + title.index(needle))]
    assert why in found[0].message.zh and found[0].path == "duties[0].title"
