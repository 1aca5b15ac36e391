#!/usr/bin/env python3
"""Build set_y.jsonl: an independent, hand-written evaluation set for a UK
youth-safeguarding de-identifier.  Every record below was typed individually.
Inline markers {TYPE|value} wrap each identifier; the build strips them,
computes code-point offsets (end exclusive), runs all checks and writes
nothing if any check fails.  Python 3 standard library only."""

import json
import os
import random
import re
import sys
import unicodedata

Y = "young_person"
P = "practitioner"

RECORDS = []

# ---------------------------------------------------------------------------
# Young people's own words - records containing identifiers
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "me n {NAME|dan} went to the park after school and these older boys tried to take his phone, {NAME|dan} ran but i got caught"),
    (Y, "auntie {NAME|bisi} helped me the most she let me stay at hers when mum kicked me out"),
    (Y, "{NAME|JOY} AT THE YOUTH CLUB IS THE ONLY ONE WHO ACTUALLY LISTENS TO ME FR"),
    (Y, "i dont feel safe on the 53 bus coz {NAME|Big Dre} and them lot are always on it and they no where i live"),
    (Y, "{NAME|sky} said she was gonna tell miss {NAME|okafor} but she never did and now everyone knows"),
    (Y, "my snap is {HANDLE|@lil_t.2009} if anyone from here wants to talk but dont add me if ur from ends"),
    (Y, "pls dont tell my mum i wrote this. she thinks im at {NAME|Keisha}'s every friday"),
    (Y, "{NAME|Trigga} keeps messaging me on insta from {HANDLE|@trigga_n17} saying he knows were my school is"),
    (Y, "I LIVE ON {ADDRESS|ACACIA ROAD} AND THERE IS ALWAYS POLICE CARS OUTSIDE AT NIGHT IT SCARES MY LITTLE BROTHER"),
    (Y, "mr {NAME|Nowak} the PE teacher at {SCHOOL|Hollins Park Academy} helped me when i got jumped"),
    (Y, "if u want to follow this up ring me on {PHONE|07700 900 431} after 4 not in school time"),
    (Y, "who helped you - {NAME|Precious} my bestie, and mrs {NAME|adeyemi} in the library"),
    (Y, "i got jumped outside {SCHOOL|kingsmead} by {NAME|kyle} and {NAME|reece} from year 11 and the teachers just watched"),
    (Y, "my cousin {NAME|Destiny} got groomed by some man on tiktok called {HANDLE|@realone_4l} n nobody did nothing"),
    (Y, "{NAME|Hope} from CAMHS was ok but i only saw her twice then she left"),
    (Y, "u can email me at {EMAIL|tayla.b2008@example.com} i dont check it much tho"),
    (Y, "dont feel safe at home coz of mums boyfriend {NAME|Gary}. he shouts and smashes stuff when hes had a drink"),
    (Y, "I was born {DATE_OF_BIRTH|14/03/2010} but everyone thinks im older coz im tall so men talk to me like im 18"),
    (Y, "me and {NAME|mo} and {NAME|tariq} got stopped n searched outside {NAME|tariq}'s house on {ADDRESS|Caledon Street} for literally no reason"),
    (Y, "the ppl who helped me were {NAME|Siobhán} at the drop in and the lady at Childline"),
    (Y, "add me on discord {HANDLE|shadowfox#4821} im on there most nights if u need someone to game with"),
    (Y, "{NAME|Lil J} said if i dont hold the stuff for him hes gonna hurt my sister"),
    (Y, "i stay at my dads on weekends, {ADDRESS|flat 9 wren house} on the {ADDRESS|marsh lane estate}, its bare dodgy there"),
    (Y, "mis {NAME|Hussain} my form tutor is the only teacher i trust"),
    (Y, "WHERE DO I FEEL UNSAFE. EVERYWHERE TBH. ESPECIALLY NEAR {NAME|JAYDEN}'S BLOCK"),
    (Y, "my nans number is {PHONE|01632 960 218} if u need to call someone for me, dont call my mum"),
    (Y, "i told ms {NAME|o'connor} about the pics and she went straight to the police which i didnt want"),
    (Y, "{NAME|frankie} and {NAME|will} are the only ones i trust, everyone else chats"),
    (Y, "my number is {PHONE|oh seven seven double oh nine double oh three one six} text dont call"),
    (Y, "i go to {SCHOOL|St Bernadette's} and theres a group of girls there who film fights and post them on {HANDLE|@stbfightz}"),
    (Y, "{NAME|Nguyen Thi Lan} is my real name but everyone calls me {NAME|Lanie}"),
    (Y, "my best mate {NAME|Oisín} walks me home from {SCHOOL|Drumcross High School} cos of the lads at the shop"),
    (Y, "A MAN CALLED {NAME|KWAME} KEPT GIVING US FREE VAPES OUTSIDE THE CHICKEN SHOP THEN ASKED US TO DO RUNS FOR HIM"),
    (Y, "if ur wondering who {NAME|Mark} is hes my step dad and hes the reason i dont go home"),
    (Y, "im scared of {NAME|Ruby}'s older brother. he said hed find me"),
    (Y, "{NAME|precious} n {NAME|grace} told me about this group chat where boys rate girls out of 10"),
    (Y, "my ig is {HANDLE|xx.amira.xx} but its private so u cant see it"),
    (Y, "{NAME|Dawit} from the youth project helped me get my bus pass sorted and start college"),
    (Y, "my old address was {ADDRESS|22 Pendle Close}, Nelson {POSTCODE|BB9 7QR} but we got moved to a hostel"),
    (Y, "{NAME|K-Dot} and {NAME|Smokey} run the line round here everyone knows it"),
    (Y, "bro {NAME|Ahmed} got stabbed last yr near the station n no one at school even said nothing"),
    (Y, "i feel unsafe in town bc of my ex {NAME|Callum Reid} he turns up wherever i am"),
    (Y, "my social worker {NAME|Magdalena} is nice but she keeps changing my placements"),
    (Y, "ppl who helped: mr {NAME|singh}, aunty {NAME|pat}, my nan, {NAME|Zainab} from the mosque youth group"),
    (Y, "{NAME|Wiktoria} pls if ur reading this im sorry i told"),
    (Y, "my brother {NAME|Tomasz} got me into it, i was only 13"),
    (Y, "theres a man in a black audi who waits outside {SCHOOL|Greenfields Academy} at home time, the older girls call him uncle {NAME|T}"),
    (Y, "THIS IS {NAME|CHIDI} FROM YEAR 10 I WANT TO TALK TO SOMEONE ABOUT WHAT HAPPENED AT THE PARTY"),
    (Y, "i dont want to say my name but im in mr {NAME|fraser}s form and he knows what happened"),
    (Y, "me n {NAME|shan} got followed home to {NAME|shan}s on {ADDRESS|Colwyn Avenue} by 2 men in a van"),
    (Y, "my cousin lives at {ADDRESS|flat 4b kestrel court} and thats where they make us go to bag up"),
    (Y, "{NAME|Eilidh} my guidance teacher at {SCHOOL|Glenbrae High} was the only one who believed me"),
    (Y, "tiktok: {HANDLE|@deshawn.vibez} he posts videos of kids from our school getting beat up"),
    (Y, "my name is {NAME|Aoife Ní Bhriain} i am 16 and i want to report something that happend to me"),
    (Y, "{NAME|Gethin} and {NAME|Rhys} from the rugby team shared a pic of me without asking"),
    (Y, "i trust aunty {NAME|fola} more than my own mum tbh"),
    (Y, "{NAME|BIG MAN TEE} SAYS HES GOT MY BACK BUT I KNOW HES JUST USING ME"),
    (Y, "my mum works nights so i stay at {NAME|Nkechi}s house most of the week"),
    (Y, "email me at {EMAIL|jjbaby07 (at) example [dot] com} i cant give my number my dad checks my phone"),
    (Y, "some boy called {NAME|harvey} keeps asking for pics on snap his name on there is {HANDLE|harv.zz}"),
    (Y, "{NAME|Ayaan}, {NAME|Bilal}, {NAME|Hamza} and me all got robbed at the same spot in a week"),
    (Y, "dnt feel safe at {SCHOOL|Westbury Park} at all, the toilets is where everything happens"),
    (Y, "who helped you? no one. well maybe {NAME|Destiny} but she moved away"),
    (Y, "My name is {NAME|Chloe-Mae Harrington} and I'm in Year 8, my DOB is {DATE_OF_BIRTH|2nd September 2012}"),
    (Y, "i was with {NAME|Big Sav} when it happened I aint saying nothing else"),
    (Y, "the youth worker {NAME|Femi} gave me his number {PHONE|07700 900 845} and said i can msg anytime"),
    (Y, "{NAME|Mihai} and his cousins r roma like me and ppl at school call us names every day"),
    (Y, "im staying with my nan at {ADDRESS|14 Brackley Road} now which is better cos its far from them"),
    (Y, "my girl {NAME|Shanice} got her nudes leaked by {NAME|Deon} and the school said its her fault for sending"),
    (Y, "i dont really talk to anyone except {NAME|Thảo} my sister"),
    (Y, "THEY CALL HIM {NAME|SCRAPPY} HE IS LIKE 25 AND HANGS ROUND WITH YEAR 9S"),
    (Y, "{NAME|Ewa} said her stepdad locks her in her room, i dint know who to tell so im writing it here"),
    (Y, "i feel safe with mr {NAME|jones} the caretaker he always checks we get on the bus"),
]

