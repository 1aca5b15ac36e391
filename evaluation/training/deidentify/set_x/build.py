#!/usr/bin/env python3
"""Hand-labelled training set x for the safeguarding de-identifier.

Every record below was typed by hand as (style, text) with inline markers
{TYPE|value}. This script strips the markers, computes code-point offsets
(end exclusive), runs the checks, and writes set_x.jsonl and README_set_x.md
only if every check passes. Python 3 standard library only.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_JSONL = HERE / "set_x.jsonl"
OUT_README = HERE / "README_set_x.md"
SEED = 20261216
STYLES = {"young_person", "case_note", "form"}
TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")
PHONE_OK = re.compile(r"(07700900\d{3}|01632960\d{3}|02079460\d{3}|01134960\d{3}|01614960\d{3})")
DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2",
               "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
               "eight": "8", "nine": "9"}
EXAMPLE_HOST = re.compile(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)")

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "dc", "pc", "ds", "di", "dci", "pcso", "cllr",
          "auntie", "aunty", "uncle", "nan", "nana", "grandad", "sir", "prof"}
NAME_PREFIXES = {"Big", "Lil", "Little", "Tall", "Man", "Young", "Yung"}
R = []  # the hand-written records, appended in blocks below


def parse(text):
    plain, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        plain.append(before)
        out_len += len(before)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": out_len, "end": out_len + len(val), "type": typ, "value": val})
        plain.append(val)
        out_len += len(val)
        pos = m.end()
    plain.append(text[pos:])
    return "".join(plain), spans


def phone_digits(s):
    low = s.replace("\u200b", "").replace("\u200c", "").replace("\u2060", "").lower()
    digits, mult = [], 1
    for tok in re.findall(r"[a-z]+|\d|\S", low):
        if tok.isdigit():
            digits.append(tok * mult); mult = 1
        elif tok in DIGIT_WORDS:
            digits.append(DIGIT_WORDS[tok] * mult); mult = 1
        elif tok == "double":
            mult = 2
        elif tok == "triple":
            mult = 3
        elif tok.isalpha():
            for ch in tok:
                if ch == "o":
                    digits.append("0" * mult)
                elif ch in "li":
                    digits.append("1" * mult)
                else:
                    return None
                mult = 1
        elif tok in "+-.()/":
            continue
        else:
            return None
    d = "".join(digits)
    if "+" in low and d.startswith("44"):
        d = "0" + d[2:]
    return d


def deobfuscate(s):
    low = s.replace("\u200b", "").lower()
    low = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", low)
    low = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", low)
    low = re.sub(r"\s+at\s+", "@", low)
    low = re.sub(r"\s+dot\s+", ".", low)
    return low.replace(" ", "")


def nhs_ok(s):
    d = re.sub(r"[\s\-.\u200b]", "", s)
    if not re.fullmatch(r"\d{10}", d) or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def check_all(records):
    errors, rows, seen = [], [], {}
    for i, rec in enumerate(records):
        where = f"record #{i + 1}"
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append(f"{where}: not a (style, text) tuple"); continue
        style, raw = rec
        if style not in STYLES:
            errors.append(f"{where}: bad style {style!r}")
        text, spans = parse(raw)
        where = f"record #{i + 1} ({text[:40]!r})"
        if "{" in text or "}" in text:
            errors.append(f"{where}: stray brace")
        if not text.strip():
            errors.append(f"{where}: empty text")
        if text in seen:
            errors.append(f"{where}: duplicate of record #{seen[text] + 1}")
        seen[text] = i
        last_end = -1
        for sp in spans:
            v, t = sp["value"], sp["type"]
            if t not in TYPES:
                errors.append(f"{where}: bad type {t}")
            if not v or v != v.strip():
                errors.append(f"{where}: empty or padded span {v!r}")
            if sp["start"] < last_end:
                errors.append(f"{where}: overlapping spans")
            last_end = sp["end"]
            if text[sp["start"]:sp["end"]] != v:
                errors.append(f"{where}: offset mismatch for {v!r}")
            if t == "PHONE":
                d = phone_digits(v)
                if not d or not PHONE_OK.fullmatch(d):
                    errors.append(f"{where}: phone not in drama range {v!r} -> {d}")
            elif t == "EMAIL":
                e = deobfuscate(v)
                m = re.fullmatch(r"[a-z0-9._%+\-']+@(.+)", e)
                if not m or not EXAMPLE_HOST.fullmatch(m.group(1)):
                    errors.append(f"{where}: email not on example domain {v!r}")
            elif t == "URL":
                u = deobfuscate(v)
                host = re.sub(r"^[a-z]+://", "", u).split("/")[0].split("?")[0]
                if not EXAMPLE_HOST.fullmatch(host):
                    errors.append(f"{where}: url not on example domain {v!r}")
            elif t == "NHS_NUMBER":
                if not nhs_ok(v):
                    errors.append(f"{where}: NHS number fails Modulus 11 / 999 prefix {v!r}")
        # a marked string must not also appear unmarked as a whole word
        for sp in spans:
            v = sp["value"]
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
                if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                    errors.append(f"{where}: {v!r} also appears unmarked at {m.start()}")
        # stricter consistency: a capitalised part of a multi-word NAME (e.g. the
        # first name of a full name) must not appear unmarked in the same record
        for sp in spans:
            if sp["type"] != "NAME":
                continue
            for part in re.split(r"[\s]+", sp["value"]):
                if len(part) < 3 or part in NAME_PREFIXES or not part[0].isupper():
                    continue
                for m in re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text):
                    if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                        errors.append(f"{where}: name part {part!r} also appears unmarked at {m.start()}")
        for sp in spans:
            first = sp["value"].split()[0] if sp["value"].split() else ""
            if sp["type"] == "NAME" and (first.lower().rstrip(".") in TITLES or " and " in sp["value"]):
                errors.append(f"{where}: title or 'and' inside NAME span {sp['value']!r}")
        rows.append({"style": style, "text": text,
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]})
    n = len(rows)
    if n < 700:
        errors.append(f"only {n} records (need at least 700)")
    type_counts = Counter(s["type"] for r in rows for s in r["spans"])
    if type_counts["NAME"] < 250:
        errors.append(f"only {type_counts['NAME']} NAME spans (need at least 250)")
    clean = sum(1 for r in rows if not r["spans"])
    share = clean / n if n else 0
    if not 0.55 <= share <= 0.62:
        errors.append(f"clean share {share:.3f} outside 0.55-0.62")
    return errors, rows, type_counts, clean, share


README_TEMPLATE = """# Set x: hand-labelled de-identifier training data

**Written by:** an independent helper session that saw only its own folder
(`/work/sets/deid_x`). It did not open or read any other file, folder,
repository, search tool or web page, and it ran no de-identifier and no NLP
library. Every record was written from general knowledge.

**Date:** 2026-12-06

## Purpose

Training data for the learned component of the de-identifier used by a UK
youth-safeguarding partnership: the component that decides whether a word the
tool wants to remove is really a person's name or other identifier. The set is
deliberately dense in capitalised words that are not people (agencies, teams,
programmes, places, legislation, days, months, brands, clubs, celebrities) and
in words that are also names, so that the component sees many near misses.
It is not meant for writing rules.

## How it was built

* `build.py` holds every record, typed by hand one per line as
  `(style, text)` with inline markers `{{TYPE|value}}`. No generators,
  templates, substitution loops or random combination of parts were used.
  A `\\n` inside a record stands for a line break (emails, minutes, forms).
* The script strips the markers, computes character offsets (Unicode code
  points, end exclusive), runs the checks listed below, shuffles with
  `random.Random({seed})`, assigns ids `x0001`, `x0002`, ... and writes
  `set_x.jsonl` (UTF-8, one object per line:
  `{{"id", "style", "text", "spans": [{{"start", "end", "type"}}]}}`).
  If any check fails, nothing is written.
* Checks: valid style and type; non-empty spans with no leading/trailing
  whitespace; no overlapping spans; no stray braces; no duplicate texts;
  NHS numbers have the 999 prefix and pass the Modulus 11 check; phone numbers
  (after undoing spacing, dots, zero-width spaces, O-for-zero, l-for-one,
  spelled-out digits, "double"/"triple" and +44) fall in the Ofcom drama
  ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx, 0113 496 0xxx,
  0161 496 0xxx); emails and URLs (after undoing "(at)", "[dot]" and the like)
  are on example.com / example.org / example.net; a marked string never also
  appears unmarked as a whole word in the same record (checked
  case-insensitively); a capitalised part of a multi-word NAME (for example
  the first name of a full name) never appears unmarked in the same record;
  no title (Mr, Ms, Dr, DC, PC, Auntie, Uncle...) or "and" inside a NAME
  span; at least 700 records; at least 250 NAME spans; share of
  records with no span between 55 % and 62 %.

## Labelling policy and judgement calls

* Spans cover exactly the identifier characters: no surrounding spaces or
  punctuation. A possessive `'s` (or the bare `s` of text-speak such as
  "dres") stays outside the span.
* **NAME**: first names, surnames, full names (one span when adjacent),
  nicknames and street names including the Big/Lil/Little part ("Lil Jay"
  is one span). Titles (Mr, Ms, Miss, Mrs, Dr, DC, PC, DS, DI, Cllr) stay
  outside the span. Not names: Mum, Dad, Nan, Auntie/Uncle on their own,
  job titles and roles (DSL, IRO, Social Worker, Chair), services (Childline,
  FRANK, Kooth), "YP", "Child A", and public figures, celebrities,
  footballers and musicians. Words that are also names (Joy, Hope, Will,
  Mark, Grace, Summer, Sky, King, Frank, Rose, Bill, Precious, Destiny,
  Hunter, Ruby) are labelled only where they refer to a private person.
* **ADDRESS**: a house number and street, a flat/block, or a street, estate
  or block named as where someone lives, stays, or regularly goes (a friend's
  flat, a trap house, a block where a young person hangs around). Town and
  city names, well-known public places (stations, shopping centres, the high
  street in general) and postcodes are not ADDRESS; postcodes are POSTCODE.
* **HANDLE**: social-media usernames; a leading `@` is included in the span
  when it is written, the platform name ("snap", "insta", "TikTok") is not.
  Discord tags include the `#1234` part.
* **SCHOOL**: a named school, academy, college, PRU or alternative provision.
  Generic words ("school", "the PRU", "college") are not labelled.
* **DATE_OF_BIRTH**: only a date given as someone's date of birth. Meeting
  dates, incident dates, ages and years on their own are not labelled.
* **PHONE / EMAIL / URL / NHS_NUMBER**: the whole number or address,
  including obfuscated forms. Public helplines (Childline 0800 1111, 101, 111,
  999, Samaritans 116 123, FRANK, Crimestoppers) and service websites are
  never labelled.
* Crime reference numbers, times, bus numbers, ages, amounts and room numbers
  are not identifier types in this scheme and were kept out of labelled
  spans; the set avoids case-management system IDs altogether.
* All people, addresses, postcodes, schools, handles, numbers and dates of
  birth are invented. Phones use only the Ofcom drama ranges, emails and URLs
  only example domains, NHS numbers only the 999 test prefix.

## Counts

* Records: {n}
* Records with no span (clean): {clean} ({share:.1%})
* Records with at least one span: {labelled}
* Spans in total: {total_spans}

Spans per type:

{type_table}

Records per style:

