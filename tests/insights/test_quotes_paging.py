"""Paging through a figure's quotes never counts its group: at most the lowest count the figure allows."""

import re
from html import unescape

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.consultations.factories import QuestionFactory
from tests.insights.factories import CodebookFactory, CodingFactory, ThemeFactory, World
from tests.partnership.factories import MembershipFactory
from youthvoice.insights.cellkey import KEYS, lowest_count_behind, perturb
from youthvoice.insights.dashboard.quotes import PAGE_SIZE
from youthvoice.voices.models import Answer

pytestmark = pytest.mark.django_db

THRESHOLD = 5


def lowest_by_brute_force(published: int, *, floor: int) -> int:
    """Apart from the code under test: the least true count some cell key publishes as ``published``."""
    return min(
        count
        for count in range(1, published + 3)
        if any(perturb(count, key=key, floor=floor) == published for key in range(KEYS))
    )


@pytest.mark.parametrize("floor", [1, 5, 10])
def test_the_lowest_count_behind_a_figure_is_the_least_any_key_could_publish_as_it(floor):
    for published in range(1, 60):
        possible = [
            count
            for count in range(1, published + 3)
            if any(perturb(count, key=key, floor=floor) == published for key in range(KEYS))
        ]
        if possible:
            assert lowest_count_behind(published, floor=floor) == min(possible)
    assert lowest_count_behind(30, floor=5) == 28  # the noise is at most 2 well above the floor
    assert lowest_count_behind(5, floor=5) == 5  # at the floor nothing moves down
    assert lowest_count_behind(6, floor=5) == 6  # one above it moves by at most 1, never to the floor
    assert lowest_count_behind(7, floor=5) == 6


class PagingWorld(World):
    def __init__(self):
        super().__init__(threshold=THRESHOLD)
        self.words = QuestionFactory(
            partnership=self.partnership, key="what-would-help", text="What would help?", kind="free_text"
        )
        self.consultation.items.create(question=self.words, order=9)
        self.codebook = CodebookFactory(partnership=self.partnership)
        self.reader = MembershipFactory(role="analyst", agency=self.leader.agency).user

    def group(self, *, keys: list[int], held_back: int):
        """A new theme given to one answer per key; the first ``held_back`` are marked at risk now."""
        # Named without digits, so that every number on its pages is one the test knows.
        n = self.codebook.themes.count()
        theme = ThemeFactory(
            codebook=self.codebook, name="Group " + "".join(chr(97 + int(d)) for d in str(n))
        )
        for index, key in enumerate(keys):
            response = self.respond(
                answers={self.words: f"voice {index}"}, record_key=key, at_risk_now=index < held_back
            )
            CodingFactory(answer=Answer.objects.get(response=response, question=self.words), theme=theme)
        return theme


def every_page(client, theme) -> tuple[int, int, set[int]]:
    """Page through a theme's quotes as a reader would: the published figure, the quotes, other numbers."""
    url = reverse("insights:dashboard-quotes", args=["theme", theme.pk])
    published, quotes, numbers, number = None, 0, set(), 1
    while True:
        response = client.get(f"{url}?page={number}")
        assert response.status_code == 200
        main = unescape(response.content.decode().split("<main", 1)[1].split("</main>")[0])
        published = int(re.search(r"The dashboard shows <strong>([\d,]+)</strong>", main)[1].replace(",", ""))
        quotes += main.count("<blockquote")
        outside = re.sub(r"<blockquote.*?</blockquote>", "", main, flags=re.DOTALL)
        numbers |= {int(n) for n in re.findall(r"(?<![\w#-])\d+(?![\w-])", re.sub(r"<[^>]+>", " ", outside))}
        if 'rel="next"' not in main:
            break
        number += 1
    after = client.get(f"{url}?page={number + 1}")
    assert after.status_code == 404
    assert (
        f"There is no page {number + 1} of quotes for this group: try page 1.</p>" in after.content.decode()
    )
    return published, quotes, numbers - set(range(1, number + 2))


def test_no_page_of_quotes_counts_the_group_when_its_figure_is_perturbed(client):
    world = PagingWorld()
    client.force_login(world.reader)
    seen = {"perturbed": 0, "would_have_counted": 0}  # both must happen, or the property says nothing

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        keys=st.lists(st.integers(0, KEYS - 1), min_size=THRESHOLD, max_size=2 * PAGE_SIZE + 5),
        held_back=st.integers(0, 3),
    )
    def check(keys, held_back):
        true = len(keys)
        theme = world.group(keys=keys, held_back=held_back)
        published, quotes, numbers = every_page(client, theme)
        lowest = lowest_by_brute_force(published, floor=THRESHOLD)
        # Never more quotes than the least count the published figure could stand for, which anyone can
        # work out from the figure: the pages say nothing the figure does not.
        assert quotes <= lowest <= true
        # ... and no voice is lost beyond that.
        assert quotes == min(true - held_back, lowest)
        if true != published:
            seen["perturbed"] += 1
            assert quotes != true or true == lowest
            seen["would_have_counted"] += true - held_back > lowest  # what paging used to give away
        # No other number on the pages: not the true count, not how many were held back.
        assert numbers <= {published, THRESHOLD}, numbers

    check()
    assert seen["perturbed"] and seen["would_have_counted"]
