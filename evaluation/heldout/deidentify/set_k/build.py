#!/usr/bin/env python3
"""Build set_k.jsonl from hand-typed, inline-annotated records.

Every record below was typed by hand. Identifying spans are written inline
as {TYPE|text}. One record per line; blank lines are ignored.
Python 3 standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

ALLOWED = {
    "NAME", "PHONE", "EMAIL", "HANDLE", "URL", "ADDRESS", "POSTCODE",
    "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER",
}

# ---------------------------------------------------------------------------
# Style: young_person (survey free text, own words)
# ---------------------------------------------------------------------------
YOUNG_PERSON = r"""
me n {NAME|dan} went down the park after school n these older lads started chattin to us
{NAME|Faith} said she'd come wiv me to the clinic but she bottled it last min
this guy {NAME|Big Tyrone} kept givin us free stuff then said we owed him for all of it
my mate {NAME|kayleigh} got added by some random on snap {HANDLE|@trapking_0161} and he was askin for pics
{NAME|Hunter} keeps messaging me even tho i blocked him twice, he just makes new accounts
i dont feel safe at {SCHOOL|st aidans} cos of the year 11s they wait by the gates
honestly the only adult i trust is Miss {NAME|Okonkwo} at {SCHOOL|Riverside PRU}
my nan lives on {ADDRESS|Fenwick Street} so i stay there when mums kicking off
if anyone needs me my number is {PHONE|07700 900461} txt dont ring
{NAME|lil jay} is the one who got me doin runs to blackpool, i was 14
{NAME|Will} texted me at like 3am sayin he was outside my house
{NAME|Precious} is my best mate she always has my back no matter what
i told {NAME|Oisín} about it n he said go to the police but i was proper scared
my social worker {NAME|Gwenllian} is sound tbh she actually listens unlike the last one
my cousin {NAME|Thanh} works in a nail bar n they dont pay her proper and keep her passport
add me on insta {HANDLE|@ruby.xo_2009} if u wanna talk about it
me and {NAME|ruby} got followed from the bus station by a man in a white van
{NAME|Destiny} told me her boyfriend takes her phone n reads all her msgs every night
this girl {NAME|Angel} got jumped outside the chicken shop n no one did nothin
my discord is {HANDLE|nightowl#4417} dm me if ur going thru the same
{NAME|Szymon}s older brother sells weed out the back of the flats n he wants me to help
i was born {DATE_OF_BIRTH|12/08/2009} so im 17 now n they still treat me like a kid
mrs {NAME|patel} the head of year never believes a word i say
{NAME|Ciarán} n {NAME|Padraig} r the only ones who didnt grass me up
{NAME|Mariana Popescu} is the youth worker who helped me get my own flat
they set up a fundraiser {URL|www.example.com/justice4jaydn} for my mate after what happened
he made us call him uncle {NAME|ray} but he werent nobodys uncle
{NAME|Summer} n me used to go to the youth club on tuesdays before it shut down
my keyworker at the hostel {NAME|Abdirahman} got me onto a college course
{NAME|Chidinma Eze} from my estate is the one who told me about Childline
{NAME|Sky} was the one who showed me how to get money off tiktok lives
i got a msg from {EMAIL|jordan.b99@example.com} sayin they had pics of me n wanted money
{NAME|Joy} from the church drop in is the only grown up i talk to
my ex {NAME|Mark} used to check my location on snap map every hour
theres this lad called {NAME|Little Kev} who runs the younger ones round here
i went to {SCHOOL|oakfield academy} till year 9 then got moved
{NAME|Mikey O'Driscoll} threatened my little brother so now i dont go out
ring me on {PHONE|o77oo 9oo l38} (writin it like this so the bots dont get it)
my foster carer {NAME|Bernadette} is strict but i know she cares about me
{NAME|Frank} from the boxing gym is like a dad to me honestly
{NAME|Rose} picked me up from the station when i ran off in the night
{NAME|Grace} keeps telling me to report it but she dont get what its like
i met {NAME|Kwame} on a gaming server n he was nice at first then asked for my address
me n {NAME|tash} n {NAME|ellie-mae} got stopped n searched for literally nothing
my sister {NAME|Zainab} got married at 17 n nobody asked if she even wanted to
the pastor said i should forgive {NAME|Dwayne} but he hurt me bad
my mum lives at {ADDRESS|42 Heron Close} {POSTCODE|NE4 9DW} but im not allowed back
{NAME|Aleksandra} at the drop in helped me sort my UC claim when i was sofa surfing
snap me {HANDLE|kaiden.x.2010} i dont check insta
my number changed its {PHONE|oh seven seven double oh nine double oh five two six} now
{NAME|Jake}, {NAME|Connor} and {NAME|Reece} jumped me on the way home from {SCHOOL|Hillside High}
me and {NAME|precious} used to share a room in the childrens home
i only feel safe round my nan n my cousin {NAME|Shanice}
my tiktok {HANDLE|@itsjustmeleah} got hacked n they posted stuff pretendin to be me
{NAME|Eilidh} from back home in Inverness still texts me every day to check im ok
{NAME|Siôn} was the first person who actually asked if i was ok
they call him {NAME|Big D} round here n everyone is scared of him
the older girl {NAME|Chantelle} said i could stay at hers if i held some stuff for her boyfriend
my mate lives on {ADDRESS|Cavendish Road} next to the offy n its always kicking off there
{NAME|Ife} and {NAME|Tolu} r twins n they both got excluded the same day
im in year 10 at {SCHOOL|St Michael's Catholic College} and its alright i guess
{NAME|Jamal} from the youth offending team is ok he dont judge
my dob is {DATE_OF_BIRTH|01.04.2010} if u need it for the voucher
i used to go to {SCHOOL|greenfields pru} its where they send all the naughty kids lol
{NAME|Dorota} my mums friend translates at appointments but i hate her hearing my business
email me at {EMAIL|skyelovesmusic (at) example [dot] org} if u want my side of it
mr {NAME|hughes} the PE teacher is the only teacher who checks on me
{NAME|Tariq} got stabbed round the corner from my house n since then i dont walk that way
some man on discord {HANDLE|void_walker#0092} kept sending me links to weird sites
my cousin {NAME|Johnny Joe} gets blamed for everything just cos hes from the site
{NAME|Bridie Ward} from the site is my best friend n she gets picked on too
i was with {NAME|Anh} when the police turned up n they only spoke to me
check my page {URL|https://example.org/u/marcusdraws} i sell my art to get by
{NAME|Fatima}s dad found her phone n now she isnt allowed out at all
{NAME|Deshawn} wants me to go to birmingham with him this weekend n i dont know
my youth worker {NAME|Rhiannon} helped me get an appointment at the clinic
{NAME|Amara} n {NAME|Nneka} said they'd come with me to talk to someone
i stay at my dads on {ADDRESS|14a Bramley Terrace} weekends n its calmer there
hes called {NAME|Lil Zee} on snap but his real name is {NAME|Zion}
{NAME|Caoimhe} was the one who noticed somethin was wrong with me
my bestie {NAME|Saoirse} lives at {ADDRESS|23 Orchard Way}, Luton {POSTCODE|LU2 9NB} if u need to send the letter there
my support worker {NAME|Habiba} said she can ring {PHONE|0113 496 0832} for me
the man who picked us up was called {NAME|Imran} he drove a black merc
{NAME|Bogdan} from the car wash said i could earn 50 a day cash in hand
{NAME|Ffion} and me went to the talk about online safety n it was actually decent
{NAME|Kenzie} n {NAME|Lexi} shared my pics in the group chat n the whole year saw
my mate {NAME|Oluwaseun} but everyone calls him {NAME|Seun}
{NAME|Jade} got a message off {HANDLE|@real_rich_ryan} offering her modelling work in london
i lived at {ADDRESS|7 Clarence Street} before the fire
my name is {NAME|Ellie Rose Barker} and i want my answers deleted after
{NAME|Reuben} at the pupil referral unit is alright, he plays football with us
my nhs number is {NHS_NUMBER|999 318 9022} they made me write it down at the doctors
{NAME|Nia} pulled me out of the party when it got bad
{NAME|kyle} n them from the estate call me a snake now
{NAME|Amelia-Rose} my little sister is the reason i keep going
i live with my aunty {NAME|priya}s family now and its better
{NAME|Hope} is my daughter n i am scared they will take her off me if i say owt
me n {NAME|jamie} n {NAME|kacper} got chased by a car with no plates
{NAME|Yusuf} said if i dont pay back what i owe his lot will come to my mums
{NAME|Wiktoria} is the only one in my class who knows im in care
my insta is {HANDLE|@_mxhairi.x} but i set it private now
{NAME|Dafydd} n {NAME|Owain} from rugby are sound, they walk me home
ms {NAME|campbell} is my mentor at {SCHOOL|Parkside Academy} n she got me a laptop
{NAME|Hodan} and her sisters get followed home from mosque by the same lads
me n {NAME|Big Mo} used to be tight till he started shottin
{NAME|Nevaeh} sent my number to loads of randoms n now i get calls all night
{NAME|Andrei} n his mates from the car park offered me a lift n i said no thank god
this woman {NAME|Trudy} at the hostel reception is lovely, always saves me a dinner
{NAME|leon} told me he loved me after a week then asked me to carry a bag for him
{NAME|Joy-Ann} my auntie from Jamaica is who i ring when things get bad
my old school was {SCHOOL|Brampton Manor} n i got bullied for my accent
my mums house is {ADDRESS|58 Station Road} n the man upstairs bangs on the floor all night
{NAME|Marek}s dad is the one who takes the boys to the farm to work
im {NAME|Tyler-Jay}, im 15 and i want more places to go that arent the park
the guy on tiktok is {HANDLE|@fastmoney_marco} he says u can earn 500 a week just for driving
{NAME|Khadija} at college said i should talk to the counsellor
{NAME|Mercy} n me got the train to london without telling no one n a man paid our tickets
{NAME|Ahmed} n {NAME|Bilal} looked after me when i got kicked out
ring my worker on {PHONE|020 7946 0217} she will tell u im not lying
{NAME|pawel} is the only lad in our year who dont do weed
my carer {NAME|Maureen} takes my phone at 10 which is dead annoying but fair
{NAME|Chinedu} got a knife pulled on him at the bus stop n the driver just drove off
i used to live on {ADDRESS|Moss Lane} with my dad before social services moved me
{NAME|Leila} was the one who reported it for me cos i couldnt
"""

YOUNG_PERSON_NEGATIVE = r"""
i dont feel safe on the bus after 6 specially round the Arndale
honestly the CAMHS waitin list is a joke i been waitin since may
will anyone actually read this or is it just another survey lol
the police never come when u ring them, the Bill only turn up when its us doin summat
i hope they open the youth club again in the summer holidays
Childline was actually alright when i rang them, they didnt judge me
my Mum n my Nan both say stay off TikTok but everyone is on it
the older lads on the estate jack up their prices n then make u owe them
i play Fortnite n Roblox mostly n sometimes ppl in the chat are weird
me phone bill was 80 quid cos someone used my data, me mam went mad
the grace period on my phone contract ran out n now im in debt at 18
the sun rose n i was still sat at Piccadilly station cos i couldnt go home
to be frank the teachers dont care about anyone in the bottom sets
i looked on FRANK for info about ket n it was actually helpful
i got a mark on my arm from where he grabbed me, didnt tell no one
Snapchat n Instagram r where most of the bad stuff happens tbh
in Year 8 we had a talk from Barnardo's about grooming and i didnt get it then
the Metrolink at night is dodgy specially round Cornbrook
i feel safest at home with Mum n our dog Bella curled up on the sofa
may be im overthinkin but i dont like how some of the taxi drivers look at me
the GP just said ring 111 if it got worse n that was it
we go Primark on Saturdays n security follow us round the whole shop
the Job Centre sanctioned me n i had to go to the food bank at the Salvation Army
Christmas is the worst time for me cos Dad drinks
feelin safe means not havin to look over ur shoulder walkin thru Meadowhall
Wolverhampton bus station is where they pick kids up, everyone knows it
my Nan n Grandad are the only ones in the family who dont shout
i wish CAMHS n the school talked to each other instead of passin me about
Roblox, Minecraft n Discord r fine mostly, its the DMs that get weird
the Youth Offending Team made me do reparation at a charity shop on Mondays
on Fridays after school we go Maccies on the High Street n thats when fights start
will power is all i got left innit
mark my words the Council will shut the last youth centre by April
i dont trust the Feds, not after what happened in August
been in care since i was 9 n had like 11 placements across Kent n Essex
my Mam says the Gardaí back home were worse than the police here lol
my Aunty and Uncle took me in when Social Services got involved
i love Summer cos no school but thats when it gets dangerous round here
Bank Holiday Monday is when the lads from out of town come up
the Samaritans helped me at 2am one night when i had no one
ur never safe on Instagram Live someone always screenshots
we had PSHE on county lines in Year 9 but it was cringe n nobody listened
Victoria station, Euston, Kings Cross, thats where they send u
me n my Step Dad havent spoke since Easter
the nurse at the Brook clinic was lovely n explained everything
the Prince's Trust course was the best thing i did all year
Ramadan n Eid are when i feel most at home
ppl say Sky Sports is just for lads but i watch it more than my brother
went up the Angel of the North on a school trip n it was the best day ever
all the girls in Year 11 wear Hunter wellies n North Face, if u dont u get rinsed
no joy with the housing office again, third time this month
my destiny aint decided by the postcode i grew up in
my phone is precious to me cos its the only way i talk to my little sister
i lost faith in the police after they laughed at me in the station
"""

# ---------------------------------------------------------------------------
# Style: case_note (practitioner writing)
# ---------------------------------------------------------------------------
CASE_NOTE = r"""
Strategy meeting held re: {NAME|Kacper Nowak} (DOB {DATE_OF_BIRTH|02/05/2009}). Concerns re: CCE and repeat missing episodes to Blackpool.
Attendees: DC {NAME|Hollis} (Exploitation Team), Ms {NAME|Adeyemi} (DSL, {SCHOOL|Oakfield Academy}), {NAME|R. Chaudhry} (CSC), {NAME|Siobhan Kearney} (YOT).
Hi {NAME|Siobhan}, thanks for the referral for {NAME|Tyler}. I have tried him on {PHONE|07700 900218} twice with no answer.
Kind regards, {NAME|Tomasz Wiśniewski} | Youth Worker | {PHONE|0113 496 0571} | {EMAIL|t.wisniewski@example.org}
Re: {NAME|Aisha Mohamed Hassan}, {ADDRESS|Flat 3, 27 Kingsway Road}, Manchester {POSTCODE|M19 9RT}
NHS No: {NHS_NUMBER|999 467 2150}. GP practice confirmed registration on Tuesday.
YP disclosed that an adult male known as {NAME|Big Dre} has been supplying her with alcohol and cannabis.
Home visit to {ADDRESS|16 Marlowe Court}. Mum present. {NAME|Jayden} in bedroom and declined to come down.
14:20 Call from PC {NAME|Ahmed} (Missing Persons Unit) – {NAME|Leah} located at Leeds station and returned by officers.
Handover: {NAME|Mercy} settled overnight, ate tea, on phone to boyfriend until late. Staff to monitor.
Sgt {NAME|Doherty} advised that an Osman warning has been issued to {NAME|Callum Fraser}.
Contact log 22:40 – text received from {NAME|Olamide}: "im safe dont worry". No location given.
Dear Dr {NAME|Mensah}, thank you for seeing this young person at short notice.
Referral from {SCHOOL|St Aidan's RC High School}: {NAME|Shay} has been absent 9 days this half term and seen getting into cars with older males.
Sibling {NAME|Kiera-Louise} (DOB {DATE_OF_BIRTH|19/11/2012}) is also open to Early Help.
Instagram account {HANDLE|@quickcash_uk_} identified as sending recruitment messages to pupils in Years 9 and 10.
{NAME|Mohamed Warsame} reports being threatened by peers over a drug debt of £300.
Mother, Mrs {NAME|Popescu}, requested a Romanian interpreter for the next meeting.
Ms {NAME|Nguyen} (foster carer) reports that {NAME|Minh} has been found with a second phone.
YP gave an alternative number {PHONE|07700 900 734} for contact; to be added to the file.
Email received from {EMAIL|p.osullivan@example.com} (Virtual School) confirming the PEP date.
Action: Miss {NAME|Begum} to complete NRM referral for {NAME|Amir} by Friday.
Placement address changed to {ADDRESS|9 Lowther Gardens}, Carlisle {POSTCODE|CA2 9HL} with effect from today.
{NAME|Will} attended his appointment and engaged well; discussed healthy relationships and consent.
{NAME|Faith} disclosed that her older cousin {NAME|Marcus} has been asking her to "hold" items for him.
{NAME|Destiny Campbell} – DOB {DATE_OF_BIRTH|07.07.2008} – NHS {NHS_NUMBER|9995506327}
{NAME|Ruby} presented as flat in mood. Said she had not slept since the weekend.
Named associates: {NAME|Lewis Garner} (aka {NAME|Gaz}), {NAME|Kian Doyle} and {NAME|Rhys}.
DC {NAME|Okafor} to liaise with British Transport Police re: CCTV at Crewe.
Snapchat user {HANDLE|@mandem_bizniz} sent a number of voice notes to {NAME|Archie} overnight.
Discord account {HANDLE|GhostRider#7731} linked to the sharing of indecent images within the server.
Police intelligence indicates {NAME|Rafał Kowalczyk} is renting the property at {ADDRESS|88 Vicarage Lane}.
Minutes taken by {NAME|J. Whitfield}, Business Support.
Handover 07:00 – {NAME|Precious} absent from placement since 23:15; reported missing to Police, log number obtained.
Dad (Mr {NAME|Mahmood}) called at 19:05 to say {NAME|Yusuf} has come home and is safe.
Spoke with {NAME|Hodan}'s aunt, who confirmed she will attend the review.
{NAME|Angel} reports she met the adult through a website ({URL|www.example.com/meetnow}).
{NAME|Sky Hamilton-Reid} is a 15 year old White British female currently placed out of area.
Summary: {NAME|Darnell} (17) arrested in possession of 14 wraps in Margate.
{NAME|Hunter} was seen by the school nurse today; no marks or injuries observed.
Professional contact for the family is Ms {NAME|Ní Bhriain}, Family Support Worker.
Mum's partner, {NAME|Lee}, is not to have unsupervised contact with the children.
TAF review: younger sibling {NAME|Joy} is attending {SCHOOL|Meadowbank Primary} and is doing well.
{NAME|Mhairi} disclosed that her boyfriend {NAME|Ruaridh} shares her location with his friends.
{NAME|Dafydd} is on roll at {SCHOOL|Ysgol Bro Taf} but has not attended since October.
YP's GP is Dr {NAME|Chakraborty} at Parkside Surgery.
Referral: {NAME|Wiktoria Zielińska}, DOB {DATE_OF_BIRTH|30/01/2007}, {ADDRESS|112 Chapel Street}, Salford {POSTCODE|M6 9QA}, tel {PHONE|020 7946 0463}.
{NAME|Andreea} attended with her brother {NAME|Ionuț}, who interpreted at her request.
Alleged perpetrator: {NAME|Patsy Joyce}, believed to be staying on a site outside Peterborough.
Thanks {NAME|Gemma} – I'll pick this up on Monday. {NAME|Naz}
MACE: {NAME|Tyreke} RAG rated red; {NAME|Kofi Asante} rated amber.
Visited {NAME|Summer} at her nan's on {ADDRESS|Brookfield Avenue}; she was in good spirits.
{NAME|Rose}'s mobile has changed to {PHONE|020 7946 0388}.
YP wrote her number on a piece of paper as {PHONE|O77OO 9OO 4l2}.
Our ref: ES/4471. Mr and Mrs {NAME|Kowalski}, {ADDRESS|5 Larch Rise}, Ipswich {POSTCODE|IP4 9TS}
{NAME|Frank Osei} (maternal uncle) agreed to be a safety plan contact.
{NAME|Mark} (Mum's ex-partner) is believed to be back in the area.
YP uses the TikTok name {HANDLE|@princess.kiki.x} and has over 2,000 followers.
Second email address provided by YP: {EMAIL|leonhart07 [at] example [dot] com}
{NAME|Grace} disclosed during the session that she had been to a party at {ADDRESS|31 Park View} where older men were present.
{NAME|Yasmin} attends the {SCHOOL|Bridge Academy}, Year 11.
Strategy discussion: {NAME|Ayaan Abdi}, DOB {DATE_OF_BIRTH|15 March 2010}.
{NAME|Leon} has asked that workers do not contact him via his mum.
Please contact me on {PHONE|020 7946 0159} or at {EMAIL|duty.team@example.org} if you have any concerns.
{NAME|Shanice}'s baby {NAME|Nevaeh} is subject to a Child Protection Plan.
Staff member {NAME|Dan} escorted YP to the sexual health appointment.
{NAME|Tran Van Duc} was recovered from a cannabis grow in a flat above a takeaway; Vietnamese interpreter booked.
{NAME|Kayden} found in possession of a second phone, number {PHONE|07700900965}.
{NAME|Zofia}: school attendance currently 62%.
{NAME|Declan O'Rourke-Mills} has been remanded to YOI pending trial.
{NAME|Cerys} was collected by her mum at 16:30.
{NAME|S. Ali} (Family Support) to arrange a joint home visit.
{NAME|Ellie} told {NAME|Rachel} (SW) that she feels safer since moving.
{NAME|Kemi Adeyinka-Lawal} – Designated Safeguarding Lead – {SCHOOL|Kingsmead Academy}
YP reports meeting an adult known only as {NAME|Boss} on the train to Manchester.
NHS number {NHS_NUMBER|999 701 3484} confirmed with the GP surgery.
{NAME|Jude} and {NAME|Theo} (twins) are both open to CAMHS.
The return home interview with {NAME|Jessica} was completed by {NAME|Bethan} from the Children's Society.
{NAME|Aoife} presented with bruising to her upper left arm, which she said happened at netball.
{NAME|Liam Brennan}'s home address is {ADDRESS|4 Clover Mews}, Bolton {POSTCODE|BL3 9EZ}.
{NAME|Taiwo} and {NAME|Kehinde} were seen together at the retail park at 01:00.
Hi {NAME|Priya}, just flagging that {NAME|Ayesha} missed her CAMHS appointment yesterday.
Best wishes, {NAME|Ceri Pritchard} (Senior Practitioner)
From: {NAME|Joanne Fairweather} <{EMAIL|j.fairweather@example.org}>
Subject: Concern re {NAME|Tayo Bankole} – please call back today
MACE minutes – Chair: Insp {NAME|Rowley}. Notes: {NAME|Kai} returned at 03:10 with new trainers and £60 cash he could not account for.
Return interview: {NAME|Brooke} stated she stayed with a friend called {NAME|Tash} at {ADDRESS|Flat 12, Jubilee House}.
{NAME|Mariam} uses the Snapchat name {HANDLE|mimi_x_07} and has added several adult males.
Dear Ms {NAME|Akhtar}, I am writing to confirm the outcome of the Child and Family Assessment.
Case transferred to {NAME|Gareth Llewellyn} (YOT) following sentencing.
{NAME|Blessing} was upset during the visit and said she misses her mum in Lagos.
{NAME|Ionela} (16) was identified at a car wash in Dudley; NRM referral made the same day.
Handover: {NAME|Destiny} and {NAME|Shauna} returned to the unit together at 22:50, both smelling strongly of cannabis.
{NAME|Mikołaj} was permanently excluded from {SCHOOL|Highfield Academy} after being found with a blade.
PC {NAME|Stewart} and PC {NAME|Osei-Bonsu} attended and completed a welfare check.
YP shared a link ({URL|https://example.com/shop/ref=jaykay}) to a site she says pays her for "promoting".
Name: {NAME|Olivia Grant}. DOB: {DATE_OF_BIRTH|22nd June 2011}. Legal status: S20.
{NAME|Aryan}'s mum, Mrs {NAME|Sharma}, is a key protective factor.
Safety plan: {NAME|Skye} to call {PHONE|020 7946 0742} (out of hours) if she feels unsafe.
{NAME|Keisha}'s NHS number: {NHS_NUMBER|999-845-1272}
Spoke to Nan (Mrs {NAME|Doreen Hartley}), who is willing to have him at weekends.
Head of Year {NAME|Niamh Ó Súilleabháin} raised concerns about a new older boyfriend.
{NAME|Zara}'s older brother {NAME|Hamza} is subject to a Criminal Behaviour Order.
{NAME|Lily-Mae} was discussed at MACE; {NAME|Jordan} (boyfriend, 19) to be considered for disruption.
{NAME|Bridget Connors} and her cousin {NAME|Mikey Joe} were stopped together in a car in Watford.
Referral for {NAME|Nathaniel Boateng}, {ADDRESS|201 Whitehall Road}, Leeds {POSTCODE|LS12 9AB}
Handover: {NAME|Adaeze} was live on {HANDLE|@ada.the.baddie} at 02:00; staff asked her to end it.
{NAME|Tiegan} was not in {SCHOOL|Westfield School} this morning; DSL alerted at 09:40.
{NAME|Emre} attended with interpreter {NAME|Selin Kaya}.
{NAME|Sophie}'s mum rang in distress; {NAME|Sophie} had not returned from {SCHOOL|Hollybrook College}.
{NAME|Gracie-Leigh} reports that a man called {NAME|Deano} gave her a phone and told her to keep it charged.
"""

CASE_NOTE_NEGATIVE = r"""
MACE panel agreed to keep the case open; review in six weeks. No new intelligence shared.
Police, CAMHS and Early Help to attend the next TAF meeting on Thursday.
Duty Manager consulted; threshold for Section 47 enquiries not met at this time.
YP refused to engage. Mum reports she has been staying with a friend in town.
Handover: quiet night on the unit, all young people in by curfew.
Referral received from the Police via MASH on Monday morning.
Kind regards, Duty Team
Contact attempted by phone x3, no answer. Voicemail left; will try again on Friday.
Hope this helps and happy to discuss further.
Grace period for rent arrears agreed by Housing until the end of May.
Frank discussion held with Dad about boundaries and curfew.
Concerns remain about exploitation linked to the Arndale Centre and Piccadilly Gardens.
School Nurse to follow up regarding sexual health; Brook clinic details provided.
Safeguarding Lead at the Academy informed by telephone.
Mum will contact the Virtual School Head this week.
Spoke with the GP and the Practice Nurse; no concerns raised.
Please mark this as urgent and forward to the Team Manager.
Summer holiday plan agreed: Prince's Trust taster and Fire Service cadets.
May need to escalate to Head of Service if there is no response by Wednesday.
YP spent the weekend at Nan's and returned on time.
Barnardo's to complete the return home interview within 72 hours.
Referral to the National Referral Mechanism submitted; awaiting a decision from the Single Competent Authority.
British Transport Police stopped YP at Birmingham New Street with a large amount of cash.
Strategy meeting minutes to be circulated by Business Support.
Dad's will has been a source of tension between the siblings.
YP said that older boys "jack up" the debt if he is late paying.
YP stated "the Bill were waiting outside the chippy" when she got off the bus.
Christmas contact arrangements agreed with Mum and Step-Dad.
Sent from Outlook for iOS
Please do not reply to this email; this mailbox is not monitored.
CONFIDENTIAL – contains sensitive personal data. Do not forward.
Risk: high. Protective factors: Nan, football, college place.
Missing from 21:00 Saturday to 14:00 Sunday. Found at Meadowhall by a PC on patrol.
DSL and Head of Year to meet with Mum after half term.
Attendees: SW, DSL, YOT caseworker, CAMHS clinician, Police (Exploitation Team).
Apologies: School Nurse, Housing Officer, Education Welfare.
Young person's views: wants to stay in Bristol and start college in September.
Sky and Virgin Media accounts in Mum's name were cut off due to debt.
Referral declined by CAMHS as not meeting criteria; signposted to Kooth.
YP uses WhatsApp, Snapchat and Telegram; advised on privacy settings.
Child Exploitation screening tool completed; score indicates significant risk.
Bill from the energy company passed to the Family Support Worker.
Will discuss at supervision on Tuesday.
Hope remains that the placement can be stabilised before Easter.
Mark the case as closed once the final letter is sent.
Risk rating rose to amber after the latest MACE.
Summer term attendance improved to 91%.
Joy at her GCSE results was evident; she wants to do A levels.
Precious little progress has been made on the housing application.
Faith leaders from the mosque and the church have been invited to the community meeting.
Met YP at the Angel, Islington, as agreed, and walked to the Youth Hub.
YP talked about destiny and feeling that prison is inevitable for lads like him.
Sgt and DC from the Exploitation Team attended; no further action.
Out of hours EDT contacted at 02:15; advice given and logged.
Nan and Grandad have offered to be kinship carers; viability assessment to follow.
Dear Colleague, please find attached the referral form and chronology.
"""

# ---------------------------------------------------------------------------
# Parsing and validation
# ---------------------------------------------------------------------------
MARK = re.compile(r"\{([^{}|]+)\|([^{}]*)\}")
PHONE_OK = ("07700900", "01134960", "02079460")


def nhs_ok(text):
    digits = re.sub(r"\D", "", text)
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def fail(msg, line):
    sys.exit("ERROR: %s\n  in: %s" % (msg, line))


def parse(line):
    plain = []
    spans = []
    length = 0
    pos = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        plain.append(before)
        length += len(before)
        typ, txt = m.group(1), m.group(2)
        if typ not in ALLOWED:
            fail("bad type %r" % typ, line)
        if not txt:
            fail("empty span", line)
        if txt != txt.strip():
            fail("whitespace at span edge %r" % txt, line)
        if typ == "NHS_NUMBER" and not nhs_ok(txt):
            fail("NHS number fails Modulus 11: %r" % txt, line)
        if typ == "PHONE":
            if re.search(r"\d", txt):  # spelled-out forms have no digits
                d = re.sub(r"\D", "", txt.replace("O", "0").replace("o", "0").replace("l", "1"))
            else:
                d = ""
            if d and not d.startswith(PHONE_OK):
                fail("phone outside drama ranges: %r" % txt, line)
        if typ == "EMAIL" and "example" not in txt:
            fail("email not on example domain: %r" % txt, line)
        if typ == "URL" and "example." not in txt:
            fail("URL not on example domain: %r" % txt, line)
        if typ == "POSTCODE" and not re.search(r"\s9[A-Z]{2}$", txt):
            fail("postcode inward code must start with 9: %r" % txt, line)
        spans.append({"start": length, "end": length + len(txt), "type": typ})
        plain.append(txt)
        length += len(txt)
        pos = m.end()
    plain.append(line[pos:])
    text = "".join(plain)
    if "{" in text or "}" in text:
        fail("brace left over", line)
    if text != text.strip():
        fail("record has leading/trailing whitespace", line)
    # overlap / order check
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            fail("overlapping spans", line)
    # round-trip check
    rebuilt = MARK.sub(lambda m: m.group(2), line)
    if rebuilt != text:
        fail("round trip mismatch", line)
    return text, spans


def records_from(block, style):
    out = []
    for raw in block.split("\n"):
        if not raw.strip():
            continue
        text, spans = parse(raw)
        out.append({"style": style, "text": text, "spans": spans})
    return out


def main():
    records = []
    records += records_from(YOUNG_PERSON, "young_person")
    records += records_from(YOUNG_PERSON_NEGATIVE, "young_person")
    records += records_from(CASE_NOTE, "case_note")
    records += records_from(CASE_NOTE_NEGATIVE, "case_note")

    seen = set()
    for r in records:
        if r["text"] in seen:
            sys.exit("ERROR: duplicate text: %s" % r["text"])
        seen.add(r["text"])

    random.Random(20261205).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "k%04d" % i, "style": r["style"], "text": r["text"], "spans": r["spans"]})

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set_k.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    style_n = Counter(r["style"] for r in out)
    neg_n = Counter(r["style"] for r in out if not r["spans"])
    type_n = Counter(s["type"] for r in out for s in r["spans"])
    type_style = Counter((r["style"], s["type"]) for r in out for s in r["spans"])
    print("records: %d" % len(out))
    print("%-14s %8s %10s %8s" % ("style", "records", "no-spans", "spans"))
    for st in ("young_person", "case_note"):
        ns = sum(len(r["spans"]) for r in out if r["style"] == st)
        print("%-14s %8d %10d %8d" % (st, style_n[st], neg_n[st], ns))
    print("%-14s %8d %10d %8d" % ("total", len(out), sum(neg_n.values()), sum(type_n.values())))
    print()
    print("%-14s %13s %10s %6s" % ("type", "young_person", "case_note", "total"))
    for t in sorted(ALLOWED, key=lambda t: -type_n[t]):
        print("%-14s %13d %10d %6d" % (t, type_style[("young_person", t)], type_style[("case_note", t)], type_n[t]))


if __name__ == "__main__":
    main()
