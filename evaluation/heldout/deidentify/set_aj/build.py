#!/usr/bin/env python3
"""Hand-written evaluation set aj for a free-text de-identifier.

Every record below was typed by hand. Identifiers are marked inline as
{TYPE|value}. Run `python3 build.py --check` to validate only, or
`python3 build.py` to validate and write set_aj.jsonl and README_set_aj.md.
"""
import json
import os
import random
import sys
import unicodedata

Y = "young_person"
P = "practitioner"

RECORDS = []

# ---------------------------------------------------------------------------
# young_person: survey answers
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "the underpass by the train station after dark. theres always older lads there n one of them {NAME|shaq} keeps asking me to hold stuff for him"),
    (Y, "NOWHERE IS SAFE ROUND HERE TBH. {NAME|DANNY} AND HIS COUSIN {NAME|RIO} FOLLOW ME HOME FROM THE BUS STOP"),
    (Y, "the park at night because theres no lights and people drink there"),
    (Y, "i felt safe when miss {NAME|okafor} let me sit in her room at lunch instead of the canteen"),
    (Y, "my youth worker {NAME|Jodie} helped me the most, she never judged me and she came to court with me twice"),
    (Y, "honestly the youth club is the only place i feel calm, {NAME|Tunde} and {NAME|Femi} run it and they dont chat breeze"),
    (Y, "a wis pure feart at the shows last summer cos {NAME|Ruaridh}s pals kept grabbin ma phone aff me"),
    (Y, "the police should actually come when you ring them not three hours later"),
    (Y, "{NAME|will} from the project helped me get my phone back off them and didnt make me feel stupid"),
    (Y, "i will never go back to that flat, i hope they close it down and i hope nobody else gets took there"),
    (Y, "me, {NAME|jade}, {NAME|kacper} n {NAME|tunde} always go maccies after school cos its busy n theres cameras"),
    (Y, "tidy youth worker called {NAME|Gethin} sorted me out butt, got me on the boxing at the leisure centre in merthyr"),
    (Y, "yer man {NAME|Deccie} from the flats was sending me messages on snap, {HANDLE|deccie_kg93} if anyones lookin"),
    (Y, "the wee shop at the roundabout is grand but the lads at the chippy are wile scary, one of them calls himself {NAME|Stevie Boy}"),
    (Y, "MORE YOUTH CLUBS AND LESS TALKING ABOUT US WITHOUT US"),
    (Y, "my nan helped me and so did mrs {NAME|Begum} the dinner lady, she noticed i wasnt eating"),
    (Y, "when i first came here anh {NAME|Quang} said i could work in the nail shop and pay back the money, i didnt know it was wrong"),
    (Y, "my cousin {NAME|Florin} says dont talk to police they will send us back, but {NAME|Denisa} from the roma support group said thats not true"),
    (Y, "we got moved on again and {NAME|Mikey} was took by the guards for nothing. only one who listens is {NAME|Bridget} at the health bus"),
    (Y, "nothing. i dont want to talk about it"),
    (Y, "the bus station in town, the one with the broken clock. people sell there in the day even"),
    (Y, "hes called {NAME|Ghost} on the road but his real name is {NAME|Callum Reid}, he gives out phones to year 9s"),
    (Y, "ALL OF THEM KNOW {NAME|SMILEY} HE DRIVES A WHITE GOLF AND PARKS BY THE SCHOOL GATES"),
    (Y, "he gave me his number {PHONE|07700 900417} and said text when ur ready, i never did"),
    (Y, "if anyone wants to know its {PHONE|O77OO 9OO 263} thats the number they ring for the line"),
    (Y, "she made me learn it off by heart, {PHONE|oh seven seven oh oh nine oh oh five eight one}, so i didnt have it in my phone"),
    (Y, "at {SCHOOL|Harrowfield Academy} the teachers dont notice nothing. only mr {NAME|Dlamini} does"),
    (Y, "school should teach us about grooming properly not just one assembly in year 7"),
    (Y, "{NAME|hope} n {NAME|faith} are twins in my form and they got took to parties in a taxi every weekend"),
    (Y, "i hope it gets better. i have faith in my key worker but not in the system"),
    (Y, "ask {NAME|sunny} he knows whats going on at the car wash on the ring road"),
    (Y, "it was sunny so we was at the beach, thats when the men in the bmw started talking to us"),
    (Y, "the opps be by the chicken shop on the high road, {NAME|Zeekz} got wet up there last month so i dont go past no more"),
    (Y, "mandem like {NAME|K-Dot} and {NAME|Lil Ayo} make you do runs to places like margate n you cant say no once you owe"),
    (Y, "you can email me at {EMAIL|aminaxo.2009@gmail.com} if u want to know more, i dont mind"),
    (Y, "my dob is {DATE_OF_BIRTH|14/02/2010} but they never believe im 15 so they dont take it serious"),
    (Y, "i live at {ADDRESS|41 Thornbury Close} {POSTCODE|LS12 7QD} and people come knocking at night for my brother"),
    (Y, "I FEEL SAFE AT NANS AND AT THE GYM. NOT AT MUMS BECAUSE OF HER BOYFRIEND AND HIS MATES"),
    (Y, "{NAME|mark} said if i didnt go he would tell my mum about the weed"),
    (Y, "they mark you down as a runaway but nobody asks why you ran"),
    (Y, "he added me on snap as {HANDLE|tmoney.x7} and then all his mates added me the same night"),
    (Y, "met him on fortnite his name was {HANDLE|xXSlayerK1ngXx} he said he was 16 but he wasnt, he was a grown man"),
    (Y, "theres a discord server where older lads post stuff, the admin is {HANDLE|nightcrawler#0451}"),
    (Y, "this is his insta {URL|instagram.com/dre.bandz22} look at the pictures of him with kids"),
    (Y, "in kirkby the lads on the field call me a grass cos i talked to {NAME|Kelly} from the youth team la"),
    (Y, "me and wor {NAME|Kyle} divvent gan on the metro anymore cos of them lads from byker"),
    (Y, "the lads at the bullring get you to hold stuff bab, one called {NAME|Ty} said id get 50 quid"),
    (Y, "MORE POLICE IN TOWN CENTRE ON FRIDAY AND SATURDAY NIGHTS NOT JUST IN THE DAY"),
    (Y, "{NAME|Siobhán} from the guards was sound, she gave me a lift home and didnt make a big deal of it"),
    (Y, "{NAME|Eilidh} and {NAME|Mhairi} are the only ones i trust, the rest of them chat to older boys fae the toon"),
    (Y, "when i was at {ADDRESS|Oakridge House} the staff let men pick us up in cars and never asked who they were"),
    (Y, "care homes need to check who is picking kids up, its not hard"),
    (Y, "{NAME|priya}'s uncle drives a taxi and he offered me free lifts, i said no but my mate said yes"),
    (Y, "{NAME|jayden} got nicked in swindon with a bag that wasnt even his, the older one {NAME|Reuben} put it on him"),
    (Y, "swindon, reading, oxford, they send kids all over and nobody stops them at the train station"),
    (Y, "my favourite show is love island and i watch it with my mum every night, thats when i feel safest"),
    (Y, "i told ms {NAME|harrow} and she actually did something about it, proper respect to her"),
    (Y, "a girl called {NAME|Oliwia} in my class is going out with a 24 year old and everyone knows but nobody says nothing"),
    (Y, "{NAME|ionut} and his brother {NAME|bogdan} work at the car wash they dont get paid and they sleep upstairs"),
    (Y, "NOT SAFE ON THE 51 BUS AFTER 8"),
    (Y, "i go to {SCHOOL|St Cuthbert's} and theres a man who waits outside in a black audi most days"),
    (Y, "{NAME|chase} from year 11 sells vapes and other stuff in the toilets"),
    (Y, "they chase you down the road if you wear the wrong colours"),
    (Y, "my bestie {NAME|ruby} helped me tell someone, without her id still be stuck in it"),
    (Y, "i trust {NAME|Cerys} at the hwb and {NAME|Iolo} the youth worker, diolch iddyn nhw"),
    (Y, "nobody really, except maybe my auntie {NAME|pat}"),
    (Y, "pat on the back for the police for once, they did come quick when my sister went missing"),
    (Y, "they call him {NAME|Butcher} cos he works at the meat place on the high st, he gives girls lifts"),
    (Y, "the man from the kebab shop gives girls free food and then asks for their numbers"),
    (Y, "{NAME|Taxi Steve} drives girls to parties in leeds and doesnt charge them, thats not normal is it"),
    (Y, "{NAME|Scouse Dave} is the one who runs it round here, hes not even from liverpool lol"),
    (Y, "{NAME|Jermaine} and {NAME|Kemar} them man are safe, they run the football on a tuesday"),
    (Y, "football on tuesdays at the leisure centre keeps me out of trouble, more stuff like that please"),
    (Y, "pls help {NAME|Shanice} her step dad is letting men stay over and she is only 13"),
    (Y, "bout ye. the wee lads in our estate get used by the paras to do their dirty work"),
    (Y, "me and {NAME|Ciarán} got warned by them boys to stay out of the park or get a kneecappin"),
    (Y, "a social worker named {NAME|Delphine} was the first adult who asked me if i was ok"),
    (Y, "SOCIAL WORKERS KEEP CHANGING I'VE HAD 6 IN 2 YEARS"),
    (Y, "can someone tell {NAME|river} im sorry i didnt answer, they took my phone off me"),
    (Y, "i sit by the river when im stressed, its quiet there and no one bothers you"),
    (Y, "my foster carer {NAME|dawn} is the best thing that happened to me this year"),
    (Y, "i walk home at dawn sometimes after being out all night and no one ever stops me"),
    (Y, "{NAME|ray} at the boxing club told the police what he saw and now he gets threats"),
    (Y, "its me {NAME|lukas} from 10B, the survey is ok but you should ask about online stuff more"),
    (Y, "online is worse than outside. snapchat, tiktok, telegram, all of it"),
    (Y, "she posts about parties on her tiktok {HANDLE|@jaz.mariee} and older men comment on everything"),
    (Y, "u can contact me at {EMAIL|kayla dot b 2010 at hotmail dot co dot uk} if u need to"),
    (Y, "ring my nan on {PHONE|0161 496 0733} shes the only one who picks up"),
    (Y, "childline helped when i rang at 2am, 0800 1111, they didnt hang up on me even when i was crying"),
    (Y, "{NAME|NATHAN} BROKE MY PHONE AND SAID IF I GO TO THE FEDS HE WILL FIND ME"),
    (Y, "i was in the back of {NAME|Dwayne}s car when they pulled us over, nobody asked me if i was ok just searched me"),
    (Y, "MY BIGGEST WORRY IS THE STATION AT NIGHT AND THE MEN OUTSIDE THE OFF LICENCE"),
    (Y, "me n {NAME|amir} got stopped and searched twice in one week for nothin, police treat us like criminals"),
    (Y, "the police should explain why they stop you and not be rude about it"),
    (Y, "{NAME|Tariq} my cousin helped me get out, he drove me to my aunties in bradford in the middle of the night"),
    (Y, "a girl {NAME|Nabila} from mosque got messages from a man saying he was 17 but he was like 30"),
    (Y, "i used to go {SCHOOL|Ashbrook PRU} and thats where i met them, half the lads there was running for someone"),
    (Y, "the pru is where they find you, everyone knows it"),
    (Y, "{NAME|Dinny} and {NAME|Johnny Joe} are my cousins we stop at {ADDRESS|pitch 7, Cinder Lane site} and the police only come to move us on"),
    (Y, "{NAME|Efua} showed me how to block people and report them, shes like a big sister"),
    (Y, "{NAME|yaw} n {NAME|kwame} got jumped at the bus stop and the driver just drove off"),
    (Y, "i dont trust adults, they all just pass you on to someone else"),
    (Y, "the one who helped was nurse {NAME|bev} at school, she gave me her time"),
    (Y, "my mate {NAME|Minh} was working in a house with plants and couldnt leave, he is 16"),
    (Y, "{NAME|linh} dont speak much english and the man who brought her here takes all her money"),
    (Y, "ANYTHING ELSE: STOP MOVING KIDS OUT OF AREA, I GOT SENT 200 MILES AWAY AND KNEW NOBODY"),
    (Y, "got moved to {ADDRESS|Flat 12, Linden House} and the man downstairs keeps offering me stuff"),
    (Y, "i know a lad called {NAME|spider} who gets kids to hide stuff in their school bags"),
    (Y, "i hate spiders but i hate the alley behind aldi more"),
    (Y, "my little sister {NAME|storm} is 12 and already getting messages off older boys"),
    (Y, "after the storm the lights in the park never got fixed so its pitch black"),
    (Y, "{NAME|jack} n {NAME|ivy} are safe people to talk to, theyre peer mentors"),
    (Y, "i got a jack daniels bottle thrown at me outside the spar"),
    (Y, "{NAME|hunter} is in my year and his older brother is the one recruiting"),
    (Y, "dwi ddim yn teimlo'n saff yn y dre ar nos sadwrn"),
    (Y, "the lads down the quays are grand til they arent, {NAME|Oisín} got a hiding off them for nothing"),
    (Y, "{NAME|caoimhe} reported it to tusla and nothing happened"),
    (Y, "tusla never rang back"),
    (Y, "am no gonnae grass on anyone, aw the polis dae is lift ye and let ye go"),
    (Y, "there is a guy called {NAME|Bones} who sells at the skatepark and he carries a blade"),
    (Y, "{NAME|adebayo} and {NAME|chidi} got made to carry bags by a tall man in a grey trackie"),
    (Y, "i want ms {NAME|kowalczyk} to stay as my worker please dont change her"),
    (Y, "NAME {NAME|TEMI ADEYEMI} DOB {DATE_OF_BIRTH|03.11.2009} I WANT SOMEONE TO CALL ME BACK"),
    (Y, "he has a facebook {URL|facebook.com/gaz.whitlow.5} hes like 40 and messages all the girls in year 9"),
    (Y, "{NAME|Peanut} is my best mates nickname hes had it since year 3, he got stabbed in june"),
    (Y, "me and {NAME|june} from the foster home ran off to manchester cos we was bored"),
    (Y, "the bus to manchester is cheap so people go in the holidays, thats where it happens"),
    (Y, "{NAME|bill} from the allotments is nice to us and gives us little jobs"),
    (Y, "old bill stopped me 3 times this month"),
    (Y, "{NAME|Rose} at the drop in gave me a bus pass and a coat"),
    (Y, "the drop in on a wednesday is good but it shuts at 4"),
    (Y, "{NAME|sukhi} n {NAME|harpreet} are getting pressured by older lads near gurdwara to get in cars"),
    (Y, "his snap is {HANDLE|@bigjay_official1} and his insta is the same"),
    (Y, "i live in {ADDRESS|Bramley Court} on the 9th floor and the lift is always broke so we sit in the stairwell"),
    (Y, "the stairwell smells of weed and people sleep there, get it cleaned"),
    (Y, "my old school {SCHOOL|Kingsmead} kicked me out and nobody asked why i kept missing days"),
    (Y, "schools exclude you and then you have nothing to do all day but be on the streets"),
    (Y, "{NAME|ffion} my sister is 14 and she was at a party in cardiff with men till 4am"),
    (Y, "more female police officers, i wouldnt tell a man"),
    (Y, "i like the skate park when its light. not when its dark"),
    (Y, "ngl the only one who got me was {NAME|Big Mo} at the barbers, he told me straight to stop being a mug"),
    (Y, "Top Boy makes it look cool but its not, its just being used by someone older"),
    (Y, "Me and my mates go to Nando's or JD on a Saturday, thats where men try and talk to you"),
    (Y, "I feel safe at Celtic Park with my dad, nowhere else really"),
    (Y, "roblox is where it started for me, someone pretending to be a kid"),
    (Y, "WHAT SHOULD CHANGE: MORE STAFF AT THE STATION, MORE LIGHTS, MORE THINGS TO DO THAT ARE FREE"),
    (Y, "Mum says dont go Piccadilly Gardens on your own and shes right"),
    (Y, "tesco car park is where the dealers wait for kids after school"),
]

