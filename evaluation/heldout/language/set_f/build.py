#!/usr/bin/env python3
"""Build set_f.jsonl: hand-written evaluation sentences for a victim-blaming
language checker (child exploitation, UK professional writing).

All sentences below were written by hand for this set. Python 3 stdlib only.
Style codes: C = case_note, R = referral, S = strategy, M = minutes.
"""
import json
import os
import random
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set_f.jsonl")
SEED = 20261204

STYLE = {"C": "case_note", "R": "referral", "S": "strategy", "M": "minutes"}

# ---------------------------------------------------------------- FLAG ----
FLAG = {}

FLAG["consent_choice"] = [
    ("Amira (14) chose to get into the car with the two men outside the chip shop.", "C"),
    ("Kacper, aged 15, is willingly going to the address on Hartley Road most weekends.", "C"),
    ("Staff feel Nia agreed to the sexual contact and did not seem distressed afterwards.", "M"),
    ("Tyrese (16) has consented to travelling to Swansea with the older males.", "R"),
    ("Mei is 13 and reports she was happy to send the images when asked.", "C"),
    ("It appears Oskar (15) actively sought out the men and asked if he could stay at the flat.", "S"),
    ("Priya has made an informed decision to keep returning to the hotel.", "S"),
    ("According to the duty officer, Leila (Year 9) went with them of her own free will.", "R"),
    ("Chidi (14) is complicit in arranging the meetings himself.", "C"),
    ("Zofia instigated the contact by messaging the 26-year-old first.", "R"),
    ("Bilal, 15, was a willing participant in the trip to Blackpool.", "M"),
    ("Ffion (14) keeps going back voluntarily and says nobody makes her.", "C"),
    ("Yusuf made the decision to go missing again so he could be with the older males.", "C"),
    ("Siobhan (15) has been offering sex in exchange for cigarettes and lifts.", "R"),
    ("Harpreet appears to be going along with it quite happily and has not asked for help.", "M"),
    ("Declan, 13, is agreeable to meeting the men and was not forced.", "S"),
    ("Mateo (16) invited the adults round to his mother's flat while she was at work.", "C"),
    ("Per the police log, Aisha initiated sexual activity with the taxi driver.", "R"),
    ("The view of the panel was that Jaden travelled to Norwich of his own accord.", "M"),
    ("Ines (14) says she loves him and wants to be with him, so she is consenting to it.", "C"),
    ("Kofi is choosing to stay out overnight at addresses linked to the older boys.", "C"),
    ("Ruby, a Year 8 pupil, freely gave out her address and arranged to be collected.", "R"),
    ("Tanvir (15) has chosen to associate with these adults despite our advice.", "S"),
    ("Esme appeared to be up for going back to the flat with them.", "C"),
    ("Nobody coerced Andrei; he volunteered to go with them to the station.", "C"),
    ("Daria (13) is sexually active with a number of older men by choice.", "M"),
    ("Kai gave his permission for the photos to be taken and passed around.", "C"),
    ("Noor, 14, has been arranging to meet adult males she got talking to online.", "R"),
    ("Femi (15) decided for himself to get involved with the older males.", "S"),
    ("No pressure was applied; Lucia was a consenting party to what happened at the party.", "M"),
    ("Thu is 14 and wanted it to happen, so the attending officer did not view this as an assault.", "R"),
    ("Deniz keeps seeking out the adults at the takeaway even though he has been told not to.", "C"),
    ("Rhys (12) willingly accepted the alcohol and the lifts that were offered to him.", "C"),
    ("It is clear that Samira is a consenting participant in the sexual activity described.", "S"),
    ("Callum (15) asked to go along and was keen to make the trip to Hull.", "M"),
    ("Marisol, aged 13, traded sexual acts for vape refills and phone credit.", "C"),
    ("Safiya was the one who suggested meeting up, so the contact was on her terms.", "S"),
]

