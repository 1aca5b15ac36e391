#!/usr/bin/env python3
"""Set H for a de-identifier. Every line below was typed by hand.
Line format inside the blocks: 'Y|' (young_person) or 'C|' (case_note), then the text with inline markers
{TYPE|surface}. Types: N=NAME PH=PHONE E=EMAIL PC=POSTCODE A=ADDRESS S=SCHOOL H=HANDLE U=URL
D=DATE_OF_BIRTH NHS=NHS_NUMBER (a '?' is replaced by the Modulus 11 check digit) X=trap 10-digit reference,
left unlabelled ('?' replaced by a digit that makes it FAIL Modulus 11).
"""

YP1 = """
Y|me n {N|dan} went up the shop n these older lads started askin us to run stuff
Y|ppl on the estate say the olders run a line out to Blackpool n the feds dont do nothin
Y|i told Mum and she rang the Police on a sunday night, they came round on the Tuesday
Y|{N|big T} said if i hold the bag for a week he'd sort me some new creps
Y|seen it on Top Boy innit but its not like that round here its worse
Y|Childline was alright but it took ages to get thru on the phone
Y|my mate {N|Grace} got added to a groupchat by some random and they was sending her pics
Y|kooth helped me when i couldnt talk to no one at home
Y|a guy called {N|Will} kept messaging me on snap sayin he was 17 but he was defo older
Y|{N|hope} is the only one who knew what was going on and she told miss
Y|in Rochdale everyone knows someone whos been groomed its proper normal which is mad
Y|county lines is real in Swindon ppl think its just a London thing
Y|my nan supports Everton and she said dont go down the rec after dark
Y|he added me on snap, his snap was {H|deano_2k7} and he kept sayin i was mature for my age
Y|the opps from over the river made a drill track about our ends
Y|gear, bud, pebs, white, its all going round at the skatepark on a friday
Y|i am from Syria, in school some boys ask me to carry things in my bag. i say no but they angry
Y|lil j got stabbed outside the chicken shop last summer and no one talks about it
Y|if ur reading this pls help my friend {N|Amber} she keeps going missing at weekends
Y|my dads mate {N|frank} used to give me lifts and it got weird
Y|it was {N|Kofi Mensah} who got me out of it, hes a youth worker at the centre
Y|there is a man at the bus station in Preston who gives girls vapes for free
Y|i live on {A|Rowan Close} and theres always cars parked up with lads in them
Y|ring me if u want to talk {PH|07700 900418}
Y|no one at school does anything, not even the head
Y|{N|jack} n {N|sammy} got nicked for carrying for someone else and they got the blame
Y|My name is {N|Aleksandra} and I am 15, my english is not so good but I want to say the park near my house is not safe for girls
Y|{N|Summer} told me a man offered her £50 to go to a party in Leeds
Y|Snapchat, Insta, TikTok, its all on there, u cant get away from it
Y|i dont feel safe on the Metrolink at night specially round Piccadilly
Y|my insta is {H|jaz.mxn_} if u wanna ask me more
Y|storm season they call it lol when all the lines go quiet after a raid
Y|{N|Storm} my little sister is 12 and shes already been asked to hold a phone
Y|it started when i was in year 8 at {S|Harrowgate Fields Academy}
Y|me and {N|ruby} used to go to the takeaway on {A|Dene Street} and the man gave us free food then wanted stuff back
Y|the feds, the 12, the boydem whatever u call them they dont care about us
Y|my social worker is called {N|Bernadette} and shes actually sound
Y|miss {N|Adeyemi} at school was the first one i told
Y|i got a message from a number i didnt know {PH|o77oo 9oo 562} sayin they knew where i lived
Y|they was calling it the Benny line, everyone knew
Y|honestly Barnardo's saved my life no joke
Y|i was born {D|03/11/2008} so i was only 14 when it started
Y|sorry my spelling is bad i have dislexia. a man called {N|Tariq} used to pick us up from outside {S|St Aidan's}
Y|my cousin {N|Chiamaka} was in care and they moved her to Stoke and she went missing 9 times
Y|u can email me if u want {E|lilmoon.x (at) example [dot] com}
Y|nobody listens to young people in Hull thats the truth
Y|its mostly boys from year 9 n 10 getting pulled in round here
Y|Sky Sports on in the background and my uncle is bagging up in the kitchen like its normal
Y|{N|sky} from my old school got sent to a PRU and that's where she met them lot
Y|{N|Joy} and {N|Destiny} both got approached at the Trafford Centre by the same woman
Y|we dont say names cos snitches get stitches innit
Y|i go to {S|Kestrel Park PRU} now its better than mainstream tbh
Y|the youth club shut in January and thats when it got bad
Y|my keyworker {N|Mark} took me to see the police and they were ok actually
Y|ask for angela? never heard of it till this survey
Y|{N|Faith} my best friend got a boyfriend who was 24 and he had her selling
Y|me nd {N|kayden} got chased from the Co-op by a car full of masked man
Y|hi im {N|Oisín} from Derry, stuff like this happens here too dont think it dont
Y|i moved here from Lithuania, my brother {N|Mantas} works for a man who pays cash and he is scared
Y|the PCSOs are alright round here its the proper police who are out of order
Y|{N|Bill} at the boxing gym is the only adult who actually gets it
Y|text me {PH|07700 900 731} (its my mums phone tho)
Y|when i was in the Leeds hostel a man called {N|Gaz} kept offering me a place to stay
Y|honestly just more youth workers and less police
Y|my tiktok got hacked and someone posted my address {A|27 Alder Grove} and postcode {PC|BD8 9LN}
Y|i got a dm from {H|@trapking_0161} saying he'd pay me 200 a week
Y|dont even know what CSE means lol
Y|Mr {N|Pritchard} is the only teacher who ever asked if i was ok
Y|me and {N|aisha} and {N|nadia} and {N|rukhsana} used to walk home together so nobody could bother us
Y|going to {S|Brackenridge High} was the worst time of my life
Y|i was put on a section 20 and sent to Wales, didnt know nobody
Y|{N|Precious} got taken to a hotel in Birmingham and we didnt hear from her for 3 days
Y|the Wetherspoons in town is where they meet the younger girls
Y|it was {N|Dwayne} who introduced me to it, he was my brothers friend
Y|they had my snap {H|k.lyss_xo} and my number and they wouldnt leave me alone
Y|i just want to say that not all of us are bad, we just got no options
Y|Prevent is a joke they referred my brother for wearing a thobe
Y|mum had a Clare's Law done on her ex after what he did to me
Y|my name's {N|Ngozi} and i think boys get groomed too and people forget that
Y|nobody from CAMHS ever called back
Y|{N|Lil Dre} was runnin the whole thing from his mums flat
Y|no way im tellin u names
Y|{N|nathan} is 19 and he's got me n my mates working for him
Y|they sent the money to my monzo and i didnt know it was money laundering
Y|i go {S|Moorside Community College} and theres dealers outside the gates at 3
Y|a woman from the Childrens Society came in and did a talk it was good
Y|my foster carer {N|Linda} is strict but i know why
Y|i lived in {A|Flat 6, Kingfisher House, Mill Lane} with my dad till he got sent down
Y|send me a email {E|tyrese_w99@example.net}
Y|Ramadan is hard when theres men outside the mosque offering boys money
Y|{N|Hamza}, {N|Bilal} and {N|Yusuf} all got pulled into it in the same summer
Y|man like {N|Big Rich} had everyone scared
Y|the Peaky Blinders lot think its cool but its not
Y|i dont trust social services they took my sister
Y|i told Ms {N|Hughes} and she made a referral and then nothing happened for months
Y|my real dads name is {N|Piotr Zielinski} and i dont see him no more
Y|been in 4 placements since march
Y|i used to be on the 38 bus every night til 1am just to be somewhere warm
Y|{N|Lowri} and me got followed home from the station in Wrexham
Y|the line is called Snowy and its run out of Croydon into Kent
Y|my birthday is 3rd june so ill be 16 soon
Y|i hate how the news talks about us, BBC, Sky News, all of them
Y|my brother {N|Tadhg} got into debt with them over weed
Y|its all on whatsapp now, the groups change every week
Y|if u want to look at my story its {U|https://www.example.com/my-story-nobody-listens}
Y|{N|Thi Lan} from my class says her uncle makes her work in the nail bar after school
Y|i am {N|Dawit}, from Eritrea, i came on the lorry. the men in the house say i owe money
Y|mum said to go to Bristol to stay with aunty {N|bev} but it was the same there
Y|{N|Keisha-Marie} was the one who ran the group chat
Y|i dont really know what exploitation means but i think it happened to me
Y|{N|mohammed} and {N|ibby} got arrested in a trap house in Lincoln
Y|My dob is {D|22/07/2010} and i live in Oldham
Y|the whole estate is run by one family, everyone knows it
Y|Grindr is where it happened for me, i was 15 and lied about my age
Y|{N|Zofia} from Polish school told me her step dad is bad to her
Y|football saved me, I play for a Sunday league team in Gateshead
"""

