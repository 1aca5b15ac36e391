#!/usr/bin/env python3
"""Build and check evaluation set AB for a youth-safeguarding de-identifier.

Every record below was written by hand, one at a time, as (style, text).
Identifiers are marked inline as {TYPE|value}.  Everything identifying is
invented.  Public figures, brands, towns, services etc. are never marked.

    python3 build.py           check, then write set_ab.jsonl and README_set_ab.md
    python3 build.py --check   check only, write nothing

Standard library only.
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

YP = "young_person"
PR = "practitioner"

RECORDS = [
# ---------------------------------------------------------------------------
# Young people, own voice, with identifiers
# ---------------------------------------------------------------------------
(YP, "where i feel unsafe is the underpass by the big tesco at night theres always older lads there n one of them {NAME|kai} keeps asking me to hold stuff for him"),
(YP, "I DONT FEEL SAFE ON THE 59 BUS AFTER SCHOOL COS {NAME|JORDAN PRICE} AND HIS MATES FROM {SCHOOL|WEXLEY MOOR} GET ON AND START ON ME EVERY SINGLE DAY"),
(YP, "who helped me - my form tutor Miss {NAME|Adeyemi}, she listened n didnt make it a big thing. also {NAME|Tobi} from the youth club on a wednesday"),
(YP, "honestly nowhere feels safe since {NAME|Reece}s brother got out, he knows i live at {ADDRESS|14 Calder Street} and he sat outside in his car on bonfire night"),
(YP, "me n {NAME|dan} n {NAME|lil zee} got jumped outside the chicken shop on the parade, the lads who done it all live up {ADDRESS|Foxwood Estate} and everyone knows it"),
(YP, "the only person who actualy helped was {NAME|Hodan} at the mosque homework club and my cousin {NAME|Abdirahman}. teachers just said ignore it"),
(YP, "sum1 keeps addin me on snap from {HANDLE|tru.lyf_k9} sayin they got pics of me n want £50 or they send them 2 evry1 at {SCHOOL|Ashgrove}. i blocked but they made a new 1"),
(YP, "ah dinnae feel safe doon the shore at night. {NAME|Mòrag} an me got followed by a guy in a white van last Friday an naebody did hee haw"),
(YP, "divvent feel safe at the metro station, {NAME|Big Tel} and his lot hang about there and ask us to run bags for them. howay man someone needs to sort it"),
(YP, "anything else: pls dont tell my mum i wrote this. my name is {NAME|Precious Nwosu} and im in year 9"),
(YP, "if u want to talk to me more my email is {EMAIL|jaylaa.x (at) example [dot] com} but dont tell my form tutor"),
(YP, "theres a man who gives his number to year 8s for free vapes its {PHONE|o77oo 9oo 4l6} ppl say hes called {NAME|Gaz}"),
(YP, "i feel unsafe at home sometimes. my stepdad {NAME|Craig} drinks and shouts at my mum. i go to my nans on {ADDRESS|Ladysmith Road} when its bad"),
(YP, "i dont feel safe walking home from {SCHOOL|Ysgol Bryn Tawel} past the rec cos {NAME|Gethin} and {NAME|Rhys ap Dafydd} follow me and film me on their phones. tidy enough in school but outside its bad"),
(YP, "some guy on discord {HANDLE|voidwalker#4471} said hes 15 but his voice is deffo a grown man and he asked me to move to telegram"),
(YP, "{NAME|Destiny} helped me the most, she walked me to the office when i had a panic attack. and mr {NAME|okafor} the PE teacher"),
(YP, "MY BROTHER {NAME|TYRESE} GOT STABBED LAST YEAR AND WE HAD TO MOVE TO {ADDRESS|FLAT 9 HARGREAVES HOUSE} COS THEY KNEW OUR OLD ADDRESS. I STILL DONT GO OUT"),
(YP, "the person who helped was {NAME|Siobhán} my key worker at {ADDRESS|Larchfield House} where i live. she rang the police when i went missing and didnt shout at me when i came back"),
(YP, "someone made a fake tiktok of me called {HANDLE|@amira_is_a_snake} and put my face on it. i know it was {NAME|Kayleigh} from my form"),
(YP, "im {NAME|Łukasz} born {DATE_OF_BIRTH|12.03.2010} and i want someone to help with my dad, he is not ok since my mum went back to poland and he drinks every night"),
(YP, "wen i go to {NAME|Big Sy}s flat theres always weed and older girls and he said i can stay whenever i want. my mum thinks im at a mates"),
(YP, "at school they call me gypsy and my cousin {NAME|Denisa} gets it worse. when my auntie {NAME|Florentina} came in to complain they said it was banter"),
(YP, "i feel safe at {NAME|Grace}'s house cos her mum is sound, i feel unsafe at mine"),
(YP, "if you need me text me on {PHONE|zero seven seven double oh nine double oh two six one} dont ring cos my dad checks my calls"),
(YP, "me and my cousin {NAME|Rebaz} live in the {ADDRESS|Crossways Hotel} by the ring road with other boys. some men come at night and offer us work in car wash for cash"),
(YP, "ppl who helped: {NAME|Joy} at kooth, {NAME|Hunter} from footy and my nan"),
(YP, "i feel unsafe on insta cos {HANDLE|@deano.wrld} keeps dming me and my mate {NAME|Ellie-Mae} sayin he'll pick us up from {SCHOOL|Cragside Park Academy} in his audi"),
(YP, "dont feel safe at all since {NAME|King} moved on to our landing, he's 19 and keeps asking my little sis to come in and play on his xbox"),
(YP, "youth club is bostin but the walk back is well dodgy, {NAME|Aaliyah} got her phone took off her by the garages last wik and nobody done nuffin"),
(YP, "dead unsafe round the jiggers by ours la, {NAME|Kacper}'s older brother gets asked to sell by lads in balaclavas. its well scary"),
(YP, "u can email me at {EMAIL|sagal.ali2010@example.com} but not my school one cos they read it"),
(YP, "i live in {POSTCODE|BD7 3QN} and the snicket thru to the main road is always full of lads smoking and they say stuff to girls"),
(YP, "{NAME|Blessing} my bestie helped me when i was getting bullied on whatsapp, she screenshotted everything and showed mrs {NAME|Boateng}"),
(YP, "mi nuh feel safe roun dem man at di chicken shop, {NAME|Kemar} seh dem a watch me an mi bredda {NAME|Jermaine} every night"),
(YP, "my friend {NAME|Khoa} works at the nail bar and he is 14 and he sleeps upstairs and the boss takes his money. his number is {PHONE|07700 900 583} please help him"),
(YP, "{NAME|Jiaying} is the only one who talks to me in class, other people say things about covid and china to me and the teachers dont hear"),
(YP, "someone on roblox called {HANDLE|xXshadowbabeXx} asked for pics and gave me robux. i didnt send any but my friend did"),
(YP, "the gym on the retail park is safe, the staff there are sound esp {NAME|Faith} on the desk"),
(YP, "theres a website with everyones nudes from our year {URL|www.example.net/yr10leaks} pls get it took down"),
(YP, "i was born on the {DATE_OF_BIRTH|9th of june 2011} and i think thats too young to be doing what {NAME|Mo}'s cousin makes me do"),
(YP, "at school they call us pikeys. me and {NAME|Johnjo} got excluded for fighting back but {NAME|Bridgie Maughan} said she'd go up and sort it"),
(YP, "proper unsafe in piccadilly gardens, theres always smackheads and a fella called {NAME|Dessie} who gives girls vodka in the arndale toilets"),
(YP, "RING MY SOCIAL WORKER {NAME|ANITA} ON {PHONE|0161 496 0284} SHE KNOWS EVERYTHING"),
(YP, "{NAME|Eilidh} and {NAME|Ruairidh} helped me when i moved down from the islands, they showed me round {SCHOOL|Kinloch Forest Academy} on my first day"),
(YP, "nowhere online is safe rly. my ex {NAME|Callum Fraser-Briggs} still logs in2 my snap n reads my chats n i cant change the password"),
(YP, "i feel unsafe walking to the masjid for fajr in winter when its dark. a car slowed down next to me twice and {NAME|Yusuf} from the next road saw it"),
(YP, "{NAME|Rūta} helped me translate for my mum when the police came, we live at {ADDRESS|23b Wellington Terrace} and the landlord keeps coming in without asking"),
(YP, "i came from afghanistan when i was 14, my name is {NAME|Farid Ahmadzai}, my foster carer {NAME|Sandra} is good but in the town centre men ask me about my family and i dont like"),
(YP, "{NAME|gosia} from my class said her uncle can get me work washing cars for cash, i think its dodgy"),
(YP, "i feel safe at {ADDRESS|Rowan Lodge} mostly but the new lad {NAME|Hunter-Lee} kicks off and punches walls and staff just lock the office"),
(YP, "MY INSTA IS {HANDLE|@HOPE.XOXO} IF U NEED 2 ASK ME ANYTHING ELSE"),
(YP, "the holidays are the worst cos theres no school and {NAME|Summer} n {NAME|Rose} get me to go to house parties with older boys they meet on snap"),
(YP, "he texted from {PHONE|+44 7700 900931} saying he was a modelling agent and i should send full body pics in my underwear"),
(YP, "my name is {NAME|Hamza Jama} DOB {DATE_OF_BIRTH|03/11/2009} i want to report the man at the shisha place who gives us free stuff"),
(YP, "{NAME|Cerys} and {NAME|Ffion} are the only ones who stick up for me, everyone else at {SCHOOL|Ysgol Gyfun Cwm Ddu} calls me a freak"),
(YP, "the youth worker at the hub, {NAME|Marcus} (not the footballer lol), helped me get onto the college course and off the estate"),
(YP, "the man in the corner shop on {ADDRESS|Stanley Street} where i live lets us have stuff on tick and then wants favours"),
(YP, "{NAME|Kwame} told {NAME|Abena} that if she dont come to the party he will post the video in the year group chat"),
(YP, "me {NAME|jess} {NAME|tia} n {NAME|amani} all got messages from the same guy {HANDLE|kdollaz_07} on snap sayin we're pretty"),
(YP, "i feel unsafe in my own bedroom bc my mums boyfriend {NAME|Wayne} comes in when im asleep. i put a chair against the door"),
(YP, "{NAME|Harpreet} and {NAME|Simran} helped me report it to the DSL, and {NAME|Arjun}'s mum drove me home after"),
(YP, "theres a discord server {URL|https://example.com/invite/blackhat-yr9} where they share pics of girls from our school and rate them"),
(YP, "{NAME|Ionuț} from my street asked me to carry a bag to london on the train and said i get 200. i said no but he keeps asking"),
(YP, "im {NAME|Linh} and i live with my aunt at {ADDRESS|41 Cobden Street} {POSTCODE|NE6 2RT}, she dont let me go to school and i work in her shop"),
(YP, "IN THE VALLEYS THERES NOTHING TO DO SO WE GO UP THE MOUNTAIN AND {NAME|DAI} AND HIS OLDER MATES BRING VODKA AND PILLS"),
(YP, "my little brother plays fortnite with a guy called {HANDLE|TTV_Reaperz99} who sends him vbucks and asks where we live"),
(YP, "{NAME|will} and {NAME|mark} from football helped me when i got jumped, they walked me home every day after"),
(YP, "email me on {EMAIL|zara dot begum at example dot org} not my phone, my brother goes through it"),
(YP, "live in {POSTCODE|ls9 4qx} and it aint safe after 8 cos of the lads on bikes with balis"),
(YP, "the police helped tbh, PC {NAME|Nowak} was nice to me when i got found in birmingham and she bought me a maccies"),
(YP, "my brother {NAME|Dovydas} gets bullied for being lithuanian and im scared for him at {SCHOOL|St Aldric's}"),
(YP, "the one who helped me most was {NAME|Amira Haddad}, she reported {HANDLE|@exposing.cragside.girls} to instagram till it got taken down"),
(YP, "you can ring my foster mum {NAME|Bev} on {PHONE|0113 496 0772} shes ok with it"),
(YP, "FEEL UNSAFE AT THE TRAIN STATION. {NAME|LIL K} AND {NAME|RIZZY} TRY TO GET THE YOUNGER ONES TO GO OUT COUNTRY"),
(YP, "my dob is {DATE_OF_BIRTH|2010-08-27} if u need to find me on the system"),
(YP, "my nhs number is {NHS_NUMBER|999 526 0182} if that helps with the camhs thing, its on the app"),
(YP, "{NAME|Oisín} helped, and mr {NAME|Doherty} who does pastoral"),
(YP, "i feel unsafe at {NAME|jayden}s house parties cos his older cousins come and bring nos and they film girls"),
(YP, "SOMEONE KEEPS RINGING ME FROM {PHONE|07700 900 650} AND BREATHING DOWN THE PHONE. I THINK ITS {NAME|DARREN} MY MUMS EX"),
(YP, "i dont feel safe in the hostel. theres a man on the 2nd floor who makes us call him uncle {NAME|Teddy} and gives us cans"),
(YP, "add me on snap {HANDLE|lil.precious.x} if you want the full story, i cant write it all here"),
(YP, "{NAME|Tiana Henry-Baptiste} in year 11 looks out for me on the bus. shes like a big sister to me"),
(YP, "i get scared at night cos my dad's mate {NAME|Pat} sleeps on our sofa and he watches me when i go to the bathroom"),
(YP, "my old school {SCHOOL|Thornley Park} was worse, here at {SCHOOL|Aldermoor College} its better but the bus stop outside is sketchy"),
(YP, "{NAME|Hawre} nd {NAME|Shilan} are the only kurdish kids in my year so we stick together, the english boys call us terrorists"),
(YP, "i am {NAME|Wanjiru} i am 13 and i am living with a lady i call mama {NAME|Njeri}, she says i must cook and clean and i cannot go to school"),
(YP, "website {URL|http://example.org/~yr11/rate} has a list ranking girls in our year, my name is on it at number 3"),
(YP, "ig: {HANDLE|@saskia_k.2010} tiktok: {HANDLE|saskiakxo} - these r mine, the fake one isnt"),
(YP, "bruv {NAME|Lil Jay} got shanked in the leg last summer and now nobody goes up {ADDRESS|Pembury Grove} where he lives"),
(YP, "my keyworker {NAME|Niamh} and my social worker {NAME|Temi} both helped, they got me moved out of {ADDRESS|Brackenhill Children's Home}"),
(YP, "me and my twin {NAME|Hope} was born {DATE_OF_BIRTH|14/2/11} so we're the youngest in year 9 and the older girls pick on us"),
(YP, "my number is {PHONE|oh seven seven oh oh nine oh oh triple five} if anyone from the council wants to ring me back"),
(YP, "sum1 in the group chat shared my number {PHONE|07700\u200b900\u200b648} and now random men r messaging me at 3am"),
(YP, "contact {EMAIL|kai.the.goat@example.net} cos i never check my phone lol"),
(YP, "I FEEL UNSAFE AT {SCHOOL|SALTMARSH ACADEMY} IN THE TOILETS COS YEAR 11S VAPE IN THERE AND {NAME|CHANTELLE} SAID SHE'D BATTER ME"),
(YP, "my mum's new fella {NAME|Arkadiusz} is alright but his mates who come round from the car wash are not"),
(YP, "born {DATE_OF_BIRTH|30 Nov 2012}, live in {POSTCODE|CF24 3WD}, i just want someone to know that the man next door keeps giving me money and asking me in"),
(YP, "the bus driver on the 42 {NAME|Sunil} always waits till i get on and tells the lads at the back to pack it in"),
(YP, "{NAME|Tesfaye} n {NAME|Hanna} helped me find the food bank when my mum had no money for 2 weeks"),
]
RECORDS += [
# ---------------------------------------------------------------------------
# Young people, own voice, nothing to remove (hard negatives)
# ---------------------------------------------------------------------------
(YP, "I feel unsafe in Town on a Saturday night especially round the bus station and outside McDonald's, theres always fights"),
(YP, "nowhere really. maybe the park by Asda when its dark. my nan walks me home most days"),
(YP, "WHO HELPED ME: CHILDLINE AND KOOTH. I CANT TALK TO MUM ABOUT IT"),
(YP, "i feel unsafe on TikTok cos of all the Andrew Tate stuff, the boys in my year keep quoting it at us in Science"),
(YP, "the Police were no help, they came round on Boxing Day and just told my mum to keep me in"),
(YP, "Summer term was the worst, Year 10 is all mocks and stress and the CAMHS waiting list is like 2 years"),
(YP, "grace period on my bus pass ran out and the driver chucked me off in the rain miles from home"),
(YP, "Frank discussion with my dad about vaping lol he thinks its worse than weed"),
(YP, "i feel safe in Nando's and Primark and thats about it"),
(YP, "when Man United lose my stepdad smashes stuff. thats when i feel unsafe, on a Sunday after the match"),
(YP, "no joy getting help from the GP, they just said try Kooth and do mindfulness"),
(YP, "the Metro after a Newcastle match is rammed and the blokes are steaming and grabby"),
(YP, "Mum, Nan and my big sister. Also the lady at the food bank and the man from the Salvation Army"),
(YP, "i feel unsafe on Roblox and Discord cos grown men pretend to be kids and ask for your Snapchat"),
(YP, "the Co-op on the corner is ok, the staff look out for us. Greggs too"),
(YP, "Childline 0800 1111 helped me more than any teacher ever did"),
(YP, "I DONT FEEL SAFE ANYWHERE SINCE THE RIOTS IN AUGUST. MY DAD SAYS STAY IN AND DONT WEAR MY HIJAB IN TOWN"),
(YP, "Marcus Rashford did more for us than the council lol free school meals"),
(YP, "at the Leeds United game someone threw a coin at the Chelsea fans. other than that Elland Road is fine"),
(YP, "Will anyone actually read this? bc nobody did nothing last time"),
(YP, "in Year 8 i got groomed on Snapchat and the school DSL sorted it and the Police took his phone off him"),
(YP, "Glasgow Central at night is mingin, junkies everywhere, an the polis dinnae care"),
(YP, "the mosque, youth club on a Tuesday and Thursday, and Scouts on a Friday"),
(YP, "Stormzy n Dave r my fav. nothing else to say"),
(YP, "Anything else: Christmas is hard cos everyone's drinking and my dad gets nasty by Boxing Day"),
(YP, "Ramadan and Eid are when i feel most safe, everyone's together at my aunties"),
(YP, "sky sports n fifa with my uncle, thats my safe place"),
(YP, "I feel unsafe near the offy on the High Street, men sit outside drinking Stella from 10am"),
(YP, "NSPCC came to our school and did an assembly, after that i told my teacher what was going on"),
(YP, "lowkey the bus to Rochdale is the scariest, lads vape and play drill on speaker and one had a blade out"),
(YP, "I feel safe with Mum and my dog. I feel unsafe online especially on Instagram and Telegram"),
(YP, "Mark as read and ignore is what i do when randoms message me"),
(YP, "the Trafford Centre is fine in the day but Piccadilly Gardens is a no go"),
(YP, "honestly Snap Map and Find My are how my parents stalk me, i feel safer without them"),
(YP, "Precious little help from anyone to be honest"),
(YP, "God knows. Maybe ask the YOT they know more than me"),
(YP, "i feel safest in Spoons with my dad on a Sunday, rest of the time not really"),
(YP, "Taylor Swift at Wembley was the best night of my life. Nobody bothered us once"),
(YP, "the Boots in town is where we go if someones being weird, the security guard is sound"),
(YP, "Destiny 2 is the only game where nobody's been weird with me"),
(YP, "Faith is important to me, church on Sunday is where I feel safe, and Alpha on Wednesdays"),
(YP, "ALL SAINTS BUS STATION AND THE MCDONALDS NEXT TO IT. AND THE MARKET ON A SATURDAY"),
(YP, "i messaged the Samaritans once and they were alright. also Shout, you text 85258"),
(YP, "anything else: pls put more lights in Victoria Park and more police on the canal towpath"),
(YP, "the men from the Job Centre hang about outside the Spar and ask us for fags"),
(YP, "Burger King by the station is where everyone meets, its fine in the day but not after 9"),
(YP, "Hope this helps someone. The Hub on Mondays is good, the youth workers there are sound"),
]
RECORDS += [
# ---------------------------------------------------------------------------
# Practitioners, with identifiers
# ---------------------------------------------------------------------------
(PR, "Home visit 14/10. Seen {NAME|Kayden Walsh} ({DATE_OF_BIRTH|02/05/2011}) at {ADDRESS|7 Harrow Close}, {POSTCODE|WF1 4DL}. Mum {NAME|Leanne} present throughout. {NAME|KW} appeared withdrawn and said he had not attended {SCHOOL|Kirkgate Academy} since half term. Will review with Team Manager on Friday."),
(PR, "Strategy meeting 03/02. Present: {NAME|KB} (SW, CSC), DS {NAME|Hollis} (Police), {NAME|RA} (School Nurse), {NAME|TM} (DSL). Concerns re {NAME|Shanice Campbell}'s repeat missing episodes and new older associates. Actions: {NAME|KB} to chase CAMHS referral; {NAME|TM} to share attendance data; DS {NAME|Hollis} to run PNC checks on the vehicle. Will review at next meeting."),
(PR, "Hi {NAME|Priya},\n\nJust following up re {NAME|Tomasz Kowalczyk}. Mum has changed her number, the new one is {PHONE|07700 900 218}. Could you update the MASH record when you get a chance?\n\nMany thanks,\n{NAME|Gareth}\nEarly Help Practitioner"),
(PR, "MISPER. {NAME|Chidera Okonkwo}, 15, reported missing by carers at 22:40. Located 02:10 at {ADDRESS|Flat 22, Ashcroft Tower} with two adult males, {NAME|Tyler Brennan} and {NAME|Liam Doyle}. {NAME|CO} appeared under the influence. Return home interview to be offered by Catch22."),
(PR, "GP consultation. {NAME|Zainab Hussain}, DOB {DATE_OF_BIRTH|17-Apr-2009}, NHS No. {NHS_NUMBER|9991590838}. Attended with aunt. Disclosed self-harm (superficial cuts L forearm). Safety plan discussed. Urgent referral to CAMHS. Discussed with practice safeguarding lead Dr {NAME|Ferreira}."),
(PR, "Youth worker note: {NAME|Dami} came in upset. In his words: \"{NAME|Big Marv} told me if I don't do the run to Cromer he'll do my mum.\" I explained I'd need to share this with the DSL and {NAME|Dami} agreed. Passed to MASH same day."),
(PR, "REFERRAL FORM\nChild: {NAME|Maryam Noori}\nDOB: {DATE_OF_BIRTH|11 January 2012}\nAddress: {ADDRESS|18 Beech Grove}, Luton {POSTCODE|LU4 9HX}\nSchool: {SCHOOL|Greyfriars Vale Primary}\nReferrer: {NAME|Jo Whitfield}, Family Support Worker\nContact: {EMAIL|jo.whitfield@example.org}"),
(PR, "Chronology\n12/09 – {NAME|Ayan} (older sister) reports {NAME|Mahad Abdi} not home for three nights.\n13/09 – {NAME|Mahad} found in Ipswich by BTP with £340 cash and two phones.\n15/09 – NRM referral submitted by {NAME|CT}.\n20/09 – Mum declined Early Help; no joy getting a Somali interpreter at short notice."),
(PR, "Dear Mr {NAME|Pryce},\n\nThank you for attending the TAC meeting for {NAME|Seren} on Tuesday. As agreed, I have booked the Educational Psychologist for the Summer term. If anything changes please call me on {PHONE|01632 960 417}.\n\nKind regards\n{NAME|Alys Llywelyn}\nSENCo, {SCHOOL|Penrhos High School}"),
(PR, "MARAC 21/11. Case 4 – victim {NAME|DM}, children {NAME|Kian} (7) and {NAME|Lacey} (12). Perpetrator {NAME|Shaun McAllister} released on bail with conditions not to attend {ADDRESS|Honeysuckle Way}. IDVA to update {NAME|DM} re safety plan and target hardening."),
(PR, "LADO consultation. Allegation re Mr {NAME|Jonathan Reid}, PE teacher at {SCHOOL|Elmstone Heath High}, messaging a Year 10 pupil via Instagram account {HANDLE|@coach_jreid}. Pupil ({NAME|Grace Mbeki-Lowe}) shared screenshots with her mum. Frank discussion with Head; staff member suspended pending investigation."),
(PR, "Concern re website {URL|http://rate-your-mate.example.com} hosting images of pupils. Reported to IWF and CEOP. Hope was expressed at the meeting that the host will remove content within 24 hours. No individual pupils identified at this stage."),
(PR, "Intelligence submitted: {NAME|Jamal Ofori} (aka {NAME|Ghost}, {NAME|G-Man}) believed to be running a county line into Scarborough. Uses Snapchat {HANDLE|ghost.gwalla} and burner {PHONE|07700 900 874}. Linked to {NAME|Harvey Kerr}, 16, and {NAME|Ryan Sumner}, 14."),
(PR, "Health visitor entry. New birth visit to {NAME|Nguyễn Thị Lan} and baby at {ADDRESS|Flat 3, 12 Bramley Court}, {POSTCODE|LS12 6JP}. Mother 17, not registered with a GP. Partner ({NAME|Trần Minh Khoa}) answered most questions on her behalf. Interpreter via Language Line. Plan: GP registration, Family Nurse Partnership referral."),
(PR, "From: {EMAIL|dsl.saltmarsh@example.org}\nTo: MASH\nSubject: Concern – Year 8\n\nGood afternoon,\n\n{NAME|Destiny Ogunleye} (Y8) disclosed this morning that an adult male she met on Snapchat ({HANDLE|@realtalk_reece}) has offered to collect her after school. She has told him which bus she gets. Mum informed.\n\nBest wishes,\n{NAME|Helen Brannigan}\nDesignated Safeguarding Lead"),
(PR, "DASH completed at {ADDRESS|27 Orchard Rise}, {POSTCODE|NG5 8TW}. Victim {NAME|Kerry-Ann Smith}, suspect {NAME|Dean Smith} (husband). Three children present: {NAME|Tyler} 9, {NAME|Paige} 6, {NAME|Mason} 2. Medium risk. Child Notification sent to CSC. PC {NAME|Iqbal} OIC."),
(PR, "Daily log – {ADDRESS|Larkspur House}. 19:30 {NAME|Mikey} left the home without permission, reported to have been picked up by a silver Corsa at the bus stop outside. Staff ({NAME|RN}, {NAME|JB}) followed missing protocol. Returned 23:15 by taxi, no explanation given."),
(PR, "Dear Dr {NAME|Sandhu},\n\nRe: {NAME|Ibrahim Khalil}, DOB {DATE_OF_BIRTH|5th September 2010}, NHS {NHS_NUMBER|999 016 6137}\n\nThank you for your referral. {NAME|Ibrahim} was seen by our duty clinician on 4 March. We are unable to accept him at Tier 3 at present but have signposted to Kooth and the school counsellor.\n\nYours sincerely,\nDr {NAME|Ruth Abernethy}\nConsultant Clinical Psychologist, CAMHS"),
(PR, "YOT case note. Session with {NAME|Connor} at the office. Discussed his arrest alongside {NAME|Big Ash} and {NAME|Little Reg} outside the Tesco Express. {NAME|C} says they 'look after him'. AssetPlus review due by end of month."),
(PR, "Hi all,\n\nPlease note {NAME|Sagal Warsame}'s foster carers have moved. New address: {ADDRESS|Flat 6, Millstone Court, 2 Chapel Lane}, {POSTCODE|M40 7ZT}. Landline {PHONE|0161 496 0519}. Do NOT share with birth family.\n\nThanks\n{NAME|Kelechi}"),
(PR, "Paediatric referral: {NAME|Oliwia Zając}, {DATE_OF_BIRTH|2014-06-03}, NHS no {NHS_NUMBER|999 186 0916}. Bruising to upper arms noted by class teacher at {SCHOOL|Lowther Brook Primary}. Child states 'Tata grabbed me'. Child protection medical requested."),
(PR, "Core group minutes 09/01\nAttendees: {NAME|JR} (SW), {NAME|Hope Adebayo} (FSW), {NAME|MK} (Health Visitor), {NAME|Mark Stevens} (stepfather)\n1. {NAME|Mark} reports no further incidents since December.\n2. {NAME|JR} to complete direct work with the children before review.\n3. {NAME|MK} to check immunisations are up to date."),
(PR, "Custody record note: DP {NAME|Jake Thornton-Hughes}, 17, appropriate adult requested. Mother {NAME|Claire Thornton} unreachable on {PHONE|07700 900 302}. Volunteer AA attended ({NAME|Femi}). Liaison and Diversion informed."),
(PR, "Dear Ms {NAME|Boateng},\n\nI am writing to inform you that {NAME|Kofi} has been suspended from {SCHOOL|Marsh Lane Academy} for three days following an incident on Thursday 6 February. A reintegration meeting will be held on Tuesday 11 February at 9am.\n\nYours sincerely\nMr {NAME|A. Whitcombe}\nHead of Year 9"),
(PR, "Brook clinic note. {NAME|Precious} (15) attended for EHC with 'boyfriend' aged 22, named as {NAME|Tunde}. Declined to give his surname. Spider diagram completed; CSE risk high. Shared with MASH with consent."),
(PR, "YP gave her contact email as {EMAIL|ellz.xo[at]example[dot]net} and asked that we do not use her phone as her boyfriend reads her messages."),
(PR, "Subject: {NAME|Kacper Nowicki} | DOB: {DATE_OF_BIRTH|21.07.2008} | NHS: {NHS_NUMBER|9993909963} | Address: {ADDRESS|9 Gorse Hill Road}, {POSTCODE|ST6 1LR}"),
(PR, "Detached session, Fairfield rec, 20:00–22:00. Spoke with a group of approx 8. {NAME|Keisha} said \"{NAME|Jerome}'s cousin is the one selling to the year 7s, everyone knows he's {HANDLE|@jeromesplug} on the gram\". Passed to PCSO."),
(PR, "Thanks {NAME|Olu}, that's really helpful. I'll let {NAME|Bronagh} know the strategy is booked for Monday.\n\nCheers,\n{NAME|Cat}\n--\n{NAME|Catherine Doyle-Ní Bhriain} | Senior Practitioner | MASH"),
(PR, "Spoke to {NAME|Gwenllian} (Bl. 9) after she disclosed to Mrs {NAME|Rhiannon Tudur} that her older brother's friend has been sending her explicit images. Parent contacted. Referral to IRIS/Police via Single Point of Contact."),
(PR, "UASC age assessment. Young person gives name as {NAME|Wahid Stanekzai}, claimed DOB {DATE_OF_BIRTH|01/01/2009}. Arrived Dover via small boat. Placed at {ADDRESS|Kingfisher Lodge} (semi-independent). Pashto interpreter present. Social workers: {NAME|PL} and {NAME|Emeka Obi}."),
(PR, "Return home interview with {NAME|Dilan Aziz} (16). {NAME|D} stated she was at a friend's in Derby but would not name the friend. Mentioned someone called {NAME|Bawan} 'who has a car and gets us food'. Risk increased to medium."),
(PR, "Education welfare visit. {NAME|Aistė Jankauskienė} (mother) advised that {NAME|Mantas} has been working with his uncle on building sites in Peterborough. {NAME|Mantas} is 14. EWO to liaise with the Lithuanian community worker."),
(PR, "Family composition: {NAME|Mihaela Căldăraru} (mother), {NAME|Marian} (father), children {NAME|Bianca} (14), {NAME|Ştefan} (11), {NAME|Narcisa} (6). Lives at {ADDRESS|62 Tennyson Street}. School reports {NAME|Bianca} may be engaged to a 19-year-old man. Discussion to be had with parents via Romanian interpreter."),
(PR, "Visit to {NAME|Tommy-Joe Doran} and family on the council site. Mother {NAME|Winnie} explained the children have been off {SCHOOL|St Brendan's RC Primary} since the eviction notice. Traveller Education Service informed."),
(PR, "PEP meeting for {NAME|Jaheim Forbes-Grant} (CLA). Virtual School Head {NAME|Lorraine} chaired. Carer Miss {NAME|Pauline} reports he is settling well and enjoying football with Sunday league. Targets agreed for English and Maths."),
(PR, "IRD held 14:00. Child: {NAME|Catrìona MacLeòid}, P7, {SCHOOL|Sgoil Ghàidhlig Allt na Craoibhe}. Concern: disclosure to class teacher of being hit with a belt by {NAME|Seumas}, mother's partner. Police Scotland and Social Work to conduct JII tomorrow."),
(PR, "Gateway referral. {NAME|Ciarán Ó Súilleabháin} (14) presented at A&E in Derry with alcohol poisoning. Friend {NAME|Oisín Gallagher} called the ambulance. Parents state he 'never drinks'. Referral to Youth Justice Agency diversion."),
(PR, "Meeting with {NAME|Chen Yuxin} (Y9) and her mother Mrs {NAME|Chen}, with Mandarin interpreter. {NAME|Yuxin} has been targeted with racist comments on the school bus. Bus company and Head of Year informed."),
(PR, "Police referral: {NAME|Abdullahi Hassan}, 13, stopped and searched near the station; found with a kitchen knife. States he carries it because {NAME|Snoopz} and {NAME|Lil Dee} threatened him on Instagram. Mother {NAME|Faduma} informed."),
(PR, "Hi {NAME|Bex},\n\nCan you give me a call about {NAME|Rosie Llewellyn}? Her mum rang the duty line in tears. My mobile is {PHONE|07700 900 739}.\n\nTa,\n{NAME|Dave}"),
(PR, "Discord username reported by parent: {HANDLE|n1ghtcrawler#0666}. Adult believed to be grooming {NAME|Leo} (11) through a Minecraft server. Parent has screenshots. Passed to POLIT."),
(PR, "Contact log 16:05. Call from Mrs {NAME|Okonjo-Reid} (maternal grandmother) asking for an update on the core group. Advised the allocated SW will call back tomorrow."),
(PR, "School nurse drop-in: {NAME|Amara} (Y10) asked for advice about a 'friend' whose boyfriend {NAME|Kane} is 20. Discussed consent and age. {NAME|Amara} agreed for me to talk to the DSL."),
(PR, "Referral from {SCHOOL|Bellfield Grange School}. Pupil: {NAME|Musa Kamara}, DOB {DATE_OF_BIRTH|March 3, 2012}. Presented with unexplained injury to left eye. Dad ({NAME|Ibrahim Kamara}) states fall from bunk bed."),
(PR, "MASH decision: NFA for CSC. Signpost to Early Help. Family: {NAME|Shabnam Akhtar}, {NAME|Rayyan} (8), {NAME|Inaya} (4). Contact: {PHONE|020 7946 0831}. Manager: {NAME|GH}."),
(PR, "Statement taken from {NAME|Blessing Adeyemi} (17): \"{NAME|Dwayne} took my phone and said I had to go with him to a flat in Southend. There were other girls there.\" Officer: DC {NAME|Ahmed}."),
(PR, "Children's home manager reports {NAME|Kyle} was collected from {ADDRESS|Oakwood House} by an unknown male in a black Audi. Registration partially obtained. Police informed."),
(PR, "Email from {EMAIL|p.raghunathan@example.net} (parent) re {NAME|Anjali}'s wellbeing. Parent concerned about weight loss and reluctance to eat at school. School nurse to see this week."),
(PR, "Meeting with Headteacher of {SCHOOL|Cragside} re {NAME|Ellie-Mae Thompson}'s attendance (54%). Mum reports ongoing anxiety. Part-time timetable agreed until half term."),
(PR, "Ring back Mr {NAME|Farah} re {NAME|Abdi}'s bail conditions before 5pm, he is at work until then."),
(PR, "Note of call: {NAME|Nadia} from the food bank rang re {NAME|Kurt Novak} (16) who has been sofa surfing. Currently staying with a friend on {ADDRESS|Edgeworth Street}. Housing Options and 16+ Team informed."),
(PR, "Assessment summary. {NAME|Faith Onyango}, {DATE_OF_BIRTH|4 October 2010}, {NHS_NUMBER|999 628 1949}. Lives with maternal grandmother at {ADDRESS|58 Kingsmead Avenue}, {POSTCODE|B23 5RE}. Attends {SCHOOL|St Chad's Catholic College}. Presenting issue: emotional neglect."),
(PR, "Police log: concern for welfare, {ADDRESS|Flat 14, Belvedere Court}. Neighbour reports children home alone. Officers attended, {NAME|Lacey-Jo} (9) and {NAME|Kai-Ryan} (5) found alone. Mother {NAME|Stacey Pearson} returned 01:20."),
(PR, "Self-referral via web form. Name given: {NAME|Will Tanner}. Contact: {EMAIL|willtanner07@example.com}. Message: \"my step dad hits my mum and i dont know who to tell\". Duty SW to call back today."),
(PR, "Case transfer summary: {NAME|Daniel Okafor} (known as {NAME|Danny}) transferring from the Children in Need team to Leaving Care on his 16th birthday. PA allocated: {NAME|Hana Gebremedhin}."),
(PR, "TAF minutes 12/03. Present: {NAME|LH} (chair), {NAME|SO} (school), {NAME|PM} (parent). {NAME|PM} reports son spending all night on PlayStation. Agreed: {NAME|SO} to refer to Kooth; {NAME|LH} to complete Early Help plan."),
(PR, "Instagram accounts identified: {HANDLE|@ldn.baddies.exposed}, {HANDLE|@yr11_secrets_}. Both share sexualised images of local pupils. Takedown requested via Report Remove. Schools alerted through DSL network."),
(PR, "Strategy discussion – {NAME|Roxanne Delaney} (15). Boyfriend {NAME|Mikey Quilligan} (23). Lives at {ADDRESS|3 Cherry Tree Walk}. Police to consider CAWN. Social worker {NAME|Rajinder Gill} to visit with PC {NAME|Lowe}."),
(PR, "Called {NAME|Joy}'s mum to discuss the incident. Mum says {NAME|Joy} is staying with her dad in Sunderland this week. Will follow up on her return."),
(PR, "Email received: Hi, I'm {NAME|Summer Lewis}'s aunt. Can someone please ring me on {PHONE|0113 496 0155}, I'm worried about what's going on at her mum's. Thanks, {NAME|Tracey}"),
(PR, "Clinic: {NAME|Marek Wiśniewski}, DOB {DATE_OF_BIRTH|19/12/2007}, NHS number {NHS_NUMBER|9998219930}. Attended with friend. Reports being forced to work in a car wash, paid £20 a week. Modern slavery concerns. Referred to NRM first responder."),
(PR, "Update for {NAME|Rose}: the URL the girls mentioned is {URL|www.example.com/confessions/year9}. I've screenshotted and sent to the Police. Keep an eye on {NAME|Maddison} please, she's very upset."),
(PR, "Midwife referral: {NAME|Ayesha Begum} (16), 24 weeks pregnant. Father of baby reported to be {NAME|Imran Qureshi}, 27. Lives at {ADDRESS|Flat 2, 118 Carlton Road}, {POSTCODE|BB1 9PQ}. Strategy discussion requested."),
(PR, "Hi {NAME|Ade},\nRe the child we discussed: {NAME|Hunter Blake}, {DATE_OF_BIRTH|23/06/2013}. Attends {SCHOOL|Fennimore Primary}. Mum's new partner is a RSO. Can we get this to MASH today?\nThanks\n{NAME|Lou}"),
(PR, "Youth worker recording (verbatim as far as possible): \"me and {NAME|Tayo} got took to a trap house in {ADDRESS|Cranbrook Gardens} by {NAME|Big Dex}, he said we owed him for the weed. {NAME|Dex} has a gun, I seen it.\""),
(PR, "Chronology entry 03/04: {NAME|Destiny}'s phone seized by police. Contacts include {HANDLE|lilmansbk} and {HANDLE|@trapstar.ty}. {NAME|Destiny} refused to give PIN."),
(PR, "Landline for carers: {PHONE|(0113) 496 0390}. Mrs {NAME|Patel} prefers a call after 4pm when the younger ones are back from school."),
(PR, "Safeguarding concern form. Name of child: {NAME|Noah King}. Year 4. Concern: {NAME|Noah} said \"Daddy locks me in the cupboard when I'm naughty.\" Reported to DSL Mrs {NAME|O'Sullivan} at 10:15."),
(PR, "Vulnerable adult/child link: {NAME|Gary Pickering} (52) reported to be allowing young people to use his flat at {ADDRESS|24 Rowntree Court}. Cuckooing suspected. Young people named: {NAME|Jordan}, {NAME|Kez}, {NAME|Lil Spence}."),
(PR, "YP disclosed to me at the end of the session that {NAME|Precious}'s uncle has been picking girls up from {SCHOOL|Ravensclough Academy} and taking them to parties. I reminded her I'd have to pass this on."),
(PR, "Family Hub intake: {NAME|Folake Adebayo-Smith}, mother of {NAME|Dara} (3) and {NAME|Tobi} (6). Phone {PHONE|+447700900204}. Email {EMAIL|folake.as@example.com}. Requesting parenting support and help with housing disrepair."),
(PR, "PC {NAME|Nwachukwu} spoke to {NAME|Rhys} at the station. {NAME|Rhys} stated that an older boy known as {NAME|Trigger} told him to hide the package at his nan's in {ADDRESS|Ffordd Glyndŵr}."),
(PR, "Re: referral for {NAME|Mohammed Ali Rahimi}\n\nHello,\n\nI'm the EAL coordinator at {SCHOOL|Greyfriars Vale College}. {NAME|Mohammed Ali} arrived from Afghanistan in September and lives with his uncle. He seems very isolated.\n\nRegards,\n{NAME|Zarmina Noori}"),
(PR, "Handover: {NAME|TJ} back in placement, {NAME|Kenzie} still missing (3rd night). Call {NAME|Siân} on the EDT line {PHONE|0161 496 0732} if found. Photo circulated."),
(PR, "CP medical completed by Dr {NAME|Olamide Bankole}. {NAME|Esme Grant-Whitaker}, 4, NHS {NHS_NUMBER|999 518 1908}. Findings consistent with non-accidental injury. Placed with paternal grandparents pending ICPC."),
]
RECORDS += [
# ---------------------------------------------------------------------------
# Practitioners, nothing to remove (hard negatives)
# ---------------------------------------------------------------------------
(PR, "Will review at the next TAC once the CAMHS assessment is back. No further action for MASH at this stage."),
(PR, "Mark as complete. Section 47 closed NFA; case stepped down to Early Help from Monday."),
(PR, "Grace period for the housing application extended to the end of March, per the Housing Officer."),
(PR, "Hope was expressed by all agencies that the new placement will provide stability over Christmas and into the New Year."),
(PR, "Frank discussion with Dad about his drinking. Dad accepted a referral to Turning Point and agreed a safety plan with the Social Worker."),
(PR, "Called Mum x3, no joy. Left voicemail. Will try again tomorrow after the school run."),
(PR, "Strategy discussion held via Teams. Police, Health and CSC present. Threshold for S47 met. ICPC to be convened within 15 working days."),
(PR, "Summer term attendance 71%. EWO to visit. Persistent absence on Mondays and Fridays following weekends at Dad's."),
(PR, "Hi all,\n\nReminder that the MASH rota changes from 1 April. Duty Manager cover over Easter is shared between Team A and Team B.\n\nThanks,\nBusiness Support"),
(PR, "Young person watched Sky Sports with his carer and said Arsenal are the only thing keeping him going. Mood improved since Christmas."),
(PR, "YP disclosed she has been speaking to an older male on Snapchat who claims to be a Love Island contestant. Advised re the CEOP button. DSL informed."),
(PR, "Police attended at 23:40 following a 999 call. Both parents intoxicated. Children safe and well, asleep upstairs. Child Notification completed."),
(PR, "Referral received from the Health Visitor. Baby seen at home, weight dropped to the 9th centile. Paediatrician at the RVI to review in two weeks."),
(PR, "CAMHS advised that the waiting list for an ASD assessment is currently 18 months. Signposted to the Autism Hub, Young Minds and Kooth in the meantime."),
(PR, "Tuesday 4 March, 10:00, Civic Centre Room 2. Apologies: YOT, Virtual School. Minutes to follow."),
(PR, "The Police, Children's Social Care and the NHS Trust agreed a joint approach. Barnardo's to offer CSE work. Action owner: Team Manager."),
(PR, "Return home interview completed. YP said she had been in Manchester with friends, went to the Trafford Centre and stayed over in a Premier Inn. Would not say who paid."),
(PR, "Mum reported that the children spent Eid with their grandparents in Bradford and had a lovely time. No concerns raised by school."),
(PR, "Youth worker recorded: \"I only feel safe when I'm at the gym or at my nan's. The estate's bad after dark, the Old Bill never come up.\" Referred to Fearless resources."),
(PR, "Update from the Designated Safeguarding Lead: the pupil's Instagram account was reported and removed. Parent informed. Head of Year to monitor."),
(PR, "Joint visit with the PCSO. The address is an HMO above the Polish shop; six adults and two children sharing one bathroom. Environmental Health informed."),
(PR, "Young person reports being racially abused at the Man City game. Kick It Out and Greater Manchester Police informed; club safeguarding officer to contact family."),
(PR, "Carer reports YP is spending hours on Grand Theft Auto and Fortnite and was up until 4am. Discussed screen time and sleep hygiene."),
(PR, "Advised Mum to contact NHS 111 out of hours, or 999 if there are any further seizures. GP to follow up Monday."),
(PR, "MAPPA Level 2 review: no change. Probation to continue monthly home visits. Next review in June."),
(PR, "Faith leaders from the gurdwara, the mosque and St Mary's church attended the community safety meeting alongside West Midlands Police and the council."),
(PR, "Precious little engagement from Dad, who did not attend the ICPC or the Core Group. Mum attended both with her IDVA."),
(PR, "Destiny Church hosted the holiday activity programme; HAF funding approved for the Summer holidays."),
(PR, "Spoke to Ofsted re the Regulation 40 notification. Registered Manager and Responsible Individual both informed."),
(PR, "Red Cross and the Refugee Council supporting the family with the asylum claim. Home Office substantive interview set for January."),
(PR, "Mum said the children's father 'lives in Birmingham somewhere' and has had no contact since 2019."),
(PR, "Dear colleague,\n\nPlease find attached the Early Help Assessment. Any questions, get in touch via the usual inbox.\n\nBest wishes,\nEarly Help Hub"),
(PR, "Youth club session: cooking, a FIFA tournament and a talk from St John Ambulance on bleed kits. 14 young people attended."),
(PR, "Lead Professional changed from School Nurse to Family Support Worker following the TAF on Wednesday."),
(PR, "Boxing Day: Police called to the family home, Dad arrested for criminal damage. Released under investigation."),
(PR, "When last seen YP was wearing a Jack Wills hoodie, grey Nike joggers and Air Max trainers. CCTV requested from Morrisons and the bus company."),
(PR, "Concern that YP has new clothes from Ted Baker and Stone Island and a new iPhone; Mum unable to explain where they came from."),
(PR, "Reported to Crimestoppers anonymously. Neighbourhood Policing Team to increase patrols near the Aldi and the skate park."),
(PR, "Young carer assessment: YP cares for Mum, who has MS. Referred to Carers Trust; school informed so homework deadlines can be adjusted."),
(PR, "Admitted overnight to Florence Nightingale Ward for observation following an overdose. Psychiatric liaison to assess in the morning."),
(PR, "YP repeatedly quotes Andrew Tate and KSI in sessions. Agreed to do some work on healthy relationships using the Fearless and Brook materials."),
(PR, "Email to Virtual School Head and Head of Service: PEP completed, pupil premium plus to fund a maths tutor through the Spring term."),
(PR, "Dad reports that Grandma is up at Great Ormond Street with his youngest, so he cannot do school pick-ups this week."),
(PR, "YP travelled on the Victoria line to Brixton on Saturday; BTP notified and have added a marker."),
]
RECORDS += [
# ---------------------------------------------------------------------------
# Later additions (written one at a time, same rules)
# ---------------------------------------------------------------------------
(YP, "sum1 made a whole page about me n my mum {URL|https://www.example.org/p/exposed-mia-r} its all lies pls take it down"),
(YP, "this link keeps going round the year 10 chat {URL|example.net/vid?id=88213} its a video of {NAME|Shakira-Rose} getting battered behind the sports hall"),
(YP, "NHS NO {NHS_NUMBER|9997574915} MY GP IS RUBBISH THEY NEVER RING BACK"),
(PR, "Parent forwarded a link to a fake fundraising page using {NAME|Lily-Mae}'s photo: {URL|https://gofund.example.com/help-lily-mae-recover}. Reported to the platform and Action Fraud."),
(PR, "Father has been posting about the case at {URL|www.example.net/justice4dads/blog/2024/03}, including photos of the children in school uniform. Legal advice sought re injunction."),
(PR, "Discharge summary. Patient: {NAME|Kieran O'Driscoll}. NHS No: {NHS_NUMBER|999 231 9488}. DOB: {DATE_OF_BIRTH|08/08/2008}. Admitted via A&E following an assault; discharged to the care of his mother. Safeguarding referral made by the ward sister."),
]

RECORDS += [
(PR, "Section 20 agreement signed by Mum on Thursday. Placement with the Independent Fostering Agency starts Monday; Virtual School notified."),
(PR, "The young person asked to look at the Childline website and the Shout text service on my laptop. Showed both. Agreed to meet again next Wednesday at the library."),
(PR, "Police Scotland confirmed the concern has been passed to the Child Protection Unit in Dundee. No further information at this time."),
(PR, "The Headteacher, SENCo and Educational Psychologist met to review the EHCP. Annual review brought forward to October half term."),
(PR, "Minutes. Apologies: Housing, DWP. Actions from last meeting: all complete. AOB: none. Next meeting Wednesday 16 April, Town Hall, Committee Room B."),
(PR, "Dad said he supports Celtic and goes to every home game at Parkhead; he agreed the children will stay with their gran on match days."),
(PR, "YP says he wants to be a YouTuber like MrBeast or a footballer like Bukayo Saka. Careers adviser to follow up in the Spring."),
(PR, "Step-down to Universal Services agreed at the Team Around the Family review. Family thanked all professionals involved."),
(PR, "Night staff report a quiet shift. All young people in by curfew. Fire drill completed 21:00, no issues."),
(PR, "The GP surgery confirmed the children are registered and immunisations are up to date. Health Visitor to close."),
(PR, "Prevent referral discussed at Channel panel; threshold not met. School to continue to monitor online activity on Telegram and YouTube."),
(PR, "Sunday 2 February: YP returned to placement by Uber at 03:10. Refused to say where she had been. Police informed to close the missing episode."),
(PR, "Hi {NAME|Kwabena},\n\nQuick one \u2013 can you send the chronology for the {NAME|Mensah-Clarke} children before Thursday's conference? The ICPC chair is Ms {NAME|Ferguson}.\n\nThanks\n{NAME|Nisha}"),
(PR, "Attendance officer: {NAME|Lejla Hod\u017ei\u0107}'s home phone is {PHONE|0113 496 0988}; no answer on three occasions. {NAME|Lejla} last attended on 14 January."),
(PR, "Crime report: sexual communication with a child. Victim {NAME|Ava-Grace Holloway} (13). Suspect communicates via TikTok account {HANDLE|@uk.modelscout.official} and WhatsApp number {PHONE|07700 900 461}."),
(PR, "Item 3: {NAME|RB} reported that {NAME|Aoife} has re-engaged with college. {NAME|DW} to close the Early Help plan; {NAME|RB} to send the closure letter to {ADDRESS|16 Shelley Road}."),
(PR, "Youth worker record: {NAME|Yaw} told me \"{NAME|Lil Kobby} runs the group chat, he's in Y11 at {SCHOOL|Wexley Moor Academy}, he makes the younger ones post stuff to get rated.\""),
(PR, "NHS no. {NHS_NUMBER|999 760 1890} ({NAME|Sienna Reilly}, DOB {DATE_OF_BIRTH|27th May 2009}) \u2013 appointment with the paediatric dietitian cancelled twice by Mum. Was not brought. GP informed."),
(PR, "Professionals meeting: Health Visitor, GP and Early Help Coordinator. Grace period on rent arrears agreed by the housing association until the end of May."),
]


# ===========================================================================
# Building and checking
# ===========================================================================
HERE = Path(__file__).resolve().parent
OUT_SET = HERE / "set_ab.jsonl"
OUT_README = HERE / "README_set_ab.md"
SEED = 20261206

TYPES = ["NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
         "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH"]
STYLES = [YP, PR]
MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]+)\}")
WORDCH = re.compile(r"\w", re.UNICODE)

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "dc", "ds", "di", "pc", "pcso",
          "sgt", "prof", "sir", "uncle", "auntie", "aunty", "aunt", "nan", "nana",
          "nanna", "gran", "grandma", "grandad", "mum", "dad", "mama", "papa",
          "cousin", "bro", "sis"}
NICK_PREFIX = {"big", "lil", "little"}

NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1",
            "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
            "seven": "7", "eight": "8", "nine": "9"}
DRAMA_PREFIXES = ["07700900", "01632960", "02079460", "01134960", "01614960"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9


class CheckError(Exception):
    pass


def parse(marked):
    """Turn marked text into (plain text, spans)."""
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        typ, val = m.group(1), m.group(2)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": typ})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


# --- type-specific validators ---------------------------------------------
def phone_digits(v):
    s = v.replace("\u200b", "").lower()
    plus = "+" in s
    toks = re.findall(r"[a-z]+|\d+", s)
    digits, mult = [], 1
    for t in toks:
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t in NUMWORDS:
            d = NUMWORDS[t]
        elif t.isdigit():
            d = t
        elif set(t) <= set("ol"):          # letter O for 0, l for 1
            d = t.replace("o", "0").replace("l", "1")
        else:
            raise CheckError("phone token %r in %r" % (t, v))
        if mult > 1:
            if len(d) != 1:
                raise CheckError("double/triple before %r in %r" % (t, v))
            d = d * mult
            mult = 1
        digits.append(d)
    n = "".join(digits)
    if plus:
        if not n.startswith("44"):
            raise CheckError("+ without 44 in %r" % v)
        n = n[2:]
        if n.startswith("0"):
            n = n[1:]
        n = "0" + n
    return n


def check_phone(v):
    n = phone_digits(v)
    if len(n) != 11 or not any(n.startswith(p) for p in DRAMA_PREFIXES):
        raise CheckError("phone %r -> %s is not in an Ofcom drama range" % (v, n))


def norm_email(v):
    s = v.lower()
    s = re.sub(r"\s*(\(at\)|\[at\])\s*", "@", s)
    s = re.sub(r"\s*(\(dot\)|\[dot\])\s*", ".", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    return s


def check_email(v):
    s = norm_email(v)
    if not re.fullmatch(r"[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", s):
        raise CheckError("email %r -> %r not on example.com/.org/.net" % (v, s))


def check_url(v):
    m = re.fullmatch(r"(?:https?://)?([a-z0-9.-]+)(/\S*)?", v, re.I)
    if not m:
        raise CheckError("url shape %r" % v)
    host = m.group(1).lower()
    if not re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", host):
        raise CheckError("url host %r" % host)


def check_postcode(v):
    if not re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}", v, re.I):
        raise CheckError("postcode shape %r" % v)


def nhs_ok(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def check_nhs(v):
    if not re.fullmatch(r"[\d ]+", v):
        raise CheckError("nhs chars %r" % v)
    d = v.replace(" ", "")
    if not d.startswith("999") or not nhs_ok(d):
        raise CheckError("nhs %r fails 999/modulus 11" % v)


def check_dob(v):
    import datetime
    s = v.lower().strip()
    y = mo = d = None
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = m or None
    if y is None:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if y is None:
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([a-z]+)[ \-](\d{4})", s)
        if m and m.group(2) in MONTHS:
            d, mo, y = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
    if y is None:
        m = re.fullmatch(r"([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", s)
        if m and m.group(1) in MONTHS:
            mo, d, y = MONTHS[m.group(1)], int(m.group(2)), int(m.group(3))
    if y is None:
        raise CheckError("date of birth format %r" % v)
    if y < 100:
        y += 2000
    try:
        dt = datetime.date(y, mo, d)
    except ValueError:
        raise CheckError("date of birth invalid %r" % v)
    if not (1990 <= dt.year <= 2025):
        raise CheckError("date of birth year %r" % v)


def check_handle(v):
    if " " in v or len(v) < 3:
        raise CheckError("handle %r" % v)
    if "#" in v and not re.fullmatch(r"[^#]+#\d{4}", v):
        raise CheckError("discord tag %r" % v)


def check_name(v):
    first = re.split(r"[\s.]+", v.strip())[0].lower()
    if first in TITLES:
        raise CheckError("title/kinship word inside NAME %r" % v)
    if v.lower().endswith("'s") or v.endswith("\u2019s"):
        raise CheckError("possessive inside NAME %r" % v)


VALIDATORS = {"PHONE": check_phone, "EMAIL": check_email, "URL": check_url,
              "POSTCODE": check_postcode, "NHS_NUMBER": check_nhs,
              "DATE_OF_BIRTH": check_dob, "HANDLE": check_handle,
              "NAME": check_name}


def edge_ok(typ, val):
    first, last = val[0], val[-1]
    if not (first.isalnum() or (typ == "HANDLE" and first == "@")
            or (typ == "PHONE" and first in "+(")):
        return False
    if not (last.isalnum() or (typ == "HANDLE" and last == "_")):
        return False
    return True


def inside_any(a, b, spans):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def check_record(idx, style, marked):
    where = "record %d (%s...)" % (idx, marked[:50].replace("\n", " "))
    if style not in STYLES:
        raise CheckError("%s: bad style %r" % (where, style))
    text, spans = parse(marked)
    if "{" in text or "}" in text:
        raise CheckError("%s: stray brace / malformed marker" % where)
    if text != text.strip():
        raise CheckError("%s: leading/trailing whitespace" % where)
    prev_end = -1
    for s in spans:
        typ, val = s["type"], text[s["start"]:s["end"]]
        if typ not in TYPES:
            raise CheckError("%s: unknown type %s" % (where, typ))
        if s["start"] < prev_end:
            raise CheckError("%s: overlapping spans" % where)
        prev_end = s["end"]
        if not val or not edge_ok(typ, val):
            raise CheckError("%s: span edge %s %r" % (where, typ, val))
        # span must sit on word boundaries (except NAME + s, a possessive
        # written without its apostrophe: the s stays outside)
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        after2 = text[s["end"] + 1] if s["end"] + 1 < len(text) else " "
        if WORDCH.match(before):
            raise CheckError("%s: span starts mid-word %r" % (where, val))
        if WORDCH.match(after) and not (typ == "NAME" and after == "s" and not WORDCH.match(after2)):
            raise CheckError("%s: span ends mid-word %r" % (where, val))
        try:
            VALIDATORS.get(typ, lambda v: None)(val)
        except CheckError as e:
            raise CheckError("%s: %s" % (where, e))
    # a marked string must not appear unmarked as a whole word (case-insensitive);
    # for names, each part of the name is held to the same rule
    probes = set()
    for s in spans:
        val = text[s["start"]:s["end"]]
        probes.add(val)
        if s["type"] == "NAME":
            for tok in re.split(r"[\s\-]+", val):
                tok = tok.strip(".'\"")
                if len(tok) >= 2 and tok.lower() not in NICK_PREFIX:
                    probes.add(tok)
    for p in probes:
        for m in re.finditer(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text, re.I):
            if not inside_any(m.start(), m.end(), spans):
                raise CheckError("%s: %r also appears unmarked" % (where, p))
    # leak scan of the unmarked remainder
    rest = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            rest[i] = " "
    rest = "".join(rest)
    leaks = [
        (r"@", "@ outside a span"),
        (r"(?i)example\.|example\s*\[dot\]|https?://|www\.", "url/email host outside a span"),
        (r"\d(?:[\s\u200b.\-]?\d){8,}", "long digit run outside a span"),
        (r"(?i)(?<!\w)[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?!\w)", "postcode-shaped string outside a span"),
        (r"#\d{4}", "discord tag outside a span"),
        (r"\u200b", "zero-width space outside a span"),
    ]
    for pat, msg in leaks:
        m = re.search(pat, rest)
        if m:
            raise CheckError("%s: %s: %r" % (where, msg, text[max(0, m.start()-10):m.end()+10]))
    return text, spans


def build():
    seen = {}
    rows = []
    for i, (style, marked) in enumerate(RECORDS):
        text, spans = check_record(i, style, marked)
        key = re.sub(r"\s+", " ", text.lower()).strip()
        if key in seen:
            raise CheckError("record %d duplicates record %d" % (i, seen[key]))
        seen[key] = i
        rows.append({"style": style, "text": text, "spans": spans})
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = rows[i]
        out.append({"id": "ab%04d" % n, "style": r["style"], "text": r["text"],
                    "spans": r["spans"]})
    return out


def stats(rows):
    st = {"records": len(rows)}
    st["by_style"] = Counter(r["style"] for r in rows)
    st["clean"] = sum(1 for r in rows if not r["spans"])
    st["clean_by_style"] = Counter(r["style"] for r in rows if not r["spans"])
    st["types"] = Counter(s["type"] for r in rows for s in r["spans"])
    st["types_by_style"] = {y: Counter(s["type"] for r in rows if r["style"] == y
                                       for s in r["spans"]) for y in STYLES}
    return st


def check_totals(st):
    n = st["records"]
    if n < 220:
        raise CheckError("only %d records" % n)
    share = st["clean"] / n
    if not 0.32 <= share <= 0.40:
        raise CheckError("clean share %.3f outside 32-40%%" % share)
    for y in STYLES:
        if not 0.45 <= st["by_style"][y] / n <= 0.55:
            raise CheckError("style %s share off: %d of %d" % (y, st["by_style"][y], n))
    if st["types"]["NAME"] < 230:
        raise CheckError("only %d NAME spans" % st["types"]["NAME"])
    for t in TYPES:
        if t != "NAME" and st["types"][t] < 8:
            raise CheckError("only %d %s spans" % (st["types"][t], t))


def verify_written(rows):
    """Re-read what would be written and confirm offsets round-trip."""
    for r in rows:
        line = json.dumps(r, ensure_ascii=False)
        back = json.loads(line)
        assert back == r
        for s in back["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(back["text"])


def main(argv):
    check_only = "--check" in argv
    try:
        rows = build()
        st = stats(rows)
        check_totals(st)
        verify_written(rows)
    except CheckError as e:
        print("CHECK FAILED:", e, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    print("records: %d  clean: %d (%.1f%%)" % (st["records"], st["clean"],
                                               100.0 * st["clean"] / st["records"]))
    for y in STYLES:
        print("  %-13s %3d records, %3d clean" % (y, st["by_style"][y], st["clean_by_style"][y]))
    for t in TYPES:
        print("  %-14s %4d  (young_person %d, practitioner %d)" % (
            t, st["types"][t], st["types_by_style"][YP][t], st["types_by_style"][PR][t]))
    print("  total spans    %4d" % sum(st["types"].values()))
    if check_only:
        print("check passed (nothing written)")
        return 0
    with open(OUT_SET, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    OUT_README.write_text(readme(st), encoding="utf-8")
    print("wrote", OUT_SET, "and", OUT_README)
    return 0


def readme(st):
    n = st["records"]
    lines = []
    w = lines.append
    w("# Evaluation set AB for the safeguarding de-identifier")
    w("")
    w("## Who and when")
    w("")
    w("Written on 2026-12-06 by an independent helper who saw nothing of the tool under test: "
      "no code, repository, other evaluation set, model or tool output was opened, and no "
      "search tool, web page, NLP library or de-identifier was used. Every record was written "
      "by hand from general knowledge. Everything identifying is invented (people, addresses, "
      "postcodes, schools, children's homes, handles, e-mail addresses, URLs, phone numbers, "
      "NHS numbers, dates of birth). Public figures, brands, shops, towns, districts, parks, "
      "football clubs and services are real where used and are never labelled.")
    w("")
    w("## Files")
    w("")
    w("- `build.py` - every record as `(style, text)` with inline markers `{TYPE|value}`; "
      "Python 3 standard library only. `python3 build.py` checks and then writes the two files "
      "below; `python3 build.py --check` only checks. If any check fails nothing is written.")
    w("- `set_ab.jsonl` - one JSON object per line: `{\"id\", \"style\", \"text\", \"spans\"}`; "
      "each span is `{\"start\", \"end\", \"type\"}` with offsets in Unicode code points, "
      "`end` exclusive. Records are shuffled with `random.Random(%d)` before numbering "
      "`ab0001`...; the file is UTF-8 with non-ASCII characters written as-is." % SEED)
    w("- `README_set_ab.md` - this file (generated by `build.py`, so the counts below always "
      "match the set).")
    w("")
    w("## How it was built")
    w("")
    w("Records were written one at a time - no templates, generators, name lists or "
      "substitution loops. About half are in young people's own voice (answers to survey "
      "questions such as \"where do you feel unsafe and why\", \"who helped you\", "
      "\"anything else\"): text-speak, slang, misspellings, missing punctuation, all lower case "
      "or ALL CAPS, and regional voices (Glasgow, Geordie, Scouse, Brummie, Manc, Yorkshire, "
      "South Wales, London/Jamaican patois). The other half are in practitioners' styles: case "
      "notes, referral forms, strategy/core group/TAF/MARAC minutes with initials, e-mails "
      "with greetings and sign-offs, chronologies, police and custody entries, GP, CAMHS, "
      "midwife and health visitor entries, school letters, and youth workers recording what a "
      "young person said.")
    w("")
    w("`build.py` checks, for every record and span:")
    w("")
    w("- markers are well formed, types are from the list below, spans do not overlap, and no "
      "stray braces remain;")
    w("- a span has no leading/trailing space or punctuation (a handle may start with `@` or end "
      "with `_`, a phone may start with `+` or `(`) and sits on word boundaries; the only "
      "exception is a NAME directly followed by a possessive `s` written without its apostrophe;")
    w("- NAME spans never start with a title or kinship word (Mr, Mrs, Ms, Miss, Dr, DC, DS, PC, "
      "Uncle, Auntie, Nan, Mama ...) and never include `'s`;")
    w("- a marked string - and, for names, each part of the name - never appears again "
      "unmarked as a whole word in the same record (case-insensitive);")
    w("- PHONE: after undoing obfuscation (spaces, dashes, dots, zero-width spaces, letter O "
      "for 0, l for 1, spelled-out digits with double/triple, +44 and (0)) the number is 11 "
      "digits inside an Ofcom drama range: 07700 900xxx, 01632 960xxx, 020 7946 0xxx, "
      "0113 496 0xxx, 0161 496 0xxx;")
    w("- EMAIL: after undoing `(at)`, `[at]`, ` at `, `[dot]`, ` dot ` the address is on "
      "example.com, example.org or example.net; URL hosts are example.com/.org/.net or a "
      "subdomain of them;")
    w("- POSTCODE has the UK shape (inward letters exclude C, I, K, M, O, V); NHS_NUMBER starts "
      "with 999 and passes the Modulus 11 check; DATE_OF_BIRTH parses to a real calendar date;")
    w("- the unmarked remainder of every record contains no `@`, no example.* host, no "
      "http/www, no run of 9+ digits, no postcode-shaped string, no Discord `#1234` tag and no "
      "zero-width space;")
    w("- no two records have the same text; totals (at least 220 records, 32-40 %% clean, at "
      "least 230 NAME spans, at least 8 of every other type, each style 45-55 %%) hold; every "
      "line round-trips through JSON with the same offsets.")
    w("")
    w("## Labelling policy")
    w("")
    w("Types: `NAME`, `PHONE`, `EMAIL`, `POSTCODE`, `ADDRESS`, `SCHOOL`, `HANDLE`, `URL`, "
      "`NHS_NUMBER`, `DATE_OF_BIRTH`.")
    w("")
    w("- A span covers exactly the identifier, with no surrounding space or punctuation.")
    w("- NAME: any private person - young people, family members, practitioners, alleged "
      "perpetrators - by full name (one span), first name, surname, nickname/street name, or "
      "initials (`KB to chase`, `CO appeared`, a single-letter `C says`). Titles and kinship "
      "words stay outside (`Mr {Pryce}`, `DC {Ahmed}`, `mr {okafor}`, `uncle {Teddy}`, "
      "`mama {Njeri}`); a nickname prefix Big/Lil/Little is inside (`{Big Marv}`, `{lil zee}`, "
      "`{Little Reg}`). A possessive `'s` stays outside (`{Grace}'s`); a possessive written "
      "without its apostrophe is labelled on the name only, the `s` left outside "
      "(`{Reece}s brother`, `{jayden}s house`). Names that are also ordinary words (Joy, Hope, "
      "Mark, Will, Rose, Grace, Summer, Destiny, Precious, King, Hunter, Faith, Blessing) are "
      "labelled only when used as a name.")
    w("- ADDRESS: house number and street, flat and block, a named street or estate given as "
      "where someone lives or goes (including a trap house), and a named children's home, "
      "semi-independent placement or hotel where a young person lives. Streets, shops, parks "
      "or landmarks mentioned only as places (the High Street, Piccadilly Gardens, Victoria "
      "Park) are not labelled. A town given with an address (`Luton`) stays outside.")
    w("- SCHOOL: named schools, academies, colleges and PRUs, including short forms "
      "(`Ashgrove`, `Cragside`, `St Aldric's`).")
    w("- HANDLE: Snapchat/Instagram/TikTok/Discord/gaming names, with `@` inside the span "
      "when written; Discord tags include `#1234`.")
    w("- PHONE, EMAIL: the whole string as written, including obfuscation (`o77oo 9oo 4l6`, "
      "`zero seven seven double oh ...`, `jaylaa.x (at) example [dot] com`).")
    w("- URL: the whole URL as written (with or without scheme). A name inside a URL, handle "
      "or e-mail address is covered by that span and not labelled again.")
    w("- DATE_OF_BIRTH: only dates of birth, in whatever format. Other dates (meeting dates, "
      "incident dates, chronology dates) and ages are not labelled.")
    w("- NHS_NUMBER: with or without spaces.")
    w("- Not labelled: public figures and celebrities (Marcus Rashford, Andrew Tate, Stormzy, "
      "Dave, KSI, MrBeast, Taylor Swift, Bukayo Saka), brands that look like names (Jack Wills, "
      "Ted Baker), shops, pubs, clubs, towns, districts, parks, landmarks, hospitals and wards "
      "(Florence Nightingale Ward, Great Ormond Street), churches, services, charities and "
      "helplines including their public numbers (Childline 0800 1111, Shout 85258, 999, 111), "
      "job titles, Mum/Dad/Nan, and police/court/log reference numbers (none are used).")
    w("")
    w("## Counts")
    w("")
    w("Records: **%d** (young_person %d, practitioner %d). Records with nothing to remove: "
      "**%d (%.1f %%)** - young_person %d, practitioner %d." % (
          n, st["by_style"][YP], st["by_style"][PR], st["clean"], 100.0 * st["clean"] / n,
          st["clean_by_style"][YP], st["clean_by_style"][PR]))
    w("")
    w("| type | young_person | practitioner | total |")
    w("|---|---:|---:|---:|")
    for t in TYPES:
        w("| %s | %d | %d | %d |" % (t, st["types_by_style"][YP][t],
                                     st["types_by_style"][PR][t], st["types"][t]))
    w("| **all spans** | %d | %d | %d |" % (sum(st["types_by_style"][YP].values()),
                                             sum(st["types_by_style"][PR].values()),
                                             sum(st["types"].values())))
    w("")
    w("## What makes it hard")
    w("")
    w("- About a third of records are clean hard negatives packed with capitalised non-names: "
      "days, months, seasons, festivals, brands, shops, apps and games (Destiny 2, Roblox), "
      "football clubs, towns, parks, services (CAMHS, YOT, MASH, Childline, Kooth), job "
      "titles, public figures, and ordinary words that are also names (\"Will review\", "
      "\"Mark as complete\", \"no joy\", \"Grace period\", \"Hope was expressed\", "
      "\"Sky Sports\", \"Summer term\", \"Frank discussion\", \"Precious little\", "
      "\"Faith is important\", \"Burger King\").")
    w("- The same words appear as real names elsewhere (Joy, Hope, Mark, Will, Rose, Grace, "
      "Summer, Destiny, Precious, King, Hunter, Faith, Blessing), so a word list cannot solve it.")
    w("- Names from many heritages with diacritics, apostrophes, hyphens and particles "
      "(Nguy\u1ec5n Th\u1ecb Lan, Ciar\u00e1n \u00d3 S\u00failleabh\u00e1in, Catherine "
      "Doyle-N\u00ed Bhriain, Rhys ap Dafydd, Mihaela C\u0103ld\u0103raru, Aist\u0117 "
      "Jankauskien\u0117, Lejla Hod\u017ei\u0107, Mohammed Ali Rahimi), names in lower case "
      "and ALL CAPS, nicknames and street names, initials in minutes, single-letter initials, "
      "surnames after titles, names in sign-offs, possessives (with and without apostrophe), "
      "lists and reported speech.")
    w("- Obfuscated contact details: phones with letter O/l, spelled-out digits with "
      "double/triple, zero-width spaces, +44, brackets; e-mails with (at)/[dot]/\" at \"/\" dot \".")
    w("- Named children's homes and hotels as addresses next to unlabelled place names; school "
      "short forms; handles without `@`; URLs without scheme; dates of birth in many formats "
      "next to unlabelled ordinary dates; NHS numbers with and without spaces next to public "
      "helpline numbers.")
    w("")
    w("## Caveats")
    w("")
    w("- One annotator; a few calls are judgement (a hotel or hostel where a young person lives "
      "is ADDRESS; a named estate where people live is ADDRESS; a street where a trap house "
      "is located is ADDRESS).")
    w("- Postcodes use real outward-code shapes with invented inward codes, and school/home "
      "names were invented; any match with a real place or person is accidental.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
