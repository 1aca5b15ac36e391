#!/usr/bin/env python3
"""Build held-out evaluation set F (themes in young people's free-text answers).

All answers below were written by hand by the author of this set. Each theme
key maps to a list of answers whose PRIMARY theme is that key. An entry is
either a plain string (single theme) or a tuple (text, secondary_key).

Run:  python3 build.py      (standard library only)
Writes themes.json, set_f.jsonl and README.md next to this file and prints
counts per theme.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261204
DATE = "2026-12-04"

THEMES = [
    {
        "key": "police_distrust",
        "label": "Distrust of police",
        "description": "Police are described as absent, slow to respond, dismissive, unfair or heavy-handed "
        "(including stop and search and profiling), so young people would not turn to them. Coded only when "
        "the police themselves are viewed negatively, not when they are merely mentioned.",
    },
    {
        "key": "snitch_fear",
        "label": "Fear of being seen as a grass / retaliation",
        "description": "Not telling because of what peers, perpetrators or the neighbourhood would do: being "
        "labelled a snitch, grass or snake, losing friends, or reprisals against themselves or their family "
        "(including threats from the person causing harm).",
    },
    {
        "key": "disclosure_response",
        "label": "Worry about how adults and services respond to telling",
        "description": "Barriers to telling rooted in what adults or agencies would do with it: not being "
        "believed, being blamed or punished, parents or carers being told, confidentiality broken, losing "
        "control once safeguarding, social care or police get involved, or having a phone taken away.",
    },
    {
        "key": "adult_stereotyping",
        "label": "Adults stereotype young people",
        "description": "Young people are prejudged as trouble, criminal, lazy or dangerous because of age, "
        "group, clothing, area, ethnicity, faith or reputation, including being watched, followed or moved "
        "on as if they were a threat.",
    },
    {
        "key": "not_listened_to",
        "label": "Views ignored or not taken seriously",
        "description": "Young people are not asked, not listened to or are patronised; concerns are brushed off "
        "and consultations lead to no change. About voice and being heard rather than being prejudged.",
    },
    {
        "key": "nothing_to_do",
        "label": "Nothing to do / nowhere to go",
        "description": "Boredom and a lack of affordable, accessible places and activities for young people "
        "(youth clubs closed, cost, transport, only streets or fast-food shops to hang around), including "
        "requests for new provision.",
    },
    {
        "key": "unsafe_places",
        "label": "Specific places feel unsafe",
        "description": "Particular locations or conditions that feel dangerous or intimidating (dark paths, "
        "parks after dark, underpasses, stations, stairwells, alleys) and fixes to the physical environment "
        "such as lighting, CCTV or more people about.",
    },
    {
        "key": "exploitation_by_olders",
        "label": "Older people drawing young people into exploitation",
        "description": "Older peers or adults befriending or grooming young people with gifts, money, food, "
        "lifts, attention or debt and then using them to carry, store or sell drugs, travel out of area "
        "(county lines) or for sexual exploitation.",
    },
    {
        "key": "violence_weapons",
        "label": "Violence, weapons and robbery",
        "description": "Fear or experience of fights, stabbings, shootings, robbery, being jumped, postcode "
        "rivalries and the carrying of knives or other weapons, including carrying for protection.",
    },
    {
        "key": "online_grooming",
        "label": "Approaches by strangers or older people online",
        "description": "Unknown or older people making contact online: fake profiles, adults posing as "
        "teenagers, requests for images or meetings, gifts or money, moving chats to private apps, location "
        "sharing and sextortion by strangers.",
    },
    {
        "key": "online_peer_harm",
        "label": "Bullying and image-sharing among peers online",
        "description": "Harm online from people young people know: group-chat bullying, exposing and hate "
        "pages, rumours, private images shared round school, incidents filmed and posted, and online drama "
        "or threats between peers.",
    },
    {
        "key": "trusted_adult",
        "label": "Wanting a trusted adult to talk to",
        "description": "Expressed need for, or value placed on, a consistent adult who listens without "
        "judging and can be trusted: youth workers, particular teachers, mentors, family members, people "
        "with lived experience.",
    },
]

CLOSE_PAIRS = [
    ("snitch_fear", "disclosure_response",
     "both are reasons for not telling; the coder asks whether the feared consequence comes from peers, "
     "perpetrators or the neighbourhood (snitch_fear) or from adults, school, family or services "
     "(disclosure_response)."),
    ("adult_stereotyping", "not_listened_to",
     "both answer 'what do adults get wrong'; being prejudged as trouble is adult_stereotyping, being "
     "ignored, patronised or consulted without change is not_listened_to."),
    ("nothing_to_do", "unsafe_places",
     "both talk about parks, streets, bus stops; lack of provision or boredom is nothing_to_do, danger or "
     "fear attached to a place is unsafe_places."),
    ("exploitation_by_olders", "violence_weapons",
     "both involve 'olders', gangs, knives; being used, owed or recruited is exploitation_by_olders, "
     "fights, stabbings and carrying are violence_weapons."),
    ("online_grooming", "online_peer_harm",
     "both involve pics, snap, threats; strangers or older unknown people is online_grooming, people from "
     "their own year or circle is online_peer_harm."),
    ("not_listened_to", "trusted_adult",
     "a complaint that adults do not listen is not_listened_to; a wish for, or praise of, a particular "
     "adult relationship is trusted_adult."),
    ("exploitation_by_olders", "online_grooming",
     "recruitment or grooming that happens offline is exploitation_by_olders; contact made online is "
     "online_grooming (online recruitment into crime takes both)."),
]

DATA = {
    "police_distrust": [
        "feds",
        "the feds dont do nothing they just drive past slow and stare",
        "when u ring nobody comes. waited 3 hours once for someone to turn up",
        "12 searched us for literally standing outside the chicken shop",
        "boys in blue only show up after its already happened",
        "wouldnt go to the police they dont believe people like us",
        "Honestly the police round here treat teenagers like suspects first and victims second.",
        "them lot in uniform chat to u like ur a criminal even when ur the one that got robbed",
        "got stopped and searched 4 times this year and never had nothing on me",
        "u ring 101 and it just rings out lol",
        "popo are a joke",
        "the old bill dont care about our estate only the posh end",
        "My mum reported it and they never even rang her back.",
        "police make it worse tbh they come in heavy handed and everyone gets more vexed",
        "if the coppers actually done their job people wouldnt have to sort stuff themselves",
        "they profile the black boys innit everyone knows it",
        "dont trust police. they lie on reports",
        "plod just sits in the van eating maccies",
        "bizzies never come up our end unless someones kicking off on the main road",
        "the polis are nae use, they just tell ye to go hame",
        "In my country the police is dangerous. Here I am still scared of them so I do not call.",
        "reported my phone getting nicked and they said nothing they can do so whats the point",
        "dibble come round once in a blue moon and its just to move us on",
        "pcsos are useless they cant even arrest anyone",
        "nah not the police. never",
        "5-0 rolled up and grabbed my mate by his neck for no reason and they wonder why nobody rates them",
        "Response times are awful. A girl from my year was followed home and it took over an hour for anyone to come.",
        "they never follow nothing up, i reported it twice",
        "police round here protect the shops not us",
        "the boydem are always on us but never there when somethin actually happens",
        "jakes harass man every day for nothing",
        "law enforcement is not on our side",
        "they took ages then told me off for being out late",
        "cops laugh at u when u report stuff",
        "I wouldn't feel comfortable approaching an officer, they've been rude to me every single time.",
        ("12 pull us cos we got hoods up, they think every kid in a tracksuit is shotting", "adult_stereotyping"),
        ("wouldnt ring the feds, they dont do nothing anyway and then ur labelled a snitch for nothing", "snitch_fear"),
        ("there was a stabbing last month and police rocked up like an hour after, what use is that", "violence_weapons"),
        ("my mate told police the olders were making him sell and they just arrested him instead", "exploitation_by_olders"),
        ("police came into school to 'talk to us' and just lectured for an hour, didnt listen to nothing we said", "not_listened_to"),
        ("reported a man messaging my little sister and the police said just block him, that was it", "online_grooming"),
    ],
    "snitch_fear": [
        "snitching",
        "being called a grass",
        "snitches get stitches thats just how it is",
        "if u tell everyone finds out and then ur the target",
        "they know where i live and where my little brother goes school",
        "scared theyd come for my family",
        "You can't be seen talking to anyone official. People will just assume you've told.",
        "nobody wants to be the rat",
        "word gets round proper quick here, someone would know it was me",
        "id get battered for opening my mouth",
        "nobody grasses round here its just not done",
        "if i said something my mates would drop me",
        "Fear of getting jumped afterwards.",
        "cos then ur the one with the problem not them",
        "theyd put me on blast for being a snake",
        "once ur known as a snake thats it for u round here",
        "In my old school a boy told the teacher and after that they beat him outside the gates. So nobody tells.",
        "retaliation",
        "cant be seen walking in the police station in daylight man",
        "easier to keep ur head down and say nothing",
        "u tell on one and their whole crew is on u",
        "mum would get hassle at the door",
        "I'd be worried the people involved would work out it came from me, because only a few of us could have known.",
        "loyalty innit u dont sell out ur boys",
        "being a telltale, even year 7s know not to",
        "theyd find out. they always find out",
        "ppl get done in for talking",
        "what happens to me after? nobody protects u after",
        "i seen what happened to the last person who spoke up",
        "street code",
        "my cousin told and his family had to move area",
        "being known as the one who went to the teachers, u never live that down",
        "people would be waiting for me after school",
        "u dont chat business, simple",
        ("if u tell a teacher they tell the police and then the whole estate knows u grassed", "disclosure_response"),
        ("scared the older boys would find out i said something about them making us hold stuff", "exploitation_by_olders"),
        ("if u report someone on insta they somehow always know it was u and then the group chat turns on u", "online_peer_harm"),
        ("tell and someone pulls a blade on u, simple as", "violence_weapons"),
        ("cant tell anyone about the guy online cos he said hed send my pics to everyone if i did", "online_grooming"),
    ],
    "disclosure_response": [
        "they wont believe me",
        "teachers just ring ur parents straight away",
        "social services getting involved and making it 10x worse",
        "worried id be the one that gets in trouble",
        "last time i told a teacher it went to like 5 different people without asking me",
        "My parents would find out and I'd be grounded forever.",
        "they say its confidential then pass it on anyway",
        "i dont want it written down on some file that follows me",
        "u cant just talk, they have to 'report it' and then its out of ur hands",
        "they make a massive deal out of nothing",
        "being taken away from my mum",
        "If I tell, maybe they send me back? I am not sure how it works here, so I keep quiet.",
        "cos theyd ask why was u even there in the first place",
        "getting blamed",
        "theyd think im lying for attention",
        "it gets back to ur family and sometimes ur family is the problem",
        "no control over what happens next",
        "Not knowing who they would pass it on to. I'd want to know exactly what happens before I say anything.",
        "embarassed theyd tell the whole staffroom",
        "theyd tell my dad and hed go mad",
        "safeguarding lol. u say one thing and its a whole meeting about u",
        "id get excluded cos i was involved too",
        "they dont believe u if ur known as a naughty kid",
        "my carer would have to be told and i dont want that",
        "worried about being put on a plan or whatever they call it",
        "told my head of year once and she said i was being dramatic",
        "scared of getting my mum in trouble",
        "police getting involved when i just wanted to talk to someone",
        "nobody explains what happens after u tell so u just dont",
        "i wanted to tell someone about stuff at home but i was scared theyd put me in care",
        "adults overreact and phone everyone",
        "they look at u different after",
        "Being judged by the person you tell. Once they know, they treat you differently.",
        "worried it goes on my record and stops me getting a job",
        ("they dont believe u and even if they do nothing changes", "not_listened_to"),
        ("id talk if i knew it stayed between me and them, like with my youth worker", "trusted_adult"),
        ("told school about someone messaging me and they rang my mum before they even spoke to me properly", "online_grooming"),
        ("if i said the olders gave me stuff id be the one getting arrested", "exploitation_by_olders"),
        ("didnt tell anyone about the man messaging me cos i knew theyd take my phone off me", "online_grooming"),
        ("if i told a teacher about my pics going round theyd call home and then everyone would know", "online_peer_harm"),
        ("tell a teacher and they ring the feds and then ur the one getting questioned like a suspect", "police_distrust"),
        ("teachers would ring home and then do an assembly about it and everyone would know it was me that said", "snitch_fear"),
        ("they think kids like me make stuff up so whats the point", "adult_stereotyping"),
    ],
    "adult_stereotyping": [
        "stereotypes",
        "they think we're all trouble",
        "adults see a group of us and cross the road",
        "not every kid in a hoodie is a roadman",
        "they judge us by our trainers and our postcode",
        "assume ur up to no good just for being out",
        "shopkeepers only let 2 school kids in at a time like we're all thieves",
        "Adults assume that young people from this area are going to end up in trouble, which isn't fair.",
        "we aint all gangsters bro",
        "they look at u funny on the bus",
        "they think we're all on drugs",
        "old people on the facebook group call us feral",
        "people think cos im from the estate im a bad person",
        "they see black boys in a group and think gang",
        "just cos we're loud doesnt mean we're dangerous",
        "we get moved on from everywhere like we're a threat just for sitting there",
        "They think all of us are lazy and glued to our phones.",
        "labelled",
        "they put us all in the same box",
        "I wear a headscarf and people have already decided who I am before I speak",
        "my neighbour rings the council every time we sit on the wall",
        "not everyone who lives in the flats is a criminal",
        "they see the tracksuit not the person",
        "the news makes us look like animals and adults believe it",
        "teachers decided i was a bad kid in year 7 and never changed their mind",
        "ppl clutch their bags when we walk past lol",
        "security follow us round the shopping centre",
        "They think we don't care about anything.",
        "we r not all the same",
        "they think young people from here are thick",
        "adults make their minds up about u before u even open ur mouth",
        "every time something happens its blamed on us kids",
        "People think because I am refugee I bring problems. I am only a student.",
        "think all teenage girls care about is drama and boys",
        ("they think we're all trouble so they never ask what we actually want", "not_listened_to"),
        ("adults call the girls who get in older lads cars 'fast' instead of seeing theyre being used", "exploitation_by_olders"),
        ("security kick us out the library when its the only warm place to go", "nothing_to_do"),
        ("when i got jumped the teachers assumed i started it cos of my rep", "violence_weapons"),
        ("adults think every kid carries a knife but most of us are just scared of the ones that do", "violence_weapons"),
    ],
    "not_listened_to": [
        "they dont listen",
        "nobody asks us",
        "adults talk over u",
        "They ask us stuff like this survey and then nothing ever changes.",
        "decisions about us without us",
        "they act like they know our lives better than us",
        "u try explain and they just go 'when i was your age'",
        "pointless telling them they never do nothing with it",
        "ignored",
        "they nod along then carry on doing whatever they were gonna do",
        "the council dont care what we think",
        "Young people are never in the room when things get decided.",
        "they listen for like 2 mins then change the subject",
        "dont take us serious cos we're kids",
        "feels like talking to a brick wall",
        "'youth voice' my arse its just for the photos",
        "they think they know what the problem is but they never ask",
        "interrupting",
        "they dismiss everything we say as drama",
        "our school council got told no to literally everything",
        "My opinion does not count because I am young and my English is not so good.",
        "consult consult consult and nothing happens",
        "they only care when its in the news",
        "adults dont take our worries seriously until something bad actually happens",
        "they say ur too young to understand",
        "stop making stuff for us without asking us first",
        "meetings where we get pizza and nobody reads what we wrote",
        "nobody hears us",
        "they just brush it off",
        "When you raise something the answer is always 'it's being looked into'.",
        "actually listen dont just pretend to",
        "they speak to us like babies",
        "we're the experts on our own area but nobody treats us like it",
        "grown ups never let u finish a sentence",
        ("we said we wanted a skatepark 3 years ago still nothing", "nothing_to_do"),
        ("we told the council ages ago the underpass was dodgy and nothing got done", "unsafe_places"),
        ("told school about the group chat and they said just block them, didnt even look at it", "online_peer_harm"),
        ("adults think everything online is just 'drama' and dont get how bad it gets", "online_peer_harm"),
        ("we keep telling them kids are being picked up by olders and nobody does anything", "exploitation_by_olders"),
        ("they asked us what we wanted for the youth centre and then built flats on it", "nothing_to_do"),
        ("police meeting at the community centre, we told them what was going on and nobody wrote anything down", "police_distrust"),
    ],
    "nothing_to_do": [
        "nothing to do",
        "boredom",
        "its dead round here",
        "youth club shut so we just walk about",
        "nowhere to go except maccies",
        "everything costs money, cinema is like £12",
        "there used to be a youth centre, now its flats",
        "we just chill on the wall cos theres literally nowhere else",
        "more stuff for teenagers not just little kids playgrounds",
        "go home and sit on my phone tbh",
        "a football cage that isnt locked all the time",
        "Free activities in the evenings and at weekends would give people something to do instead of getting into trouble.",
        "sat in the chicken shop till they kick us out",
        "bus into town costs too much so we're stuck here",
        "skatepark",
        "a boxing gym that dont cost nothing",
        "after school i go home, theres nothing near me",
        "its boring as hell, same 3 streets every day",
        "need more clubs for girls not just football",
        "Mosque and then home. There is nothing else for us near here.",
        "the leisure centre is too dear for my family",
        "we go to the big tesco just to be warm lol",
        "bored out my mind most nights",
        "somewhere to just hang out thats not outside",
        "More youth clubs. Proper ones, open late, not just one night a week.",
        "libary shuts at 5 what are we meant to do",
        "when ur bored u end up doing stupid stuff",
        "a music studio would be sick",
        "walk round the block like 50 times",
        "we just sit at the bus stop and chat",
        "i dont go anywhere after school theres no point",
        "Something to do in the holidays. Six weeks is a long time with nothing.",
        "the only things open are the bookies and the vape shop",
        "In my village there is one bus an hour and nothing to do so everyone just drinks in the field",
        "youth provision",
        ("we need somewhere to go and they keep saying theres no money", "not_listened_to"),
        ("the youth club was the only place i felt safe, now its gone and the park aint safe at night", "unsafe_places"),
        ("nothing to do round here so everyones just on their phones and thats when randoms start messaging u", "online_grooming"),
        ("a youth club open every night with workers u can actually talk to", "trusted_adult"),
        ("nothing to do so ppl end up fighting for entertainment", "violence_weapons"),
        ("nowhere to go and wherever we sit somebody rings someone to move us on", "adult_stereotyping"),
        ("we get moved on by the police from the only bench we've got", "police_distrust"),
    ],
    "unsafe_places": [
        "street lights",
        "the alley behind the shops is sketchy af",
        "underpass",
        "better lighting on the way back from the station",
        "the park at night is proper dodgy",
        "i dont walk past the garages on my own",
        "CCTV that actually works",
        "bus station after dark, men just hanging around",
        "the cut through by the canal, nobody goes there alone",
        "The path through the woods to my school has no lights and I always feel like I'm being watched.",
        "stairwells in the flats, people smoking in there and its pitch black",
        "more lights in the park",
        "i get my mum to pick me up from the train station cos its horrible at night",
        "the shortcut past the old factory, theres always people lurking",
        "Corner by the offy, theres always drunk men",
        "the rec after dark",
        "the lifts in our block, never get in alone",
        "high street at night is moody",
        "the back of the retail park where theres no cameras",
        "Wider paths and cut back the bushes. I feel like someone could grab me.",
        "the multistorey car park is where stuff goes on",
        "I walk the long way round to avoid the bridge",
        "darkness tbh",
        "walking home in winter",
        "the bus stop outside the pub, grown men shouting stuff at girls",
        "empty buildings where ppl hang about doing drugs",
        "the estate entrance at night, half the lights are smashed",
        "The train station here is not safe for girls. I take taxi if I have money.",
        "theres a field near mine that everyone knows to avoid",
        "more people about on the streets, it feels empty and creepy",
        "fix the lights by the community centre, been broken for months",
        "the towpath",
        "certain roads u just dont walk down",
        "those bits of the estate where no one can see u from the windows",
        ("the park by the station is proper dark and the police never patrol it", "police_distrust"),
        ("the park by the chicken shop is where all the fights kick off", "violence_weapons"),
        ("the underpass by the station is where kids get robbed", "violence_weapons"),
        ("the only place to go is the park and thats sketchy once it gets dark", "nothing_to_do"),
        ("more youth workers out on the streets at night so it doesnt feel so empty", "trusted_adult"),
    ],
    "exploitation_by_olders": [
        "county lines",
        "olders giving younger kids free trainers then saying u owe them",
        "the mandem getting year 8s to run parcels",
        "they give u a phone and then ur on their line",
        "lads in nice cars picking girls up outside school",
        "Older people give them money and make them feel important, and then they are stuck.",
        "being asked to hold something for someone",
        "my friend got sent out of town for a week and came back different",
        "getting used",
        "they make out like ur family then ur working for them",
        "u get robbed on purpose so u owe them",
        "older guys buying girls vapes and drinks and expecting stuff back",
        "trapping",
        "Kids as young as 12 being used to deliver for dealers.",
        "they say its easy money just drop this off",
        "kids going missing for days and no one asks where",
        "the ones on bikes doing drops for the olders",
        "its not a gang its a business and we're the cheap workers",
        "a girl in my year has a 'boyfriend' whos 24 and he takes her to parties with his mates",
        "people get groomed in real life too not just online",
        "They show you the money and the clothes and you want that life.",
        "getting a bit of weed on tick and then they own u",
        "being driven out to other towns to sell",
        "my brother got pulled in and now he cant get out",
        "they pick the kids whose mums work nights",
        "olders buy u food at the chicken shop then ask for favours",
        "cuckooing, they took over the flat next door",
        "they target kids in care cos nobody's checking on them",
        "In my home country gangs also take the children. Here it is the same but more hidden.",
        "ppl end up in trap houses miles from home",
        "if they fancy u they make u hold their stuff cos feds wont search a girl",
        "free stuff is never free",
        "young ones doing the risky bits so the olders dont get caught",
        "a man at the takeaway gives free food to girls from my school and asks for their number",
        ("kids get bored and thats when the olders pick them up", "nothing_to_do"),
        ("they recruit on snap, post money and ask who wants to earn", "online_grooming"),
        ("they make u carry a blade for them and if u lose the stash u get stabbed", "violence_weapons"),
        ("the bus stop near the retail park is where older men wait to give girls lifts", "unsafe_places"),
        ("once ur in with them u cant tell anyone or theyll come for ur family", "snitch_fear"),
        ("feds nick the little ones doing the running but never the olders behind it", "police_distrust"),
    ],
    "violence_weapons": [
        "knives",
        "everyone carries now",
        "people getting shanked",
        "there was a stabbing by my school last year",
        "ppl get rushed for their phones",
        "fights every weekend in town",
        "kids carry for protection cos everyone else does",
        "Fewer knives on the streets. Most people I know who carry do it because they're scared.",
        "beef between postcodes means u cant go certain areas",
        "getting jumped",
        "people bringing machetes to fights now its mad",
        "somebody got shot near my nan's",
        "i got mugged walking home",
        "they slap u just for looking at them",
        "drill lot talking about opps and then it happens for real",
        "i dont wanna get stabbed basically",
        "big groups fighting outside school every week",
        "my mum worries every time i go out because of what happened to my cousin",
        "knife arches at school wouldnt be a bad thing",
        "robberies",
        "if ur from the wrong side u get chased",
        "I do not go out at night because of boys with knife. I saw it two times.",
        "violence",
        "lads fighting with belts and bats at the bus stop",
        "the youngers are more wild than the olders now, they'll just swing",
        "people using dogs as weapons",
        "it feels like someone's gonna get hurt every week",
        "cant wear my chain out",
        "stop people carrying. simple",
        "less fighting yeah",
        "beef gets settled with blades not fists now",
        "funerals for 16 year olds shouldnt be normal",
        "my little brother thinks carrying makes him hard",
        "being punched for no reason walking through town",
        ("fights kick off at the bus station then its all over tiktok for clout", "online_peer_harm"),
        ("ppl carry cos the police dont protect them", "police_distrust"),
        ("u cant walk through the next estate cos its their ends and theyll run up on u", "unsafe_places"),
        ("after every stabbing adults say its all kids from round here like we're all the same", "adult_stereotyping"),
        ("someone got stabbed on our road and nobody will say who did it", "snitch_fear"),
    ],
    "online_grooming": [
        "catfish",
        "random old men adding u on snap",
        "people pretending to be 15 when theyre like 40",
        "asking for pics",
        "Strangers offering money or gift cards for photos.",
        "someone on a game started being really nice then wanted me to go on discord privately",
        "fake accounts messaging younger girls",
        "men in my dms",
        "they ask where u live and what school u go",
        "on roblox theres weirdos",
        "they say dont tell ur parents about our chats",
        "ppl u dont know tryna meet up",
        "a guy kept sending me money on cashapp and then asked for stuff",
        "grooming",
        "My little sister got messages from an adult on a TikTok live asking how old she was.",
        "strangers on them random video chat sites",
        "someone says theyre a model scout and wants pics",
        "they love bomb u then turn nasty",
        "Somebody I don't know keeps messaging me on Instagram in my language. He says he can help me with my papers.",
        "quick add is dangerous",
        "sextortion",
        "older lads from other towns adding girls from our school",
        "they move u from insta to telegram so nobody can see",
        "a random account said theyd send my pics to all my followers unless i paid",
        "people on xbox asking weird questions",
        "snap map lets creeps see where u are",
        "men saying ur mature for ur age",
        "worried about people lying about who they are",
        "the ones who send u skins and gifts on games",
        "live streams where people get kids to do dares",
        "They seem like friends but you've never actually met them.",
        "that someone could find me from my posts",
        "randoms adding me",
        "wanting to video call when ur on ur own",
        ("a boy i met online got pics off my friend and now theyre going round school", "online_peer_harm"),
        ("someone on insta i dont even know offered me £200 to do a run", "exploitation_by_olders"),
        ("men off the estate add girls on snap after seeing them at the shop", "exploitation_by_olders"),
    ],
    "online_peer_harm": [
        "group chats",
        "exposing pages",
        "nudes getting leaked round the year group",
        "people screenshot everything and send it on",
        "getting cussed in a gc with 100 people in it",
        "Cyberbullying",
        "fake rumours on tiktok",
        "someone made an account just to post ugly pics of me",
        "boys share girls pics like trading cards",
        "if ur in a video everyone sees it by lunch",
        "getting added to a hate chat",
        "people posting where ur at to start beef",
        "my ex still has pics and he threatens to send them",
        "ppl being cruel in the comments",
        "I worry about being laughed at online for something I said years ago.",
        "AI fake nudes of girls in my school",
        "being left out of the group chat on purpose",
        "airdropping stuff on the bus",
        "they film u when ur drunk and post it",
        "Some of my friends get messages saying they're ugly and should kill themselves.",
        "someone put my number in a chat and told people to prank me",
        "rating girls on insta",
        "name calling online is non stop, you cant escape it even at home",
        "people sending threats on insta but theyre literally in my class",
        "In WhatsApp group they make jokes about my country and my accent.",
        "getting ratioed by ur own year",
        "pics going round school",
        "hate pages",
        "boys pressuring girls in their year to send pics then showing their mates",
        "stuff from the weekend ends up on tiktok and the whole school knows by monday",
        "trolling",
        "they leak ur private story",
        "voice notes of people getting shouted at shared everywhere",
        "fake screenshots to start drama",
        ("beef starts on snap and ends with someone getting jumped", "violence_weapons"),
        ("girls get pressured into sending pics by boys in our year and then the olders get hold of them", "exploitation_by_olders"),
        ("the bullying online is worse cos teachers dont get it and just say ignore it", "not_listened_to"),
    ],
    "trusted_adult": [
        "someone to talk to",
        "youth workers",
        "a mentor who's been through it",
        "my old youth worker was the only person i trusted",
        "an adult who doesnt judge",
        "someone who sticks around not a new worker every month",
        "Having one person at school I could go to who actually gets it.",
        "people who grew up round here not people from offices",
        "a teacher who checks in on u",
        "someone to talk to who isnt a teacher or police",
        "if i had someone i trusted id tell them stuff",
        "adults who are real with u",
        "the lady at the youth club always asks how im doing",
        "more of the workers who come round the park on a friday",
        "a counsellor u dont have to wait 6 months for",
        "someone on my side",
        "just one person who believes u",
        "A trusted adult who speaks my language would help me say things.",
        "someone i can text when stuff gets bad",
        "a proper relationship with someone, not a referral",
        "my football coach is the only one i would tell",
        "youth workers who dont act like police",
        "my nan, shes the only one",
        "An older sibling kind of figure. Someone who doesn't lecture you.",
        "an adult who knows whats going on in the area and isnt shocked by it",
        "someone who has time for u",
        "a key worker who doesnt leave after 3 months",
        "mentors",
        "people who have lived it",
        "someone neutral",
        "a worker wholl actually pick up when i ring, not an answerphone",
        "the school nurse is nice, id go to her",
        "if adults was more chill we'd open up more",
        "a safe adult",
        ("nobody listens at school, only my youth worker actually hears me out", "not_listened_to"),
        ("someone safe to tell about the olders before it gets too deep", "exploitation_by_olders"),
        ("an adult who actually understands apps so i could show them the weird messages", "online_grooming"),
        ("a worker u can trust to keep it between u unless its really serious, and who tells u first", "disclosure_response"),
        ("someone who wont go running to the police so u dont end up looking like a grass", "snitch_fear"),
        ("a youth worker, not police, police dont care", "police_distrust"),
    ],
}


def norm(text):
    t = text.lower()
    t = re.sub(r"[^\w\s]", "", t)
    return re.sub(r"\s+", " ", t).strip()


def build_records():
    keys = [t["key"] for t in THEMES]
    assert len(keys) == len(set(keys)), "duplicate theme keys"
    assert set(DATA) == set(keys), "DATA keys must match THEMES"
    recs = []
    for primary in keys:
        for entry in DATA[primary]:
            if isinstance(entry, tuple):
                text, second = entry
                assert second in keys, f"unknown secondary {second!r}"
                assert second != primary, f"secondary == primary: {text!r}"
                themes = [primary, second]
            else:
                text, themes = entry, [primary]
            assert text == text.strip() and text, f"bad text {text!r}"
            recs.append({"text": text, "themes": themes})
    return keys, recs


def check(keys, recs):
    errors = []
    seen = {}
    for r in recs:
        n = norm(r["text"])
        if n in seen:
            errors.append(f"duplicate after normalisation: {r['text']!r} / {seen[n]!r}")
        seen[n] = r["text"]
    tagged = Counter(k for r in recs for k in r["themes"])
    for k in keys:
        if tagged[k] < 30:
            errors.append(f"theme {k} tagged only {tagged[k]} times")
    if len(recs) < 450:
        errors.append(f"only {len(recs)} answers")
    dual = sum(1 for r in recs if len(r["themes"]) == 2)
    frac = dual / len(recs)
    if not 0.12 <= frac <= 0.18:
        errors.append(f"two-theme share {frac:.3f} outside 0.12-0.18")
    return errors


def counts_table(keys, recs):
    tagged = Counter(k for r in recs for k in r["themes"])
    primary = Counter(r["themes"][0] for r in recs)
    single = Counter(r["themes"][0] for r in recs if len(r["themes"]) == 1)
    second = Counter(r["themes"][1] for r in recs if len(r["themes"]) == 2)
    lines = ["| key | tagged | primary | secondary | single-theme |", "|---|---:|---:|---:|---:|"]
    for k in keys:
        lines.append(f"| {k} | {tagged[k]} | {primary[k]} | {second[k]} | {single[k]} |")
    dual = sum(1 for r in recs if len(r["themes"]) == 2)
    lines.append(f"| **total** | {sum(tagged.values())} | {len(recs)} | {dual} | {len(recs) - dual} |")
    summary = (f"{len(recs)} answers; {len(recs) - dual} with one theme, {dual} with two "
               f"({100 * dual / len(recs):.1f}%).")
    return "\n".join(lines), summary


def pair_counts(recs):
    c = Counter(tuple(sorted(r["themes"])) for r in recs if len(r["themes"]) == 2)
    return c


README = """# Held-out theme set F

