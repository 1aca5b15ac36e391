#!/usr/bin/env python3
"""Build set_i.jsonl: an independent, hand-written evaluation set for a de-identifier.

Every line below was written by hand. Each line starts with Y| (young_person)
or C| (case_note). Labelled spans are marked inline as {TYPE|surface}.
All names, places, numbers and events are invented. Phone numbers use Ofcom
drama ranges, emails use example.com / example.org, postcodes use an inward
code starting with 9, NHS numbers are invented 10-digit strings that pass the
Modulus 11 check.

Standard library only.  Run:  python3 build.py
"""
import json
import os
import random
import re
import sys
from collections import Counter

TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE",
         "URL", "NHS_NUMBER", "DATE_OF_BIRTH"}
STYLE = {"Y": "young_person", "C": "case_note"}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")

BLOCKS = []


def nhs_ok(digits):
    d = [int(c) for c in digits]
    if len(d) != 10:
        return False
    total = sum(d[i] * (10 - i) for i in range(9))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == d[9]


def parse(raw, where):
    if raw[1:2] != "|" or raw[0] not in STYLE:
        raise ValueError("%s: bad prefix: %r" % (where, raw))
    style = STYLE[raw[0]]
    body = raw[2:]
    text_parts = []
    spans = []
    pos = 0
    out_len = 0
    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        typ, surface = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("%s: unknown type %s in %r" % (where, typ, raw))
        spans.append({"start": out_len, "end": out_len + len(surface), "type": typ})
        text_parts.append(surface)
        out_len += len(surface)
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    if "{" in text or "}" in text:
        raise ValueError("%s: stray brace in %r" % (where, raw))
    if text != text.strip() or not text:
        raise ValueError("%s: edge whitespace/empty text %r" % (where, raw))
    prev_end = -1
    for s in spans:
        surf = text[s["start"]:s["end"]]
        if not surf:
            raise ValueError("%s: empty span in %r" % (where, raw))
        if surf != surf.strip():
            raise ValueError("%s: edge whitespace in span %r" % (where, surf))
        if s["start"] < prev_end:
            raise ValueError("%s: overlap/unsorted in %r" % (where, raw))
        prev_end = s["end"]
        if s["type"] == "NHS_NUMBER":
            digits = re.sub(r"[ -]", "", surf)
            if not nhs_ok(digits):
                raise ValueError("%s: NHS number fails Modulus 11: %r" % (where, surf))
    # Warn about unlabelled 10-digit runs that happen to pass Modulus 11.
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    for m in re.finditer(r"(?<!\d)(\d{3}[ -]?\d{3}[ -]?\d{4}|\d{10})(?!\d)", text):
        digits = re.sub(r"[ -]", "", m.group(0))
        if m.start() not in covered and nhs_ok(digits):
            print("WARNING %s: unlabelled number passes Mod 11: %r" % (where, m.group(0)),
                  file=sys.stderr)
    return {"style": style, "text": text, "spans": spans}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    seen = {}
    for bi, block in enumerate(BLOCKS):
        for li, raw in enumerate(block.strip("\n").split("\n")):
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            where = "block %d line %d" % (bi + 1, li + 1)
            rec = parse(raw, where)
            if rec["text"] in seen:
                raise ValueError("%s: duplicate text (also %s): %r"
                                 % (where, seen[rec["text"]], rec["text"]))
            seen[rec["text"]] = where
            records.append(rec)
    random.Random(20261206).shuffle(records)
    out_path = os.path.join(here, "set_i.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        for i, rec in enumerate(records, 1):
            obj = {"id": "i%04d" % i, "style": rec["style"], "text": rec["text"],
                   "spans": rec["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    styles = Counter(r["style"] for r in records)
    clean = sum(1 for r in records if not r["spans"])
    clean_by_style = Counter(r["style"] for r in records if not r["spans"])
    types = Counter(s["type"] for r in records for s in r["spans"])
    print("lines: %d" % len(records))
    for st in ("young_person", "case_note"):
        print("  %s: %d (clean %d)" % (st, styles[st], clean_by_style[st]))
    print("clean lines (no spans): %d (%.1f%%)" % (clean, 100.0 * clean / len(records)))
    print("spans: %d" % sum(types.values()))
    for t in sorted(TYPES, key=lambda t: (-types[t], t)):
        print("  %s: %d" % (t, types[t]))
    print("wrote %s" % out_path)


# ---------------------------------------------------------------------------
# Hand-written lines
# ---------------------------------------------------------------------------

# Young people's survey answers, part 1
BLOCKS.append(r"""
Y|me n {NAME|kayden} went preston on the train and this older lad paid for everyting
Y|dunno really, i just felt like no one was listening to me at the time
Y|my mate {NAME|tyrese} got me the job at first it was just dropping bags off
Y|{NAME|Big T} said if i didnt do it he would tell my mum wat i done
Y|i went to chester with my cousins for the day it was sound
Y|the youth worker {NAME|Jodie} was the only one who actualy helped me
Y|no
Y|i dont wanna say
Y|they used to pick us up outside greggs on a friday after skl
Y|ring {NAME|lil dre} on {PHONE|07700 900417} if u want work thats wat they said
Y|i was 13 wen it started and i thought {NAME|Marcus} was my boyfriend
Y|my nan {NAME|Pat} kicked me out so i was sofa surfing at {NAME|shanice}s
Y|hope things get better for other kids tbh
Y|{NAME|Hope} was the one who told me bout the party
Y|i will tell someone next time i promise
Y|{NAME|Will} from the estate kept messaging me on snap
Y|add me {HANDLE|@kiera.xo_07} if u want to talk
Y|got sent to {ADDRESS|22 Harrow Close} to pick up a phone n some money
Y|it was summer holidays and we was bored so we went town
Y|{NAME|Summer} and {NAME|Grace} came wiv me to the police station
Y|grace n mark r my keyworkers and they r ok i guess
Y|the police took my phone and never gave it back, proper annoying
Y|{NAME|zain} and {NAME|ibby} got arrested in lincoln in march
Y|i go {SCHOOL|Oakfield Park Academy} but i dont really go if u get me
Y|i got kicked out of {SCHOOL|St Aidan's Catholic High} in year 9
Y|weed mostly sometimes ket at partys
Y|they called it "going country" and said i could earn 500 a week
Y|{NAME|Amara} my sister knew but she didnt say anything
Y|i liked the PCSO she was kind to me
Y|the lads at the chicken shop on tuesdays, thats were it all happened
Y|mum wont let me see {NAME|jayden} no more cos of wat happened
Y|it was a guy called {NAME|Reece} he was like 24 but said he was 17
Y|i got a text from {PHONE|07700 900 862} saying come outside
Y|she said her name was {NAME|Precious} and she was from birmingham
Y|in the end i told my teacher Miss {NAME|Khan}
Y|snapchat mostly, sometimes tiktok
Y|nothing i just want to be left alone
Y|we used to chill at mcdonalds till like 2am
Y|{NAME|mo} said i owed him 300 quid for the stuff that got taken
Y|i was scared to go home cos {NAME|Dwayne} knew were i lived
Y|{NAME|kez} n {NAME|tash} took me to a house party in {ADDRESS|Flat 3, 41 Mercer Road}
Y|the social worker was alright, better than the last one
Y|i dont trust police after wat happened to my brother
Y|he was always buying me stuff from jd and primark
Y|yeh my mum found out in may and went mad
Y|{NAME|Chantelle}, {NAME|Ruby} and {NAME|Nyah} all got sent out with me
Y|i live near the park off {ADDRESS|Ashdown Lane} not saying more than that
Y|{NAME|RJ} was the one who ran the line
Y|if i could change one thing it would be more stuff for young people to do
Y|i told mrs {NAME|okafor} at school and she rang my mum
Y|the line was called the "Smokey" line, everyone knew it
Y|bro {NAME|Kwame} got stabbed in august and thats when i wanted out
Y|my insta is {HANDLE|@realyungz_} but its private
Y|they said if i grassed they would hurt my little brother
Y|it was alright at the start, free food and that
Y|{NAME|Ellie-May} showed me how to hide stuff so the police wouldnt find it
Y|i had to go to the hospital cos i was that drunk, {NAME|Keeley} rang the ambulance
Y|i want to go college and do hair n beauty
Y|dunno, {NAME|Skinz} probs
Y|not bein funny but the surveys are pointless
Y|i was born {DATE_OF_BIRTH|12/06/2010} if u need that
Y|{NAME|Aleksander} and his brother {NAME|Tomasz} used to drive us round
Y|it happens to boys too not just girls
Y|i used to meet him behind aldi near the bus stop
Y|my phone was saved as "{NAME|Dee} from work" so mum wouldnt know
Y|he saved his number as "Aunty {NAME|Bev}" in my phone, {PHONE|07700 900355}
Y|our house is {ADDRESS|9 Kestrel Way}, {POSTCODE|LS6 9ZZ} but i dont live there no more
Y|the worst bit was the train to blackpool on my own
Y|{NAME|Precious-Joy} is my best friend, she got me through it
Y|i think the school nurse should be there more days
Y|{NAME|Deano} and {NAME|Rhys} used to take us to the canal
""")

# Professional text, part 1
BLOCKS.append(r"""
C|Social worker {NAME|Ama Owusu} attended the strategy meeting on behalf of CSC.
C|Strategy discussion held under Section 47 of the Children Act 1989; threshold met.
C|{NAME|Kieran Doyle} (DOB {DATE_OF_BIRTH|03/11/2008}) was found in Preston by BTP officers.
C|DC {NAME|Harrison} confirmed the NRM referral has been submitted.
C|Hi {NAME|Sarah}, please see the attached minutes from Tuesday. Kind regards, {NAME|Tom}
C|Missing episode reported at 23:40; returned at 06:15 the following morning.
C|Return home interview completed by {NAME|Leanne Pickersgill} from the missing service.
C|Mother reports that {NAME|Jaylen} has been receiving new clothes and trainers of unknown origin.
C|Concerns raised under Operation Makesafe regarding hotels near the ring road.
C|Clare's Law disclosure was considered but not progressed at this stage.
C|PCSO {NAME|Gill Ashworth} observed the YP getting into a grey Audi near the retail park.
C|Referral received from {SCHOOL|Hollins Brook Primary School} via the DSL.
C|Referral received from DSL Mrs {NAME|P. Adebayo} at {SCHOOL|Greenacre High School}.
C|NHS number: {NHS_NUMBER|943 476 5870}.
C|MASH outcome: step down to Early Help, no further action from CSC.
C|Please contact me on {PHONE|0113 496 0721} or {EMAIL|r.hussain@example.org} if anything changes.
C|The young person is known to YOS and has an open Child in Need plan.
C|Home address: {ADDRESS|17 Wexford Terrace, Hillsworth}, {POSTCODE|LS11 9QT}.
C|{NAME|KM} disclosed that {NAME|J.T.} had taken her to an address in Chester.
C|CAMHS have declined the referral as no diagnosable mental health need was identified.
C|IRO {NAME|Bernadette Quinn} chaired the review; all actions carried forward.
C|Crime reference 13/48120/26 relates to the assault on 14th February.
C|The CSE risk assessment was updated and the risk level remains significant.
C|Aunt {NAME|Folasade} has agreed to act as an appropriate adult.
C|{NAME|Mohammed Iqbal} and {NAME|Haris Iqbal} were both identified as associates.
C|Disruption notices (CAWNs) served on two adult males on 9 June.
C|Dear {NAME|Priya}, thank you for your email. I have spoken to the team and we will hold a TAF on Monday. Best wishes, {NAME|Gareth Lloyd}
C|Action: SW to complete chronology by end of May.
C|Action: {NAME|GL} to liaise with housing re: emergency placement.
C|{NAME|Mark} has not been seen at school since the Easter holidays.
C|Mark the case as closed once the final visit has been completed.
C|Grace period of 28 days agreed before the placement review.
C|{NAME|Grace Mbeki}, the foster carer, reported that the YP went missing overnight.
C|Police intelligence suggests the county line is operating between Manchester and Lancaster.
C|No safeguarding concerns were identified during the home visit.
C|Father, {NAME|Dariusz Nowak}, is currently serving a custodial sentence.
C|Sister {NAME|Oluwaseun} (aged 19) has been visiting the placement without authorisation.
C|The YP's phone contacts included "{NAME|Chino}" and "{NAME|Snowy}", both linked to the Red Brick line.
C|The YP was seen leaving Boots with two older females.
C|Attendance at {SCHOOL|Castlegate Academy} has dropped to 46% this term.
C|GP: Dr {NAME|Anand} at the Abbeydale Medical Centre.
C|Contact made with Barnardo's to request a specialist worker.
C|Victoria Street health centre confirmed the sexual health appointment went ahead.
C|Email from {EMAIL|lisa.brennan@example.com} received 10:12, forwarded to the MASH inbox.
C|{NAME|Tyler-Jay Robinson}'s mother has asked for the meeting to be moved.
C|Operation Stanley continues to target known addresses in the city centre.
C|Information shared under Working Together to Safeguard Children 2023.
C|Minutes: Present – {NAME|A. Owusu} (SW), {NAME|D. Fraser} (Police), {NAME|H. Lim} (Education), {NAME|C. Murphy} (Health).
C|Apologies: YOT manager, school nurse.
C|The next MACE meeting is scheduled for Thursday 12th March at 10:00.
C|{NAME|Leon} was stopped and searched and found in possession of £340 cash and two phones.
C|Sainsbury's security staff contacted police after the YP was seen with an adult male.
C|The YP refers to the adult as "Uncle {NAME|Fez}" although they are not related.
C|Her Instagram account {HANDLE|@baddiebri.x} was used to contact other girls in the year group.
C|Profile link: {URL|https://www.example.com/u/trapking_77}
C|Trafficking concerns to be raised with the SPOC at the NCA.
C|Placement at {ADDRESS|Willow House, 4 Brindle Street} ended on 3rd January.
C|The YP reported that {NAME|Shaq} had a knife on him at the party.
C|Mum was advised to contact 101 if the YP goes missing again.
C|Health: NHS No. {NHS_NUMBER|9960308243}, registered with the Castle Road surgery.
C|The YP disclosed that she had been taken to Blackburn and Burnley on several occasions.
C|{NAME|Anjali} (sibling, aged 11) is also open to CSC under a CIN plan.
C|No further concerns re: exploitation; case to close to the CE team.
C|A Child Protection conference will be convened within 15 working days.
C|Social Care have requested an updated chronology from Health.
C|Regards, {NAME|Nadia} | Missing From Home Coordinator | {PHONE|020 7946 0315}
""")

# Young people's survey answers, part 2
BLOCKS.append(r"""
Y|idk {NAME|jj} just said get in the car so i did
Y|me n my boyz used to shot a bit of bud nothin mad
Y|he would send me to buy stuff from the shop n keep the change
Y|{NAME|amir} told me its easy money n no one gets caught
Y|ngl it was fun at first then it got scary
Y|i was in a trap house in stoke for 4 days wiv no charger
Y|{NAME|Lil Sosa} and {NAME|Ghost} was the ones who picked me up
Y|my keyworker {NAME|Fatima} is safe she helped me get my nails done n talked to me
Y|cant remember the address it was near the big asda
Y|{NAME|Bailey} kept sayin ur my wifey n stuff
Y|school dont care they just exclude u
Y|{NAME|tia} n {NAME|courtney} told me bout it at the bus station
Y|i went missing like 6 times last year
Y|his snap was {HANDLE|mazzy_2k9} and he had loads of money in his pics
Y|i told the lady from barnardos and she was alright
Y|the police kept asking me for names but i wasnt gonna say
Y|my dad {NAME|Errol} dont know any of this
Y|it was in the flats on {ADDRESS|Claremont Rise} by the chippy
Y|{NAME|Ngozi} is my support worker now and shes better
Y|more youth clubs, free stuff to do at weekends, thats it
Y|we went to nandos then back to his mates
Y|{NAME|bradz} n {NAME|connor} got me into it
Y|the feds stopped us in wakefield
Y|i was scared of {NAME|Kaz} more than the police
Y|i dont have a phone no more so u cant contact me
Y|call my mum on {PHONE|07700 900588} not me
Y|i was 14, {NAME|Jamal} was 22
Y|every sunday we would go to his mums for dinner and it felt like family
Y|yh i had a CSE worker but she left
Y|{NAME|Sienna} got pregnant and moved away
Y|my mate from {SCHOOL|Ridgeway High} went through the same thing
Y|it was on snap, someone put me in a group chat called "money team"
Y|{NAME|Dimitri} had a range rover and flashed cash about
Y|i thort he loved me
Y|{NAME|Mia}, {NAME|Lacey}, {NAME|Holly} and {NAME|Jess} r my real friends
Y|holly is a good name for a dog lol
Y|i aint sayin nothing bout {NAME|Tee} he'll know it was me
Y|once he made me hold a package on the tram to salford
Y|i was drinking a lot of vodka at the time
Y|sometimes i miss them, is that weird
Y|{NAME|Paris} was with me when we got picked up
Y|we went to paris on a school trip in year 8 it was sick
Y|my foster carer {NAME|Dawn} is strict but fair
Y|i wake up at dawn cos i cant sleep
Y|{NAME|Rocco} told me to hide it in my bra
Y|i just want my own flat and a job
Y|he lived at {ADDRESS|56 Tanner Street}, {POSTCODE|BD3 9RS} i think
Y|they made me do a video and said they would send it to everyone
Y|u can email me at {EMAIL|princess.k2010@example.com}
Y|i go to the pru now not normal skl
Y|ms {NAME|bennett} from the pru is my fav teacher
Y|idk its just wat happens round here innit
Y|{NAME|Mohammed} from year 11 was dealing at school
Y|spice is everywhere in the town centre
Y|{NAME|Abdi} and {NAME|Hamza} are my cousins they wernt involved
Y|i got beaten up in june by some lads i owed money to
Y|{NAME|chloe} told {NAME|macy} who told everyone
Y|my phone is {PHONE|07700900231}
Y|it stopped when i moved to my dads in rochdale
Y|the nurse at the walk in centre was really nice
Y|I would tell other young people to speak to someone they trust
Y|{NAME|dre} and {NAME|lil k} took me to a hotel off the motorway
Y|i was given a burner phone and a bank card that wasnt mine
Y|sunday and monday nights mostly
Y|{NAME|Autumn} my little sister is only 9 and i worry about her
Y|in autumn it got worse cos it was darker earlier
Y|{NAME|Baz} runs the shop and lets them use the back room
""")

# Professional text, part 2
BLOCKS.append(r"""
C|{NAME|Ruby-Rose Hartley} (DOB {DATE_OF_BIRTH|22 April 2009}) was reported missing by her carer at 21:00.
C|Strategy meeting attendees: {NAME|Siobhan Kelly} (Team Manager), {NAME|Ravi Chandran} (DS), {NAME|Emma Whitworth} (School Nurse).
C|Mother, Ms {NAME|Kerry-Ann Bloom}, was present and engaged well.
C|{NAME|Tariq} was located at {ADDRESS|Flat 12, Merrion Court, Bridge Lane} with two adult males.
C|Address of concern: {ADDRESS|88 Holloway Road, Denholme}, {POSTCODE|BD13 9HX}.
C|{NAME|Liam O'Sullivan} has been identified as a potential perpetrator and is subject to a CAWN.
C|Phone seized; contacts included "{NAME|Bossman}" ({PHONE|07700 900671}) and "{NAME|Ricky D}" ({PHONE|07700 900672}).
C|DS {NAME|Wojcik} requested that education share attendance data for the last two terms.
C|Many thanks {NAME|Helen}, I'll pick this up with {NAME|Yusuf} tomorrow. {NAME|Jo}
C|Hi all, apologies for the late circulation. {NAME|Chidi Eze}, Exploitation Lead, {EMAIL|chidi.eze@example.org}
C|{NAME|Harvey Lund}'s NHS number is {NHS_NUMBER|186 091 3903}.
C|YP: {NAME|Skye Fenwick}, DOB {DATE_OF_BIRTH|01.09.2010}, NHS {NHS_NUMBER|6281948211}.
C|The YP attends {SCHOOL|Moorside Community College} and is in Year 10.
C|{NAME|Jasmine}'s older brother {NAME|Andre} is believed to be involved in the Blue line.
C|Keyworker {NAME|Deborah} has built a good relationship with {NAME|Casey} over the last six weeks.
C|Youth worker {NAME|Callum Reid} will offer weekly sessions at the youth centre.
C|{NAME|TJ} was observed handing a small package to the driver of a black Mercedes.
C|Concerns about {NAME|Connor} and {NAME|Brandon} associating with older males in the park.
C|Referral made by Sgt {NAME|Okoro} following the stop on the A58.
C|Mrs {NAME|Patel}, the Head of Year, will attend the next meeting.
C|Email to {EMAIL|safeguarding.hub@example.org} cc {EMAIL|m.turner@example.com}
C|Foster carers {NAME|Steve} and {NAME|Lorraine Brookes} have given 28 days' notice.
C|{NAME|Kofi Mensah-Boateng} was arrested on suspicion of possession with intent to supply.
C|Whiteboard photo: "{NAME|ZM} to call mum re: curfew; {NAME|LP} to chase CAMHS."
C|{NAME|Ayesha Rahman} ({DATE_OF_BIRTH|07/02/2011}) is the subject of this referral.
C|The YP reported that an older male called {NAME|Sully} had given her cannabis and alcohol.
C|Lives with maternal grandmother {NAME|Maureen Healey} at {ADDRESS|3 Coppice View}, {POSTCODE|WF1 9LB}.
C|Contact the duty desk on {PHONE|0161 496 0832}.
C|{NAME|Darnell}, {NAME|Kyrie} and {NAME|Junior} were all present at the address when police attended.
C|Facebook profile {URL|www.example.com/profiles/kyrie.banks.900} was flagged by the school.
C|Concerns are shared by Ms {NAME|Adeyemi} (SENCO) about the YP's vulnerability.
C|{NAME|Eilidh MacLeod} from the Scottish authority has been contacted re: cross-border transfer.
C|{NAME|Zofia} disclosed that a man named {NAME|Piotr} had been messaging her on WhatsApp.
C|{NAME|Rhiannon Price-Evans} is the allocated worker from the Youth Justice Service.
C|Hi {NAME|Gaz}, can you check PNC for the vehicle? Ta, {NAME|Bex}
C|{NAME|Nkechi Obi} (mother) reports that the YP's behaviour has deteriorated since the summer.
C|{NAME|Saoirse}'s school reported she had a new iPhone and designer handbag.
C|Professional's meeting held at the Civic Centre; {NAME|Wendy Akhtar} took minutes.
C|{NAME|Marley} has been linked via Snapchat to {HANDLE|@t1ppz_official}.
C|Snapchat user {HANDLE|gwapgirl_2010} has been sending unsolicited images to the YP.
C|{NAME|Tyrone Wallace}, also known as "{NAME|T-Dub}", is the subject of a CBO application.
C|Dad ({NAME|Hassan}) works nights and is rarely at home.
C|{NAME|Ellis} was found at a hotel in Chester Le Street with an adult female.
C|{NAME|Destiny} refused to engage with the return home interview.
C|Ms {NAME|Chen} from the virtual school will attend the PEP.
C|The YP's TikTok ({HANDLE|@lexiiixox}) shows her at the address on {ADDRESS|Tennyson Street}.
C|Profile: {URL|https://example.org/groups/southside-crew}
C|{NAME|Hakim Benali} is the YP's appropriate adult and was present for interview.
C|The YP named {NAME|Jonjo} and {NAME|Frankie} as the older boys who recruited him.
C|{NAME|Bridget Mahon} (Early Help) confirmed the family has disengaged.
""")

# Young people's survey answers, part 3
BLOCKS.append(r"""
Y|{NAME|sami} n {NAME|yas} was there too but they left early
Y|it was {NAME|leroy} who gave me the phone not {NAME|dexter}
Y|my mum {NAME|Claire} rang the police wen i didnt come home
Y|{NAME|Oisin} and {NAME|Cian} from my estate used to ride bikes for them
Y|{NAME|big mike} is the one every1 is scared of
Y|i got a msg off {NAME|Smudge} sayin "pull up now"
Y|ask miss {NAME|hughes} she knows everythin
Y|{NAME|KJ} an {NAME|Mals} got nicked in november
Y|{NAME|Priyanka} was the only one at school who didnt judge me
Y|{NAME|Xavier} lives at {ADDRESS|31 Dunmore Ave} hes the one u want
Y|just text me {PHONE|07700 900 104} i dont answer calls
Y|i was born on the {DATE_OF_BIRTH|4th of jan 2011}
Y|dob {DATE_OF_BIRTH|19.10.09}
Y|Nana {NAME|Yaa} is my grandma she's the best
Y|{NAME|Lamar} kept ringing me from withheld numbers
Y|my bf {NAME|Jordan} is 19 and my mum hates him
Y|{NAME|Kacper} and his mates from the car wash
Y|tell {NAME|Shan} i said sorry
Y|it was me, {NAME|Ebony}, {NAME|Kai} and {NAME|Jade} in the car
Y|{NAME|Sunny} picked us up from outside the leisure centre
Y|{NAME|Mercedes} is my cousin not a car lol
Y|{NAME|Dolly} from the childrens home was kind to me
Y|{NAME|Guled} said i could stay at his if i carried stuff
Y|i go {SCHOOL|Beckfield Grange School}
Y|{SCHOOL|Thornhill Academy} is rubbish they dont help no one
Y|went to {SCHOOL|st marys} til year 8 then moved
Y|my snap is {HANDLE|lilzee.09} add me
Y|my tiktok is {HANDLE|@jadeyb_xo} its all dances
Y|look at his page {URL|example.com/bigmoneyrell}
Y|{NAME|Rell} always had new trainers
Y|i stayed at aunty {NAME|Grace}s house for a bit
Y|{NAME|Fin} said if i did one more run i could stop
Y|i was with {NAME|Nas} and {NAME|Ty} when the police came
Y|{NAME|Bilal}s older brother drives the car
Y|{NAME|Shay}, {NAME|Chelsea} and me used to go to his flat
Y|the man was called {NAME|Raj} or {NAME|Rav} i cant remember
Y|{NAME|Lorenzo} had a dog and used it to scare people
Y|{NAME|Hollie-Mae} grassed on me
Y|{NAME|Aaliyah} is my best mate since nursery
Y|my stepdad {NAME|Gav} is the reason i left
Y|we lived at {ADDRESS|Flat 6b Mill Court} wiv my mum
Y|our postcode is {POSTCODE|M14 9QT}
Y|hes from {POSTCODE|B12 9XY} area innit
Y|{NAME|Mustafa} n {NAME|Ilyas} used to jump people for their phones
Y|{NAME|jess} said it was fine so i went
Y|the older girls {NAME|kayla} and {NAME|bianca} introduced me
Y|i told PC {NAME|Stevens} but nothing happened
Y|{NAME|Dean} said he would look after me
Y|{NAME|Reggie} from the gym said i should stay away from them lot
Y|i call him Uncle {NAME|T} but hes not my uncle
Y|{NAME|Mykola} was from ukraine he was nice to me
Y|{NAME|Temi} and {NAME|Bisi} stuck up for me
Y|{NAME|JB} messaged me on insta first
Y|i was sending pics to {NAME|Marcel} cos he said he loved me
Y|{NAME|Star} was my friend at the hostel
Y|{NAME|Precious} owes me money still
Y|{NAME|Angel} was the one who showed me the videos
Y|an angel from heaven could not get me to go back there
Y|{NAME|lyla} is 12 n they already got her runnin
Y|{NAME|darius} said he wud get me a iphone
""")

# Professional text, part 3
BLOCKS.append(r"""
C|The Modern Slavery Act 2015 defence was raised by the YP's solicitor.
C|Referral to the NRM made via the Single Competent Authority; reference MS-2026-04471.
C|Mosaic case number 4418207 has been linked to the sibling's record.
C|LCS ID 3009771856 recorded on the contact form.
C|The YP was seen in Lincoln, Boston and Stamford over a two-week period.
C|Sarah's Law enquiries are not appropriate in these circumstances.
C|Operation Hope is a regional initiative targeting exploitation in taxis.
C|The Wilson review of children's homes was cited in the provider's response.
C|Concerns regarding Primark and TK Maxx being used for shoplifting to order.
C|YP seen at the Harvey Nichols entrance at approximately 15:30.
C|The YP stated that she had taken "Mandy" and "Charlie" at the party.
C|Substances: cannabis, ketamine, nitrous oxide (balloons), and pregabalin.
C|Risk rating reviewed: HIGH (CCE), MEDIUM (CSE), LOW (radicalisation).
C|The YP's Child Looked After review is due in September.
C|The SW and the IRO agreed that the care plan remains appropriate.
C|An LADO referral was made regarding a member of staff at the residential unit.
C|Police disclosed that the vehicle is registered to a hire company in Birmingham.
C|PLO meeting held; pre-proceedings letter issued to parents.
C|Child Protection Plan under the category of neglect ended in April 2025.
C|Schools Liaison Officer to deliver the county lines session to Year 9.
C|MARAC referral completed following the domestic incident on Friday.
C|The YP was conveyed to A&E at the General Infirmary by ambulance.
C|Sexual health clinic confirmed attendance on 2 occasions since January.
C|Education Welfare Officer visited the home address; no answer.
C|The YP has an EHCP and is awaiting a specialist placement.
C|Probation confirmed the adult is on licence until 2027.
C|Checks completed with Health, Education, Police, Housing and YJS.
C|Ofsted registered children's home; Reg 40 notification sent.
C|The YP disclosed being taken to Newcastle, Sunderland and Durham.
C|Intelligence submitted via the Partnership Intelligence Form (PIF) ref 26/00932.
C|Safeguarding Partnership audit found good multi-agency working.
C|Gaps in the chronology between Jan and Apr 2026 to be addressed.
C|The YP will be offered a Trusted Relationship worker through the Reach programme.
C|Hope House children's home has agreed to accept the YP on an emergency basis.
C|Morrisons car park is a known location for exchanges.
C|Drug debt estimated at £1,200 according to the YP.
C|Outcome: NFA by police; CSC to continue under a CIN plan.
C|A Section 20 agreement was signed by the parents.
C|Curfew 19:00 to 07:00 imposed as part of the bail conditions.
C|The YP's mobile phone was retained as evidence (exhibit ref JH/04).
C|Complex Safeguarding team to take lead professional role.
C|YP has a diagnosis of ADHD and takes methylphenidate.
C|Disclosure made in the presence of the school DSL and Head of Year.
C|Parents were informed of the outcome by telephone.
C|The YP was issued with a Youth Caution in March.
C|Operation Grace, a joint BTP and local policing operation, ran across the Easter weekend.
C|The Alderman Whitcombe memorial bench in the park is used as a meeting point by the group.
C|Contextual safeguarding assessment of Jubilee Park completed.
C|The Mark Lane underpass is frequently used to evade CCTV.
C|Concerns about young people congregating near the Ellen Hartcliffe building.
""")

# Professional text, part 4 (emails, minutes, referrals)
BLOCKS.append(r"""
C|From: {NAME|Joanne Whitfield} <{EMAIL|joanne.whitfield@example.org}> Sent: 14 May 2026 09:32
C|To: {NAME|Imran Siddiqui}; {NAME|Kate Rowbotham} Subject: Strategy meeting - urgent
C|Morning {NAME|Imran}, are you free to join the call at 2? Thanks, {NAME|Kate}
C|Hiya {NAME|Lou}, just to let you know {NAME|Keisha} turned up at school today. Speak soon, {NAME|Mel}
C|Many thanks, Dr {NAME|Fiona Ashcroft}, Designated Doctor for Safeguarding
C|{NAME|P. Szymanski} | Detective Sergeant | Complex Safeguarding Team | {PHONE|0113 496 0588}
C|Kind regards, {NAME|Olu} (she/her) Exploitation Navigator {PHONE|07700 900941}
C|Thanks {NAME|Baz}, appreciated. {NAME|Ste}
C|Cheers {NAME|Hayley}!
C|Present: {NAME|Naveed Shah} (Chair), {NAME|Lynne Crossley}, {NAME|Tom Brierley}, {NAME|Abena Asante}, {NAME|Gethin Morgan}
C|Item 3: {NAME|TB} updated on disruption activity at the address on {ADDRESS|Cavendish Street}.
C|{NAME|NS} asked that the minutes be circulated by Friday.
C|Action 4 ({NAME|LC}/{NAME|AA}): arrange joint visit with housing.
C|Young person: {NAME|Reuben Achterberg}. DOB: {DATE_OF_BIRTH|30/12/2008}. Address: {ADDRESS|Flat 2, 19 Sefton Place, Lowmoor}, {POSTCODE|OL9 9DF}.
C|School: {SCHOOL|Lowmoor High School}. GP: Dr {NAME|Oyelaran}, Parkside Surgery.
C|Referrer: {NAME|Hannah Greenwood}, Pastoral Lead, {EMAIL|h.greenwood@example.org}, {PHONE|01632 960412}
C|Parent/carer: {NAME|Marta Kowalczyk} (mother), tel {PHONE|07700 900129}
C|Reason for referral: {NAME|Bartek} has been found with large sums of cash and a second phone.
C|{NAME|Bartek}'s friend {NAME|Oskar} has already been arrested in Doncaster.
C|Siblings: {NAME|Lena} (8), {NAME|Filip} (4)
C|NHS Number {NHS_NUMBER|507 529 1708}
C|Child: {NAME|Amelia-Rose Tindall}, NHS no. {NHS_NUMBER|3423667125}, DOB {DATE_OF_BIRTH|5th August 2011}
C|Please could you forward this to {NAME|Raheem}'s SW? I don't have her email.
C|Forwarding on behalf of Cllr {NAME|Denise Burrows} – please treat as confidential.
C|{NAME|Denise} asked whether the ward has seen an increase in reports.
C|{NAME|Jolene} has told staff she is "seeing" a 21-year-old called {NAME|Kristian}.
C|{NAME|Kristian Vale} is known to police for PWITS offences.
C|Concerns re: {NAME|Mason}'s links to the {HANDLE|@ganggang0161} Instagram account.
C|The YP's Snapchat username is {HANDLE|rosie.b.2011}.
C|Videos posted at {URL|https://www.example.com/watch?v=q9ZZk21} show the YP with a machete.
C|See also {URL|http://example.org/local-news/teen-arrested-park}
C|{NAME|Ifeoma} missed her appointment at the sexual health clinic.
C|{NAME|Lewis} stayed with his aunt {NAME|Colette} in Wigan over the weekend.
C|Mum's partner ({NAME|Shane Tierney}) is a registered sex offender.
C|{NAME|Ciara}, {NAME|Niamh} and {NAME|Aoife} have been seen together at the hotel.
C|Taxi driver {NAME|Zulfiqar Ahmed} reported concerns to the licensing team.
C|Hotel manager {NAME|Gordon Pryce} confirmed the room was booked in the name of "{NAME|Dean Sharp}".
C|The YP was found at {ADDRESS|Room 214, Station Hotel, Market Street} at 03:10.
C|Strategy meeting held re: {NAME|Jake Whelan} and {NAME|Ruby Whelan} (twins).
C|{NAME|JW} and {NAME|RW} are both at risk of CCE.
C|{NAME|Summer Lightfoot} was not at home when the police attended.
C|{NAME|Will Ogunleye} (brother) has agreed to supervise contact.
C|{NAME|Hope Dixon} is a care leaver and is now 19.
C|{NAME|Mark} from Housing will attend the next meeting.
C|{NAME|Sunita} has requested a female worker.
C|{NAME|Tomás} speaks Portuguese and an interpreter will be booked.
C|{NAME|Juan Pablo} arrived in the UK as an unaccompanied asylum-seeking child.
C|{NAME|Mehmet} and {NAME|Emre} were found working at the car wash on Tuesday.
C|{NAME|Thi Lan Nguyen} was recovered from a nail bar in the town centre.
C|{NAME|Ahmad Zai} (UASC) went missing from his placement within 48 hours of arrival.
C|{NAME|Yonas} and {NAME|Selam} are Eritrean nationals placed together.
C|{NAME|Mei Ling} has disclosed that she was made to work in a takeaway.
""")

# Young people's survey answers, part 4
BLOCKS.append(r"""
Y|wat would help? someone to actually listen without writing everything down
Y|i was in a taxi to bolton at 3 in the morning, the driver didnt even ask
Y|they give u a ting to carry n u dont ask questions
Y|my olders looked after me so i looked after them
Y|the bus pass helped me get to college
Y|the answer is no i have not been asked to carry drugs
Y|been to manchester, leeds, sheffield, bradford, all over
Y|jack daniels n a zoot every night lol
Y|i got a tattoo of his name in march which i regret
Y|the school counsellor was good but only came on wednesdays
Y|no one ever asked me if i was ok until year 10
Y|the money was good but its not worth it trust me
Y|i think more lads need to know it can happen to them
Y|honestly mcdonalds was the only place open so we went there
Y|the police were nice this time, different from before
Y|the dealers on our road are all like 15 16
Y|i dont know any names and i wouldnt tell u anyway
Y|stanley park is were the older ones hang about
Y|i was excluded in february for fighting
Y|i had a social worker but she kept changing every few months
Y|ket, coke, pills, whatever was going
Y|sometimes i go to the food bank with mum on thursdays
Y|the youth club shut down so theres nowhere to go
Y|i still get messages off them from different numbers
Y|the hotel on the retail park, they didnt ask for ID
Y|my tag came off in december
Y|no one in my family knows and i want it to stay like that
Y|being in care is hard u move about so much
Y|i wanna be a mechanic like my grandad
Y|harley is my dog not a person haha
Y|{NAME|Shanaya} was with me at the train station in crewe
Y|{NAME|Kirsty}'s brother sells weed from the flat
Y|{NAME|bugsy} and {NAME|wiz} rob people for their phones
Y|{NAME|Yusra} helped me write this
Y|contact {NAME|Andrea} my support worker on {PHONE|0113 496 0277}
Y|{NAME|Kalum} got me a job at the car wash, then it got dodgy
Y|i lived wiv {NAME|Tasha} and her mum for a bit
Y|{NAME|lil t} from the block said i could earn quick money
Y|{NAME|Esme} is the only girl i trust
Y|{NAME|Fabian} got shot at in his car and that scared me
Y|{NAME|Rosa} and {NAME|Lucia} are my sisters they are twins
Y|{NAME|Neveah}'s boyfriend is the one who made me do it
Y|{NAME|T-Bone} said i owed him for the weed
Y|{NAME|Ashton} and me were mates but we fell out bout money
Y|i think {NAME|Miley} is still with them, someone should check on her
Y|{NAME|Ocean} was at the party as well
Y|{NAME|Ricky} got me a sim card and said only use it for work
Y|{NAME|Hana} put me on to the helpline
Y|{NAME|Rhianna} said she got paid in clothes
Y|the one who sent me out was called {NAME|Saint}
Y|my friend {NAME|Eshaal} is going through it now
Y|{NAME|sabrina} keeps posting about me on her story
Y|{NAME|Cole} and {NAME|Dexter} robbed me when i was coming home from {SCHOOL|Fernhill School}
Y|email me {EMAIL|lol.jordz@example.com}
Y|my number is {PHONE|+44 7700 900762}
Y|he sent his number {PHONE|07700 900 919} on a piece of paper
Y|{NAME|Biggie} owns the gym on the corner
Y|{NAME|Smokes} drove the car, {NAME|Tiny} was in the back
Y|{NAME|Moses} from church tried to help
Y|in my bible there is a bit about moses and i think about it
Y|{NAME|Tanisha} was 15 and pregnant and no one did nothing
Y|{NAME|Ade} and {NAME|Tunde} live above the shop
Y|i was living at {ADDRESS|12 Linnet Grove} then moved to a home
Y|{NAME|Kenzie} my little cousin is always around them
Y|{NAME|Jaden}s mum used to feed us
Y|i was on {HANDLE|@nxtlvl.bandz} page in a video
Y|{NAME|Farah} said i should write on this survey
Y|my mum said {NAME|Derek} was her mate but he wasnt
Y|{NAME|Mikey} offered me a lift and that was how it started
""")

# Professional text, part 5
BLOCKS.append(r"""
C|{NAME|Precious Mwangi}, DOB {DATE_OF_BIRTH|17/03/2010}, NHS {NHS_NUMBER|555 979 7111}, was admitted overnight.
C|Health records checked for {NAME|Lily-Grace Atherton} (NHS number {NHS_NUMBER|7684268465}); no attendances found.
C|{NAME|Dylan}'s NHS no. is {NHS_NUMBER|563-212-2336} and he is registered at Elmfield Surgery.
C|Subject: {NAME|Tobias Grant} DOB: {DATE_OF_BIRTH|2009-06-25} NHS: {NHS_NUMBER|0792440269}
C|{NAME|Nia Roberts} was born on {DATE_OF_BIRTH|14th October 2009} and is currently 16.
C|{NAME|Kareem} (dob {DATE_OF_BIRTH|8/1/11}) has been reported missing for the third time this month.
C|Last known address: {ADDRESS|47 Peel Street, Ashby Bridge}, {POSTCODE|PR1 9AJ}.
C|The YP was dropped off at {ADDRESS|Unit 4, Greenway Industrial Estate} on two occasions.
C|Police attended {ADDRESS|162a Kingsway} following reports of young people coming and going.
C|Cuckooing concerns at {ADDRESS|Flat 9, Beech House, Orchard Road}, {POSTCODE|S2 9NE}.
C|Tenant {NAME|Graham Pilling} is believed to be vulnerable and is being exploited.
C|The YP named "{NAME|Yardie Jay}" and "{NAME|Little Chris}" as the men who held him at the flat.
C|{NAME|Stacey-Leigh} has been spending time at the home of {NAME|Wayne Corbett}, aged 34.
C|{NAME|Leah} reported that {NAME|Carl} filmed her without consent.
C|Brother-in-law {NAME|Rizwan} and cousin {NAME|Adeel} are both known to the police.
C|Ms {NAME|O'Hare}'s neighbour called police at 01:30.
C|Neighbour Mrs {NAME|O'Hare} reported hearing screaming from the property.
C|Ward sister {NAME|Bola Adekunle} raised concerns about visitors to the YP on the ward.
C|Paramedic {NAME|Sean Devlin} noted bruising to the YP's arms.
C|Solicitor {NAME|Rachel Epstein} of Hargreaves & Lowe represented the YP at interview.
C|Hargreaves & Lowe Solicitors confirmed they will represent the YP.
C|The YP stated that "{NAME|Marky}" gave him £50 for each run.
C|{NAME|Joel}, {NAME|Isaac}, {NAME|Reuben} and {NAME|Eli} attend the same youth club.
C|Teacher Mr. {NAME|Osei} observed the YP crying in the toilets.
C|{NAME|Kimberley} is 17 and is pregnant; midwife {NAME|Alison} has been informed.
C|{NAME|Blessing} has been attending sessions at the women's centre.
C|The term "blessing" was used in messages to refer to a delivery.
C|{NAME|Chevonne Leslie} contacted the Front Door to report her daughter missing.
C|Call taken by {NAME|Jamie} at 16:42; details passed to the EDT.
C|{NAME|Ola} asked for the meeting notes to be sent to {EMAIL|ola.b@example.com}.
C|Please ring {NAME|Sasha} on {PHONE|020 7946 0874} ext. 221.
C|Contact number for father: {PHONE|07700 900 333}. Mother's number not known.
C|School contact: {NAME|Gwen Parry}, DSL, {SCHOOL|Ysgol Bryn Teg}, {PHONE|029 2018 0437}.
C|The YP previously attended {SCHOOL|Kingsmead Pupil Referral Unit}.
C|Transferred from {SCHOOL|Holy Family Catholic Primary} in Year 6.
C|{NAME|Archie} was permanently excluded from {SCHOOL|Calder Vale Academy} in January.
C|{NAME|Aidan}'s Snapchat ({HANDLE|aidz.x0}) was found in the phone of the adult arrested.
C|Messages from {HANDLE|@realestmoneymakr} offered the YP "easy work".
C|The group uses the Telegram channel {URL|t.example.org/southend_plugs}.
C|{NAME|Kai Thompson-Reid}, {NAME|Ellis Thompson-Reid} and their mother {NAME|Dionne Reid} were seen.
C|{NAME|Jiya} disclosed that her uncle had arranged for her to be married abroad.
C|{NAME|Ravinder Kaur} has been referred to the Forced Marriage Unit.
C|{NAME|Bashir} told the interpreter he had been working in a cannabis farm.
C|{NAME|Dawn Saxby} (Team Manager) has approved the section 47 enquiry.
C|{NAME|Cody} and {NAME|Tayla} were found asleep in a stairwell at 04:00.
C|{NAME|MH} informed {NAME|SB} that the YP had been located.
C|{NAME|D.W.} to update the risk assessment by Friday.
C|Thanks to {NAME|Zara} for the quick turnaround.
C|The YP is known as "{NAME|Bambi}" among the group.
C|Nickname "{NAME|Lil Chop}" appears in the messages.
C|{NAME|Chester} has been going missing from school at lunchtimes.
C|{NAME|Lincoln Adeyemi-Brown} is the subject of the referral.
C|{NAME|Preston} lives with his grandfather and has no contact with dad.
""")

# Mixed, part 6
BLOCKS.append(r"""
Y|{NAME|Kenny} n {NAME|Shola} got me in the car outside {SCHOOL|Brookfield Academy}
Y|my nan lives in chester so i go there at weekends
Y|{NAME|Dom} sent me a pic of a knife and said ur next
Y|i never met {NAME|Zee} in person it was all online
Y|he had a ford fiesta and a bmw, always different cars
Y|{NAME|Precious}'s mum knew and she never said anything
Y|{NAME|Lukas} dob {DATE_OF_BIRTH|02/02/2010} hes my cousin he needs help more than me
Y|live at {ADDRESS|5 Rowan Walk}, {POSTCODE|HU3 9PW} if u need to send a letter
Y|we got the coach to london from victoria it was free
Y|snap {HANDLE|kxng_kobe4} is the one that sends the jobs out
Y|xmas is the worst time, everyone's out partying
Y|{NAME|Mohamed Ali} is my mate not the boxer lol
Y|rebel vapes n monster energy all day
Y|{NAME|Wren} was the girl who warned me
Y|{NAME|Kobe} gets the jobs from {NAME|Tall Man}
Y|they took us to a house in hull and made us bag up
Y|{NAME|ahmed} my brother said leave it but i didnt listen
Y|i feel safer now i live with my aunty
Y|thanks for asking me, not many people do
C|{NAME|Kwabena Asare-Mensah} (DOB {DATE_OF_BIRTH|9 November 2008}) remains in custody.
C|{NAME|Eleni Papadopoulos} (EHA worker) will coordinate the TAF.
C|Present: {NAME|R. Begum}, {NAME|S. McAllister}, {NAME|T. Achebe}. Apologies: {NAME|F. Douglas}.
C|The YP's Xbox username {HANDLE|DarkReaper_0511} was used to groom him.
C|A referral to the Lighthouse project was made on Wednesday.
C|Action for all partners: share any intelligence about the white Transit van.
C|{NAME|Ffion}'s mother has requested a copy of the minutes.
C|{NAME|Goran Petrović} has been linked to three addresses in the north of the city.
C|The YP attended the Fresh Start group on 3 consecutive weeks.
C|Outcome of the Harbour Street search: two phones and a quantity of crack cocaine recovered.
C|{NAME|Hollie} is placed out of area with a specialist provider.
C|Visit completed on Tuesday 10th; YP was asleep and not seen.
C|{NAME|Makayla Dunn}'s key worker reports improved engagement.
C|Dear Colleagues, please find attached the agenda for the MACE panel. Best, {NAME|Rosalind}
C|{NAME|Aziz} will be referred to the Prevent team following comments made in class.
C|The YP was seen with an adult male near the Wilkinson store.
C|Risk assessment tools: CE screening tool, AssetPlus, and the Brook Traffic Light tool.
C|{NAME|Caitlin Murray-Shaw} disclosed sexual abuse by a taxi driver known as "{NAME|Razza}".
C|YP's contact list: "Nanna", "Mumzy", "{NAME|J Dot}", "Work 2".
C|Update from {NAME|Inès Laurent} (Youth Worker): YP attended the boxing session.
""")

if __name__ == "__main__":
    main()
