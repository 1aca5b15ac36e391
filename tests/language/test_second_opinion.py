"""The language checker's second opinion: "may be victim-blaming, please read", kept apart from the rules.

It marks only sentences with no rule finding, shows separately on the page, in the API and on the command
line, never blocks publishing, loads its model without the network, and rebuilds to the same file.
The sentences below are from its own training file (written inside this project), never an evaluation set;
it is also trained on the development sets, read from evaluation/ at build time and named in its model file.
"""

import hashlib
import io
import json
import socket
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.core import embeddings
from youthvoice.language import check, publication_check
from youthvoice.language.cli import check_files
from youthvoice.language.publishing import publication_gate_check
from youthvoice.language.second_opinion import (
    KIND,
    WORD_BUCKETS,
    SecondOpinionError,
    default_model,
    hashed_words,
    model_from_text,
    second_opinion,
    second_opinion_report,
)
from youthvoice.language.second_opinion_training import (
    DEVELOPMENT_SETS,
    build,
    examples_from_text,
    model_path,
    normalised,
    same_model,
    sentences_path,
)

ROOT = Path(__file__).resolve().parents[2]
BLAMING = "She brings a lot of this trouble on herself."  # no rule matches it
ALSO_BLAMING = "Kayden has got himself mixed up in this through his own decisions."
NEUTRAL = "The review meeting is on Thursday at 10am."
RULE_FOUND = "She keeps putting herself at risk by going to the park at night."
TEXT = f"{NEUTRAL} {BLAMING}\n{RULE_FOUND}"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the second opinion tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_model_loads_and_reads_without_the_network(no_network):
    default_model.cache_clear()
    model = default_model()
    assert model.coefficients.shape == (embeddings.SentenceEncoder.dimensions,)
    assert model.word_coefficients.shape == (WORD_BUCKETS,)
    assert 0.5 <= model.threshold < 1
    assert [o.text for o in second_opinion(BLAMING, [])] == [BLAMING]


def test_it_marks_only_sentences_the_rules_left_alone():
    findings = check(TEXT)
    assert {f.rule_id for f in findings} == {"putting-self-at-risk"}
    opinions = second_opinion(TEXT, findings)
    assert [o.text for o in opinions] == [BLAMING]
    assert opinions[0].start == TEXT.index(BLAMING) and opinions[0].line == 1
    assert opinions[0].kind == KIND == "may be victim-blaming, please read"
    # Without the rule's finding the same harmful sentence is the model's to read.
    assert RULE_FOUND in [o.text for o in second_opinion(RULE_FOUND, [])]


def test_it_never_blocks_the_publishing_gate():
    assert not check(BLAMING) and second_opinion(BLAMING, [])
    assert publication_check(BLAMING).may_publish
    assert not publication_gate_check(texts={"What we did": BLAMING}).blocked_rules


def test_a_broken_model_file_is_refused_with_a_clear_message():
    with pytest.raises(SecondOpinionError, match="cannot be read"):
        model_from_text('{"coefficients": [0.1]}')
    with pytest.raises(SecondOpinionError, match="threshold"):
        model_from_text('{"coefficients": [0.1], "intercept": 0, "threshold": 2, "encoder": "x"}')


def test_words_fall_in_the_same_buckets_in_every_process_and_a_bad_word_table_is_refused():
    words = hashed_words("She went out, she went.")  # she, went, out, she went, went out, out she
    assert sorted(words) == [1798, 4284, 6368, 6566, 8774, 8884]
    assert words[1798] == pytest.approx(words[4284]) and words[1798] > words[6566]  # repeated: 1 + log 2
    assert sum(w * w for w in words.values()) == pytest.approx(1.0)
    model = {
        "coefficients": [0.1],
        "intercept": 0,
        "threshold": 0.7,
        "encoder": "x",
        "word_coefficients": [1],
    }
    with pytest.raises(SecondOpinionError, match="word weights"):
        model_from_text(json.dumps(model))