RECORDS += [
    (Y, "call me on {PHONE|O77OO 9OO 527} i put Os so the bots dont get it lol"),
    (Y, "my dads number is {PHONE|+44 7700 900 263} but hes in poland so idk if that helps"),
    (Y, "txt {PHONE|077009\u200b00\u200b918} if u want the name of the guy"),
    (Y, "my sister {NAME|Hodan} said a man from the shop keeps asking where we live, its {ADDRESS|38 Greave Street}"),
    (Y, "{NAME|abdi} n {NAME|farhan} from my road got took to a trap house in another city for like a week"),
    (Y, "i wish miss {NAME|begum} never left shes the reason i stayed in school"),
    (Y, "the older boys on {ADDRESS|Ferncliffe estate} said im gonna be a runner for them or my brother gets it"),
    (Y, "{NAME|Wei} and {NAME|Jun} get called covid at school every day and the teachers dont say nothing"),
    (Y, "heres his page {URL|www.example.com/u/kingpinz_official} he sells vapes to year 7s"),
    (Y, "my postcode is {POSTCODE|b21 9lp} if u need to send me the voucher"),
    (Y, "ppl think {NAME|Beatriz} is my mum but shes my sister, mum went back to portugal"),
    (Y, "{NAME|Cormac} said 'if u tell anyone ur dead' and then laughed like it was a joke"),
    (Y, "i seen {NAME|Tayo} get dragged into a car on friday and no one believed me when i said"),
    (Y, "Mum put me on the waiting list but the only person who actually talked to me was {NAME|Ffion} from the school nurse team"),
    (Y, "ME N {NAME|KAYDEN} GOT CHASED BY 4 MANDEM WITH BALLYS FROM THE BUS STOP TO MY YARD"),
    (Y, "my dob {DATE_OF_BIRTH|03.11.2008} and my nhs number is {NHS_NUMBER|999 315 0622} if u need to check my records at the clinic"),
    (Y, "{NAME|Lily-Rose} and {NAME|Maisie} r the ones who started the rumours about me"),
    (Y, "she goes by {NAME|Bambi} on the street but her real name is {NAME|Chantelle}"),
    (Y, "dont know the mans real name they all just call him {NAME|Dons} or {NAME|D-Money}"),
    (Y, "i used to live on {ADDRESS|Glebe Road} but we moved cos my mum was scared of my dad finding us"),
    (Y, "{NAME|ikram} showed me how to block ppl n report them she is a real one"),
    (Y, "if your reading this sir {NAME|kaminski} thank you for not giving up on me"),
    (Y, "i was 14 and {NAME|Jamal} was 19 and everyone said it was fine cos i said yes"),
    (Y, "My ex {NAME|Connor Mc Bride} still has my passwords and goes on my accounts"),
    (Y, "we all go to {ADDRESS|17 Tanner Way} after school cos theres no adults there and its where the weed is"),
    (Y, "i hate going to my dads cos his girlfriend {NAME|Stacey} hits me when he's at work"),
    (Y, "My teacher Mr {NAME|Ó Súilleabháin} helped with my anxiety and sent me to CAMHS"),
    (Y, "her snap is {HANDLE|@princess.kiki_x} she's the one who sets girls up with the older lads"),
    (Y, "{NAME|Sorcha} n me walk together cos theres a man on the canal path who flashes ppl"),
    (Y, "I go {SCHOOL|Ysgol Bryn Celyn} and nobody speaks welsh to me at home so i feel left out"),
    (Y, "{NAME|Yusuf}s big bro got took by feds and now everyone thinks {NAME|yusuf} is a snitch"),
    (Y, "the only adult i trust is Nana {NAME|Akosua} she's my grandma"),
    (Y, "{NAME|Marek} from my class is always bringing a knife in and the teachers know"),
    (Y, "i need help my step dad {NAME|Darren Pike} lives at {ADDRESS|9 Holt Crescent}, {POSTCODE|NG5 2WX} and hes not allowed near us but he keeps coming"),
    (Y, "who helped: my youth worker {NAME|chantelle} and this lady {NAME|Rukhsana} from the womens centre"),
    (Y, "{NAME|JAMIE-LEIGH} SAID I WAS A GRASS AND NOW NO ONE SITS WITH ME"),
    (Y, "my instagram is {HANDLE|@nia.ok} if you need evidence i screenshotted all of it"),
    (Y, "{NAME|Hunter} from year 9 hit me with a bike lock on wednesday"),
    (Y, "texts from him r on my old phone, his number was {PHONE|07700 9OO 1l2}"),
    (Y, "lyk {NAME|Saoirse} told {NAME|Niamh} and {NAME|Niamh} told everyone so now its all over the group chat"),
    (Y, "im from {ADDRESS|Parkside flats} and nobody comes to help there, the lifts dont work n the stairs is where they deal"),
    (Y, "i got my phone took by {NAME|Reggie} he said id get it back if i do one drop"),
    (Y, "the man {NAME|Hamid} who owns the takeaway gives us free food then says we owe him"),
    (Y, "{NAME|destiny} my little sis is only 9 and she got sent stuff on roblox from someone called {HANDLE|robloxboy_99}"),
    (Y, "WHO HELPED ME?? MISS {NAME|AKHTAR} AND THATS IT"),
    (Y, "my little bro {NAME|Kofi} keeps going missing and mum wont tell anyone cos shes scared of social services"),
    (Y, "u can find me on tiktok {HANDLE|@gracie.w.2010} i post about mental health"),
    (Y, "{NAME|Bronwen} walked me to the police station and stayed with me the whole time"),
    (Y, "i got sent to a man called {NAME|Sweeney} in glasgow to drop off a parcel, i was 15"),
    (Y, "the flat is {ADDRESS|Flat 22 Nightingale House}, everyone knows whats going on there but nobody does nothing"),
    (Y, "{NAME|Precious Okafor} and {NAME|Tobi Adeyemi-Lewis} said they will batter me after school"),
]

