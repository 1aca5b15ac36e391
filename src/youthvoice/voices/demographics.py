"""The optional "about you" questions, shared by the journey, imports, insights and population baselines.

Every question has "prefer not to say". The categories are deliberately coarse: with small local numbers,
finer groups would identify children. Ethnic groups are the five high-level groups of the 2021 Census for
England and Wales. Localities are the partnership's own (``partnership.Locality``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from youthvoice.consultations.models import Audience

PREFER_NOT_TO_SAY = "prefer_not_to_say"


class AgeBand(models.TextChoices):
    AGE_11_13 = "11-13", _("11 to 13")
    AGE_14_15 = "14-15", _("14 to 15")
    AGE_16_17 = "16-17", _("16 to 17")
    AGE_18_21 = "18-21", _("18 to 21")
    AGE_22_25 = "22-25", _("22 to 25")
    PREFER_NOT_TO_SAY = PREFER_NOT_TO_SAY, _("Prefer not to say")


class Gender(models.TextChoices):
    GIRL = "girl", _("Girl or young woman")
    BOY = "boy", _("Boy or young man")
    NON_BINARY = "non_binary", _("Non-binary")
    SELF_DESCRIBED = "self_described", _("I describe myself another way")
    PREFER_NOT_TO_SAY = PREFER_NOT_TO_SAY, _("Prefer not to say")


class EthnicGroup(models.TextChoices):
    ASIAN = "asian", _("Asian or Asian British")
    BLACK = "black", _("Black, Black British, Caribbean or African")
    MIXED = "mixed", _("Mixed or multiple ethnic groups")
    WHITE = "white", _("White")
    OTHER = "other", _("Another ethnic group")
    PREFER_NOT_TO_SAY = PREFER_NOT_TO_SAY, _("Prefer not to say")


class YesNo(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    NOT_SURE = "not_sure", _("Not sure")
    PREFER_NOT_TO_SAY = PREFER_NOT_TO_SAY, _("Prefer not to say")


# SEND (special educational needs and disabilities) and care experience use YesNo.
DEMOGRAPHIC_FIELDS = {
    "age_band": AgeBand,
    "gender": Gender,
    "ethnic_group": EthnicGroup,
    "send": YesNo,
    "care_experienced": YesNo,
}


# The questions as young people read them (the journey's "about you", the paper sheet's boxes).
ABOUT_YOU_LABELS = {
    "age_band": _("How old are you?"),
    "gender": _("Which of these best describes you?"),
    "ethnic_group": _("What is your ethnic group?"),
    "locality": _("Which area do you live in?"),
    "send": _("Do you have special educational needs or a disability (SEND)?"),
    "care_experienced": _("Have you ever been in care?"),
}


# Adults answering a parents' and carers' or a community consultation (issue 17) are asked none of the
# young people's questions above: only how they are connected (optional) and their area. Never a child's
# age, school or name: with a parent's area, that could identify the child. English only until a translator
# gives the adults' wording in Welsh.
class Relationship(models.TextChoices):
    PARENT = "parent", "Parent or step-parent"
    CARER = "carer", "Foster carer, kinship carer or guardian"
    FAMILY = "family", "Grandparent or other family member"
    RESIDENT = "resident", "I live in the area"
    WORKS_LOCALLY = (
        "works_locally",
        "I work in the area, for example in a shop, a takeaway or on transport",
    )
    COMMUNITY_GROUP = "community_group", "I volunteer in or help run a community, faith or sports group"
    OTHER = "other", "Another way"
    PREFER_NOT_TO_SAY = PREFER_NOT_TO_SAY, "Prefer not to say"


RELATIONSHIPS_BY_AUDIENCE = {
    Audience.PARENTS_CARERS: [
        Relationship.PARENT,
        Relationship.CARER,
        Relationship.FAMILY,
        Relationship.OTHER,
        Relationship.PREFER_NOT_TO_SAY,
    ],
    Audience.COMMUNITY: [
        Relationship.RESIDENT,
        Relationship.WORKS_LOCALLY,
        Relationship.COMMUNITY_GROUP,
        Relationship.PARENT,
        Relationship.OTHER,
        Relationship.PREFER_NOT_TO_SAY,
    ],
}

# "About you" as adults read it.
ADULT_ABOUT_YOU_LABELS = {
    "relationship": {
        Audience.PARENTS_CARERS: "How are you related to the children you are thinking of?",
        Audience.COMMUNITY: "How are you connected to this area?",
    },
    "locality": "Which area do you live or work in?",
}