# ---------------------------------------------------------------------------
# practitioner: notes, minutes, e-mails, logs (with identifiers)
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Strategy Discussion 12/03/2024 10:30 (Teams)\nPresent: {NAME|Gemma Holt} (SW, CSC); DC {NAME|Liam Kerr} (Exploitation Team); DSL and School Nurse from {SCHOOL|Brookside High School}.\n{NAME|GH} outlined concerns for {NAME|Kayleigh Moss} (15): missing three times in February, located twice in Blackpool with an adult male known only as '{NAME|Deano}'.\n{NAME|LK} advised intelligence links the male to a Blackpool address; enquiries ongoing.\nDSL reported attendance down to 61%. School Nurse has offered drop-in sessions.\nOutcome: threshold met, S47 enquiries to commence."),
    (P, "Hi {NAME|Sarah},\n\nThanks for this. I spoke with {NAME|Tyler}'s mum this morning and she confirmed he came in at 02:40. She has passed on the number he keeps ringing: {PHONE|07700 900882}.\n\nKind regards,\n{NAME|Rob Ellison}\nYouth Justice Officer\n{EMAIL|rob.ellison@calderbrook.gov.uk}\n\n> On Tue 4 Jun, {NAME|Sarah Quayle} wrote:\n> {NAME|Rob}, did {NAME|Tyler} come back last night? Police logged him missing at 22:15."),
    (P, "OEL 14:20 PC 4471 {NAME|Whitfield} attended {ADDRESS|22 Marlowe Road}, Erdington, {POSTCODE|B23 6TJ} following a report of a 14-year-old girl in the company of adult males. Female identified as {NAME|Chloe Rafferty}. Males left prior to police arrival. Vehicle seen: silver Vauxhall Astra, partial VRM BD19."),
    (P, "Custody Record CR/24/00871\nDetained person: {NAME|Jordan Mbeki}\nDOB: {DATE_OF_BIRTH|09/07/2008}\nAppropriate adult: {NAME|Lorraine Mbeki} (mother)\nSolicitor: {NAME|A. Petrovic}, duty scheme\nNRM considered by Custody Sgt {NAME|Haworth}: YES - First Responder referral submitted 16/05/2024."),
    (P, "ED attendance 02/02/2025 01:15. Pt: {NAME|Leah Grainger}, DOB {DATE_OF_BIRTH|21/10/2009}, NHS No {NHS_NUMBER|999 203 8454}. Presented intoxicated with an older female who left before triage. Safeguarding referral made by Staff Nurse {NAME|Ogunleye}. Paeds liaison informed."),
    (P, "Dear Dr {NAME|Whitmore},\n\nRe: {NAME|Aaliyah Hussain}, DOB {DATE_OF_BIRTH|30 January 2010}, {ADDRESS|14 Cranbrook Avenue}, Bolton {POSTCODE|BL3 4NR}\n\nI saw {NAME|Aaliyah} with her mother on 11 April. She describes low mood since December following contact with a male she met online, who she refers to as '{NAME|Zak}'. She has agreed to weekly sessions with our Exploitation and Trauma Pathway.\n\nYours sincerely,\nDr {NAME|Ruth Adeyemi}\nConsultant Child and Adolescent Psychiatrist, CAMHS"),
    (P, "CPOMS incident 18/09/2024 12:47\nStudent: {NAME|Mason Doyle} (Y10)\nCategory: Exploitation (CCE); Online Safety\nLogged by: {NAME|K. Brennan}\nStudent showed {NAME|KB} a Snapchat message from {HANDLE|trapstar.jj} offering £300 to 'take a trip'. Screenshot saved to file.\nAction by DSL Mrs {NAME|Achterberg}: parents contacted, referral to Front Door."),
    (P, "Return Home Interview\nYP: {NAME|Demi-Leigh Shaw}\nEpisode: missing 21:00 Sat to 16:30 Sun\nCompleted by: {NAME|Kerry Nolan}, Missing from Home Service\nShe said she stayed at a friend's in Hyde, named only as '{NAME|Tash}', and would not give an address. Her friend's older brother '{NAME|Kidz}' drove them to a party in Ashton.\nPush/pull: arguments at home about her phone; wants to be with friends.\nShared with the allocated SW."),
    (P, "MARAC 07/05/2024 - Case 6\nVictim: {NAME|Leanne Crossley} (32)\nPerpetrator: {NAME|Darren Pyke} (41)\nChildren in household: {NAME|Keira} (14), {NAME|Bobby} (9)\nIDVA {NAME|Hannah Rees} reported escalation; non-fatal strangulation disclosed 02/05. The 14-year-old has been seen in the perpetrator's car with other teenage girls.\nActions: Police to progress DVPN; CSC to convene strategy; Education to inform DSL at {SCHOOL|Heathfield Community College}."),
    (P, "MACE Panel 23 October\nNew referrals\n1. {NAME|RM}, 14, M - running into Lincoln on a county line. Peer links with {NAME|JT} and {NAME|Kai Sutherland}.\n2. {NAME|SN}, 15, F - older boyfriend ({NAME|Marcel}, 22). Lives with grandmother on the {ADDRESS|Fairbourne estate}.\n3. Location: Tesco Extra car park, Wednesday evenings - disruption requested."),
    (P, "Cyfarfod Strategaeth / Strategy Meeting\nYn bresennol / Present: {NAME|Bethan Pugh} (Gweithiwr Cymdeithasol / Social Worker), DS {NAME|Huw Prosser} (Heddlu De Cymru), Nyrs Ysgol / School Nurse\nPlentyn / Child: {NAME|Carys Jenkins}, 14\n{NAME|BP} summarised: {NAME|Carys} has been collected from school by an unknown adult on three occasions. Heddlu to run vehicle checks. School Nurse to offer a health review."),
    (P, "IRD 09/01/2025\nChild: {NAME|Callum MacLeod} (13), {ADDRESS|3/2, 41 Dumbreck Street}, Glasgow {POSTCODE|G41 5XY}\nNamed Person: Depute Head Mrs {NAME|Fiona Baird}, {SCHOOL|Auchenlea Academy}\nPolice Scotland: DC {NAME|Gordon Rennie}\nSummary: found in possession of £640 and two phones. States he was 'holding them for a pal'. Agreed: joint investigative interview; referral to the Children's Reporter."),
    (P, "UNOCINI referral - Gateway Service\nChild: {NAME|Niamh Doherty}, DOB {DATE_OF_BIRTH|17/06/2011}\nAddress: {ADDRESS|27 Glenveagh Park}, Belfast {POSTCODE|BT11 9HL}\nReferrer: {NAME|Gráinne Kelly}, Designated Teacher, {SCHOOL|Glenshane High School}\nConcern: she has been seen getting into cars with older males after school. PSNI aware."),
    (P, "Tusla - Child Welfare Concern\nReported by: Garda {NAME|Cian Brennan}, Store Street\nChild: {NAME|Saoirse Ní Bhriain} (15)\nConcern: found in a car in the early hours with two adult males near Connolly Station. Gardaí intervened and she was brought home to her mother. She said one of the men is called '{NAME|Razor}'."),
    (P, "Chronology\n03/01 - {NAME|Ellie} missing overnight, found at Manchester Piccadilly by BTP.\n11/01 - RHI completed by {NAME|Joanne Pike}; {NAME|Ellie} names '{NAME|Jacob}' and '{NAME|Mo}' as people she was with.\n19/01 - Mum reports new clothes and trainers.\n02/02 - School ({SCHOOL|Longdendale High}) reports she left at lunchtime in a black Mercedes."),
    (P, "Core Group Meeting - {NAME|Olamide Bakare}\nAttendees: {NAME|Claire Fenwick} (SW); Dad; Youth Worker (The Hive); Head of Year, {SCHOOL|Parkside Academy}\nApologies: School Nurse\n{NAME|CF} reviewed the plan. Head of Year reported {NAME|Olamide} has attended 9 of 10 mentoring sessions. The Hive noted he is engaging well with boxing on Thursdays."),
    (P, "From: {NAME|Priya Chauhan}\nTo: MASH\nSubject: Referral - {NAME|Harvey Collins}\n\nGood afternoon,\nPlease find attached a referral for {NAME|Harvey} (14). His mum, {NAME|Stacey Collins}, rang me at 13:05 very worried: he has been coming home with cash and says he is doing 'deliveries' for a lad called {NAME|Reece}. Mum can be reached on {PHONE|0113 496 0581}.\n\nMany thanks,\n{NAME|Priya}\nFamily Support Worker"),
    (P, "Handover 22:00 - {NAME|Jess} (RSW) to {NAME|Marcus} (night RSW)\n{NAME|KT} back at 21:10, smelled of cannabis, went straight to her room. Her phone was buzzing constantly; a contact saved as '{NAME|Bae}' rang 14 times. Please do 30-minute checks and call 101 if she leaves."),
    (P, "Referral received 14:32 from {EMAIL|safeguarding@brooksideacademy.org.uk}: concerns that a Year 9 pupil, {NAME|Amelia Ford}, is in contact with an adult male on Instagram ({HANDLE|@rico.ent_uk}). Passed to duty SW {NAME|Naveed Ali}."),
    (P, "YOT case note 05/11\nSaw {NAME|Kieran} at the office with his nan. He was reluctant to talk about the robbery but said that {NAME|Bossman} 'told him to do it' and that he owes £900 after a 'lick'. I explained the NRM and he agreed to a referral. Next appointment Thursday 2pm.\n{NAME|DW}"),
    (P, "Email from Sgt {NAME|Paula Wrigley} to the Exploitation Hub:\n'Morning all, intel received that {NAME|Marley Antwi} and {NAME|Josh Pettifer} have been seen at the address on {ADDRESS|Calder Street} where the older one is staying. Can schools confirm attendance for both today? Ta, {NAME|Paula}'"),
    (P, "Dear Mr {NAME|Okonkwo},\n\nI am writing to confirm the outcome of today's strategy meeting regarding your son {NAME|Chidi}. We agreed that a social worker, {NAME|Anna Wiśniewska}, will visit you at home on Thursday. If you have any questions please call {PHONE|0121 496 0274}.\n\nYours sincerely,\n{NAME|Martin Yeo}\nTeam Manager, Children's Social Care"),
    (P, "School safeguarding log: {NAME|Zara Iqbal} disclosed to her tutor Mr {NAME|Hollis} that a man called '{NAME|Shak}' picks her up from the retail park. She showed a Snapchat account, {HANDLE|shak_9ine}. DSL notified 11:20; MASH contacted."),
    (P, "Minutes - Team Around the Family\nPresent: {NAME|Lindsey Orr} (Early Help, chair), Mum ({NAME|Deborah Mensah}), {NAME|Kwabena} (YP), PCSO {NAME|Fairclough}\nChair welcomed everyone. {NAME|Kwabena} said he feels safer since moving schools. PCSO confirmed there have been no further reports near the precinct. Mum asked about support for his younger sister, {NAME|Ama}."),
    (P, "NRM referral summary: {NAME|Nguyen Van Duc} (claims 16) found at a cannabis grow in a house on {ADDRESS|Holbrook Lane}, Coventry. Interpreter (Vietnamese) used. He stated a man known as 'Chú {NAME|Hai}' brought him to the UK and that he must repay £20,000."),
    (P, "Health visitor note: Visited {ADDRESS|Flat 6, Wordsworth House}, {POSTCODE|M15 4PL}. Mum ({NAME|Tanya Briggs}) present with baby and her 15-year-old, {NAME|Lacey}. Unknown adult male in the flat left when I arrived; {NAME|Lacey} called him 'Uncle {NAME|Jay}'."),
    (P, "Missing person report: {NAME|Aiden Kowalski}, 15, last seen 18:40 leaving {ADDRESS|The Willows} children's home. Wearing black North Face jacket. Known associates: {NAME|Luca Marin}, {NAME|Tyrese}. Mobile {PHONE|07700 900136}."),
    (P, "Paediatric ED safeguarding flag\nNHS no: {NHS_NUMBER|999 584 3021}\nDOB: {DATE_OF_BIRTH|08/01/2010}\nPresenting complaint: alcohol intoxication, found by ambulance crew at Temple Meads. Third attendance this year. Would not give the names of the adults she was with. Referral to CSC and the Exploitation Hub; GP informed."),
    (P, "Screenshot passed on by a Year 9 tutor: Snapchat username {HANDLE|tr4pqueen.99}, with a linked Instagram {URL|https://instagram.com/tr4pqueen.99}. Account appears to be run by an adult recruiting girls for 'parties'. Reported to CEOP and the Exploitation Hub."),
    (P, "Police intelligence submission: subject {NAME|Gary Whitlow}, DOB {DATE_OF_BIRTH|04/04/1983}, believed to be using the Facebook profile {URL|https://www.facebook.com/gaz.whitlow.5} to contact girls aged 13-15 in the Hartcliffe area."),
    (P, "Voicemail from Mrs {NAME|Akhtar} (grandmother) 09:12: very worried about {NAME|Imran}, says he has not been home for two nights and his phone goes straight to voicemail. Callback number {PHONE|07700 900 925}."),
]

