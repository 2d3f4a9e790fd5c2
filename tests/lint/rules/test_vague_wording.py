"""JK109 vague-wording: vague words in duties and the summary, at the word itself."""
from __future__ import annotations

import pytest
from jk1_job import document, lint, position, where


def duty(statement: str, standard: str = "客户接受率不低于85%", deadline: str = "受理后48小时内",
         summary: str = "summary: 受理并处理客户投诉，对处理时效负责。\n") -> str:
    return document(f"""\
        duties:
          - title: 投诉处理
            statement: {statement}
            standard: {standard}
            deadline: {deadline}
        """, summary=summary)


@pytest.mark.parametrize("word", ["等等", "相关工作", "一些", "适当", "尽量", "酌情", "其他事项"])
def test_vague_words_are_reported_at_the_word(tmp_path, word):
    text = duty(f"调查核实客户投诉并给予{word}补偿")
    found = lint(tmp_path, "JK109", text)
    assert where(found) == [position(text, word)]
    assert found[0].end_col == found[0].col + len(word)


def test_quoted_words_are_not_reported(tmp_path):
    text = duty("按《投诉处理相关工作规范》答复客户，使用“尽量为您解决”等标准话术")
    assert lint(tmp_path, "JK109", text) == []


def test_timeliness_words_need_a_figure_in_the_text_or_the_deadline(tmp_path):
    assert lint(tmp_path, "JK109", duty("及时答复客户")) == []  # the deadline has 48小时
    text = duty("及时答复客户", deadline="按客户要求")
    assert where(lint(tmp_path, "JK109", text)) == [position(text, "及时")]
    assert lint(tmp_path, "JK109", duty("及时（2小时内）答复客户", deadline="按客户要求")) == []
    text = duty("答复客户", standard="定期跟进，回复及时率不低于95%", deadline="按客户要求")
    assert lint(tmp_path, "JK109", text) == []  # a figure in the standard


def test_the_standard_and_the_summary_are_checked_too(tmp_path):
    text = duty("调查核实客户投诉", standard="尽量让客户满意",
                summary="summary: 受理客户投诉，负责投诉处理等相关工作。\n")
    found = lint(tmp_path, "JK109", text)
    assert sorted(f.path for f in found) == ["duties[0].standard", "summary", "summary"]
    assert where(found)[0] == position(text, "负责投诉处理")


def test_responsible_for_work_in_a_later_clause(tmp_path):
    text = duty("调查核实客户投诉，负责客户回访工作")
    found = lint(tmp_path, "JK109", text)
    assert where(found) == [position(text, "负责客户回访工作")]
    assert lint(tmp_path, "JK109", duty("调查核实客户投诉，负责开展回访工作")) == []


def test_a_catch_all_statement_is_not_checked(tmp_path):
    assert lint(tmp_path, "JK109", duty("完成领导交办的其他相关工作")) == []
