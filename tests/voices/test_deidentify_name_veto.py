"""The de-identifier records which step made each removal, and its learned name veto puts back a NAME removal
the model scores as no identifier: only for the steps the training data says go wrong, never a listed name,
a word that is not everyday English or another kind of removal, and only when the setting asks for it.
Models are written here so that a test cannot pass because the committed weights happen to score a word."""

import hashlib
import json
from pathlib import Path

import pytest
from django.utils import timezone

from tests.voices.test_import import GOOD, consultation, upload  # noqa: F401 (fixture)
from tests.voices.test_relayed import practitioner  # noqa: F401 (fixture)
from youthvoice.deidentify import name_veto
from youthvoice.deidentify.engine import deidentified, deidentify, removal_segments
from youthvoice.deidentify.name_veto import NameVeto, NameVetoError, bucket, model_from_text
from youthvoice.deidentify.name_veto_training import (
    DEVELOPMENT_SETS,
    TRAINING_FOLDER,
    build,
    same_weights,
    training_sets,
)
from youthvoice.voices.models import Answer, Response

ROOT = Path(__file__).resolve().parents[2]
STEPS = frozenset({"actor_names", "find_names"})


def model(weights: dict[str, float] | None = None, intercept: float = 3.0, steps=STEPS) -> NameVeto:
    """A veto that scores every removal an identifier (p = 0.95) except by the words given low weights."""
    return NameVeto(
        weights={bucket(feature): weight for feature, weight in (weights or {}).items()},
        intercept=intercept,
        threshold=0.10,
        vetoable_steps=frozenset(steps),
    )


# Every removal of the steps it judges put back; a phone number's step among them, which it must not touch.
PUT_EVERYTHING_BACK = model(intercept=-20.0, steps={"actor_names", "find_names", "phone"})


@pytest.fixture
def veto(monkeypatch):
    def use(chosen: NameVeto) -> None:
        monkeypatch.setattr(name_veto, "default_model", lambda: chosen)

    return use


def kinds_and_steps(text: str, **options) -> list[tuple[str, str]]:
    result = deidentify(text, name_veto=False, **options)
    assert len(result.steps) == len(result.spans)
    return [(kind, step) for (_, _, kind), step in zip(result.spans, result.steps, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "email me at kai99@example.com or see www.example.com, @kai_99 on snap, call 07700 900123",
            [("EMAIL", "email"), ("URL", "url"), ("HANDLE", "at_handle"), ("PHONE", "phone")],
        ),
        (
            "she lives at 14 Acacia Avenue, LS6 2AB and goes to Oakfield Academy, born 3rd May 2010",
            [
                ("ADDRESS", "address"),
                ("POSTCODE", "postcode"),
                ("SCHOOL", "schools"),
                ("DATE_OF_BIRTH", "date_of_birth"),
            ],
        ),
        ("I spoke to Mrs Bishop about it", [("NAME", "title_names")]),
        ("my name is Bishop and Faith told me", [("NAME", "context_names"), ("NAME", "actor_names")]),
        ("I went to the shops with Darnell yesterday", [("NAME", "find_names")]),
    ],
)
def test_each_removal_records_the_step_that_made_it(text, expected):
    assert kinds_and_steps(text, school_names=("Oakfield Academy",)) == expected


def test_the_veto_puts_back_a_removal_it_scores_low_and_keeps_one_it_scores_high(veto):
    text = "Will told Rose to wait by the shops"
    assert deidentify(text, name_veto=False).text == "[NAME] told [NAME] to wait by the shops"
    veto(model({"h:w=will": -20.0}))
    result = deidentify(text, name_veto=True)
    assert result.text == "Will told [NAME] to wait by the shops"
    assert [text[s:e] for s, e, _ in result.spans] == ["Rose"]
    assert result.steps == ("actor_names",) and result.found["NAME"] == 1


def test_a_line_whose_only_removals_are_put_back_comes_back_exactly_as_written(veto):
    text = "Rose  said\u200b the bus was late"  # an invisible character too: the line is left as it came
    veto(PUT_EVERYTHING_BACK)
    result = deidentify(text, name_veto=True)
    assert result.text == text and not result.spans and not result.changed


