#!/usr/bin/env python3
"""Build set_i.jsonl and themes.json for the fictional young people's
consultation on child exploitation (independent evaluation set "i").

Standard library only. Every answer below was typed by hand; nothing is
generated. Each data line is:  codes | answer text
where codes is one theme key, or two keys separated by a comma (primary
first). Lines starting with '#' and blank lines are ignored.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207

THEMES = [
    ("unsafe_places", "Places and times that feel unsafe",
     "Specific locations, routes, situations or times of day where young people feel at risk or avoid going."),
    ("safe_places", "Places and people that feel safe",
     "Locations, groups or situations where young people feel protected, calm or looked after."),
    ("trusted_adults", "Who they would tell",
     "The people (family, staff, professionals, friends) a young person would turn to or confide in if something was wrong."),
    ("barriers_telling", "Reasons for not telling",
     "Fear, shame, loyalty, threats, past experience or likely consequences that stop young people disclosing harm or asking for help."),
    ("online_harms", "Online life and risks",
     "Experiences of social media, gaming and messaging, including contact from strangers, image sharing, bullying, scams and how safe they feel online."),
    ("police", "Relationship with the police",
     "Views of and encounters with the police, including trust, stop and search, response times, visibility and how young people are treated."),
    ("schools", "What schools and colleges should do",
     "Expectations of schools and colleges on teaching, pastoral support, exclusions, rules and noticing when a pupil is at risk."),
    ("things_to_do", "Activities and places to go",
     "The lack of, or wish for, affordable activities, youth clubs, sport and somewhere to spend time."),
    ("money", "Money and cost of living",
     "Household hardship, costs, jobs, wages, debt and the pull of easy money."),
    ("exploitation", "Exploitation, gangs and drugs",
     "Older people grooming, recruiting, indebting or using young people for drugs, crime or sex, and the drugs, knives and gangs around it."),
    ("being_heard", "Being listened to and respected",
     "Wanting adults and decision makers to listen, believe them, act on what they say and stop judging or stereotyping them."),
    ("mental_health", "Mental health and wellbeing",
     "Emotional wellbeing, loneliness, stress, grief and trauma, and access to counselling or mental health services."),
    ("care_experience", "Experience of the care system",
     "Being in or leaving care, including placements, social workers, children's homes, going missing and support after 18."),
    ("area_changes", "Physical changes to the area",
     "Proposals about the built environment and transport, such as lighting, cameras, buses, crossings, cleanliness and public spaces."),
]

DATA = r"""
# ---------------- unsafe_places ----------------
unsafe_places | the underpass by the big supermarket at night, no chance
unsafe_places | parks after dark
unsafe_places | bus station. always lads hanging round asking for a quid or a lighter or ur number
unsafe_places | i dont like walking past the bookies on Crane st, theres always men outside staring
unsafe_places | town centre on a friday night is grim tbh
unsafe_places | the cut through behind the flats, we call it the alley of doom lol but it actually is dodgy
unsafe_places | nowhere in the day but once it gets dark i get my dad to come get me
unsafe_places | canal path. someone got jumped down there last year and nobody walks it now
unsafe_places | near the chicken shop on Wrenfield Road. older boys just stand there and look you up and down
unsafe_places | winter, when its dark by half 4 and youve got the walk home from college
unsafe_places | Tarnside station is dead, ticket office is never open and theres no one to ask for help
unsafe_places | Bellfield park specially round the skate bit after about 8
unsafe_places | the rec. used to be alright when i was little, not anymore
unsafe_places | anywhere my ex's mates hang about
unsafe_places | night bus. men sit right next to you when the whole top deck is empty
unsafe_places | up the woods past the school, people go up there to do stuff they shouldnt
unsafe_places | the retail park car park. cars just sit there with the engines running for ages and you dont know whats going on
unsafe_places | top floor of the multi storey
unsafe_places | i get on edge going to the shop at the end of our road, same group of men there every day and theyve tried chatting to my little sister who is 12
unsafe_places | honestly my own street sometimes
unsafe_places | the whole of the Northgrove if ur not from there, you just know not to
unsafe_places | the closes in the high flats, lights are aye broke an ye dinnae know whos sittin on the stairs
unsafe_places | round the back of the leisure centre where the bins are
unsafe_places | the footbridge over the railway, its narrow and theres no way out if someone comes the other way
unsafe_places | where the taxis wait outside the kebab shop, the drivers shout stuff at girls walking past
unsafe_places | skatepark once the younger kids have gone home
unsafe_places | certain roads. you learn which ones
unsafe_places | walking through Clayholme to get to my nans, i keep my hood up and dont look at anyone
unsafe_places | the seafront in winter, theres literally nobody about and the arcades are all shut up
unsafe_places | house parties where you dont even know whose house it is
unsafe_places | outside the gates at home time, people come from other schools to start on people
unsafe_places | the precinct is a different place once the shutters come down
unsafe_places | memorial gardens, theres needles in the flower beds
unsafe_places | the little park by the shop where they set the bins on fire every weekend
unsafe_places | the stairs up to my flat, i run up them every time
unsafe_places | down the bottom of Bridgemead by the garages, proper sketchy my luvver
unsafe_places | the ginnel behind ours, dead dodgy once its dark
unsafe_places,safe_places | only when im by myself. with my mates im fine anywhere
unsafe_places,exploitation | proper on edge round the back of the market, its where all the smackheads go
unsafe_places,area_changes | the lanes walking back from the next village, no pavement no lights and cars fly past, and sometimes one slows down which is worse
unsafe_places,area_changes | the path by the river is pitch black. stick some lights on it and i might actually use it
unsafe_places,exploitation | the flats on Marsh Lane, everyone knows whats going on in number 14, people coming and going all hours
unsafe_places,police | town on a saturday night, and the police just drive past, they never get out the car

