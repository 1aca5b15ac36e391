#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builder for evaluation set AH: de-identification of free text written by
young people and by practitioners for a child-exploitation partnership.

Every record below was written by hand, one at a time, as (style, text), with
identifiers marked inline as {TYPE|value}.  All people, numbers, addresses,
e-mails, handles, URLs, postcodes and NHS numbers are invented.

    python3 build.py          check everything, then write set_ah.jsonl and
                              README_set_ah.md (only if every check passes)
    python3 build.py --check  check only, write nothing

Standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

Y = "young_person"
P = "practitioner"

RECORDS = []

# ---------------------------------------------------------------------------
# Young people, part 1
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "where i feel unsafe is by the bus station after dark theres lads there who ask u to hold stuff for them. me and {NAME|kayden} got asked last week"),
    (Y, "honestly la the only one who helped me was mrs {NAME|devlin} at {SCHOOL|st hildas}, she proper listened. the rest of them just said id get excluded"),
    (Y, "town centre on a saturday is sound but the park by the flats is dead sketchy at night, always lads on bikes wearing balaclavas"),
    (Y, "howay man its the metro thats worst, gettin followed off at the stop by older lads. wor {NAME|Callum} got jumped there for his phone n trainers"),
    (Y, "need more youth clubs that are open late not just til 7, theres nowt to do so ppl just end up on the streets gettin into bother"),
    (Y, "ma pal {NAME|Eilidh} goes wi guys in motors fae the chippy an she's only 14. naebody does anythin, the polis just say she's makin choices"),
    (Y, "ONLY PERSON WHO HELPED WAS {NAME|DAZ} FROM THE YOUTH CLUB HE GOT ME OUT OF IT WHEN NO ONE ELSE WOULD"),
    (Y, "i feel safe in school mostly but not on the train home up the valleys, people vape and fight and the guard never comes through the carriage"),
    (Y, "bout ye. dont feel safe round the interface at night so i dont. {NAME|ciaran} n {NAME|oisín} got a hiding off some older fellas last month"),
    (Y, "the one who helped was my youth worker {NAME|Bex}, she took me to the clinic and didnt make a big deal of it"),
    (Y, "man got added to a gc called opp block by {HANDLE|@ricco_2x} and they was sendin videos of shanks n that, i left but they kept re adding me"),
    (Y, "what should change: teachers should actually listen instead of just sending u to isolation for everything"),
    (Y, "i feel unsafe on the 50 bus and by the shops on the high street, a man kept givin my mate {NAME|Harpreet} free vapes and asking for her snap"),
    (Y, "tbh the person who helped me most was {NAME|Abdi}s mum she let me stay at theirs when i couldnt go home"),
    (Y, "nowt really helps round here. police turn up when summat kicks off then theyre gone again"),
    (Y, "our kid {NAME|jordan} got dragged into grafting for some fellas from the other side of town, he was 13. i dont feel safe near any of them now"),
    (Y, "alright my luvver, where i feel unsafe is stokes croft late on. theres a bloke called {NAME|Mace} who gives girls lifts, proper creepy"),
    (Y, "in summer its proper job cos everyones down the beach but in winter theres nothing to do and the emmets are gone so its dead"),
    (Y, "the gavvers never help us on the site they just move us on. {NAME|Big Johnny} is the only one who looks out for the young ones"),
    (Y, "i feel most unsafe on snapchat not irl, people add u from nowhere and send stuff u didnt ask for"),
    (Y, "wallahi the only teacher who gets it is ms {NAME|okafor}, she dont judge u"),
    (Y, "anything else: pls dont tell my mum i wrote this"),
    (Y, "the lads from {SCHOOL|Castlebrook} wait outside ours at 3 and if ur on ur own they take ur stuff. {NAME|Tyler} got his phone nicked twice"),
    (Y, "my cuz {NAME|Zain} was the one that told me it wasnt normal what that man was doing, i thought he was just being nice buying me stuff"),
    (Y, "ye can message me if u want to know more its {PHONE|07700 900461} but dont ring cos my dad checks"),
    (Y, "where do u feel unsafe? EVERYWHERE TBH. the shop, the bus, the park, even my own street sometimes"),
    (Y, "gonnae stop movin weans fae placement tae placement, i was in 6 different hooses in 2 year an naebody ever telt me why"),
    (Y, "{NAME|Mhairi} and {NAME|Ruaridh} fae ma unit are the only ones i trust, staff change every week"),
    (Y, "i live on {ADDRESS|Fernbank} estate and its alright in the day but at night theres cars that just sit there with the engines running"),
    (Y, "the youth worker at the hub is sound, shes the one who told me about childline"),
    (Y, "{NAME|tolu} {NAME|seun} {NAME|precious} and me all got messaged by the same guy on insta saying he was a model scout"),
    (Y, "his insta is {URL|instagram.com/scouting.by.dre} hes not a real scout hes like 30 and he messages loads of girls from our school"),
    (Y, "what should change - more female police, i wouldnt tell a man about what happened"),
    (Y, "i feel unsafe at the train station in the town centre and at the big tesco car park late on, theres always people dealing"),
    (Y, "mr {NAME|Nowak} the polish teacher helped me loads, he talked to my mum in polish so she actually understood what was going on"),
    (Y, "{NAME|kacper} and {NAME|dawid} got stopped and searched for nothing outside the chicken shop, nobody asked if they were ok after"),
    (Y, "ANYTHING ELSE? nah thats it ta"),
    (Y, "gert lush survey this lol. nah tho the harbourside at night is bad, blokes tryin it on with drunk girls"),
    (Y, "my nan is the only one who helped me. social services just kept changing my worker"),
    (Y, "me and {NAME|nellie} and {NAME|bridget} arent let go to the disco in town no more cos of what happened to {NAME|Mary Kate}, the country people there give us hassle"),
    (Y, "there was this lad {NAME|Snowy} who used to give out free weed to year 8s then tell them they owed him"),
    (Y, "pls add more lights in the park and on the canal path, its pitch black after 4 in winter"),
    (Y, "{NAME|Hope} is my best mate and she was the one who made me tell someone"),
    (Y, "theres hope if they actually fund stuff for us. will anyone even read this tho"),
    (Y, "my key worker {NAME|Gethin} is tidy, he drove me to my mams when i was upset and didnt just ring it in as a missing"),
    (Y, "the ends aint safe after 10, opps ride through on bikes. my bro {NAME|Kemar} got cheffed last year on his own road"),
    (Y, "he used to text me off {PHONE|07700 900 318} and then a different number every week"),
    (Y, "who helped: nobody. what should change: everything"),
    (Y, "{NAME|Linh} from my english class stuck up for me when people were saying stuff about my family being from vietnam"),
    (Y, "u should ask the people who actually live here not just send a survey, come to the youth club on a tuesday"),
    (Y, "theres a man that lives at {ADDRESS|27 Ashgrove Road} who has loads of young lads going in and out at all hours, everyone knows"),
    (Y, "me and {NAME|Rojin} get comments off men when we walk past the car wash, one of them followed her home"),
    (Y, "{NAME|Hodan}s big sister {NAME|Fadumo} is the one who helped, she reported it for us when we were too scared"),
    (Y, "if anyone reads this the place i feel unsafe is the underpass by the retail park, someone got stabbed there"),
    (Y, "i dont feel unsafe anywhere really, i just stay in and play fifa"),
    (Y, "add me on xbox if u want {HANDLE|DarkReaper0913}, someone on there was asking weird questions about where i live tho"),
    (Y, "ma wee brother {NAME|Calum} got gien a phone by some guy at the shops, it just rings aw day"),
]

# ---------------------------------------------------------------------------
# Young people, part 2
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "ow bist. unsafe = the bullring at nite n the bus stops on the hagley road. {NAME|Imran} n {NAME|Sana} got followed by a car for ages"),
    (Y, "i feel safe at the mosque and at my aunties, thats about it"),
    (Y, "a man called {NAME|Shivan} from the barbers was asking my little brother to take packages to other towns and said hed give him £50"),
    (Y, "i got moved from {SCHOOL|Hollinwood Academy} to the pru and nobody told me why. the pru is where i met the people who got me into it"),
    (Y, "bare man lurk by the chicken shop on the high road innit, allow it. the feds dont do nothing"),
    (Y, "{NAME|Florin} and {NAME|Marius} from my street get called names every day and the teachers just laugh"),
    (Y, "i live at {ADDRESS|flat 9 Cedar Court} with my mum and theres people in the stairwell every night smoking and they dont even live there"),
    (Y, "the police should stop treating us like criminals when we're the ones getting used. being 15 and carrying for someone isnt a choice"),
    (Y, "my social worker {NAME|Niamh} was class, she kept coming even when i told her to get lost"),
    (Y, "omg the amount of old men who dm u on tiktok is actually scary 😭 need to do more about that"),
    (Y, "there was a lad on discord {HANDLE|vxid#2231} who kept askin for pics and said hed share my address if i didnt"),
    (Y, "WHO HELPED ME: MY FORM TUTOR MR {NAME|AKHTAR} AND {NAME|LAYLA} FROM THE SCHOOL NURSE TEAM"),
    (Y, "i get the bus to college from the interchange and theres always lads there selling, i just put my headphones in"),
    (Y, "yer man from the takeaway {NAME|Stevie} gives the young ones free chips and a drink then brings them back to parties in his gaff"),
    (Y, "get rid of the 10pm curfew thing at the home it just makes people run off"),
    (Y, "me mam and auntie {NAME|Bev} came to the meeting with me and that helped loads"),
    (Y, "reyt, where do i feel unsafe. the rec after dark, the ginnel behind the co-op, the bus shelter on the main road. thats it"),
    (Y, "{NAME|Dilan} got kicked out and ended up sofa surfing at some older lads flat, thats how it started for her"),
    (Y, "Dont feel safe at {SCHOOL|Kingsmead} cos the lads film u in the toilets and put it on their snap story"),
    (Y, "i wish the police were more like the ones in the youth bus, they actually chat to u normal"),
    (Y, "{NAME|Minh} used to work in a nail bar and he said a man kept his passport. i didnt know that was even a thing"),
    (Y, "honestly the only thing that helped was my dog lol"),
    (Y, "we need somewhere to go thats not mcdonalds or greggs"),
    (Y, "snap me {HANDLE|lil.kayz09} if u want to talk about it more"),
    (Y, "the one that got me out was {NAME|Big Mo}, he told the older ones i was his cousin so they left me alone"),
    (Y, "unsafe: the woods behind the leisure centre. safe: my room. helped: childline. change: more youth workers"),
    (Y, "i felt unsafe when my mum had her boyfriend {NAME|Dean} round, hes gone now"),
    (Y, "{NAME|Azad} {NAME|Rebaz} {NAME|Hiwa} and me got jumped on the way back from football by some older lads who thought we were someone else"),
    (Y, "i think schools should teach about grooming properly not just one assembly in year 9"),
    (Y, "we was on the canal path and these two men tried to get {NAME|Ffion} in their van, we ran to the pub"),
    (Y, "nobody helped me until i got arrested tbh, then they all wanted to help"),
    (Y, "CHANGE THE BUS TIMES THE LAST ONE IS 9 AND THEN U HAVE TO WALK THROUGH THE WOODS"),
    (Y, "{NAME|chidi} was the one who told the teacher about the guy in the bmw, we all said he was a snitch but he was right tbh"),
    (Y, "my mates {NAME|Precious}, {NAME|Abena}, {NAME|Ama} and {NAME|Ifeoma} are all in a group chat with this older girl {NAME|Jas} who keeps inviting us to parties"),
    (Y, "i go to the drop in on a wednesday at the barnardos place and thats the only place i feel ok"),
    (Y, "my foster carer {NAME|Lorraine} is lovely but she doesnt get why i go back to my old area"),
    (Y, "the guards in dublin were sound tbh when it happened to me, better than over here"),
    (Y, "i stay at my nans on {ADDRESS|Mill Street} most weekends cos its calmer than home"),
    (Y, "unsafe at the bus stop outside the hospital at night, loads of people off their heads"),
    (Y, "the man that was grooming me was called {NAME|Terry Blackwood}, i want him to go to prison"),
    (Y, "{NAME|Aoife} and me got asked to hold drugs in our bras at a party by a girl called {NAME|Shaz}, we said no and she slapped {NAME|aoife}"),
    (Y, "more things for girls to do, everything is football football football"),
    (Y, "the staff at {ADDRESS|Oakleigh} children's home are alright but some of the agency ones just sit on their phones"),
    (Y, "i ran away loads and the return interview lady {NAME|Pam} actually listened instead of telling me off"),
    (Y, "my older brother {NAME|Warsame} knew people who could sort it and they did, police did nothing"),
    (Y, "the lights on the cycle path have been broken since forever, please fix them"),
    (Y, "if ur reading this please make it so young people can talk to someone without it going straight to the police"),
    (Y, "miss {NAME|bethan} in the hwb at school is the one i go to, shes the one who made the referral"),
    (Y, "{NAME|Marta} told me her uncle makes her and her sister clean houses for no money, i didnt know who to tell"),
    (Y, "nah im good ta. feel safe mostly. maybe more buses"),
    (Y, "in the group chat {NAME|Tay} said if anyone snitches theyll get done, so nobody said nothing"),
    (Y, "can u give us {NAME|Kerry}s number? shes my old support worker and i lost my phone"),
    (Y, "i feel unsafe at home cos of my stepdad {NAME|Gary} but i dont want to get moved"),
]

