"""Garbage collection around documents: one collection per document instead of thousands.

Rendering a document allocates millions of small objects, so Python's cyclic collector ran
about 35 times per document, each time walking the whole rendering stack as well; that was
an eighth of the rendering time. Objects loaded once (WeasyPrint, fonts, stylesheets) are
frozen out of the collector's sight, and a document's cycles are collected when it is done.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_loaded() -> None:
    """Exempt everything alive now from later collections (it stays alive anyway)."""
    gc.collect()
    gc.freeze()


@contextmanager
def one_collection() -> Iterator[None]:
    """Run the body with the cyclic collector paused, then collect once and freeze what
    survives (caches and the stack loaded by the first document), so the next collection
    walks only what the next document makes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        freeze_loaded()
