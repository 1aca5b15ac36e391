#!/usr/bin/env python3
"""Build evaluation set N for a safeguarding language checker.

Every sentence below was typed by hand, one per line. Blocks are tagged
(label, category-or-negative-kind, style). No sentence is generated,
templated or produced by word substitution.
"""
import json
import os
import random
import re
import sys

FLAG_CATS = {
    "consent_choice", "blame_cause", "age_relationship", "criminalising",
    "minimising", "adultifying", "self_risk", "jargon",
}
OK_KINDS = {
    "adult_action", "quoted_policy", "correct_usage", "explained_acronym",
    "neutral",
}
STYLES = {"case_note", "referral", "strategy", "minutes"}

BLOCKS = [
    # ------------------------------------------------------------------
    # FLAG: consent_choice
    # ------------------------------------------------------------------
    ("flag", "consent_choice", "case_note", """
Ellie-Mae went willingly to the mans flat on Friday and stayed the night.
she said she was happy to get in the car with them so no force involved.
Kacey (14) consented to the sexual activity according to her own account.
Tyler chose to go to the address in Luton again despite being warned.
Appears Jasmine was a willing participant in the photos being taken.
Liam did not object when the older males asked him to carry the bag to the station.
Niamh (13) has been having sex with a man she met at the shopping centre.
Its clear she enjoyed the attention and the gifts he gave her.
14yo went off w/ the men in the van of her own accord, no sign she was made to
"""),
    ("flag", "consent_choice", "referral", """
Referring as Maya, aged 12, has been letting an adult neighbour touch her in return for sweets and phone credit.
Harvey, 15, agreed to travel to Norwich with the men and knew what the trip was for.
The young person wants to keep seeing these men and is not willing to stop going to the flat.
Ruby is 13 and voluntarily went back to the house where she was assaulted.
Kayla has been trading sexual favours for cannabis and lifts home since she was 15.
"""),
    ("flag", "consent_choice", "strategy", """
Police view is that the sex was consensual as Amira did not say no at any point and she is 15.
Josh was complicit in the arrangement and was paid for each trip he made.
Officer reported that she let it happen and made no attempt to leave the room.
"""),
    ("flag", "consent_choice", "minutes", """
Members noted that Precious, now 14, had initiated contact with the men on social media and had gone along with the meetings each weekend, which the panel felt showed she was making her own decisions about these contacts.
The chair summarised that Cody appears to be going to the address of his own free will and is not being forced.
It was noted that Skye sends the images herself and seems to want the attention she gets from the older users.
"""),

    # ------------------------------------------------------------------
    # FLAG: blame_cause
    # ------------------------------------------------------------------
    ("flag", "blame_cause", "case_note", """
Shona was targeted because of the revealing clothes she wears when out in town.
Chloe's heavy drinking made her an easy target for the men at the party.
If Marcus hadn't lied to his mum about where he was going none of this would have happened.
mia keeps going missing which is why shes ended up being abused by these men
Her posting of sexy selfies on Instagram attracted the attention of the adult who groomed her.
Reece was stabbed because of his attitude and the people he hangs around with.
Danni looks about 18 which is why the men in the takeaway thought it was fine.
"""),
    ("flag", "blame_cause", "referral", """
The assault took place after Zara, 14, took ecstasy at the festival, which is what led to the situation.
Owing to his persistent lateness home, Connor came into contact with the group who later assaulted him.
Tia was abused as a result of her friendship with girls known to be linked to older men.
The abuse is a consequence of Leah's online behaviour, including talking to strangers on gaming apps.
"""),
    ("flag", "blame_cause", "strategy", """
Officer stated that Brooke brought it on herself by going back to his car after the first time.
Her dishonesty with staff at the home is the main reason the exploitation went undetected for so long.
Given his cannabis use, it is unsurprising that Aaron was targeted by the older males.
The sexual assault happened because Lacey was drunk and had wandered off from her friends.
"""),
    ("flag", "blame_cause", "minutes", """
The panel agreed that Jordan's habit of running away from placement is what exposed him to the men in Croydon, and that until he stops absconding he will continue to be harmed.
It was noted that Poppy's provocative manner with male staff may explain why she has been approached by adults.
Discussion highlighted that Shay's gaming and time spent online late at night were the cause of him being groomed.
"""),

    # ------------------------------------------------------------------
    # FLAG: age_relationship
    # ------------------------------------------------------------------
    ("flag", "age_relationship", "case_note", """
Lily (14) and her boyfriend, 22, were seen together at the car wash.
14yo w/ 23yo bf, mum aware and not happy
Kieran (15) is in a relationship with a 26-year-old woman he met at the gym.
Saw Ava today, she is still seeing her older boyfriend who is 19, she is 13.
grace 13 - new bf aged approx 20, met online, she is besotted
The couple were found together in his car in the early hours; Bethany is 15 and he is 28.
"""),
    ("flag", "age_relationship", "referral", """
Destiny, aged 14, is dating a man in his mid-twenties who collects her from school.
Referral re Ollie, 15, whose girlfriend is a 24 year old woman from the estate.
Amber has been going out with Dean (21) since she was 13.
Nevaeh, Year 8, and her partner, who is 30, were stopped by police in his van.
"""),
    ("flag", "age_relationship", "strategy", """
Police confirmed that Sophie, 15, and her 34-year-old partner are living together at his address.
Her relationship with the 19-year-old began when she was 12.
Marley's older girlfriend, aged 20, is believed to be pregnant; Marley is 14.
Ashanti is 13 and has been in an on-off relationship with an adult male of 23 for a year.
"""),
    ("flag", "age_relationship", "minutes", """
The panel heard that Kira, 15, has been with her 27-year-old fiance for eight months and that the relationship is reported to be stable.
It was noted that 12-year-old Ruby's boyfriend is an adult, believed to be about 19, and that the pair are often seen together at the park.
Concern was raised that the 16-year-old's relationship with his 32-year-old manager is becoming more serious.
members discussed Tanya (14) and her fella, 25, who has been buying her clothes
"""),

    # ------------------------------------------------------------------
    # FLAG: criminalising
    # ------------------------------------------------------------------
    ("flag", "criminalising", "case_note", """
Jayden is a known drug runner for the Hackney crew.
caught shotting outside the co-op again, 14yo
Tyrese has been serving up in Southend for the last two weekends.
Lewis, 13, was holding a quantity of crack cocaine when stopped.
Kane has a drug debt of about £600 after losing a package and says he has been threatened.
Callum is now working for an older male called Dex and running a line into Ipswich.
She's been holding for the older lads on the estate and hiding it in her room.
"""),
    ("flag", "criminalising", "referral", """
Reggie, aged 15, is a county lines dealer who has been arrested twice in Kent.
Referral for Mohammed, 14, who is part of a gang known as the 22 Block.
Demi, 13, is involved in supplying cannabis to other pupils at the academy.
Nathan has recruited two younger boys into the line he runs.
"""),
    ("flag", "criminalising", "strategy", """
Police intelligence indicates Ashton is a gang member and a prolific offender in the area.
Kofi was the dealer at the trap house in Luton when police executed the warrant.
Elijah has been running drugs from London to Bournemouth and is earning a lot of money from it.
Rhys is trying to pay off his drug debt to the line by doing more drops.
"""),
    ("flag", "criminalising", "minutes", """
The panel heard that Marcel, 15, has been working county lines since the summer and is now one of the senior dealers in the network, with younger children reporting to him.
it was agreed Tino's involvement in the gang means he is a risk to other young people in placement
Members were told that Asha, 14, is a drug mule for the Coventry group and carries drugs internally.
"""),

    # ------------------------------------------------------------------
    # FLAG: minimising
    # ------------------------------------------------------------------
    ("flag", "minimising", "case_note", """
Only a one-off incident, Harley says he is fine now.
The comments in the group chat about Imani were just banter between the lads.
Low level sexual touching at the bus stop, no further action needed.
Macy refuses to engage with the worker and has now been closed to the service.
This kind of thing is normal for kids round here.
Sharing nudes is just teenagers experimenting, nothing to worry about.
Keira is attention-seeking and says these things to get a reaction from staff.
rio is hard to reach, missed 3 appts, case to close
"""),
    ("flag", "minimising", "referral", """
Ellis declined support from the youth worker so the referral was not progressed.
Sienna has been non-compliant with her safety plan and continues to go missing.
There was some low-level grooming online but it did not progress to anything physical.
Ayden's disclosure is probably exaggerated as he likes to be the centre of attention.
"""),
    ("flag", "minimising", "strategy", """
It was only a bit of horseplay in the changing rooms and the boys were laughing afterwards.
Police stated this was a historic matter and of limited relevance as she is now doing better.
Nia has disengaged from every service offered and there is little more we can do.
"""),
    ("flag", "minimising", "minutes", """
The chair noted that Jake was offered a place on the mentoring scheme but chose not to engage, so the case will step down to universal services with no further action.
It was agreed the touching was at the lower end and that Casey, 11, is probably just confused about what happened.
members felt the images of the 13yo were typical teenage behaviour and did not meet the threshold
"""),

    # ------------------------------------------------------------------
    # FLAG: adultifying
    # ------------------------------------------------------------------
    ("flag", "adultifying", "case_note", """
Kai, 13, is very streetwise and can look after himself.
Shannon is mature beyond her years and knows exactly what shes doing.
Spoke to the young man (12) in the back garden.
Tamsin, 11, acts like an adult and speaks to the police as if she is one of them.
he's 13 going on 30, nothing fazes him
She is a very savvy young woman of 13 who knows how to handle herself.
Deshawn is an old head on young shoulders and manages his own affairs.
dante is v mature for 12 and wont need a worker to go with him to court
"""),
    ("flag", "adultifying", "referral", """
Although Corey is only 12, he is physically big and comes across as a grown man, so he is unlikely to be targeted.
Marnie, 14, is sexually mature and well aware of the effect she has on men.
This young woman, aged 12, is independent and capable of making her own decisions about who she sees.
Rhianna, 13, has the street smarts of a 25-year-old, so the worker is not worried about her travelling alone at night.
"""),
    ("flag", "adultifying", "strategy", """
Police described Jamal (13) as a hardened young man who is well able to protect himself.
Officers feel Brooklyn is worldly and knows the score, so she would recognise it if she was being exploited.
Given how grown-up Ffion is, the meeting felt she did not need an appropriate adult.
"""),
    ("flag", "adultifying", "minutes", """
It was recorded that Leon, 13, runs the household in his mother's absence and is effectively the man of the house, so he does not require the same level of supervision as other children his age.
The panel noted that Aliyah presents as a confident young lady of 12 who can hold her own with older teenagers and adults.
Members agreed that Freddie, at 14, is old enough to know better and should be treated as responsible for his own safety.
"""),

    # ------------------------------------------------------------------
    # FLAG: self_risk
    # ------------------------------------------------------------------
    ("flag", "self_risk", "case_note", """
Chantelle is putting herself at risk by going to parties with older men.
Aiden continues to make bad choices and hang around with the wrong crowd.
Her risky lifestyle is a concern for all agencies.
Tayla has been promiscuous since the age of 12.
jamie placing himself in harms way again by going to the park after dark
Remains at risk due to her lifestyle choices.
Evie, 14, is making herself vulnerable to exploitation.
"""),
    ("flag", "self_risk", "referral", """
Referral made as Kieron continues to expose himself to criminal exploitation through his associations.
Skylar, aged 13, is sexually active with multiple partners and her behaviour is putting her in danger.
Mason engages in high-risk behaviours which place him at risk of serious harm.
She is her own worst enemy and keeps putting herself in dangerous situations.
"""),
    ("flag", "self_risk", "strategy", """
Louise is placing herself at significant risk by meeting adults she has met online.
Police consider that Dylan has chosen a criminal lifestyle and is putting himself at risk of violence.
Ongoing concern that Roxanne's sexualised lifestyle is leaving her open to further harm.
"""),
    ("flag", "self_risk", "minutes", """
The panel agreed that Paige, 15, will continue to be at risk until she changes her lifestyle and stops associating with the adults at the flat, and that this is something only she can do.
It was noted that Kyle keeps putting himself in risky situations despite the advice given by professionals.
members agreed risk remains high as Hollie, 14, is still engaging in risky sexual behaviour
The chair commented that Mikey's poor decision-making around who he gets into cars with is the main risk factor.
"""),

    # ------------------------------------------------------------------
    # FLAG: jargon (unexplained acronyms / shorthand, otherwise neutral)
    # ------------------------------------------------------------------
    ("flag", "jargon", "case_note", """
Discussed at MASH, RAG rated amber, to go to CSC for s47.
YP seen at home, RHI completed, no new concerns.
NFA by police, CIN plan to continue.
s47 initiated following strat, ABE booked for Thursday.
CAMHS appt missed, DSL informed.
EDT contacted re missing episode, PNC checks done.
"""),
    ("flag", "jargon", "referral", """
CYP is currently LAC and has an EHCP in place.
Referral to MACE panel re CCE indicators, NRM submitted last week.
Child is subject to a CP plan under the category of neglect; SW and IRO aware.
LADO consulted re allegation against staff member; outcome pending.
"""),
    ("flag", "jargon", "strategy", """
Suspect RUI, CPS advice to be sought before charge.
s47 to continue, ICPC to be convened within 15 working days.
CSE risk assessment to be updated by the SPOC before the next MACSE.
Police to complete a PVP and share via MARAC.
"""),
    ("flag", "jargon", "minutes", """
Action: TAF lead to update the EHA and liaise with the SENCO before the next review.
The meeting agreed the UASC should be referred to the ISVA service and the SARC for follow-up.
Outcome: remains CIN, RCPC not required as threshold for CP not met.
DSL to update CPOMS and share with the YOS worker ahead of the CLA review.
"""),

    # ------------------------------------------------------------------
    # OK: adult_action
    # ------------------------------------------------------------------
    ("ok", "adult_action", "case_note", """
The man, 29, chose to give Holly alcohol before driving her to the flat.
The adults running the line made repeated threats to Kai's family.
The perpetrator told her she was his girlfriend as a way of controlling her.
Her stepfather has a risky lifestyle involving heavy drinking and drug use.
suspect told police she was his gf - noted as part of grooming pattern
Her abuser was streetwise and knew how to avoid police attention.
The men at the party were drinking heavily and supplying vodka to the girls.
"""),
    ("ok", "adult_action", "referral", """
Dwayne Price, 31, is the dealer who controls the line and directs children to travel to Kent.
The adult who groomed her was a willing participant in an online network sharing abuse images.
The gang leader, a 24-year-old man, recruited at least four children from the pupil referral unit.
The older male, 22, was putting himself forward as a mentor to boys at the boxing club.
The woman who ran the house was serving up crack to adult users and using children as lookouts.
"""),
    ("ok", "adult_action", "strategy", """
In interview the suspect said Leah was "up for it", which officers are treating as evidence of his intent and lack of remorse.
Mr Okafor admitted he had been holding drugs at his flat and using local children to move them.
The suspect described himself as her boyfriend in messages, and this is being used as evidence of grooming.
Police believe the adult male deliberately targeted girls who were missing from care.
Mr Lane, 35, claims the relationship was consensual; officers note that a 13-year-old cannot consent and that his account is itself a concern.
In messages recovered from his phone, the 30-year-old referred to the children he exploited as his runners.
"""),
    ("ok", "adult_action", "minutes", """
During the search, messages were found in which the 27-year-old wrote that the 14-year-old "knew what she was doing"; these are being passed to the investigating officer.
The adult's own lifestyle choices, including selling drugs from his home, are relevant to the risk he poses to children.
The driver was working for the same organised crime group and was seen dropping children at the station.
Police updated that the 33-year-old suspect has been charged, that in interview he repeatedly claimed the girl "chose" to see him, and that the officer in the case regards these comments as further evidence of his attempts to shift blame.
The suspect's behaviour towards staff was dismissive and he minimised the abuse throughout his interview.
"""),

    # ------------------------------------------------------------------
    # OK: quoted_policy (problem phrase in double quotes, rejected)
    # ------------------------------------------------------------------
    ("ok", "quoted_policy", "case_note", """
Please do not describe Aaliyah as "promiscuous"; she is a 13-year-old girl who is being sexually exploited.
Correction to my entry of 3 March: I wrote "boyfriend" but he is a 24-year-old man who is grooming her.
Note to self - stop writing "absconded", he went missing and he is a child.
dont write "bf" for this man, he is 26 and she is 13
Her previous social worker described her as "streetwise", which is unhelpful and risks hiding how vulnerable she is.
"""),
    ("ok", "quoted_policy", "referral", """
The report was amended to remove "consensual" as Poppy is 12 and cannot consent in law.
We should not say Jordan "owes a drug debt"; the debt was manufactured by the adults exploiting him.
It is inaccurate to say she "went willingly", as she had been groomed and threatened for months.
The term "young man" was replaced with "child" throughout the report on Tobias, who is 11.
"""),
    ("ok", "quoted_policy", "strategy", """
Staff were reminded that "drug runner" is not appropriate; Reuben is a child being criminally exploited.
The police officer's note saying she was "asking for it" has been challenged formally through the escalation process.
The word "relationship" should not be used for what a 30-year-old man is doing to a 14-year-old.
Officers were told that recording "no complaint made" does not mean she agreed to what happened.
The supervisor asked that "hard to reach" be changed to "not yet reached by services" in the closure summary.
"""),
    ("ok", "quoted_policy", "minutes", """
The chair asked that the phrase "putting himself at risk" be removed from the minutes and replaced with a description of the risk posed by the adults.
Team managers agreed the term "lifestyle choice" will not be used in any future referral about children.
Rather than "refuses to engage", we will record that services have not yet found a way to build trust with Keelan.
The panel rejected the description of the incident as "banter" and recorded it as sexual harassment.
"Mature for her age" was crossed out of the draft because it minimises her vulnerability.
Several attendees objected to the phrase "she was involved in sexting", pointing out that the images were demanded from her by an adult.
Practitioners agreed that "attention-seeking" is not an acceptable description of a child who is asking for help.
Following discussion, members agreed that the earlier minutes describing Ezra as "part of the Northside gang" were inaccurate and would be corrected to say that he is a 14-year-old who has been criminally exploited by adults linked to that group.
"""),

    # ------------------------------------------------------------------
    # OK: correct_usage
    # ------------------------------------------------------------------
    ("ok", "correct_usage", "case_note", """
Aisha is 13 and could not consent to sexual activity with the 24-year-old man.
Leon was coerced into holding drugs by adults who threatened to hurt his younger brother.
Callie has been groomed over several months by an adult who posed as a teenager online.
She was raped by two adult men at the address on Saturday night.
kai coerced into holding for the olders, treat as victim not offender
Charlie was sexually abused by a man who had groomed him through an online game.
"""),
    ("ok", "correct_usage", "referral", """
Ryan is a victim of child criminal exploitation and should be treated as such by all agencies.
He was trafficked from Birmingham to a flat in Swansea and forced to sell drugs.
Tomas was made to carry drugs internally, which is child abuse and a serious risk to his life.
The 19-year-old is an adult who is sexually exploiting a 14-year-old girl.
Jermaine was forced to deal drugs under threat of violence and has been referred as a potential victim of modern slavery.
"""),
    ("ok", "correct_usage", "strategy", """
Responsibility for the abuse lies entirely with the men who exploited Mia.
The adults used threats and gifts to control Shay, and the debt they say he owes is a method of control.
Police will treat Marcus as a victim, not an offender, in relation to the drugs found on him, as he was exploited by older males.
Whatever she was wearing and however much she had drunk, responsibility rests solely with the man who assaulted her.
Although Cerys told police she wanted to go, a 12-year-old cannot consent and she was being manipulated by the adult.
The fact that Harry did not resist does not mean he agreed; he was frightened and had been threatened.
"""),
    ("ok", "correct_usage", "minutes", """
Any appearance of agreement from Kirsty reflects the grooming she experienced, not consent.
Bailey's return to the house should be understood as a sign of how strongly she is being controlled.
She went missing because she was being exploited; the missing episodes are a symptom, not the cause.
The exploiters deliberately chose Kenzie because she was in care and isolated from her family.
We need to build trust slowly with Esme, as the adults who abused her taught her not to trust professionals.
The panel agreed that every agency will describe Tiana as a child who is being sexually exploited by adult men, that her repeated returns to the address will be understood as evidence of the control they have over her, and that the plan will focus on disrupting the adults rather than restricting her.
"""),

    # ------------------------------------------------------------------
    # OK: explained_acronym
    # ------------------------------------------------------------------
    ("ok", "explained_acronym", "case_note", """
Dylan will be offered a Return Home Interview (RHI) within 72 hours of being found.
The Designated Safeguarding Lead (DSL) at the school has been informed.
Ellis was seen at the Sexual Assault Referral Centre (SARC) on Sunday.
The Emergency Duty Team (EDT) was informed when she did not return to the home.
spoke w/ the Youth Offending Team (YOT) worker re the adults Zain is being made to work for
"""),
    ("ok", "explained_acronym", "referral", """
A referral has been made to Child and Adolescent Mental Health Services (CAMHS) for Tilly.
A National Referral Mechanism (NRM) referral has been submitted for Kai as a potential victim of trafficking.
Reece has an Education, Health and Care Plan (EHCP) which names his speech and language needs.
Maryam is an Unaccompanied Asylum Seeking Child (UASC) placed with foster carers in Hounslow.
Concerns about child criminal exploitation (CCE) were shared with the youth service.
An Early Help Assessment (EHA) will be completed with the family.
"""),
    ("ok", "explained_acronym", "strategy", """
The case was discussed at the Multi-Agency Safeguarding Hub (MASH) this morning.
Police will arrange an Achieving Best Evidence (ABE) interview with Maisie.
The Local Authority Designated Officer (LADO) has been contacted about the allegation against the coach.
The suspect was released under investigation (RUI) pending forensic results.
Police have taken no further action (NFA) against Jay in relation to the drugs, as he is recognised as a victim.
"""),
    ("ok", "explained_acronym", "minutes", """
Immy will be supported by an Independent Sexual Violence Adviser (ISVA) through the court process.
The next Multi-Agency Child Exploitation (MACE) meeting is on the 14th.
An Initial Child Protection Conference (ICPC) will be held within 15 working days.
Her Independent Reviewing Officer (IRO) will chair the review next month.
The case will also be heard at the Multi-Agency Risk Assessment Conference (MARAC) because of the domestic abuse at home.
"""),

    # ------------------------------------------------------------------
    # OK: neutral
    # ------------------------------------------------------------------
    ("ok", "neutral", "case_note", """
Her uncle works as a car dealer in Wolverhampton.
Mum is a mature student studying nursing at the local college.
Noah was running late because the bus broke down.
Lola was willing to talk to the school nurse about her sleep problems.
Ben enjoys football and has joined a team that trains on Saturday mornings.
mum's new partner (41) moved in last month, kids get on well w/ him
Jess chose to have her review at the youth centre rather than at home.
"""),
    ("ok", "neutral", "referral", """
Dad has been holding down a job at the warehouse for two years.
Sam, 15, has been dating a girl in his year group for three months and both families are supportive.
Jade agreed to the referral to the youth service and chose to meet the worker at school.
The new support worker is a young woman of 22 who speaks Polish.
Rory is a runner for the county athletics team and trains three times a week.
"""),
    ("ok", "neutral", "strategy", """
Mum and her partner have been together for six years.
Grandad is an antiques dealer and collects Ella from school on Fridays.
Keisha's older brother, 24, and his girlfriend, 23, have offered to have her to stay at weekends.
Mia and Kacper, both 16, have been a couple since the start of college.
Ayla, 14, said she wants to be a police officer when she leaves school.
"""),
    ("ok", "neutral", "minutes", """
The school is holding a parents' evening on Thursday.
The family's lifestyle changed a lot after dad's accident, and money is tight.
The charity shop manager described Ruby's older sister, 19, as very mature and reliable.
The young man who delivered the leaflets, aged 25, is a volunteer at the centre.
The meeting noted that Ava's mother has started a new job, that her older brother, 20, has moved in with his girlfriend, and that Ava herself, who is 15, has been attending the homework club and enjoying it.
"""),
]