# ---------------------------------------------------------------------------
# Young people, part 3 (names that are also words, nicknames, lists)
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "me n {NAME|will} n {NAME|mark} were at the skatepark when the van pulled up, {NAME|will} legged it but {NAME|mark} got in. we aint seen him since friday"),
    (Y, "i will tell u the truth, nobody helped. i had to sort it myself and mark my words ill get out of this town"),
    (Y, "{NAME|Joy} is my sister and she got me the number for the nspcc"),
    (Y, "no joy with the police, rang them three times about the man in the flat downstairs"),
    (Y, "at dawn the lads would come knocking for us to do the early run. {NAME|Dawn} my carer never knew"),
    (Y, "to be frank the school dont care, they just want their results"),
    (Y, "{NAME|Frank} down the chippy is the one who called the police when he saw them hitting me"),
    (Y, "summer holidays are the worst, no school means no one checks on u and thats when they get u"),
    (Y, "{NAME|summer} {NAME|river} and {NAME|sky} are my mates from the estate and we all look out for each other"),
    (Y, "the river path by the rowing club is bad at night and the sky goes dark at like 4 in winter"),
    (Y, "{NAME|Grace} who runs the food bank at the church always asks if im ok and means it"),
    (Y, "by the grace of god i got out, but my mates are still in it. pray for them lol"),
    (Y, "rose and crown car park is where they all meet up, everyone knows, police just drive past"),
    (Y, "my nan {NAME|Rose} took me in when i got kicked out, shes 74 and still walks me to the bus"),
    (Y, "got a phone bill for £300 that i didnt run up, someone used my name for a contract"),
    (Y, "{NAME|Bill} is the bloke at the gym who tells lads they can earn good money doing drops"),
    (Y, "its sunny now so everyones out till late and thats when stuff happens"),
    (Y, "{NAME|sunny} from the corner shop lets us wait inside if we feel followed"),
    (Y, "keep the faith groups out of it no offence, i just want someone normal to talk to"),
    (Y, "{NAME|Faith} and {NAME|Blessing} are twins in my year and they both got messaged by the same account"),
    (Y, "may half term a man offered me a job cleaning cars, it wasnt cleaning cars"),
    (Y, "me and {NAME|may} got lifts off {NAME|Ray} in his audi till we found out what he wanted"),
    (Y, "june the 3rd was when it all kicked off, i remember cos it was the week before my exams"),
    (Y, "{NAME|june} got moved to a home in another city and now we cant even message"),
    (Y, "the feds pat u down in front of everyone for no reason, its embarrassing"),
    (Y, "{NAME|Pat} my nans mate drives me to college so i dont have to get the bus past them"),
    (Y, "they have sky sports in the flat so all the younger ones go there to watch the footy, thats how they get them in"),
    (Y, "THE MAN IN THE SHOP {NAME|RAZ} SELLS SINGLE CIGS TO KIDS AND LETS THE OLDER ONES USE HIS BACK ROOM"),
    (Y, "yo {NAME|Tiny} and {NAME|Biscuit} are the ones who run it round here, everyone under 16 works for them"),
    (Y, "i know {NAME|biscuit} is a stupid name but thats what everyone calls him, nobody knows his real name"),
    (Y, "{NAME|smiley} gave me a phone and said i owed him for it, thats how it started"),
    (Y, "if u tell the teachers they ring home and then u get it worse at home, thats why no one tells"),
    (Y, "deadly survey. i feel safe at the boxing club, {NAME|Padraig} the coach is sound and keeps us off the streets"),
    (Y, "on the site its grand, its when we go into town the buffers start, shouting and that"),
    (Y, "{NAME|Daniela} and her cousin {NAME|Roxana} got taken to a house in another town and made to work, they are 15"),
    (Y, "i would like a youth worker who speaks romanian, my mum cant understand the letters"),
    (Y, "ma maw {NAME|Morag} says ah should write that the polis were good tae us this time an they were"),
    (Y, "aye the shows at the green were where a lot of it happened, guys fae the fair giein wee lassies drink"),
    (Y, "our street is {ADDRESS|Kelso Place} and theres a flat at the end where they keep the young ones"),
    (Y, "dont put my name on this. just say a girl from the south side"),
    (Y, "the man said his name was {NAME|Dre} but on his phone it said {NAME|Andre Campbell}"),
    (Y, "at {SCHOOL|harrowfield high} the teachers dont even notice when u turn up in new trainers every week"),
    (Y, "my phone number changed its {PHONE|07700 900 772} now if the lady from the project needs it"),
    (Y, "I FEEL UNSAFE IN TOWN ON A FRIDAY NIGHT AND ON THE TRAINS TO LEEDS"),
    (Y, "hmu on tiktok {HANDLE|@tiaaa.x.bby} i did a video about it"),
    (Y, "wish there was more stuff in welsh too, not everything has to be english"),
    (Y, "dw i ddim yn teimlo'n saff yn y dre gyda'r nos. {NAME|Gwion} helpodd fi"),
    (Y, "{NAME|Cerys} {NAME|Iestyn} and {NAME|Carys} from youth forum did this survey with me"),
    (Y, "the one who helped most was the nurse at the sexual health clinic, she didnt judge me at all"),
    (Y, "man like {NAME|K-Dog} used to pick us up from school in a range rover, all the year 9s thought he was a legend"),
    (Y, "im from kabul and i dont feel safe in the hostel, the older men there ask me to go with them at night"),
    (Y, "what should change: stop putting 16 year olds in hostels with adults"),
    (Y, "{NAME|Ahmad} my friend from the hostel helped me talk to the lady from the refugee council"),
]

# ---------------------------------------------------------------------------
# Young people, part 4 (contact details, handles, addresses)
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "if u need me my email is {EMAIL|shannon.m2009 (at) gmail (dot) com}"),
    (Y, "born {DATE_OF_BIRTH|3rd of march 2010} so im 15 now and ive been doing this since i was 12"),
    (Y, "his number was {PHONE|o77oo 9oo l23} he wrote it like that so it dont get flagged"),
    (Y, "text me on {PHONE|oh seven seven double oh nine double oh five five one} dont put it in the report tho"),
    (Y, "i live {ADDRESS|14 Tenby Close} {POSTCODE|CF24 3JT} if the youth worker wants to come round, mam says its ok"),
    (Y, "his facebook is {URL|facebook.com/gaz.m.1987} he messages all the girls in year 10"),
    (Y, "the lads who was chasing us live in {ADDRESS|Tolworth House} the block by the garages"),
    (Y, "my dob is {DATE_OF_BIRTH|14.09.08} and my name is {NAME|Kaci-Leigh} please ring me back"),
    (Y, "the lad {NAME|kai} who added me, his snap was {HANDLE|kai_mula07} and then he changed it to {HANDLE|mula.kai}"),
    (Y, "MY NAME IS {NAME|TIANNA} AND I WANT TO SAY THANKS TO {NAME|LOUISE} FROM THE TEAM FOR EVERYTHING"),
    (Y, "tbh {NAME|Shanice}, {NAME|Demi}, {NAME|Kirsty} and {NAME|Leah} all got bought drinks by the same man at the bus station, hes called {NAME|Mick} or {NAME|Micky}"),
    (Y, "we live on {ADDRESS|plot 6 Longmoor Lane} site and the gavvers come round every time something goes missing in the village"),
    (Y, "we're in {ADDRESS|flat 2/1, 34 Kelvinhaugh Street} an the close door disnae lock so anybody gets in"),
    (Y, "i was at {SCHOOL|Ysgol Bryn Celyn} but got moved to {SCHOOL|Coleg Glannau} and its loads better"),
    (Y, "my keyworkers number is {PHONE|01632 960 418} if you need to check im allowed to do this"),
    (Y, "the guys {HANDLE|@trapstar_lk} and {HANDLE|@lk.money} are the ones posting the drill videos about our area"),
    (Y, "they called me {NAME|Princess} but my real name is {NAME|Oliwia}, i hate that name now"),
    (Y, "i think it would help if there was a text number that wasnt childline cos everyone knows childline"),
    (Y, "asda car park on a friday is where everyone goes, theres fights every week"),
    (Y, "i feel safe in primark and at the cinema lol because theres security"),
    (Y, "ring {PHONE|+44 7700 900 377} thats my new one, old one got smashed"),
    (Y, "{NAME|Jayden}s cousin {NAME|Remy} is the one who got him into it, he lives on {ADDRESS|Cavendish Road} by the garages"),
    (Y, "man said my bro {NAME|Yusuf} owed him 2 bags and if he didnt pay theyd come to ours. we live at {ADDRESS|51 Talbot Street} so they know where"),
    (Y, "add me {HANDLE|@xo.ruby.xo} on insta if u want to hear more, im not scared to talk about it"),
    (Y, "the worst bit is the bus to {SCHOOL|Ellesmere Park}, the older ones from {SCHOOL|St Gregs} get on and take peoples stuff"),
    (Y, "we need more youth workers like {NAME|Marcus} and {NAME|Shauna} who actually come out at night and find us"),
    (Y, "I FEEL UNSAFE ON THE 7 BUS AND IN THE ALLEYS BEHIND THE PRECINCT"),
    (Y, "ma pal {NAME|Kayleigh} says her new boyfriend {NAME|Stuart} is 25 and he gets her vodka. she's 13 man"),
    (Y, "bro they need cameras in the underpass and by the garages for real"),
    (Y, "tarra a bit. oh and more football pitches that arent locked"),
]

