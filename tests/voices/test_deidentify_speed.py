"""The de-identifier's quick paths find exactly what the slow ones find (issue 20, speed).

Some cue patterns are tried only where they can begin (``replacer.AtStarts``): at a cue word, in the words
before a verb, beside a "[NAME]", a few words before "school". If a cue word were added to a pattern and not
to its list of starts, the quick path would silently miss it: these tests compare the two on many texts made
of the patterns' own words. (bench/deidentify_outputs.py checks every output on the development sets.)
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from youthvoice.deidentify import cues, engine, not_people, obfuscated, schools
from youthvoice.deidentify import welsh as welsh_module
from youthvoice.deidentify.not_people import _not_people_spans, not_people_spans
from youthvoice.deidentify.replacer import AtStarts, word_starts_before

# Cue words of every pattern, names with accents and apostrophes, verbs, and everyday words.
_WORDS = """my name names is his her their real i i'm im am called call calls named known as goes by the a
    boy girl
    man guy lad woman older friend mate bestie cousin social worker me us and n & told tells said says
    messaged texted gave picked asked made took kept sent offered threatened wanted got talked spoke
    stayed lives met saw trust believed blocked Told Met Levi Shanice Siân O'Brien Ellie-Mae Jo Kai Big
    Mr DC [NAME] [PHONE] go goes went at to from manor park oak lane st bedes academy school primary high
    college grammar performing arts St Anne's Holy Cross C of E nobody police mum"""
_VOCABULARY = _WORDS.split()
_SEPARATORS = [" ", " ", " ", "  ", ", ", ". ", "\n", " '", "' ", " (", ") ", "-"]


def joined(words, separators, *, min_size=1, max_size):
    """Texts of ``words``, each followed by one of ``separators``."""
    return st.lists(
        st.tuples(st.sampled_from(words), st.sampled_from(separators)), min_size=min_size, max_size=max_size
    ).map(lambda pairs: "".join(word + separator for word, separator in pairs))


texts = joined(_VOCABULARY, _SEPARATORS, max_size=30)


def spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_name_cue_pattern_tried_at_its_cue_words_finds_what_it_finds_everywhere(text):
    quick = AtStarts(cues._NAME_CONTEXT, cues._context_starts(cues._lower_words(text)[1]))
    assert spans(quick.finditer(text)) == spans(cues._NAME_CONTEXT.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_actor_patterns_tried_before_their_verbs_find_what_they_find_everywhere(text):
    for pattern, verbs, before in (
        (cues._ACTOR_NAME, cues._ACTOR_VERBS, 2),
        (cues._LOWER_ACTOR_NAME, cues._LOWER_ACTOR_VERBS, 1),
    ):
        quick = AtStarts(pattern, cues._actor_starts(text, verbs, before))
        assert spans(quick.finditer(text)) == spans(pattern.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_both_actor_patterns_starts_read_in_one_pass_are_those_read_one_at_a_time(text):
    assert cues._both_actor_starts(text) == (
        cues._actor_starts(text, cues._ACTOR_VERBS, 2),
        cues._actor_starts(text, cues._LOWER_ACTOR_VERBS, 1),
    )


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_partner_pattern_tried_beside_names_finds_what_it_finds_everywhere(text):
    quick = AtStarts(cues._NAME_PARTNER, cues._partner_starts(text))
    assert spans(quick.finditer(text)) == spans(cues._NAME_PARTNER.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_lower_case_school_patterns_tried_before_school_words_find_what_they_find_everywhere(text):
    kinds = [kind.start() for kind in schools._SCHOOL_KIND_WORD.finditer(text)]
    for pattern, words in ((schools._SCHOOL_LOWER, 4), (schools._SCHOOL_AFTER_GOING, 3)):
        starts = [start for kind in kinds for start in word_starts_before(text, kind, words)]
        assert spans(AtStarts(pattern, starts).finditer(text)) == spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_listed_not_people_are_found_the_same_in_text_with_accents(text):
    """The listed words are looked for one by one in ASCII text and in text with accents alike."""
    found = sorted(_not_people_spans(text))
    slow = sorted(_not_people_spans(text + "\u0130"))  # "İ" lower-cases to two characters: the slow path
    assert found == [span for span in slow if span[1] <= len(text)]
    assert sorted(not_people_spans(text)) == found


_POSSESSIVE_WORDS = """St St. Saint Mary's Mary’s George's Anne's Mary-Jane's Day Church Hall Law the my Jo's
    house Clare's Street Stop ſt Valentine's Eve Park Saint-Denis"""
possessive_texts = joined(_POSSESSIVE_WORDS.split(), [" ", " ", "  ", ", ", ". ", "\n", "-"], max_size=20)


@settings(max_examples=500, deadline=None)
@given(possessive_texts)
def test_places_after_a_possessive_tried_at_saints_and_before_an_s_find_what_they_find_everywhere(text):
    pattern = not_people._AFTER_POSSESSIVE
    quick = AtStarts(pattern, not_people._possessive_starts(text))
    assert spans(quick.finditer(text)) == spans(pattern.finditer(text))


_PLACE_WORDS = """Newcastle upon Tyne Leeds Bath Stoke-on-Trent Stoke on Trent Milton Keynes Preston Cardiff
    Bay
    Bangor St Albans Ashby-de-la-Zouch Jay Mulholland İstanbul ΟΔΟΣ Kings Lynn King's"""


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS.split()), min_size=1, max_size=5).map(" ".join))
def test_a_place_is_read_at_the_start_of_an_item_as_when_every_length_is_tried(item):
    places, _ = not_people._places()
    words = item.split()
    every_length = (" ".join(words[:count]).lower() for count in range(len(words), 0, -1))
    assert not_people._place_at(item) == next((place for place in every_length if place in places), None)


