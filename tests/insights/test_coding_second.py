"""Second coder, blind: a reproducible sample, a page without the first codes, agreement and reconciling."""

import pytest

from tests.insights.factories import CodebookFactory, ThemeFactory, consultation_with_answers, member
from youthvoice.audit.models import AuditEvent
from youthvoice.insights.coding.second_coding import (
    sample_agreement,
    sample_disagreements,
    sample_draw,
    sample_reconcile,
    second_coding_set,
)
from youthvoice.insights.coding.services import CodingError, accepted_theme_ids, coding_answers, coding_set
from youthvoice.insights.models import Coding, SecondCoding, SecondCodingSample

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    consultation, question = consultation_with_answers(
        texts=[f"Answer number {n} about the bus station" for n in range(10)]
    )
    partnership = consultation.partnership
    codebook = CodebookFactory(partnership=partnership)
    themes = [ThemeFactory(codebook=codebook, name=name) for name in ["Zyxparks", "Zyxpolice", "Zyxonline"]]
    lead = member("analyst", partnership)
    second = member("analyst", partnership)
    answers = list(coding_answers(consultation=consultation, question=question))
    for index, answer in enumerate(answers[:8]):  # two left uncoded: not eligible
        coding_set(answer=answer, themes=[themes[index % 2]], user=lead)
    return consultation, question, themes, lead, second, answers


def draw(setup, **kwargs):
    consultation, question, _, lead, second, _ = setup
    return sample_draw(
        consultation=consultation, question=question, drawn_by=lead, second_coder=second, **kwargs
    )


def sampled(sample):
    return sorted(sample.items.values_list("answer_id", flat=True))


def test_the_sample_is_reproducible_from_its_seed_and_only_holds_coded_answers(setup):
    *_, answers = setup
    first = draw(setup, size=4, seed=123)
    again = draw(setup, size=4, seed=123)
    assert first.seed == 123 and sampled(first) == sampled(again)
    assert len(sampled(first)) == 4
    assert set(sampled(first)) <= {answer.pk for answer in answers[:8]}
    by_share = draw(setup, percent=50, seed=7)
    assert len(sampled(by_share)) == 4  # half of the 8 coded answers
    assert draw(setup, size=2).seed is not None


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({}, "either"),
        ({"size": 2, "percent": 10}, "either"),
        ({"size": 0}, "at least one"),
        ({"percent": 101}, "between"),
        ({"size": 9}, "8 or fewer"),
        ({"size": 2, "seed": -1}, "seed"),
    ],
)
def test_bad_sample_requests_are_refused_with_a_clear_message(setup, kwargs, message):
    with pytest.raises(CodingError, match=message):
        draw(setup, **kwargs)
    assert not SecondCodingSample.objects.exists()


def test_the_second_coder_must_be_an_analyst_of_the_partnership(setup):
    consultation, question, _, lead, _, _ = setup
    leader = member("leader", consultation.partnership)
    with pytest.raises(CodingError, match="analyst"):
        sample_draw(consultation=consultation, question=question, drawn_by=lead, second_coder=leader, size=2)


def test_second_codings_are_kept_apart_and_count_nowhere_until_reconciled(setup):
    _, _, (parks, police, online), lead, second, _ = setup
    sample = draw(setup, size=8, seed=1)
    before = set(Coding.objects.values_list("answer_id", "theme_id", "status"))
    for item in sample.items.all():
        second_coding_set(item=item, themes=[online], user=second)
    assert set(Coding.objects.values_list("answer_id", "theme_id", "status")) == before
    with pytest.raises(CodingError, match="second coder"):
        second_coding_set(item=sample.items.first(), themes=[parks], user=lead)


