# -*- coding: utf-8 -*-
"""Builds set_u.jsonl from hand-typed records. Each DATA line is one record:
style-code | text with inline {TYPE|value} markers. y=young_person c=case_note f=form."""
DATA = r"""
y|went to the Trafford Centre with my mum on saturday and got new trainers from JD
y|me and my mates play Fortnite till like 2am on school nights lol
y|Miss said i cant go on the Alton Towers trip if i get another detention
y|the 42 bus never comes on time so im always late for form
y|me and {NAME|kayden} went down the park after school and some year 11s started on us
y|i live with my nan and grandad now since mum moved to Spain
y|{NAME|Oisín} keeps sending me stuff on snap and i dont want it anymore
y|can i still come to youth club on Wednesday if i missed the last 2 weeks
y|sir took my phone off me in Science and didnt give it back till end of day
y|honestly Man City are gonna win the league again its boring
y|my sister {NAME|Nia} says the Head is going to ring home about my attendance
y|I will go to the meeting but only if Mum can come with me
y|we was just chilling at Meadowhall and security kicked us out for no reason
y|my dad watches Match of the Day every Saturday and shouts at the telly
y|{NAME|tyler} and {NAME|mikey} keep calling me names in the changing rooms
y|i feel sad most days but i dont want Children's Services involved again
y|going to Nando's after school with the girls, might be late
y|ive got a new Xbox for Christmas and my cousin is coming over at Easter
y|our form tutor Mr {NAME|Pryce} is actually sound tbh
y|why does everyone on TikTok act like Drake is the best rapper ever
y|i dont like PE cos of the changing rooms, can i do something else
y|{NAME|amira} said she'd meet me at the bus station by the Greggs
y|my mum works nights at Tesco so i get myself to school
y|May half term we are going to Blackpool to see the illuminations... no wait thats September
y|I hope summer comes quick so we can go to the beach at Barry Island
y|got a detention for chewing gum in French, Madame was fuming
y|{NAME|Dawid} from my class is Polish and he is teaching me swear words haha
y|me and my brother share a room and he snores all night
y|is it true Early Help can help with my mum's rent
y|I was in a group chat called Year 9 Baddies and it got well out of hand
y|deffo going to the Arctic Monkeys gig in Sheffield if I can get a ticket
y|{NAME|Shanice}'s mum said I can stay there weekend if my mum says yes
y|i got sent to isolation for no reason Sir just hates me
y|my grandad used to be a miner in Rhondda and he tells the best stories
y|Ramadan starts soon so i wont be eating at lunch, can i go library
y|literally no one at Oakfield Park on a Sunday its dead
y|i was crying in the toilets and Miss {NAME|Haddad} found me, she said she'd have to tell safeguarding
y|can you tell {NAME|Kwame} to stop posting my pics on his story
y|my step dad is ok but he shouts when he has had a drink
y|KSI and Logan Paul are so cringe now no one watches them
y|the Co-op by ours got robbed again last night police everywhere
y|it was {NAME|Jayden Clarke} who started it not me i swear
y|me and {NAME|zara} got food from the chippy then went home
y|We played Among Us in Computing cos the teacher was off
y|i dont want to go back to the Pupil Referral Unit
y|mam says i have to go to chapel on Sunday but i dont believe in God really
y|{NAME|Ffion} and me are doing our Duke of Edinburgh together
y|i want to be a footballer like Marcus Rashford when im older
y|spent all my money on Robux again, my mum is gonna kill me
y|can i see the school nurse about my period pains its really bad
y|the police came round on Friday about my brother but he wasnt even there
y|I like art and drawing and Minecraft
y|{NAME|Hamza} got jumped near the Arndale and no one helped him
y|we go to Mosque on Fridays with my dad and uncles
y|Grace before dinner at my foster carers house is weird but its fine
y|i can't sleep, my head is just loud all the time
y|Mr {NAME|Nowak} the caretaker found my bag so i got my phone back
y|we watched Love Island all summer with my aunty
y|who do I talk to if I think my friend is being groomed on Roblox
y|me {NAME|liv} and {NAME|precious} are going to Pride in Manchester
y|I'll be honest the youth worker is the only adult I trust
y|i got a place at college doing Mechanics starting September
y|Rose and Crown by the bus stop is where all the older lads hang about
y|my nan takes me to Bingo on a Tuesday its actually fun
y|{NAME|Chidi} showed me how to do kick ups properly
y|dont tell mum but I vape, everyone in Year 10 does
y|might jack in football, coach only plays his favourites and I can't be bothered anymore
y|I wanna move to London when im 18 and do music
y|my mum's boyfriend {NAME|Gaz} is alright but he's always at ours
y|Black Friday deals on Amazon got me a new headset
y|was at Asda with {NAME|Aleksandra} and her little brother kicked off
y|Eid is on a school day this year can I have the day off
y|i got 3 merits this week and sir gave me a Mars bar
y|the 7 bus to Sutton is always packed with year 11s
y|{NAME|deshawn} is my best mate we been friends since Reception
y|why do they make us do Welsh GCSE if I never gonna use it
y|the Christmas fair was mid but the hot chocolate was good
y|I dont want to see my dad anymore, he let me down too many times
y|we made a TikTok dance in Drama and Miss loved it
y|i told {NAME|Anca} about the cutting and she told the teacher
y|my brother plays for Clyde under 16s
y|i got my ears pierced at Claire's in the Bullring
y|April is my favourite month cos its my birthday and Easter
y|my snap streak with {NAME|Tomasz} is 400 days lol
y|can I do my community hours at the food bank at St Mark's church
y|I am okay today thank you for asking
y|i got told off for wearing Nike socks instead of black ones
y|Bonfire night at the rugby club was sick
y|{NAME|Ibrahim} said his dad wont let him come on the residential
y|i'm scared to go home cos of the shouting
y|Storm Babet flooded the road by ours and we couldnt get to school
y|the Spar is closed so we walk to the Londis
y|{NAME|Ciara} got excluded for fighting but it wasnt her fault
y|I wanna learn to drive when im 17 my uncle said he'll teach me
y|was watching Stranger Things till late sorry I missed registration
y|everybody at the Youth Centre is nice except the lad with the dog
y|honestly {NAME|Mo} is the only one who gets me
y|I dont have a phone so please email mum instead
y|Mum and Nan had a massive row at Christmas and now they dont talk
y|i dont know who to talk to anymore
y|im 19 and still waiting for my Leaving Care worker to sort my flat
y|PA said the Setting Up Home Allowance is £2000 but I only got half
y|my new PA is {NAME|Bernadette} and she's actually on it unlike the last one
y|been sofa surfing since March cos the supported accommodation kicked me out
y|universal credit got sanctioned again because I missed the Jobcentre appointment
y|{NAME|Kerry-Ann} from the Pathway team rang me about my Pathway Plan review
y|I got my provisional licence finally, took 3 months
y|I still dont have my birth certificate and the Council said they'd pay for it
y|living in a hostel on Holloway Road is grim but better than the streets
y|my old foster carer {NAME|Jean} still texts me on my birthday
y|they moved me to Wrexham from Birkenhead without asking me
y|the Care Leavers Covenant says I get free council tax till 25 is that right
y|{NAME|Ryan Doherty} was my social worker for 6 years then he just left
y|I want to go uni but Student Finance is confusing
y|got a job at Costa but the hours are rubbish
y|Independent Visitor scheme is good, mine takes me to the cinema
y|I dont want my Mum to know where I live now
y|my baby is due in June and I'm scared they'll take her off me
y|midwife said Early Help might be involved but only to support
y|{NAME|Precious Adeyemi} is my key worker at the hostel she's lovely
y|my Personal Adviser keeps cancelling and I've had enough
y|Staying Put ended when I turned 21 so I had to move out
y|Christmas is the worst time when you're a care leaver
y|i got my own flat in Llanrumney finally!!
y|my PA {NAME|Gethin} helped me fill in the housing form
y|do I have to tell the landlord I was in care
y|I was in 14 placements before I was 16 and nobody cared
y|my brother {NAME|Callum} is still in care in Fife and I barely get to see him
y|Mind helped me get a counsellor, it's helping a bit
y|I go to the Care Leavers Forum every month at County Hall
y|Virtual School paid for my laptop when I started college
y|{NAME|Marcus} on my floor keeps playing music at 3am
y|i done the Prince's Trust course and got a certificate
y|can Barnardo's help me with my debt
y|Do you know if Shelter can help with being evicted
y|I love my little girl more than anything, she's my world
y|my dad is in HMP Parc and I visit him once a month
y|Pathway Plan says I should be in education by September but I'm not ready
y|wish I had someone like Auntie {NAME|Pat}... she's not my real auntie but she fostered me for 2 years
y|my mam speaks Welsh at home and I answer in English, it drives her mad
y|Ysgol is just the word for school, so everyone calls it that even when speaking English
y|we had Eisteddfod practice all week and I had to recite a poem
y|Nain made cawl and bara brith when we went up to Caernarfon
y|{NAME|Cerys} and {NAME|Elin} are coming round to do the Welsh Bac project
y|my taid was in the RAF and now he lives in Bangor
y|the Urdd trip to Llangrannog was the best week ever
y|Dad supports Swansea and I support Cardiff so it's war at ours
y|i got chosen for Wales under 15s netball!!
y|our Head of Year Mrs {NAME|Parry} said she'll ring my mam if I'm late again
y|ive got to speak Welsh in lessons but English at break, its weird
y|{NAME|Dafydd} got caught vaping behind the Canolfan Hamdden
y|Sorry my English is a bit bad sometimes I think in Welsh
y|we go to Capel on Sunday with Nain but I'm not religious
y|we did a project on Tryweryn and Cofiwch Dryweryn in History
y|my cousin {NAME|Iestyn} lives in Aberystwyth and is at the uni there
y|the S4C programme we watched in class was actually good
y|Bore da, I dont want to talk about home stuff today
y|{NAME|Rhodri}'s dad drives the bus so we get a lift sometimes
y|I got a merit in my Welsh oral, Miss was well happy
y|Aled Jones came to sing at our school once, mam nearly fainted
y|um so yeah basically I was at my dad's on the Saturday and he started shouting again
y|hello yes so this is voice message um I want to talk to someone about my friend {NAME|Jada} she's not okay
y|so me and um {NAME|Kai} went to the the shop and the man said we can't come in without an adult
y|okay recording uh my name is {NAME|Sophie} and I'm in year eight and I'm being bullied
y|basically um they keep saying stuff on the group chat comma and it's really horrible full stop
y|I'm at the bus stop on Fairfield Road and I just feel sick, can someone call me
y|yeah so mum said I can go to {NAME|Bilal}'s house but only until seven
y|um sorry the thing is I don't really want to go back to the house tonight
y|this is um a message for the youth worker I can't make it Thursday sorry
y|so {NAME|nathan} said he would um bring it round but he never did and now it's gone
y|my phone's cracked so I'm using the voice thing sorry if it types weird
y|she said to me um you're going to regret it and then she walked off
y|uh yeah I want to report that there's people dealing by the back of the Lidl
y|its {NAME|Laila} again um I spoke to you last week about my stepdad
y|okay so yesterday at school in maths um someone pushed me down the stairs
y|I was thinking about hurting myself last night but I didn't
y|hi um can you tell Ms {NAME|Kowalczyk} that I'll be late um the bus broke down
y|the thing is nobody listens so what's the point
y|wallahi {NAME|yusuf} was there he saw everything
y|I'm at my nan's in Hartlepool for the week so I can't come
y|{NAME|bex} u coming to the park later or wat
y|ngl the Year 7s are so annoying this year
y|mum got a new job at the Royal Infirmary so she works loads of nights
y|i think im getting a cold so i might not come tmrw
y|lol {NAME|dev} fell off his bike outside the Morrisons
y|me n {NAME|jas} gonna go cinema to see the new Marvel film
y|Fifa is dead now its just EA FC
y|bro Saturday was mad there was a fight outside Wetherspoons
y|{NAME|kacper} said he can get us in the skate park after hours
y|i miss my old school in Poland
y|omg {NAME|Leah}'s party was so good
y|the Beano shop in town closed down
y|no I'm not in trouble, just tired
y|hey {NAME|sami} was u at training yesterday
y|coach said we gotta be at the Astro by 9 on Sunday
y|i want to go to the Harry Styles concert but tickets are £200
y|Taylor Swift is literally the only artist I listen to now
y|Billie Eilish got me through lockdown
y|Stormzy is coming to Glastonbury again apparently
y|i cant be arsed with revision
y|{NAME|tia} blocked me on everything after the argument
y|my mum is called the safeguarding lady every time I go in late lol
y|who do i call if i get kicked out
c|DSL log: Student disclosed to form tutor that Dad hit her with a belt on Sunday evening. MASH referral made 10:40. Parents not informed on advice of Children's Services.
c|DSL log 14/11: {NAME|Maja Wiśniewska} (Y9) reported that an older male has been messaging her on Snapchat. Screenshots retained. Police informed via 101.
c|Spoke with Mum by phone. Mum reports no concerns at home. Advised of attendance procedures and Early Help offer. Mum declined.
c|Safeguarding Hub contacted. Case allocated to Duty and Assessment. Awaiting outcome.
c|Pupil arrived late, presented as tired and unkempt. Breakfast provided. Will monitor. No disclosure.
c|Mr {NAME|Okonkwo} (Head of Year 10) raised concerns about {NAME|Daniel Mensah}'s weight loss and withdrawal in lessons.
c|Called Mrs {NAME|Begum} at 15:20 re {NAME|Rukhsana}'s absence. No answer, voicemail left.
c|Concern logged on CPOMS by Sir (PE). Child had bruising on upper arm. Child stated it was from rugby at the weekend. Consistent with account. No further action; monitor.
c|Attended Child Protection Conference at Civic Centre. Plan continued under category of Neglect. Next review in March.
c|Strategy meeting held with Police, Health and Children's Social Care. Section 47 enquiries to commence.
c|Year 8 pupil disclosed self-harm (superficial cuts to forearm) to the school nurse. Nurse assessed. CAMHS referral completed with parental consent.
c|DSL spoke to {NAME|Ahmed}'s aunt who is currently caring for him while parents are in Pakistan. Private fostering notification sent to LA.
c|Email received from the Virtual School Head re PEP meeting scheduled Thursday.
c|{NAME|Lily-Mae Hargreaves} disclosed that Mum's partner, {NAME|Shaun}, has been staying over most nights and there are arguments.
c|Operation Encompass notification received 07:55: DA incident at home address overnight. Class teacher informed. Child presented well.
c|Operation Encompass: police attended the home of {NAME|Kacper Zieliński} (Y5) following a domestic incident. Key adult to check in at break.
c|Met with the Attendance Officer. Attendance for the autumn term is 71%. Fixed penalty warning letter to be sent.
c|Staff member overheard a conversation about a party at a house on the Whitmore estate where alcohol was supplied by adults. Shared with PCSO.
c|Note: Head and DSL agreed suspension should not proceed pending risk assessment.
c|Meeting with Miss (SENCo) and Mum re EHCP application. Mum tearful, reports she is not coping.
c|{NAME|Chloe Barnes} (Y11) withdrawn since Christmas. Friends report she has a much older boyfriend who collects her from the Spar in a silver car.
c|Child said "Mummy's friend sleeps in my bed when she comes". Recorded verbatim. Referral to MASH.
c|Contacted the Youth Offending Team re {NAME|Marley Campbell}'s reparation hours clashing with exams.
c|Pupil's older brother {NAME|Tyrese} seen waiting at the school gates at 15:10; known to police. Reception staff asked him to leave.
c|Anonymous note left in worry box: "someone in 7R is getting hit at home". No name. Assembly reminder re trusted adults planned.
c|Chronology updated. No new concerns this half term.
c|Mrs {NAME|Szabo} (TA) reported {NAME|Bence} was distressed at lunchtime and said he did not want to go to contact with Dad.
c|Received call from A&E liaison: Y10 pupil attended overnight following intoxication. Information shared under safeguarding.
c|Child Looked After review held. Social worker {NAME|Adaeze Nwosu} present. Carer reports stable placement.
c|Parent complaint received regarding PE changing arrangements. Passed to Head.
c|Discussed at weekly safeguarding briefing. Team to be vigilant around the Easter holidays.
c|PCSO contact: Stopped and spoke to group of 4 youths at the skate park, Victoria Park. Smell of cannabis. Words of advice given. No names taken.
c|PCSO note: Spoke to {NAME|Jordan Reilly} (15) and {NAME|Cameron Boyd} (16) outside Greggs on the High Street re ASB complaints. Both polite. Details passed to school liaison.
c|PCSO: Patrol of the Meadows estate 18:00-20:00. Quiet. Engaged with youth workers from the detached team.
c|Called to report of youths throwing stones at buses on the number 9 route. Area searched, no trace.
c|PCSO {NAME|Walker} attended the Co-op after reports of shoplifting by children in school uniform. CCTV requested.
c|Spoke with shop manager at Iceland re repeat thefts. Agreed joint visit with Neighbourhood Team.
c|PCSO contact note: Child (approx 12) found alone at bus station 22:15. Stated she had argued with Mum. Returned home. Mum {NAME|Karen Whitfield} thanked officers. Referral submitted.
c|PCSO: {NAME|Aliyu} (14) reported that older boys on bikes have been asking him to hold packages. Possible CCE. Intel submitted.
c|Stop search carried out on Bridge Street. Nothing found. Young person given receipt.
c|Attended the youth club at St Luke's Community Centre for a drop-in. Talked about knife crime with 15 young people. Good engagement.
c|PCSO: Mother of {NAME|Ellis Grant} called in to say he had not returned home. Missing report taken. Found at a friend's house 01:30.
c|Missing from home episode no. 4 this year. Return home interview to be offered by Catch22.
c|Halloween patrols: eggs thrown at houses on Cherry Tree Avenue. Youths dispersed. No arrests.
c|Spoke to group near the canal at Castlefield. One female appeared heavily intoxicated. Ambulance called as a precaution.
c|PCSO {NAME|Hughes} and PCSO {NAME|Abubakar} attended school assembly on online safety.
c|Information received that a male known as "{NAME|Snowy}" is supplying vapes to under 16s from a flat above the takeaway. Intel log created.
c|Neighbourhood Watch meeting at the Methodist Hall. Residents concerned about e-scooters on the pavement.
c|A&E liaison: 14-year-old female presented 02:10 following ingestion of 16 paracetamol. Accompanied by Mum. Medically fit. CAMHS liaison review booked.
c|A&E liaison note: {NAME|Sienna Marsh}, DOB {DATE_OF_BIRTH|03/07/2010}, attended with facial injury reported as a fall. Inconsistent history. Paediatric registrar informed. Safeguarding referral made.
c|ED attendance x3 in 6 months for this child. Flagged to Health Visitor and GP.
c|A&E: Child brought in by Nan after seizure. Nan has PR? Unclear. Social worker on call contacted.
c|Paediatric liaison: 16-year-old male attended with stab wound to thigh. Declined to give account. Police present. Youth worker from the Redthread team engaged at bedside.
c|A&E liaison: {NAME|Oluwaseun Bakare}, NHS no. {NHS_NUMBER|186 091 3903}, attended following assault. Discharged with follow-up at fracture clinic.
c|Liaison health visitor informed. GP surgery informed. No further action from ED.
c|A&E: Young person attended intoxicated with friends. Parents not contactable. Kept in overnight for observation.
c|ED note: 15F, overdose of sertraline belonging to Mum. Dr {NAME|Chakraborty} completed risk assessment. Admitted to Ward 12.
c|Attended with baby sibling, 5 weeks, who had a bruise on cheek. Child protection medical arranged with on-call consultant.
c|A&E liaison: {NAME|Jamie-Lee Hutton} self-discharged before being seen. Multiple attempts to contact. Escalated to MASH.
c|NHS Number {NHS_NUMBER|996 030 8243} attended Paediatric ED 19:45 with abdominal pain; safeguarding screen negative.
c|Youth club session record: 22 young people attended. Pool tournament, tuck shop, conversation around exam stress. No incidents.
c|Session record: Detached work on the Northgate estate. 3 hours. Engaged 9 young people at the MUGA. Discussion about the police presence after last week.
c|Youth club: {NAME|Kyle} and {NAME|Reece} argued over the PlayStation, resolved by staff. Both stayed until close.
c|Session notes Wednesday: cooking session, made pizzas. {NAME|Mariam} helped the younger ones. Great atmosphere.
c|Girls' group: discussion on healthy relationships. Two young women asked about Brook clinic times. Leaflets given.
c|Session cancelled due to Storm Ciarán and staff shortage.
c|Youth club: {NAME|Tanisha} disclosed that she is being made to look after her siblings every night and misses school. Followed safeguarding procedure, spoke to Lead Youth Worker {NAME|Dave Marsden}.
c|Youth worker {NAME|Paddy} ran the football session on the Astro, 14 attended.
c|LGBTQ+ group session: film night. Watched Heartstopper episodes and discussed. Feedback very positive.
c|Session record: Trip to Go Ape at Delamere Forest. All returned safely.
c|Youth club: Older males seen on bikes outside the fence. Staff asked them to move on. Noted for Neighbourhood Policing.
c|Detached team met {NAME|Shay} and {NAME|Logan} at the back of the Aldi. Both stated they had been excluded from school this week.
c|Session record 3/10: Music studio session with Young Voices. Recorded two tracks. No issues.
c|Youth club: New member {NAME|Hevin} (Kurdish, arrived from Iraq last year) attended with his cousin. Settled well.
c|Junior club: arts and crafts for Diwali. Made diyas and rangoli patterns.
c|Senior club: Debate on votes at 16. Lively. Very few concerns.
c|Young person disclosed his uncle has been taking him to "parties" in Blackburn. Concern re exploitation. Referred to Complex Safeguarding Team.
c|Foster carer log: Good day. {NAME|Amelia} went to school without fuss and had her tea. Bath and bed by 8.
c|Foster carer daily log Mon: Contact with birth Mum at the Family Centre. Child was quiet afterwards and wet the bed.
c|FC log: {NAME|Jayden}'s supervising social worker {NAME|Lorraine} visited. Discussed bedtime routine.
c|Daily log: Went to Cubs. Came home happy. Asked when he'd see his brother again.
c|FC log: {NAME|Roksana} refused to eat again, said she is fasting for Ramadan. Discussed with SSW; respect her choice, ensure Suhoor food available.
c|Foster carer log Sat: Took both girls to Chester Zoo. No issues.
c|FC log: {NAME|Tyler-James} had a meltdown after the phone call with Dad. Calmed after 40 minutes. Recorded in log for LAC review.
c|Daily log: Child said Nanny {NAME|Brenda} used to let her stay up till midnight. Explained house rules.
c|FC log: School rang, {NAME|Keeley} was in a fight at lunch. She says the other girl called her a care kid. Spoke to her about it over tea.
c|Daily log Tues: Dentist appointment attended. Two fillings needed.
c|FC log: {NAME|Nicu} (placed Friday) speaks limited English; Romanian interpreter booked via the LA for Monday.
c|Foster carer log: Birth Dad turned up at the school gate. Staff did not release child. Informed the Emergency Duty Team.
c|Daily log: Quiet weekend. Watched films and made cakes. Child said she wants to stay here "forever".
c|FC log: {NAME|Abdirahman} went to Friday prayers with the mentor Mr {NAME|Farah} arranged by the SW.
c|Daily log: Out till 23:40 despite 21:00 curfew. Reported missing at 22:00 as per plan. Returned by taxi. Return interview requested.
c|Foster carer log: {NAME|Harvey} asked why his name is different to ours. Talked about life story work.
f|Who do you live with? Mum, my step dad and 2 little sisters
f|Who do you live with? Nan
f|Who do you live with? my mam {NAME|Sharon} and my brother {NAME|Connor}
f|Who do you live with? Foster carers
f|Who do you live with? dad and his girlfriend {NAME|Stacey} and her kids
f|Who do you live with? Mum, Dad, Grandma, 3 brothers
f|Who do you live with? me and my baby in a flat
f|Who do you live with? Auntie {NAME|Folasade} and Uncle {NAME|Tunde}
f|Who do you live with? my mum and her partner
f|Who do you live with? supported lodgings with {NAME|Margaret}
f|Who do you live with? Mum (weekdays) Dad (weekends)
f|Who do you live with? Ammi, Abbu, Dadi and my sisters
f|Which school? {SCHOOL|Ysgol Gyfun Cwm Rhondda}
f|Which school? {SCHOOL|St Bede's Catholic Academy}
f|Which school? home educated
f|Which school? {SCHOOL|Oldfield Park Academy}
f|Which school? the PRU
f|Which school? {SCHOOL|Hollins Brook High School}
f|Which school? Not in school at the moment
f|Which school? {SCHOOL|Kingsmead Community School}
f|Which school? college
f|Which school? Year 9
f|Which school? {SCHOOL|Ysgol Bro Teifi}
f|Which school? {SCHOOL|Our Lady of Lourdes RC Primary}
f|Which school? the one near the big Tesco
f|Name: {NAME|Ruqayyah Hussain}
f|Name: {NAME|Liam O'Sullivan}  Age: 14
f|Name of young person: {NAME|Nguyễn Thị Lan}
f|Full name: {NAME|Chukwuemeka Obi}
f|Preferred name: {NAME|Emeka}
f|Preferred name: none
f|Preferred name: {NAME|Bobbi} (they/them)
f|Name: prefer not to say
f|Name: {NAME|Yasmin El-Sayed}  DOB: {DATE_OF_BIRTH|22/09/2009}
f|Date of birth: {DATE_OF_BIRTH|11 February 2012}
f|DOB: {DATE_OF_BIRTH|2011-06-30}
f|Date of birth: 03/2010 (don't know the day)
f|Age: 13
f|Phone number: {PHONE|07700 900417}
f|Parent/carer phone: {PHONE|07700 900082}
f|Contact number: {PHONE|0161 496 0772}
f|Home phone: {PHONE|01632 960341}
f|Phone: dont have one
f|Email: {EMAIL|kayla.x.2011@example.com}
f|Parent email: {EMAIL|j.mccallum@example.org}
f|Email address: {EMAIL|deenz_99@example.net}
f|Email: n/a
f|Postcode: {POSTCODE|LS9 7QT}
f|Postcode: {POSTCODE|CF24 3AB}
f|Postcode: dont know
f|Address: {ADDRESS|14 Maple Close, Harehills, Leeds} {POSTCODE|LS8 4ZE}
f|Address: {ADDRESS|Flat 6, 22 Sycamore Court, Moss Side}
f|Address: no fixed abode
f|Home address: {ADDRESS|9 Heol y Nant, Tonypandy}, {POSTCODE|CF40 9XY}
f|Social media: {HANDLE|@zaraa.bx}
f|Snapchat username: {HANDLE|jayjay_2011}
f|Instagram: {HANDLE|@rhi.jenkins.x}
f|Social media: I don't use it
f|TikTok: {HANDLE|@kwabena.vibes}
f|Link to your page (optional): {URL|https://www.example.com/u/tomekfitness}
f|Website: {URL|https://moeedcreates.example.net}
f|NHS number: {NHS_NUMBER|628 194 8211}
f|NHS number (if known): dont know
f|NHS No: {NHS_NUMBER|9935181901}
f|GP surgery: Bridge Street Medical Centre
f|GP: Dr {NAME|Adebayo}, Marsh Lane Surgery
f|Emergency contact: Gran ({NAME|Patricia Lloyd})
f|Emergency contact: Uncle {NAME|Wojtek} {PHONE|07700 900655}
f|Emergency contact: Mum
f|Referrer: {NAME|Hannah Whitlock}, School Nurse
f|Referrer: Early Help Hub
f|Referrer name: self
f|Referral reason: low mood, not attending school, arguments at home
f|Reason for referral: Concerns about CCE, seen with older males in cars, going missing
f|Religion: Muslim
f|Religion: Church in Wales
f|Religion: none
f|Religion: Sikh
f|Ethnicity: White British
f|Ethnicity: Black British Caribbean
f|Ethnicity: Mixed White and Black African
f|Ethnicity: Gypsy/Roma
f|First language: Polish
f|First language: Welsh
f|First language: Somali
f|Language spoken at home: Bengali (Sylheti)
f|Interpreter needed? yes Tigrinya
f|Do you have a social worker? yes her name is {NAME|Claire}
f|Do you have a social worker? no
f|Do you have a social worker? i did but she left
f|Social worker name: {NAME|Parveen Akhtar}
f|Social worker: Ms {NAME|Drummond}
f|Allocated worker: Duty team
f|Key worker: {NAME|Sinéad}
f|Key worker: not allocated yet
f|Name of school contact: Mr {NAME|Lewis}
f|Name of school contact: Head of Year
f|Medical conditions: asthma, ADHD
f|Medical conditions: none
f|Allergies: nuts, penicillin
f|Dietary needs: halal
f|Dietary needs: vegetarian, no pork
f|Anything else? no
f|Anything else? not really
f|Anything else? the youth club is the best thing about where I live
f|Anything else? please can we have more trips
f|Anything else? can you get a pool table that isn't broken
f|Anything else? more girls only sessions please
f|Anything else? {NAME|Gemma} the youth worker is amazing please keep her
f|Anything else? the Wi-Fi is rubbish
f|Anything else? i feel safer here than at home
f|Anything else? open on Sundays
f|Anything else? {NAME|Shaq} and {NAME|Amani} made me feel welcome on my first night
f|Anything else you want to tell us? I'm scared of going to the toilets at school
f|Anything else? Give {NAME|Big Tony} a pay rise lol
f|Anything else? More stuff for Year 7s
f|Anything else? we need more football in the summer holidays
f|Anything else? no thank u
f|Anything else? {NAME|dean} is the best coach ever
f|Anything else? the police keep stopping us for nothing
f|Anything else? its fine
f|Anything else? Please tell the Council the park lights are broken
f|Anything else? I'd like to do the Duke of Edinburgh award
y|{NAME|Will} said he will meet us by the library at lunch
y|{NAME|Grace} and her mum said grace before we ate, it was nice
y|i hope {NAME|Hope} is ok she wasnt in today
y|{NAME|Summer} is going to Majorca this summer lucky her
y|{NAME|Hunter} got his phone taken off him again lmao
y|me and {NAME|mason} are building a den in the woods behind the Rec
y|{NAME|Rose} from 8K gave me a rose on Valentine's, so embarrassing
y|{NAME|jack} and {NAME|frankie} got caught smoking by the bins
y|Frank is my grandad's dog not a person lol, {NAME|Frankie} is my mate
y|{NAME|Dawn} the dinner lady always gives me extra chips
y|{NAME|Sky} keeps posting about me on her story and im sick of it
y|{NAME|River} is non binary and everyone in our form is fine with it
y|{NAME|Brooke} and her brother {NAME|Kayne} live by the brook near the allotments
y|my cousin {NAME|Major} is in the army which is funny cos of his name
y|{NAME|Storm} in year 10 is scary, she punched a lad in the face
y|{NAME|Taylor} from my class is mean, not the singer obviously
y|{NAME|Chase} said he'd chase me if I told anyone
y|{NAME|Prince} and {NAME|Precious} are twins in year 7
y|{NAME|Duke} from football said he's moving to Birmingham
y|{NAME|Ivy} got me a present for my birthday which was nice
y|{NAME|Holly} is my best mate since nursery
y|{NAME|Sterling}'s mum drives us to matches, she's a legend
y|{NAME|Joy} is the lady at the youth club who does the tuck shop
y|{NAME|Reed} is the only one who texts me back
y|{NAME|faith} stop ignoring me i said sorry
y|{NAME|April}'s birthday is in June which makes no sense
y|{NAME|Bishop} is his surname and everyone calls him that
y|{NAME|Drew} drew on my book in Maths
y|{NAME|Robyn} and {NAME|Lily} are going to the Ariana Grande concert
y|{NAME|mark} got a detention for calling the teacher a name
y|{NAME|Earl} from down the road fixes bikes for a fiver
y|{NAME|Rich} is my step dad he isnt rich lol
y|{NAME|King} is a boy in my class his dad is from Ghana
y|ngl {NAME|jamal} is lowkey funny
y|{NAME|kez} ur bag is at mine
y|{NAME|shaz} wants to know if ur coming
y|{NAME|abdi} and {NAME|hodan} both got into the Y9 football team
y|{NAME|Fartun} said her mum is taking her back to Somalia in the summer and she doesnt want to go
y|{NAME|Ayaan} helps me with my English homework
y|{NAME|Nkechi} wore her gele to the wedding and looked amazing
y|{NAME|Kofi} and {NAME|Ama} are my cousins from Kumasi
y|{NAME|Akosua}'s dad is a pastor at the church on Moss Lane
y|my friend {NAME|Zainab Qureshi} is having a hard time at home
y|{NAME|Saif} keeps getting stopped by the police on Stratford Road
y|{NAME|Tanvir} and {NAME|Sumaiya} are getting married and im a bridesmaid
y|{NAME|Arjun} beat me at chess again
y|{NAME|Priya Patel} is the head girl and she's nice to everyone
y|{NAME|Harpreet} said Vaisakhi is her favourite festival
y|{NAME|Wei} said Chinese New Year is the best week of the year
y|{NAME|Mei Ling} is new she's from Hong Kong
y|{NAME|Minh} and {NAME|Thảo} helped me with the Year 11 mock revision
y|{NAME|Emre} said his uncle owns the kebab shop on Green Lanes
y|{NAME|Rojda} and {NAME|Zagros} are Kurdish and they taught us a dance
y|{NAME|Layla} and {NAME|Omar} got into a fight with some lads from the other school
y|{NAME|Aoife} is my Irish dancing partner
y|{NAME|Siobhán} and {NAME|Pádraig} are from Derry, they moved here in Year 6
y|{NAME|Eilidh} said her grandad from Skye speaks Gaelic
y|{NAME|Ruaridh} got picked for Scotland under 16s rugby
y|{NAME|Lowri} and {NAME|Carys} are in my Welsh class
y|{NAME|Tomos} tried to eat a whole Welsh cake in one go
y|{NAME|Shenelle}'s grandma makes the best jerk chicken
y|{NAME|Marlon} and {NAME|Delroy} play dominoes at the community centre every Friday
y|{NAME|Ionuț} said his family are from Cluj
y|{NAME|Andreea} teaches me Romanian words at break
y|{NAME|Szymon} and {NAME|Julia} are going to Kraków at Christmas
y|{NAME|Gosia} said she'll bring pierogi to the party
y|{NAME|Mustafa}'s dad runs the barber's, he gave me a trim for free
y|{NAME|Nour} said she's fasting so she's gonna sit in the library
y|{NAME|Khadija} and {NAME|Fatima} won the debate competition
y|me and {NAME|kiki} bought matching hoodies from Primark
y|{NAME|lola} why did u screenshot my message
y|{NAME|Alfie}, {NAME|Archie} and {NAME|Freddie} got sent out of Science
y|{NAME|Macie-Leigh} says I look like a gremlin
y|{NAME|Kelsey} has been self harming and I don't know what to do
y|{NAME|Reuben}'s older brother offered us weed at the bus stop
y|the new lad {NAME|Luca} is from Italy he's got a sick accent
y|{NAME|tay} is at hospital with her nan
y|{NAME|Ikechukwu} goes by {NAME|Ike} at school cos no one can say it
y|{NAME|Oluwatobi} is the best at football in our year
y|{NAME|Thandiwe} said her mum is a nurse at the Royal
y|my sister {NAME|Aaliyah} had her baby and named her {NAME|Nevaeh}
c|Foster carer log: {NAME|Ayodele} spoke with her brother {NAME|Kunle} on FaceTime. Both upset at the end.
c|Visit to Mum ({NAME|Danuta Kamińska}) at home. Interpreter {NAME|Piotr} present by phone.
c|SW {NAME|Niamh Gallagher} completed the Child and Family Assessment. Outcome: CIN plan.
c|Met {NAME|Hussein} and his stepfather Mr {NAME|Rahimi}, who disputes the account of the incident.
c|DSL: {NAME|Jamila Osman} (Y7) disclosed that her aunt has mentioned "a special cutting" in the summer holidays. FGM concern. Police and CSC notified immediately.
c|Case note: {NAME|Fiifi} attended the Youth Justice appointment with his mentor {NAME|Kwesi}. Reparation plan agreed.
c|Triage: {NAME|Bogdan Popescu}, 17, presented via the Housing Options team. Sleeping in a car. Joint assessment with CSC under Southwark protocol.
c|Home visit with PCSO {NAME|Iqbal}. Grandmother {NAME|Zubeida} caring for three children. House cold, no gas credit.
c|TAC meeting attended by Mum, Ms {NAME|Adeyinka} (school), {NAME|Steph} (Early Help) and the health visitor.
c|Mr {NAME|Tran} (father) attended with {NAME|Bảo} (8). Vietnamese interpreter used. Father reports child wandering at night.
c|DSL log: {NAME|Aryan Sharma} said his older cousin keeps asking for nudes via Instagram. Cousin is 19. Police informed.
c|Youth worker {NAME|Tash} supported {NAME|Demi} to attend her sexual health appointment.
c|{NAME|Ruby Kowalski}, 15, missing since Thursday. Last seen with {NAME|Connor Price} (19). Risk assessed as high.
c|Return home interview with {NAME|Leon}: stated he stayed with a friend called {NAME|Ricky} in Rochdale. Would not give address.
c|Conversation with Mrs {NAME|Nwachukwu} (maternal grandmother) who is willing to be assessed as a connected carer.
c|{NAME|Callum McLeod} seen by Dr {NAME|Fraser} at Paediatric ED. Bruising to shins and back. Explanation inconsistent.
c|Youth club session: {NAME|Hollie} and {NAME|Bradley} ran the tuck shop. Profit £14.50.
c|Detached session: {NAME|Kieran} said the older lads call him {NAME|Little K}. Concern around grooming into county lines.
c|Phone call with {NAME|Deborah} from the fostering team re respite for the weekend.
c|Mr {NAME|Olamide Adeyemi}'s request for contact increased to fortnightly. Passed to Team Manager.
c|CIN meeting: {NAME|Ellie-May} and {NAME|Rhys} both present. Dad {NAME|Gareth Pugh} attended, Mum did not.
c|{NAME|Amir Hosseini}, UASC, age disputed. Age assessment to be completed by {NAME|Joanne} and {NAME|Tariq}.
c|Clinic letter cc GP. Patient: {NAME|Kezia Francis}, NHS {NHS_NUMBER|937 865 7974}, DOB {DATE_OF_BIRTH|19/01/2008}.
c|Received email from {EMAIL|l.osei@example.org} (Mum) asking for the minutes of the last meeting.
c|Mum's new number is {PHONE|07700 900231}. Updated on the system.
c|Contact with Dad at {ADDRESS|41 Ashgrove Road, Hulme}, supervised by {NAME|Andrea}.
c|Placement address: {ADDRESS|3 Bryn Celyn, Pontypridd}, {POSTCODE|CF37 2QZ}. Carers {NAME|Huw} and {NAME|Menna Griffiths}.
c|{NAME|Shamima}'s brother {NAME|Rafiq} found her profile at {URL|https://www.example.net/shamz.official} and reported it.
c|Instagram account {HANDLE|@bigdawg_0161} posting drill videos naming rivals. Shared with the Gangs Unit.
c|School: {SCHOOL|Brookfield Academy}. Head of Year Mr {NAME|Ashworth} reports attendance 62%.
c|{NAME|Patience Owusu} called from {PHONE|020 7946 0318} asking for an update on the referral.
c|Spoke to Sgt {NAME|Morrison} re {NAME|Dylan}'s bail conditions.
c|Message left for Fr {NAME|Doyle} at the parish who had raised the concern.
c|PCSO: {NAME|Rimas} (Lithuanian, 13) reported his bike was stolen outside the leisure centre.
c|Foster carer {NAME|Bev} reports {NAME|Kyla} told her "I don't want to go back to Mammy's".
c|Supervising social worker {NAME|Anwen Rees} visited. Carer feels unsupported.
c|Grandad {NAME|Ted} collected {NAME|Poppy} from school today. Not on the approved list. School phoned SW.
c|{NAME|Mehmet Yılmaz} (father) attended reception demanding to see his son. Police called.
c|{NAME|Sophia Dimitrova} ({DATE_OF_BIRTH|08.04.2013}), Bulgarian, new to area, no school place yet.
c|Family support worker {NAME|Sue} took Mum to the food bank on Tuesday.
c|PCSO note: {NAME|Ozzy} (street name) seen giving lifts to girls from the children's home in a black Audi.
c|Youth worker {NAME|Jack} accompanied {NAME|Robbie} to the Jobcentre.
c|SW {NAME|Rob Taylor} visited, child refused to come downstairs.
c|{NAME|Hope} (7) said "Daddy makes Mummy cry". Recorded and passed to DSL.
c|DSL log: {NAME|Summer-Rose Baker} has not been seen since the start of term. Home visit arranged.
c|{NAME|Will Carter} (Y10) disclosed that his mum is drinking heavily again. Staff will monitor.
c|Nan ({NAME|Maureen}) reports {NAME|Tyler}'s bedroom has a lock on the outside. Unannounced visit to be arranged.
y|will u be at the Rec after school or nah
y|may as well not bother going in tomorrow its only Enrichment Day
y|i hope it doesnt rain for Sports Day on Friday
y|by the grace of God i passed my Maths mock
y|got a new lily plant for my room from B&M
y|had to wear a holly jumper for Christmas Jumper Day
y|ivy all over the back wall of the youth centre looks sick in autumn
y|the bill for my phone is £35 a month and mum says I have to pay half
y|to be frank I dont care what Sir thinks
y|got a black mark on my record for being late again
y|someone tried to rob my bike outside the Leisure Centre
y|cant sue the school for making us wear blazers can you lol
y|the summer holidays are too long i get bored
y|the sky was pink last night over the Tower Park
y|storm warning for Thursday, hope school shuts
y|we had a rain delay at cricket so we sat in the pavilion
y|there's a brook behind the estate where the older kids drink
y|i wanna be a river guide when im older, or a gamer
y|Hunter wellies are so expensive for literally boots
y|dont chase the ice cream van it never stops
y|he drew a knife on a year 11 apparently but idk if its true
y|mason jars are so trendy my sister drinks out of one
y|Taylor Swift tickets sold out in like 2 minutes
y|my dad still plays Carter USM in the car, its so old
y|the baker's on Market Street does the best sausage rolls
y|Johnnie Walker is my uncle's favourite whisky
y|the young ones are always screaming at the youth club
y|Burger King on the retail park is open till 2am
y|they're rich round Hale Barns, massive houses
y|the Bishop came to do confirmation at our church
y|i'm a major Liverpool fan
y|august is the best month, no school all month
y|my dad says he's a duke of the dance floor lol
y|Prince William came to open the new hospital wing
y|Raheem Sterling is still class whatever anyone says
y|the pound to euro rate is bad so we're not going Spain
y|Mark Zuckerberg owns Instagram and WhatsApp, crazy
y|is April Fools day a school day this year
y|my birthday is in June, same as Father's Day sometimes
y|i get joy out of winding up my brother
y|faith school means we have to do RE every week
y|i dont have much hope for my GCSEs tbh
y|the Rose Garden at the park is where the year 11s vape
y|Jack Grealish wore the same boots as me
y|Holly Willoughby used to be on This Morning with Phillip Schofield
y|King Charles was on the news again
y|Bishop Auckland is where my nan lives
y|Lily Allen's songs are old now but my mum loves them
y|Summer Fair at school is on the last Saturday of July
y|Dawn Butler spoke at our school once, she's an MP
y|Sky Sports is too expensive so my dad streams it
y|Red Rum is a horse my grandad always talks about
y|the Young Carers group meets on Tuesdays at the library
y|the Duke of Edinburgh expedition was in the Brecon Beacons and it rained every day
y|The Chase is my nan's favourite quiz show, she shouts at the telly
y|Walkers crisps are better than Tesco own brand
y|Cooper's Field is where the fireworks are on Bonfire Night
y|Carter Street Police Station is where they took my brother
y|Rich Tea biscuits dunked in tea at my nan's, classic
y|Storm Darragh knocked the tree down in the park
y|North Face coats are like a uniform in my school
y|i got a Trapstar tracksuit for Eid
y|went to Winter Wonderland in Hyde Park and it was so expensive
y|Diwali in Leicester is mental, the lights on Belgrave Road are amazing
y|my mum does Slimming World on Mondays at the Scout Hut
y|Sainsbury's has the meal deal for £3.85 now which is robbery
y|the X43 bus to Manchester takes forever
y|Hollyoaks is filmed near Chester apparently
y|Pokémon cards are back in at our school, the teachers hate it
y|i got banned from Discord for a week
y|GTA 6 is coming out and my mum says I'm not allowed it
y|my little brother watches Bluey on repeat
y|we went to Lapland UK and the elves were so cringe
y|the Hope Street food bank gave us a Christmas hamper
y|Grace Road is where Leicestershire play cricket
y|Mayfield estate got a new playground finally
y|Victoria Station in Manchester is where we meet up
y|Mum says we're going to Butlin's in Skegness at Whitsun
y|the Big Issue seller outside Boots is nice he always says hi
y|do you get free bus travel with the Care Leaver card
c|Session record: 18 young people. Activities: pool, table tennis, FIFA tournament. Discussion on vaping. No concerns raised.
c|DSL log: Parent phoned to say child will be absent due to Eid. Authorised.
c|CPOMS: Late gate x3 this week. Reminder letter sent to parents.
c|PCSO patrol: Hope Park quiet. Grace Street and Rose Hill area checked following reports of ASB. Nothing found.
c|Mayday Hospital liaison nurse informed. No further action required from school.
c|Attended the Summer Fun Day at Victoria Park with the Youth Offending Team stall.
c|Youth club closed for Easter Monday and reopens Wednesday.
c|Storm Isha: outreach session postponed.
c|Discussed at the Contextual Safeguarding panel. Hotspot locations: the Kings Cross underpass, the Major Oak car park, the retail park.
c|PCSO: Checked the Prince Albert pub beer garden following complaint about under-18s drinking. Manager cooperative.
c|Foster carer log: Quiet day at home. Went to Asda and the park. Bed at 8:30.
c|Foster carer log: Child anxious about the LAC review tomorrow. Reassured. Independent Reviewing Officer to visit school.
c|A&E liaison: No CYP attendances requiring follow-up over the weekend.
c|Daily log: Went to church for Harvest Festival. Child enjoyed singing.
c|Strategy discussion by phone. Threshold for S47 not met. Step down to Early Help.
c|Detached session cancelled due to staff illness. Youth Service Manager informed.
c|Youth club: Visit from the Fire Service about fireworks safety ahead of Bonfire Night.
c|Session record: residential to the Peak District. 12 young people, 3 staff. All permissions received.
c|Operation Encompass notification. No action needed; child not present at time of incident.
c|PCSO: Attended Walker Road school gates at pick-up following parking complaints.
c|Safeguarding training for all staff delivered by the LADO on the INSET day.
c|Weekly DSL meeting. No new referrals. Two cases stepped down from CIN to Early Help.
c|Daily log: Went swimming at the Waterworld. Had a good time. Slight argument over the tablet at bedtime.
c|A&E liaison: Attendance reviewed. Accidental injury (trampoline). No safeguarding concerns.
c|Youth club: Young people planned the Christmas party menu. Vote won by pizza and KFC.
c|Case closed by Children's Social Care. School to continue to monitor.
c|Detached: Sky Park and the Brook Street underpass. Very quiet due to the rain.
c|PCSO: Reports of drug litter at the King George V playing fields. Council informed.
c|PCSO: Attended the Baker Street shops after a window was smashed. Youths had left the area.
c|Session record: Cooking session. Made jollof rice, one young person taught the group. Lovely session.
c|Daily log: Child asked about Ramadan timings. Carer bought dates. Fast went well.
c|LAC review postponed due to the IRO being on leave.
c|Referral received from the GP via the Front Door. Passed to Duty.
c|Health visitor visit completed. Baby gaining weight well.
c|Youth worker supervision: discussed boundaries and lone working policy.
c|Met with the Youth Justice Service and the Probation officer re transition at 18.
c|CSE screening tool completed: medium risk. Review in 6 weeks.
c|PCSO: Dispersal order in place around the Arndale bus station Friday to Sunday.
c|Attended the MACE meeting. Three young people discussed. Actions agreed.
c|Foster carer log: Family meal for Thanksgiving as carers are American. Child loved the pie.
c|PCSO: Ice cream van reported for selling cigarettes to children. Trading Standards informed.
f|Who do you live with? my nan and grandad
f|Who do you live with? Mam and Dad and my brother
f|Who do you live with? my Mum's friend
f|Who do you live with? on my own in a flat
f|Who do you live with? Mum and my baby brother
f|Which school? still waiting for a place
f|Which school? I go to college in town
f|Which school? secondary
f|How did you hear about us? my Mum
f|How did you hear about us? Instagram
f|How did you hear about us? The Head told me
f|How did you hear about us? flyer at the chippy
f|How did you hear about us? Youth Offending Team
f|How did you hear about us? Miss at school
f|What do you want help with? getting a job
f|What do you want help with? anger
f|What do you want help with? my mental health and sleep
f|What do you want help with? getting my own place
f|What do you want help with? money
f|Favourite activity: football, FIFA, cooking
f|Favourite activity: art and music
f|Favourite activity: the trips
f|Do you feel safe at home? yes
f|Do you feel safe at home? sometimes
f|Do you feel safe at home? no
f|Do you feel safe in your area? not at night
f|Do you feel safe in your area? yes mostly except by the shops
f|Consent to share with school: yes
f|Consent to share with GP: no
f|Photo consent: yes
f|Photo consent: no please dont put me on Facebook
f|Gender: girl
f|Gender: male
f|Gender: non-binary
f|Pronouns: he/him
f|Pronouns: she/they
f|Year group: Year 8
f|Year group: 11
f|Anything else? no not really, thanks
f|Anything else? the summer scheme was the best thing ever
f|Anything else? the Christmas party was good
f|Anything else? can we go Alton Towers next year
f|Anything else? Please get a new PlayStation
f|Anything else? Miss is lovely
f|Anything else? more support for young carers
f|Anything else? I liked the trip to the Eden Project
f|Anything else? nope
f|Anything else? longer opening hours on Fridays
f|Anything else? the staff listen to you
f|Anything else? I want to be a youth worker one day
f|Anything else? the Mosque should have a youth club too
f|Anything else? Thank you for helping me with my CV
f|Anything else? Stop the older lads coming in
f|Anything else? make the Astro free for under 16s
y|my snap is {HANDLE|lil.kay_x} add me
y|text me on {PHONE|07700 900913} if ur bored
y|my insta got hacked so add my new one {HANDLE|@_maddie.rose_}
y|its {NAME|deanna} btw my old number is dead, new one is {PHONE|07700 900504}
y|my email for college is {EMAIL|tyreke.m2008@example.com} if u need to send the form
y|i go {SCHOOL|Castle View Academy} and its rubbish
y|im in year 10 at {SCHOOL|Ysgol Glan Clwyd} and we have to do everything in Welsh
y|{NAME|Mrs Hassan} from {SCHOOL|Greenfields Primary} still says hi when she sees me in Asda
y|moved from {SCHOOL|St Ninian's High} to here and i dont know anyone
y|I live at {ADDRESS|27 Coronation Street, Ebbw Vale} but please dont send letters there
y|my postcode is {POSTCODE|NE6 2TP} if you need it for the bus pass
y|my youtube is {URL|https://www.example.com/c/jaydengaming14} pls subscribe
y|my birthday is {DATE_OF_BIRTH|2 May 2011} so I'll be 16 in Year 11
y|add me on tiktok {HANDLE|@sami.k.0} i post football edits
y|ring my nan on {PHONE|01632 960877} cos my phone is off
y|{NAME|jordan} gave my number out to some random man, its {PHONE|07700 900388}, can u block it
y|um yeah my name is {NAME|Ashton Reid} and my date of birth is {DATE_OF_BIRTH|the fourth of October two thousand and nine}
y|hi its {NAME|Nadia} from {SCHOOL|Harborne Park School} I came to the drop in on Monday
y|my PA's email is {EMAIL|c.okafor@example.org} can u send her the letter
y|my flat is {ADDRESS|Flat 12, Brunswick House, 88 Old Kent Road} but the buzzer doesnt work
c|Mum's mobile: {PHONE|07700 900146}. Dad's mobile: {PHONE|07700 900159}. Dad has PR.
c|Referral from {NAME|Lucy Fenwick}, DSL, {SCHOOL|Northbrook Church of England Academy}, tel {PHONE|0113 496 0241}.
c|{NAME|Ayesha Rahman}, DOB {DATE_OF_BIRTH|14/12/2010}, {ADDRESS|56 Tennyson Street, Bradford}, {POSTCODE|BD3 9HL}. Allocated to Team 3.
c|NHS number for {NAME|Kayden Wright}: {NHS_NUMBER|543 231 9489}. Confirmed with GP.
c|Called the ward on {PHONE|0161 496 0033}. Nurse in charge {NAME|Tamsin} confirmed discharge tomorrow.
c|A&E liaison: {NAME|Blessing Okoro} (NHS {NHS_NUMBER|252 760 1898}) re-attended with headaches. Third attendance. Referral to MASH.
c|Youth club: {NAME|Ciaran} gave us his email ({EMAIL|ciaran.dunne07@example.net}) for the residential info.
c|PCSO: TikTok account {HANDLE|@northside_youngens} filmed the fight at the skate park. Screenshot saved.
c|Mum provided her new address: {ADDRESS|Flat 4, 19 Lime Grove, Walsall}, {POSTCODE|WS2 8QN}.
c|{NAME|Darius Mohammadi} (UASC), DOB given as {DATE_OF_BIRTH|01/01/2009}. Placed in semi-independent at {ADDRESS|12 Clarendon Road}.
c|DSL: fake Instagram page {URL|https://www.instagram.com/y10_exposed_page} set up naming pupils. Reported to Instagram and police.
c|PEP meeting: {NAME|Tegan} has a place at {SCHOOL|Coleg y Cymoedd} from September.
c|Foster carers {NAME|Ray} and {NAME|Linda Holt}, {ADDRESS|8 Meadow View, Stockport}, contact {PHONE|0161 496 0519}.
c|Message from {NAME|Ngozi} at Early Help: please call back on {PHONE|020 7946 0722}.
c|Sibling {NAME|Idris} (DOB {DATE_OF_BIRTH|30/06/2015}) attends {SCHOOL|Springfield Infant School}.
c|Emailed {EMAIL|f.mahmood@example.org} (SENCo) requesting the latest IEP.
c|ED: {NAME|Anh Nguyen}, 16, NHS {NHS_NUMBER|555 979 7111}, discharged to care of foster carer {NAME|Pauline}.
c|Patient {NAME|Isla McKenzie} (NHS {NHS_NUMBER|8599528904}) attended after ingestion of Mum's tablets. Details confirmed by ward clerk.
c|PCSO: YP gave name as {NAME|Jason Lee}, address {ADDRESS|5 Harrow Close}, {POSTCODE|B33 0RT}. Returned home to Mum.
c|Snapchat {HANDLE|tinyt.2k10} sending threatening messages to pupil. Parents advised to report.
c|{NAME|Samira}'s YouTube channel ({URL|https://youtube.example.com/@samirasdiary}) shows her bedroom and school jumper. Online safety work planned.
c|Family moved to {ADDRESS|22 Gwaun Road, Swansea}, {POSTCODE|SA1 7JD}. Transfer to {SCHOOL|Ysgol Gyfun Gŵyr} in progress.
c|Professional contacts: SW {NAME|Femi Adeola} {PHONE|020 7946 0091}; HV {NAME|Rachel Gill} {PHONE|020 7946 0654}.
c|Dad refused to give his number. Uncle {NAME|Rashid} gave {PHONE|07700 900702} as a contact.
c|Carer reported that {NAME|Lacey} (DOB {DATE_OF_BIRTH|17/08/2012}) received a parcel addressed to her from an unknown adult.
c|Youth club sign-in: {NAME|Olivia Fraser} {PHONE|07700 900860}, {NAME|Bilal Chaudhry} {PHONE|07700 900861}.
c|NHS {NHS_NUMBER|342 366 7125} {NAME|Marek Wójcik} discharged from Paediatric Ward 2. GP to follow up.
c|YOT worker {NAME|Lisa Chambers} can be contacted at {EMAIL|lisa.chambers@example.org}.
c|Address history: {ADDRESS|77 Kingsway, Huyton} (until 2024), then {ADDRESS|2 Orchard Walk, Kirkby}.
f|Name: {NAME|Kyrie Thompson-Blake}  Phone: {PHONE|07700 900271}
f|Email: {EMAIL|mrs.d.ahmed@example.com}
f|Parent email: {EMAIL|gwen.bowen@example.net}
f|Your email (so we can reply): {EMAIL|skaterboi.leo@example.com}
f|Postcode: {POSTCODE|M40 8BX}
f|Postcode: {POSTCODE|G42 7RS}
f|Postcode (first part only is fine): M14
f|Address: {ADDRESS|31 Church Lane, Gorton}
f|Address: {ADDRESS|5 Fern Terrace, Aberdare}, {POSTCODE|CF44 6LW}
f|School: {SCHOOL|Queen Elizabeth's Grammar}
f|School: {SCHOOL|Bishop Walsh Catholic School}
f|School/college: {SCHOOL|Cardiff and Vale College}
f|Date of birth: {DATE_OF_BIRTH|07/11/2008}
f|DOB: {DATE_OF_BIRTH|25.12.2010}
f|Date of birth: {DATE_OF_BIRTH|March 3rd 2012}
f|NHS number: {NHS_NUMBER|768 426 8465}
f|NHS number: {NHS_NUMBER|5632122336}
f|Snapchat: {HANDLE|ellie.b_x}
f|Instagram handle: {HANDLE|@its.yusra}
f|Online profile link: {URL|https://www.example.org/members/kai-jones-art}
f|Carer phone: {PHONE|0113 496 0987}
f|Mum's mobile: {PHONE|07700 900044}   Dad's mobile: unknown
f|Emergency contact: Aunty {NAME|Grace Mensah} {PHONE|07700 900598}
f|Name: {NAME|Maddison Hughes}   Age: 12   School: {SCHOOL|Pen-y-Dre High School}
f|Who do you live with? Nana {NAME|Doreen} and Uncle {NAME|Steve}
f|Who do you live with? my foster mum {NAME|Kerry} and {NAME|Dave}
f|Who do you live with? Mum, {NAME|Jordan} (step dad), my sister {NAME|Mia}
f|Name: {NAME|Oyelaran Adebisi}  Preferred: {NAME|Laran}
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
STYLES = {"y": "young_person", "c": "case_note", "f": "form"}
MARK = re.compile(r"\{([A-Z_]+)\|([^{}|]+)\}")
PHONE_OK = [
    re.compile(r"^07700 ?900\d{3}$"),
    re.compile(r"^01632 ?960\d{3}$"),
    re.compile(r"^020 ?7946 ?0\d{3}$"),
    re.compile(r"^0113 ?496 ?0\d{3}$"),
    re.compile(r"^0161 ?496 ?0\d{3}$"),
]
EMAIL_OK = re.compile(r"^[^@\s]+@([a-z0-9-]+\.)*example\.(com|org|net)$")


def nhs_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def parse(line, errors, lineno):
    code, _, body = line.partition("|")
    code = code.strip()
    if code not in STYLES:
        errors.append(f"line {lineno}: bad style code {code!r}")
        return None
    body = body.strip()
    out, spans, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        start = sum(len(p) for p in out)
        typ, val = m.group(1), m.group(2)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": typ})
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "{" in text or "}" in text or "|" in text:
        errors.append(f"line {lineno}: stray brace/bar: {text[:60]}")
    for s in spans:
        val = text[s["start"]:s["end"]]
        if s["type"] not in TYPES:
            errors.append(f"line {lineno}: bad type {s['type']}")
        if not val or val != val.strip():
            errors.append(f"line {lineno}: empty/whitespace span {val!r}")
        if s["type"] == "NHS_NUMBER" and not nhs_ok(val):
            errors.append(f"line {lineno}: NHS checksum fails {val}")
        if s["type"] == "PHONE" and not any(p.match(val) for p in PHONE_OK):
            errors.append(f"line {lineno}: phone outside drama ranges {val}")
        if s["type"] == "EMAIL" and not EMAIL_OK.match(val):
            errors.append(f"line {lineno}: email not at example domain {val}")
    ss = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            errors.append(f"line {lineno}: overlap")
    # marked string must not also appear unmarked as a whole word
    for s in spans:
        val = text[s["start"]:s["end"]]
        for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
            covered = any(t["start"] <= m.start() and m.end() <= t["end"] for t in spans)
            if not covered:
                errors.append(f"line {lineno}: {val!r} also appears unmarked")
    return {"style": STYLES[code], "text": text, "spans": ss}


def main():
    errors, recs = [], []
    for i, raw in enumerate(DATA.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        r = parse(line, errors, i)
        if r:
            recs.append(r)
    texts = Counter(r["text"] for r in recs)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text: {t[:60]}")
    n = len(recs)
    nospan = sum(1 for r in recs if not r["spans"])
    share = nospan / n if n else 0
    types = Counter(s["type"] for r in recs for s in r["spans"])
    styles = Counter(r["style"] for r in recs)
    print(f"records={n} nospan={nospan} share={share:.3f}")
    print("types", dict(types))
    print("styles", dict(styles))
    if n < 650:
        errors.append(f"only {n} records")
    if types["NAME"] < 280:
        errors.append(f"only {types['NAME']} NAME spans")
    if not 0.55 <= share <= 0.62:
        errors.append(f"no-span share {share:.3f} outside 55-62%")
    if errors:
        print("\n".join(errors))
        print(f"FAILED with {len(errors)} errors; nothing written")
        sys.exit(1)
    random.Random(20261212).shuffle(recs)
    with open(HERE / "set_u.jsonl", "w", encoding="utf-8") as fh:
        for k, r in enumerate(recs, 1):
            obj = {"id": f"u{k:04d}", "style": r["style"], "text": r["text"], "spans": r["spans"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    styles_nospan = Counter(r["style"] for r in recs if not r["spans"])
    rows_t = "\n".join(f"| {t} | {types[t]} |" for t in sorted(types, key=lambda t: -types[t]))
    rows_s = "\n".join(f"| {s} | {styles[s]} | {styles_nospan[s]} |" for s in sorted(styles))
    readme = README.format(n=n, nospan=nospan, share=100 * share,
                           nspans=sum(types.values()), rows_t=rows_t, rows_s=rows_s)
    (HERE / "README_set_u.md").write_text(readme, encoding="utf-8")
    print("wrote set_u.jsonl and README_set_u.md")


README = """# Set U: hand-written de-identification records (UK youth services)

