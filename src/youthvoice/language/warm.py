"""Everything the language checker would otherwise make on first use, made once as a server process starts.

The command line checks a file or two and exits, so the checker builds its parts lazily: a rule's regular
expression the first time a text reaches a place where it may start, a context condition the first time it
is searched, the CMU dictionary read a few words at a time until it has been asked often enough to be worth
parsing whole. A server checks note after note for hours: there each of those first uses lands on some
request that happens to reach it (about 3,000 rule expressions and 300 conditions, 0.4 s of CPU in all,
spread over the first hundreds of notes), and the reading age's look-ups cost 20-50 ms a note until the
dictionary is parsed. ``warm_up`` pays for all of it at the start, as ``youthvoice.wsgi`` does for every
server process; what the checker finds does not change (the same expressions, compiled earlier).
"""

from __future__ import annotations

from dataclasses import fields


def warm_up() -> None:
    from youthvoice.core.nlp import english
    from youthvoice.language import ages, meaning, readability
    from youthvoice.language.engine import default_checker
    from youthvoice.language.patterns import ContextPattern

    checker = default_checker()
    for table in (checker.scan.by_word, checker.scan.by_prefix):
        for rules in table.values():
            for rule in rules:
                rule.regex  # noqa: B018 - compiled and kept on the rule
    for rule in checker.ruleset.rules:
        for condition in fields(rule.context):
            for pattern in getattr(rule.context, condition.name):
                pattern.twin  # noqa: B018 - compiles the pattern and its lower-case twin
    checker.scan.regex  # noqa: B018
    ages.forms()
    for module in (ages, meaning):  # the readings' own patterns and their lower-case twins
        for value in vars(module).values():
            if isinstance(value, ContextPattern):
                value.twin  # noqa: B018
    english()
    words = meaning.default_words()
    meaning.reporting_forms(words["reporting_verbs"])
    readability.PRONUNCIATIONS.load_whole()