RECORDS += [
    (P, "Bore da {NAME|Sioned},\n\nDiolch for the update. Just to confirm I will see {NAME|Rhys} at {SCHOOL|Ysgol Bryn Celyn} on Tuesday during period 3. His nain has asked that we do not call the house phone, so please use her mobile, {PHONE|07700 900561}.\n\nDiolch,\n{NAME|Rhodri Jones}\nGweithiwr Ieuenctid / Youth Worker"),
    (P, "Child's Plan Review\nChild: {NAME|Eilidh MacInnes}, DOB {DATE_OF_BIRTH|2011-05-17}\nLead Professional: {NAME|Shona Mackay} (SW)\nNamed Person: Mr {NAME|Ross}, Guidance Teacher, {SCHOOL|Strathallan High}\nNo missing episodes since the Compulsory Supervision Order was varied. {NAME|Eilidh} told her SW she no longer speaks to '{NAME|Kenzie}'."),
    (P, "JLO note: Garda {NAME|Aoife Lynch} met {NAME|Darragh Ó Súilleabháin} (14) and his father at Tallaght Garda Station. {NAME|Darragh} admitted to holding drugs for an older youth he called '{NAME|Skinny}'. Referred to the Garda Youth Diversion Project. Home address {ADDRESS|12 Kilnamanagh Court}, Dublin 24, {POSTCODE|D24 K7T2}."),
    (P, "PSNI occurrence: Constable {NAME|McAllister} spoke with {NAME|Ciara Devlin} (15) at her home, {ADDRESS|8 Ardcarn Way}, {POSTCODE|BT5 7QR}. She disclosed being given alcohol by a man named '{NAME|Gerry}' in exchange for 'favours'. Referred to Gateway. Her social worker is {NAME|Orla McCann}, Belfast HSCT."),
    (P, "GP letter: This 14-year-old boy, {NAME|Dawid Nowak}, NHS number {NHS_NUMBER|9997351045}, attended with his aunt. Injuries to knuckles and a superficial laceration to the forearm. He would not explain how they occurred. I have informed the practice safeguarding lead, Dr {NAME|Sandhu}."),
    (P, "Sexual health clinic (Brook) note: Client {NAME|Jasmine Clarke}, age 14. Accompanied by a male who gave his name as '{NAME|Leon}' and stated he was her cousin. Client seen alone: disclosed {NAME|Leon} is 'her man' and is 23. Safeguarding referral completed by the clinic nurse."),
    (P, "Visit to {ADDRESS|Pitch 3, Oldfield Lane Traveller Site}: spoke with {NAME|Kathleen Ward} and her son {NAME|Patrick} (13). She is worried he has been approached by men at the scrapyard offering cash for 'driving jobs'. Gypsy and Traveller Liaison Officer {NAME|Sam Price} present."),
    (P, "Placement Plan update: {NAME|Summer Atkinson} moved to {ADDRESS|Rose Cottage} (registered children's home) on 14/08. Registered Manager {NAME|Lynne Foster}. Her contact with her brother {NAME|Ethan} is supervised at the Family Centre."),
    (P, "Xbox gamertag reported by Mum: {HANDLE|DarkR1der07}. The user has been sending {NAME|Ollie} messages offering V-Bucks and asking for photos. Referred to CEOP by PC {NAME|Sharma}."),
    (P, "Info from parent via the school office: a TikTok account {URL|https://www.tiktok.com/@lilkayx} is posting videos of Year 8 girls from {SCHOOL|Meadowview Academy}. Screenshot taken by DSL Mr {NAME|Kaur}."),
    (P, "Message left on the Front Door line by a neighbour: lads on bikes going in and out of {ADDRESS|Flat 2, 58 Tenby Road}, {POSTCODE|LS11 6PW}, at all hours, including one who looks about 12. Caller did not leave a name. Callback {PHONE|0113 496 0317}."),
]

