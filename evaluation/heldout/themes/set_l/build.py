#!/usr/bin/env python3
"""Build evaluation set L: theme suggestion and assisted coding of young
people's free-text answers to a (fictional) child exploitation consultation.

Every answer below was typed by hand. Nothing is generated, templated or
substituted. Run:  python3 build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261210
DATE = "2026-12-06"

PARTNERSHIP = "Hollinsby and Dunmore Safer Futures Partnership"
CONSULTATION = "Your Voice, Your Streets"

QUESTIONS = [
    ("Q1", "Where in Hollinsby, Dunmore or Kestle Bridge do you feel unsafe, and when?"),
    ("Q2", "How do people try to get in touch with young people to pull them into things, online or in person?"),
    ("Q3", "Why do you think some young people get drawn into being exploited?"),
    ("Q4", "If something was wrong, what would stop you telling someone?"),
    ("Q5", "When you (or a friend) told an adult about something worrying, how did they react?"),
    ("Q6", "What has your experience of the police been like?"),
    ("Q7", "What would help young people stay safe in their free time?"),
    ("Q8", "What should young people and their families be taught about exploitation?"),
    ("Q9", "What would make support from youth workers, social workers and other services better?"),
    ("Q10", "What is going on at home or in care that adults should understand?"),
    ("Q11", "Is there anything about who you are that changes how you get treated?"),
    ("Q12", "Anything else you want the partnership to know?"),
]

THEMES = [
    {"key": "places",
     "label": "Unsafe places and getting around",
     "description": "Particular locations, times or journeys where young people feel unsafe or watched: "
                    "parks, stations, stairwells, takeaways, routes home, the dark, cars waiting, people hanging about. "
                    "About where danger is felt, not about a lack of things to do (see activities)."},
    {"key": "online",
     "label": "Online contact and grooming",
     "description": "Contact through phones, games and social media: strangers or older people messaging, fake "
                    "profiles, requests for pictures or personal details, being added to chats, moving to private apps, "
                    "blocking and reporting that does not work."},
    {"key": "money",
     "label": "Money, gifts and the lure of quick cash",
     "description": "Poverty and wanting things as a way in: offers of cash, food, clothes, phones, lifts, vapes or "
                    "travel; being made to feel you owe something; debts that have to be worked off; use of bank accounts. "
                    "About material pull, not social status (see peers)."},
    {"key": "peers",
     "label": "Friends, status and belonging",
     "description": "The social pull: wanting to fit in, reputation and respect, loyalty to mates, older peers as role "
                    "models, loneliness, feeling protected or part of a family, friends drawing each other in. "
                    "About belonging, not money (see money)."},
    {"key": "telling",
     "label": "Fear of what happens if you tell",
     "description": "Consequences young people expect after speaking up: being called a grass or snitch, retaliation "
                    "against them or family, getting themselves in trouble, things getting back, losing control of what "
                    "happens next, being moved. About anticipated consequences, not how adults react in the moment "
                    "(see believed)."},
    {"key": "believed",
     "label": "Being listened to, believed and not judged",
     "description": "How adults respond when young people speak: disbelief, judgement, blame, talking down, not taking "
                    "it seriously, overreacting, not involving them in decisions, making them repeat themselves. "
                    "About the quality of the response, not an ongoing relationship (see worker)."},
    {"key": "police",
     "label": "Experiences of the police",
     "description": "Contact with the police: stop and search, being treated as an offender rather than a victim, slow "
                    "or no response, phones seized, no updates, good officers, whether to call them at all. "
                    "When the point is identity-based treatment, code bias first."},
    {"key": "activities",
     "label": "Things to do and places to go",
     "description": "Lack of youth clubs and provision, closures, cost of activities and travel, boredom, opening "
                    "hours, wanting safe spaces, sport, music and trips, especially evenings and holidays. "
                    "About what is missing, not where is dangerous (see places)."},
    {"key": "learning",
     "label": "Education and awareness",
     "description": "What young people, parents and the wider public should be taught: signs of grooming and "
                    "exploitation, real stories, who delivers it and how, lessons starting earlier, knowing rights and "
                    "where to get help, training for staff who might notice."},
    {"key": "worker",
     "label": "A consistent trusted worker",
     "description": "Wanting one adult who sticks around: continuity, time to build trust, workers changing or cases "
                    "closing, support ending at 18, being able to text someone out of hours, workers with lived "
                    "experience or from the area. About the ongoing relationship (compare believed)."},
    {"key": "home",
     "label": "Home, family and care",
     "description": "Family and living circumstances: arguments, parents working or struggling, siblings or relatives "
                    "involved, bereavement, being in care or placed far away, supported accommodation, going missing "
                    "from home, what families need."},
    {"key": "bias",
     "label": "Being stereotyped or treated differently",
     "description": "Being judged on race, religion, ethnicity, class, postcode, gender, sexuality, clothes, accent, "
                    "disability or neurodivergence; boys not seen as victims; being treated as older than you are "
                    "(adultification); being described as making choices."},
]

CLOSE_PAIRS = [
    ("telling", "believed",
     "Both are about speaking up. telling = what young people fear will happen afterwards (retaliation, being a grass, "
     "trouble, being moved); believed = how the adult actually responds (disbelief, judgement, blame)."),
    ("believed", "worker",
     "Both are about adults. believed = the quality of a response; worker = wanting the same person over time, "
     "continuity and availability."),
    ("police", "bias",
     "Stop and search and being treated as older often come up with the police. Code bias first when the answer "
     "says the treatment is because of who they are; police when it is about police practice in general."),
    ("money", "peers",
     "Both explain why young people get drawn in. money = material pull (cash, food, gifts, debt); "
     "peers = social pull (status, belonging, loyalty)."),
    ("places", "activities",
     "Both touch public space. places = where and when young people feel unsafe; activities = having nothing to do "
     "and nowhere good to go."),
]

KEYS = [t["key"] for t in THEMES]
ANSWERS = []


def a(primary, text, second=None):
    ANSWERS.append((primary, text, second))


# ---------------------------------------------------------------- places
a("places", "the underpass by millgate bus station is proper dodgy after like 6")
a("places", "tolley park at night no chance")
a("places", "bus stop outside the chippy on kestle rd, theres always older lads sat there clocking who gets off")
a("places", "walking home from college in winter when its dark at half 4. i ring my mum the whole way")
a("places", "stairwells in the flats on ashgrove. lifts never work so u have to use them and ppl hang about on the landings")
a("places", "town centre is fine in the day but after the shops shut its a completely different place")
a("places", "the cut through behind the co-op, everyone knows not to go that way")
a("places", "trains. specially the last one back from the city, ppl get on who shouldnt be chatting to kids")
a("places", "the quarry woods. its where people go to do stuff they dont want seen")
a("places", "outside the vape shop on northbank, cars pull up n just wait")
a("places", "retail park car park at night ngl, boy racers and randoms")
a("places", "brickfield rec, specially round the back of the changing rooms")
a("places", "certain chicken shops. u know the ones")
a("places", "Wrenfield after dark tbh. streetlights been broke for months and the council aint bothered")
a("places", "the canal path. used to walk my dog there, not anymore")
a("places", "anywhere with a bench and no cctv lol")
a("places", "i live in dunmore its mostly fine, its going into hollinsby thats the issue")
a("places", "taxi rank at night when ur on ur own")
a("places", "bus station toilets. dont. ever.")
a("places", "the garages behind my block. theres always a car with blacked out windows parked up")
a("places", "outside school at home time, cars waiting that defo arent parents")
a("places", "the shisha place on the parade, older men always offering lifts to girls", "money")
a("places", "petrol station at 11pm is weird, people just hanging round the forecourt for no reason")
a("places", "them cheap hotels on the ring road. my mate got took to one and nobody on reception asked a single thing")
a("places", "lighting!! more lights on the path up from the station pls")
a("places", "house parties where ur mate says its fine but u dont know whose gaff it is or whos coming", "peers")
a("places", "skatepark is ok til the older lot turn up then its time to go home", "activities")
a("places", "aye the shorefront at kestle bridge is pure sketchy at night ken")
a("places", "walking past the bookies on the corner, men shout stuff at u")
a("places", "big events like the bonfire, everyones drunk and u lose ur mates in the crowd")
a("places", "the field behind the leisure centre is where people get sent to 'meet someone'")
a("places", "honestly my own street. theres a house at the end everyone knows about")
a("places", "the 42 late at night. driver doesnt care whats going on upstairs")
a("places", "maccies at 10pm is like a meeting point for stuff that has nothing to do with burgers")
a("places", "i dont go anywhere on my own after dark. not one place")
a("places", "the flats by the station where people come and go all night, my nan lives opposite and wont let me visit after 7")
a("places", "end of the line at the tram stop, no staff, no one about, just u and whoever")
a("places", "crossing into other ends can get u in bother depending who u are n where ur from")
a("places", "alleys. all of them")
a("places", "ngl i feel safer in my room than anywhere in this town")

# ---------------------------------------------------------------- online
a("online", "people add u on snap that u dont know and then act like they know ur mates")
a("online", "quick add is the worst thing ever invented")
a("online", "fake accounts saying there 15 when they obviously are not")
a("online", "they start off nice, compliments n that, then it turns into asking for pics")
a("online", "gaming. someone on fortnite gave my little brother vbucks then wanted his number", "money")
a("online", "group chats u get added to with like 200 ppl and stuff u never asked to see")
a("online", "insta dms from 'modelling agencies' lmaooo")
a("online", "they love bomb u over text for weeks, its slow, u dont notice")
a("online", "ppl screenshot what u said and hold it over u so u keep quiet", "telling")
a("online", "my phone is where it all happens tbh, not the street")
a("online", "someone i was talking to for months turned out to be a grown man. i felt so stupid")
a("online", "discord servers. nobodys parents even know what discord is", "learning")
a("online", "they ask u to move to a different app so its 'more private', thats the red flag")
a("online", "tiktok lives where people send u gifts and then message u after", "money")
a("online", "whatsapp numbers getting passed round without anyone asking u")
a("online", "sextortion scams, most ppl my age dont know its a thing til it happens to them")
a("online", "they find u thru ur mates followers list")
a("online", "if ur account is public ppl say ur asking for it which isnt fair")
a("online", "snap map. turn it off. randoms can literally see where u are")
a("online", "had a random wagwan me asking which school i go")
a("online", "catfish accounts")
a("online", "voice notes from numbers i dont have saved")
a("online", "at first they're like an older brother, asking if ur ok, if uve eaten, checking in")
a("online", "half of it happens in ps5 party chat with ppl u never met")
a("online", "they send u a link to a 'private story' and its just to get ur login")
a("online", "my little sister is 11 and has tiktok. age limits mean nothing")
a("online", "ppl u met once at a party and suddenly they're in ur dms 24/7")
a("online", "blocking does nothing they just make a new acc")
a("online", "vanish mode so there's no proof, then nobody believes u", "believed")
a("online", "online is where they test if ur the type who'll keep ur mouth shut")
a("online", "its the messages at 2am when ur lonely and cant sleep")
a("online", "reporting stuff on the apps does literally nothing, ive tried")
a("online", "roblox. i was 12 and someone asked for my address on there")
a("online", "dating apps. loads of under 18s lie about their age to get on and so do the men lol")
a("online", "friend requests from ppl with 0 mutuals should get blocked automatic")
a("online", "they pretend to be a girl ur age to get u chatting")
a("online", "being sent stuff u never asked for then told ur the one wholl get in trouble for having it", "telling")
a("online", "its not strangers in vans anymore its strangers in ur notifications")
a("online", "someone made a fake of my mates account and messaged everyone on her list")
a("online", "honestly? followed by 3 accounts i didnt know in one day, all asking 'u from hollinsby?'")

# ---------------------------------------------------------------- money
a("money", "ppl posting designer stuff and cash on their story to make it look easy")
a("money", "ads for 'easy work' on snap stories, '£££ dm me' type thing", "online")
a("money", "when ur skint and someone offers u £50 to drop a bag off somewhere, thats hard to say no to")
a("money", "being broke")
a("money", "free food. sounds stupid but if theres nothing in at home and someone gets u maccies every day u feel like u owe them", "home")
a("money", "new trainers, new phone, then suddenly u 'owe' them")
a("money", "they set u up to lose the stuff then u gotta work it off, thats how they keep u")
a("money", "cost of living. my mum does 2 jobs and we still cant afford stuff so when someone offers u p's u take it", "home")
a("money", "cash")
a("money", "they pay for ur nails and lashes and make u feel special")
a("money", "lifts. someone always offering to drive u home and u think its free")
a("money", "if u wanna wear what everyone else is wearing u need money from somewhere", "peers")
a("money", "its not even about the drugs its about having money in ur pocket for once")
a("money", "weed as payment. first lot is free and thats how it starts")
a("money", "most ppl dont get into it cos they're bad, its cos they need p's")
a("money", "fast money looks peak from the outside, nobody talks about when it goes wrong")
a("money", "being offered vapes for free at 12")
a("money", "they top up ur phone for u")
a("money", "my mate got robbed of what he was holding and now he owes like 2 grand which is mad")
a("money", "£££ thats literally it")
a("money", "gifts")
a("money", "no jobs for under 16s so how else u meant to get money")
a("money", "people send u money on ur banking app first then say u owe them, or they use ur account to move money")
a("money", "bank account stuff, they offer u 200 quid just to borrow ur card for a bit")
a("money", "christmas is the worst, everyone wants stuff and theres no money")
a("money", "they take u to nandos and pay, next week ur doing them favours")
a("money", "ppl with nothing have nothing to lose innit")
a("money", "ngl if someone offered me a grand id think about it. anyone would")
a("money", "poverty. simple as")
a("money", "our benefits got cut, my brother started going out more, then had new clothes. not hard to work out", "home")
a("money", "they buy u food, a phone and a train ticket so u can 'visit' places")
a("money", "selling ur old clothes on vinted aint gonna pay the bills lol")
a("money", "u get paid the first time, second time nothing, but by then ur in it")
a("money", "i wanted a ps5. thats how it started with me. im out now but yeah")
a("money", "when u see ur mum crying over the gas bill u'd do anything tbh")
a("money", "bus fare. literally someone paying ur bus fare can be the start")
a("money", "they let u keep the phone they give u. u think its a gift. its not")
a("money", "ema should be more, 30 quid a week dont cover nothing")
a("money", "the older ones flash it, wads, cars, looks like the only way off ashgrove", "peers")
a("money", "free haircuts, free food, free everything til it isnt free")

# ---------------------------------------------------------------- peers
a("peers", "wanting to be known")
a("peers", "u want to feel part of something, like a family")
a("peers", "older ones look out for u when no one else does, makes u feel like ur someone")
a("peers", "ur mates are doing it so either u go along or ur on ur own")
a("peers", "clout")
a("peers", "reputation is everything round here")
a("peers", "if u say no ur called soft n everyone goes on about it for weeks")
a("peers", "my friend brought me in without even meaning to, he thought he was helping me out")
a("peers", "loyalty to ur boys. u dont leave ur mates")
a("peers", "girls get brought in through a boyfriend whos older and everyone thinks hes cool")
a("peers", "being popular. the popular ones are usually linked to someone older")
a("peers", "tbh its the group chat. whoevers in it is in it")
a("peers", "bored + mates = trouble", "activities")
a("peers", "they make u feel protected, like nobody can touch u now")
a("peers", "wanting respect. at school nobody rates u, on road they do")
a("peers", "peer pressure innit")
a("peers", "fomo")
a("peers", "having older cousins already in it makes it feel normal", "home")
a("peers", "the mandem. u dont say no to the mandem")
a("peers", "its like a brotherhood until it isnt")
a("peers", "no one wants to be the odd one out")
a("peers", "i moved schools and the only ppl who talked to me were the wrong crowd")
a("peers", "feeling lonely. they find the lonely ones first")
a("peers", "get excluded n ur stuck with the other excluded kids all day and u know how that goes")
a("peers", "being seen with certain ppl gives u status")
a("peers", "tiktok and drill videos make it look like a lifestyle", "online")
a("peers", "my best mate changed when he started chilling with the older lot. didnt want to know me after that")
a("peers", "everyone wants a squad")
a("peers", "to look hard")
a("peers", "girls get called names if they dont go to the parties, so they go")
a("peers", "its easier to say yes than explain why u wont")
a("peers", "my mates would laugh if i said i felt unsafe so i just dont say owt", "telling")
a("peers", "they pick the ones who want to belong somewhere")
a("peers", "theres no one to look up to round here except them")
a("peers", "ppl think its cool til its not")
a("peers", "being in a group feels safer than being on ur own on this estate, genuinely", "places")
a("peers", "ur boys gas u up to do stupid stuff")
a("peers", "acceptance")
a("peers", "wanting to impress a girl, or a boy, whoever")
a("peers", "the year 11 lads were like celebrities to us in year 8")

# ---------------------------------------------------------------- telling
a("telling", "snitches get stitches, thats the rule")
a("telling", "if u grass everyone knows by monday")
a("telling", "they know where my family lives")
a("telling", "scared itll make things worse")
a("telling", "ud get in trouble urself for what uve done")
a("telling", "cos then ur the one with a social worker and ur mum kicks off", "home")
a("telling", "i dont want my name on any paperwork")
a("telling", "stuff gets back. hollinsby is tiny")
a("telling", "once u tell u lose control of what happens, it goes to police, school, everyone")
a("telling", "fear")
a("telling", "the ppl ud be telling on are the same ppl who 'look after' u")
a("telling", "ive seen what happens to people who talk")
a("telling", "they said stuff about my little sister. so no im not saying anything")
a("telling", "u dont want to be known as a grass for life")
a("telling", "if i tell the feds theyll nick me as well", "police")
a("telling", "worried about getting put in care", "home")
a("telling", "u'd have to move away, they move ur whole family and thats worse")
a("telling", "they say its confidential then ring ur mum the same day", "believed")
a("telling", "embarrassed tbh. and scared")
a("telling", "they'd know it was me, only like 3 ppl knew")
a("telling", "u owe them so if u talk u still owe it and now theyre angry", "money")
a("telling", "scared of losing all my mates if i said anything", "peers")
a("telling", "no one tells. its just how it is")
a("telling", "the fallout. the fallout is always worse than the thing")
a("telling", "if u tell a teacher it goes on ur record n follows u everywhere")
a("telling", "my dad would kill me (not literally lol) if he found out")
a("telling", "theres no anonymous way that actually feels anonymous")
a("telling", "fear of the opps finding out")
a("telling", "u just dont. u deal with it urself")
a("telling", "ppl who speak up end up leaving the area and losing everything")
a("telling", "my cousin spoke up and his mums windows got put through the week after")
a("telling", "if i report it theyll take my phone as 'evidence' and ill have nothing")
a("telling", "bc ur scared ur parents find out what u were doing in the first place")
a("telling", "honestly id rather deal with them than deal with the system")
a("telling", "i didnt wanna get my boyfriend in trouble")
a("telling", "not knowing what happens next after u tell is the scary bit, nobody explains it", "believed")
a("telling", "if they find out u talked u get taxed or worse")
a("telling", "wat stops me? knowing id be the one dealing with it after, not them")
a("telling", "too much to lose")
a("telling", "my mum has papers issues so anything with police or council could mess that up for her")

# ---------------------------------------------------------------- believed
a("believed", "they dont believe u")
a("believed", "teachers think ur lying to get out of stuff")
a("believed", "told my head of year and she said i was being dramatic")
a("believed", "they look at u like its ur fault for being there")
a("believed", "adults talk at u not with u")
a("believed", "'why didnt u just leave' like its that easy")
a("believed", "being judged")
a("believed", "its the face they pull. u can see them deciding ur a bad kid")
a("believed", "listen without making it a massive thing straight away")
a("believed", "dont call it a 'lifestyle choice'. i was 14", "bias")
a("believed", "they said i was 'putting myself at risk' like i chose it")
a("believed", "nobody takes u seriously til something really bad happens")
a("believed", "i told 3 different adults before anyone did anything")
a("believed", "they just want to tick a box")
a("believed", "stop asking the same questions over n over like ur trying to catch me out")
a("believed", "if uve been in trouble before they never believe u again")
a("believed", "ask us what we need instead of deciding for us")
a("believed", "they think cos i laugh about it im fine. im not")
a("believed", "patronising. some of them speak to u like ur 5")
a("believed", "when i finally said something they went straight to 'why were u there' smh")
a("believed", "'my door is always open' then theyre always too busy 🙄")
a("believed", "be honest about what ur gonna do with what we tell u", "telling")
a("believed", "just believe young people the first time")
a("believed", "my mum believed me but school didnt", "home")
a("believed", "they only listened to my foster carer in the room, not me", "home")
a("believed", "dont make us repeat our story to 10 different people", "worker")
a("believed", "they see the trouble not the reason for it")
a("believed", "one teacher actually listened and it changed everything, so it is possible")
a("believed", "dont give us a lecture, we know")
a("believed", "they think we exaggerate everything")
a("believed", "being spoken to like a criminal when ur the victim")
a("believed", "got told off for swearing when i was trying to explain something serious")
a("believed", "ur not listening if ur typing the whole time")
a("believed", "my gp gave me a leaflet and that was it. cheers")
a("believed", "they believed the older guy over me cos hes 'respectable'")
a("believed", "adults need to stop saying 'well what did u expect'")
a("believed", "they went mad instead of staying calm and then i regretted saying anything")
a("believed", "felt like a case number")
a("believed", "let us have a say in meetings about us, i wasnt even invited to mine")
a("believed", "always 'we're concerned about your choices' nah be concerned about the man who groomed me")

# ---------------------------------------------------------------- police
a("police", "police never come when u call them")
a("police", "got stopped and searched 4 times in one month walking home from school")
a("police", "feds treated me like a criminal when i was the one being used")
a("police", "one officer who came to the youth club was actually sound, knew everyone by name")
a("police", "12 dont care")
a("police", "they took 3 hours to turn up")
a("police", "i was found in another county and they put me in a cell instead of asking if i was ok", "believed")
a("police", "pcsos are alright, the actual police are different")
a("police", "police in school just makes everyone on edge")
a("police", "quick to arrest, slow to help")
a("police", "the police helped me get out tbh. not all of them are bad")
a("police", "rude")
a("police", "they called me by my surname and spoke to me like i was a grown man", "bias")
a("police", "brought me home after being missing and didnt even ask where id been or why", "home")
a("police", "nobody trusts the old bill round here")
a("police", "they shouldnt be handcuffing kids who are being exploited")
a("police", "more police walking about would help tbh")
a("police", "less police more youth workers", "worker")
a("police", "ring 101 and u wait 40 mins, forget it")
a("police", "they drive past dead slow staring at us for just sitting in the park")
a("police", "they take ur phone and u never see it again")
a("police", "the way they spoke to my mum was disgusting")
a("police", "they say u can tell them anything then u end up charged urself", "telling")
a("police", "i reported it and never heard anything back. no updates nothing")
a("police", "cops")
a("police", "its the way they grab u. theres no need for it")
a("police", "they should have to properly explain why theyre stopping u")
a("police", "a detective called lisa was the only adult who kept her word", "worker")
a("police", "bodycams on all the time not just when it suits them")
a("police", "they came to my school in uniform to talk to me in front of everyone", "telling")
a("police", "they know whats going on, they just dont do owt")
a("police", "they raided ours at 6am for my brother, i was 12 and it was terrifying", "home")
a("police", "i dont blame them for everything but they need training on how to talk to kids")
a("police", "they only come round the estate in vans never on foot so they dont know anyone")
a("police", "the community officer in dunmore plays footy with us on fridays, more of that", "activities")
a("police", "when u ring they ask loads of questions and make u feel like ur wasting their time")
a("police", "police should be the last option not the first")
a("police", "i got a 'warning' for being in a flat i was made to be in")
a("police", "aye the polis up here are pure nosy but never help wi anything")
a("police", "where my family's from u dont call the peelers, so i dont here either")

# ---------------------------------------------------------------- activities
a("activities", "nothing to do so ppl just hang about")
a("activities", "the youth club on fenwick st shut in 2024 and now everyones just on the streets", "places")
a("activities", "more youth clubs")
a("activities", "free stuff. everything costs money", "money")
a("activities", "somewhere warm in winter that isnt a shop that kicks u out after 5 mins")
a("activities", "football cages with lights")
a("activities", "a boxing gym that's free")
a("activities", "bored")
a("activities", "summer holidays theres literally nothing, 6 weeks of nothing")
a("activities", "open stuff later, everything shuts at 6 which is exactly when we need it")
a("activities", "a music studio. half the lads round here want to make music")
a("activities", "somewhere to chill where no ones trying to sell u anything")
a("activities", "the leisure centre is like £6 a swim now who can afford that", "money")
a("activities", "give us a space and let us run it")
a("activities", "cheap buses so we can actually get to stuff")
a("activities", "stuff for girls not just football")
a("activities", "theres nothing in kestle bridge at all, u have to go into hollinsby for anything")
a("activities", "dance, art, cooking, anything")
a("activities", "things on friday and saturday nights, thats when it all kicks off")
a("activities", "the skatepark needs fixing its been broke since i was in year 7")
a("activities", "a games room with consoles so nobody ends up at some older guys flat to play", "places")
a("activities", "we used to have youth workers come round on a tuesday night then they just stopped", "worker")
a("activities", "if ur busy ur not getting into stuff, simple")
a("activities", "after school clubs that arent just for the sporty kids or the clever kids")
a("activities", "duke of edinburgh but free")
a("activities", "a cafe for teenagers, like a proper hangout")
a("activities", "the mosque youth group is the only thing on for us")
a("activities", "cadets saved me tbh")
a("activities", "make it less cringe, we dont want to play uno with a 50 year old")
a("activities", "jobs for 14 and 15 year olds, paper rounds dont even exist anymore", "money")
a("activities", "somewhere open til 10 with food")
a("activities", "honestly just a shelter and a bench that isnt in the middle of nowhere")
a("activities", "stop closing everything")
a("activities", "trips. loads of kids on ashgrove have never even been to the seaside")
a("activities", "id go to a youth club if my mates went", "peers")
a("activities", "a place where u can talk to someone but its not a 'session'", "worker")
a("activities", "theres a church thing on wednesdays, its actually decent, free pizza")
a("activities", "we need stuff for 16 to 25 as well not just little kids")
a("activities", "more mentoring and sport")
a("activities", "our park has nothing in it except a broken swing")

# ---------------------------------------------------------------- learning
a("learning", "teach us the signs earlier, year 9 is too late")
a("learning", "pshe is a joke")
a("learning", "get people who've actually been through it to come in, not a powerpoint")
a("learning", "i didnt even know what grooming was til it happened to me")
a("learning", "teach parents too, my mum has no idea what snap even is", "home")
a("learning", "the videos they show are so old and cringe")
a("learning", "what county lines actually looks like, not the tv drama version")
a("learning", "what a healthy relationship looks like so we know when its not one")
a("learning", "who to contact if ur worried, like a number or website that isnt for little kids")
a("learning", "ur rights if the police stop u", "police")
a("learning", "online safety that isnt just 'dont talk to strangers'", "online")
a("learning", "small groups not the whole year in the hall")
a("learning", "boys need to be told they can be victims too", "bias")
a("learning", "start in primary. kids are getting approached at 10")
a("learning", "oh great another assembly, thats really gonna fix it")
a("learning", "posters in the toilets with numbers on, ppl actually read those")
a("learning", "teachers need training too, half of them wouldnt spot it")
a("learning", "the difference between a mate and someone grooming u")
a("learning", "real stories from ppl round here, not americans")
a("learning", "how debt works, like how they trap u with it", "money")
a("learning", "consent")
a("learning", "that u can still say no even if u took something off them", "money")
a("learning", "that its not ur fault. nobody ever told me that")
a("learning", "explain what happens after u report, step by step", "telling")
a("learning", "teach us about money so we dont fall for the fast cash stuff")
a("learning", "a theatre group came in and did a play about it, that was actually good")
a("learning", "do it in a way that doesnt scare ppl off")
a("learning", "dont just tell us drugs are bad, we know")
a("learning", "awareness")
a("learning", "the signs ur mate might be in trouble, like new stuff, going missing, extra phones")
a("learning", "leaflets in other languages, my mum reads urdu and theres nothing for her", "home")
a("learning", "learnt more from tiktok than from school about this which is sad")
a("learning", "dont make it a one off, keep bringing it up")
a("learning", "show us what manipulation looks like in actual messages", "online")
a("learning", "rse that covers exploitation properly, not just the basics")
a("learning", "let students help write the lessons")
a("learning", "make it about hollinsby not london")
a("learning", "idk tbh, school cant fix everything")
a("learning", "tell us the law, like what actually counts")
a("learning", "taxi drivers, shop staff and hotel staff should all be trained to spot it", "places")

# ---------------------------------------------------------------- worker
a("worker", "one person. not 6 different social workers in a year")
a("worker", "my youth worker dean is the only reason im still in college")
a("worker", "someone who actually texts back")
a("worker", "someone whos been through it")
a("worker", "they keep changing my worker and i have to start from scratch every time")
a("worker", "time. trust takes time")
a("worker", "i liked that my worker took me for food and we just talked, not in an office")
a("worker", "someone who doesnt leave after 12 weeks cos the funding ran out")
a("worker", "a mentor")
a("worker", "consistency")
a("worker", "having someone on my side in the meetings", "believed")
a("worker", "someone my age or a bit older who gets it")
a("worker", "workers who look like us and come from round here", "bias")
a("worker", "my case got closed as soon as i was 'doing better' and then i had no one")
a("worker", "i need someone i can ring at 11pm not 9 to 5")
a("worker", "the woman from the charity stuck with me even when i messed up")
a("worker", "someone who isnt police or social services", "police")
a("worker", "id talk to a youth worker before a social worker any day")
a("worker", "being able to pick who ur worker is")
a("worker", "a proper relationship not 'sessions'")
a("worker", "turned 18 and it all just stopped. im still the same person")
a("worker", "someone who turns up when they say they will")
a("worker", "shes like a big sister tbh")
a("worker", "same face every week")
a("worker", "one adult who doesnt give up on u")
a("worker", "workers that arent scared to come on our estate", "places")
a("worker", "someone who remembers what u told them last time")
a("worker", "a worker who speaks punjabi so my mum can talk to them as well", "home")
a("worker", "the good ones always leave cos theyre underpaid")
a("worker", "more youth workers, less meetings")
a("worker", "honestly just a trusted adult")
a("worker", "a female worker. i wont talk to a man about this")
a("worker", "not being passed round")
a("worker", "someone who doesnt judge u for going back to them", "believed")
a("worker", "people who stay")
a("worker", "had a worker from the hub for 2 years and it made all the difference")
a("worker", "someone out on the street, not waiting in an office for u to come to them")
a("worker", "someone who keeps in touch even after ur file is 'closed'")
a("worker", "a key worker who actually has time, mine had like 40 kids")
a("worker", "dont want a new face every time i have to talk about the worst thing that happened to me")

# ---------------------------------------------------------------- home
a("home", "when stuff is bad at home u stay out more, simple")
a("home", "my mum works nights so no one knows where i am")
a("home", "arguments at home")
a("home", "i was in care and moved 8 times. they go for kids in care cos no ones checking")
a("home", "being placed 50 miles from everything i know")
a("home", "kicked out at 16")
a("home", "my older brother was in it so they came for me next")
a("home", "parents need support too, not just blamed for everything")
a("home", "dad left, mum was struggling, i just went off the rails a bit")
a("home", "go missing from a care home its 'just another episode', go missing from a family its a big deal. make it make sense")
a("home", "young carers get forgotten. i look after my mum")
a("home", "no one at home to talk to")
a("home", "my parents dont speak much english so they didnt know what was going on")
a("home", "home isnt always the safe place ppl think it is")
a("home", "staff at my childrens home were agency and didnt care")
a("home", "my nan raised me and shes old, she doesnt get phones")
a("home", "overcrowding. 6 of us in a 2 bed so u stay out", "money")
a("home", "domestic stuff")
a("home", "step dad")
a("home", "my mum found out and instead of shouting she just hugged me. helped more than anything")
a("home", "help families early before it gets bad")
a("home", "parents dont notice cos theyre dealing with their own stuff")
a("home", "ppl in supported accommodation at 16 are basically on their own")
a("home", "social services blamed my mum for what happened to me", "believed")
a("home", "family problems")
a("home", "not wanting to go home")
a("home", "when my dad died i stopped caring about anything")
a("home", "they took over my uncles flat cos hes vulnerable, used it as a base", "places")
a("home", "we ended up in a b&b with my mum and sister, full of adults we didnt know", "places")
a("home", "strict parents just means u sneak out more")
a("home", "my mums boyfriend was the one who introduced me to them")
a("home", "being looked after means everyone knows ur business except the ppl who should")
a("home", "came back from being missing and my foster carer just said go to ur room")
a("home", "siblings")
a("home", "drink at home. i'll leave it there")
a("home", "id want my family to get help not be split up", "telling")
a("home", "16 plus accommodation is where loads of girls get targeted")
a("home", "house was always loud and full of people, easier to be out")
a("home", "me mam does her best but shes on her own with 4 of us")
a("home", "my foster carers were lush but i still got moved, nobody asked me")

# ---------------------------------------------------------------- bias
a("bias", "black boys get treated as older than they are")
a("bias", "if ur a lad no one sees u as a victim")
a("bias", "they see my postcode and decide who i am")
a("bias", "searched cos of my skin. simple", "police")
a("bias", "im 15 and 6ft so they treat me like a man")
a("bias", "girls in care get called 'promiscuous' in reports. i read mine", "home")
a("bias", "adultification")
a("bias", "my hijab means people assume stuff about my family")
a("bias", "cos im from a traveller family teachers expected trouble before i even sat down")
a("bias", "as a trans kid there was nowhere that felt safe to go for help")
a("bias", "cos i have adhd they just thought i was being naughty", "believed")
a("bias", "ppl from ashgrove get judged as scum straight away")
a("bias", "white girls get believed more, simple as", "believed")
a("bias", "trackies and a puffer doesnt make me a criminal")
a("bias", "my accent. they hear it and switch off")
a("bias", "im autistic and didnt get what was happening, no one explained it in a way that made sense to me", "learning")
a("bias", "being called 'streetwise' at 13")
a("bias", "asian girls get overlooked cos 'the community deals with it'")
a("bias", "racism")
a("bias", "for gay lads its older men on apps and no one talks about that", "online")
a("bias", "boys get treated as the problem and girls as victims, its not that simple")
a("bias", "polish kids get ignored, like we dont exist in the stats")
a("bias", "my name on paper gets me judged before i walk in")
a("bias", "being poor gets u judged at school")
a("bias", "its 'making choices' for black kids and 'being groomed' for white kids")
a("bias", "stereotypes")
a("bias", "rural kids get forgotten, its not all inner city")
a("bias", "having a disability makes u an easy target and nobody thinks about that")
a("bias", "even the reports said 'associating with' like i was picking my friends for fun")
a("bias", "muslim lad, get pulled at the station every other week", "police")
a("bias", "kids with learning difficulties get used and then blamed")
a("bias", "16 isnt an adult. stop treating us like we are")
a("bias", "they assumed i was the one in charge cos im bigger than my mates")
a("bias", "being a young mum they judged me instead of helping", "home")
a("bias", "the music we listen to doesnt make us gang members")
a("bias", "kids in care get labelled 'difficult' from day one", "home")
a("bias", "mixed race girl. nobody saw what was happening to me as abuse")
a("bias", "see us as kids first")
a("bias", "assumptions about what estate ur from")
a("bias", "english is my second language so they spoke to my dad instead of me like i wasnt there")


# ---------------------------------------------------------------- checks
def norm(text):
    return "".join(ch for ch in text.lower() if ch.isalnum())


def check():
    errors = []
    if len(ANSWERS) < 450:
        errors.append("only %d answers (need at least 450)" % len(ANSWERS))
    counts = {k: 0 for k in KEYS}
    seconds = {k: 0 for k in KEYS}
    n_second = 0
    seen = {}
    for i, (p, t, s) in enumerate(ANSWERS):
        if p not in KEYS:
            errors.append("answer %d: unknown primary theme %r" % (i, p))
        else:
            counts[p] += 1
        if s is not None:
            n_second += 1
            if s not in KEYS:
                errors.append("answer %d: unknown second theme %r" % (i, s))
            else:
                seconds[s] += 1
            if s == p:
                errors.append("answer %d: second theme equals primary (%s)" % (i, p))
        if not isinstance(t, str) or not t.strip():
            errors.append("answer %d: empty text" % i)
            continue
        n = norm(t)
        if not n:
            errors.append("answer %d: text has no letters or digits" % i)
        elif n in seen:
            errors.append("answers %d and %d match after normalising: %r / %r"
                          % (seen[n], i, ANSWERS[seen[n]][1], t))
        else:
            seen[n] = i
    for k in KEYS:
        if counts[k] < 30:
            errors.append("theme %s has only %d primary answers (need 30)" % (k, counts[k]))
    share = n_second / len(ANSWERS) if ANSWERS else 0.0
    if not (0.12 <= share <= 0.18):
        errors.append("%.1f%% of answers have a second theme (need 12-18%%)" % (100 * share))
    if len(set(KEYS)) != len(KEYS):
        errors.append("duplicate theme keys")
    return errors, counts, seconds, n_second


def readme(counts, seconds, n_second, total):
    lines = []
    w = lines.append
    w("# Evaluation set L: young people's consultation answers on child exploitation")
    w("")
    w("- Author: an independent helper that saw nothing but this folder (no other files, "
      "searches, repositories or web pages were used; all text comes from general knowledge).")
    w("- Date: %s" % DATE)
    w("- Task: theme suggestion and assisted coding of short free-text answers.")
    w("- Files: `build.py` (the source of truth), `set_l.jsonl`, `themes.json`, `README.md`.")
    w("")
    w("## Setting (fictional)")
    w("")
    w("The **%s** is an invented multi-agency partnership (council children's services, police, "
      "health, schools, youth and voluntary sector) covering the invented towns of Hollinsby, "
      "Dunmore and Kestle Bridge, including the Ashgrove estate, Wrenfield, Brickfield Rec, "
      "Tolley Park, Northbank retail park, Millgate bus station and the Quarry woods. "
      "Its consultation **%s** asked young people aged 11 to 25 about safety, exploitation "
      "(criminal and sexual, including county lines and online grooming) and services. "
      "Answers were typed on phones through a QR code shared in schools, colleges, youth clubs, "
      "the leaving-care service and outreach. All names, places and answers are invented; "
      "content is non-graphic." % (PARTNERSHIP, CONSULTATION))
    w("")
    w("## Open questions")
    w("")
    for qid, q in QUESTIONS:
        w("- **%s** %s" % (qid, q))
    w("")
    w("Answers are pooled across questions; the set records only the text and its themes, as a "
      "coder would see in an export where the question column was dropped.")
    w("")
    w("## Codebook")
    w("")
    w("| key | label | description |")
    w("|---|---|---|")
    for t in THEMES:
        w("| `%s` | %s | %s |" % (t["key"], t["label"], t["description"]))
    w("")
    w("## Deliberately close pairs")
    w("")
    for x, y, why in CLOSE_PAIRS:
        w("- `%s` / `%s`: %s" % (x, y, why))
    w("")
    w("## How it was built")
    w("")
    w("- Every answer was typed by hand in `build.py` as a call `a(primary, text[, second])`, "
      "grouped in one block per primary theme. No generators, templates, word substitution or "
      "copied text.")
    w("- Voice: young people on a phone; mostly lower case, text-speak, misspellings, slang from "
      "across the UK and its communities, sarcasm, one-word answers next to a few sentences. "
      "Wording inside each theme was varied on purpose so that no single keyword gives a theme away.")
    w("- `build.py` stops with an error and writes nothing unless: at least 450 answers; all theme "
      "keys valid; every theme has at least 30 primary answers; a second theme never equals the "
      "primary; 12-18% of answers have a second theme; no two answers are the same once case, "
      "whitespace and punctuation are ignored.")
    w("- It then shuffles with `random.Random(%d)`, numbers the answers `l0001`, `l0002`, ... and "
      "writes `set_l.jsonl` (UTF-8, one object per line: `id`, `text`, `themes` = [primary] or "
      "[primary, second]) and `themes.json` (list of `key`, `label`, `description`), plus this README." % SEED)
    w("")
    w("## Counts")
    w("")
    w("Total answers: %d. With a second theme: %d (%.1f%%)." % (total, n_second, 100.0 * n_second / total))
    w("")
    w("| theme | primary | as second | total mentions |")
    w("|---|---|---|---|")
    for k in KEYS:
        w("| `%s` | %d | %d | %d |" % (k, counts[k], seconds[k], counts[k] + seconds[k]))
    w("")
    return "\n".join(lines)


def main():
    errors, counts, seconds, n_second = check()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit("build failed; nothing written")
    items = list(ANSWERS)
    random.Random(SEED).shuffle(items)
    rows = []
    for i, (p, t, s) in enumerate(items, start=1):
        themes = [p] if s is None else [p, s]
        rows.append({"id": "l%04d" % i, "text": t, "themes": themes})
    with open(os.path.join(HERE, "set_l.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "themes.json"), "w", encoding="utf-8") as f:
        json.dump(THEMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(counts, seconds, n_second, len(ANSWERS)))
    total = len(ANSWERS)
    print("wrote %d answers (%d with a second theme, %.1f%%)" % (total, n_second, 100.0 * n_second / total))
    for k in KEYS:
        print("  %-11s primary %3d  second %3d" % (k, counts[k], seconds[k]))


if __name__ == "__main__":
    main()
