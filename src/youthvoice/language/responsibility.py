"""Who the sentence holds responsible: the reading that tells a protective sentence from a blaming one.

A protective case note often uses the very words a blaming one does ("she went willingly", "he held drugs",
"her missing episodes") and then says whose doing they were: "because he had been threatened", "but this
reflects the control the adults have", "coerced by the group into carrying", "driven by the people exploiting
her", "she cannot meaningfully consent". The guidance's test is where the sentence puts responsibility: on
the child (a finding) or on the adult who exploits them (correct usage). This module reads that from the
shape of the sentence, not from any one phrase: an explanation clause (a causal connective followed by an
act of control), a reframing clause (this/which + a verb of showing + control), a passive whose agent is the
adults, and a denial that the child could consent. Each reading looks only at the words after or around the
match in its own sentence, so "she chose to go because she liked the attention" stays a finding.

Used by ``meaning.conceded`` for every rule whose words can be set aside (``concession: drops``).
"""

from __future__ import annotations

import re

# What exploiting adults do to a child, and the states it leaves the child in.
CONTROL = (
    r"(?:threat\w*|threaten\w*|coerc\w*|forc(?:ed|ing)|groom\w*|exploit\w*|control\w*|manipulat\w*|"
    r"intimidat\w*|pressur\w*|blackmail\w*|duress|fear\w*|scared|frightened|afraid|terrified|debt|debts|"
    r"violence|violent|trafficked|entrap\w*|hold (?:they|the \w+|he|she) (?:have|has|had)|power over|"
    r"abus(?:e|ed|ing)|brainwash\w*|dependen\w*|addiction)"
)
# Not "because of her clothes" but "because he had been threatened", "out of fear", "under duress".
EXPLAINED_BY_CONTROL = re.compile(
    r"\b(because|as a result of|as|since|after|when|out of|for fear|through|under|due to|owing to|"
    r"in fear|in return for (?:protection|safety))\b"
    r"(?:(?!\b(?:but|and then|although|though|whereas|so|no|not|never|without|any)\b)[^.;:!?]){0,70}?\b"
    + CONTROL
    + r"\b",
    re.IGNORECASE,
)
# "..., but this reflects the control ...", "..., which shows how effectively he has groomed her".
REFRAMED = re.compile(
    r"(?:[,;]|\b(?:but|and|yet)\b)\s*(?:(?:but|and|yet)\s+)?(?:this|which|that|it|these|those|what|such)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:reflects?|reflected|shows?|showed|shown|indicates?|indicated|demonstrates?|demonstrated|"
    r"suggests?|suggested|points? to|pointed to|evidences?|illustrates?|highlights?|"
    r"(?:is|are|was|were|may be|could be|is likely to be|is itself)\s+(?:a |an |likely |clearly |itself )?"
    r"(?:sign|signs|indicator|indicators|evidence|symptom|symptoms|result|consequence|product|"
    r"part|effect|hallmark|feature|marker)s?\b|"
    r"(?:is|are|was|were)\s+(?:explained by|down to|driven by|because of|how|what))"
    r"(?:(?!\bnot\b)[^.;!?]){0,90}?\b" + CONTROL + r"\b",
    re.IGNORECASE,
)
ADULTS = (
    r"(?:(?:an?|the|these|those|his|her|their|older|adult|local|male|organised|two|three|several|some|"
    r"other|known)\s+){0,3}(?:[\w-]+\s+){0,2}?"
    r"(?:adults?|men|man|males?|perpetrators?|abusers?|offenders?|exploiters?|groomers?|gangs?|groups?|"
    r"dealers?|networks?|ocgs?|olders|elders|traffickers?|crime groups?|suspects?|criminals?|"
    r"(?:people|those|someone|others?)\s+(?:who\s+(?:\w+\s+)?(?:exploit|groom|abus|control|coerc|"
    r"threaten|target|traffick)\w*|(?:exploiting|grooming|abusing|controlling|coercing|threatening|"
    r"targeting)))\b"
)
ACTED_ON = (
    r"(?:coerced|forced|groomed|exploited|recruited|driven|pressured|pressurised|manipulated|compelled|"
    r"trafficked|targeted|used|threatened|controlled|directed|instructed|ordered|orchestrated|arranged|"
    r"organised|caused|made|sent|enticed|lured|tricked|blackmailed|persuaded|paid)"
)
# "coerced by an organised crime group into carrying", "driven by the people exploiting her".
BY_ADULTS = re.compile(r"\b" + ACTED_ON + r"\s+(?:\w+\s+){0,2}?by\s+" + ADULTS, re.IGNORECASE)
# A passive that hands the child's act on to the adults: "... into carrying", "... to sell", "and exploited".
HANDED_ON = re.compile(r"^(?:[\s\w-]{0,40}?)\b(?:into|to|and)\b[\s\w-]{0,30}$", re.IGNORECASE)
CONSENT_DENIED = re.compile(
    r"\b(?:cannot|can\s*not|can['\u2019]t|could\s*not|couldn['\u2019]t|(?:is|was|are|were)\s+(?:not\s+)?"
    r"unable\s+to|(?:is|was|are|were)\s+not\s+able\s+to|(?:is|was)\s+not\s+in\s+a\s+position\s+to)\s+"
    r"(?:\w+ly\s+)?(?:have\s+)?(?:consent\w*|give\s+(?:\w+\s+)?consent|agree\w*|choose|chose|make\s+(?:a|that)\s+choice)\b",
    re.IGNORECASE,
)
# The match is the subject of the passive: "her missing episodes are (likely) driven by ...".
PASSIVE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:is|are|was|were|has been|have been|had been|seem to be|appear to be)"
    r"(?:\s+(?:\w+ly|also|often|still|now|being))*\s*$",
    re.IGNORECASE,
)


