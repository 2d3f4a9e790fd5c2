"""jobkit.yaml: paths stay inside the project and rule names exist, checked at load with positions."""
from __future__ import annotations

import shutil

import pytest

from conftest import MINIMAL_JOB, REPO


@pytest.mark.parametrize("setting,line,col,words", [
    ("reference_docx: /etc/passwd\n", 1, 17, "outside the project folder"),
    ("reference_docx: ../outside.docx\n", 1, 17, "outside the project folder"),
    ("templates: /\n", 1, 12, "outside the project folder"),
    ("templates: ..\n", 1, 12, "outside the project folder"),
    ("organization:\n  name: 示例\n  logo: /etc/hostname\n", 3, 9, "outside the project folder"),
    ("templates: missing\n", 1, 12, "does not exist or is not a folder"),
    ("reference_docx: missing.docx\n", 1, 17, "does not exist or is not a file"),
    ("reference_docx: job.yaml\n", 1, 17, "must be a .docx file"),
    ("reference_docx: fake.docx\n", 1, 17, "not a valid Word document"),
    ("organization:\n  logo: job.yaml\n", 2, 9, "must be a .png, .jpg, .jpeg file"),
    ("lint:\n  rules:\n    JK999: off\n", 3, 5, "no rule is named 'JK999'?"),
    ("lint:\n  rules:\n    duty-countt: off\n", 3, 5, "did you mean duty-count?"),
    ('organization:\n  name: "A\\x00B"\n', 2, 11, "U+0000"),
    ("lint:\n  per_file_ignores:\n    '*.yaml': [JK101, jk-nope]\n", 3, 23, "'jk-nope'"),
])
def test_bad_settings_are_refused_at_their_position(jobkit, write, tmp_path, setting, line, col,
                                                   words):
    (tmp_path / "outside.docx").write_bytes(b"PK")
    project = tmp_path / "project"
    write("project/fake.docx", "not a zip")
    write("project/job.yaml", MINIMAL_JOB)
    write("project/jobkit.yaml", setting)
    for command in ("validate", "lint", "render"):
        result = jobkit(command, "--lang", "en", "job.yaml", cwd=project)
        assert result.code == 2, result.text
        assert f"jobkit.yaml:{line}:{col}:" in result.text and words in result.text, result.text
        assert "Traceback" not in result.text
    assert not (project / "out").exists()


def test_a_link_out_of_the_project_is_outside_it(jobkit, write, tmp_path):
    (tmp_path / "secret.docx").write_bytes(b"PK")
    project = tmp_path / "project"
    write("project/job.yaml", MINIMAL_JOB)
    (project / "styles.docx").symlink_to(tmp_path / "secret.docx")
    write("project/jobkit.yaml", "reference_docx: styles.docx\n")
    result = jobkit("validate", "--lang", "en", "job.yaml", cwd=project)
    assert result.code == 2 and "outside the project folder" in result.text


def test_paths_inside_the_project_are_accepted(jobkit, write, tmp_path):
    project = tmp_path / "project"
    write("project/job.yaml", MINIMAL_JOB)
    (project / "tpl").mkdir()
    shutil.copy(REPO / "templates" / "reference.docx", project / "styles.docx")
    write("project/jobkit.yaml", "templates: tpl\nreference_docx: ./styles.docx\nlint:\n"
          "  rules: {JK1: warning, duty-count: off}\n")
    result = jobkit("validate", "--lang", "en", "job.yaml", cwd=project)
    assert result.code == 0, result.text
