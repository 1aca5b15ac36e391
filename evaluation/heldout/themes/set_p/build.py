#!/usr/bin/env python3
"""Hand-written evaluation set for theme suggestion on young people's
survey answers about safety and child exploitation (set P).

Every answer below was typed by hand, one call per answer. No templates,
generators or substitution loops are used. Place names are invented.
Python 3 standard library only.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []


def A(text, *keys):
    ITEMS.append((text, list(keys)))


# ---------------------------------------------------------------- unsafe_places
A("the underpass by the big tesco is proper dodgy after dark, not one light working", "unsafe_places")
A("walkin home from the bus stop at nite. street lights on our road been broke for months n no one fixes them", "unsafe_places")
A("Ashbrook park once it gets dark. Nobody in there except the people you don't want to bump into", "unsafe_places")
A("the alleyway behind the chippy man, everyone knows not to cut thru there", "unsafe_places")
A("Train stations, especially the little ones where there's no staff after seven.", "unsafe_places")
A("i hate the stairwells in our block they stink of piss and theres always someone sat on the steps", "unsafe_places")
A("The canal towpath. It's isolated, overgrown, and there's no CCTV along most of it.", "unsafe_places")
A("aye the back of the scheme by the lock ups, its pure pitch black and naebody goes there unless theyre up tae something", "unsafe_places")
A("the ginnel between ours and the main road, me mam wont let me use it after tea", "unsafe_places")
A("honestly the whole high street after like 9, shutters down and its dead. feels like a film", "unsafe_places")
A("bus station innit. always randoms loitering", "unsafe_places")
A("better lighting would help so much tbh", "unsafe_places")
A("the rec by my school theres smashed glass everywhere and sometimes needles in the grass, little kids play there", "unsafe_places")
A("When it's winter and it gets dark at four I feel a lot less safe walking back from college.", "unsafe_places")
A("car park behind the leisure centre. my friend got followed across it by a man in a van", "unsafe_places")
A("lifts never work in the flats so you gotta take the stairs and theyre grim, no lights on half the landings", "unsafe_places")
A("the fields by the railway, if something happened to you there nobody would see or hear", "unsafe_places")
A("its tidy round by ours in the day like but down by the river at night is a different story mun", "unsafe_places")
A("Empty shops and boarded-up houses on my street make it feel abandoned, like nobody cares what happens there.", "unsafe_places")
A("cut the bushes back in Fernhollow park so u can actually see whos in there", "unsafe_places")
A("where the 42 drops you on crowley rd there's no houses just a long dark stretch you have to walk", "unsafe_places")
A("petrol station late at night", "unsafe_places")
A("Our estate don't feel safe. Full stop.", "unsafe_places")
A("more cameras that actually work, not them dummy ones they stuck up", "unsafe_places")
A("the woods at the back of school, ppl go there to do stuff they shouldnt", "unsafe_places")
A("The footbridge over the dual carriageway. It's narrow and if someone is coming the other way you can't get past or get away.", "unsafe_places")
A("being on my own in town after dark", "unsafe_places")
A("the subway by the ring road is grim bab, i leg it through every time", "unsafe_places")
A("skatepark is calm in the day but when it gets late its like a totally different place", "unsafe_places")
A("the tram stop at the end of the line is dead sketchy, no one about", "unsafe_places")
A("i feel fine on my road but the next one over is a no go", "unsafe_places")
A("that old mill they never knocked down, kids go in and its literally falling apart", "unsafe_places")
A("streets with nobody on them", "unsafe_places")
A("see the close in our building, the door doesnae lock so anybody can wander in and kip on the stairs", "unsafe_places")
A("If there were wardens or someone about on the precinct at night it wouldn't feel as scary", "unsafe_places")
A("takin the shortcut thru the cemetery. i know i shouldnt but its quicker innit", "unsafe_places")

# ---------------------------------------------------------------- gangs_violence
A("too many yutes walking round with shanks", "gangs_violence")
A("People getting stabbed. It's happened twice near my school this year.", "gangs_violence")
A("postcode ting. u cant go certain ends cos of where ur from", "gangs_violence")
A("gangs", "gangs_violence")
A("groups of older lads in balis on bikes ridin round", "gangs_violence")
A("my little brother got robbed for his phone and his coat by kids his own age", "gangs_violence")
A("fights every weekend outside the kebab shop, blood on the pavement sunday morning", "gangs_violence")
A("man cant even go to the barbers on the other side without watchin his back", "gangs_violence")
A("Knife crime is the biggest thing. Everyone knows somebody who's been affected by it.", "gangs_violence")
A("the opps been sliding round ours a lot recently", "gangs_violence")
A("aye the young team fae the other scheme come ower and start on anyone wearing the wrong colours", "gangs_violence")
A("people carry cos they think everyone else carries. its a circle and no one wants to be first to stop", "gangs_violence")
A("there was a shooting last summer two streets away. i still think about it when i hear a bang", "gangs_violence")
A("gettin jumped", "gangs_violence")
A("lads off the Crowmoor want beef wiv anyone from ours", "gangs_violence")
A("I'm scared of getting caught up in something that's got nothing to do with me, wrong place wrong time", "gangs_violence")
A("its mad how young the ones carrying blades are now like year 8s", "gangs_violence")
A("getting my creps taken off me again", "gangs_violence")
A("theres a group that hang about by the shop n if u look at them wrong ur done", "gangs_violence")
A("cars slow down next to you n someone shouts out the window and you dont know if theyre gonna get out", "gangs_violence")
A("violence innit. bare of it", "gangs_violence")
A("Retaliation. Somebody gets hurt, then there's a comeback, then another, and it never ends.", "gangs_violence")
A("my cousin was in a gang and hes doing time now, i dont want that life", "gangs_violence")
A("wee boys wi blades, its scary how normal its got", "gangs_violence")
A("wearing my uniform home is risky cos it shows what area your from and some people see that as a target", "gangs_violence")
A("the fighting starts at school and then it carries on at the park after", "gangs_violence")
A("someone pulled a knife on my mate for literally no reason", "gangs_violence")
A("you hear sirens every night and wonder who it is this time", "gangs_violence")
A("when it kicks off between the two families on our street", "gangs_violence")
A("bottles gettin lobbed, people squarin up, thats a normal friday", "gangs_violence")
A("Big groups of boys. Not all of them are bad but you don't know which ones are.", "gangs_violence")
A("mopeds going round snatching phones out peoples hands", "gangs_violence")
A("Weapons. Get them off the streets.", "gangs_violence")
A("being in a gang is like you never get to leave, you just get deeper", "gangs_violence")
A("ma pal got slashed outside the chippy, over nothing", "gangs_violence")
A("kids with zombie knives in their school bags, i have seen it", "gangs_violence")

# ---------------------------------------------------------------- drugs_county_lines
A("theres dealing on every corner of my road", "drugs_county_lines")
A("people asking you to hold a package for them", "drugs_county_lines")
A("The smell of weed everywhere, even outside the primary school gates.", "drugs_county_lines")
A("county lines is massive round here, kids from the city get sent to our town to shot", "drugs_county_lines")
A("my bredrin started going OT and now we never see him", "drugs_county_lines")
A("A flat on our landing is used by dealers, people coming and going at all hours.", "drugs_county_lines")
A("being told to run bits for an older man", "drugs_county_lines")
A("Kids as young as twelve are being used to carry drugs because they're less likely to get searched.", "drugs_county_lines")
A("the trap house on the corner, everyone knows but nothing happens", "drugs_county_lines")
A("nos canisters all over the floor and people off their heads", "drugs_county_lines")
A("u can get anything u want delivered quicker than a pizza lol", "drugs_county_lines")
A("they make the young ones hide it on them in places they know the police wont check", "drugs_county_lines")
A("ket is everywhere at the moment", "drugs_county_lines")
A("cuckooing. they took over my neighbours flat cos hes got learning difficulties", "drugs_county_lines")
A("people nodding off at the bus stop, you know what theyre on", "drugs_county_lines")
A("got offered a job to 'drop stuff off' by someone i never met", "drugs_county_lines")
A("aye the dealers in the scheme are no even hiding it anymare", "drugs_county_lines")
A("drugs. simple as.", "drugs_county_lines")
A("running lines up to the coast and back, missing school for days at a time", "drugs_county_lines")
A("It's the drugs that bring everything else with them", "drugs_county_lines")
A("users asking you for change outside the co-op, some of them get aggressive", "drugs_county_lines")
A("the lads who serve up outside the college gates", "drugs_county_lines")
A("spice heads in town centre, its grim to see", "drugs_county_lines")
A("young people being sent off to other towns to sell and sleeping in strangers houses", "drugs_county_lines")
A("they use my little brothers age group as runners now", "drugs_county_lines")
A("pills at parties that could be anything", "drugs_county_lines")
A("when they send you to a town youve never been and you dont even know how to get home", "drugs_county_lines")
A("i know someone who got caught with a bag that wasnt his and took the blame anyway", "drugs_county_lines")
A("u can see the deals happening from my bedroom window", "drugs_county_lines")
A("shotters on bikes doin drops round the estate all day", "drugs_county_lines")
A("people get you to keep stuff at your house cos no one would suspect your mum", "drugs_county_lines")
A("vapes with thc in, kids dont even know what theyre smoking", "drugs_county_lines")
A("Cars that pull up for a minute then drive off again, over and over.", "drugs_county_lines")
A("i was told to get a train to a place with a bag and someone would meet me at the other end", "drugs_county_lines")
A("its normal now to see kids selling, nobody even blinks", "drugs_county_lines")
A("the dealin. its constant", "drugs_county_lines")

# ---------------------------------------------------------------- online_harms
A("random men adding me on snap", "online_harms")
A("ppl askin for pics", "online_harms")
A("Fake accounts pretending to be someone your age.", "online_harms")
A("when someone screenshots ur stuff and sends it round the whole year", "online_harms")
A("boys sending nudes of girls in the group chats like its nothing", "online_harms")
A("getting messages on games from people you dont know", "online_harms")
A("my location was on snap map, i turned it off after someone turned up outside my house", "online_harms")
A("sextortion. boys getting told pay up or your pics go to all your followers", "online_harms")
A("insta dms from accounts with no posts and 3 followers", "online_harms")
A("somebody made a fake page of me and was messaging people pretending to be me", "online_harms")
A("Online is where most of it happens now to be honest.", "online_harms")
A("gettin added to group chats full of strangers", "online_harms")
A("hacked accounts sending dodgy links to all my mates", "online_harms")
A("they can work out what school you go to from your tiktoks", "online_harms")
A("men on roblox saying they're 13", "online_harms")
A("people leakin pics", "online_harms")
A("the comments on my videos get proper nasty and sexual and im 14", "online_harms")
A("catfish", "online_harms")
A("them apps where u can video chat randoms, thats where the weirdos are", "online_harms")
A("Weirdly, my phone is where I feel least safe.", "online_harms")
A("a guy on discord kept askin for my number and where i live", "online_harms")
A("cyberbullying that follows you home, theres no escape from it", "online_harms")
A("someone threatened to post my pics if i didnt send more", "online_harms")
A("see on snapchat any bam can add you by yer username an start chattin shite tae ye", "online_harms")
A("Video calls where they try and get you to do things on camera.", "online_harms")
A("i dont like how easy it is to be tracked thru ur phone", "online_harms")
A("rumours getting posted about you that arent even true", "online_harms")
A("random messages sayin hey gorgeous from grown men", "online_harms")
A("social media needs to actually ban the people who do this instead of letting them make a new account", "online_harms")
A("my little sister has her own phone at 9 and no one checks what's on it", "online_harms")
A("getting sent stuff u never asked to see", "online_harms")
A("the report button does nothing, i reported the same account 6 times", "online_harms")
A("people pretending to be modelling scouts online and asking for photos", "online_harms")
A("strangers in xbox party chats", "online_harms")
A("my whole life is on my phone so if someone gets in there they've got everything on you", "online_harms")
A("Deepfakes. Someone can put your face on anything now.", "online_harms")

# ---------------------------------------------------------------- grooming_tactics
A("older boys buying girls food and vapes then expecting something back", "grooming_tactics")
A("They make you feel special at first. Like you're the only one that matters.", "grooming_tactics")
A("somebody gives you a lift and then says you owe them", "grooming_tactics")
A("An older 'boyfriend' who slowly takes you away from your friends and family.", "grooming_tactics")
A("buying you garms and then you're in debt to them", "grooming_tactics")
A("they act like family, like they're looking out for you, but they're not", "grooming_tactics")
A("they set you up to get robbed then say you owe for what got took", "grooming_tactics")
A("free weed at first, then all of a sudden its not free anymore", "grooming_tactics")
A("men who hang round outside school in nice cars", "grooming_tactics")
A("taking u to parties with older people and giving u drink", "grooming_tactics")
A("love bombing then controlling who you talk to and where you go", "grooming_tactics")
A("They target the ones who are struggling at home.", "grooming_tactics")
A("they make you think it was your idea the whole time", "grooming_tactics")
A("telling you dont tell your mum she wouldnt understand what we have", "grooming_tactics")
A("a man at the takeaway gives free food to the girls from the high school", "grooming_tactics")
A("they pick out the kids who are a bit lonely", "grooming_tactics")
A("Paying your phone bill, topping up your credit, little things, so you start relying on them.", "grooming_tactics")
A("they show you the money, the clothes, the lifestyle, and then you're hooked", "grooming_tactics")
A("when a grown man says you're mature for your age thats your sign to run", "grooming_tactics")
A("being made to feel like you owe somebody", "grooming_tactics")
A("treatin you like an adult when ur not", "grooming_tactics")
A("my mate thought he was her boyfriend but he was 24 and he started passing her round his friends", "grooming_tactics")
A("giving you somewhere to stay when you've fell out with your family", "grooming_tactics")
A("theyre nice as anything until you try to leave", "grooming_tactics")
A("people who act like big brothers to the younger ones", "grooming_tactics")
A("being given a phone and you have to answer it whenever it rings", "grooming_tactics", "drugs_county_lines")
A("they get something on you, like a video of you doing something, then they own you", "grooming_tactics")
A("adults who wanna be mates with teenagers. red flag", "grooming_tactics")
A("older girls recruiting younger girls for 'parties'", "grooming_tactics")
A("buying you bevvies in the park and acting sound", "grooming_tactics")
A("aye they start aff being yer pal", "grooming_tactics")
A("Groomers notice when you're vulnerable, like after someone in your family dies, and they move in then.", "grooming_tactics")
A("gifts that come with strings attached", "grooming_tactics")
A("they make it look like a relationship so you dont see it", "grooming_tactics")
A("someone who keeps saying theyre the only one who understands you", "grooming_tactics")
A("they use affection like a weapon", "grooming_tactics")

# ---------------------------------------------------------------- police_relations
A("police dont care about people like us", "police_relations")
A("stop and search every week for nothing", "police_relations")
A("I don't trust the police at all.", "police_relations")
A("they take hours to turn up if they turn up at all", "police_relations")
A("feds treat us like criminals just for standing about", "police_relations")
A("police are racist. simple", "police_relations")
A("when i reported something they gave me a crime number and i never heard nothing again", "police_relations")
A("the polis just move ye on, they never ask if youse are awright", "police_relations")
A("More police walking about, not just driving past in cars", "police_relations")
A("A PCSO helped me once when I got lost in town and she was lovely.", "police_relations")
A("they talk down to you like your thick", "police_relations")
A("police only show up after something bad happened never before", "police_relations")
A("they search the black boys and let the others walk on by", "police_relations")
A("I'd like police who actually know the area and the people in it.", "police_relations")
A("my mum rang 999 and they came two days later", "police_relations")
A("feds? nah", "police_relations")
A("theyre meant to protect us but it dont feel like it", "police_relations")
A("the police came into school and it was alright actually, they were just normal people", "police_relations")
A("they nicked the wrong lad and he lost his place at college over it", "police_relations")
A("the way they cuffed my brother in front of the whole street was humiliating", "police_relations")
A("depends on the officer, some are sound and some are on a power trip", "police_relations")
A("Police should get to know young people before there's trouble, not only when there is.", "police_relations")
A("they laugh at you when you try and explain", "police_relations")
A("coppers are stretched that thin round here you never see one", "police_relations")
A("after what happened with my cousin i will never trust them again", "police_relations")
A("coppers round here are bent as", "police_relations")
A("when the boydem roll up everyone scatters even if they aint done nothing cos you know how it goes", "police_relations")
A("the police should be there to help but half the time they just make it worse", "police_relations")
A("police need proper training on how to talk to young people", "police_relations")
A("they searched me in front of my whole class on a school trip, so embarrassing", "police_relations")
A("The police were kind to me when I was a victim of crime and kept me updated all the way through.", "police_relations")
A("they say theyre on it and then silence", "police_relations")
A("seeing police makes me more nervous not less", "police_relations")
A("if the police were friendlier it would help", "police_relations")
A("they assumed i was involved just cos of who my friends are", "police_relations")
A("the one community officer we had was safe, then they moved him", "police_relations")

# ---------------------------------------------------------------- other_services
A("social workers keep changing, ive had 5 in two years", "other_services")
A("CAMHS waiting list is over a year. A YEAR.", "other_services")
A("school only cares about your uniform not if youre ok", "other_services")
A("Services don't listen to young people, they listen to our parents.", "other_services")
A("my social worker was actually really good, she always picked up", "other_services")
A("everyone asks the same questions then nothing happens", "other_services")
A("You tell one person and it gets passed round loads of professionals you've never met.", "other_services")
A("helplines are good but u wait ages to get thru", "other_services")
A("services only work 9 to 5 but stuff happens at night and weekends", "other_services")
A("youth offending were the first lot who actually helped me", "other_services")
A("doctors just hand you a leaflet and send you off", "other_services")
A("the school counsellor is only in on wednesdays", "other_services")
A("I had a worker who treated me like a person and not a case file. That made all the difference.", "other_services")
A("they closed my case when i turned 18 and i was left with nothing", "other_services")
A("they label you as difficult and then every new worker reads it in your file before they meet you", "other_services")
A("getting a house is impossible, weve been in temporary for 3 years", "other_services")
A("the nurses at A and E were well rude when i went in after getting hurt", "other_services")
A("every service has a different form and a different number", "other_services")
A("they say its youth led but nobody ever asks us nothing", "other_services")
A("Social services made things worse for my family.", "other_services")
A("teachers are too busy to notice anything", "other_services")
A("meetings about me without me in them", "other_services")
A("workers who dont judge you", "other_services")
A("the charities are miles better than the council ones", "other_services")
A("the mental health team said i wasnt bad enough to be seen", "other_services")
A("I'd like services to come to us instead of us having to go to an office across town.", "other_services")
A("my key worker left and nobody even told me", "other_services")
A("they promised support after i moved schools and i never got any", "other_services")
A("theyre overloaded, i get it, but it still hurts when they forget about you", "other_services")
A("safeguarding lady at my school was sound, took it dead serious", "other_services")
A("it took me getting arrested to get any help at all", "other_services")
A("the jargon some professionals use makes you feel thick", "other_services")
A("services should have staff who look like us and talk like us", "other_services")
A("school nurse is useful if you can actually find her", "other_services")
A("the council just sends letters, nobody ever actually comes round", "other_services")
A("the woman from the family support team was tidy, she sorted my mam out with loads", "other_services")

# ---------------------------------------------------------------- trusted_people
A("my mum", "trusted_people")
A("me nan, her dont judge ya", "trusted_people")
A("my big sis", "trusted_people")
A("my youth worker, shes the only adult who gets it", "trusted_people")
A("my best friend and that's it", "trusted_people")
A("Probably my form tutor.", "trusted_people")
A("someone whos been through it themselves", "trusted_people")
A("my football coach", "trusted_people")
A("my auntie cos i cant tell my mum", "trusted_people")
A("An adult who won't overreact.", "trusted_people")
A("someone at my mosque", "trusted_people")
A("my girlfriend", "trusted_people")
A("me dad", "trusted_people")
A("my cousin, hes older and been there", "trusted_people")
A("a teacher i trust", "trusted_people")
A("someone who listens without trying to fix everything straight away", "trusted_people")
A("ma boxing coach", "trusted_people")
A("My foster carer.", "trusted_people")
A("my mandem", "trusted_people")
A("the lady at the youth club whos known me since i was little", "trusted_people")
A("my grandad", "trusted_people")
A("my stepmum actually, shes easier to talk to than my real mum", "trusted_people")
A("my pastor", "trusted_people")
A("mum or dad, depends what it is", "trusted_people")
A("my mentor from the project", "trusted_people")
A("my head of year", "trusted_people")
A("the dinner lady, she's always been kind to me", "trusted_people")
A("my friend's mum, I'm closer to her than my own", "trusted_people")
A("the TA who had me in primary, we still talk", "trusted_people")
A("family first always", "trusted_people")
A("my dog lol. then my sister", "trusted_people")
A("my support worker at the hostel", "trusted_people")
A("A person who has time for me.", "trusted_people")
A("ma wee brother even though hes younger, we tell each other everything", "trusted_people")
A("whoever i could tell wouldnt look at me different after", "trusted_people")
A("my bro, no question", "trusted_people")

# ---------------------------------------------------------------- barriers_to_telling
A("snitches get stitches", "barriers_to_telling")
A("u cant tell anyone cos then everyone knows", "barriers_to_telling")
A("no one would believe me", "barriers_to_telling")
A("I'd be scared they would come after my family.", "barriers_to_telling")
A("i wouldnt tell anyone", "barriers_to_telling")
A("if you tell you're a grass for life round here", "barriers_to_telling")
A("im worried id get in trouble as well", "barriers_to_telling")
A("nobody, it only makes it worse", "barriers_to_telling")
A("too embarrassed", "barriers_to_telling")
A("scared social services would take me off my mum", "barriers_to_telling")
A("my parents would go mad at me", "barriers_to_telling")
A("you deal with it yourself round here", "barriers_to_telling")
A("they would find out it was me who told", "barriers_to_telling")
A("Adults don't take it seriously.", "barriers_to_telling")
A("if you tell school they just ring your mum", "barriers_to_telling")
A("Worried about being judged.", "barriers_to_telling")
A("worried about my familys immigration stuff if anyone official gets involved", "barriers_to_telling")
A("shame. especially for boys", "barriers_to_telling")
A("you get called a liar", "barriers_to_telling")
A("i dont want to cause drama", "barriers_to_telling")
A("I'd be scared of what happens after, like would I have to go to court and see them", "barriers_to_telling")
A("cant risk it", "barriers_to_telling")
A("they said if i told anyone theyd hurt my little brother", "barriers_to_telling")
A("its not worth it", "barriers_to_telling")
A("People talk in my community so I'd keep it to myself.", "barriers_to_telling")
A("you dont know who is connected to who", "barriers_to_telling")
A("what if they put me in care", "barriers_to_telling")
A("boys arent meant to be victims are they", "barriers_to_telling")
A("i told once and nothing happened so why bother again", "barriers_to_telling")
A("fear", "barriers_to_telling")
A("id lose all my friends", "barriers_to_telling")
A("not wanting to get the person in bother because i still care about them", "barriers_to_telling")
A("no point, nothing changes", "barriers_to_telling")
A("scared theyd take my phone off me", "barriers_to_telling")
A("naebody. ye keep yer mooth shut", "barriers_to_telling")
A("once you say it out loud you cant take it back and you dont know where it goes", "barriers_to_telling")

# ---------------------------------------------------------------- youth_activities
A("theres literally nothing to do round here", "youth_activities")
A("bring back the youth club", "youth_activities")
A("Somewhere warm to go after school that isn't someone's house.", "youth_activities")
A("free football on a friday night", "youth_activities")
A("boredom is why people get into stuff", "youth_activities")
A("the youth centre shut years ago and they never replaced it", "youth_activities")
A("more things for girls to do, not just football", "youth_activities")
A("gyms that are free or cheap for under 18s", "youth_activities")
A("somewhere to chill wivout gettin moved on bab", "youth_activities")
A("music studios so man can make tunes instead of being on road", "youth_activities")
A("the leisure centre is way too expensive", "youth_activities")
A("clubs that are open late, not just till six", "youth_activities")
A("Summer holidays are six weeks long and there's nothing on.", "youth_activities")
A("boxing gym saved me honestly", "youth_activities")
A("somewhere to go that isnt the park or maccies", "youth_activities")
A("trips out of the area, loads of us have never even seen the sea", "youth_activities")
A("activities that we actually pick", "youth_activities")
A("theres a youth bus that comes once a week and thats it", "youth_activities")
A("more stuff on weekends like, theres nothing going on up the valley", "youth_activities")
A("art clubs, dance, drama, whatever, just something", "youth_activities")
A("bored bored bored", "youth_activities")
A("Places where young people are welcome and not treated as a problem.", "youth_activities")
A("a basketball court with a hoop that actually has a net on it", "youth_activities")
A("cinema nights or gaming nights up the community centre", "youth_activities")
A("stuff for over 16s, everything stops at 16", "youth_activities")
A("clubs that dont need ur parents to drive u there", "youth_activities")
A("the library used to be somewhere to go but its only open 2 days a week now", "youth_activities")
A("Sport. It keeps you busy and off the streets.", "youth_activities")
A("we need somewhere thats ours", "youth_activities")
A("the only thing open late is the chicken shop", "youth_activities")
A("cooking classes, id go to that", "youth_activities")
A("theres nothin to do in the villages, everythings in town and the last bus is at 6", "youth_activities")
A("fishing club, camping, outdoors stuff", "youth_activities")
A("Free activities in half term with food included.", "youth_activities")
A("more skateparks", "youth_activities")
A("a wee club in the community hall wid be magic, there's hee haw here", "youth_activities")

# ---------------------------------------------------------------- education_awareness
A("teach us the signs in school", "education_awareness")
A("assemblies about county lines are a joke, nobody listens", "education_awareness")
A("people who have actually lived it should come and talk, not a copper in uniform", "education_awareness")
A("Parents need to know what to look out for too.", "education_awareness")
A("learn about healthy relationships earlier", "education_awareness")
A("we didnt even know what grooming was until it was too late", "education_awareness")
A("make it real not cringe videos from 2010", "education_awareness")
A("workshops in small groups where you can actually ask questions", "education_awareness")
A("PSHE is a doss lesson, make it matter", "education_awareness")
A("knowing your rights", "education_awareness")
A("Tell kids it's not their fault if they get pulled in.", "education_awareness")
A("teaching boys about consent properly", "education_awareness")
A("information in different languages for parents", "education_awareness")
A("a proper talk in year 7 before any of it starts", "education_awareness")
A("people dont realise its exploitation they think its just their mates", "education_awareness")
A("leaflets dont work, nobody reads them", "education_awareness")
A("teach what coercive control looks like", "education_awareness")
A("drama and role play about what you would do", "education_awareness")
A("explain what happens after you report, step by step, so its not scary", "education_awareness")
A("campaigns made by young people, not by old people guessing what we like", "education_awareness")
A("i only learnt about it from a tiktok", "education_awareness")
A("Teach primary kids too, because that's when they start being targeted.", "education_awareness")
A("awareness weeks are pointless if its just posters", "education_awareness")
A("less scaremongering, more honest info", "education_awareness")
A("we need to know where to go for help, like actual numbers and actual places", "education_awareness")
A("give us scenarios and ask what wed do", "education_awareness")
A("peer educators, young people teaching young people", "education_awareness")
A("Teach people that boys get exploited too.", "education_awareness")
A("stop lecturing us and have an actual conversation", "education_awareness")
A("youth workers coming into schools to do sessions", "education_awareness")
A("it was never mentioned at my school once", "education_awareness")
A("show us real stories", "education_awareness")
A("lessons on it in welsh as well as english so everyone gets it", "education_awareness")
A("they should do it in every school no just the ones in rough areas", "education_awareness")
A("if i had known the words for what was happening to me i might have said something sooner", "education_awareness")
A("Make it a proper subject, not one session a year.", "education_awareness")

# ---------------------------------------------------------------- money_opportunity
A("no jobs for young people", "money_opportunity")
A("families are skint", "money_opportunity")
A("When your mum can't afford food you'll do anything.", "money_opportunity")
A("quick money is tempting when uve got nothing", "money_opportunity")
A("apprenticeships that pay properly", "money_opportunity")
A("Cost of living. My mum works two jobs and we still struggle.", "money_opportunity")
A("everyone wants the designer stuff and cant afford it", "money_opportunity")
A("part time jobs for 14 and 15 year olds", "money_opportunity")
A("paid work experience so we dont need to go on road for p", "money_opportunity")
A("my free school meals dont even cover a proper lunch", "money_opportunity")
A("you see the drip and you want it", "money_opportunity")
A("nobody round here has any money", "money_opportunity")
A("cant even get a job at the shop without experience, and how do you get experience", "money_opportunity")
A("help with bus fares so we can actually get to college", "money_opportunity")
A("Poverty is the real problem underneath all of it.", "money_opportunity")
A("some kids come into school starving", "money_opportunity")
A("training that leads to a real job at the end", "money_opportunity")
A("i want to earn my own money and not rely on nobody", "money_opportunity")
A("minimum wage for under 18s is a joke", "money_opportunity")
A("fifty quid for an afternoon, course people say yes", "money_opportunity")
A("help families with bills so the kids dont feel they have to step up", "money_opportunity")
A("bursaries for college", "money_opportunity")
A("the only ones round here with nice cars are the ones doing stuff", "money_opportunity")
A("no prospects no hope", "money_opportunity")
A("wanting to buy my mum something nice for once", "money_opportunity")
A("heating or eating, thats how it is in our house", "money_opportunity")
A("money. everything comes back to money", "money_opportunity")
A("All the jobs went when the factory shut and nothing came back.", "money_opportunity")
A("help with CVs and interviews", "money_opportunity")
A("bring back EMA", "money_opportunity")
A("creps are 150 quid, where is a 14 year old getting that from", "money_opportunity")
A("my dad lost his job and everything changed at home", "money_opportunity")
A("a proper youth wage", "money_opportunity")
A("our kid is 19 and cant get a job anywhere, what hope have i got", "money_opportunity")
A("if ye've no money ye've no choices", "money_opportunity")
A("Being broke makes you desperate.", "money_opportunity")

# ---------------------------------------------------------------- peer_pressure
A("ur mates pressure u into stuff", "peer_pressure")
A("wanting to look hard in front of people", "peer_pressure")
A("if you say no you get called soft", "peer_pressure")
A("trying to fit in with the older lot", "peer_pressure")
A("everyone else is doing it so why not", "peer_pressure")
A("You don't want to be the one who gets left out.", "peer_pressure")
A("rep is everything round here", "peer_pressure")
A("i followed my friends and ended up in stuff i never wanted", "peer_pressure")
A("getting dared to do things", "peer_pressure")
A("when your whole friendship group is in it, you're in it", "peer_pressure")
A("wanting respect", "peer_pressure")
A("girls get pressured to link certain boys for status", "peer_pressure")
A("nobody wants to look scared", "peer_pressure")
A("following the crowd", "peer_pressure")
A("wanting to be known", "peer_pressure")
A("my mates would rip me if i went home early", "peer_pressure")
A("I lost friends because I wouldn't do what they did.", "peer_pressure")
A("boys provin themselves to each other", "peer_pressure")
A("the older ones are role models to the little ones, thats the problem", "peer_pressure")
A("being loyal even when you know its wrong", "peer_pressure")
A("u get clout for it", "peer_pressure")
A("its hard to say no to people youve grown up with", "peer_pressure")
A("Social pressure is massive in year 9 and 10.", "peer_pressure")
A("id pick new friends if i could", "peer_pressure")
A("wanting to belong somewhere", "peer_pressure")
A("bein seen wi the right people", "peer_pressure")
A("you dont wanna be a dickhead but you dont wanna be a loner either", "peer_pressure")
A("the group makes you braver and stupider at the same time", "peer_pressure")
A("when one person in the group starts, it spreads", "peer_pressure")
A("getting called a snake if you step back", "peer_pressure")
A("Pressure to drink at parties.", "peer_pressure")
A("nobody wants to be the odd one out", "peer_pressure")
A("friends egging each other on", "peer_pressure")
A("you become who you hang around with", "peer_pressure")
A("the wrong crowd", "peer_pressure")
A("ma pals wid call me a fearty if a didnae go", "peer_pressure")

# ---------------------------------------------------------------- two-theme answers (main theme first)
A("the park by the flats is where the older boys with knives hang about at night", "unsafe_places", "gangs_violence")
A("that underpass is where my mate got robbed so nobody goes thru it now", "unsafe_places", "gangs_violence")
A("the stairwells are where the dealers do their business so you just hold your breath and walk fast", "unsafe_places", "drugs_county_lines")
A("people serving up in the woods behind school, you cant walk the dog there anymore", "drugs_county_lines", "unsafe_places")
A("bus station, there's always groups there looking for trouble", "unsafe_places", "gangs_violence")
A("Gangs and drugs go together. One feeds the other.", "gangs_violence", "drugs_county_lines")
A("you get pulled into a gang and before you know it theyve got you running", "gangs_violence", "drugs_county_lines")
A("all the beef is over who gets to sell where", "gangs_violence", "drugs_county_lines")
A("older man on insta messaging kids offering p to deliver stuff", "drugs_county_lines", "online_harms")
A("they recruit on snap now, post a pic of a stack of cash and wait for kids to message them", "drugs_county_lines", "online_harms")
A("men online sending girls money and gifts and then asking for stuff back", "grooming_tactics", "online_harms")
A("an older boy messaged me for weeks being really sweet, telling me I was beautiful, then he started asking for pictures", "grooming_tactics", "online_harms")
A("in gaming chats adults give kids skins and vbucks to get them to trust them", "online_harms", "grooming_tactics")
A("buying you food and cigs then asking you to hold something for them", "grooming_tactics", "drugs_county_lines")
A("they give you free stuff, then you owe, then you're running. thats how it goes", "grooming_tactics", "drugs_county_lines")
A("older ones giving little kids money and trainers to be lookouts while they sell", "grooming_tactics", "drugs_county_lines")
A("i wouldnt go to the police cos theyd treat me like im the criminal", "barriers_to_telling", "police_relations")
A("talking to feds just gets you known as a snitch", "barriers_to_telling", "police_relations")
A("Police don't believe girls who say they're being groomed. They think we're making it up or we wanted it.", "police_relations", "barriers_to_telling")
A("if i told my mum she would listen but then shed want to call the police and i dont want that", "trusted_people", "barriers_to_telling")
A("I'd tell my friend but not an adult because adults always make it into a big deal", "trusted_people", "barriers_to_telling")
A("my youth worker, cos teachers have to report everything and she lets me decide", "trusted_people", "barriers_to_telling")
A("nobody at school, the teachers gossip in the staffroom. only my cousin", "barriers_to_telling", "trusted_people")
A("social workers and police both just want to tick their boxes", "other_services", "police_relations")
A("police and social services never talk to each other so you repeat your story like ten times", "other_services", "police_relations")
A("my youth worker, she's the only one from any service who's ever bothered with me", "trusted_people", "other_services")
A("Childline because you can message them and no one knows it's you", "trusted_people", "other_services")
A("more youth clubs to keep kids off the streets where the dealers are waiting", "youth_activities", "drugs_county_lines")
A("if there was something to do people wouldnt be joining gangs", "youth_activities", "gangs_violence")
A("bored kids get picked up by the older ones cos they've got nowhere else to go", "grooming_tactics", "youth_activities")
A("youth club shuts at 8 then everyone ends up in the park which is exactly where the trouble is", "youth_activities", "unsafe_places")
A("clubs should be free for kids whose parents cant pay, my mum cant afford the subs", "youth_activities", "money_opportunity")
A("give young people proper jobs and they wont need to sell", "money_opportunity", "drugs_county_lines")
A("you can make more in a week shotting than in a month at maccies, that's the problem", "money_opportunity", "drugs_county_lines")
A("my mates were all doing it and the money was good so i did too", "peer_pressure", "money_opportunity")
A("you have to keep up with your mates' clothes somehow and a saturday job doesnt cover it", "money_opportunity", "peer_pressure")
A("friends bringing you into the gang bit by bit", "peer_pressure", "gangs_violence")
A("carrying a knife cos all your mates carry", "gangs_violence", "peer_pressure")
A("my mates dared me to go and meet someone i'd been talking to online", "peer_pressure", "online_harms")
A("girls send pics cos everyone else is and they dont want to look frigid", "online_harms", "peer_pressure")
A("teach us about online grooming, the apps change but the tricks stay the same", "education_awareness", "online_harms")
A("Schools should teach the warning signs of grooming, like presents and older boyfriends, before it happens to anyone.", "education_awareness", "grooming_tactics")
A("talks from people who did county lines and got out, they'd actually listen to them", "education_awareness", "drugs_county_lines")
A("knife crime lessons that show what really happens, not just statistics", "education_awareness", "gangs_violence")
A("tell us what the police can and cant do when they stop us", "education_awareness", "police_relations")
A("teach parents how snapchat works so they understand what we're on about", "education_awareness", "online_harms")
A("teachers should be trained to spot when someone's being exploited, they miss it all the time", "education_awareness", "other_services")
A("the pupil referral unit is where the recruiting starts, nobody there is watching", "other_services", "grooming_tactics")
A("getting kicked out of school makes you easy pickings for the older ones", "other_services", "grooming_tactics")
A("more police in the park at night would make it feel safer", "police_relations", "unsafe_places")
A("police never patrol the estate so the dealers basically run it", "police_relations", "drugs_county_lines")
A("the feds stopped me on the way home and after that my mates thought id been chatting to them", "police_relations", "barriers_to_telling")
A("In my family we don't talk to outsiders about problems, and my mum doesn't trust services anyway.", "barriers_to_telling", "other_services")
A("school would just call social care and then i lose all control of it", "barriers_to_telling", "other_services")
A("my mental health worker, shes the only one id tell", "trusted_people", "other_services")
A("if a girl says no to a boy her pics get shared round the group so everyone laughs at her", "online_harms", "peer_pressure")
A("older men in nice cars by the chippy offering lifts", "grooming_tactics", "unsafe_places")
A("the shop near school where the older lads give free stuff to year 7s", "grooming_tactics", "unsafe_places")
A("if youre bored and skint and someone offers u a tenner u take it", "money_opportunity", "youth_activities")
A("poor families get targeted because the groomers know the kids need money", "grooming_tactics", "money_opportunity")
A("they pay for the stuff your mum can't and then you feel like you owe them", "grooming_tactics", "money_opportunity")
A("the gang gives you protection and a family when nobody else does", "gangs_violence", "peer_pressure")
A("if youre not in a group youre a target", "gangs_violence", "peer_pressure")
A("i carry because i got jumped before and the police did nothing about it", "gangs_violence", "police_relations")
A("nobody calls the police when theres a stabbing because of what happens to snitches", "barriers_to_telling", "gangs_violence")
A("grass on a gang and you're finished", "barriers_to_telling", "gangs_violence")
A("i couldnt tell anyone i owed money cos then theyd know i'd been selling", "barriers_to_telling", "drugs_county_lines")
A("you cant tell your parents you're being blackmailed over pics, you'd die of shame", "barriers_to_telling", "online_harms")
A("my brother, he'd know what to do about the people messaging me", "trusted_people", "online_harms")
A("youth clubs should run sessions on staying safe, not just table tennis", "youth_activities", "education_awareness")
A("mentors from the same ends who made it out, you could talk to them and actually learn something", "trusted_people", "education_awareness")
A("the streets round the station feel sketchy and you never ever see police there", "unsafe_places", "police_relations")
A("CCTV and a couple of officers on the high street at night", "unsafe_places", "police_relations")
A("Poor areas get forgotten. Broken lights, rubbish everywhere, and nobody fixes anything.", "unsafe_places", "money_opportunity")
A("the council wont fix the lights on our estate cos its the bad end", "unsafe_places", "other_services")
A("cheap gyms so lads have somewhere to go instead of fighting", "youth_activities", "gangs_violence")
A("sports clubs where your friends go too, otherwise no one will turn up", "youth_activities", "peer_pressure")
A("people go on socials to find out who's from which area then come looking for them", "gangs_violence", "online_harms")
A("drill videos online start beef that ends up happening in real life", "gangs_violence", "online_harms")
A("people film fights just for views and likes", "peer_pressure", "online_harms")
A("hungry kids will take food off anyone, even the wrong people", "money_opportunity", "grooming_tactics")
A("teach us about money so we know the fast cash offers are a trap", "education_awareness", "money_opportunity")
A("no one at my school knew what debt bondage was but loads of us had seen it happen, they need to teach that", "education_awareness", "grooming_tactics")
A("helplines you can text, cos ringing someone is terrifying", "other_services", "barriers_to_telling")
A("the police station is the last place id go, id go to my auntie", "trusted_people", "police_relations")
A("CAMHS discharged me and then i ended up with the wrong crowd", "other_services", "peer_pressure")
A("by ours the bus shelter is where the older boys wait for the girls coming out of school, it's not right", "unsafe_places", "grooming_tactics")
A("the ones sellin round here are only 15, they look up to the older ones and want to be like them", "drugs_county_lines", "peer_pressure")
A("girls who report get called sluts online by half the school, so you just dont", "barriers_to_telling", "online_harms")
A("a teacher who knows about this stuff properly, not one who panics", "trusted_people", "education_awareness")


# ======================================================================= build
SEED = 20261218
DATE = "2026-12-06"


def main():
    with open(os.path.join(HERE, "themes.json"), encoding="utf-8") as f:
        themes = json.load(f)
    keys = [t["key"] for t in themes]
    assert 12 <= len(keys) <= 14, "codebook must have 12-14 themes"
    assert len(set(keys)) == len(keys), "duplicate theme keys"
    keyset = set(keys)

    errors = []
    seen = {}
    for text, ks in ITEMS:
        if not text.strip():
            errors.append("empty text")
        if not ks or len(ks) > 2:
            errors.append("need 1 or 2 keys: %r" % text)
        if len(set(ks)) != len(ks):
            errors.append("repeated key: %r" % text)
        for k in ks:
            if k not in keyset:
                errors.append("unknown key %r in %r" % (k, text))
        norm = " ".join(text.lower().split())
        if norm in seen:
            errors.append("duplicate text: %r" % text)
        seen[norm] = True

    n = len(ITEMS)
    if n < 500:
        errors.append("only %d answers (need >= 500)" % n)
    counts = Counter(k for _, ks in ITEMS for k in ks)
    primary = Counter(ks[0] for _, ks in ITEMS)
    for k in keys:
        if counts[k] < 30:
            errors.append("theme %s has only %d answers (need >= 30)" % (k, counts[k]))
    n_two = sum(1 for _, ks in ITEMS if len(ks) == 2)
    share = n_two / n if n else 0.0
    if not (0.12 <= share <= 0.18):
        errors.append("two-theme share %.3f outside 12-18%%" % share)

    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        raise SystemExit(1)

    rows = list(ITEMS)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, (text, ks) in enumerate(rows, 1):
        out.append({"id": "p%04d" % i, "text": text, "themes": list(ks)})
    with open(os.path.join(HERE, "set_p.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    labels = {t["key"]: t["label"] for t in themes}
    table = ["| key | label | answers with theme | as main theme | as second theme |",
             "|---|---|---:|---:|---:|"]
    for k in keys:
        table.append("| `%s` | %s | %d | %d | %d |" % (
            k, labels[k], counts[k], primary[k], counts[k] - primary[k]))

    readme = """# Evaluation set P: themes in young people's safety answers

