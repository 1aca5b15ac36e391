#!/usr/bin/env python3
"""Build evaluation set P for a safeguarding language checker.

Every sentence below was typed by hand, one per line, inside a string block
tagged (label, category-or-negative_kind, style). Nothing is generated.
All checks run before anything is written; on any failure the script stops
with an error and writes no file.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "set_p.jsonl")
OUT_README = os.path.join(HERE, "README_set_p.md")
SEED = 20261210
DATE = "2026-12-06"

FLAG_CATS = ["consent_choice", "blame_cause", "age_relationship", "criminalising",
             "minimising", "adultifying", "self_risk", "jargon"]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage", "explained_acronym", "neutral"]
STYLES = ["case_note", "referral", "strategy", "minutes"]
MIN_FLAG_PER_CAT = 20
MIN_OK_PER_KIND = 22
MIN_OK_TOTAL = 115
MIN_TOTAL = 300

BLOCKS = [
    # ------------------------------------------------------------------
    # FLAG: consent_choice
    # ------------------------------------------------------------------
    ("flag", "consent_choice", "case_note", """
Visited Kayla at home; she openly says she is choosing to go to the parties at the flat on Ashby Road.
Tiegan told me she likes the men and seems happy to go along with whatever they ask of her.
Chantelle went off with the older males of her own accord again last night, so I did not escalate.
Spoke to Amira about the photos; she sent them willingly and knew exactly who she was sending them to.
Reece appears to be a willing participant in the drug running and has not asked for help.
Skye chose not to engage with me today and made it clear she would rather be with her friends from the flat.
"""),
    ("flag", "consent_choice", "referral", """
Ruby is making lifestyle choices that are bringing her into contact with exploitative adults.
We understand that the sexual activity with the 20-year-old was consensual, but mum remains worried.
Jasmine has been trading sex for cannabis and phone credit with men in the town centre.
Callum appears to have agreed to hold drugs for the group in return for trainers and cash.
Shannon is voluntarily returning to the address despite being told by police it is unsafe.
Mason is said to be complicit in his own exploitation as he keeps contacting the men for work.
"""),
    ("flag", "consent_choice", "strategy", """
Leah is consenting to sexual contact with adults at the house and does not see herself as a victim.
Risk is assessed as medium because Brandon is actively choosing this lifestyle rather than being forced.
Tyler has decided he wants to work for the line, so disruption may have limited effect.
Demi is engaging in sexual activity with older males in exchange for lifts, alcohol and somewhere to stay.
Police view the contact as mutual, as Poppy went to the hotel willingly and stayed the night.
Kai is not being coerced as far as we can see; he is in it for the money.
"""),
    ("flag", "consent_choice", "minutes", """
Youth worker reported that Maisie wants to be there and enjoys the attention she gets from the men.
School noted that Keelan has signed up to the dealing and is doing it because he wants to.
The chair summarised that Nadia was not forced and went to the party knowing what would happen.
Police advised that Harvey's involvement appears to be his own choice as he was not under threat.
Health colleague said Sophie had agreed to meet the man and did so with her eyes open.
Members agreed Ellie-Mae is selling sexual favours for money and that this is her decision.
"""),
    # ------------------------------------------------------------------
    # FLAG: blame_cause
    # ------------------------------------------------------------------
    ("flag", "blame_cause", "case_note", """
Kayla's provocative clothing and behaviour are drawing the men's attention to her.
Jordan has brought this on himself by hanging around with the wrong crowd.
If Amira had stayed at home as she was told, none of this would have happened.
Liam has only himself to blame for the debt, as he was the one who lost the package.
Chantelle is flirtatious with older males and leads them on, which is how these situations start.
Reminded Tiegan that she keeps ignoring advice and that the assault was the consequence of that.
"""),
    ("flag", "blame_cause", "referral", """
Poppy's promiscuous behaviour is the main reason she is coming to the attention of these men.
Skye is manipulative and uses older men to get what she wants, so the risk arises from her own conduct.
Dylan's drug use is what led to him being targeted, and until he stops nothing will change.
Ruby lied about where she was going, and as a result she ended up being assaulted at the party.
Harvey knew full well what he was getting into when he started going to the trap house.
The incident occurred after Maisie sent sexual images of herself, which effectively invited the approach.
"""),
    ("flag", "blame_cause", "strategy", """
Nadia's attention-seeking behaviour is the root cause of the exploitation and should be the focus of work.
Keelan's poor decision-making has resulted in him being stabbed, and he needs to own that.
Demi is her own worst enemy and repeatedly undoes the work of professionals.
Mason's rudeness to officers means he is partly responsible for how he has been treated.
The work should target Sophie's behaviour, since it is her conduct that keeps bringing the men back.
Callum got himself into the debt bondage by accepting the free cannabis in the first place.
"""),
    ("flag", "blame_cause", "minutes", """
Police stated that Leah was drunk and flirting, which contributed to what happened at the party.
School reported that Brandon's choice of friends is the cause of the trouble he is in.
The foster carer felt that Jasmine invites this attention by the way she talks to men online.
Members noted that Ellie-Mae has repeatedly been warned, so the responsibility now sits with her.
Health said Kai's own behaviour had escalated things with the older group and provoked the attack.
The chair observed that Shannon was at fault for going back to the flat after the first incident.
"""),
    # ------------------------------------------------------------------
    # FLAG: age_relationship
    # ------------------------------------------------------------------
    ("flag", "age_relationship", "case_note", """
