#!/usr/bin/env python3
"""Build held-out evaluation set G for a de-identifier.

Every line below was written by hand. Inline markers {TYPE|value} are stripped and turned into spans.
  N=NAME PH=PHONE EM=EMAIL PC=POSTCODE AD=ADDRESS SC=SCHOOL HA=HANDLE URL=URL DOB=DATE_OF_BIRTH
  NHS=NHS_NUMBER (write the first 9 digits with their separators; the Modulus 11 check digit is appended here)
  BAD=10-digit reference that must FAIL Modulus 11 (write 9 digits; a failing 10th digit is appended; NOT labelled)
Python 3 standard library only. Fixed seed shuffle.
"""
import json, random, re, sys, collections, os

YOUNG = r"""
me n {N|kayleigh} used to go the park off {AD|Hollins Road} evry nite but not no more
my mums boyfriend {N|darren} is alright i guess he just shouts alot when hes had a drink
this older lad {N|big t} kept givin us free vapes n then said we owed him
{N|Kofi} said if i told any1 they would hurt my little brother
snap me on {HA|jadeyy_x0} if u wanna talk bout it
i dont trust my social worker mrs {N|bennett} she tells my mum everyting
my key worker {N|Hope} is the only one who actually listens to me fr
i live at {AD|27 Tennyson Street} with my nan and my 2 cousins
if anyone from the project wants to ring me its {PH|07700 900482} but not after 9 cos my dad checks my phone
there was a man called {N|Tariq} who used to wait for girls outside {SC|Moorside Academy} in a white car
my name is {N|Zainab} i am 15 and i come from Sudan, english is my second language sorry for mistake
{N|Will} from the youth club helped me sort my bus pass, he's sound
{N|lil j} and {N|skinny} took my phone and made me hold stuff for them
my birthday is {DOB|14/03/2011} so i was only 13 when it started
pls dont tell mr {N|okonjo} i said this he will go mad
add me {HA|@reece.mcf_07} on insta thats where i talk to the youth worker
i got moved to {SC|Kirkdale PRU} after the fight and honestly its better there
{N|Grace} is my best friend and she was there when it happend
my email is {EM|tyler.brooks09@example.com} if u need me for the interview thing
{N|oliwia} my sister she translate for my mum at the meetings, it is hard for her because she is only 12
hiya im {N|Cerys}, i live on {AD|Heol y Nant} in Cardiff and theres nothing to do round here
my foster carer {N|Janet} is proper sound to be fair
we used to chill at {N|amir}s house cos his mum was never in
the man said his name was {N|Mark} but the other girls called him {N|Smokey}
i was born on {DOB|2 june 2009} and ive been in care since i was 10
{N|Ngozi} n {N|Temi} told me about this website {URL|www.example.com/freecash} where u get paid for pics
he kept messaging me on tiktok from {HA|@x_ghost_x99} and i blocked him but he just made new accounts
my nan lives {AD|4 Chapel Row}, Wigan {PC|WN5 9DE} and i go there most weekends
i go {SC|St Aidan's} and the teachers there are ok except some
{N|Aoife} and {N|Niamh} are my cousins they live in Derry
he said ring {PH|0161 496 0732} if i wanted to make easy money
i told miss that {N|Jermaine} was threatening me and she did nothing
wallahi {N|Hamza} didnt do nothing he was just there
{N|Sunny} is my older brother and he looks after me since dad went
i was at {N|Demi}'s party and there was these older men there i didnt know
me and {N|Jakub} go boxing at the gym on {AD|Cross Street}
{N|J.T.} was the one who gave me the phone
i wish {N|KM} would leave me alone, he knows where i live
the lad who runs it is {N|Dwayne Pryce} everyone knows him round here
this guy {N|Minh} took me from manchester to a house and i had to work in the nail shop, i was 16
my discord is {HA|nightowl_4471} if you want to talk there
u can email me {EM|shanice dot w at example dot net} i dont check it much tho
my mum {N|Fatima} dont speak english well so i do all the talking
we live in {AD|Flat 9, Cedar House, Marsh Lane} and the lift never works
i go to college at {SC|Northbrook College} doing plumbing level 2
my big bro {N|Emeka} went to prison and after that people started comin for me
this girl {N|Shannon} filmed me and put it on snap and the whole year seen it
{N|rhys} n {N|gethin} r the ones who started it tbh
i didnt no he was 24 he told me he was 17 and his name was {N|Jay}
{N|Faith} (my youth worker) is honestly a legend
me n {N|abdi} got stopped by the feds for nothing again
i was excluded from {SC|Hillside High School} in year 9 and never went back
he had my adress {AD|12 Peel Street} and came round at like 2am
my sister {N|Bridget} got married at 16 cos thats how it is with us but i dont want that
{N|Mikey Doherty} is my cousin and he keeps tryna get me into it
i trust mr {N|hussain} at school he is the only teacher who gets it
my number changed its {PH|07700 900 115} now
they told me to go to the address {AD|48 Belgrave Road} and knock twice
my dob is {DOB|09/11/2010}
tbh i just want {N|Amber} to know im sorry
i knew {N|Lukáš} from my old school in czech he is here now also
i got a letter from dr {N|patel} about my appointment but i aint going
{N|shazia} aunty said i cant go out after maghrib anymore
{N|Delroy} is my grandad and he looks after me and my sisters
he snapped me his number {PH|07700900931} and said come alone
{N|Wanjiru} my friend she help me when i first come to uk
i met {N|Xiaoling} at the english class and she is my only friend here
this man {N|Vlad} said he would pay for my phone if i did favours for him
i been in 6 placements and the last one was on {AD|Willow Crescent} which was the worst
check this {URL|https://www.tiktok.com/@dripkingz_mcr} thats the page where they advertise the jobs
my teacher at {SC|Oakwood Primary} used to give me breakfast every day
{N|Rose} my keyworker got me into college
{N|Destiny} and {N|Star} are twins in my class
me and {N|Seren} went up {AD|Stryd Fawr} to get food n got followed by a car
{N|Siobhán} was the one who told the teacher and now everyone calls her a grass
my nan {N|Winnie} is a traveller and she is the best person i know
{N|Paddy} and {N|Johnjo} from the site said they would sort it
i need help with my housing my address is {AD|Flat 2, 16 Rosebery Avenue} {PC|LS8 9JX}
{N|Imran} bhai said he would get me a job at the takeaway
i have a boyfriend his name is {N|Andrei} he is 22 and i am 15 and my friend say it is not ok
{N|Yusuf}'s uncle drives us around sometimes
text me on {PH|+44 7700 900 287} cos my uk sim dont work
the older ones call him {N|K-Dogg} but his real name is {N|Kieran}
i was born {DOB|23rd of April 2012}
when i was in year 7 at {SC|Thornbury Academy} a girl in year 11 made me carry stuff
i miss my brother {N|Thanh} he is still in vietnam
{N|Jack} is my boyfriend and he treats me right tbf
i was talking to {HA|@kingkash_} on insta and he asked for pics
my mum works at {N|Rajinder}'s shop on {AD|Soho Road}
ring aunty {N|bev} on {PH|0121 496 0558} if im not in
we call him {N|Snipes} he aint got a real name to us
{N|Faisal} and {N|Liban} got stabbed outside the shop in the summer
me and {N|cal} got lifted at the station
{N|Precious} and {N|Blessing} are from my church
honestly {N|Frank} is the worst foster dad ever
my gaming tag is {HA|xXShadowReaperXx} add me on xbox
psn {HA|tayo_gamer9} we play most nights
my sister {N|Mary-Ann} is 17 and she left home
{N|Oisín} helped me when i got kicked out
i stay with {N|Ciarán}'s family now, they are nice
contact my mum {N|Marcia Campbell} {PH|07700 900 664}
my email is {EM|k.osei2008@example.org} thats the one i use for college
i was groomed by someone called {N|Leon} when i was 13 and no one noticed
i go {SC|Brook Lane} now its a special school
me n {N|bex} went to the party n {N|bex} got spiked
the lad was called {N|Marek} or {N|Mariusz} i cant remember
youth worker {N|Shantelle} gave me her work number {PH|020 7946 0391}
my old address was {AD|33 Grange Avenue}, {PC|OL9 9GH}
my dob is {DOB|1.5.2008} and i am now 18 so i am leaving care
i am {N|Tesfaye}, from Eritrea, i come by lorry when i am 15
{N|hamdi}s big sister takes us swimming on sundays
my youtube is {URL|youtube.com/@lilzee_beats} i make beats
his snap was {HA|bigman.d} and he had a bmw
my insta is {HA|ellie.r_x} but its private so dont bother
my name {N|Duc Anh}, i am from Vietnam, i come to UK in back of truck, the man {N|Hoang} say i must pay back
i am {N|Mekdes}, 17, i live now in hostel on {AD|Victoria Road}, staff is good
in my country my name is {N|Selam} but here they call me {N|Sally}
my friend {N|Ionuț} work in car wash for the man {N|Bogdan}, no money only food
{N|Li Na} is my roommate she is from china and she is very kind to me
i no have phone, you can call my worker mrs {N|kaur} number {PH|0113 496 0827}
they posted my pics on {URL|https://t.me/exposed_mcr_example} and i wanted to die
his facebook was {URL|facebook.com/kelly.marsh.5821} but it was a fake name
add me {URL|snapchat.com/add/jay_k_07}
{N|Harpreet} my cousin is the only one i can talk to
{N|lil dre} and his boys run the park now
my name is {N|Oluwaseun} but everyone calls me {N|Seun}
i went missing for 3 days and stayed at {N|Reece}'s flat in {AD|Kingsley House}
my social worker {N|Emma} left and now ive got someone new again
{N|Chidi} and {N|Adaeze} are my cousins from London
i am {N|Layla} and i am 13, i want to say schools should teach more about online stuff
he put his number in my phone as "Auntie {N|Sue}" so my mum wouldnt know
my phone had him saved as {N|Big Kay} lol
the number saved as {N|Mo} (barber) was actually the guy who sold stuff
{N|leroy} is my step dad and hes actually ok
me and {N|Kacper} used to go to the skate park by {AD|Albion Street}
{N|Wiktoria}'s brother is one of them
{N|Jimmy} and {N|Tommy} are my brothers and we all live on the site
{N|Kathleen} my mam says i shouldnt talk to outsiders
i tell {N|Llinos} everything she is like my big sister
{N|Dafydd} from the rugby club said i could crash at his
i was a young carer for my mum {N|Beverley} from when i was 8
please dont send pc {N|hughes} round again he was horrible to me
{N|Ayaan} got me involved and now i cant get out
{N|Mohammed} used to buy us food and then he wanted stuff back
{N|Khalid} and {N|Yasmin} are my foster siblings
my name is {N|Wei} i am from china i study in the college and i feel lonely
{N|Hao} and {N|Jun} from my class helped me when people was racist
{N|Phuong} my auntie work at nail bar and sometimes i help
{N|Linh} say she was brought here to work
{N|Nguyen} was the name of the man at the farm
i was dating {N|Jordan} for like a year and he was controlling
{N|Bradley} and {N|Mason} robbed me for my trainers
my bday is {DOB|12.9.09} and i want to go to the trampoline park
{N|sukh} and {N|harps} are my best mates
me and {N|T} went to the shop and they jumped us
follow {HA|@_lilzee.official} for my music
{N|Amina} my sister she is 16 and she got married in Somalia
the taxi man {N|Tony} always asked where i was going
{N|Ricky} and {N|Dean} used to pick us up from school in a audi
my name is {N|Anastasija}, i am from latvia, it is ok here but people is not friendly
i was born {DOB|March 3rd 2011} in Lagos
my email is {EM|r0ry_b@example.net}
{N|Rory} is my name and im 19 now, i was in care
i want {N|Keisha} to be my social worker again she was the best
this lad {N|Ghost} on snap keeps sending me money
{N|Precious Okoro} is my case worker at the charity
ring my mum on {PH|07700 900 053} she will tell you
my number {PH|07700-900-720} text dont ring
{N|Patsy}'s dad is the one who runs the site
i was at {SC|Valley Road Primary} when my dad went to jail
i went {SC|St Mary's RC High} and i got bullied so bad
{SC|Riverside Pupil Referral Unit} was the first place someone actually cared
i left {SC|Greenfield Academy} in year 10 cos of what happened
the girls from {SC|Hartcliffe School} were involved too
my email {EM|amberlouise2009 (at) example (dot) com} pls email me back
{N|Amber-Louise} thats me lol
{N|summer} from my class was there too
{N|Rocky} my brother is 19 and he looks after me
{N|Storm} is my cousin, shes 14
{N|Crystal} told the police everything
{N|Dawn} my foster mum is the best
{N|Joy} from the church got me a coat
{N|Heaven} and {N|Brandy} are sisters and they got taken away from there mum
{N|Justice} is my little brother he is 5
add me on snap {HA|its.mimi09}
{N|Mimi} is my nickname from when i was little
my number is {PH|oh seven seven oh oh nine oh oh double six two} dont give it to my mum
ring me on {PH|07700 nine double oh 431} after school
my nhs number is {NHS|453 210 776} the doctor said keep it safe
they sent me this link {URL|http://example.net/modelling-jobs?ref=girlz} and said i could be a model
u can see my art on {URL|www.instagram.com/dani.draws.stuff} i did it all myself
i live {AD|Flat 11, Holly Court} {PC|B23 9QF} in erdington
"""