def test_a_quick_path_with_too_few_starts_would_be_caught():
    """The comparison can fail: without the verb's words, "Levi told me" is not found."""
    text = "then Levi told me to go"
    quick = AtStarts(cues._ACTOR_NAME, [])
    assert spans(quick.finditer(text)) != spans(cues._ACTOR_NAME.finditer(text))


# Texts for the counting shortcuts: Welsh and English marker words, clitics, "oh", digits and "o".
_COUNTED = """yn mae dwi i'n ofni'r mae'r i'm I'M the and was Oh oh o 0 7 o7 7o 07o hello photo Nos Da ’r
    i’n ti'n don't fy ffrind"""
counted_texts = joined(_COUNTED.split(), ["", " ", "  ", ", ", ".", "'", "’"], min_size=0, max_size=20)


@settings(max_examples=400, deadline=None)
@given(counted_texts)
def test_welsh_and_english_markers_are_counted_as_one_word_at_a_time_counts_them(text):
    welsh = english = 0
    for word in welsh_module._WORD.findall(text.lower().replace("’", "'")):
        if word in welsh_module._WELSH_MARKERS or ("'" in word and welsh_module._WELSH_CLITIC.match(word)):
            welsh += 1
        elif word in welsh_module._ENGLISH_MARKERS:
            english += 1
    assert welsh_module.welsh_and_english_markers(text) == (welsh, english)


@settings(max_examples=400, deadline=None)
@given(counted_texts)
def test_the_spoken_number_hint_written_from_its_o_finds_what_the_plain_pattern_finds(text):
    lowered = text.lower()
    plain = re.compile(r"\boh\b|\do|o\d")
    assert bool(obfuscated._SPOKEN_HINT_SHORT.search(lowered)) == bool(plain.search(lowered))


_NHS_WORDS = [
    "NHS",
    "nhs",
    "Nhs",
    "nhſ",
    "chi",
    "CHI",
    "chips",
    "health",
    "number",
    "Health",
    "Number",
    "no.",
    "943",
    "ſ",
    "İ",
]


@settings(max_examples=300, deadline=None)
@given(joined(_NHS_WORDS, ["", " ", "\n", ", "], min_size=0, max_size=12))
def test_the_nhs_cue_looked_up_first_in_lower_case_finds_what_the_pattern_finds(text):
    assert obfuscated.mentions_nhs(text) == bool(obfuscated.NHS_CUE.search(text))


# Words of the bracketed-initials and named-after-relation patterns, in several cases, with initials.
_BESIDE_WORDS = """Mum mum MUM mum's partner Partner stepdad step-father young person YP yp cyp friend aunt
    auntie Auntie nan KM J.T. J.T A.B.C. JT. K M Lee Lee-Ann Siân ſister sister İ [NAME] Mark and the"""
_BESIDE_SEPARATORS = [" ", ", ", " (", ") ", "(", ")", ",", ". ", "-", "  ", "\n"]
beside_texts = joined(_BESIDE_WORDS.split(), _BESIDE_SEPARATORS, max_size=25)


@settings(max_examples=500, deadline=None)
@given(beside_texts)
def test_the_bracketed_initials_tried_before_brackets_and_at_capitals_find_what_they_find_everywhere(text):
    starts = cues._starts_before(text, " (", 2) + [m.start() for m in cues._TWO_CAPITALS_AT.finditer(text)]
    quick = AtStarts(cues._BRACKETED_INITIALS, starts)
    assert spans(quick.finditer(text)) == spans(cues._BRACKETED_INITIALS.finditer(text))


@settings(max_examples=500, deadline=None)
@given(beside_texts)
def test_a_name_after_its_relation_tried_before_commas_finds_what_it_finds_everywhere(text):
    quick = AtStarts(cues._NAMED_AFTER_RELATION, cues._starts_before(text, ", ", 1))
    assert spans(quick.finditer(text)) == spans(cues._NAMED_AFTER_RELATION.finditer(text))