# ---------------- safe_places ----------------
safe_places | home
safe_places | my nans
safe_places | in my room with the door shut and my headphones on
safe_places | the library, its quiet, the staff are nice and no one bothers you
safe_places | my best mates house, her mum treats me like one of her own
safe_places | church
safe_places | at mosque, everyone knows everyone there so no one would try anything
safe_places | football training, coach dont let any nonsense go on
safe_places | the gym. nobody messes with anyone in there
safe_places | in the car with my dad
safe_places | school actually. weird thing to say but its the only place with proper rules
safe_places | busy places where theres loads of people about
safe_places | the boxing club on Mill Street, the coaches are like uncles to half the estate
safe_places | up my cousins in Cwmderwen, tiny place, everyone knows your business but it means someone always got your back like
safe_places | anywhere with my dog lol
safe_places | the art room at lunch, miss lets a few of us sit in there
safe_places | my girlfriends house
safe_places | the 24 hour garage, its bright and theres always someone behind the counter
safe_places | honestly nowhere feels 100% but my aunties comes closest
safe_places | on the phone to my mum while im walking, that counts right
safe_places | the family centre, staff there are sound
safe_places | wherever my big brother is
safe_places | out on the farm. miles from anyone, its just me and the sheep
safe_places | ma gran's hoose, she'd batter anyone that came near
safe_places | drama group. we're all a bit weird there and nobody cares
safe_places | at work. my manager is proper protective of the younger staff, she walks us to our cars
safe_places | in a group. safety in numbers innit
safe_places | the lgbt group at the centre, first place i could just be me
safe_places | bed
safe_places | on discord with the boys, i know all of them irl so its chill
safe_places | the cadets hut on a thursday
safe_places | behind the counter at my aunties shop after school
safe_places | i wait in the reception at the sports centre for my lift cos theres a security guard
safe_places | pretty much anywhere in daylight to be fair
safe_places | the allotment with my grandad, nobody goes there except old men and robins
safe_places | my mams, with the dogs and a cwtch on the sofa
safe_places | dead safe at my dads in the week, its the weekends at my mums i dont like
safe_places,things_to_do | the youth club is the only place i feel properly safe tbh
safe_places,care_experience | my foster carers house now. took about a year before i stopped sleeping with my shoes on
safe_places,things_to_do | the hub in town. warm, free pool table, safe. but its only open 2 nights now
safe_places,trusted_adults | at the club with Dave. hes been running it 20 years and knows everyones mum
safe_places,unsafe_places | home and school are fine. its the bit in between i hate