RECORDS += [
    (P, "Case note 14/06 - home visit\nSeen {NAME|Tegan} alone in her bedroom. She said things are 'fine' and she just goes to {NAME|Amber}'s house after school. When asked about the bruising she said she fell at the trampoline park. Mum ({NAME|Michelle Yates}) says she is out until midnight most nights and gets picked up at the end of {ADDRESS|Larkspur Drive} where they live."),
    (P, "Email chain\nFrom: {EMAIL|exploitation.hub@northmoor.gov.uk}\nTo: {EMAIL|j.mcallister [at] nhs [dot] net}\nHi {NAME|Joanne},\nCould you check whether {NAME|Bailey Thompson} (DOB {DATE_OF_BIRTH|12.12.2010}) has any ED attendances since March? Police believe he was injured on 28/04.\nThanks, {NAME|Kirsty}"),
    (P, "Custody: juvenile {NAME|Rio Fairweather} brought in at 01:50 after being found with a burner phone and £320 cash at Norwich station. Burner rang repeatedly from {PHONE|+44 7700 900318}. {NAME|Rio} refused to give his home address. Mum ({NAME|Carla}) attended as AA at 04:30."),
    (P, "Handwritten note found in YP's jacket (photographed by staff): 'if ur stuck ring {NAME|Kai} {PHONE|O77OO 9OO l58}'. Staff {NAME|Bernadette} passed the photo to the SW and uploaded to the log."),
    (P, "TAF minutes 03/10 - Attendees: {NAME|Grace Nwosu} (Early Help), {NAME|Will Barker} (Youth Service), {NAME|Mark Duffy} (PCSO), Mum.\n{NAME|Grace}: {NAME|Jaylen} has been attending the Friday youth session. {NAME|Will}: noticed him leaving with older boys on bikes. {NAME|Mark}: will share any stop records.\nNext TAF: 31/10."),
    (P, "Action log\n1. {NAME|CF} to update chronology - by Friday.\n2. PC {NAME|Dobson} to speak to the taxi firm about {NAME|Lily-Mae}'s journeys.\n3. {NAME|HM} to chase CAMHS re: waiting list."),
]

RECORDS += [
    (P, "Referral form\nChild's name: {NAME|Precious Mutasa}\nDate of birth: {DATE_OF_BIRTH|5th March 2008}\nAddress: {ADDRESS|Flat 21, Kestrel Tower, Hollins Road}, Oldham {POSTCODE|OL8 3HF}\nSchool/College: {SCHOOL|Oldham Sixth Form College}\nParent/carer: {NAME|Tendai Mutasa} (mother), tel {PHONE|0161 496 0912}\nReason for referral: She has a 27-year-old 'boyfriend' who collects her from college. She has been seen with cash and a new phone."),
    (P, "Police note: {NAME|Hope Delaney} (16) reported missing by her carer at 23:30. Located 04:10 at an address on {ADDRESS|Cobden Street}, Salford with two adult males, {NAME|Mehmet Yilmaz} (31) and {NAME|Craig Unsworth} (29). Both arrested. {NAME|Hope} taken to the SARC."),
    (P, "Hi all,\n\nQuick update after last night: {NAME|Aoife} came back to {ADDRESS|Ashgrove House} at 01:15 in a taxi paid for by someone else. She has told {NAME|Dee} (key worker) that she was at '{NAME|Conor}'s' flat in Limerick city.\n\nThanks\n{NAME|Niall Fitzgerald}\nSocial Care Leader\n{EMAIL|niall.fitzgerald@tusla.example.ie}"),
    (P, "School nurse record: {NAME|Harriet Lowe}, Y9, NHS {NHS_NUMBER|999-460-2187}. Self-referred re: sexual health. Says she is 'seeing' an 18-year-old called {NAME|Brandon} who she met through a friend's older sister, {NAME|Courtney}. Age of consent discussed. DSL (Mr {NAME|Hewitt}) informed."),
]

