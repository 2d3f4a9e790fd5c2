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


def write_pdf(html: str, *, base_url: Path, allowed: list[Path]) -> bytes:
    """The PDF of the HTML; relative URLs resolve against base_url, a folder inside allowed."""
    import weasyprint

    roots = tuple(os.path.realpath(folder) for folder in allowed)
    document = weasyprint.HTML(string=html, base_url=str(base_url) + os.sep,
                               url_fetcher=_fetcher(roots))
    # No creation or modification date is written, so the same input gives the same bytes.
    return document.write_pdf(font_config=_font_config(), uncompressed_pdf=False)