# "As" that gives a label or names an effect, not an explanation: "described as coercion" (the writer's label
# for what the child did), "identified as the cause of the debt" (the debt is the effect of the child's act).
AS_LABEL_BEFORE = re.compile(
    r"\b(?:described|seen|viewed|regarded|identified|treated|recorded|classed|classified|labell?ed|framed|"
    r"characterised|characterized|considered|interpreted|construed|dismissed|written up|read)\s+$",
    re.IGNORECASE,
)
AS_CAUSE_AFTER = re.compile(
    r"\s*(?:(?:the|a|an|one|another)\s+)?(?:(?:main|root|real|key|direct|underlying|likely|only|primary|major)\s+)?"
    r"(?:causes?|reasons?|triggers?|drivers?|sources?)\b",
    re.IGNORECASE,
)


def explained_by_control(after: str) -> bool:
    """Whether the words after the match explain it by what the adults did ("because he had been
    threatened"); an "as" that labels ("described as coercion") or names an effect ("identified as the cause
    of the debt") explains nothing."""
    for found in EXPLAINED_BY_CONTROL.finditer(after):
        connective = found.group(1).lower()
        if connective == "as" and (
            AS_LABEL_BEFORE.search(after, 0, found.start()) or AS_CAUSE_AFTER.match(after, found.end(1))
        ):
            continue
        return True
    return False


# The adults' purpose: "the men got her drunk so that she could not resist", "the exploiters created a sense
# of loyalty so that Ryan wants to protect them": the match sits in what the adults set out to bring about.
ADULTS_PURPOSE_BEFORE = re.compile(r"^\W*" + ADULTS + r"[^.;]*\bso(?:\s+that)?\s+[^.;]*$", re.IGNORECASE)
# "..., and the adults used that to get her alone": what the child wanted, turned by the adults to their use.
USED_BY_ADULTS_AFTER = re.compile(
    r"^[^.;]*?(?:,\s*|\b)(?:and|but|which)\s+" + ADULTS + r"\s+(?:\w+\s+)?"
    r"(?:used|use|uses|exploited|exploit|exploits|took advantage of|take advantage of|played on)\s+"
    r"(?:that|this|it|her|his|their)\b",
    re.IGNORECASE,
)


def held_by_adults(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence`` puts the responsibility for the words at [start, end) on the adults who exploit
    the child: an explanation or reframing after them, a passive with the adults as agent around them, or a
    denial that the child could consent. Readings look forward from the match (or at the passive it sits
    in), so a blaming sentence that merely mentions grooming earlier on keeps its finding."""
    if CONSENT_DENIED.search(sentence):
        return True
    after = sentence[end:]
    if explained_by_control(after) or REFRAMED.search(after) or USED_BY_ADULTS_AFTER.match(after):
        return True
    if ADULTS_PURPOSE_BEFORE.match(sentence, 0, start):
        return True
    for found in BY_ADULTS.finditer(sentence):
        if found.start() <= start < found.end():
            return True  # the match is the passive itself: "has been recruited by adults"
        if found.end() <= start and HANDED_ON.match(sentence[found.end() : start]):
            return True  # "coerced by the group into carrying drugs"
        if found.start() >= end and PASSIVE_AFTER.match(sentence, end, found.start()):
            return True  # "her missing episodes are likely driven by the adults"
    return False
