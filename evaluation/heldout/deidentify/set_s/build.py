#!/usr/bin/env python3
"""Build set_s.jsonl: a hand-written evaluation set for a de-identifier
used in UK youth-safeguarding settings.

Every record below was typed by hand, one per line, with inline markers
{TYPE|text} around each identifier.  A literal backslash-n (two
characters) inside a record stands for a line break in the text.

The script strips the markers, computes code-point offsets (end exclusive),
runs the checks, shuffles with random.Random(20261208), assigns ids and
writes set_s.jsonl and README_set_s.md.  Nothing is written if a check fails.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_s.jsonl")
OUT_README = os.path.join(HERE, "README_set_s.md")

TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
STYLES = ("young_person", "case_note", "form")
MIN_RECORDS = 450
MIN_NAME_SPANS = 300
NOSPAN_MIN, NOSPAN_MAX = 0.35, 0.45
SEED = 20261208

MARK_RE = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")

# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------
YOUNG_PERSON = r"""
me n {NAME|kofi} went bowlin after skl then his cuz {NAME|big mo} picked us up
ask {NAME|jayden} he knows wer she is hes always wiv her
omg {NAME|kaylaaa} stop 😭😭 ur so embarassin
my numbas {PHONE|07700900123} txt me wen ur out
dont tell social but {NAME|lil j} gave me a phone and said i owe him now
add me on snap its {HANDLE|jess.b2k10} 💕
me and {NAME|Hope} went to the park and some older lads started filmin us
{NAME|Destiny} said her step dad hits her mum wen hes drunk and she dont wanna go home
i live at {ADDRESS|14 larch close} with my nan and my little bro {NAME|tyrese}
{NAME|callum}s brother said if i grass hes gonna do me in
bday is {DATE_OF_BIRTH|3rd april} and im gonna be 15 💀
my discord is {HANDLE|shadowking#4821} dont tell my mum
w/{NAME|ellie-mae} n {NAME|chloe} at maccies after skl
sir said {NAME|rhys} has to go isolation again lol
i go {SCHOOL|hollybrook academy} but i aint been in since feb
{NAME|oisín} n me r goin dublin at easter to see his nan
he said his name was {NAME|Dre} and he was 19 but he looked way older
dm me on insta {HANDLE|@_lil.j.x}
{NAME|priya} told miss about the pics and now every1 hates her
i dunno my postcode i think its {POSTCODE|m14 7qt}
cant believe {NAME|Grace} blocked me on everything 😭 wat did i do
my mates {NAME|abdi} and {NAME|hodan} said they seen him at the chicken shop on fri
the man in the car was called {NAME|Tariq} or {NAME|Tareq} sumthin like that
ring me {PHONE|o77oo 9oo 345} its my new sim
luv u {NAME|jess} xx dont listen to them
im stayin at nanna {NAME|pat}s this wk cos mum kicked me out
{NAME|marcus} from yr 11 keeps messagin me weird stuff at nite
i was at {NAME|shanice} house wen the police came
me and {NAME|will} got caught vapin in the toilets
snap me {HANDLE|bigmo_0fficial} i aint got insta no more
he keeps sayin hes gonna post them on {URL|tiktok.com/@kayden.fox09} if i dont send more
the only teacher i trust is mrs {NAME|okafor} she actually listens
{NAME|Minh} said he works in a nail bar but he dont get paid nothin
i used to go {SCHOOL|st brigids} but got kicked out in yr 8
{NAME|leah} n {NAME|amber} r fake fr
my real name is {NAME|Oluwaseun} but every1 calls me {NAME|seun}
ur boy {NAME|kwame} is a snake he showed every1 our chat
im in foster care with {NAME|Bev} and {NAME|Tony} theyre ok i guess
im {HANDLE|xXShadowKingXx} on xbox add me
email me at {EMAIL|jordanpike2009@example.com} if u want the notes
{NAME|jakub} said his uncle gets him work on the building sites cash in hand
got a new number {PHONE|07700 900 812} dont give it to {NAME|darnell}
miss plz dont tell mr {NAME|hughes} he will go mad
{NAME|zainab}s mum wont let her come out so we facetime instead
we was at {NAME|aisha}s 16th and these boys turned up from manny
i hate it at {SCHOOL|thornbury park} every1 is so fake
{NAME|Elif} n {NAME|Zeynep} helped me wen i had no1
his name on discord is {HANDLE|v0id.walker} he said he was 15 but his voice was deep
my birthday is {DATE_OF_BIRTH|14/02/2011} so i was 13 wen it happened
{NAME|Bartosz} keeps askin me to hold stuff for him in my bag
tell {NAME|john-joe} i said sorry i didnt mean it
{NAME|big mo} n {NAME|lil j} r always outside the offy
i live wiv my dad at {ADDRESS|flat 12 kestrel house} its on the 9th floor
{NAME|ffion} from the youth club is safe she listens
i told {NAME|siân} everything and she told the whole gc 😡
can u ask {NAME|Dmytro} if he got home ok he wasnt answerin
the guy who picked us up had a black merc and his mate was called {NAME|Kemar}
add me {HANDLE|@gethin.p_} on insta
{NAME|Lachlan} and {NAME|Iona} were there they seen everythin
he made a fake acc called {HANDLE|ellie_x_leaks} and posted my pics 😭
{NAME|Mary-Kate} is my cousin shes from the site too
im {NAME|tiannaaa} btw the one from the group 😊
ring my nan {PHONE|0161 496 0217} if im not back
{NAME|chenxi} doesnt speak much english but shes really kind
{NAME|Harvey} got jumped by {NAME|reece} and his lot outside greggs
i moved to {POSTCODE|BT12 6HN} wiv my aunty last month
{NAME|yusuf}'s big brother makes us sell for him
my old youth worker {NAME|Gaz} was the best he got me into boxin
me and {NAME|Faith} got a bus to town and never went home
{NAME|Summer} told me not to tell any1 wat her uncle did
i said i was at {NAME|jade}s but i was actually at his
{NAME|Rose} is my sisters name she is 6 and i look after her
my email is {EMAIL|iona.mcrae10 at example dot org} i think
pls help my friend {NAME|Temi} shes not been home for 3 days
{NAME|ionut} n his bro sleep in the car sumtimes
ive got ms {NAME|Begum} for maths and she actually helps me
soz {NAME|ciarán} i didnt mean to leave u on read
we all went back to {NAME|levi}s trailer after
yt channel is {URL|youtube.com/@LilJ_Drillz} go sub
{NAME|Kelvin} from chinese school picks me up sometimes
i go {SCHOOL|ysgol cwm derwen} and its alright i guess
{NAME|Frankie}'s dad is in prison so he lives with his nan
me n {NAME|mo} went to {NAME|abdullah}s for eid
i was 12 wen i met him on roblox his user was {HANDLE|ZeroCool_Rblx}
my mums number is {PHONE|+44 7700 900 561} but she dont answer
i was born {DATE_OF_BIRTH|12.06.10} not 2009 the school got it wrong
this is {NAME|adaeze} from the group, u said i can message u here
{NAME|amira} keeps cryin in the toilets and no1 knows why
got a new phone off {NAME|T-Bone} dunno his real name
{NAME|Ruby} has been my best mate since reception
fam {NAME|kemzy} got stabbed last nite is he ok??
i live in {ADDRESS|27a marsden st} above the barbers
{NAME|Aoife} and her mam are dead nice to me
my insta is {URL|instagram.com/shaunaa.mcc} and my tiktok is {HANDLE|@shaunaa_mcc}
just tell {NAME|Jack} to stop messagin me i aint interested
{NAME|lukasz} has been off skl for weeks his mum took him to poland
ring {PHONE|oh seven seven double oh nine double oh one four six} if u need me
it was {NAME|Ahmed} and {NAME|Bilal} who took my phone
i go {SCHOOL|Kingsmead PRU} now since the fight
{NAME|Tyler B} said he would send it to every1 if i told
{NAME|lil kay} is only 13 but she goes out with 18 yr olds
just moved to {POSTCODE|cf24 5pl} its near the uni
{NAME|Mehmet} from the kebab shop gives us free chips and lets us chill there
my cousin {NAME|paddy} said the guards in ireland r lookin for him
dob {DATE_OF_BIRTH|9/11/2010}
hiii its {NAME|Precious} from year 9 😊
{NAME|Hoang} and {NAME|Linh} dont go to school they work all day
ilysm {NAME|deshawn} ur the only one who gets me 💙
{NAME|kyla}'s mum said i can stay there til things calm down at home
he sent me his profile {URL|https://www.example.net/members/darkangel_17} he said he was 16
{NAME|sadia} n {NAME|ruksana} r my cousins we go same mosque
my address is {ADDRESS|9 wren walk} {POSTCODE|ls9 6rd} why do u need it
{NAME|Jamal} got arrested at the train station wiv a bag that wasnt his
if ur readin this {NAME|Chantelle} i miss u come home
my nans landline {PHONE|O113 496 O782} she dont have a mobile
{NAME|nathan} n {NAME|kieran} said im a grass
{NAME|KJ} and {NAME|Dee} are the ones runnin it
bc {NAME|Wiktoria} told every1 i fancy her brother 🙈
u know aunty {NAME|gloria}?? she said i can stay wiv her
mr {NAME|Adeyemi} let me sit in his room at lunch wen i had a panic attack
i got the bus to {NAME|Keisha}s in the middle of the nite cos i couldnt cope
{NAME|rayan} says he can get me a job that pays 200 a day lol
i dont even no {NAME|Connor}s surname he just messages me on snap
my dads called {NAME|Zoltán} he lives in hungary now
sendin this from {NAME|Yasmin}s phone cos mine got took
{NAME|Euan} from {SCHOOL|braeside high} is the one who started it
my tiktok is {HANDLE|jaydn.x_10} and my snap is {HANDLE|jaydn_2k10} 
im 14 my birthday was {DATE_OF_BIRTH|21st of october}
{NAME|Shay} is my boyfriend hes 20 but its fine he treats me good
{NAME|Saoirse} n {NAME|Niamh} r comin to mine after skl
my grandma {NAME|Ama} cooks for us every sunday shes my best person
"""

YOUNG_PERSON_NO_SPANS = r"""
i will tell u tmrw after skl if i can
hope ur ok babe i miss u 😭
went to Greggs then Primark then got the bus to Piccadilly
stormzy is the goat no debate
my nan is the only one who gets me tbh
Mum said im grounded til Friday cos of the vape
social came round again on Monday and asked loads of questions
i dont wanna go CAMHS its long and they just ask the same stuff every time
been on tiktok all nite cant sleep 😴
Summer holidays r the worst cos theres nothin to do and no food in
got new Jordans from JD and my dad went mad
to be frank i dont care what Sir thinks
the phone bill was 80 quid and Mum took my phone off me
some1 tried to jack my bike outside Tesco
got a bad mark in English again so thats me in detention
we aint got Sky no more so i just watch YouTube
Sweet Caroline came on at the match and every1 went mad
was playin Fortnite and Among Us til 3am on a school nite
Saka scored again get innnn ⚽
i dont trust the Police they never do nothin
Miss said i can go to the Hub at lunch if i need a break
my Dad works nights at Amazon so i dont see him much
joy of joys its monday again 🙄
keep the faith they said lol
i hope Year 11 goes quick
the rose gold one is nicer than the black one
went Barry Island with my Auntie in August it was sick
got the train to Stanley to see my Grandad he aint well
Taylor Swift tickets r like 300 quid thats mad
was on Roblox and a random kept askin for my snap so i blocked him
rang Childline last nite the lady was nice i guess
May half term we might go Blackpool if Mum gets paid
my Step Dad said i cant go out on a school nite
cant afford Nike so i get stuff off Vinted
Grace period on my phone contract ended so now its cut off
Will u come to the youth club on Weds?
Frank convo with Dad last nite he said hes sorry
Mark my words i aint goin back to that foster placement
Hope this helps idk what else to say
Faith schools r so strict no makeup no nothin
Joy Division is my dads fav band he plays it in the car
Summer in Leeds is just rain tbh ☔
Jack Wills hoodie was a fiver at the charity shop
Dr Martens r well comfy but they kill at first
McDonald's in town is where every1 meets on a Friday
I dont like the Head of Year shes always shoutin
Sainsbury's security guard kicked us out for nothin
Spider-Man is the best film ever dont @ me
Central Cee and Dave r the best rappers rn
Prime is overrated KSI just wants ur money
we had Christmas at Nans and it was actually nice for once
go gym at PureGym with my brother on Sundays
the Snapchat map shows where every1 is its creepy
New Years Eve was mad fireworks everywhere
lol he thinks hes Andrew Tate 💀
the Youth Worker said i can do Duke of Edinburgh next year
Amber warning for snow so skl might be shut tmrw 🤞
my Aunty works at Boots in Meadowhall
sunny day so we went Heaton Park and had a bbq
Billie Eilish concert was the best day of my life no cap
put 20 quid on Monzo then spent it all on Deliveroo
Chance would be a fine thing as my Nan says
Patience is not my thing lol Miss always says it
the Bobby on the bike stopped us and searched my bag for nothin
Drew a picture of my dog in Art and Sir put it on the wall
Miles away from my mates now since we moved to Swansea
Harry Potter is for kids dont judge me i still love it
been on Kooth and The Mix but not spoke to any1 yet
rang 111 and they said go A&E so we sat there 6 hours
i was at the station on 12/03 at like 11pm and no1 asked if i was ok
Mum says I'm the spit of Grandad lol
yeah but wil u actually be there or nah
we went Lidl then Aldi cos Mum wanted the cheap nappies
Monday Tuesday Wednesday its all the same in this place
Sky Sports on at the Youth Centre so we watched the City game
the Salvation Army shop had a PS4 for 40 quid
Bill Gates owns half the world lol
i got Year 10 options wrong now im stuck doin French
"""

CASE_NOTE = r"""
Strategy meeting held 14/11/2026 re {NAME|Kofi Mensah} (DOB {DATE_OF_BIRTH|03/04/2011}).\nAttendees: DS {NAME|Fiona Marsh} (Police), {NAME|Amanda Greaves} (Social Worker), {NAME|Rebecca Tull} (DSL, {SCHOOL|Hollybrook Academy}), Dr {NAME|Imran Qureshi} (Named GP).
Hi {NAME|Sarah},\nPlease see attached referral for {NAME|Leah Barker}. Mum ({NAME|Donna Barker}) is aware and consents.\nKind regards,\n{NAME|Gurpreet Dhillon}\nFamily Support Worker\nTel: {PHONE|0113 496 0342}\n{EMAIL|g.dhillon@example.org}
Call received from Nan, Mrs {NAME|Pauline Cartwright}, reporting that {NAME|Ellie-Mae} has not returned home since Saturday evening.
PC {NAME|Okonkwo} attended {ADDRESS|22 Aberdare Road}, {POSTCODE|CF24 3NW} at 23:40 following a concern for welfare call.
YP disclosed that an adult male known as "{NAME|Smokey}" has been supplying cannabis in exchange for "running" to Blackpool.
{NAME|Jermaine}'s mother, Ms {NAME|Campbell}, stated that he had been missing from 18:00 and his phone ({PHONE|07700 900 274}) was going straight to voicemail.
School log: {NAME|Rohan Pillai} (Y8) seen with unexplained cash and new trainers. Reported to DSL Mr {NAME|Ashworth}.
Dear Mr {NAME|Kowalczyk},\nI am writing to confirm {NAME|Oliwia}'s place at {SCHOOL|Larchfield Primary School} from 5 January.\nYours sincerely,\n{NAME|Helen Moorcroft}\nHeadteacher
Referral from {SCHOOL|St Aidan's RC High School}: {NAME|Niamh O'Driscoll}, Year 10, disclosed self-harm to her form tutor Ms {NAME|Brennan}.
Present: {NAME|Cerys Pritchard} (chair), {NAME|Tomos Evans} (YJS), DC {NAME|Gareth Lewis}, {NAME|Bethan Rees-Morgan} (Health). Apologies: {NAME|Owain Jenkins}.
Home visit to {ADDRESS|Flat 3, Denholm Court}, {POSTCODE|G42 8DZ}. {NAME|Euan McLeish} and his mother {NAME|Morag} were present; {NAME|Euan} was reluctant to engage.
Concerns raised by Sgt {NAME|Hussain} that {NAME|Abdi Warsame} (15) has been linked to a county line operating between Bristol and Weston-super-Mare.
Operation Encompass notification: police attended the family home at {ADDRESS|41 Sefton Drive}, {POSTCODE|L8 2TU} overnight. Children {NAME|Kayden} (9) and {NAME|Lacey} (6) were present.
{NAME|Bridget McDonagh} (maternal aunt) lives at {ADDRESS|Plot 6, Holmfield Traveller Site} and has offered to care for {NAME|Mary-Kate} and {NAME|Johnny}.
MARAC referral: perpetrator {NAME|Lee Dawson}, victim {NAME|Kerry-Ann Dawson}; child {NAME|Mason} aged 4 resides at the address.
Interpreter ({NAME|Trần Thị Lan}, Vietnamese) present. {NAME|Phạm Quang Huy} stated he travelled to the UK in a lorry and was told to work to pay off a debt.
CSE risk assessment for {NAME|Shanice Grant}: older male "{NAME|Tee}" identified, Snapchat username {HANDLE|tee_money_7}.
Discussed with team manager {NAME|Jo Whitfield}; agreed to convene an ICPC within 15 working days.
Police log 04:12: female {NAME|Andreea Munteanu}, DOB {DATE_OF_BIRTH|19/08/2009}, located at Victoria Coach Station and returned to placement.
{NAME|Yousef Al-Masri} (UASC) attended with key worker {NAME|Rania}. He reports his brother {NAME|Khalid} remains in Calais.
Spoke with {NAME|Emre}'s father Mr {NAME|Yılmaz} by telephone on {PHONE|020 7946 0481}; he was unaware of the exclusion.
{NAME|Chidi} disclosed that Uncle {NAME|Ray} keeps "stuff" in the loft and has told him not to go up there.
Thanks {NAME|Sian}, I've updated Mosaic.\n{NAME|Dan}
Subject: {NAME|Harvey Dunmore} - missing episode\nHi all, {NAME|Harvey} returned at 02:00 in a taxi paid for by an unknown adult. Return home interview booked with {NAME|Kirsty} from Barnardo's.
Attendees: {NAME|Lisa Hartley} (IRO), {NAME|Marcia Francis} (foster carer), {NAME|Delroy Francis} (foster carer), {NAME|Kemi Adeyemi} (SW), {NAME|Tom Baird} (Virtual School).
Child's mother {NAME|Samira Abdullahi} gave consent for information to be shared with CAMHS and the GP.
PC {NAME|Doherty} stopped {NAME|Tommy Connors} (14) riding a quad bike on the A59; words of advice given, no further action.
{NAME|Dušan Horváth} (father) requested a Slovak interpreter; {NAME|Renata} (mother) speaks some English.
Youth worker {NAME|Naz} reports {NAME|Bilal Akhtar} has been seen getting into a grey Audi outside the youth centre most evenings.
Email from school: "{NAME|Jordan} has not attended since 3rd November; please can someone visit {ADDRESS|9 Wren Walk}?" - Mr {NAME|P. Sandhu}, Attendance Officer
Attendees: Sgt {NAME|Kieran Boyle} (PSNI), {NAME|Louise McCartney} (SW), {NAME|Orla Magennis} (Education Welfare), Dr {NAME|Aidan Quinn}. Child: {NAME|Tiernan Devlin}, DOB {DATE_OF_BIRTH|02/02/2012}.
{NAME|Kristina Petrauskaitė} is registered with the practice under NHS number {NHS_NUMBER|999 526 0182}.
Contact details for aunt: {NAME|Efua Owusu}, {PHONE|07700-900-619}, {EMAIL|efua.owusu@example.net}.
S47 outcome: {NAME|Zara}'s disclosure regarding her stepfather {NAME|Gavin Price} substantiated; child protection plan recommended.
Mr {NAME|Chen} (father of {NAME|Chen Jiayi}) attended with a Mandarin interpreter and was tearful throughout.
{NAME|Precious Adebayo}'s carer {NAME|Yvonne} reports that she has been receiving gifts from an unknown male.
Discord server link shared in the group: {URL|https://discord.gg/q7TzR2mW}; moderators include {HANDLE|NightOwl#0731}.
Online safety concern: account {HANDLE|@ayaan.h_} followed by an adult profile {URL|https://www.example.com/profile/modelscout_uk_0fficial} offering "paid shoots".
{NAME|Abena} told her teacher Mrs {NAME|Lowther} that {NAME|Kwame Asante} (cousin, 19) keeps her phone at night.
Called {NAME|Reece Whitfield}'s mum on {PHONE|07700 900 733} - no answer, voicemail left.
Review meeting: {NAME|Wanjiru Kamau} (mother) attended; {NAME|Njeri} chose not to attend but sent her views via her advocate.
{NAME|Ionela Lăcătuș}, 16, is reported to be married to {NAME|Florin Stoica}, 22. Concern re forced marriage; Forced Marriage Unit contacted.
Summary written by {NAME|Helen Armitage}, Senior Practitioner, Early Help Hub.
Forwarded: {NAME|Callum Hughes} (DOB {DATE_OF_BIRTH|23 September 2010}) excluded from {SCHOOL|Thornbury Park High School} following possession of a bladed article.
DS {NAME|Akhtar} confirmed that the phone seized from {NAME|Lachlan Baird} contained contacts saved as "{NAME|Fraz}" and "{NAME|Bossman}".
Letter sent to {ADDRESS|56 Pennington Street}, {POSTCODE|HU3 6QA} inviting parents to the Initial Child Protection Conference.
{NAME|Ifeoma} presented at A&E with her friend {NAME|Chloé} at 01:30; both intoxicated and unable to say where they had been.
Father {NAME|Jean-Baptiste Nsengiyumva} attended with his solicitor and declined to answer questions.
Hi {NAME|Mo},\nJust checking you got my voicemail about {NAME|Tyrone}'s court date.\nCheers\n{NAME|Kat}\nYJS Case Manager\n{PHONE|0161 496 0758}
Minutes - Professionals meeting re: {NAME|Sophie-Leigh Ward}\nPresent: {NAME|Alison Reid} (SW), PC {NAME|Ben Yates}, {NAME|Nadia Rahman} (School Nurse)
{NAME|Maisie}'s Instagram account {HANDLE|@maisie.x.10} has been messaged by multiple adult males.
Foster carer {NAME|Grace Obi} reports that {NAME|Ngozi} returned smelling strongly of cannabis.
{NAME|Will Ashton} (Youth Worker) will continue weekly sessions at the youth centre.
Concern from neighbour at {ADDRESS|17 Hawthorn Avenue} that the children are left alone overnight; neighbour asked not to be named.
{NAME|Sunita Bhatt} (aunt) can be contacted on {PHONE|+44 (0)113 496 0129}.
Allocated to {NAME|Joy Mensah-Bonsu}, Social Worker; case transferred from {NAME|Patrick Reilly}.
{NAME|Dylan} reports he was approached in the park by a man calling himself "{NAME|Skinny}" who offered him £50.
{NAME|Hope Barnes} (Independent Reviewing Officer) chaired the review.
Return interview: {NAME|Zuzana} states she stayed at {NAME|Marek}'s flat on {ADDRESS|Gower Street} for two nights.
Spoke with the DSL, Mr {NAME|Andrew Pike}, at {SCHOOL|Moorside Community Academy}; he will share attendance data.
PNC check on {NAME|Darren Stokes}, DOB {DATE_OF_BIRTH|11/05/1991}, shows previous convictions for supply.
School nurse {NAME|Amy Tran} reports that {NAME|Lily}'s weight has dropped significantly since September.
From: {EMAIL|kirsty.hale@example.org}\nTo: {EMAIL|duty.team@example.org}\nRe: {NAME|Kai} - urgent\nPlease call me back before 3pm.
{NAME|Shaquille}'s phone contains messages from a contact saved as "{NAME|Bigz}" directing him to Cardiff.
Missing from home: {NAME|Kacper Nowak}, 14, last seen wearing a black North Face jacket near Piccadilly Gardens.
Attended by DC {NAME|Siobhan Kelly} and PC {NAME|Arjun Mehta}. Victim {NAME|Layla Haddad} provided an ABE interview.
GP letter: patient {NAME|Oisín Kavanagh}, NHS No. {NHS_NUMBER|9991590838}, DOB {DATE_OF_BIRTH|07/07/2012}.
{NAME|Cathal} is staying with his grandmother {NAME|Bernadette Doherty} in Derry while his mother is in hospital.
{NAME|Kev}, can you pick up the Section 20 paperwork from Mrs {NAME|Gaskin} tomorrow? Thanks, {NAME|Louise}
{NAME|Ayesha}'s older brother {NAME|Imran} collected her from school in breach of the safety plan.
The young person's TikTok ({URL|https://www.tiktok.com/@jaylaa.b_x}) shows her at a house party at 3am.
Incident log: {NAME|Tyrese Bailey} (Y9) assaulted {NAME|Kian O'Neill} (Y9) in the canteen. Both sets of parents informed by Mr {NAME|Forbes}.
Placement with {NAME|June} and {NAME|Alan Price} ended on 30/09/2026 at the carers' request.
{NAME|Hamza} disclosed that he owes £400 to "{NAME|K-Dog}" after his bag was "robbed".
Contact: {NAME|Mihai Dumitru} (father), {PHONE|07700 900 908}, lives at {ADDRESS|88 Tudor Grove}, {POSTCODE|NG7 5HS}.
Please can the duty team call {NAME|Kerry} at the school on {PHONE|01632 960 443}?
Concern re {NAME|Liam}'s mother {NAME|Stacey Lowe} leaving him with her new partner {NAME|Craig}.
Regards,\n{NAME|Fatima Chowdhury}\nDesignated Safeguarding Lead\n{SCHOOL|Greenhill Academy}\n{PHONE|0113 496 0671}
{NAME|Kayleigh} (16) reports being added to a Snapchat group by "{HANDLE|trapboy_kid}".
Consultation with LADO regarding an allegation against PE teacher Mr {NAME|Steven Hollis} at {SCHOOL|Hazelwood Primary}.
{NAME|Sabrina Boswell} has not been on roll anywhere since the family moved onto the roadside site in March.
TAF meeting: {NAME|Ruth Milne} (HV), {NAME|Kwesi Boateng} (dad), {NAME|Laura} (mum), {NAME|Megan} (SENCo, {SCHOOL|Fernside Infant School}).
DS {NAME|O'Connor} advised that {NAME|Tommy Joyce} has been charged and remanded.
Referral taken by {NAME|Melanie D'Souza} at MASH at 10:15.
{NAME|Zoë} has been self-harming since her father {NAME|Nigel} left the family home.
{NAME|Renée Clarke} (kinship carer) requested financial support for school uniform.
Address on file is {ADDRESS|Flat 12, Kestrel House, Brunswick Estate}, {POSTCODE|M40 7GL}, but mother says they were evicted in July.
Medical: {NAME|Tianna McKenzie}, NHS number {NHS_NUMBER|999 016 6137}, allergic to penicillin.
{NAME|Andre Forbes} (18) is believed to be the older male collecting {NAME|Keisha} from school.
Email to parent:\nDear Mrs {NAME|Thompson-Blake},\nThank you for meeting with me today.\nBest wishes,\n{NAME|Rhiannon Vaughan}\n{EMAIL|rhiannon.vaughan@example.org}
PC {NAME|Gill} spoke to {NAME|Navjot} and {NAME|Harpreet} (siblings) at the roadside; both said they were walking to their aunt's.
{NAME|Nour El-Sayed} asked that the interpreter be female; this was arranged via the Arabic service.
Chronology entry 03/02/2026: {NAME|Bao Tran} missing from care for the fourth time; found by BTP at Euston.
Contact with maternal grandfather {NAME|Hugh Strachan} by telephone on {PHONE|0131 496 0893}.
Police intelligence suggests {NAME|Marius Rostaș} is housing several young Roma males at {ADDRESS|114 Cedar Road}, {POSTCODE|LE4 6TD}.
{NAME|Lauren} (Early Help) will chase up the Brook appointment for {NAME|Demi}.
{NAME|Wang Hao} is a student at {SCHOOL|Kensington Park College} and lives with a host family on {ADDRESS|Alder Crescent}.
Mr {NAME|Boateng} stated that {NAME|Yaw} was "disrespectful" and that physical chastisement is normal in their culture.
ABE planning: lead interviewer DC {NAME|Harriet Stone}; intermediary {NAME|Gwen Pryce}; child {NAME|Ffion Bevan}, aged 8.
{NAME|Ruksana Begum} (mother) told the health visitor that {NAME|Farhan} is not registered with a GP.
Hi {NAME|Dev},\nCan you add {NAME|Lucy}'s new mobile to the file? It's {PHONE|+44 7700 900 284}.\nThanks\n{NAME|Sam}
{NAME|Tesfaye Bekele} (UASC, age disputed) was placed at {ADDRESS|Room 4, 19 Victoria Terrace} pending assessment.
Chair: {NAME|Gillian Rowe}. Minute taker: {NAME|Precious Nwosu}. Family: {NAME|Amina Yusuf} (mum), {NAME|Abdirahman Yusuf} (dad).
{NAME|Sean}'s Xbox Live gamertag is {HANDLE|SeanyBoi_4Life}; adult contacts identified via the console.
Safe and well check completed at {ADDRESS|6 Bryn Teg}, {POSTCODE|SA1 2FN}; {NAME|Gethin} was asleep on arrival.
{NAME|Mustafa Şahin} (stepfather) refused entry to police and was verbally abusive.
Mother {NAME|Ana Popescu} disclosed that {NAME|Ionuț} has been going to a "job" with older men since the summer.
Hello {NAME|Rachel},\nFurther to our call, {NAME|Sunny} has been excluded for five days. Please contact me on {PHONE|029 2018 0574}.\n{NAME|Geraint}
Home visit: {NAME|Jasmine Lee}'s trailer was clean and warm; her father {NAME|Henry Loveridge} was present throughout.
{NAME|Moira} (NSPCC helpline) passed on a call from an anonymous member of the public about {NAME|Kayla}.
Missing person report: {NAME|Keanu Francis}, DOB {DATE_OF_BIRTH|14.03.2010}, of {ADDRESS|3 Limekiln Row}, {POSTCODE|TS1 4LD}.
{NAME|Rosie}'s father {NAME|Frank Mallon} was present and agreed to the safety plan.
{NAME|Jack Stokes} and {NAME|Ben} were found in the derelict pub and taken home by police.
{NAME|Siobhán} reports her mam's boyfriend "{NAME|Deccy}" has been staying most nights.
PC {NAME|Lowe} sent the screenshot showing messages from {HANDLE|@real_k1ng_t}, who asks {NAME|Mollie} to meet at the bus station.
{NAME|Huda}'s mother said they are moving to {ADDRESS|31 Rowan Way}, {POSTCODE|B21 9NU} next week.
Log: {NAME|Ryan Hartley} arrested on suspicion of possession with intent; appropriate adult {NAME|Sheila} attended custody.
{NAME|Delphine} (French teacher) raised concern that {NAME|Ama Darko} flinched when touched on the arm.
Youth Offending: {NAME|Kyle Bradshaw} completed 12 hours of reparation with {NAME|Martin Doherty} at the allotments.
Referral from Sgt {NAME|Mahmood}: {NAME|Kai Cheung} (13) found in a cannabis grow house at {ADDRESS|47 Oakfield Road}.
{NAME|Dai} from the housing team confirmed that {NAME|Eleri Vaughan} holds the tenancy.
{NAME|Darnell}'s grandmother {NAME|Beverley Campbell} was granted an SGO in 2024.
To: {NAME|Andy Lindsay}\nFrom: {NAME|Nicola Grant}\nRe: {NAME|Fraser} - CP plan ended\nAll actions completed.
{NAME|Mehwish} confided in Miss {NAME|Carter} that she is frightened of being taken to Pakistan in the summer holidays.
Agreed actions: {NAME|Aoife Brennan} to complete a home visit; DC {NAME|Pratt} to review the phone download; Dr {NAME|Shah} to see {NAME|Maya}.
Mother {NAME|Kathleen Maughan} left a message on the duty line ({PHONE|028 9649 6231}) asking for {NAME|Mary}'s social worker.
Chronology: 2019 - {NAME|Sophie} removed to foster care; 2021 - returned home under a supervision order.
Named officer PC {NAME|Rebecca Adair} will liaise with {SCHOOL|Glenview Integrated College} about {NAME|Cormac}.
{NAME|Leon} (16) stated "{NAME|Blade} sorted me out with a phone and a bike, I do bits for him".
Email from {NAME|Nimmi Patel} ({EMAIL|nimmi.patel[at]example[dot]com}) requesting an update on her daughter's case.
{NAME|Lee-Ann} and {NAME|Kerry} are twins; only {NAME|Lee-Ann} was present at the visit.
{NAME|Harmony}'s mum confirmed that {NAME|Harmony} has been staying with friends in Moss Side.
"""

CASE_NOTE_NO_SPANS = r"""
Strategy meeting convened under Section 47. Police, Children's Social Care, Health and Education represented. Outcome: proceed to ICPC.
Mum reports that YP has been going missing most weekends and returning with new clothes from JD Sports and Foot Locker.
Nan is willing to provide respite at weekends but is worried about her own health.
CAMHS have declined the referral as it does not meet threshold; Early Help to offer a Kooth sign-up and a Youth Worker.
Police attended at 22:15 on Friday 12 June following a 999 call from a neighbour; no arrests made.
The Designated Safeguarding Lead will share the chronology with the Team Manager by Wednesday.
YP stated he "grafts" in Blackpool and Preston and gets paid in cash and Nike trainers.
Social worker visited; home conditions poor, no food in the fridge, electricity on an emergency top-up.
Return home interview offered by Barnardo's; YP declined on this occasion.
MASH decision: threshold met for Section 17 assessment (Child in Need).
Dad was frank about his drinking and agreed to a referral to the Drug and Alcohol Service.
Mum says she hopes the new school will be a fresh start after the Easter holidays.
YP will attend the Duke of Edinburgh expedition in May if the risk assessment is agreed.
Concern raised by the Head of Year that YP has been wearing a Canada Goose coat and has two iPhones.
The Independent Reviewing Officer chaired the LAC review; the foster carers, the Virtual School and the social worker attended.
Referral received from the Police Child Abuse Investigation Unit regarding images shared on Snapchat and Telegram.
Sky, BT and Virgin Media all confirmed there is no broadband account at the property.
The family are Irish Travellers and have recently moved from Leeds to the site near Wakefield.
Mother reports the rent arrears began when Universal Credit was stopped in April.
Dr Martens boots, a Stone Island jacket and a Gucci belt were found in YP's wardrobe; YP could not account for them.
School reports attendance at 48% this term; EWO has issued a warning letter.
YP disclosed that older boys from the estate "rob" younger ones and make them sell in Stanley and Chester-le-Street.
Grace period for the housing application expires at the end of the month; Housing Options advised.
The Youth Justice Service will complete an AssetPlus assessment before the Referral Order panel.
Health visitor noted Mum appeared low in mood; GP advised to review medication.
Meeting postponed from Tuesday 3 March to Thursday 5 March because the Police were unavailable.
YP said she feels safe with her Nan and Grandad and wants to stay there until Christmas.
Operation Encompass notification received by the school at 08:30; the class teacher was informed.
Will continue to monitor; case to be reviewed at the next Core Group.
Hope Street Children's Centre offered a parenting course starting in September.
YP is a keen boxer and trains at the Salvation Army hall on Mondays and Thursdays.
Concerns around Child Criminal Exploitation; NRM referral to be completed by the Single Competent Authority deadline.
The Forced Marriage Unit advised that the family had booked flights to Islamabad for the summer.
Police and Crime Commissioner funding approved for the Safer Streets project in the town centre.
Missing episode: YP left the children's home at 19:00 and was found at McDonald's near the bus station at 01:00.
Mother gave consent for the School Nurse to share information with the Paediatrician at the Royal Victoria Infirmary.
Brook sexual health clinic contacted; YP had attended for emergency contraception on Saturday.
Placement stability meeting: carers report YP has settled and is going to Army Cadets on Wednesdays.
Father was released from HMP Wandsworth in January and is subject to licence conditions.
CCTV from Tesco Express shows YP entering a silver Mercedes at 17:42.
YP says she only listens to Taylor Swift and Olivia Rodrigo when she is upset.
The family were rehoused by the Council after the fire; Red Cross provided emergency clothing.
School log: Year 9 boy found with a vape and £320 in cash; parents contacted; Police informed.
Dawn raid carried out by the Police at the address; no children present at the time.
The Bobby Van scheme will fit new locks for the family.
Victoria Station, Manchester: BTP officers located two missing teenagers at 23:50.
Amber risk rating agreed at the Exploitation Panel; review in six weeks.
Rose Court Children's Home reported that YP absconded via the fire exit.
In good faith, the school shared the concern before obtaining parental consent.
YP has a Summer job at Alton Towers and is due to start in July.
Chair reminded attendees that information shared is confidential and must not be forwarded outside the meeting.
The bill for the emergency accommodation at the Premier Inn will be covered by the Section 17 budget.
Mother described the father as "a real Jack the Lad" but denied any violence.
YP enjoys drawing Marvel characters and wants to go to art college in Liverpool.
Police National Computer check completed; no trace.
Early Help Assessment closed; family stepped down to universal services.
Dad is a Jehovah's Witness and does not agree to blood products; this was discussed with the consultant.
The Virtual School Head agreed to fund a laptop and tutoring through Pupil Premium Plus.
Marks and bruises noted on both forearms; YP said they were from a fall at the skate park.
YP was taught at home by Mum after leaving Year 7; Elective Home Education team notified.
The LADO has been notified; the allegation relates to a member of staff at a residential setting.
Foster carers will take YP to Center Parcs over half term; permission given by the Local Authority.
Weekly sessions continue at the Youth Hub on Fridays; YP engages well with the boxing coach.
Interpreter booked via Language Line for the Tigrinya-speaking mother.
Home Office confirmed the asylum claim is still pending; Refugee Council supporting.
The Prince's Trust course in Newport starts on 6 October; YP has expressed interest.
YP said King Charles is "alright" when asked about the school trip to Windsor Castle.
Father works long shifts at Asda and Mother works nights at the Royal Infirmary.
Summary: no further concerns identified at this time. Case closed to Children's Social Care with advice given.
Joy and relief expressed by Mum when told the plan had ended.
The Head Teacher will write to the Governors regarding the exclusion.
On Monday the Police Neighbourhood Team carried out a weapons sweep in the park and found two knives.
YP reports being bullied on WhatsApp and Instagram; school will run an assembly on online safety.
"""

FORM = r"""
Name: {NAME|Kofi Mensah}
First name: {NAME|Saoirse}\nSurname: {NAME|Ní Bhriain}
DOB: {DATE_OF_BIRTH|05/11/2010}
NHS no: {NHS_NUMBER|999 186 0916}
Postcode: {POSTCODE|BD3 8AW}
Address: {ADDRESS|Flat 7, Orchard House, 12 Mill Lane}, Bradford, {POSTCODE|BD3 8AW}
Mobile: {PHONE|+44 7700 900 045}
Email: {EMAIL|tanvir.r@example.com}
School: {SCHOOL|Westbrook Academy}
Emergency contact: {NAME|Nasreen Akhtar} (mother) {PHONE|07700 900 390}
Snapchat: {HANDLE|k1ng_kemar}
Referrer: PC 4471 {NAME|Dunn}, Neighbourhood Policing Team
GP: Dr {NAME|Nwosu}, Parkside Surgery
Allocated social worker: {NAME|Kemi Adeyemi}
Child's name: {NAME|Lê Thu Hà}\nLanguage: Vietnamese
Known associates: "{NAME|Smokey}", "{NAME|Little Man}", {NAME|Tyler Bradshaw}
Date of birth: {DATE_OF_BIRTH|2011-09-30}
Patient: {NAME|Zeynep Öztürk}; NHS number: {NHS_NUMBER|9993909963}
Home phone: {PHONE|(0161) 496 0305}
Parent/carer email: {EMAIL|d.maughan (at) example.net}
Current school: {SCHOOL|St Columba's Primary School}
Previous school: {SCHOOL|Ysgol Gynradd Bryn Celyn}
Address: {ADDRESS|23 Heol y Felin}, Cardiff, {POSTCODE|CF14 2RB}
Discord: {HANDLE|ghosty#7719}
TikTok: {HANDLE|@bxby.jas}
Instagram: {URL|https://instagram.com/taylaa.xo_}
Name of young person: {NAME|Aleksandra Wiśniewska}\nAge: 15
Sibling(s): {NAME|Kai} (12), {NAME|Lola} (9), {NAME|Reggie} (2)
Mother: {NAME|Chantelle Rowe}\nFather: {NAME|Liam Rowe} (not in contact)
Completed by: Ms {NAME|R. Ahmed}, Learning Mentor
YP name: {NAME|Oluwatobi "Tobi" Balogun}
D.O.B. {DATE_OF_BIRTH|17th March 2009}
NHS: {NHS_NUMBER|999-030-8241}
Contact number: {PHONE|01632 960 118}
Alt. number: {PHONE|07700-900-564}
Email address: {EMAIL|mcdonagh.b@example.org}
Xbox gamertag: {HANDLE|Mr Chaos 2010}
Roblox username: {HANDLE|pinkbunny_1112}
Website/profile: {URL|www.example.org/people/jamie-kerr}
Referrer name: {NAME|Aled Powell}\nReferrer role: Detective Constable\nReferrer phone: {PHONE|029 2018 0233}
Postcode: {POSTCODE|n17 6gh}
Postcode of incident: {POSTCODE|SE15 4NB}
Address at time of incident: {ADDRESS|Flat 2, 86 Rye Lane}, {POSTCODE|SE15 4NB}
Carer: {NAME|Margaret O'Hare} (maternal grandmother)
Interpreter: {NAME|Hamid Rezaei} (Dari)
Alleged perpetrator: {NAME|Connor Dean}, DOB {DATE_OF_BIRTH|01/12/2003}
Victim: {NAME|Amelia-Rose Hunt}; DOB: {DATE_OF_BIRTH|28.02.2012}; School: {SCHOOL|Brambleside Primary}
Name: {NAME|Mohammed Ali Hassan}
Name: {NAME|Tomás Ó Súilleabháin}
Name: {NAME|Chukwuemeka Eze}\nDOB: {DATE_OF_BIRTH|10-04-2010}\nPostcode: {POSTCODE|E13 9LQ}
Keyworker: {NAME|Grace}\nPlacement: Rose Court Children's Home
Head of Year: Mr {NAME|Lindqvist}
Name: Dr {NAME|Farah Siddiqui}, Community Paediatrician
Telephone: {PHONE|0207 946 0112}
Tel: {PHONE|+44 20 7946 0990}
Phone: {PHONE|0 1 1 3 4 9 6 0 4 4 5}
Mobile (as written by YP): {PHONE|zero seven seven zero zero nine zero zero five five one}
Email: {EMAIL|Tommy.Connors14@example.com}
Email: {EMAIL|ola_k [at] example [dot] net}
Home address: {ADDRESS|Plot 11, Meadow View Park}, Doncaster
NHS number (from GP): {NHS_NUMBER|999 628 1949}\nGP surgery: Moss Lane Medical Centre
Name of setting: {SCHOOL|Oakhill Alternative Provision}
College: {SCHOOL|Riverside Sixth Form College}
Full name: {NAME|Abdullahi Mohamed Nur}
Father's name: {NAME|Kristóf Balogh}
Mother's name: {NAME|Gabriela Oláhová}
Name: {NAME|Nguyễn Thị Mai}\nDOB: unknown (claims to be 15)
Young person: {NAME|Caoimhe McGuigan}\nSchool: {SCHOOL|St Malachy's College}\nPostcode: {POSTCODE|BT15 2GH}
Parent phone: {PHONE|028 9649 6587}
Contact: {NAME|Jayden-Lee Smith}, {PHONE|07700 900 001}
Social worker email: {EMAIL|amanda.greaves@example.org}
Reporting officer: Sgt {NAME|McAllister}, collar 2291
Appropriate adult: {NAME|Beryl}
NHS No.: {NHS_NUMBER|9998219930}; DOB: {DATE_OF_BIRTH|14/08/2013}
YP handle (Telegram): {HANDLE|@notyourbae_99}
Profile link: {URL|https://www.example.com/u/bigmo_0fficial}
Address: {ADDRESS|45 Kinloch Street}, Dundee, {POSTCODE|DD3 7PE}
Postcode: {POSTCODE|AB24 5ZN}
Previous address: {ADDRESS|12b Castle Wynd}, Edinburgh {POSTCODE|EH11 3LA}
Name and DOB: {NAME|Ali Hassan Jama}, {DATE_OF_BIRTH|1 Jan 2009} (assessed)
"""

FORM_NO_SPANS = r"""
Ethnicity: White British
Religion: Church of England
Referral source: Police
Gender: Female
Outcome: NFA
Risk level: Amber
Legal status: Section 20 (accommodated)
Language: Tigrinya\nInterpreter required: Yes
School year: Year 9
Placement type: Residential (out of area)
Date of referral: 14/11/2026
Next review: March 2027
Category of abuse: Neglect
Consent obtained: Y
Missing episodes (last 90 days): 4
Keyworker: TBC
Allocated team: Hope Street Hub
Nationality: Vietnamese
Immigration status: UASC
Disability: ADHD (diagnosed by CAMHS)
Faith: Muslim
Marks awarded: 34/50
Mother's name: Not known
Father: Deceased
Free school meals: Yes
EHCP: Applied for, decision due June
Bill payer: Mum
Known to: YJS, CAMHS, Early Help
Contact preference: Text, not before 10am
Phone: withheld
Email: not provided
Postcode: unknown (NFA)
Social media used: TikTok, Snapchat, Discord, Roblox
Court: Youth Court, Courtroom 3
Offence: Possession of Class B
Referral type: NRM (Modern Slavery)
Presenting issue: Child Criminal Exploitation
Role: Team Manager
Relationship to child: Nan
Lives with: Mum, Stepdad, 2 siblings
GP practice: Not registered
Attendance %: 61.4
Exclusions this year: 2 fixed-term
Favourite music: Stormzy, Little Simz, Sabrina Carpenter
Hobbies: Xbox, Fortnite, boxing at the Salvation Army hall
Programme: Summer 2026 activity programme
Date of meeting: Thursday 10 December 2026
Time missing: 18:30 Saturday to 02:15 Sunday
Location found: Piccadilly Gardens, Manchester
Area: Moss Side
Local authority: Cardiff Council
Police force: PSNI
Service: Youth Justice Service
Agency: NSPCC
Agreed by: Head of Service
Signature: signed
Will YP attend the meeting? No
Does the child have a Social Worker? Yes
Sexual orientation: Prefer not to say
Wishes and feelings: wants to go home to Mum
"""

YOUNG_PERSON_2 = r"""
my email is {EMAIL|kayla.x2010 (at) example (dot) com} but i never check it
send it to {EMAIL|bigmo.music@example.net} he does the beats
{EMAIL|lilj_2k11@example.com} is my old email dont use it
my nhs number is {NHS_NUMBER|999 231 9488} the nurse wrote it on my hand lol
his page is {URL|https://www.example.com/@trapstar_deano} he posts all the stuff there
the link he sent was {URL|discord.gg/Xy7Pq2Lm} its a server for "models" 🤢
born {DATE_OF_BIRTH|01/01/2010} so im the oldest in my class
my bday is {DATE_OF_BIRTH|25th dec} so i get no presents lol
me n {NAME|tash} go {SCHOOL|parkfield high} but shes in the other form
{NAME|Oliwia} said her mum found the messages from {HANDLE|@dxddy.kane} and rang the police
follow my finsta {HANDLE|@not.ellie.again} close friends only tho
{NAME|big mo}s brother has a page {URL|www.example.net/u/mo-the-plug} every1 knows its him
email {EMAIL|t.nguyen09 [at] example [dot] net} thats my skl one
i go {SCHOOL|st mary magdalene} in yr 7 its well strict
his number is {PHONE|oh double seven double oh nine double oh six two eight} he said delete it after
new num {PHONE|07700 9OO 6O1} save it under {NAME|bex}
"""

YOUNG_PERSON_2_NO_SPANS = r"""
my email got hacked so i made a new one lol
wats the link for the youth club thing
the NHS app says i got an appointment on tuesday
follow the school insta for the prom pics
Grace Jones is my nans fav singer
Jack Harlow and Drake on repeat all day
the King's Trust thing was alright they gave us lunch
went Rose and Crown with my Dad for Sunday dinner
Frankie & Benny's for my birthday treat was peak
"""

CASE_NOTE_2 = r"""
Email received from {EMAIL|sandra.pike@example.com} (mother of {NAME|Jordan}) asking for the meeting to be moved.
Please reply to {EMAIL|safeguarding.hollybrook@example.org} with any updates regarding {NAME|Kofi}.
{NAME|Layla}'s school email ({EMAIL|lhaddad10@example.org}) was used to contact an adult male.
Referral: {NAME|Kacper Nowak}, DOB {DATE_OF_BIRTH|18/06/2012}, NHS {NHS_NUMBER|999 757 4915}, attends {SCHOOL|Moorside Community Academy}.
Health summary for {NAME|Ffion Bevan}: NHS number {NHS_NUMBER|9991862528}; immunisations up to date.
The ED record lists {NAME|Amira Saleh}, NHS {NHS_NUMBER|999-760-1890}, attending at 02:10 with a head injury.
Birth certificate shows {NAME|Tyrese}'s date of birth as {DATE_OF_BIRTH|29 February 2012}; school records show a different date.
Age assessment: {NAME|Habib Noorzai} claims DOB {DATE_OF_BIRTH|12/04/2010}; assessed age 17.
YouTube channel {URL|https://www.youtube.com/@KDogOfficial_x} features {NAME|Hamza} in drill videos naming rival groups.
Adult male using profile {URL|https://www.example.com/users/sweetboy1990} contacted {NAME|Lily} on 14 occasions.
Linktree found on {NAME|Jaylaa}'s phone: {URL|https://linktr.ee/jaylaa.b_x}
Strategy discussion minutes\nAttendees: {NAME|Deborah Fenwick} (Chair, CSC), DS {NAME|Rahul Verma} (CID), {NAME|Claire O'Hagan} (Health), {NAME|Sinead Farrell} (DSL, {SCHOOL|St Brendan's Catholic College})\nChild: {NAME|Aaliyah Johnson}, DOB {DATE_OF_BIRTH|6 May 2011}
{NAME|Marek} has a profile ({URL|https://www.example.org/people/marek.kowal.5511}) which lists his workplace as a car wash.
{NAME|Tiernan}'s mother emailed from {EMAIL|devlin.family@example.net} at 23:47.
DOB given by {NAME|Minh} as {DATE_OF_BIRTH|2 September 2009}; he has no documents.
Hi {NAME|Nadia},\nNHS number for {NAME|Sophie-Leigh} is {NHS_NUMBER|999 507 5296}.\nThanks, {NAME|Alison}
Admission record: {NAME|Kian O'Neill}, {SCHOOL|Ashgrove Academy}, DOB {DATE_OF_BIRTH|31/10/2011}.
Ms {NAME|Adaeze Okonkwo} (parent) emailed {EMAIL|adaeze.okonkwo(at)example.com} to complain about how the disclosure was handled.
{NAME|Morven Gilchrist} (aunt) can be reached on {PHONE|0044 131 496 0415}; she works shifts so call after 4pm.
Father {NAME|Declan Ward} gave a mobile of {PHONE|+447700900777} and an address at {ADDRESS|Bay 3, Clearwater Traveller Site}, {POSTCODE|WV10 6RJ}.
"""

CASE_NOTE_2_NO_SPANS = r"""
Email sent to the Duty Inbox; no response by close of play on Friday.
Website checked: the Council's Local Offer page lists the Saturday club.
NHS 111 advised attendance at the Urgent Treatment Centre.
Date of incident: 14/09/2026. Date reported: 16/09/2026.
YP turns 16 in November and wants to move to semi-independent living.
Victoria Park Medical Centre will see the family on Thursday.
Mum has started at Greggs on the early shift, so the children are getting themselves to school.
Reference: CP-2026-04411. Please quote in all correspondence.
The St John Ambulance volunteers treated YP at the festival before the Police arrived.
Ofsted inspection of the children's home is due in the spring.
"""

FORM_2 = r"""
NHS number: {NHS_NUMBER|999 366 7129}
NHS #: {NHS_NUMBER|999 768 4265}
Patient NHS no. {NHS_NUMBER|9992122331}
NHS Number: {NHS_NUMBER|999 079 2445}\nDOB: {DATE_OF_BIRTH|22/07/2010}
Email (YP): {EMAIL|rhys.llewellyn10@example.com}
Email (carer): {EMAIL|marcia.francis@example.net}
Email: {EMAIL|k.mensah [at] example [dot] org}
Profile URL: {URL|https://www.tiktok.com/@ghosty.7719}
Facebook: {URL|https://www.example.org/profile.php?id=100000000042}
School: {SCHOOL|Coedlan Comprehensive}
School attended: {SCHOOL|Millbrook Pupil Referral Unit}
DOB: {DATE_OF_BIRTH|3rd Feb 2013}
Date of birth (child): {DATE_OF_BIRTH|19-12-2011}
Mother DOB: {DATE_OF_BIRTH|04/06/1988}
Twitch: {HANDLE|shadowking_tv}
Steam name: {HANDLE|[NoScope] Dylz}
Work phone: {PHONE|0113-496-0901}
"""

FORM_2_NO_SPANS = r"""
Email consent: Yes
NHS number: not known
Website: N/A
DOB: to be confirmed (age assessment pending)
Social media handle: none disclosed
Preferred name: as per records
Referral date: 02/12/2026
School: Not on roll
Address: No fixed abode
Phone type: Pay as you go
"""


STYLE_BLOCKS = [
    ("young_person", YOUNG_PERSON),
    ("young_person", YOUNG_PERSON_NO_SPANS),
    ("case_note", CASE_NOTE),
    ("case_note", CASE_NOTE_NO_SPANS),
    ("form", FORM),
    ("form", FORM_NO_SPANS),
    ("young_person", YOUNG_PERSON_2),
    ("young_person", YOUNG_PERSON_2_NO_SPANS),
    ("case_note", CASE_NOTE_2),
    ("case_note", CASE_NOTE_2_NO_SPANS),
    ("form", FORM_2),
    ("form", FORM_2_NO_SPANS),
]

# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------

def parse_line(line):
    """Strip {TYPE|text} markers; return (text, spans)."""
    raw = line.replace("\\n", "\n")
    parts, spans = [], []
    pos = cur = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos:m.start()]
        parts.append(before)
        cur += len(before)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": cur, "end": cur + len(val), "type": typ})
        parts.append(val)
        cur += len(val)
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), spans


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1",
               "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}
DRAMA_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01614960",
                  "02896496", "02920180", "01314960")


def normalise_phone(s):
    t = s.lower().replace("(0)", "")
    t = re.sub(r"\b(double|triple)\s+(\w+)",
               lambda m: " ".join([m.group(2)] * (2 if m.group(1) == "double" else 3)), t)
    t = re.sub(r"\b(" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + r")\b",
               lambda m: DIGIT_WORDS[m.group(1)], t)
    t = t.replace("o", "0")            # letter O written for zero
    if re.search(r"[a-z]", t):
        return None
    plus = t.strip().startswith("+")
    d = re.sub(r"\D", "", t)
    if plus and d.startswith("44"):
        d = "0" + d[2:]
    elif d.startswith("0044"):
        d = "0" + d[4:]
    return d


def phone_ok(s):
    d = normalise_phone(s)
    return d is not None and len(d) == 11 and d.startswith(DRAMA_PREFIXES)


def deobfuscate_email(s):
    t = s.lower()
    t = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", t)
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    return re.sub(r"\s+", "", t)


def email_ok(s):
    return re.fullmatch(r"[a-z0-9._%+-]+@example\.(com|org|net)", deobfuscate_email(s)) is not None


def nhs_ok(s):
    if re.search(r"[^0-9 \-]", s):
        return False
    d = re.sub(r"\D", "", s)
    if len(d) != 10:
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


MONTH_RE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)


def check_record(text, spans):
    errs = []
    if "{" in text or "}" in text:
        errs.append("stray brace")
    if "\\" in text:
        errs.append("stray backslash")
    if text != text.strip() or not text:
        errs.append("text has outer whitespace or is empty")
    prev_end = -1
    for sp in sorted(spans, key=lambda x: (x["start"], x["end"])):
        s = text[sp["start"]:sp["end"]]
        if sp["type"] not in TYPES:
            errs.append("bad type %r" % sp["type"])
        if not s:
            errs.append("empty span")
            continue
        if s != s.strip():
            errs.append("span with outer whitespace %r" % s)
        if sp["start"] < prev_end:
            errs.append("overlapping spans")
        prev_end = sp["end"]
        if sp["type"] == "PHONE" and not phone_ok(s):
            errs.append("phone not in a drama range: %r -> %r" % (s, normalise_phone(s)))
        if sp["type"] == "EMAIL" and not email_ok(s):
            errs.append("email not example.com/.org/.net: %r" % s)
        if sp["type"] == "NHS_NUMBER" and not nhs_ok(s):
            errs.append("NHS number fails Modulus 11: %r" % s)
        if sp["type"] == "DATE_OF_BIRTH" and not (re.search(r"\d", s) or MONTH_RE.search(s)):
            errs.append("DOB span without a date: %r" % s)
        if sp["type"] == "URL" and (" " in s or "." not in s):
            errs.append("odd URL %r" % s)
    # A marked string must not also occur unmarked as a whole word.
    for sp in spans:
        s = text[sp["start"]:sp["end"]]
        if not s:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            a, b = m.start(), m.end()
            if not any(o["start"] <= a and b <= o["end"] for o in spans):
                errs.append("marked string %r also appears unmarked at %d" % (s, a))
    return errs


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

README_TEMPLATE = """# Evaluation set S for the safeguarding de-identifier

*Written by:* an independent helper session that was given only its own
folder (`/work/sets/deid_s/`). It did not look at the project code, the
de-identifier, any other evaluation set, any repository or any web page, and
it did not run any de-identifier. Every record was written from general
knowledge.

*Date:* 2026-12-06

## Files

- `build.py` - holds every record, typed by hand one per line with inline
  markers `{{TYPE|text}}`; strips the markers, computes offsets, runs the
  checks, shuffles and writes the outputs.
- `set_s.jsonl` - one JSON object per line:
  `{{"id", "style", "text", "spans": [{{"start", "end", "type"}}]}}`.
  Offsets are Unicode code points into `text`, end exclusive. UTF-8,
  not ASCII-escaped.
- `README_set_s.md` - this file (counts below are filled in by `build.py`).

## How it was built

Each record was written individually (no generators, templates or
substitution loops). A literal `\\n` inside a record line stands for a line
break in the text (used for emails, signatures, minutes and multi-field
forms). `build.py` strips the markers, then checks:

- span types are one of {types};
- spans are non-empty, have no leading/trailing whitespace and do not overlap;
- no stray braces or backslashes remain in the text;
- no two records have the same text;
- every NHS_NUMBER passes the Modulus 11 check (all use the 999 test prefix);
- every PHONE normalises (spaces, dashes, brackets, +44/0044, "(0)",
  spelled-out digits, "double"/"triple", letter O for zero) into an Ofcom
  drama range: 07700 900000-900999, 01632 960000-960999, 020 7946 0000-0999,
  0113 496 0000-0999, 0161 496 0000-0999, 028 9649 6000-6999,
  029 2018 0000-0999, 0131 496 0000-0999;
- every EMAIL de-obfuscates ("(at)", "[at]", " at ", "[dot]", " dot ") to an
  address at example.com, example.org or example.net;
- any string that is marked in a record does not also appear unmarked as a
  whole word (case-sensitive) in the same record;
- at least {min_records} records, at least {min_names} NAME spans, and a
  no-span share between {lo:.0%} and {hi:.0%}.

It then shuffles with `random.Random({seed})` and assigns ids `s0001`,
`s0002`, ... in shuffled order. If any check fails nothing is written.

All people, numbers, addresses, handles, e-mail addresses and profile links
are invented. Schools, streets and postcodes are made up to look plausible;
any match with a real place is accidental and no real person is attached.
Public figures, brands, apps, services and places appear only in unmarked
text.

## Styles

- `young_person` - survey answers and chat: text-speak, misspellings, no
  capitals or punctuation, emoji, run-ons, lower-case names, nicknames.
- `case_note` - case notes, referrals, strategy-meeting minutes with
  attendee lists, emails with greetings, sign-offs and signatures, police and
  school logs.
- `form` - short structured fields.

## Labelling policy (borderline cases)

- **NAME** covers any private person: young people, relatives, friends,
  suspects, carers and professionals (social workers, teachers, officers,
  GPs, interpreters), because their names identify the case. First names,
  surnames, full names, initials-plus-surname ("P. Sandhu"), nicknames and
  street names ("lil j", "big mo", "Smokey", "K-Dog", "T-Bone", contacts
  saved as "Bossman") are all NAME. A full name is one span, including
  particles and hyphens ("Ní Bhriain", "Rees-Morgan", "Al-Masri") and an
  embedded nickname in a full name written as one unit.
- Titles and ranks are **outside** the span: Mr, Mrs, Ms, Miss, Dr, DC, PC,
  DS, Sgt ("DS [Fiona Marsh]", "Mrs [Okafor]"). Kinship words are outside the
  span too ("nanna [pat]", "Uncle [Ray]", "aunty [gloria]"). Police collar
  numbers are not marked.
- Possessives: only the name is marked, not `'s` or a glued `s`
  ("[yusuf]'s", "[callum]s"). Elongated spellings are marked in full
  ("[kaylaaa]"). Names glued to other text are marked on the name part only
  ("w/[ellie-mae]").
- Words that are also names are marked only when used as a person's name
  ("me and [Hope] went", "[Destiny] said", "[Will Ashton] ... will
  continue"). As ordinary words (hope, will, grace period, rose gold, phone
  bill, to be frank, Summer holidays, Amber warning, the Bobby on the bike),
  as brands (Sky, Jack Wills, Dr Martens, McDonald's, Sainsbury's,
  Barnardo's), as places (Barry Island, Stanley, Victoria Station, Hope
  Street) or in song titles (Sweet Caroline) they are not marked.
- Public figures (footballers, musicians, influencers, politicians, royals,
  fictional characters) are not marked. "Mum", "Nan", "Dad", "Social",
  "Miss", "Sir" and job titles are not marked when used without a name.
- **PHONE**: the whole number as written, including +44, brackets and
  spelled-out words. Service numbers (999, 111) are not marked.
- **EMAIL**: the whole address as written, including obfuscated forms.
  Team/shared mailboxes are still marked.
- **HANDLE**: social-media usernames, gamer tags and Discord tags, including
  a leading `@` and a `#1234` discriminator when present.
- **URL**: links to a specific person's profile, channel or page, or to a
  private group/server invite. When a profile URL contains a username the
  whole URL is one URL span (the handle is not marked separately). Generic
  service websites are not marked.
- **POSTCODE**: full UK postcodes in any case and spacing. Marked separately
  from ADDRESS.
- **ADDRESS**: the street-level part of a private address - flat/room/plot
  number, building or site name, house number and street - ending before the
  town and postcode. A street named as where a specific person lives or
  stays is marked even without a house number ("lives with a host family on
  [Alder Crescent]"). Public places (shops, parks, stations, town centres,
  areas, towns, cities) are not marked.
- **SCHOOL**: the name of a specific school, academy, PRU, alternative
  provision or college, including informal short forms ("hollybrook
  academy", "st brigids"). Generic words ("school", "college", "Year 9",
  "the Virtual School") are not marked.
- **DATE_OF_BIRTH**: a date given as someone's birth date, with or without
  the year ("bday is 3rd april"); the label "DOB"/"born" and qualifiers such
  as "(assessed)" are outside the span. Other dates (meetings, incidents,
  referrals) and ages are not marked.
- **NHS_NUMBER**: the ten digits as written, with spaces or dashes.

## Counts

Records: {n_records}

Records with no span: {n_nospan} ({nospan_share:.1%})

### Spans per type

| Type | Spans |
|---|---|
{type_rows}
| **Total** | **{n_spans}** |

### Records per style

| Style | Records | With spans | No spans |
|---|---|---|---|
{style_rows}
"""


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    records, errors = [], []
    for style, block in STYLE_BLOCKS:
        if style not in STYLES:
            errors.append("bad style %r" % style)
        for lineno, line in enumerate(block.split("\n")):
            line = line.strip()
            if not line:
                continue
            text, spans = parse_line(line)
            for e in check_record(text, spans):
                errors.append("[%s] %s :: %s" % (style, e, line[:90]))
            records.append({"style": style, "text": text, "spans": spans})

    seen = Counter(r["text"] for r in records)
    for t, c in seen.items():
        if c > 1:
            errors.append("duplicate text: %s" % t[:90])

    n = len(records)
    type_counts = Counter(sp["type"] for r in records for sp in r["spans"])
    style_counts = Counter(r["style"] for r in records)
    style_nospan = Counter(r["style"] for r in records if not r["spans"])
    n_nospan = sum(1 for r in records if not r["spans"])
    share = n_nospan / n if n else 0.0

    if n < MIN_RECORDS:
        errors.append("only %d records (need %d)" % (n, MIN_RECORDS))
    if type_counts["NAME"] < MIN_NAME_SPANS:
        errors.append("only %d NAME spans (need %d)" % (type_counts["NAME"], MIN_NAME_SPANS))
    if not (NOSPAN_MIN <= share <= NOSPAN_MAX):
        errors.append("no-span share %.3f outside [%.2f, %.2f]" % (share, NOSPAN_MIN, NOSPAN_MAX))
    for t in TYPES:
        if type_counts[t] == 0:
            errors.append("no spans of type %s" % t)

    summary = ("records=%d  no-span=%d (%.1f%%)\nstyles=%s\ntypes=%s"
               % (n, n_nospan, 100 * share, dict(style_counts),
                  dict(sorted(type_counts.items()))))
    if errors:
        print("CHECKS FAILED - nothing written", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        print(summary, file=sys.stderr)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        spans = sorted(r["spans"], key=lambda x: (x["start"], x["end"]))
        out.append({"id": "s%04d" % i, "style": r["style"], "text": r["text"],
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]}
                              for s in spans]})

    type_order = ["NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE",
                  "URL", "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"]
    type_rows = "\n".join("| %s | %d |" % (t, type_counts[t]) for t in type_order)
    style_rows = "\n".join("| %s | %d | %d | %d |" % (s, style_counts[s],
                                                     style_counts[s] - style_nospan[s],
                                                     style_nospan[s]) for s in STYLES)
    readme = README_TEMPLATE.format(
        types=", ".join(type_order), min_records=MIN_RECORDS, min_names=MIN_NAME_SPANS,
        lo=NOSPAN_MIN, hi=NOSPAN_MAX, seed=SEED, n_records=n, n_nospan=n_nospan,
        nospan_share=share, type_rows=type_rows, n_spans=sum(type_counts.values()),
        style_rows=style_rows)

    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write(readme)
    print(summary)


if __name__ == "__main__":
    main()
