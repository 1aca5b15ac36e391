#!/usr/bin/env python3
"""Build evaluation set H: hand-written youth consultation answers + codebook.

Python 3 standard library only. All answers were hand-written for this set;
every name and place is invented. Run: python3 build.py
"""
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

THEMES = [
    {"key": "bored",
     "label": "Nothing to do",
     "description": "Lack of affordable, open or age-appropriate things to do: youth clubs closed, "
                    "nowhere to go, boredom, wanting activities, sport, places to hang out indoors."},
    {"key": "places",
     "label": "Feeling unsafe in public places",
     "description": "Fear or unease about being in a particular public place: parks, town centre, "
                    "alleys, shops, estates, underpasses; lighting, CCTV, groups hanging about, fights, knives in the area."},
    {"key": "travel",
     "label": "Journeys and transport",
     "description": "The journey itself: buses, trains, stations, taxis, walking or cycling home, routes, "
                    "waiting at stops, late/cancelled services, fares, being followed on the way somewhere."},
    {"key": "crime",
     "label": "Being used for crime",
     "description": "Young people drawn into or used for crime by others: drug running, county lines, "
                    "holding or carrying things, gangs recruiting, debt bondage, being made to steal or deal."},
    {"key": "sexual",
     "label": "Sexual exploitation and grooming",
     "description": "Sexual exploitation or grooming, online or offline: older boyfriends/girlfriends, gifts for sex, "
                    "being asked for nudes, images shared, parties with older men, coercive relationships."},
    {"key": "online",
     "label": "Online life",
     "description": "Life online not centred on sexual exploitation: social media, strangers adding you, scams, "
                    "online bullying, gaming, screen time, fake accounts, privacy, apps, seeing violent content."},
    {"key": "police",
     "label": "Police",
     "description": "Views of and experiences with the police: trust, stop and search, response times, "
                    "being treated as a suspect, wanting more or fewer police, PCSOs."},
    {"key": "services",
     "label": "Getting help from services",
     "description": "Whether help from services exists and can be reached: knowing where to go, waiting lists, "
                    "opening hours, youth workers, social workers, helplines, drop-ins, workers changing, joined-up support."},
    {"key": "heard",
     "label": "Being listened to and believed",
     "description": "Being listened to, believed and taken seriously by adults; judged or dismissed because of age "
                    "or look; wanting a say in decisions; consultations that change nothing."},
    {"key": "school",
     "label": "School and college",
     "description": "School or college as a setting: teachers, lessons (PSHE etc.), exclusions, isolation, "
                    "safeguarding staff, attendance, what schools should teach or do."},
    {"key": "money",
     "label": "Money and cost of living",
     "description": "Money worries and the cost of living: no money, family poverty, jobs, wages, "
                    "wanting nice things, cost of food/clothes/activities, benefits, debt that is not linked to crime."},
    {"key": "family",
     "label": "Home and family",
     "description": "Home life and family: parents/carers, siblings, arguments, parents not knowing, "
                    "being in care, foster carers, overcrowding, domestic abuse at home, family as support."},
    {"key": "mental",
     "label": "Mental health and wellbeing",
     "description": "Feelings and wellbeing: anxiety, depression, stress, loneliness, self-harm, trauma, "
                    "confidence, sleep; how the person feels rather than the service that should help."},
    {"key": "peers",
     "label": "Friends and peer pressure",
     "description": "Friendships and peer pressure: friends as support, falling out, pressure to fit in, "
                    "drink/vape/weed among mates, reputation, not wanting to snitch on friends."},
]

KEYS = {t["key"] for t in THEMES}

# Each DATA chunk: one answer per line, "codes | text".
# codes: primary key, optionally ",secondary". Lines starting with # are notes.
DATA = []


