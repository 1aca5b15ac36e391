"""Build evaluation set G for the language checker. Items are hand-written below;
this script only checks them, shuffles with a fixed seed and writes set_g.jsonl.
Python 3 standard library only. Run: python3 build.py"""
# Hand-written items. Prefix: c=case_note r=referral s=strategy m=minutes
CONSENT_CHOICE = """
c|Tia has chosen to stay with the older males at the flat over the weekend rather than come home.
r|Leah willingly goes to the parties and gets in the cars of her own accord.
c|Mason agreed to carry the package to the coast, he knew full well what was in it.
m|It was noted that Ruby is consenting to the sexual activity and does not see herself as a victim.
c|She keeps going back to him, which is her decision at the end of the day.
s|Amira is making a lifestyle choice and professionals cannot force her to stop.
c|Kayden was happy to go along with it and did not appear to be under any pressure.
r|Skye initiated contact with the men online and arranged the meetings herself.
c|Young person says she wants to be there and went voluntarily each time.
m|Panel felt Callum is a willing participant and is fully aware of what he is doing.
c|Demi openly admits she sleeps with the men for money and says it is her choice.
c|Reece turned up at the address off his own back, nobody made him go.
r|Harvey has been complicit in his own exploitation by continuing to meet the group.
s|Nadia consented to the images being shared.
c|She sent the pictures herself and was a willing party to the exchange.
c|Olivia went with them voluntarily on each occasion according to the taxi driver.
m|Discussion: Rhys is choosing to associate with the men at the snooker hall despite being warned.
c|Zara was up for it, per her statement, and agreed to meet him at the hotel.
r|Connor decides for himself when he goes missing and is prepared to accept the consequences.
c|Lacey let them take the photos and did not object at the time.
m|Chair noted that Ellie-May is actively seeking out the older men and enjoys the attention.
c|she's made it clear she wants to be with them and we have to respect her wishes on that
s|Where a young person consents to the contact, the case should be stepped down.
c|Freya agreed to have sex with the men in exchange for alcohol and cigarettes.
r|Bailey is a consenting participant in the activity and has refused to name anyone.
c|Kai was eager to go and asked them if he could come along next time.
c|Ashton chose to get in the car knowing what would happen.
m|Shannon is an active participant and seems to be the one arranging the meet ups.
c|Mia has been trading sex for somewhere to sleep and says this is what she wants.
r|Brooke goes to the address voluntarily and nobody is holding her there.
c|Tyler decided to go to the coast with them and didn't ask to come home.
c|Keeley is sexually active with several adult males and says she is happy with that.
s|Josh appears to be giving his consent freely and has capacity to make these decisions.
m|Members felt that Darcy was going along with it willingly as she was seen laughing in the footage.
c|The young person willingly engaged in the sexual activity and initiated the messages.
r|Precious agreed to the arrangement with the landlord in return for a room.
c|Dylan volunteered to go, he wasn't forced into anything according to mum.
c|Olu said yes when asked to go to the party and went of her own free will.
m|It was agreed she is old enough to consent and is choosing this path.
c|Liam actively sought the men out on Snapchat and asked to meet up.
c|She allowed the men to touch her and said she didn't mind.
r|Jade was a willing passenger and was not taken against her will.
c|Following the return home interview, in which Tia talked about school, her mum and her plans for the summer, it was recorded that she has choosen to keep going to the flat on Brindley Street.
c|Spoke to Kacper on the phone - he says nobody is making him do anything, he goes up there cos he wants to, which I accept.
r|Although staff at the home have tried to stop her leaving, Aaliyah is determined to go and is making an informed choice to spend nights with the men.
"""

BLAME_CAUSE = """
c|Because Tia dresses older than her age she attracts the attention of the men at the takeaway.
r|Leah's promiscuous behaviour has led to her being targeted.
c|Mason's cannabis use is what got him involved with these people in the first place.
m|If Ruby didn't go missing so often this wouldn't keep happening to her.
c|Her attention-seeking behaviour online has drawn the men in.
s|Children who are sexually provocative are more likely to be abused.
c|Kayden brought this on himself by hanging around the shops at night.
r|The assault happened because Skye was drunk and had wandered off from her friends.
c|She was raped after she went back to the flat, which she had been told time and again not to do.
m|Callum's anger and attitude have made him a target for the older lads.
c|Demi put the photos on her story and that's how the men found her.
c|Reece got stabbed due to his involvement with the group and his refusal to listen.
r|Harvey's own behaviour is the cause of the threats he's receiving.
s|Her vulnerability stems from her sexualised behaviour and poor boundaries.
c|Nadia leads the men on and then gets upset when they want more.
c|Her flirty manner with adults is the reason the men keep contacting her.
r|Olivia was targeted as a result of her sending provocative selfies to strangers.
m|Professionals agreed that Rhys's mouthiness is why he keeps getting beaten up.
c|If she hadn't been wearing that outfit they wouldn't have approached her.
c|Zara's lies to her mum allowed this to happen.
r|The abuse is a consequence of Connor's refusal to stay at placement.
c|Lacey's drinking is the root of the problem, sort that out and the exploitation stops.
m|It was felt that Ellie-May's habit of running away caused the abuse.
c|Her loudness and over-friendliness are why men single her out.
s|Young people who use drugs bring exploitation upon themselves.
c|Freya chatting to strangers on the game is what led to the grooming.
r|Bailey was hurt because he was cheeky to the older boys.
c|Kai was snatched because he kept disappearing off with his mates after school.
c|Ashton was only picked on because he has a big mouth and likes to show off his trainers.
m|Shannon's sexual knowledge and behaviour encourage the adults.
c|Her low self-esteem is making her an easy target and she needs to work on that.
r|Mia's history of lying and manipulation has led to the current situation.
c|Brooke was attacked after leaving the party alone, something she has done before despite warnings.
c|He got himself beaten up by hanging round with the wrong crowd.
s|Missing episodes cause the abuse, so the plan focuses on getting Keeley to stop going missing.
c|The reason Josh was groomed is his obsession with money and designer clothes.
m|Darcy's behaviour is provoking the men at the hostel.
r|Precious was trafficked as a direct result of her decision to leave care.
c|It was her lack of self-respect that led the men to treat her the way they did.
c|Because he's always on his phone to randoms, Dylan made it easy for them.
c|Tyler was stabbed as he had been mouthing off on Snapchat to the other group.
r|Her abuse followed on from her own sexualised posting on TikTok.
c|Carer feels, and I'd agree, that if Jade stopped sneaking out through the window at night none of this would of happened.
m|Discussion around Kacper: the beating on Friday was a direct result of him disrespecting the older ones in front of their mates.
"""

