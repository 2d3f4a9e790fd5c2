"""`jobkit render --compare OLD`: a DOCX whose tracked changes, accepted in LibreOffice, give
the new document and, rejected, the old one (LibreOffice driven headless by a Basic macro)."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import EXAMPLE, require_tool, run_jobkit, swap_duties
from render_helpers import rendered_into

JOB = EXAMPLE / "modules/complaint/jobs/complaint-specialist.yaml"
POLICY = EXAMPLE / "modules/complaint/policies/complaint-policy.yaml"
MACRO = Path(__file__).parent / "data" / "ResolveChanges.xba"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory):
    """soffice with a private profile holding the macro that accepts or rejects all changes."""
    soffice = require_tool("soffice")
    profile = tmp_path_factory.mktemp("lo-profile")
    url = f"-env:UserInstallation=file://{profile}"
    subprocess.run([soffice, "--headless", "--norestore", url, "--terminate_after_init"],
                   check=True, capture_output=True, timeout=120)
    shutil.copy(MACRO, profile / "user/basic/Standard/Module1.xba")

    def resolve(source: Path, mode: str) -> Path:
        target = source.with_name(f"{source.stem}.{mode}.docx")
        subprocess.run([soffice, "--headless", "--norestore", url,
                        f'macro:///Standard.Module1.Resolve("{source}","{target}","{mode}")'],
                       check=True, capture_output=True, timeout=120)
        assert target.is_file(), f"LibreOffice wrote no {target.name}"
        return target
    return resolve


def paragraphs(path: Path) -> list[str]:
    body = docx.Document(str(path)).element.body
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    return [t for t in texts if t.strip()]


def redline(tmp_path: Path, original: Path, edit) -> tuple[Path, Path, Path]:
    old = tmp_path / "old" / original.name
    new = tmp_path / "new" / original.name
    old.parent.mkdir()
    new.parent.mkdir()
    shutil.copy(original, old)
    new.write_text(edit(original.read_text("utf-8")), encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    rendered_into(tmp_path / "plain-old", old, formats=("docx",), env=env)
    rendered_into(tmp_path / "plain-new", new, formats=("docx",), env=env)
    rendered_into(tmp_path / "out", new, formats=(), env=env, options=("--compare", str(old)))
    stem = original.stem
    return (tmp_path / "out" / f"{stem}.redline.docx", tmp_path / "plain-old" / f"{stem}.docx",
            tmp_path / "plain-new" / f"{stem}.docx")


def _job_edit(text: str) -> str:
    text = text.replace("受理客户经400热线、在线客服、电子邮件和门店转交的投诉",
                        "受理客户经400热线、在线客服、微信公众号、电子邮件和门店转交的投诉", 1)
    text = swap_duties(text, "进度沟通与答复", "结案回访")
    return text.replace("weight: 30", "weight: 25", 1)


def test_accepting_gives_the_new_job_and_rejecting_the_old(tmp_path, libreoffice):
    marked, old, new = redline(tmp_path, JOB, _job_edit)
    assert paragraphs(libreoffice(marked, "accept")) == paragraphs(new)
    assert paragraphs(libreoffice(marked, "reject")) == paragraphs(old)


def test_the_changes_carry_author_and_date(tmp_path, libreoffice):
    marked, _, _ = redline(tmp_path, JOB, _job_edit)
    with zipfile.ZipFile(marked) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:ins ") >= 3 and xml.count("<w:del ") >= 2
    assert 'w:date="2026-01-01T00:00:00Z"' in xml and "w:author=" in xml
    assert "微信公众号" in xml


def test_a_chapter_added_to_a_policy_round_trips_through_accept_and_reject(tmp_path, libreoffice):
    def add_chapter(text: str) -> str:
        return text.replace("chapters:\n", (
            "chapters:\n  - title: 投诉渠道公示\n    articles:\n"
            "      - 公司在官方网站、产品说明书和门店醒目位置公示全部投诉渠道及其受理时间。\n"), 1)

    marked, old, new = redline(tmp_path, POLICY, add_chapter)
    assert paragraphs(libreoffice(marked, "accept")) == paragraphs(new)
    assert paragraphs(libreoffice(marked, "reject")) == paragraphs(old)


def test_a_document_new_since_the_older_version_is_all_inserted(tmp_path, libreoffice):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(POLICY, other / "policy.yaml")  # holds no complaint-specialist
    result = run_jobkit("render", "--compare", str(other), "-f", "docx", "-o",
                        str(tmp_path / "out"), str(JOB))
    assert result.code == 0, result.text
    marked = tmp_path / "out/complaint-specialist.redline.docx"
    rejected = paragraphs(libreoffice(marked, "reject"))
    assert not [t for t in rejected if "投诉" in t]  # rejecting takes all of it out
    assert "投诉处理专员岗位说明书" in paragraphs(libreoffice(marked, "accept"))


def test_the_html_and_pdf_mark_insertions_and_deletions(tmp_path):
    from render_helpers import pdf_text, squash

    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    shutil.copy(JOB, old)
    new.write_text(_job_edit(JOB.read_text("utf-8")), encoding="utf-8")
    result = run_jobkit("render", "--compare", str(old), "-f", "html", "-f", "pdf", "-o",
                        str(tmp_path / "out"), str(new))
    assert result.code == 0, result.text
    html = (tmp_path / "out/complaint-specialist.redline.html").read_text("utf-8")
    assert "微信公众号" in "".join(part.split("</ins>")[0] for part in html.split("<ins>")[1:])
    assert 'class="redline-del"' in html and "<del>" in html  # the duty row that moved away
    text = squash(pdf_text(tmp_path / "out/complaint-specialist.redline.pdf"))
    assert "蓝色下划线为新增" in text and "微信公众号" in text
