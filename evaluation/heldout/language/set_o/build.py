#!/usr/bin/env python3
"""Build evaluation set O for a safeguarding language checker.

Every sentence below was typed by hand, one per line, inside a string block
tagged (label, category-or-negative_kind, style). Nothing is generated.
Run:  python3 build.py
All checks run before anything is written; on any failure the script exits
with an error and writes no file.
"""
import json
import random
import re
import sys
from collections import Counter

FLAG_CATS = ["consent_choice", "blame_cause", "age_relationship", "criminalising",
             "minimising", "adultifying", "self_risk", "jargon"]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]
STYLES = ["case_note", "referral", "strategy", "minutes"]
MIN_FLAG_PER_CAT = 20
MIN_OK_PER_KIND = 24
MIN_OK_TOTAL = 125
MIN_TOTAL = 320
SEED = 20261209

BLOCKS = [
# ======================================================================
# FLAG: consent_choice
# ======================================================================
("flag", "consent_choice", "case_note", """
Tegan went to the flat of her own free will again on Saturday and stayed until Sunday afternoon.
Kayden seems quite happy with the arrangement and, from what I could see, nobody is leaning on him to carry.
Amira agreed to meet the 24-year-old at the retail park, knowing full well what would be expected of her.
Leon has been earning decent money out of the deal and clearly sees it as a job he signed up for.
Shania told me she didn't say no at any point, so Friday night appears to have been mutual.
Home visit: Demi was up for going to the party and went along with whatever the older lads suggested.
"""),
("flag", "consent_choice", "referral", """
Ruby is known to be sexually active with a number of older males in the town centre.
It is understood that Oskar willingly travels to the coastal address to sell on behalf of the group.
Precious appears to be trading sexual activity for cannabis and lifts, an exchange she seems comfortable with.
Mother reports that Callum has made a lifestyle choice and is no longer interested in school.
Nia has been going to hotels with adult men and has decided to carry on doing so.
Reece is not being forced into anything; he went into this with his eyes open.
"""),
("flag", "consent_choice", "strategy", """
Risk is somewhat reduced by the fact that Lacey consents to the contact and initiates most of it herself.
Tyrese is a willing participant in the line and has turned down every offer of a way out.
Given that Maisie keeps returning to the address voluntarily, disruption is unlikely to achieve much.
Kirsty is making informed decisions about who she spends her nights with, and professionals should respect that.
The sexual contact between Zara and the 19-year-old appears to have been consensual and will not be pursued further.
Alfie has opted into the group for the status and the cash it brings him.
"""),
("flag", "consent_choice", "minutes", """
Police noted that Sana had agreed to the photographs being taken and had sent them on herself.
School said Brodie is doing this by choice and is quite open about enjoying the money.
The chair commented that Imani had been a party to what happened at the house rather than a target.
Health advised that, as far as they could tell, the sex was with her agreement, so no further concern was recorded.
It was agreed that Josiah knows exactly what he is doing and goes to the trap house of his own accord.
Youth service said Lexi likes the attention and the presents and keeps going back for more.
"""),
# ======================================================================
# FLAG: blame_cause
# ======================================================================
("flag", "blame_cause", "case_note", """
Had Ella not been so drunk at the party, the assault would probably never have happened.
Jaydon got himself into this mess by running up a debt with the older boys.
Mia sent the first picture, so in fairness she started the whole thing.
In my view it was Harvey's mouthing off at the dealers that got him stabbed.
Lola tends to invite this kind of attention by the way she presents herself online.
It was Kacper's own decision to take the drugs that led to the kidnap, so he bears some responsibility for it.
"""),
("flag", "blame_cause", "referral", """
Sophie has been flirting with the men at the takeaway and they have responded to her advances.
Hanging around the bus station at night is what has got Tamsin noticed by these men in the first place.
Dylan's own conduct has contributed significantly to the situation he now finds himself in.
Chloe is a provocative young person and this has led to a number of incidents with adult males.
If Rhys had been honest from the start, most of the harm could have been avoided.
The threats against Jade stem from her decision to share intimate images with a boy she barely knew.
"""),
("flag", "blame_cause", "strategy", """
Much of the risk is of Keira's own making, and she needs to start taking responsibility for that.
Tom has drawn the gang's attention onto himself through his bragging on social media.
Erin's sexualised behaviour around older males is considered the root cause of the exploitation.
The group only picked on Ellis because he kept hanging around trying to impress them.
Poppy's repeated lies to professionals have made her partly culpable for the abuse continuing.
Daniel has nobody but himself to thank for the money he now owes.
"""),
("flag", "blame_cause", "minutes", """
Police stated that Libby had led the man on and should have known how he would react.
It was felt that Mason's attitude is what has caused the trouble he is now facing in the community.
Education reported that Amelia is attention-seeking and that this is why men approach her.
The social worker said Kai was partly at fault for the assault because he went back to the address.
Members agreed that Bella's drinking is the main reason she keeps being abused.
Housing commented that Jordan had brought the gang to the family's door by mixing with them.
"""),
# ======================================================================
# FLAG: age_relationship
# ======================================================================
("flag", "age_relationship", "case_note", """
Spoke to Grace about her boyfriend, who is 26 and has his own flat near the ring road.
Freya and her partner Marcus, 23, seem settled and are talking about getting a place together.
Saw Holly and her fella outside the shop; he is in his thirties and was very polite to me.
Ava's older boyfriend dropped her back at the placement again tonight, well after curfew.
Mollie is currently in a relationship with a 22-year-old man she met on a gaming site.
The couple were seen arguing at the bus stop; Lily, 14, was crying and the man walked off.
"""),
("flag", "age_relationship", "referral", """
Jasmine, aged 13, is dating a man of 20 who picks her up from school most days.
Scarlett has an older partner who keeps her in phone credit and clothes.
Ruby-Lee's ex, who is 25, has been sending her threatening messages since they split up.
Noah, 15, has been staying at weekends with his girlfriend, a woman of 32.
There are concerns about the age gap in Isla's relationship with her 21-year-old partner.
Summer has been sleeping over at her boyfriend's flat; he is 28 and works at the car wash.
"""),
("flag", "age_relationship", "strategy", """
Esme's relationship with the adult male should be monitored for signs that it is becoming controlling.
Work will be done with Phoebe to help her see that her boyfriend is not good for her.
Aim: to support Darcy to end things with Kieran, who is 30.
Charlotte's partner has been spoken to by police about the age of consent.
The 24-year-old and Rosie are thought to have been romantically involved since the summer.
Consider whether Maddie's lover is also in contact with other girls from the home.
"""),
("flag", "age_relationship", "minutes", """
Police confirmed that Abbie's boyfriend is 29 and has previous convictions for violence.
The school nurse said Layla is expecting a baby with her partner, who is 22, and that they are both pleased.
Members discussed the relationship between Megan, 15, and the older man and agreed it was unhealthy.
Children's services noted that Eden's fiancé is now 31 and has moved into the family home.
School raised that Millie had been seen kissing her older boyfriend at the gates.
It was reported that Lucy had broken up with the 27-year-old and was heartbroken about it.
"""),
# ======================================================================
# FLAG: criminalising
# ======================================================================
("flag", "criminalising", "case_note", """
Kyle is a dealer now, pure and simple, and the family know it.
Rhianna has been working the streets around the station again.
Called Jamal's mum; his offending has escalated to holding a blade for his associates.
Nathan is basically a foot soldier for the Birchfield lot.
Skye is now recruiting younger girls herself and should be seen as one of the perpetrators.
Tyler is a seasoned runner who knows the drop-off points better than most of the adults.
"""),
("flag", "criminalising", "referral", """
Ashton is a known drug runner who has been arrested three times this year.
Caitlin has been prostituting herself in exchange for somewhere to stay.
Marley is a gang member and poses a risk to other young people in the placement.
Leo has been supplying class A drugs in the coastal town since the spring.
Kiera is known to sell sex to older men for money and alcohol.
Reggie is a prolific young offender with links to organised crime.
"""),
("flag", "criminalising", "strategy", """
Cameron should be managed as a gang nominal and his movements tracked for enforcement purposes.
Treat Zak as a suspect in the supply offences before any welfare concerns are considered.
Bailey is a drug mule and the priority is to stop him bringing supplies back into the city.
Jenna's involvement in child prostitution needs to be addressed through the youth justice route.
Lewis is part of the criminal network rather than a victim of it.
Aiden's dealing must be stopped, and a robust criminal justice outcome is recommended.
"""),
("flag", "criminalising", "minutes", """
Police described Finley as a mid-level dealer in the network.
The youth worker said Kane has turned into a bit of a hardened criminal over the past year.
It was noted that Chantelle is a sex worker and uses the money to buy alcohol.
Education reported that Devon is running drugs from the school gates at lunchtime.
Members agreed Mikey was one of the perpetrators of the robbery and should be dealt with accordingly.
Probation said Jermaine is running his own line now.
"""),
# ======================================================================
# FLAG: minimising
# ======================================================================
("flag", "minimising", "case_note", """
It was only a bit of touching over clothes, so I don't think it warrants a strategy meeting.
The messages from the man are a bit over-familiar but nothing to get worked up about.
Dom has only been asked to hold the odd small package now and then, so it's fairly low-level.
Keeley seemed fine afterwards and was laughing, so there may be no lasting harm.
The older boys were just messing about with Arlo; it was horseplay that went a bit far.
Lottie's mum thinks it's a passing phase and I'm inclined to agree with her.
"""),
("flag", "minimising", "referral", """
There has been a minor incident of sexting between Neve and an adult, which has now stopped.
Rory has only gone missing twice and was found safe both times.
The exchange of images was a silly mistake and Abi is embarrassed rather than harmed.
Luca was knocked about a bit by the older lads but did not need any medical treatment.
This appears to be normal teenage experimentation with older friends.
The man just bought Tia a few drinks and a kebab, so no real harm was done.
"""),
("flag", "minimising", "strategy", """
As the grooming is still at an early stage, it is not yet serious enough for a multi-agency response.
Only one sexual assault has been disclosed, so risk is assessed as medium.
The threats Josh received are typical playground bravado and can be managed by school.
The cannabis use is recreational and not thought to be linked to anything more sinister.
It is likely that Evie is exaggerating how serious things were at the flat.
The image-sharing was a one-off lapse of judgement and does not need to be escalated.
"""),
("flag", "minimising", "minutes", """
The chair felt that Ollie's missing episodes were simply him staying out late with mates.
Police said the scuffle with the older lads was handbags and not worth recording.
School described the touching in the changing rooms as boys being boys.
Health said the bruising was minor and that Georgia had probably just fallen over while drunk.
It was agreed that the adult's messages were more creepy than criminal and no action would be taken.
Members felt Ravi was overreacting about the debt and that it would all blow over.
"""),
# ======================================================================
# FLAG: adultifying
# ======================================================================
("flag", "adultifying", "case_note", """
Ayesha is fifteen going on thirty and can more than handle herself with those men.
Marcus is built like a grown man and comes across as intimidating rather than vulnerable.
Very streetwise lad; Connor knows the score and doesn't need any hand-holding.
Shanice acts and dresses like a woman, so it is understandable that people take her for older.
Rocco is effectively the man of the house and takes care of business for the family.
Visited Niamh, who is very mature for 13 and talks like someone who has seen it all.
"""),
("flag", "adultifying", "referral", """
Despite being 14, Kofi comes across as a fully grown adult and is treated as one by everyone around him.
Leah is a sexually mature young woman well beyond her 14 years.
Jaden is a physically imposing young man who can look after himself on the street.
Tiana is worldly-wise and has been around the block, so she is less at risk than other girls her age.
Warren is fifteen but thinks and behaves like a seasoned adult.
Farah is old for her years and has adult responsibilities, so she is not naive about what these men want.
"""),
("flag", "adultifying", "strategy", """
Given Jevon's size and attitude, he should be approached as an adult would be.
Macy is savvy and resilient enough to manage the risk from the group without intensive support.
Courtney has been living like an adult for years and will not respond to child-focused work.
Owen is a young man rather than a child in any meaningful sense.
As Kacie is nearly 16 and worldly, the safety plan can rest on her own judgement.
Danny seems older than his years and is able to hold his own with the adults at the address.
"""),
("flag", "adultifying", "minutes", """
Police described Malachi as a man, not a boy, and said he was aggressive during the stop.
The placement manager said Roxanne is 14 but looks and behaves like she is about 20.
School said Elijah is street smart and is not what you would call a vulnerable kid.
Members noted that Chelsea is an adult in all but name and makes her own way in the world.
The worker said Dion is far too grown-up now to get anything out of the youth club.
Health described Aaliyah as a confident young lady who knows her own mind where men are concerned.
"""),
# ======================================================================
# FLAG: self_risk
# ======================================================================
("flag", "self_risk", "case_note", """
Once again Kayla has put herself in a dangerous position by getting into cars with men she doesn't know.
Bradley keeps exposing himself to harm by going back to that estate.
Amber refuses to do anything to keep herself safe despite all the advice she has been given.
Marcel continues to make himself vulnerable by staying out overnight in the city centre.
I reminded Chloe-Ann that she is making poor choices and walking straight into harm's way.
Harley leads a high-risk lifestyle and knocks about with known criminals.
"""),
("flag", "self_risk", "referral", """
Taylor is placing herself at significant risk by meeting adult males she has met online.
Jacob engages in risk-taking behaviour and is frequently in the company of older men.
Georgie has repeatedly put herself in situations where she could be sexually exploited.
Lucas continues to associate with risky peers despite repeated warnings.
Bethany's risky behaviours include drinking and going to parties with adults.
Zain does not appear to recognise the danger he keeps putting himself in.
"""),
("flag", "self_risk", "strategy", """
Objective: for Sienna to stop putting herself at risk of sexual harm.
Kieran needs to take steps to reduce his own risk-taking.
The main worry is Ruby-Mae's habit of making herself available to older men.
Safety plan: Oliver to stop going to places where he knows he will be exploited.
Holly-Jo keeps walking into danger with her eyes wide open.
Work with Ethan on why he continues to expose himself to criminal exploitation.
"""),
("flag", "self_risk", "minutes", """
School stated that Nadia puts herself at risk on a daily basis.
Police said Troy is not doing himself any favours by going missing so often.
It was noted that Mariam continues to engage in risky sexual behaviour.
Members agreed that Corey's own behaviour is the biggest risk factor in his life.
The social worker reported that Lacey-Jane keeps landing herself in unsafe situations.
Education said Ibrahim just will not stay away from the people who are hurting him.
"""),
# ======================================================================
# FLAG: jargon (unexplained acronyms)
# ======================================================================
("flag", "jargon", "case_note", """
Discussed with DSL re CSE concerns, agreed to send MASH referral.
Strat held, s47 to be initiated, ABE to be arranged for Friday.
Tried to complete RHI after MFH episode but Kian declined.
Chased CAMHS re waiting list, nothing back yet; TAC booked for next week.
Logged with SPOC, NRM submitted and awaiting SCA decision.
Updated the CIN plan after the ICPC outcome letter arrived.
"""),
("flag", "jargon", "referral", """
Referral to MACE panel for CCE screening following two MFH episodes.
Leon is CLA under s20 and has an open YOT order.
Please progress to LADO as the adult concerned is a PCSO.
Concerns now meet threshold for CP; EHA was closed last month.
Request for CSE risk screening tool to be completed by allocated SW.
Young person has an EHCP, attends the PRU and is known to the VRU.
"""),
("flag", "jargon", "strategy", """
Outcome: s47, joint ABE with police, NRM referral by the LA.
MARAC flag on mother's address; DA history noted on file.
IOM to be informed, NFA for now pending forensic results.
Refer to SARC and ISVA; consider CEOP report.
CSPR rapid review may be needed if RUI status continues.
Agree CP plan under category of sexual abuse, RCPC in three months.
"""),
("flag", "jargon", "minutes", """
DS Harlow advised that the s47 would run alongside the CCE investigation.
IRO queried whether the PEP reflected the CSE risk.
CSC confirmed the HSB assessment would be done by the AIM-trained worker.
The VRU rep asked whether the NRM had been submitted by the FR.
DSL said the MFH protocol had been followed and an RHI offered.
SW to update the MACE tracker and share with the SPOC by Friday.
"""),
# ======================================================================
# OK: adult_action
# ======================================================================
("ok", "adult_action", "case_note", """
The man known as Dex drove Tegan to the flat on Saturday and kept her there until Sunday afternoon.
Kayden told me the older boys made him carry a package and said they would hurt his brother if he refused.
A 24-year-old man arranged to meet Amira at the retail park after grooming her online for several weeks.
The adults running the line pay Leon small amounts of cash to keep him coming back.
The men at the party gave Demi vodka and then pressured her into going upstairs.
The group staged a robbery of the drugs Jaydon was holding and then told him he owed them for the loss.
The men at the address treat Danny as if he were an adult, giving him jobs and paying him like staff.
"""),
("ok", "adult_action", "referral", """
Adult males in the town centre have been sexually exploiting Ruby since at least March.
A group of adults is using Oskar to transport drugs to a coastal address.
Men have been giving Precious cannabis and lifts in return for sexual activity, which is abuse.
An adult male, Kieran Platt, aged 30, has been picking Darcy up from school and taking her to his flat.
The perpetrators filmed the assault on Sophie and have threatened to share the video.
A 26-year-old man has been sending Jasmine money and gifts to make her dependent on him.
Older members of the group have threatened Reece's mother in order to keep him compliant.
"""),
("ok", "adult_action", "strategy", """
The adults exploiting Tyrese have moved him between three addresses to avoid detection.
The 19-year-old has been grooming Zara, and police will consider what offences he has committed.
Disruption will target the men who are bringing Maisie to the address.
The network recruits children through social media and then uses threats to hold on to them.
The abuser controls Lacey by limiting her contact with her family and checking her phone.
Those running the line deliberately recruit children who have had no previous contact with police.
The group told Kyle he had chosen this life, which is a familiar way of keeping children silent.
"""),
("ok", "adult_action", "minutes", """
Police reported that the man blackmailed Mia after obtaining a photograph from her by deception.
Youth service said the older males had been buying Lexi presents as part of the grooming.
It was noted that the suspect stabbed Harvey after Harvey tried to leave the group.
The nurse explained that a 22-year-old man made Layla pregnant when she was 14, and this is being investigated as a sexual offence against a child.
Police confirmed that the man had supplied Bella with alcohol before assaulting her.
School reported that an older male had been waiting outside the gates to collect Millie.
Members heard that the gang had kidnapped Kacper and held him for two days over a debt they invented.
"""),
# ======================================================================
# OK: quoted_policy
# ======================================================================
("ok", "quoted_policy", "case_note", """
I have not written that Tegan goes to the flat "of her own free will", because she is a child who is being groomed.
Mum described Callum's situation as a "lifestyle choice"; I explained that children cannot choose to be exploited.
I corrected the earlier entry that called Marcus Freya's "boyfriend"; he is a 23-year-old man who is abusing her.
The phrase "putting herself at risk" has been removed from Kayla's record and replaced with a description of what the men did.
Kyle should not be described as "a dealer" anywhere in this file; he is a child being criminally exploited.
Shania said she "didn't say no", and I have recorded that a child cannot consent to her own exploitation.
Earlier notes describe Demi as "up for it"; this wording is wrong and has been raised with the author.
"""),
("ok", "quoted_policy", "referral", """
The previous referral described Ruby as "sexually active with older males"; it should have said that adult males are sexually abusing her.
Please do not refer to Caitlin as "prostituting herself"; she is a child who is being sexually exploited.
Although school called Ayesha "fifteen going on thirty", she is 15 and entitled to the same protection as any child.
The term "risk-taking behaviour" has not been used in this referral because it shifts responsibility onto Jacob.
We are not using the label "gang nominal" for Cameron, as he is a 15-year-old victim of criminal exploitation.
The family called the image-sharing "a silly mistake", but the adult's requests for images are abuse.
Where earlier records say Nia "decided to carry on", this should be read as the effect of grooming, not a free choice.
"""),
("ok", "quoted_policy", "strategy", """
The group agreed to stop using "willing participant" about Tyrese, as it implies a consent he is unable to give.
Language note: replace "relationship" with a plain description of the abuse whenever the 19-year-old and Zara are discussed.
Professionals should avoid saying Lacey "initiates contact"; the adult has groomed her into doing so.
This plan does not describe Bailey as a "drug mule", because that frames him as an offender.
The words "low-level" will not be used about the grooming of Keeley, since any grooming is serious harm.
Members were reminded that being "streetwise" does not make a child safe from exploitation.
Any suggestion that Keira's risk is "of her own making" is rejected; responsibility lies with the adults harming her.
"""),
("ok", "quoted_policy", "minutes", """
The chair challenged the description of Ollie as "just staying out with mates" and asked for the missing episodes to be reviewed.
Health asked for the word "consensual" to be taken out of the last set of minutes, as Zara is 14.
Police accepted that calling Finley a "mid-level dealer" was inappropriate and will refer to him as an exploited child.
School apologised for describing the touching as "boys being boys" and has opened a safeguarding log.
The independent chair noted that "promiscuous" had appeared in three reports and asked that it not be used again.
It was agreed that the phrase "brought it on herself" has no place in any record about Libby.
Members agreed that "young woman" should not be used for Roxanne, who is 14, as it can hide the fact that she is a child.
"""),
# ======================================================================
# OK: correct_usage
# ======================================================================
("ok", "correct_usage", "case_note", """
Tegan is being sexually exploited by adults who take her to a flat in the town centre.
Kayden is a victim of criminal exploitation and has been coerced into carrying drugs.
Amira is at risk of sexual exploitation from a man she met online.
Leon has been groomed into the group and told me he feels he cannot leave.
Jaydon is being held in debt bondage by the people exploiting him.
Shania does not yet see herself as a victim, which is common for children who have been groomed.
Demi is 14 and cannot legally consent to sexual activity with the adults at the party.
"""),
("ok", "correct_usage", "referral", """
Ruby is a 15-year-old child who is being sexually abused by adult males.
Oskar is a child who is being criminally exploited to transport drugs.
Callum has stopped attending school, which is a known indicator of criminal exploitation.
Nia's repeated missing episodes suggest she is under the control of the adults she is with.
Reece appears to be trapped by threats and debt and is not free to leave.
Grace calls the 26-year-old her boyfriend; in this referral he is described as the adult who is abusing her.
Caitlin is being exploited by adults who offer her somewhere to stay in exchange for sex.
"""),
("ok", "correct_usage", "strategy", """
Tyrese is a child victim of criminal exploitation, and the response will be led by safeguarding rather than enforcement.
Maisie is repeatedly being taken to the address by adults, so disruption will focus on them.
The plan will help Lacey understand how she has been groomed, without blaming her for any of it.
Zara is 14, and the law is clear that she cannot consent to sexual activity.
Alfie has been drawn into the group through grooming and offers of money, and he needs protection.
The risk to Kirsty comes from the adults who are exploiting her, not from her own actions.
Any criminal proceedings against Zak will take account of the statutory defence for victims of modern slavery.
"""),
("ok", "correct_usage", "minutes", """
Police confirmed that Finley is being treated as a victim of exploitation in the supply investigation.
The chair reminded members that Libby is a child who has been sexually abused.
Health said Layla is a 14-year-old who has been abused by an adult and that her pregnancy is a result of that abuse.
School agreed that Devon is being exploited and that excluding him would increase his risk.
Members agreed that Abbie is being groomed by a 29-year-old man.
Youth service described Ayesha as a 15-year-old child who needs protecting, however confident she seems.
The social worker said Kai was assaulted after the group took him back to the address.
"""),
# ======================================================================
# OK: explained_acronym
# ======================================================================
("ok", "explained_acronym", "case_note", """
I spoke to the designated safeguarding lead (DSL) at school about Tegan's attendance.
A return home interview (RHI) was offered to Kian after he came back on Sunday.
Logged the concerns with the multi-agency safeguarding hub (MASH) this afternoon.
Kayden's mum agreed to a referral to child and adolescent mental health services (CAMHS).
Leon's worker at the youth offending team (YOT) rang to share concerns about exploitation.
Amira was seen at the sexual assault referral centre (SARC) yesterday with her foster carer.
Checked with the single point of contact (SPOC) for modern slavery whether Jaydon's form had gone in.
"""),
("ok", "explained_acronym", "referral", """
Ruby meets the threshold for screening under the child sexual exploitation (CSE) pathway.
A referral to the National Referral Mechanism (NRM) is being made for Oskar as a child victim of exploitation.
Callum has an education, health and care plan (EHCP) and attends a specialist provision.
Nia has been reported missing from home (MFH) four times since January.
Reece is open to children's social care (CSC) under a child in need plan.
Please consider a referral to an independent sexual violence adviser (ISVA) for Precious.
Caitlin has been placed at a pupil referral unit (PRU) and her attendance there is poor.
"""),
("ok", "explained_acronym", "strategy", """
The case will be heard at the multi-agency child exploitation (MACE) panel next month.
A child protection (CP) plan will be considered at the initial conference.
The local authority designated officer (LADO) will be consulted about the football coach.
Police will arrange an achieving best evidence (ABE) interview once Maisie feels ready.
An early help assessment (EHA) will be offered to Lacey's younger brother.
The violence reduction unit (VRU) will fund a detached youth worker for the estate.
Zak was released under investigation (RUI), and his solicitor has been told he is a suspected victim of exploitation.
"""),
("ok", "explained_acronym", "minutes", """
The independent reviewing officer (IRO) asked for Finley's care plan to address exploitation.
Police confirmed that a harmful sexual behaviour (HSB) assessment had been requested for the older pupil.
The team around the child (TAC) will meet again in four weeks.
Members agreed to ask the single competent authority (SCA) for an update on Devon's case.
The virtual school confirmed that Layla's personal education plan (PEP) had been updated.
A child safeguarding practice review (CSPR) will be considered if the criteria are met.
The chair noted that the multi-agency risk assessment conference (MARAC) had discussed the mother's case.
"""),
# ======================================================================
# OK: neutral
# ======================================================================
("ok", "neutral", "case_note", """
Visited Tegan at home at 4pm; she was watching television with her younger sister.
Kayden attended his dental appointment and was collected by his nan afterwards.
Amira asked whether she could change her phone number and I said I would help her do that.
Leon's school reported full attendance this week.
Rang Demi's mum to confirm the time of Thursday's meeting.
Jaydon talked about wanting to go to college to study motor mechanics.
Shania's foster carer says she has been sleeping better since the move.
"""),
("ok", "neutral", "referral", """
Ruby lives with her mother and two younger brothers in a rented flat.
Oskar is in Year 10 and his predicted grades are mostly fours and fives.
Callum's father works nights and is often asleep when Callum gets home.
Nia has a sister aged 19 who lives in the same town.
The family moved to the area eighteen months ago from the north-east.
Precious is registered with a local family doctor and her immunisations are up to date.
Reece enjoys football and used to play for a local club on Sundays.
"""),
("ok", "neutral", "strategy", """
The next review will take place on 14 March at the civic centre.
The social worker will visit Tyrese weekly and share updates with his school.
Maisie's carers will be given a contact number for the out-of-hours team.
Information from this meeting will be shared with the family unless doing so would increase risk.
Lacey has asked for a female worker, and this will be arranged.
Alfie's views will be gathered by his advocate before the review.
Zara's school will arrange a quiet space she can use at break times.
"""),
("ok", "neutral", "minutes", """
Apologies were received from the housing officer and the school nurse.
The minutes of the previous meeting were agreed as an accurate record.
Police gave an update on the investigation, which remains ongoing.
School reported that Devon's attendance has improved to 86 per cent.
The chair thanked members for their contributions and closed the meeting at 11:40.
Health confirmed that Layla has attended all of her antenatal appointments.
Members noted that Kai has started a boxing course at the youth centre.
"""),
]

