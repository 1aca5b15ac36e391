#!/usr/bin/env python3
"""Build evaluation set ak for the consultation-system de-identifier.

Every record below was typed by hand. Identifiers are marked inline as
{TYPE|value}. Running the script checks every record; only if all checks
pass does it shuffle, number and write set_ak.jsonl and README_set_ak.md.

    python3 build.py          check, then write the two output files
    python3 build.py --check  check only, write nothing
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_ak.jsonl")
OUT_README = os.path.join(HERE, "README_set_ak.md")
SEED = 20261215
PREFIX = "ak"
STYLES = ("young_person", "practitioner")
TYPES = ("NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
         "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH")
MIN_RECORDS = 200
MIN_CLEAN = 65
NAME_RANGE = (250, 330)      # the brief's target for NAME spans
STYLE_SHARE = (0.40, 0.60)   # "about half each"
CLEAN_SHARE = (0.27, 0.42)   # "about a third" clean hard negatives

# Public numbers of national helplines that may appear unlabelled.
PUBLIC_NUMBERS = ("0808 800 5000", "0800 1111", "0800 555 111",
                  "116 123", "116 000", "999", "101")

RECORDS = []

# ===== RECORDS: young_person =====
RECORDS += [
    ("young_person", "the park behind the flats when its dark. {NAME|deano} and his lot sit on the swings and ask u to hold stuff for them"),
    ("young_person", "UNSAFE ON THE 42 BUS AFTER SCHOOL COS {NAME|MARCUS} AND {NAME|JAYDEN} FROM {SCHOOL|HOLLINS HIGH} WAIT AT THE STOP FOR US"),
    ("young_person", "nobody helped me tbh. only miss {NAME|okafor} and then she left to work somewhere else"),
    ("young_person", "my mate {NAME|tobi} got stabbed in the leg last summer n no one did nothing about it"),
    ("young_person", "i dont feel safe at home when my mums boyfriend {NAME|Craig} has been drinking. i stay out so i dont have to be there"),
    ("young_person", "{NAME|ama} {NAME|chidi} n {NAME|folake} walk me home now which helps a lot"),
    ("young_person", "its the older lads who hang about outside Lidl on Stanley Road, one of them {NAME|Smokey} keeps asking me to do drops for him"),
    ("young_person", "hope this survey actually changes something this time"),
    ("young_person", "will anyone actually read this or is it just for show"),
    ("young_person", "if u wanna talk more add me on snap {HANDLE|kezzaa_09}"),
    ("young_person", "wee {NAME|ruairidh} fae ma class got took tae a flat on {ADDRESS|Carnbroe Street} by {NAME|Tam} an his pals an naebody did anythin"),
    ("young_person", "ppl at the bus station in town are sketchy after 8. police just drive past"),
    ("young_person", "Sunny days are the worst cos everyone is out at the rec getting drunk and it kicks off"),
    ("young_person", "change how social workers talk to u. {NAME|gemma} my sw was ok but i had 4 diffrent ones in a year"),
    ("young_person", "{NAME|mo} from the shop gives us free stuff then wants favours back"),
    ("young_person", "theres a driver they call {NAME|Taxi Raz} who picks girls up from outside the chippy on a friday"),
    ("young_person", "lad from Rochdale called {NAME|Dimmy} keeps adding girls from our school on insta"),
    ("young_person", "my nan helps me the most, and my auntie {NAME|shaz} when shes not working"),
    ("young_person", "i told {NAME|hope} about it and she told her mam and then the police came round to mine"),
    ("young_person", "me and {NAME|will} got picked up by a car near the canal. the guy driving said his name was {NAME|Mark} but i dont think it was"),
    ("young_person", "{NAME|Oisín} an {NAME|Caoimhe} are the only ones i trust, everyone else talks"),
    ("young_person", "in Derry theres a crowd that hangs round the quay at night, wouldnt go near it"),
    ("young_person", "CALL ME ON {PHONE|07700 900461} IF U WANT TO KNOW MORE ABOUT IT"),
    ("young_person", "my ex {NAME|jordan} shared pics of me on a group chat and school did nothing except tell me to delete snapchat"),
    ("young_person", "i keep getting texts from {PHONE|07700 900 872} saying i owe money and they know where i live"),
    ("young_person", "youth club on a tuesday is the only place i feel safe. {NAME|Rhys} and {NAME|Ffion} who run it are sound"),
    ("young_person", "dwi ddim yn teimlo'n saff yn y dre ar nos Sadwrn, mae na lot o ddynion hŷn o gwmpas"),
    ("young_person", "people from London come up and take over peoples flats, it happened to {NAME|Kirsty}s nan on {ADDRESS|Halsey Road}"),
    ("young_person", "{NAME|BIG MIKEY} AND {NAME|LIL C} RUN EVERYTHING ROUND HERE AND THE FEDS KNOW IT"),
    ("young_person", "i feel more unsafe on snapchat than in real life tbh, randoms add u and send stuff u didnt ask for"),
    ("young_person", "who helped: the nurse at school, Childline, and my form tutor"),
    ("young_person", "my form tutor mr {NAME|kowalski} noticed i had new trainers and asked where from. he was the only one who noticed anything"),
    ("young_person", "me {NAME|kasia} and {NAME|bartek} get called names on the way back from polish saturday school"),
    ("young_person", "the underpass near the retail park. someone got robbed there in june and its still got no lights"),
    ("young_person", "it starts with free weed and lifts in nice cars. thats how it went with {NAME|Jay-Jay} and now hes in a YOI"),
    ("young_person", "my sister {NAME|Linh} works in a nail bar and the man there kept her passport"),
    ("young_person", "{NAME|abdi} {NAME|hamza} n me got stop n searched 3 times this month for nothing"),
    ("young_person", "more youth clubs, more buses at night and police who actually listen"),
    ("young_person", "anything else? nah im good"),
    ("young_person", "i live at {ADDRESS|22 Cobden Street} and theres men coming in and out of next door all night"),
    ("young_person", "my insta is {HANDLE|@lil.ree_x} if u want to see what they sent me"),
    ("young_person", "the guy {NAME|Dre} has a page {URL|https://www.instagram.com/dre.moneymoves} where he shows off cash to get younger boys"),
    ("young_person", "my cousin {NAME|dilan} helps, and {NAME|rebin} from the youth group at the mosque"),
    ("young_person", "i was in care at {ADDRESS|Meadowbank House} and staff didnt stop girls going out at night with men"),
    ("young_person", "they expect us to have grace and patience when nobody gives us any"),
    ("young_person", "kids on bikes in balaclavas chase people down by Aldi for a laugh"),
    ("young_person", "the police. they just mark u down as missing and thats it, nobody asks why"),
    ("young_person", "my dad {NAME|Ionut} doesnt let me out because he says english boys are dangerous but its the men from our own street who are"),
    ("young_person", "on the site theres no lights and lads from town drive in at night. my mam and {NAME|Bridget} complained to the council"),
    ("young_person", "{NAME|ellie-mae} from year 10 goes missing every weekend and comes back with money and new nails"),
    ("young_person", "IM NOT SAYING NAMES COS THEY WILL FIND OUT WHO SAID IT"),
    ("young_person", "the only adult i trust is {NAME|Dawn} the dinner lady, she always asks if ive eaten"),
    ("young_person", "at dawn i walk the dog on the common and its fine, its the nights that are bad"),
    ("young_person", "me {NAME|faith} and {NAME|river} always walk home in a group now"),
    ("young_person", "my keyworker {NAME|Shanice} at the unit goes above and beyond for me"),
    ("young_person", "lad called {NAME|Ghost} does the deliveries round here, everyone knows who he is"),
    ("young_person", "people on xbox asking me to meet up, one was called {HANDLE|xXSnipezXx}"),
    ("young_person", "someone on discord {HANDLE|shadowkid#4821} sent me stuff i didnt want to see"),
    ("young_person", "me fone numba is {PHONE|o77oo 9oo 3l5} if u need me"),
    ("young_person", "PC {NAME|Ahmed} was the first person who actually believed me"),
    ("young_person", "mam says keep my head down. i dont feel safe in our block at {ADDRESS|Kestrel Court}"),
    ("young_person", "boys fae Glasgow come doon tae Motherwell wi bags, everybody knows but naebody says nothin"),
    ("young_person", "{NAME|Mhairi} an {NAME|Eilidh} got offered vapes by a man in a van ootside the school gates"),
    ("young_person", "i go to {SCHOOL|st bedes} and theres a man in a white car who waits by the gates at home time"),
    ("young_person", "{NAME|priya}s big brother {NAME|haris} has been threatening her friends if they tell anyone"),
    ("young_person", "{NAME|Ray} at the boxing gym on Vine Street got me off the road, hes a legend"),
    ("young_person", "this survey is not exactly a ray of sunshine lol. its all bad round here"),
    ("young_person", "Piccadilly Gardens at night, loads of spice heads and men who try to talk to u"),
    ("young_person", "my uncle {NAME|Teddy} used to take me to a flat on {ADDRESS|Albion Street} to meet his mates"),
    ("young_person", "{NAME|kwame} n {NAME|kofi} n {NAME|ebuka} all got kicked out and now theyre at {SCHOOL|phoenix pru} with the olders"),
    ("young_person", "the youth workers from Barnardo's were the only ones who stuck with me"),
    ("young_person", "my bf is 22 and my mum doesnt know. he says age is just a number"),
    ("young_person", "{NAME|Leroy} at the barbers warns us when the feds are about lol"),
    ("young_person", "the olders, {NAME|Kemar} and his cousin {NAME|Tyrone}, make the younger ones carry for them"),
    ("young_person", "i got sent to a trap house in Blackpool for 3 weeks and nobody from home even reported me missing"),
    ("young_person", "two lads called {NAME|Bones} and {NAME|Biscuit} run the line in our area"),
    ("young_person", "theres a line called the Tesla line and they recruit at the skatepark"),
    ("young_person", "{NAME|karwan} at the car wash on the ring road makes boys work for free and sleep there"),
    ("young_person", "my friend {NAME|Minh} came from vietnam in a lorry and now he works in a weed house, hes 15"),
    ("young_person", "my social worker was frank with me about the risks and i respected that"),
    ("young_person", "i had to pay off a drug bill of £600 that wasnt even mine"),
    ("young_person", "{NAME|CHUNKY} SAID IF I DONT PAY HE WILL HURT MY LITTLE BROTHER"),
    ("young_person", "me and {NAME|niamh} from {SCHOOL|St Louise's} got followed up the Falls Road by a fella in a black BMW"),
    ("young_person", "email me at {EMAIL|jadeyboo2009@hotmail.co.uk} i dont want to write it all here"),
    ("young_person", "i worry about my sister {NAME|Ivy} more than me, shes 11 and already on snap"),
    ("young_person", "the ivy growing over the old church makes it dark n creepy at night, ppl take drugs there"),
    ("young_person", "they jack bikes off younger kids at the skatepark"),
    ("young_person", "{NAME|Jack} and {NAME|Summer} got moved to a placement in Wales and no one told us where"),
    ("young_person", "summer holidays are the worst, nothing to do and thats when the older lot recruit"),
    ("young_person", "Cardiff Bay is fine but Butetown late at night not so much"),
    ("young_person", "{NAME|gethin} from the rugby club looked out for me when the boys from the other school started"),
    ("young_person", "a woman everyone calls auntie {NAME|Precious} lets girls stay at hers and then men come round"),
    ("young_person", "{NAME|denisa} and {NAME|ramona} stopped coming to school and people say they got sent abroad"),
    ("young_person", "i felt safe at Alder Hey, the nurse there was kind to me"),
    ("young_person", "my number got passed round a group chat, it was {PHONE|07700900213}, had to change it"),
    ("young_person", "text me on {PHONE|oh seven seven oh oh nine oh oh five five two} dont ring"),
    ("young_person", "friday nights at the station, lads from out of town come in on the train"),
    ("young_person", "{NAME|zain} {NAME|simran} {NAME|gurps} n me got offered jobs holding bags for a man at the takeaway"),
    ("young_person", "{NAME|andrei} next door is 14 and washes cars 12 hours a day for cash"),
    ("young_person", "diolch i {NAME|Sioned} yn y clwb ieuenctid, hi oedd yr unig un oedd yn gwrando"),
    ("young_person", "the Met treated me like a criminal not a victim"),
    ("young_person", "want more people like Marcus Rashford who actually care about kids going hungry"),
    ("young_person", "my step dad watches Sky Sports all day and doesnt care where i am"),
    ("young_person", "they give u a pat on the back for telling and then nothing happens"),
    ("young_person", "my nan {NAME|Pat} is the only one who asks where ive been"),
    ("young_person", "{NAME|ciaran} an {NAME|padraig} from the GAA club brought me home when i was wrecked"),
    ("young_person", "dont know who {NAME|K} is, thats just what hes saved as on my brothers phone"),
    ("young_person", "girls in my year {NAME|tash} {NAME|becca} and {NAME|jade} go to parties with older men in Salford"),
    ("young_person", "THE SHOP ON THE CORNER SELLS VAPES TO 12 YEAR OLDS AND NOBODY CARES"),
    ("young_person", "{NAME|hodan} told me her cousin {NAME|warsame} got taken to Bristol to sell and hes only 13"),
    ("young_person", "the Lanes in Brighton at night, creepy men everywhere"),
    ("young_person", "may be nothing but theres a car that keeps parking outside the primary"),
    ("young_person", "my best friend {NAME|May} got a new iphone off a 'friend' and now she owes him"),
    ("young_person", "rose gold iphone, new nails, new hair. thats how u know someones being groomed"),
    ("young_person", "{NAME|rose} and {NAME|shannon} go to the Trafford Centre with men they met online"),
    ("young_person", "theres no joy round here for young people, everything got shut down"),
    ("young_person", "{NAME|Joy} from the Children's Society helped me get my phone back"),
    ("young_person", "i lost all faith in the police after they laughed at me"),
    ("young_person", "some guy {HANDLE|@dimz.official} on tiktok offers £500 a week for 'easy work'"),
    ("young_person", "look at this {URL|snapchat.com/add/jaydee_xo} she posts where she is all the time"),
    ("young_person", "they know where i live, {ADDRESS|flat 3, 7 garnet street} {POSTCODE|ls11 5qt}, i want to move"),
    ("young_person", "im 15 my birthday is {DATE_OF_BIRTH|3rd june 2011} and hes 23 so its not right is it"),
    ("young_person", "{NAME|SCOUSE DAN} COMES DOWN EVERY WEEKEND AND PAYS YOUNGER LADS TO SELL FOR HIM"),
    ("young_person", "me n {NAME|shilan} get stared at by men in cars every day we walk past the park"),
    ("young_person", "{NAME|Catriona} fae the youth work team helped me get a bed when i left hame"),
    ("young_person", "went to {SCHOOL|Ysgol Glan Morfa} and nobody there noticed anything was wrong"),
    ("young_person", "the teachers at {SCHOOL|Kingsmead} just exclude u, they dont ask whats going on at home"),
    ("young_person", "i dont trust any adults except {NAME|Bev} at the foodbank"),
    ("young_person", "lads called {NAME|Stitch} n {NAME|Pepper} hang about the garages near mine"),
    ("young_person", "{NAME|Huy} got arrested in a house full of plants and the police treated him like the boss, hes a kid"),
    ("young_person", "im in year 9, dob {DATE_OF_BIRTH|14/02/2012}, just putting it so u know im real"),
    ("young_person", "shout out {NAME|Jermaine} at the youth centre and auntie {NAME|Pam} at the caff"),
    ("young_person", "im a traveller and people think we're all robbers. {NAME|Mikey} {NAME|Patsy} and my cousin {NAME|Nelly} get followed round every shop"),
    ("young_person", "{NAME|hamid} says there are men at the hotel where the refugee kids stay and they offer them jobs"),
    ("young_person", "{NAME|will} from down the road told me theres money in it but i said no"),
    ("young_person", "{NAME|Sunny} is the one who gave my brother the phone"),
    ("young_person", "A LAD CALLED {NAME|FRANK} OFFERED ME A LIFT HOME AND I SAID NO"),
    ("young_person", "the Talk to FRANK website told me more about drugs than school ever did"),
    ("young_person", "GTA and Fortnite all day cos its not safe to go out"),
    ("young_person", "i feel safest at my nans and at the library in town"),
    ("young_person", "Morrisons car park at night, boy racers and people dealing"),
    ("young_person", "dont feel safe on the Luas late at night in Dublin, people off their heads"),
    ("young_person", "JD, Primark and the Arndale are where they pick people up. security dont care"),
    ("young_person", "what should change: listen to us, dont just write stuff down and leave"),
    ("young_person", "honestly nobody. i sorted it myself"),
    ("young_person", "up the Shankill theres men who say theyll sort u out if u do wee jobs for them"),
    ("young_person", "wagwan, the opps from the {ADDRESS|Brookside estate} ride through on bikes so man has to stay in"),
    ("young_person", "{NAME|Kyle} n his marras stand outside the Metro and start on ya for nowt"),
    ("young_person", "theres nowt to do round ere so lads get into summat. {NAME|Dan} n {NAME|Lucas} got took to Hull"),
    ("young_person", "tidy question butt. nobody helped, my mam done her best like"),
    ("young_person", "the lads at the Spar in Tallaght give young ones free stuff, a fella called {NAME|Deco} runs it"),
    ("young_person", "yous need to sort out the youth club in our area, it shut and now everyone's out on the streets"),
    ("young_person", "{NAME|Tariq} from Sparkhill got his jaw broke for owing £40"),
    ("young_person", "lads on ozzy bikes round Everton Park always asking kids to hold stuff"),
    ("young_person", "my grandad {NAME|Delroy} takes me to church on sundays n thats the only time i feel properly safe"),
    ("young_person", "{NAME|mark} keeps messaging me from different numbers even after i blocked him"),
    ("young_person", "lads drink down by the river n throw bottles at people walking past"),
]
# ===== RECORDS: practitioner =====
RECORDS += [
    ("practitioner", "Strategy Discussion (Teams) 14/10\nPresent: {NAME|Karen Holt} (SW), DS {NAME|Ian Pryce} (CE Team), {NAME|Fatima Noor} (School Nurse), {NAME|Liam O'Hare} (DSL, {SCHOOL|Brookfield Academy})\n{NAME|KH} outlined concerns re {NAME|Tyler}'s missing episodes. {NAME|IP} confirmed {NAME|Tyler} was located in Preston with an adult male known as '{NAME|Snowy}'. Threshold for s47 met."),
    ("practitioner", "Home visit. {NAME|Chelsea} seen alone in her bedroom. States {NAME|Reece Doyle} (19) has been giving her lifts from {SCHOOL|Moorside College} most days. Mum aware but 'thinks he's nice'. Plan: MACE referral, disruption via police."),
    ("practitioner", "Hi {NAME|Sam},\n\nJust following up the referral for {NAME|Amira Yusuf} (DOB {DATE_OF_BIRTH|07/09/2010}). Address is {ADDRESS|41 Linden Grove}, {POSTCODE|M14 6RP}. Mum's mobile is {PHONE|07700 900318}.\n\nKind regards\n{NAME|Helen Marsh}\nEarly Help Practitioner\n{EMAIL|helen.marsh@northmoor.gov.uk}\n{PHONE|0161 496 0732}"),
    ("practitioner", "Custody record 26/44821. DP: {NAME|Kieran WALSH}, DOB {DATE_OF_BIRTH|22.01.2009}. Arrested at Piccadilly station, 14 wraps in sock. AA: Mrs {NAME|D Walsh} (mother). Legal rep requested. Released under investigation 04:20."),
    ("practitioner", "CPOMS entry - Safeguarding - Year 9\n{NAME|Lily-Rose Bennett} disclosed to Mrs {NAME|Akhtar} (HoY) that an older boy, '{NAME|Jonno}', asked her to take a bag to Bradford on the train. DSL informed 13:05. Parent called 15:20, no answer."),
    ("practitioner", "Return home interview 03/03, completed by {NAME|Owen Price}. {NAME|Cerys} (15) said she stayed at {ADDRESS|12 Heol y Felin} with {NAME|Dai} and 'some older boys from Swansea'. Declined to give surnames."),
    ("practitioner", "MARAC 11 June - Case 6\nVictim: {NAME|Joanne Pike}. Perpetrator: {NAME|Darren Pike}. Child: {NAME|Kai} (8), {SCHOOL|Greenbank Primary}.\nIDVA {NAME|Rachel} to contact victim on safe number {PHONE|07700 900 544} only. Flag on address."),
    ("practitioner", "[10:42] {NAME|Dan Whitfield}: anyone know if {NAME|Jamal}'s been found?\n[10:44] {NAME|Priti Shah}: yeah BTP picked him up at Crewe about 3am, he's back at {ADDRESS|Oak Lodge} now"),
    ("practitioner", "Strategy meeting moved to Thursday because of the Bank Holiday. MASH to circulate the agenda. Attendees to include CSC, GMP, CAMHS and the school DSL."),
    ("practitioner", "Referral received via MASH from Merseyside Police. Concerns re CCE. YP not previously known to Early Help. Allocated to Team 3."),
    ("practitioner", "YP given details of the NSPCC helpline (0808 800 5000) and Childline (0800 1111) and told she can call either at any time."),
    ("practitioner", "Mum reports new clothes (North Face, Nike Tech) and a second phone. YP goes to Greggs in town most days instead of school."),
    ("practitioner", "CAMHS Initial Assessment\nName: {NAME|Oliwia Nowak}\nNHS No: {NHS_NUMBER|999 431 8826}\nDOB: {DATE_OF_BIRTH|14/05/2011}\nGP: Dr {NAME|Sandhu}, Castle Street Surgery\nReferrer: {NAME|B. Harding}, school counsellor"),
    ("practitioner", "Intel log 3345 (B2): {NAME|Kyle Barnes} aka '{NAME|Rocket}' believed to be running the 'Benz' line from {ADDRESS|Flat 14, Tennyson House}. Associates: {NAME|Connor Flynn}, {NAME|T-Bone}."),
    ("practitioner", "A&E attendance Royal Stoke 02:10. 15yo female, intoxicated, brought in by an unknown male who left before triage. Safeguarding form completed; paeds liaison informed."),
    ("practitioner", "From: {EMAIL|dsl@hillcrest.sch.uk}\nTo: {NAME|Mark Jenkins}\nSubject: RE: {NAME|Zara}\n\nThanks {NAME|Mark}, will do.\n\n> On Mon 12 May, {NAME|Mark Jenkins} wrote:\n> Can you let me know if {NAME|Zara Ahmed} attends today? She was missing Friday."),
    ("practitioner", "Detached session, Moor Park, 7-9pm. Approx 15 YP. Group of older males on e-bikes nearby. No disclosures. Handed out Fearless cards."),
    ("practitioner", "MACE panel - case 2\nYP: {NAME|Ellis Grant}, 14, {SCHOOL|St Aidan's RC High}\nLead: {NAME|JT} (CE Co-ordinator)\nRisk: High (up from Medium)\nLinks: {NAME|Ellis} seen with '{NAME|Ace}' (believed to be {NAME|Aaron Mills}, 20) in a grey Audi outside school."),
    ("practitioner", "IRD held 09:30 - Police Scotland, SW and Health. Child: {NAME|Eilidh MacLeod} (14). Named Person: Mrs {NAME|Campbell}, Depute Head, {SCHOOL|Drumfern Academy}. Agreed: joint investigative interview. Mum ({NAME|Morag}) not to be told until after the JII."),
    ("practitioner", "Gateway referral. {NAME|Aoife McCann} (15), {ADDRESS|9 Glenview Park}, Newry, {POSTCODE|BT35 8QA}. Concern re older male '{NAME|Ciaran}' collecting her from school in a car. PSNI aware; school DT to monitor."),
    ("practitioner", "Tusla referral re {NAME|Seán Byrne} (DOB {DATE_OF_BIRTH|19/11/2010}). Gardaí report he was found in a car in Finglas with two adult males. SW {NAME|Niamh Kelly} allocated; home visit Thursday."),
    ("practitioner", "Meeting with the Gardaí and Tusla rescheduled to Wednesday. Note the school is closed for the mid-term break."),
    ("practitioner", "Chronology (extract)\n02/01 - MFH reported by {ADDRESS|Rowan House} staff. Located Stoke 04/01.\n09/01 - Arrested PWITS, Crewe. RUI.\n15/01 - Disclosed to {NAME|Tom} (residential worker) that '{NAME|Spider}' gave him a phone.\n22/01 - Strategy meeting, chaired by {NAME|T Okoye}."),
    ("practitioner", "12/02 - Missing 6 hrs, returned of own accord. RHI offered, declined.\n14/02 - Seen in Birmingham city centre by BTP.\n20/02 - Core group."),
    ("practitioner", "Weekend duty handover: {NAME|Jordan M} likely to go missing Fri night - last time found in McDonald's on Market Street. If found ring {NAME|Sue} on {PHONE|0161 496 0218} before midnight."),
    ("practitioner", "EDT: no calls overnight re Team 2 caseload. Police log 0456 closed."),
    ("practitioner", "TAF review - {SCHOOL|Westfield Primary}\nPresent: Mrs {NAME|Lowe} (Head), {NAME|Grace Obi} (FSW), Mum ({NAME|Tina}), {NAME|Nathan} (Y6, first 15 mins)\n{NAME|Nathan} said he likes football club but older boys 'make him go to the shop for them'."),
    ("practitioner", "Agreed actions: will be reviewed in May. Police to mark the address as a location of concern. Hope to have CAMHS input by June."),
    ("practitioner", "HV contact. Baby {NAME|Rio} (3/12) seen with mum {NAME|Kayleigh Dunn} at {ADDRESS|16 Foxglove Close}. Partner {NAME|Lewis} present and appeared under the influence. Advice given re safe sleep."),
    ("practitioner", "PC 5521 {NAME|HUGHES} attended {ADDRESS|88 Rectory Lane} at 23:10 following a call from a neighbour. YP {NAME|Mason Lee} located hiding in the loft. Adult male {NAME|Gary Stott} arrested for breach of CAWN."),
    ("practitioner", "CAWN served on the adult male at 14:30. Copy to MASH. No further action at this time."),
    ("practitioner", "Any queries please contact the CE team mailbox {EMAIL|ce.team@kirkmoor.gov.uk} or ring the duty line."),
    ("practitioner", "Leaflets given: Missing People (text 116 000), Samaritans (116 123), Fearless/Crimestoppers (0800 555 111). Advised 999 in an emergency, 101 otherwise."),
    ("practitioner", "YP showed worker messages from Discord user {HANDLE|nightowl#0913} and Instagram account {HANDLE|@trapstar.ldn_} offering 'work' in Southend."),
    ("practitioner", "Screenshot of profile {URL|https://www.facebook.com/dazza.kirkby.7} saved to file. Profile photo matches the male seen with YP."),
    ("practitioner", "Cyfarfod strategaeth 12/05. Yn bresennol: {NAME|Siân Roberts} (Gweithiwr Cymdeithasol), DC {NAME|Morgan} (Heddlu Gogledd Cymru), {NAME|Elin} (Nyrs Ysgol). Mae {NAME|Lowri} wedi bod ar goll dair gwaith ers mis Ebrill."),
    ("practitioner", "Cyfarfod grŵp craidd wedi'i ohirio tan ddydd Llun. Bydd yr ysgol yn anfon adroddiad cyn hynny."),
    ("practitioner", "Joint protocol interview to take place at the PSNI suite in Lisburn on Tuesday. SW and Police only."),
    ("practitioner", "Name: {NAME|Kacper Zieliński}\nAddress: {ADDRESS|Flat 2, 19 Chapel Walk}\nPostcode: {POSTCODE|WF1 3HN}\nTel: {PHONE|01632 960 417}\nSchool: {SCHOOL|Airedale Vale School}\nReason for referral: found at a cannabis grow in Leeds by WYP."),
    ("practitioner", "Action 4 - {NAME|RB} to share intel with BTP - complete\nAction 5 - {NAME|SM} to submit NRM for {NAME|Kofi} - outstanding\nAction 6 - School to review transport - ongoing"),
    ("practitioner", "Action 1 - SW to update chronology - complete\nAction 2 - School to review timetable - ongoing\nAction 3 - Police to complete NRM - complete"),
    ("practitioner", "Core group 4. {NAME|Shola} joined for the first 10 minutes and said she 'doesn't want another plan'. Dad (Mr {NAME|Adeyemi}) asked for a Yoruba interpreter next time."),
    ("practitioner", "Pt {NAME|Hevi Rashid}, NHS no. {NHS_NUMBER|9994217360}, DOB {DATE_OF_BIRTH|2 Feb 2010}. Seen with Sorani interpreter (Mr {NAME|Salih}). Reports nightmares since the incident at the car wash."),
    ("practitioner", "Seen in clinic. Low mood, poor sleep, self-harm (cutting) over the last 2 weeks. Safety plan agreed. Next appt 2/52."),
    ("practitioner", "Referral order panel. {NAME|Connor} accepted responsibility. Panel members {NAME|Ruth} and {NAME|Des} (community volunteers). Reparation: Tuesdays at the food bank."),
    ("practitioner", "Group session used a clip from BBC Panorama and a talk by Ian Wright about his childhood. Good discussion."),
    ("practitioner", "YP supports Liverpool and plays for a Sunday league team; mentoring through Everton in the Community suggested."),
    ("practitioner", "MARAC threshold met (14 ticks on the DASH). IDVA service and Refuge informed."),
    ("practitioner", "I am PC 2219 {NAME|Lucy Harding} of West Yorkshire Police. On Saturday 12th I was on mobile patrol with PC {NAME|Kaur} when we stopped a silver Golf on Dewsbury Road. The driver, {NAME|Bilal Hussain}, had two girls in the back, one of whom gave her name as '{NAME|Chantelle}'."),
    ("practitioner", "Vehicle PNC checked: no insurance. Seized under s.165. Occupants given words of advice and taken home."),
    ("practitioner", "Morning {NAME|Jo},\nQuick one - has {NAME|Deji} been in today? {NAME|Nicky} from the YOT is trying to get hold of him.\nCheers\n{NAME|Pete}"),
    ("practitioner", "Morning all,\nReminder that MACE is moving to the second Wednesday of the month from September. Venue stays the Town Hall, Committee Room 2.\nThanks\nCE Coordinator"),
    ("practitioner", "RHI: YP would not say where she had been, only that she 'was with mates'. Worker went through risks and gave a Missing People card."),
    ("practitioner", "Mum found Snapchat messages from '{HANDLE|moneyman.22}' promising £300 for 'a weekend in Margate'. Screenshots uploaded."),
    ("practitioner", "Number written on YP's hand when she returned: {PHONE|07700-900-781}. Passed to police for research."),
    ("practitioner", "YP gave her email as {EMAIL|shaz.b at gmail dot com} and asked us not to post letters home."),
    ("practitioner", "Referral declined - does not meet threshold. Signposted to Early Help and Kooth."),
    ("practitioner", "{NAME|Johnny Ward} (13) lives with his grandparents at {ADDRESS|Pitch 6, Cranmore Lane site}. EHE since Year 5. Seen with older males in Peterborough on two occasions."),
    ("practitioner", "Gypsy, Roma and Traveller Liaison Officer to attend next meeting. Consider cultural needs and literacy when sending letters."),
    ("practitioner", "Night handover - {ADDRESS|The Willows}\n{NAME|Tia} back 01:30 smelling of cannabis. {NAME|Kez} still MFH, police ref 26-0031122. Manager on call ({NAME|Andy}) informed 02:00."),
    ("practitioner", "Supervision - {NAME|Lorraine}. Discussed {NAME|Jaden}'s case: risk remains high, consider secure welfare application."),
    ("practitioner", "Q2 figures: 34 MFH episodes, 12 RHIs completed within 72 hours, 5 NRM referrals."),
    ("practitioner", "Staff attended Contextual Safeguarding training. Next session covers the NRM and Section 47 enquiries."),
    ("practitioner", "hey can u ring {NAME|gaz} at the hostel, {NAME|ashley} has gone awol again"),
    ("practitioner", "is anyone free to cover the 2pm at the police station? appropriate adult needed, no details yet"),
    ("practitioner", "Brook clinic. YP first gave her name as '{NAME|Kayla}', later confirmed as {NAME|Kayleigh Stokes}, DOB {DATE_OF_BIRTH|30/06/2010}. Says partner '{NAME|Dev}' is 24. Fraser not met - safeguarding referral made."),
    ("practitioner", "Transferred from Leeds General Infirmary to Ward 45 at St James's. Discharge planning with Leeds CAMHS."),
    ("practitioner", "MACE: 3 new cases, 2 closed. Locations of concern: Kirkgate Market and the bus station. Disruption plan with BTP."),
    ("practitioner", "Associates identified from phone download: {NAME|Lewis Carr}, {NAME|Dante}, {NAME|Stitch}, {NAME|Kayden Roe}, {NAME|Little Kev} and an unknown female saved as '{NAME|Bee}'."),
    ("practitioner", "YP plays Fortnite and Call of Duty; met an adult on Roblox who moved the chat to WhatsApp."),
    ("practitioner", "The adult used the Roblox name {HANDLE|Blaze_King771} and then moved chat to WhatsApp on {PHONE|+44 7700 900633}."),
    ("practitioner", "Mr {NAME|Dobson} (PE) reported that {NAME|Finley} had £200 cash in his PE bag. {NAME|Finley} says it was birthday money; his birthday was in March."),
    ("practitioner", "Parents' evening on Thursday. Year 11 mocks begin on 6 January."),
    ("practitioner", "CP Case Conference. Chair: {NAME|Fiona Drummond}. Child: {NAME|Callum Reid}, 13. Decision: {NAME|Callum}'s name placed on the Child Protection Register (criminal exploitation)."),
    ("practitioner", "Children's Hearing set for Friday. Reporter notified. Interim CSO continues."),
    ("practitioner", "Dear Dr {NAME|Osei},\nRe: {NAME|Nkechi Eze}, DOB {DATE_OF_BIRTH|11.04.2009}, NHS number {NHS_NUMBER|999 762 1045}\n{ADDRESS|Flat 9, Beckett House, Waterloo Road}, {POSTCODE|B19 2JL}\nThank you for seeing this young woman, who attended following an assault."),
    ("practitioner", "YP says she watches Love Island and Waterloo Road and wants to be a nurse like the ones in Casualty."),
    ("practitioner", "NRM submitted for {NAME|Tuan Nguyen} (age disputed, says 16). Found by Humberside Police at a cannabis farm at {ADDRESS|27 Mill Lane}."),
    ("practitioner", "Referral from St Giles Trust caseworker {NAME|Marcia} re {NAME|Kemi}, 15, who has been travelling to Reading most weekends."),
    ("practitioner", "The Children's Society and Catch22 both offer a service; referral made to the latter."),
    ("practitioner", "Email received from {NAME|A. Harper}, solicitor acting for the father, requesting copies of the minutes. Passed to Legal."),
    ("practitioner", "-----Original Message-----\nFrom: {NAME|Carl Benson}\nSent: 12 May 09:14\nTo: Duty\nSubject: CAWN\n\nHi {NAME|Nadia}, can you confirm whether the CAWN for {NAME|Marcus Kerr} was served?\n\n{NAME|Carl Benson}\nDetective Sergeant, Exploitation Hub\n{PHONE|0113 496 0592}\n{EMAIL|carl.benson@westmoor.police.uk}"),
    ("practitioner", "YP said: 'me n {NAME|T} was just chillin at {NAME|Jaz}s, nobody was selling nothing'."),
    ("practitioner", "YP said 'it's just how it is round here, innit' and would not say more."),
    ("practitioner", "Police Scotland concern report. Locus: Buchanan Bus Station. Child found with an older male, no details obtained."),
    ("practitioner", "Session: online safety. Youth worker {NAME|Gethin} ran it with {NAME|Jac}, {NAME|Megan} and {NAME|Osian}. Good engagement; {NAME|Megan} asked about blocking on TikTok."),
    ("practitioner", "MARAC attendees: {NAME|PW} (Chair, Police), {NAME|LD} (IDVA), {NAME|RS} (Housing), {NAME|MK} (Probation), {NAME|AB} (Health), {NAME|CF} (CSC)."),
    ("practitioner", "Apologies: Education, Adult Social Care. Meeting quorate."),
    ("practitioner", "{NAME|bex} can u chase the NRM for me pls, im in court all day"),
    ("practitioner", "Please chase CAMHS for the assessment outcome and bill the placement to the out-of-area budget."),
    ("practitioner", "Frank discussion with YP about the risks. She agreed to keep location sharing on. Summer plan: youth club and NCS."),
    ("practitioner", "Grace period given on the rent arrears; Housing Options aware. Mum to attend the Jobcentre on Monday."),
    ("practitioner", "Contact to take place at Riverside Family Centre every Saturday, supervised."),
    ("practitioner", "Statement taken by the Police Constable on duty. Mum was present throughout; Nan arrived later."),
    ("practitioner", "[09:15] {NAME|CW}: strat at 11 for {NAME|Lola}?\n[09:16] {NAME|MB}: yep will send the link now"),
    ("practitioner", "[14:02] Duty SW: can police confirm if the address has been visited?\n[14:10] MASH Police: yes, no answer, card left"),
    ("practitioner", "Met {NAME|Demarco} at McDonald's. He said his 'uncle' {NAME|Rob} (not a relative) gives him work and a phone."),
    ("practitioner", "Knife crime session with materials from the Ben Kinsella Trust. YP knew about Stormzy's scholarship and wants to apply to uni."),
    ("practitioner", "Attended Queen's Medical Centre with a stab wound to the thigh. Discharged the same day."),
    ("practitioner", "Placement: out of area residential, 2:1 staffing. Reg 44 visit due."),
    ("practitioner", "Cyfeiriad: {ADDRESS|3 Stryd y Castell}, Caernarfon, {POSTCODE|LL55 2AB}. Rhif ffôn y cartref: {PHONE|01632 960 883}."),
    ("practitioner", "Plentyn wedi dychwelyd adref. Cyfweliad dychwelyd wedi'i gynnig ond wedi'i wrthod."),
    ("practitioner", "Dad's number {PHONE|0121 496 0377}, he works nights so text first."),
    ("practitioner", "Aunt {NAME|Maxine} ({PHONE|0151 496 0924}) has offered a kinship placement; viability assessment requested."),
    ("practitioner", "Brother {NAME|Tyrell} (18) rang the office line {PHONE|020 7946 0415} asking where his sister is placed. Not disclosed."),
    ("practitioner", "Missing person report\nName: {NAME|Precious Okoro}\nDOB: {DATE_OF_BIRTH|08/08/2010}\nLast seen: 19:40, Westfield Stratford\nClothing: black puffer, white AF1s\nFriends: {NAME|Tiana}, {NAME|Kyra B}\nRisk: High"),
    ("practitioner", "Letter to parent: {NAME|Rio-James} will transfer to {SCHOOL|Lakeside PRU} from Monday. His key adult will be Mr {NAME|Iqbal}."),
    ("practitioner", "School nurse drop-in. {NAME|SMITH, Kayden} (Y10) attended re 'chest pain'. Disclosed being assaulted by '{NAME|Tank}' over a debt."),
    ("practitioner", "Gateway Team. SW {NAME|Declan Quinn} visited {ADDRESS|14 Ardmore Avenue}. {NAME|Shauna} (14) not home; mother said she is 'at her friend's in Lisburn'."),
    ("practitioner", "Garda {NAME|Siobhán Ní Bhriain} attended at 22:15. Both children located at Heuston Station with an adult male who gave his name as {NAME|Gerry}. Tusla out-of-hours informed."),
    ("practitioner", "Foster carer contact: {NAME|Lynn Adair}, {EMAIL|lynn.adair1 (at) btinternet [dot] com}, {PHONE|01632 960 255}."),
    ("practitioner", "Detached youth work. Spoke with {NAME|Peanut} and {NAME|Dizzy} by the shutters on Carlton Parade. Both say a man in a Merc is 'paying lads to stand about'."),
    ("practitioner", "Youth worker log 21:10 - {NAME|Ashanti} (16) asked for a lift to the {ADDRESS|Lanfranc estate}, where she lives with her aunt. Declined; taxi booked on the office account."),
    ("practitioner", "AssetPlus. {NAME|Harvey} says he was 'tied in' to the Bolt line after {NAME|Scrappy} said he lost a package. Debt reported as £1,200."),
    ("practitioner", "CCE referral - {NAME|Mustafa Ali} (16). Found in Exeter, 200 miles from home. Rail ticket bought from {PHONE|07700 900 147}. Request MACE consider at next panel."),
    ("practitioner", "From: {NAME|Bethan Lloyd} <{EMAIL|bethan.lloyd@cyngor-eryri.gov.wales}>\nSent: 09 March\nTo: MASH\nSubject: Concern - {NAME|Tomos Pritchard}\n\nBore da,\nPlease see attached. {NAME|Tomos} was seen getting into a car in Bangor at 01:00.\nDiolch,\n{NAME|Bethan}"),
    ("practitioner", "Paeds liaison: 15yo attended Ward 8 with an overdose. Mother {NAME|Lisa} states daughter's 'boyfriend' {NAME|Jake} is 25. Referred to MASH."),
    ("practitioner", "[16:30] Team Manager: pls make sure all RHIs are on the system before Friday, audit on Monday"),
    ("practitioner", "Item 3 - Locations. Concerns about the Metrolink stop at Shudehill and the 24hr McDonald's on Oldham Street. GMP to increase patrols."),
    ("practitioner", "Dad reports YP uses Snapchat, Telegram and Signal. Phone is an iPhone 14 with Find My switched off."),
    ("practitioner", "Discussed with IRO. Placement stable. PEP review due with the Virtual School."),
    ("practitioner", "Registered at Moss Lane Medical Centre; immunisations up to date; dental check overdue."),
    ("practitioner", "Police Scotland and Barnardo's Scotland to complete a joint visit. Childline number given to YP and carer."),
    ("practitioner", "Chronology (extract)\n2024-11-03 Arrested with {NAME|Leon Price} in Shrewsbury.\n2025-01-07 Mum ({NAME|Angela}) reports threats made via {HANDLE|@lp_bandz}."),
    ("practitioner", "MACE minutes. Attendees: {NAME|Hannah Bright} (Chair), {NAME|Kwabena Asante} (Youth Justice), PC {NAME|Doyle} (Missing), {NAME|Rosie} (Barnardo's).\n{NAME|HB} welcomed all. {NAME|KA} noted {NAME|Ty} has moved to {ADDRESS|Unit 2, Hawthorn Lodge}."),
    ("practitioner", "HCP review: detainee {NAME|Rhys Bowen}, DOB {DATE_OF_BIRTH|17/12/2009}, NHS {NHS_NUMBER|999-208-4415}. Fit to detain and interview with AA."),
    ("practitioner", "STOP SEARCH - SUBJECT {NAME|AYAAN WARSAME} - NIL FOUND - WORDS OF ADVICE GIVEN"),
    ("practitioner", "YP attended the Youth Justice office on Hope Street. Next appointment Monday 10am in the Rose Room."),
    ("practitioner", "Admitted to Ivy Ward overnight for observation; discharged to Dad on Tuesday."),
    ("practitioner", "Missing from placement. Last seen at Victoria station heading for the Summer Lane bus stop."),
    ("practitioner", "YP nominated for a Jack Petchey Award by the youth club. Will be presented in March."),
    ("practitioner", "can someone mark this as urgent pls - {NAME|Dawn} on reception says {NAME|Kelsey}'s mum has rang twice"),
    ("practitioner", "PSNI Child Abuse Investigation Unit to lead. Trust SW to attend. Meeting at Musgrave station on Thursday."),
    ("practitioner", "Romanian interpreter required. {NAME|Florin} (14) and {NAME|Bianca} (12) not on roll at any school. Dad {NAME|Costel} works at a hand car wash."),
    ("practitioner", "Referral form\nChild: {NAME|Ruby Kershaw}\nD.O.B: {DATE_OF_BIRTH|01/10/2011}\nHome address: {ADDRESS|7 Whinmoor Crescent}, {POSTCODE|LS14 2DX}\nSchool: {SCHOOL|Roundhay Park High}\nParent tel: {PHONE|0113 496 0871}"),
    ("practitioner", "CPOMS: {NAME|Amelia}'s TikTok ({HANDLE|@amelia.x.x}) is public and shows her school uniform and the bus stop she uses. Discussed privacy settings with Mum."),
    ("practitioner", "LAC initial health assessment. {NAME|Dominik Wójcik}, NHS {NHS_NUMBER|999 318 5502}. Placed at {ADDRESS|Larchfield House} since last week. Immunisation history unknown."),
    ("practitioner", "Bail conditions from police: {NAME|Jayden Cole} to reside at {ADDRESS|21 Paxton Road}, {POSTCODE|N17 8LB}, curfew 7pm-7am. Queries to {EMAIL|yot.police.liaison@haringmoor.gov.uk}."),
    ("practitioner", "Suspension letter sent. {NAME|Reggie}'s reintegration meeting is Tuesday with Mr {NAME|Blake} (AHT) at {SCHOOL|Oakwood Academy}."),
    ("practitioner", "anyone got a number for {NAME|Kerry-Ann}'s foster carer? tried {PHONE|07700 900 925} no answer"),
    ("practitioner", "Adult of concern: {NAME|Wayne Tully}, DOB {DATE_OF_BIRTH|03/03/1990}, living at {ADDRESS|Flat 11, Corporation Buildings}. MAPPA level 2. Offender manager aware of contact with YP."),
    ("practitioner", "yp: {NAME|kelis}\nage: 15\nsocials: snap {HANDLE|kelis.bby}, insta {HANDLE|@kelisxo_}\nworry: older bf, stays out till 3am, mum cant cope"),
    ("practitioner", "Sergeant {NAME|Ó Súilleabháin} (Gardaí) requested the attendance record from {SCHOOL|Coláiste Bhríde} for the last term."),
    ("practitioner", "Child's Plan meeting. Lead professional {NAME|Iona Fraser}. {NAME|Ruaridh} (12) has been missing from {ADDRESS|Craigmount Children's House} four times this month."),
    ("practitioner", "Adult male ({NAME|Jerome}) posts videos at {URL|www.tiktok.com/@jmoney_official88} flashing cash and designer clothes. Several local YP follow him."),
    ("practitioner", "When last seen YP was wearing a black Canada Goose coat and Hunter wellies. CCTV requested from the Co-op on the High Street."),
    ("practitioner", "Detained juvenile {NAME|Oskar Lewandowski} asked for his mum; she could not be reached. AA {NAME|Bernie} from the volunteer scheme attended 03:40."),
]
# ===== END OF RECORDS =====


def is_word_char(c):
    return c.isalnum() or c == "_"


def parse(marked):
    """Return (plain_text, spans, errors); spans are (start, end, type, value)."""
    plain = []
    spans = []
    errors = []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == "{":
            j = marked.find("}", i + 1)
            if j == -1:
                errors.append("unclosed '{' at offset %d" % i)
                break
            inner = marked[i + 1:j]
            if "{" in inner:
                errors.append("nested or unclosed '{' at offset %d" % i)
            if inner.count("|") != 1:
                errors.append("marker without exactly one '|': {%s}" % inner)
                i = j + 1
                continue
            typ, val = inner.split("|")
            if typ not in TYPES:
                errors.append("unknown type %r" % typ)
            if not val:
                errors.append("empty value for %s" % typ)
            else:
                if val != val.strip():
                    errors.append("value has surrounding space: %r" % val)
                first, last = val[0], val[-1]
                ok_first = (first.isalnum()
                            or (typ == "HANDLE" and first in "@_")
                            or (typ == "PHONE" and first == "+"))
                ok_last = last.isalnum() or (typ == "HANDLE" and last == "_")
                if not (ok_first and ok_last):
                    errors.append("value starts or ends with punctuation: %r" % val)
                if "\n" in val:
                    errors.append("value spans a line break: %r" % val)
            spans.append((pos, pos + len(val), typ, val))
            plain.append(val)
            pos += len(val)
            i = j + 1
        elif c in "}|":
            errors.append("stray %r at offset %d" % (c, i))
            plain.append(c)
            pos += 1
            i += 1
        else:
            plain.append(c)
            pos += 1
            i += 1
    return "".join(plain), spans, errors


def boundary_errors(text, spans):
    errs = []
    for s, e, t, v in spans:
        if text[s:e] != v:
            errs.append("offset mismatch for %r" % v)
        if s > 0 and is_word_char(text[s - 1]):
            errs.append("%s %r does not start on a word boundary" % (t, v))
        if t == "HANDLE" and s > 0 and text[s - 1] == "@":
            errs.append("HANDLE %r leaves its written @ outside" % v)
        if e < len(text) and is_word_char(text[e]):
            possessive = (t == "NAME" and text[e] == "s"
                          and (e + 1 == len(text) or not is_word_char(text[e + 1])))
            if not possessive:
                errs.append("%s %r does not end on a word boundary" % (t, v))
    return errs


def inside_span(a, b, spans):
    return any(s <= a and b <= e for s, e, _, _ in spans)


def unlabelled_mentions(text, spans):
    """Every mention of a private name must be labelled: flag a NAME value
    that also occurs elsewhere in the same record outside any span."""
    errs = []
    seen = set()
    for s, e, t, v in spans:
        if t != "NAME" or len(v) < 2 or v.lower() in seen:
            continue
        seen.add(v.lower())
        pat = re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)", re.IGNORECASE)
        for m in pat.finditer(text):
            if not inside_span(m.start(), m.end(), spans):
                errs.append("NAME %r also occurs unlabelled at %d" % (v, m.start()))
    return errs


def lint_warnings(text, spans):
    """Soft warnings: things that look like identifiers outside any span."""
    warns = []
    masked = text
    for num in PUBLIC_NUMBERS:
        masked = masked.replace(num, "#" * len(num))
    for m in re.finditer(r"(?<!\d)(?:\d[ \-]?){9,}\d", masked):
        if not inside_span(m.start(), m.end(), spans):
            warns.append("long digit run outside a span: %r" % m.group())
    for m in re.finditer(r"@\w|https?:|www\.|\.com\b|\.co\.uk\b", text):
        if not inside_span(m.start(), m.end(), spans):
            warns.append("web-like text outside a span: %r" % text[max(0, m.start() - 10):m.end() + 10])
    return warns


def check(records):
    errors = []
    warnings = []
    parsed = []
    seen_plain = {}
    for n, rec in enumerate(records, 1):
        where = "record %d" % n
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append("%s: not a (style, text) pair" % where)
            continue
        style, marked = rec
        if style not in STYLES:
            errors.append("%s: unknown style %r" % (where, style))
        if not isinstance(marked, str) or not marked.strip():
            errors.append("%s: empty text" % where)
            continue
        text, spans, errs = parse(marked)
        errs += boundary_errors(text, spans) if not errs else []
        errs += unlabelled_mentions(text, spans) if not errs else []
        if text != text.strip():
            errs.append("text has leading or trailing space")
        if "  " in text:
            errs.append("double space in text")
        for e in errs:
            errors.append("%s: %s  <<%s>>" % (where, e, marked[:70]))
        for w in lint_warnings(text, spans):
            warnings.append("%s: %s" % (where, w))
        key = text
        if key in seen_plain:
            errors.append("%s: duplicate of record %d" % (where, seen_plain[key]))
        else:
            seen_plain[key] = n
        parsed.append({"style": style, "text": text, "spans": spans})

    total = len(parsed)
    style_counts = Counter(p["style"] for p in parsed)
    clean = sum(1 for p in parsed if not p["spans"])
    type_counts = Counter(s[2] for p in parsed for s in p["spans"])
    if total < MIN_RECORDS:
        errors.append("only %d records (need %d)" % (total, MIN_RECORDS))
    if clean < MIN_CLEAN:
        errors.append("only %d clean records (need %d)" % (clean, MIN_CLEAN))
    if total:
        for st in STYLES:
            share = style_counts[st] / total
            if not (STYLE_SHARE[0] <= share <= STYLE_SHARE[1]):
                errors.append("style %s is %.1f%% of records" % (st, 100 * share))
        cshare = clean / total
        if not (CLEAN_SHARE[0] <= cshare <= CLEAN_SHARE[1]):
            errors.append("clean records are %.1f%% of the set" % (100 * cshare))
    for t in TYPES:
        if type_counts[t] == 0:
            errors.append("type %s never occurs" % t)
    if not (NAME_RANGE[0] <= type_counts["NAME"] <= NAME_RANGE[1]):
        errors.append("%d NAME spans (target %d-%d)" % (type_counts["NAME"], *NAME_RANGE))
    return parsed, errors, warnings


def stats(parsed):
    total = len(parsed)
    style_counts = Counter(p["style"] for p in parsed)
    clean_by_style = Counter(p["style"] for p in parsed if not p["spans"])
    type_counts = Counter(s[2] for p in parsed for s in p["spans"])
    type_by_style = {st: Counter(s[2] for p in parsed if p["style"] == st for s in p["spans"])
                     for st in STYLES}
    return total, style_counts, clean_by_style, type_counts, type_by_style


def report(parsed):
    total, style_counts, clean_by_style, type_counts, type_by_style = stats(parsed)
    print("records: %d" % total)
    for st in STYLES:
        print("  %-13s %3d (clean %d)" % (st, style_counts[st], clean_by_style[st]))
    print("clean: %d" % sum(clean_by_style.values()))
    print("spans: %d" % sum(type_counts.values()))
    for t in TYPES:
        print("  %-14s %3d  (yp %d, pr %d)" % (t, type_counts[t],
              type_by_style["young_person"][t], type_by_style["practitioner"][t]))


README_TEMPLATE = """# Evaluation set ak (`set_ak.jsonl`)