# ---------------- trusted_adults ----------------
trusted_adults | my mum
trusted_adults | my older sister before anyone
trusted_adults | mr hale my form tutor, hes safe
trusted_adults | defo the youth worker
trusted_adults | my step dad. we didnt get on at first but hes who id go to now
trusted_adults | id tell my nan, she'd know what to do and she wouldnt make a massive fuss about it
trusted_adults | the school nurse
trusted_adults | my coach
trusted_adults | probably a helpline, cos they dont know who you are
trusted_adults | whoever i trust at the time, it changes a lot
trusted_adults | my mates first, then maybe an adult if they said i should
trusted_adults | Shaz who runs the girls group. shes been through stuff herself so she gets it
trusted_adults | the imam at our mosque
trusted_adults | my auntie, cos my mum would go mental
trusted_adults | ma big cousin, he's been aboot, he'd know whit tae dae
trusted_adults | mrs begum in pastoral, shes the only one that actually follows stuff up
trusted_adults | my dad. hes quiet but he listens
trusted_adults | a teacher i get on with
trusted_adults | grandad
trusted_adults | my gp maybe
trusted_adults | my key worker at the hostel
trusted_adults | my boyfriends mum, shes more of a mum to me than mine is
trusted_adults | the older lads on my team whove been through it, theyd tell me straight
trusted_adults | my mam, she'd be up that school in her slippers if she had to
trusted_adults | depends. small stuff my friends, big stuff my mum
trusted_adults | the woman on the front desk at the youth centre, she always asks how youre doing and remembers what you said last time
trusted_adults | my music teacher, ive had her since year 7
trusted_adults | the dinner lady honestly, she notices everything
trusted_adults | my brothers best mate, hes 25 and sensible
trusted_adults | prob ma guidance teacher
trusted_adults | the driver on my school bus lol not even joking hes lovely
trusted_adults | someone who's not gonna look shocked
trusted_adults | me nan. shes a tough old bird bab, she'd sort it
trusted_adults | my sister in law
trusted_adults | whoever was nearest tbh
trusted_adults | prob my mam or my bampi, hes old school but he'd go mental at anyone who hurt me
trusted_adults,being_heard | the lad who does the detached youth work, he comes round the park on a wednesday. hes the only adult that talks to us normal
trusted_adults,exploitation | my sisters fella, he used to be in that life so he knows the signs
trusted_adults,barriers_telling | a teacher but only if they promise not to ring home
trusted_adults,barriers_telling | someone who wont go straight to the police behind my back
trusted_adults,care_experience | my old foster mum. im 22 now and i still ring her about everything
trusted_adults,care_experience | my social worker is actually decent, shes the first one thats stuck around
trusted_adults,online_harms | if it was online id show my brother, hes good with tech stuff and wouldnt grass me up to mum

# ---------------- barriers_telling ----------------
barriers_telling | no one. snitches get stitches
barriers_telling | nobody, it just makes it worse
barriers_telling | i wouldnt. theyd know it was me
barriers_telling | last time i told a teacher something the whole staffroom knew by dinner
barriers_telling | adults overreact. you say one thing and next thing theres a meeting with 6 people in it
barriers_telling | my mum would kill me if she knew half of what goes on
barriers_telling | scared of getting in trouble myself
barriers_telling | you end up looking like a grass and then you have to move schools
barriers_telling | wouldnt want social services sniffing round
barriers_telling | they dont beleive you anyway
barriers_telling | i told someone once and nothing happened so whats the point
barriers_telling | embarassed tbh
barriers_telling | you dont tell, you deal with it
barriers_telling | ye dinnae grass. simple as
barriers_telling | id keep it to myself, dont want to be a burden
barriers_telling | everything gets written down and passed on so i'd only tell my friends
barriers_telling | its hard when the person doing it is nice to you most of the time. you dont even know its bad
barriers_telling | lads dont really talk about stuff like that
barriers_telling | i just keep it in
barriers_telling | theyd take my phone off me
barriers_telling | by the time youre old enough to know what it was its too late to say
barriers_telling | my parents dont speak much english so i couldnt explain it, and i wouldnt want an interpreter from our community knowing my business
barriers_telling | you worry theyll think you wanted it
barriers_telling | when i was 14 i'd have told nobody. i thought he was my boyfriend
barriers_telling | i did try, the receptionist said make an appointment for 3 weeks time
barriers_telling | wouldnt know who to go to honestly
barriers_telling | worried theyd ring my dad and hes the problem
barriers_telling | nah
barriers_telling | keeping your mouth shut is how you stay safe round here
barriers_telling | you get labelled. once youre 'that girl' youre that girl forever
barriers_telling | i would if it was anonymous
barriers_telling | i dont like making a fuss
barriers_telling | what if im wrong and i get someone in trouble for nothing
barriers_telling | you cant take it back once its said, the adults take over and you lose control of it all
barriers_telling | na mate, allow it. you chat and the whole ends knows by tomorrow
barriers_telling,being_heard | if its about a boy they just say ur being dramatic
barriers_telling,exploitation | they threatened my little brother so no
barriers_telling,money | if i owe someone money im not gonna tell anyone am i
barriers_telling,exploitation | i was the one carrying the stuff so i thought id be the one arrested
barriers_telling,police | never the police, theyd nick me before theyd help me
barriers_telling,care_experience | in care you learn quick that anything you say ends up in a report 20 people read

