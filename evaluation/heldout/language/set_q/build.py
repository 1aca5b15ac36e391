"""Evaluation set Q for a victim-blaming language checker (UK child exploitation).
All sentences below are typed by hand; build logic is at the end of the file."""
# Hand-typed flagged sentences. One sentence per line inside each block.
# Tuple: (label, category_or_negative_kind, style, block_text)

FLAG_BLOCKS = [
("flag", "consent_choice", "case_note", '''
Visit 12/03 - Kayleigh says she goes to the flat because she wants to and seemed quite happy to keep going back.
Jayden appears to have chosen to stay out with the older males again rather than come home.
Spoke to Amira; she is clear this is her lifestyle and she is not prepared to change it.
Mum reports Chloe went willingly with the men in the car on Friday night.
Tia seems to enjoy the attention she gets from the adults at the house.
Home visit - Leon has made his own decision to carry on going into town and says nobody is making him.
Demi agreed to meet the man at the hotel and went of her own accord.
'''),
("flag", "consent_choice", "referral", '''
I am referring Ruby, 14, who has been having sex with a number of older men and appears to be consenting to this.
Callum is choosing to associate with adults known for supplying drugs and is happy to travel out of area with them.
Ellie-Mae has stated she is in love and goes to the address voluntarily, so the concern is more about her choices than any coercion.
We are concerned that Reece has opted into this way of life and sees the money as worth it.
Shanice willingly sends images to men she meets online and has said she likes doing it.
Although her foster carer has tried to stop her, Maisie continues to choose to spend weekends with the group of older men.
Zain is complicit in the arrangement and has agreed to carry items for them in return for trainers and cash.
'''),
("flag", "consent_choice", "strategy", '''
It was felt that Bethany is a willing participant and therefore the threshold for a police investigation may not be met.
Kai has made it clear that he is doing this for the money and is happy with the arrangement he has with them.
The sexual activity with the adults at the party appears to have been consensual on Niamh's part.
The discussion noted that Harvey went along with the plan because he wanted to be part of it.
Lewis is said to be content with the current situation and does not want anything to change.
Given that Aaliyah invited the men back herself, agencies were unsure whether this meets the definition of exploitation.
Precious is described as a willing partner in the sexual activity and has not expressed any regret.
'''),
("flag", "consent_choice", "minutes", '''
According to the youth worker, Jodie was happy to exchange sex for vodka and cigarettes.
Members agreed that Corey has chosen this lifestyle and will only step away when he is ready.
Social worker reported Kacper is engaging in sexual activity with adults by choice.
The meeting heard that Ola is fully on board with what the older group are doing and enjoys the money.
Noted that Mason consented to being driven to the coast by the men and returned of his own free will.
It was recorded that Darnell prefers the life he has with them to being at home.
Chair summarised that Ibrahim agreed to go to the address and nobody forced him.
'''),

("flag", "self_risk", "case_note", '''
Kayleigh continues to put herself in risky situations by getting into cars with men she doesn't know.
Jayden keeps placing himself in harm's way by going back to the estate.
Spoke to Chloe about how she is making herself vulnerable by meeting people from the internet.
Leon exposing himself to danger again - out all night in the town centre.
Amira is a risk-taker and has little regard for her own safety.
Visited Tia; she does not seem to appreciate the risks she is taking when she goes to parties at the flat.
The people Demi decides to spend time with are leaving her wide open to harm.
'''),
("flag", "self_risk", "referral", '''
Ruby places herself at significant risk of sexual exploitation by staying at addresses of adults she has met online.
Callum is engaging in high-risk behaviours including travelling to other towns with older males.
I am concerned that Ellie-Mae is putting herself at risk every time she goes missing.
Reece keeps getting himself into situations where adults can take advantage of him.
Shanice is taking risks online by talking to men she does not know and sending them pictures.
Maisie has repeatedly put herself in dangerous situations despite advice from staff.
Zain's risky lifestyle means he is frequently around people who could hurt him.
'''),
("flag", "self_risk", "strategy", '''
Bethany was assessed as high risk due to her risk-taking behaviour with older men.
It was agreed that Kai is exposing himself to serious harm by continuing to travel to the coast.
Niamh is making herself an easy target by accepting lifts from people she barely knows.
The concern is that Harvey is placing himself in the company of known offenders.
Lewis is seen as reckless with his own safety and keeps walking into trouble.
Aaliyah's habit of going off with adults she meets at the park puts her in harm's way.
Professionals noted that Precious knowingly puts herself at risk when she goes to the house.
'''),
("flag", "self_risk", "minutes", '''
Youth worker said Jodie is at risk because she puts herself out there on social media.
Discussed how Corey is leaving himself open to being hurt by hanging around the underpass late at night.
Mason continues to put himself at risk; action for school to remind him about personal safety.
Kacper is taking unnecessary risks by going to the flats on his own.
Noted Ola has been exposing herself to exploitation through her online activity.
The group agreed that Darnell needs to stop putting himself in these positions.
Ibrahim was described as a risk-taking young person who does not think about the consequences of where he goes.
'''),

("flag", "blame_cause", "case_note", '''
Kayleigh was wearing a very short skirt and heavy make-up, which probably drew the men's attention.
Jayden got mixed up in all this because of the friends he picked at the new school.
Chloe looks much older than she is, which is why the men at the takeaway approached her.
Amira was drunk again, hence how she ended up at the man's house.
Tia is always on her phone talking to strangers, so it is no surprise this man got hold of her.
Leon's attitude towards staff has caused a lot of the problems he now faces with the older boys.
Demi lied to her mum about where she was going, which led to the assault.
'''),
("flag", "blame_cause", "referral", '''
Ruby's provocative behaviour around older men has attracted unwanted attention.
The abuse happened after Callum broke his curfew and was out late on a school night.
Ellie-Mae's constant lying makes her hard to protect and is how she came to be in the car with the men.
Reece has got himself into debt with the group through his cannabis use, which is why he now owes them.
Shanice's sexualised behaviour online has resulted in men targeting her.
Maisie's drinking at weekends is the main reason the men have been able to abuse her.
Zain's choice of friends is the root cause of him being drawn into exploitation.
'''),
("flag", "blame_cause", "strategy", '''
It was noted that Bethany had been dressed inappropriately for her age on the night of the incident.
Kai's aggressive attitude is what brought him to the attention of the older males.
Niamh's use of dating apps is the reason she ended up being exploited.
Concern was raised that Harvey's disruptive behaviour in school has pushed him towards the group.
Lewis was late back to the unit and that is when the incident occurred, so staff feel it could have been avoided if he had been on time.
Aaliyah had been drinking and taking drugs before the assault, which contributed to what happened to her.
Precious has been dishonest with professionals throughout, which has allowed the exploitation to continue.
'''),
("flag", "blame_cause", "minutes", '''
Carer said Jodie brings it on herself with the way she dresses and talks to men.
Corey's mouthy attitude winds people up and that's why he keeps getting beaten.
Noted that Mason's friendship group are a bad influence and the reason he is involved.
Kacper was targeted because he kept posting pictures of himself with money and designer clothes.
Ola's flirtatious manner was mentioned as a factor in the men's interest in her.
It was said that Darnell would not be in this position if he had stayed in school and kept his head down.
Ibrahim's late nights and secrecy about where he goes have led to him being assaulted.
'''),

("flag", "age_relationship", "case_note", '''
Kayleigh (15) is staying most nights with her boyfriend who is 24.
Jayden, aged 14, says his girlfriend is 19 and she buys him things.
Chloe's partner is a 31-year-old man she met through her cousin.
15yo Amira in a relationship with adult male, approx 26, known to police.
Tia, fourteen, talks a lot about her older boyfriend, who drives and works at the car wash.
Leon (13) says he is seeing a woman in her twenties who lets him stay at hers.
Demi, 14, and her 22-year-old partner were seen together at the bus station.
'''),
("flag", "age_relationship", "referral", '''
Ruby is a fifteen-year-old girl who is in a sexual relationship with a man who is 27.
Callum, 15, has been in a relationship with a 20-year-old woman for several months.
Ellie-Mae (14) has recently started dating her manager at the chip shop, who is in his thirties.
Reece aged 16 is in a relationship with a 35-year-old man he met online.
Shanice has a boyfriend of 23 who collects her from school most days; she is 14.
Maisie (13) says her boyfriend is older and has his own flat, and we believe he is about 21.
Zain, a 15-year-old, is going out with a woman aged 28 who lives locally.
'''),
("flag", "age_relationship", "strategy", '''
Bethany's relationship with the 25-year-old is reported to have been going on since she was 13.
Kai's girlfriend is a 20-year-old who works at the leisure centre; Kai is 14.
Niamh (15) and her adult boyfriend have been seen kissing outside the school gates.
Harvey's partner, who is 30, has been buying him alcohol; Harvey is 15.
Lewis, aged fifteen, is believed to be in a sexual relationship with his former football coach.
Aaliyah says her boyfriend, a taxi driver, is really good to her; she is 14.
Precious (13) has an older partner aged around 19 who is a friend of her brother.
'''),
("flag", "age_relationship", "minutes", '''
Noted Jodie, 15, is still seeing her 24yo boyfriend.
Corey is 14 and has a girlfriend who is 18 and has a car.
Mason's relationship with his teaching assistant was discussed; Mason is 15.
Kacper, who is 15, attended the review with his boyfriend, a man of 29.
The meeting heard that Ola (14) has moved in with her 26-year-old partner.
Darnell, 13, describes a woman in her forties as his girlfriend.
Ibrahim (16) was dropped off by his partner, a 33-year-old man from the gym.
'''),

("flag", "criminalising", "case_note", '''
Jayden has been working as a runner for a line out of the city.
Leon was arrested while dealing cannabis near the park.
Callum is part of the county line operating between here and the coast.
Reece admits to shotting for the older lads on the estate.
Kai was caught holding for the olders again, with wraps on him when he was stopped.
Zain is known to be a gang member and associates with other gang members.
Amira has been acting as a drugs mule for the group, carrying packages on the train.
'''),
("flag", "criminalising", "referral", '''
Lewis is a young offender who has been running drugs to other towns.
Corey is working for a dealer called Smiley and has been for months.
I am referring Mason, who is an active member of a local gang and sells drugs in the town centre.
Kacper is a perpetrator of violence in the community and carries a knife.
Darnell has been trapping in a property in another county.
Ibrahim has been recruiting younger children into the line himself and is a significant offender.
Tyler is described as a drugs runner who has been caught with cash and phones.
'''),
("flag", "criminalising", "strategy", '''
It was agreed that Jayden is a key player in the drug supply network.
Leon's offending is escalating and he is now dealing class A drugs.
Callum was found in a trap house where he had been selling drugs for the gang.
Reece is considered to be a gang-affiliated youth who poses a risk to others.
Kai is known to be moving drugs on behalf of the line.
Harvey is viewed by officers as a perpetrator and is being treated as a suspect in the stabbing.
Tia has been working the line alongside her brother and is now a trusted courier for them.
'''),
("flag", "criminalising", "minutes", '''
Lewis has been running the phone for the line while his older cousin is in prison.
Noted that Corey is a known gang nominal.
Mason is a drug runner and has been linked to three other addresses.
Kacper was described as a young dealer who is making good money.
Darnell is being paid to sell on the estate and is known as one of the line's workers.
Ibrahim was described as a criminal who is involved in serious youth violence.
Tyler admitted couriering drugs for the gang and has been charged.
'''),

("flag", "minimising", "case_note", '''
Kayleigh's sexting is only images she sent to a lad, so not that serious.
Jayden refuses to engage with the youth worker and has not turned up for sessions.
Chloe absconded from placement again last night and returned at 3am.
The comments the men made to Amira in the takeaway were just banter.
Tia was touched by the older man at the party but this seems to have been a one-off.
Leon won't engage and keeps slamming the door on workers.
Demi went awol from the children's home and came back with new clothes.
'''),
("flag", "minimising", "referral", '''
The concerns about Ruby are low-level at present and do not meet the threshold.
Callum is disengaged and has not attended any of the appointments offered, so the case may need to close.
This kind of thing is normal for girls of Ellie-Mae's age round here.
Reece has been missing a lot but this is just what teenagers do.
Shanice has only shared a few photos with an older man, which is not unusual these days.
Maisie is non-compliant with her plan and repeatedly runs away from her placement.
Zain was slapped by an older lad, but it was minor and he was not badly hurt.
'''),
("flag", "minimising", "strategy", '''
The sexual touching Bethany described was considered low level and it was agreed no further action was needed.
Kai's missing episodes are short and he always comes back, so the risk is manageable.
Niamh is being difficult and is refusing to cooperate with the investigation.
Harvey is hard to reach and has been uncooperative with all agencies.
Older lads hanging around the school gates is normal for this area and not a safeguarding issue in itself.
The images were only shared among a small group so the impact on Aaliyah is likely to be limited.
Lewis's involvement seems relatively minor compared with the others in the group.
'''),
("flag", "minimising", "minutes", '''
Precious ran off from her carers again; she will not engage with the plan.
Jodie's going missing is attention-seeking and she comes back when she's hungry.
Noted the assault on Corey was just a bit of rough play between lads.
Mason keeps sabotaging his placement by running away.
Agreed the incident with Kacper was a one-off and doesn't need further action.
Ola just sent a couple of pictures, nothing more serious than that.
Darnell is not bothered about getting help and keeps blanking professionals.
'''),

("flag", "adultifying", "case_note", '''
Jayden (12) is very streetwise and knows how to handle himself.
Kayleigh is mature for her age and comes across as much older than 13.
Leon is a big lad who can look after himself.
Amira acts like an adult and talks to staff as if she is their equal.
Tia is street-smart and knows exactly what she is doing.
Spoke to the young man, Kai, who is 11, about his weekend.
Demi presents as very worldly and is not naive about men.
'''),
("flag", "adultifying", "referral", '''
Callum, aged 12, is a tough young man who is not easily intimidated.
Ellie-Mae is very grown up for a 13-year-old and well able to handle older people.
Reece is an intelligent and savvy young man who is fully aware of what he is involved in.
Shanice is a confident young woman of 13 who knows her own mind.
Maisie behaves like a woman in her twenties and is well able to manage herself.
Zain is old beyond his years and has been around this world a long time.
Tyler is a hardened lad who has seen it all and is not scared of anyone.
'''),
("flag", "adultifying", "strategy", '''
Bethany is very capable of protecting herself and presents as resilient.
Harvey is fourteen but seems far older and is savvy about the drug world.
Niamh, 12, is a young woman who carries herself like an adult.
Lewis is street-wise and handles himself well on the estate.
Aaliyah is sophisticated for her age and able to hold her own with adults.
Precious knows the game and cannot be considered naive.
Officers described Corey as more of a man than a boy given his size and manner.
'''),
("flag", "adultifying", "minutes", '''
Mason is mature enough to make his own decisions about where he goes.
Noted Kacper is a tough kid who can take care of himself.
Ola is described as a young woman who is very clued up.
Darnell, 13, is basically a young man now and acts older than his years.
Ibrahim is switched on and knows how to survive on the streets.
Chair commented that Jodie is not a child in the usual sense and is well able to look after herself.
Rhys is fearless and more than capable of dealing with the older boys.
'''),

("flag", "jargon", "case_note", '''
Referral made to MASH following disclosure.
Kayleigh discussed at MACE; CSE risk remains high.
NRM submitted for Jayden today.
Chloe's RHI completed by youth worker, notes on file.
Case stepped up from CIN to CP after the s47.
Amira to be discussed at next TAF meeting.
Leon open to YOT and CAMHS.
'''),
("flag", "jargon", "referral", '''
I have consulted the DSL and we agree this meets the threshold for a MASH referral.
Tia is open to EHA and we are concerned about possible CCE.
Concern regarding a staff member, so I have contacted the LADO.
Demi is LAC and placed out of area, with a PEP review due.
Ruby has an EHCP and is currently NEET.
Callum was reported MFH three times last month.
Please consider whether an NRM referral and an ICTG are needed for Reece.
'''),
("flag", "jargon", "strategy", '''
Agreed to proceed to s47 enquiries and an ICPC to be convened.
Shanice to be referred to the SARC and CEOP informed.
Outcome: NFA by police, CSC to continue under CIN.
Maisie's mum to be heard at MARAC given DA in the household.
Zain to have a CCE screening tool completed and be added to the MACE list.
IRO to be informed and the LAC review brought forward.
Positive conclusive grounds decision received from the SCA for Tyler.
'''),
("flag", "jargon", "minutes", '''
Action: SW to update the CP plan and share with the DSL.
Bethany to be discussed at MACE panel next month.
Noted CSE and CCE screening completed for Harvey.
RHI not completed within 72 hours for Niamh, to escalate to team manager.
Lewis to be referred to the YJS and EH offered to the family.
TAF to review progress at six weeks; s47 not required.
Aaliyah's PRU placement to be reviewed at the next PEP.
'''),
]