A hand-written evaluation set for the text de-identifier of the consultation
system used by a UK child-exploitation partnership (council children's social
care, NHS, police, schools, youth services and charities). Young people answer
surveys online and practitioners write case notes; the de-identifier must
remove personal identifiers from both.

## Who wrote it and how

Written by an AI assistant (Claude, made by Anthropic) working as a helper
session, from its own general knowledge only. Every record was typed by hand,
one at a time, directly into `build.py` as a `(style, text)` pair with the
identifiers marked inline as `{{TYPE|value}}`. No templates, generators,
substitution loops, string operations or name lists were used to make
records. While writing, nothing outside `/work/evalwrite/set_ak/` was read or
opened: no code, data, other evaluation sets or documentation, no
de-identifier or NLP library, no web search, web pages or name lists.

Everything is invented: people, phone numbers (Ofcom drama ranges only:
07700 900xxx, 0113 496 0xxx, 0121 496 0xxx, 0151 496 0xxx, 0161 496 0xxx,
020 7946 0xxx, 01632 960xxx), e-mail addresses, handles, URLs, addresses,
postcodes, dates of birth and NHS numbers (all beginning 999). No real child
or real private person appears. Public figures (Marcus Rashford, Ian Wright,
Stormzy), national charities and helplines, towns, districts, hospitals and
football clubs appear only as harmless public mentions. Schools, children's
homes, estates, home addresses and organisational e-mail domains are made up
(personal e-mails use common providers with invented mailbox names); streets,
stations and districts named only as public places may be real. A made-up
postcode may by chance match a real one but is attached to no real person.

