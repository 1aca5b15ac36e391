"""The agencies' API for relayed voices: sent once per Idempotency-Key, de-identified as on the page, listed,
read and corrected only by the agency that sent them, every read audited, every bad input a 400."""

import datetime
import threading
import uuid

import pytest
from django.db import connection
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.core.factories import api_client_with_token
from tests.partnership.factories import AgencyFactory, LocalityFactory, MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.consultations.models import Audience, Consultation
from youthvoice.core.services import api_client_revoke
from youthvoice.deidentify.engine import deidentify
from youthvoice.voices.models import Answer, RelayedVoicePush, Response
from youthvoice.voices.services import RELAYED_QUESTION_KEY

pytestmark = pytest.mark.django_db
URL = "/api/v1/relayed-voices/"


class Setup:
    """An agency with a live client, its partnership's relayed question, an open consultation and an area."""

    def __init__(self, *, scopes=("push_voices",), slug="feeling-safe"):
        self.agency = AgencyFactory()
        self.partnership = self.agency.partnership
        self.client_record, self.token = api_client_with_token(agency=self.agency, scopes=list(scopes))
        self.relayed = QuestionFactory(
            partnership=self.partnership,
            key=RELAYED_QUESTION_KEY,
            text="What did the young person share?",
            audience=Audience.PROFESSIONALS,
        )
        self.carry = QuestionFactory(partnership=self.partnership, single=True, key="carry")
        self.where = QuestionFactory(partnership=self.partnership, key="where-unsafe")
        self.consultation = ConsultationFactory(
            partnership=self.partnership, slug=slug, questions=[self.where, self.carry]
        )
        self.north = LocalityFactory(partnership=self.partnership, name="Northgate")

    def headers(self, key: str | None = "default-key", token: str | None = None) -> dict:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token or self.token}"}
        if key is not None:
            headers["HTTP_IDEMPOTENCY_KEY"] = key
        return headers


@pytest.fixture
def world():
    return Setup()


def body(**changes) -> dict:
    data = {
        "consultation": "feeling-safe",
        "channel": "relayed",
        "consent_basis": "young_person_agreed",
        "shared_on": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "answers": {
            RELAYED_QUESTION_KEY: {"text": "Jayden said men at 12 Elm Road give out phones."},
            "carry": {"values": ["yes"]},
        },
        "about_you": {"age_band": "14-15", "locality": "northgate"},
    }
    data.update(changes)
    return data


def tomorrow() -> str:
    """Tomorrow, taken when the test runs (a date in the parametrize list would be taken at import)."""
    return (timezone.localdate() + datetime.timedelta(days=1)).isoformat()


def send(client, world, data=None, key="default-key", token=None):
    return client.post(
        URL,
        data if data is not None else body(),
        content_type="application/json",
        **world.headers(key, token),
    )


def test_a_pushed_voice_is_de_identified_before_saving_exactly_like_the_page(client, world):
    response = send(client, world)
    assert response.status_code == 201, response.json()
    data = response.json()
    saved = Response.objects.get()
    assert data["id"] == saved.pk and data["reference_code"] == saved.reference_code
    assert saved.channel == "relayed" and saved.relayed_by == world.client_record.user
    assert saved.partnership == world.partnership and saved.consultation == world.consultation
    assert saved.submitted_on == datetime.date.fromisoformat(body()["shared_on"])
    assert saved.age_band == "14-15" and saved.locality == world.north
    stored = Answer.objects.get(question=world.relayed).text
    assert "Jayden" not in stored and "Elm Road" not in stored
    assert stored == deidentify(body()["answers"][RELAYED_QUESTION_KEY]["text"]).text
    assert data["answers"][RELAYED_QUESTION_KEY]["text"] == Answer.objects.get(question=world.relayed).text
    assert data["answers"]["carry"] == {"values": ["yes"], "text": ""}
    assert data["about_you"] == {"age_band": "14-15", "locality": "Northgate"}
    assert response["Idempotent-Replayed"] == "false"


def test_a_replayed_idempotency_key_returns_the_first_result_and_one_record(client, world):
    first = send(client, world, key="retry-me")
    again = send(client, world, key="retry-me")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert Response.objects.count() == 1 and RelayedVoicePush.objects.count() == 1
    # The same body with a new key is a new voice (the sender says so by the key).
    assert send(client, world, key="another").status_code == 201
    assert Response.objects.count() == 2


