"""Where a journey page's CPU goes, in-process (issue 21): CPU time and queries per step, and a profile.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/yv_profile REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/journey_profile.py --journeys 30 [--profile 25]

It migrates the database named by DATABASE_URL (made empty by the caller), makes the same consultation as
bench/submit_load.py (8 questions of every kind, content notes), then walks the real journey with Django's
test client (middleware, sessions, templates: everything but the HTTP server) ``--journeys`` times, after
one walk to warm up. It prints, per step, the CPU time (``time.process_time``, so it holds however busy
the machine is) and the queries each request made; with ``--profile N`` the N functions with the most
cumulative time under cProfile. The peer in the same run is the same walk with Django's test client on
the quick exit (a POST with no template and no query): the floor that Django's middleware costs.

``--compare-with REF`` (a commit, e.g. main) times REF's code and this worktree's in the same run, on the
same database: REF's ``src/`` is taken from git into a temporary folder (with this worktree's compiled
translations) and each side walks ``--journeys`` journeys in its own process, alternating for
``--rounds`` rounds, before first; the table gives both sides' CPU per step over all their rounds.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-" + "k" * 60)
os.environ.setdefault("YOUTHVOICE_SUBMISSIONS_PER_HOUR", "1000000")
os.environ.setdefault("PYTHONWARNINGS", "ignore:No directory at:UserWarning")
ROOT = Path(__file__).resolve().parents[1]


def compare(argv: list[str]) -> int:
    """Before (REF's src) and after (this worktree), alternating child processes; one table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare-with", required=True)
    parser.add_argument("--journeys", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    args, _ = parser.parse_known_args(argv)
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    with tempfile.TemporaryDirectory(prefix="journey-before-") as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.compare_with, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        for compiled in (ROOT / "src").rglob("*.mo"):
            target = Path(folder) / compiled.relative_to(ROOT)
            if target.parent.exists():
                shutil.copy(compiled, target)
        sides = {"before": str(Path(folder) / "src"), "after": str(ROOT / "src")}
        results: dict[str, dict[str, dict[str, list]]] = {side: {} for side in sides}
        for round_ in range(args.rounds):
            for side, src in sides.items():
                out = Path(folder) / f"{side}-{round_}.json"
                environment = {**os.environ, "PYTHONPATH": src}
                subprocess.run(
                    [sys.executable, __file__, "--journeys", str(args.journeys), "--json", str(out)],
                    env=environment,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                for step, values in json.loads(out.read_text()).items():
                    kept = results[side].setdefault(step, {"cpu": [], "queries": []})
                    kept["cpu"] += values["cpu"]
                    kept["queries"] += values["queries"]
    end = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"journey_profile --compare-with {args.compare_with}: {args.rounds} rounds x {args.journeys} journeys"
        f" a side, alternating; load average {load} at the start, {end} at the end"
    )
    side_heading = f"{'mean':>8} {'queries':>7}"
    print(f"{'step':44} {'before p50':>10} {side_heading}   {'after p50':>9} {side_heading}")
    for step in results["after"]:
        cells = []
        for side in sides:
            kept = results[side].get(step)
            if not kept:
                cells.append(f"{'-':>10} {'-':>8} {'-':>7}")
                continue
            cpu, queries = kept["cpu"], kept["queries"]
            cells.append(
                f"{statistics.median(cpu) * 1000:8.2f}ms {statistics.fmean(cpu) * 1000:6.2f}ms"
                + (f" {statistics.fmean(queries):7.1f}" if queries else f" {'':7}")
            )
        print(f"{step:44} {cells[0]}   {cells[1]}")
    return 0


if __name__ == "__main__" and "--compare-with" in sys.argv:
    sys.exit(compare(sys.argv[1:]))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from submit_load import CSRF, QUESTION_ID, SETUP, TEXTAREA, TOKEN, choice_values  # noqa: E402

SLUG = "bench-profile"


def prepare() -> None:
    call_command("migrate", verbosity=0)
    from youthvoice.consultations.models import Consultation

    if not Consultation.objects.filter(slug=SLUG).exists():
        saved = sys.argv
        sys.argv = ["setup", SLUG]
        try:
            exec(SETUP.replace("django.setup()", ""), {})  # noqa: S102 (the bench's own setup code)
        finally:
            sys.argv = saved


class Walker:
    def __init__(self):
        self.cpu: dict[str, list[float]] = defaultdict(list)
        self.queries: dict[str, list[int]] = defaultdict(list)

    def request(self, client, method: str, path: str, step: str, data=None):
        reset_queries()  # the log keeps 9,000 queries: past that CaptureQueriesContext miscounts
        with CaptureQueriesContext(connection) as captured:
            started = time.process_time()
            response = client.get(path) if method == "GET" else client.post(path, data)
            self.cpu[step].append(time.process_time() - started)
        self.queries[step].append(len(captured.captured_queries))
        if response.status_code not in (200, 204, 302):
            raise SystemExit(f"{method} {path}: {response.status_code}")
        return response

    def journey(self, client) -> None:
        start = f"/c/{SLUG}/"
        body = self.request(client, "GET", start, "start page").content.decode()
        where = self.request(
            client, "POST", start, "start (POST)", {"csrfmiddlewaretoken": CSRF.search(body).group(1)}
        )["Location"]
        while not where.endswith("/check/"):
            body = self.request(client, "GET", where, "question page").content.decode()
            data = {"csrfmiddlewaretoken": CSRF.search(body).group(1), "action": "continue"}
            if where.endswith("/about-you/"):
                data |= {"age_band": choice_values(body, "age_band")[0]}
                data |= {"locality": (choice_values(body, "locality") or [""])[0]}
            elif (question := QUESTION_ID.search(body)) is not None:
                data["question"] = question.group(1)
                options = choice_values(body, "answer")
                if options:
                    data["answer"] = options[0]
                if TEXTAREA.search(body):
                    data["text"] = "Near the bus station after dark, and online."
            where = self.request(client, "POST", where, "answer (POST)", data)["Location"]
        body = self.request(client, "GET", where, "check page").content.decode()
        form = {"csrfmiddlewaretoken": CSRF.search(body).group(1), "token": TOKEN.search(body).group(1)}
        sent = self.request(client, "POST", where, "send (POST)", form)["Location"]
        self.request(client, "GET", sent, "confirmation")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journeys", type=int, default=30)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions")
    parser.add_argument("--profile-out", type=Path, help="with --profile: also write the profile (pstats)")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # --compare-with's children write here
    args = parser.parse_args()
    prepare()
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"journey_profile: {args.journeys} journeys, database {connection.vendor}; load average {load}")
    # Warm up: templates compiled, translations and the de-identifier loaded.
    Walker().journey(Client(HTTP_HOST="localhost"))
    walker = Walker()
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    if profiler:
        profiler.enable()
    for _ in range(args.journeys):
        walker.journey(Client(HTTP_HOST="localhost"))
    if profiler:
        profiler.disable()
    floor = Walker()
    client = Client(HTTP_HOST="localhost")
    for _ in range(args.journeys * 10):
        floor.request(client, "POST", "/c/exit/", "peer: quick exit (no template, no query)")
    every = [t for times in walker.cpu.values() for t in times]
    if args.json:
        steps = {**walker.cpu, **floor.cpu, "every journey request": every}
        counts = {**walker.queries, **floor.queries}
        kept = {step: {"cpu": times, "queries": counts.get(step, [])} for step, times in steps.items()}
        args.json.write_text(json.dumps(kept))
    print(f"{'step':44} {'requests':>8} {'CPU p50':>9} {'CPU mean':>9} {'queries':>8}")
    for step, times in [*walker.cpu.items(), *floor.cpu.items()]:
        counts = walker.queries.get(step) or floor.queries[step]
        print(
            f"{step:44} {len(times):8d} {statistics.median(times) * 1000:7.2f}ms "
            f"{statistics.fmean(times) * 1000:7.2f}ms {statistics.fmean(counts):8.1f}"
        )
    print(
        f"{'every journey request':44} {len(every):8d} {statistics.median(every) * 1000:7.2f}ms "
        f"{statistics.fmean(every) * 1000:7.2f}ms"
    )
    print(f"load average at the end {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    if profiler:
        stats = pstats.Stats(profiler)
        if args.profile_out:
            stats.dump_stats(args.profile_out)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
