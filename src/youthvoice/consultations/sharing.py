"""The share kit: a consultation's full link, one link per way of reaching young people, QR codes, a poster.

A channel link carries a signed code (``/c/<slug>/via/<code>/``), so an answer that came through a school's
newsletter is counted as "school", not "online". The code is signed for that one consultation: it cannot be
edited into another channel or reused on another consultation. A code that does not check out is never an
error for the young person: they can still take part, and their answers count as "online".
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno
from django.conf import settings
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.core.pdf import html_to_pdf

# The ways staff pass a link on, in the order the share kit lists them.
SHARE_CHANNELS: tuple[Consultation.Channel, ...] = (
    Consultation.Channel.SCHOOL,
    Consultation.Channel.YOUTH_WORKER,
    Consultation.Channel.VCS,
    Consultation.Channel.SOCIAL_MEDIA,
    Consultation.Channel.PAPER,
)
# Where the channel a young person arrived by waits until they send their answers: {slug: channel}.
SESSION_KEY = "yv_arrived_via"
QR_FORMATS = ("png", "svg")


class ChannelCodeInvalid(ValueError):
    """A channel code that was edited, cut short or made for another consultation."""


class ShareKitUnavailable(ValueError):
    """The consultation cannot be shared with young people (a draft, or for professionals)."""


@dataclass(frozen=True)
class ShareLink:
    channel: str  # "" for the plain link
    label: str
    url: str


def _signer(consultation: Consultation) -> signing.Signer:
    # The consultation's public id in the salt binds a code to that consultation alone.
    return signing.Signer(salt=f"youthvoice.share-channel.{consultation.public_id}")


def channel_code(*, consultation: Consultation, channel: str) -> str:
    if channel not in SHARE_CHANNELS:
        raise ValueError(f"Not a channel the share kit offers: {channel!r}")
    return _signer(consultation).sign(channel)


def channel_from_code(*, consultation: Consultation, code: str) -> str:
    """The channel ``code`` was made for; ChannelCodeInvalid if it was tampered with or is not for here."""
    if not code or len(code) > 120:
        raise ChannelCodeInvalid(code[:120])
    try:
        channel = _signer(consultation).unsign(code)
    except signing.BadSignature as error:
        raise ChannelCodeInvalid(code) from error
    if channel not in SHARE_CHANNELS:  # a channel the share kit no longer offers
        raise ChannelCodeInvalid(code)
    return channel


def public_base_url(*, request) -> str:
    """The site's public address: YOUTHVOICE_PUBLIC_URL, else the address this request came to."""
    return settings.YOUTHVOICE_PUBLIC_URL or request.build_absolute_uri("/").rstrip("/")


def consultation_public_url(*, consultation: Consultation, base_url: str) -> str:
    return base_url + reverse("journey:start", args=[consultation.slug])


def share_links(*, consultation: Consultation, base_url: str) -> list[ShareLink]:
    """The plain link first, then one per channel the share kit offers."""
    if consultation.audience != Audience.YOUNG_PEOPLE:
        raise ShareKitUnavailable("Only consultations for young people have a share kit.")
    if consultation.status != Consultation.Status.OPEN:
        raise ShareKitUnavailable("Only an open consultation can be shared.")
    plain_url = consultation_public_url(consultation=consultation, base_url=base_url)
    links = [ShareLink("", "The link for anyone", plain_url)]
    for channel in SHARE_CHANNELS:
        path = reverse(
            "share:arrive", args=[consultation.slug, channel_code(consultation=consultation, channel=channel)]
        )
        links.append(ShareLink(str(channel), Consultation.Channel(channel).label, base_url + path))
    return links


def share_link_for(*, consultation: Consultation, base_url: str, channel: str) -> ShareLink:
    """One link of the kit; ValueError for a channel the kit does not offer."""
    for link in share_links(consultation=consultation, base_url=base_url):
        if link.channel == channel:
            return link
    raise ValueError(f"Not a channel the share kit offers: {channel!r}")


def qr_code(*, url: str, kind: str) -> bytes:
    """A QR code for ``url`` as PNG or SVG, big enough to scan from a printed page."""
    if kind not in QR_FORMATS:
        raise ValueError(f"QR codes come as {', '.join(QR_FORMATS)}, not {kind!r}")
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind=kind, scale=10, border=4)
    return out.getvalue()


def qr_svg_inline(*, url: str, title: str) -> str:
    return segno.make(url, error="m", micro=False).svg_inline(scale=6, border=4, title=title)


def arrived_via_remember(session, *, consultation: Consultation, channel: str) -> None:
    session.setdefault(SESSION_KEY, {})[consultation.slug] = channel
    session.modified = True


def arrived_via(session, *, consultation: Consultation) -> str:
    """The channel this young person's link recorded for ``consultation``; "online" if none."""
    channel = session.get(SESSION_KEY, {}).get(consultation.slug, "")
    return channel if channel in SHARE_CHANNELS else Consultation.Channel.ONLINE


def poster_pdf(*, consultation: Consultation, link: ShareLink) -> bytes:
    """An A4 poster: what we ask and why, the promise and the feedback date, the link and its QR code."""
    html = render_to_string(
        "consultations/poster_pdf.html",
        {
            "consultation": consultation,
            "partnership": consultation.partnership,
            "link": link,
            "qr_svg": qr_svg_inline(url=link.url, title="QR code: scan it to take part"),
        },
    )
    return html_to_pdf(html=html)