YP2 = """
Y|wen i was 13 a man called {N|Jerome} gave me a phone n said keep it on u at all times
Y|me and my boyfriend {N|Callum} broke up cos he started doing runs to Bournemouth
Y|add me on discord {H|ghostie#4417} if u wanna talk bout this stuff
Y|bare man on the block know whats going on but no one says nothing
Y|my school is {S|Oakfield Grange School} and there is drugs in the toilets every day
Y|the worst is at Halloween and bonfire night when everyone is out
Y|i live wiv my gran on {A|Paddock Street} in Salford, its rough
Y|{N|Rhiannon} said her mum's boyfriend sells to kids from the flat above
Y|im 11 and i dont like the big boys on the bikes
Y|pls dont share this but {N|Yaw} is being made to sell and he wants out
Y|we had a talk from the NSPCC but it was bare cringe
Y|{N|Marcus} was in my class and now hes in prison, he was only 17
Y|number for the man is {PH|07700 900 144} his name on my phone is Uncle {N|Jay}
Y|Romanian boys get blamed for everything at my school
Y|me n {N|bogdan} n {N|ionut} play footie at the cage and men come there to recruit
Y|i am in year 11 at {S|Castlebrook Academy} and the cops come in every week
Y|{N|Big Mo} gave my little brother £20 just to walk to the corner
Y|it happens in nice places too like Harrogate and Cheltenham
Y|i got a DM from a account {H|@sugarbabe.uk_} offering me money for pics
Y|my brother {N|Reece}s mates are the ones doing it
Y|tbh the worst place is the train station, Birmingham New Street
Y|{N|Sinéad} my cousin told me they took her to a house party in Limerick and she woke up somewhere else
Y|i reported it to the Police on 101 and they said it wasnt a crime
Y|dnt kno wat 2 say realy its jus bad
Y|{N|Olu}, {N|Tobi} and {N|Femi} all go my church and the pastor knows but does nothing
Y|my number changed its now {PH|O77OO 9OO l29}
Y|im at {S|Greenhill Sixth Form College} and even there people are dealing
Y|theres a man called {N|Rocco} at the car wash who gets boys to work for him
Y|they locked me in a flat in Southend for 2 weeks, i had to sell or they said theyd hurt my mum
Y|if you get a text from {PH|07700 900 309} dont answer its them
Y|{N|Precious Okonkwo} was my best friend and i lost her to that life
Y|Fortnite, Roblox, COD, thats where they find the young ones
Y|the lads from Manchester City fan page were messaging girls from my year
Y|{N|Ellie-Mae} told the teacher about the man in the car and got called a grass
Y|my sister {N|Demi} is 14 and she has a 22 year old boyfriend and mum dont care
Y|my email if u need it {E|skyler.rx at example dot org}
Y|home office took my passport, i am from Albania and my boss {N|Arben} has my papers
Y|i think the youth worker {N|Shauna} is the only one who believed me
Y|my postcode is {PC|l4 9hx} n everyone round here knows about the trap on the corner
Y|he said his name was {N|Jay} but his real name is {N|Jamal Hussain}
Y|Lidl carpark at night is where they all sit in there cars
Y|we need more stuff like the Princes Trust and less exclusions
Y|i was excluded from {S|Wolsey Park} in year 9 n after that i was on the road
Y|{N|Hollie} n {N|Jade} used to go to older mens houses after school
Y|none of this would happen if the youth clubs didnt close
Y|my name is {N|Nguyen Van Minh}, i work in a cannabis farm when i was 15, now i am in foster care
Y|they called him {N|Lil Skeng} cos he always had a blade on him
Y|Wrexham, Chester, Shrewsbury, all the lines go through there
Y|{N|Siobhan} from the childrens home got picked up by a taxi every night
Y|i dont think the survey will change anything but here u go
Y|{N|Dylan} is my brothers friend and he made me hold his stuff
Y|my mum {N|Tracey} doesnt know any of this pls dont tell her
Y|im from a traveller family and the police treat us like criminals before anything happens
Y|{N|Paddy} and {N|Johnny Joe} my cousins got taken by a man to work on driveways for no money
Y|feel safer in Cardiff than i did in Newport tbh
Y|i went to {S|Ysgol Bryn Derwen} and nobody spoke about any of this in welsh or english
Y|the cops took my phone and never gave it back
Y|{N|Ayo} gave me his snap {H|ayo.szn} and then his friends started adding me
Y|it's the ones in BMWs and Mercs you have to watch out for
Y|my dob is {D|9 Feb 2009} i dont mind sayin
Y|mr {N|kaur} no wait its miss {N|kaur}, shes the safeguarding lead at my school
Y|in Bradford the taxi drivers are the ones everyone warns you about
Y|Deliveroo riders are used a lot to move stuff
Y|{N|Ifeoma} and her little sister {N|Chidinma} got moved to Luton after the threats
Y|they said if i grass theyll burn my nans house down on {A|Holmfirth Road}
Y|shoutout to the Youth Offending Team, they actually helped me
Y|i aint saying nothing about who
Y|{N|Kasia} my friend from school told me there are men who wait outside the Polish shop
Y|the man said he was a model scout on Instagram, page was {U|instagram.com/scoutmodels.example}
Y|me and {N|Leon} got robbed for our phones by the same lot who run the line
Y|i'm trans and older men on apps target people like me the most
Y|when i was in the unit Nurse {N|Kemi} was kind to me
Y|its 4 boys in my year that sell, and one girl
Y|Aunty {N|Gloria} is the one who took me in when my mum kicked me out
Y|mi bredda {N|Andre} nah talk to nobody since dem beat him
Y|if u need my address its {A|112 Stanley Road}, {PC|WV10 9QP}
Y|i hate the word county lines it makes it sound like a sport
Y|{N|Beatriz} said she was trafficked from Portugal at 16 to work here
Y|we had CSE training from a charity called Safe and Sound and it was good
Y|{N|Tyrone}, {N|Levi} and me used to go to the boxing but now they dont come
Y|i reckon half my year vapes and the vape man is the one who gets them into selling
Y|the Sainsburys security guard {N|Kev} watches out for us girls
Y|they use the name Auntie on the line phone so u dont know who it is
Y|i need help but i dont know who to ask
Y|my old school was {S|Fernhill} and my new one is worse
Y|Big Smoke is what they call London where i'm from
Y|{N|Marley} showed me a video of a lad getting beaten for losing a package
Y|in the summer holidays theres nothing to do so people get bored and get involved
Y|{N|Gracjan} my brother he was 13 when he start work for the men at car wash
Y|{N|Roxanne} said the man was called {N|Stevie} and drove a white van
Y|honestly i think the police should focus on the men not the kids
Y|i been in care since i was 6, {N|Carol} was my first foster mum
Y|i got a bus pass from the Princes Trust and it changed everything
Y|u can see my youtube {U|youtube.com/@mazzy_speaks_example} i talk about it there
Y|{N|Summer-Rose} is my daughter and i'm 19, i'm doing this survey for her future
Y|the police officer who came was PC {N|Tanner} and he didnt believe me
Y|my keyworker at the Foyer was {N|Abdi}, he helped me get my own flat
Y|please dont judge me for what i did, i was 14
Y|{N|Rosa} and {N|Florin} are roma like me and people say we are thieves
Y|Ravens, Wolves, whatever they call themselves, its just kids
Y|my phone is {PH|07700900265} if u want to follow up
Y|{N|Jordan} from the gym said he'd give me work, it was selling
Y|bare of my mates have been stabbed, 3 this year in Lewisham
"""

