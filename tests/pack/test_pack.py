"""`jobkit pack`: check first, render everything with an index, skip what did not change."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import lxml.html

import pytest

from conftest import run_jobkit

def pack(project: Path, out: Path, *options: str):
    return run_jobkit("pack", str(project), "-o", str(out), "--lang", "en", *options)


def test_pack_writes_every_document_and_an_index(project, tmp_path):
    out = tmp_path / "out"
    result = pack(project, out, "-f", "html")
    assert result.code == 0, result.text
    documents = sorted(p.relative_to(project) for p in (project / "modules").rglob("*.yaml"))
    for document in documents:
        name = out / document.with_suffix(".html")
        assert name.is_file(), name
    index = (out / "index.html").read_text("utf-8")
    for document in documents:
        assert f'href="{document.with_suffix(".html").as_posix()}"' in index
    assert index.count("data:image/svg+xml") >= 2  # the pack's and the module's org charts
    assert "售后服务管理体系" in index
    assert f"{len(documents) + 1} built, 0 unchanged, 0 failed" in result.err


def test_second_run_skips_everything_and_a_change_rebuilds_only_its_document(project, tmp_path):
    out = tmp_path / "out"
    assert pack(project, out, "-f", "html").code == 0
    again = pack(project, out, "-f", "html")
    assert again.code == 0 and "0 built" in again.err
    form = project / "modules" / "after-sales" / "forms" / "repair-request-form.yaml"
    form.write_text(form.read_text("utf-8").replace("notes:", "notes:\n  - 新增一条说明。", 1)
                    if "notes:" in form.read_text("utf-8") else form.read_text("utf-8") +
                    "notes: [新增一条说明。]\n", encoding="utf-8")
    changed = pack(project, out, "-f", "html")
    assert changed.code == 0 and "1 built" in changed.err, changed.err
    page = (out / "modules/after-sales/forms/repair-request-form.html").read_text("utf-8")
    assert "新增一条说明" in lxml.html.document_fromstring(page).text_content()


def test_a_pack_with_errors_writes_nothing_unless_keep_going(project, tmp_path):
    job = project / "modules" / "after-sales" / "jobs" / "field-engineer.yaml"
    job.write_text(job.read_text("utf-8").replace("statement:", "statment:", 1), encoding="utf-8")
    out = tmp_path / "out"
    refused = pack(project, out, "-f", "html")
    assert refused.code == 2 and "nothing written" in refused.err
    assert not out.exists() or not any(out.iterdir())
    kept = pack(project, out, "-f", "html", "--keep-going")
    assert kept.code == 2
    assert (out / "modules/after-sales/policies/after-sales-service-policy.html").is_file()


def test_broken_references_block_the_pack(project, tmp_path):
    policy = project / "modules" / "after-sales" / "policies" / "after-sales-service-policy.yaml"
    text = policy.read_text("utf-8")
    policy.write_text(text.replace("procedure: repair-process", "procedure: repair-proces"),
                      encoding="utf-8")
    result = pack(project, tmp_path / "out", "-f", "html")
    assert result.code == 2 and "JK501" in result.err


def test_zip_and_manifest(project, tmp_path):
    out = tmp_path / "out"
    assert pack(project, out, "-f", "html", "--zip").code == 0
    archive = out / "pack.zip"
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
    assert "index.html" in names and any(n.endswith("repair-process.html") for n in names)
    manifest = json.loads((out / ".jobkit-manifest.json").read_text("utf-8"))
    assert "index.html" in manifest["files"]


def test_pack_needs_a_pack_yaml(tmp_path):
    (tmp_path / "x.yaml").write_text("kind: job\n", encoding="utf-8")
    result = run_jobkit("pack", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.code == 2 and "pack.yaml" in result.err and "Traceback" not in result.err


def test_pdf_and_docx_of_a_pack(project, tmp_path):
    out = tmp_path / "out"
    result = pack(project, out, "-f", "pdf", "-f", "docx", "-j", "2")
    assert result.code == 0, result.text
    assert (out / "index.pdf").is_file() and (out / "index.docx").is_file()
    assert len(list(out.rglob("*.pdf"))) == len(list((project / "modules").rglob("*.yaml"))) + 1


def test_zip_holds_only_what_jobkit_wrote_and_follows_no_link(project, tmp_path):
    out = tmp_path / "out"
    assert pack(project, out, "-f", "html").code == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the archive", "utf-8")
    (out / "notes.txt").symlink_to(secret)
    (out / "someone-elses.txt").write_text("a file jobkit did not write", "utf-8")
    (out / "modules" / "linked").symlink_to(tmp_path, target_is_directory=True)
    result = pack(project, out, "-f", "html", "--zip")
    assert result.code == 0, result.text
    names = zipfile.ZipFile(out / "pack.zip").namelist()
    assert "index.html" in names and len(names) == 11
    assert not any("notes" in n or "someone" in n or "linked" in n for n in names)


def test_a_zip_jobkit_did_not_write_is_not_replaced(project, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "pack.zip").write_bytes(b"someone's archive")
    result = pack(project, out, "-f", "html", "--zip")
    assert result.code == 2 and "pack.zip was not produced by jobkit" in result.err, result.text
    assert (out / "pack.zip").read_bytes() == b"someone's archive"
    assert pack(project, out, "-f", "html", "--zip", "--force").code == 0
    assert zipfile.is_zipfile(out / "pack.zip")
    again = pack(project, out, "-f", "html", "--zip")  # now it is jobkit's: replaced freely
    assert again.code == 0, again.text
    assert "pack.zip" not in zipfile.ZipFile(out / "pack.zip").namelist()


@pytest.mark.parametrize("damage", ['{"tool": "jobkit", "files": {', "[]", '{"files": [1]}'])
def test_a_damaged_manifest_is_named_as_the_cause(project, tmp_path, damage):
    out = tmp_path / "out"
    assert pack(project, out, "-f", "html").code == 0
    (out / ".jobkit-manifest.json").write_text(damage, "utf-8")
    result = pack(project, out, "-f", "html")
    assert result.code == 2 and "Traceback" not in result.text
    assert ".jobkit-manifest.json" in result.err and "manifest is damaged" in result.err
    assert "not produced by jobkit" not in result.err  # not every document called foreign
    assert pack(project, out, "-f", "html", "--force").code == 0
    assert pack(project, out, "-f", "html").code == 0


def test_a_foreign_file_is_left_alone_and_the_rest_is_written(project, tmp_path):
    out = tmp_path / "out"
    foreign = out / "modules" / "after-sales" / "jobs" / "field-engineer.html"
    foreign.parent.mkdir(parents=True)
    foreign.write_text("someone else's page", "utf-8")
    result = pack(project, out, "-f", "html")
    assert result.code == 2
    assert "not produced by jobkit" in result.err and "nothing written" not in result.err
    assert foreign.read_text("utf-8") == "someone else's page"
    assert (out / "index.html").is_file()
    assert (out / "modules" / "after-sales" / "jobs" / "after-sales-manager.html").is_file()