YOUNG_CLEAN = r"""
i hope things get better for me soon
i will tell someone next time i promise
the youth club is the only place i feel safe
we used to go nandos every friday after school
my nan always says grace before tea and i hate it lol
i got an amber warning at school for my phone
my mark in english went up this term and miss said well done
my mum cant pay the bill so the electric keeps going off
the old bill stopped us for nothing again
we was selling charlie for the olders n i didnt even get paid
everyone was on mandy at the party and i felt sick
i wanna jack it all in and move away
its sunny today so im going to the park with my mates
the summer holidays are the worst time cos theres nothing to do
to be frank i dont care what the social think anymore
i rang childline once and they were alright
i talk to kooth sometimes at night when i cant sleep
i looked it up on talk to frank and it said ket can mess up your bladder
we went to Preston for the day on the train
i got a jack wills hoodie for my birthday
he had a louis vuitton bag n a rolex so we thought he was rich
i support villa and my dad supports blues so its war in our house
we went blackpool in the summer and it was mint
my favourite show is top boy but my mum wont let me watch it
the 12 raided the trap house last week
i was going country for like 3 weeks and no one even noticed
the opps are from the other side of the canal
i used to work on the line for the mandem
i was in a bando for 2 days with no food
i am 14 and i live with my mum and 3 brothers
i moved from poland 2 years ago and school is hard because of english
i went to a meeting on 12th march with my social worker and she said i can stay
we got a bus to chester and he bought us mcdonalds
there is a lad in year 10 who always carries a blade
my step dad drinks too much and it scares me
i dont feel safe walking home from the bus stop
they made me do a drop in lincoln and i was so scared
primark is the only shop my mum can afford
please listen to us not just the adults
it all started on snapchat
sometimes i self harm when it gets too much
bare man was outside the chicken shop
howay man nobody listens to us kids
aye its rough up here but its home
the bizzies took my phone and never gave it back la
our kid got me a ps5 from somewhere and i didnt ask
she was proper mardy with me all week
i go to st helens on the weekend to see my dad
my dad lives in Washington near sunderland
we moved to Stanley last year and i dont know anyone
hope is the only thing keeping me going
i will never forgive them for what happened
my amber plan at school means i can leave lessons early
the bill came to the door and my mum hid in the kitchen
we went on the ferris wheel at the summer fair and it was the best day
he bought me a rose gold phone case and i thought that meant he loved me
frankly im done with the system
i had a wee chat wi the worker and she was sound
me and my mates go to the barnardos group on tuesdays
i dont want no more meetings about me without me
the jakes were parked outside my house all night
i got a henry off someone at the park and got caught
he bought me a ted baker bag and a nandos card
everyone called it the Broadway crew but theres no leader really
the ZN lot run the estate and everybody knows it
i was scared because he was 30 and i was 14
my birthday is in june and i will be 16
i was born in romania but i grew up in leeds
i watched a film about county lines in pshe and it was actually like my life
we went to the victoria park summer festival and got robbed
my will to live is low some days
they always came at dawn when my mum was asleep
my mum drinks brandy every night
there was a storm and the power went and i was on my own
theres no joy in anything anymore
justice for my brother, the police did nothing
i was staying in a airbnb in sandy for a week with older boys
chelsea won so my brother was in a good mood for once
he drives a black merc with tints
my nan gives the best cwtch when im sad
gert lush youth club but they shut it down
i did my gcses on 14th june and passed 5
the taxi drivers are in on it honestly
my mum's partner is ok but my real dad is not
the worker from st giles helped me get out
bill after bill after bill, my mum is always stressed
the pills looked like crystals and i didnt know what it was
i used to sell for the olders and i was only 12
i was found in a traphouse in Kendal
summer is when it gets really bad round ours
mark my words ill get out of this place
they call the phone the deal line
eid was the happiest day this year
i feel like a burden to everyone
will it ever stop
sunny d and a packet of crisps was all i had for tea most days
faith is all i have left tbh
the kings trust helped me with my cv
"""