# ---------------- online_harms ----------------
online_harms | snapchat, people add you and you dont even know them
online_harms | grown men in my dms
online_harms | someone screenshotted my story and sent it round the whole year
online_harms | people pretending to be 15 when theyre clearly not
online_harms | get rid of quick add
online_harms | got sent something horrible from a random account. reported it and nothing happened
online_harms | online is worse than outside tbh. outside you can walk away
online_harms | group chats where someone gets ripped apart and everyone joins in
online_harms | my little cousin is 11 and shes on apps for 16+ talking to anyone
online_harms | the map thing, anyone can see where you are if you forget to turn it off
online_harms | gaming, people in voice chat offering to buy you skins if you do stuff for them
online_harms | girls get asked for pics constantly, its just normal now which is messed up
online_harms | a guy id only ever spoken to online turned up at my work
online_harms | sextortion. happened to a lad in my year, he thought he was talking to a girl
online_harms | tiktok lives where people do dares for gifts
online_harms | fake accounts everywhere
online_harms | adults dont get it, they think blocking someone fixes it
online_harms | being added to group chats full of people you dont know
online_harms | ye get aw sorts messagin ye, auld guys wi nae profile pic
online_harms | fights get filmed and posted and everyone shares them
online_harms | i feel safe on there cos i only add people i know
online_harms | nudes getting leaked
online_harms | people can work out your school from one picture of your blazer
online_harms | got hacked and they messaged all my contacts pretending to be me asking for money
online_harms | im fine on there, i know what im doing
online_harms | my mum reads my messages lol so not much happens
online_harms | older girls add younger ones and then introduce them to their 'friends'
online_harms | accounts set up just to expose people
online_harms | its mad how much you can find out about someone just from who they follow
online_harms | the apps make it way too easy. you can message literally anyone
online_harms | i get hate on every post about my weight
online_harms | someone made a fake page using my face
online_harms | im on my phone till 3am most nights talking to people ive never met
online_harms | "send me a pic or ill tell everyone you did anyway" is like a normal message to get
online_harms,exploitation | a lad i met on a game kept saying he loved me and i was 12. didnt clock it till way later
online_harms,exploitation | they post the work on there now, 'easy money dm me' with the bag emoji
online_harms,schools | school should teach actual stuff about online, not just 'dont talk to strangers', we know that
online_harms,mental_health | i spend like 9 hours a day on my phone and it makes me feel like crap
online_harms,money | my mate lost £200 on a fake trainer page

# ---------------- police ----------------
police | police dont care about our area
police | feds
police | stop and searched 3 times this month for walking home
police | they take ages. my mum rang about a fight and they came the next day
police | the pcsos are alright, its the proper ones that are rude
police | theres no police station anymore, nearest ones 40 minutes away
police | they treat us like criminals just for being out
police | id never ring them
police | more bobbies walking about not just sat in cars
police | there was one officer who used to come into our school, everyone liked him, then he got moved
police | they only show up after something bad happens
police | the polis just move ye on. they dinnae ask if ye're awright
police | when i got robbed they gave me a crime number and that was it
police | theyre ok with you if youre white tbh
police | im scared of them honestly
police | they should get to know young people before theres trouble not after
police | feds are always round the ends but never when you need them
police | theyre a joke round here
police | i think they do their best but theres not enough of them
police | a female officer took my statement and she was really kind, made a massive difference
police | dispersal order every summer so we cant even stand outside the shop
police | they searched my bag in front of my whole bus
police | would trust them more if they actually followed things up
police | my mum doesnt trust them so i dont
police | the community officer for our bit is sound, she plays footy with us sometimes
police | they came into our house at 6am for my cousin. i was 9. i still remember it
police | coppers round ere only know yer name if youve done summat
police | 101 takes forever, gave up after 40 mins
police | they never ring you back
police | handcuffed for nothing at 15. that stays with you
police | need officers who are actually from round here
police | they stopped my brother cos he "matched a description". the description was black lad in a tracksuit
police | the boys in blue? lol
police,barriers_telling | if i called them id get a reputation
police,being_heard | they laughed when i said i was scared
police,exploitation | my brother got arrested when he was the one being used. they didnt see it like that
police,unsafe_places | more patrols round the station at night
police,being_heard | they talk down to us like were thick
police,care_experience | when i went missing from the home the police picked me up like 15 times. never once asked why i kept going

