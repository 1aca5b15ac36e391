#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""set_ai - a hand-written evaluation set for a text de-identifier.

Every record below was written by hand, one at a time, as (style, text),
with identifiers marked inline as {TYPE|value}.  All people, numbers,
addresses, e-mails, handles, links, postcodes and NHS numbers are invented.

    python3 build.py           check everything; only if all checks pass,
                               write set_ai.jsonl and README_set_ai.md
    python3 build.py --check   check only, write nothing
"""
import json
import os
import random
import sys
from collections import Counter

SEED = 20261213
MIN_RECORDS = 260
MIN_CLEAN = 85
TYPES = ("NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
         "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH")
STYLES = ("young_person", "practitioner")
HERE = os.path.dirname(os.path.abspath(__file__))

RECORDS = []

# ---------------------------------------------------------------------------
# young_person - clean (nothing to remove)
# ---------------------------------------------------------------------------
RECORDS += [
("young_person", "i dont feel safe at piccadilly gardens after dark theres always fights and people asking u to hold stuff for them"),
("young_person", "WHO HELPED ME: MY NAN AND THE YOUTH WORKER AT THE CENTRE. THEY ACTUALLY LISTENED AND DIDNT JUDGE"),
("young_person", "nobody helped tbh. police just took me home n left, didnt even ask why i ran"),
("young_person", "i feel unsafe on snapchat when random older lads add u and say they can get u money quick"),
("young_person", "hope it gets better for the younger ones comin up cos it was grim for us"),
("young_person", "will anyone actually read this or is it just another survey lol"),
("young_person", "me mam n childline. rang 0800 1111 at like 2am n the woman was sound"),
("young_person", "the park by the canal is dodgy, theres needles n older ones selling. police never come down"),
("young_person", "change how teachers talk to u when ur in trouble, they make it worse. the pastoral lady was ok tho"),
("young_person", "sunny days r the worst cos everyone is out at heaton park and it always kicks off by the lake"),
("young_person", "my mark in english went up wen i stopped going out at nite so theres that i guess"),
("young_person", "frank answer: nobody tells u how it starts. it starts with free maccies n a lift home"),
("young_person", "may as well be honest, only place i feel safe is my room with the xbox on"),
("young_person", "in june it got worse cos the nights r long n the county lines lot are always about on bikes"),
("young_person", "ppl get robbed at new street station all the time, the transport police r there but dont do owt"),
("young_person", "LESS STOP AND SEARCH IN MOSS SIDE AND MORE YOUTH WORKERS THAT STAY LONGER THAN 6 MONTHS"),
("young_person", "dunno. the school nurse i guess. n the fearless website cos u can report without giving ur name"),
("young_person", "the river path near the retail park is where they take ppl to scare them, its pitch black down there"),
("young_person", "all i want is a bit of grace from teachers. like a second chance instead of straight to isolation"),
("young_person", "da only ones who helped wer barnardos, the police treated me like a criminal not a victim"),
("young_person", "round here it's the paramilitaries ye have to watch, they'll have ye running messages before ye know it. belfast needs more than a leaflet"),
("young_person", "och the subway in glesga at night is hoachin wi neds, i just get a taxi noo if ma maw gives us the money"),
("young_person", "in derry the quay at night is no place for a wean, fellas in cars offering lifts n drink"),
("young_person", "WHAT SHOULD CHANGE - MORE BUSES SO U DONT HAVE TO WALK THRU THE PARK AT 11PM"),
("young_person", "my faith helped me. the mosque youth group and the imam was proper supportive when my dad kicked me out"),
("young_person", "dont feel safe on tiktok lives, people send u gifts then ask for pics in dms"),
("young_person", "pat on the back to the nurses at alder hey they were class with me"),
("young_person", "the bill for the phone kept going up n they said i owed them, thats how they got me working"),
("young_person", "sky is dark by 4 in winter and thats when the older lads come out on the e-bikes"),
("young_person", "jack all to do round here except fifa and walkin round aldi car park"),
("young_person", "they chase u on them electric bikes if ur from the wrong side of the estate"),
("young_person", "the bus shelter with all the ivy on it on the main road is where they do deals, everyone knows"),
("young_person", "the joy of being 15 is nobody believes u about anything"),
("young_person", "dawn raids on our street scared my little brother so bad. the police could be calmer about it"),
("young_person", "summer holidays r when most of us get pulled in. need summer schemes that r FREE"),
("young_person", "the princes trust course was the first thing that felt like a ray of hope for me"),
("young_person", "cardiff central and queen street stations are bad at nite, ppl gettin jumped for phones"),
("young_person", "the nurse in a&e at the royal infirmary asked me proper questions n got me help, first time anyone did"),
("young_person", "CHANGE: TEACHERS SHOULD KNOW WHAT COUNTY LINES IS. MINE THOUGHT IT WAS A BUS ROUTE"),
("young_person", "wish someone told me about the nrm sooner, found out about it when i was nearly 18"),
("young_person", "gaming with randoms on fortnite, one of them kept asking where i live and sending me vbucks"),
("young_person", "top boy makes it look cool but its not. my cousin got stabbed last year over nothing"),
("young_person", "marcus rashford did more for us with the free dinners than the council ever did"),
("young_person", "the samaritans were ok when i rang 116 123 but i didnt want to talk to anyone after that"),
("young_person", "mi nuh trust di feds dem, dem nuh listen to yutes"),
]

# ---------------------------------------------------------------------------
# young_person - with identifiers
# ---------------------------------------------------------------------------
RECORDS += [
("young_person", "me n {NAME|jordan} got took to blackpool in a car by {NAME|Big Dee} an we didnt even no where we was goin till we saw the tower"),
("young_person", "IT WAS {NAME|LEWIS} WHO HELPED ME. HE DROVE ME TO MY NANS AT 3AM WHEN I RANG HIM CRYING"),
("young_person", "i feel unsafe near {NAME|Reece}s flat cos his older brother always has men there n they stare at u"),
("young_person", "{NAME|will} n {NAME|hope} know what happened that nite, ask them not me"),
("young_person", "my mate {NAME|mark} marked my card about a guy called {NAME|Chunks} who gives out free phones to year 9s"),
("young_person", "dont trust {NAME|Biscuit}. says hes 17 but hes like 25 n has a car n his own flat"),
("young_person", "if anyone from the survey wants to talk my snap is {HANDLE|kay_la.x09}"),
("young_person", "they made me ring this number {PHONE|07700 900461} every morning and if i didnt answer they came round"),
("young_person", "the number was like {PHONE|o77oo 9oo 8l2} and they called it the work phone"),
("young_person", "miss {NAME|Okafor} at {SCHOOL|Thornleigh Vale} noticed i had new trainers every week n asked me about it properly, not like a telling off"),
("young_person", "i live on {ADDRESS|Greenhill Road} and at nite theres cars parked up with lads in watching who goes in n out"),
("young_person", "{NAME|Abdi}, {NAME|Hamza} and {NAME|Yusuf} r my boys, they always walk me home from mosque so im safe"),
("young_person", "A GUY THEY CALL {NAME|GHOST} MESSAGES GIRLS ON INSTA FROM {HANDLE|@ghost.mcr.x} AND SAYS HE'LL PAY FOR YOUR NAILS"),
("young_person", "me cousin {NAME|Kacper} got me a job at the car wash, thats where it started. the boss {NAME|Arben} paid us in cash n weed"),
("young_person", "{NAME|Oisín} an {NAME|Ciarán} wer wit me wen the guards lifted us in town, we were only sittin there"),
("young_person", "aye {NAME|Eilidh}s big sister {NAME|Morven} was the one that phoned the polis for us"),
("young_person", "{NAME|Rhys} from {SCHOOL|Ysgol Bryn Derw} helped me. he told the teacher wen i wouldnt, i was raging at the time but hes a legend"),
("young_person", "i rang {NAME|Pat} the outreach worker on {PHONE|0161 496 0732} and she came out the same nite"),
("young_person", "anything else: tell {NAME|Summer} im sorry i didnt say nothing when it happened"),
("young_person", "{NAME|jack} n {NAME|chase} were the ones who robbed my phone at the bus stop and everyone knows it"),
("young_person", "they make u call him uncle {NAME|Tash} but hes not related to no one"),
("young_person", "i live on the {ADDRESS|Moorside} estate and the older ones there use the little kids as lookouts"),
("young_person", "me sis {NAME|Shannon} has a fella called {NAME|Dean} whos 29 and shes 14. nobody does nothing"),
("young_person", "{NAME|LIL K} AND {NAME|BIG SAM} FROM THE OTHER END ARE ALWAYS TRYING TO GET THE YEAR 8S TO RUN FOR THEM"),
("young_person", "{NAME|frankie} n {NAME|ivy} r the only ppl i trust 100%"),
("young_person", "go on {URL|instagram.com/tashaa.xo} n u'll see the pics they made me post"),
("young_person", "{NAME|Mo} from the takeaway gives us free food then asks for favours after"),
("young_person", "{NAME|Dawn} my foster carer is the best thing that happened to me, she never gave up"),
("young_person", "my keyworker {NAME|Grace} at {ADDRESS|Willowbank} children's home helped me report it even tho i was scared"),
("young_person", "email me if u want to no more {EMAIL|jaydenboi09 at gmail dot com}"),
("young_person", "we got moved out of {ADDRESS|14 carlton st} {POSTCODE|bd3 9ht} cos it wasnt safe no more, they knew where we lived"),
("young_person", "HIS NUMBER IS {PHONE|07700 900 219} IF THE POLICE WANT IT. HIS NAME IS {NAME|DANNY CROSS}"),
("young_person", "tbh {NAME|Kwame} and {NAME|Temi} r the reason im still in school"),
("young_person", "{NAME|Hunter} hunted me down on discord, his tag was {HANDLE|Hxnt3r#4471}"),
("young_person", "{NAME|Sky} said shed come wiv me to the police station but her mum wudnt let her"),
("young_person", "{NAME|Simran}s dad helped more than anyone, he went up to the school n made them listen to me"),
("young_person", "me mate {NAME|Zuzanna}s brother {NAME|Bartek} picks us up from school n takes us to parties with his mates who r like 30"),
("young_person", "{PHONE|oh seven seven double oh nine double oh five five six} thats the line they use, i remember it cos i had to say it out loud every day"),
("young_person", "{NAME|Jay} made me take a parcel from {NAME|Mikey}s to the place by the station"),
("young_person", "the police officer PC {NAME|Ali} was alright to be fair, he bought me a sandwich n didnt shout"),
("young_person", "i play cod w a guy called {HANDLE|T0xic_Reaper} he said hed pay me to hold stuff at mine"),
("young_person", "we was at {ADDRESS|flat 9 cromwell house} wiv {NAME|Kenzo}, {NAME|Tiny} n {NAME|Ash} wen the police kicked the door in"),
("young_person", "my tiktok is {HANDLE|@kelsey.xo08} and thats how the older lad found me first"),
("young_person", "{NAME|june} from the corner shop lets me sit in the back wen im scared to walk home"),
("young_person", "hi im {NAME|leah} dob {DATE_OF_BIRTH|12/04/2010} i want someone to ring me back on {PHONE|07700900583}"),
("young_person", "went to {SCHOOL|st mikes} before i got kicked out to the pru, the pru was better tbh"),
("young_person", "OUR HOUSE IS {ADDRESS|22 TENNYSON AVENUE} AND THEY KEEP THROWING STUFF AT THE WINDOWS. PLEASE DO SOMETHING"),
("young_person", "the lad {NAME|Kieran} from {SCHOOL|Saltergate} was the one that pulled me in, hes a year older n seemed sound at first"),
("young_person", "{NAME|Siobhán} was the only one who rang me every day when i was in the hospital"),
("young_person", "my nana {NAME|Ama} took me in wen mum couldnt cope, she is the reason im ok"),
("young_person", "big man called {NAME|Smokey} has the flats, he gives u a phone and u owe him from day 1"),
("young_person", "they took me to {ADDRESS|flat 3 ashby tower} in leeds n kept me there 2 days"),
("young_person", "ANYTHING ELSE: {NAME|DEMI} AND {NAME|COURTNEY} SHOULD GET AN AWARD FOR LOOKING AFTER ME"),
("young_person", "taxi {NAME|Stevie} gives girls free lifts home n then says u owe him"),
("young_person", "{NAME|Zainab} made me tell Mrs {NAME|Iqbal} the learning mentor, i was so angry but she was right"),
("young_person", "the lad {NAME|Tuan} who worked in the nail bar didnt speak english n looked scared all the time, i think he was trafficked"),
("young_person", "at {SCHOOL|Braeside Academy} the guidance teacher mr {NAME|maclean} was brilliant, he phoned ma mum every week"),
("young_person", "{NAME|ray} from the youth club drove me to the hospital wen i got cut"),
("young_person", "my old fb is {URL|facebook.com/kayleigh.mcgrath.12} they still message me on it"),
("young_person", "{NAME|Joy} the dinner lady is the only adult in that school who ever asked if i was ok"),
("young_person", "we live on {ADDRESS|pitch 12 ashgrove lane site} n the gavvers come round more than anywhere else"),
("young_person", "mum rang {NAME|Nadia} from the exploitation team on {PHONE|0113 496 0915}, she was the first one who believed me"),
("young_person", "{NAME|Bailey} was groomed by some guy off roblox called {HANDLE|BloxxKing77}, i told the teacher"),
("young_person", "that woman {NAME|Tina} on {ADDRESS|Cobden Street} has kids round her house all the time, drink n that"),
("young_person", "{NAME|Shanice}s boyfriend {NAME|Jermaine} makes her hold stuff. shes 13"),
("young_person", "the guards know {NAME|Declan Rooney} is doin it but they never lift him"),
("young_person", "the social worker was {NAME|Hayley} then {NAME|Becca} then {NAME|Hayley} again, just keep it the same person"),
("young_person", "{NAME|Maryam} n {NAME|Fatima} got messages from a fake account pretending to be a model scout"),
("young_person", "ur not safe at {SCHOOL|Riverside Pupil Referral Unit} cos the olders wait outside at home time"),
("young_person", "best person was {NAME|Faith} at the drop-in, she let me charge my phone n didnt ask loads of questions"),
("young_person", "OUR ADDRESS GOT GIVEN OUT ON A GROUP CHAT. ITS {ADDRESS|7 MAPLE GROVE} {POSTCODE|OL11 3DW}"),
("young_person", "a guy called {NAME|Marcus} on telegram sells vapes to year 7s n then says they owe him"),
("young_person", "me n {NAME|Levi} got took to a trap in {ADDRESS|Kingsway Court} in stoke n had to sleep on the floor"),
("young_person", "{NAME|Kofi}s mum is a nurse n she spotted it straight away, got me to see the gp"),
("young_person", "{NAME|dom} {NAME|jt} n {NAME|rizz} are the ones u need to worry about not us"),
("young_person", "i told miss {NAME|Patel} at {SCHOOL|Hollinwood Park} and she did the safeguarding thing straight away"),
("young_person", "{NAME|Ionuț} from my class got took out of school n sent to work in a car wash, nobody came looking for him"),
("young_person", "{NAME|Lacey} {NAME|Paige} and {NAME|Macy} all got added to the same group chat by {NAME|Jonno}"),
("young_person", "{NAME|Yonas} came here on a lorry n now the men he owes make him sell, he is 15 the same as me"),
("young_person", "ring {NAME|Bridget} at the traveller education service {PHONE|01632 960 447}, she helped my whole family"),
("young_person", "I AM {NAME|KYLE} AND I GO TO {SCHOOL|RAVENSMOOR HIGH}. THE BUS IS WHERE I FEEL UNSAFE, THE OLDER LADS TAKE OUR DINNER MONEY"),
("young_person", "{NAME|Ruaridh} n {NAME|Iona} help me wi ma homework n stop me goin oot wi the older ones"),
("young_person", "the man at {ADDRESS|42 Wellington Terrace} gives kids cans n weed. {NAME|Mickey} i think his name is"),
("young_person", "write to me on {EMAIL|shaneyboii(at)hotmail[dot]co[dot]uk} i dont want to be rung"),
("young_person", "born on {DATE_OF_BIRTH|3rd of march 2009} and been in care since i was 6. what would help is keeping the same worker"),
("young_person", "ma pal {NAME|Jamie} stays in {ADDRESS|Craigmount Court} an there's always older guys in the close askin us tae dae stuff"),
("young_person", "the bizzies took me to a cell n {NAME|Kelsey} from the missing team came n got me out, top girl"),
("young_person", "the teacher mr {NAME|Spence} said i was a waste of space in front of everyone. thats when i stopped going in"),
("young_person", "i was staying at {NAME|Big Mal}s in {ADDRESS|Flat 14 Beech House} and he made me pay rent by selling for him"),
("young_person", "TEXT ME ON {PHONE|+44 7700 900 634} NOT MY MUMS PHONE"),
("young_person", "{NAME|bella} n {NAME|rosie} r my girls, we dont go into town without each other now"),
("young_person", "i found out {NAME|Keanu} was 23 not 16 like his profile said. his snap is {HANDLE|keanu.vibez}"),
("young_person", "{NAME|Gurpreet} at the gurdwara langar was always there for me wen i had no food"),
("young_person", "the lads from {SCHOOL|Oldfield Brow} wait at the gates of ours with knives. {NAME|Reggie} got chased last week"),
("young_person", "wen i was in {ADDRESS|Larchwood} the staff didnt even report me missing till the morning"),
("young_person", "WOT WUD HELP IS IF {NAME|SANDRA} AT THE HUB COULD STAY, SHE IS LEAVING IN MAY AND NOBODY ELSE GETS IT"),
("young_person", "ppl call him {NAME|Scrappy} but his real name is {NAME|Liam Forde}, he lives on {ADDRESS|Rydal Crescent}"),
("young_person", "msg me {HANDLE|@sxphie.xo} i will tell u more, not putting it on here"),
("young_person", "an older lad everyone calls bolton {NAME|dave} picks up year 10s from outside the chippy in his bmw"),
("young_person", "divvent feel safe at the metro station at neet, me n {NAME|Kayleigh} got followed by these radgie lads all the way yem"),
("young_person", "they made a page about me {URL|https://www.tiktok.com/@exposing.leanne2} and everyone in year 10 seen it"),
("young_person", "man like {NAME|Tremaine} from my ends got me a job innit, turns out the job was shottin. dont trust free trims fam"),
]

# ---------------------------------------------------------------------------
# practitioner - clean (nothing to remove)
# ---------------------------------------------------------------------------
RECORDS += [
("practitioner", "Strategy discussion held re: CCE concerns. Threshold for s47 met. Police to complete intelligence checks via MASH; Health to share GP information by end of day; School to provide attendance."),
("practitioner", "Action: SW to submit NRM referral via the Home Office portal. DSL to update CPOMS. YJS case manager to attend next core group."),
("practitioner", "Return home interview offered but declined. Mum reports he was with friends in Leeds city centre and came back on the last train into Leeds station at approx 02:30."),
("practitioner", "Handover: nothing significant overnight. Staff completed 30-min welfare checks. Young person watched Love Island in the lounge and went to bed at 23:15."),
("practitioner", "MFH episode 3 this month. Located by BTP at Manchester Piccadilly at 04:10 holding a single ticket to Preston bought that day. No injuries seen. Referred to CAMHS and the Catch22 missing service."),
("practitioner", "Chronology 14/02/2025: CSC received contact from the Royal Oldham Hospital ED. Mother attended with child, who presented intoxicated. Discussed in MASH next working day."),
("practitioner", "Subject: Core group rescheduled\n\nHi all,\n\nThe core group planned for Thursday has been moved to Monday at 10am, Civic Centre, meeting room 2. Apologies for any inconvenience.\n\nThanks,\nCSC Business Support"),
("practitioner", "Risk indicators: unexplained gifts (new North Face coat, AirPods), overnight missing episodes, new 'friends' who are much older, second phone. CE screening tool outcome: HIGH."),
("practitioner", "DSL note: pupil seen getting into a grey Audi outside the school gates at 15:20. Registration not obtained. Passed to police via 101 and logged on CPOMS."),
("practitioner", "Sexual health: seen at the clinic on Oxford Road. Chlamydia screen offered. Contraception discussed. Mum not aware. Assessed as Fraser competent."),
("practitioner", "Police: intelligence indicates the address is being used as a trap house. Warrant to be applied for. Not to be shared with the family at this stage."),
("practitioner", "MARAC referral declined by the coordinator as this is not intimate-partner abuse; redirected to the MACE panel."),
("practitioner", "Youth work session: pool and FIFA, then used the 'Trust Me' resource on healthy relationships. Good engagement. Plan to meet at the Hub next Tuesday at 4."),
("practitioner", "TAF review: attendance up from 62% to 81%. Family engaging with Early Help. Dad has started going to Al-Anon. Agreed step down to universal services."),
("practitioner", "Out-of-hours options discussed with YP: Childline (0800 1111), Missing People (116 000) and 999 in an emergency."),
("practitioner", "School record: fixed-term suspension of 3 days for possession of a bladed article (kitchen knife). Managed move to the local PRU being considered by the Inclusion Panel."),
("practitioner", "LADO advice sought regarding a member of staff at the boxing gym. LADO advised threshold not met; recommended safeguarding supervision and a letter to the gym."),
("practitioner", "Ambulance called by a member of the public at Roundhay Park. Taken to Leeds General Infirmary; admitted to the children's ward overnight."),
("practitioner", "Agreed actions:\n1. Police to complete disruption visit.\n2. SW to complete CE screening tool.\n3. School to share attendance weekly.\n4. Health to chase GP records.\nNext meeting in 4 weeks."),
("practitioner", "Will discuss with Team Manager at supervision on Friday. May need to escalate to Head of Service if no placement is found by then."),
("practitioner", "Mark as high risk on the missing system and flag to the Missing from Home Coordinator before the weekend."),
("practitioner", "Housing: grace period on the arrears ends in March. Housing Options advised Mum to present as homeless if the arrears are not cleared."),
("practitioner", "Frank discussion with Dad about the cannabis debt. He agreed to a referral to Change Grow Live and to the Citizens Advice debt team."),
("practitioner", "Summer term update: no missing episodes since the Easter holidays. Attendance improving. Continue to monitor over the summer holidays when risk usually rises."),
("practitioner", "Attended Bradford Royal Infirmary with a fractured hand, unable to explain how. ED safeguarding nurse completed a referral to CSC."),
("practitioner", "Tigrinya interpreter booked via Language Line for the welfare visit on Wednesday."),
("practitioner", "Police log: officers attended a report of youths on mopeds near the Arndale. On arrival, no trace. Area search negative."),
("practitioner", "Joint visit with Early Help. Home conditions poor; no food in the fridge or cupboards. Trussell food bank voucher issued and Healthy Start checked."),
("practitioner", "Strategy meeting - attendees: SW (CSC), DS (CAIU), DSL (school), Named Nurse (health), YJS case manager. Apologies: IRO. Minutes: Business Support."),
("practitioner", "Young person attended an online safety session. Discussed Snap Map, privacy settings, and how to report to CEOP and the Report Remove tool with Childline."),
("practitioner", "RHI completed by phone as YP declined face-to-face. Says stayed at a friend's in Rochdale but would not give a name or address. Push factors: conflict with stepdad. Pull factors: money, belonging."),
("practitioner", "Dear colleague,\n\nPlease find attached the MACE agenda for Wednesday. Papers are restricted and must not be forwarded.\n\nKind regards,\nMACE Coordinator\nSafeguarding Children Partnership"),
("practitioner", "Disruption: Child Abduction Warning Notice considered but no adult identified at this stage. Police to continue monitoring via ANPR and the CE desk."),
("practitioner", "Admitted to the Royal Belfast Hospital for Sick Children. Discharged to the care of the Trust's out-of-hours social work team."),
("practitioner", "IRD held with Police Scotland, social work and health. Agreed joint investigative interview at the Bairns' Hoose on Monday morning."),
("practitioner", "Gardaí contacted via the Tusla out-of-hours service. Young person located in Dublin city centre near Connolly Station and returned to placement."),
("practitioner", "Dad reports he has 'done his best' and cannot manage any more. Requesting s20 accommodation. Team Manager and Head of Service informed."),
("practitioner", "Action log: 09/06 chase CAMHS re waiting list - done. 10/06 chase Police re PND checks - outstanding. 12/06 chase YJS re AssetPlus - done."),
("practitioner", "Police note: boy said his 'olders' told him to go to Hull. He had £340 in cash and two phones (a Nokia and an iPhone). Phones seized for download."),
("practitioner", "Behaviour log shows 14 incidents this half term. Pupil has an EHCP for SEMH. Annual review overdue - SENCo to arrange."),
("practitioner", "Night staff please be aware YP may try to leave via the fire exit after the 10pm check. Door alarm was repaired on Tuesday."),
("practitioner", "CIN plan review. Risk remains. Social Worker and Team Manager agreed to convene a strategy discussion due to escalating missing episodes."),
("practitioner", "Crimestoppers intelligence (0800 555 111) received re: drug dealing from a car in the Morrisons car park in Oldham town centre."),
("practitioner", "NB the family are Manchester City season ticket holders and match days are a protective factor: Dad and son go together every home game."),
("practitioner", "Outcome of Initial Child Protection Conference: child made subject to a CP plan under the category of neglect. RCPC in 3 months."),
("practitioner", "Hope, Ambition and Joy are the three values of the new youth hub - young people chose them at the consultation in May."),
("practitioner", "Sunny Bank Youth Centre reopened on Monday with a drop-in from 4 till 8. Flyers given to the PCSOs and the school nurse."),
("practitioner", "Young person said the people who matter most are Mum, Nan and the Police Community Support Officer who walks the estate."),
]

# ---------------------------------------------------------------------------
# practitioner - with identifiers (part 1)
# ---------------------------------------------------------------------------
RECORDS += [
("practitioner", "Strategy Meeting - {NAME|Kayden Marsh} (DOB {DATE_OF_BIRTH|03/07/2009})\nDate: 14/03/2025\nChair: {NAME|Liz Okonkwo}, Team Manager\nPresent: {NAME|Sarah Whitfield} (SW, CSC), DS {NAME|Paul Heaney} (CAIU), Mrs {NAME|Ahmed} (DSL, {SCHOOL|Brookfield High}), {NAME|Joanne Tait} (Named Nurse)\nApologies: {NAME|Rob Fenwick} (YJS)\nSummary: {NAME|Kayden} has been missing 4 times since 1 March and was last found in Blackpool with £200 and a second phone."),
("practitioner", "Name: {NAME|Amira Hassan}\nDOB: {DATE_OF_BIRTH|21.11.2008}\nAddress: {ADDRESS|Flat 4, 27 Clarendon Road}, Leeds {POSTCODE|LS6 2QT}\nNHS No: {NHS_NUMBER|485 221 9037}\nGP: Hyde Park Surgery\nSchool: {SCHOOL|Kirkstall Mount Academy}\nReferrer: Dr {NAME|Hannah Lisle} (GP)"),
("practitioner", "From: {EMAIL|r.oduya@calderbrook.gov.uk}\nTo: {EMAIL|safeguarding@ravensmoorhigh.sch.uk}\nSubject: {NAME|Tyler M} - CE screening\n\nHi {NAME|Beth},\n\nThanks for the call earlier. I've completed the screening for {NAME|Tyler} and he scores high on missing and unexplained money. Can you send me his attendance since September?\n\nThanks\n{NAME|Remi}\n\n{NAME|Remi Oduya}\nSocial Worker, Exploitation Team\nCalderbrook Council\nM: {PHONE|07700 900 726}"),
("practitioner", "01/03/25 - {NAME|JM} reported missing by foster carer {NAME|Tracey Holt}. Found next day in Blackpool by Lancashire Police.\n04/03/25 - RHI completed by {NAME|Dom Fairclough} (Catch22). {NAME|JM} disclosed being driven there by '{NAME|Nemo}', male approx 20.\n11/03/25 - {NAME|JM} suspended for 2 days from {SCHOOL|Oldfield Brow Academy}.\n19/03/25 - Strategy meeting; CE screening high."),
("practitioner", "OIC: DC {NAME|Hollins}\nSuspect: {NAME|Connor Jacob Pryce} (aka '{NAME|CJ}'), mobile {PHONE|07700 900 317}, believed to be staying at {ADDRESS|11 Nile Street}, Hull {POSTCODE|HU9 2LE}.\nVictim: {NAME|Ethan Garside}, 15.\n{NAME|Pryce} is linked to the 'Bando' line running from Leeds into Hull."),
("practitioner", "MARAC 12/06/2025 - Case 7\nVictim: {NAME|Chantelle Dunn} (17)\nPerpetrator: {NAME|Ricky Ashworth} (31)\nIDVA: {NAME|Naz Begum}\nDASH: 18/24. {NAME|Ricky} has previous for DA against two former partners. {NAME|Chantelle} is 20 weeks pregnant.\nActions: Police to consider DVPN; Housing to flag {ADDRESS|32 Oak Bank Rise}; IDVA to safety plan."),
("practitioner", "TAF review held at {SCHOOL|Hollinwood Park Academy}.\nPresent: Mum ({NAME|Kelly}), Mr {NAME|Dobson} (Head of Year 9), {NAME|Amina Rafiq} (Early Help), {NAME|Leon} (young person).\n{NAME|Leon} said he wants to do boxing and would like help getting his bike fixed. Mum says things at home are calmer since {NAME|Leon}'s older cousin moved out."),
("practitioner", "Handover 22:00\n{NAME|Shay} - back 21:40, smelt of cannabis, went straight to room.\n{NAME|Demi} - still MFH, police log 1834, {NAME|Bex} to ring in at midnight.\n{NAME|Kai} - settled, watched the match.\nStaff on: {NAME|Bex}, {NAME|Tom}, {NAME|Gloria}"),
("practitioner", "Patient: {NAME|Oliwia Nowak}\nNHS number: {NHS_NUMBER|6012457893}\nDOB: {DATE_OF_BIRTH|02/02/2010}\nSeen in ED at 03:20 with alcohol intoxication. Brought in by an older male who left before triage. Staff Nurse {NAME|Kerry Dolan} completed a safeguarding referral and discussed with the on-call paediatrician."),
("practitioner", "YJS contact: {NAME|Gareth Pugh} met {NAME|Rhys} at the office in Cardiff Bay. {NAME|Rhys} says he has been 'shotting' for {NAME|Kane} to pay off a £600 debt. Advised about the NRM. {NAME|Rhys}'s mum {NAME|Lisa} was present and supportive."),
("practitioner", "Logged by: {NAME|J. Kaur} (Pastoral)\nStudent: {NAME|Tariq Mahmood} 10S\nCategory: CE concern\n{NAME|Tariq} came in with a black eye and said he 'fell'. A friend ({NAME|Zak}) told me {NAME|Tariq} got hit for 'losing a pack'. Passed to DSL Mr {NAME|Greaves} at 09:05."),
("practitioner", "Return Home Interview\nYoung person: {NAME|Paige Lomax}\nInterviewer: {NAME|Chris Adebayo}, Missing Service\nWhere were you? 'At {NAME|Jade}'s.' Would not give an address.\nWho were you with? '{NAME|Jade} and some lads from Wigan.'\nHow did you get home? Taxi paid for by '{NAME|Ty}'.\nPush/pull: arguments with Mum, boredom."),
("practitioner", "Hi {NAME|Priya},\n\nFurther to the MACE panel, could you add {NAME|Josh Carney} to the list for disruption visits? His mum has given us a new number for him: {PHONE|07700 900 148}.\n\nMany thanks\n{NAME|Colette}\n\n{NAME|Colette Brennan}\nSenior Practitioner | Complex Safeguarding\nT: {PHONE|0113 496 0518}\nE: {EMAIL|colette.brennan@leedsbrook.gov.uk}"),
("practitioner", "Family live at {ADDRESS|Pitch 6, Holme Lane Traveller Site}, Doncaster. {NAME|Johnny Ward} (14) has not attended school since Easter. Education Welfare Officer {NAME|Mags Kenny} visited with the Traveller Education Service. Dad ({NAME|Patrick}) was welcoming and offered tea."),
("practitioner", "{NAME|Tia Brookes} has been placed at {ADDRESS|Oakridge House} children's home since January. Registered Manager {NAME|Dionne Clarke} reports 6 missing episodes, all returning by taxi. Taxi firm records requested by PC {NAME|Shah}."),
("practitioner", "Intel: the account {URL|https://www.instagram.com/stackz_mcr0161} is advertising 'work' to under-16s. Believed to be run by {NAME|Kieran Lowe}, 19, who also uses Snapchat {HANDLE|stackz.0161}."),
("practitioner", "Online safety concern: {NAME|Ollie} (Y8) has been talking on Discord to a user {HANDLE|NightOwl#0913} who asked for pictures and offered £50 in Steam credit. Parents (Mr and Mrs {NAME|Carver}) informed. Referred to CEOP."),
("practitioner", "CIN Review - minutes\nPresent: {NAME|KH} (SW), {NAME|BP} (DSL), Mum, Dad, {NAME|AT} (YP), {NAME|LW} (YJS)\n{NAME|AT} reported feeling safer. {NAME|BP} confirmed attendance at 88%. {NAME|LW} noted completion of the referral order. {NAME|KH} to close CIN at the next review if stable."),
("practitioner", "Custody record extract: detained person {NAME|Marley Osei-Bonsu}, DOB {DATE_OF_BIRTH|17/09/2008}. Appropriate adult {NAME|Fiona Reid} (AA service). Solicitor Mr {NAME|Hussain}. Arrested at {ADDRESS|Flat 12, Saxon House}, {POSTCODE|N17 6QP}. Two phones and £410 seized."),
("practitioner", "Dear Dr {NAME|Mensah},\n\nRe: {NAME|Lily-Mae Thornton}, DOB {DATE_OF_BIRTH|09/06/2011}, NHS {NHS_NUMBER|707 344 1826}\n\nThank you for referring this young lady to CAMHS. We saw {NAME|Lily-Mae} with her grandmother on 3 April and will offer six sessions.\n\nYours sincerely\n\nDr {NAME|S. Varghese}\nConsultant Child and Adolescent Psychiatrist"),
("practitioner", "{NAME|Kacper Wiśniewski} (Y10, {SCHOOL|Lowfield Grange High}) was found with a knife in his bag on 12/11. He told Mr {NAME|Barker} he carries it because of '{NAME|Dawid}'s lot'. Police informed via 101."),
("practitioner", "Detached session - Friday\nStaff: {NAME|Sunny} and {NAME|Gav}\nMet group of 8 at the skate park incl. {NAME|Tyrell}, {NAME|Ria} and {NAME|Bash}. {NAME|Tyrell} said a car had been circling. {NAME|Ria} asked about the clinic. Gave out Brook cards."),
("practitioner", "IRD - {NAME|Callum McNeil} (14)\nPolice Scotland: DC {NAME|Fraser}\nSocial Work: {NAME|Morag Duncan}\nHealth: {NAME|Isla Gordon}\n{NAME|Callum} was found at {ADDRESS|2/1, 14 Craigholme Street}, Glasgow {POSTCODE|G42 8NB} with adults not known to services."),
("practitioner", "PSNI referral: {NAME|Ciara Quinn} (15) reported by her aunt {NAME|Roisin} as missing from {ADDRESS|19 Glenview Park}, Belfast {POSTCODE|BT12 6EQ}. Located at 02:15 in the company of {NAME|Gerard Toner}, 34."),
("practitioner", "Tusla note: {NAME|Aoife Byrne}, DOB {DATE_OF_BIRTH|14 May 2009}. Allocated social worker {NAME|Niall Kavanagh}. Gardaí concerned about contact with an adult male known as '{NAME|Scully}'."),
("practitioner", "Action log\n1. {NAME|KL} to chase NRM decision - due 20/05\n2. {NAME|DP} to share school attendance - done\n3. PC {NAME|Evans} to do welfare check at {ADDRESS|5 Bramble Way} - outstanding\n4. {NAME|KL} to speak to {NAME|Zac}'s mum re: cash found in bedroom"),
("practitioner", "Core Group - {NAME|Harrison Bell}\nAttendees: {NAME|Stacey Rowe} (SW), {NAME|Imran Siddiqui} (YOS), {NAME|Vicky Lam} (school nurse), {NAME|Pete Bell} (Dad)\n{NAME|Harrison} did not attend. Dad said {NAME|Harrison} is 'out with {NAME|Dylan} again'."),
("practitioner", "Referrer: {NAME|Natalie Byers}, Youth Worker, Lighthouse Project\nTel: {PHONE|0161 496 0284}\nChild: {NAME|Ayaan Ali}, 13\nAddress: {ADDRESS|88 Clifton Road}, {POSTCODE|M14 7QX}\nConcern: seen getting into cars with older males near the Wilmslow Road shops. Has a new phone and designer clothes."),
("practitioner", "Disruption visit to {ADDRESS|Flat 7, Marlowe Court} by PCs {NAME|Dunne} and {NAME|Kaur}. Occupant {NAME|Lee Sumner} denied knowing {NAME|Bailey}. CAWN served in respect of {NAME|Bailey Hughes} (15)."),
("practitioner", "Morning {NAME|Gemma},\n\nJust to let you know {NAME|Ellie} was found safe in Sheffield last night by South Yorkshire Police. She is back with Nan. Can we get the RHI done before Friday?\n\nCheers\n{NAME|Ade}"),
("practitioner", "To: Front Door\nFrom: {NAME|Rachel Imrie}, DSL, {SCHOOL|St Brendan's RC Primary}\nRe: {NAME|Aliyah} (Y6) and brother {NAME|Zayn} (Y3)\n{NAME|Aliyah} told her teacher Miss {NAME|Cole} that a man she calls uncle {NAME|Bobby} gives her money to carry bags to school."),
("practitioner", "Attendees:\n{NAME|Helen Pryor} ({NAME|HP}) - Chair, Safeguarding Unit\n{NAME|Tom Greenwood} ({NAME|TG}) - SW\n{NAME|Farah Khan} ({NAME|FK}) - DSL\nDC {NAME|Mark Ellison} ({NAME|ME}) - CE Team\n\n{NAME|TG} outlined the concerns. {NAME|ME} confirmed {NAME|Reuben} was stopped in a car on the M62 with two adults. {NAME|FK} said {NAME|Reuben} has not been in school for 3 weeks. {NAME|HP} agreed a s47."),
("practitioner", "Night handover: {NAME|Pat} on shift with {NAME|Marcia}. {NAME|Riley} had a good evening - baked with {NAME|Marcia}. {NAME|Jordan} rang at 23:00 asking to be picked up from Bury Interchange; taxi booked."),
("practitioner", "Hi PC {NAME|Whitworth},\n\nAs discussed, the number {NAME|Kai} had saved as '{NAME|Stretch}' is {PHONE|07700 900 802}. He also had {PHONE|07700 900 115} saved as '{NAME|T}'. Happy to provide a statement.\n\nRegards\n{NAME|Michelle Ogunleye}\nFoster Carer Support Worker"),
("practitioner", "Cyfarfod strategaeth / Strategy meeting\n{NAME|Ffion Roberts} (SW), {NAME|Dafydd Lloyd} (Heddlu / Police), {NAME|Lowri Jenkins} (Ysgol / School)\nYP: {NAME|Tomos}, attends {SCHOOL|Ysgol Glan Morfa}. {NAME|Tomos} was found in Rhyl with a 19-year-old, {NAME|Jac Evans}."),
("practitioner", "Police found a boy tending a cannabis grow at {ADDRESS|63 Station Road}, {POSTCODE|DE23 8HL}. He gave the name {NAME|Nguyen Van Duc} and said he was 16. Interpreter {NAME|Linh} assisted. NRM referral made by Sgt {NAME|Abbott}."),
("practitioner", "UASC: {NAME|Erion} (claimed DOB {DATE_OF_BIRTH|01/01/2008}) arrived via Dover and is placed at {ADDRESS|Harbour View} children's home. Key worker {NAME|Sam Odell}. Concerns re calls from an Albanian number and a man called '{NAME|Besi}'."),
("practitioner", "TAF - {NAME|Nevaeh Simpson}\nLead Professional: {NAME|Jo Marsden} (Family Hub)\n{NAME|Nevaeh} is now attending 4 days a week. Mum ({NAME|Krystal}) says the older girl '{NAME|Kenz}' has stopped coming round."),
("practitioner", "Digital download of {NAME|Owen}'s phone shows regular contact with Discord user {HANDLE|vxid.kai} and Snapchat {HANDLE|@k.dolla44}. Both accounts referred to the CE desk for attribution."),
("practitioner", "GP note: {NAME|Jake Mullins} ({NHS_NUMBER|462 819 3057}) attended with Dad. Multiple bruises to upper arms, explanation inconsistent. Referred to MASH. Dr {NAME|Osei}."),
("practitioner", "Supervision with {NAME|Jenna}: caseload discussed. {NAME|Jenna} concerned about {NAME|Kobe} and {NAME|Marcel}, both linked to the same older male known as '{NAME|Sniper}'. Agreed to request a MACE slot."),
("practitioner", "MFH REPORT\nName: {NAME|Jessica Holloway} (known as {NAME|Jess})\nAge: 14\nHome address: {ADDRESS|3 Kiln Lane}, Sheffield {POSTCODE|S2 5AF}\nLast seen: 19:00, Hillsborough bus interchange\nAssociates: {NAME|Tiegan Moss}, '{NAME|Dex}'\nRisk: HIGH"),
("practitioner", "On Tue 4 Mar, {NAME|Kate Lister} <{EMAIL|k.lister@northmoorcc.gov.uk}> wrote:\n> Can someone confirm whether {NAME|Riley Jones} is still open to YJS?\n\nHi {NAME|Kate}, yes - {NAME|Riley} is open to {NAME|Sean Fagan} until the end of the order. {NAME|Sean}'s direct line is {PHONE|0161 496 0377}."),
("practitioner", "Seen at Brook by nurse {NAME|Adele}. Says boyfriend '{NAME|Tay}' is 22 and has a flat in Salford. Patient is 14. Safeguarding referral made; Brook safeguarding lead {NAME|Maxine Hurst} informed."),
("practitioner", "PEP meeting for {NAME|Jayden Okoro} at {SCHOOL|Kingsmead College}. Designated teacher Ms {NAME|Walsh}; Virtual School {NAME|Ibrahim Conteh}. {NAME|Jayden} wants to do a plumbing course next year."),
]

# ---------------------------------------------------------------------------
# practitioner - with identifiers (part 2)
# ---------------------------------------------------------------------------
RECORDS += [
("practitioner", "Cell-site data places {NAME|Tyler} in Aberystwyth on 2 and 3 June. {NAME|Tyler} denies leaving Birmingham. Line phone {PHONE|07700 900 958} attributed to '{NAME|Bugsy}'."),
("practitioner", "Foster carers {NAME|Rose} and {NAME|Frank Hunter} report that {NAME|Skye} came home at 01:30 with a new iPhone. {NAME|Rose} asked where it came from; {NAME|Skye} said a friend lent it to her."),
("practitioner", "{NAME|Will} will start at the PRU on Monday. SW {NAME|Dan Rigby} will take him for the first morning and Mum will collect."),
("practitioner", "Placement: {ADDRESS|Ivy Lodge} children's home, Stockport. Manager {NAME|Ray Dunmore}. {NAME|Kayla} settled well but continues to receive calls from a withheld number after 10pm."),
("practitioner", "Nan ({NAME|June Barlow}) has been caring for {NAME|Reegan} since March. {NAME|June} says she cannot keep him in at night and he has been seen with older boys on {ADDRESS|Langley Close} where he used to live."),
("practitioner", "DS {NAME|Chase} confirmed that the vehicle is registered to {NAME|Dwayne Pinnock} of {ADDRESS|54 Hartley Street}, {POSTCODE|B19 3NH}. {NAME|Pinnock} has two previous convictions for PWITS."),
("practitioner", "Number on his hand read {PHONE|07700 9OO 54l}. Checked on PNC/PND - linked to the 'Dizzy' line. {NAME|Mikey Rourke} (16) says he does not know whose it is."),
("practitioner", "Hi both,\n\nPlease find below the actions from today's core group for {NAME|Alesha}:\n- {NAME|Nicola} (SW) to complete the CE screening tool\n- {NAME|Dev} (school) to share attendance weekly\n- {NAME|Carla} (Early Help) to support Mum with the housing bid\n\nBest wishes,\n{NAME|Nicola Haworth}"),
("practitioner", "{NAME|Sophie Tran} (DOB {DATE_OF_BIRTH|30/10/2009}) attended {SCHOOL|Greyfriars Community College} until Y9. Currently NEET. Registered with Dr {NAME|Lowe} at Beech Grove Medical Practice."),
("practitioner", "Police log 2206: report from member of public that a boy of about 12 was being made to carry a rucksack by two adult males outside {ADDRESS|Block B, The Pines}. Officers attended; boy identified as {NAME|Hassan Noor}, who lives in Block B with his mum."),
("practitioner", "Referral received from {EMAIL|helen.dsl@greyfriarscc.org.uk} regarding {NAME|Amber Lee}. {NAME|Amber} disclosed to her form tutor that she has been 'seeing' a 24-year-old called {NAME|Zane}."),
("practitioner", "Strategy discussion - {NAME|Oskar Zieliński}\nPresent: {NAME|Carys Bevan} (SW, chair), DC {NAME|Ahmed} (CE Team), {NAME|Lucy Price} (school nurse)\nDiscussion: {NAME|Oskar} has been found twice in Swansea. His brother {NAME|Piotr} is believed to be involved."),
("practitioner", "ICPC minutes: Chair {NAME|Annette Boyle} (IRO). Mother {NAME|Roxana Popescu} attended with interpreter {NAME|Mihai}. {NAME|Roxana} said she did not know her son was going to Peterborough at weekends."),
("practitioner", "Case note 15/01: home visit to {ADDRESS|Flat 21, Ashby Tower}. {NAME|Keisha} not home. Mum says she is at {NAME|Lauren}'s. Left card. Will try again Friday."),
("practitioner", "Youth club register note: {NAME|Precious} brought her cousin {NAME|Tolu} (13) who says she has been messaged by {HANDLE|@daddy.bandz} offering £100 to carry a bag to Reading."),
("practitioner", "MACE panel 03/04 - new cases: {NAME|DR} (15, CSE), {NAME|MA} (14, CCE), {NAME|KO} (16, CCE). Location of concern: {ADDRESS|Castleford Heights} (block where {NAME|DR} lives)."),
("practitioner", "Please note change of address: {NAME|Connor Shaw} now lives with his dad at {ADDRESS|17 Laburnum Way}, Wakefield {POSTCODE|WF2 7JR}. New contact number for Dad: {PHONE|01632 960 318}."),
("practitioner", "CAMHS triage: {NAME|Ellie-Rose Finch}, NHS no. {NHS_NUMBER|821 560 4477}, referred by school nurse {NAME|Bernie Kirwan}. Self-harm (cutting) and low mood since the incident at the party. Urgent slot offered."),
("practitioner", "YOT intervention plan - {NAME|Demarco Reid}\nCase manager: {NAME|Aled Griffiths}\n{NAME|Demarco} to attend the knife crime programme at the Foundation. {NAME|Aled} to liaise with {SCHOOL|Riverside PRU} re timetable."),
("practitioner", "Hi {NAME|Stu},\n\n{NAME|Mason}'s mum rang in a panic - he's sent her a photo from a train and says he's 'going to work'. She thinks it is Lime Street. Can BTP look out for him? Her number is {PHONE|0151 496 0462}.\n\n{NAME|Angie}"),
("practitioner", "Return home interview - {NAME|Mia}\n{NAME|Mia} said she stayed in a hotel in Manchester with '{NAME|Chris}' and another girl called {NAME|Abbie}. {NAME|Mia} was given vodka and a vape. She says nobody touched her but she wants to speak to a woman worker."),
("practitioner", "Attendance officer Mr {NAME|Kowalski} visited {ADDRESS|8 Chapel Fold} at 09:30. No answer. Neighbour said the family moved out last week to an unknown address."),
("practitioner", "Referral: {NAME|Ibrahim Diallo}, 15, DOB {DATE_OF_BIRTH|6 August 2010}, {ADDRESS|Flat 3, 102 Stamford Road}, {POSTCODE|SE15 4RW}. School: {SCHOOL|Peckham Rise Academy}. Concern: robbed and stabbed in the leg, refuses to say by whom."),
("practitioner", "Handover - {NAME|Precious} (staff) to {NAME|Dom} (staff): {NAME|Tyla} went missing at 16:00 from the front of {ADDRESS|Fernlea} children's home, reported to police (log 977). {NAME|Tyla}'s phone goes straight to voicemail."),
("practitioner", "Health summary: NHS {NHS_NUMBER|943 812 7065}. Immunisations up to date. Last dental check 2022. {NAME|Kian} has asthma and no inhaler with him when missing."),
]

# ---------------------------------------------------------------------------
# practitioner - more clean records
# ---------------------------------------------------------------------------
RECORDS += [
("practitioner", "Met YP in the beer garden of the Rose and Crown as that is where she felt comfortable; she had a Coke. Discussed the bill for her phone contract, which she cannot pay and which 'someone else' has been topping up."),
("practitioner", "Clothing when found: black Nike Tech fleece, grey joggers, green Hunter wellies, no coat. Temperature below freezing. Taken to A&E as a precaution and released at 06:00."),
("practitioner", "School closed for INSET on Friday 6 June. Breakfast club and the HAF holiday activities programme will run from the Leisure Centre instead; transport from the usual bus stop."),
("practitioner", "Referral to Fearless (the youth service of Crimestoppers) made with YP's consent so she can pass on information anonymously about the flat above the chip shop."),
]

# ---------------------------------------------------------------------------
# practitioner - with identifiers (part 3, mostly non-name identifiers)
# ---------------------------------------------------------------------------
RECORDS += [
("practitioner", "Contact details updated on LCS:\nMobile (YP): {PHONE|07700 900 093}\nMobile (Mum): {PHONE|07700 900 571}\nHome: {PHONE|0113 496 0647}\nEmail (Mum): {EMAIL|tracy.lomas71@btinternet.com}"),
("practitioner", "DOB {DATE_OF_BIRTH|11/02/2011}. NHS No {NHS_NUMBER|5016638420}. Allergies: penicillin. GP: Oakwood Surgery. Immunisations: MMR outstanding."),
("practitioner", "Address history: {ADDRESS|47 Rowan Drive}, {POSTCODE|FY1 6BS} (2019-2022); {ADDRESS|Flat 2, 9 Albert Road}, {POSTCODE|FY4 1PL} (2022-2024); currently no fixed abode, sofa surfing in Blackpool."),
("practitioner", "School: {SCHOOL|Marsh Lane Academy} (Y9) - on a reduced timetable, 9-12 daily. Previously at {SCHOOL|Eastbrook Primary}. Home to school transport by taxi arranged by the council."),
("practitioner", "Snapchat accounts of concern shared with police: {HANDLE|j.money_9}, {HANDLE|lilmiz.xo}, {HANDLE|ruckus0113}. None of the young people spoken to have blocked these accounts."),
("practitioner", "Link sent by YP: {URL|https://www.tiktok.com/@trapgod.dubz} - video shows YP in the back of a car with cash fanned out. Screenshot saved to file. Platform report made."),
("practitioner", "Email from school ({EMAIL|attendance@marshlaneacademy.org.uk}) confirms 54% attendance this term and 3 internal exclusions, all for refusing to hand in his phone."),
("practitioner", "Born {DATE_OF_BIRTH|23rd December 2008} in Kirkcaldy. Moved to Edinburgh with Mum aged 6. Known to social work since 2017 (neglect). Currently looked after at home."),
("practitioner", "RHI: YP gave her address as {ADDRESS|Flat 11, Jubilee Court} but staff confirm she has not lived there since the placement moved in March. Possible she is staying there with an older friend."),
("practitioner", "Found at {ADDRESS|26 Lowther Street}, Carlisle {POSTCODE|CA1 2EX} - a known cuckooed address. Occupant (vulnerable adult) referred to Adult Social Care. YP returned to Manchester by BTP."),
("practitioner", "Screenshot of {URL|linktr.ee/kandi.kashout} advertising 'quick cash for drivers' was shared in the Y11 group chat. DSL informed; screenshot passed to police."),
("practitioner", "Phone number written inside his school planner as {PHONE|O77OO-9OO-312}. Passed to the CE desk for checks."),
("practitioner", "Concern that images of YP are being shared from {URL|https://www.facebook.com/profile.php?id=100087412339}, a fake profile set up in her name. Report made to Meta and to CEOP."),
("practitioner", "Gaming and social accounts disclosed by YP:\nDiscord: {HANDLE|ghxst.exe}\nXbox: {HANDLE|Ghxst x0113}\nInstagram: {HANDLE|@ghxst.0113}\nYP agreed to let worker see his friends lists next session."),
("practitioner", "NHS no. {NHS_NUMBER|438-221-0964} (taken from CP-IS). CP-IS flag added so unscheduled care settings will see the plan."),
("practitioner", "Please send the completed NRM to {EMAIL|nrm.referrals@northmoor.gov.uk} and copy in {EMAIL|mace.coordinator@northmoor.gov.uk} so it can be tracked."),
("practitioner", "Hospital discharge: Sheffield Children's Hospital. Discharge address {ADDRESS|12 Wincobank Avenue}, {POSTCODE|S5 6BB}. Follow-up with the community paediatrician in 6 weeks."),
("practitioner", "Traveller liaison: family have moved from {ADDRESS|Plot 3, Meadow View site} to a roadside camp near junction 27. School place at {SCHOOL|St Joseph's} held open until half term."),
("practitioner", "Welfare check requested at {ADDRESS|Flat 5, Block C, Hulme Gardens} - neighbours report children coming and going at all hours. Postcode {POSTCODE|M15 5RT}."),
("practitioner", "'All About Me' form completed by YP: 'my fav place is my nans on {ADDRESS|Pendle Road}. my worst place is town on a friday night.'"),
("practitioner", "Call to the home from {PHONE|020 7946 0881} at 23:40, caller claiming to be YP's uncle and asking which home she is in. Staff did not confirm. Reported to police (log 2311)."),
("practitioner", "{NAME|Jaylen} (DOB {DATE_OF_BIRTH|19.05.2010}) - MFH x2 this week; both times returned to {ADDRESS|Ferndale} children's home by private hire, fare already paid."),
("practitioner", "Admission to ward 9 (paediatrics). NHS {NHS_NUMBER|612 903 4485}. Mother's mobile {PHONE|07700 900 266}. EDT contacted via the council switchboard."),
("practitioner", "Teams chat\n{NAME|Gill}: has anyone got a number for the lad from {SCHOOL|Brookfield}?\n{NAME|Ola}: {PHONE|07700 900 740} but he changes sims every week"),
("practitioner", "Dear Mr {NAME|Adeyemi},\n\nI am writing to confirm that {NAME|Femi} has been offered a place at {SCHOOL|Ashdown Alternative Provision} from 2 September. Please contact me on {PHONE|0121 496 0593} with any questions.\n\nYours sincerely,\n\nInclusion Officer"),
]

# ===========================================================================
# checking and writing
# ===========================================================================

def is_word(ch):
    return ch.isalnum() or ch == "_"


def edge_ok(typ, val):
    first, last = val[0], val[-1]
    first_ok = first.isalnum() or (typ == "HANDLE" and first == "@") \
        or (typ == "PHONE" and first == "+")
    return first_ok and last.isalnum()


def parse(marked):
    """Turn a marked-up text into (plain text, spans, problems)."""
    out = []
    spans = []
    problems = []
    plen = 0
    i = 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == "{":
            j = marked.find("}", i + 1)
            k = marked.find("{", i + 1)
            if j == -1:
                problems.append("unclosed '{' at char %d" % i)
                break
            if k != -1 and k < j:
                problems.append("nested or unclosed '{' at char %d" % i)
                break
            inner = marked[i + 1:j]
            if "|" not in inner:
                problems.append("marker without '|': {%s}" % inner)
                i = j + 1
                continue
            typ, val = inner.split("|", 1)
            if typ not in TYPES:
                problems.append("unknown type %r in {%s}" % (typ, inner))
            if not val:
                problems.append("empty value in {%s}" % inner)
            else:
                if "|" in val:
                    problems.append("extra '|' in {%s}" % inner)
                if val != val.strip():
                    problems.append("surrounding space in {%s}" % inner)
                elif not edge_ok(typ, val):
                    problems.append("surrounding punctuation in {%s}" % inner)
            spans.append((plen, plen + len(val), typ))
            out.append(val)
            plen += len(val)
            i = j + 1
        elif c == "}":
            problems.append("stray '}' at char %d" % i)
            i += 1
        else:
            out.append(c)
            plen += 1
            i += 1
    plain = "".join(out)
    for s, e, t in spans:
        if e <= s:
            continue
        if s > 0 and is_word(plain[s - 1]):
            problems.append("span %r does not start on a word boundary" % plain[s:e])
        if e < len(plain) and is_word(plain[e]):
            possessive = (t == "NAME" and plain[e] == "s"
                          and (e + 1 == len(plain) or not is_word(plain[e + 1])))
            if not possessive:
                problems.append("span %r does not end on a word boundary" % plain[s:e])
    if plain != plain.strip():
        problems.append("text has leading or trailing space")
    if not plain:
        problems.append("empty text")
    return plain, spans, problems


def check_all(records):
    problems = []
    items = []
    for n, rec in enumerate(records):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            problems.append("record %d is not a (style, text) pair" % n)
            continue
        style, marked = rec
        where = "record %d (%s...)" % (n, marked[:50].replace("\n", " / "))
        if style not in STYLES:
            problems.append("%s: unknown style %r" % (where, style))
        plain, spans, probs = parse(marked)
        for p in probs:
            problems.append("%s: %s" % (where, p))
        items.append({"style": style, "marked": marked, "text": plain, "spans": spans})

    seen = Counter(it["text"] for it in items)
    for text, k in seen.items():
        if k > 1:
            problems.append("duplicate record (x%d): %s" % (k, text[:60]))
    seen_marked = Counter(it["marked"] for it in items)
    for text, k in seen_marked.items():
        if k > 1:
            problems.append("duplicate marked record (x%d): %s" % (k, text[:60]))

    total = len(items)
    clean = sum(1 for it in items if not it["spans"])
    by_style = Counter(it["style"] for it in items)
    by_type = Counter(t for it in items for (_, _, t) in it["spans"])
    if total < MIN_RECORDS:
        problems.append("only %d records, need at least %d" % (total, MIN_RECORDS))
    if clean < MIN_CLEAN:
        problems.append("only %d clean records, need at least %d" % (clean, MIN_CLEAN))
    for st in STYLES:
        share = by_style[st] / total if total else 0
        if not 0.45 <= share <= 0.55:
            problems.append("style %s is %.1f%% of records, should be about half" % (st, 100 * share))
    for t in TYPES:
        if by_type[t] == 0:
            problems.append("type %s never occurs" % t)
    stats = {
        "total": total,
        "clean": clean,
        "by_style": by_style,
        "by_type": by_type,
        "clean_by_style": Counter(it["style"] for it in items if not it["spans"]),
        "spans_by_style": Counter(it["style"] for it in items for _ in it["spans"]),
        "multiline": sum(1 for it in items if "\n" in it["text"]),
    }
    return items, problems, stats


README_TEMPLATE = """# set_ai - hand-written evaluation set for a text de-identifier

