"""More than one application server: two gunicorn instances behind HAProxy, one killed mid-run (issue 21).

    .venv/bin/python bench/multi_server.py                     # 50 clients x 40 s, instance A killed at 15 s
    .venv/bin/python bench/multi_server.py --pgbouncer         # the same, PostgreSQL behind PgBouncer

Two gunicorn instances (gthread, ``--workers`` x ``--threads`` each, their own ports) serve one fresh
PostgreSQL database and one Redis, with the same SECRET_KEY, as two servers of a region would. HAProxy (from
Debian's packages; ``apt-get install haproxy``) balances them round robin, so every young person's pages
alternate between the two servers: a journey only finishes if sessions are shared. The clients of
bench/submit_load.py walk the real journey through the proxy, back to back. At ``--kill-at`` seconds
instance A is killed outright (SIGKILL to its whole process group: no graceful shutdown, requests in flight
lost). HAProxy's health checks take it out; a request that was on it gets 502 or 503 and the client sends it
again, as a person pressing "try again" would (the send carries its token: stored once however often it
arrives).

Then it checks, automatically (exit status 1 if any fails):
- nothing lost or stored twice: stored == accepted, no accepted token missing, none stored unconfirmed,
  no journey stored twice (as submit_load.py);
- rate limits hold across instances: both instances restarted with a limit of 3 sends an hour, one client
  sends 4 journeys, each page alternating between the instances directly (no proxy): 3 are stored and the
  4th is refused (429). With a per-process cache each instance would count 2 and take all 4;
- a session started on one instance is read on the other (the same run: every journey crosses them).

``--pgbouncer`` puts PgBouncer (transaction pooling, Debian's package) between the instances and PostgreSQL
and prints the same figures, for comparison with a run without it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import submit_load  # noqa: E402 (the bench next door: its clients, counts and report)
from submit_load import (  # noqa: E402
    VENV_BIN,
    BackendsCpu,
    Client,
    Stats,
    children_of,
    cpu_seconds,
    database_prepare,
    load_average,
    report,
    stored_counts,
    workers_settle,
)

ROOT = Path(__file__).resolve().parents[1]
SLUG = "bench-multi"


class ProxiedClient(Client):
    retryable = frozenset({502, 503, 504})


class AlternatingClient(ProxiedClient):
    """Each request to the next instance in turn, without the proxy: a session must hold on both."""

    def __init__(self, *args, bases: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.bases, self.turn = bases, 0

    @property
    def base(self):
        self.turn += 1
        return self.bases[self.turn % len(self.bases)]

    @base.setter
    def base(self, _value):
        pass


def instance_env(args, database_port: int, *, sends_per_hour: int) -> dict:
    env = submit_load.server_env(args)
    env |= {
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{database_port}/{args.database}",
        "YOUTHVOICE_SUBMISSIONS_PER_HOUR": str(sends_per_hour),
        "YOUTHVOICE_INSTANCES": "2",
        "YOUTHVOICE_TRUSTED_PROXIES": "1",  # HAProxy appends the client's address to X-Forwarded-For
    }
    if args.pgbouncer:
        env["YOUTHVOICE_DATABASE_POOLER"] = "transaction"  # no server-side cursors (config.database_pooler)
    return env


def instance_start(name: str, port: int, env: dict, log_dir: Path, args) -> subprocess.Popen:
    log = log_dir / f"gunicorn-{name}.log"
    command = [
        str(VENV_BIN / "gunicorn"),
        "-c",
        "python:youthvoice.core.gunicorn_conf",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        "gthread",
        "--threads",
        str(args.threads),
        "--error-logfile",
        str(log),
        "youthvoice.wsgi",
    ]
    with log.open("ab") as output:  # its own process group: killing it kills master and workers at once
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=output, stderr=output, start_new_session=True
        )
    wait_for(f"http://127.0.0.1:{port}/c/{SLUG}/", process, what=f"instance {name}")
    return process


def wait_for(url: str, process: subprocess.Popen, *, what: str, most: float = 90) -> None:
    deadline = time.monotonic() + most
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} stopped at start")
        try:
            with urllib.request.urlopen(url, timeout=2) as page:  # noqa: S310
                if page.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{what} did not answer within {most:.0f} s")


def stop(process: subprocess.Popen | None, *, kill: bool = False) -> None:
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGKILL if kill else signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


HAPROXY = """
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    # A request whose server died before answering goes to the other one; youthvoice's POSTs are safe to
    # repeat (answers are saved to the session; the send is stored once by its token).
    retry-on conn-failure empty-response response-timeout
    option http-buffer-request
