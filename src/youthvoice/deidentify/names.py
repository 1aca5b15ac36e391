"""Names the de-identifier's fixed rules did not catch: a cascade of open name lists, English word
frequencies, the words around a name, and spaCy's small English model as a second opinion.

Private to ``youthvoice.deidentify.engine``, which runs it after its structured detectors and cue rules.

1. Every word is looked up in large open name lists (data/names/, built by scripts/build-name-lists from
   Faker's locale lists and the US Census lists, and by scripts/build-ons-names from the names given in
   England and Wales) and in an English dictionary (Webster's Second, public domain, from the english-words
   package) weighed by how often the word is used (wordfreq).
2. A name that is not an everyday word ("Kacper", "Aoife", "Nguyen") is a name wherever it stands, in
   capitals; in lower case only beside a cue ("me n kacper").
3. A name that is also a word (Joy, Mark, Sky, Frank), or a capitalised word we do not know, is a name when
   the words around it say so: "me and", "with", a title, a possessive, a verb of saying or doing after it.
4. What is still uncertain (a capitalised word-name or a rare capitalised word mid-sentence with no cue)
   goes to spaCy's named-entity recogniser, once per answer and only then: it has the last word.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from youthvoice.deidentify.not_people import is_uk_place, not_people_spans, register_first_names

_DATA = Path(__file__).with_name("data")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word: letters, with inner apostrophes and hyphens ("O'Brien", "Ellie-Mae", "Siobhán").
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_POSSESSIVE = ("'s", "’s", "'S", "’S")  # "JAYDEN'S MUM" in capitals too
# Common words that are never names, beyond the dictionary: pronouns, articles, text-speak.
_CLOSED = _words(
    """i im i'm ive id me my mine you u ur your yours he him his she her hers it its we us our they them
    their the a an and n or but so if then than that this these those there here what who whom whose
    which when where why how not no yes yeah ye ya ok okay lol lmao omg idk tbh ngl rn fr innit bruv bro
    sis fam mate mum mam mom dad nan gran grandad auntie uncle sir miss mr mrs ms dr pc dc yp cyp"""
)
# Titles, and family words used as one: "Mr Okafor", "DC Kowalczyk", "Auntie Bev", "Uncle Dave".
_TITLES = _words(
    "mr mrs ms miss mx dr sir pc dc ds di dci dcs pcso sgt insp det cllr prof rev fr auntie aunty aunt uncle "
    "nan nanna grandad"
)
# A role before a capitalised word, itself capitalised at the start of a case note: "Pupil Rose Mellor".
_ROLE_BEFORE = _words(
    "pupil student learner client victim suspect child sibling yp cyp tenant resident lodger occupant"
    # and a practitioner by the initials of their role: "SW Rahman", "FSW Dean Booth", "IRO Ann Kay"
    " sw fsw isw iro dsl"
)
# A practitioner's job just before a capitalised word, as case notes name staff: "Housing officer Dean Booth",
# "School Nurse Angharad Price". Capitalised, the job does not make the name a thing ("Victim Support").
_PROFESSIONS = _words(
    """officer nurse worker lead manager teacher chair superintendent sergeant inspector constable
    coordinator practitioner mentor doctor paediatrician psychologist therapist counsellor staff"""
)
# Family and friends, before the name of the one meant: "brother Favour", "my grandad frank".
_KIN = _words(
    """brother sister cousin mum mam mom dad nan nana nanna nanny nannan gran granny grandad grandma grandpa
    grampa gramps uncle auntie aunty aunt daughter
    son niece nephew stepdad stepmum stepbrother stepsister bestie boyfriend girlfriend bf gf mate friend
    ex"""
)
# One letter that is a word in text-speak, never a nickname's initial on its own: "u", "r", "n", "y"...
_TEXT_SPEAK_LETTERS = frozenset("aiurnykcbx")
# Naming someone, before the name: "a guy called dazza", "calls himself smokey", "everyone calls him rocky".
_NAMING_VERBS = _words("call calls called calling named")
_NAMED_WHO = _words("him her himself herself themselves them me")
# Who names someone with a bare "call": "the one they call smokey", not "call frm nan".
_CALLERS = _words("they we everyone people ppl u you")
# Who someone is, straight after their name: "kofi hes been my best mate".
_PRONOUN_AFTER_NAME = _words("hes shes")
_PRONOUNS_BEFORE = _words("i u you we they he she it")
# Greetings that open a message with the name of whom it is for: "Hi Tom,", "Dear Angela".
_GREETINGS = _words("hi hey hiya dear morning afternoon evening thanks cheers")
_ENDEARMENTS = _words("babe babes love hun hon darling sweetie sweetheart pet duck chick gorgeous lovely")
# Owing someone: "he owes Mikey £200".
_OWED = _words("owe owes owed owing")
# Someone described before their name: "an older girl destiny who...", "this lad frank".
_PERSON_WORDS = _words("girl boy lad guy man woman kid")
_DESCRIBING_PERSON = _words("a an this that older younger old young little big")
_NICKNAME_PREFIXES = _words("big lil little young yung younger baby wee")
# First names in the lists that after "Big" or "Little" are still the everyday word: "Big Man", "Little Guy".
_NOT_NICKNAMED = _words("man guy boss dog star")
# Before a word, these make it a thing or a place, not a person: "my Monzo", "a Mercedes", "the Prince's
# Trust", "in Preston", "at McDonald's", "St John Ambulance".
_DETERMINERS = _words("a an the my your his her our their this these those some any every each")
_PLACE_PREPOSITIONS = _words(
    "in into at from near outside inside towards toward via through across round around past opposite between"
)
# "to" leads to a place after going somewhere ("went to Preston"), to a person after talking ("said to Jo").
_MOTION = _words(
    """go goes going gone went come comes coming came move moved moving travel travelled trip ride train bus
    coach drive drove driven taken took take back way run ran sent moved placed placement transferred
    returned return down up over brought bring bringing taking takes heading headed head walk walked walking
    drove driving flew fly flying travelling traveling"""
)
_OBJECTS = _words("me us him her them it you yp cyp everyone")
# Months and seasons that are names too: a name when what follows describes a person ("April was seen").
_SEASONAL_NAMES = _words("april may june summer autumn")
_SAINTS = _words("st st. saint")
# Who "our" names in church and prayer, not a brother or sister: "Our Lady", "our Lord", "Our Father".
_OURS_IN_PRAYER = _words("lady lord father mother saviour god king queen")
_FAMILY_GROUPS = _words("brothers sisters family twins cousins boys girls")
# A group named after a family name, only when the word is a name from the lists ("the Doyle lads", not "the
# Leeds lads").
_GANG_GROUPS = _words("lads crew gang mob clan")
_SIGN_OFF = re.compile(
    r"(?:[.?!]|\s[–—\-]|\b(?:thanks|thank\s+you|cheers|regards|wishes|best|from|love|kind\s+regards|diolch),?)\s*$",
    re.IGNORECASE,
)
_THANKED = re.compile(
    r"\b(?:thanks|thank\s+you|cheers|regards|best\s+wishes|kind\s+regards|diolch|speak\s+soon|take\s+care"
    r"|see\s+you\s+soon|all\s+the\s+best|ta),\s*$",
    re.IGNORECASE,
)
_KISSES_TO_END = re.compile(r"[\s.!]*[xX]{1,3}[\s.!]*")
# A text written as a message to someone: it opens with a greeting or thanks someone somewhere.
_MESSAGE = re.compile(
    r"^\W*(?:hi|hey|hiya|hello|dear|morning|afternoon|good\s+(?:morning|afternoon|evening))\b"
    r"|\b(?:thanks|thank\s+you|cheers|regards)\b",
    re.IGNORECASE | re.MULTILINE,  # a greeting may open a line of an e-mail thread
)
# What may follow a name signing off: a full stop, kisses ("Priya x"), a role in brackets ("(Duty Team)").
_AFTER_SIGNATURE = re.compile(r"[\s.!]*(?:[xX]{1,3}[\s.!]*)?(?:\([^()\n]{1,40}\)[\s.!]*)?")
# The partnership's acronyms (agencies, roles, meetings, legal terms): in capitals they are never a person.
ACRONYMS = frozenset(
    line.strip()
    for line in (_DATA / "acronyms.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
# What people did, in the past, that nothing else does: after a lower-case first name at the start of a
# sentence, "dev fell off his bike", "tommy filmed it". Virtues as names ("hope kept me going") stay words.
_DID_TO_SOMEONE = _words(
    """fell filmed punched slapped kicked stabbed robbed stole nicked grassed snitched lied shouted bullied
    screenshotted posted blocked drove fixed owes owed"""
)
_AMOUNTS = _words("no any much more less little some")
_VIRTUES = _words(
    "hope faith joy grace mercy destiny patience charity honour honor liberty justice harmony glory"
)
# Opening a message to someone by name ("yo bill u still got my charger", "faith stop ignoring me"), and the
# verbs that open one to "you" instead ("hope u feel better", "miss u").
_HAILS = _words("yo oi oy hey hi hiya lol omg ey")
_SPOKEN_TO_AFTER = _words("u ur you your youre ure stop tell pls plz please ring text answer")
_SAYS_TO_YOU = _words("hope miss love thank thanks bless trust need want wish believe mark may will can")
# Words that open a young person's sentence before the name it is about: "tbh okafor is the one".
_FILLERS = _words("tbh ngl honestly basically lol omg like so well cos coz obviously literally and but then")
# The writer's class or year, where someone in it is: "grace in my class".
_SCHOOL_GROUPS = _words("class form year group set tutor house")
# What ends a clause straight after a name: "call him uncle ray but he".
_CLAUSE_JOINS = _words("but so cos coz cuz because cause then when till until")
# A verb's subject after it, as a question asks: "Will you cover?", "May I".
_PRONOUNS_AFTER_VERB = _words("you u ya we i they he she it")
# What a worker is to do, after "<name> to" in a plan or an action: "ACTION: Priya to contact school".
_ACTION_VERBS = _words(
    """contact chase complete visit call ring phone arrange attend book refer update send share speak meet
    review liaise follow check discuss email text write request explore invite offer support complete
    confirm seek provide continue raise escalate inform notify hold lead sign action source"""
)
# A name is beside the young person or a verb of saying or doing.
_CUE_BEFORE = {
    ("me", "and"), ("me", "n"), ("me", "&"), ("us", "and"), ("me", "an"), ("and", "me"), ("known", "as"),
    ("saved", "as"), ("goes", "by"), ("go", "by"), ("name", "is"), ("names", "is"), ("called", "him"),
    ("called", "her"), ("name", "as"), ("name", "was"), ("names", "was"), ("name", "were"), ("behalf", "of"),
}  # fmt: skip
# Strong cues make any capitalised word a name; weak ones only a name from the lists or a rare word.
_STRONG_BEFORE = _words(
    """im i'm called named call calls ask asked tell told text texted message messaged msg msgd dm dmd made
    make makes forced
    rang ring phoned blocked reported trust trusted fancy fancies thank thanks hi hey hiya dear bestie
    bf gf boyfriend girlfriend yp cyp aka alias dating"""
)
_WEAK_BEFORE = _words(
    """our with wiv w saw seen met meet like likes liked love loves loved hate hates hated by about bout and
    friend mate brother sister cousin uncle auntie aunty aunt neighbour worker teacher carer grandmother
    grandfather grandma grandad nana nanna nanny granny grandpa grampa gramps nan mother father stepdad
    stepmum son daughter niece nephew partner mum mam mom dad
    half-brother half-sister stepbrother stepsister for having friends mates cousins sisters brothers re
    believe believed believes"""
)
_STRONG_AFTER = _words(
    """said says sed told tells tellin telling asked asks texted texts messaged messages rang rings called
    calls gave gives offered offers threatened threatens picked picks reckons introduced grabbed pushed
    added adds dmd snapped"""
)
_WEAK_AFTER = _words(
    """give took takes take kept keeps sent sends wanted wants made makes got gets came comes went goes was
    is were has had does did will would can could knows knew thinks thought lives lived stays stayed drove
    drives sells sold owes owed hit hits showed shows brought brings let lets helped helps runs run ran
    reports reported confirmed appeared agreed lost moved engaged attended arrived left works worked stated
    disclosed explained shared admitted denied refused started stopped used isnt wasnt aint hasnt found
    attends attend continues presented states engages visits misses absconded absconds absent"""
)
# Words after a possessive that are not what the person has: "at Nando's and", "McDonald's on".
_NOT_POSSESSED = _words(
    "and or on in at to for with of from by the a an but so then when near outside after before"
)
# Apps someone has an account on: "Keanu's Instagram" is Keanu's.
_APPS = _words("instagram insta snapchat snap tiktok facebook fb whatsapp twitter discord telegram youtube")
# Between a name and what the person did: "Destiny will text", "Jordan still owes".
_BETWEEN_NAME_AND_VERB = _words(
    "will would can could did does should might must still just never always also then really already"
)
# Plain verbs of what people do to one another, after "will", "still"...: "Destiny will text me".
_PLAIN_VERBS = _words(
    """text call ring message msg meet tell ask give take bring pick drop owe owes pay sell send help hurt
    hit threaten collect"""
)
_AUXILIARIES = _words("is was were has had will would can could does did isnt wasnt aint hasnt")
_INTRODUCTIONS = _words("im i'm iam")
# "its Jasper", "he's Ke'Andre": a first name, or a word no dictionary has, after these is who someone is.
_IT_IS = _words("its it's shes she's hes he's")
# Before these a first name is a person's: "messages from Dariusz", "referral from Annika Loveday".
_FROM_SOMEONE = _words(
    """message messages msg msgs text texts call calls referral referred letter email emails visit visits
    dm dms snap snaps note notes gift gifts money help support lift received heard"""
)
_AND_ME_AFTER = {("and", "me"), ("n", "me"), ("&", "me")}
# Who a lower-case first name opening a sentence goes about with: "sky and me", "kyle n them", "will and his".
_WITH_SOMEONE = _words("me him her his them")
# After these "to" leads to a person, not a place: "said sorry to jayden", "what happened to jerome", "sent
# the pics to Marcel" ("went to", "moved to" lead to a place: _MOTION).
_TO_SOMEONE = _words(
    """said say says saying sed talk talks talked talking speak speaks spoke speaking sorry apologise
    apologised apologize apologized happened happen happens lied lying listen listened listening explained
    explain pics photos nudes messages texts letter wrote write writes written introduced lent"""
)
# A message opening with the name of whom it is for, then what is asked: "Will – can you confirm...".
_ADDRESSED_OPENING = re.compile(
    r"\s*[,–—\-:]\s*(?:can|could|would|will|please|pls|thanks|thank|are|did|have|just|quick|any|are)\b",
    re.IGNORECASE,
)
# Being friends with someone: "i was friends with grace until".
_FRIENDS_WITH = {("friends", "with"), ("mates", "with"), ("fell", "out"), ("out", "with")}
# Where someone is from, in "sue from the council said": an organisation or a place of one's own.
_FROM_WHOM = _words("the next my our year school college work church")


# Who someone is to the writer, after "is my"/"was my": "Dev is my cousin", "Hope was my foster carer".
_WHO_TO_ME = _words("cuz bestie bezzie bff ex keyworker")


# Wanting someone to do something: "i just want Ruby to be safe", "she wants hope to come home"; not a team to
# win ("i want Chelsea to win the league").
_WANTING = _words("want wants wanted need needs needed")
_CONTESTS = _words("win wins lose beat score sign play draw qualify finish relegated promoted")
_AND = _words("and n & or")
# In Welsh text ("welsh=True"): after these a capitalised word that is no Welsh word is a name ("fy ffrind
# Dafydd", "gyda Siân", "o'r enw Rhys"); after the weak ones only a name from the lists ("efo Mark").
_WELSH_STRONG_BEFORE = _words(
    """ffrind ffrindiau mêt met gariad cariad frawd brawd chwaer gefnder cefnder gyfnither cyfnither enw
    gyda gydag efo hefo wrth ddywedodd dywedodd meddai gofynnodd ofynnodd"""
)
_WELSH_WEAK_BEFORE = _words("a ac â ag gan i efo gyda a'r i'r")
# Before these a capitalised word is a place: "yn Abertawe", "i Gaerdydd", "ger Bangor".
_WELSH_PLACE_BEFORE = _words("yn yng ym i o ger drwy trwy heibio tua tuag am ar dros o'r i'r")
_WELSH_CUE_BEFORE = {("i", "yw"), ("i", "ydy"), ("enw", "yw"), ("enw", "ydy"), ("o'r", "enw")}

_MODEL_CONFIRMS = frozenset({"PERSON"})
# A capitalised word we do not know that is this rare in English is a name, or a place or brand the words
# around it tell apart; a commoner one is a place or a brand.
_RARE_ZIPF = 3.5
# So rare in English that a capitalised one is a name unless the words before it make it a place or a thing.
_NAME_ONLY_ZIPF = 2.6
# A name from the lists used this often is as likely a club, a make of car or a town.
_COMMON_NAME_ZIPF = 3.8
# An everyday word this common after "Young", "Little"... is not a nickname ("Young Person").
_EVERYDAY_ZIPF = 4.5


def _closing_before(text: str, start: int) -> tuple[bool, bool]:
    """Whether the few characters before ``start`` thank ("Many thanks,") and whether they sign off (a full
    stop, a dash, "Cheers,"): what makes a text's last word its writer's name."""
    window = max(0, start - 25)
    return bool(_THANKED.search(text, window, start)), bool(_SIGN_OFF.search(text, window, start))


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _read_words(path: Path, *, not_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of a list, and each without its accents unless that is an everyday word ("Åge" is no
    reason to take "Age" for a name)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    words = {word for line in lines if not line.startswith("#") for word in line.split()}
    plain = {_strip_accents(word) for word in words} - words
    return frozenset(words | {word for word in plain if word not in not_words})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, float]]:
    """(first names, surnames, everyday English words, word frequencies), loaded once."""
    from english_words import get_english_words_set
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en", wordlist="large")
    # Lower-case dictionary entries used at least once in a million words: "mark", "joy", "will"; the
    # dictionary lists proper names with a capital, so "kacper" and "chloe" are not words.
    dictionary = frozenset(
        word
        for word in get_english_words_set(["web2"], lower=False, alpha=True)
        if word.islower() and frequencies.get(word, 0.0) >= 1e-6
    )
    first = (
        _read_words(_DATA / "names" / "first_names.txt", not_words=dictionary)
        | _read_words(_DATA / "first_names.txt", not_words=dictionary)
        | _read_words(_DATA / "welsh_first_names.txt", not_words=dictionary)
    )
    surnames = _read_words(_DATA / "names" / "surnames.txt", not_words=dictionary)
    # The names given in England and Wales (ONS, scripts/build-ons-names) that the other lists lack, less the
    # words this module reads as a greeting or a cue before a name ("Hiya Babe", "cariad Siân").
    ons = _read_words(_DATA / "names" / "ons_first_names.txt", not_words=dictionary)
    first |= ons - _GREETINGS - _ENDEARMENTS - _STRONG_BEFORE - _WELSH_STRONG_BEFORE
    common = _read_words(_DATA / "first_names.txt")
    first |= _nicknames(first, surnames, dictionary, frequencies, common=common)
    first |= _pet_forms(first, dictionary, frequencies, common=common)
    return first, surnames, _Dictionary(dictionary | _CLOSED), frequencies


# A short or pet form is kept when it is rarer than any everyday word, or when it is cut from one of the
# commonest first names ("Kev" from Kevin, "Mikey" from Michael, "Stu" from Stuart) and rare in English.
_NICKNAME_ALWAYS_ZIPF = 2.5


def _nicknames(first, surnames, dictionary, frequencies, *, common: frozenset[str]) -> frozenset[str]:
    """The short and pet forms of English given names (the nicknames package) that the name lists lack, less
    any word of either dictionary (Webster's Second, and GCIDE, which has British words such as "nappy" and
    "hob"), any listed surname, and the greetings and cue words this module reads around a name."""
    from english_words import get_english_words_set
    from nicknames import NickNamer

    words = get_english_words_set(["gcide"], lower=True, alpha=True)
    kept = set()
    for nickname, names in NickNamer().canonical_lookup.items():
        if (
            len(nickname) < 3
            or not nickname.isalpha()
            or nickname in first
            or nickname in surnames
            or nickname in dictionary
            or nickname in words
        ):
            continue
        zipf = _zipf(frequencies, nickname)
        cut_from_common = any(name in common and name[:2] == nickname[:2] for name in names)
        if zipf < _NICKNAME_ALWAYS_ZIPF or (zipf < _RARE_ZIPF and cut_from_common):
            kept.add(nickname)
    return frozenset(kept) - _GREETINGS - _ENDEARMENTS - _STRONG_BEFORE - _WELSH_STRONG_BEFORE


# Pet forms are made from names in everyday use (how often the name is written in English, as a word list
# has it), never from a name that is also a word ("Mate", "Rice") unless it is among the commonest first
# names, and are kept only when rare in English and no word themselves.
_PET_BASE_ZIPF = 3.5
_PET_FORM_ZIPF = 3.4
_VOWELS = "aeiou"
# Text-speak and borrowed words a pet-form rule would also make: "waz", "woz" (was), "cuz", "viz", "chez".
_SPELLED_WORDS = _words("waz woz wuz iz coz cuz kuz caz viz chez")


def _pet_forms(
    first: frozenset[str],
    dictionary: frozenset[str],
    frequencies: dict[str, float],
    *,
    common: frozenset[str],
) -> frozenset[str]:
    """British pet forms of common first names, by the rules English speakers make them with (the lists have
    few): the first syllable doubled with "-o" ("Jonathan" -> "jonno", "Tommy" -> "tommo"), "-z"/"-zza" after
    the first vowel before an "r" ("Gary" -> "gaz", "gazza"; "Kerry" -> "kez"; "Sharon" -> "shaz"), "-ey" on
    a four-letter name ending in "e" ("Jake" -> "jakey") and "-o" on one ending in a consonant ("Dean" ->
    "deano"). ``common``: the commonest first names in England (data/first_names.txt), words or not
    ("Dean")."""
    forms: set[str] = set()
    for name in first:
        if not name.isalpha() or len(name) < 3:
            continue
        if name not in common and (name in dictionary or _zipf(frequencies, name) < _PET_BASE_ZIPF):
            continue
        clip = name[:3]
        consonant_vowel_consonant = (
            clip[0] not in _VOWELS and clip[1] in _VOWELS and clip[2] not in _VOWELS + "yhwx"
        )
        if len(name) > 3 and consonant_vowel_consonant:
            forms.add(clip + clip[-1] + "o")
        vowel = next((i for i, letter in enumerate(name) if letter in _VOWELS), 0)
        if vowel and name[vowel + 1 : vowel + 2] == "r":
            forms |= {name[: vowel + 1] + "z", name[: vowel + 1] + "zza"}
        if len(name) == 4 and name[-1] == "e" and name[-2] not in _VOWELS:
            forms.add(name[:-1] + "ey")
        if len(name) == 4 and name[-1] not in _VOWELS + "y" and name[-2] in _VOWELS:
            forms.add(name + "o")
    return frozenset(
        form
        for form in forms
        if form not in first
        and form not in dictionary
        and form not in _CLOSED
        and form not in _SPELLED_WORDS
        and _zipf(frequencies, form) < _PET_FORM_ZIPF
    )


# Words already looked up as an inflected form (true or false): the same few thousand words come again.
_INFLECTED: dict[str, bool] = {}


class _Dictionary(frozenset):
    """Dictionary entries, and their plurals and past tenses ("vouchers", "witnesses", "arrived")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or len(word) < 4:
            return False
        known = _INFLECTED.get(word)
        if known is None:
            if len(_INFLECTED) > 100_000:
                _INFLECTED.clear()  # a bound on memory; the look-up is cheap to redo
            known = _INFLECTED[word] = self._inflected(word)
        return known

    def _inflected(self, word: str) -> bool:
        # The dictionary is American (Webster's): British spellings are read as their American forms
        # ("organised", "paediatrician", "colour", "centre", "travelled").
        forms = {word, *_american_forms(word)}
        for form in forms:
            if form != word and frozenset.__contains__(self, form):
                return True
            for suffix, replacement in (
                ("s", ""),
                ("es", ""),
                ("ies", "y"),
                ("ed", ""),
                ("ed", "e"),
                ("ing", ""),
                ("ing", "e"),
            ):
                if not form.endswith(suffix):
                    continue
                stem = form[: -len(suffix)]
                if not _may_take(stem, suffix, replacement):
                    continue
                if frozenset.__contains__(self, stem + replacement):
                    return True
                # "stopped", "travelling": a doubled last consonant
                if (
                    suffix in ("ed", "ing")
                    and len(stem) > 3
                    and stem[-1] == stem[-2]
                    and stem[-1] not in "aeiouls"
                    and frozenset.__contains__(self, stem[:-1])
                ):
                    return True
        return False