{style_table}
"""


def main():
    errors, rows, type_counts, clean, share = check_all(R)
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for k, r in enumerate(rows, 1):
            obj = {"id": f"x{k:04d}", "style": r["style"], "text": r["text"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    style_counts = Counter(r["style"] for r in rows)
    n = len(rows)
    type_table = "\n".join(f"| {t} | {type_counts.get(t, 0)} |" for t in sorted(TYPES))
    type_table = "| Type | Spans |\n|---|---|\n" + type_table
    style_table = "| Style | Records | Share |\n|---|---|---|\n" + "\n".join(
        f"| {s} | {style_counts.get(s, 0)} | {style_counts.get(s, 0) / n:.1%} |" for s in sorted(STYLES))
    OUT_README.write_text(README_TEMPLATE.format(
        seed=SEED, n=n, clean=clean, share=share, labelled=n - clean,
        total_spans=sum(type_counts.values()), type_table=type_table,
        style_table=style_table), encoding="utf-8")
    print(f"OK: {n} records, clean {clean} ({share:.1%}), spans {dict(sorted(type_counts.items()))}, "
          f"styles {dict(sorted(style_counts.items()))}")


# ---------------------------------------------------------------------------
# Hand-written records
# ---------------------------------------------------------------------------
# --- Block 1: professionals' writing with nothing to remove -----------------
R += [
    ("case_note", "Strategy discussion held Tuesday via Teams. Present: Chair (Team Manager, MASH), Allocated Social Worker, DC from the Exploitation Team, DSL, School Nurse, CAMHS Duty Worker. Threshold for Section 47 enquiries met."),
    ("case_note", "MACE panel 14 March: YP discussed under Any Other Business. Police Intelligence Officer reported no new sightings in Luton or Stevenage since February half term."),
    ("case_note", "Referral received by the Front Door from BTP following a stop at Birmingham New Street at 23:40. YP aged 15 travelling alone with £340 in cash and two phones. Passed to EDT out of hours."),
    ("case_note", "Home visit completed. Mum present throughout. Dad now working nights at Amazon in Doncaster. Nan visits on Sundays after church. No concerns raised about home conditions."),
    ("case_note", "Duty log 09:15 - call from Early Help Hub re: missing episode overnight Friday into Saturday. Returned 07:30 Saturday. Return Home Interview offered via Barnardo's."),
    ("case_note", "CP Conference outcome: plan continues under the category of Neglect. Core Group to meet within 10 working days. IRO to chair the Review Conference in three months."),
    ("case_note", "Email to Virtual School Head re: PEP. Designated Teacher confirmed Year 10 timetable reduced to mornings only until Easter. Tutoring through the NTP to continue on Wednesdays."),
    ("case_note", "Attended Child in Need review at the Family Hub. Attendees: Social Worker, Family Support Worker, Health Visitor, Housing Officer (Council), Mum. Apologies: GP, Headteacher."),
    ("case_note", "NRM referral submitted by First Responder (Local Authority). Reasonable Grounds decision expected from the Single Competent Authority within 5 working days."),
    ("case_note", "Police Notice: Operation Encompass notification received at 08:05 re: domestic incident Sunday night. DSL informed before registration. No injuries reported to school staff."),
    ("case_note", "YOT Panel Monday. Referral Order for 6 months agreed by Youth Court. Reparation to be completed with the Canal and River Trust. Victim declined restorative meeting."),
    ("case_note", "CAMHS triage: accepted onto waiting list for the Getting More Help pathway. Estimated wait 18 weeks. Kooth and Shout 85258 given as interim support. Crisis line and 111 option 2 explained."),
    ("case_note", "Telephone call to Mum 16:20. Mum states YP came home after midnight smelling of cannabis and refused to say where he had been. Advised to report any future missing episodes to Police on 101."),
    ("case_note", "Prevent referral discussed with Channel Panel coordinator. Not progressed; concerns relate to online content about Andrew Tate rather than extremist ideology. Education work with PSHE lead agreed."),
    ("case_note", "LADO consultation re: allegation against a Teaching Assistant. Threshold not met for harm. Referred back to Headteacher to manage under the staff Code of Conduct."),
    ("case_note", "Minutes - Exploitation Hub weekly meeting\nPresent: Hub Manager (Chair), Detective Sergeant, Missing Coordinator, Youth Worker (St Giles Trust), Education Inclusion Officer, CGL Young People's Worker\nItem 1: New referrals (3)\nItem 2: Hot spot update - Hackney Central and Stratford Westfield"),
    ("case_note", "Rang CAMHS Crisis Team as requested by A&E Registrar. Assessment completed at 02:10 on Saturday morning. Discharged home to Mum with a Safety Plan and follow up by the Home Treatment Team on Monday."),
    ("case_note", "Section 20 accommodation agreed by Head of Service. Placement found via the Placements Team in Kent. Transport arranged with taxi escort, leaving the office at 15:00 Thursday."),
    ("case_note", "Case transferred from Assessment Team to Children in Care Team following Legal Gateway Meeting. PLO letter before proceedings to be sent by Friday."),
    ("case_note", "Safeguarding log - Year 9. Pupil disclosed to Form Tutor during Period 2 that an older boy had asked her to hold a bag at the bus station. DSL informed at break. MASH contacted 11:10."),
    ("case_note", "GP letter received: ADHD medication reviewed by the Paediatrician at the Community Child Health clinic. Melatonin prescribed. Next review in June."),
    ("case_note", "Professionals Meeting notes\nAttendees by role: CSE Lead Nurse, Designated Safeguarding Lead, Youth Justice Case Manager, Police Missing Person Coordinator, Social Worker\nActions: Disruption notice to be served; Return Home Interview to be chased."),
    ("case_note", "Child Abduction Warning Notice served by PC on the adult male at 19:30 at Southend Police Station. Copy placed on file and shared with the Exploitation Team."),
    ("case_note", "Disclosure under Clare's Law discussed at MARAC. IDVA to support Mum with the application. Refuge space in Manchester offered but declined."),
    ("case_note", "Supervision note: Practice Manager agreed Child Protection threshold not met at this time. Continue under Child in Need with fortnightly visits. Review at Legal Planning in April."),
    ("case_note", "Police welfare check requested via 999 at 22:14 after YP posted a worrying video on TikTok. Officers attended and found YP safe and well at home with Dad."),
    ("case_note", "School Exclusion: fixed-term suspension for 5 days for bringing a knife onto the premises. Governors' panel scheduled. Referral made to the Knife Crime Education Programme run by the Ben Kinsella Trust."),
    ("case_note", "Return Home Interview: YP stated she had been in Southampton with friends and had travelled by Megabus. Would not give names. Said she felt safe. Offered Childline 0800 1111 and the Runaway Helpline 116 000."),
    ("case_note", "Contact from NSPCC Helpline. Anonymous caller concerned about a group of children seen going in and out of a flat above the bookies late at night. Passed to Police Partnership Hub."),
    ("case_note", "Team around the Family meeting moved to Wednesday 3pm because of the Bank Holiday. Early Help Assessment to be updated by the Lead Professional before then."),
    ("case_note", "Duty Senior notified that Police had executed a warrant under the Misuse of Drugs Act at the family home at 06:00. Younger siblings taken to Nan's by Mum. No arrests of children."),
    ("case_note", "Multi-agency chronology updated to include entries from Health, Education, Police and Housing covering September to November. Gaps noted for the summer holidays."),
    ("case_note", "Youth Worker reports YP engaged well in boxing at the Community Centre on Thursday. Seemed more settled. Talked about wanting to do a Level 2 in Motor Vehicle at college next year."),
    ("case_note", "Decision: Conclusive Grounds decision received from the Home Office - YP confirmed as a victim of modern slavery (criminal exploitation). Defence solicitor informed for the Section 45 defence."),
    ("case_note", "Ofsted inspection week. All case recording to be up to date by Monday. Team Manager to dip sample ten files from the CIN cohort."),
    ("case_note", "Email from Head of Year: Attendance 62% this term. Three lates this week. Seen at the gates on Tuesday talking to two males in a black Audi. Reg not obtained."),
    ("case_note", "Note of call with Housing Options. Family on the waiting list in Band B. Temporary accommodation in Luton may be offered if the landlord proceeds with the Section 21 notice."),
    ("case_note", "Initial Health Assessment booked with the Looked After Children Nurse for 10:30 on Friday 9 May. Carer to attend. Interpreter (Tigrinya) requested."),
    ("case_note", "Case summary for Panel: 14-year-old female, CIN since January, 4 missing episodes in 6 weeks, older boyfriend aged 19, found in Blackpool by Lancashire Police on the last occasion."),
    ("case_note", "SARC appointment offered and accepted. ISVA to accompany. Police Achieving Best Evidence interview postponed until after the Christmas holidays at the request of Mum."),
    ("case_note", "Actions from Strategy Meeting: 1) Police to complete PNC checks on associates. 2) School to update safety plan. 3) SW to visit jointly with Youth Justice by Friday. 4) Health to share A&E attendances."),
    ("case_note", "County Lines intensification week. BTP and local Police conducted joint operation at Kings Lynn and Peterborough stations. Two children safeguarded and referred into the Hub."),
    ("case_note", "Mum reports receiving threats on Facebook Messenger about a debt. Advised to screenshot and report to Police. Did not want to make a statement at this time."),
    ("case_note", "Outcome of Initial Child Protection Conference: unanimous decision for a Child Protection Plan under Physical Abuse. Dad objected and asked for his views to be recorded."),
    ("case_note", "Referral to Catch22 Rescue and Response for 1:1 mentoring. Mentor to meet YP at McDonald's on the High Street after school, Tuesdays at 4."),
    ("case_note", "Incident log: Two Year 11 boys in a fight on the field at lunchtime after an argument about a Snapchat story. Both collected by parents. Internal exclusion for one day."),
    ("case_note", "Transition meeting for Year 6 to Year 7. SENCo and primary DSL attended. EHCP annual review due in October. Concerns about the walk home through the underpass."),
    ("case_note", "ASB team update: Community Protection Warning issued to an adult for using the stairwell of the block for dealing. Young people seen there will be referred to Targeted Youth Support."),
    ("case_note", "Clinic letter from the Sexual Health service: attended the Young People's Clinic on Saturday. Fraser competent. Chlamydia screening done. Contraceptive implant discussed."),
    ("case_note", "Police record: Stop and search under Section 23 Misuse of Drugs Act at 18:20 near the Co-op. Small amount of cannabis found. Community Resolution issued. Parent informed by phone."),
    ("case_note", "Pre-birth assessment allocated. Mum is 17 and a Care Leaver. Midwife and Family Nurse Partnership already involved. Personal Adviser from the Leaving Care Team to be invited."),
    ("case_note", "Case closed to Social Care following 12 weeks of CIN planning with no further incidents. Step down to Early Help with a Family Support Worker from the Children's Centre."),
    ("case_note", "Email sign-off from the Designated Safeguarding Lead: Please treat this as confidential. Kind regards, DSL and Deputy Head (Pastoral)."),
    ("case_note", "Strategy Meeting reconvened after new intelligence from Merseyside Police. YP believed to be working a line known locally as the Jay line. Line name is not a person's name and will not be recorded as such."),
    ("case_note", "Telephone contact with the Out of Hours GP. Advised that YP should attend the Urgent Treatment Centre for the cut to his hand. Mum to take him Saturday morning."),
    ("case_note", "Record of Child Sexual Abuse disclosure made to the School Counsellor. Verbatim recording attached. Police Child Abuse Investigation Team informed at 14:05."),
    ("case_note", "Review Child Protection Conference: Chair noted improved school attendance, fewer missing episodes and positive engagement with the Youth Service boxing club. Plan to continue for another 3 months."),
    ("case_note", "YP refused to engage with the Social Worker on this visit. Stayed in the bedroom playing FIFA on the PlayStation. Mum apologised. Next visit booked for Thursday after school."),
    ("case_note", "Multi-Agency Risk Assessment Conference referral completed following the DASH score of 16. High risk. Next MARAC is on the first Tuesday of the month."),
    ("case_note", "Children's Commissioner report on strip searches circulated to the team by the Principal Social Worker. To be discussed at the next practice development session."),
    ("case_note", "Visited the Youth Offending Service office to attend the ISS meeting. Curfew 7pm to 7am with electronic monitoring. Tag fitted by Serco on Wednesday evening."),
    ("case_note", "Advice from Legal Services: no grounds for a Secure Accommodation Order under Section 25 at this stage. Consider a Deprivation of Liberty application through the High Court if risks escalate."),
    ("case_note", "Handover to weekend EDT: YP currently missing since 16:00 Friday. Police reference obtained. Last seen wearing a grey North Face jacket and black Nike Air Max. Has a Samsung phone that is switched off."),
    ("case_note", "Education Welfare Officer visit. No answer at the door. Letter left. Penalty Notice warning to be issued if attendance does not improve by the end of the Spring Term."),
    ("case_note", "Police Safeguarding Hub note: ViST form completed. Risk graded Medium. Information shared with Education and Health under Working Together 2023."),
    ("case_note", "Meeting with Head of Inclusion to discuss a managed move. Alternative Provision placement in the Autumn Term considered more suitable due to risk of exploitation near the current site."),
    ("case_note", "Summary of Contact: Mum phoned the Duty line at 12:50 distressed. Stated that YP came home with a new iPhone 15 and designer clothes from Flannels. Mum cannot afford these. Advised to call 101."),
    ("case_note", "The Channel Panel met on Thursday. Attendees: Prevent Coordinator, Channel Police Practitioner, Education Safeguarding Adviser, CAMHS Clinician, Social Care Team Manager. Case adopted; intervention provider to be appointed."),
    ("case_note", "Drug and alcohol screening completed by the CGL worker. Using cannabis daily and occasional ketamine at weekends. Agreed to harm reduction sessions every Monday at the Hub."),
    ("case_note", "Police Custody: YP arrested for possession with intent to supply Class A. Appropriate Adult service called at 21:15. Interview conducted under PACE with duty solicitor. Released under investigation."),
    ("case_note", "Email from Youth Justice Service: Please note the Court date has moved to Monday 27th at Highbury Corner Youth Court. Can the Social Worker attend? Thanks, YJS Duty Officer."),
    ("case_note", "Young person's views: Doesn't want another Social Worker. Says the last three left. Would like someone who can take him to the gym and help him get his CSCS card."),
    ("case_note", "Note: the word Summer appearing in earlier notes refers to the summer holidays, not a person. Correction recorded at the request of the Team Manager."),
    ("case_note", "Escalation to Head of Service under the Escalation Protocol. Police have not attended two consecutive Strategy Meetings. Detective Inspector to be contacted by Service Manager."),
    ("case_note", "Fire Service home safety visit arranged after smoke alarms found disconnected on the last visit. Family agreed. Fire Safety Officer booked for Tuesday morning."),
    ("case_note", "Internal email: The Exploitation Panel will now meet on the second Wednesday of each month in Room 4 at County Hall. Please send cases to the Panel inbox by the Monday before."),
    ("case_note", "CSE risk screening tool completed. Score indicates Significant Risk. Factors: older boyfriend, going missing, new phone, gifts, alcohol, disengagement from school and family."),
    ("case_note", "Lateral check with Children's Social Care in Cardiff. Family known there in 2019 under Care and Support Plan. No current involvement. Records requested under the Wales Safeguarding Procedures."),
    ("case_note", "Minutes of Core Group held at Mum's flat on Thursday. Present: Mum, Social Worker, Family Support Worker, School Pastoral Lead. Dad joined by phone. The Health Visitor sent a written update."),
    ("case_note", "Police report: Officers found the YP in a car on the A1 near Grantham at 03:00. Driver (adult male) arrested for Child Abduction. YP conveyed to Lincoln and collected by EDT."),
    ("case_note", "Feedback from Young Minds parent helpline call: Mum was given strategies for de-escalation and advised to request a Young Carers assessment for the eldest sibling."),
    ("case_note", "School safeguarding log: Concern raised by the PE teacher about bruising on the upper arm seen while changing. Pupil said it happened at football training with Arsenal Academy trials. DSL to follow up."),
    ("case_note", "Agreed in Supervision that the chronology will be completed by the Student Social Worker under the supervision of the Practice Educator before the Review Conference."),
    ("case_note", "Call from Crimestoppers received via Police. Anonymous report that children are being used to sell drugs from the takeaway on the Parade. Passed to Neighbourhood Policing Team."),
    ("case_note", "Contextual safeguarding assessment of the skate park completed with Community Safety, Parks, Youth Service and Transport for London. Lighting and CCTV improvements recommended."),
    ("case_note", "Court update: Interim Care Order granted by the Family Court on Friday. Next hearing is the Case Management Hearing in 6 weeks. Guardian appointed through Cafcass."),
    ("case_note", "Duty Social Worker call to Police Control Room at 21:40 to report the YP missing from the children's home. Grading: Medium Risk. Officers to attend placement."),
    ("case_note", "Trauma-informed practice training attended. Facilitator from the Anna Freud Centre. Team to adopt the Signs of Safety three columns in all Strategy Meetings."),
    ("case_note", "Concern logged on CPOMS by the Reception Class Teacher: child appeared hungry, ate two breakfasts at Breakfast Club, clothes unwashed. Second entry this half term."),
    ("case_note", "MACE tracker updated: 37 open cases, 9 new this month, 4 closed. Themes: county lines to Norfolk, online grooming via Discord and Roblox, exploitation linked to the vape shop."),
    ("case_note", "Referral declined by CAMHS: does not meet criteria. Suggested routes: School Mental Health Support Team, Kooth, and the Youth Counselling service at the Hub."),
    ("case_note", "Home Office immigration status check requested via the Asylum Team. YP arrived in Dover on a small boat in August and was placed in Kent under the National Transfer Scheme."),
    ("case_note", "Age assessment paused pending the outcome of the legal challenge. Placement with Foster Carer continues in the meantime. YP attending ESOL classes at the local college four mornings a week."),
    ("case_note", "Note of telephone call with Uncle (maternal). Willing to be assessed as a Connected Person. Lives in Bradford. Works for Royal Mail. Has two children of his own aged 4 and 7."),
    ("case_note", "Management oversight: Threshold met for Section 17 assessment. Allocate to Social Worker in Team B. Visit within 5 working days. Consider exploitation screening tool."),
    ("case_note", "Safety Plan reviewed with YP. Trusted adults: Mum, Nan, football coach. Safe places: home, the Mosque, Youth Club. Will call 999 if in danger and Childline if she wants to talk."),
    ("case_note", "Police Missing Person Report shared under the Philomena Protocol. Includes description, favourite places, likely routes and previous missing locations for officers."),
    ("case_note", "School attendance officer reports Child Missing Education. Family believed to have moved to Birmingham. CME notification sent to Birmingham City Council Education Department."),
    ("case_note", "Domestic Abuse Act 2021 guidance discussed with Mum. Children recognised as victims in their own right. Referral to the Children and Young People's IDVA service."),
    ("case_note", "Debrief after serious incident. Young person stabbed in the leg in the park near the Leisure Centre on Saturday evening. Treated at the Royal London. Not life-threatening. Rapid Review to be convened."),
    ("case_note", "Rapid Review notification submitted to the National Child Safeguarding Practice Review Panel within 5 working days. Local Safeguarding Partnership to decide on a Local Child Safeguarding Practice Review."),
    ("case_note", "Consultation with the Children's Commissioner Office re: advocacy. Referral made to Coram Voice for an independent advocate before the Looked After Review."),
    ("case_note", "Dear all,\nPlease find attached the minutes from Thursday's Professionals Meeting.\nActions are highlighted in yellow.\nMany thanks,\nBusiness Support Officer\nSafeguarding Partnership"),
    ("case_note", "Hi Team,\nJust a reminder that the Duty rota for December is now on the shared drive. Christmas Day and Boxing Day cover is with EDT.\nThanks\nTeam Manager, Assessment and Intervention"),
    ("case_note", "Good afternoon,\nI am writing on behalf of the Head of Year 8 to request an update on the referral made to the MASH last Monday.\nBest wishes\nAttendance and Welfare Officer"),
    ("case_note", "Morning both,\nCan we move Friday's Core Group to the Library meeting room? The Family Hub is closed for training.\nCheers\nSenior Practitioner, Early Help"),
    ("case_note", "To whom it may concern,\nThis letter confirms that the young person is known to the Youth Justice Service and attends appointments every Tuesday at 10am.\nYours faithfully,\nOperational Manager, YJS"),
    ("case_note", "Hello,\nWe have received your referral and it has been screened by the Duty Team. It has been passed to Early Help with consent from Mum.\nRegards\nMASH Screening Officer"),
    ("case_note", "Police record - Occurrence summary: Report of a male youth on a Surron e-bike acting as lookout outside Tesco Express on Friday evening. Area searched. Nil trace."),
    ("case_note", "Health record: Attended A&E at 01:30 Sunday with alcohol intoxication. Brought in by London Ambulance Service. Safeguarding referral made by the Paediatric Liaison Nurse."),
    ("case_note", "School Nurse drop-in record: Pupil attended asking about the morning after pill. Advice given. Signposted to Brook. Will check in next Wednesday lunchtime."),
]
# --- Block 2: professionals' writing with identifiers ------------------------
R += [
    ("case_note", "Home visit to {NAME|Tyrese Campbell-Grant} at {ADDRESS|Flat 9, Ridley House}, {POSTCODE|E8 4QT}. Mum present. {NAME|Tyrese}'s room contained two new phones and a large amount of cash in a Nike shoebox."),
    ("case_note", "Strategy discussion re: {NAME|Amelia-Rose Whitfield} (DOB {DATE_OF_BIRTH|14/02/2011}). Present: DS {NAME|Okonkwo} (Exploitation Team), Ms {NAME|Harcourt} (DSL), SW {NAME|Priya Venkatesan}."),
    ("case_note", "Mr {NAME|Dariusz Nowak} (father) telephoned the duty line on {PHONE|07700 900417} to say that {NAME|Kacper} had not come home from {SCHOOL|Brookvale Academy} and was not answering his phone."),
    ("case_note", "PC {NAME|Lindqvist} attended the Premier Inn in Crawley at 01:15 and found {NAME|Shanice} in a room booked by an adult male known as {NAME|Big Rizzy}. Conveyed to the station and collected by EDT."),
    ("case_note", "Referral from Dr {NAME|Fiona MacLeod}, GP at the Parkside Surgery. Patient {NAME|Ellie-Mae Turner}, NHS number {NHS_NUMBER|999 945 8076}, attended with self-harm injuries to forearms."),
    ("case_note", "Email from {NAME|Siobhán O'Driscoll} (Youth Worker, St Giles Trust): I met {NAME|Kai} at the Hub on Tuesday. He said he has been staying at a friend's on {ADDRESS|Tenby Close} since Saturday."),
    ("case_note", "Minutes - Strategy Meeting for {NAME|Abdirahman Farah}\nAttendees: DC {NAME|Rowley} (CE Team), Miss {NAME|Begum} (Head of Year 10), SW {NAME|Gareth Pritchard}, CAMHS Duty\nApologies: YOT Case Manager"),
    ("case_note", "Duty log: Call from Mrs {NAME|Adeyemi} at 17:40. Her daughter {NAME|Precious} (15) has been messaged on Instagram by an account called {HANDLE|@gold_bandz_ldn} offering her modelling work in Birmingham."),
    ("case_note", "YP named {NAME|Lil Mizz} as the person who gave him the phone. Police believe this is {NAME|Jermaine Ashby}, aged 19, of {ADDRESS|the Aylesham estate}."),
    ("case_note", "Contact details for Mum: {NAME|Grace Mensah}, {PHONE|0161 496 0372}, {EMAIL|grace.mensah@example.com}. Preferred contact by WhatsApp after 4pm."),
    ("case_note", "Dear {NAME|Ruth},\nThanks for sending the PEP for {NAME|Jayden}. Could you also forward the attendance data from {SCHOOL|St Columba's RC High School}?\nKind regards\n{NAME|Hannah Oduya}\nVirtual School Caseworker"),
    ("case_note", "Return Home Interview completed with {NAME|Mia Kowalczyk} by the Barnardo's worker. {NAME|Mia} said she stayed with {NAME|Courtney} at {ADDRESS|23 Fairfax Road} and they went to a party in Slough."),
    ("case_note", "Police intelligence: a new line into the town is believed to be run by {NAME|Marcus Ojo} aka {NAME|Dizzy} from {ADDRESS|Hartley Court} in Lambeth. Two children from our area linked."),
    ("case_note", "School safeguarding log: {NAME|Ayaan Hussain} (Y8) disclosed that {NAME|Hamza} in Year 11 has been asking him to carry a bag to the shop on {ADDRESS|Cromwell Street} after school."),
    ("case_note", "Form Tutor Mr {NAME|Evans} noticed {NAME|Olivia}'s phone lock screen showing a message from a contact saved as Uncle {NAME|Baz}. DSL informed. Not a family member according to Mum."),
    ("case_note", "Health visitor notes: {NAME|Nguyễn Thị Lan} (Mum) speaks limited English. Interpreter booked. Baby {NAME|Minh} weighed 6.2kg. Family live at {ADDRESS|14b Chester Road}, {POSTCODE|LS11 6PD}."),
    ("case_note", "MACE referral: {NAME|Rhiannon Jenkins}, 14, {SCHOOL|Ysgol Glan Morfa}. Found in a car with two adult males in Newport at 2am. One male identified as {NAME|Craig Bevan}."),
    ("case_note", "Telephone call from DC {NAME|Achterberg}, Merseyside Police. {NAME|Callum} was arrested in Liverpool with 14 wraps. He gave his address as {ADDRESS|7 Harebell Walk}, Runcorn. Mum confirmed he lives with her."),
    ("case_note", "SW visited {NAME|Zoë Papadopoulos} at her placement with foster carers Mr and Mrs {NAME|Delaney}. {NAME|Zoë} spoke positively about her new school, {SCHOOL|Hawthorn Park Academy}."),
    ("case_note", "Referral form received from {SCHOOL|Oakwood Primary School}: concerns for {NAME|Leon Baptiste} (Y5) who told his teacher that his big brother {NAME|Dwayne} keeps a knife under the bed."),
    ("case_note", "Email to DS {NAME|Kaur}: Hi {NAME|Manpreet}, the YP has now given a first name for the driver - {NAME|Arek}. Said he is Polish, about 25, drives a silver Golf. Thanks, Duty SW."),
    ("case_note", "Professionals Meeting for {NAME|Hope Okafor}. Ms {NAME|Lindsay} (CAMHS) reports that {NAME|Hope} is on the waiting list for the Eating Disorders Service. Dad ({NAME|Emeka Okafor}) has moved out."),
    ("case_note", "Note from Police custody record: detained juvenile {NAME|Reece Hollingsworth}, DOB {DATE_OF_BIRTH|03/09/2009}, refused to give the PIN for his phone. Appropriate Adult present."),
    ("case_note", "YOT Case Manager {NAME|Donovan Clarke} met {NAME|Kieran} at the office. {NAME|Kieran} said he owes {NAME|Big Shaq} £600 after the stash was taken and is scared to go back to {ADDRESS|Milton Estate}."),
    ("case_note", "Safeguarding log: lunchtime supervisor reported that {NAME|Destiny} in Year 7 was crying in the toilets because girls from {SCHOOL|Kingsbridge Girls' School} had posted her photo on a TikTok account {HANDLE|@kb.exposed2}."),
    ("case_note", "Minutes of MARAC: Victim {NAME|Aleksandra Petrović}. Perpetrator {NAME|Dragan Petrović}. Children: {NAME|Luka} (9) and {NAME|Mila} (6). Both attend {SCHOOL|Fernhill Junior School}."),
    ("case_note", "Record of contact with {NAME|Hunter}'s mother. She confirmed that {NAME|Hunter}'s friend {NAME|Lewis Brady} has been picking him up in a car late at night. {NAME|Lewis} is 20."),
    ("case_note", "A&E notes: Child {NAME|Fatima Zahra Benali}, NHS {NHS_NUMBER|999 302 1571}, attended with Mum following an overdose of paracetamol. Paediatric Liaison Nurse {NAME|Clare Whitmore} made a referral."),
    ("case_note", "DS {NAME|Mulholland} confirmed the CAWN was served on {NAME|Ryan Doherty} at his home address, {ADDRESS|41 Lisburn Avenue}. {NAME|Ryan} was warned not to contact {NAME|Chloe} or allow her into his car."),
    ("case_note", "Mum ({NAME|Jade}) rang at 10pm to say {NAME|Liam} is missing again. Last seen getting into a taxi outside the chip shop on {ADDRESS|Bridge Street}. Phone number for {NAME|Liam}: {PHONE|07700 900882}."),
    ("case_note", "Email sign-off: Many thanks, {NAME|Tomasz}\n{NAME|Tomasz Wiśniewski}, Early Help Practitioner, Family Hub North"),
    ("case_note", "Initial assessment: {NAME|Sandeep Gill}, 16, now living with his aunt Mrs {NAME|Sandhu} at {ADDRESS|62 Coventry Road}, {POSTCODE|B10 0RX}. Attending {SCHOOL|Small Heath Sixth Form College} part-time."),
    ("case_note", "School DSL {NAME|Bernadette Flynn} phoned to report that {NAME|Jordan} had a large amount of cash and claimed he had been doing odd jobs for a man called {NAME|Tall Man Dex}."),
    ("case_note", "NRM referral for {NAME|Tran Van Duc}, DOB stated as {DATE_OF_BIRTH|12 June 2009}, found working in a cannabis factory at a house on {ADDRESS|Meadow Lane}, Derby."),
    ("case_note", "DC {NAME|Fairweather}'s note: {NAME|Skye Harrington} was located at {ADDRESS|Flat 4, 118 Victoria Parade} with an 18-year-old male. No offences disclosed. {NAME|Skye} returned to the care home."),
    ("case_note", "Minutes\nPresent: Mrs {NAME|Oyelaran} (Head), Mr {NAME|Doyle} (DSL), Ms {NAME|Abara} (SENCo), Social Worker, School Nurse\nItem: {NAME|Tobi}'s attendance and exclusion risk"),
    ("case_note", "Youth Worker {NAME|Rosa Delgado} saw {NAME|Kayden} hanging around outside the vape shop with older boys including one he called {NAME|Snowy}. {NAME|Kayden} said {NAME|Snowy} lives on {ADDRESS|Peel Street}."),
    ("case_note", "Referral to CAMHS for {NAME|Isla Buchanan}. Contact: Mum {NAME|Morag Buchanan} on {PHONE|0113 496 0517}. {NAME|Isla} attends {SCHOOL|Glenmore High School} and has a diagnosis of autism."),
    ("case_note", "Concern raised by Mr {NAME|Kovács} (Science) that {NAME|Bence} has been sleeping in lessons. {NAME|Bence} told him he stays up gaming on Discord with a man called {NAME|Vik} who sends him money."),
    ("case_note", "Police record: Stop check on {NAME|Deshawn Reid} and {NAME|Malachi Brown} at 22:50 near Lewisham station. Both 15. Both stated they were going to {NAME|Malachi}'s cousin's house on {ADDRESS|Loampit Vale}."),
    ("case_note", "Dear Mr {NAME|Abubakar},\nI am the new Social Worker for {NAME|Ibrahim}. I would like to arrange a visit on Thursday after school.\nBest wishes,\n{NAME|Eleanor Sykes}\nChildren in Need Team"),
    ("case_note", "Incident: {NAME|Ruby Sinclair} (Y9) reported that an account {HANDLE|@xx_lexi.luvs_xx} had been sending her sexual messages. The account belongs to an adult she met on Roblox named {NAME|Lexi}."),
    ("case_note", "Record of phone call with Dr {NAME|Chaudhry} at the Community Paediatrics clinic. {NAME|Aarav Patel} (NHS {NHS_NUMBER|999 368 1938}) has a growth concern and missed the last two appointments."),
    ("case_note", "Core Group notes: {NAME|Kelsey} and baby {NAME|Oakley} now at the Mother and Baby unit. {NAME|Kelsey}'s ex-partner {NAME|Dean Foster} has been seen near the unit on two occasions."),
    ("case_note", "Youth Justice assessment: {NAME|Elijah Thompson-Bell} lives with his grandmother at {ADDRESS|Flat 22 Brunswick Tower}. He states he sells for {NAME|K-Money} to pay off a debt."),
    ("case_note", "Missing from care: {NAME|Amira Haddad} left the children's home at 19:00. Believed to be with {NAME|Yousef}, 17, who lives on {ADDRESS|Portland Road}. Police informed (Missing, Medium Risk)."),
    ("case_note", "Email: Hi {NAME|Sunita}, Just to let you know {NAME|Will} has not been in school since Monday. Mum says he is ill but he was seen in town. Can you do a home visit? Thanks, {NAME|Becky} (Attendance)"),
    ("case_note", "Health record: Mrs {NAME|Nakamura} attended with her son {NAME|Haruto}. History of bruising explained as due to karate. Consultant Dr {NAME|Asante} documented body map."),
    ("case_note", "Police update from PC {NAME|Swann}: The address {ADDRESS|9 Kingfisher Drive} has been cuckooed. Occupant Mr {NAME|Geoffrey Pike} is a vulnerable adult. Three youths seen entering at night."),
    ("case_note", "{NAME|Sean Ó Briain} (Social Worker) discussed {NAME|Cillian}'s placement with the IRO. {NAME|Cillian} wants to return to his Nan in Belfast. Nan's address: {ADDRESS|18 Glenbrook Terrace}."),
    ("case_note", "School safeguarding log: Girl in Y10 ({NAME|Summer Lowe}) was seen getting into a black Range Rover outside the gates. Driver is believed to be known as {NAME|Rocky}."),
    ("case_note", "Referral: {NAME|Mohammed Al-Amin}, 13, {SCHOOL|Heathfield Community School}. Reported by teacher to be regularly meeting older boys at the {ADDRESS|Cranbrook estate} garages after school."),
    ("case_note", "Telephone note: Spoke with {NAME|Natasha Ivanova}, Mum of {NAME|Daniil}. She gave her new mobile {PHONE|07700 900135} and email {EMAIL|n.ivanova@example.net}."),
    ("case_note", "Minutes - Review Child Protection Conference for {NAME|Keira} and {NAME|Brandon Marsh}\nChair: IRO\nPresent: Mum ({NAME|Leanne Marsh}), SW, Health Visitor, Head of {SCHOOL|Ashby Road Primary}"),
    ("case_note", "Intelligence shared by BTP: {NAME|Josiah Mensah-Boateng} seen on CCTV at Milton Keynes Central with an adult known as {NAME|Fats}. {NAME|Josiah} was carrying a small rucksack."),
    ("case_note", "Dear {NAME|Gwen},\nFollowing our call, I attach the chronology for {NAME|Osian Hughes}. He is currently living with his dad at {ADDRESS|3 Heol y Parc}, Caerphilly.\nDiolch,\n{NAME|Bethan}"),
    ("case_note", "Incident at {SCHOOL|Riverside Pupil Referral Unit}: {NAME|Connor McBride} threatened a member of staff and left site. Last seen heading towards {ADDRESS|Ashfield Road}, where his girlfriend lives."),
    ("case_note", "SW observed {NAME|Tiana}'s phone had notifications from Snapchat user {HANDLE|trapking_44}. {NAME|Tiana} said it is {NAME|King}, a boy from college. She would not give his real name."),
    ("case_note", "Health visitor {NAME|Lorraine Kettle} reports that {NAME|Ayesha} missed her 2-year check. Dad ({NAME|Imran Qureshi}) said they were in Pakistan for a wedding."),
    ("case_note", "Emails between DSL and SW re: {NAME|Frankie Dunn}. {NAME|Frankie} has disclosed being paid £50 by a man called {NAME|Sully} to deliver parcels from {ADDRESS|Hollins Street}."),
    ("case_note", "Placement Plan: {NAME|Chidera Nwosu}, DOB {DATE_OF_BIRTH|22/11/2010}, placed with foster carer {NAME|Janet Holloway}. School: {SCHOOL|Greenway Academy}. Contact with Mum on Saturdays."),
    ("case_note", "PC {NAME|Ahmed} completed a ViST for {NAME|Paige Whitehouse}. {NAME|Paige} disclosed she had been taken to a flat on {ADDRESS|Wellington Street} by two men after meeting them in McDonald's."),
    ("case_note", "Minutes - MACE\nCase 3: {NAME|Jamal}, 16 - links to {NAME|Lil Tizz} and {NAME|Big Mo}. Intelligence suggests a new line into Ipswich. Disruption plan agreed."),
    ("case_note", "Message left for Mr {NAME|Antonio Ferreira}'s solicitor. Father seeking contact with {NAME|Beatriz}. Social Worker to call back via {PHONE|020 7946 0561}."),
    ("case_note", "Referral from {SCHOOL|Kirkstall Valley College}: student {NAME|Aleena Rashid} disclosed forced marriage concerns. Trip to Mirpur planned for the Easter holidays. Forced Marriage Unit contacted."),
    ("case_note", "Strategy Meeting outcome: {NAME|Demi} to be placed in an out-of-area placement. Risks from {NAME|Tyler Hughes} and his associates on the {ADDRESS|Bromley Hill estate} too high to manage locally."),
    ("case_note", "Phone call from Nan ({NAME|Patricia Holt}) who is worried about {NAME|Josh}. Says he has new trainers and a Canada Goose coat. Nan lives at {ADDRESS|12 Orchard Close}."),
    ("case_note", "School log: {NAME|Maryam} (Y7) had a panic attack in French. Said she was scared because {NAME|Zayn} from Year 10 had screenshots of her and was threatening to share them. Police informed."),
    ("case_note", "Note: SW {NAME|Kwame Asante} attended the home with PC {NAME|Hendry}. {NAME|Romeo} was not home. Mum said he is staying with his cousin {NAME|Shaquille} in Croydon."),
    ("case_note", "Dr {NAME|Eilidh Munro} (Community Paediatrician) requested a copy of the Child Protection Plan for {NAME|Fraser Donnelly}. Sent securely via Egress on Tuesday."),
    ("case_note", "Referral to the Youth Service for {NAME|Malik}. Contact: Mum {NAME|Yasmin} on {PHONE|01632 960284}. Address: {ADDRESS|17 Sycamore Grove}, {POSTCODE|NG7 3LW}."),
    ("case_note", "Email:\nHi {NAME|Joanne},\nCan you add {NAME|Reuben Adjei} to Thursday's Panel? New intel from DC {NAME|Walsh} about him being found in Colchester.\nThanks\n{NAME|Femi}\nExploitation Coordinator"),
    ("case_note", "Safeguarding log: A parent, Mrs {NAME|Popescu}, reported that her son {NAME|Andrei} has been added to a WhatsApp group where older boys share knife videos. The group is run by someone called {NAME|Ghost}."),
    ("case_note", "YP told the Youth Worker that {NAME|Big Dee}'s flat is at {ADDRESS|Block C, Nelson Mandela House} and that younger boys go there to collect phones."),
    ("case_note", "Police record: {NAME|Rosie Chambers} reported missing by her mother at 23:10. Last seen at {ADDRESS|Northgate Road} bus stop. {NAME|Rosie}'s phone number {PHONE|07700 900903} is going to voicemail."),
    ("case_note", "Email from Mr {NAME|Wojciechowski} (DSL) to Social Care: I am concerned about {NAME|Oliwia} who has lost a lot of weight and says she does not eat at home. Regards, DSL, {SCHOOL|Westfield Park Primary}"),
    ("case_note", "Dear Mrs {NAME|Achieng},\nPlease find enclosed the Child in Need plan for {NAME|Baraka} and {NAME|Neema}.\nYours sincerely\n{NAME|Carys Morgan}\nSocial Worker, Children in Need Team"),
    ("case_note", "Incident log: Two Year 9 girls, {NAME|Lily-Mae} and {NAME|Erin}, reported that an adult man called {NAME|Daz} had been buying them vapes in exchange for photos."),
    ("case_note", "Minutes - Professionals Meeting, {NAME|Ruby}'s case\nPresent: Mr {NAME|Thorne} (Head of Year), Ms {NAME|Lowry} (CAMHS), PC {NAME|Bashir}, Early Help Worker\n{NAME|Ruby}'s attendance has dropped to 54%."),
    ("case_note", "Duty log: Mum {NAME|Bernice Walcott} called to ask for help. {NAME|Andre} has been threatened at knifepoint on {ADDRESS|Stonebridge Park} and now refuses to leave the house."),
    ("case_note", "Mr {NAME|Kamara} (father) asked that all letters for {NAME|Fatmata} be sent to his new address, {ADDRESS|5 Ivy Lane}, {POSTCODE|CR0 2JN}."),
    ("case_note", "Health record: {NAME|Joy Ekwueme}, Mum, attended GP with {NAME|Chidi} (NHS {NHS_NUMBER|999 036 4265}). Reports {NAME|Chidi} has been withdrawn since starting secondary school."),
    ("case_note", "Note from DC {NAME|Prentice}: {NAME|Harvey} has been charged with robbery alongside {NAME|Lennox Baptiste} and {NAME|Cole Mason}. All three are on bail to {ADDRESS|Hawthorne Gardens}."),
]
# --- Block 3: forms ---------------------------------------------------------
R += [
    ("form", "Name: {NAME|Kofi Asamoah}\nDOB: {DATE_OF_BIRTH|04/07/2010}\nSchool: {SCHOOL|Lambourne Academy}\nReferrer: DSL\nReason: Suspected CCE"),
    ("form", "Referral source: School\nAgency: Education\nCategory: Child Criminal Exploitation\nRisk level: Amber\nConsent obtained: Yes (Mum)\nPrevious involvement: Early Help 2023"),
    ("form", "Child's name: {NAME|Poppy Fairclough}\nDate of birth: {DATE_OF_BIRTH|19 March 2012}\nAddress: {ADDRESS|8 Linnet Way}, {POSTCODE|BS16 4TA}\nGP: Hillside Medical Centre"),
    ("form", "Missing episode form\nDate reported: Saturday\nTime: 23:30\nReported by: Residential Key Worker\nRisk grading: Medium\nFound: Sunday 10:15 by Police\nRHI offered: Yes"),
    ("form", "First name: {NAME|Oluwaseun}\nSurname: {NAME|Adebayo-Smith}\nPreferred name: {NAME|Seun}\nPronouns: he/him\nPhone: {PHONE|07700 900261}"),
    ("form", "Ethnicity: Black British - Caribbean\nReligion: Christian\nFirst language: English\nInterpreter needed: No\nDisability: ADHD (diagnosed)\nEHCP: No"),
    ("form", "NHS No: {NHS_NUMBER|999 212 9972}\nPatient: {NAME|Layla Hassan}\nDOB: {DATE_OF_BIRTH|30/01/2009}\nWard: Paediatric Assessment Unit\nConsultant: Dr {NAME|Okoro}"),
    ("form", "Agencies involved: CAMHS, YOT, CSC, School, Police, CGL\nLead Professional: Social Worker\nNext review: March\nPlan type: Child in Need"),
    ("form", "Parent/Carer 1: {NAME|Karen Duffy} (Mother)\nTel: {PHONE|0113 496 0228}\nEmail: {EMAIL|karen.duffy@example.org}\nParental Responsibility: Yes"),
    ("form", "Outcome of screening: Refer to Early Help\nReason: Threshold for Level 3 not met\nScreened by: MASH Social Worker\nAuthorised by: Team Manager\nDate: Monday 12 May"),
    ("form", "Young person: {NAME|Declan Moriarty}\nAKA: {NAME|Decky}\nSocial media: {HANDLE|@decky.mo_}\nKnown associates: {NAME|Ronan Flood}, {NAME|Big Tommo}"),
    ("form", "Type of concern (tick all that apply): [x] Missing [x] Substance misuse [ ] Radicalisation [x] Exploitation [ ] FGM [ ] Private fostering"),
    ("form", "Name of child: {NAME|Aisling Kavanagh}\nDOB: {DATE_OF_BIRTH|2 Nov 2013}\nSchool: {SCHOOL|Our Lady of Lourdes Primary}\nYear group: 6"),
    ("form", "Return Home Interview\nCompleted by: Barnardo's worker\nWhere did you go? Manchester, Piccadilly Gardens\nWho with? Would not say\nDid anyone hurt you? No\nWould you like support? Maybe"),
    ("form", "Contact log\nDate: 14/05\nType: Telephone\nWith: Mum\nSummary: Confirmed YP home and safe. Will attend CAMHS on Thursday.\nAction: None"),
    ("form", "Name: {NAME|Zainab Olatunji}  DOB: {DATE_OF_BIRTH|17/08/2011}  NHS: {NHS_NUMBER|999 220 0332}  Allergies: penicillin"),
    ("form", "Address: {ADDRESS|Flat 3, Camberwell House, 19 Peckham Road}\nPostcode: {POSTCODE|SE5 8QX}\nTenure: Council\nOthers in household: Mum, two siblings"),
    ("form", "Section A - Referrer\nRole: Designated Safeguarding Lead\nOrganisation: Secondary School\nDoes the family know about this referral? Yes\nHas consent been given? Yes"),
    ("form", "Person of concern: {NAME|Liam Kerrigan}\nAge: approx 25\nVehicle: black Mercedes A-Class\nLocation seen: {ADDRESS|Hawksley Road} garages\nLink to YP: supplies drugs"),
    ("form", "Risk factors: [x] Older associates [x] Unexplained gifts [x] Going missing [ ] Self-harm [x] Disengaged from education\nProtective factors: Nan, football"),
    ("form", "Email: {EMAIL|t.okafor(at)example(dot)com}\nMobile: {PHONE|07700 900 593}\nPreferred contact time: evenings"),
    ("form", "Young person's signature: signed\nParent's signature: signed\nWorker: Early Help Practitioner\nDate: 03/06\nNext appointment: Tuesday 4pm at the Family Hub"),
    ("form", "Child: {NAME|Ngozi Eze}\nSchool: {SCHOOL|Thornbury Hill Academy}\nTutor group: 9K\nAttendance: 71%\nExclusions this year: 2"),
    ("form", "Strategy meeting attendance\nPolice: attended\nHealth: attended\nEducation: attended\nCSC: chair\nYOT: apologies\nCAMHS: no response"),
    ("form", "Full name: {NAME|Mateusz Zieliński}\nDate of birth: {DATE_OF_BIRTH|09.12.2008}\nNationality: Polish\nAddress: {ADDRESS|27 Stanley Street}, {POSTCODE|PE1 2LQ}"),
    ("form", "Disclosure details\nWho did the child tell? Class Teacher\nWhen? Monday, Period 3\nWhat was said? Recorded verbatim on CPOMS\nDSL informed: Yes, 11:02"),
    ("form", "Name: {NAME|Jasmine}\nSurname: {NAME|Ahmadi}\nLanguage: Dari\nArrival in UK: 2022\nLegal status: Refugee status granted\nSocial Worker: UASC Team"),
    ("form", "Online safety incident form\nPlatform: Snapchat\nType: Sextortion\nReported to: CEOP, Police\nImages shared: Yes\nReport Remove tool used: Yes (Childline and IWF)"),
    ("form", "Associate 1: {NAME|Junior Boateng} (aka {NAME|JB})\nAssociate 2: {NAME|Precious Nkemelu}\nAssociate 3: {NAME|Shaun Ellis}\nLocation: {ADDRESS|Woodberry Down estate}"),
    ("form", "MASH decision\nRAG: Red\nAction: Section 47 enquiry\nAllocated to: Assessment Team 2\nTimescale: Strategy discussion within 24 hours\nManager: Service Manager, Front Door"),
    ("form", "Carer: {NAME|Gloria Bailey}\nRelationship: Special Guardian (Grandmother)\nPhone: {PHONE|0161 496 0809}\nAddress: {ADDRESS|44 Moss Lane East}, {POSTCODE|M15 5DD}"),
    ("form", "Young person's views (in their own words): I want to go back to my old school and see my friends. I don't want the Police coming to the house."),
    ("form", "Name: {NAME|Mariam Yusuf}\nNHS number: {NHS_NUMBER|999 224 5387}\nGP: Dr {NAME|Whitcombe}\nReason for referral: Low mood, not eating, school refusal"),
    ("form", "Meeting: Child Protection Conference\nDay: Wednesday\nTime: 10:00\nVenue: Civic Centre, Committee Room 2\nChair: Independent Reviewing Officer\nMinute taker: Business Support"),
    ("form", "YP name: {NAME|Tristan Gallagher}\nInstagram: {HANDLE|tristan.g_07}\nSnapchat: {HANDLE|trizzy_g}\nTikTok: {HANDLE|@trizzyg.official}"),
    ("form", "Health needs: Asthma (inhaler), eczema\nDentist: not registered\nImmunisations: up to date\nOptician: overdue\nSexual health: referred to Brook"),
    ("form", "Child 1: {NAME|Amara Obi}, DOB {DATE_OF_BIRTH|05/05/2015}\nChild 2: {NAME|Chinedu Obi}, DOB {DATE_OF_BIRTH|21/10/2017}\nSchool: {SCHOOL|St Anne's C of E Primary}"),
    ("form", "Level of need: Level 4 (Specialist)\nPrimary category: Emotional Abuse\nSecondary: Neglect\nDomestic abuse in household: Yes\nParental mental health: Yes\nParental substance misuse: No"),
    ("form", "Surname: {NAME|O'Connell}\nForename: {NAME|Niamh}\nMiddle name: {NAME|Bríd}\nDOB: {DATE_OF_BIRTH|28/02/2010}\nGender: Female"),
    ("form", "Police ViST summary\nVulnerability: Exploitation, missing, mental health\nVoice of the child: Said she is fine and doesn't need help\nRisk: High\nShared with: MASH"),
    ("form", "Alternative provision: {SCHOOL|The Bridge Learning Centre}\nDays attending: Mon, Wed, Fri\nTransport: taxi\nKey worker: {NAME|Marlon Gayle}"),
    ("form", "Emergency contacts\n1. Mum - see main record\n2. Auntie - see main record\nOut of hours: EDT\nIf in immediate danger: 999"),
    ("form", "Name: {NAME|Reggie Whitlock}\nAddress: {ADDRESS|112 Canal Side}\nPostcode: {POSTCODE|WV2 4HB}\nHome phone: {PHONE|01632 960731}"),
    ("form", "Exploitation screening tool\nSection 1 Missing: 3\nSection 2 Relationships: 4\nSection 3 Education: 2\nSection 4 Online: 3\nTotal: 12 (Significant)"),
    ("form", "Referrer name: {NAME|Deborah Ansah}\nReferrer role: School Nurse\nReferrer email: {EMAIL|d.ansah@example.org}\nReferrer phone: {PHONE|020 7946 0318}"),
    ("form", "Name: {NAME|Bilal}\nAge: 15\nLocation found: Southend Central\nFound by: BTP\nCondition: Safe and well\nCollected by: Mum at 02:00"),
    ("form", "Section 2: Family composition\nMother - lives in household\nFather - HMP, release date unknown\nSibling (12) - lives in household\nGrandmother - visits weekly"),
    ("form", "Website mentioned by YP: {URL|www.example.net/cashjobs-uk}\nPlatform: Telegram\nConcern: recruitment adverts for drug running"),
    ("form", "Name: {NAME|Sky Donnelly-Price}\nDOB: {DATE_OF_BIRTH|11/04/2012}\nSchool: {SCHOOL|Meadowbank Primary}\nConcern: Not collected at the end of the day three times this week"),
    ("form", "Preferred communication: text message\nLiteracy support needed: Yes\nPrefers to meet: at the Youth Club or in McDonald's\nDoes not want meetings at: School"),
    ("form", "DOB: {DATE_OF_BIRTH|7th January 2011}\nName: {NAME|Ebony-Jade Clarke}\nEmail: {EMAIL|ebonyjade11@example.com}\nMobile: {PHONE|07700 900 372}"),
    ("form", "Outcome: No Further Action\nReason: Concerns addressed by school and parent\nSignposting: Kooth, Childline, YoungMinds\nClosed by: Duty Senior Practitioner"),
    ("form", "Name: {NAME|Dmitri Volkov}\nAlias: {NAME|Dima}\nDiscord: {HANDLE|dimaV#5521}\nConcern: adult contacting Year 8 boys on gaming servers"),
    ("form", "Accommodation type: Semi-independent (16+)\nProvider: Supported Lodgings\nStaffing: 24/7 on-site\nCurfew: 10pm\nWeekly allowance: £60"),
    ("form", "Child's name: {NAME|Kyle Robertson}\nSchool: {SCHOOL|Dunmore Academy}\nAddress: {ADDRESS|Flat 6/2, 15 Gallowgate}\nPostcode: {POSTCODE|G40 2QA}"),
    ("form", "CAMHS referral checklist\n[x] Consent\n[x] Risk assessment attached\n[ ] SDQ completed\n[x] GP informed\nUrgency: Routine"),
]
# --- Block 4: young people's own voice, nothing to remove --------------------
R += [
    ("young_person", "went nandos wiv mum after skl then got the 38 home at like 9"),
    ("young_person", "honestly the police dont do nothing they just stop u for no reason"),
    ("young_person", "i feel safe at home but not on the bus after dark"),
    ("young_person", "me and my mates just go to the park or westfield on saturdays nothing bad"),
    ("young_person", "my nan is the only one who gets me tbh"),
    ("young_person", "no joy with the camhs waiting list been 7 months now"),
    ("young_person", "will u be at youth club on thurs"),
    ("young_person", "summer holidays was long i was bored out my head"),
    ("young_person", "i hope they sort the lights out in the underpass its scary at night"),
    ("young_person", "got a mark on my arm from football its not what u think"),
    ("young_person", "Childline helped me when i was in a bad place, the number is 0800 1111 if anyone needs it"),
    ("young_person", "i pray to God every night that my brother comes home safe"),
    ("young_person", "watching the Arsenal game at my uncles wanna come"),
    ("young_person", "Frank is where u can ask about drugs without getting in trouble my teacher said"),
    ("young_person", "its a rose gold iphone my dad got it me for my bday"),
    ("young_person", "burger king or kfc im starving"),
    ("young_person", "the sky was mad orange today did u see it"),
    ("young_person", "my phone bill is like 40 quid a month mum is gonna kill me"),
    ("young_person", "by the grace of god i passed maths"),
    ("young_person", "precious little to do round here thats why everyone gets into trouble"),
    ("young_person", "playing destiny 2 all night no sleep lol"),
    ("young_person", "hunter wellies are so ugly why does everyone wear them"),
    ("young_person", "the ruby red nails came out nice"),
    ("young_person", "i dont trust social services they took my cousin"),
    ("young_person", "YOT is ok i guess my worker is alright"),
    ("young_person", "if someone is being groomed u should tell a teacher or ring 999 if its serious"),
    ("young_person", "my mum said if im not in by 10 she will ring the police"),
    ("young_person", "I think more youth clubs would help. There is nothing to do in the evenings and people get bored."),
    ("young_person", "bro the 24 bus never comes on time"),
    ("young_person", "i get anxious in big crowds like at the O2 or wembley"),
    ("young_person", "Stormzy is the goat dont argue"),
    ("young_person", "dad took me to see Man United vs Liverpool it was peak we lost"),
    ("young_person", "no one should have to carry a knife to feel safe"),
    ("young_person", "I would tell my Aunty if something was wrong, not the school"),
    ("young_person", "the teachers at my school only care about uniform not if ur ok"),
    ("young_person", "CAMHS said i have anxiety and gave me a leaflet lol thats it"),
    ("young_person", "went to primark and got a hoodie for 12 quid bargain"),
    ("young_person", "will try to come but depends if mum lets me"),
    ("young_person", "mark my words that teacher is getting sacked"),
    ("young_person", "king of the block is a dumb song"),
    ("young_person", "frank ocean album is still the best thing ever made"),
    ("young_person", "Taylor Swift tickets were like 300 pound no chance"),
    ("young_person", "ive been on kooth a few times its ok to talk to someone anonymous"),
    ("young_person", "i dont go to town no more since the stabbing"),
    ("young_person", "At school I feel safe in the library and the art room but not the toilets because people vape in there."),
    ("young_person", "the police came to our door at 6am and woke my little sister up"),
    ("young_person", "lowkey scared of year 11s"),
    ("young_person", "do u think Saka will play sat"),
    ("young_person", "i just want a job and my own money so i dont have to ask mum"),
    ("young_person", "In my area the main problem is drugs and people selling on bikes."),
    ("young_person", "i got the 134 and 43 to get there it took ages"),
    ("young_person", "its only 5 mins from mine"),
    ("young_person", "mum and dad always arguing i stay in my room with headphones"),
    ("young_person", "bare people was at the party it got shut down at like 1"),
    ("young_person", "i got excluded for 3 days for swearing at a teacher"),
    ("young_person", "The best thing about my area is the community centre and the boxing gym."),
    ("young_person", "u can text shout on 85258 if ur not ok, its free"),
    ("young_person", "my older cousin is in prison in Wandsworth i visit him with my auntie"),
    ("young_person", "i dont have a social worker anymore they closed it"),
    ("young_person", "mosque on friday then footy after"),
    ("young_person", "nah im not going to the PRU im not a bad kid"),
    ("young_person", "grace period on the library book is over oops"),
    ("young_person", "Sunday dinner at nans is the best bit of the week"),
    ("young_person", "will never forget what happened that day"),
    ("young_person", "my phone got robbed on the high street in broad daylight"),
    ("young_person", "why does everyone post on TikTok when theres a fight"),
    ("young_person", "tbh i would rather talk to someone online than face to face"),
    ("young_person", "got detention cos i was late 3 times this week the bus is always late"),
    ("young_person", "hope ur ok x"),
    ("young_person", "Drake or Central Cee"),
    ("young_person", "i feel like the council dont care about our estate the lifts been broke for months"),
    ("young_person", "the park near mine has needles in it sometimes"),
    ("young_person", "I was in care for 2 years and my foster carer was nice but I missed my mum."),
    ("young_person", "i hate mondays so much"),
    ("young_person", "bill me for it later lol"),
    ("young_person", "lmao ur mum is jokes"),
    ("young_person", "if u get a message from someone u dont know saying they have pics of u tell someone, its not ur fault"),
    ("young_person", "we went Southend for the day on the train it was a vibe"),
    ("young_person", "my teacher said i could go college and do plumbing if i get my english"),
    ("young_person", "going to Leeds to see my dad at christmas"),
    ("young_person", "they were selling snow on the corner by the chicken shop everyone knows"),
    ("young_person", "sometimes i feel like no one would notice if i wasnt here"),
    ("young_person", "my mentor from the youth service is the only adult i trust"),
    ("young_person", "Being stopped and searched made me feel like a criminal when I had done nothing."),
    ("young_person", "the rose garden in the park is where we chill"),
    ("young_person", "We need more things for girls to do, not just football."),
    ("young_person", "wait till summer, we going Turkey"),
    ("young_person", "the YOT worker is sound she got me on the boxing course"),
    ("young_person", "eid mubarak everyone"),
    ("young_person", "my sister had a baby at 16 and she is doing fine dont judge her"),
    ("young_person", "cant come out im grounded till friday"),
    ("young_person", "someone said they will pay me 200 to take a bag to Norwich i said no"),
    ("young_person", "if ur ever in danger ring 999 or text 999 if u registered"),
    ("young_person", "i want to be a nurse like my auntie"),
    ("young_person", "social media makes me feel ugly sometimes"),
    ("young_person", "my mum works at Tesco nights so i look after my brothers"),
    ("young_person", "does anyone know if the Greggs by the station is open on sunday"),
    ("young_person", "dont go down the alley by the launderette its dodgy"),
    ("young_person", "Year 9 has been the worst year, too much drama."),
    ("young_person", "the king is dead long live the king lol thats what my grandad said"),
    ("young_person", "we did a trip to Alton Towers with the youth club it was sick"),
    ("young_person", "people think police are there to help but they make it worse"),
    ("young_person", "no one in my family has been to uni i want to be the first"),
    ("young_person", "i got a new job at JD on saturdays"),
    ("young_person", "GOD IS GOOD passed all my mocks"),
    ("young_person", "the bus driver on the 57 is always rude"),
    ("young_person", "im gonna hunt down whoever ate my chips"),
    ("young_person", "Ramadan is hard when u have PE"),
    ("young_person", "i dont like the new social worker she asks too many questions"),
    ("young_person", "summer is the worst time for fights everyone is out"),
    ("young_person", "My safe adult is my form tutor because she listens."),
    ("young_person", "101 is if its not an emergency right"),
    ("young_person", "i rang 111 when i couldnt breathe properly they said go a&e"),
    ("young_person", "I have been bullied online since Year 7 and nobody did anything until my mum went up the school."),
    ("young_person", "on god i didnt do it"),
    ("young_person", "the vape shop sells to anyone even year 7s"),
    ("young_person", "wish i could move to Manchester with my cousins"),
    ("young_person", "we got a new puppy its a staffy"),
    ("young_person", "me and my mum watched Love Island all night"),
    ("young_person", "the dentist said i need a filling i am NOT going"),
    ("young_person", "I'd feel safer if there were more lights and less gangs around the station."),
    ("young_person", "if someone gives u free stuff its not free trust me"),
    ("young_person", "i got sent to the head of year for wearing trainers"),
    ("young_person", "my brother is on tag he cant go out after 7"),
    ("young_person", "the king's cross station is massive i got lost"),
    ("young_person", "what time is the match on saturday"),
    ("young_person", "its so long having to see the nurse every week"),
    ("young_person", "i used to be a young carer for my dad after his stroke"),
    ("young_person", "joy division is my dads fav band he plays it in the car"),
    ("young_person", "we get free school meals but the portions are tiny"),
    ("young_person", "no hope for this country honestly"),
    ("young_person", "I would like school to teach us more about money and rent and stuff like that."),
    ("young_person", "big up the youth workers at the centre they actually care"),
    ("young_person", "i finished my GCSEs!!! got a 6 in english"),
    ("young_person", "the estate is calm now since they put the cameras up"),
    ("young_person", "im not a snitch"),
    ("young_person", "dad says we might move to Bristol next year"),
    ("young_person", "the Sky box is broken so no football tonight"),
    ("young_person", "i think the Council should fix the park instead of building flats"),
    ("young_person", "tmrw is mufti day at school"),
    ("young_person", "whoever made the Roblox update needs sacking"),
    ("young_person", "got my CSCS card so i can work on sites now"),
    ("young_person", "i told the school counsellor and she said she had to tell the DSL which i get"),
]
# --- Block 5: young people's own voice with identifiers ----------------------
R += [
    ("young_person", "me n {NAME|kofi} went to {NAME|Big Dre}s after skl"),
    ("young_person", "add me on snap its {HANDLE|lil_remz0}"),
    ("young_person", "{NAME|joy} said she aint coming cos her mum found out"),
    ("young_person", "ring me on {PHONE|o77OO 9OO 146} my other phone got took"),
    ("young_person", "{NAME|will} and {NAME|frank} got nicked outside tesco lol"),
    ("young_person", "i live on {ADDRESS|acacia road} near the shop"),
    ("young_person", "my mate {NAME|sky} is always at {NAME|hunter}s house they basically live there"),
    ("young_person", "{NAME|precious} ur such a liar i saw u with {NAME|tayo}"),
    ("young_person", "follow me on insta {HANDLE|@ruby.xo_x}"),
    ("young_person", "its {PHONE|oh seven seven double oh nine double oh three two one} dont give it out"),
    ("young_person", "{NAME|mark} from year 11 keeps asking me to hold stuff for him"),
    ("young_person", "i go to {SCHOOL|hollybrook academy} its alright"),
    ("young_person", "{NAME|lil jay} said if i run the ting for a week i get 500"),
    ("young_person", "email me at {EMAIL|jess(at)example(dot)com} not my school one"),
    ("young_person", "{NAME|destiny}s mum is so strict she cant even come to the shop"),
    ("young_person", "me and {NAME|summer} been besties since reception"),
    ("young_person", "{NAME|rose} n {NAME|grace} r twins and they both go {SCHOOL|st mary's}"),
    ("young_person", "my boyfriend {NAME|dami} is 19 but hes really mature"),
    ("young_person", "{NAME|KING} is the one who told everyone"),
    ("young_person", "yo {NAME|bill} u still got my charger"),
    ("young_person", "i stay at my dads on {ADDRESS|Burdett Road} at weekends"),
    ("young_person", "{NAME|Hope} said shes not being my friend anymore cos of what {NAME|Tiana} said"),
    ("young_person", "my dob is {DATE_OF_BIRTH|14/7/10} why do u need it"),
    ("young_person", "theres a man called uncle {NAME|rico} who gives the year 8s vapes by the garages"),
    ("young_person", "hmu on tiktok {HANDLE|@kaysha.mp4}"),
    ("young_person", "{NAME|Siobhan}s party is at {ADDRESS|21 Ferndale Crescent} come thru"),
    ("young_person", "{NAME|mohammed} and {NAME|ali} got excluded for fighting"),
    ("young_person", "text {PHONE|07700 9OO 5l8} if u want to come"),
    ("young_person", "{NAME|efia} from {SCHOOL|kingsway college} is on ur page"),
    ("young_person", "{NAME|Big Tunde} has a flat on the {ADDRESS|Harrow Road} and everyone goes there after school"),
    ("young_person", "discord is {HANDLE|shadowblade#4471} add me"),
    ("young_person", "{NAME|jordan} is lying he was there i saw him"),
    ("young_person", "me {NAME|mia} and {NAME|leah} got the train to brighton"),
    ("young_person", "{NAME|amir}s brother drives us about sometimes"),
    ("young_person", "he said his name was {NAME|Leo} and he was 16 but he looked way older"),
    ("young_person", "my mums number is {PHONE|07700 900 7 3 4}"),
    ("young_person", "{NAME|ewan} got battered at the bus stop by some boys from {SCHOOL|riverside}"),
    ("young_person", "snap me {HANDLE|x.chlo.xx} i dont use insta anymore"),
    ("young_person", "{NAME|Frank} my stepdad is actually alright"),
    ("young_person", "we all went {NAME|Rochelle}s for her 15th"),
    ("young_person", "tell {NAME|Mark} i said thank u for the lift"),
    ("young_person", "i live in {ADDRESS|Lansbury House} on the 9th floor"),
    ("young_person", "{NAME|nguyen} is the quiet one in our maths class"),
    ("young_person", "{NAME|jermaine} owes me a tenner"),
    ("young_person", "{NAME|kacper} said his uncle can get us into the club"),
    ("young_person", "{NAME|Lil Dotty} runs the group chat dont get on her bad side"),
    ("young_person", "me n {NAME|precious} just chilling at the park"),
    ("young_person", "{NAME|Little Kev} got stabbed outside the chicken shop he ok tho"),
    ("young_person", "dm me on insta {HANDLE|@yungtrapz.07} for the details"),
    ("young_person", "{NAME|aoife} ur so funny i cant"),
    ("young_person", "my teacher mrs {NAME|patel} is the best"),
    ("young_person", "{NAME|grace} is coming over later we gonna do our nails"),
    ("young_person", "i live at {ADDRESS|4 wheatley close} if u wanna drop it round"),
    ("young_person", "{NAME|ruby} got a new phone off some guy she met online"),
    ("young_person", "wheres {NAME|hunter} been all week"),
    ("young_person", "{NAME|will}s mum works at the hospital"),
    ("young_person", "{NAME|Sienna} said {NAME|Callum} was sending pics of her round"),
    ("young_person", "my number changed its {PHONE|07700 900 419} now"),
    ("young_person", "{NAME|Bradley} asked me to meet him at the {ADDRESS|Castle Vale} flats"),
    ("young_person", "the man who gives us money is called {NAME|Smoke}"),
    ("young_person", "{NAME|tyrone} and his cousin {NAME|dj} are always outside {SCHOOL|fairfield high}"),
    ("young_person", "my bday is {DATE_OF_BIRTH|3rd march 2011} send me stuff lol"),
    ("young_person", "{NAME|zainab} can u send me the homework"),
    ("young_person", "sub to my yt {URL|youtube.example.com/@kaysvlogs}"),
    ("young_person", "{NAME|Josh} said hes moving to {ADDRESS|Elm Park Road} next month"),
    ("young_person", "{NAME|shanice} got caught with a bag at the station"),
    ("young_person", "{NAME|destiny} and her boyfriend {NAME|Kyle} broke up again"),
    ("young_person", "{NAME|Summer}s nan took us to the beach"),
    ("young_person", "i was with {NAME|Olu} the whole time i swear"),
    ("young_person", "{NAME|lexi} keeps screenshotting everything"),
    ("young_person", "{NAME|Big Mo} says dont talk to feds"),
    ("young_person", "my cousin {NAME|Ahmed} lives on {ADDRESS|Green Lanes} near the bakery"),
    ("young_person", "{NAME|marek} is from poland he speaks good english tho"),
    ("young_person", "{NAME|jess} tell ur mum ill be there at 6"),
    ("young_person", "{NAME|freya} is always crying in the toilets someone should tell a teacher"),
    ("young_person", "i go {SCHOOL|Oakfield PRU} now cos i got kicked out"),
    ("young_person", "bro {NAME|kwame} is mad at me"),
    ("young_person", "{NAME|Chardonnay}s brother has a moped he lets us ride it"),
    ("young_person", "message {HANDLE|@lil.fizz_} on snap he will sort u out"),
    ("young_person", "{NAME|Reece} ur a legend"),
    ("young_person", "{NAME|Joy} is my best friend and she helped me when i was sad"),
    ("young_person", "i dont wanna say his name but everyone calls him {NAME|Ghost}"),
    ("young_person", "{NAME|efe} said we can stay at his til the morning"),
    ("young_person", "{NAME|priya} and {NAME|harpreet} r going to the mela"),
    ("young_person", "dads email is {EMAIL|dave.h[at]example[dot]net} if the school need it"),
    ("young_person", "{NAME|Oisín} from the hurling club is sound"),
    ("young_person", "we go to the youth club at {ADDRESS|Marsh Lane} on tuesdays"),
    ("young_person", "{NAME|Connor} nicked my vape"),
    ("young_person", "my real name is {NAME|Abena} but everyone calls me {NAME|Bee}"),
    ("young_person", "{NAME|rico} has a car and he picks us up from the gates"),
    ("young_person", "ring {PHONE|0113 496 0 9 5 4} thats my nans house"),
    ("young_person", "{NAME|king} tell {NAME|shay} to call me"),
    ("young_person", "{NAME|Hunter} and {NAME|Harley} are brothers"),
    ("young_person", "{NAME|Ade}s cousin got shot in the leg in {ADDRESS|Myatts Field}"),
    ("young_person", "i met him on {ADDRESS|Tottenham Court Road}... no joke he followed me home"),
    ("young_person", "{NAME|Ama}, {NAME|Efua} and me are doing the charity run"),
    ("young_person", "{NAME|Precious} got in trouble for her nails again"),
    ("young_person", "my mum said {NAME|Darren} is not allowed round no more"),
    ("young_person", "{NAME|Mikey} is in the year above at {SCHOOL|St Bede's}"),
    ("young_person", "the group chat is called 'the mandem' and {NAME|Deji} made it"),
    ("young_person", "new number {PHONE|07700\u200b900\u200b628} save it"),
    ("young_person", "{NAME|Rose} has been off school for ages is she ok"),
    ("young_person", "{NAME|Mehmet} works at his uncles kebab shop on {ADDRESS|Kingsland Road}"),
    ("young_person", "{NAME|lucas} and {NAME|matheus} are brazilian and they are sick at football"),
    ("young_person", "{NAME|Sky} said her step dad hits her mum"),
    ("young_person", "my old school was {SCHOOL|Westmead Academy} it was way better"),
    ("young_person", "{NAME|Lil Sav} owes {NAME|Big Ty} money and now everyone is beefing"),
    ("young_person", "pls dont tell aunty {NAME|bola}"),
    ("young_person", "my insta got hacked my new one is {HANDLE|@_zaraahx2}"),
    ("young_person", "{NAME|Bailey} lives above the launderette on {ADDRESS|Station Road}"),
    ("young_person", "{NAME|Wiktoria} is my neighbour we walk to school together"),
    ("young_person", "{NAME|Kezia} told Miss {NAME|Hart} everything"),
    ("young_person", "{NAME|Moses} is the name of the older guy at the skate park"),
]
# --- Block 6: more professionals' writing with nothing to remove ------------
R += [
    ("case_note", "Minutes of the Local Safeguarding Children Partnership Executive, Thursday 6 November\nPresent: Director of Children's Services, Chief Superintendent (Local Policing), Chief Nurse (ICB), Head of Education Safeguarding, Independent Scrutineer\nApologies: Cabinet Member for Children"),
    ("case_note", "Email from the Police Exploitation Team: Please be advised that Operation Orochi activity last week resulted in 4 line holders arrested in Brent and 2 children safeguarded in Swindon."),
    ("case_note", "Health record - School Nurse: BMI above the 98th centile. Discussed Change4Life resources with Dad. Referral to the Healthy Lifestyles Team. Review in Spring Term."),
    ("case_note", "School safeguarding log, Tuesday: Two Year 10 students reported that a vape containing THC was passed around on the back field. Items confiscated. Parents contacted. Police Schools Officer informed."),
    ("case_note", "Joint visit with the Police Schools Officer. YP advised about the consequences of carrying a bladed article under the Criminal Justice Act 1988. YP said he carried it for protection after being robbed in October."),
    ("case_note", "Referral to Social Care from the Emergency Department: 13-year-old girl brought in by Ambulance after being found unconscious in the park. Blood alcohol high. Mum attended at 03:00. Police present."),
    ("case_note", "Case recording: Met YP at the library as agreed. Talked about his court date, his GCSE options and his relationship with Dad. Bought him a Subway. He asked if I could come to the next YOT appointment."),
    ("case_note", "Youth Court outcome: 12-month Youth Rehabilitation Order with a Supervision requirement and 3 months curfew. The Magistrates commented on the positive report from the Youth Justice Service."),
    ("case_note", "Police record: Intelligence report graded 3B2 suggests local children are being recruited at the Mosque car park on Friday evenings. Reviewed by Intelligence Unit; to be shared with Community Safety Partnership."),
    ("case_note", "Early Help Assessment completed with Mum in the kitchen. Family strengths: close relationship with Grandad, good routines, both children love Scouts. Needs: debt, housing disrepair, Dad's drinking."),
    ("case_note", "GP safeguarding lead contacted re: frequent attendance. 9 GP appointments in 3 months for headaches and stomach pains. No organic cause found. Consider emotional wellbeing and school anxiety."),
    ("case_note", "Agreed at Panel: refer to the Violence Reduction Unit's Navigator programme. Navigators are based in the A&E department at the Royal Infirmary on Friday and Saturday nights."),
    ("case_note", "Email from the Designated Safeguarding Lead to all staff: Please remember to log concerns on CPOMS the same day. Do not email names. The Safeguarding Team will be at the Governors' meeting on Wednesday."),
    ("case_note", "Meeting with the Independent Reviewing Officer before the Looked After Review. Care Plan: remain in foster placement until 18, then Staying Put if the carers agree. Pathway Plan to start at 15 and a half."),
    ("case_note", "Police record: Section 136 Mental Health Act. Young person detained on the bridge at 19:50 and taken to the Health Based Place of Safety. Assessed by AMHP and Section 12 doctor; discharged to Dad."),
    ("case_note", "CSC internal email: The new Exploitation Risk Assessment template goes live on Monday in Mosaic. Training on Teams at 2pm Wednesday and Friday. Contact the Systems Team with any issues."),
    ("case_note", "Report to the Court: The Local Authority seeks a Care Order under Section 31 Children Act 1989. The threshold criteria are met on the basis of significant harm attributable to the care given."),
    ("case_note", "Home visit. No answer. Could hear a dog barking and the television on. Card left through the letterbox asking Mum to call the office. Neighbour said the family went to Blackpool for the week."),
    ("case_note", "Discussion with the Head of Safeguarding at the FE College. Student has been using the college WiFi to access gambling sites. College will monitor and the Youth Worker will discuss with the young person."),
    ("case_note", "Police Missing Person Unit: Young person located at Euston station by BTP at 04:20. Said he had been in Birmingham. No injuries. Returned to placement at 08:00 by the Emergency Duty Team."),
    ("case_note", "Safeguarding Adults Board and Children's Partnership joint meeting on Transitional Safeguarding for young people aged 16 to 25. Adult Social Care, Probation and Housing attended."),
    ("case_note", "Contact received via the Council's online form. Member of the public concerned about children being left alone on the fourth floor balcony. Screening completed; welfare check requested from Police."),
    ("case_note", "Care Leaver Local Offer discussed with the young person. Council Tax exemption until 25, Setting Up Home Allowance of £3,000, and free prescriptions. Personal Adviser to support with the bank account."),
    ("case_note", "Youth Justice: AssetPlus completed. Risk of Serious Harm: High. Safety and Wellbeing: High. Likelihood of Reoffending: Medium. To be reviewed at the Risk Management Panel on Tuesday."),
    ("case_note", "Case note from the Family Support Worker: Took Mum and the children to the Food Bank at the Baptist Church. Helped complete the Household Support Fund application. Electricity back on by 5pm."),
    ("case_note", "Police record: Domestic incident attended at 23:35. Verbal argument only. DASH completed: Standard. Children asleep upstairs. PPN submitted to the MASH."),
    ("case_note", "Received Police Protection notice under Section 46 Children Act 1989. Child removed at 02:15 and placed in emergency foster care by EDT. Strategy discussion to be held at 10:00."),
    ("case_note", "Exploitation Hub note: Intelligence from Trading Standards that the convenience store on the Broadway is selling knives to under 18s. Test purchase operation planned for next month."),
    ("case_note", "Health record: Physiotherapy appointment did not attend. Second DNA. Clinic policy is to discharge after two. Discussed with the Safeguarding Named Nurse; letter sent to GP instead of discharge."),
    ("case_note", "Call to NSPCC FGM Helpline for advice. Mandatory reporting duty applies only where a professional sees signs or receives a disclosure. Referral to MASH and Police made anyway given the travel plans to Sudan."),
    ("case_note", "Team meeting notes: Reminder that all Section 47s need management sign off within 24 hours. The Principal Social Worker is running a session on writing for the child on Friday afternoon."),
    ("case_note", "Year 11 safeguarding log entry: Student arrived at 11:40 looking tired and wearing the same clothes as Monday. Said she stayed at a friend's. Pastoral Manager to speak to her Dad at pick up."),
    ("case_note", "Email: Good morning all, The Child Exploitation Strategic Group has been moved to the Council Chamber due to numbers. Lunch will not be provided. Regards, Partnership Business Manager."),
    ("case_note", "Review of Secure Accommodation: Secure Welfare placement in Scotland identified via the Secure Welfare Coordination Unit. Court application listed for Monday in the High Court Family Division."),
    ("case_note", "Professionals Meeting held at the Youth Justice Service\nAttendees by role: YJS Case Manager (Chair), YJS Speech and Language Therapist, Education Officer, Social Worker, Police Officer (IOM), CAMHS Forensic Practitioner"),
    ("case_note", "Police record: Three youths on bikes with balaclavas seen riding through the precinct at 21:00. PCSOs attended. Area search negative. Dispersal Order in place until Sunday 6am."),
    ("case_note", "Record of supervision: Worker raised concerns about caseload of 24 children. Manager agreed to reallocate two CIN cases to the Student Social Worker with close oversight."),
    ("case_note", "Disclosure and Barring Service check for the Connected Person came back clear. Fostering Panel date set for the 14th. Viability assessment positive."),
    ("case_note", "Telephone call to the Refuge. Space available in a Refuge in the North West. Mum will travel by train on Wednesday with the two youngest children. Schools to be informed via Children Missing Education Officer."),
    ("case_note", "Case note: Discussed healthy relationships with YP using the Disrespect NoBody resources. YP recognised some controlling behaviours from her boyfriend but said he loves her. Will revisit next session."),
    ("case_note", "Young person seen by the Speech and Language Therapist at the YOT. Significant difficulties with receptive language. Recommendations: short sentences, visual timetables, check understanding in Court."),
    ("case_note", "Police record: Female youth reported that an adult male offered her a lift home from the retail park and then took her phone. She ran to the petrol station and staff called 999. Enquiries ongoing."),
    ("case_note", "The MACE Chair noted a rise in referrals linked to Telegram and Snapchat Quick Add. The Online Safety Lead from the Education Safeguarding Team will present at the next meeting in January."),
    ("case_note", "CAMHS letter: Diagnosis of PTSD following the stabbing witnessed in April. Trauma-Focused CBT offered with a Clinical Psychologist. Eight sessions on Thursday afternoons at the Children's Centre."),
    ("case_note", "Home visit with the Housing Officer re: damp and mould in the bedroom. Photos taken. Landlord to be contacted by Environmental Health. The baby's cough reported to the Health Visitor."),
    ("case_note", "School safeguarding log: Pupil in Year 5 said Dad shouted and threw the remote control at the TV on Saturday night. She was scared and hid under the bed. DSL to call Children's Services."),
    ("case_note", "Duty log 16:55: Call from Police re: a 12-year-old found shoplifting in Boots. Said she was told to do it by older girls waiting outside. Parent collected. Referral to Early Help and the Exploitation Hub."),
    ("case_note", "MACE minutes: Themes from Return Home Interviews this quarter - children going to Brighton and Margate by train, use of Airbnb properties, older girlfriends recruiting younger girls."),
    ("case_note", "Note of Multi-Agency Planning Meeting: Hotel chain contacted via the Police Hotel Watch scheme. Staff to be briefed on signs of CSE. Meeting with the night manager on Friday."),
    ("case_note", "Email: Dear colleagues, The Serious Violence Duty needs assessment is now published on the Partnership website. Please share with your teams. Kind regards, Community Safety Manager."),
    ("case_note", "Contact with Her Majesty's Courts and Tribunals Service: Youth Court listing confirmed for 10am Thursday. The young person will need the Appropriate Adult and an intermediary."),
    ("case_note", "Placement Stability Meeting: Foster Carer reports that the young person has not slept at home on three nights this month. Supervising Social Worker and Fostering Team Manager present."),
    ("case_note", "Visit to HMYOI Cookham Wood. Young person is on remand. Attending education in the morning and the gym in the afternoon. Said the Keyworker is good. Wants more phone credit to call Mum."),
    ("case_note", "Outcome of Section 47 enquiry: concerns substantiated but the child is not judged to be at continuing risk of significant harm. Child in Need Plan to be put in place. Parents in agreement."),
    ("case_note", "Police record: Report from the Ambulance Service of a 16-year-old male with a stab wound to the buttock, treated in the street outside the Job Centre. Refusing to engage with officers."),
    ("case_note", "Staff briefing from the Headteacher: Knife arch to be used at the main gate on Monday morning with Police support. Parents have been informed by text. Pastoral staff to be on the gate from 8am."),
    ("case_note", "Child Death Overview Panel notification. Sudden unexpected death in infancy. Joint Agency Response meeting convened with Police, the Paediatrician and the Coroner's Officer."),
    ("case_note", "Records check request from Scotland: Child Protection Register check for a family now living in Glasgow. No trace on our systems. Response sent via secure email on Tuesday."),
    ("case_note", "Young person reviewed at the Missing Children Panel. Missing 11 times this quarter, usually overnight, usually returning by herself. Pattern suggests she goes to the same place each time. Plan to map."),
    ("case_note", "Emergency Duty Team log 01:10: Call from the Hospital. Teenager brought in after taking an unknown substance at a festival. Parents on their way from Kent. No Social Care action overnight."),
    ("case_note", "Early Help Panel decision: allocate to a Parenting Practitioner for the Triple P programme, 8 sessions. Mum to attend with the younger children's Dad on Mondays at the Children's Centre."),
    ("case_note", "Police record: Community Resolution for criminal damage to a bus shelter. Victim (the Bus Company) satisfied. Youth agreed to write a letter of apology. No further action."),
    ("case_note", "Minutes of the Corporate Parenting Board\nAttendees: Lead Member for Children, Director of Children's Services, Head of Virtual School, Designated Nurse for LAC, Children in Care Council representatives (2)\nItem 3: Sufficiency Strategy"),
    ("case_note", "Case closure summary: Family engaged well with the Family Support Worker. Attendance now 96%. Dad completed the DAPP programme. No Police call outs since June. Closed with consent."),
    ("case_note", "Strategy discussion under Working Together 2023: Police, Health, CSC and Education all agree threshold for a single-agency Police investigation with CSC in support. Joint visit tomorrow."),
    ("case_note", "Consultation with the NRM Hub Coordinator: A new Devolved Decision Making pilot panel will consider cases for children from our area from next month. Submit referrals as usual via the portal."),
    ("case_note", "Police record: E-scooter seized under Section 59 Police Reform Act after a warning issued last week. Rider aged 14 advised. Parent informed by phone. Information passed to the Youth Engagement Officer."),
    ("case_note", "School safeguarding log: A note was found in the Year 8 girls' toilets saying someone wanted to die. Assembly held on Wellbeing. Form tutors to check in with all Year 8 pupils by Friday."),
    ("case_note", "Youth Worker session note: Detached outreach around the retail park and the canal towpath 7pm to 10pm. Spoke to 15 young people. Handed out Fearless cards and condoms. No immediate concerns."),
    ("case_note", "Mum attended the Child Protection Conference with her IDVA and a Polish interpreter. She said she understands the worries and wants the children to stay with her. Dad did not attend."),
    ("case_note", "Health record: Attended the Sexual Assault Referral Centre with the ISVA. Forensic examination declined. Emergency contraception and PEPSE given. Follow-up with the Paediatrician in two weeks."),
    ("case_note", "Duty log: Police Protection Notice received for two siblings found home alone overnight. Oldest child aged 9. Mum returned at 07:45 saying she had been at work. Strategy discussion arranged."),
    ("case_note", "Note from the Designated Teacher for Looked After Children: Pupil Premium Plus to fund a laptop and music lessons. PEP targets set for English and Science. Next PEP after half term."),
    ("case_note", "Email to the Court: The Local Authority requests a short adjournment because the parenting assessment from the Independent Social Worker has been delayed by two weeks."),
    ("case_note", "Police record: Intelligence that children from Essex are being used to sell drugs in Canterbury. Kent Police and Essex Police joint briefing on Monday. Local Exploitation Hub to attend."),
    ("case_note", "Professional curiosity noted by the Dentist: seven teeth extracted under general anaesthetic. Dental neglect concern raised with the Health Visitor. Follow up at the Core Group."),
    ("case_note", "Note: When the young person refers to Mum's friend as Uncle, this is a family friend and not a relative. Relationship to be clarified at the next visit."),
    ("case_note", "Reflective supervision: The worker described the visit as frightening; Dad was aggressive and blocked the doorway. Lone working policy reviewed. Future visits to be done in pairs or at the Family Hub."),
    ("case_note", "School log, Friday: Year 7 pupil said older boys on the bus made him hand over his dinner money and his AirPods. Bus company and Police Schools Officer informed. CCTV requested."),
    ("case_note", "Meeting with the Service Manager for Quality Assurance about the audit findings. Voice of the child recorded well in 70% of cases. Management oversight weaker at the Front Door."),
    ("case_note", "Police record: Drugs warrant at a flat in the tower block. Two adults arrested. One child found inside, aged 15, reported missing from Norfolk. Transferred to the care of Norfolk Children's Services."),
    ("case_note", "Case note: The young person chose to be called by a different name at school. Records updated by School Business Manager with consent. Pronouns she/her."),
    ("case_note", "Advice from the Police Digital Forensics Unit: the phone will take 6 to 8 weeks to be examined. Young person to be given a replacement basic handset through the Youth Justice Service."),
    ("case_note", "Minutes - Daily MASH Briefing\nPresent: MASH Manager, Police DS, Health Navigator, Education Officer, Early Help Coordinator, Probation Liaison\nNew contacts overnight: 23\nRed RAG: 2"),
    ("case_note", "Referral received from a Church Youth Leader: child in the youth group disclosed that Dad hits him with a belt. Church Safeguarding Officer made the referral by phone. Police and CSC strategy discussion within 2 hours."),
    ("case_note", "Note: YP's favourite places listed in the Philomena Protocol: McDonald's on the retail park, the skate park, the Greggs by the bus station and Nan's. Police given updated photo."),
    ("case_note", "CSC to Police email: Please could you confirm whether a Disclosure under the Child Sex Offender Disclosure Scheme (Sarah's Law) was made to Mum in 2022? Thank you, Assessment Team."),
    ("case_note", "Fostering Panel recommendation: Approval as Foster Carers for up to 2 children aged 0 to 18 on a short-term basis. Agency Decision Maker to confirm within 7 working days."),
    ("case_note", "Police record: Juvenile detained in custody for 17 hours awaiting transfer to Local Authority accommodation under PACE Section 38(6). No secure bed available. Escalated to the Head of Service."),
    ("case_note", "School safeguarding log: Parent reported that a teacher had messaged her son on Instagram. Headteacher informed and LADO contacted the same day. Member of staff suspended pending investigation."),
    ("case_note", "Child in Need review: Mum thinks things are better. YP going to football at the Leisure Centre on Wednesdays and Saturdays. Still smoking weed but less. Plan to continue for 3 months."),
    ("case_note", "Duty log: Call from the Job Centre Work Coach. Young mum, 17, told her she has nowhere to stay tonight. Passed to the Homeless Young People's Protocol duty worker at Housing."),
    ("case_note", "The Youth Endowment Fund's Toolkit was used to select the mentoring programme. Evaluation will be carried out by the University's Department of Criminology."),
    ("case_note", "Police record: Officer attended the school at the Headteacher's request after a Year 10 boy was found with a BB gun in his bag. Item seized. Parent collected. Referral made to the Prevent team declined."),
]
# --- Block 7: more professionals' writing with identifiers -------------------
R += [
    ("case_note", "Police record: {NAME|Eilidh MacAulay} (15) reported missing from {ADDRESS|Flat 2, 7 Cumbernauld Road}, Glasgow. Believed to be travelling to Aberdeen to meet an adult male called {NAME|Ruaridh}."),
    ("case_note", "Email from Mrs {NAME|Yılmaz} (Mum): {NAME|Emre} will not be in school today, he has a dentist appointment. Sent from {EMAIL|ayse.yilmaz@example.com}."),
    ("case_note", "Minutes - Strategy Meeting, {NAME|Stevie Lee} (Romany Gypsy heritage)\nPresent: Traveller Education Service Officer, SW, DC {NAME|Baines}, School Nurse\nFamily currently on the {ADDRESS|Dale Road} site."),
    ("case_note", "Health record: {NAME|Mai Anh Phạm}, DOB {DATE_OF_BIRTH|18/06/2008}, attended the Walk-in Centre with abdominal pain. Gave address as {ADDRESS|Flat 11, 240 Stockport Road}. Nail bar worker. Possible trafficking."),
    ("case_note", "Duty log: YP ({NAME|Lamar}) gave his number as {PHONE|oh seven seven oh oh nine oh oh double two seven} and refused to give his address. Said he is staying with Auntie {NAME|Pearl}."),
    ("case_note", "Youth Justice note: {NAME|Dafydd Roberts} attended Reparation at the Allotments on Saturday with Session Worker {NAME|Llinos}. Worked well for four hours."),
    ("case_note", "Dear DS {NAME|Chen},\nPlease see the attached chronology for {NAME|Wei Zhang} and {NAME|Xin Zhang}. The family has moved to {ADDRESS|58 Mulberry Street}.\nRegards,\nSocial Worker, Assessment Team 3"),
    ("case_note", "Strategy discussion: {NAME|Nour Al-Khatib} (14) disclosed to her Arabic teacher at the Saturday school that her cousin {NAME|Tariq} touched her. DC {NAME|Graves} (CAIT) to lead."),
    ("case_note", "Safeguarding log: {NAME|Freddie Hale} (Y6) said a man on Fortnite called {HANDLE|ToxicReaper99} asked for photos in return for V-Bucks. {NAME|Freddie}'s Dad has the messages."),
    ("case_note", "Telephone call from Dr {NAME|Oyinlola Bankole} (Paediatric Registrar): {NAME|Ezekiel} has a spiral fracture of the humerus. Parents' explanation inconsistent. Skeletal survey ordered."),
    ("case_note", "PC {NAME|Ridgeway} attended {ADDRESS|33 Tennyson Avenue} after a report of a child crying. Found {NAME|Archie} (4) alone. Mum {NAME|Stacey Pearce} returned 20 minutes later from the shop."),
    ("case_note", "Email:\nHi {NAME|Aoife},\n{NAME|Kerry-Ann} told me today that {NAME|Jerome} is back in the area and has been messaging her on {HANDLE|@jeromeyy_x}. Can we discuss at Panel?\nThanks,\n{NAME|Nadia}\nYouth Worker"),
    ("case_note", "Record: Ms {NAME|Baptiste}, the DSL at {SCHOOL|Millbrook Church of England Academy}, called to report that {NAME|Marley Grant} brought £800 into school in a sock."),
    ("case_note", "MACE minutes, case 7: {NAME|Gabriel Mendes}. Now attending {SCHOOL|Crossways Alternative Provision}. Associates: {NAME|Lil Vee}, {NAME|Sosa}. Police have intel of a car registered at {ADDRESS|Oak Tree Mews}."),
    ("case_note", "Referral from the Health Visitor {NAME|Margaret Ellery}: Baby {NAME|Nevaeh} (NHS {NHS_NUMBER|999 323 6403}) has bruising to the cheek. Mum says older sibling hit her with a toy."),
    ("case_note", "Note of call with Mr {NAME|Hadžić}'s sister: {NAME|Amela} (Mum) has gone to Bosnia for a funeral. Children {NAME|Edin} and {NAME|Lejla} staying with the sister at {ADDRESS|90 Beech Avenue}."),
    ("case_note", "Duty log: Call from Ms {NAME|Ward} at Housing Options. {NAME|Caitlin} (17, pregnant) has been asked to leave by her Mum. Contact number {PHONE|07700 900 064}."),
    ("case_note", "Police record: Vehicle stopped on the M6 at Stafford. Driver {NAME|Hassan Yousef Omar} (24). Passengers: {NAME|Kai Robinson} (15) and {NAME|Tyreke} (16), both reported missing from Wolverhampton."),
    ("case_note", "School log: {NAME|Bethany} (Y10) says her older sister's boyfriend {NAME|Shane} takes her and friends to a house party at {ADDRESS|the Quarry Hill flats} every Friday. Alcohol given."),
    ("case_note", "Meeting with {NAME|Jean-Luc Mbemba} (father) through a Lingala interpreter. He wants {NAME|Grâce} to return home from foster care. Explained the Care Plan and the next Court date."),
    ("case_note", "Email signature: {NAME|Lowri Price} | Senior Practitioner | Children's Services | {PHONE|0161 496 0123} | {EMAIL|lowri.price@example.org}"),
    ("case_note", "Strategy discussion re: {NAME|Harrison Webb}. Found at the {ADDRESS|Goldfinch Court} flat with two adult men. Flat tenant {NAME|Malcolm Bright} (62) has learning disabilities. Cuckooing suspected."),
    ("case_note", "Health record: {NAME|Tomás Ruiz}, DOB {DATE_OF_BIRTH|01/12/2009}. Attended with a fractured hand after punching a wall. Said it was because of {NAME|Gio}, who owes him money."),
    ("case_note", "Note: {NAME|Ciara Nic Giolla Phádraig} prefers her name spelled in Irish on all documents. School ({SCHOOL|St Malachy's College}) has updated records."),
    ("case_note", "PC {NAME|Okafor} reported that {NAME|Junior} was seen by a PCSO going into {ADDRESS|14 Alma Street} with an older male known locally as {NAME|Bones}."),
    ("case_note", "Duty Social Worker rang {NAME|Mariana}'s mother at {PHONE|020 7946 0 842}. Mum said {NAME|Mariana} is at her boyfriend's on {ADDRESS|Tulse Hill} and will be back in the morning."),
    ("case_note", "Minutes - Professionals Meeting for {NAME|Esme Harrow}\nPresent: Mr {NAME|Pryce} (Head of Sixth Form, {SCHOOL|Castleton College}), Ms {NAME|Ahmadi} (ISVA), SW {NAME|Daniel Okeke}\n{NAME|Esme} did not wish to attend."),
    ("case_note", "Police intelligence: {NAME|Big Kwes} (real name believed {NAME|Kwesi Ampofo}) runs a TikTok account {HANDLE|@kwesi.getmoney} advertising quick cash to teenagers."),
    ("case_note", "Record of Home Visit: {NAME|Sophie} and her Mum {NAME|Lisa Whittaker} were home. {NAME|Sophie} showed me messages from {HANDLE|@jayy.t_official} asking her to meet him in Leicester."),
    ("case_note", "Email from {SCHOOL|Harbour View Primary}: {NAME|Maisie Crowther} (R) has not been collected. Mum not answering on {PHONE|01632 960 559}. Nan also not answering. Please advise."),
    ("case_note", "Referral: {NAME|Rahim Uddin}, 16, studying at {SCHOOL|Tower Hamlets Sixth Form Centre}. Received a message offering £1,000 to open a bank account for someone called {NAME|Zak}."),
    ("case_note", "Youth Offending note: {NAME|Tyler-Jay Kemp} is subject to a Referral Order. Case Manager {NAME|Yvonne Abbott}. {NAME|Tyler-Jay}'s Mum can be reached on {PHONE|0113 496 0 741}."),
    ("case_note", "Police record: {NAME|Angelika Horváth} reported her son {NAME|Dávid} missing. Last seen on {ADDRESS|Cavendish Road}. {NAME|Dávid} uses Snapchat as {HANDLE|daviddd_hx}."),
    ("case_note", "Case note: Met {NAME|Jessica}'s new foster carers, {NAME|Paul} and {NAME|Tracey Nolan}, at their home on {ADDRESS|Bramble Close}. {NAME|Jessica} has her own room and a dog called Biscuit."),
    ("case_note", "DC {NAME|Sithole} confirmed the phone seized from {NAME|Kenzo} contains chats with a user called {HANDLE|SnowMan#0101} on Discord. Content is being reviewed."),
    ("case_note", "Professionals Meeting: Dr {NAME|Rhys Llewellyn} (CAMHS Consultant) advised that {NAME|Carwyn} should not be discharged until a community bed is found in Wales."),
    ("case_note", "School safeguarding log: {NAME|Madison} (Y9) disclosed that {NAME|Riley} shared a nude image of her in the Year 9 group chat. Both sets of parents called. Police Schools Officer PC {NAME|Lamb} informed."),
    ("case_note", "Duty log 20:10: {NAME|Abdullahi Warsame} (father) called from {PHONE|07700 900 811} to say {NAME|Hodan} has not come home. She was last seen at {SCHOOL|Northbrook Girls' Academy} at 3pm."),
    ("case_note", "Note: Spoke to {NAME|Cheyenne}'s aunt, {NAME|Marcia Blake}, who lives at {ADDRESS|6 Spenser Road}, {POSTCODE|SE24 0NS}. Aunt is willing to have {NAME|Cheyenne} stay at weekends."),
    ("case_note", "Police: {NAME|Joel Antwi}, 15, arrested in Exeter. Phone contained a deal line contact saved as {NAME|Boss}. {NAME|Joel} said he was brought there by {NAME|Tiny} in a hire car."),
    ("case_note", "Dear {NAME|Precious},\nThank you for attending the Core Group for {NAME|Daniel} and {NAME|Esther}. The next meeting is on Tuesday at the Family Hub.\nBest,\nSocial Worker"),
    ("case_note", "Record of conversation with Miss {NAME|Summerfield} (Class Teacher) re: {NAME|Alfie}. {NAME|Alfie} has drawn pictures of a man with a knife and said it was his Mum's boyfriend."),
    ("case_note", "Strategy meeting notes: Online profile {URL|https://www.example.com/profile/prettygirl_2010} linked to {NAME|Lacey Morgan}. Adverts indicate possible sexual exploitation."),
    ("case_note", "Referral to Children's Services from {NAME|Hamid Karimi}, UASC Key Worker. {NAME|Ahmad Rezaei} (stated age 16) left the supported lodgings at {ADDRESS|12 Elmstead Road} and has not returned."),
    ("case_note", "YP said his Snapchat is {HANDLE|kj_2bad} and that {NAME|Kayode} is the only one who knows the password. {NAME|Kayode} lives at {ADDRESS|Trinity Tower}, flat 31."),
]
# --- Block 8: final mix of forms, young people's voice and notes -------------
R += [
    ("form", "Referral category: Online harm\nPlatform(s): Instagram, Snapchat, Roblox\nReported to CEOP: Yes\nReported to IWF: No\nParents aware: Yes\nSchool aware: Yes"),
    ("form", "Name: {NAME|Grace-Ann Mullings}\nDOB: {DATE_OF_BIRTH|23.09.2010}\nMobile: {PHONE|07700.900.486}\nSchool: {SCHOOL|Brixton Hill Academy}"),
    ("form", "Attendance summary\nAutumn 1: 88%\nAutumn 2: 74%\nSpring 1: 61%\nPersistent absence: Yes\nSevere absence: No\nLocal Authority notified: Yes"),
    ("form", "Young person: {NAME|Kerem Aydın}\nAddress: {ADDRESS|Flat 15, Osprey House, Lea Bridge Road}\nPostcode: {POSTCODE|E10 7LD}\nLanguage at home: Turkish"),
    ("form", "Who lives in your home? Mum, my stepdad, my two little brothers and our cat\nWho is important to you? Nan and my best friend\nWhat worries you? Fights at school"),
    ("form", "Next of kin: {NAME|Olena Shevchenko} (Mother)\nTelephone: {PHONE|+44 7700 900 352}\nEmail: {EMAIL|olena.sh@example.net}\nInterpreter: Ukrainian"),
    ("form", "Outcome of Return Home Interview\nPush factors: arguments at home\nPull factors: friends, freedom\nExploitation indicators: none identified\nShare with: Police, SW, School"),
    ("form", "Patient name: {NAME|Fionnuala Byrne}\nNHS number: {NHS_NUMBER|999 562 2416}\nDOB: {DATE_OF_BIRTH|15/03/2009}\nPresenting complaint: overdose (sertraline)"),
    ("form", "Form completed by: Designated Safeguarding Lead\nOn behalf of: Secondary Academy\nDate of incident: Friday afternoon\nLocation: School field\nWitnesses: 2 staff, 4 students"),
    ("form", "Subject: {NAME|Marcel Dubois}\nKnown as: {NAME|Marsh}\nVehicle seen: white Transit van\nLocations frequented: {ADDRESS|Bellamy Close}, the lock-ups behind the Co-op"),
    ("form", "Consent to share information\nI understand my information will be shared with: CAMHS, School, GP, Early Help\nSigned: Parent\nWitnessed: Family Support Worker"),
    ("form", "Name of child: {NAME|Sanjay Mistry}\nSchool: {SCHOOL|Belgrave Hall Academy}\nDOB: {DATE_OF_BIRTH|8 August 2011}\nGP practice: Evington Medical Centre"),
    ("form", "Risk Management Plan\nRisk: Knife carrying\nTriggers: Being in the town centre on Friday nights\nControls: Curfew, tag, mentor\nContingency: Police to be informed if curfew is breached"),
    ("form", "Handle(s) reported: {HANDLE|@quickcash.uk_}, {HANDLE|@ldn.runners24}\nPlatform: Instagram\nAction: Reported to platform and Police Cyber Team"),
    ("form", "Service: Youth Counselling\nSessions offered: 6\nSessions attended: 5\nPre-CORE score: 21\nPost-CORE score: 12\nOutcome: Improvement\nFollow-up: Not needed"),
    ("form", "Address history\n2019-2021: {ADDRESS|27 Lime Grove}, Walsall\n2021-2023: {ADDRESS|Flat 8 Quayside Court}, Wolverhampton\n2023-now: Temporary Accommodation"),
    ("form", "Name: {NAME|Hevin Rashid}\nDOB: {DATE_OF_BIRTH|04/01/2008}\nFirst language: Kurdish Sorani\nImmigration status: Asylum seeker\nKey worker phone: {PHONE|020 7946 0977}"),
    ("form", "Missing episode checklist\n[x] Police informed\n[x] Parent informed\n[x] Social Worker informed\n[ ] RHI booked\n[x] Added to Missing tracker"),
    ("form", "Associate name: {NAME|Lil Boogz}\nReal name: not known\nAge: 17-18\nArea: {ADDRESS|Penrose Estate}\nSocial media: {HANDLE|boogz_n1}"),
    ("form", "Summary of needs\nEducation: Needs tuition in Maths\nHealth: Asthma, dental check overdue\nEmotional: Low mood\nIdentity: Proud of Jamaican heritage\nFamily: Close to Grandma"),
    ("young_person", "my mum says {NAME|frankie} is a bad influence but shes my best friend"),
    ("young_person", "{NAME|harvey} wants us to go to his brothers flat on {ADDRESS|cornwall road} after"),
    ("young_person", "call me {PHONE|o77oo 9oo 2O1} or snap me"),
    ("young_person", "i think {NAME|yusuf} is being used by older boys he has too much money"),
    ("young_person", "{NAME|Lil Kano} posted the video of the fight on his story"),
    ("young_person", "go to {SCHOOL|greenfields} and ask for {NAME|maddie} she will show u"),
    ("young_person", "{NAME|kiki} my ride or die"),
    ("young_person", "when i went missing i was at {NAME|Shaniqua}s cousins in Luton"),
    ("young_person", "{NAME|destiny} n {NAME|mercy} are coming to mine for the sleepover"),
    ("young_person", "my new snap {HANDLE|laylaaa.x0} i lost my old one"),
    ("young_person", "{NAME|Dylan} said the man at the garage gives u a tenner to watch the road"),
    ("young_person", "i walk past {ADDRESS|Kingsley House} every day and there is always boys outside"),
    ("young_person", "{NAME|rubi} is a good friend she never snitched"),
    ("young_person", "tell {NAME|ty} i said happy birthday"),
    ("young_person", "{NAME|Gracie} was crying cos {NAME|Alfie} dumped her over text"),
    ("young_person", "{NAME|emeka} and me r going to try out for the county team"),
    ("young_person", "{NAME|Big Skeng} is not a real name lol but thats what we call him"),
    ("young_person", "{NAME|hana} got moved to a foster placement in Kent"),
    ("young_person", "my step dad {NAME|gary} is alright he takes me fishing"),
    ("young_person", "email {EMAIL|k.harris07 at example dot org} for the homework"),
    ("young_person", "we just sat in the park and talked about life, it was nice"),
    ("young_person", "i wish the police would talk to us normally and not like we are criminals"),
    ("young_person", "my favourite teacher left and now nobody gets me in that school"),
    ("young_person", "i was scared to tell anyone cos they said they would hurt my mum"),
    ("young_person", "the new skate park is sick but the big kids take over"),
    ("young_person", "Ringing Childline was the best thing I did, they didnt judge me."),
    ("young_person", "im from Newcastle but we moved down south for my dads work"),
    ("young_person", "u kno ur in trouble when ur mum uses ur full name"),
    ("young_person", "i dont want to be a statistic"),
    ("young_person", "summer in the city hits different"),
    ("young_person", "if anyone offers u a job that sounds too good its a trap"),
    ("young_person", "my sister said the Youth Club on Wednesdays is for girls only now which is good"),
    ("young_person", "the PCSOs are ok they play footy with us sometimes"),
    ("young_person", "my mum is Nigerian and my dad is Irish so i get the best food"),
    ("young_person", "going to the Hope and Anchor for my uncles 50th, kids allowed till 9"),
    ("young_person", "will power is everything my coach says"),
    ("young_person", "im on a red card at school one more and im out"),
    ("young_person", "the trains on sunday are always cancelled"),
    ("young_person", "i used to self harm but i stopped, the school nurse helped"),
    ("young_person", "we had a bbq for the jubilee on the estate, everyone came"),
    ("young_person", "my phone is dead message me on the ipad"),
    ("young_person", "why do teachers say its a safe space then tell everyone"),
    ("young_person", "the best bit of my week is Saturday football with my dad"),
    ("young_person", "i got a place at college for September to do hair and beauty"),
    ("young_person", "nah the Summer Fair was dead this year"),
    ("case_note", "Case note: Attended the Family Group Conference facilitated by the FGC Coordinator. Extended family from Leicester, Coventry and Kingston, Jamaica joined. Family Plan agreed and accepted by the Team Manager."),
    ("case_note", "Police record: Public Order incident outside the kebab shop at 00:30 Sunday. Group of 20 youths. Section 35 Dispersal authorised by the Inspector. Three under-18s taken home to parents."),
    ("case_note", "Minutes - Education Inclusion Panel\nPresent: Head of Inclusion (Chair), Headteachers (4), PRU Head, Educational Psychologist, SEND Casework Officer, Social Care representative\nDecision: Managed move agreed for two pupils."),
    ("case_note", "Email: Hi all, the Early Help Hub phone line will be down on Thursday from 9 to 11 for maintenance. Please use the main Council switchboard or the MASH inbox. Thanks, Business Support."),
    ("case_note", "Note from the Young People's Substance Misuse Service: YP attended the first session. Talked about cannabis use with friends on the estate. Harm reduction advice given. Next session Tuesday."),
    ("case_note", "CSC record: Grace period for the housing arrears repayment extended by the Housing Association until the end of the month. Mum relieved. Debt advice booked with Citizens Advice."),
    ("case_note", "School safeguarding log: During the online safety lesson a Year 8 student said a man on Minecraft keeps asking her to move to a private chat. Screenshots taken. Parents and Police informed. CEOP report made."),
    ("case_note", "Police record: Welfare check at the request of the Samaritans. Caller aged 16 said she had taken tablets. Officers and Ambulance attended. Conveyed to hospital. Parents informed."),
    ("case_note", "MACE decision: Disruption activity approved - Child Abduction Warning Notices for two adults, a licensing visit to the shisha bar and letters to the taxi firm. Review in 6 weeks."),
    ("case_note", "Health record: Will discuss at the next MDT whether a referral to the Tier 4 unit is needed. Mood low, not eating, risk of self-harm increasing. Parents updated by the Consultant."),
    ("case_note", "Internal email: Colleagues, a reminder that Summer and Autumn term data for the Virtual School report is due Friday. Please use the new template. Thanks, Data Officer."),
    ("case_note", "Child in Care Review: Young person chaired part of her own review. Said she likes her carers, wants more contact with her brothers and wants to learn to drive when she turns 17."),
    ("case_note", "Duty log: Call from the Royal Mail sorting office manager. A teenager has been seen posting and collecting parcels at odd hours. Passed to Police as possible drug supply through the post."),
    ("case_note", "Police record: King's Cross BTP stopped a 14-year-old travelling alone to Doncaster with a return ticket bought by someone else. Released to his mother after checks. Referral to the Hub."),
    ("case_note", "Note of discussion with the Named GP for Safeguarding: Practice will add a flag to the records of all three children. Any missed immunisations will be followed up by the Practice Nurse."),
    ("case_note", "Strategy Meeting minutes\nAttendees: Service Manager (Chair), DS (Child Exploitation), DSL, YOT Manager, Missing Coordinator, Housing\nOutcome: Section 47 to continue; Child Protection Conference within 15 days."),
    ("case_note", "Police record: Female, 15, found in a stairwell intoxicated at 22:00. Said she had been given vodka by some older lads. Ambulance declined. Taken home to Mum. Referral submitted."),
    ("case_note", "Note: All references to Destiny in the chronology relate to the Destiny youth project in the town centre and not to a person."),
    ("case_note", "Youth Worker email: Thanks for the referral. We can offer one-to-one sessions at the Hub on Mondays and the girls' group on Thursdays. Transport can be arranged. Regards, Young People's Service."),
    ("case_note", "Feedback from the Anti-Bullying Alliance training: staff to log racist incidents separately. The DSL will report termly to Governors. Parents' information evening to be held in March."),
    ("case_note", "Email to {NAME|Gemma} (Team Manager): I have visited {NAME|Ollie} at {ADDRESS|The Willows} residential home. He has been missing twice this week. Police reference obtained. {NAME|Nathan}, SW."),
    ("case_note", "PC {NAME|Mbatha} stopped {NAME|Koby Asante-Lewis} on {ADDRESS|Coldharbour Lane} with a bladed article. {NAME|Koby} said he carries it since being robbed near {SCHOOL|Lansdowne Park School}."),
    ("case_note", "Health record: {NAME|Sahana Begum}, NHS {NHS_NUMBER|999 549 9096}, seen by the School Nurse {NAME|Amina Farouk} for headaches. Mentioned stress at home about an engagement being arranged."),
    ("case_note", "Dear Ms {NAME|Flanagan},\nI write regarding {NAME|Caoimhe}'s attendance at {SCHOOL|Holy Cross Catholic Academy}. Please contact me on {PHONE|0161 496 0655}.\nYours sincerely,\nEducation Welfare Officer"),
    ("case_note", "Duty log: Mum {NAME|Roxanne} called from a new number, {PHONE|07700 900-966}, to say {NAME|Tyler} came home with a black eye after going to {ADDRESS|the Hillfields estate}."),
]


if __name__ == "__main__":
    main()