CN1 = """
C|Referral received 14:20 from DC {N|Priya Nandakumar} (Op Encompass) re: {N|Kieran Walsh}, DOB {D|12/04/2009}, reported missing overnight.
C|Strategy meeting held at Civic Centre. Chair: DS {N|Hollis}. Present: Children's Social Care, Education, Health, Youth Justice.
C|Child A was located in Blackpool at 03:10 by British Transport Police and returned to placement.
C|Mum reports that {N|Jayden} has been receiving deliveries of new trainers (Nike, North Face) with no explanation.
C|Hi {N|Sarah}, following on from yesterday's call, are you able to share the chronology before Thursday's meeting? Many thanks, {N|Tom}
C|YP disclosed that an adult known as {N|Big Skinny} had been holding her phone and controlling contact with family.
C|NHS No: {NHS|485 777 302?}. GP practice: Brook Lane Surgery.
C|Return home interview completed by {N|Fatima Begum} (Barnardo's) on 03/03. YP declined to name associates.
C|Clare's Law application made by Mum following concerns about new partner; outcome awaited from Greater Manchester Police.
C|Address: {A|41 Wharf Road}, Dewsbury {PC|WF12 9BQ}. Lives with maternal grandmother.
C|Dear all, please see minutes attached from the MACE panel. Kind regards, {N|Oluwaseun Adebayo}, Exploitation Coordinator
C|Operation Sceptre knife amnesty week runs Mon-Sun; bins placed at Hulme, Moss Side and Longsight police stations.
C|Concerns raised by school that {N|Tiana} has been collected at the gates by a male in a grey Audi on three occasions.
C|{N|Wiktoria Nowak} (15) is EAL, Polish speaker; interpreter required for all meetings.
C|Crime reference 4420 3981 71 recorded; no further action at this stage.
C|PCSO {N|Reynolds} observed a group of 6-8 youths outside the Londis on Beacon Street at approx 22:00.
C|Phone contact saved as "{N|Sully}" in YP's device; number {PH|07700 900 852} linked to the Dizzy line.
C|Safeguarding log (Year 9): {N|Ellis Fairweather} reported by peers to be carrying a knife. Searched by Mr {N|Odum}, nothing found.
C|Good afternoon, I am writing to refer {N|Amir Rahimi} (DOB {D|01.09.2008}) who arrived in the UK as an unaccompanied asylum-seeking child.
C|National Referral Mechanism referral submitted; positive reasonable grounds decision received on 18 May.
C|Please note the updated contact for the Family Support Worker: {E|k.osei@example.org}, mobile {PH|07700 900 193}.
C|Police intelligence suggests links to the 'Ends Money' group operating from Moss Side.
C|{N|Grace O'Donnell} (Designated Safeguarding Lead, {S|St Bede's Catholic High School}) attended and provided attendance data.
C|YP was found in possession of 14 wraps of crack cocaine ("white") and £340 cash.
C|Health: seen at A&E, Royal Oldham Hospital, with a laceration to left hand. NHS number {NHS|943 476 591?}.
C|The Ofsted report for the children's home is due in February; manager confirmed no Reg 44 concerns.
C|Mother {N|Lorraine Biggs} declined to engage with Early Help, stating "social workers took my other two."
C|Meeting closed 16:05. Next review Tuesday 2 April, Room 3, Town Hall.
C|{N|Tariq} and {N|Zain Malik} were stopped in a vehicle on the M62 near Junction 26 with a third, unidentified male.
C|Hi {N|Jo}, just a quick one, can you confirm whether {N|Reuben} is still open to YOT? Thanks, {N|Kelly} (CSC Duty)
C|Online: YP is known to use Snapchat under the name {H|reubz.x}, TikTok {H|@reuben_the_goat}.
C|YP is a Looked After Child under Section 31; placement is an out-of-area residential unit in Shropshire.
C|Records indicate YP attended {S|Ravensworth Primary} and then {S|Northgate Academy} until permanent exclusion in Year 8.
C|The Lucy Faithfull Foundation was contacted for advice regarding harmful sexual behaviour.
C|DC {N|Mbeki} advised that the suspect, {N|Lee Cartwright}, has previous convictions for supply.
C|Dad ({N|Gareth}) present throughout; became agitated when Police were mentioned.
C|Email received from Mum at {E|shelleyann.t@example.com} requesting a copy of the assessment.
C|Risk assessment rated HIGH on the CE screening tool. Reviewed at MACE 07/11.
C|Concerns regarding peer association with {N|Kallum}, {N|Deji} and an older male known only as "{N|Lucky}".
C|Child B and Child C were also present at the address but not spoken to individually.
C|Ms {N|Delaney} reported that {N|Harvey} had been absent on 11 of the last 20 sessions.
C|Education: currently on roll at {S|Beechwood Hill PRU}; 2 hours per day reduced timetable.
C|YP's Instagram ({U|https://www.instagram.com/tiny_t.m_example/}) shows photos with large amounts of cash and designer clothing.
C|Housing: family residing at {A|Flat 12, Maple Court, Bishopsgate Way}, Luton {PC|LU2 9GS}.
C|No concerns were identified regarding siblings at this time.
C|Referral to Kooth and to the School Nurse service made on 12/12.
C|Professional present: PC {N|Jaswinder Sidhu}, Neighbourhood Policing Team, Bilston.
C|Crime Number: {X|620318774?} (theft from person). Victim: YP. Suspect: unknown.
C|{N|Maryam} disclosed that her cousin {N|Idris} had introduced her to men at a restaurant on {A|Wilmslow Road}.
C|GP Dr {N|Chukwuemeka} confirmed YP has not attended the surgery since October.
C|Sunday's missing episode was the 7th this quarter; YP returned of her own accord at 02:30.
C|The Youth Justice Board guidance on Child First practice was circulated to partners.
C|Dear {N|Anita}, thank you for attending the strategy discussion yesterday. I have attached the action log. Best wishes, {N|Rachel Okoro}, Team Manager
C|YP states she met {N|Connor} on Wizz (app) and he later introduced her to {N|Big Mikey}.
C|Intel: mobile {PH|0161 496 0734} was used to contact YP 38 times in one evening.
C|Person of concern: {N|Dragan Petrović}, approx. 30, drives a black Range Rover.
C|The NRM decision was negative; appeal lodged via the Single Competent Authority.
C|{N|Bronagh McAuley} (YP's aunt) has agreed to act as a temporary kinship carer.
C|Attendance 54%; lateness noted particularly on Mondays and Fridays.
C|YP's DOB {D|30 January 2007} means she will transition to adult services within 6 months.
C|Minutes: {N|Abena} (Health Visitor) noted weight loss and poor dental health in younger sibling.
C|Please call me on {PH|0113 496 0581} or the team inbox {E|leeds.mace@example.org} if you need anything further.
C|Operation Makesafe training delivered to hotels and taxi firms across Bury and Rochdale.
C|YP mentioned a man called "{N|Shaq}" who lives on {A|Greenacre Street} and "looks after" younger boys.
C|Chronology 04/05: Police welfare check at home address; YP not present. Mum unable to say where he was.
C|Chronology 06/05: YP arrested in Weston-super-Mare in possession of 2 mobile phones and cash.
C|Chronology 09/05: Return home interview declined. YP said "I'm not talking to you lot."
C|{N|Ivana Horvat} from the Virtual School confirmed a PEP meeting is booked.
C|An information sharing agreement is in place with Catch22 and St Giles Trust.
C|Hi both, {N|Marek} has asked whether he can have a male worker going forward, could we discuss? Cheers, {N|Lauren}
C|Sibling: {N|Amelia-Rose Thompson}, DOB {D|15/06/2013}, attends {S|Lowther Street Primary School}.
C|NHS no. {NHS|401 023 213?}, registered at The Grange Medical Centre.
C|Victim identified as a 14-year-old girl; suspect is a 23-year-old male of no fixed abode.
C|Stop and search conducted under s.60 on Saturday evening following a stabbing near the Arndale.
C|{N|Ciarán} told the youth worker that he owed "the shotter" £600 after a "robbery" of his package.
C|School contact: Mrs {N|Oyelaran}, Head of Year 10, {E|j.oyelaran@school.example.com}.
C|The Safer Streets funded detached youth work team covered Friday and Saturday nights.
C|Police have obtained a Child Abduction Warning Notice against {N|Shane Doyle} in respect of YP.
C|YP refused medical examination; Sexual Assault Referral Centre (St Mary's) contacted for advice.
C|Contact log: Mum called at 09:15 to say {N|Leah} had come home with a new iPhone and a Pandora bracelet.
C|{N|Babajide}'s father informed that the case would be closed to Children's Social Care and stepped down to Early Help.
C|Summary of discussion: professionals agreed YP meets threshold for Section 47 enquiries.
C|Referral reference {X|310559827?} from the Multi-Agency Safeguarding Hub.
C|Outreach worker {N|Hope Adeleke} spent 2 hours with YP at McDonald's on the High Street.
C|Concern: YP has been seen with {N|Will Tanner} and {N|Frank Ashby}, both known to Police for CCE.
C|Parent address for correspondence: {A|8 Cromwell Terrace}, Hebden Bridge {PC|HX7 9DF}.
C|Please find attached the ICPC report for {N|Sophia}. I'm on leave from Friday so copy in {N|Dominic}. Thanks, {N|Gemma}
C|DS {N|Kirkpatrick} advised a Trap House closure order is being sought for the property.
C|Hospital liaison: YP presented at Alder Hey with suspected overdose (paracetamol).
C|YP's name on Discord is {H|voidwalker#0923}; Police cyber team notified.
C|YP's date of birth was given as {D|4th March 2008}, however Home Office records state a different DOB.
C|Sgt {N|Oduya} confirmed that the address is linked to the Bando line.
C|Youth worker observed bruising to YP's forearm. YP stated "football" and would not elaborate.
C|Strategy discussion outcome: proceed to Section 47 single-agency (Police) investigation.
"""

