#!/usr/bin/env python3
"""Hand-labelled de-identifier test/training set W (UK youth safeguarding).

Every record below was typed by hand as (style, text) with inline markers
{TYPE|value}. This script strips the markers, computes code-point offsets
(end exclusive), runs the checks and, only if every check passes, writes
set_w.jsonl and README_set_w.md. Python 3 standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_w.jsonl")
OUT_README = os.path.join(HERE, "README_set_w.md")

STYLES = {"young_person", "case_note", "form"}
TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
PHONE_RE = re.compile(r"^(07700900|01632960|02079460|01134960|01614960)\d{3}$")
MARKER_RE = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")
ZW = "\u200b\u200c\u200d\u2060\ufeff"

NUM_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1",
             "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
             "seven": "7", "eight": "8", "nine": "9"}

RECORDS = []

# ---------------------------------------------------------------------------
# checks


def parse(raw):
    """Return (text, spans) or raise ValueError."""
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in MARKER_RE.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        cur += len(before)
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("bad type %r" % typ)
        if not val:
            raise ValueError("empty span")
        if val != val.strip() or val.strip(ZW) != val:
            raise ValueError("span with leading/trailing whitespace: %r" % val)
        out.append(val)
        spans.append({"start": cur, "end": cur + len(val), "type": typ})
        cur += len(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError("stray brace")
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            raise ValueError("overlap")
    return text, spans


def phone_digits(s):
    s = s.lower()
    for z in ZW:
        s = s.replace(z, "")
    plus = "+" in s
    digits = []
    mult = 1
    for tok in re.findall(r"[a-z]+|\d+", s):
        if tok.isdigit():
            d = tok
        elif tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        elif tok in NUM_WORDS:
            d = NUM_WORDS[tok]
        elif set(tok) <= set("oli"):
            d = tok.replace("o", "0").replace("l", "1").replace("i", "1")
        else:
            raise ValueError("unreadable phone token %r in %r" % (tok, s))
        if mult > 1:
            d = d[0] * mult + d[1:]
            mult = 1
        digits.append(d)
    num = "".join(digits)
    if plus or num.startswith("44"):
        if num.startswith("440"):
            num = num[2:]
        elif num.startswith("44"):
            num = "0" + num[2:]
    return num


def check_phone(v):
    num = phone_digits(v)
    if not PHONE_RE.match(num):
        raise ValueError("phone not in drama range: %r -> %s" % (v, num))


def norm_obf(v):
    s = v.lower()
    for z in ZW:
        s = s.replace(z, "")
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    return s.replace(" ", "")


def domain_ok(host):
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)


def check_email(v):
    s = norm_obf(v)
    m = re.match(r"^[a-z0-9._%+\-']+@([a-z0-9.\-]+)$", s)
    if not m or not domain_ok(m.group(1)):
        raise ValueError("email not on example domain: %r" % v)


def check_url(v):
    s = norm_obf(v)
    s = re.sub(r"^[a-z]+://", "", s)
    host = re.split(r"[/?#:]", s, 1)[0]
    if not domain_ok(host):
        raise ValueError("url not on example domain: %r" % v)


def check_nhs(v):
    d = re.sub(r"[\s\-\u200b]", "", v)
    if not re.match(r"^\d{10}$", d):
        raise ValueError("nhs not 10 digits: %r" % v)
    if not d.startswith("999"):
        raise ValueError("nhs without 999 prefix: %r" % v)
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - total % 11
    if c == 11:
        c = 0
    if c == 10 or c != int(d[9]):
        raise ValueError("nhs fails modulus 11: %r" % v)


def check_unmarked(text, spans):
    """A string marked in a record must not also occur unmarked as a whole
    word (case-sensitive) in the same record."""
    for sp in spans:
        val = text[sp["start"]:sp["end"]]
        pat = re.compile(r"(?<!\w)" + re.escape(val) + r"(?!\w)")
        for m in pat.finditer(text):
            covered = any(o["start"] <= m.start() and m.end() <= o["end"]
                          for o in spans)
            if not covered:
                raise ValueError("%r marked but also unmarked" % val)


def build():
    errors = []
    seen = {}
    items = []
    for i, rec in enumerate(RECORDS):
        try:
            if not (isinstance(rec, tuple) and len(rec) == 2):
                raise ValueError("record is not a (style, text) pair")
            style, raw = rec
            if style not in STYLES:
                raise ValueError("bad style %r" % style)
            text, spans = parse(raw)
            if not text.strip():
                raise ValueError("empty text")
            if text in seen:
                raise ValueError("duplicate of record %d" % seen[text])
            seen[text] = i
            for sp in spans:
                v = text[sp["start"]:sp["end"]]
                t = sp["type"]
                if t == "PHONE":
                    check_phone(v)
                elif t == "EMAIL":
                    check_email(v)
                elif t == "URL":
                    check_url(v)
                elif t == "NHS_NUMBER":
                    check_nhs(v)
            check_unmarked(text, spans)
            items.append({"style": style, "text": text, "spans": spans})
        except Exception as e:  # noqa
            errors.append("record %d: %s :: %s" % (i, e, str(rec)[:120]))
    n = len(items)
    if n < 700:
        errors.append("only %d records (need >= 700)" % n)
    clean = sum(1 for it in items if not it["spans"])
    share = clean / n if n else 0
    if not (0.55 <= share <= 0.62):
        errors.append("clean share %.3f outside 0.55-0.62 (clean %d of %d)"
                      % (share, clean, n))
    types = Counter(sp["type"] for it in items for sp in it["spans"])
    if types["NAME"] < 250:
        errors.append("only %d NAME spans (need >= 250)" % types["NAME"])
    return items, errors, clean, share, types


README_TEMPLATE = """# Set W: hand-labelled de-identifier data (UK youth safeguarding)

## Who wrote it, and when
Written on 2026-12-06 by an independent helper that saw only its own folder
(`/work/sets/deid_w`). It did not open or read any other file, folder or
repository on the machine, used no search tool or web page, and ran no
de-identifier or NLP library. Every record was written by hand from general
knowledge.

## Purpose
TRAINING data for the learned component of a de-identifier used by a UK
youth-safeguarding partnership: the component decides whether a word the tool
wants to remove really is a person's name or other identifier. Nobody is meant
to write rules from it. The set therefore leans on clean lines dense with
capitalised words and words that are also names, varied wording and register,
and near misses. Emphasis: young people's messages and survey answers (about
60 %) from many communities and places across the UK, full of brands, music
artists, games, places, slang and capitalised shouting.

## How it was built
* `build.py` holds every record typed by hand, one per line, as
  `(style, text)` with inline markers `{{TYPE|value}}`. No generators,
  templates, substitution loops or random combination of parts were used.
  A `\\n` inside a record stands for a line break (emails, minutes, forms).
* The script strips the markers and computes character offsets in Unicode
  code points (end exclusive), then checks: valid style and type; non-empty
  spans with no leading/trailing whitespace; no overlaps; no stray braces;
  no duplicate texts; NHS numbers have the 999 prefix and pass Modulus 11;
  phone numbers (after undoing spacing, dots, zero-width spaces, letter O for
  zero, letter l for one, spelled-out digits, "double"/"triple", +44) fall in
  the Ofcom drama ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx,
  0113 496 0xxx, 0161 496 0xxx); emails and URLs (after undoing "(at)",
  "[dot]" and similar) are on example.com / example.org / example.net; a
  string marked in a record never also appears unmarked as a whole word
  (case-sensitive) in that record; at least 700 records; at least 250 NAME
  spans; clean share between 55 % and 62 %. If any check fails nothing is
  written.
* Records are shuffled with `random.Random(20261215)` and given ids `w0001`,
  `w0002`, ... in `set_w.jsonl` (UTF-8, one JSON object per line:
  `id`, `style`, `text`, `spans` with `start`, `end`, `type`).

## Labelling policy and judgement calls
* Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, HANDLE, URL, SCHOOL,
  DATE_OF_BIRTH, NHS_NUMBER. Only exactly the identifier's characters are
  labelled: no surrounding spaces or punctuation.
* NAME covers first names, surnames, full names and nicknames, including
  street names such as "Lil Jay" or "Big Dre" (the Big/Lil/Little is part of
  the name). Titles (Mr, Ms, Miss, Mrs, Dr, DC, PC, DS, DI, Cllr) stay
  outside the span; a possessive 's stays outside, and so does the bare s of
  a possessive written without an apostrophe ("dans" -> "dan" + s).
  A first name and surname written together are one NAME span.
  Kinship words before a real relative's name stay outside the span
  ("Auntie Pat", "Nana Ama" -> Pat, Ama), but a kinship word that is part
  of a street name stays inside ("Uncle Tee"). Initial plus surname
  ("E. Patterson") is one span. Names written in capitals or lower case are
  labelled the same way.
* Not NAME: Mum, Dad, Nan, Grandad, auntie/uncle used alone, job titles,
  roles ("the social worker", "my YOT worker"), services and teams (CAMHS,
  Childline, YOT, the Police, the Council, Social Services, MASH), God.
