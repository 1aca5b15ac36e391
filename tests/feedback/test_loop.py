"""Closing the loop: late pages say sorry with a new date, codes show status, practitioners are told."""

import io

import pytest
from django.core import mail
from django.utils import timezone
from pypdf import PdfReader

from tests.consultations.factories import ConsultationFactory
from tests.dates import days
from tests.feedback.factories import RevisionFactory
from tests.partnership.factories import AgencyFactory, MembershipFactory
from tests.voices.factories import FacilitatedSessionFactory, ResponseFactory
from youthvoice.feedback.lateness import DelayError, feedback_delay_record, loop_status
from youthvoice.feedback.models import FeedbackDelay, PractitionerNotice
from youthvoice.feedback.practitioners import practitioners_notify, practitioners_to_tell
from youthvoice.feedback.services import you_said_we_did_create

pytestmark = pytest.mark.django_db

CLEAN = "You told us the bus station feels unsafe at night."
WE_DID = "We asked the bus company for more staff at night. Youth workers now visit on Fridays."


def overdue_consultation(**kwargs):
    return ConsultationFactory(
        status="closed", opens_on=days(-60), closes_on=days(-40), feedback_due_on=days(-5), **kwargs
    )


def leader_of(partnership):
    return MembershipFactory(role="leader", agency__partnership=partnership).user


# --- Late: say so, say sorry, give the new date ------------------------------------------------------------


def test_loop_status_follows_the_consultation_through_the_cycle():
    consultation = ConsultationFactory(closes_on=days(5), feedback_due_on=days(30))
    assert loop_status(consultation=consultation).stage == "open"
    assert loop_status(consultation=consultation, today=days(6)).stage == "reading"
    assert loop_status(consultation=consultation, today=days(31)).stage == "late"
    RevisionFactory(update__consultation=consultation, published=True)
    consultation.feedback_updates.update(first_published_on=days(40))
    status = loop_status(consultation=consultation, today=days(41))
    assert status.stage == "reported" and status.published_late


def test_an_overdue_page_says_it_is_late_and_sorry_even_before_a_new_date(client):
    consultation = overdue_consultation()
    page = client.get(f"/you-said-we-did/{consultation.slug}/").content.decode()
    assert "We are late, and we are sorry." in page
    assert f"We promised to tell you what we did by {days(-5):%-d %B %Y}" in page
    assert "We are working out a new date" in page


def test_a_leader_gives_a_new_date_and_young_people_read_it_with_the_apology(client):
    consultation = overdue_consultation()
    client.force_login(leader_of(consultation.partnership))
    leaders = client.get("/staff/leaders/").content.decode()
    assert f"/staff/you-said-we-did/late/{consultation.pk}/" in leaders
    response = client.post(
        f"/staff/you-said-we-did/late/{consultation.pk}/",
        {"new_due_on": days(20).isoformat(), "reason": "Fewer staff than we planned read the answers."},
    )
    assert response.status_code == 302
    page = client.get(f"/you-said-we-did/{consultation.slug}/").content.decode()
    assert "We are late, and we are sorry." in page
    assert f"We will tell you what we did by <strong>{days(20):%-d %B %Y}</strong>" in page
    assert "Fewer staff than we planned read the answers." in page


