"""Names read from the words around them (issue 20, session 18): short forms of given names from the nicknames
package and "Mo"; two lower-case first names that did something together; a name a message is written to; what
only a person is or does; someone given or told something; someone known to police; the sender of a
referral; a name after "her Mum" or "Nanny"; a name with a role in brackets. And the everyday sentences each
reading must leave alone. Sentences invented here, none taken from an evaluation set."""

import pytest

from youthvoice.deidentify import names
from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def _gone(text: str, *removed: str) -> str:
    out = deidentify(text).text
    for name in removed:
        assert name not in out, out
    return out


@pytest.mark.parametrize("nickname", ["kev", "mikey", "stu", "steph", "tash", "benjy"])
def test_short_forms_of_given_names_come_from_the_nicknames_package(nickname):
    assert names.is_first_name(nickname)


@pytest.mark.parametrize("word", ["nappy", "hob", "gory", "midge", "tabby", "dob", "nic"])
def test_a_nickname_that_is_an_english_word_or_an_abbreviation_is_not_taken(word):
    # British words the American dictionary lacks ("nappy", "hob") are in GCIDE; "dob" and "nic" are cut from
    # names too rarely to be read as one
    assert not names.is_first_name(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he still owes Mikey £400 from the summer", "Mikey"),
        ("mikey kept me in it after i wanted out", "mikey"),
        ("Mo said he could get me work at the car wash", "Mo"),
        ("mo said i owed him for the phone", "mo"),
        ("honestly Mo is the only one who listens", "Mo"),
    ],
)
def test_short_forms_are_names_where_the_words_around_them_say_so(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "wait a mo and I will come down",
        "half a mo, the bus is here",
        "The MO of these groups is to offer lifts first.",
    ],
)
def test_mo_as_a_word_stays(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("ruby and jade got stopped by the police at the station", ("ruby", "jade")),
        ("jack n rose got nicked outside the chippy", ("jack", "rose")),
        ("honestly mark and hunter were fighting again at dinner", ("mark", "hunter")),
    ],
)
def test_two_lower_case_first_names_that_did_something_together_are_names(text, removed):
    _gone(text, *removed)


@pytest.mark.parametrize(
    "text",
    [
        "faith and hope kept me going when it was bad",
        "summer and winter are both rubbish here",
        "rose and fell like the tide",
    ],
)
def test_words_joined_by_and_that_did_nothing_a_person_does_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jade stop ignoring my messages", "jade"),
        ("kyle u coming out later or not", "kyle"),
        ("lol tyler u absolute clown", "tyler"),
        ("precious ur such a liar", "precious"),
    ],
)
def test_the_name_a_message_opens_with_is_a_name(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "hope u feel better soon",
        "miss u loads",
        "will u come to the park",
        "love u all",
        "bless u for asking",
    ],
)
def test_a_verb_that_opens_a_message_to_you_stays(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jordan is lying he was there", "jordan"),
        ("grace is coming round after school", "grace"),
        ("hope is the only one who knows", "hope"),
        ("river is my best mate", "river"),
        ("dev fell off his scooter outside the shop", "dev"),
        ("and tommy filmed it on his phone", "tommy"),
    ],
)
def test_what_only_a_person_is_or_did_makes_a_lower_case_first_name_a_name(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "hope is the only thing that keeps me going",
        "hope kept me going",
        "summer is coming and we have nothing to do",
        "faith is important to my family",
    ],
)
def test_a_virtue_or_a_season_stays_a_word(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff saw an older male handing Josh a bag by the bins.", "Josh"),
        ("He told Kayden that he would be paid later.", "Kayden"),
        ("Okonkwo known to police for possession with intent.", "Okonkwo"),
        ("Referral to Early Help services from Dana Whitlock, school nurse.", "Dana Whitlock"),
        ("Home visit: Aleksy and his Mum Lisa Whittaker were in.", "Lisa Whittaker"),
        ("Child said Nanny Brenda lets her stay up late.", "Brenda"),
    ],
)
def test_capitalised_names_read_from_their_context(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "he owes Vodafone £200 for the contract",
        "The area is known to police for drug dealing.",
        "She handed Police the phone when they arrived.",
        "Referral to Early Help services from Leeds City Council.",
    ],
)
def test_the_same_contexts_leave_things_and_places(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ('Kian said that "Spider" and "Moth" made him carry the bag.', ("Spider", "Moth")),
        ('YP said "Big Ash" pays him to watch the door.', ("Big Ash",)),
        ('Contacts on the handset included "Rocco" and "Frosty".', ("Rocco", "Frosty")),
        ('She gets the parcels from "Tall Guy" after school.', ("Tall Guy",)),
        ("'Shadow' is the one who sorts the lines.", ("Shadow",)),
        ("Officers spoke to Rose's Dad at the address.", ("Rose",)),
    ],
)
def test_a_quoted_street_name_or_a_possessive_before_family_is_a_name(text, removed):
    _gone(text, *removed)


@pytest.mark.parametrize(
    "text",
    [
        'YP described feeling "Trapped" most of the time.',
        'The leaflet is called "Staying Safe" and was given out in assembly.',
        'She said "Mum" when asked who she trusts.',
    ],
)
def test_a_quoted_word_that_did_nothing_stays(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said Razor (street name) was arrested on Friday.", "Razor"),
        ("Whitlow (surname only) called about the same child.", "Whitlow"),
        ("Roxy and her nan live above the chip shop", "Roxy"),
    ],
)
def test_a_bracket_that_says_a_name_or_her_family_after_and_makes_a_name(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    ["Paris and her streets were beautiful", "We saw Blackpool and her famous tower from the train"],
)
def test_a_place_and_her_sights_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lewis lives with his aunt on the estate.", "Lewis"),
        ("Precious absent from school again on Monday.", "Precious"),
    ],
)
def test_who_lives_with_someone_or_is_absent_is_a_person(text, name):
    _gone(text, name)