CN2 = """
C|From: {N|Nkechi Eze} To: Exploitation Hub Subject: {N|Daniel Grey} - urgent. Hi team, Daniel was found in a known cuckooed flat this morning. Nkechi
C|Dear Sir/Madam, I am the Designated Safeguarding Lead at {S|Thornbury Vale Academy} and I wish to make a referral regarding a Year 10 pupil.
C|Initials used in minutes at family's request: {N|KM} (YP), {N|J.T.} (stepfather).
C|YP ({N|KM}) and her stepfather ({N|J.T.}) were not present; {N|KM} later told the school nurse that {N|J.T.} had taken her phone.
C|Reporting officer: PC 4471 {N|Haworth}. Incident log 0398 of 21/10.
C|Mum ({N|Comfort Asante}) tel {PH|020 7946 0412}.
C|{N|Hassan} is a Sudanese UASC aged 16 (age disputed). Lives in supported accommodation at {A|22 Belgrave Gardens}, Leicester {PC|LE2 9UR}.
C|The YP's Snapchat username is {H|hass4n.x}; worker has screenshots of messages from an unknown adult.
C|Attendees: {N|Claire Buckley} (SW), {N|Raj Patel} (YOT), DC {N|Emma Stroud}, {N|Nuala Finnegan} (CAMHS), {N|Peter Lam} (Education).
C|Apologies: Dr {N|Sandhu} (GP), {N|Ruth} (Virtual School).
C|CAMHS assessment outcome: low mood, no acute risk; referred to MIND youth service.
C|Contextual safeguarding mapping identified the Bullring, the canal towpath and the McDonald's on Corporation Street as hotspots.
C|YP was last seen wearing a black Trapstar tracksuit and white Air Force 1s.
C|NHS Number: {NHS|943476587?} Please check against PDS.
C|Health record note: {N|Ruby Delacroix} attended sexual health clinic; chlamydia positive; partner details withheld.
C|The Youth Endowment Fund has confirmed funding for the mentoring project until March.
C|Professionals meeting notes - {N|Ayesha Siddiqui} (SW) reported that {N|Zara} had been seen getting into taxis on {A|Leeds Road} after midnight.
C|Taxi firm identified as a local private hire company; Licensing have been informed.
C|The family were previously known to Sheffield Children's Services (2019) for neglect.
C|Father {N|Stanislav Kuznetsov} works away; uncle {N|Artem} is the main carer during the week.
C|Hi {N|Fiona} - quick update: {N|Tyler} was picked up by BTP at Crewe station at 01:40 with £500 and a burner. Speak tomorrow. {N|Neil}
C|Crewe, Stafford and Stoke remain the main hubs for the lines supplied from Liverpool.
C|Missing from care notification: {N|Shannon McAllister}, DOB {D|18/02/2008}, NHS {NHS|6184 0231 5?}.
C|Email from YP's mentor ({E|mentor.danny@example.net}) raising concerns about a recent change in behaviour.
C|YP disclosed that "Uncle {N|Sonny}" (not a relative) gives her alcohol at weekends.
C|School: {S|Ashcombe Girls' School}. Form tutor: Miss {N|Fairclough}.
C|An Early Help Assessment was completed in September; no actions were progressed.
C|{N|Jun Wei} (14) is reported by the school to have large amounts of cash and a new Canada Goose coat.
C|Phone download shows messages from "{N|Big Dee}" and "{N|Ty}" instructing YP to travel to Norwich.
C|Interpreter used: Tigrinya. YP's father {N|Tesfaye} present.
C|This is Child D's third referral since January; all previous referrals closed at screening.
C|Action: {N|Stephen} to liaise with Housing regarding a managed move away from the {A|Beaumont Estate}.
C|Kind regards, Mrs {N|Ahmed}, Attendance Officer
C|The Disclosure and Barring Service check for the volunteer was returned clear.
C|YP was supported to open a TikTok account for her music, {U|https://www.tiktok.com/@lyrical.lex.example}, under supervision.
C|Health visitor noted that the family home at {A|17 Pendle View}, Burnley {PC|BB10 9TY} was cold and lacked food.
C|Dear {N|Hannah}, I hope you're well. I've been asked to contact you about {N|Liam}. Could we speak this week? {N|Siân Pritchard}, Youth Justice Service
C|Transcript of police interview available on request via the CPS Direct portal.
C|Education Welfare Officer {N|Dev Chauhan} carried out a home visit; door not answered.
C|YP (age 16) has been reported missing 23 times in the last 12 months.
C|{N|Joy} and {N|Faith} (twins, 13) both disclosed being given cannabis by an older female.
C|Young person's NHS number is {NHS|705 932 118?} and GP is Dr {N|Hollingworth}.
C|Referral made to the Rescue and Response service for county lines support.
C|PC {N|Mark Jennings} and PC {N|Summer Lowe} attended the address following an anonymous 999 call.
C|Intelligence suggests the line phone ("Tizzy") is now controlled by a 15-year-old.
C|Crime ref {X|280994631?} - possession with intent to supply.
C|Address history: {A|5 Cedar Walk}, Walsall (2018-2021); {A|Flat 3, Orchard House}, Walsall (2021-present).
C|Please use the secure inbox {E|mash.referrals@example.org} only.
C|The YP said her "boyfriend" {N|Kane} is 26 and picks her up from {S|Holly Lodge College}.
C|YP is a fan of Arsenal and attended a match with the mentoring project in November.
C|{N|Bartosz} (16) disclosed working cash-in-hand at a car wash on {A|Station Road} for 12 hours a day.
C|Missing episode summary: left placement 19:00 Friday, returned 15:30 Sunday, reported to have been in Southend.
C|Dear colleagues, please note {N|Adwoa Boateng} has replaced {N|Chris Lomax} as the named Police contact. Regards, MASH Team
C|Worker {N|Eilidh} noted that YP appeared tired and under the influence of cannabis.
C|ADHD diagnosis confirmed by the paediatrician in 2022; medication not currently taken.
C|Contact details: {A|93 Hawthorn Avenue}, Middlesbrough {PC|TS5 9PL}, tel {PH|01632 960 118}.
C|Meeting minutes: {N|Deborah} (chair) asked for updates on the disruption plan.
C|DI {N|Mahmood} reported that Operation Orochi has identified the line holder.
C|YP is currently remanded to HMYOI Wetherby.
C|YP's mother ({N|Patrice}) stated that she had "no idea" YP was going to London.
C|{N|Ama} told her teacher that a man called {N|Ricky} had given her a SIM card.
C|Referral source: GP practice, Dr {N|Farah Qureshi}, via secure e-mail {E|dr.qureshi@gp.example.net}.
C|Young person's brother ({N|Isaac}, 17) is currently on a Youth Rehabilitation Order.
C|The Children's Commissioner's report on child exploitation was discussed in supervision.
C|Concerns: YP's TikTok {H|@lil_k.ayla} shows her in a flat in Bolton with unknown adults.
C|Actions agreed: (1) Police to complete disruption visit; (2) SW to complete home visit by Friday; (3) School to monitor attendance.
C|Case note 22/09 - {N|Rory} refused to engage and walked out of the session after 10 minutes.
C|Agreed that {N|Malachi} will be referred for a mentor via the Boxing Academy.
C|Recorded DOB on Police systems: {D|07/10/2006}; YP states his birthday is 7 November.
C|{N|Bethan} disclosed that a 40-year-old man she met on Omegle had sent her money for images.
C|Social worker's direct line: {PH|0121 496 0877}.
C|Please could I have the CP plan for {N|Oscar} and {N|Poppy}. Thanks, {N|Amrit}
C|School ({S|Ferndale Community High}) advise YP is in isolation most days.
C|YP attended The Proud Trust youth group for LGBTQ+ young people in Manchester.
C|{N|Kwame Owusu-Ansah} (father) is the named person with PR.
C|All agencies agreed the case meets the threshold for a Child Protection Conference.
C|{N|Lily} (13) told the PCSO she was "staying at {N|Dean}'s" but could not give an address.
C|Police log: vehicle registered to {N|Clayton Meade} stopped on the A580 with two 14-year-old girls inside.
C|The youth worker is {N|Storm Kavanagh} and she can be reached on {PH|07700 900 661}.
C|Hi {N|Grace}, I've spoken to {N|Rose} at the Hub. She says Friday works. Thanks, {N|Amber}
C|YP does not have a named school place; the LA's Children Missing Education team is involved.
C|{N|Esra Yılmaz} (YP's mother) speaks Turkish; interpreter booked for the Core Group.
"""

