from celery import shared_task


@shared_task
def ping(value: str) -> str:
    """A health check for the job queue: ``youthvoice.core.tasks.ping.delay("x")`` comes back as "pong x"."""
    return f"pong {value}"
