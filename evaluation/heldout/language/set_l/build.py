#!/usr/bin/env python3
"""Build evaluation set L for a victim-blaming / inappropriate-language checker.

Every sentence below was typed by hand. Nothing is generated, templated or
substituted. Each block is tagged (label, category-or-kind, style); one
sentence per line. Standard library only.
"""
import json
import os
import random
import re
import sys

FLAG_CATEGORIES = {
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
    ("flag", "consent_choice", "case_note", '''
she went with them willingly again, got in the car of her own accord
appears to be consenting to the sexual contact with the men at the flat
she is happy to go along with whatever the group ask of her, says she likes it
it seems he was a consenting participant in what was filmed on the phone
she enjoyed the attention and went along with it all willingly
Ellie is a willing victim tbh, she keeps ringing him
'''),
    ("flag", "consent_choice", "referral", '''
Jade was a willing participant in the sexual activity at the house on Friday evening.
She agreed to have sex with the older male in exchange for cigarettes and a lift home.
He voluntarily travelled to the coastal town with the men and stayed there for three days.
She freely agreed to send the images when he asked her to.
Nadia gave her consent to meeting the 30-year-old she had been talking to online.
'''),
    ("flag", "consent_choice", "strategy", '''
Police view is that Tyler is complicit in what is going on and has not been forced into anything.
Grace is actively seeking out contact with these adults and is a willing party to it.
He has made up his mind to keep returning to the men despite being warned by officers.
Her involvement with the males at the hostel was entirely by choice.
Agreed that the sexual activity appears to have been consensual on her part.
'''),
    ("flag", "consent_choice", "minutes", '''
Social worker reported that Leah wants to be with him and has made that decision for herself.
School stated she was up for it according to her friends and went upstairs with him by choice.
Lily-Mae is choosing to have contact with the males and does not see any problem with it.
Foster carer said she opted to spend the night at the men's address rather than come home.
Mason said yes to their offer and knowingly joined in with what they were doing.
Chair noted that Keeley chose to get into the car knowing what would happen at the address.
'''),
    # ------------------------------------------------------------------
    # FLAG: blame_cause
    # ------------------------------------------------------------------
    ("flag", "blame_cause", "case_note", '''
if she had not been so drunk this would never have happened to her
being out past curfew with older girls is what got her hurt
she brought this on herself with the pics she was posting
the way she dresses makes her look older and thats why these men go for her
it was her lateness getting home that caused the incident with the taxi driver
'''),
    ("flag", "blame_cause", "referral", '''
The men targeted her because of the short skirts and crop tops she wears.
Her provocative selfies on social media are the reason the men contacted her.
She was assaulted as a result of her drinking in the park.
Sending pictures of herself to strangers resulted in the blackmail.
Her make-up and the way she presents herself drew the attention of the perpetrators.
'''),
    ("flag", "blame_cause", "strategy", '''
Her lying to staff about where she was going is what led to the assault.
Because she keeps coming back late at night, she got picked up by the group.
His cocky attitude with older lads is why he got stabbed.
His disruptive behaviour in school led to him being groomed by the dealers.
Had he stayed in school rather than truanting he would not have been recruited.
'''),
    ("flag", "blame_cause", "minutes", '''
Police officer commented that Amber's choice of friends is the cause of the abuse she has suffered.
Residential staff feel her flirtatious manner encouraged the men to approach her.
It was noted that his lies to his mum enabled the exploitation to carry on for months.
Health colleague stated that the abuse happened because of her heavy cannabis use.
Chair summarised that her aggressive attitude is the reason the men turned on her.
Teacher said she was raped because she kept running away from her placement.
'''),
    # ------------------------------------------------------------------
    # FLAG: age_relationship
    # ------------------------------------------------------------------
    ("flag", "age_relationship", "case_note", '''
14yo female in a relationship with a 22yo male, he is known to police
bf is 21, she's 14, been together about 6 months
15 y/o girl living with her older boyfriend (approx 30) since leaving care
year 10 student going out with a man in his early thirties
13 yr old and her 19 yr old boyfriend were found together in his car
'''),
    ("flag", "age_relationship", "referral", '''
Her boyfriend is 24 and she is fifteen.
Chloe (13) has been dating a man in his twenties whom she met at the shopping centre.
Ruby, aged 12, is reported to be seeing a 28-year-old man from the estate.
She has been in a sexual relationship with her 25-year-old partner since she was 13.
Tia, fourteen, is engaged to a 38-year-old man.
'''),
    ("flag", "age_relationship", "strategy", '''
Information that Callum (14) has an older girlfriend aged 26.
The couple met online; she is thirteen and he is twenty-three.
She is in Year 9 and her partner is 19.
Her older boyfriend (20) picks her up from school most days; she is 14.
Her relationship with the adult male, who is in his mid-twenties, began when she was in Year 8.
'''),
    ("flag", "age_relationship", "minutes", '''
Mum is aware that her daughter (15) is dating a 29-year-old.
Jamie, 15, and his 35-year-old partner have been together since the spring.
She is 15 and has been going out with Darren, who is 27, for around a year.
Kai, 14, has a girlfriend of 22 who works at the takeaway.
School reported the 12-year-old's boyfriend is believed to be 18 or 19.
'''),
    # ------------------------------------------------------------------
    # FLAG: criminalising
    # ------------------------------------------------------------------
    ("flag", "criminalising", "case_note", '''
he's been serving up to users in the park most evenings
caught holding for the older lads when police stopped the car
he has been plugging drugs and selling to regulars on the estate
14 yr old involved in drug supply, earning around £200 a week from his own customers
noted to be trapping from a flat in the town centre with other members of the group
'''),
    ("flag", "criminalising", "referral", '''
He is a runner for a county line operating out of the city.
Jayden has been shotting weed outside the school gates.
Known drug dealer, 15, arrested with wraps hidden in his sock.
She is a county lines courier who regularly carries packages across the county.
He is an active offender within the line and was arrested on Saturday.
'''),
    ("flag", "criminalising", "strategy", '''
Marcus is working for an older group who run the estate.
She is part of the gang and keeps drugs for them in her bedroom.
He owes a drug debt of £600 and is paying it off by doing deliveries.
He runs the line between here and the coast at weekends.
He ran up a debt to the gang after losing a package and now works to repay it.
'''),
    ("flag", "criminalising", "minutes", '''
Police stated the boy is a gang member and associates with other known offenders.
Head of year reported that Josh is dealing cannabis to younger pupils in his year.
Officer described him as a drug mule who moves class A for the group.
He is a key player in the local drug market and recruits others, according to police.
Rhys is now a lieutenant in the gang and has his own phone line.
'''),
    # ------------------------------------------------------------------
    # FLAG: minimising
    # ------------------------------------------------------------------
    ("flag", "minimising", "case_note", '''
hard to reach young man, wouldn't answer the door again
he won't engage, so there's not much more we can do
it was a bit of harmless fun between her and the older lads
only a kiss and a grope, nothing serious
he's just experimenting with older mates and weed, nothing sinister
'''),
    ("flag", "minimising", "referral", '''
This appears to be a one-off and there are no ongoing concerns.
Concerns are low level at this stage and do not meet threshold.
Sophie refuses to engage with any service offered, so the case will be closed.
The incident was minor and she seems fine now.
Only a couple of images were shared, so the impact on her is minimal.
'''),
    ("flag", "minimising", "strategy", '''
The sexual comments from the men at the shop were just banter.
Staying over at older men's houses is normal for her.
The touching was only horseplay and she laughed it off.
Amelia is non-compliant with the safety plan and keeps ignoring her worker.
She has gone missing so often that one more episode is nothing unusual.
'''),
    ("flag", "minimising", "minutes", '''
She declined support, so no further action.
Family report he is just going through a phase with that group.
Agreed to close as she will not work with professionals.
Police view is that her missing episodes are attention-seeking and nothing to worry about.
Worker noted he has been resistant to all intervention and is unwilling to engage.
Child is disengaged and keeps missing appointments, so the case is to close.
'''),
    # ------------------------------------------------------------------
    # FLAG: adultifying
    # ------------------------------------------------------------------
    ("flag", "adultifying", "case_note", '''
he's very streetwise and can look after himself
she's 14 going on 30 and more than capable of handling herself
the young lady, 10, was seen leaving the flat with an older male
he's savvy and independent, runs his own life, doesnt need mum
tough lad who knows how the streets work
'''),
    ("flag", "adultifying", "referral", '''
She is mature for her age and knows exactly what she is doing.
The young man, aged 11, was found at the address with three adults.
This young woman (12) was stopped by police at the train station late at night.
Twelve-year-old Aiden is a young man who knows his own mind.
She is an adult in all but name.
'''),
    ("flag", "adultifying", "strategy", '''
At 13 she is a young woman who can handle these men.
He presents as a grown man and is well able to protect himself.
Tom is street smart and copes fine in those environments.
Given her maturity she was not considered to need a protective response.
She is a sophisticated girl who is able to manipulate the adults around her.
'''),
    ("flag", "adultifying", "minutes", '''
Police said Jack acts like an adult and should be able to make his own decisions.
It was noted he is worldly-wise and does not need the protection a younger child would.
Leon, 13, is the man of the house now and sees himself as the provider for the family.
Chair commented that he is old beyond his years and can be trusted to manage his own safety.
Officer said she carries herself like a woman and was dealt with as one.
She is sexually mature and understood the situation as an adult would.
'''),
    # ------------------------------------------------------------------
    # FLAG: self_risk
    # ------------------------------------------------------------------
    ("flag", "self_risk", "case_note", '''
she is sexually active with lots of different people and puts herself in vulnerable situations
his risk-taking behaviour means he ends up in dangerous places
her chaotic lifestyle is putting her in the path of predatory adults
he's his own worst enemy, always putting himself in risky spots
she is sleeping around and this leaves her open to being abused
'''),
    ("flag", "self_risk", "referral", '''
She continues to put herself at risk by going to parties with older men.
Due to her risky lifestyle she is vulnerable to exploitation.
She is promiscuous and has had a number of older sexual partners.
Mia is exposing herself to significant risk by meeting men from the internet.
The girl is promiscuous and seeks out sexual attention online.
'''),
    ("flag", "self_risk", "strategy", '''
He is placing himself in danger by hanging around the estate late at night.
Her poor choices are putting her at risk of harm.
He keeps making bad decisions that expose him to exploitation.
Lacey is placing herself in harm's way by going missing.
He actively puts himself in harm's way by travelling to other towns.
'''),
    ("flag", "self_risk", "minutes", '''
School feel she makes unwise choices about who she spends time with, which increases her risk.
Youth worker described him as a risk to himself because of the company he chooses to keep.
Freya continues to engage in high-risk behaviour with unknown adults.
Her lifestyle choices make her vulnerable to older males, the panel heard.
It was agreed she is at risk because she will not stop going to the takeaway where the men hang out.
'''),
    # ------------------------------------------------------------------
    # FLAG: jargon (unexplained acronyms / shorthand, nothing else wrong)
    # ------------------------------------------------------------------
    ("flag", "jargon", "case_note", '''
YP discussed at MACE today, risk remains high.
RHI completed by MFH worker, no disclosures made
DSL to update CSC on attendance and any further contact from the males
EH worker to complete TAF with mum next wk
ICS updated and TM informed
'''),
    ("flag", "jargon", "referral", '''
Referral sent to MASH following disclosure to a teacher at school.
NRM submitted by police and awaiting a reasonable grounds decision.
CSE screening tool completed and scored as high.
CAMHS referral made, currently awaiting triage.
PPN submitted by officers after he was found in another force area.
'''),
    ("flag", "jargon", "strategy", '''
s47 to be initiated, ICPC to be booked within 15 working days.
LADO informed re concerns about the football coach.
CCE concerns raised by YOT worker at the last review.
Concerns shared with CAIU, joint visit planned for Thursday.
PNC checks completed on both adults and passed to the DS.
'''),
    ("flag", "jargon", "minutes", '''
CIN plan to continue, review in 3 months.
Child now subject to a CP plan under the category of sexual abuse.
IRO advised that the LAC review be brought forward.
Discussed at MARAC, IDVA allocated to mum.
NFA from police, but CSC to keep open as CIN.
Outcome: s47 to proceed and CE risk assessment to be updated.
'''),
    # ------------------------------------------------------------------
    # OK: adult_action
    # ------------------------------------------------------------------
    ("ok", "adult_action", "case_note", '''
the older males were shotting from the stairwell and got younger boys to keep watch
Mr D admitted in interview he paid her in cigarettes and alcohol
the 45 yr old landlord told police the girls were willing and came of their own accord
man's texts call her his partner and talk about their future together
'''),
    ("ok", "adult_action", "referral", '''
The 26-year-old man told officers that she was his girlfriend.
Adults running the county line recruited him through an older cousin.
The men supplied her with vodka and cannabis before abusing her.
He was groomed by a dealer in his thirties who gave him a phone and new trainers.
Mr T was arrested for supplying class A drugs from the flat.
The abuser told her she was mature for her age and that they were in love.
'''),
    ("ok", "adult_action", "strategy", '''
The suspect claimed in interview that she had agreed to everything.
The older male described the relationship as consensual in his prepared statement.
The adults controlling the line set him a debt after staging a robbery of the package.
Police believe the 30-year-old is dealing heroin from his car outside the school.
The taxi driver chose to pick up girls from the children's home and drive them to parties.
The adult was holding the children's phones so that he could control who they spoke to.
'''),
    ("ok", "adult_action", "minutes", '''
Police reported that the perpetrator boasted to friends that she "wanted it".
The man who runs the line is using local children to move drugs, officers confirmed.
In his interview the 34-year-old said she was "streetwise" and knew what she was doing.
Adults in the group created the debt so he would feel he owed them.
He groomed her family too, introducing himself to her mum as her boyfriend.
An adult male known locally as "Ghost" has been serving up from the property and using children as lookouts.
'''),
    # ------------------------------------------------------------------
    # OK: correct_usage
    # ------------------------------------------------------------------
    ("ok", "correct_usage", "case_note", '''
she is 14 and cannot consent to sexual activity with an adult, this is child sexual abuse
he is a victim of exploitation and the debt was manufactured to control him
she was trafficked to another town and made to sell drugs by the adults controlling the line
men exploited her dependency on cannabis to keep her returning to the flat
agencies have not yet found a way of working with Jay that feels safe to him
'''),
    ("ok", "correct_usage", "referral", '''
Liam has been criminally exploited by adults who coerced him into carrying drugs.
The 24-year-old man groomed her over several months using gifts and attention.
She was raped by two adult men at the address.
Kayden is a 15-year-old child being abused by a 27-year-old man; they are not a couple.
He is being exploited to move drugs across county boundaries and is at significant risk of harm.
The man used her fear of getting into trouble to stop her telling anyone.
'''),
    ("ok", "correct_usage", "strategy", '''
Responsibility for the abuse lies entirely with the adults involved.
Her clothing and alcohol use are not relevant to the fact that she was abused.
The adults targeted her because she was in care and isolated from her family.
He was coerced into hiding drugs after threats were made against his younger sister.
The power imbalance, her age and the grooming mean she could not freely consent.
Adults have been controlling and coercing her through threats of violence.
'''),
    ("ok", "correct_usage", "minutes", '''
Chair was clear that he is a child who has been exploited, not an offender.
Despite her saying she loves him, this is grooming by an adult in a position of power.
The abuser manipulated her into believing what was happening was normal.
Her going missing is an indicator that she is being exploited, and we need to understand what is happening to her.
Professionals agreed that services must find ways to build trust with her rather than waiting for her to come to us.
'''),
    # ------------------------------------------------------------------
    # OK: quoted_policy
    # ------------------------------------------------------------------
    ("ok", "quoted_policy", "case_note", '''
we agreed not to write "just banter" as the messages were sexual and came from adults
manager said don't put "refuses to engage" - record what we've tried and what hasn't worked for him
"Hard to reach" changed to "not yet reached by services" after supervision
rather than "shotting", record that he was exploited to sell drugs for older males
'''),
    ("ok", "quoted_policy", "referral", '''
Please avoid "putting herself at risk"; she is being placed at risk by adults who are exploiting her.
The report originally said "he is a drug runner" and this has been amended to say he is being criminally exploited.
We should not describe her as "promiscuous", because she is a child being sexually abused.
"Consensual" is inappropriate here, as a 13-year-old cannot consent.
Her clothing was described as "provocative" in the first draft; this was removed because it blames the victim.
Do not record "gang member" for Dre; he is a child at risk of criminal exploitation.
'''),
    ("ok", "quoted_policy", "strategy", '''
Replace "she chose to go with them" with "she was taken to the address by the men".
The word "debt" should not be framed as his; it was imposed by the adults to control him.
It is not "low level" exploitation, as any exploitation of a child causes harm.
Avoid saying he was "dealing"; say he was being made to sell drugs by adults.
The phrase "in a relationship" should be replaced with "being groomed by an adult".
Police notes describing her as "a willing participant" were challenged by the social worker.
'''),
    ("ok", "quoted_policy", "minutes", '''
Chair asked that the phrase "her boyfriend" is not used, as he is a 23-year-old man abusing a 14-year-old.
Language such as "streetwise" and "mature for his age" was challenged at the meeting because it overlooks his vulnerability.
The chair corrected "young woman" in the draft, as Maisie is 12 and is a child.
The phrase "she lied about where she was" was struck out, since abusers often tell children to keep secrets.
Social worker challenged "she's up for it" in the police log as victim-blaming language.
Manager noted that "lifestyle choice" is not appropriate wording for a 15-year-old who is being sexually exploited.
'''),
    # ------------------------------------------------------------------
    # OK: explained_acronym
    # ------------------------------------------------------------------
    ("ok", "explained_acronym", "case_note", '''
return home interview (RHI) done by independent worker, she talked about school mostly
Designated Safeguarding Lead (DSL) at school will keep an eye on attendance
Early Help (EH) assessment closed and stepped up to social care
child exploitation (CE) risk assessment updated by allocated worker today
Police National Computer (PNC) checks completed on both adult males
'''),
    ("ok", "explained_acronym", "referral", '''
A referral was made to the Multi-Agency Safeguarding Hub (MASH) the same afternoon.
A National Referral Mechanism (NRM) referral has been submitted as he may be a victim of trafficking.
Concerns about child sexual exploitation (CSE) were first raised by her school in March.
A Child and Adolescent Mental Health Services (CAMHS) assessment has been requested.
Referral to Children's Social Care (CSC) was made by the school nurse.
Police submitted a Public Protection Notice (PPN) after finding him in a flat in another town.
'''),
    ("ok", "explained_acronym", "strategy", '''
The strategy meeting agreed that a Section 47 (s47) enquiry should begin today.
There are indicators of child criminal exploitation (CCE), including unexplained cash and a second phone.
The Local Authority Designated Officer (LADO) has been informed about the concerns regarding the youth worker.
An Initial Child Protection Conference (ICPC) is booked for the 14th.
A referral to the Independent Child Trafficking Guardian (ICTG) service has been requested for him.
'''),
    ("ok", "explained_acronym", "minutes", '''
Case was discussed at the Multi-Agency Child Exploitation (MACE) panel on Tuesday.
He remains open to the Youth Offending Team (YOT) following an earlier caution.
A Child in Need (CIN) plan will be put in place, with a review in three months.
An Independent Domestic Violence Advisor (IDVA) has been offered to mum.
Independent Reviewing Officer (IRO) to chair the looked after review next month.
Child Protection (CP) plan agreed under the category of sexual abuse.
'''),
    # ------------------------------------------------------------------
    # OK: neutral
    # ------------------------------------------------------------------
    ("ok", "neutral", "case_note", '''
he has joined a running club and goes every sat morning
her bf is in her year at school, both 14, parents know each other
she wants to go to college to do hair and beauty
he chose pizza when I took him out for tea
nan's boyfriend, who is 62, drives her to contact
'''),
    ("ok", "neutral", "referral", '''
Dad works as a car dealer on the retail park.
Mum is a mature student studying nursing at the local college.
Sophie consented to the referral to the young people's counselling service.
Mum and her partner have been together for eight years and are supportive of the children.
Her aunt works as a blackjack dealer at the casino in town.
Dad runs a small building firm and is out early most days.
'''),
    ("ok", "neutral", "strategy", '''
Both 15, she and her boyfriend from the same class have been together since Easter, and no concerns have been raised.
His older brother, 24, is dating a colleague from work.
The teenager agreed to a medical examination after talking it through with her mum.
Mum's partner is a taxi driver and works nights.
He has been holding down a Saturday job at the bakery since the summer.
'''),
    ("ok", "neutral", "minutes", '''
She has agreed to meet her social worker at school on Wednesdays.
Dylan is in the school football team and plays up front.
She is choosing her options for Year 10 and is keen on art.
The family keep a running list of appointments on the fridge.
Both 16, Kasey and her girlfriend go to the same sixth form and met through drama club.
Her older sister, a young woman of 22, has offered to help with school runs.
'''),
]


