#!/usr/bin/env python3
"""Build evaluation set M for a de-identification tool.

Every record below was typed by hand, one record per line.  Identifying spans
are marked inline as {TYPE|text}.  This script strips the markers, computes
code-point offsets (end exclusive), checks every record, shuffles with a fixed
seed, and writes set_m.jsonl next to this file.

Standard library only.  All people, numbers, addresses, handles, e-mails,
schools and URLs are invented.  Phone numbers use the Ofcom drama ranges.
"""

import collections
import json
import os
import random
import re
import sys

YOUNG_PERSON = r"""
idk really, me n {NAME|jaz} used to get the 36 bus into town n these older lads would be there every friday givin us vapes for free. thats how it starts innit
felt safe at home mostly but not round ours after dark, theres always someone on the corner by the chippy
my mum found out when {NAME|big dre} kept ringin my phone at like 3am, she took it off me n snapped the sim lol
it was {NAME|kacey}s cousin who got me into it, she said its just holdin stuff for a bit n youd get 50 quid
tbh the police dont do nothin round here, they came once n took a statement n that was it
i go {SCHOOL|hollinsbrook academy} but i aint been since october half term cos of stuff wiv some year 11s
add me on snap if u wanna talk its {HANDLE|tia.mxo_x} i dont mind
wen i was 13 a man called {NAME|frank} used to give me lifts from the park, i thought he was sound at the time
we had a frank chat in pshe about grooming but honestly it was cringe n nobody listened
our kid got in wiv the wrong lot last summer, hes 17 now an still owes money to someone
{NAME|summer} n {NAME|grace} were the ones who told me it wasnt normal what he was doin
the summer holidays are the worst cos theres nothin to do so everyone just goes down the canal
man like {NAME|lil t} was on the ting from when he was 12, now hes at the pru
ye the youth worker at the centre is safe, she actually listens, thats the only place i feel ok
my nan lives on {ADDRESS|gorsey bank lane} n i stay there sometimes when mum is kicking off
theres a flat above the bookies on {ADDRESS|stanhope road} where they all go, everyone knows about it
me number is {PHONE|07700 900 418} if yous want to ask more, dont call after 10 tho
i dont trust anyone wiv my number anymore, had to change it like 4 times this year
aye it wis {NAME|robbie} fae up the scheme that got me intae it, he'd gie ye a wee bit o hash then say ye owed him
naebody listens tae ye at that age, the polis just think yer a wee ned
it was {NAME|joy} who told the teacher in the end, i was well angry at first but shes right
honestly it was no joy being at that school, i got moved to the pru in year 9
they found us at {ADDRESS|flat 4, 19 kenyon street} after we went missin for 2 days
me n {NAME|rose} n {NAME|destiny} used to go {SCHOOL|st anne's}, now were all at different colleges
i hope so, i hope things change for the kids after us
{NAME|ash} said if i didnt do the run to blackpool hed tell everyone about the pics
someone set the bins on fire n there was ash all over the path, police didnt even come out
the lad i was seein had a discord called {HANDLE|nightcrawlr#4417} n thats where he sent the links
i used to post on tiktok loads til someone screenshotted everythin n sent it round the whole year
follow me on insta {HANDLE|@sky.bluu.x} i post my art there
the sky was proper dark when they dropped me off in the middle of nowhere, i didnt even know what town it was
{NAME|sky} used to be my best mate till she started hangin wiv them
is this anonymous? cos i dont want no one knowing its me that said it
wen u get a text from an unknown number sayin "wyd" thats usually them tryna recruit ya
mark my words somethin bad is gonna happen at that park if no one does nothin
{NAME|mark} from the youth club drove me to a&e that night, without him i dont know
my dob is {DATE_OF_BIRTH|12/06/2009} and my postcode is {POSTCODE|M40 7LX} do u need more
im 16 n i been in care since i was 11, moved placement 6 times
born {DATE_OF_BIRTH|3rd feb 2011}, im in year 10 at {SCHOOL|kingsway high}
ah sure look, it was grand til me da went inside, then {NAME|ciarán} an his brother were sorta lookin after me, if ye get me
they'd bring ye to a gaff in the town an there'd be drink an everythin, ye'd feel like a big shot
ye should talk to the lads at the boxing club, they know more than the guards ever will
{NAME|will} n {NAME|jack} are the only ones in my year who didnt get dragged in to it
jack all happens when u report it so why bother
{NAME|bill} from the garage always goes "you owe me one" then asks for favours, hes like 50
my phone bill got paid by someone i didnt know, thats when i knew somethin was off
i got an email from {EMAIL|kez.mason2010@example.com} sayin they had my pics, i never heard of them
my email got hacked so use {EMAIL|lilybee_99 (at) example dot co dot uk} if u need me
dunno. next question
tbh i feel safer online than irl, at least u can block ppl
they made a fake insta called {HANDLE|ruby.rosee__} and posted stuff pretending to be me
{NAME|ruby} is my little sister shes only 11 and shes already gettin added by random lads
my trainers were ruby red nikes n someone robbed them off me outside greggs
i went {SCHOOL|oakfield pru} for a year, staff were alright but loads of kids got picked up in cars at home time
honestly nobody at college asks how ur doin, they just care about attendance
ring {PHONE|o77oo 9oo 562} if its urgent lol thats me burner
me n {NAME|tyreke} got stopped n searched 3 times in one week at new cross station, for nothin
we're from brum, its proper bad round sparkbrook, the older lot are always on the lookout for youngers
{NAME|big mo} runs the whole thing from his mums house on {ADDRESS|brunswick road}, everyone knows but no one says nothin
ar kid got nicked last wick an me mom went mad, she blames his mates but its him
me an {NAME|kayden} was proper buzzin when they give us the phones, we didnt know we'd av to pay it back
me ma says the bizzies are worse than the dealers round ere, she's not wrong like
it was {NAME|rhys} an {NAME|cai} who told me about the county lines stuff, they're from the valleys like me
tidy youth club in ponty but they shut it, now theres nowhere to go on a tuesday night
they put me in a taxi to {ADDRESS|14 clarendon close} and there was men there i didnt know
my social worker {NAME|lisa} is ok but she changes every few months, i've had 5 since year 7
social worker came round again today, same questions every time
my snap is {HANDLE|dem.zee_21} but its private so request first
my mums new boyfriend {NAME|gary} talks to me weird when shes at work, i dont like it
its hard. you feel grown up when they give you money and attention but then you cant get out
when i was 14 {NAME|kemi} off my estate added me to a group chat with like 40 people, half of them were adults
grace period my arse, they said i had a week to pay back the 200 or theyd come to my house
{NAME|faith}s older brother {NAME|junior} was the one collectin the money
have faith in the youth workers not the feds, thats my advice
dob {DATE_OF_BIRTH|21.09.2008}. i'm 18 now so i can say what i want
i'm nonbinary and people online were way nicer to me than at school, which is how he got in
{NAME|amber} was 15 when she went missin the first time, they found her in a hotel in leeds
the light went amber and the car just sped off with her in it
i go {SCHOOL|thornleigh vale college} now doin level 2 motor vehicle
{NAME|robin} fae ma class helped me tell ma guidance teacher
there was a robin on the windowsill every morning at the foster placement, stupid but it made me feel better
this guy on snapchat said he was 17 but he was defo older, he sent a pic of his car n it was a bmw
lol whoever wrote this survey has never been down {ADDRESS|hartley street} after dark
im 12. my cuzin {NAME|shanelle} looks after me when mum goes out
me n ma pals used tae go tae the shoppin centre every saturday, noo its full o guys tryin tae sell stuff
dinnae ken whit tae put here
my old school {SCHOOL|craigbank high} had a polis officer in it, he was alright actually
my number changed its {PHONE|07700-900-734} now
gonna be honest i dont remember much from that year. too much weed
{NAME|nabeel} n {NAME|hamza} from the mosque football team got me a job at the car wash so i didnt need to do the other stuff
me dad says im too soft. maybe. but i aint goin back to that flat
i got groomed by a guy called {NAME|dmitri} who had a barbers, i was 13
the teachers at {SCHOOL|westgate academy} just sent me home every time i kicked off, thats when i started hangin round the park all day
it was {NAME|lil kez} birthday n they had a party at an airbnb, thats where it happened
parties at airbnbs are the worst, everyone knows theyre a set up
{NAME|destiny} was the one who made me go, i wouldnt of gone otherwise
i used to think it was destiny that i ended up like my brother but now i think its just the area
ya know how it is. you owe, you work
its a link to a telegram group {URL|t.me/+qZ7vKp0xLlNhYzA0} thats where they post the jobs
they send u to a site like {URL|https://quickcash-jobs.example.net/apply?ref=ty09} n ask for ur bank details
check my page {URL|www.example.com/u/jayjay.draws} if u wanna see my drawings from art therapy
add me on discord {HANDLE|moon_kitty.07} im on most nights
ma da's pal {NAME|big tam} used tae take me tae the bookies n gie me money for the machines
me n {NAME|aisha} walk together to {SCHOOL|millbrook grange} cos of the men in the cars
i live at {ADDRESS|27b ashgrove avenue} {POSTCODE|ls9 6rt} if you want to send the voucher
the voucher never came btw. 10 pound for an hour of questions is a joke
my dob is the {DATE_OF_BIRTH|4th of july 2007} lol american
i was born in 2009 but im not sayin the rest
dont know what counts as exploitation tbh. if someone buys u food is that it?
{NAME|hope} said the man at the shop was givin her free stuff, shes 12, someone should check
i hope someone actually reads this
snap is {HANDLE|xx_l0la.b_xx} and insta is the same but with a dot at the end
me n {NAME|precious} both got messages off the same guy, {HANDLE|@trapstar_k9}
he said his name was {NAME|tommo} but that wasnt his real name
the lads all call eachother nicknames so you never know who anyone actually is
stayed with aunty {NAME|bisi} for a bit but her husband wasnt happy about it
i dunno my nhs number sorry
my nhs number is {NHS_NUMBER|999 123 4578} my mum said to put it so the nurse can find my file
me mam's new fella {NAME|dai} is sound to be fair, he walks me to the bus stop
the bus stop outside tesco is where they pick up the younger ones, like 7 or 8 at night
i was at {SCHOOL|ysgol cwm eithin} till year 9 then we moved to cardiff
{NAME|oisín} an me were mitchin every day in second year, ended up in a flat with older lads
get me on {PHONE|+44 7700 900127} whatsapp only
we used to hang round the arndale cos it was warm
i was 15 and {NAME|kwabena} was 22, everyone said it was fine cos he was nice to me
bare man from other ends would link us at the chicken shop, say theyd take us OT for a couple days
went OT with {NAME|shaq} n {NAME|lil j} when i was 14, came back with nothin but debt
if ur readin this {NAME|mikey} im sorry i grassed but i had to
the opps knew where i lived cos someone put my road on their story, {ADDRESS|pendlebury rise}
i'm 19 now, got a job at a warehouse, things are better but i still look over my shoulder
{NAME|ngozi} from church was the only adult who noticed, she asked me straight out
church was the only place i felt safe on a sunday
my girlfriend {NAME|zofia} told her dad and he went round to sort them out which made it worse
the lads from the car wash were alright, it was the ones in the black audi you had to watch
they give me a phone with one number saved in it, just said "{NAME|kev}"
the phone had one number in it, no name, just a letter
jus put my name as anon
ask ms {NAME|begum} at {SCHOOL|eastfield academy} she knows everything
{NAME|tayo} and {NAME|femi} got moved out of london to stop them getting got, didnt work
my keyworker {NAME|hodan} helped me get a bank account that no one else could get into
theres a guy at the station who calls every girl "princess" and asks if they want a lift
{NAME|kayleigh} met him on a gaming app, he said he was 16, turned out he was 31
on xbox u can chat to anyone and theres no age check
me and me mates go to the youth club on {ADDRESS|carrow street} on thursdays, its class
i wud say its 50/50 whether the police help u, depends who u get
{NAME|chantelle} took me to a house party on {ADDRESS|ivy terrace} and i woke up not knowin where i was
i dont want to talk about it
my brother {NAME|mehmet} works in the kebab shop, he makes sure no one bothers me
got a msg from {PHONE|07700 9OO 209} sayin they know where i live, i screenshotted it
my mates dad is a police officer and even he says they cant do much
{NAME|piotr} used to give me free credit for my phone when i was 13
i want to be a youth worker when im older so i can help kids like me
ye ken {NAME|wee shona}? she was the first one they got, she wis only 12
it wis the summer o 2023 when it aw kicked aff
my dob {DATE_OF_BIRTH|07/03/10} and i go {SCHOOL|st brigids}
im in year 8 and i think its mostly the year 10s who get involved
they had a tiktok account {HANDLE|@n0.limit.crew} where they flexed money to get kids to message them
people flex money online and kids think its easy money, its not
the guy who was grooming me went by {HANDLE|ghost-rider_0} on discord and {NAME|dan} in real life
my foster carer {NAME|maureen} is the best thing thats happened to me tbh
foster carers get paid for it so they dont really care, thats what i think
{NAME|kai} told me hed look after me if i held a package, i was 14
nah
i think schools should teach this in year 6 not year 9, too late by then
me n {NAME|lil ray} walked from {ADDRESS|harcourt gardens} to the station at 2 in the mornin cos they left us
they would wait outside {SCHOOL|ravenscroft college} at dinner time with free chicken
free chicken at dinner time is literally how they get the year 7s
if u wanna send me anything my email is {EMAIL|b.okafor07@example.org}
dont email me, my mum reads it
heres my number {PHONE|07700 900​381} dont give it to anyone else
i was 11 when i got my first phone and by 12 i had adults messagin me
{NAME|dawid} and me were best mates in primary but he got took in by his uncles lot
my uncle used to make me deliver stuff on my bike, i thought it was a normal job
it was our {NAME|connor} that got me out of it, he come an got me from a trap house in barrow
ah it was a dead nice day at the beach, dead sound, then it all went wrong on the way back
me ma's mate {NAME|jacqui} used to let the lads use her flat, she got paid in gear
the polis lifted me at queen street station, said i matched a description
{NAME|aoife} an {NAME|niamh} were the only ones who'd talk to me after
they dont teach u about this stuff at {SCHOOL|st malachy's}, its all religion
my email is {EMAIL|tyler_b[at]example[dot]co[dot]uk} if u want to ask more questions
me real name is {NAME|mohammed} but everyone calls me {NAME|moz}
anonymous pls
this lad everyone calls {NAME|our kid} even tho hes no ones brother, hes the one who runs the line
ring me on {PHONE|oh seven seven double oh nine double oh six four one} my phone doesnt take texts
they said if i told anyone they'd come to {ADDRESS|42 ellerby road} and burn it down
i fink the police need to be more understanding, i was a victim not a criminal
{NAME|jayden}s mum knew what was goin on and did nothin
i didnt have a phone so they gave me one, then they owned me
friday nights at the skatepark, thats where u get approached
{NAME|ibrahim} sent me a link {URL|https://www.example.net/share/k7Pq2xA} and it was a vid of me from a party
my postcode {POSTCODE|G31 4TQ} is a right dump but its home
my mum lives in {POSTCODE|cf24 3np} and my dad is up in {POSTCODE|NE6 2BW} so i go between
i got a text from {PHONE|0 7 7 0 0 9 0 0 5 2 7} askin if i wanted work
the money was good for like a month then it wasnt
{NAME|linh} from the nail bar said she'd give me a job, then she kept my passport
the mandem from the block said allow it, dont go with them, but i was gassed
{NAME|reiss} was my link, hed text me the addy and id just go
they'd send me the addy on snap n delete it straight after
my mate got stabbed on the estate last year n nothin happened after
the nurse at the drop in wrote my nhs number on a card {NHS_NUMBER|9992648031} i keep it in my purse
wagwan, im from peckham, its calm mostly but the olders do be lurkin outside the station
{NAME|big nana} from south used to buy us maccies every day after school, then one day he said it was time to pay him back
me n {NAME|precious} n {NAME|tiwa} got took to a house in {POSTCODE|SE15 4RN} and kept there over the weekend
scouse lad here, the bizzies took me home n me nan gave them a cuppa, mad
{NAME|jamie-lee} got kicked out of {SCHOOL|the beacon pru} and then she was round at theirs every day
i was always at {NAME|nathan o'shea}s house cos his mum was never in
{NAME|lil sav} aka {HANDLE|sav.ftw_} on insta, hes the one who recruited half our year
i thought sky was a name for a girl not a phone company lol, anyway we had sky at the flat and free food
me best mate {NAME|bronagh} from derry said it happens there too, its not just england
the guards in dublin dont care about kids from the flats, thats just facts
uncle {NAME|tunde} bought me a phone and said not to tell mum, he aint even my real uncle
   -- see below
im gonna put my details in case u need them {NAME|kyle brennan} {PHONE|0161 496 0725} {ADDRESS|9 mossley court}
youth club on a wednesday is proper good, theres pool and the workers are sound
i got involved at 13 cos i needed money for food, mum was skint and we had the gas cut off
{NAME|gracie} was there too she can tell you
the train to manchester piccadilly is where it all started for me, i used to bunk it every saturday
my mate {NAME|kamil} was the one with the car and he'd drive us round
when they took me to the hospital i gave a fake name cos i was scared
{NAME|leon} n {NAME|tariq} got sent OT to aberystwyth, nobody even knew where that was
i got a discord message from {HANDLE|sl1m_shadow#0219} sayin he'd pay me for pics
instagram took my account down but they never did anything about the guy
me n me cousin {NAME|saoirse} got messages off the same fella on snap, he was like 40
{NAME|abdi} from my block is only 13 but hes already out at night with the older ones
wi the cost of livin everyone round here is skint, makes it easy for them
my dob is {DATE_OF_BIRTH|18 november 2006} and im at {SCHOOL|st helens sixth form} now
the sixth form has a counsellor but u have to wait like 6 weeks
{NAME|mustafa} n his brother {NAME|yusuf} used to walk me home when i was scared of the lot from the park
my insta is {URL|instagram.com/kiki.z_0ne} if u wanna see, its mostly dance vids
hes on tiktok as {HANDLE|@bigmanbless-uk} n he does lives every night askin girls to join
email me {EMAIL|shay dot mcd at example dot com} i check it sometimes
he sent me his link page {URL|https://links.example.com/dxnny.m} and it had his cashapp on it
me discord is {HANDLE|frogprince#7730} n my email is {EMAIL|frogprince2009@example.net}
ma snap is {HANDLE|bex-mcl.x} but dinnae add me if yer a creep
they tell u to download telegram and join {URL|https://t.me/ldn_jobz_24_7} for work
i emailed the police from {EMAIL|roxy.b.2008 @ example . co . uk} n they never replied
i got sent to a house in {POSTCODE|b202xl} n i'd never even been to brum before
my birthday is {DATE_OF_BIRTH|2/5/12} so im 14 now
its my birthday on the {DATE_OF_BIRTH|14th june} n they said theyd get me a ps5 if i did one more run
"""

