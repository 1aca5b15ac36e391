"""Writes for "You said, we did": drafts, revisions, publishing through the language gate, the digest.

Only leaders and admins call these (the views enforce it); every change adds a revision and none is ever
rewritten, except that publishing stamps the revision young people can read from then on.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from youthvoice.audit.services import audit_publication
from youthvoice.consultations.models import Consultation
from youthvoice.deidentify.engine import deidentified
from youthvoice.feedback.models import FeedbackStatus, YouSaidWeDid, YouSaidWeDidRevision
from youthvoice.feedback.practitioners import practitioners_notify
from youthvoice.feedback.selectors import digest_for, revision_latest
from youthvoice.insights.dashboard.quotes import voices_answered
from youthvoice.insights.models import Theme, YoungPeoplesPanel
from youthvoice.insights.panel.services import panel_citation, panels_citable
from youthvoice.language.publishing import publication_gate_pass
from youthvoice.mandate.models import Action
from youthvoice.partnership.models import Membership, Partnership


class FeedbackError(Exception):
    """A change the rules do not allow; the message is fit to show to staff."""


CONTENT_FIELDS = ("you_said", "we_did", "status", "cant_do_reason")


def young_people_texts(revision: YouSaidWeDidRevision) -> dict[str, str]:
    """What young people will read, named as the form names it, for the language gate."""
    update = revision.update
    texts = {"Theme": update.theme.name} if update.theme_id else {}  # the heading young people read
    if revision.themes_cited:
        texts["Themes it answers"] = ", ".join(revision.themes_cited)
    texts |= {"What young people said": revision.you_said, "What we did": revision.we_did}
    if revision.status == FeedbackStatus.CANT_DO:
        texts["Why we can't do this"] = revision.cant_do_reason
    if revision.panel_id:
        texts["Young people's panel"] = panel_citation(panel=revision.panel, theme=update.theme)
    return texts


def _check_panel(update: YouSaidWeDid, panel: YoungPeoplesPanel | None) -> None:
    if panel is None:
        return
    if panel.partnership_id != update.partnership_id:
        raise FeedbackError("Cite one of your partnership's young people's panels.")
    theme = update.theme if update.theme_id else None
    if not panels_citable(partnership=update.partnership, theme=theme).filter(pk=panel.pk).exists():
        if theme is not None and not panel.panel_themes.filter(theme=theme).exists():
            raise FeedbackError("That panel did not rank this theme: cite a panel that did.")
        raise FeedbackError("Cite a panel that has ended and has at least one group's order saved.")


def _clean_content(*, you_said: str, we_did: str, status: str, cant_do_reason: str) -> dict[str, str]:
    content = {
        # Young people's words, often quoted: stored only as the de-identifier leaves them.
        "you_said": deidentified(you_said or ""),
        "we_did": (we_did or "").strip(),
        "status": status,
        "cant_do_reason": (cant_do_reason or "").strip(),
    }
    if not content["you_said"] and not content["we_did"]:
        raise FeedbackError("The update is empty: write what young people said and what we did.")
    if not content["you_said"]:
        raise FeedbackError("Write what young people said.")
    if not content["we_did"]:
        raise FeedbackError("Write what we did, or are doing, about it.")
    if status not in FeedbackStatus.values:
        raise FeedbackError("Choose a status from the list.")
    if status == FeedbackStatus.CANT_DO and not content["cant_do_reason"]:
        raise FeedbackError("Say why we can't do this: young people need to know the reason.")
    if status != FeedbackStatus.CANT_DO:
        content["cant_do_reason"] = ""
    return content


def _check_actions(partnership: Partnership, actions: list[Action]) -> None:
    if any(action.partnership_id != partnership.pk for action in actions):
        raise FeedbackError("Linked actions must be your partnership's own actions.")


def _themes_cited(update: YouSaidWeDid, themes_answered) -> list[Theme]:
    """The update's own theme first, then the others it answers, each once, all the partnership's own."""
    themes = ([update.theme] if update.theme_id else []) + list(themes_answered)
    if any(theme.codebook.partnership_id != update.partnership_id for theme in themes):
        raise FeedbackError("The themes it answers must be your partnership's own themes.")
    return list({theme.pk: theme for theme in themes}.values())


@transaction.atomic
def you_said_we_did_create(
    *,
    consultation: Consultation,
    theme: Theme | None = None,
    user,
    you_said: str,
    we_did: str,
    status: str,
    cant_do_reason: str = "",
    actions: list[Action] = (),
    panel: YoungPeoplesPanel | None = None,
    themes_answered: list[Theme] = (),
    publish: bool = False,
    overrides: dict[str, str] | None = None,
    today: datetime.date | None = None,
) -> YouSaidWeDidRevision:
    """Start the update for a consultation (or one of its themes) with its first revision."""
    if consultation.status == Consultation.Status.DRAFT:
        raise FeedbackError("A draft consultation has no answers yet: open it before writing feedback.")
    if theme is not None and theme.codebook.partnership_id != consultation.partnership_id:
        raise FeedbackError("The theme must be one of your partnership's themes.")
    if YouSaidWeDid.objects.filter(consultation=consultation, theme=theme).exists():
        raise FeedbackError(
            "There is already an update for this theme."
            if theme
            else "This consultation already has an update."
        )
    update = YouSaidWeDid.objects.create(
        partnership=consultation.partnership, consultation=consultation, theme=theme, created_by=user
    )
    return you_said_we_did_revise(
        update=update,
        user=user,
        you_said=you_said,
        we_did=we_did,
        status=status,
        cant_do_reason=cant_do_reason,
        actions=actions,
        panel=panel,
        themes_answered=themes_answered,
        publish=publish,
        overrides=overrides,
        today=today,
    )


@transaction.atomic
def you_said_we_did_revise(
    *,
    update: YouSaidWeDid,
    user,
    you_said: str,
    we_did: str,
    status: str,
    cant_do_reason: str = "",
    actions: list[Action] = (),
    panel: YoungPeoplesPanel | None = None,
    themes_answered: list[Theme] = (),
    publish: bool = False,
    overrides: dict[str, str] | None = None,
    today: datetime.date | None = None,
) -> YouSaidWeDidRevision:
    """Save the words as a new revision (unless nothing changed) and, with ``publish``, publish it.

    A refused publication (PublicationBlocked) saves nothing: the caller shows the words again."""
    content = _clean_content(you_said=you_said, we_did=we_did, status=status, cant_do_reason=cant_do_reason)
    actions = list(actions)
    _check_actions(update.partnership, actions)
    update = YouSaidWeDid.objects.select_for_update().get(pk=update.pk)
    _check_panel(update, panel)
    themes = _themes_cited(update, themes_answered)
    update.actions.set(actions)
    update.themes_answered.set(themes)
    titles = [action.title for action in actions]
    theme_names = [theme.name for theme in themes]
    latest = revision_latest(update=update)
    unchanged = (
        latest is not None
        and latest.action_titles == titles
        and latest.panel_id == (panel.pk if panel else None)
        and latest.themes_cited == theme_names
        and all(getattr(latest, name) == value for name, value in content.items())
    )
    if unchanged:
        revision = latest
        if publish and revision.published_on is not None:
            raise FeedbackError("Nothing has changed since this was published.")
    else:
        revision = YouSaidWeDidRevision.objects.create(
            update=update,
            number=(latest.number + 1) if latest else 1,
            action_titles=titles,
            panel=panel,
            themes_cited=theme_names,
            edited_by=user,
            **content,
        )
    if publish:
        _publish(update=update, revision=revision, user=user, overrides=overrides or {}, today=today)
    return revision


@transaction.atomic
def you_said_we_did_publish(
    *, update: YouSaidWeDid, user, overrides: dict[str, str] | None = None, today: datetime.date | None = None
) -> YouSaidWeDidRevision:
    """Publish the latest revision as it stands."""
    update = YouSaidWeDid.objects.select_for_update().get(pk=update.pk)
    revision = revision_latest(update=update)
    if revision is None:
        raise FeedbackError("The update is empty: write what young people said and what we did.")
    if revision.published_on is not None:
        raise FeedbackError("Nothing has changed since this was published.")
    _publish(update=update, revision=revision, user=user, overrides=overrides or {}, today=today)
    return revision


def _publish(*, update, revision, user, overrides: dict[str, str], today) -> None:
    today = today or timezone.localdate()
    report = publication_gate_pass(
        texts=young_people_texts(revision),
        overrides=overrides,
        subject=revision,
        user=user,
        subject_label=f"You said, we did: {update} (revision {revision.number})",
        partnership=update.partnership,
    )
    # How many voices it answers, published as the dashboard publishes a figure standing on its own.
    voices = voices_answered(consultation=update.consultation, themes=list(update.themes_answered.all()))
    revision.published_on = today
    revision.published_by = user
    revision.reading_age = report.reading_age
    # None of them counted yet (a month not ended, or units too small to publish): no figure is cited.
    counted = voices.value != 0
    revision.voices_cited = voices.value if counted else None
    revision.voices_threshold = voices.threshold if counted else None
    revision.save(
        update_fields=["published_on", "published_by", "reading_age", "voices_cited", "voices_threshold"]
    )
    if update.first_published_on is None:
        update.first_published_on = today
        update.save(update_fields=["first_published_on"])
    practitioners_notify(revision=revision, today=today)
    audit_publication(
        actor=user,
        target=revision,
        what="you said, we did",
        partnership=update.partnership,
        detail={
            "update": update.pk,
            "consultation": update.consultation.title,
            "theme": update.theme.name if update.theme_id else None,
            "themes_answered": revision.themes_cited,
            "voices_answered": revision.voices_cited_text,
            "revision": revision.number,
            "status": revision.status,
            "panel": revision.panel_id,
            "published_on": today,
            "overridden_rules": [rule.rule_id for rule in report.blocked_rules],
            "let_through_rules": [rule.rule_id for rule in report.let_through_rules],
        },
    )


# --- The weekly digest ------------------------------------------------------------------------------------


def digest_send(*, today: datetime.date | None = None, partnership: Partnership | None = None) -> int:
    """Email each partnership's leaders its overdue feedback and actions. Returns how many emails were sent.

    A partnership with nothing overdue sends nothing. Each leader gets their own email (no shared To line)."""
    today = today or timezone.localdate()
    partnerships = [partnership] if partnership else list(Partnership.objects.all())
    messages = []
    for each in partnerships:
        digest = digest_for(partnership=each, today=today)
        if not digest.has_anything:
            continue
        recipients = sorted(
            set(
                Membership.objects.filter(
                    agency__partnership=each, role=Membership.Role.LEADER, user__is_active=True
                )
                .exclude(user__email="")
                .values_list("user__email", flat=True)
            )
        )
        body = render_to_string("feedback/email/digest.txt", {"digest": digest, "partnership": each})
        subject = (
            f"{each.name}: {len(digest.overdue_consultations)} overdue feedback, "
            f"{len(digest.overdue_actions)} overdue actions"
        )
        messages.extend(
            EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[address])
            for address in recipients
        )
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0
