#!/usr/bin/env python3
"""Build evaluation set O for a free-text de-identifier (UK youth safeguarding).

Every record below was typed by hand, one record per line. Identifying spans are
marked inline as {TYPE|text}. Running this script strips the markers, computes
code-point offsets (end exclusive), checks everything, shuffles with a fixed seed
and writes set_o.jsonl. If any check fails nothing is written.
"""
import json
import random
import re
import sys
from collections import Counter

YOUNG_PERSON = r"""
i dont really feel safe walkin home from {SCHOOL|hollins grove} coz theres these older boys by the chippy and one of them {NAME|kieran} keeps askin me to hold stuff for him
me n {NAME|shanice} used to be tight but she started chillin wiv big {NAME|mo} and his lot and now she dont even reply to my snaps
theres this man on snap {HANDLE|trapboy_b21} who adds all the year 8s n offers them £50 to go somewhere for the weekend
my mum dont know but i was talkin to a guy called {NAME|dwayne} who said he was 17 but he had a beard and a car lol
honestly the worst thing is when ppl screenshot ur stuff, {NAME|kayleigh} did that to me and sent it to the whole of year 10
if anyone from the survey needs to talk my number is {PHONE|07700 900 418} i dont mind
ngl i got added to a groupchat by {HANDLE|@lilz.xo} and it was just nudes of girls from {SCHOOL|st bedes} i left straight away
i live at {ADDRESS|27 ashgrove rd} and the lads on the corner are always there from like 4 til midnight
wallahi {NAME|bilal} is the only one who checks on me since we moved to the new area
me mam n dad split up last year n i stay at me nans on {ADDRESS|kelso street} most weekends, its sound there
aye its pure scary when the polis come roon the scheme but {NAME|ruaridh} says just keep yer heid doon
my snap is {HANDLE|jadeyy.b09} if the researchers wanna ask more lol
this lad {NAME|tyreek} from {SCHOOL|northfield} started messaging me on insta sayin he could get me free creps if i did a run for him
my bf {NAME|callum}s mates always pressure me to send pics n he just laughs
i got groomed when i was 13 by a guy who told me to call him uncle {NAME|ray}, he wasnt my uncle he was like 40
{NAME|precious} told me about childline n i rang them at like 2am, it helped a bit
the youth worker {NAME|Gethin} is lush, he actually listens and doesnt judge u
me n {NAME|oisín} got jumped outside the garage, they took his phone n his jacket n his bus pass
theres a lad {NAME|łukasz} in my form who gets called names coz hes polish n the teachers do nothin
i moved here from eritrea when i was 14, my keyworker {NAME|selam} helps me with everything even the forms
my DOB is {DATE_OF_BIRTH|14/03/2010} and im in year 11 if that matters for the survey
add me on tiktok {HANDLE|@dre.x.07} i post about this stuff
bro {NAME|kwame} got stabbed last summer near the rec and nobody even got arrested for it
tbh online is safer than outside for me, outside theres {NAME|jermaine} n his boys waiting
my friend {NAME|aisling} got her nudes leaked by her ex {NAME|conor} and school just told her to delete her account
miss {NAME|kaur} is the only teacher who ever asked if i was ok
i got bullied by {NAME|harvey} n {NAME|kai} all through year 7 coz of my eczema
when i was in care i had like 6 placements, the one on {ADDRESS|prospect terrace} was the worst
{NAME|siobhán} said if i ever go missing again shell ring the police herself lol
there was a man outside {SCHOOL|kingsmead college} giving out vapes to anyone, his number was {PHONE|O77OO 9OO 573}
my cousin {NAME|hodan} got married at 16 back home and i worry they will do the same to me
someone made a fake insta of me {URL|instagram.com/ellie.may.fake} and posted my pics with horrible captions
i dont trust the police since pc {NAME|adeyemi} searched me in front of everyone at the bus station
thats all i wanna say really, hope this helps other kids love {NAME|ellie}xx
i got a message from {EMAIL|kayla.b2009 (at) gmail (dot) com} asking for pics and i dunno who it is
my email is {EMAIL|jordanh_07@hotmail.co.uk} if u need to follow anything up
{NAME|jordan} from my estate got sent to norfolk to sell for some guys n came back with a broken arm
{NAME|ama} n {NAME|efua} r my best mates we walk everywhere together so we feel safe
im 16 and my birthday is {DATE_OF_BIRTH|9th june} so ill be 17 soon n can finally get a provisional
a guy on discord {HANDLE|shadowfox#4821} kept asking me for pics of my feet n said hed pay me in robux
my sister {NAME|nadia} is 19 and her boyfriend {NAME|rizwan} controls who she talks to and what she wears
lived at {ADDRESS|flat 9 marsden house} with my dad till the council moved us out
postcode {POSTCODE|m147lx} is wer i live n its alright but the park is sketchy at night
i dont go to school no more, got kicked out of {SCHOOL|thornbury park} in year 9 n now im at the pru
{NAME|mihai} my mate from romania gets stopped n searched like every week for nothin
{NAME|zuzanna} helped me when i was being cyberbullied she reported all the accounts for me
theres a man called {NAME|tariq} who owns the shisha place n he lets the girls in for free if they bring mates
my old foster carer mrs {NAME|okonkwo} was proper kind she still sends me birthday cards every year
me n {NAME|rhys} got caught with weed and the police just took it and rang our mams
i was groomed by my dads mate {NAME|dean} when i was 12 n nobody believed me till i was 15
the ones fae {SCHOOL|glenbrae} always start fights wi us at the shops efter school
{NAME|cerys} and {NAME|ffion} made a group chat just to slag me off and added everyone but me
this girl {NAME|chelsea} kept telling everyone im a grass coz i talked to the school nurse
{NAME|will} is my key worker and hes alright, he will actually ring u back when he says he will
my mums boyfriend {NAME|steve} hits her and i dont want to go home most days
we call him lil {NAME|t} but his real name is {NAME|tyrese}, hes the one who recruits the year 9s
big {NAME|dre} runs the line from here to swansea and everyone knows but nobody says nothing
{NAME|kacper} got added to a group called money moves and they gave him a burner the next day
i was 14 when {NAME|marlon} who was 22 started picking me up from school in his merc
my instagram is {URL|https://www.instagram.com/amirah.k_/} pls dont share it tho
{NAME|amira} and {NAME|zainab} wear hijab and get abuse on the bus like every day
my social worker changed like 4 times in 2 years, {NAME|ngozi} was the best one but she left too
{NAME|giorgos}s brother sells on snap, everyone knows, the police know too
yh so {NAME|lacey-mae} got took to a party in a flat on {ADDRESS|wellington road} n woke up not knowing wer she was
ma pal {NAME|eilidh} got hur drink spiked at a party in the toon and naebody believed hur
i got a text from {PHONE|+44 7700 900264} saying i owed money for a parcel n to click a link
our {NAME|kirsty} found a tracker app on her phone that her ex put on
{NAME|mohammed} n {NAME|yusuf} from the mosque youth group are the ones who talked me out of it
{NAME|bethan} got scouted by a modelling agent on insta who wanted her to come to london on her own
my dob is {DATE_OF_BIRTH|03.11.2009} n i live in bradford with my nani
i dont like when teachers make u say ur feelings in front of the class, mr{NAME|ahmed} does that every pshe
dm me on insta {HANDLE|@_kwabena.o} if u want to know more about what happened
{NAME|jay}2day got arrested for something he didnt do, he was just standing there
i text {NAME|sophie} every night when i get home so someone knows im safe
{NAME|temi} got a fake modelling email from {EMAIL|talent.scout.uk@outlook.com} asking for bikini pics
i got expelled from {SCHOOL|St Bede's RC High School} for carrying a knife but i only had it coz i was scared
people think {NAME|summer} is posh coz she lives on {ADDRESS|rosebery avenue} but her dad is proper violent
{NAME|dawit} my friend from ethiopia says the police here are nicer than back home but the lads are worse
i was with {NAME|kemar} for a year and he used to go through my phone every night
{NAME|ionuț} sends his mum his location every time he goes out coz she worries
snap map is dangerous, {NAME|tia}'s ex found her at her nans using it
add my sc {HANDLE|lil.mz09} x
my fone number changed its {PHONE|07700 900 127} now
the guy said his name was {NAME|rocky} and he was a scout for a football academy
{NAME|seumas} says they dinnae hae any youth clubs left on the island so everybody just drinks at the pier
when i was at {SCHOOL|ysgol bryn celyn} nobody got bullied for being gay but here its every day
i was born on {DATE_OF_BIRTH|the 2nd of feb 2011} so im 15
{NAME|pádraig} and his cousins are travellers and the school always blames them first
my mate {NAME|minh} got brought over here and made to work in a nail bar and hes only 15
{NAME|linh} from college wont talk about how she got here but shes scared of the man who drops her off
my brother {NAME|aarav} got sextorted by someone pretending to be a girl, they wanted £300
{NAME|harpreet}s dad found out she had a boyfriend and took her phone and her passport
{NAME|khadra} n me go to the girls group at the youth centre on tuesdays
this guy {NAME|reece doyle} from the year above posts videos of fights at the bus station
tell {NAME|gemma} from the youth club i said thanks for everything x
{NAME|ollie}, {NAME|alfie} and {NAME|freddie} got caught vaping in the toilets n got a week in isolation
{NAME|joão} my mate from portugal says nobody at school helps with his english
{NAME|chiara} got catfished by some guy using a footballers pics
i know a man {NAME|yaw} who runs a studio n gets girls to come record n then wont let them leave till late
my older sister {NAME|wanjiru} says i shouldnt post in my school uniform coz ppl can work out where u go
my tiktok {URL|tiktok.com/@tayx.official} got hacked and they posted stuff pretending to be me
the teacher at {SCHOOL|TPA} told me to stop attention seeking when i said i was self harming
{NAME|mariam} and {NAME|layla} got followed from the station by a man in a van
my friend {NAME|andreea} is roma and people at school call her a thief to her face
{NAME|kareem} was doing county lines at 13 and nobody at school noticed he was gone for a week
i had a worker called {NAME|grace} she was amazing, by the grace of god i got out of that flat
me n {NAME|bex} used to run away together, we slept in the park behind {SCHOOL|oakwood primary} once
{NAME|hope} is my little sister and i worry about her on roblox, i hope she never talks to strangers
gamertag {HANDLE|xX_R3aper_Xx} sent me a friend request n kept asking what school i go to
my real name is {NAME|Oluwaseun} but everyone calls me {NAME|seun}
{NAME|asia} n {NAME|india} r twins in my year and the supply teachers always get them mixed up
my dob {DATE_OF_BIRTH|2009-07-21} n postcode {POSTCODE|LS8 3QP}
{NAME|dafydd} said his uncle would give him a job but it was just driving bags about
me and my mate {NAME|marek} got drunk at 13 n ended up in a strangers car, never again
{NAME|shane} from the foyer got me a room when i was sofa surfing
i had my phone robbed by {NAME|kian} n his mate outside {SCHOOL|Dunmore Academy}
snap me {HANDLE|@kiaraxo.b} if u wanna chat about the survey
i rang the number he gave me {PHONE|zero seven seven zero zero nine zero zero six one two} and a woman answered
my ex {NAME|brandon} has my location on and wont turn it off
{NAME|abdi} and {NAME|warsame} got moved to a hotel with all the other asylum kids n nobody checks on them
{NAME|mòrag}s maw works nights so we all go there efter school
im from the gypsy community and my dad {NAME|shadrack} doesnt trust schools coz of how they treated him
everyone calls me lil {NAME|kay} coz my big sister is {NAME|kay} too
got ma snap {HANDLE|ruaridh_mck} stolen by a hacker n they messaged everybody for money
{NAME|sid} told everyone i was gay before i was ready
{NAME|faith} n {NAME|patience} from church r the only ppl i trust
one of my mates {NAME|bartosz} was sleeping in a garage for 2 months n the school didnt know
i got sent a link {URL|discord.gg/r4nd0mz} to a server where they shared pics of girls from our school
{NAME|ifeoma} says her mum would send her back to nigeria if she knew about her girlfriend
my name is {NAME|Kayden Walsh} and i am 13 and i play for the under 14s
theres a boy called {NAME|j} from the top flats who always has loads of cash
{NAME|chloé}s cousin is in a gang in brum n she gets scared when he visits
the worker ms {NAME|fernández} helped me fill in my housing form
call me on {PHONE|0161 496 0754} thats my nans landline
{NAME|sanjay} got beat up after cricket n the police said it wasnt a hate crime
i stayed at {NAME|kyle}s flat at {ADDRESS|14b gorse hill road} for 3 days n nobody reported me missing
{NAME|ruby} from the childrens home showed me how to block people on whatsapp
{NAME|jack} nicked my bike n then tried to sell it back to me lol
after {NAME|craig} got out of prison he came straight round to ours, mum let him in
i like the online youth club coz {NAME|sunny} the worker makes it fun
ppl think {NAME|storm} is a made up name but its my actual name lol
{NAME|marcia} my foster carer says i cant go on tiktok after 9
my mate {NAME|ruairí} does boxing n no one messes with him
{NAME|miles} lives miles away now so i dont see him much
ive been talking to {NAME|mason} online for a year but never met him, he says hes 16
my baby sister {NAME|autumn} was born in autumn lol thats why
i used to go to {SCHOOL|Meadowbank Sixth Form College} but dropped out when i got pregnant
{NAME|iestyn} put a video of me on his story when i was drunk n passed out
nobody at the home cares except {NAME|delroy} on nights
my mates call me {NAME|zee} coz my name is {NAME|ziyad}
{NAME|dmytro} from ukraine gets called a refugee like its an insult
{NAME|yuki} moved here from japan n got loads of weird comments from older men online
got kicked out at 16 n auntie {NAME|pearl} from church took me in
a man in a red golf always parked by {SCHOOL|st columbas} at home time, we told mr {NAME|doherty} n he did nothing
my mum {NAME|donna} works two jobs so im home alone most nights
i live in {POSTCODE|e15 4hg} n the mandem from the next road r always outside
as a care leaver i had to give my nhs number {NHS_NUMBER|390 547 1280} to like 5 different people
ring me on {PHONE|07700-900-583} after 4 not in school hours
my mates insta {URL|www.instagram.com/kwesi_ldn} got loads of threats after the video
i was born {DATE_OF_BIRTH|12.11.08} so im 18 now and just left care
we live at {ADDRESS|6 ferndale close} {POSTCODE|bs56xw} and the police never come when we ring
{NAME|ciara o'brien} from my class got her account hacked and they posted her address
{NAME|d'angelo}s older brother is the one handing out the phones
{NAME|jean-baptiste} from congo gets picked on coz of his accent
me n {NAME|nurul} go to the library after school its the only quiet place
{NAME|catrìona} says the ferry is the only way off the island so when stuff happens at home u cant escape
{NAME|llŷr} my best mate from home still messages me every day since i moved to cardiff
{NAME|paddy} n his brothers get called names about being irish travellers
me mam says {NAME|lee boswell} is bad news n to stay away from him
{NAME|gejza} n his sister are slovak roma and they translate for their parents at the doctors
everyone calls him {NAME|nowak} not his first name, even the teachers
my little cousin is called {NAME|dior} and she gets teased for it
{NAME|taylor} n {NAME|parker} r a couple in my year and everyone ships them
meetin {NAME|tyrone}2nite at the park dunno if i should go he says he has a surprise for me
everyone was posting #justicefor{NAME|kwesi} but the police still didnt charge anyone
his number was {PHONE|oh seven seven double oh nine double oh three four one} he said it like that so i couldnt screenshot it
my nan is at {ADDRESS|flat 3 ridgeway court} and i go there when its bad at home
{NAME|siddharth} n {NAME|arjun} r always on the xbox with randoms who swear at them
my best friend {NAME|priya patel} got told by her parents she cant be friends with me coz im a boy
{NAME|tunde} from church says the mandem are watching who goes in the youth club
my old email was {EMAIL|mo.warsame at gmail dot com} but someone got into it and changed the password
she gave me her icloud {EMAIL|shanice_xo_2010@icloud.com} so we could share location but then her ex got into it
my birthdays {DATE_OF_BIRTH|21st of march} and last year a man i didnt know sent me a present to my house
we got moved to {ADDRESS|12 kirkstall view} and the first week someone put a brick through the window
i feel safest at the library on a saturday coz the staff are sound and theres cctv everywhere
mum says i cant get the 42 after 9pm anymore since that thing happened at the interchange
ngl snapchat is the worst for it, everyone adds everyone n u dont know whos real
me n our kid go to the match every other saturday, up the villa
my nan always says trust your gut and shes never wrong
i got told to ring 999 but i was scared the police would blame me for being there
the youth club on a wednesday is the only place i can be myself
went to primark n a man followed me round for ages till i went into boots and told the security
bare man on the roads are trapping at 13 now its mad
i hope they actually do something with this survey and not just put it in a drawer
may is the worst month coz of exams and everyone gets stressed and starts fights
i will tell a teacher if something happens but only the ones i trust
grace before dinner at my nans is the only time the whole family sits together
jordans r £180 now, no wonder the younger ones start running for olders to get the money
im 14 and my mum says im too young for instagram but everyone in year 9 has it
i got my first phone for christmas in year 6 and nobody told me anything about being safe on it
the lads from the other estate come through on bikes with balaclavas on and everyone just goes inside
going country means they send u out to other towns to sell, like from london to norfolk or cornwall
childline was good but i had to wait ages on hold
i dont go in town on a friday night anymore, too many fights by the kebab shop
the nurse at the sexual health clinic was kind and didnt judge me at all
i think andrew tate is why the boys in my year talk to girls like that
stormzy paid for kids to go to uni, thats a proper role model not these influencers
wetherspoons lets anyone in if ur with an adult, i was 15 drinking in there
aye the polis in glasgow are alright if ye dinnae gie them cheek
its lush in the summer when we go down the beach in barry but winter is dead boring
i got a crime reference number 14/23456/26 but nobody ever rang me back
wagwan, honestly just let man breathe, the feds stop us for nothing on the high road
we get the x43 into the city centre n its always full of drunk men after 11
i was in alder hey for a week after i took an overdose and the camhs lady was alright
my dad supports celtic and my mum supports rangers so new year is always a war lol
the mosque youth group on a friday after jummah is where i feel safe
i went to mcdonalds with my mates and some older lads started asking for our snaps
nandos is where all the groomers take the girls, everyone knows it
mark my words the ones who get caught are never the ones at the top
i got a mark on my arm from where he grabbed me but i told mum i fell off my bike
my phone bill was £80 coz someone was using my data for their stuff
sunny days are when it kicks off on the estate, everyone is out till late
there is hope honestly, i was in a bad place in year 10 and now im doing a btec and working at the weekend
we go to the trampoline park on a sunday, its £12 for an hour
i have 3 younger brothers and i have to pick them up from school every day at 3:15
my cousin is 19 and he got 4 years for possession with intent
big zuu is my fave, hes proper funny and he talks about mental health
lil baby came on in the car and everyone started rapping the words
little mix were my fave when i was like 8 lol
the kings trust helped me get a job at greggs
my mam is dead protective coz of what happened to our kid
nobody my age uses facebook its only for mums and the local news page
the police said to report it on 101 but i was on hold for 40 minutes
i was at kings cross waiting for a train when a woman came up and asked if i needed a place to stay
sky sports is the only thing my stepdad cares about
everyone in year 11 vapes, they get them from the corner shop for £5
on eid we go to my aunties house and all the cousins are there, its the best day of the year
diwali at the temple is beautiful but the fireworks on the rec get out of hand
ramadan this year was hard coz i had mocks and was fasting
ken whit i mean, naebody listens tae weans roon here
the gas got cut off so we were freezing all january
the bus driver on the 9 is lovely she always waits for us when we run
my worker from barnardos takes me for a hot chocolate at costa once a week
we moved from bolton to salford in april n i dont know anyone yet
sheffield wednesday lost again so my dad was in a mood all weekend
i get anxious on a monday coz thats when everyone is back and it starts again
pat downs at the door of the under 18s night make me feel safer tbh
they robbed my mate for his north face, his mum had saved up for that
sue the school lol they did nothing when i reported it
i drew a picture for my keyworker when i left the unit and she cried
if ur reading this and ur scared just tell someone you trust, it does get better
my auntie says in jamaica the community looks after each other more than here
my grandad came from poland in the 80s and still doesnt trust the police
the roma kids at our school get treated worse than anyone and nobody says nothing
i think 16 is too young to be in a hostel on your own
the nhs waiting list for camhs was 18 months, i was 14 when i went on it and 16 when i got seen
i saw a bloke at the fair on the common giving balloons to kids and it was weird
i get the elizabeth line from stratford and theres always someone watching you
we had a talk from the nspcc in year 8 about speaking out and it made me tell my mum
£20 and a bit of weed is what they give the younger ones to hold stuff
i play fifa on the ps5 n people say disgusting stuff on the mic so i just mute them all
deffo the worst bit about being 15 is everyone thinks ur either a victim or a criminal
brook helped me get the pill and they were sound about it
kooth is alright but its not like talking to a real person
my dad is a taxi driver and he says he sees young girls getting picked up from the takeaway every night
miss said i could go to her room at dinner if i felt overwhelmed, that helped loads
sir took my phone and read my messages out in front of the class, thats not ok
rose from the dead is what my nan calls me when i finally get out of bed lol
in june we went to blackpool and it was the first time id been on a train
i had to change at crewe and a man kept trying to sit next to me
my real dad is in hmp doncaster and my stepdad is alright when hes not drinking
i go boxing at the club in st anns on a thursday and the coach is like a dad to everyone
faith is important to me, i go to church every sunday with my gran
the feds r more interested in a bit of cannabis than the kids getting stabbed
my phone is precious to me coz its the only way i talk to my family back home
moving in with my nan was a blessing tbh
the police need more patience with kids who are scared to talk
the olders act rich but they all still live with their mums
the police tried to chase them on the moped and one of them came off
they chucked the phones in the river after the raid
we got a ruby after the match and a man at the next table kept staring at my sister
to be frank the school dont care unless it makes them look bad
they rob phones on the bridge by the station, everyone knows not to walk there on your own
my brother got taken down the nick for a bit of weed and they kept him 12 hours
walked home at dawn after the party and felt proper unsafe the whole way
the summer holidays are when most of the younger ones get pulled in coz theres nothing to do
autumn term in year 7 was the worst time of my life
the school did jack all about the video
wait a mo, do the answers go to the police or not
chelsea v arsenal on the big screen at the pub and it kicked off after
my family are from india and my nani thinks everyone online is a kidnapper
got a dior bag for my birthday and someone tried to snatch it on the bus
me old china says the feds are always on the estate on a friday
the n17 lot and the e9 lot have beef and we get caught in the middle
my insta page got reported and taken down for no reason
i was in the woods with mates and we found needles and a knife
the marshall speaker was blasting drill and the neighbours rang the police
hamilton academical lost 4 nil and my uncle nearly cried
the baker at greggs gives us the leftover sausage rolls at closing time
"""

