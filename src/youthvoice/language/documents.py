"""Reading the text out of a file the checker is given: plain text, Markdown or Word (.docx)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from youthvoice.language.errors import LanguageError

SNIFF_BYTES = 8192


class UnreadableDocument(LanguageError):
    pass


def text_from_bytes(data: bytes, *, name: str, encoding: str = "utf-8") -> str:
    lower = name.lower()
    if lower.endswith(".docx"):
        return text_from_docx(data, name=name)
    if lower.endswith(".doc") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnreadableDocument(f"{name}: an old Word (.doc) file; save it as .docx or plain text first")
    if data[:4] == b"PK\x03\x04":
        raise UnreadableDocument(f"{name}: a zip or office file that is not .docx; save it as .docx or text")
    if b"\x00" in data[:SNIFF_BYTES] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocument(f"{name}: looks like a binary file, not text")
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8") and data.startswith(
        (b"\xff\xfe", b"\xfe\xff")
    ):
        encoding = "utf-16"
    try:
        text = data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except LookupError:
        raise UnreadableDocument(f"{name}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise UnreadableDocument(
            f"{name}: is not {encoding} text (byte {error.start} cannot be read); "
            "save it as UTF-8 or give its encoding with --encoding, e.g. --encoding cp1252"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_from_docx(data: bytes, *, name: str) -> str:
    import docx  # python-docx; imported here so the checker itself does not need it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableDocument(f"{name}: is not a readable .docx file ({error})") from None
    except Exception as error:  # python-docx raises its own types for broken packages
        raise UnreadableDocument(f"{name}: is not a readable .docx file ({type(error).__name__})") from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def text_from_path(path: Path, *, encoding: str = "utf-8") -> str:
    try:
        if path.is_dir():
            raise UnreadableDocument(f"{path}: is a folder; give the files inside it")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableDocument(f"{path}: no such file") from None
    except OSError as error:
        raise UnreadableDocument(f"{path}: cannot be read ({error.strerror})") from None
    return text_from_bytes(data, name=str(path), encoding=encoding)