## Who wrote it

This set was written by an independent helper (an AI assistant working inside a
sandbox) for the consultation system of a UK child-exploitation partnership.
The writer saw no code, tool, data, README or other evaluation set of the
project: nothing under `/work` was read apart from this folder, no
de-identifier was run or inspected, and no web search, web page, name list or
NLP library was used.

## How it was built

* Every record was typed by hand, one at a time, from general knowledge of how
  young people and front-line practitioners write. No templates, generators,
  name lists or substitution loops were used.
* Records live in `build.py` as `(style, text)` pairs with identifiers marked
  inline as `{{TYPE|value}}`.
* `python3 build.py` checks that markers are balanced and well formed, types are
  known, values are non-empty with no surrounding space or punctuation (a
  handle may start with `@`, a phone number with `+`), spans sit on word
  boundaries (a possessive without an apostrophe, `{{NAME|Reece}}s`, is
  allowed), every record is unique, there are at least {min_records} records and
  at least {min_clean} clean ones, the two styles are about half each and every
  type occurs. Only if all checks pass does it write `set_ai.jsonl` and this
  README. `python3 build.py --check` only checks.
* Records are shuffled with `random.Random({seed})` and numbered ai0001, ai0002, ...
* All people, phone numbers, e-mails, handles, URLs, addresses, postcodes, dates
  of birth and NHS numbers are invented. Phone numbers use the Ofcom drama
  ranges (07700 900xxx, 0113 496 0xxx, 0121 496 0xxx, 0151 496 0xxx,
  0161 496 0xxx, 020 7946 0xxx, 01632 960xxx). NHS numbers are made up. No real
  person is described; public figures appear only as harmless mentions.
  Schools, children's homes, estates and streets tied to a person are invented
  (any real place of the same name is a coincidence).