CASE_NOTE = r"""
Strategy meeting 14/11/2026. Present: {NAME|Siân Pritchard} (DSL, {SCHOOL|Ysgol Bryn Celyn}), DC {NAME|Hollins} (Exploitation Team), {NAME|Kemi Adebayo} (SW). Subject: {NAME|Rhys Llewelyn}, DOB {DATE_OF_BIRTH|22/06/2011}.
Contact log 09:40 – Telephone call from Mum re {NAME|Tyler} not returning home last night. Mum states he was last seen with {NAME|Jayden Brooks} on {ADDRESS|Ferrier Street} at approx 22:00.
Referral – Child: {NAME|Amira Hussain}; DOB: {DATE_OF_BIRTH|05.09.2010}; Address: {ADDRESS|Flat 4, Belgrave Court, 19 Rutland Road}, Birmingham {POSTCODE|B21 9RT}; School: {SCHOOL|Northfield Academy}.
Handover: {NAME|Kacper} settled well tonight. Spoke to his mum {NAME|Agnieszka} on Teams; Polish interpreter booked for Tuesday's review.
Hi {NAME|Gemma}, Just following up on our conversation about {NAME|Lacey-Mae}. Could you let me know whether the CSE screening tool has been completed? Thanks, {NAME|Dan}
Chronology 03/10/2026 – {NAME|K.O.} reported missing by carers; located by PC {NAME|Fenwick} at {ADDRESS|22 Alder Grove} at 02:15 in the company of adult male {NAME|Lewis Tate} (27).
YP disclosed that {NAME|Marlon} (believed 22) collects her from school in a black Mercedes and has bought her a new phone. She provided his number as {PHONE|07700 900 831}.
Health summary: {NAME|Oisín Ó Súilleabháin}, NHS No. {NHS_NUMBER|485 777 3457}. GP: Dr {NAME|Mahmud}, Riverside Surgery. Immunisations up to date; asthma, uses inhaler.
Police note: Stop and search conducted on {NAME|Kareem Francis} (16) on the 185 bus under s23 Misuse of Drugs Act. Nothing found. Officer: PC {NAME|Leach}.
YJS contact: {NAME|Dwayne Campbell} attended with his grandmother. Session delivered by YJ Officer {NAME|Priya Shah}; discussed Referral Order conditions and victim awareness.
Attendance: {NAME|Abena Owusu} (School Nurse); {NAME|Callum Reid} (Head of Year 9); {NAME|Tomasz Wiśniewski} (EAL Lead); DS {NAME|MacKinnon} (Police Scotland); apologies from CAMHS.
MASH: Information received from {SCHOOL|St Columba's Academy} regarding {NAME|Eilidh MacLeod} (14). Concern re older male "{NAME|Connor}" contacting her on Snapchat as {HANDLE|c0nn0r_mc97}.
Dear Mr {NAME|Boateng}, I am writing to confirm that {NAME|Kofi} will be offered a place at {SCHOOL|Kingsmead Community College} from Monday. Kind regards, {NAME|Helen Marshall}, Inclusion Manager
Home visit to {ADDRESS|31 Wensley Drive}. Door answered by Nan. {NAME|Demi-Leigh} in bedroom and refused to come down. Nan reports she has been going out after 10pm most nights.
DOB: {DATE_OF_BIRTH|14-Mar-2010}. Name: {NAME|Zoë Kowalska}. Postcode: {POSTCODE|LS6 2QT}. Referrer: School Nurse. Reason: self-harm disclosed at drop-in.
Strategy discussion: DSL from {SCHOOL|Hollins Grove High} advised that {NAME|Reece} has been seen with older males in a silver Audi. Police to run the partial plate. Next meeting 21/11.
Phone call with Mrs {NAME|Nguyen} (paternal aunt). She says {NAME|Minh} has not been at the nail bar since Friday and she does not know who drove him there. Interpreter via LanguageLine.
NRM referral submitted for {NAME|Thanh Hoang} (15) by First Responder {NAME|Ruth Agyeman}; Single Competent Authority acknowledgement awaited.
Return home interview: {NAME|Jade} said she stayed with big {NAME|T} at a flat above the bookies and was given vodka and a vape. Declined to say more.
Handover: please note {NAME|Shanice}'s Snapchat name is now {HANDLE|shan.xo.2k10} and she has blocked staff accounts.
Chronology 12/09/2026 – Mother {NAME|Fatoumata Diallo} attended A&E with {NAME|Mamadou} (11); injury to hand, explanation consistent. NHS {NHS_NUMBER|6127349087}.
From: {EMAIL|r.agyeman@exampleshire.gov.uk} – Hi all, please see attached the updated chronology for {NAME|Tyrese}. Regards, {NAME|Ruth}
Contact log: texted {NAME|Kayleigh} on the work mobile to rearrange. Her new number is {PHONE|07700 900 095}; old number no longer in use.
Actions: {NAME|AB} (SW) to complete SAFE plan by Friday; {NAME|JM} (DSL) to share attendance data; DC {NAME|H.} to submit intel.
Out of court disposal: {NAME|Ollie Freeman} admitted possession of a bladed article on the premises of {SCHOOL|Ashton Vale UTC}; Youth Caution issued.
Intel received that {NAME|Tariq Haddad} is using {ADDRESS|Flat 12, Marsden House} as a trap house. Occupant {NAME|Leanne Hodgson} (vulnerable adult) believed cuckooed.
Re: {NAME|Harpreet Kaur}, DOB {DATE_OF_BIRTH|2 February 2009}. Dear Dr {NAME|Sandhu}, Thank you for seeing this young person. Yours sincerely, {NAME|Nirmala Sivakumar}, CAMHS Practitioner
Referral from CEOP: caller disclosed that an adult on Discord ({HANDLE|n1ghtowl_77}) requested images. Caller gave first name only: {NAME|Bethan}.
{NAME|Mo}'s uncle {NAME|Abdirahman Warsame} called the duty line to say {NAME|Mo} is safe and staying at his house on {ADDRESS|Coltman Street}.
Attendance: Chair – Service Manager; {NAME|Jo Pemberton} – SW; {NAME|Grant Forbes} – YJS; {NAME|Nkechi Eze} – Virtual School; DC {NAME|O'Neill} – CSE Team.
Home visit: {NAME|Bogdan} (father) reports that {NAME|Daria} has been receiving messages from {PHONE|+447700900931}. Screenshots taken and shared with police.
{NAME|Li Na} spoke about her journey. She named uncle {NAME|Chen} (not a relative) as the person who arranged her travel and "job".
Summary: {NAME|Ayaan Nuur} (DOB {DATE_OF_BIRTH|17/08/2009}) is an unaccompanied asylum-seeking child from Somalia, placed at {ADDRESS|6 Brinsley Court} since March.
Morning {NAME|Paul}, {NAME|Precious} came to see me at break. She says {NAME|Blessing Okoro} has been posting about her on TikTok ({URL|https://www.tiktok.com/@bless.ed_x}). Can we meet today? {NAME|Adaeze}
School referral: {NAME|Cian Byrne}, Y10, {SCHOOL|St Bede's}. Attendance 61%. Seen getting into cars at the gate at lunchtime.
Incident log 23:20 – Staff member {NAME|Winston} reports {NAME|Kemar} returned to the unit smelling of cannabis with new trainers and £200 in cash.
Chronology 14/07 – Police stopped a vehicle on the M62 with {NAME|Dylan Hughes} (15) and two adults; £1,200 and 40 wraps recovered. Crime ref 06/118342/26.
Handover: {NAME|Ella} had a good day and spoke to her nan on the phone. Reminder that contact with {NAME|Jordan} is not permitted under the safety plan.
Many thanks, Dr {NAME|Folake Adeyemi}, Consultant Paediatrician, Child Protection Medicals
Referral: concern re {NAME|Giuseppe Esposito} (Y8), reported by form tutor Ms {NAME|Rossi} after he arrived with bruising to his neck.
PNC check on adult male {NAME|Craig Millar}, DOB {DATE_OF_BIRTH|11/04/1989}: previous convictions for supply of Class A.
Mum's email is {EMAIL|donna.whitfield77 (at) yahoo (dot) co (dot) uk}; she prefers contact after 3pm.
{NAME|Yusuf} seen by school nurse {NAME|Tahmina Begum} re weight loss. NHS {NHS_NUMBER|538-204-7197}. Referred to GP.
Strategy: {NAME|Oliwia} and {NAME|Wiktoria} (twins, 13) found at Piccadilly station at 01:00 with an unknown adult male.
Met {NAME|Tia} at McDonald's as agreed. She talked about {NAME|Keisha} and said they both go to a party house on {ADDRESS|Ashbury Road}.
Mr {NAME|Ionescu} (father) attended with a Romanian interpreter. {NAME|Andrei} stated he wants to stay in the UK with his dad.
Handover: {NAME|Robin} has asked staff to use the name {NAME|Robin} rather than their birth name {NAME|Rebecca}; please use they/them.
{NAME|Rose Pritchard}'s mother states that {NAME|Rose} has been meeting older males from the Hollybush estate after school.
DS {NAME|Kaur} liaising with BTP re {NAME|Jaydon}'s repeated presence at Crewe station.
PEP meeting for {NAME|Amari Thompson-Bailey} held at {SCHOOL|Riverside PRU}; targets reviewed; Pupil Premium Plus agreed for tutoring.
Dear {NAME|Siobhan}, Please find attached the minutes from Thursday. Best, {NAME|Ciarán}
Chronology 02/02/2026 – {NAME|Autumn Leigh} disclosed to a TA that "{NAME|Rich}" gives her vodka at weekends.
{NAME|Hunter} was seen at Greggs with {NAME|Chase} and two older males; staff member followed up with {NAME|Hunter} later that evening.
YJS: {NAME|Ruben Ferreira} completed 12 hours of reparation at the community allotments; good feedback from supervisor.
Referral: {NAME|Levi Boswell} (Romany Gypsy) lives with family at {ADDRESS|Plot 7, Meadow Lane Site}; not on roll at any school since Year 6.
{NAME|Patrick McDonagh} (father) phoned re {NAME|Bridget} being bullied about being a Traveller.
Dear Ms {NAME|Ní Bhriain}, Thank you for attending the Child in Need meeting. Kind regards, {NAME|Gwenllian Prys}
{NAME|Dawid Nowak} arrested at {ADDRESS|47 Tanner Street} – cannabis factory; two Vietnamese boys found inside; interpreter requested.
{NAME|Wei Zhang} – CAMHS triage. NHS number {NHS_NUMBER|4629810374}. Parent: {NAME|Xiaoling Liu}.
Strategy minutes: DC {NAME|Bondarenko} confirmed the phone seized from {NAME|Marcus Okafor} was linked to three other children.
Contact log: {NAME|Kateryna} (mum) rang from {PHONE|0113 496 0582} to report {NAME|Sofiia} missing since 16:00.
Chronology: {NAME|Gráinne} (13), DOB {DATE_OF_BIRTH|30.01.13}, disclosed physical chastisement with a slipper.
Hiya {NAME|Bal}, quick one – can you check if {NAME|Jaz} is on the register today? Ta, {NAME|Michelle}
MASH: anonymous caller reports males coming and going from {ADDRESS|Flat 3, 21 Coburg Street}, {POSTCODE|HU3 2LP}, at all hours.
Handover: {NAME|Storm} had an altercation with {NAME|River} at tea. Both calm by 8pm and apologised to each other.
{NAME|Sofía García} (mum, Spanish-speaking) reports that {NAME|Mateo} came home with injuries to his face.
Pre-sentence report: {NAME|Marcus Okafor}, 17, pleaded guilty to robbery; mitigation includes exploitation by older males.
Referral: {NAME|Eleni Papadopoulos} (Y9) disclosed to her teacher that she is scared of her mother's partner.
Male identified as {NAME|Kyle Brennan}, 19, seen handing a package to {NAME|JD} (14) outside JD Sports.
{NAME|Hibo}'s school ({SCHOOL|Al-Noor Girls' School}) reported concern about a planned trip abroad in the summer holidays; FGM risk discussed.
Referral from {SCHOOL|Oakwood Primary}: {NAME|Alfie-James Cooper} (Y6) disclosed that Dad's partner hits him with a belt.
Handover: {NAME|Naveed} (UASC, 16) anxious about his Home Office interview on Thursday. Solicitor Mr {NAME|Rahman} to attend.
{NAME|Kirsty Fraser}, 15, NHS {NHS_NUMBER|817 365 2902}, attended the sexual health clinic; assessed as Fraser competent.
From: {EMAIL|j.mensah@northfield-academy.sch.uk} Subject: {NAME|Kwabena} – attendance concerns
Snapchat account {HANDLE|trapstar_b21} has been linked to {NAME|Jamal Richards} (17) by the Exploitation Team.
{NAME|Layla Haddad}'s Instagram ({URL|instagram.com/laylahx_}) has been following accounts advertising "modelling work" in Dubai.
Contact log: {NAME|Marcia} (foster carer) reports {NAME|Devonte} was picked up at 21:30 by a man he called {NAME|Smokey}.
Chronology 19/05/2026 – {NAME|Shilan Karimi} (15): mother reports honour-based concerns; father {NAME|Rebin Karimi} has taken her passport.
Handover from night staff ({NAME|Jude}): {NAME|Lewis} up at 03:00 on his phone; phone taken in line with placement plan.
Police note: victim {NAME|Nia Evans} (14); suspect {NAME|Gethin Morgan} (18); offences under the Sexual Offences Act 2003.
Referral: {NAME|Temitope Adeyemi-Clarke} referred by GP Dr {NAME|Haddad} following disclosure of self-harm.
Grandad ({NAME|Winston Reid}) phoned the office to ask why he has not been invited to the review.
{NAME|Sunny Dhillon} attended the first session of the mentoring programme; engaged well; wants to be an electrician.
{NAME|Tyrone} missed his appointment at the YJS office; texted him on {PHONE|07700 900 662} and he replied that he overslept.
The peer group of concern includes {NAME|Kieran}, {NAME|Brad}, {NAME|Macey} and {NAME|Lola}; all seen at the skate park after 22:00.
{NAME|Phuong Tran} – Red Book seen, DOB {DATE_OF_BIRTH|2012-04-09}, weight below 2nd centile.
Dear Miss {NAME|Wood}, Thank you for your referral. An officer will be in touch within 48 hours. Regards, PC {NAME|Baker}
Referral: {NAME|Ryan Green} (15) disclosed being paid in cash and clothes to carry packages to Hull.
Mr {NAME|Young} (Head of Year) said the young person has been late every day this week.
Police attended at dawn; {NAME|Dawn} (mum) was uncooperative and refused entry to the flat.
{NAME|Bill} (stepdad) refused to let the SW in and said the phone bill was "none of your business".
{NAME|Frank} from the YOT suggested a referral to Talk to FRANK for drug education.
Meeting on 3 June; {NAME|June} (maternal grandmother) attended and agreed to be a safe adult.
{NAME|Mark} (Dad) noticed a mark on {NAME|Alfie}'s arm after the weekend at his mum's.
{NAME|May} may need support at the hearing; her key worker will accompany her.
{NAME|Chidi Okonkwo} and {NAME|Emeka Okonkwo} (brothers) both excluded from {SCHOOL|Bishop Harlow CE School} after a fight.
Good afternoon Mr {NAME|Kowalski}, I am the social worker for {NAME|Jakub}. Could you call me on the office number? Many thanks, {NAME|Charlotte}
{NAME|Ahmad Shah Ahmadi} (UASC) – age assessment completed; accepted as 16.
{NAME|Zahra Hosseini} described her brother {NAME|Reza} as "strict" and said he reads her messages.
Return interview: {NAME|Kirsty} said lil {NAME|B} gave her a phone and told her to keep it charged.
Screenshots show {NAME|Jodie} was messaged by TikTok user {HANDLE|@daddy_k.uk} and by Instagram account {URL|https://instagram.com/k.money.ldn}.
Landline for Nan: {PHONE|020 7946 0347}; mobile for Mum: {PHONE|07700 900 702}.
Address on file is out of date; family now at {ADDRESS|Flat 22, Kestrel Tower}, {POSTCODE|SE15 5DN}.
{NAME|Precious Mensah} DOB {DATE_OF_BIRTH|07/12/2011} NHS {NHS_NUMBER|654 120 9839} Address {ADDRESS|9 Ridley Walk} {POSTCODE|NE6 2RQ}.
Hi {NAME|Kev}, {NAME|Casey} told me {NAME|Tyler-Jay}'s older brother is driving them around at night. Cheers, {NAME|Lou}
DC {NAME|Okoye} (Exploitation Team) – mobile {PHONE|07700 900 356} – is the SPOC for this case.
Referral from {SCHOOL|Wharfedale Vale College}: {NAME|Nour Saleh}, 17, seen leaving with a man in his 30s on several occasions.
Strategy: {NAME|Kayden} identified via Snapchat handle {HANDLE|kaydz.ww} posting drill videos referencing a rival group.
Minutes distribution list: {NAME|Hannah O'Connor}; {NAME|Rajinder Gill}; {NAME|Inês Sousa}; {NAME|Dimitra Konstantinou}; {NAME|Mhairi NicLeòid}.
Handover: {NAME|Tommy} came back with a new Tommy Hilfiger jacket and could not explain where it came from.
Chronology 2025 – uncle {NAME|Imran Chaudhry} moved into the family home at {ADDRESS|58 Whitby Road}.
Case note from {NAME|Sue} (Family Support Worker): Mum said she will sue the school over the exclusion.
{NAME|Pat} (Nan's partner) says he collects {NAME|Daisy} from school on Fridays.
DOB recorded as {DATE_OF_BIRTH|March 14 2010} on the Home Office paperwork but {NAME|Yonas} says his birthday is in winter.
Hi {NAME|Rach}, Hope you're well. Just to say {NAME|Kai}'s mum has asked for a copy of the plan. Speak soon, {NAME|Nic}
Referral: {NAME|Shakil Miah} (14) from {SCHOOL|Lea Bridge Academy} – seen with a large amount of cash and two phones.
Police note: {NAME|Darnell Lewis} (16) searched at Temple Meads; 2 phones and £340 cash found.
Safeguarding log: {NAME|Niamh} and {NAME|Caoimhe} reported that {NAME|Oran}'s stepdad offered them lifts home.
Chronology: {NAME|Saoirse Kavanagh} (DOB {DATE_OF_BIRTH|19th October 2010}) – first missing episode, found at a house party.
Handover: {NAME|Osian} prefers to be spoken to in Welsh; his nan {NAME|Gwen} phones nightly at 19:00.
Attendance list: {NAME|R. Sinclair} (Chair), {NAME|T. Ahmed} (SW), {NAME|P. Costa} (Police), {NAME|L. Nakato} (Health Visitor).
Family composition: father {NAME|Peter Kamau}, mother {NAME|Njeri Kamau}, children {NAME|Wanjiru} (15) and {NAME|Otieno} (11).
Hi {NAME|Faye}, Is {NAME|Olumide} still open to you? Thanks {NAME|Joe}
Police note: {NAME|Zoltán Horváth} (34) arrested on suspicion of trafficking offences; {NAME|Dezider} and {NAME|Ružena} (both 15) safeguarded.
Warm regards, {NAME|Lorenzo Bianchi} | Designated Safeguarding Lead | {SCHOOL|Eden Vale Free School} | {PHONE|01632 960 219}
{NAME|April} (DOB {DATE_OF_BIRTH|1st April 2011}) attended the review with her mum.
Referral: {NAME|Holly} and {NAME|Ivy} (sisters, 12 and 14) left at home over Christmas without food or heating.
Youth panel: {NAME|Dre} (real name {NAME|Andre Campbell-Ross}) attended and read his letter of apology.
Contact log: left voicemail for Mr {NAME|Ali} re tomorrow's core group.
{NAME|Ayesha Begum} (mum) has been attending the Freedom Programme at Women's Aid.
DS {NAME|Marshall} took the ABE interview; {NAME|Siddiq} presented as withdrawn.
Health: {NAME|Mateusz Zieliński}, NHS {NHS_NUMBER|701 938 4625}, seen in ED with alcohol intoxication at 14.
{NAME|Efua Mensah-Boateng} (15) reported that her older cousin has been taking her to parties in Luton.
Return interview: {NAME|Aung} (16) from Myanmar said the man called {NAME|Zaw Min Htet} kept his documents.
Case note: {NAME|Siti Rahmat} (14) – mum concerned about her talking to older men on Telegram.
{NAME|Nathaniel} disclosed to his mentor {NAME|Gabriel} that his stepdad kicks him when he is drunk.
Contact log 16:05 – {NAME|Lucía Fernández} (YP's sister) rang from {PHONE|020 7946 0815}; worried about {NAME|Alba}.
Police: CCTV shows {NAME|Reggie Cartwright} and {NAME|Bradley Sheridan} entering {ADDRESS|The Crescent Flats, Block C} at 23:12.
Email: Dear {NAME|Kerry-Ann}, thanks for your call. {NAME|Jermaine}'s next review is on the 14th. Best wishes, {NAME|Olu}
Chronology 08/2025 – {NAME|Amina Yusuf} left the family home in {ADDRESS|Cedar Walk} after an argument with her dad.
DOB: {DATE_OF_BIRTH|21 Nov 2008}. NHS no: {NHS_NUMBER|926 347 8155}. Name: {NAME|Khalid Mansour}. Address: {ADDRESS|112 Ravensworth Gardens}, {POSTCODE|G42 8QZ}.
{NAME|Ama Serwaa Asante} (grandmother) is the main carer; mother {NAME|Akosua} lives in Accra.
Handover: {NAME|Mahmoud} and {NAME|Samiullah} (both UASC) out at mosque until 21:00 – signed out by staff {NAME|Yasmin}.
Strategy minutes: DS {NAME|Papadakis} reports {NAME|Theo}'s phone contained contacts saved as "{NAME|Skinz}" and "{NAME|Ghost}".
Referral: {NAME|Chanel Morris} (14) reported by her mum to be meeting men she has met on Snapchat ({HANDLE|chanelx.x14}).
Case note: {NAME|Kai-Lee} told me the older boy {NAME|Rocco} gives them vapes in return for "favours".
Email: Hi {NAME|Bethan}, Diolch for sending the chronology. I'll share with {NAME|Dafydd} in the YOT. Hwyl, {NAME|Cerys}
DOB {DATE_OF_BIRTH|28.02.2010} – {NAME|Ruairidh MacDonald} – placed with kinship carers on Lewis.
Contact: {NAME|Ciara} (aunt) {EMAIL|ciara.quinn88@gmail.com} – willing to be assessed as a connected person.
{NAME|Leon}'s social media: TikTok {URL|tiktok.com/@leonn.2x}, Snapchat {HANDLE|leon.mp3}.
Police log: {NAME|Jason Pike} (42), registered sex offender, seen talking to {NAME|Harley} (12) in the park.
Minutes: {NAME|Rahima} (mum) disclosed that {NAME|Tanvir} (dad) has threatened to take the children to Sylhet.
Handover: {NAME|Kelsey} had a panic attack after a call from a withheld number; night staff {NAME|Bronwen} sat with her.
{NAME|Ama} (Y7) at {SCHOOL|Hollins Grove} – persistent absence; Mum works nights.
Referral: {NAME|Darius} (13) – Iranian Kurdish – arrived in a lorry at Dover; placed with carers {NAME|Sheila} and {NAME|Roger Platt}.
Case note: {NAME|Sasha} said big {NAME|Dom} asked her to "look after" a bag for a week and paid her £100.
Health summary – Name: {NAME|Bianca Popescu}; DOB: {DATE_OF_BIRTH|4/7/12}; NHS: {NHS_NUMBER|448 215 6701}; GP: Dr {NAME|Osei}; allergies: penicillin.
Police note: {NAME|Jonas Kazlauskas} (16) detained at Victoria Coach Station travelling alone to Aberdeen with £600 and no phone charger.
Email: Hello Mrs {NAME|Asante}, I am the new allocated worker for {NAME|Kwesi}. My direct line is {PHONE|01632 960 441}. Kind regards, {NAME|Stacey Dunn}
YOT referral: {NAME|Marley Nwosu} (15), DOB {DATE_OF_BIRTH|16 Aug 2010}, charged with possession of a bladed article; lives at {ADDRESS|Flat 6, 40 Sutton Road}.
Handover: {NAME|Xander} refused tea and went to his room; his girlfriend {NAME|Kacey}'s mum rang asking if she was here.
Chronology 21/09/2026 – {NAME|Tiago Gonçalves} (14) missing overnight; located in Southend by Essex Police; return interview offered.
Case note: visited {NAME|Shannon} at {ADDRESS|Room 14, Holbeck Foyer}; she has no food and her Universal Credit has been sanctioned.
Strategy: the adult of concern uses the name {NAME|Ricky} on Snapchat ({HANDLE|rickyy_r0ss}) and the number {PHONE|07700 900 908}.
Referral received by email from {EMAIL|l.nakato[at]nhs.net} regarding {NAME|Zara} (4 months) – bruising to the ear.
Minutes: {NAME|Kiran Sandhu} (DSL, {SCHOOL|Greenacre School}) confirmed {NAME|Navdeep} has been on a reduced timetable since half term.
Dear {NAME|Aoife}, Thanks for your help yesterday. {NAME|Eoin} settled better than expected. All the best, {NAME|Clodagh}
{NAME|Kwame Asante-Boateng} (YJS) and {NAME|Ruth Obi} (Health) to complete joint visit to {ADDRESS|17 Hebden Terrace} on Friday.
NHS number {NHS_NUMBER|583 906 1247} belongs to {NAME|Marcel}; the older sibling's number is still awaited from the GP.
PC {NAME|Ojo} and PC {NAME|Dempsey} attended {ADDRESS|3 Clover Mews} at 00:40 following a 999 call from {NAME|Lily-Rose} (13).
Return home interview with {NAME|Jayden}: he said he was taken to Margate by a man called {NAME|Smithy} and sold from a flat there.
Thank you – {NAME|G. Hollingworth}, Youth Justice Officer
Case note: {NAME|Tyreece}'s mum {NAME|Sharon} said he has been wearing a Stone Island jacket she did not buy.
Chronology 2024 – {NAME|Mustafa Abdi} moved from {ADDRESS|Plantagenet Street} to temporary accommodation after a fire.
Health visitor {NAME|Hazel Wong} – baby {NAME|Ethan} weighed at clinic; mum {NAME|Kelly} low in mood; EPDS score 15.
Police: {NAME|Aiden Clarke} (17) is believed to run the Instagram page {URL|instagram.com/nw10_updates} posting videos of fights.
Handover: {NAME|Ahmed} waiting for a callback from his solicitor, Ms {NAME|O'Sullivan}; please pass on any messages.
Referral: {NAME|Reyna Santos} (14, Filipino heritage) reported by her school to be working unpaid in her uncle's restaurant until midnight.
Strategy meeting held Tuesday 14 March 2026 at the Civic Centre. Present: DSL, allocated SW, DC (Exploitation Team), YJS Officer, CAMHS Practitioner, Early Help Coordinator.
Contact log 14:20 – Call from Mum. Child returned home at 13:50, appears tired, no visible injuries. Mum to bring him to the office tomorrow at 10am.
Chronology 02/09/2026 – missing from home 19:00 to 06:30; located by police at Victoria Coach Station. Crime ref CR/2026/04571.
Handover: quiet evening on the unit. All YP in by 22:00. One YP (Room 4) upset after a phone call with Dad; staff offered support; settled by 23:00.
Referral reason: concerns re CCE; YP seen with older males in a grey Audi outside the McDonald's on the retail park most evenings.
Health summary: immunisations up to date, BMI within range, dental check overdue. Referred to the School Nursing Team. Next review in 6 months.
Police note: 999 call received 01:12 reporting a group of youths with a knife near the Co-op. Officers attended, area searched, negative result. Log 0112 of 08/10.
YJS: YP attended on time; completed session 3 of the Choices programme; engaged well; next appointment Thursday 16:00.
Hi all, Please note the MASH duty line is now 0161 496 0500 (Mon–Fri 9–5). Out of hours please ring EDT. Thanks, MASH Team
Minutes: Mum and Dad attended. Nan joined by phone. Stepdad not present. Mum stated she is worried her son is "going country".
Safety plan: YP to text carer when leaving school; carer to report missing 1 hour after curfew (21:00); Police on 101 for non-urgent concerns.
Chronology: 11/04/2026 – Section 47 enquiry initiated. 14/04/2026 – ICPC. 28/04/2026 – Child Protection Plan under category of Neglect.
Contact log: left voicemail for Mum. Texted Nan. No response by 17:00. Will try again on Monday.
Handover: YP watched Arsenal v Spurs in the lounge; lively but good-natured. Staff member on shift until 07:00.
Referral from Childline: a child aged approx 13 called at 23:40 describing an adult male online requesting images; no identifying details provided.
Attendance list: Chair (Independent Reviewing Officer); Social Worker; Foster Carer; Virtual School Head; Designated Teacher; YP attended for the last 15 minutes.
Police note: Operation Sceptre knife arch deployed at Stratford station 15:00 to 19:00; 2 arrests, 1 knife recovered.
Health: YP seen at Brook. Emergency contraception provided. Gillick competent. Advised re STI screening.
Good morning, I hope you had a restful weekend. Following Friday's meeting I have updated the risk assessment; the overall MACE rating is now Amber. Kind regards, Safeguarding Team
Chronology: 25/12 – Christmas Day spent with Mum and siblings; reported as positive by all.
Minutes: The panel agreed the NRM referral should be made by the First Responder within 5 working days.
YJS: Referral Order of 9 months; Youth Offender Panel convened; one victim, who declined restorative justice.
Police note: black Mercedes A-Class seen in the area on three occasions; partial plate only. Intel submitted.
Handover: YP asked for a lift to Sainsbury's to top up her phone; staff accompanied; bought £10 credit.
Contact log: call from the Barnardo's worker to confirm next Wednesday's session at the Jack Petchey youth hub.
Referral: concern raised by the St Giles Trust caseworker at A&E after YP presented with a stab wound to the thigh.
Health summary: ACE score 6. SDQ total difficulties 24 (very high). CAMHS waiting list approx 40 weeks.
Minutes: Education – YP attending college three days a week, BTEC Level 2 in Sport; attendance 78%.
Chronology 07/06 – YP reported that a man in a white van offered her a lift near the bus station. Police informed; crime ref 13/54821/26.
Strategy: agreed to apply for a Child Abduction Warning Notice against the adult male. Police to lead.
Hi, Apologies for the delay – I was on leave last week. I can attend on Thursday at 2pm. Best wishes
Handover: Father Christmas visit at the family centre was a success; all three siblings attended with Mum and Grandma.
Police note: young male, approx 16, black puffer jacket, Nike trainers, ran towards the canal. Not located.
YJS: unpaid work placement at the Salvation Army charity shop confirmed for Saturdays.
Case note: YP wants to join the Army Cadets; the Sergeant at the detachment is happy to meet him.
Attendance list: Deputy Head; SENCo; Attendance Officer; Education Welfare Officer; Parent (Mum); Interpreter (Polish).
Contact log: Auntie collected YP from the police station at 03:00; Appropriate Adult provided by the AA service.
Health: seen by the Dr at the Walk-in Centre; wound cleaned and glued. Tetanus up to date.
Chronology 31/10/2026 – Halloween; YP out with friends in town until 23:15, returned home safely.
Minutes: Mum reports YP's Snapchat Map is on; agreed she will support YP to turn on Ghost Mode.
Police: the "Oak line" is believed to run from the city to coastal towns; 4 juveniles identified as runners to date.
Referral: hate incident – YP called racist names on the 52 bus; driver intervened; CCTV requested from First Bus.
Handover: new admission tonight – 15-year-old female placed by EDT; arrived 21:45 with a bin bag of belongings.
Dear Colleague, Reminder that the Safeguarding Partnership training on Contextual Safeguarding is on 12 January at the Town Hall. Regards, Business Support
Agreed actions: SW to complete assessment within 45 working days; school to provide weekly attendance; police to share intel by Friday.
Chronology: since Easter, six missing episodes, each over 24 hours; last located in Blackpool.
Police note: suspected county line phone seized; 312 bulk messages advertising "white and brown" sent on Saturday.
YJS: court date at the Youth Court set for 4 February; solicitor from the duty scheme.
Health: dietitian review – Ramadan fasting discussed; family supportive of adjustments.
Handover: YP very happy after the Everton win; went to bed 22:30.
Contact log: Duty SW spoke with the Head of Year, who confirmed the YP was in school all day.
Case note: YP describes "olders" from the estate giving younger children £50 and a phone; she refers to them as "the mandem".
Minutes: the Royal Mail delivery driver raised concerns about a child home alone on weekdays.
Chronology 18/03 – 9-year-old sibling told school there is "no food at home"; food bank voucher issued.
Police note: officers attended the Premier Inn following a report of young girls with older men; staff had flagged under the Hotel Watch scheme.
YJS: YP wants to get his CSCS card and work in construction; Youth Employment Hub contacted.
Health: Mum reports YP vaping approx 1 disposable a day; smoking cessation advice given.
Morning both, Quick update – no new missing episodes over the weekend. Have a good week.
Minutes: Mum disclosed domestic abuse by ex-partner; MARAC referral submitted; IDVA to contact.
Referral: concerns re YP's use of Telegram and Discord to buy vapes; no contact details known.
Handover: fire alarm at 02:10 – false alarm; all YP evacuated to the car park and back in by 02:25.
Police: dispersal order authorised for the town centre 16:00 Friday to 04:00 Sunday.
Contact log: Grandma (paternal) called about contact arrangements at Christmas; advised to speak to the SW on Monday.
Chronology 2021 – family arrived in the UK from Kabul under the ARAP scheme.
Case note: YP says she calls Mum's boyfriend "Step-dad" and that he is "alright when he's sober".
YJS: victim impact statement from the store manager at Boots read to YP.
Health: presented at the Royal Infirmary with a paracetamol overdose (24 tablets); admitted to the paediatric ward; CAMHS Liaison to review.
Police: Section 60 in place across the borough from 18:00 after a stabbing near Peckham Rye.
Handover: reminder – Ofsted visit possible this week. Ensure daily logs are completed before end of shift.
Hi, I can confirm the YP is on roll with us and attends Wednesdays and Fridays. Regards, Attendance Team
Case note: YP reports being approached at the Bull Ring by a woman offering "work in a salon"; YP declined and told a security guard.
Chronology 01/01 – New Year's Day; Mum reported YP missing at 04:00; returned 09:00 in a taxi paid for by an unknown person.
Minutes: referral to the Lighthouse for an ABE interview agreed; Police to arrange.
Mum asked about making a Clare's Law application regarding her new partner; Police to advise.
Sarah's Law disclosure request submitted by Nan regarding the lodger.
Staff at the bar are trained in Ask for Angela and the door team know the YP is under 18.
Prevent referral discussed but threshold not met; Channel not appropriate at this time.
Operation Encompass notification received from Police at 08:10; school DSL informed before registration.
Handover: Sky Sports on in the lounge till 22:00; YP asked to ring Dad tomorrow after school.
Contact log: rang Childline's number (0800 1111) with YP so she could save it in her phone.
Chronology 16/05 – YP shoplifted from John Lewis with two peers; Community Resolution agreed.
YJS: the Duke of Edinburgh Bronze award expedition went well; YP led the map reading.
Health: dental appointment at the Community Dental Service on Monday 09:30; Mum to attend.
Police note: theft of a Marks & Spencer sandwich; no further action; YP hungry and had not eaten since Friday.
Minutes: Mum reports Dad is back living at the address; Nan disputes this. Further enquiries needed.
Handover: YP came back from the Victoria Centre with new Nike Tech; says Auntie bought it for him.
Referral: concern raised by the Street Pastors at 01:30 regarding a girl, approx 14, alone and intoxicated on the High Street.
Case note: YP said "it's just how it is on the Mount" and refused to name anyone.
Email: Hi all, please send any Ramadan or Eid timetable changes to the Attendance Officer by Friday. Many thanks
Police: the Sheffield Wednesday v Leeds fixture means the city centre dispersal order is extended to 23:00.
Health summary: Type 1 diabetes; Freestyle Libre sensor; diabetes nurse at the Children's Hospital reviews every 3 months.
Chronology: Dad sent to HMP Wandsworth in 2023 for 4 years; released on licence in June.
Minutes: YP has a Ring doorbell at home and Mum saw an older male drop him off at 02:00.
Case note: discussed the Hollie Guard app and the Snapchat Family Centre with Mum and YP.
Handover: YP in Year 11 at the PRU – mock exams on Monday and Tuesday; please ensure he is up by 07:30.
Police note: BTP officers at New Street station spoke to two females, approx 15, travelling from Wolverhampton without tickets.
"""