# "-es" is a plural or a verb's ending only after a hissing sound or an "o" ("boxes", "wishes", "goes"); a
# bare "-ed" never follows an "e" (that is "-d": "freed"). Otherwise names would read as inflected words:
# "James" as "jam", "Naveed" and "Fareed" as "nave" and "fare".
_HISSING_ENDINGS = ("s", "x", "z", "ch", "sh", "o")


def _may_take(stem: str, suffix: str, replacement: str) -> bool:
    if suffix == "es" and not replacement:
        return stem.endswith(_HISSING_ENDINGS)
    if suffix == "ed" and not replacement:
        return not stem.endswith("e")
    return True


_BRITISH_SPELLINGS = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("ouring", "oring"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("elled", "eled"),
    ("elling", "eling"),
    ("ence", "ense"),
)


def _american_forms(word: str) -> list[str]:
    """The American spellings a British word may have in the dictionary, for words of six letters or more
    (short names such as "Maise" or "Rae" must not turn into words)."""
    if len(word) < 6:
        return []
    forms = [
        word[: -len(british)] + american for british, american in _BRITISH_SPELLINGS if word.endswith(british)
    ]
    if "ae" in word[1:]:
        forms.append(word.replace("ae", "e"))  # "paediatric", "anaesthetic"
    return forms


# Endings no first name or surname has: "Liaised", "Paediatrician", "Safeguarding"... words the dictionary
# may lack in their British or professional form.
_NEVER_NAME_ENDINGS = (
    "ised", "ising", "isation", "ization", "izing", "ician", "icians", "ologist", "ologists", "iatrist",
    "ness", "ship", "ships", "tion", "tions",
)  # fmt: skip


def _never_a_name(word: str) -> bool:
    return len(word) > 6 and word.endswith(_NEVER_NAME_ENDINGS)


# Both halves of a word made of two (each this common in English) make it a word too.
_JOINED_ZIPF = 4.0


@lru_cache(maxsize=4096)
def _joined_words(word: str) -> bool:
    """Two everyday words of four letters or more written as one ("voicemail", "whiteboard", "headteacher",
    "hotspots"): a word newer than the dictionary, not a name. Names no list has that split this way
    ("Lightfoot", "Godswill") stand beside another name, where find_names does not ask."""
    _, _, dictionary, frequencies = _lexicon()
    return any(
        word[:cut] in dictionary
        and word[cut:] in dictionary
        and _zipf(frequencies, word[:cut]) >= _JOINED_ZIPF
        and _zipf(frequencies, word[cut:]) >= _JOINED_ZIPF
        for cut in range(4, len(word) - 3)
    )


def _zipf(frequencies: dict[str, float], word: str) -> float:
    frequency = frequencies.get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


def is_word_not_first_name(word: str) -> bool:
    """An everyday word ("Father", "Text", "Support") that no first-name list has."""
    first, _, dictionary, _ = _lexicon()
    word = word.lower()
    return word in dictionary and word not in first


def is_first_name(word: str) -> bool:
    """A first name from the open name lists (the word as written, in lower case)."""
    return word in _lexicon()[0]


register_first_names(is_first_name)  # "Storm Agnes", "Prince Harry": not_people reads these by a first name


def is_first_name_ignoring_accents(word: str) -> bool:
    """A first name from the open name lists, as written or without its accents (lower case: "inès")."""
    first = _lexicon()[0]
    return word in first or _strip_accents(word) in first


def is_listed_name(word: str) -> bool:
    """A first name or a surname from the open name lists."""
    first, surnames, _, _ = _lexicon()
    word = word.lower()
    return word in first or word in surnames or _strip_accents(word) in first


def is_dictionary_word(word: str) -> bool:
    """A lower-case entry of the English dictionary ("reading", not "london")."""
    return word.lower() in _lexicon()[2]


def is_function_word(word: str) -> bool:
    """A word among the commonest in English (used more than ten times in a hundred thousand words: "is",
    "got", "there"), which names nothing of its own."""
    return _zipf(_lexicon()[3], word.lower()) >= 5.0


