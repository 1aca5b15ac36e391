#!/usr/bin/env python3
"""Build evaluation set M for a safeguarding language checker.

Every sentence below was typed by hand, one per line, inside a block tagged
(label, category-or-kind, style). Nothing is generated, templated or
substituted. Standard library only.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
OUT_FILE = OUT_DIR / "set_m.jsonl"
SEED = 20261207

FLAG_CATS = [
    "consent_choice", "blame_cause", "age_relationship", "criminalising",
    "minimising", "adultifying", "self_risk", "jargon",
]
OK_KINDS = [
    "adult_action", "quoted_policy", "correct_usage", "explained_acronym",
    "neutral",
]
STYLES = ["case_note", "referral", "strategy", "minutes"]

BLOCKS = [
    # ------------------------------------------------------------------
    # FLAG: consent_choice
    # ------------------------------------------------------------------
    ("flag", "consent_choice", "case_note", """
Visited Leah at home, she said she went to the flat willingly and was not forced.
mia (14) went with the males of her own accord according to staff at the home
Jayden appears to be a willing participant in the trips to Southend.
she consented to the sex with him, she says he didnt make her do anything
Kacey agreed to meet the 24 year old and got into his car without any pressure.
Tyler seems to enjoy the attention and the money he gets from the older lads.
Chloe did not say no at any point and stayed the night voluntarily.
"""),
    ("flag", "consent_choice", "referral", """
I am referring Ruby, 13, who has been having consensual sex with a man in his thirties.
The young person chose to go back to the address in Luton despite being warned.
Amira is complicit in recruiting younger girls to the parties.
Referral made as Oscar is happy to go to the address in Croydon and says nobody makes him.
Nadia is sexually active with several adult men and appears to be fully consenting.
"""),
    ("flag", "consent_choice", "strategy", """
Police view is that Kai went along with it and is not a victim in this instance.
Strategy discussion noted that Grace was a willing passenger in the vehicle when it was stopped at 2am.
Ellie-May allowed the photographs to be taken and sent them on herself.
The 15 year old let it happen on more than one occasion and did not tell anyone.
Theo knowingly returned to the address in Dagenham each weekend after being found there.
"""),
    ("flag", "consent_choice", "minutes", """
The chair noted that Sophie had not refused the men's advances and had gone back to the hotel the following week, which suggested she was content with the arrangement.
School reported that Lacey is wanting to have sex with him and was the one who messaged first.
It was recorded that Jamal, aged 12, was a consenting party to the activity in the park.
Members agreed that Kayla appeared to be complying freely and had made an informed decision to stay at the address.
Key worker said Millie goes off with them at weekends quite happily and nobody is forcing her to.
Dylan was described as up for it and keen to take part when the older males asked.
"""),
    # ------------------------------------------------------------------
    # FLAG: blame_cause
    # ------------------------------------------------------------------
    ("flag", "blame_cause", "case_note", """
Her short skirts and heavy make-up are attracting the wrong sort of attention from men in the area.
courtney was drunk so its not surprising this happened to her
If Ben had stopped smoking cannabis he would not have come to the attention of these men.
Zara keeps lying to staff which is why the abuse was able to continue.
Jess was assaulted after she ran away from the placement again, the running away is the main issue.
Aaliyah's posting of revealing photos on Instagram led to the men contacting her.
Because of his attitude Kieran keeps getting picked on by the older boys on the estate.
"""),
    ("flag", "blame_cause", "referral", """
I am concerned that the way Megan dresses is making her a target for older men.
Referral: Poppy's drinking is the reason she was assaulted at the party.
The abuse seems to stem from Luca's choice of friends, who are a bad influence.
Her late nights and refusal to come home on time have led to her being exploited.
Harvey brought this on himself by mouthing off to the older lads.
"""),
    ("flag", "blame_cause", "strategy", """
