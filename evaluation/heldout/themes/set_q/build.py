#!/usr/bin/env python3
"""Builds the hand-labelled evaluation set set_q.jsonl and README.md.

Every answer below was typed by hand, one call per answer, with its theme
key(s); where two keys are given the first is the main theme.
Standard library only.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ANSWERS = []


def a(text, *keys):
    ANSWERS.append((text, list(keys)))


# ---------------------------------------------------------------- unsafe_places
a("the alleyway behind the shops at night no lights at all", "unsafe_places")
a("Walking home from the bus stop in winter when it's dark by 4. The streetlights on our road have been broken for months.", "unsafe_places")
a("underpass by the retail park stinks and its pitch black u cant see whos at the other end", "unsafe_places")
a("the park after like 8pm its a no go", "unsafe_places")
a("our estate innit. the stairwells are grim and the lift is always broke so u have to take the stairs", "unsafe_places")
a("train station late at nite theres never any staff about", "unsafe_places")
a("the woods by the canal, my mum wont let me cut through there", "unsafe_places")
a("Honestly the top deck of the night bus. Anything goes up there", "unsafe_places")
a("aye the swing park at Quarrymoor is pure dodgy when its dark, naebody about", "unsafe_places")
a("the old factory thats all boarded up, people get in there and you dont know what goes on", "unsafe_places")
a("town centre on a friday night when the pubs kick out", "unsafe_places")
a("big groups hanging round outside the chippy, u have to walk past them and they stare u out", "unsafe_places")
a("its tidy in the day like but the bus shelter by the corner shop at night, not so much", "unsafe_places")
a("cut through by the garages, proper dark, i leg it through every time", "unsafe_places")
a("ma bit is fine but the next scheme over is sketchy as", "unsafe_places")
a("I feel unsafe in the car park of the leisure centre. It is huge and empty at night and there is no CCTV.", "unsafe_places")
a("rec ground by the flats. broken glass everywhere and the lamps dont work", "unsafe_places")
a("nowhere really feels unsafe in the day its just when it gets dark", "unsafe_places")
a("bus stops in the middle of nowhere were u wait 40 mins on ur own", "unsafe_places")
a("the canal towpath, its well known for being dodge", "unsafe_places")
a("the shortcut thru the cemetery lol i dont do it no more", "unsafe_places")
a("I live in a village so it's more that there's nothing around. If something happened on the lane nobody would hear you.", "unsafe_places")
a("the high street has gone downhill, half the shops are empty and boarded, it just feels abandoned", "unsafe_places")
a("stairwells in the tower blocks man", "unsafe_places")
a("being on my own anywhere after dark tbh", "unsafe_places")
a("the footbridge over the dual carriageway, its caged in and if someone came from both ends youd be stuck", "unsafe_places")
a("the seafront at night is grim, no one about and they turn half the lights off to save money", "unsafe_places")
a("Farrowgate station. enough said", "unsafe_places")
a("the subway under the ring road bab, nobody in their right mind goes down there after school", "unsafe_places")
a("Places that are quiet where no houses look out onto them.", "unsafe_places")
a("when the streetlights go off at midnight in our village its literally pitch black", "unsafe_places")
a("round the back of the flats where the bins are, always summat dodgy going on", "unsafe_places")
a("skateparks after dark", "unsafe_places")
a("the walk from college to the station goes through an industrial estate, deserted after 5", "unsafe_places")
a("its the lanes mun, no lights no nothing, and the farm track where the older ones park up", "unsafe_places")
a("I dont feel safe in my own block, the main door doesnt lock so anyone can walk in", "unsafe_places")
a("the retail park at night, cars doing doughnuts and people just sat in them watching", "unsafe_places")
a("bus station in town is rank honestly", "unsafe_places")
a("ppl lurking in shop doorways at nite", "unsafe_places")
a("the path along the railway where the fence is all cut open", "unsafe_places")
a("Kelderbrook fields. Its massive and theres no way to see anyone coming", "unsafe_places")
a("The Larkspur estate feels forgotten about. Nothing gets fixed and it shows.", "unsafe_places")
a("The park near me has people dealing in it all the time and there's no lighting, so you can't see what's going on.", "unsafe_places", "drugs_in_area")
a("need more street lights and cameras on the path by the river, its so dark and thats where people get jumped", "unsafe_places", "violence_weapons")
a("the underpass is dark and grim but theres nowhere else to go so everyone just hangs about there", "unsafe_places", "youth_activities")
a("the station is dodgy at night and when you ring the police they never come anyway", "unsafe_places", "police_views")
a("night buses are the worst, blokes always try and chat to girls sat on their own up the back", "unsafe_places", "sexual_exploitation")
a("the bus is too dear so i walk home through the park in the dark, which is the bit that scares me", "unsafe_places", "money_opportunities")

# ------------------------------------------------------------- violence_weapons
a("knife crime. everyone carries now", "violence_weapons")
a("ppl getting stabbed round here its normal now which is mad", "violence_weapons")
a("man cant even go certain ends cos of postcode ting", "violence_weapons")
a("Gangs fighting each other over areas. My cousin got caught up in it and he wasn't even involved.", "violence_weapons")
a("gettin robbed for my phone, happened to my mate twice", "violence_weapons")
a("people pulling out shanks over nothing fr", "violence_weapons")
a("fights after school at the park every week", "violence_weapons")
a("youngers with machetes on bikes. not even joking", "violence_weapons")
a("being jumped. they come like 6 on 1", "violence_weapons")
a("the fear that if you look at someone wrong you could get shanked", "violence_weapons")
a("there was a stabbing outside my school last year and nothing changed after", "violence_weapons")
a("I feel unsafe because boys carry knives for protection and that just makes everyone else carry too", "violence_weapons")
a("weans fae the next scheme come doon and start fights, its been like that for years", "violence_weapons")
a("people getting moped and their phones snatched right out their hand", "violence_weapons")
a("shootings. theres been 2 near me this year", "violence_weapons")
a("older lads taking younger ones bikes off them", "violence_weapons")
a("opps driving round looking for man", "violence_weapons")
a("my brother got slashed on his way home from football. he's ok now but i'm scared every time i go out", "violence_weapons")
a("violence, full stop", "violence_weapons")
a("people walking big dogs about, basically using them as a weapon", "violence_weapons")
a("the beef between the two estates, if your from ours you cant go to theirs", "violence_weapons")
a("i carry something just in case tbh everyone does", "violence_weapons")
a("girls fighting too not just boys, proper vicious, pulling hair and stamping", "violence_weapons")
a("getting mugged walking home from work", "violence_weapons")
a("Kids as young as 12 with blades. It's scary how normal that is.", "violence_weapons")
a("wen u hear sirens every night u know someone's been hurt", "violence_weapons")
a("lads from over the bridge come looking for trouble at weekends, dead intimidating our kid", "violence_weapons")
a("ar people gettin stabbed bab, it's everywhere now", "violence_weapons")
a("the flowers tied to the lamppost on the corner remind me every day", "violence_weapons")
a("honestly being in the wrong place wrong time, innocent people get caught up", "violence_weapons")
a("rival schools meet up at the bus station to fight", "violence_weapons")
a("ppl threaten u with a blade just to take ur trainers", "violence_weapons")
a("My friend's house got its windows put through and nobody knows why.", "violence_weapons")
a("boys fighting outside the chippy every weekend, bottles flying", "violence_weapons")
a("weapon arches at school n stuff just makes u more scared ngl", "violence_weapons")
a("getting battered for being different", "violence_weapons")
a("a lad got glassed at the bowling alley and everyone just carried on", "violence_weapons")
a("gang violence, it is what it is", "violence_weapons")
a("someone pulled a knife on my mate at the bus stop, over a look", "violence_weapons")
a("Knife crime is the main thing and the police just stop and search innocent black boys instead of catching the actual people doing it", "violence_weapons", "police_views")
a("People carry knives cos they're scared, and they're scared cos nobody tells them what actually happens when you get stabbed", "violence_weapons", "education_awareness")
a("gangs fighting over who gets to sell where round ours", "violence_weapons", "drugs_in_area")
a("boys with knives on the estate and no lights on the walkways so you cant see them coming", "violence_weapons", "unsafe_places")
a("drill videos calling people out online and then it happens for real on the road", "violence_weapons", "online_harms")

# ---------------------------------------------------------------- drugs_in_area
a("the smell of weed everywhere, in the stairwell, at the bus stop, even outside school", "drugs_in_area")
a("dealers on the corner in broad daylight", "drugs_in_area")
a("needles in the park where little kids play", "drugs_in_area")
a("people off their heads on spice in the town centre", "drugs_in_area")
a("nos canisters everywhere, people sat in cars doing balloons", "drugs_in_area")
a("the flat upstairs is a crack den basically, people in and out all night", "drugs_in_area")
a("see man doing deals out of cars outside my house every night", "drugs_in_area")
a("drunk adults shouting and fighting in the street", "drugs_in_area")
a("addicts begging for money outside the shop", "drugs_in_area")
a("It's just open. You see people selling outside the primary school gates and nobody does anything.", "drugs_in_area")
a("drugs innit", "drugs_in_area")
a("my neighbours house, cars pull up for 2 mins then drive off. everyone knows what it is", "drugs_in_area")
a("wee baggies lying on the ground in the close", "drugs_in_area")
a("ppl smoking weed in the park where we wanna chill so we cant go", "drugs_in_area")
a("the amount of coke going round at house parties is mad", "drugs_in_area")
a("jakeys drinkin in the park aw day", "drugs_in_area")
a("People who are high are unpredictable and that scares me more than anything.", "drugs_in_area")
a("vapes and weed being sold to year 8s", "drugs_in_area")
a("you can get anything delivered quicker than a pizza round here", "drugs_in_area")
a("dealing going on in the toilets at the leisure centre", "drugs_in_area")
a("watching my mates get into ket and not being able to stop them", "drugs_in_area")
a("druggies in the bus shelter leaving foil and stuff", "drugs_in_area")
a("everyones mum knows whos selling but nothings ever done", "drugs_in_area")
a("the pub on the corner has people selling in the beer garden", "drugs_in_area")
a("cars with blacked out windows sat on the estate for hours", "drugs_in_area")
a("adults who are wasted all the time, drink and drugs", "drugs_in_area")
a("the amount of lean ppl drinking now is crazy", "drugs_in_area")
a("its the drugs mun, half the valley is on something", "drugs_in_area")
a("someone od'd in the lane behind our house last month", "drugs_in_area")
a("people growing in their houses round here, you can smell it from the street", "drugs_in_area")
a("dealers waiting outside college at home time", "drugs_in_area")
a("when people are drinking in the park theyre more likely to start on you", "drugs_in_area")
a("gear everywhere", "drugs_in_area")
a("There is a problem with substance misuse in the community which makes public spaces feel hostile.", "drugs_in_area")
a("mandem shottin on the block 24/7", "drugs_in_area")
a("drugs being sold in the park and the police drive straight past", "drugs_in_area", "police_views")
a("seeing people deal so openly makes the younger ones think its normal and they want in on it", "drugs_in_area", "criminal_recruitment")
a("people take stuff cos theres nothing else to do round here, its that or sit in", "drugs_in_area", "youth_activities")
a("weed is everywhere and people think its harmless because no one explains what it actually does to you", "drugs_in_area", "education_awareness")
a("the dealers hang about in the underpass so you have to walk past them in the dark", "drugs_in_area", "unsafe_places")

# --------------------------------------------------------- criminal_recruitment
a("older boys asking younger ones to hold stuff for them", "criminal_recruitment")
a("they give you a free pair of trainers then say you owe them", "criminal_recruitment")
a("kids getting sent out to other towns to sell, going missing for days", "criminal_recruitment")
a("my mate got asked to drop a package off for 50 quid. thats how it starts", "criminal_recruitment")
a("being made to run a line. once your in you cant get out", "criminal_recruitment")
a("They pick the kids who are excluded from school because they know nobody is watching them.", "criminal_recruitment")
a("they set you up to get robbed by their own people so you owe them even more", "criminal_recruitment")
a("people on the estate recruiting 13 yr olds on bikes", "criminal_recruitment")
a("ppl get you to carry a bag and dont tell you whats in it", "criminal_recruitment")
a("being used. they make it seem like theyre your family then its work work work", "criminal_recruitment")
a("county lines", "criminal_recruitment")
a("older ones use the younger ones cos they get less time if theyre caught", "criminal_recruitment")
a("they threaten your family if you try and stop", "criminal_recruitment")
a("boys from my year going missing and coming back with new phones and clothes", "criminal_recruitment")
a("bein told to plug stuff. disgusting what they make kids do", "criminal_recruitment")
a("Getting groomed into dealing. It's grooming just like the sexual kind but people don't see it that way.", "criminal_recruitment")
a("the trap. once u owe money ur stuck", "criminal_recruitment")
a("someone offered me a lift and then asked if i wanted to earn some money, i said no and got out", "criminal_recruitment")
a("they look for kids with nothing at home and make them feel wanted", "criminal_recruitment")
a("my cousin was found in a flat two hours away, he'd been there a week", "criminal_recruitment")
a("gettin pressured by ur own mates to do runs", "criminal_recruitment")
a("you get handed a phone and you have to answer it whenever it rings, day or night", "criminal_recruitment")
a("The grooming. They buy you food, take you out in the car, then one day it's do me a favour.", "criminal_recruitment")
a("boys my age being asked to stash things in their house cos police wont check there", "criminal_recruitment")
a("people come up to you at the shop n just ask if you wanna make some p", "criminal_recruitment")
a("girls get used for it too, to carry stuff, cos they dont get stopped as much", "criminal_recruitment")
a("being drawn in by the respect then realising its a trap", "criminal_recruitment")
a("older lads gettin the wee ones tae dae their running aboot for them", "criminal_recruitment")
a("its not just drugs, kids are being made to move cash and nick stuff to order", "criminal_recruitment")
a("my mate who lives on his own got his flat taken over, they just moved in and started using it", "criminal_recruitment")
a("ppl wanting to be like the olders and getting sucked in", "criminal_recruitment")
a("they make you feel like a somebody, then you realise your just a worker", "criminal_recruitment")
a("getting a debt put on you for something you didnt even do", "criminal_recruitment")
a("kids from care homes being targeted, everyone knows it", "criminal_recruitment")
a("friends showing off their stacks and asking if you want in", "criminal_recruitment")
a("lots think the olders are their mates, they cant see theyre being used cos they feel part of something", "criminal_recruitment")
a("being asked to look after a package for a week, it's never just a week", "criminal_recruitment")
a("kids do runs cos they need the money, their families are skint", "criminal_recruitment", "money_opportunities")
a("they find you on snap, offer you cash to do a drop, all through DMs", "criminal_recruitment", "online_harms")
a("if you get caught running the police treat you like a criminal not a victim", "criminal_recruitment", "police_views")
a("once you're in you cant tell anyone or they'll come for your mum", "criminal_recruitment", "barriers_to_telling")
a("they hang round outside the youth centre waiting for the kids that come out on their own", "criminal_recruitment", "youth_activities")

# ---------------------------------------------------------- sexual_exploitation
a("older men in cars outside the school trying to chat to girls", "sexual_exploitation")
a("girls getting given vodka and weed at parties by lads in their 20s", "sexual_exploitation")
a("a boyfriend whos way older and buys you everything, then expects stuff back", "sexual_exploitation")
a("getting catcalled walking to school in my uniform", "sexual_exploitation")
a("men beeping their horns at me and my friends, we're 13", "sexual_exploitation")
a("being passed round to his mates. it happened to a girl i know", "sexual_exploitation")
a("Being made to feel special by someone older and then not being able to see it's wrong.", "sexual_exploitation")
a("takeaway shops giving girls free food and lifts home", "sexual_exploitation")
a("getting pressured into doing stuff with boys to fit in", "sexual_exploitation")
a("parties at flats where you dont know anyone and theres older men there", "sexual_exploitation")
a("my sisters ex used to control who she saw and what she wore and she was only 15", "sexual_exploitation")
a("Men who follow you. It happened to me twice this year.", "sexual_exploitation")
a("a taxi driver asked for my number when i was 14", "sexual_exploitation")
a("boys too, older men go for boys as well, people forget that", "sexual_exploitation")
a("being touched on nights out and no one does anything", "sexual_exploitation")
a("grooming. they start off nice then its something else", "sexual_exploitation")
a("older girls bringing younger girls along to parties for the men", "sexual_exploitation")
a("im scared of getting spiked", "sexual_exploitation")
a("lads saying stuff about your body when you walk past", "sexual_exploitation")
a("someone in his 20s going out with a year 9 and everyone thinks its fine", "sexual_exploitation")
a("they get you drunk so you cant say no", "sexual_exploitation")
a("when your made to do things in return for a place to stay", "sexual_exploitation")
a("hotels. girls getting taken to hotels", "sexual_exploitation")
a("guys at the bus station who offer to buy you things and ask how old you are", "sexual_exploitation")
a("being followed round the shop by a man twice my age, my mate had to pretend to be my sister", "sexual_exploitation")
a("ppl thinkin its a relationship when its really abuse", "sexual_exploitation")
a("aye theres a guy that gies lassies fags and drink at the shops, everybody kens aboot him", "sexual_exploitation")
a("upskirting on the stairs at school", "sexual_exploitation")
a("being made to feel like you owe them cos they gave you somewhere to go when you ran away", "sexual_exploitation")
a("grown men at the skatepark who hang round way too long", "sexual_exploitation")
a("girls from the care home being picked up by men in cars", "sexual_exploitation")
a("a man at the shopping centre offered me a modelling job and it was clearly dodgy", "sexual_exploitation")
a("lads in cars pulling up asking if we want a lift", "sexual_exploitation")
a("He was 24 and I was 15 and I genuinely thought he loved me.", "sexual_exploitation")
a("Older guys at parties giving girls drinks, and the girls don't say anything after because they think they'll get the blame", "sexual_exploitation", "barriers_to_telling")
a("its the walk home from the station, men shout stuff out of cars and theres no lights either", "sexual_exploitation", "unsafe_places")
a("nobody teaches you what a healthy relationship looks like so you dont realise when its grooming", "sexual_exploitation", "education_awareness")
a("girls who are broke get bought things and dont realise what it's gonna cost them", "sexual_exploitation", "money_opportunities")

# ----------------------------------------------------------------- online_harms
a("randoms adding you on snap", "online_harms")
a("people asking for pics", "online_harms")
a("fake accounts pretending to be someone your age", "online_harms")
a("my mate sent a pic to a boy and it went round the whole school in a day", "online_harms")
a("getting blackmailed online, they say theyll send your pics to your family if you dont pay", "online_harms")
a("snap map showing where you are 24/7", "online_harms")
a("people in game chats asking how old you are and where you live", "online_harms")
a("Online. Honestly online is way scarier than anywhere near my house.", "online_harms")
a("group chats where people get added just to get slated", "online_harms")
a("being exposed on insta pages", "online_harms")
a("tiktok making gang stuff look cool", "online_harms")
a("discord servers, theres some weird grown men on there", "online_harms")
a("accounts getting hacked and used to scam all your friends", "online_harms")
a("people lying about who they are", "online_harms")
a("Cyberbullying. You can't escape it, it follows you home.", "online_harms")
a("strangers sliding into DMs with compliments then asking weird questions", "online_harms")
a("videos of fights getting posted to shame people", "online_harms")
a("AI fake nudes of girls in our year going round", "online_harms")
a("my little cousin is 10 and talks to people on games she doesnt know", "online_harms")
a("getting sent stuff you didnt ask for, like pics of guys", "online_harms")
a("people posting your location on their story without asking", "online_harms")
a("being added to group chats with hundreds of people you dont know sharing dodgy videos", "online_harms")
a("online grooming, they pretend to be your friend for weeks", "online_harms")
a("When I played online a guy kept messaging me on different apps even after I blocked him.", "online_harms")
a("hackers n catfish", "online_harms")
a("i get msgs off accounts with no pfp every week", "online_harms")
a("people screenshotting your private stuff and sharing it", "online_harms")
a("the internet is where it all starts now, not the streets", "online_harms")
a("fake job adverts on social media aimed at 16 year olds", "online_harms")
a("seeing stuff online you cant unsee", "online_harms")
a("being asked to go on video call by someone you met in a game", "online_harms")
a("sextortion is mad common with boys now, they pretend to be a girl", "online_harms")
a("ma wee sister's on her phone till 2am talkin tae folk she's never met", "online_harms")
a("people making burner accounts just to send hate", "online_harms")
a("Social media. Full stop.", "online_harms")
a("men add you on insta and then want to meet up, they say theyre 17 but theyre not", "online_harms", "sexual_exploitation")
a("if you get scammed or someone has your pics you cant tell your parents cos they'll take your phone off you", "online_harms", "barriers_to_telling")
a("I reported a fake account pretending to be me and the police said there was nothing they could do", "online_harms", "police_views")
a("people post pics with stacks of cash and designer stuff and make it look easy", "online_harms", "money_opportunities")
a("girls getting told onlyfans type stuff is easy money", "online_harms", "money_opportunities")

# ----------------------------------------------------------------- police_views
a("police dont care about people like us", "police_views")
a("stop and search for no reason. been stopped 4 times this year", "police_views")
a("they only come when its too late", "police_views")
a("feds are racist simple", "police_views")
a("I've had good experiences with the PCSO who comes into school, she's actually alright", "police_views")
a("called them when someone was trying to get in our house and they came 3 hours later", "police_views")
a("they treat you like a criminal before youve even opened your mouth", "police_views")
a("police are fine, theyre just understaffed", "police_views")
a("the polis are a joke roond here, they never get oot the car", "police_views")
a("would be good if they actually got to know us instead of just turning up when somethings happened", "police_views")
a("they laugh at you", "police_views")
a("police are alright if you're white and middle class", "police_views")
a("more police walking round would help, not just driving past", "police_views")
a("they took my friends statement and never rang her back", "police_views")
a("I don't trust them. I've seen how they talk to my brother.", "police_views")
a("some of them are sound, some of them are on a power trip", "police_views")
a("they stereotype you because of what you wear, hoodie = criminal", "police_views")
a("police need to listen to young people instead of talking down to us", "police_views")
a("they strip searched a girl from my school, thats why noone trusts them", "police_views")
a("honestly the police did help my family when my dad was violent, they were kind", "police_views")
a("whats the point calling them", "police_views")
a("cops r useless", "police_views")
a("the police round here know exactly who's doing what and do nothing", "police_views")
a("My experience with the police was positive. They explained everything and made me feel safe.", "police_views")
a("they only care about the stats, not about us", "police_views")
a("The police should be from the community, not people who have never been here.", "police_views")
a("they harass the youth but never the adults who are the real problem", "police_views")
a("police = stress. simple as", "police_views")
a("didnae even take my statement right, spelled my name wrong and everything", "police_views")
a("they came to our school in a riot van for an assembly, like what message is that", "police_views")
a("I think the police are doing their best but they need more officers.", "police_views")
a("they chased my cousin on his bike till he crashed", "police_views")
a("police should be friendlier, play football with us or something like they used to", "police_views")
a("they always assume the black kid did it", "police_views")
a("the community officers are ok, the response ones are rude", "police_views")
a("12 stay pulling up on man for nothing", "police_views")
a("the bizzies just move you on, they dont ask if youre ok", "police_views")
a("police just search the young ones and never go after the older ones who are using them", "police_views", "criminal_recruitment")
a("the police didnt believe my friend about what he did cos she'd been drinking", "police_views", "sexual_exploitation")
a("I wouldnt ring the police, I'd ring my uncle before them", "police_views", "trusted_people")
a("the police came to our youth club and actually chatted to us, that was decent", "police_views", "youth_activities")

# ---------------------------------------------------------- barriers_to_telling
a("snitches get stitches", "barriers_to_telling")
a("you dont tell. thats just how it is", "barriers_to_telling")
a("scared no one would believe me", "barriers_to_telling")
a("they'd find out it was me", "barriers_to_telling")
a("I'd be worried I'd get in trouble too.", "barriers_to_telling")
a("if I tell my mum she'll go mad and make it worse", "barriers_to_telling")
a("embarrassed. its not something you wanna admit", "barriers_to_telling")
a("teachers have to pass it on so it goes everywhere", "barriers_to_telling")
a("people would think im grassing", "barriers_to_telling")
a("I told someone once and they didn't do anything so why would I again", "barriers_to_telling")
a("you dont want social services in your house", "barriers_to_telling")
a("cant tell anyone cos then ur known as a grass and thats worse than whatever happened", "barriers_to_telling")
a("boys dont talk about this stuff, you'd look weak", "barriers_to_telling")
a("I wouldnt know how to even start saying it", "barriers_to_telling")
a("worried theyll take me away from my family", "barriers_to_telling")
a("ma da would kill me if he found oot", "barriers_to_telling")
a("what if they tell my parents", "barriers_to_telling")
a("nobody. you keep it to yourself", "barriers_to_telling")
a("you might put your whole family at risk", "barriers_to_telling")
a("they make you feel like its your fault", "barriers_to_telling")
a("I wouldnt want to be the reason someone got arrested", "barriers_to_telling")
a("Its shameful in my culture to talk about this stuff, my family would disown me", "barriers_to_telling")
a("they'll say i was asking for it", "barriers_to_telling")
a("in my area if u talk u get dealt with", "barriers_to_telling")
a("I'd be scared they'd tell my school", "barriers_to_telling")
a("adults overreact", "barriers_to_telling")
a("no one cos everyone gossips", "barriers_to_telling")
a("it would just cause drama", "barriers_to_telling")
a("you dont wanna be labelled", "barriers_to_telling")
a("depends whether I think they'll judge me", "barriers_to_telling")
a("I've got a record so nobody would take my side", "barriers_to_telling")
a("my family is scared of anyone official because of our immigration status", "barriers_to_telling")
a("you stay quiet cos you love them, even if they're hurting you", "barriers_to_telling")
a("once you tell an adult you lose control of what happens next", "barriers_to_telling")
a("keep ur mouth shut, thats rule number one", "barriers_to_telling")
a("I'm scared it would get back to them", "barriers_to_telling")
a("if you talk to the police everyone finds out and you get called a snitch", "barriers_to_telling", "police_views")
a("you see someone get jumped and you cant say nothing or youre next", "barriers_to_telling", "violence_weapons")
a("no one would believe me over him, hes got money and a nice car and im just a kid from the flats", "barriers_to_telling", "sexual_exploitation")

# --------------------------------------------------------------- trusted_people
a("my mum", "trusted_people")
a("my nan, she never judges", "trusted_people")
a("my older sister", "trusted_people")
a("my best friend, we tell each other everything", "trusted_people")
a("my form tutor shes safe", "trusted_people")
a("my football coach", "trusted_people")
a("the youth worker at the club, hes been through it himself", "trusted_people")
a("my dad probably", "trusted_people")
a("my aunty cos shes young and gets it", "trusted_people")
a("Someone who actually listens and doesn't just tell me what to do.", "trusted_people")
a("me mam", "trusted_people")
a("ma maw or ma big cousin", "trusted_people")
a("prob my girlfriend first", "trusted_people")
a("my head of year, hes sound", "trusted_people")
a("my step dad actually, we're close", "trusted_people")
a("someone at my mosque", "trusted_people")
a("my pastor at church", "trusted_people")
a("my brother, he'd sort it", "trusted_people")
a("my mates first then maybe my mum", "trusted_people")
a("my key worker at the home", "trusted_people")
a("the dinner lady honestly, shes the only one who asks if im ok", "trusted_people")
a("my foster carer", "trusted_people")
a("depends what it is. if its serious my mum, if its small my friends", "trusted_people")
a("A teacher I trust, not just any teacher.", "trusted_people")
a("my grandad", "trusted_people")
a("me boyfriends mum, shes like a second mum to me", "trusted_people")
a("my manager at work, she's really understanding", "trusted_people")
a("the TA in my maths class", "trusted_people")
a("someone older who's been through the same thing", "trusted_people")
a("my dog lol. nah my cousin", "trusted_people")
a("my mentor from the boxing gym", "trusted_people")
a("anyone who doesnt judge and keeps it between us", "trusted_people")
a("ma pals, always", "trusted_people")
a("my mum and dad, they're strict but they'd have my back", "trusted_people")
a("my bro's girlfriend, she's easier to talk to than my parents", "trusted_people")
a("my best mate but only if she promised not to tell anyone else", "trusted_people", "barriers_to_telling")
a("my mum, as long as it wasnt something id get told off for", "trusted_people", "barriers_to_telling")
a("my teacher, but we need teachers who actually have time to talk not just teach", "trusted_people", "support_services")
a("the youth worker at the club cos the club's the only place I actually go", "trusted_people", "youth_activities")

# ------------------------------------------------------------- youth_activities
a("more youth clubs", "youth_activities")
a("somewhere to go that isnt the street", "youth_activities")
a("theres literally nothing to do round here", "youth_activities")
a("free football at night in the summer", "youth_activities")
a("they shut our youth centre and now everyone just hangs at the shop", "youth_activities")
a("a place to chill thats warm and safe and doesnt cost money", "youth_activities")
a("boxing, music studios, stuff people actually want to do", "youth_activities")
a("bring back the youth club, it was the best thing about where I live", "youth_activities")
a("more things for girls to do not just football", "youth_activities")
a("trips away, getting out of the area for a bit", "youth_activities")
a("dance classes that are free", "youth_activities")
a("a skatepark that actually has lights and people around", "youth_activities")
a("somewhere open late on fridays and saturdays cos thats when stuff kicks off", "youth_activities")
a("boredom is the main thing, when ur bored u do stupid stuff", "youth_activities")
a("a proper youth centre with pool tables and a kitchen", "youth_activities")
a("more clubs in the holidays", "youth_activities")
a("Activities like cooking, gaming and art. Not everyone is into sport.", "youth_activities")
a("somewhere for over 16s, everything stops at 16", "youth_activities")
a("the village hall could do a youth night, its empty most of the week", "youth_activities")
a("a place where the olders cant take over", "youth_activities")
a("sports teams for people who arent good at sports lol", "youth_activities")
a("open the school fields after hours", "youth_activities")
a("there used to be a youth bus that came round the estates, that was mint", "youth_activities")
a("need summat to do, simple", "youth_activities")
a("something to do in the evening that isnt hanging round the chicken shop", "youth_activities")
a("more stuff up the valleys, everything's down in the city", "youth_activities")
a("outdoor stuff like camping and climbing", "youth_activities")
a("a music studio so people can make tunes instead of beef", "youth_activities")
a("places to go where you dont have to buy something to sit there", "youth_activities")
a("drama club, it saved me honestly", "youth_activities")
a("a youth group for LGBT young people, theres nothing like that round here", "youth_activities")
a("the one club we have shuts at 8 and its closed weekends", "youth_activities")
a("fishing club lol, anything that gets you out the house", "youth_activities")
a("naewhere tae go so we just walk aboot in the rain", "youth_activities")
a("More youth provision in the evenings, particularly in rural areas where transport is limited.", "youth_activities")
a("more boxing gyms and football would keep lads off the streets and stop all the stabbings", "youth_activities", "violence_weapons")
a("the leisure centre is like 6 quid a go, nobody round here can afford that", "youth_activities", "money_opportunities")
a("youth clubs where theres someone to talk to if stuffs going on at home", "youth_activities", "support_services")
a("a safe place to go after school so the older ones cant get to the younger kids", "youth_activities", "criminal_recruitment")

# ------------------------------------------------------------- support_services
a("mental health support that doesnt have a 2 year waiting list", "support_services")
a("a counsellor in every school", "support_services")
a("camhs is a joke, they discharged me after one appointment", "support_services")
a("social workers change every 5 minutes so you never get to know them", "support_services")
a("youth workers out on the streets where young people actually are", "support_services")
a("someone to talk to who isnt a teacher", "support_services")
a("a helpline you can text not call", "support_services")
a("more support for kids in care, we get passed around", "support_services")
a("services that actually turn up when they say they will", "support_services")
a("Drop-in places where you don't need an appointment.", "support_services")
a("my social worker is sound tbh, she actually listens", "support_services")
a("support after 18, it just stops dead", "support_services")
a("people who have been through it working with young people", "support_services")
a("a counsellor that speaks my language", "support_services")
a("the school nurse was helpful when I needed it", "support_services")
a("therapy. actual therapy, not a worksheet", "support_services")
a("services dont know what theyre doing, they read off a script", "support_services")
a("more funding for stuff that already works instead of new schemes every year", "support_services")
a("someone who checks in on you, not just once", "support_services")
a("when I went missing nobody asked why when I came back, just filled in a form", "support_services")
a("I dont even know what services there are", "support_services")
a("a mentor", "support_services")
a("help for the whole family not just the young person", "support_services")
a("outreach workers in town at night", "support_services")
a("a safe place to stay if you cant go home", "support_services")
a("Support that doesn't judge you for what you've done.", "support_services")
a("pastoral team at school are good, they helped me loads", "support_services")
a("the GP just gave me tablets and sent me away", "support_services")
a("services need to work together, ive told my story like ten times", "support_services")
a("advocates who are on your side not the systems", "support_services")
a("i got help from a charity and it was the first time anyone actually listened", "support_services")
a("help in Welsh, its easier for me to explain stuff in Welsh", "support_services")
a("counselling for boys, nobody thinks boys need it", "support_services")
a("wee bit mair help fae the social, they never come back tae ye", "support_services")
a("i'd ring a helpline cos its anonymous and nobody i know would find out", "support_services", "barriers_to_telling")
a("i wanted to see the school counsellor but everyone sees you go in the room so i didnt", "support_services", "barriers_to_telling")
a("youth workers who know about county lines and can spot when someones being used", "support_services", "criminal_recruitment")
a("social workers should be trained on what online grooming looks like now, theyre years behind", "support_services", "online_harms")

# ---------------------------------------------------------- education_awareness
a("teach us about grooming properly in school", "education_awareness")
a("assemblies from people whove actually been through it, not a powerpoint", "education_awareness")
a("learning the signs so you can spot it with your friends", "education_awareness")
a("educate parents, they have no clue what goes on", "education_awareness")
a("PSHE is a joke, nobody takes it seriously", "education_awareness")
a("real stories. thats what would hit home", "education_awareness")
a("teachers need training on this too", "education_awareness")
a("workshops in year 7 not year 11 when its too late", "education_awareness")
a("tell us where to go for help, not just dont do it", "education_awareness")
a("make it less cringe", "education_awareness")
a("lessons about consent that are actually useful", "education_awareness")
a("more awareness in general", "education_awareness")
a("Teach kids what exploitation actually looks like. It's not always scary men, it can be your mates.", "education_awareness")
a("a video made by young people for young people", "education_awareness")
a("posters in the toilets with numbers you can text", "education_awareness")
a("let older students talk to the younger ones about it", "education_awareness")
a("talks in primary school cos thats when it starts now", "education_awareness")
a("drama performances about it were good, it made it feel real", "education_awareness")
a("They need to stop trying to scare us and just be honest.", "education_awareness")
a("explaining that you're still a victim even if you said yes at first", "education_awareness")
a("awareness campaigns on tiktok where young people actually are", "education_awareness")
a("make it part of lessons every year not a one off", "education_awareness")
a("teach boys about respecting girls", "education_awareness")
a("workshops for parents in different languages", "education_awareness")
a("more info on what happens to you legally if you get caught carrying", "education_awareness")
a("talk to us about it like we're adults, not babies", "education_awareness")
a("sessions in youth clubs not just school cos the ones at risk arent in school", "education_awareness")
a("people knowing how to report stuff anonymously", "education_awareness")
a("leaflets are pointless, nobody reads them", "education_awareness")
a("wish someone had explained it all to me when i was 12", "education_awareness")
a("ye learn mair aboot it fae yer pals than fae the school", "education_awareness")
a("schools should explain how county lines works cos half the kids dont even know theyre being groomed", "education_awareness", "criminal_recruitment")
a("I didnt know what county lines was until I was 16 and by then my mate was already in it", "education_awareness", "criminal_recruitment")
a("schools teach online safety like we're 5, they need to talk about real stuff like sextortion", "education_awareness", "online_harms")
a("learn how to lock down your accounts and spot fake profiles", "education_awareness", "online_harms")
a("teach us our rights when the police stop us", "education_awareness", "police_views")
a("first aid for stab wounds, seriously, people die waiting for the ambulance", "education_awareness", "violence_weapons")

# ---------------------------------------------------------- money_opportunities
a("no jobs for young people", "money_opportunities")
a("money. everything comes back to money", "money_opportunities")
a("apprenticeships that pay properly", "money_opportunities")
a("people sell cos theyve got no other way to get money", "money_opportunities")
a("my mum works two jobs and we still struggle", "money_opportunities")
a("if there were proper part time jobs nobody would need to do dodgy stuff", "money_opportunities")
a("wanting designer stuff cos everyone else has it", "money_opportunities")
a("the cost of living, everyones skint", "money_opportunities")
a("real opportunities not just stay in school", "money_opportunities")
a("nobody will hire you at 15", "money_opportunities")
a("fast money looks good when you've got nothing", "money_opportunities")
a("give young people paid work experience", "money_opportunities")
a("when your family cant afford food you do what you gotta do", "money_opportunities")
a("employers look at your postcode and bin your application", "money_opportunities")
a("poverty is the root of it all", "money_opportunities")
a("theres no future round here so why not", "money_opportunities")
a("need more money put into the area, everythings falling apart", "money_opportunities")
a("help getting a CV together and getting ready for interviews", "money_opportunities")
a("people see the dealers with nice cars and think thats the only way out", "money_opportunities")
a("free school meals dont cover it", "money_opportunities")
a("I want to be able to earn my own money legally.", "money_opportunities")
a("the jobs that are going are zero hours and pay nothing", "money_opportunities")
a("college bursary is 30 quid a week, how are you meant to live on that", "money_opportunities")
a("people from businesses coming in and showing us there's other paths", "money_opportunities")
a("no money no options", "money_opportunities")
a("skint families, skint kids", "money_opportunities")
a("the pits closed before I was born and nothing replaced them, thats the problem round here", "money_opportunities")
a("grants for young people to start their own business", "money_opportunities")
a("saturday jobs dont exist anymore", "money_opportunities")
a("if you've got a record you cant get a job so you go back to it", "money_opportunities")
a("rent is so high my family moved 3 times this year", "money_opportunities")
a("invest in young people, not in luxury flats nobody round here can afford", "money_opportunities")
a("Economic deprivation means some young people see few legitimate routes to success.", "money_opportunities")
a("when your trainers are falling apart and someone offers you new ones you say yes", "money_opportunities", "criminal_recruitment")
a("bus fares are too expensive so people walk through the bad bits to save money", "money_opportunities", "unsafe_places")

# ------------------------------------------------- more voices, mixed themes
a("where i live theres a lane behind the houses with no lights and the older lot sit there smoking, cant walk past", "unsafe_places", "drugs_in_area")
a("the multi storey in town, echoey and empty, gives me the creeps", "unsafe_places")
a("tbh nowhere, my area is calm", "unsafe_places")
a("going home from my shift at 11 cos the walk from the tram stop is deserted", "unsafe_places")
a("ar the bus stop by the chip shop bab, always summat going off there", "unsafe_places")
a("I get anxious walking through the park on my own because there are so many hidden spots behind the trees and bushes.", "unsafe_places")
a("wallahi the block is mad at night, lifts broke, lights broke, everything broke", "unsafe_places")
a("the beach car park in summer is carnage, folk drinking and racing cars", "unsafe_places", "drugs_in_area")
a("walkin past the bookies and the offy, theres always someone waiting to start", "unsafe_places")
a("wallahi everyone's on edge since the stabbing by the mosque", "violence_weapons")
a("some lads from Dunmarrow robbed my mate with a knife for his ebike, in the day", "violence_weapons")
a("getting followed home by a group of boys wearing balaclavas", "violence_weapons", "unsafe_places")
a("My biggest fear is my little brother getting caught up in the fighting because he's at that age now.", "violence_weapons")
a("folk get a kickin for nae reason roond here", "violence_weapons")
a("if you're seen with the wrong people you become a target yourself", "violence_weapons")
a("people carry cos they dont trust the police to protect them", "violence_weapons", "police_views")
a("man are moving mad over likes and comments, then its knives", "violence_weapons", "online_harms")
a("the smell of skunk comin through our vents from next door, my little sister has asthma", "drugs_in_area")
a("seeing grown adults passed out in the bus station at 8am on my way to school", "drugs_in_area", "unsafe_places")
a("loads of ket and pills at the house parties, people act like its nothing", "drugs_in_area")
a("my mum's boyfriend deals from our house and i hate it", "drugs_in_area")
a("there's a car always parked by the shops and kids go up to the window", "drugs_in_area", "criminal_recruitment")
a("gettin paid in weed to hold stuff for them, thats how my mate started", "criminal_recruitment")
a("dey make it look like a come up but you're just a runner for someone else", "criminal_recruitment")
a("When I was in year 9 an older boy kept giving me lifts and money. I didn't realise what it was until I was already doing jobs for him.", "criminal_recruitment")
a("the ones who go missing from the children's home end up running, and the staff just log it and wait for them to come back", "criminal_recruitment", "support_services")
a("theyll use your address to post stuff to, you dont even know til the police knock", "criminal_recruitment")
a("lads gettin took to a different town and left in a flat with a phone n a bag", "criminal_recruitment")
a("older lads get the young ones to nick mopeds for them", "criminal_recruitment")
a("an old man in the flats invites girls round to drink, the police have been told loads of times and done nothing", "sexual_exploitation", "police_views")
a("boys send girls round to their older mates, its like a game to them", "sexual_exploitation")
a("being asked for sexual stuff to pay off a debt", "sexual_exploitation", "criminal_recruitment")
a("he gave me a phone and said it was a present, then he wanted to know where I was every minute", "sexual_exploitation")
a("blokes hollering out the van windows when im walking the dog", "sexual_exploitation")
a("lassies gettin drink bought fur them by guys wi cars, then they're expected tae go wi them", "sexual_exploitation")
a("I met a guy in a game and he knew my school by the end of the week, he'd worked it out from things I said", "online_harms")
a("ppl record you without asking and put it on their close friends to laugh", "online_harms")
a("someone made a fake insta of me and sent stuff to my friends pretending to be me", "online_harms")
a("my snapchat got leaked on a page and i didnt go school for a week", "online_harms", "barriers_to_telling")
a("people online pay boys to open bank accounts and move money through them", "online_harms", "criminal_recruitment")
a("the algorithm just feeds you knife videos once you watch one", "online_harms", "violence_weapons")
a("police need to stop treating every group of lads as a gang", "police_views")
a("police should come to the youth club and talk, not just turn up with sirens", "police_views")
a("I was stopped and searched on my way to school in front of everyone. I was 14. I'll never forget it.", "police_views")
a("the heddlu are alright in our village to be fair, we know them by name", "police_views")
a("polis never believe the young ones, only the adults", "police_views", "barriers_to_telling")
a("when my mate went missing the police said he'd turn up, turned out he'd been sent up country to sell", "police_views", "criminal_recruitment")
a("teachers just ring home and make it ten times worse", "barriers_to_telling")
a("scared that if I said something theyd put me in care", "barriers_to_telling")
a("people say tell someone but then nothing happens and you look like a grass for nothing", "barriers_to_telling")
a("dont wanna be the one who breaks up the family", "barriers_to_telling")
a("you cant tell your parents you were somewhere you wasnt meant to be", "barriers_to_telling")
a("my youth worker, she always believes me", "trusted_people")
a("my older cousin cos hes been through it and came out the other side", "trusted_people")
a("my mam, she's been through worse and shes never once judged me", "trusted_people")
a("a friend's mum who is a nurse, she always knows what to do", "trusted_people")
a("me nana, always", "trusted_people")
a("a teacher who I know wouldn't tell everyone straight away", "trusted_people", "barriers_to_telling")
a("the guy who runs the boxing club, hes like a dad to half the estate", "trusted_people", "youth_activities")
a("I wouldn't tell anyone in real life. I'd post on an anonymous forum and ask what to do.", "barriers_to_telling", "online_harms")
a("a warm place to go in winter that isnt the library cos they kick you out", "youth_activities")
a("more football pitches that arent locked", "youth_activities")
a("a youth centre thats open when schools shut, late nights and holidays", "youth_activities")
a("gaming nights at the community centre would get loads of people off the streets", "youth_activities")
a("things to do that dont need a lift from your parents", "youth_activities")
a("somewhere for young people who have left school and arent working", "youth_activities", "money_opportunities")
a("more CAMHS workers so you dont wait a year", "support_services")
a("a mentor who sticks around longer than six weeks", "support_services")
a("drop in sessions at college where you can talk about stuff without it going on your record", "support_services", "barriers_to_telling")
a("the help only comes once something really bad has happened, not before", "support_services")
a("support for parents whose kids are being pulled in, my mum didnt know who to ring", "support_services", "criminal_recruitment")
a("lessons on how to say no to mates without losing them", "education_awareness")
a("people who came out of gangs coming in to talk, that hit different", "education_awareness", "violence_weapons")
a("teach us about spiking and what to do if it happens to your mate", "education_awareness", "sexual_exploitation")
a("more awareness about what cuckooing is, my nan didnt know it was a thing", "education_awareness", "criminal_recruitment")
a("parents need classes on apps, they dont even know what snapchat does", "education_awareness", "online_harms")
a("proper jobs for school leavers not just warehouses and call centres", "money_opportunities")
a("its about money, if your mum can't pay the electric you'll do anything", "money_opportunities", "criminal_recruitment")
a("young people round here have nothing, no money no jobs no bus fare, so the dealers look like the only ones with a life", "money_opportunities", "drugs_in_area")
a("pay us to do youth work, plenty of us would be good at it", "money_opportunities", "youth_activities")
a("aye the wages are pure rubbish for under 18s, its no worth it", "money_opportunities")



# ==================================================================== checks
def main():
    with open(os.path.join(HERE, "themes.json"), encoding="utf-8") as f:
        themes = json.load(f)
    keys = [t["key"] for t in themes]
    errors = []
    if not 12 <= len(keys) <= 14:
        errors.append("need 12-14 themes, have %d" % len(keys))
    if len(set(keys)) != len(keys):
        errors.append("duplicate theme keys")
    valid = set(keys)

    seen = set()
    for text, ks in ANSWERS:
        if not text.strip():
            errors.append("empty text")
        norm = " ".join(text.split()).lower()
        if norm in seen:
            errors.append("duplicate text: %r" % text)
        seen.add(norm)
        if not 1 <= len(ks) <= 2:
            errors.append("need 1 or 2 keys: %r" % text)
        if len(set(ks)) != len(ks):
            errors.append("repeated key: %r" % text)
        for k in ks:
            if k not in valid:
                errors.append("unknown key %r in %r" % (k, text))

    n = len(ANSWERS)
    if n < 500:
        errors.append("need at least 500 answers, have %d" % n)
    per = Counter(k for _, ks in ANSWERS for k in ks)
    main_per = Counter(ks[0] for _, ks in ANSWERS)
    for k in keys:
        if per[k] < 30:
            errors.append("theme %s has only %d answers" % (k, per[k]))
    two = sum(1 for _, ks in ANSWERS if len(ks) == 2)
    share = two / n if n else 0.0
    if not 0.12 <= share <= 0.18:
        errors.append("two-theme share %.3f outside 0.12-0.18" % share)

    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        sys.exit(1)

    rows = list(ANSWERS)
    random.Random(20261220).shuffle(rows)
    out = os.path.join(HERE, "set_q.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ks) in enumerate(rows, 1):
            obj = {"id": "q%04d" % i, "text": text, "themes": list(ks)}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    labels = {t["key"]: t["label"] for t in themes}
    table = ["| key | label | answers (any position) | as main theme | as second theme |",
             "|---|---|---|---|---|"]
    for k in keys:
        table.append("| `%s` | %s | %d | %d | %d |" % (
            k, labels[k], per[k], main_per[k], per[k] - main_per[k]))

    readme = README_TEMPLATE.format(
        n=n, two=two, share=100.0 * share, single=n - two,
        nthemes=len(keys), table="\n".join(table))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)

    print("answers:", n)
    print("two-theme answers: %d (%.1f%%)" % (two, 100.0 * share))
    for k in keys:
        print("  %-22s %3d  (main %d)" % (k, per[k], main_per[k]))
    print("ALL CHECKS PASSED; wrote set_q.jsonl and README.md")


README_TEMPLATE = """# themes_q: hand-labelled evaluation set for theme suggestion

