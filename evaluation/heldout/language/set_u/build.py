#!/usr/bin/env python3
"""Build evaluation set U for a safeguarding language checker.

Every sentence below is typed by hand, one call per sentence.
F(category, style, text) -> should be flagged
N(kind, style, text)     -> hard negative, should not be flagged
Python 3 standard library only.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_u.jsonl")
OUT_README = os.path.join(HERE, "README_set_u.md")

CATEGORIES = [
    "consent_choice", "blame_cause", "age_relationship", "criminalising",
    "minimising", "adultifying", "self_risk", "jargon",
]
KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]
STYLES = ["case_note", "referral", "strategy", "minutes"]

ROWS = []


def F(category, style, text):
    ROWS.append({"text": text, "label": "flag", "category": category,
                 "negative_kind": None, "style": style})


def N(kind, style, text):
    ROWS.append({"text": text, "label": "ok", "category": None,
                 "negative_kind": kind, "style": style})


# ---------------------------------------------------------------------------
# FLAG: consent_choice
# ---------------------------------------------------------------------------
F("consent_choice", "case_note", "Ellie-May went willingly to the flat on Tennick Road and stayed the night.")
F("consent_choice", "case_note", "Says she was up for it at the time, no force used.")
F("consent_choice", "referral", "Shannon (14) is consenting to sexual activity with older males she meets through social media.")
F("consent_choice", "strategy", "Kacey appears to have made a lifestyle choice to associate with the adults at the Drayhurst address.")
F("consent_choice", "minutes", "The officer reported that Tayla had agreed to meet the men and got into the car of her own accord.")
F("consent_choice", "case_note", "Didn't say no when he asked for pictures - sent 6 images.")
F("consent_choice", "referral", "Liam is choosing to go missing so he can be with the older lads in Castlemoor.")
F("consent_choice", "strategy", "The sexual contact appears to have been consensual on Abbie's part and she has not described any coercion.")
F("consent_choice", "minutes", "Head of year said Roxanne is trading sex for vapes and lifts.")
F("consent_choice", "case_note", "Jade let it happen, she said, because she didn't want to make a fuss.")
F("consent_choice", "referral", "Young person is voluntarily staying at adult addresses and returning when she wants.")
F("consent_choice", "strategy", "Her repeated return to the same group suggests she is content with the arrangement and is getting what she wants from it.")
F("consent_choice", "minutes", "It was noted that Keeley is happy to go and there was no evidence she was forced.")
F("consent_choice", "case_note", "Did not resist or shout for help. Stated she enjoyed the attention.")
F("consent_choice", "referral", "Mason agreed to travel to Fennbridge with the older boys in return for money and new trainers.")
F("consent_choice", "strategy", "Analysis: Priya is an active participant who seeks out these men rather than a passive victim.")
F("consent_choice", "minutes", "Consensus that Dani is exchanging sexual favours for somewhere to stay and does this knowingly.")
F("consent_choice", "case_note", "Went off with them by choice again last night, phone switched off.")
F("consent_choice", "referral", "She is sleeping with men for money and cigarettes and has said she is fine with this.")
F("consent_choice", "strategy", "We must recognise that Courtney is making informed choices about who she spends time with, and we cannot override an autonomous decision.")
F("consent_choice", "minutes", "Chair summarised that the photos were sent consensually and Lacey was a willing participant.")
F("consent_choice", "case_note", "Seemed keen to go back to the party, said she'd had a good time with the men there.")
F("consent_choice", "referral", "Child has been selling herself in the town centre at weekends.")
F("consent_choice", "strategy", "There is nothing to suggest Kai was pressured; he wanted the money and signed up for it.")
F("consent_choice", "minutes", "School reported that Ruby was happy to get in the car and waved to friends as she left.")
F("consent_choice", "case_note", "Consented to sex with both males per her account, so no further concerns re coercion.")
F("consent_choice", "referral", "Reggie has chosen this life and is open about enjoying the money and status it brings.")
F("consent_choice", "strategy", "She appears to be complicit in what happened at the hotel and has not tried to get away.")
F("consent_choice", "minutes", "Agreed Sophia initiated the contact and wanted it to go further, so this is not grooming.")
F("consent_choice", "case_note", "Went along with it and didn't tell anyone, so assume she was ok with it.")
F("consent_choice", "referral", "Alfie is prostituting himself to older men he meets online.")
F("consent_choice", "strategy", "Macy's pattern of going back to Lenny's flat shows she has accepted the situation and is a willing party.")

# ---------------------------------------------------------------------------
# FLAG: blame_cause
# ---------------------------------------------------------------------------
F("blame_cause", "case_note", "Dressed older than her age in a crop top and heavy make-up, which attracts attention from men at the bus station.")
F("blame_cause", "referral", "Her provocative clothing and posing in photos online has led to men contacting her.")
F("blame_cause", "strategy", "The assault happened because Holly was heavily intoxicated and had wandered off from her friends.")
F("blame_cause", "minutes", "It was felt that if Nadia stopped lying to staff about where she goes, the abuse would not keep happening.")
F("blame_cause", "case_note", "Posts sexualised pics on her story - no wonder she's getting messages from adult men.")
F("blame_cause", "referral", "Because of her cannabis use she has got in with the wrong crowd and is now being exploited.")
F("blame_cause", "strategy", "Jordan's aggressive and rude attitude towards police means he brings a lot of this on himself.")
F("blame_cause", "minutes", "Kerry-Ann's late nights out are the reason she keeps ending up at the Oldwick flat.")
F("blame_cause", "case_note", "If she came home on time this wouldn't happen.")
F("blame_cause", "referral", "The attack followed her drinking vodka in the park, so she bears some responsibility for it.")
F("blame_cause", "strategy", "Leon's defiant behaviour and refusal to follow rules at home have caused the exploitation to escalate.")
F("blame_cause", "minutes", "Panel noted that Chantelle's sexualised behaviour online invites this kind of contact.")
F("blame_cause", "case_note", "Wears revealing clothes to school. Likely why older males approach her.")
F("blame_cause", "referral", "She keeps lying about her age online, which is how these men came to be talking to her in the first place.")
F("blame_cause", "strategy", "Her history of telling lies makes this disclosure hard to believe and suggests she may have encouraged him.")
F("blame_cause", "minutes", "Kiera's attention-seeking is what led the group to target her.")
F("blame_cause", "case_note", "Smoking weed daily - got into debt with them through his own habit and now owes.")
F("blame_cause", "referral", "Since she started wearing make-up and dressing up for nights out, she has been attracting the wrong sort of attention.")
F("blame_cause", "strategy", "Ashanti's provocative messaging to adult males in the group chat prompted the sexual comments she received.")
F("blame_cause", "minutes", "Mum was told that Kelsey's behaviour was what got her into this situation.")
F("blame_cause", "case_note", "Turned up drunk again. Her drinking is the reason the men keep taking advantage of her.")
F("blame_cause", "referral", "Tyrone's poor attitude and lack of respect for boundaries are the main cause of his involvement with older males.")
F("blame_cause", "strategy", "The images circulated because Freya sent them in the first place; she must take some responsibility for this.")
F("blame_cause", "minutes", "It was agreed that Bethany's repeated lateness back to the unit gives the men their opportunity, and she needs to take ownership of that.")
F("blame_cause", "case_note", "Her dancing videos on TikTok are drawing in older men.")
F("blame_cause", "referral", "Megan's disruptive behaviour and truanting are what have led to her being abused by the older group.")
F("blame_cause", "strategy", "Had Zara not lied to her foster carer about staying at a friend's, the rape would not have occurred.")
F("blame_cause", "minutes", "Concern noted that Lola's flirtatious manner around adult males is causing the problem.")
F("blame_cause", "case_note", "Dyed hair, fake lashes, looks 18 - that's why they pick her up.")
F("blame_cause", "referral", "His own drug use has got him into this mess and led to the assault.")
F("blame_cause", "strategy", "Much of the harm is a consequence of Rhiannon's choice of friends and the way she presents herself.")

# ---------------------------------------------------------------------------
# FLAG: age_relationship
# ---------------------------------------------------------------------------
F("age_relationship", "case_note", "Paige (14) has a boyfriend called Dean who is 22.")
F("age_relationship", "referral", "Skye, aged 13, is in a relationship with a 19-year-old male from Wyvern Heath.")
F("age_relationship", "strategy", "The relationship between Lily (15) and her older partner, Marcus (27), appears to be stable.")
F("age_relationship", "minutes", "Noted that Jodie's fella is in his twenties and has his own flat; Jodie is 14.")
F("age_relationship", "case_note", "14yo, dating 20yo male she met on Insta.")
F("age_relationship", "referral", "Hannah, who is 15, has been seeing a man in his thirties for about three months.")
F("age_relationship", "strategy", "Aimee is fifteen and her boyfriend is twenty-three; they have been together since the summer.")
F("age_relationship", "minutes", "Tegan's boyfriend (24) attended the meeting and was supportive; Tegan is 15.")
F("age_relationship", "case_note", "Says bf is 18, looks older, drives a black Audi. She's 13.")
F("age_relationship", "referral", "Connor (14) is in a same-sex relationship with a 21-year-old man he met at the gym.")
F("age_relationship", "strategy", "Mr Pryce, 29, is Kaylee's partner and the father of her unborn baby; Kaylee is 15.")
F("age_relationship", "minutes", "Carla's 26-year-old boyfriend has been collecting her from school; she is in Year 9.")
F("age_relationship", "case_note", "Mum aware Shay (13) is seeing an older lad, approx 20.")
F("age_relationship", "referral", "Ebony, 14 years old, has been going out with Craig, who is 25, since March.")
F("age_relationship", "strategy", "Maddie's relationship with her 19-year-old partner has been volatile, with arguments about money; she turned 14 in May.")
F("age_relationship", "minutes", "Katie (15) and her partner, aged 31, are reported to be living together at weekends.")
F("age_relationship", "case_note", "Gf is 15 - he's 22. Together approx 6 months.")
F("age_relationship", "referral", "A 28-year-old man has been dating Summer, who is 14.")
F("age_relationship", "strategy", "Given the age gap between Leanne (13) and her boyfriend (20), the relationship should be monitored.")
F("age_relationship", "minutes", "Member of staff said Amber's older boyfriend, who is 24, buys her clothes; Amber is fifteen.")
F("age_relationship", "case_note", "Jess in relationship w/ adult male (mid-20s). Jess 14.")
F("age_relationship", "referral", "Ollie, 15, is in a sexual relationship with a woman in her thirties who lives nearby.")
F("age_relationship", "strategy", "The couple, Brooke, fifteen, and Tom, twenty-six, met online and now see each other most days.")
F("age_relationship", "minutes", "Reports that Nico (13) has an older girlfriend aged 19 who picks him up from the estate.")
F("age_relationship", "case_note", "Her partner (32) present at home visit, Mia (15) sat on his knee.")
F("age_relationship", "referral", "Lexi is 12 and is being taken out on dates by an 18-year-old.")
F("age_relationship", "strategy", "Ruby (14) describes a loving relationship with Jamal, 23, and the risk is reduced as he is her boyfriend.")
F("age_relationship", "minutes", "It was noted that Grace's fella, a man of about 30, is good with her; Grace is 14.")
F("age_relationship", "case_note", "Kayden (16) seeing 35-y/o woman from the cafe, they're an item.")
F("age_relationship", "referral", "Georgia, thirteen, has been going out with a twenty-year-old for a few weeks.")
F("age_relationship", "strategy", "Stefan, 41, began seeing Alicia when she was 14 and they remain in a relationship.")

# ---------------------------------------------------------------------------
# FLAG: criminalising
# ---------------------------------------------------------------------------
F("criminalising", "case_note", "Jayden is a runner for the Tolly Road crew.")
F("criminalising", "referral", "Known drug dealer on the Ashgrove estate, aged 15.")
F("criminalising", "strategy", "Reece is part of the K-Block gang and is actively involved in supplying class A drugs.")
F("criminalising", "minutes", "Theo was found holding 20 wraps and is believed to be working for an older male.")
F("criminalising", "case_note", "Caught shotting outside the chicken shop again.")
F("criminalising", "referral", "Kyle is a county lines offender who has been arrested in Sallowfield three times.")
F("criminalising", "strategy", "Deshawn now appears to be the line holder and is recruiting younger peers.")
F("criminalising", "minutes", "Aaron is a drug mule and was stopped at the station with drugs plugged.")
F("criminalising", "case_note", "Been trapping in Fennbridge for two weeks, came back with £400.")
F("criminalising", "referral", "Young person is grafting for a line out of Castlemoor and has been serving up to adults.")
F("criminalising", "strategy", "Kieran's role in the organised crime group is as a courier and enforcer.")
F("criminalising", "minutes", "Noted that Harvey is running a line and has his own phone for it.")
F("criminalising", "case_note", "Believed to be serving up in the park after school.")
F("criminalising", "referral", "Dion is a gang member affiliated to the Cray Lane boys.")
F("criminalising", "strategy", "Zak has progressed from runner to dealer and is now trusted by the elders.")
F("criminalising", "minutes", "Ethan is one of the youngers in the group and deals cannabis to school peers.")
F("criminalising", "case_note", "Was holding for them at his nan's - 3 bags found in his room.")
F("criminalising", "referral", "Marley is a drug runner travelling between Drayhurst and the coast.")
F("criminalising", "strategy", "The evidence indicates that Lewis is an established dealer with his own customers.")
F("criminalising", "minutes", "Callum is a gang nominal and a county lines perpetrator.")
F("criminalising", "case_note", "Shotting weed + pills at school. Has a burner.")
F("criminalising", "referral", "She is a line runner who has been cuckooing a vulnerable adult's flat.")
F("criminalising", "strategy", "Ashley is working for the Zone 9 group, moving drugs and cash for them.")
F("criminalising", "minutes", "Freddie admitted he was grafting and the meeting agreed he is a drug dealer, not a victim.")
F("criminalising", "case_note", "Back in the trap house in Oldwick, selling to users.")
F("criminalising", "referral", "Aged 14 and already a known drug runner in the Eastmere area.")
F("criminalising", "strategy", "Logan is gang-involved and has been carrying a knife as part of his role as a dealer.")
F("criminalising", "minutes", "School described Josh as the runner for the group behind the sports centre.")
F("criminalising", "case_note", "Plugging and muling for the Harrowby lot according to his mate.")
F("criminalising", "referral", "Dealing drugs on behalf of older associates, he is a member of a county line.")
F("criminalising", "strategy", "It appears that Jaden is the main supplier to pupils at Kelvingate Academy.")

# ---------------------------------------------------------------------------
# FLAG: minimising
# ---------------------------------------------------------------------------
F("minimising", "case_note", "Low-level concerns only - a few messages from an older male, nothing sexual.")
F("minimising", "referral", "This was a one-off incident and she has since said it won't happen again.")
F("minimising", "strategy", "The exchange of images between Cody and the adult appears to be harmless flirting.")
F("minimising", "minutes", "Comments made by the group were felt to be banter and not sexual harassment.")
F("minimising", "case_note", "Going missing overnight is normal for him, mum not worried.")
F("minimising", "referral", "She is just experimenting with older friends and alcohol, which is typical for her age.")
F("minimising", "strategy", "The touching on the bus was minor and does not meet threshold.")
F("minimising", "minutes", "Kane has refused to engage with every worker so the case will be closed.")
F("minimising", "case_note", "Only a couple of grams found - minor, not worth escalating.")
F("minimising", "referral", "Lauren is non-compliant with the plan and keeps disappearing, so there is little more we can do.")
F("minimising", "strategy", "It was just horseplay between the boys and the older lads; nobody was really hurt.")
F("minimising", "minutes", "Agreed the incident at the party was low level and can be managed by school.")
F("minimising", "case_note", "Bit of a slap from the older lad, nothing serious, she laughed it off.")
F("minimising", "referral", "Nathan is disengaged and will not keep appointments, so his exploitation cannot be addressed until he makes the effort.")
F("minimising", "strategy", "The sexting is a normal teenage thing and we do not consider it abuse.")
F("minimising", "minutes", "Chair felt the missing episodes were mostly just her staying at friends' and not a concern.")
F("minimising", "case_note", "She's always been a bit wild - this is just her.")
F("minimising", "referral", "Only a slight concern at this stage; the man in question has only bought her some food and a phone top-up.")
F("minimising", "strategy", "Although Jay has been assaulted twice by the group, these are relatively low-level incidents in the context of the area.")
F("minimising", "minutes", "Tia's refusal to speak to the social worker means she is not helping herself.")
F("minimising", "case_note", "Hasn't bothered to turn up to 3 sessions. Closing due to non-engagement.")
F("minimising", "referral", "The incident amounted to some pushing and name calling, which is typical of that group.")
F("minimising", "strategy", "Given that Elliot was only away for one night and came back unharmed, this is considered a one-off.")
F("minimising", "minutes", "It was agreed the sexual comments from the taxi driver were just a bit of fun.")
F("minimising", "case_note", "Cannabis use is recreational only, nothing to worry about at 13.")
F("minimising", "referral", "The rape allegation appears to be more of a misunderstanding at a party where everyone had been drinking.")
F("minimising", "strategy", "Amelia is resistant to support and unwilling to engage, which limits what the partnership can do.")
F("minimising", "minutes", "Members felt Rio's involvement was peripheral and no more than hanging around with older boys.")
F("minimising", "case_note", "Messages from the 40yo man are just him being friendly, not grooming in my view.")
F("minimising", "referral", "She has made a poor effort to engage with the youth worker and keeps cancelling, so the referral is being withdrawn.")
F("minimising", "strategy", "The harm to date is limited and largely self-resolving now she has a new friendship group.")

# ---------------------------------------------------------------------------
# FLAG: adultifying
# ---------------------------------------------------------------------------
F("adultifying", "case_note", "Very mature for her age, comes across as 18.")
F("adultifying", "referral", "Malik is streetwise and well able to look after himself.")
F("adultifying", "strategy", "At 12, Tyler is a young man who knows what he is doing.")
F("adultifying", "minutes", "It was felt that Olivia, 13, is old enough to know better.")
F("adultifying", "case_note", "Acts like an adult, talks to officers as an equal.")
F("adultifying", "referral", "Precocious and knowing beyond her years, she presents as a young woman rather than a child.")
F("adultifying", "strategy", "Given his size and attitude, Darnell presents as an adult and should be treated as one in interview.")
F("adultifying", "minutes", "Noted that Jasmine can look after herself and does not need a chaperone.")
F("adultifying", "case_note", "She's 14 going on 30.")
F("adultifying", "referral", "Ryan is a young man of 11 who spends his evenings with the older lads.")
F("adultifying", "strategy", "Hollie is very grown-up and capable of making her own decisions about who she sees.")
F("adultifying", "minutes", "Members agreed that Kai is savvy enough to spot danger and would not be taken in.")
F("adultifying", "case_note", "Street smart, knows the area better than we do, can handle himself.")
F("adultifying", "referral", "Despite being 13 she is fully aware of the consequences of her actions.")
F("adultifying", "strategy", "Sienna is worldly and experienced and is unlikely to be naive about the men's intentions.")
F("adultifying", "minutes", "He was viewed as a young adult rather than a child because of his physique.")
F("adultifying", "case_note", "Very independent - basically lives like an adult, cooks, pays own phone bill.")
F("adultifying", "referral", "Imani, aged 12, is a confident young woman who knows her own mind.")
F("adultifying", "strategy", "Brandon is 14 but behaves like a grown man and should be held to the same standard.")
F("adultifying", "minutes", "Teacher said Demi acts much older than 13 and can hold her own with adults.")
F("adultifying", "case_note", "Old enough to make his own decisions now he's 15.")
F("adultifying", "referral", "A mature 13-year-old, she is capable of keeping herself safe.")
F("adultifying", "strategy", "Given how grown-up Marcus is, a child-focused approach is not appropriate.")
F("adultifying", "minutes", "It was agreed that Chloe knows exactly what she is doing and is not a naive child.")
F("adultifying", "case_note", "Presents as older than his years, tall, beard, deep voice, hard to think of him as 14.")
F("adultifying", "referral", "This young lady, aged 12, is very sure of herself and quite capable of dealing with older males.")
F("adultifying", "strategy", "Rather than a vulnerable child, Louis is a hardened young man who has seen it all.")
F("adultifying", "minutes", "Felt to be mature enough to manage contact with the older men himself.")
F("adultifying", "case_note", "Knows the system inside out, not a kid anymore.")
F("adultifying", "referral", "Ava is 11 going on 21 and wise beyond her years.")
F("adultifying", "strategy", "She is physically mature and the men would reasonably have assumed she was an adult.")

# ---------------------------------------------------------------------------
# FLAG: self_risk
# ---------------------------------------------------------------------------
F("self_risk", "case_note", "Putting herself at risk by getting into cars with unknown males.")
F("self_risk", "referral", "Aiden continues to place himself in dangerous situations with older males.")
F("self_risk", "strategy", "Mollie is making risky choices about who she spends time with.")
F("self_risk", "minutes", "Concern that Erin is putting herself in harm's way by going missing.")
F("self_risk", "case_note", "High-risk behaviour - out until 3am at adult addresses.")
F("self_risk", "referral", "She is leaving herself open to exploitation by accepting lifts from men.")
F("self_risk", "strategy", "Isaac's risk-taking behaviour is the primary driver of his exposure to harm.")
F("self_risk", "minutes", "Agreed that Poppy needs to stop putting herself in risky situations.")
F("self_risk", "case_note", "Keeps placing herself in danger, won't listen.")
F("self_risk", "referral", "By continuing to go to the Drayhurst flat he is putting himself at significant risk of harm.")
F("self_risk", "strategy", "Sadie is exposing herself to sexual exploitation through her online activity.")
F("self_risk", "minutes", "It was noted that Jamie is engaging in risky behaviours, including travelling out of area.")
F("self_risk", "case_note", "Risky lifestyle - associating with older adults, drinking.")
F("self_risk", "referral", "Maisie is making unsafe choices and putting herself in vulnerable positions.")
F("self_risk", "strategy", "The risk arises largely from Jacob's decision to keep returning to the same group despite warnings.")
F("self_risk", "minutes", "Members felt Lucy is knowingly placing herself at risk and must take responsibility.")
F("self_risk", "case_note", "Puts self at risk of sexual exploitation by meeting men from apps.")
F("self_risk", "referral", "Harley has been making himself vulnerable to the older boys by hanging around the bookies.")
F("self_risk", "strategy", "Much of the danger is self-inflicted, as Nia repeatedly puts herself in situations she cannot control.")
F("self_risk", "minutes", "Worker shared that Evie is a risk-taker who exposes herself to older males online.")
F("self_risk", "case_note", "Took herself off to an unknown address again - putting herself in danger.")
F("self_risk", "referral", "The main concern is that Ben is taking risks by associating with adults known to police.")
F("self_risk", "strategy", "Layla's ongoing risky sexual behaviour is increasing her vulnerability.")
F("self_risk", "minutes", "Agreed Kian continues to put himself at risk by travelling to Sallowfield.")
F("self_risk", "case_note", "Engaging in high-risk activities, sneaking out of the window at night.")
F("self_risk", "referral", "Lily-Rose repeatedly places herself at risk of sexual harm by attending parties with adults.")
F("self_risk", "strategy", "The pattern shows Taylor deliberately exposing herself to danger for excitement.")
F("self_risk", "minutes", "School said Harry puts himself in vulnerable situations by being on the estate late.")
F("self_risk", "case_note", "Making herself available to older males via social media.")
F("self_risk", "referral", "Mya is engaging in risky behaviour with unknown adults and needs to be made aware of the dangers.")
F("self_risk", "strategy", "His own risky behaviour has left him exposed to the group.")

# ---------------------------------------------------------------------------
# FLAG: jargon
# ---------------------------------------------------------------------------
F("jargon", "case_note", "Disc at MACE, RAG amber, NRM submitted, awaiting SCA decision.")
F("jargon", "referral", "CCE indicators present; please progress via MASH to CIN or S47 as appropriate.")
F("jargon", "strategy", "Outcome of the S47 was NFA; CSE risk to be held by the CST via the VEMT panel.")
F("jargon", "minutes", "LADO informed; DSL to complete EHA and liaise with YOS SPOC.")
F("jargon", "case_note", "Strat held, ICPC booked, CP plan likely under cat of neglect.")
F("jargon", "referral", "Pls refer to CAMHS and SARC; ISVA to contact YP via DSL.")
F("jargon", "strategy", "Risk escalated to the MACE tactical; CRE to be completed by the SPOC before next TAF.")
F("jargon", "minutes", "Action: SW to complete RHI and feed into MFH process; IRO to be updated.")
F("jargon", "case_note", "YP seen by EH worker, CE screening tool completed, score high, sent to FD.")
F("jargon", "referral", "Request for CSC to consider PLO given CCE/CSE overlap and repeat MFH episodes.")
F("jargon", "strategy", "MARAC referral made; matter also flagged to MAPPA and IOM for the adult nominal.")
F("jargon", "minutes", "ABE interview to be arranged via CAIT; CPS early advice sought.")
F("jargon", "case_note", "Flagged on PNC and Niche, CSE marker added, FIB aware.")
F("jargon", "referral", "YP open to YJS under a YRO; request VRU mentor and TIE input.")
F("jargon", "strategy", "RG decision received from the SCA; CG to follow once the NRM is reviewed.")
F("jargon", "minutes", "Agreed to step down from CP to CIN with TAC review in 6 wks.")
F("jargon", "case_note", "DA in the home, OPS informed, LAC review brought forward.")
F("jargon", "referral", "Pls allocate to the ET; child meets Tier 3 on the TSCP thresholds doc.")
F("jargon", "strategy", "Contextual safeguarding approach via the CS panel; peer group mapping to go to EMG.")
F("jargon", "minutes", "HT and DSL to meet with SENCo re EHCP and AP placement.")
F("jargon", "case_note", "RFI sent to the IRS, awaiting response; BCU aware.")
F("jargon", "referral", "Concerns meet threshold for S17; recommend EHAT and CWP to support.")
F("jargon", "strategy", "CSPR panel may need notifying; learning to go to the LSCP QA sub-group.")
F("jargon", "minutes", "PCSO to do welfare check; RHI outstanding x3; escalate to DI via SMT.")
F("jargon", "case_note", "MFH x4 this month. RHI not done. SGO carer aware.")
F("jargon", "referral", "Child has an EHCP and is on a PTT at the PRU; requesting MACE screening.")
F("jargon", "strategy", "Recommend CE plan via CSE/CCE MACE with SPOC oversight and NRM if RG met.")
F("jargon", "minutes", "Update from the YOT: DTO completed, now on licence with ISS.")
F("jargon", "case_note", "ISVA referral declined by YP, SARC appt missed, GP informed.")
F("jargon", "referral", "Please see attached CE1 form; known to the CSE team and open to FCST.")
F("jargon", "strategy", "Outcome: CIN plan to remain, with CPCo oversight and MACE review at 12 wks.")

# ---------------------------------------------------------------------------
# OK: adult_action
# ---------------------------------------------------------------------------
N("adult_action", "case_note", "Jermaine, 24, groomed Ella over several months using gifts and lifts.")
N("adult_action", "referral", "An adult male known as Skip is dealing drugs from the flat above the bookmakers and has recruited local children.")
N("adult_action", "strategy", "Paul Renner ran the line from Fennbridge to the coast and used at least four children to carry drugs.")
N("adult_action", "minutes", "The men who trafficked Ayesha to Harrowby were charged yesterday.")
N("adult_action", "case_note", "Adult male, approx 30, raped Kayleigh at the Tennick Road address.")
N("adult_action", "referral", "Three adults are believed to be grooming boys from the pupil referral unit.")
N("adult_action", "strategy", "The older men in the Cray Lane group targeted girls in care, plied them with alcohol and sexually abused them.")
N("adult_action", "minutes", "Officers confirmed that Gary Holt, 38, was dealing from the property and had taken over the tenant's flat.")
N("adult_action", "case_note", "In interview the suspect claimed she 'wanted it' and called her his girlfriend; this is his account, not ours.")
N("adult_action", "referral", "The man told Rio he owed him £600 and threatened his family if he did not pay it back.")
N("adult_action", "strategy", "Adults in the group recruited Deacon through a gaming platform and then controlled where he went.")
N("adult_action", "minutes", "It was reported that the landlord had been exploiting three teenage girls by offering them rooms in exchange for sex.")
N("adult_action", "case_note", "Perpetrator (41) sent Lucy explicit images and demanded hers in return.")
N("adult_action", "referral", "A woman in her forties has been trafficking two boys from the children's home to tend a cannabis grow.")
N("adult_action", "strategy", "The adult who ran the Zone 9 line used violence and debt bondage to control the children he exploited.")
N("adult_action", "minutes", "Police said Mr Tanner had been supplying cocaine and had groomed two Year 9 pupils.")
N("adult_action", "case_note", "He called Maya 'my missus' when officers arrived; Maya later said he had told her to go along with it.")
N("adult_action", "referral", "An older male has been dealing cannabis outside the school gates and handing it to pupils for free to create debts.")
N("adult_action", "strategy", "The offender raped Jenna on two occasions and filmed the second assault.")
N("adult_action", "minutes", "The adult organiser was convicted of conspiracy to supply and of modern slavery offences.")
N("adult_action", "case_note", "Suspect told officers the boy 'worked for him' and was 'a little shotter'; recorded as the suspect's words only.")
N("adult_action", "referral", "A 35-year-old man groomed Ellie online, posing as a 17-year-old boy.")
N("adult_action", "strategy", "The leaders of the network deliberately picked children with no criminal records because they were less likely to be stopped.")
N("adult_action", "minutes", "The detective reported that the older men had been running the line using a deal phone branded Benny.")
N("adult_action", "case_note", "The man who picked her up from the unit has convictions for rape and for trafficking.")
N("adult_action", "referral", "Adult associates of the family have been sexually exploiting Cerys and selling images of her.")
N("adult_action", "strategy", "The man texted Amara that she owed him for the phone and then arranged for other men to abuse her.")
N("adult_action", "minutes", "It was confirmed that the adult tenant had been dealing heroin from the flat and had coerced the children into storing it.")
N("adult_action", "case_note", "Perpetrator bragged in messages that he had 'made her' his and that she would do as she was told.")
N("adult_action", "referral", "The adult male has been recruiting children at the skate park, offering them money and cannabis.")
N("adult_action", "strategy", "Adults connected to the Harrowby group trafficked Samir across three counties and took his phone.")
N("adult_action", "minutes", "The defendant's statement described the boy as 'a willing dealer', and the meeting recorded this as the abuser's own narrative.")
N("adult_action", "case_note", "Older male, 27, groomed her through a friend, then raped her in his car.")

# ---------------------------------------------------------------------------
# OK: quoted_policy
# ---------------------------------------------------------------------------
N("quoted_policy", "strategy", "The guidance is clear that 'putting herself at risk' places responsibility on the child and should not be used.")
N("quoted_policy", "minutes", "The chair reminded members not to describe children as 'mature for their age', as it hides their vulnerability.")
N("quoted_policy", "referral", "Training slide: avoid 'boyfriend' when a child is being abused by an adult; name the adult and give his age.")
N("quoted_policy", "case_note", "Supervisor asked me to amend last week's note, which said she 'chose' to go, because a child cannot consent to exploitation.")
N("quoted_policy", "strategy", "The audit found 14 records calling children 'drug runners' and recommended they be rewritten to describe the exploitation.")
N("quoted_policy", "minutes", "It was agreed that the phrase 'lifestyle choice' will no longer appear in our reports.")
N("quoted_policy", "referral", "Our practice standard says we should never write that a child 'failed to engage'; instead we describe what the service tried.")
N("quoted_policy", "case_note", "Team manager pointed out that 'low-level' downplays what happened, so the note has been corrected.")
N("quoted_policy", "strategy", "Reviewers challenged the earlier wording 'consensual relationship' because Kezia was 13 and the man was 24.")
N("quoted_policy", "minutes", "Members were reminded that 'streetwise' suggests a child can protect themselves, which is rarely true.")
N("quoted_policy", "referral", "Please do not use 'county lines offender' for a child; the guidance asks us to say the child is being criminally exploited.")
N("quoted_policy", "case_note", "Rewrote the summary and removed 'promiscuous' and 'sexually active', as the guidance advises.")
N("quoted_policy", "strategy", "The learning review criticised records saying the girls were 'trading sex', noting that this language hid rape.")
N("quoted_policy", "minutes", "The panel agreed that 'she was dressed provocatively' is victim-blaming and must not be recorded.")
N("quoted_policy", "referral", "The guidance lists 'young man' as adultifying language when it is used about a boy of 12.")
N("quoted_policy", "case_note", "Supervision: discussed why 'banter' is not the right word for sexual comments made by adults.")
N("quoted_policy", "strategy", "An earlier chronology entry read 'he is part of the gang'; this has been replaced with a description of how he was recruited.")
N("quoted_policy", "minutes", "The training lead explained that 'risk-taking behaviour' shifts blame onto the child and should be avoided.")
N("quoted_policy", "referral", "The audit tool marks down any record that says a child 'agreed' to sexual activity with an adult.")
N("quoted_policy", "case_note", "Manager's note on file: please stop writing 'old enough to know better'; she is 14.")
N("quoted_policy", "strategy", "We reject the description of Callum as a 'willing participant', which appeared in the original police summary.")
N("quoted_policy", "minutes", "It was noted that 'holding' and 'shotting' are street terms that criminalise children and should not be used by professionals.")
N("quoted_policy", "referral", "Practice guidance states that 'non-compliant' should not be used about children; we record the barriers instead.")
N("quoted_policy", "case_note", "Quality check: 'engaging in risky behaviour' changed to 'is at risk of harm from adults'.")
N("quoted_policy", "strategy", "The review found that calling the abuse a 'one-off' had led to the case being closed too early.")
N("quoted_policy", "minutes", "Members agreed the phrase 'he can look after himself' had contributed to the delay and would be removed from the plan.")
N("quoted_policy", "referral", "As the guidance explains, a child cannot be 'in a relationship' with an adult who is abusing them.")
N("quoted_policy", "case_note", "Parent complained that our letter called her son 'a drug dealer'; an apology was sent and the letter reissued.")
N("quoted_policy", "strategy", "The audit quoted 'she let it happen' from a case note as an example of language that must change.")
N("quoted_policy", "minutes", "The trainer asked staff to stop writing 'mule' and instead describe the adults who forced the child to carry drugs.")
N("quoted_policy", "referral", "Older records describe Nina as 'attention-seeking'; the guidance warns that this label blames her for the abuse.")
N("quoted_policy", "case_note", "Supervisor reminded me that 'went willingly' implies consent, so the note now says she was taken.")
N("quoted_policy", "strategy", "Minutes from March called the assault 'horseplay', which the independent reviewer rightly described as minimising.")

# ---------------------------------------------------------------------------
# OK: correct_usage
# ---------------------------------------------------------------------------
N("correct_usage", "case_note", "Jayden is being criminally exploited by adults who make him carry drugs to other towns.")
N("correct_usage", "referral", "Amira (14) is being sexually abused by a man aged 26 who has been giving her alcohol.")
N("correct_usage", "strategy", "Kacey was coerced into going to the flat by threats made against her younger brother.")
N("correct_usage", "minutes", "Services have not yet found a way of working with Tyler that feels safe to him, and we need to change our approach.")
N("correct_usage", "case_note", "Ellie was groomed over several weeks; she could not consent to what happened.")
N("correct_usage", "referral", "Reece is a child who is being forced to sell drugs by older males from the Cray Lane group.")
N("correct_usage", "strategy", "Our offer so far has not been accessible to Lacey: appointments were at school, where she feels unsafe.")
N("correct_usage", "minutes", "Members agreed that Holly was raped and that her drinking does not change that.")
N("correct_usage", "case_note", "Dion has been trafficked to Sallowfield and is a victim of modern slavery.")
N("correct_usage", "referral", "Shay, 13, is being exploited by a 20-year-old man who buys her gifts and isolates her from friends.")
N("correct_usage", "strategy", "The adults controlling Marley have used debt and violence to stop him telling anyone.")
N("correct_usage", "minutes", "It was recognised that the service had missed three visits, and that this, not Kane's attitude, explains the lack of progress.")
N("correct_usage", "case_note", "Mia is at risk of harm from the adults at the Tennick Road address.")
N("correct_usage", "referral", "Theo was found with drugs that adults had forced him to hide; he is a victim of criminal exploitation.")
N("correct_usage", "strategy", "Paige is being abused by Dean, a 22-year-old man, and this is not a relationship.")
N("correct_usage", "minutes", "The team accepted that we had not explained the plan to Nathan in a way he could understand.")
N("correct_usage", "case_note", "Kai told me he was scared to say no. He is being exploited.")
N("correct_usage", "referral", "We are worried that Skye, 13, is being sexually exploited by a 19-year-old man from Wyvern Heath.")
N("correct_usage", "strategy", "Tia has been let down by services that closed her case when she did not attend; we need to go to her.")
N("correct_usage", "minutes", "Agreed that Jordan is a 12-year-old child who needs protection, not enforcement.")
N("correct_usage", "case_note", "Bethany said the men would not let her leave. She was being held against her will.")
N("correct_usage", "referral", "Leon has been made to carry cash by adults who threaten him, and he needs safeguarding.")
N("correct_usage", "strategy", "The images were taken from Freya through pressure and threats; responsibility sits with the adult who demanded them.")
N("correct_usage", "minutes", "Workers will offer evening visits at a place Rio chooses, as daytime sessions have not suited him.")
N("correct_usage", "case_note", "Lauren is frightened and exhausted. Adults are exploiting her and she needs us to keep trying.")
N("correct_usage", "referral", "Harvey is a 14-year-old boy who is being criminally exploited and has been assaulted by the people exploiting him.")
N("correct_usage", "strategy", "There is a significant power imbalance: Lily is 15 and Marcus, who is abusing her, is 27.")
N("correct_usage", "minutes", "It was agreed that the adults, not Zara, are responsible for the abuse she suffered.")
N("correct_usage", "case_note", "Aaron was made to internally conceal drugs by an adult; this is abuse and has been reported.")
N("correct_usage", "referral", "Despite several attempts we have not yet built trust with Megan, and we will keep trying with a worker she already knows.")
N("correct_usage", "strategy", "Courtney's return to the flat shows how much control the adults have over her; it is not a free choice.")
N("correct_usage", "minutes", "Members recognised that Kerry-Ann is being sexually exploited and that her missing episodes are a sign of that exploitation.")
N("correct_usage", "case_note", "Ollie, 15, is being abused by a woman in her thirties. Reported to police today.")

# ---------------------------------------------------------------------------
# OK: explained_acronym
# ---------------------------------------------------------------------------
N("explained_acronym", "minutes", "The case will be discussed at the Multi-Agency Child Exploitation (MACE) meeting on Thursday.")
N("explained_acronym", "referral", "A referral has been made to the National Referral Mechanism (NRM), the framework for identifying victims of modern slavery.")
N("explained_acronym", "case_note", "Spoke to the Designated Safeguarding Lead (DSL) at Kelvingate Academy this morning.")
N("explained_acronym", "strategy", "The Independent Sexual Violence Adviser (ISVA) will support Amber through the court process.")
N("explained_acronym", "minutes", "Kieran was seen by Child and Adolescent Mental Health Services (CAMHS) last week.")
N("explained_acronym", "referral", "Please forward this to the Multi-Agency Safeguarding Hub (MASH) for a decision today.")
N("explained_acronym", "case_note", "Return home interview (RHI) completed by the missing worker; Ella talked about the flat.")
N("explained_acronym", "strategy", "The Local Authority Designated Officer (LADO) has been told about the concerns regarding the football coach.")
N("explained_acronym", "minutes", "The Youth Justice Service (YJS) will hold a joint session with the family on Monday.")
N("explained_acronym", "referral", "Callum has an Education, Health and Care Plan (EHCP) which sets out his speech and language needs.")
N("explained_acronym", "case_note", "Lucy attended the Sexual Assault Referral Centre (SARC) with her aunt.")
N("explained_acronym", "strategy", "A Section 47 (S47) enquiry, the local authority's child protection investigation, has been started.")
N("explained_acronym", "minutes", "An Initial Child Protection Conference (ICPC) is booked for the 14th.")
N("explained_acronym", "referral", "Harley is currently subject to a Child in Need (CIN) plan.")
N("explained_acronym", "case_note", "Met the exploitation Single Point of Contact (SPOC) at the police station.")
N("explained_acronym", "strategy", "The Multi-Agency Risk Assessment Conference (MARAC) discussed the domestic abuse in Jess's home.")
N("explained_acronym", "minutes", "The Independent Reviewing Officer (IRO) asked for Ava's views to be gathered before the review.")
N("explained_acronym", "referral", "The Early Help Assessment (EHA) identified that the family need support with housing.")
N("explained_acronym", "case_note", "Child criminal exploitation (CCE) screening completed with Marley; he talked about his cousin.")
N("explained_acronym", "strategy", "Child sexual exploitation (CSE) concerns were first raised by the school nurse in June.")
N("explained_acronym", "minutes", "The Team Around the Family (TAF) meeting will now be held at the family's home.")
N("explained_acronym", "referral", "Reece attends the Pupil Referral Unit (PRU) on Castle Street three days a week.")
N("explained_acronym", "case_note", "Called the Special Educational Needs Coordinator (SENCo) to ask about Dion's reading support.")
N("explained_acronym", "strategy", "The Single Competent Authority (SCA), which makes decisions in modern slavery cases, has asked for more information.")
N("explained_acronym", "minutes", "A Child Safeguarding Practice Review (CSPR) will look at how agencies worked together.")
N("explained_acronym", "referral", "The Violence Reduction Unit (VRU) funds a mentor who can meet Jacob after school.")
N("explained_acronym", "case_note", "Achieving Best Evidence (ABE) interview arranged for Friday so Layla can give her account on video.")
N("explained_acronym", "strategy", "The Crown Prosecution Service (CPS) has authorised charges against the two men.")
N("explained_acronym", "minutes", "The Public Law Outline (PLO) pre-proceedings meeting was postponed at the family's request.")
N("explained_acronym", "referral", "Macy was supported by an Independent Domestic Violence Advocate (IDVA) after the incident at home.")
N("explained_acronym", "case_note", "Missing from home (MFH) episode logged at 22:40; found at her friend's by 01:00.")
N("explained_acronym", "strategy", "The Local Safeguarding Children Partnership (LSCP) has agreed to fund extra training on exploitation.")
N("explained_acronym", "minutes", "The general practitioner (GP) will review Rhys's medication next week.")

# ---------------------------------------------------------------------------
# OK: neutral
# ---------------------------------------------------------------------------
N("neutral", "case_note", "Mum's partner, Gary, works nights at the depot and was asleep during the visit.")
N("neutral", "referral", "Kian chose to join the football team instead of drama club this term.")
N("neutral", "strategy", "The fire risk assessment for the hostel is overdue and has been chased with the landlord.")
N("neutral", "minutes", "Both parents agreed to the date for the next review.")
N("neutral", "case_note", "Grace said she enjoyed the trip to the climbing wall and wants to go again.")
N("neutral", "referral", "Dad and his girlfriend have separated and he is now living with his brother.")
N("neutral", "strategy", "The relationship between the school and the family has improved since the new head of year started.")
N("neutral", "minutes", "Nan wanted to know whether transport would be provided to the contact centre.")
N("neutral", "case_note", "Tyler picked the pizza place for our session and chose a margherita.")
N("neutral", "referral", "Mum's boyfriend has offered to drive Maddie to her hospital appointments.")
N("neutral", "strategy", "There is a risk that the funding for the youth club will end in March.")
N("neutral", "minutes", "Aunt Deborah agreed to be the emergency contact for Poppy.")
N("neutral", "case_note", "Home visit. Kitchen clean, fridge stocked, Lily showed me her new kitten.")
N("neutral", "referral", "Sam has chosen to study music and art for his options.")
N("neutral", "strategy", "Foster carers report a good relationship with Ruby's grandmother, who visits weekly.")
N("neutral", "minutes", "The housing officer explained that there is a damp risk in the back bedroom.")
N("neutral", "case_note", "Ava wants to go back to swimming lessons and asked if we could help with the cost.")
N("neutral", "referral", "Dad and his partner, Lorraine, have two children together, aged 3 and 5.")
N("neutral", "strategy", "Mum has agreed to attend a parenting course run by the family centre.")
N("neutral", "minutes", "Members agreed to move the meeting to Wednesdays.")
N("neutral", "case_note", "Jacob enjoyed baking with his key worker and took the flapjacks home to share.")
N("neutral", "referral", "Mum is in a stable relationship with her husband of twelve years.")
N("neutral", "strategy", "The risk of flooding on the Ashgrove estate means some families may need temporary housing this winter.")
N("neutral", "minutes", "Grandad said he would like to take the children on holiday in August, and the social worker agreed.")
N("neutral", "case_note", "Erin chose the blue bedroom at the new placement and helped paint it.")
N("neutral", "referral", "The family's dog is a risk to visiting staff and should be shut away during visits.")
N("neutral", "strategy", "Lewis has developed a positive relationship with his mentor, who he meets on Tuesdays.")
N("neutral", "minutes", "The foster carer's partner, Andy, has completed his fostering checks.")
N("neutral", "case_note", "Ben wanted chips after the session, so we stopped at the cafe on the high street.")
N("neutral", "referral", "Aunt and her boyfriend are willing to be assessed as kinship carers.")
N("neutral", "strategy", "The school agreed to a part-time timetable for two weeks while Nia settles in.")
N("neutral", "minutes", "Mum said she enjoyed the parents' evening and was pleased with Isaac's report.")
N("neutral", "case_note", "Older brother, 19, has moved in with his girlfriend in Brackton.")


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
def check(rows):
    errors = []
    seen = set()
    for i, r in enumerate(rows):
        t = r["text"]
        where = "row %d (%r)" % (i, t[:50])
        if not isinstance(t, str) or not t:
            errors.append("%s: empty text" % where)
            continue
        if t != t.strip() or "  " in t or "\n" in t or "\t" in t or "\r" in t:
            errors.append("%s: stray whitespace" % where)
        if t in seen:
            errors.append("%s: duplicate text" % where)
        seen.add(t)
        if r["label"] not in ("flag", "ok"):
            errors.append("%s: bad label" % where)
        if r["style"] not in STYLES:
            errors.append("%s: bad style %r" % (where, r["style"]))
        if r["label"] == "flag":
            if r["category"] not in CATEGORIES:
                errors.append("%s: bad category %r" % (where, r["category"]))
            if r["negative_kind"] is not None:
                errors.append("%s: flag row has a kind" % where)
        elif r["label"] == "ok":
            if r["negative_kind"] not in KINDS:
                errors.append("%s: bad kind %r" % (where, r["negative_kind"]))
            if r["category"] is not None:
                errors.append("%s: ok row has a category" % where)
    n = len(rows)
    if n < 400:
        errors.append("only %d sentences (need >= 400)" % n)
    cat = collections.Counter(r["category"] for r in rows if r["label"] == "flag")
    kind = collections.Counter(r["negative_kind"] for r in rows if r["label"] == "ok")
    for c in CATEGORIES:
        if cat[c] < 28:
            errors.append("category %s has %d (< 28)" % (c, cat[c]))
    for k in KINDS:
        if kind[k] < 28:
            errors.append("kind %s has %d (< 28)" % (k, kind[k]))
    nflag = sum(1 for r in rows if r["label"] == "flag")
    share = nflag / n if n else 0.0
    if not (0.55 <= share <= 0.65):
        errors.append("flag share %.3f outside 55-65%%" % share)
    return errors


def table(counter, keys):
    lines = ["| value | count |", "|---|---|"]
    for k in keys:
        lines.append("| %s | %d |" % (k, counter.get(k, 0)))
    return "\n".join(lines)


def main():
    errors = check(ROWS)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)

    rows = [dict(r) for r in ROWS]
    random.Random(20261219).shuffle(rows)
    out = []
    for i, r in enumerate(rows, start=1):
        out.append({
            "id": "U%03d" % i,
            "text": r["text"],
            "label": r["label"],
            "category": r["category"],
            "negative_kind": r["negative_kind"],
            "style": r["style"],
        })
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    n = len(out)
    lab = collections.Counter(o["label"] for o in out)
    cat = collections.Counter(o["category"] for o in out if o["label"] == "flag")
    kind = collections.Counter(o["negative_kind"] for o in out if o["label"] == "ok")
    sty = collections.Counter(o["style"] for o in out)
    sty_flag = collections.Counter(o["style"] for o in out if o["label"] == "flag")
    sty_ok = collections.Counter(o["style"] for o in out if o["label"] == "ok")

    readme = """# Evaluation set U: safeguarding language checker