# ---------------------------------------------------------------------------
# Practitioners, part 1
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Case note 14/02 – Home visit to {NAME|Kayleigh} at {ADDRESS|22 Thornbury Avenue}. Mum present throughout. {NAME|K} reports she has not attended {SCHOOL|Parkfield Academy} since half term. Ongoing concern re older male known as '{NAME|Jay}' collecting her in a grey Golf. SW to discuss with DSL."),
    (P, "Referral received from school DSL re Year 9 pupil. Pupil reports being asked to carry items by older peers; no names given. Threshold discussion held with MASH team manager – agreed Early Help assessment in the first instance."),
    (P, "Strategy meeting 03/10\nPresent: {NAME|Sarah Whitfield} (Chair, Team Manager), DS {NAME|Paul Greaves} (Exploitation Hub), {NAME|Nadia Hussain} (School Nurse), {NAME|Tom Elliott} (allocated SW)\nApologies: Dr {NAME|Amina Bello} (GP)\nChild: {NAME|Reece Donnelly}, DOB {DATE_OF_BIRTH|11/06/2010}\nAddress: {ADDRESS|7 Marlow Close}, Salford {POSTCODE|M6 8QT}"),
    (P, "Hi {NAME|Jo},\n\nJust to let you know {NAME|Tyreese} went missing again last night from {ADDRESS|Hazelwood} children's home and was found by police at 03:40 at Piccadilly station. RHI booked for Thursday.\n\nThanks\n{NAME|Mel}"),
    (P, "MARAC actions\n1. IDVA to contact victim within 48 hours.\n2. Police to place a marker on the address.\n3. Housing to consider a management move.\n4. Children's Social Care to update the chronology.\nReview in 4 weeks."),
    (P, "RETURN HOME INTERVIEW\nYP: {NAME|Jamal Osei}\nDOB: {DATE_OF_BIRTH|02/12/2008}\nMissing from: 18:00 Fri\nFound: 11:15 Sun, Euston station, by BTP\nYP said he was 'staying with a mate called {NAME|Skeng}' in Luton. Declined to give address. Phone seized by police. NRM referral discussed with Mum."),
    (P, "22:14 call from member of public re group of youths outside the Co-op, Station Road. Officers attended, no offences disclosed, words of advice given. NFA."),
    (P, "CIN review 12.03\nAttendees: {NAME|Lisa Marsh} (SW), {NAME|Rob Tennant} (Head of Year, {SCHOOL|Westfield Community School}), {NAME|Gemma} (Mum), {NAME|Aaron} (YP)\n{NAME|Aaron} said he feels safer since moving to his dad's in Bury. School report attendance up to 89%."),
    (P, "ED attendance 02:30. 15-year-old female brought in by ambulance, intoxicated. Accompanied by an older male who left before triage. Safeguarding referral completed.\nName: {NAME|Chloe Arnott}  DOB: {DATE_OF_BIRTH|19/08/2010}  NHS No: {NHS_NUMBER|485 777 3456}"),
    (P, "Reminder to all staff: CSE/CCE screening tools must be uploaded to the child's record within 24 hours. The new Exploitation Risk Assessment replaces the old tool from 1 April. Training dates to follow from the Safeguarding Partnership."),
    (P, "Chronology\n04/01 – {NAME|Liam} reported missing by carer, returned 23:10, no RHI offered.\n09/01 – {NAME|Liam} found in possession of £400 cash and two phones, stopped by PC {NAME|Hartley}.\n15/01 – School report {NAME|Liam} seen getting into a taxi at lunchtime with {NAME|Connor Rafferty} (18).\n20/01 – Strategy discussion, threshold met for s47."),
    (P, "Dear Ms {NAME|Achterberg},\nThank you for your referral regarding {NAME|Oskar}. We have allocated this to our Complex Safeguarding Team and {NAME|Dominic Leary} will be in touch this week.\nKind regards,\n{NAME|Hannah Cole}\nBusiness Support"),
    (P, "TAF meeting – minutes\nPresent: Mum, Dad, Family Support Worker, SENCo, School Nurse\nMum reports improvement in sleep since the new routine. Dad to attend the parenting course starting in May. Review in 6 weeks at school."),
    (P, "Youth work session notes – Tuesday drop-in\n12 young people attended. Discussion about online safety and sextortion. {NAME|Shay} and {NAME|Keira} disclosed receiving messages from an adult on Instagram; details passed to DSL. Pizza and pool. Good session."),
    (P, "Intel log: {NAME|Kwame Mensah-Boateng} (aka '{NAME|KB}') believed to be running {PHONE|07700 900 284} as a deal line into Scarborough. Linked to cuckooed address at {ADDRESS|Flat 3, 18 Prospect Street}. Grading B/2/P."),
    (P, "Core group 21/11\nChair: {NAME|Angela Fairclough}\nMinute taker: {NAME|Priya Sandhu}\n{NAME|Danny} has engaged with the mentor twice. Mum ({NAME|Tracey}) remains worried about older youths calling at the house. Action: PCSO {NAME|Lund} to increase patrols on {ADDRESS|Beech Road}."),
    (P, "CPOMS entry: Student arrived late, smelling of cannabis, wearing a new designer jacket. When asked, said 'my cousin bought it'. Parent contacted, no answer. Logged for DSL."),
    (P, "From: {EMAIL|r.obi@hartsmere.gov.uk}\nTo: {EMAIL|s.ahmed@hartsmere.gov.uk}\nSubject: {NAME|Ezra} – update\n\nHi {NAME|Saira}, {NAME|Ezra} was located in Bournemouth by Dorset Police this morning. He will be returned by secure transport this afternoon.\n{NAME|Rachel}"),
    (P, "MASH outcome: NFA for Children's Social Care. Signposted to Early Help. Information shared with school and GP under the information sharing agreement."),
    (P, "GP letter\nRe: {NAME|Oliwia Zielińska}, DOB {DATE_OF_BIRTH|07.05.2009}, NHS {NHS_NUMBER|612 339 0847}\nThis young woman attended with her aunt requesting emergency contraception. She disclosed a 24-year-old 'boyfriend'. I have made a safeguarding referral today.\nDr {NAME|R. Kaur}"),
    (P, "NRM referral completed by First Responder for Albanian national aged 16, encountered at a cannabis grow in a residential property. Interpreter used. Young person placed in emergency foster care. Home Office reference to follow."),
    (P, "Phone call from Mrs {NAME|Begum} ({PHONE|0121 496 0733}) – worried about son {NAME|Arif}, 14, coming home with cash and refusing to say where he has been. Advised to call 101, or 999 if immediate risk. Passed to duty."),
    (P, "Missing episode summary: three episodes this month. On each occasion the young person returned of their own accord within 12 hours. Pattern of going missing on Friday evenings. Consider return home interview by a trusted adult rather than police."),
    (P, "Attendees:\n{NAME|JB} – Chair\n{NAME|MK} – Police\n{NAME|SL} – Education\n{NAME|AD} – Health\nApologies: Housing"),
    (P, "Dear {NAME|Siobhan},\n\nThanks for coming to the panel yesterday. As agreed I've attached the safety plan for {NAME|Cian}. Can you share with the night staff at {ADDRESS|Ashdene} please?\n\nBest wishes\n{NAME|Marcus}\nCSE Lead"),
    (P, "Statement of {NAME|Gareth Pugh}, taxi driver: I picked up two girls outside a takeaway on Cowbridge Road East at about 1am. A man paid and asked me to take them to {ADDRESS|41 Clive Street}. One of the girls looked about 13."),
    (P, "PNC check: no trace. Intelligence: none held. Address not known to police."),
    (P, "Case closure summary\n{NAME|Ayaan Warsame} has made good progress. He is attending {SCHOOL|Ellerslie College} on the Level 2 mechanics course and has not been missing since September. The Youth Justice Service has closed his order. Case closed to CSC with the consent of {NAME|Ayaan} and his mum."),
    (P, "Referral order panel. Young person attended with grandmother. Reparation agreed at the community garden. Victim declined to attend. Next panel in three months."),
    (P, "Note of phone call 09:20 – {NAME|Natalie} from school rang to say {NAME|Mia Hargreaves} had turned up with a swollen lip. {NAME|Mia} said she fell. {NAME|Natalie} not convinced, photographs taken per policy. Contact number for {NAME|Natalie}: {PHONE|0113 496 0512}."),
    (P, "Hi both\nQuick one – can someone confirm whether the Operation Encompass notification came through for the family on Monday? Not seen anything on the system.\nThanks"),
    (P, "Missing person report\nName: {NAME|Leon Bright}\nAKA: {NAME|Blinky}\nDOB: {DATE_OF_BIRTH|30/01/2009}\nHome address: {ADDRESS|88 Granville Terrace}, Middlesbrough {POSTCODE|TS1 4PX}\nLast seen: Middlesbrough bus station, 16:20, wearing black Nike Tech fleece\nPhone: {PHONE|07700 900 906}"),
    (P, "Contextual safeguarding: hotspot mapping shows repeated reports of young people gathering at the underpass near the retail park and at the back of the leisure centre. Proposal to put detached youth work in both locations on Friday and Saturday evenings."),
    (P, "Health visitor note: Visited {NAME|Ama Asante} (17) and baby at home, {ADDRESS|12 Chaucer Walk}. Partner {NAME|Kofi} present and answered most questions on her behalf. Will try to see {NAME|Ama} alone at next contact."),
    (P, "LADO consultation: concern raised about a football coach messaging players on WhatsApp late at night. Club welfare officer informed. LADO advised that the threshold for allegations management is met."),
    (P, "From: {NAME|Debbie Lowther}\nSent: 14 March 10:02\nSubject: RE: {NAME|Jaxon}\n\nMorning {NAME|Sam}, he's been seen again with {NAME|Little Dee} at the skate park. Are you still OK to do the joint visit with PC {NAME|Omar Farouk} tomorrow?\n{NAME|Debs}"),
]