FLAG["blame_cause"] = [
    ("Had Amber not been drinking vodka in the park, the assault would not have happened.", "S"),
    ("Shannon (15) was wearing a very short skirt and a revealing top, which attracted the males' attention.", "C"),
    ("Her constant lying to staff is the reason the men were able to get to her.", "M"),
    ("Jamal's late return to the unit allowed the situation to develop.", "C"),
    ("Milena was targeted because she was on her phone all night talking to strangers.", "R"),
    ("If Zainab had gone home when she was told to, none of this would have occurred.", "M"),
    ("Skye's provocative photos on social media led to the messages from the adult.", "C"),
    ("The abuse started because Ewan kept sneaking out of his bedroom window.", "S"),
    ("Tiana's heavy make-up and tight clothing drew the men to her.", "C"),
    ("Kieran's daily cannabis use is what brought him to the attention of the men.", "R"),
    ("The contact only happened because Elif accepted a friend request from someone she did not know.", "C"),
    ("Had she not lied about her age on the app, the 30-year-old would never have messaged her.", "R"),
    ("Her drunkenness at the party was a major factor in what happened to Precious (15).", "S"),
    ("Marcus's habit of skipping school gave the older males the opportunity to approach him.", "M"),
    ("Reggie (13) got hurt because he would not stop going to the skate park after dark.", "C"),
    ("Much of the risk stems from Hana's attention-seeking videos on TikTok.", "R"),
    ("Lily-Mae's flirtatious manner with the men at the garage is what started it.", "C"),
    ("The incident was caused by Abdi breaking his curfew for the third time that week.", "C"),
    ("If Paulina had kept her location sharing switched off, the men would not have found her.", "S"),
    ("Ama, 14, sent the first picture, and that is what gave the adult leverage over her.", "R"),
    ("Greta's dishonesty with her carers has led directly to this harm.", "M"),
    ("The assault followed Rania getting into a stranger's car after a night of drinking.", "R"),
    ("Yara (14) was dressed up to go out and looked older, which attracted the attention of the group.", "C"),
    ("It was Idris's own use of Snapchat Maps that led the men to his door.", "C"),
    ("Had Ionut stayed at the children's home as agreed, he would not have been picked up.", "S"),
    ("The risk arises largely from Safiya refusing to hand her phone in at night.", "C"),
    ("Connor's lies about where he was going are what enabled the exploitation to continue.", "M"),
    ("Teodor (15) was robbed and beaten as a result of showing off expensive trainers on Instagram.", "C"),
    ("Anya's behaviour at the party, dancing with the men and drinking, contributed to the assault.", "S"),
    ("Demi (15) is being targeted because of the way she dresses.", "R"),
    ("Had Sione not gone to the party without telling anyone, this could have been avoided.", "M"),
    ("Thandiwe's truanting is what left her exposed to the men at the shopping centre.", "C"),
    ("The messages only started after Matilda posted a selfie in her bikini.", "R"),
    ("Olu was stabbed because he was out at 2am, and that is the root cause here.", "S"),
    ("Farah's drinking was the trigger for the events of Saturday night.", "M"),
    ("Her loud, sexualised behaviour on the bus is what drew the adult's interest in Ruqayyah (13).", "C"),
    ("Leaving her drink unattended is how Camila ended up in that situation.", "R"),
]

FLAG["age_relationship"] = [
    ("Amira (14) has a new boyfriend who is 23.", "C"),
    ("Kwame, aged 15, is in a relationship with a woman in her late twenties.", "R"),
    ("Niamh (13) says she is dating a 19-year-old from the college.", "C"),
    ("Jayden, who is in Year 10, is seeing an older woman believed to be about 25.", "C"),
    ("Hodan (15) stays most nights at her boyfriend's flat; he is 34.", "S"),
    ("Ifrah and her 27-year-old partner were seen together in town; Ifrah is 14.", "M"),
    ("Kenji (15) has been in a sexual relationship with his 22-year-old tutor.", "C"),
    ("Mum is aware that Esme, aged 12, has a boyfriend in his twenties.", "R"),
    ("Laila 14yo - bf approx 20yrs, drives a black Audi.", "C"),
    ("Sade has been going out with a man of 28 since she was 13.", "R"),
    ("The girlfriend of Tom Hale (aged 30) is believed to be 15-year-old Lerato.", "S"),
    ("Zofia (16) and her 38-year-old partner have been offered a joint housing appointment.", "R"),
    ("Bao, a Year 9 pupil, has a girlfriend of 21 who picks him up from school.", "C"),
    ("The relationship between Camila (14) and Mr Reyes (41) appears to have ended.", "M"),
    ("Aroha, 15, continues to see her older boyfriend, aged 24, at weekends.", "C"),
    ("Discussion around Tiana (13) and her partner, who is thought to be nineteen.", "M"),
    ("Emre (15) has been dating an adult male, age 26, whom he met on a dating app.", "R"),
    ("Kayden, in Year 8, has a relationship with a woman in her thirties from the gym.", "C"),
    ("Precious has an 18-year-old boyfriend; she is only 13.", "S"),
    ("Farah (14) has been seeing a 22-year-old called Ali for about six months.", "C"),
    ("The 45yo male and his 15yo girlfriend were stopped in the vehicle on the A38.", "R"),
    ("Linh (14) is understood to be the partner of a man aged 33 who owns the nail bar.", "S"),
    ("Her boyfriend is much older (29) and Marisol, aged 15, is reluctant to end things.", "C"),
    ("Concerns were raised about Thu's relationship with a 20-year-old; Thu is 13.", "M"),
    ("Skye, fifteen, and her boyfriend, twenty-four, are planning to move in together.", "C"),
    ("Mele (14) was collected from school by her boyfriend, who is in his mid-twenties.", "C"),
    ("Demi (16) remains in a relationship with Lee, aged 35, despite his bail conditions.", "S"),
    ("Shanice, Year 9, has a 19yo boyfriend who is known to police.", "R"),
    ("Nia's older boyfriend (21) has been buying her clothes; Nia is 14.", "C"),
    ("Ruby (15) and her adult girlfriend, aged 23, were found together at a budget hotel.", "C"),
    ("Aisha aged 13 - in a relationship w/ 25yo male, mother unaware.", "C"),
    ("Harpreet (14) is courting a man of thirty from the next town.", "R"),
    ("Callum (14) is romantically involved with a 27-year-old woman from the estate.", "S"),
    ("It is understood that Leila (15) is engaged to a 30-year-old relative from abroad.", "S"),
    ("Her boyfriend, 19, was arrested last night; Zainab is a Year 8 pupil.", "R"),
    ("Dad says Mason (13) and his girlfriend, a woman of about twenty, met at the arcade.", "M"),
]

