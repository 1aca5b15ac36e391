#!/usr/bin/env python3
"""Build evaluation set K: young people's free-text answers to the (fictional)
Kestrel Vale Safer Futures Partnership consultation on child exploitation.

Every answer below was typed by hand. There are no generators, templates or
word-substitution loops: each answer is one literal call a(primary, text[, second]).

The script validates everything first and writes nothing unless all checks pass.
Outputs (next to this file): set_k.jsonl, themes.json, README.md.
Standard library only.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
AUTHOR_DATE = "2026-12-05"

# ---------------------------------------------------------------------------
# Codebook
# ---------------------------------------------------------------------------

THEMES = [
    {
        "key": "unsafe_spaces",
        "label": "Unsafe places and journeys",
        "description": (
            "Feeling unsafe in particular physical places or on journeys: parks, "
            "estates, alleys, stairwells, underpasses, bus and train stations, the "
            "town centre, after dark; avoiding routes or areas, territory/postcode "
            "boundaries, fear of being followed, watched or robbed. Code here when "
            "the point is danger in a place, not a lack of things to do there "
            "(see nothing_to_do)."
        ),
    },
    {
        "key": "nothing_to_do",
        "label": "Nothing to do, nowhere to go",
        "description": (
            "Lack of affordable, open, welcoming activities and spaces for young "
            "people: youth club closures, boredom, everything costing money, being "
            "moved on, short opening hours, no provision for particular groups; "
            "requests for places and activities. Code here when the point is "
            "absence of provision, even if the answer mentions where young people "
            "end up instead (see unsafe_spaces)."
        ),
    },
    {
        "key": "older_draw_in",
        "label": "Older people drawing young people in",
        "description": (
            "Grooming-style tactics by older people or adults: gifts, food, lifts, "
            "phones, vapes, parties, flattery, attention, 'looking after you', "
            "being a big brother or boyfriend figure, small favours that grow, "
            "debts that are manufactured. The draw comes from someone older with "
            "power (see friends_as_family for pull from same-age peers)."
        ),
    },
    {
        "key": "friends_as_family",
        "label": "Belonging and loyalty to friends",
        "description": (
            "The peer group as family: loyalty, belonging, fitting in, protection "
            "in numbers, reputation among peers, pressure from people of the same "
            "age, not wanting to lose or let down friends. Code here when the pull "
            "is from equals; code older_draw_in when it is from older people."
        ),
    },
    {
        "key": "money_pressure",
        "label": "Money worries and the lure of fast cash",
        "description": (
            "Poverty and cost of living at home, no jobs or very low pay for "
            "young people, wanting clothes and status items, helping the family, "
            "debt, the appeal of quick money as a reason young people get involved "
            "in risky earning."
        ),
    },
    {
        "key": "online_pressure",
        "label": "Online contact, exposure and pressure",
        "description": (
            "Risks and pressures that come through phones and apps: strangers and "
            "fake profiles messaging, being added to group chats, location sharing, "
            "images being shared or used for threats, online fights, exposure "
            "pages, recruitment adverts, gaming chat, platforms not acting on "
            "reports, the constant pull of being online."
        ),
    },
    {
        "key": "police_distrust",
        "label": "Distrust of the police",
        "description": (
            "Views of the police as unhelpful, absent, slow, disrespectful, "
            "heavy-handed or discriminatory: stop and search, not responding or "
            "following up, rudeness, fear of officers, rare good officers who "
            "left. Code here when the answer is about the police as an "
            "institution and how they act (see blamed_not_protected for being "
            "treated as an offender rather than a victim by any agency)."
        ),
    },
    {
        "key": "blamed_not_protected",
        "label": "Treated as offender, not victim",
        "description": (
            "Young people who are being used or harmed are blamed, labelled, "
            "criminalised or described as choosing it, by any professional or "
            "adult (police, courts, school, social care, family): records, "
            "'lifestyle choice', 'putting themselves at risk', adultification, "
            "some children seen as victims and others not."
        ),
    },
    {
        "key": "school_pushout",
        "label": "Pushed out of school",
        "description": (
            "Exclusion, suspension, isolation rooms, part-time timetables, managed "
            "moves, off-rolling, alternative provision and pupil referral units, "
            "punitive behaviour systems, unmet additional needs, nobody noticing "
            "when a young person is out of education, and the time and exposure "
            "this creates."
        ),
    },
    {
        "key": "fear_of_telling",
        "label": "Fear of the consequences of telling",
        "description": (
            "Reasons young people stay silent because of what telling might cause: "
            "being seen as a grass, reprisals against themselves or family, being "
            "taken into care, parents finding out, shame and honour, getting into "
            "trouble themselves, losing friends, losing control of what happens "
            "next. The barrier is fear of the outcome (see not_heard when they did "
            "speak and were ignored)."
        ),
    },
    {
        "key": "not_heard",
        "label": "Not listened to or believed",
        "description": (
            "Adults and decision makers not listening, not believing, dismissing, "
            "talking down, deciding without young people, tokenistic consultation, "
            "never feeding back, having to repeat yourself. The barrier is the "
            "adult response, not the young person's fear of speaking."
        ),
    },
    {
        "key": "trusted_adult",
        "label": "A trusted adult who sticks around",
        "description": (
            "Who young people trust and why: a consistent, honest, "
            "non-judgemental adult (youth worker, coach, relative, teacher, "
            "mentor with lived experience, faith leader) who stays, remembers, "
            "answers, and treats them as a person; also the absence of any adult "
            "to trust. Code here when the answer is about the relationship "
            "(see service_barriers when it is about the system around it)."
        ),
    },
    {
        "key": "service_barriers",
        "label": "Hard to get help from services",
        "description": (
            "Practical and system barriers to getting help: waiting lists, "
            "thresholds and eligibility, not knowing where to go, office hours, "
            "travel cost, cases closed early, time-limited work, staff turnover "
            "and handovers, teams not talking, referrals that lead nowhere, "
            "forms, letters, language, ageing out of support."
        ),
    },
]

CLOSE_PAIRS = [
    ("unsafe_spaces", "nothing_to_do",
     "both talk about places; danger in a place versus lack of provision"),
    ("older_draw_in", "friends_as_family",
     "both are about being pulled into a group; pull from older people versus from same-age friends"),
    ("police_distrust", "blamed_not_protected",
     "both criticise how young people are treated; the police as an institution versus being cast as offender instead of victim by any adult"),
    ("fear_of_telling", "not_heard",
     "both explain why things go unsaid; fear of what telling will cause versus adults who do not listen once told"),
    ("trusted_adult", "service_barriers",
     "both mention workers leaving or changing; the value of the relationship versus the system that breaks it"),
]

QUESTIONS = [
    ("Q1", "Where in your area do you feel safe or unsafe, and why?"),
    ("Q2", "What is there for young people to do in Kestrel Vale? What would you change?"),
    ("Q3", "Why do you think some young people get involved in running drugs, carrying things or making money in risky ways?"),
    ("Q4", "How do people draw young people in? What does it look like at the start?"),
    ("Q5", "How does your life online affect how safe you feel?"),
    ("Q6", "What are your experiences of the police?"),
    ("Q7", "What happens at school when a young person is struggling?"),
    ("Q8", "What makes it hard for young people to tell someone when something is wrong?"),
    ("Q9", "Who do you trust, and what makes someone trustworthy?"),
    ("Q10", "What has helped, or not helped, when you or your friends tried to get support?"),
    ("Q11", "Do you feel adults who make decisions listen to young people?"),
]

KEYS = [t["key"] for t in THEMES]
ANSWERS = []


def a(primary, text, second=None):
    ANSWERS.append((primary, text, second))


# ---------------------------------------------------------------------------
# unsafe_spaces
# ---------------------------------------------------------------------------
a("unsafe_spaces", "ostrey park after dark no chance")
a("unsafe_spaces", "the underpass by wendle cross, proper dodgy, i run thru it")
a("unsafe_spaces", "bus station. always some man hanging about asking where u going", "older_draw_in")
a("unsafe_spaces", "i dont walk the ginnel behind tesco anymore since my mate got jumped there")
a("unsafe_spaces", "brinmoor. everyone knows")
a("unsafe_spaces", "town centre on a friday night is mad, fights every week and nobody stops it", "police_distrust")
a("unsafe_spaces", "feel safe at home and thats about it tbh")
a("unsafe_spaces", "the canal path. my mum says dont go and shes right")
a("unsafe_spaces", "when its dark at half 4 in winter walking back from college is scary, half the street lights on fennick rd are broke")
a("unsafe_spaces", "certain ends u just dont go if ur from the other side. postcode stuff is real here")
a("unsafe_spaces", "the chippy corner on tollgate rise, grown men in cars just sat there watching", "older_draw_in")
a("unsafe_spaces", "i get my dad to pick me up from the train station cus of who waits outside it")
a("unsafe_spaces", "nowhere really feels safe if im honest")
a("unsafe_spaces", "skate park is ok in the day but at night its a different place innit")
a("unsafe_spaces", "the cut thru by the garages. lads on bikes with their faces covered")
a("unsafe_spaces", "i always share my location with my sister when im out, thats how bad it is")
a("unsafe_spaces", "larkhollow woods. stuff goes on in there")
a("unsafe_spaces", "on the 42 bus late, people kick off and the driver does nothing")
a("unsafe_spaces", "the back of the retail park where the vans park up at night")
a("unsafe_spaces", "shook walking past the shop on marram st, theres always a group outside that stare u down")
a("unsafe_spaces", "i take the long way round every single day to avoid the cobbins")
a("unsafe_spaces", "stairwells in the flats. lifts never work so u have to use them and theyre grim and dark")
a("unsafe_spaces", "hallowford high street is fine in the day, after 8 its not")
a("unsafe_spaces", "as a girl? basically anywhere after dark, men shout stuff out of car windows")
a("unsafe_spaces", "car park of the leisure centre. people getting robbed for their phones there")
a("unsafe_spaces", "the rec. used to play footy there now its where people go to do business", "nothing_to_do")
a("unsafe_spaces", "i feel safer at my nans in skelby than here cus its quieter")
a("unsafe_spaces", "walking home from work at 10 i keep my keys between my fingers")
a("unsafe_spaces", "bridge over the railway. someone got hurt bad near there last yr so i avoid it")
a("unsafe_spaces", "the 24hr garage at night, its where everyone meets up and it kicks off")
a("unsafe_spaces", "wee lanes behind the shops, pure dingy, nae lights")
a("unsafe_spaces", "my road is alright but the next one over is opp block so i cant even go to the nearest shop", "friends_as_family")
a("unsafe_spaces", "honestly the school gates at home time, people come from other schools looking for trouble")
a("unsafe_spaces", "train station toilets, never again")
a("unsafe_spaces", "the top field")
a("unsafe_spaces", "feel on edge as soon as i step off the bus at wendle x")
a("unsafe_spaces", "any where with no cctv and no people around")
a("unsafe_spaces", "parks at night, alleyways, the subway by the ring road. basically the usual")
a("unsafe_spaces", "library is the only place i feel proper safe in town", "nothing_to_do")
a("unsafe_spaces", "im a wheelchair user and the pavements are so bad i end up on the road, thats unsafe in a different way")
a("unsafe_spaces", "the bookies corner lol. if ur young and stood there ppl assume ur up to something, and so do the ones who actually are")
a("unsafe_spaces", "the gully by ours is pure mingin and ye get folk hanging about in it, wouldnae walk it myself")
a("unsafe_spaces", "getting off at the last stop when its just me and some randomer, i pretend to be on the phone to my dad")

# ---------------------------------------------------------------------------
# nothing_to_do
# ---------------------------------------------------------------------------
a("nothing_to_do", "nothing to do round here so people end up doing stupid stuff")
a("nothing_to_do", "bring back the den. they shut it when i was 12 and its been dead since")
a("nothing_to_do", "somewhere to go thats warm and free")
a("nothing_to_do", "literally everything costs money. cinema is 12 quid, bowling is like 8 a game, so we just sit on the wall", "money_pressure")
a("nothing_to_do", "boredom")
a("nothing_to_do", "more youth clubs but not lame ones, ones where u can actually chill and play fifa and get food")
a("nothing_to_do", "a proper football cage with lights so we can play in winter")
a("nothing_to_do", "the only thing open after 6 is maccies and they kick u out if u dont buy owt")
a("nothing_to_do", "we got moved on from the shopping centre, moved on from the park, moved on from the church steps. where are we supposed to go")
a("nothing_to_do", "a music studio would be sick, loads of people round here can spit but got nowhere to record")
a("nothing_to_do", "more stuff for girls, everything is football football football")
a("nothing_to_do", "its dead. proper dead. nowt for anyone under 18")
a("nothing_to_do", "summer holidays are the worst, 6 weeks of nothing")
a("nothing_to_do", "activities that dont finish at 5pm. trouble starts at night not in the day")
a("nothing_to_do", "a boxing gym thats cheap. keeps u busy and out the way")
a("nothing_to_do", "swimming used to be free for kids now its not")
a("nothing_to_do", "if there was more to do in brinmoor the olders wouldnt have so many kids hanging round them", "older_draw_in")
a("nothing_to_do", "free bus passes so we can actually get to places that have stuff")
a("nothing_to_do", "jobs for 14 15 yr olds, like weekend stuff, so u got something to do and a bit of money", "money_pressure")
a("nothing_to_do", "somewhere to hang that isnt someones stairwell")
a("nothing_to_do", "theres one youth club and its on a tuesday for 2 hours. thats it. for the whole town")
a("nothing_to_do", "a skate park that isnt falling apart")
a("nothing_to_do", "idk. more things. anything tbh")
a("nothing_to_do", "a chill space with wifi and charging points lol, im not even joking that would be packed every day")
a("nothing_to_do", "drama club, art, cooking. not everyone is sporty")
a("nothing_to_do", "when ur bored ur phone is all u got and thats where the bad stuff comes at u", "online_pressure")
a("nothing_to_do", "used to go to cadets but it moved to the other side of town and my mum cant drive me")
a("nothing_to_do", "honestly a bench. they took the benches away so we wouldnt sit there")
a("nothing_to_do", "gaming nights, tournaments, stuff like that")
a("nothing_to_do", "mosque youth group is good but its only for some people, need something for everyone")
a("nothing_to_do", "theres nothing for over 16s, youth club kicks u out at 16 then what")
a("nothing_to_do", "more events in the park like that fun day last summer, that was boss, everyone came and nothing kicked off")
a("nothing_to_do", "keep the leisure centre open later. and cheaper")
a("nothing_to_do", "when the club shut the same kids that went there started hanging round the garages instead", "unsafe_spaces")
a("nothing_to_do", "more trips! only time ive been to the seaside was with the youth project")
a("nothing_to_do", "nothing for autistic kids either, clubs are too loud and busy")
a("nothing_to_do", "a place run by people our age or a bit older who get it", "trusted_adult")
a("nothing_to_do", "bored bored bored")
a("nothing_to_do", "dance classes that dont cost 40 a month")
a("nothing_to_do", "we just walk round in circles on a friday. thats the social life")
a("nothing_to_do", "open the school sports hall at weekends, its just sat there empty")
a("nothing_to_do", "howay man theres nowt for us, even the bairns are bored out their heads")
a("nothing_to_do", "its tidy round here if ur 60 and like bowls. rubbish if ur 15")

# ---------------------------------------------------------------------------
# older_draw_in
# ---------------------------------------------------------------------------
a("older_draw_in", "the olders buy u food and trainers and then one day they want something back")
a("older_draw_in", "it starts with a lift home or a chicken box. nobody thinks thats a big deal at first")
a("older_draw_in", "a 20 something guy kept telling my mate she was mature for her age. thats how it starts")
a("older_draw_in", "they make u feel like ur someone. like u matter. then ur in debt and u dont even know how")
a("older_draw_in", "big man with the car outside school giving out vapes for free. free till its not")
a("older_draw_in", "older lads chat to the young ones like theyre mates, bigging them up, ur a proper g and that")
a("older_draw_in", "my cousin got looked after by some guy for months, phone top ups, takeaways, then he was told he owed")
a("older_draw_in", "older girls do it too, not just boys. they get girls into parties with older men")
a("older_draw_in", "its not strangers its people u think are ur friends but theyre 25 and ur 14")
a("older_draw_in", "grooming. simple as")
a("older_draw_in", "someone gives u attention when no one else does and ur gonna listen to them")
a("older_draw_in", "they pick the kids who are having a hard time at home, they know who to go for")
a("older_draw_in", "the guy said hed look after me, let me stay at his when i had nowhere. i didnt see it for what it was till later")
a("older_draw_in", "free weed, free drink, parties. then u gotta help out")
a("older_draw_in", "he was like a big brother to me. thats what i thought anyway")
a("older_draw_in", "olders recruit younger and younger cus the little ones dont get as much bother if theyre caught")
a("older_draw_in", "they set u up to get robbed of their stuff then say u owe them for it. happened to a lad in my year", "money_pressure")
a("older_draw_in", "the ones who groom u are nice. thats what people dont get. theyre really nice")
a("older_draw_in", "some guy in his 30s in the park always offering to buy us stuff from the shop, we all know hes weird but some of the younger ones go with it")
a("older_draw_in", "boyfriends who are way older. everyone says its fine cus shes grown up for her age but shes 15")
a("older_draw_in", "bredrins older brothers friends took an interest in him. next thing hes never home")
a("older_draw_in", "they show off the cash, the clothes, the cars and make it look easy", "money_pressure")
a("older_draw_in", "these uncle types at the takeaway giving girls free food and lifts. everyone knows but nobody does nothing")
a("older_draw_in", "someone older messaging u u good? every day, checking in, more than ur own parents do", "online_pressure")
a("older_draw_in", "it felt like being looked after not being used. thats the trick")
a("older_draw_in", "a man offered me 50 just to hold a bag for him. i said no but i thought about it", "money_pressure")
a("older_draw_in", "they get u to do a small favour first, then a bigger one, then u cant say no")
a("older_draw_in", "elders on the estate run things and the little ones look up to them like celebs")
a("older_draw_in", "i was 13 and a 19 yr old was treating me like a princess, my mum saw it before me")
a("older_draw_in", "the charm. they got so much charm")
a("older_draw_in", "he bought me a phone. i know now why")
a("older_draw_in", "people older than u who say theyll protect u from the other lot", "friends_as_family")
a("older_draw_in", "houses where theres always a party and always older people and u can go whenever", "unsafe_spaces")
a("older_draw_in", "when someone grown keeps saying dont tell ur mum about this its our thing, thats ur sign", "fear_of_telling")
a("older_draw_in", "big bro vibes at first, then it turns")
a("older_draw_in", "they take kids to maccies, get them a meal, thats literally all it takes for some of them who aint eaten all day")
a("older_draw_in", "lads with nice whips pull up and ask younger kids if they wanna earn", "money_pressure")
a("older_draw_in", "the trap is they make it feel like love")
a("older_draw_in", "someone whos 22 has no business being mates with a year 8")
a("older_draw_in", "ppl who seem safe, like a family friend, can be the worst")
a("older_draw_in", "they learn everything about u. what ur mums like, what u want, whats missing. then they fill the gap")
a("older_draw_in", "fellas in their 20s hanging round the chippy chatting up wee lassies")

# ---------------------------------------------------------------------------
# friends_as_family
# ---------------------------------------------------------------------------
a("friends_as_family", "my mates are my family, more than my actual family")
a("friends_as_family", "u dont leave ur boys. even if theyre doing stuff u dont agree with")
a("friends_as_family", "if ur on ur own ur a target. in a group no one touches u")
a("friends_as_family", "loyalty. round here its everything")
a("friends_as_family", "i trust my friends more than any adult", "trusted_adult")
a("friends_as_family", "when everyone in ur friendship group is doing it, ur the odd one out if u dont")
a("friends_as_family", "the squad. we look out for each other cus nobody else will")
a("friends_as_family", "being part of something. thats what people want. its not about the money really")
a("friends_as_family", "my girls would ride for me and id ride for them")
a("friends_as_family", "i couldnt walk away from my friends even if i wanted to, theyre all ive got")
a("friends_as_family", "peer pressure. not from olders just from people ur own age")
a("friends_as_family", "to fit in. nobody wants to be the loner")
a("friends_as_family", "ur mates drag u in without meaning to. one goes, then two, then u")
a("friends_as_family", "if my bestie told me something bad was happening id keep it between us. thats what friends do", "fear_of_telling")
a("friends_as_family", "mandem is mandem. u stick together")
a("friends_as_family", "got no family that cares so my crew is my family")
a("friends_as_family", "people join groups for protection, its not that deep, its survival", "unsafe_spaces")
a("friends_as_family", "my pals. thats who")
a("friends_as_family", "the group chat is basically where everything happens. if ur not in it ur not in anything", "online_pressure")
a("friends_as_family", "being liked. being respected by people ur age")
a("friends_as_family", "i got in with the wrong crowd cus they were the only ones whod have me after i moved schools", "school_pushout")
a("friends_as_family", "id rather get in trouble with my mates than be safe on my own")
a("friends_as_family", "proving urself to ur friends. doing stuff so they think ur hard")
a("friends_as_family", "we grew up together, same block, same school. u cant just cut that off")
a("friends_as_family", "my best friend got pulled into it and i stayed close cus i didnt want to lose her")
a("friends_as_family", "the lads. always the lads")
a("friends_as_family", "friends whove got ur back even if its stupid stuff")
a("friends_as_family", "when ur mate is in trouble u help them, u dont ask questions")
a("friends_as_family", "people my age get it, adults dont", "not_heard")
a("friends_as_family", "our little group is the only place i feel normal")
a("friends_as_family", "everyone wants to belong somewhere. if its not school or home its the street")
a("friends_as_family", "cos ur mates would call u a wasteman if u backed out")
a("friends_as_family", "the bros. no one else")
a("friends_as_family", "my crew from primary. were still tight, still protect each other")
a("friends_as_family", "its like a second family, birthdays, christmas, theyre there when ur mum isnt")
a("friends_as_family", "u get a name, a rep, ppl know who u roll with. that feels good when u got nothing else")
a("friends_as_family", "bezzies forever. wouldnt swap them")
a("friends_as_family", "sometimes ur mates are the danger and the safety at the same time")
a("friends_as_family", "being on ur own is worse than being in trouble")
a("friends_as_family", "my mates from the mosque, they keep me on the right path")
a("friends_as_family", "fam is fam, blood or not")
a("friends_as_family", "ma pals are aw ive got, wouldnae grass on them and they wouldnae on me", "fear_of_telling")

# ---------------------------------------------------------------------------
# money_pressure
# ---------------------------------------------------------------------------
a("money_pressure", "money. people need money. its that simple")
a("money_pressure", "my mum works 2 jobs and we still cant afford stuff. i see kids my age with nice things and i want that too")
a("money_pressure", "fast cash innit")
a("money_pressure", "why would u work in a shop for a fiver an hour when u can make a few hundred in a weekend, thats what people think")
a("money_pressure", "no jobs for under 16s. literally none")
a("money_pressure", "the cost of living. everyones skint")
a("money_pressure", "to help their family out. some kids are paying the gas bill")
a("money_pressure", "wanting the drip. trainers, north face, the lot")
a("money_pressure", "bread. ps. dough. whatever u wanna call it")
a("money_pressure", "free school meals is the only proper meal some ppl get")
a("money_pressure", "people owe money and then they have to work it off", "older_draw_in")
a("money_pressure", "being broke is embarrassing, people take the piss out of ur clothes")
a("money_pressure", "dosh, fam. no ones doing it for fun")
a("money_pressure", "bills, rent, food. when ur 17 and living on ur own what else u gonna do")
a("money_pressure", "ema was a thing once. bring it back")
a("money_pressure", "trainers are 150. my dads on universal credit. do the maths")
a("money_pressure", "cos being poor is long")
a("money_pressure", "my brother does it so we have food. i hate it but i get it")
a("money_pressure", "the money looks like alot when ur 14. its not really but it looks it")
a("money_pressure", "people get greedy too, its not all about being poor. some just want more")
a("money_pressure", "influencers with their cars and their watches. makes u feel like ur nothing if u dont have it", "online_pressure")
a("money_pressure", "quick money, yeah")
a("money_pressure", "apprenticeships pay nothing. 4 something an hour. whats the point")
a("money_pressure", "a lad in my class had 600 on him. u think we didnt notice?")
a("money_pressure", "mum cant afford my school trip, i cant get a job yet. so where does the money come from")
a("money_pressure", "to pay off a debt that wasnt even theirs to begin with", "older_draw_in")
a("money_pressure", "the ackers. always the ackers")
a("money_pressure", "hungry kids make easy targets", "older_draw_in")
a("money_pressure", "no money in the house, no heating, its all stress. u grab whatever comes")
a("money_pressure", "even getting the bus is like 2.50 each way. for a 15 year old thats a lot")
a("money_pressure", "i just wanted to get my little sister stuff for christmas")
a("money_pressure", "a proper paid job for young people would stop half of it")
a("money_pressure", "they dont choose it because its exciting, its cus theres nothing in the fridge")
a("money_pressure", "my mum borrows off me. im 16. that says everything")
a("money_pressure", "bags of money for doing nothing, thats the lie")
a("money_pressure", "gambling. kids on betting apps and then owing", "online_pressure")
a("money_pressure", "skint")
a("money_pressure", "wonga. pure and simple")
a("money_pressure", "rents gone up again and we might lose the flat. course i think about making money any way i can")
a("money_pressure", "u see a younger kid with a new phone and new creps every week, ur not stupid, u know where its from, and part of u is jealous")
a("money_pressure", "financial hardship n that")
a("money_pressure", "theres no such thing as pocket money in my house")
a("money_pressure", "cos theyre brassic. everyones brassic")

# ---------------------------------------------------------------------------
# online_pressure
# ---------------------------------------------------------------------------
a("online_pressure", "snapchat. people add u that u dont know and they know where u live from snap maps")
a("online_pressure", "got added to a group chat with like 200 people and they were posting mad stuff")
a("online_pressure", "pics get sent round. once its out its out")
a("online_pressure", "someone made a fake account of me and was messaging boys pretending to be me")
a("online_pressure", "insta, tiktok, everyone flexing p's and it makes u want it", "money_pressure")
a("online_pressure", "i got a message from someone saying they had pics of me and would send them to my family unless i paid. i didnt even send any pics")
a("online_pressure", "ppl fight online then it carries on irl at school the next day")
a("online_pressure", "drill vids where people diss other areas and then it kicks off for real", "unsafe_spaces")
a("online_pressure", "random men in my dms every day. every day. im 14")
a("online_pressure", "phone")
a("online_pressure", "the apps dont do nothing when u report stuff")
a("online_pressure", "u can get recruited on snap now, they post it like a normal job advert. need workers, good pay, dm", "money_pressure")
a("online_pressure", "gaming chat. older people on there being too friendly with young kids", "older_draw_in")
a("online_pressure", "screenshots. u say one thing and its screenshotted and sent everywhere")
a("online_pressure", "my location was shared without me knowing. that was scary")
a("online_pressure", "online is worse than outside tbh cus u cant get away from it, its in ur pocket at 3am")
a("online_pressure", "people get exposed on pages, like exposed accounts for schools, its vile")
a("online_pressure", "u send one pic to someone u trust and then u belong to them")
a("online_pressure", "catfish")
a("online_pressure", "being tagged in stuff, videos of u being recorded without asking")
a("online_pressure", "someone hacked my account and posted stuff as me")
a("online_pressure", "threats on insta. we know where u live type stuff. i changed my route home cus of it", "unsafe_spaces")
a("online_pressure", "the pressure to be online all the time, to reply, to be seen")
a("online_pressure", "parents have no clue what apps were on. they think facebook lol")
a("online_pressure", "telegram and that, where u can get anything. easy as ordering a takeaway")
a("online_pressure", "sextortion. its happening to boys too not just girls")
a("online_pressure", "people messaging my little brother on roblox. hes 10")
a("online_pressure", "tiktok lives where people go on and chat rubbish about people from other ends")
a("online_pressure", "when ur blocked from a group chat everyone knows and u get left out of everything irl too")
a("online_pressure", "the dms. thats where it all starts")
a("online_pressure", "my ex still has pics of me and im too scared to tell anyone", "fear_of_telling")
a("online_pressure", "fake profiles of girls that are actually old men. happens all the time")
a("online_pressure", "live locations on snap. turn it off!! ghost mode!!")
a("online_pressure", "social media is a warzone")
a("online_pressure", "filters and likes and followers. if u aint got them ur nobody")
a("online_pressure", "getting sent stuff u never asked for. horrible stuff")
a("online_pressure", "people asking for pics then getting nasty when u say no")
a("online_pressure", "whatsapp groups where they share whos a grass", "fear_of_telling")
a("online_pressure", "online is where they find u, offline is where they get u")
a("online_pressure", "my mum took my phone off me for a week and honestly it was a relief")
a("online_pressure", "ads for easy money on insta stories, always from accounts with no face", "money_pressure")
a("online_pressure", "ye get weirdos on snap aw the time, add ye oot the blue")

# ---------------------------------------------------------------------------
# police_distrust
# ---------------------------------------------------------------------------
a("police_distrust", "feds dont care about us")
a("police_distrust", "stopped and searched 4 times this year. found nothing every time. what do u think i think of them")
a("police_distrust", "called them when my mums ex was kicking off and they took 3 hours")
a("police_distrust", "12 are the opps too in some ways")
a("police_distrust", "old bill only come round when somethings already happened")
a("police_distrust", "they talk to u like ur a criminal before u even open ur mouth", "blamed_not_protected")
a("police_distrust", "dibble round here are a joke")
a("police_distrust", "bizzies laugh at u. seriously they laughed")
a("police_distrust", "the polis are nae use, they just move ye on")
a("police_distrust", "peelers dont come into our estate unless its a riot")
a("police_distrust", "i reported my phone stolen, got a crime number and never heard anything again")
a("police_distrust", "depends on the officer. one pcso was sound, the rest are horrible")
a("police_distrust", "they stop the black boys more. everyone knows it. my white mates walk straight past")
a("police_distrust", "no")
a("police_distrust", "they took my statement then nothing. months. then case closed")
a("police_distrust", "the coppers park up outside school to look hard but thats all they do")
a("police_distrust", "once uve been arrested they never let it go, they know ur name forever", "blamed_not_protected")
a("police_distrust", "trust the police? lol")
a("police_distrust", "they grabbed my little brother and hes 12. he was just walking home")
a("police_distrust", "they rock up mob handed, 6 of them for one kid, why")
a("police_distrust", "if u ring them u become a grass and they cant protect u anyway", "fear_of_telling")
a("police_distrust", "i dont hate them i just dont see the point of them")
a("police_distrust", "boys in blue? more like boys in the van watching")
a("police_distrust", "5-0 swear at us and then say were the disrespectful ones")
a("police_distrust", "had a good experience once when i got lost as a little kid. since i turned 13 its all been bad")
a("police_distrust", "they took my mums door off looking for my brother. i was 9. ill never forget it")
a("police_distrust", "pigs innit")
a("police_distrust", "the law isnt for people like us")
a("police_distrust", "my mate got robbed and they asked her what she was doing out so late. like thats the point", "not_heard")
a("police_distrust", "they should actually come when u call them, thats a start")
a("police_distrust", "useless")
a("police_distrust", "never had a problem with them personally but i see how they treat my mates")
a("police_distrust", "the neighbourhood team changes every year, u never see the same face twice", "trusted_adult")
a("police_distrust", "they cuffed me in front of my whole road for matching a description")
a("police_distrust", "plod are alright if ur old and white. not so much if ur young and brown")
a("police_distrust", "they wont help unless somebodys ended up in hospital")
a("police_distrust", "id call my uncle before id call 999", "trusted_adult")
a("police_distrust", "there was one officer, dave, who used to come to youth club and play pool with us. hes gone now. the new lot dont bother", "trusted_adult")
a("police_distrust", "scared of them tbh. not in a good way")
a("police_distrust", "they treat the whole estate like suspects")
a("police_distrust", "the police van is the scariest thing on my road and its meant to be the safest")
a("police_distrust", "got pulled for sitting on a wall with me mates. sound. proper good use of time that la")

# ---------------------------------------------------------------------------
# blamed_not_protected
# ---------------------------------------------------------------------------
a("blamed_not_protected", "they treat u like ur the criminal when ur the one being used")
a("blamed_not_protected", "my mate got found 100 miles from home in some flat and they charged HIM. hes 15", "police_distrust")
a("blamed_not_protected", "everyone says he chose that life. he was 13. what choice")
a("blamed_not_protected", "social worker wrote that i was putting myself at risk. like i wanted it")
a("blamed_not_protected", "once ur labelled a bad kid thats it for life")
a("blamed_not_protected", "they see a gang member, they dont see a child")
a("blamed_not_protected", "girls get called promiscuous in reports when theyre being taken advantage of. that word needs banning")
a("blamed_not_protected", "i was a victim and i still got a record")
a("blamed_not_protected", "school called me a bad influence. nobody asked what was going on at home", "school_pushout")
a("blamed_not_protected", "if ur black and a boy ur never a victim in their eyes")
a("blamed_not_protected", "they punish u for the stuff u were forced into")
a("blamed_not_protected", "lifestyle choice is what they put in my file")
a("blamed_not_protected", "help me dont nick me")
a("blamed_not_protected", "my brother got sent to a young offenders instead of getting help. he came out worse")
a("blamed_not_protected", "adults act like u wanted it to happen")
a("blamed_not_protected", "i was 14 and missing for 3 days and when i came back all anyone asked was where the stuff was", "not_heard")
a("blamed_not_protected", "blame. thats all u get")
a("blamed_not_protected", "the court didnt care that someone older made him do it")
a("blamed_not_protected", "when i told them someone was making me carry stuff they threatened to arrest me for it", "fear_of_telling")
a("blamed_not_protected", "stop calling kids runners like its a job they applied for")
a("blamed_not_protected", "they see the trackies and the hood and decide who u are")
a("blamed_not_protected", "even my own family said i brought it on myself")
a("blamed_not_protected", "my record follows me everywhere, jobs, college. for something i was made to do")
a("blamed_not_protected", "safeguarding for some kids, punishment for others. guess which kids get which")
a("blamed_not_protected", "she was groomed and the school excluded her for it. make it make sense", "school_pushout")
a("blamed_not_protected", "they called me streetwise like that meant i didnt need protecting")
a("blamed_not_protected", "im a kid. treat me like one")
a("blamed_not_protected", "nobody sees the victim in the kid with the attitude")
a("blamed_not_protected", "the word offender on my file when i was being used. how does that help anyone")
a("blamed_not_protected", "they assume if ur in the area u must be involved")
a("blamed_not_protected", "being a victim shouldnt depend on whether u were polite to the officer", "police_distrust")
a("blamed_not_protected", "the yos people were kinder than the police but still treated me like the problem")
a("blamed_not_protected", "grown ups decide ur a wrongun and then everything u do proves it to them")
a("blamed_not_protected", "kids get judged. full stop")
a("blamed_not_protected", "we get told off for being exploited basically")
a("blamed_not_protected", "if a girl goes missing its a search party. if a boy from brinmoor goes missing its oh hell turn up")
a("blamed_not_protected", "they told my mum i was choosing to associate with them. i was terrified of them")
a("blamed_not_protected", "stigma. and then u stop asking for help", "fear_of_telling")
a("blamed_not_protected", "nobody asks why. they just ask what u did")
a("blamed_not_protected", "age 12 and treated like a grown adult who knew exactly what they were doing")
a("blamed_not_protected", "labels. troubled, disruptive, high risk. never scared")

# ---------------------------------------------------------------------------
# school_pushout
# ---------------------------------------------------------------------------
a("school_pushout", "got kicked out in year 9 and nobody checked where i was all day")
a("school_pushout", "isolation booths. sitting in a box all day for having the wrong socks")
a("school_pushout", "excluded = free all day = easy target", "older_draw_in")
a("school_pushout", "teachers only care about grades and uniform")
a("school_pushout", "pru is where u meet everyone who can get u into stuff", "friends_as_family")
a("school_pushout", "i was on a part time timetable, 2 hours a day. what do u think i did the rest of the day")
a("school_pushout", "school gave up on me before i gave up on it")
a("school_pushout", "managed move to a school across town, didnt know anyone, stopped going after a month")
a("school_pushout", "they dont ask why ur kicking off in class. they just send u out", "not_heard")
a("school_pushout", "one detention after another. it just made me hate the place")
a("school_pushout", "the fennick centre. thats where they send the kids they dont want")
a("school_pushout", "my school wanted me gone cus of my results, they said home education might suit me better")
a("school_pushout", "i have adhd and they just kept excluding me instead of helping")
a("school_pushout", "school is like a prison with worse food")
a("school_pushout", "if ur struggling they put u in the inclusion room which is the opposite of inclusion lol")
a("school_pushout", "excluded 3 times before i was 13. nobody ever asked me if i was ok", "not_heard")
a("school_pushout", "off rolled")
a("school_pushout", "the head said i was not a good fit. im a kid not a shoe")
a("school_pushout", "exclusions should be the last thing not the first")
a("school_pushout", "i got sent home so much my mum lost her job", "money_pressure")
a("school_pushout", "alternative provision is a waste of time, we did like 1 hour of maths a week")
a("school_pushout", "they called my mum every day but never called anyone who could actually help")
a("school_pushout", "behaviour points. thats all school is")
a("school_pushout", "stopped going cus of the bullying, then they fined my mum instead of sorting the bullies")
a("school_pushout", "when i was out of school thats when the olders got me. not before", "older_draw_in")
a("school_pushout", "they dont understand some of us are dealing with stuff at home and cant sit still for 6 hours")
a("school_pushout", "the sin bin")
a("school_pushout", "they threw me out for fighting but the fight was me defending myself")
a("school_pushout", "the learning mentor got cut so theres nobody to go to now", "trusted_adult")
a("school_pushout", "strict schools push the ones who are already struggling right out the door")
a("school_pushout", "school feels like theyre waiting for u to mess up")
a("school_pushout", "i didnt go to school for most of year 10 and no one came looking")
a("school_pushout", "expelled. thats my school story")
a("school_pushout", "teachers dont know our lives. they think its about being lazy")
a("school_pushout", "college said no cus of my attendance. so now im doing nothing", "nothing_to_do")
a("school_pushout", "they move u between schools like a parcel")
a("school_pushout", "my sen support was just a label, nothing changed")
a("school_pushout", "a reduced timetable is just being excluded but quieter")
a("school_pushout", "i was a good student till year 8 then everything at home fell apart and school just punished me for it")
a("school_pushout", "ur either a top set kid or ur a problem")
a("school_pushout", "suspended for 5 days, sat at home, went out, got in trouble. genius plan from school")
a("school_pushout", "sent to the unit at the back of the school for half a term. didnt learn a thing in there")

# ---------------------------------------------------------------------------
# fear_of_telling
# ---------------------------------------------------------------------------
a("fear_of_telling", "snitches get stitches. thats not a joke round here")
a("fear_of_telling", "if u tell, they know who told. they always know")
a("fear_of_telling", "scared theyll go after my family")
a("fear_of_telling", "nobody wants to be known as a grass")
a("fear_of_telling", "if i tell social services theyll take me away from my mum")
a("fear_of_telling", "shame. u dont want people knowing what happened to u")
a("fear_of_telling", "because then it all becomes real")
a("fear_of_telling", "in our community u dont bring shame on the family. izzat. so u keep quiet")
a("fear_of_telling", "my dad would kill me. not literally but u know")
a("fear_of_telling", "they said theyd hurt my little sister if i said anything")
a("fear_of_telling", "talking to adults means it gets written down and passed round to 10 different people")
a("fear_of_telling", "u dont chat to anyone. u just dont")
a("fear_of_telling", "scared of being the reason someone gets locked up")
a("fear_of_telling", "fear")
a("fear_of_telling", "once u talk u cant untalk. u lose control of whats happening to u")
a("fear_of_telling", "id lose all my friends", "friends_as_family")
a("fear_of_telling", "they know where i live. simple")
a("fear_of_telling", "being called a rat on every group chat in town", "online_pressure")
a("fear_of_telling", "worried id get in trouble myself for what id done", "blamed_not_protected")
a("fear_of_telling", "u think ur gonna make it worse. and sometimes it does")
a("fear_of_telling", "mum would be so disappointed. i couldnt do that to her")
a("fear_of_telling", "embarrassed. especially as a boy, ur meant to handle it")
a("fear_of_telling", "teachers have to report everything so u cant tell them anything real")
a("fear_of_telling", "my mate told and he had to move away. whole family moved. who wants that")
a("fear_of_telling", "no one wants to be a tout")
a("fear_of_telling", "people think telling is the brave thing but keeping ur head down is what keeps u safe")
a("fear_of_telling", "the backlash. for u, ur brother, ur cousins, everyone")
a("fear_of_telling", "cus u owe them and they remind u of that every day")
a("fear_of_telling", "its easier to say nothing")
a("fear_of_telling", "u get a label once u open up. the kid with the social worker")
a("fear_of_telling", "my familys immigration stuff isnt sorted, we cant have people asking questions")
a("fear_of_telling", "what if they dont do anything and the person finds out i told", "not_heard")
a("fear_of_telling", "keep it on the low. always")
a("fear_of_telling", "being outed. like if ur gay and it comes out cus u reported something. thats a whole other thing")
a("fear_of_telling", "grassing is the worst thing u can do where im from")
a("fear_of_telling", "i was scared id be put in care")
a("fear_of_telling", "they threatened to post my pics if i talked", "online_pressure")
a("fear_of_telling", "cant chat to no one. walls got ears")
a("fear_of_telling", "ppl just dont wanna be involved")
a("fear_of_telling", "my mum has enough going on, i didnt wanna add to it")
a("fear_of_telling", "scared of them more than i trust anyone to protect me")
a("fear_of_telling", "im scundered even thinking about saying it out loud")

# ---------------------------------------------------------------------------
# not_heard
# ---------------------------------------------------------------------------
a("not_heard", "adults dont listen. they just wait for their turn to talk")
a("not_heard", "i told my teacher and she said i was being dramatic")
a("not_heard", "we fill in these surveys and nothing ever changes. will this one be different? doubt it")
a("not_heard", "they decide stuff about us in meetings were not even invited to")
a("not_heard", "nope")
a("not_heard", "nobody believed me till it was too late")
a("not_heard", "i had to tell my story like 6 times to 6 different people and none of them actually listened", "service_barriers")
a("not_heard", "when u say something they go its just a phase")
a("not_heard", "being heard would be nice. just once")
a("not_heard", "the council asked what we wanted, we said a youth club, they built flats", "nothing_to_do")
a("not_heard", "grown ups think they know whats going on. they really really dont")
a("not_heard", "they nod and smile and then do whatever they was gonna do anyway")
a("not_heard", "they talk down to u. like ur 5")
a("not_heard", "i told the doctor i wasnt ok and he gave me a leaflet", "service_barriers")
a("not_heard", "listen to us more. we are the experts on our own lives")
a("not_heard", "adults hear but they dont listen. theres a difference")
a("not_heard", "my mum didnt believe me about him cus he was her friend", "older_draw_in")
a("not_heard", "no one ever asks what i think. this is the first time")
a("not_heard", "they pretend to care for the photo op")
a("not_heard", "tokenistic. youth council is just for show")
a("not_heard", "dismissed. every time")
a("not_heard", "u tell them something serious and theyre looking at their computer")
a("not_heard", "i said i didnt feel safe at the placement and they said give it time")
a("not_heard", "our voices dont count till were 18 apparently")
a("not_heard", "when u complain they say ur not engaging. i was engaging. they wasnt listening")
a("not_heard", "people with no lived experience making all the rules")
a("not_heard", "they ask and then ignore")
a("not_heard", "honestly? no. not even a bit")
a("not_heard", "i said it. out loud. to three adults. nothing happened")
a("not_heard", "they only listen if ur polite and calm but how can u be calm when stuff like this is happening")
a("not_heard", "my opinion only matters when im in trouble")
a("not_heard", "the mp came to our school once, talked at us for an hour and left")
a("not_heard", "its always we know best")
a("not_heard", "i dont even bother saying anything anymore, whats the point")
a("not_heard", "feel invisible")
a("not_heard", "they never get back to u after u tell them stuff. its like talking to a wall")
a("not_heard", "adults switch off as soon as u use slang. like what im saying isnt real if i dont say it posh")
a("not_heard", "ask us before u spend the money")
a("not_heard", "i was in the meeting about me and no one looked at me once")
a("not_heard", "we get asked our opinion and its already been decided")
a("not_heard", "its not that young people dont speak. its that no ones listening")
a("not_heard", "catch yourselves on, yous never listen to a word we say")

# ---------------------------------------------------------------------------
# trusted_adult
# ---------------------------------------------------------------------------
a("trusted_adult", "my youth worker. she never gave up on me even when i was horrible to her")
a("trusted_adult", "someone whos been through it themselves. u can tell when someone actually gets it")
a("trusted_adult", "my nan. always my nan")
a("trusted_adult", "mr adeyemi at school, hed just let me sit in his room at lunch and never asked loads of questions")
a("trusted_adult", "people who stick around. not someone who leaves after 6 months", "service_barriers")
a("trusted_adult", "my boxing coach is the only adult i actually listen to")
a("trusted_adult", "honest people. dont promise stuff u cant do")
a("trusted_adult", "someone who texts back")
a("trusted_adult", "my aunty, shes not judgy like my mum")
a("trusted_adult", "a mentor whos from round here, not someone in a suit from somewhere else")
a("trusted_adult", "the lady at the drop in. she remembered my birthday. nobody else did")
a("trusted_adult", "if u get one good adult it changes everything honestly")
a("trusted_adult", "someone who doesnt freak out when u tell them stuff")
a("trusted_adult", "my football manager. he picks me up for training and talks to me like a person")
a("trusted_adult", "the imam at our mosque, hes young and he gets it")
a("trusted_adult", "nobody. i dont trust any adult")
a("trusted_adult", "the wheelhouse van lot. they come every week, same time, same faces")
a("trusted_adult", "i trust my sisters boyfriend more than any professional cus hes real with me")
a("trusted_adult", "someone who doesnt just see u as a case number")
a("trusted_adult", "my key worker at the hostel, shes the only reason im still in college")
a("trusted_adult", "people who treat u like a normal person and not a project")
a("trusted_adult", "a teacher that gives a damn. theres maybe one at my school")
a("trusted_adult", "trust takes time. u cant just turn up and expect me to tell u everything")
a("trusted_adult", "my mum, most of the time lol")
a("trusted_adult", "someone wholl have a laugh with u as well as the serious stuff")
a("trusted_adult", "the dinner lady. swear down. she noticed before anyone")
a("trusted_adult", "consistent people. thats the main thing")
a("trusted_adult", "i had a worker called jade who came to court with me. she didnt have to. thats when i started trusting her")
a("trusted_adult", "the youth club guy whos known me since i was 8")
a("trusted_adult", "someone who remembers what u told them last time so u dont have to start again", "service_barriers")
a("trusted_adult", "my grandad. he doesnt say much but hes there")
a("trusted_adult", "people who keep it real and dont chat breeze")
a("trusted_adult", "the school nurse. she was class")
a("trusted_adult", "being able to ring someone at 11pm when it all goes wrong. most places shut at 5", "service_barriers")
a("trusted_adult", "someone who aint gonna run to the feds the second u say something", "fear_of_telling")
a("trusted_adult", "the pastors wife. she feeds half the estate")
a("trusted_adult", "only my social worker from before, the new one doesnt know me", "service_barriers")
a("trusted_adult", "older cousin who turned his life around. i listen to him cus hes been there")
a("trusted_adult", "people who say sorry when they get it wrong")
a("trusted_adult", "my mentor from the project, we go for a walk and a hot choc and just talk")
a("trusted_adult", "a good adult is someone whos still there after u mess up")
a("trusted_adult", "my nain, shes lush, always listens and never tells me off")

# ---------------------------------------------------------------------------
# service_barriers
# ---------------------------------------------------------------------------
a("service_barriers", "camhs waiting list is 18 months. ill be an adult by then")
a("service_barriers", "i didnt even know there were services. nobody tells u")
a("service_barriers", "had 5 social workers in 2 years. stopped bothering learning their names")
a("service_barriers", "they close ur case as soon as things look a bit better then it all kicks off again")
a("service_barriers", "everything is 9 to 5 monday to friday. crisis doesnt happen 9 to 5")
a("service_barriers", "u have to be really bad before they help. like properly at rock bottom")
a("service_barriers", "the office is in hallowford and i live in skelby, thats 2 buses. i cant afford it", "money_pressure")
a("service_barriers", "forms. so many forms")
a("service_barriers", "referral after referral, nobody actually does anything")
a("service_barriers", "my gp said they cant refer me cus im not high risk enough")
a("service_barriers", "the helpline put me on hold for 40 mins")
a("service_barriers", "services for under 18s stop at 18 and then theres nothing. like u magically get better on ur birthday")
a("service_barriers", "they want u to go to them. come to us!!")
a("service_barriers", "too many different teams and none of them talk to each other")
a("service_barriers", "had counselling for 6 sessions then it just ended. i was just starting to open up", "trusted_adult")
a("service_barriers", "waiting lists")
a("service_barriers", "nobody speaks my mums language at the council so i have to translate everything, even stuff about me")
a("service_barriers", "they sent a letter. who reads letters")
a("service_barriers", "its all online now and half the websites dont work on my phone")
a("service_barriers", "if ur not in a crisis ur not a priority. if ur in a crisis theres no space")
a("service_barriers", "the compass team were good but they only work with u for 12 weeks", "trusted_adult")
a("service_barriers", "i got told to self refer. im 13, i dont know what that means")
a("service_barriers", "they kept cancelling appointments")
a("service_barriers", "threshold this, threshold that")
a("service_barriers", "took ages to get someone to call me back, by then i didnt want help anymore")
a("service_barriers", "not enough staff. everyones off sick or leaving")
a("service_barriers", "i was told im not eligible like three times for three different things")
a("service_barriers", "where do u even go? like actually where. theres no sign on a door")
a("service_barriers", "services dont advertise where young people look. put it on tiktok not on a poster in the gp")
a("service_barriers", "the drop in closed when the funding ran out. that was the only one")
a("service_barriers", "they say theyre young person friendly then make u sit in a waiting room with ppl who are off their heads")
a("service_barriers", "passed around like a hot potato")
a("service_barriers", "my worker left and no one told me. i just stopped getting texts", "trusted_adult")
a("service_barriers", "u need a parent to sign stuff and my parent is the problem")
a("service_barriers", "help exists but its so hard to get to that it might as well not")
a("service_barriers", "a kid can get pulled in within a week, it takes months to get help")
a("service_barriers", "the mental health app thing they gave me was useless. i needed a person")
a("service_barriers", "the council website is a maze")
a("service_barriers", "care leaver support stopped at 21 and i was on my own")
a("service_barriers", "not knowing the right words to ask for help. they want u to say specific things")
a("service_barriers", "bureaucracy innit")
a("service_barriers", "rang the number on the poster, it was an answerphone. on a friday night")


# ---------------------------------------------------------------------------
# Validation (nothing is written unless every check passes)
# ---------------------------------------------------------------------------

def norm(text):
    """Lower-case and drop whitespace and punctuation (keep letters and digits)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def validate():
    errors = []
    keyset = set(KEYS)
    if len(keyset) != len(KEYS):
        errors.append("duplicate theme keys in codebook")
    if not (10 <= len(KEYS) <= 13):
        errors.append("codebook must have 10 to 13 themes, has %d" % len(KEYS))
    for t in THEMES:
        for field in ("key", "label", "description"):
            if not isinstance(t.get(field), str) or not t[field].strip():
                errors.append("theme missing %s: %r" % (field, t))
    for x, y, _ in CLOSE_PAIRS:
        if x not in keyset or y not in keyset:
            errors.append("close pair uses unknown key: %s / %s" % (x, y))

    if len(ANSWERS) < 500:
        errors.append("need at least 500 answers, have %d" % len(ANSWERS))

    seen = {}
    for i, (primary, text, second) in enumerate(ANSWERS, 1):
        where = "answer #%d (%r)" % (i, text[:50])
        if primary not in keyset:
            errors.append("%s: unknown primary theme %r" % (where, primary))
        if second is not None:
            if second not in keyset:
                errors.append("%s: unknown second theme %r" % (where, second))
            if second == primary:
                errors.append("%s: second theme equals primary" % where)
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
            continue
        n = norm(text)
        if not n:
            errors.append("%s: text has no letters or digits" % where)
        elif n in seen:
            errors.append("%s: duplicate of answer #%d" % (where, seen[n]))
        else:
            seen[n] = i

    counts = {k: 0 for k in KEYS}
    for primary, _, _ in ANSWERS:
        if primary in counts:
            counts[primary] += 1
    for k, c in counts.items():
        if c < 30:
            errors.append("theme %s has only %d primary answers (need 30)" % (k, c))

    n_second = sum(1 for _, _, s in ANSWERS if s is not None)
    share = n_second / len(ANSWERS) if ANSWERS else 0.0
    if not (0.12 <= share <= 0.18):
        errors.append("share with a second theme is %.3f (%d/%d), must be 0.12-0.18"
                      % (share, n_second, len(ANSWERS)))

    if errors:
        sys.stderr.write("build.py: validation failed, nothing written\n")
        for e in errors:
            sys.stderr.write("  - " + e + "\n")
        sys.exit(1)
    return counts, n_second


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def make_records():
    items = list(ANSWERS)
    random.Random(SEED).shuffle(items)
    records = []
    for i, (primary, text, second) in enumerate(items, 1):
        themes = [primary] if second is None else [primary, second]
        records.append({"id": "k%04d" % i, "text": text, "themes": themes})
    return records