RECORDS += [
    (P, "MACE minutes 14 Feb\nChair: Exploitation Manager (apologies from Youth Service)\nPolice: DS {NAME|Arif Rahman} ({NAME|AR}); Health: {NAME|Joy Ekwueme}, Named Nurse; Education: Inclusion Lead\nCase 1: {NAME|LB} (15, F). {NAME|AR} shared that {NAME|LB} was in a car stopped on the M62 with {NAME|Anthony Rourke}, who has previous for CSE. Health confirmed a recent pregnancy test at the walk-in centre. Chair agreed to escalate to strategy."),
    (P, "Telephone call from Mr {NAME|Thapa} (dad). He found messages on his son's phone from a contact saved as 'Bro {NAME|Lamz}' asking {NAME|Suraj} to 'go country' for two weeks. Dad has taken the phone. Advised to call 101 and to keep the phone as evidence."),
    (P, "Youth work record - Wednesday drop-in\n{NAME|Marnie} and {NAME|Skye} came in together. {NAME|Skye} said an older lad, '{NAME|Tank}', keeps messaging her on Snapchat asking her to come to a party in Shotton. Worker went through a safety plan and gave the Childline number."),
    (P, "RHI notes - {NAME|Kacper Zieliński}, 14\nInterviewer: {NAME|Marta Lewandowska} (Polish speaking)\nMissing for 3 days and found in Peterborough. He said he was 'working' with {NAME|Andrzej} and {NAME|Piotrek} at a house on {ADDRESS|Gladstone Street}. He did not want to say more. Mum says she does not know these men."),
    (P, "Email signature block:\nDr {NAME|Yusuf Patel}\nDesignated Doctor for Safeguarding Children\nNorthmoor ICB\n{EMAIL|yusuf.patel1@nhs.net}\nMob: {PHONE|07700 900 744}"),
    (P, "CPOMS 09/01 13:10 - Mrs {NAME|Ferreira} (Y7 tutor): {NAME|Kaiden} said in form time that his big cousin {NAME|Trey} 'pays him to stand outside the shop'. Logged as CCE concern. DSL {NAME|RJ} to speak to Mum at pick-up."),
    (P, "Handover (day to night)\n- {NAME|Lacey-Jo}: returned 17:45 from contact with Nan. Settled.\n- {NAME|Brooklyn}: did not attend school; says she was with '{NAME|Ash}'. Police informed, ref 1124/0913. No injuries.\n- Bank staff on nights tonight, please brief them on both plans."),
    (P, "Strategy Meeting\nDate: 28/11/2024\nChild: {NAME|Mohammed Al-Rashid} (known as {NAME|Mo}), DOB {DATE_OF_BIRTH|19/08/2009}\nAttendees: SW (chair); DC {NAME|Neil Rafferty}; Arabic interpreter; Head of Year, {SCHOOL|Ridgeway School}\nPolice: {NAME|Mo} was found at a trap house in Chesterfield with {NAME|Jamal Osei}, 19.\nSchool: attendance 42%.\nDecision: S47, NRM, Child Exploitation Risk Assessment to be completed by the allocated SW."),
    (P, "From: {NAME|Kerry Nolan}\nSent: 10 June 2024 08:14\nTo: {NAME|Amy Lister}\nSubject: RE: RHI {NAME|Demi-Leigh}\n\n{NAME|Amy} - she's agreed to a second RHI with me on Friday. She did mention '{NAME|Kidz}' again and said he has a flat near the Metrolink. I'll try and get more.\n{NAME|K}"),
    (P, "Note from CAMHS duty: {NAME|Sebastian Grant} (13) assessed following self-harm. He reports being bullied online by a group including {NAME|Kyle Fenton} and an account called {HANDLE|@ghost.mode.07}. Parents informed. Plan: follow-up with Dr {NAME|Oyelaran} in 2 weeks."),
    (P, "YP {NAME|Nia Rowlands} (DOB {DATE_OF_BIRTH|22/09/2008}) placed at {ADDRESS|Tŷ Gwyn} children's home, Bangor. North Wales Police missing coordinator PC {NAME|Elin Griffiths} informed of placement. Her previous placement was in Wrexham."),
    (P, "Police call log: caller Mrs {NAME|Pamela Hirst} reports a group of teenagers using the empty house next door at {ADDRESS|16 Peel Terrace}. She thinks one of them is the grandson of a neighbour, '{NAME|Lewis}'. Unit to attend when available."),
]

RECORDS += [
    (P, "Referral Order Panel - {NAME|Jake Morrissey}\nCommunity panel member: {NAME|Dorothy Fenn}\nYOT officer: {NAME|Sunita Rao}\n{NAME|Jake} accepted responsibility for the offence but said he was 'made to' by '{NAME|Gibbo}'. YOT officer will explore this as a possible exploitation concern."),
    (P, "Welfare check request from Lancashire Police: Please can someone visit {NAME|Jessica Earnshaw}, 15, at {ADDRESS|9 Primrose Bank}, Accrington {POSTCODE|BB5 2JY}. Her profile {URL|https://www.instagram.com/jess.earnshaw.x} has been shared in a group chat used by older males."),
    (P, "Outcome of the multi-agency meeting about {NAME|Tomasz}: Mum ({NAME|Agnieszka}) will take him to his uncle in Slough for the half-term. {NAME|Tomasz}'s Discord account ({HANDLE|tomek_the_wolf#7730}) will be monitored with his consent. Worker: {NAME|Beata}."),
    (P, "Record of contact - Barnardo's worker {NAME|Jolene Marsh}\nMet {NAME|Destiny} at McDonald's in the city centre. She said she had been to a 'house party' at {ADDRESS|Flat 4, 112 Stanley Road} with {NAME|Keisha} and an older man called '{NAME|Papa}'. She was frightened when the door was locked."),
    (P, "Night log 02:35 - Fire alarm pulled by YP {NAME|Corey}. Police attended. He said someone called '{NAME|Kane}' had told him to get out of the home and meet him at the garage. {NAME|Corey} back in bed 03:20."),
]

RECORDS += [
    (P, "Chronology (extract)\n2023-09-14 First MASH contact: anonymous call re {NAME|Ruby-Rose Kemp} seen getting into cars on the seafront.\n2023-10-02 Strategy discussion; no further action.\n2024-01-19 {NAME|Ruby-Rose} arrested in Hastings for possession with intent; NRM submitted by DC {NAME|Yelland}.\n2024-02-05 Reasonable grounds decision received."),
    (P, "Core group 17/07. Apologies: {NAME|Carole} (health visitor). {NAME|Ezra}'s mum, {NAME|Ruth Feldman}, reported that he has stopped going to the Saturday football and spends time with a group at the shopping centre. He says he 'just chills' with '{NAME|Sid}' and '{NAME|Boogie}'."),
    (P, "Out of office: I am on leave until Monday 2 September. For urgent matters please contact my colleague {NAME|Marcia Campbell} on {EMAIL|marcia.campbell@haringvale.gov.uk} or ring the duty line on {PHONE|020 7946 0183}. {NAME|Delroy Francis}, Senior Practitioner, Adolescent Safeguarding."),
    (P, "Family Support Hub note: {NAME|Seán McLaughlin} (16) living with grandparents at {ADDRESS|44 Creggan Heights}, Derry. He told worker {NAME|Róisín} that he was threatened by 'the boys' over money owed and that a 'punishment attack' was mentioned. Referred to PSNI and the Public Protection Branch."),
    (P, "Police Scotland concern report: {NAME|Kirsty Muir}, 14, traced within a flat at {ADDRESS|2/1, 17 Arden Street}, Edinburgh {POSTCODE|EH9 1BR} with three adult males. One male identified as {NAME|Stuart Lennie}. Inter-agency referral discussion requested."),
    (P, "Detached session at the MUGA, 19:30-21:00. {NAME|Biscuit} and {NAME|Chunk} (nicknames, real names not known) were there with a new lad, much younger, who they called '{NAME|Lil Bit}'. Workers {NAME|Shaun} and {NAME|Priti} noted the younger boy was sent to the shop twice with cash."),
    (P, "YP would not give her number but eventually said it aloud as '{PHONE|oh seven seven double oh nine double oh three two one}'. Worker saved it on the case file. She also said her Snapchat is {HANDLE|lexi.b0o}."),
    (P, "Education transfer: {NAME|Tyreke Ansah} moved from {SCHOOL|Brookfield Alternative Provision} to {SCHOOL|Cromwell Road PRU} from 4 November. Key adult at new provision: Ms {NAME|Amara Sesay}."),
]

RECORDS += [
    (P, "Telegram account {HANDLE|@plug_manc} is advertising to local teenagers. Screenshots supplied by {NAME|Joel} (Y11) via his Head of Year, Mrs {NAME|Adeleke}, at {SCHOOL|Thornhill}. Passed to the Neighbourhood Team under Operation Kestrel."),
    (P, "Paediatric ward, Ward 7: {NAME|Maisie Clegg}, NHS number {NHS_NUMBER|999 117 3625}, admitted after an overdose. Named Nurse {NAME|Adaeze Nwachukwu} made a referral to CSC. A male visitor giving his name as '{NAME|Lee}' was asked to leave by security."),
    (P, "Child Abduction Warning Notice served on {NAME|Lee Harrop} (DOB {DATE_OF_BIRTH|11/03/1991}) in respect of {NAME|Maisie Clegg} (14) by PC {NAME|Tranter} on 21/06. {NAME|Harrop} acknowledged receipt and refused to sign."),
    (P, "Nodiadau achos: Siaradais gyda {NAME|Gwenllian} a'i mam heddiw. Dywedodd {NAME|Gwenllian} bod dyn o'r enw '{NAME|Jonno}' yn anfon negeseuon ati ar Instagram. Rhoddwyd gwybod i'r Heddlu."),
    (P, "Minutes - Exploitation Operational Group\nPresent: {NAME|JW} (Chair), {NAME|PK}, {NAME|SB}, {NAME|RT}\nChair noted the increase in reports around the retail park. {NAME|PK} (BTP) shared three stop-and-accounts at the station. {NAME|SB} asked whether the youth bus can be moved there on Thursdays. Youth Service to confirm by email."),
    (P, "Hiya {NAME|Bev},\nJust a quick one - {NAME|Tayla} told me today she wants to play for Arsenal Women one day like Alessia Russo, which is the first time she has talked about the future at all! Could we look at the girls' team at the leisure centre?\n{NAME|Jo} x"),
    (P, "Case note: Mum's partner {NAME|Frank} was present during the visit and answered questions directed at {NAME|Sky}. When seen alone, {NAME|Sky} said {NAME|Frank}'s friend '{NAME|Woody}' gives her lifts and buys her vapes."),
    (P, "Intelligence: {NAME|Kenzo Adair} is believed to be running the 'Jay' line from Liverpool into Shrewsbury using younger boys from the Croxteth area, including a 14-year-old known as '{NAME|Smudge}'."),
    (P, "Custody Sgt {NAME|Pat Connolly} authorised detention of a 15-year-old, {NAME|Ryan Sheehan}, arrested in a stolen car, and requested an NRM consideration. {NAME|Ryan} named the driver as '{NAME|Mac}'."),
    (P, "{NAME|Sunny Bains} from the Sikh youth project rang to say two girls who attend, {NAME|Jasleen} and {NAME|Manpreet}, have been offered 'modelling work' by a man outside the college. He gave them a card with {EMAIL|castings.mdl.agency@gmail.com} on it."),
    (P, "Roma community worker {NAME|Marian Lakatos} visited with {NAME|Roxana} (15) and her mother. She has been missing from education since Easter and her mother says she is being 'promised' to an older man, {NAME|Gabor}, in Sheffield."),
    (P, "Police note: the male known locally as '{NAME|Kebab Ken}' has been seen giving food and cigarettes to girls aged 12-14 at the takeaway on Station Road. Real name believed to be {NAME|Kenneth Dabrowski}."),
]