## Files

* `build.py` - the records and the checker / writer.
* `set_ai.jsonl` - one JSON object per line: `id`, `style`, `text`, `spans`;
  each span is `{{"start", "end", "type"}}` with offsets in Unicode code points of
  the plain text (markers removed), end exclusive. UTF-8, not ASCII-escaped.
  Some practitioner texts contain literal newlines.
* `README_set_ai.md` - this file.

## Styles

* `young_person` - answers to consultation survey questions (where do you feel
  unsafe and why, who helped you, what should change, anything else) in young
  people's own voice: text-speak, slang, misspellings, little punctuation, all
  lower case or ALL CAPS, voices from across the UK and Ireland (Manchester,
  Leeds, Liverpool, London, Birmingham, the North East, Wales, Scotland,
  Belfast, Derry, the Republic of Ireland, Traveller and Caribbean-influenced
  English), names from many
  backgrounds, nicknames (some of them ordinary words), lower-case names, names
  that are also words, names beside verbs, lists of friends, and people named by
  what they do or where they are from.
* `practitioner` - case notes, referrals, chronologies, strategy / core group /
  MARAC / TAF / CIN / MACE minutes with attendee lists, roles and initials,
  e-mails with greetings, quoted replies and signatures, police, custody,
  health, CAMHS, school (CPOMS) and youth-work records, return home interviews,
  form-style notes with field labels, action logs, handover notes, Welsh,
  Scottish, Northern Irish and Irish (Tusla / Gardaí) records.

