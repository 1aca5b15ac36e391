#!/usr/bin/env python3
"""Build the held-out de-identification evaluation set `set_ae`.

Every record below was written one at a time, by hand, as (style, text).
Identifiers are marked inline as {TYPE|value}. Nothing here is generated,
templated or substituted from a list.

    python3 build.py          check everything, then write set_ae.jsonl and README_set_ae.md
    python3 build.py --check  check only, write nothing
"""
import json
import os
import random
import re
import sys
from collections import Counter

Y = "young_person"
P = "practitioner"

TYPES = [
    "NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
    "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH",
]
STYLES = [Y, P]
SEED = 20261209
PREFIX = "ae"
MIN_RECORDS = 260
MIN_CLEAN = 85

RECORDS = [
    # ------------------------------------------------------------------
    # young_person, with identifiers
    # ------------------------------------------------------------------
    (Y, "dont feel safe walkin home from {SCHOOL|st bedes} past the rec when its dark theres a group of lads n one of them {NAME|kyle} keeps followin me on his bike"),
    (Y, "me mam helped me la and our {NAME|Jordan}, he come an got me from town when i was stuck at lime street with no credit"),
    (Y, "ANYTHING ELSE?? YEH TELL MR {NAME|OKONKWO} TO STOP SHOUTIN AT US IN MATHS ITS NOT OK"),
    (Y, "the youth worker {NAME|Dee} off the bus thing is sound she give me her number {PHONE|07700 900418} and said text whenever"),
    (Y, "howay man the metro at night is proper scary, some gadgie tried to grab wor {NAME|Keeley} at haymarket and naebody did owt"),
    (Y, "naw ah dinnae feel safe in ma ain hoose cos ma maw's boyfriend {NAME|Stevie} gets steamin n starts on us"),
    (Y, "the youth club in splott is lush but the boys from the park by there are proper nasty to me and {NAME|Ffion}, they took her phone off her like"),
    (Y, "bout ye, the hoods put {NAME|Ciaran}s windies in on {ADDRESS|Cranbrook Gardens} cos they think he touted so they do"),
    (Y, "its the bus stop by the bullring that aint safe bab, a man kept askin me and {NAME|Harpreet} for our snaps"),
    (Y, "wallahi i dont go past the chicken shop no more cos the opps from there know my cousin {NAME|Tayo} an they was tryna rush me"),
    (Y, "nowt really just me step dad {NAME|gaz} he were shoutin at us all weekend an me mam dint do owt"),
    (Y, "our kid {NAME|Reece} got jumped outside the chippy on {ADDRESS|Haddon Street} where we live, dibble never even came"),
    (Y, "gert lush youth workers at the centre but where i live on {ADDRESS|Kestrel Rise} aint safe, proper dodgy blokes in cars"),
    (Y, "my nan helped me most. buses never come dreckly so i walk back from camborne in the dark and thats when {NAME|Jago} and his mates follow me"),
    (Y, "the gavvers come on the site every week and pull me brother {NAME|Johnny} out the trailer for nothin, and the buffers at school call us names"),
    (Y, "add me on snap if u want to no more its {HANDLE|kayz.xo2}"),
    (Y, "a girl called {NAME|Zuzanna} from my class helped me when i had a panic attack in the toilets she is my best friend now"),
    (Y, "{NAME|big tone} sells stuff by the garages on {ADDRESS|Mercer Walk} near my house everyone knows but no one says nothin"),
    (Y, "MY NAME IS {NAME|AMARA OSEI} AND I DONT FEEL SAFE ON THE 36 BUS BECAUSE OF THE MEN AT THE BACK"),
    (Y, "i hope {NAME|Hope} is ok she moved away and blocked everyone"),
    (Y, "{NAME|will} keeps messaging me on insta from diffrent accounts, the one now is {HANDLE|@w1ll_from_da_endz}"),
    (Y, "my foster carer {NAME|Marcia} is the only one who listens, she lets me ring my real mum on sundays"),
    (Y, "someone put my pics on a group chat and the one who started it is {NAME|Dawid K} in year 10 at {SCHOOL|Hollinwood High}"),
    (Y, "me and {NAME|Summer} stay at {ADDRESS|Willow House} the kids home, staff are alright but the lads that come round at night arent"),
    (Y, "i live on the {ADDRESS|Eastfield} estate and you cant walk to the shop without someone startin"),
    (Y, "my aunty {NAME|Hodan} helped me when the school said i was lying, she came in and talked to the head"),
    (Y, "i worked in a nail bar for a man called {NAME|anh tuan} he took my phone and i slept upstairs on the floor"),
    (Y, "the boys call me and my sister {NAME|Denisa} gypsy at the bus stop and the teachers dont do nothing about it"),
    (Y, "{NAME|Yousef} my big brother walks me to school now since the thing with the car"),
    (Y, "ring me on {PHONE|o77oo 9oo 5l2} if u need sumthin im not allowed my real phone"),
    (Y, "my email is {EMAIL|princessjade2011(at)hotmail[dot]co[dot]uk} pls dont tell my dad"),
    (Y, "the polis were sound tae be fair but ah still dinnae want tae go back tae {ADDRESS|14 Drumry Crescent} cos ma da's there"),
    (Y, "mr {NAME|pritchard} in {SCHOOL|ysgol bryn teg} is the only teacher who asks if im ok"),
    (Y, "me nana in byker is canny, i stop at hers when me mam's fella {NAME|Lee} kicks off"),
    (Y, "snapchat name is {HANDLE|lil_ghost_09} i got hacked and now someone is sendin stuff pretendin to be me"),
    (Y, "{NAME|Oisin} and {NAME|Padraig} from the site got battered by some lads down the canal cos of who they are"),
    (Y, "bro {NAME|Lil Kane} got shanked outside westfield an the whole ends knows who done it"),
    (Y, "i dont feel safe at my dads flat, {ADDRESS|flat 9 Brunswick House}, cos his mate {NAME|Dean} is always there n he looks at me funny"),
    (Y, "mint youth worker called {NAME|Saff} got me into boxing at the gym in moss side, im not out on the roads as much now"),
    (Y, "summat happened in the snicket behind {SCHOOL|Harehills Academy} and i told miss {NAME|Akhtar} and she sorted it"),
    (Y, "i was born {DATE_OF_BIRTH|12/09/2010} so im 16 now and they still treat me like a baby"),
    (Y, "nhs number is {NHS_NUMBER|485 203 6617} the nurse told me to write it down for the clinic"),
    (Y, "my postcode is {POSTCODE|M40 7QX} if u need to send me the voucher thing"),
    (Y, "follow me on tiktok {URL|tiktok.com/@jessbaby.x} i post about what happened to me so it dont happen to other girls"),
    (Y, "the peelers lifted my cousin {NAME|Shauna} for nothin so they did and nobody from the social came near her"),
    (Y, "{NAME|Chunk} is my mate hes not even fat we just call him that, he helped me when they robbed my bike"),
    (Y, "i stay wiv my nan at {ADDRESS|22 Ferndale Road} {POSTCODE|B21 8NQ} since my mum went away"),
    (Y, "me and {NAME|River} got chased from knowle west by some boys in a car, proper scary like"),
    (Y, "{NAME|Kerensa} from the youth club in redruth helped me ring childline, shes proper"),
    (Y, "{NAME|Aoife} my sister is the one who looks after us really, me mammy is sick a lot"),
    (Y, "that {NAME|Ruaridh} fae ma class keeps sendin me stuff on discord, his tag is {HANDLE|ruaridh_mc#4471}"),
    (Y, "i feel unsafe in the changing rooms at {SCHOOL|Kingsmead} cos {NAME|KB} and his mates film people"),
    (Y, "the bizzies dropped me back at {ADDRESS|4 Ivy Court} at like 3am an me mam went mad la"),
    (Y, "my number changed its now {PHONE|07700 900733} can u tell {NAME|Gemma} the youth worker"),
    (Y, "{NAME|Rose} is the one who got me into it, she said the older lads would pay for my nails and that"),
    (Y, "i didnt tell no one except {NAME|mark} at the boxing gym hes like a big brother to me"),
    (Y, "me granny {NAME|Biddy} on the site helped most, country people dont understand us"),
    (Y, "{NAME|Abdirahman} and {NAME|Warsame} my cousins got stopped and searched 3 times this month by the mosque"),
    (Y, "the man told us to call him {NAME|Smiler} and he give us vapes and rides in his car"),
    (Y, "my social worker {NAME|Precious} is actually calm, she came to see me in the feds station at 2am"),
    (Y, "{NAME|JOY} IS MY KEY WORKER AND SHE IS THE BEST THING ABOUT THIS PLACE"),
    (Y, "my insta is {HANDLE|@nadia.k_x} but my mum reads all my messages"),
    (Y, "{NAME|Andrei} my brother says dont talk to police because in romania police is bad but here is different i think"),
    (Y, "we live at {ADDRESS|flat 3, 41 Popple Street} and the landlord comes in when he wants"),
    (Y, "{NAME|Layla} helped me translate for my mum at the hospital when they was asking about my bruises"),
    (Y, "my grandad {NAME|Delroy} picks me up from college on fridays so i dont have to get the bus past the estate"),
    (Y, "my old school {SCHOOL|Brackenfield Academy} was better, i got excluded and now i go to the pru"),
    (Y, "they made a fake account of me called {HANDLE|skanky_shania_exposed} and put where i live on it"),
    (Y, "{NAME|Gethin} and {NAME|Iestyn} are the ones who beat me up in the bogs in school, mun"),
    (Y, "i was born on {DATE_OF_BIRTH|3rd march 2011} and he knew that so he must of seen my insta"),
    (Y, "{NAME|Tank} and {NAME|Biscuit} run the group chat, they add year 7s and send them stuff"),
    (Y, "divvent nah who else to tell, me da's mate {NAME|Stu} kept comin in me room"),
    (Y, "we were at me aunties on {ADDRESS|Grange Avenue} when it kicked off and {NAME|Tasha} rang 999"),
    (Y, "i feel safest at {NAME|Kwame} and {NAME|Ama}s house there mum makes me food and dont ask questions"),
    (Y, "{NAME|Eilidh}'s maw took me in when ma da flung me oot"),
    (Y, "contact me on {EMAIL|tyler.j.2010@gmail.com} not my phone"),
    (Y, "i go to {SCHOOL|St Columba's} and i dont feel safe there cos of the boys in 4th year"),
    (Y, "our {NAME|Jaz} got stabbed in handsworth and now everyone thinks im next"),
    (Y, "{NAME|MINH} FROM THE TAKEAWAY HELPED ME WHEN I RAN AWAY"),
    (Y, "theres a man called {NAME|Frankie} who gives us lifts from the station and lets us stay at his flat on {ADDRESS|Clarence Street}"),
    (Y, "discord: {HANDLE|voidwalker#0192} he said he was 15 but he aint"),
    (Y, "me and {NAME|Niamh} got chased outta the park by a crowd of them, catch yerself on sayin its safe round here"),
    (Y, "tell {NAME|Bev} at the youth club ta, shes the only one who gives a toss"),
    (Y, "{NAME|Sana} from my form helped me when i was crying and took me to the nurse"),
    (Y, "{NAME|Kai} my boyfriend is 19 and im 14 my mum says its wrong but hes nice to me"),
    (Y, "down the harbour in newlyn the older boys sell weed and {NAME|Morwenna} got proper done in by one of em"),
    (Y, "me da {NAME|Paddy Ward} says we dont talk to no social workers so i never said nothin"),
    (Y, "call my mums mobile {PHONE|07700 900264} she speaks polish so just ask for {NAME|Kacper} thats me"),
    (Y, "my nhs number {NHS_NUMBER|7021184493} if the doctor needs it"),
    (Y, "{NAME|Junior} and {NAME|Shaq} link me up wiv the olders but i aint tryna do that no more"),
    (Y, "made up wiv {NAME|Cheryl} off the sexual health bus she never judged me once"),
    (Y, "dob {DATE_OF_BIRTH|14.2.09} im a care leaver now and no one rings me"),
    (Y, "{NAME|Priya} told me about kooth and its helped a bit"),
    (Y, "i dont feel safe at home cos my brother {NAME|Imran} hits me and my parents say its family business"),
    (Y, "snap {HANDLE|x_marley_x} add me if ur from the youth club"),
    (Y, "when i went missing i was at {NAME|Connor}s mates flat in {ADDRESS|Bellfield Court}"),
    (Y, "WHO HELPED ME? AUNTIE {NAME|GRACE} AND THATS IT"),
    (Y, "ma wee brother {NAME|Calum} and me hide in the cupboard when theyre fightin"),
    (Y, "{NAME|Thao} and me were brought here in a lorry and now we live at {ADDRESS|56 Albion Terrace} with a man who says we owe him"),
    (Y, "my mums phone is {PHONE|oh seven seven double oh nine double oh three one nine} cos i aint got credit"),
    (Y, "{NAME|Florin} from the car wash gives us money to carry bags to the flat, i dont know whats in them"),
    (Y, "{NAME|Jermaine} my bredrin saved me when man pulled a blade at the bus stop in lewisham"),
    (Y, "i stay at {ADDRESS|Rowan Lodge} its a kids home in the middle of nowhere, i hate it"),
    (Y, "i think {NAME|Seonaid} is being groomed by an older guy on snap, his name on there is {HANDLE|kingz_ayr_92}"),
    (Y, "ffs tell ms {NAME|adeyemi} to stop puttin me on report its not helpin"),
    (Y, "my youtube is {URL|youtube.com/@RapzByRico} watch it"),
    (Y, "{NAME|Bethan} the youth worker at {SCHOOL|Coleg y Dyffryn} is tidy, she sorted me out when i was sleepin in the park"),
    (Y, "{NAME|Oksana} helped me at the new school when i didnt speak english yet, now we are best friends"),
    (Y, "i want to say {NAME|tunde} at the mosque youth club is the reason im still here"),
    (Y, "me mate {NAME|Nadia}s dad {NAME|Khalid} drives us everywhere so we dont get the bus at night"),
    (Y, "ALRIGHT MY LOVER? BLOKE IN A WHITE VAN KEEPS PARKIN OUTSIDE {ADDRESS|9 COOMBE LANE} WHERE I LIVE AND WATCHIN ME"),
    (Y, "proper job the youth club, but {NAME|Tamsin}s stepdad picks her up drunk and nobody says nothin"),
    (Y, "cuz {NAME|Kofi} got moved to {SCHOOL|Riverside PRU} after the fight and now the olders are on him every day"),
    (Y, "{NAME|Dusan} from the slovak family upstairs gets hit, you can hear it through the floor at {ADDRESS|Flat 12 Lyme Tower}"),
    (Y, "we got moved to a hotel then to {ADDRESS|33 Wren Street} {POSTCODE|L8 2RU} and i dont know no one round here"),
    (Y, "the lads from {SCHOOL|St Ninians} wait at the bus stop for us, ah telt mr {NAME|McAllister} an he did nothin"),

    # ------------------------------------------------------------------
    # young_person, clean (nothing to remove)
    # ------------------------------------------------------------------
    (Y, "i dont feel safe at lime street at night theres always drunk people and the bizzies just walk past"),
    (Y, "HOWAY MAN THE METRO IS A JOKE AFTER 10 NOBODY FROM NEXUS IS EVEN THERE"),
    (Y, "me mam and me nan helped me the most, and childline on 0800 1111 when i couldnt sleep"),
    (Y, "i hope things get better. will they tho"),
    (Y, "sefton park by the lake is alright in the day but not at night"),
    (Y, "the polis in easterhouse dinnae care, ye get huckled for nothin but when ye need them naebody comes"),
    (Y, "summer holidays are the worst cos theres nothing to do so everyone just hangs round outside greggs"),
    (Y, "the youth workers up the valleys are lush but the buses from merthyr are rubbish after 6"),
    (Y, "the bonfire in july is when it gets bad round our way so it does, the PSNI just stand there"),
    (Y, "new street station is where all the dodgy men hang about bab, and the bullring toilets"),
    (Y, "allow the feds man they stop and search us every time we go peckham rye station"),
    (Y, "nowt else really, just want more stuff to do on a friday round harehills"),
    (Y, "piccadilly gardens is dead sketchy now, our kid says theres spice heads everywhere"),
    (Y, "temple meads at night proper gives me the creeps, gert big blokes askin for fags"),
    (Y, "emmets everywhere in summer and no jobs in winter, theres nothing for us in cornwall"),
    (Y, "the gavvers move us on every few weeks and the council never gives us a proper site"),
    (Y, "i turned snap map off cos people can see where you are, mark my words someone will get hurt"),
    (Y, "CAMHS took 2 years to see me and by then i was already in alder hey twice"),
    (Y, "i dont trust teachers but the school nurse is sound"),
    (Y, "my social worker changes every few months i have had like 6 now"),
    (Y, "tiktok and insta are where all the bad stuff happens not irl"),
    (Y, "roblox has weird men on it who ask how old u are"),
    (Y, "anything else? no"),
    (Y, "the kfc on the high street is where everyone goes after school and it gets mad"),
    (Y, "i watch love island and eastenders with mum on a sunday thats when i feel safest"),
    (Y, "rob the shop? nah i just walked in with them i didnt know they was gonna rob jd sports"),
    (Y, "everton lost again so my step dad was in a mood all weekend"),
    (Y, "the river by the retail park is where kids go to drink, a lad drowned there last summer"),
    (Y, "joy isnt a word id use for my life right now lol"),
    (Y, "the samaritans number is 116 123 i rang it once at like 3am"),
    (Y, "I FEEL UNSAFE EVERYWHERE HONESTLY. SCHOOL. HOME. TOWN. THE BUS."),
    (Y, "the mosque and the gurdwara are safe places for me, and the library in sparkhill"),
    (Y, "leazes park on a match day is mad, full of drunk lads comin out of st james park"),
    (Y, "celtic and rangers days ah dinnae go oot, pure mental in the toon"),
    (Y, "goin up the falls road or the shankill depends who ye are, wee buns if yer from there"),
    (Y, "stormzy said we should speak up so thats why im writin this"),
    (Y, "Anfield on a match day is the safest i feel, everyone is sound there"),
    (Y, "cardiff bay is nice but queen street on a saturday night is a warzone, police everywhere"),
    (Y, "the nurse at the walk in centre told me about brook and now i go there instead of the gp"),
    (Y, "my phone got jacked at the bus station, apple wouldnt do nothing about it"),
    (Y, "nothin else to say x"),
    (Y, "the trams at night from bury into town are sketchy, TfGM should put more staff on"),
    (Y, "the drill videos on youtube make it worse fr, everyone thinks they bad"),
    (Y, "roundhay park is alright, crossgates is where it gets dodgy late on"),
    (Y, "i want to say thank you to the police officer who sat with me in a&e at the royal infirmary"),
    (Y, "to be frank nobody at school cares unless you kick off"),
    (Y, "my dad is in HMP Altcourse and i feel weird about visits, the prison officers are alright tho"),
    (Y, "the hospital at treliske is miles from us and mum cant drive so i never went"),
    (Y, "cabot circus is alright but broadmead after dark is a no go"),
    (Y, "the buffers at the shop follow us round like we gonna rob summat"),
    (Y, "NSPCC came into school and did a talk about sharing pics it was actually useful"),
    (Y, "MUM AND DAD ARGUE EVERY NIGHT AND I GO TO MY ROOM AND PUT MY HEADPHONES ON"),
    (Y, "the bus from kirkby to town is where it happens, lads get on at every stop lookin for someone"),
    (Y, "i felt safe at the lgbt youth group in the city centre, first time anyone called me by the right name"),
    (Y, "dawn is the worst time cos thats when my dad comes in from the pub"),
    (Y, "KNIFE ARCHES AT SCHOOL ARE A GOOD IDEA HONESTLY"),
    (Y, "primark at the trafford centre, thats where the older girls took us and got us stuff"),
    (Y, "the feds in hackney dont help, only the youth workers at the boxing club do"),
    (Y, "the security lass at the metrocentre was canny actually, she let me ring me mam"),
    (Y, "i pray at the mandir with my nani and thats the only time i feel calm"),
    (Y, "no one helped me. not the school not the police not social services. no one"),
    (Y, "ken the underpass at the bus station? dinnae go there efter dark"),
    (Y, "my brother plays fifa and fortnite all night and people on there chat to him bare weird"),
    (Y, "going to the hospital at the RVI was scary but the nurses were kind"),
    (Y, "the gypsy roma traveller month at school was good, first time people asked about our culture nice"),
    (Y, "ring 101 they said but it takes ages so people just dont bother"),
    (Y, "i want more youth clubs and less police. simple"),

    # ------------------------------------------------------------------
    # practitioner, with identifiers
    # ------------------------------------------------------------------
    (P, "Case note 14/03/2026: Home visit to {ADDRESS|27 Larkspur Close}, Walton, {POSTCODE|L4 6TT}. Present: Mum ({NAME|Kerry Dunne}) and {NAME|Kayden} (13). {NAME|Kayden} reports being approached outside Kirkby station by an older male known as '{NAME|Trigger}'."),
    (P, "Strategy Discussion 02/05/2026\nAttendees: {NAME|Sarah Mbeki} (SW, CSC, Chair); DC {NAME|Paul Hendry} (Police, Exploitation Team); Dr {NAME|Anjali Rao} (Named Doctor); {NAME|Gill Fairhurst} (DSL, {SCHOOL|Moorside High})\nApologies: {NAME|M. Clarke} (YOT)\nChild: {NAME|Lacey-Mae Turner}, DOB {DATE_OF_BIRTH|19/07/2012}"),
    (P, "Hi {NAME|Jo},\nJust to let you know I spoke with {NAME|Ellie} at lunchtime and she has disclosed that her mum's partner hit her on Saturday. I have logged it on CPOMS and rung the Front Door.\nKind regards\n{NAME|Rachel Wong}\nDSL, {SCHOOL|Oakfield Primary}\nTel: {PHONE|0161 496 0731}"),
    (P, "MARAC 11/06/2026, Case 7. Victim: {NAME|Bethany Shaw} ({NAME|BS}). Perpetrator: {NAME|Liam Cartwright} ({NAME|LC}). IDVA ({NAME|Hannah Price}) reports {NAME|LC} has been seen outside {NAME|BS}'s new address on three occasions. Children: {NAME|Archie} (6) and {NAME|Poppy} (3)."),
    (P, "Officer: PC 4471 {NAME|Gareth Lloyd}. MISPER {NAME|Cerys Pugh}, 15, located 02:10 at {ADDRESS|Flat 6, Bute Court}, Butetown, in company of two adult males (one identified as {NAME|Dion Matthews}, DOB {DATE_OF_BIRTH|22/01/1999}). Returned to placement."),
    (P, "RHI completed by {NAME|Tom Beckett} (Missing Coordinator). YP said she was with '{NAME|Sav}' and '{NAME|Little Ray}' in a flat above a takeaway on {ADDRESS|Stanley Road}. Declined to say more. Shared with the Exploitation Hub."),
    (P, "Health Visitor contact. Baby {NAME|Amelia Hussain}, NHS no. {NHS_NUMBER|612 448 9031}. Mother {NAME|Zainab} presented as low in mood; EPDS score 16. GP (Dr {NAME|Whitfield}) informed."),
    (P, "CPOMS - Year 9, {NAME|Oliwia Nowak}. Disclosed to form tutor (Mr {NAME|D Evans}) that she is 'seeing' a 20 year old called {NAME|Marek} who picks her up from the school gates. Passed to DSL."),
    (P, "Detached session, North Shields. Spoke with approx 8 YP near the Fish Quay. {NAME|Jamie} (lives on {ADDRESS|Waterville Road}) said older lads are paying younger ones to hold 'packages'."),
    (P, "TAF review held at {SCHOOL|St Joseph's RC Primary}. Present: Mrs {NAME|Aisha Begum} (mum), {NAME|Noreen Walsh} (Family Support Worker), {NAME|Kieran Doyle} (Class Teacher), School Nurse. Apologies: Health Visitor."),
    (P, "Name: {NAME|Rhys Morgan-Jenkins}\nDOB: {DATE_OF_BIRTH|04/11/2013}\nAddress: {ADDRESS|9 Heol Tasker}, Cardiff {POSTCODE|CF24 3DD}\nSchool: {SCHOOL|Ysgol Glan Morfa}\nGP: Dr {NAME|Iqbal}, Splott\nReason for referral: repeated bruising, non-attendance"),
    (P, "12/01/2026 - Police attended {ADDRESS|Flat 14, Calder House} after 999 call from neighbour. {NAME|KM} (mother) intoxicated, children {NAME|TM} and {NAME|JM} asleep.\n15/01/2026 - Unannounced visit, no answer.\n19/01/2026 - Strategy discussion."),
    (P, "From: {EMAIL|f.mcleod@eastbankhigh.glasgow.sch.uk}\nTo: Child Protection Team\nSubject: Concern - S3 pupil\nGood morning, I am concerned about {NAME|Kayla Devine} who has arrived late and unkempt every day this week.\nThanks, {NAME|Fiona}"),
    (P, "Core Group 3 - 18/09/2026. Present: {NAME|Donna Reilly} (SW), {NAME|Leanne} (mum), {NAME|Craig} (dad), {NAME|Sunita Ghosh} (HV), {NAME|Alan Pike} (Head, {SCHOOL|Brookvale Infant School}). Actions: {NAME|DR} to complete home conditions check by 25/09."),
    (P, "PSNI record. Attended {ADDRESS|31 Rathmore Drive}, {POSTCODE|BT12 6HL} 23:15 re: domestic. Female ({NAME|Orla Quinn}, DOB {DATE_OF_BIRTH|08/05/1991}) had visible injury to face. Male ({NAME|Declan Quinn}) arrested. Two children present. Gateway notified."),
    (P, "Youth work recording. {NAME|Lil Dre} and {NAME|Shorty} came into the drop-in at 6pm. Both said they now 'work' for someone they call {NAME|Tiny} and were given new trainers from JD."),
    (P, "Referral from {NAME|Kate Bramley}, Practice Nurse, Hartcliffe Health Centre. Tel {PHONE|0117 496 0552}. Concern: {NAME|Ruby-Leigh Harris} (DOB {DATE_OF_BIRTH|30/11/2010}) requested emergency contraception and disclosed boyfriend is 22."),
    (P, "Missing episode 4. {NAME|Tegan} located by Devon and Cornwall Police at a male's address, {ADDRESS|3 Chy Lowen}, Pool, {POSTCODE|TR15 3QB}. Male not present."),
    (P, "Gypsy/Traveller family. Mother {NAME|Bridget McDonagh}, children {NAME|Mary}, {NAME|Patrick} and {NAME|Bridie}. Currently pitched at {ADDRESS|Pitch 4, Oakmere Site}. Traveller Education Service supporting."),
    (P, "Dear Mr {NAME|Farouk},\nThank you for meeting with me today about {NAME|Amir}. As discussed, the referral to CAMHS has been made and you will receive a letter.\nBest wishes,\n{NAME|Claire Ashworth}\nSchool Counsellor, {SCHOOL|Greenhill Academy}"),
    (P, "Chronology (extract)\n03/03/2026 School report {NAME|Mia} hungry and taking food from peers.\n07/03/2026 Mum ({NAME|Jade Collins}) declines Early Help.\n14/03/2026 Police welfare check at {ADDRESS|112 Westbourne Road}, {POSTCODE|LS11 5RT}."),
    (P, "IRD 16/10/2026. Police Scotland (DS {NAME|Iain Fraser}), Social Work ({NAME|Mhairi Campbell}), Health (Dr {NAME|Nkechi Eze}). Child: {NAME|Lewis Kerr}, DOB {DATE_OF_BIRTH|02/02/2015}. Joint investigative interview agreed."),
    (P, "Young person disclosed that '{NAME|Dre}' gave her a phone and told her to keep it charged. The number she gave for him is {PHONE|07700 900 181}. Passed to Police intel."),
    (P, "Subject: {NAME|Nathaniel Okafor} DOB {DATE_OF_BIRTH|17/08/2009}\nNHS Number: {NHS_NUMBER|401 552 8873}\nAdmitted to Ward 4B with overdose. Mother ({NAME|Grace Okafor}) present. Psychiatric liaison to assess."),
    (P, "LADO consultation. Allegation against {NAME|Darren Holt}, PE teacher at {SCHOOL|Kingswood College}, regarding messages sent to a Year 11 pupil via Instagram account {HANDLE|@coach_dh_fitness}."),
    (P, "Hi all,\nPlease see below my notes from the home visit to {NAME|Shanice} and {NAME|Tyreese} at {ADDRESS|Flat 22, Marlowe Tower}. Flat was cold, no gas on the meter.\nThanks\n{NAME|Abi}\nEarly Help Practitioner\n{PHONE|07700 900 645}"),
    (P, "Police: stop and account of {NAME|Jake Ferris} (16) and {NAME|Kelvin Amoako} (17) at Manchester Piccadilly. Both carrying train tickets to Blackpool and 300 pounds cash. Referred to Complex Safeguarding."),
    (P, "Child Protection Conference. Attendees: {NAME|Helen Tait} (Chair, IRO), {NAME|Mark Robson} (SW), {NAME|Jean} (maternal grandmother), Sgt {NAME|Wilkinson} (Police), {NAME|Priti Shah} (School Nurse)."),
    (P, "Referral taken by duty. Caller: anonymous neighbour. Concern: children at {ADDRESS|8 Mill Row} left alone overnight, heard crying. Youngest believed to be called {NAME|Sonny}."),
    (P, "Form: Young person's social media\nSnapchat: {HANDLE|tiggz.2k10}\nInstagram: {HANDLE|@tigerlily_b}\nTikTok: {HANDLE|@tigz.b}\nXbox gamertag: {HANDLE|TigzOnTop}"),
    (P, "Return Home Interview. {NAME|Ayaan Abdi}, 14. Went missing from {ADDRESS|Beech Lodge} children's home on Friday evening. Says he stayed with a friend called {NAME|Mo} in Small Heath."),
    (P, "Minutes of Professionals Meeting\nPresent: {NAME|Kwabena Asante} (YOT), {NAME|Lucy Harding} (Education Inclusion), PC {NAME|Ellis} (Police), {NAME|Sinead Murphy} (CAMHS)\nRe: {NAME|DJ}, {SCHOOL|Northgate PRU}"),
    (P, "{NAME|Teodora Lakatos} (mum) attended with interpreter (Slovak). Reports son {NAME|Kristián} is being bullied at {SCHOOL|Ellesmere Road Primary} and called names on the walk home."),
    (P, "Section 47 strategy (Gwynedd). SW: {NAME|Mared Hughes}. Police: DC {NAME|Owain Thomas}. Child: {NAME|Osian Roberts}, Year 8, {SCHOOL|Ysgol y Garnedd}. Concern: bruising to upper arm."),
    (P, "Police note: possible trafficking. Vietnamese male approx 16 found in cannabis grow at {ADDRESS|47 Hawthorn Avenue}, {POSTCODE|NE8 4PL}. Gave name as {NAME|Van Hieu} but no documents. NRM referral made."),
    (P, "Key worker log, {ADDRESS|Hollybank} children's home. {NAME|Tia} returned 23:50 smelling of cannabis. Said she was at '{NAME|Kane}s' on the estate."),
    (P, "Dear {NAME|Siobhan},\nThanks for your call. I can confirm that {NAME|Conor} is now open to the Belfast Trust Family Intervention Team.\nRegards\n{NAME|Gerry}"),
    (P, "Meeting with Miss {NAME|Patel} (Head of Year 8) and {NAME|Harvey}'s mum. {NAME|Harvey} has been sharing his location on Snap Map with someone called {HANDLE|ghostrider_77}."),
    (P, "Contact details updated: mobile {PHONE|07700900892}, email {EMAIL|dazza.p1984@yahoo.co.uk}."),
    (P, "MARAC referral. Victim: {NAME|Roksana Wiśniewska}, DOB {DATE_OF_BIRTH|11/12/1995}. Address withheld (refuge). Perpetrator: {NAME|Tomasz}, surname unknown, contact number {PHONE|07700 900 377}."),
    (P, "Child's Plan meeting. Named Person: Mrs {NAME|Kennedy}, Depute Head, {SCHOOL|Blairdardie Academy}. Child: {NAME|Jay-Jay Burns}, lives with gran at {ADDRESS|2/1, 18 Kilmory Drive}, {POSTCODE|G15 7XY}."),
    (P, "School record: {NAME|River Smith-Okoye}, Y7. Attendance 78%. Mum says {NAME|River} is 'scared of the bus'. Plan: TA to meet {NAME|River} at the gate each morning."),
    (P, "Police intel: vehicle registered to {NAME|Brandon Lacey} seen repeatedly outside {ADDRESS|Ashdown House} children's home between 22:00 and 01:00."),
    (P, "Telephone call from Mr {NAME|Sandhu} (dad) on {PHONE|0121 496 0418}. Says his daughter {NAME|Simran} has not come home since college. Last seen leaving {SCHOOL|Heathfield Sixth Form College} at 15:30."),
    (P, "Handover: {NAME|Paige} (15) is CE risk. Boyfriend '{NAME|Rico}' DOB believed {DATE_OF_BIRTH|05/06/2003}. Snap: {HANDLE|rico.wavey}."),
    (P, "Case summary: {NAME|Liam O'Hara} has been accommodated under S20 since 04/04/2026 at {ADDRESS|Fernlea} children's home. Contact with mum {NAME|Tracey} supervised on Saturdays."),
    (P, "LAC review health assessment. {NAME|Mariam Haddad}, NHS No {NHS_NUMBER|459-301-2286}, DOB {DATE_OF_BIRTH|27/03/2012}. Unaccompanied asylum-seeking child from Syria."),
    (P, "Hiya {NAME|Bex},\nCan you ring {NAME|Lorna} at the school back? Her number is {PHONE|0191 496 0277}.\nCheers, {NAME|Gav}"),
    (P, "Minutes - TAF\nPresent: {NAME|Efua Boateng} (mum), {NAME|Kojo} (YP), {NAME|Rob Ainsworth} (Learning Mentor, {SCHOOL|Parkfield Academy}), {NAME|Yvonne} (Family Hub)\nActions: {NAME|RA} to arrange mentoring sessions."),
    (P, "Police: CSE concern. {NAME|Hollie Brennan} (14) found in vehicle with adult male {NAME|Adnan Rafiq} (DOB {DATE_OF_BIRTH|13/09/1987}) in car park of the retail park at 01:00."),
    (P, "Youth worker: '{NAME|Mouse}' (real name {NAME|Callum Price}) attended boxing session. Calm, engaged. Said he's been sleeping at a mate's on {ADDRESS|Tulketh Street}."),
    (P, "Return interview. {NAME|Kieran} says he was picked up from Lime Street by a car and taken to Blackpool. Wouldn't name the driver but referred to him as '{NAME|Fish}'."),
    (P, "Address: {ADDRESS|Flat 2, 7 Gwendoline Street}, Splott, Cardiff {POSTCODE|CF24 2ER}\nHousehold: Mother {NAME|Sian Jenkins}; Children {NAME|Dylan} (9), {NAME|Ela} (4)"),
    (P, "Strategy meeting (virtual). Chair: {NAME|Juliet Ogundipe}, Team Manager. Police: DC {NAME|Rahman}. Health: Named Nurse {NAME|Fiona Grant}. Education: Mr {NAME|Brooks}, DSL."),
    (P, "Note from school nurse: {NAME|Hannah} asked about the morning-after pill and said her 'boyfriend' is {NAME|Big Mikey} from the ends. Age unknown."),
    (P, "Online safety concern: Year 8 girls being contacted by {HANDLE|daddys_lil_secret} on Roblox and asked to move to Discord ({HANDLE|dls#8812})."),
    (P, "Police: Section 46 protection. Children {NAME|Zayn} (4) and {NAME|Aleena} (2) removed from {ADDRESS|23 Cotton Lane}, Oldham, {POSTCODE|OL8 9DX} due to condition of home."),
    (P, "Minutes: MACE panel. YP: {NAME|CO} (16), {NAME|LT} (15), {NAME|RB} (14). Linked address: {ADDRESS|Flat 5, Chesterton House}."),
    (P, "Kind regards,\nDr {NAME|Ifeoma Nwosu}\nConsultant Paediatrician\n{EMAIL|ifeoma.nwosu@nhs.net}\n{PHONE|0113 496 0940}"),
    (P, "Dear Ms {NAME|Kowalczyk}, following our assessment of {NAME|Filip} and {NAME|Lena} we have decided that no further action is needed at this time."),
    (P, "Foster carer log. {NAME|Ceri} quiet after contact with birth dad. Found messages on her phone from {NAME|Bryn} saying 'dont tell them'. Screenshot sent to SW {NAME|Elin Parry}."),
    (P, "Chronology: 21/05/2026 YP ({NAME|Jordan-Lee Smith}, DOB {DATE_OF_BIRTH|09/10/2011}) excluded from {SCHOOL|Castle View}. 22/05/2026 seen with older males in Sunderland city centre."),
    (P, "Referral: Irish Traveller YP {NAME|Martin Joyce}, 13, not on roll at any school since leaving {SCHOOL|St Anne's Catholic Primary}. Family at {ADDRESS|Pitch 9, Ravensdale site}."),
    (P, "Police DASH: victim {NAME|Joy Adebayo} scored 17. Perpetrator {NAME|Femi} has threatened to take the children to Nigeria."),
    (P, "Hi {NAME|Will},\nWill you be able to cover the RHI for {NAME|Summer} on Tuesday? I'm on leave.\nThanks, {NAME|Hope}"),
    (P, "Hospital safeguarding note. Child {NAME|Mason} attended ED at the Royal Victoria Infirmary with spiral fracture. Father {NAME|Shaun Tait} gave inconsistent account. Skeletal survey requested."),
    (P, "YOT note: {NAME|Kurtis} states he was forced to hold drugs for '{NAME|Cutz}' and owes him money after being robbed."),
    (P, "Referral from school ({SCHOOL|Glenview Integrated Primary}) re: {NAME|Aoibheann McCann}, P6. Disclosed dad hits mum. Gateway Team to screen."),
    (P, "Young Person: {NAME|Sami Warsame}\nD.O.B: {DATE_OF_BIRTH|30.06.2010}\nSchool: {SCHOOL|Eastbrook}\nParent/Carer: {NAME|Fadumo Ali}\nContact No: {PHONE|07700 900 954}\nAddress: {ADDRESS|Flat 11, Cairns House}, {POSTCODE|E3 4LQ}"),
    (P, "Link provided by mum: {URL|https://www.facebook.com/dean.oakley.5} - mum concerned this man is messaging her daughter."),
    (P, "{NAME|Lewis}'s grandmother {NAME|Moira Hendry} contacted the Duty Team worried about bruising she noticed at the weekend."),
    (P, "Meeting notes: {NAME|JB} (SW) and {NAME|PK} (Police) visited {ADDRESS|66 Rosebery Road}. Mother refused entry. Children heard inside."),
    (P, "Police log: concern for welfare. Caller {NAME|Nikki} rang from {PHONE|07700 900 508} saying her friend {NAME|Abbie} has taken tablets at {ADDRESS|14 Kingfisher Court}."),
    (P, "{NAME|Ionuț Stan} (14) missing from {ADDRESS|Greystones} children's home. Known to frequent hand car washes on the ring road."),
    (P, "From: Mrs {NAME|Lowe}, Attendance Officer, {SCHOOL|Highfields School}\nDear Mr and Mrs {NAME|Holt},\nWe are writing about {NAME|Harrison}'s attendance, which is currently 64%."),
    (P, "Note: GoFundMe page {URL|gofundme.com/f/help-kayleighs-baby} set up by YP's boyfriend. Concerns re exploitation."),
    (P, "Core group agreed {NAME|Rhiannon} will stay with maternal aunt {NAME|Carys Williams} at {ADDRESS|4 Bryn Terrace}, Treorchy, until the next review."),
    (P, "Strategy: {NAME|Ahmed} (17), possible forced marriage. Forced Marriage Unit consulted. Sister {NAME|Nadia} raised concern with {SCHOOL|Fairfield High}."),
    (P, "Youth club log. {NAME|Tyrese} and {NAME|Marley} in, banter ok. {NAME|Tyrese} said someone posting as {HANDLE|@stapleton_shottaz} is threatening his mate online."),
    (P, "E-mail from {NAME|Mo Hassan} <{EMAIL|mo.hassan@heartofbrum-youth.org.uk}>: just flagging that {NAME|Yasin} hasn't been at the project since Tuesday."),
    (P, "Health visitor: new birth visit to {NAME|Ngoc Anh} and baby {NAME|Bao} at {ADDRESS|73 Duke Street}. Interpreter (Vietnamese) by phone. Father not present."),
    (P, "Chronology:\n01/09/2026 Starts at {SCHOOL|The Bridge PRU}.\n10/09/2026 Fixed-term exclusion.\n18/09/2026 Arrested with {NAME|Ty} and {NAME|Deshawn} in Tottenham."),
    (P, "Referral form. Name of child: {NAME|Zofia Mazur}. Date of birth: {DATE_OF_BIRTH|21 June 2014}. Referrer: {NAME|Ewa} (aunt). Date of referral: 02 June 2026."),
    (P, "Case note: {NAME|Sky} (12) told me her mum's new boyfriend {NAME|Jason} makes her sit on his lap and she doesn't like it."),
    (P, "Professional contact list:\nSW - {NAME|Ruth Ellison} {PHONE|01632 960214}\nIRO - {NAME|Neil Barker} {PHONE|01632 960587}\nDSL - Mrs {NAME|Achebe}"),
    (P, "CIN review. Present: {NAME|Maggie} (nan), {NAME|Dawn Pearson} (SW), {NAME|Faith} (YP). {NAME|Faith} said she wants to stay at nan's."),
    (P, "Police statement extract: 'I know him as {NAME|Skinny}. He lives on the {ADDRESS|Lakeside} estate, top floor, and the kids go up there after school.'"),
    (P, "Return home interview (Glasgow). {NAME|Kirsty} (15) said she was at a party in a flat on {ADDRESS|Ardencraig Road} belonging to a man called {NAME|Big Shug}."),
    (P, "Email to {EMAIL|duty.sw.jmcgrath@belfasttrust.example.uk} re {NAME|Dearbhla}: mum has moved to {ADDRESS|12 Beechmount Grove}, {POSTCODE|BT12 7NR}."),
    (P, "YP {NAME|Rajveer Gill} (DOB {DATE_OF_BIRTH|01/01/2010}) disclosed online sextortion. Offender's Instagram {HANDLE|@emily_xo_2010} (believed fake). Report made to CEOP."),
    (P, "Home visit. Nan {NAME|Pat} answered the door and said {NAME|Jordan} had not been home since Thursday."),
    (P, "Contact with {NAME|Seamus Ward}, site warden. Confirms family left {ADDRESS|Pitch 2, Rossmore Park} on Sunday, destination unknown."),
    (P, "NHS No: {NHS_NUMBER|3216549870}\nPatient: {NAME|Precious Mensah}\nDOB: {DATE_OF_BIRTH|15 Aug 2008}\nSeen in sexual health clinic. Safeguarding proforma completed."),
    (P, "Text from YP to worker: 'its {NAME|shan} here my new number is {PHONE|07700 9OO 116} dont give it my mum'"),
    (P, "Meeting attended by {NAME|AO} (SW), {NAME|HT} (YOT), {NAME|NB} (Police). YP {NAME|Dami} not present. Next review 12/12/2026."),
    (P, "Email: Morning {NAME|Karen}, {NAME|Liam}'s foster carer {NAME|Jacqui} has asked for a review of contact. Speak soon, {NAME|Pete} (SSW)"),
    (P, "Return home interview. {NAME|Nasra} (15) reports she was taken to an address in Luton by a man she knows as '{NAME|Ace}', number saved as {PHONE|07700 900 771}."),
    (P, "Safeguarding referral from {SCHOOL|Penair} re {NAME|Demelza Pascoe}, Year 10. Lives with dad at {ADDRESS|Trelawney Cottage}, near St Agnes. Several days absent."),
    (P, "Worker viewed the public YouTube channel {URL|www.youtube.com/@ZTownDrillz} where {NAME|Tremaine} appears in masked videos naming rival areas."),
    (P, "Phone examination: Discord server invite {URL|discord.gg/k7RtQ2mX} found in chat with an adult user {HANDLE|NightOwl#3390}. Referred to CEOP."),
    (P, "Police record: {NAME|Cameron Bell} (DOB {DATE_OF_BIRTH|19/04/2008}) arrested at {ADDRESS|17 Cedar Road}, Handsworth, {POSTCODE|B20 3LS}. Two younger children in address."),

    # ------------------------------------------------------------------
    # practitioner, clean (nothing to remove)
    # ------------------------------------------------------------------
    (P, "Strategy discussion to be reconvened on Tuesday. Police, Health and Education to share chronologies by Friday. Ref: CS-2026-004471."),
    (P, "Duty Manager agreed NFA at MASH stage. Signposted to Early Help. Mum advised of Childline (0800 1111) and the NSPCC helpline (0808 800 5000)."),
    (P, "Young person declined RHI. Missing episode reported to Merseyside Police (log 0455 of 14/04). Found by BTP at Lime Street."),
    (P, "MARAC actions: IDVA to complete DASH review; Housing to consider Sanctuary Scheme; Police to flag address on system."),
    (P, "Referral received from Alder Hey ED following attendance with self-harm. CAMHS Crisis Team informed. Duty SW to contact family on Monday."),
    (P, "Agenda:\n1. Introductions and apologies\n2. Purpose of meeting\n3. Information sharing (Police, Health, Education, YOT)\n4. Analysis\n5. Decision\n6. Actions"),
    (P, "Child Protection Conference held at Newcastle Civic Centre. Chair: Independent Reviewing Officer. Plan to continue under category of Neglect."),
    (P, "IRD held with Police Scotland and NHS Greater Glasgow and Clyde. Referral to the Children's Reporter (SCRA) agreed."),
    (P, "PSNI Public Protection Branch shared concerns regarding CSE in North Belfast. Gateway Team to screen. Belfast Trust informed."),
    (P, "Mark as complete on Mosaic. Will review at next supervision on Wednesday."),
    (P, "Summer term attendance 71%. Persistent absence letters sent. Education Welfare Service to visit."),
    (P, "Worker explained the role of the Police, the LADO and Ofsted. Parent satisfied with outcome."),
    (P, "Referral made to Barnardo's and The Children's Society for specialist exploitation support."),
    (P, "YP supports Liverpool FC, enjoys FIFA and Fortnite. Wants to go to Anfield for his birthday. Worker to explore LFC Foundation sessions."),
    (P, "All Wales Safeguarding Procedures followed. Section 47 enquiries concluded. No further action by Police."),
    (P, "Met at McDonald's on Briggate as agreed. YP presented well and engaged for 40 minutes."),
    (P, "Travel plan: Metrolink from Piccadilly to Ashton-under-Lyne. YP familiar with route and has a travel pass."),
    (P, "Discussed online safety: Snapchat, TikTok, Instagram, WhatsApp. YP aware of the CEOP reporting button."),
    (P, "Head of Year, SENCo and DSL present. Education, Health and Care Plan under review."),
    (P, "Dad reports Nan provides respite at weekends. No concerns raised by the Health Visitor."),
    (P, "Crime ref 13/77120/26 - assault. Victim statement taken. CPS advice sought."),
    (P, "YP located at Temple Meads by British Transport Police at 23:40 and returned to placement by EDT."),
    (P, "Multi-agency meeting at Treliske (Royal Cornwall Hospital). Outcome: Child in Need plan."),
    (P, "Traveller Education Service to support re-engagement. Family currently on the local authority transit site near the A30."),
    (P, "03/02/2026 - Anonymous call to Crimestoppers regarding cuckooing.\n05/02/2026 - Police visit, no persons present.\n09/02/2026 - Housing notified."),
    (P, "Next Core Group: Thursday 9 July, 10:00, Civic Offices, Room 3. Apologies to the Chair."),
    (P, "Mother's Day card made in session. YP spoke warmly about Mum and Grandad."),
    (P, "Outcome of Strategy: threshold for Section 47 met. ICPC to be convened within 15 working days."),
    (P, "Health: immunisations up to date. Dental registration outstanding. GP surgery aware."),
    (P, "Good afternoon all,\nPlease find attached the updated chronology ahead of Monday's conference. Please let me know of any factual inaccuracies by Friday.\nMany thanks\nDuty and Assessment Team"),
    (P, "YP watched Top Boy and says that's what it's like on the estate. Worker challenged the glamorisation."),
    (P, "Concerns re county lines activity between Merseyside and Cumbria. NRM referral submitted by first responder."),
    (P, "Youth Justice Service and CAMHS to hold joint planning meeting. Referral Order panel in August."),
    (P, "PSNI attended the Royal Victoria Hospital. Paediatric on-call informed. Social Services Gateway to follow up."),
    (P, "YP reports she goes to Primark and Boots with friends at the Trafford Centre on Saturdays. No concerns."),
    (P, "Dawn visit by Police under warrant. No children present at the property. Outcome to be shared with CSC."),
    (P, "Frank discussion held with carers regarding boundaries and curfew. Carers in agreement."),
    (P, "Worker to contact Shelter (0808 800 4444) regarding the homelessness duty."),
    (P, "YP seen at Birmingham Children's Hospital; Brook clinic referral; Ladywood police station aware."),
    (P, "Reviewed by Team Manager. Agree with plan. Case to remain open to the CIN team."),
    (P, "Runaway Helpline (116 000) card given. YP saved the number in her phone."),
    (P, "Interim Care Order granted at the Family Court. Cafcass Guardian appointed."),
    (P, "Meeting held over Teams. Police, Education, Health (School Nursing), YOT, Early Help. Chair: Service Manager."),
    (P, "Glasgow City HSCP: Child's Plan reviewed under GIRFEC. Named Person is the Head Teacher."),
    (P, "Screenshots from Facebook and Snapchat shared by Mum with Police. Nothing further at this time."),
    (P, "Strategy discussion held at Cheetham Hill police station. Decision: joint Section 47 investigation. Next review Monday 14 September."),
    (P, "EDT note Saturday 02:30: call from British Transport Police at Newcastle Central Station. YP returned home by taxi. Day team to follow up."),
    (P, "Actions: School Nurse to complete health assessment; GP to share records; Housing Officer to expedite repairs."),
    (P, "Referral to Women's Aid and the National Domestic Abuse Helpline (0808 2000 247) discussed with Mum."),
    (P, "Home visit Wednesday. House clean and warm. Food in fridge (Aldi shop done Tuesday). Children playing Mario Kart on the Switch."),
    (P, "YP says Crimestoppers (0800 555 111) is the only way he would report anything because no one finds out."),
    (P, "Case closed to Children's Social Care. Step down to Early Help. Family Hub to lead."),
    (P, "Translink bus pass arranged for school transport. Women's Aid Belfast and Lisburn involved with Mum."),
    (P, "YP attends Celtic Park with his uncle on match days and reports this as a positive activity."),
    (P, "Grace period for rent arrears agreed by the Housing Association until the end of March."),
    (P, "Will update the chronology once the Police disclosure is received. Mark the case as a priority at the Monday allocation meeting."),
    (P, "Christmas Day contact to take place at the Family Centre, supervised by a Family Support Worker."),
    (P, "Mum reports Dad has been drinking heavily since Easter. Both parents agreed to attend the Parenting Programme at the Family Hub."),
    (P, "Police Scotland VPD received. Concern re: young person seen at Buchanan Bus Station late at night. Passed to Social Work."),
    (P, "Source: Operation Encompass notification received by school at 08:15. DSL informed. No child disclosure."),
    (P, "NFA. Parent signposted to Family Lives, Young Minds parent helpline and Kooth for the young person."),
    (P, "Missing People (116 000) text service explained to YP. YP agreed to safety plan."),
    (P, "Attended staff training on Prevent and the Channel process at the Civic Centre. Certificates on file."),
    (P, "Sibling contact at Roath Park on Sunday went well. Children fed the ducks and played on the swings."),
    (P, "Police (Avon and Somerset) confirm no further sightings at Cabot Circus or Broadmead since Saturday."),
    (P, "YP wears Stone Island and Nike Tech; worker noted new items not explained. Discussed with Team Manager."),
    (P, "Summary: Neglect (Graded Care Profile 2 completed). Scores improving in physical care; emotional care remains a concern."),
    (P, "Referral forwarded to the LADO on Friday afternoon. Headteacher and Chair of Governors informed."),
    (P, "Information sharing agreement reviewed. GDPR and Caldicott principles applied. Consent not required due to risk of significant harm."),

    # ------------------------------------------------------------------
    # a few more young_person, mixed
    # ------------------------------------------------------------------
    (Y, "sound youth worker {NAME|Macca} from the bus by the precinct always got a butty for us"),
    (Y, "i got a fake insta following me {HANDLE|@scouse.princess.x} says she knows where i live on {ADDRESS|Scargreen Avenue}"),
    (Y, "tbh the only person i trust is mrs {NAME|Begum}"),
    (Y, "they tek the piss cos im from the traveller site and {NAME|Mikey McDonagh} is me cousin"),
    (Y, "I DONT FEEL SAFE ON TIKTOK LIVES. MEN ASK FOR GIFTS AND STUFF"),
    (Y, "where do i feel unsafe? the ginnel near the mosque cos the lights dont work"),
    (Y, "cwtches off my nan are the best thing about home, the rest is rubbish"),
    (Y, "the social took me off me mam and put me at {ADDRESS|Greenacres} and i aint seen her in months"),
    (Y, "{NAME|Rhiannon} and {NAME|Cerys} from my year sent my pic round, the teachers at {SCHOOL|Ysgol Pen y Bryn} said it was my fault for sendin it"),
    (Y, "nothing to add tbh"),
    (Y, "{NAME|kasia} is my best friend she came from poland in year 5 and we do everything together"),
    (Y, "my dad is in jail and my mum works nights so i look after my little brothers"),
    (Y, "the ice cream van man sells more than ice cream round ours"),
    (Y, "me mam said dont ring the bizzies ever, ring our {NAME|Kelly} instead she knows what to do"),
    (Y, "this girl off snap sent me {URL|linktr.ee/bbygirl.kenz} and said i could make bare money like her if i sent pics"),
]


MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")
EDGE = set(" \t\n.,;:!?'\"()[]<>-")


def parse(marked):
    """Turn marked text into (plain_text, spans). Raises ValueError on problems."""
    out = []
    spans = []
    pos = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("unknown type %r" % typ)
        if not val:
            raise ValueError("empty value for %s" % typ)
        if val != val.strip() or val[0] in EDGE or val[-1] in EDGE:
            raise ValueError("value %r has surrounding space or punctuation" % val)
        if typ == "NAME" and val.endswith("'s"):
            raise ValueError("possessive 's inside span %r" % val)
        start = sum(len(s) for s in out)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": typ})
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    for ch in "{}|":
        if ch in plain:
            raise ValueError("stray %r left in text (unbalanced or malformed marker)" % ch)
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if s > 0 and plain[s - 1].isalnum():
            raise ValueError("span %r starts inside a word" % plain[s:e])
        if e < len(plain) and plain[e].isalnum():
            # only a possessive without apostrophe may follow directly: Reeces
            if not (plain[e] == "s" and (e + 1 == len(plain) or not plain[e + 1].isalnum())):
                raise ValueError("span %r ends inside a word" % plain[s:e])
    return plain, spans


def check():
    errors = []
    parsed = []
    seen_plain = {}
    seen_marked = set()
    for i, rec in enumerate(RECORDS):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append("record %d is not a (style, text) pair" % i)
            continue
        style, text = rec
        if style not in STYLES:
            errors.append("record %d: unknown style %r" % (i, style))
        if not isinstance(text, str) or not text.strip():
            errors.append("record %d: empty text" % i)
            continue
        if text.count("{") != text.count("}"):
            errors.append("record %d: unbalanced braces" % i)
        if text in seen_marked:
            errors.append("record %d: duplicate marked text" % i)
        seen_marked.add(text)
        try:
            plain, spans = parse(text)
        except ValueError as exc:
            errors.append("record %d: %s :: %s" % (i, exc, text[:80]))
            continue
        if plain != plain.strip():
            errors.append("record %d: leading/trailing whitespace" % i)
        if plain in seen_plain:
            errors.append("record %d duplicates record %d" % (i, seen_plain[plain]))
        seen_plain[plain] = i
        for sp in spans:
            if plain[sp["start"]:sp["end"]] != plain[sp["start"]:sp["end"]].strip():
                errors.append("record %d: span with whitespace edge" % i)
        parsed.append((style, plain, spans))

    n = len(parsed)
    by_style = Counter(s for s, _, _ in parsed)
    clean = sum(1 for _, _, sp in parsed if not sp)
    type_counts = Counter(sp["type"] for _, _, sps in parsed for sp in sps)
    if n < MIN_RECORDS:
        errors.append("only %d records, need at least %d" % (n, MIN_RECORDS))
    if clean < MIN_CLEAN:
        errors.append("only %d clean records, need at least %d" % (clean, MIN_CLEAN))
    for st in STYLES:
        share = by_style[st] / n if n else 0
        if not 0.45 <= share <= 0.55:
            errors.append("style %s is %.1f%% of records, want about half" % (st, 100 * share))
        if sum(1 for s, _, sp in parsed if s == st and not sp) < 30:
            errors.append("style %s has too few clean records" % st)
    for t in TYPES:
        if type_counts[t] < 5:
            errors.append("type %s has only %d spans" % (t, type_counts[t]))
    return errors, parsed


