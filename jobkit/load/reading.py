"""Read the bytes of an input file: a regular file only, never more than the size limit.

`Path.read_bytes()` on a link to /dev/zero reads until memory runs out, and on a FIFO waits
for a writer forever; a file that grows while it is read could pass the `stat` check.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from jobkit.problems import Message

_KINDS = {stat.S_ISDIR: ("文件夹", "a folder"),
          stat.S_ISFIFO: ("命名管道（FIFO）", "a named pipe (FIFO)"),
          stat.S_ISCHR: ("设备文件", "a device"), stat.S_ISBLK: ("设备文件", "a device"),
          stat.S_ISSOCK: ("套接字", "a socket")}
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_CHUNK = 1 << 16


class UnfitFile(Exception):
    """The path is no regular file, or is larger than the limit."""

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message.en)
        self.code = code
        self.message = message


def read_input(path: Path, limit: int) -> bytes:
    """The file's bytes; UnfitFile if it is not a regular file or exceeds limit; OSError as is."""
    # O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting
    handle = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            zh, en = next((names for test, names in _KINDS.items() if test(info.st_mode)),
                          ("特殊文件", "a special file"))
            raise UnfitFile("not-a-file", Message(
                f"这不是普通文件，而是{zh}；jobkit 只读取普通文件。",
                f"this is {en}, not a regular file; jobkit reads regular files only"))
        if info.st_size > limit:
            raise too_large(info.st_size, limit)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(handle, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise too_large(total, limit)  # it grew while being read
        return b"".join(chunks)
    finally:
        os.close(handle)


def too_large(size: int, limit: int) -> UnfitFile:
    return UnfitFile("too-large", Message(
        f"文件过大（{size} 字节，上限 {limit}）；可在 jobkit.yaml 的 limits.max_file_bytes 中调整。",
        f"file too large ({size} bytes, limit {limit}); "
        f"raise limits.max_file_bytes in jobkit.yaml if this is intended"))