RECORDS += [
    (Y, "if u need me my number is {PHONE|0 7 7 0 0 9 0 0 6 4 8} but dont ring after 9 my dads strict"),
    (Y, "number is {PHONE|zero seven seven double oh nine double oh two four one} pls only text"),
    (Y, "{NAME|mòrag} from the island youth club helped me when i came to the mainland for school and didnt know anyone"),
    (Y, "thx for reading this - {NAME|kez}"),
    (Y, "i got messages off {HANDLE|gh0st_rider#7742} on discord saying he would leak my face if i didnt send more"),
    (Y, "{NAME|Muhamed} (not sure how u spell it) is the one who sells to kids at the bus stop"),
    (Y, "{NAME|Zoë} and {NAME|José} are my friends from the language class and we all get called names on the way home"),
    (Y, "my school is {SCHOOL|St Mary's Primary} and theres a man who hangs round the gate"),
    (Y, "MY DOB IS {DATE_OF_BIRTH|17 AUGUST 2009} AND I HAVE BEEN IN CARE SINCE I WAS 6"),
    (Y, "email {EMAIL|lucja.k[at]example(dot)net} if u have more questions i wanna help change things"),
    (Y, "he lives on {ADDRESS|Brook Street} near the chippy and he tells all the kids to come round"),
    (Y, "ppl who helped me: {NAME|catrìona} my support worker and {NAME|Dáithí} from football"),
    (Y, "{NAME|Hibaaq} my cousin got pulled out of school and sent to Somalia and no one asked where she went"),
    (Y, "my new address is {ADDRESS|27 Saxon Way} {POSTCODE|DN4 8QA} send the form here"),
    (Y, "{NAME|florin} and his brothers get stopped by security in every shop just for being gypsies"),
    (Y, "his website is {URL|example.com/jobs4teens} it says easy money for 15 plus but its a scam"),
    (Y, "i go by {NAME|Kaitlin} but my teachers spell it wrong every time"),
    (Y, "{NAME|nour} and {NAME|abdullah} got their hijab n topi pulled in the park by some year 11s"),
    (Y, "I'm {NAME|Chen Hao}, in Year 12 at {SCHOOL|Fairfield Sixth Form College}, and I get racist stuff online every day"),
    (Y, "the girl who runs the account is {NAME|Lavinia} i think but they change the name every week"),
    (Y, "my key worker {NAME|Eòghann} is the first adult who never shouted at me"),
    (Y, "txt me {PHONE|07700-900-377} i dont want my real name on this"),
    (Y, "{NAME|Big Tunde} and {NAME|Lil Chris} was outside my nans when i got back, i think they were waiting for me"),
    (Y, "{NAME|abz} told me hes got a ting and if the opps come thru hes ready, im scared for him"),
]

# ---------------------------------------------------------------------------
# Young people's own words - records with nothing to remove
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "i feel unsafe on the bus home from Croydon on a Friday night coz of drunk men"),
    (Y, "WHERE DO I FEEL UNSAFE: TOWN CENTRE AFTER DARK, THE STATION, OUTSIDE MCDONALDS AND THE PARK BY THE CANAL"),
    (Y, "my Nan helped me the most, and Childline when i couldnt talk to anyone"),
    (Y, "i have no hope that anything will change tbh the Police dont care about kids like us"),
    (Y, "honestly Mum and my Auntie are the only ones who help, CAMHS waiting list is 18 months"),
    (Y, "outside Greggs on the high street theres always men asking girls for their snap"),
    (Y, "i called Childline on 0800 1111 and they were actually really nice"),
    (Y, "Snapchat is the worst, Snap Map shows everyone where u live so i turned it to ghost mode"),
    (Y, "i support Arsenal and some Spurs fans jumped me after the derby, only cos of my shirt"),
    (Y, "the old bill stopped me 3 times this month for nothing, i was just walking to Tesco"),
    (Y, "they jacked my phone outside JD Sports in broad daylight and security just watched"),
    (Y, "summer is the worst time, no school, nothing to do, everyone just ends up in trouble"),
    (Y, "i want to be a nurse when i grow up but my destiny isnt written by where im from"),
    (Y, "frank answer? i dont feel safe anywhere in Moss Side after 8"),
    (Y, "KING OF THE ENDS THATS WHAT THEY CALL THEMSELF ITS SO CRINGE"),
    (Y, "i got grace from my teachers when my dad died but after Christmas they stopped caring"),
    (Y, "my mental health is bad and i cut, i told the GP and she sent me to CAMHS but nothing happened"),
    (Y, "i saw a Stormzy interview where he talked about feeling like that and it made me feel less alone"),
    (Y, "Andrew Tate videos are all the boys in my year watch and they say disgusting stuff to us because of it"),
    (Y, "went to A&E after i got stabbed in the leg, the nurses were sound but the Police made me feel like i did something wrong"),
    (Y, "the YOT worker is alright, better than the last one"),
    (Y, "anything else: more youth clubs pls, ours shut in January and now theres nowhere to go on a Monday"),
    (Y, "when my mum was in hospital i stayed with my Nan in Bradford and i felt safe there for the first time"),
    (Y, "Uber drivers at 2am are scary when ur a girl on ur own"),
    (Y, "sky is grey all the time here and so is everyone's mood lol"),
    (Y, "i play Fortnite and Roblox and ppl on there ask how old u are and where u live, i never say"),
    (Y, "i hunt for jobs every day but no one wants a 17 year old with no GCSEs"),
    (Y, "MY NAN SAYS PRAY BUT PRAYING DONT STOP MY STEPDAD"),
    (Y, "i go Mosque on Fridays and thats where i feel the safest"),
    (Y, "tbh Instagram makes me feel ugly, i deleted it in March"),
    (Y, "the worst bit is Primark to the bus station, its like a 5 min walk but theres always a fight"),
    (Y, "Social Services came round once and then never came back"),
    (Y, "i feel safe at home, at school, at my Dad's and at football. not in town"),
    (Y, "will anyone actually read this or is it just a form"),
    (Y, "mark my words someone is gonna get killed at that park"),
    (Y, "ngl the Samaritans helped me more than any adult ever did, 116 123 saved me"),
    (Y, "i want ppl to know not all boys from Tottenham are in gangs"),
    (Y, "who helped you: nobody. my sister. my dog lol"),
    (Y, "JUST WANT TO SAY THANK YOU TO THE NURSES AT THE CHILDREN'S WARD YOU KNOW WHO YOU ARE"),
    (Y, "i rose above it but it took me till Year 11 to feel normal again"),
    (Y, "the boys in my class have a group chat called the hunters and they rate girls"),
    (Y, "the precious thing is my little brother and i do everything to keep him away from it"),
    (Y, "i feel unsafe walking past the Wetherspoons on a Saturday, the men there say stuff to us"),
    (Y, "if ur being groomed u dont know it. i thought he was my boyfriend. he was 26"),
    (Y, "Mum's new partner is fine actually i just didnt like him at first"),
    (Y, "i got bullied in Year 7 for being Polish and in Year 9 for being gay, secondary is long"),
    (Y, "the Head said it was banter. it wasnt banter"),
    (Y, "it would help if the Police actually came when u ring 999 instead of 3 hours later"),
    (Y, "in Glasgow its the same as everywhere, the buses after 10 are dodgy"),
    (Y, "brook helped me with contraception and didnt judge me, the sexual health clinic too"),
    (Y, "im trans and the toilets at school are not safe for me. Stonewall stuff online helped"),
    (Y, "NO ONE HELPED. I HELPED MYSELF."),
    (Y, "i like the Saturday club at the leisure centre, the staff are kind and theres free food"),
    (Y, "some lads from Leeds came down and started trouble at the Halloween fair"),
    (Y, "joy is not a thing i have felt in a long time"),
    (Y, "i only trust my Grandad and my PE teacher"),
    (Y, "i feel safer since i got a bike, i dont have to wait at the bus stop by the Co-op anymore"),
    (Y, "Vinted scammers took my money and i was too embarrassed to tell anyone"),
    (Y, "lol the Police came to our school to talk about knife crime and half the year laughed"),
    (Y, "the dark alley behind Aldi where everyone vapes, thats where it happened"),
    (Y, "ppl ask for nudes on Wizz and Yubo all the time, even grown men"),
    (Y, "i feel safe on the Metro in the day but not at night"),
    (Y, "Kooth was good cos i could type instead of talk"),
    (Y, "drew a picture of how i felt and my counsellor actually got it"),
    (Y, "my dad is in HMP Wandsworth and kids at school use it against me"),
    (Y, "i dont want to be a statistic. i want to go uni in Manchester and do law"),
    (Y, "TELL US ANYTHING ELSE: MORE LIGHTS IN THE PARK AND CCTV BY THE UNDERPASS"),
    (Y, "dawn raid on our flat at 6am, the Police smashed the door in and I was 12 and in my pyjamas"),
    (Y, "I dont feel safe in Chelsea kit round here lol its all Millwall"),
    (Y, "honestly Roblox is where my little cousin met the man who tried to get her to meet up"),
    (Y, "I'm a young carer for Mum and nobody at school knows, i dont want Social Services involved"),
    (Y, "the Jobcentre lady was the first adult in ages to ask if im ok"),
    (Y, "every time i walk past Nando's in Brixton theres older boys asking where im from"),
    (Y, "Ramadan was hard this year cos of everything going on at home"),
    (Y, "i wanna say that Barnardo's saved my life and im not even being dramatic"),
    (Y, "chase me home, thats what they did, every day for a month, till i stopped going"),
    (Y, "pray for me lol jk but seriously the Crimestoppers number should be on every bus"),
    (Y, "the Mix website helped when i was homeless at 17"),
    (Y, "MY MUM MY DAD MY NAN MY AUNTIE MY UNCLE AND MY COACH"),
    (Y, "no one at the Council listens when u say the stairwell isnt safe"),
]

