"""Which stored text fields can hold what a young person or a practitioner wrote, and why the others cannot.

Every field in ``PERSONAL_FREE_TEXT`` is written only through ``youthvoice.deidentify.engine.deidentified``.
Every other character field of every youthvoice model is named in ``NOT_PERSONAL_FREE_TEXT`` with the reason
it is not such text. tests/voices/test_deidentify_write_paths.py fails when a model gains a text field that
is in neither, and when a write path stores a personal field's text without de-identifying it.
"""

# "app_label.Model.field" -> the write paths that fill it.
PERSONAL_FREE_TEXT = {
    "voices.Answer.text": (
        "the young person's journey (online, facilitated sessions, schools, youth workers), relayed voices "
        "(page, correction and API), CSV imports, demo data"
    ),
    "voices.Response.no_referral_reason": "a practitioner's reason for making no safeguarding referral",
    "voices.ImportedComment.text": "CSV imports: a column that answers no question ('any other comments')",
    "language.YoungPeoplesDefinition.text": (
        "young people's words added to the glossary by staff, and definition answers imported into it"
    ),
    "feedback.YouSaidWeDidRevision.you_said": (
        "'You said, we did': what young people said, often quoted in their own words (the update form, "
        "its services, demo data)"
    ),
    "feedback.YouSaidWeDidTranslation.you_said": "the same, translated by staff (the translation page and "
    "its service)",
    "insights.PanelPlacing.own_wording": (
        "a young people's panel's own words for a theme's definition, typed on the shared device (the "
        "panel page and its service, demo data)"
    ),
    "mandate.ScopingConversation.participants": (
        "who took part in a scoping conversation: asked for as roles and counts, but a leader may write a "
        "colleague's name (the scoping page and its service)"
    ),
    "mandate.ScopingItem.text": (
        "what an agency said in its scoping conversation, noted by a leader; practitioners talk about "
        "colleagues and families (the scoping page and its service, demo data)"
    ),
    "mandate.ReviewAnswer.answer": (
        "an answer in a strategy review: the record of a discussion among leaders and practitioners, who "
        "talk about colleagues and families (the review answer page and its service; a new review copies "
        "the last one's de-identified answers; demo data)"
    ),
}

# "app_label.Model" (every text field of it) or "app_label.Model.field" -> why it is not personal free text.
NOT_PERSONAL_FREE_TEXT = {
    "audit": "the audit log: who did what, written by the product; a reason a member of staff gives is "
    "kept as written so access stays accountable",
    "consultations": "the question bank and consultations: staff write them for young people to read, and "
    "the language checker reviews them",
    "core": "systems and tokens: names of agency systems and hashes",
    "feedback": "'You said, we did': staff summaries for publication, through the language and "
    "plain-language checks before anything is published (what young people said is listed as personal)",
    "insights": "themes, population baselines and job records written by staff or the product; a panel's "
    "copy of the theme names and definitions it was shown (young people's own words are listed as personal)",
    "partnership": "the partnership's own organisation: agencies, localities, memberships",
    "strategy": "the CE strategy: sections leaders write for publication to partners, the summary for "
    "young people (through the language gate before publishing), and evidence labels and published, "
    "disclosure-controlled figures copied from the product",
    "mandate.Responsibility": "what an agency does and can decide, written by leaders about organisations",
    "mandate.StrategicChampion": "the champion's name and job: a named public role kept on purpose, by a "
    "leader's choice",
    "mandate.StrategyAssessment": "leaders' notes on how the partnership works, for each rating",
    "mandate.Principle": "the partnership's principles, shipped and edited by staff",
    "mandate.PrincipleConfirmation": "an owner's note on how their own consultation or object meets a "
    "principle, and its label",
    "mandate.Workshop": "a workshop's title and notes, written by leaders for the partnership",
    "mandate.Action": "actions leaders agree: titles, descriptions, the named staff owner on purpose, "
    "reasons",
    "mandate.ActionProgressNote": "staff notes on an action's progress",
    "mandate.ScopingConversation.team_name": "the name of a team or service, not of a person",
    "mandate.PartnershipTheme": "a leader's name for a theme across agencies",
    "mandate.GovernanceBoard": "a board's name and its chair's role (asked for as a role, not a name)",
    "mandate.ReviewAnswer.owner_role": "who owns an answer, asked for as a role, not a name",
    "mandate.ReviewAnswer.prompt_key": "the key of a prompt shipped in mandate/data/review_prompts.yaml",
    "mandate.StrategyReview": "a review's title, written by leaders",
    "mandate.ChangeGoal": "the change goal the partnership agreed, written by leaders for publication "
    "to partners",
    "language.GlossaryTerm": "the partnership's own terms and definitions, written by staff",
    "language.PublicationOverride": "a publishing-gate override: the label of staff wording, the rule, the "
    "words it found in that wording and a leader's reason, all about text staff wrote for publication",
    "voices.Response": "codes, languages, tokens and choices set by the product (its one free-text field is "
    "listed as personal)",
    "voices.Answer": "choices and codes (its free-text field is listed as personal)",
    "voices.FacilitatedSession": "a PIN's hash: the session's answers are voices.Answer",
    "voices.ResponseImport": "a file's hash and counts",
    "voices.ImportSource": "the name staff give a survey's source, and how its files' choice labels map to "
    "the consultation's options (labels, never free text)",
    "voices.ImportedComment.column": "the name of a column in an imported file's first line",
    "voices.RelayedVoicePush": "idempotency keys and bodies, stored only as hashes",
    # The one place a young person's contact details are meant to be kept: they asked to be contacted. Not
    # de-identified on purpose; encrypted, never linked to answers, shown only to named safeguarding contacts.
    "voices.HelpRequest": "a request to be contacted, kept on purpose as written: encrypted, apart from any "
    "answers, read only by the partnership's named safeguarding contacts and audited",
}
