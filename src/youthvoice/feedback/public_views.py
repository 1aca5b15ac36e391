"""Pages young people read: published updates, "See what changed" with a reference code, the Atom feed.

No account and nothing stored about the reader. Only published revisions are ever shown. A reference code
leads to its consultation's published updates and reveals nothing about the answers it was given for.
"""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from youthvoice.consultations.translation import consultation_shown
from youthvoice.core.access import public_view
from youthvoice.core.young_pages import young_person_page, young_person_render
from youthvoice.feedback.forms import ReferenceCodeForm
from youthvoice.feedback.lateness import loop_status
from youthvoice.feedback.selectors import (
    consultation_with_public_feedback,
    published_by_consultation,
    published_for_consultation,
    published_recent,
)
from youthvoice.feedback.translations import revisions_shown
from youthvoice.voices.ratelimit import rate_limit_hit
from youthvoice.voices.selectors import consultation_for_reference_code

# Reference codes are 8 characters from 27: guessing one is hopeless at this rate, and a young person
# who mistypes theirs a few times is never locked out for long.
LOOKUPS_PER_HOUR = 20


_render = young_person_render


def _consultation_context(consultation) -> dict:
    """A consultation's page in the young person's language: its wording and updates where translated."""
    language = translation.get_language()
    return {
        "consultation": consultation,
        "shown": consultation_shown(consultation=consultation, language=language),
        "loop": loop_status(consultation=consultation),
        "updates": revisions_shown(
            revisions=published_for_consultation(consultation=consultation), language=language
        ),
    }


@public_view
@never_cache
@young_person_page
def public_list(request):
    return _render(
        request,
        "feedback/public/list.html",
        {"published": published_by_consultation(), "form": ReferenceCodeForm()},
    )


@public_view
@never_cache
@young_person_page
def public_consultation(request, slug: str):
    consultation = consultation_with_public_feedback(slug=slug)
    if consultation is None:
        return _render(
            request,
            "feedback/public/not_found.html",
            {"form": ReferenceCodeForm()},
            status=404,
        )
    return _render(request, "feedback/public/consultation.html", _consultation_context(consultation))


@public_view
@never_cache
@young_person_page
def public_lookup(request):
    """See what changed: a reference code from the confirmation page leads to its consultation's updates."""
    if request.method != "POST":
        return _render(request, "feedback/public/lookup.html", {"form": ReferenceCodeForm()})
    form = ReferenceCodeForm(request.POST)
    if not form.is_valid():
        return _render(request, "feedback/public/lookup.html", {"form": form, "has_errors": True}, status=400)
    # Only a well-formed code is a guess worth counting (a malformed post cannot use up anyone's lookups).
    if rate_limit_hit(request=request, action="reference-lookup", limit=LOOKUPS_PER_HOUR):
        response = _render(
            request,
            "feedback/public/lookup.html",
            {
                "form": ReferenceCodeForm(),
                "problem": _("You have tried a lot of codes from this device. Please try again in an hour."),
            },
            status=429,
        )
        response["Retry-After"] = "3600"
        return response
    consultation = consultation_for_reference_code(code=form.cleaned_data["code"])
    if consultation is None or consultation.status == consultation.Status.DRAFT:
        form.add_error(
            "code",
            _("We cannot find that code. Check it against the page you saw after sending your answers."),
        )
        return _render(
            request,
            "feedback/public/lookup.html",
            {"form": form, "has_errors": True, "not_found": True},
            status=404,
        )
    # Shown here rather than by a redirect, so the code never travels in an address.
    return _render(request, "feedback/public/lookup_result.html", _consultation_context(consultation))


class PublishedUpdatesFeed(Feed):
    """Atom feed of published "You said, we did" updates."""

    feed_type = Atom1Feed
    title = "You said, we did"
    subtitle = "What the partnership did with what young people told it."

    def link(self):
        return reverse("feedback:public-list")

    def items(self):
        return published_recent()

    def item_title(self, item):
        update = item.update
        about = f": {update.theme.name}" if update.theme_id else ""
        return f"{update.consultation.title}{about} ({item.get_status_display()})"

    def item_description(self, item):
        return f"You said: {item.you_said}\n\nWe did: {item.we_did}"

    def item_link(self, item):
        return (
            reverse("feedback:public-consultation", args=[item.update.consultation.slug])
            + f"#update-{item.update_id}"
        )

    def item_guid(self, item):
        return f"youthvoice-feedback-{item.update_id}-{item.number}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        # Published dates have no time of day; noon keeps the date the same in every time zone nearby.
        return timezone.make_aware(datetime.combine(item.published_on, time(12)))

    def item_updateddate(self, item):
        return self.item_pubdate(item)


updates_feed = public_view(PublishedUpdatesFeed())