Kayla talked about her boyfriend, Dean, who is 24 and has his own flat.
Shannon spent the weekend with her partner, who is 31, and came home happy.
Amira says she is in love with the 27-year-old man from the shop and that they are together now.
Poppy and her older boyfriend, who is in his twenties, have split up, and she is upset about the break-up.
Skye's relationship with the 26-year-old seems to be over, which she says was her decision.
Leah stayed over at her fiancé's house; he is 29 and works nights.
"""),
    ("flag", "age_relationship", "referral", """
Maisie, aged 13, is dating a 19-year-old man she met through a friend.
Ruby has an older partner of 23 who supplies her with cigarettes and pays for her nails.
Tiegan is in a relationship with a man in his thirties, and mum does not approve.
Jasmine has been sleeping with a 22-year-old whom she describes as her man.
The couple have been seeing each other for four months; he is 23 and collects her from school in his car.
Nadia has a sugar daddy who buys her clothes and takes her out in his car.
"""),
    ("flag", "age_relationship", "strategy", """
The age gap of seven years is not in itself a concern given that Ellie-Mae is 15 and the relationship appears stable.
Demi and her boyfriend, Mr Kaur, aged 28, are to be seen together to discuss safe sex.
Sophie's partner, a 25-year-old known to police, may not be a good influence on her.
Chantelle had sex with the 23-year-old at his flat after they had been out together.
Callum's girlfriend, who is 21, is believed to be encouraging his cannabis use.
The plan is to support Kayla to end the relationship with Dean, who is 24, in a way she feels comfortable with.
"""),
    ("flag", "age_relationship", "minutes", """
Police confirmed that Leah's boyfriend is 27 and has previous convictions for violence.
The social worker reported that Shannon and her partner, aged 31, are planning to move in together when she turns 16.
School noted that Maisie's boyfriend, who is 19, waits for her at the gates most afternoons in a silver car.
Members discussed Poppy's ex-partner, a 30-year-old man, who is still messaging her.
The youth worker said Brandon is seeing an older woman of 25 who he met at the gym.
Health reported that Jasmine and her partner attended the clinic together for contraception; he is 34.
"""),
    # ------------------------------------------------------------------
    # FLAG: criminalising
    # ------------------------------------------------------------------
    ("flag", "criminalising", "case_note", """
Jordan is a drug dealer and has been running a line from his bedroom.
Kai absconded from the placement at 9pm and was found by police the following morning.
Reece admitted he is a gang member and has been for about a year.
Tyler is a known runner for the Midlands line and was caught with drugs on him again.
Demi is recruiting younger girls for the men and is part of the problem.
Liam is a prolific offender in the area and has a criminal lifestyle.
"""),
    ("flag", "criminalising", "referral", """
Chantelle is a child prostitute working out of the hotel near the station.
Mason is a perpetrator of knife crime and poses a significant risk to other pupils.
Callum is selling drugs in the town centre and is linked to a criminal network.
Harvey has been absconding from care on a regular basis to go dealing.
Skye is working as a teenage prostitute and is known to hotel staff.
Keelan is a young offender who should face the consequences of his actions.
"""),
    ("flag", "criminalising", "strategy", """
Brandon is one of the main players in the county line and needs to be treated as such.
Dylan is running the line for the Leeds group and is collecting debts from other users.
Enforcement should target Jordan as the dealer, with safeguarding for the younger children he is using.
Nadia is acting as a madam for the group, so police will consider arrest.
Reece is a drug mule and his criminal activity needs to stop.
Kai's offending behaviour is escalating and his criminal peers are influencing him.
"""),
    ("flag", "criminalising", "minutes", """
Police reported that Mason was arrested for possession with intent and is well known as a dealer.
The chair noted that Harvey has absconded four times this month.
School described Liam as a gang-affiliated youth who deals on site.
Members agreed that Ellie-Mae is prostituting herself and that police would lead.
Youth justice reported that Tyler is entrenched in criminality and is a danger to the community.
Police said Brandon is a seasoned drug runner and described him as the ringleader among the younger boys.
"""),
    # ------------------------------------------------------------------
    # FLAG: minimising
    # ------------------------------------------------------------------
    ("flag", "minimising", "case_note", """
Kayla was only missing for a few hours, so I did not feel it warranted a return interview.
The man only touched Amira over her clothes, so this was at the lower end.
Poppy has been sexting with an older lad, which seems like normal teenage behaviour.
Reece had a bit of a scrape with the older boys, but no real harm was done.
Skye had a fling with a man she met at the fair; it seems to have fizzled out.
Jordan came home safe after three days away, so no further concerns at this stage.
"""),
    ("flag", "minimising", "referral", """
This is low-level grooming at most, and Ruby appears to be coping well.
There was some horseplay between Tyler and the older males, resulting in a few bruises.
It was just a few images of Leah, and they have probably been deleted by now.
Leah has been experimenting with older men and alcohol as many girls her age do.
The incident in the park with the man and Maisie was a one-off and is unlikely to happen again.
Kai got a slap from the older lads over some money, which is pretty standard for that group.
"""),
    ("flag", "minimising", "strategy", """
The online contact is fairly harmless chat and does not reach the threshold for further work.
Maisie's missing episodes are more of a nuisance than a risk and can be managed by the home.
The men were just giving Nadia lifts and the odd gift, so the concern seems overstated.
Callum's involvement is only minor as he only carries small amounts.
This looks like a teenage phase that Demi will grow out of.
Although Chantelle was found in a hotel room with two adults, she was unharmed and in good spirits, so risk is low.
"""),
    ("flag", "minimising", "minutes", """
