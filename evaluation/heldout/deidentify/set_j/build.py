#!/usr/bin/env python3
"""Build set_j.jsonl: an independent hand-written evaluation set for a
de-identification tool. Standard library only.

Every line below was typed by hand. Identifying spans are written inline as
{TYPE|text}. This script strips the markers, computes code-point offsets
(end exclusive), validates everything, shuffles with a fixed seed and writes
one JSON object per line.
"""
import json
import os
import random
import re
import sys
from collections import Counter

TYPES = {
    "NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE",
    "URL", "NHS_NUMBER", "DATE_OF_BIRTH",
}

MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]*)\}")

BLOCKS = []  # (style, text block)

BLOCKS.append(("young_person", r"""
i dont feel safe round the park at nite cos {NAME|kayden}s older brother and his mates hang there and they always ask me to hold stuff for them
me and {NAME|chloe} got added to a groupchat by some lad called {NAME|deano} and he kept sending us pics we didnt ask for
my social worker {NAME|sharon} is alright but she keeps changing and i have to tell my story again every time
{NAME|tyler} said if i didnt do one more run for him he would tell my mum everything so i just did it
this guy on snap {HANDLE|xx_jayy_07xx} kept askin for pics and said he was 16 but his voice on call was well old
ngl the only person i trust is miss {NAME|okoro} at school she actually listens
my nan lives on {ADDRESS|Fenwick Street} and i go there when it kicks off at home
i met {NAME|ryan} on fortnite his tag is {HANDLE|RyZz_Gl1tch} and he started sending me v bucks then wanted to meet up
my mates cousin {NAME|shaz} got me a job "delivering" but it wernt parcels if u get me
youth club is the only place i feel safe, {NAME|gaz} who runs it is sound
if u want to ring me its {PHONE|07700 900481} but dont tell my dad
{NAME|aoife} from down the road showed me how to block ppl on insta
the police took my phone and {NAME|callum} said i owed him for it now cos it had his numbers on
im in year 9 at {SCHOOL|oakwood academy} and people there film fights and put them on tiktok
wor lass {NAME|kirsty} got us into bother with some lads from the coast, they were giving us vapes for free then wanted paying back
our kid {NAME|jamie} got stabbed last summer and since then me mum wont let me out after 8
i used to talk to a girl called {NAME|lexi} online but it turned out she was a man
my keyworker {NAME|dave} took me to mcdonalds and we talked about stuff that was nice
{NAME|mo} and {NAME|zain} said they would look after me if i held a phone for them
i felt safe when i went to aunty {NAME|priya}s cos no one knew where she lived
{NAME|rhys} keeps messaging me on whatsapp even tho i blocked him on everything else, his number is {PHONE|o77oo 9oo 312}
i dont like mr {NAME|hargreaves} he shouts and makes me feel stupid in front of the class
when i was 13 a man called {NAME|big t} used to pick me and {NAME|jade} up from school in a black golf
my email is {EMAIL|kayla.x.x@example.com} if you want to send me the results
{NAME|cerys} is my best friend she helped me tell my mam about the boy from the bus
add me on snap {HANDLE|lil_rocky.22} if u want to talk about the survey lol
i was getting sextorted by someone called {NAME|alex} who said they was from manchester
{NAME|niamh} from the youth project said i could text her on {PHONE|07700 900 127} any time
bro {NAME|kwame} got nicked for something he never did and now everyone thinks hes a snitch
me and {NAME|storm} run away to leeds for 3 days and stayed at some guys flat
honestly the worst bit was when {NAME|chidi} posted my address on his story {ADDRESS|22 hollins grove}
{NAME|precious} my foster sister is the only one who gets it
i live with my dad at {ADDRESS|flat 4 mercer court} and hes never in
{NAME|hunter} from year 11 was selling weed at the bus stop outside {SCHOOL|st aidans}
my ex {NAME|jordan} still has my passwords and logs into my tiktok
i want the council to do something about {ADDRESS|Barley Lane} its where all the dealers are and thats my road
i was scared to go to {SCHOOL|kings park high} after the video went round
{NAME|faith} told the teacher about the older lads and they sorted it
there was this guy on discord called {HANDLE|NightWolf_x} who kept tellin me to send him my location
{NAME|gurdeep} my cousin picks me up from college so im not on the bus alone
our {NAME|bethan} said the social was coming round so i tidied my room for once
{NAME|tomasz} from my class gets bullied for being polish and no one does nothing
yer man {NAME|paddy} was offering us drink at the chippy and the police did nothing
i told {NAME|eilidh} and she told her mum and her mum phoned the polis
my worker {NAME|jo} gave me her work phone {PHONE|0113 496 0278} but it goes to voicemail all the time
{NAME|tiger} is my dog lol jk my dogs called biscuit, {NAME|tiger} is my mates nickname
im 14 and {NAME|demi} is 19 and she keeps taking me to parties with older men
{NAME|sky} and me used to go shoplifting in primark cos some lad told us to
send it to {EMAIL|jazz_bby(at)example[dot]com} the email my mum doesnt check
i dont go near {ADDRESS|harrow street} anymore thats where {NAME|tunde} and his lot stay
mrs {NAME|begum} at {SCHOOL|greenfields primary} used to give me breakfast when i came in hungry
wen i were in care {NAME|kev} the manager let me keep my phone at nite which helped
{NAME|oliwia} and {NAME|zuzanna} stopped talking to me after i reported the teacher
my stepdad {NAME|lee} checks my phone every night and i feel like i cant breathe
the lad on roblox {HANDLE|Zaxon_Gamer99} said he would give me robux if i went on a private server with him
i met {NAME|andrei} at the shisha place in town and he said he could get me work
{NAME|brooke} says ur not grassing if its to keep someone safe but i dunno
this girl {NAME|nevaeh} keeps making fake accounts of me on insta
my phone number is {PHONE|oh seven seven oh oh nine oh oh six five four} just ring dont text
{NAME|jaxon} said his uncle would pay me 50 quid a day to go to blackpool
{NAME|yousef} helped me fill this survey in cos my english isnt good yet
if anyone needs to find me im at nans or {NAME|tanisha}s
i got moved to {SCHOOL|riverside pru} and its actually better there
the only adult i trust is pc {NAME|sandhu} who came when i got robbed
{NAME|big mikey} from the site said to keep away from the lads in the town
{NAME|lowri} and {NAME|ffion} were in the same whatsapp group where the pictures got shared
when i was in the hostel on {ADDRESS|48 Carlisle Road} someone kept knocking on my door at 3am
bare people know {NAME|tyrese} is running a line outta here but no one says nothing
my youth worker is called {NAME|fatima} and she helped me get a bank account
i just want {NAME|blessing} to get out of that house before something happens
""".strip("\n")))

