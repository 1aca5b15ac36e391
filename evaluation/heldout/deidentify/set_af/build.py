#!/usr/bin/env python3
"""Build the hand-written evaluation set set_af for a de-identifier.

Every record is held below as (style, text) with identifiers marked inline
as {TYPE|value}.  `python3 build.py` checks everything and, only if every
check passes, writes set_af.jsonl and README_set_af.md.  `python3 build.py
--check` only runs the checks.

Python 3 standard library only.
"""

import collections
import json
import os
import random
import re
import sys

Y = "young_person"
P = "practitioner"

TYPES = (
    "NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
    "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH",
)

SEED = 20261220
PREFIX = "af"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_af.jsonl")
OUT_README = os.path.join(HERE, "README_set_af.md")

RECORDS = [
# ---------------------------------------------------------------------------
# young_person: survey answers with identifiers
# ---------------------------------------------------------------------------
(Y, "i feel unsafe round the back of the leisure centre cos {NAME|Kyle} and his mates hang there and take ur stuff"),
(Y, "WHEN I GO TO MY DADS {NAME|TONY} IS ALWAYS THERE AND HE SHOUTS AT ME AND MY BROTHER"),
(Y, "my social worker {NAME|Priya} helped me the most she actually listens n dont judge"),
(Y, "dont feel safe at the bus station at nite, {NAME|Big Dre} and that lot are always there tryna get younger ones to run for them"),
(Y, "Nobody helped me except my Nan and Mrs {NAME|Okafor} from the learning support base"),
(Y, "the lads from {SCHOOL|Hollybrook Academy} wait outside our gates sometimes and start on people"),
(Y, "there was this man called {NAME|Daz} who kept giving me lifts and vapes, he give me his number {PHONE|07700 900417} and said ring him whenever"),
(Y, "{NAME|aoife} is the only one who gets it. her and {NAME|Siobhan} from youth club"),
(Y, "our kid {NAME|Jordan} got me out of it la, he told me ma and she rang the bizzies"),
(Y, "the metro at night is proper scary man specially when {NAME|Tommo} and his lot get on at the coast end"),
(Y, "am no feelin safe up the scheme at night, {NAME|Stevie} and his pals are aye hingin aboot the shops wi their dugs"),
(Y, "i go to {SCHOOL|Ysgol Glan Morfa} and there's boys from town who come up on bikes, one of them is called {NAME|Rhodri} i think"),
(Y, "the lads up the entry are wile dangerous so they are, {NAME|Ciaran} got a hidin there on saturday"),
(Y, "me and {NAME|Tayyab} dont go down the cut no more after what happened, its bare dodgy"),
(Y, "man like {NAME|Kwame} helped me fr, hes my youth worker at the hub. no cap he saved me"),
(Y, "were nowt to do round ours so we went to {NAME|Jodie}s house and her stepdad were giving us drink and that"),
(Y, "me mate {NAME|Leah} got added by some random on snap {HANDLE|rico_m16} who said hes 17 but hes deffo older"),
(Y, "town is alright in the day but at night its gert sketchy, {NAME|Marley} got jumped by the fountain"),
(Y, "tis proper quiet in the village but {NAME|Jago}s older brother sells to kids at the bus shelter"),
(Y, "my cousin {NAME|Mikey Ward} looks out for me at school cos the other lads call us names for being travellers"),
(Y, "{NAME|Hodan} and {NAME|Ayaan} walk home with me cos of the men outside the off licence"),
(Y, "i work in nail shop after school for my uncle friend {NAME|Minh}, i dont get money he say i owe for the travel"),
(Y, "{NAME|Denisa} my sister she speak english better she help me with this form"),
(Y, "{NAME|Wei Chen} in my class posts stuff about me in the group chat and everyone laughs"),
(Y, "Mr {NAME|Haddad} helped me when i finally told him. he didnt make a big thing of it which i liked"),
(Y, "my auntie {NAME|Marcia} lets me stay at hers when its bad at home, she lives on {ADDRESS|Clarendon Road} so its not far"),
(Y, "{NAME|Kacper} and {NAME|Oskar} from {SCHOOL|Thornbury High} keep threatening me on insta"),
(Y, "{NAME|Chiamaka} told the teacher for me because i was too scared to say it myself"),
(Y, "i feel safe at church and with pastor {NAME|Kofi}"),
(Y, "my brother {NAME|Imran} checks my phone and wont let me go out unless hes with me"),
(Y, "{NAME|ZUZANNA} IS MY BEST MATE SHE KNOWS EVERYTHING AND SHE NEVER TELLS"),
(Y, "theres a lad they call {NAME|Biscuit} who gives free weed to year 9s then says you owe him"),
(Y, "{NAME|Lil T} said if i dont do the drop hes gonna tell my mum what i did"),
(Y, "{NAME|Little Mikey} got stabbed near the chippy last summer and no one did nothing"),
(Y, "{NAME|Young Deano} runs the line from here to blackpool everyone knows it"),
(Y, "{NAME|Hope} my key worker is sound, she got me into the boxing gym"),
(Y, "me and {NAME|Summer} go to the park after school but we leave before it gets dark now"),
(Y, "{NAME|River} is my little brother and i worry about him more than me"),
(Y, "a lad called {NAME|Chase} from the flats keeps messaging me saying he can get me money quick"),
(Y, "they call him {NAME|King} on the roads but his real name is {NAME|Dwayne}"),
(Y, "i dont talk to {NAME|jade} anymore she set me up"),
(Y, "{NAME|Ruby} and {NAME|Faith} are my safe people"),
(Y, "my foster carer {NAME|Dawn} is the best thing thats happened to me"),
(Y, "{NAME|will} from football walks me to the bus stop after training"),
(Y, "{NAME|Frank} at the boxing club said i can go there any time its open"),
(Y, "{NAME|sky} told me about the parties at the flat but i never went"),
(Y, "{NAME|Amber}'s mum drives us home from netball so thats safe"),
(Y, "{NAME|APRIL} AND {NAME|JUNE} ARE TWINS IN MY YEAR AND THEY LOOK OUT FOR ME"),
(Y, "i go round {NAME|Kayden}'s flat but theres always older men there i dont know"),
(Y, "he said text him on {PHONE|O77OO 9OO 233} and delete the messages after"),
(Y, "his number is {PHONE|oh seven seven oh oh nine oh oh five eight one} i wrote it in words so my mum dont see"),
(Y, "my email is {EMAIL|skyebaby2009@hotmail.co.uk} if you need to get me"),
(Y, "i live at {ADDRESS|22 Fairfield Close} {POSTCODE|M11 3QP} with my mum and 3 brothers"),
(Y, "we live on the {ADDRESS|Hillside} estate and its full of dealers at night"),
(Y, "my birthday is {DATE_OF_BIRTH|3rd april 2010} and they said id get a new phone for it if i did one more run"),
(Y, "add me on snap {HANDLE|@ellz.xo} if u want to ask anything else"),
(Y, "this is the account thats been posting pics of me {URL|https://www.tiktok.com/@x.kenz1e}"),
(Y, "he games with me on xbox his name on there is {HANDLE|VoidWalker4427} and he keeps asking where i live"),
(Y, "discord - {HANDLE|nightfox#0427} he said he was 14 but his voice is a mans"),
(Y, "SOMEONE MADE A FAKE PAGE OF ME {URL|instagram.com/leonie.exposed} AND NOBODY WILL TAKE IT DOWN"),
(Y, "naebody helped me tae be honest, except {NAME|Eilidh} fae the youth project"),
(Y, "{NAME|Mairi} and {NAME|Ruaridh} are my pals and they came tae the polis wi me"),
(Y, "Mrs {NAME|Pritchard} in {SCHOOL|Ysgol Bro Dyfed} is the only teacher i trust"),
(Y, "{NAME|Gethin} and {NAME|Cerys} stuck up for me when them boys were filming me at the park"),
(Y, "it aint safe round the Bull Ring late but {NAME|Jaz} reckons its fine, shes always there"),
(Y, "{NAME|Kieran}s da gave us tabs and said divvent tell ya mam"),
(Y, "me ma's fella {NAME|Gaz} is sound but his mates give me the ick"),
(Y, "{NAME|Tobi} got me into it, said its easy p's just go OT for a couple days"),
(Y, "nah fam {NAME|Skeng} aint his real name lol everyone knows its {NAME|Marcus}"),
(Y, "{NAME|Shanice} and {NAME|Demi-Leigh} from {SCHOOL|St Anselm's} made a group chat just to chat about me"),
(Y, "our {NAME|Kelsey} walked me home from the arndale cos some fellas were following me"),
(Y, "{NAME|Callum}s cousin lives on {ADDRESS|Grange Avenue} and thats where they all go to smoke"),
(Y, "me and {NAME|Orla} got lifted by the peelers but they were decent enough tbf"),
(Y, "{NAME|Johnny-Joe} me cousin keeps an eye on me, were on {ADDRESS|pitch 9} up at the site"),
(Y, "{NAME|Florin} from my street he take my bike and say he will hurt my brother"),
(Y, "{NAME|Abdirahman} and {NAME|Mahad} tell me to keep things in my bag for them"),
(Y, "{NAME|Yousef} is my friend he translate for me to the police"),
(Y, "my nana {NAME|Pearl} is who i go to, she prays for me every night"),
(Y, "{NAME|Thanh} say i must stay in the house and water the plants and never go out"),
(Y, "{NAME|Xiaoling} helped me when i got lost in the city and my phone was dead"),
(Y, "{NAME|Zainab}s brother told everyone what happened and now i cant go to mosque"),
(Y, "{NAME|Harpreet} my mentor at school checks in every morning"),
(Y, "{NAME|Rahim} from the corner shop let me wait inside when they were chasing me"),
(Y, "{NAME|kyle robinson} keeps following me home from school"),
(Y, "{NAME|DANIEL MCBRIDE} HIT ME AND NOBODY BELIEVED ME"),
(Y, "i was at {NAME|tyler}'s when the police came"),
(Y, "{NAME|Vlad} is older and he picks us up in his car from outside school"),
(Y, "{NAME|Oluwaseun} (we call him {NAME|Seun}) is my big brother and he kept me safe"),
(Y, "my form tutor Miss {NAME|Begum} noticed i was off and asked me"),
(Y, "miss {NAME|T} at the pru is alright actually"),
(Y, "im 14, born {DATE_OF_BIRTH|09/11/2010}, and i been going missing since i was 12"),
(Y, "my address is {ADDRESS|flat 6 beckett house} {POSTCODE|LS9 8DF} please dont send letters there"),
(Y, "{NAME|Aaliyah} and me got picked up outside {SCHOOL|Broadfield College} by men in a black audi"),
(Y, "the account is {HANDLE|@tinytay.x0} on insta and there's another one on tiktok"),
(Y, "im on snap as {HANDLE|jayjay.b_09}"),
(Y, "{HANDLE|@mandem_mo} keeps sending me videos of people getting shanked"),
(Y, "his youtube is {URL|youtube.com/@drillkid_ox} and u can see him with the knife in the video"),
(Y, "message me on discord {HANDLE|lunarmoth#8812} i dont like talking on the phone"),
(Y, "u can email me on {EMAIL|tillym2010 (at) gmail [dot] com} i check it sometimes"),
(Y, "the number that keeps ringing me at night is {PHONE|0 7 7 0 0 9 0 0 3 4 6}"),
(Y, "he rings off {PHONE|07700900652} every night asking where i am"),
(Y, "mr {NAME|doherty} the pe teacher at {SCHOOL|st columbas} is the one i told first"),
(Y, "{NAME|Precious} is my key worker at the unit she is lovely"),
(Y, "{NAME|Blessing} and {NAME|Favour} came with me to see the nurse"),
(Y, "{NAME|Tiago} my stepbrother brings people back to the house when mum is on nights"),
(Y, "{NAME|Aleksandra} from {SCHOOL|Westgate College} got me the job at the car wash"),
(Y, "the man at the car wash {NAME|Arben} said i could make 50 a day cash in hand"),
(Y, "{NAME|PADDY} AND {NAME|KEZIA} ARE MY COUSINS AND WE LOOK AFTER EACH OTHER"),
(Y, "{NAME|Dylan}s mum lets us stay out as late as we want"),
(Y, "{NAME|Rhiannon} said she'd come to the meeting with me if i want"),
(Y, "{NAME|Iolo} and {NAME|Dafydd} get the train to cardiff with a bag and come back with money"),
(Y, "{NAME|Siân} yw fy ffrind gorau, she helped me tell mam"),
(Y, "{NAME|niamh} and {NAME|caoimhe} and me walk together always never on our own"),
(Y, "the fella {NAME|Seán} who drives the taxi gives us free rides but then says we owe him"),
(Y, "{NAME|Catriona} the guidance teacher at {SCHOOL|Craigmount} is pure guid"),
(Y, "{NAME|Lachlan} and {NAME|Hamish} fae up the road got us intae the party"),
(Y, "{NAME|Nkechi} and {NAME|Emeka} are my cousins they pray with me"),
(Y, "me n {NAME|Fatou} got followed from the station by a man in a grey hoodie"),
(Y, "{NAME|Hamza} told me if i dont hold the phone for him ill get hurt"),
(Y, "{NAME|Layla} and {NAME|Nour} are the only ones who know"),
(Y, "{NAME|Anh} and {NAME|Tuan} work in the kitchen with me they are scared as well"),
(Y, "{NAME|Dominik} from year 11 sells vapes out his bag"),
(Y, "{NAME|Marius} and {NAME|Ionut} said they would find me a job in london"),
(Y, "{NAME|Delroy} my step dad is strict but i feel safe with him"),
(Y, "they call him {NAME|Tank} cos hes massive, he stands outside the chicken shop"),
(Y, "{NAME|Smudge} and {NAME|Ghost} are the ones who gave me the bag"),
(Y, "everyone calls him {NAME|Pepsi} i dont know his real name"),
(Y, "{NAME|peanut} is 19 and she keeps inviting year 8s to her flat"),
(Y, "{NAME|BIG JAY} OWNS THE FLAT WHERE IT ALL HAPPENS"),
(Y, "{NAME|Reece}s brother drives the car that picks us up"),
(Y, "{NAME|Kai}, {NAME|Nathaniel} and {NAME|Tyreece} all got arrested at the same time"),
(Y, "Mr {NAME|Singh} the bus driver tells them to get off when they start on me"),
(Y, "i text {NAME|Bex} every night so she knows im home"),
(Y, "my mum {NAME|Joanne} doesnt know and i dont want her to"),
(Y, "{NAME|Grace} from the youth bus gave me a number to ring that wasnt the police"),
(Y, "{NAME|Mark} the PCSO is alright he knows us all"),
(Y, "{NAME|Joy} my nan's friend lets me sleep at hers"),
(Y, "{NAME|Pat} and {NAME|Sue} are my foster carers and they are strict but fair"),
(Y, "{NAME|Bill} at the allotments lets me help out on sundays"),
(Y, "{NAME|Jack} and his older brother {NAME|Kenzo} are the ones you need to watch"),
(Y, "{NAME|Hunter} messaged me saying he'd pay for my nails if i met his mate"),
(Y, "{NAME|May} my sister is 19 she lets me stay when mum kicks me out"),
(Y, "{NAME|Rose} at the drop in is the best she always has toast"),
(Y, "IM AT {ADDRESS|14 KIRKSTALL TERRACE} NOW WITH MY DAD SO DONT GO TO MUMS"),
(Y, "we stay in {ADDRESS|24 Dalmarnock Drive} and the close is aye full of junkies"),
(Y, "i live in {ADDRESS|Beechwood House} childrens home and the staff are ok"),
(Y, "before i was at {ADDRESS|Fernbank} children's home and it was way worse"),
(Y, "mums number is {PHONE|0113 496 0518} if u need to speak to her"),
(Y, "ring me on {PHONE|07700 900 782} not my mum"),
(Y, "my nhs number is on my card its {NHS_NUMBER|621 448 9073}"),
(Y, "{NAME|Ellie-Mae}'s snap is {HANDLE|elliemae.xoxo} and she posts where she is all the time"),
(Y, "facebook {URL|facebook.com/kerry.doyle.5832} thats her mum who lets us drink at theirs"),
(Y, "dob {DATE_OF_BIRTH|12.06.09} i'm in year 10"),
(Y, "Mr {NAME|P} the head of year listened to me properly"),
(Y, "the girl called {NAME|Esme} who lives on {ADDRESS|Hollow Lane} has parties every weekend with adults there"),
(Y, "{NAME|Kyrie} from {SCHOOL|Saltley Brook Academy} got me to carry his bag on the bus"),
(Y, "{NAME|Tamsin} and {NAME|Morwenna} come with me on the bus to {SCHOOL|Penrose Community College} every day so im never alone"),
(Y, "{NAME|Bryn}s boyfriend is 24 and that aint right is it"),
(Y, "{NAME|big shug} gies us bevvy for runnin messages for him"),
(Y, "{NAME|SHAY} KNOWS WHERE I LIVE AND SAYS HE WILL COME ROUND"),
(Y, "i felt safe when {NAME|Nasra} from the women's group came round"),
(Y, "{NAME|Kofi Mensah} from my year took the phone off me and ran"),
(Y, "at {SCHOOL|Moss Lane PRU} the staff are ok but the kids there recruit you"),
(Y, "my nan lives on {ADDRESS|Tudor Way} and its the only place i sleep properly"),
(Y, "ppl keep ringing my mum on {PHONE|07700 900 140} saying i owe them"),
(Y, "{NAME|DESHAWN}S MUM IS ALWAYS OUT SO WE GO THERE"),
(Y, "{NAME|Nasir} and {NAME|Idris} from {SCHOOL|Kingsway} said they'd smash me after school"),
(Y, "ask Mrs {NAME|Oyelaran} she was there when it happened"),
(Y, "the lad with the scooter, they call him {NAME|Scrappy}, he hangs by the station with {NAME|Lil Kez}"),
(Y, "{NAME|Maja} from poland like me she help me when they call me names"),
(Y, "my mate {NAME|Rhys} lives on the {ADDRESS|Penrhys} estate and the police are always there"),
(Y, "my insta is {HANDLE|@_kiki.lou_x} but please dont tell my mum"),
(Y, "{NAME|Tyrell} said he would put me on his story if i snitched, his page is {URL|instagram.com/tyrell.nlg}"),
(Y, "my nan and my granda {NAME|Joe} helped me when naebody else would"),
(Y, "the worst is at {NAME|Leon}s mums flat in {ADDRESS|Ashby House} cos his uncle sells from there"),
(Y, "{NAME|Mihai} and his dad say i must give them my passport to keep it safe"),
(Y, "{NAME|AYESHA K} IN MY FORM KEEPS ME SAFE AT DINNER"),
(Y, "{NAME|Minh Anh} from my english class is the only one i trust"),
(Y, "i rang {NAME|Jonno} when it happened cos he's my mate and he came straight away"),

# ---------------------------------------------------------------------------
# young_person: clean answers (nothing to label)
# ---------------------------------------------------------------------------
(Y, "the park behind tesco is scary at night cos of the older lads on bikes"),
(Y, "nobody really helped me tbh"),
(Y, "i feel safe at home with my mum and my nan"),
(Y, "Childline helped me, i rang 0800 1111 at like 2am and the lady stayed on till i calmed down"),
(Y, "the police were alright i spose, better than i thought"),
(Y, "dont like the bus station on a friday night its always kicking off"),
(Y, "NOTHING ELSE TO SAY"),
(Y, "i just hope things get better for the younger ones on our road"),
(Y, "i will tell someone next time i promise"),
(Y, "youth club on a tuesday is the only place i feel proper safe"),
(Y, "piccadilly gardens at night is grim, people off their heads everywhere"),
(Y, "the camhs lady was nice but the waiting list took ages"),
(Y, "Mum Nan and my sister. thats who helped. nobody else"),
(Y, "i got a mark on my arm from where he grabbed me and school never asked"),
(Y, "in the summer we go down the river and thats where the older ones sell stuff"),
(Y, "the rose garden in the park is where they meet up to do deals"),
(Y, "the shops on the High Street after 9 are bad, lads in balaclavas"),
(Y, "snapchat and tiktok is where it all starts. they add you then they want to meet"),
(Y, "i watch love island with my nan and thats when i feel safest lol"),
(Y, "match days outside the pub by the ground are scary when Man City lose"),
(Y, "my room is painted sky blue and amber and it calms me down"),
(Y, "might go college in september if i pass my english"),
(Y, "they said the pru would be better but its worse there"),
(Y, "i feel safe in the library on a saturday morning"),
(Y, "Kooth is good cos u can talk to someone at night without ringing"),
(Y, "dim byd really, its fine in the village, just boring"),
(Y, "naebody helped me tae be honest"),
(Y, "the polis came roon but they didnae dae much"),
(Y, "IT WAS THE POLICE AND MY SOCIAL WORKER THAT HELPED"),
(Y, "the metro at Monument after dark is canny scary like"),
(Y, "i get jack all help from school"),
(Y, "teachers pay more attention to my hair than me being scared"),
(Y, "WHY DO YOU NEED TO KNOW THIS"),
(Y, "delivery drivers hang about outside mcdonalds and offer girls lifts"),
(Y, "the girls toilets at school cos thats where people vape and fight"),
(Y, "the underpass by the retail park, every single time"),
(Y, "the fearless website helped me report it without giving my name"),
(Y, "nan says the world has gone mad and she might be right"),
(Y, "we went to Blackpool in May and that was the best week ive had"),
(Y, "i dont trust nobody with a lanyard"),
(Y, "on the 2nd of june i went missing for 3 days and no one from school noticed"),
(Y, "Samaritans 116 123 is on the back of the toilet doors at school and i rang them once"),
(Y, "the canal path between the two bridges, theres needles and men just sitting there"),
(Y, "the train to Manchester on a saturday cos theres loads of drunk blokes"),
(Y, "the boxing gym on Canal Street is good cos the coach is strict but fair"),
(Y, "no"),
(Y, "its fine now"),
(Y, "the nurse at the RVI was kind, first person who asked if i was ok"),
(Y, "the Barnardos worker was good, took me for food and actually listened"),
(Y, "i feel safe with my dog"),
(Y, "we need more youth clubs and less police stopping us for nothing"),
(Y, "chase them away they said. as if thats gonna work"),
(Y, "theres a man who sits in a white van by the skatepark every day"),
(Y, "my faith helps me, going to mosque on friday is when i feel calm"),
(Y, "saying grace before tea at my foster placement feels weird but nice"),
(Y, "it was pure joy to be away from it all at the outdoor centre in wales"),
(Y, "he said i was his princess and that made me feel special at first"),
(Y, "the older ones think theyre king of the estate lol"),
(Y, "SKY SPORTS ON IN THE PUB AND ALL THE MEN STARING AT US"),
(Y, "the bill for my phone was 80 quid and they said they would pay it if i held something"),
(Y, "the ruby red car that follows us is the one i told u about"),
(Y, "OK SO BASICALLY THE PARK IS BAD THE SHOP IS BAD THE BUS STOP IS BAD EVERYTHING IS BAD"),
(Y, "when the fair comes to town in april theres loads of older lads from out of town"),
(Y, "i felt safe when i got moved to a placement out of area"),
(Y, "hunter wellies and a barbour, thats how u spot the farmers lads who give us lifts"),
(Y, "the Co-op on the corner is where they grab you"),
(Y, "my PA from leaving care is decent"),
(Y, "A&E at the Royal was the only place that didnt judge me"),
(Y, "crimestoppers aint anonymous round here everybody finds out"),
(Y, "i dont feel unsafe anywhere really"),
(Y, "i text Shout on 85258 when i cant sleep"),
(Y, "the bizzies never come when u ring them la"),
(Y, "its wile quiet in our street but the park is bad so it is"),
(Y, "Cardiff Central at night is rough mun"),
(Y, "town centre on a saturday night is heaving with drunk people and fights"),
(Y, "the bus from town after 10 is the worst cos of who gets on"),
(Y, "our school is alright but the walk home past the flats aint"),
(Y, "i like the police officer who comes to school, she plays football with us"),
(Y, "jus want to be left alone tbh"),
(Y, "my mum and my dad both helped, and my little sister made me a card"),
(Y, "IDK"),
(Y, "n/a"),
(Y, "the car park at the back of Aldi, people sit in cars and wait for kids"),
(Y, "the school nurse and the lady from the sexual health clinic helped me"),
(Y, "i feel unsafe online more than anywhere, people can find you so easy"),
(Y, "Arsenal games on the big screen in the pub, thats when i feel safest cos everyones happy"),
(Y, "mad how nobody noticed for a year"),
(Y, "ta for asking"),
(Y, "dont know who helped, maybe the lady at the front desk at the police station"),
(Y, "the youth workers on the bus were dead nice and gave us hot chocolate"),
(Y, "i'd like a place to go on a sunday thats not the shops or the park"),
(Y, "feel safe when im at my grans in the countryside, nothing happens there"),
(Y, "the Primark toilets is where the older girls take the younger ones to get changed"),
(Y, "got a lot of help from CAMHS in the end but it took too long"),
(Y, "THE BUS STOP OUTSIDE THE HOSPITAL. THERE IS ALWAYS A MAN THERE"),
(Y, "i was scared of the police but the one who took my statement was kind"),
(Y, "the taxi rank by the station late at night"),
(Y, "the teachers at the pru were the first ones to actually care"),
(Y, "grandad used to say keep your chin up and i try to"),
(Y, "i dunno what else to put"),
(Y, "Freshers week at the uni, the students buy us drink"),
(Y, "leaving care team sorted me a flat but its in a bad area"),
(Y, "the Gurdwara is where i feel safe and the langar is lush"),
(Y, "aye the chippy at the bottom of the brae is where they wait"),
(Y, "its gettin better innit"),
(Y, "tell schools to listen when we say something is wrong"),
(Y, "on the site we look after each other, its outside the site that's bad"),
(Y, "eid at my aunties is the only time i feel normal"),

# ---------------------------------------------------------------------------
# practitioner: notes with identifiers
# ---------------------------------------------------------------------------
(P, """Strategy Meeting – Attendees:
{NAME|Helen Marsh} ({NAME|HM}) – Team Manager, CSC (Chair)
DS {NAME|Aaron Kaur} ({NAME|AK}) – Complex Safeguarding Team, GMP
{NAME|Yasmin Farah} ({NAME|YF}) – Named Nurse for Safeguarding
{NAME|Luke Pendle} ({NAME|LP}) – DSL, {SCHOOL|Moorside High School}
Apologies: {NAME|Tom Reilly} (YOT)"""),
(P, """Hi {NAME|Gemma},

Just to let you know {NAME|JD} was found at about 02:30 at Piccadilly station by BTP and has been returned to {ADDRESS|Oak Lodge} children's home. RHI booked for Thursday.

Thanks,
{NAME|Rob Hinds}
Missing from Care Coordinator
{PHONE|0161 496 0732}"""),
(P, """Name: {NAME|Tyler-James Booth}
DOB: {DATE_OF_BIRTH|12/07/2009}
Address: {ADDRESS|14 Ashgrove Road}, Walton, Liverpool {POSTCODE|L4 7XY}
School: {SCHOOL|Walton Park Academy}
NHS No: {NHS_NUMBER|485 777 3456}
GP: Queens Road Surgery"""),
(P, "03/02/2024 – {NAME|KB} reported missing by carers at 22:00. Located 05/02/2024 by PC {NAME|Ashworth} at Leeds bus station with {NAME|MR} (18), a known associate. {NAME|KB} declined to say where she had been."),
(P, 'Intelligence suggests the male known as "{NAME|Tiny}" (believed to be {NAME|Reuben Clarke}, DOB {DATE_OF_BIRTH|1 May 2004}) is running the line between Liverpool and Aberystwyth. "{NAME|Tiny}" has been seen with at least three local children.'),
(P, "Seen in ED at St James's at 01:15. {NAME|Chloe} disclosed she has been staying with an older male she calls '{NAME|Ash}' at {ADDRESS|Flat 11, Kestrel House, Harehills Lane}."),
(P, "Return home interview completed by {NAME|Bethan Lloyd} (Barnardo's) on 11/03. {NAME|Cai} said he had been in Swansea with an older lad called '{NAME|Dai Bach}' and slept at a flat near the station. He would not give the address."),
(P, """MARAC 14/03 – Case 7
Victim: {NAME|Leanne Shaw}
Perpetrator: {NAME|Craig Doyle}
Children in household: {NAME|Mia} (9), {NAME|Alfie} (6)
Actions: IDVA ({NAME|Sandra Pike}) to contact {NAME|Leanne} within 48 hours; police to flag address."""),
(P, "TAF meeting held at {SCHOOL|Riverside Primary}. Present: Mum, Dad, Mrs {NAME|Khan} (class teacher), {NAME|Jo Birch} (Early Help Practitioner). {NAME|Jo} to complete the Early Help Assessment by half term."),
(P, "CIN review: {NAME|Amari} continues to attend {SCHOOL|Kingsmead PRU} three days a week. His mother reports he is spending weekends in Luton with '{NAME|Dex}', whom she has never met."),
(P, """Referrer: {NAME|Nadia Rahman}, Pastoral Lead, {SCHOOL|Oldfield Park Academy}
Tel: {PHONE|0117 496 0284}
Email: {EMAIL|n.rahman@oldfieldpark.sch.uk}
Child: {NAME|Kian Walsh}, DOB {DATE_OF_BIRTH|04/06/2010}
Reason for referral: {NAME|Kian} has been seen getting into cars outside school with older males on at least four occasions this half term."""),
(P, "Telephone call to {NAME|KW}'s mother, Ms {NAME|Walsh}. She confirmed {NAME|KW} did not return home last night and that his phone has been off since 19:00."),
(P, """Core Group – {NAME|Ellie Grant} (14)
Present: {NAME|Marta Nowak} (SW), {NAME|Dean Fairclough} (DSL), {NAME|Rachel Obi} (School Nurse), mother.
{NAME|Ellie} said she wants to stay at {SCHOOL|St Bede's} and feels safer when she is collected by Nan."""),
(P, "{NAME|Jayden Morris} (16) – YOT case manager {NAME|Paul Okeke}. {NAME|Jayden} attended his reparation session but left early saying he had to 'go see {NAME|Zee}'."),
(P, "PC 2281 {NAME|Jones} stopped {NAME|LM} and {NAME|RT} on Station Road at 21:40. Both were in possession of two phones each and £340 in cash. Parents contacted."),
(P, "Health visitor {NAME|Anita Sharma} visited the home; baby {NAME|Noah} is thriving. Older sibling {NAME|Kayla} (15) was not at home and mother was unsure where she was."),
(P, "Cause for concern logged by Mr {NAME|Evans} (Head of Year 9): {NAME|Harvey} arrived with a black eye and a new iPhone. When asked, he said 'it's from {NAME|Big Lew}, don't worry about it'."),
(P, "Detached session, Ravenswood estate, 19:00–21:00. Spoke with {NAME|Kez}, {NAME|Luca} and a male known as '{NAME|Stax}' who appeared to be in his twenties. Group moved on when the youth bus arrived."),
(P, """Morning {NAME|Deborah},

Thank you for your time yesterday. As agreed, I will chase the CAMHS referral for {NAME|Jamal} and let you know the outcome.

Best,
{NAME|Ceri}

{NAME|Ceri Morgan-Jones}
Senior Practitioner, Children's Services
{PHONE|029 2018 0447} / {EMAIL|ceri.morganjones@glancounty.gov.uk}"""),
(P, """MACE Panel – children discussed:
1. {NAME|TM} (15, F) – missing x3, links to {NAME|Tre}
2. {NAME|RK} (14, M) – found in Torquay with cash
3. {NAME|JA-B} (16, F) – older boyfriend, possible CSE
Panel chair: {NAME|Gill Harwood}"""),
(P, "NRM referral submitted by {NAME|Owen Price} (First Responder) on behalf of {NAME|Thu Trang Nguyen}, DOB {DATE_OF_BIRTH|2008-10-17}, found working at a nail bar on the High Street in Stockport."),
(P, "Young person: {NAME|Precious Adebayo}   d.o.b. {DATE_OF_BIRTH|3.7.10}   Address: {ADDRESS|27 Mafeking Street}, Salford {POSTCODE|M6 5RJ}"),
(P, "Strategy meeting / Cyfarfod strategaeth. {NAME|Elin Rowlands} (Social Worker) reported that {NAME|Osian} (15) has been missing from {ADDRESS|Tŷ Gwyn} children's home twice this week."),
(P, "IRD held 12/02. Named Person Mrs {NAME|Grant} ({SCHOOL|Braeside High}) shared that {NAME|Kayleigh} has been absent since the 3rd. Police Scotland: DC {NAME|Ross Mackie}."),
(P, "Constable {NAME|McAleese} (PSNI) confirmed {NAME|Conor} was located at a house on {ADDRESS|Glenveagh Drive} belonging to an adult male. {NAME|Conor} was returned to his mother at 03:10."),
(P, "YP gave her email as {EMAIL|kayleigh_b2009 (at) outlook [dot] com} and asked that letters not be posted to the house."),
(P, "Mobile for {NAME|Dion} recorded as {PHONE|+44 7700 900913}. The same number was found in the phone of {NAME|Shay Brennan}, arrested 02/05."),
(P, "Contact: DC {NAME|Faisal Iqbal}, Exploitation Team, {PHONE|020 7946 0381}."),
(P, "Father {NAME|Gary Turnbull}, {PHONE|01632 960214}, lives separately at {ADDRESS|6 Wansbeck Grove}, Ashington {POSTCODE|NE63 8TQ}."),
(P, "The Instagram account {HANDLE|@p4pi_dreams} has been used to advertise 'easy money' jobs to under-16s in the area. Screenshots saved to file."),
(P, "{NAME|Shannon} showed me a profile, {URL|https://www.instagram.com/jaylen.m09}, which she says belongs to the man who gave her the phone."),
(P, "NHS number {NHS_NUMBER|9434765919} – no registered GP since the family moved into the area."),
(P, """Chronology:
12/01/2024 – {NAME|Leon} (DOB {DATE_OF_BIRTH|22/08/2008}) arrested in Barrow with 14 wraps.
15/01/2024 – Released under investigation. Collected by Mum.
20/01/2024 – Missing overnight; returned with injuries to face."""),
(P, "Sibling {NAME|Ava-Rose} (DOB {DATE_OF_BIRTH|14th March 2013}) also resides at the property and attends {SCHOOL|Hawthorn Primary}."),
(P, "Minute taker: {NAME|Lisa Cartwright}. Chair: Dr {NAME|Hassan}, Designated Doctor."),
(P, "I spoke with {NAME|Michelle Dunne}, DSL at {SCHOOL|St Wilfrid's RC College}, who confirmed that {NAME|Josh} has not been in school since Tuesday."),
(P, "Mum asked for calls on {PHONE|07700 9OO 164} (she wrote the zeros as letters on the form)."),
(P, "{NAME|Bradley} (14) came in with {NAME|Mason} and {NAME|Keeley}. {NAME|Bradley} mentioned someone called '{NAME|Snowy}' has been 'looking after' him and buying him food."),
(P, """Dear Mr and Mrs {NAME|Kowalski},

I am writing to inform you that {NAME|Filip} has received a fixed-term suspension of two days following an incident on Friday.

Yours sincerely,

{NAME|A. Whitfield}
Headteacher, {SCHOOL|Castle Hill Academy}"""),
(P, "Vehicle seen outside the home is registered to {NAME|Lee Carradine}, 31, who has previous convictions for supply."),
(P, "Strategy discussion (phone) between {NAME|Ruth Allen} (CSC), DS {NAME|Mike Tranter} (Police) and Dr {NAME|Osei} (Paediatrician)."),
(P, "{NAME|RA} advised that the threshold for S47 was met. {NAME|MT} to undertake a joint visit with {NAME|RA} this afternoon."),
(P, """Re: {NAME|Megan Lacey}, DOB {DATE_OF_BIRTH|19 October 2007}, NHS {NHS_NUMBER|401 023 2137}

Dear Colleague,
{NAME|Megan} attended the surgery today with her aunt. She appeared withdrawn and has lost 4kg since her last visit."""),
(P, "Foster carer {NAME|Julie Ashcroft} reports that {NAME|Demi} came home at 01:00 in a taxi paid for by someone she called 'uncle {NAME|Jim}'."),
(P, "YP lives with maternal grandmother at {ADDRESS|39 Crescent Road}, Bootle {POSTCODE|L20 2HS}. Tel {PHONE|0151 496 0863}."),
(P, "Traveller Education Service: {NAME|Bridget McDonagh}, 13, lives with her family at {ADDRESS|Pitch 14, Cranmoor Lane site}. Attendance at {SCHOOL|Millfield Community School} is 41%."),
(P, "Placement: {ADDRESS|Larch Cottage} children's home. Registered Manager {NAME|Steve Barraclough}. Key worker {NAME|Ayesha}."),
(P, "{NAME|Kaine} lives with his dad on the {ADDRESS|Meadowbank} estate; several concerns about cuckooing at neighbouring flats."),
(P, "Auntie gave her contact as {EMAIL|bev.hollis (at) btinternet.com} and said she would collect {NAME|Tia} on Fridays."),
(P, "Y10 pupil {NAME|Ruby-Jo Finch} was found with a bank card in another person's name ('{NAME|K Marsh}'). Police informed via 101."),
(P, "Seen at Digbeth coach station with {NAME|Tariq Mahmood} (19) at 23:00. {NAME|Tariq} is subject to a CBO."),
(P, 'Suspect: {NAME|Callum Reid} a.k.a. "{NAME|Reidy}", DOB {DATE_OF_BIRTH|05-02-2003}, of {ADDRESS|58 Raglan Street}, Hull {POSTCODE|HU3 2LP}.'),
(P, "Discord handle provided by YP: {HANDLE|shadowkitten#3391}. Referred to CEOP."),
(P, "Snapchat: {HANDLE|lilz_b0ss}; TikTok: {HANDLE|@lilz.b0ss}. Both accounts are public and show YP's school uniform."),
(P, "Facebook page {URL|facebook.com/danny.fitz.7731} shows YP in a car with known nominals."),
(P, "Welfare check at {ADDRESS|Flat 3, 21 Beaumont Street} by PC {NAME|Harlow} and PC {NAME|Yeung}. Nobody answered the door."),
(P, """Minutes – CSE/CCE Operational Group, 09/04
Attendees: {NAME|KL} (Chair, CSC), {NAME|PD} (Police), {NAME|NH} (Health), {NAME|GS} (Education), {NAME|FA} (Youth Justice)
Item 2: {NAME|PD} updated on Operation Talon; three arrests made."""),
(P, "School nurse {NAME|Bernie Quinlan} saw {NAME|Sadia} at drop-in. {NAME|Sadia} disclosed that her 'boyfriend' {NAME|Faz} is 22."),
(P, "Mum ({NAME|Tracey Gill}) said the lad who keeps coming to the door is called {NAME|Mason} and 'drives a white Golf'."),
(P, "Home visit by {NAME|SK}. {NAME|Jaden} was in bed at 14:00. Mum said he was out until 4am 'with {NAME|Rico} and that lot'."),
(P, "AssetPlus completed by {NAME|Claire Ogden}. {NAME|Kyle}'s girlfriend {NAME|Tiana} is pregnant; both are 16."),
(P, """From: {EMAIL|d.oconnor@nwhospitals.nhs.uk}
To: Safeguarding Hub
Subject: ED attendance

Please note {NAME|Lily Sutton} (DOB {DATE_OF_BIRTH|30.09.2008}) attended ED overnight with alcohol intoxication. This is her third attendance in two months.

{NAME|Deirdre O'Connor}
Paediatric Liaison Nurse"""),
(P, "Fr {NAME|Declan Murphy} (parish priest) contacted the MASH with concerns about {NAME|Patrick}, who has been sleeping in the church porch."),
(P, "Family are Irish Travellers. Dad, {NAME|Martin Joyce}, asked that all letters go to {ADDRESS|Pitch 3, Willow Bank Traveller Site}."),
(P, "Romanian interpreter used. {NAME|Ana-Maria Lingurar} (15) said her cousin {NAME|Costel} takes her to 'clean houses' in other towns and keeps the money."),
(P, "{NAME|Ikran Warsame} (14) attended with her father. Interpreter Mr {NAME|Abdi} present throughout."),
(P, "{NAME|Van Long Pham} presented at Croydon police station; age disputed. He said he was brought to the UK by a man he calls '{NAME|Anh Hai}'."),
(P, "Grandmother {NAME|Hyacinth Campbell} holds an SGO. {NAME|Jerome} (15) often stays with friends at {ADDRESS|Flat 22, Marcus Garvey House}."),
(P, "{NAME|Oluwadamilare Adeyemi} ('{NAME|Dami}') told staff that the older boys call him '{NAME|Lil D}' and make him hold knives."),
(P, "Message on YP's phone read: 'call me on {PHONE|zero seven seven zero zero nine zero zero six six one} asap'."),
(P, "YP had written the number {PHONE|0 1 6 1 4 9 6 0 2 9 5} on her hand. She said it belonged to '{NAME|Scouse Dave}'."),
(P, "Address on police system: {ADDRESS|Flat 7B, Windsor Tower}, Sheffield {POSTCODE|S3 9PE}."),
(P, "Cuckooing suspected at {ADDRESS|Block C, Rosehill Court} – vulnerable adult tenant, {NAME|Norman Pitt}, aged 62."),
(P, "{NAME|Tegan} is on a reduced timetable at {SCHOOL|Hollins Park High}. Staff at {SCHOOL|Hollins} report she is collected at 12:30 by an unknown male."),
(P, "Head of Sixth Form at {SCHOOL|QEGS} raised concerns about {NAME|Arjun}'s sudden wealth."),
(P, """Thanks for this, will pick up tomorrow.

Regards,
{NAME|Jen}"""),
(P, "{NAME|Sophie}'s older sister {NAME|Jess} (19) may be a protective factor and has offered to attend the next meeting."),
(P, "YP said he wants to be like Stormzy and Marcus Rashford, and that {NAME|Big Tee} told him drill music could make him rich."),
(P, "Multi-agency chronology shared with {NAME|L. Ferreira}, ICPC chair, on 21/11."),
(P, """Referral form
Child's name: {NAME|Kacey Holt}
Date of birth: {DATE_OF_BIRTH|7 January 2011}
Address: {ADDRESS|3 Orchard Mews}, Keighley {POSTCODE|BD21 4NW}
Parent/carer: {NAME|Dawn Holt} (mother)
Contact number: {PHONE|01632 960587}"""),
(P, "DS {NAME|Okonjo} reports that {NAME|Temi} was recovered from an address in Southend with {NAME|Ezra Lindqvist}, who was arrested."),
(P, "Mrs {NAME|Pryce} (maternal grandmother) has asked to be considered as a kinship carer for {NAME|Lacey} and {NAME|Brooke}."),
(P, "SW {NAME|Hannah Fleet} completed an unannounced visit; {NAME|Tommy} and his brother {NAME|Alfie-Jay} were alone in the house."),
(P, "{NAME|Kezia Smith}, 14, Romany Gypsy, currently on roll at {SCHOOL|Hazelwood Academy} but not attending; family travelling for the summer fairs."),
(P, """Hiya {NAME|Sam},

Quick one – {NAME|Deshawn}'s mum rang to say he didn't come home. Last seen 18:00 near the station. Police ref given.

Cheers
{NAME|Mo}"""),
(P, "YP disclosed that '{NAME|Sully}' and '{NAME|T-Bone}' made her carry a package to Blackpool on the train. She is frightened of both."),
(P, "Mother's partner, {NAME|Jason Fenwick} (DOB {DATE_OF_BIRTH|11/03/1989}), is subject to a non-molestation order."),
(P, "Bail address given as {ADDRESS|17 Lime Kiln Lane}, Kidderminster {POSTCODE|DY10 1QQ}, the home of his aunt."),
(P, "The family live on {ADDRESS|Cotton Street}, directly opposite the address where the police raid took place."),
(P, "Attendees: {NAME|Rebecca Thorne} (Chair, IRO); {NAME|Naveed Akhtar} (SW); {NAME|Elaine Booth} (Foster Carer); {NAME|Chris Lowe} (Virtual School)."),
(P, "{NAME|EB} reported that {NAME|Harley} is settling well. {NAME|CL} will arrange a PEP meeting before Christmas."),
(P, "YP is known on the streets as \"{NAME|Smokey}\". Real name {NAME|Jordan Pike}, DOB {DATE_OF_BIRTH|2 February 2007}."),
(P, "Concern raised by DSL Mr {NAME|Omondi}: pupil {NAME|Faith Nwosu} has been seen at the gates with a man in his 30s."),
(P, "{NAME|Will Hartley} (Youth Worker) saw {NAME|Summer Blake} and {NAME|Hope Kirk} outside the chippy at 22:30, both intoxicated."),
(P, "{NAME|River} (12) was left in the care of {NAME|Mark} (17), a friend of the family, for the weekend."),
(P, "{NAME|King} has been identified as a line holder operating between Bristol and Weston. {NAME|Chase} and {NAME|Hunter} (both 15) are believed to be runners."),
(P, "DC {NAME|Joy Adeyinka} took the ABE interview. {NAME|Grace} (13) disclosed that '{NAME|Frank}' gave her alcohol at the flat."),
(P, "Allocated worker: {NAME|Rose Tierney}. Practice supervisor: {NAME|Amber Lodge}."),
(P, "{NAME|Jade} attended the sexual health clinic with her friend {NAME|Ruby}. Nurse {NAME|Dawn} raised a safeguarding alert."),
(P, "{NAME|April Nwachukwu}, {NAME|May Lin} and {NAME|June Okoro} were all reported missing from the same address on Saturday night."),
(P, "{NAME|Sky}'s stepfather {NAME|Bill} refuses to engage with services. {NAME|Pat} (maternal aunt) is supportive."),
(P, "{NAME|Sue Randall} (Team Manager) approved the plan. {NAME|Jack} will remain at home with increased support."),
(P, "Email from {EMAIL|k.mensah@lancashirecare.nhs.uk} confirms CAMHS appointment for {NAME|Shanice} on the 14th."),
(P, "Young person's number: {PHONE|07700 900 355}. Mum's number: {PHONE|07700 900 356}. Both to be added to the missing persons record."),
(P, "Home address: {ADDRESS|112 Princess Road}, Moss Side {POSTCODE|M14 7LT}. Family have lived there for 10 years."),
(P, "Placement move from {ADDRESS|Oakleigh} children's home to {ADDRESS|Brook View} children's home agreed at Placement Panel."),
(P, "{NAME|MM} (DOB {DATE_OF_BIRTH|17.02.10}) – seen at {ADDRESS|Flat 4, Dunstan Court}, which is linked to the {NAME|Hussain} OCG."),
(P, "{NAME|Lewis}'s girlfriend {NAME|Kayleigh} (17) has a two-year-old child; health visitor {NAME|Fiona McKenna} is involved."),
(P, "Gaming concern: YP is speaking to an adult on Fortnite under the name {HANDLE|xXSniperKingXx}. The adult has asked for photos."),
(P, "The profile {URL|https://www.snapchat.com/add/deano_b23} was shown to officers by {NAME|Jordan}'s sister."),
(P, "Telephone contact: {PHONE|0121 496 0177} (grandmother's landline) – {NAME|Deano} stays there most weekends."),
(P, "YP's NHS number recorded as {NHS_NUMBER|721 905 3348}. GP: Elm Tree Medical Centre."),
(P, """Patient: {NAME|Zara Hussain}
NHS: {NHS_NUMBER|488 102 6675}
DOB: {DATE_OF_BIRTH|29/04/2009}
Presenting complaint: overdose of paracetamol (approx. 16 tablets). Seen by CAMHS liaison."""),
(P, "{NAME|Kasia Wiśniewska} (15) reports that her mother's boyfriend, {NAME|Piotr}, has been taking her to work on a farm near Boston at weekends."),
(P, "{NAME|Daniel Ó Briain} was interviewed with an appropriate adult present ({NAME|Niall Keane}, Youth Justice)."),
(P, "Visit to {ADDRESS|9 Heol Tyn y Coed}, Merthyr Tydfil {POSTCODE|CF47 0RN}. Mrs {NAME|Evans} declined entry but spoke at the door."),
(P, "{NAME|Bethany} says she meets '{NAME|Chops}' at the back of the Spar on Coronation Road most evenings."),
(P, "{NAME|Liam McGrath} (16) – reported missing x6 since September. Associates: {NAME|Jake Ferris}, {NAME|Kieran O'Toole}, '{NAME|Bugsy}'."),
(P, "PCSO {NAME|Baines} saw {NAME|Ellie-Mae} get into a taxi with two older males near the Metrolink stop."),
(P, """CIN Plan review
Child: {NAME|Keanu Thompson}
Plan: {NAME|Keanu} to attend {SCHOOL|Oakfield Academy} full time; SW to visit fortnightly; Mum to engage with parenting group."""),
(P, "{NAME|Mariam Yusuf} (Interpreter, Arabic) confirmed that {NAME|Ahmed} understood the questions."),
(P, "Contact details for father: {EMAIL|tony.briggs71@gmail.com}, {PHONE|07700 900 842}."),
(P, "{NAME|Sean Doherty} from the Youth Offer rang to say {NAME|Callum}'s mum has been served with an eviction notice for {ADDRESS|28 Coniston Avenue}."),
(P, "MASH triage: {NAME|Tyler Grey}, DOB {DATE_OF_BIRTH|05/11/09}, address {ADDRESS|77 Linthorpe Road}, Middlesbrough {POSTCODE|TS1 4AG}. RAG: Red."),
(P, "Parents Mr and Mrs {NAME|Chowdhury} attended. {NAME|Rumana} did not wish to be present."),
(P, "{NAME|LS} (Y11) was found in the toilets with {NAME|MB} (Y9) and £200 in cash. {NAME|LS} said the money was from '{NAME|Stretch}'."),
(P, "Youth worker {NAME|Kwabena Asante} reports {NAME|Tobi} has stopped coming to the Thursday session since meeting '{NAME|Zino}'."),
(P, "{NAME|Demi-Lee Walsh}'s Instagram ({HANDLE|@demz.lee_x}) shows her in a hotel room in Newcastle."),
(P, "{NAME|Cerys}' mother says she was collected from {SCHOOL|Ysgol Gyfun Cwm Rhondda} by a man in a grey Audi."),
(P, "At interview {NAME|Habib} stated he was told to say he was 17 by the man who brought him, known only as '{NAME|Boss}'."),
(P, "Location of concern: {ADDRESS|Flat 16, Hatherley House}, where {NAME|Kelsey} has been staying with her 'boyfriend' {NAME|Dean}."),
(P, "{NAME|TOMMY LEE BURNS}, DOB {DATE_OF_BIRTH|14/06/2008}, {ADDRESS|PITCH 5, OLD FORGE SITE} – attended with his father."),
(P, "{NAME|Rhiannon Price}, DSL, {SCHOOL|Ysgol Bryn Alyn}: {PHONE|01632 960 733}."),
(P, "{NAME|Abdullahi} was stopped by BTP at Euston with a return ticket to Aberdeen and two phones. {NAME|Abdullahi}'s mother had reported him missing the day before."),
(P, "{NAME|Hollie}'s nan, {NAME|Maureen}, has agreed to supervise contact at {ADDRESS|5 Cedar Walk}."),
(P, "YP has been engaging with the Fearless outreach worker ({NAME|Olu}) fortnightly."),
(P, "Chair: {NAME|Priti Desai} (Head of Service). Minutes: {NAME|Jo Hamer}. Apologies: DC {NAME|Whittaker}."),
(P, "Mum's new partner {NAME|Craig} (surname unknown) has been staying at {ADDRESS|44 Victoria Terrace} most nights."),
(P, "{NAME|BD} has been moved to {ADDRESS|Hawthorn Lodge} children's home out of area. Address not to be shared with family."),
(P, "Attended MARAC as IDVA for {NAME|Sharon Kemp}. Perpetrator {NAME|Wayne Kemp} (DOB {DATE_OF_BIRTH|08.12.1985}) released from HMP Altcourse."),
(P, "Ms {NAME|Adeyemi} (class teacher) noticed {NAME|Ife} has been drawing pictures of knives."),
(P, "Birth certificate shows {NAME|Aliyah}'s date of birth as {DATE_OF_BIRTH|21st September 2009}, not 2007 as she told police."),
(P, "{NAME|Chen Jie} (14) told staff at {SCHOOL|Hillcrest Academy} that she works in her aunt's takeaway until midnight."),
(P, "{NAME|Diego} and {NAME|Mateo} were found living in a flat above the car wash on {ADDRESS|Parkinson Street}."),
(P, "{NAME|Rania} has a second phone; number {PHONE|07700 900 611}. She told Ms {NAME|Lowe} it was 'for emergencies'."),
(P, "Snapchat username disclosed by YP: {HANDLE|jxyden_2k9}. Linked to a group called 'Hustle Fam'."),
(P, "{NAME|Jamie}'s TikTok, {URL|tiktok.com/@jamiexo.2010}, includes videos filmed at the property."),
(P, "Dr {NAME|Fitzgerald} (GP) advised that {NAME|Holly}'s repeated STI tests are a safeguarding concern."),
(P, "Social worker: {NAME|Kirsty McLean} – {EMAIL|kirsty.mclean@fifekids.scot}, {PHONE|0131 496 0725}."),
(P, """To: {NAME|Alison}
Cc: {NAME|Darren}, {NAME|Fatima}

{NAME|Alison} – can you add {NAME|Jermaine} to Thursday's MACE list? New intelligence from DC {NAME|Brookes}.

Thanks, {NAME|Nic}"""),
(P, "Return interview declined. {NAME|Kyra} would only say she was at '{NAME|Dee-Dee}'s'."),
(P, "Disruption notice (CAWN) served on {NAME|Gavin Roper}, 34, of {ADDRESS|2 Mill Cottages}, regarding {NAME|Evie} (14)."),
(P, "The estate where {NAME|Aidan} lives ({ADDRESS|Thornley Estate}) has had three stabbings since March."),
(P, "Date of birth for {NAME|Amira}: {DATE_OF_BIRTH|2010-01-23}. Age confirmed by school records."),
(P, "{NAME|Precious} told her keyworker that aunty {NAME|Blessing} made her work in the house every night."),
(P, "Mum asked to be emailed at {EMAIL|jackie.bell (at) yahoo [dot] co [dot] uk} as she has no credit."),
(P, "{NAME|Kayden Lewis}, year 10, {SCHOOL|Blessed Sacrament RC High}. DOB: {DATE_OF_BIRTH|1st Dec 2009}."),
(P, "MARAC ref 24/0331. {NAME|Nicola Heaton} and her children {NAME|Finley} and {NAME|Isla} now at refuge."),
(P, "{NAME|Dwayne} ('{NAME|King D}') is believed to be recruiting from the {SCHOOL|Brookside PRU} cohort."),
(P, "On 16 April {NAME|Nathan} was found at a trap house on {ADDRESS|Warwick Road} with {NAME|Lil Mo} and two adults."),

(P, "Walk-in Centre record for {NAME|Kelly-Ann Price}: NHS {NHS_NUMBER|450 661 7382}, d.o.b {DATE_OF_BIRTH|4/2/11}. Attended with a male who gave his name as '{NAME|Rocco}'."),
(P, "Safeguarding alert added to the EPR for {NAME|Oscar Birchall} (NHS number {NHS_NUMBER|732-118-4406}) following a third ED attendance."),
(P, "A page has been set up in {NAME|Abbie}'s name at {URL|linktr.ee/abbie.xo.09} offering 'private pics'. Reported to the platform and to CEOP."),
(P, "Father's Facebook ({URL|https://m.facebook.com/stevie.kerr.1979}) shows he is still in contact with {NAME|Ryan} despite the order."),
(P, "The YouTube channel {URL|youtube.com/@ZK_officialx} belongs to {NAME|Zakaria} (16) and contains drill videos naming rival groups."),
(P, "Last known address: {ADDRESS|Flat 2, 19 Gladstone Road}, Newport {POSTCODE|NP19 8EX}."),
(P, "Placement address (not to be shared with family): {ADDRESS|Whinmoor View}, {POSTCODE|LS14 5AB}."),
(P, "YP gave the postcode of the party as {POSTCODE|BS5 6JN} but did not know the house number."),
(P, """Grandad's details
Name: {NAME|Ronnie Charlton}
Address: {ADDRESS|62 Byker Bank}, Newcastle upon Tyne {POSTCODE|NE6 1LQ}
Tel: {PHONE|0191 498 0327}
Email: {EMAIL|ron.charlton (at) btinternet [dot] com}"""),
(P, "Please send the minutes to {EMAIL|m.odonnell@stmaryscollege-blk.ac.uk} and copy in {NAME|Tariq} from the Virtual School."),
(P, "Gamertag used to contact {NAME|Harrison}: {HANDLE|T0xic_Reaper77}. The adult offered him V-Bucks in exchange for photos."),
(P, "{NAME|Gemma-Louise Hart}, DoB {DATE_OF_BIRTH|9th Feb 2008}, TikTok username {HANDLE|@gorjuss.gem}. Mum unaware of the account."),
(P, "{NAME|Nikolai Petrov} (born {DATE_OF_BIRTH|July 12, 2009}) was stopped in Dover with {NAME|Artem}, who claims to be his uncle."),
(P, "Return home interview completed. YP said she stayed with a friend; no exploitation indicators noted."),
(P, "Safeguarding supervision held; case to remain open to the team for a further 12 weeks."),
(P, "The Safer Streets team and the youth bus to deliver a joint detached session in the town centre on Friday evening."),
(P, "Hospital number RX4492017 used for cross-referencing only."),
(P, "Crime reference 13/45219/24 provided to carers for insurance purposes."),
(P, "Next meeting: Tuesday 3 June, 10:00, Committee Room 2, Town Hall."),

# ---------------------------------------------------------------------------
# practitioner: clean notes (nothing to label)
# ---------------------------------------------------------------------------
(P, "Strategy meeting held at MASH. Police, CSC and Health in attendance. Concerns re CCE discussed; NRM referral to be considered by the allocated social worker."),
(P, "Return home interview offered; YP declined. Advised re Childline (0800 1111) and Missing People (116 000)."),
(P, "CAMHS referral accepted and triaged as routine. Expected wait approx. 18 weeks."),
(P, "DSL informed on Monday morning. MASH outcome: NFA at this time, signposted to Early Help."),
(P, "Action: IDVA to make contact with mother ahead of MARAC on Thursday."),
(P, "TAF review postponed to Wednesday 6 March due to school closure (snow)."),
(P, "Hotspot locations identified: Victoria bus station, the McDonald's on Market Street and the underpass near Asda."),
(P, "Mum reports YP has come home with new Nike trainers, a North Face jacket and a second phone. She does not know where these came from."),
(P, "YP attends the BASE project (Barnardo's) weekly. Engagement good."),
(P, "YOT officer attended; 6 of 12 reparation hours completed."),
(P, "Police Scotland and the Named Person service notified under GIRFEC."),
(P, """Hi all,

Please find attached the agenda for Tuesday's Complex Safeguarding Panel. Apologies to the chair by 12 noon on Monday please.

Kind regards,
Business Support
Complex Safeguarding Hub"""),
(P, "ED attendance at the Royal Infirmary 23:40, intoxicated. Paediatric liaison notified. Discharged to the care of foster carers."),
(P, "School report that attendance has dropped to 62% this term, with persistent lateness on Mondays and Fridays."),
(P, "No concerns raised by the GP practice. Immunisations up to date."),
(P, "Referral received from the Ambulance Service following a call-out to a house party; no further details available."),
(P, "Discussed the Operation Encompass notification received on Friday. Class teacher aware."),
(P, "Youth worker observed YP in the company of older males near the Bullring on three occasions in February."),
(P, "Advice given to carer re the Stop It Now helpline (0808 1000 900) and the Parents Protect website."),
(P, "Outcome: Section 47 enquiries to continue. ICPC to be convened within 15 working days."),
(P, "Note: mother's partner is not known to police. PNC and PND checks completed, nil trace."),
(P, "Core group agreed: weekly visits by SW, fortnightly visits by Early Help worker, DSL to monitor attendance daily."),
(P, "Reviewed by Team Manager. Threshold for CP not met; step down to CIN with a clear plan."),
(P, "YP describes being taken to Blackpool, Preston and Lancaster by train. Travel was paid for by others."),
(P, "Meeting rescheduled – room at the Civic Centre double booked."),
(P, "Drug and alcohol worker (Change Grow Live) to offer 1:1 sessions."),
(P, "Attendance at the LGBTQ+ youth group has been positive; YP reports feeling accepted there."),
(P, "YP disclosed sexual harm at a house party in the summer holidays. ABE interview to be arranged via the Lighthouse."),
(P, "Risk assessment score: high (CE screening tool). To be reviewed at MACE next month."),
(P, "Foster carers report YP returned at 23:15, 2 hours 15 minutes late. Smelled strongly of cannabis."),
(P, "Minutes approved as an accurate record."),
(P, """Agreed actions:
1. CSC to update chronology.
2. Police to complete disruption visit.
3. School to review timetable.
4. Health to offer sexual health appointment."""),
(P, "Letter received from the Sexual Health Clinic; advice given re contraception and consent."),
(P, "Missing episode no. 4 this quarter. Philomena Protocol information held by carers."),
(P, "Merseyside Police, Cheshire Police and BTP all involved due to the county lines route."),
(P, "The National Referral Mechanism decision (reasonable grounds) was positive."),
(P, "YP wants to be a paramedic and has applied to college for September."),
(P, "Parents were supportive and engaged throughout."),
(P, "Concern escalated to Head of Service under the escalation protocol."),
(P, "Placement stability meeting – IRO chaired. Carers wish to continue the placement."),
(P, "Noted that Mum works nights at the Amazon warehouse so YP is often home alone."),
(P, "On 14 February YP was seen getting into a grey Vauxhall Corsa near the station."),
(P, "Sibling group discussed separately under Part 2 of the agenda."),
(P, "Frank discussion about the impact of Dad's drinking; YP was tearful but engaged."),
(P, "Will review at the next core group. May need to escalate if no progress."),
(P, "Summer holiday plan: HAF programme, NCS in August, weekly check-ins by phone."),
(P, "Dawn raids were carried out by police on Tuesday; YP was not present at the address."),
(P, "Hope is evident: YP spoke about wanting to return to mainstream education."),
(P, "Mark on left forearm observed; YP said it happened at football."),
(P, "Grace period of two weeks agreed for return of the laptop to school."),
(P, "Amber flags on the screening tool: going missing, new older friends, unexplained gifts."),
(P, "Chase up GP response – outstanding since 2 January."),
(P, "Phone bill was £240 last month; Mum believes YP is paying off a debt."),
(P, "Faith leaders at the mosque have been offered WRAP training."),
(P, "River Irwell search carried out by police following the missing report; YP later located safe in Salford."),
(P, "King's Cross station CCTV requested by BTP."),
(P, "June review date set. April data submitted to the partnership."),
(P, "Pat-down search carried out under s.23 Misuse of Drugs Act; nothing found."),
(P, "Parents said they may sue the school; Headteacher advised to seek legal guidance."),
(P, "Sky TV and broadband recently installed; family in receipt of Universal Credit."),
(P, "Ruby Wedding celebration at the Legion on Saturday means grandparents unavailable to supervise."),
(P, "Jack-knife found in YP's bag during a search; school followed its searching policy and informed police."),
(P, "Joy and relief expressed by Mum when YP was found safe at Preston station."),
(P, "Rose Ward (adolescent unit) confirmed admission overnight for observation."),
(P, "YP enjoys Match of the Day and supports Newcastle United; this was used to build rapport."),
(P, "Hunter's Bar roundabout identified by South Yorkshire Police as a pick-up point."),
(P, "Discussed Keeping Children Safe in Education (KCSIE) requirements with the new DSL."),
(P, "Victoria Station, Liverpool Lime Street and Manchester Piccadilly are the main transport hubs identified on the route."),
(P, "Sexual health nurse from Brook offered a C-card and a follow-up appointment."),
(P, "YP was calm and polite. Said school is 'fine'. No disclosures made."),
(P, "NSPCC helpline (0808 800 5000) details given to grandparents."),
(P, "Recommendation: CE Risk Assessment to be refreshed; consider Child Protection Conference if further missing episodes occur."),
(P, "The child's voice: 'I just want everyone to stop asking me the same questions.'"),
(P, "Housing have confirmed the family will be moved to temporary accommodation in another borough."),
(P, "The Princess Royal Trust for Carers has been approached regarding young carer support."),
(P, "Knife crime awareness session delivered by the Ben Kinsella Trust to Year 9."),
(P, "Discussed with the Local Authority Designated Officer (LADO); threshold not met."),
(P, "St Mary's SARC appointment attended; forensic samples taken."),
(P, """Subject: RE: MACE list

Morning,

Nothing further from Education this week. Attendance figures to follow by Friday.

Thanks"""),
(P, "Visit cancelled – SW off sick. Rearranged for next Tuesday."),
(P, "YP has a tag on Instagram that friends use to share his music; no concerns identified."),
(P, "Concerns about Snapchat Map showing YP's live location; advice given on Ghost Mode."),
(P, "Youth Justice Service and Children's Social Care to hold joint supervision monthly."),
(P, "Child was seen alone. Room was clean and well furnished. Food in the fridge."),
(P, "Agreed to refer to the Virtual School Head for PEP funding."),
(P, "Walked with YP to the Greggs on Northumberland Street; she talked openly about school."),
(P, "Mother was tearful. She said 'I've rung 101 that many times they know my voice.'"),
(P, "Early Help closed: outcomes achieved. Family know to contact the Front Door if needed."),
]


