"""gunicorn settings for youthvoice: ``gunicorn -c python:youthvoice.core.gunicorn_conf youthvoice.wsgi``.

gunicorn always sends a ``Server`` header naming itself and its version; this replaces the value with a
word that says nothing about the software, so scanners learn nothing to match against known flaws.
"""

import os

import gunicorn.http.wsgi

# One BLAS thread in each web worker (read by OpenBLAS when a worker first imports NumPy): the de-identifier's
# recogniser multiplies matrices of a few words, for which more threads only spin, and the workers already
# share the cores (bench/README.md, "Session 9": five-sentence answers 191 -> 689 a CPU second with the other
# core busy). An operator's own setting wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

gunicorn.http.wsgi.SERVER = "youthvoice"

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
# Seconds a worker may go silent, starting up included (it loads spaCy, SciPy and scikit-learn first); a busy
# machine can need more than gunicorn's 30, or gunicorn kills each worker before it has served anything.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Request line and header limits well below gunicorn's defaults: nothing youthvoice serves needs more.
limit_request_line = 4094
limit_request_fields = 60
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
