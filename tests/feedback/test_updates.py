"""You said, we did: drafts, revisions, publishing through the language gate, and who may do what."""

import pytest
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory
from tests.feedback.factories import RevisionFactory
from tests.insights.factories import ThemeFactory
from tests.mandate.factories import ActionFactory
from youthvoice.feedback.models import YouSaidWeDid, YouSaidWeDidRevision
from youthvoice.feedback.selectors import revision_published
from youthvoice.feedback.services import (
    FeedbackError,
    you_said_we_did_create,
    you_said_we_did_publish,
    you_said_we_did_revise,
)
from youthvoice.language.models import PublicationOverride
from youthvoice.language.publishing import PublicationBlocked

pytestmark = pytest.mark.django_db

BLAMING = "Some young people were putting themselves at risk at the bus station."
CLEAN = "You told us the bus station feels unsafe at night."
WE_DID = "We asked the bus company for more staff at night. Youth workers now visit on Fridays."


def content(**overrides):
    data = {"you_said": CLEAN, "we_did": WE_DID, "status": "acting", "cant_do_reason": ""}
    data.update(overrides)
    return data


# --- Services -------------------------------------------------------------------------------------------


def test_each_save_adds_a_revision_and_none_is_overwritten(leader):
    consultation = ConsultationFactory(status="closed")
    first = you_said_we_did_create(consultation=consultation, user=leader, **content())
    second = you_said_we_did_revise(update=first.update, user=leader, **content(we_did="We did more."))
    assert [r.number for r in first.update.revisions.order_by("number")] == [1, 2]
    assert YouSaidWeDidRevision.objects.get(pk=first.pk).we_did == WE_DID
    assert second.we_did == "We did more."


def test_saving_the_same_words_again_adds_no_revision(leader):
    revision = you_said_we_did_create(
        consultation=ConsultationFactory(status="closed"), user=leader, **content()
    )
    again = you_said_we_did_revise(update=revision.update, user=leader, **content())
    assert again.pk == revision.pk and revision.update.revisions.count() == 1


def test_publishing_stamps_the_revision_and_the_first_published_date(leader):
    revision = you_said_we_did_create(
        consultation=ConsultationFactory(status="closed"), user=leader, **content()
    )
    assert revision_published(update=revision.update) is None
    you_said_we_did_publish(update=revision.update, user=leader)
    revision.refresh_from_db()
    assert revision.published_on == timezone.localdate() and revision.published_by == leader
    assert revision.reading_age is not None
    assert YouSaidWeDid.objects.get().first_published_on == timezone.localdate()


def test_a_later_draft_leaves_the_published_revision_in_place(leader):
    revision = you_said_we_did_create(
        consultation=ConsultationFactory(status="closed"), user=leader, publish=True, **content()
    )
    you_said_we_did_revise(update=revision.update, user=leader, **content(we_did="Draft words."))
    assert revision_published(update=revision.update) == revision


def test_victim_blaming_words_block_publishing_and_save_nothing(leader):
    consultation = ConsultationFactory(status="closed")
    with pytest.raises(PublicationBlocked) as blocked:
        you_said_we_did_create(
            consultation=consultation, user=leader, publish=True, **content(you_said=BLAMING)
        )
    assert [rule.rule_id for rule in blocked.value.unresolved] == ["putting-self-at-risk"]
    assert YouSaidWeDid.objects.count() == 0 and YouSaidWeDidRevision.objects.count() == 0


def test_blocked_words_publish_with_a_recorded_reason(leader):
    revision = you_said_we_did_create(
        consultation=ConsultationFactory(status="closed"),
        user=leader,
        publish=True,
        overrides={"putting-self-at-risk": "A young person's own words, quoted with their agreement."},
        **content(you_said=BLAMING),
    )
    assert revision.published_on is not None
    override = PublicationOverride.objects.get()
    assert override.rule_id == "putting-self-at-risk" and override.overridden_by == leader
    assert "putting themselves at risk" in override.words and "own words" in override.reason
    assert override.subject_id == revision.pk


def test_an_empty_reason_does_not_override(leader):
    with pytest.raises(PublicationBlocked):
        you_said_we_did_create(
            consultation=ConsultationFactory(status="closed"),
            user=leader,
            publish=True,
            overrides={"putting-self-at-risk": "   "},
            **content(you_said=BLAMING),
        )
    assert PublicationOverride.objects.count() == 0


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ({"you_said": "", "we_did": ""}, "The update is empty"),
        ({"you_said": "  "}, "Write what young people said"),
        ({"we_did": ""}, "Write what we did"),
        ({"status": "cant_do", "cant_do_reason": ""}, "Say why we can't do this"),
        ({"status": "maybe"}, "Choose a status"),
    ],
)
def test_incomplete_updates_are_refused_with_a_clear_message(leader, words, message):
    with pytest.raises(FeedbackError, match=message):
        you_said_we_did_create(
            consultation=ConsultationFactory(status="closed"), user=leader, **content(**words)
        )


def test_a_draft_consultation_cannot_have_feedback_yet(leader):
    with pytest.raises(FeedbackError, match="open it"):
        you_said_we_did_create(consultation=ConsultationFactory(status="draft"), user=leader, **content())


def test_one_update_per_consultation_and_actions_from_the_same_partnership(leader):
    consultation = ConsultationFactory(status="closed")
    you_said_we_did_create(consultation=consultation, user=leader, **content())
    with pytest.raises(FeedbackError, match="already has an update"):
        you_said_we_did_create(consultation=consultation, user=leader, **content())
    update = YouSaidWeDid.objects.get()
    with pytest.raises(FeedbackError, match="partnership's own actions"):
        you_said_we_did_revise(update=update, user=leader, actions=[ActionFactory()], **content())


