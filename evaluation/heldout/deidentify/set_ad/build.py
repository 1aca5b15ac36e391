#!/usr/bin/env python3
"""Independent evaluation set `set_ad` for a de-identifier used on UK child-safeguarding text.

Every record is hand-written as (style, text) with identifiers marked inline as {TYPE|value}.
    python3 build.py          -> run all checks, then write set_ad.jsonl and README_set_ad.md
    python3 build.py --check  -> run all checks only
Standard library only. If any check fails nothing is written.
"""
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
TYPES = ["NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE",
         "URL", "NHS_NUMBER", "DATE_OF_BIRTH"]
STYLES = ["young_person", "practitioner"]
ZWSP = "\u200b"

TITLES_KIN = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "di", "sgt", "insp", "prof", "sir",
    "uncle", "aunt", "auntie", "aunty", "nan", "nana", "nanna", "gran", "granny", "grandad",
    "grandma", "grandpa", "mum", "mam", "mom", "dad", "da", "brother", "sister", "bro", "sis",
    "cousin", "cuz", "stepdad", "stepmum", "step-dad", "step-mum", "baby", "father", "mother",
}
# parts of a name that are not themselves checked for repetition (prefixes / particles)
NAME_PART_SKIP = {"big", "lil", "little", "young", "yung", "de", "da", "van", "von", "der",
                  "al", "el", "bin", "bint", "ibn", "la", "le", "du", "di"}

MARK_RE = re.compile(r"\{([A-Z_]+)\|([^{}|]+)\}")
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.I)
POSTCODE_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?![A-Za-z0-9])", re.I)
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)*example\.(com|org|net)$", re.I)
URL_RE = re.compile(r"^(https?://)?([A-Za-z0-9-]+\.)*example\.(com|org|net)(/[^\s]*)?$", re.I)
DRAMA_PHONE = [re.compile(p) for p in (r"^07700900\d{3}$", r"^01632960\d{3}$", r"^02079460\d{3}$",
                                        r"^01134960\d{3}$", r"^01614960\d{3}$")]
DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}


def parse(text):
    """Return (plain_text, spans) from marked text; raise ValueError if malformed."""
    out, spans, pos = [], [], 0
    for m in MARK_RE.finditer(text):
        between = text[pos:m.start()]
        if any(c in between for c in "{}|"):
            raise ValueError("stray brace/pipe before %r" % m.group(0))
        out.append(between)
        start = sum(len(s) for s in out)
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("unknown type %s" % typ)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": typ})
        pos = m.end()
    tail = text[pos:]
    if any(c in tail for c in "{}|"):
        raise ValueError("stray brace/pipe in tail")
    out.append(tail)
    return "".join(out), spans


def norm_phone(v):
    s = v.lower().replace(ZWSP, " ")
    toks = re.findall(r"[a-z]+|[^a-z]+", s)
    digits = []
    i = 0
    words = [t for t in toks]
    mult = 1
    for t in words:
        if t.isalpha():
            if t in ("double", "triple"):
                mult = 2 if t == "double" else 3
                continue
            if t in DIGIT_WORDS:
                digits.append(DIGIT_WORDS[t] * mult)
                mult = 1
                continue
            # letter look-alikes inside a digit string: O for 0, l / i for 1
            conv = "".join({"o": "0", "l": "1", "i": "1"}.get(c, "?") for c in t)
            if "?" in conv:
                return None
            digits.append(conv * mult)
            mult = 1
        else:
            digits.append(t)
    s = "".join(digits)
    s = re.sub(r"\(0\)", "", s)
    s = re.sub(r"[\s\-.()]", "", s)
    if s.startswith("+44"):
        s = "0" + s[3:]
    return s


def phone_ok(v):
    s = norm_phone(v)
    return bool(s) and any(p.match(s) for p in DRAMA_PHONE)


def email_ok(v):
    s = v.strip()
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s, flags=re.I)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s, flags=re.I)
    s = re.sub(r"\s+at\s+", "@", s, flags=re.I)
    s = re.sub(r"\s+dot\s+", ".", s, flags=re.I)
    return bool(EMAIL_RE.match(s))


def nhs_ok(v):
    d = re.sub(r"[\s\-]", "", v)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def dob_ok(v):
    s = v.lower().strip()
    s = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\bof\b", " ", s)
    s = s.replace(",", " ")
    s = re.sub(r"\s+", " ", s).strip()

    def mk(y, mth, d):
        y = int(y)
        if y < 100:
            y += 2000
        if not 1995 <= y <= 2025:
            return False
        try:
            datetime.date(y, int(mth), int(d))
            return True
        except ValueError:
            return False
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", s)
    if m:
        return mk(m.group(3), m.group(2), m.group(1))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return mk(m.group(1), m.group(2), m.group(3))
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{2}|\d{4})", s)
    if m and m.group(2) in MONTHS:
        return mk(m.group(3), MONTHS[m.group(2)], m.group(1))
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2}) (\d{4})", s)
    if m and m.group(1) in MONTHS:
        return mk(m.group(3), MONTHS[m.group(1)], m.group(2))
    return False


def is_alnum(c):
    return c.isalnum()


def check_record(idx, style, marked, errors):
    where = "record %d" % idx
    if style not in STYLES:
        errors.append("%s: bad style %r" % (where, style))
    try:
        text, spans = parse(marked)
    except ValueError as e:
        errors.append("%s: %s" % (where, e))
        return None
    # overlap
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        if sp["start"] < prev_end:
            errors.append("%s: overlapping spans" % where)
        prev_end = sp["end"]
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        t = sp["type"]
        if v != v.strip():
            errors.append("%s: space at span edge %r" % (where, v))
        first, last = v[0], v[-1]
        ok_first = is_alnum(first) or (t == "HANDLE" and first == "@") or (t == "PHONE" and first in "+(")
        ok_last = is_alnum(last) or (t == "HANDLE" and last == "_")
        if not (ok_first and ok_last):
            errors.append("%s: punctuation at span edge %r" % (where, v))
        before = text[sp["start"] - 1] if sp["start"] > 0 else " "
        after = text[sp["end"]] if sp["end"] < len(text) else " "
        if is_alnum(before) or before == "_":
            errors.append("%s: span not on word boundary (start) %r" % (where, v))
        if is_alnum(after) or after == "_":
            nxt = text[sp["end"] + 1] if sp["end"] + 1 < len(text) else " "
            if not (t == "NAME" and after == "s" and not is_alnum(nxt)):
                errors.append("%s: span not on word boundary (end) %r" % (where, v))
        if t == "NAME":
            first_tok = re.split(r"[\s]+", v)[0].lower().rstrip(".")
            if first_tok in TITLES_KIN:
                errors.append("%s: NAME starts with title/kinship %r" % (where, v))
            if re.search(r"['’]s$", v, re.I):
                errors.append("%s: NAME includes 's %r" % (where, v))
        elif t == "PHONE" and not phone_ok(v):
            errors.append("%s: phone not valid/drama range %r -> %r" % (where, v, norm_phone(v)))
        elif t == "EMAIL" and not email_ok(v):
            errors.append("%s: bad email %r" % (where, v))
        elif t == "URL" and not URL_RE.match(v):
            errors.append("%s: bad url %r" % (where, v))
        elif t == "POSTCODE" and not POSTCODE_RE.match(v):
            errors.append("%s: bad postcode %r" % (where, v))
        elif t == "NHS_NUMBER" and not nhs_ok(v):
            errors.append("%s: bad NHS number %r" % (where, v))
        elif t == "DATE_OF_BIRTH" and not dob_ok(v):
            errors.append("%s: unparseable DOB %r" % (where, v))
    # remainder = text with spans blanked out
    rem = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            rem[k] = "\u0000"
    remainder = "".join(rem)
    rem_plain = remainder.replace("\u0000", " ")
    if "@" in rem_plain:
        errors.append("%s: unmarked @" % where)
    if re.search(r"example\.(com|org|net)", rem_plain, re.I):
        errors.append("%s: unmarked example host" % where)
    if re.search(r"https?:|www\.", rem_plain, re.I):
        errors.append("%s: unmarked http/www" % where)
    if re.search(r"\d{9,}", rem_plain):
        errors.append("%s: unmarked 9+ digit run" % where)
    pm = POSTCODE_IN_TEXT.search(rem_plain)
    if pm:
        errors.append("%s: unmarked postcode-shaped %r" % (where, pm.group(0)))
    if re.search(r"#\d{4}", rem_plain):
        errors.append("%s: unmarked #1234 tag" % where)
    if ZWSP in rem_plain:
        errors.append("%s: unmarked zero-width space" % where)
    # repeated unmarked identifiers
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        needles = {v}
        if sp["type"] == "NAME":
            for part in re.split(r"[\s\-]+", v):
                if part and part.lower() not in NAME_PART_SKIP:
                    needles.add(part)
        for n in needles:
            pat = r"(?<![\w'’])" + re.escape(n) + r"(?!\w)"
            m = re.search(pat, rem_plain, re.I)
            if m:
                errors.append("%s: %r appears unmarked (%r)" % (where, n, rem_plain[max(0, m.start() - 20):m.end() + 20]))
    return text, spans