Police described the messages as banter between Sophie and the 20-year-old.
The chair suggested the assault was a misunderstanding at a party that got out of hand.
School felt the nude image was just kids being silly and had dealt with it internally.
Members agreed that Harvey's carrying for the older boys was small fry compared with other cases.
The social worker said Brandon had been slightly groomed but was not really exploited.
Health reported that the sexual contact was only the once and Jasmine seemed fine afterwards.
"""),
    # ------------------------------------------------------------------
    # FLAG: adultifying
    # ------------------------------------------------------------------
    ("flag", "adultifying", "case_note", """
Kayla is 14 going on 25 and knows exactly what she is doing.
Jordan is a big, intimidating young man and is well able to look after himself.
Tiegan is very streetwise and more than capable of handling these men.
Amira presents as a young woman much older than her 13 years and dresses accordingly.
Liam is the man of the house and takes on an adult role, so he is used to making his own decisions.
Poppy is very mature for her age and is sexually experienced.
"""),
    ("flag", "adultifying", "referral", """
Although Skye is 15, she is a grown woman in all but name.
Reece is physically developed and could easily pass for 20, so adults would not know he is a child.
Ruby is worldly-wise and knows how to work the system.
Keelan is 16 and is effectively an adult, so it is up to him whether he accepts support.
Chantelle looks and acts like an adult woman, and professionals should treat her accordingly.
Tyler is a hardened young man rather than a vulnerable child.
"""),
    ("flag", "adultifying", "strategy", """
Mason should be spoken to as an adult given his size and his attitude.
Leah is savvy and resilient and is unlikely to be manipulated by anyone.
Demi is old enough to know better and understands the consequences of her actions.
Callum has an adult head on his shoulders and will make his own choices about this.
Given that Nadia is 17 and nearly an adult, a lighter-touch response is proportionate.
Harvey is an experienced operator who is more adult than child in this context.
"""),
    ("flag", "adultifying", "minutes", """
Police described Dylan as a young man who is fully aware of what he is involved in.
The chair noted that Maisie is a sexually mature young woman, even though she is 14.
School said Brandon comes across as much older than his 13 years and is not easily intimidated.
Members felt that Sophie is very knowing and street-smart, so she is less at risk than younger girls.
The youth worker described Ellie-Mae as a 15-year-old who acts like she is 30.
Health said Jasmine was a confident young lady who could hold her own with the older men.
"""),
    # ------------------------------------------------------------------
    # FLAG: self_risk
    # ------------------------------------------------------------------
    ("flag", "self_risk", "case_note", """
Kayla continues to put herself at risk by going to the flat on Ashby Road.
Jordan keeps placing himself in dangerous situations with the older group.
Amira is exposing herself to harm by meeting men she has met online.
Poppy has been getting into cars with unknown males late at night.
Reece is making himself vulnerable by staying out until the early hours.
Talked to Skye about her risk-taking behaviour and how she puts herself in harm's way.
"""),
    ("flag", "self_risk", "referral", """
Ruby is engaging in risky behaviour, including going to parties with adults she does not know.
Tyler is placing himself at significant risk of harm through his associations.
Leah's risk comes mainly from her own choices about where she goes and who with.
Kai regularly frequents known drug addresses, which exposes him to exploitation.
Chantelle puts herself in risky situations when she drinks.
Mason is at risk because of the company he chooses to keep.
"""),
    ("flag", "self_risk", "strategy", """
The aim is to reduce Callum's self-exposure to risk by limiting his time in the town centre.
Demi needs to understand the dangers she is putting herself in when she goes missing.
Nadia continues to self-place in high-risk locations despite interventions.
Harvey's risk-seeking behaviour is the main driver of concern.
Work will focus on helping Maisie stop placing herself in unsafe situations with older males.
Dylan makes himself available to the older boys whenever they call, which increases his risk.
"""),
    ("flag", "self_risk", "minutes", """
Police reported that Sophie was again found putting herself at risk in the park after dark.
The social worker said Brandon continues to expose himself to harm by returning to the estate.
School noted that Ellie-Mae is sending images to strangers and leaving herself open to exploitation.
Members agreed Jasmine's own risky conduct is what places her in danger.
The chair noted that Keelan goes looking for trouble and then gets hurt.
Health said Shannon is knowingly placing herself at risk by not using contraception with the men.
"""),
    # ------------------------------------------------------------------
    # FLAG: jargon (unexplained acronyms, no brackets)
    # ------------------------------------------------------------------
    ("flag", "jargon", "case_note", """
Seen at home, YP presented as low, RHI declined, will update MACE.
Kayla discussed with DSL today; CSE screening tool completed and scored high.
Jordan remains CIN; NRM submitted last week and awaiting reasonable grounds.
Visit cancelled as YP at PRU until 3pm, rebooked for Thursday with CAMHS worker present.
Contacted MASH re Amira; s47 threshold met and strategy to be convened.
Liam's ISVA has been in touch and the SARC appointment is booked.
"""),
    ("flag", "jargon", "referral", """
Referring Ruby for CCE concerns; open to YJS, no EHCP in place.
Request for s47 enquiries following MFH episode and disclosure to ED staff.
Tyler is LAC and subject to a CAWN application; IRO aware.
Poppy has an EHA in place and was discussed at MARAC due to DA at home.
Please screen via MASH; CSE risk indicators present and DSL informed.
Skye is open to CAMHS and SEND support; PNC checks requested.
"""),
    ("flag", "jargon", "strategy", """