# ---------------------------------------------------------------------------
# Practitioners, part 2
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Initial contact – {NAME|Bartosz Kowalczyk}, 16\nSource: Transport Police, Leeds station\nCircumstances: travelling alone to Grimsby with £1,200 in cash and a train ticket bought by a third party. States he was 'visiting a friend'. Mum ({NAME|Agnieszka}) contacted via interpreter on {PHONE|0113 496 0088}."),
    (P, "Chronology (summary)\nMar – first missing episode\nApr – excluded from mainstream, placed in PRU\nMay – arrested in possession of Class A with intent, released under investigation\nJun – NRM positive reasonable grounds decision\nJul – moved to out-of-area placement"),
    (P, "Core Group\nPresent: {NAME|Fiona McAllister} (SW), {NAME|Iain Stewart} (Depute Head, {SCHOOL|Braeside High}), {NAME|Morven} (Gran), {NAME|Lewis} (YP)\n{NAME|Lewis} was quiet but said he wants to stay at Gran's. {NAME|Fiona} to complete the IRD paperwork."),
    (P, "Hi {NAME|Precious},\nJust checking you got my voicemail about {NAME|Tobi}. His mum called to say someone has been ringing his phone from a withheld number asking him to 'come back to work'. Could you ring me on {PHONE|020 7946 0321}?\nThanks, {NAME|Folake}"),
    (P, "Strategy discussion outcome: threshold for s47 met. Joint investigation agreed. ABE interview to be arranged. Medical not required. Parents not to be informed at this stage due to risk of alerting the alleged perpetrator."),
    (P, "DS {NAME|Wainwright} confirmed {NAME|Cole Whitaker} remains on police bail with conditions not to contact {NAME|Ella Jameson} or attend her address at {ADDRESS|5 Linnet Way}."),
    (P, "CAWN served 19:40 on {NAME|Darren Kilbride}, 34, in respect of {NAME|Lacey-Mae Horton}, 14. He was found with her in his car on the seafront. He was advised of the consequences of breach. {NAME|Lacey-Mae} taken home to mum."),
    (P, "Detached session, Saturday\nArea: town centre, Wetherspoons, bus station, skate park\nApprox 25 YP seen. Mood was good. Handed out Fearless leaflets and Childline cards. PCSOs present near the bus station. No concerns to pass on."),
    (P, "Referral to CAMHS\nName: {NAME|Jessica Thwaite}\nNHS number: {NHS_NUMBER|4011232137}\nDOB: {DATE_OF_BIRTH|25/11/2008}\nGP: Dr {NAME|Sheikh}, Moorside Medical Centre\nReason: self-harm following sexual exploitation; disclosed to school counsellor {NAME|Bernie Hale}."),
    (P, "Minute: the Chair reminded all present that information discussed at MACE is confidential and should not be shared outside the meeting without agreement. Police gave an update on the problem profile for the north of the borough."),
    (P, "Return interview notes – {NAME|Precious-Grace Adeyemi}\nSaid she stayed at 'a friend's house in Croydon', would not give the friend's name. Mentioned someone called {NAME|Junior} who buys her food. Agreed to keep in touch with her youth worker {NAME|Lola}."),
    (P, "Hi {NAME|Kev}, can you add {HANDLE|@yungtrappa_b} and {HANDLE|@b.loaded22} to the intel submission? Both accounts are posting videos referencing the estate and tagging our young people. Cheers, {NAME|Nic}"),
    (P, "Form F – Missing from Care\nPlacement: {ADDRESS|Meadowview} children's home\nYoung person: {NAME|Kieran McGuinness}\nTime reported: 23:55\nReported by: Senior RSW {NAME|Abbie Turner}\nRisk grading: High\nNotes: {NAME|Kieran} left via the fire exit after a phone call. Believed to be with {NAME|Tommo} and {NAME|Sully}."),
    (P, "Probation: MAPPA level 2 meeting scheduled for the 14th. Offender manager to provide an update on licence conditions. Police to confirm any intelligence re contact with children."),
    (P, "Sexual health clinic note: 14yo attended alone requesting STI screen. Disclosed partner aged 19. Spotting the Signs proforma completed. Safeguarding referral made. Client consented. Given Brook leaflet and C-card information."),
    (P, "Message for Mr {NAME|Adeleke}: please call {NAME|Joanne} at the Children's Services front door on {PHONE|0161 496 0277} regarding {NAME|Dayo}."),
    (P, "Actions\nWho | What | By when\n{NAME|HP} | Share safety plan with school | Fri\n{NAME|DC} | Disruption visit to {ADDRESS|14 Kingfisher Court} | 2 wks\nSW | Update chronology | ongoing"),
    (P, "Statutory visit. {NAME|Josh} seen alone in his bedroom. Room tidy. New PS5 and three new pairs of trainers, which he says were from his uncle {NAME|Vinnie}. Mum says there is no Uncle {NAME|Vinnie}."),
    (P, "Handover – weekend duty\nNo new referrals for the exploitation team. One missing episode reported and resolved. Police have requested a strategy discussion for Monday morning re a child from the west locality."),
    (P, "School: {SCHOOL|St Joseph's Catholic College}\nDSL: {NAME|Maureen Kelly}\nConcern: Year 10 student {NAME|Ciara} seen on CCTV getting into a silver Mercedes at the school gates. Registration partially visible. Reported to police (log 0456)."),
    (P, "Email from {NAME|Gurdeep Bains} (Youth Justice) 08:14: '{NAME|Arjun} did not attend his appointment today. His phone is going straight to voicemail. Last contact with him was at his home address, {ADDRESS|116 Heathfield Road}, on Saturday.'"),
    (P, "Education Inclusion Panel\nPupils discussed: 6\nOutcomes: 2 managed moves, 1 referral to the PRU, 3 to remain with additional support. The panel noted the link between exclusion and exploitation risk."),
    (P, "Interpreter booked (Tigrinya) for visit to {NAME|Yonas} at his supported accommodation, {ADDRESS|Room 4, Harbour House}, {POSTCODE|HU3 5EL}."),
    (P, "{NAME|Ifeanyi}'s mum {NAME|Chioma} rang in tears at 17:30. She has found £800 in his school bag and a second phone. She has given permission for police to look at the phone. DS {NAME|Okoro} informed."),
    (P, "Team notice: office closed on Friday for staff training. Duty cover via the Emergency Duty Team on the usual number. Please update Mosaic before you leave."),
    (P, "Referral form\nChild name: {NAME|Sophie-Leigh Carr}\nDate of birth: {DATE_OF_BIRTH|8 July 2011}\nAddress: {ADDRESS|3 Fern Grove}, Blackpool {POSTCODE|FY1 6RB}\nParent/carer: {NAME|Donna Carr}\nParent phone: {PHONE|07700 900 540}\nReferrer: {NAME|Martin Booth}, PCSO\nReason: found in the early hours on the promenade with two adult males."),
]

# ---------------------------------------------------------------------------
# Practitioners, part 3
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Return Home Interview offered and declined. Young person stated 'I was just at a party, nothing happened'. Carer reports they came back with a new phone. Information shared with the police missing person coordinator."),
    (P, "Discussed at the Missing, Exploited and Trafficked panel. Agreed risk level: significant. Actions: disruption via police, referral to the St Giles Trust SOS+ project, school to review timetable."),
    (P, "{NAME|Natasha} (SW) to {NAME|Ruth} (IRO), 3 Feb: '{NAME|Jade} was seen by her mum in a video posted by {URL|https://www.tiktok.com/@mvp.rico}. The video shows her in a car with older males. Can we bring the review forward?'"),
    (P, "Attendance: {NAME|Abdirahman Hassan} has attended 41% this term. When he does attend he is often asleep. His older brother {NAME|Yusuf} collects him at lunch. Education Welfare Officer to make a home visit to {ADDRESS|Flat 12, Ravenscroft Tower}, {POSTCODE|B11 3DX}."),
    (P, "Case note: text received from {NAME|Shannon} at 01:12 – 'im ok dont worry im at {NAME|Kels} house'. Texted back asking her to ring. No response. Shared with EDT."),
    (P, "Officer: PC 4417 {NAME|Hughes}\nIncident: s23 stop and search, Broad Street\nSubject: {NAME|Tyler-James Rowe}, 15\nFound: 6 wraps, £220, Nokia handset\nRemarks: subject's mother {NAME|Kerry Rowe} attended custody. Appropriate adult present."),
    (P, "Reflection from supervision: worker feels the family are disguising compliance. Agreed to hold a professionals meeting and invite the school and the GP. Worker to use the Graded Care Profile at the next visit."),
    (P, "Hiya {NAME|Lou}\n\nCould you send over the last 3 months of attendance for {NAME|Rio Bennett} and {NAME|Tanisha Bennett}? They're at {SCHOOL|Oldfield Park Primary} and {SCHOOL|Hengrove Academy}. Strategy is tomorrow 10am.\n\nThanks a mil\n{NAME|Kath}"),
    (P, "Safety plan\nTrusted adults: Nan, youth worker, Head of Year\nIf I feel unsafe I will: ring 999, go into a shop, text my youth worker\nPlaces I will avoid: the bus station after 8pm, the park by the flats\nPeople I will avoid: adults who offer me lifts or money"),
    (P, "Safety plan – {NAME|Amelia}\nTrusted adults: Nan ({NAME|Pat}), youth worker {NAME|Ciara}\nNumbers: Nan {PHONE|01632 960 217}, Childline 0800 1111"),
    (P, "MARAC referral\nVictim: {NAME|Stacey Lomas}, 17\nPerpetrator: {NAME|Ryan Doherty}, 23\nChildren: none\nRisk: DASH score 16\nVictim address: {ADDRESS|19 Windermere Drive}, Barrow {POSTCODE|LA14 2NS}\nSafe contact: {PHONE|07700 900 115} (text only)"),
    (P, "Professionals meeting, 10:00, virtual\nPresent: Social Worker, Health Visitor, Family Support, School Nurse, Police Safeguarding\nThe meeting agreed that concerns do not meet threshold for a Child Protection Conference at this time and the Child in Need plan will continue."),
    (P, "Note: {NAME|Adnan} says he got the money from 'working for {NAME|Shaky}'. When asked who {NAME|Shaky} is, he laughed and said 'everyone knows {NAME|Shaky}'."),
    (P, "{ADDRESS|Birchwood} children's home – incident log\n21:30 {NAME|Lily} and {NAME|Chantelle} left without permission.\n22:10 Staff ({NAME|RW}) drove the area.\n23:45 Both returned in a taxi paid for by an unknown adult. Taxi firm: Ace Cars.\n00:10 Police informed."),
    (P, "Dear colleague,\nPlease find attached the agenda for the Exploitation Sub-Group on Thursday. Items include the annual audit of missing episodes, the new transitional safeguarding protocol and an update from the Violence Reduction Unit.\nRegards,\nPartnership Business Unit"),
    (P, "School nurse drop-in. {NAME|Aisha} (Y11) attended, asked about the morning after pill 'for a friend'. Nurse {NAME|Bryony Clarke} explored and {NAME|Aisha} disclosed it was for herself. Partner '{NAME|Mikey}' is 20 and 'from Oldham'."),
    (P, "Police intelligence submission: vehicle seen repeatedly outside {SCHOOL|Greenhill Academy} at 15:15, driver male 30s, registration partial. Young females approached and offered vapes. Submitted by PCSO {NAME|Wood}."),
    (P, "Decision: case to step down to Early Help. Lead professional to be the school pastoral lead. Family consent obtained."),
    (P, "{NAME|Nikolai}, 17, Romanian national, presented at the housing options office. States he was brought to the UK by a man named {NAME|Cosmin} who holds his ID card. Currently sleeping in a room above the car wash at {ADDRESS|52 Wharf Road} where he works."),
    (P, "YJS assessment extract\nName: {NAME|Callum Fraser}\nDOB: {DATE_OF_BIRTH|17.02.2008}\nKey relationships: Mum, younger sister {NAME|Isla}, girlfriend {NAME|Skye}\nLives with Mum on the {ADDRESS|Whinmoor} estate."),
    (P, "Supervision record\nWorker: {NAME|HT}\nManager: {NAME|RB}\nCases discussed: 14\nWorker reports high caseload and feeling stretched. Manager to review allocation next week."),
    (P, "Please note the new MASH number is on the council website and the out of hours number is unchanged. Professionals should not give out personal mobile numbers to young people."),
    (P, "Home visit to the family at {ADDRESS|Pitch 11, Ashby Road} Traveller site. {NAME|Bridget McDonagh} (mum) and {NAME|Johnny} (dad) present. {NAME|Martin} (15) has not been in school since Year 7. Family wish to home educate. Liaison with the Traveller Education Service."),
    (P, "Chronology entry 12/09: telephone call from DC {NAME|Nwosu}. {NAME|Jerome} arrested in Aberystwyth in a cuckooed property belonging to a vulnerable adult. {NAME|Jerome} had 14 wraps concealed. Released to appropriate adult. Transport arranged home."),
    (P, "Child Protection Conference\nChair: Independent Chair\nPresent: parents, SW, TM, Health Visitor, GP (report only), Police (report only), Nursery\nDecision: child subject to a child protection plan under the category of neglect."),
    (P, "WhatsApp from {NAME|Ebony}'s mum to worker, 19:52: 'She's not home yet and her location is off. Last seen with that {NAME|Deshawn} lad'. Worker advised mum to report her missing to police on 101."),
    (P, "Youth club register (extract)\n{NAME|Kai}\n{NAME|Tyrese}\n{NAME|Olly}\n{NAME|Mercy}\n{NAME|Zofia}\n{NAME|Ben H}\n{NAME|Ben T}\nStaff: {NAME|Dev}, {NAME|Shirin}"),
]

