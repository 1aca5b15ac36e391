from celery import shared_task


@shared_task
def digest() -> int:
    """The weekly email to leaders (overdue feedback and actions); Celery beat runs it (settings)."""
    from youthvoice.feedback.services import digest_send

    return digest_send()