It was noted that Tia's provocative behaviour online is what led to the grooming.
Strategy members felt that Ryan's drug use is the root cause of the harm he has experienced.
Her appearance makes her look older which is why the men approached her.
Because Isla keeps going missing she is making it easy for them to get to her.
The assault happened because Morgan was wearing revealing clothes and had been drinking.
"""),
    ("flag", "blame_cause", "minutes", """
Social worker reported that Erin's flirtatious manner with the taxi drivers is the reason they target her.
The group agreed that had Callum been honest with his mother from the start none of this would have happened.
Keisha's constant use of dating apps is the main reason she has been abused.
It was noted by the school nurse that Ava's weight loss and new look have brought unwanted attention, and that she needs to understand how she is coming across.
Riley got hurt because he was out at 3am with the wrong crowd.
Staff felt Lily would be safer if she stopped sending pictures, as that is what is causing the problem.
"""),
    # ------------------------------------------------------------------
    # FLAG: age_relationship
    # ------------------------------------------------------------------
    ("flag", "age_relationship", "case_note", """
Chelsea (14) has a new boyfriend who is 22.
saw amber today, she is still seeing her bf (19yo)
Mason, 13, is in a relationship with a woman in her twenties.
jade 15 y/o says her partner is 27 and they met online
Liam and his girlfriend, who is 18, were found together at her flat; Liam is in Year 9.
Skye's older boyfriend (21) picked her up from school again, she is in Year 9.
Harriet, fourteen, has been dating a man of thirty for three months.
"""),
    ("flag", "age_relationship", "referral", """
I am referring Destiny who is 13 and is going out with a 20 year old.
Freya (15) and her partner (24) have been together since the summer.
Referral received regarding Ellie, a Year 10 pupil, who is in a relationship with a 26-year-old man.
Jordan, who is 14, has a girlfriend in her early twenties who buys him clothes.
Tegan is 12 and the 19 year old is her boyfriend; they have been a couple since April.
"""),
    ("flag", "age_relationship", "strategy", """
Strategy discussion: Nicole (15) was located at the home of her 31 year old boyfriend.
Police confirmed that Amelia's partner is 23 and she is 14.
The couple, a fifteen-year-old girl and a man of 29, were stopped in a car on the M25.
Kian (13) is believed to be in a sexual relationship with a 34 year old woman from the gym.
Holly has been seeing an older man in his thirties since she was in Year 8.
"""),
    ("flag", "age_relationship", "minutes", """
Panel heard that Lauren, 15, has moved in with her boyfriend who is 25 and that mum has met him.
It was reported that Shannon (14) has been in a relationship with her 19 year old partner for nearly a year and that they plan to get engaged.
Becky 14yo and her 22yo boyfriend were seen together at the shopping centre.
The meeting noted that Danny, aged 15, and his 28-year-old girlfriend had split up but were back together.
Connor, who is in Year 10, has been going out with a woman in her twenties he met at work experience.
Minutes recorded that thirteen-year-old Evie has an older boyfriend of 20 who she sees most evenings.
"""),
    # ------------------------------------------------------------------
    # FLAG: criminalising
    # ------------------------------------------------------------------
    ("flag", "criminalising", "case_note", """
Jake is a known runner for a line operating out of Birmingham.
tyrone caught shotting in the park again
Aiden was holding drugs for the older lads when stopped.
Reece has been serving up in Margate for the past month.
Marcus owes a drug debt of £800 and needs to pay it back.
Kyle is working for a county line and has been going country.
Leon is a dealer and makes good money from it.
"""),
    ("flag", "criminalising", "referral", """
I am referring Josh who is part of a gang operating in the north of the borough.
Referral: Ethan is a drug mule for an older male.
Shay, 14, has been dealing cannabis at school and is part of the Hillside line.
Kobe, 15, is a gang member and has been recruiting younger boys to sell for him.
Tomas has a drug debt and has been told he must work it off.
"""),
    ("flag", "criminalising", "strategy", """
Strategy: Harrison was arrested while running drugs from London to Norwich.
Police intelligence suggests Billy is a prolific drug dealer in the area.
Omar is an active member of the Eastside gang and is involved in supplying.
Intelligence indicates Freddie has been plugging drugs and is trusted by the line holders.
Cameron is the main runner for the line and is high up in the organisation.
"""),
    ("flag", "criminalising", "minutes", """
