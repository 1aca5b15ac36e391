"""Relayed voices: a practitioner records what a young person shared, sees the de-identified text first,
and can list and correct their own records (nobody else's)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.consultations.models import Question
from youthvoice.core.access import PRACTITIONERS_AND_LEADERS, role_required
from youthvoice.deidentify.engine import deidentify_with_settings, removal_segments
from youthvoice.voices.forms import RelayedVoiceForm
from youthvoice.voices.models import Response
from youthvoice.voices.relayers import audit_relayed_view
from youthvoice.voices.selectors import relayed_voices_for
from youthvoice.voices.services import (
    AnswerInput,
    ResponseError,
    SafeguardingAnswerNeeded,
    relayed_kinds_question,
    relayed_question,
    relayed_voice_correct,
    relayed_voice_record,
)
from youthvoice.voices.signposting import suggests_immediate_danger


@role_required(*PRACTITIONERS_AND_LEADERS)
def relayed_list(request):
    voices = list(relayed_voices_for(user=request.user))
    if voices:
        audit_relayed_view(
            request,
            target=("voices.response", None),
            reason="Listed own relayed voices",
            detail={"ids": [voice.pk for voice in voices]},
        )
    return render(request, "voices/relayed_list.html", {"voices": voices})


def _relay_question(partnership) -> Question | None:
    return relayed_question(partnership=partnership)


@role_required(*PRACTITIONERS_AND_LEADERS)
def relayed_new(request):
    question = _relay_question(request.partnership)
    if question is None:
        messages.error(request, "Your partnership's question bank has not been loaded yet. Ask your admin.")
        return redirect("voices:relayed-list")
    return _relayed_form(request, response=None, question=question)


@role_required(*PRACTITIONERS_AND_LEADERS)
def relayed_edit(request, pk: int):
    response = get_object_or_404(relayed_voices_for(user=request.user), pk=pk)
    answer = response.answers.select_related("question").first()
    if request.method == "GET":
        audit_relayed_view(request, target=response, reason="Opened a relayed voice to correct it")
    return _relayed_form(request, response=response, question=answer.question, current=answer.text)


def _relayed_form(request, *, response: Response | None, question: Question, current: str = ""):
    editing = response is not None
    initial = {}
    if editing:
        initial = {
            "text": current,
            "shared_on": response.submitted_on,
            "consent_basis": response.consent_basis,
            "at_risk_now": response.at_risk_now,
            "referral_made": {True: "yes", False: "no"}.get(response.referral_made, ""),
            "no_referral_reason": response.no_referral_reason,
        }
    form = RelayedVoiceForm(
        request.POST or None,
        initial=initial,
        partnership=request.partnership,
        editing=editing,
        kinds_question=relayed_kinds_question(partnership=request.partnership),
    )
    preview = None
    risk = False
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            preview = deidentify_with_settings(data["text"])
            # Marked by the practitioner, or suggested by the words: remind them of their duty first.
            risk = data["at_risk_now"] or suggests_immediate_danger([data["text"]])
            if request.POST.get("action") == "save":
                try:
                    if editing:
                        relayed_voice_correct(
                            response=response,
                            relayed_by=request.user,
                            text=data["text"],
                            shared_on=data["shared_on"],
                            consent_basis=data["consent_basis"],
                            safeguarding=form.safeguarding(),
                        )
                    else:
                        answers = {question: AnswerInput(text=data["text"])}
                        if data.get("kinds"):
                            answers[form.kinds_question] = AnswerInput(values=list(data["kinds"]))
                        recorded = relayed_voice_record(
                            relayed_by=request.user,
                            partnership=request.partnership,
                            answers=answers,
                            shared_on=data["shared_on"],
                            consent_basis=data["consent_basis"],
                            consultation=data.get("consultation"),
                            about_you=form.about_you(),
                            place_type=data.get("place_type", ""),
                            safeguarding=form.safeguarding(),
                        )
                except SafeguardingAnswerNeeded as error:
                    field = (
                        "referral_made" if form.safeguarding().referral_made is None else "no_referral_reason"
                    )
                    form.add_error(field, str(error).rstrip("."))
                    status = 400
                except ResponseError as error:
                    form.add_error(None, str(error))
                    status = 400
                else:
                    saved = "The young person's voice was saved, without identifying details."
                    if not editing and recorded.consultation_id:
                        # The loop reaches them too: the code shows what changed, never what they said.
                        saved += (
                            f" Give the young person this reference code: {recorded.reference_code}. With it,"
                            " they can see what changed at “See what changed” on the website."
                        )
                    messages.success(request, saved)
                    return redirect("voices:relayed-list")
        else:
            status = 400
    return render(
        request,
        "voices/relayed_form.html",
        {
            "form": form,
            "preview": preview,
            "preview_found": sorted((k, n) for k, n in preview.found.items() if n > 0) if preview else [],
            "preview_segments": removal_segments(form.cleaned_data["text"], preview) if preview else [],
            "editing": editing,
            "risk": risk or (editing and response.at_risk_now),
            "has_errors": bool(form.errors),
        },
        status=status,
    )
