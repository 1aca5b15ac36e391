"""The checker's readings of session 12 (issue 13, 6 December 2026): what a sentence says, read by kind.

Harm shrunk to a matter of degree ("a bit over-familiar", "embarrassed rather than harmed") or ruled out
before anyone has asked ("no lasting harm", "not worth recording", "playground bravado"); a child's drug use
called recreational; missing episodes counted as few; the child named as the one who started, drew or shares
the blame for what adults did, or the harm traced to the child's decision; the child cast as refusing to be
safe or landing in danger; the crime made the child's own ("his offending", "treat him as a suspect",
"working the streets"); a child seen as a grown man or woman; what was done to a child called something they
agreed to or took part in; and a relationship word beside an adult's age however the sentence is built.

The same words about what adults did, a service's consent, health advice, or a child described correctly are
left. Every sentence here was written for these tests; none comes from an evaluation set.
"""

import pytest

from youthvoice.language import check


def rule_ids(text: str) -> list[str]:
    return [finding.rule_id for finding in check(text)]


FOUND = {
    "minimising: a matter of degree": [
        "The texts he sent her were a little flirty but that is how he talks to everyone.",
        "Bilal got pushed around a bit outside the shop by two men from the estate.",
        "Staff felt the photos the landlord took were more awkward than sinister.",
        "Afterwards Nadia was upset rather than hurt, according to the night worker.",
    ],
    "minimising: ruled out early": [
        "He gave her a lift home and some vodka at the flat, so no harm was done.",
        "The panel felt the fight with the older boys did no lasting damage.",
        "The threats on Snapchat were nothing to be alarmed about.",
        "The slap at the bus stop was not really worth reporting to police.",
        "The messages from the group are just lads' bravado.",
    ],
    "minimising: harm said not to be harm": [
        "Zara wasn't really hurt by what the men did, she said.",
        "It was a minor physical assault and the boys have apologised.",
        "Staff called the filming just a harmless prank.",
    ],
    "minimising: recreational use, missing counted small, a mistake": [
        "Leon's recreational cannabis use is not a concern for the team.",
        "Her drinking seems purely recreational at this stage.",
        "She has only been reported missing a few times this year.",
        "Posting the video was a naive mistake that she now regrets.",
    ],
    "blame: started, drew, invited, shares the blame": [
        "Skye has no one but herself to blame for the photos going round.",
        "In a way Remi kicked off the whole situation by messaging him first.",
        "Kai drew unwanted attention to himself by boasting online about the money.",
        "Her bragging got Mason singled out by the older lads.",
        "The man only responded to her flirting.",
        "He was flirting with the older men at the party before it happened.",
        "Nia is equally to blame for what happened at the flat.",
        "The violence followed from his decision to keep the money.",
        "The debt is of Callum's own making.",
    ],
    "blame and self-risk: the child's sexual history and provoking": [
        "Teachers say she is sexually forward with the older boys.",
        "He was hit by the man after winding up the man outside the shop.",
        "Lexi has been sleeping with several different men she meets online.",
        "Some staff think she has loose morals.",
        "Jayden made himself an easy target by telling people about the cash.",
        "Erin often ends up in risky flats with people she hardly knows.",
        "He keeps going to houses he knows are not safe.",
    ],
    "self-risk: refuses safety, lands in danger": [
        "Jaden won't stay away from the flat however often he is told.",
        "She makes no effort to keep herself safe when she is out with them.",
        "Running off at night does him no favours.",
        "Maisie landed herself in a dangerous position again on Saturday.",
        "He doesn't seem to see the risks he keeps putting himself into.",
    ],
    "criminalising: the crime made the child's own": [
        "Tyler's dealing has moved from the park to the high street.",
        "We are worried that her offending is getting more serious.",
        "Kayden is one of the suspects in the burglary and will be interviewed under caution.",
        "Jess has been walking the streets near the station at night for money.",
        "Staff noted that Tiana is a sex worker now.",
        "Ellie-Rose is thought to sell sex to men aged 30 and over.",
    ],
    "adultifying: a grown man or woman": [
        "Kwame comes across as a grown man when police stop him.",
        "At fifteen Tayo is built like an adult and is seen that way.",
        "She is treated as a woman, not a girl, by the staff at the hostel.",
        "He is 13 but talks like he is about 25.",
        "At fourteen she is basically an adult and runs her own affairs.",
        "Police saw him as a young person who knows his own mind.",
        "He is 15 and very much a grown man in the way he carries on.",
    ],
    "relationship: an adult's age however the sentence is built": [
        "Safety plan: help Aisha to break up with Connor, who is 29.",
        "Staff heard that Jodie had split up with the 33-year-old last week.",
        "Her fiancé is 26 and has asked her to move in with him.",
        "Tanya's ex, aged 22, keeps turning up outside the school.",
        "A 31-year-old and Freya have been an item since Easter.",
        "Bella's partner has been warned by police about the age of consent.",
        "Her lover collects her from the children's home most evenings.",
        "Ruby, 15, has a boyfriend of about 30 who buys her phone credit.",
        "Her partner (late twenties) drives her to school.",
        "Milo, 14, has been hooking up with a 20-year-old he met online.",
    ],
    "consent: agreed to it or took part": [
        "Police recorded that the sexual contact was with her consent.",
        "Ellis knew what he was getting into and went to the flat with his eyes open.",
        "She is making her own choices about who she stays with at weekends.",
        "The intercourse seems to have been entirely consensual.",
        "Leah was a willing participant in what went on at the party.",
    ],
}

