#!/usr/bin/env python3
"""Build set_t.jsonl: hand-written labelled records for a UK youth-safeguarding de-identifier.

Every record below was typed individually. Inline markers {TYPE|text} mark identifiers.
Style keys: Y = young_person, C = case_note, F = form.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = {"Y": "young_person", "C": "case_note", "F": "form"}
TYPES = {"NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "HANDLE", "URL",
         "SCHOOL", "DATE_OF_BIRTH", "NHS_NUMBER"}

RECORDS = []

# ---------------------------------------------------------------------------
# Part 1: young_person, no identifiers (hard negatives)
# ---------------------------------------------------------------------------
RECORDS += [
("Y", "I hope Monday is better than today tbh, Fridays are always long"),
("Y", "Will do miss, I'll bring the form in on Tuesday"),
("Y", "ngl Greggs on the high street is the only place that's warm after school"),
("Y", "me n the mandem was just chillin at Maccies in Harehills nothing happened"),
("Y", "I WANT TO GO HOME. WHY IS NOBODY LISTENING TO ME"),
("Y", "my Nan takes me to the mosque on Fridays for Jummah"),
("Y", "Mum says I can go to Aunty's for Eid if I behave"),
("Y", "i dont trust the feds they always stop us outside the Co-op"),
("Y", "Social came round again on Wednesday and asked loads of questions"),
("Y", "Sky went off at ours so I was on my phone all night watching TikTok"),
("Y", "I support Leeds United but my stepdad is Man U so we argue every weekend"),
("Y", "Grace period for the bus pass ends in April so I need to sort it"),
("Y", "Summer holidays are boring, there's nothing to do in Rochdale"),
("Y", "We went to Heaton Park for the fair and it was proper packed"),
("Y", "i got banned off Roblox for swearing lol"),
("Y", "Fortnite season is mid but I still play it with the boys after tea"),
("Y", "My SW is alright but she talks too much"),
("Y", "The Head said if I get one more detention I'm out"),
("Y", "CAMHS waiting list is like a year long, what's the point"),
("Y", "I spoke to Childline once when I was in Year 8 and it helped a bit"),
("Y", "idk why everyone thinks im in a gang just cos I wear a North Face"),
("Y", "Talk to FRANK has loads of stuff about weed and pills on it"),
("Y", "my mate got his phone robbed in Piccadilly Gardens last week"),
("Y", "Rob a shop? nah fam I'm not stupid"),
("Y", "Mark scheme for the maths mock was peak, I got a 4"),
("Y", "Jack Wills hoodie was a present from my Grandad"),
("Y", "Frank conversation with Sir today, he said I'm smart but lazy"),
("Y", "Hope you're ok, sorry I didn't reply, my data ran out"),
("Y", "Joy is not a word I'd use for Year 11 honestly"),
("Y", "Faith school was strict, we had to pray every morning"),
("Y", "Amber warning for snow so college might be shut tomorrow"),
("Y", "Ruby Tuesday is an old song my Mum sings when she's cleaning"),
("Y", "Crystal meth is not a thing round here it's mostly weed and coke"),
("Y", "Dawn raid on the estate woke everyone up at 6am"),
("Y", "we went up on the moors and the heather was purple everywhere"),
("Y", "Holly and ivy all over the school hall for the Christmas concert"),
("Y", "Lily pads in the pond at Roundhay Park are sick"),
("Y", "Jasmine tea is nasty i dont get why my sister drinks it"),
("Y", "Robin Hood is the only film we watched in History"),
("Y", "Drew a picture in art therapy of my old house"),
("Y", "Chase me for the bus money all you want I ain't paying"),
("Y", "Hunter wellies are way too expensive for Glastonbury"),
("Y", "Mason jars for the bake sale were a stupid idea"),
("Y", "Taylor Swift tickets sold out in like two minutes"),
("Y", "reed diffuser in the foster house makes me sneeze"),
("Y", "Sue the council? my Mum says she would if she could afford a lawyer"),
("Y", "Pat on the back for going to every lesson this week lol"),
("Y", "Bill for the gas came and Mum started crying"),
("Y", "Will the police tell my school? I don't want them to know"),
("Y", "Rose gold iPhone case from Primark, got it for £5"),
("Y", "Heather grows all over Ilkley Moor, we saw loads of it on the walk"),
("Y", "OMG the Love Island final was so bad"),
("Y", "Top Boy is basically what my area is like but with less money"),
("Y", "EastEnders is for old people"),
("Y", "Stormzy came to a school in Croydon once, my cousin met him"),
("Y", "Marcus Rashford is my hero cos of the free school meals thing"),
("Y", "my brother watches Andrew Tate clips all day and thinks he knows everything"),
("Y", "the Olders make the Youngers run stuff, everyone knows that"),
("Y", "the Moss Side lot and the Longsight lot don't get on"),
("Y", "going Westfield on Saturday with the girls, Stratford not Shepherd's Bush"),
("Y", "Primark and JD then Nando's, standard Saturday"),
("Y", "i live with my Aunty now in Handsworth, it's better than the unit"),
("Y", "Christmas is rubbish when you're in care tbh"),
("Y", "Ramadan was hard with exams but I done all my fasts"),
("Y", "Diwali at the gurdwara was nice, loads of food"),
("Y", "God knows why I went, I knew it would kick off"),
("Y", "Jesus Christ, the Year 7s are so loud"),
("Y", "I went to the youth club on Thursday and played pool"),
("Y", "the PCSO is sound, he knows everyone by name"),
("Y", "A&E took 6 hours and they just gave me paracetamol"),
("Y", "YOT want me in every Monday and Thursday, it's long"),
("Y", "Snapchat map shows where everyone is, that's how they found me"),
("Y", "I turned my Snap Map off after the police said to"),
("Y", "WhatsApp group for our class is toxic, I left it"),
("Y", "Discord server for Minecraft is where I met most of my friends"),
("Y", "he added me on Insta and kept sending weird stuff"),
("Y", "I dont go on Omegle anymore since it got shut down anyway"),
("Y", "my phone is a Samsung A14 its cracked"),
("Y", "Xbox got taken off me till I go back to school"),
("Y", "FIFA is better than GTA dont @ me"),
("Y", "Call of Duty with headsets till 3am, that's why I'm tired"),
("Y", "Deliveroo drivers always hang around outside KFC"),
("Y", "i got a job at Tesco on weekends stacking shelves"),
("Y", "Lidl middle aisle is elite"),
("Y", "My Mum works nights at Asda so I look after my little brother"),
("Y", "Boots meal deal is the only thing I eat at lunch"),
("Y", "we get the 36 bus to Harrogate sometimes just to get out"),
("Y", "Blackpool was cold but the arcades were good"),
("Y", "Skegness for the school trip, everyone was sick on the coach"),
("Y", "Preston is where my Dad lives, I see him every other weekend"),
("Y", "Lincoln is dead, nothing there except the cathedral"),
("Y", "Bolton away on Saturday, Dad is taking me"),
("Y", "I used to live in Chester but we moved up here in Year 6"),
("Y", "Kendal mint cake is actually nice"),
("Y", "Wigan Pier isn't even a pier"),
("Y", "Burnley have been relegated again lol"),
("Y", "Everton fans are the most loyal, everyone knows"),
("Y", "Spurs lost again, my whole Year group is laughing at me"),
("Y", "Chelsea away kit this season is ugly"),
("Y", "Villa Park on a Tuesday night, best night of my life"),
("Y", "the Boys in Blue were out in force at the carnival"),
("Y", "Notting Hill Carnival is the only time my family all get together"),
("Y", "I'm not being funny but the Council don't care about our estate"),
("Y", "EHCP meeting is next week and I don't want to go"),
("Y", "the SENCO is the only teacher who gets me"),
("Y", "PRU is not that bad, classes are smaller"),
("Y", "Year 10 is the worst year, everyone says"),
("Y", "GCSEs start in May and I'm not ready at all"),
("Y", "DofE expedition in the Peak District was actually fun"),
("Y", "Army Cadets on Wednesdays keeps me out of trouble"),
("Y", "Scouts was for kids but Explorers is alright"),
("Y", "The Prince's Trust course got me my CSCS card"),
("Y", "Kooth is ok but the chat is slow"),
("Y", "Samaritans picked up straight away which surprised me"),
("Y", "Brook did my implant and they were really nice"),
("Y", "if ur reading this Sarge im sorry about the car"),
("Y", "bruv the opps was on our ends yesterday"),
("Y", "it's peak, they took my Nike Tech and my AirPods"),
("Y", "im not a snitch so dont ask"),
("Y", "County lines is what the teachers call it, we just call it working"),
("Y", "lmao my teacher thought Drill was a DT thing"),
("Y", "Ivy Park stuff is Beyonce's brand, my sister loves it"),
]

# ---------------------------------------------------------------------------
# Part 2: case_note, no identifiers (hard negatives)
# ---------------------------------------------------------------------------
RECORDS += [
("C", "Home visit completed on Tuesday. YP was in bed at 2pm and declined to engage. Mother reports he was out until 4am."),
("C", "Strategy discussion held with MASH, Police and Health. Threshold met for Section 47 enquiries."),
("C", "YP disclosed to DSL that she has been going to parties in Bradford with older males. Referral made to Children's Services the same day."),
("C", "Missing episode reported to West Yorkshire Police at 23:10. YP returned at 03:40 by taxi. Return home interview offered."),
("C", "Return home interview: YP stated she was at a friend's in Chapeltown and 'just chilling'. Declined to say who she was with."),
("C", "Mum reports concerns about new trainers and a second phone. YP says they were a present from Nan."),
("C", "Professionals meeting minutes. Present: SW, IRO, DSL, YOT case manager, CAMHS practitioner, PCSO. Apologies: GP."),
("C", "Action: Social Worker to complete CSE/CCE screening tool before next core group."),
("C", "Action: School to share attendance data with Early Help by Friday."),
("C", "Action: YOT to explore Reparation placement at the community garden."),
("C", "Child A is currently placed in residential care out of area. Contact with birth family is supervised."),
("C", "Police Protection Powers used at 19:30. Child taken to a place of safety. EDT informed."),
("C", "LADO consulted regarding allegation against a member of staff. Advised to proceed under Part 4 of the procedures."),
("C", "NFA by Police after interview. Case remains open to Children's Services under Child in Need."),
("C", "Case stepped down to Early Help following review. Family agreed to TAF meetings fortnightly."),
("C", "Attendance this term 62%. Persistent absence on Mondays and Fridays noted."),
("C", "YP attended A&E at the General with a laceration to the left hand. Explanation given was that he fell on glass."),
("C", "Sexual health nurse saw YP at the drop-in. Advice given on consent and contraception. Fraser competent."),
("C", "Gillick competence assessed and YP was able to understand the information given."),
("C", "Concern raised by the youth club that a group of older males in a black Audi have been waiting outside on Thursdays."),
("C", "Intelligence submitted to Police via the partnership form regarding a vehicle seen outside the Co-op on Harehills Road."),
("C", "The Head confirmed a managed move is being considered. YP and Mother not yet informed."),
("C", "Mother described the stepfather as 'handy with his fists' but would not elaborate."),
("C", "Nan is currently providing the majority of care. Kinship assessment to be considered."),
("C", "Aunty has offered to have the children for the summer holidays. Viability assessment requested."),
("C", "YP stated 'the olders look after me' and appeared proud of new clothes from Nike and Moncler."),
("C", "Discussed online safety. YP showed worker how Snapchat Quick Add works and how strangers add her."),
("C", "YP reports being added to a Telegram group where drugs are advertised. Screenshots not retained."),
("C", "YP was found in Blackpool by British Transport Police having travelled without a ticket."),
("C", "NRM referral submitted. Awaiting reasonable grounds decision from the Single Competent Authority."),
("C", "Child Exploitation panel agreed to map associates and locations. Next panel in March."),
("C", "MACE meeting: the group discussed three linked young people and the use of a flat in the town centre."),
("C", "Contextual safeguarding assessment of the park completed with Parks team and Neighbourhood Policing."),
("C", "Lighting has been improved at the skate park following the community walkabout."),
("C", "Duty log 14:20. Anonymous caller concerned about children left alone overnight. Caller would not give details. Passed to MASH."),
("C", "Duty log 16:05. School rang to say YP had not been collected. Resolved when Grandad arrived."),
("C", "Email to team: Please remember Friday's training on Trauma Informed Practice is in the Civic Centre, Room 3."),
("C", "Email: Hi all, the CAMHS consultation slot has moved to Wednesday afternoons. Thanks."),
("C", "Supervision: Practice Manager agreed the plan. Worker to visit weekly and see YP alone each time."),
("C", "Chronology updated to include the October incident at the bus station."),
("C", "YP presented as anxious and kept looking at her phone. When asked, she said it was her Mum messaging."),
("C", "Foster carer reports YP returned with a strong smell of cannabis and red eyes."),
("C", "Children's Home log: YP ate tea, watched Hollyoaks in the lounge, in bed by 22:30."),
("C", "Children's Home log: YP absconded via the fire door at 21:15. Police informed as per Philomena Protocol."),
("C", "Housing have confirmed the family are on Band B and unlikely to be rehoused before summer."),
("C", "Benefits sanction has left the household without money for gas. Food bank voucher provided."),
("C", "Mother has been referred to Women's Aid. DASH completed, scored 14, MARAC referral made."),
("C", "MARAC held. Actions shared via secure email to Police, Health and Children's Social Care."),
("C", "Court date set for the care proceedings. Guardian appointed by Cafcass."),
("C", "YP was remanded to youth detention accommodation. Visit booked for next week."),
("C", "Referral order panel met. Contract agreed including victim awareness and a letter of apology."),
("C", "YP completed Knife Crime awareness session with the St Giles caseworker."),
("C", "Prevent referral discussed with the Channel panel. Decision: no further action, signpost to youth service."),
("C", "YP has been watching extremist content on YouTube and repeating phrases about 'the West'."),
("C", "Interpreter used for Arabic. Mother understood the purpose of the visit."),
("C", "Family are Roma and speak Romanian at home. Father works at a car wash in Oldham."),
("C", "The family are Jehovah's Witnesses and have declined a blood transfusion on religious grounds. Legal advice sought."),
("C", "YP identifies as non-binary and asked to be referred to by they/them. All staff informed."),
("C", "YP is a practising Sikh and wears a kara. School have been asked to respect this."),
("C", "Muslim chaplain at the YOI offered support during Ramadan."),
("C", "Father is currently serving a sentence at HMP Leeds. YP has not visited."),
("C", "Probation confirmed the license conditions prohibit contact with children."),
("C", "Mother said 'I'm Mum, not his mate' and set clear boundaries during the visit."),
("C", "YP referred to the Independent Visitor scheme. Waiting list approx. 4 months."),
("C", "Pathway Plan reviewed. YP wants to study Motor Vehicle at college in September."),
("C", "Personal Adviser from Leaving Care attended the review."),
("C", "UASC arrived via Dover and was age assessed. Placed in supported accommodation in Hull."),
("C", "YP mentioned a man called 'the Uncle' who gives lifts. No further details known."),
("C", "Group nickname 'the Wolfpack' appears in multiple referrals across three schools."),
("C", "Police believe the group calling themselves 'Zone 2' are recruiting in the local park."),
("C", "YP referred to the police as 'the Old Bill' and 'the Feds' throughout the session."),
("C", "Will to be read next week; Grandmother's estate includes the family home. Tenancy issue likely."),
("C", "Hope Street Children's Centre closed in 2019; family previously attended there."),
("C", "Summer Scheme place secured at the leisure centre, 10am to 3pm, Monday to Thursday."),
("C", "Dawn patrol by Neighbourhood Team found no young people at the location."),
("C", "Joy and relief expressed by Mother when told the case was closing."),
("C", "Frank discussion held with Father about alcohol use. He agreed to attend Forward Leeds."),
("C", "Grace, the school's reflection room, was used for the meeting at YP's request."),
("C", "Faith leaders were consulted about the community event after the stabbing."),
("C", "Rose Garden at the park has been identified as a location where young people gather to drink."),
("C", "Ivy House is the name of the respite unit. YP has stayed there twice."),
("C", "Amber rating agreed for exploitation risk; to be reviewed in six weeks."),
("C", "Sky TV and a new PS5 were seen in YP's bedroom, unusual given the family's finances."),
("C", "Mark on YP's neck was visible; YP said it was from a curling iron."),
("C", "Chase Farm is the hospital where YP was born, according to Mother."),
("C", "Reed bed area by the canal has been used as a hiding place for knives according to intelligence."),
("C", "Robin Lane Medical Centre has transferred the records to the new GP."),
("C", "Taylor Wimpey are building on the old playing fields; families worried about losing the space."),
("C", "Hunter Street car park is a known location for drug exchanges."),
("C", "Mason Court flats have had a spate of cuckooing reports."),
("C", "Holly Bank has been suggested as an alternative school placement."),
("C", "Summer born; YP is youngest in her Year group and struggles socially."),
("C", "Pat testing of the equipment at the youth centre was completed on Monday."),
("C", "Jack knife was found in YP's bag by the Head of Year. Police called."),
("C", "Sue Ryder shop is where YP volunteers on Saturdays as part of DofE."),
("C", "Crystal Palace fan club tickets were offered to YP by an unknown male. Considered grooming indicator."),
("C", "Drew attention of the panel to the increase in knife carrying among Year 9 boys."),
("C", "Lily Savage was mentioned by Grandad as his favourite comedian. Not relevant to risk."),
("C", "Jasmine Unit at the hospital is the adolescent ward."),
("C", "Heather Lodge residential unit has a vacancy from next month."),
("C", "Ruby wedding anniversary party for the grandparents is on the weekend; YP wants to attend."),
("C", "Dawn to dusk curfew was suggested by the Magistrates but not imposed."),
("C", "YP said 'I swear on the Quran I wasn't there' when asked about the incident."),
("C", "Eid celebrations meant the family were not home for the planned visit."),
("C", "Vaisakhi procession through the city centre; YP attended with family."),
("C", "Hanukkah and Christmas both celebrated in the foster home."),
("C", "Carer reported YP is obsessed with the Premier League and wants to be a footballer."),
("C", "YP claims to have been scouted by Sheffield Wednesday. Unable to verify."),
("C", "Coach at the boxing gym described YP as 'a good lad who just needs structure'."),
("C", "Meeting held in the Family Room at Hillside Police Station."),
("C", "CSE team and the Missing team are to be merged into the Complex Safeguarding Hub in April."),
("C", "Bed and breakfast placement is not acceptable for a 16 year old. Escalated to Head of Service."),
("C", "Head of Service approved the Section 20 accommodation."),
("C", "Director of Children's Services briefed on the case due to media interest."),
("C", "Ofsted inspection next week; all case recordings should be up to date."),
("C", "Team Manager approved the closure summary. No further concerns identified."),
("C", "The Duty and Advice Team received three contacts about the same incident."),
("C", "YP believes the DSL 'grassed' to the police and is refusing to speak to school staff."),
("C", "YP said he 'only deals to people he knows' and that the money is for his Mum's rent."),
("C", "Youth worker observed YP giving a small package to a male on a moped near the Aldi."),
("C", "Dad attended, smelling of alcohol. Visit ended early. Mum to be seen alone next time."),
("C", "Stepmum is supportive but feels undermined by Dad."),
("C", "Grandmother is the main carer. She has COPD and limited mobility."),
("C", "EHCP annual review: YP's needs are primarily SEMH. Provision at the PRU is meeting needs."),
("C", "School nurse reports YP has lost weight over the past term. GP referral advised."),
("C", "Health visitor has not been able to see the baby for eight weeks. Escalated."),
("C", "CP Plan under category of Neglect. Review conference scheduled for June."),
("C", "YP wrote 'I HATE IT HERE' on the bedroom wall in marker pen."),
("C", "Transcribed text message: 'wer r u, ur late, dnt make me come find u'. Sender unknown, number withheld."),
]

# ---------------------------------------------------------------------------
# Part 3: form, no identifiers (hard negatives)
# ---------------------------------------------------------------------------
RECORDS += [
("F", "Ethnicity: Black British - Caribbean"),
("F", "Ethnicity: White and Black African"),
("F", "Ethnicity: Gypsy / Roma"),
("F", "Ethnicity: Any other Asian background (Bangladeshi)"),
("F", "Religion: Muslim"),
("F", "Religion: Sikh"),
("F", "Religion: Christian (Pentecostal)"),
("F", "Religion: None stated"),
("F", "First language: Polish"),
("F", "First language: Tigrinya. Interpreter required: Yes"),
("F", "Interpreter required: Yes (Romanian)"),
("F", "Gender: Female"),
("F", "Gender identity: Trans male. Pronouns: he/him"),
("F", "Age: 15"),
("F", "Age at referral: 13 years 4 months"),
("F", "Year group: Year 10"),
("F", "Year group: Not in education"),
("F", "Referral source: School"),
("F", "Referral source: Police (PPN)"),
("F", "Referral source: Health - A&E"),
("F", "Referral source: Anonymous member of public"),
("F", "Referrer role: Designated Safeguarding Lead"),
("F", "Referrer role: Social Worker"),
("F", "Referrer role: Youth Worker"),
("F", "Referrer role: PCSO"),
("F", "Consent obtained: Yes (verbal, from parent)"),
("F", "Consent obtained: No - referral made without consent due to risk of significant harm"),
("F", "Risk level: Amber"),
("F", "Risk level: Red"),
("F", "RAG rating: Green"),
("F", "Exploitation risk: Significant"),
("F", "Category of abuse: Neglect"),
("F", "Category of abuse: Emotional"),
("F", "Outcome: Strategy discussion held"),
("F", "Outcome: NFA - signposted to Early Help"),
("F", "Outcome: Section 47 enquiry"),
("F", "Outcome: Referred to CAMHS Crisis"),
("F", "Team: MASH"),
("F", "Team: Youth Justice Service"),
("F", "Team: Complex Safeguarding"),
("F", "Team: Children with Disabilities"),
("F", "Allocated worker: TBC"),
("F", "Allocated worker: Duty"),
("F", "Legal status: Section 20"),
("F", "Legal status: Interim Care Order"),
("F", "Legal status: Child in Need"),
("F", "Legal status: CP Plan"),
("F", "Placement type: Residential"),
("F", "Placement type: Kinship (Nan)"),
("F", "Placement type: Semi-independent"),
("F", "Next review: March"),
("F", "Next review due: 14/05/2026"),
("F", "Date of referral: 03/02/2026"),
("F", "Date of incident: Saturday 11 April 2026"),
("F", "Time reported missing: 22:45"),
("F", "Time returned: 04:10"),
("F", "Location found: Bus station, Manchester"),
("F", "Location last seen: McDonald's, Briggate"),
("F", "GP registered: Yes"),
("F", "Dentist registered: No"),
("F", "EHCP: No"),
("F", "EHCP: Yes (SEMH)"),
("F", "SEN support: Yes - ADHD, awaiting ASD assessment"),
("F", "Free school meals: Yes"),
("F", "Pupil premium: Yes"),
("F", "Exclusions this year: 2 fixed term"),
("F", "Attendance: 71%"),
("F", "Known to YOT: Yes"),
("F", "Known to CAMHS: Previously"),
("F", "Previous CP plans: 1 (2021, Neglect)"),
("F", "Household members: Mum, stepdad, 2 siblings"),
("F", "Relationship to child: Nan"),
("F", "Relationship to child: Aunty (maternal)"),
("F", "Relationship to child: Foster carer"),
("F", "Parental responsibility: Mother and Local Authority"),
("F", "Siblings in care: Yes (1)"),
("F", "Immigration status: Pending - Home Office"),
("F", "Nationality: Eritrean"),
("F", "Nationality: British"),
("F", "Disability: Hearing impairment"),
("F", "Medication: Melatonin, Sertraline"),
("F", "Allergies: Penicillin"),
("F", "Dietary needs: Halal"),
("F", "Dietary needs: Vegetarian"),
("F", "Social media used: Snapchat, TikTok, Instagram"),
("F", "Gaming platforms: Xbox Live, Roblox, Discord"),
("F", "Phone: Not known"),
("F", "Email: None"),
("F", "Address: No fixed abode"),
("F", "Address: Withheld - refuge"),
("F", "Postcode: Unknown"),
("F", "NHS number: Not available"),
("F", "DOB: Not known (age assessed as 16)"),
("F", "School: None - EHE"),
("F", "School: Awaiting place"),
("F", "Name: Withheld by caller"),
("F", "Name: Unknown male, approx. 20s"),
("F", "Name: Child A"),
("F", "Police reference: awaiting"),
("F", "Action owner: SW"),
("F", "Action owner: DSL"),
("F", "Action deadline: Friday"),
("F", "Meeting type: Core Group"),
("F", "Meeting type: ICPC"),
("F", "Meeting type: MACE"),
("F", "Attendees: SW, IRO, Mum, Nan, DSL, School Nurse"),
("F", "Apologies: GP, CAMHS"),
("F", "Hobbies: Boxing, FIFA, drawing"),
("F", "Favourite food: Jollof rice and Nando's"),
("F", "Wishes and feelings: Wants to go home to Mum"),
("F", "What's going well: Going to college every day"),
("F", "Worries: The olders, money, Mum's health"),
("F", "Who is important to you: Nan, my little sister, Sir from boxing"),
("F", "Trusted adult: Youth Worker"),
("F", "Interests: Music - Drill, Afrobeats, Taylor Swift"),
("F", "Support services: Kooth, Childline, The Mix"),
("F", "Vehicle: Black Audi A3, partial plate unknown"),
("F", "Substances: Cannabis, Nitrous oxide"),
("F", "Weapon involved: Knife (kitchen)"),
("F", "Injuries: Bruise to left cheek"),
("F", "Body map completed: Yes"),
("F", "Photographs taken: No"),
("F", "Voice of the child recorded: Yes"),
("F", "Reason for closure: Goals met"),
("F", "Reason for closure: Moved out of area - transferred to Kirklees"),
("F", "Area: Harehills"),
("F", "Area: Moss Side"),
("F", "Locality: East North East"),
("F", "Ward: Burmantofts and Richmond Hill"),
("F", "Local authority: Bradford"),
("F", "Local authority of placement: Lancashire"),
("F", "Police force: Greater Manchester Police"),
("F", "Hospital: St James's"),
]

# ---------------------------------------------------------------------------
# Part 4: young_person, with identifiers
# ---------------------------------------------------------------------------
RECORDS += [
("Y", "me n {NAME|jayden} went to the park after school and some olders started on us"),
("Y", "{NAME|Kofi} said he'd sort it but he never did"),
("Y", "my best friend is {NAME|Amara} she's the only one who knows"),
("Y", "i told miss {NAME|begum} about it and she told the DSL"),
("Y", "ask {NAME|Tyrone} he was there not me"),
("Y", "{NAME|Zainab}'s brother keeps messaging me on snap and its weird"),
("Y", "add me on snap {HANDLE|lil.zee09} lol"),
("Y", "my insta is {HANDLE|@kaylz_xo} but its private"),
("Y", "text me on {PHONE|07700 900418} if u need me"),
("Y", "{NAME|big T} is the one who gives us the phones"),
("Y", "they call him {NAME|Skeng Dee} but his real name is {NAME|Darnell}"),
("Y", "{NAME|wiktoria} and {NAME|oliwia} are my cousins they live near us"),
("Y", "i miss my nan {NAME|Bernadette} she died last year"),
("Y", "Aunty {NAME|Precious} is the one who looks after us when Mum is at work"),
("Y", "Mr {NAME|Okafor} is the best teacher in the school"),
("Y", "Mrs {NAME|Hussain} from the attendance team rang my mum AGAIN"),
("Y", "{NAME|Hope} is my little sister she's 6"),
("Y", "{NAME|Will} from boxing drove me home, he's like a big brother"),
("Y", "i'm scared of {NAME|Grace}'s boyfriend he's like 24"),
("Y", "{NAME|Frank} is my stepdad and we don't get on"),
("Y", "me and {NAME|Summer} got excluded for the same fight"),
("Y", "{NAME|Jack} n {NAME|Mason} was selling in the toilets not me"),
("Y", "my key worker {NAME|Dawn} is nice she takes me to Costa"),
("Y", "{NAME|Ruby} told everyone my business so we're not friends no more"),
("Y", "{NAME|Taylor} and {NAME|Chase} are twins in my class lol"),
("Y", "i live at {ADDRESS|42 Beckett Street} with my nan"),
("Y", "we moved to {ADDRESS|Flat 7, Kestrel House} in Year 9"),
("Y", "my postcode is {POSTCODE|LS9 7QR} if u need it for the voucher"),
("Y", "i go {SCHOOL|Oakwood High} but i'm on a part time timetable"),
("Y", "i used to go to {SCHOOL|St Bede's RC Primary} it was way better"),
("Y", "{NAME|abdi} from year 11 keeps asking me to hold stuff for him"),
("Y", "{NAME|mo} said if i dont pay him back hes gonna tell everyone"),
("Y", "{NAME|Priya}'s mum said I can stay there whenever"),
("Y", "my social worker is {NAME|Gemma} but she's going on maternity"),
("Y", "{NAME|Siobhan} at the youth club is the only adult I trust"),
("Y", "{NAME|Callum} from the chippy gives us free chips"),
("Y", "{NAME|rhys} and {NAME|cerys} are going out now lol"),
("Y", "{NAME|Ionut} doesn't speak much English but he's sound"),
("Y", "me n {NAME|kacper} play Fortnite every night"),
("Y", "{NAME|Farhiya} said the man in the car offered her a lift"),
("Y", "{NAME|Nimco}'s brother is in prison so she doesn't talk about it"),
("Y", "{NAME|Malachi} got stabbed outside the shop and nobody helped"),
("Y", "RIP {NAME|Kyrie} gone too soon"),
("Y", "my gamertag is {HANDLE|xXShadowReaperXx} add me"),
("Y", "that account {HANDLE|@ldn_plugz_4u} keeps adding everyone in our school"),
("Y", "the man on Discord called himself {HANDLE|DaddyRich_7} and kept asking for pics"),
("Y", "{NAME|Ellie-Mae} and {NAME|Demi-Leigh} started the rumour"),
("Y", "i told sir {NAME|harrison} i didnt want to do PE"),
("Y", "ngl {NAME|jordan} is a snake"),
("Y", "{NAME|Paris} is my girlfriend, we met at college"),
("Y", "{NAME|Kerry} my foster mum makes the best roast"),
("Y", "{NAME|Chelsea} from the unit ran off with me that night"),
("Y", "my name is {NAME|Precious Adeyemi} and I am 14"),
("Y", "I'm {NAME|Harpreet} and I want to be a nurse"),
("Y", "hi its {NAME|Lacey} can u ring me back"),
("Y", "call my mum on {PHONE|07700 900771} not my dad"),
("Y", "my dads number is {PHONE|07700900236} but he never answers"),
("Y", "the number that keeps ringing me is {PHONE|+44 7700 900655}"),
("Y", "my email is {EMAIL|kayla.b2010@example.com}"),
("Y", "send it to {EMAIL|gamer_tj@example.net} pls"),
("Y", "{NAME|Deshawn} is my cousin, he's the one who got me into music"),
("Y", "{NAME|Arjun} and me did the DofE together"),
("Y", "{NAME|Fatima} wears her hijab and people are horrible to her about it"),
("Y", "{NAME|Yusuf}'s dad runs the takeaway where we all go"),
("Y", "{NAME|Mhairi} moved here from Glasgow and she's dead funny"),
("Y", "{NAME|Niamh} and {NAME|Caoimhe} are Irish dancers"),
("Y", "Me and {NAME|Minh} walk home together cos it's safer"),
("Y", "{NAME|Wei} is the smartest person in our year"),
("Y", "{NAME|Tomasz} said his uncle can get us work at the car wash"),
("Y", "{NAME|Andreea} is pregnant and she's only 15"),
("Y", "{NAME|Bilal}'s older brother picks us up in a Merc"),
("Y", "{NAME|Shanice} at the hostel lent me a charger"),
("Y", "i met {NAME|Leon} on Insta he's 19 and really nice to me"),
("Y", "{NAME|kai} keeps sending me voice notes at 3am"),
("Y", "my foster carers are {NAME|Pat} and {NAME|Rob} and they're alright"),
("Y", "{NAME|Sue} the dinner lady always gives me extra"),
("Y", "{NAME|Mark} at the YOT is ok for a fed"),
("Y", "{NAME|Bill} next door shouts at us for playing football"),
("Y", "{NAME|Joy} at church said I can come to the girls group"),
("Y", "{NAME|Faith} is my goddaughter, I'm her godmother lol"),
("Y", "{NAME|Amber} from the PRU has my hoodie"),
("Y", "{NAME|Crystal} is my mums best friend"),
("Y", "{NAME|Heather} the school nurse gave me the morning after pill"),
("Y", "{NAME|Holly} and me were sick on the coach to Skegness"),
("Y", "{NAME|Ivy} is my baby niece she was born on Saturday"),
("Y", "{NAME|Lily} from the care home runs away loads"),
("Y", "{NAME|Jasmine} told me about Kooth"),
("Y", "{NAME|Robin} the counsellor is a man, I thought it was a woman"),
("Y", "{NAME|Drew} owes me £20"),
("Y", "{NAME|Hunter} in Year 8 is getting bullied really bad"),
("Y", "{NAME|Sky} is my sister's name, she's in care in Wales"),
("Y", "my brother {NAME|Reed} is in the army"),
("Y", "{NAME|Rose} my nan's neighbour keeps an eye on us"),
("Y", "{NAME|Jolene} u coming out tonight or wat"),
("Y", "wer r u {NAME|kayden} ur mum is looking for u"),
("Y", "lol {NAME|shay} u muppet"),
("Y", "{NAME|ty} said the feds took his phone"),
("Y", "can someone tell {NAME|Oluwaseun} to reply to the gc"),
("Y", "{NAME|Seun} and {NAME|Dami} are going Nigeria for summer"),
("Y", "Happy birthday {NAME|Chidi} love you bro"),
("Y", "if anyone sees {NAME|Bartosz} tell him to ring his mum"),
("Y", "my dob is {DATE_OF_BIRTH|14/03/2011}"),
("Y", "I was born on {DATE_OF_BIRTH|2nd September 2009} in Pakistan"),
("Y", "my birthday is {DATE_OF_BIRTH|12.07.10} so im 15 now"),
("Y", "watch my vids on {URL|https://www.example.com/u/ziggy_beats}"),
("Y", "this is my fundraiser for my cousin {URL|example.org/fund/remember-malik}"),
("Y", "{NAME|Kyle Brennan} pushed me down the stairs and the teachers didn't do nothing"),
("Y", "I live with my nana {NAME|Akosua} and my two cousins"),
("Y", "Uncle {NAME|Tariq} lets me work in his shop on weekends"),
("Y", "Grandma {NAME|Shirley} has dementia so I help look after her"),
("Y", "{NAME|Eilidh} is in foster care too, we met at the Christmas party"),
]

# ---------------------------------------------------------------------------
# Part 5: case_note, with identifiers
# ---------------------------------------------------------------------------
RECORDS += [
("C", "Home visit to {ADDRESS|17 Cowper Grove}, {POSTCODE|LS8 5EJ}. Seen {NAME|Kacey Moran} alone in her bedroom. Mother present downstairs."),
("C", "Referral received from {NAME|Joanne Whitaker}, DSL at {SCHOOL|Parkside Academy}, regarding {NAME|Rhianna Doyle} (Year 9)."),
("C", "Strategy discussion chaired by {NAME|Deborah Ashworth} (Team Manager). DC {NAME|Patel} attended for Police."),
("C", "{NAME|Amir}'s mother, Mrs {NAME|Rahman}, reported he had not come home after Jummah prayers on Friday."),
("C", "Spoke with {NAME|Oluwaseun Adebayo} by phone on {PHONE|0113 496 0572}. He confirmed he is the paternal uncle."),
("C", "Email from {NAME|Rachel Thornton} ({EMAIL|rachel.thornton@example.org}) confirming CAMHS appointment."),
("C", "{NAME|Marcus} (not his real name, known on the street as {NAME|Little M}) was seen getting into a grey Mercedes."),
("C", "YP named {NAME|Tyler Finch} and a male known only as {NAME|Smokey} as the people who took her to the flat."),
("C", "Father {NAME|Florin Dumitru} attended with an interpreter. He stated the children were never left alone."),
("C", "IRO {NAME|Margaret O'Connell} chaired the review. {NAME|Jordan} attended for the first 20 minutes."),
("C", "Foster carers {NAME|Steve} and {NAME|Lorraine Dobson} report that {NAME|Mia} has settled well."),
("C", "CAMHS practitioner Dr {NAME|Anand}'s letter states no diagnosis at this stage."),
("C", "Correction: Dr {NAME|Sharma} is the consultant, not Mr {NAME|Sharma} the school counsellor."),
("C", "{NAME|Ayaan Warsame}, DOB {DATE_OF_BIRTH|04/11/2010}, NHS {NHS_NUMBER|186 091 3903}, attended A&E with a stab wound to the thigh."),
("C", "Child: {NAME|Maisie Holt}. DOB {DATE_OF_BIRTH|22/06/2013}. Address {ADDRESS|3 Wellington Terrace}, Bolton {POSTCODE|BL3 4QA}."),
("C", "Youth worker {NAME|Kwame Asante} observed {NAME|Jaden} handing cash to an older male outside the bookies."),
("C", "YP's boyfriend is believed to be {NAME|Connor Leigh}, aged 22, who uses the Snapchat name {HANDLE|c.leigh_99}."),
("C", "Grandmother {NAME|Hyacinth Campbell} called the duty line on {PHONE|0161 496 0318} concerned about {NAME|Tia}'s new phone."),
("C", "{NAME|Nkechi} disclosed that her Aunty's husband, {NAME|Emeka}, touched her when she stayed over at Christmas."),
("C", "PC {NAME|Hollis} and PC {NAME|Bright} attended and conveyed {NAME|Kayden Price} to the custody suite."),
("C", "Sgt {NAME|Lindsay Crowther} from the Missing From Home team will lead the debrief."),
("C", "Social worker {NAME|Gemma Roberts} visited. {NAME|Harley} refused to come downstairs."),
("C", "Concerns raised by Mrs {NAME|Ahmed}"),
("C", "School nurse {NAME|Bernie Walsh} has seen {NAME|Ellie} three times this month for headaches."),
("C", "{NAME|Abdirahman} states that a man called {NAME|Yasin} pays him £50 a day to 'hold the line'."),
("C", "The line phone is believed to be {PHONE|07700 900913}. Intelligence passed to Police."),
("C", "Previous address: {ADDRESS|Flat 12, Mercury Court, Hyde Road}, Manchester {POSTCODE|M12 6BT}."),
("C", "Minutes taken by {NAME|Sandra Kelly}. Present: {NAME|Dev Mistry} (YOT), {NAME|Claire Booth} (SW), {NAME|Ifeoma Nwosu} (CAMHS)."),
("C", "{NAME|Lewis}'s Dad, {NAME|Gary Lomas}, was abusive to staff at reception and was asked to leave."),
("C", "I spoke with {NAME|Demi} on the phone; she said {NAME|Kyle} had taken her to Leeds on the train."),
("C", "{NAME|Ruby Ellis} (16) has been reported missing four times this month from {ADDRESS|Ivy Cottage, 9 Mill Lane}."),
("C", "Parents {NAME|Mohammed} and {NAME|Nasreen Iqbal} engaged well and agreed to the safety plan."),
("C", "{NAME|Zofia Nowak}, Polish-speaking mother, requested that letters are sent to {EMAIL|z.nowak@example.net}."),
("C", "Mr {NAME|Baptiste}, Head of Year 10 at {SCHOOL|Hollybrook School}, confirmed the fixed-term exclusion."),
("C", "{NAME|Summer Rae Jenkins} has been identified as at high risk of CSE. MACE referral completed."),
("C", "Mother {NAME|Dawn Pickering} stated she did not know where {NAME|Brandon} was sleeping."),
("C", "{NAME|Hope Adeleke} and her brother {NAME|Daniel} are to be seen together at the next visit."),
("C", "{NAME|Grace} (foster carer) reports the YP is eating well and attending school."),
("C", "Email to {NAME|Tom}: please can you check whether {NAME|Jasmine Kaur} is registered with the GP?"),
("C", "Per {NAME|Bev} in admin the file has been transferred to the Lancashire office."),
("C", "Telephone call from {NAME|Nadia} at Barnardo's on {PHONE|020 7946 0381}. She has capacity for a new CSE referral."),
("C", "Duty log: Mr {NAME|Ogunleye} rang to say his son {NAME|Tobi} has not returned from football training."),
("C", "The young person's NHS number is {NHS_NUMBER|9960308243}."),
("C", "{NAME|Kieran}'s older cousin {NAME|Reece Hunter} is believed to be linked to the Zone 2 group."),
("C", "{NAME|Shannon} has told her teacher, Ms {NAME|Devlin}, that she is scared to go home."),
("C", "{NAME|Jack Mason} and {NAME|Will Taylor} were arrested at the address. Both are 17."),
("C", "YP referred to {NAME|Frank} as 'my boyfriend', although he is 31. Police informed."),
("C", "{NAME|Precious} was visited at her school, {SCHOOL|Northfield Girls' High}, in the inclusion room."),
("C", "Carer {NAME|Pat Henshaw} has asked for respite over Easter."),
("C", "{NAME|Rob Greenwood} (Team Around the Family coordinator) to circulate the plan."),
("C", "{NAME|Sue Lin} from the Virtual School will attend the PEP meeting."),
("C", "{NAME|Bill Ackroyd} from the tenants' association raised concerns about young people in the stairwell."),
("C", "Present: {NAME|Mark Stevens} (Police), {NAME|Amber Chowdhury} (Health), {NAME|Crystal Edwards} (Education)."),
("C", "{NAME|Heather McKenzie}'s report notes that the flat is cluttered but food is available."),
("C", "Home visit to {NAME|Holly}, {NAME|Ivy} and {NAME|Lily Marsh} at their Nan's. All three seen."),
("C", "{NAME|Robin Chase} has been named by two separate young people as supplying cannabis."),
("C", "Contact with birth father {NAME|Drew Kendall} to remain supervised."),
("C", "{NAME|Sky Bennett}'s attendance has improved to 88% since the move."),
("C", "{NAME|Joy Mensah} (maternal aunt) has offered to be assessed as a kinship carer."),
("C", "{NAME|Faith Okoro} has been absent since the half-term break. Child Missing Education procedures started."),
("C", "Mr {NAME|Preston} from the college says the YP has not attended since October."),
("C", "Ms {NAME|Lincoln} at Housing confirmed the eviction date."),
("C", "DS {NAME|Bolton} is the officer in case for the Section 18 offence."),
("C", "Mrs {NAME|Chester}, a neighbour, reported seeing the children outside late at night."),
("C", "{NAME|Hastings} (surname only given by caller) rang regarding the same children."),
("C", "Referral from {NAME|Liam Kenny} at Turning Point regarding {NAME|Bethany}'s drug use."),
("C", "{NAME|Elif Yilmaz} disclosed that her father has arranged for her to marry a cousin over the summer. Forced Marriage Unit consulted."),
("C", "{NAME|Thi Lan Nguyen} was found working in a nail bar. NRM referral made."),
("C", "{NAME|Haruto} has moved from Japan with his mother and is struggling with English."),
("C", "{NAME|Mihai Popescu} (15) was located in Peterborough at the address {ADDRESS|88 Lincoln Road}, {POSTCODE|PE1 2SN}."),
("C", "{NAME|Hodan} told staff that {NAME|Ahmed}, her 'boyfriend', has other girlfriends who also 'work for him'."),
("C", "{NAME|Dafydd}'s mother has moved back to Wales; contact via {EMAIL|mam.dafydd@example.com}."),
("C", "{NAME|Gurpreet Sandhu} (Sikh Women's Network) offered to mediate between {NAME|Simran} and her family."),
("C", "{NAME|Xiaoling} was picked up from school by an unknown Chinese-speaking adult. School to clarify."),
("C", "{NAME|Tyrell}'s case has been discussed at MACE. His associate {NAME|Deon} is already on the list."),
("C", "{NAME|Aaliyah} showed me messages from {HANDLE|@trapking_lds} offering her £200 to take a parcel to Hull."),
("C", "Profile {URL|https://social.example.net/profile/trapking_lds} has been reported to the platform."),
("C", "{NAME|Keisha Brown} was seen at {ADDRESS|23 Roundhay Road} which is a suspected cuckooed address."),
("C", "Met with {NAME|Cameron} at the youth centre. He was wearing a new Canada Goose jacket and had two phones."),
("C", "{NAME|Kelsey}'s dad {NAME|Wayne} has a history of DV; he is not to be told where the family live."),
("C", "Mrs {NAME|Begum} asked that her husband is not contacted. Worker agreed to use her mobile {PHONE|07700 900184}."),
("C", "{NAME|Leanne Fitzgerald} (Health Visitor) noted the baby is below the 2nd centile."),
("C", "{NAME|Darius} told staff that 'the Uncle' is actually a man called {NAME|Steven Pryce}."),
("C", "{NAME|Jamal}'s mum wants the police to 'leave him alone'. Worker explained the safeguarding concerns."),
("C", "Supervision with {NAME|Angela}: agreed to escalate to Head of Service if no progress."),
("C", "Case transferred from {NAME|Nathan Ogden} to {NAME|Priyanka Desai} with effect from Monday."),
("C", "Tel call from {NAME|Jo} at the GP surgery on {PHONE|01632 960447}: {NAME|Corey} has missed three appointments."),
("C", "Letter sent to parents at {ADDRESS|The Old Vicarage, Church Lane}, Thorpe, {POSTCODE|YO26 8HD}."),
("C", "Email from {EMAIL|safeguarding.lead@oakwood-high.example.org}: {NAME|Kian} is on a reduced timetable."),
("C", "{NAME|Kian Murphy} attends {SCHOOL|Oakwood High School} and is in Year 8."),
("C", "YP said 'me and {NAME|Rocco} was just chillin' when Police arrived."),
("C", "{NAME|Sophia}'s sister {NAME|Valentina} is also open to Children's Services in Southwark."),
("C", "{NAME|Kyra} showed me a TikTok account {HANDLE|@kyra.xx.official} that she says is fake and set up to bully her."),
("C", "{NAME|Nathaniel} was excluded from {SCHOOL|St Anselm's Catholic College} following a knife being found."),
("C", "On arrival {NAME|Chloe} was upset and said 'I told Miss {NAME|Green} and nobody did anything'."),
("C", "{NAME|Aiden}'s NHS number {NHS_NUMBER|628 194 8211} was used to check the Child Protection Information Sharing system."),
("C", "{NAME|Lexi}'s DOB is recorded differently by school ({DATE_OF_BIRTH|01/02/2012}) and GP ({DATE_OF_BIRTH|02/01/2012})."),
("C", "Missing: {NAME|Jermaine Clarke}, 15, last seen wearing a black Nike Tech tracksuit."),
("C", "{NAME|Maryam} asked me not to tell her brother {NAME|Hamza} about the boyfriend."),
("C", "{NAME|Ibrahim} is an unaccompanied asylum-seeking child from Sudan. His support worker is {NAME|Eleanor}."),
("C", "Interpreter Mrs {NAME|Haile} was used for Tigrinya."),
("C", "{NAME|Fraser} attended the clinic alone and was assessed as competent to consent."),
("C", "Agreed that Ms {NAME|Obi} will be the lead professional."),
("C", "Note from {NAME|Jenny}: {NAME|Tyson} has been seen with {NAME|Big Mike} on the estate."),
("C", "{NAME|KM} disclosed to {NAME|JB} (youth worker) that she was assaulted at the party."),
("C", "{NAME|Kayleigh}'s online friend '{NAME|Josh}' turned out to be a 34-year-old man."),
("C", "{NAME|Ellis} lives with {NAME|Carol} (Nan) and {NAME|Dennis} (Grandad) at {ADDRESS|61 Harold Avenue}."),
("C", "{NAME|Taylor-Jade} and {NAME|Mason-Lee} are siblings placed separately."),
("C", "{NAME|Connor O'Neill-Baptiste} was bailed to his grandmother's address."),
("C", "{NAME|Shaquille} states that he is affiliated with 'the Olders' but denies selling."),
("C", "{NAME|Zara Ali} was seen by Dr {NAME|Whitfield} at the walk-in centre. Bruising noted to the upper arm."),
("C", "Phone: {PHONE|0161 496 0772}. Ask for {NAME|Lorna} in the Leaving Care team."),
("C", "{NAME|Callum McAllister}, DOB {DATE_OF_BIRTH|30/09/2009}, is subject to a Referral Order."),
("C", "Referral from {NAME|Olamide} (older sister) who is worried about {NAME|Tunde}'s new friends."),
("C", "{NAME|Kofi Boateng} was stopped by Police in Moss Side with £800 in cash."),
]

# ---------------------------------------------------------------------------
# Part 6: form, with identifiers
# ---------------------------------------------------------------------------
RECORDS += [
("F", "Name: {NAME|Kacper Wiśniewski}"),
("F", "Child's name: {NAME|Aisha Mohammed}"),
("F", "Full name: {NAME|Oluwadamilare Johnson}   Known as: {NAME|Dami}"),
("F", "Preferred name: {NAME|Jay}"),
("F", "Surname: {NAME|O'Sullivan}  Forename: {NAME|Ciarán}"),
("F", "Forename(s): {NAME|Mary-Kate Louise}"),
("F", "DOB: {DATE_OF_BIRTH|17/08/2010}"),
("F", "Date of birth: {DATE_OF_BIRTH|3 January 2012}"),
("F", "D.O.B. {DATE_OF_BIRTH|2009-11-28}"),
("F", "DOB: {DATE_OF_BIRTH|05.05.2011}  Age: 14"),
("F", "NHS number: {NHS_NUMBER|993 518 1901}"),
("F", "NHS No. {NHS_NUMBER|9378657974}"),
("F", "NHS: {NHS_NUMBER|543-231-9489}"),
("F", "Phone: {PHONE|07700 900327}"),
("F", "Mobile: {PHONE|07700900562}"),
("F", "Home tel: {PHONE|0113 496 0914}"),
("F", "Contact number (Mum): {PHONE|0161 496 0025}"),
("F", "Tel: {PHONE|020 7946 0712}"),
("F", "Referrer tel: {PHONE|01632 960218} ext 4"),
("F", "Email: {EMAIL|dean.whitley@example.com}"),
("F", "Parent email: {EMAIL|mrs.okonkwo1978@example.net}"),
("F", "Referrer email: {EMAIL|s.mahmood@example.org}"),
("F", "Address: {ADDRESS|14 Marlborough Road}, Leeds {POSTCODE|LS6 2HW}"),
("F", "Address: {ADDRESS|Flat 3, 27 Clarendon Street}, Hull"),
("F", "Postcode: {POSTCODE|BD3 9QT}"),
("F", "Postcode: {POSTCODE|M14 4PX}"),
("F", "Current address: {ADDRESS|Room 6, Beacon House, 2 Station Approach}"),
("F", "Placement address: {ADDRESS|9 Fieldhead Close}, Wakefield {POSTCODE|WF2 7JN}"),
("F", "School: {SCHOOL|Beckfield Primary School}"),
("F", "School: {SCHOOL|Moorlands Academy}  Year: 9"),
("F", "Education provider: {SCHOOL|The Bridge PRU}"),
("F", "College: {SCHOOL|Riverside Sixth Form College}"),
("F", "Previous school: {SCHOOL|Our Lady of Lourdes RC Primary}"),
("F", "Snapchat: {HANDLE|jaybeezy_01}"),
("F", "Instagram: {HANDLE|@princess.tia.x}"),
("F", "TikTok: {HANDLE|@ellzbellz2011}"),
("F", "Xbox gamertag: {HANDLE|ColdSnipa447}"),
("F", "Link to concerning profile: {URL|https://www.example.com/@ellzbellz2011}"),
("F", "Website: {URL|www.example.org/family-support/okafor}"),
("F", "Allocated worker: {NAME|Simone Clarke}"),
("F", "Team manager: {NAME|Ravinder Gill}"),
("F", "DSL: Mrs {NAME|Fairclough}"),
("F", "GP: Dr {NAME|Naidoo}"),
("F", "Referrer: {NAME|Ffion Hughes}, School Nurse"),
("F", "Mother: {NAME|Kerry-Ann Walsh}"),
("F", "Father: {NAME|Jerome Campbell} (no PR)"),
("F", "Carer: {NAME|Rose Lambert} (Nan)"),
("F", "Alleged perpetrator: {NAME|Darren Hollis}, approx. 30"),
("F", "Known associates: {NAME|Big Mo}, {NAME|Rizzy}, {NAME|T-Bone}"),
("F", "Siblings: {NAME|Leo} (8), {NAME|Isla} (5), {NAME|Freddie} (2)"),
("F", "Emergency contact: Nana {NAME|Joyce} {PHONE|07700 900848}"),
("F", "Interpreter: Mr {NAME|Tesfaye}"),
("F", "Social worker: {NAME|Summer Holloway}"),
("F", "Key worker: {NAME|Grace Oyelaran}"),
("F", "Personal adviser: {NAME|Hunter Blake}"),
("F", "Independent visitor: {NAME|Jasmine Reid}"),
("F", "Appropriate adult: {NAME|Mason Doherty}"),
("F", "Officer in case: DC {NAME|Lily Sheridan}"),
("F", "Name of YP: {NAME|Rayan}   DOB: {DATE_OF_BIRTH|11/12/2008}   NHS: {NHS_NUMBER|252 760 1898}"),
("F", "Name: {NAME|Dylan Hayes} | Address: {ADDRESS|5 Laburnum Way} | Postcode: {POSTCODE|S5 8RT}"),
("F", "Child: {NAME|Esme Cartwright}; School: {SCHOOL|Fernhill Junior School}; DOB: {DATE_OF_BIRTH|19/04/2016}"),
("F", "Mother's name: {NAME|Halima Abdullahi}  Phone: {PHONE|07700 900109}"),
("F", "Contact: {NAME|Wojciech} (uncle) - {EMAIL|wojtek.k@example.com}"),
("F", "Referral completed by: {NAME|A. Hutchinson}"),
("F", "Signed: {NAME|P. Venkatesh}"),
("F", "Minute taker: {NAME|Lou}"),
("F", "Chair: {NAME|Beverley Atkinson-Smith}"),
("F", "Worker initials: {NAME|KD}"),
("F", "Reporting person: Ms {NAME|Adjei}"),
("F", "Caller: {NAME|Heather} from the pharmacy"),
("F", "Person spoken to: {NAME|Mark Raines} (step-father)"),
("F", "Missing person: {NAME|Tanisha Reid}, 14"),
("F", "Last seen with: {NAME|Kane} and an unknown female"),
("F", "Username of suspect: {HANDLE|Mr_Generous_88}"),
("F", "Discord: {HANDLE|nightowl#4471}"),
("F", "Address where found: {ADDRESS|Flat 21, Lowry Tower}, Salford {POSTCODE|M5 3FG}"),
("F", "Correspondence email: {EMAIL|family.support@example.org}"),
("F", "Name: {NAME|Chantelle} (surname not known)"),
("F", "Nickname: {NAME|Lil Shorty}"),
("F", "AKA: {NAME|Kwesi}, {NAME|KJ}"),
("F", "NHS number (baby): {NHS_NUMBER|555 979 7111}"),
("F", "NHS number: {NHS_NUMBER|507 529 1708}  GP: Dr {NAME|Okeke}"),
]

# ---------------------------------------------------------------------------
# Part 7: more hard negatives, all styles
# ---------------------------------------------------------------------------
RECORDS += [
("Y", "Childline is 0800 1111 its free and doesnt show on the bill"),
("Y", "if its an emergency ring 999, if not ring 101, Sarge told us that"),
("Y", "NHS 111 said to go to the walk in centre"),
("Y", "WHY DOES EVERYONE THINK I'M LYING"),
("Y", "STOP ASKING ME ABOUT THE OLDERS I DONT KNOW NOTHING"),
("Y", "Honestly? Probably Tuesday. Maybe Wednesday if the bus is late again"),
("Y", "Nobody in Year 9 listens to the Head, she just shouts"),
("Y", "wen i was in Year 6 we went Whitby and saw Dracula's abbey"),
("Y", "i cnt be botherd wiv colege tbh its long"),
("Y", "ur not my mum so dnt tell me wat 2 do"),
("Y", "smh the school lunches r actually disgusting"),
("Y", "fr fr the youth club is the only good thing about this place"),
("Y", "Brighton was sick, we went on the pier and had chips"),
("Y", "Newcastle fans were singing on the train the whole way"),
("Y", "Mum watches Coronation Street and Emmerdale back to back"),
("Y", "we watched Inside Out 2 at the Odeon for my birthday"),
("Y", "Bluey is my little brother's favourite, I know every episode now"),
("Y", "Stranger Things is the only thing I watch on Netflix"),
("Y", "Harry Potter World was the best trip I've been on with the unit"),
("Y", "Dave and Central Cee are the best rappers in the UK"),
("Y", "Adele makes my Nan cry every time"),
("Y", "King Charles was on TV at Christmas and my Grandad made us all stand up"),
("Y", "the Prime Minister doesn't care about people like us"),
("Y", "Guy Fawkes night on the rec, someone threw a firework at a bus"),
("Y", "Halloween we went trick or treating round Gipton"),
("Y", "Valentine's Day is a scam lol"),
("Y", "Black Friday I queued at Currys for a TV for my mum"),
("Y", "Pancake Day is the only day my foster carer lets us have Nutella"),
("Y", "Mother's Day is hard when you're not with your mum"),
("Y", "Father's Day I don't bother"),
("Y", "Dad's in Jamaica for a funeral so it's just me and Mum"),
("Y", "my bro works at Amazon in Doncaster, night shifts"),
("Y", "Uber Eats pays more than Deliveroo my cousin says"),
("Y", "Vinted is where I sell my old clothes"),
("Y", "Depop girls are so extra"),
("Y", "BeReal is dead now nobody uses it"),
("Y", "Monzo card is the only bank card I've got"),
("Y", "Klarna is how my sister got in debt"),
("C", "Police reference to follow. Incident logged on the Niche system."),
("C", "Meeting rescheduled to 12/03/2026 at 10:00 in the Civic Centre due to staff sickness."),
("C", "Review conference on 27 April 2026. Invites sent to all agencies."),
("C", "YP stated she 'only goes Manny to see friends' and denied any older males being involved."),
("C", "Father stated he was 'sick of Social poking their noses in' and ended the call."),
("C", "Grandad is a retired miner from Barnsley and has strong views on the police."),
("C", "No response at the property. Calling card left. Neighbours said the family have gone to Pakistan for a wedding."),
("C", "YP has been talking about Tommy Robinson videos and repeating anti-migrant views."),
("C", "The YP's TikTok feed includes content from Andrew Tate and similar influencers; discussed healthy relationships."),
("C", "YP was wearing a Manchester City shirt and a Stone Island jacket at the time of arrest."),
("C", "Worker used the 'Brook Traffic Light Tool' to assess sexualised behaviour."),
("C", "Signs of Safety mapping completed with Mum and Nan."),
("C", "YP drew a Three Houses picture: House of Worries included the Olders and money."),
("C", "School confirmed that Year 11 prom is on Friday; YP is not permitted to attend."),
("C", "Pastoral Lead advised that the lunchtime detention has been lifted."),
("C", "Virtual School Head agreed funding for a tutor over the summer."),
("C", "The Youth Offending Service is now called the Youth Justice Service in this area."),
("C", "Sarge from Neighbourhood Policing agreed to increase patrols on the estate."),
("C", "Bev's Cafe on the market is where the young people say they are safe."),
("F", "Helpline given: Childline 0800 1111"),
("F", "Police contact: 101"),
("F", "Reason for referral: Going missing, older boyfriend"),
("F", "Presenting issue: Self-harm"),
("F", "Substance use: Spice (reported)"),
("F", "Football team: Leeds United"),
("F", "Wants to be called: by first name only"),
("F", "Pets at home: 2 dogs (Staffies)"),
("F", "Transport: Bus pass"),
("F", "Online platforms: Snapchat, Telegram, Wizz"),
]

# ---------------------------------------------------------------------------
# Part 8: more records with identifiers, mixed styles
# ---------------------------------------------------------------------------
RECORDS += [
("C", "{NAME|Nia Campbell-Osei}, DOB {DATE_OF_BIRTH|09/10/2011}, NHS {NHS_NUMBER|342 366 7125}, was admitted to the paediatric ward after an overdose."),
("C", "Baby {NAME|Amelia-Rose} (NHS {NHS_NUMBER|768 426 8465}) was discharged to the care of maternal grandmother."),
("C", "Mother's NHS number {NHS_NUMBER|5632122336} was provided by the midwife, {NAME|Orla Keane}."),
("C", "{NAME|Ashton} gave his address as {ADDRESS|112 Stanningley Road}, Bramley {POSTCODE|LS13 3EF}, but Mum says he has not lived there since June."),
("C", "Forwarded to {EMAIL|mash.duty@example.org} and copied to {NAME|Hannah Lister} for information."),
("C", "Concerning YouTube channel linked by {NAME|Jakub}: {URL|https://video.example.com/c/DrillBoyz_LS9}."),
("C", "{NAME|Chiamaka} attends {SCHOOL|Greenbank High School}; her brother {NAME|Obinna} attends {SCHOOL|Greenbank Juniors}."),
("C", "{NAME|Tamsin Rowe} (Early Help practitioner, tel {PHONE|0113 496 0208}) is the lead professional."),
("C", "{NAME|Kezia}'s new placement is at {ADDRESS|4 Orchard Rise}, Otley {POSTCODE|LS21 1QP}. Address not to be shared with birth family."),
("C", "YP's ex-partner {NAME|Ricky Dunn} (DOB {DATE_OF_BIRTH|15/01/2001}) is subject to a Sexual Harm Prevention Order."),
("C", "{NAME|Reggie} asked me to message his social worker {NAME|Asha} on his behalf."),
("C", "Spoke to {NAME|Yvonne} (Nan) who said {NAME|Paige} had been 'with that {NAME|Dean} again'."),
("C", "{NAME|Sunita Rao} from the Sexual Assault Referral Centre will call {NAME|Georgia} tomorrow."),
("C", "Met with {NAME|Kemi} and her mum at the café in Boots. {NAME|Kemi} did not want to talk about {NAME|Jerome}."),
("Y", "my old school was {SCHOOL|Highfield Academy} but i got kicked out"),
("Y", "{NAME|Nyla} is the only one who visits me in the unit"),
("Y", "follow my art page {URL|www.example.net/gallery/maddie-draws}"),
("Y", "my mum's email is {EMAIL|tracey.h1982@example.com} if school need it"),
("Y", "i stay at my dads on weekends, {ADDRESS|29 Gladstone Street}, {POSTCODE|OL4 1DN}"),
("Y", "my nhs number is {NHS_NUMBER|859 952 8904} the nurse told me to remember it"),
("Y", "{NAME|olly} n {NAME|fin} got caught with a blade outside the Spar"),
("Y", "me and {NAME|Sade} are going to the youth club later if ur coming"),
("Y", "Mr {NAME|Khan}'s class is the only one I go to"),
("Y", "honestly {NAME|Jade} is more like my mum than my mum is"),
("F", "Name: {NAME|Tegan Price}   DOB: {DATE_OF_BIRTH|23/07/2012}   Postcode: {POSTCODE|CF24 3LP}"),
("F", "NHS number: {NHS_NUMBER|786 666 1766}"),
("F", "Parent/carer: {NAME|Shabana Akhtar}  Tel: {PHONE|0113 496 0451}  Email: {EMAIL|s.akhtar.home@example.net}"),
("F", "School: {SCHOOL|Kingsmead Community School}   DSL: Mr {NAME|Ellery}"),
]


# ---------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------
MARK = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")
WORD_EDGE = r"(?<!\w){}(?!\w)"
PHONE_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01614960")
SAFE_DOMAINS = ("example.com", "example.org", "example.net")


def parse(raw):
    pieces, spans, last, length = [], [], 0, 0
    for m in MARK.finditer(raw):
        before = raw[last:m.start()]
        pieces.append(before)
        length += len(before)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": typ})
        pieces.append(val)
        length += len(val)
        last = m.end()
    pieces.append(raw[last:])
    return "".join(pieces), spans


def nhs_ok(value):
    d = re.sub(r"\D", "", value)
    if len(d) != 10:
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def phone_ok(value):
    d = re.sub(r"\D", "", value)
    if d.startswith("44"):
        d = "0" + d[2:]
    return len(d) == 11 and d.startswith(PHONE_PREFIXES)


def domain_ok(value):
    v = value.lower()
    host = v.split("@", 1)[1] if "@" in v and "/" not in v else re.sub(r"^https?://", "", v).split("/", 1)[0]
    return any(host == dom or host.endswith("." + dom) for dom in SAFE_DOMAINS)


def main():
    errors = []
    items, seen = [], {}
    for n, rec in enumerate(RECORDS, 1):
        if not (isinstance(rec, tuple) and len(rec) == 2):
            errors.append(f"record {n}: bad tuple")
            continue
        style_key, raw = rec
        if style_key not in STYLES:
            errors.append(f"record {n}: bad style {style_key!r}")
        text, spans = parse(raw)
        if "{" in text or "}" in text:
            errors.append(f"record {n}: stray brace")
        if text != text.strip() or not text:
            errors.append(f"record {n}: leading/trailing whitespace or empty")
        if text in seen:
            errors.append(f"record {n}: duplicate of record {seen[text]}")
        seen[text] = n
        prev_end = -1
        for sp in spans:
            val = text[sp["start"]:sp["end"]]
            if sp["type"] not in TYPES:
                errors.append(f"record {n}: bad type {sp['type']}")
            if not val or val != val.strip():
                errors.append(f"record {n}: empty or untrimmed span {val!r}")
            if sp["start"] < prev_end:
                errors.append(f"record {n}: overlapping spans")
            prev_end = sp["end"]
            if sp["type"] == "NHS_NUMBER" and not nhs_ok(val):
                errors.append(f"record {n}: NHS checksum fails")
            if sp["type"] == "PHONE" and not phone_ok(val):
                errors.append(f"record {n}: phone outside Ofcom drama ranges")
            if sp["type"] in ("EMAIL", "URL") and not domain_ok(val):
                errors.append(f"record {n}: {sp['type']} not on an example domain")
        for sp in spans:
            val = text[sp["start"]:sp["end"]]
            for m in re.finditer(WORD_EDGE.format(re.escape(val)), text):
                covered = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
                if not covered:
                    errors.append(f"record {n}: {val!r} also appears unmarked")
        items.append({"style": STYLES.get(style_key, style_key), "text": text, "spans": spans})

    n_total = len(items)
    type_counts = Counter(sp["type"] for it in items for sp in it["spans"])
    style_counts = Counter(it["style"] for it in items)
    style_neg = Counter(it["style"] for it in items if not it["spans"])
    no_span = sum(1 for it in items if not it["spans"])
    share = no_span / n_total if n_total else 0.0
    if n_total < 600:
        errors.append(f"only {n_total} records")
    if type_counts["NAME"] < 250:
        errors.append(f"only {type_counts['NAME']} NAME spans")
    if not 0.55 <= share <= 0.62:
        errors.append(f"no-span share {share:.3f} outside 0.55-0.62")

    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written. records={n_total} "
              f"NAME={type_counts['NAME']} no-span={no_span} share={share:.3f}", file=sys.stderr)
        sys.exit(1)

    rng = random.Random(20261211)
    rng.shuffle(items)
    lines = []
    for i, it in enumerate(items, 1):
        obj = {"id": f"t{i:04d}", "style": it["style"], "text": it["text"], "spans": it["spans"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "set_t.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

    type_rows = "\n".join(f"| {t} | {type_counts.get(t, 0)} |" for t in sorted(TYPES))
    style_rows = "\n".join(
        f"| {s} | {style_counts[s]} | {style_neg[s]} | {style_counts[s] - style_neg[s]} |"
        for s in ("young_person", "case_note", "form"))
    readme = README_TEMPLATE.format(
        n_total=n_total, no_span=no_span, share=100 * share,
        n_spans=sum(type_counts.values()), type_rows=type_rows, style_rows=style_rows)
    with open(os.path.join(HERE, "README_set_t.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(f"records={n_total} no_span={no_span} share={share:.3f}")
    print("spans:", dict(sorted(type_counts.items())))
    print("styles:", dict(style_counts))


README_TEMPLATE = """# set_t: hand-written labelled set for a youth-safeguarding de-identifier

