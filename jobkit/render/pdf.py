"""PDF through WeasyPrint, which may read only data: URLs and files inside allowed folders."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse


class BlockedResource(ValueError):
    """WeasyPrint skips a resource whose fetch raises ValueError (and logs it)."""


@lru_cache(maxsize=1)
def _font_config():
    # One FontConfiguration per process: per-document ones cost memory and ~20% speed.
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _fetcher(roots: tuple[str, ...]):
    from weasyprint.urls import URLFetcher

    class SafeFetcher(URLFetcher):
        """data: anywhere; file: only under the project and template folders; nothing else."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("data", "file"), allow_redirects=False, timeout=5)

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower()
            if scheme == "file":
                path = os.path.realpath(unquote(urlparse(url).path))
                if not any(os.path.commonpath([path, root]) == root for root in roots):
                    raise BlockedResource(f"outside the project: {url}")
            elif scheme != "data":
                raise BlockedResource(f"not allowed: {url}")
            return super().fetch(url, headers)

    return SafeFetcher()


@lru_cache(maxsize=4)
def _stylesheet(css: str):
    """A stylesheet parsed once per process: every document of a pack shares it."""
    from weasyprint import CSS

    return CSS(string=css, font_config=_font_config())


@lru_cache(maxsize=1)
def _core_faces():
    """The @font-face rules of the core Chinese faces, registered once per process."""
    from jobkit.render.fonts import face_rules

    rules = face_rules()
    return _stylesheet(rules) if rules else None


def write_pdf(html: str, *, base_url: Path, allowed: list[Path], css: str = "",
              counted: dict | None = None) -> bytes:
    """The PDF of the HTML; relative URLs resolve against base_url, a folder inside allowed.

    css, when given, is the shared print stylesheet that the HTML also carries inline; it is
    taken out of the HTML and applied as one parsed stylesheet instead of parsed again.
    """
    import weasyprint
    from weasyprint import DEFAULT_OPTIONS

    stylesheets = [sheet for sheet in (_core_faces(),) if sheet is not None]
    if css and css in html:
        html = html.replace(css, "", 1)
        stylesheets.append(_stylesheet(css))
    roots = tuple(os.path.realpath(folder) for folder in allowed)
    document = weasyprint.HTML(string=html, base_url=str(base_url) + os.sep,
                               url_fetcher=_fetcher(roots))
    # No creation or modification date is written, so the same input gives the same bytes.
    # Tagged: headings, tables and reading order are there for screen readers and reflow.
    options = {**DEFAULT_OPTIONS, "stylesheets": stylesheets, "pdf_tags": True}
    rendered = document.render(_font_config(), **options)
    if counted is not None:  # the page count, for the DOCX footer of the same document
        counted["pages"] = len(rendered.pages)
    return rendered.write_pdf(**{key: options[key] for key in DEFAULT_OPTIONS})