## Who wrote it
Written by an independent helper session that saw only its own folder
(`/work/sets/themes_q/`). It read no other file on the machine, no repository,
no search tool and no web page, and ran no NLP or machine-learning tool. Only
the Python 3 standard library was used.

Date: 2026-12-06.

## What it is
{n} short free-text answers, in the voice of young people aged 11-25, to the
kind of open questions a UK partnership against child exploitation might ask
(\"What makes you feel unsafe where you live?\", \"What would help young people
stay safe?\", \"What do you think of the police and other services?\", \"Who would
you tell if something was wrong?\"). Each answer carries one or two theme keys
from the {nthemes}-theme codebook in `themes.json`.

Files:
- `themes.json` - the codebook: `key`, `label`, `description`.
- `build.py` - every answer typed by hand, one `a(text, key, ...)` call per
  answer, plus the checks and the writer.
- `set_q.jsonl` - the set, one JSON object per line: `id`, `text`, `themes`.
- `README.md` - this file (counts filled in by `build.py`).

## How it was built
The codebook was drafted first. Answers were then written one by one by hand,
theme by theme, followed by a mixed batch: slang, text-speak, misspellings and
missing punctuation, London multicultural, Manchester, Birmingham, Welsh,
Scottish and other regional voices, a minority in standard English, very short
and longer answers. The same idea is deliberately expressed with different
wording so that a theme's answers share meaning rather than vocabulary. No
templates, generators or substitution loops were used. No real people's names
appear; place names are invented.

`build.py` checks that all keys are valid, texts are unique (case and
whitespace insensitive), there are at least 500 answers, every theme has at
least 30 answers, and 12-18 % of answers carry two themes. It then shuffles
with `random.Random(20261220)`, assigns ids `q0001`, `q0002`, ... in shuffled
order and writes `set_q.jsonl` (UTF-8, `ensure_ascii=False`).

## Coding policy
- Each answer gets one theme, or two when it makes a second distinct and
  substantive point; never more than two. The main theme comes first.
- Code what the answer says, not what might lie behind it. A bare mention of a
  place is `unsafe_places`; a place plus what happens there gets the second
  theme only when both parts carry weight.
- Answers to a safety question that say nowhere feels unsafe are still coded
  `unsafe_places` (they speak to that theme).
- Answers naming who they would tell are `trusted_people`; \"nobody\" or
  conditions and fears about telling are `barriers_to_telling` (as second theme
  when a person is also named).
- Grooming that happens through phones, apps or games is `online_harms`;
  in-person sexual grooming or harassment is `sexual_exploitation`; being used
  to move drugs, money or goods is `criminal_recruitment`, wherever it happens.
- Wishes about services are coded to the service theme they concern (police,
  support services, youth activities, education).

## Close pairs (a careful coder separates them)
1. `drugs_in_area` vs `criminal_recruitment`: seeing drugs, dealing and users
   around you is `drugs_in_area`; a young person being asked, pressured,
   indebted or forced to hold, carry or sell is `criminal_recruitment`.
2. `police_views` vs `barriers_to_telling`: how the police behave and are
   experienced (trust, stop and search, response, attitude) is `police_views`;
   reasons for not telling anyone at all (snitching, retaliation, shame, not
   being believed, losing control) is `barriers_to_telling`.
3. `youth_activities` vs `support_services`: places to go and things to do is
   `youth_activities`; professional help with problems (counselling, social
   workers, outreach, helplines, mentors) is `support_services`.

Also near each other, though less close: `sexual_exploitation` vs
`online_harms`, and `trusted_people` vs `barriers_to_telling`.

## Counts
Answers: {n}. Single-theme: {single}. Two-theme: {two} ({share:.1f} %).

{table}
"""


if __name__ == "__main__":
    main()
