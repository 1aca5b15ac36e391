"""The codebook, versioned: a theme's definition and examples; a change makes a new version, old ones kept."""

import pytest

from tests.insights.factories import CodebookFactory, ThemeFactory, member
from youthvoice.insights.coding.services import CodingError, theme_definition_set
from youthvoice.insights.models import ThemeVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return ThemeFactory(codebook=CodebookFactory(), name="Zyxtransport", description="Buses and trains.")


def test_a_changed_definition_makes_a_new_version_and_keeps_the_old(theme):
    analyst = member("analyst", theme.codebook.partnership)
    assert theme.version == 1
    assert theme_definition_set(
        theme=theme, description="Buses, trains and stations.", examples="", user=analyst
    )
    theme.refresh_from_db()
    assert theme.version == 2 and theme.description == "Buses, trains and stations."
    old = ThemeVersion.objects.get(theme=theme)
    assert (old.version, old.description, old.replaced_by) == (1, "Buses and trains.", analyst)
    # The same words again (spaces aside) are no change.
    assert not theme_definition_set(
        theme=theme, description="  Buses, trains and stations. ", examples="", user=analyst
    )
    assert theme_definition_set(
        theme=theme, description=theme.description, examples="The late bus", user=analyst
    )
    theme.refresh_from_db()
    assert theme.version == 3
    assert list(theme.versions.values_list("version", flat=True)) == [2, 1]


def test_a_definition_too_long_is_refused_and_nothing_changes(theme):
    with pytest.raises(CodingError, match="5000"):
        theme_definition_set(theme=theme, description="x" * 5001, examples="", user=None)
    theme.refresh_from_db()
    assert theme.version == 1 and not ThemeVersion.objects.exists()


def test_the_codebook_pages(client, theme):
    analyst = member("analyst", theme.codebook.partnership)
    client.force_login(analyst)
    page = client.get("/staff/insights/coding/codebook/").content.decode()
    assert "Zyxtransport" in page and "Buses and trains." in page and "version 1" in page
    url = f"/staff/insights/coding/codebook/{theme.pk}/"
    response = client.post(url, {"description": "x" * 5001, "examples": "kept"})
    assert response.status_code == 400 and "5000 characters" in response.content.decode()
    assert "kept" in response.content.decode()  # what was typed is shown again, not lost
    response = client.post(url, {"description": "Getting about.", "examples": "The last bus"})
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "version 2" in page and "Version 1" in page and "Buses and trains." in page
    other = ThemeFactory()
    assert client.get(f"/staff/insights/coding/codebook/{other.pk}/").status_code == 404