FLAG["criminalising"] = [
    ("Kwame (15) is a known drug dealer in the Northfield area.", "R"),
    ("Tyrese has been shotting crack and heroin from a flat in Margate.", "C"),
    ("Abdi (14) was found holding twenty wraps when he was stopped.", "C"),
    ("Jaden, aged 15, was plugging when he was found at the trap house.", "C"),
    ("Bilal is working for a county line running between London and Ipswich.", "S"),
    ("Kofi, 16, is a runner for the Blue Ocean line.", "M"),
    ("Olu (15) is part of a gang based in Tower Hamlets.", "R"),
    ("Andrei, Year 10, has been acting as a money mule and lets his account be used.", "C"),
    ("Marcus owes his dealer £800 and is working off the debt.", "S"),
    ("Dmitri (14) was caught running drugs for older males in Southend.", "C"),
    ("Yusuf has been selling cannabis to other pupils at school.", "R"),
    ("Idris (15) is a gang member and should be managed as one.", "M"),
    ("Jamal has been recruiting younger children into the line.", "S"),
    ("Kacper (15) is a drug supplier and has been charged accordingly.", "R"),
    ("Eilidh (14) carries drugs internally for the group.", "C"),
    ("Tanvir is a county lines offender, aged 16.", "S"),
    ("Deji has been cuckooing an elderly man's flat alongside older gang members.", "C"),
    ("Reggie (13) is a drugs mule who moves packages between Luton and Bedford.", "R"),
    ("Mateo still owes the line £400 after losing the package, so he has to keep working.", "M"),
    ("Sorin is a foot soldier for the Hollow Road crew.", "C"),
    ("Femi, aged 16, has been dealing on the estate for around a year.", "R"),
    ("Ravi was caught with a knife and drugs and is clearly part of the criminal network.", "S"),
    ("Kieran has been running the deal line phone, taking orders and directing sales.", "C"),
    ("Connor (15) is going country to Bournemouth to sell drugs.", "M"),
    ("Noor (16) is a money mule who lets her account take payments from strangers.", "R"),
    ("Luca has been trapping in Exeter for a few months now.", "C"),
    ("Zainab is a drug runner for her cousin.", "M"),
    ("Ionut (14) is a shoplifter working for an adult crime group.", "S"),
    ("Tariq has joined the Eastside gang and is now one of their dealers.", "C"),
    ("Kai (15) was holding for the older boys when the address was raided.", "R"),
    ("Thiago has a drug debt of £1,200 that he has to pay back.", "M"),
    ("Sipho is a county lines drug runner, aged 14.", "S"),
    ("Vlad, a Year 11 pupil, sells weed and pills at parties.", "C"),
    ("Ewan is a gang-affiliated youth with a history of supplying class A.", "R"),
    ("Jayden (13) has been stashing drugs in his bedroom for the gang and is earning well.", "C"),
    ("Precious has been shoplifting to order and handing the goods to her older associates.", "M"),
]

FLAG["minimising"] = [
    ("This is low-level sexual exploitation and does not meet threshold.", "S"),
    ("The incident at the park was a one-off and is unlikely to be repeated.", "C"),
    ("Some sexual exploring is normal for a girl of 14, so no further action.", "R"),
    ("Staff consider the men's comments towards her to be harmless banter.", "C"),
    ("Kwame is going through a phase and will grow out of it.", "M"),
    ("The images Mei sent were just teenage experimenting.", "C"),
    ("Leila refuses to engage with services, so the case will be closed.", "S"),
    ("Oskar has been offered support several times but won't engage.", "C"),
    ("Only low-level concerns at present; he is just hanging around with older lads.", "R"),
    ("This is typical teenage behaviour rather than exploitation.", "M"),
    ("Zofia is hard to reach and keeps missing appointments, so we cannot progress the work.", "S"),
    ("The touching at the bus stop was minor and not worth pursuing.", "C"),
    ("It was just a bit of fun that went too far.", "M"),
    ("Precious is being dramatic; it was only a bit of grabbing.", "C"),
    ("Bilal's missing episodes are normal for a lad his age.", "R"),
    ("Given that it only happened once, the panel agreed a strategy meeting is not needed.", "M"),
    ("Declan is not engaging, so there is little more we can offer him.", "S"),
    ("The adult's messages were mildly inappropriate rather than abusive.", "C"),
    ("Most teenagers experiment with sending pictures, so this is not unusual.", "R"),
    ("Esme has been uncooperative with police, so the investigation has stalled through her own doing.", "S"),
    ("The older males are just mates he plays Xbox with; nothing to worry about.", "C"),
    ("Lucia's disclosure relates to a single incident and is therefore low risk.", "S"),
    ("The slapping and name-calling are par for the course at that age.", "M"),
    ("He'll settle down once he starts college; it's a stage.", "R"),
    ("Her reluctance to speak to the officer shows she does not want help.", "C"),
    ("Callum keeps dropping out of sessions, which shows he isn't ready to change.", "S"),
    ("It was only a few photos and nobody got physically hurt.", "M"),
    ("Deniz was just experimenting with cannabis and the older lads, typical Year 10 stuff.", "C"),
    ("The grooming concerns are historic and relatively minor.", "R"),
    ("Skye failed to attend three appointments, so she has been discharged for non-engagement.", "S"),
    ("The adult's sexual comments to Hana online were just banter.", "C"),
    ("Going missing like this is a normal part of growing up on that estate.", "M"),
    ("Nothing serious: a few kisses and a lift home from an older lad.", "R"),
    ("Yara won't open the door to workers, so the gap in support is down to her.", "S"),
    ("It is a low-grade concern and can be held at universal level.", "C"),
    ("Boys will be boys; the initiation at the flat was a bit of horseplay.", "M"),
]

