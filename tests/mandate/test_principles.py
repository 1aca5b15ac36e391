"""Principles: seeded from validated data; confirming each with a note is recorded against any subject."""

import pytest
from django.urls import reverse

from tests.mandate.factories import WorkshopFactory
from tests.partnership.factories import MembershipFactory, PartnershipFactory, UserFactory
from youthvoice.mandate.forms import PrinciplesConfirmationForm
from youthvoice.mandate.models import Principle, PrincipleConfirmation
from youthvoice.mandate.principles import PrinciplesDataError, principles_default, principles_parse
from youthvoice.mandate.selectors import principle_confirmations_for_subject
from youthvoice.mandate.services import (
    PrinciplesNotConfirmed,
    principle_confirmations_record,
    principles_seed,
)


def test_the_shipped_principles_are_the_eight_from_the_design():
    titles = [principle.title for principle in principles_default()]
    assert len(titles) == 8
    assert titles[0] == "Relationships first"
    assert titles[-1] == "When we get it wrong, we say so"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("principles: [", "not valid YAML"),
        ("- title: x", "top-level 'principles:' list"),
        ("principles: []", "is empty"),
        ("principles:\n  - title: A\n", "exactly 'title' and 'description'"),
        ("principles:\n  - {title: '', description: d}\n", "'title' must be non-empty"),
        ("principles:\n  - {title: A, description: d}\n  - {title: a, description: e}\n", "used twice"),
        ("principles:\n  - {title: A, description: 3}\n", "'description' must be non-empty text"),
    ],
)
def test_malformed_principles_data_is_refused_with_a_message_saying_where(text, problem):
    with pytest.raises(PrinciplesDataError, match=problem):
        principles_parse(text=text, source="test.yaml")


@pytest.mark.django_db
def test_seeding_is_idempotent_and_a_new_partnership_gets_the_principles():
    """A partnership made in the operator's admin starts with the principles (the mandate's admin seeds)."""
    from django.contrib import admin

    from youthvoice.partnership.models import Partnership

    partnership = Partnership(name="New", slug="new", area="Somewhere")
    admin.site._registry[Partnership].save_model(request=None, obj=partnership, form=None, change=False)
    assert Principle.objects.filter(partnership=partnership).count() == 8
    assert principles_seed(partnership=partnership) == 0
    assert Principle.objects.filter(partnership=partnership).count() == 8


@pytest.fixture
def setting(db):
    partnership = PartnershipFactory()
    principles_seed(partnership=partnership)
    principles = list(Principle.objects.filter(partnership=partnership))
    return (
        partnership,
        principles,
        UserFactory(),
        WorkshopFactory(partnership=partnership, title="Spring workshop"),
    )


@pytest.mark.django_db
def test_confirmations_are_recorded_for_a_subject_with_a_note_each(setting):
    partnership, principles, user, workshop = setting
    notes = {principle.pk: f"We meet {principle.title}" for principle in principles}
    principle_confirmations_record(partnership=partnership, user=user, subject=workshop, notes=notes)
    recorded = principle_confirmations_for_subject(subject=workshop)
    assert recorded.count() == 8
    first = recorded.get(principle=principles[0])
    assert (first.subject, first.confirmed_by, first.note) == (workshop, user, "We meet Relationships first")
    assert first.subject_label == str(workshop)


@pytest.mark.django_db
def test_nothing_is_recorded_unless_every_principle_has_a_note(setting):
    partnership, principles, user, workshop = setting
    notes = {principle.pk: "A note" for principle in principles[:-1]} | {principles[-1].pk: "   "}
    with pytest.raises(PrinciplesNotConfirmed, match="When we get it wrong"):
        principle_confirmations_record(partnership=partnership, user=user, subject=workshop, notes=notes)
    assert not PrincipleConfirmation.objects.exists()


@pytest.mark.django_db
def test_a_principle_of_another_partnership_is_refused(setting):
    partnership, principles, user, workshop = setting
    other = PartnershipFactory()
    principles_seed(partnership=other)
    notes = {principle.pk: "A note" for principle in principles}
    notes[Principle.objects.filter(partnership=other).first().pk] = "Sneaky"
    with pytest.raises(PrinciplesNotConfirmed, match="another partnership"):
        principle_confirmations_record(partnership=partnership, user=user, subject=workshop, notes=notes)


@pytest.mark.django_db
def test_the_form_requires_every_principle_ticked_with_a_note(setting):
    partnership, principles, user, workshop = setting
    data = {}
    for principle in principles[1:]:
        data[f"p-confirm_{principle.pk}"] = "on"
        data[f"p-note_{principle.pk}"] = "How we meet it"
    data[f"p-note_{principles[2].pk}"] = "  "
    form = PrinciplesConfirmationForm(data, principles=principles, prefix="p")
    assert not form.is_valid()
    assert form.errors[f"confirm_{principles[0].pk}"] == ["Confirm the principle “Relationships first”."]
    assert f"note_{principles[0].pk}" in form.errors
    assert f"note_{principles[2].pk}" in form.errors
    assert len(form.errors) == 3


@pytest.mark.django_db
def test_a_complete_form_gives_the_notes_for_the_service(setting):
    partnership, principles, user, workshop = setting
    data = {}
    for principle in principles:
        data[f"confirm_{principle.pk}"] = "on"
        data[f"note_{principle.pk}"] = f"Note {principle.order}"
    form = PrinciplesConfirmationForm(data, principles=principles)
    assert form.is_valid(), form.errors
    principle_confirmations_record(partnership=partnership, user=user, subject=workshop, notes=form.notes())
    assert PrincipleConfirmation.objects.filter(note="Note 8").exists()


@pytest.mark.django_db
def test_the_form_renders_with_labels_for_every_tick_and_note(setting):
    from django.template.loader import render_to_string

    partnership, principles, user, workshop = setting
    html = render_to_string(
        "mandate/includes/principles_confirmation.html",
        {"form": PrinciplesConfirmationForm(principles=principles)},
    )
    for principle in principles:
        assert f'for="id_confirm_{principle.pk}"' in html and f'for="id_note_{principle.pk}"' in html
    assert "<legend" in html


@pytest.mark.django_db
def test_principles_page_lists_principles_and_the_confirmation_record(client, setting):
    partnership, principles, user, workshop = setting
    principle_confirmations_record(
        partnership=partnership,
        user=user,
        subject=workshop,
        notes={principle.pk: "Checked with the youth panel" for principle in principles},
        subject_label="Consultation: staying safe online",
    )
    member = MembershipFactory(role="practitioner", agency__partnership=partnership)
    client.force_login(member.user)
    page = client.get(reverse("mandate:principles")).content.decode()
    assert "Relationships first" in page
    assert "Consultation: staying safe online" in page and "Checked with the youth panel" in page


@pytest.mark.django_db
def test_only_leaders_and_admins_can_seed_missing_principles(client):
    member = MembershipFactory(role="analyst")
    client.force_login(member.user)
    assert client.post(reverse("mandate:principles-seed")).status_code == 403
    leader = MembershipFactory(role="leader", agency=member.agency)
    client.force_login(leader.user)
    assert client.post(reverse("mandate:principles-seed")).status_code == 302
    assert Principle.objects.filter(partnership=member.agency.partnership).count() == 8
