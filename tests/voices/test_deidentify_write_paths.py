"""One de-identifier for every write path: each model text field is either personal free text (written
only through ``deidentified``) or named as something else with a reason; and every write path that fills
a personal field, driven with identifying words, stores none of them."""

import datetime

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.language.factories import GlossaryTermFactory, consultation_with_definitions
from tests.partnership.factories import MembershipFactory
from tests.voices.factories import AnswerFactory
from tests.voices.test_api_relayed_voices import URL as API_URL
from tests.voices.test_api_relayed_voices import Setup as ApiSetup
from youthvoice.consultations.models import ConsultationQuestion
from youthvoice.consultations.services import question_bank_load
from youthvoice.feedback.services import you_said_we_did_create, you_said_we_did_revise
from youthvoice.language.services import young_peoples_definition_add, young_peoples_definitions_import
from youthvoice.voices.free_text import NOT_PERSONAL_FREE_TEXT, PERSONAL_FREE_TEXT
from youthvoice.voices.imports import responses_import_csv
from youthvoice.voices.models import Response
from youthvoice.voices.services import (
    RELAYED_QUESTION_KEY,
    AnswerInput,
    SafeguardingAnswer,
    relayed_question,
    relayed_voice_correct,
    relayed_voice_record,
    response_submit,
)

# Invented; each piece on its own would identify someone.
WORDS = "Ngozi Adeyemi rang 07700 900777 from 14 Quarrel Lane, ngozi.a@example.org"
PIECES = ("Ngozi", "Adeyemi", "900777", "Quarrel", "ngozi.a")


def _text_fields():
    for model in apps.get_models():
        if not model.__module__.startswith("youthvoice."):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
                yield model, field


def _classified(model, field) -> bool:
    label = f"{model._meta.app_label}.{model.__name__}"
    return (
        f"{label}.{field.name}" in PERSONAL_FREE_TEXT
        or f"{label}.{field.name}" in NOT_PERSONAL_FREE_TEXT
        or label in NOT_PERSONAL_FREE_TEXT
        or model._meta.app_label in NOT_PERSONAL_FREE_TEXT
    )


def test_every_text_field_is_personal_free_text_or_named_as_something_else():
    unclassified = [
        f"{m._meta.app_label}.{m.__name__}.{f.name}" for m, f in _text_fields() if not _classified(m, f)
    ]
    assert not unclassified, (
        "Say in youthvoice/voices/free_text.py whether these can hold what a young person or practitioner "
        f"wrote: {unclassified}"
    )


def test_the_personal_fields_listed_exist():
    existing = {f"{m._meta.app_label}.{m.__name__}.{f.name}" for m, f in _text_fields()}
    assert set(PERSONAL_FREE_TEXT) <= existing


def _stored_personal_text() -> dict[str, list[str]]:
    stored = {}
    for key in PERSONAL_FREE_TEXT:
        app_label, model_name, field = key.split(".")
        model = apps.get_model(app_label, model_name)
        stored[key] = [value for value in model.objects.values_list(field, flat=True) if value]
    return stored


# --- the write paths -------------------------------------------------------------------------------------


def _journey(client):
    consultation = ConsultationFactory(status="open")
    question = QuestionFactory(partnership=consultation.partnership)
    ConsultationQuestion.objects.create(consultation=consultation, question=question, order=1)
    response_submit(
        consultation=consultation, answers={question.pk: AnswerInput(text=WORDS)}, about_you={}, token="t-1"
    )
    return "voices.Answer.text"


def _practitioner(client):
    membership = MembershipFactory(role="practitioner")
    question_bank_load(partnership=membership.agency.partnership)
    client.force_login(membership.user)
    return membership


def _relayed_page(client):
    _practitioner(client)
    data = {
        "text": WORDS,
        "shared_on": timezone.localdate().isoformat(),
        "consent_basis": "young_person_agreed",
    }
    assert client.post("/staff/voices/relayed/new/", {**data, "action": "save"}).status_code == 302
    return "voices.Answer.text"


def _relayed_correction(client):
    membership = _practitioner(client)
    partnership = membership.agency.partnership
    question = relayed_question(partnership=partnership)
    response = relayed_voice_record(
        relayed_by=membership.user,
        partnership=partnership,
        shared_on=timezone.localdate(),
        consent_basis="young_person_agreed",
        question=question,
        text="Nothing to hide here.",
    )
    relayed_voice_correct(response=response, relayed_by=membership.user, text=WORDS)
    return "voices.Answer.text"