LEFT = {
    "what adults did, told as theirs": [
        "The man was flirting with her on the bus and asked for her number.",
        "The adults treat him as a grown man and send him out at night.",
        "The gang's dealing has moved into the estate and police are targeting them.",
        "The men are culpable and the police will charge them.",
        "The men started it all by giving her vodka.",
        "Tracey has worked as a sex worker for years and is now 34.",
        "Her mother, 38, is known to sell sex near the station.",
    ],
    "relationships between adults, and the child's word set right": [
        "Her older sister, 23, split up with her fiancé last month.",
        "His uncle's ex, who is 40, still lives on the estate.",
        "The 35-year-old and his wife have been together since school.",
        "Mia calls the 30-year-old her boyfriend; he is the adult who is exploiting her.",
        "She is an ex-pupil of the school and is now 19.",
        "Her aunt, 31, is engaged to her partner of eight years.",
    ],
    "correct usage": [
        "Information was shared with her consent and her mum was told.",
        "She is a victim rather than a participant, and should be treated as one.",
        "No one is saying she is to blame; the adults are responsible.",
        "Police will see Kayden as a victim, not a suspect.",
        "He is 14 and a child who needs protecting, whatever his size.",
        "We will make sure no harm comes to her while she is in the placement.",
        "The referral was made with his agreement.",
        "The injuries are not minor and need to be seen by a doctor.",
        "He blames himself, which is common for children who have been exploited.",
        "Closing the case now would increase her risk, so it stays open.",
        "The men kept buying her presents as a way of making her feel she owed them.",
        'Staff were reminded that calling a child "streetwise" does not keep them safe.',
    ],
    "ordinary notes on the same topics": [
        "Ahmed made a silly mistake on his college form and we corrected it.",
        "Is it worth booking the room for the whole afternoon?",
        "The bus was a bit late and she was a little cross about it.",
        "Staff were dealing with another incident when she arrived.",
        "She has only been at the school since September.",
        "He stayed away from the youth club last week because he was ill.",
        "Nobody was hurt in the fire drill and the children were not really bothered by it.",
        "The play was a silly prank-free comedy about a school trip.",
    ],
    "quoted to be turned down": [
        'The chair challenged "no real harm done" and asked for the incident to be looked into.',
        'We no longer write that a child is "of their own making" at risk.',
    ],
}


@pytest.mark.parametrize(
    "text", [text for kind in FOUND.values() for text in kind], ids=lambda text: text[:40]
)
def test_the_reading_finds_what_the_sentence_says(text):
    assert rule_ids(text)


@pytest.mark.parametrize(
    "text", [text for kind in LEFT.values() for text in kind], ids=lambda text: text[:40]
)
def test_the_same_words_that_blame_no_child_are_left(text):
    assert not rule_ids(text), rule_ids(text)
