from celery import shared_task


@shared_task
def apply_retention() -> int:
    """Delete responses past their partnership's retention period; Celery beat runs it weekly (settings)."""
    from django.utils import timezone

    from youthvoice.voices.retention import retention_apply

    return sum(result.total for result in retention_apply(today=timezone.localdate()))
