"""The revision history (修订记录) and the sign-off block (编制 / 审核 / 批准) print at the end of
every kind of document, in the PDF and the DOCX."""
from __future__ import annotations

import docx
import pytest
import yaml

from conftest import EXAMPLE
from render_helpers import pdf_text, rendered_into, squash

POLICY = EXAMPLE / "modules/complaint/policies/complaint-policy.yaml"
RECORD = {
    "revisions": [{"version": "1.0", "date": "2026-06-15", "author": "客户服务部",
                   "summary": "首次发布"},
                  {"version": "1.1", "date": "2026-09-01", "author": "投诉主管",
                   "summary": "增加微信公众号投诉渠道"}],
    "approval": {"prepared": {"name": "投诉主管", "date": "2026-08-25"},
                 "reviewed": {"name": "客户服务部经理", "date": "2026-08-28"}},
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("record")
    data = yaml.safe_load(POLICY.read_text("utf-8"))
    source = folder / "policy.yaml"
    source.write_text(yaml.safe_dump({**data, **RECORD}, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    out = rendered_into(folder / "out", source)
    return out / f"{data['id']}.pdf", out / f"{data['id']}.docx"


def test_the_pdf_ends_with_the_revisions_and_the_sign_off(rendered):
    text = squash(pdf_text(rendered[0]))
    tail = text[text.index("修订记录"):]
    for expected in ("版本", "修订日期", "修订人", "修订内容", "1.1", "2026年9月1日",
                     "增加微信公众号投诉渠道", "审批", "编制", "审核", "批准", "客户服务部经理",
                     "2026年8月28日"):
        assert expected in tail, expected
    assert text.index("修订记录") > text.index("附则")  # after the policy's last chapter


def test_the_docx_has_both_tables_and_a_blank_for_the_missing_signature(rendered):
    tables = docx.Document(str(rendered[1])).tables
    heads = [[c.text for c in t.rows[0].cells] for t in tables]
    assert ["版本", "修订日期", "修订人", "修订内容"] in heads
    sign_off = tables[heads.index(["编制", "审核", "批准"])]
    names = [c.text for c in sign_off.rows[1].cells]
    assert names[0].startswith("投诉主管") and names[1].startswith("客户服务部经理")
    assert names[2].strip() == ""  # 批准: not given yet, left blank to sign by hand
