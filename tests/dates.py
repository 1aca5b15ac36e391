"""Dates relative to today, taken when a test runs (never when its module is imported), so that a run
crossing midnight sees the same day as the code under test."""

import datetime

from django.utils import timezone


def days(n: int) -> datetime.date:
    """Today plus ``n`` days (minus, for a negative ``n``)."""
    return timezone.localdate() + datetime.timedelta(days=n)