- **Author:** an independent helper session that saw only its own folder
  (`/work/sets/deid_u/`). No other file, repository, search tool, web page or
  de-identifier was consulted or run; all text was written from general knowledge.
- **Date:** 2026-12-06
- **File:** `set_u.jsonl` (UTF-8, one JSON object per line:
  `id`, `style`, `text`, `spans` with `start`/`end`/`type`; offsets are Unicode
  code points, end exclusive).

## How it was built

Every record was typed by hand, one per line, in `build.py`, with inline markers
such as `{{NAME|Oisín}}` around each identifier. No generators, templates or
substitution loops were used. `build.py` strips the markers, computes offsets,
runs the checks below, shuffles with `random.Random(20261212)`, assigns ids
`u0001`… and writes the file. If any check fails nothing is written.

Checks: valid types and style codes; spans non-empty with no leading/trailing
whitespace; no overlapping spans; no stray braces; no duplicate texts; NHS
numbers pass Modulus 11; phones only in Ofcom drama ranges (07700 900xxx,
01632 960xxx, 020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx); emails only at
example.com/.org/.net; any string marked in a record does not also appear
unmarked as a whole word (case-sensitive) in the same record; at least 650
records; at least 280 NAME spans; no-span share between 55 % and 62 %.

The writers imagined include a Year 8 pupil on a phone, a 19-year-old care
leaver, a Welsh-speaking teenager writing in English, voice-to-text
transcripts, a school DSL log, PCSO contact notes, A&E liaison notes,
youth-club session records, a foster carer's daily log, survey "anything
else?" boxes and short form fields. All people, numbers and addresses are
invented.

