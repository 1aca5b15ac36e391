"""Does free text suggest a young person is in danger right now? Then urgent help comes first.

This is a cautious word check, not monitoring: nobody watches answers as they arrive, and the pages say so.
A false alarm only moves the help panel to the top of the confirmation page.
"""

import re
from dataclasses import dataclass

_DANGER = re.compile(
    r"\b(?:"
    r"kill\s+my\s*self|end\s+(?:it\s+all|my\s+life)|suicid\w*|want\s+to\s+die|self[\s-]?harm\w*|"
    r"hurt(?:ing)?\s+my\s*self|cut(?:ting)?\s+my\s*self|"
    r"(?:he|she|they|someone|somebody|people)\s+(?:is|are|'s|'re)?\s*(?:going\s+to|gonna|will)\s+"
    r"(?:kill|hurt|stab|shoot)\s+me|"
    r"(?:in|am\s+in)\s+danger|not\s+safe\s+(?:right\s+)?now|scared\s+to\s+go\s+home|"
    r"can'?t\s+get\s+out|being\s+held|won'?t\s+let\s+me\s+leave|owe\s+them|they'?re\s+after\s+me"
    r")\b",
    re.IGNORECASE,
)


def suggests_immediate_danger(texts) -> bool:
    return any(_DANGER.search(text or "") for text in texts)


@dataclass(frozen=True)
class Helpline:
    """One place adults can turn to, as the help panel shows it. ``tel`` is what a phone dials."""

    name: str
    what: str
    phone: str = ""
    tel: str = ""
    url: str = ""


# Help for parents, carers and community members (issue 17). Young people's help (999, Childline, Fearless)
# is in consultations/young_person_base.html; adults are sent to services for adults worried about a child.
# English only until a translator gives them in Welsh.
HELP_FOR_ADULTS = (
    Helpline("Emergency", "If a child is in danger right now, call 999.", phone="999", tel="999"),
    Helpline(
        "NSPCC Helpline",
        "Free advice for any adult worried about a child, from trained professionals.",
        phone="0808 800 5000",
        tel="08088005000",
        url="https://www.nspcc.org.uk/",
    ),
    Helpline(
        "PACE (Parents Against Child Exploitation)",
        "Support for parents and carers of children who are being, or may be, exploited.",
        url="https://paceuk.info/",
    ),
    Helpline(
        "Crimestoppers",
        "Tell them about a crime without giving your name.",
        phone="0800 555 111",
        tel="0800555111",
        url="https://crimestoppers-uk.org/",
    ),
    Helpline("Police, when it is not an emergency", "Call 101 to report a worry.", phone="101", tel="101"),
)
