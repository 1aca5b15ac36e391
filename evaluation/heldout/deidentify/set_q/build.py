# -*- coding: utf-8 -*-
# Synthetic evaluation set q for a de-identifier. Every record below was typed by hand.
# Markup: {TYPE|text}. Records with no markup have nothing to remove.

YOUNG_PERSON = [
"my name is {NAME|tyrese} an i dont feel safe walkin home past the park after 6",
"this guy on snap {HANDLE|@lilk.ldn} keeps sayin he got work for me n my boy",
"sc: {HANDLE|jaybaby_x22} added me then asked wat school i go 2 n i told him {SCHOOL|oakfield academy} was that dumb",
"{NAME|chidera} told me the olders gave her 200 to go country for the weekend she came back diff",
"me and {NAME|kofi} got stopped n searched by the feds on sat for nothing fr 😤",
"i live on {ADDRESS|cranbourne road} n theres always mandem outside the shop selling",
"pls can someone ring me {PHONE|07700 900461} im scared to go home",
"my mums bf {NAME|darren} is the one who got me doing drops",
"{NAME|lil T} said if i dont pay back the 300 they will come to my yard",
"the youth worker at the club miss {NAME|grace} is the only person i trust",
"snap me {HANDLE|kxng_dre07} if u need help, dnt use my real name",
"my insta is {HANDLE|@prxcious.b} but dont put it in the report",
"i go to {SCHOOL|st bernadettes} and the boys there are sharing nudes in a gc",
"{NAME|precious} n {NAME|blessing} from my year got groomed by the same man off tiktok",
"this man uncle {NAME|ray} gives us free food at his flat but then he wants stuff back",
"my brother {NAME|abdirahman} got stabbed last year and nobody got arrested",
"my dob is {DATE_OF_BIRTH|14/03/2009} do u need that",
"born {DATE_OF_BIRTH|2.11.08} so im 16 now i think lol",
"email me {EMAIL|shanice.w2008@example.com} not my phone my mum checks it",
"ma numba {PHONE|07700900312} txt dont call",
"{PHONE|01632 96O 274} thats my nans landline she dont have a mobile",
"call me on {PHONE|oh seven seven oh oh nine oh oh two one five} after school",
"{NAME|hope} is my best mate and shes goin wiv a 24 yr old man its not right",
"me n {NAME|summer} got followed home by a black car twice this week",
"{NAME|jack} from the estate said hes gonna chop me if i talk",
"i told {NAME|will} not to go to the trap but he went anyway n now hes in hospital",
"{NAME|rich} an his cousin run the line round here everyone knows it",
"{NAME|dawn} my key worker is alright she actually listens to me",
"sgt {NAME|harris} was so rude to my mum when they raided us",
"pc {NAME|okafor} was actually safe he drove me home n didnt judge",
"dc {NAME|brennan} wants me to give a statement but im not a snitch",
"{NAME|mercy} n {NAME|faith} are twins n they both go {SCHOOL|Highcliffe Park School}",
"{NAME|miracle}s mum kicked her out n now shes stayin at some mans flat in {ADDRESS|ravenscroft court}",
"add me on discord {HANDLE|shadowfox#4821} il send u the screenshots",
"tiktok {HANDLE|@xo.amara_} thats me if u wanna check im real",
"my cuz {NAME|oluwaseun} aka {NAME|seun} is locked up for county lines",
"{NAME|dmytro} in my class gets bullied cos hes from ukraine n no one does nothing",
"{NAME|kasia} said her step dad hits her but she dont want social services involved",
"{NAME|ionut} and {NAME|florin} are like 19 they pick up girls from outside school in a merc",
"{NAME|aoife}s older bf picks her up from {SCHOOL|sacred heart high} every day n hes like 23",
"im {NAME|eilidh} im 14 n a man on roblox keeps askin me for pics",
"{NAME|rhys} n {NAME|gethin} got jumped in town by lads off another estate",
"{NAME|linh} works in the nail bar n she dont get paid she sleeps in the back",
"{NAME|hodan}s brother watches her all the time n she cant go out anywhere",
"{NAME|zofia} is 15 n goin out with {NAME|krzysztof} whos 20 n her mum thinks its fine",
"{NAME|joão} said a man offered him a job movin parcels for cash in hand",
"{NAME|yusuf} got kicked out n now hes at {SCHOOL|northgate pru} with all the olders",
"{NAME|wei} said the men at the takeaway kept his passport",
"{NAME|delroy} from the barbers said he can get me creps if i hold something for him",
"my mate {NAME|johnny joyce} off the site gets called names by the police all the time",
"{NAME|bridget} from the site got told by a man on fb he loves her n shes 13",
"{NAME|dan}'s older brother does the drops n he wants {NAME|dan} to start",
"me n {NAME|ciarán o'sullivan} both got cautioned for somethin we never did",
"{NAME|mary-kate} is proper scared of her ex he keeps turnin up",
"{NAME|abdi-rashid} is missin since thursday his phone is off",
"{NAME|sunny} 😭😭 is missin since friday pls someone help",
"my address is {ADDRESS|flat 4, 19 weston gardens} {POSTCODE|M14 5RT} if u need to send the letter",
"im in {POSTCODE|b11 3ee} if that helps",
"i stay at my dads {ADDRESS|42 kingsley avenue} on weekends n its calm there",
"my nhs number is {NHS_NUMBER|999 012 3454} its on the app",
"{NAME|kwame} n {NAME|ama} got chased by boys with balaclavas",
"ppl call me {NAME|big meech} but my real name is {NAME|demetrius}",
"{NAME|priya} said her uncle is forcing her to marry someone in the summer",
"{NAME|harpreet} got added to a gc where they share girls pics",
"{NAME|zainab} wont come out anymore since that man took pics of her",
"{NAME|imran} got robbed for his north face by youngers on bikes",
"{NAME|oisín} said the guards back home were better than police here lol",
"{NAME|siobhan} is 16 n the lads give her vapes n drink",
"{NAME|niamh} n {NAME|saoirse} got stopped by a man sayin he was a model scout",
"{NAME|mhairi} from guides got a weird msg off someone pretendin to be 14",
"{NAME|ruairidh} gets his phone checked by the olders every night",
"{NAME|cerys} told me her mum's boyfriend makes her feel unsafe",
"{NAME|ffion} said the bus driver gave her his number",
"{NAME|bethan} has been goin to a house party every weekend with men twice her age",
"{NAME|trang} from the salon cant speak english n never leaves",
"{NAME|ayaan} says her cousins threaten her if she talks to boys",
"{NAME|guled} got picked up at 2am by a car from out of town",
"{NAME|mihai} got offered to sell phones for some guys",
"{NAME|andreea} keeps gettin gifts from a man she met on insta",
"{NAME|gonçalo} is only 13 n hes already holdin for the olders",
"{NAME|layla} told me her bf makes her send pics or he'll leak the old ones",
"{NAME|omar} keeps goin missin for days n comes back with new garms",
"{NAME|mei} doesnt go school anymore her dad says she helps at the shop",
"{NAME|shanice} was in the car wiv them when the police stopped it",
"{NAME|leroy} from the gym is the only adult i can talk to",
"{NAME|tanisha}s phone keeps gettin calls from a no caller id at night",
"{NAME|jermaine} n his mandem dont let me leave the group",
"{NAME|mikey ward} got banned from the shop even tho it was someone else",
"{NAME|kathleen mcdonagh} said the teachers treat traveller kids worse",
"{NAME|chinonso} is scared cos they know where his mum works",
"{NAME|folake} got added to a group called hot girls 🔥 by someone she dont know",
"{NAME|tunde} n {NAME|ifeoma} are cousins n they both been asked to run",
"my key worker {NAME|bartosz} helped me get my phone back",
"{NAME|agnieszka} said her landlord wants stuff instead of rent",
"{NAME|khalid} gets called a terrorist at school n the teachers laugh",
"{NAME|fatima} has to cover for her brother when the police come",
"{NAME|xiaoming} got scammed into sending money to someone who had his pics",
"{NAME|abena} thinks the man is her bf but hes like 30",
"{NAME|yaw} said they made him carry a knife for protection",
"{NAME|marius} drives the car for them n hes only 17",
"my name {NAME|k y r a} but spell it wiv a k lol",
"its {NAME|tyreecejones} on my old account but dont use that",
"{NAME|hunter} keeps askin me to link at the park at midnight",
"{NAME|chase} n his boys from the other side came lookin for my brother",
"{NAME|bill} the guy from the chicken shop lets us sit inside when its late",
"{NAME|destiny} told her teacher n then the teacher told her mum n now its worse",
"{NAME|angel} got her nose broke and said she fell over",
"{NAME|joy} is the one who told me about this survey",
"{NAME|frank} owns the flat where everyone goes after",
"{NAME|ruby} got sent to a childrens home miles away n we cant visit",
"{NAME|sky} changed her number cos of him",
"{NAME|mark} from the youth club said to fill this in",
"my sis {NAME|honey} gets messages from men saying theyll pay",
"{NAME|storm} n me were in care together n now shes homeless",
"{NAME|river} is non binary n gets battered for it",
"{NAME|rose} went missing again last night her mum rang everyone",
"{NAME|ola} said if u dont answer his calls he sends someone to ur house",
"pls dont tell mr {NAME|evans}",
"mrs {NAME|patel} from pastoral said i could do this survey in lesson",
"ms {NAME|nwosu} is the only teacher who noticed",
"{NAME|jaydn}, {NAME|reece} n {NAME|tj} all got nicked on the same day",
"{NAME|kai} n {NAME|lamar} got into a car at {SCHOOL|kingsmead college} gates n never came back til monday",
"they sent me to {SCHOOL|the bridge pru} n its worse there more exploitation",
"i go {SCHOOL|st aidans} n theres boys from another school waitin outside",
"{SCHOOL|riverside academy} dont do nothing when u report stuff",
"before i got excluded i was at {SCHOOL|ysgol glan morfa}",
"my college is {SCHOOL|westbridge sixth form college} n i feel safe there at least",
"{SCHOOL|holy trinity primary} is where my little bro goes n men hang around the gates",
"my snap is {HANDLE|dee.dee_xo} n my insta {HANDLE|@deedee.official} same person",
"{HANDLE|@tayy.ldn} sent me the address of where to drop it",
"he goes by sc: {HANDLE|realmoneyman} but hes actually like 40",
"{HANDLE|ghostrider_88#0042} on discord is the one who asks for pics",
"this acc {HANDLE|@glowgirl.uk} messages loads of girls in my school",
"the number that keeps ringin me is {PHONE|07700-900-783}",
"my mums number {PHONE|+44 7700 900219} if u need to call her",
"my old number was {PHONE|07700 9OO 551} but they got it so i changed",
"ring {PHONE|(020) 7946 0381} thats the house",
"{PHONE|O77OO 9OO 64O} is the new number they gave me",
"my email is {EMAIL|kaylaaa(at)example(dot)com} dont laugh",
"{EMAIL|bigmo_2009 at example dot org} is my email",
"u can mail {EMAIL|j.okeke[at]example[dot]net} its my school email",
"i post my music on {URL|www.example.com/kaybeatz} if u wanna see im legit",
"they sent me a link to his page {URL|https://example.org/u/trapstar_99} n told me to follow",
"i live on {ADDRESS|penrhyn street} n the house next door is a trap house",
"im at {ADDRESS|7 Elm Close}, my nan lives there too",
"we live in {ADDRESS|block c, maple house} on the estate n the lift is always broke",
"{ADDRESS|flat 12 kestrel tower} is where they keep the stuff",
"my postcode is {POSTCODE|LS9 7QJ}",
"{POSTCODE|cf24 3xy} thats where i live",
"my birthday is {DATE_OF_BIRTH|3rd june 2010} so im still 16",
"dob {DATE_OF_BIRTH|22-09-2007}",
"i was born on {DATE_OF_BIRTH|the 9th of jan 2011}",
"nhs no {NHS_NUMBER|9992039485}",
"{NAME|deji} said if i pay 50 he will make the pics go away",
"{NAME|tobi}s mum is always at work so he goes to the olders house",
"{NAME|nnamdi} told me about the line n how much u can make",
"{NAME|emeka} was the one who got shot, he was 17",
"{NAME|adaeze} said the pastor at her church touches girls",
"{NAME|simi} and her cousin live with an aunty who isnt really their aunty",
"{NAME|sanjay} got beaten up for being gay n the school said it was banter",
"{NAME|rajinder} drove us around n bought us food n now he says we owe him",
"{NAME|aarav} is 12 and plays fortnite with men who swear at him",
"{NAME|ayesha} got a lift from a man who said he was a cab but he wasnt",
"{NAME|nadia} wont go to school cos of what happened in the toilets",
"{NAME|tomas} from lithuania doesnt have a key worker and sleeps in the park",
"{NAME|lukas} said the guys gave him a phone and said keep it on all the time",
"{NAME|oleksandr} keeps getting messages from older guys in russian",
"{NAME|ioana} said her aunty brought her here to work n took her id",
"{NAME|ștefan} got beat by police in town n they said he resisted",
"{NAME|beatriz} had a man follow her from the bus station",
"{NAME|inês} is in year 9 and her bf is at uni",
"{NAME|tiago} got his bike nicked then they made him work to get it back",
"{NAME|mariam} got sent pics she didnt ask for from a grown man",
"{NAME|abdullah} gets stopped by police every week on the way to mosque",
"{NAME|li na} from my class disappeared n the school didnt even ask",
"{NAME|winston} is the oldest in our group n he decides everything",
"{NAME|marcia} my foster carer is good to me",
"{NAME|faadumo} said her uncle wants to take her abroad in the holidays",
"{NAME|warsame} got his jaw broke over a postcode thing",
"{NAME|nguyen van minh} was found in a cannabis house n arrested not helped",
"{NAME|thanh} is 15 n works nights in a factory for cash",
"{NAME|phuong} said she owes money for the boat",
"{NAME|dafydd} got a warning from the cops for carrying a lock knife",
"{NAME|siôn} says theres a man in the village who gives lads weed",
"{NAME|eluned} feels like no one in the youth service speaks welsh so she cant explain",
"{NAME|calum} went to a party in glasgow n woke up not knowing where he was",
"{NAME|alasdair} keeps tellin me to try the stuff he sells",
"{NAME|catriona} went off with a man she met at the festival",
"{NAME|seonaid} said her dad takes her phone and reads everything",
"{NAME|padraig} and the boys got a lift off a van man who wanted favours",
"{NAME|dervla} self harms and says its cos of her cousin",
"{NAME|tyson} off the site gets searched every time he goes into town",
"{NAME|martin connors} is my cousin n he got lifted for no reason",
"wen i was with {NAME|jay-jay} he used to make me hold his phone",
"{NAME|big k} is who u call if u need money but then u work for him",
"{NAME|lil mo} is like 12 and already on the road",
"{NAME|youngsta d} n his crew run the park after dark",
"{NAME|kenny} {HANDLE|@kenny.bandz} is the one who recruits in our area",
"{NAME|shanelle}s number is {PHONE|07700 900 972} she asked me to give it u she needs help",
"im {NAME|ellie} n my snap is {HANDLE|elliebabesxx} plz dont send anything to my house",
"{NAME|gabriel} n {NAME|mateus} said the man at the car wash doesnt pay them",
"{URL|https://www.example.com/@jaylen.wav} is where i put my tunes, thats how they found me",
"he sent me his page {URL|example.net/vip/kingkash22} n said i could earn like the girls on there",
"my number is {PHONE|0 7 7 0 0 9 0 0 5 5 5} but only text",
"{PHONE|+447700900828} whatsapp only pls",
"postcode {POSTCODE|n170ab} if u wanna send someone",
"he calls himself {NAME|jay den} on ps5 but his real name is {NAME|jaydon} n hes 25",
"my dob {DATE_OF_BIRTH|1/5/09} n im in care since i was 10",
"{NAME|rosie-mae} n {NAME|destiny-leigh} got taken to a hotel by men from insta",
"the social worker miss {NAME|o'brien} never rings back",
"my foster mum auntie {NAME|pat} is the best thing that happened to me",
"{NAME|bilal}, {NAME|hamza} and {NAME|idris} from {SCHOOL|al-noor academy} got stopped for nothing outside the chicken shop",
"nhs number {NHS_NUMBER|999 926 3542} off my nhs app",
"dm me on insta {HANDLE|@_kezia.j_} or text {PHONE|07700 900 199} if u can help",
"me n {NAME|oyinda} n {NAME|temi} go to {SCHOOL|st mary magdalene} n theres a teacher who is creepy",
"i dont feel safe in town after dark ngl",
"the police never come when u call them so wats the point",
"Sunday nights are worse, everyone is out by the shops",
"i hope they put more lights in the park cos its pitch black",
"Mum says i cant go to Southend with my mates on Saturday",
"grace period on my phone contract ran out so i got no data lol",
"Nan takes me to church on Sunday its the only time i feel calm",
"will the police find out if i talk to u",
"my rose gold iphone got robbed off me at the bus stop",
"my phone bill is paid by the olders thats how they got me",
"they chase u if u run so u just stand there",
"u need to have faith that it gets better innit",
"summer holidays are when it gets bad cos theres nothing to do",
"its sunny today n im still stuck inside cos im scared",
"some rich man in a bmw keeps parkin outside school",
"went to Greggs with my mates n some man tried give us his number",
"Arsenal lost again 😂 anyway the youth club is shut on Mondays now",
"i watched Top Boy n thats literally my area fr",
"Stormzy came from an area like mine so there is hope",
"at dawn the feds raided the flats next door n took everyone",
"they mark u if u chat to the police",
"frank answer? no i dont trust Social Services",
"the joy of bein 15 is nobody believes anything u say",
"sky was pink last night lol anyway the estate is calm now",
"Childline helped me when i couldnt talk to anyone",
"CAMHS waitin list is like a year long its a joke",
"my jack russell is the only one who gets me",
"dont tell my Mum n Dad about this pls",
"the PCSOs by Lidl are sound tbh",
"Barnardo's worker came into school on Tuesday n it was good",
"i got a Monzo card n someone asked to use it to move money",
"Cash App scams are everywhere they ask to borrow ur account",
"Roblox is full of weirdos askin for ur snap",
"wanna be a nurse when im older or a paramedic",
"the Youth Offending Team made me do reparation at the charity shop",
"Fearless website is good for reportin stuff anonymously",
"the boys act like Tommy Shelby is a role model 🙄",
"i feel safe at home but not on the way to school",
"nobody listens to young people thats the problem",
"Police should stop searching us just cos we wear tracksuits",
"youth club got closed by the Council n now we got nowhere to go",
"Snapchat map shows where everyone is thats scary",
"turn off snap map ppl, thats how they find u",
"they used to give us Nike n JD vouchers n then u owe them",
"i only feel safe in the library tbh",
"Spurs fans n West Ham fans fight every time by the station",
"my dream is to play for Man City or Wrexham lol",
"KFC is where the youngers get recruited i swear",
"Chicken Cottage man is nice he lets us charge our phones",
"the olders give u a burner n say keep it on 24/7",
"i got cuckooed basically they took over my flat",
"county lines is real it aint just on the news",
"the Mix website helped me wiv my anxiety",
"Kooth is alright u can chat to someone anonymously",
"Samaritans is 116 123 if anyone needs it",
"Childline number is 0800 1111 everyone should know that",
"call 999 if its an emergency but they take ages round here",
"101 is useless i waited an hour",
"Crimestoppers is anonymous right? 🤔",
"i want to tell the Children's Society about my area",
"NSPCC came to assembly n it was actually helpful",
"the St Giles Trust worker helped my brother get out",
"Catch22 helped me when i got out of the YOI",
"my Social Worker changes every 3 months i dont even know who it is now",
"the Head of Year never does anything about it",
"Miss always says her door is open but its not really",
"Sir told the Police i was involved when i wasnt",
"in Year 10 everyone started vaping n thats how it started",
"i live in Luton n its calm compared to London",
"moved to Margate from Croydon n its worse here honestly",
"Blackpool in the winter is dead n thats when the men come round",
"people in Hull dont realise county lines is here too",
"Swansea is safe mostly except the city centre at night",
"the Bullring is where boys try get girls numbers",
"Westfield security are racist they follow us round",
"Primark is where they tell u to nick stuff",
"Tesco Express security are sound they let us wait inside",
"Boots staff called the Police on my mate for nothing",
"Sainsbury's by the station is where they meet",
"they make u watch Fortnite streams n then ask for ur discord",
"TikTok lives are full of men askin girls to do stuff",
"Insta DMs are the worst place",
"i blocked him on everything but he makes new accounts",
"my mark in maths went down cos i couldnt focus",
"i will tell someone when im ready",
"mercy is something the olders dont have",
"it was a miracle i got out of that flat",
"i feel blessed to have my nan honestly",
"precious little help from anyone when u need it",
"hunter wellies are the thing now lol anyway the park is unsafe",
"Chase bank app got my card blocked after they used it",
"Sky Sports in the chicken shop is why everyone is there",
"Ruby Tuesday song was on when it happened n now i hate it",
"the Rose & Crown pub lets underage kids in",
"Dawn raids happen on our estate every month",
"being rich is all the youngers think about",
"my Will Smith impression made the youth worker laugh 😂",
"Mark my words that estate will kill someone",
"Bill Gates aint coming to save us lol",
"Frankly the feds dont care about girls",
"Summer Fest in the park had loads of fights",
"Faith school lot think they're better than us",
"Hope Street is where the buses stop and thats where it happens",
"Grace Church does free food on Thursdays",
"Harry Potter is my comfort film when i cant sleep",
"Spider-Man is the only man i trust 😂",
"Andrew Tate has boys at my school treatin girls like dirt",
"Rishi Sunak n Keir Starmer never been to my ends",
"Marcus Rashford did more for school meals than the government",
"Central Cee and Dave make songs about this stuff but its real",
"ngl i feel safer online than outside",
"the streetlights on our road dont work",
"i got followed in the Co-op car park",
"the bus at night is scary cos of the drunk men",
"train to Birmingham is where i got stopped by BTP",
"British Transport Police pulled me off the train n asked where i was going",
"Railway staff noticed n thats how i got help",
"my nan is my safe person",
"Aunty makes me go to her shop after school n i dont get paid",
"Uncle is what we call all the older men round here",
"Gurdwara langar is where i go when theres no food at home",
"the Church hall is the only place open at night",
"April was when it all started",
"May half term is when they recruit most",
"on Christmas they gave everyone presents so they owe them",
"Easter hols i was missing for 4 days n no one noticed",
"Black Friday sales they got us nicking from JD",
"Eid is the only time my family is all together n happy",
"Ramadan is hard cos the olders dont care if ur fasting",
"Valentines day he sent me flowers n thats when i knew somethin was off",
"i like the Prince's Trust course im doin",
"Duke of Edinburgh trip was the best week of my life",
"the Army came to school n said we could join at 16",
"i want the Government to fund youth clubs again",
"what happens to this survey after i do it",
"is this anonymous? i dont want anyone to know",
"i dont have a phone of my own",
"it would help if there was someone to talk to at night",
"more female youth workers please",
"Black youth workers who get it would make a difference",
"the Traveller site has no lights n no wifi",
"the E17 boys n the N17 lot been beefing since forever n we get caught in the middle",
"Gypsy and Traveller kids get excluded way more",
"LGBT youth group on Wednesdays is the best thing in my week",
"Pride was the first time i felt safe in town",
"my trans mates dont feel safe using the toilets at school",
"Autism makes it hard to tell if someone is being fake nice",
"ADHD meds got nicked off me n sold",
"EHCP took 2 years n i still got nothing",
"the PRU felt like a prison",
"Alternative provision is where the olders recruit",
"Year 7s are being used as runners now its crazy",
"College is safe but the bus there isnt",
"i lost my job at McDonald's n thats when i started running",
"i just want a normal life innit",
"😭😭😭",
"🙏 thank u for askin",
"u lot should do this in person",
"not safe",
"i dont wanna say",
"can i win a voucher for doing this",
"Love Island is what everyone talks about not this",
"Celtic fans vs Rangers fans is worse than any gang round here",
"Cardiff City games are when the trouble happens",
"The Police need to stop calling us gangs",
"The school said it was a Social Services issue not theirs",
"The Council moved us 3 times in a year",
"the Judge said i was a victim but still gave me a YRO",
"NRM referral took ages and nothing happened",
"the Modern Slavery helpline was good",
]

