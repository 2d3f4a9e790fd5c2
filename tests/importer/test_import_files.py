"""`jobkit import` as a user runs it: bad files, older formats through LibreOffice, dry runs,
existing files, and a project as the target."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import run_jobkit
from word_files import word_files

DATA = Path(__file__).parent / "data"
JOB = """<p><b>客服专员岗位说明书</b></p>
<table border="1"><tr><td>岗位名称</td><td>客服专员</td><td>所属部门</td><td>客户服务部</td></tr>
<tr><td>直接上级</td><td colspan="3">投诉主管</td></tr>
<tr><td>岗位职责</td><td colspan="3">1、接听客户来电<br>2、登记并跟进工单</td></tr></table>"""


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    return word_files(tmp_path_factory.mktemp("good"), {"kefu": JOB})["kefu"]


@pytest.fixture
def bad_files(tmp_path) -> dict[str, Path]:
    text = tmp_path / "notes.docx"
    text.write_text("这不是 Word 文档", encoding="utf-8")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    no_body = tmp_path / "zip.docx"
    with zipfile.ZipFile(no_body, "w") as archive:
        archive.writestr("readme.txt", "hello")
    protected = tmp_path / "protected.docx"
    shutil.copy(DATA / "protected.docx", protected)  # encrypted by msoffcrypto-tool, password "secret"
    return {"text": text, "empty": empty, "damaged": damaged, "zip": no_body,
            "protected": protected}


def test_bad_files_are_reported_and_the_good_one_still_comes_in(good, bad_files, tmp_path):
    out = tmp_path / "out"
    result = run_jobkit("import", *map(str, bad_files.values()), str(good), "-o", str(out))
    assert result.code == 2
    assert "Traceback" not in result.text
    for path in bad_files.values():
        assert path.name in result.err
    assert "密码保护" in result.err
    assert [p.name for p in out.glob("*.yaml")] == ["kefuzhuanyuan.yaml"]


def test_a_password_protected_file_alone_writes_nothing(bad_files, tmp_path):
    out = tmp_path / "out"
    result = run_jobkit("import", str(bad_files["protected"]), "-o", str(out), "--lang", "en")
    assert result.code == 2 and "password-protected" in result.err
    assert not out.exists() or not any(out.iterdir())


def test_a_file_of_another_kind_is_refused_by_name(tmp_path):
    sheet = tmp_path / "jobs.xlsx"
    sheet.write_bytes(b"PK")
    result = run_jobkit("import", str(sheet), "-o", str(tmp_path / "out"))
    assert result.code == 2 and ".xlsx" in result.err


@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_older_formats_come_in_through_libreoffice(fmt, tmp_path):
    source = word_files(tmp_path, {"kefu": JOB}, fmt)["kefu"]
    out = tmp_path / "out"
    result = run_jobkit("import", str(source), "-o", str(out))
    assert result.code == 0, result.text
    data = yaml.safe_load((out / "kefuzhuanyuan.yaml").read_text("utf-8"))
    assert data["basic"]["department"] == "客户服务部"
    assert [d["statement"] for d in data["duties"]] == ["接听客户来电", "登记并跟进工单"]


def test_without_libreoffice_the_message_says_how_to_get_it(tmp_path):
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    result = run_jobkit("import", str(doc), "-o", str(tmp_path / "out"),
                        env={"PATH": "/nonexistent"})  # no soffice to be found
    assert result.code == 2
    assert "LibreOffice" in result.err and "apt-get install libreoffice-writer" in result.err


def test_dry_run_writes_nothing_and_existing_files_need_force(good, tmp_path):
    out = tmp_path / "out"
    dry = run_jobkit("import", str(good), "-o", str(out), "--dry-run")
    assert dry.code == 0 and "kefuzhuanyuan.yaml" in dry.out and not out.exists()
    assert run_jobkit("import", str(good), "-o", str(out)).code == 0
    target = out / "kefuzhuanyuan.yaml"
    target.write_text(target.read_text("utf-8") + "# my edit\n", encoding="utf-8")
    again = run_jobkit("import", str(good), "-o", str(out))
    assert again.code == 2 and "--force" in again.out
    assert target.read_text("utf-8").endswith("# my edit\n")  # nothing lost
    assert run_jobkit("import", str(good), "-o", str(out), "--force").code == 0
    assert not target.read_text("utf-8").endswith("# my edit\n")


def test_into_a_project_jobs_go_to_their_module_and_link_to_its_jobs(good, project):
    supervisor = next(project.glob("modules/*/jobs/*.yaml"))
    data = yaml.safe_load(supervisor.read_text("utf-8"))
    title, ident = data["basic"]["title"], data["id"]
    source = word_files(project.parent / "word", {"kefu": JOB.replace("投诉主管", title)})["kefu"]
    result = run_jobkit("import", str(source), "-o", str(project))
    assert result.code == 0, result.text
    written = list(project.glob("**/kefuzhuanyuan.yaml"))
    assert len(written) == 1
    imported = yaml.safe_load(written[0].read_text("utf-8"))
    assert imported["basic"]["reports_to"] == ident
    lint = run_jobkit("lint", str(written[0]), "--fail-on", "never")
    assert lint.code == 0, lint.text


def test_a_file_jobkit_could_not_make_valid_is_reported_not_written(good, tmp_path, monkeypatch):
    import jobkit.importer.run as run

    monkeypatch.setattr(run, "to_yaml", lambda data, guessed, head: "kind: job\nid: broken\n")
    report = run.import_files([good], tmp_path / "out")
    assert not report.jobs and not (tmp_path / "out").exists()
    (problem,) = report.problems
    assert "please report it" in problem.message.en
