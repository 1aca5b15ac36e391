"""Strategy assessment: every review is kept, and the page shows the change since the one before."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.mandate.factories import AssessmentFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.mandate.models import StrategyAssessment
from youthvoice.mandate.selectors import assessments_compare
from youthvoice.mandate.services import MandateError, strategy_assessment_record

pytestmark = pytest.mark.django_db

DIMENSIONS = ["public_value", "operational_capacity", "authorising_environment", "culture", "values", "voice"]


def form_data(**overrides):
    data = {"assessed_on": timezone.localdate().isoformat()}
    for name in DIMENSIONS:
        data[name] = "4"
        data[f"{name}_notes"] = f"Notes on {name}"
    data.update(overrides)
    return data


def test_comparison_shows_the_change_per_dimension_between_the_last_two_reviews():
    earlier = AssessmentFactory(assessed_on=timezone.localdate() - datetime.timedelta(days=300), voice=1)
    AssessmentFactory(
        partnership=earlier.partnership,
        assessed_on=timezone.localdate() - datetime.timedelta(days=100),
        voice=2,
        culture=4,
    )
    AssessmentFactory(partnership=earlier.partnership, voice=4, culture=3, values=3)
    comparison = assessments_compare(partnership=earlier.partnership)
    changes = {d.label: (d.previous, d.latest, d.change_text) for d in comparison.dimensions}
    assert changes["Young people's voice"] == (2, 4, "Up 2")
    assert changes["Culture"] == (4, 3, "Down 1")
    assert changes["Values"] == (3, 3, "No change")


def test_a_first_assessment_has_nothing_to_compare_with():
    assessment = AssessmentFactory()
    comparison = assessments_compare(partnership=assessment.partnership)
    assert comparison.previous is None
    assert {d.change_text for d in comparison.dimensions} == {"First assessment"}


def test_recording_a_review_adds_a_record_and_never_changes_earlier_ones(client):
    membership = MembershipFactory(role="leader")
    partnership = membership.agency.partnership
    earlier = AssessmentFactory(
        partnership=partnership, assessed_on=timezone.localdate() - datetime.timedelta(days=90)
    )
    client.force_login(membership.user)
    response = client.post(reverse("mandate:assessment-add"), form_data(voice="5"))
    assert response.status_code == 302
    assert StrategyAssessment.objects.filter(partnership=partnership).count() == 2
    earlier.refresh_from_db()
    assert earlier.voice == 3
    latest = StrategyAssessment.objects.filter(partnership=partnership).first()
    assert (latest.voice, latest.assessed_by) == (5, membership.user)
    page = client.get(reverse("mandate:assessments")).content.decode()
    assert "Up 2" in page and "Up 1" in page


def test_bad_assessment_input_is_refused_with_clear_messages(client):
    membership = MembershipFactory(role="admin")
    client.force_login(membership.user)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = client.post(
        reverse("mandate:assessment-add"), form_data(assessed_on=tomorrow, culture="9", values="")
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "The date of the assessment cannot be in the future." in page
    assert "Rate culture from 1 to 5." in page and "Rate values from 1 to 5." in page
    assert not StrategyAssessment.objects.exists()


def test_the_service_refuses_ratings_outside_one_to_five():
    membership = MembershipFactory()
    ratings = dict.fromkeys(DIMENSIONS, 3) | {"voice": 6}
    with pytest.raises(MandateError, match="young people's voice"):
        strategy_assessment_record(
            partnership=membership.agency.partnership,
            assessed_on=timezone.localdate(),
            assessed_by=None,
            ratings=ratings,
            notes={},
        )


@pytest.mark.parametrize("role", ["practitioner", "analyst"])
def test_practitioners_and_analysts_see_assessments_but_cannot_record_one(client, role):
    membership = MembershipFactory(role=role)
    client.force_login(membership.user)
    assert client.get(reverse("mandate:assessments")).status_code == 200
    assert client.post(reverse("mandate:assessment-add"), form_data()).status_code == 403
    assert not StrategyAssessment.objects.exists()


def test_admin_site_shows_assessments_but_does_not_let_them_be_changed(admin_client):
    assessment = AssessmentFactory()
    response = admin_client.get(reverse("admin:mandate_strategyassessment_change", args=[assessment.pk]))
    assert response.status_code == 200
    assert b'name="_save"' not in response.content
