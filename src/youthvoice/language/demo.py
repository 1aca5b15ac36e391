"""Demo glossary for the synthetic partnership, with a few invented young people's definitions."""

from youthvoice.language.glossary import seed_terms
from youthvoice.language.models import YoungPeoplesDefinition
from youthvoice.language.services import glossary_term_ensure, young_peoples_definition_add

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
    return []
