from django.contrib import messages
from django.shortcuts import redirect, render

from youthvoice.core.access import ADMINS, ANALYSTS_AND_LEADERS, Role, role_required
from youthvoice.insights.models import BASELINE_AGE_BANDS, BASELINE_ETHNIC_GROUPS, BASELINE_GENDERS
from youthvoice.insights.population.baseline_csv import BaselineCSVError
from youthvoice.insights.population.forms import PopulationBaselineUploadForm
from youthvoice.insights.population.selectors import population_baseline_active, population_summary
from youthvoice.insights.population.services import population_baseline_upload
from youthvoice.partnership.models import Locality


@role_required(*ANALYSTS_AND_LEADERS)
def population(request):
    baseline = population_baseline_active(partnership=request.partnership)
    summary = (
        population_summary(baseline=baseline, threshold=request.partnership.disclosure_threshold)
        if baseline
        else None
    )
    groups = [
        (caption, table, list(zip(table.labels, table.cells, table.percentages(), strict=True)))
        for caption, table in (summary.by_group if summary else [])
    ]
    return render(
        request,
        "insights/population.html",
        {"summary": summary, "groups": groups, "can_upload": Role.ADMIN in request.roles},
    )


@role_required(*ADMINS)
def population_upload(request):
    form = PopulationBaselineUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            baseline = population_baseline_upload(
                partnership=request.partnership,
                uploaded_by=request.user,
                name=form.cleaned_data["name"],
                source=form.cleaned_data["source"],
                year=form.cleaned_data["year"],
                data=form.cleaned_data["file"],
                send_percent=form.cleaned_data.get("send_percent"),
                care_experienced_percent=form.cleaned_data.get("care_experienced_percent"),
            )
        except BaselineCSVError as error:
            for message in error.errors:
                form.add_error("file", message)
        else:
            messages.success(request, f"{baseline.name} ({baseline.year}) is now the population baseline.")
            return redirect("insights:population")
    status = 400 if form.errors else 200
    localities = list(Locality.objects.filter(partnership=request.partnership).values_list("name", flat=True))
    context = {
        "form": form,
        "age_bands": BASELINE_AGE_BANDS,
        "genders": BASELINE_GENDERS,
        "ethnic_groups": BASELINE_ETHNIC_GROUPS,
        "localities": localities,
        "example_locality": localities[0] if localities else None,
    }
    return render(request, "insights/population_upload.html", context, status=status)
