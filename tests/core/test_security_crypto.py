"""Identifying fields are encrypted at rest with keys from the environment, and keys can be rotated."""

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.db import connection

from tests.core.factories import api_client_with_token
from youthvoice.audit.models import AuditEvent
from youthvoice.config import ConfigError, Environment
from youthvoice.core.crypto import DecryptionError, decrypt, encrypt, encrypted_fields
from youthvoice.core.models import ApiClient

pytestmark = pytest.mark.django_db
CONTACT = "Sam Example, sam@example.org"


def raw_contact(client: ApiClient) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT contact FROM core_apiclient WHERE id = %s", [client.pk])
        return cursor.fetchone()[0]


def test_encrypted_field_round_trips_and_the_column_holds_no_plaintext():
    client, _token = api_client_with_token(contact=CONTACT)
    raw = raw_contact(client)
    assert "Sam" not in raw and "example.org" not in raw
    assert ApiClient.objects.get(pk=client.pk).contact == CONTACT


def test_equal_values_do_not_look_equal_in_the_database():
    first, _ = api_client_with_token(contact=CONTACT)
    second, _ = api_client_with_token(contact=CONTACT)
    assert raw_contact(first) != raw_contact(second)


def test_encrypted_fields_cannot_be_searched():
    with pytest.raises(FieldError, match="encrypted"):
        list(ApiClient.objects.filter(contact=CONTACT))
    assert ApiClient.objects.filter(contact__isnull=True).count() == 0


def test_rotation_moves_every_value_to_the_new_key(settings, capsys):
    old_key = settings.YOUTHVOICE_ENCRYPTION_KEYS[0]
    clients = [api_client_with_token(contact=f"{CONTACT} {n}")[0] for n in range(3)]
    new_key = Fernet.generate_key().decode()
    settings.YOUTHVOICE_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_keys", batch_size=2)
    assert "core.ApiClient: 3 rows re-encrypted" in capsys.readouterr().out
    assert AuditEvent.objects.get(action="key_rotation").detail["core.ApiClient"] == 3
    settings.YOUTHVOICE_ENCRYPTION_KEYS = [new_key]  # the old key is gone: everything must still read
    for n, client in enumerate(clients):
        assert ApiClient.objects.get(pk=client.pk).contact == f"{CONTACT} {n}"
        assert Fernet(new_key.encode()).decrypt(raw_contact(client).encode()).decode() == f"{CONTACT} {n}"


def test_a_value_without_its_key_is_an_error_not_garbage(settings):
    token = encrypt("secret")
    settings.YOUTHVOICE_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(DecryptionError, match="rotate_keys"):
        decrypt(token)


def test_fields_are_discovered_through_the_app_registry():
    found = {model._meta.label: [field.name for field in fields] for model, fields in encrypted_fields()}
    assert found["core.ApiClient"] == ["contact"]


def test_production_needs_keys_and_refuses_malformed_ones():
    with pytest.raises(ConfigError, match="YOUTHVOICE_ENCRYPTION_KEYS must be set in production"):
        Environment({}).encryption_keys(production=True)
    good = Fernet.generate_key().decode()
    with pytest.raises(ConfigError, match="key 2 is not a Fernet key"):
        Environment({"YOUTHVOICE_ENCRYPTION_KEYS": f"{good},not-a-key"}).encryption_keys(production=True)
    assert Environment({"YOUTHVOICE_ENCRYPTION_KEYS": good}).encryption_keys(production=True) == [good]


def test_development_key_is_derived_from_secret_key_and_stable():
    first = Environment({"SECRET_KEY": "a" * 60}).encryption_keys(production=False)
    assert first == Environment({"SECRET_KEY": "a" * 60}).encryption_keys(production=False)
    assert first != Environment({"SECRET_KEY": "b" * 60}).encryption_keys(production=False)
    Fernet(first[0].encode())  # a usable key