# ---------------------------------------------------------------------------
# Practitioners, part 4
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Note re {NAME|Evie-Rose}: worker met {NAME|Evie-Rose} at McDonald's on the high street. She disclosed that a man she calls Uncle {NAME|Ray} gives her cannabis and lets her stay at his flat at {ADDRESS|Block C, Sandringham Court}. Agreed to share with police."),
    (P, "The group discussed the upcoming Safeguarding Week. Sessions planned at the library, the leisure centre and the mosque. Barnardo's and the NSPCC have confirmed stalls."),
    (P, "From: {NAME|Owain Jenkins}\nTo: {NAME|Rhian Morgan}\nRe: {NAME|Tomos P}.\n\nBore da {NAME|Rhian}, {NAME|Tomos} was stopped in Newport with 2 other lads from Merthyr, both known to Gwent. Can we have a quick chat before the strategy?\nDiolch, {NAME|Owain}"),
    (P, "Police: Operation Sceptre weapons sweep of Kings Park completed. Two knives recovered from bushes near the play area. No arrests. Community reassurance patrols to continue over half term."),
    (P, "Referral for ISVA support\nClient: {NAME|Róisín Doherty}\nDOB: {DATE_OF_BIRTH|04/04/2007}\nPreferred contact: {PHONE|028 9649 6713}\nSafe to leave message: No\nEmail: {EMAIL|roisin.d07@outlook.com}"),
    (P, "Transport: secure transport booked for the return of {NAME|Connor} from Dover to his placement. Escorts: {NAME|Gail} and {NAME|Anthony}. Departure 14:00."),
    (P, "Reflective log – youth worker\nI found today's session hard. A young person disclosed something and I followed procedure, but I worry they will stop trusting me. Discussed in supervision. Reminded that sharing was the right thing to do."),
    (P, "Core group attendance:\nMum – present\nStep-dad – did not attend\n{NAME|Leila} (YP) – present for first part\nSW {NAME|Anwar Qureshi} – present\nFamily Support {NAME|Trish Nolan} – present\n{NAME|Jas Dhillon}, Pastoral Lead, {SCHOOL|Moorfield School} – present"),
    (P, "Referral declined by CAMHS: does not meet criteria. Suggest Kooth and the school counselling service. GP to review in 6 weeks."),
    (P, "Strategy meeting minutes\nItem 3: {NAME|Zak} disclosed that {NAME|Rocco} (surname unknown) sends him to Blackpool and Preston with packages. {NAME|Rocco} is believed to live on {ADDRESS|Greenacre Road} in Bolton. Police to check."),
    (P, "Children's home daily log\nAM – all YP up for school except one who refused. Breakfast fine.\nPM – two YP to football. One YP out on agreed free time, returned on time.\nEvening – film night. Quiet."),
    (P, "Duty note: anonymous caller reports that a man is picking up teenage girls from outside {SCHOOL|Lady Margaret Academy} most days in a white Range Rover. Caller would not leave a name. Passed to police and to the school."),
    (P, "Hello {NAME|Tendai},\n\nThank you for our chat. As discussed, {NAME|Rumbi} has been offered a place at {SCHOOL|Hallam Vale College} from January. The travel pass will be sorted by us. Any problems please email me on {EMAIL|c.mwale@southfold.ac.uk}.\n\nBest\n{NAME|Chipo Mwale}"),
    (P, "Police National Database check completed. Nothing of concern. Information shared with the chair of the conference."),
    (P, "MISSING\n{NAME|Maddison}, 13\nPlacement: {ADDRESS|The Willows}\nLast seen 17:30 wearing grey trackies and a pink North Face jacket\nKnown associates: {NAME|Jodie Kirk}, '{NAME|Tank}', {NAME|Leo}"),
    (P, "Youth Justice: the out of court disposal panel considered the case. Agreed Youth Caution with intervention. Case manager to complete AssetPlus."),
    (P, "Chronology\n02.06 – mum reports {NAME|Finn} missing, found next day in Newquay\n05.06 – {NAME|Finn} disclosed owing money to '{NAME|Dibsy}'\n11.06 – {NAME|Finn}'s bedroom window smashed overnight\n12.06 – strategy discussion, s47 not met, CIN plan"),
    (P, "LAC review health assessment\nName: {NAME|Kyra Lindqvist}\nNHS No. {NHS_NUMBER|720 451 8836}\nImmunisations up to date. Dental overdue. Discussed sexual health and healthy relationships. {NAME|Kyra} engaged well."),
    (P, "Agenda item: county lines awareness week. Posters for Fearless and Crimestoppers to be displayed at all stations. British Transport Police to run a stall at the interchange."),
    (P, "Note of conversation with {NAME|Shaun}'s grandad, {NAME|Alan Pickering}, on the doorstep at {ADDRESS|61 Coronation Street}. He says {NAME|Shaun} has been 'off the rails' since his mum died."),
    (P, "Hi team, the training on adolescent neglect has moved to the Council Chamber at the Town Hall. Lunch provided. Please bring your own laptops."),
    (P, "Email from IRO {NAME|Vikram Chauhan}: 'I am concerned that {NAME|Leah}'s plan does not address the risk from her contact with {NAME|Mark Tyldesley}, who is a registered sex offender. Please can we escalate?'"),
    (P, "Incident report – {SCHOOL|Northbrook PRU}\nStudent {NAME|AM} assaulted student {NAME|TJ} in the canteen. {NAME|TJ} said it was 'about money owed'. Both sent home. Parents informed."),
    (P, "Voice of the child: she said she likes her school, her dog and going to the cinema. She does not like it when the police come to the house. She wants to see her dad more."),
    (P, "Police safeguarding referral (PPN)\nVictim: {NAME|Hamza Abdullahi}\nDOB: {DATE_OF_BIRTH|13/10/2009}\nAddress: {ADDRESS|40 Leopold Street}, Sheffield {POSTCODE|S2 4HT}\nDetails: robbed of phone and jacket at knifepoint by 3 males. Victim believes it was over a debt. Not supporting the investigation."),
    (P, "Minutes approved as accurate. Any other business: none. Date of next meeting to be circulated."),
]

