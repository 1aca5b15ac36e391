"""Build the wheel of youthvoice-check, the language checker alone (``scripts/build-checker``).

The checker's modules are copied from the repository's ``src/`` into the wheel, so the repository keeps one
copy of the checker and the wheel holds only what the command line imports (a test installs it apart from
the web app and runs it with Django blocked). The wheel is written here with the standard library from the
description in ``pyproject.toml`` (name, version, dependencies, command), so building it needs no build tool
or download; with a recent setuptools, ``pip wheel`` on a staged copy (``stage``) gives the same contents.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import sys
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "src" / "youthvoice"
# Every module `youthvoice-check` imports, and the rules it reads. --second-opinion needs the sentence model
# of the full package and says so.
FILES = [
    "__init__.py",
    "core/__init__.py",
    "core/nlp.py",
    "language/__init__.py",
    "language/ages.py",
    "language/cli.py",
    "language/directives.py",
    "language/documents.py",
    "language/engine.py",
    "language/errors.py",
    "language/limits.py",
    "language/meaning.py",
    "language/patterns.py",
    "language/publication.py",
    "language/readability.py",
    "language/reports.py",
    "language/responsibility.py",
    "language/rules.py",
    "language/rules_cache.py",
    "language/scan.py",
    "language/data/rules.yaml",
    "language/data/meaning.yaml",
]


def stage(folder: Path) -> Path:
    """The project (pyproject.toml and src/youthvoice with the files above) in ``folder``."""
    shutil.copy(HERE / "pyproject.toml", folder / "pyproject.toml")
    for name in FILES:
        target = folder / "src" / "youthvoice" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SOURCE / name, target)
    return folder


def metadata(project: dict) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
        f"Summary: {project['description']}",
        f"License: {project['license']['text']}",
        f"Requires-Python: {project['requires-python']}",
    ]
    lines += [f"Requires-Dist: {requirement}" for requirement in project["dependencies"]]
    return "\n".join(lines) + "\n"


def record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build(out: Path) -> Path:
    """Write the wheel into ``out`` and return its path."""
    project = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name, version = project["name"].replace("-", "_"), project["version"]
    info = f"{name}-{version}.dist-info"
    contents = {f"youthvoice/{file}": (SOURCE / file).read_bytes() for file in FILES}
    scripts = "".join(f"{command} = {target}\n" for command, target in project["scripts"].items())
    contents[f"{info}/METADATA"] = metadata(project).encode()
    contents[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: youthvoice packaging/youthvoice-check/build.py\n"
        b"Root-Is-Purelib: true\nTag: py3-none-any\n"
    )
    contents[f"{info}/entry_points.txt"] = f"[console_scripts]\n{scripts}".encode()
    record = [record_line(path, data) for path, data in contents.items()] + [f"{info}/RECORD,,"]
    contents[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    out.mkdir(parents=True, exist_ok=True)
    wheel = out / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in contents.items():
            archive.writestr(zipfile.ZipInfo(path, date_time=(2026, 12, 4, 0, 0, 0)), data)
    return wheel


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "dist"))