CAPS_RUN = re.compile(r"[A-Z]{2,}")
DQUOTE = re.compile(r'"[^"]+"')


def fail(msg):
    sys.stderr.write("CHECK FAILED: " + msg + "\n")
    sys.exit(1)


def explained_ok(text, acr):
    """Acronym must sit in brackets straight after an expansion whose
    word initials contain the acronym's letters in order, ending on the
    word immediately before the bracket."""
    token = "(" + acr + ")"
    idx = text.find(token)
    if idx < 0:
        return False
    before = text[:idx].strip()
    words = [w for w in re.split(r"[\s\-]+", before) if w]
    words = [re.sub(r"[^A-Za-z]", "", w) for w in words]
    words = [w for w in words if w][-10:]
    if not words:
        return False
    initials = [w[0].lower() for w in words]
    letters = acr.lower()
    if initials[-1] != letters[-1]:
        return False
    # greedy subsequence match from the right
    j = len(letters) - 1
    for ch in reversed(initials):
        if j >= 0 and ch == letters[j]:
            j -= 1
    return j < 0


def main():
    rows = []
    for block in BLOCKS:
        if len(block) != 4:
            fail("bad block tag %r" % (block[:3],))
        label, cat, style, body = block
        for line in body.split("\n"):
            text = line.strip()
            if not text:
                continue
            if label == "flag":
                rows.append({"text": text, "label": "flag", "category": cat,
                             "negative_kind": None, "style": style})
            elif label == "ok":
                rows.append({"text": text, "label": "ok", "category": None,
                             "negative_kind": cat, "style": style})
            else:
                fail("unknown label %r" % label)

    # duplicates (ignoring case and whitespace)
    seen = {}
    for r in rows:
        key = re.sub(r"\s+", "", r["text"]).lower()
        if key in seen:
            fail("duplicate sentence: %r / %r" % (seen[key], r["text"]))
        seen[key] = r["text"]

    # per-row checks
    for r in rows:
        t = r["text"]
        if r["style"] not in STYLES:
            fail("bad style %r in %r" % (r["style"], t))
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATS:
                fail("bad category %r in %r" % (r["category"], t))
            if r["negative_kind"] is not None:
                fail("flag row with negative_kind: %r" % t)
        else:
            if r["category"] is not None:
                fail("ok row with category: %r" % t)
            if r["negative_kind"] not in OK_KINDS:
                fail("bad negative_kind %r in %r" % (r["negative_kind"], t))
        kind = r["category"] or r["negative_kind"]
        runs = set(CAPS_RUN.findall(t))
        if kind == "quoted_policy" and not DQUOTE.search(t):
            fail("quoted_policy without double-quoted phrase: %r" % t)
        if kind == "jargon":
            if not runs and "s47" not in t:
                fail("jargon row without acronym: %r" % t)
            for a in runs:
                if "(" + a + ")" in t:
                    fail("jargon row explains its acronym: %r" % t)
        elif kind == "explained_acronym":
            if len(runs) != 1:
                fail("explained_acronym row needs exactly one acronym: %r (%s)"
                     % (t, sorted(runs)))
            if "s47" in t:
                fail("explained_acronym row contains s47: %r" % t)
            (acr,) = runs
            if not explained_ok(t, acr):
                fail("acronym not bracketed next to expansion: %r" % t)
        else:
            if runs:
                fail("capital run %s outside jargon/explained rows: %r"
                     % (sorted(runs), t))

    # counts
    counts = {}
    for r in rows:
        k = (r["label"], r["category"] or r["negative_kind"])
        counts[k] = counts.get(k, 0) + 1
    for c in sorted(FLAG_CATS):
        if counts.get(("flag", c), 0) < 14:
            fail("category %s has %d < 14" % (c, counts.get(("flag", c), 0)))
    for k in sorted(OK_KINDS):
        if counts.get(("ok", k), 0) < 14:
            fail("ok kind %s has %d < 14" % (k, counts.get(("ok", k), 0)))
    n_ok = sum(1 for r in rows if r["label"] == "ok")
    if len(rows) < 220:
        fail("only %d rows (< 220)" % len(rows))
    if n_ok < 90:
        fail("only %d ok rows (< 90)" % n_ok)

    rng = random.Random(20261208)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "N%03d" % i, "text": r["text"], "label": r["label"],
                    "category": r["category"],
                    "negative_kind": r["negative_kind"], "style": r["style"]})

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "set_n.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # report
    print("wrote %d rows to %s" % (len(out), path))
    print("flag %d, ok %d" % (len(out) - n_ok, n_ok))
    for k in sorted(counts):
        print("  %-5s %-18s %d" % (k[0], k[1], counts[k]))
    styles = {}
    for r in out:
        styles[r["style"]] = styles.get(r["style"], 0) + 1
    print("styles:", ", ".join("%s %d" % (s, styles[s]) for s in sorted(styles)))


if __name__ == "__main__":
    main()
