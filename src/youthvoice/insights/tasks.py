"""Background jobs of the insights app (Celery; in-process when no broker is configured)."""

from celery import shared_task

from youthvoice.insights.suggestions.jobs import suggestion_run_execute


@shared_task(name="youthvoice.insights.tasks.run_theme_suggestion")
def run_theme_suggestion(run_id: int) -> str:
    """Find suggested themes for one ``ThemeSuggestionRun``. Safe to deliver twice (suggestion_jobs)."""
    return suggestion_run_execute(run_id=run_id)
