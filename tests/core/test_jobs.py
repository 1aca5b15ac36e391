"""Background jobs run in-process without a broker, and on real Celery workers over Redis when configured."""

import os
import subprocess
import sys

from celery import Celery

from youthvoice.celery import app
from youthvoice.core.tasks import ping


def test_jobs_run_in_process_without_a_broker():
    assert app.conf.task_always_eager  # the default: no CELERY_BROKER_URL
    assert ping.delay("local").get() == "pong local"


def test_jobs_are_acknowledged_only_after_they_finish():
    # So a worker killed mid-job leaves the job on the queue for another worker.
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1


def test_jobs_run_on_a_real_worker_over_redis(redis_url, tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(CELERY_BROKER_URL=redis_url, CELERY_RESULT_BACKEND=redis_url, YOUTHVOICE_HOME=str(tmp_path))
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "youthvoice", "worker", "--pool=solo", "--loglevel=WARNING"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        client = Celery(broker=redis_url, backend=redis_url)
        result = client.send_task("youthvoice.core.tasks.ping", args=["worker"])
        assert result.get(timeout=60) == "pong worker"
    finally:
        worker.terminate()
        worker.wait(timeout=30)
