"""Asking again: suggestion and assisted-coding runs with and without the answers' stored vectors.

An analyst rarely runs suggestions once: they ask again with another number of themes, then code some answers
and ask for assisted coding, then code more and ask again. Each of those runs embedded every answer again
(all-mpnet-base-v2: about 40 ms of CPU an answer). With ``insights.suggestions.stored_embeddings`` a run
embeds only answers it has not embedded before. In one process, on one consultation of synthetic answers with
planted themes, the job (``suggestion_run_execute``, as Celery runs it) is timed:

- the peer: every run with the store switched off (each run embeds every answer, as before);
- youthvoice: the first run (nothing stored yet), a second with another number of themes, and two assisted
  coding runs (after 10 and then 20 coded answers a theme).

CPU seconds (user + system, this process) beside wall seconds and the load average, since the machine may be
shared. Run: DATABASE_URL=postgres://…/empty_db .venv/bin/python bench/suggestion_runs_again.py
[--answers 1000] (without DATABASE_URL, an SQLite file in a temporary folder).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(label: str, action) -> None:
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), cpu_seconds()
    outcome = action()
    print(
        f"{label:<58} {cpu_seconds() - cpu:8.1f} {time.perf_counter() - wall:8.1f}   {load:4.1f}   {outcome}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1_000)
    parser.add_argument("--themes", type=int, default=7, help="planted themes, 1 to 7")
    arguments = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from tests.insights.factories import CodebookFactory, ThemeFactory, consultation_with_answers, member
    from youthvoice.core.mpnet import themes_encoder
    from youthvoice.insights.coding.services import coding_set
    from youthvoice.insights.models import AnswerEmbedding, ThemeSuggestionRun
    from youthvoice.insights.suggestions import jobs, stored_embeddings
    from youthvoice.insights.suggestions.jobs import suggestion_run_execute
    from youthvoice.insights.suggestions.synthetic import planted_answers
    from youthvoice.voices.models import Answer

    per_theme = arguments.answers // arguments.themes
    consultation, _ = consultation_with_answers(themes=arguments.themes, per_theme=per_theme, seed=11)
    _, truth = planted_answers(themes=arguments.themes, per_theme=per_theme, noise=0.3, seed=11)
    partnership = consultation.partnership
    analyst = member("analyst", partnership)
    answers = list(Answer.objects.filter(response__consultation=consultation).order_by("pk"))
    encoder = themes_encoder()
    print(f"{len(answers)} answers, {arguments.themes} planted themes, model {encoder.model_name}")
    print(f"{'run':<58} {'CPU s':>8} {'wall s':>8}   load   outcome")

    def run(**parameters):
        made = ThemeSuggestionRun.objects.create(
            partnership=partnership, consultation=consultation, created_by=analyst, parameters=parameters
        )
        return suggestion_run_execute(run_id=made.pk)

    codebook = CodebookFactory(partnership=partnership, name="Themes")
    themes = {name: ThemeFactory(codebook=codebook, name=name.title()) for name in sorted(set(truth))}

    def code(per_theme_wanted: int) -> None:
        done: dict[str, int] = {}
        for answer, name in zip(answers, truth, strict=True):
            if done.get(name, 0) < per_theme_wanted:
                done[name] = done.get(name, 0) + 1
                coding_set(answer=answer, themes=[themes[name]], user=analyst)

    def store_off(texts_answers, *, encoder):
        return encoder()

    stored = stored_embeddings.stored_themes_encoder
    jobs.stored_themes_encoder = store_off  # the peer: each run embeds every answer
    from youthvoice.insights.coding import assist_runs

    assist_runs.stored_themes_encoder = store_off
    timed("peer (no store): suggestions", lambda: run(n_themes=arguments.themes))
    timed("peer (no store): suggestions again, another number", lambda: run(n_themes=arguments.themes + 2))
    code(10)
    timed("peer (no store): assisted coding, 10 coded a theme", lambda: run(kind="coding"))
    jobs.stored_themes_encoder = assist_runs.stored_themes_encoder = stored
    timed("youthvoice: suggestions, nothing stored yet", lambda: run(n_themes=arguments.themes))
    timed("youthvoice: suggestions again, another number", lambda: run(n_themes=arguments.themes + 2))
    timed("youthvoice: assisted coding, 10 coded a theme", lambda: run(kind="coding"))
    code(20)
    timed("youthvoice: assisted coding again, 20 coded a theme", lambda: run(kind="coding"))
    print(f"stored vectors: {AnswerEmbedding.objects.count()}")


if __name__ == "__main__":
    main()