def test_agreement_and_disagreements_follow_the_two_coders(setup):
    _, _, (parks, police, online), lead, second, answers = setup
    sample = draw(setup, size=8, seed=1)
    items = {item.answer_id: item for item in sample.items.all()}
    # The first coder gave parks to answers 0, 2, 4, 6 and police to 1, 3, 5, 7. The second coder agrees on
    # all but answer 0 (police instead of parks).
    for index, answer in enumerate(answers[:8]):
        theme = [parks, police][index % 2] if index else police
        second_coding_set(item=items[answer.pk], themes=[theme], user=second)
    result = sample_agreement(sample=sample)
    by_name = {theme.name: row.table for theme, row in result.themes}
    # Parks: both 3, first only 1, second only 0, neither 4: p_o = 7/8, p_e = (4×3 + 4×5)/64 = 0.5, κ = 0.75.
    assert (by_name["Zyxparks"].both, by_name["Zyxparks"].first_only, by_name["Zyxparks"].neither) == (
        3,
        1,
        4,
    )
    assert by_name["Zyxparks"].kappa == pytest.approx(0.75)
    assert by_name["Zyxonline"].kappa == 1.0 and by_name["Zyxonline"].n == 8
    [disagreement] = sample_disagreements(sample=sample)
    assert disagreement.item.answer_id == answers[0].pk
    assert disagreement.first == {parks.pk} and disagreement.second == {police.pk}


def test_reconciling_makes_the_chosen_themes_the_answers_codings(setup):
    _, _, (parks, police, online), lead, second, answers = setup
    sample = draw(setup, size=8, seed=1)
    item = sample.items.get(answer=answers[0])
    with pytest.raises(CodingError, match="not coded"):
        sample_reconcile(item=item, themes=[parks], note="", user=lead)
    second_coding_set(item=item, themes=[police], user=second)
    sample_reconcile(item=item, themes=[parks, police], note="  Both fit.  ", user=lead)
    assert accepted_theme_ids(answer=answers[0]) == {parks.pk, police.pk}
    item.refresh_from_db()
    assert item.reconciled_by == lead and item.reconcile_note == "Both fit."
    assert sample_disagreements(sample=sample) == []
    # Agreement is measured against the codes as they were when drawn: settling leaves it as it was.
    by_name = {theme.name: row.table for theme, row in sample_agreement(sample=sample).themes}
    assert (by_name["Zyxparks"].first_only, by_name["Zyxpolice"].second_only) == (1, 1)
    with pytest.raises(CodingError, match="already"):
        sample_reconcile(item=item, themes=[parks], note="", user=lead)


# Pages


def test_the_blind_page_holds_none_of_the_first_coders_codes(client, setup):
    _, _, (parks, police, online), lead, second, answers = setup
    sample = draw(setup, size=8, seed=1)
    client.force_login(second)
    for position in range(1, 9):
        response = client.get(f"/staff/insights/coding/samples/{sample.pk}/code/?at={position}")
        assert response.status_code == 200
        html = response.content.decode()
        assert "checked" not in html  # nothing ticked: neither the first coder's themes nor any other
        assert "first coder" not in html.lower().replace("the first coder's themes are not shown", "")
    # Themes are listed (so the coder can choose), but never marked as chosen by anyone else.
    assert "Zyxparks" in html
    item = sample.items.order_by("pk").first()
    response = client.post(
        f"/staff/insights/coding/samples/{sample.pk}/code/?at=1", {"theme": [str(online.pk)]}
    )
    assert response.status_code == 302
    assert set(item.themes.all()) == {online}
    assert AuditEvent.objects.filter(action=AuditEvent.Action.VIEW, actor=second).exists()


def test_only_the_second_coder_opens_the_blind_page_and_they_cannot_reconcile(client, setup):
    _, _, _, lead, second, _ = setup
    sample = draw(setup, size=2, seed=1)
    client.force_login(lead)
    assert client.get(f"/staff/insights/coding/samples/{sample.pk}/code/").status_code == 403
    client.force_login(second)
    assert client.get(f"/staff/insights/coding/samples/{sample.pk}/reconcile/").status_code == 403


