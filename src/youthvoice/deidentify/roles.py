"""People named by the job they do: "Youth worker Declan took them bowling", "School Nurse Oluwaseun
Adebayo", "Social worker: Summer Pryce", "my social worker is Kerry", "Pam the dinner lady".

After a role, a capitalised word is a person's name even where it is also an everyday word ("Hope",
"Summer"), unless it goes on naming the role ("Youth Worker Team", "Social Worker Assessment").
"""

from __future__ import annotations

import re

from youthvoice.deidentify.cues import all_not_names
from youthvoice.deidentify.names import is_everyday_word, is_first_name
from youthvoice.deidentify.not_people import merged, not_people_spans, overlaps
from youthvoice.deidentify.replacer import Replacer

_ROLES = (
    r"youth\s+worker|social\s+worker|support\s+worker|key\s?worker|family\s+support\s+worker|health\s+visitor|"
    r"school\s+nurse|nurse|teacher|form\s+tutor|head\s+of\s+year|coach|mentor|advocate|foster\s+carer|"
    r"residential\s+worker|team\s+manager|case\s+manager|case\s?worker|personal\s+adviser|outreach\s+worker|"
    r"detached\s+worker|lead\s+professional|early\s+help\s+practitioner|practitioner|dinner\s+lady|"
    r"lollipop\s+lady|caretaker|receptionist|interpreter|counsellor|therapist|paediatrician|midwife"
)
# Looked for as plain substrings of the lower-cased text before the pattern runs: each role's last word.
_ROLE_WORDS = frozenset(re.split(r"\\s[+?]", role)[-1] for role in _ROLES.split("|"))
_NAME = r"[A-Z][a-zà-ÿ]+(?:['’\-][A-Za-zà-ÿ]+)*"
_ROLE_THEN_NAME = re.compile(
    # "Youth worker Declan", "Social worker: Summer Pryce", "my social worker is Kerry"; on one line
    # (a form's "Key Worker\nRisk grading:" is two fields)
    rf"(?i:\b(?:{_ROLES}))(?P<label>[^\S\n]*[:\-–][^\S\n]*)?"
    r"(?(label)|[^\S\n]+(?:(?i:is|was|called|named)[^\S\n]+)?)"
    rf"(?P<name>{_NAME}(?: {_NAME})?)(?![\w'’])"
    # "Pam the dinner lady", "Val, the school nurse,"
    rf"|(?<![\w'’\-])(?P<before>{_NAME}),? (?:the|our|my) (?i:{_ROLES})\b"
)
# Capitalised words that go on naming the role or the note, not a person.
_NOT_A_PERSON = frozenset((
    "team", "service", "services", "assessment", "report", "visit", "visits", "notes", "note", "referral",
    "meeting", "meetings", "update", "contact", "details", "name", "role", "lead", "manager", "allocation",
    "involvement", "support", "session", "sessions", "log", "record", "summary", "review", "plan", "duty",
    "availability", "workload", "email", "phone", "number", "signature", "comments", "outcome", "feedback",
    "and", "or", "to", "from", "for", "with", "at", "in", "on", "of", "the", "a", "an", "said", "says",
    "told", "asked", "has", "had", "have", "was", "is", "will", "would", "should", "could", "can", "may",
    "might", "must", "shall", "did", "does", "attended", "visited", "informed", "advised", "reported", "saw",
    "spoke", "please", "thanks", "ask", "tell", "let", "get", "ring", "call",
))  # fmt: skip


def replace_role_names(text: str, r: Replacer) -> str:
    lower = text.lower()
    if not any(word in lower for word in _ROLE_WORDS):
        return text
    things = None

    def replace(match: re.Match) -> str:
        nonlocal things
        group = "name" if match.group("name") else "before"
        words = match.group(group).split()
        while words and words[-1].lower() in _NOT_A_PERSON:
            words.pop()  # "Youth worker Declan Said" is not a surname
        if not words or words[0].lower() in _NOT_A_PERSON:
            return match.group(0)
        if len(words) == 1 and words[0].lower() in all_not_names():
            return match.group(0)  # "Youth worker Friday"; with a surname it is a name ("Summer Pryce")
        if match.group("label") and all(
            is_everyday_word(w.lower()) and not is_first_name(w.lower()) for w in words
        ):
            return match.group(0)  # a form's next field after the role's own: "Worker: Took Mum to..."
        start = match.start(group)
        end = start + len(" ".join(words))
        if things is None:
            things = merged(not_people_spans(text))
        if overlaps(things, start, end):
            return match.group(0)
        r.found["NAME"] += 1
        whole, offset = match.group(0), match.start()
        return whole[: start - offset] + "[NAME]" + whole[end - offset :]

    return r.apply(_ROLE_THEN_NAME, replace, text)
