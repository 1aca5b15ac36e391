"""A theme suggestion run survives its worker being killed mid-job: redone once, nothing lost or doubled.

Real Celery workers over Redis (db 15, as tests/core/test_jobs.py), sharing an SQLite file with this test. The
run pauses after its analysis on the first attempt; the worker is killed with SIGKILL there; Redis hands the
unacknowledged job to a new worker once the visibility timeout has passed, and the new worker finishes it.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from celery import Celery

ROOT = Path(__file__).resolve().parents[2]
VISIBILITY_TIMEOUT = 6  # seconds before Redis gives an unacknowledged job to another worker
THEMES, PER_THEME = 4, 50


def start_worker(env, name):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "youthvoice",
            "worker",
            "--pool=solo",
            "-n",
            f"{name}@%h",
            "--loglevel=WARNING",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition, *, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"Timed out after {timeout} s waiting for {what}")


def test_a_run_finishes_exactly_once_after_its_worker_is_killed(redis_url, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="youthvoice.settings",
        YOUTHVOICE_HOME=str(tmp_path),
        CELERY_BROKER_URL=redis_url,
        CELERY_RESULT_BACKEND=redis_url,
        CELERY_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT),
    )
    database = tmp_path / "youthvoice.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "django", "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True
    )
    created = subprocess.run(
        [sys.executable, "-m", "tests.insights_fault_job", "60", str(THEMES), str(PER_THEME)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    run_id, answers = (int(value) for value in created.stdout.split())

    def run_row():
        with sqlite3.connect(database, timeout=10) as db:
            return db.execute(
                "SELECT status, attempts, progress_message, finished_at FROM insights_themesuggestionrun "
                "WHERE id = ?",
                (run_id,),
            ).fetchone()

    def stored():
        with sqlite3.connect(database, timeout=10) as db:
            suggestions = db.execute(
                "SELECT COUNT(*) FROM insights_themesuggestion WHERE run_id = ?", (run_id,)
            ).fetchone()[0]
            assignments, distinct_answers = db.execute(
                "SELECT COUNT(*), COUNT(DISTINCT a.answer_id) FROM insights_themesuggestionassignment a "
                "JOIN insights_themesuggestion s ON s.id = a.suggestion_id WHERE s.run_id = ?",
                (run_id,),
            ).fetchone()
        return suggestions, assignments, distinct_answers

    first = start_worker(env, "first")
    second = None
    try:
        wait_for(
            lambda: run_row()[2] == "Pausing (test)", timeout=120, what="the first worker to reach the pause"
        )
        paused_at = time.monotonic()
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        killed_at = time.monotonic()
        status, attempts, _, finished_at = run_row()
        assert (status, attempts, finished_at) == ("running", 1, None)
        assert stored() == (0, 0, 0)  # nothing half-written

        # Delivered before the pause, the job is due again VISIBILITY_TIMEOUT s after it at the latest.
        time.sleep(max(0.0, paused_at + VISIBILITY_TIMEOUT + 0.5 - time.monotonic()))
        second = start_worker(env, "second")
        second_started_at = time.monotonic()
        wait_for(lambda: run_row()[0] == "finished", timeout=180, what="the second worker to finish the run")
        finished = time.monotonic()
        status, attempts, _, finished_at = run_row()
        assert (status, attempts) == ("finished", 2) and finished_at
        assert stored() == (THEMES, answers, answers)  # every answer once, in one of the planted themes

        # Delivering the job once more (as a broker might) does nothing to a finished run.
        client = Celery(
            broker=redis_url, backend=redis_url, set_as_current=False
        )  # keep the eager app current
        again = client.send_task("youthvoice.insights.tasks.run_theme_suggestion", args=[run_id])
        assert again.get(timeout=60) == "skipped"
        assert stored() == (THEMES, answers, answers) and run_row()[1] == 2
        print(
            f"\nfault test: killed {killed_at - paused_at:.1f} s after the pause; second worker started "
            f"{second_started_at - killed_at:.1f} s after the kill and finished the run "
            f"{finished - second_started_at:.1f} s later; kill to finished {finished - killed_at:.1f} s"
        )
    finally:
        for worker in (first, second):
            if worker is not None and worker.poll() is None:
                worker.terminate()
                worker.wait(timeout=30)