Actions: SW to complete RHI, police to serve CAWN, DSL to update MACE.
s47 to proceed; ABE to be arranged at SARC within 48 hours.
Consider NRM referral and CCE mapping; TCG to review hotspot data.
CP plan to be considered at ICPC; NFA from police at this stage.
Outcome: threshold met for s47; LADO notified regarding staff member.
Risk to be reviewed at next MACE with CSPR learning applied.
"""),
    ("flag", "jargon", "minutes", """
DS Brown updated that the NRM was returned with a positive CG decision.
The IRO asked whether the PEP had been updated before the LAC review.
Police confirmed NFA on the CAWN breach; MFH protocol to be followed.
School DSL reported that the EHCP review was delayed because of CAMHS waiting times.
Chair asked for VRU and YOT input at the next MACE.
ISVA reported that Leah has not yet attended the SARC; GP to follow up.
"""),
    # ------------------------------------------------------------------
    # OK: adult_action
    # ------------------------------------------------------------------
    ("ok", "adult_action", "case_note", """
A 24-year-old man called Dean has been grooming Kayla through Snapchat and has given her alcohol before abusing her.
Jordan told me the older males made him carry drugs and threatened his family if he refused.
Men at the flat on Ashby Road have been supplying Amira with vodka and cannabis and then sexually abusing her.
An adult has been picking Poppy up in a silver car outside school and driving her to addresses in the city.
Reece said the group robbed him of the package on purpose so that he would owe them money.
The man Shannon calls her boyfriend is 31 and has been sexually abusing her since she was 14.
Adults are placing Skye at risk by inviting her to parties and giving her drugs.
"""),
    ("ok", "adult_action", "referral", """
Ruby is being sexually exploited by a group of adult men who give her alcohol, lifts and somewhere to stay.
The exploiters have targeted Tyler because he is isolated, in care and short of money.
Leah has been raped by a 29-year-old man who had been grooming her online for several months.
Older males are using Kai to sell drugs and have created a debt that they say he must work off.
A man in his thirties has been sending Tiegan money and gifts to build her dependence on him.
Mason was stabbed by members of a rival group after the adults running the line sent him to their area.
"""),
    ("ok", "adult_action", "strategy", """
The adults exploiting Callum gave him free cannabis and then told him he owed them hundreds of pounds.
Police will target the men who are trafficking Demi between hotels in the region.
The perpetrator, aged 28, is believed to be using Nadia's phone to control where she goes.
Adults linked to the line are targeting younger children from the same estate, including Harvey's cousins.
Disruption will focus on the 19-year-old man who has been sexually abusing Maisie and waiting for her at the school gates.
The men chose Sophie because she was missing from care and had nowhere safe to go.
"""),
    ("ok", "adult_action", "minutes", """
Police reported that a 34-year-old man took Jasmine to the clinic to cover up his abuse of her.
The social worker said Brandon had been coerced by a 25-year-old woman who gave him money and then pressured him into sexual activity.
School noted that a man has been messaging Ellie-Mae late at night and pressuring her to send images.
Members heard that the group forced Dylan to hide drugs on his body and threatened to hurt his mum if he told anyone.
The chair noted that the exploiters deliberately move Keelan between towns so he has no local support.
Health said the man had got Chantelle drunk and then sexually assaulted her at his flat.
Police confirmed that the adult who groomed Liam has been arrested and bailed with conditions not to contact him.
"""),
    # ------------------------------------------------------------------
    # OK: quoted_policy (bad phrase quoted in order to reject it)
    # ------------------------------------------------------------------
    ("ok", "quoted_policy", "case_note", """
Mum described Kayla as "asking for it"; I explained that Kayla is a child who has been abused and is not to blame.
I have corrected the earlier entry that said Jordan "chose to deal drugs"; he is being criminally exploited.
Amira's previous notes refer to her "boyfriend", but he is a 26-year-old man who is abusing her.
Avoided the term "absconded" in this record; Kai was missing from his placement.
The old log says Poppy was "putting herself at risk", which is not accurate: adults are placing her at risk.
Reece used the phrase "my own fault" about the debt, and I reassured him that the adults who created it are responsible.
"""),
    ("ok", "quoted_policy", "referral", """
Please note that Skye should not be described as "promiscuous"; she is a 14-year-old victim of sexual exploitation.
Earlier agency records call Ruby a "child prostitute", which is wrong and harmful; she is a sexually exploited child.
The police log states the contact was "consensual", but Tiegan is 13 and cannot consent in law.
We do not accept the description of Tyler as a "drug dealer"; he is a child being exploited to sell drugs.
The word "streetwise" was used about Leah at the last meeting, but it masks her vulnerability as a 15-year-old.
Previous referrals describe Mason's involvement as "lifestyle choice", which does not reflect the coercion he has described.
School initially recorded the images as "harmless sexting"; the images were requested by an adult and this is abuse.
"""),
    ("ok", "quoted_policy", "strategy", """
Members are asked not to use "risk-taking behaviour" in Callum's plan and instead to name the adults who pose the risk.
The term "relationship" must not be used for Demi's contact with the 22-year-old; this is sexual abuse.
The plan replaces "Nadia is manipulative" with a description of how the men control her.
Agreed wording: Harvey is a victim of criminal exploitation, not a "runner" or "gang member".
Language guidance reminds us that phrases like "willing participant" suggest a child can consent to their own exploitation.
The strategy should not say Maisie is "mature for her age"; she is 13 and needs protecting as any child would.
"""),
    ("ok", "quoted_policy", "minutes", """
