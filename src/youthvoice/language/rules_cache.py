"""The shipped rules, built once and kept on disk, so that the command line starts in a tenth of a second.

Building the checker from ``data/rules.yaml`` (parsing the phrase language, working out each first word's
followers, the scan's tables) costs about 0.3 s of CPU, more than the rest of a linter's start; unpickling
the built checker costs about a fifth of that. So ``youthvoice-check`` keeps it in the user's cache folder
(``$XDG_CACHE_HOME/youthvoice-check``, else ``~/.cache/youthvoice-check``; ``YOUTHVOICE_CHECK_CACHE`` names
another folder, or ``off``), as linters and Python's own ``__pycache__`` keep what they have compiled.
Only the command line reads it; a server builds the checker once as it starts (``warm.py``).

The file's name holds a SHA-256 of everything the built checker depends on: the Python version, the rules
and meaning files, and the source of every module of this package. Any change to them names another file,
so a stale checker is never read; the old file is removed when the new one is written. A file that cannot
be read or written (no home folder, a read-only disk, a half-written file, another version's format) only
means the checker is built as before: the cache never stops a check and never changes what it finds.

Like ``__pycache__``, the folder is trusted as the user's own: a pickle runs code as it loads, so the folder
and the file are made readable by their owner only, the file is written whole (to a temporary name, then
renamed), and a file is read only if the user owns it and no one else may write it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from youthvoice.language.engine import Checker
from youthvoice.language.rules import default_rules

PACKAGE = Path(__file__).resolve().parent
# The data files the built checker is made from (the second opinion's files are read only when it runs).
DATA_FILES = ("rules.yaml", "meaning.yaml")


def cache_folder() -> Path | None:
    chosen = os.environ.get("YOUTHVOICE_CHECK_CACHE")
    if chosen:
        return None if chosen == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder to be found (a bare container, a service user)
            return None
    return Path(base) / "youthvoice-check"


def checker_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in [*sorted(PACKAGE.glob("*.py")), *(PACKAGE / "data" / name for name in DATA_FILES)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def cached_default_checker() -> Checker:
    """The checker for the shipped rules: from the cache folder where a current one is there, else built
    (and kept there for next time, where the folder can be written)."""
    folder = cache_folder()
    if folder is None:
        return Checker(default_rules())
    path = folder / f"checker-{checker_key()}.pickle"
    try:
        with path.open("rb") as file:
            if ours(os.fstat(file.fileno())):
                checker = pickle.load(file)  # noqa: S301 - the user's own file, see above
                if isinstance(checker, Checker):
                    return checker
    except Exception:  # noqa: BLE001, S110 - missing, half-written or foreign: build it instead
        pass
    checker = Checker(default_rules())
    keep(checker, folder, path)
    return checker


def ours(status: os.stat_result) -> bool:
    """Whether a file is the user's own and no one else can write it: a folder shared with others
    (``YOUTHVOICE_CHECK_CACHE=/tmp``, say) must not let them plant a pickle there."""
    uid = getattr(os, "getuid", None)
    return (uid is None or status.st_uid == uid()) and not status.st_mode & 0o022


def keep(checker: Checker, folder: Path, path: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".checker-")  # readable by its owner only
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump(checker, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a full disk, or a part that cannot be pickled: no cache, no harm
        Path(temporary).unlink(missing_ok=True)
        return
    try:
        for old in folder.glob("checker-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return