BLOCKS.append(("young_person", r"""
howay man the only reason i stopped going out is {NAME|connor} got jumped at the metro
me and {NAME|ellie-mae} met 2 lads off snap who said they were 17 they were like 25
u can email me at {EMAIL|rocky.b@example.org} i dont really check it tho
{NAME|abdi} showed me how to turn off my location on snap map
the lad who groomed me called himself {NAME|smokey} but his real name was {NAME|liam parkes}
my foster carer {NAME|jan} is lush she makes me a cwtch when i come in upset
{NAME|kacper} says the police only come to our estate when its polish people in trouble
i think mr {NAME|o'donnell} should be sacked for what he said to {NAME|jayden}
{NAME|ayesha} and her brother {NAME|hamza} always walk me home from mosque
my nan {NAME|maureen} is the only one who visits me in the unit
that man {NAME|delroy} from the barbers kept giving us lifts and then asking for favours
please dont tell {NAME|tasha} i wrote this shes already mad at me
the number that kept ringing me was {PHONE|07700 900 950} and it was always withheld after that
im at {SCHOOL|highfield college} doing hair and beauty and i love it
{NAME|kiera} my sister got took to a flat in {ADDRESS|Ashgrove Terrace} and we didnt know for 2 days
this lad {NAME|reece} from year 10 sends me stuff on insta from {HANDLE|@reece.x.official} its disgusting
i just wanna be left alone by {NAME|marcus} and his cousins
the woman at the pupil referral unit miss {NAME|adeyemi} is alright to be fair
i used to go to {SCHOOL|St Bernadettes RC High} before i got kicked out
{NAME|harpreet} helped me tell my parents i was being bullied online
our {NAME|lachlan} got in wi a bad crowd in dundee and noo he disnae come hame
some guy on tiktok called {HANDLE|@gr1ndset_kingz} said he could make me rich in a week
i want to say thank you to {NAME|siobhan} for sticking by me
me mam says uncle {NAME|tony} isnt allowed round anymore and i know why
{NAME|oisin} and me got stopped and searched 3 times in one week for no reason
i dunno {NAME|shanice} last name but she was the one who took us to the house party
{NAME|destiny} said shes moving to bristol and i will have no one
i was on a call with {NAME|dmytro} from ukraine we play cod together and hes safe
{NAME|ja'kobe} kept saying i was his girlfriend but i never said yes
i lived at {ADDRESS|7 Cromwell Close} {POSTCODE|LS11 9QD} til we got evicted
{NAME|mei} at school translates for my mum at meetings but she is only 13 too
they call him {NAME|butch} on the estate but hes just a lad called {NAME|ricky}
my mates sister {NAME|keisha} said if i go to the party i get free drink
the email they sent the nudes from was {EMAIL|sexy.gyal99@example.com}
{NAME|will} from my form is the only lad who isnt a creep about girls
i was friends with {NAME|grace} until she started going with the older lads
i get bullied cos my name is {NAME|summer} and they sing songs about it
{NAME|rose} my key worker took me to get my hair done for prom
{NAME|frankie} and {NAME|jacko} are the ones who give out the burner phones
the bloke at the shop mr {NAME|nguyen} is kind and lets us wait inside if its dark
ring my mum on {PHONE|0 7 7 0 0 9 0 0 2 2 4} if something happens to me
me and {NAME|tesfaye} used to get followed home by a car with no plates
{NAME|hodan} told me that the man at the mosque was nice but i didnt like him
my birthday is {DATE_OF_BIRTH|3rd feb 2009} so i will be 18 before they sort my housing out
{NAME|river} is non binary and gets grief at school every day
i met my boyfriend {NAME|kyle} on hinge even tho im 15 i lied about my age
he said his snap was {HANDLE|dan_the_man_04} but then he deleted it
{NAME|crystal} and {NAME|chantelle} got taken to a hotel in birmingham
{NAME|oksana} from the language class is helping me with forms
{NAME|mateusz} said theres a lad called {NAME|bogdan} who gives kids cash to sell stuff
{NAME|dafydd} my cousin says the police in town are alright
i liked going to the boxing gym with coach {NAME|darren} cos it kept me out of trouble
not being funny but {NAME|sue} from the council never rings back
add me {HANDLE|ty_reese04} on xbox its my main account
{NAME|amani} got sent home from {SCHOOL|Westbrook Academy} for defending herself
i lived on {ADDRESS|Mafeking Street} in sunderland thats where it all started
{NAME|kofi} said everyone in his year knows about the trap house near the park
my best mate {NAME|linh} moved to london and now i have no one to walk with
im not scared of {NAME|jermaine} anymore since he went jail
i used to get messages from {EMAIL|drip.lord@example.com} saying i owed money
{NAME|ngozi} from church said i could stay at hers if i needed
the one who sold me the vape was {NAME|nico} from the sixth form
my youth offending worker {NAME|marie} is the best she got me on a course
{NAME|rayden} and {NAME|oaklee} are my little brothers and i look after them mostly
{NAME|jimmy-joe} my cousin is the only traveller lad at school and he gets called names
{NAME|layla} from my class told everyone i was in care
{NAME|bridie} and her mam live in a trailer on the site near the tip and they get moved on every month
my dob is {DATE_OF_BIRTH|14/11/2008} and they keep getting it wrong on the forms
""".strip("\n")))

