"""``youthvoice check``: files, stdin, formats, exit codes and clear errors for bad input."""

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

VENV_BIN = Path(sys.executable).parent


def run(*args, stdin=None):
    """Run the command in-process; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("checklanguage", *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        code = exit_.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def note(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Note\n\nShe keeps putting herself\nat risk.\n", encoding="utf-8")
    return path


def test_findings_are_listed_with_file_line_and_column_and_exit_1(note):
    code, out, _ = run(str(note))
    assert code == 1
    assert f"{note}:3:11: high putting-self-at-risk:" in out
    assert "Try: is at risk of being exploited" in out
    assert "reading age" in out


def test_clean_file_exits_0(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The adult put the child at risk.\n", encoding="utf-8")
    code, out, _ = run(str(clean))
    assert code == 0
    assert "0 finding(s)" in out


def test_json_output(note):
    code, out, _ = run(str(note), "--format", "json")
    data = json.loads(out)
    [finding] = data["files"][0]["findings"]
    assert code == 1
    assert finding["rule_id"] == "putting-self-at-risk"
    assert finding["line"] == 3 and finding["suggestions"]


def test_sarif_output_locates_each_finding(note):
    _, out, _ = run(str(note), "--format", "sarif")
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    [result] = run_["results"]
    assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "putting-self-at-risk"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
        3,
        11,
        4,
        8,
    )
    assert result["level"] == "error"


def test_docx_files_are_read(tmp_path):
    document = docx.Document()
    document.add_paragraph("Case summary.")
    document.add_paragraph("He is a drug runner for a county line.")
    path = tmp_path / "summary.docx"
    document.save(path)
    code, out, _ = run(str(path))
    assert code == 1
    assert f"{path}:2:9: high drug-runner" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("latin.txt", "caf\xe9 lifestyle choice".encode("cp1252"), "is not utf-8 text"),
        ("broken.docx", b"not a zip at all", "is not a readable .docx file"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old Word (.doc) file"),
    ],
)
def test_unreadable_files_get_a_clear_error_and_exit_2(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(str(path))
    assert code == 2
    assert message in err


def test_a_missing_file_is_an_error_but_other_files_are_still_checked(note, tmp_path):
    code, out, err = run(str(tmp_path / "nope.txt"), str(note))
    assert code == 2
    assert "no such file" in err
    assert "putting-self-at-risk" in out


def test_a_named_encoding_is_used(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("caf\xe9: lifestyle choice".encode("cp1252"))
    code, out, _ = run("--encoding", "cp1252", str(path))
    assert code == 1 and "lifestyle-choice" in out


def test_an_unknown_encoding_is_an_error(note):
    code, _, err = run("--encoding", "klingon-8", str(note))
    assert code == 2 and "unknown encoding" in err


def test_a_broken_rules_file_is_a_clear_error(tmp_path, note):
    rules = tmp_path / "rules.yaml"
    rules.write_text("categories: {}\nsources: {}\nrules:\n  - id: x\n", encoding="utf-8")
    with pytest.raises(CommandError, match="the rules cannot be used: .*rule 'x'") as error:
        call_command("checklanguage", "--rules", str(rules), str(note))
    assert error.value.returncode == 2


def test_the_youthvoice_command_reads_stdin_and_exits_with_the_right_codes():
    found = subprocess.run(
        [VENV_BIN / "youthvoice", "check", "-"],
        input=b"He is a gang member.",
        capture_output=True,
        timeout=60,
    )
    assert found.returncode == 1, found.stderr
    assert b"<stdin>:1:9: high gang-member" in found.stdout
    clean = subprocess.run(
        [VENV_BIN / "youthvoice", "check", "-"], input=b"All fine here.", capture_output=True, timeout=60
    )
    assert clean.returncode == 0, clean.stderr
    binary = subprocess.run(
        [VENV_BIN / "youthvoice", "check", "-"], input=b"\x00\x01\x02binary", capture_output=True, timeout=60
    )
    assert binary.returncode == 2
    assert b"looks like a binary file" in binary.stderr


def test_the_standalone_checker_runs_without_django_or_celery(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Staff think he has been holding drugs for the group.\n", encoding="utf-8")
    probe = (
        "import sys; from youthvoice.language.cli import main; "
        "code = main(['--no-reading-age', sys.argv[1]]); "
        "loaded = [m for m in ('django', 'celery', 'textstat', 'spacy') if m in sys.modules]; "
        "print('LOADED', loaded); sys.exit(code)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe, str(note)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": ""},
    )
    assert found.returncode == 1, found.stderr
    assert "drug-market-verbs" in found.stdout
    assert "reading age" not in found.stdout
    # spaCy is loaded for the sentence whose subject had to be read; nothing of the web app is.
    assert "LOADED ['spacy']" in found.stdout


def test_a_clean_file_needs_no_spacy_and_the_console_script_exists(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("We met at the library and talked about college.\n", encoding="utf-8")
    probe = (
        "import sys; from youthvoice.language.cli import main; code = main([sys.argv[1]]); "
        "print('LOADED', [m for m in ('django', 'celery', 'spacy') if m in sys.modules]); sys.exit(code)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe, str(note)], capture_output=True, text=True, timeout=120
    )
    assert found.returncode == 0, found.stderr
    assert "reading age" in found.stdout
    assert "LOADED []" in found.stdout
    assert (VENV_BIN / "youthvoice-check").exists()


def test_the_pre_commit_hook_runs_the_standalone_checker():
    import yaml

    hooks = yaml.safe_load((Path(__file__).parents[2] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "youthvoice-check"
    assert hooks[0]["entry"].split()[0] == "youthvoice-check"
    assert hooks[0]["language"] == "python"


def test_the_checker_installs_and_runs_on_its_own_without_the_web_app(tmp_path):
    # The wheel of youthvoice-check (scripts/build-checker) holds only the checker and asks only for what it
    # reads with; installed apart, its command runs with Django and Celery made impossible to import.
    import runpy
    import zipfile

    build = runpy.run_path(str(Path(__file__).parents[2] / "packaging/youthvoice-check/build.py"))
    wheel = build["build"](tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read("youthvoice_check-0.1.0.dist-info/METADATA").decode()
    assert "youthvoice/language/data/rules.yaml" in names
    assert not any(name.startswith(("youthvoice/voices", "youthvoice/settings")) for name in names)
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert requires and not any(word in " ".join(requires) for word in ("Django", "celery", "psycopg"))

    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", target, wheel],
        check=True,
        timeout=120,
    )
    note = tmp_path / "note.md"
    note.write_text("The referral says she chose to go to the flat with the men.\n", encoding="utf-8")
    probe = (
        "import sys; sys.modules['django'] = sys.modules['celery'] = None; sys.path.insert(0, sys.argv[1]); "
        "import youthvoice; assert youthvoice.__file__.startswith(sys.argv[1]), youthvoice.__file__; "
        "from youthvoice.language.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe, str(target), str(note)], capture_output=True, text=True, timeout=120
    )
    assert found.returncode == 1, found.stderr
    assert "chose-to" in found.stdout and "reading age" in found.stdout
    assert (target / "bin" / "youthvoice-check").exists()


# --- the built checker kept on disk (rules_cache.py) ----------------------------------------------------


def check_in_process(path, cache, monkeypatch):
    """(exit code, JSON report, errors) of checking ``path`` with the cache in ``cache`` (None: as set)."""
    from youthvoice.language.cli import check_files

    if cache is not None:
        monkeypatch.setenv("YOUTHVOICE_CHECK_CACHE", str(cache))
    out, err = io.StringIO(), io.StringIO()
    code = check_files([str(path)], format="json", with_reading_age=False, stdout=out, stderr=err)
    return code, json.loads(out.getvalue()), err.getvalue()


def test_the_built_checker_is_kept_and_the_next_start_reads_it_instead_of_building(
    note, tmp_path, monkeypatch
):
    from youthvoice.language import rules_cache

    cache = tmp_path / "cache"
    first = check_in_process(note, cache, monkeypatch)
    [kept] = cache.glob("checker-*.pickle")
    assert kept.stat().st_mode & 0o777 == 0o600 and cache.stat().st_mode & 0o777 == 0o700

    def no_building():
        raise AssertionError("the checker was built again")

    monkeypatch.setattr(rules_cache, "default_rules", no_building)
    assert check_in_process(note, cache, monkeypatch) == first
    assert first[0] == 1 and first[1]["files"][0]["findings"][0]["rule_id"] == "putting-self-at-risk"


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle at all", b"\x80\x05K\x07.", b"\x80\x05\x95\x10\x00"],
    ids=["empty", "garbage", "another kind of object", "cut short"],
)
def test_an_unreadable_or_foreign_cache_file_is_built_again_and_replaced(
    note, tmp_path, monkeypatch, content
):
    from youthvoice.language import rules_cache

    cache = tmp_path / "cache"
    expected = check_in_process(note, tmp_path / "fresh", monkeypatch)
    cache.mkdir()
    path = cache / f"checker-{rules_cache.checker_key()}.pickle"
    path.write_bytes(content)
    assert check_in_process(note, cache, monkeypatch) == expected
    assert path.read_bytes() != content  # replaced by a checker that loads
    monkeypatch.setattr(rules_cache, "default_rules", lambda: pytest.fail("built again"))
    assert check_in_process(note, cache, monkeypatch) == expected


def test_a_cache_file_others_may_write_is_never_read(note, tmp_path, monkeypatch):
    from youthvoice.language import rules_cache

    cache = tmp_path / "cache"
    expected = check_in_process(note, cache, monkeypatch)
    [kept] = cache.glob("checker-*.pickle")
    kept.chmod(0o666)
    monkeypatch.setattr(rules_cache, "default_rules", lambda: pytest.fail("built again"))
    with pytest.raises(pytest.fail.Exception, match="built again"):
        check_in_process(note, cache, monkeypatch)
    monkeypatch.undo()
    assert check_in_process(note, cache, monkeypatch) == expected  # built again and kept as its owner's
    [kept] = cache.glob("checker-*.pickle")
    assert kept.stat().st_mode & 0o777 == 0o600


def test_a_cache_folder_that_cannot_be_made_or_the_cache_turned_off_still_checks(note, tmp_path, monkeypatch):
    expected = check_in_process(note, tmp_path / "fresh", monkeypatch)
    a_file = tmp_path / "a-file"
    a_file.write_text("in the way", encoding="utf-8")
    assert check_in_process(note, a_file / "cache", monkeypatch) == expected
    assert check_in_process(note, "off", monkeypatch) == expected
    assert not (tmp_path / "off").exists()


def test_with_no_home_folder_to_be_found_the_checker_is_built_and_checks(note, tmp_path, monkeypatch):
    from youthvoice.language import rules_cache

    expected = check_in_process(note, tmp_path / "fresh", monkeypatch)
    monkeypatch.delenv("YOUTHVOICE_CHECK_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(rules_cache.Path, "home", staticmethod(no_home))
    assert rules_cache.cache_folder() is None
    assert check_in_process(note, None, monkeypatch) == expected


def test_a_change_to_the_rules_or_the_code_names_another_file_and_the_old_one_goes(tmp_path, monkeypatch):
    from youthvoice.language import rules_cache

    package = tmp_path / "language"
    shutil.copytree(rules_cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__", "*.json"))
    monkeypatch.setattr(rules_cache, "PACKAGE", package)
    keys = [rules_cache.checker_key()]
    rules = package / "data" / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    keys.append(rules_cache.checker_key())
    with (package / "scan.py").open("a", encoding="utf-8") as code:
        code.write("\n# a comment\n")
    keys.append(rules_cache.checker_key())
    assert len(set(keys)) == 3

    cache = tmp_path / "cache"
    monkeypatch.setenv("YOUTHVOICE_CHECK_CACHE", str(cache))
    rules_cache.cached_default_checker()
    [old] = cache.glob("checker-*.pickle")
    monkeypatch.setattr(rules_cache, "checker_key", lambda: "another")
    rules_cache.cached_default_checker()
    assert [path.name for path in cache.glob("checker-*.pickle")] == ["checker-another.pickle"]
    assert not old.exists()
