"""When the database is unavailable mid-request: a 503 with Retry-After and a plain page, never a 500;
nothing half saved, the journey kept, and sending again with the same token stores the answers once.

The outage is simulated inside Django's database layer (``connection.execute_wrapper``), so the error
takes the same path as a real one; bench/submit_load.py restarts a real PostgreSQL under load.
"""

import logging
import re
from contextlib import contextmanager

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import InterfaceError, OperationalError, connection
from django.urls import reverse

from tests.consultations.factories import open_consultation_with_questions
from tests.consultations.test_journey import walk_to_check
from tests.core.factories import api_client_with_token
from youthvoice.config import ConfigError, Environment
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    return open_consultation_with_questions()


@contextmanager
def database_down(*, when=lambda sql: True, error=OperationalError, times=None, after_running=False):
    """Every query matching ``when`` fails as a lost server would (at most ``times`` times); with
    ``after_running``, once the database has run it (the answer lost on the way back)."""
    failures = []

    def fail(execute, sql, params, many, context):
        if when(sql) and (times is None or len(failures) < times):
            failures.append(sql)
            if after_running:
                execute(sql, params, many, context)
            raise error("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail):
        yield failures


def saving_the_session(sql: str) -> bool:
    return sql.startswith("UPDATE") and '"django_session"' in sql


def inserting_a_response(sql: str) -> bool:
    # On PostgreSQL the response is inserted inside one WITH statement with its answers (voices.at_once).
    return "INSERT INTO" in sql and '"voices_response"' in sql


def assert_retryable_page(page):
    html = page.content.decode()
    assert page.status_code == 503
    assert page["Retry-After"].isdigit() and int(page["Retry-After"]) > 0
    assert "Sorry, we cannot save answers just now" in html
    assert "Exit this page" in html and "0800 1111" in html
    for leak in ["Traceback", "OperationalError", "server closed", "INSERT", "voices_response"]:
        assert leak not in html, leak


def test_submit_while_the_database_is_down_is_a_503_that_saves_nothing(client, consultation):
    token = walk_to_check(client, consultation)
    with database_down(when=inserting_a_response) as failures:
        page = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert failures
    assert_retryable_page(page)
    assert "If you send your answers twice, we only keep them once" in page.content.decode()
    assert Response.objects.count() == 0 and Answer.objects.count() == 0


def test_sending_again_after_the_outage_stores_the_answers_once(client, consultation):
    token = walk_to_check(client, consultation)
    with database_down(when=inserting_a_response):
        assert client.post(f"/c/{consultation.slug}/check/", {"token": token}).status_code == 503
    # The check page still shows the same answers and the same token: nothing the young person gave is lost.
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert re.search(r'name="token" value="([^"]+)"', check).group(1) == token
    assert "Near the bus station" in check
    sent = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert sent.status_code == 302 and sent["Location"].endswith("/sent/")
    again = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert again.status_code == 302
    assert Response.objects.filter(idempotency_token=token).count() == 1
    assert Response.objects.get().answers.count() == 3


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL stores in one statement, run and then lost here; SQLite's commit is no statement",
)
@pytest.mark.django_db(transaction=True)  # the statement commits on its own, as in production
def test_an_outage_after_the_answers_were_stored_still_confirms_them_once(client, consultation):
    """The commit reached the database but the connection died before the page was made: a retry finds
    the stored response by its token and shows its reference code; it is not stored a second time."""
    token = walk_to_check(client, consultation)
    with database_down(when=inserting_a_response, times=1, after_running=True) as failures:
        assert_retryable_page(client.post(f"/c/{consultation.slug}/check/", {"token": token}))
    assert failures and Response.objects.count() == 1
    sent = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert sent.status_code == 302 and sent["Location"].endswith("/sent/")
    done = client.get(sent["Location"]).content.decode()
    assert Response.objects.get().reference_code in done
    assert Response.objects.count() == 1


def test_a_lost_connection_on_any_journey_page_is_a_503_and_the_answers_stay(client, consultation):
    walk_to_check(client, consultation)
    with database_down(error=InterfaceError):
        page = client.get(f"/c/{consultation.slug}/q/1/")
    assert_retryable_page(page)
    assert f'href="/c/{consultation.slug}/q/1/"' in page.content.decode()
    assert "Near the bus station" in client.get(f"/c/{consultation.slug}/check/").content.decode()