The chair challenged the phrase "she was up for it" and asked that it be removed from the minutes.
Police agreed to stop using "placing herself at risk" in briefings about Sophie.
The social worker questioned the description of Brandon as "a big lad who can handle himself", noting he is 13.
Members agreed that "low-level grooming" understates what is happening to Jasmine.
Health asked that Ellie-Mae's notes no longer refer to "sex work", as she is a child who is being sexually exploited.
The chair reminded everyone that words such as "absconding" and "offender" criminalise exploited children like Dylan.
School accepted that calling the assault "horseplay" had minimised it and apologised to Keelan's family.
"""),
    # ------------------------------------------------------------------
    # OK: correct_usage
    # ------------------------------------------------------------------
    ("ok", "correct_usage", "case_note", """
Kayla is a 14-year-old child and cannot consent to sexual activity with an adult.
Jordan is being criminally exploited and is a victim of the adults who control the line.
Amira is not to blame for what happened at the flat, and I told her so.
Poppy has been missing three times this month, and each time adults were with her.
Reece said he felt he had no choice but to carry the drugs because of the debt.
Skye is at risk of sexual exploitation from adults in the town centre.
"""),
    ("ok", "correct_usage", "referral", """
Ruby is a child who is being sexually exploited by older men and needs a protective response.
Although Tyler appears confident, he is a 15-year-old child and is highly vulnerable to the adults around him.
Leah's behaviour may be a response to trauma and should be understood in that context.
Any sexual activity with a child under 13 is rape in law, so Maisie's disclosure must be treated as such.
Kai's going missing is an indicator of exploitation and should trigger a return home interview.
Tiegan has been groomed and does not yet recognise that she is being abused, which is common.
Mason is being exploited, and his arrest should be viewed through a safeguarding lens.
"""),
    ("ok", "correct_usage", "strategy", """
The risk to Callum comes from the adults targeting him, and the plan focuses on disrupting them.
Demi has been trafficked and should be treated as a victim throughout the investigation.
Nadia's apparent loyalty to the men is a sign of grooming, not of choice.
Harvey's size and confidence must not lead professionals to treat him as older than he is.
Maisie's wishes matter, but the 19-year-old's contact with her is abuse and must be disrupted.
Sophie needs consistent trusted adults and a safe place to stay, not sanctions for going missing.
"""),
    ("ok", "correct_usage", "minutes", """
Police confirmed that Jasmine will be treated as a victim and witness, not as a suspect.
The chair stressed that Brandon is a child at risk of criminal exploitation, whatever his presentation.
Members agreed that Ellie-Mae's relationships with her carers are a protective factor.
The social worker said Dylan is a victim of debt bondage and that the debt is not his responsibility.
School agreed that Keelan's exclusion would increase his risk of exploitation and will look at alternatives.
Health noted that Chantelle was sexually assaulted and has been offered support at the clinic.
The chair said that children cannot be responsible for their own exploitation, whatever they appear to agree to.
"""),
    # ------------------------------------------------------------------
    # OK: explained_acronym (exactly one acronym, "(ACR)" after expansion)
    # ------------------------------------------------------------------
    ("ok", "explained_acronym", "case_note", """
Kayla was discussed at the Multi-Agency Child Exploitation (MACE) meeting, and her plan was updated.
I completed a Return Home Interview (RHI) with Jordan at his nan's house.
Amira has agreed to meet an Independent Sexual Violence Adviser (ISVA) next week.
Poppy has been referred to Child and Adolescent Mental Health Services (CAMHS) for support with sleep and anxiety.
Spoke to the Designated Safeguarding Lead (DSL) at Reece's school about his attendance.
Skye has an appointment at the Sexual Assault Referral Centre (SARC) on Friday.
"""),
    ("ok", "explained_acronym", "referral", """
I am referring Ruby to the Multi-Agency Safeguarding Hub (MASH) because of concerns about sexual exploitation.
Tyler meets the criteria for a National Referral Mechanism (NRM) referral as a potential victim of trafficking.
Leah is a Child in Need (CIN) and has an allocated social worker.
Kai's Education, Health and Care Plan (EHCP) identifies speech and language needs.
The Local Authority Designated Officer (LADO) has been informed about the staff member's messages to Tiegan.
Mason attends a Pupil Referral Unit (PRU) three days a week.
Concerns about child criminal exploitation (CCE) have increased since Harvey began going missing.
"""),
    ("ok", "explained_acronym", "strategy", """
Police will seek a Child Abduction Warning Notice (CAWN) against the 22-year-old who has been harbouring Demi.
An Initial Child Protection Conference (ICPC) will be convened for Nadia within 15 working days.
Callum's case will be shared with the Youth Justice Service (YJS) so that they can support him as a victim.
The Violence Reduction Unit (VRU) will fund detached youth work on the estate where Harvey lives.
Maisie's Independent Reviewing Officer (IRO) will chair the review and ensure her views are heard.
A Family Group Conference (FGC) will be offered to Sophie's wider family.
"""),
    ("ok", "explained_acronym", "minutes", """
