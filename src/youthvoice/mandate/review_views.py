"""The strategy review's pages: single-agency scoping conversations, the cross-agency view that groups their
items into partnership themes, the change goal those themes led to, the governance map, and the review
workspace (guided prompts, answers, evidence and the actions they raise). Thin views over services and
selectors; the shared page helpers are the mandate's."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from youthvoice.core.access import LEADERS, role_required, staff_view
from youthvoice.mandate import selectors, services
from youthvoice.mandate.forms import (
    ChangeGoalForm,
    GovernanceBoardForm,
    PartnershipThemeForm,
    RaiseActionForm,
    ReviewAnswerForm,
    ScopingConversationForm,
    StrategyReviewForm,
)
from youthvoice.mandate.models import (
    GovernanceBoard,
    Lens,
    PartnershipTheme,
    ReviewAnswer,
    ScopingConversation,
    StrategyReview,
)
from youthvoice.mandate.review_prompts import review_prompt
from youthvoice.mandate.views import _form_page, _render


@staff_view
def scoping(request):
    return _render(
        request, "mandate/scoping.html", {"board": selectors.scoping_board(partnership=request.partnership)}
    )


@role_required(*LEADERS)
def scoping_create(request):
    form = ScopingConversationForm(
        request.POST or None, initial={"held_on": timezone.localdate()}, partnership=request.partnership
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            conversation = services.scoping_conversation_record(
                partnership=request.partnership,
                held_on=data["held_on"],
                agency=data["agency"],
                team_name=data["team_name"],
                participants=data["participants"],
                items=form.items(),
                recorded_by=request.user,
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"The scoping conversation with {conversation.who} is recorded.")
            return redirect("mandate:scoping")
    return _form_page(request, "mandate/scoping_form.html", form)


@role_required(*LEADERS)
def theme_create(request):
    items = selectors.scoping_items_for(partnership=request.partnership)
    form = PartnershipThemeForm(request.POST or None, items=items, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        try:
            theme = services.partnership_theme_create(
                partnership=request.partnership,
                name=form.cleaned_data["name"],
                items=list(form.cleaned_data["items"]),
                created_by=request.user,
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"The theme “{theme.name}” groups {theme.items.count()} items.")
            return redirect("mandate:scoping")
    return _form_page(request, "mandate/theme_form.html", form, {"has_items": items.exists()})


@role_required(*LEADERS)
def change_goal_create(request):
    form = ChangeGoalForm(
        request.POST or None, initial={"agreed_on": timezone.localdate()}, partnership=request.partnership
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.change_goal_record(
                partnership=request.partnership,
                statement=form.cleaned_data["statement"],
                agreed_on=form.cleaned_data["agreed_on"],
                themes=list(form.cleaned_data["themes"]),
                recorded_by=request.user,
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The change goal is recorded.")
            return redirect("mandate:scoping")
    has_themes = form.fields["themes"].queryset.exists()
    return _form_page(request, "mandate/change_goal_form.html", form, {"has_themes": has_themes})


def _remove(request, remove, *, done: str, back: str):
    """Run a removal service; its refusal (still needed elsewhere) is shown, never a 500."""
    try:
        remove()
    except services.MandateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect(back)


@role_required(*LEADERS)
@require_POST
def scoping_delete(request, pk: int):
    conversation = get_object_or_404(ScopingConversation, pk=pk, partnership=request.partnership)
    return _remove(
        request,
        lambda: services.scoping_conversation_delete(
            partnership=request.partnership, conversation=conversation
        ),
        done=f"The scoping conversation with {conversation.who} was removed.",
        back="mandate:scoping",
    )


@role_required(*LEADERS)
@require_POST
def theme_delete(request, pk: int):
    theme = get_object_or_404(PartnershipTheme, pk=pk, partnership=request.partnership)
    return _remove(
        request,
        lambda: services.partnership_theme_delete(partnership=request.partnership, theme=theme),
        done=f"The theme “{theme.name}” was removed; its items stay in their conversations.",
        back="mandate:scoping",
    )


# --- Governance map -----------------------------------------------------------------------------------


@staff_view
def governance(request):
    return _render(
        request, "mandate/governance.html", {"map": selectors.governance_map(partnership=request.partnership)}
    )


@role_required(*LEADERS)
def governance_board_create(request):
    return _governance_board_form(request, None)


@role_required(*LEADERS)
def governance_board_edit(request, pk: int):
    board = get_object_or_404(GovernanceBoard, pk=pk, partnership=request.partnership)
    return _governance_board_form(request, board)


@role_required(*LEADERS)
@require_POST
def governance_board_delete(request, pk: int):
    board = get_object_or_404(GovernanceBoard, pk=pk, partnership=request.partnership)
    return _remove(
        request,
        lambda: services.governance_board_delete(partnership=request.partnership, board=board),
        done=f"{board.name} was removed from the governance map.",
        back="mandate:governance",
    )


def _governance_board_form(request, board):
    initial = {}
    if board is not None:
        roles = {o.area: o.role for o in board.ownerships.all()}
        initial = {
            "name": board.name,
            "chair_role": board.chair_role,
            "meets": board.meets,
            "reports_to": list(board.reports_to.all()),
            **{f"area_{area}": roles.get(area, "none") for area in Lens.values},
        }
    form = GovernanceBoardForm(
        request.POST or None, initial=initial, partnership=request.partnership, board=board
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            saved = services.governance_board_save(
                partnership=request.partnership,
                name=data["name"],
                chair_role=data["chair_role"],
                meets=data["meets"],
                reports_to=list(data["reports_to"]),
                ownership=form.ownership(),
                board=board,
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"“{saved.name}” is on the governance map.")
            return redirect("mandate:governance")
    return _form_page(request, "mandate/governance_board_form.html", form, {"board": board})


# --- The review workspace -----------------------------------------------------------------------------


@staff_view
def reviews(request):
    partnership = request.partnership
    return _render(
        request,
        "mandate/reviews.html",
        {"reviews": selectors.strategy_reviews_for(partnership=partnership)},
    )


@role_required(*LEADERS)
def review_create(request):
    last = services.strategy_review_latest(partnership=request.partnership)
    form = StrategyReviewForm(request.POST or None, initial={"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            review = services.strategy_review_start(
                partnership=request.partnership, created_by=request.user, **form.cleaned_data
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            started = f" It starts from the answers of “{last.title}”." if last else ""
            messages.success(request, f"The review “{review.title}” is started.{started}")
            return redirect("mandate:review", pk=review.pk)
    return _form_page(request, "mandate/review_form.html", form, {"last": last})


def _review(request, pk: int) -> StrategyReview:
    return get_object_or_404(StrategyReview, pk=pk, partnership=request.partnership)


@staff_view
def review_detail(request, pk: int):
    review = _review(request, pk)
    return _render(
        request,
        "mandate/review.html",
        {"review": review, "workspace": selectors.review_workspace(review=review)},
    )


def _prompt_or_404(key: str):
    prompt = review_prompt(key)
    if prompt is None:
        raise Http404("There is no such question in the review.")
    return prompt


@role_required(*LEADERS)
def review_answer_edit(request, pk: int, key: str):
    review = _review(request, pk)
    prompt = _prompt_or_404(key)
    if not review.is_draft:
        messages.error(request, "This review is complete, so its answers cannot change. Start a new review.")
        return redirect("mandate:review", pk=review.pk)
    answer = ReviewAnswer.objects.filter(review=review, prompt_key=key).first()
    initial = {}
    if answer is not None:
        initial = {
            "answer": answer.answer,
            "rating": answer.rating,
            "owner_agency": answer.owner_agency,
            "owner_role": answer.owner_role,
            **{name: list(getattr(answer, name).all()) for name in ReviewAnswerForm.EVIDENCE},
        }
    form = ReviewAnswerForm(
        request.POST or None, initial=initial, partnership=request.partnership, prompt=prompt
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.review_answer_save(
                review=review,
                prompt_key=key,
                answer=data["answer"],
                rating=data.get("rating"),
                owner_agency=data["owner_agency"],
                owner_role=data["owner_role"],
                evidence=form.evidence(),
                updated_by=request.user,
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Your answer to “{prompt.question}” is saved.")
            return redirect(f"{review_url(review)}#prompt-{key}")
    previous = (
        ReviewAnswer.objects.filter(review=review.started_from, prompt_key=key).first()
        if review.started_from_id
        else None
    )
    return _form_page(
        request,
        "mandate/review_answer_form.html",
        form,
        {"review": review, "prompt": prompt, "previous": previous},
    )


def review_url(review: StrategyReview) -> str:
    return reverse("mandate:review", args=[review.pk])


@role_required(*LEADERS)
def review_action_raise(request, pk: int, key: str):
    review = _review(request, pk)
    prompt = _prompt_or_404(key)
    answer = ReviewAnswer.objects.filter(review=review, prompt_key=key).select_related("owner_agency").first()
    if answer is None:
        messages.error(request, "Answer the question before raising an action from it.")
        return redirect("mandate:review", pk=review.pk)
    form = RaiseActionForm(
        request.POST or None, initial={"owner_agency": answer.owner_agency}, partnership=request.partnership
    )
    if request.method == "POST" and form.is_valid():
        try:
            action = services.review_answer_raise_action(
                answer=answer, created_by=request.user, **form.cleaned_data
            )
        except services.DueDateInPast as error:
            form.add_error("due_on", str(error))
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"The action “{action.title}” is raised and flagged to the strategic group."
            )
            return redirect(f"{review_url(review)}#prompt-{key}")
    return _form_page(
        request,
        "mandate/review_action_form.html",
        form,
        {"review": review, "prompt": prompt, "answer": answer},
    )


@role_required(*LEADERS)
@require_POST
def review_complete(request, pk: int):
    review = _review(request, pk)
    try:
        services.strategy_review_complete(review=review)
    except services.MandateError as error:
        messages.error(request, str(error))
        return _render(
            request,
            "mandate/review.html",
            {"review": review, "workspace": selectors.review_workspace(review=review), "problem": str(error)},
            status=400,
        )
    messages.success(request, f"The review “{review.title}” is complete.")
    return redirect("mandate:review", pk=review.pk)