CASE_NOTE = [
"Referral received from {NAME|Sarah Lennox} (DSL, {SCHOOL|Brookside Community College}) re {NAME|Kai Adeyemi}, DOB {DATE_OF_BIRTH|03/07/2010}. Concerns re unexplained cash and new phone. Mother {NAME|Funmi Adeyemi} aware and consents to referral.",
"Many thanks,\n{NAME|Gwen Pritchard}\nSenior Practitioner, Exploitation Hub\nTel: {PHONE|029 2018 0457}\n{EMAIL|g.pritchard@example.org}",
"10:15 call to mum on {PHONE|0161 496 0732}, no answer. 10:40 text sent. 14:05 mum called back, states {NAME|Jordan} returned home at 03:00 smelling of cannabis.",
"Strategy meeting minutes\nPresent: {NAME|Ruairidh MacLeod} (Chair, Children's Social Work), {NAME|Mairi NicLeòid} (Education), DS {NAME|Fraser} (Police Scotland), {NAME|Eilidh Campbell} (Health)\nApologies: {NAME|Iain Morrison} (Youth Justice)\nSubject: {NAME|Callum Grant}, DOB {DATE_OF_BIRTH|11.05.2009}",
"YP {NAME|Precious Okonkwo} seen at home address {ADDRESS|Flat 6, Harrow Court, 22 Linden Road}, {POSTCODE|SE15 4QT}. Room sparse, two phones observed on the bed.",
"Email from PC {NAME|Ahmed} (Safer Schools Officer): {NAME|Mason} was found in {NAME|Tyler Brooks}'s car at 01:30 in a retail park car park 40 miles from home. No arrests.",
"Home visit. Present: {NAME|Hope Adebayo} (YP), her grandmother Mrs {NAME|Adebayo}, and myself. {NAME|Hope} says she feels safer since changing her number.",
"Contact log 12/02: {NAME|Grace Mulligan} (YP) rang duty from {PHONE|07700 900118}, distressed, said she was at a party and could not get home. Duty SW {NAME|Tom Reddy} arranged taxi.",
"Referral: {NAME|Hunter Lowe}, 15, attends {SCHOOL|Castlegate Academy}. Found with £420 and a bus ticket to Exeter. Father {NAME|Wayne Lowe} contactable on {PHONE|01632 960 518}.",
"Follow up outcome with DC {NAME|Summers} re {NAME|Chase Whitfield}'s interview. Interview postponed as appropriate adult unavailable.",
"Hi both,\nJust to confirm {NAME|Will Ashdown} has been moved to a placement out of area as of today. Please do not share the new address.\nKind regards\n{NAME|Bethan Howells}\nIndependent Reviewing Officer",
"Case note: met {NAME|Summer-Rae Doherty} at McDonald's on the High Street. She disclosed that {NAME|Rich} (believed 22) collects her from the children's home most evenings.",
"Dr {NAME|Mercy Osei} (paediatrician) reports injuries consistent with assault. NHS No: {NHS_NUMBER|999 381 7260}. YP {NAME|Blessing Ajayi} declined police involvement.",
"Sgt {NAME|Faith} confirmed that the vehicle is registered to a {NAME|Precious Mbeki} of {ADDRESS|14 Tennyson Walk}, {POSTCODE|LS11 6DX}.",
"Attendance: {NAME|Miracle Eze} - present; {NAME|Jack Kowalski} - absent (illness); {NAME|Dawn Fairweather} (youth worker) - present; {NAME|Sunny Bhatt} - present.",
"Subject: Missing episode - {NAME|Destiny Campbell-Reid}\nCarer reported {NAME|Destiny} missing at 22:10. Last seen getting into a silver Audi outside {SCHOOL|St Catherine's RC School}.",
"From: {NAME|Liam Devlin} <{EMAIL|liam.devlin@example.org}>\nTo: Safeguarding Hub\nRe: {NAME|Oisín Gallagher}\nPlease see attached chronology.",
"Return home interview completed with {NAME|Kasia Nowak}. She reports staying with a friend, {NAME|Ola Wiśniewska}, at {ADDRESS|Flat 3, 88 Dunmore Street}. Address to be checked by police.",
"Phone call with Ms {NAME|Kaur} (Head of Year 10, {SCHOOL|Greenfields High School}): {NAME|Harpreet} has missed 14 sessions this half term.",
"Meeting minutes, Multi-Agency Child Exploitation panel\nChair: {NAME|Angela Brereton}\nMinutes: {NAME|Priya Shah}\nItem 1: {NAME|Tyrone Wallace} (DOB {DATE_OF_BIRTH|19/12/2008}) - risk remains high.\nItem 2: {NAME|Abdirahman Hussein} - risk reduced to medium.",
"YP disclosed that '{NAME|Big Dee}' gives the orders and that the line phone is held by '{NAME|Smokes}'. YP would not give real names.",
"Mum {NAME|Chantelle Morgan} can be reached on {PHONE|07700 900 346} or at work on {PHONE|0117 496 0251}. Best time after 5pm.",
"Email sign-off:\nBest wishes,\n{NAME|Dafydd ap Gwilym Jones}\nYouth Justice Officer\nM: {PHONE|07700 900 655}",
"NRM referral submitted for {NAME|Nguyen Thi Lan} (DOB {DATE_OF_BIRTH|01/01/2008} - age disputed). Found in a nail bar on a police visit. Interpreter used.",
"Case discussion with Mr {NAME|Tran} (uncle). He states {NAME|Quang} came to the UK in 2023 and has been working in a restaurant kitchen.",
"Present: {NAME|Faadumo Warsame} (mother), {NAME|Hodan Warsame} (YP), {NAME|Ayaan Ali} (Somali interpreter), {NAME|Claire Whitlock} (SW).",
"Concerns raised by Mr {NAME|Osei-Bonsu} (PE teacher) that {NAME|Kwabena} has new designer clothing and is falling asleep in lessons.",
"Dear Mrs {NAME|Hughes},\nThank you for attending today. As discussed, {NAME|Cerys} will be offered a place on the girls' group on Wednesdays.\nYours sincerely,\n{NAME|Rhian Pugh}\nFamily Support Worker",
"Handle used by the suspected groomer: {HANDLE|@sweetboy_2k}. Also contacting YP as {HANDLE|sc: mannymoneyz}. Screenshots passed to DC {NAME|Iqbal}.",
"Discord account {HANDLE|nightowl#7731} identified as sending indecent images to {NAME|Aarav Mehta} (12).",
"YP's Instagram is {HANDLE|@layla.xo_} - account now set to private following advice from {NAME|Zara Malik} (school counsellor).",
"Profile link supplied by YP: {URL|https://www.example.com/profile/jayden.m22}. Passed to CEOP via police.",
"TikTok {HANDLE|@lilmo.official} posted drill videos naming rival areas. Belongs to {NAME|Mohamed Abdi} per school.",
"Contact log\n09:00 Tried {PHONE|020 7946 0932} - no answer\n09:30 Tried {PHONE|07700 900 087} - voicemail full\n11:00 Mum rang back; {NAME|Darnell} is home and safe.",
"Referral from {SCHOOL|Hillside Pupil Referral Unit}: {NAME|Reece Mahoney}, DOB {DATE_OF_BIRTH|28 February 2010}, NHS {NHS_NUMBER|999-450-1933}.",
"Home address: {ADDRESS|27 Larkspur Drive}, {POSTCODE|NG7 2PL}. Lives with mother {NAME|Zofia Kamińska} and two younger siblings.",
"YP currently placed at {ADDRESS|The Willows, 3 Orchard Lane}, {POSTCODE|BS5 9HU}. Staff report she goes missing most weekends.",
"The cuckooed property is {ADDRESS|Flat 21, Kestrel House, Moorside Estate}. Tenant {NAME|Gary Pickering} (vulnerable adult) known to ASC.",
"DSL {NAME|Rachel Ogunleye} reports {NAME|Tobi} and {NAME|Dami} seen exchanging packages at the school gate.",
"Strategy discussion. Attendees: {NAME|Sinéad O'Connor-Walsh} (SW), PC {NAME|Kowalczyk} (Police), {NAME|Aisha Begum} (School Nurse), {NAME|Marcus Bell} (YOT).",
"Note: The YP prefers to be called '{NAME|Jay}' rather than {NAME|Jayden}. Please use preferred name in all contact.",
"{NAME|Ștefan Popescu}, 16, Romanian national. Stopped by BTP at Peterborough station with another male, {NAME|Ionuț Dumitru}, 19.",
"Discussed safety plan with {NAME|Andreea}. Agreed code word with carer {NAME|Mariana Stoica} to use if she needs collecting.",
"Mr {NAME|Silva} (father) states {NAME|Gonçalo} was at his cousin {NAME|Tiago}'s house all weekend. Cousin's address not given.",
"Telephone call to {SCHOOL|St Oswald's Catholic Academy} - spoke to receptionist, message left for Mr {NAME|Fitzgerald} to call back on {PHONE|0151 496 0724}.",
"Email: {EMAIL|s.mcgrath@example.net}\nRe: {NAME|Siobhan McGrath}\nHi, I'm {NAME|Siobhan}'s aunt, I have concerns about the lads she's hanging around with.",
"YP gave her email as {EMAIL|princess_mimi08@example.com}. Advised not to use this for contact as it is monitored by the boyfriend.",
"Please send reports to {EMAIL|exploitation.hub (at) example [dot] org} rather than to individual workers.",
"Minutes - Complex Safeguarding Review\nAttendees: {NAME|Jo Whitaker} (Chair), {NAME|Imran Qureshi} (Police), {NAME|Precious Dube} (Health), {NAME|Mark Henshaw} (Education)\nCase: {NAME|Leon Francis}",
"Worker {NAME|Yusuf Rahman} observed {NAME|Leon} getting into a taxi with two unknown adult males outside the leisure centre.",
"Mother {NAME|Marcia Francis} reports that {NAME|Leon} has not slept at home for 3 nights. She has contacted his friend {NAME|Shaquille}'s mum.",
"Initial assessment: {NAME|Joy Mensah-Boateng}, 14. Attends {SCHOOL|Northbrook Girls' School}. Lives with father and stepmother at {ADDRESS|9 Carrow Mews}.",
"YP disclosed an older male called '{NAME|Frank}' gives girls alcohol at his flat. Police aware; intel submitted.",
"{NAME|Ruby Kettle}'s mum rang to say {NAME|Ruby} has come home. Return interview booked for Thursday.",
"YP {NAME|Sky Llewellyn} has been moved to {SCHOOL|Ysgol Bryn Hafod} following the managed move.",
"From: Dr {NAME|Ifeoma Nwachukwu}, CAMHS\nTo: {NAME|Kieran Doyle} (SW)\nRe: {NAME|Mikey Ward}, NHS number {NHS_NUMBER|9995628708}\n{NAME|Mikey} did not attend his appointment on 3 March.",
"{NAME|Bridget McDonagh} (mother) is living on the Traveller site with {NAME|Mikey}. She is worried he is being used to deliver for local dealers.",
"Outreach session. Young people engaged: {NAME|Tyson}, {NAME|Patrick Maughan}, {NAME|Nellie Doran}. Discussed knife crime and stop and search rights.",
"Info from school: {NAME|Xiaoming Chen} has stopped attending after being contacted by a sextortion account ({HANDLE|@emily_cute_2008}).",
"Guardian Mrs {NAME|Li} states {NAME|Wei Zhang} is working unpaid at a relative's takeaway. Visit to be arranged with an interpreter.",
"Case summary: {NAME|Delroy Campbell} (22) suspected of recruiting local children through his barbershop. Intel shared with Police.",
"Minutes of Team Around the Family\nPresent: {NAME|Shanice Gordon} (mum), {NAME|Leroy Gordon} (dad), {NAME|Marsha Williams} (Early Help), {NAME|Winston Clarke} (mentor)\nAction: {NAME|Marsha} to refer to the youth club.",
"Worker: {NAME|Tanisha Roberts}\nDate: 14/05\nContact type: face to face\nYP ({NAME|Jermaine}) reports being assaulted by peers and robbed of his phone.",
"Placement address: {ADDRESS|Room 4, 16 Cavendish Place}. Landlord Mr {NAME|Rich} not aware of YP's history.",
"Sgt {NAME|Will} requested the file for the {NAME|Oluwaseun Bakare} investigation.",
"PC {NAME|Hope} from the missing persons unit called. {NAME|Grace Owusu} has been located at a hotel near the airport.",
"Handover from DC {NAME|Dawn Barker}: {NAME|Kofi Asante} has been arrested for possession with intent. Appropriate adult required.",
"Note of call with Mr {NAME|Ó Súilleabháin} (father of {NAME|Cian}): father wants {NAME|Cian} to stay with relatives in Ireland for the summer.",
"Please contact me on {PHONE|+44 (0)7700 900 734} or my landline {PHONE|01632 960 882}.\nThanks,\n{NAME|Niamh}",
"Regards,\n{NAME|Gethin Rowlands}\nYouth Worker\n{EMAIL|gethin.rowlands@youth.example.org}\n{PHONE|029 2018 0193}",
"Thanks, {NAME|Catriona}\n--\n{NAME|Catriona MacInnes} | Senior Social Worker | {PHONE|0141 496 0577}",
"Cheers, {NAME|Abs}\n--\n{NAME|Absalom Mensah}\nDetached Youth Work Team",
"Best,\n{NAME|Oleksandra Kovalenko}\nRefugee Support Caseworker\n{EMAIL|o.kovalenko@example.com}",
"YP {NAME|Dmytro Shevchuk} arrived as an unaccompanied asylum seeking child. Age assessment pending. Staying at {ADDRESS|14 Albion Terrace}.",
"Kind regards,\n{NAME|Agnieszka Zielińska}\nPolish Community Link Worker\nTel: {PHONE|0113 496 0648}",
"Chronology entry: {NAME|Bartosz Wójcik} (15) arrested in Ipswich with 20 wraps. Taken there by a male known as '{NAME|Kaz}'.",
"YP shared her address as {ADDRESS|43b Greenway Road} and postcode {POSTCODE|CF11 8LP}. She stays there with her nan.",
"Safety plan agreed with {NAME|Eluned}: she will text her worker {NAME|Siân} on {PHONE|07700 900 409} if she feels unsafe.",
"Joint visit with Social Worker {NAME|Alasdair Mackay}. {NAME|Seonaid} presented as withdrawn. Father answered questions for her.",
"Reported by {NAME|Rhys Price} (neighbour): young people coming and going from {ADDRESS|32 Heol y Coed} at all hours.",
"School: {SCHOOL|Ysgol Gyfun Cwm Glas}\nYear: 9\nName: {NAME|Ffion Bowen}\nDOB: {DATE_OF_BIRTH|07/08/2012}",
"Name: {NAME|Precious Chukwu}\nDOB: {DATE_OF_BIRTH|15.10.2009}\nAddress: {ADDRESS|Flat 9, Ashdown House, Wellington Road}\nPostcode: {POSTCODE|B19 1PQ}\nNHS: {NHS_NUMBER|9996173429}",
"Name: {NAME|Lamar Henry}\nDOB: {DATE_OF_BIRTH|4 Nov 2008}\nSchool: {SCHOOL|Kingsmead College}\nGP: Dr {NAME|Ramaswamy}",
"Name: {NAME|Ayesha Siddiqui}   DOB: {DATE_OF_BIRTH|30/06/2011}   NHS No: {NHS_NUMBER|999 738 2153}",
"Present: {NAME|Nadia Haddad} (YP), {NAME|Khalid Haddad} (brother), {NAME|Layla Haddad} (mother)",
"Case note: {NAME|Abdullah} explained that his older brother {NAME|Omar} owes money to a group from out of town.",
"Risk: {NAME|Mariam}'s boyfriend ({NAME|Zak}, 24) has been seen waiting outside {SCHOOL|Highcliffe Park School} at lunch.",
"Worker observed {NAME|Tanvir} with a male known as '{NAME|Shotta}' at the bus interchange.",
"Spoke with {NAME|Mo} (YP) by phone. He says he is at 'uncle {NAME|Tony}'s' house but would not give the address.",
"{NAME|Ama Boateng} attended her first session. She would like support with college applications and to stop contact with {NAME|Kwame}.",
"YP's sister {NAME|Abena} has been contacted by the same male via Snapchat (sc: {HANDLE|kwe_zy}).",
"Police disclosure: {NAME|Nnamdi Obi} has a previous conviction for supplying Class A and is linked to {NAME|Emeka Obi}.",
"{NAME|Adaeze} disclosed abuse by a church leader. Strategy meeting requested urgently. Church not to be contacted before police advice.",
"Mr {NAME|Kapoor} (father) called to complain that {NAME|Aarav} was interviewed without him present.",
"Email received from {EMAIL|sanjay.dhillon@example.com} ({NAME|Sanjay Dhillon}) asking for an update on his son's referral.",
"Record of visit: {NAME|Rajinder Gill} was present throughout and would not allow {NAME|Simran} to speak alone.",
"{NAME|Li Na Huang} has not attended {SCHOOL|Westbridge Sixth Form College} since 10 January. Home visit made; no answer.",
"Outreach log: approached three girls aged approx 13 at the park. One gave her name as {NAME|Kayleigh} and said she lives on {ADDRESS|Fairfax Crescent}.",
"YP states that '{NAME|lil T}' and '{NAME|Skinny}' are in charge of the line and that they operate from a flat in {ADDRESS|Beacon Tower}.",
"Attendance list - girls' group\n1. {NAME|Saoirse Keane}\n2. {NAME|Aoife Brennan}\n3. {NAME|Niamh Doyle}\n4. {NAME|Mary-Kate Joyce}\n5. {NAME|Hope Nwosu}\n6. {NAME|Faith Adeleke}",
"Attendance list - boys' football\n- {NAME|Kai Thompson}\n- {NAME|Rhys Ellis}\n- {NAME|Yaw Mensah}\n- {NAME|Tomás Ferreira}\n- {NAME|Hunter Blake}",
"Apologies received from {NAME|Jack Tierney} (Education Welfare) and {NAME|Dawn Cheung} (CAMHS).",
"Action log\n1. {NAME|Kieran} to complete NRM by Friday\n2. {NAME|Priya} to speak to school\n3. {NAME|Imran} to check PNC",
"Note: the DSL at {SCHOOL|Lindfield Primary} is Mrs {NAME|Obi}; deputy DSL is Mr {NAME|Chase}.",
"YP named his friends as {NAME|Marley}, {NAME|Kobe} and {NAME|Tayshaun}. All three attend {SCHOOL|Oakfield Academy}.",
"Dad {NAME|Mark Okafor} (mob {PHONE|07700 900 274}) has parental responsibility. Mum's whereabouts unknown.",
"Duty log 23:40 - call from Mrs {NAME|Summerfield}, foster carer. {NAME|Jade} not returned. Reported missing to police (ref given).",
"Letter sent to Ms {NAME|Joy Adeyemi-Clarke}, {ADDRESS|5 Mulberry Court, Station Approach}, {POSTCODE|E17 4RN}.",
"Interpreter booked (Vietnamese) for meeting with {NAME|Phuong} and her support worker {NAME|Hannah Cole}.",
"Handover: {NAME|Thanh} continues to report debt bondage (owes £18,000). Legal advice sought.",
"Youth worker {NAME|Dean O'Hara} reports that {NAME|Jordan Baptiste} has been hanging around the bookies with older males.",
"Information from Housing: {NAME|Gary Pickering}'s flat has had the locks changed. He is staying with his brother.",
"Concerns: {NAME|Tasha}'s new 'boyfriend' is thought to be {NAME|Dwayne Rowe}, 27, who has previous for CSE-related offences.",
"YP {NAME|Kyra Bennett} disclosed that she met the male through a friend, {NAME|Star}, at a house party.",
"Meeting with {NAME|Zainab Hussain} and her mum {NAME|Rukhsana}. {NAME|Zainab} is worried images of her are being shared.",
"CP conference\nChair: {NAME|Patricia Onyango}\nSW: {NAME|Lewis Harding}\nParents: {NAME|Natalie Pearce}, {NAME|Craig Pearce}\nChild: {NAME|Tyler Pearce}, DOB {DATE_OF_BIRTH|12/01/2012}",
"Outcome: {NAME|Tyler} to remain on a CP plan under the category of neglect. Next review in 3 months.",
"Disclosure from {NAME|Ellie} that {NAME|Connor} pressured her into sending an image which was then shared on {HANDLE|@ratemygirlsuk}.",
"{NAME|Connor Walsh}'s mum {NAME|Lisa} has been informed of the police visit.",
"Hi {NAME|Gemma}, thanks for your call earlier. The young person you mentioned ({NAME|Demi}) is open to us. Can we speak tomorrow? {NAME|Raj}",
"Hi {NAME|Sam},\nCan you please add {NAME|Amelia Frost} to Thursday's panel? She was found in Blackpool on Sunday.\nThanks, {NAME|Louise}",
"Dear colleagues, please note my new number is {PHONE|07700 900 853}. Old number no longer in use. {NAME|Fatima Yusuf}, YOT",
"Concern reported by taxi driver: girl approx 14 picked up from {ADDRESS|18 Bramble Way} with older male, dropped at hotel.",
"Record: {NAME|Kenny Osagie} ({HANDLE|@kenny.bandz}) believed to be recruiting in the area. Intel submitted.",
"Mr {NAME|Abdi} (uncle) says {NAME|Guled} is 'just with friends'. {NAME|Guled}'s phone has been off for 48 hours.",
"Sister {NAME|Hibaaq} reports that {NAME|Warsame} was threatened outside the mosque by males in balaclavas.",
"Mum {NAME|Mariana Costa} wants {NAME|Beatriz} moved school. Current school: {SCHOOL|St Anne's C of E Academy}.",
"Daily log: {NAME|Inês} ate dinner and went to her room. Carer {NAME|Sunita} heard her on the phone until 2am.",
"YP said the man's name is '{NAME|Bills}' and that he drives a white van.",
"Sessional worker {NAME|Precious Ndlovu} to accompany {NAME|Miracle} to the sexual health clinic.",
"Key worker: {NAME|Chioma Eze}\nYP: {NAME|Chidera Eze}\nNote: not related despite same surname.",
"Mr {NAME|Nowak} said {NAME|Krzysztof} will attend voluntarily for interview tomorrow at 10am.",
"Concerns about {NAME|Małgorzata}'s boyfriend {NAME|Piotr}, who is 21. She is 15.",
"Records show {NAME|Florin Radu} and {NAME|Marius Radu} are brothers and are both linked to the car wash.",
"Carer's address for correspondence: {ADDRESS|2 Chapel Row}, Upper Mill, {POSTCODE|HD3 5AW}.",
"Parents Mr and Mrs {NAME|Fernandes} both attended; {NAME|João} was quiet throughout.",
"Following a welfare check at {ADDRESS|Flat 2, 60 Coronation Street}, officers found {NAME|Ricky} (16) and two adult males.",
"Name given: '{NAME|Big Meech}'. Real name believed to be {NAME|Demetrius Lawal}.",
"Please note YP uses the Snapchat name {HANDLE|tinytee.x} and the Instagram handle {HANDLE|@tee_tee_2009}.",
"YP's TikTok {HANDLE|@rosie.dances} has 9,000 followers; adults commenting on videos. Platform reported.",
"Online: account {HANDLE|@uncle_r_official} offering 'modelling work' to girls in the area.",
"Discord user {HANDLE|zerocool#1180} groomed {NAME|Ethan} over 6 months through a gaming server.",
"{NAME|Ethan Wood}'s parents have removed his console and want to know how to report the account.",
"Referral to CAMHS for {NAME|Harley Stubbs} (NHS {NHS_NUMBER|9991357904}) following self-harm after a sextortion incident.",
"Paediatric A&E discharge letter\nPatient: {NAME|Daisy Holt}\nNHS number: {NHS_NUMBER|999 246 8017}\nDOB: {DATE_OF_BIRTH|21/04/2011}\nPresenting: alcohol intoxication",
"GP: Dr {NAME|Anand}. Patient {NAME|Riya Anand} is not related to the GP.",
"School nurse {NAME|Carys Lloyd} flagged that {NAME|Sophie} has a new 'older boyfriend' and has asked about the morning after pill.",
"Visit to {ADDRESS|28 Hawthorn Street}. {NAME|Chloe Barnes} answered the door and said her mum was out.",
"Message from {NAME|Ollie}'s form tutor Mr {NAME|Grant}: {NAME|Ollie} came in with a black eye and would not explain it.",
"Note: there are two YP called {NAME|Jayden} in this group; this note concerns {NAME|Jayden Okoro}, not {NAME|Jayden Smith}.",
"Pupil {NAME|Hamza} excluded from {SCHOOL|Parkside Academy} and placed at {SCHOOL|The Beacon Centre PRU}.",
"Contact details for YP's mentor: {NAME|Leon Agyeman}, {EMAIL|leon.agyeman(at)mentoring.example.org}, {PHONE|0808 157 0296}.",
"Phone number given by YP (spelled out in text message): {PHONE|oh seven seven double oh nine double oh three six one} - belongs to his older cousin.",
"Enquiry from Ms {NAME|Ferguson}, Head of {SCHOOL|Dunmore High School}, about training for staff.",
"Agreed that worker {NAME|Hope} will do the joint visit with {NAME|Dawn}.",
"{NAME|Precious} says her mum's partner {NAME|Chris} is the one who introduced her to the men.",
"Referral from Early Help worker {NAME|Sunny Okoye} regarding {NAME|Blessing Uche}, aged 13.",
"Summary of call with Mr {NAME|Doherty} (grandfather): {NAME|Summer} now living with him at {ADDRESS|12 Glenview Park}, {POSTCODE|BT9 6FF}.",
"Contact from Mr {NAME|Warren} (landlord): he believes the flat at {ADDRESS|7a Victoria Parade} is being used by young people to sell drugs.",
"YP says she calls the male '{NAME|Daddy J}'. Full name unknown. Seen with him on {ADDRESS|Mill Lane} where he lives.",
"Referral: {NAME|Kezia Johnson}, DOB {DATE_OF_BIRTH|09/09/2009}, {ADDRESS|112 Queensbury Road}, {POSTCODE|N17 0AB}. Home phone {PHONE|0207 946 0113}.",
"Carer's landline: {PHONE|0121-496-0409}. Carer works days; call after 6pm.",
"Advert featuring the YP found online at {URL|http://classifieds.example.com/ads/88231}. Police and platform notified; YP not told yet.",
"YP's music channel {URL|https://video.example.org/c/rhysrapz} shows him in a balaclava naming rival areas.",
"Online fundraising page set up by friends of {NAME|Emeka}: {URL|https://www.example.org/fundraise/emeka-forever}. Comments include threats.",
"Email from {NAME|Bronwen Davies} <{EMAIL|bronwen.davies@schools.example.org}>: {NAME|Llew} has been absent since half term and was seen in Rhyl.",
"Child: {NAME|Yasmin Farah}, DOB {DATE_OF_BIRTH|2009-03-17}, NHS {NHS_NUMBER|9997913574}. Lives with maternal aunt.",
"Sexual health clinic letter: patient {NAME|Chantel Brown}, NHS no. {NHS_NUMBER|999 802 4684}, seen for emergency contraception; safeguarding concern raised.",
"For the Leeds office please ring {PHONE|0113 496 0902} and ask for {NAME|Precious} or {NAME|Gareth}.",
"Disclosure: {NAME|Rosa Lungu} (14) was brought to the UK by a woman she calls 'Tanti {NAME|Vera}'.",
"Strategy meeting held on Tuesday 4 March. Police, Social Care, Health and Education present. Actions: refer to NRM; update MASH record.",
"Young person attended session at the youth hub. Discussed healthy relationships and online safety. Agreed to meet again next Wednesday.",
"Chase up with Education re attendance figures before Friday's panel.",
"Will update the chronology after the meeting with the Police.",
"Mark as closed on the system once the closure summary is signed off by the Team Manager.",
"Grace period for rent arrears agreed with the Housing Association until the end of April.",
"Hope to review the safety plan in 6 weeks' time.",
"Bill for the emergency taxi to be sent to Finance with the cost code.",
"Attendance rose from 61% to 84% this term. School pleased with progress.",
"Sunny and warm so the session was held outdoors in the park.",
"Summer programme places offered to all young people on the caseload.",
"Faith leaders' forum on Thursday will cover child exploitation awareness.",
"Dawn raid by Police at the address; no young people present.",
"Frank discussion held with Mum about the risks of her son going missing.",
"YP expressed joy at getting a place on the Prince's Trust course.",
"Mum has Sky TV and the YP spends most evenings in his room gaming.",
"Duty Social Worker informed. MASH Manager agreed threshold met for a Section 47 enquiry.",
"Meeting at the Civic Centre postponed due to a fire alarm.",
"YP seen at McDonald's on the High Street with two older males. Descriptions passed to Police.",
"Outreach team patrolled the town centre, the bus station and the retail park between 7pm and 10pm. No concerns identified.",
"Return home interview offered; YP declined. Mum informed by letter.",
"Referral closed - no further action. Signposted to Childline and Kooth.",
"CAMHS have accepted the referral. Waiting time approximately 18 weeks.",
"YOT worker to attend the next Child in Need meeting.",
"Police have submitted an intelligence report. No further information can be shared at this stage.",
"School report attendance of 42% this half term. Education Welfare Officer to be involved.",
"Young person placed out of area in Wales. Placement is a solo placement with 2:1 staffing.",
"Discussed the Children's Society's Disrupting Exploitation programme with the family.",
"St Giles Trust caseworker to offer mentoring from next month.",
"YP was treated at St Thomas' Hospital for a stab wound to the leg and discharged the same day.",
"NSPCC helpline contacted by a neighbour. Information passed to MASH.",
"Case transferred from the Assessment Team to the Adolescent Safeguarding Team.",
"Professionals agreed that the risk of criminal exploitation remains high.",
"Mum reports that the YP has a new iPhone and designer trainers from Nike and Moncler.",
"The YP supports Manchester United and enjoys boxing. Suggested local boxing club.",
"YP wants to become an electrician. Careers adviser to follow up.",
"Action: Team Manager to escalate to Head of Service if no placement found by Monday.",
"Section 20 accommodation discussed. Parents not in agreement.",
"YP located by British Transport Police at Crewe station at 02:15.",
"Safeguarding Partnership audit scheduled for June.",
"Training delivered to staff at the leisure centre on spotting signs of exploitation.",
"Out of hours: call from Police to advise the YP had been found safe and returned home.",
"Missing from home episode 3 this month. Pattern of going missing on Friday nights.",
"YP declined to engage. Worker will try again next week with a different approach.",
"Session focused on consent, coercive control and how to block and report on Snapchat and Instagram.",
"Worker explained the role of the Independent Child Trafficking Guardian.",
"Reasonable grounds decision received from the Single Competent Authority: positive.",
"Conclusive grounds decision awaited.",
"Disruption activity: Child Abduction Warning Notice issued by Police.",
"Licensing team to visit the hotel regarding concerns about underage guests.",
"Taxi licensing to be informed of concerns around a local firm.",
"Education, Health and Care Plan review brought forward.",
"YP is currently on a reduced timetable of 2 hours per day.",
"Apologies: Health Visitor, GP surgery.",
"Present: Chair (Head of Service), Police (DS, Exploitation Team), Social Worker, YOT Officer, Virtual School Head.",
"Minutes approved as accurate. Next meeting in four weeks.",
"Contact log\n09:05 Call to school - left message\n10:30 Call from school - YP in lessons\n15:45 Text to YP - no reply",
"The Rose Garden at the park is a known meeting place; Police asked to increase patrols.",
"Young people reported feeling unsafe around the Hope Street underpass after dark.",
"Grace Road cricket ground car park reported as a place where young people are picked up.",
"Worker accompanied YP to the Jobcentre on Monday morning.",
"YP's mother works nights at Tesco and is struggling with supervision.",
"Foodbank voucher issued. Family also referred to Citizens Advice for debt support.",
"Risk assessment updated. Overall risk: medium.",
"YP says she feels safe in her placement and likes the staff.",
"YP did not attend. Second missed appointment. Letter sent.",
"Please note this record contains sensitive information and must not be shared without Team Manager approval.",
"Youth club session: pool, table tennis and a discussion about county lines with the Police liaison officer.",
"The Magistrates' Court adjourned the hearing for a pre-sentence report.",
"Referral Order panel scheduled; reparation to take place at the community garden.",
"Victim Support and the Modern Slavery Helpline details given to the family.",
"Parent group on Tuesday evening: six parents attended. Topics covered: TikTok, Snapchat Map and gaming chat.",
"Staff at the hotel completed the Say Something If You See Something training.",
"Family Group Conference coordinator allocated.",
"Fire service home safety visit completed at the family home.",
"Health assessment completed by the Looked After Children nurse.",
"YP plays for a Sunday league team and says training is the best part of his week.",
"YP does not want to be known by her previous surname. Records updated accordingly.",
"Dear colleagues,\nPlease find attached the agenda for Thursday's MACE panel.\nKind regards,\nBusiness Support",
"Reminder: the Exploitation Hub inbox is monitored Monday to Friday 9am to 5pm. Out of hours contact the Emergency Duty Team.",
"Thanks all, the meeting is moved to 2pm. Teams link to follow.",
"Apologies for the late minutes. Please let me know of any corrections.",
"Will the Police be attending the next meeting? Please confirm by reply.",
"Hope you are well. Just checking whether the school has sent the attendance data.",
"Frank and Joy are the names of the YP's two dogs, not people of concern.",
"Mum asked about Barnardo's support for parents whose children are being exploited.",
"YP's brother is in HMP Thameside. YP visits fortnightly.",
"YP was excluded after an incident in the canteen. Exclusion to be reviewed by the Governors.",
"Rich source of information from the YP today; worker to record disclosures in full on the system.",
"Stop and search: YP reports being searched three times in one week in the town centre. Complaint form given.",
"YP describes the Police as 'alright sometimes' but does not trust them to keep him safe.",
]