AGE_RELATIONSHIP = """
c|Tia (14) is in a relationship with a 22 year old male called Dean.
r|Leah, aged 13, has an older boyfriend who is 19.
c|Mason, 15, says his girlfriend is 25 and picks him up from school.
m|Ruby (Year 9) is reportedly seeing a man in his thirties from the car wash.
c|15yo dating 21yo male, mum aware.
s|Skye, who turned 14 in March, has been in a sexual relationship with her 26-year-old partner for six months.
c|Kayden's boyfriend is twenty, Kayden is fourteen.
r|Demi (born March 2011) is living with her partner, who is 23.
c|Her bf is 18 and she's 12.
m|Amira (15) and her 29-year-old boyfriend were seen together at the bus station.
c|Lacey has been dating Jordan, 24, since she was thirteen.
r|The 16-year-old reports she is engaged to a 31 year old man she met online.
c|Nadia (15) was collected from the children's home by her partner, a man aged 27.
c|Zara, 14, told me about her new boyfriend - he's 20 and has his own car.
s|Concern that Olivia, 13, is in a romantic relationship with an adult male in his late twenties.
m|Chair noted the 12-year-old's relationship with a 19-year-old is a concern.
c|Rhys (14) is seeing an older woman, approx 30.
c|Ellie-May (aged 15) went on a date with a 22-year-old she met on an app.
r|Connor, age 13, is in a same-sex relationship with a 20 year old male.
c|Her fella is 26 and she's 15, in Year 10 at school.
c|Freya has a long-term partner (aged 32); Freya is 14.
m|Update: the 14 yr old's boyfriend (23) has been arrested for an unrelated matter.
r|Mia (16) lives with her 28-year-old partner and his two children.
c|Brooke is 13 and going out with a lad who is 19.
s|Shannon's relationship with Mr Holt (35) began when she was 14.
c|Darcy, who has just turned 13, is loved up with her 21-year-old boyfriend.
m|Bailey (15) discussed; ongoing relationship with male aged 19.
c|Precious's partner is 24 and she is 15, they have been together since the summer.
r|Jade (fourteen) has been in an on-off relationship with a twenty-two year old man for a year.
c|13 yr old girl, older boyfreind approx 18-20.
c|Kai, 12, spends weekends at his girlfriend's flat; she is 19.
s|Tyler (16) has an ongoing sexual relationship with a 30 year old woman from the gym.
c|Leah's new boyfriend is 25 - met him at the chicken shop, she's 14.
m|Reported that the girl (13) has been dating the 18-year-old brother of a friend.
c|She is fifteen and her partner is nearly twice her age.
r|Ola, a 14-year-old, is understood to be in a relationship with an adult of 21.
c|Harvey (13) has an older boyfriend (20) who he met through gaming.
c|Skye's ex-boyfriend, aged 27, keeps messaging her; she is now 15.
m|Zara (Yr 8) - relationship with 19yo ongoing, mum says she is in love with him.
c|Amelia, thirteen, says her boyfriend who's 23 buys her things.
c|When I visited on Tuesday Keeley, who is still only 14 and in Year 9, was excited because her boyfriend (a man of 24 she met at the bowling alley) had bought her a new phone.
r|School report that the 15 year old has a partner in his mid-twenties who waits for her at the gates most afternoons.
"""