About a third of the records are clean hard negatives: days, months, brands,
shops, apps, games, towns, districts, parks, stations, streets named as public
places, hospitals, services, charities, helplines with their public numbers,
agencies and acronyms, job titles, public figures, football clubs, TV shows,
Mum / Nan / the Police, and words that are also names used as words (hope,
will, mark, joy, dawn, grace, frank, summer, river, rose, bill, sunny, faith,
may, june, ray, pat, sky, jack, chase, hunter, ivy).

## Labelling policy

Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL, NHS_NUMBER,
DATE_OF_BIRTH.

* A span covers exactly the identifier, with no surrounding space or punctuation.
* NAME: any private person by full name (one span), first name, surname,
  nickname or initials. Titles and kinship words stay outside
  (`Mr {{NAME|Pryce}}`, `uncle {{NAME|Teddy}}`, `DC {{NAME|Hollins}}`,
  `my nana {{NAME|Ama}}`); a nickname prefix Big / Lil / Little is inside
  (`{{NAME|Big Dee}}`, `{{NAME|LIL K}}`); a possessive 's stays outside; a
  possessive without an apostrophe is labelled on the name only
  (`{{NAME|Reece}}s brother`). Professionals named in notes are private people
  and are labelled, including their initials in minutes (`{{NAME|TG}} outlined
  ...`). Every mention of a private name is labelled, not just the first.
