"""Factories for what core holds: the agencies' API clients."""

from tests.partnership.factories import AgencyFactory, UserFactory
from youthvoice.core.models import ApiClient


def api_client_with_token(**kwargs) -> tuple[ApiClient, str]:
    """A live API client and its token (only the token's hash is stored, so factories cannot rebuild it)."""
    from youthvoice.core.services import api_client_create

    agency = kwargs.pop("agency", None) or AgencyFactory()
    created_by = kwargs.pop("created_by", None) or UserFactory()
    name = kwargs.pop("name", "Case system")
    return api_client_create(agency=agency, name=name, created_by=created_by, **kwargs)