RECORDS += [
    (P, "Safeguarding supervision record: GP practice lead discussed {NAME|Jayden Okafor}, NHS {NHS_NUMBER|9993826715}. Three missed appointments and a recent attendance at the walk-in centre with a hand injury. Practice lead to write to the school nurse."),
    (P, "RHI - {NAME|Lowri}, 14. Missing from {ADDRESS|31 Clifton Street}, Cardiff {POSTCODE|CF24 1LS} for 26 hours. {NAME|Lowri} said she stayed with Nanny {NAME|Jean} but her nan told police she had not seen her. She then said she had been with 'a friend from Newport' called {NAME|Caitlin}."),
]

RECORDS += [
    (P, "Children's Hearing 15/05 - grounds accepted. Child: {NAME|Ruairidh MacAulay} (14). Safeguarder {NAME|Morag Sinclair} recommended that the CSO include a condition of residence at {ADDRESS|Heatherbank House}. {NAME|Ruairidh} told the panel he wants to stop seeing '{NAME|Deek}' and his pals."),
    (P, "RE: {NAME|Kofi} - court Thursday\n\nThanks {NAME|Nadine}, I'll meet {NAME|Kofi} and his dad at 9:15 outside court 2.\n{NAME|Stephen}\n\n-----Original Message-----\nFrom: {NAME|Nadine Brathwaite}\nSent: 03 March 2025 16:02\nHis solicitor is Mr {NAME|Grewal}. He has asked whether the NRM decision is back yet - can you check with the SCA team?"),
    (P, "hi its {NAME|lorraine} from the youth centre, just checking ur ok after yesterday. if u need us ring {PHONE|01632 960 448} or pop in on thursday x"),
    (P, "Exclusion meeting: {NAME|Alfie Benson} (Y9) permanently excluded from {SCHOOL|Greenbank Academy} after bringing a knife onto the premises. {NAME|Alfie} said '{NAME|T-Bone}' gave it to him 'for protection' after he was robbed near the canal."),
]

# ---------------------------------------------------------------------------
# practitioner: clean hard negatives (nothing to remove)
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Core group rescheduled to Monday 3 June, 10:00, at the Civic Centre. Apologies from Health Visiting. Minutes to be uploaded to Mosaic by the IRO."),
    (P, "Advice given to Mum re Childline (0800 1111), CEOP reporting and the Police non-emergency number 101. Mum agreed to change the Wi-Fi password and move the Xbox out of the bedroom."),
    (P, "Will discuss at next TAF. Mark as priority on the tracker and chase Early Help for an update by Friday."),
    (P, "Grace period for return of the signed safety plan extended to Friday 12 July at the request of the SW."),
    (P, "Talk to FRANK leaflet provided (0300 123 6600). YP says he has used cannabis 'a few times' and was given it free by older boys at the skate park."),
    (P, "Summer holiday plan: YP to attend the HAF programme at St Luke's Church Hall, Monday to Thursday. Transport via Local Authority taxi."),
    (P, "Police: no further action at this time. CSC: case to remain open under Child in Need. School: DSL to monitor attendance and share weekly with the SW."),
    (P, "YP admitted to Ivy Ward at the Royal Infirmary overnight for observation after taking an unknown quantity of tablets. Paediatric liaison nurse notified. CAMHS assessment booked for Tuesday."),
    (P, "Handover: quiet shift. YP returned to placement at 21:50, presented well, ate tea and watched Match of the Day with staff. No concerns. Phone handed in at 22:30 as per plan."),
    (P, "Dawn visit by Police to the address on Wednesday resulted in two arrests. Children not present. Strategy meeting to reconvene next week."),
    (P, "YP reports she met the males at Leeds Station and then went to McDonald's on Briggate. She states she does not know their names. Descriptions passed to the CSE team."),
    (P, "Referral to Barnardo's BASE project accepted. First session Thursday after school. NWG resources shared with Year 9 tutors."),
    (P, "Action log\n1. SW to complete NRM referral - due 14/02 - DONE\n2. Police to submit intelligence report re vehicle - due 14/02 - outstanding\n3. School to offer YP the mentoring programme - due 28/02"),
    (P, "Trafodwyd y pryderon gyda Mam. Bydd y gweithiwr cymdeithasol yn ymweld ddydd Mawrth ac yn cysylltu â'r ysgol."),
    (P, "Named Person informed. Child's Plan to be reviewed at the next Team Around the Child meeting. SCRA notified; the Children's Reporter will decide whether to arrange a Hearing."),
    (P, "PSNI attended, no offences disclosed. Referral passed to Gateway and to the Safeguarding Board for Northern Ireland exploitation lead."),
    (P, "Gardaí informed. Tusla duty social work team to make contact within 24 hours. Parents aware and agreeable."),
    (P, "YP supports Liverpool FC and would love to go to Anfield. Worker agreed to explore the club's community mentoring scheme as a positive activity."),
    (P, "Mum states she saw a post on TikTok advertising 'easy money' with a phone number. YP deleted the app in front of the worker. No screenshots available."),
    (P, "Incident at Piccadilly Gardens reported by British Transport Police. Two YP located and returned home by 23:00."),
    (P, "Sky TV box in the placement to be removed as YP has been using it to access chat apps overnight (agreed by the Registered Manager)."),
    (P, "Joy and relief from Mum when YP returned; however YP remained withdrawn and would not engage in the return interview."),
    (P, "May 2024 chronology entry: missing x2, one NRM referral, one ED attendance. June 2024: no missing episodes, improved attendance."),
    (P, "Hunter boots and a Canada Goose coat noted. YP unable to say how she paid for them. Possible indicator of gifting as part of grooming."),
    (P, "Bill for the damaged door at the placement passed to the Registered Manager. No police involvement requested."),
    (P, "Faith leaders from the mosque and two local churches attended the community safety meeting at the Town Hall to discuss exploitation awareness."),
    (P, "River Island and JD Sports staff to be briefed on the signs of exploitation as part of the Town Centre Safeguarding scheme."),
    (P, "Chase Farm Hospital ED: YP treated for a laceration to the hand, states it was from a kitchen knife. Police informed by the hospital safeguarding team."),
    (P, "Frank discussion with YP about the risks of carrying for older males. YP acknowledged he 'owes' money but would not say to whom."),
    (P, "Sunny Bank youth centre closed for refurbishment until September; sessions moving to the library on Market Street."),
    (P, "PAT testing of equipment on the youth bus completed; detached sessions resume on Friday at the retail park."),
    (P, "Ray of hope this week: YP attended all five days of school and completed her first college taster session."),
    (P, "MACE location profile: Queen Street bus station, the Iceland car park and the canal towpath near Bridge 42. Increased patrols agreed with the Neighbourhood Policing Team."),
    (P, "Strategy outcome: threshold met for S47. Joint visit Police/CSC tomorrow. Health to share ED records. Education to share attendance and behaviour logs."),
    (P, "The Home Office Modern Slavery Unit was consulted. Salvation Army support to be requested via the Modern Slavery Helpline (08000 121 700)."),
    (P, "Email to Duty Desk: please note YP has been placed out of area in Cumbria. Missing protocol to be shared with Cumbria Constabulary."),
    (P, "Voicemail left for Mum. No answer on second attempt. Letter to be sent. Will try again Monday."),
    (P, "CPOMS: concern raised by Year 8 form tutor - student appears tired, has a new iPhone and AirPods, says an 'older friend' bought them. DSL informed."),
    (P, "Meeting closed 12:15. Next review in 6 weeks. Chair thanked everyone for attending."),
    (P, "Crimestoppers report logged (0800 555 111). Fearless information given to YP as he does not want to speak to Police directly."),
    (P, "Hollyoaks storyline on grooming used as a discussion starter in PSHE. Several Year 10 pupils asked for follow-up sessions with the school nurse."),
    (P, "Call to the NSPCC helpline (0808 800 5000) by a neighbour recorded; concerns passed to MASH at 16:40."),
    (P, "Placement update: YP moved to a solo placement in North Wales. SW and IRO agree this is short-term. Education via EOTAS."),
    (P, "Tusla and An Garda Síochána joint working protocol applied. Strategy to be reviewed after the weekend."),
    (P, "YP talked about Marcus Rashford's campaign on free school meals and wants to do something similar at the youth council."),
    (P, "Amber on the MACE tracker: risk reduced from red following disruption activity and a warning notice being served."),
    (P, "Custody: DP requested Mum as AA. Mum unable to attend; Appropriate Adult service contacted at 03:10. Interview delayed until 09:00."),
    (P, "Rose Hill Park: community concerns about older males approaching girls near the skatepark. PCSO patrols added on Friday and Saturday evenings."),
    (P, "YP said the men 'looked after' her in Blackpool and she did not feel like a victim. Worker reflected back her language and explored consent."),
    (P, "Handover to night staff: YP in bed by 23:00, phone in office, window alarm on. Call Police on 101 if missing after 00:30 and notify EDT."),
    (P, "Child Protection Planning Meeting held at the Council offices. Registration agreed under child sexual exploitation. Review CPPM in three months."),
]