* Not labelled: public figures, brands, shops, pubs, clubs, towns, districts,
  parks, landmarks, hospitals and wards, churches, services, charities and
  helplines with their public numbers, job titles and role acronyms (SW, DSL,
  IRO, YP), Mum / Dad / Nan, reference numbers and police log numbers.
* A name inside a URL, handle or e-mail is covered by that span only.
* PHONE: UK numbers, including obfuscated ones (spaces, hyphens, letters O / l
  for 0 / 1, numbers spelled out in words).
* EMAIL: including "(at)" / "[dot]" / "at ... dot" forms; role mailboxes
  (e.g. a school safeguarding inbox) are labelled too.
* POSTCODE: a postcode on its own span, separate from the address.
* ADDRESS: house number + street, flat / block, a street where someone lives
  even without a number, a named estate where someone lives (the estate's name;
  a trailing lower-case "estate" is left outside), a named children's home (the
  home's name; a following "children's home" is left outside), a Traveller site
  pitch or plot. The town and postcode are not part of the ADDRESS span.
* SCHOOL: named schools, academies, colleges, PRUs, including short forms
  (`{{SCHOOL|st mikes}}`); an unnamed "the pru" or "college" is not labelled.
* HANDLE: social and gaming names and Discord tags, with a leading @ when written.
* URL: links to a private person's page or profile.
* NHS_NUMBER: ten-digit NHS numbers in any spacing.
* DATE_OF_BIRTH: only dates of birth (including a "claimed" DOB); ordinary dates
  (meetings, chronology entries, missing episodes) are left unlabelled.

