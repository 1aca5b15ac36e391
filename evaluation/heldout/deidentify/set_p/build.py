#!/usr/bin/env python3
"""Build evaluation set P for a free-text de-identifier (UK youth safeguarding).

Every record below was typed by hand, one record per line, inside two raw-string
blocks (YOUNG_PERSON and CASE_NOTE). Identifying spans are marked inline as
{TYPE|text}. In CASE_NOTE lines the two characters backslash-n stand for a line
break (used for emails, letters and attendance lists).

Run:  python3 build.py
Writes set_p.jsonl next to this file, but only if every check passes.
Standard library only.
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "set_p.jsonl"
SEED = 20261210

TYPES = {
    "NAME", "ADDRESS", "SCHOOL", "PHONE", "HANDLE", "EMAIL",
    "DATE_OF_BIRTH", "POSTCODE", "NHS_NUMBER", "URL",
}

# ---------------------------------------------------------------------------
# Young people answering an online survey (safety, friendships, online life,
# exploitation). One record per line.
# ---------------------------------------------------------------------------
YOUNG_PERSON = r"""
im 14 and i dont really feel safe walkin home from {SCHOOL|Brackenfield Academy} cos theres these older lads that wait by the shop
my best mate {NAME|kayleigh} moved to scotland and now i just sit on my own at dinner tbh
there was this guy on snap called {HANDLE|tRapStaR_j9} who kept sayin he'd give me £50 if i dropped a bag off, i blocked him
nah i feel safe mostly, mums always checkin my location on life360 lol
me n {NAME|jayden} got jumped outside the chicken shop on {ADDRESS|Coldhurst Lane} and nobody did nothing
honestly the internet is fine if u dont talk to randoms, i only play fortnite and roblox with people from my class
wen i was 13 a man messaged me on insta pretending to be 15, his name was {NAME|Reece} or thats what he said anyway
my snap is {HANDLE|lil.miss.tia09} if u wanna ask me more stuff
{NAME|Amira} from my form told sir about the group chat and now everyone thinks shes a snitch
idk who to tell tbh, teachers just say go to the DSL and then nothing happens
ppl at {SCHOOL|st bede's} think its funny to share nudes of year 8s, its not funny its disgustin
the youth club on a tuesday is the only place i feel proper safe, the workers are sound
my nan lives at {ADDRESS|27 Bramley Crescent} and i stay there when things kick off at home
i got added to a gc called "opps dem" by someone called {NAME|Kwame} and it was all videos of fights
av bin gettin messages off this number {PHONE|07700 900 417} sayin they know where i live, am scared
aye its pure rough roon the schemes at night but ye get used tae it
wee {NAME|Callum} got his phone taken aff him by the big boys at the shops and they made him send them his location
ma pal {NAME|eilidh} says its fine tae meet folk aff the internet but a dinnae think so
lush youth club init, the staff down there are tidy, better than sittin in the bus shelter in the rain
{NAME|rhys} n {NAME|ffion} both left {SCHOOL|ysgol bryn derw} cos of the bullying
wagwan, nah i dont trust the feds, they stopped n searched my bredrin for no reason by the station
allow it, man like {NAME|deshawn} got shanked last summer and everyone acts like it never happened
our kid got groomed on xbox by some fella, mam only found out when she saw the messages
this lad {NAME|Connor McGuinness} from the estate keeps tryin to get me to hold stuff for him
im 16 n i work in greggs on a saturday, the manager is nice, no problems there really
my discord is {HANDLE|shadowfox#4471} add me if u want to talk about gaming safety lol
{NAME|priya}'s older brother said he'd batter anyone who messages her on tiktok lmao
i dont go out after dark in winter, not since what happened in january
a girl called {NAME|Ellie-Mae} posted my address on her story, it was {ADDRESS|flat 9 Juniper House}
the 43 bus is always full of year 11s startin on people, i get the 42 instead now even tho its longer
my dob is {DATE_OF_BIRTH|12/04/2011} and im in year 10 if thats what u need
bare man on tiktok sayin they can get u a job that pays £400 a week, its deffo county lines innit
this yute {NAME|Tyrese} was askin my lil bro to run to {ADDRESS|Meadow View} for him
i feel safe at home but not at school, ppl call me names cos im gay
my mum works nights at the hospital so im home alone alot, i just go on my ps5
{NAME|jamal adebayo} keeps followin me home from the bus stop n i told him to stop
pls dont share this but my cousin {NAME|Shanice} is with a man whos 24 and shes 15
in the summer holidays we just go to the park near asda and chill, sometimes the police move us on
i met this guy on hinge when i was 17 he was called {NAME|Marcus} and he turned out to be well controlling
some1 made a fake acc of me on insta {URL|instagram.com/zara.k.official_} and posted my pics
my email is {EMAIL|dannyboi2009 (at) gmail (dot) com} if u need to get back to me
honestly snapchat maps is the scariest thing, anyone can see where u are, i put mine on ghost mode
hope this survey actually changes something cos nothing ever does round here
{NAME|hope} is my best friend and she helped me when i was getting bullied on whatsapp
i keep getting friend requests from accounts with no pics, one was {HANDLE|@xx_ghost_xx_07}
our school {SCHOOL|Kingsmead High} has a safe space room at lunch which is good
the police came to {ADDRESS|14 Ashdown Road} twice last week cos of my stepdad
mate i dunno, i just feel safer with my boys around, on my own its different
i was born {DATE_OF_BIRTH|3rd june 2010} if that matters
me and {NAME|grace} went to the fair at easter and a man kept takin photos of us
i dont have any friends online except {NAME|Oliwia} who i know from my polish saturday school
{NAME|Jakub} said his uncle can get us vapes cheap if we meet him at the car park behind aldi
there was a stabbing near the station in september and now mum wont let me get the train
i lived in care from 12 to 16 and the staff changed every month, i never knew who to trust
text me on {PHONE|07700 9OO 238} not my old number
call me {PHONE|o7700 900 561} after 6
my number is {PHONE|oh seven seven double oh nine double oh three one four}
{NAME|Abdi} and {NAME|Hodan} are my cousins and they look out for me at {SCHOOL|Westfield Community School}
lots of my mates vape and sell them at school, you can get a elf bar for £5 off year 11s
i think online is safer than outside tbh, at least online u can block people
{NAME|Saoirse} and {NAME|Niamh} were the only ones who believed me when i said what happened at the party
this man called {NAME|Delroy} used to give me lifts and buy me food and then he wanted me to do things for him
my old school was {SCHOOL|Parkside Pupil Referral Unit} and honestly i felt safer there than mainstream
dont feel safe on the metrolink at night, always drunk blokes after city games
i go to {SCHOOL|hollins} now, used to be at {SCHOOL|st mary's rc}
my tiktok is {HANDLE|@ur.fave.gurlie} but dont follow me lol
man said he was a model scout and asked for pics, his snap was {HANDLE|scout.uk.models}
wen i was in year 7 a girl in year 9 called {NAME|Lacey} used to take my dinner money every day
i live on {ADDRESS|Gorse Hill Road} and theres dealing outside the flats every night
my postcode is {POSTCODE|bd7 2nx} and the area is rough, its not safe for kids
sometimes i go to my dads in wolverhampton on weekends, he lives in {POSTCODE|WV106QT}
nah im good, i play football for a sunday league team and the coach is safe
coach {NAME|Gary} used to add us all on facebook and message us late at night, it was weird
mr {NAME|hussain} is the only teacher i trust, he actually listens
miss {NAME|o'connor} said she'd sort it but she never did
i think they should teach more about consent in pshe, we only had one lesson in year 9
the older girls at the hostel kept bringing men round, one was called {NAME|Big Mo}
blud i aint tellin no one nothin, snitches get stitches innit
{NAME|Chidera}'s mum reported the man to the police and they did nothing for months
i dont really have problems, i just wish there was more to do round here than go to mcdonalds
my mate {NAME|kofi} got robbed for his jacket near the stadium, a moncler one
got sent a link {URL|https://bit.ly/fr33-v-buxx} sayin free vbucks n it hacked my account
{NAME|Tendai} is the only person i can talk to, we met at the young carers group
im 19 now but when i was 15 i was in a relationship with a 22 year old called {NAME|Lewis Hartley} and i didnt see it was wrong
i get anxious on the bus, people stare, sometimes i just walk the 2 miles
this boy {NAME|zain} keeps screenshotting my stories and sending them to his mates
my instagram got hacked and they messaged everyone askin for money, the account was {URL|www.instagram.com/_mimi.rose_}
i live with my foster carers {NAME|Sue} and {NAME|Pete} and they're alright actually
my brother {NAME|Kyle}s mates are always round and they smoke weed in front of me
she said her name was {NAME|Destiny} but her snap said {HANDLE|dess.xo.22}
the boys from {ADDRESS|Hawthorn Street} and the boys from the other side of the park have beef and its stupid
me n{NAME|tia} got followed home from the cinema by two men in a white van
luv u {NAME|ruby}xx thanks for doin this survey with me
#justice4{NAME|tyrell} he didnt deserve what happened to him
snapchat streaks are the only reason i open the app tbh, i dont talk to strangers on there
the man at the shop gives us free stuff if we bring him things, my mate {NAME|Bogdan} does it every week
roma kids at our school get picked on all the time, ppl call us gypsies and the teachers dont say nothin
my cousin {NAME|Denisa} came from slovakia last year and a man at the car wash keeps askin her to go to his flat
im a traveller and people think we're all bad, me and {NAME|Johnny} got kicked out of the leisure centre for nothing
{NAME|Bridget McDonagh} is my aunt and she looks after me when mam is in hospital
we aint got wifi at the site so i go online at the library, the staff there are kind
dont feel safe anywhere tbh
honestly the worst thing is when people screenshot ur nudes and send them round, happened to my friend in year 10
the boys from year 11 at {SCHOOL|Oakfield} rate girls out of 10 on a google doc
i had a lad called {NAME|Ciarán} messagin me on snap but he was actually 30 it turned out
my mum's boyfriend {NAME|Darren} reads all my messages and takes my phone
need help, there's a man called {NAME|Vusi} who says i owe him money for the weed he gave me
we got a talk from the police in assembly about knife crime, it was actually good, they brought a mum whose son died
my contact at college is {EMAIL|kiera.b2007@outlook.com}, they can tell you im doing ok
aye {NAME|ruaridh} an me got lifted fer fightin but it wisnae oor fault
man like {NAME|Kemar} is always on the block, he's the one givin out the phones
av bin tryna leave this gang for time but they keep sayin i owe them, {NAME|K-Dog} said he'll find me
my best friend is called {NAME|Summer} and her birthday is in winter which is funny
last summer was the worst, i was sofa surfing for 3 months
ye know the big tesco near the retail park, thats where they all hang about after dark
i used to live at {ADDRESS|flat 3b kingsley court} {POSTCODE|m8 9ux} but we got moved after the fire
{NAME|Nikos} from my football team got a message from a scout on instagram but it was fake
hi im {NAME|Wei}, i moved here from china 2 years ago and people at school say racist stuff
im 12 and my mum doesnt let me have tiktok but i have it on my friends phone
{NAME|mehmet} n {NAME|yusuf} are always lookin out for me at the barbers where i work saturdays
my sister {NAME|Ayesha} was taken to pakistan in the summer and she hasnt come back
i think the police should do more about e-scooters, theyre used for robbin phones
ring me {PHONE|+44 7700 900 652} or on whatsapp same number
this girl {NAME|Jasmine dela Cruz} is the one who set up the fight and filmed it
my pronouns are they/them and i feel safer online than in real life honestly
my mates call me {NAME|smudge} lol, real name is {NAME|Daniel}
i dont know what exploitation means tbh, is it like when someone uses u?
my step mum {NAME|Kirsty} is sound, she drove me to the police station when i wanted to report it
ppl in leeds think chapeltown is scary but its my home and i feel safe there
at {SCHOOL|Ravenscroft} they search ur bag every morning, it makes u feel like a criminal
online im ok but irl theres a lad called {NAME|Brandon} who threatened to stab me
{NAME|Thilini} helped me set my accounts to private after the guy from the gym started messagin me
i'd rather message childline than talk to a teacher, 0800 1111 is easy to remember
snap me at {HANDLE|k4t13_m00n} if u need a quote for ur report lol
pls help my friend {NAME|Mariam} is missing since friday and she was with a man in a black merc
the guy said his name was {NAME|Jay} but on his phone it said {NAME|Jermaine Campbell}
i want to be a youth worker when im older cos mine helped me so much
{NAME|Lukas} and {NAME|Vytautas} got stopped by police at victoria station for no reason
my dob is {DATE_OF_BIRTH|14.03.09}
born on the {DATE_OF_BIRTH|9th of november 2008} in bradford royal infirmary, if u need that for the form
my bday is {DATE_OF_BIRTH|27/12/2012} so im still 13
some man at the park asked how old i was and i said 11 and he still kept tryin to talk to me
my online friend {NAME|Haruto} lives in japan and we play minecraft, is that safe?
when i was 14 a man called {NAME|Shahid} paid for my nails and hair then said i owed him
i'm from a tiny village in north wales, nothin happens, the only danger is the sheep lol
i got groomed by a teacher at my old school {SCHOOL|Carreg Wen High School}, he was called mr {NAME|Pryce}
the problem is every1 knows every1 in cornwall so if u tell someone the whole town knows by teatime
in glasgow the young team fight every weekend at the shopping centre
i love {NAME|Dafydd} but he gets jealous if i talk to other boys and checks my phone
my email {EMAIL|amelia_w at hotmail dot co dot uk}
ask {NAME|Iona} from the drama group she knows what happened
on roblox a user called {HANDLE|BloxKing_Rob2} asked me for my address and pictures
i'm 23 now, when i was 17 i was moved round hotels in birmingham and manchester and nobody asked why i wasnt in college
the woman from the council, ms {NAME|abara}, she was the only one who listened
i know a lad {NAME|Tomasz} who sells weed to year 8s outside the chippy
my phone number is {PHONE|07700-900-871} and my mum's is {PHONE|07700 900 872}
{NAME|Bex} and {NAME|Soph} are my best mates and we all go to {SCHOOL|St Aidan's Catholic Academy}
dont trust nobody on telegram, they sell everything on there, i seen guns n that
my big sister {NAME|Faith} is 19 and she got me out of a bad situation at a house party
i have faith in my friends but not in the system
ppl should know that boys get exploited too, it happened to me and no one believed me
{NAME|Mohammed Rahman} from the mosque youth group is like a big brother to me
we go to the masjid on fridays and then play footy after, its the best part of the week
my discord {HANDLE|nightowl_99#0032} and my twitch is {HANDLE|nightowl99live}
nobody at {SCHOOL|Northgate Sixth Form College} knows what i went through and i want it to stay that way
the bus driver on the 50 let me stay on when a man was following me, he was a legend
a man outside the gym on {ADDRESS|Cobden Street} kept offering me protein and gear
i moved here from eritrea, my foster sister {NAME|Semhar} helps me with english
my cousin {NAME|Arben Hoxha} said he could get me work at a car wash in sheffield, i was only 15
i feel safe with auntie {NAME|Marcia}, she's not really my aunt but she's always there
{NAME|Dmytro} is from ukraine and people at school call him names because of the war
i see dr {NAME|Adeyemi} at camhs every 2 weeks, she's alright
my friend {NAME|Gurpreet} got messages from someone pretending to be a sikh girl but it was a man
me and the lads go to old trafford most weekends, never had any trouble
so basically {NAME|Lachlan} told everyone i was a grass and now i cant go to the skate park
wen i turned 18 they just closed my case, like i stopped needing help overnight
{NAME|mia}, {NAME|leah}, {NAME|jess} and {NAME|keeley} all got the same dm from the same man on insta
i was at the bus stop on {ADDRESS|Stretford Road} when a car pulled up and a man told me to get in
someone sent my address {ADDRESS|41 Laburnum Grove} {POSTCODE|NE6 4LR} in the year group chat
if anyone needs me my insta is {URL|https://instagram.com/soph.b.x}
i dont wanna say my name but im 15 and from the midlands
ppl think rich kids are safe but a boy at my private school got exploited too
my mate {NAME|Rich} lent me his phone when mine got took and thats how i called my mum
i get my hair done at a salon on the high street and the owner {NAME|Nisha} is lovely
i stay with my grandad on weekends and his neighbour mr {NAME|Bishop} is creepy
the bishop came to our school for mass and talked about kindness, it was boring but fine
{NAME|Chase} keeps chasin me round the playground and its not funny anymore
me and my mates play call of duty till 2am, my mum goes mad
i know a girl called {NAME|Precious} who ran away from her foster placement with an older man
my social worker changed 6 times this year, the last one {NAME|Helen} was the best
i was going to meet a boy from hinge at the bullring but my sister stopped me
there's a man on the 86 bus who always sits next to girls in school uniform
{NAME|Lucía}'s dad is well strict and takes her phone if she talks to boys
at my college {SCHOOL|Thornbury Vale College} there's a drug problem and nobody does anything
cant sleep cos of the messages, they keep coming from different numbers like {PHONE|07700900193}
i trust my youth worker {NAME|Gethin} more than anyone, he never judges
my mum's friend {NAME|Tariq} lets us smoke shisha at his cafe
i was at a party on {ADDRESS|Linden Avenue} and someone spiked my drink
never been on the dark web or anythin, just youtube and spotify
me and {NAME|Inês} walk home together every day from {SCHOOL|Beaumont Park School} so we feel safe
{NAME|Minh Anh} worked in a nail bar when she was 16 and they didnt pay her
i dont feel safe at home, my dad drinks every night and shouts
i went missing for 3 days in march and the police found me in a flat in luton
my ex {NAME|Tyler} still has my pics and says he'll post them if i dont get back with him
nah nothin bad, i just go school, go home, go gym
ahm fae dundee, the scheme is alright but ye've got tae watch yersel near the multis
{NAME|ailsa} gave me her old phone so i could block him, she's a legend
sometimes i use a vpn so my mum cant see what im doing, is that bad lol
on 9th may a man followed me from the station all the way to my door, he knew my name
my dob is {DATE_OF_BIRTH|2009-07-21} and my name is {NAME|Ruby-Leigh Sanderson}
i go to an afterschool club run by pastor {NAME|Femi} at our church and its really safe
ask{NAME|jordan} he seen everything
my girlfriend {NAME|Kezia} gets messages from older men on snapchat every day
a van outside the school gates on tuesdays gives out free sweets, proper weird
the kids from {SCHOOL|Hillcrest} are always startin on us at the bus station
my brother {NAME|Mikey Ward} was stopped and searched 4 times this month just cos of who we are
nobody talks about what happens in youth offending, i got put in a room with older lads who recruited me
i use the name {HANDLE|@kayzee.x2k9} on everything so ppl can find me
this girl {NAME|Ionela} at work says she doesnt get her passport back from the man who brought her here
yo {NAME|dre} i know ur doin this survey too, tell them about the park
people think the countryside is safe but county lines come to our market town too
d.o.b {DATE_OF_BIRTH|11 11 2011} name {NAME|Kacper Zieliński} school {SCHOOL|Moorlands Academy}
my nhs number is {NHS_NUMBER|491 350 8725} why do u even need that lol
{NAME|Anjali}s brother {NAME|Vikram} drives us to tuition on saturdays and thats the only time i go out
i was born {DATE_OF_BIRTH|march 22nd 2012}, im in year 9
email me {EMAIL|jordz[at]icloud[dot]com} if u want more info about what happened
my snap link is {URL|snapchat.com/add/jadey.b0o} dont share it tho
I feel safe at Sixth Form but not on the Northern Line at night, especially after Arsenal games.
Honestly Andrew Tate has ruined half the boys in my year, they say girls are property and teachers just laugh it off
My Nan and Grandad live in Wythenshawe and I go there every Sunday for dinner, its the safest place I know
The Prince's Trust course got me a job at JD Sports, best thing that happened to me this year
used to go to Barnardo's on a Wednesday, the group was good but it closed in May
we go Nando's after school every Friday, its like 10 of us, never any trouble
Mark my words someone is gonna get hurt at that park, the council needs to put lights in
i will never trust the police again after how they spoke to my mum
watching Sky Sports in the pub with my dad and his mates on a Saturday is safe, everyone knows everyone
got a job at Sainsbury's, the older lads there are sound, no drama
my mum rings 999 every time my brother kicks off, the police know us by now
the 18:45 from Leeds to Hull is always rammed and blokes get handsy
I get anxious in Primark cos its so busy but I like Boots and Superdrug
Angel station at night is sketchy ngl, I get off at King's Cross and walk
in the autumn term we had a talk from a woman whose daughter was groomed, it made me cry
FIFA with my cousins is the only time my house feels normal
Im Muslim and wear hijab and ppl on the Metro say stuff, I just put my AirPods in
{NAME|Kelechi} and {NAME|Somto} told me not to go to the house party on {ADDRESS|Carlton Gardens} cos older men would be there
my bf {NAME|Leandro} is 17 and im 15 is that ok?
{NAME|Ngozi}s mum is a nurse and she explained to me what grooming actually is
{NAME|rutendo} from church gave me her number {PHONE|0113-496-0912} in case i ever need to get out
this man everyone calls uncle {NAME|Bash} gives the younger ones £20 to deliver stuff
ma wee cousin {NAME|Kayden-Lee} got his heid kicked in by the young team fae {ADDRESS|Ballater Drive}
add me on xbox {HANDLE|NoScope Nathan99} i play most nights
{NAME|Aoibhín} is the only one in my class who doesnt judge me for being in care
{NAME|José Manuel} from my course got offered money to let someone use his bank account
my aunty {NAME|Nguyễn Thị Lan} says i shouldnt go out with the boys from the takeaway
{NAME|Mhairi} an {NAME|Fraser} walked me hame cos a guy in a van kept slowin doon
this girl {NAME|Llinos} from the rugby club told everyone my business
{NAME|Seán} got battered by lads from the other estate and the guards... i mean police did nothing
{NAME|Jean-Baptiste} translates for his mum at the doctors and the council, he's only 12
i dont need no help, im fine, stop askin
the Tories, Labour, whoever, none of them care about kids like us
I've got ADHD and school just sees me as naughty, I got sent to isolation 3 times last week
Jack Daniels and Smirnoff in the park every Friday, thats what weekends are round here
we got a talk from Crimestoppers and the Fearless lady was nice
once a guy on Omegle showed himself to me, I was 12, I never told anyone till now
my Xbox Live got hacked and they bought stuff with my mums card
half my class has been to Thorpe Park and Alton Towers, I've never been anywhere
the Ring doorbell on our house makes me feel safer tbh
i hate how Instagram shows u ur location on posts, turned it off after Year 7
Ramadan is the only time my dad is home every night and i feel safe
the Saturday market in town has pickpockets, my Auntie got robbed there
after the Stormzy concert some men followed us to Wembley Park station
at 11 i got my first phone and by 12 i had men in my DMs
our youth club got shut by the Council in April, now we just go McDonald's or the bus station
me n {NAME|liv} share a room at the hostel and shes scared of the night staff
{NAME|Callum}'s mum lets us drink at theirs and thats how the older lads get in
i met {NAME|Oscar} on tinder when i was 16, he was 26 and said age is just a number
{NAME|Stefan} said if i hold his phone for a week he'll give me a ps5
my mate {NAME|Bailey} lives on {ADDRESS|Orchard Lane} and theres always cop cars outside
{NAME|Patrycja} texted me from her new number {PHONE|07700 900 705} sayin the man took her old phone
{NAME|gracie}, {NAME|molly}, {NAME|evie} and me got invited to a party at a flat by a man we met at the arcade
i reported a guy to tiktok, his acc was {URL|https://www.tiktok.com/@real.talent.scout.uk} but they didnt do nothing
my teacher mrs {NAME|Sadiq} helped me get a place at {SCHOOL|Riverbank College} when i got kicked out
when i was 13 a lad called {NAME|Kieran} from {SCHOOL|Marlowe Park} made me send pics and shared them
{NAME|Amani}s big bro {NAME|Hassan} looks after all of us on the ends, nobody touches us
me n my sister {NAME|Zara} live with our gran at {ADDRESS|Flat 15, Alder Court} since mum went to prison
"""

# ---------------------------------------------------------------------------
# Practitioners' writing: case notes, minutes, referrals, contact logs,
# chronologies, emails, attendance lists, school/health/police/YJS notes.
# One record per line; the two characters \n stand for a line break.
# ---------------------------------------------------------------------------
CASE_NOTE = r"""
Home visit to {ADDRESS|16 Kestrel Way}, Seacroft, {POSTCODE|LS14 6PD}. {NAME|Kayden} (13) present with mother. Discussed missing episode on Saturday night; {NAME|Kayden} says he was "at a mate's" but would not give a name.
Strategy meeting 04/11/2026. Present: {NAME|Sarah Whitfield} (Social Worker, Chair), DS {NAME|Omar Khalil} (West Yorkshire Police), {NAME|Bethan Lloyd} (School Nurse), {NAME|Adaeze Nwosu} (DSL, {SCHOOL|Greenhill Academy}). Apologies: {NAME|Ruth Kemp} (CAMHS).
Referral received from {SCHOOL|Marston Vale Academy} regarding {NAME|Tianna Brooks}, DOB {DATE_OF_BIRTH|02/08/2012}. Concerns about an older male associate known as "{NAME|Slim}" who collects her from school in a grey Audi.
NHS No. {NHS_NUMBER|485 777 3457}. Seen in ED following intentional overdose of paracetamol. Safeguarding referral made to MASH; CAMHS liaison informed.
Contact log 14:20 – telephone call from mother on {PHONE|0113 496 0781}. States {NAME|Leah} did not come home after school. Advised to report to police via 101, and to call 999 if she believes {NAME|Leah} is at immediate risk.
Hi {NAME|Dev},\n\nJust to update you – {NAME|Jordan} attended his YOT appointment today and engaged well. Next session Thursday 10am at the Hub.\n\nThanks,\n{NAME|Siobhan}
Chronology: 12/09/2026 – {NAME|Amelia} reported missing by carers. 13/09/2026 – located by BTP at Manchester Piccadilly with two adult males. 15/09/2026 – return home interview completed by {NAME|Josh Pender} (Barnardo's).
Strategy discussion held under Section 47. Threshold met for Initial Child Protection Conference. Police to complete ABE interview on Monday; School to share attendance data by Friday. Review in 10 working days.
MACE panel, November: three new referrals from Early Help and two re-referrals following NRM Conclusive Grounds decisions. Themes: county lines activity around Bradford Interchange, increased use of Telegram, vape sales on school premises.
Attendance: {NAME|Priya Sharma} (Chair, Children's Social Care), {NAME|Tom Gallagher} (Youth Justice Service), PC {NAME|Ellis} (Missing From Home Team), {NAME|Grace Ofori} (Virtual School), {NAME|Mark Jennings} (Housing).
YP disclosed that {NAME|Ash} (believed 19–20) has been giving her cannabis and lifts. She described him as "like a boyfriend". She has been staying at {ADDRESS|Flat 12, Cedar Court} two to three nights a week.
Dear Mrs {NAME|Okonkwo},\n\nI am writing to confirm that {NAME|Chinedu}'s place at {SCHOOL|Riverside Learning Centre} will begin on Monday 16th November. Transport will collect him at 8.15am.\n\nKind regards,\n{NAME|Laura Pike}\nInclusion Officer
Worker met YP at Costa in the town centre at 15:30. YP appeared tired, reported poor sleep and low mood. Discussed Kooth and the Shout text line (text SHOUT to 85258). Next appointment Wednesday.
School nurse note: Year 9 pupil attended drop-in complaining of abdominal pain. Disclosed sexual activity with an 18-year-old. DSL informed same day; MASH referral submitted 11:05.
Police note: {NAME|Daniel Kowalczyk} (DOB {DATE_OF_BIRTH|17/01/2009}) stopped in company of {NAME|Reuben Asante} (DOB {DATE_OF_BIRTH|30/06/2006}) at 23:40 on {ADDRESS|Marsh Lane}. Both in possession of multiple phones. Intelligence submitted.
Email from {NAME|Fatima Bibi} ({EMAIL|f.bibi@example.sch.uk}) re attendance: {NAME|Zayn} has missed 14 sessions since half term.
Agreed actions: 1. SW to complete Child and Family Assessment within 45 days. 2. Health to arrange Initial Health Assessment. 3. Police to review CCTV from the Arndale Centre. 4. Next meeting Tuesday 1st December, 2pm, Microsoft Teams.
{NAME|KB} (15) continues to go missing from placement. Carer reports {NAME|KB} is collected by a black Mercedes, partial VRM noted. {NAME|KB}'s phone has been taken by an older male.
Referral from GP surgery: {NAME|Aisha Begum}, NHS number {NHS_NUMBER|4010232137}, 16 years old, pregnant; father of the baby reported to be 24.
Return home interview offered but declined. Young person said "I'm fine, nothing happened." Carer will encourage engagement; Catch22 worker to try again next week.
Contact with Mr {NAME|Ahmadi} (father) via interpreter (Dari). He reports {NAME|Dara} has new clothes and two phones and will not say where they came from.
{NAME|Rhiannon} is a Year 11 student at {SCHOOL|Ysgol Gyfun Cwm Glas}. Attendance 62%. She has been seen getting into cars outside the school gates with adult males. PCSO {NAME|Davies} aware.
Hi all,\n\nPlease see attached minutes from this morning's Complex Safeguarding meeting. Any amendments to me by Friday.\n\nBest wishes,\nTeam Manager, Complex Safeguarding Hub
Mother {NAME|Kerry-Ann Francis} ({PHONE|020 7946 0312}) called duty to say {NAME|Jamal} had been threatened on Snapchat by a user called {HANDLE|@opp_blocka_07}. Screenshots requested.
DC {NAME|Harriet Moss} confirmed NRM referral submitted for {NAME|Andrei Popescu} (16) on 29/10/2026. Reasonable Grounds decision awaited from the Single Competent Authority.
Education: not on roll since Easter. Elective Home Education declared by parent in April; EHE officer visited in June and had concerns about suitability. Children Missing Education team notified.
Case note – YP said she met "{NAME|Kai}" on Instagram ({HANDLE|kai.vibez.mcr}). He is believed to be 21. She sent him images when she was 14. Police informed, CEOP report made.
Address on file: {ADDRESS|Flat 4, 87 Beverley Road}, Hull, {POSTCODE|HU5 1NR}. Mobile: {PHONE|07700 900 146}. Allocated worker: {NAME|Jess Coleman}.
Present: {NAME|Ngozi Eze} (IRO), {NAME|Alan Boyd} (Social Worker), {NAME|Kwabena Mensah} (YJS), {NAME|Helen Rowe} (Foster Carer), {NAME|Sadia Iqbal} (Advocate).
Safeguarding supervision: discussed caseload of 18, three children on CP plans under the category of Neglect, one under Sexual Abuse. Manager agreed to reallocate one case. Worker reminded about Signs of Safety mapping.
Dear Dr {NAME|Mahmood}, thank you for seeing {NAME|Olamide Bankole} (DOB {DATE_OF_BIRTH|5 March 2010}), NHS No. {NHS_NUMBER|612-930-4870}, regarding self-harm. Yours sincerely, Dr {NAME|R. Chandran}, Consultant Child and Adolescent Psychiatrist
Telephone call to {SCHOOL|Blessed Hope Catholic High}: DSL confirmed {NAME|Blessing} was absent Monday and Tuesday. Sibling {NAME|Gift} also absent.
Police log 0917 of 03/11: concern for welfare, female approx. 14 seen crying at Leeds bus station at 02:00. Officers attended, no trace. No crime recorded.
Missing episode 4 this month. {NAME|Tyler-Jay} returned at 06:30 on Sunday with injuries to his knuckles. Refused medical attention. Mum ({NAME|Donna}) informed duty at 09:00.
YJS note: {NAME|Marcus Thompson} attended reparation session at the community garden on {ADDRESS|Grove Street}. Supervised by {NAME|Ian}. Good engagement.
Minutes, Item 4 – Contextual Safeguarding. The group discussed the Parkway shopping centre, the underpass by the Ring Road and the skate park as locations of concern. British Transport Police to increase patrols on Friday and Saturday evenings.
Referral form: Child's name: {NAME|Lily-Rose Atkinson}. DOB: {DATE_OF_BIRTH|19.09.2013}. Address: {ADDRESS|33 Larch Avenue}, {POSTCODE|DN4 8RT}. School: {SCHOOL|Hatherton Moor Primary}.
Hi {NAME|Callum}, can you give me a ring on {PHONE|0161 496 0233} re {NAME|Eva}? She's disclosed something at lunch and I'd rather not put it in writing. Cheers, {NAME|Rach}
Chronology entry 07/10/2026: ICPC held. Child made subject of a Child Protection Plan under Emotional Abuse. Core Group to meet within 10 working days. First Review Conference January 2027.
Observed {NAME|Jakub Nowak}'s TikTok account ({URL|https://www.tiktok.com/@kuba.nowak.07}) containing videos of knives and drill music referencing the opps on {ADDRESS|Beech Road}.
Ms {NAME|Kovács} (mother) speaks limited English; Hungarian interpreter booked for Thursday. {NAME|Rebeka} (12) and {NAME|Dávid} (9) were both present during the visit.
The Local Authority Designated Officer (LADO) was consulted regarding an allegation against a PE teacher. Threshold not met; advice given to the Headteacher. Employer to take forward internally.
Discussed {NAME|Nathaniel}'s friendship with {NAME|Ezra Bailey} and {NAME|Tobi Adewale}, both known to Police for robbery. {NAME|Nathaniel} denies being involved.
Pastoral note: {NAME|Amber} in tears at break. Said {NAME|Jade} and {NAME|Crystal} had shared a screenshot of her private story. HoY informed. Parents to be contacted.
Amber weather warning issued for snow on Thursday; all face-to-face visits to be risk assessed. Duty phone will be covered from the Crystal Peaks office.
Health visitor note: Baby {NAME|Nevaeh} seen at home with mother {NAME|Chantelle} (17). Mother reports partner {NAME|Jermaine} "comes and goes". Weight gain appropriate.
Intelligence suggests {NAME|Kemi} (14) is being used to carry drugs between London and Margate. Associated line number {PHONE|07700 900 907}, known as the "Bando" line.
Review Health Assessment completed. Immunisations up to date; dental check overdue. Young person reports vaping daily and smoking cannabis at weekends. Referred to the young people's substance misuse service.
Hi {NAME|Maya},\n\nThanks for your time today. As discussed, the Youth Hub on Wednesday is a drop-in from 4–7pm and you're welcome to bring a friend.\n\nTake care,\n{NAME|Hamza}\nYouth Worker
{NAME|Pádraig Maughan} (15) lives on the council-run Traveller site with his family. Attendance at {SCHOOL|St Columba's High} 41%. Father {NAME|Martin Maughan} says {NAME|Pádraig} is needed for work.
Contact log: 16:45 rang Childline on 0800 1111 with YP at her request. YP spoke for 20 mins. Duty Manager informed at 17:10.
Transport: the X43 from Burnley to Manchester is the route used most often; YP has a bus pass. Fare is £4.50 single.
Safe and Well check at {ADDRESS|Apartment 1203, Meridian Point}. {NAME|Skye} (16) found with two adult males, identified as {NAME|Kieran Doyle} and {NAME|Liam O'Reilly}. Child Abduction Warning Notices to be considered.
Child: {NAME|Oisín Keane}, DOB {DATE_OF_BIRTH|21 Nov 2011}. 03/02/2025: first MFH episode. 18/06/2025: arrested for possession with intent. 22/06/2025: NRM referral made.
Dr {NAME|Eleni Papadopoulou} | Named Doctor for Safeguarding Children | {EMAIL|eleni.papadopoulou@nhs.example.uk} | Tel {PHONE|0161 496 0577}
The Youth Justice Board's national standards require first contact within five working days. The Referral Order panel met at the Town Hall on Wednesday evening. Victim declined restorative justice.
Visited {NAME|Oliwia} at school. She disclosed that her boyfriend "{NAME|Szymon}" (18) checks her phone daily and has told her to stop seeing {NAME|Zuzanna} and {NAME|Maja}.
DSL log: 09:10 {NAME|Theo} (Y8) reported that a Year 10 boy, {NAME|Harvey Clough}, has been asking him to hold a package. Both sets of parents contacted. Police Schools Officer PC {NAME|Lindsay} informed.
Operation Encompass notification received 07:45: domestic incident at the family home overnight, children present. DSL informed; check-in completed at morning registration. No further action by school.
Strategy minutes: {NAME|Hana Yilmaz} (14) – risk of CSE assessed as significant. Known associates: {NAME|Mustafa Yıldız} (27) and "{NAME|Baz}" (age unknown). Location of concern: shisha lounge on {ADDRESS|Carver Street}.
{NAME|Nkechi} (YP's aunt) contacted on {PHONE|+44 (0)20 7946 0488}. She is willing to be assessed as a kinship carer for {NAME|Somto}.
Reg 40 notification sent to Ofsted following police attendance at the home on Saturday. Registered Manager reviewing staffing on nights.
Met {NAME|Demarco Williams} at HMYOI Wetherby. Discussed resettlement; he would like to live with his gran in Birmingham. Release date 14/01/2027.
Attendance – Team Around the Family meeting:\n{NAME|Julie Hartnett} – Early Help Practitioner\n{NAME|Farah Siddiqui} – Family Support Worker\n{NAME|Gavin Moore} – Head of Year 8\n{NAME|Tracey} – Mum\n{NAME|Lee} – Step-dad
West Yorkshire, Merseyside and the Met shared intelligence at the Regional Organised Crime Unit meeting. Lines operating out of Liverpool and London were discussed; no children were named.
From: {EMAIL|s.okoro@example.org}\nTo: Duty Team\nSubject: {NAME|Precious} – missing again\n\n{NAME|Precious} went missing from her placement at 21:00. Police ref 13/77120/26.
School health note: {NAME|Ffion Hughes}, Yr 10, NHS {NHS_NUMBER|7216641086}. Attended for emergency contraception. Fraser competent. Discussed C-Card and healthy relationships.
Gillick and Fraser guidance applied. Young person aged 15 requested contraception; advice given and sexual health clinic details provided. No safeguarding concerns identified at this time.
Youth worker notes: young man known locally as "{NAME|Tiny}" has been seen handing phones to younger boys outside the Spar on {ADDRESS|Welbeck Road}.
Hi {NAME|Aoife},\n\nHope you're well. Quick one – is {NAME|Ciara} still open to you? School have had a disclosure and want a joint visit.\n\nThanks\n{NAME|Gemma}
Hope you're well. Just a reminder that the Safeguarding Partnership training on Child Criminal Exploitation is on Tuesday 8th December, 9:30–12:30, at the Civic Centre. Please bring your lanyard.
Probation liaison: {NAME|Wayne Pritchard} (MAPPA Category 1) is now residing at {ADDRESS|19 Sycamore Walk}. Children at the address: {NAME|Taylor} (8) and {NAME|Harley} (11). Strategy meeting requested.
CAMHS note: {NAME|Zoë Lambert} presented with low mood and disordered eating. Reports bullying via an anonymous Instagram account {HANDLE|@truthaboutzl}. Risk assessment completed.
Dates for the diary: Core Group 12 January, RCPC 3 March, LAC Review 17 March. All meetings on Teams unless the family request in person at Kingsway House.
Contact with grandmother, Mrs {NAME|Campbell}, who reports that {NAME|Ty} stays with her most weekends at {ADDRESS|5 Rowntree Mews}. She is worried about a car that waits on the corner.
Stop search of {NAME|Ibrahim Warsame} (DOB {DATE_OF_BIRTH|04/04/2008}) under s.23 MDA. Nil found. Grounds: smell of cannabis. Parent informed by phone on {PHONE|01632 960 245}.
Youth Justice Service weekly allocation: 4 new Referral Orders, 2 Youth Rehabilitation Orders, 1 Detention and Training Order. Courts: Manchester and Salford Youth Court, Tuesday and Thursday lists.
Team – please note {NAME|Mehreen}'s new mobile is {PHONE|07700 900 553}; her old work number will be switched off on Friday.
Interview notes: {NAME|Li Na} (17) stated she came to the UK on a student visa. She works in a restaurant on {ADDRESS|Pennington Street}. She does not hold her own passport. Employer known as Uncle {NAME|Chen}.
Call received from an anonymous member of the public concerned about children going in and out of a flat above the bookies. Passed to the Neighbourhood Policing Team.
Dear {NAME|Stacey},\n\nFollowing our meeting on 2 November, I am writing to confirm the plan for {NAME|Mason} and {NAME|Ruby}.\n\nYours sincerely,\n{NAME|Anjali Mistry}\nSocial Worker
The grandparents' Ruby Wedding party on Saturday is a potential trigger; Dad has historically drunk heavily at family celebrations.
{NAME|Yasmin} disclosed that her cousin {NAME|Rashid} (22) takes her to parties in Blackburn where she is given alcohol. Her Snapchat {HANDLE|yazzy.x.bbn} was used to arrange meetings.
Exploitation panel: Ref CP-2291 – {NAME|J.M.} (16), RAG Red. Ref CP-2304 – {NAME|L.T.} (13), RAG Amber. Ref CP-2310 – {NAME|A.K.} (15), RAG Green.
RAG ratings reviewed: six children Red, eleven Amber, four Green. Average time on panel 7 months. Two cases stepped down to Early Help; one closed at 18.
ED safeguarding note: 15-year-old male attended with a stab wound to the thigh. Refused to give details. NHS number {NHS_NUMBER|4382059178}. Name given as {NAME|John Smith} but staff believe this to be false.
Foster carer log: Fri 19:30 – {NAME|Kacey} went out saying she was going to {NAME|Shannon}'s. 23:00 – not returned, rang EDT. 23:40 – reported missing to police. Sat 02:15 – returned by taxi, paid for by an unknown male.
Weekend EDT summary: 14 calls, 3 police protection orders considered, 1 taken. Two placement breakdowns; one emergency bed secured at a children's home in Stockport.
Allocation: {NAME|Craig Maddox} (Team 3) allocated to {NAME|Nuala} and {NAME|Fintan Doherty}. Previous worker {NAME|Bev} has left the authority.
Safety plan agreed with {NAME|Amina}: if she feels unsafe she will go to the Co-op on {ADDRESS|Raby Street} and ask staff to call her mum. Trusted adults: mum, Aunty {NAME|Zainab} and Ms {NAME|Kaur} at school.
Safety plan review: trusted adults identified (Mum, Nan, Head of Year). Safe places: the library, the leisure centre, the gurdwara on Sundays. Apps reviewed: Snapchat set to Ghost Mode; Instagram private.
YJS chronology: 14/02/2026 – arrested with {NAME|Tayo} for robbery at Westfield Stratford. 01/03/2026 – Referral Order, 9 months. 19/05/2026 – breach; warning given. Mother's number: {PHONE|020 7946 0156}.
Meeting with Mr and Mrs {NAME|Nguyen} re {NAME|Bao}. They report he has been going to a house on {ADDRESS|Dunstan Road} where he "helps the uncles" with plants.
Worker spoke with the Head of Year 9, the SENCO and the Attendance Officer. All agree the current timetable is not meeting need. Alternative Provision panel on Thursday.
Health note: {NAME|Kerry} (mother) reports {NAME|Lacey-Jo} has been self-harming since October. GP practice: Moorside Medical Centre. NHS No {NHS_NUMBER|450 118 7360}.
Instagram account {URL|https://www.instagram.com/dj.blaze.bwd} believed to belong to {NAME|Ryan Whitworth}, 24, who has been messaging Year 8 girls. Police informed.
Instagram, Snapchat and TikTok each have reporting tools; worker showed YP how to report and block, and how to use Report Remove with Childline and the Internet Watch Foundation.
Phone call with Mrs {NAME|Begum} (maternal grandmother) on {PHONE|0113 496 0522}. She confirmed {NAME|Sami} has been staying with her since Sunday and attended {SCHOOL|Copperfield Academy} today.
Referral: concerns about {NAME|Eilidh MacLeod} (DOB {DATE_OF_BIRTH|08/05/2010}), {ADDRESS|Flat 2/1, 46 Craigmount Street}, Glasgow {POSTCODE|G20 7QH}. Older boyfriend {NAME|Stevie} (20).
Scottish Children's Reporter Administration notified. Interagency Referral Discussion held with Police Scotland and Health. Agreed to proceed to a joint investigative interview under the Scottish Child Interview Model.
Contact log: 11:00 text sent to {NAME|Kian} on {PHONE|07700 900 209}. 13:30 no response. 15:00 rang – phone off. 15:10 rang mum ({NAME|Nicola}) on {PHONE|07700 900 210} – no answer, voicemail left.
Strategy minutes: concern that {NAME|Ravi} (15) has been recruited via Discord by a user named {HANDLE|Ghost#7732}, who offered him £300 to collect a parcel from Leicester.
Discord, Telegram and Snapchat remain the main platforms used for recruitment according to the Regional Intelligence Unit briefing dated 20/10/2026. Payment commonly via PayPal, Monzo or cash.
Note: {NAME|Bilal}'s sister {NAME|Sana} attends {SCHOOL|Al-Noor Girls' School} (independent). The DSL there, Mrs {NAME|Qureshi}, has been informed.
Visited placement. Carers {NAME|Brian} and {NAME|Linda Hopkins} report {NAME|Jade} is settling well. She has joined the netball team and started part-time work at Morrisons.
Placement: residential home, 3 beds, Ofsted Good. Staffing ratio 1:1 during the day and 2:3 overnight. Young person has own room with en-suite.
Meeting with Head of Year at {SCHOOL|Falcon Ridge}: concerns that {NAME|Keisha} and {NAME|Rochelle} have been missing afternoon lessons and leaving site via the back field.
YJS assessment: {NAME|Matas Kazlauskas} (17) lives with his mother at {ADDRESS|31 Thistle Way}, Boston, {POSTCODE|PE21 9XE}. Works on farms with older men who pay cash.
Lincolnshire Police and the Gangmasters and Labour Abuse Authority carried out a joint visit to a packhouse near Boston. No children found on site. Debrief Wednesday.
Hi both,\n\nJust flagging that {NAME|Tanisha}'s new address is {ADDRESS|7 Orchid Close}, {POSTCODE|B23 5JL}. Please update LCS.\n\nThanks,\n{NAME|Kemal}
{NAME|Shay} and {NAME|Taz} (siblings) seen at the food bank with mum; both thin and unkempt. Worker spoke to school nurse {NAME|Bernadette}.
Food bank referral made via Citizens Advice. Household Support Fund application submitted for a £150 energy voucher. Family registered with the GP and the dentist.
Email from Sgt {NAME|Paul Hewitt}, Missing Persons Unit: {NAME|Kayla-Marie} was located at 03:10 at a house on {ADDRESS|Tennyson Street} with adult males. Two arrested.
A Tennyson poem was being read in the English lesson when the disclosure occurred; the teacher paused the lesson and followed the safeguarding policy.
Rugby coach {NAME|Gareth Price} reported a text from a parent alleging he had favoured her son. LADO advised no further action.
{NAME|Nour} (13) arrived as an unaccompanied asylum-seeking child from Sudan. Age disputed by the Home Office; local authority assessing. Interpreter (Arabic): Mr {NAME|Haddad}.
UASC: the National Transfer Scheme referral was accepted. Young person placed in supported accommodation in Croydon and registered with the Virtual School.
Core Group: {NAME|Joanne} (Mum), {NAME|Sanjay Patel} (SW), {NAME|Claire Dunn} (School), Rev. {NAME|Andrews} (Church youth group), {NAME|Kelly} (Family Support).
GP record: DOB {DATE_OF_BIRTH|11-02-2009}, NHS {NHS_NUMBER|689 213 4505}, patient {NAME|Isaac Boateng}. Presents with anxiety and insomnia following an assault.
The patient was seen by the Duty Doctor at 10:20. Observations normal. Discharged home with advice; follow-up in 2 weeks with the Practice Nurse.
Handover: {NAME|Cerys} went to Cardiff Central to meet someone she knows from Roblox ("{HANDLE|DarkAngel_Xx}"). BTP stopped her at the barriers. Returned home by {NAME|Rhodri} (uncle).
Cardiff and Vale Regional Safeguarding Board protocol applies. Welsh Government guidance on child exploitation was followed. Information shared with Barnardo's.
Minutes: Ms {NAME|D. Lewis} (DSL) reported that {NAME|T.H.} (Y7) has disclosed being asked for images by an older pupil. Police and parents informed.
Observation: {NAME|Leon} posted a video on Snapchat at 01:12 tagged at the Beacon estate. Account {HANDLE|leon_b_mob}. Shared with Police.
The Beacon and Brookfield estates were discussed; youth provision there has been cut since March and the only open space is the rec behind the Methodist church.
Email: Dear colleagues, please welcome {NAME|Ama Owusu-Ansah}, our new Exploitation Lead. She can be contacted on {EMAIL|ama.owusu-ansah@example.gov.uk}. Kind regards, {NAME|Neil}
Contact log: {NAME|Zak} rang the office at 12:05 from a withheld number asking for his worker. Advised {NAME|Becky} would call back before 5.
Staff rota: Monday Team A, Tuesday Team B, Wednesday training day, Thursday Team A, Friday Team C. Duty Senior on call via the switchboard, 0161 496 0000.
Exclusion note: {NAME|Kai-Leon Matthews} permanently excluded from {SCHOOL|Shirebrook Park Academy} on 20/10/2026 following possession of a bladed article. Placed at {SCHOOL|The Bridge PRU}.
Permanent exclusion figures for the Autumn term have risen by 18% compared with last year. The Fair Access Panel meets fortnightly on Mondays.
Visit to grandparents: Nan ({NAME|Pat}) and Grandad ({NAME|Ron}) are willing to have {NAME|Lola} for weekends.
{NAME|Amani} disclosed FGM performed in Kenya when she was 7. Mandatory reporting duty completed by Nurse {NAME|Wanjiru Kamau}. Police ref 13/90112/26.
FGM mandatory reporting duty discussed at team meeting. Staff reminded to call 101 within one month of a disclosure.
{NAME|Tomás} (16), Portuguese national, lives with his father in an HMO at {ADDRESS|22 Nelson Road}. Works evenings at a car wash.
Nelson's Column and Trafalgar Square were the stops on the day trip; all young people returned by 6pm with no incidents.
Police interview summary: {NAME|Kristian Dimitrov} (19) denied knowing {NAME|Elira}. Phone download shows 412 messages between his number {PHONE|07700 900 774} and hers.
Transfer-in conference: the family moved from Swansea. Children: {NAME|Seren} (6), {NAME|Osian} (9), {NAME|Megan} (14). Mum: {NAME|Llinos Jenkins}.
The Head of Service, the Principal Social Worker and the Director of Children's Services attended the Ofsted focused visit feedback on Thursday.
Hi {NAME|Naz}, thanks for the referral. We've allocated {NAME|Tash} from our CSE team – she'll be in touch this week. Best, {NAME|Harj}
Record of disclosure: {NAME|Sophia} said "Uncle {NAME|Tony} touched me when I stayed at his house". She said this happened at {ADDRESS|12 Fernbank Drive}.
The disclosure was recorded verbatim, signed and dated by the DSL at 13:45. No leading questions were asked. Parents were not contacted on police advice.
Background: mother {NAME|Roxana Stoica} is Romanian Roma; family arrived 2023. Children {NAME|Florin} (15) and {NAME|Ana-Maria} (13). {NAME|Florin} is working with a man called {NAME|Gheorghe} collecting scrap.
Roma Support Group contacted; their Education Outreach Worker will attend the next TAF meeting. Family speak Romanes and Romanian.
Intel log: driver known as "{NAME|Shorty}", passenger {NAME|Yusuf Al-Amin}. Both seen collecting {NAME|Hollie} from {SCHOOL|Saxon Hill School} on three occasions.
LAC Review for {NAME|Joel Mbuyi}. IRO: {NAME|Patience Adjei}. Present: carer {NAME|Rob}, Social Worker {NAME|Imogen}.
Patience and consistency from the carers have made a big difference; the young person is now attending school full time.
Referral from Housing: tenant at {ADDRESS|Flat 28, Belvedere Tower}, {POSTCODE|L8 2TS}, reports teenagers entering the neighbouring flat at all hours. Neighbour named as {NAME|Stuart Quinn}.
Cuckooing concerns raised by the Neighbourhood Officer regarding a flat in the tower block; Adult Social Care to visit. No children identified.
Dear {NAME|Ayo},\n\nSorry I missed you on Tuesday. I'll be at the youth centre on Friday from 3 if you want to pop in.\n\n{NAME|Kerry-Lou}
Safeguarding concern raised by lunchtime supervisor Mrs {NAME|Jean Walsh}. {NAME|Alfie} (Y4) said his mum's boyfriend {NAME|Dean} hits him with a belt.
Year 4 child disclosed physical chastisement. Referral to the Front Door made 12:40. Siblings attend the infant school; their DSL has been informed.
YJS: {NAME|De'Andre Lewis} attended with his mum ({NAME|Marcia}). Discussed the knife crime awareness session. Next appointment 10/12/2026 at the Hub.
Young carer assessment: {NAME|Shannon} (12) cares for her mum, who has MS. She said she is "always tired" and misses Miss {NAME|Hale}'s form time.
Young Carers Service offered a place on the Saturday club at Ainsdale; transport from Southport station provided.
{NAME|Hamid Noori} (16) arrested for possession of Class A in Bournemouth. Home address {ADDRESS|61 Tyndale Road}, {POSTCODE|N17 6DH}. Home force informed; NRM considered.
Hi {NAME|Ollie}, cheers for sorting the minibus. The lads going Friday are {NAME|Jayden}, {NAME|Reuben}, {NAME|Mikey} and {NAME|Ibby}. See you at 5, {NAME|Sal}
The minibus will leave the Youth Centre at 5pm on Friday for the Etihad; tickets paid from the Positive Activities budget (£180).
Chronology: 2019 – family known to Children's Services for neglect. 2021 – CIN plan closed. 2024 – re-referral by school. 2026 – step-up to Child Protection.
Referral: {NAME|Georgia-Rose Pickering}, DOB {DATE_OF_BIRTH|1st September 2011}. Lives at {ADDRESS|The Old Forge, Mill Lane}, {POSTCODE|YO62 5BT}. Concerns re older boyfriend met via Snapchat ({HANDLE|lukey_boy_97}).
Attendance note: the {NAME|Farah} children ({NAME|Ahmed}, {NAME|Muhammad} and {NAME|Hani}) have not attended since the October half term.
October half term, the Christmas holidays, February half term and the Easter holidays are the key dates for missing-episode planning agreed with Police.
{NAME|Jack}'s social worker, {NAME|Will Marks}, will mark the file as closed on Friday.
Will the Panel note that one worker said she would jack the job in if caseloads do not come down; the Chair will mark it on the agenda for January.
Mum ({NAME|Gemma Hart}) texted at 22:10 from {PHONE|07700 900 389}: "{NAME|Tayla} not home and not answering, shes with that {NAME|Callum} again".
Texts from mum have been screenshotted and saved to the case file under Documents. Duty Manager aware.
Note of call with Dr {NAME|Ifeoma Nwachukwu}, Community Paediatrician: CP medical completed for {NAME|Tobi} (4). Bruising to the ears consistent with non-accidental injury.
Child Protection medical booked at the hospital for 14:00 with the on-call Paediatrician; Police to transport.
Name: {NAME|Hollie-Jade Dawson} | DOB: {DATE_OF_BIRTH|07/07/2014} | Address: {ADDRESS|23 Primrose Bank} | Postcode: {POSTCODE|OL9 6RS} | School: {SCHOOL|Heaton Brook Primary} | Parent phone: {PHONE|0161 496 0834}
Police log: {NAME|Tyrell Henry}'s Instagram ({HANDLE|@ty.henry.mlb}) posted drill lyrics naming rival group members. Video removed after request.
Drill music is not in itself evidence of criminality; practitioners should avoid assumptions. See Contextual Safeguarding guidance.
Spoke to {NAME|Saanvi} privately. She said her parents are arranging for her to marry a cousin in India next summer. Forced Marriage Unit contacted on 020 7008 0151.
Forced Marriage Unit advice: do not contact the family, do not use family members to interpret, and record all information carefully.
Kind regards,\n{NAME|Marek Wiśniewski}\nFamily Support Worker\nMobile {PHONE|07700 900 615}\nWorking days Mon–Wed
Contact log: 10:15 – visited {NAME|Nasra} at {ADDRESS|Flat 7, Kilburn House}; no answer. Neighbour said the family "went to Birmingham". 10:40 – rang {PHONE|020 7946 0991}, number disconnected.
Disconnected numbers on file for the family will be removed; the Data Protection Officer advised that UK GDPR requires records to be kept accurate.
Chronology extract: 01/06/2026 – {NAME|Romeo} (14) found in Aberdeen with £2,000 cash. 02/06/2026 – collected by Dad ({NAME|Lloyd Grant}). 05/06/2026 – RHI with {NAME|Fatou} (St Giles Trust).
The theatre company performed Romeo and Juliet for Year 10 as part of the healthy relationships programme; discussion afterwards covered coercive control.
Police minutes: DI {NAME|Shaw}, DS {NAME|Kaur-Bains} and PC {NAME|O'Neill} present. Operation Kestrel update: 3 arrests, 2 children safeguarded.
DSL record: {NAME|Evie} has been messaged on Snapchat by {HANDLE|real.modelscout.uk}. Parents informed; phone handed to Police.
Online safety session for Year 7 covered privacy settings, location sharing and what to do about unwanted messages. Delivered by the school's PCSO.
Health: Baby {NAME|Aaliyah} born {DATE_OF_BIRTH|03/11/2026} to {NAME|Rukhsana Akhtar} (17). Baby's NHS number {NHS_NUMBER|4667012250}. Father not named.
Interpreters booked: {NAME|Giulia Romano} (Italian), {NAME|Sofia Ferreira} (Portuguese), {NAME|Javier Morales} (Spanish). Minutes taken by {NAME|Matteo Russo}.
Statutory visit completed within timescales. Child seen alone in her bedroom. Wishes and feelings: wants more contact with her brothers. Room clean and personalised.
rang mum x2 no ans, txt sent 16:05. will try tmrw am before the school run
spoke to {NAME|jen} at school re {NAME|kyra}, attendance still poor, agreed home visit thurs with {NAME|sam} from EH
Health note: {NAME|Mustafa} (14), NHS No. {NHS_NUMBER|634-008-7124}, attended the walk-in centre with a burn to his forearm. Explanation inconsistent. Referral to MASH.
Paediatric liaison: 2 ED attendances in 6 weeks for the same child; GP and Health Visitor notified as per the Was Not Brought policy.
Email:\nHi {NAME|Priyanka},\n\nCould you send me {NAME|Ellie}'s attendance for this term? Strategy is tomorrow at 10.\n\nMany thanks,\n{NAME|Owen Gallagher}\nSocial Worker, Team 2
Email:\nHi {NAME|Owen},\n\nAttendance attached. She has 71% this term with most absences on Mondays and Fridays.\n\nBest,\nAttendance Officer
Police: {NAME|Lewis Kerr} (DOB {DATE_OF_BIRTH|14 February 2007}) charged with trafficking offences. Victims include two children aged 15. Remanded to HMP Forest Bank.
Court: the Youth Court at Highbury Corner adjourned the case to January for a pre-sentence report. Bail conditions: curfew 7pm–7am, no contact with co-defendants.
Trafficking log: {NAME|Vanessa} (15) recovered from a flat above a shop on {ADDRESS|Cheetham Hill Road}. Three phones seized. Her handle on the line was "{NAME|Nessa}".
Attendance list – Child Protection Conference:\n{NAME|Rosalind Agyeman} (Independent Chair)\n{NAME|Bogdan Lăcătuș} (Father)\n{NAME|Ionela Lăcătuș} (Mother)\n{NAME|Andreea Pop} (Interpreter)\n{NAME|Claire Whitmore} (Social Worker)
Core Group apologies: Health Visitor (annual leave), School Nurse (training). Quorate. Next meeting in 6 weeks.
Duty note: {NAME|Wiktoria} (16) presented at reception asking for a worker. She says she was kicked out by her stepdad last night and slept at {NAME|Olek}'s.
Housing options: 16/17 joint protocol applies. Young person offered Southwark assessment under Section 20; declined. Emergency B&B not appropriate.
School DSL email: Good morning {NAME|Jo},\n\nFYI {NAME|Tia-Rose} came in today with a new iPhone and £100 in cash. She says her "boyfriend" {NAME|Dwayne} bought it.\n\nRegards,\nMr {NAME|R. Bhatt}
Referral received from the Lucy Faithfull Foundation regarding a parent who self-referred to Stop It Now. No children identified at this stage.
Chronology: {NAME|Ayaan Hussein} – first contact 2022 (DOB {DATE_OF_BIRTH|23/10/2010}). 2023 – permanently excluded from {SCHOOL|Eastbrook}. 2024 – NRM positive Conclusive Grounds.
Contact with the Jobcentre Plus youth work coach confirmed that the young person attends on Tuesdays. Kickstart placement at Halfords ended in May.
Phone call from {NAME|Shauna Connors} ({PHONE|01632 960 713}), aunt, worried that {NAME|Mikey} has been seen with "{NAME|Big Col}" near the canal.
Present: Inspector {NAME|Hargreaves}, Sgt {NAME|Malik}, DC {NAME|Okafor}, {NAME|Lorna Fitzgerald} (CSE Nurse), {NAME|Raj} (Youth Worker).
Group supervision reflected on the Serious Case Review findings; learning themes were adultification, professional curiosity and drift.
{NAME|Kofi Asante}'s mum asked that letters are sent to her work address rather than home because the dad reads the post.
Virtual School: PEP completed for {NAME|Mercy} (Year 6). Targets: reading age, friendships, transition to {SCHOOL|Oldfield Grange Academy} in September.
PEP meeting held at school. Pupil Premium Plus spent on a tutor and a laptop. Designated Teacher to monitor.
Dear Ms {NAME|Rezaei},\n\nThank you for attending the meeting about {NAME|Darya} on Tuesday. I have attached the safety plan we agreed.\n\nWith best wishes,\n{NAME|Caoimhe Brennan}\nFamily Group Conference Coordinator
YP gave her new number as {PHONE|07700 9OO 118} and asked that we do not share it with her dad.
Contact log 09:30 – {NAME|Layla Haddad} (14) came to the school office and asked to speak to someone from the police about a man on Snapchat ({HANDLE|habibi.kingz}). DSL present.
Strategy meeting minutes, 18/11/2026. Attendees: {NAME|Kim Ji-woo} (Social Worker), DC {NAME|Adeyinka} (Police), {NAME|Nurul Aisyah Rahman} (Health), {NAME|Carys Pugh} (Education). Child: {NAME|Maria Santos} (15).
Police note: at 16:20 officers attended {ADDRESS|Flat 3, 9 Albion Terrace} following a report of a child in distress. {NAME|Karwan} (12) was home alone. Mother returned at 17:05.
Police attended the address following a 999 call at 16:20. Child found safe and well. Referral made to Children's Services via the Police Vulnerability Hub.
School note: {NAME|Róisín} (Y9) reports that girls in her class have been calling her names in the group chat "Year 9 Baddies". Screenshots saved. HoY Mr {NAME|Quigley} to speak to the girls involved.
Anti-Bullying Week: assemblies delivered on Monday; Year 9 and Year 10 tutor groups completed the Childnet workshop. Parent information sent via ParentMail.
Antenatal booking for {NAME|Shantel Morgan}, 16, at 11 weeks. Partner reported to be 22. Midwife {NAME|Annie} has made a safeguarding referral.
The Midwifery Safeguarding Team meets every Thursday at 1pm. Pre-birth assessments must be started by 20 weeks' gestation.
Contact log: YP texted worker at 23:48 "im at {ADDRESS|Prospect Street} cant get home". Worker on call rang police; YP collected by officers at 00:30.
Out-of-hours texts to work mobiles must be forwarded to EDT. Workers are reminded that they are not on call unless rostered.
Referral Order panel: community panel members {NAME|Olu}, {NAME|Margaret} and {NAME|Steve}. Young person: {NAME|Finlay Murray} (15). Contract agreed: 12 sessions.
Hiya {NAME|Shaz},\n\nSorry for the late reply! Yes {NAME|Kian} can come to the boxing session on Tuesday, his mum has signed the form.\n\nCheers\n{NAME|Dom}\nBoxing Coach
Boxing club, football sessions and the Duke of Edinburgh's Award are available on Tuesday and Thursday evenings; all free to young people open to the service.
Referral: {NAME|Samuel Giňa} (14), Slovak Roma, arrived in Sheffield in 2025. Found in a car with three adult males at 01:00 by South Yorkshire Police. Address: {ADDRESS|104 Wensley Lane}, {POSTCODE|S4 8JF}.
School attendance: {NAME|Iolo ap Dafydd} (Y8) 79%; sister {NAME|Carys ap Dafydd} (Y6) 81%. Family say the children are anxious about the walk past the precinct.
Attendance Panel: 12 families invited, 9 attended. Fixed penalty notices considered for 3. Next panel in January.
Dear {NAME|Kirsty},\n\nPlease find attached the minutes from today's Initial Child Protection Conference for {NAME|Lachie} and {NAME|Isla}.\n\nRegards,\nConference Administrator
Minutes will be circulated within 10 working days. Any factual inaccuracies should be raised with the Conference Chair in writing.
Intelligence log 4412: vehicle seen dropping children at the services on the M62 at night. Occupants not identified. Crime ref 13/55218/26.
{NAME|Imran Qureshi} (31) arrested at {ADDRESS|Flat 6, Lincoln House} in connection with the sexual exploitation of two girls aged 14. Victims safeguarded by the CSE team.
Contact log:\n08:50 – rang {NAME|Patrycja}'s mum ({PHONE|0113 496 0655}), no answer\n09:20 – rang again, spoke to mum, {NAME|Patrycja} home safe\n09:25 – police informed, missing episode closed
Missing Persons Coordinator reported 63 episodes in October involving 29 children; 11 children accounted for two-thirds of episodes.
YP shared her Instagram handle {HANDLE|@xo.baddie.ellz} with worker so that we could check her privacy settings together. All now set to private.
School nurse: {NAME|Chiamaka} (Y10) attended with a friend, {NAME|Tobenna}, who wanted advice on how to help {NAME|Chiamaka} stop self-harming.
Housing: {NAME|Ayaan Farah} (18, care leaver) has been offered a tenancy at {ADDRESS|Flat 11, Rosemary Court}, {POSTCODE|M16 7RT}. PA {NAME|Louise} to support the move on Friday.
Leaving Care: Pathway Plan reviewed. Setting Up Home allowance of £2,000 agreed. Council Tax exemption applies until age 25.
Many thanks,\nDr {NAME|Ana Ionescu}\nClinical Psychologist\n{EMAIL|ana.ionescu@camhs.example.nhs.uk}
Chronology: 04/01/2026 – {NAME|Kacper} reported missing from school. 05/01/2026 – located in Peterborough with {NAME|Radek} (19). 06/01/2026 – RHI declined.
YP wrote in her diary (shared with consent): "me n {NAME|jaz} went to {NAME|tony}s flat again he gave us voddie".
Voddie, weed and balloons were mentioned by several girls at the group work session as the things older men offer at "parties".
Youth worker log: {NAME|Delano} and {NAME|Kemar} arrived at the centre at 18:10, both hyped about a video posted by the Hillside boys. Mediation offered.
Detached youth work on the Hillside estate and along the canal towpath on Friday; 23 young people engaged, 4 new.
Police: DOB {DATE_OF_BIRTH|29/02/2012} confirmed for {NAME|Amelie Hart} from her birth certificate. Placed under Police Protection at 19:40.
Health visitor: Mum ({NAME|Nadia}) disclosed domestic abuse by partner {NAME|Sergei}. MARAC referral completed. Children {NAME|Alina} (3) and {NAME|Matvei} (1).
MARAC Thursday: 14 cases heard, 6 repeats. IDVA service at capacity. Actions distributed by secure email.
{NAME|Maryam}'s teacher, Mrs {NAME|Afolabi}, called at 15:10 because {NAME|Maryam} said she is scared to go home.
Referral form (Early Help):\nChild: {NAME|Harrison Webb}\nDOB: {DATE_OF_BIRTH|2 Jan 2013}\nSchool: {SCHOOL|Longmoor Primary}\nParent: {NAME|Kelly Webb}, {PHONE|07700 900 330}
Early Help assessment completed with the family. Outcomes Star used. Plan: parenting course on Mondays, school-based mentoring, signposting to Young Minds resources.
CCTV shows {NAME|Kwesi} and another male, known as "{NAME|Blade}", entering the underpass at 22:14. Both hooded.
Morning {NAME|Gurdeep},\n\nJust a heads up that {NAME|Arjun Nair} is back in school today after his exclusion. Please keep an eye on him at lunch.\n\nMrs {NAME|Sharma}
Reintegration meeting: pupil, parent, Head of Year and SENCO attended. Agreed a reduced timetable for two weeks and a daily check-in with the Learning Mentor.
Missing from care report: {NAME|Eleni} (15) absent from her placement since 20:00. Last seen on {ADDRESS|Warwick Avenue} with a man in his 20s.
Warwick Castle trip postponed to the spring because of staff sickness; young people offered the Sea Life Centre instead.
Child Abduction Warning Notice served on {NAME|Danny Lowe} (29) in respect of {NAME|Kelsey} (15). He was told not to contact her via Snapchat ({HANDLE|dlowe_89}) or in person.
CAWN process: notices are served in person by a police officer and last for two years. Breach is not an offence in itself but can support further action.
{NAME|Idris Bello} (16), NHS No {NHS_NUMBER|711 539 0460}, attended with a head injury after an assault at the bus station.
GP note: patient {NAME|Shirin Rezaei} (20) requests a chaperone; disclosed past exploitation aged 15. NHS {NHS_NUMBER|4298671534}.
Trauma-informed practice: offer choice, avoid re-telling, allow a trusted adult to be present. Chaperone policy updated November 2026.
DSL log: {NAME|Benji} (Y5) said Grandad {NAME|Ken} shows him videos on his phone that make him feel sick.
Staff meeting: reminder about the Keeping Children Safe in Education update from September; all staff to sign by Friday.
Intel: Discord server invite {URL|https://discord.gg/q7RkN2xY} circulating among Year 8 pupils contains violent and sexual content. Server owner {HANDLE|VoidLord#1208}.
Contact log 17:40 – {NAME|Jordan}'s dad, Mr {NAME|Okeke}, phoned to say {NAME|Jordan} has been threatened outside {SCHOOL|Moss Bank High} by older boys on bikes.
{NAME|Aoife Ní Bhriain} (Irish Traveller, 14): attendance at {SCHOOL|St Brigid's} 55%. Mother says {NAME|Aoife} is minding the younger ones.
Traveller Education Service attended; the family moved onto the transit site at Cross Green on Monday.
Strategy: {NAME|Deji} (15) is believed to be running a line from Croydon to Eastbourne; his brother {NAME|Segun} (18) is linked to the Woodside group. Next review 2/12.
Woodside, Thornton Heath and Norbury were identified as hotspots; Safer Neighbourhood Teams to feed back at the next panel.
{NAME|Trần Văn Hùng} (16) found at a nail bar in Stoke during a police visit; said his "boss" {NAME|Anh Tuấn} keeps his documents. NRM referral made.
"""

# ---------------------------------------------------------------------------
# Parsing and checks
# ---------------------------------------------------------------------------
MARK = re.compile(r"\{([^{}|]*)\|([^{}]*)\}")

PHONE_PREFIXES = ("07700900", "01134960", "02079460", "01614960", "01632960")
NUMBER_WORDS = {
    "oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9",
}
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def lines_of(block):
    """One record per non-blank line."""
    return [line.strip() for line in block.split("\n") if line.strip()]


def nhs_ok(value):
    """NHS number Modulus 11 check (weights 10..2, check digit 10 invalid)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def phone_digits(value):
    """Reduce a plain or obfuscated phone number to its digits."""
    s = value.lower()
    s = re.sub(r"\b(double|triple)\s+([a-z]+|\d)",
               lambda m: " ".join([m.group(2)] * (2 if m.group(1) == "double" else 3)), s)
    s = re.sub(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
               lambda m: NUMBER_WORDS[m.group(1)], s)
    s = s.replace("o", "0")
    digits = re.sub(r"\D", "", s)
    if digits.startswith("440"):
        digits = digits[2:]
    elif digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits


def parse(raw, where, errors):
    raw = raw.replace("\\n", "\n")
    pieces, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        pieces.append(before)
        length += len(before)
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            errors.append(f"{where}: unknown type {typ!r}")
        if not val:
            errors.append(f"{where}: empty span of type {typ}")
        elif val != val.strip():
            errors.append(f"{where}: edge whitespace in span {val!r}")
        spans.append({"start": length, "end": length + len(val), "type": typ})
        pieces.append(val)
        length += len(val)
        pos = m.end()
    pieces.append(raw[pos:])
    text = "".join(pieces)

    if "{" in text or "}" in text:
        errors.append(f"{where}: brace left in text: {text[:70]!r}")
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            errors.append(f"{where}: overlapping spans")
        gap = text[a["end"]:b["start"]]
        if a["type"] == b["type"] == "NAME" and gap.strip() == "":
            errors.append(f"{where}: adjacent NAME spans should be one span: "
                          f"{text[a['start']:b['end']]!r}")
    for sp in spans:
        val = text[sp["start"]:sp["end"]]
        if sp["type"] == "NHS_NUMBER" and not nhs_ok(val):
            errors.append(f"{where}: NHS number fails Modulus 11: {val!r}")
        if sp["type"] == "PHONE":
            d = phone_digits(val)
            if len(d) != 11 or not d.startswith(PHONE_PREFIXES):
                errors.append(f"{where}: phone not in a drama range: {val!r} -> {d}")
        if sp["type"] == "POSTCODE":
            if not POSTCODE_RE.match(val.replace(" ", "").upper()):
                errors.append(f"{where}: malformed postcode {val!r}")
        if sp["type"] == "EMAIL":
            if not re.search(r"@|\(at\)|\[at\]|\bat\b", val):
                errors.append(f"{where}: email without an at sign: {val!r}")
    # The same identifying string must not also appear unmarked in the record.
    for sp in spans:
        val = text[sp["start"]:sp["end"]]
        for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
            inside = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
            if not inside:
                errors.append(f"{where}: {val!r} marked once but also left unmarked")
    return text, spans


def main():
    errors = []
    records = []
    for style, block in (("young_person", YOUNG_PERSON), ("case_note", CASE_NOTE)):
        for i, raw in enumerate(lines_of(block), 1):
            text, spans = parse(raw, f"{style} line {i}", errors)
            records.append({"style": style, "text": text, "spans": spans})

    seen = {}
    for r in records:
        key = r["text"]
        if key in seen:
            errors.append(f"duplicate text: {key[:70]!r}")
        seen[key] = True

    n = len(records)
    n_neg = sum(1 for r in records if not r["spans"])
    types = Counter(s["type"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    if n < 350:
        errors.append(f"only {n} records (need at least 350)")
    if types["NAME"] < 220:
        errors.append(f"only {types['NAME']} NAME spans (need at least 220)")
    if 3 * n_neg < n:
        errors.append(f"only {n_neg} of {n} records have nothing to remove (need a third)")
    for st in ("young_person", "case_note"):
        if not 0.4 <= styles[st] / n <= 0.6:
            errors.append(f"style {st} is {styles[st]} of {n}, not about half")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written.", file=sys.stderr)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(records)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for k, r in enumerate(records, 1):
            row = {"id": f"p{k:04d}", "style": r["style"], "text": r["text"],
                   "spans": r["spans"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"wrote {OUT.name}: {n} records")
    print("\nrecords by style (all / with nothing to remove):")
    for st in ("young_person", "case_note"):
        neg = sum(1 for r in records if r["style"] == st and not r["spans"])
        print(f"  {st:13s} {styles[st]:4d} / {neg:4d}")
    print(f"  {'total':13s} {n:4d} / {n_neg:4d}")
    print("\nspans by type (young_person / case_note / total):")
    by = {st: Counter(s["type"] for r in records if r["style"] == st for s in r["spans"])
          for st in ("young_person", "case_note")}
    for t in sorted(TYPES, key=lambda t: (-types[t], t)):
        print(f"  {t:14s} {by['young_person'][t]:4d} {by['case_note'][t]:4d} {types[t]:4d}")
    print(f"  {'total':14s} {sum(by['young_person'].values()):4d} "
          f"{sum(by['case_note'].values()):4d} {sum(types.values()):4d}")


if __name__ == "__main__":
    main()
