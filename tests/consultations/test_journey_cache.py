"""A journey page reads its consultation from the worker's memory (consultations.journey_cache), and sees
every change staff make at once: saved, deleted, changed in bulk, or made by another worker."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.consultations.factories import (
    ConsultationTranslationFactory,
    QuestionFactory,
    QuestionTranslationFactory,
    open_consultation_with_questions,
)
from tests.partnership.factories import LocalityFactory
from youthvoice.consultations import journey_cache
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.consultations.models import Consultation, ConsultationQuestion
from youthvoice.voices.models import Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    return open_consultation_with_questions()


def begin(client, consultation):
    client.post(f"/c/{consultation.slug}/")


def test_a_question_page_reads_only_the_session_and_an_answer_adds_only_its_save(
    client, consultation, django_assert_num_queries
):
    begin(client, consultation)
    client.get(f"/c/{consultation.slug}/q/1/")  # the consultation is now in this worker's memory
    with django_assert_num_queries(1):  # the session
        assert client.get(f"/c/{consultation.slug}/q/1/").status_code == 200
    # The session, and saving it (an UPDATE in a savepoint: the savepoint pair is the test's transaction).
    with django_assert_num_queries(4):
        assert client.post(f"/c/{consultation.slug}/q/3/", {"action": "skip"}).status_code == 302


def test_a_start_page_for_a_new_visitor_makes_no_query(client, consultation, django_assert_num_queries):
    client.get(f"/c/{consultation.slug}/")
    with django_assert_num_queries(0):
        assert client.get(f"/c/{consultation.slug}/").status_code == 200


def test_a_saved_change_shows_on_the_next_page(client, consultation):
    assert consultation.purpose_detail in client.get(f"/c/{consultation.slug}/").content.decode()
    consultation.purpose_detail = "We changed what this consultation is about."
    consultation.save()
    assert (
        "We changed what this consultation is about."
        in client.get(f"/c/{consultation.slug}/").content.decode()
    )


def test_closing_in_bulk_is_seen_at_once(client, consultation):
    assert client.get(f"/c/{consultation.slug}/").status_code == 200
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    assert client.get(f"/c/{consultation.slug}/").status_code == 410


def test_a_question_added_or_removed_changes_the_count(client, consultation):
    assert "There are 4 " in client.get(f"/c/{consultation.slug}/").content.decode()
    extra = QuestionFactory(partnership=consultation.partnership, text="Anything else?", key="else")
    ConsultationQuestion.objects.bulk_create(
        [ConsultationQuestion(consultation=consultation, question=extra, order=5)]
    )
    assert "There are 5 " in client.get(f"/c/{consultation.slug}/").content.decode()
    consultation.items.get(order=5).delete()
    assert "There are 4 " in client.get(f"/c/{consultation.slug}/").content.decode()


def test_a_new_consultation_at_an_address_once_unknown_is_found(client):
    assert client.get("/c/later-on/").status_code == 404
    later = open_consultation_with_questions(slug="later-on")
    assert client.get(f"/c/{later.slug}/").status_code == 200


def test_a_language_completed_is_offered_on_the_next_page(client, consultation):
    translations_compile()
    assert "?lang=cy" not in client.get(f"/c/{consultation.slug}/").content.decode()
    ConsultationTranslationFactory(consultation=consultation)
    for item in consultation.items.select_related("question"):
        QuestionTranslationFactory(
            question=item.question,
            text=f"Cwestiwn {item.order}?",
            hint="Awgrym" if item.question.hint else "",
            choice_labels={choice["value"]: f"Dewis {choice['value']}" for choice in item.question.choices},
        )
    assert "?lang=cy" in client.get(f"/c/{consultation.slug}/").content.decode()


def test_another_workers_change_is_seen_through_the_shared_generation(client, consultation, monkeypatch):
    """A change made around the ORM is not seen until the generation moves, as another worker's change
    moves it (here set by hand): the memory is really used, and really shared through the cache."""
    clock = [1000.0]
    monkeypatch.setattr(journey_cache, "_now", lambda: clock[0])
    client.get(f"/c/{consultation.slug}/")
    Consultation.objects.filter(pk=consultation.pk).update(
        status=Consultation.Status.OPEN
    )  # generation moves
    client.get(f"/c/{consultation.slug}/")
    from django.db import connection

    with connection.cursor() as cursor:  # no signal: as if another worker's change had not reached us yet
        cursor.execute(
            "UPDATE consultations_consultation SET status = %s WHERE id = %s",
            [Consultation.Status.CLOSED, consultation.pk],
        )
    assert client.get(f"/c/{consultation.slug}/").status_code == 200  # still the kept copy
    cache.set(journey_cache.GENERATION_KEY, "another worker's change", timeout=None)
    clock[0] += journey_cache.GENERATION_RECHECK
    assert client.get(f"/c/{consultation.slug}/").status_code == 410


def test_a_worker_reads_the_generation_at_most_once_a_second(client, consultation, monkeypatch):
    """Most pages make no round trip for the generation; another worker's change shows within the second."""
    clock = [1000.0]
    monkeypatch.setattr(journey_cache, "_now", lambda: clock[0])
    reads = []
    real_get = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *a, **k: reads.append(key) or real_get(key, *a, **k))
    for _ in range(3):
        assert client.get(f"/c/{consultation.slug}/").status_code == 200
    assert reads.count(journey_cache.GENERATION_KEY) == 1
    from django.db import connection

    with connection.cursor() as cursor:  # as if another worker closed it
        cursor.execute(
            "UPDATE consultations_consultation SET status = %s WHERE id = %s",
            [Consultation.Status.CLOSED, consultation.pk],
        )
    cache.set(journey_cache.GENERATION_KEY, "another worker's change", timeout=None)
    clock[0] += journey_cache.GENERATION_RECHECK / 2
    assert client.get(f"/c/{consultation.slug}/").status_code == 200  # within the second: the kept copy
    clock[0] += journey_cache.GENERATION_RECHECK
    assert client.get(f"/c/{consultation.slug}/").status_code == 410
    assert reads.count(journey_cache.GENERATION_KEY) == 2