CRIMINALISING = """
c|Mason has been dealing cannabis on the estate.
r|Kayden is a known drug runner for a county line operating out of the city.
c|Reece is working for a line and regularly travels to the coast.
m|Callum is an active gang member affiliated with the Ashgrove lot.
c|He owes £600 to the elders after losing the package.
s|Jamal is recruiting younger children at school to sell for the group.
c|Tomasz has been acting as a money mule, letting people use his bank account.
r|Connor has been caught shotting in the park.
c|Harvey is a drugs mule and was found with items plugged.
m|Ashton is the main supplier to the other young people in the unit.
c|Liam's debt to the dealers is now over a grand and he needs to pay it back.
c|Dylan was running drugs for the Marsh Lane boys.
r|Tyler has been trapping in a flat out of town for three weeks.
c|Kai is a young offender who deals drugs for money and status.
s|Where children are involved in drug dealing, a criminal justice response should be the priority.
m|Josh continues to sell weed to his peers.
c|Jayden was arrested while holding drugs and a knife for the gang.
c|He works the line with his cousin, does the drops.
r|Rhys owes local dealers £200 for a lost package.
c|Kacper is a foot soldier for the Elm Road crew.
c|Callum is a prolific shoplifter who steals to order.
m|Amira has been couriering drugs between cities in her school bag.
c|Corey was caught with 30 wraps of crack and cash on him, he's clearly dealing.
s|Young people who deal drugs should be excluded from the youth club.
c|Bailey has become a runner and was picked up at a trap house.
r|Darcy has been recruiting other girls from the home to go to the parties.
c|Ryan launders money for older males through his bank card.
c|Zara is a county lines drug runner; police found her in a cuckooed flat.
m|Keeley is the gang's main recruiter of younger girls.
c|Mason still owes the money and is too scared to go home.
r|Shay's drug dealing activity has escalated over the summer.
c|He is a street-level dealer on the Ashgrove estate.
c|Ola is a drug mule for her cousin's associates.
s|Children carrying weapons for gangs will be managed as offenders.
c|Jamal sold drugs to a nine-year-old from his block.
m|Noted that Tomasz now holds the line phone and takes the orders himself.
c|Lewis has been selling nitrous and vapes to year sevens.
r|Reece has a drug debt of £1,500 and is being threatened.
c|Kayden was caught grafting for the older lads, he had cash and two burner phones.
c|Corey is a gang-affiliated dealer who runs with the Lane lot.
c|She's a drug runner now, goes up and down the motorway weekly.
c|Talked with nan about the summer holidays, her health and the new school, and she is aware that Ashton has been going out shotting most nights since Easter.
r|Mum believes Jayden is in debt to someone because he keeps asking her for money and says he has to clear what he owes by Friday.
"""

MINIMISING = """
c|The touching was low-level and Tia didn't seem too bothered.
r|This is normal teenage behaviour and she will grow out of it.
c|Mason says it's just banter between him and the older lads, nothing to worry about.
m|Panel felt Ruby is going through a phase of experimenting with older boys.
c|Leah refuses to engage with services, so there is little more we can do.
s|Sexting between the child and the adult is low level and does not meet threshold.
c|Kayden is hard to reach and won't engage, case to close.
r|Just a teenage crush on an older lad, nothing to worry about.
c|Skye is sexually experimenting, which is normal at her age.
m|Members agreed that the incident at the party was minor and should not be escalated.
c|She keeps disengaging and has not attended any of the sessions offered, so she has to take responsibility for that.
c|Boys will be boys, the lads were only messing about.
r|The messages from the man are harmless flirting and no action is needed.
c|Callum is non-compliant with the plan and therefore the case will be closed.
s|Missing episodes of under 24 hours are routine and do not need a return interview.
c|It's only a bit of weed, most kids his age smoke it.
c|Nadia was a bit upset afterwards but she's fine now, it was nothing serious.
m|Olivia's missing episodes are typical teenage rebellion.
c|Demi has been uncooperative and rude to her worker, she clearly does not want help.
c|Harvey's just a bit of a rebel going through a rough patch, he'll settle.
c|Lacey is refusing all support and is unwilling to engage, which is holding up the plan.
m|Rhys's involvement was described as a bit of a laugh with his mates.
c|The videos were just a prank that got out of hand, no real harm done.
s|Low-level exploitation concerns will be managed through universal services.
c|Only a minor sexual assault, she wasn't really hurt.
r|She's just boy mad at the moment, it's a stage.
c|Freya is still not engaging despite being offered every support going.
c|Zara says she didn't mind so it's not a big deal.
m|Ellie-May's presentation at the party was put down to youthful high spirits.
c|It was only a bit of rough play between him and the older boys.
r|Connor will not engage and keeps missing appointments; no further action.
c|This is all fairly typical for a teenager on that estate.
c|Brooke's cutting is attention-seeking and not serious.
s|Where the harm is low level, the case will be stepped down to early help.
c|Josh is obstructive and difficult to work with, which is why progress has been slow.
m|Noted the incident was kids being kids and no further action is required.
c|She's hormonal and going through the usual teen stuff.
r|Kai has been offered lots of sessions but couldn't be bothered to turn up.
c|Only one or two images were shared so it's not really an issue.
c|Mia was play-fighting with the men at the flat, just horseplay.
c|Tried to ring Darcy again today (4th attempt), no answer - she is choosing not to work with us so I will close the case at the end of the month.
m|The older men buying Keeley vodka and taking her to the park was felt to be fairly low level compared to other cases on the list.
"""

