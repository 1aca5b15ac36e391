"""Young people sending their answers under load, and through a PostgreSQL restart (issues 3 and 7).

    .venv/bin/python bench/submit_load.py                              # 50 clients, 60 s, then the peer
    .venv/bin/python bench/submit_load.py --restart-postgres-at 38     # restart PostgreSQL 38 s in

(Back to back, the first journey takes about 35 s: at 38 s the first sends are on their way.)

It makes a fresh PostgreSQL database (``--database``, default yv_load_bench) with one open consultation
per run, starts gunicorn on it (gthread: ``--workers`` processes x ``--threads`` threads), and from this
process (asyncio + aiohttp, one keep-alive connection and cookie jar per client) drives ``--clients``
young people, each walking the real journey again and again for ``--duration`` seconds: the start page,
"Start now" (CSRF), each question page (content notes too) and its answer, "about you", check your
answers (the idempotency token), send (the timed operation) and the confirmation with its reference code.
``--think`` seconds on average (half to one and a half times) pass before each page (0: back to back,
the worst case); with a think time the clients arrive over the first min(duration / 2, 10 x think)
seconds, so that their sends do not all fall in the same moment. When time is up no client starts a new
page, but a send already made is seen through to its answer.

A 503 is the retryable answer (Retry-After): the client waits as long as it says and sends the same
request again, the send with the same token, as a browser's "try again" would. Every journey's free
text carries a random marker, so after the run the database is counted against what the clients were
told: stored == accepted, no accepted token missing, none stored that was not confirmed, and no journey
stored twice.

The peer, in the same run: the same load on gunicorn's sync workers (the same number of processes,
one request at a time each, no keep-alive), which is what youthvoice.core.gunicorn_conf ships (4 of
them). Both serve the same Django and the same PostgreSQL, so the difference is only how the server
holds 50 clients: threads that overlap waits on PostgreSQL and Redis and keep connections alive, against
one request at a time per process.

Rate limiting counts per client address and every client here is 127.0.0.1, so the bench raises
YOUTHVOICE_SUBMISSIONS_PER_HOUR; the cache is Redis (``--redis``), as in production. PostgreSQL is
always running again when the bench ends (try/finally), and gunicorn is stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import string
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psycopg

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
PG_VERSION = (
    sorted(os.listdir("/etc/postgresql"))[0] if Path("/etc/postgresql").is_dir() else "15"
)  # the cluster the issue says to restart
SLUG_PREFIX = "bench-load"

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TOKEN = re.compile(r'name="token" value="([^"]+)"')
QUESTION_ID = re.compile(r'name="question" value="(\d+)"')
REFERENCE = re.compile(r'id="reference-code">([A-Z0-9]+)<')
TEXTAREA = re.compile(r'<textarea[^>]*name="text"')


def choice_values(html: str, name: str) -> list[str]:
    values = []
    for tag in re.findall(r"<input[^>]*>", html):
        if f'name="{name}"' in tag and ('type="radio"' in tag or 'type="checkbox"' in tag):
            found = re.search(r'value="([^"]*)"', tag)
            if found and found.group(1):
                values.append(found.group(1))
    return values


# --- the database and the server -------------------------------------------------------------------


def database_url(name: str) -> str:
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def server_env(args) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url(args.database),
        "SECRET_KEY": "bench-only-" + "k" * 60,  # one key for every worker: sessions and CSRF must agree
        "REDIS_URL": args.redis,
        "YOUTHVOICE_SUBMISSIONS_PER_HOUR": "1000000",
        "YOUTHVOICE_SESSION_STORE": args.sessions,
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "youthvoice.settings",
        "PYTHONWARNINGS": "ignore:No directory at:UserWarning",
    }


SETUP = """
import datetime, sys
import django
django.setup()
from django.utils import timezone
from youthvoice.consultations.models import Consultation, ConsultationQuestion, Question
from youthvoice.consultations.services import question_bank_load
from youthvoice.partnership.models import Locality, Partnership

partnership = Partnership.objects.create(name="Bench partnership", slug="bench", area="Bench")
for name in ["North", "South", "Town centre"]:
    Locality.objects.create(partnership=partnership, name=name)
question_bank_load(partnership=partnership)
bank = list(Question.objects.filter(partnership=partnership, audience="young_people").order_by("pk"))
# A realistic short consultation: every kind, two sensitive questions (each with its content note).
picked, kinds = [], {}
for question in bank:
    if kinds.get(question.kind, 0) < 2 and len(picked) < 8:
        picked.append(question)
        kinds[question.kind] = kinds.get(question.kind, 0) + 1