# ---------------------------------------------------------------------------
# Build logic (Python 3 standard library only)
# ---------------------------------------------------------------------------
import json
import random
import re
import sys
from collections import Counter

TYPES = {"NAME", "PHONE", "EMAIL", "URL", "HANDLE", "POSTCODE", "ADDRESS",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}
MARK = re.compile(r"\{([A-Za-z_]+)\|([^{}|]*)\}")
SEED = 20261206
MIN_RECORDS = 450
MIN_NAMES = 300

# Ofcom numbers reserved for drama: 8-digit national prefix + 3 free digits.
DRAMA_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01144960",
                  "01154960", "01164960", "01174960", "01184960", "01214960",
                  "01314960", "01414960", "01514960", "01614960", "02920180",
                  "08081570", "09098790", "03069990")
WORD_DIGITS = {"zero": "0", "oh": "0", "nought": "0", "nil": "0", "one": "1",
               "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}
SAFE_DOMAINS = ("example.com", "example.org", "example.net")


def phone_digits(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    repeat = 1
    for t in toks:
        if t in ("double", "triple", "treble"):
            repeat = 2 if t == "double" else 3
            continue
        if t.isdigit():
            d = t
        elif t in WORD_DIGITS:
            d = WORD_DIGITS[t]
        elif set(t) == {"o"}:          # letter O written for zero
            d = "0" * len(t)
            out.append(d)
            repeat = 1
            continue
        else:
            return None
        out.append(d * repeat)
        repeat = 1
    d = "".join(out)
    if d.startswith("44"):
        d = d[2:]
        if not d.startswith("0"):
            d = "0" + d
    return d


def phone_ok(text):
    d = phone_digits(text)
    return d is not None and len(d) == 11 and d.startswith(DRAMA_PREFIXES)


def nhs_ok(text):
    d = re.sub(r"[ \-]", "", text)
    if not re.fullmatch(r"\d{10}", d):
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+", "@", t)
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+", ".", t)
    return t.replace(" ", "")


def domain_ok(host):
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in SAFE_DOMAINS)


def email_ok(text):
    t = norm_email(text)
    m = re.fullmatch(r"[a-z0-9._%+\-]+@([a-z0-9.\-]+)", t)
    return bool(m) and domain_ok(m.group(1))


def url_ok(text):
    m = re.match(r"(?:https?://)?([^/\s]+)", text.lower())
    return bool(m) and domain_ok(m.group(1))


def parse(raw):
    """Strip markers; return plain text and spans (code-point offsets, end exclusive)."""
    parts, spans, pos, cur = [], [], 0, 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        parts.append(before)
        cur += len(before)
        typ, txt = m.group(1), m.group(2)
        spans.append({"start": cur, "end": cur + len(txt), "type": typ})
        parts.append(txt)
        cur += len(txt)
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), spans