CASE = r"""
Referral received from {SC|Hallbrook Academy} DSL re {N|Kayden Marsh} (DOB {DOB|17/02/2011}) – concerns re older males collecting him at lunchtime.
14/10/2026 Strategy discussion. Present: DS {N|Karen Whitfield} (police), {N|Anil Mistry} (CSC), {N|Joanne Pike} (DSL). Agreed threshold met for s47.
Hi {N|Sarah}, just following up our call re {N|Rio} – mum has agreed to the home visit on Thursday. Thanks, {N|Dev}
YP located at {AD|112 Whitworth Street}, Manchester {PC|M1 9QA} by PC {N|Lowe} at 02:40 hrs and returned to placement.
NHS No: {NHS|485 777 302}. Seen in ED following suspected overdose. Discharged to carer Mrs {N|Linda Shaw}.
Pupil {N|AB} (Yr 9) disclosed that {N|CD} has been asking her to meet men in the Tesco car park.
{N|Tyreese} missing from 18:00; last seen with {N|Jordan Ellis} aka "{N|J-Boy}" near {AD|Carlton Parade}.
Dad (Mr {N|Wojciech Nowak}) spoken to via Polish interpreter; he was not aware {N|Kacper} had been excluded.
Contact: {N|Rachel Tomlinson}, Senior Practitioner, {PH|0113 496 0214}, {EM|rachel.tomlinson@example.org}
Return home interview completed by {N|Kemi Adeyemi} (Barnardo's). {N|Chantelle} would not say where she had been.
Mother {N|Kathleen McDonagh} states the family will be moving off the site at {AD|Dale Lane} within the month.
DC {N|Priya Ramesh} has requested the download from {N|Leah}'s phone.
Concerns that {N|Leah Fitzgerald} is being exploited by a male known as "{N|Bigz}" – possibly {N|Bilal Zaman}, 23.
03/05/2026 – {N|Mo} found in possession of £340 and two handsets, one in contact with {PH|07700 900 318}.
Present: {N|Gemma Holt} (Chair), {N|Femi Adebayo} (YOT), {N|Siân Pritchard} (Health), PC {N|Tom Reddy} (Police).
Apologies: {N|Hazel Ng} (CAMHS), {N|Ifeoma Eze} (school nurse).
GP is Dr {N|Okafor} at the Brindley practice; GP aware of concerns and will flag record.
Date of birth recorded incorrectly on the system – should read {DOB|05/08/2010}. {N|RT} to amend.
{N|Ahmed}'s brother {N|Tariq Hussain} (DOB {DOB|22.01.2002}) is a person of interest in Op Harrier.
Kind regards, {N|Ffion Jenkins} | Exploitation Lead | {PH|029 2018 0612}
{N|Zuzanna} disclosed that {N|Mateusz} takes her to parties at {AD|Flat 14, Meridian Court}.
Name: {N|Oliwia Kowalczyk}  NHS: {NHS|612-447-098}  GP: Dr {N|Hale}
Address: {AD|7 Sycamore Close}, Rotherham {PC|S60 9HT}
Placement address: {AD|Flat 3, 41 Brunswick Street}, Liverpool {PC|L1 9BX} – note this is a solo placement with 2:1 staffing.
Email received from {EM|dsl@example.org} (Mr {N|Ashworth}) at 09:14 re attendance.
Thanks {N|Bev} – can you send me the chronology before Tuesday? {N|Mags}
Morning all, please see attached minutes from the MACE. Any amendments to me by Friday. Regards {N|Owain}
{N|Jess} presented as withdrawn. Said "{N|Dez}" had been buying her vapes and alcohol.
Intel suggests {N|Dean Moran} and {N|Leon Moran} are running a line from {AD|Albert Road} into Barrow.
Social worker: {N|Gurpreet Sandhu}, tel {PH|0121 496 0930}, mob {PH|07700 900 411}
Young person: {N|Amani Hassan}   DOB: {DOB|30/11/2009}   NHS: {NHS|721 093 884}
S/W {N|Jo} spoke with {N|Kai}'s nan who said he had not been home since Sunday.
{N|TJ} (16) arrested on {AD|Pershore Road} with a bladed article – crime ref {BAD|440 912 107}.
Crime reference {BAD|260411938}; officer in case DC {N|Mahmood}.
{N|Eilidh} missing from care again. Misper ref {BAD|2609-118-42}
Referral from ED: {N|Natalia Popescu}, 15, presented with injuries. NHS number {NHS|402 118 657}.
{N|Natalia} disclosed she has been staying with a male called {N|Florin} at {AD|29 Gladstone Terrace}.
Health visitor {N|Grainne O'Sullivan} raised concerns about younger sibling {N|Maisie}.
Dear Mr {N|Kowalski}, I am writing to invite you to a meeting about {N|Aleksander} on 9 December at 10am.
Dear Ms {N|Achterberg}, thank you for your referral. Yours sincerely, {N|P. Lindqvist}
Hi all – quick update: {N|Jayden} was picked up by BTP at Crewe with {N|Kane Hollis}. Both safe and well. {N|Nat}
From: {N|Sunita Chauhan} <{EM|sunita.chauhan@example.org}> To: {N|Will Harper} <{EM|w.harper@example.net}> Subject: Strategy mtg re {N|Shay}
{N|Will} – can you confirm if {N|Shay} attended {SC|St Bede's Catholic High} today?
Attendance: {N|Shay} 43% this term at {SC|St Bede's}. Fixed-term exclusion 05/11/2026.
Pupil transferred to {SC|Lowfield Pupil Referral Unit} on a managed move.
Safeguarding log: 11:20 Mr {N|Grady} (PE) reported {N|Ruby Hartley} Y10 had a large amount of cash in her blazer.
DSL log: {N|KP} seen getting into a silver Audi outside the gates at 15:15. Reg partially noted. {N|SM} informed.
Chronology entry – 21/07/2026: Mother {N|Jolene Price} reports {N|Tommy-Lee} has not returned from Appleby.
{N|Patrick Joyce} (maternal uncle) has offered to have {N|Tommy-Lee} stay with him at the site on {AD|Manor Lane}.
Interpreter (Mr {N|Ahmadi}, Dari) used throughout. {N|Zaki} states he is 16; age assessment pending.
{N|Farid} and {N|Jawad} were found working at a car wash on {AD|Bradford Road}, Dewsbury {PC|WF13 9LN}.
Hospital number and NHS number {NHS|834-201-557} confirmed with Ward 6 staff (nurse {N|Adaora}).
Discharge letter signed Dr {N|H. Chowdhury}, Consultant Paediatrician.
Mum ({N|Shelley}) was tearful. Dad not present. {N|Harley} refused to come down.
{N|Harley-Mae Winters} DOB {DOB|04-06-2012} NHS {NHS|501784392}
Email from {N|Chen Jie} ({EM|chen.jie@example.com}), cousin, offering support with transport.
{N|Jie} is the cousin's given name; surname {N|Chen}. Clarified with family.
{N|Trang} (Vietnamese national) found at a cannabis grow at {AD|Unit 4, Canal Side Works}, Oldham. Referred to NRM.
YP's mobile {PH|07700 900 590} was found in the possession of {N|Levi Francis}.
Numbers attributed to the line: {PH|07700 900 766}, {PH|07700 900 767}, {PH|07700900802}.
Please ring me back on {PH|0161 496 0088} ext 4 – {N|Carmel}
Messages on {N|Precious}'s phone from a contact saved as "{N|Unc}" ({PH|+44 (0)7700 900 147}).
{N|Rashid} (uncle) has parental responsibility? Checked – no. Uncle {N|Rashid Begum} is not PR holder.
Visited at home address {AD|22 Larch Close}, Oldham {PC|OL9 9QP}. Nobody answered.
{N|Jordan}'s Snapchat: {HA|j0rdan.x.77}. Instagram: {HA|@jordanx77_}.
Police have identified the TikTok account {URL|https://www.tiktok.com/@pushin_p_bham} as advertising "work".
Screenshot shows handle {HA|@fastmoney_b20} offering £500 a week.
Mother's boyfriend {N|Craig Tennant} has a history of DV. {N|Craig} is not to have unsupervised contact.
Background: {N|Kirsty} is 14 and lives with her maternal grandmother ({N|Eileen Bruce}) at {AD|16 Burns Crescent}.
Professionals meeting 10/12/2026. Invite: {N|Jo Mellor}, {N|Aamir Shah}, {N|Rosie Quinn}, {N|Mark Dempsey}.
Action: {N|MD} to liaise with BTP re the Manchester–Blackpool train line. {N|AS} to update the risk assessment.
Minutes taken by {N|Lauren}. Next meeting chaired by {N|Grace Adeyemi}.
School nurse {N|Hope Williams} saw {N|Aaliyah} re sexual health – consent given to share.
{N|Aaliyah} has been seen with {N|Junior} (adult, approx 25) outside {SC|Parkview Academy}.
{N|Junior}'s real name believed to be {N|Kwabena Asante}.
{N|Sasha} gave her date of birth as {DOB|13/09/2008} but records show {DOB|13/09/2010}.
{N|Chidera}'s foster carer (Mrs {N|Appiah}) has been asked to lock away medication.
Call from {N|Pauline} at the children's home: {N|Keanu} absconded via the fire exit at 21:30.
{N|Keanu Reid-Baptiste} recovered by PC {N|Atkinson} in Bolton. Misper report closed.
Ref {BAD|102 554 901} (misper). {N|Keanu} states he was "at a mate's".
Letter sent to Mr and Mrs {N|Llewellyn} at {AD|Ty Gwyn, Heol Las}, Swansea {PC|SA5 9PQ}.
{N|Rhiannon Llewellyn} (14) attends {SC|Ysgol Bryn Derw}.
Disclosure to teacher (Mr {N|O'Neill}): {N|Ciara} said her "boyfriend" {N|Declan} is 20.
Birth certificate confirms DOB {DOB|1 March 2011}. Age previously recorded as 16 is incorrect.
{N|Yasmin}'s passport shows {DOB|12 Feb 2009}.
The YP's mother {N|Gloria} reports {N|Marcus} has been "running" for older boys since Easter.
{N|Marcus Thompson}, {AD|Flat 12, Ravenscroft Tower}, Salford {PC|M6 9AE}.
Sibling {N|Tia Thompson} DOB {DOB|19/04/2014} – consider early help.
To: {EM|mash.referrals@example.org} Cc: {N|Debbie Frain} Re: urgent
MASH enquiry from {N|Lisa} ({EM|l.kerrigan at example dot org}) re {N|Ella-Rose Kerrigan}.
{N|Ella-Rose} has an older "boyfriend" called {N|Shaun} who she met on Snapchat ({HA|shaunyb_22}).
{N|Shaun Bates} was arrested on 02/11/2026; bail conditions prevent contact with {N|Ella-Rose}.
{N|Wen} reports she was made to work in a takeaway owned by a man she knows as "Uncle {N|Lee}".
Uncle {N|Lee}'s restaurant is on {AD|Wellington Street}.
{N|Tran Van Duc} (DOB {DOB|15/10/2009}) NHS {NHS|389 452 110}
{N|Duc} was placed with foster carers {N|Ian} and {N|Mandy Rowe}.
{N|Mandy} (foster carer) reports {N|Duc} is settling well and attending {SC|Heathfield College} ESOL.
{N|Bobby} told staff that "{N|Tank}" and "{N|Wiz}" made him hold drugs internally.
{N|Bobby Cartwright} admitted to ward 4, NHS no {NHS|921-337-046}.
{N|Alfie}'s social media: {URL|instagram.com/alfie_trapstar_09} and {URL|https://www.youtube.com/@alfiedrills}.
Drill video posted to {URL|www.youtube.com/@southsideofficial_example} names {N|Alfie} and {N|Jaden}.
Link provided by school: {URL|https://example.net/share/x7Tq91} – this is a site used to share images.
Online safety referral to CEOP re the user {HA|daddy_dom_uk} who contacted {N|Sophie} on Roblox.
{N|Sophie Merriman}, 11, {SC|Castleford Park Primary}.
{N|Sophie}'s mum {N|Claire} discovered messages and called 101.
Police log {BAD|2710 442 96}; officer: PC {N|Darnell}.
{N|Ruairí} disclosed he had been taken to Glasgow by {N|Big Mick}.
{N|Mick} is believed to be {N|Michael Stoddart}, 34, of {AD|Laburnum Grove}.
{N|Evie Parr} (14) – {AD|3 Kestrel Way}, Hull {PC|HU8 9RD} – {PH|01632 960 177}
ED attendance 12/11/2026. {N|Evie} gave a false name ("{N|Lily Brown}") and false DOB ({DOB|01/01/2007}).
Not {N|Lily} – identity confirmed as {N|Evie Parr} via photo ID.
Email to {EM|yot.duty@example.net}: {N|Kobe} remains on a YRO; next appointment with {N|Nadeem} on Monday.
{N|Kobe Mensah-Reid} DOB {DOB|29 August 2008} – breach of curfew.
{N|Nadeem} (YOT) notes {N|Kobe} has a new phone, {PH|07700 900 023}.
Hi {N|Anwen}, sorry for the delay. {N|Ioan} has agreed to meet us at the Hwb. Diolch, {N|Meleri}
School: {SC|Cwm Rhondda High}. HoY: Mrs {N|Bevan}. DSL: Mr {N|Price}.
{N|Kerry-Ann} is Jamaican heritage; mum ({N|Yvonne}) and grandmother ({N|Hyacinth}) both attended.
{N|Yvonne Clarke} requested all letters go to {AD|55 Handsworth Wood Road}, Birmingham {PC|B20 9TS}.
{N|Dwayne} has been identified as a "shotter" for the {N|Tyrone Bailey} network.
{N|DB} ({N|Dwayne Bailey}) is {N|Tyrone}'s younger cousin.
Intelligence: the phone {PH|0 7 7 0 0 9 0 0 8 8 5} is linked to {N|Bailey}.
{N|Amir} (15) presented at the front desk with his father, Mr {N|Soltani}.
Medical: {N|Amir Soltani}, NHS {NHS|601 227 349}, allergies: penicillin.
{N|Nikolai} disclosed debt bondage to a man called {N|Ruslan}. NRM submitted.
{N|Alina} (sister) confirmed {N|Nikolai} was brought to the UK by {N|Ruslan Petrov}.
Housing officer {N|Derek Fenwick} visited {AD|Flat 8, Bewick House}, Gateshead {PC|NE8 9UW}.
Safeguarding adults referral re Mr {N|Lister}; NHS {NHS|710 284 003}.
{N|Chloe-Jade} disclosed to youth worker {N|Toni} that she was sent to Kendal with drugs.
{N|Toni Ashcroft} (youth worker) {EM|toni.ashcroft@example.org} {PH|07700 900 352}
{N|Chloe-Jade Pickering} DOB {DOB|7th May 2010}, {SC|Ravensbury High}.
The {N|Pickering} family have moved to {AD|Ormskirk Road}. New postcode {PC|WN8 9FG}.
{N|Ashton} (16) was in the vehicle with {N|Ty} and {N|Reggie}.
Ms {N|Dlamini} (school counsellor) will offer weekly sessions to {N|Thandi}.
{N|Thandiwe Dlamini} is not related to the counsellor – confirmed.
{N|Lerato} and {N|Sipho} (siblings) attended with their aunt.
Message from {N|Abdirahman} to worker: "my brother {N|Abdikarim} is with the bad boys in Bristol"
{N|Abdikarim Warsame}, believed to be in Bristol at {AD|Stapleton Road}, {PC|BS5 9GH}.
Chronology: 12/01/2026 first episode missing; 17/02/2026 found in Luton with {N|Hamza Iqbal} (19).
{N|Iqbal} known to police for PWITS. Bail address {AD|71 Dunstable Road}, Luton {PC|LU4 9BS}.
{N|Emre} and {N|Selin} (twins) – concerns re CSE from a male known as "{N|Baba}".
{N|Mustafa Yilmaz}, father, states he will "deal with it himself".
Referral source: {N|Jenny Lo}, school counsellor, {SC|Kingsmead School}.
{N|Jenny} reports {N|Mei} has been self-harming and mentions a man called {N|Kevin}.
{N|Mei Ling Zhou} (DOB {DOB|08/03/2011}) attends Saturday Chinese school.
Contact number for dad {N|Zhou Wei}: {PH|020 7946 0774}.
{N|Kelsey Hughes}, {AD|9 Orchard Rise}, Ashford {PC|TN24 9XY}, {PH|01632 960 515}.
Missing episode – {N|Kelsey} found in Folkestone by Kent police with {N|Bradley Nunn} (22).
E-mail sent to ICPC chair {N|Margaret O'Hare} ({EM|m.ohare@example.com}).
{N|Deano} and {N|Kels} have been told by {N|Brad} they "belong" to him.
Note from {N|RS}: {N|Rosa} is not in school again; phone off.
{N|Rosa Santos} – Portuguese national, DOB {DOB|20/06/2010}, NHS {NHS|476 553 218}.
{N|Rosa}'s mum {N|Ana Paula} speaks limited English; {N|Mariana} (interpreter) assisted.
CSE screening tool completed by {N|Ciaran Devlin} – outcome: significant risk.
Hiya {N|Kath}, {N|Lacey} was picked up from {SC|Marsh Lane Academy} by an unknown adult today. Can you call? {N|Jo} x
{N|Lacey Doyle} – home address {AD|88 Warwick Road}, Carlisle {PC|CA1 9HU}.
{N|Lacey} says the man is "{N|Benny}" from the chippy.
PNC check on {N|Benjamin Ross}, 41, returned previous for sexual offences.
{N|Ezra} attended his appointment with Dr {N|Mukherjee} at the sexual health clinic.
{N|Ezra Goldberg} NHS {NHS|803 216 445} DOB {DOB|11/11/2009}.
{N|Ezra} disclosed a relationship with an adult male he met online ({HA|@silverfox_northwest}).
Lodged with CEOP; URL of profile {URL|https://x.com/silverfox_nw_example}.
{N|Naomi} reports receiving threatening messages from {HA|@opp_blocker_e15}.
{N|Naomi Akinola}, {AD|Flat 21, Carpenters House, Stratford High Street}, {PC|E15 9TY}.
YP {N|Devante} has a tag; monitoring officer {N|Greg}.
{N|Devante Lewis-Grant} – curfew address {AD|19 Ladywood Middleway}.
{N|Tanisha} states she met {N|Devante} at {N|Kez}'s birthday party.
{N|Tanisha Cole} DOB {DOB|2/3/2011}.
{N|Nkechi} (mum) contacted the duty line {PH|0121 496 0400} in distress.
{N|Bankole} advised mum to ring 999 if {N|Ifeanyi} returns with injuries.
{N|Uche Nwachukwu} (18) – {PH|07700 900 999} – no fixed abode.
{N|Kaitlyn} told staff at {SC|Westgate PRU} that she had "a job" in Blackpool this weekend.
Manager: {N|Jas Dhillon}. Deputy: {N|Helen Crowther}.
{N|Jas} – thanks for this, agree with the plan. {N|Helen}
{N|Jasmine} (not {N|Jas}) is the YP; she goes by {N|Jazz}.
"""

