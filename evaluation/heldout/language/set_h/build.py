#!/usr/bin/env python3
"""Build set H: hand-written evaluation sentences for a victim-blaming
language checker (UK child exploitation partnerships).

All sentences below were written by hand for this set. Every name, place,
age and event is invented. Each line in a block is "<style code>| <text>",
where the style code is c (case_note), r (referral), s (strategy) or
m (minutes). Standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

STYLE = {"c": "case_note", "r": "referral", "s": "strategy", "m": "minutes"}
FLAG_CATS = ["consent_choice", "blame_cause", "age_relationship", "criminalising",
             "minimising", "adultifying", "self_risk", "jargon"]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]
MIN_PER_GROUP = 35
MIN_TOTAL = 450
SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set_h.jsonl")

# An "acronym" is an upper-case token of 2+ characters (letters/digits,
# first a letter), optionally with a plural s: CSE, YP, YPs, S47, CAMHS.
ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]+)s?\b")

# ---------------------------------------------------------------- FLAG ----

FLAG = {}

FLAG["consent_choice"] = """
c| Mia, 14, went willingly to the flat on Cobbler's Row and stayed the night.
r| She consented to the sexual activity and says nobody forced her.
c| Jayden chose to get into the car with the older males.
m| It was noted that Leah was happy to go along with whatever the men wanted.
r| Ruby agreed to send the pictures in exchange for vapes.
r| The young person is making an active decision to return to the address each weekend.
s| Where a child is freely choosing to associate with these adults, the partnership's role is limited.
c| He appears to want to be involved and turned down the offer of a move out of area.
r| Kacey was a willing participant throughout the evening.
m| The chair summarised that Ellie had given her consent, so no offence had been disclosed.
c| Tia went off with them of her own accord again on Friday.
r| The boy is complicit in what is happening to him.
c| She seems to enjoy the attention she gets from the men who work at the takeaway.
c| Ashton has decided this is the life he wants and he will not be told otherwise.
m| Members felt that Nadia knowingly traded sex for somewhere to stay.
c| Jordan volunteered to make the trip, so the journey was his own idea.
r| The 13-year-old is said to have been up for it and to have initiated the contact.
c| Bella keeps going back, which shows she is happy with the arrangement.
s| Some young people actively seek these adults out because they like what they get from them.
c| Poppy was seen climbing into the van without any hesitation, clearly wanting to go.
c| She gave permission for the photographs to be taken.
c| The sex was consensual according to both parties.
m| It was agreed that Callum is there of his own free will.
r| Amira has chosen to have sex with several men at the house on Gorse Lane.
c| Kian says it is his choice and that he is old enough to decide, and staff have accepted this.
c| She went along with it because she wanted the gifts.
c| Lily-Mae invited the man up to her bedroom.
r| Reason for referral: child is selling sex.
c| Logan willingly travelled to Fenmarsh with the two older lads.
m| The panel's view was that Harvey did not object and seemed keen.
c| The girl was a consenting party to what happened in the park.
c| Caitlin has agreed to meet him again and is looking forward to it.
m| Declan made it clear he wanted to go with the men, so the group felt there was nothing to safeguard against.
r| She engaged in sexual activity with the men in return for alcohol and cigarettes.
c| Zara is prostituting herself around the Brindle estate.
m| Aiden signed up to it knowing full well what it involved, the youth worker said.
m| Discussed that Sienna is happy to keep in touch with the men and does not see a problem.
c| Riley made the call to go with them rather than come home.
s| A number of the girls are in these situations through their own volition.
c| When the officer asked, Mollie said yes, so it cannot be described as coercion.
"""

FLAG["blame_cause"] = """
c| If Sophie had not been wearing such revealing clothes, this may not have happened.
r| Her provocative way of dressing is attracting older men.
c| Because Tyler kept lying about where he was, he ended up in the hands of the group.
c| Her drinking left her open to being taken advantage of and is the main issue here.
m| It was felt that Grace brings this on herself by staying out so late.
r| Mason's constant phone use is what led to the abuse.
c| She looks much older than 14 with her make-up on, which is why the men approached her.
r| The assault happened because Kyra was drunk and flirting.
c| Had Ethan come home on time, he would not have been picked up.
s| Girls who dress older than their age and hang around takeaways invite this kind of attention.
m| Residential manager stated that her attitude towards staff is the root cause of the exploitation.
c| Jessica sent the first photo, so she started all of this.
m| The chair commented that Ava's behaviour online is drawing these men in.
c| Because she keeps running off, she is getting herself abused.
c| He was singled out because of the way he carries himself and the company he keeps.
r| She is being exploited as a result of her sexualised behaviour.
c| Keeley's lies to her carer are why this keeps happening.
c| Out at two in the morning in a short skirt, she was always going to attract trouble.
m| Leon's obsession with designer clothes is the reason the group could hook him.
c| Her flirty manner with the taxi drivers is behind what happened.
c| The incident occurred after she got herself drunk at the party.
r| Olivia's use of dating apps has caused this abuse.
c| She would not be in this position if she listened to her mother.
c| Reece's lateness for curfew is the reason he keeps getting picked up by the older boys.
s| Young people who post suggestive photos are largely responsible for the contact that follows.
r| Chloe was abused because she was wandering about on her own at night.
m| Members agreed that her cannabis use is the thing to tackle, as it is what keeps drawing her to him.
c| The boy's mouthiness towards the older group is what got him hurt.
c| Her habit of accepting lifts from strangers is what led to the rape.
r| She is exposing her body on social media, and this has led to men contacting her.
c| Amber's truanting is why she got caught up with the men at the rec.
c| Her hanging around outside the shisha lounge drew the group's attention.
c| The images were spread because Harley was careless with her phone.
m| Concern that Skye's new look and weight loss are making her attractive to older males.
m| The officer's view was that he got himself into this by bragging online about money.
c| She was assaulted after provoking the man.
r| Tamsin's promiscuity has brought her into contact with these adults.
c| Because she lied about her age online, the men cannot really be blamed for thinking she was older.
c| The abuse followed on from Erin's rudeness and refusal to accept boundaries at home.
s| A child's repeated dishonesty with carers is often the trigger that lets exploitation take hold.
"""

FLAG["age_relationship"] = """
c| Lacey, 14, has a 22-year-old boyfriend who collects her from school.
r| Tom (15) is in a relationship with a woman in her late twenties.
c| She has been seeing Dean, who is 31, for about three months.
m| Noted that Freya's partner is 19 and she is 13.
c| Kelsey says she is dating an older man; she turned 14 in March and he is about 25.
c| Her boyfriend Marcus, aged 26, bought her a new phone.
r| The twelve-year-old is in a sexual relationship with a man of forty.
c| Josh, who is in Year 9, has a girlfriend he met online who is 23.
c| Nicole's fella is in his thirties and she is fifteen.
m| Lola (13) and her 20-year-old partner have been spending weekends together.
c| She describes Kyle, 24, as her man and says they have been together since she was 13.
s| Where a 15-year-old is in a relationship with an 18- or 19-year-old, a lighter-touch response may be appropriate.
c| The 14-year-old's ex-boyfriend, a man of 29, has been sending her messages again.
c| Jade (14) spent the night at her boyfriend's flat; he is 21.
r| Her current partner is twice her age: she is sixteen and he is thirty-two.
c| Mrs Yates reported that her son, aged 15, is going out with a woman of 27.
c| Megan has been courting a man of 38 since her thirteenth birthday.
m| Action: speak to Shannon (14) about her relationship with the 20-year-old.
c| The couple, a 13-year-old girl and a 24-year-old man, were found together in the car.
c| Ella's older boyfriend, believed to be about 30, has moved her into his flat; she is 15.
c| Bradley, 14, says the woman he is seeing is just 25.
r| Child aged 12 reports having a boyfriend aged 19.
c| The 15-year-old described the 33-year-old as her lover.
c| She and her partner (22) argue a lot; Kara is 14.
m| Police are aware of Aisha's relationship with the 28-year-old, who is known to them; she is thirteen.
c| Her 40-year-old boyfriend picks her up in a silver car every Thursday; she is in Year 8.
c| Hannah, 14, and her 21-year-old boyfriend split up last week.
s| Relationships between 14- and 15-year-olds and men in their early twenties are a recurring theme in the north of the borough.
c| Connor, 13, has been hooking up with a 19-year-old woman from the estate.
r| Rosie is 15 and engaged to a 27-year-old.
r| The girl, 14, calls the 35-year-old man her husband following a religious ceremony.
c| Since turning 12, Daisy has been in an on-off relationship with Jamal, who is 20.
r| Jodie's boyfriend is 23; she is fourteen and a half.
m| Sam (15) confirmed he is still with his 26-year-old girlfriend.
m| Keira met her partner when she was 13; he was 24 at the time.
c| Her mother does not approve of 14-year-old Paige dating a 19-year-old.
c| Phoebe (15) is in love with a man in his forties and says they are in a proper relationship.
r| The 13-year-old boy's girlfriend is a 30-year-old woman he met at the gym.
c| Born in 2012, Tanya has been going steady with a man born in 1996.
"""

FLAG["criminalising"] = """
c| Kai, 15, is a drug runner for a line operating out of Stenfield.
r| He is believed to be dealing class A on behalf of older males.
c| Marley was caught shotting outside the chicken shop.
c| Aaron was holding for the group when police stopped him.
m| Noted that Jack is working for a county line and has been travelling to Wexholt.
c| She is part of the gang that runs the Eastfield estate.
c| Josiah owes a drug debt of £800 and is working it off.
r| The 14-year-old is recruiting younger children into the line.
c| Liam has been trapping in a flat in Harbury for the last week.
r| He is a known drug dealer at school.
s| Young drug couriers from the area are being arrested in neighbouring counties.
c| Shay was found plugging wraps for the line.
m| The chair asked whether Ollie is still a gang member.
c| Mohammed is running the deal phone for the line.
c| She acts as a drugs mule between the city and the coast.
r| Junior is a low-level street dealer selling to other pupils.
c| Devon is in debt to the line after losing a package.
c| Kofi has been grafting for the older boys since the summer.
c| It is thought that Rhys has moved up and now manages his own runners.
m| The boy was described as a foot soldier in the Marsh Lane group.
c| Brandon has gone country again and was found in a trap house.
c| She is stashing drugs and cash at her mum's address for the gang.
r| Tyrese has been selling weed at the skate park.
r| The young person is an active member of an organised crime group.
c| Ibrahim admitted being a courier and said he gets paid per drop.
s| Child drug suppliers will be dealt with through the youth justice route in the first instance.
c| He is shotting from a bike around Peel Park most evenings.
c| The young person is bringing younger children in to sell for the line.
c| Cameron was arrested for possession with intent; he deals for the Crown Road lot.
m| It was reported that Zion is a gang affiliate with a debt of two grand.
m| Nathan has been holding a knife and drugs for the elders, according to the school.
m| Police update: Eli works the line with his cousin and takes a cut of the profits.
r| Thirteen-year-old girl used as a mule to transport cocaine.
c| She is a recruiter, bringing girls from the unit to the parties.
c| Efe is a gang-involved youth who sells drugs.
c| Ronan is now the line's main worker in Fenmarsh.
m| Discussed Kobe's role as a lookout and runner for the group.
c| Paris is one of the girls who moves product for the Tanner brothers.
s| The partnership will target young dealers operating around the transport hubs.
"""

FLAG["minimising"] = """
c| This is low-level exploitation and does not meet the threshold for a strategy meeting.
c| It was a one-off incident and she seems fine now.
m| Agreed that this is just normal behaviour for Bailey and his friends.
c| The comments from the older lads were only banter.
c| She is experimenting sexually, as teenagers do.
r| Liam refuses to engage with services, so the case will be closed.
c| Kieran will not engage and so there is little more we can do.
c| The touching was just horseplay.
c| It is only a couple of images, so the risk is low.
s| Much of what is reported is typical teenage behaviour and should not be over-escalated.
c| He has only been missing twice, so it is hardly a concern yet.
c| Sexting is normal at her age; no further action.
m| This is what girls from that estate do; it is part of the culture there.
c| Jess is hard to reach and keeps avoiding the worker, so the case is being closed.
m| The head of year described it as a bit of fun that got out of hand, and the meeting accepted this.
c| Staff felt the incident was minor and not worth reporting.
c| Dylan is disengaging from support by choice.
r| The child has been missing overnight but always comes back, so it is not a big deal.
c| It is a case of boys being boys.
r| This was a mild sexual assault.
c| She has been sleeping around a bit, which is common for kids in care.
m| The panel felt the grabbing in the corridor was playful rather than abusive.
c| Given his history, another missing episode is normal for him.
c| She is non-compliant with the plan and has not bothered to attend appointments.
c| The older man only kissed her, so it sits at the lower end.
s| Low-level concerns such as gifts from older peers can be managed in universal services.
r| Cassie is resistant to help and unwilling to work with us.
c| It was just a silly prank between friends, even though she cried.
c| The injuries were superficial; he was only slapped about a bit.
r| Sending nudes is something all young people do nowadays.
c| Oscar has again failed to attend his appointment and is clearly not taking the support seriously.
c| The video being passed around school is just drama between the girls.
m| It is the usual stuff for Kieran; he is always getting into scrapes.
c| The threats he received online were nothing more than playground talk.
s| Skipping school and staying out late is usually a phase that boys grow out of.
c| Her disclosure was a bit exaggerated and probably not as bad as she makes out.
c| Lucas was not really harmed; the men just got him a bit drunk.
c| She keeps disengaging, which shows she does not want help.
r| Minor concern only: a man in his thirties has been messaging her on a gaming site.
"""

FLAG["adultifying"] = """
c| Although he is 12, Kayden is very mature for his age and knows what he is doing.
r| She is streetwise and well able to look after herself.
r| This young man, aged 11, presents as confident and in control.
c| Tia acts like a 25-year-old and can handle herself.
m| Members felt that at 14 Shanice is more of an adult than a child.
m| Noted that he is old enough to know better.
c| This young woman (aged 12) is fully aware of the risks and can make her own decisions.
c| Ryan is savvy and will not be fooled by anyone.
c| She is worldly beyond her years.
c| He is a big lad and more than capable of defending himself.
s| Older teenagers are generally resilient enough to manage these situations without intervention.
c| Jasmine knows the score and is not naive.
c| At 13, Kyle is essentially independent and comes and goes as he pleases.
r| The young man (aged ten) is sexually knowledgeable and mature.
c| She is a very confident girl who can manage her own safety.
c| He has an adult head on his shoulders and does not need supervising.
m| It was felt that Marcus, at 15, is a grown man in all but name.
c| She presents as much older than 13 and is capable of making adult decisions.
c| Tobias is tough and can look after himself on the streets.
c| Kerry-Ann knows exactly what she is doing with these men.
c| He is fiercely independent and has no need for adults to protect him.
c| The young lady, aged eleven, has been with plenty of men.
c| Abigail is sexually mature and physically developed for her age.
r| He is a hardened young man at 12 and will not respond to intervention.
m| Dante is too clued-up to be groomed, in the view of his carer.
c| She has the maturity to handle these relationships.
c| Being so street smart, Jordan is not at risk in the same way as other children.
m| Discussed that Rhianna is effectively running her own household and lives as an adult.
c| He is intimidating and comes across as a man, not a boy.
r| She can hold her own with the older crowd.
c| Twelve-year-old Maisie is a proper little madam who knows how to get what she wants.
c| The boy is wise to the ways of the street.
c| At just 13, she is a grown woman in her outlook.
s| Sixteen- and seventeen-year-olds are effectively adults and should be treated as such.
c| Lewis is resilient and unbothered; he can cope.
c| She has always been older than her years and does not need looking after.
c| This young man of eleven is the man of the house.
r| Despite her age (13), she has the life experience of an adult.
"""

FLAG["self_risk"] = """
c| Bethany is putting herself at risk by going to parties in Wexholt.
r| He continues to engage in risky behaviour.
c| She is making poor choices about who she spends time with.
r| Chantelle's chaotic lifestyle is exposing her to harm.
c| Ryan places himself in dangerous situations.
m| Riley is vulnerable to exploitation because of the choices he makes.
c| She keeps exposing herself to older men online.
c| Tayla's risk-taking has got worse since Christmas.
c| He is at risk due to his own actions.
c| The young person's lifestyle choices are of concern.
s| Young people who put themselves in harm's way should be supported to make better decisions.
c| Kirsty insists on going places she knows are not safe.
c| Jayden's reckless behaviour makes him vulnerable.
r| She puts herself in risky situations with older males.
c| He needs to take responsibility for his own safety.
c| Rachel seems determined to walk into harm's way.
c| She is a danger to herself because of the company she keeps.
c| Mikey engages in high-risk behaviours such as getting into cars with unknown adults.
m| It was felt that Leanne's lifestyle is the main risk factor.
c| He makes bad decisions and ends up in trouble.
m| She is leaving herself open to exploitation by going missing, the panel agreed.
c| Owen's choices are making him vulnerable.
c| The girl has a pattern of self-endangering behaviour.
r| Concern that she is at risk from her own behaviour online.
c| He is not keeping himself safe.
s| The aim of the plan is to reduce the child's risky lifestyle.
c| Sadie needs to learn to make safer choices about who she trusts.
c| Tyler continues to make unwise decisions about where he goes.
c| She has made herself vulnerable by befriending older men.
s| Some children keep walking straight back into danger however much support is offered.
m| Agreed that Darcy's poor decision-making is the primary concern.
c| Her risk-seeking behaviour is escalating.
r| Ben is his own worst enemy when it comes to safety.
c| The child's party lifestyle is leading to harm.
c| She is vulnerable to being exploited because she keeps going out at night.
c| Harry puts himself about with older groups.
c| She engages in unsafe behaviour at weekends.
r| The young person is gambling with her own safety by meeting men from the internet.
"""

FLAG["jargon"] = """
c| Strategy discussion held; S47 to proceed.
c| Referral passed to MASH this morning.
c| YP seen at home with mum present.
m| Case to step down to CIN.
c| LADO informed on 3 March.
r| NRM referral submitted by SW.
c| MACE panel to review on Thursday.
c| Child remains on a CP plan under the category of neglect.
c| RHI completed by the MFH coordinator.
c| CSE screening tool completed; score medium.
m| Actions from the ICPC carried forward.
c| Discussed at MARAC; DV history noted.
c| EHCP review due next term.
m| PLO letter sent to both parents.
c| SW to complete a CSA assessment.
c| CAMHS referral made; awaiting triage.
m| The IRO raised concerns about drift.
c| Joint visit with the PCSO and the YOT worker.
m| ABE interview planned for Friday.
c| LAC review brought forward to next week.
c| SGO assessment ongoing with the maternal aunt.
r| TAF meeting held; lead professional is the DSL.
s| Information to be shared with the CCE lead in every case.
c| Awaiting the outcome of the CME check.
c| PRU placement confirmed from Monday.
c| YJS worker has completed the AssetPlus.
c| FGC to be offered to the family.
c| Section 20 agreed; child placed with IFA carers.
m| MFH return interview not completed within 72 hours; escalate to TM.
c| NFA outcome received from CPS.
c| DBS check for the new carer is outstanding.
c| CSC to hold an RSM next week.
r| ISVA allocated.
c| EH worker to close as there are no further concerns.
s| All CCE cases will be tracked on the VEMT list.
m| ICPC minutes circulated to the core group; SW on leave until the 20th.
r| GP and HV are aware.
c| The SPOC has logged the CCE concern.
s| A CSPR has been requested by the DSP.
"""

# ------------------------------------------------------------------ OK ----

OK = {}

OK["adult_action"] = """
c| The man, 34, told Kayla that she had wanted it, which is a recognised grooming tactic.
c| The adult was dealing drugs from the flat and made Tom answer the door.
r| Dean Holt, 41, runs a county line and has been arrested for supplying class A.
r| The older male is a known dealer who targets boys from the unit.
c| The perpetrator chose his victim carefully and cut her off from her friends.
m| Her abuser repeatedly lied to her about his age, the officer reported.
c| The men were drinking heavily and kept pouring her vodka.
c| The suspect called himself her boyfriend in messages, a label he used to control her.
c| He said she was mature for her age, which is how he tried to justify the abuse.
m| The adult male recruited at least four children from the care home.
c| The perpetrator's driving was reckless, with her in the car at over ninety miles an hour.
c| The woman, 29, is running the line and paying the boys in trainers.
c| In his police interview the offender blamed Lucy's clothes.
c| Police believe the gang's leader is holding drugs at three addresses.
c| The adults told the boys they owed them for the lost package, a debt they had manufactured.
c| The groomer made a deliberate choice to target a child in care.
r| The man consented to a search of his vehicle.
c| According to the abuser, it was all just banter.
m| The 30-year-old told friends he was seeing a schoolgirl, and one of them reported him.
c| The children were drawn into the adults' world of drink, drugs and constant parties.
c| The exploiter is streetwise and experienced at avoiding the police.
c| The perpetrator repeatedly put the children in danger by driving them to other towns.
r| The landlord was found to be renting rooms to men who brought girls there.
c| The 45-year-old manipulated her into believing she was the one in control.
m| The adult at the centre of the network was described as a mature, charismatic man who won families' trust.
c| The suspect admitted he had been shotting from the address for years.
c| His barrister argued the messages were low-level, but the court disagreed.
c| The two men took advantage of the fact that she had been drinking.
c| The abuser told her nobody would believe her because of her history of lying.
c| The male, 26, was posing as a teenager and sending explicit images.
c| The woman who ran the flat was selling cannabis and crack to adults and children alike.
r| Her stepfather's drinking and violence are the main source of risk in the home.
r| The perpetrator claims the girl was willing; this is his account and it is disputed.
s| The adults were working together to move children between towns.
c| The older man picked the café because it was near the school gates.
c| The group's leader threatened to hurt her brother if she did not do as she was told.
c| The abuser's wife, 38, was also involved and lured girls to the house with alcohol.
s| Adult dealers are increasingly using rented holiday lets as bases.
c| He boasted to the undercover officer that the girls loved him and came of their own accord.
"""

OK["quoted_policy"] = """
c| We no longer write "putting herself at risk"; instead we describe who is placing her at risk.
s| Avoid the term "child prostitute"; this is child sexual abuse.
m| The chair asked that "boyfriend" be replaced with "the adult male" throughout the report.
c| The earlier note said she was "sleeping around"; this was inaccurate and has been corrected.
s| Do not describe children as "drug runners"; say they are being criminally exploited.
r| The previous referral used the phrase "willing participant", which we do not accept for a 14-year-old.
r| I have removed "promiscuous" from the chronology as it blames the child.
s| Phrases such as "risky lifestyle" place responsibility on the child and should be replaced with a description of the risks adults pose.
m| Members agreed that "low-level" is not an appropriate way to describe sexual abuse.
c| Staff were reminded that calling a child "streetwise" can hide her need for protection.
s| Instead of "she consented", record that a child cannot consent to their own exploitation.
c| The school's use of "drug dealer" to describe Kai was challenged at the meeting.
s| The word "relationship" should not be used where one party is an adult and the other a child.
c| The police log described her as "a willing runaway"; this wording has been raised with the sergeant.
m| Action: amend the minutes where Leon was called a "gang member".
s| We say "the young person is being exploited", not "is choosing this lifestyle".
c| Mum said she was "asking for it", and the worker explained why that is not the case.
s| "Engaging in sexual activity" implies choice and should not be used about the abuse of a child.
c| "Failing to engage" has been replaced with "services have not yet found a way to reach him".
s| Avoid "mature for her age": it plays down the child's vulnerability.
m| Concern was raised that the phrase "one-off" had been used about a rape.
c| The term "sexting" was replaced with "the adult requested indecent images".
s| Please avoid "owes a debt"; write instead that adults are using debt bondage to control him.
c| Where the report read "she was dressed provocatively", the line has been deleted as irrelevant.
s| "Going willingly" and "choosing to go missing" are on the list of phrases our recording guidance rules out.
m| The panel rejected the description of the abuse as "banter".
c| I challenged the carer's view that he is "old enough to know better".
s| Do not write "making bad choices"; write about the choices adults are making to exploit children.
c| The original entry said he was "holding" for the line; it now says he was forced to store drugs.
s| The phrase "prostituting herself" must never appear in our records.
c| The manager asked for "young woman" to be replaced with "child" because Amy is eleven.
s| Replace "recruiting others" with an account of how children are coerced into bringing in friends.
m| The word "experimenting" was struck from the record because the other party was 35.
c| The judge's remark that she "looked older" was flagged as victim blaming in our feedback.
s| Writing "he is part of a gang" can criminalise him; say instead that he is being exploited by an organised crime group.
c| In the chronology, "risk-taking behaviour" has been replaced with a list of what the adults did.
s| Slang such as "shotting" or "trapping" should be explained and set in the context of exploitation, not used as a label for the child.
m| Members noted that calling the 13-year-old "streetwise" ignored the coercion she was under.
r| Her mother's phrase, "she's got a fella", was recorded verbatim but the referral makes clear he is a 27-year-old abuser.
"""

OK["correct_usage"] = """
c| Amy agreed to meet him only after weeks of grooming in which he bought her gifts and isolated her from friends.
r| Jake went to the address because the men had threatened his younger brother.
c| The relationship between Sara and the adult is exploitative; he has been grooming her since she was 13.
r| She is at risk of serious harm from the adults who are exploiting her.
c| Any apparent agreement from Leah was the product of coercion and cannot be treated as consent.
c| The men who are grooming Kayden are placing him at significant risk.
m| Members agreed that the adults are responsible for the abuse and that the child bears no blame.
c| He went missing after the group told him he owed them money and threatened his mum.
c| The risks to Mia come from the men at the flat, not from anything she has done.
c| Tom says he chose to go, but this reflects how effectively he has been groomed.
c| She believes she is in a relationship; professionals recognise this as grooming by a 27-year-old man.
s| Children who appear to go willingly have usually been manipulated, threatened or made dependent.
c| The exploiters have deliberately created a sense of loyalty so that Ryan wants to protect them.
s| Even where a child seems to agree, the imbalance of power means the adult is fully accountable.
c| Mollie's drinking was encouraged by the men as a way of wearing down her resistance.
c| Ethan was sent to Wexholt by adults who were controlling him through fear and debt.
r| Lauren has been coerced into sending images by an adult posing as a boy her own age.
m| It is the older males who are choosing to harm her, the chair stressed.
c| He returns to the group because they have groomed him to rely on them for food, money and belonging.
m| Risk was assessed as high because of the adults' access to the child, not because of her behaviour.
c| Keisha wanted to go to the party, and the adults used that to get her alone.
s| A child's decision to stay in contact with an abuser should be understood as a sign of grooming, not of choice.
c| The boy agreed to carry the bag because he had been told his family would be hurt otherwise.
c| Her confident presentation does not reduce the risk posed by the man who is grooming her.
c| The adult took advantage of Zoe's wish to be loved, offering affection as part of the grooming.
r| The child is being criminally exploited by adults who are forcing him to sell drugs.
c| She went back to the flat because her abuser had her phone and threatened to share the images.
m| The meeting emphasised that keeping Callum safe is the professionals' job and that those exploiting him are to blame.
c| Jenna says she loves him; this is consistent with the trauma bond his abuse has created.
r| Concern that an adult male is grooming a 14-year-old and presenting it as a relationship.
c| He did not choose to be exploited; he was targeted because he was excluded and isolated.
c| Although she arrived late at the party, that has no bearing on the responsibility of the man who assaulted her.
c| The images were taken under pressure from an adult who then used them to blackmail her.
r| Whatever risk Aaron faces is being created by those who are exploiting him.
s| A child's silence should be understood as fear of the abusers, not as agreement.
s| Professionals should record how exploiters manufacture a child's apparent consent.
c| Kieran stayed with the group because they had convinced him no one else cared about him.
c| Her outfit is irrelevant; the adult who abused her is responsible.
m| The drug debt Josh is said to owe was invented by the adults to keep him working for them, and he is a victim.
"""

OK["explained_acronym"] = """
c| The case was referred to the Multi-Agency Safeguarding Hub (MASH).
c| A National Referral Mechanism (NRM) referral was made for Kai as a potential victim of trafficking.
m| The Local Authority Designated Officer (LADO) has been notified about the football coach.
c| A Section 47 (S47) enquiry, meaning a child protection investigation, is under way.
c| Tia is now supported under a Child in Need (CIN) plan.
c| The Multi-Agency Child Exploitation (MACE) meeting will review the case next month.
r| Concerns relate to child sexual exploitation (CSE) by adults working at a takeaway.
c| The young person (YP) met with her social worker (SW) on Tuesday.
c| A return home interview (RHI) was offered after each missing episode.
c| CAMHS, the Child and Adolescent Mental Health Service, has accepted the referral.
c| An Initial Child Protection Conference (ICPC) is booked for the 14th.
c| The Youth Offending Team (YOT) will work alongside the exploitation worker.
s| Child criminal exploitation (CCE) includes county lines drug supply.
c| His Education, Health and Care Plan (EHCP) is being reviewed.
c| A Multi-Agency Risk Assessment Conference (MARAC) discussed the mother's safety.
c| Her Independent Reviewing Officer (IRO) chaired the review.
c| An Achieving Best Evidence (ABE) interview, a video-recorded police interview with the child, is planned.
c| The Designated Safeguarding Lead (DSL) at school raised the alert.
m| The Public Law Outline (PLO) process has started, meaning the local authority is considering court proceedings.
c| An Independent Sexual Violence Adviser (ISVA) has been allocated to support her through the trial.
m| The Pupil Referral Unit (PRU) reports good attendance.
c| A Team Around the Family (TAF) meeting was held at school.
c| A Family Group Conference (FGC) will bring relatives together to plan for Kayla.
r| The Child Safeguarding Practice Review (CSPR) recommended clearer recording.
c| The police community support officer (PCSO) spoke with Mason at the park.
r| No further action (NFA) was the outcome of the police investigation.
c| MFH, which stands for missing from home, has been recorded three times this month.
s| Looked after children (LAC) are over-represented among children who are exploited.
c| The Early Help (EH) worker will continue weekly visits.
m| Children's Social Care (CSC) has allocated a new worker.
c| The Crown Prosecution Service (CPS) has authorised charges against the adult.
c| A Special Guardianship Order (SGO) assessment of the grandmother is under way.
m| The Youth Justice Service (YJS) confirmed that Jordan is being treated as a victim.
c| A child protection (CP) plan is in place under the category of sexual abuse.
c| The Disclosure and Barring Service (DBS) check on the new carer has come back clear.
c| An Independent Fostering Agency (IFA) placement has been found for him.
c| Her health visitor (HV) attended the strategy meeting.
s| Children missing education (CME) are at increased risk of being targeted by exploiters.
m| The single point of contact (SPOC) for exploitation in the police will attend.
"""

OK["neutral"] = """
c| Her line manager approved the leave request.
r| Dad works as a car dealer in Stenfield.
c| Mum is a mature student studying nursing.
c| Ellie, 15, has started dating a boy in her year at school.
c| Mr and Mrs Okafor have been partners in the business for twenty years.
m| The meeting started late because the chair was stuck in traffic.
c| Kai enjoys football and plays for the under-14s on Saturdays.
c| The runner beans in the school garden were harvested by Year 7.
c| Grandad is holding the family's passports in his safe.
m| Mum's partner, who is 38, attended the review with her.
c| Liam is training for a fun run and is a keen cross-country runner.
s| The school is part of a trust of five academies.
c| Dad owes the council money and has agreed a repayment plan.
c| Jess and her girlfriend, both 16, came to the youth club together.
m| Apologies were received from the health visitor.
c| Her aunt went willingly to the hospital appointment with her.
c| Staff stayed calm and handled the fire alarm in a mature way.
c| Mum's boyfriend, who is 34, has been assessed as a safe adult.
c| The worker chose a quiet room for the visit.
c| Tyler has a good relationship with his form tutor.
c| She wore her new school uniform proudly on the first day.
c| Mum is working for a cleaning company on night shifts.
r| Dad consented to information being shared with the school.
c| The foster carers have been seeing a lot of progress in his reading.
c| Carers reported that Harley slept well and ate breakfast.
c| The family dog is an old greyhound who still loves to run.
c| A risk assessment has been written for the climbing trip, as it is for every pupil.
m| The carers agreed to a later bedtime at weekends.
c| Ruby's brother, 19, has a girlfriend of 20 and they live together in Harbury.
m| It was agreed that the next meeting will be held online.
c| Mum described herself as streetwise from growing up in a big city.
c| Her older sister, 24, is marrying her partner of six years in June.
c| Jayden was chosen as captain of the chess team.
c| The dealership where Dad works gave him a week off to settle the children.
c| The office phone line was down, so the worker rang from her mobile.
c| Nathan made the choice to study art at college, which his carers fully support.
c| Lily's stepmum runs a small bakery on the high street.
r| Both boys, aged 15, are in a relationship and their parents are supportive.
s| The supervising social worker is pleased with how the placement is going.
"""

# ------------------------------------------------------------- checks ----


def parse(block, where):
    rows = []
    for n, raw in enumerate(block.strip("\n").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        code, sep, text = line.partition("|")
        code, text = code.strip(), text.strip()
        if not sep or code not in STYLE or not text:
            sys.exit("bad line %s:%d: %r" % (where, n, raw))
        rows.append((STYLE[code], text))
    return rows


def explained(acr, text):
    return ("(%s)" % acr in text or "%s (" % acr in text
            or "stands for" in text or "%s, the" % acr in text)


def norm(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def main():
    errors = []
    items = []
    for cat in FLAG_CATS:
        for style, text in parse(FLAG[cat], cat):
            items.append({"text": text, "label": "flag", "category": cat,
                          "negative_kind": None, "style": style})
    for kind in OK_KINDS:
        for style, text in parse(OK[kind], kind):
            items.append({"text": text, "label": "ok", "category": None,
                          "negative_kind": kind, "style": style})

    if set(FLAG) != set(FLAG_CATS) or set(OK) != set(OK_KINDS):
        errors.append("block names do not match category/kind lists")

    # duplicates (after normalising case and punctuation)
    seen = {}
    for it in items:
        k = norm(it["text"])
        if k in seen:
            errors.append("duplicate: %r (also %r)" % (it["text"], seen[k]))
        seen[k] = it["text"]

    # label / category / kind agreement
    for it in items:
        if it["label"] == "flag":
            ok = it["category"] in FLAG_CATS and it["negative_kind"] is None
        elif it["label"] == "ok":
            ok = it["category"] is None and it["negative_kind"] in OK_KINDS
        else:
            ok = False
        if not ok or it["style"] not in STYLE.values():
            errors.append("label mismatch: %r" % it)

    # acronym rule
    for it in items:
        acrs = ACRONYM.findall(it["text"])
        group = it["category"] or it["negative_kind"]
        if group == "jargon":
            if not acrs:
                errors.append("jargon without acronym: %r" % it["text"])
            elif any(explained(a, it["text"]) for a in acrs):
                errors.append("jargon acronym explained: %r" % it["text"])
        elif group == "explained_acronym":
            if not acrs:
                errors.append("explained_acronym without acronym: %r" % it["text"])
            for a in acrs:
                if not explained(a, it["text"]):
                    errors.append("acronym %s not explained: %r" % (a, it["text"]))
        elif acrs:
            errors.append("acronym %s outside jargon/explained: %r" % (acrs, it["text"]))

    # counts
    groups = Counter(it["category"] or it["negative_kind"] for it in items)
    for g in FLAG_CATS + OK_KINDS:
        if groups[g] < MIN_PER_GROUP:
            errors.append("too few in %s: %d" % (g, groups[g]))
    if len(items) < MIN_TOTAL:
        errors.append("too few items in total: %d" % len(items))

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(items)
    width = max(3, len(str(len(items))))
    with open(OUT, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "H%0*d" % (width, i), "text": it["text"], "label": it["label"],
                   "category": it["category"], "negative_kind": it["negative_kind"],
                   "style": it["style"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    labels = Counter(it["label"] for it in items)
    styles = Counter(it["style"] for it in items)
    print("total: %d" % len(items))
    print("labels: flag=%d ok=%d" % (labels["flag"], labels["ok"]))
    print("flag categories:")
    for g in FLAG_CATS:
        print("  %-18s %d" % (g, groups[g]))
    print("ok kinds:")
    for g in OK_KINDS:
        print("  %-18s %d" % (g, groups[g]))
    print("styles: " + ", ".join("%s=%d" % (s, styles[s]) for s in STYLE.values()))
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