def test_a_replay_is_the_same_whatever_the_json_key_order(client, world):
    data = body()
    send(client, world, data=data, key="order")
    reordered = dict(reversed(list(data.items())))
    assert send(client, world, data=reordered, key="order")["Idempotent-Replayed"] == "true"
    assert Response.objects.count() == 1


def test_the_same_key_with_a_different_body_is_refused_and_saves_nothing(client, world):
    send(client, world, key="k1")
    response = send(client, world, data=body(consent_basis="parent_agreed"), key="k1")
    assert response.status_code == 422
    assert "different body" in response.json()["detail"]
    assert Response.objects.count() == 1


def test_keys_belong_to_one_client_and_are_stored_only_as_hashes(client, world):
    other, other_token = api_client_with_token(agency=world.agency)
    send(client, world, key="case-REF-12345")
    assert send(client, world, key="case-REF-12345", token=other_token).status_code == 201
    assert Response.objects.count() == 2
    stored = str(list(RelayedVoicePush.objects.values()))
    assert "case-REF-12345" not in stored and "12345" not in stored


def test_a_key_whose_voice_was_erased_never_makes_it_again(client, world):
    send(client, world, key="gone")
    Response.objects.get().delete()
    response = send(client, world, key="gone")
    assert response.status_code == 410
    assert not Response.objects.exists()


@pytest.mark.parametrize("key", [None, "", "has space", "é" * 3, "x" * 256])
def test_a_missing_or_unusable_idempotency_key_is_a_400(client, world, key):
    headers = world.headers(key=None)
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key.encode().decode("latin-1")
    response = client.post(URL, body(), content_type="application/json", **headers)
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["errors"]
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"consent_basis": "because"}, "consent_basis"),
        ({"consent_basis": None}, "consent_basis"),
        ({"shared_on": "2025-02-30"}, "shared_on"),
        ({"shared_on": "2025-03-01T10:15:00"}, "shared_on"),  # a date, never a time
        ({"shared_on": tomorrow}, "shared_on"),
        ({"channel": "online"}, "channel"),
        ({"consultation": "not-ours"}, "consultation"),
        ({"answers": {}}, "answers"),
        ({"answers": {"no-such-question": {"text": "hello"}}}, "answers.no-such-question"),
        ({"answers": {"carry": {"values": ["maybe"]}}}, "answers.carry"),
        ({"answers": {"carry": {"values": ["yes", "no"]}}}, "answers.carry"),
        ({"answers": {"carry": {"text": "words"}}}, "answers.carry"),
        ({"answers": {RELAYED_QUESTION_KEY: {"text": "x" * 5001}}}, f"answers.{RELAYED_QUESTION_KEY}.text"),
        ({"answers": {RELAYED_QUESTION_KEY: {"text": 12}}}, f"answers.{RELAYED_QUESTION_KEY}.text"),
        ({"answers": {RELAYED_QUESTION_KEY: {"text": "   "}}}, "answers"),
        ({"answers": {RELAYED_QUESTION_KEY: {"txt": "typo"}}}, f"answers.{RELAYED_QUESTION_KEY}.txt"),
        ({"about_you": {"age_band": "12"}}, "about_you.age_band"),
        ({"about_you": {"locality": "Atlantis"}}, "about_you.locality"),
        ({"consent": "young_person_agreed"}, "consent"),
        ({"safeguarding": {"at_risk_now": True}}, "safeguarding.referral_made"),
        (
            {"safeguarding": {"at_risk_now": True, "referral_made": False}},
            "safeguarding.no_referral_reason",
        ),
    ],
)
def test_bad_input_is_a_400_with_the_field_named_and_saves_nothing(client, world, changes, field):
    changes = {key: value() if callable(value) else value for key, value in changes.items()}
    response = send(client, world, data=body(**changes), key=str(uuid.uuid4()))
    assert response.status_code == 400, response.json()
    payload = response.json()
    assert payload["detail"] and field in payload["errors"], payload
    assert not Response.objects.exists() and not RelayedVoicePush.objects.exists()


@pytest.mark.parametrize("raw", ["{not json", "[]", '"text"', "null"])
def test_a_body_that_is_not_a_json_object_is_a_400(client, world, raw):
    response = client.post(URL, raw, content_type="application/json", **world.headers(key="k"))
    assert response.status_code == 400
    assert "detail" in response.json()
    assert not Response.objects.exists()


