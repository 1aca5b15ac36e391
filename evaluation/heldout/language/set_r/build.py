#!/usr/bin/env python3
"""Build evaluation set R for the language checker.

Every sentence below was typed by hand. Each block is tagged
(label, category-or-negative_kind, style) and holds one sentence per line.
Standard library only. Nothing is written unless every check passes.
"""
import json
import random
import re
import sys
from collections import Counter

FLAG_CATS = ["consent_choice", "self_risk", "blame_cause", "age_relationship",
             "criminalising", "minimising", "adultifying", "jargon"]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym",
            "neutral", "age_ok"]
STYLES = ["police_log", "school_log", "health_note", "care_log", "board_report"]

BLOCKS = [
    # ------------------------------------------------------------------ FLAG
    ("flag", "consent_choice", "police_log", """
Yp stated she went to the flat of her own accord and stayed the night, no force used by the males present.
Lily-Mae, 14, appears happy to go along with the arrangement and gets into the vehicles willingly.
Officers note Kai travels to the coast voluntarily and comes back w/ cash, suggesting he is content with the set-up.
Female was agreeable to sexual contact with both adults per her first account, so no offence disclosed at this stage.
Yp has made it clear she wants to keep seeing the group and officers feel this is her decision to make.
"""),
    ("flag", "consent_choice", "school_log", """
Ruby told me she likes the attention from the older lads and goes down the park because she wants to.
Spoke w/ Tyler, 13, re: the deliveries - he says he's fine doing it and it's his call, so no further action from school at present.
Amara seems to have opted into this crowd and everything that comes with it, parties included.
Jayden knows the score and keeps going back to them, so there is a limit to what school can do.
Poppy, 15, appeared to have gone along with the photos being taken as she did not object at the time.
"""),
    ("flag", "consent_choice", "health_note", """
Pt 15yo, reports intercourse w/ several males at a party, all mutual per pt.
14yo attended for emergency contraception, states the sex was wanted and she was fully on board.
Yp appears to have chosen a chaotic way of living and declines to change it.
Niamh, 13, said she agreed to meet the man after chatting online, so she went there knowing what would happen.
Pt a willing participant per own account; advised re: condoms and discharged.
"""),
    ("flag", "consent_choice", "care_log", """
Tia left at 19:00 to go to the garage on Hallgate Rd, she was keen to go and got in the car without any persuasion.
Frankie is adamant this is the life he wants and staff should respect that.
Skye went off with the two men from the shop again, quite happily, and came back at 03:00 in new trainers.
Deon agreed to hold the package for them, as far as staff can tell nobody made him.
Maisie made an informed decision to stay at the address overnight and rang to say so.
"""),
    ("flag", "consent_choice", "board_report", """
A number of the young people open to the team are considered to be engaging in sexual activity with adults by choice.
Of the 31 children discussed, nine were judged to be willingly involved in the supply activity.
Some older teenagers in the cohort have, in effect, signed up to this way of living and are reluctant to give it up.
The panel accepted that the 15-year-old had gone to the hotel of her own free will.
Where children are complicit in what is happening to them, the partnership's options are limited.
"""),
    ("flag", "self_risk", "police_log", """
Yp continues to place herself in dangerous situations by visiting the address on Marlow Street.
Kayden, 15, keeps walking into harm's way by travelling to the coast with older males.
Officers advised the female that hanging round the bus station late at night is making her a target.
Missing again; yp's own behaviour remains the main risk factor here.
Male juv repeatedly leaves himself open to being stabbed due to the company he keeps.
"""),
    ("flag", "self_risk", "school_log", """
Chloe is making herself an easy target by accepting lifts from people she barely knows.
Reece's choices outside school are leaving him very vulnerable - he needs to start thinking about his own safety.
Spoke w/ Imani about how posting those pictures invites the wrong sort of attention.
Mason, Year 8, continues to court danger by going to the underpass after school.
Tia has been warned repeatedly that she is walking into trouble by messaging older males.
"""),
    ("flag", "self_risk", "health_note", """
13yo pt engaging in unsafe practices with adult males, advised to keep herself safe.
Pt's behaviour is high risk; she repeatedly ends up alone with unknown men.
Yp reckless with her own wellbeing, multiple attendances after nights out with the older group.
Discussed with pt how she adds to her own vulnerability by drinking with strangers.
Reece, 14, presented with a stab wound to the thigh; per mum he has been heading for this for months.
"""),
    ("flag", "self_risk", "care_log", """
Skye has once again made herself vulnerable by going to the party at the flats.
Frankie does not listen when staff explain the danger he is placing himself in.
Staff reminded Callum that if he keeps going to the estate at night he is asking for trouble.
Poppy's unsafe decisions around who she meets online continue to be the biggest concern.
Jayden's behaviour is leaving him wide open to being hurt by the people he runs around with.
"""),
    ("flag", "self_risk", "board_report", """
The risk in this group stems largely from the young people's own hazardous behaviours.
Several girls aged 13 to 15 continue to put their own safety in jeopardy despite intensive support.
Children who place themselves in danger through repeated missing episodes absorb a large share of police time.
Young people's reckless conduct online is a growing driver of referrals.
A small cohort of boys continue to seek out unsafe places, undermining the safety plans in place.
"""),
    ("flag", "blame_cause", "police_log", """
Female had consumed a large amount of alcohol, which led to the incident in the park.
Yp was dressed provocatively and looked much older, which is likely why the males approached her.
Account inconsistent; yp has lied before, so officer view is she brought the situation about herself.
Kai's constant phone use is how he got drawn in - had he not been on Snapchat this would not have happened.
Ongoing assaults appear to be a consequence of the friends Maisie has picked.
"""),
    ("flag", "blame_cause", "school_log", """
Ruby's attitude in school and rudeness to staff probably made her a target for this group.
Amara wears a lot of make-up and looks 18, which explains why the men at the shop took an interest.
If Tyler had stayed away from those lads he would not have been assaulted.
Chloe's habit of sending photos to anyone who asks is what has led to this.
Leah's lying about where she goes after school is the root of the problem.
"""),
    ("flag", "blame_cause", "health_note", """
Assault occurred after pt had drunk heavily and wandered off from her friends.
Pt attends in short skirt and crop top; likely contributed to the attention she received.
Yp has a history of going missing, which is how she ended up at the house where the assault happened.
Injuries sustained as a result of pt's aggressive manner towards older males in the group.
Pt admits to daily cannabis use; assault considered linked to her drug taking.
"""),
    ("flag", "blame_cause", "care_log", """
Skye went missing again and as a result she was raped, she knows the rules about curfew.
Frankie's mouthiness and attitude is why the older lads have turned on him.
Staff feel that Tia's clothing when going out is drawing unwanted attention from adult men.
Niamh's dishonesty with staff meant the abuse went on for longer than it should have.
Callum's friendship with Deon is what got him caught up with the older males in the first place.
"""),
    ("flag", "blame_cause", "board_report", """
Analysis indicates that alcohol consumption by the young people was a key factor in most of the sexual offences recorded.
Abuse in several cases followed from the child's own choice of peer group.
Girls' use of social media apps remains the primary cause of online sexual abuse in the area.
Frequent absconding from placement is the main reason these children come to harm.
Some of the children's own untruthfulness has contributed to the offences against them going undetected.
"""),
    ("flag", "age_relationship", "police_log", """
Yp, 14, is currently going out with a 23-year-old male from the Eastfield estate.
Female, aged 15, stated her boyfriend (26) picks her up from school most days.
Maisie, 13, and her partner, believed to be around 20, were found together in the car at 01:40.
Kayden, 15, has been seeing an older woman, approx 30, who lets him stay over.
Intel suggests the 14yo and her fella, early twenties, have been together since the summer.
"""),
    ("flag", "age_relationship", "school_log", """
Ruby, Year 9, mentioned her bf is 19 and has his own car.
Leah says she has been with Dean for a year, he is 24 and works at the garage.
Poppy's older boyfriend (approx 22) has been waiting at the gates at 3:15.
Amara, 14, describes the 21-year-old as her other half.
Tyler, 12, has a girlfriend who is 17 according to his friends.
"""),
    ("flag", "age_relationship", "health_note", """
Pt 14yo, regular sexual partner is 25, contraception discussed.
Yp, 15, attended w/ her boyfriend aged 28 who waited in reception.
13yo pt pregnant, father of the baby is her partner, aged 19.
Pt reports a long-term relationship with a man in his thirties; she is 15.
Drop-in: Imani, 14, asked about the pill as her boyfriend, 20, does not like using condoms.
"""),
    ("flag", "age_relationship", "care_log", """
Skye, 15, spent the evening with her boyfriend who is 27, back at 23:00.
Chloe's partner (approx 21) rang the home asking to speak to her.
Frankie, 14, has a girlfriend in her twenties who buys him cigarettes.
Niamh's man, 32, dropped her back at 22:30 in a silver car.
Tia, 16, has been dating a 34-year-old she met through a friend.
"""),
    ("flag", "age_relationship", "board_report", """
Several 14 and 15-year-old girls in the cohort have adult boyfriends aged 18 to 25.
Case 4: a 13-year-old and her 22-year-old partner have now moved in together.
Relationships between children and men in their twenties are a recurring feature of the data.
The young person, 15, reports that things with the 30-year-old are going well and they plan to marry.
Of the 12 girls, five have older partners, some more than ten years older.
"""),
    ("flag", "criminalising", "police_log", """
Kai, 15, is a known runner for the Hallgate line and was stopped w/ 14 wraps.
Yp is an associate of the Eastfield group and is believed to be dealing from the flat.
Jayden, 14, a gang nominal, arrested for possession with intent.
Male juvenile is a drug runner and the perpetrator of the assault on the rival line.
Intel: Mason, 13, is a dealer working for older males and holds the line phone.
"""),
    ("flag", "criminalising", "school_log", """
Reece is now a gang member and is bringing that culture into school.
Tyler has been dealing to other pupils and is an active part of the line.
Deon is known in the community as a soldier for the older boys.
Callum, 14, has become a drug mule for the group on the estate.
Concern re: Kayden recruiting younger kids - he is one of the ringleaders now.
"""),
    ("flag", "criminalising", "health_note", """
Pt is a known gang affiliate; stab wound likely retaliation.
15yo drug runner presented with abdominal pain after plugging; police aware.
Yp is a county lines dealer per police, attended with a cut to the hand.
Pt described by accompanying officer as an offender in the line, awaiting interview.
Pt, 14, involved in supplying class A; seen after a knife fight.
"""),
    ("flag", "criminalising", "care_log", """
Frankie went out grafting again tonight and came back with money.
Jayden is a runner and it is affecting the other young people in the home.
Staff believe Deon is now one of the main shotters on the estate.
Mason is a gang-involved young person and is a risk to staff.
Callum returned with wads of cash from dealing, staff did not challenge.
"""),
    ("flag", "criminalising", "board_report", """
The cohort includes 17 young offenders involved in drug supply across county lines.
Child gang members are increasingly carrying knives.
Youth dealers in the north of the borough are driving the rise in violence.
Children acting as runners for organised networks account for a third of the caseload.
The report identifies 11 juvenile perpetrators of exploitation-linked offences, some as young as 12.
"""),
    ("flag", "minimising", "police_log", """
Low-level incident, yp sent images to an adult male, advice given, no further action.
One-off occurrence, yp back home, no further concerns.
Yp only sent a couple of pictures, not a serious matter.
Yp missing for the eighth time this month, she simply won't stay put, low risk.
Male pushed yp against a wall and touched her, considered horseplay within the group.
"""),
    ("flag", "minimising", "school_log", """
Comments from Year 10 boys to Ruby considered banter, dealt with by form tutor.
Sharing of nudes among the group is fairly normal at this age, parents informed.
Amara is experimenting, typical teenager stuff.
Leah has refused to meet the worker three times, so she is clearly not interested in help.
Only a kiss with the older lad at the party, so not a safeguarding matter.
"""),
    ("flag", "minimising", "health_note", """
Pt disclosed being touched by an older cousin, minor incident, no follow-up needed.
Yp did not attend three sexual health appts, discharged as she is not engaging.
Experimentation with sexual activity, normal for age, 13.
Bruising low-level, yp says it was messing about with the group.
Only one image circulated, pt reassured it will blow over.
"""),
    ("flag", "minimising", "care_log", """
Skye is back from another missing episode, just her being her, nothing to report.
Frankie won't engage with the workers, so the referral has been closed.
Hitting and name-calling between Tia and the older resident is just banter.
Incident at the park minor; Niamh was only slapped and is fine.
Poppy's missing episodes are her way of getting attention, staff not concerned.
"""),
    ("flag", "minimising", "board_report", """
Most cases in the cohort sit at the lower end of harm.
A large number of children did not engage with services and their cases were closed.
The online incidents mainly involved only images, with no physical contact.
Much of the reported behaviour reflects normal adolescent experimentation.
Repeat missing episodes are largely down to the children's refusal to follow house rules, so risk is generally low.
"""),
    ("flag", "adultifying", "police_log", """
Kai, 14, is very streetwise and can handle himself.
Female is 13 but acts like a grown woman and knows exactly what she's doing.
Yp presents as mature beyond her years and well able to look after herself.
Young man, aged 12, was uncooperative and hostile to officers.
Jayden, 13, is a hardened individual, not intimidated by the males involved.
"""),
    ("flag", "adultifying", "school_log", """
Ruby is very street smart for a Year 8 and knows how to keep herself out of bother.
Deon is a big lad for 12 and more than capable of standing up for himself.
Amara, 13, is a very sexualised young woman.
Tyler is 11 going on 25 and can take care of himself on the estate.
Imani is tough as nails and won't let anyone push her around.
"""),
    ("flag", "adultifying", "health_note", """
Pt, 12, presented as a confident young woman who understood the risks.
14yo male, seemed very worldly and self-sufficient, no safeguarding concerns.
Yp, 13, presents as older and capable of making her own decisions about sex.
Yp very grown up in her manner; sees herself as an adult and has adult friends.
Reece is a tough young lad and shrugged off the injury.
"""),
    ("flag", "adultifying", "care_log", """
Frankie is an independent young man at 13 and manages himself in the community.
Skye, 14, is savvy and resilient, she can cope with whatever is going on.
Callum acts like an adult and doesn't need the same supervision as the younger ones.
Niamh can look after herself, she's been around.
Mason, 12, is a hard little man who isn't scared of anyone.
"""),
    ("flag", "adultifying", "board_report", """
Many of these young people are mature for their age and able to manage their own safety.
Boys in the 12 to 14 age group are often worldly and resilient to exploitation.
The 13-year-olds involved present as young adults and are street-wise.
These are capable, self-reliant teenagers rather than vulnerable children.
Teenage girls in this group are often precocious and sexually knowing.
"""),
    ("flag", "jargon", "police_log", """
Yp flagged as CCE, RHI outstanding, OIC to update.
MFH x3 this week, CAWN served on male.
Referral to MASH, strat to be held, s47 likely.
Kai's NRM submitted, awaiting CG decision.
Intel via OCG team, yp now on MACE list.
"""),
    ("flag", "jargon", "school_log", """
DSL informed, MASH referral done, CP plan to continue.
Ruby discussed at MACE, remains amber on the VEMT tracker.
EHCP review postponed, TAF meeting next week.
Tyler's RHI not completed, CSC aware.
Chat with DSL re: possible CSE, logged on CPOMS.
"""),
    ("flag", "jargon", "health_note", """
Pt known to CAMHS, SARC referral declined, IDVA offered.
Reviewed in ED, s47 in progress per SW.
PEP given, HVS taken, CSE screening tool completed.
Safeguarding flag on EPR, LAC health review due.
Yp open to YOT, discussed at MARAC.
"""),
    ("flag", "jargon", "care_log", """
Missing from home, MFH report made, RHI to follow.
CSE risk assessment updated, IRO informed.
Frankie's PEP meeting rescheduled, LADO consulted re staff incident.
Skye listed at MACE, CE screening tool scored high.
Strat called, s47 to proceed, ICPC in 15 days.
"""),
    ("flag", "jargon", "board_report", """
MACE panel reviewed 42 CYP this quarter, with 18 rated high on the CE tool.
RHI completion remains below 60% against the LSCP target.
NRM referrals up 30%, with CCE the main driver.
CSE/CCE cases now tracked via the VEMT dashboard.
s47 conversion rate from MASH contacts has risen to 21%.
"""),
    # -------------------------------------------------------------------- OK
    ("ok", "adult_action", "police_log", """
Suspect, 26, chose to pursue Maisie, 14, online and arranged to collect her from school.
Male adult supplied alcohol to yp before assaulting her at the flat.
The 31-year-old made himself known to Kai by giving him a free phone, then used the debt to control him.
Adults running the Hallgate line recruited Jayden, 13, and sent him to another county with drugs.
Offender put the child at risk by driving her to a hotel out of the area.
"""),
    ("ok", "adult_action", "school_log", """
The older males at the park targeted Ruby because she was new to the area and isolated.
Tyler was threatened by adults who told him he owed them money for a lost package.
A man in his twenties has been waiting outside school and offering lifts to Year 9 girls.
Amara's abuser kept her phone topped up and used it to track where she was.
Older lads have been pressuring younger pupils to carry for them, paying them in trainers.
"""),
    ("ok", "adult_action", "health_note", """
Pt reports the man, 24, gave her vodka until she could barely stand, then assaulted her.
Pt said an adult male photographed her without her agreement and threatened to share the images.
Perpetrator, approx 30, groomed pt over several months using gifts and attention.
Yp disclosed that older males forced her to hide drugs internally.
The adults who exploited Reece stabbed him when he tried to get away from them.
"""),
    ("ok", "adult_action", "care_log", """
Two men from the shop have been driving past the home and calling Skye over.
Staff believe an adult is pressuring Frankie into carrying by threatening his little brother.
The man Niamh calls her boyfriend, aged 32, is grooming her and has been reported to police.
Adults at the flat gave Tia drink and cannabis, then took photos of her.
Older males are targeting children from the home, waiting at the bus stop after curfew.
"""),
    ("ok", "adult_action", "board_report", """
Perpetrators deliberately target children in care, often through social media.
Adults exploiting children across county lines increasingly use debt bondage to control them.
Offenders in the borough have been identified plying girls aged 13 to 15 with alcohol and drugs.
Organised networks are recruiting children as young as 11 to move drugs.
Men in their twenties and thirties were found to have groomed girls with promises of a relationship.
"""),
    ("ok", "quoted_policy", "police_log", """
Previous entry described Maisie as "putting herself at risk"; corrected to record that she is being exploited by adults.
Please do not use "runner" for Kai in future logs; he is a child being criminally exploited.
Supervisor note: "consensual" removed from this occurrence as a 13-year-old cannot consent.
Officer initially wrote "boyfriend" for the 26-year-old suspect; this has been amended to "adult male suspect".
The phrase "low-level" is not appropriate for a child sending images to an adult and has been removed.
"""),
    ("ok", "quoted_policy", "school_log", """
Staff reminded at briefing not to describe pupils as "streetwise" when discussing exploitation.
I have changed "she is sexually active" in my earlier note to "she has been sexually abused by an adult".
Governors were told the term "risky behaviour" places responsibility on the child and should not be used.
Tyler's form tutor wrote "drug dealer"; the log now reads that he is a victim of criminal exploitation.
We no longer write "absconded" for pupils who leave site; we record them as missing.
"""),
    ("ok", "quoted_policy", "health_note", """
Note amended: "willing participant" removed, pt is 14 and was groomed.
Teaching session: avoid "promiscuous" and describe the abuse and who caused it.
Triage wrote "drunk and disorderly"; reviewed as a child who was given alcohol by adults before the assault.
Clinic guidance says "relationship" should not be used where an adult is abusing a child.
Reviewer flagged "non-compliant" as blaming; pt had not been able to attend because of control by the exploiter.
"""),
    ("ok", "quoted_policy", "care_log", """
Manager asked staff to stop writing "went off with her boyfriend" when Skye is collected by the 27-year-old.
Staff meeting: "choosing to go missing" will not be used in daily logs from now on.
Entry from Tuesday said Frankie was "out grafting"; this has been corrected to state he was being exploited.
Key worker challenged the phrase "she knows what she's doing" at handover.
We were reminded that "attention-seeking" hides the reasons children go missing.
"""),
    ("ok", "quoted_policy", "board_report", """
The audit found 37 records using "child prostitute" or similar wording, all now corrected.
Board agreed that "gang nominal" should not appear in reports about exploited children.
Terms such as "lifestyle choice" and "promiscuous" were found in 12% of sampled case files.
Training now covers why "young man" is inappropriate when describing a 12-year-old.
Partners are asked to replace "not engaging" with a description of what the service did to reach the child.
"""),
    ("ok", "correct_usage", "police_log", """
Maisie, 14, is being sexually exploited by adult males at the Eastfield flat and cannot consent to any of the activity.
Kai, 15, has been criminally exploited and coerced into transporting drugs to the coast.
Yp reported missing at 22:10 by carers; located at 02:15 on Marlow Street and returned home.
Jayden, 13, was groomed by older males who gave him money and then told him he owed them.
Female, 15, is a victim of rape; the suspect is 26 and enquiries are ongoing.
"""),
    ("ok", "correct_usage", "school_log", """
Ruby has been groomed by a man she met online who is much older than her.
Tyler is being criminally exploited and was made to carry packages after school.
Amara, 14, was coerced into sending images to an adult and is being supported.
Leah was reported missing by her mum last night and came back into school this morning.
Deon is at risk of criminal exploitation because adults on the estate have been approaching him.
"""),
    ("ok", "correct_usage", "health_note", """
Pt, 14, has been sexually exploited; she could not consent to the sex described.
Yp disclosed she was raped by an adult known to her; police informed with her agreement.
Reece, 15, was criminally exploited and has injuries consistent with an assault by those exploiting him.
13yo pt groomed by an adult male; safeguarding referral made today.
Pt reported missing from placement two nights ago and is being seen for a health check on return.
"""),
    ("ok", "correct_usage", "care_log", """
Skye was reported missing at 19:30 and police were informed; she returned at 01:00 and was offered food and a chat.
Frankie is being exploited by adults who are using him to move drugs.
Niamh, 15, has been groomed by a 32-year-old man and the police are investigating.
Tia was coerced into going to the flat by men who threatened to share her photos.
Callum has been criminally exploited and is frightened of the people controlling him.
"""),
    ("ok", "correct_usage", "board_report", """
Forty-three children were identified as being criminally exploited in the period.
Children who are sexually exploited cannot consent to their own abuse, whatever they say at the time.
Girls aged 13 to 15 were most often groomed through social media apps.
Children reported missing more than three times were offered an independent conversation on their return.
Boys aged 14 to 16 were the group most often coerced into carrying drugs across force boundaries.
"""),
    ("ok", "explained_acronym", "police_log", """
Referral to the Multi-Agency Safeguarding Hub (MASH) made at 10:15 re: Kai's disclosure.
Kai, 15, referred to the National Referral Mechanism (NRM) as a child victim of trafficking.
A Child Abduction Warning Notice (CAWN) was served on the 26-year-old male today.
Maisie discussed at the Multi-Agency Child Exploitation (MACE) meeting; actions agreed.
Return Home Interview (RHI) requested for yp following her missing episode last night.
"""),
    ("ok", "explained_acronym", "school_log", """
The Designated Safeguarding Lead (DSL) met Ruby and her mum this morning.
Tyler's Education, Health and Care Plan (EHCP) review moved to Thursday.
Amara will be seen weekly by the Child and Adolescent Mental Health Services (CAMHS) worker.
Personal Education Plan (PEP) meeting held for Leah; attendance targets set.
Deon has been referred to the Youth Justice Service (YJS) prevention team for support.
"""),
    ("ok", "explained_acronym", "health_note", """
Pt seen at the Sexual Assault Referral Centre (SARC) with mum present.
Post-exposure prophylaxis (PEP) started in A&E at 03:20.
Screened for sexually transmitted infection (STI) at the clinic; results in 7 days.
Pt referred to the Independent Sexual Violence Adviser (ISVA) service.
Emergency hormonal contraception (EHC) given; follow-up booked with the school nurse.
"""),
    ("ok", "explained_acronym", "care_log", """
Skye's Independent Reviewing Officer (IRO) visited and spoke to her alone.
Frankie's Independent Child Trafficking Guardian (ICTG) attended the review.
Niamh's Child Looked After (CLA) review set for next month.
The Local Authority Designated Officer (LADO) has been informed of the allegation against a staff member.
Tia's Independent Domestic Violence Adviser (IDVA) rang to arrange a visit.
"""),
    ("ok", "explained_acronym", "board_report", """
The Safeguarding Children Partnership (SCP) approved the revised exploitation strategy.
Child Criminal Exploitation (CCE) referrals rose by 18% this year.
Child Sexual Exploitation (CSE) identification has improved following training in schools.
The Violence Reduction Unit (VRU) funded two detached youth workers for the estate.
Initial Child Protection Conference (ICPC) timeliness improved to 86%.
"""),
    ("ok", "neutral", "police_log", """
Officer attended school to deliver a road safety talk to Year 7.
Yp's bike reported stolen from outside the leisure centre; crime ref given to mum.
Welfare check completed at 14:00 at Ashby Road, all occupants safe and well.
Maisie and her mum attended the station to collect her lost purse.
Kai, 15, handed in a wallet he found on the bus.
"""),
    ("ok", "neutral", "school_log", """
Ruby absent Monday with a stomach bug, mum called in at 8:40.
Tyler moved up to set 2 for maths following assessment.
Amara's reading age has improved by 14 months since September.
Parents' evening appt for Leah booked for 5:20pm.
Deon selected for the under-14 football team, fixture Saturday.
"""),
    ("ok", "neutral", "health_note", """
School nurse: height and weight recorded, immunisations up to date.
Pt attended for asthma review, inhaler technique checked.
Yp seen in A&E with a sprained wrist after falling during netball.
Dental appt for Reece rebooked to Thursday 3pm.
Flu vaccination given in school, no reaction.
"""),
    ("ok", "neutral", "care_log", """
Skye cooked tea for the house tonight, spaghetti bolognese, everyone ate well.
Frankie attended contact with his nan at the family centre, went well.
Niamh's new bedroom painted, she picked the colour.
Tia and Callum went bowling with two staff, back by 20:30.
Placement move planned for next week; Poppy visited the new home and liked it.
"""),
    ("ok", "neutral", "board_report", """
The partnership's annual report will be published in June following sign-off.
Training attendance across agencies rose to 78% in the last quarter.
Housing and children's services have agreed a joint protocol for care leavers.
The budget for the family support service has been confirmed for the next two years.
School attendance for children in care improved to 93% this year.
"""),
    ("ok", "age_ok", "police_log", """
Yp, 15, out with her boyfriend, also 15, at the cinema; both home by 21:00.
Kai's uncle, aged 30, collected him from the station and took him home.
Caller, 19, reported her partner, 21, had not come home; located safe at a friend's.
Maisie, 14, was with her older sister, 22, at the time of the theft.
The 17-year-old and his girlfriend, 17, were witnesses to the collision.
"""),
    ("ok", "age_ok", "school_log", """
Ruby, 15, and her boyfriend from the same year group have been asked to keep it out of lessons.
Tyler's grandad, 68, will collect him on Fridays from now on.
Leah's step-dad, 38, attended parents' evening with mum.
Amara, 14, has a girlfriend in her year who is also 14; friendship group supportive.
Deon's cousin, 24, is the named emergency contact with parental agreement.
"""),
    ("ok", "age_ok", "health_note", """
Pt, 16, attended with boyfriend, 16, for contraception advice; no concerns identified.
Care leaver, 19, attended antenatal clinic with her partner, 21.
Pt, 15, brought in by her aunt, 34, after a fall at home.
Yp, 17, and her girlfriend, 17, attended the sexual health clinic together for testing.
Reece, 15, accompanied by his older brother, 20, for his sports injury review.
"""),
    ("ok", "age_ok", "care_log", """
Skye's boyfriend from school, 15, came to the home for tea with staff present.
Frankie's uncle, aged 30, collected him for the weekend visit as agreed in the care plan.
Niamh's older sister, 23, took her shopping for her birthday.
Former resident, now 20, visited with her partner, 22, to drop off a card.
Callum, 14, spent the afternoon with his dad, 41, at the football.
"""),
    ("ok", "age_ok", "board_report", """
Young people aged 18 to 21 in supported housing often share flats with partners of a similar age.
Dating between pupils of the same age was covered in personal, social and health education lessons.
Kinship carers in the cohort ranged in age from 24 to 71.
Care leavers aged 19 to 24 receive support with housing and employment.
The survey asked 15-year-olds about healthy relationships with people their own age.
"""),
]