OK_BLOCKS = [
("ok", "adult_action", "case_note", '''
The 24-year-old man groomed Kayleigh over several months through social media.
Adults running the line recruited Jayden at the skate park and gave him a phone.
The men at the takeaway plied Chloe with alcohol before driving her to the flat.
The man who calls himself Dee has been controlling where Amira goes and who she speaks to.
Older males have been dealing drugs from the address where Leon is being made to stay.
The adult perpetrator put Tia in a position where she could not say no.
A woman in her thirties has been giving Demi cannabis and then demanding she pay for it by doing jobs.
'''),
("ok", "adult_action", "referral", '''
I am concerned that an adult male aged around 27 is sexually exploiting Ruby and has taken her to hotels.
Those running the county line have been using Callum to carry drugs to the coast.
The manager at the chip shop, a man in his thirties, has been giving Ellie-Mae lifts and gifts and has told her to keep it secret.
The gang that controls the estate threatened Reece's younger brother to make sure Reece kept travelling.
An adult online persuaded Shanice to send images and is now threatening to share them.
The men at the flat gave Maisie vodka and then took her phone from her.
Older men are targeting boys like Zain outside the school and offering them money and trainers.
The dealers created a fake debt and told Tyler he had to work it off.
'''),
("ok", "adult_action", "strategy", '''
The offenders deliberately targeted Bethany because she was in care and had no one checking on her.
The adults involved have been moving Kai between addresses in different towns to avoid detection.
Niamh's abuser exploited her fear of going home to keep her at his flat.
The 30-year-old man bought Harvey alcohol to lower his resistance before abusing him.
Lewis's former football coach used his position of trust to groom him.
The taxi driver who has been picking Aaliyah up is believed to be passing her to other men.
The perpetrators manipulated Precious into believing she owed them for the gifts.
'''),
("ok", "adult_action", "minutes", '''
Noted the exploiters have been using social media to lure Jodie to parties in other towns.
The 18-year-old with a car has been driving Corey to addresses and telling him what to carry.
Police believe a man known as Smiley is running the line and recruiting children from the pupil referral unit.
The man of 29 is controlling Kacper's money and has taken his bank card.
The 26-year-old man has isolated Ola from her family and friends.
The adults exploiting Darnell planted wraps on him so that he would be the one stopped.
The gang members who attacked Ibrahim had previously forced him to hold drugs for them.
Members heard that the groomers gave Mason free food and cigarettes to build a sense of obligation.
'''),

("ok", "quoted_policy", "case_note", '''
I changed my earlier note that said Kayleigh was "putting herself at risk" to say that adults are placing her at risk.
Manager asked me not to write that Jayden is "working for" the older boys, as he is being criminally exploited.
Chloe's mum said she was "happy to go" with the men; I explained that a child cannot consent to being exploited.
Note to self: avoid "absconded" and record that Amira was reported missing.
Leon's previous notes call him a "runner", which should be replaced with wording that recognises him as a victim.
Tia's carer described her as "promiscuous"; I talked through why this language blames Tia for the abuse.
Amended the chronology where it said Demi was in a "relationship" with a 22-year-old, as she is 14 and this is abuse.
'''),
("ok", "quoted_policy", "referral", '''
Previous reports describe Ruby's "risky lifestyle", but this phrase hides the adults who are exploiting her.
Please do not record that Callum "refuses to engage"; he has told us he is scared of what will happen if he talks.
The school described Ellie-Mae as "streetwise", which risks overlooking that she is a 14-year-old child.
We would ask that Reece is not described as a "drug dealer" in any future reports.
The word "sexting" was used in the first report, but Shanice was coerced into sending images by an adult.
Maisie's old file refers to her "boyfriend"; this man is 23 and should be recorded as the person abusing her.
Earlier reports say Zain "chose" to go to the coast; we do not accept this, because he was moved there by adults.
Tyler was labelled a "gang member" by a previous worker and we are asking for this to be corrected.
'''),
("ok", "quoted_policy", "strategy", '''
The chair challenged the phrase "she is a willing participant" and it was removed from the record.
It was agreed the term "low-level" should not be used to describe the touching Kai experienced.
Officers were reminded that "young woman" should not be used for Niamh, who is 12.
The language guide says to avoid "exposing himself to risk", and Harvey's plan has been reworded.
Lewis's file contains the phrase "knows what he's doing", which the group agreed to correct.
The discussion agreed that "just banter" was not an acceptable description of the messages sent to Aaliyah.
Precious was called "mature for her age" in the police summary, and this has been raised with the officer.
'''),
("ok", "quoted_policy", "minutes", '''
Training reminder: replace "prostituting herself" with "being sexually exploited".
Corey's worker asked that "perpetrator" be removed from the minutes where it referred to Corey.
The chair noted that "one-off" had been used about Mason's assault and asked for it to be reworded.
Members were reminded not to write "holding" or "shotting" when describing what adults force children to do.
The group agreed to stop describing Ola's missing episodes as "running away" and to record them as missing episodes.
Darnell's mum said he was "old enough to know better"; the social worker explained that he is a child being exploited.
Action: all agencies to stop using "lifestyle choice" in records about Ibrahim.
The youth worker said "he can look after himself" is not a safe assumption for Rhys, who is 13.
'''),

("ok", "correct_usage", "case_note", '''
Kayleigh is being sexually exploited by a 24-year-old man and cannot consent to what is happening.
Jayden has been criminally exploited and was found in another town with drugs he had been made to carry.
Chloe was reported missing on Friday and was found at an address linked to adults who are exploiting her.
Amira is a victim of grooming and has been coerced into staying at the man's flat.
Leon was trafficked to the coast and is frightened of what will happen if he speaks to police.
Tia was raped at the party; she is a child and is not responsible for what happened to her.
Demi is being abused and the alcohol the adults give her is one of the ways they control her.
'''),
("ok", "correct_usage", "referral", '''
Ruby, 14, is being sexually abused by adult men she met online and needs protection.
Callum is a victim of child criminal exploitation; adults have made him travel out of area with drugs.
Ellie-Mae is at risk of sexual exploitation from a man in his thirties who has been giving her gifts.
Reece was coerced into carrying drugs to pay off a debt the adults created.
Shanice was manipulated into sending images and is now being blackmailed.
Maisie has been groomed and is too frightened to tell staff where she is taken at weekends.
Zain has been targeted by adults and is at risk of serious harm.
Tyler is a child who has been exploited and should be treated as a victim, not a suspect.
'''),
("ok", "correct_usage", "strategy", '''
Bethany has been sexually exploited since she was 13 and could not consent to any of the sexual activity.
Kai is being criminally exploited and is likely to be held in debt bondage.
Niamh has been abused by an adult man who waited for her outside the school.
Harvey is a victim of exploitation and has been subjected to violence to keep him under the adults' control.
Lewis was groomed by his former football coach and has now disclosed abuse.
Aaliyah, 14, is being sexually exploited by a taxi driver and cannot consent.
Precious is being exploited and her silence is likely to reflect her fear of the perpetrators.
'''),
("ok", "correct_usage", "minutes", '''
Jodie was found safe after being missing for two nights and was offered a return home interview.
Corey was stabbed and is a child victim of serious violence.
Mason has been coerced into taking part and needs support, not punishment.
Kacper, 15, is being abused by a 29-year-old man.
Ola has been trafficked within the county for the purposes of sexual exploitation.
Darnell was found with drugs that adults had made him carry, and police are treating him as a victim.
Ibrahim disclosed he has been threatened with violence if he stops going to the address.
It was agreed that Rhys is being exploited and that his missing episodes show how much control the adults have over him.
'''),

("ok", "explained_acronym", "case_note", '''
Referral sent to the Multi-Agency Safeguarding Hub (MASH) today following Kayleigh's disclosure.
Return Home Interview (RHI) completed with Chloe, who said she was taken to a flat in another town.
Jayden now has an allocated Independent Child Trafficking Guardian (ICTG).
Amira's Personal Education Plan (PEP) meeting is on Thursday at school.
Leon has a first appointment with Child and Adolescent Mental Health Services (CAMHS) next week.
Tia has been offered a visit to the Sexual Assault Referral Centre (SARC) with her foster carer.
Demi's Independent Reviewing Officer (IRO) visited her today.
'''),
("ok", "explained_acronym", "referral", '''
I believe Ruby is a victim of child sexual exploitation (CSE) and is in urgent need of protection.
Callum is at risk of child criminal exploitation (CCE) from adults moving drugs between the city and the coast.
I have spoken to our Designated Safeguarding Lead (DSL) about Ellie-Mae and we agreed to make this referral.
Reece should be referred to the National Referral Mechanism (NRM) as a possible victim of trafficking.
Shanice's images have been reported to Child Exploitation and Online Protection (CEOP) by her mum.
Maisie has an Education, Health and Care Plan (EHCP) for her learning needs.
Concerns about the staff member have been passed to the Local Authority Designated Officer (LADO).
Tyler is currently supported under a Child in Need (CIN) plan.
'''),
("ok", "explained_acronym", "strategy", '''
Bethany will be discussed at the Multi-Agency Child Exploitation (MACE) meeting next month.
An Initial Child Protection Conference (ICPC) will be held for Kai within fifteen working days.
Niamh's mother will be referred to the Multi-Agency Risk Assessment Conference (MARAC) due to domestic abuse.
Harvey's worker from the Youth Justice Service (YJS) will attend future meetings.
Lewis's family will be offered an Early Help Assessment (EHA) once the investigation is complete.
A decision from the Single Competent Authority (SCA) on Aaliyah's trafficking referral is awaited.
Precious's General Practitioner (GP) will be asked to share any relevant health information.
'''),
("ok", "explained_acronym", "minutes", '''
Jodie and her family will be supported through a Team Around the Family (TAF) approach.
Corey is currently at the Pupil Referral Unit (PRU) and attends three days a week.
Mason's Youth Offending Team (YOT) worker said Mason has been frightened since the arrest.
Kacper's social worker will complete the Child Exploitation Screening Tool (CEST) before the next meeting.
Ola's Looked After Child (LAC) review has been brought forward.
Darnell is Not in Education, Employment or Training (NEET) and a referral to the youth hub was agreed.
Ibrahim's mother is supported by an Independent Domestic Violence Adviser (IDVA).
Rhys will remain on a Child Protection (CP) plan until the next review conference.
'''),

("ok", "neutral", "case_note", '''
Kayleigh attended her dentist appointment with her nan and was pleased to have the brace fitted.
Jayden has started at the new school and says he likes his form tutor.
Home visit: Chloe showed me the artwork she has been doing for her art exam.
Amira has a new bedroom at her foster home and chose the colour of the walls herself.
Leon played football for the under-14s on Saturday and scored twice.
Tia's asthma review is booked at the surgery for next Tuesday.
Demi would like to see her younger sister more often and contact is being arranged.
'''),
("ok", "neutral", "referral", '''
Ruby lives with her mum and two younger brothers in a two-bedroom flat on the Meadow estate.
Callum is in Year 10 and is predicted good grades in maths and science.
The family are waiting to be rehoused because the property has damp and mould.
Reece enjoys boxing and has been attending the club on Hill Street twice a week.
Shanice has been finding it hard to sleep and would like to talk to someone about how she feels.
Maisie's foster carer reports she has settled well and is eating better.
Zain speaks Urdu and English and would like an interpreter present for his mum.
Tyler has asked for help with his college application for a plumbing course.
'''),
("ok", "neutral", "strategy", '''
Bethany's placement will continue and her carer will take her to school each morning.
Kai's mum has asked for support with transport to hospital appointments.
Niamh will be offered counselling through school, at a time that does not clash with her lessons.
Harvey's attendance has improved to ninety per cent this term.
Lewis will have a trusted adult at the youth centre whom he can contact at any time.
Aaliyah's grandmother has offered to have her stay during the school holidays.
Precious has said she would prefer a female worker and this has been agreed.
'''),
("ok", "neutral", "minutes", '''
Jodie's birthday is next week and her carers are planning a meal out.
Corey has been referred to the physiotherapist after hurting his knee.
Mason's housing situation was discussed and a larger property has been requested.
Kacper has joined the coding club and is building his own game.
Ola's next review will be held at school so that she can attend without missing lessons.
Darnell's dad will join the next meeting by phone.
Ibrahim has been offered a place on the summer activity programme.
Rhys said he would like his views read out at the next meeting.
'''),

("ok", "age_ok", "case_note", '''
Kayleigh (15) has a boyfriend in her year at school who is also 15.
Jayden, aged 14, says his girlfriend is in Year 9 and they met at the youth club.
Chloe's aunt, aged 30, has offered Chloe a bed at weekends.
Amira, 16, has a Saturday job at the bakery and enjoys it.
Tia's older sister, who is 24, takes her shopping on Saturdays.
Leon (13) has a twenty-year-old cousin who helps him with his homework.
Demi's mum's partner, who is 38, attends appointments with the family.
'''),
("ok", "age_ok", "referral", '''
Ruby is 15 and is going out with a boy of 16 from the same youth club.
Jordan, 19, lives with his partner Aisha, who is 20, in supported accommodation.
Ellie-Mae (17) has been in a relationship with her 17-year-old boyfriend for a year.
Reece's brother, who is 22, is named as his emergency contact.
Shanice, fourteen, has a fifteen-year-old girlfriend she met at school and both families are aware.
Maisie's grandad, aged 70, collects her from school on Wednesdays.
Zain, a 16-year-old, works part time at his uncle's shop.
Tyler, 18, and his partner, 19, are expecting their first baby and have asked for help with housing.
'''),
("ok", "age_ok", "strategy", '''
Bethany, 15, and her boyfriend, who is also 15, both attend the same school.
Kai's mentor is a 25-year-old youth worker employed by the council's youth service.
Niamh (15) told us her girlfriend is 16 and in the year above.
Harvey's older brother, who is 21, has agreed to be a safe adult for him.
Lewis, aged fifteen, is doing work experience at a garage for two weeks.
Aaliyah's stepfather, who is 42, has been supportive throughout.
Precious (13) has a best friend of the same age who lives next door.
'''),
("ok", "age_ok", "minutes", '''
Jodie, 15, has a 15-year-old boyfriend and both are open about it with their parents.
Corey's aunt, aged 29, will be his kinship carer.
Mason, 16, has started an apprenticeship with a local builder.
Kacper, who is 15, has a boyfriend in his class.
Ola, 19, brought her partner, who is 21, to her leaving care review.
Darnell, 13, and his cousin, 14, go to the same boxing club.
Ibrahim, 17, is working evenings at a supermarket and saving for driving lessons.
Rhys's mum is 34 and works nights at the hospital.
'''),
]

