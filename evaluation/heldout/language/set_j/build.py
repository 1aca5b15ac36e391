#!/usr/bin/env python3
"""Build set J: a hand-written evaluation set for a victim-blaming language checker.

Every sentence below was typed by hand. Each block is (label, category_or_kind, style, text);
one sentence per non-empty line. Nothing is generated, templated or substituted.
Python 3 standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

FLAG_CATS = [
    "consent_choice", "blame_cause", "age_relationship", "criminalising",
    "minimising", "adultifying", "self_risk", "jargon",
]
OK_KINDS = [
    "adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral",
]
STYLES = ["case_note", "referral", "strategy", "minutes"]
MIN_PER_GROUP = 32
MIN_TOTAL = 450
SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set_j.jsonl")

BLOCKS = [
# ---------------------------------------------------------------- consent_choice
("flag", "consent_choice", "case_note", '''
Kayla went to the flat in Walsall willingly and stayed there the whole weekend.
Jayden told me he is happy to carry the parcels because he likes the money, so it looks like this is his own decision.
Amira says she agrees to sleeping with the men at the address and does not see herself as a victim, which I accept.
She keeps going back to him, which to me shows this is what she wants.
Nobody forced Tyler into the car - he got in of his own accord.
Leah was a willing participant in swapping the pictures.
Reece is fully on board with the trips down to the coast and treats it like a job he signed up for.
By her own account at the time, Chloe consented to the sexual activity.
Mo says he decided himself to go out to Norfolk and no one made him.
spoke w/ Skye today, she was well up for meeting the older lads and went along off her own back
Callum makes a decision every Friday to go missing and there is nothing anyone can do about that.
Demi was keen to send the photos and did so voluntarily.
Kacper apparently asked for more of the work himself, he wanted in.
Whenever the men ring, Precious goes - she isnt being dragged there, she goes cos she likes it.
'''),
("flag", "consent_choice", "referral", '''
Reason for referral: 14 yr old female consensually exchanging sex for cigarettes and alcohol.
Aaliyah is actively seeking out older males and initiates the contact on Snapchat herself.
Despite being offered support, the young person has elected to stay involved with the group.
Kacper appears to enjoy the status it brings him and is picking that over school.
Ellie-Mae meets men online for sex and this is by her own choosing.
It appears Tia has agreed to trade sex for somewhere to stay.
Harvey says he goes to the address because he wants to and insists he isn't being made to do anything.
Jordan wants to be involved and has been asking the older boys for more to do.
Sophie has given her consent to the man taking photographs of her.
Rio has made it clear that she is happy with the arrangement and goes there freely.
'''),
("flag", "consent_choice", "strategy", '''
The group heard that the girls involved were consenting and had arranged the parties themselves.
Where a child has willingly taken part in sexual activity with an adult, the threshold for police action may not be met.
It was recognised in the review that Zain agreed to look after the package in exchange for a new pair of trainers.
Ruby's involvement appeared to be voluntary and she was said to have sought the men out.
Young people who opt in to exploitative relationships present a particular challenge for services.
Some children are, to a degree, complicit in what happens to them and this should be acknowledged in planning.
The boys were described as having gone along with it freely and without complaint.
Several of the girls were judged to have been agreeable to the sexual contact at the time it took place.
This is a cohort of young people who are, by and large, there because they want to be.
Leon's participation was found to be self-directed rather than the result of any pressure from others.
'''),
("flag", "consent_choice", "minutes", '''
Police advised Connor was a willing passenger and there was nothing to suggest coercion.
School reported Shannon is happily attending parties at the house and seems to want to be there.
Social worker stated Bradley has chosen this path and there is little more that can be done.
Nia was described as consenting to the relationship with the man.
Chair noted Liam knew the risks and went into it with his eyes open.
Discussion - Paige let the men take photographs and did not object at any point.
Agreed Ibrahim is complicit, as he went along with it every single time.
Youth justice worker said Courtney is a consenting participant rather than someone being groomed.
Josh was described as quite content with the arrangement and as getting what he wanted out of it.
Megan said yes each time so the police will not be taking it further.
Lacey invited the men round herself and nobody pressured her.
Kai would rather stay at the address than at home, which the meeting viewed as up to him.
Mum feels Jade is doing it because she wants to and won't be told otherwise.
'''),
# ---------------------------------------------------------------- blame_cause
("flag", "blame_cause", "case_note", '''
Rio was dressed provocatively that evening, which attracted the men hanging around outside the shop.
If Sophie had not been so drunk she would never have ended up at that house.
The abuse went unnoticed for so long because Dylan keeps lying about where he goes.
Bethany looks much older than 13 and that is why the men approached her.
The assault happened because Jade was out after curfew again.
Her short skirt and heavy make up probably gave them the wrong idea.
Kyle brought this on himself by hanging around the stairwell with the older lads.
Maisie was wasted on vodka and lost her phone so it's no suprise what happened next.
Oliver got battered by them because he was cheeky.
she wore a crop top to the party and thats when the messages started, she needs to think about how she presents herself
It was Lily's flirty behaviour online that led to the images being shared.
Ethan kept running off from placement and that is what exposed him to the group in the first place.
Had Keira not turned up at the party already drunk, none of this would have happened to her.
'''),
("flag", "blame_cause", "referral", '''
The incident is a direct consequence of Courtney's heavy drinking and cannabis use.
Mason ended up in trouble because he was careless and lost what he had been asked to look after.
Hana's attention-seeking behaviour has made her a target.
Leon is regularly late home and this is how he came to be picked up by the men in the car.
The sexual assault took place after Precious got very drunk at a house party.
Her appearance and the way she dresses mean she is taken for older, which has invited the attention.
Aidan's lies to his mum meant nobody knew he was in Grimsby, so this is largely of his own making.
Ryan was assaulted because he mouthed off to the wrong people.
Tia's bad attitude at home is what drove her into the arms of these men.
The grooming was able to carry on because Kayla deleted her messages and lied to staff about having a second phone.
'''),
("flag", "blame_cause", "strategy", '''
Drinking in parks is the main reason local girls are being targeted, and they need to be told this plainly.
The review concluded Chloe's dishonesty with staff was a major factor in the harm that came to her.
Inappropriate clothing and late nights were identified as causes of the exploitation.
Much of the harm stemmed from Callum's aggression towards his carers, which pushed him onto the streets.
It was her habit of sneaking out after dark that led to the abuse.
The exploitation would likely have been avoided had Amira come home on time.
Ashton's disruptive behaviour caused his exclusion and, in turn, his exploitation.
Had she not posted revealing selfies, the man would never have found her.
Several victims were noted to have been intoxicated, and this was considered a key cause of the offences against them.
The boys' own bravado and showing off on social media is what brought them to the attention of the group.
'''),
("flag", "blame_cause", "minutes", '''
Police felt Demi's drunkenness contributed to what happened to her.
Foster carer said Leah's constant lying is why she keeps getting into these situations.
Noted that Kacper being out at 2am was the reason he got stabbed.
School said Skye's sexualised dress is drawing the wrong kind of attention from men.
Discussion re Nia flirting with the taxi drivers, which is felt to have started it all.
Reece's defiance and refusal to follow house rules have led to him being exploited.
Mum said Jade gets abused because she goes off with anyone once she's had a drink.
Worker commented that Tom's mouthiness is what made the older boys turn on him.
It was agreed the images got out because Ellie-Mae sent them in the first place.
Her lateness back to the unit every night is the reason this keeps happening to her.
Bradley's cannabis use was identified as the cause of the debt and the threats that followed.
The carers put the attack down to Precious wearing her sister's clothes and looking eighteen.
'''),
# ---------------------------------------------------------------- age_relationship
("flag", "age_relationship", "case_note", '''
Kayla (14) has a boyfriend who is 22 and he picks her up from school most days.
Jayden's girlfriend is in her mid-twenties and lets him stay over at her flat.
Amira is in a relationship with a 31-year-old man she met at the takeaway.
Leah's partner, aged nineteen, has been topping up her phone credit; Leah is thirteen.
Her bf is 24 and she is in Year 9.
Spoke to Sophie (15) about her older boyfriend, who is in his twenties and drives a black Audi.
Tia says she and her fella, who is 27, are serious and plan to get engaged when she turns sixteen.
Rio, twelve, has been seeing a man in his early thirties since the summer.
15yo Maisie in a relationship w/ 20 yr old male, been together 6 months
Ethan is dating a woman of about 25 who he met at the gym; Ethan is only 15.
'''),
("flag", "age_relationship", "referral", '''
Child (13) has an adult boyfriend aged 18.
Bethany is in a sexual relationship with her 29 year old partner and stays with him most nights; she is 14.
Concern that Year 8 pupil Precious is going out with a man of twenty-one who is the older brother of a friend.
Lacey, 15, describes the 40-year-old as her partner and says they are in love.
Referral: 14-year-old Hana and her boyfriend, who is 23, have been seen kissing in his car.
Shannon (age 12) has a 19 yo boyfriend who she says treats her well.
The young person's current partner is a man in his late thirties; she is in Year 10.
Callum has a girlfriend who is twenty-six; he is fourteen and sees her at weekends.
Paige has been going out with an older man (approx 30) since she was in Year 7.
Megan's relationship with her 20-year-old boyfriend began when she was 13.
'''),
("flag", "age_relationship", "strategy", '''
Where a girl of 14 or 15 is in a relationship with a man in his early twenties, practitioners should weigh up the level of concern.
The review noted that Child D, aged thirteen, had been in a relationship with a man of 35 for over a year.
Relationships between 15-year-olds and men in their twenties are common in the area and are often tolerated by families.
Harvey's girlfriend was 21 at the time and he was a Year 11 pupil.
Several 14 year olds were found to be in relationships with men aged between 18 and 25.
Courtney's long-term partner, a 33-year-old, attended the review meeting with her; she is 16.
The girl, then 12, was dating a 19-year-old who was already known to police.
Aaliyah and her fiancé, who is 28, had a religious ceremony when she was fifteen.
The learning review describes Kai, a Year 10 boy, and his adult girlfriend of 22 as a stable couple.
Girls in Years 9 and 10 who have boyfriends over the age of 18 will be offered healthy relationships sessions.
'''),
("flag", "age_relationship", "minutes", '''
Police confirmed Zain (15) has a girlfriend aged 24.
Mum reported Keira is happy with her boyfriend, who is 22, and she doesn't want to split them up; Keira is 14.
Kyle's older partner (mid twenties) was described as supportive; Kyle is 15.
Discussed Ruby's relationship with the man, 45, who she has been with since she was 13.
School said Demi's boyfriend is nineteen and waits outside the gates; Demi is in Year 9.
Jordan is in a same-sex relationship with a 27 year old; Jordan is fourteen.
Lily and her 18-year-old boyfriend plan to move in together as soon as she finishes Year 11.
Worker noted Nia's boyfriend is about thirty and she is 13.
Chair asked whether Oliver's 25 yo girlfriend is known to services; Oliver is 14.
Reported that 12 year old Skye has a boyfriend in his twenties.
Ellie-Mae, 13, and the 32-year-old she calls her other half have split up again, per her carer.
Agreed Connor's relationship with his 20-year-old girlfriend will be monitored; he is in Year 9.
'''),
# ---------------------------------------------------------------- criminalising
("flag", "criminalising", "case_note", '''
Jayden is a known drug dealer in the Hillside area.
Tyler has been working for a line out of Birmingham since he was 13.
Reece is shotting weed on the estate for pocket money.
Mo is a runner for the older boys and carries the phone for them.
Kacper is part of the gang that hangs around the precinct.
Callum was found with a wrap of crack on him so he's clearly dealing.
Ethan is a drugs mule, he's done at least three trips to Cornwall.
Zain is a gang member and a street level dealer.
Kai owes the line £400 after getting robbed of his stash.
Ryan told me he's been serving up in the park, he's basically a little dealer now
Connor is one of the main faces in the Northside crew.
Harvey holds drugs for the line and sells to users in the flats.
'''),
("flag", "criminalising", "referral", '''
14-year-old male involved in the supply of class A drugs as a dealer.
Josh is a county lines runner and has been arrested twice in Norfolk.
Ashton is recruiting younger kids into the gang and is a perpetrator in his own right.
Aidan is a drug runner travelling between London and Kent.
Mason is trapping out of a flat in Luton.
Leon is employed by a dealer to drop off packages around the town.
The boy has a criminal lifestyle and is affiliated with the Red Row gang.
Dylan is a gang-involved youth who carries knives for the elders.
Oliver is a young offender who sells drugs to fund his own habit.
Nia has been caught concealing drugs for the line and is now a known courier.
'''),
("flag", "criminalising", "strategy", '''
Child drug dealers are increasingly visible in our town centres.
Young runners from out of area are being arrested in our coastal towns.
The report identified twelve juvenile gang members operating in the borough.
A number of young people are running lines on behalf of older criminals.
Youths involved in drug dealing will be referred for enforcement action.
Children working in the drugs trade will be prioritised for disruption.
Teenage dealers are moving between cuckooed addresses across the county.
The 15-year-old was the organiser of the local drugs operation.
Boys who sell for the gangs in the park will be targeted by the new patrols.
The boy acted as the line's main distributor in the south of the county.
'''),
("flag", "criminalising", "minutes", '''
Police stated Reece is a prolific dealer and a known nominal.
Agreed that Tyler is an active gang member and an associate of the Hughes brothers.
Kyle was caught dealing outside the school and has been excluded.
Mo was described as a foot soldier for the Eastside lot.
Youth worker said Jordan is now a soldier in the gang.
Police said Zain has been selling in the park and is on their radar as a supplier.
Noted Callum is back out working the line in Bournemouth.
Kacper's role is lookout and runner for the dealers on Tower Street.
It was confirmed that Ryan was drug running over half term.
Ellie-Mae is holding gear for her older cousin's crew.
'''),
# ---------------------------------------------------------------- minimising
("flag", "minimising", "case_note", '''
It was only a one-off and Chloe seems fine now.
The sexual comments from the older lads are just banter.
Low level concerns only - she's been missing a few times but always comes back.
Jade refuses to engage with any professional.
Dylan is hard to reach and not interested in help.
This is normal behaviour for Kayla, she's always been like this.
The images were just a bit of fun between friends.
Tom doesn't seem bothered by what happened so no further action.
Lacey is not engaging, will close the case.
she's been going missing for years, it's just what she does
Nothing serious, just a bit of rough play with the older boys.
Leah is disengaged and won't work with us.
'''),
("flag", "minimising", "referral", '''
Minor incident at a party, no lasting harm.
Paige is well known to services and this is just more of the same.
The young person repeatedly failed to attend appointments and so the referral was closed.
Harvey won't engage and has declined all offers of support.
Only low level sexual touching was reported.
Skye's missing episodes are typical teenage behaviour.
Not really a concern, she's only been seen with them a couple of times.
Aaliyah is resistant to intervention.
The young person says she is fine about it, so this has been rated low risk.
'''),
("flag", "minimising", "strategy", '''
Young people who do not engage will be stepped down after three failed visits.
The incidents were considered low risk and typical of adolescent experimentation.
Many of these children are simply difficult to reach and uncooperative.
The harm caused by image sharing among pupils is often exaggerated.
Persistent non-engagement by the young person was cited as the reason for case closure.
Being groped in the park is sadly just normal for girls her age.
A degree of risk-taking is part of growing up and should not be over-dramatised.
The review felt that what happened to Megan was more of a misunderstanding than abuse.
The older boys slapping the younger ones about is part of estate life and not a safeguarding matter.
'''),
("flag", "minimising", "minutes", '''
Police described the incident as a bit of horseplay.
Kyle is just not bothered and won't talk to anyone.
Agreed no further action as Shannon "is used to it".
Worker said Bethany just can't be bothered to turn up.
It's only weed, nothing to worry about.
School said the touching was probably just the boys messing about.
Ruby has been missing 40 times so another episode isn't anything unusual.
Noted Rio is being obstructive and is refusing all contact with the team.
Social worker said it's a historic incident and she has moved on from it.
The kiss from the man was a one-time thing, nothing to escalate.
Mild concern only, no further action needed at this time.
'''),
# ---------------------------------------------------------------- adultifying
("flag", "adultifying", "case_note", '''
Tyler is very streetwise for 13 and knows how to handle himself.
Amira is mature beyond her years and understands the situation she is in.
Jayden, 12, is a young man now and can make his own decisions.
Kayla can look after herself; she's been around the block.
Leah is a 14-year-old woman with her own mind.
Reece is very savvy and knows exactly what he is doing.
She acts like she's 20 and holds her own with the older crowd.
Mo is a big lad for 11 and comes across as a grown man.
Chloe (13) is sexually experienced and knows the score.
Connor is a tough kid who doesn't need protecting.
At 14 Demi runs her own life and doesn't need her mum.
Ethan presents as very adult and self-sufficient.
'''),
("flag", "adultifying", "referral", '''
This young lady is 12 years old and is sexually mature.
Josh is fifteen and more than capable of keeping himself safe.
The 13-year-old female is worldly-wise and knows how to get what she wants from men.
Kacper is an independent young man of 12 who manages his own affairs.
She is old for her age and is able to handle these situations by herself.
Aidan, aged 13, is a man of the world.
Despite being 14, Tia is effectively living as an adult and should be treated as one.
Callum is too streetwise to be groomed.
'''),
("flag", "adultifying", "strategy", '''
Older teenagers are often mature enough to spot exploitation for themselves and should be treated accordingly.
Some 15 year olds are hardened individuals who no longer need safeguarding.
The boy, 13, was described throughout the review as a young man who was in control.
Children in this cohort tend to be street smart and resilient and able to protect themselves.
Girls who are physically developed are treated as women in the community and services should reflect this.
The review recorded that Harvey had the maturity of an adult and could handle the pressure.
Young people aged 16 and 17 are adults in all but name.
Zain presented as a confident young man of 12 who could hold his own.
'''),
("flag", "adultifying", "minutes", '''
Police described Nia as a woman who knows her own mind; she is 13.
Foster carer said Kyle is 14 going on 40 and can sort himself out.
Dylan is a very capable lad and doesn't need us babysitting him.
Described as a streetwise 12 year old who can handle anything.
Agreed that Megan, 15, is mature enough to manage without support.
Ryan is basically an adult now, he's 14 and pays his own way.
Skye is hard as nails and can take care of herself.
The social worker said Lily is a tough little madam who can stand up for herself.
Bradley carries himself like an adult and should be spoken to as one.
Jade is very grown up and has an old head on young shoulders.
'''),
# ---------------------------------------------------------------- self_risk
("flag", "self_risk", "case_note", '''
Kayla continues to put herself at risk by going missing.
Jayden keeps placing himself in dangerous situations.
Amira is promiscuous and sleeps around.
Leah makes herself vulnerable by talking to strangers online.
Reece is leading a risky lifestyle.
She is exposing herself to harm every time she goes to those parties.
Mo keeps putting himself in harm's way.
Tia is sexually promiscuous and has multiple partners.
Callum is engaging in risk-taking behaviour.
Chloe's high-risk lifestyle continues.
Bethany is her own worst enemy.
keeps throwing himself in with the wrong crowd, hes his own biggest risk
'''),
("flag", "self_risk", "referral", '''
The young person engages in risky sexual behaviour.
Ellie-Mae is making herself available to older men.
Tyler is at risk because of his own lifestyle.
Megan's sexualised behaviour is placing her in danger.
Shannon is a danger to herself and her behaviour leaves her wide open to harm.
Josh is an at-risk youth who goes looking for trouble.
Paige is sleeping around and exposing herself to infections.
Demi puts herself in vulnerable positions by hitchhiking.
'''),
("flag", "self_risk", "strategy", '''
Young people who put themselves at risk will be offered targeted support.
Risky behaviours such as going missing and promiscuity were noted.
Children leading chaotic lifestyles are more likely to be exploited.
The review identified that Rio continually placed herself in the path of harm.
Girls engaging in risky behaviour online are the focus of this campaign.
Some young people make themselves targets through their own risk-taking.
Aaliyah's self-endangering behaviour was the main theme in the review.
Her lifestyle was described as high risk and chaotic.
'''),
("flag", "self_risk", "minutes", '''
Police advised Oliver is putting himself in risky situations.
School said Ruby is promiscuous with the boys in Year 11.
Worker said Harvey is exposing himself to danger by staying out.
Agreed Kai is at risk because of the way he lives.
Courtney continues to make herself vulnerable to exploitation.
Nia is putting herself in risky situations with men.
Lacey is sexually active with multiple partners and is very risky.
Mum says Ethan courts danger.
Hana is a risk to herself.
Jordan is engaging in high risk behaviours.
'''),
# ---------------------------------------------------------------- jargon
("flag", "jargon", "case_note", '''
Discussed at MACE on Tuesday, outcome to follow.
Kayla has been open to the CSE team since March.
Rang YOT re Jayden, no reply.
NRM submitted for Tyler, awaiting CG decision.
YP seen at home, presented well.
Strat held and s47 agreed.
Amira remains on a CP plan under the category of sexual abuse.
RHI for Chloe completed by the MPS.
LADO informed.
CCE screening tool done, score high.
Leah is open to CAMHS and the ISVA.
Referred to MASH by DSL.
'''),
("flag", "jargon", "referral", '''
Referral via MASH: YP open to CIN.
Reece is known to the CCE team and YOS.
NFA by police, refer to EH.
Request for ICTG support following NRM.
YP has had 3 MFH episodes in the last month.
Previous CLA, now SGO.
Concern re CSA and CSE, SARC attended.
Flagged on PNC, YJ involvement.
'''),
("flag", "jargon", "strategy", '''
All cases will be screened through the MACE panel and tracked on the CE dashboard.
The CSP and LSCP will receive quarterly data on CSE and CCE.
Each YP flagged as high risk will have a multi-agency TAC.
RHIs must be completed within 72 hours by the MPT.
NRM referrals will be made by the SPOC.
The VRU will fund two additional ISVAs.
Outcomes for CiC will be monitored by the IRO.
The CSPR identified learning for the DSP.
'''),
("flag", "jargon", "minutes", '''
Update from YOT: order completed.
MACE agreed to escalate to strat.
SW to complete CE screening and share with DSL.
CP conf booked for the 14th.
Police: NFA. PPN submitted.
EHA closed, stepped up to CIN.
ISVA and CCE worker to co-work.
Action: RHI to be shared with the YP's SW and IRO.
'''),
# ---------------------------------------------------------------- ok: adult_action
("ok", "adult_action", "case_note", '''
The man told Kayla that she had wanted it and had agreed to everything.
Jayden said the older male keeps telling him he is part of the family now and owes him.
Tyler was made to carry drugs by a dealer in his thirties who threatened his little brother.
The adults at the flat plied Sophie with vodka before assaulting her.
The 31-year-old told officers that Amira was his girlfriend; she is 13 and he has been charged.
Reece's phone held messages from an adult dealer telling him where to go.
The perpetrator claimed in interview that Chloe looked older and dressed like an adult.
The man who runs the line told Mo he was a soldier now and had to earn his keep.
The gang leader told Callum he was mature for his age and could handle himself.
The adult drug dealer who had been hanging around the school gates was arrested this morning.
Demi's abuser kept telling her she was promiscuous so that nobody would believe her.
The older men bought Leah a phone and then said she was in debt to them.
'''),
("ok", "adult_action", "referral", '''
The suspect, a 40-year-old man, describes the 14-year-old as his partner; this is being treated as grooming.
Adults linked to the line are using Harvey's family home as a base after threatening his mum.
The man who abused Ellie-Mae told her she was a big girl and knew what she was doing.
A known drug dealer aged 27 has been seen collecting Josh from school.
The men have been telling Aaliyah that she chose this and that her family would be ashamed of her.
The 19-year-old claimed he was in a relationship with the child and did not know her age.
An adult male is selling drugs from the flat and has been forcing Kacper to stay there.
The perpetrator's account is that Tia consented, which is not possible in law at her age.
'''),
("ok", "adult_action", "strategy", '''
Adult dealers are targeting children outside schools and takeaways.
The review found that the perpetrators repeatedly described the girls as willing, to justify their offending.
The men convicted in the case had told the victims they were their boyfriends.
Enforcement will focus on the adults running the lines and the people who supply them.
The adults who run the county line were charged with supplying class A drugs.
The older males used alcohol and drugs to lower the children's resistance.
The convicted man told the court that the boys had been working for him willingly; the judge rejected this.
Gang members in their twenties were filmed recruiting pupils at the bus station.
'''),
("ok", "adult_action", "minutes", '''
Police confirmed the 28-year-old dealer has been remanded.
Officer reported the adult suspect told them Jordan was streetwise and knew the score.
The men dressed Rio in adult clothes and took photographs of her.
The detective reported that the dealer had been grooming Zain since Year 7.
The man on remand claims Nia was his girlfriend; police are clear she is a 13-year-old victim.
The older boys who supply the drugs told Kyle he owed them money for a lost package.
Noted that the gang members were seen waiting outside the school gates again.
Mum's partner was arrested for supplying cannabis to the children in the house.
Dad's friend, a man in his fifties, has been sending Paige money and gifts and is now subject to a disruption notice.
The adults at the party gave Megan drinks and then filmed her.
'''),
# ---------------------------------------------------------------- ok: quoted_policy
("ok", "quoted_policy", "case_note", '''
I have taken the phrase "putting herself at risk" out of Kayla's plan because it places responsibility on her.
The referral originally said Amira was "promiscuous"; I have corrected this to say she is being sexually abused.
The word "streetwise" has been removed from my assessment as it suggests Tyler can protect himself.
Leah's file described her as "out of control"; the team agreed this was blaming and has changed it.
I have stopped using "chaotic" about Bethany, as it makes her sound responsible for the chaos around her.
In line with guidance, "sexually active" has been replaced with "being sexually abused" in Chloe's case file.
Earlier entries call Kyle "known for shotting", which wrongly treats a victim as an offender; see corrected chronology.
Please note I have replaced "runaway" with "missing child" throughout Rio's record.
'''),
("ok", "quoted_policy", "referral", '''
We do not say "child prostitution"; we say that a child is being sexually exploited.
Instead of "boyfriend", please write "a 24-year-old man who is grooming her".
"Consensual" should never be used about sexual activity between a 13-year-old and an adult.
Please replace "refuses to engage" with a description of what we have done to build trust.
Do not write "low level" for any sexual harm against a child; record exactly what happened.
The original referral said Tia "chose to go"; this has been amended because a child cannot choose to be exploited.
"Young man" is not an appropriate way to refer to Mo, who is 12.
The words "drunk" and "dressed provocatively" were struck from the referral because they imply the child caused the assault.
The referrer's note that Precious is "attention seeking" has been replaced with a description of her need for care.
'''),
("ok", "quoted_policy", "strategy", '''
Staff are reminded not to describe children as "drug runners" but as children who are being criminally exploited.
Language such as "risky lifestyle" implies choice and is not used in this authority.
Avoid "in a relationship with" when the other person is an adult; describe the abuse instead.
Rather than saying "she looks older", note that the adults chose to target her.
The terms "willing" and "complicit" are inappropriate for children and must not appear in case records.
Staff should not call a child who holds drugs "part of the gang"; he is being exploited by the group.
The review panel rejected the phrase "hard to reach" and asked why services had been hard for Connor to reach.
The practice note explains that "sending nudes" should be recorded as the child being coerced into producing images.
"Swapping sex for" anything is never a trade a child can make, so that phrase is banned from our paperwork.
Do not say a boy is "working for" someone; say who is exploiting him.
The audit found "not bothered" recorded in eight files and this has been fed back as inappropriate.
The guidance tells us not to use "girlfriend" for a 14-year-old in contact with an adult, as it implies a legitimate relationship.
"Lifestyle choice" is not acceptable in relation to exploited children and was removed from the strategy.
It is wrong to describe a child as "putting herself in danger"; the danger comes from the adults.
'''),
("ok", "quoted_policy", "minutes", '''
The chair challenged the description of Reece as "a dealer" and asked for it to be minuted as exploitation.
"Mature for his age" is unhelpful and was struck from the minutes.
Correction to the previous minutes: Ellie-Mae was not "in a relationship", she was being abused by a 31-year-old.
The word "one-off" was removed at the chair's request; any sexual assault on a child is serious.
The trainer asked us to stop writing "he knew what he was doing" and to write about the pressure on him instead.
"Recruiting others" was queried, as Ashton is himself a victim of the group and was coerced.
Police agreed to withdraw the description of Skye as "putting herself in danger" from their summary.
Members agreed that "can look after herself" should not have been recorded about Demi and asked for it to be deleted.
School accepted that calling Jade "a liar" missed how frightened she was, and will not use it again.
'''),
# ---------------------------------------------------------------- ok: correct_usage
("ok", "correct_usage", "case_note", '''
Kayla is being groomed by a 24-year-old man who has given her gifts and alcohol.
Tyler is being criminally exploited by adults who make him carry drugs and threaten his family.
Adults are responsible for the abuse; Amira cannot consent to what is happening to her.
The men who abused Chloe deliberately got her drunk so that she could not resist.
Jayden is a child victim of criminal exploitation and needs protection, not punishment.
Leah was pressured into sending images by an adult who then threatened to share them.
We have not yet found a way of working that feels safe for Connor, so next week I will try meeting him at the youth club.
Bethany went missing again; we are worried that adults are harbouring her.
Kyle has been beaten by the people exploiting him, who claim he owes them money.
Precious is frightened of the men and does not feel able to tell us what is happening yet.
'''),
("ok", "correct_usage", "referral", '''
Reece has been coerced into moving drugs across the county by older men who control his phone.
The perpetrators targeted Mo because he was out of school and isolated.
Callum has been trafficked around the country by an organised crime group.
Ellie-Mae was raped by two adult men at the address.
Demi is being sexually abused by a man in his twenties who controls where she goes.
Zain was made to hold a weapon by older males who threatened to hurt his mum.
Tia was taken to hotels by adults who sold her for sex to other men.
Aaliyah has told us she is scared of what will happen to her family if she talks.
Shannon is 14 and any sexual activity with the 22-year-old is abuse for which he is responsible.
Paige is being sexually exploited; the man is using her need for somewhere to stay to control her.
'''),
("ok", "correct_usage", "strategy", '''
The older men are using alcohol, cannabis and lifts in cars to entrap the girls.
Josh is a 15-year-old child who is being exploited and should be treated as a victim throughout.
The adults involved are responsible for the harm, regardless of how Ruby was dressed or whether she had been drinking.
It is the abuser who is responsible for the images being shared, not Lily.
Oliver is being exploited through a debt that the group created to control him.
The review found that professionals missed signs that Kacper was being groomed.
Ashton was coerced into bringing younger boys to the group and is himself a victim.
We need to disrupt the adults who are targeting children at the bus station.
When a child does not come to appointments, it is our job to change how we offer help rather than to close the case.
Exploiters deliberately choose children who are excluded, in care or already frightened.
'''),
("ok", "correct_usage", "minutes", '''
Skye's repeated missing episodes indicate that someone is exerting control over her.
Nia's exploiter has been isolating her from her friends and family.
Lacey needs a trusted adult, so the team will keep offering consistent contact even if she cannot talk yet.
Ethan going missing is a sign of exploitation and must be responded to as such.
Mum has been threatened by the men who are exploiting Dylan.
It is the adults who committed crimes here; Rio is a child who has been harmed.
Keira has been subjected to sexual violence and will be offered support from a specialist advocate.
Hana's trauma response means she may not be able to talk about it yet, and that is okay.
Agreed that Mason is a victim of criminal exploitation and that the adults controlling him are the focus for police.
Members noted that Harvey was groomed with food, trainers and attention before he was ever asked to carry anything.
'''),
# ---------------------------------------------------------------- ok: explained_acronym
("ok", "explained_acronym", "case_note", '''
Kayla was discussed at the Multi-Agency Child Exploitation (MACE) meeting on Tuesday.
A National Referral Mechanism (NRM) referral has been made for Tyler as a potential victim of trafficking.
A return home interview (RHI) was offered to Reece after he was found in Swindon.
Mo has been referred to Child and Adolescent Mental Health Services (CAMHS).
Ellie-Mae attended the sexual assault referral centre (SARC) with her mum.
The young person (YP) was seen alone at school and said she felt safer this week.
Josh has had four missing from home (MFH) episodes this month.
Kacper's special guardianship order (SGO) is held by his grandmother.
Police took no further action (NFA) due to insufficient evidence against the man.
'''),
("ok", "explained_acronym", "referral", '''
The Multi-Agency Safeguarding Hub (MASH) received the referral from school this morning.
The designated safeguarding lead (DSL) at the academy made the referral.
Callum is a child looked after (CLA) and lives with foster carers.
The child criminal exploitation (CCE) screening tool was completed at school.
Police have submitted a public protection notice (PPN) after Nia was found at the address.
A Child in Need (CIN) plan has been agreed for Paige.
Ruby has an Education, Health and Care Plan (EHCP) which names her autism.
Aaliyah was referred to the Forced Marriage Unit (FMU) by her school.
The Independent Child Trafficking Guardian (ICTG) service has been asked to support Zain.
'''),
("ok", "explained_acronym", "strategy", '''
The Local Safeguarding Children Partnership (LSCP) will receive the report.
The Violence Reduction Unit (VRU) is funding detached youth work in the town centre.
A Child Safeguarding Practice Review (CSPR) has been commissioned following Kyle's death.
The Community Safety Partnership (CSP) has agreed to fund the project for two years.
The child exploitation (CE) dashboard is updated monthly by the analyst.
The Youth Justice Service (YJS) has agreed to co-work cases with the exploitation team.
The single point of contact (SPOC) for trafficking will make referrals on behalf of the partnership.
Information about the men has been added to the Police National Computer (PNC).
The child sexual exploitation (CSE) team will offer training to taxi drivers.
'''),
("ok", "explained_acronym", "minutes", '''
Amira is subject to a child protection (CP) plan under the category of sexual abuse.
The Independent Sexual Violence Adviser (ISVA) will support Chloe through the court process.
The Local Authority Designated Officer (LADO) has been informed about the youth worker's conduct.
The strategy meeting (strat) agreed a section 47 enquiry.
Demi's independent reviewing officer (IRO) chaired the review.
The Early Help Assessment (EHA) was closed when Harvey's case was stepped up to social care.
A team around the child (TAC) meeting is planned for Friday.
The Youth Offending Team (YOT) will share its assessment with the exploitation worker.
Leah's social worker (SW) will visit with the advocate on Monday.
'''),
# ---------------------------------------------------------------- ok: neutral
("ok", "neutral", "case_note", '''
Mum's new partner, who is 42, works as a car dealer in town.
Jayden still owes the school library three books.
Leah, 15, has been going out with a boy in her class who is also 15.
Chloe ran the 800 metres at sports day and came second.
Mo has joined a running club and goes on Saturday mornings.
Ellie-Mae owes her friend a fiver for the cinema.
Kai was late for school because the bus broke down.
Megan was dressed as a witch for the Halloween disco.
Leon is saving up for a bike with his birthday money.
Hana enjoys swimming and goes with her cousin on Saturdays.
'''),
("ok", "neutral", "referral", '''
Kayla's aunt is a mature student at the university studying nursing.
Tyler's older brother is 24 and lives with his partner, who is 26.
Dad and his girlfriend, both in their forties, have been together for ten years.
Josh's foster carer is a mature and experienced woman who has looked after teenagers for twenty years.
Zain's dad is a second-hand car dealer and works long hours.
Mason's uncle, a man in his thirties, is his main carer and has a long-term partner of a similar age.
Her mum is in a relationship with a 38-year-old man who works as a plumber.
Bradley's grandad is a retired bookmaker who walks him to school.
The elderly neighbour, aged 70, helps Lacey with her homework.
'''),
("ok", "neutral", "strategy", '''
The antiques dealer on the high street has offered work experience places to pupils.
The risk assessment for the school trip to the climbing wall has been completed.
The youth club is running a cooking session on Thursdays.
Staff will be consulted about the new office move before the end of the year.
Amira's nan works as a porter at the hospital, running samples between departments.
Sophie's sister, 19, is engaged to her partner, who is 21.
Nia and her girlfriend, both in Year 11, went to the prom together.
Tom and his boyfriend, both 16 and in the same college class, have been together since Christmas.
The netball club is a mature organisation with a long history in the town.
'''),
("ok", "neutral", "minutes", '''
Callum plays for the under-14s and has been picked as vice-captain.
Demi is working hard for her mock exams.
Harvey has a part-time job delivering newspapers on Sunday mornings, which his mum arranged.
Aaliyah wants to be a police officer when she leaves school.
Skye was chosen to be a school prefect this term.
Ruby has agreed to try the new reading scheme at school.
Rio is working towards her bronze award with the scouts.
Precious has been selected for the county netball squad.
Kyle scored his first goal for the under-15s at the weekend.
The shop manager said he was happy for Keira to do her work experience there.
Ashton's older sister, 23, has a mature attitude to her university studies.
'''),
# ---------------------------------------------------------------- extra paraphrases
("flag", "self_risk", "case_note", '''
Every time Kacper goes back to that address he is walking straight into danger, and he knows it.
Aidan's way of life means he is always one step away from being hurt.
She has a habit of ending up in unsafe places with unsafe people.
Keira seems to go looking for danger wherever she can find it.
Maisie has loose morals and is often with different lads.
'''),
("flag", "self_risk", "minutes", '''
The girl was described as known for sleeping with lots of different men.
Zain keeps exposing himself to exploitation by hanging round the chicken shop late at night.
Skye's recklessness is what leaves her so vulnerable.
Police view Mo's risk as largely self-generated.
'''),
("flag", "adultifying", "case_note", '''
Shannon, 13, is a sexually aware young woman.
At twelve, Jordan is well able to weigh up the pros and cons for himself.
Leon is fourteen but six foot tall and very much a man in how he presents.
Ellie-Mae, who is 13, is a little woman who doesn't need mothering.
Ibrahim is an old soul for 12 and can deal with it on his own.
'''),
("flag", "jargon", "case_note", '''
Risk assessment tool completed, awaiting DSL sign off.
Paige's CiN review brought forward.
yp missing overnight, MFH report made
s.47 joint visit with PPU tomorrow.
'''),
("flag", "minimising", "case_note", '''
Just kids being kids really.
The touching lasted seconds so it was not treated as an assault.
Reece got a bit of a slap from the older lads, nothing major.
Paige had a bad night out but there's no real harm done.
'''),
]


def parse():
    items = []
    for label, group, style, block in BLOCKS:
        for line in block.split("\n"):
            text = line.strip()
            if not text:
                continue
            if label == "flag":
                items.append({"text": text, "label": "flag", "category": group,
                              "negative_kind": None, "style": style})
            else:
                items.append({"text": text, "label": "ok", "category": None,
                              "negative_kind": group, "style": style})
    return items


def check(items):
    errors = []
    seen = {}
    for it in items:
        key = " ".join(it["text"].lower().split())
        if key in seen:
            errors.append("duplicate: %r" % it["text"])
        seen[key] = True
        if it["style"] not in STYLES:
            errors.append("bad style: %r" % it)
        if it["label"] == "flag":
            if it["category"] not in FLAG_CATS or it["negative_kind"] is not None:
                errors.append("bad flag fields: %r" % it)
        elif it["label"] == "ok":
            if it["category"] is not None or it["negative_kind"] not in OK_KINDS:
                errors.append("bad ok fields: %r" % it)
        else:
            errors.append("bad label: %r" % it)
        group = it["category"] or it["negative_kind"]
        if group not in ("jargon", "explained_acronym"):
            if re.search(r"[A-Z]{2,}", it["text"]):
                errors.append("capital run outside jargon/explained_acronym: %r" % it["text"])
        if group == "quoted_policy":
            if not re.search(r'"[^"]+"|\u201c[^\u201d]+\u201d', it["text"]):
                errors.append("quoted_policy without quotation: %r" % it["text"])
    counts = Counter(it["category"] or it["negative_kind"] for it in items)
    for g in FLAG_CATS + OK_KINDS:
        if counts[g] < MIN_PER_GROUP:
            errors.append("too few in %s: %d" % (g, counts[g]))
    if len(items) < MIN_TOTAL:
        errors.append("too few sentences in total: %d" % len(items))
    return errors, counts


def main():
    items = parse()
    errors, counts = check(items)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        print("%d problem(s); nothing written." % len(errors))
        sys.exit(1)
    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            row = {"id": "J%03d" % i, "text": it["text"], "label": it["label"],
                   "category": it["category"], "negative_kind": it["negative_kind"],
                   "style": it["style"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels = Counter(it["label"] for it in items)
    styles = Counter(it["style"] for it in items)
    print("total:", len(items))
    print("labels:", dict(labels))
    print("flag categories:")
    for g in FLAG_CATS:
        print("  %-18s %d" % (g, counts[g]))
    print("ok kinds:")
    for g in OK_KINDS:
        print("  %-18s %d" % (g, counts[g]))
    print("styles:", dict(styles))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