# ---------------------------------------------------------------------------
# parsing and checks
# ---------------------------------------------------------------------------

MARK = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
TYPE_OK = re.compile(r"^[A-Z_]+$")


def is_word(ch):
    return ch.isalnum() or ch == "_"


def parse(marked):
    """Return (plain, spans, errors) for one marked record."""
    errors = []
    plain_parts = []
    spans = []
    length = 0
    pos = 0
    for m in MARK.finditer(marked):
        between = marked[pos:m.start()]
        for bad in "{}|":
            if bad in between:
                errors.append("stray %r before %r" % (bad, m.group(0)))
        plain_parts.append(between)
        length += len(between)
        typ, value = m.group(1), m.group(2)
        if not TYPE_OK.match(typ):
            errors.append("malformed type %r" % typ)
        elif typ not in TYPES:
            errors.append("unknown type %r" % typ)
        if not value:
            errors.append("empty value for %s" % typ)
        else:
            if value != value.strip():
                errors.append("surrounding space in %r" % value)
            first, last = value[0], value[-1]
            first_ok = first.isalnum() or (typ == "HANDLE" and first == "@") or (typ == "PHONE" and first == "+")
            if not first_ok:
                errors.append("value %r starts with punctuation" % value)
            if not last.isalnum():
                errors.append("value %r ends with punctuation" % value)
        spans.append({"start": length, "end": length + len(value), "type": typ})
        plain_parts.append(value)
        length += len(value)
        pos = m.end()
    tail = marked[pos:]
    for bad in "{}|":
        if bad in tail:
            errors.append("stray %r at end" % bad)
    plain_parts.append(tail)
    plain = "".join(plain_parts)
    # word boundaries
    for sp in spans:
        s, e, t = sp["start"], sp["end"], sp["type"]
        if s > 0 and is_word(plain[s - 1]) and is_word(plain[s]):
            errors.append("span %r does not start on a word boundary" % plain[s:e])
        if e < len(plain) and is_word(plain[e - 1]) and is_word(plain[e]):
            # the one allowed exception: possessive without apostrophe
            possessive = (
                t == "NAME"
                and plain[e] in "sS"
                and (e + 1 == len(plain) or not is_word(plain[e + 1]))
            )
            if not possessive:
                errors.append("span %r does not end on a word boundary" % plain[s:e])
    if plain != plain.strip():
        errors.append("record has surrounding whitespace")
    if not plain.strip():
        errors.append("empty record")
    return plain, spans, errors