- **Author:** an independent helper session that saw only its own folder (`/work/sets/deid_t/`). It did not read any other file on the machine, any repository, search tool or web page, and did not run any de-identifier. All text was written from general knowledge.
- **Date:** 2026-12-06
- **Files:** `build.py` (source of every record and all checks), `set_t.jsonl` (output), this README (counts filled in by `build.py`).
- **Purpose:** training data for a learned component; variety of wording, register and near-miss capitalised words matters most.

## How it was built

Every record was typed by hand, one per line, in `build.py` as `(style_key, text)` with inline markers such as
`{{NAME|Kofi}}` around each identifier. There are no generators, templates or substitution loops. `build.py`:

1. strips the markers and computes character offsets (Unicode code points, end exclusive);
2. runs the checks below and writes nothing if any fails;
3. shuffles with `random.Random(20261211)`, assigns ids `t0001`, `t0002`, ... and writes `set_t.jsonl`
   (UTF-8, `ensure_ascii=False`), one object per line: `{{"id", "style", "text", "spans": [{{"start", "end", "type"}}]}}`;
4. rewrites this README with the counts.

Checks: valid style and type; spans non-empty and without leading/trailing whitespace; no overlapping spans;
no stray braces left in text; no duplicate texts; NHS numbers pass Modulus 11; phone numbers fall inside the
Ofcom drama ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx); emails and URLs are on
example.com / example.org / example.net; any string marked in a record does not also appear unmarked as a whole word
(case-sensitive) in the same record; at least 600 records; at least 250 NAME spans; share of records with no span
between 55 % and 62 %.