def test_bad_input_on_the_pages_is_refused_with_a_clear_message(client, setup):
    consultation, question, _, lead, second, _ = setup
    client.force_login(lead)
    url = f"/staff/insights/coding/{consultation.pk}/{question.pk}/sample/"
    response = client.post(url, {})
    assert response.status_code == 400 and "Choose the analyst" in response.content.decode()
    response = client.post(url, {"second_coder": second.pk, "size": "lots"})
    assert response.status_code == 400 and "whole number" in response.content.decode()
    response = client.post(url, {"second_coder": second.pk, "size": "99"})
    assert response.status_code == 400 and "8 or fewer" in response.content.decode()
    response = client.post(url, {"second_coder": lead.pk, "size": "2"})  # not yourself
    assert response.status_code == 400
    assert not SecondCodingSample.objects.exists()
    response = client.post(url, {"second_coder": second.pk, "percent": "25", "seed": "5"})
    sample = SecondCodingSample.objects.get()
    assert response.status_code == 302 and sample.items.count() == 2 and sample.seed == 5
    client.force_login(second)
    response = client.post(f"/staff/insights/coding/samples/{sample.pk}/code/?at=1", {"theme": ["x"]})
    assert response.status_code == 400 and "Choose themes from the list" in response.content.decode()
    assert not SecondCoding.objects.filter(coded_at__isnull=False).exists()
    assert client.get(f"/staff/insights/coding/samples/{sample.pk}/code/?at=9").status_code == 404


def test_agreement_page_and_reconcile_page_walk_through(client, setup):
    _, _, (parks, police, online), lead, second, answers = setup
    sample = draw(setup, size=8, seed=1)
    items = {item.answer_id: item for item in sample.items.all()}
    for index, answer in enumerate(answers[:8]):
        theme = [parks, police][index % 2] if index else police
        second_coding_set(item=items[answer.pk], themes=[theme], user=second)
    client.force_login(lead)
    page = client.get(f"/staff/insights/coding/samples/{sample.pk}/").content.decode()
    assert "mean kappa" in page and "0.75" in page and "analysts' own counts" in page
    assert "1 waiting to be settled, 0 settled" in page
    reconcile_url = f"/staff/insights/coding/samples/{sample.pk}/reconcile/"
    page = client.get(reconcile_url).content.decode()
    assert answers[0].text in page and answers[1].text not in page
    assert client.post(reconcile_url, {"item": "nope"}).status_code == 400
    assert client.post(reconcile_url, {"item": "999999"}).status_code == 400
    response = client.post(
        reconcile_url, {"item": items[answers[0].pk].pk, "theme": [str(police.pk)], "note": "Police fits."}
    )
    assert response.status_code == 302
    assert accepted_theme_ids(answer=answers[0]) == {police.pk}
    event = AuditEvent.objects.get(action=AuditEvent.Action.CORRECTION)
    assert event.detail["themes"] == [police.pk] and event.detail["note"] == "Police fits."
    page = client.get(reconcile_url).content.decode()
    assert "No answers to settle" in page
    settled = page[page.index("Already settled") :]
    assert answers[0].text in settled and "Police fits." in settled and lead.username in settled
    page = client.get(f"/staff/insights/coding/samples/{sample.pk}/").content.decode()
    assert "0 waiting to be settled, 1 settled" in page


def test_the_ordinary_coding_screen_stays_blind_for_the_second_coder(client, setup):
    consultation, question, (parks, police, _), lead, second, answers = setup
    sample = draw(setup, size=8, seed=1)
    client.force_login(second)
    url = f"/staff/insights/coding/{consultation.pk}/{question.pk}/?at=1"  # answer 0: parks, by the lead
    page = client.get(url).content.decode()
    assert "blind sample" in page and "checked" not in page
    assert client.post(url, {"theme": [str(police.pk)]}).status_code == 400
    assert accepted_theme_ids(answer=answers[0]) == {parks.pk}
    client.force_login(lead)
    assert "checked" in client.get(url).content.decode()
    assert sample.items.count() == 8