FLAG["adultifying"] = [
    ("Kwame (15) is very streetwise and knows how to handle himself.", "R"),
    ("Amira is mature for her age and able to make her own decisions; she is 14.", "C"),
    ("Tyrese, 14, is a big lad who can look after himself.", "S"),
    ("The young man, aged 12, presented as confident and assertive.", "C"),
    ("Shannon (13) acts much older than her years and comes across like an adult.", "M"),
    ("Jamal is 13 but carries himself like a grown man.", "R"),
    ("Niamh is 14 going on 25.", "C"),
    ("Having lived independently, Kofi (15) is well able to protect himself.", "S"),
    ("This young woman, a Year 7 pupil, is sexually knowing and worldly.", "C"),
    ("Abdi, aged twelve, is savvy enough to know what he's getting into.", "M"),
    ("Harpreet (14) is an old head on young shoulders and does not need a worker.", "R"),
    ("The young lady, 11, was articulate and seemed in control of the situation.", "C"),
    ("Marcus is 14 and physically imposing, so officers felt threatened by him.", "S"),
    ("Tiana (13) has an adult outlook and is not naive about men.", "C"),
    ("Jaden knows the streets better than most adults do; he is 15.", "M"),
    ("Ruby presents as a grown woman and it is hard to remember she is 13.", "R"),
    ("Officers described the 14-year-old as an intimidating young adult.", "C"),
    ("Demi (15) is wise beyond her years and well aware of the risks.", "S"),
    ("Yusuf (13) is a young man who knows his own mind.", "C"),
    ("Chidi, Year 8, is quite capable of looking after himself in town.", "M"),
    ("Given her maturity, Ines (15) can be left to manage the contact herself.", "R"),
    ("Olu is 14 but behaves like an adult and should be spoken to as one.", "S"),
    ("Kayden is a tough kid of 13 who doesn't scare easily.", "C"),
    ("Thandiwe (12) is a young woman now and will make her own way.", "M"),
    ("Mei, at 14, is sophisticated and handles older men confidently.", "R"),
    ("Ewan presents as far older than his 13 years and not vulnerable.", "C"),
    ("Lerato (14) is resilient and street-smart and will cope fine in the hostel.", "S"),
    ("The 15yo is an adult in all but name.", "M"),
    ("Dmitri is a hardened, independent young man of 12.", "R"),
    ("Sione, aged 14, can take care of himself and was not scared of the men.", "C"),
    ("Nia (13) is very grown-up and more than a match for the adults around her.", "C"),
    ("Reggie (13) is no child; he understands exactly how the adult world works.", "S"),
    ("At 14, Idris is effectively an adult and should take responsibility like one.", "M"),
    ("Safiya, 13, comes across as a confident young woman who can hold her own with older males.", "R"),
    ("Bogdan, a Year 9 boy, is more of a man than most of the staff.", "M"),
]

FLAG["self_risk"] = [
    ("Amber (15) continues to put herself at risk by going missing.", "C"),
    ("Kwame is making poor choices about who he associates with.", "R"),
    ("Leila leads a risky lifestyle and is frequently out overnight.", "S"),
    ("Oskar is his own worst enemy.", "M"),
    ("Priya places herself in dangerous situations with older males.", "C"),
    ("Bilal's risk-taking behaviour is escalating.", "R"),
    ("Zofia keeps making bad decisions around alcohol and men.", "C"),
    ("Jaden exposes himself to harm by travelling to other cities.", "S"),
    ("Mei (13) is at risk from her own behaviour.", "M"),
    ("Chidi has a chaotic lifestyle that leaves him vulnerable.", "R"),
    ("Ffion engages in risky behaviours, including getting into cars with unknown adults.", "C"),
    ("Siobhan is self-exploiting through her online activity.", "S"),
    ("Declan knowingly places himself in harm's way.", "M"),
    ("Aisha makes unwise choices and will not listen to advice.", "C"),
    ("Rhys puts himself in vulnerable positions by staying out late.", "R"),
    ("Kacper seems determined to put himself in danger.", "S"),
    ("Nia is a risk to herself because of the company she keeps.", "M"),
    ("Tanvir is making himself vulnerable by hanging around the shops.", "C"),
    ("Esme's reckless conduct leaves her open to abuse.", "R"),
    ("Andrei's lifestyle choices are placing him at significant risk.", "S"),
    ("Lucia persists in high-risk behaviour despite repeated warnings.", "C"),
    ("Samira is putting herself in harm's way by meeting people off the internet.", "M"),
    ("Mateo (14) is engaging in high-risk activity at weekends.", "R"),
    ("Kofi is on a self-destructive path.", "S"),
    ("Hana puts her own safety at risk every time she leaves the unit.", "C"),
    ("Callum's poor decision-making continues to expose him to the older males.", "M"),
    ("Anya's behaviour is placing her at risk of sexual exploitation.", "R"),
    ("Kieran is not keeping himself safe.", "C"),
    ("Ayo regularly puts himself in compromising situations.", "S"),
    ("Precious has been warned about her risky choices but carries on regardless.", "M"),
    ("Greta's choices online are increasing her own vulnerability.", "C"),
    ("Thiago is putting himself at risk of criminal exploitation.", "R"),
    ("Safiya is courting danger by staying out until the early hours.", "C"),
    ("Jamal's self-endangering behaviour is a major worry for the school.", "S"),
    ("Idris has poor judgement and keeps walking into trouble.", "M"),
    ("Rania needs to start taking responsibility for her own safety.", "R"),
]

