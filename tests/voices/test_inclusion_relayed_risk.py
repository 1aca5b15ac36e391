"""A relayed voice showing a child at risk now: remind the practitioner; store only referral or reason."""

import datetime

import pytest
from django.utils import timezone

from youthvoice.consultations.services import question_bank_load
from youthvoice.voices.models import Response
from youthvoice.voices.services import (
    SafeguardingAnswer,
    SafeguardingAnswerNeeded,
    safeguarding_clean,
)

pytestmark = pytest.mark.django_db
REMINDER = "Follow your agency's safeguarding procedures"


@pytest.fixture
def practitioner(signed_in):
    membership = signed_in("practitioner")
    question_bank_load(partnership=membership.agency.partnership)
    return membership


def relayed(text="She said older boys make her hold things for them", **extra):
    return {
        "text": text,
        "shared_on": timezone.localdate().isoformat(),
        "consent_basis": "young_person_agreed",
        **extra,
    }


def test_ordinary_voice_has_no_reminder_and_stores_no_risk(client, practitioner):
    preview = client.post("/staff/voices/relayed/new/", relayed(action="preview"))
    assert REMINDER not in preview.content.decode()
    client.post("/staff/voices/relayed/new/", relayed(action="save"))
    response = Response.objects.get()
    assert (response.at_risk_now, response.referral_made, response.no_referral_reason) == (False, None, "")


def test_marking_risk_now_reminds_of_the_duty_and_asks_about_a_referral(client, practitioner):
    preview = client.post("/staff/voices/relayed/new/", relayed(action="preview", at_risk_now="on"))
    page = preview.content.decode()
    assert REMINDER in page and "Did you make a safeguarding referral?" in page
    refused = client.post("/staff/voices/relayed/new/", relayed(action="save", at_risk_now="on"))
    assert (
        refused.status_code == 400
        and "Say whether you made a safeguarding referral" in refused.content.decode()
    )
    assert not Response.objects.exists()
    saved = client.post(
        "/staff/voices/relayed/new/", relayed(action="save", at_risk_now="on", referral_made="yes")
    )
    assert saved.status_code == 302
    response = Response.objects.get()
    assert (response.at_risk_now, response.referral_made) == (True, True)


def test_words_suggesting_danger_also_bring_the_reminder(client, practitioner):
    text = "He said they won't let me leave the flat and he is scared to go home"
    preview = client.post("/staff/voices/relayed/new/", relayed(text=text, action="preview"))
    assert REMINDER in preview.content.decode()
    refused = client.post("/staff/voices/relayed/new/", relayed(text=text, action="save", referral_made="no"))
    assert refused.status_code == 400 and "Say why you did not make" in refused.content.decode()
    saved = client.post(
        "/staff/voices/relayed/new/",
        relayed(
            text=text,
            action="save",
            referral_made="no",
            no_referral_reason="Already open to the team; told the allocated worker, Sam Jones, today",
        ),
    )
    assert saved.status_code == 302
    response = Response.objects.get()
    assert response.at_risk_now and response.referral_made is False
    assert "Sam Jones" not in response.no_referral_reason and "[NAME]" in response.no_referral_reason


def test_correcting_a_voice_to_show_risk_needs_the_answer_too(client, practitioner):
    client.post("/staff/voices/relayed/new/", relayed(action="save"))
    voice = Response.objects.get()
    url = f"/staff/voices/relayed/{voice.pk}/"
    refused = client.post(url, relayed(action="save", at_risk_now="on"))
    assert refused.status_code == 400
    assert client.post(url, relayed(action="save", at_risk_now="on", referral_made="yes")).status_code == 302
    voice.refresh_from_db()
    assert voice.at_risk_now and voice.referral_made


def test_tampered_referral_answer_is_a_400(client, practitioner):
    response = client.post(
        "/staff/voices/relayed/new/", relayed(action="save", at_risk_now="on", referral_made="maybe")
    )
    assert response.status_code == 400 and "Choose yes or no" in response.content.decode()


def test_safeguarding_clean_stores_nothing_more_than_the_answer(db):
    assert safeguarding_clean(safeguarding=None, texts=["all fine at school"])["at_risk_now"] is False
    with pytest.raises(SafeguardingAnswerNeeded):
        safeguarding_clean(safeguarding=SafeguardingAnswer(at_risk_now=True), texts=["x"])
    stored = safeguarding_clean(
        safeguarding=SafeguardingAnswer(at_risk_now=True, referral_made=True, no_referral_reason="ignored"),
        texts=["x"],
    )
    assert stored == {"at_risk_now": True, "referral_made": True, "no_referral_reason": ""}
    assert datetime.date.today()  # dates only elsewhere; nothing here records a time