RECORDS += [
    (Y, "I WILL NOT SAY NAMES BECAUSE SNITCHES GET STITCHES AND EVERYONE ROUND HERE KNOWS THAT"),
    (Y, "the precious few adults who care are all at the youth centre, the rest just talk"),
    (Y, "nobody helped, i just stopped going out after sunset and stayed on my PlayStation"),
    (Y, "Miss said she would sort it and then she went on maternity leave and nothing happened"),
    (Y, "in Cardiff Bay its fine in the day but at night after the clubs its not safe for girls"),
    (Y, "Amber alerts r a thing in America but here nobody even knows when a kid goes missing"),
]

# ---------------------------------------------------------------------------
# Practitioners' writing - records containing identifiers
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Case note 12/02: Home visit to {ADDRESS|37 Hawthorn Drive}, {POSTCODE|LS12 5TR}. {NAME|Jade Whitfield} (DOB {DATE_OF_BIRTH|04/07/2009}) present with Mum. {NAME|Jade} reports no contact with {NAME|Connor} since last week."),
    (P, "Referral received from DC {NAME|Okonkwo}, Met Police, re concerns that {NAME|Tyrese Campbell} is being criminally exploited. Contact DC {NAME|Okonkwo} on {PHONE|020 7946 0318}."),
    (P, "NHS no. {NHS_NUMBER|999 204 7186}. GP aware of self-harm disclosure; CAMHS referral made the same day."),
    (P, "Strategy meeting minutes. Present: {NAME|S. Ahmed} (Social Care), {NAME|P. Lowry} (YOT), Dr {NAME|Mensah} (CAMHS), PC {NAME|Hargreaves} (Police), Mrs {NAME|Doyle} (DSL)."),
    (P, "Spoke with {NAME|Destiny}'s mum by phone. Mum says {NAME|Destiny} has been missing since Friday and was last seen with an older male known as {NAME|Smiley}."),
    (P, "Email from {EMAIL|r.patel@example.org}: please find attached the referral for {NAME|Kacper Wiśniewski}, Year 9, {SCHOOL|Oakridge Academy}."),
    (P, "YP disclosed that Uncle {NAME|Ray} has been giving her money and cigarettes in exchange for 'keeping quiet'."),
    (P, "Young person said: 'me and {NAME|Lil Kay} was just chilling at the chicken shop when the feds came'. Recorded verbatim."),
    (P, "Hi {NAME|Joanne}, following today's call {NAME|Marcus} has agreed to attend his appointment at the YOT office on Tuesday. Kind regards, {NAME|Will Ashworth}, Youth Worker"),
    (P, "Concerns raised by the DSL at {SCHOOL|St Aidan's RC Primary}, Mrs {NAME|Kowalczyk}, that {NAME|Amani} (Year 5) has been coming to school hungry and unkempt."),
    (P, "Address on file: {ADDRESS|Flat 17, Beaumont Tower, Eastgate Estate}, {POSTCODE|M40 8JD}. Mobile: {PHONE|07700 900 672}."),
    (P, "Missing episode: {NAME|Róisín McLaughlin}, 15, returned to placement at {ADDRESS|12 Lowther Grove} at 02:40. Return home interview booked with {NAME|Grace Obi}."),
    (P, "{NAME|Frank} attended the session late and was reluctant to engage. He said his older brother {NAME|Lee} 'runs things' on the estate."),
    (P, "{NAME|Mark}, thanks for sending this over. I'll pick it up with {NAME|Joy} tomorrow. {NAME|Ruth}"),
    (P, "Minutes - Child Protection Conference for {NAME|Kai Bennett-Osei} (DOB {DATE_OF_BIRTH|19.01.2013}). Chair: {NAME|Helen Marsh}, IRO."),
    (P, "Sibling {NAME|Aliyu} (aged 7) attends {SCHOOL|Hillcrest Primary School}; no concerns raised by school at this time."),
    (P, "{NAME|Sky} presented as tearful. She stated that {NAME|Tommo} had taken her to a flat in Salford and that 'loads of men' were there."),
    (P, "Call from Mrs {NAME|Warsame} (mother of {NAME|Abdirahman}) on {PHONE|0161 496 0742}, worried he has not come home since Sunday."),
    (P, "Police intelligence links {NAME|Jermaine Simpson}, street name {NAME|J-Roc}, to the address {ADDRESS|41 Stanhope Road}, {POSTCODE|N17 6BL}."),
    (P, "Session notes ({NAME|Will}): {NAME|Will} said he 'just wants to be left alone' and that he is sleeping at his girlfriend's most nights."),
    (P, "Dear Mr {NAME|Adebayo}, I am writing to confirm the outcome of the Early Help assessment for {NAME|Temi}. Yours sincerely, {NAME|Catherine Lowe}, Early Help Coordinator"),
    (P, "Parent requested contact via email only: {EMAIL|dvasquez.home@example.net}."),
    (P, "{NAME|Precious} was seen at school by the nurse. Bruising to upper arm, explanation inconsistent. Photos taken. Referral to MASH."),
    (P, "YP shared Instagram account {HANDLE|@baby.kiyah} which has been contacted by an unknown adult male using {HANDLE|@rich_uncle_dee}."),
    (P, "Worker ({NAME|Hope Nwachukwu}) to complete the Return Home Interview within 72 hours."),
    (P, "Discussed with {NAME|J. Kowalski} (SENCO) - {NAME|Filip} has an EHCP and struggles with unstructured time."),
    (P, "Referral form. Name: {NAME|Ruby Achterberg}. DOB: {DATE_OF_BIRTH|22/06/2010}. Address: {ADDRESS|6 Meadowsweet Close}, {POSTCODE|BS14 0HN}. School: {SCHOOL|Withywood Community School}."),
    (P, "Mum reports that {NAME|Destiny} has a new Snapchat account, {HANDLE|des.tiny04}, which she believes is being used to contact older males."),
    (P, "Home visit cancelled. Dad ({NAME|Gareth Pryce}) refused entry and was verbally aggressive towards SW {NAME|Jenkins}."),
    (P, "{NAME|Hunter} told me his uncle keeps 'stuff' in his bedroom and that he has been told not to go in there."),
    (P, "Outreach round: spoke to a group of 6 young people at the skate park including {NAME|Bailey}, {NAME|Kian} and {NAME|Ozzy}. {NAME|Kian} said older males from another area have been 'coming through'."),
    (P, "Hi all, please note {NAME|Anh Tran} has moved to {ADDRESS|Flat 3, 88 Colegate}, {POSTCODE|NR3 1BQ} - please update records. Thanks, {NAME|Priya}"),
    (P, "{NAME|Mariam} said her father told her she will be 'sent back home to get married' in the summer holidays. FGM/forced marriage protocol followed."),
    (P, "Young person's words: 'i aint going back to {ADDRESS|Carrow House} theres man there who owe people money'."),
    (P, "{NAME|Dominika} (Year 10, {SCHOOL|Castle View School}) disclosed to her form tutor that her stepfather {NAME|Radek} has hit her."),
    (P, "DS {NAME|Whitaker} confirmed {NAME|Kyle Barnes} was arrested in possession of 14 wraps and £340 cash in Blackpool. He was 15."),
    (P, "Please call {NAME|Sinéad} on {PHONE|01632 960 554} to arrange the Family Group Conference."),
    (P, "Record of conversation - {NAME|Mohammed Al-Sayed} told me 'my brother {NAME|Karim} said if I don't help I am not his brother anymore'."),
    (P, "{NAME|Grace}'s foster carer ({NAME|Maureen Kelly}) raised concerns about late night phone use and a new phone that {NAME|Grace} cannot account for."),
    (P, "NHS Number {NHS_NUMBER|9994827316}; Registered GP: Dr {NAME|Chaudhry}."),
    (P, "Following the MARAC, {NAME|Danielle} and the children moved to refuge. Perpetrator {NAME|Lewis Hartley} remains at {ADDRESS|5 Orchard Row}."),
    (P, "{NAME|Summer} and {NAME|Autumn} (twins, 13) have been missing from school 11 days this half term. EWO {NAME|Steve Platt} to visit."),
    (P, "Strategy discussion held with DC {NAME|Nkemelu} and {NAME|R. Fitzgerald} (Children's Social Care). Agreed threshold met for Section 47."),
    (P, "Email to {EMAIL|lisa.marchetti@example.org}: Hi {NAME|Lisa}, can you confirm whether {NAME|Jayden} attended on Thursday? Thanks, {NAME|Dev}"),
    (P, "Mum says {NAME|Tyler} goes by {NAME|Tiny T} online and has a TikTok ({HANDLE|@tinyt.official}) with over 10,000 followers."),
    (P, "Contact for Dad: {PHONE|07700 900 089}. Dad lives at {ADDRESS|The Old Forge, Cross Lane}, Holmfirth."),
    (P, "{NAME|Oluwaseun} spoke positively about his mentor, Mr {NAME|Ogunleye}, and said he wants to start boxing again."),
    (P, "Attendance at {SCHOOL|Kingsmead} has dropped to 61%. Head of Year (Mr {NAME|Blackwood}) is aware."),
    (P, "{NAME|Layla} showed me messages from an account called {HANDLE|daddy_long_legs_77} asking her to send photos."),
    (P, "Referral from {NAME|Bridget Lennon} (Barnardo's) for {NAME|Ciara}, 14, who has been going missing with a group of older girls."),
    (P, "{NAME|Rose} told staff that a man in a silver car has been picking her up from outside the Co-op. She called him {NAME|Baz}."),
    (P, "Minutes taken by {NAME|A. Kaur}. Apologies: {NAME|D. Hughes} (Health), {NAME|T. Mwangi} (Housing)."),
    (P, "{NAME|Leon} reported being stabbed in the thigh near {ADDRESS|Wellington Court}, where he stays with his aunt."),
    (P, "{NAME|Amira} is currently placed with foster carers at {ADDRESS|31 Chesham Way}, {POSTCODE|LU4 9RT}. Contact with birth mother supervised."),
    (P, "YP stated: '{NAME|Big Dre} told me to hold it or he'd tell my mum I was shotting'."),
    (P, "I have spoken to {NAME|Stacey-Ann} who is {NAME|Josiah}'s mother. She was tearful and said she 'can't cope anymore'."),
    (P, "Please see attached chronology for {NAME|Bartosz Zieliński} (DOB {DATE_OF_BIRTH|30 April 2009}), NHS {NHS_NUMBER|999 550 9849}."),
    (P, "{NAME|Hamza} has been seen at {ADDRESS|29 Belgrave Street} on three occasions; this address is linked to the supply of Class A drugs."),
    (P, "Dear {NAME|Tamsin}, thank you for the update on {NAME|Jodie}. Could we set up a TAF meeting next week? Best wishes, {NAME|Karen}"),
    (P, "{NAME|Patience} (Youth Worker) reported that {NAME|Kemi} disclosed sexual assault at a house party on {ADDRESS|Larkspur Avenue}."),
    (P, "Child's name: {NAME|Zhang Wei}. Known as: {NAME|David}. Language spoken at home: Mandarin. Interpreter required for Mum."),
    (P, "{NAME|Kwabena} was very quiet today and said 'nobody cares about me except Auntie {NAME|Efua}'."),
    (P, "Email from school: 'Hi, just to let you know {NAME|Rio} was collected today by an adult male who gave his name as {NAME|Terry}. Not on the approved list.'"),
    (P, "Mr and Mrs {NAME|Haddad} declined the offer of Early Help. Case closed to Early Help and stepped down to universal services."),
]

