#!/usr/bin/env python3
"""Build set_y: an independent, hand-written evaluation set for a de-identifier.

Every record below was typed individually. Identifiers are wrapped in inline
markers {TYPE|value}. This script strips the markers, computes character
offsets (Unicode code points, end exclusive), runs the checks and, only if
every check passes, writes set_y.jsonl. Python 3 standard library only.
"""
import collections
import json
import random
import re
import sys

Y = "young_person"
P = "practitioner"
STYLES = {Y, P}
TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
SEED = 20261215
OUT = "set_y.jsonl"

MARK_RE = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

# Characters a span may not start or end with.
EDGE_BAD = set(" \t\n\r\u00a0" + ZERO_WIDTH + ".,;:!?\"'()[]{}<>\u201c\u201d\u2018\u2019-_/\\*&+=~`^%$#|@")
# HANDLE may start with @, PHONE with +; URL may end with /.

# Values that are also ordinary English words: for these the
# "marked string must not also appear unmarked" check is case-sensitive,
# so that "Will" (name) and "will" (verb) may share a record.
ORDINARY = {
    "will", "joy", "hope", "mark", "rose", "grace", "summer", "sky", "king",
    "hunter", "destiny", "precious", "ruby", "frank", "amber", "jade", "faith",
    "storm", "blessing", "favour", "patience", "dawn", "crystal", "brook",
    "river", "holly", "ivy", "daisy", "chance", "ghost", "tiny", "rich", "penny",
    "miracle", "honey", "peaches", "bliss", "hazel", "autumn", "reign", "mo",
    "bill", "sunny", "prince", "duke", "angel", "gift", "pat", "sue", "rob",
    "ray", "drew", "lil", "big", "young", "ice", "blade", "smokey", "dotz",
    "spider", "shadow", "snow", "merit", "justice", "lucky",
}
# Name tokens skipped by the per-token leak check.
TOKEN_SKIP = {"Lil", "Big", "Little", "Al", "El", "Ní", "Mac", "Mc", "De",
              "Da", "Van", "Von", "Bin", "Bint", "Ibn", "Nana", "Thị", "Văn"}

WORDNUM = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1",
           "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
           "seven": "7", "eight": "8", "nine": "9"}
PHONE_OK = re.compile(r"^(07700900\d{3}|01632960\d{3}|02079460\d{3}|"
                      r"01134960\d{3}|01614960\d{3})$")
EMAIL_OK = re.compile(r"^[a-z0-9][a-z0-9._%+\-]*@example\.(com|org|net)$")
URL_OK = re.compile(r"^(https?://)?(www\.)?([a-z0-9\-]+\.)*example\.(com|org|net)"
                    r"(:\d+)?(/[^\s]*)?$")
POSTCODE_OK = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")


def phone_digits(v):
    s = v.lower()
    for z in ZERO_WIDTH:
        s = s.replace(z, "")
    tokens = re.findall(r"[a-z0-9]+", s)
    out, mult = [], 1
    for t in tokens:
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t in WORDNUM:
            ds = WORDNUM[t]
        else:
            ds = ""
            for ch in t:
                if ch.isdigit():
                    ds += ch
                elif ch == "o":
                    ds += "0"
                elif ch in "li":
                    ds += "1"
                else:
                    return None
        if mult > 1:
            ds = ds[0] * mult + ds[1:]
            mult = 1
        out.append(ds)
    d = "".join(out)
    if d.startswith("440"):
        d = d[2:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    return d


def norm_addr(v):
    s = v.lower()
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    return s.replace(" ", "")


def nhs_ok(v):
    d = re.sub(r"[\s\-]", "", v)
    if not re.fullmatch(r"\d{10}", d) or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def parse(raw):
    """Strip markers; return (plain text, spans)."""
    plain, spans, pos = [], [], 0
    length = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos:m.start()]
        plain.append(before)
        length += len(before)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": typ})
        plain.append(val)
        length += len(val)
        pos = m.end()
    plain.append(raw[pos:])
    return "".join(plain), spans


LEAK_RE = re.compile(r"example\.(com|org|net)|07700\s?900|01632\s?960|7946\s?0\d"
                     r"|496\s?0\d\d\d|999\s?\d{3}\s?\d{4}|@[A-Za-z0-9_]")


def check_all(records, final=True):
    errors = []
    built = []
    seen = set()
    for i, (style, raw) in enumerate(records):
        where = "record %d (%r...)" % (i, raw[:50])
        if style not in STYLES:
            errors.append("%s: bad style %r" % (where, style))
        text, spans = parse(raw)
        for ch in "{}|":
            if ch in text:
                errors.append("%s: stray %r" % (where, ch))
        if text in seen:
            errors.append("%s: duplicate text" % where)
        seen.add(text)
        if text != text.strip():
            errors.append("%s: text has outer whitespace" % where)
        last_end = -1
        for sp in spans:
            typ = sp["type"]
            val = text[sp["start"]:sp["end"]]
            if typ not in TYPES:
                errors.append("%s: bad type %s" % (where, typ))
            if not val:
                errors.append("%s: empty span" % where)
                continue
            if sp["start"] < last_end:
                errors.append("%s: overlap" % where)
            last_end = sp["end"]
            first_ok = (val[0] not in EDGE_BAD or (typ == "HANDLE" and val[0] == "@")
                        or (typ == "PHONE" and val[0] == "+"))
            last_ok = val[-1] not in EDGE_BAD or (typ == "URL" and val[-1] == "/")
            if not first_ok or not last_ok:
                errors.append("%s: bad span edge %r" % (where, val))
            if typ == "NHS_NUMBER" and not nhs_ok(val):
                errors.append("%s: NHS checksum/format %r" % (where, val))
            if typ == "PHONE":
                d = phone_digits(val)
                if d is None or not PHONE_OK.match(d):
                    errors.append("%s: phone not in drama range %r -> %r" % (where, val, d))
            if typ == "EMAIL" and not EMAIL_OK.match(norm_addr(val)):
                errors.append("%s: email domain %r" % (where, val))
            if typ == "URL" and not URL_OK.match(norm_addr(val)):
                errors.append("%s: url domain %r" % (where, val))
            if typ == "POSTCODE" and not POSTCODE_OK.match(val.upper()):
                errors.append("%s: postcode shape %r" % (where, val))
        covered = [(s["start"], s["end"]) for s in spans]

        def inside(a, b):
            return any(s <= a and b <= e for s, e in covered)

        # marked string must not also appear unmarked as a whole word
        for sp in spans:
            val = text[sp["start"]:sp["end"]]
            if val.lower() in ORDINARY and not val[:1].isupper():
                continue
            flags = 0 if val.lower() in ORDINARY else re.IGNORECASE
            for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text, flags):
                if not inside(m.start(), m.end()):
                    errors.append("%s: %r also appears unmarked" % (where, val))
            if sp["type"] == "NAME":
                for tok in re.findall(r"[^\W\d_][\w'\-]*", val):
                    if len(tok) < 3 or tok in TOKEN_SKIP or tok.lower() in ORDINARY:
                        continue
                    for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                        if not inside(m.start(), m.end()):
                            errors.append("%s: name token %r unmarked" % (where, tok))
        # nothing identifier-shaped left outside spans
        for m in LEAK_RE.finditer(text):
            if not inside(m.start(), m.end()):
                errors.append("%s: possible unmarked identifier %r" % (where, m.group()))
        built.append({"style": style, "text": text, "spans": spans})
    n = len(built)
    clean = sum(1 for b in built if not b["spans"])
    types = collections.Counter(s["type"] for b in built for s in b["spans"])
    styles = collections.Counter(b["style"] for b in built)
    if final:
        if n < 450:
            errors.append("only %d records" % n)
        if types["NAME"] < 320:
            errors.append("only %d NAME spans" % types["NAME"])
        share = clean / n if n else 0
        if not 0.32 <= share <= 0.40:
            errors.append("clean share %.3f outside 32-40%%" % share)
    return errors, built, n, clean, types, styles


def report(n, clean, types, styles, built):
    print("records:", n)
    print("clean records: %d (%.1f%%)" % (clean, 100.0 * clean / max(n, 1)))
    print("by style:", dict(styles))
    for st in sorted(styles):
        c = sum(1 for b in built if b["style"] == st and not b["spans"])
        print("  clean in %s: %d" % (st, c))
    print("spans:", sum(types.values()))
    for t, c in types.most_common():
        print("  %-14s %d" % (t, c))
    for st in sorted(styles):
        tc = collections.Counter(s["type"] for b in built if b["style"] == st for s in b["spans"])
        print("  %s: %s" % (st, dict(tc)))


