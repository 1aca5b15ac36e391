"""Demo: a published "You said, we did" for the closed demo consultation, and one left overdue."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from youthvoice.consultations.models import Audience, Consultation, ConsultationQuestion, Question
from youthvoice.deidentify.engine import deidentified
from youthvoice.feedback.models import FeedbackStatus, YouSaidWeDid, YouSaidWeDidRevision
from youthvoice.feedback.services import you_said_we_did_create
from youthvoice.insights.models import Theme
from youthvoice.mandate.models import Action

OVERDUE_SLUG = "staying-safe-online"


def _published_update(consultation, *, user, today):
    update, _ = YouSaidWeDid.objects.get_or_create(
        consultation=consultation,
        theme=None,
        defaults={"partnership": consultation.partnership, "created_by": user},
    )
    actions = list(Action.objects.filter(partnership=consultation.partnership).order_by("due_on")[:1])
    update.actions.set(actions)
    if not update.revisions.exists():
        YouSaidWeDidRevision.objects.create(
            update=update,
            number=1,
            you_said=deidentified(
                "You told us it is hard to know where to go for help. Many of you did not know "
                "which services exist. Some of you said adults did not listen the first time."
            ),
            we_did="Every school in Brackenford now has a poster and a card with the places you can go "
            "for help. Youth workers will visit each school this term. Staff in every service have been "
            "told to listen first and to believe you.",
            status=FeedbackStatus.ACTING,
            action_titles=[action.title for action in actions],
            edited_by=user,
            published_on=consultation.feedback_due_on - datetime.timedelta(days=3),
            published_by=user,
            reading_age=9.0,
        )
    if update.first_published_on is None:
        update.first_published_on = consultation.feedback_due_on - datetime.timedelta(days=3)
        update.save(update_fields=["first_published_on"])
    return update


def _panel_cited_update(consultation, *, panel, user):
    """An update on a theme, citing the young people's panel that ranked it first."""
    themes = Theme.objects.filter(codebook__partnership=consultation.partnership)
    theme = themes.filter(name="Trusted adults").first()
    if theme is None or panel is None:
        return
    update, _ = YouSaidWeDid.objects.get_or_create(
        consultation=consultation,
        theme=theme,
        defaults={"partnership": consultation.partnership, "created_by": user},
    )
    if not update.revisions.exists():
        published_on = consultation.feedback_due_on - datetime.timedelta(days=2)
        YouSaidWeDidRevision.objects.create(
            update=update,
            number=1,
            you_said=deidentified(
                "You told us you need an adult you can tell anything, who will not judge you or tell "
                "everyone. You said this matters more than anything else."
            ),
            we_did="Every youth club now has a named adult you can talk to in private. They will tell you "
            "first if they need to share anything, and why.",
            status=FeedbackStatus.DONE,
            panel=panel,
            edited_by=user,
            published_on=published_on,
            published_by=user,
            reading_age=9.0,
        )
        update.first_published_on = published_on
        update.save(update_fields=["first_published_on"])


def _theme_update(consultation, *, user) -> None:
    """An update for one theme of the open consultation that cites the themes it answers and, as published,
    how many voices (insights.dashboard.quotes.voices_answered); its staff page opens each theme's quotes."""
    themes = {t.name: t for t in Theme.objects.filter(codebook__partnership=consultation.partnership)}
    theme, other = themes.get("Feeling unsafe in public places"), themes.get("Trusted adults")
    if theme is None or YouSaidWeDid.objects.filter(consultation=consultation, theme=theme).exists():
        return
    you_said_we_did_create(
        consultation=consultation,
        theme=theme,
        themes_answered=[other] if other else [],
        user=user,
        you_said="You told us parks, bus stops and the town centre feel unsafe after dark, and that you "
        "want adults who listen.",
        we_did="Youth workers now walk the town centre and the bus station on Friday and Saturday nights. "
        "The council will fix the lights in two parks by the summer.",
        status=FeedbackStatus.ACTING,
        publish=True,
    )


def build(*, context: dict) -> list[str]:
    partnership = context["partnership"]
    today = timezone.localdate()
    leader = get_user_model().objects.filter(username="leader").first()
    closed = Consultation.objects.filter(slug="getting-help-when-you-need-it").first()
    if closed is not None:
        _published_update(closed, user=leader, today=today)
        _panel_cited_update(closed, panel=context.get("youth_panel"), user=leader)
    opened = Consultation.objects.filter(slug="feeling-safe-in-brackenford").first()
    if opened is not None:
        _theme_update(opened, user=leader)
    overdue, _ = Consultation.objects.update_or_create(
        slug=OVERDUE_SLUG,
        defaults={
            "partnership": partnership,
            "title": "Staying safe online",
            "purpose": Consultation.Purpose.LANGUAGE_AND_HARM,
            "purpose_detail": "We asked young people what makes them feel unsafe online.",
            "audience": Audience.YOUNG_PEOPLE,
            "channels": ["online", "school"],
            "opens_on": today - datetime.timedelta(days=120),
            "closes_on": today - datetime.timedelta(days=60),
            "promise": "We will tell you what the partnership will change about online safety.",
            "feedback_due_on": today - datetime.timedelta(days=5),
            "status": Consultation.Status.CLOSED,
        },
    )
    if not overdue.items.exists():
        question = Question.objects.filter(partnership=partnership, audience=Audience.YOUNG_PEOPLE).first()
        if question is not None:
            ConsultationQuestion.objects.create(consultation=overdue, question=question, order=1)
    return [
        "You said, we did: /you-said-we-did/ (young people), /staff/leaders/ (overdue feedback and actions)"
    ]