Judgement calls made while writing, applied consistently:

* A descriptor of what someone does or where they are from stays outside the
  name: `taxi {{NAME|Stevie}}`, `bolton {{NAME|dave}}`, `{{NAME|Mo}} from the
  takeaway`, `big man called {{NAME|Smokey}}` (lower-case "big man" is a
  description, not a Big prefix).
* A nickname that is an ordinary word is labelled when it names a person
  (`{{NAME|Biscuit}}`, `{{NAME|GHOST}}`, `{{NAME|Chunks}}`); the same word used
  as a word is not.
* A full name with a nickname given separately is two spans
  (`{{NAME|Jessica Holloway}} (known as {{NAME|Jess}})`).
* Drug-line names (the 'Bando' line) and gang / group names are not private
  persons and are not labelled.
* A street, park or station mentioned as a public place is not labelled; the same
  kind of street is an ADDRESS when it is where someone lives or is held.

## Counts

Records: {total} ({clean} clean, {withids} with at least one identifier;
{multiline} contain literal newlines).

NAME spans: {names}. This is above the roughly 300 aimed for, mainly because
practitioner minutes and chronologies repeat attendees' names and initials,
and every mention is labelled.

Per style:

| style | records | clean | spans |
|---|---:|---:|---:|
{style_rows}

