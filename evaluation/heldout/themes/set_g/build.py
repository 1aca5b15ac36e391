#!/usr/bin/env python3
"""Build evaluation set G (theme suggestion and assisted coding).

Every answer below was written by hand for this set. Each line of a theme block is one answer;
the block's key is the primary theme. An optional trailing " ## key" gives a secondary theme.
The script checks the items, shuffles them with a fixed seed, writes themes.json and set_g.jsonl,
and prints the count tables used in README.md.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261204

THEMES = [
    ("places_to_go", "Places to go and things to do",
     "Having or lacking somewhere to go and something to do: youth clubs, sport, free or affordable spaces, "
     "holiday activities, and boredom as a reason young people drift into risk. Code here when the point is "
     "provision of spaces or activities, not fear of a place."),
    ("street_safety", "Feeling unsafe in the local area",
     "Fear or experience of violence and intimidation in the neighbourhood: knives, fights, robberies, groups "
     "hanging about, open dealing, dark alleys and parts of the area young people avoid. Code when the worry is "
     "being hurt or threatened in public places locally, not on a journey and not being recruited."),
    ("transport_travel", "Journeys and getting around",
     "Safety and experience of travel: buses, trains, stations, taxis and lifts, walking home from somewhere at "
     "night, and the cost or absence of transport. Code when the journey itself is the subject."),
    ("criminal_exploitation", "Being used for crime",
     "Young people drawn in, groomed or forced by older people or groups to carry, sell or hold drugs, weapons "
     "or money, county lines, cuckooing, and debts that have to be worked off. Code the act of being used or "
     "recruited, even when money is the lure."),
    ("sexual_exploitation", "Sexual exploitation and grooming",
     "Someone seeking sexual contact, images or a so-called relationship with a young person, in person or "
     "online: gifts, lifts, parties, alcohol, pressure to send images, sharing or threatening to share them. "
     "Code whenever the harm described is sexual or a grooming relationship."),
    ("online_life", "Online life and social media",
     "Everyday experience of phones, apps and gaming: online bullying and drama, comparison and image pressure, "
     "harmful or violent content, screen time, scams, and the good side of being connected. Code when there is "
     "no sexual or grooming element."),
    ("police", "Views of the police",
     "Experiences of and trust in the police: stop and search, being treated as a suspect, slow or no response, "
     "fear of being seen as a grass, and good contact with individual officers. Code when the police are named "
     "or clearly meant, slang included."),
    ("help_services", "Getting help from services",
     "Experiences of and barriers to help from professionals other than the police: social workers, youth "
     "workers, CAMHS, GPs, helplines, waiting lists, being passed around, changing workers and worries about "
     "confidentiality. Code when the point is access to or quality of a service."),
    ("being_heard", "Being listened to and respected",
     "How adults in general see and treat young people: being judged, stereotyped, blamed, talked down to or "
     "ignored, and wanting a real say in decisions. Code when the complaint is about adults' attitudes rather "
     "than a particular service's help."),
    ("school_life", "School and college",
     "School as a place and an institution: teachers, exclusion, isolation, pupil referral units, attendance, "
     "exam pressure, bullying at school and staff who helped or did not. Code school experience, not lessons "
     "about risks."),
    ("knowing_risks", "Knowing the signs and where to turn",
     "Wanting or having had information about exploitation, grooming and online safety: warning signs, rights, "
     "how to report and where to get help, talks from people with lived experience, and information for "
     "parents. Code when the point is knowledge or awareness, even when it is delivered in school."),
    ("money_pressure", "Money and cost of living",
     "Financial pressure on young people and families: poverty, cost of living, lack of jobs or paid work, "
     "wanting what others have, and debt. Code when hardship or lack of work is the point; if the answer "
     "describes being recruited to earn money, criminal_exploitation is also or instead coded."),
    ("home_family", "Home and family",
     "Life at home: parents and carers being around or not, arguments, abuse or neglect, overcrowding, being "
     "in care or moving placements, caring for family, and family as protection. Code the home situation "
     "itself, not who the young person would confide in at a service."),
    ("mental_health", "Mental health and feelings",
     "The young person's own emotional wellbeing: stress, anxiety, low mood, loneliness, anger, grief, "
     "self-harm, trauma and ways of coping. Code the feelings; complaints about access to mental health "
     "services belong to help_services unless feelings are also described."),
]

ITEMS = {}

ITEMS["places_to_go"] = """
summat to do on a sunday that isnt sat in the bus shelter
nothing to do round here so ppl just hang about on the corner and thats when the older lot get to you ## criminal_exploitation
youth club
bring back the youth club on Cinder Lane it shut when i was 12 and now theres literally nowhere
Bored. Thats it. Bored out my head every single weekend
more stuff to do thats free, everything costs like £8 minimum and my mum cant just hand that out ## money_pressure
There is a park but it's for little kids, the swings are broken and there's nothing for anyone over about nine.
we need somewhere warm to go in winter that isnt maccies, they kick u out after 20 mins
Football pitches with the floodlights on so we can actually play after school in winter
if theres nowhere to go youll go wherever your mates are and sometimes thats not a good place
honestly a gym we can afford, a boxing club, anything at all
The community centre is always booked for adult things like zumba and bingo. Could young people have one night a week?
mandem just cotch in the stairwell cos there aint nowhere else innit
more clubs for girls. all the sport stuff is for boys and the girls just watch
skatepark!!!!
wen i was yunger a bus came round with xbox's and that on it, bring that back
a place to chill with wifi and no one moaning at us for existing
Theres nowt for us in the village and the last bus is 6 so you cant even get to town for owt ## transport_travel
I go to drama on Saturdays and it's honestly the only thing keeping me sane ## mental_health
Open the leisure centre later. Its shut at 8 which is exactly when everyone is actually out. If it was open till 10 on a friday half the lads sat on the wall by the chippy would be in there playing ball instead of getting moved on
I think if young people had more positive things like music studios and sports they would not be so easy to pull in to bad things.
lads just ride round on bikes all night cos theres nothing on
in my old country we have many activity for youth in the evening, here I dont find nothing for my age
Somewhere to go thats not school and not home
More detached youth workers who come out to where we are, plus a proper building to go back to when its raining ## help_services
library's the only place an its shut sundays
Cadets. I love cadets tbh, more people should know it exists
Theres the rec and the Spar. Thats it. Thats the whole town
We need things in the holidays, summer is like 6 weeks of sitting on a wall
stuff for 16+ as well, all the clubs stop at 16 and then what
fund the boxing gym on Dunmore Rd before it closes, that place saved my cousin
a yoof centre with actual youth workers in it not security guards
give us a space and let us decorate it and run it ourselves, we'd look after it if it was ours ## being_heard
dance classes that dont cost a bomb
when theres an event on like the summer fun day everyones fine, no trouble at all, so do more of that
Nothing. Like genuinely nothing to do. You walk round in circles.
"""

ITEMS["street_safety"] = """
naebody goes doon the bottom path at night, ye'd get a doing, ken
Knives. too many people carry
i dont go thru the park after dark theres always a group of lads with their hoods up
I feel safe on my street but not by the shops on Brindley Road, theres always someone kicking off
people getting stabbed over postcodes its mad
The ginnel behind our house has no lights and people deal there at night
cant go certain ends cos of opps, my mum rings me like 10 times every time im out ## home_family
better street lights and cctv near the flats pls
I feel safe most of the time. There's a few bits I avoid but that's normal isn't it
man got chinged outside the chicken shop last month, nobody feels safe after that
mopeds. they come round with balaclavas on and everyone scatters
When I walk my dog in the evening I take the long way round to avoid the underpass
its the drunk men outside the pub that make me feel unsafe, they shout stuff at you when ur in school uniform
where i live its safe as houses tbh, nothing ever happens
ppl fightin all the time on the estate
Kids get jumped for their phones and trainers round the back of the retail park
My little brother got robbed at knifepoint, he was 13. now he wont leave the house and he has nightmares ## mental_health
gang fights
In my area I am afraid because there is fights and shouting in the night, in my home country also was danger but different kind
Lads on bikes doing wheelies at people and swearing, its intimidating even if they dont do owt
The needles in the park. you cant let little kids play there
wouldnt walk round Larkfield on my own, no chance
there was a shooting near ours and the tape was up for days and everyone just carried on like normal
I carry my keys between my fingers walking home. Every girl I know does.
Everyones got a shank now just for protection, which makes it worse for everyone
The area is ok in the daytime, you've got mums with prams and old people going to the post office. At night its a different place, theres lads on the corners, cars with music blaring parked up by the garages and you hear sirens most nights. I dont go past the garages after 7 if I can help it.
i feel safe cus i know everyone on my road, we all look out for each other
groups of grown men hanging round the flats drinking, makes me go the other way
people selling weed openly on the corner by the primary school
Safe, wiv my mates. On my own, not really.
Lights. Theres none. Fix them
Theres been 3 stabbings on our road this year and nobody from the council has even come round to ask us how we feel ## being_heard
bare beef between the two estates, if your from one side you cant go the other
its sound round ours la, the odd scrap but nowt major
fireworks getting thrown at people and cars, bonfire night is like a war zone on our estate
I got followed home from the corner shop by a man in a van and I don't go out on my own anymore
"""

ITEMS["transport_travel"] = """
buses
the 14 at night is horrible, people smoking and starting on you
Last bus home is 9.40 so if you miss it you're walking 3 miles in the dark
Train station at night. Nobody there, no staff, just you and whoever
taxis cost too much so you end up getting lifts off people you dont really know ## money_pressure
i got followed off the bus once by an older man and now i always sit downstairs near the driver
free bus passes for under 18s would change everything ## money_pressure
drivers dont stop for us if we're in a group, just drive straight past
The walk from the bus stop to my front door is the scariest part of my day
I live out in the sticks, no buses on sundays, cant get anywhere
bus station is where the older lads hang about looking for younger ones to do runs ## criminal_exploitation
my mum has to pick me up from everywhere cos the buses arent safe and she cant always do it, she works lates ## home_family
The tram's fine in the day but after 10 it gets rowdy
Girls get comments on busy buses and no one says owt, the driver just ignores it
More cctv on the buses and bus shelters that actually have lights
need the bus to run later, I finish my shift at 10 and theres nothing
walking back from my mates at night down the canal path is dodgy but its the only way
trains are way too expensive, £12 return just to get to college
uber drivers asking me personal questions when im on my own, dont like it
I wait at the stop with my headphones out now, just to be aware
cant afford the bus so I walk everywhere even when its dark ## money_pressure
The bus driver knows me and waits till I'm in the house, that's nice honestly
Never feel safe at Millbrook station. Never.
I want to go to the youth club in town but there's no way to get there from ours ## places_to_go
the buses are always late and rammed so people push and fight to get on
in the night bus many drunk people, I am scared, I am new here and I dont know the way home
getting home from town is the issue, not town itself. Town is busy and theres people about but once you get off the 22 at Fenwick St its a ten minute walk past the old factory with no lights and no houses and thats when i ring my mate and keep her on the phone til im in
bikes get nicked at the station so I stopped cycling to college
Safe routes home. Like proper lit paths that people actually use
taxi marshals on a friday night would help, the rank is chaos
trains
half term i went into the city on the train by myself for the first time and it was fine but my nan was panicking the whole time
get the buses to come back to our estate, they stopped cos some kids threw stones and now we're all punished ## street_safety
Coaches and trains is how they move kids to other towns innit, nobody checks who a 14 yr old is travelling with ## criminal_exploitation
my journey to school is 2 buses and I get hassle on both of them
"""

ITEMS["criminal_exploitation"] = """
its the olders innit, they see a yute with no dad around and no p's and they move to him
older boys give you a bit of weed for free then say you owe them and you have to pay it back by doing jobs
county lines
kids as young as 12 going country, sent to towns theyve never heard of
They make it look like easy money and like a family but its not, its control
my mate started holding stuff for someone and now he cant get out, they know where his mum lives
theyll buy you food, trainers, take you places, then its payback time
Being told to hold a blade or a package because a young kid wont get searched as much
people use younger kids to run for them cos they get less time if they get caught
in my area big man they ask small boys to carry the phone and the bag, the boys they think it is cool, wallahi it is not cool
Debt bondage basically. I know someone who got robbed of the stuff on purpose by the same people so he owed them
shotting is normal to loads of the year 10s now
the trap houses on our estate, everyone knows where they are, nothing happens ## police
They go for kids who are excluded or in care because no one is watching them ## school_life
someone older messaged my brother on snap offering him £300 to drop something off in another town
you see it on tiktok and in drill vids, the cars and the money, and you think thats the life
Grooming. Not just the sexual kind, the drug kind too
I was used to sell when I was 14. I didnt know it had a name til my youth worker explained it. I thought they were my friends ## help_services
they wait outside the school gates for the year 8s to do drops for them
i got a call saying id been seen and i had to go back and work for them or else
People think you can just stop. You cant. When youre in youre in, they know your address, they know your little sister's school, and if you try and leave they say you owe them for the phone, the food, everything they ever gave you. My mate tried to get out and they said he owed 2 bags. Its never paid off.
cuckooing. theres a flat on our landing where they took over a vulnerable man's place and now kids are in and out all day
nobody forced me, i just needed the money and the older lot had it ## money_pressure
Young people think they're working for someone but they're actually being used
The one that got me in was a girl not a man, people dont expect that
olders gas you up, tell you youre one of them, then youre doing their dirty work
Running parcels. Thats what it is round here.
kids being made to plug stuff, its disgusting and no one talks about it
wot makes it easy is kids want to belong somewhere
they pick on the quiet ones who havent got mates
once they got your face on camera doing something, they own you
My cousin went missing for 4 days and turned up in a town 200 miles away with a phone that wasnt his
they offer you a new phone or a designer bag, then you owe them
Being asked to 'look after' something for a week, just a bag, no questions
the ones running it never get nicked, just the kids at the bottom ## police
"""

ITEMS["sexual_exploitation"] = """
bare man in their 20s linking year 9 gyal, its weird and nobody says nothin
older men in cars outside the school giving girls lifts and vapes
Being asked for pics
A 19 year old 'boyfriend' for a 14 year old is not a boyfriend and everyone needs to stop acting like it is
someone added me on insta pretending to be 15, turned out he was like 30
Sextortion. Boys get tricked into sending stuff and then get asked for money or they'll post it
parties at flats where theres free drink and older men, and the girls get invited by other girls
my friend sent a nude to a lad and he sent it round the whole year, the school just told her off ## school_life
he bought me loads of stuff and made me feel special and then wanted things back, I didnt realise till way later
Boys get groomed as well, people forget that
blokes at the takeaway giving free food to young girls and asking for their number
its not like the films where its a stranger. its someone who is nice to you for months, listens to you when nobody else does, picks you up, buys you stuff, tells you your mature for your age. then slowly it changes and by then you think its your fault and you cant tell anyone because you went along with it
I get dm's from men all the time asking my age and where I live, I'm 13
When a grown adult is texting a kid at 2am theres only one reason
someone on a game kept asking me to go on a private chat and send him a picture of me in my uniform
lads pressure girls to send stuff and if you say no they call you frigid or worse
at that age you dont see it as exploitation you see it as having an older bf with a car
The hotel near the ring road. Everyone knows what goes on there
I was 15 and he was 24 and my mum went mad and I hated her for it but she was right ## home_family
taking advantage of girls when they're drunk at house parties
They use drink and weed to get you relaxed, then its hard to say no
he threatened to send the pics to my dad if I didnt send more
girls who are in care get picked on by older men cause they know they're looking for someone to love them ## home_family
in my culture we cannot talk about this things, so girls they not tell anyone when a man is touching them or asking for things
Snap adds from people you dont know and then 'send a pic for a pic'
ppl think its only girls but older men in the park were giving my brother weed and asking him to do stuff. sexual stuff.
a bloke from the gym kept offering me lifts home and buying me protein, my mum twigged before I did
I think most girls my age have been sent something horrible by a grown man at least once
consent lessons dont cover what happens when its someone you think is your boyfriend ## knowing_risks
my mate was being passed round older lads in different towns and she thought it was normal
being made to feel like you owe someone your body because they paid for stuff
wen he said dont tell ur mum thats wen i shud of known
The man at the shop who gives us free sweets and calls us 'beautiful'. Grim.
older people getting young girls to make 'content' for money, like its a job ## money_pressure
i got add to a group chat with loads of older men in it and they was sending pics
"""

ITEMS["online_life"] = """
ngl my screen time is like 11hrs, lowkey embarrassing
social media is toxic
Everyone on TikTok looks perfect and it makes you hate yourself ## mental_health
fights get filmed and posted within like 5 mins, then everyone piles in the comments
group chats where ppl chat about you and then kick you out
I'm on my phone like 9 hours a day. I know its bad
gaming is where I have my mates, honestly online is better than real life for me
I saw someone get stabbed in a video on twitter when I was 11 and I still think about it ## mental_health
drill and beef online, people diss each other and then it happens for real ## street_safety
online is fine if you know how to block and report, the problem is the kids who dont
ppl make fake accounts to chat shit about you
My parents have no idea what I do on there and wouldnt understand if I told them ## home_family
filters and AI and that, nothing you see is real
you can buy anything on snap, vapes, weed, the lot, they deliver to your door
it never stops. school ends and then it carries on at home on your phone, 200 notifications in the group chat, someone posted a pic of you, someone is talking about you on their story. You can turn it off but then you dont know whats being said and thats worse honestly
loads of misogynist stuff from those influencer men, boys in my class quote them like they're gospel
scams. my mate lost his birthday money on a fake trainers site ## money_pressure
Cyberbullying
on Discord you meet people from all over, some are nice some are weird
I deleted insta for a month and felt way better
everyone lies about their age online, even me
online is where it all starts, beef, drama, everything
The algorithm shows you the worst stuff, I searched one gym video and now its all steroids and diets
social media good for some things, I talk with my family in Syria on whatsapp every day alhamdulillah, but bad for the bullying
ppl post ur location and then ppl turn up
its fine. everyone overreacts about phones
people get exposed on 'tea' pages for stuff that isnt even true
Phones should be banned at school, it'd stop half the drama ## school_life
my brother is addicted to fortnite and gets really angry when he has to come off
roblox has some messed up stuff on it for a kids game
You get sent horrible videos in group chats without asking, like animals getting hurt
people screenshot everything so you cant say anything without it coming back on you
Adults think online and real life are different. They're not. It's the same life ## being_heard
lads my age doing loot boxes and betting on football on their dads account ## money_pressure
Comments. The comments are the worst part
"""

ITEMS["police"] = """
howay man the polis never come up our way unless someones deed
the feds just stop and search us for no reason
police dont come wen u call dem
Coppers round here only turn up after something's already happened
being black round here means you get stopped more, simple as
if u talk to 12 ur a snitch and everyone knows
I reported someone following me and they took 3 weeks to ring me back
There was a PCSO called Dave who used to play football with us. He was sound. Then they moved him.
the bizzies treat every lad in a trackie like a criminal
I would not call them, they would make it worse
They arrested my mate when HE was the one being used. Treated like a criminal not a victim ## criminal_exploitation
more bobbies on the beat, you never see them walking round
When they came to our house they were rude to my mum and she was the one who rang them ## home_family
in my country police is corrupt, so I dont trust police also here, but maybe here is different I dont know
old bill
They need to actually listen to girls when we report stuff instead of asking what we were wearing
feds pulled me out of a car and searched me in front of everyone, I was 15, it was so embarrassing
Officers in school - no. Makes it feel like a prison ## school_life
Honestly I expected them to be horrible when I went missing but the officer who found me was really kind, she got me a hot chocolate and didnt shout at me or make me feel like I'd wasted their time. she asked why I'd left and actually wrote it down. If they were all like her I'd have more trust
they kno who the dealers are an do nowt
Snitches get stitches. Thats why nobody tells them anything
police should come to youth clubs and just talk normal instead of only showing up when theres trouble
Ive been stopped 6 times this year and never had anything on me
999 takes forever, 101 even longer
they turn up in riot vans for a group of kids just sitting on a wall
The officers who came were young and actually decent, talked to me like a person
If they could make reporting anonymous for real, more people would
feds is feds man
I don't trust them. Full stop.
5-0 roll up and everyone legs it even if we aint done nothing
Bodycams should be on the whole time during stop and search
they took my phone as evidence and I still havent got it back 8 months later
they should be going after the men who are abusing girls not moving the girls on ## sexual_exploitation
the coppers on the estate only know our names cos of trouble
plain clothes sitting in a car outside the school every afternoon, why
"""

ITEMS["help_services"] = """
the wee youth worker at the hub is braw, we need more like her
my social worker changes every few months, ive had 7 since i was 11. every time you have to tell your whole story again from the start and they read your file and think they know you. why would i tell any of them anything real when they'll be gone by easter
CAMHS waiting list is 18 months. I'll be an adult by then
I didnt know who to contact. There should be one number
youth workers r the only ones who actualy get it
If you tell a teacher or a worker they have to pass it on and then everyone knows your business
The GP just gave me a leaflet
Childline helped me when I couldnt tell anyone
There's too many forms before anyone helps you
Services only work 9-5 but stuff happens at night and weekends
the early help worker was brilliant with my family tbh, my mum actually liked her
We need a drop in where you can just turn up, no appointment
when I was in care I got moved every time something happened instead of them helping me where I was ## home_family
Ive been referred to like 4 places and no one has actually seen me
A text service would be better, I dont like ringing people
i would tell my youth worker Jas, she never judges
They close your case as soon as you turn 18 and then you've got nothing
the sexual health clinic was good, they didnt make me feel dirty for asking
My mum asked for help for me and was told I wasnt bad enough
Social services
need interpreters, my family cannot speak English good so when the worker come they cannot say what happen ## home_family
Workers who are actually from round here and have been through stuff themselves
the counsellor at the hub was mint, wish they had more of her
confidentiality. tell us straight what you will pass on and what you wont
dont send sum1 diff every week
everythin is online forms now, my nan cant do it
Wait lists
i only got help once i got arrested, should of been before ## police
Youth offending worker helped more than anyone, which is messed up, you shouldnt have to get in trouble to get help
the help stops when the funding stops, the project I went to closed after a year
The mentor scheme was proper good, she'd take me for food and just talk
they're nice but they don't actually DO anything
I rang the number on the poster and it went to voicemail
Help for lads. Everything's aimed at girls
There's no one in the area who does stuff for LGBT young people, you have to go into the city
Having the same worker from start to finish
"""

ITEMS["being_heard"] = """
they just talk talk talk at us like we are babies, nobody listen what we say
Listen to us
adults see a group of us and think we're up to something
Nobody ever asks young people what we think, then they make decisions that affect us for years like shutting the youth centre or putting a dispersal order on the whole estate. Then when we get annoyed about it were 'anti social'. Its like we dont count til were 18 and can vote.
Stop calling it 'making bad choices' when a kid is being groomed
treat us like people not problems
This is the first time anyone has asked me anything like this to be honest
i hate when adults talk down to you like your 5
shopkeepers follow you round the shop cos youre a teenager, its so obvious
Actually do something with these answers. We've done surveys before and nothing changed
Dont just assume the worst about kids from our estate
Young people should be on the board making the decisions, not just asked once and forgotten
adults never believe u first time, u have to say it like 3 times
dey judge u by ur postcode fam
respect
people think because I wear a hijab I dont know about this stuff. I do.
being autistic people dont take what I say seriously and talk to my mum over my head
my dad says I'm being dramatic whenever I say somethings wrong ## home_family
wud be nice if adults just admitted wen they dont kno stuff instead of pretendin
The people making these decisions havent been young in like 40 years lol
they say 'our door is always open' but then look at you like youre a nuisance
see us as victims not troublemakers
ask us not our parents
In meetings about me they talk about me like I'm not in the room ## help_services
Kids are not the problem, the adults who use them are
Let us have a say in how the money for young people gets spent
I feel like adults dont take online stuff seriously, they just say switch it off then ## online_life
we know whats going on way before adults do, so ask us
just because I swear doesnt mean Im a bad person
I would like that the adults ask my opinion also, I am refugee but I am also young person with ideas
if ur a lad n u say ur scared ppl laugh at u, even adults
Stop blaming the parents or the kids, look at who is actually doing it
Involve us properly and pay us for our time like you pay consultants ## money_pressure
its always 'kids these days' on the local facebook page, grown adults slagging off children ## online_life
hear us out b4 deciding whats best for us yh
"""

ITEMS["school_life"] = """
got sent to the unit for 6 weeks for back chat, come back and everyone had moved on without me
getting excluded is the worst thing that can happen cos then you're out all day with nothing to do and thats when you get picked up ## criminal_exploitation
teachers dont care as long as u get ur grades tbh
isolation booth for 3 days for my shoes. My actual shoes.
I got put in isolation for most of year 9, sat in a booth facing a wall from 8.40 to 3.10, no talking, no looking round. I was 13. Nobody asked why I kept kicking off in lessons, they just put me back in the booth. I stopped going in the end
PRU
school is where all the bullying happens
Mr Okafor is the only teacher who checks in on me and I'd tell him anything
GCSEs are so much pressure I cant sleep ## mental_health
they kicked my brother out in year 9 and the referral unit was where he met the wrong people ## criminal_exploitation
uniform costs a fortune and you get a detention if its not the exact blazer ## money_pressure
the teachers are racist tbh, they treat the black boys different
my school is actually boss, the pastoral team are sound
Managed moves just move the problem to another building
Less detentions more support
I got bullied for 2 years and school did nothing
secondary is a massive jump from primary, nobody tells you anything
Im in year 11 and I just want to leave
Teachers should notice when someones missing loads of days instead of just sending letters home
the school nurse is only in on tuesdays
part time timetable for 6 months, i was at home most of the time
In school they put me in the lowest set because my English, but in maths I am very good
college is better than school, they treat you like an adult ## being_heard
they lock the toilets in lesson time, u literally have to beg. mingin
the school counsellor has a 6 week wait ## help_services
head of year has favs and its never us
yr 7 was fine yr 8 was hell
I dont go. havent been since xmas
Sixth form is alright, its the pressure of uni applications now
they search your bags at the door now, feels like airport security
mainstream didnt work for me and I wish they'd seen I had ADHD earlier instead of just sending me out
home schooled since year 8
the SENCO actually fought for me, shes the reason I'm still in education
I think school needs to be a place you want to go to
when you move school mid year nobody talks to you
teachers shoutin constantly how is anyone meant to learn owt
detentions for being 1 min late, but nobody asks why youre late, i was dropping my sister off ## home_family
"""

ITEMS["knowing_risks"] = """
if my mate had known what 'owing' really meant she wouldnt of took the first bag ## criminal_exploitation
teach us what grooming actually looks like, not just 'dont talk to strangers'
lessons about county lines in year 7 not year 10 when its too late
Get someone who's been through it to come and talk, we'd listen to them
i didnt know what exploitation meant until like last year
Tell parents the signs too, they havent got a clue
Posters in the toilets with the number to text
most young people dont know that being asked to carry stuff counts as being exploited
pshe is a joke they just read off a powerpoint and everyone's on their phone under the desk
Online safety lessons are about 10 years out of date
Awareness
Show us real examples, like real stories, not actors
tell us our rights, like what you can say no to if youre stopped ## police
We should learn how to spot it happening to a mate
I want to know what happens if I tell someone. Step by step
more info on social media, where we actually are
The talk from the lady whose son died was the only assembly anyone remembers
how 2 report stuff online properly cos nobody knows where the button even is
learn about healthy relationships earlier ## sexual_exploitation
In my school in Romania we never learn this, here also nobody explain me, I learn from my friends
dont make the vids cringe pls we will just laugh
A website with everything in one place, in different languages
teach the younger ones!! my lil sis is 10 and shes got tiktok
I knew something was off with the lad I was seeing but I didnt have the words for it. If someone had sat us down in year 8 and said, these are the signs, if someone older is doing this, this and this, its not a relationship, I think I would of clocked it months earlier ## sexual_exploitation
workshops in youth clubs not just schools
teach lads about consent and respect properly
parents should get taught about apps, my mum didnt know what snapchat was
Signs to look out for: new phone, new clothes, going missing. People should know that stuff
nobody tells you that you can be exploited by your mates
make it normal to talk about grooming n that, not some big secret
a card with numbers on it that fits in your phone case
Training for shop workers and taxi drivers and hotel staff so they notice
a lot of my friends think its only girls that get groomed
I only found out about the helpline from a random advert on spotify
Teach us the law, like age of consent and what sexting counts as legally ## sexual_exploitation
"""

ITEMS["money_pressure"] = """
Moja mama says in Poland was easier, here everything so expensive, bread, bus, everything
cost of living, my mum works 2 jobs and we still struggle
Money
no jobs for under 16s anymore, even paper rounds are gone
If your family is skint you want to make your own money somehow
Everyone has the North Face and the Trapstar and if you dont you get cussed
Part time jobs. Help us get them.
i cant afford to go out with my mates so i just stay in
minimum wage for 16 year olds is a joke
Free school meals stop when you leave school but you're still skint at college
we got evicted last year and lived in a hotel for 4 months ## home_family
creps are like £150 now. who has that
more apprenticeships round here, theres only the warehouse
i dont get pocket money, nobody in my family does
Its hard to say no to £50 when you've got nothing ## criminal_exploitation
my mum skips meals so me and my brothers can eat and she thinks we dont notice. I got a saturday job at the car wash so I could buy my own stuff and not ask her but they pay cash and sometimes they just dont pay you, what you gonna do
food bank
college bursary is late every month
Lads wanna look like theyve got p's, its all about image
I work in a chicken shop 20 hours a week on top of sixth form to help pay the bills at home
Everything costs money. Cinema, bowling, even the park café
Proper paid work experience, not unpaid
i owe my mate £40 and he keeps going on about it, its stressing me
giv young ppl jobs n youd stop half the trouble round ere
my dad lost his job and everything changed at home ## home_family
Period products are so expensive
I send money home to my family in Eritrea from my job, so I have no money for me
bein brassic
you need ID to get a job and ID costs money, its a circle
I want to learn about money, like bills and tax, no one teaches that
Data. If you dont have data you're cut off from everyone
Phone contracts and klarna, people my age already in debt
Broke parents, broke kids, same old
heating is off most of the day to save money
the pressure to have designer stuff at 14 is mad, people judge your whole family on it
"""

ITEMS["home_family"] = """
me nan's house is the only place I feel settled, me mam's is chaos
my mum and dad argue all the time, proper screaming, doors slamming, so I stay out as late as I can. When I get in at 11 nobody even asks where Ive been. I think thats the thing, if nobody at home is bothered where you are then whoever IS bothered becomes your family
Home
parents need to kno where there kids are, mine never ask
I live with my nan and she's the best, she'd do anything for me
There's 6 of us in a 2 bed flat, there's no space to even think
my stepdad is horrible to my mum and I dont want to be there
Being in care means you get moved miles from everyone you know, I've been in 5 placements
me mam works nights so am basically on me own from 6
family is everything to me, my brothers look out for me
my dad is in prison and no one talks about how hard that is ## mental_health
I'm a young carer for my mum, I do everything at home
my parents dont speak english so i translate everything, even at the doctors ## help_services
you cant tell your parents anything because they overreact
my mum's drinking got worse in lockdown
my foster carers are really kind, first time I've felt safe at home
Being kicked out at 17 was when everything went wrong for me
I think a lot of young people dont want to go home so they go anywhere that feels like family
my older brother is in a gang and my mum thinks I'll go the same way
My family would disown me if they knew I was gay
Parents are on their phones more than we are lol
houses with nobody home after school
My little sisters rely on me
Mum and me are close, I tell her everything. Nearly everything.
in our house the men decide and the girls stay at home, I can't go to clubs
domestic abuse
we moved house like 5 times in 3 years, new school each time ## school_life
my dad only sees me every other weekend and hes on his phone the whole time
when im upset i go to my aunty, shes like a second mum, proper cwtch and a cuppa
nobody at home notices if im not there
my parents were scared when I started coming home late and they didnt know who to ring for help ## help_services
my mam is canny supportive, she'd go mad if anyone touched me
Shouting. Every night.
My grandad raised me. When he died I went off the rails ## mental_health
supported accommodation at 16 is lonely, its a room and a kettle
"""

ITEMS["mental_health"] = """
I'm tamping all the time and I dont know why, my nan says its my age
anxiety
I feel like nobody would notice if I disappeared
loads of my friends self harm and dont tell anyone
i get proper angry n dont know wat to do wiv it
Lonely. Even with people around me.
I've been really low since year 9 and I mask it at school ## school_life
stressed bout everything, exams, mates, all of it at once
weed helps me sleep tbh, its the only thing that works
boys dont cry do they, so we just bottle it
panic attacks on the bus so I stopped going out ## transport_travel
i feel numb most days
after what happened to me last year I cant trust anyone and I jump at every noise. I dont sleep properly, I sit with my back to the wall in every room, and I get angry over nothing and then hate myself for it. People say youre young you'll get over it but its not like that
My head is a mess, I just want it to be quiet
The waiting list for CAMHS made me feel worse, like I wasnt important enough ## help_services
depression runs in my family
i miss my country and my grandmother, every night I am crying and nobody knows
Music is how I cope. Headphones in, world off
grief. two of my mates died in two years
Being happy is hard when everything around you is shit
some days I dont get out of bed
people think we're hard but half of us are scared all the time
self esteem
overthinkin everythin 24/7
I have an eating disorder and people just think I'm being fussy
feeling like a burden
Gym and football keep my head straight ## places_to_go
im fine. thats what i always say anyway
When I was being used I felt trapped and like I deserved it ## criminal_exploitation
can't sleep, can't eat, can't concentrate
mental health is the biggest thing for young people rn and nobody is dealing with it
I just want someone to ask me if I'm ok and actually mean it ## being_heard
a lot of the lads are on edge constantly, it's like living in survival mode
intrusive thoughts
my confidence is gone since the bullying
talkin to my mates helps, we do walk n talks round the reservoir, lads only
"""

STOP = set("""a an the and or of to in on for with by as at is are be not from when who what which that this
those these their them they it its into than rather also even other own about being been some any only code
here where whether such both each more most""".split())


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def parse():
    keys = [k for k, _, _ in THEMES]
    rows = []
    problems = []
    for primary, block in ITEMS.items():
        if primary not in keys:
            problems.append(f"unknown primary block {primary}")
        for line in block.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            text, sep, second = line.partition(" ## ")
            text = text.strip()
            themes = [primary]
            if sep:
                second = second.strip()
                if second not in keys:
                    problems.append(f"bad secondary key {second!r} in: {text}")
                elif second == primary:
                    problems.append(f"secondary equals primary in: {text}")
                else:
                    themes.append(second)
            if "##" in text or '"' in text:
                problems.append(f"stray marker or double quote in: {text}")
            rows.append({"text": text, "themes": themes})
    return rows, problems


def main():
    keys = [k for k, _, _ in THEMES]
    rows, problems = parse()
    if len(set(keys)) != len(keys):
        problems.append("duplicate theme keys")
    if not 12 <= len(keys) <= 14:
        problems.append("codebook must have 12 to 14 themes")
    seen = {}
    for r in rows:
        n = norm(r["text"])
        if n in seen:
            problems.append(f"duplicate text: {r['text']}")
        seen[n] = True
    prim = Counter(r["themes"][0] for r in rows)
    sec = Counter(r["themes"][1] for r in rows if len(r["themes"]) == 2)
    single = Counter(r["themes"][0] for r in rows if len(r["themes"]) == 1)
    for k in keys:
        if prim[k] < 32:
            problems.append(f"theme {k} has only {prim[k]} primary answers (need 32)")
    two = sum(1 for r in rows if len(r["themes"]) == 2)
    share = two / len(rows)
    if not 0.12 <= share <= 0.19:
        problems.append(f"two-theme share {share:.1%} outside 12-19%")
    if not 450 <= len(rows) <= 510:
        problems.append(f"total {len(rows)} is not about 480")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"g{i:04d}", "text": r["text"], "themes": r["themes"]})
    (HERE / "themes.json").write_text(
        json.dumps([{"key": k, "label": l, "description": d} for k, l, d in THEMES], indent=2,
                   ensure_ascii=False) + "\n", encoding="utf-8")
    with open(HERE / "set_g.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # Tables for README.md
    print(f"Answers: {len(out)}; themes: {len(keys)}; two-theme answers: {two} ({share:.1%}); "
          f"single-theme answers: {len(out) - two}")
    print()
    print("| key | tagged | primary | secondary | single-theme |")
    print("|---|---:|---:|---:|---:|")
    for k in keys:
        print(f"| {k} | {prim[k] + sec[k]} | {prim[k]} | {sec[k]} | {single[k]} |")
    print(f"| **total** | {sum(prim.values()) + sum(sec.values())} | {sum(prim.values())} | "
          f"{sum(sec.values())} | {sum(single.values())} |")
    print()
    combos = Counter(tuple(r["themes"]) for r in out if len(r["themes"]) == 2)
    print("| primary | secondary | answers |")
    print("|---|---|---:|")
    for (a, b), n in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {a} | {b} | {n} |")
    print()
    # How often the primary theme's own label words appear in the answer (lower = harder for keyword matching)
    lab_hits = desc_hits = 0
    for o in out:
        k = o["themes"][0]
        _, label, desc = THEMES[keys.index(k)]
        words = set(re.findall(r"[a-z]+", o["text"].lower()))
        lw = {w for w in re.findall(r"[a-z]+", label.lower()) if w not in STOP and len(w) > 2}
        dw = {w for w in re.findall(r"[a-z]+", (label + " " + desc).lower()) if w not in STOP and len(w) > 3}
        lab_hits += bool(words & lw)
        desc_hits += bool(words & dw)
    print(f"Answers sharing a word with their primary theme's label: {lab_hits} ({lab_hits / len(out):.0%}); "
          f"with its label or description (words of 4+ letters): {desc_hits} ({desc_hits / len(out):.0%})")
    lengths = sorted(len(o["text"].split()) for o in out)
    print(f"Words per answer: min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]}; "
          f"one-word answers: {sum(1 for n in lengths if n == 1)}; answers of 30+ words: "
          f"{sum(1 for n in lengths if n >= 30)}")


if __name__ == "__main__":
    main()