def is_verb_before_pronoun(lower: str, following: str) -> bool:
    """A name that is also a verb, used as the verb before a pronoun: "Will you cover?", "Hope you're ok"."""
    return (lower in _MODALS and following in _PRONOUNS_AFTER_VERB) or (
        lower in _SAYS_TO_YOU and following in ("you", "u", "ya")
    )


def is_everyday_word(word: str) -> bool:
    """A word in the dictionary, or one used more than a few times in a million words of English."""
    _, _, dictionary, frequencies = _lexicon()
    word = word.lower()
    return word in dictionary or _zipf(frequencies, word) >= 3.5


class _Word:
    __slots__ = ("start", "end", "text", "lower", "base_end", "capital", "sentence_start")


# Where a sentence starts: after the start of the text, or a full stop, "!", "?", ":", ";", a quote, an
# opening bracket or a line break (a new line of a note or an e-mail thread), and any spaces.
_SENTENCE_STARTS = re.compile(r"(?:^|[.!?:;\"“”(\n])\s*")


def _words_of(text: str) -> list[_Word]:
    """The words of ``text`` (not those inside placeholders), each read once: where it is, its letters
    without a possessive "'s", whether it is capitalised (not in capitals) and whether a sentence starts
    with it."""
    starts = {m.end() for m in _SENTENCE_STARTS.finditer(text)}
    placeholders = "[" in text
    words = []
    append = words.append
    new = _Word
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if placeholders and start and text[start - 1] == "[" and text[start:].split("]", 1)[0].isupper():
            continue  # the letters of a placeholder already put in: "[NAME]"
        word = new()
        word.start = start
        word.end = end
        letters = match.group()
        # (a token starts with a letter and an apostrophe is always followed by one: "X's" keeps its "X")
        if letters.endswith(_POSSESSIVE):
            letters = letters[:-2]
            word.base_end = end - 2
        else:
            word.base_end = end
        word.text = letters
        word.lower = letters.lower()
        word.capital = letters[0].isupper() and (len(letters) == 1 or not letters.isupper())
        word.sentence_start = start in starts
        append(word)
    return words


