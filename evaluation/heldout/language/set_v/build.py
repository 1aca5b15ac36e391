#!/usr/bin/env python3
"""Build and validate set_v.jsonl (independent evaluation set for the language checker).

Written from scratch by a helper that never saw the checker, its rules, data or other sets.
Each entry: (text, category_or_negative_kind, style_code)
style codes: c=case_note, r=referral, s=strategy_report, m=meeting_minutes
"""
import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STYLE = {"c": "case_note", "r": "referral", "s": "strategy_report", "m": "meeting_minutes"}
FLAG_CATS = ["self_risk", "consent_choice", "blame_cause", "age_relationship",
             "criminalising", "minimising", "adultifying", "jargon"]
NEG_KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]

ITEMS = [
    # ------------------------------------------------------------------ self_risk
    ("Mia (14) continues to put herself at risk by getting into cars with unknown males outside the retail park.", "self_risk", "c"),
    ("Jayden, aged 15, is placing himself in danger each time he travels to Swansea without telling his carers.", "self_risk", "r"),
    ("It was noted that Leah makes herself vulnerable when she goes to the flat on Cromwell Road.", "self_risk", "m"),
    ("YP keeps putting himself in risky situations despite repeated warnings from staff.", "self_risk", "c"),
    ("Concerns remain that Chloe is exposing herself to further harm by staying out overnight with older associates.", "self_risk", "r"),
    ("In my view she is at risk of her own making because of the company she keeps.", "self_risk", "s"),
    ("Tyler (13) has been placing himself at significant risk of harm by returning to the address in Moss Side.", "self_risk", "s"),
    ("Amira puts herself in harm's way by arranging to meet men she has only spoken to on Snapchat.", "self_risk", "c"),
    ("Kai's risk is largely self-generated as he keeps going back to Peckham after every move.", "self_risk", "s"),
    ("Ellie-May is her own worst enemy and continually walks back into dangerous situations.", "self_risk", "c"),
    ("By going missing from placement, Ruby (15yo) has left herself wide open to exploitation.", "self_risk", "r"),
    ("Staff advised that Josh is increasingly risk-taking and places himself in unsafe environments.", "self_risk", "m"),
    ("YP is putting herself at risk of sexual exploitation by attending parties in Luton at weekends.", "self_risk", "r"),
    ("Action: SW to explore with Callum why he keeps placing himself at risk.", "self_risk", "m"),
    ("Lily's risk-taking behaviour is putting her in danger of serious harm.", "self_risk", "s"),
    ("He is putting himself at risk of being stabbed by going into areas he knows are dangerous for him.", "self_risk", "c"),
    ("Police described Demi (15) as having placed herself in a vulnerable position with the group at the park.", "self_risk", "s"),
    ("Concern that Ashton is endangering himself by travelling on trains late at night with people he doesn't know.", "self_risk", "r"),
    ("Nadia continues to expose herself to risk through her use of dating apps.", "self_risk", "c"),
    ("school report that Kieran, 14, puts himself in dangerous positions on a daily basis", "self_risk", "r"),
    ("It is felt that Sophie is placing herself at risk and that little more can be done until she recognises this.", "self_risk", "m"),
    ("Ethan has put himself in a position where he now owes money to older youths.", "self_risk", "c"),
    ("When she runs from placement she is putting herself in real danger, and she knows it.", "self_risk", "s"),
    ("The young person's self-endangering behaviour has escalated over the summer holidays.", "self_risk", "s"),
    ("Outcome: Grace (13) to be advised of the risks she is placing herself in when she meets adults from Instagram.", "self_risk", "m"),
    ("Reece seems determined to put himself at risk regardless of what is in the safety plan.", "self_risk", "c"),
    ("Her vulnerability is largely self-inflicted as she keeps returning to the house in Hulme.", "self_risk", "s"),
    ("Jade, 16 years old, regularly puts herself in compromising situations with men she barely knows.", "self_risk", "r"),
    ("Officers noted that the child had put herself at risk by accepting a lift from the man.", "self_risk", "r"),
    ("YP continues to place self at risk - no change since last review.", "self_risk", "m"),

    # ------------------------------------------------------------------ consent_choice
    ("Mia (14) chose to go back to the flat with the men after the party.", "consent_choice", "c"),
    ("She agreed to have sex with him in exchange for vodka and cigarettes.", "consent_choice", "r"),
    ("Reports indicate that Chloe, 15, went willingly with the adults to the hotel in Rotherham.", "consent_choice", "r"),
    ("Practitioner view is that the sexual contact was consensual.", "consent_choice", "s"),
    ("The sexual activity between Leah (14) and the 19-year-old appears to have been consensual.", "consent_choice", "s"),
    ("She let it happen and did not tell anyone until weeks later.", "consent_choice", "c"),
    ("Jasmine did not refuse when the man asked her to send images.", "consent_choice", "c"),
    ("He went of his own accord to Cardiff and stayed at the address for four days.", "consent_choice", "r"),
    ("Kayla seemed to enjoy the attention she was getting from the older men at the shisha lounge.", "consent_choice", "c"),
    ("Olivia is choosing to associate with these adults despite being told the risks many times.", "consent_choice", "m"),
    ("There is no evidence she was coerced; she appears to have gone along with it.", "consent_choice", "s"),
    ("According to her account to police, Maddison (13) consented to the sexual contact with the male.", "consent_choice", "s"),
    ("She willingly got into the car and travelled with them to Blackpool.", "consent_choice", "c"),
    ("Harvey has made a lifestyle choice and is happy to go down to Kent with the older lads.", "consent_choice", "m"),
    ("Ellie was a willing participant in the sexual activity at the house party.", "consent_choice", "r"),
    ("Professionals agreed it was Aisha's own decision to stay overnight at the address.", "consent_choice", "m"),
    ("Zara (15) is complicit in the exchange of sex for somewhere to stay.", "consent_choice", "s"),
    ("She had sex with them in return for cannabis and a place to sleep.", "consent_choice", "c"),
    ("It appears that Bethany consented to the photographs being taken.", "consent_choice", "r"),
    ("Jack wanted to go and was not pressured by anyone.", "consent_choice", "c"),
    ("Sienna voluntarily returned to the man's flat on three further occasions.", "consent_choice", "s"),
    ("She is choosing this lifestyle and does not see herself as a victim.", "consent_choice", "m"),
    ("Tia, who is 14, did not say no and stayed the night.", "consent_choice", "c"),
    ("What happened between Tia and the 22-year-old in the park seems to have been mutual.", "consent_choice", "s"),
    ("Logan happily went along with the older boys when they asked him to go to Norwich.", "consent_choice", "r"),
    ("Keeley remains in a relationship with her abuser, who she says treats her well.", "consent_choice", "c"),
    ("Paige was up for it, according to the staff member who saw her leave with the men.", "consent_choice", "c"),
    ("Despite being offered a place of safety, Jordan decided to stay with the group running the line.", "consent_choice", "s"),
    ("She agreed to meet him at the Travelodge on Saturday night.", "consent_choice", "r"),
    ("He is a willing participant and nobody is making him go.", "consent_choice", "m"),
    ("YP makes her own choices about who she sleeps with and professionals cannot stop this.", "consent_choice", "m"),

    # ------------------------------------------------------------------ blame_cause
    ("The way she dresses is attracting the wrong kind of attention from older men.", "blame_cause", "c"),
    ("Had Mia not been drinking, the assault would probably not have happened.", "blame_cause", "s"),
    ("Chloe's provocative clothing and make-up are making her a target for these men.", "blame_cause", "r"),
    ("Because he keeps lying to staff, Ryan has ended up being exploited.", "blame_cause", "m"),
    ("Her cannabis use is the reason these men have been able to get hold of her.", "blame_cause", "s"),
    ("Leah was assaulted after she stayed out late and missed the last bus, which she had been told not to do.", "blame_cause", "c"),
    ("Her sexualised posts on TikTok have led to her being targeted by adults online.", "blame_cause", "r"),
    ("The abuse is a consequence of Jessica going missing so often.", "blame_cause", "s"),
    ("Poppy's behaviour at school is what brought her to the attention of the exploiters in the first place.", "blame_cause", "s"),
    ("If she stopped posting revealing photos on Instagram she would not be getting these messages from men.", "blame_cause", "c"),
    ("Owen was targeted because he is always hanging about on the estate late at night.", "blame_cause", "r"),
    ("Casey's debt is the result of her own drug use, so the threats are really a consequence of that.", "blame_cause", "m"),
    ("YP was assaulted because she was too drunk to look after herself.", "blame_cause", "c"),
    ("Her attention-seeking behaviour has drawn the interest of older males.", "blame_cause", "r"),
    ("He brought the violence on himself by getting involved with the wrong crowd.", "blame_cause", "c"),
    ("Amber's lateness home is the main reason she keeps getting picked up by these men.", "blame_cause", "m"),
    ("She looks much older than 14, which is why the men approached her.", "blame_cause", "s"),
    ("The exploitation appears to have been triggered by her constant lying to her parents about where she was.", "blame_cause", "s"),
    ("Abi's habit of sending pictures to strangers is what caused all of this.", "blame_cause", "c"),
    ("Kyle's cannabis habit has made him easy prey and he only has himself to blame for the debt.", "blame_cause", "m"),
    ("It was felt that the incident would not have occurred had Hannah kept to her curfew.", "blame_cause", "m"),
    ("Her flirtatious manner around older boys and men is contributing to the abuse.", "blame_cause", "s"),
    ("Because she keeps running away, Molly has become a magnet for exploitation.", "blame_cause", "r"),
    ("The images were only shared because Isla sent them in the first place.", "blame_cause", "c"),
    ("Staff believe her short skirts and the way she presents herself are inviting this attention.", "blame_cause", "m"),
    ("Ben's aggression and exclusion from school led him into the hands of the line holders, and he needs to take responsibility for that.", "blame_cause", "s"),
    ("Sasha's drinking was the cause of what happened to her at the party.", "blame_cause", "c"),
    ("Teegan was groomed online as a result of being on her phone all night.", "blame_cause", "r"),
    ("The officer recorded that the girl's lies and inconsistencies contributed to the offence.", "blame_cause", "s"),
    ("Her going missing from Oak House is what led to the rape.", "blame_cause", "s"),

    # ------------------------------------------------------------------ age_relationship
    ("Mia (14) has a 21-year-old boyfriend who picks her up from school.", "age_relationship", "r"),
    ("Chloe, aged 15, is in a relationship with Marcus, who is 24.", "age_relationship", "c"),
    ("Jade's partner, a 19yo male, was present at the home visit; Jade is 15.", "age_relationship", "c"),
    ("YP (13) disclosed she has been dating a man aged 20 who she met on Snapchat.", "age_relationship", "r"),
    ("Leah is 14 and is seeing an older man called Dean (27).", "age_relationship", "c"),
    ("Dean, 27, and his girlfriend Leah (14) were stopped by police in his car on the A61.", "age_relationship", "s"),
    ("It is understood that Ruby's boyfriend is 18 and Ruby turned 15 in March.", "age_relationship", "m"),
    ("Kai (16) is in a relationship with a 23-year-old woman who lets him stay at her flat.", "age_relationship", "r"),
    ("Amber's partner (34) was asked to leave the ward; Amber, who is 15, was upset by this.", "age_relationship", "c"),
    ("Olivia, 13, and her boyfriend, 19, have been together for around six months.", "age_relationship", "s"),
    ("She has an older boyfriend in his twenties; she is currently in Year 9.", "age_relationship", "r"),
    ("Tyler's girlfriend is 22 and he is only 16.", "age_relationship", "m"),
    ("Nathan (15) says he is in a relationship with an adult male he met on Grindr, aged 31.", "age_relationship", "s"),
    ("Sophie's relationship with her 25-year-old partner has been going on since she was 14.", "age_relationship", "s"),
    ("The couple, Ellie (15) and Jason (20), were seen together at the Bullring on Saturday afternoon.", "age_relationship", "c"),
    ("Sadia, 16, is pregnant by her boyfriend, who is 26.", "age_relationship", "r"),
    ("Holly is 14 years old and her boyfriend, Craig, is 30.", "age_relationship", "c"),
    ("Keeley's ex-boyfriend (aged 22) has been contacting her again; she is now 15.", "age_relationship", "m"),
    ("Connor (14) has been seeing a woman in her early twenties for a few weeks.", "age_relationship", "r"),
    ("Aaliyah (15yo) goes out with an 18 year old called Reuben.", "age_relationship", "c"),
    ("Mum is aware that her 13-year-old daughter is dating a 19-year-old and has not objected.", "age_relationship", "r"),
    ("They are a couple - she is 14 and he is 20 - and she stays at his some weekends.", "age_relationship", "m"),
    ("Tasha, who is 15, met her boyfriend (an adult of 24) through a friend.", "age_relationship", "s"),
    ("Skye's 21-year-old partner accompanied her to the sexual health clinic; Skye is aged 14.", "age_relationship", "s"),
    ("Lauren (15) and her older boyfriend Lee (36) were found in a car in a lay-by near Ripon.", "age_relationship", "s"),
    ("Millie, a Year 10 pupil, is in a relationship with a 19-year-old apprentice.", "age_relationship", "r"),
    ("reported that Jodie (13) has a new fella who is 'about 25'", "age_relationship", "m"),
    ("Aged 14, Megan has been in a relationship with Paul, now 28, for over a year.", "age_relationship", "s"),
    ("Summer's boyfriend is an adult male (20) with previous convictions; Summer is 15.", "age_relationship", "r"),
    ("Lewis, 35, described by staff as Kacey's partner, collects her from the children's home most evenings; Kacey is 14.", "age_relationship", "m"),

    # ------------------------------------------------------------------ criminalising
    ("Jayden (15) is a runner for a county line operating between London and Norwich.", "criminalising", "r"),
    ("Tyler has been dealing crack and heroin from a flat in Exeter.", "criminalising", "c"),
    ("He is working for the Hackney lot and is part of the line.", "criminalising", "m"),
    ("Kai, 16, was holding for the line and had 20 wraps of cocaine on him when stopped.", "criminalising", "s"),
    ("Harvey (14) is a known drug dealer in the Wythenshawe area.", "criminalising", "r"),
    ("YP has been shotting on the estate since the summer holidays.", "criminalising", "c"),
    ("Reece was plugging when he was stopped at Reading station.", "criminalising", "s"),
    ("Callum (15) has cuckooed a vulnerable adult's flat in Margate to deal from.", "criminalising", "s"),
    ("Ethan is choosing to deal and is making good money from it.", "criminalising", "m"),
    ("Aaron is an offender rather than a victim and should be treated as such.", "criminalising", "m"),
    ("Josh, a 14yo drug runner, was arrested in Swindon on Tuesday.", "criminalising", "c"),
    ("He is a gang member and is heavily involved in the Brum line.", "criminalising", "r"),
    ("Concerns that Leo (15) is now recruiting younger children to sell for him.", "criminalising", "s"),
    ("Marcus is holding for older males and is known to carry a blade.", "criminalising", "c"),
    ("Kian, who is 15, is running the phone for the line.", "criminalising", "s"),
    ("Dylan was caught with heroin and crack and has been charged as a dealer.", "criminalising", "c"),
    ("Mason (16) is a drug mule for a gang in Liverpool.", "criminalising", "r"),
    ("Our young offender Tyrese, 14, has been trap running in Kent.", "criminalising", "m"),
    ("Rhys has been going country to sell drugs for older lads.", "criminalising", "c"),
    ("Sam is a gang-affiliated youth who deals cannabis at the school gates.", "criminalising", "r"),
    ("Connor is an active member of the line and collects debts for them.", "criminalising", "s"),
    ("The child has been supplying Class A drugs as part of a county lines network.", "criminalising", "s"),
    ("Zak (16) is a perpetrator of drug supply offences and a risk to other children.", "criminalising", "m"),
    ("Bobby has been working the line in Bournemouth for three weeks.", "criminalising", "c"),
    ("He is a street dealer and has his own customers now.", "criminalising", "c"),
    ("Leon is in the gang and was running drugs to Hastings.", "criminalising", "r"),
    ("Ali (13) is the holder at the trap house in Aberystwyth.", "criminalising", "s"),
    ("Jamal is employed by the line as a runner and gets paid £100 a day.", "criminalising", "m"),
    ("Toby, aged 15, has become a seller for the 'Ace' line and is now part of the gang.", "criminalising", "r"),
    ("Destiny (15) has been acting as a drugs courier for the gang.", "criminalising", "c"),

    # ------------------------------------------------------------------ minimising
    ("The incident at the park was low-level and does not need any further action.", "minimising", "m"),
    ("This appears to be a one-off and Mia has not been seen with the men since.", "minimising", "s"),
    ("It's just normal teenage behaviour and she is experimenting.", "minimising", "c"),
    ("The images shared were only of her in her underwear, so it is not that serious.", "minimising", "c"),
    ("YP refuses to engage with services and has shut the door on the worker three times.", "minimising", "c"),
    ("Jayden is not engaging with the youth offending worker so the case will be closed.", "minimising", "m"),
    ("Chloe is hard to reach and has turned down every offer of support.", "minimising", "r"),
    ("The comments made by the older lads were just banter.", "minimising", "c"),
    ("The touching by the adult was only over clothing and so the risk is assessed as low.", "minimising", "s"),
    ("This is normal for Kayla given her background.", "minimising", "m"),
    ("Leah is just experimenting with cannabis and older friends - nothing to worry about.", "minimising", "c"),
    ("Ruby was only gone for a few hours so this was not treated as a missing episode of concern.", "minimising", "s"),
    ("The slap from her boyfriend was a minor incident and has been dealt with.", "minimising", "c"),
    ("Owen has been non-compliant with the safety plan and keeps cancelling appointments.", "minimising", "r"),
    ("The sexting between Poppy (13) and the 20-year-old was fairly low level.", "minimising", "s"),
    ("It's only cannabis and only small amounts, so exploitation is unlikely.", "minimising", "m"),
    ("Despite several attempts, Jessica remains disengaged and uninterested in the work offered.", "minimising", "r"),
    ("Casey was only missing overnight, so no further concerns were recorded.", "minimising", "c"),
    ("The man's messages were a bit inappropriate but not sexual as such.", "minimising", "s"),
    ("Amber is a difficult young person to work with as she will not engage.", "minimising", "r"),
    ("Low level concerns only - she has been seen with older males at the chippy.", "minimising", "m"),
    ("Ben was only asked to carry a bag once, so it isn't exploitation.", "minimising", "s"),
    ("The video going round school is just kids being silly.", "minimising", "c"),
    ("Jake going missing is normal for him and he always comes back.", "minimising", "m"),
    ("This was a one-off assault and she is not at ongoing risk.", "minimising", "s"),
    ("Hannah won't work with anyone and is resistant to help.", "minimising", "r"),
    ("Only a small amount of touching took place and Molly wasn't hurt.", "minimising", "c"),
    ("The man's messages to Isla contained some sexual content but this is not that serious compared with other cases.", "minimising", "s"),
    ("Teegan's mum says she's just going through a phase with older lads, and we agree.", "minimising", "m"),
    ("Zoe failed to attend the sexual health appointment again and continues not to engage.", "minimising", "c"),

    # ------------------------------------------------------------------ adultifying
    ("Mia is 13 but very streetwise and knows what she is doing.", "adultifying", "c"),
    ("Jayden, 12, is a young man who can look after himself.", "adultifying", "r"),
    ("Chloe (13) is sexually active and has been advised about contraception.", "adultifying", "c"),
    ("Leah is very promiscuous for her age.", "adultifying", "m"),
    ("Tyler acts like an adult and presents as much older than 14.", "adultifying", "s"),
    ("She is mature beyond her years and capable of making her own decisions about these men.", "adultifying", "s"),
    ("He is a tough lad who is well able to handle himself on the street.", "adultifying", "c"),
    ("Kayla is a young woman of 12 who presents as confident and worldly.", "adultifying", "r"),
    ("Ruby is very sexualised and knowing in her manner.", "adultifying", "m"),
    ("Owen, aged 13, is streetwise and not naive about what the older lads want from him.", "adultifying", "s"),
    ("Jessica is fully aware of the risks and is old enough to know better.", "adultifying", "m"),
    ("Kian is a big lad for 14 and comfortably holds his own with the adults in the group.", "adultifying", "c"),
    ("She is a sexually experienced 13-year-old.", "adultifying", "r"),
    ("Amber behaves like a grown woman around staff and male visitors.", "adultifying", "c"),
    ("YP is savvy and knows how the system works, so is less vulnerable than other children.", "adultifying", "s"),
    ("Reece is hardened and street-smart; he is not a typical 12-year-old.", "adultifying", "s"),
    ("Poppy (13) has a promiscuous lifestyle.", "adultifying", "r"),
    ("Despite only being 11, Leo is very mature and understands that world better than most adults.", "adultifying", "m"),
    ("Sienna is a 12-year-old who could pass for 18 and acts that way.", "adultifying", "c"),
    ("Connor is a young man of 13 with a mind of his own.", "adultifying", "m"),
    ("She is not really a child any more - she has been fending for herself since she was 14.", "adultifying", "s"),
    ("Ellie knows exactly what she is doing when she goes to these parties.", "adultifying", "c"),
    ("Aliyah, 14, is worldly wise and well able to protect herself.", "adultifying", "r"),
    ("He is an intimidating young adult, although he is only 15.", "adultifying", "s"),
    ("Bethany is a precocious 12-year-old who flirts with grown men.", "adultifying", "c"),
    ("Tia (13) is very sexually aware and presents as much older.", "adultifying", "r"),
    ("Zak, 14, is a hard man on the estate and is feared by other young people.", "adultifying", "m"),
    ("Lacey, aged 12, is sexually active according to the school nurse.", "adultifying", "r"),
    ("Jack is a streetwise 14yo who does not need a lot of protecting.", "adultifying", "m"),
    ("Shannon is a young woman now (she turned 13 in May) and should take responsibility for her choices.", "adultifying", "s"),

    # ------------------------------------------------------------------ jargon
    ("Mia to be discussed at MACE on 12/03.", "jargon", "m"),
    ("Referral made to MASH following the disclosure.", "jargon", "c"),
    ("YP is CSE and should be flagged as such on the system.", "jargon", "m"),
    ("Jayden is a CCE kid already known to the team.", "jargon", "c"),
    ("NRM submitted by SW, awaiting RG decision.", "jargon", "c"),
    ("RHI completed by the MPT; no disclosures made.", "jargon", "c"),
    ("Please contact the SPOC for further info.", "jargon", "r"),
    ("Case stepped down from CP to CIN at RCPC.", "jargon", "m"),
    ("LADO informed re: the staff member's contact with Leah.", "jargon", "c"),
    ("Mum's case to go to MARAC next month.", "jargon", "m"),
    ("Next TAC booked for 3 June at school.", "jargon", "m"),
    ("Strat held, agreed s47 joint with police.", "jargon", "s"),
    ("Outcome of the strat: ICPC within 15 days.", "jargon", "s"),
    ("Chloe is open to YOS and has a DTO.", "jargon", "r"),
    ("Referred to the CE hub and MET panel.", "jargon", "r"),
    ("A CSE RA was completed and scored high.", "jargon", "s"),
    ("Parents will be invited to MACE and the SW will go through the CP plan with them.", "jargon", "s"),
    ("Tyler has been RAG rated red on the CE screening tool and added to the MACE tracker.", "jargon", "s"),
    ("DSL to complete an EHA and share with the IRO.", "jargon", "m"),
    ("CSC to consider s20 and a PLO letter.", "jargon", "s"),
    ("Referred to SARC and ISVA following the ABE.", "jargon", "r"),
    ("Child was PNC checked and police have NFA'd.", "jargon", "c"),
    ("MFH episode #4 - RHI offered, YP declined.", "jargon", "c"),
    ("CSE flag added; SPOC to update CP-IS.", "jargon", "c"),
    ("Referral to SOCEx and the TCE panel as per LSCP pathway.", "jargon", "r"),
    ("Awaiting CG decision from the SCA on the NRM.", "jargon", "s"),
    ("Discussed at MCEP; PPN to follow from PC Ahmed.", "jargon", "m"),
    ("Letter to parents: your child is now subject to a CIN plan and will be reviewed at MACE.", "jargon", "r"),
    ("YP told at the review that her CP and CSE status will remain until the next RCPC.", "jargon", "m"),
    ("For MASH: police hold intel re CCE, MFH and DA at the address, CAIT aware.", "jargon", "r"),

    # ================================================================== NEGATIVES
    # ------------------------------------------------------------------ adult_action
    ("The man who ran the line recruited Mia when she was 13 and made her carry drugs to Ipswich.", "adult_action", "s"),
    ("Adults groomed Jayden and forced him to hold drugs internally.", "adult_action", "r"),
    ("The suspect told police that Chloe was his girlfriend and that she had consented.", "adult_action", "s"),
    ("In interview the 27-year-old claimed the relationship was consensual; officers noted that Leah is 14 and cannot consent in law.", "adult_action", "s"),
    ("The adult dealers used Tyler's debt to control him and threatened his family.", "adult_action", "c"),
    ("The perpetrator blamed Ruby, saying she had 'put herself about' and 'knew what she was doing'.", "adult_action", "s"),
    ("Dean, aged 31, is a known drug dealer who has been linked to three county lines.", "adult_action", "r"),
    ("The men running the trap house cuckooed the flat of a vulnerable adult in Margate and brought children there to sell.", "adult_action", "s"),
    ("Older males supplied Kayla with alcohol and cannabis before abusing her.", "adult_action", "c"),
    ("The gang leader, who is 24, posted images of the boys online to intimidate them.", "adult_action", "m"),
    ("He described himself as her boyfriend in messages, which professionals recognise as a grooming tactic.", "adult_action", "s"),
    ("The suspect, Mr Ahmed (45), stated in interview that 'she chose to come with me'.", "adult_action", "s"),
    ("Marcus (29) has been charged with running a county line and with trafficking two children.", "adult_action", "m"),
    ("The woman who exploited Kai referred to him as her 'partner' on social media.", "adult_action", "r"),
    ("The line holder told Harvey he owed £2,000 after arranging for him to be robbed.", "adult_action", "c"),
    ("The abusers plied her with drink and drugs and then passed her between them.", "adult_action", "s"),
    ("The offender, aged 38, has previous convictions for supplying Class A drugs and for sexual offences against children.", "adult_action", "r"),
    ("Police believe the older men deliberately targeted girls living in residential care.", "adult_action", "s"),
    ("Her abuser told her that nobody would believe her because she was 'always lying'.", "adult_action", "c"),
    ("An adult known as 'Tank' is believed to be running the phone line and sending children to Norfolk.", "adult_action", "m"),
    ("The 20-year-old said in a text that he and Leah were 'in a relationship'; this has been passed to police as evidence of grooming.", "adult_action", "c"),
    ("Gang members used violence to stop Reece from leaving.", "adult_action", "c"),
    ("The man, who is in his forties, was arrested on suspicion of rape of a child under 13.", "adult_action", "r"),
    ("Adults in the network have been dealing from Ellie's mother's address.", "adult_action", "m"),
    ("The defendant claimed the 14-year-old had 'led him on' and dressed older than her age.", "adult_action", "s"),
    ("These adults are exploiting Josh and using him to move drugs and cash between cities.", "adult_action", "r"),
    ("The driver, aged 52, was seen handing cash to girls outside the school and is under police investigation.", "adult_action", "m"),
    ("The older male, who is 19, is the main dealer and has been recruiting Year 8 pupils.", "adult_action", "s"),
    ("A 26-year-old woman was convicted of sexual activity with a child after posing as a 'girlfriend' to a 15-year-old boy.", "adult_action", "c"),
    ("The adult suspects referred to the children as 'runners' and 'workers' in their phone messages.", "adult_action", "s"),
    ("The adult who groomed Lily told her she was 'mature for her age' and 'not like other girls'.", "adult_action", "c"),
    ("Officers found that the men had been making the boys plug drugs before every journey.", "adult_action", "s"),

    # ------------------------------------------------------------------ quoted_policy
    ("Avoid phrases such as 'putting herself at risk', which place responsibility on the child.", "quoted_policy", "m"),
    ("The guidance reminds us not to describe a child as 'promiscuous' or 'sexually active' where they are being abused.", "quoted_policy", "m"),
    ("Training slide: instead of 'her boyfriend', say 'the adult who is abusing her'.", "quoted_policy", "m"),
    ("Please do not write that a young person 'chose' to go missing, as this implies a choice the child did not have.", "quoted_policy", "m"),
    ("Language such as 'runner', 'dealer' or 'working for' criminalises exploited children and should not be used.", "quoted_policy", "s"),
    ("The audit found several case notes describing children as 'refusing to engage', which shifts responsibility onto the child.", "quoted_policy", "s"),
    ("Our policy states that the word 'consensual' must never be used to describe sexual activity between a child and an adult.", "quoted_policy", "s"),
    ("Team briefing: phrases like 'low-level', 'just banter' and 'a one-off' minimise harm and should be challenged.", "quoted_policy", "m"),
    ("The Appropriate Language guidance lists 'streetwise' and 'mature for her age' as terms that adultify children.", "quoted_policy", "s"),
    ("Supervisors should challenge any note that gives 'looks older than her age' as a reason for abuse.", "quoted_policy", "m"),
    ("Replace 'he is a drug runner' with 'he is being criminally exploited to carry drugs'.", "quoted_policy", "m"),
    ("Practitioners were reminded that 'in a relationship with' should not be used where one person is a child and the other is an adult.", "quoted_policy", "m"),
    ("Do not use acronyms such as MACE or NRM in letters to families without explaining what they stand for.", "quoted_policy", "s"),
    ("The review highlighted 'she let it happen' in a police note as an example of victim-blaming language.", "quoted_policy", "s"),
    ("Avoid 'hard to reach' - it is services that need to adapt to the young person.", "quoted_policy", "m"),
    ("The learning review noted that calling a 12-year-old a 'young woman' adultified her and weakened the protective response.", "quoted_policy", "s"),
    ("Staff should not write 'placing himself in danger' but should describe who is harming the child.", "quoted_policy", "m"),
    ("Guidance: 'she is sexually active' should be replaced with 'she is being sexually abused' where the other person is an adult.", "quoted_policy", "s"),
    ("The training covered why phrases such as 'provocative clothing' and 'her drinking caused it' blame the victim.", "quoted_policy", "m"),
    ("Example of poor practice from the audit: 'YP is choosing this lifestyle'.", "quoted_policy", "s"),
    ("The guidance warns that 'part of the gang' can lead to children being treated as offenders rather than victims.", "quoted_policy", "s"),
    ("Minute: chair reminded the meeting that 'experimenting' and 'normal for her' are minimising phrases.", "quoted_policy", "m"),
    ("Language to avoid: 'holding', 'shotting' and 'plugging' when applied to an exploited child.", "quoted_policy", "m"),
    ("The practice standard asks workers to replace 'not engaging' with a description of what the service has tried.", "quoted_policy", "s"),
    ("Quality assurance flagged 'willing participant' in the referral as inappropriate and it has been amended.", "quoted_policy", "r"),
    ("Instead of 'she went of her own accord', record how the adults arranged and controlled her movements.", "quoted_policy", "m"),
    ("A reviewer pointed out that describing the 15-year-old and the 23-year-old as 'dating' masks the abuse.", "quoted_policy", "s"),
    ("Don't say 'at risk of her own making'; say 'at risk from the adults who are exploiting her'.", "quoted_policy", "m"),
    ("The national appropriate language guidance discourages calling an exploited child an 'offender' or 'perpetrator'.", "quoted_policy", "s"),
    ("Writing that the child 'was not forced' implies consent and should be avoided.", "quoted_policy", "m"),
    ("Slide 4 of the training reads: 'Never write that a child was dating an adult.'", "quoted_policy", "m"),
    ("The panel agreed to stop using the term 'county lines runner' in its minutes.", "quoted_policy", "m"),

    # ------------------------------------------------------------------ correct_usage
    ("Mia (14) is being sexually exploited by adult men who have been giving her alcohol and lifts.", "correct_usage", "r"),
    ("Jayden was criminally exploited and coerced into carrying drugs to Norwich.", "correct_usage", "s"),
    ("Chloe spends time with friends her own age at the youth club on Tuesdays.", "correct_usage", "c"),
    ("She is 17 and her boyfriend is 17; they met at sixth form college.", "correct_usage", "c"),
    ("Leah was raped by a 27-year-old man; she is 14 and could not consent.", "correct_usage", "s"),
    ("Tyler has been groomed by older males who are using him to move drugs.", "correct_usage", "r"),
    ("Kai, 16, is a victim of child criminal exploitation and has been referred for trafficking support.", "correct_usage", "r"),
    ("The adults have been controlling where Ruby goes and who she speaks to.", "correct_usage", "c"),
    ("Kayla has been made to believe she owes the men money, which is a common way of controlling children.", "correct_usage", "s"),
    ("Owen has been given cannabis by older males, which is being used to create a debt.", "correct_usage", "r"),
    ("Jessica is not yet ready to talk about what has happened, and the worker will keep offering visits at times that suit her.", "correct_usage", "c"),
    ("Services have not yet found a way to build trust with Amber; a female worker will be offered.", "correct_usage", "m"),
    ("Harvey was found in possession of drugs that he had been forced to carry by adults who are exploiting him.", "correct_usage", "s"),
    ("Sophie (15) is in a relationship with a boy in her year at school, who is also 15.", "correct_usage", "c"),
    ("Reece is 12 and is a child who needs protecting, even though he presents as confident.", "correct_usage", "s"),
    ("Poppy was targeted online by an adult who pretended to be 16.", "correct_usage", "r"),
    ("The adult took advantage of Ellie's need for somewhere to stay.", "correct_usage", "s"),
    ("Isla was pressured into sending images; she is not to blame for them being shared.", "correct_usage", "c"),
    ("Callum has been trapped by a drug debt created by the people exploiting him.", "correct_usage", "s"),
    ("Nathan (16) has a girlfriend of 16 who he met at college.", "correct_usage", "c"),
    ("Casey was sexually abused while she was intoxicated; the adults had supplied the alcohol.", "correct_usage", "s"),
    ("Leo was forced to stay at the address in Hastings and was not allowed to leave.", "correct_usage", "r"),
    ("Grace is 13 and was sexually abused by a man she met on Instagram.", "correct_usage", "r"),
    ("The young person was coerced into holding a knife for the group and is being treated as a victim.", "correct_usage", "s"),
    ("Kian is being criminally exploited; he is a child and a victim, not a drug dealer.", "correct_usage", "m"),
    ("Molly has shown real courage in talking to her worker about what happened.", "correct_usage", "c"),
    ("Ben was reported missing and is at risk of harm from the adults he is believed to be with.", "correct_usage", "r"),
    ("Zara and her boyfriend, both aged 15, attend the same school.", "correct_usage", "c"),
    ("Amira's mother was told that her daughter is a victim of grooming and that none of this is her fault.", "correct_usage", "c"),
    ("Bobby was arrested for possession, but the officer recorded him as a possible victim of exploitation and made a safeguarding referral.", "correct_usage", "r"),
    ("Ayesha is 14 and the man is 23; this is sexual abuse, not a relationship.", "correct_usage", "s"),
    ("The adults encouraged Jordan to believe he had chosen this, but he was groomed and controlled.", "correct_usage", "s"),

    # ------------------------------------------------------------------ explained_acronym
    ("A Multi-Agency Child Exploitation (MACE) meeting will be held on 12 March to share information.", "explained_acronym", "m"),
    ("The referral was sent to the Multi-Agency Safeguarding Hub (MASH) on Monday.", "explained_acronym", "c"),
    ("A National Referral Mechanism (NRM) referral, which identifies potential victims of trafficking and modern slavery, has been submitted.", "explained_acronym", "s"),
    ("Police will complete a return home interview (RHI) with Jayden within 72 hours.", "explained_acronym", "c"),
    ("The Local Authority Designated Officer (LADO), who deals with allegations against staff, has been informed.", "explained_acronym", "s"),
    ("Mum's case will be heard at the Multi-Agency Risk Assessment Conference (MARAC) for domestic abuse.", "explained_acronym", "m"),
    ("Child sexual exploitation (CSE) is a form of child sexual abuse, and Mia is being supported as a victim.", "explained_acronym", "r"),
    ("Tyler is subject to a Child in Need (CIN) plan, which means the family get support from a social worker.", "explained_acronym", "c"),
    ("A Team Around the Child (TAC) meeting will be held at school with Mum, the school nurse and the youth worker.", "explained_acronym", "m"),
    ("A strategy discussion (strat) was held and agreed a section 47 (s47) child protection enquiry.", "explained_acronym", "s"),
    ("Kai has been referred to CAMHS (Child and Adolescent Mental Health Services).", "explained_acronym", "r"),
    ("The single point of contact (SPOC) for exploitation at the police is Detective Constable Evans.", "explained_acronym", "r"),
    ("Chloe has an Independent Sexual Violence Adviser (ISVA) through the Sexual Assault Referral Centre (SARC).", "explained_acronym", "c"),
    ("Child criminal exploitation (CCE) happens when adults use children to commit crimes, such as carrying drugs.", "explained_acronym", "s"),
    ("The Designated Safeguarding Lead (DSL) at school will complete an Early Help Assessment (EHA) with the family.", "explained_acronym", "m"),
    ("Harvey will have an Independent Reviewing Officer (IRO) who checks that his care plan is working for him.", "explained_acronym", "c"),
    ("A Child Protection (CP) conference will decide whether Leah needs a protection plan.", "explained_acronym", "r"),
    ("Owen is open to the Youth Justice Service (YJS), previously the Youth Offending Service (YOS).", "explained_acronym", "r"),
    ("The missing from home (MFH) report was made by carers at 22:10.", "explained_acronym", "c"),
    ("A Reasonable Grounds (RG) decision is the first decision made on a National Referral Mechanism (NRM) referral.", "explained_acronym", "s"),
    ("The Missing, Exploited and Trafficked (MET) panel will review Ruby's safety plan.", "explained_acronym", "m"),
    ("An Initial Child Protection Conference (ICPC) will be held within 15 working days.", "explained_acronym", "s"),
    ("Police submitted a Public Protection Notice (PPN), which is how officers share concerns about a child with social care.", "explained_acronym", "r"),
    ("Kayla has been allocated an Independent Child Trafficking Guardian (ICTG), who will support her through the process.", "explained_acronym", "c"),
    ("Dad was given a leaflet explaining what a MACE (Multi-Agency Child Exploitation) panel is and who attends.", "explained_acronym", "c"),
    ("The Police National Computer (PNC) check showed no previous convictions for Mr Hughes.", "explained_acronym", "s"),
    ("Aisha's school has a Designated Safeguarding Lead (DSL) who she can go to at any time.", "explained_acronym", "c"),
    ("Children Looked After (CLA) reviews are held every six months; Reece's next one is in July.", "explained_acronym", "m"),
    ("The Sexual Assault Referral Centre (SARC) in Bristol offered Grace a forensic medical examination.", "explained_acronym", "r"),
    ("Police took no further action (NFA) because there was not enough evidence, but Jade is still being supported.", "explained_acronym", "c"),
    ("Sam's Education, Health and Care Plan (EHCP) has been shared with the new school.", "explained_acronym", "r"),
    ("A Youth Justice Service (YJS) worker will attend the review to support Tyrese as a victim of exploitation.", "explained_acronym", "m"),

    # ------------------------------------------------------------------ neutral
    ("Home visit completed at 14:30; Mum and Mia were present and the house was warm and tidy.", "neutral", "c"),
    ("Jayden attended Northfield Academy on Monday and Tuesday and was in all of his lessons.", "neutral", "c"),
    ("Chloe has a dental appointment at the Riverside Health Centre on Friday.", "neutral", "c"),
    ("Meeting held at Crown Street Police Station; attendees listed below.", "neutral", "m"),
    ("Dad asked for the next meeting to be after 4pm because of his shifts at Tesco.", "neutral", "m"),
    ("Tyler's nan lives in Swansea and he would like to visit her at Easter.", "neutral", "c"),
    ("Action: youth worker to take Kai to the Jobcentre on Thursday to ask about apprenticeships.", "neutral", "m"),
    ("The family have been rehoused by Leeds City Council to a three-bedroom house in Armley.", "neutral", "r"),
    ("Ruby told me she wants to go to college in September to study hair and beauty.", "neutral", "c"),
    ("Apologies received from the school nurse and from Barnardo's.", "neutral", "m"),
    ("Kayla's older brother drove her to the appointment in Newport.", "neutral", "c"),
    ("Owen did well in his Year 9 science tests and his teacher is pleased with him.", "neutral", "c"),
    ("Mum reports Jessica has been sleeping better since starting the medication prescribed by her GP.", "neutral", "c"),
    ("Harvey was seen at the Emergency Department at the Royal London Hospital after a football injury; no concerns noted.", "neutral", "r"),
    ("Sophie is living with her aunt in Croydon while her mum recovers from surgery.", "neutral", "r"),
    ("The meeting was chaired by Sarah Patel, Head of Service for Children's Social Care.", "neutral", "m"),
    ("Reece's football coach at Millwall Community Trust has offered him a place on the Saturday programme.", "neutral", "s"),
    ("Poppy said she likes her new foster carers and their dog, Biscuit.", "neutral", "c"),
    ("Ellie has been given a bus pass by the Virtual School so she can get to Queensbury College.", "neutral", "s"),
    ("Next review: Wednesday 14 May, 10am, Room 3, Civic Centre, Newport.", "neutral", "m"),
    ("Isla's grandparents have asked to be kept informed and Mum is happy with this.", "neutral", "c"),
    ("Callum visited Cardiff Castle with his key worker during half term.", "neutral", "c"),
    ("Casey is on the waiting list for the Brook clinic in Liverpool city centre.", "neutral", "r"),
    ("Minutes approved as accurate by all present.", "neutral", "m"),
    ("Grace wants to be a paramedic and has asked about work experience with West Midlands Ambulance Service.", "neutral", "s"),
    ("Leah chose art and history for her options and is enjoying both.", "neutral", "c"),
    ("Tyler agreed to meet the youth worker at McDonald's on Broad Street on Friday.", "neutral", "c"),
    ("Kai is putting himself forward for the Duke of Edinburgh's Award at school.", "neutral", "s"),
    ("Jessica is running for school council and has made her own posters.", "neutral", "c"),
    ("Harvey (15) works Saturdays at his uncle's café in Walsall with a child employment permit from the council.", "neutral", "r"),
    ("Mum said Poppy is dressing up as a witch for the school Halloween disco.", "neutral", "c"),
    ("Ellie let the worker know she would be late because her bus from Hanley was cancelled.", "neutral", "c"),
    ("Owen refused the offer of a lift home because his dad was picking him up.", "neutral", "c"),
]


