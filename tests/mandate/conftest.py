"""What the mandate's page tests share: a leader signed in."""

import pytest

from tests.partnership.factories import MembershipFactory


@pytest.fixture
def leader(client):
    """A leader of a youth project, signed in on ``client``; the membership is returned."""
    membership = MembershipFactory(role="leader", agency__name="Harbour Youth Project")
    client.force_login(membership.user)
    return membership
