"""Closing the loop through trusted adults: practitioners hear when an update to take back is published.

"Whose agencies gathered voices" for a consultation: agencies of staff who relayed a young person's voice to
it or ran a facilitated session for it. Their practitioners get a notice on their staff home page and an
email, each with a printable one-page version of the update to take into sessions.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse

from youthvoice.consultations.models import Consultation
from youthvoice.core.pdf import html_to_pdf
from youthvoice.feedback.models import PractitionerNotice, YouSaidWeDidRevision
from youthvoice.partnership.models import Agency, Membership

NOTICES_SHOWN = 10


def agencies_that_gathered_voices(*, consultation: Consultation) -> QuerySet[Agency]:
    gatherers = Q(memberships__user__relayed_voices__consultation=consultation) | Q(
        memberships__user__facilitated_sessions__consultation=consultation
    )
    return Agency.objects.filter(gatherers, partnership=consultation.partnership).distinct()


def practitioners_to_tell(*, consultation: Consultation):
    """Active practitioners of the agencies that gathered voices for ``consultation``."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            memberships__role=Membership.Role.PRACTITIONER,
            memberships__agency__in=agencies_that_gathered_voices(consultation=consultation),
        )
        .distinct()
        .order_by("pk")
    )


def practitioners_notify(*, revision: YouSaidWeDidRevision, today: datetime.date) -> int:
    """Leave a notice for each practitioner to tell and email them once the publishing commits.

    Returns how many notices were made (a revision is told to each person once)."""
    consultation = revision.update.consultation
    users = list(practitioners_to_tell(consultation=consultation))
    already = set(PractitionerNotice.objects.filter(revision=revision).values_list("user_id", flat=True))
    notices = PractitionerNotice.objects.bulk_create(
        PractitionerNotice(user=user, revision=revision, created_on=today)
        for user in users
        if user.pk not in already
    )
    if notices:
        ids = [notice.pk for notice in notices]
        # Emails go after the publishing commits; a mail server that fails never undoes (or errors) the
        # publishing: robust=True logs the failure instead, and the notices stay on the staff home page.
        transaction.on_commit(lambda: notices_email(notice_ids=ids), robust=True)
    return len(notices)


def notices_email(*, notice_ids: list[int]) -> int:
    """One email per notice (no shared To line). Whatever happens to the email, the notice stays on the
    practitioner's staff home page."""
    notices = list(
        PractitionerNotice.objects.filter(pk__in=notice_ids, emailed=False)
        .exclude(user__email="")
        .select_related("user", "revision__update__consultation", "revision__update__theme")
    )
    base_url = settings.YOUTHVOICE_PUBLIC_URL
    messages = []
    for notice in notices:
        update = notice.revision.update
        body = render_to_string(
            "feedback/email/practitioner_notice.txt",
            {
                "notice": notice,
                "update": update,
                "revision": notice.revision,
                "public_url": base_url
                + reverse("feedback:public-consultation", args=[update.consultation.slug]),
                "one_page_url": base_url + reverse("feedback:one-page", args=[update.pk]),
            },
        )
        subject = f"You said, we did: an update on “{update.consultation.title}” to take back to young people"
        messages.append(
            EmailMessage(
                subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[notice.user.email]
            )
        )
    if not messages:
        return 0
    sent = get_connection().send_messages(messages) or 0
    PractitionerNotice.objects.filter(pk__in=[n.pk for n in notices]).update(emailed=True)
    return sent


def notices_for_user(*, user) -> list[PractitionerNotice]:
    return list(
        PractitionerNotice.objects.filter(user=user)
        .select_related("revision__update__consultation", "revision__update__theme")
        .order_by("-created_on", "-pk")[:NOTICES_SHOWN]
    )


def one_page_pdf(*, revision: YouSaidWeDidRevision, public_url: str, lookup_url: str) -> bytes:
    """The published update on one A4 page, in plain words, to print and take into a session."""
    update = revision.update
    lengths = (len(revision.you_said), len(revision.we_did), len(revision.cant_do_reason))
    html = render_to_string(
        "feedback/one_page_pdf.html",
        {
            "update": update,
            "consultation": update.consultation,
            "partnership": update.partnership,
            "revision": revision,
            "public_url": public_url,
            "lookup_url": lookup_url,
            # Long words get smaller type, and past the template's limits are cut, so it stays one page.
            "long": sum(lengths) > 1500,
            "shortened": lengths[0] > 800 or lengths[1] > 800 or lengths[2] > 400,
        },
    )
    return html_to_pdf(html=html)