# ----------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------
CAPS_RUN = re.compile(r"[A-Z]{2,}")
QUOTED = re.compile(r'"[^"]+"')
EXPL = re.compile(r"\(([A-Z]{2,})(s?)\)")
STOPWORDS = {"and", "of", "the", "for", "to", "in", "on", "a"}


def die(msg):
    sys.stderr.write("BUILD FAILED: " + msg + "\n")
    sys.exit(1)


def expansion_matches(before, acr):
    """Initials of the words directly before '(ACR)' must spell ACR.

    Hyphenated words count as separate words; small linking words
    (and, of, the, ...) may be skipped when they do not supply a letter."""
    if not before.endswith(" ") or before.endswith("  "):
        return False
    if not before.rstrip()[-1:].isalpha():
        return False
    words = [re.sub(r"[^A-Za-z']", "", w) for w in re.split(r"[\s\-]+", before.strip())]
    words = [w for w in words if w]
    i = len(words) - 1
    for letter in reversed(acr.lower()):
        matched = False
        while i >= 0:
            w = words[i]
            i -= 1
            if w[0].lower() == letter:
                matched = True
                break
            if w.lower() in STOPWORDS:
                continue
            return False
        if not matched:
            return False
    return True


def check_rows(rows):
    seen = {}
    for r in rows:
        t = r["text"]
        where = "[%s/%s/%s] %r" % (r["label"], r["category"] or r["negative_kind"], r["style"], t)
        if r["style"] not in STYLES:
            die("invalid style " + where)
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATS or r["negative_kind"] is not None:
                die("flag row lacks valid category / has negative_kind " + where)
        elif r["label"] == "ok":
            if r["negative_kind"] not in OK_KINDS or r["category"] is not None:
                die("ok row lacks valid negative_kind / has category " + where)
        else:
            die("invalid label " + where)
        if not t or t != t.strip():
            die("empty or untrimmed text " + where)
        key = " ".join(t.split()).lower()
        if key in seen:
            die("duplicate sentence " + where + " == " + repr(seen[key]))
        seen[key] = t
        kind = r["category"] or r["negative_kind"]
        if kind == "quoted_policy" and not QUOTED.search(t):
            die("quoted_policy row has no phrase in double quotes " + where)
        if kind not in ("jargon", "explained_acronym") and CAPS_RUN.search(t):
            die("capital-letter run outside jargon/explained_acronym " + where)
        if kind == "jargon":
            if not (CAPS_RUN.search(t) or re.search(r"\bs47\b", t)):
                die("jargon row contains no acronym or s47 " + where)
            if "(" in t or ")" in t or "[" in t or "]" in t:
                die("jargon row contains brackets (may explain its acronym) " + where)
        if kind == "explained_acronym":
            runs = CAPS_RUN.findall(t)
            if len(runs) != 1:
                die("explained_acronym row must contain exactly one acronym " + where)
            ms = list(EXPL.finditer(t))
            if len(ms) != 1 or ms[0].group(1) != runs[0]:
                die("explained_acronym acronym not written as (ACR) " + where)
            if not expansion_matches(t[:ms[0].start()], ms[0].group(1)):
                die("explained_acronym (ACR) not directly after its expansion " + where)
            if re.search(r"\bs47\b", t):
                die("explained_acronym row contains s47 " + where)

    cat_counts = Counter(r["category"] for r in rows if r["label"] == "flag")
    kind_counts = Counter(r["negative_kind"] for r in rows if r["label"] == "ok")
    for c in FLAG_CATS:
        if cat_counts[c] < MIN_FLAG_PER_CAT:
            die("category %s has %d < %d" % (c, cat_counts[c], MIN_FLAG_PER_CAT))
    for k in OK_KINDS:
        if kind_counts[k] < MIN_OK_PER_KIND:
            die("negative_kind %s has %d < %d" % (k, kind_counts[k], MIN_OK_PER_KIND))
    n_ok = sum(kind_counts.values())
    if n_ok < MIN_OK_TOTAL:
        die("only %d ok rows (< %d)" % (n_ok, MIN_OK_TOTAL))
    if len(rows) < MIN_TOTAL:
        die("only %d rows (< %d)" % (len(rows), MIN_TOTAL))
    pairs = Counter((r["category"] or r["negative_kind"], r["style"]) for r in rows)
    for c in FLAG_CATS + OK_KINDS:
        for s in STYLES:
            if pairs[(c, s)] == 0:
                die("style %s unused in %s" % (s, c))