RECORDS += [
    (P, "Received call from {NAME|Blessing Eze} (Aunt) on {PHONE|0113 496 0271} stating {NAME|Chinedu} had arrived at hers in the early hours with a cut to his hand."),
    (P, "{NAME|Sean Ó Murchú} (Designated Teacher, {SCHOOL|St Columba's College}) attended and gave an update on progress."),
    (P, "YP said: 'me and {NAME|Lil Mo} and {NAME|Skeng} got put in a car and driven to Swansea'. Police informed."),
    (P, "YP's sister {NAME|Marta} is also known to the service (separate file)."),
    (P, "Good morning {NAME|Deborah}, further to our conversation I attach the completed CSE screening tool for {NAME|Keeley}. Regards, {NAME|Olu Bankole}, Senior Practitioner"),
    (P, "Email address for YP's college tutor: {EMAIL|m.hussein@example.org}"),
    (P, "{NAME|Dre} (not his real name - YP would only give his street name) is believed to be 19 and drives a grey Golf."),
    (P, "Spoke with {NAME|Nasra}'s older sister {NAME|Ifrah}, who said the family are worried about a man known as {NAME|Guled} contacting {NAME|Nasra} online."),
    (P, "{NAME|Sunny Bains} attended for the first time and was open about the pressure to carry for his cousin."),
    (P, "{NAME|Crystal} (15) is being supported by the Sexual Exploitation team; her worker is {NAME|Lorraine McGuigan}."),
    (P, "Concerns re {NAME|T. O'Driscoll}, Year 11, {SCHOOL|Bishop Challoner Catholic College}: frequent unexplained absences on Thursdays."),
    (P, "YP's account ({HANDLE|@kayy.xo_}) shows photos taken at an address YP cannot name. Screenshots uploaded to file."),
    (P, "{NAME|Faith} told me that '{NAME|Mikey} said I owe him for the phone and the nails and I have to pay it back somehow'."),
    (P, "Initial Health Assessment: {NAME|Ebrima Jallow}, DOB {DATE_OF_BIRTH|01/01/2008} (age assessed), NHS {NHS_NUMBER|999 617 2031}. UASC, arrived via Kent."),
    (P, "PC {NAME|Lindqvist} confirmed that {NAME|Ashley} was found at {ADDRESS|Flat 6, Milton Court}, {POSTCODE|SE15 3QD} with two adult males."),
    (P, "Hi {NAME|Baz}, please can you add {NAME|Ellie-Mae} to the risk register. Cheers, {NAME|Jo}"),
    (P, "Family address: {ADDRESS|112 Westfield Road}, Hull {POSTCODE|HU3 6PX}. Landline: {PHONE|01632 960 390}."),
    (P, "{NAME|Aleksandra Nowicka} (Mum) speaks limited English; daughter {NAME|Zuzanna} has been interpreting, which is not appropriate."),
    (P, "{NAME|Joel} told me he sleeps on his mate {NAME|Rico}'s sofa most nights because 'home is long'."),
    (P, "{NAME|Kerry-Ann Baptiste} is the allocated Social Worker. Team Manager: {NAME|Paul Rimmer}."),
    (P, "YP named the man as '{NAME|Stevie} from the arcade' and said he is 'about forty'."),
    (P, "YP reports that {NAME|Dylan} and {NAME|Brandon} from the {ADDRESS|Northway estate} have been threatening her younger brother."),
    (P, "Meeting with {NAME|Daniyal}'s parents, Mr {NAME|Qureshi} and Mrs {NAME|Qureshi}. Both were supportive of the plan."),
    (P, "{NAME|Ifeoma} (Outreach) spotted {NAME|Josh} at the bus station at 22:30; he said he was 'waiting for a lift from {NAME|Kris}'."),
    (P, "YP's Discord: {HANDLE|xXvoidwalkerXx#0671}. Has been in a server where adults share extreme content."),
    (P, "YP shared a link to a video of the assault: {URL|https://example.net/v/8fk2Lq9}. Reported to CEOP and removed."),
    (P, "{NAME|Amber} confirmed she is now living with her boyfriend's family at {ADDRESS|7 Quarry Bank}, which has not been assessed."),
    (P, "{NAME|Iwan} spoke in Welsh during the session and said it was easier to talk about his dad that way."),
    (P, "Dear Ms {NAME|Achebe}, please find the minutes of the meeting held on 3 May regarding {NAME|Chiamaka}. Kind regards, Safeguarding Team"),
    (P, "YP's Mum, {NAME|Gemma Sutcliffe}, can be reached on {PHONE|07700 900 956} (mobile) or at {EMAIL|gemma.s82@example.com}."),
    (P, "{NAME|Jayden Mensah-Boateng} was arrested at {ADDRESS|Flat 12, Harrier Point} alongside two adults; he was 14."),
    (P, "Young person quoted: 'if {NAME|Junior} finds out I spoke to you I'm done'."),
    (P, "{NAME|Eun-ji} moved from Korea last year and says she has no friends at {SCHOOL|Meadowbank High}."),
    (P, "Worker: {NAME|Dafydd Lloyd}. Session 4 of 6. Topic: healthy relationships."),
    (P, "Birth father {NAME|Ionuț Stanciu} has requested contact. His address is {ADDRESS|23 Barley Mow Lane}, {POSTCODE|PE1 4HG}."),
    (P, "{NAME|Naledi} reported that another girl in her year, {NAME|Tia}, is being picked up by older boys in cars at lunchtime."),
    (P, "Referral from {NAME|Angela Brennan}, School Nurse, {SCHOOL|Ashgrove Academy}, regarding {NAME|Harley} (Year 8) and concerns of self-harm."),
    (P, "{NAME|Mohamed} says his friend {NAME|Omar} introduced him to '{NAME|Big Man Shaq}', who gave him a phone and £50."),
    (P, "YP prefers to be called {NAME|Charlie} rather than {NAME|Charlotte} and uses they/them pronouns."),
    (P, "{NAME|Lukas} was found asleep in the stairwell of {ADDRESS|Block C, Thornhill Estate} by the caretaker."),
    (P, "{NAME|Ama}'s mother, {NAME|Abena Owusu}, attended the meeting with an advocate from the Refugee Council."),
    (P, "Police reference shared by PC {NAME|Dhaliwal}. Suspect: {NAME|Craig Henshaw}, 34. Victim: {NAME|Caitlin}, 15."),
    (P, "{NAME|Tiago} and his mum {NAME|Fernanda} have recently arrived from Lisbon and are staying at {ADDRESS|44 Albion Terrace}."),
    (P, "{NAME|Riya} told me 'my dad says I'm bringing shame' and that she is not allowed to leave the house except for school."),
    (P, "Conversation with {NAME|Dean} (YP's older brother, 19) on the doorstep; he said {NAME|Callum} 'is fine, stop coming round'."),
    (P, "{NAME|Aleena} attends {SCHOOL|Hyde Park Girls' School} and walks home alone past the park where the incident happened."),
    (P, "Dear Mr {NAME|Osei}, I am sorry to hear that {NAME|Kojo} was excluded. I would like to offer a meeting at the family centre. {NAME|Bernadette Quinn}, Family Support"),
    (P, "YP mentioned a girl called {NAME|Mercedes} who 'brings girls to the parties'. Intelligence submitted."),
    (P, "{NAME|Patryk}'s mother gave consent for the referral to the Youth Offending Team."),
    (P, "Foster carer {NAME|Linda} reports that {NAME|Tayla} returned at 01:00 smelling of alcohol and with a new phone."),
    (P, "{NAME|Nathaniel} (known as {NAME|Nate}) disclosed that he carries a knife 'for protection' because of what happened to {NAME|Andre}."),
    (P, "Incident at {SCHOOL|Parklands Primary}: {NAME|Maya} (Year 6) said that a man called {NAME|Phil} from her mum's work 'touches her when Mum isn't looking'."),
    (P, "YP's Snapchat name is {HANDLE|lil.ty2k10}; her stepfather has access to the account."),
    (P, "Visit to {ADDRESS|Flat 3, Jubilee House}, {POSTCODE|CF24 2LD}. {NAME|Ceri} was in bed at 2pm and did not want to engage."),
    (P, "{NAME|Shola}, I've updated the risk assessment for {NAME|Deji}. Can you check section 3 before the meeting? Thanks, {NAME|Nicola}"),
    (P, "{NAME|Aisling Breathnach} (Advocate) will support {NAME|Cian} at his LAC review on Friday."),
    (P, "YP disclosed that '{NAME|Tank}' and '{NAME|Rizzy}' took her to a hotel in Leicester. She was 14."),
    (P, "{NAME|Ngozi}'s DOB is recorded as {DATE_OF_BIRTH|12 October 2011}; birth certificate not seen."),
    (P, "Mum ({NAME|Sharon}) reports that {NAME|Brooklyn} has been hanging around with an older lad named {NAME|Levi} who lives on {ADDRESS|Kestrel Drive}."),
    (P, "{NAME|Ahmad Rahimi}, UASC, 16, placed at {ADDRESS|Flat 2, 15 Mill Street}. Dari interpreter needed."),
    (P, "{NAME|Roxanne} said Nan is 'the only one who gets it' and that she wants to live with her."),
    (P, "Thank you {NAME|Saffron} for taking the notes today."),
    (P, "School contact: Mrs {NAME|Fairweather}, DSL, {PHONE|0161 496 0519}, {EMAIL|dsl@example.com} ({SCHOOL|Broadoak High School})."),
    (P, "{NAME|Levi} was seen with {NAME|Kwame} and {NAME|Jordan Price} at the retail park on Saturday night."),
    (P, "{NAME|Delroy} (Mentor) reports positive engagement and that {NAME|Isaiah} has applied to college."),
    (P, "{NAME|Lin} said the woman who brought her to the UK is called Auntie {NAME|Mei} and that she owes her money."),
    (P, "Email received from {EMAIL|k.obrien@example.org} on behalf of {NAME|Kieran O'Brien}'s school, requesting an update."),
    (P, "{NAME|Aiden} lives with his grandparents at {ADDRESS|3 Hollybush Lane}, {POSTCODE|WF1 3RS} since his mother's death."),
    (P, "{NAME|Miracle} (14) was found in a car with {NAME|Deshawn Clarke} (22) at 3am by PC {NAME|Moran}."),
    (P, "{NAME|Mustafa} said his cousin {NAME|Yasin} 'sorts everything out' and that he is not allowed to talk about it."),
    (P, "{NAME|Jack} reported that '{NAME|Bones}' had his phone and was using it to message other young people."),
]

