#!/usr/bin/env python3
"""Build set_n: hand-written young people's answers on exploitation and safety.

Every answer below is typed by hand. Python 3 standard library only.
Outputs (only if every check passes): set_n.jsonl, themes.json, README.md
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

SETTING = (
    "The Kestlebury and Wyndle Safer Futures Partnership (an invented UK partnership of "
    "Kestlebury Borough Council, Wyndle Valley Police, the Kestlebury and Wyndle NHS trust, "
    "local schools and colleges, the pupil referral unit, youth services and voluntary groups) "
    "ran an online and paper consultation with young people aged 11-25 about exploitation "
    "(criminal, sexual and financial) and feeling safe. Outreach deliberately reached young "
    "people in care and care leavers, young people excluded from school or in alternative "
    "provision, young carers, LGBTQ+ young people, disabled and neurodivergent young people, "
    "and young people seeking asylum. Some answers were typed with a youth worker's help; some "
    "were written in simple English by young people learning English. All names, places and "
    "services are invented."
)

QUESTIONS = [
    "Q1. What do you think makes young people round here more likely to be exploited?",
    "Q2. How do people try to draw young people in? What do they offer or say?",
    "Q3. What happens online that worries you or your friends?",
    "Q4. If you were worried about yourself or a friend, who would you talk to, and why?",
    "Q5. What has your experience of the police been like?",
    "Q6. What do professionals (social workers, teachers, health staff, support workers) get right or wrong?",
    "Q7. If you are in care or have left care, what would make you safer?",
    "Q8. What should schools, colleges and alternative provision do differently?",
    "Q9. Is anything different for young people like you (for example LGBTQ+, disabled or neurodivergent, young carers, seeking asylum)?",
    "Q10. What one thing would make it easier to get help?",
    "Q11. Where around here do you feel safe or unsafe?",
]

MON = "money_debt"
BEL = "belonging_status"
ONL = "online_approaches"
PEER = "peer_pressure"
POL = "police_response"
PRO = "professionals_listening"
TRU = "trusted_adult"
CARE = "care_system"
PLACE = "places_spaces"
EXCL = "school_exclusion"
EDU = "education_lessons"
IDEN = "identity_prejudice"
ACC = "access_help"

THEMES = [
    {"key": MON, "label": "Money, poverty and debt",
     "description": "The pull or the trap is financial: being skint, hungry or unable to earn legally, being offered cash or paid 'work', money-muling, and above all being told you owe a debt (lost or robbed stock, 'fines', loans, phone credit, smuggling debts). Close to belonging_status: code here when the hook is cash, need or a debt; if the answer is about feeling wanted, respected, protected or part of a family, code belonging_status even when gifts are mentioned. Gifts that are later turned into 'you owe us' belong here."},
    {"key": BEL, "label": "Belonging, attention and status",
     "description": "The emotional and social pull: loneliness, wanting friends, a 'family', protection, love, respect, a name or reputation, being noticed and made to feel special or grown up. Close to money_debt: code here when what is offered is feeling wanted or important rather than money; if the answer turns on cash or owing, code money_debt."},
    {"key": ONL, "label": "Online approaches by strangers and older people",
     "description": "Being contacted, groomed, recruited, pressured or blackmailed on apps, games and social media by adults, strangers or fake/hidden accounts: unknown adds, 'job' offers in DMs, requests for images, sextortion, location sharing, fake or AI images. Close to peer_pressure: the deciding question is who is doing it. Code here when it is a stranger, someone much older or someone hiding behind a fake profile; pressure from your own friends, classmates or partner of a similar age is peer_pressure even when it happens in a group chat."},
    {"key": PEER, "label": "Pressure from friends and people your own age",
     "description": "Being pushed, dared, mocked, shamed or silenced by friends, classmates, a boyfriend/girlfriend or others of a similar age, online or offline: fear of looking scared or boring, of being left out, of being called a snitch or grass, classmates sharing images, young people recruiting other young people. Close to online_approaches: code here when the pressure comes from inside your own circle of similar age, whatever the channel."},
    {"key": POL, "label": "Police: trust and treatment",
     "description": "Experiences of and views about the police specifically: stop and search, being treated as a suspect or offender rather than a victim, slow or no response, not being believed, racism, lost property and no follow-up, and ideas for better policing. Close to professionals_listening: code here only when the police are the service being talked about; the same complaint about social workers, teachers, health or care staff is professionals_listening."},
    {"key": PRO, "label": "Being heard and believed by professionals",
     "description": "How non-police services treat young people: social workers, teachers, health and CAMHS, youth justice and care staff not listening, not believing, blaming, using jargon, deciding without asking, sharing information without consent, cancelling, long waits, or getting it right by listening. Close to police_response (code there if it is the police) and to trusted_adult: code here when the answer is about how professionals in general behave; if it is about wanting or having one steady person, code trusted_adult."},
    {"key": TRU, "label": "One trusted adult who stays",
     "description": "Having (or lacking) a particular consistent person who knows you, sticks around, does not give up and can be reached: a youth worker, relative, coach, mentor, teacher; the damage done when workers keep changing or leave without warning; trust taking time. Close to care_system: code here when the point is the relationship with a person; if the point is placements, moves, accommodation or leaving-care arrangements, code care_system."},
    {"key": CARE, "label": "Care placements, moves and leaving care",
     "description": "How the care system itself creates or reduces risk: out-of-area and frequent placement moves, children's homes, hostels, hotels and supported or semi-independent accommodation, going missing and return interviews, age assessments, foster carer training, leaving care at 18, care leavers alone in flats and cuckooing. Close to trusted_adult: code here when it is about where you are placed or how the system moves you; losing or keeping a particular worker is trusted_adult."},
    {"key": PLACE, "label": "Places: risky spots and safe places to go",
     "description": "Physical places in the area: where young people feel unsafe or are targeted (stations, underpasses, parks, chicken shops, bus stops, car parks, transport) and the wish for safe, free, open places and activities (youth clubs, sport, music, drop-ins), including boredom and closures. Code here when the answer is about a place or having somewhere to go rather than about a person."},
    {"key": EXCL, "label": "Exclusion, alternative provision and being out of school",
     "description": "Being excluded, off-rolled, on a part-time timetable, in a pupil referral unit or alternative provision, or without a school place, and how being out of school in the day makes young people a target; harsh behaviour policies that push young people out. Close to education_lessons: code here when it is about being in or out of school and how schools handle behaviour; what is taught about exploitation is education_lessons."},
    {"key": EDU, "label": "Lessons and learning about exploitation",
     "description": "What young people (and parents and teachers) should learn about exploitation and how: the signs of grooming, the law, consent and relationships, money mules, real stories and speakers with lived experience, interactive small-group sessions, earlier and more often, instead of dated PSHE and assemblies. Close to school_exclusion: code here when the answer is about the content or style of teaching, not about access to school."},
    {"key": IDEN, "label": "Prejudice and being seen for who you are",
     "description": "Being targeted, dismissed, stereotyped or made invisible because of who you are: race, class, estate, gender (boys not seen as victims, girls blamed), being LGBTQ+, disabled or neurodivergent, a young carer, in care, or seeking asylum (including fear about your immigration case). Close to access_help: code here when the barrier is attitudes, assumptions or discrimination; practical obstacles such as language, format, opening times, cost, travel or how to make contact are access_help."},
    {"key": ACC, "label": "Practical ways to reach help",
     "description": "Making help practically reachable: knowing where to go, one number, anonymous text/app/chat options, interpreters and simple English, easy read and visual formats, BSL, accessible buildings and quiet rooms, evening and weekend hours, drop-ins, outreach to where young people are, travel and data costs, not needing a parent's permission. Close to identity_prejudice: code here when the obstacle is practical rather than an attitude about who you are."},
]

CLOSE_PAIRS = [
    (MON, BEL, "cash, need or a debt vs feeling wanted, respected or part of something"),
    (ONL, PEER, "who is pushing: a stranger, older person or fake account vs your own friends and people your age (channel does not decide)"),
    (POL, PRO, "the police specifically vs other professionals (social care, school, health, care staff)"),
    (TRU, CARE, "the relationship with one steady person vs placements, moves and accommodation"),
    (EXCL, EDU, "being in or out of school vs what is taught about exploitation"),
    (IDEN, ACC, "attitudes and discrimination vs practical barriers to reaching help"),
    (PRO, TRU, "how professionals in general behave vs having one consistent person"),
]

ANSWERS = []

# ---------------- money_debt ----------------
ANSWERS += [
    ("money innit. if ur mum cant pay the gas and someone offers u 200 quid to drop a bag ur gonna think about it", [MON]),
    ("people round here are skint and the olders know it", [MON]),
    ("they give u a phone and some food then say u owe them for it. then ur stuck", [MON]),
    ("My cousin got robbed on a run and then they said he had to pay back the whole lot. He was 14. Pretty sure it was a set up.", [MON]),
    ("no job no ema no nothing so ppl go where the cash is", [MON]),
    ("when you are waiting for your papers you can not work. a man say he give me job in car wash, cash. after he say i owe him for the room", [MON]),
    ("debt debt debt. thats how they keep u", [MON]),
    ("Easy money is the lie. You earn fifty and they take it back in 'fines' for being late or answering the phone slow.", [MON]),
    ("cost of living hit my family bad and i just wanted to buy my own stuff without asking", [MON]),
    ("free maccies at first then suddenly ur in the red", [MON]),
    ("i wanted to help with rent tbh. my mum works 2 jobs and its still not enough", [MON]),
    ("they flash rolls of notes on there story and year 8s think thats the life", [MON]),
    ("Cash. That's it. That's the answer.", [MON]),
    ("if you get jumped and lose the stuff its on you. you work it off and it never actually ends", [MON]),
    ("the man who bring me to uk still want money from my family. so when someone here say quick money i listen", [MON]),
    ("my brother started shotting cos there was nothing in the fridge, simple as", [MON]),
    ("being broke makes u desperate n desperate makes u do dumb things", [MON]),
    ("they lend u a bit for ur phone bill and then they basically own u", [MON]),
    ("Can't get a Saturday job at 15 round here, no one's taking on. So the only ones 'hiring' are the wrong ones.", [MON]),
    ("poverty. nobody in charge wants to say that word but its the main thing", [MON]),
    ("ppl get paid to keep stuff at there house. like twenty a week to mind a bag. easy to say yes when ur mum is on universal credit", [MON]),
    ("a day of runnin pays more than my mum gets in a week. think about that", [MON]),
    ("as a young carer i dont get pocket money, it all goes on mums meds and taxis to hospital. someone offered me notes just to carry something and i nearly did", [MON]),
    ("step dad started owing people and then they wanted me to clear it", [MON]),
    ("hunger. honestly kids are hungry", [MON]),
    ("betting apps then owing then doing stuff to cover it. seen it with 3 lads from my college", [MON]),
    ("selling ur bank account. loads at college did it for like 300, they didnt even know it was a crime till the bank froze everything", [MON]),
    ("u cant afford nothing. not the trip, not the uniform, not the trainers everyone has. so u find a way", [MON]),
    ("the tick. they put it on tick and then the tick grows", [MON]),
    ("fake robbery. they rob u themselves then say u owe", [MON]),
    ("im 19 and on my own, rent is mad, one bad month and ur listening to offers u wouldnt normally", [MON]),
    ("they bought me food and creps and made me feel special, then it flipped to 'you owe us now'", [MON, BEL]),
    ("no money for the bus so u walk thru the bad bits or u take lifts off people u shouldnt", [MON, PLACE]),
    ("my key worker is helping me write this. I am 17, from Eritrea. The people who brought me want money every month. A man here says he can help me pay if I do deliveries. I am scared to tell anyone because I think it will hurt my asylum case.", [MON, IDEN]),
    ("care leavers get their money monthly and its gone in a week. when someone offers a tenner to do a drop its hard to say no", [MON, CARE]),
    ("someone sent me £50 on my banking app out of nowhere and then messaged saying now i work for them", [MON, ONL]),
]

# ---------------- belonging_status ----------------
ANSWERS += [
    ("they make u feel like family when ur own family dont care", [BEL]),
    ("its the attention. someone older actually remembering ur name and asking how ur day went", [BEL]),
    ("respect. kids want respect and the olders give u a name", [BEL]),
    ("i was lonley and he was nice to me thats how it started", [BEL]),
    ("feeling part of something. like a crew that has ur back", [BEL]),
    ("they call you bro and fam and that and you feel like you matter to someone", [BEL]),
    ("Girls get told they're special, get their nails and hair done, get told they're his girlfriend. It feels like love until it doesn't.", [BEL]),
    ("new to the area, no mates, whoever says hi first is ur mate", [BEL]),
    ("status on the estate. having a rep. thats worth more than anything to some kids", [BEL]),
    ("they listened to me more than any adult ever did", [BEL]),
    ("i came here alone. no mother no father. the men from my country say we are brothers. i believed them", [BEL]),
    ("being seen. thats it. they see u", [BEL]),
    ("protection from the other lot. if ur with them nobody touches u", [BEL]),
    ("he used to pick me up from school in a nice car and everyone was like woah. i felt like a somebody", [BEL]),
    ("they act like ur big brother", [BEL]),
    ("when home is chaos the gang feels calm weirdly", [BEL]),
    ("love bombing basically", [BEL]),
    ("u get a nickname, u get invited places, u get hyped up", [BEL]),
    ("kids who get bullied want a crew behind them so it stops", [BEL]),
    ("the feeling of being wanted is stronger than being scared", [BEL]),
    ("a group of lads took me under there wing, made me laugh, made me feel safe. didnt see it coming", [BEL]),
    ("gifts arent really about the gift its about someone thinking of u", [BEL]),
    ("they know exactly who has nobody at home checking on them", [BEL]),
    ("young ppl just want to fit in somewhere, anywhere", [BEL]),
    ("fake family. it looks real from inside", [BEL]),
    ("popularity. the ones who roll with them are the popular ones", [BEL]),
    ("Some lads do it for the name. Loyalty, reputation, being known on the ends.", [BEL]),
    ("when u feel invisible someone noticing u is everything", [BEL]),
    ("they made me feel grown up and important, like my opinion counted", [BEL]),
    ("its about being somebody. when school says ur nothing and home says ur nothing", [BEL]),
    ("honestly i just wanted a friend. that's all it was at the start", [BEL]),
    ("I'm autistic and I find friendships hard so when a group actually wanted me around I said yes to everything they asked", [BEL, IDEN]),
    ("moved to a new placement, didnt know a single person, so u latch on to whoever is kind first", [BEL, CARE]),
    ("this older guy online hyped every post i made and said i was mature for my age. i felt special for the first time in ages", [BEL, ONL]),
    ("they shut the youth club so the only place u belong now is with them on the corner", [BEL, PLACE]),
]

# ---------------- online_approaches ----------------
ANSWERS += [
    ("random older men adding u from quick add", [ONL]),
    ("someone pretended to be a girl my age, asked for pics, then said he'd send them to my whole school unless i paid him", [ONL]),
    ("fake accounts in ur dms like 'want to earn quick? hmu'", [ONL]),
    ("on fortnite people chat to you and then ask for ur snap", [ONL]),
    ("ppl r not who they say they r online", [ONL]),
    ("I got a message from a profile with zero posts offering a 'job', all you had to do was 'deliver parcels'", [ONL]),
    ("sextortion. it happened to my mate. he was so scared he didnt tell anyone for weeks and he was thinking about hurting himself", [ONL]),
    ("discord servers where grown men hang about in kids servers", [ONL]),
    ("they scroll thru ur tiktok and know everything about u before the first message", [ONL]),
    ("strangers on roblox asking what school i go to", [ONL]),
    ("a man said he was a model scout and wanted photos 'for my portfolio'", [ONL]),
    ("Snap Map is scary. Anyone can see where you are.", [ONL]),
    ("i get loads of weird requests from accounts with no pfp", [ONL]),
    ("the grooming happens on the apps way before anyone meets up", [ONL]),
    ("old guy in my comments every post calling me gorgeous. im 13", [ONL]),
    ("recruiting is on telegram and snap now, they literally post menus and job adverts", [ONL]),
    ("someone hacked my account and messaged my followers pretending to be me", [ONL]),
    ("in games people give u skins and vbucks and then want something back", [ONL]),
    ("when they say 'delete this chat after' thats the red flag", [ONL]),
    ("i dont actually know who half my followers are", [ONL]),
    ("disappearing messages from people i never met irl", [ONL]),
    ("the ai fake nudes thing is terrifying. someone can make a pic of u without u doing anything", [ONL]),
    ("adults pretending to be teenagers. thats the biggest danger", [ONL]),
    ("A woman messaged me in a Facebook group for people from my country. She said she can help me go to London and find work. Later I understand it was not a good job.", [ONL]),
    ("live streams where strangers send u gifts and then ask u to do stuff on cam", [ONL]),
    ("some guy on whatsapp kept video calling me late at night and i dont even know how he got my number", [ONL]),
    ("grown adults sitting in teen group chats nobody knows who added them", [ONL]),
    ("catfish", [ONL]),
    ("they start nice in the dms then ask for one pic then another then threaten u with the first one", [ONL]),
    ("being added to random group chats with 200 people and some of them are clearly not kids", [ONL]),
    ("someone sent me money on cashapp out the blue then said i had to do something for it", [ONL, MON]),
    ("i'm gay and not out so i went on dating apps even tho im underage. met men way older who took advantage of that", [ONL, IDEN]),
    ("when someone was threatening to share my pics i had no idea where to go that wouldnt tell my parents", [ONL, ACC]),
]

# ---------------- peer_pressure ----------------
ANSWERS += [
    ("ur mates say its nothing, just do it once", [PEER]),
    ("say no and ur shook, ur a pussy, ur dead to them", [PEER]),
    ("people in my year sharing nudes of girls in the group chat like its a joke", [PEER]),
    ("my boyfriend kept on at me to send stuff. he was in my year so i thought it was normal", [PEER]),
    ("snitches get stitches is real in school, nobody says nothing", [PEER]),
    ("harder to say no to ur friends than to a stranger", [PEER]),
    ("dares that go way too far", [PEER]),
    ("You don't want to be the only one not doing it.", [PEER]),
    ("year 9s recruiting year 7s honestly", [PEER]),
    ("everyone vapes and then someones like come with me to get more and thats how it starts", [PEER]),
    ("the group chat decides whos in and whos out", [PEER]),
    ("if ur bro is doing runs he'll bring u along eventually", [PEER]),
    ("getting laughed at is worse than getting caught, thats how we think at that age", [PEER]),
    ("my friend told me if i was a real friend i'd hold it for him", [PEER]),
    ("got pushed into going to a house party by my mates and things happened there i didnt want", [PEER]),
    ("other girls pressure u too, like 'hes fit go on, dont be frigid'", [PEER]),
    ("FOMO basically", [PEER]),
    ("kids egging each other on for content", [PEER]),
    ("lads at college bragging about what they've got and making you feel like a loser for stacking shelves", [PEER]),
    ("saying no = social suicide", [PEER]),
    ("a girl in my class introduced me to her 'friends'. she was getting something out of it", [PEER]),
    ("its always someone u know first not some stranger", [PEER]),
    ("they make a joke of it so u look boring if u take it serious", [PEER]),
    ("people recording fights and u have to join in or ur the next video", [PEER]),
    ("my best mate started it and i didnt want to lose him", [PEER]),
    ("being called a grass follows u forever", [PEER]),
    ("its the people ur own age u need to watch tbh", [PEER]),
    ("classmates screenshot everything and hold it over u", [PEER]),
    ("teenagers push each other into stuff adults dont even know exists", [PEER]),
    ("we all just go along with it. nobody wants to be the odd one out", [PEER]),
    ("if your squad is doing it and you walk away you walk away alone", [PEER]),
    ("kids at my school made fake accounts to catfish other kids and get pics off them", [PEER, ONL]),
    ("a lad my age at college got me into it just by being my mate, then his older cousin took over", [PEER, BEL]),
    ("at the unit the other kids make you prove yourself, if you dont you get rinsed every day", [PEER, EXCL]),
]

# ---------------- police_response ----------------
ANSWERS += [
    ("police treat us like criminals not victims", [POL]),
    ("i got stop and searched 4 times in one month walking home from school. found nothing every time", [POL]),
    ("Rang 999 when a man was following me and they turned up two hours later.", [POL]),
    ("feds dont care about kids from our estate", [POL]),
    ("when i got caught with gear i was arrested not helped. nobody asked who gave it me", [POL]),
    ("they see a black boy in a tracksuit and think gang", [POL]),
    ("they should come into youth clubs and just chat, not only show up when it kicks off", [POL]),
    ("one officer was actually really nice to me, she checked in on me after. more like her pls", [POL]),
    ("Coppers laughed when I reported it.", [POL]),
    ("the bobbies in the town centre move us on even when were doing nothing", [POL]),
    ("my trust in them is zero", [POL]),
    ("they said i was lying cos i had a record", [POL]),
    ("Officers in normal clothes sometimes would help, the uniform puts people off.", [POL]),
    ("i would never ring them, they make it worse", [POL]),
    ("police took my phone for evidence and i didnt get it back for a year. that was my only way to talk to my family back home", [POL]),
    ("in my country police is dangerous. here i still feel the fear when i see them", [POL]),
    ("they strip searched my mate at 15 and no appropriate adult was there", [POL]),
    ("PCSOs are alright, the proper ones not so much", [POL]),
    ("they only care about the drugs not the kid carrying them", [POL]),
    ("if they nick a kid they should go after whos behind him not just him", [POL]),
    ("follow up. when u tell them something actually get back to u", [POL]),
    ("cops pulled me out the car and the grown man driving got let go", [POL]),
    ("they dont speak to u like a person they speak to u like a suspect", [POL]),
    ("never heard anything back about my case. did it just disappear?", [POL]),
    ("get younger officers who actually get it", [POL]),
    ("five-o patrol the nice bits not our bits", [POL]),
    ("the police raided our flat looking for my brother and i was 12 and they pointed things at me", [POL]),
    ("Written with my youth worker: I was picked up in another county with drugs on me. The police there charged me. It took my solicitor months to get them to see I was trafficked. I should have been safeguarded from day one, not interviewed like a dealer.", [POL]),
    ("the police dont believe girls when its a lad everyone likes", [POL]),
    ("police are ok if ur from the right area", [POL]),
    ("when i went missing from my care home the police brought me back in handcuffs like i was the problem", [POL, CARE]),
    ("i reported my ex sharing my pics round our year and the officer said i shouldnt have sent them", [POL, PEER]),
    ("I'm deaf and the officer just kept shouting slower and louder at me like I was stupid", [POL, IDEN]),
    ("reported a fake account that was blackmailing me and police said theres nothing they can do cos its online", [POL, ONL]),
    ("the only officer i trust came to see me with my youth worker, they work together and it actually works", [POL, TRU]),
    ("my brother was treated as a suspect because of his skin even though he was the one being forced", [POL, IDEN]),
]

# ---------------- professionals_listening ----------------
ANSWERS += [
    ("social workers dont listen they just tick boxes", [PRO]),
    ("i told my teacher and she said i was being dramatic", [PRO]),
    ("they talk about u in meetings like ur not sat right there", [PRO]),
    ("I've had to tell my story to like nine different people. Why can't they just read the file.", [PRO]),
    ("the doctor didnt believe me", [PRO]),
    ("they decide everything about my life without asking", [PRO]),
    ("my yot worker just reads questions off a sheet", [PRO]),
    ("nobody asked what I wanted", [PRO]),
    ("when i told someone at school they rang my mum straight away without asking me, and my mum was the problem", [PRO]),
    ("big words and initials. CSE, CCE, MASH, LADO. just speak normal", [PRO]),
    ("They always say 'we'll look into it' and then nothing", [PRO]),
    ("teachers see behaviour not the reason behind it", [PRO]),
    ("they think cos im 16 i can cope. i cant", [PRO]),
    ("they were nice to my face then wrote horrible stuff in my notes. i read my file after i left and cried", [PRO]),
    ("camhs waiting list is 18 months. thats not help", [PRO]),
    ("take us seriously the first time we say it", [PRO]),
    ("Being listened to properly, without them looking at the clock.", [PRO]),
    ("they blame u for choices u made while u were being groomed", [PRO]),
    ("the school nurse was good, she actually listened and didnt rush", [PRO]),
    ("workers should ask before they pass stuff on", [PRO]),
    ("they make u feel like a case number", [PRO]),
    ("felt judged the moment i walked in the room", [PRO]),
    ("They listen but they don't hear, if that makes sense", [PRO]),
    ("they cancel on me then write that i 'disengaged'", [PRO]),
    ("social services just want to close the case and move on", [PRO]),
    ("nobody explains whats going on, i find out from letters", [PRO]),
    ("they did a risk assessment on me, got half of it wrong and never checked it with me", [PRO]),
    ("ask us, we are the experts in our own lives", [PRO]),
    ("they wrote i was 'putting myself at risk'. i was 13. someone was putting me at risk", [PRO]),
    ("my social worker actually came to my football match once. small things like that matter", [PRO]),
    ("im sick of being 'signposted'. just help me", [PRO]),
    ("staff at my resi read my diary and said it was safeguarding", [PRO, CARE]),
    ("they never asked me in my language. they used my friend to translate very private things", [PRO, ACC]),
    ("teachers think i'm lazy but i'm up half the night with my little sister who's ill. not one of them asked why", [PRO, IDEN]),
]

# ---------------- trusted_adult ----------------
ANSWERS += [
    ("one person who sticks around. thats all", [TRU]),
    ("ive had 7 social workers in 3 years. why would i tell any of them anything", [TRU]),
    ("my youth worker Dee is the only one i'd tell. she's been there since i was 12", [TRU]),
    ("someone who doesnt leave", [TRU]),
    ("you need time to trust someone and they always go before you get there", [TRU]),
    ("my nan. shes the only adult i trust", [TRU]),
    ("a mentor whos been through it themselves", [TRU]),
    ("an adult who texts back", [TRU]),
    ("My football coach. He doesn't judge and he's there every Tuesday and Thursday without fail.", [TRU]),
    ("takes ages to build trust and 5 seconds to lose it", [TRU]),
    ("somebody consistant. not agency staff every week", [TRU]),
    ("just one adult who knows me, not my file, me", [TRU]),
    ("my key worker left and nobody told me. i turned up and she was just gone", [TRU]),
    ("id tell my older sister not a professional", [TRU]),
    ("someone who stays the same with you when you mess up", [TRU]),
    ("the lady at the mosque helped me with everything when I arrive. I tell her before anyone", [TRU]),
    ("honestly nobody. there isnt an adult i trust", [TRU]),
    ("my TA from primary still checks on me. that means a lot", [TRU]),
    ("a worker who is there for years not months", [TRU]),
    ("someone who remembers what i told them last time without looking at notes", [TRU]),
    ("if id had one person in my corner i reckon i'd never have got involved", [TRU]),
    ("It's about the relationship, not the service.", [TRU]),
    ("someone i can ring at 2am", [TRU]),
    ("the dinner lady. she was the one who noticed i wasnt eating", [TRU]),
    ("when u finally trust someone they get promoted or change jobs", [TRU]),
    ("a grown up who doesnt give up on me even when i push them away. and i will push", [TRU]),
    ("my support worker from the young carers project. she just gets it", [TRU]),
    ("same face every week", [TRU]),
    ("you dont open up to strangers, even nice ones", [TRU]),
    ("my uncle. he was inside when he was young so he knows the signs and doesnt preach", [TRU]),
    ("i need someone who knows my story so i dont have to start again", [TRU]),
    ("my youth worker is the only reason i got out. she came to the station with me at 3am", [TRU, POL]),
    ("the best thing was my PA from leaving care, she kept checking on me even after i turned 21", [TRU, CARE]),
    ("a teacher at my AP actually believed in me. first adult ever", [TRU, EXCL]),
    ("someone who is also gay, who gets it without me explaining, that I could talk to", [TRU, IDEN]),
    ("new social worker every few months and every single one makes decisions before theyve even met me", [TRU, PRO]),
]

# ---------------- care_system ----------------
ANSWERS += [
    ("they moved me 60 miles from everyone i knew and the gangs found me in a week", [CARE]),
    ("supported accommodation at 16 with grown adults in the same building. scary", [CARE]),
    ("leaving care at 18 is like falling off a cliff", [CARE]),
    ("my flat got taken over by people dealing because i was on my own and didnt know how to say no", [CARE]),
    ("too many placement moves. ive had 11", [CARE]),
    ("the hostel they put me in was full of older men", [CARE]),
    ("care homes in the middle of nowhere with nothing to do, so u get the bus into town and meet the wrong people", [CARE]),
    ("kids in care get targeted cos people know there's no mum at home waiting up", [CARE]),
    ("my placement ended with 2 hours notice and a bin bag", [CARE]),
    ("staying put should be for kids in resi too not just foster kids", [CARE]),
    ("the home had a curfew but nothing happened if you broke it", [CARE]),
    ("at 17 they put me in a B&B. a B&B!", [CARE]),
    ("care leavers need someone checking after 18, not just a letter about council tax", [CARE]),
    ("they put unaccompanied children in hotels and then some of them go missing and nobody says anything", [CARE]),
    ("independent living at 17 with no cooking skills, no money skills, no mates nearby", [CARE]),
    ("stop out of area placements", [CARE]),
    ("foster carers need training on exploitation. mine had no clue what was going on under her roof", [CARE]),
    ("the childrens home got new kids every month, some already involved, and they pulled the rest of us in", [CARE]),
    ("when I left care I got a flat on the worst estate in the city. Course I did.", [CARE]),
    ("go missing, come back, return interview is a form. nobody asks why u went", [CARE]),
    ("my local authority is 200 miles away so they hardly visit", [CARE]),
    ("semi independent is not safe for 16 year olds. end of", [CARE]),
    ("the leaving care grant barely covered a bed and a kettle", [CARE]),
    ("pathway plan is just paperwork nobody reads", [CARE]),
    ("they split me from my brother when we went into care and he was the one who kept me out of trouble", [CARE]),
    ("please let me stay in foster care after 18 until i'm ready. my mate had to leave on her birthday", [CARE]),
    ("Support worker typing for me. I am 18 now and I live in a shared house with 5 other care leavers. People come to the door at night asking for one of the boys. Nobody from the council comes unless I ring them. The house should have staff.", [CARE]),
    ("too many moves means u never settle so u never say no to anything", [CARE]),
    ("they age assessed me as 19 and put me with adults. i am 16", [CARE, IDEN]),
    ("residential staff change all the time and the agency ones dont know the rules or us", [CARE, TRU]),
    ("moved schools 5 times cos of placements. lost my friends every single time", [CARE, EXCL]),
    ("the hostel is right next to where everyone deals. do they put care leavers there on purpose", [CARE, PLACE]),
    ("the childrens home rang the police every time i was 10 mins late back. i got a record for nothing", [CARE, POL]),
]

# ---------------- places_spaces ----------------
ANSWERS += [
    ("the underpass by Wexcombe station, nobody goes there after dark", [PLACE]),
    ("bring the youth clubs back. they shut ours in 2019 and nothing replaced it", [PLACE]),
    ("the chicken shop on Orrin Street is where they wait for kids after school", [PLACE]),
    ("bus stops at night, older guys in cars pulling up asking if u want a lift", [PLACE]),
    ("somewhere warm to go after school that isnt mcdonalds", [PLACE]),
    ("Skelbrook Park, the lights have been broken for months", [PLACE]),
    ("boredom is the real problem. nothing to do so u hang on the street", [PLACE]),
    ("the library is the only safe place and it shuts at 5", [PLACE]),
    ("more street lights and cameras in the alleys", [PLACE]),
    ("a girls only space would be nice", [PLACE]),
    ("free boxing or gym would keep so many lads busy", [PLACE]),
    ("trains. kids get sent on the train down to the coast towns", [PLACE]),
    ("i feel safe at the Brightwell youth project, nowhere else really", [PLACE]),
    ("the multi storey at the shopping centre is where the deals go on", [PLACE]),
    ("everything for young ppl costs. cinema, bowling, trampoline park. so we sit in the park", [PLACE]),
    ("the bridge on Dunhallow Road is where people get robbed", [PLACE]),
    ("more stuff open on weekends and in the holidays", [PLACE]),
    ("i dont walk past the Tanmoor flats, everyone knows why", [PLACE]),
    ("a cafe kind of place for teens with wifi and no one hassling you", [PLACE]),
    ("the skatepark used to be fine, now the older lot are there every night", [PLACE]),
    ("summer hols theres nothing on, thats when it all kicks off", [PLACE]),
    ("taxi ranks late at night", [PLACE]),
    ("a music studio for young people. so many of us want to make music and have nowhere", [PLACE]),
    ("round the back of the leisure centre", [PLACE]),
    ("town is ok in the day. at night its different people", [PLACE]),
    ("the estate playground has needles in it", [PLACE]),
    ("a drop in that stays open till 10", [PLACE]),
    ("sports clubs that dont cost 40 quid a month", [PLACE]),
    ("my street is fine, its getting to school thats the problem", [PLACE]),
    ("the canal path by the old mill. dont go there alone", [PLACE]),
    ("Ashcombe Vale has literally nothing for teenagers. One shop and a bench.", [PLACE]),
    ("an lgbt youth group that meets somewhere safe. the one in town has drinkers outside shouting at us when we go in", [PLACE, IDEN]),
    ("youth clubs with the same workers every week so u actually get to know them", [PLACE, TRU]),
    ("the chicken shop gives free wings to kids and then the men there ask for favours", [PLACE, MON]),
]

# ---------------- school_exclusion ----------------
ANSWERS += [
    ("i got kicked out of school in year 9 and thats when it all went downhill", [EXCL]),
    ("at the PRU ur with kids already in it, u get pulled in by default", [EXCL]),
    ("part time timetable means ur on the streets half the day", [EXCL]),
    ("schools exclude the kids who need them most", [EXCL]),
    ("when ur excluded the olders know ur free all day", [EXCL]),
    ("they off rolled me. told my mum to home school me. she cant even read properly", [EXCL]),
    ("AP was 2 hours a day. what am i meant to do with the rest", [EXCL]),
    ("isolation booth all day every day, might as well have been at home", [EXCL]),
    ("the teachers at alternative provision were actually better than mainstream ever was", [EXCL]),
    ("out of school = a target", [EXCL]),
    ("no school place for six month when i come to uk. i just walk around", [EXCL]),
    ("schools should try everything before they exclude", [EXCL]),
    ("once ur excluded everyone labels u the bad kid", [EXCL]),
    ("college kicked me off the course for attendance but i was caring for my dad", [EXCL]),
    ("they sent me home so much i just stopped going", [EXCL]),
    ("the recruiters know to wait outside the pupil referral unit at home time", [EXCL]),
    ("exclusion is basically handing kids to the gangs on a plate", [EXCL]),
    ("i was out of education a whole year and nobody checked", [EXCL]),
    ("excluded me for carrying a blade when i was carrying it because someone threatened me. nobody asked why", [EXCL]),
    ("more support inside school instead of sending u out", [EXCL]),
    ("reduced hours 'because of my autism' and they called that support", [EXCL]),
    ("behaviour policy is too strict, one wrong move and ur gone", [EXCL]),
    ("if u miss school nobody comes knocking", [EXCL]),
    ("the AP minibus dropped us in town at 1pm, what did they think happens next", [EXCL]),
    ("keep kids in school. thats the main thing", [EXCL]),
    ("fixed terms just give u days off to do whatever", [EXCL]),
    ("when you get permanently excluded your whole life changes and not in a good way", [EXCL]),
    ("Im in year 10 at the Wyndle Learning Centre. Its alright but theres no gcses only functional skills so whats the point, and loads of my old mates from there are doing county lines now. Mainstream didnt want me, the centre cant teach me, the streets want me. Thats the honest truth.", [EXCL]),
    ("i have ADHD and got excluded for stuff i couldnt help", [EXCL, IDEN]),
    ("managed move to a school across town meant 2 buses thru other peoples areas every day", [EXCL, PLACE]),
    ("being excluded made me feel like nobody wanted me so i found people who did", [EXCL, BEL]),
    ("when i got excluded the police came round my house more than anyone from the school did", [EXCL, POL]),
    ("nobody told me my rights when they excluded me. the letter was full of words i didnt understand", [EXCL, ACC]),
]

# ---------------- education_lessons ----------------
ANSWERS += [
    ("PSHE is cringe, they showed us a video from like 2008", [EDU]),
    ("get people whove actually been thru it to come in and talk", [EDU]),
    ("teach the signs earlier, year 6 or 7, not year 11 when its too late", [EDU]),
    ("we need to learn what grooming actually looks like. its not a stranger in a van", [EDU]),
    ("teach parents too. my mum didnt know what county lines was till the police told her", [EDU]),
    ("small group workshops not a massive assembly", [EDU]),
    ("real stories not scare tactics", [EDU]),
    ("consent and healthy relationships taught properly, not one rushed lesson", [EDU]),
    ("a theatre group came in and did a play about exploitation and it was actually really good", [EDU]),
    ("tell us what the law actually says. do we get in trouble if we were forced to do it?", [EDU]),
    ("make it interactive, scenarios, what would u do, not a teacher reading a powerpoint", [EDU]),
    ("learn about it at youth club too not only school", [EDU]),
    ("more than one lesson a year", [EDU]),
    ("teachers need training as well, half of them dont know the signs", [EDU]),
    ("explain the difference between a real friend and someone grooming u", [EDU]),
    ("use tiktok and reels to teach it, thats where we actually are", [EDU]),
    ("ppl dont realise its exploitation when its happening to them. teach that bit", [EDU]),
    ("i learned more from a netflix documentary than school ever taught me", [EDU]),
    ("assemblies dont work, everyone is on there phone", [EDU]),
    ("teach us what to do if its a mate who is involved", [EDU]),
    ("knowledge is power. if i knew then what i know now", [EDU]),
    ("sixth formers teaching year 8s would land better than teachers", [EDU]),
    ("make the lessons about our area. say the real places", [EDU]),
    ("dont just say dont do drugs. explain how they hook you", [EDU]),
    ("Awareness. Most of us didn't have a clue until it was too late.", [EDU]),
    ("lessons on how to spot a fake profile and what to do when one messages u", [EDU, ONL]),
    ("teach about money mules and bank accounts cos loads of people dont know its illegal", [EDU, MON]),
    ("easy read lessons for people with learning disabilities, the normal ones go too fast", [EDU, ACC]),
    ("sex ed that includes gay relationships so we know whats normal and whats not", [EDU, IDEN]),
    ("lessons in other languages or with pictures for students who are new to english", [EDU, ACC]),
    ("talk about boys being victims too, every example is always a girl", [EDU, IDEN]),
    ("the peer pressure part is what they need to teach, how to say no to your mates and still keep them", [EDU, PEER]),
]

# ---------------- identity_prejudice ----------------
ANSWERS += [
    ("people think because im disabled i dont understand whats happening to me", [IDEN]),
    ("when a black boy is exploited they call it gang involvement, when a white girl is they call it abuse", [IDEN]),
    ("as a trans kid i got kicked out and the only people who let me stay wanted things back", [IDEN]),
    ("they think all asylum kids lie about their age", [IDEN]),
    ("being neurodivergent i take people at their word and they use that", [IDEN]),
    ("i get treated as older than i am cos im tall and black", [IDEN]),
    ("services dont get lgbt stuff. they assumed my 'friend' was my mate not the man abusing me", [IDEN]),
    ("boys dont get seen as victims", [IDEN]),
    ("care kids get labelled as trouble before anyone meets us", [IDEN]),
    ("as a muslim girl people assume stuff about my family straight away", [IDEN]),
    ("being a young carer nobody sees you", [IDEN]),
    ("I have a learning disability and they talked to my carer instead of me", [IDEN]),
    ("people say refugees bring crime. we are the ones being used", [IDEN]),
    ("if ur from a certain estate ur already guilty", [IDEN]),
    ("girls get blamed for what they wear or for going to the party", [IDEN]),
    ("homophobia at home pushes kids out and straight into danger", [IDEN]),
    ("autistic girls are easy targets because we miss the signs and then no one believes us", [IDEN]),
    ("they think traveller kids are all thieves so nobody protects us", [IDEN]),
    ("i use a wheelchair and people assume nothing could happen to me", [IDEN]),
    ("they see my hoodie and my skin before they see me", [IDEN]),
    ("stereotypes mean they miss the kids who dont fit the picture", [IDEN]),
    ("non binary and nobody ever asks my pronouns, so why would i tell them anything else", [IDEN]),
    ("when you are asylum seeker they think you must be grateful and quiet", [IDEN]),
    ("cos i have a record they think i cant be a victim", [IDEN]),
    ("adhd kids get called naughty not vulnerable", [IDEN]),
    ("my dad would kill me if he knew i was gay so i cant tell anyone anything about my life", [IDEN]),
    ("once 'CSE risk' is on ur file people treat u like damaged goods", [IDEN]),
    ("they assume working class parents dont care", [IDEN]),
    ("poor and brown in a posh area, people clock you", [IDEN]),
    ("im dyslexic and people think im thick so they dont bother explaining", [IDEN]),
    ("written with help from my worker at the youth hub: I am a young carer for my mum who has MS. Nobody at school knows and I don't want them to because they would just feel sorry for me or call social services. A lad in my street noticed I was always out at the shop late and started offering to help. I know now what he wanted.", [IDEN]),
    ("disabled kids get used to carry stuff cos they know nobody would suspect us", [IDEN]),
    ("being gay in care, the staff made jokes and i stopped telling them anything", [IDEN, CARE]),
    ("im deaf, people online think im easy because i cant hear whats going on around me", [IDEN, ONL]),
]

# ---------------- access_help ----------------
ANSWERS += [
    ("a text number you can message without giving your name", [ACC]),
    ("i dont know where to go tbh", [ACC]),
    ("interpreter please. I can not explain good in English", [ACC]),
    ("help that's open at night, not 9 to 5", [ACC]),
    ("a website in easy read", [ACC]),
    ("i cant get to appointments cos i look after my mum. come to me or do it online", [ACC]),
    ("an app where u can report things anonymously", [ACC]),
    ("put the number on the back of school ID cards", [ACC]),
    ("drop in where u dont need an appointment", [ACC]),
    ("under 16 so they want my parents permission for everything, that stops me going", [ACC]),
    ("BSL interpreters at youth services", [ACC]),
    ("free bus travel to actually get to the services", [ACC]),
    ("make the forms shorter, i gave up halfway", [ACC]),
    ("posters in the toilets where no one sees you reading", [ACC]),
    ("more languages. arabic, tigrinya, kurdish, pashto, vietnamese", [ACC]),
    ("a worker who can meet somewhere that isnt an office", [ACC]),
    ("insta or whatsapp chat with a real human not a bot", [ACC]),
    ("when you ring they leave you on hold forever", [ACC]),
    ("quiet rooms for autistic people, not bright busy waiting areas", [ACC]),
    ("I do not know the difference between all the services. Make one number.", [ACC]),
    ("help that doesnt go straight back to my parents", [ACC]),
    ("theres stairs at the youth centre and no lift", [ACC]),
    ("give us a little card with all the numbers on", [ACC]),
    ("my phone is always out of data so online help is useless to me", [ACC]),
    ("leaflets in our languages in places we go, the mosque, the barbers, the food bank", [ACC]),
    ("let us bring a friend with us", [ACC]),
    ("visual guides with pictures", [ACC]),
    ("somewhere in my area, not the other side of the city", [ACC]),
    ("a way to ask for help without speaking out loud", [ACC]),
    ("easy words please. not long letters", [ACC]),
    ("outreach workers on the streets where we actually are", [ACC]),
    ("im a young carer and the only time i get is after 9 when mum is asleep and everything is shut by then", [ACC]),
    ("an anonymous way to tell the police stuff without being seen as a grass", [ACC, POL]),
    ("a place in town you can just walk into, like a shop front with the door open", [ACC, PLACE]),
    ("my english is little. when i go to the office they give me papers i cannot read and nobody explain", [ACC, PRO]),
]

# ---------------- mixed extras (more two-theme answers, long and simple-English answers) ----------------
ANSWERS += [
    ("money gets u in, debt keeps u in, fear keeps u quiet", [MON]),
    ("they give the younger ones a bit of money and a lot of hype. the money is the bait but the hype is what keeps them", [BEL, MON]),
    ("Written with my youth worker. I'm 15 and in foster care. The thing nobody gets is that the lads who got me involved were the first people since I came into care who seemed happy to see me. My foster carer was fine but I was one of four kids there and I felt like a lodger. The lads messaged me every morning. Nobody else did that.", [BEL, CARE]),
    ("got bullied for being in care and some older lads said theyd sort it for me. after that i was theirs", [BEL, MON]),
    ("got a dm offering 'work', said no, then my mate from school who was already in it kept on and on at me", [ONL, PEER]),
    ("a guy on insta kept paying for my takeaways through the app, then he asked to meet", [ONL, MON]),
    ("in my phone people write me in my language, they say they are friend of my cousin. it is not true", [ONL]),
    ("ok so basically nobody gets that it isnt some scary man in a hoodie its ur own mates. my mate asked me to hold his phone for a bit then it was hold this bag then its come with me to wyndle on saturday and if u say no ur the weird one and the whole chat knows by monday. and adults are like just say no. yeah ok", [PEER]),
    ("police came into school to do a talk and it was all 'you'll go to prison'. made us trust them even less", [POL, EDU]),
    ("my social worker told the police everything i said in confidence and then they turned up at my door", [PRO, POL]),
    ("teachers at the PRU dont even bother reporting stuff, they expect it from kids like us", [PRO, EXCL]),
    ("I'm 22 and a care leaver. When I was 14 I told three different professionals something was wrong. One wrote it down, one told my carer, one told me I was lucky to have a placement. I'm not angry any more, I just want them to know that the first time a kid says it, they've usually been building up to it for months.", [PRO]),
    ("bruv just someone real", [TRU]),
    ("my foster mum is the one adult who never gave up, 4 years now, shes the reason im at college", [TRU, CARE]),
    ("a youth worker who speaks arabic. like a big brother but a safe one", [TRU, ACC]),
    ("when they move u to a different area u lose ur mates, ur school, everything, and the only ones who welcome u are the wrong ones", [CARE, BEL]),
    ("the field behind the unit is where the older ones wait for the excluded kids", [PLACE, EXCL]),
    ("the station is full of police but they search us not the men watching us", [PLACE, POL]),
    ("I am not safe at the station in night. Many men there. I go only with my friend.", [PLACE]),
    ("autistic and excluded, then they said the AP couldnt meet my needs so i just got nothing for months", [EXCL, IDEN]),
    ("a lesson on what your rights are if the police stop you, thats what we actually need", [EDU, POL]),
    ("lgbt kids who get kicked out end up with whoever accepts them, and being accepted is the hook", [IDEN, BEL]),
    ("i asked for a female worker because of my religion and they said there wasnt one so i just didnt go back", [ACC, IDEN]),
    ("please more people who speak Dari. I wait three weeks for interpreter.", [ACC]),
]

# ---------------- checks and output ----------------

def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def check(answers):
    errors = []
    keys = [t["key"] for t in THEMES]
    if len(set(keys)) != len(keys):
        errors.append("duplicate theme keys")
    if not 11 <= len(keys) <= 13:
        errors.append("need 11-13 themes, have %d" % len(keys))
    valid = set(keys)
    seen = {}
    for i, (text, themes) in enumerate(answers):
        if not isinstance(text, str) or not text.strip():
            errors.append("empty answer at %d" % i)
        n = norm(text)
        if n in seen:
            errors.append("duplicate answer: %r (entries %d and %d)" % (text, seen[n], i))
        seen[n] = i
        if not 1 <= len(themes) <= 2:
            errors.append("answer %d has %d themes" % (i, len(themes)))
        if len(set(themes)) != len(themes):
            errors.append("answer %d repeats a theme" % i)
        for k in themes:
            if k not in valid:
                errors.append("invalid theme key %r in answer %d" % (k, i))
    total = len(answers)
    if total < 420:
        errors.append("only %d answers (need >= 420)" % total)
    any_count = Counter(k for _, ts in answers for k in ts)
    for k in keys:
        if any_count[k] < 25:
            errors.append("theme %s has only %d answers" % (k, any_count[k]))
    two = sum(1 for _, ts in answers if len(ts) == 2)
    share = two / total if total else 0
    if not 0.10 <= share <= 0.20:
        errors.append("two-theme share %.3f outside 10-20%%" % share)
    for a, b, _ in CLOSE_PAIRS:
        if a not in valid or b not in valid:
            errors.append("close pair uses unknown key")
    return errors


def stats(answers):
    any_count = Counter(k for _, ts in answers for k in ts)
    main_count = Counter(ts[0] for _, ts in answers)
    second_count = Counter(ts[1] for _, ts in answers if len(ts) == 2)
    two = sum(1 for _, ts in answers if len(ts) == 2)
    return any_count, main_count, second_count, two


def readme(records, any_count, main_count, second_count, two):
    total = len(records)
    lines = []
    lines.append("# set_n: young people's views on exploitation and safety (theme suggestion and assisted coding)")
    lines.append("")
    lines.append("Author: an independent helper that saw nothing but this folder (`/work/sets/themes_n/`). "
                 "No other files, repositories, search tools or web pages were consulted; every answer, theme and "
                 "description was written by hand from general knowledge.")
    lines.append("")
    lines.append("Date: 2026-12-06")
    lines.append("")
    lines.append("## Setting")
    lines.append("")
    lines.append(SETTING)
    lines.append("")
    lines.append("## Questions asked")
    lines.append("")
    for q in QUESTIONS:
        lines.append("- " + q)
    lines.append("")
    lines.append("Answers are pooled across questions (the question is not recorded per answer), as a coder would "
                 "usually see them in an export. They are in young people's own voice: text-speak, slang, "
                 "misspellings, missing punctuation, one-word answers, long rants, some typed with a youth or "
                 "support worker, and some in simple English by young people learning English. Within a theme the "
                 "wording is deliberately varied, so grouping has to be by meaning, not shared words.")
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
    for a, b, why in CLOSE_PAIRS:
        lines.append("- `%s` vs `%s`: %s" % (a, b, why))
    lines.append("")
    lines.append("## Counts")
    lines.append("")
    lines.append("Total answers: %d. Answers touching two themes: %d (%.1f%%). The main theme is listed first." % (
        total, two, 100.0 * two / total))
    lines.append("")
    lines.append("| key | main theme | second theme | any mention |")
    lines.append("|---|---|---|---|")
    for t in THEMES:
        k = t["key"]
        lines.append("| `%s` | %d | %d | %d |" % (k, main_count[k], second_count[k], any_count[k]))
    lines.append("")
    lines.append("## Files")
    lines.append("")
    lines.append("- `set_n.jsonl`: one JSON object per line, `{\"id\", \"text\", \"themes\"}`; ids `n0001`... after a "
                 "shuffle with `random.Random(20261207)`; `themes` lists one or two keys, main first.")
    lines.append("- `themes.json`: list of `{\"key\", \"label\", \"description\"}`.")
    lines.append("- `build.py`: the hand-typed answers, the checks, and the writer. Run `python3 build.py`; it "
                 "writes nothing if any check fails.")
    lines.append("")
    return "\n".join(lines)


def main():
    errors = check(ANSWERS)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        any_count, main_count, second_count, two = stats(ANSWERS)
        print("total", len(ANSWERS), "two", two)
        for t in THEMES:
            print(t["key"], main_count[t["key"]], any_count[t["key"]])
        print("nothing written")
        sys.exit(1)
    items = list(ANSWERS)
    random.Random(20261207).shuffle(items)
    records = []
    for i, (text, themes) in enumerate(items, start=1):
        records.append({"id": "n%04d" % i, "text": text, "themes": list(themes)})
    any_count, main_count, second_count, two = stats(ANSWERS)
    with open(os.path.join(HERE, "set_n.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "themes.json"), "w", encoding="utf-8") as f:
        json.dump(THEMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(records, any_count, main_count, second_count, two))
    print("total answers:", len(records))
    print("touching two themes: %d (%.1f%%)" % (two, 100.0 * two / len(records)))
    for t in THEMES:
        k = t["key"]
        print("%-24s main %3d  any %3d" % (k, main_count[k], any_count[k]))
    print("wrote set_n.jsonl, themes.json, README.md")


if __name__ == "__main__":
    main()
