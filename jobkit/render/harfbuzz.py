"""Cut a font face down to a set of characters with HarfBuzz's subsetter (the system library
WeasyPrint uses too), through cffi: a CJK face takes a fraction of a second, where fontTools
takes about ten."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DECLARATIONS = """
typedef struct hb_blob_t hb_blob_t;
typedef struct hb_face_t hb_face_t;
typedef struct hb_set_t hb_set_t;
typedef struct hb_subset_input_t hb_subset_input_t;
typedef uint32_t hb_codepoint_t;
hb_blob_t *hb_blob_create_from_file_or_fail (const char *file_name);
void hb_blob_destroy (hb_blob_t *blob);
const char *hb_blob_get_data (hb_blob_t *blob, unsigned int *length);
hb_face_t *hb_face_create (hb_blob_t *blob, unsigned int index);
void hb_face_destroy (hb_face_t *face);
unsigned int hb_face_get_glyph_count (const hb_face_t *face);
hb_blob_t *hb_face_reference_blob (hb_face_t *face);
void hb_set_add (hb_set_t *set, hb_codepoint_t codepoint);
hb_subset_input_t *hb_subset_input_create_or_fail (void);
void hb_subset_input_destroy (hb_subset_input_t *input);
hb_set_t *hb_subset_input_unicode_set (hb_subset_input_t *input);
void hb_subset_input_set_flags (hb_subset_input_t *input, unsigned value);
hb_face_t *hb_subset_or_fail (hb_face_t *source, const hb_subset_input_t *input);
"""
_PASSTHROUGH_UNRECOGNIZED = 0x20  # keep tables the subsetter does not know
_NOTDEF_OUTLINE = 0x40  # keep the box drawn for a missing character


@lru_cache(maxsize=1)
def _library():
    """(ffi, harfbuzz, harfbuzz-subset), or None where the libraries are not installed."""
    try:
        import cffi

        ffi = cffi.FFI()
        ffi.cdef(_DECLARATIONS)
        return ffi, _open(ffi, "harfbuzz"), _open(ffi, "harfbuzz-subset")
    except (ImportError, OSError, AttributeError):
        return None


def _open(ffi, name: str):
    for candidate in (f"lib{name}.so.0", f"lib{name}.0.dylib", f"lib{name}-0.dll", name):
        try:
            return ffi.dlopen(candidate)
        except OSError:
            continue
    raise OSError(f"lib{name} not found")


def subset_face(path: Path, index: int, characters: list[int]) -> bytes | None:
    """An OpenType font of face `index` of the file with only the glyphs for `characters`
    (and those their shaping needs); None when HarfBuzz is missing or cannot do it."""
    library = _library()
    if library is None:
        return None
    try:
        return _subset(*library, path, index, characters)
    except AttributeError:  # a HarfBuzz older than the functions used here
        return None


def _subset(ffi, hb, hb_subset, path: Path, index: int, characters: list[int]) -> bytes | None:
    blob = hb.hb_blob_create_from_file_or_fail(str(path).encode())
    if blob == ffi.NULL:
        return None
    face = hb.hb_face_create(blob, index)
    request = hb_subset.hb_subset_input_create_or_fail()
    try:
        if hb.hb_face_get_glyph_count(face) == 0 or request == ffi.NULL:
            return None
        wanted = hb_subset.hb_subset_input_unicode_set(request)
        for point in characters:
            hb.hb_set_add(wanted, point)
        hb_subset.hb_subset_input_set_flags(request, _PASSTHROUGH_UNRECOGNIZED | _NOTDEF_OUTLINE)
        result = hb_subset.hb_subset_or_fail(face, request)
        if result == ffi.NULL:
            return None
        out = hb.hb_face_reference_blob(result)
        length = ffi.new("unsigned int *")
        data = bytes(ffi.buffer(hb.hb_blob_get_data(out, length), length[0]))
        hb.hb_blob_destroy(out)
        hb.hb_face_destroy(result)
        return data or None
    finally:
        if request != ffi.NULL:
            hb_subset.hb_subset_input_destroy(request)
        hb.hb_face_destroy(face)
        hb.hb_blob_destroy(blob)
