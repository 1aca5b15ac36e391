#!/usr/bin/env python3
"""Build the independent evaluation set "themes_m".

Every answer below was typed by hand. No generators, templates or
substitution loops are used to create answer text.
Python 3 standard library only.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Codebook
# ---------------------------------------------------------------------------
PL = "unsafe_places"
VW = "violence_weapons"
GR = "grooming_lure"
CL = "county_lines_work"
OG = "online_targeting"
OS = "online_glamour"
FT = "fear_of_telling"
NH = "not_heard"
PO = "police"
PG = "provision_gaps"
TA = "trusted_adult"
SC = "school"
HM = "home_money"
NA = "no_answer"

THEMES = [
    {"key": PL, "label": "Unsafe places and times",
     "description": "Where and when young people feel unsafe: named places, parks, underpasses, stations, buses, "
                    "estates, stairwells, darkness, broken lights, empty streets, night-time, lack of people or CCTV. "
                    "Boundary with violence_weapons: code here when the answer is about the location, time or "
                    "environment; if it is about knives, fights, stabbings, robberies or beef themselves, use "
                    "violence_weapons (both if both are clearly present)."},
    {"key": VW, "label": "Violence, weapons and beef",
     "description": "Knives and other weapons, carrying 'for protection', stabbings, shootings, fights, being robbed "
                    "or jumped, postcode rivalry, opps and beef, fear of being hurt. Boundary with unsafe_places: "
                    "code here for the act or threat of violence itself, not for a description of a place being "
                    "dark, empty or dodgy."},
    {"key": GR, "label": "Grooming: how young people are lured in",
     "description": "The hook and the relationship before or around exploitation: gifts, food, money, lifts, phones, "
                    "free alcohol or weed, flattery, attention, older 'boyfriends/girlfriends', feeling like family, "
                    "offers of protection, engineered debt. Boundary with county_lines_work: code here for how "
                    "someone is drawn in and kept loyal; code county_lines_work for the drug running, holding, "
                    "selling and travelling itself. In-person luring only; luring that happens in messages or apps "
                    "goes to online_targeting."},
    {"key": CL, "label": "County lines and drug work",
     "description": "Young people being used to move, hold, hide or sell drugs: running, shotting, going OT or "
                    "country, trap houses and cuckooing, plugging, line phones, being sent to other towns, going "
                    "missing for drug work. Boundary with grooming_lure: this is the work and the drug activity, "
                    "not the gifts and attention that pulled someone in."},
    {"key": OG, "label": "Online targeting of individuals",
     "description": "Someone being contacted and targeted privately online: strangers adding or messaging, fake or "
                    "catfish profiles, requests for nudes, sextortion, offers of money or in-game items, private "
                    "recruitment messages, location sharing exposing someone, deepfake images of a named person. "
                    "Boundary with online_glamour: here a person is approached one-to-one; online_glamour is about "
                    "public content that makes crime or violence look normal or attractive."},
    {"key": OS, "label": "Online glamour and public content",
     "description": "Public social media content and music that glamorise or normalise crime and violence: flexing "
                    "money and designer clothes, drill videos, shared fight or stabbing clips, clout, algorithm "
                    "feeds, public 'work available' posts. Boundary with online_targeting: code here when the harm "
                    "is what everyone sees in feeds and stories, not a private approach to one young person."},
    {"key": FT, "label": "Fear of the consequences of telling",
     "description": "Reasons for not telling that are about what would happen afterwards: being labelled a snitch or "
                    "grass, retaliation against self or family, being identified, getting yourself or others in "
                    "trouble, losing friends, shame, family honour, fear of being taken into care. Boundary with "
                    "not_heard: code here when the barrier is fear of consequences; code not_heard when the barrier "
                    "is that adults will not listen, believe or act, or have mishandled it before."},
    {"key": NH, "label": "Not listened to or believed by adults",
     "description": "Adults (parents, teachers, professionals in general) not listening, dismissing, lecturing, "
                    "disbelieving, blaming the young person, breaking confidence, or doing nothing after being told; "
                    "wanting to be heard and consulted. Boundary with fear_of_telling: about how adults respond, not "
                    "about danger from peers or exploiters. Police-specific responses go to police."},
    {"key": PO, "label": "Police",
     "description": "Any view of or experience with the police: distrust, stop and search, racism, being treated as "
                    "a criminal rather than a victim, rudeness, slow or no response, absence, wanting more or "
                    "different policing, and positive experiences with particular officers or PCSOs. Boundary with "
                    "not_heard: if the adults who did not listen are police, code police."},
    {"key": PG, "label": "Gaps in services and things to do",
     "description": "Whether support and activities exist and can be reached: youth clubs closing, nothing to do, "
                    "boredom, cost of activities, jobs and apprenticeships, waiting lists (e.g. CAMHS), helpline "
                    "hours, not knowing what exists, transport to services, help ending at 18. Boundary with "
                    "trusted_adult: code here for availability, access and provision; code trusted_adult for the "
                    "quality of the relationship with the people who deliver it."},
    {"key": TA, "label": "A trusted, consistent adult",
     "description": "Wanting or valuing a particular kind of person: consistent, non-judgemental, relatable, with "
                    "lived experience, who stays, who knows you, who talks normally; frustration at changing workers; "
                    "naming a specific adult who helped. Boundary with provision_gaps: about who the person is and "
                    "how they relate, not whether a service is open or has a waiting list."},
    {"key": SC, "label": "School and college",
     "description": "School or college as a factor: exclusion, isolation, part-time timetables, PRU or managed moves, "
                    "detentions, the quality of PSHE and safety lessons and assemblies, teachers noticing or not, "
                    "school as a safe place, police in schools, college support. Boundary with not_heard: a teacher "
                    "dismissing a disclosure is coded not_heard with school as second theme."},
    {"key": HM, "label": "Home, family and money pressures",
     "description": "Home life and family circumstances: poverty and cost of living, parents working long hours, "
                    "conflict, overcrowding, being in care or temporary housing, caring duties, siblings involved, "
                    "parents not understanding, being kicked out, and home as a safe place. Boundary with "
                    "grooming_lure: the need or situation at home is coded here; the exploiter using it is "
                    "grooming_lure."},
    {"key": NA, "label": "No answer or nothing codeable",
     "description": "Don't know, nothing, no comment, skip, a single symbol, or an answer too vague to code. Use only "
                    "when no other theme applies; a short answer with any codeable meaning (for example 'feds' or "
                    "'bored') goes to the matching theme."},
]

CLOSE_PAIRS = [
    (PL, VW, "where/when it feels unsafe vs the violence and weapons themselves"),
    (GR, CL, "the lure, gifts and relationship vs the drug running and selling"),
    (OG, OS, "a private one-to-one approach online vs public content that glamorises"),
    (FT, NH, "fear of consequences of telling vs adults not listening, believing or acting"),
    (PG, TA, "whether services and activities exist and can be reached vs the quality of the person"),
]

# ---------------------------------------------------------------------------
# Answers: (text, main theme[, second theme])
# ---------------------------------------------------------------------------
ANSWERS = [
    # ---------------- unsafe_places ----------------
    ("the underpass on tillet road is grim at night no lights and u cant see whos at the other end", PL),
    ("greyfield park after like 8 i wouldnt go thru it", PL),
    ("Kelvane bus station. Always dodgy people just waiting about for no reason", PL),
    ("i feel ok on my road but the cut thru behind the shops is sketchy", PL),
    ("Walking home from college in winter when it's dark by half four. The streetlights on Mabey Lane have been broken for months and nobody fixes them.", PL),
    ("dunmore estate innit everyone knows", PL),
    ("the copse", PL),
    ("on the 42 late on theres always someone starting and the driver does nothing", PL),
    ("I avoid the seafront at Marrickby in the evenings, it gets really rowdy with drunk adults outside the arcades", PL),
    ("carparks. the multi storey by wendlow parade especially the top floor", PL),
    ("dark", PL),
    ("i feel safe at home and at school but not in between if that makes sense", PL),
    ("thornditch station footbridge, never any staff and the cameras dont even work", PL),
    ("my area is calm in the day but different story once the suns gone", PL),
    ("alleyways n the back of the flats, stairwells stink of weed and piss", PL),
    ("Honestly the town centre on a Friday night. Nobody is really in charge of it.", PL),
    ("the skate park used to be for us now its where older ones sit n clock who comes in", PL),
    ("more lighting on the canal path pls", PL),
    ("i take the long way round to avoid the rec", PL),
    ("fields behind hollisford college. proper isolated", PL),
    ("when my phone dies and im out somewhere i dont know, thats when i feel unsafe", PL),
    ("the chicken shop on brannock st is where it all happens tbh", PL),
    ("nowhere feels 100% but the high street is alright cos theres people about", PL),
    ("park benches at nite", PL),
    ("Saltings retail park after the shops shut. Cars doing doughnuts, people sat in cars with music blaring, no one to help if something happened.", PL),
    ("trains. specially the last one back from the city", PL),
    ("Me and my friends always go as a group if we have to pass the garages on Orchard Rise", PL),
    ("my block the lift is broke n the stairs are rough", PL),
    ("cctv round here is fake half of it", PL),
    ("kelvane is a ghost town after 6 everything shuts", PL),
    ("the bridge by the old mill, lads sit on the wall and u have to walk right past them", PL),
    ("i get anxious at bus stops at night specially the one opposite the offy", PL),
    ("woods, fields, anywhere with no houses looking onto it", PL),
    ("honestly i used to love where i live but the last couple years its changed, the play park is full of needles and broken bottles, the canal path has no lights so u have to use ur phone torch, and half the shops on the parade are boarded up so theres no one about to see if something happens. my mum makes me share my location every time i go out and i dont even blame her", PL),
    ("the alley by the garages is where ppl get jumped so i go round the long way", PL, VW),
    ("greyfield park is where the older lot come to find youngers, everyone knows to stay out", PL, GR),
    ("kelvane bus station is basically the pick up point for kids going up and down the line", PL, CL),
    ("the rec is pitch black and the police never drive round there", PL, PO),

    # ---------------- violence_weapons ----------------
    ("loads of man carry a shank now just incase", VW),
    ("my cousin got stabbed last year outside the kebab shop and nobody talks about it", VW),
    ("its the opps innit u cant go certain ends cos of who u know", VW),
    ("Fights get set up after school and someone always gets jumped", VW),
    ("people get robbed for their phones and trainers, happened to me twice", VW),
    ("boys carry blades to feel protected but thats exactly what gets them killed", VW),
    ("There's a postcode thing between Dunmore and the Wendlow lot, you can get moved to just for being from the wrong side", VW),
    ("violence", VW),
    ("i got punched for nothing walking home. they didnt even take anything", VW),
    ("my mate keeps a machete under his bed and says its for protection. it scares me", VW),
    ("ppl get slapped up for looking at someone wrong", VW),
    ("Knife crime is the biggest thing, full stop.", VW),
    ("everyones on edge cos of whats happened this year, 2 boys gone", VW),
    ("if ur known to have a ting ppl leave u alone", VW),
    ("girls hold the nank for their man cos they get searched less", VW),
    ("wallahi its mad out here ppl getting poked over nothing", VW),
    ("my little brother is 13 and already talking about needing something to protect himself", VW),
    ("getting jacked for your bike is normal round here", VW),
    ("scared of getting bottled outside the pubs when i walk past", VW),
    ("man dem ride out on bikes with balaclavas on", VW),
    ("no one wants to be the one who didnt carry if something kicks off", VW),
    ("my mum checks my bag for knives lol", VW),
    ("gang violence", VW),
    ("getting shanked is a real fear for me not a joke", VW),
    ("Too many funerals for people under 20.", VW),
    ("the amount of blood ive seen at 16 is not normal", VW),
    ("ppl settle things with weapons now not fists", VW),
    ("you hear about someone getting cut every other week", VW),
    ("theres a war between two groups and the younger kids get caught in the middle of it", VW),
    ("its all connected bro someone disses someone in a track, then theres a video, then someone gets caught lacking at the bus stop and its on everyones phone by tea time, then everyone has to pick a side. u cant stay neutral even if u want to. my boy didnt even do nothing and he got slashed on his arm cos he was stood with the wrong people", VW, OS),
    ("There was a shooting near the Saltings in the summer and it still feels weird going there", VW, PL),
    ("my mum cries every time she hears sirens cos of my brother", VW, HM),
    ("beef that starts on snap ends up in real life, a comment turns into a fight", VW, OS),

    # ---------------- grooming_lure ----------------
    ("they buy u food and trainers then say u owe them", GR),
    ("Older boys with cars pick up younger ones and act like big brothers. It starts off as them being nice.", GR),
    ("free weed at first", GR),
    ("my friend had an older bf, he was 22 she was 14, he gave her a phone and then she started going missing", GR),
    ("its the attention innit. someone rates u for once", GR),
    ("I've seen it, they target kids who look lonely or are always out late on their own", GR),
    ("chicken n chips, new creps, twenty quid for a small favour", GR),
    ("love bombing", GR),
    ("They'll give you a lift home, then another one, then one day the lift isn't free", GR),
    ("u think ur just chilling with older ppl at a house party but its all planned", GR),
    ("alcohol and vapes handed out to 13 year olds, theres always a catch", GR),
    ("man said hes my link but hes using me", GR),
    ("they pick the ones with nothing so a pair of trainers is a big deal", GR),
    ("protection. they say no one will touch u if ur rolling with them", GR),
    ("Girls get given 'boyfriends' who are really recruiters", GR),
    ("first its like u can chill at the flat, play games all night, no parents. feels like freedom", GR),
    ("owing someone is how it begins, even 50 quid", GR),
    ("sweet talk", GR),
    ("they flatter u and make u feel grown", GR),
    ("a man at the shops kept offering me and my mate cigs and asking where we live", GR),
    ("it doesn't look like exploitation at the start, it looks like friendship", GR),
    ("being made to feel special", GR),
    ("my cousin thought the guy was her boyfriend, everyone else could see what he was", GR),
    ("they dont force u at first they make u want to", GR),
    ("cash in hand, no questions asked. sounds good when ur 15", GR),
    ("my mate said this guy was 'looking out for her', he was 30", GR),
    ("when someone older hands u a phone thats the first red flag", GR),
    ("someone showing interest in u when nobody else does is powerful, thats what they use", GR),
    ("invites to parties with older girls and free drinks", GR),
    ("they wait til ur at a low point then swoop in", GR),
    ("ppl get set up, robbed of the stuff on purpose so now theyre in debt and have to work it off", GR, CL),
    ("they make u feel like family when ur own family dont care", GR, HM),
    ("ppl get hooked with money when their family is struggling to pay for stuff", GR, HM),

    # ---------------- county_lines_work ----------------
    ("kids from the city get sent down to marrickby to shot out of some flat", CL),
    ("going OT for weeks and coming back a different person", CL),
    ("cuckooing is big on the dunmore, they take over some old mans flat", CL),
    ("running food for the olders", CL),
    ("County lines is real in Thornditch, the line number gets passed down like a family business.", CL),
    ("my mate got plugged and ended up in hospital", CL),
    ("14 yr olds holding packs for man", CL),
    ("they use bikes and scooters to do the drop offs", CL),
    ("the dealers use young ones cos they know we get less time", CL),
    ("a trap house", CL),
    ("they send u on the train with a bag and say dont open it", CL),
    ("the line sends out texts like adverts 'good stuff on now'", CL),
    ("I know people who were moving drugs from Kelvane to the coast every weekend", CL),
    ("selling", CL),
    ("you see the same kids with different phones every week", CL),
    ("bando", CL),
    ("they sit in a flat for days just answering the phone and serving", CL),
    ("its not just boys, girls are used to carry cos they get stopped less", CL),
    ("shotting is the normal job for some of the boys in my year", CL),
    ("Line holders from out of town come and set up in whoever's flat is easiest", CL),
    ("they make you hide it in places i wont say where", CL),
    ("doing runs", CL),
    ("I got asked to drop a package to an address in Hollisford for £50. I didn't do it.", CL),
    ("most people round here buy off kids now not adults", CL),
    ("weed yes, harder stuff too, the youngers sell it all", CL),
    ("nitties knocking on the door at all hours", CL),
    ("a quarter of my year knows someone whos gone country", CL),
    ("burner phones", CL),
    ("kids in my year doing runs straight after school still in their uniform and the teachers must see it", CL, SC),
    ("ppl get jumped for the stash and then the olders blame the kid and he has to pay it back", CL, VW),
    ("missing from home for days, then turns up in another county with cash", CL, HM),

    # ---------------- online_targeting ----------------
    ("random men add u on snap and say ur mature for ur age", OG),
    ("sextortion. my friend sent a pic and the guy said hed send it to everyone unless she paid", OG),
    ("fake accounts pretending to be 15 when theyre like 40", OG),
    ("on games ppl offer u skins or gift cards to do stuff", OG),
    ("someone asked me for pics when i was 12 on an app", OG),
    ("they message u on insta 'ur so pretty' 'wanna link'", OG),
    ("Boys get catfished and then blackmailed too, it's not only girls.", OG),
    ("adults in discord servers being way too friendly with kids", OG),
    ("strangers in my dms", OG),
    ("i got sent stuff i didnt ask for", OG),
    ("they start with compliments, then ask for your address, then ask you to meet", OG),
    ("nudes", OG),
    ("snap map means anyone can see where you are", OG),
    ("a man on a live stream was sending gifts to young girls to get them to do stuff", OG),
    ("ppl pretend to be modelling scouts", OG),
    ("my little sis got a friend request from someone with no mutuals asking her age", OG),
    ("creeps", OG),
    ("once its out there u cant get it back, and they know that", OG),
    ("being added to group chats with people i dont know who share disgusting stuff", OG),
    ("AI fake pics of girls in my year going round", OG),
    ("older gamers asking to move to a private chat", OG),
    ("anyone can be anyone online", OG),
    ("got asked to send a video for £100", OG),
    ("the 'wanna earn quick cash' messages from accounts with no face", OG),
    ("I report these accounts and the app says it doesn't break their rules", OG),
    ("people on roblox asking kids for their snap", OG),
    ("someone i met gaming sent me money for no reason and then wanted favours back", OG),
    ("voice notes from a man i never met saying he knows what school im at", OG),
    ("it starts on snap with someone older being nice and then they wanna meet up and buy u stuff", OG, GR),
    ("It's way easier to be groomed online because your parents don't see who you're talking to", OG, HM),
    ("i was scared to tell my mum i'd been talking to him cos id get my phone taken off me", OG, FT),

    # ---------------- online_glamour ----------------
    ("drill videos make it look cool to carry and to violate opps", OS),
    ("everyone flexing stacks on their story and u never see the other side", OS),
    ("Young kids see the lifestyle on TikTok and think it's easy money", OS),
    ("social media", OS),
    ("the music glorifies it but its just music tbh people overreact", OS),
    ("clout", OS),
    ("you get numb to it because your whole feed is full of it", OS),
    ("people acting gangster online for likes", OS),
    ("kids of 11 know every word of the tracks about shanking man", OS),
    ("they make it look like a film", OS),
    ("influencers selling the rich life, no one posts about jail", OS),
    ("Instagram shows the watches and the cars, never the debt or the hospital", OS),
    ("the algorithm keeps pushing me that stuff even when i dont look for it", OS),
    ("followers = respect in my school", OS),
    ("ppl wanna be seen as on road cos thats what gets views", OS),
    ("online its all cash emojis and knife emojis", OS),
    ("looking the part online is half of it for them", OS),
    ("I think what's posted makes younger boys want it before they even understand it", OS),
    ("fake it on the gram", OS),
    ("posting the opps location as a joke", OS),
    ("they film themselves counting money at the bus stop", OS),
    ("rappers from round here blew up and now everyone thinks thats the way out", OS),
    ("youtube", OS),
    ("my 12 yr old cousin has a balaclava pfp and hes never done nothing lol its a look", OS),
    ("Snapchat stories with 'work available, DM' and money emojis, it's literally adverts", OS, CL),
    ("videos of stabbings get shared round like its entertainment", OS, VW),
    ("theres pages that only post fights from local schools", OS, VW),
    ("ppl post designer and whips, makes u feel broke compared to them", OS, HM),

    # ---------------- fear_of_telling ----------------
    ("snitches get stitches thats just how it is", FT),
    ("if u grass everyone will know by tomorrow", FT),
    ("i wouldnt tell anyone cos theyd know it was me", FT),
    ("scared they'd come for my family", FT),
    ("being called a rat follows u forever", FT),
    ("You can't tell because then you're the one who has to move schools, not them.", FT),
    ("nah never. i would deal with it myself", FT),
    ("telling makes it worse 100%", FT),
    ("im scared of getting in trouble myself cos i did stuff too", FT),
    ("shame", FT),
    ("wallahi no one talks, its not worth it", FT),
    ("people would think i'm weak", FT),
    ("u dont know who knows who", FT),
    ("my brother is involved so if i say anything he gets in trouble", FT),
    ("Fear. Plain and simple.", FT),
    ("I'd worry about getting my friends in trouble", FT),
    ("they said they know where i live", FT),
    ("would tell no one", FT),
    ("even the anonymous lines aren't anonymous round here, people work it out", FT),
    ("grassing", FT),
    ("worried id lose my place in the friendship group", FT),
    ("i didnt want social services to take me away", FT),
    ("ppl say 'talk to someone' but they dont have to live with what happens after", FT),
    ("if my dad found out what i was into he'd go mad, that's worse than the actual thing", FT),
    ("you become a target", FT),
    ("if i told the feds id be dead", FT, PO),
    ("they got pics of me so i cant say nothing", FT, OG),
    ("in my culture you dont take family business outside, izzat matters more than anything", FT, HM),
    ("whats the point risking it when they wont do nothing anyway", FT, NH),
    ("Honestly I'd never tell anyone. My cousin told a teacher about someone who was making him hold stuff and within a week his mum's car window was put through and everyone at school was calling him a snake. Nobody protected him, he had to move to his nan's in Thornditch. So no, I'm not telling anyone anything, I'd rather just keep my head down and get out when I'm 18.", FT, NH),

    # ---------------- not_heard ----------------
    ("teachers just say ignore it", NH),
    ("I told someone once and nothing happened so what's the point", NH),
    ("they dont believe u if ur the 'naughty' one", NH),
    ("adults never listen they just lecture", NH),
    ("they act like we're making it up for attention", NH),
    ("grown ups think they know better", NH),
    ("ignored", NH),
    ("when i reported the guy online my dad said i shouldnt of been on the app in the first place", NH),
    ("they treat u like a kid when u tell them something serious", NH),
    ("they say they'll 'look into it' and then silence", NH),
    ("no one asks us, this survey is literally the first time", NH),
    ("they write everything down then nothing changes", NH),
    ("victim blaming. 'what was she wearing' type stuff", NH),
    ("i told my social worker and she went and told the person i was scared of", NH),
    ("not being taken seriously", NH),
    ("They only care once you're in trouble, not before.", NH),
    ("no one follows up", NH),
    ("when i try to explain they cut me off", NH),
    ("they decide whats best without asking me", NH),
    ("adults say 'ur too young to understand' but we're the ones living it", NH),
    ("pointless", NH),
    ("kids get labelled troublemakers when they're actually being used", NH),
    ("listen to us properly", NH),
    ("they dont hear what ur actually saying just what they want to hear", NH),
    ("brushed off", NH),
    ("i said something to a teacher and she told my whole family", NH, SC),
    ("I told the school nurse and got sent back to class", NH, SC),
    ("My mum said I was being dramatic.", NH, HM),
    ("my ammi says dont be silly beta nothing like that happens here, she doesnt want to hear it", NH, HM),

    # ---------------- police ----------------
    ("feds r useless", PO),
    ("stop and searched 4 times this year for nothing", PO),
    ("police treat us like criminals even when we're the victims", PO),
    ("they never come when u call them", PO),
    ("one officer at my school is actually alright tbh", PO),
    ("Black boys get stopped way more, it's obvious to everyone", PO),
    ("12 everywhere when u dont need them, nowhere when u do", PO),
    ("when my house got broken into they turned up 2 days later", PO),
    ("pigs", PO),
    ("police should be on foot not just driving past", PO),
    ("i dont trust them, simple", PO),
    ("a feds car rolled up and they grabbed my mate and slammed him on the bonnet", PO),
    ("they're rude, they talk to you like dirt", PO),
    ("more police at night pls", PO),
    ("the bobbies?? havent seen one in years round here", PO),
    ("They should know the difference between someone being exploited and someone choosing to do crime", PO),
    ("mi nuh trust dem boydem", PO),
    ("if u call them theyll just take ur details and leave", PO),
    ("police are part of the problem", PO),
    ("my experience with police was actually good, a PCSO helped me get home when i was lost", PO),
    ("Feds just harass the youths on the estate and ignore the real dealers in the big houses", PO),
    ("cops", PO),
    ("they laugh at u", PO),
    ("handcuffed at 13 cos i 'matched a description'", PO),
    ("reported it and they said its a civil matter", PO),
    ("they arrest the kid carrying the bag not the man sending him", PO, CL),
    ("they came to my house in front of the whole street and now everyone thinks I'm a grass", PO, FT),
    ("the feds dont come when theres a fight, they show up after when everyones gone", PO, VW),
    ("No police presence at all in Kelvane since the station shut", PO, PL),
    ("Last year my friend went missing for 4 days and when the police found her in Marrickby they treated her like she was the criminal, searched her, asked why she was 'hanging around with dealers', put her in the back of the van. She was 15 and she'd been taken there by a grown man. Nobody asked if she was ok. That's why none of us will ever call them.", PO, CL),

    # ---------------- provision_gaps ----------------
    ("the lantern youth club shut and now theres nowhere to go", PG),
    ("nothing to do round here so ppl hang about and get into stuff", PG),
    ("CAMHS waiting list is over a year", PG),
    ("idk what services there even are", PG),
    ("more youth clubs", PG),
    ("free football at night would keep loads off the road", PG),
    ("bored", PG),
    ("helplines are only open in the day which is useless", PG),
    ("my mental health referral got bounced around between 3 teams", PG),
    ("There's no youth worker in Marrickby anymore, just a poster with a phone number.", PG),
    ("need places to chill thats not outside", PG),
    ("services are all in wendlow and theres no buses from thornditch after 7", PG),
    ("apprenticeships", PG),
    ("the after school club got cut", PG),
    ("put money into stuff for teenagers not just little kids playgrounds", PG),
    ("didnt know u could self refer", PG),
    ("summer holidays are the worst, nothing on at all", PG),
    ("a music studio for young people would change everything", PG),
    ("boxing gym", PG),
    ("by the time u get help its too late", PG),
    ("there's no support for over 18s, you just fall off a cliff", PG),
    ("youth centre with proper opening hours, weekends and late", PG),
    ("phone lines with a bot or a long queue", PG),
    ("you only find out about help after something bad happens", PG),
    ("somewhere warm", PG),
    ("Everything costs money. Gym, cinema, bowling. We can't afford it so we're on the street.", PG, HM),
    ("jobs for young ppl so they dont need to go shotting", PG, CL),
    ("Counselling at college is 6 sessions and then you're on your own", PG, SC),
    ("the youth club had one decent worker then the funding ended and she left", PG, TA),
    ("What would help is honestly just having something to do. When I was 12 there was the Lantern on a Tuesday and Thursday, you could play pool, cook, go on trips, and the workers knew your name. Now there's nothing, the building is shut with a sign on it, and the only place to go is the park or someone's car. Then people act surprised kids end up in stuff. Give us somewhere and we'll use it.", PG, TA),

    # ---------------- trusted_adult ----------------
    ("someone whos been thru it themselves", TA),
    ("I've had 6 social workers in 3 years. Why would I open up to any of them?", TA),
    ("my youth worker dez is the only adult i trust", TA),
    ("someone who doesnt judge", TA),
    ("having one person who actually knows u", TA),
    ("a mentor", TA),
    ("they need to talk to us normal not like a textbook", TA),
    ("someone who sticks around", TA),
    ("if they dress like a teacher and talk like a teacher ur not getting anything out of me lol", TA),
    ("Relatable people. Not someone reading off a leaflet.", TA),
    ("people from our area who made it out, they'd get listened to", TA),
    ("trust takes time and they dont give it time", TA),
    ("my football coach was the one who noticed something was up", TA),
    ("someone i can message at 2am when its real", TA),
    ("workers who dont leave after 6 months", TA),
    ("someone older like a big sister but safe", TA),
    ("being treated like a person not a case file", TA),
    ("consistency", TA),
    ("someone who keeps it real even when its not what u wanna hear", TA),
    ("adults that are young enough to get it", TA),
    ("if i can have a laugh with them i can talk to them", TA),
    ("people who show up when they say they will", TA),
    ("one person, not a team of twenty", TA),
    ("someone to talk to", TA),
    ("walaal i just need someone who gets it fr", TA),
    ("my nan. she listens", TA, HM),
    ("ms okafor my old form tutor she actually cared", TA, SC),
    ("social workers change so much u have to tell ur story again and again and they still dont get it", TA, NH),
    ("a worker who speaks our language, my mum cant talk to them in english so she just nods", TA, HM),

    # ---------------- school ----------------
    ("getting excluded is the fastest way into it, ur home all day with nothing to do", SC),
    ("PSHE is a joke, they show a video from like 2010", SC),
    ("school did an assembly on county lines and everyone laughed through it", SC),
    ("teachers notice when ur late or in new trainers but they just give u a detention", SC),
    ("school is actually the safest place for me", SC),
    ("teach us about it younger, by year 9 its too late", SC),
    ("my school only cares about results", SC),
    ("lessons about online safety are cringe and outdated", SC),
    ("the head calls us thugs in assemblies", SC),
    ("exclusions", SC),
    ("school counsellor was good but only in on tuesdays", SC),
    ("teachers gossip in the staff room", SC),
    ("They kick the troubled kids out and then act shocked when they end up on road.", SC),
    ("school gates after hometime is when it all kicks off", SC),
    ("part time timetable meant i was out from 12 every day", SC),
    ("I wish school treated us like young adults, not prisoners", SC),
    ("detentions dont fix anything", SC),
    ("homework club was the only reason i wasnt out", SC),
    ("skool", SC),
    ("if ur not academic they give up on u", SC),
    ("our college is good, tutors check in every week", SC),
    ("thornditch academy has mad strict rules about uniform but nothing about this stuff", SC),
    ("at the PRU half the kids are already involved", SC, CL),
    ("they sent me to isolation for 3 days, thats when i started going out with the older lot", SC, GR),
    ("Managed move to another school across town meant I had to walk through a different area every day", SC, PL),
    ("the police officer in our school makes it feel like a prison", SC, PO),
    ("more real talk in lessons, bring in people whove actually lived it", SC, TA),
    ("I got permanently excluded from Thornditch Academy in Year 10 and went to Fenwood. Nobody explained anything, one day I was there the next day I wasn't. At Fenwood you finish at half 1 and there were older boys waiting outside every day in cars. The staff knew, everyone knew. If I'd stayed in mainstream I honestly don't think I'd have got into half of what I got into.", SC, CL),

    # ---------------- home_money ----------------
    ("my mum works 2 jobs so shes never home", HM),
    ("ppl do it cos their family is skint", HM),
    ("home isnt safe for everyone", HM),
    ("when ur parents are arguing all the time u stay out as long as u can", HM),
    ("in care you get moved so much no one keeps track of you", HM),
    ("my dad drinks", HM),
    ("six of us in a 2 bed flat, you go out just to breathe", HM),
    ("bills, food, rent. if u can help ur mum out u will", HM),
    ("hooyo doesnt know any of this goes on, she thinks im at the library", HM),
    ("got kicked out at 17 and sofa surfed", HM),
    ("free school meals dont cover the holidays", HM),
    ("family", HM),
    ("cost of living is mad, my mum skips meals so we can eat", HM),
    ("mama zawsze w pracy, nikt nie pyta gdzie jestem", HM),
    ("parents should be told more about the signs", HM),
    ("its not that parents dont care they just dont know whats going on", HM),
    ("Home is fine. Calm, strict but fair.", HM),
    ("no money no food no heating, what do u expect", HM),
    ("my step dad and me clash so i stay at mates", HM),
    ("ammi abbu work in the shop till late, bhai looks after us but hes only 16", HM),
    ("when my mum got ill i had to look after my sisters", HM),
    ("living in temp accommodation miles from everyone i know", HM),
    ("nobody at home to notice", HM),
    ("im a young mum myself and scared for my son growing up here", HM),
    ("a minha mãe trabalha a noite toda, i'm basically on my own", HM),
    ("being poor makes u a target", HM, GR),
    ("parents dont understand phones or apps so they cant protect u", HM, OG),
    ("my older brother is on road so the younger ones see it as normal", HM, CL),
    ("My dad left when I was 9 and my mum does nights at the care home so from about 11 I was basically raising myself. There's no food in the house half the time and the electric goes off. When an older boy offers you £100 to hold something for a week, that's the gas for a month. I'm not saying it's right but people need to understand why.", HM, GR),

    # ---------------- no_answer ----------------
    ("idk", NA),
    ("dunno", NA),
    ("nothing really", NA),
    ("no", NA),
    ("n/a", NA),
    ("not sure tbh", NA),
    ("nah", NA),
    ("cant think of anything", NA),
    ("pass", NA),
    ("idc", NA),
    ("no comment", NA),
    ("?", NA),
    ("...", NA),
    ("don't know mate", NA),
    ("nothing", NA),
    ("not rly", NA),
    ("no idea", NA),
    ("hmm idk", NA),
    ("skip", NA),
    ("im good thanks", NA),
    ("same as what i said before", NA),
    ("nope", NA),
    ("meh", NA),
    ("dont wanna say", NA),
    ("nie wiem", NA),
    ("não sei", NA),
    ("-", NA),
    ("idk tbh", NA),
    ("no thx", NA),
    ("nothing to add", NA),
]

# Second batch, also typed by hand.
ANSWERS += [
    # unsafe_places
    ("the path thru the cemetery is a no go once its dusk", PL),
    ("hollisford precinct, everything closes at 5 and its just shutters and echoes", PL),
    ("the top deck of the night bus", PL),
    ("lowkey the back roads near the industrial units, no houses no one around", PL),
    # violence_weapons
    ("someone pulled a blade on my bro for his jacket", VW),
    ("yaar half the boys in my year think they need to be strapped to walk to the shop", VW),
    ("ambushed by a group on bikes, they took my stuff and battered me", VW),
    ("ppl bring hammers to the fights outside school now", VW, SC),
    # grooming_lure
    ("a guy in a nice car started waiting outside the chippy for my mate every day, bought her whatever she wanted", GR),
    ("they made my cousin feel like the main character, then it flipped", GR),
    ("habibi they give u a bit of respect and a bit of money and ur theirs", GR),
    ("older ones letting youngers hang with them so they feel part of something", GR),
    ("they found out my mate was in care and that's who they went for", GR, HM),
    # county_lines_work
    ("cuckooed flat on our landing, different kids in and out every day", CL),
    ("they got a 13 year old running bags between marrickby and wendlow on the bus", CL),
    ("serving cats on the corner", CL),
    ("one of the girls from my class went country with her bf and came back with no phone and a black eye", CL, VW),
    ("kids keep going missing and turning up in towns hours away, it's drugs", CL),
    # online_targeting
    ("someone screenshotted my story and started messaging me saying they know my area", OG),
    ("men offering to pay ur phone bill if u send them stuff", OG),
    ("a lad in a gaming lobby kept asking if my parents were home", OG),
    ("they make new accounts as soon as u block them", OG),
    ("fake girl accounts messaging boys then blackmailing them for money, happened to 2 in my year", OG),
    # online_glamour
    ("everyone wants to be a wannabe trapper cos of what they watch", OS),
    ("tiktoks of people in balis posing with money get millions of views", OS),
    ("its normalised, u scroll past a stabbing then a dance then a stabbing", OS),
    ("jewellery and designer all over my explore page, no one shows the prison visits", OS),
    # fear_of_telling
    ("ppl who speak up end up having to move away", FT),
    ("my mum would be so disappointed that i'd rather just not", FT, HM),
    ("sharam. everyone in the mosque would know", FT),
    ("u tell one person and its everywhere and then u gotta watch ur back", FT),
    # not_heard
    ("i tried telling my head of year and she said 'are you sure you didnt encourage it'", NH, SC),
    ("they nod along then carry on like u never said nothing", NH),
    ("feels like talking to a wall", NH),
    ("they only listen to the parents not the actual kid", NH),
    # police
    ("the old bill only turn up to move us on, not to help", PO),
    ("police took 6 hours to come when my sister went missing", PO, HM),
    ("i got stopped in my school uniform walking to the bus, proper embarrassing", PO),
    ("boydem are on our estate every day hassling the same boys", PO),
    ("i want police that actually know our names and arent scary", PO, TA),
    # provision_gaps
    ("there used to be a bus to the leisure centre now there isnt", PG),
    ("ive been on the waiting list for counselling since year 9", PG),
    ("drop ins where u dont need an appointment", PG),
    ("paid work experience for 14 and 15 year olds so we have our own money", PG),
    ("nowhere to go when its raining except the chicken shop", PG),
    # trusted_adult
    ("the lady at the food bank knows everyone and she was the one i told", TA),
    ("workers who admit they dont know everything", TA),
    ("my mentor from the boxing club, he was in it before and got out, thats why i listened to him", TA),
    ("someone on my side not on the side of the system", TA),
    # school
    ("our school brought in a guy who did time and it was the only assembly anyone listened to", SC),
    ("teachers never ask why ur actually late", SC),
    ("school should text home less and ask us more", SC, NH),
    ("college kicked me off the course for attendance when i was going through it at home", SC, HM),
    # home_money
    ("nu știu what to say, my parents don't speak english and i translate everything for them, even the letters about me", HM),
    ("my dads in prison so my mum does everything", HM),
    ("its quiet at home, too quiet, nobody talks", HM),
    ("being a young carer means no one checks on u", HM),
    ("mum's boyfriend is the problem not the streets", HM),
    # no_answer
    ("inshallah it gets better idk", NA),
    ("no thats it", NA),
    ("whatever", NA),
    # more answers touching two themes
    ("theres literally nothing for us to do so we just sit on our phones all night and thats where the creeps find u", OG, PG),
    ("if there was a youth club open late the olders wouldnt have anywhere to pick kids up from", PG, GR),
    ("i'd ring a helpline but i dont want it traced back to me", FT, PG),
    ("music videos get filmed in greyfield park and now kids go there to be seen", OS, PL),
    ("boys flexing racks online is how the olders advertise the job without saying it", OS, GR),
    ("ppl put where they are on their story and thats how the wrong people find u", OG, VW),
    ("the detached youth workers who used to walk round the estate at night were the only adults we spoke to, they cut them", PG, TA),
    ("my social worker changed again and the new one has a 3 month wait to even meet me", TA, PG),
    ("i dont tell teachers cos they have to pass it on and then its out of my hands", FT, SC),
    ("my mum rang the police when i was being followed and they told her to keep me in", PO, HM),
    ("no bus home from college after 7 so i walk through the park in the dark", PL, PG),
    ("the gym is 30 quid a month, my mum cant do that, so the streets are free", PG, HM),
]

# ---------------------------------------------------------------------------
# Setting and questions (for README)
# ---------------------------------------------------------------------------
SETTING = (
    "The Wendlow and Marrickby Safeguarding Partnership (invented) covers five invented towns: Wendlow (the "
    "county town, with the Wendlow Parade shopping centre and the Dunmore estate), Marrickby (a seaside town "
    "with a seafront of arcades), Thornditch (a rail town with Thornditch Academy and a station footbridge), "
    "Kelvane (a small market town whose bus station and police station matter in answers) and Hollisford "
    "(home of Hollisford College and a precinct). Other invented places: Greyfield Park, the Copse, the Tillet "
    "Road underpass, Mabey Lane, Orchard Rise garages, Brannock Street, Saltings retail park, the Lantern youth "
    "club (now closed) and the Fenwood Learning Centre (a pupil referral unit). In autumn 2026 the partnership "
    "ran the consultation 'Say It Straight' on paper and online through schools, the college, the PRU, youth "
    "groups and a care-leavers forum, for young people aged 11 to 25. All people, places and answers are invented."
)

QUESTIONS = [
    "Q1. What makes you feel safe or unsafe where you live? Are there places or times you avoid?",
    "Q2. Have you seen or heard of young people being pressured, used or exploited by older people in person? How does it start?",
    "Q3. What happens online? Are young people contacted, pressured or targeted through apps, games or social media?",
    "Q4. What do you know about county lines or young people being used to move or sell drugs?",
    "Q5. If something was wrong, who would you tell? What would stop you telling anyone?",
    "Q6. What do you think about the police in your area?",
    "Q7. What do you think about services such as youth workers, social workers, CAMHS and helplines?",
    "Q8. How does school or college help, or not help, to keep young people safe?",
    "Q9. How do home and family life affect whether young people are safe?",
    "Q10. What would help keep young people safe from exploitation?",
    "Q11. Is there anything else you want to tell the partnership?",
]


def norm(text):
    return " ".join(text.lower().split())


def main():
    errors = []
    keys = [t["key"] for t in THEMES]
    keyset = set(keys)
    if len(keyset) != len(keys):
        errors.append("duplicate theme keys")
    if not 12 <= len(THEMES) <= 14:
        errors.append("codebook must have 12-14 themes, has %d" % len(THEMES))

    seen = {}
    for i, item in enumerate(ANSWERS):
        text = item[0]
        themes = list(item[1:])
        if not text.strip():
            errors.append("empty answer at %d" % i)
        if not 1 <= len(themes) <= 2:
            errors.append("answer %d has %d themes" % (i, len(themes)))
        if len(set(themes)) != len(themes):
            errors.append("answer %d repeats a theme" % i)
        for k in themes:
            if k not in keyset:
                errors.append("invalid theme key %r at %d" % (k, i))
        n = norm(text)
        if n in seen:
            errors.append("duplicate answer: %r (entries %d and %d)" % (text, seen[n], i))
        seen[n] = i

    total = len(ANSWERS)
    if total < 450:
        errors.append("only %d answers (need at least 450)" % total)
    any_count = Counter()
    main_count = Counter()
    for item in ANSWERS:
        main_count[item[1]] += 1
        for k in item[1:]:
            any_count[k] += 1
    for k in keys:
        if any_count[k] < 25:
            errors.append("theme %s has only %d answers" % (k, any_count[k]))
    two = sum(1 for item in ANSWERS if len(item) == 3)
    share = two / total if total else 0
    if not 0.10 <= share <= 0.20:
        errors.append("two-theme share %.3f outside 10%%-20%%" % share)

    if errors:
        print("CHECKS FAILED, nothing written:")
        for e in errors:
            print("  -", e)
        sys.exit(1)

    rows = [{"text": item[0], "themes": list(item[1:])} for item in ANSWERS]
    random.Random(20261206).shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        out.append({"id": "m%04d" % n, "text": r["text"], "themes": r["themes"]})

    with open(os.path.join(HERE, "set_m.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "themes.json"), "w", encoding="utf-8") as f:
        json.dump(THEMES, f, ensure_ascii=False, indent=2)
        f.write("\n")

    md = []
    md.append("# Evaluation set M: theme suggestion and assisted coding of young people's consultation answers")
    md.append("")
    md.append("- **Author:** an independent helper that saw nothing but this folder (`/work/sets/themes_m/`); "
              "written from general knowledge only, with no searches, repositories or other project files.")
    md.append("- **Date:** 2026-12-06")
    md.append("- **Files:** `build.py` (hand-typed answers, checks, build), `set_m.jsonl` (answers), "
              "`themes.json` (codebook), this README.")
    md.append("- **Rebuild:** `python3 build.py` (standard library only; shuffle seed 20261206; writes nothing if a check fails).")
    md.append("")
    md.append("## Setting")
    md.append("")
    md.append(SETTING)
    md.append("")
    md.append("## Consultation questions")
    md.append("")
    for q in QUESTIONS:
        md.append("- " + q)
    md.append("")
    md.append("Answers are pooled across questions (the question is not stored), as a coder would see them "
              "in a combined free-text export. Answers are in young people's own voice: text-speak, UK slang, "
              "misspellings, one-word and 'idk' answers, long rants, and some mixing of English with words "
              "from Polish, Urdu/Punjabi, Somali, Arabic, Portuguese, Romanian and Jamaican Patois.")
    md.append("")
    md.append("## Codebook")
    md.append("")
    md.append("| key | label | description (including boundary) |")
    md.append("|---|---|---|")
    for t in THEMES:
        md.append("| `%s` | %s | %s |" % (t["key"], t["label"], t["description"].replace("|", "/")))
    md.append("")
    md.append("## Deliberately close pairs")
    md.append("")
    for a, b, why in CLOSE_PAIRS:
        md.append("- `%s` vs `%s`: %s" % (a, b, why))
    md.append("")
    md.append("Other boundaries to watch: `police` vs `not_heard` (police-specific responses go to `police`), "
              "`school` vs `not_heard` (a teacher dismissing a disclosure is `not_heard` + `school`), "
              "`home_money` vs `grooming_lure` (the need vs the exploiter using it).")
    md.append("")
    md.append("## Counts")
    md.append("")
    md.append("- Answers: **%d**" % total)
    md.append("- Answers with two themes: **%d** (%.1f%%); the rest have one theme." % (two, 100 * share))
    md.append("")
    md.append("| theme | as main theme | as second theme | total answers touching it |")
    md.append("|---|---|---|---|")
    for k in keys:
        md.append("| `%s` | %d | %d | %d |" % (k, main_count[k], any_count[k] - main_count[k], any_count[k]))
    md.append("")
    md.append("## Format")
    md.append("")
    md.append("`set_m.jsonl`: one JSON object per line, `{\"id\": \"m0001\", \"text\": ..., \"themes\": [main, second?]}`, "
              "UTF-8 with non-ASCII characters kept. `themes.json`: list of `{\"key\", \"label\", \"description\"}`.")
    md.append("")
    md.append("## Notes for use")
    md.append("")
    md.append("- Within a theme the wording deliberately varies, so grouping must be by meaning, not shared words.")
    md.append("- `no_answer` is for answers with nothing codeable; it never co-occurs with another theme.")
    md.append("- All names, places and answers are invented; no real people are described.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")

    print("OK: %d answers, %d with two themes (%.1f%%)" % (total, two, 100 * share))
    for k in keys:
        print("  %-18s main %3d  any %3d" % (k, main_count[k], any_count[k]))


if __name__ == "__main__":
    main()