def test_a_missing_sentence_model_is_said_not_raised(monkeypatch):
    def unavailable():
        raise embeddings.EmbeddingUnavailable("The sentence model is not installed.")

    monkeypatch.setattr(embeddings, "sentence_encoder", unavailable)
    report = second_opinion_report(BLAMING, [], asked=True)
    assert report.unavailable == "The sentence model is not installed." and not report.opinions


# --- its training data and model file ------------------------------------------------------------------


def test_the_training_file_is_valid_and_holds_no_development_set_sentence():
    examples = examples_from_text(sentences_path().read_text(encoding="utf-8"))
    assert {e.origin for e in examples} == {"labelled", "tests", "rules", "written"}
    assert sum(e.harmful for e in examples) > 300 and sum(not e.harmful for e in examples) > 300
    # A sentence in both would be trained on when its set is left out, and flatter the bench's figures.
    development = set()
    for name in DEVELOPMENT_SETS:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                development.add(normalised(json.loads(line)["text"]))
    assert len(development) > 5000
    assert not [e.text for e in examples if normalised(e.text) in development]


@pytest.fixture(scope="module")
def rebuilt():
    """The model built from the committed sentences and the development sets, with every file it read."""
    read = []
    original = Path.read_text

    def recording(path, *args, **kwargs):
        read.append(Path(path).resolve())
        return original(path, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "read_text", recording)
        built = build(sentences_path().read_text(encoding="utf-8"))
    return built, read


def test_the_committed_model_names_its_training_sets_and_no_held_out_set_is_read(rebuilt):
    built, read = rebuilt
    committed = json.loads(model_path().read_text(encoding="utf-8"))
    sets = committed["trained_on"]["sets"]
    assert sorted(sets) == sorted(DEVELOPMENT_SETS) and len(sets) == 13
    for name, digest in sets.items():
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, f"{name} changed: rebuild"
    # The build reads the development sets it names and nothing else under evaluation/: the held-out sets
    # scored after a change stay unread, wherever they are put.
    evaluation = (ROOT / "evaluation").resolve()
    read_there = {
        path.relative_to(ROOT.resolve()).as_posix() for path in read if path.is_relative_to(evaluation)
    }
    assert read_there == set(DEVELOPMENT_SETS)


def test_the_build_refuses_to_run_without_a_development_set(tmp_path):
    with pytest.raises(ValueError, match="development set evaluation/language/set_a.jsonl is missing"):
        build(sentences_path().read_text(encoding="utf-8"), root=tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("written:\n  harmful: [A sentence here.]\n", "unknown label 'harmful'"),
        ("borrowed:\n  ok: [A sentence here.]\n", "must be a mapping with the groups"),
        ("written:\n  ok: [A sentence.]\n  consent: [a sentence]\n", "already in written.ok"),
        ("written:\n  ok: [A sentence.]\n", "both harmful and ok"),
        ("written:\n  ok: A sentence.\n", "must be a list"),
    ],
)
def test_a_broken_training_file_is_refused_with_its_place(text, message):
    with pytest.raises(ValueError, match=message):
        examples_from_text(text)


def test_the_committed_model_is_rebuilt_from_the_committed_sentences(rebuilt):
    built, _read = rebuilt
    training = sentences_path().read_text(encoding="utf-8")
    committed = model_path().read_text(encoding="utf-8")
    assert json.loads(committed)["training_sha256"] == hashlib.sha256(training.encode()).hexdigest()
    assert same_model(committed, built)


def test_two_model_files_are_the_same_model_only_when_their_numbers_agree_closely():
    model = {"threshold": 0.85, "intercept": -1.14933, "coefficients": [2.70807, -0.17266], "encoder": "m"}
    rebuilt_elsewhere = {**model, "intercept": -1.14935, "coefficients": [2.70808, -0.17267]}
    assert same_model(json.dumps(model), json.dumps(rebuilt_elsewhere))
    for changed in (
        {"coefficients": [2.70807, -0.18]},
        {"coefficients": [2.70807]},
        {"threshold": 0.8},
        {"encoder": "another"},
        {"intercept": "-1.14933"},
    ):
        assert not same_model(json.dumps(model), json.dumps({**model, **changed}))