ADULTIFYING = """
c|Tia is very mature for her age and knows what she is doing.
r|Mason is streetwise and can look after himself.
c|Kayden is a young man of 12 and should know better.
m|Ruby presents as much older than 13 and is worldly-wise.
c|Leah (14) is an independent young woman who knows her own mind.
s|Older teenagers who are streetwise do not need the same level of protection.
c|Callum is savvy, he knows how the world works.
r|Skye is sexually mature and appears older than her years.
c|He's a big lad, he can handle himself.
c|Demi is 15 going on 25.
m|Members noted Rhys, 13, is a man of the world.
c|Amira is very grown up and has her head screwed on; she will be fine.
c|Reece is street smart and knows the score.
r|Nadia is well able to protect herself and make adult decisions.
c|Zara behaves like an adult and should be treated as one.
c|At 14 Jayden is practically a man and acts like it.
s|Because she is so mature, a lighter-touch plan is appropriate.
m|Professionals described Olivia as old beyond her years and capable of managing the situation.
c|Harvey is tough and can look after himself on the street.
c|Lacey is a woman now, she's 15.
r|The young man, aged 11, is very worldly.
c|She knows all the tricks, she's been around.
c|Ellie-May acts much older and is an experienced young woman.
m|It was felt Connor is resilient enough to cope without support.
c|Freya's very savvy when it comes to men.
c|Bailey is a hardened young man who doesn't need mothering.
s|Children over 16 are effectively adults and can take responsibility for their own safety.
c|Kai is a mature 12 year old who can travel around on his own.
r|Brooke is described as streetwise and independent, well able to navigate the dangers.
c|Shannon is a tough cookie, she can handle anything the men throw at her.
c|Josh is a young man of 13 who is used to fending for himself.
m|Darcy's maturity means she understands the consequences.
c|Mia is very switched on, nothing gets past her and she can keep herself safe.
c|Dylan is 14 but he's more like a grown man in how he acts.
r|Precious is a self-sufficient young woman, aged 14, with her own money.
c|Tyler is clued up and doesn't need us to hold his hand.
c|She's not a child really, she's been living independently for a year.
s|Given her maturity she is able to manage her own safety.
c|Keeley carries herself like a woman in her twenties.
m|Ola is a strong, independent young lady who can handle herself.
c|I met the young man (12) at the youth centre where he was playing pool with staff, and he told me he is fine and doesn't need anyone checking up on him.
r|Despite being only thirteen, Jade has a very adult head on her shoulders and is more than capable of keeping herself out of trouble.
"""

SELF_RISK = """
c|Tia continues to put herself at risk by going missing.
r|Mason is placing himself in risky situations.
c|Leah's risky lifestyle is a concern.
m|Ruby continues to make poor choices around who she associates with.
c|Kayden is at risk due to his own behaviour.
s|Where a child is putting themselves at risk, consider a behaviour contract.
c|She is exposing herself to harm by getting in cars with unknown males.
r|Skye engages in risk-taking behaviour, including staying out overnight.
c|He keeps putting himself in harm's way.
m|Callum's risky behaviours include associating with older males.
c|Demi needs to stop putting herself in dangerous situations.
c|Nadia is a risk to herself.
r|Amira continues to engage in high-risk behaviour online.
c|Reece is leading a chaotic lifestyle and making bad decisions.
s|The focus is on helping Olivia reduce her risk-taking.
c|Zara has placed herself at significant risk by meeting men she met online.
c|Connor's bad choices are leaving him vulnerable.
m|Lacey continues to put herself in vulnerable positions.
c|Harvey's unsafe decisions mean he is at risk of serious harm.
r|Ellie-May's lifestyle is placing her at risk of sexual exploitation.
c|She puts herself out there on social media and that is risky.
c|Freya has made some very unwise choices recently.
m|Agreed Bailey is knowingly putting himself at risk.
c|Kai is self-exploiting by going back to the flat.
s|Young people who repeatedly place themselves at risk will be referred for targeted work.
c|Brooke is very risky with who she talks to.
c|Shannon's choices are putting her in danger.
r|Josh is engaging in risky sexual behaviour with adults.
c|Darcy has been told repeatedly but she still puts herslef at risk.
c|Mia's own actions are placing her at risk of harm.
m|Concern that Dylan is making himself vulnerable by being out late.
c|Tyler keeps putting himself in positions where he could get hurt.
c|Precious continues her high-risk lifestyle despite our advice.
r|Keeley's decision-making is poor and places her at risk.
c|Ola continues to take risks with her safety.
s|The plan aims to make Jade take responsibility for keeping herself safe.
c|Liam is putting himself at risk of criminal exploitation by hanging round the bookies.
c|Ryan puts himself at risk every single weekend.
m|Risk mostly comes from Corey's own conduct.
c|She's very vulnerable because of her poor choices around alcohol.
c|Aaliyah was returned by police at 3am having been found in a stairwell in the city centre, again placing herself at serious risk.
r|Kacper is well known to us and is someone who regularly puts himself in risky places, such as the underpass and the car park behind the takeaway.
"""