def test_words_that_show_a_child_at_risk_need_the_referral_answer(client, world):
    danger = {RELAYED_QUESTION_KEY: {"text": "She said she is scared to go home tonight."}}
    refused = send(client, world, data=body(answers=danger), key="a")
    assert refused.status_code == 400 and "safeguarding.referral_made" in refused.json()["errors"]
    saved = send(
        client, world, data=body(answers=danger, safeguarding={"referral_made": True}), key="b"
    ).json()
    assert saved["safeguarding"] == {"at_risk_now": True, "referral_made": True, "no_referral_reason": ""}


def test_a_voice_need_not_belong_to_a_consultation(client, world):
    data = body(consultation=None, answers={RELAYED_QUESTION_KEY: {"text": "The bus is scary."}})
    del data["about_you"]
    response = send(client, world, data=data)
    assert response.status_code == 201
    assert response.json()["consultation"] is None
    # Without a consultation, only the relayed question can be answered.
    data["answers"] = {"carry": {"values": ["yes"]}}
    assert send(client, world, data=data, key="other").status_code == 400


def test_draft_consultations_are_not_for_sending_to(client, world):
    ConsultationFactory(partnership=world.partnership, slug="draft-one", status=Consultation.Status.DRAFT)
    response = send(client, world, data=body(consultation="draft-one"))
    assert response.status_code == 400 and "consultation" in response.json()["errors"]


def test_the_list_is_paginated_and_holds_only_the_agencys_own_voices(client, world):
    for n in range(3):
        send(client, world, key=f"mine-{n}")
    # Another agency in the same partnership, and another partnership's client: never seen.
    neighbour, neighbour_token = api_client_with_token(agency=AgencyFactory(partnership=world.partnership))
    send(client, world, key="theirs", token=neighbour_token)
    stranger = Setup(slug="elsewhere")
    send(client, stranger, data=body(consultation="elsewhere"), key="stranger")
    # A practitioner's own voice on the page is theirs, not the system's.
    page_voice = Response.objects.create(
        partnership=world.partnership,
        channel="relayed",
        consent_basis="young_person_agreed",
        submitted_on=timezone.localdate(),
        reference_code="PAGEVOICE",
        relayed_by=MembershipFactory(agency=world.agency).user,
    )
    listing = client.get(URL + "?page_size=2", **world.headers()).json()
    assert listing["count"] == 3 and len(listing["results"]) == 2 and listing["next"]
    rest = client.get(URL + "?page_size=2&page=2", **world.headers()).json()
    ids = {item["id"] for item in listing["results"] + rest["results"]}
    mine = set(Response.objects.filter(relayed_by=world.client_record.user).values_list("pk", flat=True))
    assert ids == mine and page_voice.pk not in ids
    assert client.get(URL + "?page=99", **world.headers()).status_code == 404


def test_a_replaced_token_still_reaches_what_its_agency_sent(client, world):
    first = send(client, world).json()
    api_client_revoke(client=world.client_record, revoked_by=None, reason="rotated")
    _new, token = api_client_with_token(agency=world.agency)
    assert client.get(f"{URL}{first['id']}/", **world.headers(token=token)).status_code == 200


def test_other_agencies_and_partnerships_voices_are_404(client, world):
    stranger = Setup(slug="elsewhere")
    theirs = send(client, stranger, data=body(consultation="elsewhere")).json()["id"]
    neighbour_client, neighbour_token = api_client_with_token(
        agency=AgencyFactory(partnership=world.partnership)
    )
    neighbours = send(client, world, key="n", token=neighbour_token).json()["id"]
    for pk in (theirs, neighbours, 999999):
        assert client.get(f"{URL}{pk}/", **world.headers()).status_code == 404
        patch = client.patch(
            f"{URL}{pk}/",
            {"consent_basis": "parent_agreed"},
            content_type="application/json",
            **world.headers(),
        )
        assert patch.status_code == 404
    assert set(Response.objects.values_list("consent_basis", flat=True)) == {"young_person_agreed"}