## Files

* `build.py` - the records and the checker/builder.
  `python3 build.py --check` checks only and writes nothing;
  `python3 build.py` checks and, only if every check passes, writes the files.
* `set_ak.jsonl` - one JSON object per line (UTF-8, not ASCII-escaped):
  `id` (`ak0001` ...), `style` (`young_person` or `practitioner`), `text`
  (plain text, markers removed) and `spans`, a list of
  `{{"start", "end", "type"}}` in Unicode code-point offsets, end exclusive.
  Records were shuffled with `random.Random({seed})` before numbering.

## Checks made by `build.py`

Markers balanced and well formed (exactly one `|`, no nesting, no stray `{{`,
`}}` or `|`); types known; values non-empty with no surrounding space or
punctuation (a handle may start with `@` or `_`, a phone with `+`); spans on
word boundaries, except a NAME directly followed by an apostrophe-less
possessive `s`; a written `@` kept inside a handle; every other mention of a
labelled name in the same record also labelled; no leading/trailing or double
spaces; records unique; at least {min_records} records and {min_clean} clean
records; each style 40-60% of the set; clean records 27-42%; every type
present; NAME spans within {name_lo}-{name_hi}. Soft warnings flag long digit
runs and web-like text left outside spans (public helpline numbers allowed).

## Styles