def find_names(
    text: str, *, not_names: frozenset[str], always: frozenset[str] = frozenset(), welsh: bool = False
) -> list[tuple[int, int]]:
    """Spans of ``text`` (which may hold placeholders already) that are people's names. ``always``: first
    names that are a name wherever they stand, capitalised. ``welsh``: the text is Welsh, so a word is not
    a name for being rare in English: only a name from the lists, or a word after a cue, is one."""
    first, surnames, dictionary, frequencies = _lexicon()
    words = _words_of(text)
    if not words:
        return []
    if _SHOUTED.search(text):
        _read_shouted_names(words, text, first, dictionary, always)
    blocked = _not_people(text, words, dictionary, first, surnames, always=always, welsh=welsh)
    # Brands, shops, places and titles named after people ("Ted Baker", "St Mary's Hospital"): never a name.
    things = _inside_spans(words, not_people_spans(text))
    # ...unless one listed word is a surname straight after a first name: "Dean Harrow", "Jay Sutton".
    things -= {
        index
        for index in things
        if index
        and index - 1 not in things
        and index + 1 not in things
        and words[index - 1].capital
        and words[index - 1].lower in first
        and words[index].capital
        and _adjacent(text, words[index - 1], words[index])
    }
    things -= _surname_not_ward(text, words, things, first, dictionary)
    blocked |= things
    decided: dict[int, bool] = {}
    # Decided as a lower-case surname: a second lower-case word after one is not a surname too, so that a
    # name cannot carry away the words after it ("mae dafydd yn gwerthu" is not a four-word name).
    surnames_found: set[int] = set()
    uncertain: list[int] = []

    def known(word: _Word) -> str:
        """'first', 'surname' or '' for a word (or each part of a hyphenated one)."""
        for form in (word.lower, *word.lower.split("-"), _strip_accents(word.lower)):
            if form in first:
                return "first"
        return "surname" if word.lower in surnames else ""

    def word_at(index: int) -> _Word | None:
        return words[index] if 0 <= index < len(words) else None

    def surname_shaped(index: int) -> bool:
        """A capitalised word right after the one before it that no dictionary or list of things has and is
        rare in English (a surname: "Mulholland"), or a surname from the lists."""
        word = word_at(index)
        return bool(
            word is not None
            and word.capital
            and index not in blocked
            and _adjacent(text, words[index - 1], word)
            # a word only by a dictionary's rare entry or form is a surname here ("Baines", "Parr")
            and (word.lower not in dictionary or _zipf(frequencies, word.lower) < _RARE_ZIPF)
            and not _listed(word, not_names)
            and (word.lower in surnames or _zipf(frequencies, word.lower) < _RARE_ZIPF)
        )

    def first_before(index: int) -> bool:
        before = word_at(index - 1)
        return bool(
            before is not None
            and before.capital
            and index - 1 not in blocked
            and known(before) == "first"
            and before.lower not in dictionary
            and not _listed(before, not_names)
            and surname_shaped(index)
        )

    for index, word in enumerate(words):
        lower = word.lower
        if index in things:
            continue
        if index in blocked and word.base_end != word.end and (lower in first or lower in always):
            blocked.discard(index)  # "at Tamsin's", "went to Kenzo's": someone's home
        if (
            index in blocked
            and word.capital
            and lower not in dictionary
            and known(word) == "first"
            and _who_they_are(words, index)
        ):
            blocked.discard(index)  # "around Kwabena hes my mums friend": a person, not a place
        # (a listed name may end in "s" itself, "Leons", "Daniels": beside what someone owns it is the owner)
        owns = lower[-1] == "s" and _owner_without_apostrophe(text, words, index, first, dictionary)
        if index in blocked and word.capital and owns:
            blocked.discard(index)  # "round Kierans after school": someone's home, not a place
        if index in blocked or lower in _CLOSED or (word.text.isupper() and word.text in ACRONYMS):
            continue
        if lower in _KIN and lower not in always:
            continue  # "Aunty has offered", "Nan": who someone is to the child, not a name
        if len(lower) == 1 and _initial_after_prefix(text, words, index):
            decided[index] = True  # "Uncle B", "Younger D", "lil j": a nickname's initial
            if words[index - 1].lower in _NICKNAME_PREFIXES:
                decided[index - 1] = True
            continue
        if not welsh and owns:
            decided[index] = True  # "at amirs house", "kaydens older brother": a name's 's written without
            continue
        if (
            not word.capital
            and lower not in first
            and (lower in dictionary or _g_dropped(lower, dictionary, frequencies))
            and not (index and words[index - 1].lower in _TITLES and lower in surnames)  # "mr walsh"
        ):
            continue  # an everyday word in lower case ("stoppin", "overthinkin" too): no rule makes it a name
        if _never_a_name(lower) or (word.capital and word.text[1:2].isupper() and not word.text.isupper()):
            continue  # "Liaised", "Paediatrician"; "SENCo", "YPs": an abbreviation
        if "-" in lower and not word.capital and _double_first_name(lower, first, always, frequencies):
            decided[index] = True  # "lily-rose", "ellie-mae": two first names, one of them common
            continue
        tail = lower.rsplit("-", 1)[-1] if "-" in lower else ""
        if tail and word.text[-len(tail) :].islower() and tail in dictionary:
            continue  # "X-ray", "Kappa-style": a word made with a hyphen, not a double-barrelled name
        if _listed(word, not_names) and not (
            lower in _SEASONAL_NAMES
            and (
                (
                    word.capital
                    and (
                        _described(words, index, text, dictionary, word_name=True)
                        or _season_acts(words, index, text, first)
                        # "me and Summer got excluded"
                        or (index > 1 and (words[index - 2].lower, words[index - 1].lower) in _CUE_BEFORE)
                    )
                )
                or _season_is_someone(words, index, text, dictionary)
            )
        ):
            continue
        before, after = word_at(index - 1), word_at(index + 1)
        previous = before.lower if before and _adjacent(text, before, word) else ""
        kind = known(word)
        rare = _zipf(frequencies, lower) < _RARE_ZIPF
        # A first name in capitals whose dictionary sense is rare in English ("Arjun", a tree; "Shay", a
        # chaise; "Demi") is the name it nearly always is: wordfreq counts both senses, and under _RARE_ZIPF
        # neither is an everyday word. In lower case it stays a word ("ebony and gold").
        rare_sense = word.capital and kind == "first" and rare
        is_word = (lower in dictionary and not rare_sense) or (
            # not one word of a run of names ("Summer Lightfoot", "Godswill Okafor"), nor a capital in the
            # middle of a clause ("contact Greenfield about"), where only a name is written so
            not kind
            and not (previous and (before.capital or word.capital))
            and not (after and after.capital and _adjacent(text, word, after))
            and _joined_words(lower)
        )
        # "... – Gemma", "Thanks, Marcus": the last word of the text, perhaps with kisses or a role after it
        at_end = word.capital and bool(_AFTER_SIGNATURE.fullmatch(text, word.end))
        thanked, signed_off = _closing_before(text, word.start) if at_end else (False, False)
        # the last word of a message after "Thanks," or a full stop: a signature, read below ("Cheers, Mags")
        thanked_last = rare and (thanked or (signed_off and bool(_MESSAGE.search(text))))
        if (
            not welsh
            and not kind
            and (
                (not word.capital and not rare)
                or (word.capital and is_word and not previous and not thanked_last)
            )
        ):
            continue  # no rule below makes a name of a common lower-case word, or of a capitalised
            # everyday word no first-name list has with nothing just before it
        if not welsh and _thing_by_its_neighbours(text, word, kind, is_word, previous, after, frequencies):
            continue
        before_that = words[index - 2].lower if index > 1 and previous else ""
        following = after.lower if after and _adjacent(text, word, after) else ""
        spoken_before = text[before.start : before.end].lower() if previous else ""  # "she's", not "she"
        after_that = words[index + 2].lower if index + 2 < len(words) and following else ""
        if len(lower) < 2 and not (previous in _NICKNAME_PREFIXES and word.capital):
            continue
        possessive = word.base_end != word.end
        owns = (
            possessive
            and bool(following)
            and following not in _NOT_POSSESSED
            # "Keanu's Instagram", "Raheem's SW" (a role or agency among the partnership's acronyms)
            # "Lewis's Dad", "Rose's Nan": whose family, in capitals too
            and (after.text.islower() or following in _APPS or after.text in ACRONYMS or following in _KIN)
        )
        if possessive and not owns and word.capital and known(word) != "first" and lower not in always:
            continue  # "at McDonald's.", "Sainsbury's and": a shop, named after a surname, not someone's
        strong = (
            (before_that, previous) in _CUE_BEFORE
            or (previous in _STRONG_BEFORE and not before.capital)
            or previous in _TITLES
            or (  # "Hi Tom, quick one", not "Hiya Babe"; "Thanks Baz," with any name not a word
                previous in _GREETINGS
                # "Hi", or "Good morning" opening the text or a sentence
                and (before.sentence_start or (before_that == "good" and words[index - 2].sentence_start))
                and (bool(kind) or (word.capital and not is_word and text[word.end : word.end + 1] == ","))
                # a first name that is a common word too, greeted with a comma after it: "Hi Will, are you"
                and (
                    _zipf(frequencies, lower) < 5.0
                    or (kind == "first" and word.capital and text[word.end : word.end + 1] == ",")
                )
                and lower not in _ENDEARMENTS
                and lower not in _ROLES
            )
            or (
                previous in _NICKNAME_PREFIXES
                and before.capital == word.capital
                and before_that not in _DETERMINERS
            )
            or (following in _STRONG_AFTER and not possessive)
            or (following, after_that) in _AND_ME_AFTER
            # a surname after a name: capitalised after a capitalised one, either case after a lower-case one
            or bool(
                decided.get(index - 1) and previous and (word.capital or (known(word) and not before.capital))
            )
        )
        partner = (
            word_at(index + 2) if following in _AND else word_at(index - 2) if previous in _AND else None
        )
        paired = bool(partner and partner.capital and known(partner) == "first" and known(word) == "first")
        surname_after = bool(
            following
            and after.capital
            and (following in surnames or following in first)
            and not (
                word.lower in dictionary
                and following in dictionary
                and _zipf(frequencies, following) >= _RARE_ZIPF
            )
            and not _listed(after, not_names)
        )
        family = (previous in _DETERMINERS and following in _FAMILY_GROUPS) or (  # "the Lewis brothers"
            (following in _FAMILY_GROUPS or following in _GANG_GROUPS)
            and (previous in _DETERMINERS or word.sentence_start)
            and word.capital
            and bool(kind)
            and (not is_word or _zipf(frequencies, lower) < _RARE_ZIPF)
        )  # "Lewis family known to services", "the Doyle lads"
        # A first name at the end of the text signs off. After "Thanks," a common word that is a first
        # name signs off too ("Many thanks, Amber"); a role may follow in brackets
        # ("Thanks, Kelly (Duty Team)").
        # A message that has already named the one it is written to ("Hi Jo,", "Thanks Bev"): its last word
        # signs it off even when that is a common name, or a word only a name is ("Ste").
        addressed = (
            at_end
            # someone named earlier, by these rules or by a cue before them ("Hi [NAME],")
            and (any(decided.get(earlier) for earlier in range(index)) or "[NAME]" in text[: word.start])
            and bool(_MESSAGE.search(text))
        )
        signing = (
            word.capital
            # a rare word signs off a message too: "Cheers, Mags"
            and (kind == "first" or (addressed and rare and lower not in _ROLES))
            and (
                thanked
                or (
                    signed_off
                    and (index == len(words) - 1 or bool(_KISSES_TO_END.fullmatch(text, word.end)))
                    # not "a close game – Chelsea", unless the text is a message
                    and (addressed or _zipf(frequencies, lower) < _COMMON_NAME_ZIPF)
                )
            )
        )
        # "ACTION: Priya to contact school": who is to do what, in a plan
        acting = following == "to" and after_that in _ACTION_VERBS and word.capital and (kind or not is_word)
        # "Iqbal known to police", "Kristian Vale is known to police": someone the agencies know of
        known_to_agencies = (
            word.capital
            and (bool(kind) or (not is_word and rare))
            and _known_to(words, index + 1 if following in _KNOWN_BE else index, text)
        )
        # "handing Josh a package", "told Will that": given or told something, so someone
        given_something = (
            word.capital
            and not word.sentence_start
            and kind == "first"  # not "he owes Vodafone £200"
            and previous in _GIVING
            and (following in _GIVEN or text[word.end : word.end + 2].strip()[:1] == "£")
        )
        acting = acting or known_to_agencies or given_something
        strong = strong or paired or (surname_after and known(word) == "first") or family or acting or signing
        verb_after = bool(following) and not possessive and _verbish(following, dictionary)
        described = _described(words, index, text, dictionary, word_name=lower in dictionary)
        to_someone = previous == "to" and (
            before_that in _TO_SOMEONE
            or (before_that == "you" and index > 2 and words[index - 3].lower in ("thank", "thanks"))
        )
        weak = owns or verb_after or previous in _WEAK_BEFORE or to_someone
        # "want Ruby to be safe": wanted to do something, so a person ("want school to stop" is no name)
        wanted_to = (
            kind == "first"
            and previous in _WANTING
            and following == "to"
            and after_that in dictionary
            and after_that not in _DETERMINERS
            and after_that not in _CONTESTS
        )
        strong = (
            strong
            or wanted_to
            # "Will – can you confirm", "Dawn, please call": the name the message is addressed to
            or (index == 0 and kind == "first" and bool(_ADDRESSED_OPENING.match(text, word.base_end)))
            # "Kai from Hull told me", "Dawn from the council said": from somewhere, then saying something
            or (
                kind == "first"
                and following in ("from", "at")  # "Joy at church said"
                and any(w.lower in _STRONG_AFTER for w in words[index + 2 : index + 6])
                and _zipf(frequencies, lower) < 5.0
            )
            # "Kyle n his brother", "Jade and them": with whom the person goes about ("her" may be a city's:
            # "Paris and her streets")
            or (
                kind == "first"
                and following in _AND
                and (
                    after_that in ("his", "him", "them")
                    # "Roxy and her mum": her family, not a city's streets
                    or (
                        after_that == "her"
                        and index + 3 < len(words)
                        and (words[index + 3].lower in _KIN or words[index + 3].lower == "family")
                    )
                )
                and _zipf(frequencies, lower) < 5.0
            )
            # "Ellis lives with Carol": only people live with someone
            or (kind == "first" and following in _LIVES and after_that == "with")
            # "King (street name)", "Hastings (surname only given)": the bracket says it is a name
            or (word.capital and bool(_SAID_TO_BE_A_NAME.match(text, word.end)))
            # "Rose, the young person's key worker, reported": who the person is, in apposition
            or (
                kind == "first"
                and word.capital
                and text[word.end : word.end + 1] == ","
                and _in_apposition(words, index)
            )
            # "Mark the PCSO is alright", "Frank the old one was useless": the name, who the person is, and
            # what they are or did ("Will the police help" is the verb)
            or (
                kind == "first"
                and word.capital
                and following == "the"
                and lower not in _MODALS
                and _who_then_what(text, words, index + 2)
            )
            # "Ruby. she walked me home": a survey answer that is a name, then what she did
            or (
                kind == "first"
                and word.capital
                and index == 0
                and len(words) > 1
                and text[word.end : words[1].start].strip() in (".", "!")
                and words[1].lower in ("she", "he", "they")
            )
            # "Paris was with me when", "Dev is my cuz": with the writer, or who they are to the writer
            or (
                kind == "first"
                and following in ("is", "was", "were")
                and (
                    (after_that == "with" and index + 3 < len(words) and words[index + 3].lower in _OBJECTS)
                    or (
                        after_that in _POSSESSIVE_PRONOUNS
                        and any(
                            w.lower in _ROLES or w.lower in _KIN or w.lower in _WHO_TO_ME
                            for w in words[index + 3 : index + 5]
                        )
                    )
                )
            )
        )
        if word.capital and not strong:
            strong = (
                previous in _ROLE_BEFORE  # "Pupil Rose Mellor"
                or (previous in _PROFESSIONS and bool(kind))  # "Housing officer Dean Booth"
                or (spoken_before in _IT_IS and (kind == "first" or (not is_word and rare)))  # "its Jasper"
                # "my keyworker is Hope", "her social worker was Dawn": who holds the role
                or (previous in ("is", "was") and before_that in _ROLES and kind == "first")
                or (following == "from" and kind == "first" and not is_word)  # "Oisín from year 9"
                or _named_in_brackets(text, word)  # "aunt (Maureen)"
            )
        if welsh:
            welsh_strong = previous in _WELSH_STRONG_BEFORE or (before_that, previous) in _WELSH_CUE_BEFORE
            if _welsh_name(
                word,
                kind=kind,
                is_word=is_word,
                strong=strong or welsh_strong,
                weak=weak or previous in _WELSH_WEAK_BEFORE,
                always=lower in always,
                mid_sentence=not word.sentence_start and bool(previous),
                place_before=previous in _WELSH_PLACE_BEFORE or index in blocked,
            ):
                decided[index] = True
            continue
        if word.capital and previous in _NICKNAME_PREFIXES and before.capital:
            if (
                is_word
                and len(lower) > 3
                and _zipf(frequencies, lower) >= _EVERYDAY_ZIPF
                # "Big Mike", "Lil Tony": a listed first name is the nickname's, unless it is a role or a guy
                and (kind != "first" or lower in _ROLES or lower in _NOT_NICKNAMED)
            ):
                continue  # "Young Person", "Little Sister": a common word, not a nickname
            if len(lower) <= 3 or kind or not is_word or not before.sentence_start:
                decided[index] = decided[index - 1] = True  # "Big Mo", "Little T", "see Big Gully"
            continue
        if word.capital and previous in _NICKNAME_PREFIXES and before_that not in _DETERMINERS:
            if len(lower) <= 3 or kind or not is_word:
                decided[index] = True  # "wee Tam", "lil Kez": the nickname, not the word before it
            continue
        if (
            word.capital
            and (lower not in dictionary or rare_sense)
            and (lower in always or lower.split("-")[0] in always)
        ):
            decided[index] = True  # a common first name that is rarely anything else: "Tyler", "Jack"
        elif word.capital:
            if kind and not is_word:
                zipf = _zipf(frequencies, lower)
                if (
                    strong
                    or described
                    or (weak and zipf < _COMMON_NAME_ZIPF)
                    or zipf < _NAME_ONLY_ZIPF
                    or (kind == "first" and surname_shaped(index + 1))  # "Catherine Mulholland"
                    or previous in _OWED  # "he owes Mikey"
                    or _role_in_brackets(text, word)  # "Gwen (advocate)"
                ):
                    decided[index] = True
                else:
                    uncertain.append(index)  # as common as a club, a car or a town: "Chelsea", "Mercedes"
            elif kind == "first":
                # A name that is also a word (Joy, Mark, Will): only where the words around it say so; at
                # the start of a sentence, before a verb that says what someone did ("Hope was located"),
                # not before "is" or "was" alone ("Joy is not a word").
                did = (
                    (verb_after and following not in _AUXILIARIES)
                    or described
                    or (
                        following in _BETWEEN_NAME_AND_VERB
                        and (_verbish(after_that, dictionary) or after_that in _PLAIN_VERBS)
                        and after_that not in _AUXILIARIES
                    )
                    or (following == "here" and word.sentence_start and index == 0)  # "Rocky here lol"
                )
                if did and _modal_before_verb(word, after, following, dictionary):
                    did = False  # "Will attend the review", "May need a lift": a plan, not someone
                if strong or did or (weak and (not word.sentence_start or owns)):
                    decided[index] = True
            elif not is_word and _from_somewhere(words, index, text, frequencies):
                decided[index] = True  # "Babajide from church said": a word only a name is, then where from
            elif not is_word:
                name_only = (
                    _zipf(frequencies, lower) < _NAME_ONLY_ZIPF and following not in _PLACE_PREPOSITIONS
                )
                if strong or (rare and weak) or name_only or (rare and described) or first_before(index):
                    decided[index] = True  # ...or a surname after a first name: "Catherine Mulholland"
                elif rare:
                    uncertain.append(index)
            elif (
                previous in _STRONG_BEFORE
                or previous in _TITLES
                or (  # "brother Favour", not "my dad Mother"
                    previous in _KIN
                    and not word.sentence_start
                    and not before.capital
                    and lower not in _ROLES
                )
                or (before_that, previous) in _CUE_BEFORE
                or (kind and described)
                or family
                or acting
                or signing  # "Cheers, Mags"
                or bool(_SAID_TO_BE_A_NAME.match(text, word.end))  # "Razor (street name)"
                or (
                    _role_in_brackets(text, word)
                    and (kind or (previous and before.capital and known(before) == "first"))
                )
            ):
                decided[index] = True  # "called Street", "Mr White", "Gemma Shaw (SW)"
        else:
            lower_name = kind == "first" and not is_word
            # Nothing before it makes it a word, a saint's day or a place ("the", "St", "in", "to").
            stands_alone = (
                lower not in _LOWER_CASE_WORDS
                and previous not in _SAINTS
                and previous not in _DETERMINERS
                and previous not in _PLACE_PREPOSITIONS
                and previous != "to"
            )
            if previous in _TITLES and (
                (not is_word and (kind or rare))
                or (kind and _zipf(frequencies, lower) < _EVERYDAY_ZIPF)  # "mr walsh", not "mr nice"
            ):
                decided[index] = True  # "mr okafor"
            elif (
                previous in _NICKNAME_PREFIXES
                and before_that not in _DETERMINERS
                and (
                    (not is_word and rare) or (kind == "first" and _zipf(frequencies, lower) < _EVERYDAY_ZIPF)
                )
            ):
                decided[index] = True  # "lil kez", "big mikey", not "a wee dote", "big man"
            elif (before_that, previous) in {("me", "and"), ("me", "n"), ("me", "&"), ("us", "and")} and (
                kind == "first" or (not is_word and rare)
            ):
                decided[index] = True  # "me n dan", "me and bill"
            elif lower_name and (
                strong
                or weak
                # "kamil from year 10", not the place in "the coach to london from leeds"
                or (following == "from" and not (previous == "to" and before_that in _MOTION))
            ):
                decided[index] = True  # "with kacper", "jayden said", "kamil from year 10"
            elif lower in always and not is_word and stands_alone and following not in _PLACE_AFTER:
                decided[index] = True  # "yo kwame", "marcus was there": a common name that is no word
            elif (
                lower in always
                and _zipf(frequencies, lower) < _COMMON_NAME_ZIPF
                and stands_alone
                and (
                    not following
                    or (following in _AND and (after_that in _OBJECTS or after_that in first))
                    or following in _AUXILIARIES
                    or _verbish(following, dictionary)
                )
            ):
                # "jess is on a tag", "demi n me": a common name that is a rare word ("jade", "poppy"), then
                # what a person does or another person; not before what it names ("jasmine rice", "ebony and
                # gold")
                decided[index] = True
            elif (
                lower_name
                and "-" not in lower
                and _zipf(frequencies, lower) < _NAME_ONLY_ZIPF
                and stands_alone
                and following not in _PLACE_AFTER
            ):
                decided[index] = True  # "tanisha and her mum": a listed first name rarer than any word
            elif _named_by_verb(previous, before_that) and (
                (not is_word and rare)
                or (previous in _NAMED_WHO and _zipf(frequencies, lower) < _COMMON_NAME_ZIPF)
            ):
                decided[index] = True  # "a guy called dazza", "everyone calls him rocky"
            elif following in _PRONOUN_AFTER_NAME and (
                (not is_word and (kind or rare))
                or (kind == "first" and previous not in _PRONOUNS_BEFORE and _who_they_are(words, index))
            ):
                decided[index] = True  # "kofi hes been my best mate", "grace shes my youth worker"
            elif (
                previous in _KIN
                and _owned_kin(before_that)
                and not is_word
                and _zipf(frequencies, lower) < _NAME_ONLY_ZIPF
                and not lower.endswith(("ed", "ing"))  # "my mum signposted": a verb the dictionary lacks
            ):
                decided[index] = True  # "my mate oleksandr": a word no dictionary has, after who they are
            elif (
                kind == "first"
                and (
                    (previous in _KIN and _owned_kin(before_that))
                    or (previous in _KIN_AS_TITLE and before_that not in _DETERMINERS)
                    or (previous in _PERSON_WORDS and before_that in _DESCRIBING_PERSON)
                )
                and _zipf(frequencies, lower) < 5.0
                and (
                    not following
                    or following in _AND
                    or following == "who"
                    or following in _AUXILIARIES
                    or following in _STRONG_AFTER
                    or following in _BETWEEN_NAME_AND_VERB  # "my ex jordan still has my passwords"
                    or _does_something(following, after_that, dictionary)
                    # "call him uncle ray but he": the clause ends after the name
                    or (previous in _KIN_AS_TITLE and following in _CLAUSE_JOINS)
                )
            ):
                decided[index] = True  # "my grandad frank", "an older girl destiny who": who, then the name
            elif (
                kind == "first"
                and (index == 0 or (index == 1 and previous in _HAILS))
                and following in _SPOKEN_TO_AFTER
                and lower not in _SAYS_TO_YOU
                and lower not in _AUXILIARIES
                and _zipf(frequencies, lower) < 5.0
            ):
                decided[index] = True  # "jess tell ur mum", "precious ur such a liar": who the text speaks to
            elif (
                kind == "first"
                and (word.sentence_start or previous in _FILLERS)
                and stands_alone
                and lower not in _VIRTUES
                and _zipf(frequencies, lower) < 5.0
                and (
                    following in _DID_TO_SOMEONE
                    or (following == "got" and after_that in _DETERMINERS and after_that != "the")
                )
            ):
                decided[index] = True  # "dev fell off his bike", "tommy filmed it", "mark got a detention"
            elif (
                kind == "first"
                and stands_alone
                and lower not in _AUXILIARIES
                and lower not in _SEASONAL_NAMES
                and _zipf(frequencies, lower) < 5.0
                and (following == "who" or (following == "the" and after_that in _ROLES))
            ):
                decided[index] = True  # "gaz who runs it", "kev the manager": who the person is
            elif previous == "re" and kind == "first":
                decided[index] = True  # a case note's "spoke to carer re tyler"
            elif wanted_to and _zipf(frequencies, lower) < 5.0:
                decided[index] = True  # "i want blessing to get out of there"
            elif (
                kind == "first"
                and _zipf(frequencies, lower) < 5.0
                and (
                    (before_that, previous) in _FRIENDS_WITH
                    or (
                        following == "from"
                        and after_that in _FROM_WHOM
                        and previous not in _MOTION
                        and previous != "to"
                        and any(w.lower in _STRONG_AFTER for w in words[index + 3 : index + 7])
                    )
                )
            ):
                decided[index] = True  # "friends with grace", "sue from the council never rings back"
            elif previous in _AND and decided.get(index - 2) and not is_word and (kind or rare):
                decided[index] = True  # "ilona and marzena"
            elif (
                kind == "first"
                and following in _STRONG_AFTER
                and _zipf(frequencies, lower) < 5.0
                and not (is_word and following in _NAMING and _name_follows(text, after.end))
                and not _ends_a_noun_phrase(before_that, previous, is_word)
            ):
                decided[index] = True  # "joy said", "jordan added me"; not "a male called Dre"
            elif kind == "first" and _coordinated_lower_name(words, index, text, first, dictionary):
                decided[index] = True  # "tasha n kiera"
            elif (
                kind == "first"
                and (word.sentence_start or previous in _FILLERS)
                and following in _AND
                and (after_that in _WITH_SOMEONE or (after_that in first and after_that not in dictionary))
                and _zipf(frequencies, lower) < 5.0
                and stands_alone
            ):
                decided[index] = True  # "sky and me used to", "kyle n them from the estate", "grace n jayden"
            elif (
                not is_word
                and (kind or rare)
                and decided.get(index - 1)
                and previous
                and not before.capital
                and index - 1 not in surnames_found
            ):
                decided[index] = True  # a lower-case surname after a lower-case first name
                surnames_found.add(index)
            elif (
                (word.sentence_start or previous in _FILLERS) and not is_word and (kind or rare) and described
            ):
                decided[index] = True  # "fatoumata my sister is only 12"
            elif (
                kind == "first"
                and (word.sentence_start or previous in _FILLERS)
                and following in ("is", "was")
                and (
                    (
                        after_that in _POSSESSIVE_PRONOUNS
                        and any(
                            w.lower in _ROLES or w.lower in _KIN or w.lower in _WHO_TO_ME
                            for w in words[index + 3 : index + 6]
                        )
                    )
                    or (after_that in _ONLY_A_PERSON_IS and lower not in _SEASONAL_NAMES)
                    or _the_one_who(words, index + 2)
                )
            ):
                # "blessing is my pastors daughter", "summer is my cousin": who the person is; "jordan is
                # lying", "hope is the only one who knew": what only a person is or does
                decided[index] = True
            elif (
                kind == "first"
                and (word.sentence_start or previous in _FILLERS)
                and following == "in"
                and after_that in _POSSESSIVE_PRONOUNS
                and index + 3 < len(words)
                and words[index + 3].lower in _SCHOOL_GROUPS
            ):
                decided[index] = True  # "grace in my class, shes been thru it": someone in the writer's class
            elif (
                kind == "first"
                and word.sentence_start
                and (
                    (following in _POSSESSIVE_PRONOUNS and _described(words, index, text, dictionary))
                    or (following == "from" and after_that in ("next", "my", "our", "year"))
                    or (following == "from" and _did_something_for_me(words, index + 2))
                )
            ):
                # "dawn my key worker", "frank from next door", "will from the detached team gave me his card"
                decided[index] = True
            elif (
                not is_word
                and rare
                and following in _STRONG_AFTER
                and (word.sentence_start or previous in _FILLERS)
                and not (following in _NAMING and _name_follows(text, after.end))
            ):
                decided[index] = True  # "amaka told me": a word no dictionary has, saying something
            elif previous in _INTRODUCTIONS and not is_word and rare:
                decided[index] = True  # "im olamide": a word no dictionary has, after "I'm"
            elif before_that in _INTRODUCTIONS and decided.get(index - 1) and not is_word and rare:
                decided[index] = True
        if decided.get(index) and previous in _NICKNAME_PREFIXES and (before.capital == word.capital):
            decided[index - 1] = True  # "Big Mo", "lil kez": the nickname is both words

    pairs = _full_names(text, words, blocked, things, not_names, first, surnames, dictionary, frequencies)
    for index in pairs:
        decided[index] = decided[index + 1] = True
    for index in _pinyin_names(text, words, blocked, things, not_names, dictionary):
        decided[index] = True
    for index in _lower_case_pair_acting(words, not_names, first, dictionary, frequencies):
        decided[index] = True
    if uncertain:
        people = _model_people(text, [words[i].start for i in uncertain])
        for index in uncertain:
            word = words[index]
            if any(start <= word.start and word.base_end <= end for start, end in people):
                decided[index] = True
    # A first name just before a surname found by what follows it: "Gemma Shaw (SW)"; and one the lists lack,
    # a word rare in English, beside a surname they have: "Priyanka Sharma", "Anil Mistry (CSC)".
    for index in sorted((i for i, yes in decided.items() if yes), reverse=True):
        before = words[index - 1] if index else None
        if (
            before is not None
            and before.capital
            and index - 1 not in blocked
            and index - 1 not in things
            and not decided.get(index - 1)
            and (
                known(before) == "first"
                or (
                    words[index].capital
                    and words[index].lower in surnames
                    and len(before.lower) > 2
                    and _zipf(frequencies, before.lower) < _RARE_ZIPF
                    and not _never_a_name(before.lower)
                )
            )
            and _adjacent(text, before, words[index])
            and not _listed(before, not_names)
        ):
            decided[index - 1] = True
    # An initial after a name: "'Rico T'", "Tia M said".
    for index in [i for i, yes in decided.items() if yes]:
        after = words[index + 1] if index + 1 < len(words) else None
        if (
            after is not None
            and len(after.text) == 1
            and after.text.isupper()
            and after.text not in "IA"
            and words[index].capital
            and not words[index].text.isupper()  # "NIAMH U ARE": in capitals, "U" is "you"
            and _adjacent(text, words[index], after)
        ):
            decided[index + 1] = True
    # The same name again in the same text: "Will Baxter (uncle); Will answered".
    named = {words[i].text for i, yes in decided.items() if yes and words[i].capital}
    # ...and in lower case, when the name is no word: "Kacper came ... then kacper said".
    named_lower = {
        words[i].lower
        for i, yes in decided.items()
        if yes and words[i].lower not in dictionary and len(words[i].lower) > 2
    }
    for index, word in enumerate(words):
        if index not in blocked and (
            word.text in named
            or (word.lower in named_lower and word.text.islower() and word.lower not in _CLOSED)
        ):
            following = words[index + 1].lower if index + 1 < len(words) else ""
            if is_verb_before_pronoun(word.lower, following):
                continue  # "Hi Will,\nWill you cover?": the verb, not the name again
            decided[index] = True
    spans = [(words[i].start, words[i].base_end) for i in sorted(i for i, yes in decided.items() if yes)]
    return _merge_adjacent(text, spans)