def table(parsed):
    head = ["style", "records", "clean"] + TYPES + ["all spans"]
    rows = []
    for st in STYLES + ["total"]:
        sub = [r for r in parsed if st == "total" or r[0] == st]
        tc = Counter(sp["type"] for _, _, sps in sub for sp in sps)
        row = [st, len(sub), sum(1 for r in sub if not r[2])]
        row += [tc[t] for t in TYPES]
        row.append(sum(tc.values()))
        rows.append([str(x) for x in row])
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


README = """# set_ae: held-out evaluation set for the de-identifier

Written on 2026-12-07 by an independent helper (an AI assistant working in its own
session) who saw no code, tool, data, README or other evaluation set of the project.
Every record was written by hand, one at a time, from general knowledge. No
templates, generators, name lists, substitution loops, NLP libraries, search tools or
web pages were used. All people, numbers, e-mails, handles, URLs, addresses, postcodes
and NHS numbers are invented (phone numbers use the Ofcom drama ranges such as
07700 900xxx, 0161 496 0xxx, 01632 960xxx). School names and street names are made up
or generic; some may happen to match a real school or street, but no record describes a
real person. Public bodies, helplines and their public
numbers, places and public figures are real and are deliberately left unlabelled.

## How it was built

`build.py` (Python 3 standard library only) holds every record as `(style, text)`,
with identifiers marked inline as `{TYPE|value}`. `python3 build.py` checks that
markers are balanced and well formed, types are known, values are non-empty and carry
no surrounding space or punctuation, spans sit on word boundaries, every record is
unique, there are at least 260 records and at least 85 clean ones, the two styles are
about half each and every type occurs; only if all checks pass does it write
`set_ae.jsonl` and this README. `python3 build.py --check` only checks.
Records are shuffled with `random.Random(20261209)` and numbered ae0001, ae0002, ...

Each JSONL line is `{"id", "style", "text", "spans"}`; each span is
`{"start", "end", "type"}` with offsets in Unicode code points of the plain text
(markers removed), end exclusive. UTF-8, `ensure_ascii=False`. Some practitioner
texts contain literal newlines where a note, form or e-mail has lines.

## Styles

- `young_person`: answers to survey questions (where do you feel unsafe and why, who
  helped you, anything else) in young people's own voice: text-speak, slang,
  misspellings, little punctuation, all lower case or ALL CAPS, voices from across the
  UK (Scouse, Geordie, Glaswegian, Welsh, Belfast, Brummie, London/MLE, Yorkshire,
  Manc, Bristol, Cornish, Irish Traveller), names from many backgrounds, nicknames
  (some of them ordinary words), lower-case names and names that are also words.
- `practitioner`: case notes, referrals, chronologies, strategy / core group / MARAC /
  TAF / CIN minutes with attendee lists, roles and initials, e-mails with greetings and
  sign-offs, police, health, school and youth-work records, return home interviews and
  form-style notes with field labels.

About a third of the records are clean (nothing to remove). They are hard negatives:
days, months, brands, shops, apps, towns, districts, parks, stations, streets named as
public places, hospitals, services, charities, helplines with their public numbers,
agencies and acronyms, job titles, public figures, football clubs, TV shows, Mum / Nan /
the Police, and words that are also names used as words (hope, will, mark, joy, dawn,
grace, frank, summer, river).

## Labelling policy

Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL, NHS_NUMBER,
DATE_OF_BIRTH.

- A span covers exactly the identifier, with no surrounding space or punctuation.
- NAME: any private person by full name (one span), first name, surname, nickname or
  initials. Titles and kinship words stay outside (`Mr {NAME|Pryce}`,
  `uncle {NAME|Teddy}`); a nickname prefix Big/Lil/Little is inside; a possessive 's
  stays outside; a possessive without an apostrophe is labelled on the name only
  (`{NAME|Reece}s brother`). Professionals named in notes are private people and are
  labelled. Every mention of a private name is labelled, not just the first.
- Not labelled: public figures, brands, shops, pubs, clubs, towns, districts, parks,
  landmarks, hospitals and wards, churches, services, charities and helplines with
  their public numbers, job titles, Mum/Dad/Nan, reference numbers.
- A name inside a URL, handle or e-mail is covered by that span only.
- PHONE: UK numbers, including obfuscated ones (spaces, letters O/l for 0/1, words).
- EMAIL: including "(at)" / "[dot]" forms.
- POSTCODE: a postcode on its own span, separate from the address.
- ADDRESS: house number + street, flat / block, a street where someone lives even
  without a number, a named estate where someone lives (the estate's name; a trailing
  lower-case "estate" is left outside), a named children's home (the home's name; a
  following "children's home" is left outside), a Traveller site pitch. The town and
  postcode are not part of the ADDRESS span.
- SCHOOL: named schools, academies, colleges, PRUs, including short forms; an unnamed
  "the pru" or "college" is not labelled.
- HANDLE: social and gaming names and Discord tags, with a leading @ when written.
- URL: links to a private person's page or profile.
- NHS_NUMBER: ten-digit NHS numbers in any spacing.
- DATE_OF_BIRTH: only dates of birth; ordinary dates are left unlabelled.

## Counts

{table}
"""


def main():
    errors, parsed = check()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d problem(s); nothing written." % len(errors))
        return 1
    print("All checks passed: %d records." % len(parsed))
    print(table(parsed))
    if "--check" in sys.argv[1:]:
        return 0
    rng = random.Random(SEED)
    order = list(parsed)
    rng.shuffle(order)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set_ae.jsonl"), "w", encoding="utf-8") as fh:
        for k, (style, plain, spans) in enumerate(order, 1):
            rec = {"id": "%s%04d" % (PREFIX, k), "style": style, "text": plain, "spans": spans}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "README_set_ae.md"), "w", encoding="utf-8") as fh:
        fh.write(README.replace("{table}", table(parsed)))
    print("Wrote set_ae.jsonl and README_set_ae.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