It was noted that Jaylen's debt to the dealers is increasing and he will need to pay it off before he can leave.
The panel agreed that Ashton is a gang nominal and that his offending should be dealt with through the youth justice route.
Police reported that Zayn was found cuckooing the flat of a vulnerable adult with two older males.
School advised that Corey has been selling weed to younger pupils and is known as a dealer.
Members noted that Kofi had been working for the older males for several months and was carrying a knife to protect his stash.
Dominic is a line runner who travels to Swindon to sell.
"""),
    # ------------------------------------------------------------------
    # FLAG: minimising
    # ------------------------------------------------------------------
    ("flag", "minimising", "case_note", """
Probably just a one-off, she seems fine now.
the comments from the older boys are just banter
Low level concern only, Jasmine sending pictures is normal for girls her age.
Ollie refuses to engage with the worker and will not open the door.
Maisie is just experimenting with boys, it is a phase.
This is attention-seeking behaviour and she is making a big thing of it.
Toby is hard to reach and has declined all support offered.
"""),
    ("flag", "minimising", "referral", """
The incident was minor and Hollie has been through worse.
Referral not progressed as Nathan is non-compliant with services.
Going missing is normal for Brooke and she always comes back.
Sienna declined support so case closed.
Her self-harm is attention seeking and not a real risk.
"""),
    ("flag", "minimising", "strategy", """
Strategy agreed the touching was horseplay and no further action.
Strategy view: the sexual messages from the 30 year old were a bit of harmless flirting and no further action is needed.
It was felt that Ruby-Rose will not engage and therefore the risk cannot be managed.
Kai has been uncooperative throughout and refuses to give a statement.
Being out late with older lads is just how things are for kids on that estate.
"""),
    ("flag", "minimising", "minutes", """
Members agreed that the images shared of Lola were low level and that she was over-reacting.
The chair summarised that Noah's going missing is typical teenage behaviour and that he will grow out of it.
It was noted that Jade is resistant to intervention and did not turn up to three planned sessions, so the plan would be stepped down.
Health reported the incident was really just kids messing about and nothing to worry about.
Worker recorded that the older girl's threats towards Freya were only playground stuff.
Leo is unwilling to engage and has made it clear he does not want help, so the case will close.
"""),
    # ------------------------------------------------------------------
    # FLAG: adultifying
    # ------------------------------------------------------------------
    ("flag", "adultifying", "case_note", """
Kane is very streetwise and knows exactly what he is doing.
She is 13 going on 30.
Callum is a young man now (12) and can make his own decisions.
Esme can look after herself, she's very mature.
shes mature beyond her years and can handle the older crowd
Tyler, 11, acts like an adult and talks like one too.
Mohammed is a big lad and able to take care of himself.
"""),
    ("flag", "adultifying", "referral", """
Referral: Aisha is a young woman of 12 who knows her own mind.
Kayden (13) is very savvy and knows how to work the system.
At 13, Precious presents as an adult and is treated as one by her peers.
Lucas is 10 but is old enough to know better.
She is worldly-wise for her age and not naïve about men.
"""),
    ("flag", "adultifying", "strategy", """
Police view is that Jerome is a mature young man of 13 who understands the consequences.
Strategy noted that Kelsey is very grown up and can protect herself.
Darius is 12 but is a man in his own mind and is treated as such.
He is streetwise and would not have been taken in by them.
Abi is very independent and self-sufficient for a 12 year old and does not need the same level of protection.
"""),
    ("flag", "adultifying", "minutes", """