def check_all(records):
    errors = []
    parsed = []
    seen_plain = {}
    for i, rec in enumerate(records):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append("record %d is not a (style, text) tuple" % i)
            continue
        style, text = rec
        if style not in (Y, P):
            errors.append("record %d has unknown style %r" % (i, style))
        if style == Y and "\n" in text:
            errors.append("record %d: young_person text contains a newline" % i)
        plain, spans, errs = parse(text)
        for e in errs:
            errors.append("record %d (%s...): %s" % (i, plain[:40], e))
        if plain in seen_plain:
            errors.append("record %d duplicates record %d: %r" % (i, seen_plain[plain], plain[:60]))
        seen_plain[plain] = i
        parsed.append((style, plain, spans))

    n = len(parsed)
    clean = sum(1 for _, _, sp in parsed if not sp)
    by_style = collections.Counter(st for st, _, _ in parsed)
    by_type = collections.Counter(s["type"] for _, _, sp in parsed for s in sp)
    if n < 380:
        errors.append("only %d records (need at least 380)" % n)
    if clean < 120:
        errors.append("only %d clean records (need at least 120)" % clean)
    if n and not (0.25 <= clean / n <= 0.42):
        errors.append("clean share %.2f is not about a third" % (clean / n))
    for st in (Y, P):
        share = by_style[st] / n if n else 0
        if not (0.42 <= share <= 0.58):
            errors.append("style %s share %.2f is not about half" % (st, share))
    for t in TYPES:
        if by_type[t] == 0:
            errors.append("type %s never occurs" % t)
    for st in (Y, P):
        c = sum(1 for s, _, sp in parsed if s == st and not sp)
        tot = by_style[st]
        if tot and not (0.2 <= c / tot <= 0.5):
            errors.append("style %s clean share %.2f out of range" % (st, c / tot))
    stats = {
        "records": n,
        "clean": clean,
        "by_style": dict(by_style),
        "clean_by_style": {st: sum(1 for s, _, sp in parsed if s == st and not sp) for st in (Y, P)},
        "by_type": {t: by_type[t] for t in TYPES},
        "records_with_type": {t: sum(1 for _, _, sp in parsed if any(s["type"] == t for s in sp)) for t in TYPES},
        "spans": sum(by_type.values()),
        "multiline": sum(1 for _, p, _ in parsed if "\n" in p),
    }
    return errors, parsed, stats