Written by an independent helper session that saw only its own folder
(`/work/sets/themes_p/`). It read no other file on the machine, no repository,
no search tool and no web page, and ran no NLP or machine-learning tool.
Python 3 standard library only.

Date: {date}

## What it is

{n} short free-text answers, written by hand in the voices of young people
aged 11-25, to open questions a UK partnership against child exploitation
might ask ("What makes you feel unsafe where you live?", "What would help
young people stay safe?", "What do you think of the police and other
services?", "Who would you tell if something was wrong?"). Each answer is
labelled with one or two themes from the codebook in `themes.json`
({k} themes).

Files:

- `themes.json`: the codebook (`key`, `label`, `description`).
- `build.py`: every answer typed by hand, one `A(text, key, ...)` call per
  answer; it checks the set, shuffles it and writes the outputs.
- `set_p.jsonl`: one JSON object per line, `{{"id", "text", "themes"}}`,
  UTF-8, ids `p0001` onwards in shuffled order.

## How it was built

The codebook was drafted first, as a careful qualitative coder would for
this kind of consultation. Answers were then written one by one for each
theme, deliberately saying the same idea in many different ways (so a
theme's answers share meaning rather than vocabulary): slang and text-speak,
misspellings and missing punctuation, London, Manchester, Birmingham, Welsh
and Scottish voices, one-word answers and longer ones, and some answers in
standard English. A further set of answers was written to touch two themes.
No templates, generators or substitution loops were used. There are no real
people's names; the few place names are invented.

`python3 build.py` checks that every key is in the codebook, that texts are
unique (case- and whitespace-insensitive), that there are at least 500
answers and at least 30 per theme, and that 12-18 % of answers carry two
themes. It then shuffles with `random.Random({seed})` and assigns ids.

## Coding policy

- Code what the answer means, not the words it uses. A word such as
  "police", "park" or "online" does not by itself earn a theme if it is only
  the setting and not the point being made.
- At most two themes per answer. The main theme (the point the young person
  is mainly making) is listed first; a second theme is added only when the
  answer clearly makes a second point as well, not for a passing mention.
- Very short answers (one word, a name of a relationship such as "my nan")
  are coded when the meaning is clear in the context of the question.
- Positive and negative views of the same topic share a theme (e.g. good and
  bad experiences of social workers are both `other_services`).
- Solutions are coded to the theme they address (e.g. "better lighting" is
  `unsafe_places`; "bring back the youth club" is `youth_activities`).

## Close pairs (a careful coder separates these)

- `police_relations` vs `other_services`: anything about the police
  (including PCSOs and stop and search) is `police_relations`; social care,
  schools, health, helplines, youth justice, housing and the council are
  `other_services`. An answer about both gets both.
- `trusted_people` vs `barriers_to_telling`: who they would tell, and what
  makes someone safe to tell, is `trusted_people`; reasons for not telling,
  not reporting or telling no one are `barriers_to_telling`. "Nobody" and
  "I wouldn't tell anyone" are barriers, not trusted people.
- `online_harms` vs `grooming_tactics`: `online_harms` is about the digital
  channel and its risks (strangers adding, requests for images, leaks,
  sextortion, tracking); `grooming_tactics` is about the manipulation itself
  (gifts, flattery, debts, fake relationships), wherever it happens. Online
  grooming that describes the tactic gets both, tactic first when that is
  the point.

Also near each other but kept apart: `gangs_violence` (groups, weapons,
fights) vs `drugs_county_lines` (dealing, running, county lines), and
`money_opportunity` (the financial pull) vs `peer_pressure` (the social
pull).

## Counts per theme

Answers: {n}; with two themes: {n_two} ({share:.1f} %).

{table}
""".format(date=DATE, n=n, k=len(keys), seed=SEED, n_two=n_two,
           share=100.0 * share, table="\n".join(table))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)

    print("all checks passed")
    print("answers:", n)
    print("two-theme: %d (%.1f %%)" % (n_two, 100.0 * share))
    for k in keys:
        print("  %-22s %3d" % (k, counts[k]))


if __name__ == "__main__":
    main()