CASE_EXTRA = r"""
Referral (health): {N|Precious Mbeki}, NHS {NHS|943476591}, seen at walk-in centre with bruising to wrists.
NHS No. {NHS|401 023 213} (verified via PDS). Crime ref {BAD|1308 220 45}.
Pt NHS# {NHS|550-118-302} – attended GUM x3 in 6 weeks, each time with a different adult male.
Summary care record checked for {N|Kai Okonkwo}, NHS {NHS|611 902 835}, no alerts.
Patient: {N|Aisling Mc Ginley}, NHS number {NHS|701223984}, ward 11. Police log {BAD|503 661 728}.
{N|Reuben}'s NHS number is {NHS|388-765-210}; please use this on all health correspondence.
Sister {N|Leanne} (NHS {NHS|422 013 886}) also known to CAMHS.
Safeguarding nurse {N|Oonagh Bright} – NHS {NHS|690 331 574} relates to the baby, not to mum.
Emails to be sent to {EM|cse.hub@example.org} and cc {EM|a.farrell@example.com}.
Reply from {EM|head@example.net}: "Mrs {N|Tunstall} will attend on behalf of the school."
Please contact me at {EM|kerry.bain[at]example.org} or on {PH|0113 496 0552}. {N|Kerry Bain}, Family Support
Worker address for YP's new social worker: {EM|olamide.f@example.org} ({N|Olamide Fashola}).
Forwarded from {EM|noreply@example.com} – screenshot of messages from "{N|Lil Chuck}".
YP's email {EM|babyg1rl_2011@example.net} was used to register the account.
Concern that {N|Deshawn} set up {EM|deshawn.moneymoves@example.com} to receive payments.
{N|Sabrina} sent us the link {URL|http://example.com/jobs/easy-cash-uk} which she had received via DM.
Profile link: {URL|https://www.instagram.com/plugmaster.leeds/}; handle matches {N|Kyran Walsh}'s known phone.
{N|Nia} was added to a group via invite link {URL|https://discord.gg/example7HxQ}.
Screenshot of {URL|facebook.com/groups/examplepartyplanners} – party at {AD|The Old Mill, Weir Lane} on Saturday.
Platform report made for {URL|www.tiktok.com/@candyshop_girlz_uk}. PCSO {N|Fry} informed.
{N|Ollie} shared a Snapchat map screenshot placing him at {AD|Sefton Park Road}, {PC|L8 9SA}.
{N|Caleb}'s gaming ID on PSN is {HA|CalebTheBeast_07}; contact made via party chat by {HA|R3aper_Kingz}.
Twitch: {HA|@kiddo_streams}, linked URL {URL|https://www.twitch.tv/kiddo_streams_example}.
Home: {AD|6 Cherry Tree Walk}, Norwich {PC|NR3 9EZ}. School: {SC|Sprowston Park High}.
{N|Kenzie} was found at {AD|The Cedars, 2 Brook Street}, Stoke {PC|ST4 9JP}.
Address given by YP was false ({AD|10 Downing Lane}, {PC|PR1 9ZZ}) – no such property.
Misper ref {BAD|260 113 992}; crime ref {BAD|440187003} – refs are not NHS numbers.
Caller left number as {PH|zero one six three two, nine six zero, one two eight} and hung up.
Link shared in group: {URL|example.org/p/9921ab}. {N|Mya} was tagged by {HA|@trappin_tez}.
Referral form lists NHS {NHS|318-442-790} for {N|Callum Reid} but this belongs to his brother {N|Lewis}.
YouTube channel {URL|https://youtube.com/@example_drillz_b6} features {N|Tremaine} and {N|Kofi Boateng}.
"""