def main(final=True):
    errors, built, n, clean, types, styles = check_all(RECORDS, final)
    report(n, clean, types, styles, built)
    if errors:
        print("\n%d CHECK FAILURES - nothing written:" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    if not final:
        print("partial check OK")
        return 0
    rng = random.Random(SEED)
    rng.shuffle(built)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, b in enumerate(built, 1):
            obj = {"id": "y%04d" % i, "style": b["style"], "text": b["text"],
                   "spans": b["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(built), OUT))
    return 0


RECORDS = []

# ---------------------------------------------------------------------------
# Young people's own words: survey answers and messages, with identifiers
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "where do u feel unsafe: the underpass by the big tesco at night. {NAME|jordan} n his boys chill there n they follow u"),
    (Y, "me n {NAME|dan} went to the park after school n these older lot from the {ADDRESS|Elmstead estate} started on us for no reason"),
    (Y, "WHO HELPED YOU: MY NAN AND MISS {NAME|OKAFOR} AT SCHOOL SHE ACTUALLY LISTENED"),
    (Y, "tell us anything else: pls dont tell my mum i wrote this. {NAME|Joy} from year 10 knows everything she can tell u"),
    (Y, "add me on snap {HANDLE|lil.tee09} if u wanna know more about it"),
    (Y, "i dont feel safe at {SCHOOL|Brookfield Academy} cos of the year 11s, {NAME|Kacper} got jumped behind the sports hall last week"),
    (Y, "my number is {PHONE|07700 900 412} text me dont call my mum checks my calls"),
    (Y, "{NAME|Big Dre} n {NAME|Trigga} r always outside the chicken shop on the high street asking the younger ones to do runs"),
    (Y, "unsafe on the 38 bus. a man called {NAME|Ricky} kept tryna get my number n said he knows i live on {ADDRESS|Foxglove Close}"),
    (Y, "{NAME|Mhairi} is the only one who helped, she walked me home every day after what happened"),
    (Y, "ppl in my year shared pics of me, the insta is {HANDLE|@year9exposed_bfd} pls get it taken down"),
    (Y, "i live at {ADDRESS|14 Windermere Avenue} {POSTCODE|LS9 7QT} and the man next door shouts at me when mum is at work"),
    (Y, "the youth club helped. {NAME|Sky} the youth worker is sound n {NAME|Gethin} too, they dont judge u"),
    (Y, "hes called {NAME|K-Dot} on snap hes like 19 n keeps messaging my little sister who is 13"),
    (Y, "{NAME|mohammad}s cousin {NAME|Abdirahman} said he would sort it and he did, nobody has bothered me since"),
    (Y, "{NAME|FRANK} IS A WEIRDO HE WAITS OUTSIDE THE GIRLS TOILETS AT {SCHOOL|ST MARYS} EVERY BREAK"),
    (Y, "text {PHONE|o77oo 9oo 385} its my other phone lol"),
    (Y, "my email is {EMAIL|destiny.j2010@example.com} if u need me for the group thing"),
    (Y, "idk i just feel unsafe everywhere since {NAME|Liam} posted where i live on his story"),
    (Y, "me and {NAME|priya} and {NAME|harpreet} walk together now cos of the men that hang about near my house on {ADDRESS|Lindley Street}"),
    (Y, "{NAME|Wiktoria}s brother {NAME|Dawid} sells at the skate park everyone knows it"),
    (Y, "HELP ME PLS MY DOB IS {DATE_OF_BIRTH|04/07/2011} AND IM IN A CARE HOME ON {ADDRESS|BELLFIELD CRESCENT} AND STAFF DONT LISTEN"),
    (Y, "tiktok {HANDLE|@its.aoife.x} has the videos of the fight if u want proof"),
    (Y, "who helped: my youth worker {NAME|Hope} and my auntie {NAME|Bisi}. my dad didnt even ask"),
    (Y, "{NAME|will} said he will get me if i snitch so i aint saying nothing else"),
    (Y, "a man called {NAME|Sergiu} offered me n {NAME|Florin} work washing cars n then wanted us to hold bags for him"),
    (Y, "discord {HANDLE|shadowkid#4471} keeps sending me horrible stuff n pics i didnt ask for"),
    (Y, "i got followed home from {SCHOOL|Kingsmead} by a silver car, {NAME|Tomás} saw it too"),
    (Y, "my social worker {NAME|Siobhán} never calls back. her number {PHONE|0161 496 0732} just rings out"),
    (Y, "nobody helped. i told Mr {NAME|Patel} n he said stop being dramatic"),
    (Y, "WHERE: {ADDRESS|Flat 12, Coleridge House} on our estate, the stairwell is where they sit n smoke n u have to walk past"),
    (Y, "msg me on insta {HANDLE|ruby_r0se_x} i will tell u more there"),
    (Y, "{NAME|lil j} from the ends said if i carry for him he'll give me 50 a day"),
    (Y, "my bday is {DATE_OF_BIRTH|12th may 2009} so im 15 n they still treat me like a baby"),
    (Y, "{NAME|Chiamaka} and {NAME|Temi} helped me when i had a panic attack in the canteen at {SCHOOL|Oakwood High School}"),
    (Y, "the man in the corner shop {NAME|Yusuf} is nice he lets us wait inside when the older boys r about"),
    (Y, "people call me names cos im roma. {NAME|Lenuța} is my friend she gets it even worse"),
    (Y, "i stay at my dads sometimes {ADDRESS|27 Harrow Lane} n its not safe cos his mate {NAME|Gaz} is always there drunk"),
    (Y, "ring me on {PHONE|07700 nine double oh 518} after 4"),
    (Y, "this girl {NAME|Precious} from {SCHOOL|Hillcrest} made a fake account of me called {HANDLE|@hillcrest_tea_2024}"),
    (Y, "idk who helped tbh maybe {NAME|Nana Yaw} at church, he checks on me"),
    (Y, "{NAME|Ngozi}!!! she is the best mentor ever pls give her a pay rise"),
    (Y, "i got groomed online by someone calling himself {NAME|Jay}, his snap was {HANDLE|jaymoney_07}, police have my phone now"),
    (Y, "OUR STREET {ADDRESS|ASHGROVE ROAD} HAS NEEDLES EVERYWHERE AND MEN DEALING OUTSIDE THE OFFIE"),
    (Y, "{NAME|Eilidh} n {NAME|Ruairidh} both got battered at the bus station in the holidays n nobody did nothing"),
    (Y, "i feel unsafe when {NAME|Marcus} from my brothers friends comes round, he plays with my hair n says weird stuff"),
    (Y, "email me at {EMAIL|tyrese dot b at example dot com} dont put my real name on anything"),
    (Y, "im {NAME|Zainab}, 14, boys follow me on the way to {SCHOOL|Al-Noor Girls School} n shout stuff out of cars"),
    (Y, "tell us anything else: the police came to {ADDRESS|Kestrel Court} about my brother n treated my nan like rubbish"),
    (Y, "{NAME|Oisín} helped me, hes my best mate, he told Miss {NAME|Doherty} what was going on"),
]
RECORDS += [
    (Y, "call {PHONE|+44 7700 900 627} thats my whatsapp, im 19 n left care last year so i dont have a worker no more"),
    (Y, "me n {NAME|Ffion} got spiked at a house party on {ADDRESS|Heol Glas} n nobody believed us after"),
    (Y, "ma numbr is {PHONE|07700 9OO l96} dont tell the school"),
    (Y, "{NAME|Huong} n {NAME|Linh} from the nail bar where i work said the boss Mr {NAME|Tran} keeps our passports in his office"),
    (Y, "my brother {NAME|Minh} owes money to some men n they came to our flat {ADDRESS|Flat 3B Marlowe Tower} last night banging the door"),
    (Y, "{NAME|Hodan} n {NAME|Fadumo} r the ones who stood up for me when ppl pulled my hijab at the bus stop"),
    (Y, "im scared of {NAME|Abdi Warsame} he sends voice notes saying he knows what school i go to"),
    (Y, "my cousin {NAME|Wanjiru} came from kenya n is staying with us, the lady she cleans for doesnt pay her n keeps her phone"),
    (Y, "i live in {ADDRESS|Cedar House, Pembroke Estate} 7th floor the lift is always broke n men sleep in the stairs"),
    (Y, "DONT FEEL SAFE ANYWHERE. {NAME|BIG MO} RUNS THE BLOCK AND EVERYONE IS SCARED OF HIM EVEN THE ADULTS"),
    (Y, "theres a website with our pics on it {URL|www.rate-ur-ex.example.net/kingsway} pls shut it down"),
    (Y, "me n {NAME|joao} n {NAME|goncalo} got stopped n searched for nothing outside the station, the police were proper rude"),
    (Y, "who helped: {NAME|Inês} from the portuguese club n my mum, no one else"),
    (Y, "im 16 my nhs number is {NHS_NUMBER|999 526 0182} the nurse said i need it for the clinic but i lost the letter"),
    (Y, "sum1 made a tiktok {HANDLE|@snitches.of.southside} with my face on it n my name n everything"),
    (Y, "this lad {NAME|Cian} keeps asking for nudes n saying hell send my old ones to my mam"),
    (Y, "{NAME|Rhiannon}'s mum lets us stay at hers when my stepdad kicks off, shes the only safe adult i know"),
    (Y, "{NAME|Kwame} got stabbed outside {SCHOOL|Northgate Academy} in march and the school just said dont post about it"),
    (Y, "i live on the {ADDRESS|Beaconsfield estate} n theres always fights on a friday when the pubs shut"),
    (Y, "{NAME|Tahmina} and {NAME|Sadia} got followed by a man in a white van down {ADDRESS|Cobden Street} where they live"),
    (Y, "snap me {HANDLE|x_mariam_x} or ring {PHONE|07700900874}"),
    (Y, "my numbers {PHONE|oh seven seven double oh nine oh oh two four one} sorry cant type it my screen is cracked"),
    (Y, "{NAME|Ionuț} says the men at the car wash take all his money for rent n he is only 16"),
    (Y, "ME AND {NAME|KAYDEN} GOT CHASED BY {NAME|SMOKEY} AND THEM FROM {ADDRESS|MILLFIELD ESTATE} WITH A MACHETE"),
    (Y, "idk the name of it but its {SCHOOL|St Aidan's Catholic Primary} where my little bro goes n an older boy keeps hurting him"),
    (Y, "miss {NAME|Begum} at the PRU is the only one who helped me get back into lessons"),
    (Y, "unsafe at the train station in the dark. {NAME|Catriona} n me got flashed at by a guy on the platform"),
    (Y, "{NAME|Olumide} n {NAME|Babajide} r twins n they both helped me when i was getting bullied, love them"),
    (Y, "im 22 now but when i was 14 a man called {NAME|Steve Hargreaves} gave me lifts n vodka n nobody stopped it"),
    (Y, "i moved to {ADDRESS|9 Priory Walk} last month with my foster carer n its loads better tbh"),
    (Y, "feel unsafe on the {ADDRESS|Parkside estate} cos of {NAME|Lil Blade} and his lot, they rob phones off year 7s"),
    (Y, "Mr {NAME|Ó Súilleabháin} is safe he dont shout at u, he just talks to u normal"),
    (Y, "{NAME|Khalid} from {SCHOOL|Greenway High} takes pics of girls in PE n sends them round, teachers know"),
    (Y, "here is my details for the trip form: {NAME|Summer Baptiste}, dob {DATE_OF_BIRTH|21.09.2010}, number {PHONE|07700 900 133}"),
    (Y, "{NAME|Destiny} n {NAME|Faith} r my sisters they keep me safe, mum is always out"),
    (Y, "my ex {NAME|Reece} keeps turning up at my work n waiting for me, hes 24 im 17"),
    (Y, "add me on discord {HANDLE|gh0stgirl#0921} i can explain better there"),
    (Y, "{NAME|Dmytro} is new in my class from ukraine n the boys call him russian n push him, its not fair"),
    (Y, "i hate the {ADDRESS|Gorse Hill flats} where i live, someone set fire to the bins again"),
    (Y, "got a message from {EMAIL|lucky.winner(at)example.net} saying i won a phone n to send my bank details"),
    (Y, "{NAME|Xiaoling} n {NAME|Jun Hao} get called corona by year 8s every single day n nobody does anything"),
    (Y, "i told Aunty {NAME|Grace} n she rang the school, she is proper safe"),
    (Y, "{NAME|shanice} {NAME|tianna} n {NAME|kyra} r the ones who jumped me at {SCHOOL|parkview}"),
    (Y, "the man at the gym {NAME|Rob} keeps offering me supplements n saying i could make money selling them to my mates"),
    (Y, "i get the bus from outside my house {ADDRESS|112 Stanley Road} n the driver lets this man sit by me who touches my leg"),
    (Y, "Dr {NAME|Otieno} at the walk in centre believed me when no one else did"),
    (Y, "{NAME|Małgorzata} is my mums friend n she translates for us at meetings, she is the only one who explains stuff"),
    (Y, "my bf {NAME|Jermaine} gets angry when i dont answer n checks my phone, his snap is {HANDLE|jermz.2x}"),
    (Y, "IN CARE SINCE I WAS 8. MY LAST PLACEMENT WAS AT {ADDRESS|4 LARCH GROVE} AND THE CARER HIT ME. MY NAME IS {NAME|DANIELLE FOSTER}"),
    (Y, "stop asking where i feel unsafe. everywhere. ask {NAME|Lisa-Marie} in the office she knows"),
]
RECORDS += [
    (Y, "my nan lives at {ADDRESS|22 Bramley Close} {POSTCODE|M40 8JH} i go there when its bad at home"),
    (Y, "txt me {PHONE|07700\u200b900\u200b356} not on insta"),
    (Y, "{NAME|Niamh O'Neill} and {NAME|Saoirse} both saw what happened at the bus stop, they can back me up"),
    (Y, "{NAME|Aaliyah D'Souza} helped me report it on the school app when i was too scared"),
    (Y, "im not being funny but {NAME|Muhamed} from year 11 is the one selling vapes to year 7s at {SCHOOL|Castlebrook}"),
    (Y, "my little brothers {NAME|Hunter} n {NAME|King} see everything that goes on at home, i worry about them more than me"),
    (Y, "email {EMAIL|jade_w[dot]2008(at)example[dot]org} i check it at the library"),
    (Y, "the older girls {NAME|Chantelle} n {NAME|Demi} make us carry their stuff in our bags on the way in"),
    (Y, "i feel unsafe at home. my step dad {NAME|Wayne} drinks n my mum pretends she doesnt see"),
    (Y, "WHO HELPED ME: PC {NAME|HUSSAIN} AND THE LADY FROM VICTIM SUPPORT"),
    (Y, "{NAME|Gurpreet}s uncle drives us to school now cos of what happened to {NAME|Manpreet}"),
    (Y, "my insta is {HANDLE|@sky.blu3.x} pls follow its a page about mental health"),
    (Y, "me n {NAME|mark} got jumped for our bikes, the one who did it had a mark on his face like a scar"),
    (Y, "{NAME|Amani} said a man on the estate gives kids weed for free first then says u owe him"),
    (Y, "our address is {ADDRESS|Flat 7 Juniper Court} {POSTCODE|B23 6TW} can someone come n check on my mum she aint well"),
    (Y, "MY BEST MATE {NAME|JOSH}S DAD IS A COP AND HE STILL DIDNT HELP"),
    (Y, "{NAME|Róisín} got kicked off the group chat n then they made a new one just to slag her"),
    (Y, "{NAME|Tesfaye} helps me with english n walks with me to the mosque on fridays"),
    (Y, "the lad who did it is {NAME|Kieran McBride} from the year above, everyone knows"),
    (Y, "theres a page {URL|https://example.org/confessions/highfields} where people post who slept with who, my name is on it"),
    (Y, "sorry 4 spelling. {NAME|Jaydn} and {NAME|Kaydn} from my class hit me with a belt in the changing rooms"),
    (Y, "going to my mums flat in {ADDRESS|Halcyon House} the men on the balconies shout stuff at me"),
    (Y, "{NAME|Ayaan}'s cousins r in a gang from the {ADDRESS|Bridgewater estate} n they want him to join, hes 13"),
    (Y, "i am {NAME|Precious Adeyemi} i was born {DATE_OF_BIRTH|3 March 2008} i want to make a complaint about my placement"),
    (Y, "u can contact my support worker {NAME|Harriet} on {PHONE|0113 496 0581}"),
    (Y, "{NAME|Deshawn} got permanently excluded from {SCHOOL|Harefield Academy} for something {NAME|Connor} did"),
    (Y, "snapchat {HANDLE|bigdre_official} thats the one who keeps adding year 8 girls"),
    (Y, "my mums boyfriend {NAME|Dave} is the reason i dont go home"),
    (Y, "{NAME|Bogdan} says the van picks them up at 5am from outside {ADDRESS|31 Mill Road} n takes them to the farm"),
    (Y, "im 18 n i still see {NAME|Florica} from the roma support group she is amazing"),
    (Y, "stay away from {NAME|Ghost} n {NAME|Rico} they r bad news, they had my cousin holding stuff in his house"),
    (Y, "the girl who sent it round is {NAME|Maddison} in 9J"),
    (Y, "me n {NAME|Ciaran} used to get picked on on the school bus by the year 13s from {SCHOOL|St Patrick's College}"),
    (Y, "text {PHONE|o7700 900 l7l} after school"),
    (Y, "i got my dob wrong on the form its {DATE_OF_BIRTH|17/11/2009} not 2008"),
    (Y, "{NAME|Iolo} and {NAME|Cerys} are the only ones who didnt laugh when i cried in welsh"),
    (Y, "i feel safe at Nanna {NAME|Pat}s house n thats it"),
    (Y, "my dads new gf {NAME|Stacey} hits me when hes at work"),
    (Y, "pls help {NAME|Kofi} hes been missing since tuesday his mum is going mad"),
    (Y, "my username on roblox is {HANDLE|xXdestroyerXx_2011} n a grown man added me saying he was 12"),
    (Y, "{NAME|Abebe} and {NAME|Selam} r brother n sister n they got told to go back to africa at the park"),
    (Y, "where: {ADDRESS|Thornhill Road} where i live, cars speed n a kid got hit last year"),
    (Y, "{NAME|ALINA} FROM MY CLASS HAS BRUISES ALL THE TIME AND SAYS SHE FELL. SOMEONE NEEDS TO CHECK"),
    (Y, "i wnt to talk to sum1 my name is {NAME|jamal} my number {PHONE|07700 900 709}"),
    (Y, "{NAME|Noor} n {NAME|Layla} were the ones who told the teacher about the group chat"),
    (Y, "{NAME|T-Bone} is 20 n dating a girl in year 10 n everyone thinks its fine"),
    (Y, "my school is {SCHOOL|Kingsway Community College} n the toilets r the worst place, ppl vape n fight in there"),
    (Y, "who helped: {NAME|Sinéad} at the drop in, she got me a food bank voucher n a phone charger"),
    (Y, "the man who messaged me used the email {EMAIL|modelscout.uk@example.com} n said i could be famous"),
    (Y, "{NAME|Ebony} n her boyfriend {NAME|Tyler} took my phone n wont give it back unless i pay"),
]
# ---------------------------------------------------------------------------
# Young people's own words: nothing to remove (hard negatives)
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "where do u feel unsafe: town centre on a Friday night, esp round Wetherspoons n the taxi rank"),
    (Y, "WHO HELPED YOU: NOBODY. NOT THE POLICE NOT SOCIAL SERVICES NOT CAMHS. ONLY CHILDLINE"),
    (Y, "i rang Childline on 0800 1111 at like 2am n the lady was rly kind"),
    (Y, "mum n nan r the only ones i trust. Dad left when i was 6"),
    (Y, "unsafe at the Arndale cos security follow us round like we r gonna rob JD"),
    (Y, "Joy is not a word i would use to describe school lol"),
    (Y, "i hope they fix the lights in the park by Asda, its pitch black after 5 in November"),
    (Y, "tell us anything else: Will there be someone to talk to in the summer holidays? everything shuts in August"),
    (Y, "Frank discussion needed about how Year 9 boys talk about girls, teachers just laugh along"),
    (Y, "i get the 159 into Brixton n theres always someone kicking off at the back"),
    (Y, "Snapchat n TikTok r where most of the bullying happens, Instagram is just fake anyway"),
    (Y, "feel safest at the Boxing club on a Tuesday, Coach is strict but fair"),
    (Y, "WHERE: MANCHESTER PICCADILLY AT NIGHT. TOO MANY DRUNK MEN"),
    (Y, "ppl think Stormzy is from round here lol he isnt. anyway the bus stops r dodgy"),
    (Y, "my Nan says the Police used to be better. idk they never come when u call 999"),
    (Y, "i support Arsenal n get grief for it at school n on the bus, Spurs fans r the worst"),
    (Y, "the Youth Offending Team helped more than school did, my YOT worker actually turned up"),
    (Y, "Grace period on my phone contract is up n now i cant top up so i cant call anyone if something happens"),
    (Y, "Summer was the worst time, no school means no free dinners n nowhere to go"),
    (Y, "i feel unsafe on Sky Sports nights when Dad has his mates round n theyre all drinking"),
    (Y, "the Samaritans number is 116 123 i found it on a poster in the Boots toilets"),
    (Y, "Miss is the only one who listens, Sir just shouts"),
    (Y, "KOOTH HELPED ME WHEN THE CAMHS WAITING LIST WAS 18 MONTHS"),
    (Y, "Burger King on the retail park is where the older boys hang out n they take ur food"),
    (Y, "in Glasgow city centre at night its fine till about 11 then its messy"),
    (Y, "my mum calls me her precious boy but she still lets him stay"),
    (Y, "Destiny's Child came on in Tesco n I cried cos it was my sisters fave"),
    (Y, "got my Hunter wellies nicked from outside the changing rooms n Miss said its my own fault"),
    (Y, "Mark my words if Social Services come again I will run away"),
    (Y, "unsafe in Leeds by the Corn Exchange on a Saturday when the football lot r out"),
    (Y, "ngl the King's coronation was the only day the high street felt safe, police everywhere"),
    (Y, "my Rose Gold iPhone got robbed on the tram n the Police didnt even take a statement"),
    (Y, "Ruby Tuesday by the Rolling Stones is my nans fave song n she plays it when im sad"),
    (Y, "my Auntie helped me. And Nan. And my form tutor."),
    (Y, "i feel unsafe on Discord servers where grown men pretend to be 14"),
    (Y, "WHERE DO YOU FEEL UNSAFE: THE METROLINK, ESPECIALLY THE ROCHDALE LINE AFTER DARK"),
    (Y, "Primark, Greggs, McDonalds - thats where we go after school cos its warm n free-ish"),
    (Y, "i met Marcus Rashford at a food bank event once he was sound n asked how we were doing"),
    (Y, "hope this survey actually changes something, last year nothing happened"),
    (Y, "Will anyone actually read this?"),
    (Y, "the Job Centre sent me on a course in Wolverhampton n a man there kept messaging me after"),
    (Y, "i get bullied cos im into Taylor Swift n Harry Styles n the boys say im gay"),
    (Y, "Sunday League football is where i feel safe, the Gaffer looks out for us"),
    (Y, "dont feel safe in Luton town centre, the Mall is ok in the day but not after"),
    (Y, "no one helped. Not the GP, not the School Nurse, not the Head. i sorted it myself"),
    (Y, "my mate got groomed on Fortnite by someone saying he was a YouTuber"),
    (Y, "unsafe on the Northern line when its packed n men press up on u"),
    (Y, "in Cardiff after the rugby is horrible, everyone is steaming"),
    (Y, "Christmas is the worst cos Dad drinks from Christmas Eve till New Year"),
    (Y, "Ramadan is when i feel safest tbh everyone is calm n we go mosque together"),
    (Y, "Eid in Bradford is the best, Lister Park is packed n everyone is happy"),
    (Y, "DESTINY IS WHAT YOU MAKE IT MY MUM SAYS BUT ITS HARD ROUND HERE"),
    (Y, "i love the Brook clinic they dont judge u n its free"),
    (Y, "the Salvation Army shop lady gave me a coat in January when i had nothing"),
    (Y, "Barnardo's worker came every Wednesday n took me to Costa, best bit of my week"),
    (Y, "im 24 now n i still think about the care home in Rotherham. the Council should be ashamed"),
    (Y, "Uber drivers r creepy, one asked if i had a boyfriend n took the long way round"),
    (Y, "WhatsApp groups at school r toxic, someone always screenshots n sends it to the whole year"),
    (Y, "feel unsafe in Moss Side since the shooting in the Spring, mum wont let me out after 7"),
    (Y, "The Samaritans, Shout 85258 n Childline r all saved on my phone now just in case"),
    (Y, "the football at the Etihad is fine but walking back to Ancoats after is sketchy"),
    (Y, "my Grandad was in the Army n he taught me how to look after myself"),
    (Y, "Sky was grey every day in Blackpool n so was my mood, the B&B we lived in was horrible"),
    (Y, "i'm a Young Carer for my Mum n no one at college knows"),
    (Y, "Lidl car park after dark is where ppl sell, everyone knows, the Police just drive past"),
    (Y, "Ofsted came n the school pretended everything was perfect for 2 days"),
    (Y, "THE PCSO IN OUR AREA IS ALRIGHT HE PLAYS FOOTY WITH US ON A THURSDAY"),
    (Y, "Love Island gives boys the wrong idea about how to treat girls"),
    (Y, "Amber warning for snow n the buses stopped n i was stuck in Huddersfield with no charge"),
    (Y, "honestly Andrew Tate videos r everywhere at my school n the boys copy him"),
    (Y, "i go to the LGBT+ youth group at the Library on Mondays, its the only place i can be me"),
    (Y, "Notting Hill Carnival is rammed n i got separated from my mates n a man grabbed me"),
    (Y, "Aldi, B&M, Poundland: all the places where security follow us round cos we are young n black"),
    (Y, "i dont trust Social Services after what they did to my family in Birmingham"),
    (Y, "Mum's friend from church helped. And the Pastor"),
    (Y, "Snap Map shows where everyone is n thats how they found me, turn it off!!"),
    (Y, "feel unsafe on the Tube at Stratford when theres a match at the London Stadium"),
    (Y, "my Nan in Ballymena is the only safe place, i go there every Easter"),
    (Y, "MY BRO WORKS NIGHTS AT THE ROYAL MAIL SORTING OFFICE SO I SIT HOME ALONE"),
    (Y, "Chelsea fans on the District line r loud but not dangerous, its the lads from my own school"),
    (Y, "I will never forget the day the Police took my Dad. I was 9. nobody explained anything"),
    (Y, "Tuesday n Thursday r my worst days cos PE is first n the changing rooms r where it happens"),
    (Y, "the Gurdwara gives out free food n no one asks questions, that helped loads"),
    (Y, "A&E staff at the Royal were lovely when i went in after i took too many paracetamol"),
    (Y, "my fave rapper is Dave n my fave footballer is Saka, stop asking about my feelings lol"),
    (Y, "Patience is running out with the Council, we been waiting 2 years for a house that isnt mouldy"),
    (Y, "no Faith in the Police since they laughed when i reported it"),
    (Y, "the dawn raid at the flat next door woke the whole block, kids screaming, Police everywhere"),
    (Y, "Big shoutout to the Prince's Trust they got me on a course n now i have a job at Sainsbury's"),
    (Y, "WILL THE POLICE SEE THIS? IF SO PLS PATROL THE CANAL PATH BY THE RETAIL PARK"),
]
# ---------------------------------------------------------------------------
# Practitioners' writing, with identifiers
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Case note 14/02: Home visit to {ADDRESS|23 Alder Way}, {POSTCODE|NE6 4RS}. {NAME|Kayleigh} (15) presented as withdrawn. Mum reported {NAME|Kayleigh} has been going missing overnight and returning with new clothes."),
    (P, "Referral received from the DSL at {SCHOOL|Hollins Park Academy} regarding {NAME|Adebayo Ogunleye}, DOB {DATE_OF_BIRTH|09/05/2010}. Concerns re: unexplained cash and a second phone."),
    (P, "Strategy meeting minutes. Present: {NAME|J. Whitfield} (Social Worker), DC {NAME|Amir Rahman} (CSE team), {NAME|Laura Finch} (DSL), Mum. Apologies: CAMHS."),
    (P, "YP disclosed that a male known as {NAME|Tizzy} has been asking her to 'link' with older boys at his flat on {ADDRESS|Gainsborough Road}."),
    (P, "Email from {NAME|Rachel Okoro} ({EMAIL|r.okoro@example.org}): Hi {NAME|Tom}, just flagging that {NAME|Aisha} did not attend today. Her phone ({PHONE|07700 900 219}) is going to voicemail. Thanks, {NAME|Rachel}"),
    (P, "NHS No: {NHS_NUMBER|9991590838}. {NAME|Callum Reid} was seen at A&E following a fall; staff noted bruising inconsistent with the account given."),
    (P, "Youth worker record: {NAME|Jordan} said 'me and {NAME|Trey} got told to go country, {NAME|Trey} went to Ipswich for two weeks and came back with a black eye.'"),
    (P, "Dear Mrs {NAME|Kowalczyk}, I am writing to confirm that {NAME|Zuzanna} has been allocated a place at {SCHOOL|St Bede's RC High School} from September. Kind regards, {NAME|Helen Marsh}, Admissions"),
    (P, "Concern log: {NAME|Will Thompson} (Y10) seen getting into a black Audi after school. Driver described as early 20s, known locally as {NAME|Dotz}."),
    (P, "Missing episode return interview. {NAME|Ellie-Mae Robinson}, DOB {DATE_OF_BIRTH|30.01.2009}. Located at {ADDRESS|Flat 4, 61 Carlton Street}, {POSTCODE|SR2 8NP}, the address of an adult male ({NAME|Darren Pye}, 34)."),
    (P, "Mum ({NAME|Parveen Akhtar}) called the duty line from {PHONE|0161 496 0418} reporting that {NAME|Rizwan} had not come home since Friday."),
    (P, "MACE panel. Case 1: {NAME|K. Bennett} (16). Case 2: {NAME|S. Mahmood} (14). Both linked to the Instagram account {HANDLE|@westside_plugz}."),
    (P, "{NAME|Grace} told me she feels safe with her foster carer {NAME|Joy Adeyinka} but misses her little brother {NAME|Marley}."),
    (P, "PC {NAME|Dunleavy} attended {ADDRESS|8 Tudor Close} at 23:40 following a 999 call from a neighbour. Children present: {NAME|Oliver} (7) and {NAME|Mia} (12)."),
    (P, "Referral form. Name: {NAME|Blessing Chukwu}. DOB: {DATE_OF_BIRTH|15/08/2008}. Address: {ADDRESS|17 Fennel Street}, {POSTCODE|L4 6QY}. School: {SCHOOL|Larkspur High School}."),
    (P, "Spoke to {NAME|Hope} (YP) on the phone; she said her mum's partner {NAME|Lee} has taken her bank card. Advised re: Childline and gave my work mobile {PHONE|07700 900 864}."),
    (P, "Hi all, please find attached the chronology for {NAME|Yasin Farah}. I'll circulate minutes after Thursday. Best, {NAME|Gemma}"),
    (P, "Ms {NAME|Achterberg} (Head of Year 9) reports that {NAME|Jakub Nowak} has been sleeping in lessons and has unexplained injuries to his knuckles."),
    (P, "Youth worker record, Tues: {NAME|Sky} arrived upset. Said '{NAME|Tanisha} put my nudes in the group and now everyone has them.' Discussed Report Remove with {NAME|Sky}."),
    (P, "Contact details for Dad: Mr {NAME|Gheorghe Lakatos}, tel {PHONE|020 7946 0371}. Interpreter required (Romanian)."),
    (P, "LADO referral: allegation against a PE teacher, Mr {NAME|Carl Dempsey}, at {SCHOOL|Westfield Community School}, made by a Year 11 pupil ({NAME|R. Okafor})."),
    (P, "{NAME|Mhairi MacLeod}'s key worker {NAME|Iain} has asked for an urgent review of her placement at {ADDRESS|Birchwood House}."),
    (P, "CSE risk assessment: {NAME|Shannon}, 14. Contact with an adult male using Snapchat {HANDLE|mr_nice_guy94} and TikTok {HANDLE|@nicey.94}."),
    (P, "Minutes: DS {NAME|Priya Chauhan} updated that the phone seized from {NAME|Tyrell Simms} has been sent for download."),
    (P, "Re: {NAME|Nguyễn Văn Đức}, 16, UASC. Found in the back of a lorry at a service station. Age assessment pending. Placed with foster carer {NAME|Sandra Lyle}."),
    (P, "{NAME|Destiny} (YP) has been re-referred. Previous referral closed in May. Mum {NAME|Chantal} says {NAME|Destiny} is 'out all hours' with {NAME|Keisha} and older males."),
    (P, "Diolch / Thanks, {NAME|Dafydd ap Rhys} – Family Support Worker – {PHONE|01632 960 552} – {EMAIL|dafydd.aprhys@example.org}"),
    (P, "Call from {NAME|Imran}'s older sister {NAME|Nazia}: she is worried he is being groomed by the lads from {ADDRESS|Valley Road} where the family lives."),
    (P, "Return home interview for {NAME|Ruby Hartley}. {NAME|Ruby} said she stayed at a friend's in Blackpool but would not say who. Phone was off throughout."),
    (P, "CP conference for {NAME|Florin} and {NAME|Marius Dumitru}: both children to be made subject to Child Protection Plans under the category of neglect."),
    (P, "Note to file: {NAME|Mark} (YP) asked me to mark down that he does not want his dad informed. His dad is {NAME|Frank Coles}."),
    (P, "School nurse notes: {NAME|Amira El-Sayed}, Y8, NHS {NHS_NUMBER|999 016 6137}. Disclosed self-harm to forearms. Referred to CAMHS."),
    (P, "Hi {NAME|Bex}, can you chase {NAME|Tayo}'s GP? Surgery number is {PHONE|0113 496 0927}. Cheers, {NAME|Mo}"),
    (P, "Outreach session, {ADDRESS|Wharton Estate}: engaged with 6 YP incl. {NAME|Lil Tee}, {NAME|Jace} and {NAME|Kobi}. {NAME|Lil Tee} had a fresh cut above the eye and would not say how."),
    (P, "Referral from Father {NAME|Declan Byrne}, parish priest, who is worried about {NAME|Caoimhe} (13) after she said her uncle 'comes into her room'."),
    (P, "The young person gave the following details: name {NAME|Tamsin Pryce}, date of birth {DATE_OF_BIRTH|2nd October 2007}, currently sofa-surfing, last fixed address {ADDRESS|45 Beech Road}, {POSTCODE|CF24 3DL}."),
    (P, "{NAME|Oskar}'s mum ({NAME|Agnieszka}) does not speak English; an interpreter has been booked via Language Line."),
    (P, "Concern: YP's Discord {HANDLE|toxicprince#7781} is in contact with an adult on a server sharing extremist material. Prevent referral considered."),
    (P, "Please update the address for {NAME|Leila Haddad}: now {ADDRESS|Flat 9, Rowan Court, Churchill Way}, {POSTCODE|OX4 1GB}."),
    (P, "DC {NAME|Okonkwo} rang back: the male is {NAME|Lewis Barnes}, street name {NAME|Trigga}, 19, known to police for possession with intent."),
    (P, "{NAME|Precious} was seen at {SCHOOL|St Joseph's RC Primary} by the Early Help worker; she appeared hungry and asked for seconds at lunch."),
    (P, "Morning {NAME|Siân}, {NAME|Gwen} from the Youth Service here. {NAME|Carys Bevan} missed group again and her mum says she's 'with {NAME|Rhys}'. Can we talk? {NAME|Gwen}"),
    (P, "Record of YP's words: 'if i tell u about {NAME|K-Dot} he'll know it was me, he lives two doors down from us on {ADDRESS|Mafeking Road}'."),
    (P, "MARF completed for {NAME|Anya Volkova} (17). Concerns about an older partner, {NAME|Dmitri}, who controls her phone and finances."),
    (P, "TAF meeting: attendees {NAME|Claire Nuttall} (Early Help), {NAME|Abdul} (Dad), {NAME|Sharon Mills} (Family Hub), {NAME|Kian} (YP, for part)."),
    (P, "{NAME|Summer} reports being touched on the bus by an older pupil from {SCHOOL|Thornbury Grammar}. {NAME|Summer} wants it reported but not to her mum."),
    (P, "Foster carer {NAME|Hazel Wright} emailed from {EMAIL|hazel.wright.fc@example.net}: {NAME|Jayden} returned at 02:15 smelling of cannabis with £200 in cash."),
    (P, "Intel submitted re: {ADDRESS|Flat 22, Sorrel House}, where {NAME|Abdirizak Yusuf} and {NAME|Leon} are believed to have been cuckooed by a London line."),
    (P, "Update from the Virtual School: {NAME|Chloe}'s PEP has been moved to 12 March because {SCHOOL|Hartcliffe Academy} had an inspection."),
    (P, "Child's words: 'Nan {NAME|Maureen} is nice but she's always at bingo and Grandad {NAME|Tony} shouts'."),
]
RECORDS += [
    (P, "Health assessment (LAC): {NAME|Tyler-James Hughes}, DOB {DATE_OF_BIRTH|11/03/2012}, NHS number {NHS_NUMBER|999 186 0916}. Immunisations not up to date."),
    (P, "Referral sent to MASH ({EMAIL|mash.referrals@example.org}) re: {NAME|Nadia Begum} and her siblings {NAME|Safa} and {NAME|Yunus}."),
    (P, "YW notes: the group talked about {NAME|Bossman Tee} paying kids £100 to take 'parcels' to Margate. {NAME|Jonah} said he'd been asked twice."),
    (P, "Strategy discussion 03/11: agreed s47 enquiries for {NAME|Harvey Cole} (9). Lead: SW {NAME|Anita Sandhu}. Police: DC {NAME|Whitmore}."),
    (P, "{NAME|Faith} (YP) and {NAME|Patience} (sister) both disclosed that Dad, {NAME|Emmanuel Boateng}, hits them with a belt."),
    (P, "Dear Dr {NAME|Fernandes}, thank you for seeing {NAME|Tiago} at short notice. His NHS number is {NHS_NUMBER|999-390-9963}. Yours sincerely, {NAME|Beatriz Costa}, School Nurse"),
    (P, "Case note: phoned Mum on {PHONE|07700 900 451}, no answer. Phoned Nan ({NAME|Linda}) on {PHONE|01632 960 118} who said {NAME|Bailey} is staying with her at {ADDRESS|3 Meadow View}."),
    (P, "Complex Safeguarding meeting, item 3: {NAME|Ayo} and {NAME|Tobi Adeleke} seen with {NAME|Kane Dixon} (aka {NAME|K-Money}) in a hire car."),
    (P, "Child in Need review for {NAME|Ahmed} (14) and {NAME|Mariam} (11). Family moved to {ADDRESS|56 Sutherland Avenue}, {POSTCODE|G42 9PR} in June."),
    (P, "Text message received on the duty phone from YP: 'its {NAME|keira} im on the {ADDRESS|Forge estate} pls come now'."),
    (P, "Police log: {NAME|Zsolt Horváth} (17) arrested at {ADDRESS|Flat 2, 9 Station Approach} in possession of 14 wraps. Appropriate adult: {NAME|Kinga}, Mum."),
    (P, "Hi {NAME|Marcia}, {NAME|Duane}'s mentor {NAME|Femi} says he hasn't engaged since half term. Can you ring him on {PHONE|07700 900 992}?"),
    (P, "Practitioner reflection: {NAME|Jade} is a bright young person with a lot of hope for the future; she wants to study law at college."),
    (P, "{NAME|Hussein}'s Instagram ({HANDLE|@huss.gram}) shows images of him with a large amount of cash and a knife emoji in the caption."),
    (P, "Early Help assessment. Child: {NAME|Ava-Rose Pickering}. Parent: {NAME|Kerry Pickering}. Address: {ADDRESS|12 Laburnum Terrace}, {POSTCODE|HU3 2EW}. GP: Dr {NAME|Nwosu}."),
    (P, "Youth worker record (detached): approached group at the skate park. {NAME|Smiley}, {NAME|Dee} and a new lad called {NAME|Arjun} present. Gave out Brook cards."),
    (P, "Missing person report: {NAME|Olivia Kaczmarek}, DOB {DATE_OF_BIRTH|07/12/2008}, last seen wearing a North Face jacket at McDonald's on the retail park."),
    (P, "CAMHS letter: Dear Ms {NAME|Hollis}, {NAME|Ethan} has been added to the waiting list. Please call {PHONE|0161 496 0205} if his risk increases."),
    (P, "{NAME|River} (they/them, 15) told me they had been sleeping in the park because home 'isn't safe since {NAME|Gareth} moved in'."),
    (P, "Chair: {NAME|Dawn Pritchard}. Minutes: {NAME|Ola}. {NAME|Dawn} reminded the panel that minutes are confidential."),
    (P, "Supervision note: discussed {NAME|Lucas Ferreira}'s case with {NAME|Pete}. Agreed to escalate via the resolution protocol if the school does not respond."),
    (P, "Handover: {NAME|Alfie} (room 3) self-harmed at 21:00, wound dressed. {NAME|Kai} (room 5) absconded at 22:30; PC {NAME|Ahmed} took the missing report."),
    (P, "Online safety concern: {NAME|Lily} (12) is talking to '{NAME|Jake}, 15' on Roblox (username {HANDLE|JakeyBoi_2009}) who has asked her to move to Snapchat."),
    (P, "Referral: {NAME|Ifeoma Eze}, DOB {DATE_OF_BIRTH|24-06-2009}, {ADDRESS|78 Kingfisher Drive}, {POSTCODE|MK6 3BX}. Reason: suspected FGM risk ahead of summer travel."),
    (P, "From: {NAME|Sarah Keane}. To: {NAME|Jo Parr}. Subject: {NAME|Kelsey} – urgent. {NAME|Jo}, {NAME|Kelsey}'s mum has just rung to say the man from the car is outside the house again."),
    (P, "Strategy note: the adult, {NAME|Mehmet Yilmaz}, runs the barber's where {NAME|Rayan} and {NAME|Elias} have been 'working'."),
    (P, "Visited {NAME|Cheyenne} at her new placement. She said 'its alright but i miss {NAME|Brooke} and my nan'."),
    (P, "Case summary: {NAME|Roza Baláž}, 15, Slovak Roma heritage. Attendance at {SCHOOL|Grange Park Academy} 41%. Older brother {NAME|Jozef} in custody."),
    (P, "Call log: 16:05 – {NAME|Natalie} from {SCHOOL|Moorside Primary} rang re: {NAME|Harley} arriving with a black eye. Photos taken by school."),
    (P, "Dear all, {NAME|Hamza Qureshi} (DOB {DATE_OF_BIRTH|19/02/2007}) turns 18 next month. Leaving care PA: {NAME|Shona Reid}, {EMAIL|shona.reid@example.org}."),
    (P, "Intelligence suggests {NAME|Lil Ghost} and {NAME|Scrappy} are recruiting through a Snapchat story account, {HANDLE|ends_opportunities}."),
    (P, "YP stated: 'my name is {NAME|Precious} and my aunty {NAME|Comfort} is not my real aunty, she brought me here from Lagos'."),
    (P, "Meeting with Mr and Mrs {NAME|Chen}, parents of {NAME|Chen Yiling} (Y9), re: racist bullying. Perpetrators identified as {NAME|Tom H} and {NAME|Aiden W}."),
    (P, "Referral from housing officer {NAME|Paula}: the tenancy at {ADDRESS|Flat 16, Nightingale House} is being used by older males; the resident, {NAME|Graham Tate} (58), is vulnerable."),
    (P, "Safeguarding concern form. Name of child: {NAME|Ruairí Ó Dónaill}. Year: 8. Concern: states he is 'scared of Dad's friend {NAME|Seamus}'."),
    (P, "Ms {NAME|Adjei} from the Youth Justice Service will supervise {NAME|Kojo}'s referral order; first appointment Monday 10am."),
    (P, "Voicemail transcript: 'Hiya it's {NAME|Gemma-Louise} from {SCHOOL|Pennine View}, ring me back on {PHONE|0113 four nine six, oh two six three}, it's about {NAME|Jax}'."),
    (P, "The YP's phone number is recorded on the system as {PHONE|07700-900-348}."),
    (P, "Chronology entry 09/09: {NAME|Mikey} and {NAME|Shay} found in a car in Skegness with two adult males. Returned by Lincolnshire Police."),
    (P, "Please note {NAME|Hannah}'s preferred name is {NAME|Hal}; please use he/him in all records."),
    (P, "Notes from session with {NAME|Yewande}: she spoke about her stepdad, {NAME|Sola}, and said 'he says if I tell anyone he'll send me back to Nigeria'."),
    (P, "{NAME|Taylor} (YP) has been added to a WhatsApp group run by {NAME|Ashley Moran}, 22, where explicit images are shared."),
    (P, "Home visit: {ADDRESS|Flat 5, Cromer House}. Present: {NAME|Bronwen} (Mum), {NAME|Tegan} (14), {NAME|Osian} (4). Property cold, no food in the fridge."),
    (P, "Update from PCSO {NAME|Denholm}: {NAME|Reggie} and {NAME|Zak} were stopped on e-scooters outside {SCHOOL|Fairfield High}; both had balaclavas."),
    (P, "YOT worker's note: {NAME|Kyrie} said 'I only did it cos {NAME|Little Z} said he'd hurt my mum'."),
    (P, "Concern raised by the Imam about {NAME|Hamdi} (15), who is being taken out of the city at weekends by a relative, {NAME|Mahad}."),
    (P, "Contacts: {NAME|Agata} (foster carer), {PHONE|07700 900 017}; {NAME|Piotr} (foster carer), {PHONE|07700 900 018}."),
    (P, "Bail address for {NAME|Kieran Doyle}: {ADDRESS|94 Oakleigh Road}, {POSTCODE|BT12 6FN}, the home of his grandmother {NAME|Bridget Doyle}."),
    (P, "Audit note: {NAME|Thandiwe}'s file has no record of the 3 May disclosure, and Mr {NAME|Sithole} (father) has not been spoken to."),
    (P, "Web link provided by YP: {URL|https://www.example.com/u/stacz_hub} – appears to advertise 'work' for under-18s. Reported to CEOP."),
]
RECORDS += [
    (P, "NHS {NHS_NUMBER|9990308241} – {NAME|Lan Phạm}, 15, attended the sexual health clinic with an adult male who said he was her 'uncle'."),
    (P, "Referral: {NAME|Muhammad Ibrahim} (spelt {NAME|Mohammed} on the school system), DOB {DATE_OF_BIRTH|28/04/2010}. Request for Early Help."),
    (P, "Emergency placement: {NAME|Ava} and {NAME|Isla Grant} placed with carers {NAME|Morag} and {NAME|Alasdair MacKinnon} at {ADDRESS|Tigh na Mara, Shore Road}, {POSTCODE|IV2 5TF}."),
    (P, "Dear Ms {NAME|Nkemelu}, further to our call I can confirm {NAME|Chidi}'s exclusion from {SCHOOL|Riverside Free School} has been overturned. Regards, {NAME|A. Hartley}, Governor"),
    (P, "Session record: {NAME|Kelis} spoke about her ex, {NAME|Tre}, who 'makes me share my location 24/7'. We looked at healthy relationship resources from Women's Aid."),
    (P, "Interpreter (Somali) arranged for Mr {NAME|Abdullahi Warsame} and Mrs {NAME|Fartun Ali} for Thursday's ICPC."),
    (P, "Email: 'Hi {NAME|Wei}, thanks for flagging. Can you send me {NAME|Zhang Hao}'s DOB and address?' Reply: 'DOB {DATE_OF_BIRTH|05/09/2009}, {ADDRESS|33 Lime Street}, {POSTCODE|NG7 1LE}'."),
    (P, "Detached work log, Friday 21:00, high street. Spoke to {NAME|Courtney} (16), who was with {NAME|Ryan Platt}, 23. {NAME|Ryan} became aggressive when asked {NAME|Courtney}'s age."),
    (P, "{NAME|Jasmine}'s mum has asked that we contact her only by email: {EMAIL|k.ahmadi84@example.com}."),
    (P, "NRM referral submitted for {NAME|Thanh Nguyen} (16), found working in a cannabis grow at {ADDRESS|2 Orchard Lane}, {POSTCODE|ST6 4QN}. First responder: {NAME|Kate Lomas}."),
    (P, "YP's account: 'I met Uncle {NAME|Sammy} on TikTok, his account was {HANDLE|@sammy.sauce}, then he drove up to meet me'."),
    (P, "Referral for {NAME|Yusra Abdi} from the GP, Dr {NAME|Kapoor}: concerns re: low weight and the family's reluctance to engage."),
    (P, "Police contact: PC {NAME|Boateng}, collar 4471, telephone {PHONE|0113 496 0112}. Crime reference noted on file."),
    (P, "{NAME|Connor}'s sister {NAME|Macy} told the youth worker that {NAME|Connor} is 'doing shifts' for a man called {NAME|Gibbo}."),
    (P, "Minutes, 12 June. Actions: {NAME|SB} to contact school re attendance; {NAME|KT} to chase CAMHS; {NAME|RM} to update the chronology."),
    (P, "{NAME|Ashanti} (YP) told me: 'my real name is {NAME|Ashanti Grant-Lewis} but on the road they call me {NAME|Shanti}'."),
    (P, "Welfare check at {ADDRESS|flat 11 Keats House} requested; {NAME|Nevaeh} (5) heard crying for over an hour by neighbours."),
    (P, "Strategy meeting: the adult using the name '{NAME|Romeo}' on Snapchat ({HANDLE|romeo_xo_23}) is believed to be {NAME|Anthony Kiernan}, 31."),
    (P, "{NAME|Kacey}'s school ({SCHOOL|Ravensbourne}) report she has been wearing long sleeves in PE and flinching when touched."),
    (P, "Letter: Dear Parent/Carer of {NAME|Harrison Ogbonna}, date of birth {DATE_OF_BIRTH|01/01/2011}. We are writing to inform you of a change of social worker."),
    (P, "Case note: {NAME|Blessing} said her youth pastor {NAME|Joel} 'is the only one who knows'; consent given to speak to {NAME|Joel}."),
    (P, "NHS no. {NHS_NUMBER|9996281949} – {NAME|Ollie Sutcliffe}. Attended A&E with alcohol poisoning, aged 13. Brought in by a friend's mum ({NAME|Mandy})."),
    (P, "The concerning website is {URL|http://freegiftcards4u.example.net} which asks children for photos in exchange for vouchers."),
    (P, "Meeting with {NAME|Leanne Caddick} (Mum) and her advocate {NAME|Rosa}. Mum asked that {NAME|Rosa} attend all future meetings."),
    (P, "{NAME|Abdulrahman} and {NAME|Bilal} from {SCHOOL|Eastbrook School} were seen being collected in a taxi by an unknown adult on three occasions."),
    (P, "Youth worker's record, words as said: '{NAME|Saffron} told me {NAME|Bradley} films her and shows his mates, she wants it to stop'."),
    (P, "Allocated worker: {NAME|Tomasz Wiśniewski}, Children's Social Care, {PHONE|020 7946 0880}, {EMAIL|tomasz.wisniewski@example.org}."),
    (P, "CSE screening tool completed for {NAME|Leah} (14): score high. Known associates: {NAME|Jordan Ince}, {NAME|Sasha}, '{NAME|Big Man Ty}'."),
    (P, "{NAME|Amelia-Grace Tully} was born {DATE_OF_BIRTH|23 July 2012}; mum {NAME|Jodie} is 19 and was herself a looked-after child."),
    (P, "Please send any further information to {NAME|Fiona MacRae}, Named Nurse, at {EMAIL|fiona.macrae(at)example.org}."),
    (P, "Incident at {SCHOOL|St Michael's C of E Primary}: {NAME|Evie} found with a razor blade in her pencil case; the Head, Mrs {NAME|Davenport}, was informed."),
    (P, "YP disclosed that {NAME|Nico} (cousin, 19) stores items at their home, {ADDRESS|67 Ferndale Road}, and pays YP's brother to keep quiet."),
    (P, "MASH outcome: NFA for {NAME|Jacob}; Early Help offered to {NAME|Lauren} (Mum)."),
    (P, "Hospital discharge summary: patient {NAME|Kemi Adesanya}, NHS {NHS_NUMBER|999 821 9930}, DOB {DATE_OF_BIRTH|14.02.2008}. Overdose of sertraline; safety plan agreed."),
    (P, "Missing from care three times this month: {NAME|Jamal Osei}. Located twice at {ADDRESS|Block C, Hawthorn Estate} and once in Reading."),
    (P, "Note: {NAME|Ibrahim} asked us not to share details with his brother {NAME|Yahya}, who he says 'works for {NAME|Bunny}'."),
    (P, "Dear {NAME|Bernadette}, further to our telephone call I enclose the consent form for {NAME|Cathal}. Best wishes, {NAME|Orla}"),
    (P, "Intel: the Snapchat account {HANDLE|kingpinkash} and the Instagram {HANDLE|@kash.kingpin} are both believed to be run by {NAME|Akash Mistry}, 20."),
    (P, "Spoke with {NAME|Grace}'s Nan ({NAME|Evelyn}) who said {NAME|Grace} had been 'acting up' since meeting a boy called {NAME|Reuben} at the youth club."),
    (P, "{NAME|Kai-Jie Wong} (Y10) has been targeted with racist abuse on the school bus; the driver, {NAME|Norman}, did not intervene."),
    (P, "YP's words: 'me n {NAME|Fola} get sent to the shop at midnight by Aunty {NAME|Bukky} and the men outside say things'."),
    (P, "Child protection medical booked for {NAME|Leo Martins} (3) at 2pm; paediatrician Dr {NAME|Ong}."),
    (P, "Referral from Women's Aid re: {NAME|Stephanie Hughes} and children {NAME|Ruby} (8) and {NAME|Archie} (5); perpetrator {NAME|Scott Hughes} released from custody on Friday."),
    (P, "Please call {NAME|Tasha} back on {PHONE|+44 (0)7700 900 066} – she says her daughter {NAME|Lacey} has gone missing again."),
    (P, "Case discussion: {NAME|Ali Raza} (16) reports being threatened by {NAME|Saj} and {NAME|Waz} over a £300 'debt'."),
    (P, "Summary for panel: {NAME|Jenson}, 15, previously at {SCHOOL|Highfield Academy}, now at the PRU. Mum is {NAME|Kirsty Wade}."),
    (P, "GP letter from Dr {NAME|Mahmood} confirms {NAME|Amal} (NHS {NHS_NUMBER|999 518 1908}) has missed three appointments for her asthma."),
    (P, "Notes: YP refers to the adult only as '{NAME|Skinny}' and says he drives a white BMW."),
    (P, "Trafficking concern: {NAME|Lamin Jallow}, 17, from The Gambia, working 70-hour weeks at a car wash owned by {NAME|Ardit Hoxha}."),
    (P, "{NAME|Joy} from the Family Hub rang: {NAME|Precious Mensah} has not been seen since the family were evicted from {ADDRESS|41 Victoria Terrace}."),
]
# ---------------------------------------------------------------------------
# Practitioners' writing: nothing to remove (hard negatives)
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Strategy meeting held on Tuesday 14 May at the MASH. Attendees: Social Worker, DSL, Police (CSE team), CAMHS. Outcome: proceed to s47."),
    (P, "Frank discussion with Mum about the impact of Dad's drinking on the children. Mum accepted the concerns and agreed to a referral to Turning Point."),
    (P, "YP presented with low mood. Discussed hope for the future and what a good week would look like. Agreed to meet again next Thursday at the Youth Hub."),
    (P, "Mum will attend the Child Protection Conference on 3 December; Dad has declined. Interpreter (Tigrinya) booked."),
    (P, "Referral received from the Police via a PPN. No further details at this time. Allocated to the Duty Team."),
    (P, "Youth worker record: YP said 'Nan is the only one who cares, Mum's always with her new fella'. YP was tearful."),
    (P, "Advised YP of Childline (0800 1111) and Kooth, and how to report images through Report Remove."),
    (P, "Mark the date: multi-agency training on Contextual Safeguarding is on Wednesday 22 January in the Council Chamber."),
    (P, "Grace and Joy are the themes of this year's youth-led Christmas service at the Cathedral; young people from the Youth Council will read."),
    (P, "Police attended at 02:30 following a report of a disturbance. No arrests. Crime reference 13/45872/24. DASH completed: medium risk."),
    (P, "The Independent Reviewing Officer noted that the Care Plan has not been updated since March and the Pathway Plan is overdue."),
    (P, "YP supports Liverpool and lit up when talking about Mo Salah; used this to build rapport."),
    (P, "Outreach in Hyde Park, Leeds on Friday evening: approx 20 YP, mostly Year 10/11, alcohol present. Police informed via 101."),
    (P, "Summer holiday programme: HAF activities at the Leisure Centre Monday to Thursday, July and August. Free lunches provided."),
    (P, "Discussed with Team Manager. Decision: step down to Early Help with a Family Support Worker; review in 12 weeks."),
    (P, "YP disclosed she had been to Birmingham, Coventry and Stoke 'with the boys' over the Easter holidays. Did not want to say more."),
    (P, "Mum described Dad as 'a good man when he's sober'. Dad works nights at Amazon and sleeps during the day."),
    (P, "LADO consulted on 9 October. Threshold not met; advice given to the Headteacher regarding the staff conduct policy."),
    (P, "The Designated Safeguarding Lead reported that attendance has dropped to 62% since the October half term."),
    (P, "King's Cross station: BTP located the YP at 23:10 and returned her to the care home by taxi."),
    (P, "YP said he wants to join the Army like his Uncle, and has applied to the Army Cadets."),
    (P, "Sky, Netflix and an Xbox were observed in the living room; Mum said they were gifts from 'a friend'. Children's bedrooms had no bedding."),
    (P, "Young person was calm, polite and engaged well. Spoke about her love of netball and her hope to play for England one day."),
    (P, "The Police Sergeant confirmed that the vehicle, a grey Vauxhall Corsa, is registered to a hire company in Leicester."),
    (P, "YOT and Children's Services to hold a joint planning meeting before the Youth Court hearing on 18 February."),
    (P, "The family's solicitor confirmed that Nan's Will leaves the house to Mum, which may affect the housing application."),
    (P, "Precious little progress has been made since the last review; the school has not provided the promised mentoring."),
    (P, "Dawn visit by Police under s46 (Police Protection). Children taken to a place of safety. Emergency Duty Team informed."),
    (P, "Reminder: the NSPCC helpline is 0808 800 5000 and the Police non-emergency number is 101. Please include these on the leaflet."),
    (P, "Discussed the Prevent referral with the Channel Panel chair. Agreed that the YP's interest in Andrew Tate content alone does not meet threshold."),
    (P, "YP's Mum is a nurse at the Royal Infirmary and works twelve-hour shifts; Nan does the school pick-ups."),
    (P, "Rose Ward (CAMHS inpatient unit) have agreed a planned discharge for Friday with follow-up from the Crisis Team."),
    (P, "Summer and autumn terms were difficult; the spring term showed improvement after the move to the Nurture Group."),
    (P, "Concern raised by the school crossing patrol officer about a man in a van offering sweets near the school gates on Monday and Wednesday."),
    (P, "YP described being 'shotted' around Southend and Clacton by older boys from East London, and counting money 'for the line'."),
    (P, "Minutes, Exploitation Panel, 7 March. Item 1: trends – increase in recruitment via Snapchat and Telegram. Item 2: hotspots – Town Centre, bus station, retail park."),
    (P, "Hi all, apologies for missing the core group yesterday – I was in Court all day. Could someone share the minutes? Thanks"),
    (P, "YP's Dad drives for Uber and Bolt and is rarely home before midnight; Stepmum is expecting a baby in June."),
    (P, "Bruise recorded on the body map: left upper arm, approx 3cm, yellowing. Explanation given: 'fell off my bike'."),
    (P, "Holly, mistletoe and tinsel were up in the foster home and the YP said it was the 'first proper Christmas' she'd had."),
    (P, "Ruby anniversary party for the foster carers on Saturday; YP has asked to help decorate."),
    (P, "Faith leaders from the Mosque, the Gurdwara and the Church of England attended the community safety meeting at the Town Hall."),
    (P, "The Judge at the Family Court granted an Interim Care Order on Thursday; next hearing in six weeks."),
    (P, "Social Worker and Police Officer conducted a joint visit. Children seen alone. No marks seen. Home conditions adequate."),
    (P, "Summary: YP is 15, Year 11, lives with Mum, Nan and two younger siblings. Known to CAMHS (ADHD). No previous CP involvement."),
    (P, "The Education Welfare Officer will issue a formal warning if attendance does not improve by the end of the Autumn term."),
    (P, "During the session the YP talked about TikTok trends, Roblox and the new FIFA, and was more open than in previous weeks."),
    (P, "Young person asked whether Social Services 'will take me away'. Explained the role of the Social Worker and that the plan is for him to stay at home."),
    (P, "YP reported being approached in JD Sports at the Trafford Centre by an older male who offered to buy her trainers."),
    (P, "Risk indicators: going missing, new phone, older boyfriend, unexplained gifts, changes in dress, drop in attendance. Score: significant."),
    (P, "Reviewed by Service Manager on 30/09/2024. Case to remain open under Child in Need; next CIN meeting in four weeks."),
    (P, "YP wanted it recorded that she 'will not speak to the Police' and 'hopes everyone leaves her alone'."),
    (P, "The Headteacher, the SENCo and the Virtual School Head met to discuss an EHCP needs assessment."),
    (P, "The Pastor at the Pentecostal church has offered the family support with food and school uniform."),
    (P, "Frank, open conversation with the YP about consent and the law; he said nobody had explained it to him before."),
    (P, "Nan will collect the children from school on Mondays and Fridays; Mum will collect on the other days."),
    (P, "Signposted to the King's Trust Team programme starting in January at the College."),
    (P, "Young people at the Youth Forum said they feel unsafe in Hanley bus station and in Longton after dark."),
    (P, "Barnardo's SECOS service has accepted the referral; the first session will be at school on a Wednesday afternoon."),
    (P, "Case closed to Children's Social Care. Step-down letter sent to Mum and copied to the GP and the School Nurse."),
    (P, "No Recourse to Public Funds: family supported under s17. Mum is awaiting a Home Office decision."),
    (P, "YP asked the worker 'do you know Stormzy?' and laughed; rapport building going well."),
    (P, "Incident at the Co-op: YP caught taking baby formula; the store manager did not press charges. Police attended, Community Resolution."),
    (P, "The Crown Prosecution Service has decided not to charge; the Officer in Case will inform the family."),
    (P, "Duty Social Worker spoke with Dad by phone at 17:45; he was calm and agreed to the safety plan."),
    (P, "Multi-agency audit of neglect cases found chronologies were incomplete in 4 of 10 files; Team Managers to address in supervision."),
    (P, "In supervision we discussed how Signs of Safety can be applied to teenagers at risk outside the home."),
    (P, "Worried about: older males. Working well: relationship with Nan and the Youth Worker. Next steps: safety plan, disruption activity by Police."),
    (P, "Contact arrangements: supervised contact with Dad at the Family Centre every other Saturday, 10:00–12:00."),
    (P, "YP said 'the Feds stopped us again outside Nandos' and that he is stopped and searched 'every week'."),
    (P, "The Youth Justice Board guidance on Child First was shared with Panel members before the meeting."),
    (P, "Interpreter (Dari) was used throughout; YP arrived in the UK via Calais in a lorry and is seeking asylum."),
    (P, "New Year's Eve: the YP did not return to placement. Reported missing to the Police at 23:00; returned at 09:30 on 1 January."),
    (P, "YP said Mum 'chucked me out' after an argument about Dad. Stayed at a friend's. Offered a Staying Put conversation."),
    (P, "Safety planning: YP agreed to share her location on Find My iPhone with her foster carer when out after 8pm."),
    (P, "Police Scotland attended; YP was found in Aberdeen city centre and returned by train with a Social Worker."),
    (P, "Gwent Police and Cardiff Children's Services held a joint strategy meeting about the county line into Newport."),
    (P, "YP described the Youth Club as 'the only place I feel normal'; the Youth Worker is on annual leave until Monday."),
    (P, "The school's Head of Pastoral confirmed they hold no further information; the Attendance Officer will share the register."),
    (P, "YP is a talented artist and drew a rose for her Mum; she hopes to go to Art College."),
    (P, "Sunny, dry day; session held outdoors at the Country Park. Activities: orienteering and campfire cooking. Good engagement."),
    (P, "MARAC referral made: high-risk domestic abuse. IDVA allocated. Police to flag the address."),
    (P, "Mum asked for the meeting to be moved because of her appointment at the Job Centre on Tuesday morning."),
    (P, "Justice for the family will take time; the inquest has been adjourned until the Spring."),
    (P, "The young person's goals: get a part-time job at Greggs, pass Maths and English, and 'stay out of trouble'."),
    (P, "Practitioners noted a pattern: incidents cluster on Friday and Saturday nights and during school holidays, especially August."),
    (P, "Emailed the Consultant Paediatrician's secretary to request the medical report; awaiting reply."),
    (P, "YP told the worker 'Mum says I'm her little miracle cos the doctors said she couldn't have kids'."),
    (P, "The Crisis Team advised A&E if there are further concerns overnight, or to call 111 and select the mental health option."),
    (P, "Joint visit with the Health Visitor. Baby weighed, feeding well. Mum presented as tired but coping; Nan staying for two weeks."),
    (P, "YP reported that a Deliveroo rider had been following her from the Metro station; the description was passed to Northumbria Police."),
    (P, "Note for file: the Head of Year was not aware of the Child Protection Plan; the Social Worker has now shared the plan with the DSL."),
    (P, "Angel of the North trip cancelled due to weather; YP disappointed but accepted. Rearranged for the Easter holidays."),
    (P, "Bank Holiday weekend: the Emergency Duty Team received three calls about the YP; no further action required."),
]
# ---------------------------------------------------------------------------
# More records with identifiers (both voices), weighted to URLs, NHS numbers,
# emails, postcodes and dates of birth
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "look at this {URL|https://example.com/s/rate_the_year10s} its horrible n its got our faces on it"),
    (Y, "my postcode is {POSTCODE|e15 2qt} if thats what u need for the form"),
    (Y, "{NAME|marley} sent me this link {URL|bit.example.org/free-vbucks} n it hacked my account"),
    (Y, "date of birth {DATE_OF_BIRTH|29/02/2008} nhs {NHS_NUMBER|9997574915} im filling this in at the doctors sorry if its the wrong place"),
    (Y, "our new address is {ADDRESS|6 Sycamore Rise} {POSTCODE|WV10 9HS} but pls dont give it to my dad"),
    (Y, "u can email me {EMAIL|ffionhaf09 at example dot net} i dont really use insta"),
    (Y, "the man gave me a site to sign up for modelling {URL|www.example.net/castings?ref=k4yla} n asked for pics in my underwear"),
    (Y, "im {NAME|Amara} n my bday is {DATE_OF_BIRTH|8 jan 2011} i want to join the youth council"),
    (Y, "CAN SOMEONE RING MY NAN {NAME|BERYL} ON {PHONE|01632 960 743} SHE IS ON HER OWN AND SCARED OF THE KIDS ON THE ESTATE"),
    (Y, "this is my mentor {NAME|Kwabena}'s email {EMAIL|kwabena.mentor@example.org} he said i can give it u"),
    (P, "Looked-after health review: {NAME|Reuben Asante}, NHS {NHS_NUMBER|999 186 2528}, DOB {DATE_OF_BIRTH|06/06/2013}. Dental check overdue."),
    (P, "Screenshot shows the YP's profile at {URL|https://www.example.org/profile/lexi.xo} with her school uniform visible."),
    (P, "Address for correspondence: {ADDRESS|Flat 3, 18 Harcourt Road}, {POSTCODE|BS5 0JA}. Please do not send letters to Dad's address."),
    (P, "Sibling details: {NAME|Ezra} (DOB {DATE_OF_BIRTH|12/10/2015}) and {NAME|Naomi} (DOB {DATE_OF_BIRTH|03/03/2018}), NHS {NHS_NUMBER|9997601890} and {NHS_NUMBER|9995075296} respectively."),
    (P, "Referral emailed from {EMAIL|dsl.stmarks@example.org} by the DSL at {SCHOOL|St Mark's Primary} re: {NAME|Kacie} (Y5)."),
    (P, "YP's new Instagram is {HANDLE|@not.lexi.again} and her TikTok is {HANDLE|@lexxi_2010}; please add both to the safety plan."),
    (P, "Police welfare check requested at {ADDRESS|27 Wolseley Street}, {POSTCODE|DN31 2AU} for {NAME|Maisie Clark} (13), NHS {NHS_NUMBER|9993667129}."),
    (P, "From {NAME|Lindiwe Dube}, School Counsellor: I am concerned about {NAME|Kai} in 8R. Please contact me on {EMAIL|l.dube@example.net} or {PHONE|0161 496 0693}."),
    (P, "Online page set up by the family: {URL|example.com/justice-for-j4ylen}. Comments include threats against {NAME|Deon Carter}."),
    (P, "Referral: {NAME|Oluwadamilare Adeyemi} ({NAME|Dami}), DOB {DATE_OF_BIRTH|17 Sept 2009}, {ADDRESS|Flat 19, Tennyson House, Ruskin Estate}, {POSTCODE|SE15 4NU}."),
]
# ---------------------------------------------------------------------------
# A few more obfuscation forms and hard negatives
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "ring me on {PHONE|0 7 7 0 0 9 0 0 6 5 4} lol i put spaces so the bots dont get it"),
    (P, "Mobile number copied from the YP's text message: {PHONE|0770\u200b0 900\u200b 311}. Number not previously known to us."),
    (Y, "Ms {NAME|Ní Bhriain} the irish teacher is the one i told n she sorted it in a day"),
    (Y, "YO ITS {NAME|DREADZ} HIT ME UP ON DISCORD {HANDLE|DREADZ#0001} IF U WANT TO KNOW WHO DID IT"),
    (P, "Email received from the YP's personal account, {EMAIL|nxtlvl.shay@example.com}, at 03:12: 'pls dont tell {NAME|Dionne} i emailed'."),
    (Y, "went to Frankie & Benny's for my 16th with Mum n Nan, best day in ages"),
    (P, "YP enjoys watching Match of the Day with Grandad and supports Celtic; the session ended early for the Old Firm game."),
]

if __name__ == "__main__":
    sys.exit(main())