JARGON = """
c|Referred to MASH, strat held, CSE screening tool completed.
r|YP open to CAMHS and YOT, NRM submitted 14/02.
m|Actions: DSL to update CP plan before next RCPC.
c|Discussed at MACE, NFA from CSC.
c|S47 initiated, ABE interview booked with DC Ellis.
s|All CCE cases will be RAG-rated at the MACE panel.
c|RHI completed by SW, YP declined to talk about where she had been.
r|LAC, EHCP in place, previously known to TAF.
m|PLO letter sent; IRO to chair LAC review.
c|CSPPT aware, PNC checks done, DASH completed with mum.
c|MFH report made, RHI outstanding.
r|Referral from GP to MASH re concerns raised at A&E.
c|Joint visit with ISVA and SW, CRIS ref to follow.
s|The CE lead will liaise with the VRU and YJS re contextual safeguarding.
m|ICPC recommended; LADO informed.
c|Police DPS notified, ECINS updated.
c|Spoke to SENCO re EHCP review, PEP due.
r|TAC meeting held, EHA in place, step up to CIN considered.
c|NRM referral made, SCA decision awaited.
m|CSE/CCE risk assessment reviewed; RAG amber.
c|MARAC ref made by IDVA following DV incident at home.
s|Data from MACE and MAPPA to be shared via the CSP.
c|YP seen at home, DSL informed, CP chronology updated.
c|Attended strat with DS Khan, S47 to continue, ABE tomorrow.
r|Known to YOS, SALT and CAMHS; on an AIM plan.
m|Action: SW to complete CFA and share with the IRO by Fri.
c|Home visit, CIN plan reviewed, PA allocated for 16+.
c|LA to apply for ICO at next hearing.
s|Contextual SG approach to be led via the LSCP and the PCC's VRU.
c|MFH x3 this month, RHI x1, CRE submitted.
m|Discussed under AOB: NWG training and SAB update.
c|CPE sent to CSC, LADO strategy booked.
r|SGO carer reports YP missing overnight, police given PNC ref.
c|Missing notification: UASC placed OOA, SPOC informed.
c|SW to chase NRM outcome with the SCA and update the CPP.
m|Prevent referral not needed; DSL to keep under review with the SPOC.
c|CCE concerns flagged on LCS, TM aware.
s|CSE MARAC to meet bi-monthly with reps from CSC, YJS and ED.
c|Completed SDQ with YP, referral to CAMHS via SPA.
r|NRM, CCE screening and MACE referral all pending per DCS.
c|Rang EWO re attendance - 62% this term, PSP to be set up, TAF next wk.
m|Item 4: CSE SPOC reported 3 new MASH contacts, 2 progressed to strat, 1 NFA.
"""

ADULT_ACTION = """
c|The man who runs the line forced Mason to carry drugs to the coast.
r|An adult male aged 24 groomed Tia and told her she was his girlfriend.
c|Dean told police the 14-year-old was his girlfriend; this is recorded as part of the grooming.
m|The older males are recruiting children from the pupil referral unit.
c|The adults told Kayden he owed them £400 for the lost package, a debt they invented to control him.
c|The perpetrator described himself as her boyfriend in messages to her friends.
r|Adults are running a county line through the estate and exploiting local children.
c|The man claimed Leah had agreed to it; this was challenged in interview.
s|Adults who deal drugs on the estate target children leaving school.
c|The suspect, 31, said she wanted it - his words, which the officer noted are typical of offenders.
m|Police confirmed that the dealer is a 29-year-old man from outside the area.
c|He made her choose between going to the party or having her sister's address shared.
c|The group leader ordered the boys to hold the knives at their homes.
r|The adult male put Skye at risk by giving her alcohol and driving her to unknown addresses.
c|The 40-year-old man took the photos and shared them in a group chat.
c|A man in his twenties, who calls himself Reece's uncle, has been supplying him with cannabis.
m|Mr Harte is a known drug dealer and has convictions for supplying class A.
c|The older men (29 and 31) are laundering money through the children's bank accounts.
c|The perpetrators picked Nadia because she was in care and isolated.
s|Offenders deliberately target children they see as easy to manipulate.
c|The man told Amira she was mature for her age, a classic grooming line.
r|The adult renting the flat is using it to store drugs and brings children there.
c|The abuser's messages say you know you want this, which shows the control he had over her.
c|He recruited Callum through a gaming platform and gave him a phone.
m|It was noted that the men were dealing from the shop and paying children in trainers.
c|The taxi driver, who is 52, drove the girls to parties and collected payment from the men.
c|The older male told Jayden he was a soldier now and owed loyalty to the group.
r|Adults in the group decided which girls would be taken to which house.
c|The woman, 34, said in interview that she and Harvey (14) were in a relationship, which the officer recorded as an example of her grooming narrative.
c|The dealers threatened to hurt his mum unless he paid them.
s|Offenders commonly create a debt and then tell the child it must be worked off.
c|The men got the girls drunk and then took them to the flat above the shop.
c|Police arrested the 26-year-old who had been running drugs through the hostel.
m|The perpetrator admitted giving Zara money and cigarettes in return for sex acts.
c|He kept telling her she was his wifey and that she owed him for the phone.
c|The adult who recruited Ola has previous convictions for trafficking.
r|The man forced Olivia to hold his phone and answer calls from his customers.
c|Ryan's abuser called the arrangement a job and claimed he was paying him wages.
c|Mr Cole told the social worker the 13-year-old was "very grown up" and "knew the score".
c|The adults exploited the boys' fear by beating one of them in front of the others.
c|According to the messages recovered from his phone, the 27-year-old repeatedly told Keeley that she had chosen him and that no one else would love her.
m|Officers explained that the main suspect, a man of 38, ran the line from a flat in the city and used at least four local boys to move the drugs.
"""