**Author:** an independent helper session that never saw the software under test, its code, its
prompts or any other evaluation set. Every answer and the codebook were written by hand for this set.
**Date:** {date}

## Files

| file | contents |
|---|---|
| `themes.json` | codebook: JSON list of `{{"key", "label", "description"}}` ({n_themes} themes) |
| `set_f.jsonl` | {n} coded answers, one JSON object per line: `{{"id", "text", "themes"}}`; `themes` is a list of one or two keys, primary first |
| `build.py` | standard-library script that holds every answer in lists keyed by primary theme, checks them, shuffles (seed {seed}) and writes the files above, including this README |
| `README.md` | this file |

## Setting

A UK local partnership working on child exploitation asked young people aged 11-25 open questions,
for example "What would make you feel safer where you live?", "If something bad was happening, what would
stop you telling someone?", "What do adults get wrong about young people round here?", "Where do you go
after school and what is it like?" and "What happens online that worries you?". The question is not stored
with the answer, so some short answers (e.g. `feds`, `snitching`, `underpass`, `catfish`, `mentors`) only make
sense to a coder who knows the question bank; they are coded as such a coder would code them.

Answers imitate young people's own voice: UK, MLE and some regional slang (e.g. feds, 12, boydem, jakes, old
bill, bizzies, dibble, polis, olders, mandem, opps, ends, shotting, on tick), text-speak, misspellings,
missing punctuation, one-word answers, long answers, some careful plain English, and about a dozen answers
written as by young people with English as an additional language. Vocabulary is deliberately varied within
each theme so that a theme cannot be found by a single keyword (police appears as feds, 12, boys in blue,
them lot in uniform, popo, plod, 5-0, pcsos, "u ring 101 and it just rings out", and so on).

