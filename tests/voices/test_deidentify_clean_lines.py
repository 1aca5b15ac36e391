"""Clean sentences left as written (issue 20, session 10: the over-redactions of sets A to L, read by kind).
Sentences invented here, none taken from an evaluation set; each kind has its hard negatives beside it: a
real name or school in the same place is still taken out."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    "text",
    [
        # the council's Virtual School (children in care, at any school) is a service, not a school
        "The Virtual School Head will fund extra tuition this term.",
        "Mr Obi (Virtual School) will chase the PEP.",
        "apologies from the virtual school and the GP",
        # a club's academy for a sport or an art
        "he goes to a boxing academy on tuesdays and loves it",
        "She has a place at the Football Academy after the trials.",
    ],
)
def test_services_and_clubs_named_like_schools_are_kept(text):
    assert "[SCHOOL]" not in deidentify(text).text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("She moved to Oakhurst School in Year 9.", "Oakhurst School"),
        ("The Virtual School Head spoke to Brambleton Academy today.", "Brambleton Academy"),
        ("he got kicked out of Riverside Sports College last year", "Riverside Sports College"),
    ],
)
def test_schools_beside_the_same_words_are_still_found(text, school):
    out = deidentify(text).text
    assert school not in out
    assert "[SCHOOL]" in out