All people, addresses, postcodes, schools, handles, numbers and dates of birth are invented. Postcodes have a
valid UK shape but were made up; any match to a real place is accidental. Public figures, brands, clubs, services,
real towns and real public helplines (e.g. Childline 0800 1111, 101, 111, 999) appear only as unlabelled context.

## Styles

- `young_person`: survey answers and chat messages; text-speak, misspellings, lower-case names, shouting in capitals.
- `case_note`: case notes, referrals, strategy/MACE/professionals meeting minutes, duty logs, internal emails.
- `form`: short structured fields (`Name:`, `DOB:`, `Risk level:` ...).

## Labelling policy (borderline cases)

- **NAME** covers any private person: young people, family, friends, alleged perpetrators and professionals
  (social workers, teachers, police officers, doctors, interpreters). Full names are one span
  (`Kacey Moran`, `Connor O'Neill-Baptiste`). Hyphenated and multi-part given names are one span.
- **Titles and ranks are outside the span**: `Mr [Okafor]`, `Dr [Sharma]`, `DC [Patel]`, `Aunty [Precious]`,
  `Nana [Joyce]`, `sir [harrison]`. The possessive `'s` is outside the span (`[Zainab]'s`).
- Initials standing for a specific person (`KM`, `JB`, `KD`, `A. Hutchinson`) are NAME.
- Street nicknames of a specific individual (`big T`, `Smokey`, `Little M`, `Lil Shorty`, `T-Bone`) are NAME.
  Descriptive epithets formed from "the" + a common noun (`the Uncle`, `the Olders`, `the Youngers`) and names of
  groups (`the Wolfpack`, `Zone 2`, `the Moss Side lot`) are **not** labelled.