@pytest.mark.parametrize(
    "data, message",
    [
        ({"new_due_on": "", "reason": "Busy."}, "Enter the new date"),
        ({"new_due_on": "31/02/2027", "reason": "Busy."}, "Enter a real date"),
        ({"new_due_on": -1, "reason": "Busy."}, "must be after today"),  # a number: days from today
        ({"new_due_on": 20, "reason": "   "}, "Say why we are late"),
        ({"new_due_on": 20, "reason": "x" * 1001}, "1000 characters"),
    ],
)
def test_bad_new_dates_or_reasons_get_a_clear_message_and_publish_nothing(client, data, message):
    if isinstance(data["new_due_on"], int):  # taken when the test runs, not when the module is imported
        data = {**data, "new_due_on": days(data["new_due_on"]).isoformat()}
    consultation = overdue_consultation()
    client.force_login(leader_of(consultation.partnership))
    response = client.post(f"/staff/you-said-we-did/late/{consultation.pk}/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not FeedbackDelay.objects.exists()


def test_a_new_date_must_be_after_the_promised_and_the_last_new_date():
    consultation = ConsultationFactory(status="closed", feedback_due_on=days(30))
    user = leader_of(consultation.partnership)
    with pytest.raises(DelayError, match="after the date we promised"):
        feedback_delay_record(consultation=consultation, new_due_on=days(10), reason="Busy.", user=user)
    feedback_delay_record(consultation=consultation, new_due_on=days(50), reason="Busy.", user=user)
    with pytest.raises(DelayError, match="earlier than the last new date"):
        feedback_delay_record(consultation=consultation, new_due_on=days(40), reason="Busy.", user=user)


def test_the_apology_goes_through_the_language_gate():
    consultation = overdue_consultation()
    with pytest.raises(DelayError, match="Change"):
        feedback_delay_record(
            consultation=consultation,
            new_due_on=days(20),
            reason="Some young people were putting themselves at risk, so it took longer.",
            user=leader_of(consultation.partnership),
        )


def test_a_missed_new_date_says_sorry_again(client):
    consultation = overdue_consultation()
    FeedbackDelay.objects.create(
        consultation=consultation, new_due_on=days(-1), reason="Busy.", recorded_on=days(-4)
    )
    page = client.get(f"/you-said-we-did/{consultation.slug}/").content.decode()
    assert "we missed that date too. Sorry again." in page


def test_only_leaders_of_the_partnership_give_new_dates(client):
    consultation = overdue_consultation()
    client.force_login(
        MembershipFactory(role="practitioner", agency__partnership=consultation.partnership).user
    )
    assert client.get(f"/staff/you-said-we-did/late/{consultation.pk}/").status_code == 403
    client.force_login(leader_of(ConsultationFactory().partnership))
    assert client.get(f"/staff/you-said-we-did/late/{consultation.pk}/").status_code == 404


# --- A closed consultation points to its update ------------------------------------------------------------


def test_a_closed_consultation_links_to_its_update_and_drops_a_passed_date(client):
    consultation = overdue_consultation()
    response = client.get(f"/c/{consultation.slug}/")
    assert response.status_code == 410
    page = response.content.decode()
    assert f'href="/you-said-we-did/{consultation.slug}/"' in page
    assert "We will publish what we did" not in page
    future = ConsultationFactory(status="closed", feedback_due_on=days(30))
    page = client.get(f"/c/{future.slug}/").content.decode()
    assert f"We will publish what we did with young people's answers by {days(30):%-d %B %Y}" in page


# --- The reference code page ----------------------------------------------------------------------------


def test_a_reference_code_shows_status_and_updates_never_answers(client):
    consultation = overdue_consultation()
    FeedbackDelay.objects.create(
        consultation=consultation, new_due_on=days(9), reason="Busy.", recorded_on=timezone.localdate()
    )
    response_row = ResponseFactory(sent_today=True, consultation=consultation)
    response = client.post("/see-what-changed/", {"code": response_row.reference_code})
    assert response.status_code == 200
    page = response.content.decode()
    assert consultation.title in page
    assert "We are late, and we are sorry." in page and f"{days(9):%-d %B %Y}" in page
    assert response_row.reference_code not in page
    assert "We do not show anyone" in page


def test_a_reference_code_for_a_reported_consultation_shows_its_updates(client):
    revision = RevisionFactory(published=True, we_did="Youth workers on the late buses")
    response_row = ResponseFactory(sent_today=True, consultation=revision.update.consultation)
    page = client.post("/see-what-changed/", {"code": response_row.reference_code}).content.decode()
    assert "Youth workers on the late buses" in page


# --- Practitioners are told ----------------------------------------------------------------------------


@pytest.fixture
def gathered():
    """A consultation with a relayed voice from one agency and a facilitated session run by another."""
    consultation = ConsultationFactory(status="closed", channels=["online", "youth_worker"])
    partnership = consultation.partnership
    relaying = MembershipFactory(role="practitioner", agency__partnership=partnership)
    colleague = MembershipFactory(role="practitioner", agency=relaying.agency)
    ResponseFactory(
        sent_today=True,
        consultation=consultation,
        channel="relayed",
        relayed_by=relaying.user,
        consent_basis="young_person_agreed",
    )
    facilitating = MembershipFactory(role="practitioner", agency__partnership=partnership)
    FacilitatedSessionFactory(
        partnership=partnership, consultation=consultation, started_by=facilitating.user
    )
    elsewhere = MembershipFactory(role="practitioner", agency=AgencyFactory(partnership=partnership))
    analyst_there = MembershipFactory(role="analyst", agency=relaying.agency)
    return {
        "consultation": consultation,
        "told": {relaying.user, colleague.user, facilitating.user},
        "not_told": {elsewhere.user, analyst_there.user},
    }


def publish(consultation, django_capture_on_commit_callbacks):
    leader = leader_of(consultation.partnership)
    with django_capture_on_commit_callbacks(execute=True):
        return you_said_we_did_create(
            consultation=consultation,
            user=leader,
            publish=True,
            you_said=CLEAN,
            we_did=WE_DID,
            status="acting",
        )


def test_practitioners_whose_agencies_gathered_voices_are_told(gathered):
    assert set(practitioners_to_tell(consultation=gathered["consultation"])) == gathered["told"]


def test_publishing_emails_each_practitioner_once_and_leaves_a_notice(
    gathered, django_capture_on_commit_callbacks
):
    revision = publish(gathered["consultation"], django_capture_on_commit_callbacks)
    assert {n.user for n in PractitionerNotice.objects.all()} == gathered["told"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in gathered["told"])
    assert all(len(m.to) == 1 for m in mail.outbox)
    assert f"/you-said-we-did/{gathered['consultation'].slug}/" in mail.outbox[0].body
    assert f"/staff/you-said-we-did/{revision.update.pk}/one-page.pdf" in mail.outbox[0].body
    assert PractitionerNotice.objects.filter(emailed=True).count() == 3


def test_a_failing_mail_server_never_undoes_publishing(
    gathered, django_capture_on_commit_callbacks, monkeypatch
):
    def refuse(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    revision = publish(gathered["consultation"], django_capture_on_commit_callbacks)
    revision.refresh_from_db()
    assert revision.published_on == timezone.localdate()
    assert PractitionerNotice.objects.filter(emailed=False).count() == 3


def test_the_practitioner_sees_the_notice_on_their_staff_home(
    client, gathered, django_capture_on_commit_callbacks
):
    revision = publish(gathered["consultation"], django_capture_on_commit_callbacks)
    told = next(iter(gathered["told"]))
    client.force_login(told)
    page = client.get("/staff/").content.decode()
    assert "Updates to take back to young people" in page
    assert gathered["consultation"].title in page
    assert f"/staff/you-said-we-did/{revision.update.pk}/one-page.pdf" in page
    client.force_login(next(u for u in gathered["not_told"] if u.memberships.get().role == "practitioner"))
    page = client.get("/staff/").content.decode()
    assert "No new updates to take back yet" in page and gathered["consultation"].title not in page


def test_the_one_page_version_is_a_single_a4_page(client, gathered, django_capture_on_commit_callbacks):
    revision = publish(gathered["consultation"], django_capture_on_commit_callbacks)
    client.force_login(next(iter(gathered["told"])))
    response = client.get(f"/staff/you-said-we-did/{revision.update.pk}/one-page.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "bus station feels unsafe" in text and "0800 1111" in text


def test_the_one_page_version_of_a_long_update_still_fits_one_page(
    client, leader, django_capture_on_commit_callbacks
):
    consultation = ConsultationFactory(status="closed")
    membership = leader.memberships.get()
    consultation.partnership = membership.agency.partnership
    consultation.save()
    with django_capture_on_commit_callbacks(execute=True):
        revision = you_said_we_did_create(
            consultation=consultation,
            user=leader,
            publish=True,
            you_said=("You told us the buses feel unsafe. " * 110).strip(),
            we_did=("We asked for more staff at night. " * 110).strip(),
            status="cant_do",
            cant_do_reason=("The buses are run by a company we cannot tell what to do. " * 30).strip(),
        )
    client.force_login(leader)
    response = client.get(f"/staff/you-said-we-did/{revision.update.pk}/one-page.pdf")
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1


def test_an_unpublished_update_has_no_one_page_version(client):
    draft = RevisionFactory()
    client.force_login(leader_of(draft.update.partnership))
    response = client.get(f"/staff/you-said-we-did/{draft.update.pk}/one-page.pdf")
    assert response.status_code == 302
    assert (
        client.get(f"/staff/you-said-we-did/{draft.update.pk}/one-page.pdf", follow=True).status_code == 200
    )


def test_republishing_the_same_revision_tells_nobody_twice(gathered, django_capture_on_commit_callbacks):
    revision = publish(gathered["consultation"], django_capture_on_commit_callbacks)
    assert practitioners_notify(revision=revision, today=timezone.localdate()) == 0
    assert PractitionerNotice.objects.count() == 3
