"""Demo glossary for the synthetic partnership, with a few invented young people's definitions, and the
demo consultations' definition answers imported beside the terms they define (as an analyst would)."""

import re

from youthvoice.deidentify.engine import PLACEHOLDERS
from youthvoice.language import selectors
from youthvoice.language.glossary import seed_terms
from youthvoice.language.models import YoungPeoplesDefinition
from youthvoice.language.services import (
    glossary_term_ensure,
    young_peoples_definition_add,
    young_peoples_definitions_curate,
    young_peoples_definitions_import,
)

# A wording the de-identifier took something out of ("My friend [NAME]..."): a curator would pass it over.
REDACTED = re.compile(r"\[(?:" + "|".join(PLACEHOLDERS) + r")\]")
# Invented for the demo; not said by any real young person.
YOUNG_PEOPLES_WORDS = {
    "grooming": [
        ("When someone acts like your best mate but they want something from you.", True),
        ("Being love bombed so you owe them.", True),
        ("Like when older ones buy you food and then ask for favours.", False),
    ],
    "county-lines": [("Going country. Moving stuff out of town for someone.", True)],
    "trusted-adult": [("Someone who doesn't judge you and actually does what they say.", True)],
    "exploitation": [("Getting used.", True), ("When they make you feel like it was your idea.", False)],
    "consent": [("Yes means yes but only if you could have said no.", True)],
}


def build(*, context: dict) -> list[str]:
    partnership = context["partnership"]
    terms = {
        entry["term"]: glossary_term_ensure(partnership=partnership, **entry, published=True)
        for entry in seed_terms()
    }
    by_slug = {term.slug: term for term in terms.values()}
    for slug, words in YOUNG_PEOPLES_WORDS.items():
        term = by_slug[slug]
        for text, shown in words:
            if not YoungPeoplesDefinition.objects.filter(term=term, text=text).exists():
                young_peoples_definition_add(term=term, text=text, shown_publicly=shown)
    imported = import_definition_answers(partnership=partnership)
    return [f"Young people's definitions imported from answers: {imported}"] if imported else []


def import_definition_answers(*, partnership) -> int:
    """Import one answer for each different wording given to a definition question whose term is in the
    glossary ("definition-grooming" for "grooming"), leaving out wordings with a part taken out, and show
    them, as an analyst curating would. Idempotent: a wording the term already has is not imported again,
    and nothing that staff hid is shown again."""
    imported = 0
    for consultation in selectors.definition_consultations(partnership=partnership):
        answers = selectors.definition_answers_not_imported(consultation=consultation)
        by_question: dict = {}
        for answer in answers:
            by_question.setdefault(answer.question, []).append(answer)
        for question, question_answers in by_question.items():
            term = selectors.glossary_term_for_question(question=question)
            if term is None:
                continue
            wordings = set(term.young_peoples_definitions.values_list("text", flat=True))
            chosen = {}
            for answer in question_answers:
                text = answer.text.strip()
                if text not in wordings and text not in chosen and not REDACTED.search(text):
                    chosen[text] = answer.pk
            if not chosen:
                continue
            result = young_peoples_definitions_import(term=term, answer_ids=chosen.values())
            definitions = term.young_peoples_definitions
            shown = definitions.filter(shown_publicly=True) | definitions.filter(
                source_answer_id__in=chosen.values()
            )
            young_peoples_definitions_curate(
                term=term, shown_ids=set(shown.values_list("pk", flat=True)), user=None
            )
            imported += result.imported
    return imported
