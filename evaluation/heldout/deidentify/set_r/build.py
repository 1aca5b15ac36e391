#!/usr/bin/env python3
"""Build set_r.jsonl: hand-written de-identification evaluation records.

Every record below is typed by hand, one per line, as
    <style letter>|<text with inline {TYPE|span} markers>
Y = young_person, C = case_note, F = form. A literal backslash-n inside a line
stands for a line break. Lines that are blank or start with '#' are ignored.
Python 3 standard library only.
"""
import json
import random
import re
import sys
from collections import Counter

TYPES = {"NAME", "PHONE", "EMAIL", "URL", "HANDLE", "POSTCODE", "ADDRESS",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
STYLES = {"Y": "young_person", "C": "case_note", "F": "form"}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")

PHONE_RANGES = [
    ("07700900000", "07700900999"),
    ("01632960000", "01632960999"),
    ("02079460000", "02079460999"),
    ("01134960000", "01134960999"),
    ("02896496000", "02896496999"),
    ("02920180000", "02920180999"),
    ("01314960000", "01314960999"),
]
WORD_DIGITS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2",
               "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}


def phone_digits(s):
    t = s.lower()
    t = re.sub(r"\+\s*44\s*\(0\)", "0", t)
    t = re.sub(r"\+\s*44", "0", t)
    out = []
    double = 0
    for tok in re.findall(r"[a-z]+|\d", t):
        if tok in ("double", "triple"):
            double = 2 if tok == "double" else 3
            continue
        if tok.isdigit():
            d = tok
        elif tok in WORD_DIGITS:
            d = WORD_DIGITS[tok]
        elif set(tok) == {"o"}:
            # letter O typed for zero, possibly several in a row
            out.extend("0" * len(tok))
            double = 0
            continue
        else:
            return None
        out.append(d * (double or 1))
        double = 0
    return "".join(out)


def phone_ok(s):
    d = phone_digits(s)
    if d is None or len(d) != 11:
        return False
    return any(lo <= d <= hi for lo, hi in PHONE_RANGES)


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10 or len(re.sub(r"[\d\s\-]", "", s)) != 0:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - total % 11
    if c == 11:
        c = 0
    if c == 10:
        return False
    return c == int(d[9])


def email_ok(s):
    t = s.lower()
    t = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    if t.count("@") != 1:
        return False
    dom = t.split("@")[1]
    return dom in ("example.com", "example.org", "example.net")


def parse(line_no, raw):
    errors = []
    if len(raw) < 3 or raw[1] != "|" or raw[0] not in STYLES:
        return None, ["line %d: bad prefix" % line_no]
    style = STYLES[raw[0]]
    body = raw[2:].replace("\\n", "\n")
    text_parts = []
    spans = []
    pos = 0
    cur = 0
    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        text_parts.append(before)
        cur += len(before)
        typ, span_text = m.group(1), m.group(2)
        if typ not in TYPES:
            errors.append("line %d: bad type %s" % (line_no, typ))
        if not span_text:
            errors.append("line %d: empty span" % line_no)
        elif span_text != span_text.strip():
            errors.append("line %d: edge whitespace in %r" % (line_no, span_text))
        spans.append({"start": cur, "end": cur + len(span_text), "type": typ})
        text_parts.append(span_text)
        cur += len(span_text)
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    if "{" in text or "}" in text or "|" in "".join(
            text[s["start"]:s["end"]] for s in spans):
        errors.append("line %d: brace or pipe left over: %r" % (line_no, text[:80]))
    return {"style": style, "text": text, "spans": spans}, errors


def check_record(line_no, rec):
    errors = []
    text, spans = rec["text"], rec["spans"]
    # overlaps
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            errors.append("line %d: overlap" % line_no)
    for s in spans:
        st = text[s["start"]:s["end"]]
        if s["type"] == "NHS_NUMBER" and not nhs_ok(st):
            errors.append("line %d: NHS number fails modulus 11: %r" % (line_no, st))
        if s["type"] == "PHONE" and not phone_ok(st):
            errors.append("line %d: phone not in drama range: %r" % (line_no, st))
        if s["type"] == "EMAIL" and not email_ok(st):
            errors.append("line %d: email not on example domain: %r" % (line_no, st))
    # two NAME spans separated only by whitespace
    for a, b in zip(ss, ss[1:]):
        if a["type"] == "NAME" and b["type"] == "NAME":
            gap = text[a["end"]:b["start"]]
            if gap.strip() == "":
                errors.append("line %d: adjacent NAME spans %r %r" % (
                    line_no, text[a["start"]:a["end"]], text[b["start"]:b["end"]]))
    # a marked string must not appear unmarked elsewhere in the record
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for st in set(text[s["start"]:s["end"]] for s in spans):
        pat = re.compile(r"(?<!\w)" + re.escape(st) + r"(?!\w)")
        for m in pat.finditer(text):
            if not all(covered[m.start():m.end()]):
                errors.append("line %d: %r marked but also unmarked" % (line_no, st))
                break
    return errors


def main():
    data = DATA_Y + "\n" + DATA_C + "\n" + DATA_F
    records = []
    errors = []
    for n, raw in enumerate(data.split("\n"), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        rec, errs = parse(n, raw)
        errors += errs
        if rec is None:
            continue
        errors += check_record(n, rec)
        records.append(rec)
    seen = Counter(r["text"] for r in records)
    for t, c in seen.items():
        if c > 1:
            errors.append("duplicate text: %r" % t[:80])
    type_counts = Counter(s["type"] for r in records for s in r["spans"])
    style_counts = Counter(r["style"] for r in records)
    neg = sum(1 for r in records if not r["spans"])
    if len(records) < 400:
        errors.append("only %d records" % len(records))
    if type_counts["NAME"] < 280:
        errors.append("only %d NAME spans" % type_counts["NAME"])
    if records and not (0.35 <= neg / len(records) <= 0.45):
        errors.append("negative share %.3f not about 40%%" % (neg / len(records)))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)

    random.Random(20261207).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "r%04d" % i, "style": r["style"], "text": r["text"],
                    "spans": sorted(r["spans"], key=lambda s: s["start"])})
    with open("set_r.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    neg_by_style = Counter(r["style"] for r in records if not r["spans"])
    lines = []
    lines.append("| style | records | with no spans |")
    lines.append("|---|---:|---:|")
    for s in ("young_person", "case_note", "form"):
        lines.append("| %s | %d | %d |" % (s, style_counts[s], neg_by_style[s]))
    lines.append("| **total** | **%d** | **%d** |" % (len(records), neg))
    lines.append("")
    lines.append("| span type | count |")
    lines.append("|---|---:|")
    for t in sorted(TYPES, key=lambda t: (-type_counts[t], t)):
        lines.append("| %s | %d |" % (t, type_counts[t]))
    lines.append("| **total spans** | **%d** |" % sum(type_counts.values()))
    table = "\n".join(lines)
    print(table)
    with open("README_set_r.md", "w", encoding="utf-8") as f:
        f.write(README.replace("@@COUNTS@@", table))


README = r"""# Evaluation set R: de-identification of UK youth-safeguarding text

**Author:** an independent helper session that saw nothing but its own folder
(`/work/sets/deid_r/`). No other file, repository, search tool or web page was
consulted; every record was written from general knowledge.
**Date:** 2026-12-06

## Purpose

An independent test set for a de-identifier used by a UK youth-safeguarding
service. It checks that identifying details are found (recall) in messy
young-person text, practitioner case notes and short form fields from all four
UK nations, and that ordinary capitalised words, services, places, public
figures and name-like ordinary words are left alone (precision). About 40% of
records contain nothing to remove.

## Files

* `build.py` - all records typed by hand, one per line, with inline
  `{TYPE|text}` markers; the script strips the markers, computes offsets,
  runs the checks and writes the outputs. It writes nothing if any check fails.
* `set_r.jsonl` - one JSON object per line:
  `{"id", "style", "text", "spans": [{"start", "end", "type"}]}`.
  Offsets are Unicode code points into `text`, end exclusive. UTF-8,
  `ensure_ascii=False`. Shuffled with `random.Random(20261207)`, ids
  `r0001`... in shuffled order.
* `README_set_r.md` - this file (counts filled in by `build.py`).

## How it was built

No generators, templates or substitution loops: each record was written
individually. Styles: `young_person` (phone-survey and youth-work chat text:
text-speak, misspellings, no capitals, emoji, voice-to-text run-ons, names
glued to words), `case_note` (case notes, referrals, strategy-meeting minutes
with attendee lists, emails with greetings/sign-offs/signatures, contact logs,
school safeguarding logs, police occurrence summaries) and `form` (short
structured fields, including "none", "n/a", "dont know", "my mate").

Checks run by `build.py`: valid types; non-empty spans without leading or
trailing whitespace; no overlaps; no braces left after stripping; no duplicate
texts; every NHS_NUMBER passes the Modulus 11 check; every PHONE normalises
(spaces, dashes, brackets, +44, +44 (0), spelled-out digits, "double", letter O
for zero) to a number inside an Ofcom drama range (07700 900000-900999,
01632 960000-960999, 020 7946 0000-0999, 0113 496 0000-0999,
028 9649 6000-6999, 029 2018 0000-0999, 0131 496 0000-0999); every EMAIL
de-obfuscates to example.com/.org/.net; two NAME spans separated only by
whitespace is an error (a full name is one span); any string that is marked in
a record must not also occur unmarked (as a whole word, case-sensitive) in that
record; at least 400 records, at least 280 NAME spans, and a no-span share
between 35% and 45%.

All people, addresses, schools, handles, phone numbers, emails, NHS/CHI
numbers and dates of birth are invented. Postcodes are in valid UK format but
are not tied to any real person. Schools are invented names.

## Labelling policy (borderline cases)

* **NAME** covers any private person: young people, family members, friends,
  suspects, and professionals (social workers, teachers, police officers,
  youth workers) because their names identify the case. First names, surnames,
  full names, nicknames, street names for people ("kez", "t-bone"), lower-case
  names, initials used to refer to a person ("KM", "J.O.") and initial +
  surname ("J. Okafor") are NAME. A full name (first + surname, or with middle
  name) is ONE span; titles and ranks (Mr, Mrs, Ms, Miss, Dr, DC, PC, DS, Sgt,
  Cllr) are outside the span: `DC {NAME|Okafor}`.
* Possessives: the `'s` is outside the span (`{NAME|Ash}'s mum`). When the
  possessive is glued without an apostrophe the span covers only the name part
  (`{NAME|ash}s mum`). Names glued to other tokens ("me+jay", "w/kez",
  "jay&co") are marked on the name characters only.
* Name-like ordinary words (hope, grace, will, rose, bill, chase, faith,
  summer, sunny, rich, dawn, mark, frank, joy, sky, amber, storm, river,
  king, major, gift, etc.) are marked only when they refer to a person, and
  left unmarked when used as ordinary words, including at the start of a
  sentence.
* Not marked: family roles (Mum, Nan, Grandad, Auntie, "my mate", "her
  boyfriend"), job titles and roles (DSL, social worker, YP, SW), services and
  organisations (CAMHS, Childline, Barnardo's, the NSPCC, FRANK, the Police,
  Women's Aid, Kooth, the council), shops, brands and apps (Snapchat, TikTok,
  Greggs, JD), football clubs, towns, cities, rivers, stations, hospitals,
  named storms, public figures (musicians, footballers, politicians,
  influencers, the King), fictional characters, song/film/TV titles.
* **ADDRESS**: a house or flat number with street, a street named as the
  location of a specific dwelling (where someone lives, "a house in Balmoral
  Terrace"; "I live on Glenfarne Road" -> the street name is marked), care home or
  hostel street addresses, full postal addresses (town/city inside the address
  line is included in the span when written as part of one address line;
  postcode is a separate POSTCODE span). Public meeting places (a park, the
  high street, a station, "outside Greggs") are not marked. Town or city names
  on their own are not marked.
* **POSTCODE**: full UK postcodes only (outward and inward code, with or
  without a space, any case).
* **SCHOOL**: named schools, academies, colleges, PRUs and "St X's" forms,
  including nicknames that name the school ("st mikes"). Generic references
  ("my school", "the PRU", "college") are not marked. Universities are not in
  the set.
* **HANDLE**: social media or gaming usernames, including a leading "@" and a
  Discord "#1234" tag inside the span. App names are not marked.
* **URL**: links to a person's profile, post or page (all on example domains).
* **EMAIL**: personal or staff addresses, including obfuscated "(at)", "[dot]";
  generic service inboxes are still marked if written out.
* **PHONE**: any phone number in any written form; the whole number including
  +44, brackets and spelled-out words is one span. Service numbers written as
  names ("ring Childline") are not marked.
* **DATE_OF_BIRTH**: only dates given as a date of birth (in a DOB field or
  "born on ..."); ages, meeting dates, incident dates and birthdays without a
  year said in passing are not marked ("its my bday on friday").
* **NHS_NUMBER**: NHS numbers and Scottish CHI numbers (10 digits, all pass
  Modulus 11), with or without spaces.
* Case notes' own dates and times, reference numbers (crime/occurrence numbers,
  case IDs) are not marked: they are not in the type list.

## Counts

@@COUNTS@@
"""

DATA_Y = r'''
# ---------------- young_person: with spans ----------------
Y|me+{NAME|jay} got stopped by police outside the chippy for no reason they searched us both
Y|i was w/ {NAME|kez} and his cousin they made us carry stuff to {NAME|kez}s mates flat
Y|{NAME|ash}s mum lets us stay there wen things r bad at home
Y|honestly dont feel safe at home since mums new boyfriend {NAME|darren} moved in he shouts all the time
Y|there's this older guy called {NAME|T-Bone} who keeps giving the younger ones free vapes n then says they owe him
Y|my friend {NAME|Caoimhe} got added to a group chat by someone she didnt know and they sent her pics 😳
Y|wen i was in year 9 at {SCHOOL|Brackenhill Academy} there was loads of fights nobody did nothing
Y|my snap is {HANDLE|@lil_rhys.07} if u need to contact me about the group
Y|i feel safe wiv my nan and {NAME|Gethin} my big bro thats it
Y|ppl at {SCHOOL|st mikes} call me names coz im polish and my name is {NAME|Wojciech} and they cant say it lol
Y|{NAME|hope} is my best mate she always walks me home after youth club
Y|i live on {ADDRESS|Glenfarne Road} and theres always lads on bikes doing drops round the back
Y|the man said his name was {NAME|Marco} and he was 17 but his pics looked way older
Y|he kept messaging me on insta {HANDLE|@kingz.drip99} saying he'd buy me stuff if i sent pics
Y|im {NAME|Precious} and i dont like the way the security guard in the shopping centre follows me round
Y|me and {NAME|summer} went to the park and some boys were filming us without asking
Y|ring my mum on {PHONE|07700 900412} she knows im here
Y|honestly {NAME|grace} n {NAME|tiana} are the only ones who get it
Y|my step dad {NAME|Phil} takes my phone off me and reads my messages
Y|i go {SCHOOL|Ysgol Bro Tawe} and its alright but the buses are scary at night
Y|some lad {NAME|rich} keeps turning up at my college asking where my brother is
Y|the police officer PC {NAME|Danby} was actually sound he listened
Y|uncle {NAME|Tariq} is the one who said i could go to his if it kicks off again
Y|theres a girl {NAME|Eilidh} in my class who gets picked up by older guys in a black car every friday
Y|i told mr {NAME|hughes} at school and he just said stop being dramatic
Y|we were at {NAME|Kayden}'s and his older brother had a knife on the table like it was normal
Y|when i was in care at the home on {ADDRESS|14 Larkfield Crescent} staff were ok but other kids stole my stuff
Y|{NAME|Blessing} and me got approached at the station by a woman who said she could get us modelling jobs
Y|discord guy {HANDLE|shadowfox#4471} asked me for my address i blocked him
Y|i dont trust {NAME|Aoife}s boyfriend he's like 24 and she's 15
Y|me n {NAME|oisin} got chased by the same lads again near the leisure centre
Y|i stay at my dads in {ADDRESS|Flat 3, 22 Mafeking Street} most weekends
Y|my email is {EMAIL|zaraboo2010@example.com} if u want to send me the info
Y|the guy who runs the trap house is called {NAME|Stevo} everyone knows
Y|{NAME|Jack} said if i tell anyone hell put my pics everywhere
Y|i was with {NAME|Reign} and {NAME|Royal} theyre twins and they got jumped for their phones
Y|voice to text sorry so basically me and {NAME|Harpreet} was walking back from the gurdwara and a car slowed down and a man asked if we wanted a lift and we said no and he kept following us for like ten minutes and then {NAME|Harpreet} rang her dad
Y|my real name is {NAME|Chidinma} but everyone calls me {NAME|Chi}
Y|theres a lad called {NAME|Storm} at my school who sells weed to year 8s
Y|we hang out at {NAME|Kofi}s nans house cos its the only place no one bothers us
Y|i got a message from {PHONE|+44 7700 900877} saying they knew where i lived
Y|ms {NAME|Okonkwo} my form tutor is the only teacher i trust
Y|im scared of {NAME|dean} and his mates they said they'd batter me if i dont do another run
Y|my nan lives at {ADDRESS|9 Heol y Felin} and thats where i go when dads drunk
Y|{NAME|Marvel} my cousin got stabbed last year and nobody got done for it
Y|i was at {NAME|Niamh}s party and someones older brother put something in my drink i think
Y|bro {NAME|Ayaan} got his phone took by police and now they think hes in a gang hes not
Y|fr the only adult i trust is {NAME|Dawn} from the youth club she never judges
Y|add me on snap {HANDLE|mhairi_xo_} 😊 thats where we talk
Y|i moved here from romania last year my name is {NAME|Ioana} and i dont have many friends yet
Y|{NAME|Faith} told me a man at the bus stop showed her something on his phone she didnt want to see
Y|the older boys call {NAME|lachie} their little soldier and make him hold stuff
Y|my mum is {NAME|Agnieszka} and she works nights so im on my own alot
Y|went to {NAME|Dritan}s flat with {NAME|Elira} and there was loads of men there we left
Y|i want to move schools away from {SCHOOL|Castle Vale PRU} its not safe there
Y|some1 made a fake account of me {URL|www.example.com/u/saoirse_m_fake} pls help get it took down
Y|{NAME|Sunny} my little brother saw what happened and now he wont sleep
Y|tbh {NAME|King} isnt even his real name hes called {NAME|Kingsley} but he runs the line round here
Y|i live at {ADDRESS|47 Cregagh Park East} {POSTCODE|BT6 9EX} if youre sending the voucher
Y|me and {NAME|tendai} were in the kfc and these men kept saying we looked older than 14
Y|my friend {NAME|amber-leigh} has been going missing for days and coming back with new clothes
Y|the youth worker {NAME|Iolo} helped me when i got kicked out
Y|my foster carer Mrs {NAME|Pritchard} is kind but strict about my phone
Y|he said his name was {NAME|Ricky} on fortnite and he wanted me to go on a private call
Y|{NAME|Sky} from my estate has been missing since monday and her mum isnt even bothered
Y|i was born on {DATE_OF_BIRTH|12/03/2010} if u need it for the form
Y|{NAME|will} and me got pulled by the same officer 3 times this month
Y|its {NAME|Jodie} i was the one who rang about my cousin yesterday
Y|they took us to a house in {ADDRESS|Balmoral Terrace} and told us to bag up
Y|the guy was {NAME|Mikey} from the garage he gives girls lifts
Y|oh and my number is {PHONE|o77oo 9oo 328} sorry my 0 key is broke
Y|me n {NAME|Ruby} and {NAME|Honey} got followed by a van near the canal
Y|i used to go {SCHOOL|Kirkton High} but got excluded now im at the unit
Y|i only feel safe at {NAME|Mercy}s house her dads a pastor and really calm
Y|{NAME|abdi} and his brother {NAME|hodan}... wait no {NAME|hodan} is his sister lol they both got robbed
Y|my bfs name is {NAME|Tyrese} and hes 19 is that bad? my mum says it is
Y|someone called {NAME|Big Frank} gave me a phone and said keep it on at all times
Y|i go {SCHOOL|St Columba's College} and a teacher there is weird with the girls
Y|voice message transcript hi its {NAME|Ffion} um i just wanted to say that the thing with the older lads is still going on and they were outside my house again last night and i dont want my mum to know because shell freak out
Y|my dads number if u need it {PHONE|zero seven seven zero zero nine zero zero five six one}
Y|{NAME|Callum} got a knife pulled on him at the bus station by {NAME|Zak}s crew
Y|i feel safe when im with {NAME|Hunter} and {NAME|Major}... {NAME|Hunter} is my brother and {NAME|Major} is his best mate from boxing 😂
Y|my social worker is {NAME|Bethan} but i never see her
Y|we stay at the hostel at {ADDRESS|3 Wellington Place} and people come in and out all night
Y|i want to report {HANDLE|@deano_gets_paid} he posts vids of kids doing drops
Y|my friend {NAME|Thanh} doesnt speak much english and men at the nail bar make her work all day
Y|tell miss {NAME|o'hare} i said thanks she sorted the bullying
Y|{NAME|Gift} keeps getting messages from an unknown number saying shes pretty and asking for her address
Y|i was with {NAME|Róisín} and {NAME|Clodagh} when the peelers stopped us on the falls road
Y|{NAME|Mohammed} my brother says im not allowed out after maghrib and if i do hes going to tell dad
Y|my email is {EMAIL|lewis.mcd (at) example (dot) net}
Y|the guy on roblox was {HANDLE|xXBlazeKingXx} and he said he was 12 but he sounded like a man
Y|{NAME|rose} from my class told me shes been cutting again and i dont know what to do
Y|i live in {ADDRESS|Block C, Thornhill Court} with my nan and 4 cousins
Y|sorry its me again {NAME|Kasia} from the survey i forgot to say my postcode is {POSTCODE|cf24 3ab}
Y|when {NAME|Bill} (my mums ex) comes round everyone goes quiet
Y|at {SCHOOL|Drumcree Grammar} they dont do anything about online stuff
Y|me and {NAME|Yonas} got put in a room with adults at the home office place and it was scary
Y|i think {NAME|Crystal} is being groomed she has a new iphone and wont say who gave it her
Y|can u ring me back on {PHONE|0113 496 0217} its my aunties landline
Y|{NAME|Ciarán} from the other side of the wall keeps making threats about my da
Y|born {DATE_OF_BIRTH|4th june 2011} so im 15 now
Y|my brother {NAME|Emeka} got arrested for something {NAME|Dami} did
Y|{NAME|joy} is nice but her bf {NAME|deshawn} is scary
Y|ok so my tiktok is {HANDLE|@siannn.x} and someone keeps dueting my vids with gross comments
Y|lol ive known {NAME|Mark} since nursery hes the one who got me into the running
Y|im at {NAME|Catriona}s, her mum said i can stay till monday
Y|this is the page they made about me {URL|https://example.net/p/ellie_exposed_2026} everyone at school has seen it
Y|he sent me this link {URL|example.com/join/vip-girls} n said click it to earn money

# ---------------- young_person: nothing to remove ----------------
Y|i hope things get better at home soon
Y|Hope this helps i dont really know what else to say
Y|summer holidays are the worst time bc theres nothing to do and the older lads are always about
Y|Summer was alright tbh but september was bad
Y|will you tell my mum what i said or is it confidential
Y|Will they find out it was me who told
Y|sky went off so i just went out instead and thats when it happened
Y|by grace of god nothing happened to me that night 🙏
Y|mark my words someone is going to get hurt at that park
Y|to be frank i dont trust the police after what they did to my cousin
Y|there was an amber weather warning so we stayed in thank god
Y|storm darragh took the bus shelter roof off lol
Y|we used to swim in the river taff in summer but theres needles now
Y|the guy had a massive gold chain and acted like king of the estate
Y|its a major problem round here no one feels safe after dark
Y|they gave me a £20 gift card and said its a gift no strings but then wanted favours
Y|i feel rich when i have my own money but its not worth it
Y|we sat up till dawn talking bout what to do
Y|i rose early and went to nans before dad woke up
Y|its no joy living in a house where everyone shouts
Y|its a sunny day but i dont want to go out
Y|i had faith in the teachers but they let me down
Y|got a bill for my phone that i didnt run up someone used my account
Y|i got chased by dogs in the park 😭
Y|police came to school on Tuesday and everyone was like who got nicked
Y|feel safe in tesco and the library, not on the bus
Y|me and my mate got stopped in Primark and the security guard accused us of robbing
Y|i use snapchat tiktok and insta, my mum doesnt know about half of it
Y|ive been to CAMHS twice and they said i was fine which i wasnt
Y|i rang Childline once when i was 12 and they were really nice
Y|the NSPCC came to school and did an assembly about online safety it was actually good
Y|Barnardo's have a worker at my college but i dont know if i can talk to her
Y|my nan and grandad are the only ones who ask if im ok
Y|mum said if i go out again shes calling the police
Y|the Police never come when u actually need them
Y|im scared of the lads from the next estate over
Y|county lines is real where i live the kids from Liverpool come down on the train
Y|i was in Cardiff on Saturday and got stopped and searched by two officers
Y|they take kids from Glasgow up to Aberdeen and Inverness on the bus
Y|belfast city centre at night is sketchy since they closed the youth club
Y|Swansea is fine in the day but Kingsway at night is not it
Y|my fave song rn is Sprinter by Dave and Central Cee
Y|he kept quoting Andrew Tate and saying girls should do what theyre told
Y|i was watching Peaky Blinders and my dad said thats what his mates were like 😂
Y|stormzy did a thing at our school once it was sick
Y|i support Celtic and theres always aggro after old firm games
Y|went to the Man Utd game and some men tried to get us drunk
Y|my mum works at Asda and my dad is a taxi driver
Y|i want to be a paramedic or a social worker when im older
Y|i dont feel safe at school because of the toilets people vape and fight in them
Y|Grace before meals is the only time my family sits together
Y|Frank says you can text them about drugs and they wont tell your parents
Y|i got a free sample of Dawn washing up liquid at the shop lol random
Y|we watched the Lion King and i cried 😭😭
Y|the King was on telly and my grandad stood up
Y|i went on the Royal Mail website to track a parcel that someone sent me i didnt order
Y|Crystal Palace are my team and no one at school supports them
Y|jd and footlocker are where everyone gets robbed for trainers
Y|someone stole my bike outside Greggs in Bangor
Y|its ok at the Youth Zone they have a gym and a kitchen
Y|i got a text saying my parcel was held and to click a link i didnt click it
Y|my little brother plays Roblox and Minecraft and i worry about who he talks to
Y|i watched Adolescence on netflix and it was so real
Y|Rich tea biscuits and a brew at the drop in makes me feel better ngl
Y|sunny days are when it gets busy with the dealers in the park
Y|Amber alerts arent a thing here are they
Y|honey i shrunk the kids was on tv and me n my sis watched it
Y|i live with my aunt and my two cousins and a dog
Y|nobody listens to me at home or at school
Y|if i get caught with it my mum will kill me
Y|i didnt want to go but they said id owe them if i didnt
Y|Major incident on the motorway so we were stuck for hours
Y|the king of my heart is my dog lol
Y|i used to go to the Boys and Girls Club in Derry its closed now
Y|Dundee is alright but the Hilltown has a bad name
'''

DATA_C = r'''
# ---------------- case_note: with spans ----------------
C|Strategy meeting minutes - 14/11/2026\nAttendees: {NAME|Sarah Blackwood} (SW, chair), DS {NAME|Gareth Pugh} (South Wales Police), {NAME|Nia Bevan} (DSL, {SCHOOL|Ysgol Gyfun Cwm Derwen}), Dr {NAME|Helen Ashworth}... apologies: {NAME|Kwame Asante} (YOT)\nYP {NAME|Rhys Prosser} discussed under exploitation pathway.
C|Contact log 16:40 - telephone call from Mrs {NAME|Dlamini}, mother of {NAME|Thandiwe}, reporting that {NAME|Thandiwe} has not returned home since school. Mobile {PHONE|07700 900146} goes to voicemail.
C|Referral received from Mr {NAME|Adeyemi}, Head of Year 10 at {SCHOOL|Hollins Park Academy}, regarding {NAME|Jordan Whitfield} (DOB {DATE_OF_BIRTH|03/07/2011}). Concerns: unexplained cash, new trainers, missing periods 3-5.
C|Hi {NAME|Aled},\n\nThanks for your time earlier. As discussed, {NAME|Carys} will stay with her aunt at {ADDRESS|27 Bryn Road, Pontypridd} {POSTCODE|CF37 2LH} until Friday.\n\nKind regards,\n{NAME|Llinos Jenkins}\nFamily Support Worker\n{PHONE|029 2018 0733}
C|Police occurrence summary: At approx 22:15 officers attended {ADDRESS|Flat 12, Marner House, Kelvin Way} following reports of youths entering and leaving. Male identified as {NAME|Liam Gault} (17) found with 14 wraps. Second male "{NAME|Tiny}" made off on foot.
C|School safeguarding log: 09:05 {NAME|Amara} (Y8) disclosed to Miss {NAME|Feeney} that an older male, known only as {NAME|Dee}, has been messaging her on Snapchat under {HANDLE|dee.ricch_}. Screenshots taken and passed to DSL.
C|Home visit with {NAME|Eilidh MacLeod} and her mum at {ADDRESS|2/1, 58 Dumbarton Road, Glasgow}. CHI {NHS_NUMBER|2906080497} confirmed with Health.
C|Email from DC {NAME|Fiona Gunn}: "Please note {NAME|Lachlan}'s CHI number is {NHS_NUMBER|1403097119} - forwarded for the IRD notification."
C|Dear Ms {NAME|Kaur},\nI am writing to confirm that {NAME|Simran} has been allocated a place at {SCHOOL|Riverside Learning Centre} from Monday. Please contact me on {EMAIL|j.okafor@example.org} with any questions.\nYours sincerely\n{NAME|J. Okafor}\nInclusion Officer
C|YP {NAME|KM} seen at the drop-in. {NAME|KM} reports feeling safer since moving to her gran's. Gran is {NAME|Maureen Kelly}, tel {PHONE|028 9649 6215}.
C|Missing episode return interview: {NAME|Tomasz Nowak} returned 03:10 after 2 days. States he stayed with "a mate called {NAME|Pav}" in Luton. Declined to give address. Phone seized by police.
C|Contact 11:20 Grandad {NAME|Joe} phoned to say {NAME|Leo} is with him. Advised to keep {NAME|Leo} in tonight and call 101 if the older males return.
C|Meeting attendees:\n{NAME|Angharad Lloyd} - Children's Services\nPC {NAME|Dafydd Rowlands} - Neighbourhood Policing\n{NAME|Siân Evans} - School Nurse\n{NAME|Osian Hughes} - Youth Worker, Action for Children\nApologies: {NAME|Elin Price}
C|Case note 07/10: Worker met {NAME|Zainab} at the library as she did not want to be seen at home. {NAME|Zainab} reports her brother {NAME|Bilal} checks her phone and has threatened to send her "back home" if she talks to boys.
C|Occurrence 4412/26: Report from {NAME|Patricia Molloy} that her son {NAME|Tiernan} (15) was assaulted outside the chip shop by three males. One suspect named as {NAME|Eoghan Devlin}.
C|From: {NAME|Karen Stott} <{EMAIL|karen.stott@example.net}>\nTo: MASH\nSubject: Concern - {NAME|Bradley}\n\nMorning, {NAME|Bradley}'s mum rang again. He hasn't been seen since Sunday.\n\n{NAME|Karen}
C|NHS number {NHS_NUMBER|401 159 0835} checked on the spine - no recent A&E attendances for {NAME|Tyler Bright}.
C|Safeguarding log - {SCHOOL|St Brigid's High School}\n10:15 {NAME|Saoirse} reported to Mr {NAME|Quinn} that a Year 11 boy, {NAME|Conor Hegarty}, shared an image of her.\n10:40 DSL (Mrs {NAME|Doherty}) informed. Parents contacted.
C|{NAME|Priya Chandrasekaran} (mother) attended the office with {NAME|Arjun} (14). {NAME|Arjun} has been going to an address on {ADDRESS|Welbeck Street} where older males pay him to "hold" bags.
C|Telephone call with {NAME|Gráinne} from the Simon Community hostel at {ADDRESS|41 Donegall Pass}. {NAME|Gráinne} confirmed {NAME|Niall} has a bed until the 20th.
C|Strategy discussion 15:30 via Teams. Present: {NAME|Rachel Oduya} (SW), DC {NAME|Imran Siddiqui}, {NAME|Tom Wheatley} (DSL). Subject child: {NAME|Ellie-Mae Carter} DOB {DATE_OF_BIRTH|21.09.2012}, NHS {NHS_NUMBER|4620166138}.
C|Worker spoke with {NAME|Precious Adebayo}'s carer, {NAME|Faith Osei}. {NAME|Faith} reports {NAME|Precious} has a new phone, number {PHONE|07700 900391}, which the carer did not buy.
C|Hi {NAME|Jo},\nQuick one - can you pass this to {NAME|Hope Sinclair} in the MASH? The family have moved to {ADDRESS|8 Cairnhill View, Airdrie} {POSTCODE|ML6 9RT}.\nCheers\n{NAME|Ross}
C|Police summary: {NAME|Kieran O'Neill} (16) arrested under s.5 Misuse of Drugs Act. Stated he was told to travel to Aberystwyth by a male he knows as {NAME|Smiler}. Handle on Telegram: {HANDLE|@smiler_bizness}.
C|Child's voice: "{NAME|Dean} says I owe him £400 because the police took the stuff off me." ({NAME|Connor}, 14)
C|Return home interview completed with {NAME|Anh Nguyen} at {ADDRESS|Hawthorn House care home, 6 Mill Lane}. {NAME|Anh} says she was at a nail bar working but "not for money".
C|Contact log 19:55 - Mr {NAME|Bevan} called reporting that his daughter {NAME|Cerys} received messages from {PHONE|+44 (0)7700 900628} asking to meet at the train station.
C|Team Around the Family review\nPresent: {NAME|Deborah Finch} (lead professional), {NAME|Gurpreet Sandhu} (Health Visitor), {NAME|Aisha Rahman} (Early Help), {NAME|Craig McAllister} (Housing)\nParent: {NAME|Stacey Holt}\nChildren: {NAME|Kai} (9), {NAME|Lily} (6)
C|School contacted CSC at 12:30 re {NAME|Oluwaseun Bakare}, Y10, {SCHOOL|Thornbury Park School}, who arrived with a black eye. He said "{NAME|Junior} did it" and would not say more.
C|Discussed with {NAME|Iona} that messages from {HANDLE|iona_luvs_horses2} were created by someone else. Screenshots to PC {NAME|Lindsay}.
C|Referral form completed by {NAME|Dawn Higgins}, Learning Mentor. Young person: {NAME|Summer-Rose Bailey}. Address: {ADDRESS|19 Acacia Avenue, Barnsley} {POSTCODE|S70 4QT}.
C|Good afternoon Dr {NAME|Farouk},\nI'm the allocated social worker for {NAME|Yusuf}. Could you confirm whether his NHS number is {NHS_NUMBER|485 186 0919}? The one on our system looks different.\nMany thanks,\n{NAME|Ruth Lavery}\nSocial Worker\n{PHONE|0131 496 0418}
C|CSE screening tool completed for {NAME|Jade Whittaker}. Indicators: older boyfriend ({NAME|Ryan}, 22), gifts, missing from home, alcohol.
C|{NAME|Mercy Nwosu} disclosed that her uncle's friend, known as Uncle {NAME|Sam}, took her to a house in {ADDRESS|Prince Regent Road} and left her with men she didn't know.
C|Police occurrence: vehicle stop on M8. Driver {NAME|Darren Cowie}, passenger {NAME|Lewis Brannigan} (15, reported missing from {SCHOOL|Braehead Academy} area). 2 phones seized.
C|Contact log:\n08:45 Text from {NAME|Caitlin} - "cant come today"\n09:10 Call to mum ({NAME|Angela}) - no answer\n13:30 {NAME|Caitlin} seen in town by {NAME|Marcus} (youth worker)
C|Attended CP conference for {NAME|Mason} and {NAME|Harley Dixon}. Chair: {NAME|Frank Doyle}. Plan agreed under category of neglect.
C|Worker noted {NAME|Rose} was quiet throughout session and would only say that "{NAME|Chase}" is not her boyfriend and that she does not want to talk about it.
C|Note: Mother's partner {NAME|Wayne Sutcliffe} (not to be confused with the previous partner {NAME|Wayne Hardy}) was present during the visit.
C|Minutes - complex strategy meeting, Operation Hawthorn\nChair: DI {NAME|Morag Craig} (Police Scotland)\n{NAME|Ailsa Fraser} (CSWO), {NAME|Jamie Dunn} (Barnardo's), {NAME|Shona Kerr} (NHS Lanarkshire), {NAME|Paul Hendry} (Education)\nYoung people discussed: {NAME|AB}, {NAME|CD}, {NAME|Ruaridh T}.
C|Hello {NAME|Precious},\nThis is just to confirm your appointment on Tuesday at 4pm at the hub. If you can't make it, text me on {PHONE|07700 900 554}.\nSpeak soon,\n{NAME|Hannah} (Youth Worker)
C|Safeguarding log entry - Mrs {NAME|J Ali} (TA) overheard {NAME|Ibrahim} telling peers he "works for {NAME|Blade}" and gets paid £50 a day.
C|SW visited {ADDRESS|Flat 4, 102 Chapel Street, Wrexham} {POSTCODE|LL13 7DH}. {NAME|Nathan Pryce} not at home. Mum ({NAME|Kelly}) states he is "at {NAME|Dylan}'s".
C|Referral: {NAME|Mihai Popescu}, 16, Romanian national, DOB {DATE_OF_BIRTH|30/01/2010}. Found working at a car wash by Immigration Enforcement. Interpreter {NAME|Elena} used.
C|IRD notification: CHI {NHS_NUMBER|0207114714}, {NAME|Kirsty Baird}, 15. Concerns re sexual exploitation by adult male {NAME|Gary Munro} (34).
C|Dr {NAME|Ahmed} (GP) called at 14:15 regarding {NAME|Yasmin} who attended with a self-harm injury and said her boyfriend "{NAME|Reece}" made her do it.
C|Email signature:\n{NAME|Gwen Thomas}\nSenior Practitioner, Children's Services\n{EMAIL|gwen.thomas@example.org}\nTel: {PHONE|(029) 2018 0119}
C|Phone call from Uncle {NAME|Tariq} (maternal uncle) who can offer a placement. His address is {ADDRESS|33 Oakfield Drive, Leicester} {POSTCODE|LE4 6QB}.
C|Child {NAME|Storm Ellis} (13) was reported missing by staff at {ADDRESS|Oak Lodge, 15 Pendle View}. Police informed 21:40, log 1134.
C|Team minutes: {NAME|Sunny} (sibling, 11) is also at risk. {NAME|Joy Mensah} (parent) agreed to safety plan.
C|Case summary - {NAME|Dmytro Kovalenko}, 17, Ukrainian, placed in supported accommodation at {ADDRESS|12A Church Walk}. Reports being approached by men outside the Polish shop offering work.
C|DSL Mr {NAME|Grace} notified CSC that {NAME|Ellie} disclosed her stepdad hits her mum. Mr {NAME|Grace} is the head of pastoral at {SCHOOL|Whitecross High}.
C|Telephone: Mrs {NAME|Okafor} rang the duty line on {PHONE|020 7946 0582} to say {NAME|Chioma} has been receiving gifts from a man called {NAME|King}.
C|Strategy meeting action points:\n1. {NAME|Louise Parr} to complete a NRM referral for {NAME|Jayden}.\n2. DC {NAME|Hussain} to request phone download.\n3. {NAME|Mark Ellison} to arrange disruption notice.
C|Incident log 23:05 - taxi driver reported girl (approx 14) in vehicle with two adult males at {ADDRESS|Unit 4, Harbour Road}. Girl later identified as {NAME|Mia Rooney}.
C|Note of call with {NAME|River} (YP, 17, uses they/them). {NAME|River} is now living at {ADDRESS|5 Bay View Terrace, Llandudno}. Safe, but struggling with money.
C|School report: {NAME|Ayesha Begum} excluded from {SCHOOL|Al-Noor Girls' School} after a fight. Mother believes older girls have been "using" her.
C|PNC check: {NAME|Jermaine Clarke} DOB {DATE_OF_BIRTH|14/08/1998} - previous for PWITS. Believed to be "{NAME|Jay}" referred to by YP.
C|Dear all,\nPlease find attached the minutes from today. Thanks to {NAME|Bronagh} and {NAME|Pádraig} for hosting at the Shankill office.\nBest,\n{NAME|Orla McKeown}
C|Worker visited {NAME|Kasia Wiśniewska} at school. {NAME|Kasia} explained her dad drinks and she sleeps at {NAME|Zuzanna}'s house when it gets bad.
C|{NAME|Nkechi Obi} (foster carer) reported {NAME|Temi} returned at 02:00 smelling of cannabis, with £120 cash. {NAME|Temi}'s phone showed messages from {HANDLE|@trapstar_ozzy}.
C|Dear Mr and Mrs {NAME|Hughes},\nThank you for meeting with me regarding {NAME|Ffion}.\nRegards,\n{NAME|Catrin Morgan}
C|Probation liaison: {NAME|Royal Thompson} (19) subject to licence conditions, not to contact {NAME|Keeley Marsh} (15).
C|Hi {NAME|Marcia}, just to let you know {NAME|Hunter} attended his session today and engaged well. {NAME|Neil}
C|Log 17:20 - duty call from neighbour, Mrs {NAME|Bridget Flanagan}, reporting shouting at {ADDRESS|11 Strand Road, Derry}. Concern for {NAME|Sinéad} (12).
C|Health assessment: NHS No. {NHS_NUMBER|5170308248}. {NAME|Amber Lewis}, 15. Sexual health advice given; LARC discussed.
C|Practitioner observation: {NAME|Harvey} referred to an older male as "{NAME|Daddy G}" and said he buys him food every night.
C|Dear {NAME|Bill},\nApologies for the delay. The referral for {NAME|Alfie} has been accepted.\nBest wishes,\n{NAME|Nadia Hussain}\nEarly Help Hub
C|{NAME|Fatuma Abdi} (interpreter used, Somali) reported her son {NAME|Abdirahman} has been threatened by boys on the estate who want him to carry drugs.
C|Police officer attending: PC 4512 {NAME|Armstrong}. Reported by: {NAME|Tracey Quigley}. Subject: {NAME|Callum Quigley} (14). Location: {ADDRESS|Flat 9, Lisnaskea House}.
C|Contact 10:00 - {NAME|Zahra} (YP) called from {PHONE|0113 496 0844} (friend's phone). Said she is at {NAME|Maryam}'s and will not go home.
C|YOT note: {NAME|Reggie Barnes} seen at {ADDRESS|4 Kestrel Close}. Electronic tag fitted. Mum {NAME|Lorraine} present.
C|Transcript of voicemail: "Hiya it's {NAME|Debbie} from the school, just ringing about {NAME|Kian}, can you ring me back on {PHONE|01632 960 271}, ta."
C|Missing person report: {NAME|Gabriela Santos}, 14, last seen wearing a grey North Face coat. Mother {NAME|Fernanda} states {NAME|Gabriela} had been talking to an older man called {NAME|Ze} online.
C|Minutes: Ms {NAME|Adeleke} raised concern that {NAME|Joshua}'s older cousin {NAME|Marvel Adeleke} is linked to the group. She asked it be noted she is not related to {NAME|Marvel}.
C|Referral source: {NAME|Jack Harrison}, Community Safety Officer. Re: {NAME|Rhiannon Pugh}, {ADDRESS|6 Tan y Bryn, Bangor}. Email {EMAIL|jack.harrison[at]example[dot]com}.
C|{NAME|Ewan} (Y9, {SCHOOL|Inverclyde Academy East}) told guidance teacher Mrs {NAME|Lamont} that a man gave him a phone and told him to keep it on.
C|Note from {NAME|Keisha} (support worker): {NAME|Shanice} refused to attend CAMHS today but agreed to see the school nurse, {NAME|Denise}.
C|Conversation with {NAME|Tatenda} - she explained that she calls her foster mum "Mama {NAME|Rutendo}" and feels safe there.
C|Link to the account provided by YP: {URL|www.example.com/@t.r.a.p.g.o.d} - reported to the platform for removal. Screenshot saved.
C|Occurrence summary: male known as {NAME|Rocco} (real name believed {NAME|Rocco Pellegrini}) seen handing packages to children at the skate park.

# ---------------- case_note: nothing to remove ----------------
C|Strategy meeting held 12/11/2026 at 10:00. Attendees: Social Worker (chair), Police, Health, Education. Minutes to follow.
C|Contact log 14:10 - call from school DSL. YP did not attend period 1. Mother informed. No further action at this stage.
C|Referral received from the Police via the MASH. Concerns regarding possible criminal exploitation. Allocated to the Exploitation Team.
C|Case note: Worker met YP at McDonald's in town as YP did not want to be seen at the office. YP reports feeling safer since the summer.
C|Hi all,\n\nJust a reminder that the multi-agency meeting has moved to Thursday at 2pm in Room 4.\n\nThanks,\nDuty Team
C|Police occurrence summary: officers attended a report of youths gathering near the railway bridge. No offences identified. Words of advice given.
C|School safeguarding log: 11:45 YP disclosed to form tutor that she has been receiving messages on Instagram from an adult male. Passed to DSL. Parents informed.
C|Action: CAMHS referral to be made by GP. Early Help to offer parenting support. School to monitor attendance.
C|YP stated: "I just want someone to listen. Nobody at home listens." Worker reassured YP and agreed to meet weekly.
C|Summer holiday plan agreed: YP to attend the Youth Zone Monday to Friday. Mum to collect at 5pm.
C|Frank discussion with mother regarding boundaries and curfew. Mother agreed to contact the Police if YP goes missing again.
C|YP expressed hope that she can return to mainstream school in September.
C|Grace period for rent arrears extended by the Housing Executive until March.
C|Mark-up of the safety plan shared with the family. Review in six weeks.
C|Will left by the late grandfather passes the house to Mum; housing now considered stable.
C|Chase letter sent to Health requesting the outstanding report.
C|YP watched the film King Richard in the session and talked about her own dad.
C|Major concerns remain regarding the home conditions. Recommend escalation to Child Protection.
C|Storm Éowyn caused power cuts; the home visit was rescheduled to Wednesday.
C|Dawn raid by Police Scotland on the property. No children present. Referral to Social Work for information only.
C|Rich discussion in supervision about the use of language when recording exploitation ("putting himself at risk" replaced with "being exploited").
C|Joy and relief expressed by the mother when YP was found safe.
C|Sky TV subscription in the name of the former partner; mother reports he still has the login and may be monitoring viewing.
C|Amber RAG rating applied following the screening tool. Review in 4 weeks.
C|Sunny and warm on the day of the visit; children were playing in the garden. Home conditions appeared good.
C|Faith leader from the local mosque attended the TAF meeting at the family's request.
C|River levels high following rain; YP was found near the River Lagan by a member of the public and taken to the Royal Victoria Hospital.
C|Gift of a mobile phone from an unknown adult recorded as an indicator of grooming.
C|Bill for the gas meter paid by the Foodbank. Family referred to Citizens Advice.
C|Hope Street youth club closed due to funding cuts; YP no longer has anywhere to go in the evenings.
C|Police Scotland were informed at 19:00. The Clyde Gateway team will follow up.
C|Email to Barnardo's requesting an update on the BASE project referral. Awaiting response.
C|Duty log 21:30 - NSPCC helpline referral received. Concerns relate to physical chastisement. Passed to out-of-hours team.
C|Childline counsellor reported concerns to the Police following a call from a 13 year old in the Cardiff area.
C|YP reports she was groomed via Snapchat and TikTok. Screenshots saved to the file. Referral to CEOP completed.
C|Return home interview declined by YP. YP said "I was at a mate's, it's nothing".
C|Minutes approved. No matters arising. Date of next meeting: Tuesday 9 December.
C|YP has been attending the Prince's Trust programme and says it has helped with confidence.
C|Aberdeen to Inverness train line identified as a route for county lines activity. Transport Police informed.
C|School nurse confirmed the immunisations are up to date. No health concerns.
C|YP said she feels safe at Nan's house and at church. She does not feel safe in the town centre after dark.
C|Discussed with YP the Marvel film they watched at the weekend; used this to open a conversation about heroes and safety.
C|Headteacher and DSL attended. Attendance at 67%. Two fixed-term exclusions this term.
C|Merseyside Police, Greater Manchester Police and the PSNI have been sent the intelligence report.
C|The Crown Prosecution Service has authorised charges. YP to be treated as a victim under the Modern Slavery Act.
C|Kind regards,\nChildren's Services Duty Team
C|Worker used the Brook website with YP to talk about healthy relationships.
C|Dad said he was "the king of the castle" and would not engage further. Police advised.
C|YP described the older males as "the Mandem" and "the olders". No names given.
C|Meeting closed at 11:35.
'''

DATA_F = r'''
# ---------------- form: with spans ----------------
F|Name of friend: {NAME|jade}
F|Who were you with? {NAME|Mo} and {NAME|Kyle}
F|Emergency contact - Auntie {NAME|Bev}... {PHONE|07700 900 207}
F|Referrer: {NAME|Claire Hutchinson}, School Nurse
F|Full name: {NAME|Oisín Ó Briain}\nDOB: {DATE_OF_BIRTH|17/09/2012}\nCHI: {NHS_NUMBER|1709127465}
F|Name: {NAME|Kayla-Marie Jones}\nAddress: {ADDRESS|23 Cwrt y Coed, Merthyr Tydfil}\nPostcode: {POSTCODE|CF47 8RW}
F|Parent/carer: {NAME|Lakshmi Raman} Tel: {PHONE|0113-496-0372}
F|Who do you trust? {NAME|miss jenkins} and my nan
F|Your name (optional): {NAME|sky}
F|Best way to contact you: snap {HANDLE|skylarr.x0}
F|School: {SCHOOL|Ballymena Academy of Science}
F|NHS number: {NHS_NUMBER|538 628 1941}
F|Name of young person: {NAME|Dylan Hughes-Price}\nDate of birth: {DATE_OF_BIRTH|09/11/2009}\nSchool: {SCHOOL|Ysgol Glan Hafren}
F|Who were you with? my mate {NAME|Tyler}
F|Emergency contact - mum ({NAME|Sharon}) {PHONE|028 9649 6481}
F|Referrer: PC {NAME|Ahmed Karim} 4471, Neighbourhood Team
F|Email: {EMAIL|hope.walker09@example.com}
F|Name of friend: {NAME|Rich} (hes older)
F|Where do you live? {ADDRESS|Flat 7, Clydeview Court, 40 Govan Road}
F|Name: {NAME|Angel} Age: 14 School: {SCHOOL|Holy Cross Academy}
F|Who hurt you? my stepdad {NAME|Gaz}
F|Name of worker: {NAME|Jess} from the youth club
F|Contact number: {PHONE|07700 900 999}
F|Referrer: {NAME|Heledd Roberts} (Teacher) - {EMAIL|h.roberts@example.org}
F|DOB: {DATE_OF_BIRTH|5.1.10}
F|Who were you with? {NAME|keira}, {NAME|lucy} and {NAME|lucy}s sister
F|Instagram: {HANDLE|@caoimhe.rose_}
F|Name: {NAME|Bayan Al-Hassan}\nInterpreter needed: Yes (Arabic)
F|Home address: {ADDRESS|86 Lisburn Road, Belfast} {POSTCODE|BT9 6AF}
F|Emergency contact - Grandma {NAME|Pat} {PHONE|zero one six three two nine six zero one nine nine}
F|Name of person who made you feel unsafe: {NAME|kyle} from the next road
F|Referrer name: {NAME|Mairead Conlon}\nRole: Youth Justice Worker\nPhone: {PHONE|+44 28 9649 6077}
F|Young person's name: {NAME|Zain} DOB: {DATE_OF_BIRTH|2/2/2012}
F|Name: {NAME|Gift Moyo}
F|Who else lives at home? mum, {NAME|Patrick} (mums partner), my brothers {NAME|Finn} and {NAME|Jake}
F|School/college: {SCHOOL|Coleg y Cymoedd}
F|Discord: {HANDLE|nightowl_97#0332}
F|Name of friend: {NAME|ayo} (real name {NAME|ayomide})
F|GP: Dr {NAME|Fitzgerald}, Ormeau Health Centre
F|Name: {NAME|Ruby O'Sullivan}\nNHS no: {NHS_NUMBER|6098219931}
F|Emergency contact: Dad - {NAME|Kevin} {PHONE|07700900811}
F|Who were you with?: {NAME|storm} and {NAME|j}
F|Social worker: {NAME|Kerry-Ann Walsh}
F|Where were you? at {NAME|Maddie}s house on {ADDRESS|Ashgrove Road}
F|Name: {NAME|Dawn} (mum)
F|Signed: {NAME|T. Mahmood} (parent)
F|Tiktok / snap / insta: {HANDLE|@itsjustlayla} on all of them
F|Name of school: {SCHOOL|St Ninian's RC High}
F|Referrer: {NAME|Grace Adjei}, Barnardo's
F|Contact email: {EMAIL|mckenzie.r [at] example [dot] com}
F|CHI number: {NHS_NUMBER|3110 07 5075}
F|Name: {NAME|Jay-Jay}
F|Who do you talk to when you feel down? {NAME|Ciara} and {NAME|Shauna}
F|Link to the profile: {URL|https://www.example.org/profile/bigmike_official}
F|Name: {NAME|Mercy}\nPostcode: {POSTCODE|M14 5JX}
F|Name of person you are worried about: My cousin {NAME|Leon}
F|Parent phone: {PHONE|020 7946 0063}
F|Foster carer: Mr {NAME|D Hamilton}
F|Full name: {NAME|Honey Bloom-Carter}
F|Address of placement: {ADDRESS|Willow House, 2 Station Approach, Dunfermline}
F|Name: {NAME|Ardit}\nDate of birth: {DATE_OF_BIRTH|1 March 2009}\nNationality: Albanian
F|Staff completing form: {NAME|Rhodri}
F|Who were you with? {NAME|mark} n {NAME|jerome}
F|Alternative contact: Nanna {NAME|Gwen} {PHONE|029 2018 0906}
F|Name of friend: {NAME|Faith}
F|Snapchat name of the man: {HANDLE|paper_chaser_44}
F|School: {SCHOOL|Larkhall Academy}, Year 10
F|NHS number (if known): {NHS_NUMBER|612 518 1901}
F|Name: {NAME|Will Okoro}\nEmail: {EMAIL|willokoro@example.net}
F|Referrer: Sgt {NAME|Anwar}
F|Young person: {NAME|Tia-Rose}\nDOB: {DATE_OF_BIRTH|30/04/2011}\nNHS: {NHS_NUMBER|650 937 8655}\nAddress: {ADDRESS|15 Beech Grove, Wigan} {POSTCODE|WN3 5PL}
F|Who made you feel safe today? {NAME|Sian} and {NAME|Dai} at the youth centre
F|Name (first name only is fine): {NAME|kemar}
F|Mobile: {PHONE|(0131) 496 0562}
F|Link to the video: {URL|https://video.example.org/watch?v=k9Xq2LmP}
F|Name of your mate: {NAME|Abena}

# ---------------- form: nothing to remove ----------------
F|Name of friend: none
F|Name of friend: dont know
F|Who were you with? my mate
F|Who were you with? no one
F|Who were you with? my cousins and my mum
F|Emergency contact - n/a
F|Emergency contact - my nan
F|Referrer: Self
F|Referrer: School
F|Referrer: Police
F|Referrer: GP practice
F|Name (optional): prefer not to say
F|Name: n/a
F|Where do you feel safe? home, school, the Youth Zone
F|Where do you feel unsafe? town at night, the bus station, the park by the river
F|How did you hear about us? Instagram
F|How did you hear about us? my teacher told me
F|Ethnicity: Mixed - White and Black Caribbean
F|Religion: Muslim
F|Religion: Christian (Pentecostal)
F|Religion: none
F|Gender: female
F|Age: 15
F|Year group: Year 11
F|Anything else you want to tell us? no
F|Anything else you want to tell us? i just want it to stop
F|Any other information: Young person prefers to be contacted after 4pm.
F|What would help? more youth clubs and police who listen
F|What would help? someone to talk to who isnt a teacher
F|Who do you trust? nobody
F|Who do you trust? my youth worker and my nan
F|Relationship to young person: Aunt
F|Interpreter required? Yes - Polish
F|Interpreter required? No
F|First language: Welsh
F|First language: Tigrinya
F|Consent to share: Yes
F|Consent given by: parent
F|Date of referral: 03/12/2026
F|Date of incident: Saturday 29th November
F|Time of incident: about 10pm
F|Location: outside Greggs in the town centre
F|Location: Glasgow Central station
F|Location: the big Tesco by the retail park
F|Type of concern: criminal exploitation / county lines
F|Type of concern: online grooming
F|Services involved: CAMHS, YOT, Early Help
F|Services involved: none
F|Previous referrals: yes - NSPCC 2024
F|Apps used: Snapchat, TikTok, Discord, Roblox
F|Favourite thing to do: football and drawing
F|Hope for the future: to get my GCSEs and move out
F|Name of school: not in school
F|Name of school: home schooled
F|Name of friend: my mate from football
F|Name of friend: i dont want to say
F|Who were you with? a few people from the estate
F|Emergency contact - social worker
F|Emergency contact - the home (staff)
F|Are you a young carer? yes for my mum
F|Do you feel safe at home? sometimes
F|Do you feel safe online? no
F|Summer activities interested in: boxing, art, music
F|Grace period requested: no
F|Will you be attending? yes
F|Faith/belief: Sikh
F|Sky or Virgin at home? Sky
'''

if __name__ == "__main__":
    main()