CN3 = """
C|Online safety referral: YP shared a link to a Telegram group {U|https://t.me/joinchat/example_quickcash99} advertising "easy money".
C|Link to the YP's fundraising page was removed: {U|www.example.org/fundraise/justice-for-jojo}.
C|Police have requested removal of the video posted at {U|https://www.youtube.com/watch?v=Xk3example9} which names the victim.
C|Relevant article (not YP-specific): Home Office county lines guidance, available on GOV.UK.
C|Group chat invite found on YP's phone: {U|chat.whatsapp.com/Ex4mpleGr0upL1nk}.
C|YP has a Linktree {U|linktr.ee/drillboi_example} with links to music and a PayPal.
C|Dear {N|Owen}, the ESW portal link for uploading the chronology is {U|https://portal.example.net/cases/upload?id=7781}. Regards, {N|Brid}
C|Mum sent a link to a Facebook post: {U|https://www.facebook.com/example.page/posts/1122} in which YP is named.
C|YouTube channel (drill): {U|youtube.com/c/OTMexampleMusic}; content references the Benny line and threats to rivals.
C|YP's OnlyFans-style page {U|https://fans.example.com/babyk} was reported to the IWF and CEOP.
C|The Report Remove tool (Childline/IWF) was explained to YP and her mother.
C|Leaflet for parents available at {U|https://www.example.org/parents/spotting-the-signs.pdf}.
C|NHS Number {NHS|478 342 601?} - please ensure this is on the CP-IS flag.
C|GP letter: Re: {N|Demetrius Clarke}, DOB {D|26.11.2007}, NHS No {NHS|555 008 143?}.
C|School nurse log: {N|Priyanka} (Year 8) weight below 2nd centile; NHS {NHS|632\u200b908\u200b417?}.
C|Health: YP is registered with Parkside Medical Practice. NHS number {NHS|810 247 366?}.
C|DOB {D|2009-05-14}; NHS number {NHS|901234567?}.
C|Birth date recorded by Home Office: {D|01/01/2007} (assessed); YP says he is a year younger than this.
C|Crime reference {X|530021945?} relates to the assault on 09/08; victim declined to support prosecution.
C|Case number {X|772 104 338?} on the Police system (MISPER).
C|Local authority ID {X|120488371?}; please quote on all correspondence.
C|Invoice {X|493102778?} for the residential placement was queried by Finance.
C|Housing application ref {X|8810 4459 3?} (homeless 16-17 year old joint protocol).
C|Tell Us Once reference {X|605 117 249?} used in error; this is not an NHS number.
C|Contact from {E|maria.santos [at] example [dot] org} (YP's college tutor) expressing concerns about absence.
C|Second e-mail address used by stepfather: {E|gazza1979 at example dot net}.
C|YP gave her Instagram as {H|@princess.nia.x} and her Snapchat as {H|niiaa_bb}.
C|Devices seized; Snapchat account {H|m0ney.m1ke} linked to multiple under-16s.
C|YP's Xbox gamertag is {H|SilentReaper771}; adult players had been sending him Robux and V-Bucks.
C|Discord user {H|n1ghtcrawler#0042} was reported to CEOP by the school.
C|YP is engaged with Switch (SafeLives) and has attended 4 sessions.
C|Mentor from Street Doctors attended and delivered a first-aid session.
C|Present: {N|Gabriel Nwosu} (SW), {N|Áine Ní Bhriain} (Tusla liaison), PC {N|Joy Ferreira}.
C|{N|Mihai Popescu} and {N|Ana-Maria Popescu} (parents) attended with a Romanian interpreter.
C|YP's grandmother {N|Dorothy} lives at {A|Flat 4, 61 Rectory Road}, Sunderland {PC|SR2 9JD}.
C|Placement address: {A|Larkspur House, 9 Quarry Hill}, Telford {PC|TF3 9AW}.
C|Father's address (no contact order): {A|203 Bramley Crescent}, Nottingham {PC|NG5 9EX}.
C|YP was found at an address on {A|Fitzroy Street} in Cambridge; occupant arrested.
C|Concerns about the {A|Windmill Lane} flats where several YP have been seen.
C|New address: {A|Apartment 12B, Riverside Quay}, Salford {PC|M50 9YU}.
C|The address {A|66 Kenilworth Drive}, {PC|CV8 9NB} has been flagged as a cuckooed property.
C|Mother's postcode {PC|EH11 9QR}; YP stays between Edinburgh and Glasgow.
C|Temporary accommodation in {PC|CF24 9HA} (Cardiff) from Monday.
C|YP gave her postcode as {PC|b23 9xz} but no such address exists on the database.
C|Prev. address {PC|G51 9SN} (Govan).
C|Belfast Trust contact: {N|Ciara Quinn}, tel {PH|028 9649 6120}.
C|Cardiff office: {PH|029 2018 0544}. Ask for {N|Rhodri}.
C|The unknown caller used {PH|+44 7700 900 972} and withheld their name.
C|YP read out the number as "{PH|zero seven seven zero zero nine zero zero three one four}".
C|Burner number recovered: {PH|07700\u200b900\u200b886}.
C|Out of hours: {PH|0141 496 0099}.
C|Evening duty worker {N|Lucas Moreau} logged the call at 23:48.
C|School: {S|St Joseph's R.C. Primary} (sibling) and {S|Highfield Grove School} (YP).
C|YP has a place at {S|Westbury Park College} from September (Level 2 Motor Vehicle).
C|Education history: {S|Langdale Junior School}, {S|Kingsmead Academy}, then home educated.
C|YP attends {S|Brookside Learning Centre} (alternative provision) three days a week.
C|Health Visitor {N|Blessing Okafor} visited; baby {N|Nevaeh} thriving, mum ({N|Chantelle}) low in mood.
C|Sibling DOBs: {N|Eli} {D|03/02/2012}, {N|Isla} {D|19/08/2015}.
C|YP's birthday is 14 February; she will turn 16 this year.
C|YP's D.O.B. {D|5/5/09} as per school records.
C|DOB: {D|13 Sept 2010}. Age at referral: 13.
C|YP ({N|Fionn}) said he was born on {D|the 2nd of July 2007}.
C|Re: {N|Koby}, DOB {D|08-12-2008} - please see attached Police notification.
C|Mr and Mrs {N|Bianchi} have asked that the school contacts them by e-mail at {E|bianchi.family@example.com}.
C|Teaching assistant {N|Dolores} noticed YP had two phones in her blazer.
C|Approved by Service Manager {N|Wendy Farrow-Hughes} on 12/01.
C|{N|O'Connell} (YP's surname) to be withheld from the minutes distributed to school.
C|YP was referred to the Children's Society's Disrupting Exploitation programme.
C|Child E told the PCSO that "the man from Chester" gave him a lift to Preston.
C|Tuesday's panel noted an increase in CCE referrals linked to the Tesco Extra car park.
C|YP watches Love Island and wants to be an influencer; concerns about grooming via "modelling" offers.
C|YP reports that Frank (Talk to FRANK) was useful for information on ket and MDMA.
C|Risk factors: NEET, missing episodes, older associates, unexplained gifts.
C|The MARAC met on Wednesday 6 March; the case was heard as a repeat referral.
C|Information received from Crimestoppers (anonymous) regarding a flat above the barber's in Moss Side.
C|Dear {N|Lorna}, Thank you for the referral. We have allocated {N|Kasim Javed} as the worker. Best, Catch22 Rescue and Response
C|Sgt {N|Bill Hennessy} and PCSO {N|Destiny Obi} conducted a visit to the premises.
C|{N|Xavier}, {N|Kyrie} and {N|Tj} were all seen on CCTV at the Metro station.
C|{N|Nhung} disclosed she was brought to the UK by "Auntie {N|Linh}" and made to work in a nail bar in Coventry.
C|Nail bar owner ({N|Tran Van Duc}) arrested on suspicion of modern slavery offences.
C|YP states he was recruited in Kirkby by someone called "{N|Scouse Dave}".
C|Lawyer: Ms {N|Ferguson-Adeyemi}, solicitor, attending Police station on YP's behalf.
C|Appropriate Adult: {N|Derek}, from The Appropriate Adult Service.
C|Police officer in the case: DC {N|Ffion Rees-Jones}, Dyfed-Powys Police.
C|Contact YP's mother on {PH|07700 900 237} or e-mail {E|nicola.b77@example.net}.
"""