# ---------------------------------------------------------------------------
# Practitioners, part 5
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Contact log\n09:05 Rang Mrs {NAME|O'Neill} – no answer.\n09:40 Rang again – spoke to {NAME|Sean} (older brother) who said {NAME|Niamh} was asleep.\n11:20 Home visit. {NAME|Niamh} seen, bruising to left wrist. Body map completed."),
    (P, "Referral to the Barnardo's exploitation service. Consent obtained from young person and parent. Previous support from the school mentor. Young person prefers a female worker and afternoon appointments."),
    (P, "CSE investigation update\nSuspect 1: {NAME|Nasir Mahmood}\nSuspect 2: {NAME|Lee Harrop}\nSuspect 3: unidentified male known as '{NAME|Buzz}'\nVictims identified: 3. ABE interviews completed with two."),
    (P, "Good morning {NAME|Ngozi},\nI'm the allocated social worker for {NAME|Emeka}. Could we arrange a time for me to visit you at home this week? My mobile is {PHONE|07700 900 653}.\nMany thanks,\n{NAME|Holly Bradshaw}\nSocial Worker, Adolescent Team"),
    (P, "CCE screening tool completed. Score indicates medium risk. Indicators: unexplained money, going missing, change in peer group, decline in attendance. Refer to the Exploitation Panel."),
    (P, "Genogram summary\nMaternal grandmother: {NAME|Marcia Campbell}\nMother: {NAME|Shereen Campbell}\nChildren: {NAME|Kemani} (15), {NAME|Jaylen} (12), {NAME|Amara} (6)\nFather of {NAME|Kemani}: {NAME|Delroy Grant} – no contact"),
    (P, "Meeting with {NAME|Oisín}'s Head of Year at {SCHOOL|St Malachy's}. He has moved to a reduced timetable. {NAME|Oisín} told his teacher that 'the boys from the other side' threatened him at the bus stop on the Falls Road."),
    (P, "Information sharing request sent to the GP surgery under section 47. Response awaited. Reminder sent after 5 working days."),
    (P, "Action log\n1. {NAME|DP} to complete the NRM referral by Friday – DONE\n2. {NAME|LW} to speak to school about a safe space – ongoing\n3. DC {NAME|Shah} to check {NAME|Jayden}'s new address on {ADDRESS|Tennyson Street} – outstanding"),
    (P, "Note: {NAME|Milena} asked that her sister {NAME|Kristina} is not told about the referral. Explained limits of confidentiality. {NAME|Milena} understood and agreed for the information to go to the police."),
    (P, "Witness statement summary: shop assistant at a convenience store on Market Street saw two girls in school uniform being handed bags by a man in a black Audi. She recognised one of the girls as {NAME|Keeley}, who lives above the launderette."),
    (P, "To: Head of Service\nThe exploitation team has received 46 referrals this quarter, up 12% on the last quarter. The majority relate to criminal exploitation of boys aged 14-16. Capacity remains a concern."),
    (P, "Hi {NAME|Ash},\n\nThe young person's Snapchat is {HANDLE|lilmaz.x} and her Instagram is {URL|https://instagram.com/mazzy.x.xo} – both private. She says the man contacting her goes by {HANDLE|@kingpinz_2} on Snap.\n\nThanks\n{NAME|Corinne}"),
    (P, "Court report extract: {NAME|Kyle Bannister} has been known to Children's Services since the age of 4. His mother, {NAME|Sharon Bannister}, struggled with alcohol misuse. {NAME|Kyle} was placed with his paternal aunt {NAME|Linda Voss} at {ADDRESS|9 Wellington Mews}."),
    (P, "Update from the Child Exploitation Coordinator: the partnership dashboard is now live. Please ensure the exploitation flag is added on Liquidlogic for all children open to the panel."),
    (P, "Dear Mr and Mrs {NAME|Nguyen},\nWe are writing to invite you to a meeting about {NAME|Thanh} on Tuesday at 2pm at the Civic Centre. An interpreter who speaks Vietnamese will be present.\nYours sincerely,\n{NAME|Claire Dunmore}"),
    (P, "Supported lodgings review: {NAME|Habib} (17) is settled with his host {NAME|Jean}. He attends English classes at {SCHOOL|Riverside College} three days a week. He said he is worried about men from his home country who visit the mosque and ask the boys to work for them."),
    (P, "Occurrence: sexual assault\nVictim: {NAME|Zara Patel}, 14\nSuspect: {NAME|Jordan Mills}, 19\nLocation: Victoria Park\nStatus: suspect arrested, released on bail"),
    (P, "Please remember to use initials only in the minutes for children who are not the subject of the meeting."),
    (P, "Contextual safeguarding review, {SCHOOL|Fairfax Grange Academy}\nAttendees: {NAME|Nicola Pratt} (Head), {NAME|Rizwan Ali} (DSL), Sgt {NAME|Carl Webb}, {NAME|Dionne} from the Youth Service\nIssue: fights arranged on social media at the park after school."),
    (P, "Hi, just flagging that the young person's mum has changed her number – new one is {PHONE|0161 496 0849}. Updated on the system. {NAME|Bev}"),
    (P, "Post-order support note: {NAME|Aiden} is doing really well with his adoptive family. School have noticed he is more settled. Family still worried about contact from his birth brother {NAME|Kallum} via Facebook."),
    (P, "Missing persons coordinator – monthly report\nTotal missing episodes: 87\nChildren in care: 52\nRepeat missing (3+): 11\nRHI completion within 72 hours: 74%"),
    (P, "Case note – {NAME|Ruby}\nWorker took {NAME|Ruby} for hot chocolate. She talked about her new 'friends' – {NAME|Jess}, {NAME|Tash} and an older man she called {NAME|Gaz}. She showed me a message from {PHONE|o7700 9oo 237} which read 'u owe me'."),
    (P, "Housing: young person is 17 and homeless. Joint assessment under the Southwark protocol. Offered accommodation under section 20, declined. Placed in supported housing."),
    (P, "{NAME|Sandra Ferreira}\nSenior Practitioner | Complex Safeguarding\nDirect line: {PHONE|0113 496 0675}\nMobile: {PHONE|07700 900 811}\n{EMAIL|sandra.ferreira@kirkvale.gov.uk}"),
    (P, "Disruption activity: abduction notice served, premises closure order applied for, ANPR marker added to vehicle. Young people from the address signposted to the Youth Service."),
    (P, "School safeguarding log\nDate: 18/11\nStudent: {NAME|Nathaniel}\nReported by: Mr {NAME|Fitzgerald}\nDetails: {NAME|Nathaniel} said a Year 11, {NAME|Jermaine}, told him to keep a bag in his locker. Locker searched with Head present – bag contained cannabis."),
    (P, "Voice of the young person: 'I just want people to stop asking me the same questions. I've told the police, I've told the social worker, I've told school. Nothing changes.'"),
    (P, "Exploitation Panel\nCase 4: {NAME|Brandon}, 15. Concerns: going missing to Liverpool, linked to a male known as {NAME|Scouse Jay}. Panel agreed to refer to the Regional Organised Crime Unit."),
    (P, "Hi {NAME|Ameena}, the foster carer's address for the placement is {ADDRESS|2 Orchard Cottages}, Little Haddon {POSTCODE|NR12 8JD}. Please don't share with Mum. Thanks {NAME|Becca}"),
    (P, "ABE interview planned for 10am at the suite. Intermediary booked. Young person to be accompanied by her key worker."),
    (P, "Note: YP's Discord username is {HANDLE|shadowfox#0912} and she says the adult who groomed her was {HANDLE|NightOwl_UK#5520}. Screenshots saved to file. Referred to CEOP."),
    (P, "Pre-birth assessment\nMother: {NAME|Kelsey Marr}, 17\nDOB: {DATE_OF_BIRTH|21/12/2007}\nFather: {NAME|Jake Dunn}, 24\nAddress: {ADDRESS|Flat 5b, Hawthorn House}, {POSTCODE|NE6 2XS}\nEDD: 14 March"),
    (P, "Recording note: young people asked not to be named in this report. Quotes are anonymised."),
    (P, "CIN minutes\nPresent: {NAME|Leanne} (Mum), {NAME|Kevin Shaw} (SW), Mrs {NAME|Grant} (SENCo), {NAME|Gabriel} (YP, first 10 mins)\n{NAME|Gabriel} said school is 'alright' and he likes art. Mum worried about his new friends from the estate."),
]

# ---------------------------------------------------------------------------
# Practitioners, part 6
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Pocket notebook (transcribed)\n23:50 Stopped vehicle on the A62. Driver {NAME|Adrian Kostov}. Passengers: two females, gave names {NAME|Zoe} and {NAME|Lauren}, claimed to be 18. Appeared much younger. Both taken to a place of safety."),
    (P, "Hi all – reminder that the Safeguarding Partnership conference is on 12 June at the Etihad Stadium. Speakers include the Children's Commissioner. Places are limited."),
    (P, "Worker notes: met {NAME|Ethan} at the boxing gym. Coach {NAME|Lenny} says he's turned up four times this month. {NAME|Ethan} talked about wanting to be a mechanic. Did not talk about {NAME|Tre}."),
    (P, "Key work session – topic: healthy relationships. Used a Love Island clip to start a conversation about control and jealousy. Young person engaged well and talked about a friend's experience."),
    (P, "Referral\nName of child: {NAME|Kuba Lewandowski}\nDOB: {DATE_OF_BIRTH|09/09/2009}\nSchool: {SCHOOL|Hollybank High}\nParent: {NAME|Ewa Lewandowska} – {PHONE|01632 960 552}\nConcern: mother found messages on {NAME|Kuba}'s phone from an adult male asking him to deliver parcels."),
    (P, "Supervision note: agreed that the worker will not give her personal mobile number to the young person and will use the work phone only."),
    (P, "MARAC attendee list\nChair – DI {NAME|Karen Holt}\nIDVA – {NAME|Shabnam Akhtar}\nHousing – {NAME|Graham Platt}\nChildren's Services – {NAME|Joy Mensah}\nHealth – {NAME|Wendy Tse}\nProbation – apologies"),
    (P, "From the chronology: 'Worker attempted to call {NAME|Tayla} on {PHONE|07700 900 099}. Number unobtainable. Mum says {NAME|Tayla} has a new phone that \"someone gave her\".'"),
    (P, "Mum rang to say thank you to the team. She said the support over the summer has made a real difference and her son is back at school."),
    (P, "Residential log – {ADDRESS|Larch House}\n19:00 {NAME|Kacey} on phone in garden, agitated.\n19:20 Taxi arrived unbooked. Staff ({NAME|Mo}) spoke to driver who said it was booked by 'Uncle {NAME|Sam}'. Taxi sent away.\n19:40 {NAME|Kacey} went to her room."),
    (P, "Strategy discussion held by phone. Participants: social work, police, health. Agreed no further action under section 47; single agency response from school."),
    (P, "Handwritten note scanned to file: 'if anyone asks i was at {NAME|Destiny}s all weekend' – found in {NAME|Kiera}'s school bag by her mum."),
    (P, "Subject: URGENT – {NAME|Mason Reilly} DOB {DATE_OF_BIRTH|01/03/2010}\n\n{NAME|Mason} was found in a trap house in Swansea this morning by South Wales Police. Can someone from EDT call PS {NAME|Ieuan Lloyd} on {PHONE|029 2018 0444}?"),
    (P, "Health visitor handover: no concerns. Family engaging. Baby thriving. Closed to universal service."),
    (P, "Note of strategy: police confirm {NAME|Dean Sutcliffe}'s vehicle seen on ANPR in Keswick, Penrith and Carlisle on the dates {NAME|Holly-Mae} was missing."),
    (P, "MACE minutes\nYP discussed: {NAME|RK} (14), {NAME|JS} (15), {NAME|TO} (15), {NAME|AM} (16)\nCommon link: all attend the same youth boxing club and have been seen with {NAME|Marley Stokes} (22)."),
    (P, "Return home interview completed by independent provider. Young person said she went missing because of an argument about her phone. No exploitation indicators identified. No further action."),
    (P, "Hello {NAME|Fatou},\nThank you for attending the review. I have passed your new address, {ADDRESS|33 Mafeking Road}, {POSTCODE|E15 4RB}, to the school and GP.\nKind regards\n{NAME|Jon}"),
]