* `young_person` - answers to survey questions (where do you feel unsafe and
  why, who helped you, what should change, anything else) in young people's own
  voice: text-speak, slang, misspellings, little punctuation, all lower case or
  ALL CAPS, Scots, Welsh, Irish, Northern Irish, Yorkshire, Geordie, Scouse,
  Brummie and London voices; names from West African, South Asian, Eastern
  European, Irish, Scottish Gaelic, Welsh, Vietnamese, Somali, Kurdish,
  Caribbean and Roma/Traveller backgrounds; nicknames (some ordinary words),
  lower-case names, names that are also words, names beside verbs, lists of
  friends, people named by what they do or where they are from.
* `practitioner` - case notes, referrals, chronologies, strategy / core group /
  MARAC / MACE / TAF minutes with attendee lists and initials, e-mails with
  greetings, quoted replies and signatures, Teams messages, police, custody,
  health, CAMHS, school safeguarding (CPOMS) and youth-work records, return home
  interviews, form-style notes, action logs, handover notes; some Welsh-language,
  Scottish, Northern Irish and Irish (Tusla / Garda) records.

About a third of the records are clean hard negatives full of capitalised
non-names: days, months, brands, shops, apps, games, towns, districts, parks,
stations, public streets, hospitals and wards, services, charities, helplines
with their public numbers, agencies and acronyms, job titles, public figures,
football clubs, TV shows, Mum / Nan / the Police, drug-line names, and words
that are also names used as words (hope, will, mark, joy, dawn, grace, frank,
summer, river, rose, bill, sunny, faith, may, june, ray, pat, sky, jack, chase,
hunter, ivy ...). The same words also appear as real names in other records.