## Themes

{theme_table}

### Close pairs (described in similar words, separated by a careful coder)

{pairs}

## Counts (printed by `build.py`)

{summary}

"tagged" counts an answer under every theme it carries; "primary" counts first themes; "single-theme" counts
answers that carry only that theme.

{counts}

Two-theme combinations:

{pair_table}

## Coding conventions

- Every answer carries one or two themes; there is no "other" or "none" code. The primary theme is the main
  point of the answer; a second theme is added only when a distinct second idea is clearly present, not for
  a passing word.
- `police_distrust` is coded only when the police are viewed negatively (absent, slow, dismissive, unfair,
  heavy-handed). A mere mention of police as the place one might be seen telling ("cant be seen walking in
  the police station") is coded for the fear at stake (`snitch_fear`).
- Barriers to telling: fear of peers, perpetrators, the neighbourhood or the person causing harm (including
  an online blackmailer's threat) is `snitch_fear`; fear of what adults, school, family or services do with
  the information (not believed, blamed, parents told, care, phone taken away, loss of control) is
  `disclosure_response`.
- Being prejudged as trouble is `adult_stereotyping`; being ignored, patronised or consulted without change
  is `not_listened_to`. Being moved on "as if we're a threat" is stereotyping.
- Requests for lighting, CCTV, cut-back bushes or more people about are `unsafe_places`; requests for clubs,
  activities or somewhere warm to go are `nothing_to_do`; if the emphasis is on the staff to talk to rather
  than the place, `trusted_adult`.
- Offline grooming and criminal or sexual exploitation by older people is `exploitation_by_olders`; unknown
  or older people making contact online is `online_grooming`; online recruitment into crime carries both.
- Online harm from known peers (year group, ex, group chats) is `online_peer_harm`; a fight filmed and posted
  is coded `violence_weapons` primary with `online_peer_harm` second when the fight is the main point.
- Postcode rivalries are `violence_weapons`; only when a place is named as avoided is `unsafe_places` added.

## Known limits

- Single author, written in one sitting; no second coder and no agreement statistics. Primary/secondary
  order is the author's judgement and some two-theme answers could be argued either way round.
- Synthetic: not real young people's words. Slang mixes London MLE with some Scouse, Mancunian and Scottish
  terms, which a single real area would not show; some terms may already be dated. EAL answers are the
  author's imitation.
- Themes are roughly balanced (43-49 tags each); real survey data would be far more skewed.
- Every answer fits the codebook; there are no off-topic, blank, joke or "don't know" answers, and no
  answers wanting more police presence, which real data would contain.
- Some one-word answers (e.g. `feds`, `labelled`, `interrupting`, `retaliation`) depend on knowing the
  question bank and are deliberately hard for a system that sees only the text.
- Safeguarding content is kept non-graphic; no names or identifying details are used.
"""


def main():
    keys, recs = build_records()
    errors = check(keys, recs)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    random.Random(SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"f{i:04d}", "text": r["text"], "themes": r["themes"]})

    with open(os.path.join(HERE, "themes.json"), "w", encoding="utf-8") as f:
        json.dump(THEMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "set_f.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    table, summary = counts_table(keys, out)
    print(summary)
    print(table)
    pc = pair_counts(out)
    pair_table = "| pair | answers |\n|---|---:|\n" + "\n".join(
        f"| {a} + {b} | {n} |" for (a, b), n in sorted(pc.items(), key=lambda x: (-x[1], x[0])))
    theme_table = "| key | label | description |\n|---|---|---|\n" + "\n".join(
        f"| `{t['key']}` | {t['label']} | {t['description']} |" for t in THEMES)
    pairs = "\n".join(f"- `{a}` vs `{b}`: {why}" for a, b, why in CLOSE_PAIRS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(date=DATE, n_themes=len(THEMES), n=len(out), seed=SEED,
                              theme_table=theme_table, pairs=pairs, summary=summary,
                              counts=table, pair_table=pair_table))


if __name__ == "__main__":
    main()
