"""youthvoice: hear children and young people's voices on child exploitation."""

from youthvoice.celery import app as celery_app

__version__ = "0.1.0"
__all__ = ["celery_app"]