- Words that are also first names are NAME only when they refer to a person (`Hope is my little sister`);
  as ordinary words they are unlabelled (`I hope`, `Will do`, `Amber warning`, `mark scheme`, `Sky TV`,
  `Talk to FRANK`, `dawn raid`, `jack knife`). Surnames that are also towns (`Mr Preston`, `DS Bolton`) are NAME;
  the towns themselves are not.
- Names inside names of places, businesses, units or charities (`Robin Lane Medical Centre`, `Heather Lodge`,
  `Hope Street Children's Centre`, `Sue Ryder`, `Bev's Cafe`, `Taylor Wimpey`) are not labelled.
- Role and family words (`Mum`, `Nan`, `Grandad`, `Aunty`, `Sarge`, `the Head`, `Sir`, `Miss`, `Social`, `my SW`, `YP`,
  `Child A`) are not labelled when used alone.
- Public figures, celebrities and fictional characters (`Marcus Rashford`, `Stormzy`, `Taylor Swift`,
  `Andrew Tate`, `King Charles`, `Robin Hood`, `Harry Potter`) are not labelled.
- **ADDRESS** = a specific dwelling or building: house/flat number with street, or a named house/flat block with
  flat number (`Flat 7, Kestrel House`, `Ivy Cottage, 9 Mill Lane`). The town/city after it is outside the span;
  a postcode is a separate **POSTCODE** span. A street, estate, park or area named on its own
  (`Harehills Road`, `the estate`, `Roundhay Park`, `Moss Side`) is not labelled.
- **SCHOOL** = a named school, academy, college or PRU (`Oakwood High`, `The Bridge PRU`). Generic mentions
  (`the PRU`, `college`, `Year 9`, `sixth form`) are not labelled.
- **DATE_OF_BIRTH** only for dates given as a birth date. Meeting, incident, referral and review dates, ages and
  school years are not labelled.
- **HANDLE** = usernames and gamer tags, with the leading `@` when written. **URL** = full web address of a personal
  page or profile (with or without the scheme). An email address is one **EMAIL** span even if it contains a name.
- **PHONE** = a personal or direct phone number (any spacing, `+44` allowed); public helplines are not labelled.
- **NHS_NUMBER** = ten digits with any spacing or hyphens; every one passes Modulus 11.
- Pets' names and police/crime reference wording are not labelled.

## Counts

Records: {n_total}. Records with no span: {no_span} ({share:.1f} %). Spans: {n_spans}.

### Spans per type

| type | spans |
|---|---|
{type_rows}

### Records per style

| style | records | no span | with spans |
|---|---|---|---|
{style_rows}
"""

if __name__ == "__main__":
    main()