def test_correcting_a_voice_de_identifies_again_and_keeps_what_was_not_sent(client, world):
    sent = send(client, world).json()
    url = f"{URL}{sent['id']}/"
    response = client.patch(
        url,
        {"answers": {RELAYED_QUESTION_KEY: {"text": "Call Amira on 07700 900123."}, "carry": {}}},
        content_type="application/json",
        **world.headers(),
    )
    assert response.status_code == 200, response.json()
    data = response.json()
    assert "07700" not in data["answers"][RELAYED_QUESTION_KEY]["text"]
    assert "carry" not in data["answers"]  # an empty answer removes it
    assert data["consent_basis"] == "young_person_agreed" and data["shared_on"] == sent["shared_on"]
    assert Answer.objects.count() == 1
    shared = (timezone.localdate() - datetime.timedelta(days=5)).isoformat()
    again = client.patch(url, {"shared_on": shared}, content_type="application/json", **world.headers())
    assert again.json()["shared_on"] == shared


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({}, "request"),
        ({"answers": {RELAYED_QUESTION_KEY: {}, "carry": {}}}, "answers"),  # nothing would be left
        ({"consultation": "other"}, "consultation"),  # not something a correction changes
        ({"shared_on": "yesterday"}, "shared_on"),
        ({"answers": {"nope": {"text": "x"}}}, "answers.nope"),
    ],
)
def test_bad_corrections_are_a_400_and_change_nothing(client, world, patch, field):
    sent = send(client, world).json()
    response = client.patch(f"{URL}{sent['id']}/", patch, content_type="application/json", **world.headers())
    assert response.status_code == 400 and field in response.json()["errors"], response.json()
    assert client.get(f"{URL}{sent['id']}/", **world.headers()).json() == sent


def test_reading_listing_and_correcting_are_audited_sending_is_not(client, world):
    sent = send(client, world).json()
    assert not AuditEvent.objects.filter(action="view").exists()
    client.get(URL, **world.headers())
    client.get(f"{URL}{sent['id']}/", **world.headers())
    client.patch(
        f"{URL}{sent['id']}/",
        {"consent_basis": "parent_agreed"},
        content_type="application/json",
        **world.headers(),
    )
    events = list(AuditEvent.objects.filter(action="view").order_by("pk"))
    assert [event.reason for event in events] == [
        "Listed relayed voices through the API",
        "Read a relayed voice through the API",
        "Corrected a relayed voice through the API",
    ]
    assert events[0].detail["ids"] == [sent["id"]]
    assert all(event.actor == world.client_record.user for event in events)
    assert all(event.partnership == world.partnership for event in events)
    assert all(event.detail["api_client"] == world.client_record.pk for event in events)
    assert "Jayden" not in str([event.detail for event in events])
    [correction] = AuditEvent.objects.filter(action="correction")
    assert correction.detail == {"changed": ["consent_basis"]}
    assert correction.actor == world.client_record.user


def test_a_client_without_the_push_scope_is_refused_with_403(client):
    reader = Setup(scopes=("read_aggregates",), slug="reader")
    response = send(client, reader)
    assert response.status_code == 403
    assert "push_voices" in response.json()["detail"]
    assert client.get(URL, **reader.headers()).status_code == 403
    assert not Response.objects.exists()


def test_staff_practitioners_may_use_it_for_their_own_voices_but_analysts_may_not(client, world):
    practitioner = MembershipFactory(agency=world.agency, role="practitioner").user
    client.force_login(practitioner)
    response = client.post(URL, body(), content_type="application/json", HTTP_IDEMPOTENCY_KEY="staff-1")
    assert response.status_code == 201
    assert Response.objects.get().relayed_by == practitioner
    client.force_login(MembershipFactory(agency=world.agency, role="analyst").user)
    assert client.get(URL).status_code == 403


@pytest.mark.django_db(transaction=True)
def test_two_racing_requests_with_one_key_make_one_record():
    """Two threads send the same voice with the same key at once: one record, both get it back."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers: the race needs PostgreSQL")
    from django.test import Client

    world = Setup()
    barrier = threading.Barrier(2)
    results = []

    def go():
        barrier.wait()
        results.append(send(Client(), world, key="race").json()["id"])
        connection.close()

    threads = [threading.Thread(target=go) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Response.objects.count() == 1
    assert results[0] == results[1]


def test_admins_find_a_voice_an_agencys_system_sent_by_that_agency_for_erasure(client, world):
    from youthvoice.voices.retention import relayed_voices_search

    sent = send(client, world).json()
    found = relayed_voices_search(partnership=world.partnership, agency=world.agency)
    assert [voice.pk for voice in found] == [sent["id"]]
    assert not relayed_voices_search(
        partnership=world.partnership, agency=AgencyFactory(partnership=world.partnership)
    )
