#!/usr/bin/env python3
"""Build evaluation set K: victim-blaming / inappropriate language about
children in UK safeguarding writing (child sexual and criminal exploitation).

Every sentence below was typed by hand. Nothing is generated, templated,
substituted or copied. Standard library only.

Each block is (label, category_or_kind, style, text); one sentence per line.
"""
import json
import os
import random
import re
import sys
from collections import Counter

FLAG_CATEGORIES = {
    "consent_choice", "blame_cause", "age_relationship", "criminalising",
    "minimising", "adultifying", "self_risk", "jargon",
}
OK_KINDS = {
    "adult_action", "quoted_policy", "correct_usage", "explained_acronym",
    "neutral",
}
STYLES = {"case_note", "referral", "strategy", "minutes"}
MIN_PER_GROUP = 18
MIN_TOTAL = 260
SEED = 20261205

BLOCKS = [
    # ------------------------------------------------------------------
    # FLAG: consent_choice
    # ------------------------------------------------------------------
    ("flag", "consent_choice", "case_note", """
She said she was happy to go back to the flat and honestly seemed to want to be there.
Jade agreed to meet the men in the car park and got into the car willingly.
he chose to travel down to Southend with the older males, nobody made him go
she went along with it bc she wanted the weed and the lifts home
Keira was ok with the photos being taken and sent them on herself.
appears to be a willing participant at the parties held at the address
Mum feels he is complicit and knows full well what he is getting into when he goes out.
lad keen to go back to the flat, wants to be there, no sign he was pushed into it
"""),
    ("flag", "consent_choice", "referral", """
The young person is choosing to associate with adults who are known to police.
Ellie has made an informed decision to stay with the men over the weekend.
It is understood that she is trading sex for cigarettes, vodka and phone credit.
Tyler is a consenting participant in the activity and has not indicated any pressure from others.
According to the friends who were there, she was up for it and initiated things.
"""),
    ("flag", "consent_choice", "strategy", """
Officers noted that Amira was not coerced and went to the hotel of her own accord.
Her visits to the address appear to be voluntary and she returns there repeatedly by choice.
Consensual sexual activity took place between Chloe and two of the men at the party.
Police view is that she knew exactly what she was signing up for and agreed to it.
"""),
    ("flag", "consent_choice", "minutes", """
The group heard that she actively seeks out the older males and is the one who makes contact.
Social worker reported that Liam is a willing recruit who approached the group himself.
It was noted that Maya gave her consent to what happened in the back of the car.
Chair commented that he is only doing it because he likes the money and the trainers.
Panel felt she is a active participant rather than someone being pressured.
"""),

    # ------------------------------------------------------------------
    # FLAG: blame_cause
    # ------------------------------------------------------------------
    ("flag", "blame_cause", "case_note", """
she was wearing hardly anything when she went to the party which made her a target
her drinking is what led to the assault at the weekend
If he had come home on time none of this would have happened.
she made herself vulnerable by sending pics to somone she didnt know
Because she flirts with older boys she keeps ending up in these situations.
she was attention seeking online and thats what got her groomed
Staying out past his curfew is how he came into contact with the men who are now hurting him.
"""),
    ("flag", "blame_cause", "referral", """
The abuse occurred because she repeatedly lied to her mother about where she was going.
Posting provocative selfies online has attracted the attention of these men.
Sophie dresses much older than her age and this is drawing the wrong kind of attention.
Her sexualised behaviour is what draws the perpetrators to her.
Had she not lied about her age on the app, the man would never have messaged her.
Her make-up and the way she presents make her look about eighteen, which is why she was picked up.
"""),
    ("flag", "blame_cause", "strategy", """
The incident occurred as a direct result of Kayla being heavily intoxicated.
He looks older than fourteen, so the men assumed he was an adult and that is why he was approached.
Her constant running away from the placement is the reason she keeps being targeted.
Jordan's lateness and disregard for house rules led directly to his involvement with the group.
"""),
    ("flag", "blame_cause", "minutes", """
It was agreed that her attitude towards staff means she ends up in places where she gets hurt.
The assault followed an evening of drinking vodka in the park, so alcohol was the main factor here.
Ruby's defiance at home pushed her into the arms of the men at the takeaway.
Teacher felt that his rudeness and aggression at school are what led the older group to pick on him.
"""),

    # ------------------------------------------------------------------
    # FLAG: age_relationship
    # ------------------------------------------------------------------
    ("flag", "age_relationship", "case_note", """
Leah (14) has a boyfriend who is 23.
her bf is 19 and she is in year 9
13yo girl says she has been seeing a 21yo man she met online
she is 15 and says her bf is 22, they met at the shisha bar
her boyfriend (early thirties) picks her up from school most days
Mum is aware that 15 yr old Poppy has been dating a man in his mid twenties.
"""),
    ("flag", "age_relationship", "referral", """
Aisha, 15, is in a relationship with a man in his twenties.
She describes her partner, aged 32, as kind and says they have been together for six months; she is fourteen.
Ryan (15) is dating a 24 year old woman who lives near the school.
Fourteen-year-old Mia and her eighteen-year-old boyfriend were found together in his car at 1am.
Zara states that she and her 19-year-old partner plan to move in together when she turns sixteen.
Ben (14) has been in a relationship with a 26 year old man for about a year.
"""),
    ("flag", "age_relationship", "strategy", """
Year 8 pupil reported to be going out with a male believed to be around 20.
The 16yo is said to have an older girlfriend aged 27.
The couple, a girl of twelve and a man of twenty, were stopped by police in the town centre.
Her older boyfriend, who is 28, buys her clothes and phone credit; she is 14.
Charlie is in Year 10 and has been seeing a man of about 25 for several weeks.
"""),
    ("flag", "age_relationship", "minutes", """
Kelsey, who is just 13, has been in a relationship with Dean, 22, since the spring.
A relationship between the child (13) and a 19 year old male was disclosed to the school nurse.
It was noted that she is fifteen and her fiancé is thirty-one.
Ellie-May, a Year 7 student, is apparently the girlfriend of a man in his thirties.
"""),

    # ------------------------------------------------------------------
    # FLAG: criminalising
    # ------------------------------------------------------------------
    ("flag", "criminalising", "case_note", """
kai has been running drugs between london and norwich for the last month
she has been shotting in the park after school
tom is working for a local line and owes them money
He is holding for the older boys and keeps the stash at his nan's.
she owes a drug debt of £800 and is paying it off by working
she has been serving crack and heroin to adults from the stairwell
Tia keeps drugs for the group in her bedroom and gets paid for it.
"""),
    ("flag", "criminalising", "referral", """
He is a known drug dealer in the area and was found holding twelve wraps.
The young person is serving up to users in the town centre.
Callum has a drug debt and is selling to pay it back.
Lily acts as a drugs mule, carrying packages on the train to the coast.
Jamal is a gang affiliated youth who is heavily involved in criminality.
Ethan is an active dealer and it is believed he supplies other pupils.
"""),
    ("flag", "criminalising", "strategy", """
Police describe him as a runner for a county line operating out of Birmingham.
Aaron was arrested for possession with intent and is a prolific offender.
He has been dealing cannabis since year 8.
The boy is a drug runner and has been caught with cash and two phones.
He has been working the line out of a flat in Swindon for a fortnight.
"""),
    ("flag", "criminalising", "minutes", """
Jayden is a member of the gang and takes part in their drug supply.
Mason is a gang member who recruits younger pupils on their behalf.
Reece is one of the line workers at a trap house in Margate.
He is part of a gang that is involved in violence and supply and sees himself as one of them.
"""),

    # ------------------------------------------------------------------
    # FLAG: minimising
    # ------------------------------------------------------------------
    ("flag", "minimising", "case_note", """
it was just a one-off and she seems fine now
the messages were banter between the lads, nothing serious
Going missing overnight is normal for her so no real cause for concern.
Staying out all night is just what teenagers do, mum not worried.
she is resistant to support and continues to be uncooperative
always going missing, its what she does, nothing new
"""),
    ("flag", "minimising", "referral", """
Nadia refuses to engage with any of the services offered.
He is hard to reach and has not engaged with the youth worker.
Despite numerous offers of support she won't engage.
The pictures being passed around school were a bit of silly behaviour.
The sexual comments made by the taxi driver were just banter.
"""),
    ("flag", "minimising", "strategy", """
This is low level exploitation and does not meet threshold.
The touching was described as horseplay and was only minor.
Considered a low-risk case as he has only been found with the men twice.
The slap from the older male was a minor incident rather than a proper assault.
Missing episodes are part of her routine; she always comes back.
"""),
    ("flag", "minimising", "minutes", """
Case closed because Ellie did not engage with the worker and kept cancelling visits.
He is non-compliant with the safety plan and keeps missing appointments.
Kacey did not want to engage and therefore no further action is required.
Unwilling to engage, Ryan continues to push professionals away.
It was felt to be harmless fun between her and the lads on the estate.
"""),

    # ------------------------------------------------------------------
    # FLAG: adultifying
    # ------------------------------------------------------------------
    ("flag", "adultifying", "case_note", """
At 12, Josh is very streetwise and knows how to look after himself.
this lad is 12 going on 30, very grown up
he is 13 but very much an adult in how he lives his life
He is street smart and savvy, he will be fine on his own.
young woman of 12 attended with her mother
"""),
    ("flag", "adultifying", "referral", """
She is mature beyond her years and can make her own decisions.
The young man, aged 11, was found in the flat at 2am.
Mia, 13, presents as a young woman and is very independent.
Tanya is very worldly for a 14 year old and is used to being around adults.
At thirteen she carries herself like a woman in her twenties.
Jess has a maturity which means she is well able to manage these risks alone.
"""),
    ("flag", "adultifying", "strategy", """
He can handle himself and is not intimidated by the older group; he is 14.
She acts like an adult and should be treated as one.
He is big for his age and more than capable of protecting himself at 13.
Officers felt the 10-year-old was old enough to know better and should take responsibility like an adult.
Tyrese, 14, is a tough young man who can take care of himself on the street.
"""),
    ("flag", "adultifying", "minutes", """
She is a very capable girl who doesn't need looking after like the other kids.
At only 11 he is wise to the ways of the world and can look out for himself.
The 12-year-old young lady stated she has her own keys and comes and goes as she pleases.
Chair said that at 14 he is practically an adult and we should respect his independence.
"""),

    # ------------------------------------------------------------------
    # FLAG: self_risk
    # ------------------------------------------------------------------
    ("flag", "self_risk", "case_note", """
she continues to put herself at risk by going to the flat
she is placing herself in harmful situations by meeting men from online
she leads a chaotic, high risk lifestyle and will not be told
courtney puts herself in danger most weekends, we cant stop her
He keeps making bad choices and placing himself in danger.
"""),
    ("flag", "self_risk", "referral", """
Her risky lifestyle is the main concern at this time.
Sasha is sexually promiscuous and has had multiple partners this year.
Her risk-taking behaviour is exposing her to exploitation.
Lucy is at risk because of the choices she is making.
Demi is sexually active with numerous males and is putting herself in danger.
Her lifestyle choices mean she will continue to be at risk.
"""),
    ("flag", "self_risk", "strategy", """
He is putting himself in harm's way by hanging around with the older lads.
Continues to place herself at risk of sexual exploitation through her lifestyle.
He has been deliberately putting himself in danger by going missing to other towns.
She is engaging in risky behaviours, including getting into cars with unknown men.
Through his own actions he has made himself vulnerable to the gang.
"""),
    ("flag", "self_risk", "minutes", """
Her poor decision-making keeps leading her into risky situations.
Leanne is a risk to herself because of who she chooses to spend time with.
He places himself in vulnerable positions and then seems surprised when he gets hurt.
It was noted the girl is promiscuous and known for sleeping around.
"""),

    # ------------------------------------------------------------------
    # FLAG: jargon (unexplained acronym, nothing else objectionable)
    # ------------------------------------------------------------------
    ("flag", "jargon", "case_note", """
referred to MASH on monday following the disclosure
YP attended the appointment with her aunt.
MFH report made to police at 22:00, collected by carer at 23:40.
RHI completed by the missing worker, nothing new shared.
DSL to ring parents tomorrow am.
CSC to allocate a SW this week.
"""),
    ("flag", "jargon", "referral", """
CCE concerns were raised by the school after he was seen with unknown adults.
CSE risk assessment completed and shared with partners.
CAMHS referral made following the GP appointment.
Awaiting outcome of the NRM; SPOC at police has been updated.
"""),
    ("flag", "jargon", "strategy", """
Strategy meeting held and s47 to be initiated.
NRM submitted by police last week.
LADO informed of the allegation against the teacher.
Mother's case to be discussed at MARAC next month.
ICPC to be scheduled within fifteen working days.
"""),
    ("flag", "jargon", "minutes", """
MACE panel to review on the 14th.
YOT worker to attend the next meeting.
Case stepped down to CIN plan.
LAC review brought forward to next week.
TAF meeting arranged for Thursday at the school.
PLO letter has been sent to mum.
"""),

    # ------------------------------------------------------------------
    # OK: adult_action
    # ------------------------------------------------------------------
    ("ok", "adult_action", "case_note", """
the 34 yr old man chose to give her alcohol and then drove her to his flat
Police believe the adult dealer recruited Kai through social media.
her abuser told her she was his girlfriend to keep her quiet
the older male boasted to his mates that she was his girlfriend
The abuser told her nobody would believe her because she had been drinking.
his handler, an adult, told him he owed £500 after the phone was taken
"""),
    ("ok", "adult_action", "referral", """
The men who ran the line made him carry drugs under threat of violence.
The suspect, a known drug dealer aged 29, has been charged with trafficking offences.
Mr Green chose to groom several children through the same gaming platform.
The 40-year-old man chose to meet her at the train station despite knowing she was 12.
The suspect sent her messages saying she was mature for her age and could make her own decisions.
The adult males arranged the parties and supplied the drugs and alcohol.
"""),
    ("ok", "adult_action", "strategy", """
In interview the suspect said she was willing and claimed he thought she was older.
The defendant admitted dealing heroin from the address and using local children to deliver it.
The man told officers the relationship was consensual, which is no defence when the child is 13.
The gang leader, a 27-year-old man, controls the phone line and the money.
The perpetrator was streetwise and knew how to avoid police detection.
The woman who recruited him, aged 30, told police he was happy to work for her.
"""),
    ("ok", "adult_action", "minutes", """
It was reported that the older woman described herself online as his partner; he is 15.
The man said she wanted to be with him and that she had agreed to everything.
The adults involved called it banter when the shopkeeper challenged them.
The main supplier, a 35-year-old who owns three properties, was remanded in custody.
The adults were serving up from the flat and used the boys as lookouts.
"""),

    # ------------------------------------------------------------------
    # OK: quoted_policy
    # ------------------------------------------------------------------
    ("ok", "quoted_policy", "case_note", """
pls avoid writing that she "put herself at risk" - she was exploited by adults
"Just banter" is not an ok way to describe the abusive messages sent to her.
Mum said "she brings it on herself" and I explained why that isn't the case.
"Hard to reach" replaced with "services have found it hard to reach him" in today's note.
"""),
    ("ok", "quoted_policy", "referral", """
The term "child prostitute" must never be used; this is child sexual abuse.
Rather than "drug runner", Kai should be described as a child who is being criminally exploited.
Avoid "promiscuous", as it blames the child for abuse done to her.
Instead of "owes a drug debt", the notes now say the adults are using a manufactured debt to control him.
Do not describe her as "complicit"; she was coerced.
It is wrong to say she "made bad choices" when the choices were made by the men abusing her.
"""),
    ("ok", "quoted_policy", "strategy", """
Staff were reminded that "consensual" is not appropriate language when a child is being groomed.
We should not record that he "refuses to engage"; services have not yet found a way to reach him.
The police log said "low level" but partners agreed the harm is serious.
Please remove "chose to go" from the chronology, because the adults arranged and paid for her travel.
The note describing him as "part of the gang" should be rewritten to say he is being exploited by a gang.
The worker wrote "sexually active", which was corrected to make clear that he was being raped.
"""),
    ("ok", "quoted_policy", "minutes", """
Chair corrected the phrase "risky lifestyle" to "being exploited by adults who target her".
The phrase "she's streetwise" was challenged because it adultifies a 13-year-old child.
The word "willing" was removed from the minutes because a child cannot consent to their own exploitation.
Members noted that "young man" should not be used for an 11-year-old.
The school's comment that she was "asking for it" because of how she dressed was challenged and withdrawn.
It was agreed to stop using "relationship" for contact between a 13-year-old girl and a 25-year-old man.
"One-off" was struck out of the record, since any sexual abuse of a child is significant.
Replace "boyfriend" with "the adult who is abusing her" throughout the report.
"""),

    # ------------------------------------------------------------------
    # OK: correct_usage
    # ------------------------------------------------------------------
    ("ok", "correct_usage", "case_note", """
amira is being sexually exploited by a group of adult men who give her alcohol and drugs
adults have groomed Kai into carrying drugs across county borders
he has been trafficked to Swansea by older males and made to stay in a flat w/ adults who use drugs
The abuse is not her fault, and we will keep telling her that.
We have not yet found a way to engage Ryan; next step is to try a worker he already trusts.
His mum is frightened because the men who exploit him have threatened the family.
"""),
    ("ok", "correct_usage", "referral", """
She was coerced into sending images by a man who then threatened to share them.
Tyler has been criminally exploited and is a potential victim of modern slavery.
A 24-year-old man is sexually abusing Leah, who is 14.
Mia is being groomed by an older man who buys her gifts and phone credit.
Ryan is a 15-year-old boy who is being sexually abused by a 24-year-old woman.
Jade is a child who has been raped by an adult she met online.
"""),
    ("ok", "correct_usage", "strategy", """
The men have created a false debt to control him and force him to sell drugs.
The perpetrators targeted Ruby because she was in care and isolated from her family.
Jordan was forced to conceal drugs internally by the adults controlling the line.
The child was found in a property used by adults to supply drugs; he is a victim and was safeguarded.
Kayla was intoxicated when she was raped, and responsibility lies entirely with the men who assaulted her.
The gang are using Jayden's fear of violence to keep him under their control.
"""),
    ("ok", "correct_usage", "minutes", """
It was agreed that she cannot consent to what is happening and that this is child sexual abuse.
The adults are exploiting her need for affection and belonging.
Services need to find better ways to build trust with Nadia, who has good reason to be wary of adults.
Each of Ellie's three missing episodes this month is believed to involve adults who are exploiting her.
Adults have given her drugs and alcohol to lower her resistance before abusing her.
Her abusers have made her feel responsible by telling her she owes them.
"""),

    # ------------------------------------------------------------------
    # OK: explained_acronym
    # ------------------------------------------------------------------
    ("ok", "explained_acronym", "case_note", """
referred to the Multi-Agency Safeguarding Hub (MASH) on monday after the disclosure
The young person (YP) attended with her aunt.
The return home interview (RHI) was completed by the missing person's worker.
The designated safeguarding lead (DSL) will contact her parents today.
Children's social care (CSC) will allocate a social worker this week.
"""),
    ("ok", "explained_acronym", "referral", """
A National Referral Mechanism (NRM) referral was submitted for Kai as a potential victim of trafficking.
Concerns about child criminal exploitation (CCE) were raised by the school.
Her child sexual exploitation (CSE) risk assessment was updated after the latest missing episode.
Child and Adolescent Mental Health Services (CAMHS) have accepted the referral.
Her education, health and care plan (EHCP) review is due next term.
"""),
    ("ok", "explained_acronym", "strategy", """
The Local Authority Designated Officer (LADO) was informed about the allegation against the coach.
A section 47 (s47) child protection enquiry was opened today.
An initial child protection conference (ICPC) has been booked for the 20th.
The Single Point of Contact (SPOC) at police has been updated.
Under the Modern Slavery Act (MSA) the adults involved could face trafficking charges.
"""),
    ("ok", "explained_acronym", "minutes", """
The MACE (multi-agency child exploitation) panel will review the plan on the 14th.
The Youth Offending Team (YOT) worker will attend the next meeting.
Child in Need (CIN) plan to continue for a further three months.
The Multi-Agency Risk Assessment Conference (MARAC) discussed the mother's situation.
A Team Around the Family (TAF) meeting has been arranged for Thursday.
The Public Law Outline (PLO) process has now started.
His looked-after child (LAC) review has been brought forward.
"""),

    # ------------------------------------------------------------------
    # OK: neutral
    # ------------------------------------------------------------------
    ("ok", "neutral", "case_note", """
her dad works as a car dealer on the industrial estate
he has joined a running club and goes every tuesday
Max keeps his football kit at his nan's house.
He has got a Saturday job working for a bakery on the high street.
Her foster carer's brother is a card dealer at the casino in town.
grandad used to be an antiques dealer and is teaching Leo about old coins
"""),
    ("ok", "neutral", "referral", """
Jodie's older sister is a mature student studying nursing at the local college.
Both aged 15, Sam and Priya have been dating since the start of year 10 and both sets of parents know.
Mum and her partner, who are both in their forties, have been together for ten years.
Dad has a new girlfriend, aged 38, who is supportive of the children.
Dad owes the council rent arrears and is working with a debt adviser.
Priya consented to her information being shared with the college nurse.
"""),
    ("ok", "neutral", "strategy", """
Keira's sister, who is 24, is engaged to her boyfriend of five years.
Mum's boyfriend is 45 and has had no previous involvement with services.
Lauren, 16, and her boyfriend, also 16, met at sixth form college.
Their neighbour is a retired police officer who runs a youth boxing club.
The aunt's partner works shifts and is happy to drive the children to school.
"""),
    ("ok", "neutral", "minutes", """
He chose chicken for tea and said he wanted to stay up to watch the football.
Her older brother, 22, and his girlfriend, 21, have offered to help with the move.
Tom is in a relationship with a classmate; both are in year 11 and the same age.
She went to a party with friends her own age and was collected by dad at 11pm.
The school's running track is being resurfaced over the summer holidays.
She has agreed to join the netball team and is looking forward to the first match.
Danny wants to be a chef and has applied for a catering course.
"""),
]


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def build_rows():
    rows = []
    for label, tag, style, text in BLOCKS:
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if label == "flag":
                rows.append({"text": line, "label": "flag", "category": tag,
                             "negative_kind": None, "style": style})
            else:
                rows.append({"text": line, "label": "ok", "category": None,
                             "negative_kind": tag, "style": style})
    return rows


