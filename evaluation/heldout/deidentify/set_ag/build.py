#!/usr/bin/env python3
"""Build the hand-written evaluation set set_ag (standard library only).

Each data line is "Y: text" (young_person) or "P: text" (practitioner);
identifiers are marked inline as {TYPE|value}; a literal \\n in a line is a newline.
"""

DATA = r'''
# ---------------- young_person, with identifiers ----------------
Y: where i feel unsafe is the bus station at night cos {NAME|Kyle} and his lot hang there and they always ask me to hold stuff for them
Y: my mate {NAME|Precious} helped me, she let me stay at hers on {ADDRESS|Carlton Street} when mum kicked me out
Y: NOBODY HELPED ME EXCEPT {NAME|TUNDE} HE IS MY COUSIN AND HE DROVE ALL THE WAY FROM LUTON
Y: {NAME|Lil Dev} keeps messaging me on snap {HANDLE|@devvy.x7} sayin i owe him
Y: ther was a man called {NAME|gaz} who use to give us lifts in his car and buy us vodka from the offy
Y: {NAME|Aoife} from youth club is sound she actually listens to u
Y: i dont feel safe at home cos my step dad {NAME|Darren} shouts and throws stuff at the wall
Y: in the alley behind {SCHOOL|St Bede's} theres older lads sellin every dinner time
Y: me n {NAME|Shay} got took to a flat in {ADDRESS|Holloway Court} and we wasnt allowed to leave til morning
Y: got a message off someone called {HANDLE|xx_bigmoney_xx} on insta saying they could get me paid quick
Y: {NAME|Big Mo} runs the line round here and everyone knows it but nobody says nothing
Y: my keyworker {NAME|Sandra} is the only one who actually rings me back
Y: the boys from {SCHOOL|Kingsmead} jump people outside the chicken shop on the high street
Y: ring me on {PHONE|07700 900417} if u want to no more, dont tell my mum tho
Y: i feel unsafe around {NAME|Jordan Mensah} he showed me a blade in the toilets at {SCHOOL|Highfield Academy}
Y: wen i went missing i was at {NAME|Kacper}s flat {ADDRESS|14 Linden House} the whole weekend
Y: my nan helped me and so did Mrs {NAME|Okafor} from the office at school
Y: {NAME|hope} is my best friend she come to the police station with me and waited 4 hours
Y: {NAME|Will} and {NAME|Mark} keep adding me to group chats with older men in them
Y: a girl called {NAME|Summer} from {SCHOOL|Oakwood High} got me into it, she said it was easy money
Y: naebody helped me really. {NAME|Ally} the polis guy wis alright but
Y: {NAME|Rhys} and {NAME|Ffion} from the youth club helped me loads when i was in a bad way
Y: yer man {NAME|Cathal} keeps textin me off a withheld number im scared of him
Y: my cousin {NAME|Thanh} said i had to work in the nail bar to pay back the money for getting here
Y: {NAME|Hodan} and {NAME|Ayaan} were there for me when nobody else was
Y: my uncle {NAME|Marian} sends me to take bags to people i dont know in other towns
Y: brother {NAME|Yousef} from the mosque youth group helped me get away from them
Y: dont go near {NAME|Jermaine}s crew they got guns
Y: {NAME|Rebin} at the car wash made me stay til midnight and didnt pay me nothing
Y: {NAME|Emre} told me to delete all my messages before the police took my phone
Y: {NAME|Tiago} and {NAME|Inês} from my class looked after me on the trip
Y: my sister {NAME|Oliwia} is the one who told the teacher, im glad she did now
Y: his snap is {HANDLE|kingkaz_07} and he adds all the year 8s
Y: this is his page {URL|https://www.instagram.com/rico.the.don44} he posts pics of money and that
Y: my email is {EMAIL|kayla.b2010@hotmail.co.uk} if u need me for the voucher
Y: {NAME|AMIRA} KNOWS EVERYTHING ASK HER NOT ME
Y: tbh {NAME|jj} is the one who got me robbed, he set it up
Y: im 14 my birthday is {DATE_OF_BIRTH|12th june 2011}
Y: i live at {ADDRESS|22 Albion Terrace} {POSTCODE|BD7 2QT} if u need to send the voucher
Y: we stay at {ADDRESS|Meadow View} its a childrens home, the staff are ok but {NAME|Kev} the night staff is weird with the girls
Y: my name is {NAME|Chiamaka Eze} and i dont want anyone to know i wrote this
Y: if u need him text {PHONE|o77oo 9oo 862} but dont say i gave u it
Y: {NAME|Dawn} my social worker is ok, {NAME|Frank} the old one was useless
Y: the man in the blue audi said to call him uncle {NAME|Rav} and he bought us mcdonalds
Y: i worry about {NAME|Sky} and {NAME|River} my little brothers when im not there
Y: {NAME|Lil Jay} got stabbed near the chippy and nobody rang an ambulance for ages
Y: add me on xbox {HANDLE|SilentReaper9} lol
Y: theres a discord server where they recruit, the admin is {HANDLE|nightowl#4471}
Y: {NAME|Paddy} on the site is always about and he looks out for us kids
Y: our trailer is on {ADDRESS|Pitch 3, Greenacre Lane} and the police come round a lot
Y: hes called {NAME|Rocky} but his real name is {NAME|Mihai} and he's about 25
Y: at {SCHOOL|Brookfield PRU} the staff actually care, mr {NAME|ellis} is the best one
Y: {NAME|KAYDEN} AND {NAME|TY} MADE ME CARRY IT IN MY BRA
Y: feel unsafe at {NAME|Nathan}'s house cos his dad is always drunk
Y: i was stayin at {ADDRESS|flat 6, 41 Norfolk Road} with people i met online
Y: idk his real name everyone calls him {NAME|Smokey}
Y: my best m8 {NAME|Gracie-Mae} always has my back
Y: whoever reads this pls help {NAME|Zainab} she is still going to them parties
Y: me and {NAME|Bilal} got nicked in Bradford but we was only there cos {NAME|Haroon} sent us
Y: there was a lady called {NAME|Bernie} who ran the house and she took our phones off us
Y: {NAME|Ngozi} is my foster carer and shes the best thing thats happened to me
Y: i am scared of Mr {NAME|Hughes} from next door he watches us from the window
Y: the guy who picks us up is {NAME|Stevie B} he drives a white van
Y: my dad {NAME|Gary Holt} is in prison and his mates still come round
Y: {NAME|YOUNG SNIPEZ} IS THE ONE THAT DOES THE DROPS
Y: {NAME|Young Kido} sent me a voice note saying he knows where i live
Y: im at {SCHOOL|Castle View College} now doing mechanics and its better than school was
Y: the only person i trust is {NAME|Ruby} my youth worker and my dog lol
Y: {NAME|jade} and {NAME|amber} from my estate got me involved, they said we were just going to a party
Y: i live on the {ADDRESS|Thornbury} estate and its proper bad at night
Y: can u tell Ms {NAME|Adebayo} i said thanks for everything
Y: dnt feel safe nowhere tbh. {NAME|Luca} follows me home from the bus stop
Y: my ex {NAME|Connor} put pics of me on a page {URL|snapchat.com/add/connz.x} and everyone seen it
Y: WEN I WAS AT {NAME|DANIEL}S HOUSE HIS BROTHER TRIED IT WITH ME
Y: {NAME|Joy} at the drop in helped me get my phone back and sorted me a sim
Y: they had me on a line called the {NAME|Deano} line, i was answering the phone for them
Y: i owe {NAME|Big Sully} 400 quid and he says i have to work it off
Y: i went to {SCHOOL|Ysgol Glan Morfa} before we moved, it was better there
Y: my wee brother {NAME|Callum} is only 11 and theyre already talking to him
Y: hes on tiktok as {HANDLE|@milliemayxo} pretending to be a girl
Y: my phone number is {PHONE|07700900 233} text dont ring
Y: {NAME|Faith} and her mum let me stay there when i had nowhere, they live on {ADDRESS|Grange Avenue}
Y: {NAME|Kwame} helped me, and the woman from the pru
Y: i was born {DATE_OF_BIRTH|2009-08-30} if thats what u need
Y: got told to meet {NAME|Sasha} behind Morrisons and she had a bag for me
Y: {NAME|Dmitri} and {NAME|Andrei} are brothers, one is nice the other one is not
Y: {NAME|mo} said hed sort me out if i did one more run
Y: i dont want Mrs {NAME|Patel} to no about this she will tell my dad
Y: the house on {ADDRESS|Victoria Street} by the launderette is where they keep it
Y: my mates {NAME|Kai}, {NAME|Lewis}, and {NAME|Ollie} all got pulled in at the same time
Y: i miss {NAME|Nadia} she got moved to a placement in Wales
Y: {NAME|Precious} and {NAME|Blessing} my sisters are the reason i kept going
Y: my email is {EMAIL|dont_ask_me99 (at) gmail [dot] com} lol
Y: after school i go to {NAME|Hamza}'s and we play fifa
Y: MY SOCIAL WORKER {NAME|KAREN} NEVER TURNS UP, 3 TIMES SHE SAID SHE WAS COMING
Y: hes called {NAME|Tank} cos hes massive
Y: me and {NAME|Saoirse} went to a party in a house in {ADDRESS|Ardmore Park} and there were loads of older men
Y: the teacher at {SCHOOL|Cardinal Newman} said she would help but nothing happened
Y: they put me in {ADDRESS|Oak Lodge} after i ran off the 3rd time
Y: i didnt feel safe with Mr {NAME|Shah} the PE teacher, he asked me to stay behind on my own
Y: {NAME|Chen Wei} is the only one in my class who talks to me
Y: {NAME|Fatima}s brother is the one that gave me the phone
Y: at {NAME|Leon}s cousins house they give us weed for free then say we owe them
Y: {NAME|grace} from the church youth club drove me home when i was stranded
Y: my foster mum {NAME|Linda} is strict but fair
Y: {NAME|Dylan-James} and {NAME|Tyreece} from my old school are in it now
Y: {NAME|Bobby} from the traveller site got me a job but it wasnt a real job
Y: add me {HANDLE|@lil_k3sh} or ring {PHONE|+44 7700 900 518}
Y: my mum {NAME|Tracey} doesnt know im writing this and i dont want her to
Y: i used to go {SCHOOL|Saint Anne's} then {SCHOOL|Westfield} but got kicked out of both
# ---------------- young_person, clean ----------------
Y: town centre on a friday night is bad especially round the bus station and the kfc
Y: i feel unsafe in the park after dark cos theres no lights and people smoke there
Y: i hope things get better. will the police actually do anything this time
Y: Childline helped me when i rang 0800 1111 at 3am
Y: mum and nan are the only ones i trust
Y: dont no
Y: NOTHING ELSE
Y: snapchat is where most of it happens tbh, people add u then ask for pics
Y: the police came round on tuesday but they didnt do nothing
Y: i like going to nandos with my mates and watching united on sky sports
Y: mark my words it will get worse in summer when everyone is out
Y: the metro late at night, specially Piccadilly Gardens
Y: i got told to jack it in and i did. feel better now
Y: may be the youth centre but only when its busy
Y: im not being funny but the school nurse was more help than CAMHS
Y: Primark in town, people follow u round there
Y: i just want to be left alone
Y: the bus from Leeds to Bradford late at night is scary
Y: KING STREET AND THE ARNDALE
Y: Dad helped me the most and my auntie
Y: the Police were alright to be fair
Y: no one helped, i sorted it myself
Y: n/a
Y: i feel safe at home and at school, its the journey between thats bad
Y: train stations are the worst, New Street especially
Y: grace at the end of dinner is boring lol but the church is safe
Y: i would sue them if i could
Y: it was a rose gold iphone they took off me
Y: the river by the retail park is where people go to fight
Y: my amber warning at school was for being late not for anything bad
Y: frank conversations with my teacher help, she dont judge
Y: i go to the Boys and Girls Club on a wednesday and its mint
Y: feel unsafe on tiktok live, people say horrible stuff
Y: the Samaritans number is 116 123 i rang it once
Y: i watch Love Island and Top Boy and thats about it
Y: Liverpool FC and Everton fans fight near the ground
Y: sum1 at youth club helped but i dont want to say who
Y: maybe more lights in the underpass and more police on the buses
Y: joy is something i dont feel much anymore
Y: dawn is when they usually let us go home
Y: the bill came round looking for me twice
Y: i feel like a king when im with my mates but thats not safe is it
Y: hunter wellies lol no im joking. nothing else to add
Y: faith in the police is low round here
Y: WHY DO U NEED TO NO THIS
Y: Aldi car park after 9
Y: the job centre sent me to Prince's Trust and that helped
Y: in Glasgow the subway at night, Buchanan Street is fine but not the wee stations
Y: Belfast city centre is grand but the interface areas are a no go
Y: Cardiff Bay is ok in the day
Y: Ruby Murray, thats slang for curry, thats all i have to say about chip shops
Y: Mum says its cos of Covid that everyone is like this
Y: i started going to the Fearless website to report stuff
Y: the McDonalds in the retail park is where they wait for kids after school
Y: jade green hoodies is what they all wear
Y: the A and E at the childrens hospital was good to me
Y: i will be ok i think
# ---------------- practitioner, with identifiers ----------------
P: Strategy meeting held 14/02.\nPresent: {NAME|JT} (SW, chair), PC {NAME|Lowe} (CSE/CCE team), {NAME|RB} (DSL), {NAME|Helen Marsh} (School Nurse).\nChild: {NAME|KM}, 15, DOB {DATE_OF_BIRTH|03/11/2009}.
P: Hi {NAME|Sarah},\nThanks for the call earlier re {NAME|DO}. I have spoken with Mum and she agrees to the referral.\nKind regards,\n{NAME|Priya}
P: Return home interview completed with {NAME|Tyler Brooks} ({DATE_OF_BIRTH|21.05.2010}). Tyler stated he had been staying with a male known as "{NAME|Snowy}" at an address on {ADDRESS|Elm Grove}.
P: {NAME|Tyler} refused to give further details about "{NAME|Snowy}". Concerns remain.
P: Referral from {SCHOOL|Parkside Academy}: {NAME|Leah Whitfield} (Y10) seen getting into a silver car outside the school gates on three occasions.
P: Name: {NAME|Mohammed Rashid}\nDOB: {DATE_OF_BIRTH|7 Jan 2008}\nAddress: {ADDRESS|15 Wharf Road}, Stockport {POSTCODE|SK4 3LP}\nNHS No: {NHS_NUMBER|485 777 3456}
P: DC {NAME|Farrow} advised that the phone seized from {NAME|AR} contained contacts saved as "{NAME|Dread}" and "{NAME|T-Bone}".
P: CIN meeting minutes\nAttendees: {NAME|Claire Dunn} (Social Worker), {NAME|Tom Vickers} (YOT), {NAME|Aisha Karim} (Head of Year, {SCHOOL|Moorside High}), Mum, {NAME|Jayden} (young person, attended for first 20 mins).
P: {NAME|JB} disclosed that {NAME|LS} had been asked to "go country" to Exeter. {NAME|JB} did not want this shared with parents.
P: Please contact me on {PHONE|0161 496 0723} or {EMAIL|m.osei@tameside-cs.example.org}.\nMany thanks\n{NAME|Martha Osei}\nSenior Practitioner
P: MARAC referral. Victim: {NAME|Kerry Ann Doyle}, DOB {DATE_OF_BIRTH|14/08/1991}. Perpetrator: {NAME|Wayne Doyle}. Children in household: {NAME|Riley} (9) and {NAME|Mia} (6). Address {ADDRESS|3 Coronation Cottages}, {POSTCODE|NE28 6RW}.
P: TAF review chaired by Mrs {NAME|Kowalski}. {NAME|Natalia} attending well; Dad engaging with the family support worker.
P: Chronology\n02/03 - {NAME|Ellie} reported missing by carers at {ADDRESS|Rowan House}.\n03/03 - Located by police in Blackpool with {NAME|Dean Carr} (aged 24).\n05/03 - RHI completed by {NAME|SH}.
P: Ms {NAME|Bajwa} (DSL) raised concern that {NAME|Zayn} has new trainers, two phones and is missing afternoon lessons.
P: Dr {NAME|Nwachukwu} at the GP surgery confirmed {NAME|Amelia} was seen on 12th for an STI screen. NHS number {NHS_NUMBER|9434765919}.
P: Young person's Instagram account {HANDLE|@amelia.rose.xo} has been following several adult males. Screenshots saved to file.
P: Intelligence suggests the line "{NAME|Kilo}" is run by {NAME|Marcus Grant} aka "{NAME|Gunner}" from {ADDRESS|Flat 12, Cedar Heights}.
P: Good morning all,\nPlease find attached the minutes from yesterday's core group for {NAME|Bethany Lowe}. Next meeting Thursday 10am.\nBest,\n{NAME|Gemma}\nBusiness Support
P: Mum ({NAME|Julie Armitage}) stated she had no idea where {NAME|Kieran} had been staying. She gave a number for his friend {NAME|Reece}: {PHONE|07700 900 146}.
P: {NAME|Reece}s mother confirmed {NAME|Kieran} stayed there Friday and Saturday.
P: Youth worker note: Spoke to {NAME|T} at the skatepark. {NAME|T} says older boys from {SCHOOL|Langley Park School} are "taxing" younger ones.
P: Child seen alone. {NAME|Oskar} (DOB {DATE_OF_BIRTH|2011-02-19}) presented as withdrawn. Speaks Polish at home; interpreter {NAME|Agnieszka Nowak} present.
P: Attendees: {NAME|Sophie Walsh} (SW), {NAME|Gurpreet Pannu} (Police), DSL and School Nurse.
P: Police log: Officer PC {NAME|Dhillon} 4471 attended {ADDRESS|27 Hawthorn Close}, {POSTCODE|LS9 8QT}. Occupants {NAME|Shane Pickering} (DOB {DATE_OF_BIRTH|05/05/1999}) and two juveniles.
P: Juveniles identified as {NAME|Ashton Reid} (15) and {NAME|Tyrell Moss} (14). Both returned to home addresses.
P: E-mail from {EMAIL|k.hennessy@stmarksacademy.example.sch.uk}: "{NAME|Keira} has not attended since Monday. Mum not answering."
P: Health visitor {NAME|Bronwen Pugh} visited; baby {NAME|Idris} well. Older sibling {NAME|Cerys} (14) not present, believed to be at boyfriend's address in {ADDRESS|Heol y Coed}.
P: Placement: {ADDRESS|The Willows} children's home. Key worker: {NAME|Dominic Ayres}. Manager: {NAME|Fran Hollis}.
P: {NAME|AH} (15) disclosed sexual contact with an adult male he met on Grindr. User name {HANDLE|manc_lad_28}.
P: Attendee list:\n- {NAME|Nicola Ferris}, Team Manager (chair)\n- DS {NAME|Kaur}, Exploitation Hub\n- {NAME|Abdi Warsame}, Youth Worker\n- {NAME|Lorraine Tate}, Virtual School\nApologies: Dr {NAME|Ng}
P: Thanks {NAME|Abdi}, really helpful. Can you send over the outreach notes for {NAME|Faisal} by Friday?\n{NAME|Nicola}
P: {NAME|Faisal Hussein} was found in possession of £340 cash and two phones. Phone numbers: {PHONE|07700 900 881} and {PHONE|07700 900 882}.
P: Brother ({NAME|Hassan}, 19) believed to be involved in county lines. Sister {NAME|Maryam} attends {SCHOOL|Al-Noor Girls' School}.
P: Date of birth: {DATE_OF_BIRTH|30th September 2008}. Age 16. Lives with paternal grandmother at {ADDRESS|8 Brunswick Place}.
P: Referrer: {NAME|Gillian Moss}, Attendance Officer, {SCHOOL|Northfield Community College}. Tel {PHONE|0113 496 0571}.
P: {NAME|Siobhan} (Mum's partner {NAME|Declan}'s daughter) also stays at the address at weekends.
P: Traveller Education Service report: family living on {ADDRESS|Pitch 11, Riverside Park site}. {NAME|Johnny Ward} (13) not on roll at any school since Easter.
P: Voicemail left for Mr {NAME|Nkemelu} on {PHONE|020 7946 0384}.
P: Discord username provided by YP: {HANDLE|shad0wfox#0927}. Passed to police for checks.
P: Profile link: {URL|https://www.facebook.com/ben.carrick.5622} - adult male who has been messaging {NAME|BC}'s sister.
P: Core group: {NAME|Lily-Rose} is now settled at {SCHOOL|Greenhill PRU} and has 100% attendance this half term. Well done from all.
P: Mr and Mrs {NAME|Afolabi} attended the meeting with their son {NAME|Tobi}, who contributed well.
P: Concern raised by Ms {NAME|Flanagan}, PSHE lead: Year 9 girls passing around a number for "{NAME|Bossman}" who pays for nudes: {PHONE|07700-900-309}.
P: {NAME|Darius} states he was "just helping out" his cousin {NAME|Armin}. He would not give Armin's address.
P: Email: {EMAIL|lucy.danvers1987@btinternet.example.com} (mother). Contact preference: email only.
P: NHS number {NHS_NUMBER|401 023 2137}; GP Dr {NAME|Rahman}, Brook Lane Surgery.
P: Chronology entry 17/06: {NAME|CW} located in a Premier Inn in Wakefield with {NAME|DM} (adult, 31). Both arrested.
P: {NAME|Shauna}'s aunt ({NAME|Geraldine McBride}) has agreed to act as a connected carer. Address: {ADDRESS|11 Glenarm Drive}, Newry {POSTCODE|BT35 8QF}.
P: RHI: {NAME|Nguyen Van Minh} (approx. 16, DOB unverified, states {DATE_OF_BIRTH|01/01/2008}) found in cannabis grow at {ADDRESS|52 Chapel Lane}. NRM referral submitted.
P: {NAME|Minh} said a man called "{NAME|Anh Long}" brought him here and holds his passport.
P: Hi {NAME|Jas}, just to let you know {NAME|KT} has been reported missing again. Can you check if she turned up at college? Cheers {NAME|Rob}
P: Note: {NAME|Roxanne} uses the alias "{NAME|Roxy}" and the TikTok {HANDLE|@roxxy.x.official}.
P: School: {SCHOOL|Beaumont Leys}. Year group: 11. Form tutor: Mr {NAME|Adeyemi}.
P: Contact details for Nan (maternal grandmother, {NAME|Pauline Briggs}): {PHONE|01632 960 417}.
P: {NAME|Eilidh} (14) from Dundee was found in Aberdeen with two adult males. Carer {NAME|Morag Sinclair} informed.
P: Youth offending worker {NAME|Gareth Lloyd} will visit {NAME|Aled} at {ADDRESS|Bryn Celyn} on Tuesday.
P: Mum states father ({NAME|Lukasz Zielinski}) has no contact. Last known address {ADDRESS|Flat 3, 118 Cavendish Street}.
P: DOB {DATE_OF_BIRTH|09-12-2010} / Gender F / Name {NAME|Kezia Baptiste} / School {SCHOOL|Harris Academy Croydon}
P: {NAME|Kezia} reported that an older girl called "{NAME|Peaches}" has been taking her to parties in hotel rooms.
P: Case transferred from {NAME|Liz Carver} to {NAME|Omar Siddiqui} w/c 4th March.
P: {NAME|Omar} to complete Child and Family Assessment within 45 working days.
P: Telephone call from {NAME|Angela} at {SCHOOL|St Wilfrid's}: {NAME|Connor} has been seen with {NAME|Liam Jackson} who is known to police.
P: Disruption notice (CAWN) served on {NAME|Craig Nolan}, DOB {DATE_OF_BIRTH|12/03/1985}, of {ADDRESS|6 Mill Court}, {POSTCODE|M40 2XJ}.
P: Present: {NAME|KH} (chair), {NAME|PR} (police), {NAME|LB} (health), {NAME|DF} (education). Child {NAME|MT} discussed under item 3.
P: Item 3 - {NAME|MT}: missing x4 this month. {NAME|PR} to update on the vehicle seen.
P: From: {NAME|Nadia Bashir}\nTo: MASH\nSubject: Concern - {NAME|Sami}\n\nI am writing on behalf of {NAME|Sami Aziz}, aged 13, who told me today that he is being made to carry packages.
P: Father {NAME|Jerome Campbell} called the office angrily asking for Ms {NAME|Whyte}, the allocated worker.
P: {NAME|Rio}'s online handle on PlayStation is {HANDLE|RioBlaze_10}; the adult contact uses {HANDLE|trapgod.uk}.
P: Supervision note: discussed {NAME|Tia}, {NAME|Kaya} and {NAME|Ellis} - all linked to the same group of males on the {ADDRESS|Fairfield} estate.
P: Mum's email: {EMAIL|shaz_h (at) yahoo (dot) co (dot) uk}
P: GP letter: patient {NAME|Adaeze Nwosu}, DOB {DATE_OF_BIRTH|22 February 2009}, NHS no. {NHS_NUMBER|943-476-5870}, attended with lower abdominal pain.
P: YP requested that worker ring {PHONE|07700 900 774} rather than mum's number.
P: Cheers for sorting that.\nRegards,\n{NAME|Hamish Doig}\nYouth Justice Officer
P: Incident at {SCHOOL|Riverside Primary}: {NAME|Alfie} (sibling of {NAME|Jack Dempsey} - not the boxer) disclosed older brother made him hold a package.
P: {NAME|Precious Adeyemi-Cole} discussed at MACE panel. Risk level: significant.
P: Mr {NAME|Bogdan} (surname) is the landlord of the property on {ADDRESS|Station Road} where young people were found.
P: Placement address: {ADDRESS|Holly Tree House}, a 4-bed children's home. Staff on shift: {NAME|Ade}, {NAME|Marcin}, {NAME|Leanne}.
P: Worker {NAME|DG} met YP1 ({NAME|Kacey Morgan}) at McDonald's on Commercial Road.
P: Kacey gave her snap as {HANDLE|kacey.m0rgs} and asked worker not to share it.
P: Father's mobile: {PHONE|O7700 9OO 615} (written as given on form).
P: Safety plan agreed with {NAME|Imani}: if she feels unsafe she will call auntie {NAME|Grace} or 999.
P: {NAME|Ibrahim Sesay}, 17, DOB {DATE_OF_BIRTH|15.04.2007}, UASC from Sierra Leone, placed at {ADDRESS|Flat 4 Elmwood Court}.
P: Age assessment disputed. {NAME|Ibrahim} states he was born in {DATE_OF_BIRTH|April 2007}.
P: Notes from TAF: Grandad attending. Mum's partner {NAME|Stuart} to attend next meeting.
P: Hello {NAME|Dawn},\nJust a quick one - can {NAME|Summer} (YP) be added to Thursday's panel? Her mum {NAME|Rose Kettle} has consented.\nThanks,\n{NAME|Will}
P: Mobile given by YP as "zero seven seven double oh, nine double oh, three five two" - recorded as {PHONE|07700 900352}.
P: Incoming call from Mrs {NAME|Bello}, mother of {NAME|Femi}, about missed appointments.
P: Address on file: {ADDRESS|Flat 9B Kestrel Tower}, {ADDRESS|Sandringham} estate, Sheffield {POSTCODE|S2 5QR}.
P: Minutes: {NAME|RM} reported {NAME|KJ} has been seen getting into taxis at 2am. {NAME|HP} (police) confirmed two further sightings.
P: {NAME|Hunter} (YP, age 12) - first name recorded as given by carer.
P: Dr {NAME|Iqbal}, consultant paediatrician, examined {NAME|Safiya} on 3rd. Child Protection Medical completed.
P: Name: {NAME|O'Sullivan, Niamh}\nD.O.B.: {DATE_OF_BIRTH|18/10/2008}\nSchool: {SCHOOL|Loreto Grammar}
P: Link to concerning profile: {URL|https://twitter.com/tazz_mcr_07} - posting images of young girls from {SCHOOL|Whalley Range}.
P: {NAME|Tazz} is believed to be {NAME|Tariq Ali}, 22, of {ADDRESS|Wilbraham Road}.
P: Mum's new partner is known only as "{NAME|Big Sean}". Police checks requested.
P: {NAME|Jamal}'s grandmother lives at {ADDRESS|31 Saint Luke's Road}, {POSTCODE|L8 1TS}, and is happy for him to stay there.
P: Emailed {EMAIL|d.ferreira@youthzone.example.org} ({NAME|Daniela Ferreira}, youth worker) for an update.
P: {NAME|Daniela} replied that {NAME|Luís} attended Tuesday and Thursday and seemed more settled.
P: Young person ({NAME|Alesha}) disclosed that her boyfriend ({NAME|Kofi}, 19) made her hold drugs in her underwear.
P: Contact log\n09:14 called Dad {PHONE|01632 960 883} - no answer\n09:40 called school - Mrs {NAME|Carr} not available\n11:02 Dad called back.
P: Child's NHS number: {NHS_NUMBER|450 557 7104}. Registered with Canal Street Medical Practice.
P: {NAME|Lewis} states he got the money from "a lad called {NAME|Finn}" and would not say more.
P: Present: Ms {NAME|Adeleke} (Head Teacher), Mr {NAME|Crossley} (SENCo), Sgt {NAME|Holmes} (Neighbourhood Policing), {NAME|Bianca} (YP) and her dad.
P: Sister {NAME|Grace} (16) has a child, {NAME|Isaac}, aged 8 months. Both live with mum at {ADDRESS|7 Orchard Way}.
P: Young person has two accounts: {HANDLE|@ty_baby_x} and {HANDLE|@tylah.priv}.
P: Referral to Barnardo's for {NAME|Kaitlyn} agreed. {NAME|Kaitlyn}'s DOB is {DATE_OF_BIRTH|4/6/09}.
P: Hi all, {NAME|Joe} from Catch22 here - I've picked up {NAME|Deshawn}'s case. Best number for me is {PHONE|0113 496 0902}.
P: {NAME|ZK} spoke about a "{NAME|Lil Rich}" who gives out phones and tells them to keep them charged.
P: Outcome: NFA re {NAME|Paul Whittaker}. Safeguarding concerns re {NAME|Evie} remain and are being managed under CP.
P: Worker observed {NAME|Kadeem} outside {SCHOOL|Ark Globe} with older males at 15:20.
P: {NAME|Roisin} and {NAME|Orla Quinn} (twins, 14) both reported missing from {ADDRESS|Ashgrove} residential home.
P: Please update the child's record: surname has changed from {NAME|Sharma} to {NAME|Sharma-Evans}.
P: Letter to parents sent to {ADDRESS|Flat 2, 19 Beech Street}, {POSTCODE|CF24 3HX}.
# ---------------- practitioner, clean ----------------
P: Referral received via MASH on Monday. Concerns re CCE. Allocated to duty team for initial screening.
P: Present: Team Manager (chair), Designated Safeguarding Lead, Police Missing Persons Coordinator, School Nurse, Youth Worker. Apologies: CAMHS.
P: Advised parent to call the NSPCC helpline on 0808 800 5000 if further concerns arise out of hours.
P: Seen at Royal Manchester Children's Hospital A&E and transferred to Ward 84 overnight.
P: Strategy discussion held. Threshold for Section 47 enquiries met. Police to lead on joint visit.
P: Action: Virtual School to arrange PEP review before October half term.
P: Emergency Duty Team contacted at 23:40. Police attended. Young person returned at 01:15 and was spoken to by carers.
P: Crimestoppers can be contacted anonymously on 0800 555 111.
P: Contextual safeguarding mapping exercise to take place for the area around Piccadilly station and the Arndale.
P: Referral made to the National Referral Mechanism. Single Competent Authority decision awaited.
P: Hot spots identified: Leeds bus station, Kirkgate Market, Millennium Square and the canal towpath near Granary Wharf.
P: Minutes to be circulated by Business Support within five working days.
P: Young person engaged well with the St Giles Trust caseworker and has agreed to a second session.
P: Mum advised to contact 101 for non-emergencies and 999 in an emergency.
P: Chair thanked all for attending. Next review in six weeks.
P: Rationale: risk of criminal exploitation assessed as moderate based on missing episodes, unexplained items and association with older peers.
P: The MACE panel noted an increase in referrals linked to Snapchat and Telegram.
P: School reports that attendance has improved to 87% this term; no exclusions since January.
P: Discussed with manager in supervision. Decision: step down to Early Help with a TAF lead from school.
P: Please note the office will be closed on Good Friday and Easter Monday.
P: Police confirmed the vehicle is a rental from Enterprise and enquiries are ongoing with the hire company.
P: Worker attended the Youth Justice Board conference in Birmingham. Learning to be shared at team meeting.
P: Young person declined to engage with the return home interview. Carers informed. Second attempt to be made by Friday.
P: Ofsted inspection of the home took place in May; rated Good.
P: Action for Police: check ANPR for the vehicle seen in Blackpool on Saturday.
P: Signposted to Kooth and the Mix for online support.
P: Dad works nights at the Amazon warehouse and Mum is at Asda in the daytime.
P: Agenda\n1. Introductions and apologies\n2. Minutes of last meeting\n3. Updates from agencies\n4. Risk analysis\n5. Plan and actions\n6. AOB
P: Hope is that the plan will reduce missing episodes over the summer holidays.
P: Will circulate the updated safety plan by close of play.
P: Mark as high priority: two missing episodes in the last 48 hours.
P: May 2024 - August 2024 data shows a 20% rise in CSE flags across the North West.
P: Faith leaders at the local gurdwara and mosque have offered to host awareness sessions.
P: Joy Division poster in the young person's bedroom mentioned as a positive conversation starter. Interests include music and BMX.
P: Young person supports Celtic and likes going to Celtic Park with Dad.
P: The Prevent lead and the Channel panel were consulted; no role for Prevent at this time.
P: Sky, Virgin Media and BT have been asked by police to preserve data. Awaiting response.
P: Grace period of one week agreed for the young person to return the borrowed laptop.
P: Frank, a national drugs advice service, was suggested; leaflets given.
P: Summer programme at the leisure centre runs Monday to Thursday.
P: Bill from the energy company was raised by Mum as a source of stress; referral to Citizens Advice made.
P: Dawn raid executed by police at 06:00. Three adults arrested. No children present.
P: Amber flag raised on the school system following concerns about lateness and a new older friend.
P: The King's Trust has accepted the referral for the Team programme.
P: River patrol by police identified young people congregating under the bridge near the Quayside.
P: Jack-knifed lorry on the M62 delayed worker; visit rescheduled.
P: Ruby wedding celebration at Nan's is the reason for the missed appointment - authorised.
P: Jade earrings reported stolen from Mum's bedroom; Police informed.
P: Hunter Street is a known hot spot for drug dealing; Police have increased patrols.
P: Sue Ryder shop on the high street is where YP volunteers on Saturdays; positive influence noted.
P: Met with the DSL, Head of Year and SENCo. Agreed a reduced timetable for two weeks.
P: Following the Jay Report and the Casey Review, the partnership reviewed its CSE screening tool.
P: The young person watched Match of the Day and talked about Arsenal; rapport building.
P: Guidance: do not share intelligence forms outside the secure email system (CJSM).
P: Risk indicators: going missing, unexplained gifts, new phone, change in friendship group, drop in attendance.
P: Caller was informed that the Forced Marriage Unit can be reached on 020 7008 0151.
P: NHS 111 was called by carers for advice on the injury. No hospital attendance required.
P: Case closed. No further action. Reason: family relocated out of area and case transferred to receiving LA.
P: Children's Society worker and the Youth Service will co-work over the next 12 weeks.
P: All attendees confirmed they had read the previous minutes; no amendments.
'''