def test_this_workers_own_change_shows_at_once(client, consultation, monkeypatch):
    monkeypatch.setattr(journey_cache, "_now", lambda: 1000.0)  # the clock stands still
    assert client.get(f"/c/{consultation.slug}/").status_code == 200
    consultation.status = Consultation.Status.CLOSED
    consultation.save()
    assert client.get(f"/c/{consultation.slug}/").status_code == 410


def test_an_emptied_cache_starts_a_new_generation(client, consultation, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(journey_cache, "_now", lambda: clock[0])
    client.get(f"/c/{consultation.slug}/")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE consultations_consultation SET status = %s WHERE id = %s",
            [Consultation.Status.CLOSED, consultation.pk],
        )
    cache.clear()
    clock[0] += journey_cache.GENERATION_RECHECK  # noticed at the next read of the generation
    assert client.get(f"/c/{consultation.slug}/").status_code == 410


class CacheDown:
    def __getattr__(self, name):
        raise ConnectionError("cache down")


def test_with_the_cache_down_pages_read_the_database_and_staff_can_still_save(
    client, consultation, monkeypatch
):
    monkeypatch.setattr(journey_cache, "cache", CacheDown())
    assert client.get(f"/c/{consultation.slug}/").status_code == 200
    consultation.status = Consultation.Status.CLOSED
    consultation.save()
    assert client.get(f"/c/{consultation.slug}/").status_code == 410


def test_answers_sent_after_it_was_closed_on_another_server_are_refused(client, consultation):
    """The pages read a copy kept in memory for up to a minute; sending asks the database, so a
    consultation closed on another server (no signal reached this worker) takes no more answers."""
    from tests.consultations.test_journey import walk_to_check
    from youthvoice.voices.models import Response

    token = walk_to_check(client, consultation)
    from django.db import connection

    with connection.cursor() as cursor:  # as another server's change: this worker's copy is not told
        cursor.execute(
            "UPDATE consultations_consultation SET status = %s WHERE id = %s",
            [Consultation.Status.CLOSED, consultation.pk],
        )
    assert client.get(f"/c/{consultation.slug}/check/").status_code == 200  # the kept copy, still open
    sent = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert sent.status_code == 410
    assert "This consultation has closed" in sent.content.decode()
    assert not Response.objects.exists()


def test_an_area_added_renamed_or_removed_shows_on_about_you_at_once(client, consultation):
    begin(client, consultation)
    about = f"/c/{consultation.slug}/about-you/"
    assert "Northfield" not in client.get(about).content.decode()
    area = LocalityFactory(partnership=consultation.partnership, name="Northfield")
    assert "Northfield" in client.get(about).content.decode()
    area.name = "Northfield and Hale"
    area.save()
    assert "Northfield and Hale" in client.get(about).content.decode()
    area.delete()
    assert "Northfield" not in client.get(about).content.decode()


def test_the_check_page_and_the_send_read_the_areas_from_memory_and_the_send_no_token(client, consultation):
    area = LocalityFactory(partnership=consultation.partnership, name="Riverside")
    begin(client, consultation)
    client.post(f"/c/{consultation.slug}/about-you/", {"age_band": "14-15", "locality": str(area.pk)})
    client.get(f"/c/{consultation.slug}/check/")  # the consultation and its areas are now in memory
    with CaptureQueriesContext(connection) as checked:
        page = client.get(f"/c/{consultation.slug}/check/")
    assert "Riverside" in page.content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page.content.decode()).group(1)
    with CaptureQueriesContext(connection) as sent:
        assert client.post(f"/c/{consultation.slug}/check/", {"token": token}).status_code == 302
    read = [query["sql"] for query in [*checked.captured_queries, *sent.captured_queries]]
    assert not [sql for sql in read if "partnership_locality" in sql]
    assert not [sql for sql in read if sql.startswith("SELECT") and "idempotency_token" in sql]
    assert Response.objects.get(idempotency_token=token).locality == area