# ---------------- schools ----------------
schools | teach us about exploitation properly, not one assembly in year 9
schools | actually do something when someone says theyre being bullied
schools | more teachers who look like us
schools | pshe is a joke, nobody takes it seriously, the teachers dont either
schools | someone you can talk to thats not a teacher
schools | get real people in whove been through it, not a powerpoint from 2012
schools | be less strict about stupid stuff like shoes and more strict about the actual bad stuff
schools | a drop in at lunch
schools | nothing, school cant fix everything
schools | the guidance staff are aw too busy, there's wan fur aboot 300 weans
schools | tell parents more about what apps kids are on
schools | let us go toilet without an interrogation lol
schools | better sex ed. consent and what a healthy relationship actually looks like
schools | managed moves just push the problem to another school
schools | the pru is where it all starts, everyones mixing with people way older
schools | college should have the same support as school, it all just stops at 16
schools | teachers only care about grades and attendance
schools | dont make it so obvious when someones called to see the safeguarding lead, everyone clocks it
schools | school were great with me honestly, my head of year came to my house
schools | stop talking to us like were about to commit a crime every time theres a knife assembly
schools | more lessons through welsh on this stuff, its all in english and some of the younger ones in ours dont follow it all
schools | assemblies are pointless
schools | let us report stuff anonymously, like a box or an app
schools | teachers need training on spotting it. my form tutor didnt notice a thing for 2 years
schools | keep the same teachers, we had 5 different maths teachers in one year
schools | stop putting all the 'naughty' kids in one room together
schools | got kicked out in year 10 and no one from school checked on me once
schools | teach the parents too
schools | mine is alright to be fair
schools | year heads should be in the corridors not in their office
schools,exploitation | stop excluding people, thats when they get picked up
schools,exploitation | teachers should notice when someone turns up with stuff they couldnt afford
schools,exploitation | lessons on what grooming really looks like. i thought it was only old men in vans
schools,money | lessons on money, tax, bills, all that
schools,exploitation | they sent me to isolation for a week, sat in a booth. thats when i started bunking and met the older lot
schools,things_to_do | more trips and after school clubs so people arent just hanging about
schools,money | free breakfast for everyone, some people come in starving
schools,being_heard | a school council that actually changes stuff, not just picking the prom theme

# ---------------- things_to_do ----------------
things_to_do | nothing to do
things_to_do | more youth clubs
things_to_do | a skatepark that isnt falling apart
things_to_do | theres literally nothing here for teenagers, its all for little kids or pensioners
things_to_do | bring back the youth centre they shut
things_to_do | a cinema
things_to_do | somewhere warm to go in winter that doesnt cost anything
things_to_do | pitches you dont have to book and pay £40 for
things_to_do | a studio. half the lads round here rap, give them somewhere to record
things_to_do | stuff open later, everything shuts at 5
things_to_do | there's heehaw tae dae so folk end up steamin in the park
things_to_do | bored. thats the whole problem
things_to_do | a proper basketball court with nets on the hoops
things_to_do | trampoline park but cheaper
things_to_do | something for girls, everythings football
things_to_do | boxing. keeps people out of trouble
things_to_do | the summer scheme was mint, but it was only 2 weeks
things_to_do | clubs for 16 plus, once youre too old for juniors theres nothing
things_to_do | arcades
things_to_do | dance classes that arent £8 a go
things_to_do | a gaming cafe
things_to_do | a tidy youth club like the one they got in Llanfadog. ours shut and now everyone just sits on the wall by the chapel
things_to_do | somewhere to go that isnt someones house or the street
things_to_do | a bmx track
things_to_do | cooking classes
things_to_do | somewhere to go on a friday that isnt the park getting mortal
things_to_do | if kids had stuff to do they wouldnt be out robbing
things_to_do | reopen the swimming baths
things_to_do | art stuff, not everyone likes sport
things_to_do | the library used to do stuff on saturdays, dont know why they stopped
things_to_do | a climbing wall!!
things_to_do | mechanics course, learn to fix cars
things_to_do | theres f all round here
things_to_do | we just walk round in circles all night
things_to_do | man just wants somewhere to ball innit, the cages are all locked
things_to_do,police | a place to just chill without getting moved on
things_to_do,area_changes | a youth club on the estate not in town, we cant get to town
things_to_do,money | free stuff. everything costs money
things_to_do,money | holiday clubs with food. when school shuts some kids dont eat
things_to_do,exploitation | the older boys are the only ones offering anything to do. thats the problem innit
things_to_do,being_heard | let us design the youth space ourselves

