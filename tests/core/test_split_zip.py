"""A zip split into parts reads as one file, without being joined on disk."""

import io
import zipfile

import numpy as np
import pytest

from youthvoice.core.split_zip import SpanningFile


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("folder/notes.txt", "stored as written\n" * 50, compress_type=zipfile.ZIP_STORED)
        archive.writestr("folder/numbers.bin", bytes(range(256)) * 300, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _split(data: bytes, cuts: list[int], tmp_path) -> list:
    paths = []
    for number, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(data)], strict=True), start=1):
        path = tmp_path / f"archive.zip.{number:03d}"
        path.write_bytes(data[start:end])
        paths.append(path)
    return paths


def test_a_zip_split_unevenly_and_with_an_empty_part_reads_as_the_whole(tmp_path):
    data = _zip_bytes()
    paths = _split(data, [100, 100, len(data) // 2, len(data) - 5], tmp_path)  # the second part is empty
    with SpanningFile(paths) as joined, zipfile.ZipFile(joined) as archive:
        assert archive.read("folder/notes.txt") == b"stored as written\n" * 50
        assert archive.read("folder/numbers.bin") == bytes(range(256)) * 300
        assert archive.testzip() is None


def test_reads_and_seeks_anywhere_as_on_the_joined_file(tmp_path):
    data = bytes(np.random.default_rng(0).integers(0, 256, 5_000, dtype=np.uint8))
    whole = io.BytesIO(data)
    with SpanningFile(_split(data, [1_000, 1_001, 3_333], tmp_path)) as joined:
        assert joined.seek(0, io.SEEK_END) == len(data)
        rng = np.random.default_rng(1)
        for _ in range(200):
            position, size = int(rng.integers(0, 5_200)), int(rng.integers(0, 3_000))
            joined.seek(position)
            whole.seek(position)
            assert joined.read(size) == whole.read(size)
            assert joined.tell() == whole.tell()
        joined.seek(-10, io.SEEK_END)
        joined.seek(4, io.SEEK_CUR)
        assert joined.read() == data[-6:]
        with pytest.raises(OSError):
            joined.seek(-1)
        assert not joined.writable()


def test_a_part_cut_short_no_longer_makes_a_zip(tmp_path):
    data = _zip_bytes()
    paths = _split(data, [len(data) // 3, 2 * len(data) // 3], tmp_path)
    paths[2].write_bytes(paths[2].read_bytes()[:-30])  # the central directory's end is lost
    with SpanningFile(paths) as joined, pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(joined)