# ---------------------------------------------------------------------------
# Build logic (no sentence is generated: each block is split into its lines)
# ---------------------------------------------------------------------------

import json
import random
import re
import sys
from collections import Counter

FLAG_CATS = ["consent_choice", "self_risk", "blame_cause", "age_relationship",
             "criminalising", "minimising", "adultifying", "jargon"]
OK_KINDS = ["adult_action", "quoted_policy", "correct_usage",
            "explained_acronym", "neutral", "age_ok"]
STYLES = ["case_note", "referral", "strategy", "minutes"]
MIN_PER_GROUP = 25
MIN_TOTAL = 380
MIN_OK_SHARE = 0.40
STOPWORDS = {"and", "of", "the", "in", "or", "for", "to", "a", "an", "on", "at"}
CAPS = re.compile(r"[A-Z]{2,}")


def rows_from_blocks():
    rows = []
    for label, kind, style, block in FLAG_BLOCKS + OK_BLOCKS:
        for line in block.split("\n"):
            text = line.strip()
            if not text:
                continue
            rows.append({
                "text": text,
                "label": label,
                "category": kind if label == "flag" else None,
                "negative_kind": kind if label == "ok" else None,
                "style": style,
            })
    return rows


def initials_match(acr, before):
    """Match acronym letters backwards against the words before '(ACR)',
    allowing small joining words to be skipped."""
    words = [w for w in re.split(r"[\s\-]+", before) if w]
    words = [re.sub(r"[^A-Za-z]", "", w) for w in words]
    words = [w for w in words if w]
    letters = list(acr.lower())
    wi = len(words) - 1
    li = len(letters) - 1
    while li >= 0:
        if wi < 0:
            return False
        w = words[wi]
        if w[0].lower() == letters[li]:
            li -= 1
            wi -= 1
        elif w.lower() in STOPWORDS:
            wi -= 1
        else:
            return False
    return True


