"""The strategy review's pages: single-agency scoping conversations, the cross-agency view that groups their
items into partnership themes, the change goal those themes led to, and the governance map. Thin views over
services and selectors; the shared page helpers are the mandate's."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from youthvoice.core.access import LEADERS, role_required, staff_view
from youthvoice.mandate import selectors, services
from youthvoice.mandate.forms import (
    ChangeGoalForm,
    GovernanceBoardForm,
    PartnershipThemeForm,
    ScopingConversationForm,
)
from youthvoice.mandate.models import GovernanceBoard, Lens
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
