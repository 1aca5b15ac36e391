"""What every journey page reads about its consultation, kept in each worker's memory (issue 21).

Every page of a young person's journey needs the consultation, its questions and the languages it is offered
in, and "about you", check and send its partnership's areas: five queries and most of a page's CPU when
read each time, though they change only when staff edit them. They are kept here per worker process, under
a *generation* held in the shared cache (Redis in production): any change to a consultation, question,
translation, partnership or area (saved, deleted, or changed in bulk through ``JourneyRowsQuerySet``) sets a
new generation, so every worker reads afresh on its next page. A worker reads the generation (one cache get)
at most once every ``GENERATION_RECHECK`` seconds, so most pages make no round trip for it at all: under
load a round trip costs a worker a wait for a core again, not only the microseconds on the wire
(bench/README.md, "Session 9"). Another worker's change therefore shows within that second; the worker that
made it forgets at once. What is kept is never changed by the pages (they read it), and each entry is also
re-read after ``LIFETIME`` seconds whatever happens, so a change made around the ORM (raw SQL) shows within
that time.

Whether the consultation is open *today* is still decided on every page, from the kept dates.
"""

from __future__ import annotations

import datetime
import logging
import time
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from youthvoice.consultations.models import (
    Consultation,
    ConsultationQuestion,
    ConsultationTranslation,
    Question,
    QuestionTranslation,
    journey_rows_changed,
)
from youthvoice.consultations.selectors import (
    ConsultationClosed,
    ConsultationNotFound,
    ConsultationNotYetOpen,
    consultation_questions,
    journey_consultation_find,
)
from youthvoice.consultations.translation import consultation_languages
from youthvoice.partnership.models import Locality, Partnership

logger = logging.getLogger(__name__)

GENERATION_KEY = "consultations:journey-generation"
LIFETIME = 60  # seconds
GENERATION_RECHECK = 1.0  # seconds a worker trusts the generation it last read
MOST_KEPT = 500  # slugs kept per worker; past that (addresses made up to fill memory) start again


@dataclass(frozen=True)
class JourneyConsultation:
    consultation: Consultation
    questions: tuple[Question, ...]
    languages: tuple[tuple[str, str], ...]
    localities: tuple[Locality, ...]  # the partnership's areas, for "about you"


_kept: dict[str, tuple[str, float, JourneyConsultation | None]] = {}
_generation_read: tuple[float, str] | None = None  # (when, generation): replaced whole, so thread-safe
_now = time.monotonic


def _generation() -> str:
    global _generation_read
    now = _now()
    read = _generation_read
    if read is not None and now - read[0] < GENERATION_RECHECK:
        return read[1]
    generation = cache.get(GENERATION_KEY)
    if generation is None:  # a new or emptied cache: start a generation (another worker may win the add)
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    _generation_read = (now, generation)
    return generation


def journey_memory_forget() -> None:
    """Forget everything this process keeps (tests empty the shared cache between them)."""
    global _generation_read
    _kept.clear()
    _generation_read = None


def _read(slug: str) -> JourneyConsultation | None:
    consultation = journey_consultation_find(slug=slug)
    if consultation is None:
        return None
    return JourneyConsultation(
        consultation=consultation,
        questions=tuple(consultation_questions(consultation=consultation)),
        languages=tuple(consultation_languages(consultation=consultation)),
        localities=tuple(Locality.objects.filter(partnership_id=consultation.partnership_id)),
    )


def journey_consultation(*, slug: str, today: datetime.date | None = None) -> JourneyConsultation:
    """The consultation at /c/<slug>/ with its questions and languages, if it takes answers today; else
    ConsultationNotFound, ConsultationNotYetOpen or ConsultationClosed (as consultation_for_journey)."""
    try:
        generation = _generation()
    except Exception:  # the cache is down: read the database, as before there was a cache (pages still work)
        logger.warning("journey cache unavailable: reading the consultation from the database")
        generation = None
    now = _now()
    kept = _kept.get(slug)
    if generation is not None and kept is not None and kept[0] == generation and now - kept[1] < LIFETIME:
        found = kept[2]
    elif generation is None:
        found = _read(slug)
    else:
        found = _read(slug)
        if len(_kept) >= MOST_KEPT:
            _kept.clear()
        _kept[slug] = (generation, now, found)
    if found is None:
        raise ConsultationNotFound(slug)
    consultation = found.consultation
    today = today or timezone.localdate()
    if consultation.status != Consultation.Status.OPEN or today > consultation.closes_on:
        raise ConsultationClosed(consultation)
    if today < consultation.opens_on:
        raise ConsultationNotYetOpen(consultation)
    return found


def journey_consultations_forget(**_signal) -> None:
    """Every worker reads every consultation afresh: now, and again once the change is committed (so a
    worker reading between the two cannot keep what the transaction had not yet changed)."""
    journey_memory_forget()
    _generation_move()
    transaction.on_commit(_generation_move)


def _generation_move() -> None:
    global _generation_read
    _generation_read = None
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # the cache is down: staff can still save; other workers read again within LIFETIME
        logger.warning("journey cache unavailable: other workers see this change within %s s", LIFETIME)


def _setting_changed(*, setting: str, **_signal) -> None:
    # The languages offered follow settings (tests change them): only this process's memory is stale.
    if setting.startswith("YOUTHVOICE_") or setting in ("LANGUAGES", "CACHES"):
        journey_memory_forget()


JOURNEY_MODELS = (
    Consultation,
    ConsultationQuestion,
    ConsultationTranslation,
    Question,
    QuestionTranslation,
    Partnership,
    Locality,
)
for _model in JOURNEY_MODELS:
    _uid = f"journey-{_model.__name__}"
    post_save.connect(journey_consultations_forget, sender=_model, dispatch_uid=_uid)
    post_delete.connect(journey_consultations_forget, sender=_model, dispatch_uid=_uid)
journey_rows_changed.connect(journey_consultations_forget, dispatch_uid="journey-bulk")
setting_changed.connect(_setting_changed, dispatch_uid="journey-settings")