The group felt that as Reuben, 14, is tall and looks about 18 he should be spoken to as an adult.
School described Nia as a little madam who behaves like a grown woman.
It was noted that Jacob, a young man of eleven, had been out at night with older males again.
Members agreed that Aliyah, now 13, is a very capable young woman who can make her own arrangements to travel to the city.
Harley is fully aware of the risks and is capable of making adult decisions.
Stanley is street smart and more of a man than most of the staff at the unit.
"""),
    # ------------------------------------------------------------------
    # FLAG: self_risk
    # ------------------------------------------------------------------
    ("flag", "self_risk", "case_note", """
Summer continues to put herself at risk by going to parties with older men.
her risky lifestyle is a concern
Elliot is making bad choices and placing himself in danger.
Tamsin is promiscuous and sleeps with different men.
Cody's lifestyle choices are putting him at risk.
Lexi places herself in harm's way by hanging around the taxi rank.
Roxy puts herself in risky situations on a regular basis.
"""),
    ("flag", "self_risk", "referral", """
I am referring Georgia who is placing herself at risk of sexual exploitation.
Paige leads a chaotic and risky lifestyle.
Referral made as Jordan-Lee is making unwise choices about who he spends time with.
She keeps putting herself in vulnerable situations online.
Alfie is leaving himself open to harm by staying out all night.
"""),
    ("flag", "self_risk", "strategy", """
Strategy noted that Naomi is at risk because of her promiscuous behaviour.
The officer said Saffron is sexually promiscuous and puts herself about.
Rhys's lifestyle is putting him at risk of serious harm.
Jenna keeps choosing to put herself in danger and will not listen.
It was agreed that Marley is placing himself in risky situations by getting into cars with unknown adults.
"""),
    ("flag", "self_risk", "minutes", """
Members noted that Katie's risk-taking behaviour and poor choices continue to place her at significant risk.
The school reported that Alisha has been sleeping around and is a risk to herself.
It was recorded that Bailey is self-placing in dangerous locations across the county.
Chair observed that Ashleigh's high-risk lifestyle makes it difficult to keep her safe.
Ronan puts himself at risk by going to the flat even though he knows what goes on there.
The worker noted that Daisy is vulnerable to exploitation because of her own risky choices.
"""),
    # ------------------------------------------------------------------
    # FLAG: jargon (unexplained acronyms / shorthand, otherwise neutral)
    # ------------------------------------------------------------------
    ("flag", "jargon", "case_note", """
Referred to MASH today.
CSE screening tool completed, score medium.
strat held, s47 to follow
Discussed with DSL, awaiting call back from EDT.
IRO informed of placement move.
RHI completed by the Barnardo's worker on Friday.
NRM submitted, awaiting reasonable grounds decision.
"""),
    ("flag", "jargon", "referral", """
Please see attached CCE risk assessment and chronology.
Referral to be discussed at MACE next week.
Copy of referral sent to LADO and YOT.
Child is open to CIN and has an allocated SW.
Request for an ICPC to be convened within 15 working days.
"""),
    ("flag", "jargon", "strategy", """
s47 agreed, joint investigation with police.
Strategy: ABE to be arranged and SARC referral made.
CSPR notification to be considered by the LSCP.
MFH report to be completed and shared with the MET coordinator.
Actions: DS to review intelligence; TM to check PNC.
"""),
    ("flag", "jargon", "minutes", """
It was agreed that the CP plan would continue and the next RCPC would be in three months.
Case to be stepped down to EH once the TAF is established.
CAMHS to be invited to the next MACE.
Outcome: NFA from police, SW to continue CIN plan.
The chair confirmed that the CSP and the VRU had been notified.
LAC review brought forward; PEP to be updated by the DT.
"""),
    # ------------------------------------------------------------------
    # OK: adult_action
    # ------------------------------------------------------------------
    ("ok", "adult_action", "case_note", """
The 26 year old man groomed her over several months by buying her phones and clothes.
The male was described by witnesses as a known dealer who uses children to move drugs.
He told officers that she "wanted it" and that she was "well up for it"; this is recorded as his account.
adult male (34) seen giving Kelsey cigarettes and lifts, believed to be grooming her
The older male is running a line from east London and recruiting local children.
The suspect referred to the 13 year old as "my girlfriend" in interview, and this has been passed to police as evidence of grooming.
the man asked her to send pictures and threatened to share them
"""),
    ("ok", "adult_action", "referral", """