CASE_NOTE = r"""
Home visit 14/03/2026 to {NAME|Chiamaka Eze} (DOB {DATE_OF_BIRTH|02/11/2010}) at {ADDRESS|Flat 12, Cedar Court, Wellfield Road}, {POSTCODE|M8 4QZ}. Mum present throughout. {NAME|CE} presented as withdrawn and declined to discuss the weekend.
Strategy discussion held 09:30 Tuesday via Teams. Present: DS {NAME|Ifeoma Adebayo} (Police), {NAME|Kerry-Ann Whitfield} (Children's Services), Dr {NAME|Rao} (CAMHS), Mr {NAME|Lindqvist} (Head of Year, {SCHOOL|Kestrel Fields Academy}).
Strategy meeting rescheduled to Thursday 10:00 due to Police availability. CAMHS to confirm attendance. No further actions agreed at this stage.
Referral received from {SCHOOL|St Columba's RC High School} DSL re: Year 9 pupil {NAME|Oskar Wiśniewski}, DOB {DATE_OF_BIRTH|17 May 2012}. Concerns re: unexplained new clothing, a second phone and three missing episodes in February.
Contact log 16:42 - call from Mrs {NAME|Kowalczyk} reporting that {NAME|Natalia} had not returned from school. Advised to call 101 if not home by 19:00, or 999 if she believes she is at immediate risk.
Handover: nothing new overnight. Placement reports YP in by 21:00 curfew. Day team to follow up with YOT re: Friday appointment.
Hi {NAME|Gethin}, thanks for the referral re {NAME|T.B.} - we will allocate at Monday's panel. Kind regards, {NAME|Zeynep Aksoy}, Senior Practitioner, Exploitation Hub, T: {PHONE|0113 496 0288}, E: {EMAIL|zeynep.aksoy@leedsway.example.gov.uk}
Dear Mr and Mrs {NAME|Hussain}, Re: {NAME|Bilal Hussain}, DOB {DATE_OF_BIRTH|09/08/2011}, {ADDRESS|47 Tennyson Street}, Bradford {POSTCODE|BD3 9PL}. I am writing to confirm the outcome of the Child Protection Conference held on 4 March 2026.
Multi-agency meeting minutes: attendees from Education, Health, Police, Youth Justice and the Local Authority. Apologies from the Housing team. Minutes taken by Business Support.
Police intelligence indicates {NAME|Kwame Asante-Boateng} (18) has been seen collecting younger children from outside {SCHOOL|Marlpit Lane PRU} in a grey Vauxhall Corsa.
PC {NAME|Lowe} (collar 4471) attended at 20:10. No offences disclosed. Officer advised Mum to keep a diary of any further visits.
DC {NAME|Rhiannon Pryce} confirmed ABE interview booked for Wednesday 14:00 at the Cedars suite. {NAME|Layla} to be accompanied by her aunt.
NHS No: {NHS_NUMBER|485 777 3120}. GP: Dr {NAME|Okonjo}, Riverside Medical Practice. Registered since 2019.
Summary: risk rated Amber on the exploitation screening tool. Rationale: frequent missing episodes, older peer associations, nil disclosures. Review in 6 weeks.
Frank discussion with Mum about boundaries at home; she agreed to a safety plan. Signposted to FRANK for drugs advice and to Early Help.
{NAME|Frank Nwachukwu} (stepfather) declined to engage and left the room when the Police arrived.
Will chase CAMHS re: waiting list. Mark as urgent on the system. Hope to have an update by Friday.
{NAME|Will Thornbury} (Youth Justice) to chase CAMHS. {NAME|Mark Ferreira} to update the chronology. {NAME|Hope Adeyemi} to contact school.
The Summer term saw a marked decline in attendance (61%), with internal exclusions on 4 occasions.
{NAME|Summer Whitlock} (15) disclosed that an adult male known as "{NAME|Skinny}" had been giving her alcohol and cannabis at a flat on {ADDRESS|Hope Street}.
Email from {NAME|Bethan Rhys-Morgan}: "Morning all, attaching the updated safety plan for {NAME|Dylan} - please note change of placement address to {ADDRESS|3 Heol y Nant}, {POSTCODE|CF37 2RL}. Diolch, {NAME|Bethan}"
Police welfare check completed at 23:15. YP safe and well. No further concerns raised by officers.
Handover from {NAME|Cathal O'Donoghue} to {NAME|Gráinne Kavanagh}: {NAME|Ruaridh} remains missing since 18:00. Last seen Glasgow Central. Phone off since 19:30. Snapchat account {HANDLE|ruaridh.mac_07} not active.
Phone number given for the young person: {PHONE|07700 900 845}. Mother's number: {PHONE|0141 496 0193}.
YP disclosed being taken to Blackpool, Preston and Lancaster by train over the Easter holidays. Tickets were purchased for her. No identified adult at this stage.
Dr {NAME|Robin Ferris}, Named Doctor for Safeguarding, advised a full health assessment within 28 days.
Outreach session 19:00-21:30, Piccadilly Gardens and the Northern Quarter. Approx. 12 young people engaged, none known to the service.
Re: {NAME|Jakub Dvořák}, DOB {DATE_OF_BIRTH|2011-04-23}, NHS {NHS_NUMBER|6123098748}. {NAME|Jakub} attended A&E at 02:10 with a laceration to the left hand; explanation inconsistent.
Minutes - Child Exploitation Review Panel, 11 March 2026. Item 1: apologies. Item 2: matters arising. Item 3: new cases (see restricted appendix).
{NAME|Ayaan Dualeh} was present for part of the meeting; she asked that her views be recorded in her own words.
Spoke to {NAME|Hodan Warsame} (mother) via interpreter (Somali). She reports that {NAME|Abdirahman} has been sleeping at a friend's on {ADDRESS|Farncombe Road} most nights.
Interpreter booked for Thursday. Language: Kurdish Sorani. Confirmation ref INT-55821.
{NAME|Rebin Ahmadi}, UASC aged 16, placed at {ADDRESS|Flat 2, 88 Marlowe Road}. Key worker {NAME|Shilan Karim}. NRM referral submitted 02/03/2026.
Ashvale Children's Services | Private & Confidential | Our ref: CS/EXP/0412/26 | 5 March 2026
Dear Ms {NAME|Ní Bhriain}, thank you for your letter of 27 February regarding {NAME|Caoimhe}. I have passed your concerns to the allocated worker.
Kind regards, {NAME|Siobhán Ní Bhriain} | Social Worker, Assessment Team | {PHONE|0161 496 0732} | {EMAIL|s.nibhriain@ashvale.example.gov.uk}
Parent reports they are "at the end of their tether". Advised re: Early Help offer and parenting support via the Family Hub.
YP states he has been using the Instagram handle {HANDLE|lil.zayn.x0} to sell cannabis; account details passed to Police via intelligence form.
Instagram is the main platform used to advertise; TikTok and Snapchat also referenced. No specific accounts identified.
{NAME|Tran Van Minh} (17) was found during a Police warrant at a cannabis farm on {ADDRESS|Sefton Way} in the early hours of Saturday. NRM referral completed. Interpreter (Vietnamese) present.
{NAME|Minh} told the interpreter he was brought to the UK in the back of a lorry and owes £20,000.
Strategy discussion outcome: proceed to s47 enquiries. Joint visit to be completed within 24 hours by SW and Police.
Contact with {NAME|Marcia Bartholomew} (grandmother) at {ADDRESS|112 Granville Crescent}, {POSTCODE|B12 0TS}. She confirmed {NAME|Tyrese} has been staying with her since the weekend.
Call received 10:05 from DS {NAME|Iliescu}: intelligence suggests a new county line is operating between Birmingham and Shrewsbury. No young people named at this time.
The chair reminded attendees that information shared is confidential and should not be forwarded outside the meeting.
{NAME|Kemar Lindo} (DOB {DATE_OF_BIRTH|30.01.2009}) remanded to YOI on 12/02/2026. YOT worker {NAME|Andre Bailey} to visit fortnightly.
From: {EMAIL|gurpreet.bains@northvale.example.org} | Subject: RE: {NAME|Priya R} | Hi both, just to confirm {NAME|Priya} was in school every day this week and seemed settled. {NAME|Gurpreet}
Subject: Missing episode 14 - review. Hi all, please see attached return home interview. No new concerns. Thanks
RHI completed by {NAME|Lachlan Gillies} on 06/03/2026. {NAME|Eilidh} reported she stayed at a friend's house in Leith and was not harmed.
Mr {NAME|MacAulay} (father) asked that all correspondence go to his address at {ADDRESS|7 Bruach na Mara}, Stornoway, {POSTCODE|HS1 2QX}.
School: {SCHOOL|Glenmuir Academy}. Guidance teacher: Mrs {NAME|Catriona MacIver}. Attendance 74%.
Attendance 74%, 3 unauthorised absences last half term. Pastoral support plan in place since January.
{NAME|JT} disclosed that {NAME|SM} had threatened her younger sister. Police informed 15:20.
Initial Health Assessment completed. Height and weight within normal range. Immunisations up to date. Dental registration outstanding.
Following a frank conversation with the YP, she agreed to keep location sharing on with her foster carer.
Foster carer {NAME|Maureen Pickles} reports {NAME|Bethany} returned at 01:40 smelling of alcohol with a new Michael Kors bag.
YP arrived with a Canada Goose coat and new Air Max trainers; unable to explain how they were paid for.
{NAME|Deniz Öztürk} (Youth Worker) reports {NAME|Emre} has stopped attending the Thursday session at the Hub.
Worker observed YP receiving multiple calls during the session from a contact saved as "{NAME|Dee}".
No answer on the mobile number held. Voicemail left. Letter to be sent.
Updated contact details for {NAME|Demi Horrocks}: mobile {PHONE|+44 (0)7700 900 316}, email {EMAIL|demi.horrocks09@example.co.uk}. Prefers contact by text.
Notes from Team Around the Family meeting, Thursday 2pm at the Family Hub. Actions: school to refer to school nurse; Dad to attend parenting course.
Present: {NAME|Adaeze Okonkwo} (chair), {NAME|Simran Kaur Dhillon} (Education Welfare), PC {NAME|Hurst}, {NAME|Joy Mensah} (school nurse). Apologies: {NAME|Grace Quaye} (CAMHS).
Staff commented that it had been a joy to see her taking part in the drama club this term.
Referral: {NAME|Florin Lăcătuș}, 14, Roma family, recently arrived from Romania. Lives with parents and 5 siblings at {ADDRESS|29 Byron Terrace}, {POSTCODE|S4 7HN}. Not on roll at any school.
Education: family report {NAME|Denisa} attended school in Romania until age 11. EAL support requested.
Concern raised by the Police that a 15-year-old girl was seen getting into a taxi with two adult males at 23:50 outside the station. Not identified.
Login details for the YP's Snapchat are held on the Police intelligence system, not in the file.
Screenshot shows messages from the handle {HANDLE|k4ll3m_xo} on 3 March, timestamped 02:14 to 03:40.
Discord user {HANDLE|vex.r0nin#0092} invited YP to a private server and requested images.
Profile URL provided by school: {URL|https://www.instagram.com/zz.dyl4n.k_2011x/}. Account since deactivated.
Link to TikTok video shared by peers: {URL|https://www.tiktok.com/@fm.m1ra_05/video/7310000000000000001}. Video shows YP in school uniform.
The video was reported to the platform via the Report Remove tool. Outcome awaited.
MASH decision: step down to Early Help. Rationale recorded on LCS. Consent obtained from parent.
Dear {NAME|Kiran}, Many thanks for attending on Friday. As discussed, {NAME|Rohan} will start at {SCHOOL|Castlemere Learning Centre} on Monday 16 March. Best wishes, {NAME|Anjali Deshpande}, Virtual School
Virtual School to monitor PEP targets. Next PEP due in the Summer term.
{NAME|Youssef El-Amin} (DOB {DATE_OF_BIRTH|11/12/2009}) told Police that he was "working for {NAME|Omar}" and had been given a phone and £300.
Contact log 19:05: YP called from an unknown number ({PHONE|0151 496 0847}), said she was "at a mate's in Kirkby" and would be home later.
Missing from care 22:00. Reported to Police at 22:30, log 1184. YP returned 03:15 by taxi. RHI offered.
Contact log 09:12: left message for Dr {NAME|Haddad} at the GP practice re: sexual health referral for {NAME|Rania}.
GP surgery advised no appointments available until next week. Sexual health clinic drop-in Tuesday and Thursday.
{NAME|Jermaine Clarke-Whyte}'s mother reports he has not slept at home for 4 nights and that she has received threats from {PHONE|07700 900 991}.
Allegation that "{NAME|Big Rich}" is holding {NAME|Jermaine}'s debt of £600. Police aware.
Mum asked that her new address not be disclosed to Dad due to DV history.
Mrs {NAME|O'Neill} called to say {NAME|Niamh} is refusing to attend {SCHOOL|Dunmore Vale High} as girls there have been sharing images of her.
School has started an investigation into the image sharing and has spoken to the parents of the pupils involved.
DSL (Mr {NAME|Okafor}) has completed a referral via the online portal.
Address for correspondence: {ADDRESS|Flat 9, Beckett House, Tolland Street}, Liverpool {POSTCODE|L5 8RW}.
Address unknown. YP refuses to give it. NFA.
{NAME|Wen Jie Huang} (16), international student at {SCHOOL|Broadoak Sixth Form College}, reported by homestay to be working late nights at a restaurant; passport held by employer.
Homestay host Mrs {NAME|Dawson} ({PHONE|0118 496 0551}) raised concerns about late returns.
Agency staff on shift: 3. Incidents: 0. Medication administered as prescribed.
Action 4: DC {NAME|Pádraig Doherty} to complete a disruption notice on the adult.
Child Abduction Warning Notice served on {NAME|Delroy Ffrench} (32) on 08/03/2026 in respect of {NAME|Shanice Campbell}, DOB {DATE_OF_BIRTH|19/07/2010}.
CAWN served on adult male in respect of YP. YP advised. Mother informed by telephone.
{NAME|Shanice} told staff that "{NAME|Del}" was her boyfriend and that she loves him.
YP's stated wishes: to remain in current placement, to continue at college, to have contact with her brother on Saturdays.
NHS number {NHS_NUMBER|999 042 6813} confirmed with the GP. Child is not registered with a dentist.
Incident log: 02:30 YP returned. 02:45 YP went to bed. 07:30 YP up for college. Nothing further to report.
Note from night staff: {NAME|Kayden} kept asking for {NAME|Sam} and whether {NAME|Sam} had rung.
Concern rose after the YP was seen at the bus station at 02:00 on a school night.
{NAME|Rose Farrelly} (Early Help) attended to support Mum.
Agreed that {NAME|Zainab Choudhury}'s school, {SCHOOL|Queen Adelaide Girls' School}, will provide a safe space at lunchtime.
Dear Colleague, Please find attached the agenda for Wednesday's Exploitation Sub-Group. Lunch will not be provided. Regards, Business Support
Best wishes, {NAME|Ji-woo Park} | Designated Safeguarding Lead | {SCHOOL|Blackthorn Hill Academy} | {PHONE|020 7946 0381}
YP's sister (name withheld) is also thought to be at risk; referral to follow.
{NAME|Mirela Stoica}'s father stated that the family will be returning to Romania in April.
Sibling group: {NAME|Sabina} (12), {NAME|Roman} (9) and {NAME|Ionuț} (6). All attend {SCHOOL|Holmewood Lane Primary}.
Worker {NAME|Nour Abou-Zeid} completed the direct work session on healthy relationships with {NAME|Leila}.
Direct work session: healthy relationships, consent, online safety. YP engaged well for 40 minutes.
{NAME|Ebuka Nwosu} (DOB {DATE_OF_BIRTH|5 Jan 2008}), now 18, transitions to the Leaving Care team on 1 April.
Leaving Care: personal adviser allocated. Pathway plan review due 30 April.
"Please can you call me back on {PHONE|07700 900 703}? It's about {NAME|Folasade}." - voicemail from Mr {NAME|Ogunleye}, 11:20.
Voicemail left 11:20. Awaiting call back.
To whom it may concern, I am the Head Teacher of {SCHOOL|St Oswin's Catholic Academy} and I write in support of {NAME|Callum Ashworth}.
Chronology updated to end of February. Significant events: 6 missing episodes, 2 arrests, 1 hospital admission.
Child seen by Dr {NAME|Akhtar} on Ward 7. Injuries consistent with the account given.
Ward 7 staff report the YP had three visitors on Sunday evening claiming to be cousins. Security informed.
{NAME|Harpreet Sandhu} (cousin) visited; identity confirmed. Two other visitors refused to give names.
Police National Computer check returned no trace.
The YP's older brother ({NAME|Liam Royle}, 19) is believed to be a linked adult.
The {NAME|Royle} family have been known to services since 2014.
NHS number not known at time of referral. GP to be contacted.
YP details: {NAME|Callum Brindle}, DOB {DATE_OF_BIRTH|14 Oct 2009}, NHS {NHS_NUMBER|7385501966}, {ADDRESS|58 Mill Lane}, {POSTCODE|WA2 7JD}.
Youth worker {NAME|Nia Vaughan} saw {NAME|Iestyn} at the skatepark in Pontypridd; he said he has been "working" in Swansea.
Safeguarding supervision with Team Manager. Case discussed; plan remains appropriate. Next supervision in 4 weeks.
Team Manager {NAME|Milena Horvat} agreed the plan and the step-up to CIN.
The Police have requested a copy of the chronology under the information sharing agreement.
Hi {NAME|Tom}, I've had a call from {NAME|Ash} at the pupil referral unit about {NAME|Ellie-Mae}. Can we talk? {NAME|Faith}
Faith groups: the imam at the local mosque and a pastor from the Pentecostal church have offered to host sessions for parents.
Pastor {NAME|Emmanuel Boakye} has known the family for years and is willing to act as a support.
YP told her Nan on Sunday; Nan called the out-of-hours team. EDT logged the call and passed it to the day team.
Family living at {ADDRESS|Plot 6, Cobbett Lane Site}; Traveller Education Service involved.
{NAME|Sagal Nur} (aunt) contacted the service requesting an update; informed we cannot share details without consent.
DS {NAME|Tomasz Grabowski} confirmed the adult was arrested on suspicion of trafficking and released under investigation.
Released under investigation. Bail conditions not applied. Victim informed by OIC.
Risk assessment for {NAME|Amber Nowak}: overall rating Amber; online risk rated Red.
Traffic light scoring: Green = low, Amber = medium, Red = high. Scores reviewed at each panel.
Record of contact: {NAME|Sky} (preferred name; legal name {NAME|Skylar Bennett-Osei}) called the duty line at 15:10.
Sky Sports on in the lounge, YP watching the football with staff; settled evening.
Text message received from {PHONE|07700 900 455}: "tell her she owes". Screenshot saved to file.
Hello Mr {NAME|Mac Giolla}, I am the allocated social worker for {NAME|Saoirse} and would like to arrange a visit.
Allocated SW: {NAME|Caoimhe Breslin}. Team: Children in Care 2. Manager: {NAME|Fintan Rooney}.
Mum described Dad as "a good man when he's not drinking". Dad declined to participate.
The family have lived at {ADDRESS|12 Grace Street} since 2017.
Mum asked for a grace period before the rent arrears action; Housing agreed two weeks.
Referral: {NAME|Mohamed Abdullahi Jama}, DOB {DATE_OF_BIRTH|2010-09-02}, Year 10, not attending since the Christmas holidays.
Meeting reference MACE/2026/031. Next meeting: 8 April 2026, 13:30-15:00, Room 2.14.
YP said the older boys "jacked" his bike and phone outside Morrisons.
{NAME|Jack Underwood} (Y10) and {NAME|Reece} were both stopped by Police at Wakefield Westgate on 02/03.
Housing: rent arrears and an unpaid energy bill of £412; referral to Citizens Advice.
Neighbour Mr {NAME|Bill Tennant} reported seeing the YP get into a black Mercedes.
Black Mercedes seen outside the home on three occasions; partial registration only.
Strategy meeting minutes (cont.): {NAME|Kiran Patel-Hollis} queried whether the threshold for s47 had been met. Chair confirmed it had.
Professionals' meeting. Concern that agencies are not sharing information quickly enough. Agreed weekly email updates.
Youth Offending Service: {NAME|Burak Çelik} (case manager). Order: 12-month Referral Order. Next panel 22/04.
Referral Order panel met on Tuesday; contract agreed; reparation to start next month.
DoB {DATE_OF_BIRTH|08/11/2007}, NHS No {NHS_NUMBER|4012269534}, {NAME|Elif Şahin}, care leaver, now at university.
Safety plan: YP to share location with carer; carer to call Police if missing after 22:00; YP to keep phone charged.
Bore da {NAME|Llŷr}, diolch am y neges. Can we meet Tuesday re: {NAME|Cerys}? Hwyl, {NAME|Elin Haf}
Diolch to all who attended today. Notes to follow.
Request from Police for the school to retain CCTV from the front gate, 14:50-15:30 on Friday.
CCTV shows the YP leaving with an older male at 15:12. Male not identified.
{NAME|Alasdair MacRae} (Head of Pastoral) confirmed CCTV has been retained.
Dr {NAME|Seonaidh Caimbeul}, Clinical Psychologist, {EMAIL|seonaidh.caimbeul@hb-lothian.example.scot}
Psychology input: trauma-informed formulation shared with the network. Recommend consistent adults and predictable routines.
Mobile number provided by the YP at interview is {PHONE|07700 900 068}; YP says it belongs to a friend.
Contact: Aunt, {NAME|Fadumo Hirsi}, {PHONE|0121 496 0874}.
Dear {NAME|Abena}, Thank you for your time on the phone. As agreed, I will contact {NAME|Yaw}'s school tomorrow. Warm regards, {NAME|Temitope}
YP asked that her name not be used in the minutes; referred to as "Child A" throughout.
Child A and Child B were seen together at the railway station on 3 occasions.
{NAME|Oluwaseun Adeyemi} (known as "{NAME|Seun}" or "{NAME|Shades}") is believed to be running the line.
Nicknames used in the group chat include colours and animal names; none have been linked to specific individuals.
{NAME|Damilola} returned from Croydon with £180 in cash and a new iPhone. Refused to say who gave it to her.
Strategy: Police to submit intelligence; school to monitor; SW to complete joint visit with YOT.
Report writer: {NAME|Kayleigh Marsden}, Social Worker. Date of report: 10 March 2026. Signed: {NAME|K. Marsden}
Date of report: 10 March 2026. Countersigned by Team Manager. Distribution: conference members only.
Placement moved from {POSTCODE|OL8 3QT} to {POSTCODE|OL16 5UH} (out of borough).
Emergency placement located out of area; exact address withheld from file for safety.
Email from {EMAIL|t.rahman (at) example-college dot ac dot uk} received at 23:52 - appears to be from {NAME|Tahmid}'s college account.
Call with {NAME|Xiaoling Zhou} (Interpreter, Mandarin) booked for 10:00.
Mrs {NAME|Chan} is worried that her son {NAME|Kit} is being asked to carry bags for older boys after school.
Nail bar worker {NAME|Pham Bao Chau}, 16, found living above the salon at {ADDRESS|211a High Street}.
The salon has been referred to the Gangmasters and Labour Abuse Authority and Trading Standards.
Minutes approved as an accurate record with one amendment (date of next meeting).
{NAME|Oisín Ó Súilleabháin} (Youth Diversion) offered a place on the boxing programme, Mondays 18:00.
Boxing programme runs Mondays 18:00 at the leisure centre; transport provided from the Youth Hub.
Video posted at {URL|https://youtu.be/Zk3vQp9X1aE} features the YP in a balaclava; Police aware.
Drill music videos are being monitored by the Police; no YP from this cohort identified.
Abusive posts from {HANDLE|@n3ver.f0rget_ldn} tagging the YP's school have been reported.
Referral re: {NAME|Hamza Darwish}, DOB {DATE_OF_BIRTH|1st April 2012}, NHS number {NHS_NUMBER|999 870 3425}. Year 8 at {SCHOOL|Ellesmere Brook Academy}.
{NAME|Khalid Mansour} (father) can be reached on {PHONE|07700 900 276} after 6pm.
{NAME|Berivan} says her cousin {NAME|Kawa} takes her to "parties" in Huddersfield.
Dear Mrs {NAME|Aziz}, I am writing regarding {NAME|Rozhan}'s attendance this half term.
Hospital discharge summary: {NAME|Dawid Zieliński}, NHS {NHS_NUMBER|522 614 0878}, admitted via ED with suspected overdose.
CAMHS referral accepted. Patient: {NAME|Alina Rusu}. NHS number: {NHS_NUMBER|9993017760}.
School nurse record: {NAME|Lukas Jankauskas}, {NHS_NUMBER|654 098 3212}, flu vaccine given.
{NAME|Carys}'s NHS number ({NHS_NUMBER|999 555 1209}) was given incorrectly on the referral form and has now been corrected.
Sexual health clinic record: {NAME|Natalia Kowalczyk}, NHS {NHS_NUMBER|4703812657}.
Invoice 1200458831 for the placement was paid on 28/02. Finance query closed.
Tuesday's meeting moved to Wednesday. Room booked at the Civic Centre.
Handover 07:45: quiet night. Medication given. No missing episodes. Day staff to take YP to the dentist at 10:30.
Police ref for missing episode: MIS/26/0098. YP found at Manchester Piccadilly.
Mum, Dad and Nan attended. Paternal uncle joined by phone from Lagos.
Nike, JD Sports and Footasylum bags found in the YP's wardrobe; receipts not provided.
YP works Saturdays at Greggs on the high street; manager supportive.
Trip to Alton Towers agreed as part of the reward plan; YP very excited.
Bus 86 from Chorlton to the city centre is the route the YP uses to get to college.
Subject: {NAME|OKAFOR, Chidi} | DOB: {DATE_OF_BIRTH|22/02/2011} | Address: {ADDRESS|16 Arkwright Walk}, {POSTCODE|NG2 3FE} | School: {SCHOOL|Kestrel Fields Academy}
Forename: {NAME|Lan} Surname: {NAME|Nguyen} Interpreter required: Yes (Vietnamese)
Address: {ADDRESS|Flat 3B, Windermere House, 140 Pellow Lane}, London {POSTCODE|SE5 9XA}. Tenancy in Mum's name.
D.O.B. {DATE_OF_BIRTH|9th March 2009}. Age at referral: 16.
Age at referral: 16. Gender: female. Ethnicity: White British. First language: English.
{NAME|Marie-Claire Dubois-Okafor} (Independent Reviewing Officer) chaired the review on 3 March.
IRO chaired the review. Care plan endorsed. Next review in six months.
Email to {NAME|Rozhan Aziz}'s form tutor, Mr {NAME|Ashby}, copied to DSL.
Missing person report: {NAME|Connor Ashworth}, 15, white male, slim build, last seen wearing a black North Face jacket.
Last seen wearing a black North Face jacket and grey joggers near the retail park.
Dear Dr {NAME|Venkatesan}, Thank you for seeing {NAME|Aarav} in clinic. Yours sincerely, {NAME|Priya Raghunathan}, Social Worker
CAMHS letter received: no further appointments offered as YP did not attend twice. Re-referral possible via GP.
Visit to {ADDRESS|4 Ffordd y Capel}, Llanelli, {POSTCODE|SA15 3EW}. No answer. Card left.
No answer at the address. Card left. Will try again Friday.
{NAME|Gethin Bowen} (Police Community Support Officer) reported {NAME|Cai} hanging around the bus station with adults.
Hi all, I'm on leave from Friday until 24 March. Please contact the duty team in my absence. Thanks, {NAME|Jade}
Hi all, I'm on leave next week. Please contact the duty desk in my absence. Many thanks
{NAME|Ionuț Stanciu}, 16, Romanian national, found working at a hand car wash on {ADDRESS|Eastbrook Road}. Referred under NRM.
Hand car wash inspected by partner agencies on Saturday; two adults arrested.
{NAME|Kofi Ansah}'s foster carer, Mrs {NAME|Whitlock}, reports he has been receiving cash transfers to a bank card she did not know he had.
Contact with {NAME|Ngozi Obi} (maternal aunt), {ADDRESS|31 Ravensdale Gardens}, {POSTCODE|N16 7PB}, tel. {PHONE|020 7946 0917}. Willing to be assessed as a kinship carer.
Kinship assessment started. Viability completed; positive. Full assessment to follow.
{NAME|Reuben} disclosed that "{NAME|Uncle Vic}" lets boys stay at his flat in exchange for "running errands".
Mr and Mrs {NAME|Yıldız} attended with their son {NAME|Mert}. Meeting conducted in Turkish and English.
Meeting conducted in English with a Turkish interpreter present. Family engaged well.
Letter to Mrs {NAME|Efua Quaye}, {ADDRESS|Flat 21, Sycamore Tower, Larch Avenue}, {POSTCODE|M15 5GG}.
Referral from the Police: {NAME|Babajide Oyelaran} (DOB {DATE_OF_BIRTH|11 August 2010}) arrested in possession of 14 wraps in Ipswich.
Arrested in possession of 14 wraps and £220 in cash. Interviewed with appropriate adult. Released under investigation.
DS {NAME|Guled Ismail} and SW {NAME|Bethany Hurst} conducted a joint visit at 16:00.
Joint visit completed at 16:00. Child seen alone. Bedroom seen. No concerns regarding home conditions.
Message left for {NAME|Hemin Mahmoud} (keyworker) on {PHONE|07700 900 588} re: tomorrow's LAC review.
LAC review tomorrow at 10:00; YP has chosen not to attend but has completed a consultation form.
{NAME|Ayesha Siddiqui} (Early Help) to deliver the six-week programme with Mum starting Monday.
Early Help programme starting Monday for six weeks. Mum keen to engage.
Email received from the YP's account ({EMAIL|marcus.t.official@example.com}) at 03:12 requesting that his file be closed.
Parent's email for correspondence: {EMAIL|a.oyelaran(at)example.org} - she writes it this way to avoid spam.
Intelligence: adverts on a job-style site {URL|www.fastmoney-uk.example.com/youth-work} are targeting 14-17 year olds in the borough.
Snapchat: {HANDLE|t.sh0wtime}; Instagram: {HANDLE|@tshowtime.x}; TikTok: none known.
Discord usernames recovered from the device: {HANDLE|rxven_}, {HANDLE|k1ng.kxng#5520} and {HANDLE|blue-moth}.
Facebook profile used to contact the YP: {URL|https://www.facebook.com/ty.gee.2010.official} (screenshots on file).
Mum's mobile recorded as {PHONE|07700 900 9O4} on the referral form; Police have the correct number.
Out-of-hours contact for carer: {PHONE|(0114) 496 0382}.
Regards, {NAME|Ruairí Ferguson} | Direct line: {PHONE|0191 498 0655} | Mobile: {PHONE|07700 900 833} | Email: {EMAIL|r.ferguson@tynesidesafe.example.org}
Previous address: {ADDRESS|2/1, 45 Dalmarnock Crescent}, Glasgow {POSTCODE|G404JT}.
Foster placement postcode {POSTCODE|EH67QN} must not be shared with the birth family.
Dear Mr {NAME|Qureshi}, I am writing to let you know that {NAME|Imran} has been offered a place on the mentoring scheme. Yours sincerely, {NAME|L. Gruffudd}, Youth Justice Officer
"""