VALID_TYPES = {"NAME", "ADDRESS", "SCHOOL", "PHONE", "HANDLE", "EMAIL",
               "DATE_OF_BIRTH", "POSTCODE", "NHS_NUMBER", "URL"}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")
SEED = 20261209
OUT = "set_o.jsonl"

# Words that must stay outside NAME spans (titles, ranks, nickname prefixes, honorifics).
OUTSIDE_PREFIXES = ("mr ", "mrs ", "ms ", "miss ", "dr ", "dc ", "pc ", "ds ", "big ",
                    "lil ", "little ", "uncle ", "auntie ", "aunty ")
EDGE_PUNCT = set(",;:\"'()[]")
POSTCODE_RE = re.compile(r"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")
DRAMA_RANGES = [re.compile(p) for p in (
    r"^07700900\d{3}$", r"^01134960\d{3}$", r"^02079460\d{3}$",
    r"^01614960\d{3}$", r"^01632960\d{3}$")]
NUMBER_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                "nine": "9"}

errors = []


def fail(msg):
    errors.append(msg)


def nhs_ok(s):
    digits = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def phone_digits(s):
    """Normalise an (obfuscated) phone number to plain digits."""
    t = s.lower()
    d = re.sub(r"[ \-]", "", t.replace("o", "0"))
    if not re.fullmatch(r"\+?\d+", d):
        # spelt-out digits, possibly with 'double'
        out = []
        words = re.findall(r"[a-z]+|\d+", t)
        i = 0
        while i < len(words):
            w = words[i]
            if w == "double" and i + 1 < len(words) and words[i + 1] in NUMBER_WORDS:
                out.append(NUMBER_WORDS[words[i + 1]] * 2)
                i += 2
                continue
            if w in NUMBER_WORDS:
                out.append(NUMBER_WORDS[w])
            elif w.isdigit():
                out.append(w)
            else:
                return None
            i += 1
        d = "".join(out)
    if d.startswith("+44"):
        d = "0" + d[3:]
    return d if d.isdigit() else None