README_TEMPLATE = """# set_af – hand-written evaluation set for a de-identifier

## How it was written

Every record in `set_af.jsonl` was written by hand, one at a time, from general
knowledge, by an independent helper who saw no code, data, documentation or
other evaluation set of the de-identification project. No web pages, search
tools, name lists, generators, NLP libraries or templates were used. All
people, numbers, e-mail addresses, handles, URLs, addresses, postcodes, NHS
numbers and dates of birth are invented. Telephone numbers use the Ofcom
drama ranges (07700 900xxx, 0161 496 0xxx, 0113 496 0xxx, 0117 496 0xxx,
0121 496 0xxx, 0131 496 0xxx, 0151 496 0xxx, 0191 498 0xxx, 01632 960xxx,
020 7946 0xxx, 029 2018 0xxx); public helpline numbers (Childline 0800 1111, Samaritans
116 123, Missing People 116 000, NSPCC 0808 800 5000, Stop It Now
0808 1000 900, Shout 85258, 101) appear as unlabelled text.

The setting is a UK partnership against child exploitation (children's social
care, NHS, police, schools, youth services, voluntary groups).

`build.py` (Python 3 standard library only) holds each record as
`(style, text)` with identifiers marked inline as `{{TYPE|value}}`, checks them,
shuffles them with `random.Random({seed})` and numbers them {prefix}0001,
{prefix}0002, ... `python3 build.py --check` only runs the checks.

## Styles

* `young_person` ({n_yp} records, {clean_yp} clean): young people's own
  free-text survey answers ("where do you feel unsafe and why", "who helped
  you", "anything else?"). Text-speak, slang, misspellings, little or no
  punctuation, all lower case or ALL CAPS; voices from across the UK (Scouse,
  Geordie, Glaswegian and Scots, Welsh, Belfast, Brummie, London/MLE,
  Yorkshire, Manc, Bristol, Cornish, Irish Traveller); names from many
  backgrounds; nicknames (ordinary words, Big/Lil/Little/Young prefixes);
  lower-case and ALL-CAPS names; names that are also ordinary words.
* `practitioner` ({n_pr} records, {clean_pr} clean): case notes, referrals,
  chronologies, strategy / core group / MARAC / TAF / CIN / MACE minutes with
  attendee lists, e-mails with greetings and sign-offs, police, health,
  school and youth-work records, return home interviews and form-style notes
  with field labels. {multiline} records contain line breaks.

About a third of the records are clean (nothing to label): hard negatives full
of capitalised non-names and name-like words (days, months, brands, shops,
apps, towns, stations, streets named as public places, hospitals and wards,
services, charities, helplines with public numbers, agency acronyms, job
titles, public figures, football clubs, TV shows, Mum / Nan / the Police, and
words such as hope, will, mark, joy, dawn, grace, frank, summer, river, rose,
amber, sky, faith, bill, jack, pat, sue, may, june, april, ruby, jade,
hunter, chase, king used as words).

## Format

One JSON object per line, UTF-8, `ensure_ascii=False`:
`{{"id", "style", "text", "spans"}}`; each span is `{{"start", "end", "type"}}`
with offsets in Unicode code points of `text`, end exclusive. Practitioner
texts may contain literal newlines.

## Labelling policy

Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL,
NHS_NUMBER, DATE_OF_BIRTH.

* A span covers exactly the identifier, with no surrounding space or
  punctuation.
* NAME: any private person by full name (one span), first name, surname,
  nickname or initials. Titles and kinship words stay outside
  (`Mr {{NAME|Pryce}}`, `uncle {{NAME|Jim}}`); a nickname prefix
  Big/Lil/Little (and Young) is inside; a possessive 's stays outside; a
  possessive without an apostrophe is labelled on the name only
  (`{{NAME|Reece}}s brother` – the only case where a span may end inside a
  word). Professionals named in notes are private people and are labelled.
  Every mention of a private name is labelled.
* Not labelled: public figures, brands, shops, pubs, clubs, towns, districts,
  parks, landmarks, hospitals and wards, churches, services, charities and
  helplines with their public numbers, job titles, Mum/Dad/Nan, reference
  numbers (including police collar numbers and case references).
* A name inside a URL, handle or e-mail is covered by that span only.
* PHONE: UK numbers, including obfuscated ones (O for 0, spelled-out digits,
  spaced digits, +44). EMAIL: including "(at)" / "[dot]" forms. POSTCODE: on
  its own span, separate from the address.
* ADDRESS: house number + street, flat / block, a street where someone lives
  even without a number, a named estate where someone lives (the estate's
  name; a trailing lower-case "estate" outside), a named children's home (the
  home's name; a following "children's home" outside), a Traveller site
  pitch. Town and postcode are not part of the ADDRESS span.
* SCHOOL: named schools, academies, colleges, PRUs, including short forms; an
  unnamed "the pru" or "college" is not labelled.
* HANDLE: social and gaming names and Discord tags, with a leading @ when
  written. URL: links to a private person's page or profile. NHS_NUMBER:
  ten-digit NHS numbers in any spacing. DATE_OF_BIRTH: only dates of birth;
  ordinary dates are unlabelled.

## Counts

* Records: {n}
* Clean records (no spans): {clean}
* Records per style: young_person {n_yp}, practitioner {n_pr}
* Spans: {spans}

| Type | Spans | Records containing it |
|---|---:|---:|
{type_rows}
"""