def test_where_the_veto_scores_every_removal_an_identifier_the_output_is_the_products(veto):
    veto(model(intercept=20.0))
    for text in ("Will told Rose to wait", "Zorbin Quayle rang 07700 900456 about it", "nothing to take"):
        assert deidentify(text, name_veto=True) == deidentify(text, name_veto=False)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("I spoke to Mrs Bishop about it", "a name after a title: a step the training data shows is right"),
        ("Jack said the bus was late", "on the list of names that are names wherever they stand"),
        ("Kacper said the bus was late", "not an everyday word: a name"),
        ("Rose rang me on 07700 900456", "a phone number: only names are ever put back"),
    ],
)
def test_guardrails_keep_a_removal_the_model_would_put_back(veto, text, why):
    veto(PUT_EVERYTHING_BACK)
    before = deidentify(text, name_veto=False)
    after = deidentify(text, name_veto=True)
    kept = {(s, e, kind) for s, e, kind in after.spans}
    protected = [span for span in before.spans if text[span[0] : span[1]] not in ("Rose",)]
    assert protected and all(span in kept for span in protected), why
    # ...while the same model does put back an everyday word taken by a vetoable step (not vacuous)
    assert deidentify("Rose said the bus was late", name_veto=True).text == "Rose said the bus was late"


def test_the_setting_switches_the_veto_for_every_write_path(veto, settings):
    veto(PUT_EVERYTHING_BACK)
    text = "Rose said the bus was late"
    settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO = True
    assert deidentified(text) == text
    settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO = False
    assert deidentified(text) == "[NAME] said the bus was late"


def test_the_veto_is_off_unless_switched_on():
    from django.conf import settings as django_settings

    assert name_veto.DEFAULT_ON is False and django_settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO is False


def test_a_put_back_word_is_not_highlighted_as_removed(veto, settings):
    text = "Rose rang me on 07700 900456"
    settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO = False
    assert ("Rose", "name") in removal_segments(text, deidentify(text))
    veto(PUT_EVERYTHING_BACK)
    settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO = True
    segments = removal_segments(text, deidentify(text))
    assert [label for _, label in segments if label] == ["phone number"]
    assert "".join(piece for piece, _ in segments) == text


@pytest.mark.django_db
def test_the_relayed_voice_preview_highlights_only_what_is_still_removed(
    client,
    practitioner,  # noqa: F811
    veto,
    settings,
):
    def preview() -> str:
        data = {
            "text": "Rose rang me on 07700 900456",
            "shared_on": timezone.localdate().isoformat(),
            "consent_basis": "young_person_agreed",
            "action": "preview",
        }
        return client.post("/staff/voices/relayed/new/", data).content.decode()

    assert '<mark class="yv-removed">Rose' in preview()
    veto(PUT_EVERYTHING_BACK)
    settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO = True
    page = preview()
    assert '<mark class="yv-removed">07700 900456' in page
    assert '<mark class="yv-removed">Rose' not in page and "Rose rang me on" in page
    assert not Response.objects.exists()


@pytest.mark.django_db
def test_the_import_preview_highlights_only_what_is_still_removed(
    signed_in,
    client,
    consultation,  # noqa: F811
    veto,
    settings,
):
    signed_in("analyst", consultation.partnership)

    def preview() -> str:
        upload(client, consultation, GOOD.replace("Jay Smith", "Rose").encode())
        return client.post(
            "/staff/voices/import/map/", {"column-0": "safe-where", "column-1": "not-a-target"}
        ).content.decode()

    assert '<mark class="yv-removed">Rose' in preview()
    veto(PUT_EVERYTHING_BACK)
    settings.YOUTHVOICE_DEIDENTIFY_NAME_VETO = True
    page = preview()
    assert '<mark class="yv-removed">07700 900456' in page
    assert '<mark class="yv-removed">Rose' not in page
    assert not Answer.objects.exists()


