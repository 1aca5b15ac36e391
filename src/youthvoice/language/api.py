from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from youthvoice.core.access import ALL_SCOPES, ALL_STAFF_ROLES, api_roles
from youthvoice.core.api import TextField
from youthvoice.language.limits import MAX_TEXT_CHARACTERS
from youthvoice.language.publication import publication_check
from youthvoice.language.readability import READING_AGE_TARGET
from youthvoice.language.rules import default_rules
from youthvoice.language.second_opinion import second_opinion_report


class CheckRequestSerializer(serializers.Serializer):
    text = TextField(
        max_length=MAX_TEXT_CHARACTERS,
        trim_whitespace=False,
        error_messages={
            "max_length": f"The text must be {MAX_TEXT_CHARACTERS:,} characters or fewer.",
            "invalid": "The text must be a string.",
        },
    )
    second_opinion = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Also ask the learned second opinion (default: the site's setting). Advice only: it never "
        "changes may_publish.",
        error_messages={"invalid": "second_opinion must be true or false."},
    )


class CheckView(APIView):
    """POST {"text": ...}: the language findings, the reading age and whether it may be published, and apart
    from them the second opinion's sentences to read (``second_opinion``), which never change may_publish.
    Where the second opinion runs, each finding's ``second_opinion`` says how it reads the finding's sentence
    and whether it clears it ("likely fine in context: check before you change it"); null where it did not.
    GET: the rules the checker applies, for systems that want to show them."""

    permission_classes = [api_roles(*sorted(ALL_STAFF_ROLES), scopes=ALL_SCOPES)]

    @extend_schema(responses=OpenApiTypes.OBJECT, operation_id="language_rules")
    def get(self, request):
        rules = default_rules()
        return Response(
            {
                "reading_age_target": READING_AGE_TARGET,
                "categories": rules.categories,
                "rules": [
                    {
                        "id": rule.id,
                        "category": rule.category,
                        "severity": rule.severity,
                        "message": rule.message,
                        "why": rule.why,
                        "suggestions": list(rule.suggestions),
                        "source": rules.sources[rule.source],
                    }
                    for rule in rules.rules
                ],
            }
        )

    @extend_schema(
        request=CheckRequestSerializer, responses=OpenApiTypes.OBJECT, operation_id="language_check"
    )
    def post(self, request):
        serializer = CheckRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        text, asked = serializer.validated_data["text"], serializer.validated_data["second_opinion"]
        report = publication_check(text)
        if asked is None:
            asked = settings.YOUTHVOICE_LANGUAGE_SECOND_OPINION
        second = second_opinion_report(text, report.findings, asked=asked)
        # Each finding gains "second_opinion" (its sentence's reading, "cleared" where it reads as likely
        # fine); may_publish stays the rules' alone, as before.
        findings = [second.finding_as_dict(finding) for finding in report.findings]
        return Response({**report.as_dict(), "findings": findings, "second_opinion": second.as_dict()})