@pytest.fixture
def session_saved_on_every_request(settings):
    """A session in use is saved once a minute at most (SessionIdleTimeoutMiddleware): these requests come
    when it is due."""
    settings.YOUTHVOICE_SESSION_REFRESH_SECONDS = 0


@pytest.mark.usefixtures("session_saved_on_every_request")
def test_saving_the_session_in_a_middleware_fails_as_a_503_not_a_500(client, consultation, monkeypatch):
    """Django turns an error in a middleware into a 500 before other middleware sees it: the 500 handler
    recognises a database outage and answers 503 instead."""
    client.raise_request_exception = False
    walk_to_check(client, consultation)

    def save(self, must_create=False):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(SessionStore, "save", save)
    page = client.get(f"/c/{consultation.slug}/about-you/")
    assert_retryable_page(page)


@pytest.mark.usefixtures("session_saved_on_every_request")
def test_saving_the_session_during_an_outage_is_a_503_not_session_deleted(client, consultation):
    """Django reports any failure to save a session as "the session was deleted" (a 400)."""
    walk_to_check(client, consultation)
    with database_down(when=saving_the_session) as failures:
        page = client.get(f"/c/{consultation.slug}/check/")
    assert failures
    assert_retryable_page(page)
    assert "Near the bus station" in client.get(f"/c/{consultation.slug}/check/").content.decode()


def test_with_debug_on_a_developer_sees_the_real_error(client, consultation, settings):
    settings.DEBUG = True
    walk_to_check(client, consultation)
    with database_down(), pytest.raises(OperationalError):
        client.get(f"/c/{consultation.slug}/check/")


def test_other_errors_are_still_the_plain_500_page(client, settings):
    settings.ROOT_URLCONF = "tests.security_error_urls"  # the site's own handler500, plus a failing view
    client.raise_request_exception = False
    page = client.get("/boom/")
    assert page.status_code == 500
    assert "Sorry, there is a problem with the service" in page.content.decode()
    assert "Retry-After" not in page


def test_the_api_answers_503_in_json(client):
    _api_client, token = api_client_with_token()
    with database_down():
        page = client.get(reverse("api:whoami"), HTTP_AUTHORIZATION=f"Bearer {token}")
    assert page.status_code == 503
    assert page["Retry-After"].isdigit()
    assert "try again" in page.json()["detail"]


def test_the_outage_is_logged_without_what_the_young_person_wrote(client, consultation, caplog):
    token = walk_to_check(client, consultation)
    with caplog.at_level(logging.INFO), database_down(when=inserting_a_response):
        client.post(f"/c/{consultation.slug}/check/", {"token": token})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "database unavailable: OperationalError during POST journey:check" in logged
    for private in ["bus station", token, "server closed"]:
        assert private not in logged, private


def test_sessions_can_live_in_redis_but_never_in_one_process_memory(tmp_path):
    assert Environment({}).session_engine(redis_url="") == "youthvoice.core.sessions"
    cache_store = Environment({"YOUTHVOICE_SESSION_STORE": "cache"})
    assert (
        cache_store.session_engine(redis_url="redis://r:6379/0") == "django.contrib.sessions.backends.cache"
    )
    with pytest.raises(ConfigError, match="needs REDIS_URL"):
        cache_store.session_engine(redis_url="")
    with pytest.raises(ConfigError, match="unknown"):
        Environment({"YOUTHVOICE_SESSION_STORE": "cookies"}).session_engine(redis_url="")


def test_postgres_connections_are_kept_and_checked_before_reuse(tmp_path):
    database = Environment({"DATABASE_URL": "postgres://youth:pw@db.example.org:5432/voice"}).database(
        default_sqlite_path=tmp_path / "x", production=False
    )
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True


def test_the_outage_page_is_in_the_language_the_young_person_chose(client, consultation, settings):
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True  # the test consultation is not fully in Welsh
    from youthvoice.consultations.i18n_compile import translations_compile

    translations_compile()
    client.get(f"/c/{consultation.slug}/?lang=cy")
    token = walk_to_check(client, consultation)
    with database_down(when=inserting_a_response):
        page = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    html = page.content.decode()
    assert page.status_code == 503 and page["Retry-After"].isdigit()
    assert '<html lang="cy"' in html
    assert "Mae’n ddrwg gennym, allwn ni ddim cadw atebion ar hyn o bryd" in html
    assert "Rho gynnig arall arni" in html and "Sorry, we cannot save" not in html
    assert Response.objects.count() == 0
