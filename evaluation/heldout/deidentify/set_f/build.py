#!/usr/bin/env python3
"""Build set_f.jsonl from hand-written lines with inline span markers.

Marker syntax inside a line:  [T:surface text]
  T = N (NAME), P (PHONE), E (EMAIL), PC (POSTCODE), A (ADDRESS), S (SCHOOL),
      H (HANDLE), U (URL), D (DATE_OF_BIRTH), NHS (NHS_NUMBER)
  BAD = a 10-digit reference that must FAIL Modulus 11 (not a span).
For NHS and BAD the surface text holds 9 hand-written digits plus "?" where the
check digit goes (spaces/dashes kept).  The script fills the "?".
Lines start with "y|" (young_person) or "c|" (case_note).
Standard library only.  Run:  python3 build.py
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
from lines_yp import YP
from lines_cn import CN

OUT = Path(__file__).with_name("set_f.jsonl")
SEED = 20261204

TYPES = {
    "N": "NAME", "P": "PHONE", "E": "EMAIL", "PC": "POSTCODE", "A": "ADDRESS",
    "S": "SCHOOL", "H": "HANDLE", "U": "URL", "D": "DATE_OF_BIRTH",
    "NHS": "NHS_NUMBER",
}
MARK = re.compile(r"\[(NHS|BAD|PC|N|P|E|A|S|H|U|D):([^\[\]]+)\]")

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- NHS numbers
def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return c  # 10 means the stem can never be valid


def nhs_valid(d10):
    if len(d10) != 10 or not d10.isdigit():
        return False
    c = nhs_check(d10[:9])
    return c != 10 and c == int(d10[9])


def fill_nhs(surface, valid, where):
    digits = re.sub(r"\D", "", surface)
    if surface.count("?") != 1 or len(digits) != 9:
        err(f"{where}: NHS/BAD marker needs 9 digits and one '?': {surface!r}")
        return surface
    c = nhs_check(digits)
    if valid:
        if c == 10:
            err(f"{where}: NHS stem {digits} gives check 10 (invalid), change it")
            return surface
        out = surface.replace("?", str(c))
    else:
        out = surface.replace("?", str((c + 3) % 10) if c != 10 else "4")
    d10 = re.sub(r"\D", "", out)
    if nhs_valid(d10) != valid:
        err(f"{where}: NHS validity wrong for {out}")
    return out


# ---------------------------------------------------------------- phones
DRAMA = ("07700900", "01632960", "02079460", "01134960", "01214960",
         "01614960", "02920180")
WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1",
         "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}


def phone_digits(s):
    t = s.lower().replace("+44", " 0 ").replace("(0)", " ")
    toks = re.findall(r"[a-z]+|\d+", t)
    if not any(tok.isalpha() and tok.strip("o") for tok in toks):
        # numeric with O-for-zero obfuscation
        return re.sub(r"\D", "", re.sub(r"(?<=[\d\s])o|o(?=[\d\s])", "0", t))
    out, rep = "", 1
    for tok in toks:
        if tok == "double":
            rep = 2
        elif tok == "triple":
            rep = 3
        elif tok in ("hundred",):
            out += "00"
        elif tok.isdigit():
            out += tok[0] * (rep - 1) + tok
            rep = 1
        elif tok in WORDS:
            out += WORDS[tok] * rep
            rep = 1
        else:
            return None
    return out


def check_phone(s, where):
    d = phone_digits(s)
    if d and d.startswith("00"):
        d = d[1:]
    if not d or len(d) != 11 or not d.startswith(DRAMA):
        err(f"{where}: phone not in drama range: {s!r} -> {d}")


# ---------------------------------------------------------------- others
PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?9[ABDEFGHJLNPQRSTUWXYZ]{2}$")


def check_postcode(s, where):
    if not PC_RE.match(s.upper().replace(" ", "")):
        err(f"{where}: bad postcode {s!r}")


def check_email(s, where):
    t = s.lower()
    t = re.sub(r"\s*\(at\)\s*|\s+at\s+", "@", t)
    t = re.sub(r"\s*\(dot\)\s*|\s+dot\s+", ".", t)
    if not re.fullmatch(r"[a-z0-9._+-]+@example\.(com|org|net)", t):
        err(f"{where}: bad email {s!r} -> {t}")


def check_url(s, where):
    if not re.search(r"example\.(com|org|net)|tiktok\.com/@|instagram\.com/", s):
        err(f"{where}: URL domain not allowed {s!r}")


# ---------------------------------------------------------------- parse
def parse(raw, where):
    style_code, sep, body = raw.partition("|")
    if not sep or style_code not in ("y", "c"):
        err(f"{where}: bad style prefix: {raw[:30]!r}")
        return None
    style = "young_person" if style_code == "y" else "case_note"
    text, spans, pos = "", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        t, surface = m.group(1), m.group(2)
        if t in ("NHS", "BAD"):
            surface = fill_nhs(surface, t == "NHS", where)
        if t != "BAD":
            if surface != surface.strip() or not surface:
                err(f"{where}: span has edge whitespace {surface!r}")
            typ = TYPES[t]
            if typ == "PHONE":
                check_phone(surface, where)
            elif typ == "POSTCODE":
                check_postcode(surface, where)
            elif typ == "EMAIL":
                check_email(surface, where)
            elif typ == "URL":
                check_url(surface, where)
            spans.append({"start": len(text), "end": len(text) + len(surface),
                          "type": typ})
        text += surface
        pos = m.end()
    text += body[pos:]
    for ch in "[]":
        if ch in text:
            err(f"{where}: stray bracket in {text!r}")
    if text != text.strip() or "  " in text:
        err(f"{where}: whitespace problem in {text!r}")
    return {"style": style, "text": text, "spans": spans}


def main():
    raws = [("yp", i, r) for i, r in enumerate(YP)] + \
           [("cn", i, r) for i, r in enumerate(CN)]
    recs = []
    for src, i, raw in raws:
        r = parse(raw, f"{src}[{i}]")
        if r:
            recs.append(r)
    # duplicates
    dup = [t for t, n in Counter(r["text"] for r in recs).items() if n > 1]
    for t in dup:
        err(f"duplicate line: {t!r}")
    # span sanity
    for r in recs:
        prev = 0
        for s in r["spans"]:
            seg = r["text"][s["start"]:s["end"]]
            assert seg and seg == seg.strip() and s["start"] >= prev
            prev = s["end"]

    # QA: surface names that also occur unlabelled elsewhere (review list)
    if "--qa" in sys.argv:
        toks = set()
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "NAME":
                    for w in re.findall(r"[^\W\d_][\w'’-]*", r["text"][s["start"]:s["end"]]):
                        if len(w) > 1:
                            toks.add(w.lower())
        for r in recs:
            covered = [(s["start"], s["end"]) for s in r["spans"]]
            for m in re.finditer(r"[^\W\d_][\w'’-]*", r["text"]):
                if m.group().lower() in toks and not any(a <= m.start() < b for a, b in covered):
                    print("QA unlabelled?", m.group(), "|", r["text"])

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    random.Random(SEED).shuffle(recs)
    with OUT.open("w", encoding="utf-8") as f:
        for n, r in enumerate(recs, 1):
            obj = {"id": f"f{n:03d}", "style": r["style"], "text": r["text"],
                   "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # counts
    print(f"lines: {len(recs)}")
    for st in ("young_person", "case_note"):
        sub = [r for r in recs if r["style"] == st]
        clean = sum(1 for r in sub if not r["spans"])
        print(f"  {st}: {len(sub)} lines, {clean} clean")
    clean = sum(1 for r in recs if not r["spans"])
    print(f"clean lines: {clean} ({clean / len(recs):.1%})")
    tc = Counter((s["type"], r["style"]) for r in recs for s in r["spans"])
    print(f"{'type':<15}{'young_person':>14}{'case_note':>11}{'total':>8}")
    for t in TYPES.values():
        a, b = tc[(t, "young_person")], tc[(t, "case_note")]
        print(f"{t:<15}{a:>14}{b:>11}{a + b:>8}")
    tot = sum(tc.values())
    print(f"{'ALL':<15}{'':>14}{'':>11}{tot:>8}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