FLAG["jargon"] = [
    ("Referred to MASH on Tuesday; awaiting outcome.", "R"),
    ("Agreed: NRM referral to be submitted by SW by Friday.", "M"),
    ("MACE panel to review in four weeks.", "M"),
    ("LADO notified re the coach's conduct.", "C"),
    ("RHI completed on return, no disclosures made.", "C"),
    ("Force SPOC to be copied into all intelligence submissions.", "S"),
    ("EHCP review brought forward due to exclusion risk.", "M"),
    ("CCE screening tool completed by DSL, score high.", "R"),
    ("Case stepped down to EH following CIN closure.", "C"),
    ("Strategy discussion held under s47; ICPC to be convened within 15 working days.", "S"),
    ("Concerns logged on CPOMS and shared with the DSL.", "C"),
    ("PLO letter sent; IRO informed.", "M"),
    ("Please complete the CSE risk assessment and upload it to LCS before the MARM.", "R"),
    ("YOT worker attended; AIM3 assessment outstanding.", "M"),
    ("CAMHS referral declined; signposted to online counselling.", "R"),
    ("Child is LAC and placed OOA; PEP due next month.", "C"),
    ("NFA by police; CSC to consider a CP plan.", "S"),
    ("Intel submitted to the MIU on a 5x5x5.", "C"),
    ("SAR requested from the LA regarding the previous EHA.", "R"),
    ("Mum's ex discussed at MAPPA level 2 as a DV perpetrator.", "M"),
    ("ISVA to make contact; ABE booked for Thursday.", "S"),
    ("Added to the CE tracker; VRU mentor allocated.", "C"),
    ("TAF meeting rescheduled as the SENCO was unable to attend.", "M"),
    ("SGO assessment paused pending DBS and LAC medical.", "R"),
    ("ICTG referral made alongside the NRM; awaiting SCA decision.", "S"),
    ("RFA to be sent to the neighbouring LA via their MASH.", "C"),
    ("CPN reviewed; PRU placement continues for now.", "R"),
    ("Outcome 21 recorded; OIC to update CPS.", "M"),
    ("MSP to chair; TOR circulated in advance.", "M"),
    ("CSPR rapid review scheduled; HMICFRS findings to be tabled.", "S"),
    ("Missing episode logged; RHI by CRT within 72hrs.", "C"),
    ("CYPS to liaise with the BTP SPOC re travel patterns.", "S"),
    ("GP and HV aware; MARAC ref pending.", "M"),
    ("PACE interview to be arranged with an AA present.", "C"),
    ("CSE and CCE flags added on the PNC, SPOC informed.", "R"),
]

# ------------------------------------------------------------------ OK ----
OK = {}

OK["adult_action"] = [
    ("The 32-year-old is a known dealer who has been supplying drugs to children on the estate.", "C"),
    ("Police believe Marcus Reid (29) runs the line and recruits pupils from the academy.", "S"),
    ("The man told officers that Amira, who is 14, had been his girlfriend; this is recorded as his account only and is not accepted.", "R"),
    ("The suspect claimed Nia 'wanted it' and 'chose to come back'; these are his words.", "M"),
    ("Adults at the address have been grooming Ffion by buying her vapes and phone credit.", "C"),
    ("Ollie Grant, aged 34, is believed to be holding drugs at his mother's flat.", "S"),
    ("The adult male made a choice to target a child he knew to be vulnerable.", "S"),
    ("Intelligence suggests the men, all in their twenties, are shotting from a car park behind the leisure centre.", "R"),
    ("In interview, Dean Hobbs described his 'relationship' with the 14-year-old; officers have recorded this as his version only.", "M"),
    ("The perpetrator deliberately plied Chidi with alcohol before the assault.", "C"),
    ("Kane Webb (41) controls the supply and uses threats to keep children working for him.", "S"),
    ("The woman in her forties has been exploiting Kacper by sending him to collect her debts.", "C"),
    ("According to his own messages, the 26-year-old told friends Precious was 'mature for her age'.", "R"),
    ("The exploiters have told Yusuf he owes them £600, a tactic they use to keep him under control.", "S"),
    ("The men took advantage of Aisha's intoxication.", "M"),
    ("The gang leader, a man in his thirties, is recruiting children through Snapchat.", "C"),
    ("Mr Harris, 52, was seen handing cash and cigarettes to children outside the school gates.", "R"),
    ("The suspect's phone held messages in which he repeatedly pressured Mei to meet him.", "S"),
    ("The adult blamed Esme for 'leading him on', which the interviewing officer challenged.", "M"),
    ("The adults behind the network have been buying bank cards from teenagers for small sums.", "R"),
    ("The offender chose the time and place and controlled every contact.", "C"),
    ("Lee Barton, aged 38, is a convicted drug dealer and the subject of a civil order.", "S"),
    ("The abuser has been manipulating Tiana into believing nobody else cares about her.", "M"),
    ("The man told Tyrese he was 'part of the family' now, a grooming line he had used with several boys.", "C"),
    ("Two adults were working together to traffic the children between Leeds and Hull.", "R"),
    ("In interview the suspect insisted the boy was 'streetwise' and 'knew the score'; that is his characterisation, not ours.", "S"),
    ("Intelligence names a 45-year-old woman as the person holding and distributing cash for the network.", "M"),
    ("The 30-year-old has been targeting girls at the bus station and offering them lifts.", "C"),
    ("The adults involved made Lucia feel responsible so that she would stay quiet.", "R"),
    ("His texts show the man arranging every meeting and setting every condition.", "S"),
    ("Hobbs admitted he was 'seeing' the girl, but that is his framing and not the language of this report.", "M"),
    ("The exploiter manufactured a debt against Olu by staging a robbery of the package.", "C"),
    ("The 27-year-old is believed to be dealing from the flat and using it to harbour missing children.", "R"),
    ("Adults in the group are sharing images of the children and threatening to post them online.", "S"),
]