YP3 = """
Y|heres the link to the group they sent me {U|https://discord.gg/examplegang}
Y|follow my page {U|www.instagram.com/tia_vibezz_example} i post about mental health
Y|the video of my friend got posted here {U|https://www.tiktok.com/@exposed.example/video/7301} pls get it took down
Y|my dob {D|17.8.08}, i live with my nan
Y|born {D|4 April 2011} so im 13
Y|my snapchat is {H|lilbabyj_04} but dont add me if ur a creep
Y|they found me on roblox my user was {H|xXdarkangelXx2010}
Y|tt: {H|@amara.lynn}
Y|hit me up on insta {H|@kidd_kofi}
Y|email me {E|jade.marie.2009@example.com} i'll tell u more
Y|my nhs number is {NHS|412 887 903?} if that helps i dont know why u need it
Y|i live at {A|no 9 Beech Road} {PC|S6 9LP} and theres a trap house opposite
Y|{N|tomasz} got beat up by them for owing 50 quid
Y|me n {N|hope} n {N|grace} told the teacher n she didnt believe us
Y|Mr {N|Obi} is sound but Mrs {N|Walsh} just shouts
Y|the place is on {A|Clarence Street} by the bookies
Y|i go {S|Saint Wilfrid's} it's ok
Y|{N|Wiremu} is my boyfriend, he's from new zealand and he keeps me safe
Y|numbr of the man who tried to pick me up {PH|07700 9OO 45O}
Y|{N|jess} is on a tag now lol
"""

