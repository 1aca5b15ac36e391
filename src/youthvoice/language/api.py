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


class CheckRequestSerializer(serializers.Serializer):
    text = TextField(
        max_length=MAX_TEXT_CHARACTERS,
        trim_whitespace=False,
        error_messages={
            "max_length": f"The text must be {MAX_TEXT_CHARACTERS:,} characters or fewer.",
            "invalid": "The text must be a string.",
        },
    )


class CheckView(APIView):
    """POST {"text": ...}: the language findings, the reading age and whether it may be published.
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
        return Response(publication_check(serializer.validated_data["text"]).as_dict())
