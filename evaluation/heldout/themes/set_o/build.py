#!/usr/bin/env python3
"""Build evaluation set O: hand-written young people's free-text answers with theme codes.

Every answer below was typed by hand. Each entry is (text, primary_key) or
(text, primary_key, secondary_key). Nothing is generated or templated.
Run:  python3 build.py
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

THEMES = [
    {
        "key": "unsafe_places",
        "label": "Unsafe places and times",
        "description": (
            "Specific locations, times or physical conditions that make young people feel unsafe: "
            "dark streets and broken lighting, parks, underpasses, alleys, stations and bus stops, "
            "town centre at night, stairwells, car parks, woods and canal paths, travelling home alone. "
            "Code here when the answer is mainly about WHERE or WHEN, not who is doing harm or why."
        ),
    },
    {
        "key": "online_risks",
        "label": "Online contact and social media risks",
        "description": (
            "Risks that come through phones, apps, games and social media: strangers adding or messaging, "
            "fake accounts and catfishing, requests for or leaking of images, sextortion, location sharing "
            "(e.g. live maps), group chats, online threats and fight videos, scams. Code here when the online "
            "channel is the point of the answer. If an older person is building a relationship to control "
            "the young person and the app is incidental, code grooming_manipulation first."
        ),
    },
    {
        "key": "criminal_exploitation",
        "label": "Gangs, violence and criminal exploitation",
        "description": (
            "Being pressured, recruited or used by gangs, dealers or older peers for crime: county lines, "
            "'going country'/OT, holding or moving drugs or weapons, cuckooing, debt bondage, promises of "
            "quick money or goods, postcode conflict, knife carrying, robbery and street violence. "
            "Easily confused with grooming_manipulation: code here when the aim or setting is crime, drugs, "
            "weapons or gang territory."
        ),
    },
    {
        "key": "grooming_manipulation",
        "label": "Grooming and manipulative relationships",
        "description": (
            "Older people or so-called friends who befriend, flatter, give gifts, lifts, food, alcohol, vapes "
            "or attention in order to gain control; age-gap 'boyfriend/girlfriend' relationships; isolating "
            "someone from family and friends; secrecy ('don't tell your mum'); parties with adults; sexual "
            "exploitation; only recognising it as grooming later. Code here when the manipulative relationship "
            "is the point, even if it ends in crime or happens online."
        ),
    },
    {
        "key": "trusted_people",
        "label": "Who I would tell / trusted people",
        "description": (
            "Answers that name a person or role the young person would turn to: parents, carers, "
            "grandparents, siblings, cousins, partners, friends, a particular teacher, coach, youth worker, "
            "school nurse or social worker. Code here when a person or relationship is identified. Not for "
            "requests for more services (support_services)."
        ),
    },
    {
        "key": "fear_of_telling",
        "label": "Barriers to telling: snitching, repercussions and loss of control",
        "description": (
            "Reasons for not telling anyone: being labelled a snitch/grass, fear of retaliation against self "
            "or family, information being passed on without consent, losing control of what happens, getting "
            "into trouble themselves, shame or embarrassment, family or community expectations of silence, "
            "losing their phone. Easily confused with police_relations: code here when the main point is what "
            "stops them telling anyone; code police_relations when it is about how police behave."
        ),
    },
    {
        "key": "police_relations",
        "label": "Views and experiences of the police",
        "description": (
            "Experiences of and attitudes to police: distrust, stop and search, feeling targeted or "
            "harassed, slow or no response, reports not followed up, aggression, perceived racism or "
            "corruption; also positive views and wishes for visible, approachable officers. Includes slang "
            "names for police used on their own (feds, 12, old bill, polis, peelers, bizzies)."
        ),
    },
    {
        "key": "not_listened_to",
        "label": "Not listened to or not believed",
        "description": (
            "Adults not listening, not believing, brushing concerns off ('kids being kids', 'just a phase'), "
            "interrupting, promising action that never comes, consulting without change, and making "
            "decisions about young people without them. Easily confused with judged_stereotyped: code here when "
            "the failure is in hearing or acting on what was said; code judged_stereotyped when the adult has "
            "formed a negative view of the young person."
        ),
    },
    {
        "key": "judged_stereotyped",
        "label": "Judged, stereotyped or blamed",
        "description": (
            "Being seen as trouble because of age, clothes, area, race, gender, care status or friendship "
            "group; victim blaming ('you put yourself in that situation'); being treated as an offender rather "
            "than someone being exploited; labels in records; being followed or moved on because of how they look."
        ),
    },
    {
        "key": "activities_spaces",
        "label": "Things to do and safe places to go",
        "description": (
            "Calls for youth clubs, free or cheap activities, sport, music, trips, and warm, safe, lit places "
            "to spend time without being moved on; later and weekend opening; regret at closures; boredom "
            "as a driver of risk. Easily confused with support_services: code here when the ask is for "
            "activity or space rather than for someone to talk to."
        ),
    },
    {
        "key": "support_services",
        "label": "Someone to talk to: support and mental health services",
        "description": (
            "Asks for, or experiences of, support: youth workers, detached/street workers, mentors and peers "
            "with lived experience, counsellors, CAMHS and waiting lists, text or chat helplines, drop-ins, "
            "consistent workers rather than constant changes, help after harm and help to get out. "
            "Not for simply naming who they would tell (trusted_people)."
        ),
    },
    {
        "key": "education_awareness",
        "label": "Education and awareness",
        "description": (
            "Wanting honest, realistic, earlier teaching about grooming, exploitation, consent, healthy "
            "relationships, online safety, knife crime and rights; criticism of cringe or one-off assemblies "
            "and posters; sessions led by younger people or those with lived experience; training and "
            "awareness for parents and teachers; knowing what happens if you report."
        ),
    },
    {
        "key": "money_home",
        "label": "Money, home and family pressures",
        "description": (
            "Poverty and cost of living, lack of money for food, fares or things peers have, pressure to "
            "contribute, lack of jobs; home difficulties such as arguments, parental drinking, neglect, young "
            "caring, overcrowding, being kicked out, care placements, hostels and temporary housing - factors "
            "that push young people towards risky people or away from help."
        ),
    },
    {
        "key": "unsure_nothing",
        "label": "Nothing to say / not sure",
        "description": (
            "Non-substantive answers: don't know, nothing, not applicable, skips, refusals, single "
            "punctuation, jokes with no content, and general 'I'm fine / it's fine round here' statements "
            "that give no codable reason."
        ),
    },
]

ANSWERS = [
    # ---------------- unsafe_places ----------------
    ("the park after dark", "unsafe_places"),
    ("walking home from the bus stop when its pitch black and the street lights are broke", "unsafe_places"),
    ("underpass by the big roundabout, always stinks of weed and theres lads just stood there", "unsafe_places"),
    ("train station at night", "unsafe_places"),
    ("town centre on a friday night wen everyones drunk", "unsafe_places"),
    ("the alleyway behind the shops. i take the long way round now even tho it adds like 15 mins", "unsafe_places"),
    ("ginnels wi no lights, nowt else really", "unsafe_places"),
    ("the rec when the older ones are on it", "unsafe_places"),
    ("bus stations are dead sketchy after like 8", "unsafe_places"),
    ("canal path", "unsafe_places"),
    ("when its dark in winter at like half 4 and you still gotta walk back from school", "unsafe_places"),
    ("the wee lane at the back of the scheme, pure dark and naebody about", "unsafe_places"),
    ("multi storey car park where people go to do drugs", "unsafe_places"),
    ("chicken shop at night honestly theres always beef outside", "unsafe_places"),
    ("the woods behind the estate", "unsafe_places"),
    ("being on the last bus home on my own", "unsafe_places"),
    ("outside the offy theres always men hanging about", "unsafe_places"),
    ("fields near ours, no cctv, no nothing", "unsafe_places"),
    ("places with no lights and no people like the cut through by the allotments", "unsafe_places"),
    ("the precinct its grim", "unsafe_places"),
    ("stairwells in the flats, the lift never works so u have to go up the stairs and theres always someone sat there", "unsafe_places"),
    ("skate park gets proper dodgy at night", "unsafe_places"),
    ("mcdonalds in town at like 9pm its carnage", "unsafe_places"),
    ("the sea front in summer when all the groups come down", "unsafe_places"),
    ("the bridge by the river, somebody got jumped there last year", "unsafe_places"),
    ("round the back o the station, am no goin there", "unsafe_places"),
    ("when its quiet and theres no one about and a car slows down next to u", "unsafe_places"),
    ("dark", "unsafe_places"),
    ("the shortcut thru the cemetery lol dont ask", "unsafe_places"),
    ("leisure centre car park, weird guys sitting in cars with the engine on", "unsafe_places"),
    ("coming out of college late when the lights on the path are off", "unsafe_places"),
    ("town on a saturday night is proper rough butt", "unsafe_places"),
    ("the bus station in town of a night is well dodgy bab", "unsafe_places"),
    ("gert dodgy down by the old bus depot after dark", "unsafe_places"),
    ("honestly its mostly walking back from my mates at night, theres this bit where the street lights have been out for ages and theres a gap in the fence where people come through from the field and you never know whos there so i just run it or ring my mum and stay on the phone til im in", "unsafe_places"),
    ("the park at night, lads from other ends come through and if ur not from there ur getting rushed", "unsafe_places", "criminal_exploitation"),
    ("bus shelter by ours, theres no light and the council never fixed it even tho we asked like 3 times", "unsafe_places", "not_listened_to"),
    ("town at night but theres nowhere else to go so we end up there anyway", "unsafe_places", "activities_spaces"),
    ("stations, and u see security there but they just look at us like were the problem", "unsafe_places", "judged_stereotyped"),
    ("walking home in the dark cos i cant afford the bus every day", "unsafe_places", "money_home"),

    # ---------------- online_risks ----------------
    ("snapchat", "online_risks"),
    ("ppl adding u on snap that u dont know and they have like 40 mutuals so u think its fine", "online_risks"),
    ("random men messaging me on insta asking how old i am", "online_risks"),
    ("getting added into group chats with people u dont know and theres stuff in there u shouldnt see", "online_risks"),
    ("snap map. people can see exactly where u are", "online_risks"),
    ("fake accounts pretending to be a girl your age", "online_risks"),
    ("when someone asks for pics and then says theyll send them to everyone if u dont send more", "online_risks"),
    ("gaming, grown men on mic chatting to year 6s", "online_risks"),
    ("tiktok lives where people just say weird stuff to u", "online_risks"),
    ("nudes getting leaked round school", "online_risks"),
    ("its all online now innit, nobody needs to come find u in person they just slide in ur dms", "online_risks"),
    ("discord servers", "online_risks"),
    ("ppl screenshotting stuff and using it against u", "online_risks"),
    ("i got sent a video of a fight from our school it was everywhere by dinner", "online_risks"),
    ("them video chat sites where u get put with random strangers", "online_risks"),
    ("being threatened on whatsapp", "online_risks"),
    ("people posting where ur going on their story so everyone knows where u are", "online_risks"),
    ("exposing pages", "online_risks"),
    ("my little sister is 11 and she has like 800 followers she doesnt know", "online_risks"),
    ("wen u get a request frm some1 wiv no pfp", "online_risks"),
    ("you cant get away from it because its on your phone 24/7, even in ur bed", "online_risks"),
    ("ai pics of people that look real", "online_risks"),
    ("roblox honestly theres some weird grown men on there", "online_risks"),
    ("people lying about their age online", "online_risks"),
    ("the internet", "online_risks"),
    ("my phone", "online_risks"),
    ("catfish", "online_risks"),
    ("wen ur mates share ur location with randoms without asking", "online_risks"),
    ("its peak when u get added by randoms from other ends", "online_risks"),
    ("someone made a fake account of me and started messaging lads pretending to be me", "online_risks"),
    ("scam messages saying u can make 500 a week just dm us, my mate did it and now his bank is frozen", "online_risks", "criminal_exploitation"),
    ("drill vids online where they diss other ends then it kicks off irl", "online_risks", "criminal_exploitation"),
    ("group chat where they were planning to jump someone and i didnt kno what to do or if i shud say", "online_risks", "fear_of_telling"),
    ("people sending pics round that they said were me and school just said dont have your phone then", "online_risks", "judged_stereotyped"),
    ("snap, and if u tell ur parents they just take ur phone off u so u dont say owt", "online_risks", "fear_of_telling"),

    # ---------------- criminal_exploitation ----------------
    ("gangs", "criminal_exploitation"),
    ("county lines", "criminal_exploitation"),
    ("older lads asking u to hold stuff for them", "criminal_exploitation"),
    ("getting sent OT", "criminal_exploitation"),
    ("the mandem from the other side", "criminal_exploitation"),
    ("people carrying knives", "criminal_exploitation"),
    ("bare yutes carrying shanks cos they think they need it for protection", "criminal_exploitation"),
    ("kids being used to move drugs to other towns cos they dont get stopped as much", "criminal_exploitation"),
    ("man said he'd give me a ps5 if i just dropped a package off for him. i know what that is", "criminal_exploitation"),
    ("they get u in debt first like they give u stuff for free then say u owe them", "criminal_exploitation"),
    ("getting robbed for ur phone by people on bikes", "criminal_exploitation"),
    ("the opps", "criminal_exploitation"),
    ("postcode beef, ur not safe if ur from the wrong area", "criminal_exploitation"),
    ("trap houses on the estate everyone knows where they are", "criminal_exploitation"),
    ("drugs", "criminal_exploitation"),
    ("people getting cuckooed, the man downstairs had lads living in his flat for weeks", "criminal_exploitation"),
    ("when u see year 7s with designer stuff u know summat aint right", "criminal_exploitation"),
    ("being told to ride out for someone", "criminal_exploitation"),
    ("stabbings", "criminal_exploitation"),
    ("they use younger ones cos they only get a slap on the wrist", "criminal_exploitation"),
    ("getting chased by lads on scooters wi balaclavas", "criminal_exploitation"),
    ("dealers waiting by the school gates at home time", "criminal_exploitation"),
    ("once ur in, ur in. u cant just leave", "criminal_exploitation"),
    ("lads from our year going missing for days then coming back wi new trainers and acting different", "criminal_exploitation"),
    ("pressure from people u thought were ur mates to go robbing", "criminal_exploitation"),
    ("being made to hide stuff on u", "criminal_exploitation"),
    ("weapons", "criminal_exploitation"),
    ("paramilitaries round here use young ones to do their dirty work so they do", "criminal_exploitation"),
    ("pressure to carry a blade, everyone says ud be stupid not to", "criminal_exploitation"),
    ("theres lads in our year who started off just doing little favours like taking a bag to someones house and getting 20 quid and now theyre never in school and their phones are going off all the time and if you ask them they say its light but its not light, one came back with his face all messed up and said he fell off his bike", "criminal_exploitation"),
    ("ma wee cousin got pulled in tae dealin at 13, they seen he wis skint an went for him", "criminal_exploitation", "money_home"),
    ("the bizzies never come round ours so the lads on bikes run everything", "criminal_exploitation", "police_relations"),
    ("older boys get u doing jobs for them and if u say no they threaten ur family so u just keep ur mouth shut", "criminal_exploitation", "fear_of_telling"),
    ("theres nothing to do round here so lads just hang about wi the older ones and thats how they get pulled in", "criminal_exploitation", "activities_spaces"),

    # ---------------- grooming_manipulation ----------------
    ("older guys with cars", "grooming_manipulation"),
    ("men in their 20s who hang about with 14 year old girls and buy them vapes", "grooming_manipulation"),
    ("when someone is really nice to u at first and gives u stuff and then expects things back", "grooming_manipulation"),
    ("my mate had a 'boyfriend' who was 24 and she was 15 and everyone just thought it was normal", "grooming_manipulation"),
    ("they make u feel special then cut u off from ur mates", "grooming_manipulation"),
    ("people who give u free weed and drink at parties", "grooming_manipulation"),
    ("being told ur mature for ur age", "grooming_manipulation"),
    ("somebodys older brothers mate always offering lifts", "grooming_manipulation"),
    ("they love bomb u", "grooming_manipulation"),
    ("grooming", "grooming_manipulation"),
    ("i didnt realise what was happening to me until i was older, at the time i thought he actually liked me", "grooming_manipulation"),
    ("they said i was their girlfriend but then made me meet their friends", "grooming_manipulation"),
    ("older women too not just men, boys get groomed as well", "grooming_manipulation"),
    ("people who pay for ur nails and lashes and that and then u feel like u have to do stuff", "grooming_manipulation"),
    ("parties at someones flat where theres adults and loads of drink and no one knows whose flat it is", "grooming_manipulation"),
    ("when someone says keep it between us, dont tell ur mum", "grooming_manipulation"),
    ("the ones who act like ur big brother and look out for u, thats how they get u", "grooming_manipulation"),
    ("men giving free food n stuff to girls from school", "grooming_manipulation"),
    ("u think its ur choice but its not really", "grooming_manipulation"),
    ("manipulation", "grooming_manipulation"),
    ("when they get u to lie to ur parents about where u are", "grooming_manipulation"),
    ("bein given a phone by someone so they can always get hold of u", "grooming_manipulation"),
    ("lad i was seeing was 19 and i was 14, at the time i was buzzin, now i look back its proper wrong", "grooming_manipulation"),
    ("they find u when ur low like after a breakup or falling out wi family", "grooming_manipulation"),
    ("adults who want to be ur mate", "grooming_manipulation"),
    ("gettin invited to a house party by someone way older", "grooming_manipulation"),
    ("he was like 6 years older and at first it was just lifts and maccies and he'd tell me all my mates were childish and i was different, then he didnt like me seeing them, then it was his mates coming round, i didnt see it as anything bad til my aunty sat me down", "grooming_manipulation"),
    ("someone who always has money and always wants to spend it on you", "grooming_manipulation"),
    ("an older guy on insta kept telling me i was mature for my age and buying me stuff off my wishlist", "grooming_manipulation", "online_risks"),
    ("a man kept messaging me on snap saying hed get me a ticket to a festival if i met up with him", "grooming_manipulation", "online_risks"),
    ("they pick the ones who are lonely or have stuff going on at home", "grooming_manipulation", "money_home"),
    ("older lads getting younger girls to carry stuff for them cos they say they love them", "grooming_manipulation", "criminal_exploitation"),
    ("they make u feel like u cant tell anyone cos ud be in trouble too", "grooming_manipulation", "fear_of_telling"),

    # ---------------- trusted_people ----------------
    ("my mum", "trusted_people"),
    ("mum", "trusted_people"),
    ("my nan", "trusted_people"),
    ("my big sister she wont judge", "trusted_people"),
    ("my best mate", "trusted_people"),
    ("friends", "trusted_people"),
    ("prob my dad but only if it was serious", "trusted_people"),
    ("the lady who does breakfast club", "trusted_people"),
    ("my youth worker", "trusted_people"),
    ("my football coach, hes sound", "trusted_people"),
    ("my auntie. i can tell her stuff i cant tell my mum", "trusted_people"),
    ("me ma", "trusted_people"),
    ("my gran, shes the only one who actually gets it", "trusted_people"),
    ("my key worker at college", "trusted_people"),
    ("the school nurse", "trusted_people"),
    ("my boyfriend", "trusted_people"),
    ("id tell my cousin shes like 22 so she knows what to do", "trusted_people"),
    ("my form tutor", "trusted_people"),
    ("head of year if it was bad", "trusted_people"),
    ("a teacher i trust", "trusted_people"),
    ("my step dad tbf", "trusted_people"),
    ("our kid, hed sort it", "trusted_people"),
    ("the woman at the youth club", "trusted_people"),
    ("my mates first then maybe an adult", "trusted_people"),
    ("ma pal", "trusted_people"),
    ("my foster carer", "trusted_people"),
    ("my social worker, the new one is alright", "trusted_people"),
    ("the pastoral lady", "trusted_people"),
    ("my mum n dad", "trusted_people"),
    ("aunty, she raised me basically", "trusted_people"),
    ("my mamgu, shes tidy", "trusted_people"),
    ("me mam", "trusted_people"),
    ("whoever i trust at the time, depends who it is", "trusted_people"),
    ("my girlfriends mum, shes sound", "trusted_people"),
    ("my mum but she'd go mad and ring the school so maybe not", "trusted_people", "fear_of_telling"),
    ("my youth worker cos she actually listens unlike teachers", "trusted_people", "not_listened_to"),
    ("my nan, but i wouldnt go to the police", "trusted_people", "police_relations"),
    ("the coach at boxing, he grew up round here so he knows whats what", "trusted_people", "activities_spaces"),
    ("my mates, adults look at u like ur the problem", "trusted_people", "judged_stereotyped"),
    ("me nan, cos me mam would go mardy", "trusted_people", "fear_of_telling"),

    # ---------------- fear_of_telling ----------------
    ("snitches get stitches", "fear_of_telling"),
    ("ur a grass if u tell", "fear_of_telling"),
    ("no one wants to be labelled a snake", "fear_of_telling"),
    ("if u tell they will find out it was u", "fear_of_telling"),
    ("they say its confidential and then it isnt", "fear_of_telling"),
    ("scared theyll come after my family", "fear_of_telling"),
    ("i'd get in trouble myself for being there", "fear_of_telling"),
    ("because then social services get involved and it becomes a whole thing", "fear_of_telling"),
    ("embarrassing", "fear_of_telling"),
    ("i wouldnt tell anyone tbh", "fear_of_telling"),
    ("once u tell a teacher it goes to everyone, the head, ur parents, the police, and u lose all control of it", "fear_of_telling"),
    ("ur mum finds out u were somewhere u shouldnt have been", "fear_of_telling"),
    ("nobody tells, its just how it is round here", "fear_of_telling"),
    ("telling makes it worse every time", "fear_of_telling"),
    ("ur labelled forever if u speak up", "fear_of_telling"),
    ("scared of getting my mates in trouble", "fear_of_telling"),
    ("what if they take me into care", "fear_of_telling"),
    ("you cant be seen going in to talk to someone, everyone clocks it", "fear_of_telling"),
    ("fear", "fear_of_telling"),
    ("cos u dont know who knows who", "fear_of_telling"),
    ("i told once and had to move schools so never again", "fear_of_telling"),
    ("nae chance am tellin anybody, yer a grass", "fear_of_telling"),
    ("keep it in the family, thats what my dad says", "fear_of_telling"),
    ("i'd be too shamed, specially if it was sexual stuff", "fear_of_telling"),
    ("theyd take my phone off me", "fear_of_telling"),
    ("in our community you dont talk about this stuff, it brings shame on the family", "fear_of_telling"),
    ("my name would get out", "fear_of_telling"),
    ("if they do nothing after u tell then ur just left there exposed", "fear_of_telling"),
    ("worried it goes on my record", "fear_of_telling"),
    ("yam not gonna tell anyone are ya, not if yam got any sense", "fear_of_telling"),
    ("honestly the worst thing is not knowing what happens next, like if i say something does it go to the police, does my mum get a phone call, do the people i told on find out, nobody ever explains it so its easier to just say nothing", "fear_of_telling"),
    ("scared no one would believe me", "fear_of_telling", "not_listened_to"),
    ("cant tell the feds cos everyone will know and then ur done", "fear_of_telling", "police_relations"),
    ("i'd rather tell an anonymous line than someone who knows me", "fear_of_telling", "support_services"),
    ("if i told my mum about the money stuff she'd lose it, were already struggling", "fear_of_telling", "money_home"),
    ("theyll just say i shouldnt have been there in the first place", "fear_of_telling", "judged_stereotyped"),

    # ---------------- police_relations ----------------
    ("the feds", "police_relations"),
    ("police just stop n search us for nothing", "police_relations"),
    ("12 are worse than the gangs honestly", "police_relations"),
    ("they take like 3 hours to come if they come at all", "police_relations"),
    ("the police dont care about people like us", "police_relations"),
    ("ive been searched 6 times this year and they never found nothing", "police_relations"),
    ("police dont do nothing when u report stuff", "police_relations"),
    ("the old bill", "police_relations"),
    ("more police about would help tbh, like walking round not just driving past", "police_relations"),
    ("the polis are a joke", "police_relations"),
    ("peelers just harass young ones round here", "police_relations"),
    ("i reported someone and they said theres not enough evidence and that was it", "police_relations"),
    ("police need to stop being so aggressive", "police_relations"),
    ("the pcso round ours is alright actually he talks to us", "police_relations"),
    ("i dont trust the police", "police_relations"),
    ("po po", "police_relations"),
    ("plod", "police_relations"),
    ("coppers are rude to kids full stop", "police_relations"),
    ("5-0", "police_relations"),
    ("bizzies dont come out to our end", "police_relations"),
    ("i called 101 and was on hold for ages then gave up", "police_relations"),
    ("police should get to know us instead of just showing up when something happens", "police_relations"),
    ("feds are corrupt", "police_relations"),
    ("when u ring them they ask u loads of questions like ur the one whos done something", "police_relations"),
    ("the police took my phone as evidence and i never got it back for months", "police_relations"),
    ("if police actually did their job there wouldnt be half this stuff", "police_relations"),
    ("i used to want to be a police officer but not anymore after how they treated my family", "police_relations"),
    ("wallahi the feds dont care unless its someone rich", "police_relations"),
    ("allow the feds man", "police_relations"),
    ("theyre racist, my brother gets stopped every week and i never do", "police_relations", "judged_stereotyped"),
    ("they handcuffed my mate when he was the one who got robbed", "police_relations", "judged_stereotyped"),
    ("police turned up at my house in a marked car in front of all the neighbours", "police_relations", "fear_of_telling"),
    ("the police never came back to me, nobody told me what happened after", "police_relations", "not_listened_to"),
    ("more police in the park at night would make me feel safer", "police_relations", "unsafe_places"),

    # ---------------- not_listened_to ----------------
    ("they dont listen", "not_listened_to"),
    ("adults dont listen they just talk at u", "not_listened_to"),
    ("they think they know better", "not_listened_to"),
    ("nobody believes u", "not_listened_to"),
    ("every time we say something they say we'll look into it and nothing happens", "not_listened_to"),
    ("they ask us these surveys and then nothing changes lol", "not_listened_to"),
    ("they brush it off like its just kids being kids", "not_listened_to"),
    ("they say its just a phase", "not_listened_to"),
    ("listen to us for once", "not_listened_to"),
    ("teachers interrupt u before ur even done", "not_listened_to"),
    ("i told my teacher and she said just ignore them", "not_listened_to"),
    ("they make decisions about us without asking us", "not_listened_to"),
    ("they dont take it serious until something bad happens", "not_listened_to"),
    ("adults act like theyve been there but its different now", "not_listened_to"),
    ("they dnt listen man fr", "not_listened_to"),
    ("u tell them and they go 'are you sure thats what happened'", "not_listened_to"),
    ("they hear what they wanna hear not what u actually said", "not_listened_to"),
    ("when ur young ur opinion doesnt count", "not_listened_to"),
    ("they say their door is always open but its never open", "not_listened_to"),
    ("dismissing stuff", "not_listened_to"),
    ("they always think we are exaggerating", "not_listened_to"),
    ("talk to us not about us", "not_listened_to"),
    ("meetings about me where i wasnt even invited", "not_listened_to"),
    ("adults never listen till its too late", "not_listened_to"),
    ("they nod along but u can tell theyre not bothered", "not_listened_to"),
    ("its like talking to a brick wall", "not_listened_to"),
    ("they dinnae listen tae weans", "not_listened_to"),
    ("they need to actually believe girls when we say someone makes us uncomfortable", "not_listened_to"),
    ("its boss when they actually listen, which is never la", "not_listened_to"),
    ("I went to my head of year about someone who was messaging me and she said she'd sort it and then I heard nothing for like a month and when I asked she said oh I thought you'd sorted it between yourselves. like what. thats why nobody bothers", "not_listened_to"),
    ("i said i didnt feel safe going home and they just sent me home anyway", "not_listened_to", "money_home"),
    ("we told the council about the lights on the path and no one ever came", "not_listened_to", "unsafe_places"),
    ("they never listen and then wonder why we dont tell them stuff", "not_listened_to", "fear_of_telling"),
    ("when u finally get a counsellor they just go through a sheet and dont actually listen", "not_listened_to", "support_services"),
    ("nobody ever asks us what we actually want round here, they just build another car park", "not_listened_to", "activities_spaces"),

    # ---------------- judged_stereotyped ----------------
    ("they think all teenagers are trouble", "judged_stereotyped"),
    ("judging us cos of what we wear", "judged_stereotyped"),
    ("if ur in a tracksuit and a hood ur a criminal apparently", "judged_stereotyped"),
    ("victim blaming", "judged_stereotyped"),
    ("they said i put myself in that situation", "judged_stereotyped"),
    ("people think just cos ur from the estate ur a bad person", "judged_stereotyped"),
    ("stereotypes", "judged_stereotyped"),
    ("shop keepers only letting 2 school kids in at a time like were all thieves", "judged_stereotyped"),
    ("they treat us like criminals not kids", "judged_stereotyped"),
    ("if ur black and in a group its a 'gang' but if its white kids its just mates", "judged_stereotyped"),
    ("being judged", "judged_stereotyped"),
    ("they look down on u", "judged_stereotyped"),
    ("people assume u want to be involved", "judged_stereotyped"),
    ("they see a kid on a bike and think drug runner", "judged_stereotyped"),
    ("they assume the worst", "judged_stereotyped"),
    ("adults think we all vape and do drugs", "judged_stereotyped"),
    ("teachers had me down as a bad kid from year 7", "judged_stereotyped"),
    ("because im a boy they think i cant be a victim", "judged_stereotyped"),
    ("people think girls who get involved are easy rather than being exploited", "judged_stereotyped"),
    ("were not all the same", "judged_stereotyped"),
    ("labelling us", "judged_stereotyped"),
    ("being called a yob", "judged_stereotyped"),
    ("security following u round the shopping centre", "judged_stereotyped"),
    ("they see the area im from and thats it, made their mind up", "judged_stereotyped"),
    ("they wrote i was 'promiscuous' in my notes when i was 13", "judged_stereotyped"),
    ("them thinking were all thick", "judged_stereotyped"),
    ("treat us like adults when it suits them and like babies the rest of the time", "judged_stereotyped"),
    ("everyone acts like its a lifestyle choice, nobody chooses to be used like that, i was a kid and they talked about me like i was a dealer, in court in meetings in school, and the man who got me into it never even got spoken to", "judged_stereotyped"),
    ("my mate got caught with stuff that wasnt even his and got treated like a criminal not someone who got used", "judged_stereotyped", "criminal_exploitation"),
    ("she was 15 n everyone said she was asking for it but she was groomed", "judged_stereotyped", "grooming_manipulation"),
    ("ur a care kid so they expect u to kick off", "judged_stereotyped", "money_home"),
    ("gettin moved on fae everywhere just for standin there", "judged_stereotyped", "activities_spaces"),
    ("they dont believe u cos of who u are or where ur from", "judged_stereotyped", "not_listened_to"),

    # ---------------- activities_spaces ----------------
    ("more youth clubs", "activities_spaces"),
    ("nothing to do round here", "activities_spaces"),
    ("bring back the youth club", "activities_spaces"),
    ("free stuff to do that isnt just sitting in mcdonalds", "activities_spaces"),
    ("somewhere warm to go in winter", "activities_spaces"),
    ("more football pitches and that", "activities_spaces"),
    ("a place to chill where u dont get moved on", "activities_spaces"),
    ("youth centre open at weekends not just tuesdays", "activities_spaces"),
    ("boxing gym", "activities_spaces"),
    ("things that dont cost money", "activities_spaces"),
    ("were bored thats why people get into stuff", "activities_spaces"),
    ("more after school clubs", "activities_spaces"),
    ("a skatepark that isnt falling apart", "activities_spaces"),
    ("music studio where people can record for free", "activities_spaces"),
    ("summat for us to do instead of stood on corners", "activities_spaces"),
    ("nowt to do", "activities_spaces"),
    ("basketball courts with floodlights so u can play after dark", "activities_spaces"),
    ("more places like the youth club they shut down", "activities_spaces"),
    ("a safe space", "activities_spaces"),
    ("gaming nights", "activities_spaces"),
    ("trips and that, get kids out of the area for a bit", "activities_spaces"),
    ("dance classes that are free", "activities_spaces"),
    ("somewhere for older teens, everything is for little kids", "activities_spaces"),
    ("more clubs for girls, everything is football", "activities_spaces"),
    ("open the school gym in the holidays", "activities_spaces"),
    ("a drop in place with wifi and somewhere to charge ur phone", "activities_spaces"),
    ("theres hee haw for us tae dae", "activities_spaces"),
    ("a cafe type place just for young people", "activities_spaces"),
    ("if there was somewhere to go every night id be there every night", "activities_spaces"),
    ("howay man theres nowt to dee", "activities_spaces"),
    ("proper lush if there was a youth club again", "activities_spaces"),
    ("tidy if they opened the youth club more than once a week mun", "activities_spaces"),
    ("cheap bus passes so we can actually get to stuff", "activities_spaces", "money_home"),
    ("a youth club with workers there u can talk to if u need it", "activities_spaces", "support_services"),
    ("proper lit places to hang about so were not in the dark park", "activities_spaces", "unsafe_places"),
    ("clubs where u can just turn up and not get judged for how u look", "activities_spaces", "judged_stereotyped"),
    ("sports clubs that keep lads busy and away from the older ones on the corner", "activities_spaces", "criminal_exploitation"),

    # ---------------- support_services ----------------
    ("someone to talk to", "support_services"),
    ("more youth workers", "support_services"),
    ("camhs waiting list is like 2 years", "support_services"),
    ("counselling that's not a waiting list", "support_services"),
    ("mental health support", "support_services"),
    ("people who have been through it themselves", "support_services"),
    ("the same worker, not a new one every 3 months", "support_services"),
    ("a helpline u can text not ring", "support_services"),
    ("drop in where u dont need an appointment", "support_services"),
    ("therapy", "support_services"),
    ("a mentor", "support_services"),
    ("someone whos not a teacher or a parent", "support_services"),
    ("online chat with a counsellor at night when its worst", "support_services"),
    ("support for parents too", "support_services"),
    ("ive had 5 social workers in 2 years, you cant trust someone new every time", "support_services"),
    ("more people in schools to talk to like wellbeing staff", "support_services"),
    ("u shouldnt have to be at crisis point to get help", "support_services"),
    ("youth workers who come out on the streets to where we actually are", "support_services"),
    ("support after it happens not just before", "support_services"),
    ("somebody that actually rings u back", "support_services"),
    ("help for lads, everyone thinks its only girls who need support", "support_services"),
    ("peer mentors", "support_services"),
    ("support thats not in an office, like walk and talk", "support_services"),
    ("workers who dont just disappear when the funding ends", "support_services"),
    ("av been on the list fur camhs since s2", "support_services"),
    ("someone to talk to in my own language", "support_services"),
    ("more support for kids in care", "support_services"),
    ("counsellors in every school", "support_services"),
    ("the thing that actually helped me was having a youth worker who stuck around, she didnt give up on me even when i was being a nightmare, she would just turn up with a hot choc and we'd sit in her car and talk, every other service i got passed around and had to tell my story again and again", "support_services"),
    ("a proper place to go when things get bad at home", "support_services", "money_home"),
    ("youth workers that actually listen, not just tick boxes", "support_services", "not_listened_to"),
    ("a counsellor that doesnt tell ur parents or teachers everything", "support_services", "fear_of_telling"),
    ("more help for people who got involved in gangs to get out", "support_services", "criminal_exploitation"),
    ("help for people who get sent pics or pressured online", "support_services", "online_risks"),

    # ---------------- education_awareness ----------------
    ("teach us about grooming properly in school not just one assembly", "education_awareness"),
    ("pshe is a joke", "education_awareness"),
    ("teach us the signs", "education_awareness"),
    ("more awareness", "education_awareness"),
    ("the videos they show in school are so cringe nobody takes them serious", "education_awareness"),
    ("teach younger kids, like year 5 and 6, by year 9 its too late", "education_awareness"),
    ("consent lessons that arent awkward", "education_awareness"),
    ("education", "education_awareness"),
    ("online safety lessons are 10 years out of date", "education_awareness"),
    ("they should teach us about healthy relationships", "education_awareness"),
    ("make it real, use real stories", "education_awareness"),
    ("teach ppl what exploitation actually means cos half of us dont know", "education_awareness"),
    ("workshops in small groups not the whole year in the hall", "education_awareness"),
    ("get people our age to deliver it", "education_awareness"),
    ("teachers need training too, some of them have no clue", "education_awareness"),
    ("posters dont do anything", "education_awareness"),
    ("teach boys about respect", "education_awareness"),
    ("learn about knife crime before its too late", "education_awareness"),
    ("schools should talk about it more, its not a taboo subject", "education_awareness"),
    ("let us ask questions anonymously in lessons", "education_awareness"),
    ("awareness campaigns on tiktok where we actually are", "education_awareness"),
    ("an assembly once a year isnt enough mate", "education_awareness"),
    ("learnin aboot it in school, proper like", "education_awareness"),
    ("tell parents the signs as well not just us", "education_awareness"),
    ("show us what it looks like at the start, because at the start it doesnt look like danger", "education_awareness"),
    ("real talks from people whove been through county lines, not teachers reading off a powerpoint", "education_awareness", "criminal_exploitation"),
    ("parents need to be taught about apps cos they think blocking someone fixes everything", "education_awareness", "online_risks"),
    ("i didnt know what grooming was until it happened to me", "education_awareness", "grooming_manipulation"),
    ("tell us what actually happens to u if u report, step by step, so we know", "education_awareness", "fear_of_telling"),
    ("more info on where u can go for help, nobody knows whats out there", "education_awareness", "support_services"),
    ("teach us our rights if the police stop us", "education_awareness", "police_relations"),

    # ---------------- money_home ----------------
    ("money", "money_home"),
    ("being skint", "money_home"),
    ("if u havent got money u look for ways to get it", "money_home"),
    ("my mum works 2 jobs so shes never in", "money_home"),
    ("arguments at home", "money_home"),
    ("when home is worse than being out", "money_home"),
    ("cost of living innit", "money_home"),
    ("getting kicked out", "money_home"),
    ("people want designer stuff and their parents cant afford it", "money_home"),
    ("no food in the house", "money_home"),
    ("being in care and moved miles away from everyone i know", "money_home"),
    ("my dad drinks", "money_home"),
    ("not having bus fare home", "money_home"),
    ("ema should come back", "money_home"),
    ("parents who dont care where u are", "money_home"),
    ("living in a hostel at 17 with grown adults", "money_home"),
    ("when ur the carer for ur mam", "money_home"),
    ("free school meals for everyone", "money_home"),
    ("poverty", "money_home"),
    ("part time jobs are impossible to get at 15", "money_home"),
    ("overcrowded house, i share a room with 3 brothers so i just stay out", "money_home"),
    ("when ur parents are going thru stuff they dont notice whats going on with u", "money_home"),
    ("nobody at home asking where u been", "money_home"),
    ("pressure to help pay the bills", "money_home"),
    ("being in temporary accommodation", "money_home"),
    ("my mam cannae afford stuff so a dinnae ask", "money_home"),
    ("struggle at home", "money_home"),
    ("when social services keep moving u about", "money_home"),
    ("when ur mum cant pay the electric and ur little brothers need school shoes and someone offers u 200 quid for a weekend its not even a hard choice is it, people act like its about being greedy but its not for most of us", "money_home", "criminal_exploitation"),
    ("jobs for young people so ur not tempted by easy money", "money_home", "criminal_exploitation"),
    ("if ur hungry and someone older offers u food ur gonna take it", "money_home", "grooming_manipulation"),
    ("no money, no car, so u walk everywhere even at night", "money_home", "unsafe_places"),
    ("parents fighting all the time and nobody at school noticed", "money_home", "not_listened_to"),

    # ---------------- unsure_nothing ----------------
    ("dunno", "unsure_nothing"),
    ("idk", "unsure_nothing"),
    ("nothing", "unsure_nothing"),
    ("not sure", "unsure_nothing"),
    ("n/a", "unsure_nothing"),
    ("no", "unsure_nothing"),
    ("nah im good", "unsure_nothing"),
    ("cant think of anything", "unsure_nothing"),
    ("idk tbh", "unsure_nothing"),
    ("nothing really", "unsure_nothing"),
    ("pass", "unsure_nothing"),
    ("?", "unsure_nothing"),
    ("no comment", "unsure_nothing"),
    ("i feel safe most of the time so nothing", "unsure_nothing"),
    ("dont know what to put here", "unsure_nothing"),
    ("same as last question", "unsure_nothing"),
    ("hmm not sure really", "unsure_nothing"),
    ("no idea", "unsure_nothing"),
    ("nothing comes to mind", "unsure_nothing"),
    ("im fine", "unsure_nothing"),
    ("nowt", "unsure_nothing"),
    ("dinnae ken", "unsure_nothing"),
    ("meh", "unsure_nothing"),
    ("skip", "unsure_nothing"),
    ("whatever", "unsure_nothing"),
    ("lol", "unsure_nothing"),
    ("its fine round here honestly", "unsure_nothing"),
    ("ive never really thought about it", "unsure_nothing"),
    ("not bothered", "unsure_nothing"),
    ("everythings alright", "unsure_nothing"),
    ("...", "unsure_nothing"),
    ("idek", "unsure_nothing"),
    ("nothing i can think of rn", "unsure_nothing"),
    ("good question tbh", "unsure_nothing"),
    ("divvent kna", "unsure_nothing"),
    ("bout ye, no idea to be honest", "unsure_nothing"),
]


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def validate(answers, themes):
    errors = []
    keys = [t["key"] for t in themes]
    if len(set(keys)) != len(keys):
        errors.append("duplicate theme keys")
    if not 12 <= len(keys) <= 14:
        errors.append(f"theme count {len(keys)} not in 12..14")
    known = set(keys)
    seen = {}
    for i, a in enumerate(answers):
        if not isinstance(a, tuple) or len(a) not in (2, 3):
            errors.append(f"entry {i} malformed: {a!r}")
            continue
        text, codes = a[0], list(a[1:])
        if not text.strip():
            errors.append(f"entry {i} empty text")
        n = norm(text)
        if n in seen:
            errors.append(f"duplicate text (entries {seen[n]} and {i}): {text!r}")
        seen[n] = i
        for c in codes:
            if c not in known:
                errors.append(f"entry {i} unknown theme {c!r}")
        if len(codes) == 2 and codes[0] == codes[1]:
            errors.append(f"entry {i} same primary and secondary")
    total = len(answers)
    if total < 450:
        errors.append(f"only {total} answers (< 450)")
    mention = Counter(c for a in answers for c in a[1:])
    for k in keys:
        if mention[k] < 25:
            errors.append(f"theme {k} has {mention[k]} answers (< 25)")
    two = sum(1 for a in answers if len(a) == 3)
    share = two / total if total else 0
    if not 0.10 <= share <= 0.20:
        errors.append(f"two-theme share {share:.3f} outside 10-20%")
    return errors


def main():
    errors = validate(ANSWERS, THEMES)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    rows = list(ANSWERS)
    random.Random(20261210).shuffle(rows)
    out = []
    for i, a in enumerate(rows, 1):
        out.append({"id": f"o{i:04d}", "text": a[0], "themes": list(a[1:])})

    with open(os.path.join(HERE, "set_o.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "themes.json"), "w", encoding="utf-8") as f:
        json.dump(THEMES, f, ensure_ascii=False, indent=2)
        f.write("\n")

    total = len(ANSWERS)
    two = sum(1 for a in ANSWERS if len(a) == 3)
    prim = Counter(a[1] for a in ANSWERS)
    sec = Counter(a[2] for a in ANSWERS if len(a) == 3)
    print(f"answers: {total}")
    print(f"themes: {len(THEMES)}")
    print(f"two-theme: {two} ({two / total:.1%})")
    print(f"{'key':24s} primary secondary total")
    for t in THEMES:
        k = t["key"]
        print(f"{k:24s} {prim[k]:7d} {sec[k]:9d} {prim[k] + sec[k]:5d}")
    print("OK")


if __name__ == "__main__":
    main()
