"""Demo: the open consultation in Welsh (partly, so the fallback and the staff "missing" screen show),
an Arabic placeholder title (right to left), and easy-read wording with a faces scale."""

from youthvoice.consultations.models import Consultation, Question
from youthvoice.consultations.translation_services import (
    consultation_translation_save,
    question_easy_read_save,
    question_translation_save,
)

WELSH_CONSULTATION = {
    "title": "Teimlo’n ddiogel yn Brackenford",
    "purpose_detail": "Rydyn ni eisiau gwybod ble mae pobl ifanc yn teimlo’n ddiogel ac yn anniogel yn "
    "Brackenford, ar-lein ac all-lein, a beth mae camfanteisio’n ei olygu i ti, yn dy eiriau dy hun.",
    "promise": "Bydd grŵp strategol y bartneriaeth yn darllen pob ateb. Byddwn ni’n eu defnyddio i "
    "benderfynu ble mae gweithwyr ieuenctid yn mynd a beth rydyn ni’n ei newid yn gyntaf, a byddwn ni’n "
    "dweud wrthot ti beth wnaethon ni.",
}
WELSH_QUESTIONS = {
    "places-safe-at-night": {
        "text": "Pa mor ddiogel wyt ti’n teimlo yn dy ardal ar ôl iddi dywyllu?",
        "choice_labels": {
            "1": "Anniogel iawn",
            "2": "Anniogel",
            "3": "Ddim yn siŵr",
            "4": "Diogel",
            "5": "Diogel iawn",
        },
        "easy_read_text": "Wyt ti’n teimlo’n ddiogel ger dy gartref pan mae’n dywyll?",
    },
    "trusted-adult-have": {
        "text": "Oes oedolyn rwyt ti’n ymddiried ynddo ac y gallet ti siarad ag ef petaet ti’n poeni?",
        "choice_labels": {"yes": "Oes", "no": "Nac oes", "not_sure": "Ddim yn siŵr"},
        "easy_read_text": "Oes oedolyn y gelli di siarad ag ef?",
    },
    "definition-exploitation": {
        "text": "Beth mae camfanteisio’n ei olygu i ti?",
        "hint": "Yn dy eiriau dy hun. Does dim ateb cywir nac anghywir.",
    },
    "help-what-would": {"text": "Beth fyddai’n gwneud pobl ifanc yr ardal hon yn fwy diogel?"},
}
EASY_READ = {
    "places-safe-at-night": ("Do you feel safe near home when it is dark?", True),
    "trusted-adult-have": ("Is there an adult you can talk to?", False),
    "definition-exploitation": ("What does exploitation mean to you? Use your own words.", False),
}


def build_access(*, consultation: Consultation) -> list[str]:
    partnership = consultation.partnership
    consultation_translation_save(consultation=consultation, language="cy", **WELSH_CONSULTATION)
    consultation_translation_save(
        consultation=consultation,
        language="ar",
        title="الشعور بالأمان في براكنفورد",
        purpose_detail="",
        promise="",
        placeholder=True,
    )
    questions = {q.key: q for q in Question.objects.filter(partnership=partnership, key__in=WELSH_QUESTIONS)}
    for key, fields in WELSH_QUESTIONS.items():
        if key in questions:
            question_translation_save(question=questions[key], language="cy", **fields)
    for key, (wording, faces) in EASY_READ.items():
        if key in questions:
            question_easy_read_save(question=questions[key], easy_read_text=wording, picture_scale=faces)
    return [f"Welsh, Arabic (placeholder) and easy read: /c/{consultation.slug}/?lang=cy"]
