"""The API's aggregates: a consultation's figures for agencies' systems, with the dashboard's filters.

Every figure is one the dashboard protects (``insights.dashboard.selectors``: ``themes_protected``,
``places_protected``, ``choices_protected``), so the API, the pages and the exports can never publish a
figure differently. A hidden figure comes back as ``{"value": null, "suppressed": true}``, never its value;
why it is hidden (primary or secondary) is never said. Too few responses for the filters: no figure at all,
only ``message``. Each read is audited as an export. A leader-level read: staff analysts, leaders and
admins, and agencies' systems with the ``read_aggregates`` scope.

With ``compare_from`` and ``compare_to`` the body also has ``comparison``: the figures of the two periods
side by side (``date_from``/``date_to`` and the compare dates), the change of each share in percentage
points and whether it is more than chance (``insights.dashboard.comparison``). It is worked out only from the
two bodies the API returns for each period on its own, so it publishes nothing they do not.
"""

from __future__ import annotations

from dataclasses import replace

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.consultations.models import Audience, Consultation, Question
from youthvoice.core.access import ANALYSTS_AND_LEADERS, Scope, api_roles
from youthvoice.core.api import StrictSerializer, error_responses
from youthvoice.core.api_auth import api_client_of
from youthvoice.insights.cellkey import perturbed
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.comparison import COMPARISON_NOTE, Period, Verdict, period_problems
from youthvoice.insights.dashboard.config import load_dashboard_config
from youthvoice.insights.dashboard.selectors import (
    choices_protected,
    coverage_text,
    left_out_count,
    places_protected,
    themes_protected,
    withheld_count,
    withheld_message,
)
from youthvoice.insights.disclosure import Cell, protect_count
from youthvoice.insights.statistics import proportion_change

CHOICE_KINDS = (Question.Kind.SINGLE, Question.Kind.MULTIPLE, Question.Kind.SCALE, Question.Kind.PLACE)
API_NOTE = (
    "A figure with suppressed true is not shown to protect young people's identities: it is fewer than "
    "{threshold}, or it could be used to work out a figure fewer than {threshold}."
)


class AggregateFiltersSerializer(StrictSerializer):
    date_from = serializers.DateField(
        input_formats=["%Y-%m-%d"],
        required=False,
        help_text="Answered on or after (YYYY-MM-DD); widened to the start of its month.",
    )
    date_to = serializers.DateField(
        input_formats=["%Y-%m-%d"],
        required=False,
        help_text="Answered on or before (YYYY-MM-DD); widened to the end of its month.",
    )
    channel = serializers.ChoiceField(
        choices=Consultation.Channel.choices, required=False, help_text="How young people took part."
    )

    compare_from = serializers.DateField(
        input_formats=["%Y-%m-%d"],
        required=False,
        help_text="Compare with a period starting on (YYYY-MM-DD); needs compare_to, date_from and date_to.",
    )
    compare_to = serializers.DateField(
        input_formats=["%Y-%m-%d"],
        required=False,
        help_text="Compare with a period ending on (YYYY-MM-DD). The periods must share no month and end "
        "before the current month.",
    )

    def validate(self, attrs):
        start, end = attrs.get("date_from"), attrs.get("date_to")
        if start and end and start > end:
            raise serializers.ValidationError({"date_to": ["The end date must be on or after the start."]})
        if "compare_from" in attrs or "compare_to" in attrs:
            problems = period_problems(
                date_from=start,
                date_to=end,
                compare_from=attrs.get("compare_from"),
                compare_to=attrs.get("compare_to"),
            )
            if problems:
                raise serializers.ValidationError({name: [f"{text}."] for name, text in problems.items()})
        return attrs


class CountSerializer(serializers.Serializer):
    value = serializers.IntegerField(allow_null=True, help_text="Null when suppressed.")
    suppressed = serializers.BooleanField()


class OptionSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = CountSerializer()


class QuestionCountsSerializer(serializers.Serializer):
    key = serializers.CharField()
    text = serializers.CharField()
    kind = serializers.CharField()
    answered = CountSerializer(help_text="Young people who answered the question.")
    options = OptionSerializer(many=True)


class LocalityCountSerializer(serializers.Serializer):
    locality = serializers.CharField(help_text="An area's name, or 'Area not given'.")
    count = CountSerializer()


class PlaceSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    setting = serializers.CharField(help_text="online, offline or blank.")
    count = CountSerializer(help_text="Times named.")
    by_locality = LocalityCountSerializer(many=True)