QUOTED_POLICY = """
s|Do not write "putting herself at risk"; describe who is putting her at risk instead.
m|Chair challenged the word "boyfriend", as a 14-year-old cannot consent to sex with a 22-year-old.
c|Avoid "prostitution" - children cannot be prostitutes, they are being sexually exploited.
r|The earlier record calling Tia "promiscuous" is wrong and has been corrected.
s|Replace "drug runner" with "child being criminally exploited".
c|I have removed "lifestyle choice" from the assessment as it wrongly implies Leah chose this.
m|Members agreed that the term "willing participant" should not be used about any child.
c|Mum said he's "a drug dealer" - I explained he is a victim of exploitation, not a dealer.
s|Language such as "low-level" minimises harm and should be avoided.
c|The word "streetwise" was used by the school; I challenged this as he is 13.
r|The previous referral described the child as "sexually active with older men"; this should read "being sexually abused by adults".
m|It was noted that "owes a debt" is inappropriate wording, as the debt was created by adults to control him.
c|Staff should stop saying "she's mature for her age" because it adultifies her.
s|Instead of "risky behaviour", write what the risk is and who it comes from.
c|The police report says "consensual" but a 12-year-old cannot legally consent, so this was disputed.
r|I'd ask that "boyfriend" is not used for the 27-year-old; he is the alleged abuser.
m|Action: amend the minutes where Kayden was called a "runner" - he is a victim of criminal exploitation.
c|Carer referred to "her choices" and I reminded her that Skye is being groomed and controlled.
s|Terms such as "young offender" and "gang member" should not be applied to exploited children.
c|The word "relationship" was used by the previous worker; I have replaced it with "abuse by an adult".
c|Avoid "non-engagement" - the onus is on services to find ways to engage Reece.
r|We would challenge the description of Demi as "attention-seeking".
m|Chair noted that "just a phase" is not an acceptable way to describe repeated missing episodes.
c|I do not agree that he was "working for a line"; he was trafficked.
s|Never describe a child as having "agreed" to their own exploitation.
c|The nurse wrote "risky lifestyle" and I've asked her to change this to describe the exploitation.
m|Agreed that the word "sexting" understates what happened and it will be replaced with "online sexual abuse by an adult".
c|Please don't call it "banter", it is sexual harassment by adults.
r|"Can look after himself" was in the school's referral; this is not accurate and ignores his age.
c|The phrase "money mule" has been removed from the record because Ryan's account was taken over by adults who were threatening him.
s|Phrases like "putting themselves in risky situations" locate the risk in the child and should be rewritten.
c|Supervisor asked me to reword "she's dating him" as "she is being groomed by him".
m|Members challenged "experimenting" as a description of a 13-year-old being given drugs by adults.
c|Grandad kept saying she "brought it on herself", which we talked through with him at length.
s|Do not refer to a child as "hard to reach"; it is the service that must adapt.
r|I'd dispute the label "young man" for Josh, who is only 12.
c|The record saying Nadia "chose to go" is incorrect given the coercion evidenced.
m|Correction to previous minutes: "drug dealer" should read "child exploited to sell drugs".
c|Officer described her as a 'willing passenger'; I've raised this with his sergeant.
s|Replace "child prostitute" with "child who has been sexually exploited" in all templates.
c|Dad keeps calling it her 'boyfriend' and I've explained gently that a man of 25 and a girl of 14 is abuse, not a relationship.
r|Please note that the phrase 'putting himself at risk' in the earlier paperwork is not how we would describe Kai's situation; the risk comes from the adults exploiting him.
"""

CORRECT_USAGE = """
c|Tia agreed to go only after the man threatened to share the images, which is coercion.
r|Mason went to the flat because the adults controlling him told him his family would be hurt otherwise.
c|Leah is being groomed by an adult who has manipulated her into believing they are in a relationship.
m|Members agreed Kayden is a victim of criminal exploitation and must be safeguarded, not prosecuted.
c|The risk to Ruby comes from the men who are targeting her at the bus station.
s|Adults who exploit children are responsible for the harm; the plan focuses on disrupting them.
c|Skye was held at the address for two days by the men exploiting her.
r|Callum was coerced into carrying drugs by adults who exploited his fear of them.
c|Any sense that Amira chose to stay must be read against the control he had over her.
c|Reece is at risk of serious harm from the adults exploiting him.
m|It was agreed that Demi is being sexually exploited by a group of adult men.
c|Nadia went back to him because he had isolated her from her friends and family, a clear grooming pattern.
s|Children cannot consent to their own exploitation; responsibility lies with the abusers.
c|Harvey is being criminally exploited by older males who made him hold drugs at his home.
r|Olivia is a 14-year-old child who has been sexually abused by a 23-year-old man.
c|The adult man has targeted Zara and is grooming her with gifts and attention.
c|Connor felt he had no choice but to go, as the group had threatened his younger brother.
m|Panel agreed that the abuser's control over Lacey means her apparent agreement cannot be taken as consent.
c|Ellie-May is frightened of the men and they are using that fear to keep her quiet.
s|The risk comes from adults in the community, so the plan includes disruption of the addresses used.
c|Freya has been groomed online by an adult posing as a teenager.
c|Bailey is a child who is being exploited to move drugs for adults.
r|Kai was trafficked from the city to a coastal town by adults supplying drugs there.
c|Her relationship with her mum is strained, which the abusers are exploiting.
m|Police will target the adults responsible rather than treating Brooke as an offender.
c|Shannon is not to blame for what happened; the men at the party abused her.
c|Josh was made to believe he owed the group money, which is a common control tactic.
s|The risk of harm to the child is created by those exploiting her.
c|Darcy agreed to meet him because he had groomed her for months and she trusted him.
r|Mia's apparent willingness to go is a product of the grooming she has experienced.
c|Dylan was held down and assaulted by the older males when he tried to leave.
m|Agreed: Tyler is a victim of child criminal exploitation and will be referred as such.
c|Precious is being controlled by a man who takes her money and monitors her phone.
c|Keeley went missing after the abuser contacted her, which fits the pattern of him calling her to him.
r|We are worried that adults are exploiting Ola and that the risk to her is escalating.
s|Staff should recognise that a child's apparent choices are often shaped by coercion and control.
c|Jade was pressured by the adults into sending the images and is now being blackmailed.
c|Liam is scared of the people who exploit him and he needs protection, not punishment.
m|It was agreed that the man is grooming Ryan and a disruption notice will be sought.
c|Corey has been exploited by the group, who gave him a phone and then controlled where he went.
c|Aaliyah told me she went willingly at first, but as we talked it was clear the men had been grooming her for weeks and she now feels unable to say no to them.
r|Although Kacper is described by his school as having chosen to miss lessons, our view is that he is being pulled out of school by adults who are criminally exploiting him.
"""