RECORDS += [
    (P, "Contact details for Mum: {PHONE|+44 (0)7700 900 804}, {EMAIL|precious.m.okoro@example.com}."),
    (P, "{NAME|June} told the worker in May that she had been sleeping at a 'friend's house' in Rochdale."),
    (P, "{NAME|April} (Year 7) was seen crying in the toilets at {SCHOOL|Heathfield} after a video was shared on the Year 7 group chat."),
    (P, "{NAME|Şükrü} was interviewed with a Turkish interpreter and said that his uncle's friend {NAME|Kemal} arranged his journey."),
    (P, "Referral details - Child: {NAME|Rhiannon Griffiths}; DOB: {DATE_OF_BIRTH|7th March 2012}; NHS: {NHS_NUMBER|999-703-3485}; School: {SCHOOL|Ysgol Gyfun Cwm Taf}."),
    (P, "{NAME|Eddie} said his Nan lives at {ADDRESS|81 Sycamore Avenue} and he would feel safer staying there; address to be checked."),
    (P, "PCSO {NAME|Bradshaw} reported seeing {NAME|Rhys-Owen} and two older males entering {ADDRESS|19 Canal Side} at 21:00."),
    (P, "Further information from the YP's Instagram ({HANDLE|@trapqueen.jas}): photos of cash and designer goods posted after each missing episode."),
    (P, "Landline for Grandparents: {PHONE|020 7946 0127}. Grandad {NAME|Clive} is happy to be a point of contact."),
    (P, "{NAME|Wiremu} (Māori heritage, moved from Auckland) told staff that he misses his whānau and feels invisible at school."),
    (P, "As discussed with Dr {NAME|Lakshmi Iyer}, the paediatric assessment for {NAME|Sami} is booked for Monday."),
    (P, "Please see the YP's online fundraising page at {URL|https://www.example.org/pages/walk-for-noah} which includes a photo of him in school uniform."),
    (P, "Minutes - Present: {NAME|Gráinne Mac Giolla} (Chair), {NAME|Tunde Bakare} (Police), {NAME|Hye-won Park} (Health), {NAME|Ffion Roberts} (Education)."),
    (P, "{NAME|Brandon-Lee} was collected from custody by his uncle {NAME|Wayne} at 04:00 and taken to {ADDRESS|6 Rowan Close}, {POSTCODE|S5 9JF}."),
    (P, "YP disclosed that her mum's boyfriend, known only as '{NAME|Dodge}', has been messaging her at night from {PHONE|O77OO 9OO l4l}."),
    (P, "{NAME|Vo Minh Anh} (16) was found working at a nail bar in Peterborough. Trafficking NRM referral made by {NAME|Bethan Howells}."),
]

