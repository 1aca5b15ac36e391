"""A zip archive split into parts (``.zip.001``, ``.zip.002``, ...) read as one, without joining it on disk.

The parts are plain byte ranges of one file, so a read-only file object that runs from one part into the next
is all ``zipfile`` needs: it seeks to the central directory at the end and reads each member where it starts.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path


class SpanningFile(io.RawIOBase):
    """The parts at ``paths``, in order, read as one seekable, read-only file."""

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        if not paths:
            raise ValueError("A split file needs at least one part.")
        self._files = [open(path, "rb") for path in paths]  # noqa: SIM115 (closed by close())
        self._starts = []
        total = 0
        for file in self._files:
            self._starts.append(total)
            total += os.fstat(file.fileno()).st_size
        self._size = total
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        origin = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        if origin + offset < 0:
            raise OSError("Cannot seek before the start of the file.")
        self._position = origin + offset
        return self._position

    def readinto(self, buffer) -> int:
        """Fills ``buffer`` across parts as far as the file goes: zipfile takes a short read of a header as a
        damaged archive, so a read never stops at a part's end."""
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view) and self._position < self._size:
            # The last part starting at or before the position (an empty part starts where the next one does).
            part = max(k for k, start in enumerate(self._starts) if start <= self._position)
            file = self._files[part]
            file.seek(self._position - self._starts[part])
            read = file.readinto(view[filled:]) or 0
            if not read:  # the part shrank since it was opened
                break
            filled += read
            self._position += read
        return filled

    def close(self) -> None:
        for file in self._files:
            file.close()
        super().close()