class PlacesSerializer(serializers.Serializer):
    question = serializers.CharField(help_text="The question's key.")
    places = PlaceSerializer(many=True)
    by_setting = serializers.DictField(child=CountSerializer())
    by_locality = LocalityCountSerializer(many=True)
    total = CountSerializer()


class ThemeCountSerializer(serializers.Serializer):
    theme = serializers.CharField()
    count = CountSerializer(help_text="Answers given this theme (accepted codings).")


class ThemesSerializer(serializers.Serializer):
    themes = ThemeCountSerializer(many=True)
    total = CountSerializer()


class ShareSerializer(serializers.Serializer):
    count = CountSerializer()
    base = CountSerializer(
        help_text="What the share is of: those who answered, all places named, all themes."
    )
    percent = serializers.FloatField(allow_null=True, help_text="Null when either figure is suppressed.")


class ChangeSerializer(serializers.Serializer):
    earlier = ShareSerializer(allow_null=True, help_text="Null when the period has no such figure.")
    later = ShareSerializer(allow_null=True)
    change = serializers.FloatField(allow_null=True, help_text="Later minus earlier, in percentage points.")
    p_value = serializers.FloatField(allow_null=True)
    test = serializers.CharField(
        allow_null=True, help_text="z-test, or Fisher's exact test for small counts."
    )
    verdict = serializers.ChoiceField(choices=[verdict.value for verdict in Verdict])
    verdict_text = serializers.CharField()


class OptionChangeSerializer(ChangeSerializer):
    value = serializers.CharField()
    label = serializers.CharField()


class QuestionChangesSerializer(serializers.Serializer):
    key = serializers.CharField()
    text = serializers.CharField()
    options = OptionChangeSerializer(many=True)


class ThemeChangeSerializer(ChangeSerializer):
    theme = serializers.CharField()


class PeriodSerializer(serializers.Serializer):
    date_from = serializers.DateField()
    date_to = serializers.DateField()
    responses = CountSerializer()
    message = serializers.CharField()


class ComparisonSerializer(serializers.Serializer):
    earlier = PeriodSerializer()
    later = PeriodSerializer()
    note = serializers.CharField()
    questions = QuestionChangesSerializer(many=True)
    places = OptionChangeSerializer(many=True, help_text="Each place's share of all places named.")
    themes = ThemeChangeSerializer(many=True, help_text="Each theme's share of themed answers.")


class AggregatesSerializer(serializers.Serializer):
    consultation = serializers.CharField()
    filters = serializers.DictField(child=serializers.CharField(allow_null=True))
    threshold = serializers.IntegerField(help_text="Counts from 1 to this minus 1 are suppressed.")
    note = serializers.CharField()
    message = serializers.CharField(help_text="Why no figure is shown, when none is.")
    responses = CountSerializer()
    left_out = CountSerializer(
        help_text="Responses in the filters' months not counted: they came in groups (one channel in one "
        "month) of fewer than the threshold. Protected and perturbed like every count."
    )
    coverage = serializers.CharField(help_text="What the figures leave out, and that they are perturbed.")
    questions = QuestionCountsSerializer(many=True)
    places = PlacesSerializer(allow_null=True)
    themes = ThemesSerializer(allow_null=True)
    comparison = ComparisonSerializer(
        allow_null=True, help_text="Only with compare_from and compare_to: the two periods side by side."
    )


def count(cell: Cell) -> dict:
    """A protected figure for the API: its value, or null and suppressed. Never the hidden value or why."""
    return {"value": None if cell.suppressed else cell.value, "suppressed": cell.suppressed}


def _questions(consultation, partnership, filters, threshold, places_key) -> list[dict]:
    found = []
    for item in consultation.items.select_related("question").order_by("order"):
        question = item.question
        if question.kind not in CHOICE_KINDS or question.key == places_key:
            continue  # free text has no counts; the places question is published once, under places
        protected = choices_protected(
            partnership=partnership, filters=filters, threshold=threshold, key=question.key
        )
        if protected is None:
            continue
        found.append(
            {
                "key": question.key,
                "text": question.text,
                "kind": question.kind,
                "answered": count(protected.answered),
                "options": [
                    {"value": value, "label": label, "count": count(cell)}
                    for value, (label, cell) in zip(protected.values, protected.table.rows(), strict=True)
                ],
            }
        )
    return found


