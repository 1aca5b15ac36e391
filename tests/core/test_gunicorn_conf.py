"""gunicorn's settings (core.gunicorn_conf): one BLAS thread in each web worker, unless the operator says."""

import json
import os
import subprocess
import sys

import pytest

PROBE = (
    "from youthvoice.core import gunicorn_conf\n"
    "import json, numpy, threadpoolctl\n"
    "blas = [i['num_threads'] for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas']\n"
    "print(json.dumps(blas))"
)


def blas_threads(**environment) -> list[int]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")} | environment
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_web_worker_multiplies_matrices_on_one_thread():
    assert blas_threads() == [1]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores to see two threads")
def test_the_operators_own_setting_wins():
    assert blas_threads(OPENBLAS_NUM_THREADS="2") == [2]