def collect():
    rows = []
    for block in BLOCKS:
        if len(block) != 4:
            die("malformed block tag %r" % (block[:3],))
        label, kind, style, text = block
        lines = [ln.strip() for ln in text.strip("\n").split("\n")]
        for ln in lines:
            if not ln:
                die("blank line inside block %r" % ((label, kind, style),))
            rows.append({
                "text": ln,
                "label": label,
                "category": kind if label == "flag" else None,
                "negative_kind": kind if label == "ok" else None,
                "style": style,
            })
    return rows


def counts_table(rows):
    groups = [("flag", c) for c in FLAG_CATS] + [("ok", k) for k in OK_KINDS]
    pairs = Counter((r["label"], r["category"] or r["negative_kind"], r["style"]) for r in rows)
    head = "| label | category / negative_kind | " + " | ".join(STYLES) + " | total |"
    sep = "|" + "---|" * (len(STYLES) + 3)
    out = [head, sep]
    for lab, k in groups:
        vals = [pairs[(lab, k, s)] for s in STYLES]
        out.append("| %s | %s | %s | %d |" % (lab, k, " | ".join(str(v) for v in vals), sum(vals)))
    for lab in ("flag", "ok"):
        vals = [sum(pairs[(lab, k, s)] for (l2, k) in groups if l2 == lab) for s in STYLES]
        out.append("| **%s total** | | %s | **%d** |" % (lab, " | ".join(str(v) for v in vals), sum(vals)))
    vals = [sum(1 for r in rows if r["style"] == s) for s in STYLES]
    out.append("| **all** | | %s | **%d** |" % (" | ".join(str(v) for v in vals), sum(vals)))
    return "\n".join(out)


