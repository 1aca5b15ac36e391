"""Roll-up cells are locked in one order on PostgreSQL: two writers in one release unit queue, never deadlock.

Each trigger first locks the total cell of the release units its rows are in (``rollups._units_lock``).
Before, an erasure (codings, then answers, then the response) and a correction of another relayed voice of
the same unit (the response, then its answers' and codings' copies) took the unit's coding and response
cells in opposite orders, and PostgreSQL cancelled one of them as a deadlock.
"""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection, transaction

from tests.consultations.factories import QuestionFactory
from tests.insights.factories import CodebookFactory, ThemeFactory, World
from tests.insights.test_rollups import rollup_state
from youthvoice.consultations.models import Question
from youthvoice.insights.coding.services import codings_create
from youthvoice.insights.dashboard import rollups
from youthvoice.insights.models import Coding
from youthvoice.voices.models import Response
from youthvoice.voices.retention import relayed_voice_erase

pytestmark = pytest.mark.django_db(transaction=True)


def _in_thread(target, errors: list) -> threading.Thread:
    def run():
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = '20s'")  # a test that would wait forever fails instead
            target()
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_an_erasure_beside_a_correction_of_another_relayed_voice_of_its_unit_does_not_deadlock():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite writes one transaction at a time")
    world = World()
    free = QuestionFactory(partnership=world.partnership, key="one-thing", kind=Question.Kind.FREE_TEXT)
    theme = ThemeFactory(codebook=CodebookFactory(partnership=world.partnership))
    erased, corrected = (
        world.respond(
            channel="relayed", consent_basis="information_sharing", age_band="14-15", answers={free: "Buses"}
        )
        for _ in range(2)
    )
    codings_create(
        codings=[
            Coding(answer=answer, theme=theme, source=Coding.Source.HUMAN, status=Coding.Status.ACCEPTED)
            for response in (erased, corrected)
            for answer in response.answers.all()
        ]
    )
    corrected_first = threading.Event()
    erasure_started = threading.Event()
    errors: list[Exception] = []

    def correct():
        with transaction.atomic():
            # The response (its response cells), then its codings' copies (their coding cells), as
            # voices.services.response_copies_update does after a correction.
            Response.objects.filter(pk=corrected.pk).update(age_band="16-17")
            corrected_first.set()
            erasure_started.wait(10)
            time.sleep(0.5)  # the erasure is now waiting, or (before) holds the shared coding cell
            Coding.objects.filter(answer__response=corrected).update(status=Coding.Status.REJECTED)

    def erase():
        corrected_first.wait(10)
        erasure_started.set()
        relayed_voice_erase(response=erased, actor=world.leader.user, reason="Asked to")

    threads = [_in_thread(correct, errors), _in_thread(erase, errors)]
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert not Response.objects.filter(pk=erased.pk).exists()
    assert list(Coding.objects.values_list("status", flat=True)) == [Coding.Status.REJECTED]
    kept = rollup_state()
    rollups.rollups_rebuild(connection=connection)
    assert rollup_state() == kept
