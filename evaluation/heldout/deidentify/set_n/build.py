#!/usr/bin/env python3
"""Build evaluation set N for a de-identification tool.

Every record below was typed by hand, one record per line. Identifying spans
are marked inline as {TYPE|text}. The two-character sequence \\n inside a
record stands for a line break (used for emails, letter headers and lists).

Run:  python3 build.py
Output: set_n.jsonl next to this script.
"""

import json
import os
import random
import re
import sys
from collections import Counter

YOUNG_PERSON = r"""
me n {NAME|kez} always walk home together cos the alley by the co-op is dodgy after 6
dont really feel safe on the 42 bus at night, theres always older lads at the back vaping n being loud
{NAME|jay}s mum lets us stay at hers when things kick off at mine
honestly my nan is the only one i trust, she just gets it
this guy added me on snap {HANDLE|dxnny.x07} sayin he was 16 but he defo wasnt, kept askin for pics
ur a king if u block ppl like that tbh, i just leave them on opened
i was 13 wen {NAME|storm} first got me into it, said its easy money just carryin a bag down {ADDRESS|fenwick road}
theres a storm comin this wkend so no one will be out anyway lol, thats wen its safest
my email is {EMAIL|princess.kayy2010@example.com} if u wanna get back to me about the group
me mam says im not to go down the rec after dark cos of wot happened to that lad last summer
without {NAME|honey} i wouldnt of got thru year 9, she is literally my ride or die
honey im not being funny but does anyone actually read these surveys
add me on insta {HANDLE|@angel_dior.x} if u wanna chat abt it i dont mind sharin more
me n {NAME|chase} got jumped outside {SCHOOL|hpa} on a friday, 4 of them in balis
i dont chase boys they chase me lol
{NAME|bob} at the chicken shop is alright, he lets us wait inside if we think were bein followed
u get sent a link, u click it, bobs ur uncle they got ur location. thats how easy it is
my number is {PHONE|07700 900 431} text dont ring
ring me on {PHONE|o77oo9oo218} if ur from the project
snap me {HANDLE|lil.riv3r}, im {NAME|river} btw like the name not the water lol
we sit by the river most nights its peaceful n no adults bother u
im in {ADDRESS|flat 9 kestrel house} on the marlowe estate, the lift never works n the stairs stink
me n ma pals hing aboot the shops at the weekend, naebody bothers us really
tidy mostly, the boys in our year are sound but theres one who sends stuff round the group chat n no one says nothin
wor lass {NAME|daisy} got messaged by some gadgie on tiktok, he was like 30 odd
was pickin daisies wiv my little sister on the field n a man kept watchin us so we went home
me ma works nights so im at me nans on {ADDRESS|wyncote terrace} most of the week, its sound there
yow know wot its like bab, the older lot always askin yer to hold summat
wallahi mandem from the other side were movin mad so i stopped goin shop by myself
my bday is {DATE_OF_BIRTH|12th june} so i turn 16 soon n then i can do wot i want
born {DATE_OF_BIRTH|03/02/09} if u need it for the form
im 14 n in year 10 wiv {NAME|blessing} n {NAME|precious}, theyre twins n they look out for me
its a blessing tbh that i got moved schools, the old one was rough
the gift card thing is how they get u, free £20 on roblox then suddenly u owe them
{NAME|gift} is my cousin, she helped me report it to ceop
peace n quiet is all i want, my house is never quiet
{NAME|peace} from church is the only adult i tell stuff to
{NAME|jay} n {NAME|ray} r my bros, if one of us is out late the other two come get him
that lad is a ray of sunshine... not. hes a menace to everyone on the bus
sunny days r the worst cos everyones out n the fights start at the bandstand
{NAME|sunny} n {NAME|autumn} from my form got me into the youth club on {ADDRESS|castleton street}
in autumn its dark by like 4 n my mum wont let me walk back from trainin
hes a proper don round here, everyone knows not to mess
{NAME|don} my mums boyfriend is ok but he drinks n then its loud
hunter season lol thats wot the older boys call it wen they go lookin for girls at the station
{NAME|hunter} sent me a vid of someone gettin beat n said im next
{NAME|neve} n me fell out over a boy, shes blocked me on everythin
me&{NAME|tia} got followed from the station to her door, we didnt tell no one
wiv{NAME|kai} its diff he actually listens
{NAME|mo} said dont tell no one, {NAME|mo} said hed hurt my brother if i did so i never told
met him on discord, his name was {HANDLE|shxdowfang#0421}, he was in the same server as my mate
theres an account {HANDLE|@hexleyexposed_} postin girls from our school, its vile
this is the page {URL|tiktok.com/@hexleyexposed2} they made a new one after the first got banned
i dont use my real name online, im just {HANDLE|kxng.leo_} on everythin
my little brother is 11 n already has tiktok, mum dont know
after {NAME|leo} got stabbed last year i dont go past the chippy on my own
me n {NAME|angel} go gym at 5, its only £19.99 a month n its safer than the park
{NAME|star} got me a job at her uncles shop, cash in hand, no questions
5 star rating on the app store but they still let creeps message kids
mr {NAME|king} the pe teacher is the only one who noticed i wasnt eatin
{NAME|princess} told the head of year n they did nothin about it
my dad calls me his princess but he aint been around since i was 8
text me on {PHONE|oh seven seven oh oh nine oh oh six five two}
{PHONE|07700.900.119} is my new number the old one got hacked
my mums number is {PHONE|+44 7700 900875} if u need an adult
{PHONE|07700-900-302} thats my work phone
email me {EMAIL|jaden.otieno09 (at) example (dot) com} dont put it in the group
{EMAIL|xoxo_nevaeh[at]example[dot]net} is my school one i dont check it much
we live round ls9 way, its not bad but the park is where people get robbed
i put {POSTCODE|M40 8ZX} on the form is that ok, we just moved
new address is {ADDRESS|14 birchfield grove} {POSTCODE|B236UP} if u need to send the voucher
they know where i live its {ADDRESS|27 pellow close}, {POSTCODE|NE6 2HJ}, thats why im scared to go home
i go {SCHOOL|st brigids} n the teachers dont care if ur bein bullied
got kicked out n sent to {SCHOOL|brackmoor pru}, thats where i met the olders
the pru is better tbh, smaller classes n the staff actually talk to u
im at {SCHOOL|tamsford college} doin plumbin, its safer than school was
college is a vibe nobody cares wot u wear
maccies is where everyone meets after school n thats where it kicks off, security dont do nothin
got offered a pair of air max to hold a bag for a week, i said no
went to the villa game wiv my dad n grandad, only time i feel proper safe is wiv them
i listen to drill all day but that dont mean im in a gang lol
went to see ghosty marz at the arena n some man grabbed me in the crowd
every friday in december they do a late bus from town which is good
snap map is the worst anyone can see where u r, i put mine on ghost
ey up, its alreet round ere, just keep ur head down n dont go up the ginnel after dark
our kid {NAME|dylan} is 19 n he walks me back from me mates
me duck i dunno, i feel safe at home but not online
the wee ones at our school get picked on at the bus stop n nobody does nothin so it is
gert lush at youth club but the walk there is dodgy past the bookies
ill do it now in a minute, but basically theres a man on the rec that gives kids vapes
im 11 n i got a phone for xmas, a girl in year 7 told me to add her cousin on it
im 24 now, wen i was in care at {ADDRESS|9 ashgrove road} the staff never asked where we went at night
my social worker {NAME|shanice} is sound, shes the first one who didnt give up on me
social workers change every 5 min, ive had like 7
mr {NAME|patel} from the corner shop rings my mum if he sees me wiv the older lot
the corner shop man is safe, he lets u charge ur phone
{NAME|tyrese} n {NAME|marcus} from {SCHOOL|oakfield} were the ones who shared it, everyone knows
i got a message from {HANDLE|@xo.kiki.xo_} sayin she had my nudes n wanted £50 in amazon vouchers
sextortion is mad common, my mate paid £30 n they still posted it
the vid they took of me is still up on {URL|https://www.tiktok.com/@sxphie.hx} n no one will take it down
{NAME|soph} n {NAME|lils} r my bestest mates, we have a code word if one of us needs gettin out of somewhere
we have a codeword wiv my mum, if i text it she rings n pretends theres an emergency
the police came in n did a talk about county lines but it was cringe
{NAME|kayden} got found in a flat in swindon, hes 15, they had him there 3 weeks
my step dad {NAME|gaz} goes thru my phone every night
its just me n mum n my nan, no men in the house n i like it that way
discord mod {HANDLE|vyper_ttv} kept dmin me at 3am askin how old i was
gaming is where i talk to most ppl, xbox party chats n that
{NAME|ellie-mae} n {NAME|jordan} r goin out n he controls her phone, checks who she talks to
theres a girl called {NAME|autumn-rose} in year 8 who the olders keep pickin up in cars
dont feel safe at the bus station in town specially round the back by the taxis
me n {NAME|ruby} n {NAME|ruby}s sister go to the same dance class, her dad drives us
at {SCHOOL|kings meadow} they took our phones off us n i liked it tbh
the kings head on the corner has men outside all day who shout stuff at us
{NAME|precious} said shes been sleepin at some mans flat n shes 14
a precious few adults actually listen tbh
i got groomed on roblox wen i was 12 by someone called {HANDLE|xXstarboyXx}, he said he was 13
insta is ok if ur private, i only accept ppl i know irl
{NAME|chloe} from 6th form told me about the trusted adult thing
my big sis {NAME|amira} picks me up from {SCHOOL|westgate girls} cos of the men in the car park
see ma wee cousin {NAME|callum}, he got intae bother wi a crowd fae the next scheme
our {NAME|ciaran} got a hidin off the hoods for mouthin, ma says keep the head down
me n {NAME|cerys} walk home together from {SCHOOL|ysgol bryn derw}, its like 20 min
ill tell em dreckly, nothin much happens round ere to be fair
{NAME|kian} from the end house is a grass la, told the bizzies everythin
our {NAME|jade}'s fella is proper dodgy, always got wads n new phones
me n {NAME|tiana} go the bullring every sat n theres always men tryin to chat
summat happened at the bus stop on {ADDRESS|dewhurst lane} n nobody did nowt
my bredrin {NAME|femi} got robbed for his phone outside stratford station in broad daylight
someone on x {HANDLE|@real_kayy_x} keeps postin my address
someones put our address {ADDRESS|41 sorrel way} on a group chat n people keep knockin at night
dob {DATE_OF_BIRTH|17.08.2010} n my nhs number is {NHS_NUMBER|999 871 0537} if u need it for the doctor bit
{DATE_OF_BIRTH|2nd of april 2008} is my birthday, i said so on the form
i turned 18 in march n the support just stopped overnight
{NAME|zainab} n {NAME|hodan} walk me home cos my road has no street lights
street lights would help on our road to be honest its pitch black
theres cameras everywhere in the shoppin centre but no one actually watches them
i trust my youth worker {NAME|dee} more than my teachers
the youth worker at the hub is safe, she got me a bus pass
{NAME|raheem}s older brother is in a gang n he keeps tryin to get {NAME|raheem} involved
dont add anyone off quick add, thats how it starts
my mate got his snap hacked n they sent links to all of us pretendin to be him
{NAME|ashton}s lot hang outside the leisure centre n ask everyone for a quid
ashton under lyne is where my dad lives, its ok there
im 16 n pregnant n my midwife {NAME|grace} is the only one checkin on me
sayin grace at my foster carers was weird at first but theyre nice
{NAME|faith} n {NAME|hope} r sisters in my year, they got moved schools cos of a boy
i dont have much faith in the police after last time
call my cousin {NAME|tunde} on {PHONE|07700 900 744} he knows everythin
the youth club number is on the poster, i dont remember it
im {HANDLE|@m1ssmarley.x} on insta n {HANDLE|marley.b05} on snap, feel free
{NAME|marley} always has money n nobody knows where from
a man in a white merc keeps stoppin by the school gates askin girls if they want a lift
got told to drop a bag to {ADDRESS|flat 3, 112 quarry hill} n i knew summat was off
i felt safest in lockdown lol nobody could get to me
{NAME|jayjay} from my estate got me into it, he was like a big brother at first
my email is on my school account but i cant remember it
pls dont tell my school i said any of this, {SCHOOL|mount pleasant academy} would kick me out
every adult says talk to us then wen u do they phone ur mum
shoutout2{NAME|jaz} for walkin me home every day this year
im 22, care leaver, they lost my file so i keep havin to give my nhs number {NHS_NUMBER|4581207398} to every new worker
me n {NAME|shay} n {NAME|kez} got stopped n searched at the station for nothin, we was just waitin for the 7
sis ur a star for doin this survey fr
{NAME|kezia} used to be my best mate til she started goin wiv a 23 yr old
my nan lives at {ADDRESS|6 gorsey bank} n i go there wen its bad at home
i use my mums phone so i dont have a number to give u
my new number is {PHONE|07700 9OO 581} dont give it to {NAME|deano}
{NAME|deano} is my ex, hes 19, he still turns up at my work at greggs
oi {NAME|bex}, if ur readin this i told them everythin x
the olders call themselves a family but its not a family
{NAME|angelica} n me was in the same foster placement, we still talk on snap every night
gave my snap to a boy at the fair n now he wont stop, his is {HANDLE|tayy.k_99}
my aunties address is {ADDRESS|flat 12 oriel court}, {POSTCODE|L8 2RX} thats where im stayin
got a text sayin my parcel was held n to pay £1.99, i knew it was a scam
went to the hub on tuesday n the lady said i could come every week
ive been to 4 schools, {SCHOOL|thornley grange} was the worst one
{NAME|king} is his actual name, not like a nickname, hes the one who runs it
the bus drivers on the 18 are sound they wait if they see u runnin
i got jumped in the park by the tennis courts n lost my airpods
i think {NAME|honey-mae} is bein groomed but i dont know who to tell
born on {DATE_OF_BIRTH|9 feb 2014} so im 12, is that too young for this
message me on {URL|instagram.com/lulu_ayo.x} thats my page
{NAME|lulu} n {NAME|ayo} r me n my sister, we both did the survey
wen im on the train i sit near the driver, my mum taught me that
it was {NAME|chase}'s idea to go to the party n thats where it happened
the party was at some lads house on {ADDRESS|ferncliffe drive}, i dont know the number
{NAME|angel} from year 11 is the one who gets girls to the parties
wish there was more stuff to do round ere other than sit in the park
{NAME|big rob} runs the chicken shop n he knows everyone
my mum calls me angel when shes drunk n then starts cryin
"""