def _no_referral_reason(client):
    membership = _practitioner(client)
    partnership = membership.agency.partnership
    relayed_voice_record(
        relayed_by=membership.user,
        partnership=partnership,
        shared_on=timezone.localdate(),
        consent_basis="young_person_agreed",
        question=relayed_question(partnership=partnership),
        text="They said they are in danger right now",
        safeguarding=SafeguardingAnswer(at_risk_now=True, referral_made=False, no_referral_reason=WORDS),
    )
    return "voices.Response.no_referral_reason"


def _api(client):
    world = ApiSetup()
    body = {
        "consultation": "feeling-safe",
        "channel": "relayed",
        "consent_basis": "young_person_agreed",
        "shared_on": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "answers": {RELAYED_QUESTION_KEY: {"text": WORDS}},
    }
    sent = client.post(API_URL, body, content_type="application/json", **world.headers("key-1"))
    assert sent.status_code == 201, sent.content
    return "voices.Answer.text"


def _csv_import(client):
    consultation = ConsultationFactory(status="closed")
    question = QuestionFactory(partnership=consultation.partnership, key="where")
    ConsultationQuestion.objects.create(consultation=consultation, question=question, order=1)
    csv = f'Where?,Date\n"{WORDS}",2025-03-01\n'.encode()
    responses_import_csv(
        consultation=consultation,
        file_bytes=csv,
        mapping={"Where?": "where", "Date": "submitted_on"},
        user=None,
    )
    return "voices.Answer.text"


def _csv_import_comments(client):
    consultation = ConsultationFactory(status="closed")
    question = QuestionFactory(partnership=consultation.partnership, key="where")
    ConsultationQuestion.objects.create(consultation=consultation, question=question, order=1)
    csv = f'Where?,Anything else?\nthe park,"{WORDS}"\n'.encode()
    responses_import_csv(
        consultation=consultation,
        file_bytes=csv,
        mapping={"Where?": "where", "Anything else?": "comments"},
        user=None,
    )
    return "voices.ImportedComment.text"


def _glossary_page(client):
    membership = MembershipFactory(role="analyst")
    client.force_login(membership.user)
    term = GlossaryTermFactory(partnership=membership.agency.partnership)
    url = reverse("language:glossary-term", args=[term.slug])
    client.post(url, {"action": "quote", "text": WORDS, "shown_publicly": "on"})
    return "language.YoungPeoplesDefinition.text"


def _glossary_service(client):
    young_peoples_definition_add(term=GlossaryTermFactory(), text=WORDS)
    return "language.YoungPeoplesDefinition.text"


def _definitions_import(client):
    # An answer stored before the de-identifier knew these words is not copied into the glossary as it is.
    _, _, answers, term = consultation_with_definitions(texts=(WORDS,))
    young_peoples_definitions_import(term=term, answer_ids=[answers[0].pk])
    Response.objects.all().delete()  # the old answer itself is not what this path wrote
    return "language.YoungPeoplesDefinition.text"


def _you_said_page(client):
    membership = MembershipFactory(role="leader")
    client.force_login(membership.user)
    consultation = ConsultationFactory(status="closed", partnership=membership.agency.partnership)
    data = {"you_said": WORDS, "we_did": "We asked for more youth workers.", "status": "acting"}
    sent = client.post(reverse("feedback:new", args=[consultation.pk]), data)
    assert sent.status_code == 302, sent.content
    return "feedback.YouSaidWeDidRevision.you_said"


def _you_said_revision(client):
    membership = MembershipFactory(role="leader")
    consultation = ConsultationFactory(status="closed", partnership=membership.agency.partnership)
    content = {"we_did": "We asked for more youth workers.", "status": "acting"}
    first = you_said_we_did_create(
        consultation=consultation, user=membership.user, you_said="Buses feel unsafe.", **content
    )
    you_said_we_did_revise(update=first.update, user=membership.user, you_said=WORDS, **content)
    return "feedback.YouSaidWeDidRevision.you_said"


def _update_translation(client):
    from tests.feedback.factories import RevisionFactory
    from youthvoice.feedback.translations import update_translation_save

    revision = RevisionFactory(published=True)
    update_translation_save(revision=revision, language="cy", you_said=WORDS, we_did="Gwnaethon ni rywbeth.")
    return "feedback.YouSaidWeDidTranslation.you_said"


def _scoping_page(client):
    membership = MembershipFactory(role="leader")
    client.force_login(membership.user)
    data = {
        "held_on": timezone.localdate().isoformat(),
        "agency": membership.agency.pk,
        "participants": "3 youth workers",
        "priority": f"Keep children safe\n{WORDS}",
    }
    sent = client.post(reverse("mandate:scoping-add"), data)
    assert sent.status_code == 302, sent.content
    return "mandate.ScopingItem.text"


