"""The codebook: each theme's definition and examples, versioned (analysts and admins)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.core.access import ANALYSTS, role_required
from youthvoice.insights.coding.forms import ThemeDefinitionForm
from youthvoice.insights.coding.services import CodingError, codebook_themes, theme_definition_set
from youthvoice.insights.models import Theme
from youthvoice.insights.panel.services import theme_panel_summaries


@role_required(*ANALYSTS)
def codebook(request):
    panels = theme_panel_summaries(partnership=request.partnership)
    rows = [(theme, panels.get(theme.pk)) for theme in codebook_themes(partnership=request.partnership)]
    return render(request, "insights/codebook.html", {"rows": rows})


@role_required(*ANALYSTS)
def codebook_theme(request, theme_pk: int):
    theme = get_object_or_404(Theme, pk=theme_pk, codebook__partnership=request.partnership)
    status = 200
    if request.method == "POST":
        form = ThemeDefinitionForm(request.POST)
        if form.is_valid():
            try:
                changed = theme_definition_set(
                    theme=theme,
                    description=form.cleaned_data["description"],
                    examples=form.cleaned_data["examples"],
                    user=request.user,
                )
            except CodingError as error:
                form.add_error(None, str(error))
            else:
                theme.refresh_from_db()
                messages.success(
                    request,
                    f"Saved “{theme.name}” as version {theme.version}."
                    if changed
                    else "Nothing had changed.",
                )
                return redirect("insights:codebook-theme", theme.pk)
        status = 400
    else:
        form = ThemeDefinitionForm(initial={"description": theme.description, "examples": theme.examples})
    return render(
        request,
        "insights/codebook_theme.html",
        {"theme": theme, "form": form, "versions": theme.versions.select_related("replaced_by")},
        status=status,
    )
