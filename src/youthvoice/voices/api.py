"""The API for relayed voices: an agency's system sends what young people shared with its practitioners
(de-identified before it is saved, exactly as on the page), lists and reads what its agency sent, and
corrects it. Sending is idempotent with an ``Idempotency-Key`` header (``voices.pushes``).

Serializers only check the shape of what was sent; ``voices.services`` and ``voices.pushes`` decide
everything else and raise ``ResponseError``, which becomes a 400 naming the field.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response as ApiResponse

from youthvoice.consultations.models import Consultation
from youthvoice.core.access import PRACTITIONERS_AND_LEADERS, Scope, api_roles
from youthvoice.core.api import StrictSerializer, TextField, error_responses
from youthvoice.core.api_auth import api_client_of
from youthvoice.partnership.models import Locality
from youthvoice.voices.demographics import DEMOGRAPHIC_FIELDS, PREFER_NOT_TO_SAY
from youthvoice.voices.models import Answer, PlaceType, Response
from youthvoice.voices.pushes import (
    IdempotencyKeyInvalid,
    IdempotencyKeyReused,
    PushedVoiceGone,
    push_for_key,
    relayed_voice_push,
)
from youthvoice.voices.relayers import audit_relayed_view, relayed_voices_of_relayer
from youthvoice.voices.services import (
    MAX_TEXT_LENGTH,
    RELAYED_KINDS_QUESTION_KEY,
    RELAYED_QUESTION_KEY,
    AnswerInput,
    ResponseError,
    SafeguardingAnswer,
    SafeguardingAnswerNeeded,
    relayed_answers_resolve,
    relayed_voice_correct,
)

MAX_ANSWERS = 100
MAX_CHOICES = 50


# --- What is sent -------------------------------------------------------------------------------------


class AnswerInSerializer(StrictSerializer):
    values = serializers.ListField(
        child=TextField(max_length=200),
        max_length=MAX_CHOICES,
        required=False,
        default=list,
        help_text="For a choice or scale question: the values of the chosen choices.",
    )
    text = TextField(
        max_length=MAX_TEXT_LENGTH,
        required=False,
        default="",
        allow_blank=True,
        trim_whitespace=False,
        help_text="For a free-text, definition or place question: the words. Names, contact details, "
        "schools, addresses and handles are removed before anything is saved.",
    )


class AnswersField(serializers.DictField):
    def to_internal_value(self, data):
        if isinstance(data, dict) and len(data) > MAX_ANSWERS:
            raise serializers.ValidationError(f"Send at most {MAX_ANSWERS} answers.")
        if isinstance(data, dict) and any(len(str(key)) > 80 for key in data):
            raise serializers.ValidationError("Question keys are at most 80 characters.")
        return super().to_internal_value(data)


class AboutYouSerializer(StrictSerializer):
    age_band = serializers.ChoiceField(choices=DEMOGRAPHIC_FIELDS["age_band"].choices, required=False)
    gender = serializers.ChoiceField(choices=DEMOGRAPHIC_FIELDS["gender"].choices, required=False)
    ethnic_group = serializers.ChoiceField(choices=DEMOGRAPHIC_FIELDS["ethnic_group"].choices, required=False)
    send = serializers.ChoiceField(choices=DEMOGRAPHIC_FIELDS["send"].choices, required=False)
    care_experienced = serializers.ChoiceField(
        choices=DEMOGRAPHIC_FIELDS["care_experienced"].choices, required=False
    )
    locality = TextField(
        max_length=200,
        required=False,
        help_text=f"The name of one of the partnership's areas, or '{PREFER_NOT_TO_SAY}'.",
    )

    def validate_locality(self, value: str) -> str:
        """The service takes an area's id: agencies' systems know its name."""
        if value == PREFER_NOT_TO_SAY:
            return value
        partnership = self.context["partnership"]
        found = Locality.objects.filter(partnership=partnership, name__iexact=value.strip()).first()
        if found is None:
            names = ", ".join(Locality.objects.filter(partnership=partnership).values_list("name", flat=True))
            raise serializers.ValidationError(
                f"That is not one of the partnership's areas ({names or 'none set up yet'}), "
                f"nor '{PREFER_NOT_TO_SAY}'."
            )
        return str(found.pk)


class SafeguardingSerializer(StrictSerializer):
    at_risk_now = serializers.BooleanField(
        required=False, default=False, help_text="What they shared shows a child may be at risk of harm now."
    )
    referral_made = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Needed when a child is at risk now (marked, or suggested by the words).",
    )
    no_referral_reason = TextField(max_length=2000, required=False, default="", allow_blank=True)

    def answer(self) -> SafeguardingAnswer:
        return SafeguardingAnswer(**self.validated_data)


class RelayedVoiceInSerializer(StrictSerializer):
    consultation = serializers.SlugField(
        max_length=80,
        required=False,
        allow_null=True,
        default=None,
        help_text="The slug of the consultation it is for (GET /api/v1/consultations/), if any.",
    )
    channel = serializers.ChoiceField(
        choices=[Consultation.Channel.RELAYED],
        required=False,
        default=Consultation.Channel.RELAYED,
        help_text="How the young person's words came: always 'relayed' (by a trusted professional).",
    )
    consent_basis = serializers.ChoiceField(choices=Response.ConsentBasis.choices)
    shared_on = serializers.DateField(
        input_formats=["%Y-%m-%d"],
        help_text="The date they shared it (YYYY-MM-DD: a date, never a time).",
    )
    answers = AnswersField(
        child=AnswerInSerializer(),
        allow_empty=False,
        help_text=f"Answers by question key: '{RELAYED_QUESTION_KEY}' (what the young person shared), "
        f"'{RELAYED_KINDS_QUESTION_KEY}' (kinds of exploitation they talked about) and any question of the "
        "consultation.",
    )
    about_you = AboutYouSerializer(required=False, help_text="Optional, coarse facts about the young person.")
    place_type = serializers.ChoiceField(
        choices=PlaceType.choices,
        required=False,
        default="",
        help_text="Optional: the kind of place where they told you (never its name).",
    )
    safeguarding = SafeguardingSerializer(required=False)

    def validate_consultation(self, slug: str | None) -> Consultation | None:
        if slug is None:
            return None
        found = (
            Consultation.objects.filter(partnership=self.context["partnership"], slug=slug)
            .exclude(status=Consultation.Status.DRAFT)
            .first()
        )
        if found is None:
            raise serializers.ValidationError("Your partnership has no consultation with this slug.")
        return found


class RelayedVoicePatchSerializer(StrictSerializer):
    consent_basis = serializers.ChoiceField(choices=Response.ConsentBasis.choices, required=False)
    shared_on = serializers.DateField(input_formats=["%Y-%m-%d"], required=False)
    answers = AnswersField(
        child=AnswerInSerializer(),
        required=False,
        allow_empty=False,
        help_text="Replace the answers to these questions; an empty answer ({}) removes it.",
    )
    safeguarding = SafeguardingSerializer(required=False)

    def validate(self, attrs):
        if not attrs:
            raise serializers.ValidationError("Send at least one field to correct.")
        return attrs


# --- What comes back ----------------------------------------------------------------------------------


class AnswerOutSerializer(serializers.Serializer):
    values = serializers.ListField(child=serializers.CharField())
    text = serializers.CharField(help_text="De-identified.")


class SafeguardingOutSerializer(serializers.Serializer):
    at_risk_now = serializers.BooleanField()
    referral_made = serializers.BooleanField(allow_null=True)
    no_referral_reason = serializers.CharField(help_text="De-identified.")


class RelayedVoiceOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reference_code = serializers.CharField(help_text="Quote it to ask for the voice to be erased.")
    consultation = serializers.CharField(allow_null=True, help_text="The consultation's slug.")
    channel = serializers.CharField()
    consent_basis = serializers.CharField()
    shared_on = serializers.DateField()
    answers = serializers.DictField(child=AnswerOutSerializer(), help_text="By question key.")
    about_you = serializers.DictField(child=serializers.CharField())
    place_type = serializers.CharField(allow_blank=True)
    safeguarding = SafeguardingOutSerializer()

    def to_representation(self, response: Response):
        about = {name: getattr(response, name) for name in DEMOGRAPHIC_FIELDS if getattr(response, name)}
        if response.locality_not_said:
            about["locality"] = PREFER_NOT_TO_SAY
        elif response.locality_id:
            about["locality"] = response.locality.name
        return {
            "id": response.pk,
            "reference_code": response.reference_code,
            "consultation": response.consultation.slug if response.consultation_id else None,
            "channel": response.channel,
            "consent_basis": response.consent_basis,
            "shared_on": response.submitted_on.isoformat(),
            "answers": {
                answer.question.key: {"values": list(answer.values), "text": answer.text}
                for answer in response.answers.all()
            },
            "about_you": about,
            "place_type": response.place_type,
            "safeguarding": {
                "at_risk_now": response.at_risk_now,
                "referral_made": response.referral_made,
                "no_referral_reason": response.no_referral_reason,
            },
        }


# --- Endpoints ----------------------------------------------------------------------------------------


class RelayedVoicePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


def _problem(error: ResponseError, *, data: dict | None = None) -> exceptions.ValidationError:
    if isinstance(error, SafeguardingAnswerNeeded):
        safeguarding = (data or {}).get("safeguarding")
        field = (
            "safeguarding.referral_made"
            if safeguarding is None or safeguarding.get("referral_made") is None
            else "safeguarding.no_referral_reason"
        )
        return exceptions.ValidationError({field: [str(error)]})
    return exceptions.ValidationError({error.field or "request": [str(error)]})


class Gone(exceptions.APIException):
    status_code = status.HTTP_410_GONE
    default_detail = "Gone."


class Unprocessable(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "Unprocessable."


def _audit_view(request, *, target, reason: str, detail: dict) -> None:
    client = api_client_of(request)
    audit_relayed_view(
        request,
        target=target,
        reason=reason,
        detail={**detail, "via": "api", "api_client": client.pk if client else None},
    )


class RelayedVoiceMixin:
    permission_classes = [api_roles(*PRACTITIONERS_AND_LEADERS, scopes=[Scope.PUSH_VOICES])]

    def get_queryset(self):
        return (
            relayed_voices_of_relayer(user=self.request.user)
            .filter(partnership=self.request.partnership)
            .select_related("consultation", "locality")
            .prefetch_related(Prefetch("answers", queryset=Answer.objects.select_related("question")))
            .order_by("-submitted_on", "-pk")
        )


IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    pattern=r"^[\x21-\x7e]{1,255}$",
    description="New for each voice (a UUID is best); send the same again when you retry. A retry returns "
    "the first result; the same key with a different body is refused (422).",
)


class RelayedVoiceListView(RelayedVoiceMixin, GenericAPIView):
    """Relayed voices: send one (POST), or list what your agency sent (GET, newest first)."""

    pagination_class = RelayedVoicePagination
    serializer_class = RelayedVoiceOutSerializer

    @extend_schema(
        operation_id="relayed_voices_list",
        description="What your agency's systems sent, newest first. Each listing is audited.",
        responses={200: RelayedVoiceOutSerializer(many=True), **error_responses(401, 403, 404)},
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        _audit_view(
            request,
            target=("voices.response", None),
            reason="Listed relayed voices through the API",
            detail={"ids": [response.pk for response in page]},
        )
        return self.get_paginated_response(RelayedVoiceOutSerializer(page, many=True).data)

    @extend_schema(
        operation_id="relayed_voices_send",
        description="Send what a young person shared with a practitioner. Free text is de-identified before "
        "it is saved. Send a new Idempotency-Key for each voice and the same one when you retry.",
        parameters=[IDEMPOTENCY_HEADER],
        request=RelayedVoiceInSerializer,
        responses={
            201: RelayedVoiceOutSerializer,
            **error_responses(400, 401, 403, 410, 422),
        },
        examples=[
            OpenApiExample(
                "A voice for a consultation",
                request_only=True,
                value={
                    "consultation": "feeling-safe-in-brackenford",
                    "channel": "relayed",
                    "consent_basis": "young_person_agreed",
                    "shared_on": "2025-03-27",
                    "answers": {RELAYED_QUESTION_KEY: {"text": "They said the park feels unsafe at night."}},
                    "about_you": {"age_band": "14-15"},
                },
            )
        ],
    )
    def post(self, request):
        data = request.data
        key = request.headers.get("Idempotency-Key", "")
        try:
            # A retry is answered with the first result before anything else is checked again.
            earlier = push_for_key(sender=request.user, idempotency_key=key, body=data)
            if earlier is not None:
                return self._sent(earlier, created=False)
            serializer = RelayedVoiceInSerializer(data=data, context={"partnership": request.partnership})
            serializer.is_valid(raise_exception=True)
            fields = serializer.validated_data
            safeguarding = fields.get("safeguarding")
            response, created = relayed_voice_push(
                relayed_by=request.user,
                partnership=request.partnership,
                idempotency_key=key,
                body=data,
                consultation=fields["consultation"],
                answers={key: AnswerInput(**answer) for key, answer in fields["answers"].items()},
                shared_on=fields["shared_on"],
                consent_basis=fields["consent_basis"],
                about_you=fields.get("about_you"),
                place_type=fields.get("place_type", ""),
                safeguarding=SafeguardingAnswer(**safeguarding) if safeguarding is not None else None,
            )
        except IdempotencyKeyReused as error:
            raise Unprocessable(str(error)) from None
        except PushedVoiceGone as error:
            raise Gone(str(error)) from None
        except IdempotencyKeyInvalid as error:
            raise _problem(error) from None
        except ResponseError as error:
            raise _problem(error, data=data if isinstance(data, dict) else None) from None
        return self._sent(response, created=created)

    def _sent(self, response: Response, *, created: bool) -> ApiResponse:
        body = RelayedVoiceOutSerializer(self.get_queryset().get(pk=response.pk)).data
        reply = ApiResponse(body, status=status.HTTP_201_CREATED)
        reply["Idempotent-Replayed"] = "false" if created else "true"
        return reply


class RelayedVoiceDetailView(RelayedVoiceMixin, GenericAPIView):
    """One relayed voice your agency sent: read it (GET) or correct it (PATCH), as the page allows."""

    serializer_class = RelayedVoiceOutSerializer

    def _voice(self, pk: int) -> Response:
        return get_object_or_404(self.get_queryset(), pk=pk)

    @extend_schema(
        operation_id="relayed_voices_read",
        description="One voice your agency's systems sent. Audited.",
        responses={200: RelayedVoiceOutSerializer, **error_responses(401, 403, 404)},
    )
    def get(self, request, pk: int):
        voice = self._voice(pk)
        _audit_view(request, target=voice, reason="Read a relayed voice through the API", detail={})
        return ApiResponse(RelayedVoiceOutSerializer(voice).data)

    @extend_schema(
        operation_id="relayed_voices_correct",
        description="Correct a voice your agency's systems sent: only the fields given change; corrected "
        "words are de-identified again; an empty answer ({}) removes it. Audited.",
        request=RelayedVoicePatchSerializer,
        responses={200: RelayedVoiceOutSerializer, **error_responses(400, 401, 403, 404)},
    )
    def patch(self, request, pk: int):
        voice = self._voice(pk)
        data = request.data
        serializer = RelayedVoicePatchSerializer(data=data, context={"partnership": request.partnership})
        serializer.is_valid(raise_exception=True)
        fields = serializer.validated_data
        safeguarding = fields.get("safeguarding")
        answers = fields.get("answers")
        try:
            with transaction.atomic():
                resolved = None
                if answers is not None:
                    resolved = relayed_answers_resolve(
                        partnership=request.partnership,
                        consultation=voice.consultation,
                        answers={key: AnswerInput(**answer) for key, answer in answers.items()},
                    )
                relayed_voice_correct(
                    response=voice,
                    relayed_by=request.user,
                    shared_on=fields.get("shared_on"),
                    consent_basis=fields.get("consent_basis"),
                    answers=resolved,
                    safeguarding=SafeguardingAnswer(**safeguarding) if safeguarding is not None else None,
                )
        except ResponseError as error:
            raise _problem(error, data=data if isinstance(data, dict) else None) from None
        voice = self._voice(pk)
        _audit_view(
            request,
            target=voice,
            reason="Corrected a relayed voice through the API",
            detail={"corrected": sorted(fields), "on": timezone.localdate()},
        )
        return ApiResponse(RelayedVoiceOutSerializer(voice).data)
