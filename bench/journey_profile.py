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
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-" + "k" * 60)
os.environ.setdefault("YOUTHVOICE_SUBMISSIONS_PER_HOUR", "1000000")
os.environ.setdefault("PYTHONWARNINGS", "ignore:No directory at:UserWarning")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
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
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