EXPLAINED_ACRONYM = """
c|Referral made to the Multi-Agency Safeguarding Hub (MASH) today.
r|A National Referral Mechanism (NRM) referral has been submitted for Mason.
m|Case discussed at the Multi-Agency Child Exploitation (MACE) meeting.
c|Return home interview (RHI) completed with Tia this afternoon.
s|Child criminal exploitation (CCE) will be a standing item on the agenda.
c|Tia's CAMHS (Child and Adolescent Mental Health Services) appointment is on Thursday.
r|Kayden is open to the Youth Justice Service (YJS).
c|Designated safeguarding lead (DSL) at school informed.
m|The independent reviewing officer (IRO) will chair the review.
c|Strategy meeting held; an achieving best evidence (ABE) interview is planned for next week.
c|Leah has an ISVA, an independent sexual violence adviser, who she trusts.
s|Child sexual exploitation (CSE) training for all staff will be delivered in spring.
r|He has an Education, Health and Care Plan (EHCP).
c|The LADO (local authority designated officer) has been informed about the youth worker's conduct.
m|The Single Competent Authority (SCA) has made a positive conclusive grounds decision.
c|Skye is a looked after child (LAC) placed out of area.
c|Spoke with the PCSO (police community support officer) who patrols the estate.
r|Previously supported through an Early Help Assessment (EHA).
c|Missing from home (MFH) report made to police at 22:40.
s|The Violence Reduction Unit (VRU) will fund detached youth work in the town centre.
c|Ruby's personal education plan (PEP) was reviewed today.
m|The multi-agency risk assessment conference, MARAC, will hear the case on the 9th.
c|Callum was seen by his GP (general practitioner) about his sleep.
r|Reece has been supported by an ICTG (Independent Child Trafficking Guardian) since June.
c|Child in need (CIN) plan reviewed with mum and Demi.
s|Contextual safeguarding (CS) mapping of the retail park is scheduled for May.
c|An initial child protection conference (ICPC) has been booked for the 22nd.
m|Harvey's SENCO, the special educational needs co-ordinator, attended.
c|Team around the family (TAF) meeting held at school.
r|He is subject to a child protection (CP) plan under the category of neglect.
c|SALT (speech and language therapy) assessment completed, report awaited.
s|The Local Safeguarding Children Partnership (LSCP) has agreed the new exploitation strategy.
c|Nadia was taken to A&E (accident and emergency) after the assault.
m|The Youth Offending Service (YOS) worker gave an update on Bailey.
c|Unaccompanied asylum-seeking child (UASC) status confirmed for Kai.
r|Referral from the child and adolescent mental health service (CAMHS) crisis team.
c|Olivia's personal adviser (PA) will attend the pathway plan review.
c|Domestic abuse, stalking and harassment (DASH) risk checklist completed with mum.
m|Disclosure and Barring Service (DBS) checks on the proposed carers are complete.
c|Children's social care (CSC) have accepted the referral.
s|The Police and Crime Commissioner (PCC) will part-fund the new missing coordinator post.
c|Spoke to the EWO (education welfare officer) who will visit mum about Jade's attendance.
"""

NEUTRAL = """
c|Spoke to my line manager about the caseload.
r|Mum's new partner, who is 38, has been supportive of Tia.
c|Mason's dad is a car dealer and works long hours.
m|The college said Leah's older sister, 22, is a mature student on the nursing course.
c|Kayden was seen running for the bus at 8.15.
c|Ruby (15) has a boyfriend in her year at school who is also 15; no concerns raised by either family.
s|The holding costs for the venue are included in the budget.
c|The train line to the coast was closed so the visit was rescheduled.
r|Skye's parents have been in a relationship for 20 years and both work full time.
c|Callum chose the pizza place for our session and chatted about football.
m|Members agreed the minutes of the last meeting as accurate.
c|Demi went to the cinema with her foster carer at the weekend.
c|Reece owes the library two books and said he'd take them back Monday.
s|Risk assessments for the residential trip must be completed by staff.
c|Amira has been dating a boy from her dance class, both are 14 and both sets of parents know.
c|Harvey held the door open for me and was polite throughout.
r|Nadia's uncle is an antiques dealer in the town and she helps on the stall at weekends.
c|Zara was picked up by mum and went home at 4pm.
m|Chair thanked members; next meeting to be held on 3 March.
c|Connor is saving up for a phone and has a Saturday job at the garden centre.
c|Olivia agreed the plan for her birthday party with her carers.
s|The partnership's new website will hold all the leaflets for parents.
c|Lacey's mum's boyfriend, 41, drove them both to the appointment.
r|Ellie-May is looking forward to the prom and is going with her friends from Year 11.
c|Freya is in the school running club and did a 5k on Saturday.
c|Bailey got a detention for being late to registration, said he missed the bus.
m|The group agreed a risk register for the project will be kept by the coordinator.
c|Kai's brother, 19, is at university and has a girlfriend there.
c|Brooke chose art and drama for her options.
r|Shannon's older sister (24) lives with her partner in the next town.
c|Josh has a new line manager at his apprenticeship and gets on well with him.
c|Darcy fell out with her best friend over a phone charger; they have made up.
s|The partnership's debt to the printing firm has now been paid.
c|Mia spent Saturday at her dad's and they went bowling.
m|Agreed: the partnership will hold a celebration event for the youth forum.
c|Dylan took the number 12 bus into town to see the dentist.
c|Tyler is 12 and is learning to cook with his foster carer.
r|Precious has been seeing a counsellor weekly and finds it helpful.
c|Keeley has been seeing her nan every Sunday.
c|Ola's mum is a mature student at the college, studying social work.
c|Jade and her boyfriend, both in Year 10, went to the cinema with her older cousin.
c|The man at the corner shop, who is in his fifties, runs the shop with his wife.
c|Corey was really chuffed to be picked for the county under-15s football squad and is training three nights a week.
"""