The chair explained that the Multi-Agency Risk Assessment Conference (MARAC) had already considered the domestic abuse at Jasmine's home.
Police confirmed a Police National Computer (PNC) check had been completed on the man.
School reported that Ellie-Mae now has a Personal Education Plan (PEP) in place.
Members heard that child sexual exploitation (CSE) training will be offered to staff at the hotel.
Health said Dylan had attended the Emergency Department (ED) with a cut to his hand.
The social worker said the Early Help Assessment (EHA) had been completed with Keelan's mum.
Members agreed the Child Safeguarding Practice Review (CSPR) findings would be shared with all partners.
"""),
    # ------------------------------------------------------------------
    # OK: neutral
    # ------------------------------------------------------------------
    ("ok", "neutral", "case_note", """
Visited Kayla at home after school; she was watching television with her younger brother.
Jordan chose pizza for tea and talked about the football match at the weekend.
Amira's mum was at work, so the visit was rearranged for Thursday afternoon.
Poppy has started a college taster course in hair and beauty and is enjoying it.
Reece was tired today and said he had been up late gaming with his cousin.
Skye's relationship with her foster carer seems warm, and they laughed together during the visit.
Took Chantelle to the dentist; she was nervous but managed the appointment.
"""),
    ("ok", "neutral", "referral", """
Ruby lives with her mum and two younger sisters in a three-bedroom house on Elm Grove.
Tyler's attendance this term is 82 per cent, down from 91 per cent last term.
Leah is in Year 10 and is studying art, history and textiles.
Kai's father lives in Wales and has contact with him every other weekend.
Mum is asking for help with Tiegan's sleep, as she is often awake until midnight.
Mason has a part-time job at a car wash on Saturdays.
"""),
    ("ok", "neutral", "strategy", """
The next review will be held on 14 January at the family centre.
The social worker will visit weekly and share updates with the group by email.
Transport to school will be provided by the local authority from Monday.
Demi's new placement is closer to her school and to her grandmother.
Nadia would like her aunt to attend future meetings, and this was agreed.
Callum has chosen to join the boxing club, and the youth worker will go with him for the first session.
"""),
    ("ok", "neutral", "minutes", """
Apologies were received from the housing officer and the school nurse.
The minutes of the previous meeting were agreed as accurate.
Police said the street lighting near the park has now been repaired.
The chair thanked Maisie's mum for attending and for her contribution.
School reported that Brandon has been picked for the football team and is training twice a week.
Members noted that Sophie turns 16 in March and will move to the sixth form.
Health confirmed that Jasmine is registered with a new family doctor near her placement.
"""),
]

JUDGEMENT_CALLS = """\
- **One primary category per flag row.** Several flagged sentences could sit in two
  categories (for example "Callum has an adult head on his shoulders and will make his
  own choices" is adultifying and choice-framing; "Leah's risk comes mainly from her own
  choices" is self-risk and choice-framing; "Ellie-Mae is prostituting herself" is
  criminalising and consent-framing). Each row carries the category I judged dominant.
- **"Chose not to engage"** is filed under consent_choice: it frames a child's
  withdrawal from services as a free choice.
- **"Absconded" / "absconding"** is filed under criminalising (custodial language for a
  child who is missing), not minimising.
- **"Getting into cars with unknown males"** and **"sending images to strangers"** are
  filed under self_risk: they make the child the actor and the source of the risk,
  where the adults picking her up or requesting the images should be named.