YP4 = """
Y|{N|Hope}, {N|Will} n {N|Grace} r the only ones i trust in the whole of {S|Ridgeway Academy}
Y|wen {N|Big Jack} nd {N|lil tommo} come round evry1 goes quiet
Y|my mums bf {N|Wayne} sells out the house n my mum says nothin
Y|{N|Mariam}, {N|Hibo} and {N|Ubah} are somali like me and the boys at the mosque say we bring shame if we talk
Y|i was with {N|Declan} and {N|Ciara} at the bonfire when the car pulled up
Y|{N|frankie} got me into it, {N|mikey} kept me in it
Y|me n {N|Kai} got offered £100 each by {N|Little Zee} to take a bag to Ipswich
Y|dont tell {N|Shanice} i wrote this she'll kill me
Y|{N|Gwen} from the youth club and {N|Dafydd} the coach helped me when things got bad
Y|{N|Emeka}'s older brother is the one who runs it round our way
Y|i rang {N|Joanne} at the YOT and she came straight away even tho it was late
Y|my step dad {N|Darren Pickering} used to make me deliver parcels to his mates
Y|{N|Rosie}, {N|Liberty} and {N|Mercy} all got approached at Leeds bus station the same week
Y|a boy called {N|Eryk} said his dad makes him sell cigarettes from Poland in the park
Y|{N|Pawel} n {N|Kuba} were the ones who got caught not the big man
Y|honest to god {N|Nasra} is the bravest person i know she reported them
Y|my nan {N|Maureen} is the only one who knows, pls dont contact her
Y|{N|Lenny} says he's 16 but hes deffo 20 something
Y|{N|Tayo} and {N|Kemi Adewale} from church run a group for girls its safe
Y|the lad who got me out was {N|Josh Bell} from the youth team at the council
Y|nobody believed {N|Chanel} when she said Uncle {N|Mo} was touching her, now hes gone to jail
Y|{N|Mustafa}, {N|Ahmet} ve {N|Emre} work at kebab shop, boss not paying them, they are 15
Y|{N|Bayo} was the one who showed me how to hide it in my sock
Y|{N|Amina Diallo} told me the men at the hostel take girls' passports
Y|me and {N|Sanjay} got jumped at the Wetherspoons by lads from the other estate
Y|{N|Dev} is my cuz and he got me the job at the phone shop that was a front
Y|i asked Sister {N|Bernadette} at school for help and she called my mum instead
Y|{N|Luca} and {N|Matteo} r brothers and they run the snap group with the younger kids
Y|{N|Caitlin} from Newry got taken across the border by an older fella
Y|{N|Gracie-Lou} is 12 and already vaping and the man who sells them is creepy
Y|{N|Ryan Mc} is what we call him dunno his real name
Y|{N|Blessing} said her aunty brought her over from Nigeria to do housework and never let her go school
Y|{N|Vusi} and {N|Thabo} are my mates from the estate n they dont do that stuff
Y|{N|Huong} my friend in the nail shop cries every day
Y|my email {E|storm.k2010 (at) example (dot) com}
"""

CN4 = """
C|Present: {N|Helen Marsh} (Chair, IRO), {N|Yusuf Ali} (SW), {N|Grace Achebe} (School), PC {N|Dominik Wolski}, {N|Sandra} (Mum).
C|{N|Jessica Harrow}, {N|Ben Harrow} and {N|Ethan Harrow} (siblings) are all subject to Child Protection Plans under the category of neglect.
C|Hi {N|Fatou}, {N|Ibrahima} has missed his last 3 appointments at the clinic. Could you chase? Thanks, {N|Moira}
C|Regards, {N|Tomás Ó Súilleabháin}, Senior Practitioner, Exploitation and Missing Team
C|Cc: {N|Jonathan Lake}; {N|Aaliyah Rahman}; {N|Natasha Petrenko}
C|Associates identified via phone download: "{N|Kojo}", "{N|Sticks}", "{N|Lil Ace}" and "{N|Marcel}".
C|{N|Dion Baptiste} (18) is believed to be the line holder; {N|Kymani} (15) is running for him.
C|Sgt {N|Okoye} and DS {N|Rachel Kerr} interviewed {N|Callum Reid} under caution.
C|{N|Rabia} said her husband {N|Imran} (aged 24) married her in Pakistan when she was 15; Forced Marriage Unit informed.
C|{N|Agnieszka Wójcik} (mother) reported that {N|Filip} had not returned from school.
C|{N|Mohamed Abdullahi} and {N|Kadra} (parents) agreed to the safety plan.
C|Email chain: {N|Louise} to {N|Ahmed}: "Can you confirm the YP is still at the address?" {N|Ahmed}: "Yes, seen today."
C|Mentoring sessions with {N|Femi Ogunleye} have resumed; {N|Zack} reports enjoying them.
C|{N|Angharad Price}, Hwb Exploitation Lead, Cyngor Sir, attended remotely.
C|YP named {N|Jimmy Nolan}, {N|Paddy Ward} and "the Cousin" as the men who held her at the caravan.
C|Social worker {N|Memory Chikwanha} confirmed the visit took place.
C|{N|Ruby} and {N|Jade} (foster carers, same-sex couple) have asked for additional respite.
C|{N|Stacey-Leigh} disclosed that {N|Robbie} had shared images of her in a group chat.
C|Dr {N|Kowalski} (paediatrician) noted injuries consistent with the account given.
C|Contact recorded: 14:05 phone call from Ms {N|Henderson} (Year Head) about {N|Patience}.
C|NHS no: {NHS|402 317 895?}; DOB {D|11/11/2011}; GP Dr {N|Venkatesh}.
C|NHS {NHS|606 021 934?} confirmed via the Spine; previous number on file was incomplete.
C|Patient NHS Number: {NHS|721 554 300?}.
C|NHS number (from SystmOne): {NHS|316504987?}.
C|The YP's NHS no. is {NHS|850 614 027?} and he is registered at Riverside Health Centre.
C|NHS: {NHS|999 888 777?}.
C|NHS number {NHS|604 221 918?}, allergy: penicillin.
C|Mother's NHS number {NHS|113 552 679?} recorded in error on YP's file; removed.
C|Baby NHS no. {NHS|506 070 812?}.
C|Discharge summary for {N|Oksana} (NHS {NHS|244 301 657?}) forwarded to the GP.
C|E-mail {E|ayo.adewale@example.net} and {E|project.team@example.org} have been added to the distribution list.
C|Please reply to {E|hub-duty [at] example [dot] net} rather than to me directly.
C|YP's college e-mail: {E|s.kowalczyk23@student.example.org}.
C|Grandmother asked to be contacted via {E|nanamags@example.com}.
C|Family's preferred contact: {E|the.mensah.family@example.org}.
C|Online referral form: {U|https://forms.example.org/cce-referral}.
C|YP's SoundCloud {U|soundcloud.com/youngdee-example} includes lyrics about the line.
C|Blog post naming YP found at {U|http://localgossip.example.net/2024/who-snitched}.
C|Temporary address {A|Room 7, Ashbourne Lodge, 14 Priory Road}, Hull {PC|HU5 9RB}.
C|Reference {X|440218739?} quoted by the Police in error; confirmed not an NHS number.
"""

CLEAN = """
Y|will anyone actually read this or is it just for show
Y|i hope the police read this and do better
Y|amber warning on the weather app and still the olders had us out on the bikes
Y|got a jack wills hoodie off a man i didnt know, should of known then
Y|my mum wears Ted Baker to work and the man said he'd get her stuff too
Y|they use stanley knives mostly not the big rambos
Y|sky blue is the colour of the gang round here cos of Man City lol
Y|summer holidays are the worst time, six weeks of nothing
Y|ruby red trackies is how u know whos in that crew
Y|joy riding was the first thing they got us doing
Y|frank is the website not a person, i used it to check what ket does
Y|faith is important to me, i go mosque and it keeps me away from it
Y|Grace Darling Day at school and all i could think about was the lads at the gate
Y|Lincoln, Boston, Grantham, the lines go all over Lincolnshire
Y|we went to Chester Zoo on a school trip and a man followed us round
Y|Sarah's Law should be for all kids not just for parents who know about it
Y|dont let them tell u its ur fault cos its not
Y|eastenders did a storyline about this and my mum cried
C|No names were given by YP during the session; she referred to the adults only as "the olders".
C|Clare's Law and Sarah's Law disclosures were both considered and not progressed.
C|Operation Grace (Police) and the Hope Project (voluntary sector) will share intelligence monthly.
C|Amber risk: review in 4 weeks. Red risk: review weekly.
C|Jack Petchey Award presented to the youth council on Friday.
C|Dear all, apologies for the late circulation of the minutes. Kind regards, MACE Coordinator
C|Morning all, quick reminder that the Exploitation Panel moves to Wednesdays from next month. Thanks, Safeguarding Team
C|Child F's mother was unable to attend; a home visit has been arranged instead.
C|The Stanley Road surgery (not YP's GP) was contacted in error.
C|Young people in the focus group asked for more female workers and later opening hours.
C|YP identifies as non-binary and uses they/them pronouns; all agencies to use these.
C|The Youth Work Week event at the Civic Hall was attended by 40 young people.
"""

