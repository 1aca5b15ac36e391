"""The publishing gate and the partnership's choice about findings the second opinion clears.

Off (the default), the gate is exactly as before. On, and with the second opinion running for the deployment,
a blocking finding whose sentence the second opinion reads as likely fine in context is let through and said
to be; a finding it does not clear still blocks. The model's score is patched in every test, so none can pass
because the real model happens to read a sentence one way. The sentences are written here.
"""

import numpy as np
import pytest
from django.test import override_settings

from tests.consultations.factories import ConsultationFactory
from tests.partnership.factories import PartnershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.core import embeddings
from youthvoice.feedback.models import YouSaidWeDidRevision
from youthvoice.feedback.services import you_said_we_did_create
from youthvoice.language.models import PublicationOverride
from youthvoice.language.publishing import PublicationBlocked, publication_gate_check, publication_gate_pass
from youthvoice.language.second_opinion import Model

pytestmark = pytest.mark.django_db

RISK = "Some young people were putting themselves at risk at the bus station."  # putting-self-at-risk
LIFESTYLE = "One boy was said to have made a lifestyle choice to stay out late."  # lifestyle-choice
CLEAN = "We asked the bus company for more staff at night. Youth workers now visit on Fridays."
SETTINGS_URL = "/staff/language/settings/"


@pytest.fixture
def scores(monkeypatch):
    given: dict[str, float] = {}

    def probabilities(self, vectors, texts=()):
        return np.array([given.get(text, 0.5) for text in texts], dtype=np.float64)

    monkeypatch.setattr(Model, "probabilities", probabilities)
    return given


@pytest.fixture
def clearing_partnership():
    return PartnershipFactory(second_opinion_clears_findings=True)


def blocking_rules(report):
    return [rule.rule_id for rule in report.blocked_rules]


def test_the_setting_is_off_for_a_new_partnership():
    assert PartnershipFactory().second_opinion_clears_findings is False


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_with_the_setting_off_a_cleared_finding_still_blocks_as_before(scores):
    scores[RISK] = 0.01
    partnership = PartnershipFactory()
    report = publication_gate_check(texts={"You said": RISK}, partnership=partnership)
    assert blocking_rules(report) == ["putting-self-at-risk"] and report.let_through == ()
    assert report == publication_gate_check(texts={"You said": RISK})  # exactly as without a partnership
    with pytest.raises(PublicationBlocked) as blocked:
        publication_gate_pass(
            texts={"You said": RISK}, overrides={}, subject=partnership, user=None, partnership=partnership
        )
    assert "second opinion" not in str(blocked.value)


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_with_the_setting_on_a_cleared_finding_is_let_through_and_recorded_with_why(
    scores, clearing_partnership, leader
):
    scores[RISK] = 0.04
    texts = {"You said": RISK, "We did": CLEAN}
    report = publication_gate_check(texts=texts, partnership=clearing_partnership)
    assert blocking_rules(report) == [] and [i.place.finding.rule_id for i in report.let_through] == [
        "putting-self-at-risk"
    ]
    assert "“putting themselves at risk” in “You said”" in report.let_through_message
    assert "likely fine in context" in report.let_through_message and "0.04" in report.let_through_message
    passed = publication_gate_pass(
        texts=texts, overrides={}, subject=clearing_partnership, user=leader, partnership=clearing_partnership
    )
    assert passed.let_through_rules[0].rule_id == "putting-self-at-risk"
    record = PublicationOverride.objects.get()
    assert record.rule_id == "putting-self-at-risk" and record.overridden_by == leader
    assert "second opinion" in record.reason and "putting themselves at risk" in record.words


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_a_finding_the_second_opinion_does_not_clear_still_blocks_and_the_refusal_says_what_went_through(
    scores, clearing_partnership
):
    scores.update({RISK: 0.04, LIFESTYLE: 0.10})  # at the threshold is not below it
    texts = {"You said": RISK, "We did": LIFESTYLE}
    with pytest.raises(PublicationBlocked) as blocked:
        publication_gate_pass(
            texts=texts,
            overrides={},
            subject=clearing_partnership,
            user=None,
            partnership=clearing_partnership,
        )
    assert [rule.rule_id for rule in blocked.value.unresolved] == ["lifestyle-choice"]
    message = str(blocked.value)
    assert "lifestyle choice" in message and "cannot be published yet" in message
    assert "Let through" in message and "putting themselves at risk" in message
    assert not PublicationOverride.objects.exists()


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_the_same_rule_blocks_where_it_is_not_cleared_even_if_cleared_elsewhere(scores, clearing_partnership):
    other = "Staff worried she was putting herself at risk in the park."
    scores.update({RISK: 0.04, other: 0.9})
    report = publication_gate_check(
        texts={"You said": RISK, "We did": other}, partnership=clearing_partnership
    )
    (rule,) = report.blocked_rules
    assert rule.rule_id == "putting-self-at-risk" and [p.field for p in rule.places] == ["We did"]
    assert [item.place.field for item in report.let_through] == ["You said"]


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=False)
def test_nothing_is_cleared_when_the_second_opinion_is_off_for_the_deployment(scores, clearing_partnership):
    scores[RISK] = 0.0
    report = publication_gate_check(texts={"You said": RISK}, partnership=clearing_partnership)
    assert blocking_rules(report) == ["putting-self-at-risk"] and report.let_through == ()


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_nothing_is_let_through_when_the_second_opinion_cannot_run(monkeypatch, clearing_partnership):
    def unavailable():
        raise embeddings.EmbeddingUnavailable("The sentence model is not installed.")

    monkeypatch.setattr(embeddings, "sentence_encoder", unavailable)
    report = publication_gate_check(texts={"You said": RISK}, partnership=clearing_partnership)
    assert blocking_rules(report) == ["putting-self-at-risk"] and report.let_through == ()
    assert "could not run" in report.clearing_unavailable


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_a_you_said_we_did_update_publishes_through_the_partnerships_choice(
    scores, clearing_partnership, leader
):
    scores[RISK] = 0.04
    consultation = ConsultationFactory(partnership=clearing_partnership, status="closed")
    revision = you_said_we_did_create(
        consultation=consultation,
        user=leader,
        publish=True,
        you_said=RISK,
        we_did=CLEAN,
        status="acting",
        cant_do_reason="",
    )
    assert YouSaidWeDidRevision.objects.get(pk=revision.pk).published_on is not None
    assert "second opinion" in PublicationOverride.objects.get(subject_id=revision.pk).reason
    published = AuditEvent.objects.get(action=AuditEvent.Action.PUBLISHED)
    assert published.detail["let_through_rules"] == ["putting-self-at-risk"]