- **Reported speech.** Where the writer adopts a child's or parent's framing without
  challenge (e.g. "Amira says she is in love with the 27-year-old ... and that they are
  together now") the row is flagged. Where the writer records the child's word but
  names the abuse ("The man Shannon calls her boyfriend is 31 and has been sexually
  abusing her") or quotes it in order to correct it ("Reece used the phrase "my own
  fault" ... I reassured him") the row is ok.
- **Age_relationship rows always state or clearly imply an adult age,** so that the
  problem is the partner/boyfriend/relationship framing of abuse, not a peer
  relationship. One row puts a 13-year-old boy with a 25-year-old woman, so the category
  is not only about girls.
- **Minimising rows** include "only missing for a few hours", "sexting ... normal
  teenage behaviour", "banter" and "unharmed and in good spirits, so risk is low":
  they accept facts that indicate harm and then discount them.
- **Jargon rows** are telegraphic notes whose other wording is acceptable, so that they
  are flagged only for unexplained acronyms (or "s47"). They contain no brackets at all.
  Some acronyms are ones a partnership reader would know (e.g. the one for the family
  doctor); in a record that may be read by families or other agencies these still count
  as unexplained jargon.
- **No acronyms outside jargon and explained_acronym rows.** Other rows spell out terms
  ("family doctor", "designated safeguarding lead", "return home interview") and avoid
  any run of two capitals, so an acronym is never an accidental second problem.
- **Explained-acronym rows** contain exactly one acronym, in brackets directly after an
  expansion whose word initials match it (small words such as "and", "in", "of" may be
  skipped or used). Expansions may be capitalised or lower case ("child criminal
  exploitation (CCE)").
- **Hard ok rows reuse trigger words in innocent or corrective senses:** "chose" and
  "chosen" (pizza for tea, the boxing club, the men chose Sophie), "relationship" (with
  a foster carer, with carers as a protective factor), "risk" (the risk comes from the
  adults), "consent" (cannot consent in law), "victim and witness, not as a suspect".
- **Adult_action rows** describe what abusers did in plain terms and may be graphic in
  subject but not in detail; they deliberately share names, places and ages with the
  flagged rows.
- **Names are reused across unrelated rows.** Each sentence stands alone; ages and
  details for a given name are not meant to form one consistent case history.
- **Quoted_policy rows** always quote the problem phrase in straight double quotes and
  reject or correct it in the same sentence.
"""


def fail(msg):
    sys.stderr.write("BUILD FAILED: " + msg + "\n")
    sys.exit(1)


CAP_RUN = re.compile(r"[A-Z]{2,}")
S47 = re.compile(r"\bs47\b")
QUOTED = re.compile(r'"[^"]+"')
STOPWORDS = {"and", "of", "the", "for", "in", "to", "on", "with", "from", "a", "an", "at", "by"}


def _tail_matches(tokens, acr):
    """tokens: words of a candidate expansion; acr: lower-case acronym.
    First token must give the first letter, last token the last letter,
    every token either gives the next letter (by its initial) or is a stopword."""
    n = len(tokens)
    memo = {}

    def f(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == n:
            res = j == len(acr)
        else:
            t = tokens[i].lower()
            res = False
            if j < len(acr) and t[0] == acr[j]:
                if i == n - 1:
                    res = j + 1 == len(acr)
                else:
                    res = f(i + 1, j + 1)
            if not res and t in STOPWORDS and 0 < i < n - 1:
                res = f(i + 1, j)
        memo[key] = res
        return res

    return f(0, 0)


def expansion_matches(before, acr):
    raw = [t for t in re.split(r"[\s\-]+", before) if t]
    tokens = [re.sub(r"[^A-Za-z]", "", t) for t in raw]
    tokens = [t for t in tokens if t]
    acr = acr.lower()
    for start in range(len(tokens)):
        if _tail_matches(tokens[start:], acr):
            return True
    return False


def main():
    rows = []
    for block in BLOCKS:
        if len(block) != 4:
            fail("block tag malformed: %r" % (block[:3],))
        label, tag, style, text = block
        for line in text.splitlines():
            s = line.strip()
            if not s:
                continue
            if label == "flag":
                rows.append({"text": s, "label": "flag", "category": tag,
                             "negative_kind": None, "style": style})
            elif label == "ok":
                rows.append({"text": s, "label": "ok", "category": None,
                             "negative_kind": tag, "style": style})
            else:
                fail("invalid label %r on block %s/%s" % (label, tag, style))

    errors = []
    seen = {}
    for r in rows:
        t = r["text"]
        key = re.sub(r"\s+", "", t).lower()
        if key in seen:
            errors.append("duplicate sentence (ignoring case/whitespace): %r and %r" % (seen[key], t))
        seen[key] = t

        if r["style"] not in STYLES:
            errors.append("invalid style %r: %r" % (r["style"], t))

        if r["label"] == "flag":
            if r["category"] not in FLAG_CATS or r["negative_kind"] is not None:
                errors.append("flag row without valid category / null negative_kind: %r" % t)
        elif r["label"] == "ok":
            if r["negative_kind"] not in OK_KINDS or r["category"] is not None:
                errors.append("ok row without valid negative_kind / null category: %r" % t)
        else:
            errors.append("invalid label: %r" % t)

        kind = r["category"] if r["label"] == "flag" else r["negative_kind"]

        if kind == "quoted_policy" and not QUOTED.search(t):
            errors.append("quoted_policy row with no double-quoted phrase: %r" % t)

        if kind not in ("jargon", "explained_acronym") and CAP_RUN.search(t):
            errors.append("capital run outside jargon/explained_acronym: %r" % t)

        if kind == "jargon":
            if not (CAP_RUN.search(t) or S47.search(t)):
                errors.append("jargon row with no acronym or s47: %r" % t)
            if "(" in t or ")" in t:
                errors.append("jargon row contains brackets (possible explanation): %r" % t)
            if re.search(r"\(\s*[A-Z]{2,}s?\s*\)", t):
                errors.append("jargon row explains an acronym in brackets: %r" % t)

        if kind == "explained_acronym":
            runs = CAP_RUN.findall(t)
            if len(runs) != 1:
                errors.append("explained_acronym row must contain exactly one acronym, found %r: %r" % (runs, t))
            else:
                acr = runs[0]
                token = "(" + acr + ")"
                if t.count(token) != 1:
                    errors.append("explained_acronym acronym not written as (ACR): %r" % t)
                else:
                    before = t[:t.index(token)]
                    if not before or before[-1] != " ":
                        errors.append("explained_acronym bracket not directly after expansion: %r" % t)
                    elif not expansion_matches(before.rstrip(), acr):
                        errors.append("explained_acronym expansion does not match %s: %r" % (acr, t))

    counts = Counter()
    style_cov = {}
    for r in rows:
        kind = r["category"] if r["label"] == "flag" else r["negative_kind"]
        counts[kind] += 1
        style_cov.setdefault(kind, set()).add(r["style"])
    for c in FLAG_CATS:
        if counts[c] < MIN_FLAG_PER_CAT:
            errors.append("category %s has %d rows (< %d)" % (c, counts[c], MIN_FLAG_PER_CAT))
    for k in OK_KINDS:
        if counts[k] < MIN_OK_PER_KIND:
            errors.append("negative_kind %s has %d rows (< %d)" % (k, counts[k], MIN_OK_PER_KIND))
    for kind in FLAG_CATS + OK_KINDS:
        missing = set(STYLES) - style_cov.get(kind, set())
        if missing:
            errors.append("%s lacks styles %s" % (kind, sorted(missing)))
    n_ok = sum(1 for r in rows if r["label"] == "ok")
    if n_ok < MIN_OK_TOTAL:
        errors.append("only %d ok rows (< %d)" % (n_ok, MIN_OK_TOTAL))
    if len(rows) < MIN_TOTAL:
        errors.append("only %d rows (< %d)" % (len(rows), MIN_TOTAL))

    if errors:
        for e in errors:
            sys.stderr.write("  - " + e + "\n")
        fail("%d check(s) failed; nothing written" % len(errors))

    rng = random.Random(SEED)
    rng.shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append({"id": "P%03d" % i, "text": r["text"], "label": r["label"],
                         "category": r["category"], "negative_kind": r["negative_kind"],
                         "style": r["style"]})
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out_rows)

    # counts table
    table = Counter()
    for r in out_rows:
        kind = r["category"] if r["label"] == "flag" else r["negative_kind"]
        table[(r["label"], kind, r["style"])] += 1
    lines = ["| label | category / negative_kind | " + " | ".join(STYLES) + " | total |",
             "|---|---|" + "---:|" * (len(STYLES) + 1)]
    col_tot = Counter()
    for label, kinds in (("flag", FLAG_CATS), ("ok", OK_KINDS)):
        sub = Counter()
        for k in kinds:
            cells = [table[(label, k, s)] for s in STYLES]
            for s, c in zip(STYLES, cells):
                sub[s] += c
            lines.append("| %s | %s | %s | %d |" % (label, k, " | ".join(str(c) for c in cells), sum(cells)))
        lines.append("| **%s total** | | %s | **%d** |" % (
            label, " | ".join(str(sub[s]) for s in STYLES), sum(sub.values())))
        col_tot.update(sub)
    lines.append("| **all** | | %s | **%d** |" % (
        " | ".join(str(col_tot[s]) for s in STYLES), sum(col_tot.values())))
    counts_table = "\n".join(lines)

    readme = """# Evaluation set P: safeguarding language checker

**Author:** an independent helper that saw nothing but this folder (`/work/sets/lang_p/`).
No other files, repositories, search tools or web pages were consulted; every sentence
was written from general knowledge of UK child-exploitation practice.

**Date:** {date}

## What it measures

A "language checker" for UK child-exploitation partnerships (children's social care,
police, health, schools, youth services) should **flag** victim-blaming, adultifying,
criminalising or minimising language about children, and unexplained jargon, in case
notes, referrals, strategy documents and meeting minutes. It should **not** flag
appropriate writing: sentences describing what abusers did, sentences quoting a bad
phrase in order to reject it, correct safeguarding usage, explained acronyms and neutral
sentences.

## Files

- `build.py` - all sentences, typed by hand, plus the checks and the writer (Python 3 standard library only).
- `set_p.jsonl` - the set, one JSON object per line (UTF-8, `ensure_ascii=False`), fields
  `id`, `text`, `label` (`flag`/`ok`), `category` (flag rows; null for ok),
  `negative_kind` (ok rows; null for flag), `style`.
- `README_set_p.md` - this file.

## How it was built

Every sentence is typed by hand in `build.py`, one per line, inside a string block
tagged `(label, category-or-negative_kind, style)`. There are no generators, templates
or substitution loops; the only processing is splitting each block into its lines.
Sentences were written to sound like busy practitioners: familiar stock phrases
alongside paraphrase, passive voice, reported speech, hedges, euphemism, everyday idiom
and longer sentences where the problem sits in a subordinate clause. Ok sentences were
written to be hard: they share names, places, ages and trigger words with the flagged
ones. All names are invented.

Styles: `case_note`, `referral`, `strategy`, `minutes`; every style is used in every
category and negative kind.

After all checks pass, the rows are shuffled with `random.Random({seed})`, given ids
`P001`, `P002`, ... in shuffled order, and written out. If any check fails the script
prints the failures, exits with an error and writes nothing.

## Checks performed by build.py

1. No two sentences are the same ignoring case and whitespace.
2. Every flag category has at least {mf} rows; every ok negative_kind at least {mo};
   at least {mot} ok rows and {mt} rows in total.
3. Every flag row has a valid category and a null negative_kind; every ok row has a
   valid negative_kind and a null category; labels are only `flag`/`ok`.
4. Every style is one of the four allowed values, and each category/kind uses all four.
5. Every `quoted_policy` row contains a phrase in double quotes.
6. No row outside `jargon` and `explained_acronym` contains two or more capital letters in a row.
7. Every `jargon` row contains an acronym (two or more capitals in a row) or `s47`, and
   contains no brackets (so no acronym is explained in brackets).
8. Every `explained_acronym` row contains exactly one acronym, written once as `(ACR)`
   directly after its expansion, and the initials of the expansion spell the acronym
   (small words such as "and", "in", "of" may be used or skipped).

## Counts

{table}

## Judgement calls

{calls}""".format(date=DATE, seed=SEED, mf=MIN_FLAG_PER_CAT, mo=MIN_OK_PER_KIND,
                  mot=MIN_OK_TOTAL, mt=MIN_TOTAL, table=counts_table, calls=JUDGEMENT_CALLS)

    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        f.write(jsonl)
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write(readme)
    print("wrote %d rows (%d flag, %d ok) to %s" % (
        len(out_rows), len(out_rows) - n_ok, n_ok, OUT_JSONL))
    print("wrote %s" % OUT_README)
    print(counts_table)


if __name__ == "__main__":
    main()
