"""Young people's panels: staff make, start and read them; on the shared device the group ranks the themes.

Staff pages: any member of staff (youth workers run panels, analysts own the themes, leaders cite them).
The device's pages are public, like a facilitated session's: the device's session holds only the panel's
public id, and starting a panel signs the worker out on that device.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.shortcuts import render as staff_render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from youthvoice.core.access import public_view, staff_view
from youthvoice.core.young_pages import young_person_page, young_person_render
from youthvoice.insights.panel.forms import PanelForm, PanelRoundForm, PanelStartForm, moved
from youthvoice.insights.panel.models import YoungPeoplesPanel
from youthvoice.insights.panel.services import (
    PanelError,
    PanelRoundInvalid,
    panel_attach,
    panel_create,
    panel_end_by_staff,
    panel_end_with_pin,
    panel_for_device,
    panel_people,
    panel_results,
    panel_round_record,
    panel_start,
    panel_themes_offered,
    panels_for,
    wordings_report,
)
from youthvoice.language.forms import OverridesForm, overrides_from
from youthvoice.language.publishing import PublicationBlocked
from youthvoice.voices.facilitation import PinLocked, SessionError
from youthvoice.voices.facilitation_views import SessionEndForm


def _panel(request, pk: int) -> YoungPeoplesPanel:
    return get_object_or_404(
        YoungPeoplesPanel.objects.select_related("consultation", "partnership"),
        pk=pk,
        partnership=request.partnership,
    )


@staff_view
def panel_list(request):
    panels = list(panels_for(partnership=request.partnership).prefetch_related("rounds", "panel_themes"))
    return staff_render(request, "insights/panel/list.html", {"panels": panels})


@staff_view
def panel_new(request):
    form = PanelForm(request.POST or None, partnership=request.partnership)
    blocked = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                panel = panel_create(
                    partnership=request.partnership,
                    user=request.user,
                    themes=form.cleaned_data["themes"],
                    consultation=form.cleaned_data["consultation"],
                    held_on=form.cleaned_data["held_on"],
                    participants=form.cleaned_data["participants"],
                    age_band_counts=form.age_band_counts(),
                    overrides=overrides_from(request.POST),
                )
            except PublicationBlocked as error:
                blocked = error
                form.add_error(None, str(error))
            except PanelError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "The panel is ready. Start it on the device young people will use.")
                return redirect("insights:panel", panel.pk)
        status = 400
    offered = panel_themes_offered(partnership=request.partnership)
    chosen = {str(value) for value in (form["themes"].value() or [])}
    return staff_render(
        request,
        "insights/panel/form.html",
        {
            "form": form,
            "themes": [
                {"theme": theme, "problem": problem, "checked": str(theme.pk) in chosen}
                for theme, problem in offered
            ],
            "overrides_form": OverridesForm(
                request.POST or None, blocked=blocked.unresolved if blocked else ()
            ),
            "report": blocked.report if blocked else None,
            "has_errors": bool(form.errors),
        },
        status=status,
    )


def _detail(request, panel, *, start_form=None, status=200):
    results = panel_results(panel=panel)
    people, ages = panel_people(panel=panel)
    return staff_render(
        request,
        "insights/panel/detail.html",
        {
            "panel": panel,
            "results": results,
            "report": wordings_report(results=results),
            "people": people,
            "ages": ages,
            "start_form": start_form or PanelStartForm(),
            "has_errors": bool(start_form and start_form.errors),
        },
        status=status,
    )


@staff_view
def panel_detail(request, pk: int):
    return _detail(request, _panel(request, pk))


@staff_view
@require_POST
def panel_start_here(request, pk: int):
    """Start the panel on this device: the worker is signed out, and the device shows the group's page."""
    panel = _panel(request, pk)
    form = PanelStartForm(request.POST)
    if form.is_valid():
        try:
            panel_start(panel=panel, user=request.user, pin=form.cleaned_data["pin"])
        except PanelError as error:
            form.add_error(None, str(error))
        else:
            logout(request)
            panel_attach(request.session, panel=panel)
            return redirect("panel:run", panel.public_id)
    return _detail(request, panel, start_form=form, status=400)


@staff_view
@require_POST
def panel_end_staff(request, pk: int):
    panel = _panel(request, pk)
    panel_end_by_staff(panel=panel)
    messages.success(request, "The panel has ended. A device still showing it goes back to the usual pages.")
    return redirect("insights:panel", panel.pk)


# --- on the shared device ---------------------------------------------------------------------------------


def _device_panel(request, public_id):
    panel = panel_for_device(request.session)
    if panel is None or panel.public_id != public_id:
        return None
    return panel


def _not_here(request):
    return young_person_render(request, "insights/panel/not_here.html", {}, status=404)


@public_view
@never_cache
@young_person_page
def panel_run(request, public_id):
    """The group's page: a place for each theme, and the definition agreed or in their own words."""
    panel = _device_panel(request, public_id)
    if panel is None:
        return _not_here(request)
    panel_themes = list(panel.panel_themes.all())
    status = 200
    if request.method == "POST" and request.POST.get("move"):
        # Up and down buttons, without JavaScript: show the page again in the new order, nothing saved.
        # The form is drawn unbound from what was posted, so no errors show for choices not made yet.
        shown = moved(request.POST, panel_themes=panel_themes, move=request.POST["move"])
        form = PanelRoundForm(initial=shown, panel_themes=panel_themes)
    elif request.method == "POST":
        form = PanelRoundForm(request.POST, panel_themes=panel_themes)
        if form.is_valid():
            try:
                panel_round_record(panel=panel, placings=form.placings(), language=translation.get_language())
            except PanelRoundInvalid as invalid:
                for pk, (target, message) in invalid.problems.items():
                    form.add_error(f"{target}_{pk}" if pk else None, message)
            except PanelError as error:
                form.add_error(None, str(error))
            else:
                return redirect("panel:saved", panel.public_id)
        status = 400
    else:
        form = PanelRoundForm(panel_themes=panel_themes)
    return young_person_render(
        request,
        "insights/panel/run.html",
        {"panel": panel, "form": form, "rows": form.rows(), "has_errors": bool(form.errors)},
        status=status,
    )


@public_view
@never_cache
@young_person_page
def panel_saved(request, public_id):
    panel = _device_panel(request, public_id)
    if panel is None:
        return _not_here(request)
    return young_person_render(request, "insights/panel/saved.html", {"panel": panel})


@public_view
@never_cache
def panel_end(request, public_id):
    """On the shared device: the youth worker ends the panel with its PIN."""
    panel = _device_panel(request, public_id)
    if panel is None:
        raise Http404("This device is not running that panel.")
    form = SessionEndForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                panel_end_with_pin(panel=panel, pin=form.cleaned_data["pin"])
            except SessionError as error:
                form.add_error("pin", str(error).rstrip("."))
                status = 429 if isinstance(error, PinLocked) else 400
            else:
                request.session.flush()
                return staff_render(request, "insights/panel/end.html", {"ended": True})
        else:
            status = 400
    return staff_render(
        request,
        "insights/panel/end.html",
        {"form": form, "panel": panel, "has_errors": bool(form.errors)},
        status=status,
    )
