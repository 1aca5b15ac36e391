#!/usr/bin/env python3
"""Hand-labelled evaluation set V for a de-identifier (UK youth safeguarding).

Every record below was typed by hand as (style, text) with inline markers
{TYPE|value}. This script strips the markers, computes code-point offsets,
runs the consistency checks and, only if every check passes, writes
set_v.jsonl and README_set_v.md. Python 3 standard library only.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_JSONL = HERE / "set_v.jsonl"
OUT_README = HERE / "README_set_v.md"
SEED = 20261214
BUILD_DATE = "2026-12-06"

STYLES = ("young_person", "case_note", "form")
TYPES = ("NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER")
MARK = re.compile(r"\{([A-Za-z_]+)\|([^{}|]*)\}")
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
PHONE_RANGES = re.compile(
    r"07700900\d{3}|01632960\d{3}|02079460\d{3}|01134960\d{3}|01614960\d{3}")
NUM_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1",
             "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
             "seven": "7", "eight": "8", "nine": "9"}
POSTCODE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", re.I)
BAD_EDGE = set(",;:!?()[]\"'.")

# ---------------------------------------------------------------------------
# young_person: survey answers and chat messages in young people's own voice
# ---------------------------------------------------------------------------
YOUNG_PERSON = [
    ("young_person", "me n {NAME|kofi} went to {NAME|Big Dre}s after skl"),
    ("young_person", "i dont feel safe walkin home past the shops on {ADDRESS|Carrow Road} when its dark"),
    ("young_person", "tbh nothing makes me feel safe anymore, not even at home"),
    ("young_person", "{NAME|joy} said she seen {NAME|tyrese} get jumped by the chicken shop"),
    ("young_person", "joy is not a word i would use for this year lol"),
    ("young_person", "add me on snap its {HANDLE|kayla.xo22}"),
    ("young_person", "my mum dont know i go to {NAME|Lil Jay}s flat on the {ADDRESS|Brookfield estate}"),
    ("young_person", "the bus was late again so i missed 1st period, teacher went mad"),
    ("young_person", "ring me {PHONE|07700 900412} if ur on ur way"),
    ("young_person", "{NAME|ruby} n {NAME|sky} r my best mates they always have my back"),
    ("young_person", "the sky was proper red last night looked like a film"),
    ("young_person", "i go {SCHOOL|Harrowfield Academy} and its alright i guess the teachers dont listen tho"),
    ("young_person", "who do i talk to if i think my friend is being groomed? i dont want to get her in trouble"),
    ("young_person", "hes called {NAME|Frank} hes like 24 and keeps giving us lifts"),
    ("young_person", "to be frank i dont trust the police round here"),
    ("young_person", "my insta is {HANDLE|@amani.writes} if u wanna see my poems"),
    ("young_person", "i moved from {ADDRESS|Elmhurst Close} last year and now i live with my nan"),
    ("young_person", "Childline helped me when i rang 0800 1111 at like 2am"),
    ("young_person", "{NAME|will} keeps messaging me even after i blocked him on everything"),
    ("young_person", "i will tell someone i just dont know who yet"),
    ("young_person", "text me on {PHONE|O77OO 9OO 583} my other phone got took"),
    ("young_person", "its {NAME|precious} here from year 9 can i do the survey again i pressed submit by accident"),
    ("young_person", "my phone is precious to me its the only way i talk to my dad"),
    ("young_person", "{NAME|Siobhán} and her cousin {NAME|Ciarán} got moved to a different school"),
    ("young_person", "man like {NAME|Big Tunde} is always outside {SCHOOL|St Columba's RC High} at 3"),
    ("young_person", "i feel safe at youth club on a tuesday and thats about it"),
    ("young_person", "email me at {EMAIL|zara.k.2009@example.com} i dont check it much tho"),
    ("young_person", "ppl on the estate say the Police only come when someone gets stabbed"),
    ("young_person", "{NAME|nguyễn} from maths is the only one who talks to me"),
    ("young_person", "born {DATE_OF_BIRTH|14/03/2010} so im 16 now and they still treat me like a kid"),
    ("young_person", "sometimes i go to Greggs just to get out the house, its warm in there"),
    ("young_person", "my step dad {NAME|gary} shouts all the time and i hate being in"),
    ("young_person", "me and {NAME|mo} got chased from {ADDRESS|Waverley Street} by some older boys on bikes"),
    ("young_person", "the 38 bus is where it all kicks off after school"),
    ("young_person", "i seen {NAME|hope} cryin in the toilets and nobody did nothing"),
    ("young_person", "i hope things get better for me and my little brother"),
    ("young_person", "{NAME|Zoë} is the only teacher who actually asks if im ok"),
    ("young_person", "discord is {HANDLE|shadowfox#4821} dm me"),
    ("young_person", "YOT worker is alright but i have to see her every monday which is long"),
    ("young_person", "{NAME|DESTINY} TOLD EVERYONE MY BUSINESS AND NOW IM GETTING BULLIED"),
    ("young_person", "its like destiny or whatever, i was always gonna end up in care"),
    ("young_person", "they hang round {ADDRESS|the garages behind Fenwick Court} and sell weed"),
    ("young_person", "i like drawing, football, and Fortnite with my cousins"),
    ("young_person", "my number changed its {PHONE|07700 900 127} now"),
    ("young_person", "{NAME|Aaliyah}s brother {NAME|Imran} got me a job thing but i dont think its legit"),
    ("young_person", "i got excluded from {SCHOOL|Oakbridge PRU} for fighting but he started it"),
    ("young_person", "miss said i should ring 111 if i feel like that again"),
    ("young_person", "{NAME|kwame} owes {NAME|dex} money and now theyre saying i have to pay it"),
    ("young_person", "i get the 14 to town on saturdays and go Primark and JD with my mates"),
    ("young_person", "my tiktok is {HANDLE|@lil.precious.x} dont tell my mum"),
    ("young_person", "{NAME|Summer} and me are going to the park after we finish the survey"),
    ("young_person", "summer holidays are the worst cus theres nothing to do and no food"),
    ("young_person", "i live at {ADDRESS|22 Marsh Lane} with my aunty and 4 cousins"),
    ("young_person", "Mum says God will sort it out but i dont think he will"),
    ("young_person", "{NAME|Hunter} from the year above keeps sending me pics i didnt ask for"),
    ("young_person", "he is a hunter proper, he finds the young ones and gives them free stuff"),
    ("young_person", "u know {NAME|Tomasz}? his older brother {NAME|Paweł} drives the black golf"),
    ("young_person", "honestly the online stuff is worse than anything in real life"),
    ("young_person", "yo its {NAME|jamal} add me {HANDLE|jamal_2x}"),
    ("young_person", "wat time is it on thursday? is it 4 or 5"),
    ("young_person", "{NAME|Leila} got her phone took by some man in the park on {ADDRESS|Granby Road}"),
    ("young_person", "i dont go to school much, i go to the library or sit in McDonalds"),
    ("young_person", "{NAME|king} said if i talk to the feds im done"),
    ("young_person", "he thinks hes king of the ends but hes just a bully"),
    ("young_person", "call my sister {NAME|Amara} on {PHONE|+44 7700 900 836} shes my emergency contact"),
    ("young_person", "CAMHS put me on a waiting list in september and i still havent heard back"),
    ("young_person", "it was {NAME|Rose} who told me about the party at {ADDRESS|flat 9 Kestrel House}"),
    ("young_person", "i got my nan a rose for her birthday and she cried"),
    ("young_person", "{NAME|O'Neill} the PE teacher is safe he let me sit out when i was upset"),
    ("young_person", "the youth worker with the dreads is sound he got me a bus pass"),
    ("young_person", "my bday is {DATE_OF_BIRTH|2nd august 2011} can i still do the survey"),
    ("young_person", "i feel unsafe at the bus station in town and near the big Tesco"),
    ("young_person", "{NAME|Mehmet}s uncle owns the barbers and they let us chill there"),
    ("young_person", "wen u coming back from {NAME|sade}s"),
    ("young_person", "me and my brother share a room and hes 19 so i never get any space"),
    ("young_person", "this guy on insta {HANDLE|@trapstar_k9} keeps asking me to hold stuff for him"),
    ("young_person", "{NAME|Grace} at church is the only adult i trust"),
    ("young_person", "by the grace of god i passed my maths"),
    ("young_person", "i think {NAME|Bill} is his real name but everyone calls him {NAME|Shotta}"),
    ("young_person", "mum cant pay the gas bill so we sit in coats"),
    ("young_person", "{NAME|Ngozi Okeke} from year 10 knows what happened, ask her"),
    ("young_person", "i want to be a nurse or a midwife when im older"),
    ("young_person", "DM me on insta im {HANDLE|ellie_b.x} or snap {HANDLE|elliebx07}"),
    ("young_person", "Dad lives in Birmingham and i see him at christmas if hes not working"),
    ("young_person", "me and {NAME|Fatima} walk together to {SCHOOL|Kingsmead College} coz the underpass is scary"),
    ("young_person", "ppl say Manchester is bad but where i live is worse"),
    ("young_person", "{NAME|Lil Ty} got arrested on friday and now everyone thinks i snitched"),
    ("young_person", "i got 3 detentions this week for being late cus i take my sister to nursery"),
    ("young_person", "{NAME|mark} is my older cousin he used to look after me"),
    ("young_person", "i got a mark of 42 on the mock and miss said thats a 5"),
]
YOUNG_PERSON += [
    ("young_person", "my numbers {PHONE|oh seven seven double oh nine double oh four one six} txt me"),
    ("young_person", "its {PHONE|oh seven seven double oh, nine double oh, two five eight} dont give it to no one"),
    ("young_person", "msg {NAME|abdi} on {PHONE|07700\u200b900\u200b361} he will sort u out"),
    ("young_person", "email {EMAIL|jess(at)example(dot)com} if u want the pics from prom"),
    ("young_person", "write to me {EMAIL|marcus.t [at] example [dot] org} not my school one"),
    ("young_person", "dont ring the house phone ring {PHONE|0l632 96O 7l4} thats mine"),
    ("young_person", "the chat is called estate mandem and {NAME|Kyle} is the admin"),
    ("young_person", "i feel safe with my girlfriend, my dog, and my PS5"),
    ("young_person", "{NAME|ikenna}s mum is a nurse she helped me when i cut my hand"),
    ("young_person", "boys from {ADDRESS|Parkside estate} and from the other side of the river dont mix"),
    ("young_person", "i dont want to say where i live but its near the big Asda"),
    ("young_person", "thank u for listening to me today i feel a bit better"),
    ("young_person", "{NAME|Chloe-Mae} keeps posting about me on her story"),
    ("young_person", "this is {NAME|Dylan} again my social worker never rings back"),
    ("young_person", "my sosh worker is ok but she keeps changing every 6 months"),
    ("young_person", "{NAME|Priya} and {NAME|Harpreet} said the man at the takeaway gave them vapes for free"),
    ("young_person", "vapes are everywhere at school u can get them for a fiver"),
    ("young_person", "i live on {ADDRESS|Acacia Road} near the launderette"),
    ("young_person", "snap me {HANDLE|dan.the.man04} or just come round"),
    ("young_person", "r u going to {NAME|dan}s tonight or nah"),
    ("young_person", "lowkey scared of going to college in september cos i wont know anyone"),
    ("young_person", "im in {SCHOOL|Brambleside Primary} year 6 and my brother is at the big school"),
    ("young_person", "{NAME|Oisín} moved here from Belfast and everyone takes the mick out his accent"),
    ("young_person", "people take the mick out of my accent too cos im from Glasgow"),
    ("young_person", "my mum and {NAME|Steve} argue every night and i just put my headphones on"),
    ("young_person", "the worst bit is the group chats, they screenshot everything"),
    ("young_person", "{NAME|Marek} said he can get me work at the car wash cash in hand"),
    ("young_person", "i was born {DATE_OF_BIRTH|12.11.09} and i still aint got a passport"),
    ("young_person", "i would like more youth clubs open on friday and saturday nights"),
    ("young_person", "if anyone needs help Auntie {NAME|Bisi} at the community centre is the one to see"),
    ("young_person", "{NAME|Bisi Adeyemi} runs the food bank she's mad nice"),
    ("young_person", "the food bank on tuesday helps us a lot"),
    ("young_person", "hi its {NAME|Maddie} from the survey, i forgot to say my stepdad hits my mum"),
    ("young_person", "me n {NAME|T} got stopped and searched twice this week for nothing"),
    ("young_person", "got stopped and searched on the high street, they said i matched a description"),
    ("young_person", "i go {SCHOOL|Northgate Academy} the gates shut at 8:40 and then ur late"),
    ("young_person", "{NAME|ahmed} and {NAME|yusuf} from my mosque help me with homework"),
    ("young_person", "the mosque and the library are the only places i feel safe"),
    ("young_person", "my cousin is called {NAME|Precious} and she lives in {ADDRESS|Tollgate House} on the 11th floor"),
    ("young_person", "lifts in our block are always broke and it stinks of wee"),
    ("young_person", "{NAME|Lil Mikey} and {NAME|Big Ray} go county lines i think"),
    ("young_person", "i heard about county lines in PSHE but i didnt know it was real till now"),
    ("young_person", "my snap got hacked now its {HANDLE|reece_official2} pls readd"),
    ("young_person", "someone made a fake account of me and posted my pics, i reported it but nothing happened"),
    ("young_person", "{NAME|Aoife} is my foster sister shes 14 and really funny"),
    ("young_person", "foster carers are ok but i miss my real family"),
    ("young_person", "ask for {NAME|Dwayne} at the gym hes the one who does the free boxing"),
    ("young_person", "boxing on wednesday keeps me out of trouble honestly"),
    ("young_person", "idk if this counts but {NAME|Cameron} asked me for nudes and said he'd share my secrets if i didnt"),
    ("young_person", "i got sent a link to join some group with 300 people in it and its all fights"),
    ("young_person", "check {URL|https://example.com/u/skyelarose} thats my art page"),
    ("young_person", "{NAME|Skye} is my name but ppl spell it wrong all the time"),
    ("young_person", "weather was grim, sat in Costa for 2 hours with one hot choc"),
    ("young_person", "its {NAME|Amir} from year 11 i want to take back what i said last time"),
    ("young_person", "my postcode is {POSTCODE|LS9 7QX} if u need it for the form"),
    ("young_person", "does it matter that im 13 and i dont have a phone? mum says i cant till 14"),
    ("young_person", "{NAME|Tiago} and {NAME|Rafa} fixed my bike for me after it got smashed"),
    ("young_person", "some older lads smashed my bike up at the park behind Lidl"),
    ("young_person", "me n {NAME|cher} walk {NAME|cher}s dog every evening"),
    ("young_person", "i find it hard to sleep cus of the noise and the worry about mum"),
    ("young_person", "my brothers mate {NAME|Lewis} picks me up from {SCHOOL|Fairfield High} sometimes and gives me money"),
    ("young_person", "i dont like that the teachers talk about us in the staffroom"),
    ("young_person", "{NAME|Hamza} lives at {ADDRESS|41 Belgrave Terrace} u can drop it there"),
    ("young_person", "im not telling u where i live lol nice try"),
    ("young_person", "my girl {NAME|Ama} is on {HANDLE|@amaa_boateng} she does nails"),
    ("young_person", "u can get your nails done for like 15 quid on the market"),
    ("young_person", "the man at the shop Mr {NAME|Khan} always lets me pay later"),
    ("young_person", "the police came to my house on sunday morning and took my brother away"),
    ("young_person", "{NAME|Jayden} n {NAME|Kai} said there is a party on {ADDRESS|Orchard Street} on saturday"),
    ("young_person", "there was a party saturday and it got shut down by the feds at 1"),
    ("young_person", "its bare long to get to school on 2 buses but i dont mind"),
    ("young_person", "my mum is called {NAME|Grace} and my nan is called {NAME|Pearl}"),
    ("young_person", "i dont know my dads name he left when i was a baby"),
    ("young_person", "{NAME|Wiktoria} from my class said her uncle took her phone and read her messages"),
    ("young_person", "u can add me on discord its {HANDLE|frostbyte_uk} or {HANDLE|nova#0917}"),
    ("young_person", "Xbox and Discord is where i talk to my real friends"),
    ("young_person", "i want to leave {SCHOOL|Ashcombe Park School} because of the bullying"),
    ("young_person", "i wanna leave this town as soon as im 18, maybe go Bristol or London"),
    ("young_person", "{NAME|Bilal}s dad found out about the knife and went crazy"),
    ("young_person", "people carry knives for protection not cos they want to stab anyone"),
    ("young_person", "i would tell my teacher Ms {NAME|Dlamini} she listens"),
    ("young_person", "my form tutor is nice but she has 30 kids to deal with"),
    ("young_person", "{NAME|Ellis} is trans and gets called names at the bus stop daily"),
    ("young_person", "i get called names at the bus stop too its every day"),
    ("young_person", "bruv {NAME|Lil Kemzy} is outside ur block rn"),
    ("young_person", "on my way now, 5 mins, save me a seat"),
    ("young_person", "my real name is {NAME|Kehinde} but everyone calls me {NAME|KK}"),
    ("young_person", "im a twin and people mix us up all the time it annoys me"),
    ("young_person", "they took us to {ADDRESS|the old flats on Hartley Road} to pick up a bag"),
    ("young_person", "i didnt know what was in the bag i swear"),
]
YOUNG_PERSON += [
    ("young_person", "{NAME|Cerys} and {NAME|Gethin} from Cardiff came to stay and we went to the beach"),
    ("young_person", "i went to Cardiff once for the rugby with my uncle and it was class"),
    ("young_person", "{NAME|eilidh} is my best friend since nursery we tell each other everything"),
    ("young_person", "{NAME|RUARIDH} IS A LIAR DONT BELIEVE ANYTHING HE SAYS"),
    ("young_person", "I AM SO SICK OF SCHOOL AND EVERYONE IN IT"),
    ("young_person", "{NAME|Hodan} and her sister get followed home by a car sometimes"),
    ("young_person", "a white car keeps driving slow past us on the way home from school"),
    ("young_person", "{NAME|wanjiru} plays netball with me on thursdays at the leisure centre"),
    ("young_person", "netball and church on sunday, thats my week basically"),
    ("young_person", "{NAME|Shanice} said {NAME|Delroy} is her uncle but hes not he's her boyfriend and hes 30"),
    ("young_person", "hes not my boyfriend hes just a friend who looks after me"),
    ("young_person", "{NAME|Florin} and his family live in a caravan by {ADDRESS|Station Yard} and people are racist to them"),
    ("young_person", "people are racist to gypsy and traveller kids and teachers dont do anything"),
    ("young_person", "{NAME|Layla}s big brother {NAME|Omar} picks us up when its late"),
    ("young_person", "{NAME|Emre} works at his dads kebab shop till 11 on school nights"),
    ("young_person", "i work saturdays at a car wash for 30 quid"),
    ("young_person", "{NAME|Linh} told me her boss takes her passport and she sleeps at the nail bar"),
    ("young_person", "me and {NAME|Trần Minh} play badminton at lunch"),
    ("young_person", "{NAME|Jakub} said his dad hits him with a belt when he gets bad grades"),
    ("young_person", "my dad does not hit me but he says stuff that hurts more"),
    ("young_person", "{NAME|oksana} came from Ukraine in 2022 and she is still learning English"),
    ("young_person", "i came from Syria when i was 7 and now i speak better English than my mum"),
    ("young_person", "{NAME|Jean-Luc} is the new boy in our class hes from Congo and plays football sick"),
    ("young_person", "Arsenal lost again and my brother threw the remote lol"),
    ("young_person", "we watch Man City at my uncles every weekend"),
    ("young_person", "{NAME|Haruto} gets picked on cos hes quiet"),
    ("young_person", "my mum says to stay off TikTok cus its full of weirdos"),
    ("young_person", "someone added me on TikTok called {HANDLE|@sugardaddy_real} and sent me money on an app"),
    ("young_person", "the app is called CashApp or something, he sent £50 and now wants pics"),
    ("young_person", "{NAME|Selam} and {NAME|Tesfaye} are cousins and live together on {ADDRESS|Ferncliffe Road}"),
    ("young_person", "i share a bed with my cousin because there isnt enough room"),
    ("young_person", "{NAME|dmytro} said the boys at the skatepark robbed his airpods"),
    ("young_person", "the skatepark is fine in the day but at night its dodgy"),
    ("young_person", "i moved to {ADDRESS|Larkspur Way} in the summer its quieter than before"),
    ("young_person", "{NAME|catriona} is my keyworker at the unit, she is the best"),
    ("young_person", "my keyworker is the best she takes me to the cinema sometimes"),
    ("young_person", "{NAME|Yasmin} from {SCHOOL|Ridgeway Girls' School} got sent home for her hijab being the wrong colour"),
    ("young_person", "they keep changing the uniform rules, now its no coats inside"),
    ("young_person", "phone {NAME|Andrei} on {PHONE|0161 496 0732} if u want to buy"),
    ("young_person", "i dont do drugs but everyone around me does"),
    ("young_person", "{NAME|Krisztina} told the teacher and now everyone knows"),
    ("young_person", "im on the waiting list for a laptop from the school, mine broke"),
    ("young_person", "{NAME|Büşra} and {NAME|Elif} are sisters they help me with maths"),
    ("young_person", "{NAME|Phương} says her parents want her to marry someone older when shes 16"),
    ("young_person", "i worry about my sister she stays out till 3 and wont say where"),
    ("young_person", "{NAME|Wei} and {NAME|Jia Hui} got called names on the bus because theyre Chinese"),
    ("young_person", "{NAME|Lavinia} lives on the site by the ring road with her 6 brothers"),
    ("young_person", "the ring road is so loud i cant sleep with the window open"),
    ("young_person", "{NAME|Rhys}s mam said i can stay there when things at home get bad"),
    ("young_person", "im gonna stay at my mates tonight dont tell mum"),
    ("young_person", "{NAME|Tanisha} and me got in a fight with some girls from {SCHOOL|Westmoor Academy}"),
    ("young_person", "{NAME|sky} said u was chatting to {NAME|kane} at the bus stop is that true"),
    ("young_person", "i dont chat to anyone at the bus stop i just wait for the bus"),
    ("young_person", "me {NAME|Abdirahman} and {NAME|Hassan} went Nandos for my birthday"),
    ("young_person", "went Nandos and Five Guys on the same day, worth it"),
    ("young_person", "{NAME|Mairi} moved down from Inverness and misses her dog"),
    ("young_person", "my dog died last month and i still cry about it"),
    ("young_person", "{NAME|DAFYDD} WAS THERE HE SAW IT ALL"),
    ("young_person", "the only person i trust is Nana {NAME|Akosua} she raised me"),
    ("young_person", "my nan raised me so i call her mum"),
    ("young_person", "{NAME|Brandon} said if i tell anyone he will post the video"),
    ("young_person", "is it illegal if someone posts a video of you without asking"),
    ("young_person", "{NAME|Esmeralda} is my cousin and she is getting married at 15 and i dont think thats right"),
    ("young_person", "we had a wedding in the family and it went on for 3 days"),
    ("young_person", "{NAME|jordan} got jumped on {ADDRESS|Holloway Road} by boys in balaclavas"),
    ("young_person", "boys in balaclavas on mopeds, everyone knows what that means"),
    ("young_person", "{NAME|Kiera}s mum lets us drink at hers and theres always older men round"),
    ("young_person", "we drink in the woods on fridays cus theres nothing else to do"),
    ("young_person", "my mate {NAME|Connor} got put in care last week i miss him"),
    ("young_person", "my mate got put in care last week and they wont tell us where he is"),
    ("young_person", "{NAME|Fiifi}s older brother drives a white merc and always has cash"),
    ("young_person", "a white merc pulled up next to us and the driver asked how old we was"),
    ("young_person", "{NAME|noor} says she is fine but she isnt eating"),
    ("young_person", "i dont eat at school cos the free meal card doesnt cover enough"),
    ("young_person", "{NAME|Benji} and {NAME|Ollie} were vaping in the toilets and blamed it on me"),
    ("young_person", "sorry i didnt finish the last question i had to go"),
    ("young_person", "{NAME|Ayaan}s mum is really strict so he has to lie about where he goes"),
    ("young_person", "i lie about where i go cus my mum would kill me"),
    ("young_person", "{NAME|Precious} and {NAME|Blessing} are twins in my class"),
    ("young_person", "it would be a blessing if they just left me alone"),
    ("young_person", "{NAME|Ibrahima} said there's a man called Uncle {NAME|Sly} who gives out phones"),
    ("young_person", "they give you a phone and then you owe them, thats how it starts"),
    ("young_person", "{NAME|Lucía} moved here from Spain and doesnt know anyone yet"),
    ("young_person", "talk to Mrs {NAME|Chowdhury} in the library shes lovely"),
    ("young_person", "the library closes at 5 which is when i need it most"),
    ("young_person", "me and {NAME|Deshawn} had beef but its squashed now"),
    ("young_person", "the beef started online over a song"),
    ("young_person", "{NAME|Gracie} keeps asking me to come to {NAME|Big Mo}s house parties"),
    ("young_person", "house parties are where the bad stuff happens, everyone knows"),
]

# ---------------------------------------------------------------------------
# case_note: case notes, referrals, meeting minutes, duty logs, internal email
# ---------------------------------------------------------------------------
CASE_NOTE = [
    ("case_note", "Home visit completed 14:30. {NAME|Kayden} was present with Mum. Mum reports he has been missing overnight twice this week."),
    ("case_note", "Duty log: call received from DC {NAME|Hughes} re YP found in a car on the A61 with two adult males. YP returned home by police at 02:10."),
    ("case_note", "Strategy meeting held via Teams. Present: SW, DS {NAME|Okonkwo}, school DSL, CAMHS. Agreed threshold met for s47 enquiry."),
    ("case_note", "MACE panel: {NAME|Tyler Grant} (15) discussed. Intelligence suggests links to a line operating between Leeds and Scarborough."),
    ("case_note", "No new concerns raised this week. Plan remains as agreed at the last review. Next visit Thursday."),
    ("case_note", "Spoke with Ms {NAME|Adebayo} (mother) by phone on {PHONE|0113 496 0218}. She confirmed {NAME|Tolu} returned at 23:00."),
    ("case_note", "Referral received from {SCHOOL|Harrowfield Academy} DSL regarding unexplained injuries to the left forearm."),
    ("case_note", "YP disclosed that an older male known as {NAME|Trigga} supplies her with cannabis and alcohol in exchange for 'favours'."),
    ("case_note", "Attended the Child Protection conference. Chair agreed to continue the plan under the category of neglect for a further 3 months."),
    ("case_note", "Mr {NAME|Kowalski} (father) declined to engage and asked worker to leave the property at {ADDRESS|17 Linden Avenue}."),
    ("case_note", "Email from {EMAIL|r.patel@example.org}: 'Can we move Tuesday's core group to 10am? Police are unavailable in the afternoon.'"),
    ("case_note", "Police Protection Powers used at 21:45. YP placed in emergency foster placement out of area."),
    ("case_note", "Return home interview with {NAME|Ruby-Jade} completed. She said she stayed at a friend's address on {ADDRESS|Cromwell Street} but would not give the friend's name."),
    ("case_note", "Dr {NAME|Mensah} (GP) confirmed YP attended surgery on Monday with a chest infection; no safeguarding concerns noted by the practice."),
    ("case_note", "Agreed actions: school to monitor attendance daily; YOT to share bail conditions; Early Help to offer parenting support."),
    ("case_note", "PC {NAME|Dawson} stated that {NAME|Liam O'Connor} was found in possession of £340 cash and two phones."),
    ("case_note", "Mum states {NAME|Jamie} has not been sleeping and is frightened of someone he calls '{NAME|K-Dot}'."),
    ("case_note", "Missing episode 4 this month. Last seen at the bus station at 18:00 wearing a grey North Face jacket."),
    ("case_note", "DSL at {SCHOOL|St Aidan's C of E Academy}, Mrs {NAME|Whitfield}, reports that {NAME|Ella} has been collected by an unknown adult male in a blue Audi on three occasions."),
    ("case_note", "Professionals' meeting minutes\nPresent: SW (chair), Health Visitor, DC {NAME|Ahmed}, Housing\nApologies: School nurse\n1. Update on housing: family remain in temporary accommodation."),
    ("case_note", "Housing confirmed the family will be moved from the hostel by the end of the month. Mum is relieved."),
    ("case_note", "Telephone call to aunt, Miss {NAME|Campbell}, on {PHONE|07700 900 689}. She is willing to be assessed as a connected carer."),
    ("case_note", "Visited YP at {ADDRESS|flat 3, Juniper House, Saxon Road} - no answer. Card left. Neighbour said the family had been away since Friday."),
    ("case_note", "Concerns discussed about online contact. YP shared that she has been speaking to a user called {HANDLE|@dreamboy_77} on Instagram who claims to be 17."),
    ("case_note", "YP presented as low in mood and tearful. Safety plan reviewed. YP knows to call Childline or 999 if at immediate risk."),
    ("case_note", "Note: father's new partner {NAME|Stacey Bell} has a previous conviction for ABH. Checks requested via the Police."),
    ("case_note", "Internal email\nTo: Duty Team\nFrom: {NAME|Hannah Osei}\nSubject: Section 17 visit\nCan someone cover the visit to {NAME|Malik} tomorrow? I am in court all day."),
    ("case_note", "Court hearing adjourned to January. Guardian to file report by the 12th."),
    ("case_note", "Mum reports that {NAME|Destiny} (14) has a new phone she cannot account for and has been receiving calls late at night."),
    ("case_note", "Destiny Care Homes Ltd, the provider, has been invited to the LAC review; IRO to chair."),
    ("case_note", "Mrs {NAME|Nwosu}'s neighbour rang 101 about shouting coming from the flat at around 23:30."),
    ("case_note", "Attended {SCHOOL|Oakbridge PRU} for the PEP meeting. Attendance is 62%. Key adult is Mr {NAME|Fairclough}."),
    ("case_note", "School report attendance has improved to 91% this half term. No behaviour points since October."),
    ("case_note", "YP's phone number has changed: new number {PHONE|07700 900 904}. Old number no longer in use."),
    ("case_note", "Sibling {NAME|Kacper} (9) is reported to be caring for younger siblings most evenings while Mum works nights."),
    ("case_note", "DS {NAME|MacLeod} advised that a Child Abduction Warning Notice has been served on {NAME|Darren Pike}, 34."),
    ("case_note", "Outcome: NFA by Police. Social care to continue with CIN plan. Case to be stepped down to Early Help if no further concerns in 6 weeks."),
    ("case_note", "{NAME|Rhiannon} disclosed her boyfriend {NAME|Callum} has pushed her down the stairs. She does not want police involvement."),
    ("case_note", "Worker explained the limits of confidentiality. YP understood and agreed for information to be shared with the DSL."),
    ("case_note", "Address for the grandparents confirmed as {ADDRESS|9 Willowbank Gardens}, {POSTCODE|M14 6RW}."),
    ("case_note", "Mum has moved to a refuge; address not to be recorded on the file. Contact via the refuge worker only."),
    ("case_note", "Strategy discussion: YP identified a property on {ADDRESS|Tennyson Street} as a possible cuckooed address. Police to complete a welfare check."),
    ("case_note", "Welfare check completed by response officers. Nothing of note found at the property."),
    ("case_note", "Liaised with {NAME|Amrit} at the Youth Offending Team; YP has failed to attend two appointments this month."),
    ("case_note", "YOT worker reports YP attended reparation session on Saturday and engaged well."),
    ("case_note", "Observed {NAME|Nadia} with bruising to the cheek. She said she walked into a door. Body map completed."),
    ("case_note", "CSE screening tool completed. Score indicates significant risk. Referral to the MACE panel submitted."),
    ("case_note", "{NAME|Precious Adjei} (16) was reported missing by her carer at 20:15. She returned at 06:40 smelling of alcohol."),
    ("case_note", "Carers report the young person returned at 06:40 and went straight to bed. RHI offered for Monday."),
    ("case_note", "Spoke with Mr {NAME|Yilmaz}, manager of the takeaway on {ADDRESS|Market Street}, who says he has seen school-age girls getting into cars at closing time."),
    ("case_note", "Disruption activity planned with Licensing and Trading Standards for the week commencing 8 December."),
    ("case_note", "{NAME|Joe}'s dad, {NAME|Frank Lomax}, attended the meeting and was hostile towards the chair."),
    ("case_note", "Chair reminded attendees to be frank but respectful. Meeting continued after a 10-minute break."),
    ("case_note", "Health assessment booked with Dr {NAME|Nakamura} at the LAC health team for 3rd February."),
    ("case_note", "Initial Health Assessment is overdue. Escalated to the team manager."),
    ("case_note", "YP reports that a male called {NAME|Marcus} messages him on Snapchat ({HANDLE|m4rcus.gg}) asking him to 'run' for him."),
    ("case_note", "Contact with birth family on Saturday at the family centre went well. Mum arrived on time."),
    ("case_note", "Email received from Miss {NAME|Ferreira}, Head of Year 9, {EMAIL|a.ferreira@example.net}, raising concerns about weight loss."),
    ("case_note", "Visit to {ADDRESS|44 Rowan Crescent} with PC {NAME|Begum}. Two adult males present who refused to give names."),
    ("case_note", "YP was seen alone. Bedroom was clean and warm. There was food in the fridge."),
    ("case_note", "Social worker {NAME|Chidi Okafor} on leave until 5 January; covering worker is {NAME|Lucy Hart}."),
    ("case_note", "The allocated worker is on annual leave until 5 January. Duty to cover any urgent matters."),
    ("case_note", "{NAME|Mohammed Al-Rashid} (17) was arrested on Tuesday for possession with intent; released under investigation."),
    ("case_note", "NRM referral submitted by the police. Awaiting a reasonable grounds decision from the Home Office."),
    ("case_note", "School nurse {NAME|Bernadette} to see YP weekly for emotional support."),
    ("case_note", "Mum asked for support with the council tax bill and the food bank. Referral made to the Citizens Advice service."),
    ("case_note", "{NAME|Hope} was calm during the visit and showed worker her drawings. She said she feels safe with Nan."),
    ("case_note", "There is hope that the family can be supported without statutory intervention if engagement continues."),
    ("case_note", "Duty log 03:15 - EDT contacted by PC {NAME|Szymańska}: 14yo female found at a petrol station on the bypass, refusing to give her name."),
    ("case_note", "EDT arranged a placement for the night. Daytime team to pick up at 9am."),
    ("case_note", "Minutes - MACE\nItem 3: {NAME|Lil Rico} believed to be an alias for {NAME|Ricardo Santos}, 19. Associated with {ADDRESS|Beacon Flats}."),
    ("case_note", "Item 4: No update from Health. Action carried forward to the next meeting."),
    ("case_note", "YP has a new girlfriend, {NAME|Summer}, who is also known to the service. Both have been reported missing together twice."),
    ("case_note", "YP reports she has been excluded for the rest of the summer term. Mum is not coping with her at home."),
    ("case_note", "Telephone call from {NAME|Kerry} at the Women's Aid refuge: Mum and children arrived safely at 16:00."),
    ("case_note", "YP attended the boxing club with the mentor. Mentor reports good engagement and no concerns."),
    ("case_note", "Police shared that {NAME|Vusi Ndlovu} and {NAME|Josh Carter} were stopped in a vehicle registered to a third party; a quantity of class A was recovered."),
    ("case_note", "Mr {NAME|Ó Súilleabháin} (maternal grandfather) rang to say he can have the children at weekends."),
    ("case_note", "Grandfather rang to say he can have the children at weekends. Viability assessment to be started."),
]
CASE_NOTE += [
    ("case_note", "From: {EMAIL|duty.team@example.org}\nTo: {EMAIL|j.mccarthy@example.org}\nSubject: RE: {NAME|Aiden}\n{NAME|Joe}, police are asking for the YP's mobile. It is {PHONE|07700 900 455}. Thanks, {NAME|Priya}"),
    ("case_note", "Referral from the Police (PPN) following a domestic incident on Saturday night. Children were present but asleep."),
    ("case_note", "Ms {NAME|Ní Bhriain} (class teacher) noted that {NAME|Seán} arrives hungry most days and has been taking food from other pupils."),
    ("case_note", "Breakfast club place offered from Monday. School will provide uniform from the hardship fund."),
    ("case_note", "DC {NAME|Thompson} to obtain the download of the phone. Digital forensics backlog is approximately 8 weeks."),
    ("case_note", "{NAME|Kelechi}'s mum reports he was approached outside the chicken shop on {ADDRESS|Lordship Lane} by two men offering him work."),
    ("case_note", "YP attended with her advocate from the Children's Society. She asked that her views be read out at conference."),
    ("case_note", "Views of the child read out: 'I want to go home to Mum but not if {NAME|Wayne} is there.'"),
    ("case_note", "YP's date of birth is {DATE_OF_BIRTH|03/09/2008}; she will be 18 next September and pathway planning needs to start."),
    ("case_note", "Pathway plan review due in March. Leaving care PA to be allocated by the 16+ team."),
    ("case_note", "NHS number for {NAME|Oliver Bennett} confirmed as {NHS_NUMBER|999 412 6377} for the health referral."),
    ("case_note", "Health visitor {NAME|Margaret Doyle} has raised concerns about home conditions - dog faeces in the living room and no working heating."),
    ("case_note", "Environmental Health contacted about the damp and mould in the property. Landlord to be written to."),
    ("case_note", "YP identified {NAME|Big Shaq}, {NAME|Meeks} and {NAME|Lil Zee} as the older males who 'look after' the younger boys at the park."),
    ("case_note", "The park near the leisure centre has been identified as a hotspot for exploitation. Detached youth work to increase presence."),
    ("case_note", "Ms {NAME|Papadopoulos} from the Virtual School attended and agreed to fund 10 hours of tutoring."),
    ("case_note", "CAMHS declined the referral as it did not meet threshold. Suggested Kooth and the school counsellor instead."),
    ("case_note", "{NAME|Leon} said that {NAME|Sonny} (adult) has taken his bank card and is using his account to move money."),
    ("case_note", "Bank contacted with consent. Account frozen pending investigation into possible money mule activity."),
    ("case_note", "Carer Mrs {NAME|Hollis} reports that {NAME|Chantelle} has been coming home with new clothes and nails done."),
    ("case_note", "Meeting with the Head of Year on Wednesday. School will put in a part-time timetable until half term."),
    ("case_note", "YP's Snapchat username is {HANDLE|chxntelle.x} and Instagram is {HANDLE|@chantelle_h08}. Police have asked for these."),
    ("case_note", "PCSO {NAME|Gallagher} observed YP with a group of older males on {ADDRESS|Peel Street} at 22:00 on Friday."),
    ("case_note", "Police to submit intelligence reports for all sightings. MASH to be updated weekly."),
    ("case_note", "Strategy meeting\nAttendees: {NAME|K. Asante} (SW), DS {NAME|Rowley} (CE team), Dr {NAME|Farah} (paediatrician), Ms {NAME|Lindqvist} (DSL)\nDecision: s47 to proceed."),
    ("case_note", "Medical examination completed. Paediatrician's findings consistent with the account given."),
    ("case_note", "Mum's new partner, {NAME|Dean}, was present during the visit and answered questions on behalf of YP."),
    ("case_note", "Worker requested to see YP alone; this was refused. Will be raised at the core group."),
    ("case_note", "Father's address is {ADDRESS|112 Sycamore Drive}, {POSTCODE|NE6 4TD}. He has parental responsibility."),
    ("case_note", "The maternal family are based in Newcastle and have offered support during holidays."),
    ("case_note", "{NAME|Abena} stated her uncle {NAME|Kwabena} 'touches her when Auntie is out'. Immediate strategy discussion requested."),
    ("case_note", "Achieving Best Evidence interview arranged for Thursday at the suite. Intermediary booked."),
    ("case_note", "Tel call with YP's older sister {NAME|Jade} ({PHONE|07700 900 271}) who says YP is staying with her in Wakefield."),
    ("case_note", "Sister confirmed YP is safe and well. YP spoke briefly on the phone and sounded ok."),
    ("case_note", "Mr {NAME|Osei-Bonsu} and Mrs {NAME|Osei-Bonsu} attended the meeting with an interpreter (Twi)."),
    ("case_note", "Interpreter booked for the next visit. Family prefer a female interpreter."),
    ("case_note", "YP currently attends {SCHOOL|Kingsmead College} on a Level 2 motor vehicle course and is doing well."),
    ("case_note", "College report good attendance and that the young person is popular with his peers."),
    ("case_note", "{NAME|Aleksandra} (Polish interpreter) advised that Mum did not understand the previous letter."),
    ("case_note", "Letters to be sent in Polish from now on. Team manager agreed."),
    ("case_note", "PC {NAME|Ferguson} advised that {NAME|Lewis Hay} has a history of grooming offences and has been seen near {SCHOOL|Fairfield High}."),
    ("case_note", "Information shared under the Child Sex Offender Disclosure Scheme. Mum informed."),
    ("case_note", "{NAME|Tamsin} explained that she has been self-harming since Year 8 and last cut herself on Sunday."),
    ("case_note", "Urgent CAMHS referral made. GP appointment booked for Monday at 9:10am."),
    ("case_note", "Carer reports that the YP's online friend '{NAME|Josh}' sent a taxi to collect her at 1am. Taxi firm has been contacted."),
    ("case_note", "Taxi licensing have been asked to share details of the driver and account holder."),
    ("case_note", "Mum ({NAME|Leanne Pritchard}) phoned in distressed saying her son {NAME|Kyle} had been stabbed in the leg and is at the General."),
    ("case_note", "Visited the hospital. YP in surgery. Police guard in place on the ward."),
    ("case_note", "DC {NAME|Ibe}'s update: suspects identified via CCTV; arrests expected this week."),
    ("case_note", "Plan for YP to be relocated out of area due to risk of reprisal. Housing and Police supportive."),
    ("case_note", "Mum confirmed YP's date of birth as {DATE_OF_BIRTH|21 May 2010} - the school record had the wrong year."),
    ("case_note", "Records corrected on the system. School informed by email."),
    ("case_note", "{NAME|Gabriel} was seen on a Ring doorbell video taking a package from {ADDRESS|27 Heather Close} on behalf of an older male."),
    ("case_note", "Doorbell footage to be shared with police. YP not yet spoken to."),
    ("case_note", "The YP's keyworker, {NAME|Ifeoma}, says he has been staying in his room and refusing meals."),
    ("case_note", "Residential home report that YP has settled well and has started going to football on Sundays."),
    ("case_note", "YP named '{NAME|Scar}', '{NAME|Benz}' and '{NAME|Little T}' as people she is scared of. None are known to police by these names."),
    ("case_note", "Disclosure made to the school counsellor on Tuesday afternoon. Counsellor followed procedures and informed DSL."),
    ("case_note", "{NAME|Aurelia}'s foster carer Mrs {NAME|Greenwood} requested respite for the October half term."),
    ("case_note", "Respite request approved by the fostering panel for 3 nights in October."),
    ("case_note", "YP disclosed that she met an adult male, '{NAME|Dev}', on a gaming site and he asked her to move the chat to Telegram."),
    ("case_note", "Online safety work completed with YP and carer. YP agreed to keep her accounts private."),
    ("case_note", "Call from Fr. {NAME|Doherty} (parish priest) who is worried about the family after Mass on Sunday."),
    ("case_note", "Father Christmas visit at the family centre was enjoyed by all children in the group."),
    ("case_note", "Referral received from A&E: 15yo attended with alcohol poisoning at 01:00. Brought in by friends who left."),
    ("case_note", "Ward staff report YP was discharged to Mum at 11:00. Follow-up by school nurse requested."),
    ("case_note", "{NAME|Nasra} and her brother {NAME|Abdullahi} were seen by worker at the family home on {ADDRESS|Gipton Avenue}."),
    ("case_note", "Both children were seen and spoken to together and separately. No concerns raised."),
    ("case_note", "Brother {NAME|Dominic} (19) is believed to be using the family home to store drugs. Mum denies this."),
    ("case_note", "Warrant executed at the address. Nothing found. Family upset by the experience."),
    ("case_note", "YP stated 'I don't want {NAME|Mark} coming to the review, he makes things worse'."),
    ("case_note", "YP asked that his dad not attend the review. This will be discussed with the IRO."),
    ("case_note", "The IRO, {NAME|Stella Mwangi}, has agreed to see YP separately before the meeting."),
    ("case_note", "LADO referral made following an allegation against a member of staff at the residential home."),
    ("case_note", "Allegation concerns Mr {NAME|Pearce}, a residential worker. He has been suspended pending investigation."),
    ("case_note", "Outcome of the LADO meeting: allegation unsubstantiated. Further training to be provided to the home."),
    ("case_note", "YP told worker that she has been dating '{NAME|Ace}' who is 22 and drives a black Range Rover."),
    ("case_note", "YP said she knows it is wrong but she loves him and will not stop seeing him."),
    ("case_note", "Ms {NAME|Dubois} (French teacher) said {NAME|Amélie} is fluent and bright but misses lessons every Monday."),
    ("case_note", "Education welfare officer to visit the home regarding persistent absence."),
    ("case_note", "{NAME|Patrick}'s grandmother, Mrs {NAME|Doherty}, said he has been coming home after midnight and won't say where from."),
    ("case_note", "{NAME|Samira} confirmed her new email is {EMAIL|samira.h@example.com} and asked that letters be sent there."),
    ("case_note", "YP asked that all letters be sent by email rather than to the house as Dad opens the post."),
    ("case_note", "Child Protection plan ended at review conference. Family to be supported through Early Help."),
]

# ---------------------------------------------------------------------------
# form: short structured fields
# ---------------------------------------------------------------------------
FORM = [
    ("form", "Name: {NAME|Kofi Mensah}\nDOB: {DATE_OF_BIRTH|14/02/2010}\nSchool: {SCHOOL|Harrowfield Academy}\nPostcode: {POSTCODE|LS8 3PJ}"),
    ("form", "Child's name: {NAME|Amelia-Rose Turner}   D.O.B: {DATE_OF_BIRTH|07.06.2012}   NHS no: {NHS_NUMBER|999 208 4510}"),
    ("form", "Age: 15\nGender: Female\nArea: Leeds\nHow safe do you feel in your area (1-5): 2\nAny other comments: no"),
    ("form", "Referrer: PC {NAME|Joanne Blake}\nContact: {PHONE|0113 496 0577}\nEmail: {EMAIL|joanne.blake@example.org}"),
    ("form", "Name of young person: {NAME|Dariusz Nowak}\nAddress: {ADDRESS|Flat 6, 31 Station Road}, Bradford {POSTCODE|BD3 9LR}\nLanguage: Polish"),
    ("form", "Parent/carer: Mrs {NAME|Farida Begum}   Tel: {PHONE|07700 900 312}   Relationship: Mother"),
    ("form", "Reason for referral: missing from home x3, suspected CCE\nRisk level: High\nConsent obtained: Yes"),
    ("form", "YP: {NAME|Tiegan Shaw}, DOB {DATE_OF_BIRTH|29/11/2009}, NHS {NHS_NUMBER|9997351029}"),
    ("form", "School/college: {SCHOOL|Westmoor Academy}\nYear group: 10\nSEN: EHCP (ASD)\nFree school meals: Yes"),
    ("form", "Q1 Where do you feel safe?  at home\nQ2 Where do you feel unsafe?  the park and the bus station\nQ3 Who would you tell?  my mum or my teacher"),
    ("form", "NAME: {NAME|JOSHUA O'REILLY}  DOB: {DATE_OF_BIRTH|03-03-2011}  POSTCODE: {POSTCODE|M40 7HU}"),
    ("form", "Alias / street name: {NAME|Lil Sav}\nReal name (if known): {NAME|Savion Clarke}\nAssociates: {NAME|Jermaine Duffy}, {NAME|Big Kev}"),
    ("form", "Social media: Snapchat {HANDLE|savvy_sav10}; Instagram {HANDLE|@lilsav.official}; TikTok {HANDLE|@savvv10}"),
    ("form", "Date of referral: 12/11/2026\nAgency: Education\nOutcome: Advice given, NFA\nWorker: duty"),
    ("form", "Name: {NAME|Nguyễn Thị Lan}\nD.O.B.: {DATE_OF_BIRTH|17 April 2009}\nInterpreter needed: Yes (Vietnamese)"),
    ("form", "Emergency contact: {NAME|Uchenna Eze} (uncle) - {PHONE|020 7946 0388}"),
    ("form", "Home address: {ADDRESS|58 Kingfisher Way}\nTown: Rochdale\nPostcode: {POSTCODE|OL11 2GE}\nHousing: private rented"),
    ("form", "Your age: 13\nYour school year: 8\nHave you ever felt pressured to do something you didn't want to? Yes\nWould you like someone to contact you? No"),
    ("form", "GP: Dr {NAME|Sandhu}, Parkview Surgery\nNHS number: {NHS_NUMBER|999 061 3842}\nAllergies: penicillin"),
    ("form", "Email address (optional): {EMAIL|leo.martins09@example.com}\nPhone (optional): blank"),
    ("form", "Name: {NAME|Catrin Llewellyn}   DOB: {DATE_OF_BIRTH|1/9/10}   School: {SCHOOL|Ysgol Bryn Glas}"),
    ("form", "Date: 05/12/2026\nTime: 16:40\nLocation: Town centre bus station\nType of concern: CCE\nPolice informed: Yes (101)"),
    ("form", "Subject: {NAME|Ahmad Karimi} (UASC)\nClaimed DOB: {DATE_OF_BIRTH|01/01/2009}\nAge assessment: pending"),
    ("form", "Young person's name: {NAME|ellie-mae dunn}\nage: 14\nwhere do you live: {ADDRESS|Moorside estate}\nwho do you live with: mum and 2 brothers"),
    ("form", "Carer: Mr {NAME|Gheorghe Lăcătuș}\nContact number: {PHONE|01632 960 455}\nFirst language: Romanian"),
    ("form", "Presenting issue: low mood, self-harm\nPriority: Urgent\nTriage outcome: Accepted by CAMHS Crisis"),
    ("form", "NAME {NAME|Precious Nwachukwu} DOB {DATE_OF_BIRTH|22/10/2010} NHS {NHS_NUMBER|999 527 9460} SCHOOL {SCHOOL|Ridgeway Girls' School}"),
    ("form", "Instagram: {HANDLE|@ruby_skies_}\nSnapchat: {HANDLE|rubyskies2010}\nPhone: {PHONE|07700 900 058}"),
    ("form", "Do you know anyone who carries a knife? Prefer not to say\nHave you been a victim of crime in the last year? Yes\nDid you report it? No"),
    ("form", "Name: {NAME|Zainab Hussain}\nAddress: {ADDRESS|4 Clover Mews}, {POSTCODE|B12 0QN}\nTel: {PHONE|07700\u200b900\u200b747}"),
    ("form", "Allocated SW: {NAME|Rebecca Long}\nTeam manager: {NAME|Graham Ashworth}\nIRO: {NAME|Yetunde Balogun}"),
    ("form", "Worker: ____\nTeam: Exploitation Hub\nDate closed: 30/11/2026\nReason: Goals met"),
    ("form", "Name: {NAME|Michał Wiśniewski}; DOB: {DATE_OF_BIRTH|9th December 2008}; NHS: {NHS_NUMBER|9998431204}"),
    ("form", "Website given by YP: {URL|www.example.net/lilsavmusic}\nNotes: posts drill videos naming rival groups"),
    ("form", "YP email: {EMAIL|k_okoro[at]example[dot]com}\nParent email: {EMAIL|ngozi.okoro@example.net}"),
    ("form", "Sibling 1: {NAME|Maya Kaur}, 8, {SCHOOL|Brambleside Primary}\nSibling 2: {NAME|Arjun Kaur}, 4, nursery"),
    ("form", "Ethnicity: Black Caribbean\nReligion: Christian\nFirst language: English\nDisability: None"),
    ("form", "Location of incident: {ADDRESS|Hartley Road} underpass\nTime: approx 21:00\nWitnesses: 2 (names withheld)"),
    ("form", "Missing person report ref 2611-0447\nName: {NAME|Kenzie Morrow}\nDOB: {DATE_OF_BIRTH|30.04.2011}\nLast seen: Leeds train station"),
    ("form", "Mother: {NAME|Joanna Zielińska} {PHONE|0161 496 0903}\nFather: {NAME|Piotr Zieliński} (no contact)"),
    ("form", "Overall, how happy are you with your life (0-10)? 4\nWhat would make it better? more money and my own room"),
    ("form", "Name: {NAME|aisha} surname: {NAME|abdi} dob: {DATE_OF_BIRTH|5/7/2012}"),
    ("form", "Client ID: 88213\nRisk score: 14\nReview date: 2027-01-15\nStatus: Open"),
    ("form", "Name: {NAME|Hyun-woo Park}\nNHS No: {NHS_NUMBER|999 316 5786}\nGP: Dr {NAME|Evans}"),
    ("form", "Contact via: {EMAIL|tariq.m at example dot org} (YP's preferred)"),
    ("form", "Placement address: {ADDRESS|The Willows, 2 Abbey Lane}\nPostcode: {POSTCODE|S11 8YT}\nPlacement type: Residential"),
    ("form", "Primary school: {SCHOOL|St Mary's RC Primary}\nSecondary school: {SCHOOL|Moorfield High School}\nCurrent: home educated"),
    ("form", "Helpline numbers given: Childline 0800 1111, Samaritans 116 123, Police 101\nLeaflet: yes"),
    ("form", "Name: {NAME|Delroy Campbell-Reid}\nDOB: {DATE_OF_BIRTH|12/12/2007}\nPhone: {PHONE|oh seven seven double oh nine double oh six nine one}"),
    ("form", "Do you have a trusted adult? Yes\nWho? my auntie\nHow often do you see them? every week"),
]

# ---------------------------------------------------------------------------
# further records (all styles)
# ---------------------------------------------------------------------------
YOUNG_PERSON += [
    ("young_person", "{NAME|tj} {NAME|marcus} n {NAME|shaq} all got moved to diff schools after the fight"),
    ("young_person", "if {NAME|Kezia} asks u didnt see me ok"),
    ("young_person", "{NAME|Rosie} and {NAME|Will} are going out now and everyone is mad about it"),
    ("young_person", "my aunty {NAME|Marcia} said i can live with her in Wolverhampton if i want"),
    ("young_person", "{NAME|Big Femi} n {NAME|Lil Femi} r brothers but {NAME|lil femi} is the bad one"),
    ("young_person", "ask {NAME|joy} and {NAME|faith} they were there when it happened"),
    ("young_person", "{NAME|Saoirse} got her drink spiked at the under 18s night"),
    ("young_person", "my foster mum {NAME|Carol} makes the best roast dinners on sunday"),
    ("young_person", "{NAME|Zayn}s older cousin {NAME|Rashid} is the one selling the snap accounts"),
    ("young_person", "it was {NAME|Hunter} and {NAME|Kai} who broke the window not me"),
    ("young_person", "{NAME|Demi} lives at {ADDRESS|88 Foxglove Road} her mum lets anyone stay"),
    ("young_person", "can u tell Miss {NAME|Okoro} that i cant come in tomorrow, im at the dentist"),
    ("young_person", "{NAME|Aleksander} {NAME|Bartosz} and me play fifa online every night till late"),
    ("young_person", "my little sister {NAME|Harmony} is 6 and i look after her after school"),
    ("young_person", "{NAME|Rico} said he'll pay me 200 to go to Blackpool with a bag"),
    ("young_person", "me n {NAME|Precious} n {NAME|Grace} went to {NAME|Tobi}s party and it got raided"),
    ("young_person", "{NAME|Khadija} and {NAME|Ruqayyah} from madrassa said the teacher is safe to talk to"),
    ("young_person", "{NAME|EWAN} AND {NAME|FRASER} KEEP CALLING ME GAY IN PE"),
    ("young_person", "{NAME|Liv} screenshotted my messages and sent them to {NAME|Courtney}"),
    ("young_person", "i trust Mr {NAME|Adeyemi}... well {NAME|Tunde} is what we call him at club"),
    ("young_person", "{NAME|Natalia} and {NAME|Kamil} moved to {ADDRESS|Brunswick Street} from the hotel"),
    ("young_person", "{NAME|Jerome}s uncle {NAME|Clive} said he'd sort us tickets for the match"),
    ("young_person", "my brother {NAME|Dre} went prison and now people think im like him"),
    ("young_person", "i told Nana everything and she said go to the teacher"),
    ("young_person", "{NAME|Mason} n {NAME|Riley} dared me to nick from Boots and i got caught"),
    ("young_person", "{NAME|Aisling} from {SCHOOL|Holy Cross Academy} told me about this app where u get paid to chat"),
]
CASE_NOTE += [
    ("case_note", "{NAME|Nathaniel Okoye} (15) and {NAME|Reuben Ashby} (16) were found together in a flat in Hull by Humberside Police."),
    ("case_note", "Present: {NAME|Gemma Riley} (SW), {NAME|Tariq Mahmood} (YOT), PC {NAME|Bryce}, Mrs {NAME|Yeboah} (mother). Apologies: DSL."),
    ("case_note", "YP named {NAME|Kieran}, {NAME|Big Lukey} and {NAME|Saff} as the people who took her to the party in Doncaster."),
    ("case_note", "Mrs {NAME|Ionescu} reports that her daughter {NAME|Daria} has been visiting a man called {NAME|Vlad} above the car wash."),
    ("case_note", "Mum, {NAME|Charmaine Lewis}, and her partner {NAME|Errol} attended. {NAME|Errol} left part way through after a phone call."),
    ("case_note", "{NAME|Jiang Wei} (interpreter for the family) confirmed that {NAME|Mei} understood the safety plan."),
    ("case_note", "YP's friend {NAME|Georgia} told school that YP has been sending images to an older boy, {NAME|Harvey}."),
    ("case_note", "Email from DS {NAME|Brennan}: 'We have identified {NAME|Lil Smokey} as {NAME|Anthony Marsh}, DOB {DATE_OF_BIRTH|11/02/2004}.'"),
    ("case_note", "{NAME|Malachi} and {NAME|Isaiah} (twins, 13) were picked up by BTP at Crewe station without tickets."),
    ("case_note", "Carer {NAME|Bronwen Pugh} reports that {NAME|Megan} has not returned from college and her phone is off."),
    ("case_note", "Spoke to {NAME|Roxanne} at the hostel; she confirmed {NAME|Shay} stayed there on Friday with a male called {NAME|Pops}."),
    ("case_note", "{NAME|Ayesha}'s older brother {NAME|Zubair} was present and interpreted for Dad, which was not appropriate."),
    ("case_note", "DC {NAME|Lowe} and DC {NAME|Ogunleye} to complete the joint visit with SW {NAME|Hollie} on Thursday."),
    ("case_note", "Mum stated that {NAME|Rory} goes to his friend {NAME|Finn}'s house every night but {NAME|Finn}'s mum says he has not been there."),
    ("case_note", "School report {NAME|Stanislav} has been seen with {NAME|Ricky Doyle}, an ex-pupil known to police."),
    ("case_note", "{NAME|Mercy} (17, care leaver) said her PA {NAME|Joel} has helped her get a flat but she feels lonely."),
]
FORM += [
    ("form", "Names of friends: {NAME|Ruby}, {NAME|Chanel}, {NAME|Maisie}\nNames of concern: {NAME|Big Jase}, {NAME|Tommo}"),
    ("form", "Young person: {NAME|Ifeanyi Nwosu}\nAllocated worker: {NAME|Sophie Kirk}\nSupervisor: {NAME|Des Mahon}"),
    ("form", "Child: {NAME|Layla-Grace Henry} ({DATE_OF_BIRTH|8/3/2013})\nMother: {NAME|Kimberley Henry}\nFather: {NAME|Andre Brown}"),
    ("form", "Person completing form: {NAME|Hamid Rahimi}, Learning Mentor, {SCHOOL|Northgate Academy}"),
    ("form", "Associates named: {NAME|K-Money}, {NAME|Lil Rizz}, {NAME|Dwight Samuels}\nVehicles: grey Corsa, black Golf"),
]
YOUNG_PERSON += [
    ("young_person", "my youtube is {URL|youtube.example.com/@kxngdrills} subscribe"),
    ("young_person", "link to the fundraiser for my cousin {URL|https://www.example.org/raise/for-nia} pls share"),
    ("young_person", "new number lads {PHONE|07700-900-533} delete the old one"),
    ("young_person", "my nans house is {POSTCODE|bd7 1nf} if the taxi needs it"),
    ("young_person", "add me on snap @ {HANDLE|tobi.xx09} im always on it"),
    ("young_person", "if u need me email {EMAIL|kez.writes@example.net} not my phone"),
]
CASE_NOTE += [
    ("case_note", "YP's YouTube channel ({URL|https://example.com/c/lilrizzofficial}) has been flagged to the police Gangs Unit."),
    ("case_note", "Father can be contacted on {PHONE|+44 161 496 0219} (work) - he asked not to be called before 6pm."),
    ("case_note", "Placement moved to {ADDRESS|Ashgrove Lodge}, {POSTCODE|HX1 5QB}. YP unhappy about the distance from school."),
    ("case_note", "New school placement agreed at {SCHOOL|Calder Vale Secondary} starting after half term; transport arranged."),
]
YOUNG_PERSON += [
    ("young_person", "Stormzy and Central Cee at Wireless this summer, Mum said i can go if i pay half"),
    ("young_person", "Marcus Rashford did more for kids round here than the Council ever has"),
    ("young_person", "my sister is obsessed with Taylor Swift and Olivia Rodrigo its all i hear through the wall"),
    ("young_person", "Saka scored and the whole of Nandos went mad, best Sunday ever"),
    ("young_person", "listening to Dave and Little Simz on the 42 bus helps me calm down"),
    ("young_person", "Leeds United vs Newcastle on Saturday, me and Dad got tickets from his work"),
    ("young_person", "{NAME|Kemi} said Drake is coming to Manchester and {NAME|Tayo} is buying us tickets"),
    ("young_person", "{NAME|Jude} from my estate is gonna be the next Bellingham, hes that good at ball"),
]
CASE_NOTE += [
    ("case_note", "YP said he wants to be like Anthony Joshua and has asked to join the boxing club at the Leisure Centre on Monday and Friday."),
    ("case_note", "Meeting moved to Wednesday 10 December at 2pm in the Civic Centre, Room 4. Apologies from CAMHS and the Virtual School."),
    ("case_note", "{NAME|Tyrell}'s mum asked whether the YOT could fund a Manchester United shirt as a reward; worker explained this is not possible."),
    ("case_note", "Mrs {NAME|Grace Abiodun} (foster carer) says {NAME|Sky} has been brighter since starting at the dance group."),
]


# ---------------------------------------------------------------------------
# parsing and checks
# ---------------------------------------------------------------------------
def parse(raw):
    """Strip {TYPE|value} markers; return clean text and spans (code points)."""
    pieces, spans, last, length = [], [], 0, 0
    for m in MARK.finditer(raw):
        before = raw[last:m.start()]
        pieces.append(before)
        length += len(before)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": typ, "value": val})
        pieces.append(val)
        length += len(val)
        last = m.end()
    pieces.append(raw[last:])
    return "".join(pieces), spans


def phone_digits(value):
    s = value.lower().replace("\u200b", "")
    for pre in ("+44 (0)", "+44(0)", "+44"):
        s = s.replace(pre, "0")
    out, mult = [], 1
    for tok in re.findall(r"[a-z]+|\d", s):
        if tok == "double":
            mult = 2
            continue
        if tok == "triple":
            mult = 3
            continue
        if tok.isdigit():
            d = tok
        elif tok in NUM_WORDS:
            d = NUM_WORDS[tok]
        elif set(tok) <= set("ol"):
            d = "".join("0" if c == "o" else "1" for c in tok)
        else:
            return None
        out.append(d[0] * mult + d[1:])
        mult = 1
    return "".join(out)


def email_domain(value):
    s = value.lower().replace("\u200b", "")
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+", "@", s)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+", ".", s)
    s = s.replace(" ", "")
    if s.count("@") != 1 or not re.fullmatch(r"[^@\s]+@[^@\s]+", s):
        return None
    return s.split("@")[1]


def url_domain(value):
    s = value.lower()
    s = re.sub(r"^(https?://)?(www\.)?", "", s)
    return re.split(r"[/?#]", s)[0]


def on_example(domain):
    return domain is not None and any(
        domain == d or domain.endswith("." + d) for d in EXAMPLE_DOMAINS)


def nhs_ok(value):
    d = re.sub(r"\D", "", value)
    if len(d) != 10 or not d.startswith("999"):
        return False
    rem = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    rem = 0 if rem == 11 else rem
    return rem != 10 and rem == int(d[9])


def check_record(style, raw, text, spans):
    errs = []
    if style not in STYLES:
        errs.append(f"bad style {style!r}")
    for ch in "{}|":
        if ch in text:
            errs.append(f"stray {ch!r} after stripping markers")
    prev_end = -1
    for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
        val, typ = sp["value"], sp["type"]
        if typ not in TYPES:
            errs.append(f"bad type {typ!r}")
        if not val:
            errs.append("empty span")
            continue
        if val != val.strip():
            errs.append(f"span with surrounding whitespace {val!r}")
        if val[0] in BAD_EDGE or val[-1] in BAD_EDGE or val.endswith("'s"):
            errs.append(f"span with surrounding punctuation {val!r}")
        if text[sp["start"]:sp["end"]] != val:
            errs.append(f"offset mismatch {val!r}")
        if sp["start"] < prev_end:
            errs.append(f"overlap at {val!r}")
        prev_end = sp["end"]
        if typ == "NHS_NUMBER" and not nhs_ok(val):
            errs.append(f"NHS number fails 999/Modulus 11 {val!r}")
        if typ == "PHONE":
            d = phone_digits(val)
            if d is None or not PHONE_RANGES.fullmatch(d):
                errs.append(f"phone outside drama ranges {val!r} -> {d}")
        if typ == "EMAIL" and not on_example(email_domain(val)):
            errs.append(f"email not on example domain {val!r}")
        if typ == "URL" and not on_example(url_domain(val)):
            errs.append(f"url not on example domain {val!r}")
        if typ == "POSTCODE" and not POSTCODE_RE.fullmatch(val):
            errs.append(f"postcode malformed {val!r}")
    # a marked string must not also appear unmarked as a whole word
    for sp in spans:
        val = sp["value"]
        if not val:
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(val) + r"(?!\w)", re.I)
        for m in pat.finditer(text):
            inside = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
            if not inside:
                errs.append(f"{val!r} marked but also unmarked at {m.start()}")
    return errs


def build():
    raw_records = YOUNG_PERSON + CASE_NOTE + FORM
    errors, records, seen = [], [], {}
    for idx, item in enumerate(raw_records):
        if not (isinstance(item, tuple) and len(item) == 2):
            errors.append(f"record {idx}: not a (style, text) pair")
            continue
        style, raw = item
        text, spans = parse(raw)
        for e in check_record(style, raw, text, spans):
            errors.append(f"record {idx} [{raw[:60]!r}]: {e}")
        if text in seen:
            errors.append(f"record {idx}: duplicate text of record {seen[text]}")
        seen.setdefault(text, idx)
        records.append({"style": style, "text": text,
                        "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]}
                                  for s in sorted(spans, key=lambda s: s["start"])]})
    n = len(records)
    clean = sum(1 for r in records if not r["spans"])
    type_counts = Counter(s["type"] for r in records for s in r["spans"])
    style_counts = Counter(r["style"] for r in records)
    clean_by_style = Counter(r["style"] for r in records if not r["spans"])
    if n < 450:
        errors.append(f"only {n} records (need at least 450)")
    if type_counts["NAME"] < 300:
        errors.append(f"only {type_counts['NAME']} NAME spans (need at least 300)")
    share = clean / n if n else 0
    if not 0.32 <= share <= 0.40:
        errors.append(f"clean share {share:.3f} outside 0.32-0.40 ({clean}/{n})")
    missing_types = [t for t in TYPES if not type_counts[t]]
    if missing_types:
        errors.append(f"types never used: {missing_types}")
    missing_styles = [s for s in STYLES if not style_counts[s]]
    if missing_styles:
        errors.append(f"styles never used: {missing_styles}")
    return records, errors, {"n": n, "clean": clean, "share": share,
                             "types": type_counts, "styles": style_counts,
                             "clean_by_style": clean_by_style}


def write_readme(stats):
    n = stats["n"]
    type_lines = "\n".join(f"| {t} | {stats['types'][t]} |" for t in TYPES)
    total_spans = sum(stats["types"].values())
    style_lines = "\n".join(
        f"| {s} | {stats['styles'][s]} | {100 * stats['styles'][s] / n:.1f} % | {stats['clean_by_style'][s]} |"
        for s in STYLES)
    text = f"""# Evaluation set V for the de-identifier