# ---------------------------------------------------------------------------
# checking and writing
# ---------------------------------------------------------------------------
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_aj.jsonl")
OUT_README = os.path.join(HERE, "README_set_aj.md")

TYPES = ["NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
         "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH"]
STYLES = [Y, P]
MIN_RECORDS = 260
MIN_CLEAN = 85
SEED = 20261214
# words that must stay outside a NAME span (titles, ranks, kinship words)
OUTSIDE_WORDS = {"mr", "mrs", "ms", "miss", "mx", "dr", "dc", "ds", "di", "pc",
                 "sgt", "insp", "garda", "constable", "nurse", "auntie",
                 "aunty", "aunt", "uncle", "nan", "nanny", "nain", "gran",
                 "grandad", "cousin", "brother", "sister", "bro", "anh",
                 "chú", "chu", "the", "wor", "our"}


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def is_punct(ch):
    return not ch.isalnum() and not ch.isspace()


def parse(raw):
    """Return (plain_text, spans, errors) for one marked-up record."""
    out = []
    spans = []
    errors = []
    i = 0
    n = len(raw)
    pos = 0  # position in plain text (code points)
    while i < n:
        ch = raw[i]
        if ch == "}":
            errors.append("stray '}' at %d" % i)
            i += 1
            continue
        if ch != "{":
            out.append(ch)
            pos += 1
            i += 1
            continue
        close = raw.find("}", i + 1)
        bar = raw.find("|", i + 1)
        nxt_open = raw.find("{", i + 1)
        if close == -1:
            errors.append("unclosed '{' at %d" % i)
            break
        if nxt_open != -1 and nxt_open < close:
            errors.append("nested or unbalanced '{' at %d" % i)
            i += 1
            continue
        if bar == -1 or bar > close:
            errors.append("marker without '|' at %d" % i)
            i = close + 1
            continue
        typ = raw[i + 1:bar]
        val = raw[bar + 1:close]
        if typ not in TYPES:
            errors.append("unknown type %r" % typ)
        if "|" in val:
            errors.append("'|' inside value %r" % val)
        if not val:
            errors.append("empty value for %s" % typ)
        else:
            if val != val.strip():
                errors.append("surrounding space in %r" % val)
            first, last = val[0], val[-1]
            if is_punct(first) and not ((typ == "HANDLE" and first == "@") or
                                        (typ == "PHONE" and first == "+")):
                errors.append("leading punctuation in %r" % val)
            if is_punct(last):
                errors.append("trailing punctuation in %r" % val)
            if "\n" in val:
                errors.append("newline inside value %r" % val)
        if typ == "NAME" and val:
            w = val.split()[0].lower()
            if w in OUTSIDE_WORDS and len(val.split()) > 1:
                errors.append("title/kinship word inside NAME %r" % val)
        spans.append({"start": pos, "end": pos + len(val), "type": typ,
                      "value": val})
        out.append(val)
        pos += len(val)
        i = close + 1
    plain = "".join(out)
    # word-boundary checks
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if s > 0 and is_word_char(plain[s - 1]):
            errors.append("span %r does not start on a word boundary" % sp["value"])
        if e < len(plain) and is_word_char(plain[e]):
            # allowed: apostrophe-less possessive, e.g. {NAME|Reece}s brother
            ok = (sp["type"] == "NAME" and plain[e] == "s" and
                  (e + 1 == len(plain) or not is_word_char(plain[e + 1])))
            if not ok:
                errors.append("span %r does not end on a word boundary" % sp["value"])
        if plain[s:e] != sp["value"]:
            errors.append("offset mismatch for %r" % sp["value"])
    return plain, spans, errors


def check_all():
    errors = []
    warnings = []
    parsed = []
    seen_plain = {}
    for idx, rec in enumerate(RECORDS):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append("record %d is not a (style, text) pair" % idx)
            continue
        style, raw = rec
        if style not in STYLES:
            errors.append("record %d: unknown style %r" % (idx, style))
        if not isinstance(raw, str) or not raw.strip():
            errors.append("record %d: empty text" % idx)
            continue
        plain, spans, errs = parse(raw)
        for e in errs:
            errors.append("record %d (%s...): %s" % (idx, raw[:40], e))
        if plain != plain.strip():
            errors.append("record %d: leading/trailing whitespace" % idx)
        if unicodedata.normalize("NFC", plain) != plain:
            errors.append("record %d: text not NFC-normalised" % idx)
        for ch in plain:
            if unicodedata.category(ch) == "Cc" and ch != "\n":
                errors.append("record %d: control character %r" % (idx, ch))
        key = plain.strip().lower()
        if key in seen_plain:
            errors.append("record %d duplicates record %d" % (idx, seen_plain[key]))
        seen_plain[key] = idx
        parsed.append((style, plain, spans))

    n = len(parsed)
    clean = sum(1 for _, _, sp in parsed if not sp)
    by_style = {s: sum(1 for st, _, _ in parsed if st == s) for s in STYLES}
    type_counts = {t: 0 for t in TYPES}
    for _, _, sp in parsed:
        for x in sp:
            type_counts[x["type"]] += 1
    if n < MIN_RECORDS:
        errors.append("only %d records (need >= %d)" % (n, MIN_RECORDS))
    if clean < MIN_CLEAN:
        errors.append("only %d clean records (need >= %d)" % (clean, MIN_CLEAN))
    for s in STYLES:
        share = by_style[s] / float(n) if n else 0
        if not 0.4 <= share <= 0.6:
            errors.append("style %s is %.0f%% of records (want about half)" % (s, 100 * share))
    for t in TYPES:
        if type_counts[t] == 0:
            errors.append("type %s never occurs" % t)
    if not 300 <= type_counts["NAME"] <= 400:
        warnings.append("NAME spans = %d (aim 300-400)" % type_counts["NAME"])
    clean_share = clean / float(n) if n else 0
    if not 0.28 <= clean_share <= 0.40:
        warnings.append("clean share %.0f%% (aim about a third)" % (100 * clean_share))
    return parsed, errors, warnings


def stats(rows):
    st = {"records": len(rows), "clean": 0, "by_style": {}, "types": {t: 0 for t in TYPES},
          "style_types": {s: {t: 0 for t in TYPES} for s in STYLES},
          "style_clean": {s: 0 for s in STYLES}}
    for r in rows:
        s = r["style"]
        st["by_style"][s] = st["by_style"].get(s, 0) + 1
        if not r["spans"]:
            st["clean"] += 1
            st["style_clean"][s] += 1
        for x in r["spans"]:
            st["types"][x["type"]] += 1
            st["style_types"][s][x["type"]] += 1
    return st


