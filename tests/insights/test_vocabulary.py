"""Young people's words get their plain meaning written beside them, from a validated data file."""

import pytest

from youthvoice.insights.suggestions.vocabulary import (
    MeaningWriter,
    VocabularyDataError,
    meanings_from_text,
    with_meanings,
    young_peoples_words,
)


def test_the_shipped_words_load_and_feds_means_police():
    assert young_peoples_words()["feds"] == "police"
    assert with_meanings("the feds never come") == "the feds (police) never come"


def test_only_whole_words_are_matched_and_the_longest_phrase_wins():
    write = MeaningWriter({"old bill": "police", "the old bill": "the police", "bill": "invoice"})
    assert write("The Old Bill came") == "The Old Bill (the police) came"
    assert write("billy and old-bill") == "billy and old-bill"


def test_a_word_that_is_its_own_meaning_is_left_alone_and_empty_text_stays_empty():
    write = MeaningWriter({"police": "police", "cops": "police"})
    assert write("police and cops") == "police and cops (police)"
    assert write("") == "" and MeaningWriter({})("feds") == "feds"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[oops", "not valid YAML"),
        ("{}", "must be a list"),
        ("- means: police", "exactly 'means' and 'words'"),
        ("- {means: '', words: [feds]}", "'means' must be non-empty"),
        ("- {means: police, words: []}", "'words' must be a non-empty list"),
        ("- {means: police, words: [feds]}\n- {means: food, words: [feds]}", "means both"),
    ],
)
def test_bad_data_is_refused_with_a_message_naming_the_problem(text, message):
    with pytest.raises(VocabularyDataError, match=message):
        meanings_from_text(text)