I am referring due to concerns that an adult male is holding drugs at Sam's family home and pressuring him to keep quiet.
The adults at the address are believed to be dealing heroin and crack cocaine.
The perpetrator's messages state "you chose this" and "you owe me", which should be treated as coercion.
A 40 year old woman has been befriending local boys and giving them alcohol.
Messages show the man told Precious she was "mature for her age" as part of grooming her.
"""),
    ("ok", "adult_action", "strategy", """
Police intelligence identifies the 22 year old as the line holder who controls the phone.
The suspect claimed the girl consented; officers noted that at 13 she cannot consent in law.
The adult male has been arrested on suspicion of supplying class A drugs.
The gang leader is believed to have threatened Isaac's family to enforce a debt he imposed.
He described the boys as his "workers" and his "runners" in the messages recovered from his phone.
"""),
    ("ok", "adult_action", "minutes", """
Police updated that the 29 year old had been charged with trafficking offences after being caught transporting three children between towns.
It was noted that the adult had been serving up from the flat and had taken over the tenancy of a vulnerable man.
The meeting heard that the man told Dani she was his "girlfriend" and that they were in a "relationship", which officers recognise as a common grooming tactic.
The driver, aged 45, was seen picking up several girls from outside the care home late at night.
The older males are dealing from the park and have been seen paying younger children in cash.
Members were told that the abuser repeatedly said the child "asked for it", and this statement has been included in the evidence bundle.
The woman running the party flat supplies alcohol and drugs to teenagers who attend.
A man in his forties has been messaging Jake on a gaming platform and offering him money.
Officers recovered a notebook in which the adult recorded the drug debts he claimed the boys owed him.
"""),
    # ------------------------------------------------------------------
    # OK: quoted_policy
    # ------------------------------------------------------------------
    ("ok", "quoted_policy", "case_note", """
Amended my earlier note: "boyfriend" replaced with "the adult who is abusing her".
Please do not write "she put herself at risk" in this file; she is a child being exploited.
removed "promiscuous" from the chronology, it is victim blaming
Avoid "runner" - Jake is a child being criminally exploited.
Corrected "drug debt" to "debt imposed by the exploiters" throughout.
Note to self: do not use "refused to engage"; instead record what we tried and what got in the way.
"""),
    ("ok", "quoted_policy", "referral", """
The previous referral described Kelsey as "streetwise", which is not appropriate language for a 12 year old.
I have not used the term "consensual" because a 14 year old cannot consent to sex with an adult.
The phrase "lifestyle choice" in the school's report is wrong; what it describes is exploitation.
Instead of "she was drinking so it was her fault", the record should state that she was given alcohol by adults.
The word "relationship" should not be used to describe contact between Amber and the 23 year old man.
Earlier notes say "he is a dealer"; this has been corrected to "he has been exploited to sell drugs".
"""),
    ("ok", "quoted_policy", "strategy", """
Chair challenged the use of "willing participant" and asked for it to be removed from the minutes.
The officer's phrase "low level" was questioned, as any sexual contact with a child by an adult is serious.
It was agreed that "hard to reach" will not be used; the question is how services can reach her.
The term "young woman" should not be used for Aisha, who is 12.
The police log's phrase "gang member" was replaced with "child at risk of criminal exploitation".
"""),
    ("ok", "quoted_policy", "minutes", """
The chair reminded members that "she knew what she was doing" is victim-blaming language and should not appear in any record about a child.
Members agreed to stop describing Liam's missing episodes as "attention-seeking" and to record them as a safeguarding concern.
It was noted that the school's use of "provocative clothing" shifts responsibility onto the child and the school has been asked to amend its report.
The independent reviewer said that writing "he chose to go country" ignores the grooming and control involved.
The minutes were corrected so that "sexually active" is replaced with "being sexually abused" wherever it refers to Ruby.
Practitioners were asked not to describe Jayden as "mature beyond his years", as this makes him seem less in need of protection.
Training was arranged after several records referred to children as "putting themselves in danger" rather than naming the adults causing harm.
The phrase "going with older men" was struck out and replaced with "being exploited by adult men".
Worker asked colleagues not to call it "banter" when the older boys share images of Mia.
"""),
    # ------------------------------------------------------------------
    # OK: correct_usage
    # ------------------------------------------------------------------
    ("ok", "correct_usage", "case_note", """