def parse():
    items = []
    for chunk_no, chunk in enumerate(DATA):
        for line_no, raw in enumerate(chunk.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if " | " not in line:
                sys.exit(f"chunk {chunk_no} line {line_no}: no separator: {raw!r}")
            codes, text = line.split(" | ", 1)
            codes = [c.strip() for c in codes.split(",") if c.strip()]
            text = text.strip()
            if not text:
                sys.exit(f"chunk {chunk_no} line {line_no}: empty text")
            if not 1 <= len(codes) <= 2 or len(set(codes)) != len(codes):
                sys.exit(f"chunk {chunk_no} line {line_no}: bad codes {codes}")
            for c in codes:
                if c not in KEYS:
                    sys.exit(f"chunk {chunk_no} line {line_no}: unknown code {c!r}")
            items.append((text, codes))
    return items


def check_duplicates(items):
    seen = {}
    bad = []
    for text, _ in items:
        norm = " ".join(text.lower().split())
        if norm in seen:
            bad.append(text)
        seen[norm] = True
    if bad:
        for b in bad:
            print("DUPLICATE:", b)
        sys.exit(f"{len(bad)} duplicate answers")


def main():
    items = parse()
    check_duplicates(items)
    rng = random.Random(20261205)
    rng.shuffle(items)
    records = [{"id": f"h{i:04d}", "text": t, "themes": c}
               for i, (t, c) in enumerate(items, 1)]

    with open(HERE / "themes.json", "w", encoding="utf-8") as f:
        json.dump(THEMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(HERE / "set_h.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    tagged = collections.Counter()
    primary = collections.Counter()
    secondary = collections.Counter()
    pairs = collections.Counter()
    for r in records:
        th = r["themes"]
        primary[th[0]] += 1
        for k in th:
            tagged[k] += 1
        if len(th) == 2:
            secondary[th[1]] += 1
            pairs[tuple(sorted(th))] += 1
    n = len(records)
    n2 = sum(1 for r in records if len(r["themes"]) == 2)
    print(f"answers: {n}  with two themes: {n2} ({100 * n2 / n:.1f}%)")
    lens = sorted(len(r["text"].split()) for r in records)
    print(f"words per answer: min {lens[0]}  median {lens[n // 2]}  max {lens[-1]}")
    print(f"{'key':10} {'tagged':>6} {'primary':>7} {'secondary':>9}")
    for t in THEMES:
        k = t["key"]
        print(f"{k:10} {tagged[k]:6d} {primary[k]:7d} {secondary[k]:9d}")
    print("common pairs (unordered):")
    for (a, b), c in pairs.most_common(12):
        print(f"  {a} + {b}: {c}")
    low = [t["key"] for t in THEMES if primary[t["key"]] < 30]
    if low:
        print("WARNING: fewer than 30 primary:", ", ".join(low))


DATA.append(r"""
# ---- bored (nothing to do) ----
bored | nothing to do
bored | theres literally nothing to do round here
bored | bring back the youth club on Cinder Lane. it shut when i was in year 7 and now everyone just hangs about outside the shop
bored | more stuff for teenagers. everything is either for little kids or for adults
bored | a skate park that isnt falling apart would be a start tbh
bored,places | we only sit in the park cos theres nowhere else to go then people moan at us for being in the park
bored | boring
bored | Its so dead here after 6pm. Nothing open, nothing on. You can see why people get into stuff they shouldnt
bored | need more clubs that are free
bored | football pitches that you dont have to book and pay for
bored | honestly if there was a place to go on a friday night half the trouble wouldnt happen
bored | i go to a dance group on tuesdays and its the best thing in my week. there should be more things like that
bored | when I was younger there was a holiday club at Millbrook community centre with trips and food and everything. my little brother doesnt get any of that now
bored | like a youth centre with xbox and pool table and someone to talk to if u want
bored,money | everything costs money. cinema is like £12, bowling is more, so we just walk round
bored | Fellside has one bench. ONE bench. thats the entertainment
bored | more activitys
bored | A space for older young people (18-25) too. Once you turn 18 every youth thing just stops and you're on your own
bored | sports but not just football, some of us dont like football
bored | i'd like a music studio where you can record for free. lots of lads round here rap and theres nowhere to do it proper
bored | open the leisure centre later and make it cheap for under 18s
bored | idk more things to do
bored | We need somewhere warm to go in winter. Like a cafe thing for young people where you dont have to buy anything
bored | my mum says when she was young there was a roller disco and a youth club and a cinema in town. now its just vape shops and bookies
bored | dead
bored | they closed the library on saturdays which was the only place i could go to get out the house
bored | boxing gym for free. keeps you out of trouble and you learn discipline. my cousin did it and it changed him
bored | summer holidays are so long and boring. 6 weeks of nothing
bored,peers | when ur bored u just end up doing dumb stuff with your mates. thats how most people get in trouble round here
bored | More youth workers out on the streets doing actual activities not just handing out leaflets
bored | there used to be a bus that came round with games on it (the youth bus) but it stopped coming
bored | Something on in the evenings that's not just for sporty people. Art, gaming, cooking, anything
bored | give us a proper park with stuff for our age not baby swings
bored | Kettlewood has nothing. Literally nothing. You have to go into town for anything and that costs bus fare
bored | clubs for girls. all the stuff is lads football
bored | just want something to do at weekends
bored | i'm 13 and i think there should be a trampoline park closer
# ---- places (unsafe in public places) ----
places | the park at night
places | i dont feel safe in the town centre after dark, theres always groups of older lads hanging round the precinct
places | the underpass by the retail park is grim. no lights and it stinks. i go the long way round
places | Northgate precinct. People drinking from morning. I dont go there on my own
places | safe at home, not safe on Stanhope Road
places | more lights in the alleys please
places | theres been 2 stabbings near the chippy this year so no i dont feel safe
places | i feel safe in school and at my nans. i dont feel safe near the quarry park cos of the people that hang about there
places | Millbrook estate is ok in the day but at night its different, you hear fights and sirens all the time
places | cctv that actually works
places | The shop on the corner has men stood outside it all day who shout stuff at girls. I'm 14 and I hate walking past
places | nowhere is really safe tbh
places | I feel safer in busy places like the big supermarket. Its the quiet bits that worry me, like the back of the flats
places | the woods behind the school. people do drugs there and leave needles
places | not safe anywhere round Brackley Vale after about 8
places | town is scary on a saturday night when the pubs chuck out. grown men being sick and fighting
places | cut the bushes back in the park so you can see whos in there
places | i dont like the car park behind the shops, people do deals there in cars
places | I'm fine most places tbh. just the rec near ours I avoid cos theres a lot of smoking weed and dogs off leads
places | when theres a group of people in balaclavas you just turn round and go another way
places | safe: home, gran's, the library. unsafe: the park, the garages, outside the off licence
places,police | theres knife crime round here and nobody does anything about it. more patrols in the park would help
places | Denby Cross feels like it's going downhill. More shutters on shops, more people out of it on the street. My mum won't let me go there now
places | the field by the canal. someone got attacked there last year and theres still no lights
places | i dont feel safe anywere
places | In the city centre I'm okay because there's loads of people. On our estate there's nowhere to hide if something kicks off
places | as a girl I dont feel safe in most places at night. its just how it is
places | the garages behind our block. i wont go there even in the day
places | feel safe everywhere really
places | the precinct is fine in the day, i just wouldnt go after dark
places | the old railway path. proper dodgy
places | shops that let young people in would help. some shops put "only 2 school kids at a time" so you end up waiting outside with all the weird people
places | honestly i feel safer out than in some places indoors but the park near mine is bad because of the older ones who sit there all night
places | the benches outside the pub is where everyone gets hassled
places | i hold my keys between my fingers if im out on the estate after dark. thats how safe i feel
places | Need more people about. Like wardens or something. The streets are empty and thats when it feels worst
""")
DATA.append(r"""
# ---- travel (journeys and transport) ----
travel | the bus station
travel | Ashgate bus station is horrible at night. Theres no staff and people ask you for money or try to talk to you
travel | walking home from college in winter when its dark at like 4.30
travel | buses stop at 7 so if you go anywhere you have to walk back
travel | i got followed off the bus once by a man who kept asking where i lived. i now get off a stop early and run
travel | more buses!!
travel,money | bus fares are a joke. £2 each way just to get to college, thats a tenner a week i dont have
travel | The train station at Harrowfield has no one working there after 6. If something happened you'd have no one
travel | the 42 never turns up so you end up waiting at the stop for ages and thats when people come up to you
travel | My dad picks me up from everywhere because he doesn't trust the buses. Which is fine but not everyone has a dad with a car
travel | i walk the long way home cos the short way goes past the lads on the bridge
travel | taxis arent safe either, my friend had a driver who kept asking her about her boyfriend and stuff
travel | cycle lanes that dont just end in the middle of the road
travel | i get the school bus and its fine, its the public one thats bad. people smoking and shouting
travel | make night buses a thing here
travel | On the tram you get loads of lads in groups and they can be intimidating, especially if youre on your own
travel | me and my friend share our location on snap when we walk home so we know we got back ok
travel | the walk from the stop to my house is the worst bit, no street lights for ages
travel | i dont go out after dark bc of getting home
travel | bus drivers should be allowed to let you on if you're short on money and it's late. one drove off and left me and I was 15
travel | i live out in the villages so getting anywhere is a mission. 1 bus an hour and nothing on sundays
travel | the footbridge over the ring road
travel | Trains from the city back to Fellside are always rammed on a Friday and there's drunk people everywhere. I've been touched on the train and no one did anything
travel,sexual | a man on the bus kept trying to give me his number and said he'd buy me stuff. i was 13
travel | need more staff on buses and trains
travel | getting home is the thing i worry about most. getting out is fine
travel | I'm in a wheelchair and half the buses the ramp doesn't work so I'm stuck waiting at stops for ages which doesn't feel safe
travel | lifts from people u dont know is how people get picked up round here. i only get in cars with my family
travel | cheaper buses for under 25s not just under 18s
travel | the stop outside the shops is where everyone waits and theres always someone starting on you
travel | walking to school through the field in winter is scary
travel | help points at bus stops that actually work
travel | me and my sister get the train to our dads every other weekend and changing at the big station on our own is a lot. loads of people and you dont know where to go
# ---- crime (being used for crime) ----
crime | county lines
crime | older lads get younger kids to run drugs for them cos they know they wont get done as bad
crime | theres kids in year 8 doing shots for people. everyone knows who they are
crime,money | they offer you like £50 just to drop a package off. when your family has nothing thats a lot of money
crime | My cousin got sent to another town to sell and he was 15. He came back different. Nobody in our family knew where he was for 3 days
crime | people get told theyre in debt cos the stuff they were holding "got robbed" and then they have to work it off. its a set up
crime | gangs
crime | it starts with them being nice to you, buying you food, giving you lifts and then you owe them
crime | im 12 and theres older boys at the park who ask us to hold stuff for them
crime | i think more people should know about county lines because a lot of young people get dragged into it without knowing
crime | Lads from my year are on the roads now. Its normal round here. Its not glamorous its sad
crime | they use kids on bikes to deliver
crime | people think its just lads but girls get used to carry too because police dont stop them as much
crime | the trap houses on our road, everyone knows
crime | You get a phone, a bit of money, and then they own you. Nobody tells you that bit
crime,peers | my mate started selling and now he has all new creps and a north face and people think hes cool so other people want to do it
crime | stop treating kids who get caught running drugs as criminals, theyre being used
crime | Its not just drugs either, my friend was made to steal from shops for an older guy
crime | ppl get stabbed over drug stuff
crime | someone from my brothers school was found in a flat 60 miles away selling. he was 14
crime | Round here the dealers are the only ones with money and they make sure you see it. Its a recruitment thing
crime | i know ppl who are runners
crime | once your in you cant get out. they know where your family lives
crime | I got asked if I wanted to "make some p" when I was walking home from school. I said no but loads would say yes
crime | They hang round the chicken shop and pick out the kids who look like they've got nothing going on
crime | cuckooing is a thing in my block. a vulnerable man lets them use his flat
crime,police | i was scared to tell anyone i was holding something for someone because i thought i would get arrested
crime | the gang stuff round Millbrook is getting worse and younger
crime | Exploitation into crime - it's grooming, just for drugs instead of sex. People need to see it like that
crime | older boys on mopeds pay younger ones to keep watch
""")
DATA.append(r"""
# ---- sexual (sexual exploitation and grooming) ----
sexual | older men in cars outside the school waiting for girls
sexual | My friend had a "boyfriend" who was 22 and she was 14. He bought her everything and then made her do stuff with his friends
sexual,online | boys asking for nudes all the time on snap. if you say no they call you frigid, if you say yes they send it round
sexual | grooming
sexual | theres parties at a house on Stanhope Road where older lads invite young girls and give them drink and stuff
sexual | i didnt know it was grooming til years later. at the time i thought he loved me
sexual | people think it only happens to girls but it happens to boys as well and boys never tell anyone
sexual,online | someone screenshotted a pic my friend sent her boyfriend and it went round the whole year. she had to move schools
sexual | men at the takeaway give girls free food and then start asking for things back
sexual | I'm 19 now. When I was 15 I was exploited by a man I met through a friend. He made me feel special, then he made me feel like I owed him. I wish someone had spotted it
sexual | they find the girls who are in care or who are having a hard time at home
sexual | its always the older boyfriend with a car
sexual,online | A man pretending to be 16 added me on instagram and kept asking what I was wearing. I'm 12. I blocked him and told my mum
sexual | sexual exploitation
sexual | theres a lot of pressure to send pictures and no one explains that its actually illegal for them to ask
sexual | lads getting girls drunk at parties and then filming it
sexual | girls get passed around between older men round here. People know and nobody does anything
sexual | my mate's sister goes off with men for days and comes back with new phones and nails. she's 15
sexual | Teach us what grooming actually looks like, not just "stranger danger". It's never a stranger, it's someone who acts like your friend first
sexual | i got offered a lift and weed by a man in his 30s when i was 14, looking back he wanted something else
sexual | being touched up at parties is just normal for girls round here which is messed up
sexual,online | sextortion. lads get catfished by "girls" and then told to pay or the pics get sent to their family. happened to two boys at my school
sexual | the hotel near the ring road. everyone says thats where they take girls
sexual | my ex made me do things i didnt want to and said if i told anyone hed say i was a slag. i was 15 he was 20
sexual | gay lads get targeted by older men on the apps because they have no one else to talk to about it
sexual | older girls recruit younger girls for men. its not always men doing the approaching
sexual | nudes
sexual | people dont know the difference between a relationship and being used. when hes 25 and youre 15 its not a relationship
sexual | I'm autistic and I didn't understand that what he was asking me to do was wrong because he said it was what girlfriends do
sexual | men in the park who give girls vapes and then ask them to come back to theirs
sexual,peers | my friends thought it was cool i had an older boyfriend so i didnt listen when my mum said he was dodgy
# ---- online (online life) ----
online | everyone is online all the time. its where everything happens
online | i get random people adding me on snap from other countrys
online | Online is worse than real life. People say things they'd never say to your face. I got group chatted and 40 people were slagging me off
online | scams. my brother lost £300 on a fake ticket thing
online | tiktok shows you fights and stabbings and people think its funny
online | to be honest I feel safer online than on the street
online | Snap map should be off by default. Anyone can see where you are
online | gaming is fine until people start shouting racist stuff at you in the chat
online | they sell drugs on snapchat like its a menu. emojis and everything
online | i think kids are on their phones too much including me
online | fake accounts pretending to be people from school
online,family | my parents have no idea what apps i use. they think facebook is the main one lol
online | online bullying
online | Everyone films everything now. If you get in a fight or do something embarrassing its on the internet forever
online | I'm 11 and I'm not allowed social media yet but everyone in my class has it so I feel left out
online | the algorithm pushes stuff like andrew tate type stuff at lads and they believe it
online | people post where they are and what theyre doing so anyone can find them
online | group chats at school are toxic
online | reporting stuff on apps does nothing. i reported an account sending threats and it was still up a month later
online | people get exposed on accounts. theres an account that posts rumours about people from our school
online | ok i guess
online | Online you can be who you want which is good for me because I'm trans and I found people like me. But you also get loads of hate
online | people do drill videos naming people from other areas and then it kicks off in real life
online | stranger danger online is real. people lie about their age
online | Online life is good and bad. I talk to my friends all the time but I also compare myself to everyone and I end up feeling rubbish
online,mental | im on my phone til like 3am every night and then im knackered at school
online | apps should check peoples ages properly
online | chat with mates, watch youtube, play fortnite. nothing bad really
online | my little cousin is 9 and on roblox talking to people she doesnt know. thats where it starts
online | online challenges that are dangerous. people do them for views
services,online | its where people get their info now. if services want to reach us put it on tiktok not leaflets
online | people steal your pics and make fake accounts of you
""")
DATA.append(r"""
# ---- police ----
police | police
police | the police round here treat us like criminals just for standing about
police | I got stop and searched 4 times last year and they never found anything. I'm 16. Its because I'm black and I'm a boy
police | they take ages to come. my mum rang about someone trying to get in our house and they came the next day
police | i wouldnt tell the police, they just make things worse
police | more police on the streets would make me feel safer
police | PCSOs are alright, they actually talk to you. the proper police just drive past
police,crime | when my brother got caught with drugs the police treated him like a dealer but he was 14 and getting used. nobody asked him who gave it him
police | dont trust them
police,school | the police came into our school and did a talk and it was actually good, they were normal
police | i think police should get to know young people more instead of only turning up when theres trouble
police | Police need to stop laughing at you when you report stuff. I reported someone following me and the officer said "well what do you want us to do"
police | if you tell the police, everyone knows you told. then you're a snitch and it's worse for you
police | we need police who are from round here, who know the area
police | They should actually arrest the men who hang about outside schools instead of moving the girls on
police | police are fine i guess, never had a problem
police | I called 101 and waited 45 minutes and then hung up
police | the feds
police | police should be nicer to young people. not all of us are up to something
police | The police officer who came when my mum was hurt was really kind to me and my sister, I still remember her name. So some of them are good
police | they only care about catching people not helping people
police | more bobbies on bikes in the park
police | i got arrested for something my mate did and they kept me in a cell for hours at 15 with no appropriate adult for ages
police | police should have to wear their cameras on all the time
police | Police should go after the top ones, not the kids on bikes
police | they moved me on from the precinct but left the grown men drinking there
police | i would only tell the police if it was really serious like someone died
police | there should be a way to tell police stuff anonymously that young people actually know about
police | they never come up to the estate. its like they dont care about us
police | My experience with the police was bad. When I was 15 and reported what happened to me they asked me why I'd gone to his flat. That's not the point
police | honestly police scare me a bit
# ---- services (getting help from services) ----
services | dont know where to go for help
services,mental | CAMHS waiting list is like 18 months. I'll be an adult by the time I get seen
services | i had 4 different social workers in one year. every time i had to start again telling them everything
services | youth workers are the best thing. they actually get it. we need loads more of them
services | more drop in places where you can just turn up and talk to someone
services | Services shut at 5pm but things happen at night and at weekends
services | a helpline that you can text not ring. nobody my age rings anything
services | i didnt even know there was a service for this until i was 18
services | social services only show up when its too late
services | my key worker was amazing and then she left and no one told me
services | put a sign up in the toilets at school and in the doctors with a number to text
services | Services should talk to each other. I had to tell my story to police, school, social worker and a nurse and none of them shared anything
services | when you turn 18 all the help stops. it's like a cliff edge
services | the sexual health clinic is good but its in the middle of town and opening hours are rubbish
services | there should be a one stop place for young people. health, housing, advice, all in one
services | i got put on a list and never heard anything back
services | a youth worker helped me get out of a bad situation. without her id be dead or in jail
services | the school nurse is only in once a week
services | more outreach workers who come to where young people are
services | Services need to be less scary. A big office with a reception and forms puts you off straight away
services | idk what services are even there
services | Stop closing things. The youth project I went to lost its funding and now those kids have nothing
services | you have to be really bad before anyone helps. early help should be actually early
services | The GP just gave me a leaflet and told me to self refer
services,heard | social workers should ask what we want instead of just deciding
services | more people like Kez at the youth hub. people who've been through it themselves
services | some of the workers are really good but they have too many people to see so you only get them for 20 mins
services | childline
services | Help should come to you. If you have to go looking for it, most people won't
services | I'm a care leaver and my PA is the only person who helps me with anything. Everyone should get one till 25
services,online | advertise where to get help on snapchat and tiktok
""")
DATA.append(r"""
# ---- heard (being listened to and believed) ----
heard | listen to us
heard | adults never listen to young people, they just think they know best
heard | when i told a teacher what was happening she said i was being dramatic. so i never told anyone again
heard | Believe young people when they tell you something. Even if it sounds mad. Even if they've lied before
heard | nobody takes you seriously when youre 13
heard | actually do something with what we say in this survey. we did one last year and nothing changed
heard | just being listened to without someone writing it all down and reporting it straight away would help. sometimes you just need to talk
heard | treat us like people not problems
heard | Because of how I dress people assume I'm trouble. No one asks what's going on with me
heard | i would tell someone if i knew they would believe me
heard | adults talk to each other about you but never to you
heard | let young people be on the panels that decide stuff, not just one token kid
heard | idk no one asks us anything
heard | people look down on you if youre from Millbrook. they dont listen to what you say
heard,family | I'm 22 and I still feel like nobody listens. When I was in care I said I didn't feel safe at a placement and nobody did anything until I ran away
heard | when you tell an adult something they take over and you lose control of everything. thats why people dont tell
heard | dont judge
heard | Ask us what we think before you spend money on stuff. They put outdoor gym equipment in the park and literally nobody uses it
heard | adults should stop saying "youre too young to understand"
heard | they believed him over me because he was an adult
heard | young people should have a say in what happens in their area
heard | I want to be heard properly. Not "thanks for sharing" and then nothing
heard | i think the main thing is that young people dont feel believed so they stop saying stuff
heard | people see a lad in a tracksuit and think hes a criminal
heard | talk to us like we're normal. don't use loads of big words and then ask if we have any questions
heard | being listened to
heard | I'm disabled and people talk to my carer instead of me. Like I'm not in the room
heard | feedback on what happens after surveys like this would be nice
heard,sexual | they said it was my fault for wearing what i wore. no one should be told that
heard | young people know what's going on round here way before adults do. you should ask us more
heard | just listen and dont make it into a massive thing straight away
# ---- school ----
school | school
school | PSHE lessons are a joke. the teacher reads off a powerpoint and everyone messes about
school | teach about county lines and grooming in year 7 not year 10, its too late by then
school | My school is good, there's a wellbeing room you can go to if you need to
school,crime | getting excluded just puts kids on the street in the day where the groomers are. it makes it worse
school | more teachers who actually care
school | isolation booths are inhumane. sitting in a box all day doesnt help anyone
school | Schools should have someone who isn't a teacher that you can talk to
school | they should get people who have been through it to come in and talk, not police with a powerpoint
school | i go to a PRU and honestly its better than mainstream. smaller classes and they get you
school,heard | i told my head of year about a lad threatening me and she just said stay away from him. he's in all my lessons
school | the teachers know whos involved in stuff but they just want them gone so the grades look better
school | my school only cares about uniform. you get a detention for wrong socks but nobody notices when you're not ok
school | school should teach what a healthy relationship looks like
school | College is better than school because they treat you like an adult
school | the safeguarding lead is never there
school | Schools should notice when kids stop coming in. My friend stopped going for a month and nobody even rang her house
school | the lessons about online safety are so out of date. they talked about msn once
school | im in year 6 and we learned about staying safe online and it was good
school | teachers shouting at you all day doesnt make you want to tell them anything
school | there should be a worry box in every class
school,police | My school has a police officer in it now and honestly it makes people feel like they're being watched, not protected
school,money | schools dont teach you about money or bills or anything useful
school | more support for kids with SEN. my brother got kicked out because they couldnt cope with his ADHD
school | school is where i feel safest
school | the school gates at home time is where everything kicks off. teachers should be out there
school | sex ed was so cringe and they didnt tell us anything we actually needed
school | Managed moves just move the problem to a different school
school | i hate school
school | teachers should have training on spotting when someone is being exploited. the signs are there
""")
DATA.append(r"""
# ---- money (money and cost of living) ----
money | money
money | no one has any money round here. thats the main problem
money | i want a job but nowhere will take you at 15 and at 16 they want experience
money | My mum works 2 jobs and we still use the food bank. I don't ask for anything anymore
money | everything is so expensive. a meal deal is like £4 now
money | people want the designer stuff so bad and their parents cant afford it
money | I'm 23 and I can't afford to move out. Rent is more than I earn
money | minimum wage for under 21s is a joke, i do the same job as the older ones for less
money | if you grow up with nothing you want something. simple
money | Free school meals should be for everyone. Some people miss out because their parents earn like £10 over
money | i dont get pocket money. i save my dinner money sometimes
money | paid work experience for young people
money,family | the cost of living is making everyone stressed. my parents argue about money every night
money | money makes people do stupid things
money | more part time jobs for young people in the area
money | i sell stuff on vinted to get money, clothes and that
money | When you're broke you say yes to things you'd normally say no to. Lifts, food, whatever. That's what people take advantage of
money | my phone bill
money | people get loans off family or mates and then it causes beef
money | Universal credit isn't enough. I'm 20 with a baby and I'm always short
money | help with college costs. the bursary isnt enough for bus and food and equipment
money | its hard seeing other people with new trainers every month
money | I get £40 a month EMA-type thing and that's it
money,online | gambling apps are everywhere and lads my age are losing their wages on them
money | dont have any
money | cheaper food places for young people
money | a lot of people my age are working just to help their families pay bills
money | money is the thing that stresses me out most
money | teach us how to budget
money | Apprenticeships pay nothing. How are you supposed to live on that
money | skint
# ---- family (home and family) ----
family | family
family | i would tell my mum
family | home isnt safe for everyone. some people are out on the streets because its better than being in the house
family | My nan is the person I trust most. She always knows when something's up
family | parents dont have a clue what goes on
family | Kids in care get targeted because they go missing and nobody really chases it
family | my dad drinks and when hes drunk i go out and walk around till late
family | i would tell my older sister, not my parents, theyd go mad
family | there are 6 of us in a 2 bed flat. i stay out as long as i can so i'm not under everyone's feet
family,services | Support parents more. My mum didn't know anything about exploitation until it happened to my brother and then she had no idea what to do
family | i live with my foster carers and they are really good
family | my mum is always working so im home alone a lot
family | arguing at home
family | my parents split up and it was messy and i went off the rails for a bit
family | I'm a young carer for my mum so I don't really get time to go out anyway
family | My stepdad. That's all I'm going to say
family | some parents dont care where their kids are at 11 at night
family | i moved placements 7 times. every time you move you lose your friends and your school
family,online | parents need to check phones more
family,crime | my brother's involved in stuff and it puts all of us at risk
family | I feel safe at home, my family are close and we talk about everything
family | my mum would kill me if she knew half of what i do
family | Parents should be told more about the signs. Most parents think it couldn't be their kid
family | live with my aunty since i was 8
family | Theres a lot of domestic violence round here and kids see it and then they think its normal
family | my dad's in prison and people judge me for it
family | the children's home had staff who changed every week. nobody knew me
family | home life is hard
family | i would go to my auntie, she's been through stuff and she doesn't judge
family | my mum doesnt speak english well so i have to do all the talking for her with school and doctors and that
""")
DATA.append(r"""
# ---- mental (mental health and wellbeing) ----
mental | my mental health
mental | i get really anxious going out so i mostly stay in
mental | Loads of people my age are depressed and no one talks about it, especially lads
mental | i self harm and no one knows
mental | lonely
mental | Since what happened I can't sleep properly. I'm always on edge. I jump when someone comes up behind me
mental,bored | people use weed to cope because theres nothing else
mental | stress about exams, about money, about everything
mental | i feel like nobody would notice if i wasnt here
mental | more talking about mental health. its still embarrassing to say youre struggling
mental,places | I have panic attacks on busy streets so I avoid town
mental | I'm 17 and I've been through a lot. Some days I'm fine and some days I can't get out of bed
mental | confidence. a lot of young people have none
mental | after lockdown everyone got weird and anxious
mental | when your sad you'll go to anyone who is nice to you
mental | i struggle with my mental health and that's why i didnt see what was happening to me
mental | lads dont cry round here. you just get angry instead
mental | feeling safe is more about whats going on in your head than where you are
mental | I've got PTSD from stuff that happened when I was younger. Nobody explained to me what it was for years
mental | everyone is just tired all the time
mental | eating disorders are really common at my school
mental | anxiety
mental | I overthink everything and that makes me not tell people stuff because I think they'll be annoyed
mental | if i had someone to talk to when i was 14 things might have been different
mental | I just feel numb most of the time
mental | boys need to be able to say theyre not ok without getting laughed at
mental | i worry all the time about my family
mental | mindfulness apps dont fix anything
mental | feeling down
mental | The pressure to be perfect is mad. Perfect body, perfect life. It wears you down
mental | im ok mostly but i get low in winter
# ---- peers (friends and peer pressure) ----
peers | my friends
peers | i would tell my best mate before anyone else
peers | peer pressure is massive round here. if you dont vape youre boring
peers | You do stuff to fit in. You know its stupid but you do it anyway
peers | my friends are the reason im ok. they look out for me
peers | i wouldnt grass on my mates even if they were doing something bad
peers | people fall out over nothing and then it's a whole thing for weeks
peers | drinking in the park with mates is what everyone does at 14
peers | Some people you think are your mates are just using you
peers | i got in with the wrong crowd in year 9
peers | the pressure to look hard is real for lads
peers | if your friend tells you something bad is happening to them you dont know what to do. you dont want to break their trust
peers | good friends
peers | we look after each other, like if someone's drunk we make sure they get home
peers | everyone does weed. if you dont smoke people think youre weird
peers | I moved schools and had no friends and that's when I started hanging round with older people
peers | reputation is everything at school. one thing goes round and thats you done
peers | friends who dont judge you
peers | My mate got into a bad situation and I knew but didn't tell anyone because she made me promise. I still feel bad
peers | people dare you to do stuff like nick from shops and you do it so you dont look scared
peers | it's hard to say no to your mates
peers | more places to meet new people who aren't from your area
peers | i dont really have friends
peers | I'd tell my friends but they'd probably just tell me to ignore it
peers | teach young people what to do if their mate tells them something
peers | my girlfriend's friends are a bad influence honestly
peers | fitting in
peers | the group i hang around with is alright. we just chill
peers | friendship drama
peers | i'm the one everyone comes to with their problems and its a lot
peers,crime | Being part of a group makes you feel safe. That's why people join gangs tbh, it's about belonging more than money
""")
DATA.append(r"""
# ---- mixed extra answers, more voices, more close-pair cases ----
bored | theres nowt to do round here except sit in the bus shelter. proper grim
bored | canny few things for young ones, the youth club shut, the pool shut. what do they expect us to do like
places | the park by ours is bare dodgy at night innit, mandem on bikes just circling
travel | howay man the buses are shocking, waited an hour in the rain at the stop outside the hospital
crime | they're recruiting at the school gates now. bare younger kids on the ting
police,heard | the police dont listen to you if your young. they just write you off
heard,police | nobody believes you. i told the police and my mum and they both looked at me like i was making it up
services,heard | the worker i had actually listened which was a first. it made me want to keep going
heard,services | I've been passed around so many services and nobody ever actually asked me how I felt about any of it
travel,places | the walk from the station through the subway to our estate is the worst bit of my day
places,travel | the retail park is where people get robbed for their phones. its where all the buses stop too so you cant avoid it
crime,money | It's always about money. If I could earn £200 in a day doing that or £40 in a day at a shop, you do the maths. That's what they tell you anyway
money,crime | my family are struggling and i think about how easy it would be to make money the other way. i havent but i think about it
sexual,online | added by someone on insta who said he was a model scout. asked me for pics in my underwear for a "portfolio". im 15
online,sexual | people send you stuff you didn't ask for. I've had random men send me pictures of their bits since I was 12
online | my mum put parental controls on my phone, its so annoying, i cant download anything
sexual,crime | they use girls to hold the drugs and then expect other stuff from them too. its both
crime,sexual | my friend was running for them and then they started making her sleep with people to pay off a debt
peers,crime | my mates started shotting and said i was soft for not doing it. we dont talk now
crime,peers | the older ones pretend to be your friend and get you in with their group and you dont realise they're recruiting you
mental,services | I needed someone to talk to about my mental health and the school counsellor had a 3 month wait
services,mental | referral after referral and I'm still waiting. Meanwhile I'm getting worse
school,heard | teachers should actually listen when you tell them something instead of giving you a detention for being late
heard,school | nobody in my school ever asked me why I was always late or why I looked so tired. They just punished me
family,mental | my home life messes with my head. i cant concentrate on anything
mental,family | I'm depressed and my parents think I'm just lazy
money,family | i share a room with my two brothers and we dont have money for heating. thats my life
family,money | my mum cant afford to give me money to go out so i just stay in
bored,money | i would go to the gym but £30 a month, nah
peers,bored | we just drive round in my mates car cos theres nothing else to do. im 18
police,places | need more police in town on fridays. its chaos
places,police | there was a stabbing outside the chicken shop and the police didn't even put up a sign asking for witnesses
online,mental | I see girls on insta and feel ugly. Deleted it a few times but I always go back
mental,online | my anxiety gets bad when people are talking about me in group chats
school,online | school should teach us about online scams and fake accounts properly
online,school | most of the drama at school starts online the night before
travel,money | cant afford the train to see my dad
sexual | Stop calling it "child prostitution" or "she's promiscuous". It's abuse. I heard a nurse say that about a girl I know
sexual,heard | I tried to tell people he was too old for me and no one listened. They said I was lucky to have someone treat me so well
crime,police | the police should be finding out who's making kids do it not just arresting the kids
police,crime | The police see a 14 year old with a knife and they think gang member. They dont see a kid who's scared
peers,online | the group chat is how you know who your real mates are
peers,sexual | my friends pressured me to get with an older lad at a party because he had money and weed
family,sexual | my mum's boyfriend always made me feel uncomfortable and used to buy me stuff and say keep it a secret
bored | i am 11 and i want a swimming club near my house
bored | sumthin to do on a sunday
places | proper scary round the back of the flats at night, ya can hear people shouting n that
travel | ive been approached by men at the bus stop loads of times. they ask how old you are
crime | dont know, but my brother says they use kids cos kids get less time
sexual,online | just stop them adding kids on apps. simple
online | i block anyone i dont know
police | police should do more in Kettlewood, its like we dont exist
services | the people at the drop in on Tuesdays on Harrow Street are sound, more of that
heard | give young people a chance before deciding they're trouble
school | more school trips and things like that, school is just sit down and shut up now
money | money, always money
family | my family would help me, my dad especially
mental | feeling unsafe all the time makes you anxious about everything
peers | stick with your mates and youll be alright
bored | nothing for lads our age to do except get stoned
places | i dont go near the Quarry, end of
travel | need safer ways to get home from parties. like a number you can ring for a free lift
school | some teachers are boss, they'll do anything for you. others dont care at all
police | the coppers round here are alright to be fair
services | it takes too long for anyone to do anything. by the time they do the kid has gone missing again
money | I'm 24 and I work full time and I still have to decide between food and electric some weeks. Imagine being 16 with no job
heard | I'd like to be asked about this stuff in person not a survey. No offence
family | the most important thing is having one adult you trust at home
mental | its the constant worry. am i safe, is my brother safe, are we gonna have money this month
peers | in my area if you have a fight and lose you never live it down
online | the internet is not real life. people fake everything
sexual | they pick on the kids who are quiet and lonely, then theyre the only person who pays them attention
places,peers | knives. everyone carries one now because everyone else does
""")


if __name__ == "__main__":
    main()
