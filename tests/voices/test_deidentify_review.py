"""Reviewers see what the de-identifier takes out before anything is saved: the relayed-voice preview and the
import preview highlight each removed part of the words, with what it was taken out as."""

import pytest
from django.utils import timezone

from tests.voices.test_import import GOOD, consultation, upload  # noqa: F401 (fixture)
from tests.voices.test_relayed import practitioner  # noqa: F401 (fixture)
from youthvoice.deidentify.engine import deidentify, removal_segments
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db


def test_segments_cut_the_words_into_kept_and_taken_out_with_what_was_found():
    text = "Zorbin Quayle rang 07700 900456 about it"
    segments = removal_segments(text, deidentify(text))
    assert "".join(piece for piece, _ in segments) == text
    assert ("07700 900456", "phone number") in segments
    assert [label for _, label in segments if label] == ["name", "phone number"]
    assert removal_segments("nothing here", deidentify("nothing here")) == [("nothing here", "")]


def test_the_relayed_voice_preview_highlights_each_removed_part_and_saves_nothing(client, practitioner):  # noqa: F811
    page = client.post(
        "/staff/voices/relayed/new/",
        {
            "text": "Zorbin Quayle rang me on 07700 900456",
            "shared_on": timezone.localdate().isoformat(),
            "consent_basis": "young_person_agreed",
            "action": "preview",
        },
    ).content.decode()
    assert '<mark class="yv-removed">07700 900456' in page
    assert "phone number</strong>" in page and "name</strong>" in page
    assert not Response.objects.exists()


def test_the_import_preview_highlights_what_each_answer_loses_and_saves_nothing(
    signed_in,
    client,
    consultation,  # noqa: F811
):
    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode())
    page = client.post(
        "/staff/voices/import/map/",
        {"column-0": "safe-where", "column-1": "not-a-target"},  # a problem: the page shows again, unsaved
    ).content.decode()
    assert 'id="deidentify-preview"' in page
    assert '<mark class="yv-removed">07700 900456' in page and "phone number</strong>" in page
    assert not Answer.objects.exists()