def _write_set(path: Path, lines: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Lines of (text, [(labelled words, type)]) as the evaluation sets' JSONL."""
    rows = []
    for text, labelled in lines:
        spans = [
            {"start": text.index(w), "end": text.index(w) + len(w), "type": kind} for w, kind in labelled
        ]
        rows.append(json.dumps({"text": text, "spans": spans}))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_the_build_is_deterministic_and_takes_every_training_only_set(tmp_path):
    _write_set(
        tmp_path / "dev.jsonl",
        [
            ("Kacper said the bus was late", [("Kacper", "NAME")]),
            ("I went to the shops with Darnell yesterday", [("Darnell", "NAME")]),
            ("Rose said the bus was late", []),
        ],
    )
    _write_set(
        tmp_path / TRAINING_FOLDER / "set_z" / "set_z.jsonl",
        [("Grace said the bus was late", []), ("Zorbin Quayle rang me", [("Zorbin Quayle", "NAME")])],
    )
    sets = ["dev.jsonl", *training_sets(tmp_path)[len(DEVELOPMENT_SETS) :]]
    assert sets == ["dev.jsonl", f"{TRAINING_FOLDER}/set_z/set_z.jsonl"]
    first, second = build(root=tmp_path, sets=sets), build(root=tmp_path, sets=sets)
    assert first == second
    built = json.loads(first)
    assert built["trained_on"] == sets and built["removals"] == {
        "all": 5,
        "wrong": 2,
        "by_step": {"actor_names": {"removals": 3, "wrong": 2}, "find_names": {"removals": 2, "wrong": 0}},
    }
    assert built["vetoable_steps"] == []  # two wrong removals are too few to learn a step from
    loaded = model_from_text(first)
    assert loaded.trained_on == tuple(sets) and loaded.weights


def test_the_build_refuses_to_run_without_a_set(tmp_path):
    with pytest.raises(ValueError, match="missing"):
        build(root=tmp_path, sets=["evaluation/deidentify/set_a.jsonl"])


def test_a_broken_weights_file_is_refused_with_a_clear_message():
    with pytest.raises(NameVetoError, match="cannot be read"):
        model_from_text("{}")
    good = json.loads(name_veto.weights_path().read_text("utf-8"))
    with pytest.raises(NameVetoError, match="feature buckets"):
        model_from_text(json.dumps({**good, "feature_buckets": 16}))


def test_the_committed_weights_load_and_name_the_sets_they_were_trained_on():
    name_veto.default_model.cache_clear()
    loaded = name_veto.default_model()
    assert loaded is name_veto.default_model()  # loaded once
    assert loaded.trained_on == tuple(training_sets(ROOT))
    assert set(DEVELOPMENT_SETS) < set(loaded.trained_on)
    assert any(name.startswith(TRAINING_FOLDER) for name in loaded.trained_on)
    committed = json.loads(name_veto.weights_path().read_text("utf-8"))
    for name, digest in committed["sets_sha256"].items():
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, f"{name} changed: rebuild"
    assert loaded.vetoable_steps and loaded.vetoable_steps <= set(committed["removals"]["by_step"])
    assert 0 < loaded.threshold < 1 and loaded.weights


def test_the_committed_weights_are_rebuilt_from_the_sets():
    assert same_weights(name_veto.weights_path().read_text("utf-8"), build())


def test_two_weights_files_are_the_same_veto_only_when_their_weights_agree_closely():
    committed = json.loads(name_veto.weights_path().read_text("utf-8"))
    key = next(iter(committed["weights"]))
    noisy = {**committed, "weights": {**committed["weights"], key: committed["weights"][key] + 0.0001}}
    assert same_weights(json.dumps(committed), json.dumps(noisy))
    changed = {**committed, "weights": {**committed["weights"], key: committed["weights"][key] + 0.1}}
    assert not same_weights(json.dumps(committed), json.dumps(changed))
    assert not same_weights(
        json.dumps(committed), json.dumps({**committed, "vetoable_steps": ["title_names"]})
    )
