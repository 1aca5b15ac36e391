#!/usr/bin/env python3
"""Build the hand-labelled evaluation set 'lang_t' for a safeguarding language checker.

Every sentence below is typed by hand, one call per sentence.
F(category, style, text) -> should be flagged
N(kind, style, text)     -> hard negative, should NOT be flagged
Python 3 standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_t.jsonl")
OUT_README = os.path.join(HERE, "README_set_t.md")

CATEGORIES = ["consent_choice", "blame_cause", "age_relationship", "criminalising",
              "minimising", "adultifying", "self_risk", "jargon"]
KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]
STYLES = ["case_note", "referral", "strategy", "minutes"]

ROWS = []


def F(category, style, text):
    ROWS.append({"text": text, "label": "flag", "category": category,
                 "negative_kind": None, "style": style})


def N(kind, style, text):
    ROWS.append({"text": text, "label": "ok", "category": None,
                 "negative_kind": kind, "style": style})


# ---------------------------------------------------------------- consent_choice
F("consent_choice", "case_note", "Leah went to the flat of her own accord and stayed the night.")
F("consent_choice", "case_note", "Tia (14) happy to get in the car with the older males, did not appear to be forced.")
F("consent_choice", "case_note", "Mason went along willingly with the men who picked him up from school.")
F("consent_choice", "case_note", "Skye agreed to go back to the house after the party and never asked to leave.")
F("consent_choice", "case_note", "Seems Amara is consenting to the sexual activity with the males at the shisha lounge.")
F("consent_choice", "case_note", "Demi did not say no at any point, so appears to have been a willing participant.")
F("consent_choice", "case_note", "Ruby enjoys the attention and the gifts she gets from the men at the takeaway.")
F("consent_choice", "case_note", "Jaxon happy to go along with it - likes the money, not bothered.")
F("consent_choice", "referral", "Lacey is trading sex for cigarettes, vodka and lifts around town.")
F("consent_choice", "referral", "It is understood that Kayla has chosen to sleep with adult males in exchange for somewhere to stay.")
F("consent_choice", "referral", "Referral made as Ellis appears to be making a lifestyle choice to stay out with the older lads.")
F("consent_choice", "referral", "Child has been sexually active with several adult men, all of which she consented to.")
F("consent_choice", "referral", "Niamh freely agreed to the photographs being taken and sent them on herself.")
F("consent_choice", "referral", "Young person wants to be with these males and will not hear a word said against them.")
F("consent_choice", "referral", "Zara let the men use her flat because she was happy to be paid in food and phone credit.")
F("consent_choice", "referral", "Chloe is selling sexual images of herself online for money.")
F("consent_choice", "strategy", "Analysis suggests Kobe is a willing participant in the activity and is not under any duress.")
F("consent_choice", "strategy", "There is no indication Molly was forced; she repeatedly returned to the address voluntarily.")
F("consent_choice", "strategy", "Leon's decision to keep associating with the group appears to be freely made.")
F("consent_choice", "strategy", "On balance it appears Jade consented to sexual contact on each occasion recorded.")
F("consent_choice", "strategy", "Harvey did not resist or try to get away when he was approached in the car park.")
F("consent_choice", "strategy", "Maisie appears to be offering sex in return for accommodation, and she is the one who instigates it.")
F("consent_choice", "strategy", "Freya actively sought out contact with the adults on the app and set up the meetings herself.")
F("consent_choice", "strategy", "Rio seems to enjoy the status it gives him and has not expressed any wish to stop.")
F("consent_choice", "minutes", "The social worker reported that Poppy went off with the men willingly and was not taken.")
F("consent_choice", "minutes", "Meeting noted that Bella allowed the sexual contact to happen and didn't tell anyone.")
F("consent_choice", "minutes", "Police advised that Callum agreed to go to Harrowmere with the men and knew what he was going for.")
F("consent_choice", "minutes", "Chair summarised that Erin is sexually active with the man and it is consensual from her side.")
F("consent_choice", "minutes", "Members agreed that Aliyah is choosing to go missing so she can be with the group.")
F("consent_choice", "minutes", "School reported that Keira sends the images because she wants to.")
F("consent_choice", "minutes", "It was noted that Sienna is prostituting herself around the Eastbrook hotels.")
F("consent_choice", "minutes", "Housing officer said Tyreese is content with the arrangement and gets on well with the men staying there.")

# ---------------------------------------------------------------- blame_cause
F("blame_cause", "case_note", "Leah was wearing very revealing clothing, which is likely why she attracted the attention of the men.")
F("blame_cause", "case_note", "Tia had been drinking heavily that evening so not surprising this happened.")
F("blame_cause", "case_note", "If Mason hadn't been out so late none of this would have happened.")
F("blame_cause", "case_note", "Amara posts provocative photos on her social media which have drawn these men to her.")
F("blame_cause", "case_note", "Ruby's lies about where she was going are what let the abuse carry on.")
F("blame_cause", "case_note", "Skye looks much older with her make-up on, which is what led to the men approaching her.")
F("blame_cause", "case_note", "Demi's cannabis use has led her straight to the people abusing her.")
F("blame_cause", "case_note", "Her attitude towards staff is why she keeps ending up in these situations.")
F("blame_cause", "referral", "Kayla's sexualised behaviour is attracting the attention of older males.")
F("blame_cause", "referral", "The abuse is a consequence of Ellis's own behaviour in the community.")
F("blame_cause", "referral", "Niamh's decision to drink in the park with older men resulted in the assault.")
F("blame_cause", "referral", "Because Zara dresses older than her age she has been targeted by adult males.")
F("blame_cause", "referral", "Chloe's online behaviour, including sending images, is the root cause of the exploitation.")
F("blame_cause", "referral", "Jayden's aggressive attitude has made him a target for the older males.")
F("blame_cause", "referral", "Kobe's own drug use is how he came into contact with the people exploiting him.")
F("blame_cause", "referral", "Molly continually lies to her carers, which is how she ended up being abused.")
F("blame_cause", "strategy", "Leon's defiance of his curfew is the key factor in his exposure to harm.")
F("blame_cause", "strategy", "It is considered that Jade's flirtatious manner contributes to the men's interest in her.")
F("blame_cause", "strategy", "Harvey's drug debt is of his own making and is why the older males have a hold over him.")
F("blame_cause", "strategy", "Maisie's provocative posts are the main driver of the risk to her.")
F("blame_cause", "strategy", "Freya's repeated absconding is what has exposed her to the abuse.")
F("blame_cause", "strategy", "Rio's poor behaviour at school got him excluded, and that is why the group was able to pick him up.")
F("blame_cause", "strategy", "The attack happened because Poppy was intoxicated and walking home alone at 2am.")
F("blame_cause", "strategy", "Bella's appearance - she looks about 18 - is why adult men think she is available.")
F("blame_cause", "minutes", "The meeting heard that Callum's cheek towards the men led to him being assaulted.")
F("blame_cause", "minutes", "Foster carer felt Erin brings it on herself by going out dressed like that.")
F("blame_cause", "minutes", "Police noted that Aliyah had been drinking, which contributed to what happened to her.")
F("blame_cause", "minutes", "School said Keira only has herself to blame as she kept lying about where she was.")
F("blame_cause", "minutes", "It was agreed that Sienna's use of the dating app is what has led to the sexual abuse.")
F("blame_cause", "minutes", "Chair noted that Tyreese's rudeness and swagger on the estate invite the trouble he gets.")
F("blame_cause", "minutes", "Worker said Jasmine's late nights out are the reason she has been targeted.")
F("blame_cause", "minutes", "Youth worker commented that Millie's short skirts and heavy make-up make her a target.")

# ---------------------------------------------------------------- age_relationship
F("age_relationship", "case_note", "Leah (14) still seeing her boyfriend who is 22.")
F("age_relationship", "case_note", "Tia spent the weekend at her fella's flat - he's 24, she is 15.")
F("age_relationship", "case_note", "Mason (13) was picked up from school by his girlfriend, aged 19.")
F("age_relationship", "case_note", "Amara, 15, has been dating a man in his twenties she met at the bus station.")
F("age_relationship", "case_note", "Skye 15yo - partner Dean 27 - buying her clothes and vapes.")
F("age_relationship", "case_note", "Demi and her older boyfriend (31) have been arguing again; Demi is fourteen.")
F("age_relationship", "case_note", "Kayla went to the cinema with her 20-year-old boyfriend, she is 13.")
F("age_relationship", "case_note", "Ruby is in a relationship with Marcus, aged 26; Ruby is 16.")
F("age_relationship", "referral", "Niamh, aged 15, is in a sexual relationship with a 25-year-old male.")
F("age_relationship", "referral", "Zara (14) has an older boyfriend believed to be around 30.")
F("age_relationship", "referral", "Chloe is thirteen and has a boyfriend who is nineteen.")
F("age_relationship", "referral", "It is reported that Ellis (15) is in a relationship with a 21-year-old woman.")
F("age_relationship", "referral", "Jade, now 15, has been with her fella, a man in his late twenties, since she was 14.")
F("age_relationship", "referral", "Molly, 15, is seeing an older man (aged 33) and stays at his house most weekends.")
F("age_relationship", "referral", "Freya, 14, and her partner, who is 22, have been together for six months.")
F("age_relationship", "referral", "The 24-year-old boyfriend of Poppy (15) has been buying her alcohol.")
F("age_relationship", "strategy", "Bella (15yo) is in a relationship with an adult male, Tony, 29.")
F("age_relationship", "strategy", "The relationship between Maisie (14) and Kyle (20) appears stable and long-term.")
F("age_relationship", "strategy", "Erin's boyfriend Jordan, a man in his mid-twenties, is a protective factor as he keeps her off the streets; Erin is 15.")
F("age_relationship", "strategy", "Aliyah aged 13 has been dating an 18-year-old from Eastbrook college.")
F("age_relationship", "strategy", "Keira (fifteen) and her thirty-year-old partner were found together in his car.")
F("age_relationship", "strategy", "Sienna's relationship with the 26yo appears to have ended; she is 14.")
F("age_relationship", "strategy", "Harvey, 15, is believed to be in a relationship with a woman in her thirties from the estate.")
F("age_relationship", "strategy", "Jasmine, 13, regularly sees her boyfriend, a 19-year-old man known to police.")
F("age_relationship", "minutes", "Mum advised that Millie's boyfriend, who is 23, has been staying over; Millie is 15.")
F("age_relationship", "minutes", "Meeting noted Leon (14) has a girlfriend in her twenties who gives him lifts.")
F("age_relationship", "minutes", "Police confirmed the couple - Tia, 15, and Reece, 28 - were stopped together in Kellingford.")
F("age_relationship", "minutes", "The 21-year-old Amara is going out with has been told to stay away; Amara is 14.")
F("age_relationship", "minutes", "School said Lacey (15) and her older partner, a man of about 35, were seen at the gates.")
F("age_relationship", "minutes", "Chair asked whether Kayden's relationship with the 19yo female was still going on; Kayden is 13.")
F("age_relationship", "minutes", "It was reported that Demi, aged fifteen, had moved in with her fella, who is in his late twenties.")
F("age_relationship", "minutes", "Housing raised that a 16-year-old girl and her 40-year-old partner are living at the flat.")

# ---------------------------------------------------------------- criminalising
F("criminalising", "case_note", "Kayden is running drugs for the Ashgate lot.")
F("criminalising", "case_note", "Jaxon caught holding twelve wraps on the Northfield estate.")
F("criminalising", "case_note", "Rio has been shotting in the park after school.")
F("criminalising", "case_note", "Mason is now a line holder for the Riverside line.")
F("criminalising", "case_note", "Kobe was out grafting again last night, came back with 200 quid.")
F("criminalising", "case_note", "Tyreese is a known drug runner in Harrowmere.")
F("criminalising", "case_note", "Callum serving up outside the chicken shop again.")
F("criminalising", "case_note", "Leon is a drug mule moving packages between Eastbrook and the coast.")
F("criminalising", "referral", "Harvey is a county lines offender who travels to Wendleford to deal.")
F("criminalising", "referral", "Jayden is part of the Marsh Road gang and is involved in their drug dealing.")
F("criminalising", "referral", "Child is working for an older male, selling cannabis and cocaine.")
F("criminalising", "referral", "Ellis is a drug dealer operating out of a trap house in Kellingford.")
F("criminalising", "referral", "Rhys has been trapping in a flat in Upper Wendle for three weeks.")
F("criminalising", "referral", "Young person is a gang member and associates with other gang nominals.")
F("criminalising", "referral", "Tyler was found to be plugging drugs when stopped at Harrowmere station.")
F("criminalising", "referral", "Ben has been acting as a runner and enforcer for the Clayburn boys.")
F("criminalising", "strategy", "Jaxon is assessed as a mid-level dealer within the network.")
F("criminalising", "strategy", "Kayden's role appears to be drugs courier, and he has progressed to recruiting younger peers.")
F("criminalising", "strategy", "Mason's offending: possession with intent to supply, carrying a knife and running the line.")
F("criminalising", "strategy", "Analysis indicates Kobe is a key player in the Ashgate line.")
F("criminalising", "strategy", "Rio is believed to be holding for the older males and stashing at home.")
F("criminalising", "strategy", "Callum is a gang affiliate and is heavily involved in supply.")
F("criminalising", "strategy", "Tyreese has been dealing on behalf of the line and collecting debts.")
F("criminalising", "strategy", "Jayden, a young drug dealer, is likely to reoffend.")
F("criminalising", "minutes", "Police reported that Leon was arrested as a runner for the Tolbrook line.")
F("criminalising", "minutes", "Youth justice worker said Harvey is still working for the Marsh Road crew.")
F("criminalising", "minutes", "School reported Ellis is dealing to other pupils at break.")
F("criminalising", "minutes", "Members noted that Rhys is a drug dealer and should be treated as such.")
F("criminalising", "minutes", "It was noted that Tyler is now running his own line out of Kellingford.")
F("criminalising", "minutes", "Chair noted Ben has been serving up in Wendleford since the summer.")
F("criminalising", "minutes", "Meeting heard Kian was shotting from his bike on the Northfield estate.")
F("criminalising", "minutes", "Officer described Jaxon as a prolific county lines offender.")

# ---------------------------------------------------------------- minimising
F("minimising", "case_note", "Only low-level exploitation at this stage, no further action.")
F("minimising", "case_note", "Mason was slapped by an older lad but it was just banter.")
F("minimising", "case_note", "Tia sent one image to an adult - a one-off, nothing further needed.")
F("minimising", "case_note", "Kobe experimenting with cannabis and hanging around with older boys - typical teen stuff.")
F("minimising", "case_note", "Missing again overnight, normal for him, returned safe.")
F("minimising", "case_note", "Leah failed to engage with the session again and refused to talk.")
F("minimising", "case_note", "Ruby not engaging - closing the case as she won't work with us.")
F("minimising", "case_note", "Minor sexual touching only, Skye not too bothered by it.")
F("minimising", "referral", "Demi has been kissed and touched by an adult but this was harmless.")
F("minimising", "referral", "The incident is relatively minor and Kayla was not significantly harmed.")
F("minimising", "referral", "Ellis is non-compliant with his plan and does not attend appointments.")
F("minimising", "referral", "Harmless messages from an older man to Chloe; mum just wants reassurance.")
F("minimising", "referral", "Carrying small amounts of cannabis for the older lads is low level and Jayden is not at significant risk.")
F("minimising", "referral", "This is a one-off incident of sexual contact and unlikely to recur.")
F("minimising", "referral", "Rhys has disengaged from all services and will not comply.")
F("minimising", "referral", "Zara's going missing is just attention-seeking behaviour.")
F("minimising", "strategy", "The risk is assessed as low as the exploitation is only occasional.")
F("minimising", "strategy", "Jade refuses to engage and so there is little more agencies can do.")
F("minimising", "strategy", "Harvey's contact with the group is low-level and doesn't warrant a strategy meeting.")
F("minimising", "strategy", "The assault appears to be horseplay between the boys and the older males.")
F("minimising", "strategy", "Missing episodes are short and Callum always comes back, so this is not a concern.")
F("minimising", "strategy", "Rio remains hard to reach and uncooperative, which limits the effectiveness of the plan.")
F("minimising", "strategy", "Sharing nudes with older boys is normal experimentation for her age.")
F("minimising", "strategy", "Maisie has been sexually assaulted but did not seem upset, so impact is limited.")
F("minimising", "minutes", "It was agreed the sexting was a bit of fun and should not be escalated.")
F("minimising", "minutes", "Police said it was only a minor assault and the boy wasn't badly hurt.")
F("minimising", "minutes", "School said Keira's missing episodes are just her being a typical teenager.")
F("minimising", "minutes", "Members agreed the case can close as Tyreese will not engage.")
F("minimising", "minutes", "The social worker said Erin keeps refusing support, so the lack of progress is down to her.")
F("minimising", "minutes", "Meeting felt this was a one-off as he has only been caught with drugs once.")
F("minimising", "minutes", "Chair noted the touching was not serious and should be seen as part of growing up.")
F("minimising", "minutes", "Mum and worker agreed the threats are just talk and nothing to worry about.")

# ---------------------------------------------------------------- adultifying
F("adultifying", "case_note", "Kayden is very mature for his age and knows exactly what he is doing.")
F("adultifying", "case_note", "Leah (13) is streetwise and can handle herself.")
F("adultifying", "case_note", "Tia, 12, presents as a young woman, very confident.")
F("adultifying", "case_note", "Jaxon, aged 11, is a big lad and acts like an adult.")
F("adultifying", "case_note", "Skye can look after herself, she's been around.")
F("adultifying", "case_note", "Kobe is old enough to know better.")
F("adultifying", "case_note", "Ruby comes across as 18 rather than 14 and behaves like an adult.")
F("adultifying", "case_note", "Mason, 13, carries himself like a grown man.")
F("adultifying", "referral", "Demi is a sexually mature 14-year-old.")
F("adultifying", "referral", "Callum is a streetwise young man of 12 who is well able to look after himself.")
F("adultifying", "referral", "Despite being 13, Amara is worldly-wise and fully aware of what she is doing.")
F("adultifying", "referral", "Kayla, 13, is very independent and adult in her outlook.")
F("adultifying", "referral", "Ellis is a young man who should be taking responsibility for his behaviour; he is 12.")
F("adultifying", "referral", "Chloe is savvy and knows how to manage herself around older men.")
F("adultifying", "referral", "Zara is mature beyond her years and does not need the same supervision as other 14-year-olds.")
F("adultifying", "referral", "Jayden is a hardened young man who isn't intimidated by anyone.")
F("adultifying", "strategy", "Given his size and maturity, Rhys is unlikely to be coerced.")
F("adultifying", "strategy", "Jade is precocious and sexually knowing for a 13-year-old.")
F("adultifying", "strategy", "Harvey is an experienced young man who understands the consequences.")
F("adultifying", "strategy", "Niamh is able to protect herself and is not as vulnerable as her age suggests.")
F("adultifying", "strategy", "Tyler, 14, is effectively the man of the house and can make adult decisions.")
F("adultifying", "strategy", "Rio is physically imposing and presents as a threat rather than a child.")
F("adultifying", "strategy", "Poppy acts much older than 14 and is well able to handle older company.")
F("adultifying", "strategy", "Bella knows the score and is not naive.")
F("adultifying", "minutes", "Police described Leon as a mature young man who knew the consequences.")
F("adultifying", "minutes", "School said Maisie is twelve going on twenty.")
F("adultifying", "minutes", "Carer felt Freya is old enough to make her own decisions about who she sees.")
F("adultifying", "minutes", "Meeting noted that Kian is street-smart and can look after himself in Kellingford.")
F("adultifying", "minutes", "Chair said Erin is grown up for her age and doesn't need protecting in the same way.")
F("adultifying", "minutes", "Officer described Ben, 13, as a young man with a mind of his own.")
F("adultifying", "minutes", "It was noted Aliyah is worldly and older than her years.")
F("adultifying", "minutes", "Members felt Sienna, at 15, is capable of looking after herself and knows what she is getting into.")

# ---------------------------------------------------------------- self_risk
F("self_risk", "case_note", "Leah continues to put herself at risk by going to the flat.")
F("self_risk", "case_note", "Mason is placing himself in dangerous situations in Harrowmere.")
F("self_risk", "case_note", "Tia making risky choices again this weekend.")
F("self_risk", "case_note", "Kobe is leaving himself open to exploitation by hanging around the bookies.")
F("self_risk", "case_note", "Risk-taking behaviour ongoing - Skye out till 3am.")
F("self_risk", "case_note", "Ruby knowingly puts herself in harm's way.")
F("self_risk", "case_note", "Jaxon is making himself vulnerable by getting into cars with unknown adults.")
F("self_risk", "case_note", "Demi puts herself in risky situations with older males.")
F("self_risk", "referral", "Kayla is engaging in high-risk behaviours including going missing and sexual activity with adults.")
F("self_risk", "referral", "Callum is placing himself at significant risk of harm.")
F("self_risk", "referral", "Young person regularly puts themselves at risk of sexual exploitation.")
F("self_risk", "referral", "Amara continues to make unsafe choices despite advice.")
F("self_risk", "referral", "Ellis's risky lifestyle puts him in contact with dangerous adults.")
F("self_risk", "referral", "Chloe has repeatedly placed herself in danger by meeting men from the internet.")
F("self_risk", "referral", "Zara is vulnerable to exploitation because of the risks she takes.")
F("self_risk", "referral", "Jayden keeps getting himself into dangerous situations with the Marsh Road group.")
F("self_risk", "strategy", "Rhys's risk-taking is escalating.")
F("self_risk", "strategy", "Jade is making poor choices that place her at risk of harm.")
F("self_risk", "strategy", "Harvey continues to put himself in situations where exploitation can occur.")
F("self_risk", "strategy", "Niamh is drawn to risk and seeks out dangerous situations.")
F("self_risk", "strategy", "Tyler's self-endangering behaviour is the main concern.")
F("self_risk", "strategy", "Rio has left himself open to being exploited by associating with older youths.")
F("self_risk", "strategy", "Poppy keeps placing herself at risk by returning to the address.")
F("self_risk", "strategy", "Bella's risky behaviours online increase her vulnerability.")
F("self_risk", "minutes", "Police said Leon keeps putting himself in harm's way.")
F("self_risk", "minutes", "School reported Maisie is making risky decisions about who she meets.")
F("self_risk", "minutes", "It was agreed Freya is at risk because of her own risk-taking behaviour.")
F("self_risk", "minutes", "Carer advised Kian is putting himself at risk by staying out.")
F("self_risk", "minutes", "Chair noted Erin places herself in risky situations at the weekends.")
F("self_risk", "minutes", "Worker said Ben is making himself vulnerable to older males.")
F("self_risk", "minutes", "The meeting felt Aliyah chooses to put herself at risk.")
F("self_risk", "minutes", "Members noted Sienna's high-risk lifestyle.")

# ---------------------------------------------------------------- jargon
F("jargon", "case_note", "Disc w/ SW, MASH ref sent, await outcome.")
F("jargon", "case_note", "Tia RHI done, MFH x3 this month.")
F("jargon", "case_note", "NRM ref submitted, awaiting CG decision.")
F("jargon", "case_note", "Kobe open to YOS, CCE concerns, next MACE 14/3.")
F("jargon", "case_note", "Strat disc held, s47 agreed, ICPC booked.")
F("jargon", "case_note", "DSL informed, CP plan in place, CIN review next wk.")
F("jargon", "case_note", "Ruby RAG rated red on CSE tool, LADO informed.")
F("jargon", "case_note", "S/W to liaise w/ EET worker re PRU place.")
F("jargon", "referral", "Referral to MASH following RHI; CSE concerns re older males.")
F("jargon", "referral", "Young person is LAC and subject to an EHCP; IRO aware.")
F("jargon", "referral", "Please progress to MACE panel; SPOC is DC Harding.")
F("jargon", "referral", "Requesting TAF meeting and EHCP review; on CAMHS waiting list.")
F("jargon", "referral", "CCE/CSE screening tool completed, score high; refer to SEP.")
F("jargon", "referral", "YP is known to YJS and is on a YRO with ISS.")
F("jargon", "referral", "Concerns escalated to CSC front door; MFH protocol followed.")
F("jargon", "referral", "NRM submitted by FR; awaiting RG decision from SCA.")
F("jargon", "strategy", "Agreed outcome: s47 to proceed, LADO not required, ICPC in 15 days.")
F("jargon", "strategy", "MASH RAG rating amber; CETAF to consider at next MACE.")
F("jargon", "strategy", "Kayden has a CP plan, CIN ceased, TAC meeting to reconvene.")
F("jargon", "strategy", "Risk held by CE team; DA flagged; MARAC referral considered.")
F("jargon", "strategy", "PNC checks show no trace; PND checks pending.")
F("jargon", "strategy", "ETE plan: AP placement via PRU, SENCO to review.")
F("jargon", "strategy", "Escalated to the LSCP; CSPR rapid review under consideration.")
F("jargon", "strategy", "Harvey NFA'd by CPS; IOM team to hold.")
F("jargon", "minutes", "PC Dale stated CAD log raised, MISPER report and RHI outstanding.")
F("jargon", "minutes", "Chair confirmed LA is corporate parent; IRO to chair LAC review.")
F("jargon", "minutes", "DSL updated CPOMS; EWO involved re PA.")
F("jargon", "minutes", "Members agreed to refer to MACE and request an ISVA for Poppy.")
F("jargon", "minutes", "Health rep confirmed CAMHS T2 input and SALT assessment.")
F("jargon", "minutes", "YOT to complete AssetPlus; ROSH medium.")
F("jargon", "minutes", "SW advised PLO letter issued, ICO being considered.")
F("jargon", "minutes", "Actions: SPOC to share via CJSM; ESAF to be updated by CSE lead.")

# ================================================================ NEGATIVES
# ---------------------------------------------------------------- adult_action
N("adult_action", "case_note", "The 34-year-old man groomed Leah over several months, using gifts and a phone.")
N("adult_action", "case_note", "Adults from the Ashgate group recruited Kobe outside school and handed him a phone.")
N("adult_action", "case_note", "Dean ran the line from Eastbrook and sent children out to Kellingford.")
N("adult_action", "case_note", "The men trafficked Tia to a flat in Upper Wendle.")
N("adult_action", "case_note", "Marcus raped Ruby at the address on Holloway Road on 3 March.")
N("adult_action", "case_note", "Police believe Reece has been dealing from the flat and making Mason answer the door.")
N("adult_action", "case_note", "The older male threatened to hurt Jaxon's mother if he did not keep the phone.")
N("adult_action", "case_note", "Kyle told officers he 'gave the kid a job' and paid him in trainers.")
N("adult_action", "referral", "An adult male known as 'Tee' is believed to be exploiting at least four local children.")
N("adult_action", "referral", "The woman at the address supplied alcohol to the girls and filmed them.")
N("adult_action", "referral", "Kian's cousin, 24, has been dealing crack cocaine and storing it at the family home.")
N("adult_action", "referral", "Police suspect the group is trafficking children across county boundaries to sell drugs.")
N("adult_action", "referral", "In interview the suspect called Niamh his girlfriend; she is 14 and he is 31.")
N("adult_action", "referral", "Older members of the Marsh Road crew have been grooming boys at the skate park.")
N("adult_action", "referral", "A man in his forties raped Chloe after giving her vodka.")
N("adult_action", "referral", "The adult who controls the line beat Callum when the money was short.")
N("adult_action", "strategy", "The network is run by three adults who recruit children through social media.")
N("adult_action", "strategy", "Tony, 29, has sexually exploited Bella and controls who she sees.")
N("adult_action", "strategy", "The perpetrator dealt heroin from the address and forced Rio to store it.")
N("adult_action", "strategy", "In interview the suspect said the girls 'wanted to party' and 'knew what they were doing'.")
N("adult_action", "strategy", "Adult males have been trafficking girls between hotels in Eastbrook.")
N("adult_action", "strategy", "Jordan, 25, groomed Erin online before meeting her in person.")
N("adult_action", "strategy", "The older men running the line moved Harvey between three trap houses.")
N("adult_action", "strategy", "Reece admitted supplying cannabis to Tyler and paying him to carry packages.")
N("adult_action", "minutes", "Police reported that the man charged had groomed and raped two girls from the home.")
N("adult_action", "minutes", "Officer said the adults running the Tolbrook line had been arrested for dealing.")
N("adult_action", "minutes", "The meeting heard the suspect called Keira 'his missus' when challenged by staff; she is 15.")
N("adult_action", "minutes", "It was noted the woman recruited Sienna by offering her a place to stay.")
N("adult_action", "minutes", "Police confirmed the older males had been dealing from Kian's grandmother's flat after taking it over.")
N("adult_action", "minutes", "The chair noted that the adult had trafficked Ben to Wendleford on at least two occasions.")
N("adult_action", "minutes", "School reported a man in a grey car had been trying to recruit pupils at the gates.")
N("adult_action", "minutes", "The suspect told police Leon 'worked for him' and 'chose to be there'.")
N("adult_action", "minutes", "Officers stated the man had raped Jasmine and threatened to share the video.")

# ---------------------------------------------------------------- quoted_policy
N("quoted_policy", "case_note", "Supervisor asked me to remove 'putting herself at risk' from my note; rewritten to say Leah is being exploited.")
N("quoted_policy", "case_note", "Corrected my earlier entry: I wrote 'boyfriend' but Marcus is 26 and Ruby is 15, so this is abuse, not a relationship.")
N("quoted_policy", "case_note", "Note to self: do not write 'drug runner' - Kobe is a victim of criminal exploitation.")
N("quoted_policy", "case_note", "Amended the record to remove 'lifestyle choice', as it wrongly implies Skye chose this.")
N("quoted_policy", "case_note", "Team manager reminded me that calling a child 'streetwise' suggests they can protect themselves, which is not the case.")
N("quoted_policy", "case_note", "Reworded 'she did not resist' to 'she was too frightened to resist'.")
N("quoted_policy", "case_note", "Removed 'low-level' from the chronology; no level of exploitation is low.")
N("quoted_policy", "case_note", "Replaced 'non-engaging' with a note that we have not yet found a way of working that suits Ruby.")
N("quoted_policy", "referral", "Earlier referrals described Tia as 'promiscuous'; this language is inaccurate and should not be repeated.")
N("quoted_policy", "referral", "Previous records call Jaxon a 'gang member'; he is a 13-year-old being criminally exploited and should be seen that way.")
N("quoted_policy", "referral", "The phrase 'she consented' appears in the police log, but a child cannot consent to their own exploitation.")
N("quoted_policy", "referral", "We ask partners to avoid the term 'mature for his age' when describing Mason, as it hides his vulnerability.")
N("quoted_policy", "referral", "The school's report calls the older man Demi's 'partner'; we dispute this, as she is 14 and he is 25.")
N("quoted_policy", "referral", "Describing Callum as 'old enough to know better' ignores the coercion he is under.")
N("quoted_policy", "referral", "Earlier notes say Kayla was 'trading sex'; this should read that she was sexually exploited.")
N("quoted_policy", "referral", "The word 'willingly' in the original log does not reflect what happened to Chloe.")
N("quoted_policy", "strategy", "The audit found 'risky behaviour' used in eleven files to describe children who were being exploited.")
N("quoted_policy", "strategy", "Training slide: avoid 'she was wearing revealing clothing' - what a child wears is never the cause of abuse.")
N("quoted_policy", "strategy", "Guidance reminds us that 'county lines offender' should not be used for a child who is being exploited.")
N("quoted_policy", "strategy", "The review criticised the phrase 'engaging in sexual activity with adults' in the earlier assessment.")
N("quoted_policy", "strategy", "Practitioners should avoid 'placing himself at risk' and instead describe the adults who are creating the risk.")
N("quoted_policy", "strategy", "The panel challenged the term 'holding drugs' because it frames Rio as an offender rather than a victim.")
N("quoted_policy", "strategy", "Our language guide says never to describe an abused child as 'sexually active' with an adult.")
N("quoted_policy", "strategy", "Case file review: 'one-off' was used to describe repeated sexual abuse; recommendation to retrain staff.")
N("quoted_policy", "minutes", "The chair challenged the phrase 'hard to reach', saying it is services that have not reached Erin.")
N("quoted_policy", "minutes", "Members agreed to stop describing Aliyah as 'experimenting' as this minimises the abuse.")
N("quoted_policy", "minutes", "The independent reviewer objected to earlier minutes calling Keira's abuser her 'fella'.")
N("quoted_policy", "minutes", "Police lead said officers will no longer write 'went willingly' in missing reports for children.")
N("quoted_policy", "minutes", "Health representative asked that 'attention-seeking' be struck from the record.")
N("quoted_policy", "minutes", "It was minuted that the term 'drug mule' must not be used for Ben in any future reports.")
N("quoted_policy", "minutes", "The chair reminded members that 'young man' should not be used for a 12-year-old.")
N("quoted_policy", "minutes", "Designated lead noted that 'she enjoys the attention' had appeared in a previous note and has been withdrawn.")
N("quoted_policy", "minutes", "Minute amended at the family's request: the word 'banter' has been removed and the incident recorded as an assault.")

# ---------------------------------------------------------------- correct_usage
N("correct_usage", "case_note", "Leah is being sexually exploited by a man aged 26.")
N("correct_usage", "case_note", "Kobe was coerced into carrying drugs by adults from the Ashgate group.")
N("correct_usage", "case_note", "Tia is being criminally exploited and is too frightened to tell anyone.")
N("correct_usage", "case_note", "Mason told me the men forced him to carry packages to Kellingford.")
N("correct_usage", "case_note", "We have not yet found a way of working that Ruby feels safe with; I will try meeting at the library.")
N("correct_usage", "case_note", "Skye is a child and cannot consent to her own exploitation.")
N("correct_usage", "case_note", "Jaxon has been groomed and is scared of what will happen if he tries to stop.")
N("correct_usage", "case_note", "Demi was raped by an adult male in his thirties.")
N("correct_usage", "referral", "Kayla, 14, is being abused by a 23-year-old man who has given her a phone.")
N("correct_usage", "referral", "Callum is a victim of criminal exploitation and has been made to sell drugs in Wendleford.")
N("correct_usage", "referral", "Services have struggled to offer Amara support at times and places that suit her.")
N("correct_usage", "referral", "Ellis appears to be under the control of older males and may be held in debt bondage.")
N("correct_usage", "referral", "Chloe has been sexually abused and images of her abuse have been shared online.")
N("correct_usage", "referral", "Zara is a 15-year-old child being exploited by adults who give her alcohol and cigarettes.")
N("correct_usage", "referral", "Jayden has been trafficked to the coast on at least three occasions.")
N("correct_usage", "referral", "Our service has not managed to build trust with Niamh yet and needs to change its approach.")
N("correct_usage", "strategy", "Rhys is being criminally exploited and his fear of the adults involved is a barrier to disclosure.")
N("correct_usage", "strategy", "Jade is a child who is being sexually abused; responsibility lies with the adults involved.")
N("correct_usage", "strategy", "Agencies have not yet offered Harvey a worker he trusts, and the plan is to change this.")
N("correct_usage", "strategy", "Tyler has been coerced into storing weapons by adults known to police.")
N("correct_usage", "strategy", "Rio is a victim of child criminal exploitation and requires a safeguarding response.")
N("correct_usage", "strategy", "Poppy was groomed online and then abused by a man aged 31.")
N("correct_usage", "strategy", "Bella's missing episodes are an indicator that she is being exploited and needs protection.")
N("correct_usage", "strategy", "Maisie's distress suggests she has been significantly harmed by the abuse.")
N("correct_usage", "minutes", "Police confirmed that Leon is being exploited and is being treated as a victim.")
N("correct_usage", "minutes", "School said Freya is being sexually exploited and asked how they can help keep her safe.")
N("correct_usage", "minutes", "The meeting agreed that services had not made it easy for Kian to attend and would visit him at home.")
N("correct_usage", "minutes", "Chair noted that Erin has been abused by a man aged 29 and must be safeguarded.")
N("correct_usage", "minutes", "Members agreed Ben has been trafficked and a referral for specialist victim support will be made.")
N("correct_usage", "minutes", "Health said Aliyah was raped and needs specialist support.")
N("correct_usage", "minutes", "It was agreed Keira has been coerced and controlled by the adults and is not to blame.")
N("correct_usage", "minutes", "Worker reported Sienna is frightened of the men exploiting her and has asked for help.")
N("correct_usage", "minutes", "The chair accepted that agencies had missed earlier chances to protect Tyreese.")

# ---------------------------------------------------------------- explained_acronym
N("explained_acronym", "case_note", "Referral sent to the Multi-Agency Safeguarding Hub (MASH) today.")
N("explained_acronym", "case_note", "Completed a return home interview (RHI) with Tia after she came back.")
N("explained_acronym", "case_note", "Kobe has a new worker from the Youth Justice Service (YJS).")
N("explained_acronym", "case_note", "Leah's Child and Adolescent Mental Health Services (CAMHS) appointment is on Thursday.")
N("explained_acronym", "case_note", "Spoke to the Designated Safeguarding Lead (DSL) at school about Mason.")
N("explained_acronym", "case_note", "Mum asked what the National Referral Mechanism (NRM) is, so I explained it to her.")
N("explained_acronym", "case_note", "Ruby's Independent Reviewing Officer (IRO) visited her at the placement.")
N("explained_acronym", "case_note", "Jaxon is now supported under a Child Protection (CP) plan.")
N("explained_acronym", "referral", "Please consider a referral to the National Referral Mechanism (NRM), as Callum has been trafficked.")
N("explained_acronym", "referral", "Amara has an Education, Health and Care Plan (EHCP) for speech and language needs.")
N("explained_acronym", "referral", "Ellis is open to Child and Adolescent Mental Health Services (CAMHS) for anxiety.")
N("explained_acronym", "referral", "Chloe was seen by an Independent Sexual Violence Adviser (ISVA) after the assault.")
N("explained_acronym", "referral", "A Multi-Agency Child Exploitation (MACE) meeting is requested for Zara.")
N("explained_acronym", "referral", "Jayden attends a Pupil Referral Unit (PRU) in Harrowmere.")
N("explained_acronym", "referral", "Niamh is a Looked After Child (LAC) living with foster carers in Eastbrook.")
N("explained_acronym", "referral", "Kayla's carer made a Missing From Home (MFH) report when she did not come back.")
N("explained_acronym", "strategy", "The Local Authority Designated Officer (LADO) was consulted and no action was needed.")
N("explained_acronym", "strategy", "Rhys's family will be discussed at the Multi-Agency Risk Assessment Conference (MARAC) because of domestic abuse at home.")
N("explained_acronym", "strategy", "A Section 47 (s47) enquiry will be undertaken by children's social care.")
N("explained_acronym", "strategy", "The Single Competent Authority (SCA) has made a positive reasonable grounds decision for Harvey.")
N("explained_acronym", "strategy", "An Initial Child Protection Conference (ICPC) will be held within 15 working days.")
N("explained_acronym", "strategy", "Tyler's Education Welfare Officer (EWO) will support his return to school.")
N("explained_acronym", "strategy", "Jade will be offered a Team Around the Family (TAF) meeting with her mum present.")
N("explained_acronym", "strategy", "The Crown Prosecution Service (CPS) has agreed to charge the adult suspect.")
N("explained_acronym", "minutes", "The Child Sexual Exploitation (CSE) lead for Eastbrook gave an update.")
N("explained_acronym", "minutes", "Police explained that the Police National Computer (PNC) check had been completed.")
N("explained_acronym", "minutes", "The Special Educational Needs Coordinator (SENCO) will attend the next meeting.")
N("explained_acronym", "minutes", "Members discussed the Child in Need (CIN) plan for Kian.")
N("explained_acronym", "minutes", "The chair explained that a Single Point of Contact (SPOC) will liaise with the family.")
N("explained_acronym", "minutes", "Health confirmed the Speech and Language Therapy (SALT) assessment is booked.")
N("explained_acronym", "minutes", "The Youth Offending Team (YOT) worker said Ben is doing well at college.")
N("explained_acronym", "minutes", "It was agreed to hold a Team Around the Child (TAC) review in six weeks.")
N("explained_acronym", "minutes", "The Independent Child Trafficking Guardian (ICTG) service will be asked to support Leon.")

# ---------------------------------------------------------------- neutral
N("neutral", "case_note", "Mum's partner, Gary, works nights at the depot and was asleep when I visited.")
N("neutral", "case_note", "Leah chose the blue bedroom and wanted to put up her own posters.")
N("neutral", "case_note", "Kobe enjoyed the football session and agreed to come again next week.")
N("neutral", "case_note", "Fire risk noted: smoke alarm in the hallway not working, landlord informed.")
N("neutral", "case_note", "Tia's older sister, who is 24, has a new boyfriend who drove them both to the cinema.")
N("neutral", "case_note", "Mason wants to try out for the school play and chose a part with singing.")
N("neutral", "case_note", "Dad and his partner have been in a relationship for ten years and share the care.")
N("neutral", "case_note", "Ruby agreed to meet me at the cafe and chose a hot chocolate.")
N("neutral", "referral", "Grandmother and her partner have offered to care for Jaxon during the week.")
N("neutral", "referral", "Demi enjoys art and has chosen it as one of her exam options.")
N("neutral", "referral", "There is a trip hazard risk on the stairs at the family home, which the landlord has agreed to fix.")
N("neutral", "referral", "Callum's mum describes a good relationship with his teachers.")
N("neutral", "referral", "Amara wanted to go to the youth club and agreed to be picked up at 8pm.")
N("neutral", "referral", "The family's risk of eviction is now low after the rent arrears were cleared.")
N("neutral", "referral", "Ellis's father and his girlfriend have recently had a baby.")
N("neutral", "referral", "Chloe chose to go to her aunt's for the holidays and enjoyed it.")
N("neutral", "strategy", "Zara's relationship with her grandmother is warm and a clear strength.")
N("neutral", "strategy", "Jayden chose the boxing club himself and attends every Tuesday.")
N("neutral", "strategy", "Mum's new partner has been checked and there are no concerns about him.")
N("neutral", "strategy", "Niamh agreed to the plan and wanted her aunt to be at the next meeting.")
N("neutral", "strategy", "The risk of flooding at the property has been raised with the housing association.")
N("neutral", "strategy", "Rhys enjoyed the cooking sessions and wants to become a chef.")
N("neutral", "strategy", "The foster carers, a married couple, have a strong relationship and a good support network.")
N("neutral", "strategy", "Jade chose which college course to apply for and is pleased with her choice.")
N("neutral", "minutes", "Mum reported that she and her partner hope to move nearer to Harvey's school.")
N("neutral", "minutes", "Tyler agreed to try the new timetable and said he enjoyed maths this week.")
N("neutral", "minutes", "The chair noted the positive relationship between Poppy and her youth worker.")
N("neutral", "minutes", "Members agreed the next meeting will be held at the library.")
N("neutral", "minutes", "Bella wanted her views read out and chose her aunt to speak for her.")
N("neutral", "minutes", "School reported Maisie enjoyed the residential trip and made new friends.")
N("neutral", "minutes", "Dad's girlfriend has been helping with the school runs while he is at work.")
N("neutral", "minutes", "The manual handling risk assessment for the residential home has been updated.")
N("neutral", "minutes", "Kian chose to spend the weekend with his older brother and his brother's fiancee in Eastbrook.")


# ================================================================ CHECKS
ACRO_RE = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\bs\d+\b")


def unexplained_acronyms(text):
    """Tokens with two or more capitals (or s47-style) not given as '(TOKEN)' in the text."""
    out = []
    for m in ACRO_RE.finditer(text):
        tok = m.group(0)
        if "(" + tok + ")" in text:
            continue
        out.append(tok)
    return out


def check(rows):
    errors = []
    seen = set()
    for i, r in enumerate(rows):
        t = r["text"]
        where = f"row {i + 1} ({t[:40]!r})"
        if not isinstance(t, str) or not t:
            errors.append(f"{where}: empty text")
            continue
        if t != t.strip() or "  " in t or "\n" in t or "\t" in t:
            errors.append(f"{where}: stray whitespace")
        if t in seen:
            errors.append(f"{where}: duplicate text")
        seen.add(t)
        if r["style"] not in STYLES:
            errors.append(f"{where}: bad style {r['style']}")
        if r["label"] == "flag":
            if r["category"] not in CATEGORIES:
                errors.append(f"{where}: bad category {r['category']}")
            if r["negative_kind"] is not None:
                errors.append(f"{where}: flag row has a kind")
            acr = unexplained_acronyms(t)
            if r["category"] == "jargon" and not acr:
                errors.append(f"{where}: jargon row has no unexplained acronym")
            if r["category"] != "jargon" and acr:
                errors.append(f"{where}: non-jargon flag row has acronym(s) {acr}")
        elif r["label"] == "ok":
            if r["negative_kind"] not in KINDS:
                errors.append(f"{where}: bad kind {r['negative_kind']}")
            if r["category"] is not None:
                errors.append(f"{where}: ok row has a category")
            acr = unexplained_acronyms(t)
            if acr:
                errors.append(f"{where}: negative has unexplained acronym(s) {acr}")
            if r["negative_kind"] == "explained_acronym" and not re.search(r"\([A-Za-z0-9]+\)", t):
                errors.append(f"{where}: explained_acronym row has no (ACRONYM)")
        else:
            errors.append(f"{where}: bad label {r['label']}")
    n = len(rows)
    if n < 400:
        errors.append(f"only {n} sentences (need >= 400)")
    cats = Counter(r["category"] for r in rows if r["label"] == "flag")
    kinds = Counter(r["negative_kind"] for r in rows if r["label"] == "ok")
    for c in CATEGORIES:
        if cats[c] < 28:
            errors.append(f"category {c} has {cats[c]} (< 28)")
    for k in KINDS:
        if kinds[k] < 28:
            errors.append(f"kind {k} has {kinds[k]} (< 28)")
    nflag = sum(1 for r in rows if r["label"] == "flag")
    share = nflag / n if n else 0
    if not (0.55 <= share <= 0.65):
        errors.append(f"flag share {share:.3f} outside 55-65%")
    return errors


def table(counter, keys):
    return "\n".join(f"| {k} | {counter.get(k, 0)} |" for k in keys)


def main():
    errors = check(ROWS)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written.")
        sys.exit(1)

    rows = [dict(r) for r in ROWS]
    random.Random(20261217).shuffle(rows)
    width = max(3, len(str(len(rows))))
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"T{i:0{width}d}", "text": r["text"], "label": r["label"],
                    "category": r["category"], "negative_kind": r["negative_kind"],
                    "style": r["style"]})
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    labels = Counter(o["label"] for o in out)
    cats = Counter(o["category"] for o in out if o["label"] == "flag")
    kinds = Counter(o["negative_kind"] for o in out if o["label"] == "ok")
    styles = Counter(o["style"] for o in out)
    share = labels["flag"] / len(out)

    readme = f"""# Evaluation set `lang_t` (set_t.jsonl)

