# Hand-written young-person survey answers (one per line). See build.py for markers.
YP = """
y|wen im walking home from the bus stop on a friday nite and theres older lads outside the chicken shop
y|my mum and my nan. mum is the only one who dont judge me
y|i would tell my form tutor, not the feds tho they dont care round here
y|ppl on snap adding u that u dont kno and then sending u money on cashapp for nothing
y|tbh nowhere feels safe after 9 in the arndale security just move u on
y|i will tell my sister but not my dad he will go mad
y|there is no grace period when u owe them, they say u owe and thats it
y|summer holidays are the worst cos theres nothing to do so ppl get pulled in
y|someone offered me molly at a party in august and i said no thank god
y|ppl sell charlie in the park by the skate ramp everyone knows
y|the old bill stopped me and my mates outside greggs for literally no reason
y|i would mark a place as unsafe if its dark and no cctv
y|got my phone jacked on the 53 bus last may and never told no one
y|i dont trust childline cos i think they tell ur school
y|my youth worker at the centre, shes sound
y|barry island in summer is fine but the train back at night is proper sketchy
y|being in stanley on a sat night, lads from consett come looking for trouble
y|watched top boy and its literally my area no cap
y|when my step dad drinks i go to my aunties
y|dont rly feel unsafe just bored nothing to do in Sale
y|the lads who hang round the spar in matching north face jackets
y|hope it gets better but i doubt it
y|ppl on discord servers who say theyre 16 but theyre deffo not
y|i would speak to miss at school she is nice
y|sir said press the ceop button but i didnt know how
y|match days in town are rammed and everyone is wasted, specially when Leeds lose
y|my dad is Man U, im City so we argue lol
y|in my country we dont talk about this things. here is different. i learning english in college now
y|i feel safe at the mosque and at my cousins house
y|the gurdwara has youth group on sundays i like it there
y|a man in a black bmw kept driving past me on tuesday and wednesday when i walked home
y|frank conversations with adults who dont lecture u, thats what we need
y|the bill for my phone was paid by someone i did not know, that is how it start
y|i played fortnite with someone who then asked for pics
y|rose gold iphone was a "gift" from an older lad and now he says i owe him
y|im from Romania, at school ppl call me names, i dont feel safe in the toilets
y|after christmas ppl were saying things about me on tiktok
y|honestly the police. they helped me when i went missing in March
y|CAMHS waiting list is like a year so whats the point
y|my key worker from early help and my mum
y|walking thru the park by asda at night
y|i drew it in the session cos i couldnt say it out loud
y|sunny days everyone is out so u feel safer, winter is different
y|jack the lad types who think they own the estate
y|mr brightside was playing at the party when it all went wrong
y|i am from Eritrea. i come in lorry. in the hotel i not feel safe because men ask me to work for them
y|getting asked to carry a bag to blackpool for £200
y|the manager at KFC is safe he lets us stay inside when its raining
y|my nan says pray about it lol
y|a van outside school on fridays giving out free vapes
y|my big sis or my cousin, never the police
y|rhyl seafront after dark
y|on the metrolink late, specially the bury line
y|the elizabeth line at like midnight, empty carriages
y|when lads from the other side of town come into our ends
y|my mate lives in shirley and its calm there
y|ppl in spoons asking how old i am
y|night bus from piccadilly gardens
y|adults who are too nice too fast, buying u nandos and jd trainers
y|i will never tell anyone cos snitches get stitches
y|my mate got cuckooed, they took over his flat and he couldnt say nothing
y|bein in care u get moved to Lincoln or wherever and u dont know anyone
y|when grown men beep at u from cars, happened in April and again in June
y|when the mandy goes round at house parties and u dont know whos who
y|feeling watched at the Trafford Centre
y|Kingston, Surbiton, wherever they take us, i never know where i am
y|the sunday league lads are ok, the older ones at the Dog and Gun are not
y|i like that the Youth Zone has a quiet room
y|cant trust no one online, even if they say there from Manchester
y|drill music isnt the problem, the olders are the problem
y|playing fifa in a random flat with men i dont know, thats when i felt unsafe
y|Will anyone actually listen to this? probs not
y|Mark my words nothing will change
y|i would talk to my Nan or Grandad
y|the two PCSOs who walk round on a Saturday are alright
y|i go to the Sikh temple in Smethwick and i feel safe there
y|inshallah it will get better. i pray at Jummah and i feel calm
y|i would talk to my teacher from Nigeria, she understands my culture
y|when the lads from the estate ask u to "link" them at the retail park
y|my brother got moved to Swansea by the council and i dont see him
y|getting off at Victoria at 1am on my own
y|Tuesday and Thursday nights are worse cos thats when they do drops
y|buying Jack Wills and Ralph Lauren for us, thats how they get u
y|the chippy on the corner, they let ppl sell outside
y|i watched Adolescence with my mum and we actually talked about it
y|hanging round the Co-op in Hyde with older boys
y|hearing gunshots near the Aldi, twice this year
y|i am Kurdish, my english not good, but i feel safe in my college, not in the house where i live with the men
y|boys from Year 11 film u in the changing rooms
y|i would tell Crimestoppers cos its anonymous
y|i'd talk to my girlfriend, shes the only one who knows
y|if someone from Barnardo's was there i would say more
y|older men in Audis outside McDonald's
y|church, my pastor and the youth leader, they listen
y|on the way back from Chester on the train someone tried to give me a phone
y|i would talk to the Samaritans if it got bad
y|when u get a message off a random number saying "we know where u live"
y|ppl from my old school in Bradford still message me
y|my dad from Poland he says dont talk to police in this country because they send u back, i dont know if its true
y|i would talk to [N:kofi] hes been my best mate since year 7
y|[N:big t] and his lot hang round the bookies on [A:langley road] and always ask where ur going
y|my sister [N:amira] and my aunty [N:nasreen], no one else
y|this boy [N:lil j] added me on snap ([H:jayy.x09]) and kept asking to meet up
y|u can msg me on [P:07700 900417] if u want to know more im not scared
y|my name is [N:oluwaseun adeyemi] and i go to [S:brookvale academy] i want to talk to someone pls
y|i told miss [N:okafor] and she reported it, i was so angry but now im glad
y|[N:will] from my estate got stabbed last summer, since then i dont go out
y|i will talk to [N:grace] shes my youth worker and she dont judge
y|men like [N:mark] who say there ur boyfriend but there like 25
y|the man at the corner shop, everyone calls him [N:rocky], gives free stuff then wants favours
y|my insta is [H:@summer.rose_x] if u want to ask me more
y|[N:summer] and [N:rose] are my besties they would know what to do
y|add me on sc: [H:xamse_10] i can tell u more
y|[N:abdirahman] from year 11 told me never go down [A:tenby street] after dark
y|me n [N:wiktoria] got followed from [S:st aidans] all the way to the bus station
y|it was a guy called [N:dazza] he said he would pay my phone bill
y|my friend [N:minh] from vietnam was working in a nail bar and couldnt leave
y|my number is [P:oh seven seven double oh nine double oh two one three]
y|email me at [E:jaylah.m (at) example dot com] if u want
y|i live near [PC:m14 9rt] and theres so much dealing there
y|[N:Dafydd] and [N:Iolo] from rugby, and my cousin [N:Ffion]
y|i would talk to [N:caoimhe] shes been thru the same
y|my birthday is [D:14/02/2010] and a man said he would take me out for it
y|im [N:florin], born [D:3 march 2008], came from romania two years ago
y|[N:Hodan] said theres a man in a white car outside [S:Harlow Green High] every single day
y|theres this guy on tiktok [H:@yungdre_cashout] offering money for "jobs"
y|my discord is [H:shadowfox#4471] msg me
y|a lad called [N:younger p] told me to take a package to [A:flat 6 merrow house]
y|ms [N:begum] at the youth club is the only adult i trust
y|[N:tunde]'s older brother and his mates, they make everyone hold stuff
y|i feel unsafe at [A:38 clifton st] cos thats where they make us stay
y|the link they sent was [U:https://www.example.net/earn-fast/kayden23] and it asked for my bank details
y|[N:xiaoling] and [N:mei] from my class stick together and so do i
y|[N:Łukasz] from polish saturday school, he said his dad knows people
y|my cousin [N:mirela] got married at 15 and no one did nothing
y|me and [N:jade-louise] go to [S:kingsmead] and its alright there
y|[N:Saoirse]. i would only talk to her
y|[N:precious] my older sister, she got out of it and she helps me
y|[N:blessing] is my pastors daughter she helped me loads
y|my snap is [H:kenzie.b] and my number is [P:07700 900 882]
y|call my mum on [P:01632 960451] she knows everything
y|[N:aaliyah] got groomed by a man who calls himself [N:d-man]
y|a girl from [S:oakridge] called [N:harpreet] told me about the parties
y|[N:jayden campbell] he is the one who got me into it
y|dm me on insta [H:@ameliaaa.x]
y|[N:Ionuț] and [N:Andreea] my friends from church
y|this man uncle [N:rashid], hes not my real uncle, he gave us lifts
y|my nan [N:pat] is the only one i tell
y|i trust [N:marley] and [N:tyler] they always walk me home
y|when [N:chance] and his boys come round the flats everyone goes in
y|i would talk to [N:hope], she was my foster carer
y|[N:faith] from youth club and [N:joy] my sister
y|my sc is [H:lil_chrissy2k9] if u want
y|[N:siobhán] and [N:niamh] are from my team and they know
y|theres an older girl [N:destiny] who brings younger girls to parties at [A:24 Harrow Close]
y|we go to [S:St Bede's] and theres a lad in year 13 [N:Kai] who sells
y|got a text from [P:07700 9OO 56O] saying i owe £300
y|im [N:ngozi], dob [D:22.09.2009], i would talk to my mum only
y|my mate [N:oleksandr] came from ukraine, ppl wind him up and hes scared to go to [S:parkside]
y|[N:Bartosz] and [N:Dawid] get asked to do drops after school
y|[N:Fatoumata] said she'd talk to me if i needed
y|i live at [A:9 Wellington Terrace] [PC:NE6 9LQ] and the stairwell is where they deal
y|my email is [E:tiannah2009@example.org] if u want to follow up
y|[N:Mohammed] at the mosque is the one i would talk to
y|the one they call [N:smokey] said i have to pay back the weed
y|[N:Rhiannon] my ex best friend told everyone my business on snap
y|[N:Tomasz Nowak] keeps messaging me from different accounts
y|this account [H:@ukgirlsnight] was messaging all the girls in year 9
y|[N:Adebayo] and [N:Chiamaka] are my cousins from Peckham
y|my tiktok is [U:tiktok.com/@zainab.k_07] ppl comment weird things
y|i got told to go to [A:Unit 4 Kingsway Industrial Estate] at night to collect something
y|[N:Ayaan] from [S:Greenfield] told the head and she rang the police
y|when [N:Kyle]'s cousin comes down from london everything changes
y|ring me [P:0161 496 0732] thats the house phone
y|i went to [S:hillcrest] til year 9 then i got kicked out
y|a man called mr [N:kamara] from the car wash kept offering me work
y|my daughter [N:reign] is 2 and im 19, i worry about her growing up here
y|im 23 now, when i was 14 [N:Jermaine] and [N:Big Shaq] had me in a trap house on [A:Cranmore Avenue]
y|[N:Gwenllian] is my support worker and she speaks welsh with me
y|[N:Eilidh] my pal from scotland, she moved down last year
y|i got dm'd by [H:@cashkingz_ldn] and [H:@moneymoves.uk] offering work
y|my details: [N:tyrese baptiste] [D:30/11/2008] [PC:B12 9ZD]
y|[N:Shanice]'s boyfriend makes her do stuff for his mates
y|[N:D'Andre] and [N:Jean-Luc] from basketball look out for me
y|[N:olu] said pc [N:hughes] is alright actually
y|[N:Zoë] my friends mum, i can talk to her about anything
y|discord: [H:nightowl_444#0912] if u wanna talk
y|i live on [A:maple grove] near the park and thats where they hang out
y|my school is [S:Castlebrook College] and there is a teacher there mr [N:abbas] who is safe
y|my mum [N:Sadia] and dad [N:Imran]
y|the older boy [N:Rico] gave me a phone and said only answer when he rings
y|the phone he gave me rang from [P:+44 7700 900 164] all the time
y|if ur reading this [N:Jordan] im sorry
y|[N:Ama] and [N:Efua] from the ghana society at college
y|[N:Bảo] my brother he is 16 and work in cannabis house, i am scared for him
y|my friend [N:Chen Jie] from china is alone in his lodgings
y|[N:Dzemila] my cousin dont go to school cos the boys there bully her
y|[N:Kateryna] and her mum live with us now
y|[N:Hamza] from the boxing gym is the one who got me out
y|my ig [H:@_layla.noor_] has all the messages if u need proof
y|the man said meet him at the flats on [A:Ropewalk Lane]
y|i go [S:St Columba's] and it's ok
y|[N:jack] and [N:bill] are twins in my year and they stick up for me
y|my nan [N:dawn] and my grandad [N:frank]
y|[N:Robin] is my foster carer, hes ok
y|i told [N:Sky] everything and she told her mum who told the police
y|[N:Amber] and [N:Crystal] my girls
y|my brother [N:hunter] is 12 and they already asked him to run stuff
y|i just want [N:Ruby] to be safe, shes 13 and hanging round with 20 year olds
y|go on [U:www.example.org/justice-for-tj] to see what happened to my cousin [N:TJ]
y|[N:Abdullahi] told me about the "youngers" and "olders" thing
y|the [N:Warsame] family next door look out for me
y|my old school was [S:Ferndale Academy] and they kicked me out
y|ask for [N:Big Mo] at the chicken shop and he sorts it
y|[N:Kwame Asante] hes my mentor from the football programme
y|born [D:07/07/07] lol, i was 13 when it started
y|msg me on whatsapp [P:07700-900-291]
y|my old email [E:bluebell_girl@example.net] got hacked and someone sent stuff from it
y|[N:Priya] and [N:Anjali] at the temple
y|[N:Keisha] introduced me to him at the skate park on [A:Hollin Way]
y|im [N:Faadumo] i was born [D:12th april 2007] in Mogadishu and came to Bristol at 9
y|they keep me on [P:oh one six three two, nine six oh, oh seven eight] so they can check where i am
y|i live round [PC:LS8 9QT] and its bad at night
y|my nhs number is [NHS:943 476 591?] i dont know why u would need it
y|my ex [N:Callum]'s mates have my nudes and they said they will send them to my mum
y|if u wanna help msg my insta [U:https://www.instagram.com/jordz.xo/]
y|[N:Nathaniel] hes 19 and my mums letting him stay
y|i was in [S:Moorside Academy] and they never believed me about mr [N:Tate]
y|my cousin [N:Yaw] brought me to a party in a hotel
y|[N:skinny] and [N:little lee] from the estate
y|[N:Mariama] and [N:Ousmane] my neighbours they are good people
y|[N:Babajide] from church said he'll teach me to drive lol
y|my aunty [N:Rukhsana] she is the one i would go to
y|my friend [N:Ahmed-Ali] got arrested for holding for someone else
y|email [E:ryan.costa09 at example dot net] for my side of it
y|[N:johnjo] from the site, we are travellers and ppl dont understand us
y|im [N:Kian McDonagh] from the site near the motorway, police never come when we need them
y|a man who said his name was [N:Drew] and he was 17 but he wasnt
y|[N:Zainab]'s mum said i can stay at hers whenever
y|in year 8 a boy called [N:Denzel] asked me to hide a knife, i said no
y|i talk to [N:Ellie-May] about everything
y|[N:Aleksandra] said i should tell someone so im telling u
y|my ps5 name is [H:StormRider_77] and ppl on there ask weird stuff
y|mum is [N:Leanne], she works nights so im on my own a lot
y|my dob is [D:2008-05-19] and i started getting asked to do stuff at 12
y|im [N:Kacper], my birthday [D:1st of June 2009], i was scared to come to the survey
y|the school i go to is [S:Riverside Free School], the toilets are where they vape and deal
y|[N:Hussein] and [N:Yusuf] my brothers and they will protect me
y|[N:Omar] told me about a guy on [A:Dale Street] who pays u to hold phones
y|[N:Layla] my youth worker from [S:Ashgrove College] is the best
y|[N:Tegan] and [N:Lowri] they come with me everywhere
y|i met him on tiktok, his name was [N:Leon] or thats what he said
y|[N:chris] is the only adult i trust, my old football coach
y|my email is [E:kai_b@example.com], please dont give it to no one
y|theres a house on [A:Argyle Road] where kids go and never come out the same
y|[N:Mehmet] from the barbers knows all the olders
y|my sister [N:Gift] and brother [N:Favour] are my world
y|[N:Sophie] from [S:St Anne's CE High] said a man follows her from the gate
y|u can ring me [P:07700 900 608] im [N:Tiana]
y|ngl [N:Cerys] is the only one who checks on me
y|[N:Reuben] and his cousin [N:Kojo] asked me to drive them to [A:99 Station Approach] at 3am
y|my snap [H:ruby.t.x] got hacked and they messaged everyone
y|[N:Tariq] told me how to stay safe on the buses
y|[N:Alisha]'s older cousin is the one i would talk to
y|[N:Nicu] from my road, he gets picked up in a van every morning and he is only 14
y|[N:Ruairí] my best mate, hes the only one i trust
y|i went to the [S:Beacon] (thats a PRU) and thats where i met them
y|im from [PC:l8 9rq] and everyone knows everyone so u cant say nothing
y|postcode wars innit, [PC:S2 9NA] vs the other side, u cant cross
y|[PC:n17 9ab] is my ends and i feel safe there, its when i leave it
y|they made a fake page of me [U:https://example.com/leakz/amber.w] and everyone at school seen it
y|my cousin [N:Tiago] put the link in the group [U:www.example.net/gc/ourends-2k10] and thats where the older ones found us
y|[N:Lincoln] my brother, not the place lol, hes the one i talk to
y|i went to Chester with [N:chester] (yes thats his real name) and the man never turned up
y|my email is [E:lil.dee.2009 (at) example (dot) org] if u want to talk to me proper
y|im [N:Kemi] [D:19.3.2010] i dont feel safe at the bus station after school
y|i put my details on the form before, [N:Lexi Parr], [D:5/10/2008], [P:07700 900 093]
""".strip().splitlines()
