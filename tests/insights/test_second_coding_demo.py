"""The demo shows a second coder: a blind sample, believable agreement, differences waiting and settled."""

from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from youthvoice.insights.coding.second_coding import sample_agreement, sample_disagreements
from youthvoice.insights.models import Coding, SecondCoding, SecondCodingSample, Theme, ThemeVersion

pytestmark = pytest.mark.django_db


def test_demo_has_a_second_coders_sample_with_real_agreement_and_runs_twice_safely(demo, client):
    models = (SecondCodingSample, SecondCoding, Coding, ThemeVersion)
    first = [model.objects.count() for model in models]
    call_command("demo", quiet=True)
    assert [model.objects.count() for model in models] == first
    sample = SecondCodingSample.objects.get()
    assert (sample.drawn_by.username, sample.second_coder.username) == ("analyst", "second-analyst")
    assert sample.second_coder.memberships.get().role == "analyst"
    # The first codes are the analyst's own, and the second coder coded none of the sampled answers first.
    answers = sample.items.values("answer")
    assert not Coding.objects.filter(answer__in=answers, coded_by=sample.second_coder).exists()
    assert all(item.first_theme_ids for item in sample.items.all())

    agreement = sample_agreement(sample=sample)
    assert agreement.total > agreement.coded >= 15  # a few left for the second coder to try
    kappas = {theme.name: row.table.kappa for theme, row in agreement.themes}
    below_one = [name for name, kappa in kappas.items() if kappa is not None and 0 < kappa < 1]
    assert len(below_one) >= 2, kappas  # real values, neither perfect nor chance
    assert 0.6 < agreement.mean_kappa < 0.95
    tables = [row.table for _, row in agreement.themes]
    assert sum(t.first_only + t.second_only for t in tables) < sum(t.both for t in tables)  # most agree

    waiting = sample_disagreements(sample=sample)
    settled = sample.items.filter(reconciled_at__isnull=False)
    assert len(waiting) >= 2 and settled.count() == 1
    done = settled.get()
    assert done.reconciled_by == sample.drawn_by and done.reconcile_note
    final = Coding.objects.filter(answer=done.answer, status="accepted").values_list("theme__name", flat=True)
    assert set(final) == {"Experiences of the police", "Trusted adults"}

    # Settling it sharpened a definition: the codebook keeps version 1.
    trusted = Theme.objects.get(name="Trusted adults")
    assert trusted.version == 2 and trusted.examples
    assert trusted.versions.get().description == "Who young people would tell, and why."

    client.force_login(sample.drawn_by)
    page = unescape(client.get(f"/staff/insights/coding/samples/{sample.pk}/").content.decode())
    assert f"{kappas['Experiences of the police']:.2f}" in page
    assert f"{len(waiting)} waiting to be settled, 1 settled" in page
    page = unescape(client.get(f"/staff/insights/coding/samples/{sample.pk}/reconcile/").content.decode())
    assert page.count("Save the final themes") == len(waiting)
    assert "Already settled" in page and done.reconcile_note in page
    client.force_login(get_user_model().objects.get(username="second-analyst"))
    coding = client.get(f"/staff/insights/coding/samples/{sample.pk}/code/?at={agreement.total}")
    assert coding.status_code == 200