# ---------------------------------------------------------------- build logic
import json, random, re, sys
from collections import Counter
from pathlib import Path

STYLE = {"c": "case_note", "r": "referral", "s": "strategy", "m": "minutes"}
FLAG = {"consent_choice": CONSENT_CHOICE, "blame_cause": BLAME_CAUSE,
        "age_relationship": AGE_RELATIONSHIP, "criminalising": CRIMINALISING,
        "minimising": MINIMISING, "adultifying": ADULTIFYING,
        "self_risk": SELF_RISK, "jargon": JARGON}
OK = {"adult_action": ADULT_ACTION, "quoted_policy": QUOTED_POLICY,
      "correct_usage": CORRECT_USAGE, "explained_acronym": EXPLAINED_ACRONYM,
      "neutral": NEUTRAL}
MIN_PER_GROUP, MIN_TOTAL, SEED = 35, 450, 20261204
# an upper-case acronym: two or more capitals (optionally with & or digits), e.g. MASH, A&E, CSE/CCE parts
ACRO = re.compile(r"(?<![A-Za-z])(?:[A-Z]&[A-Z]|[A-Z]{2,}[0-9]*s?)(?![a-z])")


def parse(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        code, text = line.split("|", 1)
        out.append((text.strip(), STYLE[code]))
    return out


def initials(text):
    return [w[0].lower() for w in re.split(r"[^A-Za-z]+", text) if w]


def expanded(acro, text):
    """loose check: acronym letters appear in order as word initials elsewhere in the sentence"""
    letters = [ch.lower() for ch in acro if ch.isalpha()]
    if letters and letters[-1] == "s" and acro.endswith("s"):
        letters = letters[:-1]
    rest = text.replace(acro, " ")
    it = iter(initials(rest))
    return all(any(i == l for i in it) for l in letters)


def main():
    rows, errors = [], []
    for cat, block in FLAG.items():
        for text, style in parse(block):
            rows.append({"text": text, "label": "flag", "category": cat,
                         "negative_kind": None, "style": style})
    for kind, block in OK.items():
        for text, style in parse(block):
            rows.append({"text": text, "label": "ok", "category": None,
                         "negative_kind": kind, "style": style})

    seen = {}
    for r in rows:
        key = " ".join(r["text"].lower().split())
        if key in seen:
            errors.append(f"duplicate: {r['text']!r}")
        seen[key] = 1
        group = r["category"] or r["negative_kind"]
        acros = ACRO.findall(r["text"])
        if group in ("jargon", "explained_acronym"):
            if not acros:
                errors.append(f"{group} row without acronym: {r['text']!r}")
            if group == "explained_acronym" and not any(expanded(a, r["text"]) for a in acros):
                errors.append(f"explained_acronym row with no visible expansion: {r['text']!r}")
        elif acros:
            errors.append(f"acronym {acros} outside jargon/explained_acronym: {r['text']!r}")
        if (r["label"] == "flag") != (r["category"] is not None) or \
           (r["label"] == "ok") != (r["negative_kind"] is not None):
            errors.append(f"label/category mismatch: {r}")

    cats = Counter(r["category"] for r in rows if r["label"] == "flag")
    kinds = Counter(r["negative_kind"] for r in rows if r["label"] == "ok")
    styles = Counter(r["style"] for r in rows)
    for g in list(FLAG) :
        if cats[g] < MIN_PER_GROUP:
            errors.append(f"category {g} has {cats[g]} < {MIN_PER_GROUP}")
    for g in list(OK):
        if kinds[g] < MIN_PER_GROUP:
            errors.append(f"negative kind {g} has {kinds[g]} < {MIN_PER_GROUP}")
    if len(rows) < MIN_TOTAL:
        errors.append(f"total {len(rows)} < {MIN_TOTAL}")

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    random.Random(SEED).shuffle(rows)
    out = Path(__file__).with_name("set_g.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"G{i:03d}", "text": r["text"], "label": r["label"],
                   "category": r["category"], "negative_kind": r["negative_kind"],
                   "style": r["style"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    labels = Counter(r["label"] for r in rows)
    print(f"total: {len(rows)}  (flag {labels['flag']}, ok {labels['ok']})")
    print("by category (flag):")
    for g in FLAG:
        print(f"  {g:18s} {cats[g]}")
    print("by negative_kind (ok):")
    for g in OK:
        print(f"  {g:18s} {kinds[g]}")
    print("by style:")
    for s in STYLE.values():
        print(f"  {s:18s} {styles[s]}")
    print(f"wrote {out.name}")


if __name__ == "__main__":
    main()