## Labelling policy

Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL, NHS_NUMBER,
DATE_OF_BIRTH. A span covers exactly the identifier, with no surrounding space
or punctuation (quotes, brackets, angle brackets stay outside).

* NAME - any private person by full name (one span), first name, surname,
  nickname or initials. Titles, ranks and kinship words stay outside
  (Mr, Mrs, Dr, DC, PC, Garda, uncle, auntie, cousin, Mum ...); a nickname
  prefix Big / Lil / Little is inside; a possessive `'s` stays outside; an
  apostrophe-less possessive is labelled on the name only (`Kirsty` in
  "Kirstys nan"). Professionals named in notes are private people and are
  labelled, including their initials in minutes. Every mention is labelled.
* Not labelled: public figures, brands, shops, pubs, clubs, towns, districts,
  parks, landmarks, hospitals and wards, churches, services, charities and
  helplines with public numbers, job titles and role acronyms (SW, DSL, IRO,
  YP, HoY, FSW, IDVA), Mum / Dad / Nan, reference, log, custody and collar
  numbers, drug-line and gang names.
* A name inside a URL, handle or e-mail is covered by that span only.
* PHONE - UK numbers, including obfuscated ones (spaces, hyphens, letter
  O / l for 0 / 1, digits spelled out in words) and +44 forms.
