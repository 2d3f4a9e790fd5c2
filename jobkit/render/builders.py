"""One builder per output format, each with a name and a file suffix, all from the same HTML."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field
from pathlib import Path

from jobkit.render import charts
from jobkit.render.context import PageMeta


@dataclass(frozen=True)
class Page:
    """A rendered document before it becomes a file: its HTML and what surrounds it."""

    html: str
    meta: PageMeta
    base: Path  # folder of the source document: relative image paths start here
    allowed: tuple[Path, ...]  # folders files may be read from
    reference_docx: Path | None = None
    css: str = ""  # the print stylesheet inside html (PDF parses it once per process)
    # what one builder learns for the next: the PDF's page count, which the DOCX footer
    # shows until Word counts its own pages
    learned: dict = field(default_factory=dict, compare=False)


def source_date_epoch() -> int | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(value) if value.isdigit() else None


class HtmlBuilder:
    name = "html"
    out_suffix = ".html"

    def build(self, page: Page) -> bytes:
        return page.html.encode("utf-8")


class PdfBuilder:
    name = "pdf"
    out_suffix = ".pdf"

    def build(self, page: Page) -> bytes:
        from jobkit.render.pdf import write_pdf

        return write_pdf(page.html, base_url=page.base, allowed=list(page.allowed), css=page.css,
                         counted=page.learned)


class DocxBuilder:
    name = "docx"
    out_suffix = ".docx"

    def build(self, page: Page) -> bytes:
        from jobkit.render.docx_writer import write_docx

        meta = page.meta
        logo = base64.b64decode(meta.logo.split(",", 1)[1]) if meta.logo else None
        return write_docx(page.html, reference=page.reference_docx, lang=meta.lang,
                          header=meta.organization, header_right=meta.doc_number,
                          logo=logo, title=meta.title,
                          author=meta.author or meta.organization, subject=meta.subject,
                          source_date_epoch=source_date_epoch(), pages=page.learned.get("pages"),
                          layout=meta.layout,
                          resolve_image=lambda src: read_allowed(src, page))


def build_order(formats) -> list[str]:
    """The formats in the order to build them: the PDF first, so that the DOCX knows its
    page count."""
    return sorted(formats, key=lambda name: name != "pdf")


def read_allowed(src: str, page: Page) -> bytes | None:
    """Bytes of an image the document names: a chart it drew, or a file inside an allowed
    folder."""
    if src.startswith(charts.REF_PREFIX):
        return charts.png_for_ref(src)
    if src.startswith("file://"):
        src = src[len("file://"):]
    if "://" in src or src.startswith("data:"):
        return None
    path = os.path.realpath(page.base / src)
    roots = [os.path.realpath(folder) for folder in page.allowed]
    if not any(os.path.commonpath([path, root]) == root for root in roots):
        return None
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


BUILDERS = {builder.name: builder for builder in (DocxBuilder(), PdfBuilder(), HtmlBuilder())}
