"""Does free text suggest a young person is in danger right now? Then urgent help comes first.

This is a cautious word check, not monitoring: nobody watches answers as they arrive, and the pages say so.
A false alarm only moves the help panel to the top of the confirmation page.
"""

import re

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