# --- the page, the API and the command line -------------------------------------------------------------


@pytest.fixture
def staff_client(client):
    client.force_login(MembershipFactory(role="practitioner").user)
    return client


@pytest.mark.django_db
def test_the_check_page_shows_it_apart_from_the_findings_when_asked(staff_client):
    response = staff_client.post(reverse("language:check"), {"text": TEXT, "second_opinion": "on"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "1 found" in page  # the rule's finding alone counts as wording to change
    section = page[page.index('id="second-opinion-section"') :]
    assert "May be victim-blaming, please read" in section
    assert f"“{BLAMING}”" in section and RULE_FOUND not in section
    assert "never stop publishing" in section


@pytest.mark.django_db
def test_the_check_page_asks_it_by_default_and_leaves_it_out_when_unticked(staff_client):
    form = staff_client.get(reverse("language:check")).content.decode()
    assert 'name="second_opinion" type="checkbox" value="on" checked' in form
    page = staff_client.post(reverse("language:check"), {"text": BLAMING}).content.decode()
    assert "second-opinion-section" not in page and "No wording to change was found" in page


@pytest.mark.django_db
def test_the_api_gives_it_apart_and_it_never_changes_may_publish(staff_client):
    response = staff_client.post(
        "/api/v1/language/check/", {"text": BLAMING, "second_opinion": True}, content_type="application/json"
    )
    data = response.json()
    assert response.status_code == 200
    assert data["may_publish"] is True and data["findings"] == []
    assert data["second_opinion"]["kind"] == KIND and data["second_opinion"]["blocks_publishing"] is False
    assert [s["text"] for s in data["second_opinion"]["sentences"]] == [BLAMING]


@pytest.mark.django_db
def test_the_api_follows_the_setting_and_refuses_a_bad_switch(staff_client):
    url = "/api/v1/language/check/"
    off = staff_client.post(url, {"text": BLAMING}, content_type="application/json").json()
    assert off["second_opinion"] == {
        "asked": False,
        "kind": KIND,
        "blocks_publishing": False,
        "unavailable": None,
        "sentences": [],
        "clearing_threshold": 0.1,
        "cleared_findings": 0,
    }
    with override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True):
        on = staff_client.post(url, {"text": BLAMING}, content_type="application/json").json()
    assert on["second_opinion"]["asked"] and on["second_opinion"]["sentences"]
    bad = staff_client.post(
        url, {"text": BLAMING, "second_opinion": "perhaps"}, content_type="application/json"
    )
    assert bad.status_code == 400
    assert "second_opinion must be true or false" in json.dumps(bad.json())


def run_cli(*args, text=TEXT):
    out, err = io.StringIO(), io.StringIO()
    code = check_files(["-"], stdout=out, stderr=err, stdin=io.BytesIO(text.encode()), **dict(args))
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_lists_it_on_its_own_line_only_when_asked():
    code, out, _ = run_cli(("with_second_opinion", True), ("with_reading_age", False))
    assert code == 1  # the rule's finding
    assert f"<stdin>:1:{TEXT.index(BLAMING) + 1}: second opinion: {KIND}: “{BLAMING}”" in out
    assert "1 finding(s), 1 sentence(s) for a second read" in out
    _, plain, _ = run_cli(("with_reading_age", False))
    assert "second opinion" not in plain and "for a second read" not in plain


def test_the_command_line_exit_status_ignores_it():
    code, out, _ = run_cli(
        ("with_second_opinion", True), ("format", "json"), text=f"{ALSO_BLAMING} {NEUTRAL}"
    )
    data = json.loads(out)["files"][0]
    assert code == 0 and data["findings"] == []
    assert [s["text"] for s in data["second_opinion"]] == [ALSO_BLAMING]
    _, plain, _ = run_cli(("format", "json"), text=ALSO_BLAMING)
    assert "second_opinion" not in json.loads(plain)["files"][0]