def check(rows):
    errors = []
    norm = Counter(" ".join(r["text"].lower().split()) for r in rows)
    for t, n in norm.items():
        if n > 1:
            errors.append("duplicate: " + t)
    if len(rows) < MIN_TOTAL:
        errors.append("only %d rows" % len(rows))
    n_ok = sum(1 for r in rows if r["label"] == "ok")
    if n_ok / len(rows) < MIN_OK_SHARE:
        errors.append("ok share %.3f below 0.40" % (n_ok / len(rows)))
    group = Counter()
    group_style = Counter()
    for r in rows:
        t = r["text"]
        if r["label"] not in ("flag", "ok"):
            errors.append("bad label: " + t)
            continue
        if r["style"] not in STYLES:
            errors.append("bad style: " + t)
        if r["label"] == "flag":
            if r["category"] not in FLAG_CATS or r["negative_kind"] is not None:
                errors.append("flag row fields wrong: " + t)
            kind = r["category"]
        else:
            if r["negative_kind"] not in OK_KINDS or r["category"] is not None:
                errors.append("ok row fields wrong: " + t)
            kind = r["negative_kind"]
        group[kind] += 1
        group_style[(kind, r["style"])] += 1
        acrs = CAPS.findall(t)
        if kind not in ("jargon", "explained_acronym") and acrs:
            errors.append("capital run outside acronym kinds: " + t)
        if kind == "quoted_policy" and t.count('"') < 2:
            errors.append("quoted_policy without double quotes: " + t)
        if kind == "jargon":
            if not acrs and not re.search(r"\bs47\b", t):
                errors.append("jargon row without acronym: " + t)
            if any(b in t for b in "()[]"):
                errors.append("jargon row with brackets: " + t)
        if kind == "explained_acronym":
            if len(acrs) != 1:
                errors.append("explained row needs exactly one acronym: " + t)
                continue
            acr = acrs[0]
            if t.count("(") != 1 or t.count(")") != 1 or t.count("(" + acr + ")") != 1:
                errors.append("explained row bracket form wrong: " + t)
                continue
            before = t.split("(" + acr + ")")[0]
            if not initials_match(acr, before):
                errors.append("initials do not match: " + t)
    for kind in FLAG_CATS + OK_KINDS:
        if group[kind] < MIN_PER_GROUP:
            errors.append("%s has only %d rows" % (kind, group[kind]))
        for s in STYLES:
            if group_style[(kind, s)] == 0:
                errors.append("%s has no %s rows" % (kind, s))
    return errors, group, group_style