README_TEMPLATE = """# Evaluation set O — safeguarding language checker

**Author:** an independent helper session that saw nothing but this folder
(`/work/sets/lang_o/`). No other files on the machine, no search tools,
repositories or web pages were used; every sentence comes from general
knowledge and was typed by hand.

**Date:** 2026-12-05

## Files

- `build.py` — the hand-typed sentences plus all checks; run `python3 build.py`.
- `set_o.jsonl` — the set, one JSON object per line (UTF-8, `ensure_ascii=False`),
  fields `id`, `text`, `label` (`flag` / `ok`), `category`, `negative_kind`, `style`.
- `README_set_o.md` — this file (written by `build.py`).

## What is measured

A "language checker" for UK child-exploitation partnerships (children's social
care, police, health, schools, youth services) should **flag** victim-blaming,
adultifying, criminalising or minimising wording about children, and unexplained
jargon, and should **not** flag appropriate writing.

Flag categories (`label = flag`, `negative_kind = null`):

| category | meaning |
|---|---|
| consent_choice | implies the child chose, agreed to or consented to the abuse/exploitation |
| blame_cause | says or implies the child caused the abuse or is (partly) to blame |
| age_relationship | frames an abusive adult as a partner/boyfriend/girlfriend, or the abuse as a relationship |
| criminalising | describes the exploited child as an offender (dealer, runner, prostitute, gang member, perpetrator) |
| minimising | downplays the abuse (only, just, low-level, a phase, banter, silly mistake, no harm done) |
| adultifying | treats the child as older, more mature or more capable than a child |
| self_risk | says the child puts themselves at risk / makes themselves vulnerable |
| jargon | an unexplained acronym (or `s47`) |

Ok kinds (`label = ok`, `category = null`):

| negative_kind | meaning |
|---|---|
| adult_action | describes what abusers did, using the same topic words as flagged rows |
| quoted_policy | quotes a bad phrase in double quotes in order to reject or correct it |
| correct_usage | correct safeguarding description of the child as a victim |
| explained_acronym | exactly one acronym, written as `(ACR)` straight after its expansion |
| neutral | ordinary case-record sentences on the same cases (visits, attendance, logistics) |

Styles: `case_note`, `referral`, `strategy`, `minutes`; every style is used in
every category and every kind.

## How it was built

All {n} sentences are typed by hand in `build.py`, one per line, in 52 string
blocks, each block tagged `(label, category-or-negative_kind, style)`. There are
no generators, templates, substitution loops or copied text. The script reads the
blocks, runs the checks below, shuffles the rows with `random.Random({seed})`,
numbers them `O001`, `O002`, ... in shuffled order and writes `set_o.jsonl` and
this README. All names are invented.

The ok rows deliberately re-use the children, places and topic words of the flag
rows (the same Tegan, flat, debt, boyfriend, party, line, risk, consent...), so a
checker that reacts only to topic words will fail them. Many ok rows are near
mirror images of flagged rows: for example the flagged "Tegan went to the flat of
her own free will again on Saturday..." against the ok "The man known as Dex drove
Tegan to the flat on Saturday...", and the ok quoted_policy row that quotes "of her
own free will" in order to reject it.

## Checks (build stops with an error and writes nothing if any fails)

1. No two sentences are the same ignoring case and whitespace.
2. Each flag category has at least {min_flag} rows; each ok kind at least {min_ok};
   at least {min_ok_total} ok rows; at least {min_total} rows in all.
3. Flag rows have a valid category and `negative_kind = null`; ok rows have a valid
   `negative_kind` and `category = null`; the label is `flag` or `ok`.
4. Style is one of `case_note`, `referral`, `strategy`, `minutes`, and every style
   occurs in every category and kind.
5. Every quoted_policy row contains a phrase in double quotes.
6. No row outside jargon and explained_acronym contains two or more capital letters
   in a row (so those rows contain no acronyms at all).
7. Every jargon row contains an acronym (two or more capitals in a row) or `s47`, and
   contains no brackets at all (stricter than "does not explain its acronym in
   brackets": any bracket is refused).
8. Every explained_acronym row contains exactly one run of capitals, written as
   `(ACR)` (an optional plural `s` is allowed), preceded by exactly one space and by
   an expansion whose word initials spell the acronym (hyphenated parts count as
   words; linking words such as "and", "of", "the" may be skipped).
9. No empty or untrimmed lines.

## Counts

{table}

## Judgement calls

- **Child's words vs the writer's conclusion.** Flag rows sometimes report what the
  child said ("Shania told me she didn't say no..."), but the flag always rests on
  the writer's own conclusion ("...so Friday night appears to have been mutual").
  The matching ok row records the same words and states that a child cannot consent.
- **Overlapping categories.** Several harmful sentences could sit in two categories
  (e.g. "Daniel has nobody but himself to thank for the money he now owes" is blame
  and touches debt minimising; "making herself available to older men" is self-risk
  and blame). Each row is assigned to the category that names its main fault; a
  checker is scored on flag/ok first, category second.
- **"Young woman" / "young man".** Used as adultifying only where the sentence leans
  on it to suggest maturity or capability ("a young man rather than a child in any
  meaningful sense", "a sexually mature young woman well beyond her 14 years"). The
  phrase appears in an ok row only inside quotes, being rejected.
- **Age-relationship without the word "boyfriend".** Rows such as "Aim: to support
  Darcy to end things with Kieran, who is 30" or "The couple were seen arguing..."
  are flagged because they frame the abuse as a relationship between equals, even
  without a partner word.
- **Criminalising vs correct description of events.** "Devon is running drugs from
  the school gates" is flagged (the child as the actor of a crime, with no
  exploitation frame); "Oskar is a child who is being criminally exploited to
  transport drugs" is ok.
- **Minimising includes disbelief.** "Evie is exaggerating how serious things were"
  is put under minimising, since it lowers the seriousness of the abuse.
- **Jargon.** Jargon rows are shorthand-heavy notes with one or more unexplained
  acronyms; some also contain `s47`/`s20`. Non-jargon rows avoid every acronym
  (e.g. "family doctor" rather than the acronym), so ordinary terms such as
  "class A" (one capital) are allowed.
- **Explained acronyms** are all correctly expanded and the sentence is otherwise
  appropriate, so the only thing that could draw a flag is the acronym itself.
- **Neutral rows** mention the same children, schools, carers and meetings so that
  names and settings alone do not separate the labels.
- Names recur across flag and ok rows on purpose; they are all invented and do not
  refer to real people or cases.
"""


def main():
    rows = collect()
    check_rows(rows)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append({
            "id": "O%03d" % i,
            "text": r["text"],
            "label": r["label"],
            "category": r["category"],
            "negative_kind": r["negative_kind"],
            "style": r["style"],
        })
    readme = README_TEMPLATE.format(
        n=len(out_rows), seed=SEED, min_flag=MIN_FLAG_PER_CAT, min_ok=MIN_OK_PER_KIND,
        min_ok_total=MIN_OK_TOTAL, min_total=MIN_TOTAL, table=counts_table(out_rows))
    with open("set_o.jsonl", "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("README_set_o.md", "w", encoding="utf-8") as f:
        f.write(readme)
    print("wrote %d rows (%d flag, %d ok)" % (
        len(out_rows), sum(r["label"] == "flag" for r in out_rows),
        sum(r["label"] == "ok" for r in out_rows)))
    print(counts_table(out_rows))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
