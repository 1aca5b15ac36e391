"""The de-identifier on the hand-written held-out set (tests/data/deid_handwritten.yaml): the issue's targets
per type, scored over character spans; and the spans it reports for what it removed."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from youthvoice.deidentify.engine import PLACEHOLDERS, deidentify
from youthvoice.deidentify.quality import (
    ANY,
    LabelledSetError,
    Span,
    load_labelled,
    score,
    table_text,
    youthvoice_spans,
)

HANDWRITTEN = Path(__file__).parents[1] / "data" / "deid_handwritten.yaml"


@pytest.fixture(scope="module")
def handwritten():
    return load_labelled(HANDWRITTEN)


def test_the_held_out_set_is_large_varied_and_has_hard_negatives(handwritten):
    items, school_names = handwritten
    assert len(items) >= 300
    assert sum(1 for item in items if not item.spans) >= 100
    kinds = {span.kind for item in items for span in item.spans}
    # Written before NHS numbers and dates of birth were types of their own.
    assert kinds == set(PLACEHOLDERS) - {"NHS_NUMBER", "DATE_OF_BIRTH"}
    assert school_names, "the set is scored with a configured list of school names"


def test_the_held_out_set_meets_the_issues_targets_per_type(handwritten):
    items, school_names = handwritten
    table = score(items, spans=youthvoice_spans(school_names=school_names))
    report = table_text(table)
    for kind in ("PHONE", "EMAIL", "POSTCODE", "HANDLE"):
        assert table[kind].recall >= 0.98, f"{kind} recall\n{report}\n" + "\n".join(table[kind].missed)
    assert table["NAME"].recall >= 0.90, f"NAME recall\n{report}\n" + "\n".join(table["NAME"].missed)
    for kind in (*PLACEHOLDERS, ANY):
        assert table[kind].precision >= 0.90, f"{kind} precision\n{report}\n" + "\n".join(table[kind].wrong)


def test_sentences_written_after_the_changes_meet_the_targets_too(handwritten):
    items, school_names = handwritten
    late = [item for item in items if item.late]
    assert len(late) >= 50
    table = score(late, spans=youthvoice_spans(school_names=school_names))
    assert table[ANY].recall >= 0.95 and table[ANY].precision >= 0.90, table_text(table)


def test_a_labelled_value_missing_from_its_sentence_is_refused(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sentences:\n  - {text: 'call me', pii: [[PHONE, '07700 900123']]}\n", encoding="utf-8")
    with pytest.raises(LabelledSetError, match="sentence 1: '07700 900123' is not in"):
        load_labelled(bad)
    bad.write_text("sentences:\n  - {text: 'hi Jo', pii: [[PERSON, Jo]]}\n", encoding="utf-8")
    with pytest.raises(LabelledSetError, match="'PERSON' is not one of"):
        load_labelled(bad)


def test_the_nth_occurrence_of_a_value_can_be_labelled(tmp_path):
    path = tmp_path / "nth.yaml"
    path.write_text("sentences:\n  - {text: 'Jo met Jo', pii: [[NAME, Jo, 2]]}\n", encoding="utf-8")
    items, _ = load_labelled(path)
    assert items[0].spans == (Span(7, 9, "NAME"),)


def test_spans_say_what_each_placeholder_replaced_even_side_by_side():
    text = "Aisha Begum aisha.b@example.org 0113 496 0733"
    result = deidentify(text)
    assert result.text == "[NAME] [EMAIL] [PHONE]"
    assert [(text[start:end], kind) for start, end, kind in result.spans] == [
        ("Aisha Begum", "NAME"),
        ("aisha.b@example.org", "EMAIL"),
        ("0113 496 0733", "PHONE"),
    ]


def test_a_missed_surname_half_is_a_miss_not_a_hit():
    text = "Kerry Smythe-Jones was there"
    table = score(
        [load_one(text, [Span(0, 18, "NAME")])],
        spans=lambda _text: [Span(0, 5, "NAME")],
    )
    assert table["NAME"].recall == 0 and table["NAME"].precision == 1


def load_one(text, spans):
    from youthvoice.deidentify.quality import Labelled

    return Labelled(text=text, spans=tuple(spans))


words = st.sampled_from(
    [
        "my",
        "friend",
        "Jay",
        "Smith",
        "told",
        "me",
        "07700",
        "900123",
        "kai@example.com",
        "@kai_9",
        "and",
        "Leah",
        "12",
        "Mill",
        "Lane",
        "BR1",
        "4XY",
        "snap:",
        "kaix99",
        "St",
        "Anne's",
        "School",
        "\n",
        "  ",
    ]
)


@settings(max_examples=300, deadline=None)  # no timed assertions: speed lives in bench/
@given(st.lists(words, max_size=14).map(" ".join))
def test_putting_placeholders_at_the_spans_gives_the_de_identified_text(text):
    result = deidentify(text)
    rebuilt, last = [], 0
    for start, end, kind in result.spans:
        assert last <= start < end <= len(text)
        rebuilt += [text[last:start], f"[{kind}]"]
        last = end
    assert "".join([*rebuilt, text[last:]]) == result.text
