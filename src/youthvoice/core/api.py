"""The API's own endpoints: its OpenAPI schema and a check of who a caller is."""

from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from youthvoice.core.api_auth import api_client_of
from youthvoice.partnership.access import ALL_STAFF_ROLES, api_roles


class SchemaView(SpectacularAPIView):
    """The OpenAPI schema, for any authenticated caller (staff or an agency's system), never anonymous."""

    permission_classes = [api_roles(*ALL_STAFF_ROLES)]


class WhoAmISerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["staff", "api_client"])
    partnership = serializers.CharField()
    agency = serializers.CharField(allow_null=True)
    roles = serializers.ListField(child=serializers.CharField())


class WhoAmIView(APIView):
    """Who the API takes the caller to be: lets an agency check its token works."""

    permission_classes = [api_roles(*ALL_STAFF_ROLES)]

    @extend_schema(responses=WhoAmISerializer, operation_id="whoami")
    def get(self, request):
        client = api_client_of(request)
        data = {
            "kind": "api_client" if client else "staff",
            "partnership": request.partnership.slug,
            "agency": client.agency.name if client else None,
            "roles": sorted(request.roles),
        }
        return Response(WhoAmISerializer(data).data)