Jade, 14, is being sexually exploited by an adult man who has groomed her over several months.
Noah was coerced into holding drugs for the older males, who threatened his younger brother.
At 13 Kacey could not consent to any sexual activity with the 24 year old man.
jayden told me he was scared of them, he is being criminally exploited and needs protecting
The men gave Ellie alcohol and then sexually assaulted her.
Ruby has been groomed online and the adult is responsible for the harm.
Tyler is a victim of child criminal exploitation and is being trafficked across county boundaries.
"""),
    ("ok", "correct_usage", "referral", """
I am referring Amira who is being sexually abused by adults at a house in Slough.
Ryan has been forced to carry drugs, and the exploiters have told him he owes them for drugs that were stolen from him.
Poppy's drinking was encouraged by the adults, who used alcohol to lower her resistance and abuse her.
Chloe has been manipulated into believing the 30 year old loves her; this is grooming.
Because of the power imbalance, Mason's apparent agreement does not mean he was able to consent.
"""),
    ("ok", "correct_usage", "strategy", """
Strategy agreed that Harvey is a child victim of exploitation and the priority is disrupting the adults involved.
Police will pursue the man who has been sexually exploiting Lauren and treat her as a victim throughout.
The adults exploited Kai's need for money and belonging to draw him into selling drugs.
Skye is being controlled through threats and gifts; she is not in a position to make free choices about contact with him.
Leon was exploited to move drugs and should be treated as a victim of trafficking, not as an offender.
"""),
    ("ok", "correct_usage", "minutes", """
Members agreed that Shannon is a 14 year old child who is being sexually abused by a 19 year old man, and that all actions should focus on disrupting him and supporting her.
It was recognised that Marcus has been trapped by a debt manufactured by the exploiters, who staged the robbery of his phone and drugs.
The chair emphasised that nobody in this meeting should suggest Sophie is to blame, as the men targeted her deliberately because she was in care.
Services have not yet found a way to build trust with Toby, and the plan now includes a worker he already knows.
Brooke's missing episodes are a sign that she is being exploited and each one will be followed up with a return conversation.
The group acknowledged that Ava was groomed into sending images and that the adult who requested them committed an offence.
Isla's trauma responses, including anger towards staff, were understood as a result of the abuse she has suffered.
Although Theo says he goes there because he wants to, workers recognise that he has been groomed to feel loyal to the older males.
Omar is 13 and was exploited by adults who made him carry a knife and threatened him if he tried to leave.
"""),
    # ------------------------------------------------------------------
    # OK: explained_acronym (one acronym, in brackets after its expansion)
    # ------------------------------------------------------------------
    ("ok", "explained_acronym", "case_note", """
Referred to the Multi-Agency Safeguarding Hub (MASH) this morning.
spoke to the Designated Safeguarding Lead (DSL) at school about today's disclosure
Completed the child sexual exploitation (CSE) screening tool with Ruby's worker.
Return home interview (RHI) booked for Thursday.
Emailed the Local Authority Designated Officer (LADO) about the staff member.
National Referral Mechanism (NRM) form submitted today.
"""),
    ("ok", "explained_acronym", "referral", """
Please consider a referral to the Multi-Agency Child Exploitation (MACE) panel.
Noah is already known to the Youth Justice Service (YJS) through a previous case worker.
This referral follows a Child and Adolescent Mental Health Services (CAMHS) assessment last month.
An Early Help Assessment (EHA) was completed in March.
She has an Education, Health and Care Plan (EHCP) and attends a specialist school.
Mia was seen at the Sexual Assault Referral Centre (SARC) on Saturday.
"""),
    ("ok", "explained_acronym", "strategy", """