def write_outputs(parsed, stats):
    items = list(parsed)
    random.Random(SEED).shuffle(items)
    with open(OUT_JSONL, "w", encoding="utf-8", newline="\n") as fh:
        for k, (style, plain, spans) in enumerate(items, 1):
            obj = {"id": "%s%04d" % (PREFIX, k), "style": style, "text": plain, "spans": spans}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    rows = "\n".join(
        "| %s | %d | %d |" % (t, stats["by_type"][t], stats["records_with_type"][t]) for t in TYPES
    )
    readme = README_TEMPLATE.format(
        seed=SEED,
        prefix=PREFIX,
        n=stats["records"],
        clean=stats["clean"],
        n_yp=stats["by_style"].get(Y, 0),
        n_pr=stats["by_style"].get(P, 0),
        clean_yp=stats["clean_by_style"][Y],
        clean_pr=stats["clean_by_style"][P],
        spans=stats["spans"],
        multiline=stats["multiline"],
        type_rows=rows,
    )
    with open(OUT_README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)


def main(argv):
    check_only = "--check" in argv[1:]
    errors, parsed, stats = check_all(RECORDS)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    print(json.dumps(stats, indent=2, ensure_ascii=False))
    if check_only:
        print("All checks passed (--check: nothing written).")
        return 0
    write_outputs(parsed, stats)
    print("All checks passed. Wrote %s and %s." % (os.path.basename(OUT_JSONL), os.path.basename(OUT_README)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