CASE_NOTE = r"""
Strategy discussion held 14/11/2026 with Police, Health and Education. Threshold for S47 met. Next review within 10 working days.
Home visit to {NAME|Adaeze Nwosu} ({DATE_OF_BIRTH|14/03/2011}) at {ADDRESS|Flat 31, Ravenscroft House}, Brindley Estate. Mum present throughout. {NAME|A} presented as withdrawn and kept her hood up.
Referral received from school DSL re concerns of CCE. YP seen with older males near the retail park during school hours on three occasions.
Hi {NAME|Kofi},\nJust a quick one - can you ring Mrs {NAME|Bah} before 3pm? Her mobile is {PHONE|07700 900 118}.\nThanks,\n{NAME|Niamh}
Present: {NAME|Niamh Kearney} (SW), DC {NAME|Tomasz Wiśniewski}, {NAME|Parveen Akhtar} (IRO), {NAME|Gareth Pugh} (DSL), Dr {NAME|Mei Ling Huang} (CAMHS). Apologies: {NAME|Seren Hughes} (Exploitation Lead).
Missing episode no. 4 this quarter. Reported missing by carers at 23:40, returned 06:15 via BTP. Return home interview offered; declined.
RHI completed with {NAME|Kwabena Owusu-Ansah}. {NAME|K} stated he had been "in town with friends" and would not name them. His phone had been seized by police.
Case transferred from Assessment Team to Child in Need Team. Allocated SW to be confirmed on Monday.
Ms {NAME|Fatoumata Bah}\n{ADDRESS|22 Hollins Walk}\nHexley\n{POSTCODE|HX4 7RB}\n\n2 December 2026\n\nDear Ms {NAME|Bah},\nRe: {NAME|Mamadou Diallo}, DOB {DATE_OF_BIRTH|09/09/2012}
Chronology 03/10/2026: Police attended following report of a fight at Castlegate bus station. No arrests. YP not identified at scene.
Spoke to {NAME|Hodan Warsame} (maternal aunt) on {PHONE|0161 496 0572}. She confirmed {NAME|Abdirahman} stayed with her Friday to Sunday.
Concerns re possible exploitation via social media: YP has been contacted by an account called {HANDLE|@trapstar.moneyy} offering "work". Screenshots saved to file.
Update from Barnardo's: {NAME|Selamawit Tesfaye} has attended 5 of 6 sessions. Worker notes improved engagement and she is now talking about her placement.
DSL Mr {NAME|Pugh} reported that {NAME|Wanjiru Kamau} has not been in school since 18/11 and her phone goes straight to voicemail.
Advised mum to contact 101, or 999 in an emergency, if further incidents occur. Mum agreed to keep doors locked and screen unknown calls.
Handover - Bay 2 Bed 4: {NAME|Achieng Otieno}, 15y, admitted via A&E overnight post-OD (paracetamol x16). CAMHS to review AM. Obs stable. Mum aware.
Attendance: Tues session, 6 YP attended, 2 new referrals. Pizza and FIFA. No concerns raised.
09:12 Call from {NAME|Tahmina Begum} (mother of {NAME|Ayaan Chaudhry}) - {NAME|Ayaan} did not come home last night. Advised to report missing to police. Police log 0231 of 12/11.
{NAME|Sukhdeep Kaur Sandhu}, DOB {DATE_OF_BIRTH|2009-07-19}, open to Early Help since June. Family Support Worker {NAME|Harpreet Dhillon}.
Met {NAME|Priyanka Raghunathan} in the pastoral room at {SCHOOL|Larchwood Academy}. {NAME|P} says the older girls at the bus stop "look after her" and give her vapes.
NFA. Closed to service.
{NAME|Nguyễn Thị Lan} (17) identified at a nail bar during a joint welfare visit with Immigration Enforcement. Vietnamese interpreter used. NRM referral to be submitted by Friday.
Interpreter booked for Thursday 10am (Tigrinya). Room 3 at the Civic Centre.
From: {NAME|Wei Chen} <{EMAIL|wei.chen@hexley.gov.uk}>\nTo: MASH <mash@hexley.gov.uk>\nSubject: Referral - {NAME|Kim Soo-ah}
{NAME|Rania Haddad}, 16, disclosed to her form tutor Ms {NAME|O'Driscoll} that an adult male she met on Instagram has been sending her money via PayPal.
Section 20 accommodation agreed. Placement found out of area. Taxi booked for 4pm with escort.
{NAME|Omar Al-Khatib} has been linked by police intelligence to a line running between Hexley and the coast. {NAME|Omar} denies any involvement.
Mother ({NAME|Fatemeh Rahimi}) asked that all correspondence go to her sister's address: {ADDRESS|7 Calder View}, Dewsbury, {POSTCODE|WF13 2LP}.
School attendance 64% this term; 18 sessions of unauthorised absence. Suspension of 3 days w/c 10/11 for a fight on the field.
Allocated worker: {NAME|Agnieszka Wróbel}, Family Support Team, ext. 4471.
Tel call to father ({NAME|Bogdan Stoica}) at 14:20. Dad states {NAME|Florin} went to stay with his uncle in Romania over half-term and is due back on 3rd November.
Home visit: Mrs {NAME|Lavinia Căldăraru} and four children present. Romani interpreter not available; eldest daughter {NAME|Ramona} (15) interpreted - not appropriate, noted for next visit.
Family living on {ADDRESS|Plot 6, Cranmoor Lane} Traveller site. {NAME|Levi Loveridge} (14) and cousin {NAME|Kizzy Boswell} (15) both electively home educated since Year 7. EHE officer to visit.
GP: Dr {NAME|Marco De Luca}, Fernhill Medical Practice. Last seen by GP in August for asthma review.
YP's name on the system is {NAME|João Pereira} but he prefers {NAME|Jojo}. Please use preferred name in all meetings.
{NAME|Eleni Papadopoulou} (CAMHS) advised the waiting list for the neurodevelopmental pathway is currently 38 weeks.
{NAME|Siobhán Ní Bhriain} (Advocate, NYAS) attended with {NAME|C} and read out his wishes and feelings.
{NAME|Ciarán Ó Súilleabháin} was interviewed by PC {NAME|Ravinder Gill} at Hexley custody suite with an appropriate adult present.
IRD held 21/10/26. Present: SW {NAME|Mòrag NicLeòid}, DC {NAME|Ruairidh MacAskill}, HV {NAME|Eilidh MacNeacail}. Child: {NAME|Lachlan Grieve}, d.o.b. {DATE_OF_BIRTH|02.09.2013}. Agreed JII to proceed.
Strategy meeting / Cyfarfod strategaeth. Chair: {NAME|Rhiannon Pryce}. Child: {NAME|Gethin ap Dafydd}, {DATE_OF_BIRTH|11/01/2010}, {SCHOOL|Ysgol Uwchradd Cwm Aran}.
{NAME|Ffion Llewelyn} has been placed with foster carers {NAME|Iolo} and {NAME|Bethan Rowlands} in a neighbouring authority.
Grandmother {NAME|Marcia Thompson} (MGM, SGO carer) reports {NAME|Kemar} is staying out until 2-3am and has a new phone she did not buy him.
Father {NAME|Delroy Campbell} - no contact since 2019. Last known address {ADDRESS|18 Tillotson Road}, Moss Side.
{NAME|Shanice Grant-Whyte} (YJS) confirmed the referral order was completed successfully on 30/09.
{NAME|Tyrell Forbes} arrested on suspicion of PWITS Class A at Hexley Central station with £340 cash and two phones.
Two handsets seized. One has the number {PHONE|07700 900 993} saved as "Boss"; request made to police for attribution.
Mrs {NAME|Harriet Fforde-Winslow} (private foster carer) informed the LA only after 6 weeks; private fostering assessment started.
{NAME|Chelsea Wragg} (mum) has a history of DV with ex-partner {NAME|Dean Thornber}. MARAC referral made.
MARAC sits on the 2nd Thursday of each month. Case heard 14/11. Actions: IDVA to contact victim within 48 hours.
Strategy minutes - Actions: 1. Police to complete intel check on vehicle seen at school gates. 2. Education to share attendance data. 3. SW to complete disruption plan. Review 28/11 at 10:00 on Teams.
RE: {NAME|Kayleigh Wragg} DOB {DATE_OF_BIRTH|1st March 2013} - sibling, also to be included in the assessment.
{NAME|Nkechi Obi-Okafor} (Senior Practitioner) to chair the next CIN review.
Supervision: case discussed with Team Manager. Agreed to step down to Early Help if no further missing episodes in 6 weeks.
Mum asked whether the assessment would be shared with school. Explained consent and information sharing. Mum signed the consent form.
{NAME|Mpho Dlamini} (19, care leaver) - PA visit. Now living at {ADDRESS|Flat 2B, 61 Sandringham Road}, {POSTCODE|NG7 3FQ}. Tenancy started Monday.
PA {NAME|Yasmin El-Amin} - {PHONE|0115 496 0281} / {EMAIL|yasmin.el-amin@example.org}
{NAME|Ahmed Jama} reported that his son's TikTok ({HANDLE|@ja.ma_x}) was being used to advertise with a price list.
Contextual safeguarding walkabout of Castlegate Shopping Centre, the skate park and the underpass by the ring road. Hotspots mapped for the partnership.
Police to add a marker to the address. Crime ref 14/88213/26 (harassment).
Crime reference CR/0045671/26 - theft of phone. No suspects identified. Victim care letter sent.
{NAME|Zoë Marchetti} (school nurse) has seen the YP weekly since September for anxiety.
Hi all, please find attached the minutes from Tuesday. Any amendments to me by Friday please.\nThanks,\nBusiness Support
Dear {NAME|Dwayne},\nThank you for your referral regarding {NAME|Jack Holloway} (b. {DATE_OF_BIRTH|19/4/06}). This has been passed to the Transitions Team.\nKind regards,\n{NAME|Penelope Ashby-Kerr}\nService Manager
{NAME|JH} has been seen at an address on {ADDRESS|Quarry Hill} on at least two occasions by PCSOs.
Police log 0412 of 11/10/2026: report of youths on bikes with balaclavas outside Spar on the High Street. Dispersal order in place until Sunday.
{NAME|Łukasz Zieliński} (16) - no recourse to public funds query; referred to the NRPF team.
Contact with {NAME|Oksana Kovalenko} via WhatsApp on {PHONE|+44 (0)7700 900 367}; she prefers messages in Ukrainian.
{NAME|Lukas Jankauskas} and {NAME|Ioana Păunescu} named by YP as "the people who pick her up". Shared with police as intelligence.
Visit to {NAME|Ferenc Horváth} and family at {ADDRESS|43 Ropewalk Street}, {POSTCODE|S3 9QN}. Hungarian interpreter via phone.
{NAME|Ştefan Lakatos} - Year 9 - managed move from {SCHOOL|St Aidan's CE Academy} to {SCHOOL|Thornley Grange School} agreed at panel.
Panel agreed managed move. Start date after Christmas. Transport to be arranged by the LA.
Handover to night duty: 3 YP missing from the home. Police aware. Manager on call until 08:00.
Mob: {PHONE|07700 900 506} | Tel: {PHONE|0113 496 0718} | {NAME|Seren Hughes}, Exploitation Lead, Hexley Children's Services
Out of hours, contact EDT via the switchboard on 03069 990 412. Do not give out workers' personal numbers.
Useful link for parents: https://www.hexley.gov.uk/keeping-children-safe-online - shared with mum by text.
{NAME|Dean Thornber}'s Facebook profile ({URL|facebook.com/dean.thornber.77}) shows photos taken outside the family home.
{NAME|Tilly Lee} DOB {DATE_OF_BIRTH|22nd Nov 2009} NHS No {NHS_NUMBER|999 102 4379}
Health passport: NHS number {NHS_NUMBER|9993851167}, GP Dr {NAME|Adéyemí}, immunisations up to date.
Hospital discharge summary for {NAME|Mariam Abu-Bakr}, NHS no. {NHS_NUMBER|999 640 2711}, DOB {DATE_OF_BIRTH|05.01.2012}. Follow-up in fracture clinic in 2 weeks.
Initial Health Assessment booked for next Wednesday at the Children's Centre. LAC nurse to attend.
Minutes taken by {NAME|A. Brennan}. Distribution: all attendees. Not to be shared with family without the Chair's agreement.
{NAME|Tunde Adebayo-Ross} (Youth Worker, Detached Team) saw a group of approx 8 YP at the bandstand in Gorsey Park at 21:30. Known YP present.
Detached team out Fri/Sat 7-11pm. Focus areas: Gorsey Park, the Precinct, Hexley Interchange.
Attendees: DS {NAME|Helen Marchbank} (CSE Team), {NAME|Ravinder Gill} (PC, Neighbourhood), Ms {NAME|D'Souza} (Head of Year 9), {NAME|Kofi Asante} (SW), {NAME|Dwayne Morrison} (YJS).
Mum (Ms {NAME|Wragg}) became distressed and asked me to leave. Visit ended 16:05.
Dad reports that he found £600 in cash and a set of scales in his son's bedroom. He has not told police. Advised re options.
{NAME|Chidi}'s girlfriend {NAME|Precious Eze} (17) is believed to be holding drugs for the group.
YP said the man who drives her around is known only as "{NAME|Bash}". She does not know his real name.
Maternal uncle to be assessed as a connected person. Viability assessment due in 3 weeks.
{NAME|Hamza bin Rashid} (YP) and his older brother {NAME|Yusuf} were both stopped and searched near Hexley Interchange. Nothing found.
Learning from the rapid review: information about the 2024 incident was held by Health but not shared. Recommendations to the Safeguarding Partnership.
YP attends {SCHOOL|The Heights Alternative Provision} three mornings a week. Transport via minibus.
{NAME|Kiran} attends {SCHOOL|Riverside Pupil Referral Unit} part-time; the rest of the week at home with no tuition.
Education: {SCHOOL|Hexley Park Academy} ({SCHOOL|HPA}), Year 10. Attendance 71%.
{NAME|Inês Rocha} D.O.B {DATE_OF_BIRTH|11-10-2008} - presenting at A&E with facial injuries; account inconsistent.
YP is 15 years old and in Year 11. She has a 2 year old sibling and lives with mum and mum's partner.
Bus route 42 and the 7A identified as routes used by the group to travel to the coast.
SW attended school. Spoke to YP alone in the library for 40 minutes. YP said things at home are "fine" and she is happy for the case to close.
Best wishes,\n{NAME|Dafydd Morgan-Rees}\nSocial Worker | Tîm Plant / Children's Team\n{PHONE|029 2018 0447}
{NAME|Mei-Lin Zhou} (interpreter, Mandarin) used for the meeting with parents.
Exchange student {NAME|Kaito Watanabe}, host family the {NAME|Ellisons}. Host mum raised concerns about contact from an older man online.
{NAME|Thanh Huong Pham} found in a cannabis grow at {ADDRESS|112 Colliery Road}; treated as a potential victim of trafficking.
Age assessment requested. YP says he is 16; Home Office records state 19. Assessment to be completed by two qualified SWs.
{NAME|Abdullahi Yusuf Hassan}, UASC, arrived via the Kent intake. Says his date of birth is {DATE_OF_BIRTH|1 January 2010} but is unsure of the exact day.
{NAME|Mamadou} and his sister {NAME|Aminata} share a room at the placement; request made for separate rooms.
{NAME|Awa N'Diaye} (Y8) told her teacher she is being sent to Senegal in the summer "to get married". FGM/FM protocol followed.
Left voicemail for {NAME|Dáithí Ó Ceallaigh} (dad) on {PHONE|028 9649 6112}.
{NAME|Renée Delacroix-Obi}, 14, presented at the walk-in centre with a boyfriend who appeared much older.
Contact log 11:47 - text from YP: "im ok dont worry stayin at a mates" - number withheld.
Contact log 15:03 - YP rang from an unknown mobile {PHONE|07700 900 672}, said she is at {NAME|Nadia}'s and will be back by 9.
Hi {NAME|Gareth}, thanks for this. Do you have a contact number for the aunt? Cheers, {NAME|Kofi}
{NAME|Kofi Asante}\nSocial Worker, Child in Need Team 2\nHexley Children's Services\n{EMAIL|kofi.asante@hexley.gov.uk} | {PHONE|01632 960 318}
Teams call with the Virtual School Head. Discussed PEP targets and use of Pupil Premium Plus for tutoring.
{NAME|Ayo} (full name {NAME|Ayomide Fashola}) said he feels safer since moving.
Police flagged a Snapchat account {HANDLE|t1ny.trappa} linked to the line; username changed weekly.
{NAME|Kemar Ellis} - Instagram {HANDLE|@kemzz__ellis}, Snapchat {HANDLE|kemz.e23}
Birth certificate on file shows DOB {DATE_OF_BIRTH|30/06/2011}; school records show {DATE_OF_BIRTH|30/06/2010} - query raised with admissions.
Referral accepted by the Exploitation Hub. Worker to be allocated at Tuesday's allocation meeting.
Father {NAME|Cormac Breathnach} is currently in custody; release expected spring 2027. Probation aware of the children.
Father attended the meeting and was calm throughout. He agreed to the safety plan.
There is hope that the placement will stabilise now that school transport is sorted.
{NAME|Blessing Chukwu} (mum) said she will take the children to church on Sunday and the pastor will support the family.
Pastor {NAME|Emmanuel Oyelaran} attended as the family's chosen support.
Summer holidays: YP to attend the HAF programme at the leisure centre Mon-Thu.
Team around the family meeting held at the Children's Centre. Mum, Nan and Grandad attended. Next TAF in six weeks.
YP has a Saturday job at Greggs and supports Leeds United. Good relationship with his manager at work.
YP said he listens to Skeng Theory "for the beats" and denies any gang affiliation.
Met YP at Costa in the Castlegate Centre at her request. She was more relaxed than at home.
Mum works nights at Tesco. Older sibling (19) provides care in the evenings. No concerns about supervision at present.
Joint visit with PCSO. Spoke to neighbours at nos. 12 and 14 who reported frequent visitors late at night.
Phone seized; awaiting download by the Digital Forensics Unit, likely 8-10 weeks.
Safeguarding Partnership learning event: 25 practitioners attended. Feedback positive.
YP's birthday is coming up and she is worried about being alone; plan to mark it with the foster carer.
Court: ICO granted at the Family Court on 20/11/2026. Final hearing listed for April. Guardian appointed.
Guardian {NAME|Olamide Fasanya} (Cafcass) requested sight of the latest assessment.
Solicitor for mother is {NAME|Rebecca Haworth-Sykes} of Fairclough & Mendes LLP.
YP identified on CCTV at Hexley Interchange at 01:13 with two adult males (not identified). Police reviewing.
Bail conditions: not to enter Hexley town centre. Curfew 19:00-07:00, electronically monitored.
Parent Carer Forum offered. Mum declined; says she doesn't want "another professional".
{NAME|Kai-Jun Lim} (14) - concerns re online gambling and a debt to an older peer known as "{NAME|Spider}".
Discord server "Hexley Boyz" used to coordinate fights. Server details passed to police.
Discord user {HANDLE|nightcrawler_0_7} messaged the YP over 300 times in one week.
Mum said {NAME|Bethany Ashworth} has been coming home with new clothes and nails done and won't say who paid.
{NAME|Gurpreet Kaur Bains} (YP) and her brother {NAME|Arjun Bains} seen at the gurdwara by the youth lead, who has no concerns.
Forwarded to {EMAIL|d.morrison@hexleyyjs.example} for YJS screening.
Postal address for mum: c/o {ADDRESS|5 Bramley Court, Barnsley Road}, {POSTCODE|S70 1YW}
{NAME|Aoife Brennan} | Business Support Officer | {EMAIL|aoife.brennan@hexley.gov.uk}
YP was spoken to about the risks of sharing his location on Snap Map. He agreed to turn on Ghost Mode.
Police intelligence suggests a property in the Brindley Estate is being used as a trap house. Address not shared with the family.
{NAME|Ruby-Jo Fairweather} (12) - Year 7 transition concerns; primary DSL reports she was groomed online in Year 6.
{NAME|Summer Rose King} (13) reported missing from home on three occasions in the summer holidays.
The carer has agreed a grace period on curfew during Ramadan and Eid.
{NAME|OWUSU-ANSAH, Kwabena} (DOB {DATE_OF_BIRTH|28.2.10}) - YJS assessment attached.
Ms {NAME|Achterberg} (Head of Sixth Form, {SCHOOL|Northvale Sixth Form College}) reports {NAME|T} has been absent for 3 weeks.
{NAME|Selin Yıldız} disclosed that her cousin's husband takes her phone and passport when she stays over.
Placement Plan: YP to have phone until 21:00 on school nights, then it is handed to carers. Reviewed monthly.
{NAME|Precious} asked for her words to be recorded exactly: "i just want to go home".
{NAME|Jasmine Oduya-Hart} DOB: {DATE_OF_BIRTH|7.2.11} NHS {NHS_NUMBER|999 213 6987}
Patient: {NAME|Sami Haddad} | NHS Number: {NHS_NUMBER|612 904 3856} | DOB: {DATE_OF_BIRTH|3/12/2014} | GP: Dr {NAME|Whitlock}
NHS no {NHS_NUMBER|7213660489} confirmed with the GP surgery for {NAME|Blessing Adjei-Mensah}.
Health visitor {NAME|Orla Mac an tSaoir} noted baby {NAME|Zara} not brought to two appointments; NHS {NHS_NUMBER|999 557 8026}.
LAC review: {NAME|Dominika Nowak-Kowalczyk}, 15, {NHS_NUMBER|9990349150}, placed with IFA carers since May.
{NAME|Eduardo Reyes de la Cruz} (father) requested copies of reports in Spanish.
Referral: {NAME|Ali Reza Mohammadi}, born {DATE_OF_BIRTH|15 Aug 2012}, NHS {NHS_NUMBER|999 470 6284}, living at {ADDRESS|Flat 7, Harlow Court, 3 Wentworth Street}, {POSTCODE|LS119QT}.
School nurse {NAME|Pauline Okoro} confirmed NHS {NHS_NUMBER|633 218 0471} for {NAME|Tiegan Holt}.
Mum ({NAME|Chelsea}) emailed from {EMAIL|chelsea.w86 at example dot co dot uk} asking for the meeting to be moved.
Call from {NAME|Jean-Baptiste Mukendi} ({PHONE|(0121) 496 0734}) re his daughter {NAME|Grâce} not being allowed to visit.
Missing person report - {NAME|Kacper Wójcik}, last seen wearing a black North Face jacket and grey joggers near Hexley Interchange at 19:40.
North Face jacket and Nike trainers found in the bin store; police have taken them for forensics.
{NAME|Valentina Russo}'s mum rang from {PHONE|020-7946-0875} to say she had come home safe.
Email from {NAME|Tomasz} (DC {NAME|Wiśniewski}) - YP's statement has been taken and she is happy to support a prosecution.
Second YP, {NAME|Mirela Dumitru} (14), also present at the address. Roma family, recently arrived from Craiova.
Conversation with Nan by phone. Nan reports no concerns and says YP is "a good girl, just easily led".
{NAME|Roisin McGuigan}, 16, is pregnant and the father is believed to be 24. Police informed.
{NAME|Hussein Abdi Nur} was found by BTP at Birmingham New Street with a return ticket paid for by an unknown adult.
YP travelled alone by train to Birmingham and back on the same day. Ticket bought with cash at the machine.
Supervision notes: worker caseload 19. Manager to reallocate two cases. Worker to book annual leave before March.
{NAME|Kwame Boateng} (uncle) offered to have {NAME|Nana Ama} stay with him; address {ADDRESS|29 Priestley Gardens}, {POSTCODE|BD7 1NS}.
{NAME|Ama}'s grandmother is referred to as Nana throughout; she is the main carer.
Visit to the family at {ADDRESS|Flat 14, Block C, Tenter Croft} - no answer. Card left.
{NAME|Sanjeev Rao}'s mother asked for the Tamil-speaking worker; {NAME|Sanjeev} is happy to speak English.
YJS panel: YP engaged well, apologised to the victim, and agreed to reparation at the community garden.
{NAME|Ibrahima Sow} and {NAME|Moussa Camara} both found in the same vehicle stopped on the M1 with a third unknown adult.
The car was a silver Vauxhall. Police have the registration. Driver not identified.
Email to Mr and Mrs {NAME|Van der Berg}: update re the school place at {SCHOOL|Ashcombe Primary}.
{NAME|Liang Xu} (YP) said his online "girlfriend" asked him to send £300 in gift cards or she would share images.
Sextortion case. YP reassured he is not in trouble. Reported via Report Remove and to police.
{NAME|Fiifi Asamoah} (YP) uses the X account {HANDLE|@fiifi_the1st}, which has posted threats to another pupil.
Link provided by school: {URL|https://x.com/fiifi_the1st/status/1733902251} (post now deleted).
{NAME|Hannah Cheung-Wright}, {SCHOOL|St Brigid's RC High School}, Year 9. Referred by Head of Year for self-harm.
Parent contact: {PHONE|+447700900145} (mum, {NAME|Linda}); dad has no PR.
Chair summarised: risk remains high. Multi-agency plan to continue. Next meeting in four weeks.
YouTube video of the fight ({URL|youtu.be/Xq3v9TzL0aQ}) shows {NAME|Reece Dunmore} clearly.
YP enjoys boxing at the club on Tuesdays and Thursdays. Coach is a positive male role model.
{NAME|Eilish Nic Dhòmhnaill} (Gaelic-medium teacher) raised concerns about bruising to the child's arm.
Mum said: "She's my angel, she would never do anything like that."
Duty log 17:55 - call from Police re YP detained under s136. Taken to the place of safety. Mum informed.
"""