SMALL = {"of", "and", "the", "for", "to", "in", "on", "at", "a", "an", "&"}
CAPS = re.compile(r"[A-Z]{2,}")


def initials_match(text, acr):
    """Check that the words right before '(ACR)' spell the acronym."""
    idx = text.index("(" + acr + ")")
    before = text[:idx]
    words = [w.strip(".,;:'\"") for w in re.split(r"[\s\-]+", before) if w.strip(".,;:'\"")]
    i = len(words) - 1
    for letter in reversed(acr):
        while i >= 0:
            w = words[i]
            if w[0].lower() == letter.lower():
                i -= 1
                break
            if w.lower() in SMALL:
                i -= 1
                continue
            return False
        else:
            return False
    return True


def main():
    rows = []
    for label, tag, style, block in BLOCKS:
        for line in block.strip("\n").split("\n"):
            line = line.strip()
            if line:
                rows.append((label, tag, style, line))

    errors = []
    seen = {}
    for label, tag, style, text in rows:
        key = " ".join(text.lower().split())
        if key in seen:
            errors.append("duplicate: " + text)
        seen[key] = 1
        if label not in ("flag", "ok"):
            errors.append("bad label: " + text)
        if style not in STYLES:
            errors.append("bad style: " + text)
        if label == "flag" and tag not in FLAG_CATS:
            errors.append("flag row without valid category: " + text)
        if label == "ok" and tag not in OK_KINDS:
            errors.append("ok row without valid negative_kind: " + text)
        if tag not in ("jargon", "explained_acronym") and CAPS.search(text):
            errors.append("capital run outside acronym kinds: " + text)
        if tag == "quoted_policy" and '"' not in text:
            errors.append("quoted_policy without double quotes: " + text)
        if tag == "jargon":
            if not (CAPS.search(text) or re.search(r"\bs47\b", text)):
                errors.append("jargon row without acronym: " + text)
            if re.search(r"[()\[\]{}]", text):
                errors.append("jargon row with brackets: " + text)
        if tag == "explained_acronym":
            found = CAPS.findall(text)
            if len(found) != 1:
                errors.append("explained_acronym needs exactly one acronym: " + text)
            else:
                acr = found[0]
                if text.count("(" + acr + ")") != 1:
                    errors.append("acronym not written once as (ACR): " + text)
                elif not initials_match(text, acr):
                    errors.append("initials do not match: " + text)
            if text.count("(") != 1 or text.count(")") != 1:
                errors.append("explained_acronym should have one bracket pair: " + text)

    cat_counts = Counter(t for l, t, s, x in rows)
    style_by_tag = {}
    for l, t, s, x in rows:
        style_by_tag.setdefault(t, set()).add(s)
    for c in FLAG_CATS + OK_KINDS:
        if cat_counts[c] < 22:
            errors.append("too few rows for %s: %d" % (c, cat_counts[c]))
        if len(style_by_tag.get(c, ())) < 3:
            errors.append("fewer than three styles for " + c)
    n = len(rows)
    n_ok = sum(1 for r in rows if r[0] == "ok")
    if n < 340:
        errors.append("fewer than 340 rows: %d" % n)
    if n_ok < 0.4 * n:
        errors.append("ok share below 40%%: %d/%d" % (n_ok, n))

    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        print("%d problems; nothing written." % len(errors))
        sys.exit(1)

    rng = random.Random(20261207)
    rng.shuffle(rows)
    out = []
    for i, (label, tag, style, text) in enumerate(rows, 1):
        out.append({
            "id": "R%03d" % i,
            "text": text,
            "label": label,
            "category": tag if label == "flag" else None,
            "negative_kind": tag if label == "ok" else None,
            "style": style,
        })

    with open("set_r.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    style_counts = Counter(r["style"] for r in out)
    lines = []
    lines.append("# Evaluation set R: victim-blaming language about children")
    lines.append("")
    lines.append("- Author: an independent helper that saw nothing but this folder "
                 "(`/work/sets/lang_r/`); written from general knowledge of UK "
                 "safeguarding practice and of the \"Appropriate language: child sexual "
                 "and/or criminal exploitation\" guidance, without reading any other file, "
                 "repository, search tool or web page.")
    lines.append("- Date: 2026-12-06")
    lines.append("- Files: `build.py` (all sentences typed by hand, plus the checks), "
                 "`set_r.jsonl` (the set), this README.")
    lines.append("")
    lines.append("## What it measures")
    lines.append("")
    lines.append("Whether a language checker flags wording about a child or young person "
                 "(under 18) that is victim-blaming, criminalising, adultifying, minimising "
                 "or unexplained jargon, and leaves appropriate writing alone. Rows are "
                 "written the way police officers (occurrence logs, intelligence summaries), "
                 "school designated safeguarding leads, health staff (A&E, sexual health, "
                 "school nurse), residential care staff and senior managers (board reports) "
                 "actually write: clipped notes, abbreviations of ordinary words (yp, pt, w/, "
                 "approx, re:), passive voice, hedges, euphemism, reported speech and "
                 "problems buried in subordinate clauses. Stock poster phrases are mostly "
                 "avoided in flagged rows, so a checker has to recognise the idea rather "
                 "than a fixed string. The ok rows are deliberately hard: they reuse the "
                 "same names, ages, places and trigger words (missing, boyfriend, partner, "
                 "risk, drinking, runner, consent) as the flagged rows.")
    lines.append("")
    lines.append("Fields: `id` (R001...), `text`, `label` (`flag`/`ok`), `category` "
                 "(flag rows only, else null), `negative_kind` (ok rows only, else null), "
                 "`style` (police_log, school_log, health_note, care_log, board_report).")
    lines.append("")
    lines.append("## How it was built")
    lines.append("")
    lines.append("Every sentence is typed by hand in `build.py` inside string blocks tagged "
                 "(label, category or negative_kind, style), one sentence per line; there "
                 "are no generators, templates or substitution loops. All names and places "
                 "are invented. Rows are shuffled with `random.Random(20261207)`, given ids "
                 "R001 onwards and written to `set_r.jsonl` (UTF-8, ensure_ascii=False). "
                 "Run `python3 build.py` in this folder to rebuild.")
    lines.append("")
    lines.append("## Checks (nothing is written if any fails)")
    lines.append("")
    lines.append("- no duplicate texts (ignoring case and whitespace);")
    lines.append("- at least 22 rows in every flag category and every ok kind, each "
                 "using at least three styles;")
    lines.append("- at least 340 rows, at least 40% of them ok;")
    lines.append("- labels only `flag`/`ok`; flag rows have a category and null "
                 "negative_kind, ok rows the reverse;")
    lines.append("- quoted_policy rows contain double quotes;")
    lines.append("- no row outside jargon and explained_acronym contains two or more "
                 "capital letters in a row;")
    lines.append("- jargon rows contain an acronym or s47 and no brackets;")
    lines.append("- explained_acronym rows contain exactly one acronym, written once as "
                 "\"(ACR)\" directly after its spelled-out expansion, with initials "
                 "matching (small joining words such as and/of/the may be skipped).")
    lines.append("")
    lines.append("## Counts")
    lines.append("")
    lines.append("Total rows: %d (flag %d, ok %d, ok share %.1f%%)."
                 % (n, n - n_ok, n_ok, 100.0 * n_ok / n))
    lines.append("")
    lines.append("| label | category / negative_kind | rows |")
    lines.append("|---|---|---|")
    for c in FLAG_CATS:
        lines.append("| flag | %s | %d |" % (c, cat_counts[c]))
    for c in OK_KINDS:
        lines.append("| ok | %s | %d |" % (c, cat_counts[c]))
    lines.append("")
    lines.append("| style | rows |")
    lines.append("|---|---|")
    for s in STYLES:
        lines.append("| %s | %d |" % (s, style_counts[s]))
    lines.append("")
    lines.append("Each category and kind uses all five styles (5 rows per style).")
    lines.append("")
    with open("README_set_r.md", "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    print("OK: %d rows (flag %d, ok %d)" % (n, n - n_ok, n_ok))
    for c in FLAG_CATS + OK_KINDS:
        print("  %-18s %d" % (c, cat_counts[c]))
    for s in STYLES:
        print("  %-18s %d" % (s, style_counts[s]))


if __name__ == "__main__":
    main()