def _scoping_service(client):
    from youthvoice.mandate.services import scoping_conversation_record

    membership = MembershipFactory(role="leader")
    scoping_conversation_record(
        partnership=membership.agency.partnership,
        held_on=timezone.localdate(),
        agency=membership.agency,
        team_name="",
        participants=f"2 social workers and {WORDS}",
        items={"barrier": ["Waiting lists"]},
        recorded_by=membership.user,
    )
    return "mandate.ScopingConversation.participants"


def _panel(started: bool):
    from tests.insights.factories import CodebookFactory, ThemeFactory
    from youthvoice.insights.panel.services import panel_create, panel_start

    codebook = CodebookFactory()
    worker = MembershipFactory(role="practitioner", agency__partnership=codebook.partnership).user
    themes = [ThemeFactory(codebook=codebook, description=f"About {n}.") for n in ("buses", "parks")]
    panel = panel_create(
        partnership=codebook.partnership,
        user=worker,
        themes=themes,
        held_on=timezone.localdate(),
        participants=12,
    )
    if started:
        panel_start(panel=panel, user=worker, pin="2468")
    return panel, worker


def _panel_page(client):
    panel, worker = _panel(started=False)
    client.force_login(worker)
    client.post(reverse("insights:panel-start", args=[panel.pk]), {"pin": "2468", "pin_again": "2468"})
    data = {"save": "1"}
    for place, pt in enumerate(panel.panel_themes.all(), start=1):
        data |= {f"position_{pt.pk}": str(place), f"agree_{pt.pk}": "change", f"wording_{pt.pk}": WORDS}
    sent = client.post(reverse("panel:run", args=[panel.public_id]), data)
    assert sent.status_code == 302, sent.content
    return "insights.PanelPlacing.own_wording"


def _panel_service(client):
    from youthvoice.insights.panel.services import PlacingInput, panel_round_record

    panel, _worker = _panel(started=True)
    placings = [
        PlacingInput(pt.pk, place, WORDS) for place, pt in enumerate(panel.panel_themes.all(), start=1)
    ]
    panel_round_record(panel=panel, placings=placings)
    return "insights.PanelPlacing.own_wording"


def _review_answer_page(client):
    from youthvoice.mandate.services import strategy_review_start

    membership = MembershipFactory(role="leader")
    client.force_login(membership.user)
    review = strategy_review_start(
        partnership=membership.agency.partnership,
        held_on=timezone.localdate(),
        title="Review",
        created_by=None,
    )
    data = {"answer": f"Team managers wait for a yes. {WORDS}", "rating": "2", "owner_role": "Chair"}
    sent = client.post(reverse("mandate:review-answer", args=[review.pk, "permission_to_act"]), data)
    assert sent.status_code == 302, sent.content
    return "mandate.ReviewAnswer.answer"


WRITE_PATHS = {
    "'You said, we did' in Welsh": _update_translation,
    "journey": _journey,
    "relayed voice page": _relayed_page,
    "relayed voice correction": _relayed_correction,
    "no referral reason": _no_referral_reason,
    "API": _api,
    "CSV import": _csv_import,
    "CSV import: other comments": _csv_import_comments,
    "glossary page: young people's words": _glossary_page,
    "glossary service: young people's words": _glossary_service,
    "definition answers imported into the glossary": _definitions_import,
    "'You said, we did' page": _you_said_page,
    "'You said, we did' revision": _you_said_revision,
    "scoping conversation page": _scoping_page,
    "scoping conversation service": _scoping_service,
    "young people's panel page": _panel_page,
    "young people's panel service": _panel_service,
    "strategy review answer page": _review_answer_page,
}


@pytest.mark.django_db
@pytest.mark.parametrize("path", WRITE_PATHS.values(), ids=WRITE_PATHS.keys())
def test_a_write_path_stores_no_identifying_words(client, path):
    field = path(client)
    stored = _stored_personal_text()
    assert stored[field], f"the write path stored nothing in {field}"
    leaked = [
        (key, text) for key, texts in stored.items() for text in texts if any(p in text for p in PIECES)
    ]
    assert not leaked


def test_every_personal_field_has_a_write_path_here(db, client):
    covered = set()
    for path in WRITE_PATHS.values():
        covered.add(path(client))
    assert covered == set(PERSONAL_FREE_TEXT)


def test_the_check_can_fail_on_raw_text(db):
    AnswerFactory(text=WORDS)
    stored = _stored_personal_text()["voices.Answer.text"]
    assert any(piece in text for text in stored for piece in PIECES)