ALLOWED = {"NAME", "ADDRESS", "SCHOOL", "PHONE", "HANDLE", "EMAIL",
           "DATE_OF_BIRTH", "POSTCODE", "NHS_NUMBER", "URL"}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")


def nhs_ok(s):
    digits = s.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def parse(line):
    line = line.replace("\\n", "\n")
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        cur += m.start() - pos
        typ, txt = m.group(1), m.group(2)
        spans.append({"start": cur, "end": cur + len(txt), "type": typ})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans


def check(text, spans, raw):
    errs = []
    if "{" in text or "}" in text:
        errs.append("leftover brace")
    prev_end = -1
    for s in sorted(spans, key=lambda x: x["start"]):
        t = text[s["start"]:s["end"]]
        if s["type"] not in ALLOWED:
            errs.append("bad type %s" % s["type"])
        if not t:
            errs.append("empty span")
        elif t != t.strip():
            errs.append("whitespace at edge: %r" % t)
        if s["start"] < prev_end:
            errs.append("overlap at %d" % s["start"])
        prev_end = s["end"]
        if s["type"] == "NHS_NUMBER" and not nhs_ok(t):
            errs.append("bad NHS number %r" % t)
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records, failures, seen = [], [], set()
    for style, block in (("young_person", YOUNG_PERSON), ("case_note", CASE_NOTE)):
        for raw in block.split("\n"):
            raw = raw.strip()
            if not raw:
                continue
            text, spans = parse(raw)
            errs = check(text, spans, raw)
            if text in seen:
                errs.append("duplicate text")
            seen.add(text)
            if errs:
                failures.append((raw, errs))
            records.append({"style": style, "text": text, "spans": spans})
    if failures:
        for raw, errs in failures:
            print("FAIL:", "; ".join(errs), "::", raw, file=sys.stderr)
        sys.exit(1)

    random.Random(20261208).shuffle(records)
    out_path = os.path.join(here, "set_n.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": "n%04d" % i, "style": r["style"], "text": r["text"],
                   "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    by_style = Counter(r["style"] for r in records)
    empty = Counter(r["style"] for r in records if not r["spans"])
    types = Counter()
    types_by_style = {s: Counter() for s in by_style}
    for r in records:
        for s in r["spans"]:
            types[s["type"]] += 1
            types_by_style[r["style"]][s["type"]] += 1
    print("records:", len(records))
    for st in ("young_person", "case_note"):
        print("  %-13s %4d  (no spans: %d)" % (st, by_style[st], empty[st]))
    tot_empty = sum(empty.values())
    print("records with no spans: %d (%.1f%%)" % (tot_empty, 100.0 * tot_empty / len(records)))
    print("spans:", sum(types.values()))
    print("  %-14s %6s %6s %6s" % ("type", "total", "yp", "cn"))
    for t in sorted(ALLOWED):
        print("  %-14s %6d %6d %6d" % (t, types[t], types_by_style["young_person"][t],
                                       types_by_style["case_note"][t]))
    print("wrote", out_path)


if __name__ == "__main__":
    main()