## Who wrote it
Written by an independent helper session that worked only inside `/work/sets/lang_t/`.
It saw only its own folder; it read no other file, repository, search tool or web page,
and it ran no checker and no NLP library. Every sentence was composed by hand from the
helper's own knowledge of *Appropriate language: child sexual and/or criminal exploitation -
guidance for professionals* (The Children's Society, Victim Support and the National Police
Chiefs' Council; updated 2024 with NAPAC for the CSE Taskforce).

Date: 2026-12-06

## How it was built
- `build.py` holds every sentence typed by hand, one call per sentence:
  `F(category, style, text)` for sentences that should be flagged and
  `N(kind, style, text)` for hard negatives. No templates, generators or substitution loops.
- Styles imitate how busy professionals write: clipped `case_note` fragments, `referral`
  wording, `strategy` report analysis and third-person `minutes`.
- All names, places, gangs and agencies are invented.
- The script checks: texts unique with no stray whitespace; valid labels, categories, kinds and
  styles; a flag row has a category and no kind, an ok row the reverse; at least 400 sentences;
  at least 28 per category and per kind; flag share between 55 % and 65 %; negatives contain no
  unexplained acronym (every token with two or more capitals, or an `s47`-style token, must appear
  as `(TOKEN)` in the same sentence); jargon rows contain at least one unexplained acronym and
  other flag rows contain none.
- It then shuffles with `random.Random(20261217)`, assigns ids `T001`, `T002`, ... and writes
  `set_t.jsonl` (UTF-8, one JSON object per line with `id`, `text`, `label`, `category`,
  `negative_kind`, `style`) and this README.

## Labelling policy
- `label = "flag"` when the writer's own words about a child use victim-blaming, adultifying,
  criminalising or minimising language, or unexplained jargon. `category` names the MAIN problem;
  several sentences contain a secondary problem too (e.g. a consent phrase inside a self-risk
  sentence) but carry one label only.
- `label = "ok"` for hard negatives that share vocabulary with flagged text but are acceptable:
  - `adult_action`: harsh words (groomed, dealing, ran the line, recruited, trafficked, raped)
    describing what adults did, including an abuser's words explicitly reported as his.
  - `quoted_policy`: a policy, training slide, audit, supervisor, reviewer or minute quoting a
    bad phrase in order to reject or correct it.
  - `correct_usage`: good-practice wording (being exploited, coerced, abused by a man aged N)
    and engagement problems placed on services rather than the child.
  - `explained_acronym`: an acronym spelled out in the same sentence, with no other unexplained
    acronym.
  - `neutral`: innocent uses of chose, agreed, wanted, enjoyed, partner, boyfriend, relationship,
    risk and similar (adults' partners, a child's choice of activity, property risks).
- No negative contains an unexplained acronym, so the `jargon` category stays clean.

## Judgement calls
- `age_relationship` covers any child (including 16-year-olds) described as in a relationship
  with, dating, seeing or the partner/boyfriend/girlfriend/"fella" of an older person, whatever
  the grammatical subject and however the ages are written. Where an abuser himself calls the
  child his girlfriend or "missus" and the sentence attributes the word to him, it is
  `adult_action` (ok).
- Sentences where the child is the subject of a passive or coerced verb ("was made to", "forced
  him to", "was coerced into") are `correct_usage`; sentences where drug-market roles or slang
  are applied to the child as his own activity are `criminalising`.
- Non-engagement, refusal, "hard to reach" or "non-compliant" framed as the child's fault or as a
  reason to close are `minimising`; the same difficulty placed on services is `correct_usage`.
- "Young man"/"young woman" is flagged as `adultifying` when the child is young (about 11-13) or
  when the phrase is used to attribute adult responsibility.
- A professional reporting a child's attendance, drinking or clothing is only flagged when the
  sentence names it as the reason or cause of the abuse (`blame_cause`).
- Quoted bad phrases count as ok only when the sentence rejects, corrects or withdraws them.
- Single-letter tokens and ordinary capitalised words are not treated as acronyms; informal
  shorthand such as "w/" or "re" appears only in jargon rows alongside real unexplained acronyms.

## Counts
Total sentences: {len(out)} (flag share {share:.1%})

| label | n |
|---|---|
{table(labels, ["flag", "ok"])}

| category | n |
|---|---|
{table(cats, CATEGORIES)}

| negative_kind | n |
|---|---|
{table(kinds, KINDS)}

| style | n |
|---|---|
{table(styles, STYLES)}
"""
    with open(OUT_README, "w", encoding="utf-8") as fh:
        fh.write(readme)

    print(f"OK: {len(out)} sentences written to {OUT_JSONL}")
    print("labels:", dict(labels))
    print("categories:", {c: cats[c] for c in CATEGORIES})
    print("kinds:", {k: kinds[k] for k in KINDS})
    print("styles:", {s: styles[s] for s in STYLES})
    print(f"flag share: {share:.3f}")


if __name__ == "__main__":
    main()