# ---------------- money ----------------
money | money
money | my mum works 2 jobs and we still cant afford stuff
money | people do dodgy stuff cos theyre skint, simple
money | cant get a job at 15 anywhere
money | bus fare is too much, £2.50 each way just to get to college
money | i want to know how to budget before i move out
money | everyones got the new trainers and if your family cant get them you get ripped for it
money | EMA is the only reason i can go college mun
money | in debt at 19 from a phone contract
money | the free school meals vouchers didnt go far
money | mum puts jumpers on us instead of the heating
money | canny afford tae dae anythin, everythin's a tenner
money | i'd do anything for money tbh. thats what scares me
money | apprenticeships that actually pay enough to live on
money | minimum wage for under 18s is a joke
money | food banks
money | got sanctioned and had nothing for 5 weeks
money | worrying about it all the time
money | jobs that dont need experience. how do you get experience
money | cost of everything
money | my dad takes my wages off me
money | we moved 3 times cos of rent going up
money | i lend my mates money and never see it again lol
money | its dear being a teenager
money | money aint a problem for me to be fair
money | we go without so my little brother can have stuff
money | help with driving lessons, theyre like £40 an hour now
money | a cheap gym membership
money | being broke is embarassing so you pretend youre not
money | got a paper round, £12 a week, cant do much with that
money | no jobs in the village unless you want to pick spuds
money,schools | uniform costs a fortune
money,exploitation | people lend you money and then say you owe them double
money,exploitation | someone gave my mate £50 for just holding something, now he does it every week
money,exploitation | older ones flashing cash makes you want it
money,online_harms | gambling apps. my mate lost his whole student loan in a month
money,care_experience | the leaving care grant doesnt go far when you have to buy a whole flat of stuff
money,exploitation | someone used my bank account, i didnt know it was money laundering till the bank froze it
money,area_changes | houses that people from here can actually afford

# ---------------- exploitation ----------------
exploitation | county lines
exploitation | older lads get younger ones to carry stuff cos they wont get done
exploitation | weed everywhere
exploitation | knives
exploitation | my mate went missing for 4 days and came back with loads of money and a new phone
exploitation | they start off buying you food and being your mate
exploitation | they use kids as young as 12 round here
exploitation | people carry blades cos theyre scared not cos theyre hard
exploitation | theres a lad in a black car that waits outside school
exploitation | the young team run the place
exploitation | they offered me a phone and said i just had to answer it
exploitation | vapes with stuff in them
exploitation | being sent to towns youve never heard of with a bag
exploitation | its not a gang. its your mates and their older brothers and then it just gets serious
exploitation | my cousin got stabbed over a postcode
exploitation | ket
exploitation | people dealing right outside the youth club
exploitation | girls get used too. people think its just boys but its not
exploitation | ar kid got offered three hundred quid to drive a car up the motorway and leave it somewhere
exploitation | you dont join. you just end up in it
exploitation | drill vids make it look glamorous
exploitation | the ones at the top never get caught, its always the kids
exploitation | a woman on my floor had lads living in her flat and she was terrified of them
exploitation | you get given a nickname and thats when you know theyve got you
exploitation | nos canisters all over the park every morning
exploitation | older men giving girls lifts and vodka
exploitation | drugs in every school
exploitation | my brothers 13 and hes already getting messages from numbers we dont know
exploitation | opps
exploitation | spice in town, people stood there like zombies
exploitation | if you say no they make you pay for it
exploitation | lads come down from the city to sell here cos its quiet and no ones watching
exploitation | taxis picking kids up at 2am
exploitation | wee guys runnin aboot wi blades at 13, it's mental
exploitation | mandem from other ends coming through on bikes
exploitation | bare youngers getting used as runners, its peak
exploitation,money | i got robbed of what i was holding on purpose so id owe them. found out later they set it all up
exploitation,money | they said 'you owe us' for the weed id smoked with them at parties
exploitation,unsafe_places | the houses by the canal that everyone knows are used for selling
exploitation,care_experience | when i was in the kids home they used to wait outside for us. staff knew and couldnt do anything

# ---------------- being_heard ----------------
being_heard | LISTEN TO US FFS
being_heard | actually do something with this survey instead of filing it
being_heard | adults always decide stuff about us without asking us
being_heard | dont judge us on what we wear
being_heard | treat us like people not problems
being_heard | ive done about 5 of these and never heard back once
being_heard | stop assuming everyone in a hoodie is up to something
being_heard | young people on the board that makes the decisions
being_heard | give us a say in how the money gets spent
being_heard | respect
being_heard | just ask us what we need, we know better than the council
being_heard | its nice someone is asking
being_heard | when adults talk to you like a baby you switch off
being_heard | a youth council with real power
being_heard | naebody ever asks us anythin, they just decide
being_heard | you said youd come back last year and tell us what happened. you never did
being_heard | explain why when you say no
being_heard | they only listen to the 'good' kids on the school council
being_heard | i want to be taken seriously
being_heard | stop reading off a script
being_heard | the people making decisions should come to the estate and see it themselves
being_heard | more people who grew up round here working with us
being_heard | some of these questions are a bit patronising ngl
being_heard | dont label kids
being_heard | disabled young people get forgotten in all this
being_heard | listen the first time
being_heard | ask the kids that dont go to school too, not just the ones who fill in forms
being_heard | nobody cares what we think
being_heard | us lot from round here get written off before we start
being_heard | stop calling us 'hard to reach'. we're right here
being_heard | if i say im scared, believe me
being_heard | young carers never get asked anything
being_heard | trust us a bit more
being_heard | tidy that youre asking. now do something with it like
being_heard | us girls get called 'attention seeking' every time we say something
being_heard,mental_health | when im struggling i dont want advice i just want someone to actually listen
being_heard,police | my word against an adults, theyll always pick the adult

