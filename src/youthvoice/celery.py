"""The Celery application for youthvoice's background jobs (``celery -A youthvoice worker``)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")

app = Celery("youthvoice")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