BLOCKS.append(("young_person", r"""
la i swear down {NAME|jonno} from the end house is sound he walked me to the bus when them lads were following
alright bab {NAME|kez} told me to write summat on here so i am, the buses round erdington are proper scary at nite
wagwan the mandem from {ADDRESS|Pellbrook Road} been beefing with my olders and now i cant go to the chicken shop
bout ye, {NAME|ciaran} says the wee lads in the estate get made run messages for the boys in balaclavas
ken what, {NAME|struan} wis greetin cos his da found oot he wis in that group chat
he sent me a link to his onlyfans {URL|https://example.com/u/bigmanmarco} and said i could make money like him
this is my page {URL|example.com/jadeyxo_art} i sell drawings there
i have a tiktok {HANDLE|@lil.sky.x} and someone keeps duetting my vids with horrible comments
if u need my nhs number for the doctors its {NHS_NUMBER|186 091 3903}
{NAME|ionut} n {NAME|alina} my cousins were made to work at a car wash and never got paid
me and {NAME|kaycee-leigh} got picked up outside {SCHOOL|parkside} by a man in a white van
our {NAME|shannon} does my hair and we chat about everything she knows about {NAME|dean}
{NAME|mariam} stopped wearing her hijab to school cos the boys kept pulling it
the man called me from {PHONE|020 7946 0815} and said he was from the police but he wasnt
i got scammed by someone on insta called {HANDLE|cash.flip.uk} who said i could double my money
the gamer tag is {HANDLE|S4vage L0rd} with the zeros and the space
{NAME|tariq} my older brother said if anyone touches me he will sort it but i dont want him in trouble
{NAME|xiaoming} said people in his year call him names because of covid still
{NAME|angel} my little sister is 12 and already has snap and i worry about her
{NAME|blaze} is what they call him but hes really called {NAME|darnell}
my number used to be {PHONE|07700900173} but i changed it cos of him
{NAME|lukas} from lithuania plays footie with us and hes the only one who doesnt smoke
im from the traveller community and the teachers at {SCHOOL|Holy Trinity} never believed anything i said
a girl named {NAME|autumn} from the childrens home kept running to manchester
tell {NAME|dwayne} i said sorry if he reads this
i had to leave {SCHOOL|kingsway} cos of the gang stuff, my mum moved us
lowkey {NAME|zara} is the reason i got out, she told her aunty who works for the council
they held me down and {NAME|tommy} filmed it and put it on his story
{NAME|nour} and {NAME|rania} help at the youth club and they are so nice
{NAME|yaw} told me dont go to the park after dark especially near the skate bit
{NAME|padraig} says the guards back home were better than the police here
{NAME|kiprop} came from kenya last year and the kids take his lunch money
ok so {NAME|jade} n me were walking back to mine on {ADDRESS|Carlton Avenue} and a car kept slowing down
my mate {NAME|gethin} got a county line job in swansea and now hes in a young offenders
my carers email is {EMAIL|fostermum.lyn@example.org} she said i can put that
{NAME|emeka} keeps threatening to beat me up after school but teachers dont care
dont want to name them but one was {NAME|ace} and one was {NAME|bear} thats what they go by
""".strip("\n")))

BLOCKS.append(("young_person", r"""
i dont feel safe on the bus after 9 its always full of drunk ppl and lads vaping
i hope they sort the street lights out cos its pitch black by the garages
Mum says I worry too much but I dont think I do
ngl i will never trust the police again after what happened in May
i used to go to Kooth when i couldnt sleep it helped a bit
the grace period on my phone contract ended and now i cant top up so i have no way to call anyone
my nan says ill sue the council if they dont fix the damp lol shes mad
some guy at the station tried to give me a free vape, i just walked off
i went to Brook for advice and they were proper nice and didnt judge me
honestly snapchat is the worst app for creeps
they jack up the prices at the corner shop when they know ur desperate
talk to FRANK is a joke nobody my age uses it
i got a mark on my arm from where he grabbed me but i said i fell
Summer holidays are the worst cos theres nothing to do and thats when people get dragged in
i will tell someone next time i promise
the only place i feel safe is my room with the door locked
went to Primark on Saturday and a man followed us round the whole shop
my mam gets the bill for my phone and sees who i ring so i use wifi calling
i feel safer in Leeds than in Bradford but thats just me
ppl in my area think CAMHS is for crazy people but its not
my social worker changes every few months so whats the point
i rose to the top of my class in maths this year and no one even noticed
nobody may believe me but i was groomed from age 12
the youth club closed down in January and now we just sit in the park
once a guy at the bus stop showed me his thing and i didnt tell anyone
Children's Services came round on a Tuesday and my dad went mental after
i wish school taught us more about being safe online not just dont send nudes
TikTok is where i see all the fights and stuff its scary
i used Childline once and the lady was kind
me and my mates sit in Greggs cos its warm and no one moves us on
please make the police actually come when we ring them
our kid says dont talk to anyone in a BMW with tinted windows lol
the Metro is dodgy after dark especially the stops near the coast
i felt safe at the Pride event in Manchester everyone was nice
Instagram keeps showing me diet stuff and i feel bad about myself
wen i were little me da said never trust the police and now i dont know who to trust
i think the teachers mean well but they dont get it
at night i cant sleep cos i keep thinking someone will come to the door
my step mum is ok now but she wasnt at first
they should frank the letters from the council properly cos half of them never arrive lol
we had a talk from the Police in assembly about knife crime and everyone laughed
my Nan is my rock she is the only one who gets me
i got moved to a childrens home in Stoke and i dont know anyone
i hate that everyone in care gets treated like a criminal
i dunno why they ask this stuff if nothing ever changes
Xbox live is where i feel most normal tbh
i know a guy who can get anything but i aint saying who
there was a man in a grey hoodie by the Co-op asking kids to carry bags
my anxiety is through the roof since the lockdowns
i go to the Mosque on Fridays and thats where i feel safe
Discord servers are full of weirdos sending links
the school nurse helped me more than the GP did
i was excluded in Year 8 and since then i been in and out of PRU
nobody listens to kids from the estate
i dont want anyone to know i filled this in
getting a bus pass would literally change my life
aye the polis came but they just took a statement and left
the Job Centre keep sanctioning me and i have no money for the electric
sometimes i sell my clothes on Vinted so i can eat
went to A&E in Glasgow after a fight and waited 9 hours
i swear to god if one more adult tells me to just block them
i dont wanna grass but things are getting bad round ours
im proud of myself for getting my GCSEs even with everything
Wednesday is the only day i dont have to see my dad
there should be more safe spaces for girls in town like a cafe or something
the guy at the chippy said i could work cash in hand but i said no
me and my mates were stopped by a PCSO and asked where we were going
i trust my form tutor more than my own family tbh
Roblox isnt just for kids there are grown men on there
Hope House is a good place to go if your getting kicked out
my mam said if i see anything dodgy ring 999 or Crimestoppers
being 17 and living in a hostel is proper scary
i was told by my Youth Worker that its not my fault and that helped
they had a Mark Scheme for our exam but the teacher lost it lol
i just want someone to check on me sometimes
my uncle is a good guy he helped me move out
in Belfast the wee ones get used by the paramilitaries to do stuff
it was lush in Cardiff at the beach day with the project
there is a rose garden near the park where we used to go but its full of needles now
Snap Map should be turned off for everyone under 16 tbh
getting Universal Credit at 18 was a nightmare
the Bill come round every weekend but never when we need them
nobody told me what a Section 47 was i had to google it
i still feel sick when i hear a notification sound
""".strip("\n")))