OK["quoted_policy"] = [
    ("Staff should avoid writing 'she is putting herself at risk' and instead describe the risk posed by adults.", "M"),
    ("The term 'boyfriend' should not be used for a 34-year-old abusing a 14-year-old; refer to him as the adult male or the perpetrator.", "S"),
    ("Please replace 'child prostitute' with 'child who is being sexually exploited'.", "M"),
    ("We have removed the word 'consented' from the chronology, because a child cannot consent to their own abuse.", "R"),
    ("Describing Kwame as a 'drug runner' criminalises him; record that he is being criminally exploited.", "C"),
    ("The chair reminded members that 'low-level exploitation' minimises harm and should not be recorded.", "M"),
    ("Phrases such as 'streetwise' and 'mature for her age' were challenged during the review.", "S"),
    ("Rather than 'she chose to go with them', the note now reads 'she was taken by the adults'.", "C"),
    ("Avoid expressions like 'lifestyle choice' or 'risky lifestyle' in referrals.", "R"),
    ("The audit found 'plugging' used twice; it has been replaced with 'forced to conceal drugs internally'.", "S"),
    ("'Money mule' implies willingness, so the report describes Andrei as a child whose bank account was exploited by adults.", "R"),
    ("The previous worker wrote 'he is his own worst enemy', which we have flagged as victim-blaming.", "C"),
    ("Training slide: do not write 'she was drinking, so it's partly on her'; write that the adult exploited her intoxication.", "M"),
    ("The phrase 'sexually active' should not be used about a child under 13; say the child has been raped or sexually abused.", "S"),
    ("Practitioners were asked to stop describing missed sessions as 'refusing to engage' and to think about barriers the service has created.", "M"),
    ("The word 'relationship' was struck from the minutes because it implies the abuse was mutual.", "M"),
    ("In line with the language guide, 'working for a gang' has been changed to 'being criminally exploited by adults'.", "R"),
    ("We should not call Jaden 'a young man' in the chronology; he is 12 and a child.", "C"),
    ("The team agreed that 'it was a one-off' is not an acceptable way to describe a sexual assault.", "S"),
    ("Referrers sometimes write 'she was dressed provocatively'; this shifts blame and must not appear in our reports.", "R"),
    ("The terms 'drug debt' and 'owes money' have been replaced with 'debt bondage imposed by the exploiters'.", "S"),
    ("The reviewing officer amended 'he is part of the gang' to 'he is being exploited by an organised crime group'.", "C"),
    ("Words like 'promiscuous' and 'sexually available' were found in the file and removed.", "M"),
    ("Please do not write 'putting himself in danger'; the danger comes from the people exploiting him.", "C"),
    ("Note to file: the earlier entry saying 'she can look after herself' is not our assessment and has been corrected.", "R"),
    ("The guide lists 'exchanging sex for drugs' as language to avoid, as it suggests the child was in control.", "S"),
    ("I have changed 'experimenting' to 'being groomed online' in paragraph four.", "C"),
    ("The panel rejected the police summary's description of her as a 'willing participant'.", "M"),
    ("'Shotting' is street slang that frames the child as an offender; describe the exploitation instead.", "R"),
    ("Managers will challenge entries like 'it's just banter' where children describe sexualised comments from adults.", "S"),
    ("Rather than saying Hana 'has a 25-year-old partner', the note states that an adult is sexually abusing her.", "C"),
    ("The line 'if she hadn't lied about her age' was deleted because responsibility lies with the adult.", "M"),
    ("'Poor choices' has appeared in three case notes this month and was raised in supervision.", "S"),
    ("Instead of 'hard to engage', the plan now says the service has not yet found a way to build trust with him.", "R"),
]