# What a name written without its apostrophe owns: "amirs house", "kaydens older brother".
_OWNED = _words(
    """house flat home place room car phone mum mam mom dad nan nana gran grandad brother sister cousin uncle
    auntie aunty aunt boyfriend girlfriend bf gf mates mate friend friends family party birthday garden
    brothers sisters cousins dog bro bruv sis crib gaff yard mums mams dads nans crew gang"""
)
_SHOUTED_OWNED = _OWNED | _words("stepdad stepmum stepbrother stepsister")
# Where a name written so stands for the person's home: "sofa surfing at shanices", "at Liams or Connors".
_AT_HOME_BEFORE = _words("at round")
_OWNED_DESCRIBED = _words("big little lil older younger baby old new")


def _owner_without_apostrophe(
    text: str, words: list[_Word], index: int, first: frozenset[str], dictionary: frozenset[str]
) -> bool:
    """A first name that is no everyday word, with an "s" and no apostrophe, before what it owns."""
    word = words[index]
    lower = word.lower
    if len(lower) < 4 or lower[-1] != "s" or word.base_end != word.end:
        return False
    stem = lower[:-1]
    if stem not in first or stem in _KIN or stem in _OWNED or _never_a_name(stem):
        return False
    before = words[index - 1] if index else None
    if before is not None and before.lower in _DETERMINERS:
        return False  # "my nans house", "the bills house": who is meant is said before
    # "guys house", "bills to pay", "stones at buses": an everyday word's plural, in "-s" or "-es" (whoever
    # "Buse" is)
    singulars = (stem, lower[:-2]) if lower.endswith("es") else (stem,)
    frequencies = _lexicon()[3]
    if any(word in dictionary and _zipf(frequencies, word) >= _EVERYDAY_ZIPF for word in singulars):
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    if (
        before is not None
        and (
            before.lower in _AT_HOME_BEFORE
            # "went to Latoyas on Brunswick Terrace", "going to jamies later"
            or (before.lower == "to" and index > 1 and words[index - 2].lower in _MOTION)
        )
        and _adjacent(text, before, word)
        and (following is None or not following.capital)
    ):
        return True  # "staying at Deans", "round jaydens after school"
    if following is None or not _adjacent(text, word, following) or following.text.isupper():
        return False
    if following.lower in _OWNED_DESCRIBED and index + 2 < len(words):
        following = words[index + 2]
    return following.lower in _OWNED and not following.capital


_PETS = _words("dog dogs cat cats puppy pup kitten hamster rabbit bunny horse pony pet budgie parrot")
_KIN_PREFIXES = _words("step half foster grand")


def _g_dropped(lower: str, dictionary, frequencies) -> bool:
    """A word with its final g dropped, as text-speak writes it: "stoppin", "overthinkin"."""
    return lower.endswith("in") and (
        lower + "g" in dictionary or _zipf(frequencies, lower + "g") >= _NAME_ONLY_ZIPF
    )


_BILL_FROM = re.compile(
    r"\s+from\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:company|council|association|energy|gas"
    r"|electric|electricity|water|provider|supplier|landlord|housing|bank|dentist|vet|hospital|phone|broadband)\b",
    re.IGNORECASE,
)


def _thing_by_its_neighbours(
    text: str, word, kind: str, is_word: bool, previous: str, after, frequencies
) -> bool:
    """Read as a thing, a pet or a role rather than a person from what stands beside it: "our dog Bella",
    "the pastor said", "Dear Colleague", "Step-Dad", "Victoria station"."""
    lower = word.lower
    common = _zipf(frequencies, lower) >= _RARE_ZIPF
    possessive = word.base_end != word.end
    place_after = (
        after is not None
        and after.text.islower()
        and (after.lower in _PLACE_AFTER or bool(_STATION_AFTER.match(text, after.start)))
        and text[word.end : after.start].isspace()
    )
    return (
        previous in _PETS
        or (not word.capital and previous in _DETERMINERS and is_word and common)
        or (not word.capital and previous in _AMOUNTS and lower in _VIRTUES)  # "no joy from school"
        or (previous in _GREETINGS and is_word and kind != "first" and common)
        or ("-" in lower and lower.split("-", 1)[0] in _KIN_PREFIXES and lower.rsplit("-", 1)[-1] in _KIN)
        or (word.capital and place_after and not possessive and previous not in _TITLES)
        # "Bill from the energy company remains unpaid": what is owed, not who
        or (lower == "bill" and bool(_BILL_FROM.match(text, word.end)))
    )


# A word of three capitals or more: a name written in capitals ("TYRONE", "KACPER ZIELINSKI"), or an
# abbreviation.
_SHOUTED = re.compile(r"\b[^\W\d_a-z]{3,}\b")
# Abbreviations in case notes that are also first names in some list: never a name in capitals.
_ABBREVIATIONS = _words("elsa var ira pol send mash lado pep neet sen cid chi")
# After a name, these make it a place: "st thomas hospital", "the victoria line".
_PLACE_AFTER = _words(
    """hospital line station street st road rd park centre square house court hall college school academy
    primary high estate bridge lane avenue close drive way gardens green market interchange terminal depot
    precinct arcade stadium library baths roundabout underpass"""
)
# "Victoria bus station", "Jubilee police station": a kind of station between the name and the word.
_STATION_AFTER = re.compile(
    r"(?:bus|coach|train|railway|tube|tram|police|fire|ambulance|petrol)\s+(?:station|depot)\b"
)
# Common first names that young people also use as words in lower case ("such a karen").
_LOWER_CASE_WORDS = _words("karen hunter stanley chase")


def _read_shouted_names(
    words: list[_Word], text: str, first: frozenset[str], dictionary, always: frozenset[str]
) -> None:
    """Names written in capitals are read as capitalised names: a word of three letters or more in capitals
    that a first-name list has ("NIAMH", "ROSE"), and after one, a capitalised word that is no everyday word
    (a surname: "KACPER ZIELINSKI"). Other words in capitals (abbreviations, shouting) are left as they are:
    only a first name from the lists, or a surname straight after one, can start a name here."""
    previous_named = False
    for index, word in enumerate(words):
        shouted = len(word.text) >= 3 and word.text.isupper() and word.lower not in _ABBREVIATIONS
        if not shouted:
            previous_named = False
            continue
        if (word.lower in first or _strip_accents(word.lower) in first) and (
            word.lower not in dictionary or word.lower in always or not _beside_capitals(words, index)
        ):
            # A name that is also a word ("ROSE", "YOUNG") only among words not in capitals: "ROSE has gone".
            word.capital = True
            previous_named = True
        elif (
            word.lower[-1] == "s"
            and word.lower[:-1] in first
            and index + 1 < len(words)
            and words[index + 1].lower in _SHOUTED_OWNED
            and _adjacent(text, word, words[index + 1])
        ):
            word.capital = True  # "JAYDENS COUSIN", "SUMMERS STEPDAD": whose family, without the apostrophe
            previous_named = False
        elif (
            previous_named
            and word.lower not in dictionary
            and word.lower not in _CLOSED
            and _adjacent(text, words[index - 1], word)
        ):
            word.capital = True
            previous_named = False
        else:
            previous_named = False


def _beside_capitals(words: list[_Word], index: int) -> bool:
    return any(
        0 <= other < len(words) and len(words[other].text) > 1 and words[other].text.isupper()
        for other in (index - 1, index + 1)
    )


def _welsh_name(
    word: _Word,
    *,
    kind: str,
    is_word: bool,
    strong: bool,
    weak: bool,
    always: bool,
    mid_sentence: bool,
    place_before: bool,
) -> bool:
    """In Welsh text: a capitalised first name from the lists that is no English word ("Dafydd", "Siân");
    one that is a word, or a surname, after a cue ("gyda Mark", "a Jones"); any capitalised word after a
    strong cue ("fy ffrind Elin", "Mr Pryce"); and, since Welsh capitalises only names mid-sentence, a
    capitalised word there that no dictionary has, unless it follows "yn", "i", "o"... (a place: "yng
    Nghaerdydd"). A capitalised word starting a sentence is not a name for being rare in English. A
    lower-case word only after a strong cue, from the lists. Welsh words (data/welsh_words.txt) are taken
    out by the caller."""
    if not word.capital:
        return strong and kind == "first" and not is_word
    if (kind == "first" and not is_word) or always or strong:
        return True
    if kind and weak:
        return True
    return mid_sentence and not is_word and not place_before