def norm(s):
    return " ".join(s.lower().split())


def main():
    rows = []
    errors = []
    seen = {}
    for label, kind, style, block in BLOCKS:
        if label not in ("flag", "ok"):
            errors.append("bad label %r" % label)
            continue
        if style not in STYLES:
            errors.append("bad style %r" % style)
        for line in block.split("\n"):
            text = line.strip()
            if not text:
                continue
            key = norm(text)
            if key in seen:
                errors.append("duplicate: %r (also %r)" % (text, seen[key]))
                continue
            seen[key] = text
            if label == "flag":
                category, negative_kind = kind, None
            else:
                category, negative_kind = None, kind
            rows.append({
                "text": text,
                "label": label,
                "category": category,
                "negative_kind": negative_kind,
                "style": style,
            })

    # Row-level checks
    for r in rows:
        t = r["text"]
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATEGORIES or r["negative_kind"] is not None:
                errors.append("bad flag row: %r" % t)
        else:
            if r["category"] is not None or r["negative_kind"] not in OK_KINDS:
                errors.append("bad ok row: %r" % t)
        if r["style"] not in STYLES:
            errors.append("bad style: %r" % t)
        if r["negative_kind"] == "quoted_policy" and not re.search(r'"[^"]+"', t):
            errors.append("quoted_policy without double-quoted phrase: %r" % t)
        kind = r["category"] or r["negative_kind"]
        caps = re.search(r"[A-Z]{2,}", t)
        if kind in ("jargon", "explained_acronym"):
            if not (caps or re.search(r"\bs47\b", t)):
                errors.append("no acronym in %s row: %r" % (kind, t))
            if kind == "explained_acronym" and not re.search(r"\([A-Za-z0-9]{2,}\)", t):
                errors.append("explained_acronym without (ACRONYM): %r" % t)
        elif caps:
            errors.append("capital run outside acronym kinds: %r" % t)

    # Count checks
    counts = {}
    for r in rows:
        k = (r["label"], r["category"] or r["negative_kind"])
        counts[k] = counts.get(k, 0) + 1
    for c in sorted(FLAG_CATEGORIES):
        if counts.get(("flag", c), 0) < 16:
            errors.append("flag/%s has only %d" % (c, counts.get(("flag", c), 0)))
    for k in sorted(OK_KINDS):
        if counts.get(("ok", k), 0) < 16:
            errors.append("ok/%s has only %d" % (k, counts.get(("ok", k), 0)))
    if len(rows) < 230:
        errors.append("only %d rows in total" % len(rows))

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rng = random.Random(20261206)
    rng.shuffle(rows)
    width = max(3, len(str(len(rows))))
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append({
            "id": "L%0*d" % (width, i),
            "text": r["text"],
            "label": r["label"],
            "category": r["category"],
            "negative_kind": r["negative_kind"],
            "style": r["style"],
        })

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set_l.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n_flag = sum(1 for r in out_rows if r["label"] == "flag")
    n_ok = len(out_rows) - n_flag
    print("total %d  flag %d (%.1f%%)  ok %d (%.1f%%)" % (
        len(out_rows), n_flag, 100.0 * n_flag / len(out_rows),
        n_ok, 100.0 * n_ok / len(out_rows)))
    for (label, k), n in sorted(counts.items()):
        print("  %-4s %-18s %d" % (label, k, n))
    styles = {}
    for r in out_rows:
        styles[r["style"]] = styles.get(r["style"], 0) + 1
    print("  styles:", ", ".join("%s %d" % (s, styles[s]) for s in sorted(styles)))


if __name__ == "__main__":
    main()