def check(rows):
    errors = []
    seen = {}
    for r in rows:
        k = norm(r["text"])
        if k in seen:
            errors.append("duplicate: %r" % r["text"])
        seen[k] = True
        if r["style"] not in STYLES:
            errors.append("bad style: %r" % r)
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATEGORIES or r["negative_kind"] is not None:
                errors.append("bad flag row: %r" % r)
        elif r["label"] == "ok":
            if r["category"] is not None or r["negative_kind"] not in OK_KINDS:
                errors.append("bad ok row: %r" % r)
        else:
            errors.append("bad label: %r" % r)
        if r["negative_kind"] == "quoted_policy" and not re.search(r'"[^"]+"', r["text"]):
            errors.append("quoted_policy without double-quoted phrase: %r" % r["text"])
        # Outside jargon / explained_acronym, no runs of 2+ capital letters.
        if r["category"] != "jargon" and r["negative_kind"] != "explained_acronym":
            if re.search(r"[A-Z]{2,}", r["text"]):
                errors.append("capital run outside acronym groups: %r" % r["text"])
    counts = Counter(r["category"] or r["negative_kind"] for r in rows)
    for g in sorted(FLAG_CATEGORIES | OK_KINDS):
        if counts[g] < MIN_PER_GROUP:
            errors.append("too few in %s: %d" % (g, counts[g]))
    if len(rows) < MIN_TOTAL:
        errors.append("too few rows in total: %d" % len(rows))
    return errors, counts


def main():
    rows = build_rows()
    errors, counts = check(rows)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "K%03d" % i, "text": r["text"], "label": r["label"],
                    "category": r["category"], "negative_kind": r["negative_kind"],
                    "style": r["style"]})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set_k.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_flag = sum(1 for r in out if r["label"] == "flag")
    n_ok = len(out) - n_flag
    print("total %d  flag %d (%.1f%%)  ok %d (%.1f%%)" % (
        len(out), n_flag, 100.0 * n_flag / len(out), n_ok, 100.0 * n_ok / len(out)))
    for g in sorted(FLAG_CATEGORIES):
        print("flag  %-18s %d" % (g, counts[g]))
    for g in sorted(OK_KINDS):
        print("ok    %-18s %d" % (g, counts[g]))
    sc = Counter(r["style"] for r in out)
    print("styles:", dict(sorted(sc.items())))


if __name__ == "__main__":
    main()