def build():
    rng = random.Random(20240915)
    items = list(ITEMS)
    rng.shuffle(items)
    rows = []
    for i, (text, cat, st) in enumerate(items, 1):
        if cat in FLAG_CATS:
            label, category, neg = "flag", cat, None
        elif cat in NEG_KINDS:
            label, category, neg = "ok", None, cat
        else:
            raise ValueError(f"unknown category/kind {cat!r} for {text!r}")
        rows.append({"id": f"V{i:03d}", "text": text, "label": label,
                     "category": category, "negative_kind": neg, "style": STYLE[st]})
    out = HERE / "set_v.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def validate(path):
    ids, texts = [], []
    cat_c, neg_c, style_c, label_c = Counter(), Counter(), Counter(), Counter()
    style_by_label = Counter()
    keys = ["id", "text", "label", "category", "negative_kind", "style"]
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            obj = json.loads(line)
            assert list(obj.keys()) == keys, (n, obj.keys())
            assert obj["id"] == f"V{n:03d}", obj["id"]
            assert obj["label"] in ("flag", "ok")
            assert obj["style"] in STYLE.values()
            if obj["label"] == "flag":
                assert obj["category"] in FLAG_CATS and obj["negative_kind"] is None
                cat_c[obj["category"]] += 1
            else:
                assert obj["category"] is None and obj["negative_kind"] in NEG_KINDS
                neg_c[obj["negative_kind"]] += 1
            ids.append(obj["id"])
            texts.append(obj["text"].strip().lower())
            label_c[obj["label"]] += 1
            style_c[obj["style"]] += 1
            style_by_label[(obj["label"], obj["style"])] += 1
    assert len(set(ids)) == len(ids), "duplicate ids"
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, f"duplicate texts: {dup}"
    total = len(ids)
    assert total >= 360, total
    assert label_c["flag"] >= 210, label_c
    assert label_c["ok"] >= 150, label_c
    for c in FLAG_CATS:
        assert cat_c[c] >= 24, (c, cat_c[c])
    for k in NEG_KINDS:
        assert neg_c[k] >= 25, (k, neg_c[k])
    print(f"total: {total}   flag: {label_c['flag']}   ok: {label_c['ok']}")
    print("\nflag categories:")
    for c in FLAG_CATS:
        print(f"  {c:18s} {cat_c[c]}")
    print("\nnegative kinds:")
    for k in NEG_KINDS:
        print(f"  {k:18s} {neg_c[k]}")
    print("\nstyles (all / flag / ok):")
    for s in STYLE.values():
        print(f"  {s:16s} {style_c[s]:4d} {style_by_label[('flag', s)]:4d} {style_by_label[('ok', s)]:4d}")
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    validate(build())