def is_word_char(c):
    return c.isalnum() or c == "_"


def check_record(raw, style, errors):
    where = "[%s] %r" % (style, raw[:70])
    text, spans = parse(raw)
    if "{" in text or "}" in text:
        errors.append(where + ": braces left after stripping markers")
    if not text.strip():
        errors.append(where + ": empty text")
    for s in spans:
        t = text[s["start"]:s["end"]]
        if s["type"] not in TYPES:
            errors.append(where + ": bad type " + s["type"])
        if not t:
            errors.append(where + ": empty span")
            continue
        if t != t.strip():
            errors.append(where + ": span has edge whitespace: %r" % t)
        if s["type"] == "NHS_NUMBER" and not nhs_ok(t):
            errors.append(where + ": NHS number fails Modulus 11: %r" % t)
        if s["type"] == "PHONE" and not phone_ok(t):
            errors.append(where + ": phone not in Ofcom drama range: %r" % t)
        if s["type"] == "EMAIL" and not email_ok(t):
            errors.append(where + ": email not on a reserved example domain: %r" % t)
        if s["type"] == "URL" and not url_ok(t):
            errors.append(where + ": URL not on a reserved example domain: %r" % t)
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            errors.append(where + ": overlapping spans")
        if a["type"] == "NAME" and b["type"] == "NAME":
            gap = text[a["end"]:b["start"]]
            if gap.strip() == "":
                errors.append(where + ": two NAME spans separated only by whitespace %r" % gap)
    # a marked string must not also occur unmarked in the same record
    for s in spans:
        t = text[s["start"]:s["end"]]
        i = text.find(t)
        while i != -1:
            j = i + len(t)
            left_ok = i == 0 or not is_word_char(text[i - 1])
            right_ok = j == len(text) or not is_word_char(text[j])
            if left_ok and right_ok:
                covered = any(o["start"] <= i and j <= o["end"] for o in spans)
                if not covered:
                    errors.append(where + ": %r marked but also appears unmarked" % t)
            i = text.find(t, i + 1)
    # each word (3+ letters) of a multi-word NAME must not occur unmarked either
    for s in spans:
        if s["type"] != "NAME":
            continue
        for tok in text[s["start"]:s["end"]].split():
            tok = tok.strip(".,'")
            if len(tok) < 3 or tok.lower() in ("lil", "big", "uncle", "aunty", "the"):
                continue
            for m in re.finditer(re.escape(tok), text):
                i, j = m.start(), m.end()
                if (i > 0 and is_word_char(text[i - 1])) or (j < len(text) and is_word_char(text[j])):
                    continue
                if not any(o["start"] <= i and j <= o["end"] for o in spans):
                    errors.append(where + ": name part %r appears unmarked" % tok)
    # unmarked residue must not look like contact details
    residue, last = [], 0
    for s in spans:
        residue.append(text[last:s["start"]])
        residue.append(" ")
        last = s["end"]
    residue.append(text[last:])
    residue = "".join(residue)
    if re.search(r"(?:\d[ \-]?){9,}", residue):
        errors.append(where + ": unmarked long digit run")
    if re.search(r"@[A-Za-z0-9_]", residue) or "example." in residue.lower():
        errors.append(where + ": unmarked handle/email/url-like text")
    return text, spans