## Who wrote it and when

Written on 2026-12-06 by an independent helper session. The helper worked only
inside `/work/sets/lang_u/`. It saw only its own folder, and read no other file,
folder, repository, search tool or web page on this machine or elsewhere. It ran
no language checker and no NLP library. Every sentence was written from the
helper's own knowledge of *Appropriate language: child sexual and/or criminal
exploitation - guidance for professionals* (The Children's Society, Victim
Support and the National Police Chiefs' Council; updated 2024 with NAPAC for the
CSE Taskforce). The checker's authors do not read the sentences; they see only
scores.

## How it was built

`build.py` holds every sentence typed by hand, one call per sentence:
`F(category, style, text)` for sentences that should be flagged and
`N(kind, style, text)` for hard negatives. There are no templates, generators or
substitution loops. Sentences are written as a mix of writers (police, health,
schools, children's social care, youth justice and the voluntary sector) in four
styles: clipped case-note fragments (`case_note`), referral wording
(`referral`), strategy-report analysis (`strategy`) and third-person meeting
minutes (`minutes`). All names, places, gangs and agencies are invented (the
real app names TikTok and Insta and a car make appear as everyday detail only).

The script checks that texts are unique and carry no stray whitespace; that
labels, categories, kinds and styles are valid; that a flag row has a category
and no kind and an ok row the reverse; that there are at least 400 sentences,
at least 28 per category and per kind; and that 55-65 %% are flags. It then
shuffles with `random.Random(20261219)`, assigns ids `U001`, `U002`, ... and
writes `set_u.jsonl` (UTF-8, one JSON object per line with `id`, `text`,
`label`, `category`, `negative_kind`, `style`).

## Labelling policy

* `flag` rows contain language the guidance asks professionals not to use about
  children. Each carries one `category`: the main problem, even where a
  sentence touches a second one.
  * `consent_choice`: the child chose, agreed, consented, wanted it, went
    willingly, let it happen, did not resist, enjoyed it, lifestyle choice,
    trading or selling sex.
  * `blame_cause`: the child's clothes, looks, make-up, lies, drinking, drug
    use, lateness, attitude, behaviour or posts named as the cause of the abuse.
  * `age_relationship`: a child and an older person described as
    boyfriend/girlfriend/partner/fella/in a relationship/dating/seeing/going
    out, with ages in several forms, whoever is the grammatical subject.
  * `criminalising`: drug-market roles and slang applied to the child.
  * `minimising`: harm called low-level, minor, one-off, harmless, banter,
    experimenting, normal for him; non-engagement or non-compliance framed as
    the child's fault.
  * `adultifying`: mature for age, streetwise, young man/woman for a young
    child, acts like an adult, can look after herself, old enough to know
    better.
  * `self_risk`: putting themselves at risk, risky choices, risk-taking
    behaviour, leaving himself open to exploitation.
  * `jargon`: unexplained partnership acronyms and shorthand that a child or
    family could not follow.
* `ok` rows are hard negatives, each with one `negative_kind`:
  * `adult_action`: harsh words describing what adults did, including an
    abuser's own words reported as his.
  * `quoted_policy`: a policy, training slide, audit, supervisor or minute
    quoting a bad phrase in order to reject it.
  * `correct_usage`: good-practice wording, and engagement problems placed on
    services rather than the child.
  * `explained_acronym`: an acronym spelled out in the same sentence, with no
    other unexplained acronym in it.
  * `neutral`: everyday sentences where chose, agreed, wanted, enjoyed,
    partner, boyfriend, relationship, risk and similar are used innocently.
* No negative contains an unexplained acronym, so `jargon` stays clean.
  Non-jargon flag rows also avoid acronyms so that each flag has one clear
  main problem.

## Judgement calls

* A sentence that reports another professional's or a parent's bad phrasing is
  labelled `flag` when the writer records it without challenge (for example a
  minute noting what school said), and `quoted_policy` only when the sentence
  itself rejects the phrase.
* An abuser's words placed in quotation marks and explicitly attributed to him
  (for example "this is his account") are `adult_action` negatives, even where
  the quoted words would be flagged if written by a professional.
* Where a sentence combines consent wording with a drug-market role, or
  adultifying with consent, the more salient problem was chosen and the other
  wording was removed where possible, to keep one main problem per sentence.
* Minimising includes closing or withdrawing a case because the child "did
  not engage", and describing a child's cannabis use as recreational.
* `age_relationship` includes a 16-year-old with a much older adult, because
  the guidance treats all under-18s as children, and sentences that note an age
  gap but still call the adult a boyfriend.
* Informal shorthand such as "bf", "gf", "w/" and "approx" in case notes is not
  treated as jargon; `jargon` is reserved for partnership acronyms and
  shorthand for meetings, referral routes, roles and teams.
* In `explained_acronym`, "Section 47 (S47)" counts as spelled out, and
  common abbreviations such as GP are spelled out too.
* "Year 9" and times such as 22:40 are not treated as acronyms.

## Counts

Total sentences: %d

### By label
%s

### By flag category
%s

### By negative kind
%s

### By style (all rows)
%s

### By style (flag rows)
%s

### By style (ok rows)
%s
""" % (
        n,
        table(lab, ["flag", "ok"]),
        table(cat, CATEGORIES),
        table(kind, KINDS),
        table(sty, STYLES),
        table(sty_flag, STYLES),
        table(sty_ok, STYLES),
    )
    with open(OUT_README, "w", encoding="utf-8") as fh:
        fh.write(readme)

    print("OK: all checks pass")
    print("total", n, "flag share %.3f" % (lab["flag"] / n))
    print("label", dict(lab))
    print("category", dict(cat))
    print("kind", dict(kind))
    print("style", dict(sty))


if __name__ == "__main__":
    main()
