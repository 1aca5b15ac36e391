"""The strategy review workspace: guided prompts (validated data), answers with ratings, evidence and an
owner, actions raised to the strategic group, and a new review that starts from the last one showing what
changed. Leaders and admins change, all staff read, young people (no account) get nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.mandate.models import Action, ReviewAnswer, StrategyReview
from youthvoice.mandate.review_prompts import (
    ReviewPromptsDataError,
    review_prompt_groups,
    review_prompts_parse,
)
from youthvoice.mandate.selectors import review_workspace
from youthvoice.mandate.services import (
    MandateError,
    governance_board_save,
    partnership_theme_create,
    review_answer_save,
    scoping_conversation_record,
    strategy_review_complete,
    strategy_review_start,
)

pytestmark = pytest.mark.django_db


def start(membership, title="Annual review"):
    return strategy_review_start(
        partnership=membership.agency.partnership,
        held_on=timezone.localdate(),
        title=title,
        created_by=membership.user,
    )


def answer(review, key="permission_to_act", text="Managers wait for a yes.", rating=2, **evidence):
    return review_answer_save(
        review=review,
        prompt_key=key,
        answer=text,
        rating=rating,
        owner_agency=None,
        owner_role="Chair of the strategic group",
        evidence=evidence,
        updated_by=None,
    )


# --- The prompts as data --------------------------------------------------------------------------------


def test_the_shipped_prompts_cover_the_triangle_the_mandate_questions_and_leading_with_care():
    groups = {group.key: group for group in review_prompt_groups()}
    assert set(groups) == {"triangle", "mandate", "leading_with_care"}
    assert "bravely and safely" in " ".join(p.question for p in groups["leading_with_care"].prompts)
    questions = " ".join(p.question for group in groups.values() for p in group.prompts)
    for words in [
        "What permission are leaders giving people to act?",
        "Where is there capacity?",
        "How can resources be combined for leverage?",
        "Legitimacy and support",
        "Operational capacity",
        "Public value",
        "Is the partnership confident where its mandate comes from?",
        "Is everyone clear they have a mandate?",
        "Is it politically driven?",
        "Does it draw in young people from all communities?",
        "Does it sit inside or outside current governance?",
    ]:
        assert words in questions


GROUP = "groups:\n  - {key: a, title: A, intro: I, prompts: "


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("groups: [", "not valid YAML"),
        ("groups: []", "at least one group"),
        (
            "groups:\n  - key: a\n    title: A\n    intro: I\n",
            "give exactly 'key', 'title', 'intro' and 'prompts'",
        ),
        (
            GROUP + "[{key: x, question: Q, hint: H, rated: maybe}]}",
            "'rated' must be true or false",
        ),
        (
            "groups:\n  - {key: a, title: A, intro: I, prompts: [{key: x, question: Q, hint: H, rated: true},"
            " {key: x, question: R, hint: H, rated: true}]}",
            "the key 'x' is used twice",
        ),
        (
            GROUP + "[{key: Bad-Key, question: Q, hint: H, rated: true}]}",
            "lower-case letters and underscores",
        ),
        (
            GROUP + "[{key: x, question: '', hint: H, rated: true}]}",
            "'question' must be non-empty text",
        ),
    ],
)
def test_a_malformed_prompts_file_says_where_and_what_is_wrong(text, message):
    with pytest.raises(ReviewPromptsDataError, match=message):
        review_prompts_parse(text=text, source="prompts.yaml")


# --- Answering ------------------------------------------------------------------------------------------


def test_a_leader_answers_a_prompt_with_a_rating_an_owner_and_evidence(client, leader):
    partnership = leader.agency.partnership
    conversation = scoping_conversation_record(
        partnership=partnership, held_on=timezone.localdate(), agency=leader.agency, team_name="",
        participants="3 youth workers", items={"barrier": ["Managers wait for sign-off"]}, recorded_by=None,
    )  # fmt: skip
    theme = partnership_theme_create(
        partnership=partnership, name="Permission", items=list(conversation.items.all()), created_by=None
    )
    board = governance_board_save(
        partnership=partnership, name="CE strategic group", chair_role="Assistant Director",
        meets="six_weekly", reports_to=[], ownership={"prevention": "owns"},
    )  # fmt: skip
    review = start(leader)
    url = reverse("mandate:review-answer", args=[review.pk, "permission_to_act"])
    assert "What permission are leaders giving people to act?" in client.get(url).content.decode()
    data = {
        "answer": "Team managers can act on early signs without waiting.",
        "rating": "4",
        "owner_agency": leader.agency.pk,
        "owner_role": "Chair of the strategic group",
        "themes": [theme.pk],
        "scoping_conversations": [conversation.pk],
        "governance_boards": [board.pk],
    }
    response = client.post(url, data)
    assert response.status_code == 302
    saved = ReviewAnswer.objects.get()
    assert (saved.rating, saved.owner) == (4, "Harbour Youth Project, Chair of the strategic group")
    assert list(saved.themes.all()) == [theme] and list(saved.governance_boards.all()) == [board]
    page = client.get(reverse("mandate:review", args=[review.pk])).content.decode()
    assert "Team managers can act on early signs" in page
    assert "4 out of 5" in page and "CE strategic group" in page and "Permission" in page


def test_bad_input_is_a_400_with_plain_messages_and_the_words_kept(client, leader):
    review = start(leader)
    other = AgencyFactory()
    url = reverse("mandate:review-answer", args=[review.pk, "public_value"])
    response = client.post(
        url, {"answer": "Fewer young people go missing.", "rating": "9", "owner_agency": other.pk}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Rate it from 1 (weak) to 5 (strong)." in page
    assert "Choose one of the options in the list." in page
    assert "Fewer young people go missing." in page
    response = client.post(url, {"answer": "   ", "rating": "3"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Write the answer." in page
    assert "Choose the agency that owns this, or name the role that does." in page
    assert not ReviewAnswer.objects.exists()
    assert client.get(reverse("mandate:review-answer", args=[review.pk, "no_such_prompt"])).status_code == 404


def test_an_unrated_prompt_asks_no_rating_and_the_service_refuses_one(client, leader):
    review = start(leader)
    url = reverse("mandate:review-answer", args=[review.pk, "politically_driven"])
    assert 'name="rating"' not in client.get(url).content.decode()
    response = client.post(url, {"answer": "Partly: the council's plan names it.", "owner_role": "Chair"})
    assert response.status_code == 302
    assert ReviewAnswer.objects.get().rating is None
    with pytest.raises(MandateError, match="not rated"):
        answer(review, key="politically_driven", rating=3)


def test_names_in_an_answer_are_removed(leader):
    review = start(leader)
    saved = answer(review, text="Ngozi Adeyemi at 14 Quarrel Lane says managers wait for a yes.")
    assert "Ngozi" not in saved.answer and "Quarrel" not in saved.answer
    assert "managers wait for a yes" in saved.answer


def test_another_partnerships_evidence_is_refused(leader):
    review = start(leader)
    stranger = MembershipFactory(role="leader")
    foreign = governance_board_save(
        partnership=stranger.agency.partnership, name="Elsewhere board", chair_role="Chair",
        meets="monthly", reports_to=[], ownership={},
    )  # fmt: skip
    with pytest.raises(MandateError):
        answer(review, governance_boards=[foreign])
    assert not ReviewAnswer.objects.exists()


# --- Actions raised to the strategic group --------------------------------------------------------------


def test_an_answer_raises_an_action_flagged_to_the_strategic_group(client, leader):
    today = timezone.localdate()
    review = start(leader)
    answer(review)
    url = reverse("mandate:review-action", args=[review.pk, "permission_to_act"])
    past = (today - datetime.timedelta(days=1)).isoformat()
    response = client.post(url, {"title": "", "owner_agency": leader.agency.pk, "due_on": past})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Give the action a title." in page and "The due date cannot be in the past" in page
    due = (today + datetime.timedelta(days=30)).isoformat()
    data = {"title": "Write down what managers may decide", "owner_agency": leader.agency.pk, "due_on": due}
    assert client.post(url, data).status_code == 302
    action = Action.objects.get()
    assert action.for_strategic_group and action.source == Action.Source.REVIEW
    assert action.review_answer.prompt_key == "permission_to_act"
    assert "What permission are leaders giving people to act?" in action.source_reference
    assert "For the strategic group" in client.get(reverse("mandate:actions")).content.decode()
    assert (
        "Write down what managers may decide"
        in client.get(reverse("mandate:review", args=[review.pk])).content.decode()
    )


def test_an_action_cannot_be_raised_from_an_unanswered_prompt(client, leader):
    review = start(leader)
    url = reverse("mandate:review-action", args=[review.pk, "public_value"])
    response = client.get(url, follow=True)
    assert "Answer the question before raising an action from it." in response.content.decode()
    assert not Action.objects.exists()


# --- A new review starts from the last one --------------------------------------------------------------


def test_a_new_review_starts_from_the_last_ones_answers_and_shows_what_changed(client, leader):
    first = start(leader, title="Review 2026")
    answer(first, rating=2)
    answer(first, key="where_capacity", text="Youth clubs in the north.", rating=None)
    strategy_review_complete(review=first)
    response = client.post(
        reverse("mandate:review-add"), {"title": "Review 2027", "held_on": timezone.localdate().isoformat()}
    )
    assert response.status_code == 302
    second = StrategyReview.objects.get(title="Review 2027")
    assert second.started_from == first
    copied = {a.prompt_key: a for a in second.answers.all()}
    assert copied["permission_to_act"].answer == "Managers wait for a yes."
    assert copied["permission_to_act"].previous.review == first
    answer(second, text="Managers now act on early signs.", rating=4)
    rows = {row.prompt.key: row for group in review_workspace(review=second).groups for row in group.rows}
    assert rows["permission_to_act"].change_text == "Changed: answer changed, rating up 2"
    assert rows["where_capacity"].change_text == "Same as the last review"
    assert rows["public_value"].change_text == "Not answered yet"
    page = client.get(reverse("mandate:review", args=[second.pk])).content.decode()
    assert "Changed: answer changed, rating up 2" in page
    assert "The answer in the last review" in page and "Managers wait for a yes." in page
    assert first.answers.get(prompt_key="permission_to_act").answer == "Managers wait for a yes."


def test_one_draft_at_a_time_and_a_complete_review_cannot_change(client, leader):
    review = start(leader)
    response = client.post(
        reverse("mandate:review-add"), {"title": "Another", "held_on": timezone.localdate().isoformat()}
    )
    assert response.status_code == 400
    assert "Complete the draft review “Annual review” before starting another." in response.content.decode()
    empty = client.post(reverse("mandate:review-complete", args=[review.pk]))
    assert empty.status_code == 400
    assert "Answer at least one question before completing the review." in empty.content.decode()
    answer(review)
    assert client.post(reverse("mandate:review-complete", args=[review.pk])).status_code == 302
    review.refresh_from_db()
    assert review.status == "complete" and review.completed_on == timezone.localdate()
    with pytest.raises(MandateError, match="complete"):
        answer(review, text="Changed after the fact")
    edit = client.get(reverse("mandate:review-answer", args=[review.pk, "permission_to_act"]), follow=True)
    assert "This review is complete" in edit.content.decode()


def test_the_form_refuses_an_empty_title_and_a_bad_date(client, leader):
    response = client.post(reverse("mandate:review-add"), {"title": " ", "held_on": "31/02/2027"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Give the review a title." in page and "Enter a real date" in page
    assert not StrategyReview.objects.exists()


# --- Who may do what ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["practitioner", "analyst"])
def test_other_staff_read_the_review_but_cannot_change_it(client, role):
    membership = MembershipFactory(role=role)
    review = start(membership)
    answer(review)
    client.force_login(membership.user)
    page = client.get(reverse("mandate:review", args=[review.pk]))
    assert page.status_code == 200 and "Managers wait for a yes." in page.content.decode()
    assert "Change the answer" not in page.content.decode()
    assert client.get(reverse("mandate:reviews")).status_code == 200
    url = reverse("mandate:review-answer", args=[review.pk, "permission_to_act"])
    assert client.post(url, {"answer": "No", "rating": "1", "owner_role": "x"}).status_code == 403
    assert client.post(reverse("mandate:review-complete", args=[review.pk])).status_code == 403
    assert (
        client.post(
            reverse("mandate:review-add"), {"title": "x", "held_on": timezone.localdate().isoformat()}
        ).status_code
        == 403
    )


def test_an_admin_changes_and_young_people_without_an_account_get_nothing(client):
    admin = MembershipFactory(role="admin")
    review = start(admin)
    url = reverse("mandate:review-answer", args=[review.pk, "public_value"])
    response = client.get(reverse("mandate:review", args=[review.pk]))
    assert response.status_code == 302 and "/staff/sign-in/" in response["Location"]
    assert client.post(url, {"answer": "x", "rating": "3", "owner_role": "x"}).status_code == 302
    assert not ReviewAnswer.objects.exists()
    client.force_login(admin.user)
    assert (
        client.post(url, {"answer": "Fewer go missing.", "rating": "3", "owner_role": "Chair"}).status_code
        == 302
    )
    assert ReviewAnswer.objects.get().rating == 3


def test_another_partnerships_review_is_not_found(client, leader):
    stranger = MembershipFactory(role="leader")
    review = start(stranger)
    assert client.get(reverse("mandate:review", args=[review.pk])).status_code == 404