_BRACKET_AFTER_ROLE = re.compile(r"([^\W\d_]+)\s*\(\s*$")


def _named_in_brackets(text: str, word: _Word) -> bool:
    """A name in brackets after a role or a family word: "aunt (Maureen)", "social worker (Gemma)"."""
    if not text[max(0, word.start - 3) : word.start].rstrip().endswith("("):
        return False
    found = _BRACKET_AFTER_ROLE.search(text, max(0, word.start - 30), word.start)
    return bool(found) and (found.group(1).lower() in _ROLES or found.group(1).lower() in _TITLES)


def _listed(word: _Word, not_names: frozenset[str]) -> bool:
    """In the list of capitalised words that are not people, as written or without its "'s" or "s"."""
    lower = word.lower
    return (
        lower in not_names
        or f"{lower}'s" in not_names
        or lower.replace("'", "").replace("’", "") in not_names
        or (lower.endswith("s") and lower[:-1] in not_names)
    )


def _role_in_brackets(text: str, word: _Word) -> bool:
    bracket = _ROLE_IN_BRACKETS.match(text, word.end)
    return bool(bracket) and any(part in _ROLES for part in bracket.group(1).lower().split())


def _described(words, index: int, text: str, dictionary, *, word_name: bool = False) -> bool:
    """What follows says who someone is or what was done to them: "X is my foster carer", "X was the one",
    "X was seen", "X did not attend", "X from my class", "X at the shop".

    ``word_name``: the word is also an everyday word (Hope, Dawn, Patience), which a sentence may be about
    ("Hope was expressed", "Dawn is the worst time"): then "is my/the ..." must go on to a person ("Joy is my
    sister") and "was ...ed" must be something done to or by a person ("Hope was located")."""
    if _AGE_AFTER.match(text, words[index].end):
        return True  # "Precious is 13"
    if _who_they_are(words, index):
        return True  # "Kwabena hes my mums friend"
    if _role_in_brackets(text, words[index]):
        return True  # "Frank (maternal grandfather)", "Mamadou (YP)"
    following = [w.lower for w in words[index + 1 : index + 3]]
    if len(following) < 2 or not _adjacent(text, words[index], words[index + 1]):
        return False
    verb, then = following
    if verb in ("is", "was", "are", "were", "isnt", "wasnt"):
        if word_name:
            if then in _DETERMINERS or then in _POSSESSIVE_PRONOUNS:
                return any(
                    w.lower in _ROLES or w.lower in _PERSON_NOUNS for w in words[index + 3 : index + 6]
                )
            return then in _DONE_TO_PEOPLE or then in ("always", "never")
        return then in _DESCRIBING or (len(then) > 4 and then.endswith("ed") and then in dictionary)
    if verb in ("did", "has", "had"):
        return then in ("not", "been", "never")
    if verb in ("the", "my", "our", "his", "her"):
        if words[index].lower in _MODALS and "?" in text[words[index].end :]:
            return False  # "Will my keyworker be there?"
        # "O'Connor the PE teacher", "Fatoumata my sister"
        return any(w.lower in _ROLES for w in words[index + 2 : index + 5])
    asked = words[index].lower in _MODALS and "?" in text[words[index].end :]  # "Will in year 9 be ...?"
    if not asked and ((verb, then) == ("next", "door") or _NEIGHBOUR_AFTER.match(text, words[index].end)):
        return True  # "Patience next door", "Dale across the road": a neighbour
    if not asked and _YEAR_GROUP_AFTER.match(text, words[index].end):
        return True  # "Crystal in year 9", "Sunny in my form": a pupil
    return (verb == "from" and then in ("my", "the", "our")) or (verb == "at" and then == "the")


def _modal_before_verb(word, after, following: str, dictionary) -> bool:
    """ "Will attend", "May need": a name that is also a modal, opening a sentence before a verb's plain form
    (a person's name goes before "attended", "needs", "said")."""
    return (
        word.lower in ("will", "may")
        and word.sentence_start
        and bool(following)
        and after.text.islower()
        and following in dictionary
        and following not in _STRONG_AFTER
        and not following.endswith(("s", "ed", "ing"))
        and following not in _IRREGULAR_PAST
        and following not in _AUXILIARIES  # "Will did not attend", "May has left"
    )


_IRREGULAR_PAST = _words(
    """went came saw got took gave told said ran made left brought bought caught fought thought sent spent
    kept slept felt met sat stood found lost put hit hurt cut let set shut won wrote rode drove broke spoke
    stole woke chose froze threw grew knew blew drew flew swore tore wore began drank rang sang swam"""
)


def _from_somewhere(words, index: int, text: str, frequencies) -> bool:
    """A capitalised word no dictionary or list has, so rare that it is a name, opening a sentence before
    "from" and a place in lower case: "Babajide from church", not "Kampala from the air" (its "the")."""
    word = words[index]
    if index + 2 >= len(words) or not word.capital:
        return False
    after, place = words[index + 1], words[index + 2]
    return (
        (word.sentence_start or (index > 0 and words[index - 1].lower in _FILLERS))
        and after.lower == "from"
        and _adjacent(text, word, after)
        and _adjacent(text, after, place)
        and place.text.islower()
        and place.lower not in _DETERMINERS
        and _zipf(frequencies, word.lower) < _NAME_ONLY_ZIPF
    )


def _named_by_verb(previous: str, before_that: str) -> bool:
    """The words before are a verb of naming: "called", "named", "calls him", "call herself"."""
    if previous in ("called", "named"):
        return True
    if previous in _NAMING_VERBS:
        return before_that in _CALLERS
    return previous in _NAMED_WHO and before_that in _NAMING_VERBS


# What someone from somewhere did for the writer: "mark from the boxing gym helped me", "will from the
# detached team gave me his card".
_DID_FOR_ME = _words(
    """helped gave told showed rang texted messaged listened walked drove took got sorted checked believed
    stuck stood sat talked spoke"""
)
_ME = _words("me us my")


def _did_something_for_me(words, start: int) -> bool:
    """In the five words from ``start`` (where someone is from, then what they did), a past deed and then
    "me", "us" or "my"."""
    for index in range(start, min(start + 5, len(words) - 1)):
        if words[index].lower in _DID_FOR_ME and words[index + 1].lower in _ME:
            return True
    return False


def _initial_after_prefix(text: str, words, index: int) -> bool:
    """One letter straight after a nickname's prefix or a title, not after "a"/"the": "Uncle B", "big t",
    "Younger D". In lower case, not a letter that is a word in text-speak ("big u", "lil n")."""
    word = words[index]
    if not index or not _adjacent(text, words[index - 1], word) or word.text in "IAU":
        return False
    previous = words[index - 1].lower
    if previous not in _NICKNAME_PREFIXES and previous not in _TITLES:
        return False
    if index > 1 and words[index - 2].lower in _DETERMINERS:
        return False
    return word.capital or (word.text.islower() and word.lower not in _TEXT_SPEAK_LETTERS)


def _who_they_are(words, index: int) -> bool:
    """A pronoun after the word, then who the person is to someone: "X hes my cousin", "X, she's the
    manager", "X he is my mums boyfriend"."""
    after = words[index + 1 : index + 3]
    if not after:
        return False
    pronoun = after[0]
    possessive = pronoun.base_end != pronoun.end  # "he's", read as "he" + "'s"
    if pronoun.lower in ("hes", "shes") or (pronoun.lower in ("he", "she") and possessive):
        rest = words[index + 2 : index + 6]
    elif pronoun.lower in ("he", "she") and len(after) > 1 and after[1].lower == "is":
        rest = words[index + 3 : index + 7]
    else:
        return False
    return (
        bool(rest)
        and (rest[0].lower in _POSSESSIVE_PRONOUNS or rest[0].lower == "the")
        and any(w.lower in _ROLES or w.lower in _PERSON_NOUNS for w in rest[1:4])
    )


# Jobs that are also first names or surnames, after a capitalised word that says which: "District Judge".
_JOB_TITLES = _words(
    """judge nurse officer worker manager lead head chair deputy mentor guardian advocate warden governor
    sergeant inspector constable clerk solicitor barrister magistrate coroner chaplain porter mason"""
)
_ROLE_IN_BRACKETS = re.compile(r"\s*\(\s*((?:[A-Za-z'’\-]+\s+){0,3}[A-Za-z'’\-]+)\s*[),]")
_AGE_AFTER = re.compile(
    r"\s+(?:is|was|aged|age)\s+(?:only\s+|just\s+)?\d{1,2}\b|\s*,\s*(?:aged\s+)?\d{1,2}\s*(?:,|\)|$)"
    r"|\s*\(\s*(?:aged?\s+)?\d{1,2}\s*\)|\s+\[(?:PHONE|EMAIL|HANDLE)\]"
    r"|\s*\(\s*(?:Y|Yr|Year)\s?\d{1,2}\s*\)"  # "Rose Mellor (Y8)": a pupil's year group
)
_POSSESSIVE_PRONOUNS = _words("my her his their our your")
_SAID_TO_BE_A_NAME = re.compile(
    r"\s*\(\s*(?:street\s+name|surname|nick\s?name|alias|a\.?k\.?a\.?|real\s+name|first\s+name|known\s+as)\b",
    re.IGNORECASE,
)
# What only a person is or is doing, after "is"/"was": "jordan is lying", "grace is coming over later".
_ONLY_A_PERSON_IS = _words(
    """lying crying coming pregnant snitching grassing ignoring chatting sleeping texting messaging bullying
    annoying sulking fuming raging"""
)


_APPOSITION_OPENS = _words("the our my her his their")


def _in_apposition(words, index: int) -> bool:
    """ "Rose, the young person's key worker at ...": after the name and its comma, who the person is."""
    after = [w.lower for w in words[index + 1 : index + 7]]
    return (
        bool(after)
        and after[0] in _APPOSITION_OPENS
        and any(w in _ROLES or w in _PROFESSIONS or w in _KIN for w in after[1:])
    )


def _the_one_who(words, index: int) -> bool:
    """ "the one who", "the only one who", "the only one in my form who": the words from ``index`` name a
    person."""
    following = [w.lower for w in words[index : index + 9]]
    if following[1:3] == ["only", "one"]:
        rest = following[3:]
    elif following[1:2] == ["one"]:
        rest = following[2:]
    else:
        return False
    # "who", or where they are and then who: "in my form who", "at school that"
    return following[0] == "the" and (
        rest[:1] == ["who"]
        or (rest[:1] in (["in"], ["at"], ["from"]) and ("who" in rest[2:5] or "that" in rest[2:5]))
    )


_NEIGHBOUR_AFTER = re.compile(r"\s+(?:across|over|down|up)\s+the\s+(?:road|street|landing|corridor)\b")
_YEAR_GROUP_AFTER = re.compile(
    r"\s+in\s+(?:(?:[Yy]ear|[Yy]r|[Yy])\s?\d{1,2}\b|(?:my|our|her|his)\s+(?:class|form|year)\b)"
)
_PERSON_NOUNS = _words(
    """one person girl boy lad kid child baby oldest youngest eldest middle twin victim witness owner
    leader only name nickname"""
)
# After "X is/was", what is said of a person, not of a season, a feeling or a bill: "Hope was located".
_DONE_TO_PEOPLE = _words(
    """seen taken given found known told brought caught picked located reported arrested interviewed
    collected visited excluded suspended placed moved groomed exploited assaulted attacked stabbed
    threatened approached referred discharged admitted returned allocated spoken asked stopped searched
    missing hurt injured beaten battered bullied sent dropped driven abused offered paid involved identified
    upset scared crying shouting screaming laughing smoking sleeping living staying hanging dealing selling
    working fighting lying born adopted fostered diagnosed charged released bailed convicted sentenced
    cautioned kept held met contacted phoned texted messaged present absent late home out safe"""
)
_DESCRIBING = _words(
    "my her his their our the a an always never seen taken given found known told brought caught picked"
)
_MODALS = _words("will can may shall must should could would")
_ROLES = _words(
    """teacher worker sister brother cousin mate friend bestie uncle auntie aunt carer manager driver boss
    dealer boyfriend girlfriend neighbour nan grandad mum dad son daughter niece nephew grandfather
    grandmother mother father stepdad stepmum sisters brothers cousins mates friends twins yp sw dsl iro head
    officer partner ex stepfather stepmother stepbrother stepsister foster keyworker caseworker counsellor
    mentor coach nurse tutor lady caretaker cleaner receptionist cook staff volunteer parent guardian"""
)

# Who someone is, said after their name and "the": "the PCSO", "the polis guy", "the old one".
_WHO_AFTER_THE = _ROLES | _PROFESSIONS | _words("pcso polis police guy man woman one fella bloke")
# What is said of a person right after who they are: "Mark the PCSO is alright", "Zara the nurse said".
_BEING_OR_SAYING = _words("is was wis were said says told tells helped helps knows gave gives")


def _who_then_what(text: str, words, index: int) -> bool:
    """From ``index`` (after "Name the"): up to three words ending in who someone is, then what they are or
    did, with nothing but spaces between: "the PCSO is", "the polis guy wis", "the old one was" (not "Sue the
    school, the worker said")."""
    for at in range(index, min(index + 3, len(words) - 1)):
        if not _adjacent(text, words[at - 1], words[at]):
            return False
        if (
            words[at].lower in _WHO_AFTER_THE
            and words[at + 1].lower in _BEING_OR_SAYING
            and _adjacent(text, words[at], words[at + 1])
        ):
            return True
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{1,3}$")
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$")


def place_or_thing_before(text: str, start: int) -> bool:
    """The words just before ``start`` make what follows a place or a thing, not a person: "in", "at",
    "my", "a", "went to", "St"."""
    before = text[max(0, start - 40) : start]
    two = _TWO_WORDS_BEFORE.search(before)
    if two and two.group(2).lower() == "to" and two.group(1).lower() in _MOTION:
        return True
    one = _WORD_BEFORE.search(before)
    if not one or before[one.end(1) :].strip(" ") not in ("", "."):
        return False
    word = one.group(1).lower()
    return word in _DETERMINERS or word in _PLACE_PREPOSITIONS or word in ("st", "saint")


