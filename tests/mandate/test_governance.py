"""The governance map: boards and groups, what each owns for child exploitation, who reports to whom; the
overlaps and gaps, and a diagram with a text alternative. Leaders change it, all staff read it."""

import pytest
from django.urls import reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.mandate.models import BoardOwnership, GovernanceBoard
from youthvoice.mandate.selectors import governance_map
from youthvoice.mandate.services import MandateError, governance_board_save

pytestmark = pytest.mark.django_db


def board(partnership, name, reports_to=(), **ownership):
    return governance_board_save(
        partnership=partnership, name=name, chair_role="Director", meets="quarterly",
        reports_to=list(reports_to), ownership=ownership,
    )  # fmt: skip


def form_data(**overrides):
    data = {
        "name": "Community Safety Partnership",
        "chair_role": "Chief Superintendent",
        "meets": "quarterly",
        "area_prevention": "contributes",
        "area_disruption": "owns",
        "area_intervention": "none",
    }
    return {**data, **overrides}


def test_a_leader_adds_a_board_with_what_it_owns_and_whom_it_reports_to(client, leader):
    partnership = leader.agency.partnership
    top = board(partnership, "Safeguarding partnership", prevention="owns")
    response = client.post(reverse("mandate:governance-board-add"), form_data(reports_to=[top.pk]))
    assert response.status_code == 302
    csp = GovernanceBoard.objects.get(name="Community Safety Partnership")
    assert list(csp.reports_to.all()) == [top]
    assert dict(csp.ownerships.values_list("area", "role")) == {
        "prevention": "contributes",
        "disruption": "owns",
    }


def test_bad_input_is_a_400_with_plain_messages_and_the_words_kept(client, leader):
    data = form_data(
        name="", meets="fortnightly", area_disruption="runs", chair_role="Head of Community Safety"
    )
    response = client.post(reverse("mandate:governance-board-add"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Give the board or group its name." in page
    assert "Choose how often it meets." in page
    assert "Choose owns, contributes or none for disruption." in page
    assert "Head of Community Safety" in page
    assert not GovernanceBoard.objects.exists()


def test_overlaps_and_gaps_are_found(leader):
    partnership = leader.agency.partnership
    top = board(partnership, "Safeguarding partnership", prevention="owns", intervention="owns")
    board(
        partnership,
        "Community Safety Partnership",
        reports_to=[top],
        disruption="contributes",
        prevention="owns",
    )
    result = governance_map(partnership=partnership)
    assert [(label, [b.name for b in boards]) for label, boards in result.overlaps] == [
        ("Prevention", ["Community Safety Partnership", "Safeguarding partnership"])
    ]
    assert result.gaps == ["Disruption"]


def test_the_diagram_has_a_title_and_a_text_alternative_listing_the_reporting_lines(client, leader):
    partnership = leader.agency.partnership
    top = board(partnership, "Safeguarding partnership", prevention="owns")
    board(partnership, "CE strategic group", reports_to=[top], intervention="owns")
    page = client.get(reverse("mandate:governance")).content.decode()
    assert 'role="img"' in page and "<title" in page
    assert page.count("CE strategic group reports to Safeguarding partnership.") == 2  # desc and the list
    assert (
        "style=" not in page.split("<main")[1] and "<script" not in page.split("<main")[1].split("</main>")[0]
    )
    boxes = {box.board.name: box for box in governance_map(partnership=partnership).boxes}
    assert boxes["CE strategic group"].y > boxes["Safeguarding partnership"].y


def test_reporting_lines_never_go_round_in_a_circle(client, leader):
    partnership = leader.agency.partnership
    top = board(partnership, "Safeguarding partnership")
    middle = board(partnership, "CE strategic group", reports_to=[top])
    response = client.post(
        reverse("mandate:governance-board-edit", args=[top.pk]),
        form_data(name="Safeguarding partnership", reports_to=[middle.pk]),
    )
    assert response.status_code == 400
    assert "go round in a circle" in response.content.decode()
    assert not top.reports_to.exists()
    with pytest.raises(MandateError, match="itself"):
        governance_board_save(
            partnership=partnership, name="CE strategic group", chair_role="x", meets="monthly",
            reports_to=[middle], ownership={}, board=middle,
        )  # fmt: skip


def test_names_are_unique_and_other_partnerships_boards_are_not_offered(client, leader):
    partnership = leader.agency.partnership
    board(partnership, "Community Safety Partnership")
    foreign = board(MembershipFactory().agency.partnership, "Elsewhere")
    response = client.post(
        reverse("mandate:governance-board-add"),
        form_data(name="community safety partnership", reports_to=[foreign.pk]),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is already a board called" in page
    assert "Choose boards from the list." in page
    assert client.get(reverse("mandate:governance-board-edit", args=[foreign.pk])).status_code == 404


def test_practitioners_read_the_map_but_cannot_change_it(client):
    membership = MembershipFactory(role="practitioner")
    board(membership.agency.partnership, "Safeguarding partnership", prevention="owns")
    client.force_login(membership.user)
    page = client.get(reverse("mandate:governance"))
    assert page.status_code == 200 and "Safeguarding partnership" in page.content.decode()
    assert "Add a board or group" not in page.content.decode()
    overview = client.get(reverse("mandate:overview")).content.decode()
    assert reverse("mandate:governance") in overview and reverse("mandate:scoping") in overview
    assert client.post(reverse("mandate:governance-board-add"), form_data()).status_code == 403
    assert not BoardOwnership.objects.filter(board__name="Community Safety Partnership").exists()


def test_a_long_name_is_cut_into_at_most_two_lines_that_fit_the_box(leader):
    long_name = "Brackenford and Vale Joint Strategic Safeguarding Children and Adults Partnership Board"
    board(leader.agency.partnership, long_name)
    (box,) = governance_map(partnership=leader.agency.partnership).boxes
    names = [words for _y, words, kind in box.text_rows if kind == "name"]
    assert len(names) == 2 and names[-1].endswith("…")
    assert all(len(words) <= 32 for words in names)
    assert [y for y, _w, _k in box.text_rows] == sorted(y for y, _w, _k in box.text_rows)
    assert all(box.y < y < box.y + box.height for y, _w, _k in box.text_rows)