@override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True)
def test_the_update_page_shows_what_is_let_through_and_publishes_without_a_reason(scores, signed_in, client):
    scores[RISK] = 0.04
    partnership = signed_in("leader").agency.partnership
    partnership.second_opinion_clears_findings = True
    partnership.save()
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    words = {"you_said": RISK, "we_did": CLEAN, "status": "acting", "cant_do_reason": ""}
    draft = client.post(f"/staff/you-said-we-did/new/{consultation.pk}/", words)
    detail = client.get(draft.url).content.decode()
    assert 'id="let-through"' in detail and "likely fine in context" in detail
    assert "Let through" in detail and "putting themselves at risk" in detail
    assert 'name="override_putting-self-at-risk"' not in detail  # no reason is asked for
    published = client.post(draft.url + "publish/")
    assert published.status_code == 302
    assert YouSaidWeDidRevision.objects.get().published_on is not None


# --- the settings page -------------------------------------------------------------------------------------


def test_a_partnership_admin_changes_the_setting_and_it_is_audited(signed_in, client):
    member = signed_in("admin")
    partnership = member.agency.partnership
    page = client.get(SETTINGS_URL)
    assert page.status_code == 200 and 'value="no" checked' in page.content.decode()
    response = client.post(SETTINGS_URL, {"second_opinion_clears_findings": "yes"})
    assert response.status_code == 302
    partnership.refresh_from_db()
    assert partnership.second_opinion_clears_findings is True
    event = AuditEvent.objects.get(action=AuditEvent.Action.SETTINGS_CHANGE)
    assert event.actor == member.user and event.partnership == partnership
    assert event.detail == {"setting": "second_opinion_clears_findings", "from": False, "to": True}
    client.post(SETTINGS_URL, {"second_opinion_clears_findings": "yes"})  # unchanged: nothing new to record
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SETTINGS_CHANGE).count() == 1
    client.post(SETTINGS_URL, {"second_opinion_clears_findings": "no"})
    partnership.refresh_from_db()
    assert partnership.second_opinion_clears_findings is False


def test_the_page_says_when_the_deployment_has_the_second_opinion_off(signed_in, client):
    signed_in("admin")
    with override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=False):
        assert 'id="second-opinion-off"' in client.get(SETTINGS_URL).content.decode()
    with override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True):
        assert 'id="second-opinion-off"' not in client.get(SETTINGS_URL).content.decode()


@pytest.mark.parametrize("role", ["practitioner", "analyst", "leader"])
def test_only_partnership_admins_may_change_the_setting(signed_in, client, role):
    partnership = signed_in(role).agency.partnership
    assert client.get(SETTINGS_URL).status_code == 403
    assert client.post(SETTINGS_URL, {"second_opinion_clears_findings": "yes"}).status_code == 403
    partnership.refresh_from_db()
    assert partnership.second_opinion_clears_findings is False
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.SETTINGS_CHANGE).exists()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(SETTINGS_URL)
    assert response.status_code == 302 and "sign-in" in response.url


def test_an_admin_changes_only_their_own_partnership(signed_in, client):
    other = PartnershipFactory()
    signed_in("admin")
    client.post(SETTINGS_URL, {"second_opinion_clears_findings": "yes"})
    other.refresh_from_db()
    assert other.second_opinion_clears_findings is False


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose whether findings the second opinion clears block publishing"),
        ({"second_opinion_clears_findings": "maybe"}, "Choose yes or no"),
        ({"second_opinion_clears_findings": "true"}, "Choose yes or no"),
    ],
)
def test_bad_input_on_the_settings_form_gives_a_clear_error_and_changes_nothing(
    signed_in, client, data, message
):
    partnership = signed_in("admin").agency.partnership
    response = client.post(SETTINGS_URL, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: " in html and message in html and "govuk-error-summary" in html
    partnership.refresh_from_db()
    assert partnership.second_opinion_clears_findings is False