# ---------------------------------------------------------------------------
# Practitioners' writing - records with nothing to remove
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Strategy meeting held Tuesday 14 March. Police, CAMHS, Health and Education attended. Outcome: Section 47 enquiry to continue."),
    (P, "Will follow up with school on Monday and update the chronology."),
    (P, "Frank discussion held with Mum about boundaries and the impact of late nights on school attendance."),
    (P, "Mark as complete once the Return Home Interview has been uploaded."),
    (P, "Hope is that the placement will stabilise now that contact with Dad has been reduced."),
    (P, "YP presented with joy at being told she could stay with Nan over the summer holidays."),
    (P, "Referral to MASH made at 16:20. Threshold discussed with Team Manager; agreed Level 4."),
    (P, "Mum called the office upset. She said the Police had been round again and she does not want Social Services 'in her business'."),
    (P, "YP reports feeling unsafe in Manchester city centre, particularly around Piccadilly Gardens after dark."),
    (P, "Attended the Child Protection Conference. Plan agreed under the category of Neglect. Review in three months."),
    (P, "YP said 'the old bill are always on us, we can't even stand outside Tesco'. Recorded verbatim."),
    (P, "YP disclosed that older males 'jacked' his bike and phone last Wednesday. Advised to report to Police via 101."),
    (P, "The Designated Safeguarding Lead confirmed that the school has no concerns regarding attendance this term."),
    (P, "Please note: the YOT office will be closed on Good Friday and Easter Monday."),
    (P, "Grace period for the rent arrears agreed with the Housing Officer; family not at risk of eviction before June."),
    (P, "Young person supports Celtic and says football is 'the only thing that keeps me out of trouble'."),
    (P, "Discussed online safety. YP uses Snapchat, TikTok and Discord. Snap Map now switched off. Advised on reporting to CEOP."),
    (P, "Sky TV and broadband cut off due to arrears, Mum says the children are bored and going out more."),
    (P, "Destiny 2 and Call of Duty are the games YP plays most; he talks to adults through the headset."),
    (P, "Precious little progress since the last review. Agreed to escalate to the Head of Service."),
    (P, "YP reported being approached outside King's Cross station by a man offering work. Information shared with British Transport Police."),
    (P, "Youth club session: 14 young people attended. Activities included cooking, FIFA and a workshop on consent run by Brook."),
    (P, "Anxiety rose sharply after the move to secondary. School counsellor and Kooth offered."),
    (P, "Risk assessment updated: RAG rating Amber. Review at next Team Around the Family meeting."),
    (P, "Dawn raid carried out by Police at the family home at 06:00. Children were present and distressed."),
    (P, "YP described a police chase through the estate, said he was 'just a passenger'."),
    (P, "Faith leaders from the local mosque and church attended the community safety meeting on Thursday."),
    (P, "YP walked miles home after being left in Birmingham by older males. Arrived home at 03:15."),
    (P, "Crystal meth and cannabis were mentioned by YP as being sold at the address. Intelligence submitted to Police."),
    (P, "YP was seen at Angel station by the outreach team at 23:40 and was escorted home."),
    (P, "Christmas Eve: Emergency Duty Team contacted regarding a missing 14-year-old. Found safe by Police at 01:30."),
    (P, "Mum works at Marks & Spencer and Dad at Sainsbury's; both on nights, so children often unsupervised."),
    (P, "YP wanted trainers from JD and a Canada Goose jacket; worker explored where the money for these came from."),
    (P, "YP said he wears Trapstar and Nike Tech 'because that's what the olders wear'. Discussed grooming through gifts."),
    (P, "Joint visit with the School Nurse and the Family Support Worker. Home conditions improved since March."),
    (P, "Met YP at McDonald's in Wolverhampton as he did not want to meet at the office."),
    (P, "Referral to the Youth Justice Service Liaison and Diversion team agreed with the Custody Sergeant."),
    (P, "YP spoke about Marcus Rashford and said he wants to start a food bank at school."),
    (P, "YP's hero is Bukayo Saka. Used this to open a conversation about staying in education."),
    (P, "Ofsted inspection scheduled for the week of 9 June. All case files to be up to date by Friday."),
    (P, "YP described feeling 'like the king of the world' when he first had money from running. Explored what that meant to him."),
    (P, "Dad states he will not engage until the Social Worker is changed."),
    (P, "The Independent Reviewing Officer chaired the LAC review. YP attended for the first 20 minutes."),
    (P, "Noted that YP used the term 'opps' repeatedly; explored rivalry with young people from Handsworth."),
    (P, "Sunny day so session held outside at the park; YP more relaxed and talkative than in the office."),
    (P, "YP said the area around Chapeltown feels 'safer now the lights have been fixed'."),
    (P, "Minutes: Item 1 - apologies. Item 2 - actions from last meeting. Item 3 - exploitation hotspots in Sheffield city centre."),
    (P, "Will the Police be attending the Complex Safeguarding meeting? Please confirm by Wednesday."),
    (P, "Both parents attended. Frank conversation about the risks of criminal exploitation and the warning signs to look for."),
    (P, "YP reports that she 'felt no hope' in the weeks before the overdose. Safety plan completed with CAMHS Crisis Team."),
    (P, "Bank Holiday cover: Emergency Duty Team, Police and Childline details given to the family."),
    (P, "YP and Nan attended together. Nan has been the main carer since Mum went into rehab in Preston."),
    (P, "Interpreter (Polish) booked for Thursday. Social Worker to attend with Team Manager."),
    (P, "Housing confirmed the family will be moved to temporary accommodation in Luton by the end of the month."),
    (P, "YP would like support with CV writing and applying to Aldi and Lidl for weekend work."),
    (P, "Reviewed the Contextual Safeguarding map. Hotspots: the retail park, the bus station and the underpass by the ring road."),
    (P, "Agreed actions: Social Worker to visit weekly; School to monitor attendance; Health to complete Initial Health Assessment."),
    (P, "YP was wearing a Celtic top and said the boys from the other side of Glasgow 'would kill him for it'."),
    (P, "Rose Garden project: 8 young people took part in the gardening scheme this term."),
    (P, "Mum says the children spend most weekends at their Grandma's in Stanley, which she feels is safe."),
    (P, "Followed up with the Head of Year. No further incidents reported since half term."),
    (P, "YP was given the Shout text line (85258) and the Samaritans number (116 123) as part of her safety plan."),
    (P, "YP said 'I'm not a grass, I'd rather get stabbed'. Explored fear of reprisals."),
    (P, "Lone working policy followed. Manager informed of visit start and finish times."),
    (P, "Actions carried forward to the April meeting due to the absence of Health and Education."),
    (P, "YP was really proud of the new Clarks school shoes Nan bought him for his birthday."),
    (P, "YP enjoys the boxing club and said the coach is 'like a dad to me'."),
    (P, "School confirmed YP is on a part-time timetable until after the May half term."),
    (P, "Chelsea v Arsenal tickets given as a reward for engagement through the Premier League Kicks programme."),
    (P, "YP said he met the older males at the Hunters Lodge pub car park in Hamilton. Information passed to Police Scotland."),
    (P, "Discussed the Children's Commissioner report on county lines with the team during supervision."),
    (P, "Mum has a Friday appointment at the Jobcentre and asked if the visit can be moved to the afternoon."),
    (P, "Worker observed a Snapchat notification from an adult male contact on YP's phone. YP refused to say who it was."),
    (P, "The Deputy Head, the Head of Year and the Attendance Officer attended the meeting."),
    (P, "Home conditions: clean and tidy, food in the fridge, Mum warm and welcoming."),
    (P, "Advised Mum to ring 999 if YP is in immediate danger and 101 for non-urgent reports."),
    (P, "YP presented as angry, stating that the Council 'dumped us in a hostel in Beverley with no mates'."),
    (P, "Summer scheme places confirmed for the three youngest children."),
    (P, "YP said that he 'will never trust the Police again' after the stop and search outside the station."),
    (P, "YP said she was given 'a bit of Mandy and some Xanax' at the party. Substance misuse referral offered."),
    (P, "Dad has started attending the Caring Dads programme and appears committed."),
    (P, "Visit to the family in Kingston. The children were at school. Discussed the neglect toolkit with Mum."),
    (P, "The Early Help Hub will now take referrals through the portal rather than by email."),
    (P, "YP reported that the Ann Summers bag found in her room was a gift from 'a friend's older brother'. Explored further."),
    (P, "YP showed me his John Lewis gift card and said it came from 'someone who looks after me'."),
    (P, "Supervision: Practice Manager agreed the plan. Next supervision in four weeks."),
    (P, "YP attends the Saturday Madrasa and the Sunday league team; both described as protective factors."),
    (P, "YP described the worker at Women's Aid as 'the only adult who never lied to me'."),
]

