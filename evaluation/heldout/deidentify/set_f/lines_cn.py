# Hand-written practitioner lines (case notes, referrals, chronologies, MACE
# minutes, emails). One per line. See build.py for markers.
CN = """
c|Strategy meeting held on Tuesday 14 May. Police, Children's Services, Health and Education in attendance. Actions agreed as per minutes.
c|YP reported missing at 22:40 on Friday. Returned Saturday morning with British Transport Police from Preston station.
c|MACE panel agreed to add the Arndale and Piccadilly Gardens to the hotspot mapping for the next quarter.
c|CAMHS referral declined as threshold not met; Early Help to continue with the family.
c|Mum reports YP has new trainers (Nike, Balenciaga) and a second phone with no explanation.
c|Nan remains the main protective factor; she collects YP from school on Mondays and Thursdays.
c|Will discuss with line manager and mark case for review in June.
c|Return home interview not completed within 72 hours; no grace period agreed with the provider.
c|Summer holiday programme offered via the Youth Service. YP declined.
c|Bill arrears and rent arrears noted at home. Mum signposted to Citizens Advice.
c|Concerns re: Snapchat and Telegram use. YP showed worker the Snap Map with contacts in Blackpool and Morecambe.
c|Crime reference number [BAD:451 982 773?] provided by Police following the assault.
c|NRM referral submitted as First Responder; awaiting reasonable grounds decision from the Single Competent Authority.
c|MACE minutes: Chair opened the meeting. Apologies from Housing and YJS. Hotspots reviewed: Barry, Penarth and Cardiff Bay.
c|Return home interview completed by Catch22. YP disclosed travelling to Stanley and Washington with older males.
c|Referral from the Mosque education lead re: group of older men offering lifts to girls after Madrasah.
c|Chronology: 03/01 missing overnight; 05/01 located in Rochdale; 11/01 fixed-term exclusion; 19/01 strategy meeting.
c|Hi all, please find attached the updated risk assessment ahead of Thursday. Kind regards, Early Help Team
c|BTP contacted after YP found on a train to Crewe with £400 cash and two handsets.
c|YP stated that "the olders" pay for Uber Eats and vapes and that she "doesn't owe anyone".
c|Safety plan reviewed: YP agreed to keep Life360 on and to call Mum if she feels unsafe.
c|School (Head of Year 9) reports attendance at 42% this term, mostly unauthorised.
c|Police Protection Powers used at 02:15. YP placed in emergency foster placement out of area.
c|MASH outcome: step up to Children's Social Care, Section 47 enquiry to be initiated.
c|Items found: cannabis, suspected crack cocaine and a quantity of "white". YP said it was "not mine".
c|Op Kestrel tasking: disruption visits to two premises in the town centre. No arrests.
c|Housing confirmed the family are on the transfer list, band B.
c|Parent/carer feedback: "Nobody listened until the Police got involved."
c|YP attended A&E at the Royal Infirmary with a hand injury; explanation inconsistent with injury.
c|Mark as urgent. LADO consulted; no further action in respect of the professional concerned.
c|DCI chaired. Attendees from Barnardo's, St Giles Trust, The Children's Society, CAMHS and Education.
c|Dr noted no safeguarding concerns at last GP appointment in February.
c|Both parents did not attend; Mum sent apologies by text at 09:05.
c|Log number [BAD:773 120 495?] is the Police incident log, not the CRN.
c|YP's handset seized and sent for download; awaiting results from Digital Forensics.
c|Oyster history shows journeys via Victoria and King's Cross on three school days in a row.
c|CSE screening tool completed; score indicates medium risk.
c|Prevent referral not indicated at this time.
c|Interpreter (Tigrinya) booked for Wednesday's home visit.
c|Interpreter (Dari) did not attend; visit rebooked for next Monday.
c|New Jack Wills hoodie, Stone Island jacket and Ralph Lauren tracksuit noted at visit. YP said they were "from a mate".
c|YP moved to semi-independent provision in Ashton-under-Lyne; Housing Support to visit twice weekly.
c|Seen at the Trafford Centre with two older males; no further detail.
c|Multi-agency chronology updated to include May half-term missing episodes.
c|YP attends the Hope Centre on Wednesdays and the Faith Community drop-in on Fridays; both report good engagement.
c|Staff at the children's home report YP returned at 23:50 on a warm, sunny evening smelling of cannabis.
c|YP is a Man City fan and attends the Saturday kickabout; positive activity to be encouraged.
c|Frank discussion held with YP about the risks of carrying for others.
c|The Bishop of the diocese has asked for a briefing on exploitation for church youth leaders.
c|Will the Police be sharing the intelligence report before panel? Awaiting response.
c|YP described being told by the olders to "rob or be robbed" and to hold and carry for them.
c|YP has a rose-tinted view of her "boyfriend" and cannot yet see the risks he poses.
c|Referral ref [BAD:612 004 981?] (Children's Services front door) - please quote in all correspondence.
c|Brook clinic confirmed attendance on two occasions; no further information shared without consent.
c|Reviewed at MACE: risk remains high; YP continues to go missing from placement in Sheffield.
c|Concerns shared by the Sikh Council and the Gurdwara committee about older men approaching girls outside.
c|YP disclosed being taken to Hull, Grimsby and Scunthorpe by train on a "day trip".
c|YP now on a Referral Order; YJS to provide update at the next meeting.
c|Note: Mum is hard of hearing, please use text or email for contact.
c|Nan and Grandad are willing to be assessed as kinship carers.
c|Early Help Assessment closed; step up to Child in Need plan.
c|Police Intelligence Unit have flagged the address as a cuckooed property.
c|Email: Thanks all. Minutes to follow by Friday. Please send any amendments to the Business Support inbox.
c|YP was seen at the Metrolink stop in Bury at 01:30 by the CCTV operator.
c|The film "Blue Story" was used as a discussion starter in the group session.
c|Patient reference [BAD:401 555 207?] on the hospital letter is not the NHS number; NHS number to be confirmed with GP.
c|Weekly Wednesday drop-in at the Youth Zone continues to be well attended.
c|YP has applied for a Saturday job at Primark.
c|YP's mother reports she has been "grafting" in Newquay over the summer and returned with cash.
c|Referral received from [N:Sarah Whitfield] (DSL, [S:Brookvale Academy]) regarding [N:Kieran Doyle], DOB [D:12/06/2009], NHS no. [NHS:485 777 345?].
c|DC [N:Okafor] confirmed that [N:Tyrese]'s phone has been seized and sent for download.
c|MACE minutes 14/03: [N:Jamal Hussain] discussed as YP A. Links to "[N:Younger D]" and the Bolton line noted.
c|From: [E:k.brennan@example.org] To: [E:mash.referrals@example.net] Subject: Missing episode - [N:Lacey Moran]
c|Hi [N:Priya], thanks for the call earlier. Could you send over [N:Marius]'s current address when you get a chance? Regards, [N:Gareth]
c|Address: [A:Flat 12, Kestrel Court, 45 Moss Lane], [PC:M15 9TQ]. Lives with Mum and two younger siblings.
c|Mum's mobile: [P:07700 900126]. Dad not in contact since 2019.
c|Strategy meeting chaired by DI [N:Ruth Aldous]. Present: SW [N:Kelechi Nwosu], PC [N:Hughes], School Nurse [N:Angharad Price].
c|[N:Aoife McDonagh] (15) located at [A:27 Saxby Road] by Police at 03:10; address linked to [N:Liam Ward].
c|YP stated that "[N:Big T]" gives instructions via a Snapchat account ([H:t.money_bag]).
c|Chronology: 02/02 [N:Shay] reported missing by carer; 04/02 located in Blackpool with [N:Connor Joyce]; 06/02 RHI completed by [N:Hannah] (Catch22).
c|Dr [N:Mensah] (GP) advised that [N:Amelia] has not attended her last three appointments.
c|Email from Mr [N:Doyle] (Head of Year, [S:Castlebrook College]) confirming the managed move.
c|Ms [N:Kaur] reports that [N:Simran] disclosed an older boyfriend ("[N:Jas]") aged 22 who collects her from school.
c|Miss [N:O'Connor] (Learning Mentor) will continue weekly sessions on Tuesdays.
c|Contact details for Dad: [P:020 7946 0219] (landline), [E:d.asante@example.com].
c|YP's Instagram ([H:@yg.rico_]) shows him with large amounts of cash and the caption "no days off".
c|Concern that [N:Abdirahman Warsame] is being exploited via a Discord server; his tag is [H:abdi_w#2290].
c|[N:Ştefan Lakatoš] (17) and his sister [N:Denisa] recently arrived from Slovakia; Romani interpreter required.
c|[N:Nguyễn Văn Minh] (16) found in a cannabis grow at [A:112 Hollybank Road], [PC:B23 9JL]; NRM referral submitted.
c|[N:Minh] says his "auntie", [N:Trần Thị Hoa], arranged his travel and holds his passport.
c|Referral from [S:St Columba's RC High]: [N:Saoirse Kavanagh], DOB [D:03.11.2010], seen getting into a silver Audi after school.
c|Telephone call from Mrs [N:Agnieszka Kowalczyk], who is worried about her son [N:Filip].
c|Lives at [A:14 Penlan Terrace], [PC:CF24 9HW] with maternal grandmother.
c|MACE: [N:Kyle Bishop] (YP B) - suspected involvement in county lines to Barrow. [N:Kyle] denies this.
c|Contact [N:Marcus Green] on [P:0113 496 0572] or [E:marcus.green@example.org] for the YJS update.
c|[N:Ffion Rees]'s mother reported that [N:Ffion] has a new number: [P:07700 900 733].
c|Date of birth: [D:23 January 2009]. NHS: [NHS:601 234 567?]. GP: Hollins Park Surgery.
c|[N:Olamide] discloses that a male known as "[N:Smurf]" drives her and [N:Chidera] to parties at [A:Flat 3, 8 Carlton Rise].
c|Housing officer [N:Dean Booth] confirmed the tenancy at [A:66 Gorse Lane] is in the name of [N:Tracey Hill].
c|Missing person report: [N:Kasia Zielińska], DOB [D:2009-08-17], last seen at [S:Parkside Academy] at 15:20.
c|Hi all, [N:Yusuf] is now placed at [A:2 Heol y Nant] and his SW is [N:Cerys Morgan] ([P:029 2018 0644]).
c|YOS worker [N:Mark Baker] will mark the plan as reviewed and will liaise with [N:Will Fox] at the college.
c|[N:Summer-Rose Kelly] (14) seen at the bus station at 23:15 with an adult male.
c|[N:Grace] told her teacher that [N:Jack] had asked her to "look after" a bag over the weekend.
c|[N:Hope Adeyemi]'s carer, [N:Faith Mensah], reported her missing at 23:00.
c|Police attended [N:Rose]'s Nan's address at [A:3 Beech Walk] at 01:20; YP not present.
c|The school's safeguarding lead, [N:Bill Sharp], rang at 09:15 to report a disclosure.
c|[N:Chukwuemeka Obi] (known as "[N:Emeka]") was arrested in possession of two phones and £650.
c|[N:Fatima Al-Rashid] (19), care leaver; PA is [N:Lucy Sharpe].
c|Good afternoon DS [N:Wong], please see below the summary for [N:Ka-Yan Lau] as requested.
c|UASC: [N:Oleksandr Bondarenko], DOB [D:1 Dec 2008]. Age assessment not required.
c|Intelligence suggests [N:Rukhsana]'s older brother [N:Shahid] is aware of the relationship.
c|Email from [E:emma.lloyd@example.net]: [N:Tegan] disclosed she has been sending images to [H:@lil_rj_xo].
c|YP (initials [N:KM]) declined to engage with the worker today.
c|A profile using [N:Jade]'s photos was found at [U:https://www.example.com/profiles/jade.x.2009]; reported for removal.
c|[N:Ryan Costa]'s fundraising page ([U:https://example.org/u/ryan-costa]) is being used to move money.
c|[N:Kofi Boateng] is currently at [S:Meadowbank Pupil Referral Unit] ("[S:Meadowbank]").
c|Dad, Mr [N:Tomasz Nowak], attended with an interpreter.
c|Numbers found in YP's contacts: [P:07700 900 904] (saved as "[N:Dee]") and [P:07700 900017] (saved as "[N:Bossman J]").
c|Mum ([N:Shanice Baptiste]) stated she "can't control" [N:Tyrese] anymore.
c|Dear [N:Angela], I'm writing to refer [N:Mason Fletcher] (DOB [D:14/04/2011]) to the exploitation team.
c|[N:Mason] attends [S:Hollins Park Primary]; his older brother [N:Lewis] attends [S:Hollins Park High].
c|Strategy discussion: [N:Deborah Quinn] (CSC), DC [N:Patel], [N:Nia Hughes] (Health). Agreed S47.
c|[N:Precious Eze] (16) disclosed that "[N:Uncle B]" arranges for her to meet men at [A:Flat 9, Orchard House, Cable Street].
c|NHS number: [NHS:401023213?]
c|Please update the CP plan: [N:Dylan O'Neill], NHS [NHS:721-334-960?], DOB [D:09/09/2008].
c|[N:Amira Hassan]'s school is [S:Al-Noor Girls' Academy]; DSL is Mrs [N:Begum].
c|Police have identified the Snapchat user [H:trapqueen.x] as [N:Chantelle Riley] (24).
c|[N:Liam]'s social worker [N:Gemma Doherty] can be contacted on [P:(0121) 496 0995].
c|Minutes taken by [N:Joanne Pike]. Next MACE 11 July.
c|Chair (Superintendent [N:Rhodes]) asked for an update on the [A:Tenby Street] premises closure.
c|[N:Declan Maughan] and [N:Patrick Joyce] both aged 15, from the Traveller site; school places not yet found.
c|RHI for [N:Eglė Kazlauskaitė] completed by [N:Jurgita] (Lithuanian-speaking worker).
c|[N:Rokas] told the worker that his "cousin" pays him in Nike and Moncler.
c|Email: Hi [N:Rhiannon], can you confirm [N:Iestyn]'s address is still [A:5 Bryn Road], [PC:SA1 9RW]? Diolch, [N:Gwyn]
c|[N:Blessing Okonkwo] (14) reports a man called "[N:Dre]" messaged her from [P:07700 900 352].
c|DOB [D:17th March 2007]; NHS No: [NHS:650 112 908?]; Address: [A:31 Cedar Close], [PC:L4 9EY].
c|[N:Hamza Sheikh] was found at [A:17 Victoria Street] with two adults; both arrested.
c|[N:Wei Zhang] (17, UASC) went missing from his foster placement on Sunday.
c|Foster carer [N:Joy Campbell] says [N:Wei] receives calls late at night from a withheld number.
c|Police log notes [N:Xamse Cabdi] was in the vehicle (reg not recorded).
c|YP [N:Kayden]'s TikTok ([H:@kaydenn.0]) links to a page at [U:https://www.example.net/kayden-deals].
c|Mum's email is [E:lisa_jarvis70@example.com]; she prefers email to phone.
c|Referrer: [N:Gurpreet Sandhu], School Nurse, [S:Oakwood Academy], [P:0161 496 0811].
c|[N:Mei Ling Chen] (16), DOB [D:05/01/2010], NHS [NHS:919 364 205?], referred by [S:Northgate College].
c|[N:Harvey] has been seen with a male called [N:Dominic Reid] (31) in a black Golf.
c|Out of hours: [N:Tom]'s placement reports he left at 21:00 to "go to [N:Kaylen]'s".
c|[N:Marcel Dąbrowski] attended the YJS session with his mum.
c|[N:Siobhán Ní Bhriain]'s school reports a sharp decline in attendance.
c|[N:Andrei Popescu] (15) disclosed working "for [N:Nicu]" at a car wash on [A:Bradford Road].
c|Intelligence links [N:Kwabena Owusu] ("[N:K-Dot]") to the [A:Holt Street] address.
c|Email to [E:ceu.north@example.org] cc [E:p.agarwal@example.org] re [N:Ishaan Agarwal].
c|Note: [N:Ishaan]'s father, Dr [N:Agarwal], is a GP in the area; handle with sensitivity.
c|[N:Zara Iqbal]'s DOB is recorded incorrectly on the system; should be [D:28/02/2010].
c|[N:Josh]'s Instagram is [H:@joshh_m10]; he has 3,000 followers and posts drill videos.
c|YP's brother [N:Callum Hendry] (22) is currently in HMP Forest Bank.
c|[N:Daniel Evans] ("[N:Danny Boy]") was stopped and searched near the station with [N:Jermaine]'s phone.
c|[N:Molly Brennan] (13) - a phone found on her had [N:Charlie]'s number saved under "[N:Chaz]".
c|Missing: [N:Ava-Grace Thompson], last seen [A:Elm Road] bus stop 16:45. Mum on [P:+44 (0)7700 900346].
c|[N:Ella] reports her stepdad [N:Craig] knows the males involved.
c|Worker [N:Precious] and student SW [N:Harriet] attended the joint visit.
c|[N:Sunny Akhtar] (17) referred by the college; link [U:https://www.example.com/sunny-akhtar-gigs] is advertising "runs".
c|Phone download shows contact with [P:07700900555] over 300 times in a week.
c|Please do not share [N:Amber]'s new address ([A:22a Fern Street], Burnley) outside the core group.
c|[N:Jack Sullivan] (15) presented at A&E with a stab wound; told staff he was "jacked" for his phone.
c|[N:Robin Clarke] (DSL, [S:Westfield High]) - tel [P:01632 960 093], email [E:r.clarke@example.org].
c|Discussed at MACE: [N:Kezia], [N:Ruby-Jo] and [N:Shannon] all linked to the same older male, [N:Darren Cole] ("[N:Daz]").
c|[N:Hawa Jalloh] (15) lives at [A:Flat 41, Seacole House] with her aunt.
c|[N:Lamar]'s NHS number is [NHS:812 449 036?] per GP records.
c|Email from [E:youthworker.ben@example.net]: [N:Ben] reports [N:Tia] was not at the session.
c|[N:Reece] gave his date of birth as [D:12-12-2007] but school records differ.
c|Social Worker: [N:Chiamaka Ude] ([E:chiamaka.ude@example.org]); Team Manager: [N:Paul Hargreaves].
c|[N:Kai] continues to attend [S:Riverside Free School] 3 days per week.
c|[N:Abdi]'s mother, [N:Faadumo Hirsi], requested a Somali-speaking worker.
c|[N:Denisa] was seen at [A:Unit 7, Canal Wharf] with unknown adult males.
c|The YP's online alias "[H:GhostRider#6620]" was identified on the server.
c|Contact: [N:Olusegun Bakare] (Community Safety) [P:0113 496 0218].
c|Correction: [N:Keeley]'s DOB is [D:4.4.2009], not 4.9.2009 as previously recorded.
c|Mr [N:Chowdhury] (Head of [S:Eastbrook School]) has agreed to a reduced timetable.
c|[N:Jermaine Clarke] (PNC checks) has previous for PWITS; known associate of [N:Big T].
c|[N:Ayesha] confirmed she is staying at her friend [N:Noor]'s house on [A:Beaumont Avenue].
c|Chronology: 14/09 [N:Ryan] excluded from [S:Ferndale]; 20/09 first missing episode; 02/10 arrested in Lancaster.
c|Email: [N:Sinead], could you pass this to Fr [N:Michael]? [N:Bronagh]'s family have asked for him to be present.
c|[N:Tiago Pereira] (16) and [N:João] (14) - Portuguese-speaking; referral from [S:Moorside Academy].
c|[N:Kelsey] said the man's name was "[N:Jay]" and he drove a Range Rover.
c|Address for the family: [A:Flat 2, 19 Oxford Street], [PC:OL11 9DW].
c|Please see [N:Jordan Hale]'s profile ([U:www.instagram.com/jhale.official]) for recent posts.
c|Minutes: [N:Rosie Hart] (Chair), [N:Faisal Malik] (Police), [N:Beth Young] (Education), Dr [N:Oyelaran] (Designated Doctor).
c|[N:Isaac Mensah-Bonsu] ("[N:Izzy]") missing from care since Friday.
c|[N:Ama Owusu]'s NHS number [NHS:489 205 117?] was provided by the GP surgery.
c|[N:Chloe Ashworth] was picked up by an Uber booked from [P:07700 900 689].
c|[N:Logan]'s mum gave permission for the worker to contact [S:Greenfield] about his timetable.
c|[N:Jayden]'s address: [A:84 Crescent Road] [PC:BD3 9XP]. Mum [N:Kerry].
c|MACE: [N:Abdullah Rahimi] (17, Afghan UASC) - concerns about employment at a car wash. Contact [E:uasc.team@example.com].
c|Hi [N:Tom], quick one - do you have [N:Billie-Jo]'s new mobile? I've got [P:07700 900 501] but it's going to voicemail.
c|[N:Hollie] confirmed the older male calls himself "[N:Lil Zee]".
c|[N:Owen Pritchard] lives on [A:Heol Hir] with his dad; [PC:CF14 9QZ].
c|Referral: [N:Leah Moss], DOB [D:21/10/2009], NHS [NHS:732 118 406?], [A:7 Lilac Grove], [PC:SR2 9HP].
c|[N:Tomás Ó Súilleabháin] (16) moved from Cork in September; school place at [S:Bishop Heaton Academy] from Monday.
c|[N:Kenzie]'s images were re-posted on [U:https://example.net/board/thread/88412]; IWF report made by [N:Kenzie]'s SW.
c|YP was sent a link to [U:http://example.com/jobs?ref=dmoney] by "[N:D-Money]" offering "easy work".
c|Worker checked [U:www.example.org/missing/keisha-grant], the appeal page set up by [N:Keisha Grant]'s family.
c|Email from [E:nurse.okoro@example.org]: [N:Ify Okoro] confirms [N:Tolu]'s NHS number is [NHS:445 901 223?].
c|[N:Patryk Wiśniewski], [D:11/11/2011], [A:Flat 5, 60 Queen's Road], [PC:NG7 9FW].
c|[N:Harley] gave an address of [A:12 Mill Street], [PC:ST4 9QH]; Police checks show no trace.
c|[N:Sami Haddad] (16) lives with his uncle at [A:3 Rowan Way], [PC:LE5 9RG]; NHS [NHS:502 884 117?].
c|[N:Aisha Nur] (13): home postcode [PC:E13 9PJ]; school is [S:Lea Bridge Academy].
c|[N:Jamie Lee Wilson] (15) has been seen on the Snap Map in Skegness overnight.
c|Chronology: 08/11 [N:Keanu] found at [A:44 Marsh Lane], [PC:TS1 9GJ], with [N:Steven Pratt] (39); [N:Pratt] arrested.
c|Dear Dr [N:Nwachukwu], re: [N:Olivia Baines], NHS [NHS:618443709?] - please see the attached strategy outcome.
c|[N:Gracie-Mae Hobbs]'s TikTok live ([U:https://www.tiktok.com/@graciemae.hx/live]) was reported by school.
c|Known associates: [N:Kane Morris] ("[N:KM1]"), [N:Ashley Barnes], [N:Rio Francis].
c|[N:Musa Kargbo] (17) uses [H:@musa.kgb] on Instagram and [P:07700 900 760].
c|[N:Tamika] said she was taken to [A:Flat 14, Beacon House, Tower Street], [PC:WV10 9BZ].
c|[N:Lily] and [N:Poppy] both on CP plans; their mother [N:Stacey Marsh] is the subject of the intelligence.
c|[N:Zofia]'s email [E:zofia.k2010@example.com] was used to create the second Snapchat account.
c|Referral: [N:Dimitri Ivanov], DOB [D:02 Feb 2008], no NHS number on file. Foster carer [N:Sandra Lowe] on [P:01632 960 744].
c|[N:Ahmad Karimi]: age disputed; he gives his date of birth as [D:01/01/2008].
c|Safeguarding lead at [S:St Wilfrid's] ([N:Fiona Gallagher]) says [N:Connor] has been missing lessons since half-term.
c|GP letter: [N:Nicole Grant], [A:88 Tower Hill Road], [PC:HU3 9YT], NHS [NHS:383 120 774?].
c|[N:Ebony] was found at [A:Flat 1, 2 Orchard Street], [PC:BS5 9ET], following a welfare check.
c|Tenancy in the name of [N:Gavin Lord] at [A:29 Grange Avenue], [PC:SE15 9LD]; cuckooing suspected.
c|[N:Kyra]'s page at [U:https://www.example.com/kyraaa_x] was reported to CEOP.
c|Hi [N:Danielle], [U:https://example.org/forms/consent?child=jordan-hale] is the consent form for [N:Jordan]'s mentoring, can you forward to Mum?
c|[N:Bailey] has a second Snapchat, [H:bailey.2ndd], which he says is for "work".
c|[N:Shauna McLaughlin] (Barnardo's), [E:shauna.mclaughlin@example.org], [P:0113 496 0934].
c|[N:Iman Abdi]: DOB recorded as [D:8 Aug 2010]; NHS [NHS:471 026 338?].
c|[N:Kieran]'s mum ([N:Louise Doyle], [P:07700 900 238]) asked for an update after the meeting.
c|[N:Tyler-James Rowe] (14) was found in Ashton with a 17-year-old known as [N:Ashton].
c|[N:Lincoln Adeyemi] (16) travelled to Lincoln by train without a ticket.
c|[N:Barry Hughes] (foster carer) took YP to Barry Island for the day as a reward.
c|[N:Hope] said there is no hope of her going back home while [N:Wayne] is there.
c|[N:Will Grant] will attend; [N:Grant] has asked that the grant for the mentoring be reviewed.
c|Worker [N:Dawn Summers] visited at dawn alongside the Police warrant team.
c|[N:Paris] (14) says she wants to go to Paris and that "[N:Prince]" will take her.
c|[N:Sky Harrison] has a Sky box and a PlayStation in her room; Mum unsure who paid for them.
c|Ad found at [U:https://www.example.net/p/lee.j.tyrell] using [N:Tyrell]'s photos.
c|Minutes: [N:Harpreet Gill] queried whether [N:Arjun] is receiving free school meals at [S:Sandfield Academy].
c|DOB for [N:Laila Mirza] is [D:Nov 3rd 2009].
c|[N:Ravi] self-referred via [U:https://example.org/self-referral/7781] at 02:14.
c|YP's YouTube channel ([U:https://www.example.com/c/mz_official]) has drill videos naming rival groups.
c|Email thread: [E:j.okeke@example.net] wrote "can we get [N:Dami] into a mentoring slot?"
c|[N:Eilidh MacLeod] moved from Inverness; [S:Glenbrook Academy] confirmed enrolment.
c|[N:Ngọc Anh] (15) linked to a nail bar in the town centre; NHS [NHS:332 460 915?].
c|[N:Ali]'s address: [A:Flat 10, 3 Station Road], [PC:PR1 9UB].
c|[N:Oisín Byrne] (DOB [D:15/05/2010]) disclosed that he owes [N:Mikey] £1,200.
c|Phone: [P:0121 496 0047]. Email: [E:castlebrook.dsl@example.org]. Please ask for Mrs [N:Oduya].
c|Chronology: 21/06 [N:Kacey] collected from school by [N:Lee Tyrell]; 22/06 reported missing; 24/06 found at [A:Apartment 8, Wharf Side].
c|Strategy meeting: [N:Adaeze]'s mother asked that her new number, [P:0 7 7 0 0 9 0 0 8 1 5], not be shared with the father.
c|[N:Kwesi] (14) told his teacher that "[N:Fat Man]" pays him £50 a day to stand by the bins.
c|CAD reference [BAD:230 519 884?] relates to the incident on Saturday at the retail park.
c|Court case number [BAD:902117346?] listed at the Youth Court on 3 March; YP to attend with YJS.
c|Invoice [BAD:118 204 557?] for the taxi to the Sheffield placement has been paid by Children's Services.
c|Mum says YP "gets on with everyone at Sunday school"; the Pastor is not aware of any concerns.
c|Victoria Park, Queen's Park and Sefton Park identified by the panel as locations of concern.
c|Drew up a safety plan with YP and Mum; YP will keep location sharing on.
c|Jack-knifed lorry on the M62 delayed the worker; visit rescheduled for Monday 9 June.
c|Constable on duty reports no trace at the address; Sergeant to review in the morning.
c|Detective Sergeant and social worker completed a joint ABE interview; YP did not disclose.
c|YP supports Newcastle United and wants to join the Foundation's Kicks programme.
c|ROSE (the Police exploitation team) and PHOENIX (health outreach) both invited to the next panel.
c|Amber RAG rating maintained; to be raised to Red if YP goes missing again.
c|[N:Kelis Douglas], NHS [NHS:926 401 583?], registered with the Hollins Park Surgery.
c|NHS No. [NHS:700315842?] for [N:Sonny Patterson]; GP aware of the referral.
c|[N:Maja Kowalska]'s NHS number ([NHS:456-102-773?]) does not match the one on the school system.
c|Health: [N:Joel]'s records (NHS [NHS:811 036 228?]) show three A&E visits in April.
""".strip().splitlines()