An Achieving Best Evidence (ABE) interview will be arranged for Thursday.
Police will share the case with the Independent Child Trafficking Guardian (ICTG) service.
A child criminal exploitation (CCE) risk assessment will be completed by Friday.
An Initial Child Protection Conference (ICPC) will be convened.
The Emergency Duty Team (EDT) will be informed of the safety plan over the weekend.
"""),
    ("ok", "explained_acronym", "minutes", """
The chair confirmed that the Independent Reviewing Officer (IRO) had been invited to the next meeting and would attend in person.
Members agreed that the Team Around the Family (TAF) approach would be used for the younger siblings.
The group heard that the Local Safeguarding Children Partnership (LSCP) had published new guidance.
It was noted that the Pupil Referral Unit (PRU) had offered Harley a full-time place from September.
Police confirmed that a Missing From Home (MFH) report had been filed each time.
It was agreed that the Violence Reduction Unit (VRU) would fund a detached youth worker for the park.
A Child in Need (CIN) plan will continue for a further three months.
The Independent Domestic Violence Advisor (IDVA) will support mum.
"""),
    # ------------------------------------------------------------------
    # OK: neutral (everyday senses of trigger words)
    # ------------------------------------------------------------------
    ("ok", "neutral", "case_note", """
Dad works as a car dealer in town and was home when I visited.
Mum is a mature student at the college and is studying nursing.
Ellie agreed to the referral to the counselling service and chose Tuesday afternoons.
older brother (19) is holding down a job at the warehouse now
Tia chose art and history for her options.
Mum's partner is 34 and has lived with the family for two years.
Jake and his girlfriend, both 15, are in the same tutor group.
Chloe's sister, a young woman of 22, attended the visit to support her.
"""),
    ("ok", "neutral", "referral", """
Amir is going out with a girl in his year at school, both are 14, and parents are aware.
Grandmother has agreed to have the children over the half term.
Mum's boyfriend, who is 38, works nights as a delivery driver.
Kacey said she would like to go to the youth club and has chosen to attend the Thursday session.
The family run a small business and uncle works as an antiques dealer.
"""),
    ("ok", "neutral", "strategy", """
Nadia consented to her medical information being shared with the strategy meeting.
Police confirmed that Ryan's mother and her partner have been a couple for six years.
The older cousin, aged 25, is described as a positive role model who holds a steady job.
Leah was willing to speak to the officer and chose to have her aunt present.
"""),
    ("ok", "neutral", "minutes", """