frontend youthvoice
    bind 127.0.0.1:{proxy_port}
    option forwardfor
    default_backend servers
backend servers
    balance roundrobin
    option httpchk GET /
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2
    server a 127.0.0.1:{port_a} check
    server b 127.0.0.1:{port_b} check
"""

PGBOUNCER = """
[databases]
{database} = host=127.0.0.1 port=5432 dbname={database} user=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
auth_type = trust
auth_file = {auth_file}
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
unix_socket_dir =
ignore_startup_parameters = extra_float_digits,options
"""


def proxy_start(args, log_dir: Path) -> subprocess.Popen:
    config = log_dir / "haproxy.cfg"
    config.write_text(
        HAPROXY.format(proxy_port=args.port, port_a=args.port + 1, port_b=args.port + 2), encoding="utf-8"
    )
    check = subprocess.run(["haproxy", "-c", "-q", "-f", str(config)], capture_output=True, text=True)
    if check.returncode != 0:
        raise SystemExit(f"HAProxy refused its configuration: {check.stderr.strip()}")
    log = (log_dir / "haproxy.log").open("ab")
    process = subprocess.Popen(
        ["haproxy", "-db", "-f", str(config)], stdout=log, stderr=log, start_new_session=True
    )
    wait_for(f"http://127.0.0.1:{args.port}/c/{SLUG}/", process, what="HAProxy")
    return process


def pgbouncer_start(args, log_dir: Path) -> subprocess.Popen:
    auth = log_dir / "userlist.txt"
    auth.write_text('"postgres" ""\n', encoding="utf-8")
    config = log_dir / "pgbouncer.ini"
    config.write_text(
        PGBOUNCER.format(database=args.database, port=args.port + 10, auth_file=auth), encoding="utf-8"
    )
    log = (log_dir / "pgbouncer.log").open("ab")
    command = ["pgbouncer", str(config)]
    if os.geteuid() == 0:  # PgBouncer refuses to run as root unless told which user to become
        command[1:1] = ["-u", "postgres"]
        os.chmod(log_dir, 0o755)  # noqa: S103 (it reads its files there as postgres)
    process = subprocess.Popen(command, stdout=log, stderr=log, start_new_session=True)
    time.sleep(1.0)
    if process.poll() is not None:
        raise SystemExit(f"PgBouncer stopped at start; see {log_dir / 'pgbouncer.log'}")
    return process


async def load_through_proxy(args, kill) -> tuple[Stats, float, dict]:
    stats = Stats()
    stop_event = asyncio.Event()
    clients = [
        ProxiedClient(n, f"http://127.0.0.1:{args.port}", SLUG, stats, args.think)
        for n in range(args.clients)
    ]
    killed: dict = {}

    async def kill_later():
        await asyncio.sleep(args.kill_at)
        killed["at"] = args.kill_at
        await asyncio.to_thread(kill)

    started = time.perf_counter()
    tasks = [asyncio.create_task(client.run(stop_event, 0.0)) for client in clients]
    killer = asyncio.create_task(kill_later())
    await asyncio.sleep(args.duration)
    stop_event.set()
    await asyncio.gather(*tasks)
    await killer
    return stats, time.perf_counter() - started, killed


async def four_journeys_across(bases: list[str]) -> Stats:
    stats = Stats()
    never = asyncio.Event()
    client = AlternatingClient(0, bases[0], SLUG, stats, 0.0, bases=bases)
    import aiohttp

    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=1),
        timeout=aiohttp.ClientTimeout(total=30),
        cookie_jar=aiohttp.CookieJar(unsafe=True),
    ) as http:
        for _ in range(4):
            try:
                await client.journey(http, never)
            except submit_load.JourneyFailed:
                http.cookie_jar.clear()
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=40)
    parser.add_argument("--kill-at", type=float, default=15)
    parser.add_argument("--think", type=float, default=0.0)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn processes per instance")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8780, help="the proxy; instances on the next two ports")
    parser.add_argument("--database", default="yv_multi_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--sessions", choices=["database", "cache"], default="database")
    parser.add_argument("--pgbouncer", action="store_true", help="PostgreSQL behind PgBouncer")
    args = parser.parse_args()
    for tool in ["haproxy", *(["pgbouncer"] if args.pgbouncer else [])]:
        if subprocess.run(["which", tool], capture_output=True).returncode != 0:
            raise SystemExit(f"{tool} is not installed: apt-get install {tool}")

    database = "PgBouncer (transaction pooling)" if args.pgbouncer else "PostgreSQL direct"
    print(
        f"multi_server: 2 instances x {args.workers} gunicorn workers x {args.threads} threads behind "
        f"HAProxy, {args.clients} clients x {args.duration:.0f} s, A killed at {args.kill_at:.0f} s, "
        f"sessions in {args.sessions}, {database}; {os.cpu_count()} cores; load average {load_average()}"
    )
    database_prepare(args, [SLUG])
    all_good = True
    processes: dict[str, subprocess.Popen | None] = {"a": None, "b": None, "proxy": None, "pgbouncer": None}
    with tempfile.TemporaryDirectory(prefix="yv-multi-") as log_dir:
        log_dir = Path(log_dir)
        try:
            database_port = 5432
            if args.pgbouncer:
                processes["pgbouncer"] = pgbouncer_start(args, log_dir)
                database_port = args.port + 10
            env = instance_env(args, database_port, sends_per_hour=1_000_000)
            processes["a"] = instance_start("a", args.port + 1, env, log_dir, args)
            processes["b"] = instance_start("b", args.port + 2, env, log_dir, args)
            workers = children_of(processes["a"].pid) + children_of(processes["b"].pid)
            workers_settle(workers)
            survivors = children_of(processes["b"].pid)
            cpu_before = {pid: cpu_seconds(pid) for pid in workers}
            processes["proxy"] = proxy_start(args, log_dir)
            backends = BackendsCpu(args)
            backends.sample()

            def kill_a():
                for pid in children_of(processes["a"].pid):  # its CPU until now, before it is gone
                    cpu_before[pid] = cpu_before.get(pid, 0.0) - cpu_seconds(pid)
                stop(processes["a"], kill=True)

            stats, elapsed, killed = asyncio.run(load_through_proxy(args, kill_a))
            gone = processes["a"].poll() is not None and not children_of(processes["a"].pid)
            print(f"  instance A killed at {killed.get('at', 0):.0f} s, its processes gone: {gone}")
            all_good &= gone
            backends.sample()
            counts = stored_counts(args, SLUG, stats)
            label = f"through HAProxy, instance A killed at {killed.get('at', 0):.0f} s"
            all_good &= report(label, stats, elapsed, counts, {})
            cpu_b = sum(cpu_seconds(pid) - cpu_before.get(pid, 0.0) for pid in survivors)
            print(
                f"  every journey's pages alternated between the instances (round robin): sessions shared. "
                f"Instance B's workers used {cpu_b:.1f} s of CPU; load average {load_average()}"
            )
        finally:
            for name in ("proxy", "a", "b"):
                stop(processes[name])

        # Rate limits across instances: a limit of 3 sends an hour, 4 journeys alternating A and B.
        try:
            env = instance_env(args, database_port, sends_per_hour=3)
            import redis

            redis.Redis.from_url(args.redis).flushdb()  # the bench's own Redis database: a fresh count
            processes["a"] = instance_start("a2", args.port + 1, env, log_dir, args)
            processes["b"] = instance_start("b2", args.port + 2, env, log_dir, args)
            bases = [f"http://127.0.0.1:{args.port + 1}", f"http://127.0.0.1:{args.port + 2}"]
            stats = asyncio.run(four_journeys_across(bases))
            refused = sum(count for kind, count in stats.errors.items() if kind.startswith("send: 429"))
            held = len(stats.accepted) == 3 and refused >= 1
            print(
                f"\n== rate limit across instances (3 sends an hour, 4 journeys alternating A and B): "
                f"accepted {len(stats.accepted)}, refused with 429 {refused} -> {'OK' if held else 'FAILED'}"
            )
            all_good &= held
        finally:
            for name in ("a", "b", "pgbouncer"):
                stop(processes[name])
    print(f"\n{'ALL CHECKS PASSED' if all_good else 'A CHECK FAILED'}")
    return 0 if all_good else 1


if __name__ == "__main__":
    sys.exit(main())
