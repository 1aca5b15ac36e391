"""One error summary for every page: each problem links to where it is fixed, a group to its first input."""

import re

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.core.templatetags.govuk import first_input_id

SUMMARY_LINKS = re.compile(r'govuk-error-summary__list">\s*(.*?)</ul>', re.S)


class ChoicesForm(forms.Form):
    name = forms.CharField()
    colour = forms.ChoiceField(choices=[("red", "Red"), ("blue", "Blue")], widget=forms.RadioSelect)
    sizes = forms.MultipleChoiceField(choices=[("s", "S"), ("m", "M")], widget=forms.CheckboxSelectMultiple)
    agree = forms.BooleanField()

    def clean(self):
        raise forms.ValidationError("Something about the whole form")


def test_a_group_links_to_its_first_input_and_a_field_to_itself():
    form = ChoicesForm(data={})
    assert [first_input_id(form[name]) for name in ("name", "colour", "sizes", "agree")] == [
        "id_name",
        "id_colour_0",
        "id_sizes_0",
        "id_agree",
    ]


def test_the_summary_lists_every_problem_with_a_link_that_goes_somewhere():
    html = Template('{% load govuk %}{% error_summary form target="main-form" %}').render(
        Context({"form": ChoicesForm(data={})})
    )
    links = re.findall(r'<a href="#([^"]*)">([^<]*)</a>', html)
    assert [anchor for anchor, _message in links] == [
        "main-form",
        "id_name",
        "id_colour_0",
        "id_sizes_0",
        "id_agree",
    ]
    assert "There is a problem" in html


def test_no_problem_no_summary():
    assert Template("{% load govuk %}{% error_summary form %}").render(Context({"form": None})).strip() == ""


@pytest.mark.django_db
def test_choosing_no_scope_for_an_api_client_links_to_the_first_checkbox(client):
    admin = MembershipFactory(role="admin")
    client.force_login(admin.user)
    page = client.post(reverse("core:api-clients"), {"agency": admin.agency.pk, "name": "Case system"})
    html = page.content.decode()
    assert '<a href="#id_scopes_0">Choose what the system may do</a>' in SUMMARY_LINKS.search(html).group(1)
    assert 'id="id_scopes_0"' in html


def summary_targets_missing_from(html: str) -> list[str]:
    targets = re.findall(r'href="#([^"]*)"', SUMMARY_LINKS.search(html).group(1))
    assert targets
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    return [target for target in targets if target not in ids]


FORM_PAGES = [
    # (URL name, role): each sent empty, so every required field, group or not, is a problem on the page.
    ("core:api-clients", "admin"),
    ("mandate:responsibility-add", "leader"),
    ("mandate:champion-appoint", "leader"),
    ("mandate:assessment-add", "leader"),
    ("mandate:workshop-add", "leader"),
    ("mandate:action-add", "leader"),
    ("voices:responses-import", "analyst"),
    ("insights:population-upload", "admin"),
    ("insights:landscape-upload", "analyst"),
    ("insights:suggestion-runs", "analyst"),
    ("language:glossary-staff", "analyst"),
    ("language:check", "practitioner"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("url_name", "role"), FORM_PAGES)
def test_every_summary_link_lands_on_an_element_of_the_page(client, url_name, role):
    """The one field partial writes the ids the one error summary links to: a group's first option too."""
    client.force_login(MembershipFactory(role=role).user)
    html = client.post(reverse(url_name), {"_": ""}).content.decode()  # bound (not empty), every field blank
    assert summary_targets_missing_from(html) == []


@pytest.mark.django_db
def test_a_wrong_theme_on_the_coding_page_links_to_the_first_theme(client):
    from tests.insights.factories import CodebookFactory, ThemeFactory, consultation_with_answers, member

    consultation, question = consultation_with_answers(texts=["An answer about parks"])
    ThemeFactory(codebook=CodebookFactory(partnership=consultation.partnership), name="Parks")
    client.force_login(member("analyst", consultation.partnership))
    url = f"/staff/insights/coding/{consultation.pk}/{question.pk}/?at=1"
    html = client.post(url, {"theme": ["999999"]}).content.decode()
    assert 'href="#id_theme_0"' in SUMMARY_LINKS.search(html).group(1)
    assert summary_targets_missing_from(html) == []


@pytest.mark.django_db
def test_a_wrong_choice_of_young_peoples_words_links_to_the_first_checkbox(client):
    from tests.language.factories import GlossaryTermFactory, YoungPeoplesDefinitionFactory

    membership = MembershipFactory(role="analyst")
    client.force_login(membership.user)
    term = GlossaryTermFactory(partnership=membership.agency.partnership)
    YoungPeoplesDefinitionFactory(term=term)
    other = YoungPeoplesDefinitionFactory()
    url = reverse("language:glossary-term", args=[term.slug])
    html = client.post(url, {"action": "curate", "shown": [other.pk]}).content.decode()
    assert 'href="#id_shown_0"' in SUMMARY_LINKS.search(html).group(1)
    assert summary_targets_missing_from(html) == []