def parse(raw, style, lineno):
    spans = []
    parts = []
    pos = 0   # position in raw
    out_len = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        parts.append(before)
        out_len += len(before)
        typ, val = m.group(1), m.group(2)
        if typ not in VALID_TYPES:
            fail(f"{style} line {lineno}: invalid type {typ}")
        if not val:
            fail(f"{style} line {lineno}: empty span")
        if val != val.strip():
            fail(f"{style} line {lineno}: whitespace at span edge: {val!r}")
        if "|" in val:
            fail(f"{style} line {lineno}: stray bar inside span: {val!r}")
        if val and (val[0] in EDGE_PUNCT or val[-1] in EDGE_PUNCT):
            fail(f"{style} line {lineno}: punctuation at span edge: {val!r}")
        start = out_len
        parts.append(val)
        out_len += len(val)
        spans.append({"start": start, "end": out_len, "type": typ})
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    if "{" in text or "}" in text:
        fail(f"{style} line {lineno}: brace left in text: {raw!r}")
    if text != text.strip():
        fail(f"{style} line {lineno}: whitespace at text edge")
    # per-span content checks
    prev_end = -1
    for sp in spans:
        val = text[sp["start"]:sp["end"]]
        if sp["start"] < prev_end:
            fail(f"{style} line {lineno}: overlapping spans")
        prev_end = sp["end"]
        t = sp["type"]
        if t == "NAME":
            low = val.lower()
            if low.startswith(OUTSIDE_PREFIXES):
                fail(f"{style} line {lineno}: title/prefix inside NAME span: {val!r}")
            if low.endswith("'s"):
                fail(f"{style} line {lineno}: possessive inside NAME span: {val!r}")
        elif t == "DATE_OF_BIRTH":
            if "dob" in val.lower():
                fail(f"{style} line {lineno}: 'DOB' inside DATE_OF_BIRTH span: {val!r}")
        elif t == "NHS_NUMBER":
            if not nhs_ok(val):
                fail(f"{style} line {lineno}: NHS number fails Modulus 11: {val!r}")
        elif t == "PHONE":
            d = phone_digits(val)
            if d is None or not any(r.match(d) for r in DRAMA_RANGES):
                fail(f"{style} line {lineno}: phone not in an Ofcom drama range: {val!r} -> {d}")
        elif t == "POSTCODE":
            if not POSTCODE_RE.match(val):
                fail(f"{style} line {lineno}: malformed postcode: {val!r}")
        elif t == "EMAIL":
            if not re.search(r"@|\(at\)|\[at\]| at ", val):
                fail(f"{style} line {lineno}: email without an at-sign form: {val!r}")
    return text, spans