CASE_CLEAN = r"""
Strategy meeting held 14/11/2026; agreed to continue under the CE pathway. Risk rating remains amber.
Will review at the next MACE on 02/12/2026.
YP was found in Chester by BTP and returned to placement at 03:10.
Concerns that YP is being used to carry charlie and ket between Bolton and Blackpool.
Referral made to Barnardo's and the NSPCC with consent.
Mark as NFA per manager decision – no further concerns identified.
Carer given a grace period to clear the rent arrears.
The bill for the taxi was paid by an unknown adult in cash.
RAG: Amber (previously Red).
Weather was sunny; YP was wearing shorts and sliders despite the time of night.
YP reports his phone was jacked outside the shop on Friday.
Summer holiday plan agreed with the youth service.
Frank discussion held with mother about the risks of allowing overnight stays.
Concerns rose sharply following the incident at the park.
Mother stated she will not engage with Early Help.
Crime ref {BAD|260 117 443} – no suspect identified.
Child A and Child B were found together at the address.
Seen at Wetherspoons in Stockport with two adult males.
Consent obtained for referral to CAMHS and Kooth.
Hotspot identified around the Arndale and Piccadilly Gardens.
YP wearing a Stone Island jacket and Nike Tech tracksuit, both new.
Tommy Hilfiger bag found in the bedroom containing £600 in cash.
NRM referral submitted 03/11/2026; positive reasonable grounds decision received 10/11/2026.
MASH checks completed; no further information held.
YP is 15, Polish national, attends EAL support twice weekly.
Attended the Everton v Villa match with unknown adults.
The Kingsway lot are believed to be running the line into Kendal.
Intelligence refers to the "Cash line" operating between Liverpool and Aberystwyth.
The ZN and the 7 Side remain in conflict; tit-for-tat incidents since August.
YP stated the olders call the police "the Bill" and "12".
Found in possession of a Henry and a quantity of white powder believed to be Charlie.
YP states Molly was being handed out at the party.
Jack Wills and Ralph Lauren clothing recently acquired – source unknown.
Dad works at the Royal Mail depot on nights.
Hope was expressed by all professionals that the new placement will provide stability.
Meeting adjourned at 11:40. Next review 08/01/2027.
Mother reports YP has been visiting Victoria Station daily.
Strategy discussion: no further action under s47; proceed under s17.
YP disclosed being made to "plug" drugs; sexual health and GP follow-up offered.
Risk of CCE assessed as high. Risk of CSE assessed as medium.
Transport arranged via Uber on three occasions using an account we cannot identify.
Referral to St Giles Trust for a caseworker.
YP says she was at the Nando's in Sale with "some boys".
Missing from 20:00 on 05/12/2026, returned 06:30 on 06/12/2026. Return home interview offered.
Sunny spells forecast for the outdoor activity day; YP keen to attend.
Mum stated "I will not have the police in my house".
Concern re the use of Ring doorbell footage; police to request.
YP attended the Brook clinic for emergency contraception.
Will the YP's view be sought before the conference? Action: allocated worker.
The older males drive a grey Mercedes and a white Transit van.
YP was seen in Lincoln, Grantham and Newark over a 48-hour period.
Police seized 3 phones, £1,200, scales and snap bags.
Carer worried about sexualised language used by the 10-year-old.
Disclosure made to the Childline counsellor and passed to police.
YP was excluded following possession of a knife in the toilets.
The family are Irish Travellers and have been on the site for 12 years.
Interpreter booked (Tigrinya) for next visit.
Amber alert issued on the system; to be reviewed daily.
Summer term report states YP is capable but distracted.
The Marks and Spencer bag contained several phones and SIM cards.
YP has been seen at Primark and JD Sports with a large amount of cash.
Concerns that the YP's older brother is a county lines "runner" for the Stockwell group.
Ten-digit reference {BAD|441 223 908} relates to a previous police incident, not to the child.
Incident number {BAD|0912 334 57} logged by the call handler.
Manager oversight: agree threshold met; allocate to CE team.
YP stated she was "just chilling with the mandem".
Hope Valley trip was cancelled due to weather.
Bill of costs submitted to legal.
YP described the man as "old, like 40, with a beard".
YP is Muslim and fasting during Ramadan; plan adjusted.
YP stated "I'm not a victim, I chose this".
Child Protection Plan under category of neglect, started 11/09/2026.
Strategy discussion on 22/10/2026 agreed joint visit with police.
Summer camp at the Lake District was a positive experience.
Risk will be reviewed after the court date.
YP wore an Arsenal shirt and a Gucci belt.
YP's mum works at Asda and does nights.
Sandy and Biggleswade were identified as locations for the drop.
Chorley, Preston and Lancaster stations all flagged by BTP.
St Mary's Hospital SARC referral completed.
Meeting with the Prince's Trust coordinator rescheduled to 18/12/2026.
Clare's Law application submitted by mum regarding her new partner.
YP reports working at a nail bar in Dewsbury for cash in hand.
Intelligence submitted under Operation Orchid.
"""