# ---------------- mental_health ----------------
mental_health | mental health support
mental_health | CAMHS waiting list is 18 months
mental_health | anxiety
mental_health | i dont sleep
mental_health | more counsellors
mental_health | i dont really go out anymore
mental_health | people self harming and no one notices
mental_health | someone to talk to who isnt just going to put me on tablets
mental_health | got referred, got turned down cos i wasnt 'bad enough'. then i got bad enough
mental_health | lonely
mental_health | loads of us are depressed and just dont call it that
mental_health | lads dont talk, thats why so many of them end up doing something stupid
mental_health | exam stress
mental_health | a drop in where you can just turn up
mental_health | ma heid's been mince since ma da left
mental_health | panic attacks on the bus
mental_health | therapy thats free
mental_health | when you turn 18 you get dropped and the adult service wont take you
mental_health | feeling like theres no point
mental_health | someone to check in, even just a text
mental_health | everyones just numb
mental_health | the adhd wait is years
mental_health | my mums ill and i look after her and im knackered all the time
mental_health | i feel safe but not happy if that makes sense
mental_health | wellbeing stuff that isnt just colouring books and breathing
mental_health | trauma. loads of us have been through stuff
mental_health | eating disorder help thats not 2 years away
mental_health | i get really angry and dont know why
mental_health | been dead low for ages to be honest
mental_health | a crisis line that actually picks up
mental_health | overthinking
mental_health | i cry in the toilets at school most days
mental_health,exploitation | people smoke weed to cope, its not to look cool
mental_health,schools | my friend died last year and nobody at school even mentioned it
mental_health,schools | the school counsellor is only in on wednesdays
mental_health,online_harms | seeing everyones perfect life online makes me hate mine
mental_health,care_experience | therapy stopped every time i moved placement, started over with 4 different people

# ---------------- care_experience ----------------
care_experience | being in care
care_experience | i had 11 social workers before i was 16
care_experience | they moved me 40 miles from everyone i knew
care_experience | leaving at 18 is like being pushed off a cliff
care_experience | nobody told me why i was taken off my mum til i read my file at 20
care_experience | in the kids home staff changed every week so you never trusted any of them
care_experience | being in care made me a target, people knew we didnt have anyone
care_experience | my PA is sound but shes got like 30 other people
care_experience | ye go oot the hame at 16 an that's you, on yer own
care_experience | foster carers need training about exploitation
care_experience | i wasnt allowed sleepovers cos they had to check my mates parents. made me feel like a freak
care_experience | social workers should stop reading the file and get to know you
care_experience | got my first flat at 18 with no furniture, no cooker, nothing
care_experience | when i went missing no one looked for me properly, they just rang it in
care_experience | they wrote 'absconded' like i was a prisoner
care_experience | i wish someone had fought for me to stay at the same school
care_experience | help till 25 with everything, not just some stuff
care_experience | they split me and my siblings up
care_experience | im 23 now and i still dont know how to do half the adult stuff
care_experience | reviews where 10 adults talk about you like youre not in the room
care_experience | my foster dad was the best thing that ever happened to me
care_experience | i lived with my nan under a kinship thing, she got no support at all
care_experience | staff in resi were scared of the older lads so they just let them do what they wanted
care_experience | i was in a b&b at 17
care_experience | didnt know what a pep was till i left school, nobody explained anything
care_experience | stop moving kids on every time theres a problem
care_experience | life story work would have helped me
care_experience | i wish id had one adult that stayed
care_experience | the home in Llanfadog was lush actually, the staff there really cared. wish i'd stayed longer
care_experience | care experienced
care_experience,exploitation | the other kids in the home were the ones who got me into it all
care_experience,unsafe_places | the semi independent place i was in at 16 had grown men living there
care_experience,exploitation | looking back i was being groomed the whole time and everyone just thought i was 'difficult'
care_experience,money | placement made me pay my own phone at 15, so i found someone whod pay it for me. you can guess the rest
care_experience,being_heard | my views got written down as 'YP did not engage'. i did engage, nobody asked the right questions
care_experience,mental_health | leaving care was the loneliest time of my life
care_experience,trusted_adults | my personal adviser is the only person id ring if something happened

