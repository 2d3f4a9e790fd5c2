"""organization.logo prints before the organisation's name in the PDF and Word headers."""
from __future__ import annotations

import struct
import subprocess
import zlib

import docx

from conftest import MINIMAL_JOB, require_tool


def _png(width: int, height: int) -> bytes:
    rows = b"".join(b"\x00" + b"\x20\x50\xa0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                            0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _project(write, tmp_path, logo: bytes):
    (tmp_path / "logo.png").write_bytes(logo)
    write("jobkit.yaml", "organization:\n  name: 示例服务有限公司\n  logo: logo.png\n")
    write("job.yaml", MINIMAL_JOB)


def test_the_logo_is_in_the_pdf_and_docx_headers(jobkit, write, tmp_path):
    _project(write, tmp_path, _png(160, 80))
    result = jobkit("render", "-f", "pdf", "-f", "docx", "-o", "out", "job.yaml", cwd=tmp_path)
    assert result.code == 0, result.text
    images = subprocess.run([require_tool("pdfimages"), "-list", str(tmp_path / "out" /
                            "complaint-specialist.pdf")], capture_output=True, text=True).stdout
    assert any(line.split()[3:5] == ["160", "80"] for line in images.splitlines()[2:]), images
    header = docx.Document(tmp_path / "out" / "complaint-specialist.docx").sections[0].header
    [paragraph] = header.paragraphs
    assert paragraph.text.strip() == "示例服务有限公司"
    assert paragraph._p.xpath(".//pic:pic"), "a picture before the name"


def test_a_new_logo_rebuilds_the_pack(jobkit, project, tmp_path):
    (project / "logo.png").write_bytes(_png(40, 20))
    config = project / "jobkit.yaml"
    config.write_text(config.read_text("utf-8").replace(
        "  short_name: 示例家电\n", "  short_name: 示例家电\n  logo: logo.png\n"), "utf-8")
    out = tmp_path / "out"
    assert jobkit("pack", str(project), "-o", str(out), "-f", "html").code == 0
    (project / "logo.png").write_bytes(_png(40, 30))
    again = jobkit("pack", str(project), "-o", str(out), "-f", "html", "--lang", "en")
    assert again.code == 0 and "0 unchanged" in again.err, again.text