README_TEMPLATE = """# Evaluation set aj: hand-written de-identification test records

## Who wrote it and how

This set was written by an AI assistant (a helper session started for this
task), working only inside `/work/evalwrite/set_aj/`. It did not read, list or
open anything else under `/work`: no project code, no data, no other
evaluation sets, no READMEs. It did not run or inspect any de-identifier or NLP
library, and used no web search, web pages or name lists: only its own general
knowledge.

Every record was typed by hand, one at a time, directly into `build.py` as a
`(style, text)` pair with identifiers marked inline as `{{TYPE|value}}`. No
templates, generators, substitution loops or name lists were used to make
records. `build.py` only parses, checks, shuffles and writes.

Everything is invented: people, phone numbers (Ofcom drama ranges such as
07700 900xxx, 0113 496 0xxx, 0121 496 0xxx, 0161 496 0xxx, 020 7946 0xxx,
01632 960xxx), e-mail addresses, handles, URLs, addresses, postcodes, dates
of birth and NHS numbers (all NHS numbers are in the 999 test range and carry a
valid Modulus 11 check digit). No real child or real private person appears.
Public figures (e.g. Marcus Rashford, Alessia Russo) appear only as harmless
mentions and are not labelled. Organisations, services, hospitals, towns and
places are real or realistic public names and are not labelled.

The setting is a UK child-exploitation partnership consultation system
(children's social care, NHS, police, schools, youth services, charities):
young people answer online surveys and practitioners write case notes.

## Files

* `build.py` - the records and the checker/writer.
  `python3 build.py --check` validates only and writes nothing;
  `python3 build.py` validates and, only if every check passes, writes the
  two files below.
* `set_aj.jsonl` - one JSON object per line: `id` (aj0001, aj0002, ...
  after shuffling with `random.Random({seed})`), `style`, `text` (plain text,
  markers removed) and `spans`, a list of `{{"start", "end", "type"}}` in
  Unicode code-point offsets, end exclusive. UTF-8, `ensure_ascii=False`.
* `README_set_aj.md` - this file.

## Checks made by build.py

Markers balanced and well formed; types known; values non-empty, with no
surrounding space or punctuation (a HANDLE may start with `@`, a PHONE with
`+`); no title or kinship word at the start of a multi-word NAME; spans start
and end on word boundaries (the one exception is the apostrophe-less
possessive, `{{NAME|Reece}}s brother`); offsets re-verified against the plain
text; text NFC-normalised with no control characters except newline; records
unique (case-insensitive on plain text); at least {min_records} records and at
least {min_clean} clean records; each style between 40% and 60% of records;
every type present at least once.

## Styles

* `young_person` - survey answers (where do you feel unsafe and why, who
  helped you, what should change, anything else) in young people's own
  voices: text-speak, slang, misspellings, little punctuation, all lower case
  or ALL CAPS; voices from London, Liverpool, Newcastle, Birmingham,
  Manchester, Yorkshire, Wales (including Welsh), Scotland, Northern Ireland
  and Ireland; names from West African, South Asian, Eastern European, Irish,
  Scottish Gaelic, Welsh, Vietnamese, Caribbean and Roma/Traveller
  backgrounds; nicknames (several are ordinary words), lower-case names,
  names that are also words, names beside verbs, lists of friends, people
  named by what they do or where they are from.
* `practitioner` - case notes, referrals, chronologies, strategy / core group
  / TAF / MARAC / MACE minutes with attendee lists, roles and initials,
  e-mails with greetings, quoted replies, out-of-office messages and
  signatures, police logs, custody records, ED/GP/CAMHS/school-nurse/sexual
  health notes, CPOMS entries, youth-work and detached session records,
  return home interviews, form-style notes with field labels, action logs,
  handover notes; some Welsh (including Welsh-language), Scottish (IRD, Child's
  Plan, Children's Hearing), Northern Irish (UNOCINI, Gateway, PSNI) and Irish
  (Tusla, Gardaí, JLO) records.

About a third of the records are clean hard negatives: full of capitalised
non-names (days, months, brands, shops, apps, games, towns, districts, parks,
stations, streets as public places, hospitals and wards, services, charities,
helplines with their public numbers, agencies and acronyms, job titles, public
figures, football clubs, TV shows, Mum / Nan / the Police) and words that are
also names used as words (hope, will, mark, joy, dawn, grace, frank, summer,
river, rose, bill, sunny, faith, may, june, ray, pat, sky, jack, chase,
hunter, ivy, amber, storm...). Most of the same words also appear elsewhere
as real first names or nicknames, labelled.

## Labelling policy

Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL,
NHS_NUMBER, DATE_OF_BIRTH.

* A span covers exactly the identifier, with no surrounding space or
  punctuation (quotes around a nickname stay outside).
* NAME: any private person by full name (one span), first name, surname,
  nickname or initials. Titles and kinship words stay outside
  (Mr {{NAME|Pryce}}, uncle {{NAME|Teddy}}, DC {{NAME|Hollins}}); a nickname
  prefix Big / Lil / Little is inside ({{NAME|Big Dee}}); a possessive 's stays
  outside; a possessive without an apostrophe is labelled on the name only
  ({{NAME|Reece}}s brother). Professionals named in notes are private people
  and are labelled, including their initials in minutes and sign-offs.
  Every mention of a private name is labelled.
* Not labelled: public figures, brands, shops, pubs, clubs, towns, districts,
  parks, landmarks, hospitals and wards, churches, services, charities and
  helplines with public numbers, job titles and role acronyms (SW, DSL, IRO,
  YP), Mum / Dad / Nan, reference and log numbers, drug-line and gang names.
* A name inside a URL, handle or e-mail is covered by that span only.
* PHONE: UK numbers, including obfuscated ones (spaces, hyphens, letters O / l
  for 0 / 1, digits spelled out in words).
* EMAIL: including "(at)" / "[dot]" / "at ... dot" forms; role mailboxes too.
* POSTCODE: its own span, separate from the address.
* ADDRESS: house number + street, flat / block, a street where someone lives
  even without a number, a named estate where someone lives, a named
  children's home, a Traveller site pitch. Town and postcode are not part of
  it. A street/park/station mentioned only as a public place is not labelled.
* SCHOOL: named schools, academies, colleges, PRUs, including short forms; an
  unnamed "the pru" / "college" is not labelled.
* HANDLE: social and gaming names, Discord tags, with a leading @ when written.
* URL: links to a private person's page or profile.
* NHS_NUMBER: ten-digit NHS numbers in any spacing.
* DATE_OF_BIRTH: only dates of birth; ordinary dates are not labelled.

## Judgement calls

* Titles, ranks and kinship words outside the NAME span also cover non-English
  and informal ones: Welsh "nain" and "Nanny", Vietnamese "anh" (older
  brother) and "Chú" (uncle) (anh {{NAME|Quang}}, Chú {{NAME|Hai}}), Geordie
  "wor" (our), "Bro" in a saved contact (Bro {{NAME|Lamz}}), and "Uncle" in a
  grooming nickname for an unrelated man (Uncle {{NAME|Jay}}). A kinship or
  pet word that is the whole of the name used for a particular person
  ('{{NAME|Papa}}', a contact saved as '{{NAME|Bae}}') is labelled.
* Nicknames built from a job, a place or a description plus a name are one
  NAME span ({{NAME|Taxi Steve}}, {{NAME|Scouse Dave}}, {{NAME|Kebab Ken}},
  {{NAME|Stevie Boy}}); a description with no name ("the man from the kebab
  shop", "a tall man in a grey trackie") is not labelled. Nicknames that are
  ordinary words are labelled when they name a person ({{NAME|Ghost}},
  {{NAME|Butcher}}, {{NAME|spider}}, {{NAME|Biscuit}}, {{NAME|Tank}}).
* Initials and single letters used for a person (a sign-off "K" or "DW",
  "{{NAME|KT}} back at 21:10") are NAME. Role acronyms (SW, DSL, IRO, YP, AA, DP, RSW) are not.
* Drug-line names are not labelled even when they contain a first name (the
  'Jay' line); police operation names (Operation Kestrel) are not labelled.
* A drug-line or burner phone number is still a PHONE.
* Streets and houses where a person lives, stays, works or was found are
  ADDRESS (e.g. a house on {{ADDRESS|Holbrook Lane}} where a boy was found at a
  cannabis grow; the empty house at {{ADDRESS|16 Peel Terrace}}); streets,
  stations, parks and shops named only as public places are not.
* Scottish tenement positions ("3/2, 41 Dumbreck Street") and flat/block
  details are inside the ADDRESS span; town, city and Dublin postal district
  ("Dublin 24") are outside. An Irish Eircode is a POSTCODE.
* The named estate where a young person lives is ADDRESS with the word
  "estate" inside and "the" outside (the {{ADDRESS|Fairbourne estate}}); an
  unnamed "our estate" is not labelled. A tower block where someone lives is
  ADDRESS ({{ADDRESS|Bramley Court}}).
* Named children's homes are ADDRESS, including names that look like words or
  places ({{ADDRESS|Rose Cottage}}, {{ADDRESS|The Willows}}, {{ADDRESS|Tŷ Gwyn}}).
  "Rose Hill Park", "Sunny Bank youth centre", "Ivy Ward" and "Chase Farm
  Hospital" are public places/services and are not labelled.
* Schools: short forms used as a school's name ({{SCHOOL|Kingsmead}},
  {{SCHOOL|Thornhill}}, {{SCHOOL|St Cuthbert's}}) are SCHOOL; "the pru",
  "college" and "the Family Centre" are not.
* E-mail domains are invented (or an invented local part at a public domain
  such as gmail.com or nhs.net). A year inside an e-mail or handle is covered
  by that span and is not a DATE_OF_BIRTH.
* DATE_OF_BIRTH appears in several formats (14/02/2010, 03.11.2009,
  2011-05-17, 5th March 2008, 30 January 2010); meeting, incident and
  chronology dates, months and days are not labelled.
* Vehicle registration fragments, collar numbers, police and custody
  reference numbers are not labelled (not in the type list).

## Counts

Records: {n} ({clean} clean, {clean_pct:.0f}%).

| style | records | clean |
|---|---|---|
{style_rows}

Spans per type:

| type | total | young_person | practitioner |
|---|---|---|---|
{type_rows}

Total spans: {total_spans}. NAME spans: {names} (the brief aimed at roughly
300-400; the practitioner minutes and e-mails are name-dense).
"""


def write_readme(st):
    style_rows = "\n".join("| %s | %d | %d |" % (s, st["by_style"].get(s, 0), st["style_clean"][s])
                           for s in STYLES)
    type_rows = "\n".join("| %s | %d | %d | %d |" % (t, st["types"][t], st["style_types"][Y][t],
                                                   st["style_types"][P][t]) for t in TYPES)
    text = README_TEMPLATE.format(
        seed=SEED, min_records=MIN_RECORDS, min_clean=MIN_CLEAN,
        n=st["records"], clean=st["clean"],
        clean_pct=100.0 * st["clean"] / st["records"],
        style_rows=style_rows, type_rows=type_rows,
        total_spans=sum(st["types"].values()), names=st["types"]["NAME"])
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    check_only = "--check" in sys.argv[1:]
    parsed, errors, warnings = check_all()
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s); nothing written." % len(errors))
        return 1
    rows = []
    for style, plain, spans in parsed:
        rows.append({"style": style, "text": plain,
                     "spans": [{"start": x["start"], "end": x["end"], "type": x["type"]}
                               for x in spans]})
    random.Random(SEED).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "aj%04d" % i
    st = stats(rows)
    print("records: %d, clean: %d" % (st["records"], st["clean"]))
    print("by style:", st["by_style"], "clean by style:", st["style_clean"])
    print("spans per type:", st["types"])
    if check_only:
        print("check passed; nothing written (--check).")
        return 0
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "style": r["style"], "text": r["text"],
                                "spans": r["spans"]}, ensure_ascii=False) + "\n")
    write_readme(st)
    print("wrote %s and %s" % (OUT_JSONL, OUT_README))
    return 0


if __name__ == "__main__":
    sys.exit(main())