BLOCKS.append(("case_note", r"""
Strategy meeting held 14/03 re: {NAME|Kayden Walsh} (DOB {DATE_OF_BIRTH|02/07/2010}), chaired by Team Manager {NAME|Claire Fenton}.
Hi {NAME|Gemma}, just a quick update following the home visit this afternoon. Kind regards, {NAME|Ravi}
YP disclosed that an adult male known as "{NAME|Smiler}" has been collecting her from school in a silver Audi.
Referral received from {SCHOOL|Oakfield Academy} DSL Mrs {NAME|J. Whitmore} regarding concerns of CCE.
Home address: {ADDRESS|14 Cranbrook Avenue}, Leeds {POSTCODE|LS8 9ZQ}. Mother's contact number {PHONE|0113 496 0732}.
DC {NAME|Malik} confirmed that {NAME|Tyrese Campbell} was found in possession of two handsets and £340 cash in Blackpool.
MACE panel: {NAME|Amira Haddad} (15) remains at high risk of CSE; linked to older male {NAME|Karim}.
Handover: {NAME|Jake} has been settled on the unit tonight, phoned his mum at 20:00, in bed by 22:30. Night staff {NAME|Bev} aware.
NHS number {NHS_NUMBER|996 030 8243} confirmed with GP surgery; CAMHS referral submitted.
Social Worker {NAME|Oluwaseun Adebayo} completed a joint visit with PC {NAME|Hughes} on Tuesday.
{NAME|Niamh O'Sullivan} (DOB {DATE_OF_BIRTH|19.09.2009}) was reported missing at 23:15 by her foster carer.
Return home interview completed with {NAME|Callum}; he stated he had been staying with a friend called {NAME|Stevie} in Rochdale.
Concerns raised that {NAME|Priya} is being contacted via Snapchat by a user named {HANDLE|king_k_2002}.
Many thanks, {NAME|Hannah Price} | Exploitation Lead Practitioner | {PHONE|020 7946 0321}
Dear Mr {NAME|Kowalski}, thank you for attending the meeting regarding {NAME|Jakub} yesterday.
Current address: {ADDRESS|Flat 12, Hawthorn House, Milbury Road}, {POSTCODE|B23 9HT}.
Ms {NAME|Achieng} (Virtual School) to liaise with {SCHOOL|St Anne's Catholic High School} re reduced timetable.
Email from {EMAIL|j.thornton@example.org} forwarded to the MASH inbox for screening.
Missing episode 3 of this month. {NAME|Shauna} located by British Transport Police at Crewe station.
{NAME|Abdirahman Warsame} is believed to be associating with {NAME|Mohamed} and {NAME|Liban}, both known to the YOS.
Telephone call from grandmother {NAME|Patricia Doyle} on {PHONE|07700 900 418} expressing concern about a new boyfriend.
Action: {NAME|Sarah} (Early Help) to complete a school-based assessment with {NAME|Ellie} before half term.
MACE minutes - Attendees: {NAME|T. Nwosu} (Chair), {NAME|L. Brennan} (Police), {NAME|R. Kaur} (Health), {NAME|G. Fraser} (Education).
{NAME|Connor Maguire}, DOB {DATE_OF_BIRTH|03/01/2008}, NHS {NHS_NUMBER|628 194 8211}, currently remanded to HMYOI.
Please contact me on {PHONE|0113 496 0955} or {EMAIL|youthjustice.duty@example.org} if you need anything further.
Good morning {NAME|Aled}, I have attached the updated chronology for {NAME|Cerys Pritchard}.
YP was found at {ADDRESS|27 Ladysmith Road}, an address previously linked to drug supply.
{NAME|Olivia}'s mother reports she has a second phone and uses the name "{NAME|Liv}" on Instagram {HANDLE|@liv.xoxo.baby}.
Mum disclosed that {NAME|Darren Hollis} (stepfather) has been removed from the tenancy.
Child attends {SCHOOL|Bishop Hedley Primary} and is described by staff as quiet and withdrawn.
Concern: {NAME|Tiegan} was seen getting into a taxi with an unknown adult on {ADDRESS|Nelson Street}, near her home.
Dr {NAME|Okonkwo} (GP) has been informed and will review {NAME|Destiny}'s medication.
YP reported being threatened by {NAME|Reuben Stephens} (known as "{NAME|Ruby}") via Xbox Live.
Per {NAME|Kasia} (interpreter), {NAME|Zofia}'s father does not want police involvement.
Handover from {NAME|Marcus} (days) to {NAME|Yvonne} (nights): {NAME|Tia} still AWOL, police informed, log number provided.
{NAME|Hope Mensah} was reviewed at the CSE clinic; the nurse noted bruising to her wrist.
Referral concerns {NAME|Storm Riley} aged 14, who has been going missing from her placement in Rotherham.
Father, {NAME|Gheorghe Lupu}, attended with an interpreter and agreed to the safety plan.
{NAME|Ahmed}'s school reports 42% attendance this term; {SCHOOL|Beaumont Park Academy} has requested a meeting.
Regards, {NAME|Siân Morgan}, Senior Practitioner, Cardiff Children's Services
PC {NAME|Ifeoma Eze} reported that {NAME|Jordan} has been linked to the "{NAME|Ricky}" line through phone downloads.
Strategy discussion: {NAME|Faith Osei} (DOB {DATE_OF_BIRTH|11 June 2011}) - risk of sexual exploitation assessed as significant.
Mother {NAME|Thi Lan Nguyen} speaks limited English; daughter {NAME|Mai} often interprets, which is not appropriate.
{NAME|Brooke Ashworth} disclosed that an older male called {NAME|Deano} had been supplying her with cannabis.
Note: the "{NAME|Jacko}" referred to by the YP is thought to be {NAME|Jack Cole}, 21, of {ADDRESS|Pendle Way}.
Text message received from {PHONE|07700 900 661} stating "tell her to come to the flat".
{NAME|Hunter Blake} attended his YOS appointment and was engaged throughout.
Spoke with Mr {NAME|Bashir}, Head of Year 10 at {SCHOOL|Greenhill School}, who shared concerns about peer-on-peer abuse.
{NAME|Kirsty}'s Instagram account {HANDLE|kirst.y_02} has been reported for sharing indecent images.
{NAME|Dolly Ward} and her brother {NAME|Martin} live on the site at the edge of Appleby; family are Irish Travellers.
Minutes taken by {NAME|Rachel Ogunleye}, Business Support.
{NAME|Wei Zhang} (DOB {DATE_OF_BIRTH|28/02/2007}) is an unaccompanied asylum-seeking child placed in supported lodgings.
YP's phone number is recorded as {PHONE|07700 900 025}; number changed twice since January.
{NAME|Lewis}, {NAME|Kieran} and {NAME|Sonny} were arrested at {ADDRESS|9 Marsh Lane} following a warrant.
Parents {NAME|Gary} and {NAME|Tracey Holt} have agreed to a Child in Need plan.
SW {NAME|Precious Moyo} to complete direct work with {NAME|Keeley} around healthy relationships.
{NAME|Tanisha Grant}, {ADDRESS|3 Leopold Grove}, {POSTCODE|M14 9RX}, Tel {PHONE|07700 900 889}.
Email: {EMAIL|sky.morris@example.com} (YP's own email, used for college applications).
Young person reports that {NAME|Big D} has a flat above the takeaway on {ADDRESS|Stanley Road}.
Thanks {NAME|Yasmin}, I've updated the plan and copied in {NAME|Ben} from the Youth Justice Service.
{NAME|Rocky Jones} (aged 16) presented at A&E with a stab wound to the thigh; declined to name the person responsible.
{NAME|Aaliyah} has been gifted trainers and a phone by an adult male known only as "Uncle" - name unknown.
""".strip("\n")))