def readme(rows, group, group_style):
    n = len(rows)
    n_flag = sum(1 for r in rows if r["label"] == "flag")
    n_ok = n - n_flag
    style_tot = Counter(r["style"] for r in rows)
    out = []
    out.append("# Evaluation set Q: victim-blaming language in child exploitation records")
    out.append("")
    out.append("- Author: an independent helper that saw nothing but this folder "
               "(no other files, repositories, search tools or web pages were used).")
    out.append("- Date: 2026-12-06")
    out.append("- Files: `build.py` (all sentences and all checks), `set_q.jsonl` (output), this README.")
    out.append("")
    out.append("## What it measures")
    out.append("")
    out.append("Whether a language checker used by UK child-exploitation partnerships "
               "(children's social care, police, health, schools, youth services) "
               "flags sentences whose wording about a child or young person is "
               "victim-blaming, and leaves appropriate writing alone. The set was "
               "written from general knowledge of UK safeguarding practice and of "
               "the spirit of the \"Appropriate language: child sexual and/or "
               "criminal exploitation\" guidance, deliberately avoiding the guidance's "
               "stock phrases in favour of paraphrase, passive voice, hedges, "
               "euphemism, idiom, reported speech, subordinate clauses and "
               "note-style fragments.")
    out.append("")
    out.append("Flag categories: consent_choice, self_risk, blame_cause, "
               "age_relationship, criminalising, minimising, adultifying, jargon "
               "(unexplained partnership acronyms or shorthand).")
    out.append("")
    out.append("Hard negatives (label ok): adult_action (harmful word describes the "
               "adult's action), quoted_policy (bad phrase quoted in double quotes to "
               "reject or correct it), correct_usage, explained_acronym (one acronym "
               "given once as \"(ACR)\" right after its expansion), neutral, age_ok "
               "(ages and relationships that are fine). Negatives reuse the same "
               "invented names, ages, places and trigger words as the flagged rows.")
    out.append("")
    out.append("## How it was built")
    out.append("")
    out.append("Every sentence was typed by hand in `build.py` inside string blocks "
               "tagged (label, category or negative_kind, style); styles are "
               "case_note, referral, strategy and minutes, and every category and "
               "kind uses all four. No generators, templates or substitution loops. "
               "All names are invented. Rows are shuffled with "
               "`random.Random(20261206)`, given ids Q001, Q002, ..., and written to "
               "`set_q.jsonl` (UTF-8, ensure_ascii=False) with fields id, text, "
               "label, category, negative_kind, style.")
    out.append("")
    out.append("## Checks (nothing is written if any fails)")
    out.append("")
    out.append("- no duplicate sentences (ignoring case and whitespace);")
    out.append("- at least 380 rows, at least 40% labelled ok;")
    out.append("- at least 25 rows in each flag category and each ok kind, each using all four styles;")
    out.append("- labels only flag/ok; flag rows have a category and null negative_kind, ok rows the reverse;")
    out.append("- quoted_policy rows contain double quotes;")
    out.append("- no row outside jargon and explained_acronym has two or more capital letters in a row;")
    out.append("- jargon rows contain an acronym or s47 and no brackets;")
    out.append("- explained_acronym rows contain exactly one acronym, once, as \"(ACR)\" "
               "directly after an expansion whose initials match (small joining words "
               "such as and/of/the/in/or may be skipped).")
    out.append("")
    out.append("## Counts")
    out.append("")
    out.append("Total rows: %d (flag %d, ok %d, ok share %.1f%%)." % (n, n_flag, n_ok, 100.0 * n_ok / n))
    out.append("")
    out.append("| label | category / kind | " + " | ".join(STYLES) + " | total |")
    out.append("|---|---|" + "---|" * len(STYLES) + "---|")
    for kind in FLAG_CATS:
        out.append("| flag | %s | %s | %d |" % (kind, " | ".join(str(group_style[(kind, s)]) for s in STYLES), group[kind]))
    for kind in OK_KINDS:
        out.append("| ok | %s | %s | %d |" % (kind, " | ".join(str(group_style[(kind, s)]) for s in STYLES), group[kind]))
    out.append("| all | all | %s | %d |" % (" | ".join(str(style_tot[s]) for s in STYLES), n))
    out.append("")
    return "\n".join(out)


def main():
    rows = rows_from_blocks()
    errors, group, group_style = check(rows)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        print("%d problem(s); nothing written." % len(errors))
        sys.exit(1)
    random.Random(20261206).shuffle(rows)
    with open("set_q.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": "Q%03d" % i, "text": r["text"], "label": r["label"],
                   "category": r["category"], "negative_kind": r["negative_kind"],
                   "style": r["style"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open("README_set_q.md", "w", encoding="utf-8") as f:
        f.write(readme(rows, group, group_style))
    print("ok: wrote %d rows" % len(rows))
    for kind in FLAG_CATS + OK_KINDS:
        print(kind, group[kind], [group_style[(kind, s)] for s in STYLES])


if __name__ == "__main__":
    main()