# "a male called Dre": the word before is what the person is, the name comes after.
_NAMING = _words("called named")


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word or a placeholder next after ``end``: "called Dre", "called '[NAME]'"."""
    rest = text[end : end + 6].lstrip(" '‘’\"“”")
    return rest[:1].isupper() or rest[:1] == "["


# Kin said before a first name as a title, with no "my" ("uncle tony", "cousin shaz", "aunty bev").
_KIN_AS_TITLE = _words(
    """uncle auntie aunty aunt nan nana nanna nanny nannan gran granny grandad grandma grandpa grampa
    cousin cuz"""
)
_SUBJECTS = _words("i he she we they you u it")


def _ends_a_noun_phrase(before_that: str, previous: str, is_word: bool) -> bool:
    """Whether an everyday word that is also a first name ends a noun phrase ("the dinner lady gave me chips",
    "a lollipop lady told us"): a determiner, then a word that is not who someone is, then the word are one
    thing named, not someone called "Lady". After who someone is ("my mate joy said", "this girl hope told
    me") the name stands."""
    return (
        is_word
        and before_that in _DETERMINERS
        and bool(previous)
        and previous not in _KIN
        and previous not in _PERSON_WORDS
        and previous not in _ROLES
    )


def _owned_kin(word: str) -> bool:
    """Whose the relative is: "my", "her", or another relative's without its apostrophe ("my dads mate",
    "her mums boyfriend", "my mates cousin")."""
    return word in _POSSESSIVE_PRONOUNS or (word.endswith("s") and word[:-1] in _KIN)


def _does_something(word: str, after: str, dictionary) -> bool:
    """A verb after the relative's name, said of the name ("checks my phone", "used to give me lifts"): a past
    tense or a verb with its "-s"; not a conjunction before a new subject ("my dad till he ...")."""
    if not word or after in _SUBJECTS:
        return False
    return _verbish(word, dictionary) or (
        len(word) > 3 and word.endswith("s") and word[:-1] in dictionary and not word.endswith("ss")
    )


def _verbish(word: str, dictionary: frozenset[str]) -> bool:
    return (
        word in _STRONG_AFTER
        or word in _WEAK_AFTER
        or (len(word) > 4 and word.endswith("ed") and word in dictionary)
    )


def _coordinated_lower_name(words, index, text, first, dictionary) -> bool:
    """ "tasha n kiera": two lower-case first names joined by "and"/"n"/"&"."""

    def lower_name(i: int) -> bool:
        if not 0 <= i < len(words):
            return False
        word = words[i]
        return word.lower in first and word.lower not in _CLOSED and word.text.islower()

    for joiner, other in ((index + 1, index + 2), (index - 1, index - 2)):
        if 0 <= joiner < len(words) and words[joiner].lower in _AND and lower_name(other):
            return words[other].lower not in dictionary or words[index].lower not in dictionary
    return False


# A "to" after one of these within a few words leads to a place: "got the tram to Bury".
_TRANSPORT = _words(
    "train trains bus buses coach tube overground underground tram taxi uber cab lift ferry flight"
)


# How far before "from" a message word makes the next words its sender: "Referral to Children's Services
# from Hamid Karimi".
_FROM_SOMEONE_REACH = 4


def _from_someone(words, index: int, previous: str) -> bool:
    """ "messages from Dariusz", "referral from Annika": after "from", a person where a message came from."""
    return previous == "from" and any(
        w.lower in _FROM_SOMEONE for w in words[max(0, index - 1 - _FROM_SOMEONE_REACH) : index - 1]
    )


_GIVING = _words(
    """give gives gave giving hand hands handed handing send sends sent sending show shows showed showing
    tell tells told telling ask asks asked asking offer offers offered offering buy buys bought buying pay
    pays paid paying lend lends lent lending promise promises promised promising owe owes owed owing"""
)
_GIVEN = _words("a an the some his her their my money cash drugs that what")
_KNOWN_BE = _words("is was are were")
_LIVES = _words("lives lived living stays stayed staying")
_AGENCIES = _words("police services csc ss yos yot mash camhs us")


def _known_to(words, index: int, text: str) -> bool:
    """ "... known to police", "... known to services": the words after ``words[index]``."""
    after = words[index + 1 : index + 4]
    return (
        len(after) == 3
        and after[0].lower == "known"
        and after[1].lower == "to"
        and after[2].lower in _AGENCIES
        and all(_adjacent(text, a, b) for a, b in zip((words[index], *after), after, strict=False))
    )


def _first_name_and_surname(text: str, words, index: int, first, surnames, dictionary) -> bool:
    """A listed first name, then straight after it a listed surname that is no dictionary word, and together
    no UK place: after "near", "around", "in" a person ("unsafe around Jordan Mensah", "near Tyrell Barnes"),
    where one word alone would be a place ("near Jordan"; "in Milton Keynes", "Stoke Newington" stay)."""
    if index + 1 >= len(words):
        return False
    word, after = words[index], words[index + 1]
    return (
        word.capital
        and word.lower in first
        and after.capital
        and after.lower in surnames
        and after.lower not in dictionary
        and _adjacent(text, word, after)
        and not is_uk_place(f"{word.text} {text[after.start : after.base_end]}")
    )


def _not_people(
    text, words, dictionary, first, surnames, *, always: frozenset[str] = frozenset(), welsh: bool = False
) -> set[int]:
    """Capitalised words that the words before them make a thing or a place: after a determiner ("my
    Monzo"), a preposition of place ("in Preston", and the words capitalised with it: "to Milton Keynes"),
    "St" ("St John Ambulance"); a list with such a place ("in Preston and Blackpool"); and a capitalised
    word beside a capitalised everyday word that is no one's name ("Cash App", "Victim Support")."""
    blocked: set[int] = set()
    places: set[int] = set()
    frequencies = _lexicon()[3]
    # In Welsh "a" is "and": "Elin a Siân" are two people.
    determiners = _DETERMINERS - {"a"} if welsh else _DETERMINERS
    if "[POSTCODE]" in text:
        for index, word in enumerate(words):
            if word.capital and _POSTCODE_AFTER.match(text, word.end):
                blocked.add(index)  # "Kendal LA9 ...": a town before its postcode
                if index and words[index - 1].capital and _adjacent(text, words[index - 1], word):
                    blocked.add(index - 1)  # "Milton Keynes MK9 ..."
    for index, word in enumerate(words):
        if not word.capital or index == 0:
            continue
        before = words[index - 1]
        if not _adjacent(text, before, word):
            if index - 1 in places and text[before.end : word.start].strip() == ",":
                places.add(index)  # "between Stoke, Crewe and ..."
            continue
        previous = before.lower
        family = index + 1 < len(words) and (
            words[index + 1].lower in _FAMILY_GROUPS
            or (words[index + 1].lower in _GANG_GROUPS and (word.lower in surnames or word.lower in first))
        )
        # "our Kelsey", "me and our Shauna": a brother or sister, as the North says it; not "our Lady"
        ours = (
            previous == "our"
            and word.lower in first
            # a first name that is a word too, if not an everyday one: "our Kelly", "our Jordan"
            and (word.lower not in dictionary or _zipf(frequencies, word.lower) < 5.0)
            and not (index + 1 < len(words) and words[index + 1].capital)  # "our Jordan Valley trip"
            and word.lower not in _OURS_IN_PRAYER
        )
        if (previous in determiners and not family and not ours) or (previous in _SAINTS and before.capital):
            blocked.add(index)
        elif (
            index - 1 in blocked
            and before.capital
            and before.lower not in _TITLES
            and before.lower not in _KIN
        ):
            blocked.add(index)  # "a Ralph Lauren hoodie", not "her Mum Lisa"
        elif (
            (
                previous in _PLACE_PREPOSITIONS
                and not _from_someone(words, index, previous)
                and not (previous == "from" and word.lower in always)  # "seized from Reuben"
                and not _first_name_and_surname(text, words, index, first, surnames, dictionary)
            )
            or (
                previous == "to"
                and index > 1
                and (
                    words[index - 2].lower in _MOTION
                    or index - 2 in places
                    or (
                        index > 2 and words[index - 2].lower in _OBJECTS and words[index - 3].lower in _MOTION
                    )
                    or any(w.lower in _TRANSPORT for w in words[max(0, index - 5) : index - 1])
                )
            )
        ):
            places.add(index)
        elif index - 1 in places and before.capital:
            places.add(index)  # "Milton Keynes", "London Victoria"
        elif previous in _AND and index > 1 and index - 2 in places:
            places.add(index)
    if _WHERE_AFTER.search(text):  # one scan first: few texts say "is where"
        for index, word in enumerate(words):
            if word.capital and _where_something_is(text, words, index):
                # "Harehills is where all my family live", "Barry Island is where": a place, and the
                # capitalised words just before it with it
                run = index
                while run >= 0 and words[run].capital:
                    if run < index and not _adjacent(text, words[run], words[run + 1]):
                        break
                    blocked.add(run)
                    run -= 1
    for index, word in enumerate(words):
        if not word.capital:
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(words):
                neighbour = words[other]
                joined = _adjacent(text, words[min(index, other)], words[max(index, other)])
                if (
                    joined
                    and neighbour.capital
                    and neighbour.base_end == neighbour.end
                    and neighbour.lower in dictionary
                    and neighbour.lower not in first
                    and neighbour.lower not in surnames
                    and neighbour.lower not in _CLOSED
                    and neighbour.lower not in _NICKNAME_PREFIXES
                    and len(neighbour.lower) > 1
                    and (not neighbour.sentence_start or (other < index and word.lower in _JOB_TITLES))
                    and not (other < index and neighbour.lower in _PROFESSIONS)  # "School Nurse Angharad"
                    and not (
                        other < index and neighbour.lower in _ROLE_BEFORE and word.lower in first
                    )  # "Child Mason"
                    and not (other < index and neighbour.lower in _KIN)  # "Nanny Brenda"
                    and not (  # "Housing officer Glen Carver": the name after a job, whatever follows it
                        other > index
                        and index
                        and words[index - 1].lower in _PROFESSIONS
                        and _adjacent(text, words[index - 1], word)
                    )
                    and not (  # "Sophie Baines": a rare word after a first name no dictionary has
                        other > index
                        and word.lower in first
                        and word.lower not in dictionary
                        and _zipf(frequencies, neighbour.lower) < _RARE_ZIPF
                    )
                ):
                    blocked.add(index)  # "Cash App", "Victim Support"; "District Judge" starting a note
    for index, word in enumerate(words[1:], start=1):
        before = words[index - 1]
        if (
            word.text in _GREEN_SPACES
            and before.capital
            and before.lower not in _TITLES
            and _adjacent(text, before, word)
        ):
            blocked |= {index - 1, index}  # "Sefton Park", "Victoria Park": a park, not a surname "Park"
    for index in range(len(words) - 3):
        if (
            words[index + 1].lower in ("is", "was")
            and words[index + 2].lower in _POSSESSIVE_PRONOUNS
            and words[index + 3].lower in _PETS
        ):
            blocked.add(index)  # "harley is my dog": a pet
    if "line" in text and (lines := line_names(text)):
        blocked |= _inside_spans(words, lines)
    if ":" in text:
        blocked |= _in_fields_of_no_one(text, words)
    return blocked | places


# A form's fields whose answer is never a person: "Area: Harehills", "Nationality: Eritrean", "Substances:
# Cannabis, Nitrous oxide". The field runs to the end of its line.
_FIELDS_OF_NO_ONE = re.compile(
    r"^[^\S\n]*(?:area|ward|local\s+authority|borough|town|county|country|region|nationality|ethnicity|religion|"
    r"faith|language|languages|first\s+language|interests|hobbies|substances|drugs|favourite\s+\w+|pets(?:\s+at\s+home)?|"
    r"relationship(?:\s+to\s+(?:child|yp|young\s+person))?|hospital|gp\s+practice|team|service|platform\(?s?\)?|"
    r"category|referral\s+category|outcome|risk|vulnerability|vulnerabilities)[^\S\n]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


_LINE_CALLED = re.compile(
    r"\blines?\s+(?:(?:is|was|are|were)\s+)?(?:called|named|known\s+as)\s+[\"'“‘]?(?P<name>[^\W\d_]+)",
    re.IGNORECASE,
)


# A place's second word, capitalised, that is rarely a surname in these notes ("Green", "Wood", "Hill" often
# are, so they are left to the other rules).
_GREEN_SPACES = frozenset(("Park", "Gardens", "Common", "Square", "Estate", "Heath", "Moor", "Rec"))


def line_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names given to a county line ("the line is called Snowy"): a line's, not a person's."""
    return [m.span("name") for m in _LINE_CALLED.finditer(text)]


def _in_fields_of_no_one(text: str, words) -> set[int]:
    spans = [(m.start(), m.end()) for m in _FIELDS_OF_NO_ONE.finditer(text)]
    return _inside_spans(words, spans) if spans else set()


_POSTCODE_AFTER = re.compile(r",?\s*\[POSTCODE\]")
_WHERE_AFTER = re.compile(r"\s+(?:is|was|are|were|'s|’s)\s+where\b", re.IGNORECASE)


def _where_something_is(text: str, words, index: int) -> bool:
    """The words after ``words[index]`` say it is a place: "is where" ("Moses is the name of the older guy" is
    someone's)."""
    return bool(_WHERE_AFTER.match(text, words[index].base_end))


def _inside_spans(words: list[_Word], spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the words that start inside one of ``spans``: one sweep, as both are in text order."""
    inside: set[int] = set()
    ordered = sorted(spans)
    reach, next_span = -1, 0
    for index, word in enumerate(words):
        while next_span < len(ordered) and ordered[next_span][0] <= word.start:
            reach = max(reach, ordered[next_span][1])
            next_span += 1
        if word.start < reach:
            inside.add(index)
    return inside


_ME_AND = {("me", "and"), ("me", "n"), ("me", "&"), ("me", "an"), ("us", "and")}
_SOMEONE_TO_ME = _words("mate mates friend bestie bezzie bff cousin cuz sister sis brother bro girlfriend gf")


def _season_is_someone(words, index: int, text: str, dictionary) -> bool:
    """A month or season in lower case that only a person can be: "me n summer got chased", "summer is my
    cousin" (not "me and summer holidays", "summer is my favourite")."""
    word = words[index]
    after = words[index + 1] if index + 1 < len(words) and _adjacent(text, word, words[index + 1]) else None
    if after is None:
        return False
    with_me = (
        index > 1
        and _adjacent(text, words[index - 1], word)
        and (words[index - 2].lower, words[index - 1].lower) in _ME_AND
    )
    if with_me:
        return after.lower in ("r", "are", "were", "been") or _verbish(after.lower, dictionary)
    rest = [w.lower for w in words[index + 2 : index + 5]]
    return (
        after.lower in ("is", "was", "were", "r")
        and rest[:1] in (["my"], ["our"])
        and any(w in _SOMEONE_TO_ME or w in _KIN for w in rest[1:3])
    )


def _season_acts(words, index: int, text: str, first: frozenset[str]) -> bool:
    """A capitalised month or season that says or tells something, or goes with "me" or another first name:
    "Summer told me", "April n me", "Summer and Grace came" (not "Summer and autumn", "June and July")."""
    after = words[index + 1] if index + 1 < len(words) else None
    if after is None or not _adjacent(text, words[index], after):
        return False
    if after.lower in _STRONG_AFTER:
        return True
    then = words[index + 2] if index + 2 < len(words) else None
    if after.lower not in _AND or then is None or not _adjacent(text, after, then):
        return False
    return then.lower == "me" or (then.capital and then.lower in first and then.lower not in _SEASONAL_NAMES)


def _double_first_name(
    lower: str, first: frozenset[str], always: frozenset[str], frequencies: dict[str, float]
) -> bool:
    """Two first names joined by a hyphen, one of them among the common names ("ellie-mae"), neither an
    everyday word as common as "gold" or "pong": a double-barrelled first name, in any case."""
    parts = lower.split("-")
    return (
        len(parts) == 2
        and all(part in first and _zipf(frequencies, part) < _EVERYDAY_ZIPF + 0.5 for part in parts)
        and any(part in always for part in parts)
    )


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    """Only spaces (or a quote) between two words: no comma, full stop or bracket."""
    between = text[left.end : right.start]
    return len(between) <= 3 and not between.strip(" '‘’\"“”")


def _only_space_between(text: str, end: int, start: int) -> bool:
    """Only a space or two between two names, on one line: names on two lines are two placeholders."""
    between = text[end:start]
    return 0 < len(between) <= 2 and not between.strip() and "\n" not in between


# A syllable of Mandarin written in pinyin (without tones): an initial, then a final. It lets a Chinese
# given name or a full name be read by its shape, where no name list has every pairing ("Xiao Hong",
# "Chen Jing", "Yu Ting"); a little more than the real syllables matches, which the rules below allow for.
_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er"
    r"|a|o|e|i|u|v|ü)"
)


def _pinyin_names(text: str, words, blocked, things, not_names, dictionary) -> list[int]:
    """Two or three capitalised words in a row, each a pinyin syllable, one of them no English word: a
    Chinese name ("Xiao Hong", "Wang Jing Yi"). Not a run of English words ("Long Men"), not after a
    place's preposition or a determiner, nor what the list of things holds ("Feng Shui", "Hong Kong")."""
    syllables = [
        index
        for index, word in enumerate(words)
        if word.capital
        and word.base_end == word.end
        and _PINYIN.fullmatch(word.lower)
        and not word.text.isupper()
        and index not in things
    ]
    found: list[int] = []
    runs: list[list[int]] = []
    for index in syllables:  # runs of syllables next to each other
        if runs and runs[-1][-1] == index - 1 and _adjacent(text, words[index - 1], words[index]):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if not 2 <= len(run) <= 3:
            continue
        start = run[0]
        previous = words[start - 1] if start else None
        if (
            previous is not None
            and _adjacent(text, previous, words[start])
            and (previous.lower in _THING_BEFORE or (previous.capital and start - 1 in blocked))
        ):
            continue
        if not any(_listed(words[i], not_names) for i in run) and any(
            words[i].lower not in dictionary for i in run
        ):
            found.extend(run)
    return found


# What two people named together go on to do or be: "kez n tash took me", "dani and jas were there".
_PAIR_VERBS = _words("are were r was is have had got get took take went go came come kept keep used")
_PAIR_JOINERS = _words("n and & an nd")


def _lower_case_pair_acting(words, not_names, first, dictionary, frequencies) -> list[int]:
    """Two lower-case words joined by "and"/"n" just before a verb, each no dictionary word and rare in
    English (or a listed first name that is no word): two people who do something ("kez n tash took me").
    Text-speak is common in English ("u n ur", "lol n"), brands and apps are in the list of not-names."""

    def name_like(word) -> bool:
        return (
            word.text.islower()
            and len(word.lower) > 1
            and word.lower not in dictionary
            and word.lower not in _CLOSED
            and not _listed(word, not_names)
            and (word.lower in first or _zipf(frequencies, word.lower) < _RARE_ZIPF)
        )

    found = []
    for index in range(len(words) - 3):
        one, joiner, other, then = words[index : index + 4]
        if (
            joiner.lower in _PAIR_JOINERS
            and (then.lower in _PAIR_VERBS or _verbish(then.lower, dictionary))
            and name_like(one)
            and name_like(other)
        ):
            found += [index, index + 2]
        elif (
            joiner.lower in _PAIR_JOINERS
            and (one.sentence_start or (index and words[index - 1].lower in _FILLERS))
            and _word_names_pair(one, other, not_names, first, frequencies)
            and _doing_now_or_done_to(then.lower, words[index + 4].lower if index + 4 < len(words) else "")
        ):
            found += [index, index + 2]  # "will and frank got nicked", "destiny n mercy are coming"
    return found


def is_word_name_partner(word: str) -> bool:
    """A lower-case first name that is also a word, read as a name beside another name ("mo and [NAME]
    said"): not a modal ("and will be"), a verb that opens a message ("hope u"), a virtue or a season, nor one
    of the commonest words."""
    first, _, _, frequencies = _lexicon()
    return (
        word in first
        and word not in _CLOSED
        and word not in _AUXILIARIES
        and word not in _SAYS_TO_YOU
        and word not in _VIRTUES
        and word not in _SEASONAL_NAMES
        and _zipf(frequencies, word) < 5.0
    )


def _word_names_pair(one, other, not_names, first, frequencies) -> bool:
    """Two lower-case listed first names, words too perhaps ("ruby and sky"), not both everyday words."""
    pair = (one, other)
    return (
        all(w.text.islower() and w.lower in first and w.lower not in _CLOSED for w in pair)
        and not any(_listed(w, not_names) or w.lower in _SEASONAL_NAMES for w in pair)
        and min(_zipf(frequencies, w.lower) for w in pair) < 5.0
    )


def _doing_now_or_done_to(verb: str, next_word: str) -> bool:
    """ "got nicked", "got excluded", "are coming", "were fighting": what people did or had done to them."""
    if verb == "got":
        return next_word in _GOT_DONE or (len(next_word) > 4 and next_word.endswith("ed"))
    return verb in ("are", "were", "r") and len(next_word) > 4 and next_word.endswith(("ing", "in"))


_GOT_DONE = _words("nicked caught taken took jumped stabbed shot battered beaten kicked done")


# An institution's word that is also one of the commonest surnames in these families' notes ("Ward").
_INSTITUTION_SURNAMES = _words("ward")
_WARD_BEFORE = _words("on onto off from")


def _surname_not_ward(text: str, words, things: set[int], first, dictionary) -> set[int]:
    """ "Liam Ward", "Bridie Ward": a hospital ward is named so too, after a flower, a tree or a name that is
    also a word ("Rainbow Ward", "Daisy Ward"), but after a first name no dictionary has, with nothing
    before it that makes it a place ("on", "to", "the", a capital), it is a person's surname."""
    freed = set()
    for index in things:
        word = words[index]
        if not index or word.lower not in _INSTITUTION_SURNAMES or not word.capital:
            continue
        given = words[index - 1]
        before = words[index - 2] if index > 1 else None
        if (
            given.capital
            and given.lower in first
            and given.lower not in dictionary
            and _adjacent(text, given, word)
            and (
                before is None
                or not _adjacent(text, before, given)
                or not (before.capital or before.lower in _THING_BEFORE or before.lower in _WARD_BEFORE)
            )
        ):
            freed |= {index - 1, index}
    return freed


# A surname more common than this in English is an everyday word first ("Park", "Young", "Street", "House"):
# the open surname lists hold them all. Under it, "Sharp", "Ward", "Shah" are a surname after a first name.
_SURNAME_WORD_ZIPF = 4.6
_GIVEN_WORD_ZIPF = 5.0
_PLACE_BEFORE_PAIR = _words("the at in near round outside inside opposite behind")
_THING_BEFORE = _DETERMINERS | _PLACE_PREPOSITIONS | _SAINTS | {"to"}


def _person_goes_on(word: str, dictionary) -> bool:
    """What follows a person's name rather than a brand's: a verb, "and", "who", "from"..."""
    return (
        word in _AUXILIARIES
        or word in _AND
        or word in ("who", "from", "to", "has", "had", "says", "said", "is", "was")
        or _verbish(word, dictionary)
        or (
            len(word) > 3 and word.endswith("s") and word[:-1] in dictionary and word[:-1] not in _GOODS_NOUNS
        )
    )


# Things sold under a person's name, in the plural as well: "Ray Ban glasses", "Paul Smith wallets".
_GOODS_NOUNS = _words("glass glasse shoe trainer boot bag cake perfume wallet watch belt jean top dress")


def _full_names(
    text: str, words, blocked, things, not_names, first, surnames, dictionary, frequencies
) -> list[int]:
    """Where a capitalised first name from the lists stands straight before a capitalised word that is a
    surname or rarer than everyday English ("Tom Sharp rang", "linked to Kerry Bain", "Graham Pilling is"),
    the two are one person's full name, even where each alone is also a word. Not a pair of everyday words
    ("Rose Gold", "Will Power"), not after a place's preposition or "the" ("near Holly Bush"), and not what
    the lists of things hold, nor a thing named after someone ("Jo Rowe Day"). A word blocked only for the
    capitalised word beside it ("Ben" beside "Harrow", "Tenant Graham") is a person's here."""
    found = []
    for index in range(len(words) - 1):
        given, family = words[index], words[index + 1]
        if not (given.capital and family.capital) or given.text.isupper() or family.text.isupper():
            continue
        if index in things or index + 1 in things or not _adjacent(text, given, family):
            continue
        previous = words[index - 1] if index else None
        if (
            (index in blocked or index + 1 in blocked)
            and previous is not None
            and (previous.lower in _THING_BEFORE or (previous.capital and index - 1 in blocked))
        ):
            continue  # "a Ralph Lauren hoodie", "in Milton Keynes", "St John Ambulance"
        if given.base_end != given.end or given.lower not in first or len(family.lower) < 3:
            continue
        if _zipf(frequencies, given.lower) >= _GIVEN_WORD_ZIPF:
            continue  # "Young", "Will", "Mark": far more often a word than a name
        if _listed(given, not_names) or _listed(family, not_names) or family.lower in _CLOSED:
            continue
        zipf = _zipf(frequencies, family.lower)
        surname = family.lower in surnames or family.lower in first or family.lower not in dictionary
        if not surname and zipf >= _RARE_ZIPF:
            continue
        if zipf >= _SURNAME_WORD_ZIPF:
            continue
        if index and words[index - 1].lower in _PLACE_BEFORE_PAIR and given.lower in dictionary:
            continue
        then = words[index + 2] if index + 2 < len(words) else None
        if (
            then is not None
            and then.capital
            and _adjacent(text, family, then)
            and _zipf(frequencies, then.lower) >= _EVERYDAY_ZIPF
        ):
            continue  # what is named after a person: "a Tom Sharp Day", "the Ella Ward Trust"
        if (
            family.lower in dictionary
            and then is not None
            and then.text.islower()
            and _adjacent(text, family, then)
            and not _person_goes_on(then.lower, dictionary)
        ):
            continue  # a brand before what it makes: "Ray Ban glasses", "a Mary Berry cake"
        found.append(index)
    return found


def _merge_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _only_space_between(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=1)
def _recogniser():
    """(spaCy's English pipeline, its named-entity recogniser), the recogniser's matrix products done by
    numpy rather than thinc's own (BLIS): BLIS packs the whole weight matrix again for every product, which
    for the few words of a window costs more than the product itself. About a third faster per window
    (bench/README.md); the same people found on every development set (bench/deidentify_outputs.py).
    Only the recogniser is changed: the language checker's parser (which runs without it) keeps thinc's."""
    import numpy
    from thinc.backends.numpy_ops import NumpyOps

    from youthvoice.core.nlp import english

    class NumpyDotOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            x = x.T if trans1 else x
            y = y.T if trans2 else y
            if out is None:
                return numpy.dot(x, y)
            numpy.dot(x, y, out=out)
            return out

    nlp = english()
    recognise = nlp.get_pipe("ner")
    ops = NumpyDotOps()
    for node in recognise.model.walk():
        node.ops = ops
    return nlp, recognise


def _model_people(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Where spaCy's recogniser (alone: no tagger or parser, for speed) sees a person, asked only about the
    sentences holding the uncertain words at ``positions``, each cut to the words near the uncertain one
    (a long answer without full stops is one "sentence"), all in one batch."""
    nlp, recognise = _recogniser()
    windows: list[tuple[int, int]] = []
    for start, end in sorted(_window_around(text, position) for position in positions):
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    docs = [nlp.make_doc(text[start:end]) for start, end in windows]
    people = []
    for (start, _), doc in zip(windows, recognise.pipe(docs, batch_size=len(docs)), strict=True):
        people += [
            (start + e.start_char, start + e.end_char) for e in doc.ents if e.label_ in _MODEL_CONFIRMS
        ]
    return people


_SENTENCE_STOP = re.compile(r"[.!?;\n]\s")
# How much of a sentence the recogniser reads on each side of an uncertain word: enough for the words that
# tell a person from a place or a brand, and a bound on the cost of a long answer with no full stops.
_WINDOW = 60


def _window_around(text: str, position: int) -> tuple[int, int]:
    start, end = _sentence_around(text, position)
    if position - start > _WINDOW:
        cut = text.find(" ", position - _WINDOW, position)
        start = cut + 1 if cut >= 0 else start
    if end - position > _WINDOW:
        cut = text.rfind(" ", position, position + _WINDOW)
        end = cut if cut > position else end
    return start, end


def _sentence_around(text: str, position: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, position)]
    start = starts[-1] if starts else 0
    stop = _SENTENCE_STOP.search(text, position)
    return start, (stop.start() + 1 if stop else len(text))
