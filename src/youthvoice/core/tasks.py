from celery import shared_task
from django.core.management import call_command


@shared_task
def ping(value: str) -> str:
    """A health check for the job queue: ``youthvoice.core.tasks.ping.delay("x")`` comes back as "pong x"."""
    return f"pong {value}"


@shared_task
def clear_expired_sessions() -> None:
    """Delete sessions past their expiry (Django's clearsessions), every 15 minutes by Celery beat.

    Django never deletes an expired session row by itself: without this, a young person's abandoned answers
    (de-identified) and the time they were saved would stay in the database indefinitely. Sessions kept in
    the cache (YOUTHVOICE_SESSION_STORE=cache) expire there on their own.
    """
    call_command("clearsessions")