def _places(consultation, partnership, filters, threshold, config) -> dict | None:
    if not consultation.questions.filter(key=config.places_question).exists():
        return None
    found = places_protected(partnership=partnership, filters=filters, threshold=threshold, config=config)
    if found is None:
        return None
    return {
        "question": found.question.key,
        "places": [
            {
                "value": value,
                "label": label,
                "setting": setting,
                "count": count(total),
                "by_locality": [
                    {"locality": name, "count": count(cell)}
                    for name, cell in zip(found.columns, row, strict=True)
                ],
            }
            for (value, label, setting), row, total in zip(
                found.places, found.cells, found.place_totals, strict=True
            )
        ],
        "by_setting": {
            setting or "unclassified": count(cell) for setting, cell in found.setting_totals.items()
        },
        "by_locality": [
            {"locality": name, "count": count(cell)}
            for name, cell in zip(found.columns, found.column_totals, strict=True)
        ],
        "total": count(found.grand),
    }


def _themes(partnership, filters, threshold) -> dict | None:
    table = themes_protected(partnership=partnership, filters=filters, threshold=threshold)
    if table is None:
        return None
    return {
        "themes": [{"theme": label, "count": count(cell)} for label, cell in table.rows()],
        "total": count(table.total),
    }


def consultation_aggregates(*, consultation: Consultation, filters: DashboardFilters) -> dict:
    """Every figure the API publishes for one consultation and these filters, each protected."""
    partnership = consultation.partnership
    threshold = partnership.disclosure_threshold
    filters = filters.banded()
    counted = aggregates.response_count(partnership=partnership, filters=filters)
    requested = aggregates.response_count_requested(partnership=partnership, filters=filters)
    left_out = left_out_count(counted=counted, requested=requested, threshold=threshold)
    message = withheld_message(count=counted.n, threshold=threshold, filters=filters, requested=requested.n)
    body = {
        "consultation": consultation.slug,
        "filters": {
            "date_from": filters.date_from.isoformat() if filters.date_from else None,
            "date_to": filters.date_to.isoformat() if filters.date_to else None,
            "channel": filters.channel or None,
        },
        "threshold": threshold,
        "note": API_NOTE.format(threshold=threshold),
        "message": message,
        "responses": count(
            withheld_count(requested=requested.n, threshold=threshold)
            if message
            else perturbed(protect_count(counted.n, threshold=threshold), key=counted.key)
        ),
        "left_out": count(left_out),
        "coverage": coverage_text(left_out=left_out, threshold=threshold),
        "questions": [],
        "places": None,
        "themes": None,
        "comparison": None,
    }
    if message:
        return body
    config = load_dashboard_config()
    body["questions"] = _questions(consultation, partnership, filters, threshold, config.places_question)
    body["places"] = _places(consultation, partnership, filters, threshold, config)
    body["themes"] = _themes(partnership, filters, threshold)
    return body


def _share(count_: dict | None, base: dict | None) -> dict | None:
    if count_ is None or base is None:
        return None
    shown = not (count_["suppressed"] or base["suppressed"]) and base["value"]
    percent = round(min(100, 100 * count_["value"] / base["value"]), 1) if shown else None
    return {"count": count_, "base": base, "percent": percent}


def _change(earlier: dict | None, later: dict | None) -> dict:
    """Two periods' shares of one figure (as published), the change and whether it is more than chance."""
    found = None
    if earlier and later and earlier["percent"] is not None and later["percent"] is not None:
        found = proportion_change(
            earlier=(earlier["count"]["value"], earlier["base"]["value"]),
            later=(later["count"]["value"], later["base"]["value"]),
        )
    verdict = Verdict.TOO_FEW
    if found is not None:
        verdict = Verdict.MORE_THAN_CHANCE if found.significant else Verdict.COULD_BE_CHANCE
    return {
        "earlier": earlier,
        "later": later,
        "change": round(found.change, 1) if found else None,
        "p_value": round(found.p_value, 4) if found else None,
        "test": found.test if found else None,
        "verdict": verdict.value,
        "verdict_text": verdict.text,
    }


def _shares_by(body: dict) -> dict[tuple, dict]:
    """Every share one period's body publishes, by what it is: (kind, key, ...) -> share."""
    shares: dict[tuple, dict] = {}
    for question in body["questions"]:
        for option in question["options"]:
            shares["q", question["key"], option["value"]] = _share(option["count"], question["answered"])
    if body["places"]:
        for place in body["places"]["places"]:
            shares["place", place["value"]] = _share(place["count"], body["places"]["total"])
    if body["themes"]:
        for theme in body["themes"]["themes"]:
            shares["theme", theme["theme"]] = _share(theme["count"], body["themes"]["total"])
    return shares


