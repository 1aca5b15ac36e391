"""Every page that shows staff what young people shared (response-level data) leaves an audit event: who,
which records, why; never the words themselves."""

import datetime

import pytest

from tests.partnership.factories import MembershipFactory, PartnershipFactory
from tests.voices.factories import relayed_voice as relayed
from youthvoice.audit.models import AuditEvent

pytestmark = pytest.mark.django_db
WORDS = "the older lads at the bus station"


def relayed_voice(*, partnership, by):
    return relayed(partnership=partnership, by=by, on=datetime.date(2026, 11, 2), text=f"Said {WORDS}.")


@pytest.fixture
def partnership():
    return PartnershipFactory()


def views_of(user):
    return list(AuditEvent.objects.filter(actor=user, action=AuditEvent.Action.VIEW))


def test_listing_own_relayed_voices_is_audited_with_the_records_shown(signed_in, client, partnership):
    practitioner = signed_in("practitioner", partnership).user
    voices = [relayed_voice(partnership=partnership, by=practitioner) for _ in range(2)]
    page = client.get("/staff/voices/relayed/")
    assert page.status_code == 200 and WORDS in page.content.decode()
    [event] = views_of(practitioner)
    assert sorted(event.detail["ids"]) == sorted(voice.pk for voice in voices)
    assert event.partnership == partnership and event.reason
    assert WORDS not in str(event.detail) + event.reason


def test_an_empty_list_shows_nothing_and_records_nothing(signed_in, client, partnership):
    practitioner = signed_in("practitioner", partnership).user
    assert client.get("/staff/voices/relayed/").status_code == 200
    assert views_of(practitioner) == []


def test_opening_a_relayed_voice_to_correct_it_is_audited(signed_in, client, partnership):
    practitioner = signed_in("practitioner", partnership).user
    voice = relayed_voice(partnership=partnership, by=practitioner)
    assert client.get(f"/staff/voices/relayed/{voice.pk}/").status_code == 200
    [event] = views_of(practitioner)
    assert (event.target_type, event.target_id) == ("voices.response", str(voice.pk))


def test_someone_elses_voice_is_a_404_and_records_nothing(signed_in, client, partnership):
    other = MembershipFactory(role="practitioner", agency__partnership=partnership).user
    voice = relayed_voice(partnership=partnership, by=other)
    practitioner = signed_in("practitioner", partnership).user
    assert client.get(f"/staff/voices/relayed/{voice.pk}/").status_code == 404
    assert views_of(practitioner) == []


def test_erasure_search_results_and_the_confirm_page_are_audited(signed_in, client, partnership):
    relayer = MembershipFactory(role="practitioner", agency__partnership=partnership).user
    voice = relayed_voice(partnership=partnership, by=relayer)
    admin = signed_in("admin", partnership).user
    assert client.get("/staff/voices/erasure/", {"reference": voice.reference_code}).status_code == 200
    assert client.get("/staff/voices/erasure/", {"reference": "ZZZZZZZZ"}).status_code == 404
    assert client.get(f"/staff/voices/erasure/{voice.pk}/").status_code == 200
    search, confirm = sorted(views_of(admin), key=lambda event: event.pk)
    assert search.detail["ids"] == [voice.pk]
    assert (confirm.target_type, confirm.target_id) == ("voices.response", str(voice.pk))


def corrections_by(user):
    return list(AuditEvent.objects.filter(actor=user, action=AuditEvent.Action.CORRECTION))


def test_saving_a_correction_is_audited_with_what_changed_never_the_words(signed_in, client, partnership):
    practitioner = signed_in("practitioner", partnership).user
    voice = relayed_voice(partnership=partnership, by=practitioner)
    form = {"shared_on": "2026-11-02", "consent_basis": "young_person_agreed", "action": "save"}
    unchanged = client.post(f"/staff/voices/relayed/{voice.pk}/", {**form, "text": f"Said {WORDS}."})
    assert unchanged.status_code == 302 and corrections_by(practitioner) == []  # nothing changed

    changed = {**form, "text": "Said the lads at the park.", "consent_basis": "information_sharing"}
    assert client.post(f"/staff/voices/relayed/{voice.pk}/", changed).status_code == 302
    [event] = corrections_by(practitioner)
    assert (event.target_type, event.target_id) == ("voices.response", str(voice.pk))
    assert event.detail == {"changed": ["answers", "consent_basis"]} and event.partnership == partnership
    assert "lads" not in str(event.detail) + event.reason


def test_a_refused_correction_records_nothing(signed_in, client, partnership):
    practitioner = signed_in("practitioner", partnership).user
    voice = relayed_voice(partnership=partnership, by=practitioner)
    refused = client.post(
        f"/staff/voices/relayed/{voice.pk}/",
        {"shared_on": "2999-01-01", "consent_basis": "information_sharing", "text": "x", "action": "save"},
    )
    assert refused.status_code == 400 and corrections_by(practitioner) == []
