"""The share kit: links per channel that record it, QR codes, posters; tampered codes are safe."""

import re

import pytest

from tests.consultations.factories import ConsultationFactory, open_consultation_with_questions
from tests.consultations.test_journey import walk_to_check
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.models import Audience, Consultation
from youthvoice.consultations.sharing import (
    SHARE_CHANNELS,
    ChannelCodeInvalid,
    channel_code,
    channel_from_code,
    share_links,
)
from youthvoice.voices.models import Response

pytestmark = pytest.mark.django_db

BASE = "https://voice.example.org"


@pytest.fixture
def consultation():
    return open_consultation_with_questions()


def channel_link(client, consultation, channel):
    page = client.get(f"/staff/consultations/{consultation.pk}/share/").content.decode()
    match = re.search(
        rf'href="(http://testserver/c/{consultation.slug}/via/[^"]+)" data-channel="{channel}"', page
    )
    assert match, f"no {channel} link on the share kit"
    return match.group(1).removeprefix("http://testserver")


def send_answers(client, consultation):
    token = walk_to_check(client, consultation)
    response = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert response.status_code == 302
    return Response.objects.get(consultation=consultation)


def test_every_channel_code_round_trips_and_is_bound_to_its_consultation(consultation):
    other = ConsultationFactory(partnership=consultation.partnership)
    for channel in SHARE_CHANNELS:
        code = channel_code(consultation=consultation, channel=channel)
        assert channel_from_code(consultation=consultation, code=code) == channel
        with pytest.raises(ChannelCodeInvalid):
            channel_from_code(consultation=other, code=code)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda code: code.replace("school", "paper", 1),
        lambda code: code[:-3],
        lambda code: "school",
        lambda code: "",
        lambda code: code + "x" * 200,
        lambda code: "online:" + code.split(":", 1)[1],
    ],
)
def test_tampered_channel_codes_are_refused(consultation, tamper):
    code = channel_code(consultation=consultation, channel="school")
    with pytest.raises(ChannelCodeInvalid):
        channel_from_code(consultation=consultation, code=tamper(code))


def test_share_links_are_absolute_one_per_channel_after_the_plain_link(consultation):
    links = share_links(consultation=consultation, base_url=BASE)
    assert links[0].url == f"{BASE}/c/{consultation.slug}/"
    assert [link.channel for link in links[1:]] == [str(c) for c in SHARE_CHANNELS]
    assert all(link.url.startswith(f"{BASE}/c/{consultation.slug}/via/") for link in links[1:])


def test_public_url_setting_is_used_for_links(signed_in, client, consultation, settings):
    settings.YOUTHVOICE_PUBLIC_URL = BASE
    signed_in("practitioner", consultation.partnership)
    page = client.get(f"/staff/consultations/{consultation.pk}/share/").content.decode()
    assert f'href="{BASE}/c/{consultation.slug}/"' in page
    assert "http://testserver/c/" not in page


def test_consultation_page_links_to_the_share_kit_only_when_open(signed_in, client, consultation):
    signed_in("practitioner", consultation.partnership)
    assert "share-kit-link" in client.get(f"/staff/consultations/{consultation.pk}/").content.decode()
    consultation.status = Consultation.Status.DRAFT
    consultation.save()
    assert "share-kit-link" not in client.get(f"/staff/consultations/{consultation.pk}/").content.decode()


@pytest.mark.parametrize(
    "change",
    [
        {"status": Consultation.Status.DRAFT},
        {"status": Consultation.Status.CLOSED},
        {"audience": Audience.PROFESSIONALS},
    ],
)
def test_no_share_kit_for_drafts_closed_or_professionals_consultations(
    signed_in, client, consultation, change
):
    for name, value in change.items():
        setattr(consultation, name, value)
    consultation.save()
    signed_in("practitioner", consultation.partnership)
    response = client.get(f"/staff/consultations/{consultation.pk}/share/")
    assert response.status_code == 409
    assert "no share kit" in response.content.decode()
    assert client.get(f"/staff/consultations/{consultation.pk}/share/school/qr.png").status_code == 404


def test_share_kit_is_for_staff_of_the_partnership_only(client, consultation):
    assert client.get(f"/staff/consultations/{consultation.pk}/share/").status_code == 302  # to sign in
    client.force_login(MembershipFactory(role="leader").user)  # another partnership
    assert client.get(f"/staff/consultations/{consultation.pk}/share/").status_code == 404


@pytest.mark.parametrize("channel", ["anyone", "school", "paper", "social_media"])
def test_qr_codes_come_as_png_and_svg(signed_in, client, consultation, channel):
    signed_in("practitioner", consultation.partnership)
    png = client.get(f"/staff/consultations/{consultation.pk}/share/{channel}/qr.png")
    assert png.status_code == 200 and png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG")
    svg = client.get(f"/staff/consultations/{consultation.pk}/share/{channel}/qr.svg")
    assert svg.status_code == 200 and svg["Content-Type"] == "image/svg+xml"
    assert b"<svg" in svg.content


@pytest.mark.parametrize(
    "path", ["online/qr.png", "school/qr.gif", "nonsense/qr.svg", "school/qr.", "imported/poster.pdf"]
)
def test_unknown_channels_or_formats_are_404_not_500(signed_in, client, consultation, path):
    signed_in("practitioner", consultation.partnership)
    assert client.get(f"/staff/consultations/{consultation.pk}/share/{path}").status_code == 404


def test_poster_is_an_a4_pdf_with_the_promise_and_feedback_date(signed_in, client, consultation):
    signed_in("practitioner", consultation.partnership)
    response = client.get(f"/staff/consultations/{consultation.pk}/share/school/poster.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    import io

    from pypdf import PdfReader  # noqa: PLC0415

    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = " ".join(reader.pages[0].extract_text().split())
    assert consultation.feedback_due_on.strftime("%-d %B %Y") in text
    assert "We will read every answer" in text
    assert "/via/" in text


@pytest.mark.parametrize("channel", ["school", "youth_worker", "vcs", "social_media", "paper"])
def test_an_answer_through_a_channel_link_records_the_channel(signed_in, client, consultation, channel):
    signed_in("practitioner", consultation.partnership)
    link = channel_link(client, consultation, channel)
    client.logout()
    arrival = client.get(link)
    assert arrival.status_code == 302 and arrival["Location"] == f"/c/{consultation.slug}/"
    assert send_answers(client, consultation).channel == channel


def test_an_answer_through_the_plain_link_counts_as_online(client, consultation):
    assert send_answers(client, consultation).channel == "online"


def test_a_tampered_channel_link_explains_and_still_lets_the_young_person_take_part(client, consultation):
    code = channel_code(consultation=consultation, channel="school")
    response = client.get(f"/c/{consultation.slug}/via/{code[:-4]}abcd/")
    assert response.status_code == 400
    page = response.content.decode()
    assert "This link did not work fully" in page
    assert f'href="/c/{consultation.slug}/"' in page
    assert "Exit this page" in page
    assert send_answers(client, consultation).channel == "online"


def test_a_code_for_another_consultation_does_not_carry_over(client, consultation):
    other = ConsultationFactory(partnership=consultation.partnership)
    code = channel_code(consultation=other, channel="paper")
    assert client.get(f"/c/{consultation.slug}/via/{code}/").status_code == 400


def test_a_channel_link_to_an_unknown_consultation_shows_the_not_found_page(client):
    response = client.get("/c/no-such-thing/via/school:abc/", follow=True)
    assert response.status_code == 404