def main():
    errors = []
    records = []
    for style, block in (("young_person", YOUNG_PERSON), ("case_note", CASE_NOTE)):
        for raw in block:
            text, spans = check_record(raw, style, errors)
            records.append({"style": style, "text": text, "spans": spans})
    seen = Counter(r["text"] for r in records)
    for t, n in seen.items():
        if n > 1:
            errors.append("duplicate text x%d: %r" % (n, t[:70]))
    n_names = sum(1 for r in records for s in r["spans"] if s["type"] == "NAME")
    n_empty = sum(1 for r in records if not r["spans"])
    if len(records) < MIN_RECORDS:
        errors.append("only %d records (need %d)" % (len(records), MIN_RECORDS))
    if n_names < MIN_NAMES:
        errors.append("only %d NAME spans (need %d)" % (n_names, MIN_NAMES))
    frac = n_empty / max(1, len(records))
    if not 0.35 <= frac <= 0.45:
        errors.append("records with nothing to remove: %.1f%% (want about 40%%)" % (100 * frac))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s); nothing written." % len(errors))
        sys.exit(1)

    random.Random(SEED).shuffle(records)
    with open("set_q.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            row = {"id": "q%04d" % i, "style": r["style"], "text": r["text"], "spans": r["spans"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    styles = ["young_person", "case_note"]
    types = sorted(TYPES)
    by = Counter()
    for r in records:
        for s in r["spans"]:
            by[(r["style"], s["type"])] += 1
    print("| | " + " | ".join(styles) + " | total |")
    print("|---|" + "---:|" * (len(styles) + 1))
    recs = Counter(r["style"] for r in records)
    emp = Counter(r["style"] for r in records if not r["spans"])
    print("| records | " + " | ".join(str(recs[s]) for s in styles) + " | %d |" % len(records))
    print("| records with nothing to remove | " + " | ".join(str(emp[s]) for s in styles)
          + " | %d (%.1f%%) |" % (n_empty, 100 * frac))
    for t in types:
        print("| %s | " % t + " | ".join(str(by[(s, t)]) for s in styles)
              + " | %d |" % sum(by[(s, t)] for s in styles))
    tot = sum(by.values())
    print("| all spans | " + " | ".join(str(sum(by[(s, t)] for t in types)) for s in styles)
          + " | %d |" % tot)
    print("wrote set_q.jsonl with %d records" % len(records))


if __name__ == "__main__":
    main()