* EMAIL - including `at ... dot` and `(at)` / `[dot]` forms, and role mailboxes.
* POSTCODE - its own span, separate from the address.
* ADDRESS - house number + street, flat / block, a street where someone lives
  (or is kept) even without a number, a named estate, a named children's home,
  a Traveller site pitch. Town and postcode are not part of it. A street, park
  or station mentioned only as a public place is not labelled.
* SCHOOL - named schools, academies, colleges and PRUs, including short and
  lower-case forms; an unnamed "the pru" / "college" is not labelled.
* HANDLE - social and gaming names and Discord tags, with the leading `@` when
  written.
* URL - links to a private person's page or profile.
* NHS_NUMBER - ten-digit NHS numbers in any spacing.
* DATE_OF_BIRTH - only dates of birth; other dates (meetings, incidents,
  "3/12" for an infant's age) are not labelled.

## Judgement calls

* Named housing estates are labelled ADDRESS wherever they appear (as in the
  brief's own example), because a named estate narrows down where a young
  person lives; districts and towns (Moss Side, Butetown, Sparkhill, Finglas,
  the Shankill) are not. Clean records contain no named estates.
* A named children's home or residential unit is one ADDRESS span with its
  own name ("The Willows" keeps its "The"; "Unit 2, Hawthorn Lodge" is one
  span). An ordinary leading "the" stays outside ("the Lanfranc estate").
* A Traveller site pitch is one span: "Pitch 6, Cranmore Lane site".
* A flat number, block and street written together form one ADDRESS span.
* A street where a flat used for exploitation is ("a flat on Albion Street")
  is labelled: someone lives there. A street, shop front or station where
  young people merely hang about or are picked up is not.
* Nicknames built from a job or place epithet ("Taxi Raz", "SCOUSE DAN") are
  one NAME span, by analogy with Big / Lil / Little. Unnamed descriptions
  ("the man from the chippy", "lads from Rochdale") are not labelled.
* "auntie" used as a respectful title for a non-relative stays outside like a
  kinship word; the "uncle" in quotes for a non-relative likewise.
* "SURNAME, Forename" and initial + surname ("D Walsh", "A. Harper") are
  single spans; a nickname given separately in quotes or after "aka" is its
  own span.
* In e-mail headers "Name <address>" gives a NAME span and an EMAIL span.
* Handles are labelled whether or not a platform word precedes them; a
  handle given without @ is labelled without one.
* Dates of birth are labelled only when the text makes clear they are birth
  dates ("DOB", "born", "my birthday is ... 2011" with the year).
* Pets' names are avoided altogether.
* The Talk to FRANK service, Sky Sports, Hunter wellies, the Jack Petchey
  Award, Ivy Ward, the Rose Room, Hope Street and Waterloo Road (the TV show)
  are not names; the same Waterloo Road written as part of a home address is.

## Counts

{counts}
"""


def counts_markdown(parsed):
    total, style_counts, clean_by_style, type_counts, type_by_style = stats(parsed)
    lines = []
    lines.append("| | records | clean | spans |")
    lines.append("|---|---:|---:|---:|")
    for st in STYLES:
        lines.append("| %s | %d | %d | %d |" % (st, style_counts[st], clean_by_style[st],
                                               sum(type_by_style[st].values())))
    lines.append("| **total** | **%d** | **%d** | **%d** |" % (total, sum(clean_by_style.values()),
                                                           sum(type_counts.values())))
    lines.append("")
    lines.append("| type | young_person | practitioner | total |")
    lines.append("|---|---:|---:|---:|")
    for t in TYPES:
        lines.append("| %s | %d | %d | %d |" % (t, type_by_style["young_person"][t],
                                                type_by_style["practitioner"][t], type_counts[t]))
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    parsed, errors, warnings = check(RECORDS)
    for w in warnings:
        print("WARNING: " + w)
    if errors:
        for e in errors:
            print("ERROR: " + e)
        report(parsed)
        print("FAILED with %d error(s); nothing written." % len(errors))
        return 1
    report(parsed)
    if check_only:
        print("All checks passed (--check: nothing written).")
        return 0
    items = list(parsed)
    random.Random(SEED).shuffle(items)
    with open(OUT_JSONL, "w", encoding="utf-8", newline="\n") as fh:
        for k, p in enumerate(items, 1):
            obj = {
                "id": "%s%04d" % (PREFIX, k),
                "style": p["style"],
                "text": p["text"],
                "spans": [{"start": s, "end": e, "type": t} for s, e, t, _ in p["spans"]],
            }
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    readme = README_TEMPLATE.format(seed=SEED, min_records=MIN_RECORDS, min_clean=MIN_CLEAN,
                                    name_lo=NAME_RANGE[0], name_hi=NAME_RANGE[1],
                                    counts=counts_markdown(parsed))
    with open(OUT_README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)
    print("All checks passed; wrote %s and %s." % (os.path.basename(OUT_JSONL),
                                                   os.path.basename(OUT_README)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
