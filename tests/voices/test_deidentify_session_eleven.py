"""Session 11 of the de-identifier's names (issue 20): readings meant to carry to writers nobody here has
read. Every sentence is invented for this file, none taken from an evaluation set; each reading has hard
negatives beside it (text that must come out byte-identical)."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def _kept(text: str) -> None:
    out = deidentify(text).text
    assert out == text, out


# A name is not an inflected English word: "-es" follows a hissing sound or an "o", a bare "-ed" never
# follows an "e" ("James" is not "jam" + "es", "Fareed" is not "fare" + "ed").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fareed said he would meet me after school", "Fareed"),
        ("Rasheed and Naveed picked us up in a van", "Naveed"),
        ("i think James is the one who gave her the phone", "James"),
    ],
)
def test_a_name_is_not_read_as_an_inflected_word(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "she goes out every night and nobody asks where",
        "the boxes were left by the back door",
        "he wishes he never got involved",
        "they fared better once they moved house",
        "we jammed the door shut and waited",
    ],
)
def test_inflected_everyday_words_stay(text):
    _kept(text)


# A capitalised first name straight before a capitalised surname, or a word rarer than everyday English, is
# one person's full name even where each alone is also a word ("Sharp", "Shah", "Pilling").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Sharp rang the office at ten to say she was safe", "Sharp"),
        ("Naveed Shah is known to police for supply", "Naveed"),
        ("Tenant Graham Pilling says he is scared of the men", "Pilling"),
        ("Present: Tom Sharp (police), Jo Bright (school)", "Sharp"),
        ("Ben Harrow and his sister were seen at the shop", "Ben"),
    ],
)
def test_a_first_name_before_a_surname_that_is_also_a_word_is_a_full_name(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Rose Gold nails are what everyone wants this year",
        "we sat near Holly Bush waiting for the bus",
        "the Grace Period ended so i owe them more",
        "we had an Ada Lovelace Day at school about coding",
        "he wore a Ralph Lauren hoodie every day",
        "Will Power is what my coach keeps going on about",
        "Young Money was playing in the car",
    ],
)
def test_pairs_of_everyday_words_and_things_named_after_people_stay(text):
    _kept(text)


# A lower-case first name after whose relative it is ("my stepdad", "her mums boyfriend", "uncle" as a
# title) is a name when the person then does something ("checks", "used to"), not only before "said".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my stepdad dean checks my phone every night", "dean"),
        ("her mums boyfriend rob drove us there", "rob"),
        ("my mates cousin kez sorted me out with a job", "kez"),
        ("uncle mick isnt allowed at ours anymore", "mick"),
        ("my mate carl plays fifa with older lads online", "carl"),
    ],
)
def test_a_lower_case_name_after_a_relative_who_does_something_is_a_name(text, name):
    out = deidentify(text).text
    assert f" {name} " not in f" {out} ", out


@pytest.mark.parametrize(
    "text",
    [
        "my brother drew on my arm with a pen",
        "my mum will says no to everything",
        "my dad till he left was the one who cooked",
        "my uncle sells cars for a living",
        "my nan cooks every sunday",
        "the uncle said he would come back",
        "my cousin mark got arrested last year and nobody talks about it",
    ],
)
def test_relatives_before_everyday_words_stay(text):
    _kept(text)


# "Ward" after a first name that no dictionary has is a surname (a family's, often), not a hospital ward;
# wards are named after flowers, trees and words ("Daisy Ward") and are where someone is ("on", "to").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bridie Ward and her son were seen at the site", "Bridie Ward"),
        ("Declan Ward (uncle) attended the meeting", "Declan Ward"),
    ],
)
def test_ward_after_a_first_name_is_a_surname(text, name):
    out = deidentify(text).text
    assert name not in out and "Ward" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "she was moved to Rainbow Ward overnight",
        "Daisy Ward is where she stayed after the overdose",
        "she was on Declan Ward for two nights",
        "the nurses on Willow Ward were kind",
    ],
)
def test_a_hospital_ward_stays(text):
    _kept(text)


# A Chinese name read by its shape: two or three capitalised pinyin syllables, one of them no English
# word ("Xiao Hong", "Chen Jing"); not Chinese words English has taken, nor a run of English words.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Xiao Hong has disclosed that she works unpaid in a kitchen", "Xiao"),
        ("Yu Ting was at the party as well", "Ting"),
        ("Chen Jing (mother) attended with an interpreter", "Jing"),
        ("Hui Min is in my form and she translates for me", "Hui"),
    ],
)
def test_a_chinese_name_is_read_by_its_syllables(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "we did Tai Chi at school on fridays",
        "Feng Shui is what my aunt is into",
        "my dad went to Hong Kong for work",
        "Kung Fu club is on tuesdays",
        "He Can Go if he wants",
        "she has a Yin Yang tattoo on her wrist",
    ],
)
def test_chinese_loan_words_and_english_runs_stay(text):
    _kept(text)


# Two lower-case words joined by "n"/"and" just before a verb, each no dictionary word and rare in English:
# two people doing something ("bex n jojo took"), not text-speak, brands, apps or family words.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("bex n jojo took me to a house i didnt know", ("bex", "jojo")),
        ("tuli and nas were outside the chicken shop", ("tuli", "nas")),
    ],
)
def test_two_lower_case_names_doing_something_are_names(text, names):
    out = deidentify(text).text
    for name in names:
        assert f" {name} " not in f" {out} ", out


@pytest.mark.parametrize(
    "text",
    [
        "u n ur mates were loud on the bus",
        "tesco n asda are shut on boxing day",
        "insta n snap r the worst for it",
        "idk n tbh was too scared to ask",
        "nan n grandad came to get me",
        "kfc n maccies are where everyone goes",
    ],
)
def test_text_speak_brands_and_family_joined_stay(text):
    _kept(text)


@pytest.mark.parametrize(
    "text",
    [
        "she wants Ray Ban glasses for her birthday",
        "we made a Mary Berry cake in food tech",
        "he had Paul Smith shoes on",
    ],
)
def test_a_brand_named_after_a_person_before_what_it_makes_stays(text):
    _kept(text)


def test_a_full_name_before_what_the_person_does_is_still_a_name():
    out = deidentify("Tom Sharp drives a white van and parks outside school").text
    assert "Sharp" not in out, out