def test_linked_action_titles_are_kept_in_the_revision(leader):
    consultation = ConsultationFactory(status="closed")
    action = ActionFactory(partnership=consultation.partnership, title="Late bus youth workers")
    revision = you_said_we_did_create(consultation=consultation, user=leader, actions=[action], **content())
    assert revision.action_titles == ["Late bus youth workers"]
    assert list(revision.update.actions.all()) == [action]


def test_publishing_twice_says_nothing_changed(leader):
    revision = you_said_we_did_create(
        consultation=ConsultationFactory(status="closed"), user=leader, publish=True, **content()
    )
    with pytest.raises(FeedbackError, match="Nothing has changed"):
        you_said_we_did_publish(update=revision.update, user=leader)


# --- Pages and roles ------------------------------------------------------------------------------------


def form(**overrides):
    return {**content(), **overrides}


@pytest.mark.parametrize("role", ["leader", "admin"])
def test_leaders_and_admins_publish_from_the_page(signed_in, client, role):
    partnership = signed_in(role).agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    response = client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", form(publish="1"))
    assert response.status_code == 302
    assert YouSaidWeDidRevision.objects.get().published_on == timezone.localdate()


@pytest.mark.parametrize("role", ["practitioner", "analyst"])
def test_practitioners_and_analysts_read_drafts_but_cannot_write_or_publish(signed_in, client, role):
    partnership = signed_in(role).agency.partnership
    revision = RevisionFactory(update__consultation__partnership=partnership, we_did="Draft we did words")
    update = revision.update
    assert "Draft we did words" in client.get(f"/staff/you-said-we-did/{update.pk}/").content.decode()
    assert client.get("/staff/you-said-we-did/").status_code == 200
    consultation = update.consultation
    assert client.get(f"/staff/you-said-we-did/new/{consultation.pk}/").status_code == 403
    assert client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", form(publish="1")).status_code == 403
    assert client.post(f"/staff/you-said-we-did/{update.pk}/edit/", form(publish="1")).status_code == 403
    assert client.post(f"/staff/you-said-we-did/{update.pk}/publish/").status_code == 403
    assert revision_published(update=update) is None


def test_another_partnerships_update_is_not_found(signed_in, client):
    signed_in("leader")
    other = RevisionFactory().update
    assert client.get(f"/staff/you-said-we-did/{other.pk}/").status_code == 404
    assert client.post(f"/staff/you-said-we-did/{other.pk}/publish/").status_code == 404


def test_blocked_publish_shows_the_findings_the_reading_age_and_keeps_the_words(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    response = client.post(
        f"/staff/you-said-we-did/new/{consultation.pk}/", form(you_said=BLAMING, publish="1")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: " in html and "cannot be published yet" in html
    assert "Blocks publishing" in html and "Reading age" in html and "target: 12 or under" in html
    assert BLAMING in html  # the words typed are shown again, not lost
    assert 'name="override_putting-self-at-risk"' in html
    assert YouSaidWeDid.objects.count() == 0
    fixed = client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", form(publish="1"))
    assert fixed.status_code == 302


def test_reason_given_on_the_page_publishes_and_is_shown_in_the_history(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    response = client.post(
        f"/staff/you-said-we-did/new/{consultation.pk}/",
        form(
            you_said=BLAMING, publish="1", **{"override_putting-self-at-risk": "Quoted from a young person."}
        ),
    )
    assert response.status_code == 302
    detail = client.get(response.url).content.decode()
    assert "Wording published anyway" in detail and "Quoted from a young person." in detail


def test_empty_update_on_the_page_gets_a_clear_message(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    response = client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", form(you_said="", we_did=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "The update is empty" in html and "<title>Error: " in html


def test_save_as_draft_then_publish_from_the_detail_page(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    saved = client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", form(save="1"))
    assert saved.status_code == 302 and YouSaidWeDidRevision.objects.get().published_on is None
    update = YouSaidWeDid.objects.get()
    edited = client.post(f"/staff/you-said-we-did/{update.pk}/edit/", form(you_said=BLAMING, save="1"))
    assert edited.status_code == 302  # a draft may hold anything; only publishing is checked
    blocked = client.post(f"/staff/you-said-we-did/{update.pk}/publish/")
    assert blocked.status_code == 400 and "cannot be published yet" in blocked.content.decode()
    client.post(f"/staff/you-said-we-did/{update.pk}/edit/", form(save="1"))
    assert client.post(f"/staff/you-said-we-did/{update.pk}/publish/").status_code == 302
    assert [r.published_on is not None for r in update.revisions.order_by("number")] == [False, False, True]


def test_bad_form_input_never_500s(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    for data in [
        form(status="nonsense"),
        form(actions=["not-a-number"]),
        form(actions=["999999"]),
        form(theme="abc"),
        form(you_said="x" * 5000),
    ]:
        assert client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", data).status_code == 400
    assert client.get("/staff/you-said-we-did/new/999999/").status_code == 404


def test_a_consultation_has_one_whole_update_and_one_per_theme(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    theme = ThemeFactory(codebook__partnership=partnership, name="Buses at night")
    url = f"/staff/you-said-we-did/new/{consultation.pk}/"
    assert client.post(url, form(publish="1")).status_code == 302
    assert client.post(url, form(publish="1", theme=theme.pk)).status_code == 302
    again = client.post(url, form(theme=theme.pk))
    assert again.status_code == 400 and "already an update for this theme" in again.content.decode()
    foreign = ThemeFactory(name="Not ours")
    assert client.post(url, form(theme=foreign.pk)).status_code == 400
    page = client.get(f"/you-said-we-did/{consultation.slug}/").content.decode()
    assert "Buses at night" in page and "What you told us" in page