today = timezone.localdate()
for slug in sys.argv[1:]:
    consultation = Consultation.objects.create(
        partnership=partnership, slug=slug, title="Feeling safe", purpose="language_and_harm",
        purpose_detail="We want to hear where you feel safe.", channels=["online"],
        opens_on=today - datetime.timedelta(days=1), closes_on=today + datetime.timedelta(days=30),
        promise="We will read every answer.", feedback_due_on=today + datetime.timedelta(days=60),
        status=Consultation.Status.OPEN,
    )
    ConsultationQuestion.objects.bulk_create(
        ConsultationQuestion(consultation=consultation, question=q, order=n) for n, q in enumerate(picked, 1)
    )
print(" ".join(f"{q.kind}{'*' if q.sensitive else ''}" for q in picked))
"""


def database_prepare(args, slugs: list[str]) -> str:
    env = server_env(args)
    pg = ["-h", "127.0.0.1", "-U", "postgres"]
    subprocess.run(["dropdb", *pg, "--if-exists", "--force", args.database], check=True)
    subprocess.run(["createdb", *pg, args.database], check=True)
    subprocess.run([VENV_BIN / "youthvoice", "migrate", "-v", "0"], env=env, check=True)
    done = subprocess.run(
        [VENV_BIN / "python", "-c", SETUP, *slugs], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


@dataclass
class Server:
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def server_start(args, *, worker_class: str, slug: str, log_dir: Path) -> Server:
    log = log_dir / f"gunicorn-{worker_class}.log"
    command = [
        VENV_BIN / "gunicorn",
        "-c",
        "python:youthvoice.core.gunicorn_conf",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        worker_class,
        "--error-logfile",
        str(log),
        "youthvoice.wsgi",
    ]
    if worker_class == "gthread":
        command[-1:-1] = ["--threads", str(args.threads)]
    with log.open("ab") as output:  # the app's warnings too (each 503 is logged as one line)
        process = subprocess.Popen(command, env=server_env(args), cwd=ROOT, stdout=output, stderr=output)
    server = Server(process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped at start; see {log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/c/{slug}/", timeout=2) as page:  # noqa: S310
                if page.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.stop()
    raise SystemExit("gunicorn did not answer within 60 s")


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used (from /proc): what it cost, however busy the machine."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def workers_settle(workers: list[int], *, most: float = 90.0) -> None:
    """Wait until the workers are idle: done starting up (with youthvoice.core.gunicorn_conf, each loads the
    de-identifier and spaCy's model as it starts), so their start-up is not counted as requests' CPU."""
    deadline = time.monotonic() + most
    used = sum(cpu_seconds(pid) for pid in workers)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = sum(cpu_seconds(pid) for pid in workers)
        if now - used < 0.05:
            return
        used = now


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


class BackendsCpu:
    """CPU used by the PostgreSQL backends serving the bench database, sampled every half second (each is
    replaced after CONN_MAX_AGE, so its last sample stands for it)."""

    def __init__(self, args):
        self.url = database_url(args.database).replace("postgres://", "postgresql://")
        self.name = args.database
        self.seen: dict[int, float] = {}

    def sample(self) -> None:
        try:
            with psycopg.connect(self.url, connect_timeout=2) as db:
                pids = db.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    [self.name],
                ).fetchall()
        except psycopg.Error:
            return  # restarting
        for (pid,) in pids:
            self.seen[pid] = max(self.seen.get(pid, 0.0), cpu_seconds(pid))

    async def watch(self, stop) -> None:
        while not stop.is_set():
            await asyncio.to_thread(self.sample)
            await asyncio.sleep(0.5)

    @property
    def total(self) -> float:
        return sum(self.seen.values())


def postgres(action: str) -> float:
    started = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", action],
        check=True,
        capture_output=True,
    )
    return time.monotonic() - started


def postgres_online() -> bool:
    status = subprocess.run(["pg_ctlcluster", PG_VERSION, "main", "status"], capture_output=True)
    return status.returncode == 0


# --- the clients -----------------------------------------------------------------------------------


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(
        default_factory=lambda: {"submit": [], "journey": [], "all": []}
    )
    by_step: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    requests: int = 0
    submits: int = 0
    journeys_started: int = 0
    accepted: dict[str, str] = field(default_factory=dict)  # token -> marker
    references: set[str] = field(default_factory=set)
    retryable: int = 0
    clients_retried: set[int] = field(default_factory=set)
    server_errors: int = 0
    submit_retried: int = 0


class JourneyFailed(Exception):
    pass


class Client:
    # Answers a person meets with "try again": 503 with Retry-After from youthvoice itself. Behind a proxy,
    # 502 and 504 too (a server lost mid-request); the send is safe to repeat, its token stores it once.
    retryable = frozenset({503})

    def __init__(self, number: int, base: str, slug: str, stats: Stats, think: float):
        self.number, self.base, self.slug, self.stats, self.think = number, base, slug, stats, think

    async def call(self, http, method: str, path: str, *, step: str, data=None, must_finish=False, stop=None):
        """One request; a 503 or a dropped connection is retried after Retry-After, as a person would."""
        attempts = 0
        while True:
            attempts += 1
            started = time.perf_counter()
            try:
                async with http.request(method, self.base + path, data=data, allow_redirects=False) as page:
                    body = await page.text()
                    status, headers = page.status, page.headers
            except (TimeoutError, aiohttp.ClientError) as error:
                self.stats.errors[f"{step}: {type(error).__name__}"] += 1
                status, headers, body = None, {}, ""
            elapsed = time.perf_counter() - started
            self.stats.requests += 1
            self.stats.latencies["all"].append(elapsed)
            self.stats.by_step.setdefault(step, []).append(elapsed)
            if step == "send":
                self.stats.latencies["submit"].append(elapsed)
            if status is not None and status < 500 and status != 429:
                return status, headers, body
            if status in self.retryable:
                self.stats.errors[f"{step}: {status} (retryable)"] += 1
                self.stats.retryable += 1
                self.stats.clients_retried.add(self.number)
            elif status is not None:
                self.stats.errors[f"{step}: {status}"] += 1
                if status >= 500:
                    self.stats.server_errors += 1
                raise JourneyFailed(step)
            if not must_finish and stop.is_set():
                raise JourneyFailed("time up")
            if attempts >= 60:
                raise JourneyFailed(f"{step}: gave up")
            await asyncio.sleep(min(float(headers.get("Retry-After", "1")), 10.0))

    async def page(self, http, path: str, step: str, stop) -> str:
        if self.think:
            await asyncio.sleep(random.uniform(0.5, 1.5) * self.think)
        if stop.is_set():
            raise JourneyFailed("time up")
        status, _headers, body = await self.call(http, "GET", path, step=step, stop=stop)
        if status != 200:
            self.stats.errors[f"{step}: {status}"] += 1
            raise JourneyFailed(step)
        return body

    async def post(self, http, path: str, data: dict, step: str, stop, must_finish=False) -> str:
        if stop.is_set() and not must_finish:
            raise JourneyFailed("time up")
        status, headers, _body = await self.call(
            http, "POST", path, step=step, data=data, must_finish=must_finish, stop=stop
        )
        if status != 302:
            self.stats.errors[f"{step}: {status}"] += 1
            raise JourneyFailed(step)
        return headers["Location"]

    async def journey(self, http, stop) -> None:
        c = f"/c/{self.slug}/"
        marker = "".join(random.choices(string.ascii_lowercase, k=12))
        started = time.perf_counter()
        self.stats.journeys_started += 1
        body = await self.page(http, c, "start page", stop)
        where = await self.post(http, c, {"csrfmiddlewaretoken": CSRF.search(body).group(1)}, "start", stop)
        while not where.endswith("/check/"):
            body = await self.page(http, where, "question page", stop)
            data = {"csrfmiddlewaretoken": CSRF.search(body).group(1), "action": "continue"}
            if where.endswith("/about-you/"):
                data |= {"age_band": random.choice(choice_values(body, "age_band"))}
                data |= {"locality": random.choice(choice_values(body, "locality") or [""])}
            elif (question := QUESTION_ID.search(body)) is not None:
                data["question"] = question.group(1)
                options = choice_values(body, "answer")
                if options:
                    multiple = 'type="checkbox"' in body
                    two = multiple and len(options) > 1
                    data["answer"] = random.sample(options, 2) if two else options[0]
                if TEXTAREA.search(body):
                    data["text"] = f"Near the bus station after dark, and online. Ref marker {marker}"
            where = await self.post(http, where, data, "answer", stop)
        body = await self.page(http, where, "check page", stop)
        token = TOKEN.search(body).group(1)
        form = {"csrfmiddlewaretoken": CSRF.search(body).group(1), "token": token}
        if stop.is_set():
            raise JourneyFailed("time up")
        self.stats.submits += 1
        # From here the answers may be stored: see it through to an answer even when time is up.
        sent = await self.post(http, where, form, "send", stop, must_finish=True)
        if not sent.endswith("/sent/"):
            self.stats.errors[f"send: went to {sent}"] += 1
            raise JourneyFailed("send")
        self.stats.accepted[token] = marker
        status, _headers, body = await self.call(http, "GET", sent, step="confirmation", must_finish=True)
        reference = REFERENCE.search(body)
        if status != 200 or reference is None:
            self.stats.errors["confirmation: no reference code"] += 1
        else:
            self.stats.references.add(reference.group(1))
        self.stats.latencies["journey"].append(time.perf_counter() - started)

    async def run(self, stop, delay: float) -> None:
        await asyncio.sleep(delay)  # clients arrive over the ramp, so their sends do not all fall together
        connector = aiohttp.TCPConnector(limit=1, force_close=False)
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(
            connector=connector, timeout=timeout, cookie_jar=aiohttp.CookieJar(unsafe=True)
        ) as http:
            while not stop.is_set():
                try:
                    await self.journey(http, stop)
                except JourneyFailed:
                    http.cookie_jar.clear()  # start again as a new young person


async def drive(
    args, slug: str, restart_at: float | None, backends: BackendsCpu
) -> tuple[Stats, float, dict]:
    stats = Stats()
    stop = asyncio.Event()
    clients = [
        Client(n, f"http://127.0.0.1:{args.port}", slug, stats, args.think) for n in range(args.clients)
    ]
    outage: dict = {}

    async def restart_later():
        await asyncio.sleep(restart_at)
        outage["at"] = restart_at
        outage["seconds"] = await asyncio.to_thread(postgres, "restart")

    started = time.perf_counter()
    ramp = min(args.duration / 2, args.think * 10)
    tasks = [
        asyncio.create_task(client.run(stop, ramp * n / len(clients))) for n, client in enumerate(clients)
    ]
    watcher = asyncio.create_task(backends.watch(stop))
    restarter = asyncio.create_task(restart_later()) if restart_at is not None else None
    await asyncio.sleep(args.duration)
    stop.set()
    await asyncio.gather(*tasks)
    await watcher
    await asyncio.to_thread(backends.sample)
    if restarter is not None:
        await restarter
    return stats, time.perf_counter() - started, outage


def stored_counts(args, slug: str, stats: Stats) -> dict:
    with psycopg.connect(database_url(args.database).replace("postgres://", "postgresql://")) as db:
        rows = db.execute(
            "SELECT r.idempotency_token FROM voices_response r JOIN consultations_consultation c"
            " ON c.id = r.consultation_id WHERE c.slug = %s",
            [slug],
        ).fetchall()
        twice = db.execute(
            "SELECT substring(a.text from 'marker ([a-z]{12})') AS marker FROM voices_answer a"
            " JOIN voices_response r ON r.id = a.response_id JOIN consultations_consultation c"
            " ON c.id = r.consultation_id WHERE c.slug = %s AND a.text LIKE '%%marker %%'"
            " GROUP BY marker HAVING count(DISTINCT a.response_id) > 1",
            [slug],
        ).fetchall()
    tokens = [row[0] for row in rows]
    return {
        "stored": len(tokens),
        "missing": len(set(stats.accepted) - set(tokens)),
        "unconfirmed": len(set(tokens) - set(stats.accepted)),
        "duplicates": len(tokens) - len(set(tokens)) + len(twice),
    }


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def report(label: str, stats: Stats, elapsed: float, counts: dict, outage: dict) -> bool:
    submit, journey = stats.latencies["submit"], stats.latencies["journey"]
    print(f"\n== {label}")
    print(
        f"  requests {stats.requests}  ({stats.requests / elapsed:.0f}/s)   journeys started "
        f"{stats.journeys_started}   sends {stats.submits}   accepted {len(stats.accepted)} "
        f"({len(stats.accepted) / elapsed:.1f}/s)   reference codes {len(stats.references)}"
    )
    print(
        f"  send (the submit POST, {len(submit)} attempts): p50 {percentile(submit, 50):.0f} ms   "
        f"p95 {percentile(submit, 95):.0f} ms   p99 {percentile(submit, 99):.0f} ms   "
        f"max {max(submit or [0]) * 1000:.0f} ms"
    )
    print(
        f"  every request: p50 {percentile(stats.latencies['all'], 50):.0f} ms   "
        f"p95 {percentile(stats.latencies['all'], 95):.0f} ms;   whole journey ({len(journey)}): "
        f"p50 {percentile(journey, 50):.0f} ms   p95 {percentile(journey, 95):.0f} ms"
    )
    print(
        "  by step, p50 / p95 ms: "
        + ";  ".join(
            f"{step} {percentile(times, 50):.0f} / {percentile(times, 95):.0f}"
            for step, times in stats.by_step.items()
        )
    )
    print("  errors by kind: " + (", ".join(f"{k} x{v}" for k, v in sorted(stats.errors.items())) or "none"))
    if outage:
        print(
            f"  PostgreSQL restarted at {outage['at']:.0f} s (took {outage['seconds']:.1f} s): "
            f"{len(stats.clients_retried)} clients saw the retryable 503 ({stats.retryable} times); "
            f"server errors other than 503: {stats.server_errors}"
        )
    good = (
        counts["stored"] == len(stats.accepted)
        and not counts["missing"]
        and not counts["unconfirmed"]
        and not counts["duplicates"]
        and not stats.server_errors
    )
    print(
        f"  database: stored {counts['stored']} == accepted {len(stats.accepted)}: "
        f"{counts['stored'] == len(stats.accepted)}   missing {counts['missing']}   "
        f"stored but never confirmed {counts['unconfirmed']}   duplicates {counts['duplicates']}   "
        f"500s {stats.server_errors}   -> {'OK' if good else 'FAILED'}"
    )
    return good


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--think", type=float, default=0.0, help="seconds between pages (0: back to back)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database", default="yv_load_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--sessions", choices=["database", "cache"], default="database")
    parser.add_argument("--restart-postgres-at", type=float, default=None, metavar="SECONDS")
    parser.add_argument(
        "--peer", choices=["sync", "none"], default=None, help="default: sync; none with a restart"
    )
    parser.add_argument(
        "--sync-only", action="store_true", help="only the shipped sync workers (pairs of runs, before/after)"
    )
    args = parser.parse_args()
    peer = args.peer or ("none" if args.restart_postgres_at is not None else "sync")
    gthread, sync = ("gthread", f"{SLUG_PREFIX}-gthread"), ("sync", f"{SLUG_PREFIX}-sync")
    runs = [sync] if args.sync_only else [gthread] if peer == "none" else [gthread, sync]

    print(
        f"submit_load: {args.clients} clients x {args.duration:.0f} s, think {args.think} s, "
        f"sessions in {args.sessions}, gunicorn "
        f"{args.workers} workers ({args.threads} threads for gthread), PostgreSQL {PG_VERSION}, "
        f"{os.cpu_count()} cores; load average {load_average()}"
    )
    questions = database_prepare(args, [slug for _kind, slug in runs])
    print(f"consultation: {questions}  (* sensitive: a content note first)")
    all_good = True
    with tempfile.TemporaryDirectory(prefix="yv-load-") as log_dir:
        for worker_class, slug in runs:
            server = None
            try:
                server = server_start(args, worker_class=worker_class, slug=slug, log_dir=Path(log_dir))
                workers = children_of(server.process.pid)
                workers_settle(workers)
                server_cpu = sum(cpu_seconds(pid) for pid in workers)
                backends = BackendsCpu(args)
                backends.sample()
                before = backends.total
                client_cpu = time.process_time()
                stats, elapsed, outage = asyncio.run(drive(args, slug, args.restart_postgres_at, backends))
                client_cpu = time.process_time() - client_cpu
                server_cpu = sum(cpu_seconds(pid) for pid in workers) - server_cpu
                database_cpu = backends.total - before
            finally:
                if server is not None:
                    server.stop()
                if not postgres_online():
                    print("PostgreSQL was not running after the run: starting it again")
                    postgres("start")
            threads = f" x{args.threads} threads" if worker_class == "gthread" else ""
            label = f"gunicorn {worker_class}{threads}, {args.workers} workers"
            all_good &= report(label, stats, elapsed, stored_counts(args, slug, stats), outage)
            log = server.log.read_text(errors="replace")
            raised = Counter(
                found.group(1)
                for block in log.split("Traceback (most recent call last):")[1:]
                if (found := re.search(r"^([\w.]+(?:Error|Exception|Interrupted)):", block, re.M))
            )
            print(
                f"  gunicorn's log: {log.count('database unavailable:')} outages answered 503 (one line "
                f"each); "
                f"tracebacks by error: {dict(raised) or 'none'};   load average {load_average()}"
            )
            print(
                f"  CPU per request: gunicorn workers {server_cpu / stats.requests * 1000:.1f} ms, "
                f"PostgreSQL backends {database_cpu / stats.requests * 1000:.1f} ms, "
                f"these {args.clients} clients {client_cpu / stats.requests * 1000:.1f} ms "
                f"(the bench's share of {os.cpu_count()} cores, whatever else runs)"
            )
    return 0 if all_good else 1


if __name__ == "__main__":
    sys.exit(main())