# ---------------------------------------------------------------------------------------------------------------
import json, random, re, sys, collections, os

TYPES = {'N': 'NAME', 'PH': 'PHONE', 'E': 'EMAIL', 'PC': 'POSTCODE', 'A': 'ADDRESS', 'S': 'SCHOOL', 'H': 'HANDLE',
         'U': 'URL', 'D': 'DATE_OF_BIRTH', 'NHS': 'NHS_NUMBER'}
MARK = re.compile(r'\{(N|PH|E|PC|A|S|H|U|D|NHS|X)\|([^{}|]*)\}')
STYLE = {'Y': 'young_person', 'C': 'case_note'}


def mod11(nine):
    """Check digit for 9 digits, or None if the number would be invalid (check 10)."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - total % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def passes_mod11(ten):
    c = mod11(ten[:9])
    return c is not None and c == int(ten[9])


def fill(kind, surface, where):
    if kind not in ('NHS', 'X') or '?' not in surface:
        return surface
    assert surface.endswith('?'), where
    nine = re.sub(r'\D', '', surface[:-1])
    assert len(nine) == 9, (where, surface)
    c = mod11(nine)
    if kind == 'NHS':
        if c is None:
            sys.exit('NHS stem gives check digit 10, change it: %r' % where)
        return surface[:-1] + str(c)
    # trap: pick a digit that fails
    return surface[:-1] + ('3' if c is None else str((c + 5) % 10))


def parse(line):
    style, body = line.split('|', 1)
    out, spans, pos, traps = [], [], 0, 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        kind, surf = m.group(1), fill(m.group(1), m.group(2), line)
        start = sum(len(x) for x in out)
        out.append(surf)
        if kind == 'X':
            traps += 1
        else:
            spans.append({'start': start, 'end': start + len(surf), 'type': TYPES[kind]})
        pos = m.end()
    out.append(body[pos:])
    text = ''.join(out)
    assert '{' not in text and '}' not in text, line
    return STYLE[style], text, spans, traps


WORDS = {'zero': '0', 'oh': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6',
         'seven': '7', 'eight': '8', 'nine': '9'}
DRAMA = ['07700900', '02079460', '01134960', '01144960', '01154960', '01164960', '01174960', '01184960',
         '01214960', '01314960', '01414960', '01514960', '01614960', '01914980', '02920180', '01632960', '02896496']


def phone_digits(s):
    s = s.lower().replace('+44', '0')
    s = re.sub(r'\b(' + '|'.join(WORDS) + r')\b', lambda m: WORDS[m.group(1)], s)
    s = s.replace('o', '0').replace('l', '1').replace('i', '1')
    s = re.sub(r'\D', '', s)
    if s.startswith('00'):
        s = s[1:]
    return s


def email_norm(s):
    s = s.lower()
    s = re.sub(r'\s*[\[\(]\s*at\s*[\]\)]\s*|\s+at\s+', '@', s)
    s = re.sub(r'\s*[\[\(]\s*dot\s*[\]\)]\s*|\s+dot\s+', '.', s)
    return s


TITLE = re.compile(r'^(mr|mrs|ms|miss|mx|sister|fr|dr|dc|ds|di|pc|pcso|sgt|insp|nurse|aunty|auntie|uncle|nan|nanna)\b\.?\s',
                   re.I)
POSTCODE = re.compile(r'^[A-Z]{1,2}\d[A-Z\d]?\s?9[A-Z]{2}$', re.I)
DOBYEAR = re.compile(r"(19|20)\d\d|[./-]\d\d$|'\d\d")
DIGRUN = re.compile(r'\d(?:[ \u200b-]?\d)*')


def check(style, text, spans, line):
    seen_end = 0
    for sp in spans:
        a, b, t = sp['start'], sp['end'], sp['type']
        st = text[a:b]
        assert b > a, line
        assert st == st.strip(), ('edge whitespace', line)
        assert a >= seen_end, ('overlap/order', line)
        seen_end = b
        if t == 'NAME':
            assert not TITLE.match(st), ('title inside NAME', line)
            assert not st.endswith("'s"), ('possessive inside', line)
        elif t == 'PHONE':
            d = phone_digits(st)
            assert len(d) == 11 and any(d.startswith(p) for p in DRAMA), ('phone not drama range', st, d)
        elif t == 'EMAIL':
            e = email_norm(st)
            m = re.fullmatch(r'[a-z0-9._%+-]+@([a-z0-9.-]+)', e)
            assert m, ('email form', st, e)
            dom = m.group(1)
            assert re.fullmatch(r'(?:[a-z0-9-]+\.)*example\.(com|org|net)', dom), ('email domain', st)
        elif t == 'POSTCODE':
            assert POSTCODE.match(st), ('postcode', st)
        elif t == 'DATE_OF_BIRTH':
            assert DOBYEAR.search(st), ('dob year', st)
        elif t == 'NHS_NUMBER':
            d = re.sub(r'\D', '', st)
            assert len(d) == 10 and passes_mod11(d), ('nhs', st)
    nhs = [(s['start'], s['end']) for s in spans if s['type'] == 'NHS_NUMBER']
    traps = 0
    for m in DIGRUN.finditer(text):
        d = re.sub(r'\D', '', m.group())
        if len(d) != 10:
            continue
        if any(a <= m.start() and m.end() <= b for a, b in nhs):
            continue
        assert not passes_mod11(d), ('unlabelled 10-digit run passes Mod 11', line)
        traps += 1
    return traps


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows, seen = [], set()
    trap_runs = 0
    marked_traps = 0
    for block in (YP1, YP2, YP3, YP4, CN1, CN2, CN3, CN4, CLEAN):
        for line in block.strip('\n').split('\n'):
            line = line.strip()
            if not line:
                continue
            assert line[:2] in ('Y|', 'C|'), line
            style, text, spans, tr = parse(line)
            marked_traps += tr
            key = text.lower()
            assert key not in seen, ('duplicate', line)
            seen.add(key)
            trap_runs += check(style, text, spans, line)
            rows.append({'style': style, 'text': text, 'spans': spans})
    random.Random(20261205).shuffle(rows)
    with open(os.path.join(here, 'set_h.jsonl'), 'w', encoding='utf-8') as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({'id': 'h%04d' % i, 'style': r['style'], 'text': r['text'], 'spans': r['spans']},
                               ensure_ascii=False) + '\n')
    by_style = collections.Counter(r['style'] for r in rows)
    clean = collections.Counter(r['style'] for r in rows if not r['spans'])
    types = collections.Counter(s['type'] for r in rows for s in r['spans'])
    print('lines: %d' % len(rows))
    for k in sorted(by_style):
        print('  %s: %d (clean %d)' % (k, by_style[k], clean[k]))
    print('clean lines: %d' % sum(clean.values()))
    print('spans: %d' % sum(types.values()))
    for k in sorted(types):
        print('  %s: %d' % (k, types[k]))
    print('unlabelled 10-digit runs failing Modulus 11: %d (of which marked traps: %d)' % (trap_runs, marked_traps))


if __name__ == '__main__':
    main()