# ---------------------------------------------------------------------------
# Practitioners, part 7 (health, intelligence and contact-heavy records)
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Email received from the young person's own account {EMAIL|kaylzbaby07 [at] hotmail [dot] co [dot] uk} – she asks for her worker {NAME|Gemma Rhodes} to call her after 4."),
    (P, "School nurse record\nPupil: {NAME|Seren Powell}\nDOB: {DATE_OF_BIRTH|27/06/2010}\nNHS: {NHS_NUMBER|938-552-0417}\nSchool: {SCHOOL|Ysgol Gyfun Cwm Taf}\nNotes: attended with friend {NAME|Lowri}. Disclosed being sent explicit images by an adult via Snapchat ({HANDLE|dai.boyo88})."),
    (P, "Intelligence report\nSubject's profile: {URL|https://www.facebook.com/people/Wayne-Stott/1000857341}\nSubject posts adverts for 'easy money' aimed at teenagers. Friends list includes at least 11 pupils from {SCHOOL|Copley High}."),
    (P, "Chronology\n14/03 – {NAME|Aleksander} (DOB {DATE_OF_BIRTH|05/01/2009}) reported missing from {ADDRESS|Elm Lodge}.\n15/03 – located at {ADDRESS|17 Cleethorpe Road}, Grimsby {POSTCODE|DN31 3HT}, with two adult males.\n16/03 – returned; RHI completed by {NAME|Yvonne}."),
    (P, "Hi {NAME|Tunde},\n\nPlease can you add the following to the MACE list for Thursday:\n- {NAME|Olamide Bakare}, 15, {SCHOOL|Kingsbridge Academy}\n- {NAME|Reuben Asare}, 14, {SCHOOL|Kingsbridge Academy}\nBoth seen with {NAME|Big Tee} at the chicken shop.\n\nCheers\n{NAME|Maxine}"),
    (P, "YP disclosed her TikTok account is {URL|tiktok.com/@jessxo.2010} and that an older man, {HANDLE|@realest_g_77}, sends her money via gift cards."),
    (P, "Discharge summary\nPatient: {NAME|Thomas Ellery}\nNHS No: {NHS_NUMBER|4506671293}\nDOB: {DATE_OF_BIRTH|18-04-2009}\nAdmitted following a stab wound to the thigh. Patient would not say how it happened. Police informed. Safeguarding team contact: {NAME|Nicky Parr}."),
    (P, "Good afternoon,\nI am writing on behalf of Mrs {NAME|Hussein} regarding her daughter {NAME|Ilhan}. Mrs {NAME|Hussein} can be contacted via her nephew {NAME|Abdullahi} on {PHONE|0116 496 0381}.\nKind regards,\n{NAME|Ruth Ogden}, Family Hub"),
    (P, "RHI\nName: {NAME|Brooke Tasker}\nWhere were you?: 'at {NAME|Mikayla}s nan's'\nWho were you with?: {NAME|Mikayla}, {NAME|Deon}, '{NAME|Spider}'\nDid anyone give you anything?: 'a vape and a lift'\nWould you like to talk to someone?: no"),
    (P, "Core group minutes\nPresent: {NAME|Carla Mendes} (SW), {NAME|Patrick Devine} (YOS), {NAME|Anne-Marie} (Mum), {NAME|Summer} (YP)\n{NAME|Summer} was clear she does not want to go back to {SCHOOL|Brookvale}. {NAME|Patrick} to explore a place at the {SCHOOL|Bridge Centre}."),
    (P, "From: {EMAIL|darren.w@northdale-pcc.org.uk}\nHi {NAME|Claire}, DC {NAME|Whelan} here – our intel lead has asked for {NAME|Jordan}'s phone details. Last number we hold is {PHONE|07700 900 046}. Do you have anything newer?\n{NAME|Darren}"),
    (P, "Self-referral via website\nName: {NAME|Keisha Morgan-Ellis}\nAge: 16\nPostcode: {POSTCODE|BS5 9AW}\nContact: {EMAIL|keish.me.x@icloud.com}\nWhat would you like help with?: 'my ex wont stop turning up at my house'"),
    (P, "Strategy discussion\nChild: {NAME|Vitalie Rusu}, DOB {DATE_OF_BIRTH|22.08.2008}\nAddress: {ADDRESS|Flat 4, 210 Lozells Road}, Birmingham {POSTCODE|B19 2TP}\nPolice: {NAME|Vitalie} found working in a hand car wash; employer {NAME|Gheorghe} claims he is 19."),
    (P, "Text message log\n16:02 from {NAME|Caitlin}: 'can u pick me up im at the retail park'\n16:05 worker: 'which bit?'\n16:11 from {NAME|Caitlin}: 'outside next'\n16:30 worker collected {NAME|Caitlin} and took her back to {ADDRESS|Rowan Lodge}."),
    (P, "Youth service note\nLads in the session were talking about a Discord server run by {HANDLE|GhostDealer#7781}. {NAME|Kian} and {NAME|Lewis B} said they had been offered £100 to 'hold a parcel'."),
    (P, "MARAC\nVictim: {NAME|Chelsea Boyd}\nDOB: {DATE_OF_BIRTH|30 November 2006}\nPerpetrator: {NAME|Aaron Fitch}\nCurrent address: refuge – not to be shared\nPrevious address: {ADDRESS|6 Primrose Bank}, Oldham {POSTCODE|OL8 1QE}"),
    (P, "Hi {NAME|Deb}, {NAME|Kaylan}'s mum's mobile is {PHONE|o7700 900 seven one two} – she spells it out like that in texts because she thinks someone reads her phone. {NAME|Jo}"),
    (P, "Looked after review\nChild: {NAME|Anh Tran}\nNHS number: {NHS_NUMBER|401 117 9928}\nPlacement: {ADDRESS|Kingfisher House}\nHe has started at {SCHOOL|Lowfield College} and is learning English. He told his IRO, {NAME|Bernadette Quinn}, that he still gets calls from the people who brought him here."),
    (P, "Police intelligence: {NAME|Shakira Dunne} (17) is believed to be recruiting younger girls for parties at {ADDRESS|Apartment 1204, Skyline Tower}. Account used: {HANDLE|@shakz.vip}."),
    (P, "Dear Mr {NAME|Aziz},\nPlease can you ensure that only {NAME|Hayley Tranter} and Nan collect {NAME|Finley} from school. His father, {NAME|Craig Tranter}, is not permitted to collect.\nThanks,\n{NAME|Rosie} (SW)"),
    (P, "Note: the young person asked whether Snapchat can see deleted messages. Worker explained how to report and block, and gave her the Report Remove information from Childline and the IWF."),
    (P, "Chair's summary: the partnership will pilot a trauma-informed approach to missing episodes in the north locality from September, with evaluation by the university."),
]

# ---------------------------------------------------------------------------
# Extra hard negatives (both styles): hospitals, clubs, TV, public figures,
# helplines with their public numbers, and name-words used as words
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "the only ray of sunshine round here is the youth club, when its shut theres nothing"),
    (Y, "we stay out till dawn sometimes cos going home is worse than being out"),
    (Y, "went to alder hey when i got hurt and the nurses were boss, better than the bizzies tbh"),
    (Y, "top boy makes it look cool but its not like that irl, its just being cold and scared all night"),
    (Y, "everyone round here is celtic or rangers and thats what half the fights are aboot"),
    (Y, "marcus rashford did more for kids than the council ever has lol"),
    (Y, "if ur struggling ring childline on 0800 1111 or text shout on 85258, thats what i did"),
    (Y, "lime street at night is bad, fellas offering lads a few quid to carry bags onto the train"),
    (Y, "fortnite n gta all day cos its not safe to go out, me mam wont let me past the chippy"),
    (P, "Young person taken to the Royal Victoria Infirmary by ambulance and seen on Ward 14. Hospital safeguarding team informed. Police attended at the request of staff."),
    (P, "Advised Mum to contact the NSPCC helpline on 0808 800 5000 and to pass any information anonymously to Crimestoppers on 0800 555 111."),
    (P, "Worker accompanied young person to the Everton in the Community session at Goodison. He enjoyed it and wants to go back next week."),
    (P, "Mum disclosed that she was frightened in the early hours and called 999. Officers arrived at dawn and took a statement. No arrests."),
    (P, "Young person said he had been 'grafting' since he was 13 and described it as 'just like Top Boy'. Worker used this to talk about the reality of debt bondage."),
    (P, "Strategy meeting held at the Civic Centre. The Director of Children's Services attended for the first item. Minutes to follow via the Business Support inbox."),
    (P, "Police welfare check at 02:15 at the family home; young person present and safe. Words of advice given to the older sibling. Will be reviewed at the daily risk meeting."),
    (P, "The young person's Xbox and PlayStation accounts were discussed. Parental controls explained. Mum to ask EE about blocking premium-rate texts."),
]


# ===========================================================================
# Checking and writing
# ===========================================================================
TYPES = ("NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
         "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH")
STYLES = (Y, P)
SEED = 20261211
PREFIX = "ah"
MIN_RECORDS = 320
MIN_CLEAN = 105
STYLE_SHARE = (0.45, 0.55)   # each style must fall in this share of records
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_ah.jsonl")
OUT_README = os.path.join(HERE, "README_set_ah.md")

# Ofcom numbers reserved for drama (national significant number prefixes,
# written with the leading 0).  Digit-only PHONE values must use one.
DRAMA_PREFIXES = ("07700900", "01134960", "01614960", "0163296", "02079460",
                  "01214960", "01414960", "01914980", "01174960", "02920180",
                  "02896496", "01314960", "01514960", "01164960")
POSTCODE_RE = re.compile(r"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")
# Nickname prefixes that sit inside a NAME span but are ordinary words.
NAME_PREFIX_WORDS = {"big", "lil", "little"}


class RecordError(Exception):
    pass


def check_value(typ, val):
    if not val:
        raise RecordError("empty %s value" % typ)
    if val != val.strip():
        raise RecordError("%s value %r has surrounding space" % (typ, val))
    if "\n" in val or "\t" in val:
        raise RecordError("%s value %r contains a newline or tab" % (typ, val))
    first_ok = (val[0].isalnum()
                or (typ == "HANDLE" and val[0] == "@")
                or (typ == "PHONE" and val[0] == "+"))
    if not first_ok:
        raise RecordError("%s value %r starts with punctuation" % (typ, val))
    if not val[-1].isalnum():
        raise RecordError("%s value %r ends with punctuation" % (typ, val))
    digits = re.sub(r"\D", "", val)
    if typ == "PHONE" and re.fullmatch(r"[0-9 +\-]+", val):
        d = "0" + digits[2:] if digits.startswith("44") else digits
        if len(d) != 11 or not d.startswith(DRAMA_PREFIXES):
            raise RecordError("phone %r is not in an Ofcom drama range" % val)
    if typ == "NHS_NUMBER":
        if not re.fullmatch(r"[0-9][0-9 \-]*[0-9]", val) or len(digits) != 10:
            raise RecordError("NHS number %r is not ten digits" % val)
    if typ == "POSTCODE" and not POSTCODE_RE.match(val):
        raise RecordError("postcode %r is not well formed" % val)
    if typ == "EMAIL" and not ("@" in val or "(at)" in val.lower()
                               or "[at]" in val.lower()):
        raise RecordError("e-mail %r has no @ / (at)" % val)


def parse(marked):
    """Strip {TYPE|value} markers; return plain text and code-point spans."""
    out = []
    spans = []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == "{":
            j = marked.find("}", i + 1)
            if j < 0:
                raise RecordError("unclosed '{' at %d" % i)
            inner = marked[i + 1:j]
            if "{" in inner:
                raise RecordError("nested or unbalanced '{' near %r" % inner[:40])
            if inner.count("|") != 1:
                raise RecordError("marker needs exactly one '|': %r" % inner)
            typ, val = inner.split("|")
            if typ not in TYPES:
                raise RecordError("unknown type %r" % typ)
            check_value(typ, val)
            out.append(val)
            spans.append({"start": pos, "end": pos + len(val), "type": typ})
            pos += len(val)
            i = j + 1
        elif c == "}":
            raise RecordError("stray '}' at %d" % i)
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans


def check_boundaries(plain, spans):
    for s in spans:
        a, b, t = s["start"], s["end"], s["type"]
        if a > 0:
            prev = plain[a - 1]
            if prev.isalnum() or prev in "@_":
                raise RecordError("%s span %r does not start on a word boundary"
                                  % (t, plain[a:b]))
        if b < len(plain):
            nxt = plain[b]
            if nxt.isalnum() or nxt in "@_":
                # a possessive written without an apostrophe ("Reece}s brother")
                possessive = (t == "NAME" and nxt == "s"
                              and (b + 1 == len(plain)
                                   or not plain[b + 1].isalnum()))
                if not possessive:
                    raise RecordError("%s span %r does not end on a word boundary"
                                      % (t, plain[a:b]))
    for s1, s2 in zip(spans, spans[1:]):
        if s2["start"] < s1["end"]:
            raise RecordError("overlapping spans")


def check_every_mention(plain, spans):
    """A word of a labelled NAME must not also appear unlabelled (same case)."""
    covered = [False] * len(plain)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    for s in spans:
        if s["type"] != "NAME":
            continue
        for tok in re.findall(r"\w+(?:'\w+)?", plain[s["start"]:s["end"]]):
            if len(tok) < 2 or tok.lower() in NAME_PREFIX_WORDS:
                continue
            pat = r"(?<!\w)" + re.escape(tok) + r"(?![\w'])"
            for m in re.finditer(pat, plain):
                if not covered[m.start()]:
                    raise RecordError("name %r also occurs unlabelled" % tok)