* Public figures (artists, footballers, celebrities, politicians), brands,
  shops, games, clubs, real towns, districts and public places, and real
  public helplines (Childline 0800 1111, 101, 111, 999, Samaritans 116 123,
  text SHOUT to 85258) are never labelled, even when they look like names
  (Dave the rapper, Sainsbury's, Dr Martens, Jack Wills, St Helens).
* Words that are also names (Joy, Ruby, Sky, Frank, Mark, Hope, Will, Bill,
  Rose, Grace, Summer, Destiny, Hunter, King, Precious, ...) are labelled
  only where they refer to a person, in lower case too; elsewhere (Sky TV,
  Summer holidays, "I hope", a phone bill, Destiny 2) they are left alone.
* ADDRESS covers a house/flat number with a street, a named block, or a
  street or estate named as where a person lives or goes ("lives on X Road",
  "flat 12 Y House", "hangs about the Z estate"). Towns, cities, districts,
  famous shopping streets and public venues are not ADDRESS. A postcode
  written next to an address is a separate POSTCODE span.
* SCHOOL covers named schools, academies, colleges and PRUs, including
  obvious short forms used as names; "school", "college" or "the PRU" on
  their own are not labelled.
* HANDLE covers social-media usernames with or without @, after "add me on",
  "sc:", "insta", and Discord tags (name#1234). Platform names are not
  labelled. A handle that is a bare URL on an example domain is URL.
* DATE_OF_BIRTH only where the date is given as someone's birth date (or as
  DOB in a form); other dates, ages and years are not labelled.
* Obfuscated identifiers are labelled over the whole obfuscated string
  (spaced/dotted digits, zero-width space, O for 0, l for 1, spelled-out
  digits, "(at)", "[dot]").
* All people, addresses, postcodes, schools, handles, numbers and dates of
  birth are invented. Phones use only the Ofcom drama ranges, emails and URLs
  only example.com/.org/.net, NHS numbers only the 999 test prefix with a
  valid Modulus 11 check digit.

## Counts (filled in by build.py)
* Records: {n}
* Records with no span (clean): {clean} ({share:.1f} %)
* Records with at least one span: {withspan}
* Spans in total: {nspans}

Spans per type:

{type_table}

Records per style:

{style_table}
"""


def main():
    items, errors, clean, share, types = build()
    if errors:
        print("CHECKS FAILED (%d problem(s)); nothing written:" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        return 1
    rng = random.Random(20261215)
    rng.shuffle(items)
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for k, it in enumerate(items, 1):
            obj = {"id": "w%04d" % k, "style": it["style"], "text": it["text"],
                   "spans": it["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    styles = Counter(it["style"] for it in items)
    style_clean = Counter(it["style"] for it in items if not it["spans"])
    type_table = "| type | spans |\n|---|---|\n" + "\n".join(
        "| %s | %d |" % (t, types.get(t, 0)) for t in sorted(TYPES))
    style_table = "| style | records | clean |\n|---|---|---|\n" + "\n".join(
        "| %s | %d | %d |" % (s, styles.get(s, 0), style_clean.get(s, 0))
        for s in ("young_person", "case_note", "form"))
    n = len(items)
    readme = README_TEMPLATE.format(
        n=n, clean=clean, share=100.0 * share, withspan=n - clean,
        nspans=sum(types.values()), type_table=type_table,
        style_table=style_table)
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write(readme)
    print("OK: %d records, clean %d (%.1f %%)" % (n, clean, 100.0 * share))
    for t in sorted(TYPES):
        print("  %-14s %d" % (t, types.get(t, 0)))
    for s in ("young_person", "case_note", "form"):
        print("  style %-13s %d (clean %d)" % (s, styles.get(s, 0),
                                               style_clean.get(s, 0)))
    return 0


# ---------------------------------------------------------------------------
# records (hand-typed)
RECORDS += [
    ("young_person", "omg the new Central Cee track is actually mad, been on repeat since Friday"),
    ("young_person", "i hope summer comes quick this term is DRAGGING"),
    ("young_person", "went Greggs after skl got a sausage roll n a steak bake for £3.40 lol"),
    ("young_person", "MUM SAID NO TO THE TRIP AGAIN i hate it here"),
    ("young_person", "Sky went off in the middle of the Arsenal game and Dad nearly threw the remote"),
    ("young_person", "my nan says God has a plan but i dont see it tbh"),
    ("young_person", "nobody at school knows i go CAMHS and i want it kept like that"),
    ("young_person", "does anyone know if Primark in Croydon is open on Sunday"),
    ("young_person", "we got the 38 bus to Angel then walked to the Nando's"),
    ("young_person", "I feel safe at home but NOT on the way to school, too many older boys at the chicken shop"),
    ("young_person", "Childline helped me a lot when i rang 0800 1111 at like 2am"),
    ("young_person", "Will i get in trouble if i tell the police what i saw? i dont want to be a snitch"),
    ("young_person", "the youth club on Tuesdays is the only place i actually feel chill"),
    ("young_person", "bro Fortnite servers were down all night i was fuming"),
    ("young_person", "my phone bill is £45 this month and Mum is gonna kill me"),
    ("young_person", "Frank Ocean album on vinyl for my birthday pls pls pls"),
    ("young_person", "joy is not a word i would use for year 10 ngl"),
    ("young_person", "Grace period for the homework ended Monday so now i got detention"),
    ("young_person", "i mark my own mood in my journal every night like the CAMHS lady said"),
    ("young_person", "hunter wellies are so ugly but Mum made me wear them to Glastonbury"),
    ("young_person", "WHY IS EVERYONE ON SNAPCHAT SO FAKE"),
    ("young_person", "drill music isnt the problem its the lack of stuff to do round here"),
    ("young_person", "we played Destiny 2 til 3am and i was dead in maths"),
    ("young_person", "the Police never come when you ring 101 they just dont care about our area"),
    ("young_person", "I love Little Simz shes the realest"),
    ("young_person", "the king's coronation was so boring we watched TikToks the whole time"),
    ("young_person", "rose gold iphone or the black one? help"),
    ("young_person", "Precious little to do in Merthyr after 6 unless you got a car"),
    ("young_person", "Leeds lost AGAIN. Elland Road was silent"),
    ("young_person", "I dont trust the Council they moved us 3 times in 2 years"),
    ("young_person", "we went Blackpool for the illuminations and it rained the whole time lmao"),
    ("young_person", "honestly Eid was the best day this year, new trainers from JD and biryani at my aunties"),
    ("young_person", "Diwali at the temple was lush, fireworks in the park after"),
    ("young_person", "i go mosque on fridays with my dad and my uncles"),
    ("young_person", "Ramadan in June is long, fasting til like 9:30pm"),
    ("young_person", "celtic v rangers on sunday my whole street will be going mental"),
    ("young_person", "its a bit dodgy in Govan at night but i know who to avoid"),
    ("young_person", "is it normal that my YOT worker texts me on a saturday"),
    ("young_person", "Nike Tech is like a uniform at my school honestly"),
    ("young_person", "my stepdad is alright now, he got me Ronaldo boots"),
    ("young_person", "Dave at Glastonbury was the best set EVER"),
    ("young_person", "i wish i could go Wembley to see Taylor Swift but tickets were like £200"),
    ("young_person", "Roblox is for kids but i still play it with my little brother"),
    ("young_person", "Aldi trainers are lowkey fire dont @ me"),
    ("young_person", "they kept asking me where i was on Saturday night and i said in Asda car park"),
    ("young_person", "Sainsbury's security followed me round the whole shop cos im black"),
    ("young_person", "I feel like Social Services only came round when it was too late"),
    ("young_person", "the 159 was rammed so we walked to Brixton"),
    ("young_person", "i rang 111 cos my chest was hurting and they said go A&E"),
    ("young_person", "St Helens is boring but at least its quiet"),
    ("young_person", "Bill for the school trip is £120 and we cant afford it so im not going"),
    ("young_person", "i got an 8 in English and a 6 in maths WHO AM I"),
    ("young_person", "ngl Headie One and Digga D got me through lockdown"),
    ("young_person", "I'm 15 and I've been vaping since Year 8, I want to stop"),
    ("young_person", "we was just in McDonald's and security chucked us out for no reason"),
    ("young_person", "Belfast city centre at christmas is class, the market at City Hall"),
    ("young_person", "youse are all soft, Derry is the best place in Ireland"),
    ("young_person", "Mam says we might move to Swansea to be near Bampi"),
    ("young_person", "Ruby Tuesday is a Rolling Stones song not a person lol my dad told me"),
    ("young_person", "I want to be a midwife or a vet or maybe a Premier League ref"),
    ("young_person", "when i grow up i will make sure my kids never go through this"),
    ("young_person", "Wolves away on Saturday and Dad said i can go if i behave"),
    ("young_person", "people in my class make jokes about my hijab and teachers do nothing"),
    ("young_person", "me mam works nights at the Royal so i look after the little ones"),
    ("young_person", "there's a lad who sells weed outside the Co-op on the corner everyone knows"),
    ("young_person", "SHOUT 85258 is better than calling, i cant talk on the phone"),
    ("young_person", "I liked the Tuesday group, the woman from Barnardo's was kind"),
    ("young_person", "playing FC 25 on PS5 with the boys is my therapy"),
    ("young_person", "bruh my trainers got jacked on the way back from Westfield"),
    ("young_person", "i dont feel safe on the Elizabeth line late at night"),
    ("young_person", "drake vs kendrick was the best thing that happened all year"),
    ("young_person", "Hope everyone has a good christmas and stays safe x"),
    ("young_person", "i was in Hull last weekend at my dads, its boring but the chippy is good"),
    ("young_person", "a man in a white Merc kept asking us if we wanted a lift"),
    ("young_person", "they said Marks and Spencer is too posh for us lmao"),
    ("young_person", "grace before dinner at my nans is non negotiable"),
    ("young_person", "Iceland do the best cheap pizzas no debate"),
    ("young_person", "my tutor said I'm a natural leader, king behaviour"),
    ("young_person", "Billie Eilish concert in Manchester = best night of my life"),
    ("young_person", "need a job at Sports Direct or Boots so i can stop asking my mum for money"),
    ("young_person", "on the way home from Peckham someone followed me off the bus"),
    ("young_person", "the group chat is 90 percent memes 10 percent drama"),
    ("young_person", "i was only 12 when i first got sent stuff on Insta from a grown man"),
    ("young_person", "the OFSTED lady came in and everyone was on their best behaviour for once"),
    ("young_person", "We need more football pitches and less Tesco Expresses"),
    ("young_person", "IM NOT A GRASS"),
    ("young_person", "my uncle said Liverpool is the only team worth supporting, but he's a Blue really"),
    ("young_person", "Dr Martens are £180 now that is criminal"),
    ("young_person", "went to the Mela in Bradford with my cousins, mehndi and chaat all day"),
    ("young_person", "the Hibs fans on the train were singing all the way to Haymarket"),
    ("young_person", "Mr Kipling cakes and Ribena, thats Nan's house"),
    ("young_person", "i think Wrexham are gonna get promoted again, Ryan Reynolds is a legend"),
    ("young_person", "sometimes i just sit in the Tesco car park and listen to Raye on my own"),
    ("young_person", "Mum finally let me get a Snapchat at 13 but she checks it"),
    ("young_person", "i want to see Burna Boy and Wizkid at the O2 innit"),
    ("young_person", "summer holidays were the worst, nothing to do and no money"),
    ("young_person", "My dad is in prison and nobody at school knows"),
    ("young_person", "the Jubilee line is closed again so we got an Uber for £18"),
    ("young_person", "Stormzy donated to our school library once, we got his books"),
    ("young_person", "i wish the youth worker could come every day not just Thursdays"),
    ("young_person", "Cardiff is mint on match days but town gets proper rowdy after"),
]
RECORDS += [
    ("young_person", "me n {NAME|kofi} went to {NAME|Big Dre}s after skl"),
    ("young_person", "{NAME|joy} said she would meet us at the bus stop but she never came"),
    ("young_person", "me and {NAME|will} are going Westfield saturday if anyone wants to come"),
    ("young_person", "add me on snap its {HANDLE|lil.zainab07}"),
    ("young_person", "{NAME|Lil Jay} keeps messaging my little sister and shes only 12"),
    ("young_person", "i told Miss {NAME|Hughes} about it but she didnt do anything"),
]
RECORDS += [
    ("young_person", "{NAME|ruby} and {NAME|sky} got excluded for fighting on the field lol"),
    ("young_person", "if u see {NAME|Frankie} tell him i want my charger back"),
    ("young_person", "my best friend is {NAME|Precious} shes literally like a sister to me"),
    ("young_person", "{NAME|hope} from year 9 is starting rumours about me on tiktok"),
    ("young_person", "text me on {PHONE|07700 900 418} if ur coming tonight"),
    ("young_person", "snap me {HANDLE|@kxng.dami} im bored"),
    ("young_person", "{NAME|Tyrone}s older brother said he could get us work but i said no"),
    ("young_person", "me {NAME|aisha} {NAME|zara} and {NAME|mei} are the only ones left in the group chat"),
    ("young_person", "{NAME|DESTINY} STOP SCREENSHOTTING MY STORY"),
    ("young_person", "I go to {SCHOOL|Harrowgate Park Academy} and it's alright but the toilets are grim"),
    ("young_person", "used to be at {SCHOOL|Whitebridge PRU} now im back in mainstream"),
    ("young_person", "{NAME|mark} my mate from football got stabbed last year and it messed me up"),
    ("young_person", "the older lot call him {NAME|Little T} but hes like 19 now"),
    ("young_person", "{NAME|Siobhán} says her mam will drive us home from the disco"),
    ("young_person", "I live on {ADDRESS|Carrow Lane} and theres always people dealing by the garages"),
    ("young_person", "we chill in the stairwell of {ADDRESS|Tamworth House} cos its warm"),
    ("young_person", "{NAME|Nguyễn} in my form is the smartest person i know"),
    ("young_person", "me and {NAME|oisin} got lifted by the polis for nothing in the town centre"),
    ("young_person", "{NAME|Grace}'s mum lets us stay up til 2 its the best"),
    ("young_person", "my bday is {DATE_OF_BIRTH|14th march 2011} so im basically 15"),
    ("young_person", "is it weird that Mr {NAME|Okafor} gave me his personal number for help with coursework"),
]
RECORDS += [
    ("young_person", "{NAME|Bilal} n {NAME|Hamza} said the olders want us to hold something for them"),
    ("young_person", "pls dont tell {NAME|Kerry-Ann} i said this but her boyfriend is 24"),
    ("young_person", "{NAME|summer} is my cousin she lives in {ADDRESS|Fernside Close} by the big Tesco"),
    ("young_person", "ring me {PHONE|O77OO 9OO 562} my credit ran out"),
    ("young_person", "my discord is {HANDLE|nightowl_kaz#4417} if u wanna play"),
    ("young_person", "{NAME|KING} IS THE FUNNIEST PERSON IN OUR YEAR NO CAP"),
    ("young_person", "{NAME|Hunter} keeps taking my lunch money and the teachers think its banter"),
    ("young_person", "I miss Nana {NAME|Ama} she went back to Kumasi in the summer"),
    ("young_person", "got added to a group chat by someone called {HANDLE|@money.moves.zay} and they were sending weird links"),
    ("young_person", "its {NAME|Rhys} who set up the fight not me"),
    ("young_person", "{NAME|Dafydd} from rugby is alright, he walks me home"),
    ("young_person", "{NAME|Zoë} and me are doing our DofE together"),
    ("young_person", "the man outside the shop said his name was {NAME|Smokey} and offered us vapes for free"),
    ("young_person", "I used to go {SCHOOL|St Columba's High} but got moved after what happened"),
    ("young_person", "{NAME|Jean-Luc} is the new boy he's from France and everyone fancies him"),
    ("young_person", "insta is {HANDLE|_amaraa.x} follow back"),
    ("young_person", "{NAME|bill} owes me a tenner since september"),
    ("young_person", "my mum {NAME|Shirin} wont let me go to the party"),
    ("young_person", "{NAME|Mo} from the barbers said he would sort me out if i ran a few errands"),
    ("young_person", "if anythin happens ring my sister {PHONE|07700900731}"),
    ("young_person", "{NAME|Kacper} got jumped at the park and nobody did nothin"),
    ("young_person", "we moved to {ADDRESS|42 Brinkworth Road} last month and i dont know anyone"),
    ("young_person", "{NAME|Aoife} and {NAME|Niamh} are twins but they couldnt be more different"),
    ("young_person", "{NAME|Dre}s mum works at the council so he thinks hes untouchable"),
    ("young_person", "my tiktok is {HANDLE|tashaa.b_} i do makeup vids"),
    ("young_person", "omg {NAME|FRANK} JUST FELL OFF HIS BIKE INTO THE CANAL"),
    ("young_person", "{NAME|Ayo} said he knew a way to make £500 a week but it sounded dodgy"),
    ("young_person", "Miss {NAME|Kowalska} is the only teacher that listens"),
    ("young_person", "I tell everything to my youth worker {NAME|Deb} shes sound"),
    ("young_person", "{NAME|Yusuf}s cousin got sent to Aberdeen to shot and never came back the same"),
    ("young_person", "add {HANDLE|lilmaxx_2k} on ps he plays every night"),
    ("young_person", "{NAME|Liam} n {NAME|Connor} were the ones doing the fireworks at the bus"),
    ("young_person", "i live at {ADDRESS|flat 9 Calder Court} with my dad and 3 brothers"),
    ("young_person", "{NAME|ROSE} I KNOW IT WAS YOU WHO TOLD"),
    ("young_person", "lol {NAME|mohammed} is so fast he should do the 100m at nationals"),
    ("young_person", "me and {NAME|Gabija} go the library after school cos its quiet"),
    ("young_person", "{NAME|Tiago} said the man in the car gave him £50 just to sit in it"),
    ("young_person", "call me on {PHONE|07700 9OO 27l} not my old number"),
    ("young_person", "{NAME|Chidi}s party was mad until the police turned up"),
    ("young_person", "my nan {NAME|Bernadette} raised me and shes ill now"),
    ("young_person", "{NAME|Sky} is my sister and she got put in care last year"),
    ("young_person", "i go {SCHOOL|Kingsholm Brook College} doing motor vehicle"),
    ("young_person", "{NAME|Lil Sav} runs the line in our area everyone knows"),
    ("young_person", "{NAME|Marek} and his brother {NAME|Tomasz} came from Gdańsk in year 4"),
    ("young_person", "dm {HANDLE|@jxde.w} on insta if u want the notes"),
    ("young_person", "{NAME|nimmi} always gets us in trouble with Mrs {NAME|Pattinson}"),
    ("young_person", "stayed at {NAME|Keisha}s all weekend cos i couldnt face going home"),
    ("young_person", "the boy who keeps messaging me is called {NAME|Deshawn} and he says hes 16 but he looks older"),
    ("young_person", "{NAME|Ewan} and {NAME|Calum} fae our bit got lifted for the fire"),
    ("young_person", "{NAME|Hassan} showed me a video of someone getting battered on the {ADDRESS|Pennine estate}"),
    ("young_person", "my snap is {HANDLE|gracie_x_09} dont ask what the 09 is lol"),
    ("young_person", "{NAME|Blessing} says her pastor can pray for my mum"),
    ("young_person", "{NAME|Sanjay} is the only one who didnt laugh at me"),
]
RECORDS += [
    ("young_person", "my number is {PHONE|oh seven seven double oh nine double oh three one four} dont give it out"),
    ("young_person", "ring {PHONE|07700.900.852} its my cousins phone"),
    ("young_person", "my email is {EMAIL|jess.tanner(at)example(dot)com} for the survey voucher"),
    ("young_person", "email me at {EMAIL|kayden_r@example.net} i never check it tho"),
    ("young_person", "send the voucher to {EMAIL|amina [at] example [dot] org} pls"),
    ("young_person", "my postcode is {POSTCODE|LS9 7QX} if u need it for the prize"),
    ("young_person", "we live near the park, {ADDRESS|16 Holloway Gardens} {POSTCODE|M40 3ZT}"),
    ("young_person", "i was born on {DATE_OF_BIRTH|02/09/2010} so im year 11"),
    ("young_person", "{NAME|Precious} n {NAME|Favour} r sisters they go {SCHOOL|Mount Pleasant Girls}"),
    ("young_person", "his number is {PHONE|07700 900\u200b619} he keeps ringing me at night"),
    ("young_person", "my channel is {URL|www.example.com/c/dannyplays} pls sub"),
    ("young_person", "the link he sent was {URL|http://example.net/freegiftcards} and it asked for my mums card"),
    ("young_person", "{NAME|Jaden} said if i post on {HANDLE|@southside.leaks} he will delete it"),
    ("young_person", "if u need me i stay at my dads on {ADDRESS|Greaves Street} at weekends"),
    ("young_person", "{NAME|Oluwaseun} is the best striker in the under 16s and he knows it"),
    ("young_person", "my name is {NAME|Hollie Mae} and i think the youth club should open on sundays"),
    ("young_person", "me and {NAME|Ishaan} made a podcast, link is {URL|example.org/ishpod}"),
    ("young_person", "{NAME|Will}'s dad will drive us if we're back by 10"),
    ("young_person", "i hope {NAME|Hope} is ok she hasnt been in for weeks"),
    ("young_person", "{NAME|Mark} got a bad mark on his mock and now hes crying lol"),
    ("young_person", "{NAME|Summer} said this summer is gonna be different"),
    ("young_person", "the guy on snap {HANDLE|benzo_bandz44} asked me for pics and said he'd pay"),
    ("young_person", "{NAME|Daniel O'Sullivan} is the only one who stuck up for me in PE"),
    ("young_person", "i'm {NAME|Amira} i'm 14 and i want more girls football in {ADDRESS|Walkden Road} park"),
    ("young_person", "{NAME|tommy}s mum found his stash and kicked him out"),
    ("young_person", "{NAME|Ceri} and {NAME|Gethin} walked me to Nan's after it happened"),
    ("young_person", "whats {NAME|jay jay}s snap again? i think its {HANDLE|jayjay.0.0}"),
    ("young_person", "my dob is {DATE_OF_BIRTH|19.11.09} and im NOT a child"),
    ("young_person", "{NAME|Vlad} from the car wash keeps offering me lifts"),
    ("young_person", "{NAME|Samira}, {NAME|Leila} and me made a group called girls who lift"),
    ("young_person", "my key worker {NAME|Tanisha} says i can call her any time on {PHONE|0161 496 0738}"),
    ("young_person", "{NAME|Bartek} brought his dog to skl and got sent home lmao"),
    ("young_person", "me and {NAME|Rory} are at {SCHOOL|Glenbervie Academy} and we do basketball"),
    ("young_person", "{NAME|Eilidh} went to the Highlands with her gran for the holidays"),
    ("young_person", "my insta is {HANDLE|@kiki.okoro} but its private"),
    ("young_person", "{NAME|Paddy}s da runs the taxi rank and knows everyone"),
    ("young_person", "the older boy {NAME|Kane} said he'd give me a phone if i carry a bag"),
    ("young_person", "I want to say thank you to {NAME|Sharon} at the youth centre for everything"),
    ("young_person", "{NAME|Joy} brings me so much joy honestly shes the best"),
    ("young_person", "{NAME|Aarav} said hes moving to Leicester and i'm gutted"),
    ("young_person", "{NAME|Habiba} from {SCHOOL|Linden Vale High} started the petition"),
    ("young_person", "{NAME|Shay} owes {NAME|Big Mikey} money and now they're after him"),
    ("young_person", "me n {NAME|freddie} got caught on the roof of the leisure centre"),
    ("young_person", "hmu {PHONE|+44 7700 900 094} whatsapp only"),
    ("young_person", "{NAME|DAMILOLA} WHERE ARE U WE'RE ALL WAITING"),
    ("young_person", "me and {NAME|Cheng} are the only chinese kids in our year"),
    ("young_person", "{NAME|Thanh} does my nails for free shes gonna be famous"),
    ("young_person", "my old school was {SCHOOL|Ashgrove Community School} it was way better than here"),
    ("young_person", "{NAME|Roxy} and her mum live at {ADDRESS|27 Paxton Walk}, the house with the blue door"),
    ("young_person", "{NAME|Mustafa} said he would batter anyone who touches his sister"),
    ("young_person", "{NAME|Precious} is precious to me dont chat about her"),
    ("young_person", "{NAME|Kai} said the man on {HANDLE|@easy_cash_uk_} was offering £300 to use our bank cards"),
]
RECORDS += [
    ("young_person", "in Stornoway theres literally nothing open on a Sunday, not even the Co-op"),
    ("young_person", "we're Travellers and people at school think we all nick stuff, it's not fair"),
    ("young_person", "my family is Roma from Slovakia and the police stop my brothers all the time in Page Hall"),
    ("young_person", "Somali girls in my year get called names for wearing the jilbab"),
    ("young_person", "came from Eritrea when i was 13, Sheffield is cold but people are ok"),
    ("young_person", "Tet is the best, my grandma makes banh chung and we get lucky money"),
    ("young_person", "Chinese New Year in Chinatown was so busy we couldnt move"),
    ("young_person", "I'm Polish and I miss Kraków, everything here closes at 5"),
    ("young_person", "people think Romanians only wash cars, my dad is an engineer"),
    ("young_person", "Luton airport is the only exciting thing about Luton sorry"),
    ("young_person", "Southall Broadway on Vaisakhi is amazing, free food everywhere"),
    ("young_person", "NEED A TRAMPOLINE PARK IN GRIMSBY ASAP"),
    ("young_person", "Skegness in winter is like a ghost town"),
    ("young_person", "the Gurdwara gives out langar every day and loads of homeless people come"),
    ("young_person", "Ipswich Town are back in the Prem baby"),
    ("young_person", "Plymouth Argyle fans are the loyalest in the country fight me"),
    ("young_person", "went to Truro for my cousin's christening and got lost in the cathedral"),
    ("young_person", "Bristol is sick, went St Pauls Carnival and it was jammed"),
    ("young_person", "I don't like Swindon, the Magic Roundabout scares me"),
    ("young_person", "Reading Festival wristband is the dream for next August"),
    ("young_person", "we got kicked out of the Oxford Westgate for skating"),
    ("young_person", "Coventry is alright now they did the city up for city of culture"),
    ("young_person", "St Ann's gets a bad rep but my street is dead quiet"),
    ("young_person", "Rotherham had a bad name for years because of what happened to girls there, adults let them down"),
    ("young_person", "the Oldham lads came down to Rochdale looking for trouble"),
    ("young_person", "Burnley is my home and I'm proud of it even if it's skint"),
    ("young_person", "Preston bus station is where all the drama happens"),
    ("young_person", "hate the trains to Carlisle, always cancelled"),
    ("young_person", "Stoke is the pottery place but all the pot banks are shut"),
    ("young_person", "Telford town centre after 6 is sketchy, people drinking on the benches"),
    ("young_person", "Hereford is full of cows and old people"),
    ("young_person", "Cheltenham races week is the only time anyone comes here"),
    ("young_person", "Bournemouth beach on a hot day is chaos, people fighting over sun loungers"),
    ("young_person", "Southampton vs Portsmouth is the maddest derby no one talks about"),
    ("young_person", "Brighton pride was the first time i felt like i belonged"),
    ("young_person", "Margate is getting trendy now which means our rent went up"),
    ("young_person", "Medway buses are the worst in England i swear"),
    ("young_person", "Southend pier is the longest pier in the world, we walked it and it took ages"),
    ("young_person", "Milton Keynes has too many roundabouts and not enough things for teenagers"),
    ("young_person", "I wish Bedford had a proper youth centre like Luton has"),
    ("young_person", "Inverness is the capital of the Highlands apparently"),
    ("young_person", "Dundee got the V&A and we still dont have a decent skate park"),
    ("young_person", "Aberystwyth in the rain is a vibe i wont lie"),
    ("young_person", "in Bangor everyone speaks Welsh at the shop and my English mates get confused"),
    ("young_person", "Newry on a Saturday night is mental, stay away from the quays"),
    ("young_person", "Omagh is grand but theres no buses after 7"),
    ("young_person", "Tower Hamlets girls football team won the cup last year!!!"),
    ("young_person", "Whitechapel market has the best samosas for 50p"),
    ("young_person", "Sparkhill has the best balti triangle food, sorry Manchester"),
    ("young_person", "Moss Side carnival got cancelled again and everyone's gutted"),
    ("young_person", "Toxteth isnt what it was, my granda says it used to be rough"),
    ("young_person", "Kirkby kids get treated like criminals by the bizzies"),
    ("young_person", "Gateshead Metrocentre is where we go every Saturday"),
    ("young_person", "the Byker Wall looks like something from a film"),
    ("young_person", "Middlesbrough has the Transporter Bridge and thats about it"),
    ("young_person", "Hartlepool United are rubbish but I still go every home game"),
    ("young_person", "Great Yarmouth pleasure beach is decent in the summer"),
    ("young_person", "Norwich City or Ipswich? Norwich obviously"),
    ("young_person", "Peterborough is full of Polish and Lithuanian shops and they're the best"),
    ("young_person", "the Nottingham Goose Fair was lit, did the Booster 4 times"),
    ("young_person", "Slough gets slated on tv but i love it"),
    ("young_person", "Basildon Festival Leisure Park is where everyone goes on a Friday"),
    ("young_person", "Harlow has a lot of roundabouts and a lot of boredom"),
    ("young_person", "Stevenage FC are decent this season no joke"),
    ("young_person", "Canterbury Cathedral trip with school was kinda peaceful ngl"),
    ("young_person", "Hastings pier burnt down and they rebuilt it, then it closed again"),
    ("young_person", "Exeter Chiefs are the best rugby team in England"),
    ("young_person", "Gloucester docks is where the older lot go to drink"),
    ("young_person", "Shrewsbury is full of old buildings and posh shops"),
    ("young_person", "Northampton Saints game with my dad was the best day all year"),
    ("young_person", "Cambridge is all students on bikes who dont look where theyre going"),
    ("young_person", "Lancaster castle used to be a prison, we went on a school trip"),
    ("young_person", "Rhyl used to be a nice seaside town according to Nain"),
    ("young_person", "Wrexham AFC documentary made everyone think we're famous"),
    ("young_person", "Lisburn is boring as sin but the leisureplex is class"),
    ("young_person", "Ballymena lads think they're hard"),
    ("young_person", "Paisley is my home and Buddies till I die"),
    ("young_person", "Easterhouse has more than the papers say, we have a great boxing club"),
    ("young_person", "Motherwell FC season ticket was the best present ever"),
    ("young_person", "Kilmarnock is dead after 6, even the chippy shuts"),
    ("young_person", "Aberdeen beach in February is baltic"),
    ("young_person", "i went to Edinburgh for the Fringe and saw a guy juggling chainsaws"),
    ("young_person", "Falkirk wheel is actually cool, a rotating boat lift"),
    ("young_person", "Perth is not in Australia it's in Scotland, thanks Mrs teacher"),
    ("young_person", "Barry Island is where Gavin and Stacey is from, it's nothing like the telly"),
    ("young_person", "Newport Wales not Newport Isle of Wight, get it right"),
    ("young_person", "Merthyr Tydfil has the worst reputation but the best people"),
    ("young_person", "Llanelli Scarlets shirt is my lucky shirt"),
    ("young_person", "in Caernarfon the castle is massive and full of tourists"),
    ("young_person", "Handsworth Park is where we played footy til the lights went off"),
    ("young_person", "Chapeltown carnival is the oldest West Indian carnival in Europe!"),
    ("young_person", "Harehills is where all my family live, all 40 of them"),
    ("young_person", "Barking to Upminster on the District line takes forever"),
    ("young_person", "Hackney Wick has the best graffiti in London"),
    ("young_person", "Tottenham Hotspur stadium is class but tickets are dear"),
    ("young_person", "Croydon boxpark on a friday is where everyone meets up"),
    ("young_person", "Lewisham shopping centre security are proper strict"),
    ("young_person", "Woolwich ferry is free and we ride it back and forth for fun"),
    ("young_person", "the Bullring is packed on Saturdays, Selfridges is too posh for us"),
    ("young_person", "Liverpool One has a Primark the size of a village"),
]
RECORDS += [
    ("young_person", "more street lights by the canal path and a bus after 10pm would make me feel safer"),
    ("young_person", "What would help? Someone to talk to who isnt a teacher or the police"),
    ("young_person", "TEACHERS NEED TO ACTUALLY LISTEN WHEN WE REPORT STUFF"),
    ("young_person", "i dont want to say where i live but its near a big Morrisons"),
    ("young_person", "the Snapchat map thing means anyone can see where u are, i turned it off"),
    ("young_person", "my older brother says Ghost mode is the only way to be safe"),
    ("young_person", "I'm scared to go to the toilets because of the vapers and fights"),
    ("young_person", "Year 7s get bullied at the bus stop by Year 11s every single day"),
    ("young_person", "online gaming is where most of the weird adults are, especially on Discord servers"),
    ("young_person", "Someone made a fake Insta of me and the school said it's a police matter"),
    ("young_person", "i just want somewhere warm to go after school that isnt McDonalds"),
    ("young_person", "I feel safe with my family and my mosque, not so much on the estate"),
    ("young_person", "The knife arch at the school gate makes me feel less safe not more"),
    ("young_person", "Stop and search happens to my brothers like every week and theyve done nothing"),
    ("young_person", "I think the police should come to youth club and just chat, not arrest people"),
    ("young_person", "CAMHS waiting list was 18 months, by then i was fine or dead"),
    ("young_person", "the school counsellor is nice but she's only in on Wednesdays"),
    ("young_person", "will this survey actually change anything?? be honest"),
    ("young_person", "the best thing about my area is the people, the worst thing is the people"),
    ("young_person", "i feel safest in my room with my headphones on"),
    ("young_person", "Nothing. Nowhere. Nobody."),
    ("young_person", "the Mosque youth group and the Boxing club saved me tbh"),
    ("young_person", "I was groomed online when I was 13 and I'm only now talking about it"),
    ("young_person", "im a young carer for my mum and school keeps giving me detentions for being late"),
    ("young_person", "joy ride in a nicked car isnt fun when the helicopter comes out"),
    ("young_person", "we need a Safe Space in town like they have in Leeds on a Friday night"),
    ("young_person", "the bouncers at Spoons ID everyone now, 18 means 18"),
    ("young_person", "girls get followed home from the station and no one does anything about it"),
    ("young_person", "Online Safety lessons are cringe but i did learn about sextortion"),
    ("young_person", "lol i put Rose as my fake name when the pub asked"),
    ("young_person", "a hunter in the woods near our caravan shot a deer and i cried"),
    ("young_person", "summer camp with the Scouts was the best week of my life"),
    ("young_person", "i bill my mates for lifts now, petrol is too dear"),
    ("young_person", "will power is all it takes to stop vaping, says my dad who smokes 20 a day"),
    ("young_person", "king of the castle on the climbing frame at 15 years old, no shame"),
    ("young_person", "Sky Sports is too expensive so we watch dodgy streams"),
    ("young_person", "ruby red lipstick is banned at my school apparently"),
    ("young_person", "i want to frank my letters like my dad does at the post office job lol"),
    ("young_person", "my destiny is to be a footballer or a rapper, no plan B"),
    ("young_person", "grace and manners cost nothing my nan always says"),
    ("young_person", "mark my words i will get out of this town"),
    ("young_person", "faith in God keeps me going when my home life is rubbish"),
    ("young_person", "Amazing Grace at the funeral made everyone cry"),
    ("young_person", "Stone Island jacket got nicked off me at the bus stop in broad daylight"),
    ("young_person", "Canada Goose coats are a target, dont wear them on the tram"),
    ("young_person", "The North Face puffer is the only coat worth having"),
    ("young_person", "Trapstar and Corteiz are the only brands that matter now"),
    ("young_person", "Air Max 95s or Jordan 4s for my birthday, cant decide"),
    ("young_person", "Ralph Lauren polo for the prom after party"),
    ("young_person", "my mum bought me Jack Wills from TK Maxx and i love it"),
    ("young_person", "Tommy Hilfiger socks are a scam, £15 for socks"),
    ("young_person", "Calvin Klein boxers showing is the look, dont ask me why"),
    ("young_person", "the Ted Baker bag my auntie got me is fake but shhh"),
    ("young_person", "Lacoste trackies and a Gucci pouch = road man uniform"),
    ("young_person", "Ben and Jerry's cookie dough is the cure for heartbreak"),
    ("young_person", "Papa John's vs Domino's debate ended our friendship lol"),
    ("young_person", "Wingstop is overpriced but the lemon pepper wings hit different"),
    ("young_person", "Morley's chicken is a South London institution"),
    ("young_person", "Chicken Cottage closed down and now where do we go"),
    ("young_person", "Costa is for mums, Starbucks is for basics, Greggs is for legends"),
    ("young_person", "Subway is healthy if you ignore the cookies"),
    ("young_person", "Five Guys milkshakes are £6 which is robbery"),
    ("young_person", "Lidl middle aisle got me a boxing bag for £12"),
    ("young_person", "B&M sells everything, literally everything"),
    ("young_person", "Home Bargains for sweets before the cinema, never buy them inside"),
    ("young_person", "Poundland isnt a pound anymore, scandal"),
    ("young_person", "Superdrug and Boots are where the girls go after school for free testers"),
    ("young_person", "JD Sports staff follow you round if you're a group of boys"),
    ("young_person", "Footasylum sale got me Jordans for half price"),
    ("young_person", "Currys wouldnt sell me a phone without an adult"),
    ("young_person", "Argos catalogue is vintage now, my mum still has one"),
    ("young_person", "Deliveroo riders chill outside our block all night"),
    ("young_person", "Uber drivers round here wont come to our estate after dark"),
    ("young_person", "Bolt is cheaper but the drivers are mad"),
    ("young_person", "Call of Duty lobbies are full of grown men swearing at 10 year olds"),
    ("young_person", "GTA 6 is gonna break the internet when it comes out"),
    ("young_person", "Minecraft with my little cousins is actually relaxing"),
    ("young_person", "EA FC Ultimate Team is just gambling for kids"),
    ("young_person", "Apex Legends ranked is making me lose my mind"),
    ("young_person", "Valorant tryhards are the worst people on earth"),
    ("young_person", "Among Us was big in lockdown, nobody plays it now"),
    ("young_person", "Clash Royale is my comfort game"),
    ("young_person", "Pokémon Go got me out of the house when i was depressed"),
    ("young_person", "Rocket League with the Xbox lads every Friday"),
    ("young_person", "Twitch streamers make more than teachers which is mad"),
    ("young_person", "YouTube Shorts and TikTok have fried my attention span"),
    ("young_person", "Spotify Wrapped said i listened to Ice Spice for 900 minutes"),
    ("young_person", "Netflix and a takeaway is my perfect Saturday"),
    ("young_person", "Love Island is trash but I watch every episode"),
    ("young_person", "Top Boy got the ends spot on, it's scary how real it is"),
    ("young_person", "Stranger Things season 5 better be worth the wait"),
    ("young_person", "Harry Potter is overrated and i will die on this hill"),
    ("young_person", "Marvel films are getting worse every year"),
    ("young_person", "Doctor Who is actually good again"),
    ("young_person", "Bluey makes me cry and I'm 16"),
    ("young_person", "AJ Tracey, Aitch and Tion Wayne on one song would be too hard"),
    ("young_person", "Sabrina Carpenter is short n sweet literally"),
    ("young_person", "Lewis Capaldi is the funniest Scottish man alive"),
    ("young_person", "PinkPantheress and Joy Crookes are my study playlist"),
    ("young_person", "Olivia Rodrigo's Guts tour in Birmingham was amazing"),
    ("young_person", "skepta said it best, shutdown"),
]
RECORDS += [
    ("case_note", "Home visit completed. {NAME|Kayden} was present with Mum. Ms {NAME|Adeyemi} (SW) observed the bedroom; no concerns re: conditions."),
    ("case_note", "Strategy meeting 14/10. Present: DS {NAME|Harland} (CSE team), Ms {NAME|Whitcombe} (DSL), Mr {NAME|Obi} (YOT). {NAME|Jamal Richards} reported missing x3 this month."),
    ("case_note", "Duty log 22:40 - call from Mum reporting {NAME|Ellie-Mae} not home. Advised to ring 999 if she believes her at immediate risk. PC {NAME|Dunmore} attended 23:15."),
    ("case_note", "Referral received from {SCHOOL|Castlefield Academy} re: {NAME|Tyler Benson}, Y9. Concerns re: new expensive clothing and older males collecting him at the gate."),
    ("case_note", "Spoke with Dr {NAME|Raghunathan} (GP) who confirmed {NAME|Aliyah} was seen on 3rd March for a sexual health appointment."),
    ("case_note", "{NAME|Precious Nwosu} disclosed that an adult male known as {NAME|Skeng} has been asking her to carry packages to Swansea."),
    ("case_note", "Mr {NAME|Kowalczyk} (father) stated he was unaware of {NAME|Oskar}'s absences from school and was angry with the school for not telling him."),
    ("case_note", "MACE minutes: {NAME|Leon Dyer} (15) - linked with {NAME|Curtis Wray} (19) and {NAME|Lil Mitch}. Address of concern: {ADDRESS|flat 4 Bexley House}, {ADDRESS|Orchard Vale estate}."),
    ("case_note", "Email from Miss {NAME|Carmichael}: 'Can someone ring Mum on {PHONE|07700 900 256} before 3pm please, it is urgent.'"),
    ("case_note", "DC {NAME|Mahmood} confirmed the phone seized from {NAME|Reece} contained contact with {NAME|T-Bone} and a number saved only under a crown emoji."),
    ("case_note", "{NAME|Grace Mbeki} (aunt) has agreed to a kinship placement at her home, {ADDRESS|58 Radnor Street}, {POSTCODE|CF24 9XQ}."),
    ("case_note", "NHS no. {NHS_NUMBER|999 412 7357} confirmed against GP record. DOB {DATE_OF_BIRTH|11/06/2009}."),
    ("case_note", "Return home interview completed with {NAME|Destiny} by {NAME|Lorna} (RHI worker). She said she stayed with a friend in Luton and would not give the friend's name."),
]
RECORDS += [
    ("case_note", "Professionals meeting re: {NAME|Mohammed Al-Rashid} (14). Attendees: Ms {NAME|Pereira} (Early Help), DS {NAME|Quinlan}, Mrs {NAME|Afolabi} (Head of Year, {SCHOOL|Moorside High})."),
    ("case_note", "Mum ({NAME|Siobhan McCarthy}) rang duty at 09:10 upset that {NAME|Ciarán} was brought home by police at 4am."),
    ("case_note", "Worker note: met {NAME|Jordan} at McDonald's on the High Street. He appeared tired and had a new iPhone he said was from his cousin {NAME|Marcus}."),
    ("case_note", "Hi all, following today's MASH discussion {NAME|Ruby Ashworth} will be stepped up to CIN. Thanks, {NAME|Hannah}"),
    ("case_note", "YOT contact: {NAME|Aidan} attended on time. Discussed curfew at {ADDRESS|17 Ferris Road}. He said {NAME|Big Kev} had stopped contacting him."),
    ("case_note", "PC {NAME|Abara} and PC {NAME|Lintott} located {NAME|Shania} at Preston bus station at 01:30 with an adult male who gave his name as {NAME|Darren Holt}."),
    ("case_note", "Dr {NAME|Nyamekye} (CAMHS) advised that {NAME|Ayesha} remains on the waiting list and should attend A&E if she self-harms again."),
    ("case_note", "Mr {NAME|Nguyen} (stepfather) declined to engage and asked that all contact go through his wife {NAME|Linh}."),
    ("case_note", "Child's phone: {PHONE|07700 900 377}. Mum's phone: {PHONE|0113 496 0582}. Both to be added to the flag."),
    ("case_note", "{NAME|Kaylum} disclosed that {NAME|Rico} and {NAME|Little Z} drove him to Bournemouth and left him in a flat for 3 days."),
    ("case_note", "Email to DSL: Dear Mr {NAME|Blackwood}, please could you share attendance for {NAME|Amelia Stone} for the autumn term? Kind regards, {NAME|Priya Natarajan}, Social Worker"),
    ("case_note", "Missing episode 4. {NAME|Tia} located at {ADDRESS|Marlowe Court} by DC {NAME|Ferguson}. {NAME|Tia} refused to say how she got there."),
]
RECORDS += [
    ("case_note", "Referral from Childline via the Police: {NAME|Hope Okonkwo}, 13, reported an adult on Discord ({HANDLE|vxidking#0772}) requesting images."),
    ("case_note", "Minutes - Child Protection Conference. Chair: {NAME|Gillian Frost}. Subject: {NAME|Riley} and {NAME|Mason Parr}. Both children to remain subject to a CP plan under neglect."),
    ("case_note", "Ms {NAME|O'Neill} (SENCo) reports that {NAME|Callum} has not attended since half term. Last seen at {SCHOOL|Brookfield Primary} collecting his sister."),
    ("case_note", "Telephone call with Mrs {NAME|Bhattacharya}: she is worried her son {NAME|Arjun} is being bullied by boys from {SCHOOL|Oakhill Secondary}."),
    ("case_note", "Visit to {ADDRESS|39 Kelso Terrace}. No answer. Neighbour said the family moved out last week. Card left."),
    ("case_note", "{NAME|Lamar} stated that the man known as {NAME|Uncle Tee} gives younger boys phones and tells them which trains to get."),
    ("case_note", "Contact from {NAME|Dorota Wiśniewska} (mother) via interpreter. She states {NAME|Kuba} is sleeping at a friend's and she does not know which friend."),
    ("case_note", "CSE screening tool completed for {NAME|Chantelle Baptiste}. Score: high. Adult of concern: {NAME|Jermaine}, aged approx 25, drives a grey Audi."),
    ("case_note", "Reminder from {NAME|Claire} in Business Support: core group for {NAME|Leighton} is on Thursday at 10, Room 3, Civic Centre."),
    ("case_note", "{NAME|Faisal} was found in possession of a lock knife near {ADDRESS|Crossley Street}. DC {NAME|Ibbotson} dealing. Appropriate adult: Mr {NAME|Chaudhry} (uncle)."),
    ("case_note", "Email: Hi {NAME|Naomi}, just to let you know {NAME|Zainab} turned up at the hub today asking for you. She seemed OK. Thanks, {NAME|Femi}"),
    ("case_note", "Mother {NAME|Tracey Holden} reports daughter {NAME|Paige} (DOB {DATE_OF_BIRTH|23/01/2010}) has a new boyfriend she met on Snapchat who says he is 17."),
    ("case_note", "School nurse {NAME|Ros} raised concerns that {NAME|Bethan} had marks on her arms and said her boyfriend {NAME|Lewis} did it in a joke."),
    ("case_note", "{NAME|Kwame Mensah-Boateng} (father) has requested that all letters go to his new address: {ADDRESS|6 Thornbury Mews}, {POSTCODE|B12 4QN}."),
    ("case_note", "Duty SW {NAME|Ade} spoke to {NAME|Mikey} on {PHONE|07700 900 514}. He said he was at his nan's and would be home by 9."),
    ("case_note", "DC {NAME|Rowe} requested copies of all records relating to {NAME|Jaydn Clarke} and {NAME|Kian Holloway} for the Op Harbour investigation."),
    ("case_note", "{NAME|Summer Lee} says her mum's partner {NAME|Gaz} shouts at her and her brothers when he is drinking."),
    ("case_note", "Plan: Mr {NAME|Ahmadi} to support {NAME|Farid} to enrol at {SCHOOL|Westway College} ESOL course."),
    ("case_note", "Recorded by {NAME|E. Patterson}, Family Support Worker. {NAME|Jade}'s bedroom had no bed or curtains. Referred to Crisis Fund."),
    ("case_note", "Call from {NAME|Bev} at the children's home: {NAME|Tyreese} absconded at 20:15 via window, thought to be heading to Birmingham."),
    ("case_note", "{NAME|Sergiu} (16) reports that a man called {NAME|Florin} took his passport when he arrived in the UK and says he owes money for the journey."),
    ("case_note", "Mrs {NAME|Yilmaz} attended the meeting with her daughter {NAME|Elif}. Mrs {NAME|Yilmaz} was tearful throughout."),
    ("case_note", "Case closed to Early Help. Family worker {NAME|Joanne Pike} to send closure letter to Mum at {ADDRESS|12 Acorn Way}."),
    ("case_note", "Handover: {NAME|Sami} is due in court Tuesday; DS {NAME|Okafor-Reid} is OIC. Solicitor is Ms {NAME|Greenhalgh}."),
    ("case_note", "{NAME|Olivia} said the men at the party at {ADDRESS|The Sycamores} gave her vodka and took pictures."),
    ("case_note", "Text received from {NAME|Marcus}'s mum on {PHONE|07700 9OO 44l}: 'he's back safe, thank you'."),
    ("case_note", "Multi-agency chronology updated: 03/05 - {NAME|Ethan Ward} arrested in Newquay with 12 wraps; 09/05 - released under investigation."),
    ("case_note", "Meeting with Ms {NAME|Fitzgerald} (Virtual School) re: {NAME|Kai-Jordan}'s PEP. Agreed tutor funding for maths."),
    ("case_note", "{NAME|Mercy} stated she doesn't want her dad to know she has been going to the clinic."),
    ("case_note", "Dr {NAME|Lindqvist} (paediatrician) examined {NAME|Maisie} and recorded bruising to the upper arms inconsistent with the explanation given."),
    ("case_note", "Worker spoke with {NAME|Deontay} outside {SCHOOL|Riverside Learning Centre}. He said {NAME|Snowy} wants him back on the line and he is scared."),
    ("case_note", "Please note new email for Mum: {EMAIL|lisa.harrop@example.com}. Old one bouncing."),
    ("case_note", "From: {EMAIL|k.mensah@example.org}\nTo: MASH duty\nSubject: {NAME|Ama} - urgent\n\nHi team, {NAME|Ama} did not come home last night. Mum is at the police station now. Thanks, {NAME|Kofi}"),
]
RECORDS += [
    ("case_note", "Strategy discussion (phone) between SW {NAME|Rebecca Lowe} and DS {NAME|Anand}. Threshold met for s47 in respect of {NAME|Frankie Doyle}."),
    ("case_note", "{NAME|Will Hargreaves} (Y10) has told his form tutor that he will not go home because of his dad's temper."),
    ("case_note", "Father {NAME|Bill Cartwright} attended reception demanding to see the file. Security called. Manager {NAME|Sue} spoke with him."),
    ("case_note", "Young person {NAME|Rose} shared that her older cousin {NAME|Precious Adjei} took her to a house party in Tottenham where she was given pills."),
    ("case_note", "Lead professional changed from {NAME|Moira} to {NAME|Hamish Ross}. Letter sent to family at {ADDRESS|21 Glencairn Drive}, {POSTCODE|G51 8TW}."),
    ("case_note", "YOS panel: {NAME|Declan} to complete 10 hours reparation at the community garden. Supervised by {NAME|Alun Pritchard}."),
    ("case_note", "Contact with Mr {NAME|Dlamini} (foster carer). {NAME|Sipho} has settled well and has joined the football club."),
    ("case_note", "DC {NAME|Ashcroft} advised that {NAME|King} (street name) has been remanded and that this may reduce risk to {NAME|Jerome}."),
    ("case_note", "Ms {NAME|Joy Amadi} (mentor) reports {NAME|Malachi} has been turning up to sessions high."),
    ("case_note", "Sister {NAME|Grace} disclosed that {NAME|Hunter Briggs} has been sending her brother money via PayPal."),
    ("case_note", "Telephone call to {SCHOOL|Fairholme Pupil Referral Unit}: Ms {NAME|Beaumont} confirmed {NAME|Tristan} on 2-hour timetable due to behaviour."),
    ("case_note", "ICPC arranged for {NAME|Lily-Rose Barker}, NHS {NHS_NUMBER|999 803 2164}. Health visitor {NAME|Anita} to attend."),
    ("case_note", "Mr {NAME|Olawale} is requesting support with housing; currently sofa surfing between {ADDRESS|Hazel Court} and his brother's."),
    ("case_note", "Concern raised by {NAME|Nathan} at the leisure centre: a group of boys were seen handing {NAME|Josh} a package in the car park."),
    ("case_note", "{NAME|Fatima Begum} (mother) explained through interpreter {NAME|Rahima} that the family are fasting and {NAME|Imran} has been very tired."),
    ("case_note", "Email from DS {NAME|Whitlock}: 'Address linked to county lines activity: {ADDRESS|Flat 22, Cedar Heights}. Please do not visit alone.'"),
    ("case_note", "{NAME|Cerys} attended her first session with the Barnardo's worker {NAME|Lowri}. She engaged well and drew a picture of her family."),
]
RECORDS += [
    ("case_note", "Minutes of professionals' meeting\nPresent: {NAME|Angela Drummond} (SW), PC {NAME|Garside}, {NAME|Kemi} (school nurse)\nApologies: Dr {NAME|Sandhu}\nItem 1: {NAME|Leah} - attendance 62%."),
    ("case_note", "{NAME|Jake}'s mum asked that we use her mobile {PHONE|07700 900 127} not the landline."),
    ("case_note", "Worker observed {NAME|Damian} leaving {ADDRESS|the Lansbury estate} with two older males at 15:40, both wearing balaclavas."),
    ("case_note", "Return home interview: {NAME|Aaliyah} said she was with {NAME|Big Tunde} and {NAME|Nia} in Croydon. Refused to give further details."),
    ("case_note", "Mr {NAME|Van der Merwe} telephoned to say his son {NAME|Pieter} had been threatened on Instagram by {HANDLE|@ldn_opps_}."),
    ("case_note", "Please see attached referral for {NAME|Tomás Ó Briain} from the Irish Traveller Movement outreach worker."),
    ("case_note", "{NAME|Chanel} said her uncle {NAME|Trevor} gives her cigarettes and money and tells her not to tell her mum."),
    ("case_note", "Duty log: Anonymous caller reports children left alone at {ADDRESS|93 Weaver Street}. Police welfare check requested via 101, ref given."),
    ("case_note", "Ms {NAME|Achterberg} (interpreter) present. {NAME|Abdirahman} stated he is 16; age assessment requested by the Home Office."),
    ("case_note", "{NAME|Lucy Chen} (older sister) confirmed she will collect {NAME|Ben} from school on Wednesdays."),
    ("case_note", "Disclosure: {NAME|Harvey} said that his football coach Mr {NAME|Pritchett} messages him late at night on WhatsApp."),
]
RECORDS += [
    ("case_note", "{NAME|Nasra} reports that girls from {SCHOOL|Hillcrest Girls' Academy} are sharing a video of her. Platform: TikTok, account {HANDLE|hillcrest.exposed}."),
    ("case_note", "Updated contact details: Mum - {EMAIL|donna.reilly74@example.net}, {PHONE|020 7946 0391}."),
    ("case_note", "Police log ref provided by PC {NAME|Wójcik}. {NAME|Patryk} and {NAME|Dominik} stopped in a vehicle on the M62 with £2,000 cash."),
    ("case_note", "Case discussion with manager {NAME|Sandra Okoye}: agreed NFA on {NAME|Cody} following school's reassurance."),
    ("case_note", "{NAME|Mia Thompson} (DOB {DATE_OF_BIRTH|07.04.2011}) has been reported missing from {ADDRESS|Beech Lodge} children's home for the 6th time."),
    ("case_note", "{NAME|Rashid} told me he wants to be called {NAME|Rash} and that no one calls him by his full name."),
    ("case_note", "Mr {NAME|Campbell} (Head of Year) said {NAME|Kieran}'s behaviour changed after Easter when he started hanging about with {NAME|Lil Dee}."),
    ("case_note", "Phone call with Mrs {NAME|Achebe}. Explained the outcome of the assessment. She asked for a copy to be emailed to {EMAIL|ngozi.achebe@example.com}."),
    ("case_note", "MACE: Location of concern: {ADDRESS|Wexford Road} garages. Persons of concern: {NAME|Dwayne Skerritt} aka {NAME|D-Money}."),
    ("case_note", "GP Dr {NAME|Osei-Bonsu} confirmed immunisations up to date for {NAME|Kwabena} (NHS {NHS_NUMBER|9992755482})."),
    ("case_note", "{NAME|Tegan} disclosed at {SCHOOL|Ysgol Bryn Eithin} that her mum's boyfriend hit her with a belt."),
    ("case_note", "Note: {NAME|Marley}'s Snapchat username is {HANDLE|marleyy.2x} - shared with police with his consent."),
    ("case_note", "Transport arranged for {NAME|Ella} to attend contact with birth father {NAME|Stuart Kemp} at the family centre."),
    ("case_note", "{NAME|Daisy} said the man in the shop called {NAME|Kaz} gives her free vapes if she brings friends."),
    ("case_note", "Minutes: Mr {NAME|Hussain} (school), {NAME|Ffion Jenkins} (SW), {NAME|Gwen} (advocate). Child's views: wants to stay at current school."),
    ("case_note", "Home address updated on system: {ADDRESS|Flat 3, 118 Dudley Road}, {POSTCODE|WV2 9RE}."),
    ("case_note", "DS {NAME|Kennedy} reports the Discord account {HANDLE|reaper_x#2290} has been linked to two other local victims."),
    ("case_note", "{NAME|Kyra} is refusing to see her SW {NAME|Phil} and has asked for a female worker."),
    ("case_note", "Mum {NAME|Rosa Fernandes} says {NAME|Gabriel} has been sleeping at a friend's house on {ADDRESS|Gilbert Street} and won't come home."),
    ("case_note", "Ms {NAME|Tran} (class teacher) noticed {NAME|An} had not eaten and gave her breakfast club voucher."),
    ("case_note", "Received online referral via {URL|https://referrals.example.org/form/8812} from a member of the public about {NAME|Bobby}."),
    ("case_note", "Emergency placement found with carers {NAME|Pam} and {NAME|Derek Walsh}. {NAME|Jordan-Lee} arrived at 21:00."),
    ("case_note", "Dear {NAME|Ifeoma}, thank you for attending today. As discussed, your next appointment is 12 Dec at 2pm. Regards, {NAME|Wendy}"),
    ("case_note", "{NAME|Shakira} reports she is being threatened by {NAME|Lil Tayo} because she spoke to the police."),
    ("case_note", "Conversation with Dr {NAME|Akhtar} (GP practice). Concerns re: {NAME|Zayn}'s weight loss and missed appointments."),
]
RECORDS += [
    ("case_note", "Strategy meeting held Monday 10:00 via Teams. Police, Health and Education represented. Threshold for s47 met; ICPC to be convened within 15 working days."),
    ("case_note", "Mum attended with Dad. Both parents agreed to the safety plan. SW to visit again on Friday."),
    ("case_note", "Duty log 02:15: Police called re: YP found at Victoria Coach Station. Taken to place of safety. EDT informed."),
    ("case_note", "CAMHS referral to be chased by Friday. DSL to liaise with School Nurse re: self-harm risk assessment."),
    ("case_note", "NRM referral submitted to the Single Competent Authority. Reasonable grounds decision awaited."),
    ("case_note", "Channel panel declined to adopt; Prevent lead to keep under review for 6 months."),
    ("case_note", "MARAC referral made following DA incident on Saturday. Refuge informed. Mum declined IDVA support at this time."),
    ("case_note", "Child seen alone in bedroom. Said Nan helps with breakfast and Grandad takes him to Cubs on Thursdays."),
    ("case_note", "YP advised of Childline (0800 1111) and Kooth. Given the Papyrus HOPEline card."),
    ("case_note", "Case transferred from Assessment Team to Child in Need Team. Allocated worker TBC. Manager to RAG-rate on Monday."),
    ("case_note", "Apologies received from Health. Education report tabled. Police to provide intelligence update at next MACE."),
    ("case_note", "YP stated he does not want to go to the Youth Offending Service anymore because the bus costs £4.20 each way."),
    ("case_note", "Mum says Dad is working away in Aberdeen on the rigs and is home every third week."),
    ("case_note", "Referral to St Giles Trust for specialist county lines support. Worker to make introductions at the A&E teachable moment pilot."),
    ("case_note", "Catch22 worker attended first session. YP engaged for 20 minutes before leaving to go to Subway."),
    ("case_note", "Barnardo's BASE project accepted referral. Waiting time approx 6 weeks."),
    ("case_note", "CEOP report submitted by the school. Police Digital Forensics to examine devices."),
    ("case_note", "The Lucy Faithfull Foundation's Stop It Now helpline details given to Dad as requested."),
    ("case_note", "Crime reference number provided to family. Victim Support referral made with consent."),
    ("case_note", "YP attended Magistrates' Court. Bail conditions: curfew 7pm-7am, not to enter Zone 2 of the city centre."),
    ("case_note", "Hospital discharge meeting at the Royal Infirmary, Ward 4. Paediatric liaison nurse to share discharge summary."),
    ("case_note", "Alder Hey Crisis Care team assessed YP overnight; no admission, follow-up with community CAMHS."),
    ("case_note", "Great Ormond Street appointment for next month confirmed; transport booked via the hospital."),
    ("case_note", "No further action by Police. Family advised to call 101 for non-urgent issues and 999 in an emergency."),
    ("case_note", "Mum reports YP has been coming home with Nike Tech tracksuits and a Gucci bag she did not buy."),
    ("case_note", "YP has two phones: a smartphone and a 'burner' Nokia. Refused to say who gave him the Nokia."),
    ("case_note", "Section 20 accommodation agreed with parental consent. Placement at a residential home outside the county."),
    ("case_note", "Independent Reviewing Officer chaired the LAC review. Care plan endorsed. Next review in 6 months."),
    ("case_note", "YP's views: wants more contact with his sisters and to go back to boxing on a Wednesday."),
    ("case_note", "Ofsted inspection of the children's home rated Good. No concerns for this placement."),
    ("case_note", "The NSPCC helpline passed on concerns from a neighbour about shouting at night."),
    ("case_note", "Health assessment completed by the LAC nurse. Dental check overdue; optician booked."),
    ("case_note", "Virtual School head attended the PEP; pupil premium plus to fund 1:1 English tuition."),
    ("case_note", "Early Help Assessment closed: family achieved outcomes. Parent feedback positive."),
    ("case_note", "YP refused to engage with the Exploitation Team today. Said 'I'm not a victim, leave me alone'."),
    ("case_note", "Mum disclosed that she is frightened of Dad and has been in contact with Women's Aid."),
    ("case_note", "Police Protection Powers used at 23:40. Child taken to emergency foster placement. Parents informed by phone."),
    ("case_note", "Strategy minutes: Action 1 - Education to share attendance. Action 2 - Police to run PNC checks. Action 3 - Health to check GP records."),
    ("case_note", "Core group held in the Civic Centre. All actions progressing. Next core group in 4 weeks."),
    ("case_note", "Lateral flow test not relevant; note removed from file in error. Manager informed."),
    ("case_note", "The family are Jehovah's Witnesses and have declined the blood transfusion advice; legal planning meeting requested."),
    ("case_note", "Family are Muslim and observing Ramadan; visit rearranged to after Iftar at their request."),
    ("case_note", "Interpreter (Tigrinya) booked via Language Line for the next visit. YP prefers a male interpreter."),
    ("case_note", "Interpreter for Romanian booked. Mum reads some English but prefers verbal explanations."),
    ("case_note", "YP presented at A&E with a laceration to the hand; said he fell on glass in the park. Police informed by hospital."),
    ("case_note", "Neighbour dispute escalated; Housing Officer from the Council attended and issued a warning to the adults."),
    ("case_note", "YP says the Police only ever stop him and never help him. Discussed Independent Office for Police Conduct complaint route."),
    ("case_note", "Safety plan reviewed: YP to share location with Mum when out after 8pm and to ring 999 if in danger."),
    ("case_note", "Kinship assessment by the Fostering Team commenced. Viability positive. Full assessment to follow."),
    ("case_note", "YP expressed interest in the Prince's Trust course in January. Referral to be made."),
    ("case_note", "Duty manager agreed to step down to Early Help. Parents in agreement. Letter to follow."),
    ("case_note", "Missing from home notification received from Police at 06:12. YP returned at 09:30 of own accord."),
    ("case_note", "Police advise that the vehicle seen at the school gates is registered to a hire company in Manchester."),
    ("case_note", "Head of Year reports YP punched a wall in frustration and was sent home; no injuries to others."),
    ("case_note", "Dad said he will not attend the conference because he has work at the Amazon depot."),
    ("case_note", "Mum works shifts at Asda and Nan provides childcare after school on Monday, Tuesday and Thursday."),
    ("case_note", "Section 47 enquiry concluded: concerns substantiated. Recommendation: ICPC."),
    ("case_note", "Education Welfare Officer issued a fixed penalty notice for unauthorised term-time holiday to Pakistan."),
    ("case_note", "YP travelled to Jamaica with family over summer; returned 3 weeks after start of term."),
    ("case_note", "Concern about FGM risk raised by the school before the trip to Sudan. FGM Protection Order discussed with Legal."),
    ("case_note", "Mum is pregnant and due in March. Midwife aware of the CP plan. Pre-birth assessment to start."),
    ("case_note", "Rape Crisis ISVA now supporting YP. ABE interview planned for next Tuesday at the SARC."),
    ("case_note", "YP has started at the local Boxing Club on Tuesdays and Thursdays and is enjoying it. Coach very supportive."),
    ("case_note", "The YOT worker and the SW will do a joint visit on Wednesday afternoon to avoid duplication."),
    ("case_note", "The MASH has received 3 contacts in 2 weeks about the same household. Manager to review."),
    ("case_note", "Teachers report YP falling asleep in lessons and wearing the same uniform all week."),
    ("case_note", "Legal Gateway meeting: PLO pre-proceedings agreed. Letter before proceedings to be sent."),
    ("case_note", "Family Group Conference coordinator allocated. Extended family in Jamaica to join by video call."),
    ("case_note", "YP says God and the church keep her strong. Pastor supportive of her staying with her grandmother."),
    ("case_note", "Summer holiday plan: YP to attend the HAF programme at the leisure centre 4 days a week."),
    ("case_note", "Mark on YP's neck noted by teacher; YP said it was from rugby training. Parents informed."),
    ("case_note", "Will be on annual leave from 23 Dec to 2 Jan. Duty to cover any urgent calls."),
    ("case_note", "Hope to close the case in the new year if progress is maintained."),
    ("case_note", "Grace period for school uniform agreed by Head Teacher while Mum waits for the Council grant."),
    ("case_note", "Frank conversation with Dad about the impact of his drinking. He agreed to a referral to the drug and alcohol service."),
    ("case_note", "Bill from the energy company has been paid via the Household Support Fund."),
    ("case_note", "The King's Trust programme starts Monday; YP nervous but keen."),
    ("case_note", "Destiny 2 and Call of Duty are the games YP plays most; online contact with adults discussed."),
    ("case_note", "YP wore a Summer Camp t-shirt from the Scouts and talked about his badges."),
    ("case_note", "Christmas hamper delivered by the Salvation Army. Family very grateful."),
    ("case_note", "YP states the Snapchat account was hacked and she did not send the images herself."),
    ("case_note", "Referral declined by CAMHS: did not meet threshold. Signposted to Kooth and the school counsellor."),
    ("case_note", "DSL reports YP was seen getting into a taxi outside school at 12:30 on Wednesday. Taxi firm contacted."),
    ("case_note", "Sibling assessment completed. Recommendation: siblings to be placed together if possible."),
    ("case_note", "Police Sergeant from the Neighbourhood Team attended MACE and gave an overview of hotspots in the town centre."),
    ("case_note", "Drug and alcohol worker from Change Grow Live attended; YP agreed to weekly sessions."),
    ("case_note", "Housing confirmed the family will be moved to temporary accommodation in Walsall next week."),
    ("case_note", "Court outcome: 12-month Referral Order. First panel meeting in 3 weeks."),
    ("case_note", "Transport to school funded by the Local Authority until Easter."),
    ("case_note", "YP was given a Samaritans card (116 123) and the SHOUT number (85258) before leaving."),
]
RECORDS += [
    ("form", "Name: {NAME|Kayden Marsh}\nDOB: {DATE_OF_BIRTH|14/03/2011}\nSchool: {SCHOOL|Harrowgate Park Academy}"),
    ("form", "Child's name: {NAME|Amara Nwachukwu}\nNHS number: {NHS_NUMBER|999 160 3425}\nGP: Dr {NAME|Rahman}, Bridge Street Surgery"),
    ("form", "Full name: {NAME|Oisín Ó Dónaill}\nDate of birth: {DATE_OF_BIRTH|3 May 2010}\nAddress: {ADDRESS|44 Clonard Gardens}, {POSTCODE|BT12 9ZZ}"),
    ("form", "First name: {NAME|Zoë}\nSurname: {NAME|Van Dijk}\nAge: 13\nYear group: 8"),
    ("form", "Parent/carer: {NAME|Marta Kowalska} (mother)\nTel: {PHONE|07700 900 803}\nEmail: {EMAIL|marta.k@example.com}"),
    ("form", "YP name: {NAME|Jermaine Osei}\nKnown as: {NAME|J-Dot}\nSnapchat: {HANDLE|jdot.x7}\nInstagram: {HANDLE|@jermaine.o__}"),
    ("form", "Name: {NAME|Destiny Clarke} | DOB: {DATE_OF_BIRTH|21.08.2009} | School: {SCHOOL|Northgate High}"),
    ("form", "Referrer: {NAME|Paula Hennessy}, DSL\nReferrer phone: {PHONE|0113 496 0217}\nReferrer email: {EMAIL|p.hennessy@example.org}"),
    ("form", "Name of young person: {NAME|Mohammed Farah}\nDOB: {DATE_OF_BIRTH|09/12/2008}\nLanguage: Somali\nInterpreter required: Yes"),
    ("form", "Surname: {NAME|NGUYỄN}\nForename(s): {NAME|THỊ HƯƠNG}\nDOB: {DATE_OF_BIRTH|30/06/2010}\nNationality: Vietnamese"),
    ("form", "Address: {ADDRESS|Flat 7, Harcourt House, Millbank Estate}\nPostcode: {POSTCODE|SE16 4XB}\nTenure: Council"),
    ("form", "Name: {NAME|Siobhán Kelly}\nNHS No: {NHS_NUMBER|9996380718}\nAllergies: penicillin"),
    ("form", "Alleged perpetrator: {NAME|Darren Pike} aka {NAME|Pikey}\nAge: approx 30\nVehicle: silver Vauxhall Corsa"),
    ("form", "Child 1: {NAME|Rhianna Jones}, 12\nChild 2: {NAME|Caleb Jones}, 9\nChild 3: {NAME|Evie Jones}, 4"),
    ("form", "Name: {NAME|Hamid Karimi}\nDOB (claimed): {DATE_OF_BIRTH|01/01/2008}\nCountry of origin: Afghanistan\nUASC: Yes"),
    ("form", "Contact number: {PHONE|07700 900 962}\nAlternative: {PHONE|0161 496 0455} (Nan)"),
    ("form", "School: {SCHOOL|St Aidan's Catholic College}\nHead of Year: Mr {NAME|Dempsey}\nDSL: Mrs {NAME|Okoro}"),
    ("form", "Name: {NAME|Leon Abubakar}\nD.O.B: {DATE_OF_BIRTH|17-02-2010}\nAddress: {ADDRESS|12 Canning Road}\nPostcode: {POSTCODE|L8 1QY}"),
    ("form", "Young person: {NAME|Grace Ifeanyi}\nSocial worker: {NAME|Tom Atherton}\nIRO: {NAME|Meena Shah}"),
    ("form", "Mother: {NAME|Gülşen Demir}\nFather: {NAME|Mehmet Demir}\nChild: {NAME|Elif Demir}\nHome language: Turkish"),
    ("form", "Name: {NAME|Ruby-Jo Tennant}\nDOB: {DATE_OF_BIRTH|05/05/2012}\nNHS: {NHS_NUMBER|999 524 1900}"),
    ("form", "Username (TikTok): {HANDLE|@kaylaa.vibes}\nUsername (Snap): {HANDLE|kay_la_2010}\nPhone: {PHONE|07700 900 035}"),
    ("form", "Name: {NAME|Tyrell Grant}\nStreet name: {NAME|T-Roc}\nArea: Moss Side\nRisk: High"),
    ("form", "Emergency contact: Auntie {NAME|Pat} ({NAME|Patricia Lawson})\nPhone: {PHONE|01632 960 518}"),
    ("form", "Pupil: {NAME|Aleksandra Nowak}\nUPN withheld\nSchool: {SCHOOL|Bishop Fenwick CE Academy}\nAttendance: 71%"),
    ("form", "Name: {NAME|Eilidh MacLeod}\nDOB: {DATE_OF_BIRTH|12/11/2009}\nSchool: {SCHOOL|Sgoil Ghàidhlig Allt Mòr}"),
    ("form", "Name of referrer: PC {NAME|Hollis} (collar no. withheld)\nYoung person: {NAME|Callum Reid}"),
    ("form", "Full name: {NAME|Precious Mutasa}\nPreferred name: {NAME|Preshy}\nPronouns: she/her\nDOB: {DATE_OF_BIRTH|28 February 2011}"),
    ("form", "Carer email: {EMAIL|r.gallagher(at)example(dot)net}\nCarer phone: {PHONE|07700 900 4 7 2}"),
    ("form", "Name: {NAME|Kwame Asante}\nNHS number: {NHS_NUMBER|999-047-8538}\nRegistered GP: Dr {NAME|Fenwick}"),
    ("form", "Sibling: {NAME|Jayden}, 16 - lives with Dad at {ADDRESS|29 Ashby Crescent}"),
    ("form", "Name: {NAME|Anisa Begum}\nDOB: {DATE_OF_BIRTH|15/07/2010}\nSchool: {SCHOOL|Stepney Park Girls' School}\nReligion: Muslim"),
    ("form", "Young person's name: {NAME|Ryan O'Connor}\nAddress: {ADDRESS|3 Shankill Parade}\nPostcode: {POSTCODE|BT13 7QZ}"),
    ("form", "Person completing form: {NAME|Aled Hughes}\nRole: Youth Worker\nOrganisation: Urdd"),
    ("form", "Name: {NAME|Mei Ling Wong}\nDOB: {DATE_OF_BIRTH|2010-10-04}\nPhone: {PHONE|020 7946 0712}"),
    ("form", "Subject: {NAME|Kacper Zieliński}\nDOB: {DATE_OF_BIRTH|22/09/2009}\nNHS: {NHS_NUMBER|9997116291}\nGP: Parkview Medical Centre"),
    ("form", "Name: {NAME|Tiana Bello}\nSocial media: insta {HANDLE|tiana.b.xo}, snap {HANDLE|tee_bello}\nDevice: iPhone 13"),
    ("form", "Placement address: {ADDRESS|Rowan House}, {ADDRESS|14 Meadow Lane}\nPostcode: {POSTCODE|NG7 5AX}\nPlacement type: residential"),
    ("form", "Name: {NAME|Hunter Blake}\nDOB: {DATE_OF_BIRTH|19/04/2011}\nLegal status: CP plan (neglect)"),
    ("form", "Adult of concern: {NAME|Florin Radu}\nPhone linked: {PHONE|07700 900 6l9}\nVehicle: black BMW"),
    ("form", "Name: {NAME|Keeley Armstrong}\nAlso known as: {NAME|Kiki}\nDOB: {DATE_OF_BIRTH|02.03.10}"),
    ("form", "Referral form\nChild: {NAME|Bashir Osman}\nSchool: {SCHOOL|Eastbrook College}\nParent: {NAME|Hodan Osman}\nParent phone: {PHONE|0113 496 0968}"),
    ("form", "Name: {NAME|Dylan Price}\nAddress: {ADDRESS|8 Heol y Felin}, Merthyr Tydfil, {POSTCODE|CF47 0ZZ}"),
    ("form", "Name: {NAME|Chiara Russo}\nEmail: {EMAIL|chiara.russo09@example.com}\nConsent to share: Yes"),
    ("form", "YP: {NAME|Joel Mensah}\nNHS no.: {NHS_NUMBER|999 386 4056}\nDOB: {DATE_OF_BIRTH|10/10/2008}"),
    ("form", "Name: {NAME|Amelia-Rose Fletcher}\nDOB: {DATE_OF_BIRTH|26/12/2012}\nSchool: {SCHOOL|Whitcliffe Junior School}"),
    ("form", "Parent: {NAME|Sinead Brennan}\nMobile: {PHONE|oh seven seven oh oh nine oh oh five three eight}"),
    ("form", "Name: {NAME|Ioana Popescu}\nDOB: {DATE_OF_BIRTH|13/01/2010}\nInterpreter: Romanian"),
    ("form", "Name: {NAME|Callum Stewart}\nTel: {PHONE|0161\u200b496\u200b0120}\nSchool: {SCHOOL|Hazelwood PRU}"),
    ("form", "Website given by YP: {URL|www.example.net/~bigmoneyuk}\nAccount: {HANDLE|@bigmoney_uk_}"),
    ("form", "Name: {NAME|Nia Williams-Okafor}\nNHS: {NHS_NUMBER|999 953 1822}\nDOB: {DATE_OF_BIRTH|04/08/2011}"),
    ("form", "Name: {NAME|Mustafa Kaya}\nAddress: {ADDRESS|Flat 2, 61 Green Lanes}\nPostcode: {POSTCODE|N4 1ZX}"),
    ("form", "Name: {NAME|Taylor Brooks}\nGender: non-binary\nDOB: {DATE_OF_BIRTH|06/06/2009}"),
    ("form", "Name: {NAME|Abdullahi Hassan}\nSchool: {SCHOOL|Moss Lane Academy}\nYear: 10\nEHCP: Yes"),
    ("form", "Completed by: {NAME|J. Oyelaran}, Family Support\nDate: 04/11/2026"),
    ("form", "Name: {NAME|Ellis Hart}\nDOB: {DATE_OF_BIRTH|29/02/2012}\nNHS: {NHS_NUMBER|999 208 7641}"),
    ("form", "Child's name: {NAME|Bao Tran}\nParent's name: {NAME|Hoa Tran}\nHome phone: {PHONE|020 7946 0 584}"),
    ("form", "Name: {NAME|Lola Mendes}\nEmail: {EMAIL|lola.m [at] example [dot] com}\nInstagram: {HANDLE|lolamendes_}"),
    ("form", "Name: {NAME|Brandon Fisher}\nLast known address: {ADDRESS|the Heathfield estate}\nNo fixed abode"),
    ("form", "Name: {NAME|Ffion Evans}\nDOB: {DATE_OF_BIRTH|11 April 2010}\nSchool: {SCHOOL|Ysgol Uwchradd Glan Teifi}"),
    ("form", "Name: {NAME|Sean Doherty}\nNHS: {NHS_NUMBER|9994703161}\nAddress: {ADDRESS|7 Creggan Heights}, {POSTCODE|BT48 9QZ}"),
    ("form", "Young person: {NAME|Amani Yusuf}\nKeyworker: {NAME|Lucy}\nCurrent placement: supported lodgings"),
    ("form", "Name: {NAME|Harriet Osborne}\nPhone: {PHONE|07700 900 299}\nDiscord: {HANDLE|harri.o#5512}"),
    ("form", "Name: {NAME|Jaylen Morris}\nNHS: {NHS_NUMBER|999 865 4270}\nDOB: {DATE_OF_BIRTH|18/03/2009}\nSchool: {SCHOOL|Canal Side Academy}"),
    ("form", "Name: {NAME|Kerry Ann Baptiste}\nRelationship to child: grandmother\nPhone: {PHONE|01632 960 073}"),
]
RECORDS += [
    ("form", "Referral source: School\nConsent obtained: Yes\nParent aware: Yes\nRisk level: Medium"),
    ("form", "Language spoken at home: Polish\nInterpreter needed: No\nReligion: Catholic\nDietary needs: none"),
    ("form", "Legal status: Section 20\nPlacement type: Foster care\nPlacement start: September\nIRO allocated: Yes"),
    ("form", "Presenting issue: Missing from home x4 in October. Found in Birmingham and Coventry. Police aware."),
    ("form", "Risk indicators ticked: unexplained gifts, older boyfriend, missing episodes, new phone, drop in attendance"),
    ("form", "Outcome of screening: refer to MACE. Lead agency: Children's Social Care. Review date: 3 months."),
    ("form", "Age: 15\nYear: 11\nEthnicity: Black Caribbean\nSEND: SEMH\nFSM: Yes"),
    ("form", "Agencies involved: CAMHS, YOT, Early Help, School Nurse, Police Neighbourhood Team"),
    ("form", "Q1 How safe do you feel in your area? 3/5\nQ2 Where do you feel least safe? The station at night\nQ3 Who would you tell? Mum or Childline"),
    ("form", "Consent: Young person consents to information sharing with Police and Health. Signed by YP and Mum."),
    ("form", "Contact preferences: text only, no calls during school hours, no letters to home address"),
    ("form", "Health: asthma (inhaler), eczema. Dentist: registered. Optician: overdue."),
    ("form", "Hobbies: football (Arsenal fan), drawing, TikTok dances, Minecraft\nAmbition: to be a mechanic"),
    ("form", "Section D - Views of the child: 'I want to live with Nan and see Dad at weekends.'"),
    ("form", "Decision: NFA - information and advice given. Signposted to Kooth, Childline 0800 1111 and the school pastoral team."),
    ("form", "Time of incident: 22:45\nLocation: outside the chicken shop on the High Street\nWeapon: knife seen, not recovered"),
    ("form", "Previous referrals: 2 (March, July)\nPrevious CP plan: No\nCurrent CIN: Yes"),
]
RECORDS += [
    ("young_person", "{NAME|sky} n {NAME|summer} are twins from my road and they r both savage at netball"),
    ("young_person", "whoever {NAME|Lil Rico} is he needs to stop adding year 8s on snap"),
    ("young_person", "my mentor {NAME|Ifeanyi} helped me get my CSCS card so i can work on sites"),
    ("young_person", "we was at {NAME|Junior}s yard playing FIFA til his mum kicked us out"),
    ("young_person", "{NAME|Roisin} u owe me a Greggs, pay up"),
    ("young_person", "the ppl on {ADDRESS|Maple Rise} are always calling the feds on us for playing footy"),
    ("young_person", "{NAME|Jakub} said the man from the car wash asked if he wanted to earn £40 a day"),
    ("young_person", "{NAME|AMIRA} AND {NAME|LAYLA} I LOVE YOU BOTH SO MUCH BEST FRIENDS 4EVA"),
    ("young_person", "{NAME|Dev} got his nose broke at the bus station and no one called an ambulance"),
    ("young_person", "me and {NAME|Tolu} got the train to Leeds for the Kojey Radical gig"),
    ("young_person", "my form tutor Mr {NAME|Achterberg} said i could go to him anytime"),
    ("young_person", "{NAME|Marcel} from {SCHOOL|Parkway Boys} wants to fight me after school"),
    ("young_person", "my cousin {NAME|Aleena}s wedding was the best day ever, Pakistani weddings go on for DAYS"),
    ("young_person", "{NAME|Big Femi} says he runs the estate but he still lives with his mum"),
    ("young_person", "call me on {PHONE|o7700 9oo 8l3} my old phone got smashed"),
]
RECORDS += [
    ("young_person", "Hunter's moon tonight, going up the hill with a flask of hot choc"),
    ("young_person", "Mark Rashford, sorry MARCUS Rashford, is my hero for the free school meals thing"),
    ("young_person", "Precious metals in GCSE chemistry made no sense to me"),
    ("young_person", "king size bed at my dads is the only good thing about going there"),
    ("young_person", "Rose Bowl in Southampton for the cricket with my grandad, proper boring but nice"),
    ("young_person", "Joy Division t-shirt from Primark, never heard a song of theirs lol"),
    ("young_person", "Will Smith slapping Chris Rock is still the funniest thing ever"),
    ("young_person", "Sky Blue is Coventry's colour and Man City's, fight about it"),
    ("young_person", "Frank's Red Hot sauce on everything, no regrets"),
    ("young_person", "Destiny's Child was my mum's favourite band growing up"),
]
RECORDS += [
    ("young_person", "{NAME|Jayden} sent me this link {URL|example.com/win-a-ps5} and now my snap got hacked"),
    ("case_note", "YP showed worker a fundraising page set up for her by an adult: {URL|https://www.example.org/gofund/help-keisha-home}. Police informed."),
    ("young_person", "my art page is {URL|https://example.net/gallery/nadiadraws} pls dont laugh"),
    ("case_note", "Mum forwarded a link sent to {NAME|Caden}: {URL|http://example.com/jobs/easy-money-uk}. Appears to be a recruitment advert for couriers."),
    ("form", "Website/profile link: {URL|www.example.org/profile/tobi_2009}\nPlatform: gaming forum\nReported by: {NAME|Tobi Adewale}"),
]
RECORDS += [
    ("young_person", "the new Greggs on the high street is open til 9 now, game changer"),
    ("young_person", "i just want to pass my GCSEs and get out of here, maybe go Uni in Glasgow"),
    ("young_person", "WE WON THE LEAGUE!!! under 14s champions get in"),
    ("young_person", "sometimes i ring 101 just to report the bikes cos they ride them at kids on the path"),
    ("young_person", "my mum says the Police are there to help but my uncle says never trust them"),
    ("young_person", "on Tuesday theres free pizza at the youth club so everyone goes on Tuesday lol"),
    ("young_person", "ngl the Scouts leader is sound, he got us doing archery and kayaking on the canal"),
    ("young_person", "I like living in Wales because everyone knows everyone but that's also the bad thing"),
    ("young_person", "the Mosque runs a homework club and the Imam is really funny"),
    ("young_person", "Church on Sunday then Nando's with the family is the routine"),
    ("case_note", "YP appeared well and was dressed in school uniform. Bedroom tidy. Xbox, TV and PlayStation present."),
    ("case_note", "Manager oversight: plan proportionate. Continue weekly visits. Review at next supervision in January."),
    ("case_note", "Police Community Support Officer attended the youth club on Thursday and played pool with the young people."),
    ("case_note", "YP's phone was returned by Police after download. YP advised to change passwords and privacy settings."),
    ("case_note", "School confirmed YP is on a reduced timetable until half term; will attend 9am-12pm Monday to Friday."),
    ("case_note", "Family support worker took Mum to the food bank at St Mark's Church; Mum tearful but grateful."),
    ("case_note", "Strategy meeting rescheduled to Thursday at 2pm due to Police availability."),
    ("form", "Reason for contact: concern about online grooming via Roblox and Discord. No identifying details of the adult known."),
    ("form", "Action taken: advice given to parent re: parental controls on PlayStation, Xbox and iPhone Screen Time."),
    ("form", "Transport: bus 42 to school, 25 minutes. Walks home with older sibling."),
]


if __name__ == "__main__":
    sys.exit(main())