## Who wrote it and when

Written on {BUILD_DATE} by an independent helper session. The helper worked only
inside its own folder (`/work/sets/deid_v`): it did not open or read any other
file, folder, repository, worktree or data set on the machine, used no search
tool and no web page, and ran no de-identifier and no NLP library. Every record
was typed by hand from general knowledge. Only the Python 3 standard library is
used.

## Purpose

An independent evaluation set for the de-identifier used by a UK
youth-safeguarding partnership (a tool that removes personal identifiers from
text before it is stored). The tool's authors do not read this set; they see
only its scores. It is meant as a fair, varied test of what real young people
and practitioners write: text-speak, slang, misspellings, lower-case and
upper-case names, names that are also ordinary words, street names and
obfuscated contact details, alongside hard "clean" records that contain many
capitalised words that are not personal identifiers.

## How it was built

* `build.py` holds every record, one per line, as `(style, text)` with inline
  markers `{{TYPE|value}}` around each identifier. Each line was written
  individually; there are no generators, templates, substitution loops or random
  combinations of parts. A `\\n` inside a record stands for a line break
  (emails, minutes, forms).
* The script strips the markers, computes character offsets (Unicode code
  points, end exclusive) and runs these checks, writing nothing if any fails:
  valid style and type; non-empty spans with no leading or trailing whitespace
  or punctuation; no overlaps; no stray braces or pipes; no duplicate texts;
  NHS numbers start 999 and pass Modulus 11; phone numbers (after undoing
  spacing, dots, zero-width spaces, letter O / l for 0 / 1, spelled-out digits,
  "double"/"triple" and +44) fall in the Ofcom drama ranges (07700 900xxx,
  01632 960xxx, 020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx); e-mail addresses
  (after undoing "(at)", "[dot]" and similar) and URLs are on example.com,
  example.org or example.net; postcodes have a UK shape; a string marked in a
  record does not also appear unmarked as a whole word (case-insensitive) in
  the same record; at least 450 records; at least 300 NAME spans; share of
  records with no span between 32 % and 40 %.