## Labelling policy (borderline cases)

- **NAME** = any private person, including professionals (social workers,
  teachers, PCSOs, doctors, youth workers). Given names, surnames, full names
  (one span), nicknames ("Big Tony") and lower-case names in text-speak are
  all NAME.
- **Titles are outside the span:** `Mrs {{NAME|Begum}}`, `Dr {{NAME|Adebayo}}`,
  `Uncle {{NAME|Wojtek}}`. A title alone ("Miss", "Sir", "the Head", "Mum",
  "Nan", "Grandad", "my PA") is not marked.
- **Possessives:** the 's is outside the span (`{{NAME|Amir}}'s`).
- **Public figures** (footballers, musicians, influencers, politicians,
  royals) are not marked. Nor are bands, clubs, brands, games, apps, shops,
  places, estates, parks, shopping centres, bus routes, festivals, months,
  days, storms, or services and teams (Early Help, Youth Offending Team,
  Children's Services, the Safeguarding Hub, CAMHS, MASH).
- Ordinary words that are also names (will, may, grace, hope, rose, jack,
  frank, summer, hunter, baker, king, prince …) are marked only when they
  refer to a person.
- Nicknames and street names for a person (e.g. a dealer "known as" X) are
  NAME, because they point to one individual.
- **ADDRESS** = a house/flat number with street (and locality if written
  with it). A bare street, road, estate, area or town name is not marked.
  **POSTCODE** is a separate span.
- **SCHOOL** = a named school or college. "the PRU", "college", "the school"
  are not marked.
- **DATE_OF_BIRTH** only when the date is a person's birth date; other dates
  (meeting, incident, session dates) are not marked. Partial DOBs such as a
  month and year alone are not marked.
- **HANDLE** = social-media username; **URL** = a web address that points
  to a private person's page. **EMAIL**, **PHONE**, **NHS_NUMBER** as written.
- Places of worship, hospitals, GP surgeries and community centres are
  not marked.
- Pets' names are not marked. A partial postcode (outward code only, e.g.
  "M14") is not marked.
- A HANDLE span includes its leading `@` when written.

## Counts

Records: {n}; records with no span: {nospan} ({share:.1f} %); spans: {nspans}.

| type | spans |
|---|---|
{rows_t}

| style | records | of which no span |
|---|---|---|
{rows_s}
"""

if __name__ == "__main__":
    main()