TYPES = {"N": "NAME", "PH": "PHONE", "EM": "EMAIL", "PC": "POSTCODE", "AD": "ADDRESS", "SC": "SCHOOL",
         "HA": "HANDLE", "URL": "URL", "DOB": "DATE_OF_BIRTH", "NHS": "NHS_NUMBER", "BAD": None}
MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}")


def mod11_check(d9):
    total = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    r = 11 - total % 11
    return 0 if r == 11 else r  # 10 means no valid number


def nhs_valid(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 10 and mod11_check(d[:9]) == int(d[9])


def make_nhs(v):
    digits = [i for i, c in enumerate(v) if c.isdigit()]
    assert len(digits) == 9, v
    v = list(v)
    while mod11_check("".join(v[i] for i in digits)) == 10:
        v[digits[-1]] = str((int(v[digits[-1]]) + 1) % 10)
    v = "".join(v)
    return v + str(mod11_check("".join(c for c in v if c.isdigit())))


def make_bad(v):
    d9 = re.sub(r"\D", "", v)
    assert len(d9) == 9, v
    r = mod11_check(d9)
    last = 7 if r == 10 else (r + 5) % 10
    out = v + str(last)
    assert not nhs_valid(out)
    return out


WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
         "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def phone_digits(v):
    out, mult = [], 1
    for tok in re.findall(r"[a-z]+|\d", v.lower()):
        if tok == "double":
            mult = 2
        elif tok == "triple":
            mult = 3
        elif tok in WORDS or tok.isdigit():
            out.append(WORDS.get(tok, tok) * mult)
            mult = 1
        else:
            raise ValueError("unexpected token in phone %r" % v)
    d = "".join(out)
    if d.startswith("440"):
        d = "0" + d[3:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    return d


PHONE_OK = re.compile(r"^(07700900\d{3}|01632960\d{3}|02079460\d{3}|01134960\d{3}|01214960\d{3}|01614960\d{3}|02920180\d{3})$")
POSTCODE_OK = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?9[A-Z]{2}$", re.I)
SOCIAL = {"tiktok.com", "instagram.com", "snapchat.com", "facebook.com", "youtube.com", "x.com", "twitch.tv",
          "t.me", "discord.gg"}


def email_ok(v):
    e = v.lower()
    e = re.sub(r"\s*[\[\(]\s*at\s*[\]\)]\s*", "@", e)
    e = re.sub(r"\s*[\[\(]\s*dot\s*[\]\)]\s*", ".", e)
    e = re.sub(r"\s+at\s+", "@", e)
    e = re.sub(r"\s+dot\s+", ".", e)
    return re.fullmatch(r"[a-z0-9._+-]+@([a-z0-9-]+\.)*example\.(com|org|net)", e) is not None


def url_ok(v):
    host = re.sub(r"^[a-z]+://", "", v.lower()).split("/")[0]
    host = host[4:] if host.startswith("www.") else host
    return re.search(r"(^|\.)example\.(com|org|net)$", host) is not None or host in SOCIAL


def dob_ok(v):
    return re.search(r"(19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b", v) is not None


def nhs_format_ok(v):
    return re.fullmatch(r"\d{3}([ -]?)\d{3}\1\d{4}", v) is not None


def parse(line):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        code, val = m.group(1), m.group(2)
        assert code in TYPES, (code, line)
        if code == "NHS":
            val = make_nhs(val)
        elif code == "BAD":
            val = make_bad(val)
        start = len(text)
        text += val
        if TYPES[code]:
            spans.append({"start": start, "end": len(text), "type": TYPES[code]})
        pos = m.end()
    text += line[pos:]
    assert "{" not in text and "}" not in text, line
    return text, spans


def block(s):
    return [l.strip() for l in s.strip().splitlines() if l.strip()]


def check(rec, errors):
    t = rec["text"]
    prev_end = -1
    for sp in rec["spans"]:
        v = t[sp["start"]:sp["end"]]
        if not v or v != v.strip():
            errors.append(("edge whitespace/empty", rec["id"], v))
        if sp["start"] < prev_end:
            errors.append(("overlap/unsorted", rec["id"], v))
        prev_end = sp["end"]
        ty = sp["type"]
        if ty == "PHONE":
            try:
                d = phone_digits(v)
            except ValueError as e:
                errors.append((str(e), rec["id"], v)); continue
            if not PHONE_OK.match(d):
                errors.append(("phone not in drama range", rec["id"], v, d))
        elif ty == "EMAIL" and not email_ok(v):
            errors.append(("email domain", rec["id"], v))
        elif ty == "POSTCODE" and not POSTCODE_OK.match(v):
            errors.append(("postcode", rec["id"], v))
        elif ty == "URL" and not url_ok(v):
            errors.append(("url domain", rec["id"], v))
        elif ty == "DATE_OF_BIRTH" and not dob_ok(v):
            errors.append(("dob without year", rec["id"], v))
        elif ty == "NHS_NUMBER" and not (nhs_valid(v) and nhs_format_ok(v)):
            errors.append(("nhs", rec["id"], v))
        elif ty == "NAME" and re.match(r"(?i)(mr|mrs|ms|miss|dr|dc|pc|ds|di|sgt|pcso)\.?\s", v):
            errors.append(("title inside NAME", rec["id"], v))
        elif ty == "NAME" and v.endswith("'s"):
            errors.append(("possessive inside NAME", rec["id"], v))
    # every unlabelled 10-digit run must fail Modulus 11
    masked = list(t)
    for sp in rec["spans"]:
        masked[sp["start"]:sp["end"]] = "X" * (sp["end"] - sp["start"])
    masked = "".join(masked)
    for m in re.finditer(r"(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){9}(?![ -]?\d)", masked):
        if nhs_valid(m.group(0)):
            errors.append(("unlabelled 10-digit passes Modulus 11", rec["id"], m.group(0)))


def main():
    items = [("young_person", l) for l in block(YOUNG) + block(YOUNG_CLEAN)]
    items += [("case_note", l) for l in block(CASE) + block(CASE_EXTRA) + block(CASE_CLEAN)]
    for l in block(YOUNG_CLEAN) + block(CASE_CLEAN):
        assert not re.search(r"\{(?!BAD\|)", l), "marker in clean block: " + l
    recs, seen, errors = [], set(), []
    for style, line in items:
        text, spans = parse(line)
        key = text.strip().lower()
        if key in seen:
            errors.append(("duplicate text", text))
        seen.add(key)
        recs.append({"style": style, "text": text, "spans": spans})
    random.Random(20261204).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        rec = {"id": "g%03d" % i, "style": r["style"], "text": r["text"], "spans": r["spans"]}
        check(rec, errors)
        out.append(rec)
    if errors:
        for e in errors:
            print("ERROR", *e)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set_g.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_type = collections.Counter(sp["type"] for r in out for sp in r["spans"])
    by_style = collections.Counter(r["style"] for r in out)
    clean = collections.Counter(r["style"] for r in out if not r["spans"])
    type_style = collections.Counter((r["style"], sp["type"]) for r in out for sp in r["spans"])
    print("lines:", len(out))
    for st in sorted(by_style):
        print("  %-13s lines %4d  clean %4d" % (st, by_style[st], clean[st]))
    print("  clean total:", sum(clean.values()), "(%.1f%%)" % (100.0 * sum(clean.values()) / len(out)))
    print("spans:", sum(by_type.values()))
    for ty in ["NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE", "URL", "DATE_OF_BIRTH", "NHS_NUMBER"]:
        print("  %-14s %4d   (young_person %3d, case_note %3d)" % (ty, by_type[ty], type_style[("young_person", ty)], type_style[("case_note", ty)]))
    bad = sum(1 for r in out for m in re.finditer(r"(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){9}(?![ -]?\d)", r["text"])
              if not any(sp["start"] <= m.start() < sp["end"] for sp in r["spans"]))
    print("unlabelled 10-digit references failing Modulus 11:", bad)


if __name__ == "__main__":
    main()