BLOCKS.append(("case_note", r"""
Hi all, please see attached minutes from today's MACE. Any amendments to {NAME|Louise} by Friday please. Thanks, {NAME|Lou}
Initial contact: anonymous caller reported that children are coming and going from {ADDRESS|56 Princes Avenue} at all hours.
{NAME|Ioana Popescu}, aged 15, was identified during a welfare check at a nail bar in Slough.
Chronology entry: DOB {DATE_OF_BIRTH|07/08/2012} - {NAME|Bobby-Lee Price} born to {NAME|Charlene Price} and {NAME|Wayne Smith}.
YP states she met "{NAME|Kai}" through the game Roblox, where his username is {HANDLE|KaiTheGreat2009}.
Safety plan agreed with {NAME|Zainab} and her mother; trusted adult identified as Mrs {NAME|Iqbal} (form tutor).
Key worker {NAME|Fiona MacLeod} will accompany YP to the sexual health appointment on Thursday.
{NAME|Eilidh Robertson}, DOB {DATE_OF_BIRTH|22/04/2010}, resides with maternal grandmother at {ADDRESS|4 Burnside Crescent}, Dundee {POSTCODE|DD3 9PL}.
Dear colleagues, I am writing to refer {NAME|Kwabena Asante} for consideration under the NRM.
{NAME|Lola} disclosed that a man called {NAME|Tony} made her perform sexual acts in exchange for alcohol.
Contact log: call to mother {NAME|Lisa} on {PHONE|07700 900 202} - no answer, voicemail left.
{NAME|Abdullahi}'s sister {NAME|Sagal} attended the meeting as a support.
Strategy meeting outcome: S47 to be initiated in respect of {NAME|Ruby-Rose Daley} and her sibling {NAME|Jaxon}.
The YP's YouTube channel {URL|https://example.com/channel/tyzzzvlogs} has been used to post drill videos referencing rival groups.
Placement address withheld; previous address {ADDRESS|31 Elmfield Terrace}, {POSTCODE|NE6 9BS}.
DS {NAME|Collins} stated that the phone seized from {NAME|Dylan} contained messages from a contact saved as "Boss".
Handover: {NAME|Amber} kicked off after dinner, damaged her room. Spoke with on-call manager {NAME|Steve}. Calmer by 9.
{NAME|Khalid Al-Masri} (father) reports his son {NAME|Omar} has been staying out overnight since Eid.
Education: YP is on roll at {SCHOOL|Northgate High} but has not attended since 4 November.
Kind regards, Dr {NAME|Nadia Rahman}, Consultant Paediatrician
{NAME|Kacper Nowak} NHS No. {NHS_NUMBER|993 518 1901}
Text from YP to worker's work mobile: "{NAME|shay} got took again by {NAME|dee} pls help"
{NAME|Jade Thompson} was observed in a group of older males outside the Arndale Centre; police conducted a stop.
{NAME|Grace Adeyemi} (SW) and {NAME|Will Hartley} (YOT) jointly visited the family.
Information shared by Sgt {NAME|Patel}: the vehicle is registered to {NAME|Nathan Reid} of {ADDRESS|12 Greville Street}.
{NAME|Summer Lawson}, 13, was found intoxicated in a park in Hull with two adult males.
Mr and Mrs {NAME|Okafor} have requested that all correspondence is sent to {EMAIL|okafor.family@example.com}.
{NAME|Nguyen Van Duc} (estimated age 16) was recovered from a cannabis factory in Stoke and placed in foster care.
Chair: {NAME|Bernadette Quinn}. Minute taker: {NAME|Asha}. Apologies: {NAME|Dev} (Health).
{NAME|Mickey Joyce} is reported to be targeting younger Traveller boys from the site near Ely.
{NAME|Shakira} told me she has a new boyfriend called {NAME|Tee} who is "like 20".
Please find below the plan for {NAME|Ellis}: 1) daily contact with mum, 2) college support, 3) weekly session with {NAME|Jamal}.
{NAME|Sky Reynolds} and {NAME|Tiger Lily Reynolds} were both present when police attended.
{NAME|Anjali}'s older cousin reports that she is being pressured to marry; FMU consulted.
Risk assessment reviewed with Inspector {NAME|Lawrence}; risk remains high.
{NAME|Jessie} gave a new address: {ADDRESS|Flat 2, 88 Victoria Road}, Swindon {POSTCODE|SN1 9EW}.
{NAME|Chloe}'s mum is requesting a call back on {PHONE|020 7946 0184} after 5pm.
Dear Mr {NAME|Farouk}, following our telephone conversation I enclose the leaflet on online safety.
Worker met with {NAME|Tomás} at the library; he appeared tired and had a new iPhone he could not account for.
Hi {NAME|Bex}, can you cover {NAME|Lennon}'s review on the 12th? Cheers, {NAME|Mags}
{NAME|Yonas Tesfay} (UASC) reports he was made to work on a farm in Lincolnshire before arriving in Leicester.
YP said she uses the name "{NAME|Princess}" online and her Snapchat is {HANDLE|princess_p.x}.
{NAME|Ahmad}'s foster carer {NAME|Janet} raised concerns about a Telegram group.
DOB: {DATE_OF_BIRTH|30/12/2009}. Name: {NAME|Kelsey Marie Dunn}. Address: {ADDRESS|5 Orchard Way}, {POSTCODE|WF1 9GN}.
{NAME|Charlie} has been linked to the "Benz" line operating from Liverpool into Aberystwyth.
Advised Mrs {NAME|Grabowska} to keep a log of the calls and report to 101.
{NAME|Harvey Bell} stated that he no longer wishes to engage with the Youth Justice Service.
Email received from Mr {NAME|Delaney}, Headteacher at {SCHOOL|Cardinal Newman College}, outlining the exclusion.
{NAME|Mia Khan} reported receiving threats from an unknown number {PHONE|07700 900 746}.
{NAME|Ricky}'s mum {NAME|Sandra} asked whether she could sue the council over the housing delay.
Handover: {NAME|Kian} went to bed at 11. {NAME|Leah} came in at 01:20, smelt of cannabis, ate toast and went to bed.
Best wishes, {NAME|Imogen Clarke} (she/her), Children's Rights Officer
{NAME|Amara Diallo} and {NAME|Fatou Diallo} are twins and attend {SCHOOL|Sacred Heart Primary School}.
Police intelligence suggests that {NAME|Reggie} uses the Instagram handle {HANDLE|@reggie.runs.it}.
Referral form completed by {NAME|Zoe} at Barnardo's on behalf of {NAME|Jasmine}.
YP was accompanied by appropriate adult {NAME|Pauline Hart} during interview.
Meeting held at Hendon Police Station. Present: DC {NAME|Bailey}, SW {NAME|Rahman}, YP {NAME|Dami}.
{NAME|Raheem Lewis} (DOB {DATE_OF_BIRTH|5th March 2009}) - Missing since Friday, last seen in Croydon.
Hi {NAME|Jo}, thanks for today. As discussed, {NAME|Mason}'s NHS number is {NHS_NUMBER|937 865 7974}. Best, {NAME|Sam}
YP reports that an adult male called {NAME|Bilal} sent her a link {URL|https://example.com/invite/7788} to join a group.
{NAME|Maddison} was upset because {NAME|Kayla} and {NAME|Leoni} had shared a screenshot of her messages.
{NAME|Marek Dvořák} (father) has limited contact; lives in Peterborough.
""".strip("\n")))