def make_readme(counts, n_second):
    total = len(ANSWERS)
    second_counts = {k: 0 for k in KEYS}
    for _, _, s in ANSWERS:
        if s is not None:
            second_counts[s] += 1
    label = {t["key"]: t["label"] for t in THEMES}

    lines = []
    lines.append("# Evaluation set K: young people's voices, Kestrel Vale Safer Futures Partnership")
    lines.append("")
    lines.append("## Author and date")
    lines.append("")
    lines.append("- Author: an independent helper session, asked to write this set from general "
                 "knowledge only. It saw nothing on the machine except this folder "
                 "(`/work/sets/themes_k/`), used no search tools, repositories or web pages, "
                 "and used only the Python 3 standard library.")
    lines.append("- Date: " + AUTHOR_DATE)
    lines.append("")
    lines.append("## Purpose")
    lines.append("")
    lines.append("A labelled set for testing theme suggestion (proposing a codebook from raw "
                 "answers) and assisted coding (assigning codebook themes to each answer) on "
                 "short, informal free-text answers written by young people on phones.")
    lines.append("")
    lines.append("## Setting (fictional)")
    lines.append("")
    lines.append("The **Kestrel Vale Safer Futures Partnership** is an invented multi-agency "
                 "partnership (council, police, schools, health, youth services and voluntary "
                 "groups) in the invented English borough of Kestrel Vale. It ran an online "
                 "consultation, completed mostly on phones, with young people aged 11-25 about "
                 "child exploitation (criminal and sexual), safety and support. Invented places "
                 "mentioned in answers include the town of Hallowford, the Brinmoor and Cobbins "
                 "estates, Ostrey Park, Larkhollow Woods, Skelby, Wendle Cross bus station, "
                 "Fennick Road, Tollgate Rise, Marram Street, the Fennick Centre (a pupil "
                 "referral unit), the Den (a closed youth club), the Wheelhouse outreach van and "
                 "the Compass team (an exploitation support team). All people's names are "
                 "invented.")
    lines.append("")
    lines.append("### Open questions")
    lines.append("")
    for qid, q in QUESTIONS:
        lines.append("- **%s** %s" % (qid, q))
    lines.append("")
    lines.append("Answers are pooled across questions (as when a coder reads a whole return); "
                 "the question is not recorded per answer. Many answers are one word or a "
                 "fragment, and only make sense as an answer to one of the questions above.")
    lines.append("")
    lines.append("## Codebook")
    lines.append("")
    lines.append("| key | label | description |")
    lines.append("|---|---|---|")
    for t in THEMES:
        lines.append("| `%s` | %s | %s |" % (t["key"], t["label"], t["description"].replace("|", "/")))
    lines.append("")
    lines.append("## Deliberately close pairs")
    lines.append("")
    lines.append("These pairs overlap on purpose, as they would in real coding; each theme's "
                 "description says which way a borderline answer goes.")
    lines.append("")
    for x, y, why in CLOSE_PAIRS:
        lines.append("- `%s` / `%s`: %s." % (x, y, why))
    lines.append("")
    lines.append("A looser boundary also exists between `money_pressure` and `older_draw_in` "
                 "(gifts and manufactured debts versus need and wanting money); answers about "
                 "debts created by older people carry both.")
    lines.append("")
    lines.append("## How it was built")
    lines.append("")
    lines.append("- Every answer was typed by hand in `build.py` as a literal call "
                 "`a(primary, text[, second])`, grouped in blocks by primary theme. There are no "
                 "generators, templates, word-substitution loops or copied text.")
    lines.append("- Voice: young people aged 11-25 typing on a phone; mostly lower case, "
                 "text-speak, misspellings, sarcasm, one-word answers and short sentences, and "
                 "slang from across the UK and its communities (for example feds, 12, old bill, "
                 "dibble, bizzies, polis, peelers, plod for police; ps, bread, dough, ackers, "
                 "brassic, skint for money; ginnel, gully, cut thru, underpass for paths; nowt, "
                 "howay, bairns, wee, nae, lush, nain, scundered, tout, izzat, la).")
    lines.append("- Within each theme the same idea is said many different ways on purpose, so "
                 "no single keyword gives a theme away; some answers name a theme's subject only "
                 "indirectly (for example fear of telling expressed as 'walls got ears').")
    lines.append("- Each answer has one primary theme; %d of %d answers (%.1f%%) also carry a "
                 "second theme, which is always different from the primary."
                 % (n_second, total, 100.0 * n_second / total))
    lines.append("- Content is non-graphic. No real people or places are intended.")
    lines.append("- `build.py` refuses to write anything unless: at least 500 answers; every "
                 "theme key is valid; every theme has at least 30 primary answers; no second "
                 "theme equals its primary; 12-18%% of answers have a second theme; and no two "
                 "answers are equal once case, whitespace and punctuation are ignored.")
    lines.append("- It then shuffles with `random.Random(%d)`, numbers the answers k0001, "
                 "k0002, ..., and writes:" % SEED)
    lines.append("  - `set_k.jsonl`: UTF-8, one JSON object per line: "
                 "`{\"id\", \"text\", \"themes\": [primary, optional second]}`.")
    lines.append("  - `themes.json`: the codebook as a JSON list of `{\"key\", \"label\", \"description\"}`.")
    lines.append("  - `README.md`: this file (counts below are computed by the build).")
    lines.append("- Rebuild with `python3 build.py`.")
    lines.append("")
    lines.append("## Counts per theme")
    lines.append("")
    lines.append("| key | label | primary | as second | total mentions |")
    lines.append("|---|---|---:|---:|---:|")
    for k in KEYS:
        lines.append("| `%s` | %s | %d | %d | %d |"
                     % (k, label[k], counts[k], second_counts[k], counts[k] + second_counts[k]))
    lines.append("| **all** | | **%d** | **%d** | **%d** |"
                 % (total, n_second, total + n_second))
    lines.append("")
    return "\n".join(lines)


def main():
    counts, n_second = validate()
    records = make_records()
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    themes_json = json.dumps(THEMES, ensure_ascii=False, indent=2) + "\n"
    readme = make_readme(counts, n_second)
    outputs = [
        ("set_k.jsonl", jsonl),
        ("themes.json", themes_json),
        ("README.md", readme),
    ]
    for name, content in outputs:
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    print("wrote %d answers (%d with a second theme, %.1f%%)"
          % (len(records), n_second, 100.0 * n_second / len(records)))
    for k in KEYS:
        print("  %-22s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