* Records are shuffled with `random.Random({SEED})`, given ids `v0001`,
  `v0002`, ... and written to `set_v.jsonl` (UTF-8, one JSON object per line:
  `id`, `style`, `text`, `spans` with `start`, `end`, `type`).
* Everything is invented: people, addresses, postcodes, schools, handles,
  numbers and dates of birth. Any resemblance to a real person or place is
  accidental; postcodes were made up and not checked against the real
  postcode list.

## Labelling policy and judgement calls

* Types: NAME, PHONE, EMAIL, POSTCODE, ADDRESS, HANDLE, URL, SCHOOL,
  DATE_OF_BIRTH, NHS_NUMBER.
* Spans cover exactly the identifier: no surrounding spaces or punctuation.
  A possessive stays outside (`Dan`'s, `dan`s).
* Titles stay outside the span: in "Mr Smith", "DC Hughes", "Dr Patel", "Fr.
  Doherty", "Auntie Bisi", "Uncle Sly", "Nana Akosua" only the name is labelled.
  "Mum", "Dad", "Nan", job titles and names of services are never labelled.
* A full name (first name + surname, or initial + surname) is one NAME span.
  Where a form splits first name and surname into separate fields, each field
  is its own span. Street names and nicknames ("Lil Jay", "Big Dre", "K-Dot",
  "Trigga") are NAME; the Big/Lil/Little prefix is part of the nickname.
* Names that are ordinary words (Joy, Ruby, Sky, Frank, Mark, Hope, Will, Bill,
  Rose, Grace, Summer, Destiny, Hunter, King, Precious, Blessing) are labelled
  only where they refer to a person; the same words as ordinary words are not.
  "Destiny Care Homes Ltd" (a provider) and "Father Christmas" are not names.
* Public figures, celebrities, brands, shops, football clubs, towns, cities
  and districts, services (CAMHS, Childline, YOT, the Police, the Council,
  Social Services, Women's Aid, the Children's Society) and public helplines
  (Childline 0800 1111, 101, 111, 999, Samaritans 116 123) are never labelled.
* ADDRESS covers a house number and street, a flat and block, or a named
  street, estate, block or site given as where someone lives or goes ("on
  Acacia Road", "the Brookfield estate", "the garages behind Fenwick Court").
  The town in an address is not labelled; the postcode is a separate POSTCODE
  span. A descriptive lead-in ("the old flats on ...") is included only where it
  is part of how the place is named.
* HANDLE includes a leading @ when the writer typed one; Discord tags include
  the #number. URL covers the full link as written.
* DATE_OF_BIRTH is labelled when a date is given as someone's date of birth or
  birthday, in any format; other dates (meetings, incidents, referrals) are not.
* PHONE, EMAIL and NHS_NUMBER spans cover the whole obfuscated form as written
  (spelled-out digits, "(at)", "[dot]", zero-width spaces, letter O for zero).
* Single letters or initials are labelled NAME only where they stand for a
  specific person ("me n T").

## Counts

Records: {n}
Records with no span (clean): {stats['clean']} ({100 * stats['share']:.1f} %)
Total spans: {total_spans}

| type | spans |
|---|---|
{type_lines}

| style | records | share | clean records |
|---|---|---|---|
{style_lines}
"""
    OUT_README.write_text(text, encoding="utf-8")


def main():
    records, errors, stats = build()
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        print(f"(records={stats['n']}, clean={stats['clean']} share={stats['share']:.3f}, "
              f"NAME={stats['types']['NAME']}, styles={dict(stats['styles'])})", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    rng.shuffle(records)
    with OUT_JSONL.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(records, 1):
            obj = {"id": f"v{i:04d}", "style": rec["style"], "text": rec["text"],
                   "spans": rec["spans"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    write_readme(stats)
    print(f"OK: {stats['n']} records, clean {stats['clean']} ({100 * stats['share']:.1f} %)")
    print("spans per type: " + ", ".join(f"{t}={stats['types'][t]}" for t in TYPES))
    print("styles: " + ", ".join(f"{s}={stats['styles'][s]}" for s in STYLES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