# The marker regex: {TYPE|text}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")

TYPES = {
    "NAME", "ADDRESS", "SCHOOL", "PHONE", "HANDLE", "EMAIL",
    "DATE_OF_BIRTH", "POSTCODE", "NHS_NUMBER", "URL",
}

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set_m.jsonl")


def nhs_ok(s):
    """10 digits, optional single spaces between digit groups, Modulus 11."""
    if not re.fullmatch(r"\d+( \d+)*", s):
        return False
    d = s.replace(" ", "")
    if len(d) != 10:
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(d[9])


def parse(line):
    """Strip markers; return (text, spans)."""
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        cur += len(line[pos:m.start()])
        typ, txt = m.group(1), m.group(2)
        spans.append({"start": cur, "end": cur + len(txt), "type": typ, "_text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans


def check(text, spans, raw, errors):
    where = raw[:70]
    if "{" in text or "}" in text:
        errors.append("leftover brace: " + where)
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        t = sp["_text"]
        if sp["type"] not in TYPES:
            errors.append("bad type %s: %s" % (sp["type"], where))
        if not t:
            errors.append("empty span: " + where)
            continue
        if t != t.strip() or t[0].isspace() or t[-1].isspace():
            errors.append("whitespace at span edge %r: %s" % (t, where))
        if text[sp["start"]:sp["end"]] != t:
            errors.append("offset mismatch %r: %s" % (t, where))
        if sp["start"] < prev_end:
            errors.append("overlap %r: %s" % (t, where))
        prev_end = sp["end"]
        if sp["type"] == "NHS_NUMBER" and not nhs_ok(t):
            errors.append("bad NHS number %r: %s" % (t, where))


def unmarked_repeats(text, spans):
    """Warn when a marked string also occurs unmarked in the same record."""
    warns = []
    covered = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        t = s["_text"]
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                warns.append("unmarked repeat %r in: %s" % (t, text[:70]))
    return warns


def main():
    errors = []
    warnings = []
    records = []
    seen = {}
    for style, block in (("young_person", YOUNG_PERSON), ("case_note", CASE_NOTE)):
        for raw in block.splitlines():
            raw = raw.strip()
            if not raw:
                continue
            text, spans = parse(raw)
            check(text, spans, raw, errors)
            if text in seen:
                errors.append("duplicate text: " + text[:70])
            seen[text] = style
            warnings.extend(unmarked_repeats(text, spans))
            records.append({"style": style, "text": text, "spans": spans})

    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s); nothing written." % len(errors))
        sys.exit(1)

    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(records, 1):
            obj = {
                "id": "m%04d" % i,
                "style": r["style"],
                "text": r["text"],
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]}
                          for s in r["spans"]],
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    by_style = collections.Counter(r["style"] for r in records)
    empty = collections.Counter(r["style"] for r in records if not r["spans"])
    by_type = collections.Counter(s["type"] for r in records for s in r["spans"])
    by_style_type = collections.Counter((r["style"], s["type"]) for r in records for s in r["spans"])
    n = len(records)
    n_empty = sum(empty.values())
    print("records: %d  (with nothing to remove: %d = %.1f%%)" % (n, n_empty, 100.0 * n_empty / n))
    print()
    print("%-14s %8s %10s %8s" % ("style", "records", "no_spans", "spans"))
    for st in ("young_person", "case_note"):
        ns = sum(v for (s2, _), v in by_style_type.items() if s2 == st)
        print("%-14s %8d %10d %8d" % (st, by_style[st], empty[st], ns))
    print()
    print("%-14s %8s %14s %10s" % ("type", "total", "young_person", "case_note"))
    for t in sorted(by_type, key=lambda k: (-by_type[k], k)):
        print("%-14s %8d %14d %10d" % (t, by_type[t], by_style_type[("young_person", t)],
                                      by_style_type[("case_note", t)]))
    print("%-14s %8d" % ("ALL", sum(by_type.values())))
    print()
    print("wrote", OUT)


if __name__ == "__main__":
    main()