RECORDS += [
    (P, "YP said she feels safest at the Sikh gurdwara and at her Nani's house; both recorded as protective factors."),
    (P, "Summer term update: attendance improved to 94%. Celebrate with YP and Mum at next visit."),
    (P, "May need to revisit the safety plan if the family moves before the end of June."),
    (P, "YP described Ralph Lauren and Louis Vuitton items given to him 'by the olders'. Discussed debt bondage."),
]


# ---------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------

TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
STYLES = {Y, P}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")

PHONE_RANGES = [re.compile(p) for p in (
    r"^07700900\d{3}$",
    r"^01632960\d{3}$",
    r"^02079460\d{3}$",
    r"^01134960\d{3}$",
    r"^01614960\d{3}$",
)]
WORD_DIGITS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2",
               "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}
LOOKALIKE = {"o": "0", "l": "1", "i": "1"}
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.I)
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")
ZW = "\u200b\u200c\u200d\u2060\ufeff"


def phone_digits(s):
    """Undo spacing, zero-width characters, look-alike letters, spelled-out
    digits and 'double'/'triple'; normalise +44 to a leading 0."""
    s = "".join(ch for ch in s if ch not in ZW).lower()
    s = s.replace("(0)", "")
    s = re.sub(r"^\+\s*44\s*", "0", s)
    tokens = re.findall(r"[a-z]+|\d", s)
    out = []
    repeat = 1
    for tok in tokens:
        if tok == "double":
            repeat = 2
            continue
        if tok == "triple":
            repeat = 3
            continue
        if tok.isdigit():
            d = tok
        elif tok in WORD_DIGITS:
            d = WORD_DIGITS[tok]
        elif all(c in LOOKALIKE for c in tok):
            d = "".join(LOOKALIKE[c] for c in tok)
        else:
            raise ValueError("unparseable phone token %r in %r" % (tok, s))
        out.append(d[0] * repeat + d[1:])
        repeat = 1
    return "".join(out)


def nhs_ok(s):
    d = re.sub(r"[\s\-]", "", s)
    if not re.fullmatch(r"\d{10}", d) or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(d[9])


def email_domain(s):
    t = s.lower()
    t = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", t)
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    if not re.fullmatch(r"[a-z0-9._%+\-']+@[a-z0-9.\-]+\.[a-z]{2,}", t):
        return None
    return t.split("@", 1)[1]


def url_host(s):
    t = s.lower()
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", t)
    t = re.sub(r"^[a-z]+://", "", t)
    host = re.split(r"[/?#]", t, 1)[0]
    if host.startswith("www."):
        host = host[4:]
    return host


def domain_ok(host):
    return host is not None and any(
        host == d or host.endswith("." + d) for d in ALLOWED_DOMAINS)


def is_punct(ch):
    return unicodedata.category(ch)[0] in "PS"


def edge_ok(value, typ):
    first, last = value[0], value[-1]
    if first.isspace() or last.isspace():
        return False
    if is_punct(first):
        if not ((typ == "HANDLE" and first in "@_") or (typ == "PHONE" and first == "+")):
            return False
    if is_punct(last):
        if not (typ == "HANDLE" and last == "_"):
            return False
    return True


def parse(raw):
    text = []
    spans = []
    pos = 0
    n = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        text.append(chunk)
        n += len(chunk)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": n, "end": n + len(val), "type": typ, "value": val})
        text.append(val)
        n += len(val)
        pos = m.end()
    text.append(raw[pos:])
    return "".join(text), spans


def check_record(i, style, raw):
    errs = []
    if style not in STYLES:
        errs.append("bad style %r" % style)
    text, spans = parse(raw)
    for ch in "{}|":
        if ch in text:
            errs.append("stray %r" % ch)
    if text != text.strip():
        errs.append("leading/trailing whitespace in text")
    prev_end = -1
    for sp in spans:
        typ, val = sp["type"], sp["value"]
        if typ not in TYPES:
            errs.append("bad type %r" % typ)
            continue
        if not val:
            errs.append("empty span")
            continue
        if text[sp["start"]:sp["end"]] != val:
            errs.append("offset mismatch %r" % val)
        if not edge_ok(val, typ):
            errs.append("span edge whitespace/punctuation %r" % val)
        if sp["start"] < prev_end:
            errs.append("overlap at %r" % val)
        prev_end = sp["end"]
        if typ == "NHS_NUMBER" and not nhs_ok(val):
            errs.append("NHS checksum/prefix fails %r" % val)
        if typ == "PHONE":
            try:
                d = phone_digits(val)
                if not any(r.match(d) for r in PHONE_RANGES):
                    errs.append("phone out of drama range %r -> %s" % (val, d))
            except ValueError as e:
                errs.append(str(e))
        if typ == "EMAIL" and not domain_ok(email_domain(val)):
            errs.append("email domain %r" % val)
        if typ == "URL" and not domain_ok(url_host(val)):
            errs.append("url domain %r" % val)
        if typ == "POSTCODE" and not POSTCODE_RE.match(val):
            errs.append("postcode shape %r" % val)
        if typ == "HANDLE" and "#" in val and not re.search(r"#\d{4}$", val):
            errs.append("discord tag shape %r" % val)
    # a string marked in a record must not also appear unmarked as a whole word
    for val in {sp["value"] for sp in spans}:
        for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
            covered = any(sp["start"] <= m.start() and m.end() <= sp["end"] for sp in spans)
            if not covered:
                errs.append("marked string %r also appears unmarked" % val)
    return text, spans, ["record %d: %s" % (i, e) for e in errs]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors = []
    built = []
    seen = {}
    for i, (style, raw) in enumerate(RECORDS, 1):
        text, spans, errs = check_record(i, style, raw)
        errors.extend(errs)
        if text in seen:
            errors.append("record %d: duplicate of record %d" % (i, seen[text]))
        seen[text] = i
        built.append({"style": style, "text": text,
                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]})
    n = len(built)
    clean = sum(1 for r in built if not r["spans"])
    by_type = {}
    for r in built:
        for s in r["spans"]:
            by_type[s["type"]] = by_type.get(s["type"], 0) + 1
    by_style = {}
    clean_by_style = {}
    for r in built:
        by_style[r["style"]] = by_style.get(r["style"], 0) + 1
        if not r["spans"]:
            clean_by_style[r["style"]] = clean_by_style.get(r["style"], 0) + 1
    share = clean / n if n else 0.0
    if n < 450:
        errors.append("only %d records (need >= 450)" % n)
    if by_type.get("NAME", 0) < 320:
        errors.append("only %d NAME spans (need >= 320)" % by_type.get("NAME", 0))
    if not (0.32 <= share <= 0.40):
        errors.append("clean share %.3f outside 32-40%%" % share)
    print("records:", n)
    print("by style:", dict(sorted(by_style.items())))
    print("clean by style:", dict(sorted(clean_by_style.items())))
    print("clean: %d (%.1f%%)" % (clean, 100 * share))
    print("spans by type:", dict(sorted(by_type.items(), key=lambda kv: -kv[1])))
    print("total spans:", sum(by_type.values()))
    if errors:
        print("\n%d CHECK FAILURES - nothing written:" % len(errors), file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    rng = random.Random(20261215)
    rng.shuffle(built)
    out = os.path.join(here, "set_y.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for k, r in enumerate(built, 1):
            obj = {"id": "y%04d" % k, "style": r["style"], "text": r["text"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