BLOCKS.append(("case_note", r"""
Afternoon {NAME|Nkechi}, following on from our call, I've booked the interpreter for {NAME|Selam}'s review. Speak soon, {NAME|Tom}
{NAME|Leroy Campbell} (maternal uncle) has offered to care for {NAME|Jayden} under a kinship arrangement.
Night log 02:10 - {NAME|Kyra} returned by taxi, paid for by unknown person. Refused to say where she had been.
YP provided the following contact for her "friend": {PHONE|07700 900 533} - checked against police systems, linked to a known nominal.
{NAME|Gwen Roberts} (foster carer) reports {NAME|Ianto} has been receiving parcels addressed to a different name.
Health: {NAME|Cian Byrne}, NHS {NHS_NUMBER|543 231 9489}, registered at Ashfield Medical Centre.
Concerns were raised by Miss {NAME|Dhillon}, SENCo at {SCHOOL|Meadowbank Academy}, following a disclosure in class.
{NAME|Aisha Bello} was seen by the school nurse and disclosed self-harm; parents informed.
Please note {NAME|Jamie-Lee}'s new mobile number is {PHONE|07700 900 390}; the old one should not be used.
The YP showed me a message from {HANDLE|@blessed_rich_k} offering "quick money, no stress".
{NAME|Fraser Campbell}, DOB {DATE_OF_BIRTH|16/10/2008}, currently placed at a residential unit in Falkirk.
{NAME|Darius} informed staff that he owes £600 to a man called {NAME|Junior} and is too scared to return to Coventry.
Dear Ms {NAME|Li}, I'm writing to confirm {NAME|Jia Hui} has been offered a place on the Friday youth programme.
YP lives at {ADDRESS|108 Chapel Street}, Bolton with mum and four siblings.
{NAME|Ellie}'s friend {NAME|Maisie} also reported being approached outside the skate park.
Outcome of the MACE: {NAME|Declan Murphy} to be referred to the Exploitation Hub; disruption plan for {ADDRESS|Kestrel Drive}.
Return interview completed by {NAME|Hafsa} (Missing Children Worker). YP would not disclose where he stayed.
{NAME|Phuong Tran} reports that her daughter {NAME|Linh} was contacted by an adult on Facebook Messenger.
YP's email {EMAIL|tay.money.04@example.com} was used to register the accounts.
Present: {NAME|Andy Ferguson} (Chair, IRO), {NAME|Nasra Hussein} (SW), {NAME|Paul} (Dad), {NAME|Ryan} (YP).
{NAME|Bailey Evans} was removed from the flat by police; adults present were {NAME|Craig Pugh} and {NAME|Leanne Pugh}.
{NAME|Hollie}'s mum states she found £200 in her school bag and a second phone.
{NAME|Shanelle Brown} told police that "{NAME|T-Bone}" was the one who supplied the knife.
Letter to: Mrs {NAME|Gladys Ellis}, {ADDRESS|19 Tennyson Close}, Wolverhampton {POSTCODE|WV10 9LS}.
{NAME|Oskar Lindqvist} (teacher) said he saw the video circulating in Year 11 on the Monday.
{NAME|Hassan}'s aunt reports he is on TikTok as {HANDLE|hassan_b_x1} and posts videos with weapons.
Worker observed that {NAME|Maya} had multiple contacts saved under emoji names only.
Many thanks, {NAME|Bryony} | Team Administrator | {EMAIL|bryony.admin@example.org}
{NAME|Faisal Qureshi}, 17, DOB {DATE_OF_BIRTH|1 September 2008}, is subject to a Referral Order.
{NAME|Nevaeh}'s GP surgery confirmed NHS number {NHS_NUMBER|252 760 1898} and that she has not attended since 2023.
The address given was {ADDRESS|Flat 7, Rowan Court}, {POSTCODE|S5 9DA}, which is a known cuckooed property.
{NAME|Elijah} was supported to make a statement by his youth worker {NAME|Kemi}.
{NAME|Jakub}'s school, {SCHOOL|Parkfield Community School}, has agreed to a managed move.
Strategy meeting re: {NAME|Mercy Boateng}. Attendees: SW {NAME|Jenna Hall}, DC {NAME|Adebayo}, Nurse {NAME|Ruth}.
{NAME|Lexi-Mae} was collected from Manchester Piccadilly by staff at 21:40.
{NAME|Paddy McGinley} (grandfather) asked that the family's Traveller heritage be recorded correctly.
Dad's mobile: {PHONE|07700 900 057}. Mum's mobile: {PHONE|07700 900 058}.
YP showed worker a profile {URL|example.com/profile/angel_baby_x} which she said belonged to the older male.
Good afternoon, I'm the new Social Worker for {NAME|Kai Robinson} taking over from {NAME|Becky}.
""".strip("\n")))