def build():
    errors = []
    items = []
    seen_marked = {}
    seen_plain = {}
    for idx, rec in enumerate(RECORDS, 1):
        where = "record %d" % idx
        try:
            if not (isinstance(rec, tuple) and len(rec) == 2):
                raise RecordError("not a (style, text) pair")
            style, marked = rec
            where += " (%s)" % marked[:50].replace("\n", " ")
            if style not in STYLES:
                raise RecordError("unknown style %r" % style)
            if marked != marked.strip():
                raise RecordError("text has leading/trailing space")
            plain, spans = parse(marked)
            check_boundaries(plain, spans)
            check_every_mention(plain, spans)
            if marked in seen_marked:
                raise RecordError("duplicate of record %d" % seen_marked[marked])
            if plain in seen_plain:
                raise RecordError("same text as record %d" % seen_plain[plain])
            seen_marked[marked] = idx
            seen_plain[plain] = idx
            items.append({"style": style, "text": plain, "spans": spans})
        except RecordError as e:
            errors.append("%s: %s" % (where, e))

    total = len(items)
    clean = sum(1 for it in items if not it["spans"])
    style_counts = Counter(it["style"] for it in items)
    type_counts = Counter(s["type"] for it in items for s in it["spans"])
    if not errors:
        if total < MIN_RECORDS:
            errors.append("only %d records (need %d)" % (total, MIN_RECORDS))
        if clean < MIN_CLEAN:
            errors.append("only %d clean records (need %d)" % (clean, MIN_CLEAN))
        for st in STYLES:
            share = style_counts[st] / total if total else 0
            if not STYLE_SHARE[0] <= share <= STYLE_SHARE[1]:
                errors.append("style %s is %.1f%% of records" % (st, 100 * share))
        for t in TYPES:
            if not type_counts[t]:
                errors.append("type %s never occurs" % t)
    return items, errors


def readme_text(items):
    total = len(items)
    clean = sum(1 for it in items if not it["spans"])
    by_style = Counter(it["style"] for it in items)
    clean_by_style = Counter(it["style"] for it in items if not it["spans"])
    spans_by_type = Counter(s["type"] for it in items for s in it["spans"])
    recs_by_type = Counter(t for it in items
                           for t in {s["type"] for s in it["spans"]})
    by_type_style = Counter((it["style"], s["type"])
                            for it in items for s in it["spans"])
    multiline = sum(1 for it in items if "\n" in it["text"])
    n_spans = sum(spans_by_type.values())

    L = []
    L.append("# Evaluation set AH – de-identification of safeguarding free text")
    L.append("")
    L.append("## Who wrote it")
    L.append("")
    L.append("Written by an independent helper asked to produce a held-out test set for a "
             "text de-identifier used in a UK child-exploitation partnership's consultation "
             "system. The author saw no code, tool, training data, README or other evaluation "
             "set for the de-identifier, and did not run it.")
    L.append("")
    L.append("## How it was built")
    L.append("")
    L.append("* Every record was written by hand, one at a time, from general knowledge of how "
             "young people and front-line practitioners write. No templates, generators, name "
             "lists, substitution loops, NLP libraries, web search or web pages were used.")
    L.append("* Records live in `build.py` as `(style, text)` pairs with identifiers marked "
             "inline as `{TYPE|value}`.")
    L.append("* `python3 build.py` checks that markers are balanced and well formed, types are "
             "known, values are non-empty with no surrounding space or punctuation, spans sit "
             "on word boundaries (a possessive written without an apostrophe, e.g. "
             "`{NAME|Reece}s brother`, is the one allowed exception), no word of a labelled name "
             "also appears unlabelled in the same record, digit-only phone numbers fall in "
             "Ofcom drama ranges, NHS numbers have ten digits, postcodes are well formed, every "
             "record is unique, there are at least %d records and at least %d clean ones, each "
             "style is %d–%d%% of the set and every type occurs. Only when all checks pass does "
             "it write `set_ah.jsonl` and this README. `python3 build.py --check` only checks."
             % (MIN_RECORDS, MIN_CLEAN, int(STYLE_SHARE[0] * 100), int(STYLE_SHARE[1] * 100)))
    L.append("* Records are shuffled with `random.Random(%d)` and numbered %s0001, %s0002, ..."
             % (SEED, PREFIX, PREFIX))
    L.append("* All people, phone numbers, e-mails, handles, URLs, addresses, postcodes, schools "
             "and NHS numbers are invented. Phone numbers use Ofcom drama ranges (07700 900xxx, "
             "0113 496 0xxx, 0161 496 0xxx, 0121 496 0xxx, 0116 496 0xxx, 020 7946 0xxx, "
             "01632 960xxx, 028 9649 6xxx, 029 2018 0xxx). NHS numbers are made up. No real person is "
             "described. Public figures, brands, towns, districts, stations, parks, charities "
             "and helplines with their public numbers are real-world context only.")
    L.append("")
    L.append("## Format")
    L.append("")
    L.append("`set_ah.jsonl`, UTF-8, one JSON object per line:")
    L.append("")
    L.append("```")
    L.append('{"id": "ah0001", "style": "young_person", "text": "...", '
             '"spans": [{"start": 12, "end": 17, "type": "NAME"}]}')
    L.append("```")
    L.append("")
    L.append("Offsets are Unicode code points into `text` (markers removed), `end` exclusive. "
             "Some practitioner texts contain literal newlines (%d records). Texts include "
             "non-ASCII letters (e.g. Oisín, Zielińska) and emoji." % multiline)
    L.append("")
    L.append("## Styles")
    L.append("")
    L.append("* `young_person` – answers to survey questions (where do you feel unsafe and why, "
             "who helped you, what should change, anything else) in young people's own voice: "
             "text-speak, slang, misspellings, little punctuation, all lower case or ALL CAPS; "
             "voices from across the UK and Ireland (Scouse, Geordie, Glaswegian, Welsh and "
             "Welsh-language, Belfast, Dublin, Brummie, London/MLE, Yorkshire, Manc, Bristol, "
             "Cornish, Traveller); names from many backgrounds; nicknames (some ordinary words), "
             "lower-case names, names that are also words, names beside verbs, lists of friends, "
             "group chats.")
    L.append("* `practitioner` – case notes, referrals, chronologies, strategy / core group / "
             "MARAC / MACE / TAF / CIN minutes with attendee lists, roles and initials, e-mails "
             "with greetings and sign-offs, police, health, school and youth-work records, "
             "return home interviews, form-style notes with field labels, action logs.")
    L.append("")
    L.append("About a third of the records are clean hard negatives: days, months, brands, shops, "
             "apps, games, towns, districts, parks, stations, public streets, hospitals, "
             "services, charities, helplines with public numbers, agencies and acronyms, job "
             "titles, public places, TV shows, Mum / Nan / the police, and words that are also "
             "names used as words (hope, will, mark, joy, dawn, grace, frank, summer, river, "
             "rose, bill, sunny, faith, may, june, ray, pat, sky).")
    L.append("")
    L.append("## Labelling policy")
    L.append("")
    L.append("Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL, NHS_NUMBER, "
             "DATE_OF_BIRTH.")
    L.append("")
    L.append("* A span covers exactly the identifier, with no surrounding space or punctuation.")
    L.append("* NAME: any private person by full name (one span), first name, surname, nickname "
             "or initials. Titles and kinship words stay outside (`Mr {NAME|Pryce}`, "
             "`uncle {NAME|Teddy}`); a nickname prefix Big/Lil/Little is inside; a possessive "
             "'s stays outside; a possessive without an apostrophe is labelled on the name only "
             "(`{NAME|Reece}s brother`). Professionals named in notes are private people and are "
             "labelled. Every mention of a private name is labelled, not just the first.")
    L.append("* Not labelled: public figures, brands, shops, pubs, clubs, towns, districts, parks, "
             "landmarks, hospitals and wards, churches, services, charities and helplines with "
             "their public numbers, job titles, Mum/Dad/Nan, reference numbers.")
    L.append("* A name inside a URL, handle or e-mail is covered by that span only.")
    L.append("* PHONE: UK numbers, including obfuscated ones (spaces, letters O/l for 0/1, words).")
    L.append("* EMAIL: including \"(at)\" / \"[dot]\" forms.")
    L.append("* POSTCODE: a postcode on its own span, separate from the address.")
    L.append("* ADDRESS: house number + street, flat / block, a street where someone lives even "
             "without a number, a named estate where someone lives (the estate's name; a trailing "
             "lower-case \"estate\" is left outside), a named children's home (the home's name; a "
             "following \"children's home\" is left outside), a Traveller site pitch. The town "
             "and postcode are not part of the ADDRESS span.")
    L.append("* SCHOOL: named schools, academies, colleges, PRUs, including short forms; an "
             "unnamed \"the pru\" or \"college\" is not labelled.")
    L.append("* HANDLE: social and gaming names and Discord tags, with a leading @ when written.")
    L.append("* URL: links to a private person's page or profile.")
    L.append("* NHS_NUMBER: ten-digit NHS numbers in any spacing.")
    L.append("* DATE_OF_BIRTH: only dates of birth; ordinary dates are left unlabelled.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| | records | clean | with identifiers |")
    L.append("|---|---:|---:|---:|")
    for st in STYLES:
        L.append("| %s | %d | %d | %d |" % (st, by_style[st], clean_by_style[st],
                                           by_style[st] - clean_by_style[st]))
    L.append("| **total** | **%d** | **%d** | **%d** |" % (total, clean, total - clean))
    L.append("")
    L.append("| type | spans | records containing | young_person spans | practitioner spans |")
    L.append("|---|---:|---:|---:|---:|")
    for t in TYPES:
        L.append("| %s | %d | %d | %d | %d |" % (t, spans_by_type[t], recs_by_type[t],
                                               by_type_style[(Y, t)], by_type_style[(P, t)]))
    L.append("| **all** | **%d** | | **%d** | **%d** |"
             % (n_spans, sum(v for (s, _), v in by_type_style.items() if s == Y),
                sum(v for (s, _), v in by_type_style.items() if s == P)))
    L.append("")
    return "\n".join(L) + "\n"


def main(argv):
    check_only = "--check" in argv[1:]
    items, errors = build()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    total = len(items)
    clean = sum(1 for it in items if not it["spans"])
    types = Counter(s["type"] for it in items for s in it["spans"])
    styles = Counter(it["style"] for it in items)
    print("OK: %d records, %d clean; styles %s" % (total, clean, dict(styles)))
    print("spans by type: " + ", ".join("%s=%d" % (t, types[t]) for t in TYPES))
    if check_only:
        print("--check: nothing written.")
        return 0
    rng = random.Random(SEED)
    shuffled = list(items)
    rng.shuffle(shuffled)
    with open(OUT_JSONL, "w", encoding="utf-8", newline="\n") as f:
        for n, it in enumerate(shuffled, 1):
            row = {"id": "%s%04d" % (PREFIX, n), "style": it["style"],
                   "text": it["text"], "spans": it["spans"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT_README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text(shuffled))
    print("wrote %s and %s" % (OUT_JSONL, OUT_README))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