_INITIALS_WORDS = """Student student Pupil me and n wish Note Notes from Email informed told spoke with to met
    seen by KM J.T. JT A.B.C. K.M K. M. HM DSL YOT SW OK I I'm Levi to liaise has been said (Year 10) he she
    Action action ACTIONS 4 : owner (LC/AA) (KM) ıntormed"""
initials_texts = joined(_INITIALS_WORDS.split(), [" ", " ", ", ", ". ", "\n", "("], max_size=25)


@settings(max_examples=500, deadline=None)
@given(initials_texts)
def test_the_initials_patterns_tried_at_capitals_and_their_cues_find_what_they_find_everywhere(text):
    starts = cues._initials_starts(text)
    quick = AtStarts(cues._PERSON_INITIALS, starts)
    assert spans(quick.finditer(text)) == spans(cues._PERSON_INITIALS.finditer(text))
    if not cues._may_name_owners(text):
        quick = AtStarts(cues._INITIALS_TOLD, starts)
        assert spans(quick.finditer(text)) == spans(cues._INITIALS_TOLD.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_lower_case_partner_pattern_tried_beside_names_finds_what_it_finds_everywhere(text):
    quick = AtStarts(cues._LOWER_PARTNER, cues._partner_starts(text))
    assert spans(quick.finditer(text)) == spans(cues._LOWER_PARTNER.finditer(text))


@settings(max_examples=400, deadline=None)
@given(initials_texts)
def test_two_capitals_are_found_wherever_they_begin(text):
    overlapping = re.compile(r"(?=[A-Z]\.?[A-Z])")
    found = [m.start() for m in cues._TWO_CAPITALS_AT.finditer(text)]
    assert found == [m.start() for m in overlapping.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(initials_texts)
def test_an_initial_and_a_surname_tried_at_a_capital_and_a_dot_find_what_they_find_everywhere(text):
    text = text.replace("Levi", "Whitfield").replace("KM", "[NAME]")
    for pattern in (cues._INITIAL_AND_SURNAME, cues._INITIAL_BEFORE_NAME):
        quick = AtStarts(pattern, cues._initials_with_a_dot(text))
        assert spans(quick.finditer(text)) == spans(pattern.finditer(text))


def test_the_owners_of_an_action_are_looked_for_whenever_their_words_may_be_there():
    """Only the first half of ``_INITIALS_TOLD`` is tried at capitals: the owners' words turn the quick path
    off, in any case, and with a letter that ``re`` reads as an "i"."""
    assert cues._may_name_owners("ACTION 4 (LC/AA)") and cues._may_name_owners("Actıon (LC)")
    assert not cues._may_name_owners("spoke with KM about school")


def test_the_bracketed_initials_and_relation_patterns_find_something_in_these_texts():
    """The comparisons above can fail: both patterns find what the quick paths must find."""
    assert spans(cues._BRACKETED_INITIALS.finditer("her stepdad (J.T.) and KM (YP)")) == [(4, 17), (23, 26)]
    assert spans(cues._NAMED_AFTER_RELATION.finditer("Mum's partner, Lee, is")) == [(6, 18)]


# Numbers, postcodes and addresses: digits beside letters, "flat" in any case, street words.
_NUMBER_WORDS = """flat Flat FLAT inflatable 3 12a 4402187392 440 218 7392 943-476-5919 M1 1AE m11ae SW1A 2AA
    B33 8TH
    CF83 road Road street high lane Acacia the on our 10 mins walk ſ İ a2b x9 9"""
number_texts = joined(_NUMBER_WORDS.split(), [" ", " ", ", ", "-", "", "\n", "."], max_size=20)


@settings(max_examples=500, deadline=None)
@given(number_texts)
def test_numbers_postcodes_and_addresses_tried_beside_digits_find_what_they_find_everywhere(text):
    quick = AtStarts(engine.NHS_NUMBER, engine._digit_runs(text))
    assert spans(quick.finditer(text)) == spans(engine.NHS_NUMBER.finditer(text))
    quick = AtStarts(engine._POSTCODE, engine._postcode_starts(text))
    assert spans(quick.finditer(text)) == spans(engine._POSTCODE.finditer(text))
    assert spans(engine._address_pattern(text).finditer(text)) == spans(engine._ADDRESS.finditer(text))


@settings(max_examples=500, deadline=None)
@given(number_texts.map(lambda text: text.replace("a2b", "sn0wb4ll").replace("x9", "dark_angel09")))
def test_a_shaped_handle_is_only_found_where_its_quick_hint_is(text):
    if not ("_" in text or engine._LETTER_DIGIT_LETTER.search(text)):
        assert not spans(engine._SHAPED_HANDLE.finditer(text))