BLOCKS.append(("case_note", r"""
Home visit completed on Monday. Mum and Nan present. Home conditions good; YP was in her bedroom and declined to come down.
MACE panel agreed that risk remains high and the case will be reviewed again in April.
Police to continue disruption activity in Bradford city centre, focusing on the bus station and Forster Square.
Hi all, apologies for missing Thursday's meeting. I will catch up with the Chair and send any comments by Friday. Kind regards
YP will be supported to attend CAMHS on Wednesday; transport arranged via the Placement Team.
Mark as complete on Mosaic once the manager has authorised the assessment.
Summer holiday plan agreed: youth club Monday to Thursday, football camp in August, weekly check-ins with the Youth Worker.
Mum reports that YP has been staying out late and returning with new clothes from JD Sports and Nike.
The Designated Safeguarding Lead has been informed and will update the Head of Year.
Children's Services to convene a Strategy Meeting within 24 hours in line with Working Together.
Dad says he wants to sue the council over the way the Section 20 was handled.
Grace period for the housing application has been extended until the end of May.
YP disclosed that the older males would jack up the debt every time she missed a drop.
Advised YP about FRANK and gave a leaflet about cannabis and mental health.
Referral to Brook made with consent for sexual health advice and contraception.
Consent obtained from YP and Mum to share information with the GP and the School Nurse.
Risk indicators: going missing, unexplained gifts, older associates, change in presentation, use of Snapchat and Telegram.
Handover: quiet shift. All young people in by curfew. Fire alarm test on Tuesday at 10am.
Will follow up with the Housing Officer regarding the rent arrears letter.
YP was calm and engaged throughout the session and talked about her hopes for college in September.
Outcome: NFA from Police; Early Help to offer support to the family.
Strategy meeting held virtually via Microsoft Teams. All agencies represented except Health.
Nan has agreed to provide respite care at weekends during the Easter holidays.
YP's presentation has improved since moving to the new placement in Stockport.
I will be on annual leave from Monday 8th until Friday 19th; please contact the Duty Team in my absence.
Social Worker to complete a Child and Family Assessment within 45 working days.
The Virtual School Head has agreed funding for a tutor for the rest of the term.
Multi-agency chronology updated to include the NRM referral and Home Office decision.
Concerns about exploitation were discussed at the Complex Safeguarding Hub on Thursday.
Police were called to the children's home at 23:45 after YP absconded via the back garden.
YP was offered a Return Home Interview but declined; Missing Team will try again next week.
School attendance this half term is 61%, with most absences on Mondays and Fridays.
YP stated that the guy who picked her up had a Mercedes with Manchester plates.
Mum said she hopes the new worker will stay longer than the last three.
YP says he wants to be a mechanic and has been offered a taster day at the college in Wakefield.
Bill for the emergency accommodation to be sent to the Leaving Care Team.
Dear all, please find attached the updated Safety Plan. Many thanks
Uncle has been assessed as a connected person and a viability assessment is underway.
The Youth Offending Team will provide a bail supervision package.
Rose Ward at the children's hospital has confirmed YP will be discharged tomorrow.
Frank discussion held with Mum about the impact of her drinking on the children.
Hope was expressed by all professionals that the family will engage with the Family Group Conference.
YP was seen in McDonald's on Briggate with a group of older males; no further action taken.
Education, Health and Care Plan annual review scheduled for March.
YP has been referred to the Youth Justice Service Speech and Language Therapist.
Housing have confirmed the family will be moved to temporary accommodation in Sheffield.
May I ask that all professionals send their reports to the Chair at least three days before conference.
Mum cancelled the visit by text at short notice citing illness.
Contextual safeguarding mapping exercise completed for the park and the retail park in Warrington.
Threshold for Section 47 met; joint investigation with Police agreed.
YP reports feeling safe at home but not in the town centre, particularly near the train station.
Actions from last meeting: all completed except the Education referral, which is carried forward.
YP was referred to the Mentoring Service run by The Prince's Trust.
Placement stability meeting to be arranged before the Christmas break.
Advised carers to keep the Wi-Fi router in a communal area and switch it off at night.
YP remains on a Child Protection Plan under the category of Neglect.
Police confirmed YP is not currently wanted and there are no outstanding warrants.
YP shared that she feels "used" by the older girls who introduced her to the men.
The Exploitation Risk Assessment Tool score has reduced from 42 to 28.
Kind regards, Safeguarding Team, Children's Services
Grandad attended the review and was supportive of the plan.
Stepdad was not present at the visit; Mum stated he was at work in Glasgow.
Dear Sir/Madam, I am writing on behalf of the Local Authority regarding the young person named in the attached referral.
Worker observed cuts on YP's forearms. First aid given and GP appointment booked for Tuesday.
Mum agreed that Dad may have supervised contact at the Family Centre on Saturdays.
The NSPCC helpline was contacted by a neighbour who reported shouting from the property.
Community Safety Partnership to consider a closure order on the property.
YP missed her appointment at the Hope Clinic due to a bus strike.
Information from Crimestoppers suggests that drugs are being sold from the flats above the Co-op.
The Leaving Care Personal Adviser will support YP to apply for a Setting Up Home Allowance.
YP explained that the "link" gives out work over Snapchat and pays via PayPal.
Staff noted that YP's phone was ringing constantly throughout the evening.
A Child Protection Conference will be held on 3 February at Civic Hall.
Decision: case to step down to Early Help with a Team Around the Family approach.
YP engaged well with the Kooth counsellor and would like to continue.
No concerns noted at the unannounced visit on Sunday.
The Independent Reviewing Officer expressed concern about drift in permanence planning.
Referral passed to the Channel panel under Prevent following concerning online activity.
Mum reported that YP has been wearing a Canada Goose coat she could not afford.
The Police Child Abuse Investigation Team will lead on the ABE interview.
Due to the Bank Holiday the MACE meeting will take place on Tuesday instead of Monday.
YP reports that she was taken to hotels in Birmingham and Leicester by an Uber.
Foster carer asked for guidance on how to talk to YP about sexting.
Worker will seek a legal planning meeting with Legal Services.
Sister attended as YP's chosen support person.
Thanks again for your help today, it was really useful. Best wishes
Please be aware that YP is Muslim and observing Ramadan; appointments moved to the afternoon.
The Traveller Education Service has offered outreach support to the family.
YP was described by the Head of Year as bright but easily led.
Family are from Romania and speak Romanian at home; interpreter requested for all visits.
GP confirmed that the Depo-Provera injection is up to date.
Staff at the Children's Home describe YP as polite but guarded.
Missing from Home protocol followed; police log created at 22:00.
Manager oversight: agree with the plan; review in four weeks.
""".strip("\n")))


