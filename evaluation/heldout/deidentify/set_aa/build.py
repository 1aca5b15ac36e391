#!/usr/bin/env python3
"""Build set_aa.jsonl: an independent, hand-written evaluation set for a de-identifier.

Every record below was typed by hand as (style, text). Identifiers are wrapped in
inline markers {TYPE|value}. This script strips the markers, computes code-point
offsets (end exclusive), runs consistency checks, and writes nothing if any fails.
Python 3 standard library only.
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter

Y = "young_person"
P = "practitioner"

TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}

RECORDS = []

# ---------------------------------------------------------------------------
# Young people: "where do you feel unsafe and why"
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "the park behind Tesco after like 8 theres always older lot on bikes n they rob ur phone"),
    (Y, "TOWN CENTRE ON FRIDAY NIGHTS WHEN THE PUBS KICK OUT. ALSO THE UNDERPASS BY ASDA"),
    (Y, "me n {NAME|dan} got jumped by the canal last year by some lads from {NAME|Tyrone}s ends so i dont go down there no more"),
    (Y, "bus station in Bradford. men always tryna chat to u n ask how old u are"),
    (Y, "i dont feel safe at home when {NAME|Gary} is there. hes mums boyfriend. i go to my nans in Keighley when its bad"),
    (Y, "on snap tbh. ppl add u n send pics u never asked for. someone called {HANDLE|@lil.trigga07} keeps adding me off a fake"),
    (Y, "nowhere really i feel safe most places. maybe Piccadilly Gardens at night coz its busy with drunk people and police"),
    (Y, "SCHOOL. {NAME|KAYDEN} AND HIS MATES CORNER ME IN THE TOILETS AT {SCHOOL|OAKWOOD ACADEMY} EVERY DAY AND TEACHERS DONT DO NOTHING"),
    (Y, "the woods near the golf course, people do balloons and nos there and leave the canisters everywhere"),
    (Y, "i live on {ADDRESS|Marsh Lane} and theres always police there, feds raided the flat opposite on Tuesday"),
    (Y, "train home from Man City games, grown men singing and pushing, its scary when ur 13"),
    (Y, "dont feel safe nowhere since what happend with {NAME|Reece}. he still messages me from diffrent numbers"),
    (Y, "my estate. {ADDRESS|Hollybank Estate}, Salford. boys on the stairs selling and the lifts always broke"),
    (Y, "online gaming. ppl on Fortnite say nasty stuff n one guy asked for my address n my Discord. his tag is {HANDLE|shadowking#4471}"),
    (Y, "the shop at the end of my road, the man who works there is weird with girls. everyone knows"),
    (Y, "Mcdonalds in town after school, loads of fights get filmed there and put on TikTok"),
    (Y, "at my dads. i dont want to say more"),
    (Y, "walking past the Mosque car park at night bc of the men drinking there, ppl shout stuff at my mum coz she wears hijab"),
    (Y, "around {SCHOOL|St Bede's} at home time coz the year 11s from {SCHOOL|Parkside} wait at the gates for people"),
    (Y, "when im out with {NAME|Shanice} n {NAME|Mo} we feel alright but on my own no"),
    (Y, "honestly my own head is the scariest place lol. CAMHS waiting list is like 18 months"),
    (Y, "{NAME|big dre} n them lot on {ADDRESS|Weston Road}. they make younger ones hold stuff for them"),
    (Y, "the 53 bus at night. A man followed me off it once all the way to the Co-op"),
    (Y, "outside the chicken shop on the corner, older boys ask u to go shop for them and then u owe them"),
    (Y, "skl is fine but the walk home is long n dark in winter, by the time i get off the bus its pitch black"),
    (Y, "wen {NAME|jaz} brings her cousin round. he tries to touch me n says its a joke"),
    (Y, "in my room lol cos my brother hacks my Insta. he logged into {HANDLE|@mya_x_xo} and posted stuff as me"),
    (Y, "Leeds city centre near the Corn Exchange, people begging n being aggresive. I know they need help but still"),
    (Y, "Wherever {NAME|Nasir Qureshi} is. He threatened to stab my brother and the police know but nothing happend"),
    (Y, "ANYWHERE AFTER DARK TBH. ESPECIALLY IN DECEMBER WHEN ITS DARK AT 4"),
    (Y, "the skate park. {NAME|Lewy} and {NAME|Connor-James} pushed me off the ramp and filmed it"),
    (Y, "Primark changing rooms lol someone took pics under the door once"),
    (Y, "near {ADDRESS|Brunswick Flats} where my dad lives, theres needles on the grass"),
    (Y, "Tottenham high road after 10 when the shops shut. the Spurs games are worse tho"),
    (Y, "at parties. {NAME|Ellie-Mae} got her drink spiked at one last month and no one believed her"),
    (Y, "i feel unsafe when im with {NAME|Kamal}s older brother, he drives too fast and has knives in the car"),
    (Y, "my school {SCHOOL|Ashgrove Community College}. theres fights every week and the teachers just film on there phones too"),
    (Y, "church is the only place i feel safe tbh, everywhere else people judge"),
    (Y, "the canal path between Oldham and Failsworth, no lights and men fishing who stare"),
    (Y, "at {NAME|Marcin}s house his dad drinks and shouts in polish and throws things"),
    (Y, "i dont feel safe anywhere since i got doxxed. ppl posted i live on {ADDRESS|Elm Grove} and now randoms knock on the door"),
    (Y, "In the Nandos on the retail park. Always big groups of boys from different areas"),
    (Y, "round the back of the leisure centre, {NAME|Jayden}, {NAME|Lil Kez} and {NAME|Tugz} sit there with dogs"),
    (Y, "the Metrolink at night especially the stops in the middle of nowhere"),
    (Y, "im ok most places but the bus to {SCHOOL|Fairfield High School for Girls} goes through an area where boys throw stones at it"),
    (Y, "Snapchat maps. anyone can see where u r. a guy i dont know turned up at my house cos of it"),
    (Y, "when {NAME|Oisín} goes out drinking with his mates they start on whoever, ive seen him batter someone for looking at him"),
    (Y, "BY THE GARAGES ON {ADDRESS|CROFT STREET} THERES ALWAYS CARS PULLING UP AND PEOPLE GETTING IN"),
    (Y, "in my own bedroom at night cos of the damp and mould, my asthma is really bad"),
    (Y, "i feel unsafe in Science lessons cos the boys behind me say stuff about my body and sir does nothing"),
]

# ---------------------------------------------------------------------------
# Young people: "who helped you"
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "my nan. and Miss {NAME|Adeyemi} my form tutor shes the only teacher who listens"),
    (Y, "nobody tbh. rang Childline once and they were nice but then i hung up"),
    (Y, "my youth worker {NAME|Frank}, he came to court with me and explained everything"),
    (Y, "the school nurse and my Head of Year, they got CAMHS to see me quicker"),
    (Y, "{NAME|Hope} from the drop in. she helped me fill in my housing forms and got me a bus pass"),
    (Y, "MY BEST MATE {NAME|KACPER} AND HIS MUM LET ME STAY WHEN I GOT KICKED OUT"),
    (Y, "Kooth was good cos u can talk without anyone knowing its u"),
    (Y, "the police were actually alright when i reported it, a lady PC came to my house and took a statement"),
    (Y, "mr {NAME|o'brien} at the boxing gym. he dont let nobody talk about gangs in there, its a safe space"),
    (Y, "no one helped. social services came twice then stopped"),
    (Y, "my sister {NAME|Aaliyah} n my auntie {NAME|Funmi}, they took me to the GP when i couldnt get out of bed"),
    (Y, "my mentor from the Prince's Trust, and the lady at the Jobcentre who sorted my claim"),
    (Y, "{NAME|Siobhán} at the Brook clinic. i was scared to go but she was lovely"),
    (Y, "my coach at the football club, he drove me home when i was stuck in town at midnight"),
    (Y, "i didnt know who to talk to so i messaged Ms {NAME|Begum} on Teams and she rang me straight away"),
    (Y, "the YOT worker was sound, not like other ones. she actually turned up"),
    (Y, "{NAME|Tomasz} my neighbour called an ambulance when my mum collapsed, he stayed with me till my dad came"),
    (Y, "my girlfriend, my PE teacher, and the Samaritans when it got really bad at 3am"),
    (Y, "{NAME|grace} in my class, shes been thru the same stuff so she gets it"),
    (Y, "the Salvation Army gave us food at Christmas when we had nothing"),
    (Y, "YOUTH CLUB ON WEDNESDAYS. {NAME|DEV} AND {NAME|LEANNE} WHO RUN IT ARE BASICALLY FAMILY"),
    (Y, "no1. I help myself"),
    (Y, "me mam and our {NAME|Kieran}. and the doctor at A&E who didnt judge me"),
    (Y, "my imam helped me speak to my dad about it"),
    (Y, "{NAME|Chidinma}'s mum. she took me in for 3 weeks and never asked for anything back"),
    (Y, "my social worker {NAME|Paulina Nowak}. shes the first one thats stayed longer than 6 months"),
    (Y, "a teacher at my old school, i still email her sometimes. {EMAIL|r.hussain@example.org} if u want to thank her lol"),
    (Y, "my dog honestly"),
    (Y, "the lady at Citizens Advice and the food bank on Thursdays"),
    (Y, "{NAME|Lil J} looked out for me when i first moved to the area, people think hes bad but hes not"),
    (Y, "Mrs {NAME|Ní Dhomhnaill} the learning mentor, she let me sit in her office at lunch so i didnt have to go in the canteen"),
    (Y, "my step mum more than my real mum"),
    (Y, "uncle {NAME|Tunde} paid for my train to get away from there, i owe him everything"),
    (Y, "the Sexual Health nurse at the walk in centre explained everything without making me feel dumb"),
    (Y, "{NAME|Ruby}. she walked me home every day for a month after it happened"),
    (Y, "my sister {NAME|ruby} would've helped but shes in prison"),
    (Y, "i got help from a worker called {NAME|Chloe} at the Children's Society. she comes to see me every other friday"),
    (Y, "the man at the mosque Brother {NAME|Idris}, he sat with me and my dad and made him listen"),
    (Y, "HONESTLY THE DINNER LADIES. THEY KNOW WHEN SOMETHINGS UP"),
    (Y, "{NAME|nico} {NAME|shaq} and {NAME|ty}. my boys. always"),
    (Y, "my football coach at Everton in the Community, and my mum's friend who is a nurse"),
    (Y, "a PCSO called {NAME|Gwen} who patrols near the shops, she gave me a card with the number for the young persons team"),
    (Y, "my teacher at {SCHOOL|Ysgol Bro Taf}, Mr {NAME|Llewellyn}, he spoke welsh with me when i couldnt talk english in front of people"),
    (Y, "Barnardo's helped me get out. they had a worker come to my placement every week"),
    (Y, "nobody helped until i told my GP. then it was like 6 people all at once"),
    (Y, "{NAME|Mehmet} from the barbers lets me hang there after school so i dont have to go home"),
    (Y, "i had a therapist at CAMHS for a bit but then she left and i got put back on the waiting list"),
    (Y, "Auntie {NAME|Bisi} and my cousins. they came to the hospital every single day"),
]

# ---------------------------------------------------------------------------
# Young people: "tell us anything else"
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "if u want to talk to me properly my snap is {HANDLE|kezzaa.b} and my number is {PHONE|07700 900 382}"),
    (Y, "please stop sending police into schools it makes it worse not better"),
    (Y, "there should be more stuff to do for free. the youth centre shut and now everyones just on the streets"),
    (Y, "ring me on {PHONE|o77oo9oo 415} dont ring my mum"),
    (Y, "my name is {NAME|Mariam Yusuf} and i want someone from the council to fix our damp. we live at {ADDRESS|Flat 12, Carrow House} and my little brother has asthma"),
    (Y, "i hope things get better for people like me. nobody listens to young carers"),
    (Y, "Will anyone actually read this?"),
    (Y, "WHY DO TEACHERS ALWAYS SIDE WITH THE POPULAR KIDS. SERIOUSLY"),
    (Y, "my insta is {HANDLE|@ruby.sky.x} if u wanna ask more questions"),
    (Y, "its not fair that u get excluded for defending urself. i got 5 days for hitting back"),
    (Y, "dont put my name on this but u can txt me on {PHONE|zero seven seven double oh nine double oh four two one}"),
    (Y, "i'm 15 and i've been to A&E 4 times this year because of self harm and not once did anyone follow up"),
    (Y, "MORE BINS. MORE LIGHTS IN THE PARK. MORE POLICE THAT ACTUALLY CARE"),
    (Y, "i was born {DATE_OF_BIRTH|3rd june 2009} so im allowed to fill this in right"),
    (Y, "shout out {NAME|Big Tiny} and {NAME|Mercy} from the studio they kept me out of trouble"),
    (Y, "the bus fare needs sorting. its £2 each way and i cant afford to get to college"),
    (Y, "Joy is something i havent felt for a long time"),
    (Y, "nobody cares about Roma kids at my school, {NAME|Ionuț} gets called names every single day and the teachers laugh"),
    (Y, "pls can someone help my mate {NAME|Destiny}, shes 14 and staying with a 22 yr old man called {NAME|Craig} in {ADDRESS|Bishop's Court}"),
    (Y, "good survey, thanks"),
    (Y, "my numbers {PHONE|07700 9OO 6l8} but i only have credit sometimes"),
    (Y, "call my aunty {NAME|Zainab} on {PHONE|+44 7700 900 264} she is my emergency contact"),
    (Y, "dont call {PHONE|07700\u200b900\u200b733} after 9 my dad checks my phone"),
    (Y, "home phone is {PHONE|0113 496 0572} my nan answers it"),
    (Y, "email me at {EMAIL|dancingqueen_2010@example.com} not my school one"),
    (Y, "my email is {EMAIL|tyler dot m08 at example dot net} i dont use it much tho"),
    (Y, "{EMAIL|jamal.k(at)example[dot]org} is my email, i check it like once a week"),
    (Y, "MY NAME IS {NAME|PRECIOUS OKONJO} AND IM 17. I WANT TO BE A SOCIAL WORKER ONE DAY SO NO ONE GETS TREATED HOW I GOT TREATED"),
    (Y, "the new Head at our school is trying but the older teachers are stuck in there ways"),
    (Y, "can u tell Ms {NAME|Wójcik} i said thank you, she was the only one at {SCHOOL|Highfield} that believed me"),
    (Y, "im not gonna lie i only did this for the Greggs voucher lol"),
    (Y, "I come from Eritrea and nobody at the council explains anything in Tigrinya. my foster carer {NAME|Selam} has to translate everything"),
    (Y, "if ur reading this {NAME|Jordan} i know it was u who grassed"),
    (Y, "dm me on tiktok {HANDLE|@justjosie.2k9} if u want my story for ur report"),
    (Y, "u lot should do more in Ramadan, the youth club shuts right when we can actually go out"),
    (Y, "stop moving kids in care miles away. i got moved from Croydon to Stoke and lost all my friends"),
    (Y, "my nhs number is {NHS_NUMBER|999 526 0182} if u need it for the camhs referral thing"),
    (Y, "my old address was {ADDRESS|9 Rowan Walk}, {POSTCODE|NG7 4HS} but we got evicted in march"),
    (Y, "just want to say thank you to Mr {NAME|Henderson} for everything this year"),
    (Y, "i know this is anonymous but if anyone from {SCHOOL|Marlowe Park Academy} sees this, the boys in year 10 are sharing nudes in a group chat"),
    (Y, "we need more black teachers. thats it thats the comment"),
    (Y, "my cousin {NAME|Thanh} got trafficked from Vietnam to work in a nail bar in Wolverhampton. people need to know this happens here"),
    (Y, "why does Sky Sports cost so much lol. anyway the youth club should show the matches"),
    (Y, "im a young carer for my mum who has MS. school gives me detentions for being late. no one understands"),
    (Y, "my link is {URL|www.example.org/justice-for-kyle} please share it"),
    (Y, "{NAME|Kyle} was my best friend and he got stabbed on {ADDRESS|Queensway} in April. nobody should die at 16"),
    (Y, "I think you should ask the Police why they stop and search the same boys every week"),
    (Y, "my mum says i'm too young for TikTok but everyone in Year 7 has it"),
    (Y, "theres a petition {URL|https://petition.example.com/save-our-youth-club} pls sign"),
    (Y, "id like to meet the Mayor and tell him what its really like"),
]

# ---------------------------------------------------------------------------
# Young people: slang, text-speak, nicknames, mixed answers
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "me {NAME|tayo} {NAME|jordan} n {NAME|little mikey} went up {ADDRESS|Clayton Street} to see {NAME|K-Dot} n thats when it kicked off"),
    (Y, "{NAME|TRIGGA} SAID IF I DONT DROP THE BAG OFF HE'LL TELL EVERYONE WHAT I DONE"),
    (Y, "omg {NAME|skye} is literally the only one who texts back"),
    (Y, "the sky over the reservoir at night is the only thing that calms me down"),
    (Y, "my brudda {NAME|Kwame} got took by the feds for nothing. wrong place wrong time innit"),
    (Y, "sumtimes i go to nan {NAME|rose}s when its loud at home, she makes me beans on toast"),
    (Y, "i got a rose tattoo for my grandad, mum went mad"),
    (Y, "{NAME|Precious} n {NAME|Blessing} from church r the ones who notice when im not ok"),
    (Y, "precious little help from anyone at that school tbh"),
    (Y, "if {NAME|Mark} comes near my sister again im calling the police, he is 19 and she is 13"),
    (Y, "i got marked absent even tho i was in the medical room, now i have a Saturday detention"),
    (Y, "{NAME|Hunter} from year 10 keeps posting my pics on his story, hes at {SCHOOL|Kingsmead}"),
    (Y, "my mum wears Hunter wellies to the allotment and everyone laughs lol but shes the only one who gets me"),
    (Y, "KING CHARLES SHOULD COME TO OUR ESTATE AND SEE HOW WE LIVE"),
    (Y, "{NAME|King} runs the line from here to Blackpool everyone knows it, he uses kids cause they dont get searched"),
    (Y, "i play Destiny 2 with randoms at night, some of them are adults and say weird stuff on voice chat"),
    (Y, "{NAME|Summer} told me to come to hers but her step dad is creepy so i said no"),
    (Y, "over the summer holidays theres literally nothing to do round here except sit in the park"),
    (Y, "FaceTime with {NAME|Nhung} every night, shes in Birmingham now but shes been my best friend since primary"),
    (Y, "i live at {ADDRESS|22 Acacia Road} {POSTCODE|LS9 6QT} if someone can come check on us"),
    (Y, "my yard is {ADDRESS|flat 4b Tenter House} thats all im saying"),
    (Y, "the boys from {NAME|Ayo}'s ends dont come past the bridge and we dont go past it either. thats how it is"),
    (Y, "went to {SCHOOL|St Mary's Catholic Primary} and it was the last time i felt safe honestly"),
    (Y, "got excluded from {SCHOOL|Greenfields High School} in year 9 and been at the PRU since"),
    (Y, "my cuz {NAME|Abdirahman} n his girl {NAME|Hodan} let me sleep on there sofa when mum kicked me out"),
    (Y, "ask Ms {NAME|Kowalczyk} she knows everything that happend, she was the one who rang social"),
    (Y, "add me on discord {HANDLE|bluejay_99#0412} i dont like talking face to face"),
    (Y, "sum1 made a fake tiktok of me {HANDLE|@xoxo.leila.exposed} and put my number on it. reported it 10 times nothing happened"),
    (Y, "the lads who run with {NAME|Dee} and {NAME|Smokey} are the ones u need to worry about, not the ones in the news"),
    (Y, "Smoke everywhere in the stairwell, the lifts stink, the door doesnt lock. Council dont care"),
    (Y, "lol {NAME|shay} n {NAME|becca} got caught robbing from Boots n blamed me"),
    (Y, "everyone calls him {NAME|Ghost} cos u never see him coming. he got my cousin into shotting"),
    (Y, "{NAME|mohammed ali} in my form is always getting searched by security but the white boys never do"),
    (Y, "i watched the Muhammad Ali documentary in PSHE and it was actually good"),
    (Y, "{NAME|sienna}s older bf picks us up from school in a merc n buys us stuff. my mum dont know"),
    (Y, "went to the Arsenal game with my uncle, best day of the year honestly"),
    (Y, "omds {NAME|zee} is such a snake she told the whole year what i said in confidence"),
    (Y, "ppl think {NAME|Nana Ama} is my nan lol shes my cousin its a ghanaian name"),
    (Y, "my nana took me to Blackpool for my birthday, it was the best day"),
    (Y, "{NAME|J-Boogie} and {NAME|Bash} from the {ADDRESS|Woodhouse estate} said they would sort me out if i dont pay back"),
    (Y, "wallahi i didnt do nothing, {NAME|Yusra} started it and i just defended myself"),
    (Y, "MY STEPDAD {NAME|DARREN} TAKES MY PHONE AND READS EVERYTHING"),
    (Y, "i use Roblox to talk to my friends cos my mum doesnt let me have snap"),
    (Y, "{NAME|amir}, {NAME|hamza}, {NAME|bilal} n me got stopped 3 times in one week for no reason"),
    (Y, "u know {NAME|Dylan Mc Gee}? hes the one sending the threats. spelt like that on his insta"),
    (Y, "{NAME|Charlie} is my best mate, weve been through everything together since nursery"),
    (Y, "dont tell {NAME|Nkechi} i said this but her brother is involved"),
    (Y, "i dont trust the feds or social or teachers. i trust my mum and thats it"),
    (Y, "{NAME|Szymon}, {NAME|Dominika} and {NAME|Ola} r the polish kids in my year n they get called names all the time"),
    (Y, "my mums new partner {NAME|Lee-Anne} is sound actually, better than my dad"),
]

# ---------------------------------------------------------------------------
# Practitioners: case notes
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Home visit to {NAME|Amara Okafor} (DOB {DATE_OF_BIRTH|02/11/2010}) at {ADDRESS|17 Kingfisher Close}, {POSTCODE|M23 9PL}. Mum present throughout. {NAME|Amara} presented as withdrawn and would not make eye contact."),
    (P, "Strategy discussion held on Tuesday with Police, Health and Education. Threshold for Section 47 enquiries agreed. Mum to be informed by the allocated Social Worker by end of day."),
    (P, "Telephone call from DC {NAME|Harwood} (CSE team). Vehicle seen outside the children's home on three occasions; registration passed to intelligence. YP not aware."),
    (P, "Frank discussion held with Mum about the risks linked to the young person's associations. She agreed to set parental controls on the Xbox and to check the PlayStation chat settings."),
    (P, "{NAME|Kai}'s Nan called the duty line at 16:40 to say he had not come home from school. Reported missing to Police at 21:00, reference not yet provided."),
    (P, "Will review at the next Core Group in January. No further action in the meantime unless new information is received."),
    (P, "Met {NAME|Joy Nwachukwu} at McDonald's on the retail park. She ate well and talked about her GCSE options. {NAME|Joy} said she wants to study Health and Social Care at college."),
    (P, "No joy from the Housing Officer regarding the transfer request; escalated to Team Manager on Friday."),
    (P, "Session 4. {NAME|Mark Delaney} engaged well today, talked about his boxing and his plans for the summer. {NAME|Mark} disclosed that an older male known as '{NAME|Spider}' had asked him to carry a package to Blackburn."),
    (P, "Mark as closed on Mosaic once the Child in Need plan has ended and the step-down letter has been sent to the GP."),
    (P, "Return Home Interview completed with {NAME|Ellie Rourke} (14). {NAME|Ellie} said she had been at a flat on {ADDRESS|Dunmore Street} with {NAME|Jade} and two males she knew as '{NAME|Benz}' and '{NAME|Tall Mike}'."),
    (P, "Hope was expressed by all professionals that the placement will stabilise over the Summer. CAMHS to offer an appointment in the August holidays."),
    (P, "{NAME|Hope Adebayo} attended the drop-in with her baby. She is currently sofa-surfing between her sister's and a friend's address in Moss Side."),
    (P, "Visited YP at school. Head of Year reports 62% attendance this term, two fixed-term exclusions (October and November). YP says 'school is long' and wants to go to college in Bolton."),
    (P, "Spoke to {NAME|Destiny Campbell-Reid} on the phone. {NAME|Destiny} says she is staying at her boyfriend's flat and is 'fine'. She refused to give the address."),
    (P, "Destiny is a word the young person uses a lot in her poems. She spoke about fate and feeling that nothing she does makes a difference."),
    (P, "Case note: {NAME|Rhys ap Gwilym}, Year 9, {SCHOOL|Ysgol Gyfun Cwm Rhondda}. {NAME|Rhys} reports being targeted on Instagram by an account using the name {HANDLE|@valleyboy_rhyss}. Screenshots saved to file."),
    (P, "Contact with Dad by phone on {PHONE|07700 900127}. He was hostile and said that Social Services had 'ruined his life'. Call ended after 4 minutes."),
    (P, "YP disclosed that her stepfather, {NAME|Wayne Pickering}, had hit her with a belt on Sunday night. Photographs of the bruising taken by the school nurse. MASH referral submitted at 11:20."),
    (P, "Young person was calm and engaged. Spoke about Christmas plans with Nan in Rotherham. No concerns raised today."),
    (P, "Transported {NAME|Tariq} to his appointment at the Youth Offending Service. He completed his reparation hours at the allotment on Saturday and was praised by the supervisor."),
    (P, "{NAME|Sunny Takhar} (DOB {DATE_OF_BIRTH|14.07.2008}) attended with his uncle. {NAME|Sunny} presented as tired; says he works in the family's takeaway until midnight most school nights."),
    (P, "Weather was sunny so the session took place in the park. YP enjoyed the football and asked if we could do the same next week."),
    (P, "{NAME|Will Thornton} was not at home when I visited. His mother said {NAME|Will} had gone to Manchester 'with mates' and she had not heard from him since Friday."),
    (P, "I called {NAME|Precious} on {PHONE|07700 900 558} at 10am. No answer. Left voicemail asking her to call back."),
    (P, "Attended the Child Protection Conference for {NAME|Lily-Rose Hammond}, {NAME|Archie Hammond} and {NAME|Freddie Hammond}. Plan continued under the category of Neglect."),
    (P, "Grace period of 28 days agreed by the landlord for rent arrears. Family advised to contact Citizens Advice about a Discretionary Housing Payment."),
    (P, "YP's mum {NAME|Grace Achieng} called to say the family are moving to Luton at the end of the month. New address to follow."),
    (P, "{NAME|Rose}, the young person's key worker at the residential home, reported that he had returned at 02:30 smelling of cannabis."),
    (P, "Referrals rose by 14% in the last quarter, mostly from Education. The rise is thought to be linked to the new DSL training."),
    (P, "Drove {NAME|Summer-Lee Barker} to the Sexual Health clinic. {NAME|Summer-Lee} was anxious in the car but said afterwards that the nurse was kind."),
    (P, "Worker met {NAME|Bartosz Zieliński} and his mother at the library. An interpreter (Polish) was booked via the Language Line but did not connect, so his sister {NAME|Agnieszka} interpreted."),
    (P, "Session cancelled due to staff sickness. Text sent to YP to rearrange for Thursday."),
    (P, "Home visit. Property cold; no gas on the meter. Referral to the Local Welfare Provision scheme for emergency top-up. Mum agreed to a referral to Early Help."),
    (P, "{NAME|Fatima-Zahra El Idrissi} (15) was seen alone. She disclosed that her father intends to take her to Morocco in the summer to 'meet her husband'. Forced Marriage Unit contacted."),
    (P, "School reported that {NAME|Ngozi} had arrived with a new iPhone and designer trainers she could not explain. Mum says she has 'no idea' where they came from."),
    (P, "Discussed online safety using the Think U Know resources. YP now knows how to report on Snapchat and Instagram and how to block accounts."),
    (P, "{NAME|Lewis}'s bail conditions include a curfew (19:00 to 07:00) at his grandmother's address, {ADDRESS|41 Thornhill Crescent}, and not entering the Hulme area."),
    (P, "Met YP at his home in {ADDRESS|Flat 7, Nelson Mandela House}. Flat clean and tidy. Fridge well stocked. YP showed me his new bike, which he says he bought from a friend."),
    (P, "Duty log 23:10: Police called re {NAME|Jamal Osei-Bonsu} found in a car in Blackpool with two adult males. Returned to placement by Police at 03:45."),
    (P, "The young person supports Liverpool and talked about the match on Sunday for most of the session. Good rapport."),
    (P, "Met with {NAME|Sorcha McLaughlin} and her foster carer {NAME|Brenda}. {NAME|Sorcha} has a new phone; carer unsure who paid for it. Agreed carer will check the contacts with {NAME|Sorcha} this week."),
    (P, "Brief catch-up with the Virtual School Head regarding the PEP. Funding for a tutor agreed until Easter."),
    (P, "YP told me: 'if {NAME|Tremaine} finds out I've spoken to you I'm dead'. I reassured him and explained confidentiality and its limits."),
    (P, "Attended court with {NAME|Dwayne Matthews-Reid}. Referral Order of 9 months made. {NAME|Dwayne} said afterwards 'that weren't as bad as I thought'."),
    (P, "The King's Trust programme starts in February; YP is interested and has been given the leaflet."),
    (P, "{NAME|Kingsley Mensah} said he has been going to a house on {ADDRESS|Ladywell Road} 'to chill' and that an older boy called {NAME|Snoop} gives him weed for free."),
    (P, "Young person said she feels safe at home and at school. She wants to join the cadets. No further concerns at this time; case to close."),
    (P, "{NAME|Mei Ling Chan} (DOB {DATE_OF_BIRTH|19/09/2009}) was referred by her GP (Dr {NAME|Obi}) following an overdose of paracetamol last weekend. Discharged from the Royal Infirmary on Monday."),
]

# ---------------------------------------------------------------------------
# Practitioners: referral forms (identifier-dense)
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "REFERRAL TO MASH. Child: {NAME|Ayaan Siddiqui}. DOB: {DATE_OF_BIRTH|21/04/2012}. NHS No: {NHS_NUMBER|999 159 0838}. Address: {ADDRESS|58 Cromwell Terrace}, Bradford {POSTCODE|BD3 8LN}. School: {SCHOOL|Thornbury Primary School}. Referrer: Mrs {NAME|Hall}, DSL."),
    (P, "Name of young person: {NAME|Chantelle Morrison}\nDate of birth: {DATE_OF_BIRTH|07/01/2009}\nAddress: {ADDRESS|Flat 3, 12 Beech Avenue}, {POSTCODE|S2 4RW}\nParent/carer: {NAME|Donna Morrison}, tel {PHONE|07700 900 904}\nReason for referral: going missing, older boyfriend, new phone."),
    (P, "Early Help Assessment completed with the family. Children: {NAME|Oliwia} (9), {NAME|Kuba} (7) and {NAME|Zosia} (3). Mum: {NAME|Katarzyna Lewandowska}. Address: {ADDRESS|14 Saxon Way}, Peterborough {POSTCODE|PE1 3XD}."),
    (P, "Referral from {SCHOOL|Hollins Park Academy}: {NAME|Musa Abdullahi}, Year 8, DOB {DATE_OF_BIRTH|30.03.2013}. {NAME|Musa} disclosed to his form tutor that he is sleeping on the floor at his uncle's and has not eaten since yesterday."),
    (P, "NRM referral submitted for {NAME|Minh Tuan Nguyen} (claimed DOB {DATE_OF_BIRTH|01/01/2008}, age disputed). Found by Police in a cannabis grow at {ADDRESS|27 Station Approach}, Stockport {POSTCODE|SK4 1EG}. Interpreter (Vietnamese) used throughout."),
    (P, "Referrer: {NAME|Claire Dobson}, School Nurse. Contact: {EMAIL|claire.dobson@nhs.example.net} / {PHONE|0161 496 0317}. Concerns re weight loss and self-harm, {NAME|Isla-Grace Whitfield}, Year 10."),
    (P, "Please find attached the referral for {NAME|Tiegan O'Rourke}, aged 13, of {ADDRESS|6 Mulberry Court}, {POSTCODE|L8 2TQ}. Her NHS number is {NHS_NUMBER|9990166137}. GP: Dr {NAME|Sandhu}, Princes Park Health Centre."),
    (P, "Young person: {NAME|Kofi Boateng-Asante} DOB {DATE_OF_BIRTH|12 Feb 2007}. Known associates: {NAME|Rico Lindo} (aka '{NAME|Ricky Ricardo}'), {NAME|Javon Clarke}, and a male known only as '{NAME|Smalls}'."),
    (P, "CSE screening tool completed for {NAME|Kayleigh Jo Ashworth}. Score: high. Risk indicators: older boyfriend ({NAME|Shane Doyle}, 24), missing episodes, alcohol, gifts. Address of concern: {ADDRESS|99 Whitegate Drive}, Blackpool."),
    (P, "Referral: sibling group of four. {NAME|Abdullahi}, {NAME|Ifrah}, {NAME|Sagal} and {NAME|Guled Warsame}. Family recently moved to {ADDRESS|Block C, Lansbury House} from temporary accommodation in Ilford."),
    (P, "Referral source: anonymous member of public. Reports that a girl of about 12, possibly named {NAME|Jess}, is seen getting into cars outside {ADDRESS|Crown Buildings} late at night."),
    (P, "Private fostering notification. Child: {NAME|Nadia Rahimi}, 15, from Kabul. Carer: Mr {NAME|Farid Ahmadzai} (family friend), {ADDRESS|212 Stratford Road}, {POSTCODE|B11 1RD}. Mother believed to be in Iran."),
    (P, "Mother's name: {NAME|Nomvula Dlamini}. Child: {NAME|Sipho Dlamini}, DOB {DATE_OF_BIRTH|16/05/2011}, NHS {NHS_NUMBER|999 186 0916}. Registered with {SCHOOL|St Anne's C of E Primary}. Home: {ADDRESS|31 Lytham Road}, {POSTCODE|PR2 8JB}."),
    (P, "Referral to the Youth Justice Service out-of-court panel: {NAME|Cian Ó Súilleabháin}, 16, possession of a bladed article outside {SCHOOL|Crossgate High}. First offence."),
    (P, "Young carer assessment. {NAME|Leah Grant} (DOB {DATE_OF_BIRTH|9th October 2010}) cares for her mum who has MS and her brother {NAME|Toby} who has autism. {NAME|Leah}'s attendance at {SCHOOL|Brookvale} has fallen to 71%."),
    (P, "Contact details for YP: mobile {PHONE|07700 900 681}, email {EMAIL|deshawn.r@example.com}, Instagram {HANDLE|@deshawn.r_}. YP prefers contact by WhatsApp only."),
    (P, "Referral for {NAME|Blessing Chukwuemeka} from the Children's Centre. Mum {NAME|Ifeoma} has been living at {ADDRESS|Room 4, 10 Carlton Street} with three children since the refuge closed."),
    (P, "Re: {NAME|Zak Hartley-Fox}, DOB {DATE_OF_BIRTH|2009-08-25}, NHS number {NHS_NUMBER|999-390-9963}. Please can CAMHS expedite; second ligature incident in six weeks."),
    (P, "Referral for therapeutic support. Young person: {NAME|Amelia Kaczmarek}. Mum: {NAME|Ewa}. Social worker: {NAME|Priya Lal}. School: {SCHOOL|Deansfield High School}. Address withheld (refuge)."),
    (P, "LADO referral: concerns about Mr {NAME|Gavin Price}, football coach at Lower Moor Juniors, messaging a 13-year-old boy on Snapchat ({HANDLE|coach_gav11}) late at night."),
    (P, "Referrer details. Name: {NAME|Bethan Morgan}. Role: Pastoral Lead. Organisation: {SCHOOL|Ysgol Gymraeg Pen y Garth}. Tel: {PHONE|07700 900 149}."),
]

# ---------------------------------------------------------------------------
# Practitioners: meeting minutes
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Present: {NAME|Sarah Whitaker} (Chair, CSC), DC {NAME|Imran Malik} (Police), {NAME|Joanne Fitzpatrick} (School Nurse), {NAME|Tunde Bakare} (YOT), {NAME|Hollie Grant} (Catch22). Apologies: Dr {NAME|Mensah}."),
    (P, "Present: Chair (Service Manager), Police (DS), Health (Named Nurse), Education (Virtual School), Youth Justice. Apologies: Housing."),
    (P, "MACE panel 14 November. Young people discussed: {NAME|T.J. Brennan}, {NAME|Latoya Simms}, {NAME|Ahmed Farouk}, {NAME|Conor Keegan}. Agreed that {NAME|Latoya} is the highest risk this month."),
    (P, "Minutes of the Complex Safeguarding meeting. Item 3: update on the Ordsall peer group. Item 4: hotel and taxi disruption work. Item 5: AOB. Next meeting: first Thursday in March."),
    (P, "Action: {NAME|KB} to contact Mum re consent. Action: {NAME|HT} to chase the CAMHS referral. Action: PC {NAME|Rowntree} to visit the address on {ADDRESS|Gibbet Street} with the neighbourhood team."),
    (P, "Actions: Chair to write to the Head; Police to share intelligence summary; Health to confirm GP registration; all agencies to update chronology by Friday."),
    (P, "Apologies received from Mrs {NAME|Ofori} (Head of Inclusion) and Mr {NAME|Gallagher-Byrne} (Attendance Officer)."),
    (P, "Core Group minutes. Child: {NAME|Harvey}. Mum ({NAME|Stacey}) reports that {NAME|Harvey}'s dad, {NAME|Liam Kettle}, has been turning up at the house drunk. Injunction being considered."),
    (P, "Discussion: the group noted that {NAME|Precious Adjei} and {NAME|Faith Adjei} are both now attending {SCHOOL|Riverside Girls' School} and that the transport arrangements are working."),
    (P, "Faith groups were represented at the meeting by the Diocese and the local Gurdwara. The Chair thanked them for their continued work with families over Christmas."),
    (P, "Strategy meeting re: {NAME|Brandon Lee Walsh}. Present: {NAME|Karen Ellis} (SW), PC {NAME|Ng} (Missing Team), {NAME|Donovan}, YP's key worker at {ADDRESS|Larch House} children's home."),
    (P, "Minutes taken by {NAME|Alison}. Chair: Rev. {NAME|Hughes}. Venue: the community room at the Methodist church."),
    (P, "The panel agreed to share the disruption plan with British Transport Police as the group is travelling on Northern services between Leeds and Scarborough."),
    (P, "Update from Education: {NAME|Jaheim}, {NAME|Marley} and {NAME|Kobe} have all been moved to the alternative provision at {SCHOOL|The Bridge Centre}. {NAME|Kobe} has not attended at all this half term."),
    (P, "Child in Need review. Attendees: {NAME|Mariana Costa} (Mum), {NAME|João Costa} (Dad), {NAME|Beatriz} (YP, 14), {NAME|Helen Tasker} (SW), Mr {NAME|Pires} (Head of Year 10)."),
    (P, "The Independent Reviewing Officer noted that the young person's views had been gathered using the Mind of My Own app and were shared with the meeting."),
    (P, "Chair asked whether anyone had seen the TikTok video. {NAME|Imogen} (school) confirmed it was posted by {HANDLE|@southside.drillz} and has over 40,000 views. Request to be made for removal."),
    (P, "Partnership Board minutes, December. Items: annual report, the Ofsted focused visit, budget pressures, and the new Neglect Strategy. Chair: Independent Scrutineer."),
    (P, "Contextual safeguarding mapping completed for the area around {ADDRESS|Hartington Road}. Names raised: {NAME|Little Ty}, {NAME|Scrappy}, {NAME|Dizzle}, {NAME|Jojo Okafor}."),
    (P, "Ms {NAME|Adeyemi-Cole} (DSL) reported that three Year 9 girls have been approached outside the school gates by a man in a grey Audi. Police aware."),
    (P, "Vote of thanks to Mr {NAME|Patel} and the caretaking team at {SCHOOL|Moorside Primary} for hosting the family fun day."),
    (P, "Multi-agency risk assessment conference. Victim: {NAME|Kerry-Ann Bell}, 19. Perpetrator: {NAME|Jason Mottram}. Child in household: {NAME|Ellis} (2). Address: {ADDRESS|44 Poplar Grove}, {POSTCODE|HU5 2NX}."),
    (P, "AOB: the Chair reminded everyone that the training on Adultification Bias runs on the 15th and 22nd of January and that places are limited."),
    (P, "Round-table update. {NAME|Gemma} (Early Help): family engaging. {NAME|Rashid} (Police): no further incidents. {NAME|Bernie} (Housing): repairs booked for Monday. {NAME|Aoife} (Health): immunisations now up to date."),
    (P, "Summary of agreed outcome: Child Protection Plan to continue under Emotional Abuse. Review conference in three months. Minutes to be circulated within 15 working days."),
    (P, "The young person, known on the street as '{NAME|Lil Saint}', was discussed under item 2. His real name is {NAME|Samuel Eze} and he is 15."),
    (P, "St John Ambulance volunteers attended the Christmas party and ran a first-aid session. The young people practised CPR on the dummies."),
    (P, "Meeting opened with a minute's silence for {NAME|Kyrie Lawson} who died on the 3rd. Bereavement support has been offered to pupils at {SCHOOL|Lowfield}."),
    (P, "Headteacher confirmed that a Critical Incident plan was activated on Monday and that the Educational Psychology service was in school all week."),
    (P, "{NAME|Lynsey} will write up the safety plan and circulate to {NAME|Dawn}, {NAME|Marcus} and {NAME|Eilidh} by close of play."),
]

# ---------------------------------------------------------------------------
# Practitioners: emails
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Hi {NAME|Jo}, just to let you know {NAME|Tyler} didn't turn up to his session again. Can you give me a ring when you get a minute? Thanks, {NAME|Sam}"),
    (P, "Hi all, please see the updated rota for the Christmas period attached. Any problems let me know. Kind regards, Duty Team Manager"),
    (P, "Dear Ms {NAME|Hussain}, thank you for attending the conference on Wednesday. The minutes will follow. Best wishes, {NAME|Graham Leary}, Child Protection Chair"),
    (P, "Morning. YP rang the office at 9:15 asking for his worker. Told him she is on leave until Monday. He sounded OK. No concerns."),
    (P, "From: {EMAIL|m.oconnell@example.org}\nTo: MASH\nSubject: {NAME|Aisling Duffy} - urgent\n{NAME|Aisling} did not arrive at school today and her phone is going straight to voicemail."),
    (P, "Hi {NAME|Nat}, do you still have the consent form for {NAME|Precious}? I can't find it on the system. Cheers, {NAME|Becky}"),
    (P, "Good afternoon, I am writing on behalf of the family at {ADDRESS|112 Harold Road}, {POSTCODE|E13 0SQ}, who have been without heating since October. Regards, {NAME|Mohammed Iqbal}, Family Support Worker, {PHONE|020 7946 0448}"),
    (P, "Dear colleagues, a reminder that all referrals should now go through the online portal rather than by email. Thank you for your patience. Safeguarding Partnership Business Unit"),
    (P, "Thanks {NAME|Ros}. I've spoken to {NAME|Jaden} and he says he is happy to meet on Thursday at the library. I'll let his mum know. {NAME|Kwesi}"),
    (P, "Hi, please could you send me a copy of the PEP for {NAME|Ryan McAllister} (DOB {DATE_OF_BIRTH|11/06/2008})? The Virtual School are asking. Many thanks, {NAME|Elaine}"),
    (P, "Please reply to {EMAIL|safeguarding.team@example.org} rather than to me directly as I'm off from tomorrow."),
    (P, "Apologies for the delay in replying. I was on a course all of last week. I'll pick this up today and get back to you by Friday."),
    (P, "Dear Mr {NAME|Zhang}, I am sorry to hear that {NAME|Wei} has been unwell. Please let me know when he is able to return. Kind regards, Ms {NAME|Tran}, Attendance Officer"),
    (P, "Hi {NAME|Will}, are you OK to cover the Friday night detached session with {NAME|Shaz}? Starts at the skate park at 7, finish by 10. Ta, {NAME|Dom}"),
    (P, "Hi team, will everyone please make sure timesheets are in by the 25th. Payroll are not accepting late ones this month. Thanks!"),
    (P, "FAO Dr {NAME|Nkemelu}, Paediatric Liaison. Re: {NAME|Habib Rahman}, {DATE_OF_BIRTH|05/12/2015}, NHS {NHS_NUMBER|999 030 8241}. Attended A&E with a burn to the forearm; explanation inconsistent."),
    (P, "Sent on behalf of {NAME|Angharad Rees}, Designated Safeguarding Lead, {SCHOOL|Penrhos Primary School}. Contact: {EMAIL|a.rees@penrhos.example.org}"),
    (P, "{NAME|Lorraine} - can you check whether the address we hold for {NAME|Kacey} is still {ADDRESS|8 Foxglove Close}? The letter came back 'not known at this address'."),
    (P, "Dear Parent/Carer, Year 8 will be visiting the Science Museum on Tuesday 12th March. Please return the consent slip by Friday. Yours sincerely, Head of Year 8"),
    (P, "Hello, I'm trying to get hold of {NAME|Chinonso}'s dad. The number we have is {PHONE|07700 900 312} but it says unavailable. Does the school have another one? {NAME|Fran}"),
    (P, "Hi, just flagging that {NAME|Archie} has posted a photo with a knife emoji and the caption 'on sight' on his story. His account is {HANDLE|@archie.g.2009}. Screenshot attached. {NAME|Lou}"),
    (P, "All, the Police have asked that we do not discuss the incident at the fair with young people until their enquiries are complete. Please direct questions to the Area Manager."),
    (P, "Email to Housing, cc Team Manager: Family are currently in one room at a B&B on the seafront. There is mould and no cooking facilities. Request urgent review."),
    (P, "Hiya {NAME|Marie}, just had {NAME|Kasia} on the phone in tears - her mum's partner has kicked her out again. She's at her friend {NAME|Roxy}'s on {ADDRESS|Langdale Avenue}. Can you call her back on {PHONE|07700 900 076}? {NAME|Jen}"),
    (P, "Hi {NAME|Pádraig}, as discussed, I've attached the chronology. Best, {NAME|Máire}"),
    (P, "Please book the family into the Holiday Activities and Food programme for the Easter break. They are eligible for free school meals. Many thanks, Family Hub"),
    (P, "From {NAME|Hamza Rauf}, Youth Worker, Streetwise Project. Mob: {PHONE|07700 900 993}. Email: {EMAIL|hamza.rauf@streetwise.example.com}. Working days Tue to Sat."),
    (P, "Hi Mum, this is a reminder that {NAME|Olly}'s appointment at CAMHS is on Thursday at 4pm. Please call {PHONE|01632 960 412} if you can't make it."),
    (P, "Any Other Business: none. Thanks everyone for your time today."),
    (P, "Hi, the young person has asked me to pass on her new Snapchat as she lost her old phone: {HANDLE|lil_miss_kay03}. She's OK with you adding her for work only. {NAME|Abi}"),
]

# ---------------------------------------------------------------------------
# Practitioners: notes with nothing to remove (hard: capitalised non-identifiers)
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "YP attended the session at the youth centre on Wednesday. Talked about Man United, his PlayStation and his plans to go to Nando's with his cousins at the weekend."),
    (P, "Referral passed to the Integrated Front Door on Monday 4th March. Outcome: NFA at MASH, signposted to Early Help and Kooth."),
    (P, "Mum reports YP is spending most evenings in his bedroom on Discord and Roblox. She is worried about who he talks to. Advice given re parental controls and the CEOP button."),
    (P, "Detached session, town centre, 7pm to 10pm. Approx 30 young people around the Bus Station and the Arndale. Two groups from Wythenshawe and Moss Side. No incidents."),
    (P, "Young person says she would like a female worker, preferably someone who is Muslim and speaks Urdu. Team Manager to consider allocation."),
    (P, "Strategy outcome: Section 47 to be undertaken jointly by CSC and the Police Child Abuse Investigation Unit. Medical to be arranged at the Sexual Assault Referral Centre."),
    (P, "YP became upset when talking about his Grandad, who died in the Spring. He still has his Grandad's Leeds United scarf and wears it to every match."),
    (P, "Safety plan agreed: YP will text Mum when leaving college, will not go to Blackpool, and will call 999 or Childline on 0800 1111 if he feels unsafe."),
    (P, "Discussed with YP the difference between a friend and someone who wants something from you. She used the example of a boy who bought her a Big Mac and then asked for 'a favour'."),
    (P, "The group visited the Houses of Parliament and met a Labour MP and a Conservative peer. The young people asked about knife crime and youth services funding."),
    (P, "Attended Sunday service at the Pentecostal church with YP at her request. The Pastor spoke with her afterwards and offered to link her with the youth choir."),
    (P, "Young person's Mum has a new job at Amazon on night shifts, so Nan is caring for the children Monday to Thursday."),
    (P, "YP enjoyed the trip to the Peak District. He said it was the first time he had seen sheep 'in real life' and wants to go camping with the Scouts."),
    (P, "Health: YP registered with a GP, dental appointment booked, Initial Health Assessment completed by the Looked After Children nurse. Immunisations outstanding: MMR second dose."),
    (P, "Handover to the Night Duty team at 17:00. No open missing episodes. One child in hospital (overdose), stable, parents at bedside."),
    (P, "Bright, chatty and clearly proud of his Duke of Edinburgh Bronze award. Wants to do Silver next year with the Army Cadets."),
    (P, "The young person has been supported by Refuge, Women's Aid and the Independent Domestic Violence Advocate service. She now has a non-molestation order."),
    (P, "Noted that the young person's Instagram was set to public. Explained privacy settings and she changed it to private during the session."),
    (P, "Professionals discussed the Summer programme, including football with the Community Trust, swimming at the Leisure Centre and a residential in the Lake District."),
    (P, "King's College Hospital have confirmed the young person was seen in A&E on Saturday night and discharged to the care of her father."),
    (P, "Father arrived at the meeting late and left early. He said he works shifts at Royal Mail and could not get the time off."),
    (P, "Mark Scheme for the Level 2 Youth Work qualification has been updated; all Assessors to use the new version from September."),
    (P, "Grace, patience and consistent boundaries have made the difference for this young person over the last year. Credit to the foster carers."),
    (P, "Young person said she has no hope of getting her GCSEs and that she is 'thick'. Worker challenged this and they looked at the college's Foundation courses together."),
    (P, "YP talked about Stormzy, Dave and Central Cee and said he wants to be a rapper. Worker suggested the Music Studio sessions at the youth hub on Tuesdays."),
    (P, "YP said that when he feels angry he goes for a run along the river or plays FIFA. Good self-regulation strategies noted."),
    (P, "Meeting with the Head of Inclusion and the SENCo to discuss an EHCP application. Educational Psychologist report expected in February."),
    (P, "Mother became tearful and said 'I just want my baby home'. Worker explained the process and the role of the Family Court and Cafcass."),
    (P, "Young person asked what happens to her information. Explained GDPR, consent and the circumstances in which we would have to share with Social Services or the Police."),
    (P, "Update from the Missing From Home Coordinator: three episodes in October, all returned within 24 hours, all Return Home Interviews offered and declined."),
    (P, "YP said he felt 'proper safe' at the Boxing Club and that the coaches treat him 'like a man not a problem'."),
    (P, "Both parents engaged with the Solihull Approach parenting course at the Family Hub and completed all ten sessions."),
    (P, "Young person has started a Saturday job at Greggs. He is proud of his first wage and has opened a Monzo account."),
    (P, "Frank, honest and at times difficult conversation with Dad about his use of physical chastisement. He accepted that it is not acceptable under Scottish law."),
    (P, "The Child was Not Brought to two appointments at the Paediatric clinic in the Autumn. GP informed. Health Visitor to follow up."),
    (P, "Sky News coverage of the stabbing has caused distress for young people at the school. Assembly held; counsellors available all week."),
    (P, "Worker attended the Eid celebration at the community centre at the family's invitation. Children were relaxed and showed worker their henna."),
    (P, "Youth Justice Service recommend a Youth Rehabilitation Order with Intensive Supervision and Surveillance. Pre-sentence report sent to the Court."),
    (P, "Hunter Boots and a North Face jacket were found in YP's room still with tags on. YP could not explain how he paid for them. Police informed via intelligence submission."),
    (P, "Summer term attendance: 94%. Young person has been nominated for the Headteacher's Award and the Year 11 prom committee."),
    (P, "The landlord of the Rose and Crown has agreed to bar the adult males from the pub following the Licensing sub-committee in May."),
    (P, "Destiny, fate and luck came up a lot in our conversation. He believes that what happens to him is 'written' and that there is no point trying to change it."),
    (P, "Lack of joy in daily activities, sleep disturbance and low appetite reported by carers. Referral to CAMHS made with YP's consent."),
    (P, "Precious time has been lost because the referral was sent to the wrong Local Authority. Escalation raised with the Head of Service."),
]

# ---------------------------------------------------------------------------
# Practitioners: youth workers' records of what a young person said
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "YP said: 'me and {NAME|Deji} was just chilling on the block, then {NAME|Skeng} pulled up and told us to get in the car'. YP would not say where they went."),
    (P, "In her words: 'my mum's boyfriend {NAME|Steve} keeps coming in the bathroom when I'm in there'. Worker explained that she would need to share this today."),
    (P, "{NAME|Jayden-Lee} told me his older brother {NAME|Marcus} 'sorts him out' with money and that he owes a man called {NAME|Kingpin} £300 for a phone that got taken by the Police."),
    (P, "YP disclosed that Uncle {NAME|Raj} 'does things' to her when he babysits. She asked that her dad is not told. Strategy discussion convened."),
    (P, "She said that Aunty {NAME|Comfort} makes her do all the cooking and cleaning and won't let her go to school on Mondays because of the market."),
    (P, "{NAME|Liam} said: 'I'm not a grass. If you put my name on anything I'm done for.' Assured him that the intelligence submission would be anonymised."),
    (P, "He described a flat on {ADDRESS|Kirkstall Lane} where 'loads of boys from Bradford' stay. He said the man in charge is called {NAME|Dezzy} and is 'about 30'."),
    (P, "YP said the person messaging her is called {NAME|Ash} and is 17, but his profile photo looks much older. She shared the username {HANDLE|ash_k_official} with me."),
    (P, "Quote from YP: 'I only feel safe when I'm at Mama {NAME|Nkechi}'s. She's not my real mum but she's more of a mum than mine.'"),
    (P, "{NAME|Shauna} told me she has been going to house parties on {ADDRESS|Cowley Road} where older men give out vodka and pills. She named {NAME|Tommo} and {NAME|Big Vinny}."),
    (P, "{NAME|Nikolai} says he was brought from Lithuania by a man called {NAME|Andrius} and works at a car wash. He sleeps in the back room and has not been paid."),
    (P, "YP said he wants to move to his dad's in Coventry. Dad's address: {ADDRESS|73 Binley Road}, {POSTCODE|CV3 1HZ}. Dad's mobile: {PHONE|07700 900 845}."),
    (P, "{NAME|Roxanne} said: 'Ms {NAME|Clarke} at school is the only one I'd talk to. Don't tell my mum I said that.'"),
    (P, "When asked who she trusts, YP listed {NAME|Jasmine}, her cousin {NAME|Tia-Louise}, her nan, and Auntie {NAME|Pearl} from church."),
    (P, "He said the group call themselves 'the 0-4 lot' after the postcode and that a boy called {NAME|Kurtis} is the one 'who makes the songs'."),
    (P, "YP stated: 'I went to {NAME|Dionne}'s birthday on Friday and {NAME|Reuben} got stabbed in the leg outside. I saw everything.'"),
    (P, "YP said her TikTok is {HANDLE|@itsjustkiki._} and that she has 11k followers. She says men comment on her videos asking her age."),
    (P, "{NAME|Óscar} told the worker, in Spanish, that his uncle takes his wages from the restaurant and keeps his passport. Interpreter: {NAME|Lucía}."),
    (P, "YP said the boys who robbed him were '{NAME|Wavey}' and '{NAME|Jukes}' from the estate by the Metro station."),
    (P, "YP named her abuser as {NAME|Richard Coates}, a friend of her father, who she says lives at {ADDRESS|16 Orchard Rise}. Strategy discussion requested."),
    (P, "YP said 'I live at my nan's now, {ADDRESS|no. 5 Tennyson Street}, coz mum's place got shut down'."),
    (P, "YP said his mate '{NAME|Chops}' showed him how to make money on Telegram selling 'tings'. Worker explained criminal exploitation and the NRM."),
    (P, "{NAME|Kenzie} said: 'me and {NAME|Lacey} got picked up by {NAME|Ryan}'s mate from outside {SCHOOL|Northfield Academy}, he had a Range Rover and took us to a hotel in Leicester'."),
    (P, "YP explained that {NAME|Sarah-Jane} is her girlfriend and that they met on Discord. {NAME|Sarah-Jane}'s tag is {HANDLE|sj.moonlight#2287}. YP believes she is 16."),
    (P, "YP reported that {NAME|Bogdan} and {NAME|Florin}, two Roma boys in Year 9, are being followed home every day by a group of older lads."),
    (P, "'{NAME|Keisha} is my rock, innit. Without her I'd be dead.' YP said this twice during the session."),
    (P, "YP told me that '{NAME|MJ}' drives a black Golf and hangs round the chicken shop on {ADDRESS|Green Lane}. She thinks his real name is {NAME|Michael James Ahern}."),
    (P, "In YP's own words: 'they call me {NAME|Baby Shotz} on the road but my name's {NAME|Tyreece}, my mum calls me {NAME|Reecey}'."),
    (P, "YP said: 'I told Miss {NAME|Kaur} in Year 8 and nothing happened, so why would I tell anyone now?'"),
    (P, "{NAME|Aleksandra} says her dad works in Poland and she lives with her mum and her mum's new partner {NAME|Paweł}, who she says is 'strict but OK'."),
]

# ---------------------------------------------------------------------------
# Practitioners: strategy notes, chronologies, police and health
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Chronology entry 03/02: {NAME|Ava-Mae Thompson} reported missing by carer at 22:15. Located 04/02 at 06:30 at {ADDRESS|Flat 21, Priory Court}, {POSTCODE|NE6 5DS}, with adult male {NAME|Dean Coyle} (31)."),
    (P, "Police intelligence: a vehicle registered to {NAME|Aaron Whitlock} has been stopped twice near the school. A Child Abduction Warning Notice is being considered."),
    (P, "Health information: {NAME|Zara Mahmood}, NHS {NHS_NUMBER|9996281949}, attended the Walk-in Centre on 14/10 with a head injury. Gave inconsistent explanations."),
    (P, "Paediatric assessment for {NAME|Kacper Wiśniewski}, DOB {DATE_OF_BIRTH|22/02/2019}, NHS {NHS_NUMBER|999 821 9930}. Bruising to both ears. Mother's explanation: fall from sofa."),
    (P, "Strategy note: risk to {NAME|Jodie} primarily from {NAME|Kyle Brennan} and his associates. Disruption: CAWN served 12/11, licensing visit to The Anchor pub, taxi firm contacted."),
    (P, "Intelligence suggests {NAME|Junior} is being used to run a line from Liverpool into Aberystwyth. The line is known as the 'Scouse line' and the deal phone is {PHONE|07700 900 566}."),
    (P, "Missing episode no. 7. {NAME|Harley Jones} ({DATE_OF_BIRTH|15/08/2008}) found by BTP at Crewe station. Had £400 cash and two phones. Returned to {ADDRESS|Oak Lodge}."),
    (P, "Chronology: 2019 moved from Glasgow; 2020 referral from GP re neglect; 2022 CIN plan; 2023 closed; 2024 re-referral from school re self-harm. No names of adults recorded."),
    (P, "Information from the school: {NAME|Ciara} has been late 28 times this term. Her sister {NAME|Niamh} at {SCHOOL|St Patrick's RC Primary} also has attendance concerns."),
    (P, "GP letter: {NAME|Hiba Ali} (DOB {DATE_OF_BIRTH|04/04/2007}, NHS {NHS_NUMBER|999 518 1908}) seen with low mood. Prescribed sertraline. Safety-netting advice given. Referral to CAMHS."),
    (P, "ED attendance summary: {NAME|Liberty Sanderson}, 15. Alcohol intoxication. Brought in by ambulance from Bramley Park. Discharged to Mum at 04:00. NHS number {NHS_NUMBER|999 231 9488}."),
    (P, "Police log: call from Mrs {NAME|Valentina Rossi} at {ADDRESS|2 Church View} reporting a girl screaming in the flat above. Officers attended; no reply."),
    (P, "Probation/Police joint visit to {NAME|Grant Tolley} (registered sex offender) at {ADDRESS|11 Kestrel Way}, {POSTCODE|DN4 7QA}. Two children seen at the property; checks under way."),
    (P, "Children's Social Care record: {NAME|Keeley Marsh} (DOB {DATE_OF_BIRTH|29/12/2006}), {NAME|Sonny Marsh} (DOB {DATE_OF_BIRTH|03/06/2010}). Father: {NAME|Terry Marsh}. Mother: not known."),
    (P, "Health Visitor notes: {NAME|Ivy Longworth}, born {DATE_OF_BIRTH|17/03/2025}, NHS {NHS_NUMBER|999 186 2528}. Mum {NAME|Chelsea} (19) reports no support from the baby's father."),
    (P, "Sexual Health clinic (Brook) flagged concerns about a 14-year-old, {NAME|Jess Halloran}, attending with a male who said he was her 'cousin'. His name was given as {NAME|Lee}."),
    (P, "YOT assessment summary: {NAME|Devonte Williams-Grant}, 16, ISS. Lives with Mum at {ADDRESS|Flat 9, Kennedy Tower}, {POSTCODE|B7 4RE}. Tagged, curfew 19:00 to 07:00."),
    (P, "School exclusion record: {NAME|Callum Birch}, Year 10, {SCHOOL|Beaumont Vale College}. Permanent exclusion for bringing a knife onto site. Dated 19 September."),
    (P, "Intelligence report: young people from the {ADDRESS|Pelham Estate} are being recruited through a Snapchat account called {HANDLE|pelham.paper.chase}. Account details passed to Police."),
    (P, "Information shared under Operation Encompass: Police attended a domestic incident at the home of {NAME|Mia Hargreaves} (Year 4) at 23:40. {NAME|Mia} was present."),
    (P, "Dental hospital concern: {NAME|Rayan}, age 6, NHS {NHS_NUMBER|999 757 4915}, eleven teeth extracted due to decay; third missed follow-up. Not Brought policy applied."),
    (P, "Chronology entry: 11/09 {NAME|Kelsey} reported that an adult called '{NAME|Pops}' had given her a phone and told her to keep it on at all times."),
]

# ---------------------------------------------------------------------------
# Young people: more answers (contact details, schools, online life)
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "i go {SCHOOL|Kingsmead} but my little bro is at {SCHOOL|St Joseph's Juniors}, we both get bullied for being irish travellers"),
    (Y, "my mums number is {PHONE|07700 900 two five nine} if its urgent"),
    (Y, "{NAME|Eilidh} n {NAME|Mhairi} from my class are the only ones who didnt laugh when i moved from Stornoway"),
    (Y, "ye can email me {EMAIL|ruaridh.mac[at]example.net} or find me on insta {HANDLE|@ruaridh_mc}"),
    (Y, "{NAME|Dafydd} n {NAME|Gethin} from {SCHOOL|Ysgol y Castell} keep calling me a sais cos i moved from england"),
    (Y, "i made a go fund me for my mates funeral {URL|https://fundraise.example.org/rip-marcus-okon} please share"),
    (Y, "theres a video of me going round {URL|example.com/v/8812xq} please get it taken down i was 14 in it"),
    (Y, "my online name is {HANDLE|xXDarkAngelXx} on roblox and some1 keeps asking me to send pics"),
    (Y, "I LIVE AT {ADDRESS|27 PARADISE STREET} {POSTCODE|L1 8JQ} AND THE LANDLORD COMES IN WITHOUT KNOCKING"),
    (Y, "we live in {ADDRESS|flat 9, Marden Tower}, 14th floor, the lift has been broke since august and my nan cant do stairs"),
    (Y, "{NAME|wei jie} always gets called corona at skl n the teachers dont even say nothing"),
    (Y, "my best mate {NAME|Linh} is vietnamese n her mum makes the best pho. her house is the safest place i know"),
    (Y, "{NAME|Yasmin}s brother {NAME|Omar} is the one who sends the boys round if u owe"),
    (Y, "ppl from {SCHOOL|Hazelwood High} and {SCHOOL|Broad Oak} fight every friday at the park n film it for the fight pages on insta"),
    (Y, "my carer is {NAME|Jolanta} shes from latvia and shes the best carer ive had out of 6"),
    (Y, "i am a girl called {NAME|Sky} and ppl always make jokes about the tv company lol"),
    (Y, "my email for the prize is {EMAIL|sk8rboi.jack@example.com}"),
    (Y, "pls contact me {PHONE|07700 900 11 8} or {EMAIL|h.ahmed2008@example.org} my name is {NAME|Hafsa}"),
    (Y, "the man at the shisha place calls himself Uncle {NAME|Bash} n gives us free shisha if we bring younger girls"),
    (Y, "my step brother {NAME|Kieron} stole my bank card n spent my EMA on weed"),
    (Y, "Ms {NAME|O'Sullivan} rang my mum and told her everything and now i cant go out at all. thanks for nothing"),
    (Y, "the teachers at {SCHOOL|Harrowden Academy} r racist. Mr {NAME|Blake} told me to go back to where i came from"),
    (Y, "tell {NAME|Amina Warsame} from yr 11 that im sorry. she'll know why"),
    (Y, "im on the estate behind {SCHOOL|Westbury Park Primary}. the {ADDRESS|Cedars}, everyone knows it"),
    (Y, "{NAME|fin} n {NAME|ciaran} took me to a house on {ADDRESS|spring bank} n there was older lads there with bags of pills"),
    (Y, "my discord is {HANDLE|NightOwl#7733} and my tiktok is {HANDLE|@nightowl.edits}, i make edits of footballers"),
    (Y, "bro {NAME|Jakub} got jumped for his Canada Goose outside Liverpool One"),
    (Y, "i got sent a link {URL|http://free-robux.example.net/claim} and then my account got hacked"),
    (Y, "my teacher Mrs {NAME|Ahmadi} came to my house when i stopped coming in. shes the reason i went back"),
    (Y, "{NAME|DESTINY}, {NAME|PRECIOUS}, {NAME|HOPE} AND {NAME|FAVOUR}. MY SISTERS. THEY ARE WHY I KEEP GOING"),
    (Y, "i moved from {ADDRESS|Ashfield Road} in Rochdale to my dads in Leeds {POSTCODE|LS11 5HX} and now i dont know anyone"),
    (Y, "{NAME|Jovan}, the serbian boy in my form, got sent home for fighting but he was just protecting {NAME|Mila}"),
    (Y, "a guy called {NAME|Ray-Ray} from the bookies on the high road gives us tenners to hold his phones"),
    (Y, "{NAME|Zoë} (with the dots lol) is my girlfriend and her parents dont know"),
    (Y, "nanna {NAME|jean} is my great gran and shes 91 and shes the only one who listens"),
]

# ---------------------------------------------------------------------------
# Young people: more answers with nothing to remove
# ---------------------------------------------------------------------------
RECORDS += [
    (Y, "i feel unsafe on the Northern Line at night and on Uber Eats bikes flying on the pavement"),
    (Y, "CHILDLINE AND THE SAMARITANS. AND MY PE TEACHER. AND GOD"),
    (Y, "Frank is where i look stuff up about drugs before i try them, at least its honest"),
    (Y, "ive had 4 social workers this year and 3 of them left before Christmas"),
    (Y, "Sunday League football on Saturday mornings is the only time my dad is nice to me"),
    (Y, "on the Tube or in Wembley after England games. too many drunk grown men"),
]

# ---------------------------------------------------------------------------
# Mixed extras: online safety, contact details, forms
# ---------------------------------------------------------------------------
RECORDS += [
    (P, "Online safety concern: a Facebook group at {URL|https://www.example.com/groups/burnley-girls-rate} is posting photos of local schoolgirls. Reported to CEOP and the platform."),
    (P, "The young person's OnlyFans-style page was hosted at {URL|fans.example.net/lexi.lou} and she says it was set up by her boyfriend {NAME|Callum Voss}. She is 16."),
    (P, "Family's details for the Holiday Club: parent {NAME|Shabnam Akhtar}, {EMAIL|shabnam.akhtar@example.com}. Children: {NAME|Rehan} (8) and {NAME|Inaya} (5). Dietary needs: halal, nut allergy ({NAME|Inaya})."),
    (P, "Please call the Duty Social Worker on {PHONE|020 7946 0913} (out of hours: {PHONE|020 7946 0001}) regarding {NAME|Tobiah Mensah-Wright}."),
    (P, "New address for {NAME|Kerry Lomax} and the children from Monday: {ADDRESS|Flat 2, 88 Victoria Road West}, Cleveleys {POSTCODE|FY5 1AJ}. Landline {PHONE|01632 960 208}."),
    (P, "{NAME|Chiamaka} gave her number as '{PHONE|oh seven seven double oh, nine double oh, seven one five}' which I have recorded as {PHONE|07700 900 715}."),
    (P, "Contact for the boxing gym: {NAME|Errol Fairweather}, {PHONE|+44 (0)7700 900 387}, {EMAIL|errol(at)example(dot)org}. {NAME|Errol} has offered free sessions to YP."),
    (P, "The school's safeguarding policy is available at {URL|https://www.example.org/policies/safeguarding-2025.pdf} and was last reviewed in September."),
    (P, "YP's YouTube channel ({URL|youtube.example.com/@BlazeMusicOfficial}) has a drill track naming rival groups and the street {ADDRESS|Sandringham Road}. Police aware."),
    (P, "Consent form received for {NAME|Ismail Hassan}, DOB {DATE_OF_BIRTH|08/08/2013}, NHS number {NHS_NUMBER|999 760 1890}, signed by his father {NAME|Abdikarim Hassan}, {POSTCODE|BS5 6JH}."),
    (P, "The Partnership's website has a page for young people with the numbers for Childline, the Samaritans, Shout (text 85258) and the Mix."),
    (P, "Worker attended Parents' Evening with the foster carer. All subject teachers were positive. Maths and Art are the strongest subjects."),
    (P, "Staff briefing: the Police have asked that we look out for young people wearing Trapstar and Corteiz as this is being used as 'payment' by older males in the area."),
    (Y, "im {NAME|Lauren} born {DATE_OF_BIRTH|14/02/2010} valentines baby lol and i want to say the police never listen to girls"),
    (Y, "its {NAME|Kyron} from the boxing. dob {DATE_OF_BIRTH|30.11.09}. u said to put my details if i want a call back so {PHONE|07700 900 502}"),
]


# ===========================================================================
# Build logic
# ===========================================================================
MARKER = re.compile(r"\{([A-Za-z_]*)\|([^{}|]*)\}")

# Names that are also ordinary English words. For these only, an all-lower-case
# unmarked occurrence of the word (e.g. "will", "hope") in a record where the
# capitalised name is marked is accepted as the ordinary word.
WORD_NAMES = {"will", "hope", "joy", "mark", "rose", "grace", "sky", "summer",
              "frank", "destiny", "precious", "king", "hunter", "ruby", "mercy",
              "blessing", "faith", "sunny", "amber", "jade", "ghost", "dawn",
              "bill", "pat", "chase", "rich", "river", "star", "angel", "honey",
              "patience", "victory", "goodluck", "storm", "brook", "crystal",
              "bash", "spider", "smokey", "snoop"}

NUM_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2",
             "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
             "eight": "8", "nine": "9"}
PHONE_OK = [re.compile(p) for p in (r"^07700900\d{3}$", r"^01632960\d{3}$",
                                    r"^02079460\d{3}$", r"^01134960\d{3}$",
                                    r"^01614960\d{3}$")]
POSTCODE_RE = re.compile(
    r"^(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}$", re.I)
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)*example\.(?:com|org|net)$")
URL_HOST_RE = re.compile(r"^(?:[A-Za-z0-9\-]+\.)*example\.(?:com|org|net)$")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def is_edge_bad(ch, typ, leading):
    if ch.isspace() or ch in INVISIBLE:
        return True
    cat = unicodedata.category(ch)
    if cat.startswith("P") or cat.startswith("S") or cat.startswith("C"):
        if leading and typ == "HANDLE" and ch == "@":
            return False
        if leading and typ == "PHONE" and ch == "+":
            return False
        if typ == "HANDLE" and ch == "_":
            return False
        return True
    return False


def normalise_phone(v):
    s = v.lower()
    for ch in INVISIBLE:
        s = s.replace(ch, "")
    toks = re.findall(r"[a-z]+|\d|\+", s)
    rest = re.sub(r"[a-z]+|\d|\+|[\s\-.,()/]", "", s)
    if rest:
        raise ValueError("odd characters in phone %r" % v)
    out = []
    mult = 1
    for t in toks:
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t == "+":
            out.append("+")
            continue
        if t.isdigit():
            d = t
        elif t in NUM_WORDS:
            d = NUM_WORDS[t]
        elif set(t) <= set("oli"):
            d = "".join("0" if c == "o" else "1" for c in t)
        else:
            raise ValueError("odd token %r in phone %r" % (t, v))
        out.append(d[0] * mult + d[1:])
        mult = 1
    n = "".join(out)
    if n.startswith("+44"):
        n = n[3:]
        n = n if n.startswith("0") else "0" + n   # "+44 (0)7700 ..."
    elif n.startswith("0044"):
        n = "0" + n[4:]
    return n


def normalise_email(v):
    s = v
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s, flags=re.I)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s, flags=re.I)
    s = re.sub(r"\s+at\s+", "@", s, flags=re.I)
    s = re.sub(r"\s+dot\s+", ".", s, flags=re.I)
    return s.replace(" ", "")


def nhs_ok(v):
    d = re.sub(r"[\s\-]", "", v)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def parse(text):
    out = []
    spans = []
    pos = 0
    length = 0
    for m in MARKER.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": typ, "value": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def check_record(i, style, raw):
    errs = []
    if style not in (Y, P):
        errs.append("bad style %r" % style)
    text, spans = parse(raw)
    for ch in "{}|":
        if ch in text:
            errs.append("stray %r" % ch)
    prev_end = -1
    for sp in spans:
        typ, val = sp["type"], sp["value"]
        if typ not in TYPES:
            errs.append("bad type %r" % typ)
            continue
        if not val:
            errs.append("empty span")
            continue
        if text[sp["start"]:sp["end"]] != val:
            errs.append("offset mismatch %r" % val)
        if sp["start"] < prev_end:
            errs.append("overlap at %r" % val)
        prev_end = sp["end"]
        if is_edge_bad(val[0], typ, True) or is_edge_bad(val[-1], typ, False):
            errs.append("bad edge in %s %r" % (typ, val))
        if typ == "PHONE":
            try:
                n = normalise_phone(val)
                if not any(p.match(n) for p in PHONE_OK):
                    errs.append("phone out of range %r -> %r" % (val, n))
            except ValueError as e:
                errs.append(str(e))
        elif typ == "EMAIL":
            n = normalise_email(val)
            if not EMAIL_RE.match(n):
                errs.append("bad email %r -> %r" % (val, n))
        elif typ == "URL":
            u = re.sub(r"^https?://", "", val, flags=re.I)
            host = u.split("/")[0]
            if not URL_HOST_RE.match(host):
                errs.append("bad url host %r" % val)
        elif typ == "POSTCODE":
            if not POSTCODE_RE.match(val):
                errs.append("bad postcode %r" % val)
        elif typ == "NHS_NUMBER":
            if not nhs_ok(val):
                errs.append("bad NHS number %r" % val)
        elif typ == "DATE_OF_BIRTH":
            low = val.lower()
            if not (re.search(r"\d", low) or any(mo in low for mo in MONTHS)):
                errs.append("odd date %r" % val)
        elif typ == "HANDLE":
            if " " in val:
                errs.append("space in handle %r" % val)
        if typ in ("NAME", "SCHOOL", "ADDRESS") and not re.search(r"[^\W\d_]", val):
            errs.append("no letters in %s %r" % (typ, val))
    # a marked string must not also appear unmarked as a whole word
    for sp in spans:
        val = sp["value"]
        if not val:
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(val) + r"(?!\w)", re.I)
        for m in pat.finditer(text):
            inside = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
            touching = any(o["start"] < m.end() and m.start() < o["end"] for o in spans)
            if inside:
                continue
            occ = m.group(0)
            if (not touching and val.lower() in WORD_NAMES and occ.islower()
                    and not val.islower()):
                continue
            errs.append("%r also appears unmarked" % val)
    # each part of a multi-word NAME must not appear unmarked (capitalised) either
    for sp in spans:
        if sp["type"] != "NAME":
            continue
        parts = [t for t in re.split(r"[\s]+", sp["value"]) if len(t) >= 3]
        if len(parts) < 2:
            continue
        for t in parts:
            pat = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
            for m in pat.finditer(text):
                if not any(o["start"] < m.end() and m.start() < o["end"] for o in spans):
                    errs.append("name part %r of %r appears unmarked" % (t, sp["value"]))
    return text, spans, errs


def main():
    seen = set()
    rows = []
    errors = []
    for i, rec in enumerate(RECORDS):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append("record %d is not (style, text)" % i)
            continue
        style, raw = rec
        text, spans, errs = check_record(i, style, raw)
        if text in seen:
            errs.append("duplicate text")
        seen.add(text)
        for e in errs:
            errors.append("record %d [%s]: %s" % (i, raw[:60], e))
        rows.append({"style": style, "text": text,
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]})
    n = len(rows)
    types = Counter(s["type"] for r in rows for s in r["spans"])
    clean = sum(1 for r in rows if not r["spans"])
    styles = Counter(r["style"] for r in rows)
    clean_by_style = Counter(r["style"] for r in rows if not r["spans"])
    share = clean / n if n else 0
    if n < 450:
        errors.append("only %d records" % n)
    if types["NAME"] < 320:
        errors.append("only %d NAME spans" % types["NAME"])
    if not 0.32 <= share <= 0.40:
        errors.append("clean share %.3f outside 32-40%%" % share)
    print("records:", n)
    print("styles:", dict(styles))
    print("clean: %d (%.1f%%) by style %s" % (clean, 100 * share, dict(clean_by_style)))
    print("spans by type:", dict(sorted(types.items(), key=lambda kv: -kv[1])))
    print("total spans:", sum(types.values()))
    spans_by_style = {st: Counter(s["type"] for r in rows if r["style"] == st for s in r["spans"]) for st in (Y, P)}
    for st in (Y, P):
        print("  %s: %s" % (st, dict(sorted(spans_by_style[st].items(), key=lambda kv: -kv[1]))))
    if errors:
        print("\n%d CHECK FAILURES - nothing written:" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    if "--check" in sys.argv:
        print("checks passed (check only, nothing written)")
        return 0
    rng = random.Random(20261216)
    rng.shuffle(rows)
    with open("set_aa.jsonl", "w", encoding="utf-8") as f:
        for k, r in enumerate(rows, 1):
            obj = {"id": "aa%04d" % k, "style": r["style"], "text": r["text"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote set_aa.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