def build(check_only):
    errors = []
    recs = []
    seen = set()
    for i, (style, marked) in enumerate(RECORDS):
        r = check_record(i, style, marked, errors)
        if r is None:
            continue
        text, spans = r
        if text in seen:
            errors.append("record %d: duplicate text" % i)
        seen.add(text)
        recs.append({"style": style, "text": text, "spans": spans})
    n = len(recs)
    clean = sum(1 for r in recs if not r["spans"])
    tcount = Counter(sp["type"] for r in recs for sp in r["spans"])
    scount = Counter(r["style"] for r in recs)
    if n < 220:
        errors.append("only %d records" % n)
    if n and not 0.32 <= clean / n <= 0.40:
        errors.append("clean share %.3f out of range" % (clean / n))
    for s in STYLES:
        if n and not 0.45 <= scount[s] / n <= 0.55:
            errors.append("style %s share %.3f out of range" % (s, scount[s] / n))
    if tcount["NAME"] < 250:
        errors.append("only %d NAME spans" % tcount["NAME"])
    for t in TYPES[1:]:
        if tcount[t] < 6:
            errors.append("only %d %s spans" % (tcount[t], t))
    rng = random.Random(SEED)
    rng.shuffle(recs)
    lines = []
    for k, r in enumerate(recs, 1):
        obj = {"id": "ad%04d" % k, "style": r["style"], "text": r["text"],
               "spans": sorted(r["spans"], key=lambda s: s["start"])}
        line = json.dumps(obj, ensure_ascii=False)
        back = json.loads(line)
        if back["text"] != r["text"] or back["spans"] != obj["spans"]:
            errors.append("JSON round trip changed record %s" % obj["id"])
        for sp in back["spans"]:
            if back["text"][sp["start"]:sp["end"]] != r["text"][sp["start"]:sp["end"]]:
                errors.append("JSON round trip offset mismatch %s" % obj["id"])
        lines.append(line)
    if errors:
        print("CHECKS FAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    clean_by_style = Counter(r["style"] for r in recs if not r["spans"])
    tstyle = Counter((r["style"], sp["type"]) for r in recs for sp in r["spans"])
    print("all checks passed")
    print("records %d | clean %d (%.1f%%) | young_person %d | practitioner %d"
          % (n, clean, 100 * clean / n, scount["young_person"], scount["practitioner"]))
    for t in TYPES:
        print("  %-14s %d" % (t, tcount[t]))
    if check_only:
        return 0
    with open(os.path.join(HERE, "set_ad.jsonl"), "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    with open(os.path.join(HERE, "README_set_ad.md"), "w", encoding="utf-8") as f:
        f.write(readme(n, clean, scount, clean_by_style, tcount, tstyle))
    print("wrote set_ad.jsonl and README_set_ad.md")
    return 0


def readme(n, clean, scount, clean_by_style, tcount, tstyle):
    L = []
    L.append("# set_ad — independent evaluation set for a safeguarding de-identifier\n")
    L.append("## Who and when\n")
    L.append("Written on 2026-12-06 by an independent helper who saw nothing of the tool under test: "
             "no code, repository, other evaluation set, search tool, web page, NLP library or "
             "de-identifier was consulted. Every record was written by hand from general knowledge.\n")
    L.append("## How it was built\n")
    L.append("- `build.py` (Python 3 standard library only) holds every record as `(style, text)` with "
             "identifiers marked inline as `{TYPE|value}`. Records were written one at a time; there are "
             "no templates, generators, name lists or substitution loops.\n"
             "- `python3 build.py` runs all checks and, only if all pass, writes `set_ad.jsonl` and this README; "
             "`python3 build.py --check` only checks.\n"
             "- Records are shuffled with `random.Random(20261208)` and numbered ad0001, ad0002, ...\n"
             "- Each JSONL line is `{\"id\", \"style\", \"text\", \"spans\"}`; spans are `{\"start\", \"end\", \"type\"}` "
             "with offsets in Unicode code points, end exclusive. UTF-8, `ensure_ascii=False`.\n")
    L.append("### Styles\n")
    L.append("- `young_person`: answers to survey questions (where do you feel unsafe and why, who helped you, "
             "anything else) in text-speak, slang, misspellings, no punctuation, all lower case or ALL CAPS, "
             "with voices from across the UK (Scouse, Geordie, Glaswegian, Welsh, Belfast, Brummie, London, Yorkshire, Manc).\n"
             "- `practitioner`: case notes, referrals, strategy / core-group / MARAC minutes with initials, e-mails "
             "with greetings and sign-offs, chronologies, police, health, school and youth-work records, "
             "form-style notes with field labels.\n")
    L.append("## Labelling policy\n")
    L.append("- A span covers exactly the identifier, with no surrounding space or punctuation.\n"
             "- NAME: any private person by full name (one span), first name, surname, nickname or initials. "
             "Titles and kinship words stay outside (`Mr {NAME|Pryce}`, `uncle {NAME|Teddy}`); a nickname prefix "
             "Big/Lil/Little is inside; a possessive 's stays outside; a possessive without an apostrophe is "
             "labelled on the name only (`{NAME|Reece}s brother`).\n"
             "- Not labelled: public figures, brands, shops, pubs, clubs, towns, districts, parks, landmarks, "
             "hospitals and wards, churches, services, charities and helplines with their public numbers, job titles, "
             "Mum/Dad/Nan, reference numbers.\n"
             "- A name inside a URL, handle or e-mail is covered by that span only.\n"
             "- PHONE (UK, incl. obfuscated), EMAIL (incl. (at)/[dot]), POSTCODE, ADDRESS (house number + street, "
             "flat/block, a named estate where someone lives, a named children's home), SCHOOL (named schools, academies, "
             "colleges, PRUs incl. short forms), HANDLE (social/gaming names, Discord tags), URL, NHS_NUMBER, "
             "DATE_OF_BIRTH (only dates of birth; ordinary dates are left unlabelled).\n")
    L.append("## Counts\n")
    L.append("| | young_person | practitioner | total |\n|---|---:|---:|---:|")
    L.append("| records | %d | %d | %d |" % (scount["young_person"], scount["practitioner"], n))
    L.append("| clean records | %d | %d | %d (%.1f%%) |" % (clean_by_style["young_person"], clean_by_style["practitioner"],
                                                       clean, 100 * clean / n))
    for t in TYPES:
        L.append("| %s | %d | %d | %d |" % (t, tstyle[("young_person", t)], tstyle[("practitioner", t)], tcount[t]))
    L.append("")
    L.append("## What makes it hard\n")
    L.append("- Clean records are hard negatives packed with capitalised non-names: days, months, seasons, brands, "
             "shops, apps and games, football clubs, towns and districts, parks, hospitals and wards, services and "
             "charities, job titles, public figures, Mum/Dad/Nan, the Police, and words that are also names used as words.\n"
             "- Word-names (Joy, Hope, Mark, Will, Rose, Grace, Summer, Destiny, Precious, King, Hunter, Faith, Blessing, "
             "Sky, River) appear as names in some records and as ordinary words in others.\n"
             "- Names of many heritages with diacritics, apostrophes and hyphens; lower-case and ALL-CAPS names; "
             "street names and nicknames that are ordinary words; Big/Lil prefixes; quoted names; surnames after titles; "
             "initials in minutes and single-letter initials; greetings and sign-offs; possessives with and without "
             "apostrophe; names in lists, reported speech and after prepositions.\n"
             "- Obfuscated phones (spaces, dashes, zero-width spaces, letter O for 0 and l for 1, spelled-out digits, +44), "
             "obfuscated e-mails, lower-case postcodes, Discord tags, DOBs in many formats beside unlabelled ordinary dates.\n")
    L.append("## Caveats\n")
    L.append("- Small set (%d records) written quickly by one person; label judgements (e.g. whether a nickname or a "
             "single initial is identifying) follow the policy above and others may disagree at the margins.\n"
             "- All identifiers are invented: phones are in Ofcom drama ranges, e-mail and URL hosts are on example.com/.org/.net, "
             "streets, schools, estates and children's homes are invented, postcodes have real outward-code shapes with "
             "invented inward codes, NHS numbers start 999 with a valid Modulus 11 check digit. Any resemblance to a real "
             "person or place is accidental.\n"
             "- Real public places, services, brands and public figures appear only as non-identifying context.\n"
             "- The text is synthetic and does not reproduce the full messiness of real records (e.g. scanned forms, very "
             "long chronologies, mixed languages beyond occasional Welsh/Scots/Polish words).\n" % n)
    return "\n".join(L) + "\n"


RECORDS = []

# ---------------------------------------------------------------- young_person, with identifiers
RECORDS += [
("young_person", "i dont feel safe round the back of {ADDRESS|Kestrel Court} coz {NAME|big jerome} and his lot hang there n they take ur stuff"),
("young_person", "my mates {NAME|Tayla} and {NAME|Kacey-Leigh} helped me when {NAME|Connor} was sending me stuff on snap"),
("young_person", "WHEN MY STEPDAD {NAME|GAZ} IS DRUNK I GO TO MY NANS AT {ADDRESS|42 ELM GROVE} BUT I DONT WANT HIM TO FIND OUT"),
("young_person", "miss {NAME|o'donnell} was the only one who listened to me tbh the rest of the teachers at {SCHOOL|castlegate} dont care"),
("young_person", "theres a lad called \"{NAME|Biscuit}\" who sells vapes outside the chippy and he asked me to hold a bag for him"),
("young_person", "{NAME|Hope} from youth club helped me ring childline when i was in a bad place"),
("young_person", "ma pal {NAME|Eilidh} walked me hame fae the bus stop cos {NAME|Dessie} and them were following us again"),
("young_person", "naebody helped except mrs {NAME|mcgarrity} the guidance teacher at {SCHOOL|Kirkhill Academy}, shes sound"),
("young_person", "its {NAME|Kayla} btw add me on snap {HANDLE|kayz.xo_} if u want to chat about it"),
("young_person", "my number is {PHONE|07700 900461} if anyone from the survey wants to ring me back"),
("young_person", "i feel unsafe in town on a saturday night, {NAME|Rhys} and {NAME|Gruffydd} from my year got jumped by the bus station. {NAME|Ffion}s mam picked us up"),
("young_person", "wee {NAME|Ciarán} got a hidin off them ones from up the road and nobody done nothin about it"),
("young_person", "me and our {NAME|Kelsey} get followed by lads in a white van near the prom, la, its proper scary"),
("young_person", "wor {NAME|Jordan} says ah shouldnt gan doon the metro on me own after dark cos of them lads"),
("young_person", "MR {NAME|PRYCE} ON THE 42 BUS IS CREEPY HE ASKS FOR MY NUMBER EVERY SINGLE DAY"),
("young_person", "some guy on discord {HANDLE|ghostie#4471} keeps asking for pics n says hes 15 but i dont think he is"),
("young_person", "{NAME|Precious} is my best friend she came with me to tell my mum"),
("young_person", "my nan {NAME|Pat} and my auntie {NAME|Shaz} are the ones i trust most"),
("young_person", "i got a message from {HANDLE|@lil_tee.x} saying they had pics of me and would send them to everyone at {SCHOOL|Hollinwood Park}"),
("young_person", "{NAME|Lil Reemz} and {NAME|Big Ty} run the block near mine, they made my brother carry for them"),
("young_person", "unsafe at home when {NAME|Reece} comes round. {NAME|Reece}s brother has a blade and shows it off"),
("young_person", "{NAME|Łukasz} and {NAME|Bartek} from my class help me with english and walk with me to the tram"),
("young_person", "my cousin {NAME|Abdirahman} told the teacher for me when the boys said stuff about my hijab"),
("young_person", "i live at {ADDRESS|flat 9 Marlowe Court} and the lift is always broke and men sit on the stairs smoking"),
("young_person", "{NAME|kyle} gave me his email {EMAIL|kyle.b2009 (at) example (dot) com} and said dont tell no one"),
("young_person", "born {DATE_OF_BIRTH|12/08/2011} so im 14 now, i want to move schools from {SCHOOL|Aldermoor} coz of the bullying"),
("young_person", "NOBODY HELPED ME. {NAME|JAYDEN} AND {NAME|KAI} KEEP TAKING MY PHONE AND SAYING THEY WILL STAB ME"),
("young_person", "{NAME|Will} helped me hes my older brothers friend and he drove me home from the party"),
("young_person", "the only adult i trust is {NAME|Joy} at the hostel, she always makes time"),
("young_person", "{NAME|destiny} told me not to go to the party at {NAME|Marcus}s house and she was right"),
("young_person", "this man sent me {URL|vm.tiktok.example.com/ZMh8Kq2x} and it was nasty stuff, i blocked him"),
("young_person", "i was gaming with {HANDLE|xX_Shadow_Wolf_Xx} and he offered me vbucks if i sent a pic of myself"),
("young_person", "me n {NAME|Chantelle} get called names on the bus by {NAME|Mason} and {NAME|Liam} from year 10"),
("young_person", "my social worker {NAME|Oluwaseun} is good, she actually listens and doesnt just write stuff down"),
("young_person", "{NAME|Summer} and me got lost in the woods near the reservoir and a man offered us a lift"),
("young_person", "pls help my sister {NAME|Aaliyah} she goes out with a 19 year old called {NAME|Deano} and hes not nice"),
("young_person", "i dont like going to my dads at {ADDRESS|27 Pendle Road} {POSTCODE|bb9 4zq} cos his girlfriend shouts at me"),
("young_person", "{NAME|sky} was there for me when i was sad, we talk every night"),
("young_person", "{NAME|River} helped me and showed me how to use kooth on my phone"),
("young_person", "{NAME|hunter} from the football team stuck up for me when they were chucking stuff at me"),
("young_person", "I feel unsafe at {ADDRESS|Oakfield Lodge} (the kids home) coz one of the older ones {NAME|Tyrese} takes my money"),
("young_person", "they call the guy who runs it \"{NAME|King}\", he drives a black merc and gives the younger ones phones"),
("young_person", "my youth worker {NAME|Grace} sorted it all out with the housing"),
("young_person", "{NAME|Faith} and {NAME|Blessing} are my sisters and we look after each other when its bad at home"),
("young_person", "{NAME|Mark} from the boxing gym lets me stay late so i dont have to go home"),
("young_person", "the school nurse {NAME|rose} helped me the most, and my mate {NAME|Nia}"),
("young_person", "I LIVE {POSTCODE|LS9 7ZQ} AND THE GINNELS ARE SCARY AT NIGHT THERES ALWAYS NEEDLES"),
("young_person", "if ur reading this im {NAME|zoë} and i want someone to call me on {PHONE|O77OO 9OO 235} not my mum"),
("young_person", "{NAME|Siân} and {NAME|Elin} helped me in Welsh when i couldnt say it in English to the teacher"),
("young_person", "nobody. {NAME|tommo} and {NAME|macca} set fire to my bin and my mam said just ignore it"),
("young_person", "i get scared when {NAME|Dwayne} (mums boyfriend) comes home at like 3am"),
("young_person", "{NAME|Mariam}, {NAME|Hodan}, {NAME|Ayaan} and me walk together so nobody bothers us after mosque"),
("young_person", "my insta is {HANDLE|@bigdee_07} and the clip is still up at {URL|instagram.example.com/p/Cx81bQ} if the police want to see what he sent"),
("young_person", "MY BROTHER {NAME|KRZYSZTOF} GOT BEATEN UP BY {NAME|DONNIE} FROM THE ESTATE AND THE POLICE DIDNT COME"),
("young_person", "we live on the {ADDRESS|Brackenfield Estate} and theres always fighting, {NAME|Shannon} got her nose broke"),
("young_person", "this lad {NAME|Mo} off {ADDRESS|Sycamore Walk} keeps telling me to come to his flat and he'll give me weed"),
("young_person", "mr {NAME|Nguyễn} the maths teacher noticed i was upset and got me help"),
("young_person", "me mam's fella {NAME|Stevie} shouts at us all the time and chucked my phone at the wall"),
("young_person", "{NAME|Oisín} and {NAME|Darragh} stopped the big lads from taking my bike"),
("young_person", "call me on {PHONE|zero seven seven zero zero nine zero zero eight eight one} pls dont tell my dad"),
("young_person", "{NAME|jamal} was the only one who stuck by me when everyone was saying stuff, also {NAME|Tiegan}"),
("young_person", "dont feel safe at {SCHOOL|Marsh Lane PRU} coz {NAME|Ellis} and {NAME|Bradley} bring knives in"),
("young_person", "my dob is {DATE_OF_BIRTH|3rd of march 2010} and i want to know whats happening with my case"),
("young_person", "there was a lad on roblox called {HANDLE|PrincessKiller_09} asking me to move to snapchat"),
("young_person", "ms {NAME|adeyemi} the head of year helped but only after i told her 3 times"),
]
RECORDS += [
("young_person", "OUR {NAME|SHAUNA} GOT A TEXT OFF {PHONE|07700-900-118} SAYING SHE OWES THEM MONEY"),
("young_person", "i trust {NAME|Nathaniel} and {NAME|Precious-Grace} from church but not the pastor"),
]
RECORDS += [
("young_person", "i want to say thank you to mrs {NAME|Kowalczyk} and mr {NAME|Osei-Bonsu} for believing me"),
("young_person", "my ex {NAME|Callum} put my nudes on a group chat and {NAME|Ruby} screenshotted it so i could show the police"),
("young_person", "aye {NAME|Jamie-Lee} from the Young Carers got me a laptop so i can do ma homework"),
("young_person", "i was born on {DATE_OF_BIRTH|25th December 2009} so nobody remembers my birthday, it was christmas day 2023 when he hit me"),
("young_person", "{NAME|Keziah} said her uncle {NAME|Tunde} would sort them out if they touched me again"),
("young_person", "the lads from the top field, {NAME|Smudge}, {NAME|Dexter} and {NAME|Lewis}, chased me with a dog"),
("young_person", "i dont feel safe anywhere tbh. maybe at {NAME|Amira}s house cos her mum is kind"),
("young_person", "i told {NAME|McKenzie} what happened n she told miss {NAME|Hart}"),
]

# ---------------------------------------------------------------- young_person, clean (hard negatives)
RECORDS += [
("young_person", "i feel unsafe in town on friday nights near mcdonalds and the bus station, the Police dont do nothing"),
("young_person", "Primark in the Arndale on a Saturday is rammed and old men stare at you, i hate it"),
("young_person", "my Nan helped me the most and Mum when she found out, also my form tutor"),
("young_person", "i hope things get better. will anyone actually read this survey or is it just for show"),
("young_person", "the summer holidays are the worst cos theres nothing to do in Rhyl except sit on the front"),
("young_person", "BURGER KING ON THE RETAIL PARK AFTER 9 IS WHERE ALL THE FIGHTS START"),
("young_person", "Grace before dinner at my dads is so awkward lol but its safe there, safer than Mums"),
("young_person", "i play Destiny 2 and Fortnite and people say horrible things on the mic, i just mute them now"),
("young_person", "mark my words someone is going to get hurt at the skatepark in Victoria Park if nothing changes"),
("young_person", "walking along the river Taff at night is dodgy, theres no lights past the stadium"),
("young_person", "Dad only cares about Sky Sports and Man U, he doesnt notice anything"),
("young_person", "its a faith school so you cant talk about being gay, i dont feel safe being myself"),
("young_person", "the King was on telly and my Nan cried lol. anyway i feel safe at home its just school thats bad"),
("young_person", "Childline helped me, and The Mix website. also the lady at Boots gave me a number for Brook"),
("young_person", "i feel safe at Celtic Park wi ma da but no on the way hame through Parkhead"),
("young_person", "NOTHING ELSE TO SAY EXCEPT FIX THE LIGHTS IN SEFTON PARK AND PUT MORE BUSES ON"),
("young_person", "its a blessing in disguise i got moved, the new foster placement in Swansea is miles better"),
("young_person", "my phone is precious to me its my only way of talking to my friends back in Poland"),
("young_person", "pure joy when the Year 11s left honestly they were the worst"),
("young_person", "Stormzy and Marcus Rashford are who i look up to not the lads on the corner"),
("young_person", "Andrew Tate videos are all the boys watch and then they say stuff to us girls in PE"),
("young_person", "went to A&E at Alder Hey after i got jumped and they were nice, the nurse on Ward 4C was kind"),
("young_person", "in Moss Side there are always police vans, i dont feel safe with them or without them"),
("young_person", "Snapchat maps lets anyone see where i am, i turned it off after a talk from the PCSO"),
("young_person", "last Summer was the worst, this Winter has been ok so far"),
("young_person", "Harehills at night no chance. Roundhay is alright in the day"),
("young_person", "i feel safest at Cadets on a Tuesday and at the Salvation Army drop in"),
("young_person", "CAMHS said 18 months waiting list, thats not help thats a joke"),
("young_person", "its my destiny to leave this town as soon as i turn 18 lol"),
("young_person", "the big lads by Greggs ask for money every morning before school"),
("young_person", "dunno. maybe the Young Carers group. and the library on Wednesdays"),
("young_person", "wrexham AFC games are fine, its the train back to chester thats scary with all the drunk men"),
("young_person", "i dont like the Co-op on the corner cos the man who works there stares"),
("young_person", "NSPCC came into school for an assembly and after that i told my Head of Year"),
("young_person", "byker bridge at night is canny scary ah divvent gan there anymore"),
("young_person", "me da says the Polis are useless but they helped us when the windae got put in"),
("young_person", "i feel unsafe on the 49 bus through Handsworth and at Snow Hill station"),
("young_person", "the hunter wellies i got for my birthday got robbed off me in the park, thats when i stopped going out"),
("young_person", "i rose above it in the end but school should have done more about the group chat"),
("young_person", "The Samaritans number is on the back of the toilet door at school, i rang it once"),
("young_person", "im 13 and on TikTok, Instagram and Roblox. strangers add me all the time"),
("young_person", "at Christmas everyone drinks and it gets loud, Boxing Day is the worst"),
("young_person", "my faith helps me, Friday prayers at the mosque are when i feel calm"),
("young_person", "Belfast city centre on the Twelfth is wild, i stay in on the Eleventh night"),
]

# ---------------------------------------------------------------- practitioner, with identifiers
RECORDS += [
("practitioner", "Strategy discussion 14/03/2025. Present: {NAME|KO} (Social Worker, chair), {NAME|RD} (DSL, {SCHOOL|Greyfield College}), DC {NAME|Mahmood} (Police), {NAME|HB} (School Nurse). Child: {NAME|Tiana Forde}, DOB {DATE_OF_BIRTH|02/11/2010}. {NAME|RD} reported that {NAME|Tiana} disclosed on 12/03 that {NAME|Jermaine} (20) had taken her to a flat in Openshaw. Outcome: S47 enquiries to proceed. Action: {NAME|KO} to complete home visit by Friday."),
("practitioner", "Hi {NAME|Priya},\n\nJust following up on our call this morning about {NAME|Dylan}. Mum has agreed to the referral to the Youth Justice Service. Can you send the consent form to {EMAIL|dylan.case@familyhub.example.org}?\n\nMany thanks,\n{NAME|Sorcha}"),
("practitioner", "Name: {NAME|Kacper Wiśniewski}\nDOB: {DATE_OF_BIRTH|17.06.2009}\nAddress: {ADDRESS|14 Harrowgate Close}, Leeds {POSTCODE|LS8 3XQ}\nSchool: {SCHOOL|Templegate High}\nNHS no: {NHS_NUMBER|999 526 0182}\nReason for referral: missing from home x3 in February, found in Bradford on each occasion."),
("practitioner", "Case note 03/02/2025 16:40. Home visit to {NAME|Leah}. {NAME|Leah} presented as withdrawn. She said that \"{NAME|Jonno}\" had been picking her up from {SCHOOL|St Wilfrida's RC Academy} in a grey Audi. Mum unaware of who {NAME|Jonno} is. Advised Mum to contact 101 if seen again. Next visit Tuesday."),
("practitioner", "MARAC minutes 22/01/2025. Victim: {NAME|Danielle Hughes}. Perpetrator: {NAME|Wayne Tolley}. Children: {NAME|Mia} (9) and {NAME|Alfie} (6). IDVA ({NAME|JP}) reports escalation since Christmas including strangulation. Police ({NAME|SG}) confirmed bail conditions not to attend {ADDRESS|31 Fenwick Street}. Housing to explore sanctuary scheme. {NAME|JP} to update victim."),
]
RECORDS += [
]
RECORDS += [
("practitioner", "Core group meeting 11/04/2025\nPresent: {NAME|LB} (Social Worker), {NAME|FN} (Family Support Worker), mother Mrs {NAME|Begum}, {NAME|TC} (Head of Year, {SCHOOL|Aldermoor Academy}).\nApologies: Health Visitor.\n{NAME|FN} reported that home conditions have improved. {NAME|Rahim} attending school 92%. {NAME|TC} raised concern about {NAME|Rahim} being seen with older males near the station. Plan remains CP under neglect."),
("practitioner", "Police log 0412 of 05/05/2025. Concern for welfare. Caller reports a female approx 14 in school uniform getting into a silver Corsa on {ADDRESS|Bramble Way}. Vehicle registered keeper {NAME|Ryan Scholes}. Female later identified as {NAME|Paige Whitworth}, DOB {DATE_OF_BIRTH|23/09/2010}. Returned home by officers. Referral to MASH."),
("practitioner", "Good afternoon {NAME|Tomasz},\n\nPlease find attached the minutes from Thursday. Could you ask {NAME|Agnieszka} to ring me on {PHONE|0113 496 0518} when she is free, ideally before the review on the 28th.\n\nKind regards\n{NAME|Helen Ashworth}\nSocial Worker, Children's Social Care"),
("practitioner", "A&E attendance. Pt: {NAME|Jade Marie Connolly}. NHS number {NHS_NUMBER|9991590838}. DOB {DATE_OF_BIRTH|4 Jan 2011}. Presented 02:10 with intoxication, brought in by ambulance from Leazes Park. Disclosed she had been drinking with {NAME|Kian} and \"{NAME|Smokey}\". Safeguarding referral made. Discharged to mother 09:00."),
("practitioner", "Chronology\n12/09/2024 {NAME|Noah} excluded for 2 days, fight with {NAME|Harvey Pugh}.\n03/10/2024 Mum ({NAME|Claire}) rang school upset; {NAME|Noah} not come home.\n04/10/2024 {NAME|Noah} found at {ADDRESS|Flat 6, Pennine House} with adult male {NAME|Dale Cartwright}.\n21/10/2024 Strategy discussion; CE screening tool completed."),
("practitioner", "Youth work session notes. Detached session around Splott. Spoke with {NAME|Rhiannon}, {NAME|Cerys} and a lad who calls himself \"{NAME|Tank}\". {NAME|Cerys} said older boys have been giving out vapes for free. Gave out Kooth and Childline cards. Will follow up with PCSO on Monday."),
]
RECORDS += [
("practitioner", "Referral received from Mr {NAME|Davies} (DSL) re {NAME|Osian Pritchard}, Year 8, {SCHOOL|Ysgol Bryn Tawel}. {NAME|Osian} told his form tutor that his dad's partner {NAME|Lowri} locks him out overnight. Father {NAME|Gethin Pritchard} contactable on {PHONE|01632 960774}. Address {ADDRESS|8 Heol y Felin}, {POSTCODE|CF24 3QZ}."),
("practitioner", "CPOMS entry 19/11/2024 – {NAME|Maisie-Rae} (7R) came to the office in tears. Said {NAME|Lacey} and {NAME|Kiera} have been sharing a video of her on Snapchat. Account posting it: {HANDLE|k1era.xo}. Parents informed. Logged by {NAME|J. Whitfield}."),
]

RECORDS += [
("practitioner", "Dear Mrs {NAME|Ogunleye},\n\nThank you for meeting with me on Wednesday. As discussed, {NAME|Tobi} will be offered a place in the nurture group from the start of the Spring term. If you have any questions please e-mail me at {EMAIL|s.fairclough[at]castlegate.example[dot]org}.\n\nYours sincerely,\n{NAME|Sarah Fairclough}\nSENCo"),
("practitioner", "Health visitor record 07/01/2025. New birth visit to baby {NAME|Adébáyò} and mother {NAME|Folasade}. Baby born {DATE_OF_BIRTH|29/12/2024} at St Mary's. NHS no {NHS_NUMBER|999 016 6137}. Father {NAME|Kunle} present, appeared intoxicated. Mother reports arguments. Routine enquiry re DA completed: declined. Plan: revisit in 2 weeks, inform GP."),
("practitioner", "MASH enquiry. Subject: {NAME|Ellie-Mae Rourke}. DOB: {DATE_OF_BIRTH|2011-05-14}. Address: {ADDRESS|Flat 22, Linnet Tower}, {POSTCODE|M14 5QY}. Known associates: {NAME|Connor Maguire} aka \"{NAME|Con}\", {NAME|Shay}. Concern: seen entering a property on {ADDRESS|Ruskin Terrace} linked to county lines. RAG: Red."),
("practitioner", "Missing episode return home interview. {NAME|Harley} (15) went missing from {ADDRESS|Willowmere House} on Sat 15/02. Said he went to Birmingham with \"{NAME|Ghost}\" and another lad called {NAME|Skinny P}. He would not say where they stayed. Phone number he used while missing: {PHONE|+44 7700 900583}. Shared with police missing persons coordinator."),
("practitioner", "Hiya {NAME|Bex}, quick one – did {NAME|Kai-Jordan} turn up for his session yesterday? His mum said he left at 3 but {NAME|Marcel} at the gym never saw him. Cheers, {NAME|Dom}"),
("practitioner", "Strategy meeting minutes 30/06/2025\nChair: {NAME|EW} (Team Manager)\nPolice: DS {NAME|Kaur}\nHealth: {NAME|NM} (Named Nurse)\nEducation: {NAME|PR} (DSL)\nChild: {NAME|Amelia Rose Thornton}\n{NAME|PR} shared that {NAME|Amelia} has been wearing new clothes and has a second phone. DS {NAME|Kaur} confirmed {NAME|Amelia} was stopped in a car with {NAME|Lee Barraclough} (32) on 27/06. Agreed threshold for S47 met. {NAME|EW} to allocate."),
("practitioner", "Case note: Telephone call from Nan (maternal) who is worried that {NAME|Kayden} is staying out until 2am and has been seen with {NAME|Reuben} and {NAME|Levi} from {ADDRESS|Hartcliffe Rise}. Nan has asked for a call back on {PHONE|07700\u200b900\u200b642}. Passed to duty."),
("practitioner", "From: {EMAIL|m.oshea@youthzone.example.net}\nTo: Duty Team\nSubject: Concern – {NAME|RK}\n\nHi all, {NAME|RK} disclosed today that her boyfriend {NAME|Tyler} has shared a picture of her. He goes by {HANDLE|@tyler_bandz} on Instagram. She is 14. Please advise.\n\n{NAME|Máire}"),
("practitioner", "GP letter: Re {NAME|Ibrahim Hassan}, DOB {DATE_OF_BIRTH|11th November 2012}, NHS {NHS_NUMBER|999-186-0916}. Seen today with his father for a wound to the left forearm. Explanation inconsistent. I have referred to Children's Social Care. Dr {NAME|Ahmadi}"),
]
RECORDS += [
("practitioner", "Initial child protection conference 18/02/2025. Chair: Independent Reviewing Officer. Present: mother {NAME|Kerry-Ann Dobson}, father {NAME|Lee Dobson}, {NAME|GH} (SW), {NAME|VT} (Health Visitor), DC {NAME|O'Sullivan}. Children: {NAME|Kayla-Jo} (4), {NAME|Brody} (2). Decision: both children subject to CP plans under Neglect. {NAME|GH} to convene core group within 10 working days."),
("practitioner", "School incident log. 14:05 Year 9 corridor. {NAME|DaShawn} punched {NAME|Luca} after {NAME|Luca} made comments about his mum. Witnesses: {NAME|Evie}, {NAME|Zain}. Both boys spoken to by Mr {NAME|Fitzgerald}. Parents called."),
("practitioner", "Email from {NAME|Gemma} (Early Help): \"{NAME|Brooklyn} told me yesterday that her stepdad {NAME|Craig} took her phone and read her messages, then hit her with the charger\". Passed to MASH the same day."),
]

RECORDS += [
("practitioner", "Section 47 visit. Seen {NAME|Aleksandra} alone in her bedroom. She said {NAME|Piotr} (mum's partner) shouts and once pushed her into the radiator. Observed bruise on upper arm approx 3cm. Mum ({NAME|Małgorzata}) denied. Interpreter used (Polish). Photos taken with consent."),
("practitioner", "Referral form\nChild's name: {NAME|Mohammed Ali Chowdhury}\nKnown as: {NAME|Mo}\nDate of birth: {DATE_OF_BIRTH|09/04/2013}\nSchool: {SCHOOL|Greenbank Primary}\nParent/carer: {NAME|Rukhsana Chowdhury}, tel {PHONE|020 7946 0331}\nConcern: child reports being hit with a belt by father."),
("practitioner", "Police: Officer attended {ADDRESS|112 Canal Street}, {POSTCODE|NG7 6XU} following 999 call by neighbour. Found {NAME|Shelby} (13) and {NAME|Tyler-James} (10) alone, no food in house. Mother {NAME|Stacey} returned at 23:40 intoxicated. Children placed with maternal grandmother under police protection."),
("practitioner", "Hi {NAME|Aoife}, hope you're well. I've updated the chronology for {NAME|Niamh} – the missing episodes are now on there. Her Snapchat is {HANDLE|niamhxbabes} if the exploitation team want it. Thanks, {NAME|Ciarán}"),
("practitioner", "YOT supervision note. {NAME|Jaheim} attended on time. Discussed the incident at the Trafford Centre. He said he only went because {NAME|Big Kev} told him to. Refused to name others. Concern he is being groomed. Next appointment Thursday 10am at the office."),
("practitioner", "Phone call with Miss {NAME|Quansah} (class teacher). {NAME|Ama} has been coming in hungry and has said 'daddy sleeps all day'. Miss {NAME|Quansah} will monitor and record on CPOMS."),
("practitioner", "Chronology extract\n01/03/2025 – {NAME|Zak} arrested for possession with intent, Huddersfield.\n02/03/2025 – Released under investigation. Phone seized contained contact \"{NAME|Dizzy}\" and number {PHONE|07700 900 l7l}.\n05/03/2025 – Drill video featuring {NAME|Zak} found at {URL|https://www.example.com/v/zk-lines2}.\n09/03/2025 – Missing from home 2 nights.\n11/03/2025 – Found at {ADDRESS|19 Cromer Street}, Dewsbury."),
("practitioner", "MARAC referral. Victim: {NAME|Natasha Lewandowska}. DOB {DATE_OF_BIRTH|12 Jul 1998}. Children: {NAME|Oliwia} (8). Perpetrator: {NAME|Sean Mulholland}. DASH score 17. Victim currently at refuge, location withheld. Contact via IDVA only."),
("practitioner", "Learning mentor notes: {NAME|Jorja} told me she doesn't want to go home because {NAME|Brandon} (her mum's boyfriend) makes her feel uncomfortable. She said he comes into the bathroom. I reassured her and informed the DSL Mrs {NAME|Whitehead} immediately."),
("practitioner", "Good morning all,\n\nPlease note that {NAME|Ezra} has moved to a new placement at {ADDRESS|Beechcroft House} from today. His new school will be {SCHOOL|Holmfirth Vale Academy}. Social worker remains {NAME|Deborah Kenyon}.\n\nBest wishes,\n{NAME|Anjali}\nBusiness Support"),
("practitioner", "Strategy discussion 02/05/2025. Present: {NAME|CW} (SW), Dr {NAME|Lim} (Consultant Paediatrician), DC {NAME|Bhatt}, {NAME|LH} (DSL). {NAME|Kyra} (11 months) presented with a spiral fracture of the left femur; no explanation offered by carers. Dr {NAME|Lim} advised skeletal survey. Agreed S47 joint investigation. {NAME|CW} to visit siblings today."),
]

RECORDS += [
("practitioner", "Online safety concern. {NAME|Lily-Grace} (12) has been added to a group chat where a video of a fight was shared. The video is also on {URL|https://www.clipdrop.example.com/v/8812ab}. Mum has screenshots. Advised report to CEOP and the platform."),
("practitioner", "Youth worker e-mail:\nHi {NAME|Fatima}, the fundraiser page that {NAME|Zainab}'s cousin set up has her full name and photo on it: {URL|www.example.org/fundraise/zainab-help}. Can we get it taken down? Thanks, {NAME|Yusuf}"),
("practitioner", "Police intelligence report. {NAME|Kieran O'Connor} aka \"{NAME|KOC}\" believed to be running a line from Liverpool into Barrow. Uses younger children including {NAME|Callum-Lee Shaw} (14). Phone attributed: {PHONE|07700 900 926}. Address of interest: {ADDRESS|Flat 3, Grebe House, Tern Way}."),
("practitioner", "School nurse drop-in. {NAME|Amber} attended asking about contraception. Disclosed her boyfriend {NAME|Josh} is 19. She is 14 (DOB {DATE_OF_BIRTH|30/01/2011}). Discussed consent, Fraser guidelines not applicable given age gap concerns. Referred to DSL and Brook."),
("practitioner", "Form: Early Help Assessment\nFamily surname: {NAME|Abdi-Warsame}\nChildren: {NAME|Hamza} (11), {NAME|Safiya} (8), {NAME|Idris} (3)\nAddress: {ADDRESS|5 Kingfisher Close}, Bristol {POSTCODE|BS5 0ZY}\nLead professional: Family Support Worker\nStrengths: Mum engaged, children attend {SCHOOL|Easton Brook Primary}."),
("practitioner", "Minutes – Complex Safeguarding Panel 09/05/2025. Cases discussed: {NAME|AB}, {NAME|JT}, {NAME|MQ}. {NAME|AB}: linked to {NAME|Kasim Iqbal} and {NAME|Ricky Doyle}; disruption notices served. {NAME|JT}: returned from Scotland, engaging with SAFE Taskforce. {NAME|MQ}: new referral, school concerns re older boyfriend."),
("practitioner", "Looked after child review. {NAME|Destiny} (13) placed at {ADDRESS|Fernlea Children's Home} since September. She enjoys netball and art. Contact with mum every other Saturday at the family centre. IRO asked carers to support {NAME|Destiny} with her PEP targets at {SCHOOL|Riverside Heights Academy}."),
("practitioner", "Contact note: Mr {NAME|Papadopoulos} rang to say his son {NAME|Nikos} has been receiving threats over Xbox Live from a user called {HANDLE|GrimReaperLDN}. He wants to know what we can do. Advised to report to police and block."),
("practitioner", "To: {EMAIL|safeguarding@stalbans-rc.example.org}\nCc: {EMAIL|david.king@ealinghub.example.org}\nRe: {NAME|Joel Mensah} – transfer of CP file\n\nPlease confirm receipt of the file for {NAME|Joel}, DOB {DATE_OF_BIRTH|21.10.2012}. Previous school: {SCHOOL|Northolt Grange}.\n\nRegards,\nDSL"),
("practitioner", "Case note 14/01/2025. Spoke to {NAME|Precious Ndlovu} (mother). She confirmed {NAME|Tafadzwa} has not been to school since the Christmas holidays because of bullying by {NAME|Kenzie} and {NAME|Ruby-Lou}. Will liaise with school."),
("practitioner", "Hospital safeguarding team: Ward 12 (Paediatrics). Patient {NAME|Oscar Pennington}, NHS No. {NHS_NUMBER|9993909963}, admitted with overdose of paracetamol. Disclosed online contact with someone called \"{NAME|Angel}\" who encouraged self-harm. Ward staff to maintain 1:1 observation. CAMHS liaison informed."),
("practitioner", "Voice of the child: \"i dont want to go back to {NAME|Gavin}s house he is scary when hes had a drink\" – {NAME|Ruby}, age 9."),
("practitioner", "Dear Parent/Carer of {NAME|Harrison Bell},\nWe are writing to let you know that your child will be attending {SCHOOL|The Beacon Centre} (PRU) from Monday. Transport will collect from {ADDRESS|76 Carr Lane}.\nHeadteacher"),
("practitioner", "CSE screening tool completed for {NAME|Chloé Lambert}. Risk indicators: older boyfriend {NAME|Aaron} (22), unexplained gifts, missing from {ADDRESS|Heatherbank} children's home overnight 3 times. Score: significant risk."),
("practitioner", "Note of conversation with PC {NAME|Hussain}: {NAME|Tyreke} was stopped in Peckham on Friday carrying £600 cash and two phones. He gave his address as {ADDRESS|Block C, Tressell Estate} but has not lived there for a year. PC {NAME|Hussain} will submit intelligence."),
("practitioner", "Hi {NAME|Kate},\nCan we talk about {NAME|Owen} tomorrow? I'm free after 2.\nThanks\n{NAME|Lou} x"),
("practitioner", "Section 17 assessment summary: {NAME|Mercy} (10) and {NAME|Emmanuel} (7) live with mother {NAME|Abena Asante} at {ADDRESS|Flat 14 Corbel Heights}, {POSTCODE|SE15 4XZ}. Mother works nights; children left alone. Family has no recourse to public funds."),
("practitioner", "Re: {NAME|Hunter Blake}. {NAME|Hunter} was seen by the school counsellor today. He says his older brother {NAME|Jace} makes him hold things for people. Discussed with CE lead."),
("practitioner", "Incident report, Oakdene Youth Club: at approx 8pm a group of lads came in looking for {NAME|Tayo}. One of them, known as {NAME|Lil Smoke}, showed a knife. Staff called police. {NAME|Tayo} left via the fire exit with youth worker {NAME|Ifeoma}."),
("practitioner", "Minutes of TAF meeting 20/03/2025. Present: {NAME|SK} (Lead Professional), Mr and Mrs {NAME|Ó Briain} (parents), {NAME|DM} (Class Teacher). {NAME|Saoirse} is attending well and {NAME|DM} reports real progress in reading. Next TAF in 6 weeks."),
]

RECORDS += [
("practitioner", "Social work visit, Glasgow. {NAME|Callum McAllister} (14) and sister {NAME|Eilidh} seen at home, {ADDRESS|2/1, 48 Dalmally Street}, {POSTCODE|G20 6XW}. Gran {NAME|Senga} is main carer. {NAME|Callum} has been missing from {SCHOOL|Kelvinhaugh High} since the October week."),
("practitioner", "PSNI referral: {NAME|Orlaith Ní Mhurchú}, DOB {DATE_OF_BIRTH|8 March 2010}, of {POSTCODE|BT12 4QJ}. Reported by school as having marks on neck. Older male \"{NAME|Deccie}\" collecting her from school in a taxi. Joint protocol initiated."),
("practitioner", "Email thread\nFrom: {NAME|Jo Pemberton}\nSent: 04 March 2025 09:12\nHi {NAME|Marek}, the Discord account {NAME|Jakub} was talking to is {HANDLE|n1ghtcrawler#0921}. The police have asked for it.\n{NAME|Jo}"),
("practitioner", "UASC intake. Young person: {NAME|Yonas Tesfaye}. Stated DOB {DATE_OF_BIRTH|01/01/2009} (age disputed). NHS No {NHS_NUMBER|999 030 8241}. Arrived Dover 12/11/2024, travelled with {NAME|Haile} who is now at a different hotel. Placed at {ADDRESS|Cedar Lodge}."),
("practitioner", "GP safeguarding note. {NAME|Leon Price}, NHS {NHS_NUMBER|9996281949}. Mother {NAME|Tanya} attended with {NAME|Leon} for the fourth time this month with minor injuries. Father not registered. Discussed with practice safeguarding lead Dr {NAME|Oyelaran}; referral to MASH sent."),
]

RECORDS += [
("practitioner", "Chronology (Edinburgh)\n05/08/2024 {NAME|Ruaridh} reported missing by carers at {ADDRESS|Craigentinny House}.\n06/08/2024 Located in Leith with {NAME|Struan Baird} (24).\n10/08/2024 IRD held. {NAME|Ruaridh}'s home postcode {POSTCODE|EH7 5XW} flagged on the system."),
("practitioner", "Youth worker notes. Met {NAME|Brogan} and {NAME|Kenzie-Rae} at the Metrocentre. {NAME|Brogan} showed me a page someone made about her: {URL|http://rate-my-mate.example.net/brogan99}. Both live near {POSTCODE|NE6 2WU}. Reported to the platform."),
("practitioner", "Referral e-mailed in by {NAME|Jenna Holt} (reply to {EMAIL|jenna dot holt at liverpoolcares dot example dot org}): {NAME|Tia-Louise} (15) of {ADDRESS|Flat 2, 9 Lodge Lane}, {POSTCODE|L8 9XT}, is being picked up from school by older men in different cars."),
("practitioner", "Paediatric liaison: {NAME|Poppy Hargreaves}, NHS {NHS_NUMBER|999 821 9930}, DOB {DATE_OF_BIRTH|17 Feb 2014}, attended Sheffield Children's with a burn to the hand. Mum {NAME|Gemma} said it was from the iron; pattern not consistent. Skeletal survey requested. Address {ADDRESS|4 Broomspring Walk}, {POSTCODE|S2 3ZD}."),
("practitioner", "{NAME|Kwame} (16) stabbed in the leg near Stratford station. He names the attacker only as \"{NAME|Lightning}\". Family lives in {POSTCODE|E15 3ZQ}. Mum {NAME|Efua} is frightened to stay. Housing emergency transfer requested."),
("practitioner", "LAC health assessment for {NAME|Skye Donnelly}, NHS No: {NHS_NUMBER|9995181908}. Immunisations incomplete. Dental check overdue. Foster carer {NAME|Morag} to book both before the review."),
("practitioner", "Online harm referral. A page called {HANDLE|@rate.the.girls.ldn} has been posting photos of Year 10 girls including {NAME|Imogen} and {NAME|Tallulah}. A mirror of the page is at {URL|https://pics.example.com/rtg/ldn}. Escalated to CEOP."),
("practitioner", "Dear {NAME|Siobhan},\nI met {NAME|Dara} today. He told me about a website his uncle set up, {URL|www.dara-fans.example.net}, which I am worried about. He gave me his mum's email: {EMAIL|bernie.f(at)example(dot)com}.\nBest,\n{NAME|Tom}"),
("practitioner", "Session record. Young people present: {NAME|Will F}, {NAME|Jonah}, {NAME|Keanu}. {NAME|Will} said a lad called {NAME|Spider} offered him £50 to drop a package in Chapeltown. Discussed risk. He agreed to speak to his mum tonight."),
("practitioner", "Telephone referral. Mrs {NAME|Shirin Karimi} (aunt) called on {PHONE|(0161) 496 0742}. Her niece {NAME|Parisa} (15) has been told she is going abroad in the summer to be married. Forced Marriage Unit contacted."),
("practitioner", "Core group 3, 12/06/2025. Present: {NAME|HN} (SW), Ms {NAME|Grace} (Family Support), {NAME|Summer-Rae Lowe} (mum), {NAME|QJ} (school). {NAME|HN}: home conditions improved, {NAME|Destiny-Rose} attending nursery. Ms {NAME|Grace} to continue weekly visits."),
("practitioner", "Statement taken by DC {NAME|King} from {NAME|Faith Adeyemi-Jones} (16). She stated that {NAME|Marcus Delaney} sent her messages from {PHONE|+44 (0)7700 900 214} threatening to post images unless she met him."),
("practitioner", "Child's voice recorded by SW: 'my dads mate {NAME|Rocco} gives me money and says its our secret'. Recorded verbatim on 07/03/2025 during a direct work session."),
("practitioner", "Pupil: {NAME|Oskar Nowak}; DOB: {DATE_OF_BIRTH|March 3 2012}; Year 8; {SCHOOL|Fernhill Academy}. Concern: disclosed that {NAME|Tomek} (older brother) hits him when parents are at work."),
("practitioner", "MARAC 14/05/2025, case 7: victim {NAME|L}, 24, two children under 5. Perpetrator {NAME|D}, breach of non-molestation order. Actions: IDVA to contact {NAME|L} via safe number only."),
("practitioner", "Foster carer {NAME|Joy Okonkwo} reports that {NAME|Ikenna} came home after midnight smelling of cannabis and with a new pair of trainers."),
("practitioner", "{NAME|Mark Whitehouse}, Head of Year 10, phoned re {NAME|Tyrone}. Says {NAME|Tyrone} told a friend he is \"working\" for someone called Uncle {NAME|B}. Passed to the CE lead."),
]

# ---------------------------------------------------------------- practitioner, clean (hard negatives)
RECORDS += [
("practitioner", "Strategy discussion held Monday 3rd March with Police, Health and Children's Social Care. Agreed S47 enquiries to be undertaken jointly. Mum and Dad to be informed by the allocated Social Worker by Wednesday."),
("practitioner", "Hope this helps. Will chase the Police for the log and let you know. Kind regards, Duty and Advice Team"),
("practitioner", "Seen at Alder Hey A&E, transferred to Ward 3C under the Surgical team. Named Nurse for Safeguarding informed. Discharge planned for Thursday pending Social Care visit."),
("practitioner", "Case note: Mum reports child spent Easter with Nan in Blackpool. Returned Sunday evening. No concerns raised by Nan. School (Year 6 teacher) confirms good attendance since half term."),
("practitioner", "Referral to Barnardo's Sexual Exploitation service accepted. First session booked for the Summer holidays at the Hub on Church Street. Transport via Arriva bus pass."),
("practitioner", "Police log 1187 of 22/11/2024: report of youths on bikes in Heaton Park throwing fireworks at buses on Bonfire Night weekend. No arrests. Passed to Neighbourhood Policing Team."),
("practitioner", "Agenda: 1. Welcome and introductions 2. Apologies 3. Update from Education 4. Update from Health Visitor 5. Update from Police 6. Review of plan 7. AOB. Date of next meeting: Tuesday 14 October."),
("practitioner", "The Designated Safeguarding Lead and the Deputy Head met with the Independent Reviewing Officer. Agreed that the Virtual School Head will attend the next PEP."),
("practitioner", "Child reports feeling safe at Cadets and at the Boys' Brigade on a Friday. Enjoys Minecraft and Fortnite, supports Everton, wants to be a firefighter like Dad."),
("practitioner", "Presenting at CAMHS Tier 3 with low mood since January. Referral to Kooth made as interim support. GP to review medication in April. Mum attended with the young person."),
("practitioner", "MARAC action: Housing Options to prioritise transfer under Band A. Refuge space sought via Women's Aid. IDVA to complete safety plan including Bright Sky app and Silent Solution 55."),
("practitioner", "Youth club diary Wednesday: 23 young people attended. Pool tournament, FIFA, cooking session (pancakes for Shrove Tuesday catch-up). Two lads from the Manor estate side left early after words with the Wythenshawe lot. No injuries."),
("practitioner", "Grace period for rent arrears agreed with the Housing Association until the end of May. Family Support Worker to help with Universal Credit claim and Healthy Start vouchers."),
("practitioner", "Mark on the left cheek approx 2cm, yellowing, consistent with the account given (fell off scooter at Bute Park). No further concerns. Recorded on body map."),
("practitioner", "The family attend the Pentecostal church on Sundays and Faith is very important to them. Pastor has offered support. Consider cultural context in the assessment."),
("practitioner", "Young person says the Snapchat Map showed older males where she was at Primark in the Trafford Centre. Advised Ghost Mode. Parent given Internet Matters leaflet and CEOP button info."),
("practitioner", "Referral outcome: No Further Action at this time. Signposted to Early Help, the School Nurse service and Young Minds. Family consented. Case closed on Liquid Logic 28/02/2025."),
("practitioner", "Note: the river behind the estate floods every Winter and the footpath to school is closed; child walks along the A-road instead. Raised with Highways and the Head Teacher."),
("practitioner", "Contact centre record Saturday: supervised contact with Dad 10-12. Dad brought a Liverpool kit and a Nintendo Switch. Interaction warm. Child cried at end. Contact Supervisor present throughout."),
("practitioner", "School attendance panel: 61% attendance autumn term. Education Welfare Officer to visit. Parent says child refuses because of the Year 9 group on WhatsApp. Head of Year aware."),
("practitioner", "Concern raised by Tesco security staff: child aged approx 12 seen regularly in store after 10pm on school nights. Police Community Support Officer informed. Details passed to MASH."),
("practitioner", "Discussed with the Child Exploitation Lead and Operation Encompass lead. Children were not present during the incident on Friday. School notified by 9am Monday as per protocol."),
("practitioner", "Will review on Monday. Precious little progress since the last core group; Dad still not engaging with the Caring Dads programme and Mum has missed two Freedom Programme sessions."),
("practitioner", "Hospital: Royal Victoria Infirmary, Ward 18. Child admitted via the Great North Children's Hospital pathway. Consultant Paediatrician and Play Specialist involved. Safeguarding Team to attend ward round Tuesday."),
("practitioner", "Good morning all, please see attached the updated Child Exploitation screening tool (version 4). Any queries to the Quality Assurance team. Many thanks, Business Support, Children's Services"),
("practitioner", "Child is a King's Scout and volunteers at the Sue Ryder shop on Saturdays. Strengths-based approach agreed. No current risk factors identified."),
("practitioner", "Summer term review: the child has settled at the Pupil Referral Unit, attends Forest School on Thursdays and has joined the Duke of Edinburgh Award bronze group."),
("practitioner", "Hunter Street bus depot reported a child travelling alone on the N19 night bus in pyjamas at 1am. British Transport Police returned the child home. Mum asleep, unaware."),
("practitioner", "Interpreter (Tigrinya) booked via Language Line for Tuesday. Young person is an unaccompanied asylum-seeking child placed by the National Transfer Scheme from Kent."),
("practitioner", "Blessing of the new family centre took place in March with the Mayor and the Bishop of Bradford. Staff reminded that children's photos must not be shared on Facebook."),
("practitioner", "Dad rang the out of hours Emergency Duty Team at 02:30 saying he could not cope. EDT advised him to ring 999 if anyone at risk. Day team to follow up first thing Monday."),
("practitioner", "Sky, broadband and phone contracts are in Dad's name; Mum has no access to money. Economic abuse discussed. Referral to Citizens Advice and StepChange."),
("practitioner", "Youth offending panel: young person apologised to the victim (a Greggs employee) via a letter. Reparation completed at the Canal and River Trust. Order discharged."),
("practitioner", "Health Visitor 6-8 week check completed at the Children's Centre. Weight on the 25th centile. Mum breastfeeding. Dad present and supportive. Ages and Stages due at 9 months."),
("practitioner", "Referral from Ambulance Service: crew attended for an older child having a panic attack at Leeds Station. Child said they were travelling to Manchester Piccadilly to meet a friend from Roblox."),
("practitioner", "The Police were called by the neighbour at 21:15. Officers attended within 20 minutes. DASH completed with Mum: standard risk. Children asleep upstairs. Operation Encompass notification sent to school."),
("practitioner", "Supervision notes: case discussed with Team Manager and Principal Social Worker. Agreed step down to Early Help at next review if progress sustained over Christmas and New Year."),
("practitioner", "Child reports that the Joy of Books club at the library on Saturday mornings is where she feels safest. Librarian supportive. Worth including in the safety plan."),
("practitioner", "Welsh Government guidance (All Wales Practice Guide) followed. Section 5 report completed by the Designated Safeguarding Person and sent to the Regional Safeguarding Board."),
("practitioner", "PSNI attended a report of sectarian graffiti on the family home in East Belfast on the Twelfth. Housing Executive to remove. Children being supported by the school counsellor."),
("practitioner", "NSPCC helpline passed on a concern from an anonymous caller (helpline 0808 800 5000). Caller described shouting from the flat above a chip shop on the High Street late at night."),
("practitioner", "Rose Ward (CAMHS inpatient unit) discharge planning meeting Friday. Community team, Crisis team and the Care Coordinator to attend. Bed in a step-down unit identified in Stockport."),
]


if __name__ == "__main__":
    sys.exit(build("--check" in sys.argv[1:]))
