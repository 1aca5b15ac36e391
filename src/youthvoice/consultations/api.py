"""The API's consultations: the public facts of those the partnership has run (open, closed or reported
back; never drafts), with their questions, so an agency's system knows what it may send answers to."""

from __future__ import annotations

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from youthvoice.consultations.models import Consultation, ConsultationQuestion
from youthvoice.core.access import ALL_SCOPES, ALL_STAFF_ROLES, api_roles
from youthvoice.core.api import error_responses


class QuestionOutSerializer(serializers.Serializer):
    key = serializers.CharField()
    text = serializers.CharField()
    kind = serializers.CharField()
    choices = serializers.ListField(child=serializers.DictField(child=serializers.CharField()))


class ConsultationOutSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    status = serializers.ChoiceField(choices=Consultation.Status.choices)
    purpose = serializers.ChoiceField(choices=Consultation.Purpose.choices)
    purpose_detail = serializers.CharField()
    audience = serializers.CharField()
    channels = serializers.ListField(child=serializers.CharField())
    opens_on = serializers.DateField()
    closes_on = serializers.DateField()
    promise = serializers.CharField()
    feedback_due_on = serializers.DateField()
    questions = serializers.SerializerMethodField()

    @extend_schema_field(QuestionOutSerializer(many=True))
    def get_questions(self, consultation: Consultation) -> list:
        return QuestionOutSerializer([item.question for item in consultation.items.all()], many=True).data


class ConsultationPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class ConsultationsMixin:
    permission_classes = [api_roles(*ALL_STAFF_ROLES, scopes=ALL_SCOPES)]
    serializer_class = ConsultationOutSerializer

    def get_queryset(self):
        items = ConsultationQuestion.objects.select_related("question").order_by("order")
        return (
            Consultation.objects.filter(partnership=self.request.partnership)
            .exclude(status=Consultation.Status.DRAFT)
            .prefetch_related(Prefetch("items", queryset=items))
            .order_by("-opens_on", "title")
        )


class ConsultationListView(ConsultationsMixin, GenericAPIView):
    """The partnership's consultations (open, closed or reported back), newest first."""

    pagination_class = ConsultationPagination

    @extend_schema(
        operation_id="consultations_list",
        responses={200: ConsultationOutSerializer(many=True), **error_responses(401, 403, 404)},
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(ConsultationOutSerializer(page, many=True).data)


class ConsultationDetailView(ConsultationsMixin, GenericAPIView):
    """One of the partnership's consultations, by its slug."""

    @extend_schema(
        operation_id="consultations_read",
        responses={200: ConsultationOutSerializer, **error_responses(401, 403, 404)},
    )
    def get(self, request, slug: str):
        consultation = get_object_or_404(self.get_queryset(), slug=slug)
        return Response(ConsultationOutSerializer(consultation).data)