# ---------------- area_changes ----------------
area_changes | better lighting
area_changes | cctv
area_changes | more buses
area_changes | clean up the litter and the graffiti
area_changes | fix the streetlights on Hawthorn Road, theyve been out for months
area_changes | benches and shelters, somewhere to sit that isnt a wall
area_changes | knock the underpass down
area_changes | the empty shops make it feel dead, put something in them
area_changes | trees and flowers, make it look nice for once
area_changes | get the lights fixed up the close
area_changes | theres no pavement to the bus stop in our village, you walk in the road
area_changes | late buses at the weekend
area_changes | more bins
area_changes | get rid of the boarded up houses
area_changes | staff on the trains
area_changes | help points at the station that actually work
area_changes | a proper crossing on the main road, someone got hit there last year
area_changes | lights in the park that stay on till 10 at least
area_changes | speed bumps, cars racing up our road every night
area_changes | fix the playground, the swings have been taped off for 2 years
area_changes | shops that arent vape shops and bookies
area_changes | cameras that actually work, half of them are just for show
area_changes | a cycle path into town
area_changes | proper minging down by the docks, they wants to clean it up
area_changes | more green space
area_changes | bus stops with lights and a shelter
area_changes | taxi vouchers for young people getting home late
area_changes | make the town centre somewhere people actually want to go
area_changes | the alley by the chippy needs a gate on it
area_changes | wifi in the park lol
area_changes | a toilet in the park. girls have to go behind the bushes which is dodgy
area_changes | somewhere safe to wait for the bus thats not outside the offy
area_changes | they wanna put lights on the cut, yam takin yer life in yer hands down there
area_changes,things_to_do | the bus to town stops at 6 so we're stuck in the village all night
area_changes,unsafe_places | cut back the bushes in the park, people hide in there
area_changes,money | free bus travel for under 18s
area_changes,things_to_do | less betting shops more places for us
area_changes,police | cctv with an actual person watching it
area_changes,unsafe_places | the subway by the ring road needs mirrors or something, you cant see whos round the corner
"""


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def main():
    keys = [k for k, _, _ in THEMES]
    if len(set(keys)) != len(keys):
        sys.exit("duplicate theme key in codebook")
    valid = set(keys)

    items = []
    seen = {}
    for n, raw in enumerate(DATA.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if " | " not in line:
            sys.exit(f"line {n}: missing ' | ' separator: {line!r}")
        codes_part, text = line.split(" | ", 1)
        codes = [c.strip() for c in codes_part.split(",") if c.strip()]
        text = text.strip()
        if not text:
            sys.exit(f"line {n}: empty answer")
        if not codes or len(codes) > 2 or len(set(codes)) != len(codes):
            sys.exit(f"line {n}: need one or two distinct codes: {codes}")
        for c in codes:
            if c not in valid:
                sys.exit(f"line {n}: code not in codebook: {c!r}")
        key = norm(text)
        if key in seen:
            sys.exit(f"line {n}: duplicate answer (first at line {seen[key]}): {text!r}")
        seen[key] = n
        items.append({"text": text, "themes": codes})

    random.Random(SEED).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"i{i:04d}", "text": it["text"], "themes": it["themes"]})

    with open(os.path.join(HERE, "set_i.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "themes.json"), "w", encoding="utf-8") as f:
        json.dump([{"key": k, "label": l, "description": d} for k, l, d in THEMES],
                  f, ensure_ascii=False, indent=2)
        f.write("\n")

    any_count = Counter()
    primary = Counter()
    two = 0
    for rec in out:
        primary[rec["themes"][0]] += 1
        for c in rec["themes"]:
            any_count[c] += 1
        if len(rec["themes"]) == 2:
            two += 1

    print(f"answers: {len(out)}")
    print(f"{'theme':<18}{'any':>6}{'primary':>9}")
    for k in keys:
        print(f"{k:<18}{any_count[k]:>6}{primary[k]:>9}")
    print(f"two-theme answers: {two} ({100.0 * two / len(out):.1f}%)")
    low = [k for k in keys if any_count[k] < 25]
    if low:
        sys.exit(f"themes under 25 answers: {low}")
    if len(out) < 500:
        sys.exit("fewer than 500 answers")


if __name__ == "__main__":
    main()