Per type:

| type | spans |
|---|---:|
{type_rows}
| **all** | **{all_spans}** |
"""


def write_outputs(items, stats):
    rng = random.Random(SEED)
    order = list(items)
    rng.shuffle(order)
    path_jsonl = os.path.join(HERE, "set_ai.jsonl")
    with open(path_jsonl, "w", encoding="utf-8", newline="\n") as fh:
        for n, it in enumerate(order, 1):
            obj = {
                "id": "ai%04d" % n,
                "style": it["style"],
                "text": it["text"],
                "spans": [{"start": s, "end": e, "type": t} for (s, e, t) in it["spans"]],
            }
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    style_rows = "\n".join(
        "| %s | %d | %d | %d |" % (st, stats["by_style"][st], stats["clean_by_style"][st],
                                  stats["spans_by_style"][st])
        for st in STYLES)
    type_rows = "\n".join("| %s | %d |" % (t, stats["by_type"][t]) for t in TYPES)
    readme = README_TEMPLATE.format(
        min_records=MIN_RECORDS, min_clean=MIN_CLEAN, seed=SEED,
        total=stats["total"], clean=stats["clean"],
        withids=stats["total"] - stats["clean"], multiline=stats["multiline"],
        style_rows=style_rows, type_rows=type_rows,
        all_spans=sum(stats["by_type"].values()), names=stats["by_type"]["NAME"])
    path_readme = os.path.join(HERE, "README_set_ai.md")
    with open(path_readme, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)
    return path_jsonl, path_readme


def main(argv):
    check_only = "--check" in argv[1:]
    items, problems, stats = check_all(RECORDS)
    if problems:
        print("CHECK FAILED: %d problem(s)" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    print("all checks passed: %d records, %d clean" % (stats["total"], stats["clean"]))
    for st in STYLES:
        print("  %-13s %4d records, %3d clean, %4d spans" % (
            st, stats["by_style"][st], stats["clean_by_style"][st], stats["spans_by_style"][st]))
    for t in TYPES:
        print("  %-13s %4d" % (t, stats["by_type"][t]))
    if check_only:
        print("--check: nothing written")
        return 0
    pj, pr = write_outputs(items, stats)
    print("wrote", pj)
    print("wrote", pr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
