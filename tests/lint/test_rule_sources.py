"""Rules justify themselves by sources a user can find, and every legal claim is the law's own."""
from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from jobkit.lint.rules import all_rules

RULES = all_rules()
LAW_RULES = [rule for rule in RULES if rule.id.startswith("JK3")]
_PRIVATE_SOURCE = re.compile(r"seed|种子", re.I)


def _data_files():
    root = resources.files("jobkit.data")
    for folder in ("words", "law"):
        yield from (f for f in root.joinpath(folder).iterdir() if f.name.endswith((".txt", ".yaml")))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_no_rule_cites_a_document_users_do_not_have(rule):
    assert not _PRIVATE_SOURCE.search(rule.doc), rule.doc


def test_no_word_list_or_law_table_cites_a_document_users_do_not_have():
    for file in _data_files():
        assert not _PRIVATE_SOURCE.search(file.read_text("utf-8")), file.name


def _table(rule) -> dict:
    text = resources.files("jobkit.data").joinpath("law", f"{rule.name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@pytest.mark.parametrize("rule", LAW_RULES, ids=[r.id for r in LAW_RULES])
def test_each_article_cited_is_quoted_with_its_version(rule):
    law = rule.doc.split("Law / 法律依据:", 1)
    assert len(law) == 2, "a Law section quoting the articles"
    section = law[1].split("Example / 示例:")[0]
    for article in re.findall(r"《([^》]+)》(第[一二三四五六七八九十百]+条)", _table(rule)["law"]["zh"]):
        statute, number = article
        quoted = re.search(rf"《[^》]*{statute}》（([^）]*)）{number}", section)
        assert quoted, f"{statute}{number} is quoted in the Law section"
        assert re.search(r"\d{4}年", quoted.group(1)), f"{statute} names its version year"


def test_statutes_exceptions_are_stated_where_they_have_them():
    docs = {rule.name: rule.doc for rule in LAW_RULES}
    assert "除国家规定的不适合妇女的工种或者岗位外" in docs["gender-restriction"]
    for name in ("gender-restriction", "marriage-childbearing", "pregnancy-test"):
        assert "除国家另有规定外" in docs[name], name
    assert "易使传染病扩散的工作" in docs["infectious-disease-carrier"]


def test_an_age_limit_is_never_called_a_breach_of_law():
    # no national statute names age: the rule may say only that it goes against fair hiring
    rule = next(r for r in LAW_RULES if r.name == "age-restriction")
    table = _table(rule)
    texts = [rule.doc, table["message"]["zh"], table["message"]["en"]]
    texts += [str(item.get("message", "")) for item in table["patterns"]]
    for text in texts:
        assert not re.search(r"违反|violat|contrary to|breach", text, re.I), text
    assert "第二十六条" in table["law"]["zh"]