Mum reported that Sam has been dating a boy from the same year group for a few months and that both families get on well.
Members noted that the foster carer's adult son, a young man of 24, has moved out.
It was agreed that Owen would choose which worker he felt most comfortable with for future sessions.
The school reported that Priya's older sister, who is 20 and a mature student, collects her most days.
The foster carers, who are a married couple in their fifties, said they would be happy to continue the placement.
Dad said he had been serving in the army until last year and now works at a supermarket.
Jamie chose to take part in the youth club's cooking project and said he enjoyed it.
The panel heard that Esme's mum runs a stall at the market and is working for a cleaning firm in the evenings.
Kyle's 17 year old brother has a part-time job in a café and is running the junior football team on Saturdays.
Grace said she was happy with the plan and agreed for her worker to speak to her school.
"""),
]

CAPS_RUN = re.compile(r"[A-Z]{2,}")
QUOTED = re.compile(r'"[^"]+"')
STOPWORDS = {"and", "of", "for", "the", "in", "from", "to", "a", "an"}


def fail(msg):
    sys.stderr.write("CHECK FAILED: " + msg + "\n")
    sys.exit(1)


def norm(text):
    return " ".join(text.lower().split())


def initials(words):
    return "".join(w[0] for w in words).upper()


def expansion_matches(text, acr):
    """True if `(ACR)` follows words whose initials spell ACR."""
    idx = text.find("(" + acr + ")")
    if idx < 0:
        return False
    words = re.findall(r"[A-Za-z]+", text[:idx])
    n = len(acr)
    if len(words) >= n and initials(words[-n:]) == acr:
        return True
    # allow stopwords inside the expansion but not counted
    for start in range(len(words) - 1, -1, -1):
        span = words[start:]
        c = [w for w in span if w.lower() not in STOPWORDS]
        if len(c) == n:
            if initials(c) == acr and span[0].lower() not in STOPWORDS:
                return True
        if len(c) > n:
            break
    return False


def build_rows():
    rows = []
    for block in BLOCKS:
        if len(block) != 4:
            fail("block with wrong shape: %r" % (block[:3],))
        label, tag, style, text = block
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if label == "flag":
                rows.append({"text": line, "label": "flag", "category": tag,
                             "negative_kind": None, "style": style})
            else:
                rows.append({"text": line, "label": label, "category": None,
                             "negative_kind": tag, "style": style})
    return rows


def check(rows):
    seen = {}
    for r in rows:
        k = norm(r["text"])
        if k in seen:
            fail("duplicate sentence: %r" % r["text"])
        seen[k] = True

    for r in rows:
        t = r["text"]
        if r["style"] not in STYLES:
            fail("bad style %r: %r" % (r["style"], t))
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATS:
                fail("bad category %r: %r" % (r["category"], t))
            if r["negative_kind"] is not None:
                fail("flag row with negative_kind: %r" % t)
            kind = r["category"]
        elif r["label"] == "ok":
            if r["category"] is not None:
                fail("ok row with category: %r" % t)
            if r["negative_kind"] not in OK_KINDS:
                fail("bad negative_kind %r: %r" % (r["negative_kind"], t))
            kind = r["negative_kind"]
        else:
            fail("bad label %r: %r" % (r["label"], t))

        runs = CAPS_RUN.findall(t)
        if kind in ("jargon", "explained_acronym"):
            if not runs and not (kind == "jargon" and "s47" in t):
                fail("%s row without acronym: %r" % (kind, t))
            if kind == "explained_acronym":
                if len(set(runs)) != 1:
                    fail("explained_acronym must have exactly one acronym: %r" % t)
                if not expansion_matches(t, runs[0]):
                    fail("acronym not bracketed after its expansion: %r" % t)
        else:
            if runs:
                fail("capital run %r outside jargon/explained rows: %r" % (runs, t))

        if kind == "quoted_policy" and not QUOTED.search(t):
            fail("quoted_policy row without double-quoted phrase: %r" % t)

    counts = Counter((r["label"], r["category"] or r["negative_kind"]) for r in rows)
    for c in FLAG_CATS:
        if counts[("flag", c)] < 18:
            fail("only %d rows in flag/%s" % (counts[("flag", c)], c))
    for k in OK_KINDS:
        if counts[("ok", k)] < 18:
            fail("only %d rows in ok/%s" % (counts[("ok", k)], k))
    n_ok = sum(1 for r in rows if r["label"] == "ok")
    if len(rows) < 300:
        fail("only %d rows in total" % len(rows))
    if n_ok < 120:
        fail("only %d ok rows" % n_ok)
    return counts


def main():
    rows = build_rows()
    counts = check(rows)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "M%03d" % i, "text": r["text"], "label": r["label"],
                    "category": r["category"], "negative_kind": r["negative_kind"],
                    "style": r["style"]})
    with open(OUT_FILE, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("wrote %d rows to %s" % (len(out), OUT_FILE))
    for c in FLAG_CATS:
        print("flag  %-18s %d" % (c, counts[("flag", c)]))
    for k in OK_KINDS:
        print("ok    %-18s %d" % (k, counts[("ok", k)]))
    print("flag total", sum(1 for r in out if r["label"] == "flag"))
    print("ok total", sum(1 for r in out if r["label"] == "ok"))
    print("styles", dict(Counter(r["style"] for r in out)))


if __name__ == "__main__":
    main()
