"""Welsh answers keep their Welsh words; names and contact details in them are still taken out; a name never
carries away the words after it."""

import pytest

from youthvoice.deidentify.engine import deidentified, deidentify
from youthvoice.deidentify.names import find_names
from youthvoice.deidentify.welsh import text_is_welsh, welsh_words

# Written for these tests: everyday Welsh a young person might write, with nothing to take out.
WELSH_WITHOUT_NAMES = [
    "Wrth yr orsaf fysiau",
    "Yn y parc gyda fy ffrindiau ar nos Wener",
    "Rydw i'n ofni'r heddlu",
    "Dwi ddim yn teimlo'n saff ar ddydd Sadwrn",
    "Cerdded adref o'r ysgol yn y tywyllwch",
    "Mae pobl hŷn yn cynnig arian i ni",
    "Dwi'n byw yng Nghaerdydd ac yn mynd i Abertawe weithiau",
    "Ym mis Medi roedd yr heddlu yn y dref bob nos Lun",
]


@pytest.mark.parametrize("text", WELSH_WITHOUT_NAMES)
def test_welsh_answer_without_names_comes_back_as_written(text):
    assert deidentify(text).text == text
    assert deidentify(text, language="cy").text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mae Dafydd yn gwerthu cyffuriau", "Mae [NAME] yn gwerthu cyffuriau"),
        ("Es i i'r parc gyda Dafydd a Siân nos Sadwrn", "Es i i'r parc gyda [NAME] a [NAME] nos Sadwrn"),
        ("Fy ffrind Elin sy'n gwybod", "Fy ffrind [NAME] sy'n gwybod"),
        ("Roedd dyn o'r enw Kacper yn y dref", "Roedd dyn o'r enw [NAME] yn y dref"),
        ("Mae Mr Pryce yn athro da", "Mae [NAME] yn athro da"),
        ("Ym mis Medi aeth Tyler i'r ysgol", "Ym mis Medi aeth [NAME] i'r ysgol"),
    ],
)
def test_names_in_welsh_are_still_taken_out(text, expected):
    assert deidentify(text, language="cy").text == expected


def test_welsh_answer_loses_a_name_and_a_phone_number_and_keeps_the_rest():
    text = "Mae Dafydd yn gwerthu cyffuriau, ffonia fe ar 07700 900123 neu e-bostia dafydd@example.com"
    assert deidentified(text, language="cy") == (
        "Mae [NAME] yn gwerthu cyffuriau, ffonia fe ar [PHONE] neu e-bostia [EMAIL]"
    )


def test_welsh_postcode_and_handle_are_taken_out():
    result = deidentify("Dwi'n byw yn CF10 1AA, snap fi: elin_99", language="cy")
    assert result.text == "Dwi'n byw yn [POSTCODE], snap fi: [HANDLE]"


def test_a_name_does_not_swallow_the_words_after_it_in_any_language():
    # Read as English (the Welsh reading is off): the words after the name are not a surname chain.
    text = "Mae Dafydd yn gwerthu cyffuriau"
    spans = find_names(text, not_names=frozenset())
    assert all(text[start:end].split()[-1] != "cyffuriau" for start, end in spans)
    assert not any("yn" in text[start:end].split() for start, end in spans)


def test_lower_case_surname_after_a_lower_case_first_name_is_still_found():
    text = "me n kacper nowak went out"
    assert [text[start:end] for start, end in find_names(text, not_names=frozenset())] == ["kacper nowak"]


def test_english_answer_is_read_as_english_even_in_the_welsh_journey():
    assert not text_is_welsh("I was at the bus station with Tyler and it was scary", language="cy")
    assert deidentify("Me and Kacper went to Preston", language="cy").text == "Me and [NAME] went to Preston"


def test_welsh_is_recognised_from_its_words_without_a_language():
    assert text_is_welsh("Rydw i'n ofni'r heddlu")
    assert not text_is_welsh("Nos Da said the sign at the station")


def test_welsh_word_list_is_lower_case_words_only():
    words = welsh_words()
    assert {"mae", "wrth", "gwener", "wener", "sadwrn", "ionawr"} <= words
    assert all(word == word.lower() and " " not in word for word in words)