BLOCKS.append(("young_person", r"""
txt me on {PHONE|seven seven double oh nine double oh four one five} dont put the zero at the front they check
his number was {PHONE|O77OO 9OO l36} i wrote it with letters so he wouldnt see it in my notes
my old email was {EMAIL|kenzie dot x at example dot com} but i got hacked
can someone email {EMAIL|bigsis_k [at] example.org} about my housing pls
i was born {DATE_OF_BIRTH|12.4.10} and they still put me in a adult hostel
{NAME|tyla} gave me her snap {HANDLE|t y l a . x o} with spaces so it doesnt get flagged
we used to stay at {ADDRESS|no 6 prospect st} {POSTCODE|hu3 9aj} before we got moved to a hotel
my nhs no is {NHS_NUMBER|5559797111} the doctors wanted it for the online thing
the man from the shop {NAME|moz} gave me his number {PHONE|07700 9OO 5O9} and said call him if i need owt
jus search {URL|example.com/@hunter.vibez} thats where he posts the vids of us
{NAME|chantel}s boyfriend {NAME|deshawn} told her to bring her mates to the flat
mi auntie {NAME|marcia} seh mi cyaan go out after dark since what happen to {NAME|jerome}
""".strip("\n")))

BLOCKS.append(("young_person", r"""
i dont trust anyone with a lanyard tbh they all write stuff down and then leave
the Police came to our door in March and Mum cried for ages
i wish there was somewhere open on a Sunday where we could go
guy at the bus station keeps offering lifts to Leicester for free, never get in
we get loads of pressure to send pics on Snapchat and everyone acts like its normal
my will to go to school has gone since the fights started
""".strip("\n")))


def nhs_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == digits[9]


def parse(raw):
    text_parts = []
    spans = []
    pos = 0
    out_len = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("unknown type %r in %r" % (typ, raw))
        if not val:
            raise ValueError("empty span in %r" % raw)
        if val != val.strip():
            raise ValueError("edge whitespace in span %r in %r" % (val, raw))
        if typ == "NHS_NUMBER" and not nhs_ok(val):
            raise ValueError("NHS number fails Modulus 11: %r" % val)
        spans.append({"start": out_len, "end": out_len + len(val), "type": typ})
        text_parts.append(val)
        out_len += len(val)
        pos = m.end()
    text_parts.append(raw[pos:])
    text = "".join(text_parts)
    if "{" in text or "}" in text:
        raise ValueError("stray brace in %r" % raw)
    if text != text.strip() or not text:
        raise ValueError("edge whitespace or empty line: %r" % raw)
    for a, b in zip(spans, spans[1:]):
        if a["end"] > b["start"]:
            raise ValueError("overlapping spans in %r" % raw)
    return text, spans


def main():
    records = []
    seen = set()
    for style, block in BLOCKS:
        for raw in block.split("\n"):
            if not raw.strip():
                raise ValueError("blank line inside a block")
            text, spans = parse(raw)
            if text in seen:
                raise ValueError("duplicate text: %r" % text)
            seen.add(text)
            records.append({"style": style, "text": text, "spans": spans})
    # sanity: offsets reproduce the marked values
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]].strip() == r["text"][s["start"]:s["end"]]
    rng = random.Random(20261207)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "j%04d" % i, "style": r["style"], "text": r["text"],
                    "spans": r["spans"]})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set_j.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    styles = Counter(r["style"] for r in out)
    clean = sum(1 for r in out if not r["spans"])
    clean_by_style = Counter(r["style"] for r in out if not r["spans"])
    types = Counter(s["type"] for r in out for s in r["spans"])
    print("lines:", len(out))
    for k in sorted(styles):
        print("  %s: %d (clean %d)" % (k, styles[k], clean_by_style[k]))
    print("clean lines (no spans): %d (%.1f%%)" % (clean, 100.0 * clean / len(out)))
    print("lines with spans:", len(out) - clean)
    print("spans total:", sum(types.values()))
    for k in sorted(types):
        print("  %s: %d" % (k, types[k]))


if __name__ == "__main__":
    main()
