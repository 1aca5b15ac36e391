#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
set_ac -- an independent, hand-written evaluation set for a de-identifier of
text written by or about young people in UK child-safeguarding work.

Written 2026-12-07 by an independent helper who saw nothing of the tool, its
code, its repository or any other evaluation set.  Python 3 standard library
only.

Every record is written out by hand below as (style, text).  Identifiers are
marked inline as {TYPE|value}.  Nothing is generated, templated or substituted.

    python3 build.py           check everything, then write set_ac.jsonl and
                               README_set_ac.md (nothing is written if any
                               check fails)
    python3 build.py --check   only check
"""

import sys
import os
import re
import json
import random
import datetime
from collections import Counter, OrderedDict

YP = "young_person"
PR = "practitioner"
STYLES = (YP, PR)

TYPES = (
    "NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE",
    "URL", "NHS_NUMBER", "DATE_OF_BIRTH",
)
MIN_SPANS = {t: 8 for t in TYPES}
MIN_SPANS["NAME"] = 330
MIN_RECORDS = 300
CLEAN_SHARE = (0.32, 0.40)
STYLE_SHARE = (0.45, 0.55)
SEED = 20261207
ZWSP = "\u200b"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_ac.jsonl")
OUT_README = os.path.join(HERE, "README_set_ac.md")

TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "dc", "pc", "ds", "di", "dci",
    "dsi", "sgt", "insp", "prof", "cllr", "sir", "dame", "rev", "fr",
    "sister", "nurse", "coach",
}
KINSHIP = {
    "mum", "mam", "mom", "mummy", "mammy", "ma", "dad", "da", "daddy",
    "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
    "grandpa", "grandmother", "grandfather", "uncle", "unc", "aunt",
    "auntie", "aunty", "cousin", "cuz", "bro", "brother", "sis", "stepdad",
    "stepmum", "step-dad", "step-mum", "son", "daughter", "wife", "husband",
    "apa", "bhai", "baji", "chi", "anh", "em", "abuela", "babcia", "dziadek",
    "teta", "khala", "chacha",
}

RECORDS = []


# ---------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------

MARK_RE = re.compile(r"\{([A-Za-z_]+)\|([^{}|]*)\}")


def parse(marked):
    """Return (plain_text, [(start, end, type, value)], [errors])."""
    errors = []
    pieces = []
    spans = []
    length = 0
    pos = 0
    for m in MARK_RE.finditer(marked):
        between = marked[pos:m.start()]
        for ch in "{}|":
            if ch in between:
                errors.append("stray %r outside a marker near %r" % (ch, between[-40:]))
        pieces.append(between)
        length += len(between)
        typ, value = m.group(1), m.group(2)
        if typ not in TYPES:
            errors.append("unknown type %r" % typ)
        if value == "":
            errors.append("empty marker of type %s" % typ)
        spans.append((length, length + len(value), typ, value))
        pieces.append(value)
        length += len(value)
        pos = m.end()
    tail = marked[pos:]
    for ch in "{}|":
        if ch in tail:
            errors.append("stray %r outside a marker near %r" % (ch, tail[:40]))
    pieces.append(tail)
    return "".join(pieces), spans, errors


# ---------------------------------------------------------------------------
# validity of individual identifier types
# ---------------------------------------------------------------------------

WORD_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
PHONE_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01614960")


def phone_digits(value):
    s = value.replace(ZWSP, "").lower()
    plus = s.lstrip().startswith("+")
    digits = ""
    mult = 1
    for tok in re.findall(r"[a-z]+|\d", s):
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        if tok in WORD_DIGITS:
            ds = WORD_DIGITS[tok]
        elif tok.isdigit():
            ds = tok
        elif set(tok) <= set("ol"):
            ds = "".join("0" if c == "o" else "1" for c in tok)
        else:
            return None
        digits += ds[0] * mult + ds[1:]
        mult = 1
    if mult != 1:
        return None
    if plus:
        if not digits.startswith("44"):
            return None
        digits = digits[2:]
        if not digits.startswith("0"):
            digits = "0" + digits
    return digits


def phone_ok(value):
    d = phone_digits(value)
    if d is None or len(d) != 11:
        return False
    return d[:8] in PHONE_PREFIXES


def email_normal(value):
    s = value.lower()
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    return s


def email_ok(value):
    s = email_normal(value)
    return re.fullmatch(r"[a-z0-9._+\-]+@([a-z0-9\-]+\.)*example\.(com|org|net)", s) is not None


def url_ok(value):
    return re.fullmatch(
        r"(https?://)?([a-z0-9\-]+\.)*example\.(com|org|net)(/[A-Za-z0-9_\-./?=&%~+]*)?",
        value, re.I) is not None


POSTCODE_RE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"


def postcode_ok(value):
    return re.fullmatch(POSTCODE_RE, value.upper()) is not None


def nhs_ok(value):
    d = re.sub(r"[ \-]", "", value)
    if not re.fullmatch(r"\d{10}", d) or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(d[9])


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7,
    "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}


def dob_parse(value):
    s = value.lower().strip()
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\bof\b", " ", s)
    s = s.replace(",", " ")
    s = re.sub(r"\s+", " ", s).strip()
    y = mo = d = None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = m or None
    if y is None:
        m = re.fullmatch(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})", s)
        if m:
            d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    if y is None:
        m = re.fullmatch(r"(\d{1,2})[ \-]([a-z]+)[ \-](\d{4}|\d{2})", s)
        if m and m.group(2) in MONTHS:
            d, mo, y = int(m.group(1)), MONTHS[m.group(2)], m.group(3)
    if y is None:
        m = re.fullmatch(r"([a-z]+) (\d{1,2}) (\d{4}|\d{2})", s)
        if m and m.group(1) in MONTHS:
            mo, d, y = MONTHS[m.group(1)], int(m.group(2)), m.group(3)
    if y is None:
        return None
    if isinstance(y, str):
        y = int(y) + (2000 if len(y) == 2 and int(y) <= 26 else (1900 if len(y) == 2 else 0))
    try:
        date = datetime.date(y, mo, d)
    except ValueError:
        return None
    if not (1940 <= date.year <= 2026):
        return None
    return date


VALIDATORS = {
    "PHONE": phone_ok,
    "EMAIL": email_ok,
    "URL": url_ok,
    "POSTCODE": postcode_ok,
    "NHS_NUMBER": nhs_ok,
    "DATE_OF_BIRTH": lambda v: dob_parse(v) is not None,
}


# ---------------------------------------------------------------------------
# per-record checks
# ---------------------------------------------------------------------------

def is_word_char(c):
    return c.isalnum() or c == "_"


def name_parts(value):
    return [p for p in re.split(r"[\s\-]+", value) if sum(ch.isalnum() for ch in p) >= 1]


def check_record(idx, style, marked):
    errs = []
    text, spans, perr = parse(marked)
    errs.extend(perr)
    if style not in STYLES:
        errs.append("bad style %r" % style)
    if text != text.strip():
        errs.append("text has leading/trailing whitespace")
    # overlap (cannot happen with flat markers, checked anyway)
    last_end = -1
    for (s, e, t, v) in sorted(spans):
        if s < last_end:
            errs.append("overlapping spans at %d" % s)
        last_end = max(last_end, e)
    for (s, e, t, v) in spans:
        if text[s:e] != v:
            errs.append("offset mismatch for %r" % v)
        first, last = v[0], v[-1]
        ok_first = first.isalnum() or (t == "HANDLE" and first == "@") or (t == "PHONE" and first in "+(")
        ok_last = last.isalnum() or (t == "HANDLE" and last == "_")
        if not ok_first:
            errs.append("span %r starts with space/punctuation" % v)
        if not ok_last:
            errs.append("span %r ends with space/punctuation" % v)
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else ""
        if before and is_word_char(before):
            errs.append("span %r does not start on a word boundary" % v)
        if after and is_word_char(after):
            nxt = text[e + 1] if e + 1 < len(text) else ""
            if not (t == "NAME" and after in "sS" and not (nxt and is_word_char(nxt))):
                errs.append("span %r does not end on a word boundary" % v)
        if t == "NAME":
            tok = re.split(r"[\s.]+", v.lower())[0]
            if tok in TITLES or tok in KINSHIP:
                errs.append("NAME %r starts with a title or kinship word" % v)
            if re.search(r"['\u2019]s$", v, re.I):
                errs.append("NAME %r includes possessive 's" % v)
        if t in VALIDATORS and not VALIDATORS[t](v):
            errs.append("%s %r fails validity check" % (t, v))
    # unmarked remainder
    chars = list(text)
    for (s, e, t, v) in spans:
        for k in range(s, e):
            chars[k] = " "
    rem = "".join(chars)
    for (s, e, t, v) in spans:
        probes = [v]
        if t == "NAME":
            probes += name_parts(v)
        uniq = []
        for p in probes:
            if p.lower() not in [u.lower() for u in uniq]:
                uniq.append(p)
        for p in uniq:
            if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", rem, re.I):
                errs.append("%s %r (or part %r) appears again unmarked" % (t, v, p))
    if "@" in rem:
        errs.append("unmarked '@'")
    if re.search(r"example\s*(\.|\(dot\)|\[dot\]|\s+dot\s+)\s*(com|org|net)", rem, re.I):
        errs.append("unmarked example.* host")
    if re.search(r"http|www", rem, re.I):
        errs.append("unmarked http/www")
    if re.search(r"\d(?:[ \-]?\d){8,}", rem):
        errs.append("unmarked run of 9+ digits")
    if re.search(r"(?<![A-Za-z0-9])" + POSTCODE_RE + r"(?![A-Za-z0-9])", rem, re.I):
        errs.append("unmarked postcode-shaped string")
    if re.search(r"#\d{4}", rem):
        errs.append("unmarked #1234 tag")
    if ZWSP in rem:
        errs.append("unmarked zero-width space")
    return text, spans, ["record %d (%s...): %s" % (idx, marked[:50], e) for e in errs]


# ---------------------------------------------------------------------------
# RECORDS -- young people, with identifiers (batch 1)
# ---------------------------------------------------------------------------

RECORDS += [
    (YP, "the park by the coop after dark theres older lads from {NAME|Big Marv} crew that hang about n they ask u to hold stuff. dont go there no more"),
    (YP, "my nan helped me and miss {NAME|okafor} from school she listened when no one else did"),
    (YP, "NOWHERE IS SAFE ROUND MINE TBH. {NAME|JAYDEN}S COUSIN KEEPS MESSAGING ME ON SNAP FROM DIFFERENT ACCOUNTS"),
    (YP, "the bus stance at night is pure mingin, wee guys fae the scheme hingin aboot. {NAME|Ruairidh} an {NAME|Eilidh} walk us hame noo so am awright"),
    (YP, "walking back from the leisure centre in the dark, the lane by the chapel. {NAME|Cerys} and her mam come and get me now which is tidy"),
    (YP, "who helped me - my youth worker {NAME|Dev} and the lady at the pharmacy. {NAME|dev} is sound"),
    (YP, "some1 called {HANDLE|@trapqueen.kxy} keeps adding me and asking for pics. i blocked but they made new acc"),
    (YP, "{NAME|Hodan} and {NAME|Abdirahman} from the mosque youth club helped me when i got jumped near the shops on the parade"),
    (YP, "feel unsafe at home when my stepdad {NAME|Lee} has been drinking. he shouts at mum and i go to my room with headphones on"),
    (YP, "down the entry behind the chippy, wee hoods from the estate wreckin bout. {NAME|Caoimhe} lets me stay at hers when its bad"),
    (YP, "if any1 needs help message me on {PHONE|O77OO 9OO 482} im {NAME|shan}"),
    (YP, "{NAME|Precious} helped me more than anyone she is like a big sister to me"),
    (YP, "i hope someone reads this. the lads at the skatepark took my phone and {NAME|kai} said if i snitch hes gonna find me"),
    (YP, "at {SCHOOL|Brackenfield Academy} the toilets on the top floor is where people vape n fight, teachers never check"),
    (YP, "{NAME|Wiktoria} from my class and her mum helped me with my english and with reporting it, they are polish like me. before that i felt alone"),
    (YP, "{NAME|lil dre} and them lot run the bit by the flats, if ur not from there u get rushed"),
    (YP, "after school at {SCHOOL|St Bede's} the year 11s wait at the gates for the younger ones"),
    (YP, "NO ONE HELPED ME. I TOLD MISS {NAME|HARGREAVES} AND SHE SAID IGNORE IT"),
    (YP, "chi {NAME|Linh} from the nail shop lets me sit in the back when the boys are outside"),
    (YP, "the youth club on a tuesday is the only place i feel safe coz {NAME|Faith} runs it and she dont take no nonsense"),
    (YP, "me and {NAME|Tyreese} got followed home from the train station by a car, man in it was asking how old we are"),
    (YP, "my cousin {NAME|Florin} and my uncle look after me. people at school call us names because we are roma"),
    (YP, "discord is where it happens, theres a guy {HANDLE|nightcrawler#4471} who sends links to everyone in the server"),
    (YP, "{NAME|Yousef} translated for me at the police station, he is my brothers friend"),
    (YP, "doon the metro at neet is proper sketchy man, {NAME|Kyle} and that lot are always there howay"),
    (YP, "i dont feel safe nowhere but my room. {NAME|Blessing} is my best friend she knows everything"),
    (YP, "my social worker {NAME|Siobhán} is the only 1 who listened"),
    (YP, "round the back of the bus station lads ask you to run bits. {NAME|Kai-Leigh} told me not to go wiv them"),
    (YP, "u can email me if u want more info {EMAIL|skyeb2011 at example dot com}"),
    (YP, "BUS STOP BY TESCO IN THE VALLEYS, OLDER BOYS FROM {NAME|DAFYDD}S GANG THROW STUFF AT US"),
    (YP, "i live at {ADDRESS|flat 9 Harcourt House} and the stairs smell of weed and theres needles sometimes"),
    (YP, "the alleyway by me nans on {ADDRESS|Tansley Street}, some fella called {NAME|Macca} tried givin me a lift"),
    (YP, "{NAME|mark} from the boxing gym helped me when i was getting bullied"),
    (YP, "anything else: pls dont tell my dad i wrote this. {NAME|Aaliyah}"),
    (YP, "a girl on tiktok called {HANDLE|@lil.tiaa_} made a vid about me and everyone shared it"),
    (YP, "who helped - {NAME|Grace} at the youth centre, and the childline website"),
    (YP, "{NAME|Chiamaka} and {NAME|Tobi} walk with me from the bus coz of the boys at the chicken shop"),
    (YP, "{NAME|Zainab} apa helps me with everything, she came to the meeting with me"),
    (YP, "the Asda car park at night. boys in cars pull up. one is called {NAME|Deano} i think"),
    (YP, "im in care at {ADDRESS|Willowmere House} and the staff are ok but a girl there {NAME|Shannon} bullies me"),
    (YP, "felt unsafe on the way to {SCHOOL|Kingsmead High} coz a man kept following me. told Mr {NAME|Obi} and he rang my mum"),
    (YP, "me n {NAME|summer} got chased by sum lads from the other estate"),
    (YP, "{NAME|Destiny} got took in a car and came back 2 days later, nobody did nothing"),
    (YP, "my mums number is {PHONE|oh seven seven double oh nine double oh three one five} if u need her"),
    (YP, "man like {NAME|Shaq} is always lurking by the cage, he got the young ones shottin"),
    (YP, "i feel unsafe at my dads, his girlfriend {NAME|Kerry-Anne} hits me when he is at work"),
    (YP, "{NAME|Rahim} bhai at the shop lets me wait inside when the boys are there"),
    (YP, "the lady from CAMHS {NAME|Niamh} was nice but i only saw her twice"),
    (YP, "{NAME|Seonag} an {NAME|Calum} fae the youth club are the only folk a trust"),
    (YP, "{NAME|JOY} IS MY BESTIE SHE ALWAYS HAS MY BACK"),
]


# ---------------------------------------------------------------------------
# RECORDS -- practitioners, with identifiers (batch 2)
# ---------------------------------------------------------------------------

RECORDS += [
    (PR, "Strategy meeting 14/01/2026. Present: {NAME|KM} (Chair, CSC), DS {NAME|Ahmed} (Police), {NAME|RL} (School DSL), {NAME|TP} (Health). {NAME|Ellie-May} (DOB {DATE_OF_BIRTH|03/09/2011}) was reported missing overnight on 11/01/2026 and located in Walsall with an adult male known as '{NAME|Smokey}'. Agreed to proceed to s47 enquiries."),
    (PR, "Hi {NAME|Gemma},\nJust a quick one re {NAME|Kacper} – he didn't attend the PRU today and Mum isn't answering. Could you try the number we have for Dad ({PHONE|07700 900731})?\nThanks, {NAME|Rob}"),
    (PR, "02/02/2026 – Call from {NAME|Anita Sharma} (maternal grandmother) reporting {NAME|Jaylen} had not returned home from school. 03/02/2026 – {NAME|Jaylen} returned at 06:40, disclosed staying at a flat on the {ADDRESS|Hollins Park estate} with an older male he would only call '{NAME|T}'."),
    (PR, "PC {NAME|Wójcik} attended {ADDRESS|27 Fernlea Road}, {POSTCODE|LS8 4QT}, following a 999 call from a neighbour. Child present: {NAME|Amelia Kowalczyk}, DOB {DATE_OF_BIRTH|22.06.2014}. Mother's partner {NAME|Darren Price} arrested for common assault and taken to custody."),
    (PR, "ED attendance 19/02/2026, Royal Infirmary, Ward 4 overnight. Patient: {NAME|Oluwaseun Adeyemi}, NHS No. {NHS_NUMBER|999 204 7186}, DOB {DATE_OF_BIRTH|2009-11-30}. Attended with older sister {NAME|Funmi}. Laceration to left forearm, states caused by 'messing about'. Referral to MASH completed by Dr {NAME|Kaur}."),
    (PR, "DSL log 05/03: {NAME|Harvey} (Y9) disclosed to Mrs {NAME|Bellamy} that an older lad known as '{NAME|Lil Tee}' has asked him to carry a bag to {ADDRESS|Blackthorn Court}. {NAME|Harvey} appeared frightened. Parents informed; MASH contacted."),
    (PR, "MARAC 09/03/2026 – Case 4. Victim: {NAME|Shelley Dunne}. Perpetrator: {NAME|Craig Mottram}. Children in household: {NAME|Kian} (7) and {NAME|Lexi} (4). IDVA ({NAME|PH}) reports escalation since Christmas including strangulation. Actions: Police to flag address; school DSLs to be informed."),
    (PR, "YOT appointment missed. {NAME|Dionte} later phoned saying he had been at his nan's in Hackney. Will review with {NAME|CB} on Monday and consider a home visit."),
    (PR, "Referral received from {SCHOOL|Greenhill Primary} regarding {NAME|Zuzana Horváthová} (Y5). Class teacher Ms {NAME|Doyle} noted bruising to the upper arm on Monday; child said her 'tata' grabbed her. Sibling {NAME|Matej} attends the same school."),
    (PR, "Detached session, rec ground off the high street. Approx 12 YP present. Spoke with {NAME|Kemi} and '{NAME|Bash}' who said older lads on mopeds have been recruiting Year 8s. {NAME|Bash} gave a first name for one of them: {NAME|Ricardo}."),
    (PR, "Core group minutes 12/02/2026\nAttendees: {NAME|AH} (SW), Mum, {NAME|DF} (FSW), {NAME|LO'B} (School Nurse)\nApologies: {NAME|Hamza} (YP chose not to attend)\n{NAME|AH} summarised progress on the plan. Mum reports fewer arguments at home."),
    (PR, "Dear Mr {NAME|Begum},\nThank you for your call this morning. Please return the signed consent form to {EMAIL|earlyhelp.hub@example.org} or hand it in at reception.\nKind regards,\n{NAME|Hannah Pryce-Jones}\nFamily Support Worker"),
    (PR, "Intelligence log: '{NAME|Big Ty}' ({NAME|Tyrone Ellis-Baptiste}) believed to be using the Snapchat account {HANDLE|tyyy.b2} to contact children at {SCHOOL|Northgate College}. Linked to {NAME|Jermaine Osei} and a female named {NAME|Chantelle}."),
    (PR, "HV home visit to {ADDRESS|Flat 3, 18 Cranmore Terrace}. Mum ({NAME|Sadia}) presented as low in mood. Infant {NAME|Ayaan}, DOB {DATE_OF_BIRTH|14 August 2025}, weighed and thriving. Dad ({NAME|Imran}) at work. Next visit booked for 2 April."),
    (PR, "DC {NAME|McAllister} spoke with {NAME|Roisin Quigley} (15) at her home. She confirmed that {NAME|Declan} had sent her images via Instagram from the account {HANDLE|@dex_ftb}. Phone seized. Crime ref 13/44871/26."),
    (PR, "Morning {NAME|Priya},\nFYI {NAME|Tegan} in 10K was very upset after lunch – says {NAME|Lacey} and {NAME|Mia} have been sharing a screenshot of her. I've logged it on CPOMS. Can you pick up?\n{NAME|Jo}"),
    (PR, "17/10/2025 Missing episode no. 6. {NAME|Kayden} located at Manchester Piccadilly by BTP. 21/10/2025 Return home interview completed by {NAME|Ruth} (Catch22). {NAME|Kayden} declined to say who he was with but mentioned a 'big man' called {NAME|Flex}."),
    (PR, "Visit to {ADDRESS|Rosewood Lodge} children's home. {NAME|Leah} (DOB {DATE_OF_BIRTH|1st May 2010}) was calm and engaged. Key worker {NAME|Marcin} reports she has not had any missing episodes since 20th March."),
    (PR, "Dear colleague, re: {NAME|Mohammed Al-Rashid}, DOB {DATE_OF_BIRTH|07/02/2012}, NHS {NHS_NUMBER|9993176427}. Seen with father today. Reports poor sleep and nightmares since arriving in the UK. Please consider referral to CAMHS. Yours sincerely, Dr {NAME|Okonkwo-Hart}"),
    (PR, "Session at the boxing club. {NAME|River} (14) opened up about his brother being stabbed last summer. Signposted to Kooth. Will follow up next week with {NAME|Jess}."),
    (PR, "Stop-check 22:15, Market Street. Three males: {NAME|KANE BRADSHAW} (DOB {DATE_OF_BIRTH|15/11/2008}), {NAME|LUCA FERRARI}, and a juvenile who gave the name '{NAME|SMALLZ}'. Strong smell of cannabis. Nothing found on search."),
    (PR, "MASH decision: {NAME|Olamide} and {NAME|Tolu Bankole}, address {ADDRESS|44 Ashgrove Avenue}, {POSTCODE|SE15 2XP}. Contact from school re neglect (poor hygiene, hunger). RAG: Amber. Step down to Early Help with allocated worker {NAME|Bethany}."),
    (PR, "Hi all,\nPlease note that Mrs {NAME|Zielinski}'s new mobile is {PHONE|+44 7700 900218}. She prefers WhatsApp.\nThanks,\n{NAME|Aled}"),
    (PR, "Strategy discussion 28/01/2026. Attendees: {NAME|JW} (SW), DC {NAME|Reyes}, {NAME|NK} (DSL). Concerns: {NAME|M} (13) found with £300 and two phones. {NAME|M} says a male called '{NAME|Junior}' gave them to her. Outcome: s47 single agency."),
    (PR, "Phone call from {NAME|Patrick Ó Súilleabháin} (uncle) who is worried about {NAME|Saoirse}. He can be contacted on {PHONE|0161 496 0872}. Advised him to call 999 if she goes missing again."),
    (PR, "Thanks {NAME|Sinead},\nI spoke to {NAME|Kofi} this afternoon and he's agreed to meet the CSE worker.\nBest, {NAME|Tom} (Youth Justice)"),
    (PR, "{NAME|Amir Hosseini} attends {SCHOOL|Westbrook} (Y11). He came to the UK as a UASC in 2024 and is placed in supported accommodation at {ADDRESS|Unit 4, Carlton Mews}. Concerns raised about an adult, '{NAME|Dariush}', collecting him after college."),
    (PR, "Caller {NAME|Marlene Fitzgerald} reports her granddaughter {NAME|Kacey-Jo} (12) said '{NAME|Jordan} told me if I don't go he'll post the video'. Officers to attend. Child's DOB given as {DATE_OF_BIRTH|9/12/13}."),
    (PR, "Drop-in: {NAME|Ananya} (Y10) requested advice on contraception. Disclosed boyfriend '{NAME|Zak}' is 19. Shared with DSL Mr {NAME|Lindqvist} as per policy."),
    (PR, "TAF meeting held at {SCHOOL|Moorside Nursery and Infant School}. Present: Mum ({NAME|Gintarė}), {NAME|Agnieszka} (EAL support), class teacher. {NAME|Gintarė} reported that the family may be evicted from {ADDRESS|12 Clover Way} next month."),
    (PR, "spoke to {NAME|tia} on phone, she is staying at her friend {NAME|brooke}s house tonight. mum aware. will check in tmrw."),
    (PR, "Referral from Childline (ref CL-2291): {NAME|Bartek}, aged 14, rang disclosing physical abuse by father. Lives on the {ADDRESS|Ravensworth estate} with parents and two younger siblings."),
    (PR, "{NAME|Noor Al-Hussaini} (Y8) told her form tutor that her brother {NAME|Mustafa} checks her phone and has threatened to send her to Iraq. DSL Ms {NAME|Henry} informed. FM/HBV concerns; Police and MASH contacted same day."),
    (PR, "Dear Mrs {NAME|Achterberg},\nI am writing to confirm {NAME|Lotte}'s place on the holiday programme at {SCHOOL|Larchfield College}. Please complete the medical form before the first session.\nYours sincerely,\n{NAME|G. Baptiste}"),
    (PR, "Online referral: adult using the Discord name {HANDLE|shadowfox#0931} grooming {NAME|Ethan} (12). Screenshots provided by Dad. Referred to CEOP."),
    (PR, "Mum forwarded a link to a fundraising page set up in {NAME|Jordan}'s name: {URL|https://www.example.com/fundraiser/justice-for-jordan-k}. Page contains photographs of the child and the family home."),
    (PR, "Paediatric review, Rainbow Ward. {NAME|Fatuma Abdi}, NHS number {NHS_NUMBER|999-482-0354}, DOB {DATE_OF_BIRTH|23rd March 2019}. Admitted 02/03/2026 with unexplained burns. Mother ({NAME|Hawa}) gives inconsistent account. Child protection medical by Dr {NAME|Eze}."),
    (PR, "{NAME|Connor O'Driscoll} (16) describes being 'in debt' to {NAME|Big Sean} after losing a package. He lives with his mum at {ADDRESS|31 Quarry Lane}, {POSTCODE|BT12 7HW}."),
    (PR, "Missing report: {NAME|Sky Cartwright} (15) left {ADDRESS|Oakhurst Children's Home} at 19:30 and has not returned. Last seen getting into a grey Audi. Friend {NAME|Paige} says she may be with '{NAME|Romeo}'."),
    (PR, "Reintegration meeting. {NAME|Tayo} and Dad attended with Mr {NAME|Fairweather} (Head of Year) and Ms {NAME|Ní Bhriain} (SENCo). Agreed reduced timetable until half term."),
    (PR, "OFFICERS ATTENDED {ADDRESS|FLAT 14 MERIDIAN TOWER} RE CONCERN FOR WELFARE. FEMALE {NAME|DANIELA STOICA} AND 2 CHILDREN PRESENT. PARTNER {NAME|ADRIAN} HAD LEFT PRIOR TO POLICE ARRIVAL. DASH COMPLETED – HIGH RISK."),
    (PR, "Hi {NAME|Nadia}, Dad has asked that all letters go to his email rather than Mum's – he gave it as {EMAIL|d.mensah (at) example [dot] net}. I've updated Mosaic. {NAME|Kwame} is still refusing to engage with the school counsellor. Cheers, {NAME|Ffion}"),
    (PR, "04/11/2025 – {NAME|Nguyễn Văn Minh} (16) found by police working in a cannabis grow at a house in Bradford. Identified as potential VOT; NRM referral submitted. 06/11/2025 – placed with foster carers {NAME|Sue} and {NAME|Graham}."),
    (PR, "{NAME|Rose} came in upset today, said {NAME|Hunter} had been calling her names in the group chat. I told her I'd speak to {NAME|Hunter} next session."),
    (PR, "{NAME|Gethin ap Dafydd}, Blwyddyn 8, absent 6 days this half term. Mam ({NAME|Eleri}) says he is refusing because of bullying on the bus. EWO to visit."),
    (PR, "{NAME|Aisha} states that on Saturday {NAME|Khalid} and another male she knows only as '{NAME|Snowy}' took her to a house in Luton where she was given vodka. She does not know the address."),
    (PR, "Concerns re {NAME|Leon}'s association with {NAME|Dwayne Campbell}. {NAME|Leon} was seen by the PCSO with {NAME|Dwayne} and two older males outside Greggs. Linked to {NAME|Marcus 'Mazza' Reid} through social media."),
    (PR, "Foster carer {NAME|Bernadette} reports {NAME|Precious} has been receiving calls from an unknown number late at night: {PHONE|07700-900-664}. Number passed to police."),
    (PR, "MARAC action update. Victim {NAME|Kerry Lomas} consents to sharing. Actions: IDVA to email safety plan to {EMAIL|kerry.l@example.com}; Housing to prioritise a move from {ADDRESS|Westfield Gardens} as perpetrator {NAME|Gary} knows the address."),
    (PR, "Home visit. Present: {NAME|Dritan} (16), mum, younger sister {NAME|Ardita}. {NAME|Dritan} says he has been approached outside {SCHOOL|Parkside PRU} by men offering him work. He has been given a phone he keeps at his friend {NAME|Besnik}s."),
]


# ---------------------------------------------------------------------------
# RECORDS -- young people, clean hard negatives (batch 3)
# ---------------------------------------------------------------------------

RECORDS += [
    (YP, "Tesco car park after Friday, big boys hang about in cars. told Mum and she rang the Police"),
    (YP, "the only place i feel safe is Nandos with my mates lol"),
    (YP, "MAN CITY GAMES ON A SATURDAY, TOWN CENTRE GETS PROPER ROWDY AND THE POLICE DONT DO NOTHING"),
    (YP, "Childline helped me when i rang 0800 1111 at like 3am, the lady was really kind"),
    (YP, "hope things get better. summer holidays are the worst coz theres nothing to do and everyone just goes Victoria Park"),
    (YP, "no joy from school when i told them, Head of Year just said stay away from him"),
    (YP, "Fortnite and Roblox are where weird people add u and ask where u live"),
    (YP, "Sky Sports is always on at my Nans so i go there on Sundays its calm"),
    (YP, "will i get in trouble for writing this? dont tell the Head pls"),
    (YP, "mark my words someone is gonna get stabbed at the Piccadilly Gardens bus stops"),
    (YP, "Primark in town on a Saturday, lads from Year 11 nick stuff and make the younger ones carry it"),
    (YP, "i feel unsafe on the X43 home from Burnley, men get on drunk after the Clarets play"),
    (YP, "KFC on the High Street, thats where they recruit, everyone knows"),
    (YP, "nowhere really. Mum and Nan look after me. the CAMHS lady helped a bit"),
    (YP, "the Barras at night is dodgy an the subway at Buchanan Street. ma da says stay in efter dark"),
    (YP, "Celtic v Rangers days are mental roon here, bottles flyin, i stay in"),
    (YP, "Snap Map is scary coz people can see where u are. i turned on Ghost Mode after the assembly in Year 10"),
    (YP, "TikTok Live is where creeps ask u to do stuff for gifts"),
    (YP, "the mosque and the gurdwara on Soho Road feel safe, the rest of Handsworth not so much"),
    (YP, "ALL OF IT. SCHOOL, HOME, TOWN. NOBODY CARES. NOT THE TEACHERS NOT THE POLICE"),
    (YP, "the Kooth app helped more than the school counsellor ngl"),
    (YP, "Young Carers group on a Wednesday is the best bit of my week"),
    (YP, "grace period for being late is 2 mins then they put u in Isolation even when ur late coz of dropping ur little brothers off"),
    (YP, "the Metrolink at night, Victoria especially. men shouting at girls"),
    (YP, "Summer term is the worst coz of fights on the field. Year 9 against Year 10 every Friday"),
    (YP, "Aldi car park in Merthyr, lads on scramblers going round n round till 2 in the morning"),
    (YP, "i felt unsafe at Leeds Fest, someone put something in my drink. St John Ambulance helped me"),
    (YP, "dont know. maybe the police. maybe not. the NSPCC advert said you can tell someone"),
    (YP, "Xbox party chats, grown men acting like they are 15"),
    (YP, "my faith helps me, church on Sunday and the youth group after"),
    (YP, "blessing in disguise that i got moved schools tbh, new place is way better"),
    (YP, "the Burger King by the ring road, thats where people sell"),
    (YP, "River Island in the Trafford Centre, security followed me round coz im black"),
    (YP, "i want to be a nurse when im older and work at Alder Hey like the ones who looked after me"),
    (YP, "Dad is in HMP Liverpool and people at school talk about it"),
    (YP, "i dont feel safe walking past Spoons on a Friday night, drunk men say stuff"),
    (YP, "precious little help from anyone lol"),
    (YP, "the girls in sixth form with the Hunter wellies and the Stanley cups are the worst bullies"),
    (YP, "Destiny 2 servers have loads of older guys who say weird stuff in voice chat"),
    (YP, "ROBLOX AND MINECRAFT SERVERS. MY MUM DONT KNOW WHAT THEY ARE"),
    (YP, "Sefton Park at night. and the Dock Road. me mam says dont go but theres nothin else to do"),
    (YP, "the Eleventh Night bonfire is wild, people gettin battered, the PSNI just stand and watch"),
    (YP, "Childline and the Shout text line. 85258. thats who helped"),
    (YP, "the youth worker at the Hub on a Thursday and the PCSO who walks round the estate"),
    (YP, "Taylor Swift and Olivia Rodrigo help me when i cant sleep lol that counts right"),
    (YP, "boys in my class watch Andrew Tate and repeat it to the girls, it makes me feel unsafe in Maths"),
    (YP, "Marcus Rashford is my hero. free school meals. thats all"),
    (YP, "Stormzy came to our area once and it was the only day nobody fought lol"),
    (YP, "the Co-op on the corner, the man behind the counter sells vapes to Year 7s"),
    (YP, "Easter, Christmas, half term, all the times school is shut are when it goes bad at home"),
    (YP, "NOBODY HELPED ME UNTIL THE SOCIAL CAME. NOW ITS A BIT BETTER"),
    (YP, "A&E at the Royal was the first place someone asked if i was ok at home"),
    (YP, "Cardiff Bay at night, or Queen Street after the clubs shut. stay in groups"),
    (YP, "anything else? no. cheers for asking tho x"),
    (YP, "my PE teacher and the Head of Year both helped. and the School Nurse"),
    (YP, "the Hull Fair in October is where my mate got groped, nobody did anything"),
    (YP, "in Derry the Walls at night, and the Craigavon Bridge. bonfire season is bad"),
]


# ---------------------------------------------------------------------------
# RECORDS -- practitioners, clean hard negatives (batch 4)
# ---------------------------------------------------------------------------

RECORDS += [
    (PR, "Will review at next core group. No further concerns raised by Mum or school at this stage."),
    (PR, "Attempted home visit – no joy. Card left. Will try again Thursday with the Police if there is still no contact."),
    (PR, "Hope was expressed by all professionals that the placement would stabilise over the Summer term."),
    (PR, "Sky Sports on loud throughout visit; Dad agreed to turn it down. Home conditions adequate. Fridge stocked."),
    (PR, "Frank discussion held with Mum about the impact of her drinking on the children. She agreed to a referral to Change Grow Live."),
    (PR, "Grace period of two weeks given for rent arrears before Housing escalate. Early Help worker to support with the Universal Credit claim."),
    (PR, "Strategy meeting convened. CAMHS, YOT and MASH represented; school sent apologies. Outcome: NFA at this stage, step down to Early Help."),
    (PR, "Young person seen at Alder Hey ED following an overdose. Admitted to Ward 3B overnight. CAMHS crisis team to assess in the morning."),
    (PR, "Chronology: 03/01/2026 ED attendance. 14/01/2026 Missing from home (returned same day). 02/02/2026 Fixed-term exclusion, 3 days."),
    (PR, "Spoke to the Head, the DSL and the SENCo. All agree that attendance has improved since Easter."),
    (PR, "Mum and Nan attended. Dad did not attend. The Independent Reviewing Officer chaired and the Child Protection Plan continues."),
    (PR, "Police attended the Co-op on Station Road following reports of youths shoplifting; no arrests made."),
    (PR, "Signposted to Childline (0800 1111), Kooth and the Samaritans (116 123). Young person knows to call 999 in an emergency or 111 for health advice."),
    (PR, "Concerns raised at MARAC re repeat incidents over Christmas and New Year. Referrals made to Women's Aid and Barnardo's."),
    (PR, "Young person attends Mass at St Patrick's on Sundays and the youth group at the Salvation Army on Tuesdays. Both are protective factors."),
    (PR, "Mother reports the child watches a lot of MrBeast and KSI videos on YouTube; no concerns about the content seen."),
    (PR, "Family moved from Rochdale to Oldham in the Autumn. New GP registration still outstanding."),
    (PR, "Precious little engagement from Dad since the last conference. Mum continues to attend all appointments."),
    (PR, "Child was wearing Hunter wellies and a North Face coat; appropriately dressed for the weather."),
    (PR, "Mum described the new baby as a blessing and says she has good support from the Pentecostal church."),
    (PR, "King's College Hospital paediatric liaison contacted; no previous attendances recorded."),
    (PR, "Joy and relief expressed by Mum when told the case would close at the next review."),
    (PR, "Mark on the left cheek approx 2cm, yellowish. Child said he fell off his bike at the weekend. Body map completed."),
    (PR, "Child holds a rose-tinted view of Dad and wants more contact than the court order allows."),
    (PR, "Summer holidays identified as a period of heightened risk; HAF holiday activities place offered."),
    (PR, "River Island and JD Sports vouchers given as part of the reward chart agreed at the last TAF."),
    (PR, "Faith leaders at the mosque have been supportive; the Imam attended the TAF meeting."),
    (PR, "Destiny, Dad said, was not something Social Services could change. He does not accept the concerns."),
    (PR, "Sky broadband cut off due to arrears; children unable to complete homework online."),
    (PR, "Will be discussed at the Legal Planning Meeting on Tuesday 3rd March."),
    (PR, "Summer-born child; Reception place deferred by agreement with the Local Authority."),
    (PR, "Police Scotland and the Children's Reporter notified. Joint Investigative Interview scheduled at Govan police office."),
    (PR, "Referral from the Health Visitor to the Perinatal Mental Health Team. GP aware. Midwife discharged at day 10."),
    (PR, "The Prince's Trust course in Swansea has offered a place starting in January."),
    (PR, "Youth worker noted the young person was wearing a Stone Island jacket and a Nike Tech tracksuit, consistent with items reportedly gifted by older peers."),
    (PR, "Case transferred from the Assessment Team to the Children in Need team. Team Manager approved closure of the CIN plan on Friday."),
    (PR, "Dad works nights at Amazon in Doncaster; Mum works at Boots. Childcare arranged via the breakfast club."),
    (PR, "Discussed online safety with the family: Snapchat, WhatsApp, Roblox and Discord. Parental controls set up on the PlayStation."),
    (PR, "Attended Crown Court at Minshull Street as a supporter for the young person. Sentencing adjourned to May."),
    (PR, "MARAC referral: DASH score 17. Victim declined IDVA support at this time. Children at home aged 2 and 6."),
    (PR, "Contact supervised at the Family Centre on Mondays. Grandma brought a birthday cake; the children enjoyed the session."),
    (PR, "EHCP annual review held. Speech and Language Therapy and Educational Psychology reports noted."),
    (PR, "PCSOs increased patrols at Heaton Park and the Tesco Extra following reports of ASB over half term."),
    (PR, "Section 20 accommodation agreed. Placement with Local Authority foster carers in Stockport from Friday."),
    (PR, "Children's Guardian appointed; CAFCASS to file analysis by 14th April."),
    (PR, "No joy contacting the GP surgery today; will try again tomorrow morning."),
    (PR, "Frank and open conversation with Dad about his use of physical chastisement. He accepts it is not acceptable."),
    (PR, "Drop-in at the youth centre on Hope Street continues weekly and is well attended by Year 8 and Year 9 girls."),
    (PR, "Admitted to the Grace Darling Ward at the RVI. Observations stable. Discharge planning meeting Monday."),
    (PR, "Raised at the MACE panel. Locations of concern: Piccadilly Gardens, the Arndale and Shudehill interchange."),
    (PR, "Mum is a Jehovah's Witness and declined blood products; the hospital legal team were consulted."),
    (PR, "Monday: school. Tuesday: CAMHS. Wednesday: contact. Thursday: YOT. Friday: Kooth. Weekend: respite."),
    (PR, "Home Office decision on the family's asylum claim still awaited; Refugee Council advocate supporting."),
    (PR, "Ofsted inspection of the home rated it Good; the Registered Manager and Responsible Individual met with the IRO."),
    (PR, "NFA. NO FURTHER POLICE ACTION. CRIME REPORT UPDATED AND CLOSED. DUTY INSPECTOR AGREED."),
    (PR, "The Jobcentre Plus work coach confirmed Dad has been sanctioned; a foodbank voucher was given via the Trussell network."),
]


# ---------------------------------------------------------------------------
# RECORDS -- young people, with identifiers (batch 5)
# ---------------------------------------------------------------------------

RECORDS += [
    (YP, "my insta is {HANDLE|@amara.xo_} if the researchers wanna talk, {NAME|amara} btw"),
    (YP, "OLDER BOY CALLED {NAME|KING} SENDS ME VOICE NOTES SAYIN ILL GET BANGED IF I DONT PAY WHAT I OWE"),
    (YP, "this man on roblox {HANDLE|xX_Reaper_Xx} asked me to add him on snap, his snap is {HANDLE|reaperszn07}"),
    (YP, "my dob is {DATE_OF_BIRTH|12th march 2011} and im in care, my worker {NAME|Hollie} is good but they keep changing"),
    (YP, "bday {DATE_OF_BIRTH|03.07.10} so im 16 now and they still treat me like a kid"),
    (YP, "he sent me this link {URL|example.net/v/9fkq2} and said its free money, my mate {NAME|Kelsey} done it and now she owes him"),
    (YP, "NUMBER OF THE MAN THAT KEEPS RINGING {PHONE|07700 9OO 5O1} PLEASE DO SOMETHING"),
    (YP, "me nans house on {ADDRESS|Millbrook Road} is the only place i feel safe, {NAME|Tyler} lives 2 doors up and walks me there"),
    (YP, "{NAME|Oisín} and {NAME|Fionnuala} are me best mates, they helped me when me da kicked me out"),
    (YP, "the lad {NAME|Mikey} from {SCHOOL|Hollybank} keeps puttin stuff on his story about me"),
    (YP, "my foster carers {NAME|Jan} and {NAME|Pete} are alright. i still miss my real mum tho"),
    (YP, "{NAME|hope} is the only one in my form who talks to me"),
    (YP, "walking home from {SCHOOL|Cathays High} past the lane theres always men in a van, {NAME|Eira} seen it too"),
    (YP, "snapchat acc {HANDLE|lil_bandz2x} adds all the year 7s then asks them to link"),
    (YP, "{NAME|Amadou}s older brother {NAME|Ousmane} helped me when the lads robbed my bike"),
    (YP, "ma social worker {NAME|Morag} an the polis helped me get away fae him"),
    (YP, "{NAME|Tadhg}'s da lets us stay over when things kick off at mine"),
    (YP, "WHO HELPED: MY NANA {NAME|AMA} AND PASTOR {NAME|KWAKU} FROM CHURCH"),
    (YP, "i got added to a groupchat by {HANDLE|@realtalk.mj} and they was sending nudes of girls from my year"),
    (YP, "email me at {EMAIL|jazzyk.2010@example.com} i have more to say but not on here"),
    (YP, "{NAME|Hamid} and {NAME|Parwana} from the refugee group help me with forms and stuff"),
    (YP, "{NAME|Lil Kez} and his boys was waiting outside the shop with a blade, i ran to my aunties"),
    (YP, "round the {ADDRESS|Beaumont estate} where i live theres a man in a white car who gives girls lifts"),
    (YP, "i told miss {NAME|Rehman} n she got me a safe space at dinner"),
    (YP, "{NAME|dominik} from my class is polish and he gets called names every day, nobody helps him"),
    (YP, "whoever made the account {HANDLE|@exposing.y9girls} needs finding it has everyones pics on"),
    (YP, "when my brother {NAME|Jamal} got stabbed i stopped going out. nowhere feels safe now"),
    (YP, "i was in a car with {NAME|Big Dell} and the feds stopped us, he said say nothing"),
    (YP, "{NAME|Will} from the detached team gave me his card and said ring any time"),
    (YP, "me and {NAME|Ffion} got lost in Cardiff after the match and a man offered to drive us home, we said no and rang her dad"),
    (YP, "ring me {PHONE|077\u200b00 90\u200b0 64\u200b9} i want to talk to someone"),
    (YP, "{NAME|Rosa} (my cousin) got taken to Birmingham by a man she met on Insta"),
    (YP, "{NAME|Darius} from the traveller site gets bullied bad, they call him names and spit at him"),
    (YP, "{NAME|SUMMER}S STEPDAD IS WEIRD WITH ALL OF US WHEN WE GO ROUND"),
    (YP, "i go to {SCHOOL|Riverside Pupil Referral Unit} now and its better than mainstream, the TA {NAME|Glenroy} is sound"),
    (YP, "my tiktok {HANDLE|@its.zaraaa} got hacked and they posted stuff pretending to be me"),
    (YP, "{NAME|Kasia Nowak} from my year is the one who started the rumours about me"),
    (YP, "{NAME|dylan} and {NAME|callum} jumped me behind the leisure centre and filmed it"),
    (YP, "the man at the chippy {NAME|Stavros} lets us sit in when its raining and the lads are about"),
    (YP, "I FEEL SAFE AT MY AUNTIES ON {ADDRESS|GLADSTONE TERRACE}, NOWHERE ELSE"),
    (YP, "{NAME|Efua} and her mum drove round looking for me all night when i ran off, i didnt even know they cared"),
    (YP, "theres a website {URL|www.example.org/rate-ur-mates} where people rate girls from our school out of 10"),
    (YP, "my support worker is {NAME|Samira} her work phone is {PHONE|0113 496 0 2 5 8}"),
    (YP, "at the site the older boys {NAME|Jacky} and {NAME|Levi} look out for us"),
    (YP, "{NAME|Thanh} said if i tell anyone about the house he will hurt my mum"),
    (YP, "my real dad {NAME|Gavin} turned up at the school gates even tho hes not allowed"),
    (YP, "{NAME|Sian}'s mam picks us up from the rugby club, its safer than the bus"),
    (YP, "i dont want to say where, but {NAME|Jerome} knows and so does miss {NAME|Patel}"),
    (YP, "who helped me: {NAME|Faisal} at the youth club, {NAME|Bex} my key worker, and my little sister {NAME|Hafsa} even tho shes only 8"),
    (YP, "i was born {DATE_OF_BIRTH|16/4/2012} and i been in 5 placements already, {ADDRESS|Larkspur House} is the worst"),
    (YP, "add me on psn {HANDLE|KxngSlim_09} if u wanna chat, its the only place people are nice to me"),
    (YP, "my email is {EMAIL|rhiannon_j(at)example(dot)net} if u want to follow up"),
    (YP, "{NAME|Mercy} and {NAME|Ebun} from church walk me home after choir"),
    (YP, "the guy {NAME|Sully} from the estate gave me a phone and said keep it on at all times"),
    (YP, "{NAME|grace} told me about this survey, she is my mentor"),
]


# ---------------------------------------------------------------------------
# RECORDS -- practitioners, with identifiers (batch 6)
# ---------------------------------------------------------------------------

RECORDS += [
    (PR, "Health visitor record. Child: {NAME|Aleksander Nowicki}, NHS {NHS_NUMBER|999 560 9134}, DOB {DATE_OF_BIRTH|30/06/2024}. Address: {ADDRESS|9 Pendle View}, {POSTCODE|BB9 7TL}. Mum ({NAME|Joanna}) reports Dad left the family home on 02/01/2026."),
    (PR, "Referral for CSE screening. {NAME|Tiana Brown-Okafor}, DOB {DATE_OF_BIRTH|5 Jan 2011}, Y10 at {SCHOOL|St Aidan's Catholic High}. Found on 14/03/2026 at a hotel in Leeds with an adult male, '{NAME|Kash}'. Profile link: {URL|https://example.com/p/tianaxoxo}."),
    (PR, "Email received from Mum ({EMAIL|kerry.mason77 at example dot org}): 'hiya can u ring me about {NAME|Brandon} hes been kicked out of school again, {NAME|Kerry}'"),
    (PR, "MARAC minutes 16/04/2026. Present: {NAME|DK} (Chair), {NAME|SE} (IDVA), PC {NAME|Hussain}, {NAME|VM} (Housing), {NAME|CG} (CSC). Case 7: {NAME|Latoya}, 24, two children. Alleged perpetrator {NAME|Andre Clarke} released on bail to {ADDRESS|62 Birchfield Road}, {POSTCODE|B20 3NS}."),
    (PR, "Paediatric liaison: {NAME|Maisie-Rae Tomlinson}, NHS {NHS_NUMBER|9996382710}, attended Sheffield Children's twice in February with head injuries. Mother {NAME|Stacey} reports falls from the sofa. Liaison health visitor {NAME|Carol} informed."),
    (PR, "YOT case note. {NAME|Reuben} attended with his dad. Discussed the video posted on {URL|www.example.net/watch/drill-b23} which names rival groups. {NAME|Reuben} accepts he appears in it but says '{NAME|Teflon}' made him."),
    (PR, "Hi {NAME|Ngozi},\nCould you send me the chronology for the {NAME|Eze-Williams} children before Thursday's conference? My direct line is {PHONE|020 7946 0391}.\nMany thanks,\n{NAME|Catriona}"),
    (PR, "Police notification: {NAME|Jack Harland} (DOB {DATE_OF_BIRTH|08/08/2009}) arrested on 07/04/2026 for possession with intent to supply. Appropriate adult provided by YOT. Bailed to {ADDRESS|16 Kestrel Close}, {POSTCODE|S5 8JQ}."),
    (PR, "Safeguarding concern form. Pupil: {NAME|Ishaan Mehta} (Y7). Reported by: {NAME|L. Okoro} (TA). Concern: {NAME|Ishaan} said his uncle '{NAME|Raju}' hits him with a belt when he gets answers wrong."),
    (PR, "Subject: {NAME|JENKINS, Tyler} DOB {DATE_OF_BIRTH|27.01.2010}. Missing from {ADDRESS|Hawthorn Lodge}. Believed to be with {NAME|ROBINSON, Keira}."),
    (PR, "Online concern: {NAME|Layla} (13) has been talking to a user called {HANDLE|@ghostboy_lnd} on TikTok who claims to be 15. He has sent her a link to a private server: {URL|https://chat.example.org/invite/k8s2}. Parents informed and CEOP report made."),
    (PR, "Dear {NAME|Sophie},\nApologies for missing the core group. Update from school: {NAME|Elijah} has had 100% attendance this fortnight and is settling in the nurture group with Mrs {NAME|Adebayo-Smith}.\nKind regards,\n{NAME|Richard Hughes}\nDeputy Head / DSL"),
    (PR, "21/11/2025 – Sibling {NAME|Destiny} (DOB {DATE_OF_BIRTH|4th December 2008}) reported that {NAME|Marcus} has moved back into the home. 22/11/2025 – Unannounced visit; {NAME|Marcus} not present."),
    (PR, "NHS: {NHS_NUMBER|999 705 8461}. Name: {NAME|Keeley Marsh}. Ward 6, Royal Oldham. Self-harm presentation; CAMHS liaison to review before discharge. GP: Dr {NAME|Singh}."),
    (PR, "Return home interview. {NAME|Kai} ({DATE_OF_BIRTH|2010-05-19}) said he was at a party in Rochdale. Friends present: {NAME|Jordan B}, {NAME|Ellis} and a girl called {NAME|Faith}. Phone number of the adult who drove them: {PHONE|07700 900 872}."),
    (PR, "Dear Mr and Mrs {NAME|Kowalski},\nWe are concerned about {NAME|Filip}'s attendance this term. Please contact the attendance officer at {EMAIL|attendance@example.org} or on {PHONE|01632 960 417}."),
    (PR, "Incident 11/03. {NAME|FREYA} (8R) reports {NAME|ALFIE} and {NAME|RILEY} took her bag and threw it on the roof. Witnessed by Mr {NAME|Grant}. Sanctions applied."),
    (PR, "Dental neglect referral: {NAME|Bilal Qureshi}, DOB {DATE_OF_BIRTH|12-09-2016}, NHS {NHS_NUMBER|999-841-3524}, multiple untreated caries. Missed 4 appointments. Family address {ADDRESS|Flat 22, Lavender Heights}, {POSTCODE|BD3 9RW}."),
    (PR, "Police intel suggests {NAME|Finlay} (14) is in a Discord server run by {HANDLE|n0vaking#2207} who distributes extremist material. Prevent referral made. Mum ({NAME|Alison}) unaware."),
    (PR, "{NAME|Ciara} came to the drop-in with her friend {NAME|Abbie}. Both said they've been getting messages from an older lad, '{NAME|Stretch}', on Instagram ({HANDLE|@stretch.ldn}). Advised on blocking and reporting."),
    (PR, "Strategy meeting minutes 03/02/2026\nPresent: {NAME|RB} (Chair), {NAME|AO'N} (Police), {NAME|FZ} (Health), {NAME|HJ} (School)\nSubject: {NAME|Mícheál Ó Briain}, 15\n{NAME|AO'N} advised {NAME|Mícheál} was found in possession of a knife at Belfast City Hall.\n{NAME|FZ}: no health concerns."),
    (PR, "Hi {NAME|Rhian},\nJust to let you know {NAME|Osian} disclosed at the end of the session that his mam's boyfriend '{NAME|Gaz}' slapped him. I've passed it to the DSL.\nDiolch,\n{NAME|Meinir}"),
    (PR, "Placement plan: {NAME|Zara} to remain at {ADDRESS|Sycamore House}, {POSTCODE|CF24 4JD}. Contact with Mum on Saturdays at the Family Centre. Brother {NAME|Tariq} placed separately in Newport."),
    (PR, "Police: {NAME|PATRYCJA KRÓL}, 14, reported missing by foster carer {NAME|Janice Holt}. Mobile {PHONE|+44 (0)7700 900 156}. Possible location: Snapchat location shared by {HANDLE|kxmi.2k} at a flat in Ipswich."),
    (PR, "Pre-sentence report: {NAME|Callum McKenna}, born {DATE_OF_BIRTH|March 2 2008}, attended {SCHOOL|Hillcrest Academy} until permanent exclusion in Year 10. Lives with grandmother at {ADDRESS|4 Tannery Row}."),
    (PR, "Hi {NAME|Dawn}, the Facebook page making allegations against the family is at {URL|https://example.org/groups/justiceforlittlejay}. Legal are aware. Can you let the IRO know? Thanks {NAME|Kev}"),
    (PR, "LAC review. Present: {NAME|Jade} (YP), foster carers {NAME|Maureen} and {NAME|Tony}, IRO {NAME|Parminder Gill}, SW {NAME|Claire}. {NAME|Jade} wants more contact with her brother {NAME|Liam}."),
    (PR, "ED triage: 14 y/o female, {NAME|Yasmin Haddad}, NHS {NHS_NUMBER|9999160271}, intoxicated, brought in by ambulance from Roundhay Park. Friend {NAME|Lily} stayed with her until Mum arrived."),
    (PR, "Night staff handover: {NAME|Kye} back at 01:20, smelled of cannabis, new trainers. Said '{NAME|Dotty}' bought them. {NAME|Marley} stayed in all night. {NAME|Ebony} rang her mum at 22:00."),
    (PR, "Concern: {NAME|Hope Adeyemi-Clarke} (Y6) told Ms {NAME|Baines} she doesn't want to go home because 'Dad's friend is there'. Sibling {NAME|Mark} (Y3) also quiet today."),
    (PR, "Voicemail from {NAME|Dorota} (interpreter booked for {NAME|Oliwia}'s review): she can't make Tuesday. Her number {PHONE|O1632 96O 7O8}."),
    (PR, "{NAME|Eilidh MacLeod} (DOB {DATE_OF_BIRTH|19/10/2009}) has been staying with her boyfriend {NAME|Ruaridh} in Stornoway. Her gran, {NAME|Peigi}, is worried. Referral to the Children's Reporter."),
    (PR, "CP conference 20/01/2026. Chair: {NAME|Nasreen Akhtar}. Parents: {NAME|Shane} and {NAME|Leanne Doherty}. Children: {NAME|Alfie-James} (9), {NAME|Tommy} (6), {NAME|Ivy} (2). Decision: CP plan under category of neglect."),
    (PR, "22/02/2026 01:10 – Call from taxi driver re girl crying at Leicester station. Identified as {NAME|Khadija}, 14. Taken home to {ADDRESS|7 Spinney Hill Road}, {POSTCODE|LE5 3FQ}. 22/02/2026 09:00 – Referral to MASH."),
    (PR, "Dear Mrs {NAME|Flynn},\nI'm {NAME|Ruby}'s mum. She's been getting horrible messages from {HANDLE|@ruby.is.fake} and I think it's girls in her form. Can we meet?\n{NAME|Danielle Hart}\n{PHONE|07700 900 923}"),
    (PR, "Supervision with {NAME|Lorraine} (TM). Discussed the {NAME|Kaya} family; agreed to escalate to PLO. {NAME|Lorraine} to speak to Legal."),
    (PR, "Referral: {NAME|Juma} (unaccompanied, age disputed, claims DOB {DATE_OF_BIRTH|01/01/2009}) arrived via Dover and has been placed at {ADDRESS|Fernbank House}."),
    (PR, "CAMHS letter: {NAME|Ava Sinclair-Brown}, NHS number {NHS_NUMBER|9990735948}, DOB {DATE_OF_BIRTH|11 Nov 2012}. Assessed 05/03/2026 by Dr {NAME|Farouk} and {NAME|Nell} (CAMHS nurse). Diagnosis: low mood; no active suicidal ideation."),
    (PR, "Detached youth work, Tuesday. Group of 8 at the skate park. {NAME|Big Jonno} arrived in a black Golf and the younger ones dispersed. {NAME|Mason}, {NAME|Reggie} and {NAME|Tyler-Jay} stayed to talk."),
    (PR, "Referral from GP: {NAME|Aminata Sesay}, age 13, FGM concerns ahead of a planned trip to Sierra Leone in the summer holidays. Mother {NAME|Fatmata} spoke via interpreter. Police and MASH informed."),
    (PR, "Following our call, here is the link to the video posted about {NAME|Kayla}: {URL|https://vids.example.net/u/ky_exposed_26}. Please can it be removed? Regards, {NAME|M Pearson}"),
    (PR, "DS {NAME|O'Hara} and DC {NAME|Nwosu} interviewed {NAME|Cian} under caution. Solicitor present. {NAME|Cian} gave no comment."),
    (PR, "Note: {NAME|Jasmine} (YP) asked that her new number is not shared with Dad: {PHONE|oh one six one four nine six oh three three seven}."),
    (PR, "Education welfare: {NAME|Roman} and {NAME|Natália} (Slovak Roma) not on roll anywhere since moving to Sheffield. Family believed to be living at {ADDRESS|118 Holbeck Grove}."),
    (PR, "From: {NAME|Pauline Reeves}\nTo: MASH inbox\nSubject: {NAME|JW} – new info\n\nHi, {NAME|JW}'s aunt rang to say he's been seen with {NAME|Kieran Doyle} at {ADDRESS|Flat 6, Lowther House}. Please add to the record.\n{NAME|Pauline}"),
    (PR, "Safety plan agreed with {NAME|Tamara}: if she feels unsafe at {ADDRESS|23 Weaver Street}, she will go to her nan's and ring the Police. Trusted adults: {NAME|Nicole} (youth worker) and Mr {NAME|Ogunleye} (teacher)."),
    (PR, "Child's voice: 'i want to live with my nan {NAME|Sheila} not with {NAME|Wayne}'"),
    (PR, "{NAME|Zeynep} (Y9) disclosed that her father plans for her to marry a cousin, {NAME|Emre}, in Turkey. Forced Marriage Unit contacted. School: {SCHOOL|Brookvale Academy}."),
    (PR, "Dr {NAME|Adeleke} asked that reports for {NAME|Temi} be sent to {EMAIL|j.o.adeleke@example.net} and copied to the family's solicitor."),
    (PR, "{NAME|Rebin} and {NAME|Shilan}, siblings from Iraqi Kurdistan, placed with carers in Derby. Carer {NAME|Helen} reports {NAME|Rebin} wakes screaming most nights."),
    (PR, "Instagram account {HANDLE|@foxy.jess.x} believed to belong to {NAME|Jessica Moran} (15). Police have requested data from Meta."),
    (PR, "Missing person record: {NAME|Demi-Leigh Cole}, DOB {DATE_OF_BIRTH|2nd of June 2011}, last seen at Queen Street station wearing a grey Nike hoodie. Associates: '{NAME|Zee}', {NAME|Brandon Lyle}."),
    (PR, "URLs from the online harm review: {URL|example.com/u/slimj} and {URL|https://www.example.org/post/88213}. Both now removed by the platforms."),
    (PR, "NHS {NHS_NUMBER|9993528617} – {NAME|Ngo Thi Lan}, 17, pregnant, registered at a Lincoln practice. Partner {NAME|Tuan} (22) attends appointments and answers for her. Midwife {NAME|Becky} concerned about coercive control."),
    (PR, "Multi-agency meeting notes – {NAME|SK} updated that {NAME|Lucas}'s mum has moved to {ADDRESS|Bluebell Court}, {POSTCODE|NE4 9XB}; {NAME|SK} will visit with {NAME|PD}."),
    (PR, "{NAME|Shanice} told me 'my mum's boyfriend {NAME|Delroy} says I'm not his problem'. She was tearful. Will discuss in supervision."),
]


# ---------------------------------------------------------------------------
# RECORDS -- mixed, regional voices, emoji, more hard negatives (batch 7)
# ---------------------------------------------------------------------------

RECORDS += [
    (YP, "nowt safe round ere after dark, {NAME|Little Mo} and his lot sit on t'wall by the offy shoutin at lasses 😡"),
    (YP, "where's it to? the bus shelter by the Spar, thas where {NAME|Jace} an his mates be to every night, proper mazed they are"),
    (YP, "my aunty {NAME|Bisi} came and got me from the station at 2am 😭🙏 she is the realest"),
    (YP, "innit fam {NAME|Tunde} from the yard got me out of that ting, owe him big"),
    (YP, "{NAME|ROXY} GOT ME THE CHILDLINE NUMBER AND SAT WITH ME WHILE I RANG 💯"),
    (YP, "me and {NAME|Kayleigh} got followed off the bus on Scottie Road by some auld fella, la"),
    (YP, "the bus station at night 😬 and Maccies after 10 when the drunk people come in"),
    (YP, "🙏 Childline and my Nan. thats it"),
    (YP, "nowt, nobody, nowhere 🤷‍♀️ just me in my room on Fortnite"),
    (YP, "Greggs by the Arndale is where the older ones wait for Year 7s after school 😤"),
    (PR, "Mum has made a Will naming Nan as guardian for the children should anything happen to her."),
    (PR, "Sky Bet and Paddy Power apps on Dad's phone; he acknowledges gambling is a problem. GamCare details given."),
    (PR, "Summer, Autumn and Spring term reports all show a decline in attainment; the Virtual School Head has been asked to review the PEP."),
    (PR, "Email from {NAME|Siobhan Kearney}: 'Sorry {NAME|Jas}, can't make Tuesday's core group, my little one is off sick. Happy for {NAME|Ceri} to feed back on my behalf.'"),
    (PR, "Police intel: a male known as '{NAME|Little Sonny}' is believed to be running a line from Liverpool into Aberystwyth using local children including {NAME|Dewi} (15)."),
    (PR, "Chronology: 02/03/2026 – {NAME|River Okoye} (Y8) late to school, said he slept at {NAME|Blessing}s. 03/03/2026 – Mum confirms she did not know where he was."),
]


# ---------------------------------------------------------------------------
# whole-set checks, output
# ---------------------------------------------------------------------------

def check_all():
    errors = []
    built = []
    seen = {}
    for i, rec in enumerate(RECORDS):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append("record %d is not a (style, text) pair" % i)
            continue
        style, marked = rec
        text, spans, errs = check_record(i, style, marked)
        errors.extend(errs)
        norm = re.sub(r"\s+", " ", text.strip().lower())
        if norm in seen:
            errors.append("duplicate text: records %d and %d" % (seen[norm], i))
        seen[norm] = i
        built.append((style, text, spans))
    stats = compute_stats(built)
    n = stats["records"]
    if n < MIN_RECORDS:
        errors.append("only %d records (need >= %d)" % (n, MIN_RECORDS))
    if n:
        share = stats["clean"] / n
        if not (CLEAN_SHARE[0] <= share <= CLEAN_SHARE[1]):
            errors.append("clean share %.3f outside %s" % (share, CLEAN_SHARE))
        for st in STYLES:
            sh = stats["per_style"][st] / n
            if not (STYLE_SHARE[0] <= sh <= STYLE_SHARE[1]):
                errors.append("style %s share %.3f outside %s" % (st, sh, STYLE_SHARE))
    for t in TYPES:
        if stats["spans"][t] < MIN_SPANS[t]:
            errors.append("only %d %s spans (need >= %d)" % (stats["spans"][t], t, MIN_SPANS[t]))
    return built, errors, stats


def compute_stats(built):
    st = {
        "records": len(built),
        "clean": sum(1 for b in built if not b[2]),
        "per_style": Counter(b[0] for b in built),
        "clean_per_style": Counter(b[0] for b in built if not b[2]),
        "spans": Counter(),
        "spans_by_style": {s: Counter() for s in STYLES},
        "records_with": Counter(),
        "chars": sum(len(b[1]) for b in built),
    }
    for t in TYPES:
        st["spans"][t] += 0
    names = []
    for style, text, spans in built:
        for (s, e, t, v) in spans:
            st["spans"][t] += 1
            st["spans_by_style"].setdefault(style, Counter())[t] += 1
            if t == "NAME":
                after = text[e:e + 2]
                low = sum(c.islower() for c in text)
                up = sum(c.isupper() for c in text)
                initials = bool(re.fullmatch(r"[A-Z][A-Z'\u2019]{0,3}", v)) and low > up
                names.append((v, after, initials))
        for t in set(sp[2] for sp in spans):
            st["records_with"][t] += 1
    feat = OrderedDict()
    feat["all lower case"] = sum(1 for v, a, i in names if v == v.lower() and v != v.upper())
    feat["ALL CAPS words (not initials)"] = sum(1 for v, a, i in names if v == v.upper() and v != v.lower() and not i)
    feat["initials only (1-4 capitals in mixed-case text)"] = sum(1 for v, a, i in names if i)
    feat["non-ASCII letters"] = sum(1 for v, a, i in names if any(ord(c) > 127 for c in v))
    feat["apostrophe or hyphen inside"] = sum(1 for v, a, i in names if re.search(r"[\-'\u2019]", v))
    feat["multi-token (full name or prefixed nickname)"] = sum(1 for v, a, i in names if " " in v)
    feat["Big/Lil/Little prefix"] = sum(1 for v, a, i in names if re.match(r"(big|lil|little) ", v, re.I))
    feat["followed by 's"] = sum(1 for v, a, i in names if re.match(r"['\u2019][sS](?!\w)", a))
    feat["possessive s without apostrophe"] = sum(1 for v, a, i in names if re.match(r"[sS](?!\w)", a))
    st["name_features"] = feat
    return st


def build_jsonl(built):
    errors = []
    recs = list(built)
    random.Random(SEED).shuffle(recs)
    lines = []
    for k, (style, text, spans) in enumerate(recs, 1):
        obj = OrderedDict()
        obj["id"] = "ac%04d" % k
        obj["style"] = style
        obj["text"] = text
        obj["spans"] = [OrderedDict([("start", s), ("end", e), ("type", t)])
                        for (s, e, t, v) in sorted(spans)]
        lines.append(json.dumps(obj, ensure_ascii=False))
    # JSON (and UTF-8) round trip must preserve offsets
    blob = ("\n".join(lines) + "\n").encode("utf-8").decode("utf-8")
    back = [json.loads(x) for x in blob.splitlines() if x.strip()]
    if len(back) != len(recs):
        errors.append("round trip changed the number of records")
    for obj, (style, text, spans) in zip(back, recs):
        if obj["text"] != text or obj["style"] != style:
            errors.append("round trip changed text of %s" % obj["id"])
        ss = sorted(spans)
        if len(obj["spans"]) != len(ss):
            errors.append("round trip changed spans of %s" % obj["id"])
            continue
        for sp, (s, e, t, v) in zip(obj["spans"], ss):
            if obj["text"][sp["start"]:sp["end"]] != v or sp["type"] != t:
                errors.append("round trip offset mismatch in %s" % obj["id"])
    ids = [o["id"] for o in back]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    return lines, errors


def readme(stats):
    n = stats["records"]
    L = []
    A = L.append
    A("# set_ac -- hand-written evaluation set for a safeguarding de-identifier")
    A("")
    A("## Who and when")
    A("")
    A("Written on 2026-12-07 by an independent helper who saw nothing of the tool "
      "under test: not its code, its repository, its documentation, its output or "
      "any other evaluation set. No search tools, web pages, NLP libraries or "
      "de-identifiers were used. Every record was written by hand from general "
      "knowledge of UK child-safeguarding practice and of how young people write.")
    A("")
    A("## How it was built")
    A("")
    A("* `build.py` (Python 3 standard library only) holds every record as a "
      "`(style, text)` pair, with identifiers marked inline as `{TYPE|value}`. "
      "Records were typed one at a time; there are no templates, generators, "
      "name lists or substitution loops.")
    A("* `python3 build.py` parses the markers, runs every check listed below and, "
      "only if all pass, shuffles the records with `random.Random(%d)`, numbers "
      "them `ac0001`, `ac0002`, ... and writes `set_ac.jsonl` and this README. "
      "`python3 build.py --check` runs the checks only." % SEED)
    A("* `set_ac.jsonl`: one JSON object per line, `{\"id\", \"style\", \"text\", "
      "\"spans\"}`; each span is `{\"start\", \"end\", \"type\"}` with offsets in "
      "Unicode code points, end exclusive. UTF-8, `ensure_ascii=False`.")
    A("")
    A("Checks run by `build.py`:")
    A("")
    A("* markers well formed, types from the fixed list, spans do not overlap;")
    A("* no span starts or ends with space or punctuation (a HANDLE may start with "
      "`@` or end with `_`; a PHONE may start with `+` or `(`);")
    A("* every span sits on word boundaries (the one exception: a NAME directly "
      "followed by a possessive `s` written without an apostrophe);")
    A("* a NAME never starts with a title or kinship word and never includes `'s`;")
    A("* a marked string, and each part of a marked name, never appears again "
      "unmarked as a whole word in the same record (case-insensitive);")
    A("* PHONE numbers, after undoing obfuscation (spaces, dashes, zero-width "
      "spaces, letter O for 0, letter l for 1, spelled-out digits with "
      "double/triple, +44), fall in Ofcom drama ranges (07700 900xxx, "
      "01632 960xxx, 020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx);")
    A("* EMAIL addresses (after undoing (at), [dot], ' at ', ' dot ') and URLs are "
      "on example.com / example.org / example.net;")
    A("* POSTCODEs have a UK shape; NHS_NUMBERs start 999 and pass the Modulus 11 "
      "check; DATE_OF_BIRTH values parse to real calendar dates;")
    A("* the unmarked remainder of every record contains no `@`, no example.* "
      "host, no http/www, no run of 9+ digits, no postcode-shaped string, no "
      "`#1234` tag and no zero-width space;")
    A("* no duplicate texts; the size, clean-share, style-share and per-type "
      "minimums below; a JSON/UTF-8 round trip preserves every offset.")
    A("")
    A("## Labelling policy")
    A("")
    A("A span covers exactly the identifier, with no surrounding space or punctuation.")
    A("")
    A("* **NAME** -- any private person (young people, family members, carers, "
      "practitioners, alleged perpetrators) by full name (one span), first name, "
      "surname, nickname/street name or initials, in any case. Titles and kinship "
      "words stay outside (`Mr {NAME|Pryce}`, `uncle {NAME|Teddy}`, also "
      "non-English kinship words such as apa, bhai, chi). A Big/Lil/Little "
      "nickname prefix is inside (`{NAME|Big Marv}`). A possessive `'s` stays "
      "outside; a possessive written without an apostrophe is labelled on the "
      "name only (`{NAME|Reece}s brother`).")
    A("* **PHONE** -- UK phone numbers in any written form, including obfuscated ones.")
    A("* **EMAIL** -- e-mail addresses, including (at)/[dot]/' at '/' dot ' forms.")
    A("* **POSTCODE** -- full UK postcodes.")
    A("* **ADDRESS** -- house number + street, flat/block, a named street or estate "
      "given as where someone lives, a named children's home or placement. A "
      "street, estate or area mentioned only as a place where something happened "
      "is not labelled.")
    A("* **SCHOOL** -- named schools, academies, colleges and PRUs, including short "
      "forms. Generic mentions ('school', 'the PRU', 'college') are not labelled.")
    A("* **HANDLE** -- Snapchat/Instagram/TikTok/Discord/gaming user names, "
      "including Discord tags such as name#1234.")
    A("* **URL** -- web addresses.")
    A("* **NHS_NUMBER** -- NHS numbers.")
    A("* **DATE_OF_BIRTH** -- only dates of birth; ordinary dates (meeting dates, "
      "incident dates, chronology dates) are not labelled.")
    A("")
    A("Not labelled: public figures and celebrities, brands that look like names, "
      "shops, pubs, clubs, towns, districts, parks, landmarks, hospitals and wards, "
      "churches and mosques, services, charities and helplines with their public "
      "numbers (Childline 0800 1111, 999, 111), job titles, Mum/Dad/Nan, "
      "reference numbers. A name inside a URL, handle or e-mail is covered by that "
      "span only.")
    A("")
    A("All identifying details are invented: phones are in Ofcom drama ranges, "
      "e-mail and URL hosts are example.com/.org/.net, street, estate, school and "
      "home names are made up, postcodes use real outward-code shapes with "
      "invented inward codes, NHS numbers are in the 999 test range.")
    A("")
    A("## Counts")
    A("")
    A("| | records | share | clean records | clean share |")
    A("|---|---:|---:|---:|---:|")
    for s in STYLES:
        c = stats["per_style"][s]
        cl = stats["clean_per_style"][s]
        A("| %s | %d | %.1f %% | %d | %.1f %% |" % (s, c, 100.0 * c / n, cl, 100.0 * cl / max(c, 1)))
    A("| **total** | %d | 100 %% | %d | %.1f %% |" % (n, stats["clean"], 100.0 * stats["clean"] / n))
    A("")
    A("| span type | total | young_person | practitioner | records containing |")
    A("|---|---:|---:|---:|---:|")
    for t in TYPES:
        A("| %s | %d | %d | %d | %d |" % (t, stats["spans"][t], stats["spans_by_style"][YP][t],
                                         stats["spans_by_style"][PR][t], stats["records_with"][t]))
    A("| **all** | %d | %d | %d | %d |" % (sum(stats["spans"].values()),
                                           sum(stats["spans_by_style"][YP].values()),
                                           sum(stats["spans_by_style"][PR].values()),
                                           n - stats["clean"]))
    A("")
    A("NAME spans by surface form (a span can fall in several rows):")
    A("")
    A("| NAME feature | spans |")
    A("|---|---:|")
    for k, v in stats["name_features"].items():
        A("| %s | %d |" % (k, v))
    A("")
    A("Total text length: %d code points." % stats["chars"])
    A("")
    A("## What makes it hard")
    A("")
    A("* **Hard negatives.** About a third of records contain nothing to remove, but "
      "are dense with capitalised non-names: days, months, seasons and terms, "
      "brands, shops, apps and games, football clubs, towns, parks, hospitals and "
      "wards, services (CAMHS, YOT, MASH, Childline), job titles, public figures, "
      "Mum/Dad/Nan, the Police, and ordinary words that are also first names "
      "('Will review', 'no joy', 'Hope was expressed', 'Sky Sports', 'Summer term', "
      "'Frank discussion', 'Grace period').")
    A("* **Word-names both ways.** Joy, Hope, Mark, Will, Rose, Grace, Summer, "
      "Destiny, Precious, King, Hunter, Faith, Blessing, Sky, River and similar "
      "appear as names in some records and as ordinary words in others.")
    A("* **Names of many heritages** (West African, South Asian, Eastern European, "
      "Irish, Scottish Gaelic, Welsh, Vietnamese, Somali, Roma, Arabic, Caribbean, "
      "Turkish, Kurdish and more), with diacritics, apostrophes and hyphens; names "
      "in lower case and ALL CAPS; street names and nicknames, some of them "
      "ordinary words; initials in minutes, including single letters; names after "
      "titles, in greetings and sign-offs, in lists, reported speech and quotes, "
      "at sentence start and after 'from', 'to', 'with', 'linked to'; possessives "
      "with and without an apostrophe.")
    A("* **Young people's voice.** Text-speak, slang, no punctuation, all lower case "
      "or ALL CAPS, misspellings, emoji, and regional voices (Scots, Geordie, "
      "Scouse, Mancunian, Brummie, Welsh, Northern Irish, London, West Country, "
      "Yorkshire).")
    A("* **Obfuscated contact details.** Phones with spaces, dashes, zero-width "
      "spaces, O for 0, l for 1, spelled-out digits with double/triple, +44 forms; "
      "e-mails with (at)/[dot]/' at '/' dot '.")
    A("* **Dates of birth beside ordinary dates** in many formats; only the DOB "
      "is labelled.")
    A("* **Places.** Named streets and estates are labelled only when given as "
      "where someone lives; the same kinds of places mentioned as where something "
      "happened are left unlabelled, as are towns, parks, shops and hospitals.")
    A("")
    A("## Caveats")
    A("")
    A("* One author wrote every record, so the set reflects one person's idea of "
      "how these texts look; real case files are longer, messier and more "
      "repetitive.")
    A("* Some boundary decisions are judgement calls (for example whether an "
      "estate named as where something happened counts as an address, whether a "
      "nickname that is an ordinary word is used as a name, and whether a team "
      "mailbox is an identifier -- it is labelled EMAIL here). Scorers may want "
      "to report lenient (overlap) as well as strict (exact) matches.")
    A("* A surname-first police-style name ('SURNAME, Forename') and a full name "
      "with a quoted street name inside it are each labelled as one NAME span, "
      "comma or quotes included, following the 'full name = one span' rule.")
    A("* Non-English kinship terms (apa, bhai, chi and the like) are treated as "
      "kinship words and left outside NAME spans.")
    A("* Invented postcodes, streets and schools may by chance coincide with real "
      "ones; none is meant to refer to a real place or person.")
    A("* The set is small (a few hundred records); per-type figures for the rarer "
      "types rest on a few dozen spans at most.")
    A("")
    return "\n".join(L)


def main(argv):
    check_only = "--check" in argv
    built, errors, stats = check_all()
    lines, jerr = build_jsonl(built)
    errors.extend(jerr)
    n = stats["records"]
    print("records: %d  clean: %d (%.1f%%)  %s" % (
        n, stats["clean"], 100.0 * stats["clean"] / max(n, 1),
        "  ".join("%s=%d" % (s, stats["per_style"][s]) for s in STYLES)))
    print("spans: " + "  ".join("%s=%d" % (t, stats["spans"][t]) for t in TYPES))
    if errors:
        for e in errors:
            print("ERROR: " + e)
        print("%d error(s); nothing written." % len(errors))
        return 1
    print("all checks passed")
    if check_only:
        return 0
    with open(OUT_JSONL, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(OUT_README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(stats))
    print("wrote %s and %s" % (OUT_JSONL, OUT_README))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
