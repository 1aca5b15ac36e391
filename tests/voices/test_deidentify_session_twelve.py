"""Session 12 of the de-identifier's names (issue 20): readings meant to carry to writers nobody here has
read. Every sentence is invented for this file, none taken from an evaluation set; each reading has hard
negatives beside it (text that must come out byte-identical)."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up
from youthvoice.deidentify.names import is_first_name


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def _kept(text: str) -> None:
    out = deidentify(text).text
    assert out == text, out


def _gone(text: str, *names: str) -> None:
    out = deidentify(text).text
    for name in names:
        assert name not in out, out


# Faker's Ukrainian, Russian and Bulgarian names, spelled in Latin letters by Faker's own tables.
@pytest.mark.parametrize("name", ["dmytro", "mykhailo", "andrii", "kyrylo", "maksym"])
def test_cyrillic_names_are_in_the_lists_in_latin_letters(name):
    assert is_first_name(name)


@pytest.mark.parametrize("word", ["modest", "lev", "nikon", "semen"])
def test_a_transliteration_that_is_an_english_word_is_not_a_name(word):
    assert not is_first_name(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i play fifa online with kyrylo most nights", "kyrylo"),
        ("Andrii says the older lads take his bus pass", "Andrii"),
    ],
)
def test_a_ukrainian_name_is_found(text, name):
    _gone(text, name)


# "Good morning" opens a message to someone as "Hi" does.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Good morning Rhian, the strategy notes are attached.", "Rhian"),
        ("Good afternoon Marcel, thanks for chasing the school.", "Marcel"),
    ],
)
def test_a_name_after_good_morning_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning everyone, the panel starts at ten.",
        "Good morning team, please see the agenda below.",
        "Good Morning Britain was on in the waiting room.",
    ],
)
def test_good_morning_to_no_one_in_particular_is_kept(text):
    _kept(text)


# "on behalf of", and a "to" after saying, sending or something happening, lead to a person.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The form was signed on behalf of Jasmine by her foster carer.", "Jasmine"),
        ("i said sorry to tyrese but he still blanked me", "tyrese"),
        ("nobody told us what happened to jerome after that night", "jerome"),
        ("he was sending the pics to Marcel the whole time", "Marcel"),
        ("i just want to say thank you to siobhan for everything", "siobhan"),
    ],
)
def test_a_name_after_behalf_of_or_to_someone_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Letter sent on behalf of the school by the head teacher.",
        "i spoke to Victim Support and they were alright",
        "we went to jayden after school",  # after going, "to" leads to a place as readily
        "thank you to everyone at the youth club",
    ],
)
def test_behalf_of_and_to_before_no_person_are_kept(text):
    _kept(text)


# Someone wanted to do something is a person, even with a name that is a word.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i just want Amber to know it wasnt her fault", "Amber"),
        ("all i want is for my mum to stop worrying and i want Ruby to come home", "Ruby"),
        ("i need blessing to pick up her phone", "blessing"),
    ],
)
def test_someone_wanted_to_do_something_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "i want Summer to be over already",
        "i just want things to get better at home",
        "i want school to stop ringing my mum",
        "i need Liverpool to beat them on sunday",
    ],
)
def test_wanting_a_season_a_thing_or_a_team_is_kept(text):
    _kept(text)


# A practitioner by the initials of their role: "SW Okafor".
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Present: SW Okonkwo, the school nurse and YP.", ["Okonkwo"]),
        ("Attendees: SW Jenna Hale and FSW Dean Booth.", ["Jenna", "Hale", "Dean", "Booth"]),
    ],
)
def test_a_name_after_a_role_in_initials_is_found(text, names):
    _gone(text, *names)


def test_a_role_in_initials_before_a_word_is_kept():
    _kept("Referral received from the SW team yesterday.")


# "known only as": a nickname, quoted or not; a kin title in quotes is what he is called, not a name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("YP met a man known only as Boss at the station.", "Boss"),
        ('an older lad known only as "Lucky" gave her the phone', "Lucky"),
    ],
)
def test_a_name_known_only_as_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        'an adult male known only as "Uncle" bought him trainers',
        "she is known simply as the quiet one in class",
    ],
)
def test_known_only_as_before_no_name_is_kept(text):
    _kept(text)


# A message's last word after "Cheers," or a question, once it has named whom it is for: a signature, even
# a rare word ("Mags").
@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, can you send the minutes over before Friday? Cheers, Mags",
        "Thanks Jo – can you send me the notes before Monday? Mags",
    ],
)
def test_a_rare_word_signing_off_a_message_is_found(text):
    _gone(text, "Mags", "Jo")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the update, see you at the panel. Team",
        "Hi all, the meeting is moved to Thursday. Thanks, Admin",
        "Thanks for coming, it was a good session. Brilliant",
    ],
)
def test_a_word_ending_a_message_is_kept(text):
    _kept(text)


# A lower-case first name opening a sentence, with who the person goes about with.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("sky and me used to go up the park every night", ["sky"]),
        ("kyle n them from the flats called me a grass", ["kyle"]),
        ("tbh jack and his mates were outside again", ["jack"]),
    ],
)
def test_a_lower_case_name_with_me_or_them_is_found(text, names):
    _gone(text, *names)


@pytest.mark.parametrize(
    "text",
    [
        "art and me never got on at school",
        "music and me are the only things that help",
        "sky and virgin are both rubbish for wifi",
    ],
)
def test_a_word_with_me_or_another_word_is_kept(text):
    _kept(text)


# British pet forms of common first names, which the lists lack: "jonno", "gaz", "kez", "moz".
@pytest.mark.parametrize("form", ["jonno", "tommo", "gaz", "gazza", "kez", "shaz", "deano", "moz"])
def test_pet_forms_of_common_names_are_first_names(form):
    assert is_first_name(form)


@pytest.mark.parametrize("word", ["woz", "waz", "cuz", "coz", "viz", "chez", "matey"])
def test_words_and_text_speak_are_no_pet_forms(word):
    assert not is_first_name(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gaz said the boxing club is shut on mondays", "gaz"),
        ("the man from the chippy moz gave me his number", "moz"),
        ("kez told me to write on here", "kez"),
        ("jonno from the end house walked me home", "jonno"),
    ],
)
def test_a_pet_form_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "he woz told to go home by the police",
        "i never went cuz it was raining",
    ],
)
def test_text_speak_near_a_cue_is_kept(text):
    _kept(text)


# Case notes and messages: the name a message opens with before a request, someone from somewhere who said
# something, someone with the writer or who they are to the writer, staff on shift, and one who absconded.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will – can you confirm the date of the next panel?", "Will"),
        ("Dawn, please ring me when you get this.", "Dawn"),
        ("Kai from Hull told me about this group", "Kai"),
        ("Dawn from the council said it would be sorted by friday", "Dawn"),
        ("Paris was with me when the police came", "Paris"),
        ("Dev is my cuz and he looks out for me", "Dev"),
        ("Hope is my foster carer and shes lovely", "Hope"),
        ("Call from the home: Keanu absconded at nine.", "Keanu"),
        ("Night staff Bev aware of the plan.", "Bev"),
    ],
)
def test_a_person_by_what_the_case_note_or_message_says_of_them_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Summer – can't wait for it to come round again",
        "Music is my best friend to be honest",
        "Summer is my favourite time of year",
        "Night staff aware of the plan.",
        "Amber was with the car when it was towed",
    ],
)
def test_words_in_those_places_are_kept(text):
    _kept(text)


# Schools with no configured list: a pupil referral unit named in lower case, and whose school it is
# followed by its name.
@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("i used to go to oakfield pru its where they send everyone", "oakfield pru"),
        ("he is at marsh lane pru three days a week", "marsh lane pru"),
        ("my old school was Brampton Vale n i hated it", "Brampton Vale"),
        ("her school was St Anne's before she moved", "St Anne's"),
    ],
)
def test_a_school_named_without_a_list_is_found(text, school):
    out = deidentify(text).text
    assert school not in out and "[SCHOOL]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "i got sent to the pru in year 9",
        "my mate goes to a pru now",
        "they put him in a new pru",
        "my school is Rubbish to be fair",
        "our school is the worst in the area",
    ],
)
def test_a_pru_or_a_school_with_no_name_is_kept(text):
    _kept(text)


# Lower-case names that are words, where the words around them make a person: an ex, a friend, someone
# from somewhere who said something.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my ex jordan still reads my messages", "jordan"),
        ("i was friends with grace until she moved schools", "grace"),
        ("dawn from next door said she saw them", "dawn"),
    ],
)
def test_a_lower_case_word_name_among_people_words_is_found(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "i was friends with benefits lol",
        "hope from the start was that it would stop",
        "i went to chester from the station and he said nothing",
    ],
)
def test_lower_case_words_there_are_kept(text):
    _kept(text)


# A first name the lists lack, rare in English, just before a surname they have: the whole name goes, not
# the surname alone ("Priyanka [NAME]" would still name her).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jaswinder Sharma came to the strategy meeting.", ["Jaswinder", "Sharma"]),
        ("Present: Anil Mistry (CSC) and the school nurse.", ["Anil", "Mistry"]),
    ],
)
def test_a_rare_first_name_before_a_listed_surname_goes_with_it(text, names):
    _gone(text, *names)


def test_a_place_before_a_surname_in_a_family_is_kept():
    _kept("The Oldham Khan family were seen.")


# A capitalised name that is also a word, with whom the person goes about.
def test_a_name_with_his_lot_is_found():
    _gone("aye Kyle n his brother are always round the shops", "Kyle")


@pytest.mark.parametrize("text", ["I love Paris and her streets", "Leeds and them lot never win"])
def test_a_place_with_her_or_them_is_kept(text):
    _kept(text)
