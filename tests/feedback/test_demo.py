"""The demo has a published update for the closed consultation (and one for a theme, citing a young people's
panel) and one consultation with feedback overdue."""

from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from youthvoice.feedback.models import YouSaidWeDid, YouSaidWeDidRevision
from youthvoice.feedback.selectors import digest_for
from youthvoice.partnership.models import Partnership

pytestmark = pytest.mark.django_db


def test_demo_has_published_feedback_and_an_overdue_consultation_and_runs_twice_safely(demo, client):
    call_command("demo", quiet=True)
    assert YouSaidWeDid.objects.count() == 3 and YouSaidWeDidRevision.objects.count() == 3
    update = YouSaidWeDid.objects.get(theme__isnull=True)
    assert update.consultation.slug == "getting-help-when-you-need-it" and update.first_published_on
    panel_cited = YouSaidWeDid.objects.get(theme__name="Trusted adults")
    assert panel_cited.revisions.get().panel is not None
    # The open consultation's update for one theme cites the themes it answers and how many voices.
    cited = YouSaidWeDidRevision.objects.get(update__theme__name="Feeling unsafe in public places")
    assert cited.themes_cited == ["Feeling unsafe in public places", "Trusted adults"]
    assert cited.published_on and cited.voices_cited_text
    digest = digest_for(partnership=Partnership.objects.get(), today=timezone.localdate())
    assert [row.consultation.slug for row in digest.overdue_consultations] == ["staying-safe-online"]
    page = client.get("/you-said-we-did/getting-help-when-you-need-it/").content.decode()
    assert "Every school in Brackenford now has a poster" in page
    assert "panel on" in page and "ranked this first out of 5 themes." in unescape(page)
    assert "Getting help when you need it" in client.get("/you-said-we-did/feed.atom").content.decode()
    client.force_login(get_user_model().objects.get(username="leader"))
    leaders = client.get("/staff/leaders/").content.decode()
    assert "Staying safe online" in leaders and "Overdue by 5 days" in leaders