def bodies_compared(earlier: dict, later: dict, *, periods: tuple[Period, Period]) -> dict:
    """The comparison of two periods, from the two bodies the API publishes for them and nothing else."""
    first, second = _shares_by(earlier), _shares_by(later)

    def change(*key) -> dict:
        return _change(first.get(key), second.get(key))

    questions: dict[str, dict] = {}
    for body in (earlier, later):
        for question in body["questions"]:
            found = questions.setdefault(
                question["key"], {"key": question["key"], "text": question["text"], "options": {}}
            )
            for option in question["options"]:
                found["options"][option["value"]] = option["label"]
    places: dict[str, str] = {}
    themes: dict[str, None] = {}
    for body in (earlier, later):
        if body["places"]:
            places.update({place["value"]: place["label"] for place in body["places"]["places"]})
        if body["themes"]:
            themes.update(dict.fromkeys(theme["theme"] for theme in body["themes"]["themes"]))
    return {
        "earlier": _period(earlier, periods[0]),
        "later": _period(later, periods[1]),
        "note": COMPARISON_NOTE,
        "questions": [
            {
                "key": question["key"],
                "text": question["text"],
                "options": [
                    {"value": value, "label": label, **change("q", question["key"], value)}
                    for value, label in question["options"].items()
                ],
            }
            for question in questions.values()
        ],
        "places": [{"value": v, "label": label, **change("place", v)} for v, label in places.items()],
        "themes": [{"theme": theme, **change("theme", theme)} for theme in themes],
    }


def _period(body: dict, period: Period) -> dict:
    banded = period.banded()
    return {
        "date_from": banded.date_from.isoformat(),
        "date_to": banded.date_to.isoformat(),
        "responses": body["responses"],
        "message": body["message"],
    }


class ConsultationAggregatesView(APIView):
    """A consultation's figures: counts per question and choice, places and themes, each protected by
    disclosure control, filtered like the dashboard (dates answered, channel). Audited as an export."""

    permission_classes = [api_roles(*ANALYSTS_AND_LEADERS, scopes=[Scope.READ_AGGREGATES])]

    @extend_schema(
        operation_id="consultations_aggregates",
        parameters=[
            OpenApiParameter("date_from", str, description="YYYY-MM-DD: answered on or after."),
            OpenApiParameter("date_to", str, description="YYYY-MM-DD: answered on or before."),
            OpenApiParameter(
                "channel", str, enum=Consultation.Channel.values, description="How young people took part."
            ),
            OpenApiParameter(
                "compare_from",
                str,
                description="YYYY-MM-DD: compare with a period starting on this day (needs compare_to, "
                "date_from and date_to; whole months, sharing none with the other period).",
            ),
            OpenApiParameter(
                "compare_to", str, description="YYYY-MM-DD: the period to compare with ends on this day."
            ),
        ],
        responses={200: AggregatesSerializer, **error_responses(400, 401, 403, 404)},
    )
    def get(self, request, slug: str):
        consultation = get_object_or_404(
            Consultation.objects.filter(partnership=request.partnership, audience=Audience.YOUNG_PEOPLE)
            .exclude(status=Consultation.Status.DRAFT)
            .select_related("partnership"),
            slug=slug,
        )
        # ?format= picks the renderer (DRF's own): not a filter.
        query = {name: value for name, value in request.query_params.items() if name != "format"}
        params = AggregateFiltersSerializer(data=query)
        params.is_valid(raise_exception=True)
        dates = dict(params.validated_data)
        compare_from, compare_to = dates.pop("compare_from", None), dates.pop("compare_to", None)
        filters = DashboardFilters(consultation=consultation, **dates)
        body = consultation_aggregates(consultation=consultation, filters=filters)
        if compare_from:
            other = replace(filters, date_from=compare_from, date_to=compare_to)
            other_body = consultation_aggregates(consultation=consultation, filters=other)
            pairs = sorted(
                [
                    (Period(filters.date_from, filters.date_to), body),
                    (Period(compare_from, compare_to), other_body),
                ],
                key=lambda pair: pair[0].date_from,
            )
            body["comparison"] = bodies_compared(pairs[0][1], pairs[1][1], periods=(pairs[0][0], pairs[1][0]))
        client = api_client_of(request)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.EXPORT,
            target=("insights.aggregates", consultation.slug),
            partnership=request.partnership,
            detail={
                "format": "json",
                "via": "api",
                "api_client": client.pk if client else None,
                "filters": filters.as_dict(),
                "compared_with": {"date_from": compare_from, "date_to": compare_to} if compare_from else None,
            },
        )
        return Response(body)
