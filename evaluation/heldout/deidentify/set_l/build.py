#!/usr/bin/env python3
"""Build set_l.jsonl: hand-typed de-identification evaluation records.

Every record below was typed by hand. Spans are written inline as {TYPE|text}.
Standard library only.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ALLOWED = {"NAME", "PHONE", "EMAIL", "HANDLE", "URL", "ADDRESS", "POSTCODE",
           "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}

YOUNG_PERSON = r"""
idk really i feel safe most of the time but not on the bus home from town after 6
me n {NAME|dan} went to the park n these older lads started on us, he ran off lol
my mum says dont go down by the canal after dark and tbh shes right
{NAME|Faith} is the only one who actually listens to me at school
i have faith that things will get better innit
{NAME|Big Tayo} told me to hold sumthing for him n i said no, now hes blanking me
Will you actually read this or is it just another survey
{NAME|Will} from year 10 keeps sending me stuff on snap i dont want to see
my snap is {HANDLE|kayla.bxx} add me if u want to talk to someone my age lol
{NAME|hunter} used to be my best mate but he got in with the wrong lot
i go to {SCHOOL|st bedes} and the teachers are ok apart from mr {NAME|kowalczyk}
in year 9 at {SCHOOL|Hollinsbrook Academy} ppl vape in the toilets every single break
the police dont care round here they just drive past
Childline helped me when i couldnt talk to Mum, i rang them at like 2am
my nan lives on {ADDRESS|Tivoli Crescent} so i stay there when its kicking off at home
CAMHS waiting list is like 18 months what am i meant to do til then
Sky was clear last night and i just sat on the wall for ages, proper peaceful
{NAME|Sky} said shes not going back to her dads after what happened at christmas
got added to a group chat by {HANDLE|@trapboi_0161} and they were sending pics of cash n that
{NAME|Precious} n {NAME|Blessing} are twins in my form and they always look out for me
Precious little help from the council tbh, we been in temp for a year
me n {NAME|ciaran} n {NAME|oisin} got stopped n searched outside Greggs for nothing
my keyworker {NAME|Siobhán} is sound, she came to court with me
{NAME|Mark} from the youth club said i could ring him anytime
i mark my own work now cos the teacher never does lol
the bill stopped us again on friday, third time this month
dont jack up the price of the bus pass then maybe ppl wouldnt bunk the train
may be i will go college next year if i pass maths
my real name is {NAME|Oluwaseun Adeyemi} but everyone calls me {NAME|Seun}
snap me {HANDLE|@lil.rosiee} if u need a chat x
{NAME|Rose} is my little sister and i worry about her walking home from {SCHOOL|oakfield primary}
there was a rose on my door on valentines which was creepy cos i dont know who its from
my phone number is {PHONE|07700 900412} ring me if ur from the survey and want more info
text me on {PHONE|o77oo9oo281} but not after 9 cos my dad checks
i play fortnite and roblox and some randoms message u asking for pics, i just block them
my mate {NAME|Kacper} got jumped outside Morrisons for his Canada Goose
{NAME|Andreea} said her uncle makes her work in the car wash for no money
i live at {ADDRESS|27 Brompton Road} {POSTCODE|bd7 9hx} if anyone needs to send me the voucher
Summer holidays are the worst cos theres nothing to do and the older ones come round
{NAME|Summer} is the only girl in my year who doesnt judge me
i feel safe at home, my dad is strict but fair
Joy is not a word i would use for school lol
my little cousin {NAME|Joy} got a phone for her 9th birthday n already has tiktok
his tiktok is {HANDLE|@destinyyy.x0} if u want proof of what they said about me
{NAME|Destiny} told the teacher and now everyone thinks shes a grass
its my destiny to get out of this town one day
Our youth worker {NAME|Angel} takes us to Hollywood Bowl on a sunday
my mum calls me her angel but she doesnt know what i do when im out
{NAME|Storm} and me got chased by a car of lads near Piccadilly Gardens
the storm last week took the fence down and we still aint got it fixed
i go to {SCHOOL|Ysgol Bryn Teg} and we do welsh every day, its alright
{NAME|Rhys ap Gwilym} lives by me in Pontypridd and we walk to school together
my name is {NAME|Thanh Nguyen} and i came here when i was 12, people take the mick out of my accent
{NAME|Mai} from the nail bar gives me lifts and buys me food, is that normal?
i have {NAME|Ngozi}s number saved as 'aunty' cos my mum checks my phone
aunty {NAME|priya}s house is the only place i can chill
Dunno about safe. Nowhere really feels safe when ur 14 and look older
{NAME|Ayaan} and {NAME|Zayd} got groomed into selling and now theyre both in a pupil referral unit
i got kicked out of {SCHOOL|Parkside High} and now go to the PRU on Tuesdays
the PRU is better than mainstream tbh, smaller classes and they actually talk to u
{NAME|Hodan Abdi} said her brother was going to take her back home for the summer and she was scared
My email is {EMAIL|jadeyy2009@example.com} if you want to send the results
email me at {EMAIL|kez dot b at example dot org} i dont check it much tho
i have loads of followers on insta but most are fake lol
my insta is {HANDLE|@_mcginty.k} its private tho
me and {NAME|paddy} and {NAME|shauna} went up the site to see his nan, the guards were there again
{NAME|Johnny Joyce} is my cousin, people at school call us names cos were travellers
i hate when people say gypsy like its a swear word, im proud of where im from
Big man from the estate keeps offering me a ride in his Merc
{NAME|Big Kwame} told me to run a package to Leeds for him and said i owed him
Leeds station is where they all hang about, by the Pret
{NAME|lil meeks} is on the line now and hes only 13
i dont get why people think county lines is just London, its everywhere
{NAME|Grace} helped me fill this in, shes my social worker
by the grace of god i got out of that house
{NAME|Hope} is my girlfriend and her mum kicked her out last month
i hope the police actually do something this time
{NAME|Frank} my step dad is alright when hes not drinking
to be frank i dont trust adults, they always tell someone
my bill for my phone is like £40 a month and i dont know who pays it, some older boy
{NAME|Bill} at the boxing gym said i can train for free if i stay out of trouble
i was born {DATE_OF_BIRTH|12/02/2010} and im in year 11 now
my birthday is {DATE_OF_BIRTH|3rd june 2008} so im 18 now n have to leave care
my NHS number is {NHS_NUMBER|401 234 5672} i had to give it at the walk in
Went to the walk-in centre by Boots, they were kind tbf
i dont feel safe on Snapchat cos of the map thing, everyone knows where u are
{NAME|Ama}s older bro {NAME|Kofi Mensah} drives her everywhere and wont let her talk to boys
{NAME|Wiktoria} translates for her mum at the doctors and misses school for it
{NAME|Radu} asked me to come work on a building site in Bradford for cash in hand
im fine honestly, its the adults round me that need help
Tuesday and Thursday i go on Kooth, it helps a bit
me n {NAME|jordan} got robbed by {NAME|tyreece} and his mates on the 38 bus
{NAME|Chloe-Mae} told everyone my business after i trusted her
{NAME|D'Andre} got stabbed last year and we still dont talk about it
{NAME|Aoife} and {NAME|Niamh} are from Belfast and get slagged for their accents
{NAME|Eilidh} is my best pal, we go tae the same school in Dundee
naebody listens tae young folk roon here, the polis are aye movin us on
me and {NAME|Ruaridh} got a lift aff some guy fae Glasgow who wanted us tae hold his bag
{NAME|Ruby} takes her pills at lunch and everyone takes the mick
my nails are ruby red for prom n Mum hates them
{NAME|Mustafa} said Ramadan is hard at school cos no one gets it
Eid was sick this year, went to the Trafford Centre with the fam
if ur reading this pls sort out the buses in Stoke they're never on time
{NAME|Zainab} n {NAME|Ifrah} walk me home from the mosque cos of the men outside the takeaway
my discord is {HANDLE|shadowfox#4421} and some man added me saying he was 15 but he wasnt
discord servers are full of weirdos but also my actual friends
i watch Love Island and EastEnders with my mum its our thing
my foster carer mrs {NAME|patel} is proper strict but fair
Miss {NAME|O'Connor} caught me crying in the toilets n took me to the nurse
Ms {NAME|Nowak-Smith} is the only teacher who noticed i wasnt eating
Fam is everything to me, id do anything for my brothers
i got sent a link {URL|example.com/win-free-robux-jay} and it hacked my account
he made a page about me at {URL|www.example.org/exposed/lauren} and everyone seen it
I don't really know what exploitation means tbh
he said he'd buy me a new iPhone if i went to his mates flat in Salford
{NAME|Tomasz} is my step brother and he looks after me when mum works nights
im 16, gay, and i dont feel safe telling anyone at home
me and {NAME|precious} got followed off the tram at Crumpsall
{NAME|blessing} keeps getting dm'd by an older man on insta
{NAME|Kai} from Hull told me about this survey
youth club on a Wednesday is the only thing keeping me sane
Mum works at Asda and Dad is in prison so its just me and my sister most nights
my sister {NAME|Fatima} is 11 and already on tiktok
he lives on {ADDRESS|Beckett Street} near the chippy and has loads of young girls round
ring {PHONE|0113 496 0582} its the house phone but dont say its about this
my postcode is {POSTCODE|M14 9RT} if that helps
we went Elland Road saturday, Leeds lost again, walked home through Beeston after
the man at {ADDRESS|9 Cavendish Street} gives out free vapes to year 8s
my old school was {SCHOOL|Bishop Lacey C of E Academy} and i got bullied every day there
i was called {NAME|Marcus} at my old school but now i go by {NAME|Maya}
Leicester won on Saturday so everyone was in a good mood at school
{NAME|Abdirahman} says his cousins are being used to run drugs in Bristol
Cardiff Bay is where we go on weekends, theres security everywhere so its ok
Nobody at the job centre helps you when youre 19 and got no fixed address
i sofa surf at {NAME|Liam}s or {NAME|Connor}s most weeks
my ex {NAME|Jayden} shared my pics on snap and school did nothing
PC {NAME|Hussain} was actually decent when i reported it
sgt {NAME|mcleod} or sumthing told me to stop wasting police time
DC {NAME|Ferreira} gave me her card and said ring anytime
{NAME|Kehinde} and {NAME|Taiwo} are my cousins and they got me into boxing
ring me on {PHONE|07700900 736} after 4 im at school before that
i use whatsapp for everything, never give my number to randoms
The Samaritans number is on the back of my student card
dr {NAME|anand} said im depressed but gave me a leaflet and thats it
{NAME|Chidi} from church says i should pray about it
Church on Sunday feels safe, the pastor knows my whole family
i go mosque, madrasa, school, home, thats it lol
got a Ted Baker bag for christmas and someone tried to rob it at the bus stop
wearing a Jack Wills hoodie in my area gets u called posh lol
McDonald's on the high street is where everyone meets after school
Primark, Greggs, then home. thats my saturday
my mum goes Sainsbury's at 8 so i have the house to myself
the teachers at my school are alright, the head is a bit much tho
Young Minds website was useful but i wanted an actual person
Hate Mondays. Hate Fridays more cos thats when stuff kicks off
Early Help came round and my mum was fuming
the Youth Offending lot are alright actually
{NAME|Yusuf} and {NAME|Layla} from my street got cars stopping to talk to them
{NAME|Delroy} is my grandad and hes the only one i feel safe with
my grandad always says keep ya head down and ya mouth shut
{NAME|Leah} said she met a 20 year old off Wizz who says he loves her
{NAME|Oisín Mac Giolla} plays hurling with me and hes the only Irish lad in our year
we got IT on a tuesday and it's the only lesson i like
its lush in the summer up the mountain but rubbish in winter, nothing to do in the Valleys
{NAME|Cerys} and me went Barry Island and some men tried to get us in a van
sound as, nowt to worry about round ours, we just keep ourselves to ourselves
aye {NAME|Kyle} n his brother are always up to summat by the Co-op
{NAME|Sunny} runs the shop and gives me free drinks, he's sound
the sunny days are the worst for trouble round the flats
our form tutor Mr {NAME|Ogunbiyi} gave us a talk about county lines
the talk about county lines in assembly was cringe but useful
{NAME|Gracie-Leigh} posted my address on her story so now everyone knows where i live
my address is {ADDRESS|14 Wharf Lane}, Stockport {POSTCODE|SK4 9EW} if u need it for the prize
email {EMAIL|t.kowalski@example.com} thats my dads but he wont mind
{NAME|Tiff} said she'd sort me out with a job if i went Manchester with her
{NAME|dom} says if u snitch u get stitches
{NAME|Ewa} is from Poland like me, we speak Polish at break so no one understands
The bus driver on the 86 let me on for free when i was crying
i think the Police should go after the older ones not us
{NAME|Angelica} and {NAME|Kiera-Louise} got caught shoplifting in Meadowhall for some lad
Meadowhall on a saturday is mental, security always following us
{NAME|Ibrahima Diallo} came from Guinea and doesnt speak much English yet but hes a good mate
"""

CASE_NOTE = r"""
YP {NAME|Amara Okafor} (DOB {DATE_OF_BIRTH|14/03/2009}) was seen at home today with Mum present.
Strategy meeting held on Monday 3rd November at Kirkgate Police Station. Attendees: Early Help, CAMHS, Education, Police.
Referral received from Miss {NAME|Baptiste}, DSL at {SCHOOL|Meadowbank Academy}, regarding concerns of CCE.
Home visit to {ADDRESS|17 Harewood Street}, {POSTCODE|LS9 9DF}. No answer. Card left.
Contact log: telephone call to Dad on {PHONE|07700 900157}, no answer, voicemail left.
Hi {NAME|Gemma}, thanks for sending over the chronology. Kind regards, {NAME|Rob Harrington}, Senior Practitioner
Dear Colleague, Please find attached the MACE referral form. Best wishes, Exploitation Hub
MACE minutes: concerns discussed re missing episodes linked to Middlesbrough and Stockton. Action: Police to complete return home interview.
{NAME|Tyler} went missing from placement at 22:40 on Friday and was located by PC {NAME|Ashworth} at Leeds station at 03:10.
Handover: all quiet on the unit overnight, young person slept from midnight. Two staff on shift.
Handover: {NAME|K. Boateng} refused meds at 21:00; night staff informed.
NHS no. {NHS_NUMBER|618 420 9736} confirmed with the GP surgery.
Mother reports that {NAME|Skye} has a new phone and new trainers and will not say where they came from.
Grace period for the housing application ends on Friday; worker to chase Housing Options.
Mark as urgent: return home interview not yet completed.
Summer term attendance 62%; Education Welfare Officer to follow up.
{NAME|Summer-Rose Doherty} disclosed that an adult male known as '{NAME|Jinx}' has been giving her lifts.
Will discuss at next supervision.
{NAME|Will Thornton} (Youth Worker) attended the strategy meeting and shared concerns from the detached team.
Social worker: {NAME|Hannah Mwangi}; Team Manager: {NAME|Declan Ó Súilleabháin}
Sgt {NAME|Kaur} advised that the property on {ADDRESS|Carlton Grove} where the YP has been staying is subject to a closure order.
Young person's Snapchat ({HANDLE|@blessin.g_x}) was shown to the officer.
Concerns were raised by the school nurse around self-harm; referral to CAMHS made same day.
Email sent to {EMAIL|d.pryce@example.org} re: core group date.
Dear Ms {NAME|Nwosu}, I am writing to inform you that the Child Protection Conference has been rescheduled.
Yours sincerely, {NAME|Eleri Vaughan-Jones}, Independent Reviewing Officer
From: {NAME|Callum McGill} <{EMAIL|callum.mcgill@example.com}> Subject: Core group notes
Subject: RE: Missing episode 14/11 - Will update after call with Police.
Date of birth: {DATE_OF_BIRTH|02.09.2011}
YP states he has been "working" for {NAME|Little Mo} and {NAME|Big Saj} since the summer holidays.
Mum ({NAME|Lorraine}) disclosed that domestic abuse has been ongoing since the spring.
NFA by police. Case closed to Early Help on Thursday.
Mr {NAME|Dariusz Wiśniewski} (father) attended with an interpreter.
Interpreter booked for Tigrinya. Parent declined Language Line.
{NAME|Abdullahi Farah} was seen in the company of older males at the Arndale Centre.
Arndale Centre security contacted re CCTV from Saturday afternoon.
Address for mother: {ADDRESS|Flat 4, 86 Chapeltown Road}, Leeds {POSTCODE|LS7 9BN}
Placement address: {ADDRESS|3 Orchard Close}, Rotherham, {POSTCODE|S60 9ZA}
Contact number for carer: {PHONE|020 7946 0318}
Mobile: {PHONE|+44 7700 900845}
Referral from Barnardo's received; allocated to worker on Monday.
St Basil's have offered a room from next week.
Catch22 and The Children's Society both declined the referral due to capacity.
{NAME|Ioana Popescu} (16) was identified in a nail bar during a welfare check; NRM referral submitted.
NRM referral submitted to the Single Competent Authority; awaiting reasonable grounds decision.
Initial Child Protection Conference, 09/12/2026, Room 2, Civic Centre.
Chair: {NAME|Fiona MacLeod}; Minutes: {NAME|Precious Adeyemi}
Present: DC {NAME|Lewandowski}, PC {NAME|Osei}, Ms {NAME|Begum} (DSL), {NAME|Jo} (YOT).
Apologies: Health Visitor, GP practice, Virtual School.
Young person known as {NAME|Storm} on the estate; real name {NAME|Tiago Mendes}.
Storm warning in place; visits rescheduled to Wednesday.
Worker observed a rose tattoo on her wrist which is believed to be linked to an older group.
{NAME|Faith Ogunleye} was collected from school by an unknown adult in a black Audi.
Faith-based organisations have offered support to the family over Christmas.
{NAME|Joy} at the food bank will drop a parcel on Friday.
The family were full of joy when the housing offer came through.
Referral source: Childline via NSPCC Helpline.
PLAN: 1. Safety plan to be reviewed. 2. Disruption notice for adult male. 3. Early Help to close.
Child Abduction Warning Notice served on {NAME|Lee Barratt} by PC {NAME|Griffiths} on 21st October.
Trading Standards visited the vape shop on Kirkstall Road following concerns.
Mum reports {NAME|Jaylen} is staying at {NAME|Cole}s flat on {ADDRESS|Seacroft Avenue} most nights.
GP: Dr {NAME|Hamid}, Bellevue Surgery.
School: {SCHOOL|St Thomas More Catholic High School}, Year 9.
Attends {SCHOOL|Whitefield Pupil Referral Unit} three days a week.
Has been excluded from college; Connexions to support with options.
Snapchat handle provided by mum: {HANDLE|tayo.x23}
Instagram account {HANDLE|@moneymakerz_ldn} sharing drill videos involving the YP.
TikTok: {HANDLE|@_itz.destiny}
Discord user {HANDLE|ghostie_77} contacted YP after meeting in Roblox.
Link to fundraising page: {URL|https://www.example.com/fundraise/ayesha-r}
Profile at {URL|example.org/u/jayb2010} removed following report.
Rang school; DSL off sick. Will ring back Tuesday.
Text from YP: 'im ok dont worry' received 23:15.
Spoke to Nan who confirmed she will have the children over the weekend.
Nan ({NAME|Maureen Halloran}) is willing to be assessed as a kinship carer.
Uncle {NAME|Jamal} has been named by YP as a safe adult.
Case transferred from Team 4 to the Adolescent Service.
Dear {NAME|Sanjeev}, Thank you for your referral regarding {NAME|Mehak}.
Many thanks, {NAME|Bex}
Kind regards, Housing Options Team
Hi all, just a reminder that MACE is on Thursday at 10 on Teams. Thanks, Business Support
Sent from my iPhone
Best, {NAME|Ikechukwu Eze} | Detective Constable | Child Exploitation Team
Tel: {PHONE|0113 496 0947} | Email: {EMAIL|ike.eze@example.org}
Children's Services, Civic Hall, Leeds. Our ref: CS/2026/4471
Re: {NAME|Kayden Walsh}, DOB {DATE_OF_BIRTH|27/01/2012}, NHS {NHS_NUMBER|7290551842}
Private & Confidential - To the parent/carer of {NAME|Oskar Zieliński}, {ADDRESS|112 Forest Road}, Walthamstow, {POSTCODE|E17 9JP}
RHI completed by {NAME|Shanice} from Catch22; YP would not say where he had been.
YP reported being taken to Blackpool by car. Police aware.
Return interview: YP said she was at a 'party' in Bolton with girls from her year.
Vehicle seen: silver Vauxhall Corsa, partial registration given to police.
{NAME|Hunter} (9) was present in the home; no concerns noted for him at this time.
Concerns re possible cuckooing at Mrs {NAME|Dunne}'s flat.
{NAME|Precious}'s teacher reports she has been falling asleep in class.
{NAME|Malachi} and {NAME|Levi-Jay} were seen at Victoria Coach Station with an adult.
Police Scotland informed; {NAME|Mhairi} and {NAME|Catriona} located in Inverness.
EHCP review due; SENCo to arrange.
{NAME|Dominika}, 19, care leaver, is being supported by Leaving Care with her tenancy at {ADDRESS|Flat 12, 5 Mill Lane}.
PA {NAME|Joel} visited the care leaver at the new flat; flat cold, no gas credit.
The young person's PA visited on Tuesday; emergency payment made for gas and electric.
{NAME|Chen Xiao Wei} (UASC) arrived at the Croydon intake unit on Sunday evening.
UASC age assessment booked for January.
{NAME|Nguyen Van An} was found working in a cannabis grow at a house on {ADDRESS|Belmont Terrace}.
Father has Sky installed but there was no food in the fridge.
Young person has been talking to a male on Xbox Live who asked for her address.
Summary: low risk per MACE screening tool. No further action.
Worker: {NAME|A. Kowalski}  Date: 04/12/2026
Meeting 04/12/2026 14:00 - 15:30, Conference Room B.
Father states that the bill for the phone is in his name.
Worker spoke to {NAME|Candice} at The Children's Society about joint work.
Dad ({NAME|Winston}) and stepmum ({NAME|Marcia}) both present.
Grandad gave consent for information sharing.
DOB confirmed with GP surgery.
Mobile number changed again; new number not yet known to the service.
Brother {NAME|Wojtek} (17) may also be at risk.
Contact arrangement with {NAME|Aaliyah-Mae} and her younger sibling to continue at the family centre.
YP gave email as {EMAIL|tiannaxo (at) example (dot) com} but unsure if still in use.
Missing from Home report logged with Merseyside Police; reference ending 0223.
{NAME|Bailey} presented as tired and withdrawn; said he had 'been at work'.
Frank discussion held with Mum about the risks of the older peer group.
{NAME|Frankie} disclosed she has been sending images to a male she met on Instagram.
Rose and Crown pub identified as a location of concern by licensing.
{NAME|Rose Mahoney} (maternal aunt) is a protective factor.
Hope was expressed by the panel that the placement will stabilise.
{NAME|Hope} is due to start at {SCHOOL|Greenvale Community College} in January.
Bill of costs from legal attached for the Team Manager.
{NAME|Mark Oyelaran} from the Youth Justice Service will co-work the case.
Sky Sports was on loudly throughout the visit; YP asked for it to be turned down.
No concerns noted on arrival; house warm and tidy.
May half term: YP to attend the Street Games programme at the leisure centre.
{NAME|May} (sister, 14) also to be offered a return interview.
Hi {NAME|Ruth}, just checking you received the updated safety plan? Thanks {NAME|Tom}
Thanks {NAME|Dee}, I've updated the chronology. {NAME|Priyanka Sharma}, Early Help Practitioner
Good morning team, please note the duty rota for December is now on SharePoint.
On call: Team Manager. Out of hours: Emergency Duty Team.
Visit to {ADDRESS|41 Gipsy Lane}, {POSTCODE|OX3 9QR}: YP in bedroom, would not come down.
Mum's number: {PHONE|07700 900 963}
Alt number (aunt): {PHONE|07700-900-128}
DOB {DATE_OF_BIRTH|5 April 2013}; NHS No: {NHS_NUMBER|485 773 2068}
Patient: {NAME|Grace Nakamura-Bell}  DOB: {DATE_OF_BIRTH|19-11-2007}  NHS: {NHS_NUMBER|902 366 4159}
Born {DATE_OF_BIRTH|30th September 2010}, {NAME|Leroy-James} is the eldest of four.
Health: {NAME|Layla Al-Rashid}'s NHS number is {NHS_NUMBER|335 108 7225}; no registered dentist.
Disclosure made to teacher Mr {NAME|Fitzgerald}; DSL informed at 09:45.
Mr {NAME|Ahmed} (neighbour) called 101 after seeing YP get into a car.
Youth worker ({NAME|Shola}) reports YP was seen with {NAME|Little Dee} in the town centre.
MACE minutes - Attendees: {NAME|S. Murphy} (Police), {NAME|Tunde Bakare} (Education), {NAME|Gethin Price} (Health).
Actions: DC {NAME|Mullan} to complete disruption plan; Education to share attendance data by Friday.
Safety plan shared with YP and carer; YP agreed to keep phone charged and location sharing on.
Young person attended CAMHS appointment with Mum; next appointment in six weeks.
Worker met YP at McDonald's in the town centre as agreed; YP engaged well.
Concerns raised by the Police re association with Manchester-based group. No names confirmed.
{NAME|Kwabena} (brother) is believed to be holding drugs for others.
Referral for {NAME|Erin-Bláithín Nic Aodha} from {SCHOOL|Scoil Mhuire}'s pastoral lead via email.
Direct work session: YP drew a map of safe and unsafe places. Library, youth club and Nan's house listed as safe.
Young person lives with paternal grandparents on {ADDRESS|Hawthorn Drive}.
Placement search ongoing; no suitable placement identified in region.
{NAME|Daniela} reports a man in a grey Mercedes waits outside {SCHOOL|Kingsmead School} at 3pm.
Transport: taxi booked via Children's Services for Tuesday appointment.
Ms {NAME|Jean-Baptiste} (Virtual School Head) to attend PEP meeting.
Case note: phone call from {NAME|Ayesha Rahman}, YP's mother, at 16:20.
{NAME|Patrick McDonagh} and {NAME|Bridget Ward} (parents) are from the local Traveller site and prefer contact by phone.
The Traveller Education Service have offered outreach.
Email: {EMAIL|s.omalley@example.com} | Mob: {PHONE|07700 900 391}
Signed: {NAME|J. Okoro} (Social Worker) Countersigned: Team Manager
Outcome: Strategy threshold met. Section 47 to be initiated.
"""


SPAN_RE = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")


def nhs_ok(s):
    digits = [c for c in s if c.isdigit()]
    if len(digits) != 10:
        return False
    if any(not (c.isdigit() or c == " ") for c in s):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    r = 11 - (total % 11)
    if r == 11:
        r = 0
    if r == 10:
        return False
    return r == int(digits[9])


def parse(line):
    out = []
    spans = []
    pos = 0
    for m in SPAN_RE.finditer(line):
        out.append(line[pos:m.start()])
        plain_start = sum(len(x) for x in out)
        typ, txt = m.group(1), m.group(2)
        if typ not in ALLOWED:
            raise ValueError("bad type %r in %r" % (typ, line))
        if not txt or txt != txt.strip():
            raise ValueError("empty/whitespace span %r in %r" % (txt, line))
        if typ == "NHS_NUMBER" and not nhs_ok(txt):
            raise ValueError("bad NHS number %r" % txt)
        out.append(txt)
        spans.append({"start": plain_start, "end": plain_start + len(txt), "type": typ})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError("leftover brace in %r" % line)
    spans.sort(key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        if a["end"] > b["start"]:
            raise ValueError("overlap in %r" % line)
    return text, spans


def main():
    records = []
    seen = set()
    for style, block in (("young_person", YOUNG_PERSON), ("case_note", CASE_NOTE)):
        for raw in block.split("\n"):
            raw = raw.strip()
            if not raw:
                continue
            text, spans = parse(raw)
            if text in seen:
                raise ValueError("duplicate text %r" % text)
            seen.add(text)
            records.append({"style": style, "text": text, "spans": spans})

    random.Random(20261206).shuffle(records)
    out_path = Path(__file__).resolve().parent / "set_l.jsonl"
    with open(out_path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": "l%04d" % i, "style": r["style"], "text": r["text"],
                   "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    style_c = Counter(r["style"] for r in records)
    neg_c = Counter(r["style"] for r in records if not r["spans"])
    type_c = Counter()
    type_style = Counter()
    for r in records:
        for s in r["spans"]:
            type_c[s["type"]] += 1
            type_style[(r["style"], s["type"])] += 1
    print("records: %d" % len(records))
    print("| style | records | no-span records | spans |")
    print("|---|---|---|---|")
    for st in ("young_person", "case_note"):
        n_sp = sum(len(r["spans"]) for r in records if r["style"] == st)
        print("| %s | %d | %d | %d |" % (st, style_c[st], neg_c[st], n_sp))
    print("| total | %d | %d | %d |" % (len(records), sum(neg_c.values()), sum(type_c.values())))
    print()
    print("| type | young_person | case_note | total |")
    print("|---|---|---|---|")
    for t in sorted(ALLOWED, key=lambda t: -type_c[t]):
        print("| %s | %d | %d | %d |" % (t, type_style[("young_person", t)],
                                         type_style[("case_note", t)], type_c[t]))
    print("no-span share: %.1f%%" % (100.0 * sum(neg_c.values()) / len(records)))


if __name__ == "__main__":
    sys.exit(main())