OK["correct_usage"] = [
    ("Amira (14) told us she wanted to go to the flat; we recognise this as a sign of grooming by the adults there.", "C"),
    ("Kwame was made to hold drugs for the adults controlling the line.", "S"),
    ("Priya is being sexually exploited by a 29-year-old man.", "C"),
    ("Bilal has been coerced by an organised crime group into carrying drugs to Ipswich.", "R"),
    ("The adults have created a debt and are using it to control Marcus.", "S"),
    ("Leila appears to go willingly, but this reflects the control the perpetrators have over her.", "M"),
    ("Declan (13) was groomed and then sexually abused by the man he met online.", "C"),
    ("Nia was given alcohol by the adults, who then abused her.", "R"),
    ("Tyrese held drugs for the older males because he had been threatened with violence.", "C"),
    ("Staff recognise that Esme's missing episodes are likely driven by the people exploiting her.", "M"),
    ("Oskar is a victim of criminal exploitation and should be treated as such by all agencies.", "S"),
    ("Adults are contacting Mei through gaming platforms and pressuring her to send images.", "C"),
    ("Zofia says she loves him; this is consistent with the grooming she has been subjected to.", "R"),
    ("Jaden was forced to conceal drugs internally by the men who trafficked him.", "M"),
    ("The 24-year-old has been sexually abusing Ines, who is 15.", "S"),
    ("Even where Kofi appears to agree to travel, he cannot meaningfully consent to being exploited.", "C"),
    ("Chidi's bank account has been used by adults to move criminal money.", "R"),
    ("Yusuf has been harmed by adults who targeted him because he was out of school.", "S"),
    ("Aisha, aged 13, has been raped.", "C"),
    ("Siobhan wanted to see the man again, which shows how effectively he has groomed her.", "M"),
    ("Responsibility for Rhys being in that flat at 3am lies with the adults, not with him.", "R"),
    ("Harpreet has been trafficked for the purpose of sexual exploitation.", "S"),
    ("Jamal is being exploited by a county lines network and is frightened of what will happen if he tries to leave.", "C"),
    ("Andrei was told he owed money after the adults arranged for him to be robbed.", "M"),
    ("Lucia's drinking does not reduce the responsibility of the men who assaulted her.", "R"),
    ("Callum, who is 12, has been sexually abused by a woman in her thirties.", "S"),
    ("The man has been controlling Shannon (15) by buying her clothes and then demanding sex.", "C"),
    ("Kieran kept returning to the address because the exploiters had threatened his younger brother.", "M"),
    ("Hana did not choose this; she was manipulated over several months.", "S"),
    ("Thiago has been recruited by adults and exploited to sell drugs.", "R"),
    ("Ruby sent the images after being blackmailed by an adult pretending to be a teenager.", "C"),
    ("Whatever Skye was wearing is irrelevant; the adult is responsible for the assault.", "M"),
    ("Deji is a child who has been criminally exploited and needs a safeguarding response, not a criminal one.", "S"),
    ("Minh was forced to work in a cannabis grow by the adults who trafficked him.", "R"),
    ("Although Farah (14) says she went along freely, the power imbalance with the 31-year-old means this is abuse.", "M"),
]

OK["explained_acronym"] = [
    ("Referred to the Multi-Agency Safeguarding Hub (MASH) on Tuesday.", "R"),
    ("A National Referral Mechanism (NRM) referral was submitted for Kwame.", "S"),
    ("The MACE (Multi-Agency Child Exploitation) panel will review in four weeks.", "M"),
    ("The Local Authority Designated Officer (LADO) was informed about the coach.", "C"),
    ("A return home interview (RHI) was completed the day after Priya came back.", "C"),
    ("The police single point of contact (SPOC) for exploitation attended.", "M"),
    ("Her Education, Health and Care Plan (EHCP) review has been brought forward.", "R"),
    ("Child criminal exploitation (CCE) screening was completed by the designated safeguarding lead.", "S"),
    ("An Independent Child Trafficking Guardian (ICTG) has been allocated to Minh.", "C"),
    ("An Achieving Best Evidence (ABE) interview is arranged for Thursday.", "S"),
    ("Child sexual exploitation (CSE) is a form of child sexual abuse, and Amira's case will be managed under those procedures.", "R"),
    ("Child and Adolescent Mental Health Services (CAMHS) accepted the referral.", "C"),
    ("The Multi-Agency Risk Assessment Conference, or MARAC, will hear the mother's case next week.", "M"),
    ("An Independent Sexual Violence Adviser (ISVA) will contact Lucia this week.", "C"),
    ("The Youth Justice Service (YJS) worker shared the court date.", "R"),
    ("Jayden has been placed out of area (OOA) since March.", "C"),
    ("A Personal Education Plan (PEP) meeting is due next month.", "S"),
    ("The Single Competent Authority (SCA) made a positive reasonable grounds decision.", "S"),
    ("The case has moved to early help (EH) following closure of the child in need (CIN) plan.", "C"),
    ("An Initial Child Protection Conference (ICPC) is to be convened within 15 working days.", "M"),
    ("Police recorded no further action (NFA) against the suspect.", "R"),
    ("Concerns were logged on CPOMS (Child Protection Online Monitoring System).", "C"),
    ("A mentor from the VRU, the Violence Reduction Unit, has been allocated.", "M"),
    ("The Team Around the Family (TAF) meeting has been rescheduled.", "M"),
    ("The special educational needs coordinator (SENCO) will attend the review.", "R"),
    ("A Request for Assistance (RFA) was sent to the neighbouring local authority.", "S"),
    ("The Pupil Referral Unit (PRU) will continue to provide his education.", "C"),
    ("British Transport Police (BTP) have identified repeated travel on the route.", "S"),
    ("The Independent Reviewing Officer (IRO) was informed of the missing episode.", "M"),
    ("A Child Safeguarding Practice Review (CSPR) will be undertaken.", "S"),
    ("His Youth Offending Team (YOT) officer raised concerns about the adults around him.", "R"),
    ("The looked after child (LAC) review is scheduled for the 14th.", "C"),
    ("An appropriate adult (AA) must be present for any police interview.", "M"),
    ("Discussed at the Child Exploitation (CE) panel; actions below.", "M"),
    ("Intelligence was shared with the Regional Organised Crime Unit (ROCU).", "S"),
]

