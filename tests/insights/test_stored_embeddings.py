"""Answers' vectors are kept between runs: a run asked for again, or redelivered after its worker was lost,
embeds only what it has not embedded before, and a vector goes with its answer."""

import hashlib

import numpy as np
import pytest

from tests.insights.factories import CodebookFactory, ThemeFactory, consultation_with_answers, member
from youthvoice.insights.coding.services import coding_set
from youthvoice.insights.models import AnswerEmbedding, ThemeSuggestionRun
from youthvoice.insights.suggestions import suggest_meaning
from youthvoice.insights.suggestions.services import coding_assist_start, suggestion_run_start
from youthvoice.insights.suggestions.stored_embeddings import STORE_EVERY, StoredEncoder
from youthvoice.insights.suggestions.vocabulary import MeaningWriter
from youthvoice.voices.models import Answer

pytestmark = pytest.mark.django_db


def vector_for(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
    vector = np.random.default_rng(seed).normal(size=8).astype(np.float32)
    return vector / np.linalg.norm(vector)


class CountingModel:
    """A sentence model that remembers every text it was asked to embed."""

    model_name = "test/counting-model"

    def __init__(self, fail_after: int | None = None) -> None:
        self.seen: list[str] = []
        self.fail_after = fail_after

    def encode(self, texts, *, progress=None, batch_size=64):
        if self.fail_after is not None and len(self.seen) >= self.fail_after:
            raise RuntimeError("the worker was lost")
        self.seen.extend(texts)
        return np.stack([vector_for(t) for t in texts]) if texts else np.zeros((0, 8), np.float32)


@pytest.fixture
def answers():
    consultation, _ = consultation_with_answers(themes=3, per_theme=12, seed=3)
    return consultation, list(
        Answer.objects.filter(response__consultation=consultation).values_list("pk", "text")
    )


def test_a_second_encoding_reads_every_answer_back_and_gives_the_same_vectors(answers):
    _, pairs = answers
    texts = MeaningWriter({}).many([text for _, text in pairs])
    first_model, second_model = CountingModel(), CountingModel()
    first = StoredEncoder(first_model.encode, pairs, writer=MeaningWriter({})).encode(texts)
    second = StoredEncoder(second_model.encode, pairs, writer=MeaningWriter({})).encode(texts)
    assert len(first_model.seen) == len(set(texts)) and second_model.seen == []
    assert np.array_equal(first, second) and np.array_equal(first, np.stack([vector_for(t) for t in texts]))
    assert AnswerEmbedding.objects.filter(model=CountingModel.model_name).count() == len(pairs)


def test_a_changed_text_is_embedded_again_and_a_deleted_answer_takes_its_vector(answers):
    _, pairs = answers
    StoredEncoder(CountingModel().encode, pairs, writer=MeaningWriter({})).encode([t for _, t in pairs])
    changed_id = pairs[0][0]
    Answer.objects.filter(pk=changed_id).update(text="somewhere new entirely")
    pairs[0] = (changed_id, "somewhere new entirely")
    model = CountingModel()
    StoredEncoder(model.encode, pairs, writer=MeaningWriter({})).encode([t for _, t in pairs])
    assert model.seen == ["somewhere new entirely"]
    stored = AnswerEmbedding.objects.get(answer_id=changed_id)
    assert np.array_equal(np.frombuffer(stored.vector, dtype="<f4"), vector_for("somewhere new entirely"))
    Answer.objects.filter(pk=changed_id).delete()
    assert not AnswerEmbedding.objects.filter(answer_id=changed_id).exists()


def test_texts_that_are_no_answer_are_embedded_but_never_stored(answers):
    _, pairs = answers
    model = CountingModel()
    encode = StoredEncoder(model.encode, pairs, writer=MeaningWriter({})).encode
    encode(["Places: where young people feel unsafe"])
    encode(["Places: where young people feel unsafe"])
    assert model.seen == ["Places: where young people feel unsafe"] * 2
    assert not AnswerEmbedding.objects.exists()


def test_a_model_without_a_name_is_used_as_it_is_and_nothing_is_stored(answers):
    _, pairs = answers
    seen = []

    def encode(texts, progress=None):
        seen.extend(texts)
        return np.stack([vector_for(t) for t in texts])

    texts = [t for _, t in pairs]
    assert np.array_equal(
        StoredEncoder(encode, pairs).encode(texts), np.stack([vector_for(t) for t in texts])
    )
    assert seen == texts and not AnswerEmbedding.objects.exists()


def test_an_encoding_cut_short_keeps_what_it_made_and_the_next_one_carries_on(answers):
    consultation, _ = answers
    extra, _ = consultation_with_answers(themes=3, per_theme=100, seed=5)
    pairs = list(Answer.objects.filter(response__consultation=extra).values_list("pk", "text"))
    texts = sorted(set(MeaningWriter({}).many([t for _, t in pairs])))
    assert len(texts) > 2 * STORE_EVERY
    lost = CountingModel(fail_after=2 * STORE_EVERY)
    with pytest.raises(RuntimeError):
        StoredEncoder(lost.encode, pairs, writer=MeaningWriter({})).encode(texts)
    model = CountingModel()
    vectors = StoredEncoder(model.encode, pairs, writer=MeaningWriter({})).encode(texts)
    assert len(model.seen) == len(texts) - 2 * STORE_EVERY
    assert not set(model.seen) & set(lost.seen)
    assert np.array_equal(vectors, np.stack([vector_for(t) for t in texts]))


def test_asking_again_and_then_assisted_coding_embed_no_answer_twice(
    answers, monkeypatch, django_capture_on_commit_callbacks
):
    consultation, pairs = answers
    model = CountingModel()
    monkeypatch.setattr(suggest_meaning, "themes_encode", lambda: model.encode)
    analyst = member("analyst", consultation.partnership)
    runs = []
    for n_themes in (3, 4):
        with django_capture_on_commit_callbacks(execute=True):
            runs.append(
                suggestion_run_start(
                    partnership=consultation.partnership,
                    user=analyst,
                    consultation=consultation,
                    n_themes=n_themes,
                )
            )
    assert [ThemeSuggestionRun.objects.get(pk=run.pk).status for run in runs] == ["finished", "finished"]
    embedded_by_suggestions = len(model.seen)
    assert embedded_by_suggestions == len({text for _, text in pairs})  # the second run embedded nothing

    codebook = CodebookFactory(partnership=consultation.partnership, name="Themes")
    one, two = ThemeFactory(codebook=codebook, name="Buses"), ThemeFactory(codebook=codebook, name="Parks")
    answer_rows = list(Answer.objects.filter(response__consultation=consultation).order_by("pk"))
    for answer, theme in zip(answer_rows[:6], [one, one, one, two, two, two], strict=True):
        coding_set(answer=answer, themes=[theme], user=analyst)
    with django_capture_on_commit_callbacks(execute=True):
        run = coding_assist_start(
            partnership=consultation.partnership, user=analyst, consultation=consultation
        )
    assert ThemeSuggestionRun.objects.get(pk=run.pk).status == "finished"
    # Only the codebook's two themes were embedded: every answer's vector was read back.
    assert sorted(model.seen[embedded_by_suggestions:]) == sorted(
        f"{theme.name}: {theme.description}".strip(": ") for theme in (one, two)
    )
