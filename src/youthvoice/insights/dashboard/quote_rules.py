"""Which de-identified answers are never quoted, whatever the group: the rules, one function each.

The de-identifier takes out names, contacts and places that identify a person; it leaves a young person's
description of themselves ("I'm 14", "as a Black girl", "I'm in care", "I live in Eastgate"). Beside a
figure those words narrow a group to the few who match them, so a quote that describes its writer is held
back. The check is cautious on purpose: a quote wrongly held back costs one voice on one page; a quote
wrongly shown could point at a child.

Answers that raise a safeguarding concern are held back too: their response is marked at risk now
(``Response.at_risk_now``), or their words suggest danger right now (``voices.signposting``). They belong
with the safeguarding contacts, not on a page of quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from youthvoice.voices.signposting import suggests_immediate_danger

_I_AM = r"(?:i\s*'?\s*m|i\s+am|im|as\s+an?|being\s+an?|me\s+being\s+an?)"
_NUMBER_WORDS = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"twenty[\s-]?(?:one|two|three|four|five))"
)
_AGE = (
    rf"\b(?:{_I_AM}|i\s+was|when\s+i\s+was)\s+(?:only\s+|just\s+)?(?:\d{{1,2}}|{_NUMBER_WORDS})\b(?!\s*(?:%|pounds|quid|minutes|mins))"
    rf"|\b(?:\d{{1,2}}|{_NUMBER_WORDS})\s*(?:-\s*)?(?:yo|y/o|yrs?\s*old|years?\s*old|year[\s-]old)\b"
    r"|\baged?\s+\d{1,2}\b|\bin\s+year\s+(?:[7-9]|1[0-3])\b"
)
_WHO = (
    r"girl|boy|lad|lass|trans\w*|non[\s-]?binary|enby|gay|lesbian|bi|bisexual|queer|female|male|woman|man|"
    r"black|white|asian|mixed(?:[\s-]race)?|brown|muslim|sikh|hindu|jewish|christian|gypsy|traveller|roma|"
    r"polish|romanian|somali|kurdish|pakistani|bangladeshi|indian|african|caribbean|arab|refugee|"
    r"asylum\s+seeker|immigrant|care\s+leaver|young\s+carer|carer|autistic|disabled|deaf|blind|wheelchair\s+user"
)
_SELF = rf"\b{_I_AM}\s+(?:an?\s+)?(?:(?:young|little|teenage|teen|\w+ish)\s+)?(?:{_WHO})\b"
_HAVE = (
    r"\bi\s+(?:have|'ve\s+got|ve\s+got|got|am\s+diagnosed\s+with|was\s+diagnosed\s+with)\s+(?:an?\s+)?"
    r"(?:autism|adhd|add|asd|dyslexia|dyspraxia|send|sen|an?\s+ehcp|ehcp|special\s+(?:educational\s+)?needs|"
    r"learning\s+(?:disabilit|difficult)\w*|a\s+disability|disabilit\w*|epilepsy|cerebral\s+palsy)\b"
)
_CARE = (
    r"\b(?:i\s*'?\s*m|i\s+am|im|i\s+was|i\s+live|i\s+lived|been)\s+(?:in\s+)?(?:care|foster\s+care|"
    r"a\s+children'?s\s+home|supported\s+(?:housing|accommodation)|semi[\s-]independent)\b"
    r"|\bmy\s+(?:foster\s+\w+|social\s+worker|carers?|key\s*worker|placement)\b|\bcare\s+leaver\b"
)
_DESCRIBES_SELF = re.compile("|".join((_AGE, _SELF, _HAVE, _CARE)), re.IGNORECASE)
_LIVES = (
    r"\b(?:i\s+live\s+(?:in|round|near|by)|i\s*'?\s*m\s+from|im\s+from|i\s+am\s+from|"
    r"where\s+i\s+live\s*,?\s*(?:in)?|my\s+area\s*,?)\s+(?:the\s+)?"
)


def describes_writer(text: str, *, localities: Iterable[str] = ()) -> bool:
    """Whether the words describe the young person who wrote them (age, gender, ethnic group, faith, SEND,
    care, or which of the partnership's localities they live in)."""
    if _DESCRIBES_SELF.search(text or ""):
        return True
    names = [re.escape(name) for name in localities if name.strip()]
    if not names:
        return False
    return re.search(rf"{_LIVES}(?:{'|'.join(names)})\b", text or "", re.IGNORECASE) is not None


def raises_concern(text: str) -> bool:
    """Whether the words suggest a young person is in danger right now (``voices.signposting``)."""
    return suggests_immediate_danger([text or ""])


def quotable(text: str, *, at_risk_now: bool = False, localities: Iterable[str] = ()) -> bool:
    """Whether one de-identified answer may be quoted at all (the group's size is checked apart)."""
    if not (text or "").strip() or at_risk_now:
        return False
    return not raises_concern(text) and not describes_writer(text, localities=localities)
