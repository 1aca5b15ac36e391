#!/usr/bin/env python3
"""Build set_i.jsonl: hand-written evaluation sentences for a victim-blaming
language checker. Standard library only.

Every sentence below was typed by hand for this set. Each line of a block is
"<style code> <sentence>", where the style code is one of
  c = case_note, r = referral, s = strategy, m = minutes.
All names, places, ages and events are invented.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

STYLE = {"c": "case_note", "r": "referral", "s": "strategy", "m": "minutes"}

FLAG_CATEGORIES = [
    "consent_choice", "blame_cause", "age_relationship", "criminalising",
    "minimising", "adultifying", "self_risk", "jargon",
]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage",
            "explained_acronym", "neutral"]
MIN_PER_GROUP = 32

# ---------------------------------------------------------------- FLAG ----

FLAG = {}

FLAG["consent_choice"] = """
c Maisie went with the men to the flat of her own accord on Saturday night.
r Tyler, 14, is reported to have agreed to travel to Dunmoor Vale to stay with the older males.
s Ellie-Mae appears to be a willing participant in the parties held at the address.
m It was noted that Kacey consented to the images being taken and shared.
c Jordan chose to get into the car with the adults, despite being warned by staff.
c Staff feel Aleena wanted to be there and was happy to go along with it.
r She has been voluntarily attending the house on Corran Street where the older men gather.
m The chair commented that Reece is choosing to associate with these individuals.
s Lacey, aged 13, is engaging in sexual activity with several adult males in exchange for cigarettes and lifts.
c Freya said she was fine with it, so she has not been treated as a victim on this occasion.
r Caleb went along with the older lads willingly and did not appear to be forced in any way.
m Police advised that, as the child had agreed to meet him, no offence is being pursued at this stage.
c Keeley is happy to stay out with the group and does not want to come home.
s Mia has made an informed decision to return to the man's flat.
c Amir was a consenting party to the exchange of sexual images.
r Courtney is said to have offered sex in return for somewhere to stay.
m Members felt that Tia goes off with these men because she enjoys the attention they give her.
c Rhiannon seemed keen to go and had got herself ready before the taxi arrived.
r It appears Logan signed up for this and knew exactly what he was getting into.
c She let him take the photographs.
m The worker reported that Nadia allowed the males to film her.
s Brandon appears to be complicit in his own exploitation.
c Jade continues to seek out the company of the adult males who work at the takeaway.
r Lily-Rose is prostituting herself for money and alcohol.
c Harvey was up for it and gave no sign that he did not want to go.
m According to her mother, Demi has been sleeping with the older man by choice.
c Sophie told me she went of her own free will, and I have recorded it as such.
r Kayden has decided to leave his placement each evening to meet the group in town.
s Where a child actively seeks out contact with the men, that contact will be regarded as consensual.
c Aisha said yes when he asked her back to his, so it was mutual.
m Ruby was described as a willing passenger on the trips to the coast.
c Ollie went voluntarily; nobody made him go.
r The girl appears to be trading sex for a roof over her head.
c Summer is not being forced, she is going because she wants to.
m The officer described Isla's attendance at the house parties as consensual.
s The practitioner felt Skye was comfortable with what happened and raised no objection at the time.
"""

FLAG["blame_cause"] = """
c Chloe was wearing very revealing clothing that evening, which drew the attention of the men.
r Her habit of drinking heavily in the park left her open to being taken advantage of.
c If Jasmine had come home on time, none of this would have happened.
m Members noted that Leah's provocative posts online are the reason the men singled her out.
s Abuse is more likely when girls dress older than their age and hang about the town centre late at night.
c Because Tasha keeps lying to staff about where she is, she has ended up being exploited.
r Kieran's constant use of his phone to chat to strangers has brought this on him.
c She was drunk and flirting, so it is hardly surprising that the assault took place.
m The social worker said Paige brought it on herself by going to the party.
c Mollie's appearance makes her look older, and that is why men approach her.
r Zara sent the first picture, so she is partly responsible for it being passed around school.
c Given her attention-seeking behaviour, it is unsurprising that he was able to draw her in.
m According to the unit manager, Liam's repeated absconding is the cause of his exploitation.
s Young people who become sexually active early attract more attention from predatory adults.
c Amber's make-up and short skirts are what is attracting the older men in the area.
r Evie's lies about her age led the man to believe she was sixteen.
c Had Daisy not got into the habit of hanging around the shisha bar, she would never have met him.
m It was suggested that Nathan got drawn into this because of his cannabis use.
c Kelsey flirts with older men, which invites this kind of attention.
r The incident happened because Sienna was out past her curfew without permission.
s Children who go missing repeatedly make themselves targets for abusers.
c Amelia sent him her address herself, so she has to accept some of the blame.
m The officer remarked that the girl's behaviour on social media had encouraged the man.
c Her swearing and aggression towards staff is what keeps driving her back to these men.
r Ethan's spending on online games is the reason he ended up being used by the group.
c She was dressed for clubbing and looked about twenty, so the men assumed she was an adult.
m Concern was expressed that Charlie's truanting has caused the exploitation.
c If she stopped posting selfies, the men would leave her alone.
s The partnership notes that a child's own sexualised behaviour can provoke abuse.
r Abbie had been drinking, which goes some way to explaining what happened to her at the party.
c The grooming only started because Scarlett kept messaging him back.
m The chair said that Niamh's disregard for her carers' rules is ultimately why this keeps happening.
r Mason's dawdling on the way home from school gave the men the opportunity they needed.
c He was showing off his new trainers on the estate, which is why the older boys picked on him.
c Jessica lied to her mum about sleeping at a friend's, and that lie is what put her in that flat with him.
"""

FLAG["age_relationship"] = """
c Poppy, 14, has a 23-year-old boyfriend who collects her from school.
r Holly (13) is in a relationship with Dean Harrowby, aged 31.
m It was reported that Kai, fifteen, is seeing a woman in her late twenties.
c Aaliyah's partner is 26 and she is 15.
s The 12-year-old is believed to be dating a man of around 40.
c Lewis says his girlfriend is 24; he turned 14 last month.
r Bethany, who is in year 9, is said to be going out with an older male aged 19.
m Sasha (age 14) and her boyfriend (age 27) were seen together at the retail park.
c Mum is aware that Kayla, thirteen, has been with her boyfriend Gav, who is thirty-two, for several months.
r Keira's older partner, a man in his twenties, buys her phones; Keira is 14.
c Tom, 15, describes the 35-year-old man as his boyfriend.
m The couple, a 13-year-old girl and a 22-year-old man, have been together since the summer.
s Where a 14-year-old has an adult boyfriend, a strategy discussion should be considered.
c Leanne (15) says she is engaged to her 29-year-old fiancé.
r Ava, aged 12, has been seeing Mr Quillan (48) since the spring.
c Her new man is 30 and she only turned fifteen in March.
m Jayden (14) has an on-off relationship with a 20-year-old woman from Crosslea.
c The family describe the 25-year-old as Mollie-Jo's boyfriend; she is 13.
r Libby, who is fourteen, is romantically involved with a 37-year-old neighbour.
s Nicole's ex, who is 21, continues to contact her; Nicole is 14.
c Eve, 15, and her older boyfriend (24) were both present at the address.
m Reported that Kian's girlfriend is 19; Kian is 13.
c Megan, 13, spent the weekend with her partner, a man of 28.
r Caitlin, a 14-year-old, has been in a sexual relationship with her 22-year-old boyfriend since January.
c Shannon, 15, split up with her 30-year-old boyfriend last week.
m It is understood that Rosie, aged 12, has an older boyfriend of eighteen or nineteen.
s The 13-year-old and her 26-year-old lover were stopped by officers near the bypass.
c Jack (15) says that Darren, 33, is more than a mate and that they are seeing each other.
r Phoebe, 14 years old, is dating a man in his mid-twenties who works at the car wash.
c Tilly told me her boyfriend is twenty-two; she is in year 8.
m Amara, 14, and her 21-year-old partner were both spoken to by police.
c Ayesha's relationship with 27-year-old Imran began when she was 13.
r Elise (15) moved in with her boyfriend, aged 34, without her mother's knowledge.
s Cerys, 13, has been going steady with a 19-year-old man she met online.
"""

FLAG["criminalising"] = """
c Josh, 15, is a runner for the Dexter Road line.
r Reece is believed to be dealing cannabis and cocaine around the school gates.
m Police confirmed that Kane was shotting in Lowfell Green last week.
c Tyrese was found holding drugs for older males in his underwear.
s Ryan is working for a county lines gang operating out of the city.
c Marcus owes a drug debt of £800 and is working it off.
r Elijah is part of the Westside line and has been recruiting younger boys.
m According to the police representative, Ashton is a known drug dealer in the area.
c He was caught with a burner phone and is clearly running the line.
r Kyle is selling drugs out of a trap house in Tolwick.
m Dylan is described as a gang member with links to the Tolwick crew.
c Levi was out delivering for the older lads when he was stopped.
r Jamal, 14, has been cuckooing vulnerable adults on behalf of the group.
c Callum has a debt which he must pay back by running more packages.
s Connor, 16, is a recruiter for the line and is drawing younger children into dealing.
c Mohammed is working for an older male called Tank and is paid in cash and trainers.
m Jayden has become a drug runner and travels to the coast several times a week.
c Ben was caught plugging drugs on the train.
r Archie has been running county lines since the age of thirteen.
c Aiden is the line holder and takes the orders on the phone.
m Police regard Riley as an offender involved in supply rather than as a victim.
s The drug-running children identified in Selwick will be referred to youth offending.
c Owen lost a package and is now paying the group back by storing weapons for them.
r Samir has been bagging up drugs at the flat for the older men.
c Ellis is well known as a shotter around the Marrowgate estate.
m Kenzie is believed to be holding and moving drugs for the group.
c Finlay is now one of the main suppliers for the line.
r Aaron, 14, has been trapping in Easterby Fold for weeks.
c Declan is involved in drug dealing and was arrested with a knife.
m The child owes the Tolwick boys a large sum and is running drugs to clear it.
s Young people who run drugs will be treated as part of the gang for the purposes of this plan.
c Hassan is a street dealer who has been selling on the Brackenhurst estate.
r Noah is the middle man between the olders and the younger runners.
c Charlie admits to running and says he is a member of the crew.
m He was described as a trusted worker for the line who handles the cash.
c Kobe has started recruiting his friends from school to work the phone.
r Zac is carrying for a group in Marrowgate and is in debt to them over a lost bag.
"""

FLAG["minimising"] = """
c The incident appears to be low-level and is not considered significant.
r This was a one-off and there are no ongoing concerns.
m The remarks the older men made to the boys were described as banter.
c Sexual name-calling is normal for her friendship group and was not followed up.
s Jamie is just experimenting with the cannabis the older males give him.
c Staff said that going missing is normal for Rhys and there is no need to worry.
r Kayleigh refuses to engage with services, so the case will be closed.
m Paige did not attend any of the sessions offered; she is clearly not interested in help and the referral has been closed.
c The images were only shared among a handful of people, so the harm is minimal.
c She is only missing for a few hours at a time, so this is not a major concern.
r Dominic was slapped by the older boys, but this is typical rough play for him.
s Low-level exploitation will be managed by universal services.
c He was just pushed about a bit by the men; it was nothing serious.
m The worker described the messages from the man as harmless flirting.
c This is what kids on that estate do, so it is nothing unusual for Teagan.
r Her sexual activity with older males is experimental and to be expected at her age.
c The explicit messages she swapped with a man of twenty are a phase most teenagers go through.
m Mia is hard to reach and has made no effort to work with us, so no further action.
c Grace stopped seeing the youth worker, which shows she does not want support.
s Children who will not engage should be stepped down to reduce caseloads.
c It was only a bit of kissing and nothing more happened.
r Leon's contact with the group is minor and not worth escalating.
c The older man's groping was probably just a misunderstanding.
m Agreed that the injuries were superficial and the matter was no more than horseplay.
c Taylor's non-attendance shows she is not committed to keeping herself safe.
r Case closed as the young person is uncooperative.
c The man only touched her leg, which is fairly minor in the scheme of things.
m The chair felt the photographs were a silly mistake rather than abuse.
c Being given lifts and vapes by grown men is just how things are round here.
s Concerns of this kind are part of growing up and do not meet threshold.
c Holly-Ann keeps cancelling appointments, so clearly she is not bothered.
r It was a one-time thing at a party and she seems to have moved on.
c The bruising is mild and probably from messing about with the older lads.
m It is normal for Logan to be out until 3am, so it was not escalated.
"""

FLAG["adultifying"] = """
c Courtney is very mature for her age and can make her own decisions; she is 12.
r Jordan, aged 11, is streetwise and knows how to handle himself.
m Described as a young woman who is well able to look after herself; she is 12.
c Tyler acts like an adult and does not need the same protection as other children.
s Lexi, 13, presents as a sophisticated young woman who knows what she is doing.
c He's a big lad for thirteen and can stand up for himself.
r Kayden, 12, is a young man who carries himself like someone much older.
c Dami is 14 but is basically an adult in how he lives his life.
m Members felt that at 13 she is old enough to know better.
c Ellie, 12, is savvy and wise beyond her years, so she will see through him.
r Marcus, 13, is very street smart and is unlikely to be taken in by the older boys.
c At fourteen, Keisha is effectively independent and runs her own life.
s Teenagers of fourteen and fifteen are capable of protecting themselves and will be offered advice only.
c The eleven-year-old was described by the officer as a little woman who knows her own mind.
m Officers said Tyrell, 13, is a grown man in all but name.
c She looks and behaves like she's 18, so she can take care of herself.
r Rory is a hardened 14-year-old who can handle whatever comes his way.
c Mackenzie is very worldly for 12 and understands the situation fully.
m It was noted that the 13-year-old is a young lady capable of making adult choices.
c Caleb, 12, has had to grow up fast and no longer needs the supervision a child would.
r Amy is a mature thirteen-year-old who is in control of what happens to her.
c Jaden is 12 going on 30 and can look after himself on the streets.
s Because Precious is so self-sufficient at 13, a lower level of oversight is appropriate.
m Seen as a young man who is tough enough to deal with the older males (he is 12).
c She is fourteen and perfectly capable of managing herself around these men.
r Faith is a precocious thirteen-year-old who knows exactly what she is doing.
c Ashton can hold his own; he's 13 but tall and confident.
m The panel heard that Jade is emotionally mature and not naive, despite being 12.
c He has been the man of the house since he was 11 and should be treated as such.
r Kaya is an experienced young woman of 14 and not a typical victim.
s A 14-year-old who has lived independently in the past can be trusted to safeguard herself.
c Tommy is a tough little man who does not scare easily; he is ten.
c Nia has the head of a woman on the shoulders of a 13-year-old.
m The chair said Kofi, 11, is more of a grown-up than some of the adults around him and can cope.
"""

FLAG["self_risk"] = """
c Lucy continues to put herself at risk by going to the flats.
r Jordan is engaging in risky behaviour, including going missing and drinking.
m Kerry is making poor choices about who she spends time with.
c His lifestyle is chaotic and is placing him in danger.
s Children who place themselves in harm's way will be offered targeted intervention.
c Paige is exposing herself to exploitation by staying out all night.
r Amira's risk-taking is escalating and she is endangering her own safety.
c Zak keeps putting himself in dangerous situations with older males.
m Concern was raised about Sophie's high-risk lifestyle choices.
c Ella has adopted a risky lifestyle which she is unwilling to change.
r She is vulnerable because of her own unwise decisions.
c Reggie puts himself in harm's way each time he leaves placement.
m She is seen as making bad decisions that leave her in dangerous company.
c Rosie's behaviour is placing her at considerable risk of harm.
s The plan aims to reduce the risky behaviours young people are engaging in.
c He's his own worst enemy when it comes to staying safe.
r Frankie seems determined to put himself in danger.
c Kacey's choices about who she associates with are putting her at risk.
m Agreed that Ryan's reckless behaviour is the main risk factor.
c She is making herself vulnerable by accepting lifts from strangers.
r Evan's lifestyle is one of drink, drugs and staying over with older men.
c Jess keeps placing herself in risky situations online.
m The looked-after child continues to risk her own safety by absconding.
c Demi keeps heading into situations where she could be harmed, and it is of her own doing.
s Where a child persists in risk-taking, the focus will be on changing the child's choices.
c Alfie is making unsafe decisions and refuses to listen.
r Lola's promiscuous lifestyle is placing her at risk.
c Her decision-making is poor and she continues to endanger herself.
m Concern that Hayden is courting danger by hanging around the bus station.
c Marley goes looking for trouble and keeps ending up in harm's way.
r Georgia is at risk because of her own behaviour, which she refuses to change.
c The boy has a reckless attitude to his own safety.
m Minutes record that Kira's unhealthy lifestyle and risk-taking are the main concern.
c Nathan's poor choices mean he keeps finding himself in unsafe places.
"""

FLAG["jargon"] = """
c Referred to MASH on Tuesday; awaiting outcome.
r CIN plan to continue, next review in six weeks.
m LADO consulted and advised that a strategy meeting be held.
c NRM submitted by the police on 3 March.
s S47 enquiries will be completed within 15 working days.
c YP was seen at home with mum present.
m Case to be heard at MACE next month.
r CSE screening tool completed and shared with school.
c SW visited and spoke with Tia alone in her bedroom.
r Strategy discussion held; decision made to progress to ICPC.
m CP plan agreed following the RCPC.
c Referred to CAMHS for assessment; the waiting list is 12 weeks.
c IRO notified of the change of placement.
r PLO letter sent to both parents.
m MARAC referral made in relation to mum.
c EHA closed and stepped up to CIN.
s All CCE cases will be tracked through the MET panel.
c LAC review brought forward to next week.
r DSL has informed the school nurse.
m SGO assessment underway with maternal aunt.
c Attended TAF at school with Kieran and his dad.
c RHI completed by the missing coordinator on Monday.
r SPOC agreed to share the latest intelligence.
m CAWN served on the adult male yesterday.
c Strat held, S47 agreed, ICPC to follow.
s The CSC front door will triage all contacts within 24 hours.
r CP-IS flag checked by A&E on arrival.
m Update from YOT: order completed without breach.
c Discussed at the CME panel this morning.
r PNC checks completed, nothing of note.
c ABE interview arranged for Friday.
m CPP remains in place; next core group in four weeks.
c Plan to complete the NRM and refer to ICTG.
r Handed over to EDT for the weekend.
s Each CE case will have a named lead in the VAU.
"""

# ------------------------------------------------------------------ OK ----

OK = {}

OK["adult_action"] = """
c The man chose to give Maisie alcohol and then drove her to the flat.
r Dean Harrowby, 31, made the decision to send sexual images to Holly.
m The adult male targeted Kai because he was isolated and had no money.
c The older men were dealing drugs from the flat and used Josh to carry them.
s Adults who recruit children into drug supply will be pursued through disruption orders.
c He told Tyler that he owed him £500, a debt he invented in order to control him.
r The perpetrator is a known dealer with previous convictions for supply.
m When stopped by police the 30-year-old called Poppy his girlfriend; officers recorded this as part of his grooming.
c The man claimed in interview that she wanted it and had agreed; these are his words, not ours.
c The driver picked a route that kept Ellie away from anyone who might help her.
r The suspect groomed Lacey by buying her clothes and make-up.
c The group's leader, a man in his forties, runs the line from a flat in Tolwick.
m The older male has been recruiting children from the pupil referral unit.
c Mr Quillan told officers that Ava was "mature for her age"; this has been recorded as evidence of his grooming.
s The exploiters deliberately pick out children who are in care or excluded from school.
c The woman who was holding Kayden's phone controlled who he could speak to.
r The adult offered Courtney a place to stay and then demanded sex.
c The 24-year-old is running a business selling cannabis and cocaine across the county.
m He is believed to be shotting from his car near the leisure centre; he is 29.
c The adults plied the girls with vodka before the assaults.
r The man boasted to his friends that Mia was his girlfriend.
c The dealer threatened Reece's younger brother to keep Reece compliant.
s The perpetrators use debt, threats and gifts to entrap children.
m The older males, all over 18, lured Jordan into the car with promises of money.
c Gav, 32, told the officer he was in a relationship with Kayla; he has since been charged.
r The man's lifestyle revolves around drug supply and the exploitation of children.
c The adults were gambling with Ruby's life by driving at speed while she was in the back.
m The suspect insisted Kacey had consented; police noted that a child of 13 cannot consent in law.
c It was the adult who sent the first image and then pressed Zara to reply in kind.
r The man took Sienna to a hotel in Brackleby, where he abused her.
c Connor's uncle, 35, works the phone line and sends the children out.
m In his police interview the perpetrator blamed Amber's clothing; officers rejected this.
c She was groomed by a man who gave her a phone and then used it to control her.
r The dealers forced Mason to hide packages in his school bag.
c The older man's drinking and violence were well known to the neighbours.
"""

OK["quoted_policy"] = """
s Avoid "putting herself at risk"; say instead that she is at risk from the adults exploiting her.
m The chair reminded members not to use the term "child prostitute"; the correct description is a child who is being sexually exploited.
c I have changed "boyfriend" in the earlier record to "the adult male who is exploiting her".
r Please do not describe Josh as a "runner"; he is a child being criminally exploited.
s Phrases such as "she is choosing this lifestyle" suggest the child is responsible and must not be used.
c The previous note said Tyler had "agreed to go"; this has been corrected, as he was coerced.
m The word "consensual" was removed from the minutes because Kacey is 13.
s Instead of "streetwise", describe what the child has been exposed to and why that increases harm.
c The school's email referred to "risky behaviour"; I have asked them to describe the risk posed by the adults instead.
r "Low-level" should not be used to describe sexual harm to a child.
s Terms like "drug debt" should be replaced with "debt bondage" or "a debt created by the exploiter".
m Members agreed to stop saying "non-engagement" and to ask instead how services can reach the child.
c The phrase "young woman" was struck out of the report because Ava is 12.
s Do not write "mature for her age"; maturity does not protect a child from exploitation.
r The referral's description of Courtney as "promiscuous" is victim-blaming and has been withdrawn.
c Dad called his son a "drug dealer"; I explained that Elijah is a victim of exploitation.
m The officer's description of the incident as "banter" was challenged by the chair.
s Avoid "sexually active" when writing about children under thirteen; describe the abuse instead.
c Mum was upset by the phrase "making poor choices" in our letter, and she was right to be.
r The terms "working for" and "shotting" were removed from the chronology.
s Writing "she was dressed provocatively" shifts responsibility away from the abuser and is not acceptable.
m The chair asked that "relationship" not be used for the contact between Poppy and the 23-year-old.
c The note describing Jack's contact with Darren as "mutual" has been amended.
s Replace "hard to reach" with a description of the barriers services have not yet removed.
r The chronology entry "went willingly" has been challenged because it ignores the grooming.
c I queried the word "recruiter" in the police log; Connor is himself being exploited.
m It was agreed that the term "one-off" understated what happened and should be deleted.
s Practitioners should never write that a child "allowed" abuse to happen.
c The entry "he is his own worst enemy" has been replaced with a description of the harm he faces.
r The phrase "lying to staff" was reframed: Tasha is too frightened to say where she goes.
m The minutes were corrected, since "experimenting" is not an accurate word for a child being given class A drugs.
s Avoid describing a 13-year-old as "able to look after himself"; every child needs protection.
c The word "girlfriend" in the taxi driver's statement is his language, not ours, and should not be repeated.
s We no longer use "child sex worker" anywhere in our records.
"""

OK["correct_usage"] = """
c Maisie went to the flat after weeks of grooming by the men, who had given her gifts and alcohol.
r Tyler agreed to travel only after the group threatened his mother; this is coercion.
m Members agreed that Kacey is a victim of child sexual abuse and cannot consent to what happened.
c Holly believes she is in a relationship with the 31-year-old; that belief is a product of his grooming.
s The risk to Jordan comes from the adults who are exploiting him, not from his own behaviour.
c Reece said he chose to go; we recognise that this apparent choice was shaped by fear and by a debt the group imposed on him.
r Ellie-Mae is at significant risk of sexual exploitation from adult males at the Corran Street address.
m The chair said the men have created a situation in which Kayden feels he has no option but to go.
c Aleena went with the men because they had convinced her they cared about her, which is grooming.
s A child cannot consent to their own exploitation, whatever they say at the time.
c Freya told me she was fine with it; I have recorded this as an indicator of how thoroughly she has been groomed.
r The risk of further harm from the adults is high, and a safety plan is in place.
c Jade returns to the takeaway because the men there have made her dependent on them for food and cigarettes.
m Agreed that the adult males are responsible for the abuse and that police will pursue them.
c Brandon was compelled to carry drugs by older males who threatened him with violence.
s Where a child appears to go willingly, practitioners should look for the grooming and control behind it.
c Josh has been criminally exploited by adults who used him to move drugs out of the city.
r Amir was coerced into sending images by a man posing as a teenager online.
m The group noted that Lily-Rose is being sexually exploited by adults who give her money and alcohol.
c She appeared to agree, but she is 14 and was under the man's control throughout.
r Marcus is a victim of debt bondage: the group staged a robbery of the drugs and then claimed he owed them.
c Sophie was manipulated into believing the man loved her, and that is why she kept going back.
s Risk is assessed in terms of the threat posed by perpetrators and the protective factors around the child.
m The police representative confirmed that Ashton is being treated as a victim of criminal exploitation, not a suspect.
c Lacey's drinking is a consequence of the abuse; the men supplied the alcohol to lower her defences.
r Caleb felt unable to say no because the older males had already hurt his friend.
c Kieran is at risk because adults are contacting him through his phone and offering him money.
m Members agreed that Rhys goes missing because he is being pulled away by those exploiting him.
c Harvey went along with it because he was frightened of what would happen if he refused.
s Exploiters often make a child feel they have chosen their situation, so records should name the coercion.
r Abbie was given alcohol by the adults at the party, who then assaulted her.
c The girl said she wanted to see him; the man has spent months cutting her off from her family to create that wish.
m Police confirmed that the 22-year-old will be investigated for offences against Caitlin, whom he had groomed since she was 13.
c Nadia was coerced into being filmed and the adults involved will be investigated.
r Owen agreed to hold the bag only because the men told him his sister would be hurt; he is a victim of coercion.
"""

OK["explained_acronym"] = """
c Referred to the Multi-Agency Safeguarding Hub (MASH) on Tuesday.
r Tia is on a Child in Need (CIN) plan, reviewed every six weeks.
m The Local Authority Designated Officer (LADO) was consulted about the allegation against the coach.
c A National Referral Mechanism (NRM) referral was submitted, as Josh is a potential victim of trafficking.
s Section 47 (S47) child protection enquiries will be completed within 15 working days.
c MACE, the multi-agency child exploitation meeting, will hear the case next month.
r The child sexual exploitation (CSE) screening tool was completed with Poppy and her mum.
m The social worker (SW) visited and saw Tia on her own.
c CAMHS (child and adolescent mental health services) has accepted the referral.
r The independent reviewing officer, or IRO, was told about the move.
m A MARAC (multi-agency risk assessment conference) referral was made to protect mum from her ex-partner.
c A return home interview (RHI) was completed within 72 hours.
s Each case of child criminal exploitation (CCE) will have a named lead.
c The designated safeguarding lead (DSL) at school shared the concern.
r An initial child protection conference (ICPC) has been booked for the 14th.
m The youth offending team (YOT) will offer support rather than enforcement.
c The independent child trafficking guardian (ICTG) met with Elijah at school.
r An Achieving Best Evidence (ABE) interview has been arranged for Friday.
s The Public Law Outline (PLO) process begins with a letter to the parents.
c The police single point of contact (SPOC) for exploitation agreed to share intelligence.
m A child abduction warning notice (CAWN) was served on the 31-year-old.
c EHA, meaning early help assessment, was closed and the case stepped up.
r The emergency duty team (EDT) will cover the weekend.
s Children missing education (CME) will be reviewed monthly.
m The looked after child (LAC) review has been brought forward.
c The young person (YP) was seen at home with mum present.
r A team around the family (TAF) meeting was held at school.
c A child protection plan (CPP) is now in place.
s The missing, exploited and trafficked (MET) panel meets fortnightly.
m The special guardianship order (SGO) assessment of the aunt is underway.
r Police National Computer (PNC) checks found nothing of note.
c A sexual risk order (SRO) has been applied for against the adult male.
m Accident and emergency (A&E) staff checked the child protection information sharing system (CP-IS).
s Referrals go to CSC, short for children's social care, through the front door team.
"""

OK["neutral"] = """
c Mum's line manager at the café has agreed to change her shifts so she can attend meetings.
r Dad works as a car dealer in Brackleby and is at home most evenings.
m The mature student on placement with the team finishes in June.
c Jake, 15, and his girlfriend, also 15, attend the same school and both families are supportive.
s Adult partners of parents will be included in the household assessment.
c Mum and her partner of ten years have both attended every meeting.
c The bus route runs past the school and Freya uses it every day.
r Grandad is a retired runner who still coaches the local athletics club.
m The new card reader at reception was installed on Monday.
c Ruby has chosen to study art and drama for her options.
r Tyler went to football training on Saturday and enjoyed it.
c The risk assessment for the school trip has been signed off.
m It was agreed that the next meeting will be held in the library.
c Mum's boyfriend, who is 38, has been assessed as a safe carer.
s Pawnbrokers and second-hand dealers in the town centre have been asked to report children trying to sell phones.
c Aunty Jo is holding the family's passports for safe keeping.
r Dad is working for a haulage firm and is away from Monday to Wednesday.
c Liam, 16, has been seeing a girl from his year group for a few months; she is also 16.
m Members noted the excellent progress Maddie has made at school.
c Mum's partner is 41 and they have been together since before Ellie was born.
s The relationship between schools and the police has improved this year.
c Sienna and her best friend, both 13, went to the cinema together.
r Her older sister, 22, is engaged to her boyfriend, 24, and they live nearby.
c Dad is a mature and calm presence in the home.
m The team agreed to use the new recording system from next month.
c Kai has a good relationship with his grandmother.
r The youth worker is a former professional runner and is well liked by the boys.
c Mum said the trip was a one-off treat for Leah's birthday.
s The partnership will look after its staff by offering clinical supervision.
c Reggie chose pizza for tea and helped wash up afterwards.
m The drugs education evening at the school was well attended by parents.
c Owen owes the library three books and is sorting it out with the librarian.
r Jessica agreed to a referral to the school counsellor after talking it over with her mum.
c Mum is a mature student at the college, studying nursing.
c Tom, 14, and his classmate Ellie, 14, are going out and their parents know each other well.
"""

# ------------------------------------------------------------- checks -----

ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&-]*[A-Z0-9]\b")
ACRONYM_KINDS = {"jargon", "explained_acronym"}
REL_WORDS = re.compile(
    r"\b(boyfriend|girlfriend|partner|relationship|seeing|dating|going out|"
    r"couple|engaged|fianc|lover|ex\b|going steady|new man|romantically)",
    re.I)
AGE_HINT = re.compile(
    r"\d|\b(eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|"
    r"twenty|thirty|forty|twenties|thirties|year \d)\b", re.I)
EXPLAIN_HINT = re.compile(r"\(|, the |, meaning |, or |, short for ", re.I)


def parse(block, group):
    rows = []
    for n, raw in enumerate(block.strip().splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        code, _, text = line.partition(" ")
        if code not in STYLE or not text.strip():
            sys.exit(f"{group} line {n}: bad style code or empty text: {raw!r}")
        rows.append((STYLE[code], text.strip()))
    return rows


def main():
    errors = []
    records = []
    for cat in FLAG_CATEGORIES:
        for style, text in parse(FLAG[cat], cat):
            records.append({"text": text, "label": "flag", "category": cat,
                            "negative_kind": None, "style": style})
    for kind in OK_KINDS:
        for style, text in parse(OK[kind], kind):
            records.append({"text": text, "label": "ok", "category": None,
                            "negative_kind": kind, "style": style})

    # duplicates (case and whitespace insensitive)
    seen = {}
    for r in records:
        key = " ".join(r["text"].lower().split())
        if key in seen:
            errors.append(f"duplicate: {r['text']!r}")
        seen[key] = r

    # counts
    cat_counts = Counter(r["category"] for r in records if r["label"] == "flag")
    kind_counts = Counter(r["negative_kind"] for r in records if r["label"] == "ok")
    for c in FLAG_CATEGORIES:
        if cat_counts[c] < MIN_PER_GROUP:
            errors.append(f"category {c} has {cat_counts[c]} < {MIN_PER_GROUP}")
    for k in OK_KINDS:
        if kind_counts[k] < MIN_PER_GROUP:
            errors.append(f"kind {k} has {kind_counts[k]} < {MIN_PER_GROUP}")

    for r in records:
        t = r["text"]
        group = r["category"] or r["negative_kind"]
        # label / category / kind agreement
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATEGORIES or r["negative_kind"] is not None:
                errors.append(f"flag agreement: {t!r}")
        elif r["label"] == "ok":
            if r["negative_kind"] not in OK_KINDS or r["category"] is not None:
                errors.append(f"ok agreement: {t!r}")
        else:
            errors.append(f"bad label: {t!r}")
        if r["style"] not in STYLE.values():
            errors.append(f"bad style: {t!r}")
        # acronym rule
        acr = ACRONYM.findall(t)
        if group in ACRONYM_KINDS:
            if not acr:
                errors.append(f"{group} without acronym: {t!r}")
            if group == "explained_acronym" and not EXPLAIN_HINT.search(t):
                errors.append(f"explained_acronym without explanation: {t!r}")
        elif acr:
            errors.append(f"acronym outside jargon/explained ({acr}): {t!r}")
        # age_relationship must carry a relationship word and an age
        if group == "age_relationship":
            if not REL_WORDS.search(t) or not AGE_HINT.search(t):
                errors.append(f"age_relationship lacks word or age: {t!r}")
        # quoted_policy must quote something
        if group == "quoted_policy" and '"' not in t:
            errors.append(f"quoted_policy without quotes: {t!r}")

    if errors:
        print("\n".join(errors))
        sys.exit(f"{len(errors)} problem(s); nothing written")

    random.Random(20261206).shuffle(records)
    out = Path(__file__).resolve().parent / "set_i.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            obj = {"id": f"I{i:03d}", "text": r["text"], "label": r["label"],
                   "category": r["category"], "negative_kind": r["negative_kind"],
                   "style": r["style"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    label_counts = Counter(r["label"] for r in records)
    style_counts = Counter(r["style"] for r in records)
    print(f"total: {len(records)}")
    print(f"labels: flag={label_counts['flag']} ok={label_counts['ok']}")
    print("flag categories:")
    for c in FLAG_CATEGORIES:
        print(f"  {c}: {cat_counts[c]}")
    print("ok kinds:")
    for k in OK_KINDS:
        print(f"  {k}: {kind_counts[k]}")
    print("styles: " + ", ".join(f"{s}={style_counts[s]}" for s in STYLE.values()))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