def main():
    records = []
    for style, block in (("young_person", YOUNG_PERSON), ("case_note", CASE_NOTE)):
        for lineno, line in enumerate(block.split("\n"), 1):
            raw = line.strip()
            if not raw:
                continue
            text, spans = parse(raw, style, lineno)
            records.append({"style": style, "text": text, "spans": spans})

    seen = Counter(r["text"] for r in records)
    for text, n in seen.items():
        if n > 1:
            fail(f"duplicate text ({n}x): {text!r}")

    # set-level requirements from the brief
    n_total = len(records)
    n_neg = sum(1 for r in records if not r["spans"])
    n_name = sum(1 for r in records for s in r["spans"] if s["type"] == "NAME")
    by_style = Counter(r["style"] for r in records)
    if n_total < 420:
        fail(f"only {n_total} records (need >= 420)")
    if n_neg < 130:
        fail(f"only {n_neg} records without spans (need >= 130)")
    if n_name < 260:
        fail(f"only {n_name} NAME spans (need >= 260)")
    for t in VALID_TYPES:
        if not any(s["type"] == t for r in records for s in r["spans"]):
            fail(f"no span of type {t}")
    if min(by_style.values()) < 0.4 * n_total:
        fail(f"styles unbalanced: {dict(by_style)}")

    if errors:
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            obj = {"id": f"o{i:04d}", "style": r["style"], "text": r["text"],
                   "spans": r["spans"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # report
    print(f"Wrote {n_total} records to {OUT}")
    print()
    print("Records by style:")
    print(f"  {'style':<14}{'records':>8}{'with spans':>12}{'no spans':>10}{'spans':>8}")
    for st in ("young_person", "case_note"):
        rs = [r for r in records if r["style"] == st]
        pos = sum(1 for r in rs if r["spans"])
        print(f"  {st:<14}{len(rs):>8}{pos:>12}{len(rs) - pos:>10}"
              f"{sum(len(r['spans']) for r in rs):>8}")
    print(f"  {'total':<14}{n_total:>8}{n_total - n_neg:>12}{n_neg:>10}"
          f"{sum(len(r['spans']) for r in records):>8}")
    print()
    print("Spans by type:")
    print(f"  {'type':<15}{'young_person':>13}{'case_note':>11}{'total':>7}")
    order = ["NAME", "ADDRESS", "SCHOOL", "PHONE", "HANDLE", "EMAIL",
             "DATE_OF_BIRTH", "POSTCODE", "NHS_NUMBER", "URL"]
    for t in order:
        yp = sum(1 for r in records if r["style"] == "young_person"
                 for s in r["spans"] if s["type"] == t)
        cn = sum(1 for r in records if r["style"] == "case_note"
                 for s in r["spans"] if s["type"] == t)
        print(f"  {t:<15}{yp:>13}{cn:>11}{yp + cn:>7}")
    tot_yp = sum(len(r["spans"]) for r in records if r["style"] == "young_person")
    tot_cn = sum(len(r["spans"]) for r in records if r["style"] == "case_note")
    print(f"  {'total':<15}{tot_yp:>13}{tot_cn:>11}{tot_yp + tot_cn:>7}")


if __name__ == "__main__":
    main()