OK["neutral"] = [
    ("Her line manager will supervise the worker's caseload while she is on leave.", "M"),
    ("Mum is a mature student at the local college.", "C"),
    ("Ellie (16) is dating a boy from her college course who is also 16.", "C"),
    ("Dad's partner, Karen, came to the meeting with him.", "M"),
    ("Kwame enjoys football and took the usual dressing-room banter in good spirit.", "C"),
    ("Oskar is a talented runner and competes for the county over 800 metres.", "R"),
    ("The meeting was held at the youth centre and ran over by twenty minutes.", "M"),
    ("Mum described a healthy relationship with her new partner, who supports the children.", "C"),
    ("The duty worker was asked to hold the line while the call was transferred.", "C"),
    ("Mateo has been working hard on his exam coursework.", "R"),
    ("Priya is part of the school netball team.", "S"),
    ("Declan chose to study history and geography next year.", "C"),
    ("The foster carer's husband is in his fifties and works nights.", "M"),
    ("Siobhan's older sister, 19, is in a relationship with a man of 22 and lives in Cardiff.", "R"),
    ("Yusuf agreed to the plan for weekly mentoring sessions.", "S"),
    ("Tomasz holds the school record for the long jump.", "C"),
    ("The housing officer said the family owes two months' rent.", "R"),
    ("Nia, 16, has a Saturday job working for a local bakery.", "C"),
    ("Aunt Fatima and her partner have offered to provide respite care.", "S"),
    ("Bilal came to the drop-in with his friends from the cricket club.", "M"),
    ("Mum's boyfriend, who is 35, has passed the viability assessment.", "S"),
    ("Chidi is a keen gamer and plays online with his cousins.", "C"),
    ("Leila (17) and her girlfriend (17) both attend the Pride youth group.", "C"),
    ("The school's behaviour policy takes a firm line on mobile phones.", "M"),
    ("Esme was runner-up in the county art competition.", "R"),
    ("Grandma looks after the children after school three days a week.", "C"),
    ("The chess club is run by a mature volunteer in his sixties.", "S"),
    ("Mum's relationship with the school has improved this term.", "M"),
    ("Dad works as a delivery driver and is out from 6am.", "C"),
    ("Kofi (15) has been seeing the school counsellor weekly.", "R"),
    ("Staff shared some light-hearted banter with Ruby about her favourite football team.", "C"),
    ("Rhys held the door open for the visiting worker and offered her a drink.", "S"),
    ("Hana was dropped off by her older brother (20) and his partner.", "R"),
    ("The dealer at the car showroom offered Dad finance on a new vehicle.", "M"),
    ("Thiago wants to go to college in September to study plumbing.", "C"),
    ("Zainab (15) and her boyfriend, who is also in Year 11, were at the cinema with friends.", "R"),
]

FLAG_CATS = ["consent_choice", "blame_cause", "age_relationship", "criminalising",
             "minimising", "adultifying", "self_risk", "jargon"]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]
MIN_PER = 30
MIN_TOTAL = 400

ACRO = re.compile(r"\b[A-Z]{2,}[0-9]*\b")


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def main():
    assert list(FLAG) == FLAG_CATS and list(OK) == OK_KINDS
    rows = []
    for cat, items in FLAG.items():
        for text, st in items:
            rows.append({"text": text, "label": "flag", "category": cat,
                         "negative_kind": None, "style": STYLE[st]})
    for kind, items in OK.items():
        for text, st in items:
            rows.append({"text": text, "label": "ok", "category": None,
                         "negative_kind": kind, "style": STYLE[st]})

    problems = []
    seen = {}
    for r in rows:
        k = norm(r["text"])
        if k in seen:
            problems.append("duplicate: %r" % r["text"])
        seen[k] = True
        if not r["text"].strip():
            problems.append("empty text")
        acros = ACRO.findall(r["text"])
        if r["category"] == "jargon" and not acros:
            problems.append("jargon without acronym: %r" % r["text"])
        if r["label"] == "ok" and r["negative_kind"] != "explained_acronym" and acros:
            problems.append("unexplained acronym in ok row: %r %r" % (acros, r["text"]))
        if r["label"] == "flag" and r["category"] != "jargon" and acros:
            problems.append("acronym in non-jargon flag row: %r %r" % (acros, r["text"]))
        if r["negative_kind"] == "explained_acronym":
            if not acros:
                problems.append("explained_acronym without acronym: %r" % r["text"])
            elif not re.search(r"\(|, or |, the ", r["text"]):
                problems.append("explained_acronym without visible expansion: %r" % r["text"])
    cc = Counter(r["category"] for r in rows if r["label"] == "flag")
    nc = Counter(r["negative_kind"] for r in rows if r["label"] == "ok")
    for c in FLAG_CATS:
        if cc[c] < MIN_PER:
            problems.append("too few %s: %d" % (c, cc[c]))
    for k in OK_KINDS:
        if nc[k] < MIN_PER:
            problems.append("too few %s: %d" % (k, nc[k]))
    if len(rows) < MIN_TOTAL:
        problems.append("too few rows: %d" % len(rows))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        raise SystemExit(1)

    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": "F%03d" % i, "text": r["text"], "label": r["label"],
                   "category": r["category"], "negative_kind": r["negative_kind"],
                   "style": r["style"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    lab = Counter(r["label"] for r in rows)
    sty = Counter(r["style"] for r in rows)
    print("wrote", OUT)
    print("total:", len(rows), "| flag:", lab["flag"], "| ok:", lab["ok"])
    print("flag categories:")
    for c in FLAG_CATS:
        print("  %-18s %d" % (c, cc[c]))
    print("ok negative kinds:")
    for k in OK_KINDS:
        print("  %-18s %d" % (k, nc[k]))
    print("styles:")
    for s in ["case_note", "referral", "strategy", "minutes"]:
        print("  %-18s %d" % (s, sty[s]))


if __name__ == "__main__":
    main()