# ---------------------------------------------------------------- builder
import json
import os
import random
import re
import sys
from collections import Counter

TYPES = ["NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL",
         "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH"]
STYLES = {"Y": "young_person", "P": "practitioner"}
MARK = re.compile(r"\{([A-Za-z_]+)\|([^{}|]*)\}")
HERE = os.path.dirname(os.path.abspath(__file__))


def wordch(c):
    return c.isalnum() or c == "_"


def load():
    recs = []
    for n, line in enumerate(DATA.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^([YP]): (.+)$", line)
        if not m:
            raise SystemExit("bad data line %d: %r" % (n, line))
        recs.append((STYLES[m.group(1)], m.group(2).replace("\\n", "\n")))
    return recs


def parse(raw, errs, tag):
    plain, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        seg = raw[pos:m.start()]
        if any(c in seg for c in "{}|"):
            errs.append("%s: stray marker characters in %r" % (tag, seg))
        plain.append(seg)
        length += len(seg)
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            errs.append("%s: unknown type %s" % (tag, typ))
        if not val:
            errs.append("%s: empty value" % tag)
        else:
            if val != val.strip():
                errs.append("%s: surrounding space in %r" % (tag, val))
            first_ok = wordch(val[0]) or (typ == "HANDLE" and val[0] == "@") \
                or (typ == "PHONE" and val[0] == "+")
            if not first_ok or not wordch(val[-1]):
                errs.append("%s: surrounding punctuation in %r" % (tag, val))
        spans.append({"start": length, "end": length + len(val), "type": typ})
        plain.append(val)
        length += len(val)
        pos = m.end()
    seg = raw[pos:]
    if any(c in seg for c in "{}|"):
        errs.append("%s: stray marker characters in %r" % (tag, seg))
    plain.append(seg)
    text = "".join(plain)
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if s > 0 and wordch(text[s - 1]):
            errs.append("%s: span %r not on word boundary (start)" % (tag, text[s:e]))
        if e < len(text) and wordch(text[e]):
            poss = (sp["type"] == "NAME" and text[e] in "sS"
                    and (e + 1 == len(text) or not wordch(text[e + 1])))
            if not poss:
                errs.append("%s: span %r not on word boundary (end)" % (tag, text[s:e]))
    return text, spans


def build(write):
    recs = load()
    errs = []
    out = []
    seen = set()
    for i, (style, raw) in enumerate(recs):
        tag = "record %d (%s...)" % (i + 1, raw[:40])
        text, spans = parse(raw, errs, tag)
        if text in seen:
            errs.append("%s: duplicate" % tag)
        seen.add(text)
        out.append({"style": style, "text": text, "spans": spans})
    n = len(out)
    clean = sum(1 for r in out if not r["spans"])
    per_style = Counter(r["style"] for r in out)
    per_type = Counter(sp["type"] for r in out for sp in r["spans"])
    rec_type = Counter(t for r in out for t in {sp["type"] for sp in r["spans"]})
    if n < 300:
        errs.append("only %d records" % n)
    if clean < 95:
        errs.append("only %d clean records" % clean)
    for s in STYLES.values():
        if not 0.4 <= per_style[s] / max(n, 1) <= 0.6:
            errs.append("style %s unbalanced: %d of %d" % (s, per_style[s], n))
    for t in TYPES:
        if per_type[t] == 0:
            errs.append("type %s never occurs" % t)
    if errs:
        print("\n".join(errs))
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("records %d, clean %d" % (n, clean))
    print("styles: " + ", ".join("%s %d" % kv for kv in sorted(per_style.items())))
    print("spans per type: " + ", ".join("%s %d" % (t, per_type[t]) for t in TYPES))
    if not write:
        print("check passed (nothing written)")
        return 0
    random.Random(20261221).shuffle(out)
    with open(os.path.join(HERE, "set_ag.jsonl"), "w", encoding="utf-8") as f:
        for k, r in enumerate(out, 1):
            f.write(json.dumps({"id": "ag%04d" % k, "style": r["style"],
                                "text": r["text"], "spans": r["spans"]},
                               ensure_ascii=False) + "\n")
    clean_style = Counter(r["style"] for r in out if not r["spans"])
    lines = [
        "# Evaluation set `set_ag`",
        "",
        "Independent evaluation set for a de-identifier used by a UK partnership "
        "against child exploitation (children's social care, NHS, police, schools, "
        "youth services, voluntary groups).",
        "",
        "## How it was written",
        "",
        "Every record was written by hand, one at a time, from general knowledge, by an "
        "independent helper who saw no code, data, documentation or other evaluation set "
        "of the project. No web pages, search tools, name lists, generators, NLP libraries "
        "or templates were used. All people, phone numbers (Ofcom drama ranges), e-mails, "
        "handles, URLs, addresses, postcodes, NHS numbers and dates of birth are invented. "
        "Public helpline numbers (Childline, NSPCC, Samaritans, Crimestoppers, 101/999/111) "
        "appear as hard negatives and are not labelled.",
        "",
        "Records are held in `build.py` as `(style, text)` with identifiers marked inline as "
        "`{TYPE|value}`. `python3 build.py` checks the markers and writes `set_ag.jsonl` and "
        "this README; `python3 build.py --check` only checks. Records are shuffled with "
        "`random.Random(20261221)` and numbered ag0001, ag0002, ...",
        "",
        "## Format",
        "",
        "One JSON object per line: `id`, `style`, `text`, `spans`; each span has `start`, "
        "`end` (exclusive) and `type`, offsets in Unicode code points of `text`. UTF-8.",
        "",
        "## Styles",
        "",
        "- `young_person`: young people's own free-text survey answers (where do you feel "
        "unsafe and why, who helped you, anything else) - text-speak, slang, misspellings, "
        "lower case or ALL CAPS, voices from across the UK and Ireland, names from many "
        "backgrounds, nicknames (Big/Lil/Young), names that are also ordinary words.",
        "- `practitioner`: case notes, referrals, chronologies, strategy / core group / MARAC / "
        "TAF / CIN minutes with attendee lists, e-mails with greetings and sign-offs, police, "
        "health, school and youth-work records, return home interviews and form-style notes.",
        "",
        "About a third of records are clean (no spans): hard negatives full of capitalised "
        "non-names - days, months, brands, shops, apps, towns, districts, parks, stations, "
        "streets named as public places, hospitals, services, charities, helplines with public "
        "numbers, agencies, job titles, public figures, football clubs, TV shows, Mum / Nan / "
        "the Police, and words that are also names used as ordinary words.",
        "",
        "## Labelling policy",
        "",
        "Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, SCHOOL, HANDLE, URL, NHS_NUMBER, DATE_OF_BIRTH.",
        "",
        "- A span covers exactly the identifier, with no surrounding space or punctuation.",
        "- NAME: any private person by full name (one span), first name, surname, nickname or "
        "initials. Titles and kinship words stay outside (`Mr {NAME|Pryce}`, `uncle {NAME|Teddy}`); "
        "a nickname prefix Big/Lil/Little (and likewise Young) is inside; a possessive 's stays outside; a "
        "possessive without an apostrophe is labelled on the name only (`{NAME|Reece}s brother`). "
        "Professionals named in notes are private people and are labelled. Every mention is labelled.",
        "- Not labelled: public figures, brands, shops, pubs, clubs, towns, districts, parks, "
        "landmarks, hospitals and wards, churches, services, charities and helplines with their "
        "public numbers, job titles, Mum/Dad/Nan, reference numbers, ordinary dates, ages.",
        "- A name inside a URL, handle or e-mail is covered by that span only.",
        "- PHONE: UK numbers, including obfuscated ones. EMAIL: including (at) / (dot) forms. "
        "POSTCODE: its own span, separate from the address.",
        "- ADDRESS: house number + street, flat / block, a street where someone lives even without "
        "a number, a named estate where someone lives (the estate's name; a trailing lower-case "
        "\"estate\" outside), a named children's home, a Traveller site pitch. Town and postcode "
        "are not part of the ADDRESS span.",
        "- SCHOOL: named schools, academies, colleges, PRUs, including short forms; an unnamed "
        "\"the pru\" or \"college\" is not labelled.",
        "- HANDLE: social / gaming names and Discord tags, with a leading @ when written. URL: "
        "links to a private person's page or profile. NHS_NUMBER: ten digits in any spacing. "
        "DATE_OF_BIRTH: only dates of birth.",
        "",
        "## Counts",
        "",
        "- Records: %d" % n,
        "- Clean records (no spans): %d (young_person %d, practitioner %d)" % (
            clean, clean_style["young_person"], clean_style["practitioner"]),
        "- young_person: %d; practitioner: %d" % (per_style["young_person"], per_style["practitioner"]),
        "- Total spans: %d" % sum(per_type.values()),
        "",
        "| type | spans | records containing |",
        "|---|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d | %d |" % (t, per_type[t], rec_type[t]))
    lines.append("")
    with open(os.path.join(HERE, "README_set_ag.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote set_ag.jsonl and README_set_ag.md")
    return 0


if __name__ == "__main__":
    sys.exit(build(write="--check" not in sys.argv[1:]))
