from drf_spectacular.utils import OpenApiTypes, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from youthvoice.language.limits import MAX_TEXT_CHARACTERS
from youthvoice.language.publication import publication_check
from youthvoice.partnership.access import ALL_STAFF_ROLES, api_roles


class TextField(serializers.CharField):
    """Text only: a number or true is a mistake in the caller, not something to turn into words."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


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
    """POST {"text": ...}: the language findings, the reading age and whether it may be published."""

    permission_classes = [api_roles(*sorted(ALL_STAFF_ROLES))]

    @extend_schema(
        request=CheckRequestSerializer, responses=OpenApiTypes.OBJECT, operation_id="language_check"
    )
    def post(self, request):
        serializer = CheckRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(publication_check(serializer.validated_data["text"]).as_dict())
