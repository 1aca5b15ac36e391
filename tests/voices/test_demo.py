"""The demo's voices look like a real consultation's: who answers is not uniform (so representation shows a
real gap), the youth worker's relayed voices are there, coded, some with details "not known", and a schools'
survey was imported from a messy file with its recoding kept for the next one."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from youthvoice.consultations.models import Audience
from youthvoice.insights.models import Coding
from youthvoice.voices.models import Answer, ImportedComment, ImportSource, Response, ResponseImport

pytestmark = pytest.mark.django_db


def test_demo_voices_have_believable_demographics_and_relayed_voices_that_are_coded(demo, client):
    young = Response.objects.filter(consultation__audience=Audience.YOUNG_PEOPLE)
    genders = Counter(young.values_list("gender", flat=True))
    ages = Counter(young.values_list("age_band", flat=True))
    # Not uniformly random: girls and 14 to 17s answer most; few non-binary young people, few young adults.
    assert genders["girl"] > genders["boy"] > 4 * genders["non_binary"]
    assert ages["14-15"] > 3 * ages["22-25"] and ages["16-17"] > 2 * ages["18-21"]

    relayed = Response.objects.filter(channel=Response.Channel.RELAYED)
    assert relayed.count() >= 20 and not relayed.filter(consultation__isnull=False).exists()
    assert relayed.exclude(age_band="").exists() and relayed.filter(age_band="").exists()  # some not known
    assert relayed.exclude(place_type="").exists() and relayed.filter(locality__isnull=True).exists()
    assert Answer.objects.filter(response__in=relayed, question__key="harm-seen").exists()
    assert set(relayed.values_list("relayed_by__username", flat=True)) == {"practitioner"}
    assert Coding.objects.filter(answer__response__in=relayed, status="accepted").count() >= relayed.count()

    imported = ResponseImport.objects.get()
    assert imported.source_agency.name == "Brackenford Schools Partnership" and imported.row_count >= 20
    recodes = ImportSource.objects.get().recodes
    assert recodes["gender"]["f"] == "girl" and recodes["services-listened"]["neutral"] == "3"
    rows = Response.objects.filter(channel=Response.Channel.IMPORTED)
    assert rows.count() == imported.row_count and not rows.filter(age_band="").exists()  # "14", "15 yrs"
    assert ImportedComment.objects.filter(response__in=rows).exists()
    words = " ".join(Answer.objects.filter(response__in=rows).values_list("text", flat=True))
    assert "Hughes" not in words and "[NAME] is the only teacher" in words

    client.force_login(get_user_model().objects.get(username="leader"))
    dashboard = client.get("/staff/insights/dashboard/").content.decode()
    assert "Under-represented by ethnic group" in dashboard  # a real gap, against the demo's baseline

    before = (relayed.count(), rows.count(), ResponseImport.objects.count())
    call_command("demo", quiet=True)
    assert (relayed.count(), rows.count(), ResponseImport.objects.count()) == before
