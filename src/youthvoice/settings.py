"""Django settings for youthvoice. Every value comes from the environment; see README.md, "Configuration"."""

from datetime import timedelta
from pathlib import Path

from celery.schedules import crontab

from youthvoice.config import Environment

env = Environment()

PACKAGE_DIR = Path(__file__).resolve().parent
# Where local data lives (SQLite file, built assets). A source checkout uses its own root; an installed
# package uses the working directory, unless YOUTHVOICE_HOME says otherwise.
_CHECKOUT = PACKAGE_DIR.parents[1]
BASE_DIR = Path(
    env.text("YOUTHVOICE_HOME", str(_CHECKOUT if (_CHECKOUT / "pyproject.toml").is_file() else Path.cwd()))
).resolve()

MODE = env.mode()
PRODUCTION = MODE == "production"

SECRET_KEY = env.secret_key(production=PRODUCTION)
DEBUG = env.flag("DEBUG", default=False)
ALLOWED_HOSTS = env.allowed_hosts(production=PRODUCTION)
CSRF_TRUSTED_ORIGINS = env.words("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "youthvoice.core.admin_config.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "govuk_frontend_django",
    "rest_framework",
    "drf_spectacular",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "youthvoice.core",
    "youthvoice.deidentify",
    "youthvoice.partnership",
    "youthvoice.mandate",
    "youthvoice.consultations",
    "youthvoice.voices",
    "youthvoice.journey",
    "youthvoice.language",
    "youthvoice.insights",
    "youthvoice.feedback",
    "youthvoice.strategy",
    "youthvoice.audit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A database outage reaching a view is a 503 with Retry-After, not a 500 (youthvoice.core.unavailable).
    "youthvoice.core.unavailable.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise (static files stay cacheable): every page and API response is no-store.
    "youthvoice.core.middleware.NoStoreMiddleware",
    # Before anything reads a body: the API answers a non-JSON body with 415 (youthvoice.core.parsers).
    "youthvoice.core.parsers.JsonOnlyApiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Inside SessionMiddleware: keeps a session alive while in use without writing it on every request.
    "youthvoice.core.middleware.SessionIdleTimeoutMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "youthvoice.audit.middleware.AuditActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "youthvoice.core.middleware.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns a lockout into the "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "youthvoice.urls"
WSGI_APPLICATION = "youthvoice.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "youthvoice.core.context_processors.site",
                "youthvoice.core.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": env.database(default_sqlite_path=BASE_DIR / "youthvoice.sqlite3", production=PRODUCTION),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.text("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "youthvoice.core.redis_cache.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    # Page parts that are the same for every request in a language (young_person_base.html): each process
    # keeps its own, since a network round trip would cost more than rendering them.
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
}

# Application servers sharing this database, as the operator declares them (docs/deployment.md).
YOUTHVOICE_INSTANCES = env.instances(redis_url=REDIS_URL)

# Background jobs (theme suggestion, report rendering, imports). With CELERY_BROKER_URL set (Redis in
# production), jobs go to Celery workers; without it they run eagerly in-process, so a laptop needs no broker.
CELERY_BROKER_URL = env.text("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = (
    True  # a job is acknowledged after it finishes, so a killed worker's job is redelivered
)
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_BACKEND = env.text("CELERY_RESULT_BACKEND") or None
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.integer("CELERY_VISIBILITY_TIMEOUT", 3600)}

# What `celery -A youthvoice beat` runs: the weekly digest to leaders (overdue feedback and actions), the
# weekly retention job, and the clearing of expired sessions.
CELERY_BEAT_SCHEDULE = {
    "feedback-weekly-digest": {
        "task": "youthvoice.feedback.tasks.digest",
        "schedule": crontab(minute=0, hour=7, day_of_week="mon"),
    },
    "voices-weekly-retention": {
        "task": "youthvoice.voices.tasks.apply_retention",
        "schedule": crontab(minute=30, hour=2, day_of_week="sun"),
    },
    # Expired sessions (abandoned answers in progress, and when they were saved) deleted within 15 minutes.
    "core-clear-expired-sessions": {
        "task": "youthvoice.core.tasks.clear_expired_sessions",
        "schedule": crontab(minute="*/15"),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "core:staff-home"
LOGOUT_REDIRECT_URL = "core:home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static files: GOV.UK Frontend comes from npm (scripts/build-assets), never from a CDN or the repository.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.text("STATIC_ROOT", str(BASE_DIR / "build" / "staticfiles")))
ASSETS_DIR = Path(env.text("YOUTHVOICE_ASSETS_DIR", str(BASE_DIR / "build" / "assets")))
STATICFILES_DIRS = [ASSETS_DIR] if ASSETS_DIR.is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env.flag("STATIC_MANIFEST", default=PRODUCTION)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Sessions and cookies: staff sessions end after two hours idle, or when the browser closes.
# Sessions live in the database unless YOUTHVOICE_SESSION_STORE=cache puts them in Redis (README.md).
SESSION_ENGINE = env.session_engine(redis_url=REDIS_URL)
SESSION_COOKIE_AGE = env.integer("SESSION_COOKIE_AGE", 2 * 60 * 60, minimum=60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Not SESSION_SAVE_EVERY_REQUEST: SessionIdleTimeoutMiddleware refreshes a session in use once a minute.
SESSION_SAVE_EVERY_REQUEST = False
YOUTHVOICE_SESSION_REFRESH_SECONDS = min(60, SESSION_COOKIE_AGE // 10)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# A browser-session cookie, not Django's one year: on a shared phone no cookie outlives the visit.
CSRF_COOKIE_AGE = None
SECURE_CONTENT_TYPE_NOSNIFF = True
# "same-origin": nothing leaks to other sites, and browsers still send a real Origin for CSRF checks
# ("no-referrer" makes them send "Origin: null", which Django rightly refuses).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.flag("SECURE_HSTS_PRELOAD", default=True)

EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "youthvoice@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "WARNING").upper()},
}

# The API denies by default: each endpoint names its roles with youthvoice.core.access.api_roles.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "youthvoice.core.api_auth.ApiClientAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON only, nested no deeper than the API needs (youthvoice.core.parsers).
    "DEFAULT_PARSER_CLASSES": ["youthvoice.core.parsers.DepthLimitedJSONParser"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # One shape for every error body: {"detail": ..., "errors": {field: [...]}} (youthvoice.core.api).
    "EXCEPTION_HANDLER": "youthvoice.core.api.api_exception_handler",
}

# The partnership's public identity: youthvoice is not a GOV.UK service.
YOUTHVOICE_SITE_NAME = env.text("YOUTHVOICE_SITE_NAME", "youthvoice")

# --- Security, privacy and audit (issue 7; docs/security.md) ---

# Sign-in: django-axes checks every attempt first; the model backend then checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend, with the signed-in user read back by one plain statement on every request
    "youthvoice.core.auth_backend.UserByPlainStatementBackend",
]
# Lock one account from one client after 5 failures: neither a whole office behind one address (or one proxy)
# nor the account's owner elsewhere is shut out by someone else's failures. Lockouts end by themselves after
# 15 minutes and say so (Retry-After). The "client" is a keyed hash of the address, never the address itself
# (youthvoice.core.throttling.client_key); no browser string is kept (AxesHandlerWithoutBrowser).
AXES_FAILURE_LIMIT = env.integer("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env.integer("AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "youthvoice.core.throttling.client_key"
AXES_HANDLER = "youthvoice.core.throttling.AxesHandlerWithoutBrowser"
AXES_LOCKOUT_CALLABLE = "youthvoice.core.throttling.sign_in_locked_out"
# Behind N proxies that each append to X-Forwarded-For, the client is the Nth address from the right.
YOUTHVOICE_TRUSTED_PROXIES = env.integer("YOUTHVOICE_TRUSTED_PROXIES", 0)
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # sign-ins are in the audit log, without addresses or browser strings
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"  # rendered by sign_in_locked_out
AXES_VERBOSE = False

# Two-factor sign-in (TOTP, django-otp) for staff: "required" or "optional"; see youthvoice.core.two_factor.
YOUTHVOICE_TWO_FACTOR = env.two_factor(production=PRODUCTION)
OTP_TOTP_ISSUER = YOUTHVOICE_SITE_NAME

# Keys for EncryptedTextField (youthvoice.core.crypto), current key first.
YOUTHVOICE_ENCRYPTION_KEYS = env.encryption_keys(production=PRODUCTION)

# Content Security Policy: nothing inline, nothing from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()"

# In production the cookies are bound to this host and HTTPS only (the __Host- prefix makes browsers
# enforce Secure, Path=/ and no Domain).
if PRODUCTION:
    SESSION_COOKIE_NAME = "__Host-youthvoice-session"
    CSRF_COOKIE_NAME = "__Host-youthvoice-csrf"

# The API's OpenAPI schema, served to signed-in callers only at /api/schema/ (no browsable UI, no CDN).
SPECTACULAR_SETTINGS = {
    "TITLE": "youthvoice API",
    "DESCRIPTION": "For partner agencies' systems. Authenticate with 'Authorization: Bearer <token>'.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # SEND and care experience share one set of answers.
    "ENUM_NAME_OVERRIDES": {"YesNoEnum": "youthvoice.voices.demographics.YesNo"},
}
# Journey for young people (consultations, voices): where the quick exit goes, extra school names the
# de-identifier removes, and how many answers one client may send per hour (counted, no address stored).
QUICK_EXIT_URL = env.text("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")
# The public address young people use (e.g. https://voice.example.org), for the share kit's links, QR codes
# and posters. Unset: the address of the request that made them.
YOUTHVOICE_PUBLIC_URL = env.text("YOUTHVOICE_PUBLIC_URL").rstrip("/")
# How soon a safeguarding contact should act on a young person's request to be contacted.
YOUTHVOICE_HELP_REQUEST_HOURS = env.integer("YOUTHVOICE_HELP_REQUEST_HOURS", 24, minimum=1)
YOUTHVOICE_SCHOOL_NAMES = env.words("YOUTHVOICE_SCHOOL_NAMES", [])
# The de-identifier's learned name veto (youthvoice/deidentify/name_veto.py): put back a word taken out as a
# name when the model is sure it is not one. The figures that chose its default: bench/README.md, session 14.
YOUTHVOICE_DEIDENTIFY_NAME_VETO = env.flag("YOUTHVOICE_DEIDENTIFY_NAME_VETO", False)
YOUTHVOICE_SUBMISSIONS_PER_HOUR = env.integer("YOUTHVOICE_SUBMISSIONS_PER_HOUR", 30, minimum=1)

# A body over Django's upload limit gets a clear page (or JSON for the API) instead of a bare "Bad Request".
MIDDLEWARE += ["youthvoice.language.middleware.RequestTooLargeMiddleware"]
# --- Every young person can take part (issue 8): languages, easy read, facilitated sessions ---
# The languages a young person can choose. Staff pages stay in English (no LocaleMiddleware): the journey
# switches language per request from the young person's session, never from a cookie of its own.
LANGUAGES = [("en", "English"), ("cy", "Cymraeg"), ("ar", "العربية")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# Languages whose interface translations are stand-ins, not checked by a translator: the pages say so.
YOUTHVOICE_PLACEHOLDER_LANGUAGES = env.words("YOUTHVOICE_PLACEHOLDER_LANGUAGES", ["ar"])
# Young people are offered a language only when its interface is reviewed (not a placeholder) and, on a
# consultation, its wording is complete and reviewed. A translator trying a language out on a test site can
# turn this on to see unreviewed languages too, with their "placeholder" and "(in English)" notes.
YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = env.flag("YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES", False)
# The language checker's learned second opinion ("may be victim-blaming, please read") in the API by default.
# Off: it costs about 4 ms of CPU a sentence it reads, and on sets nobody here had read it took precision
# below 0.95 (bench/README.md, session 12). API callers can ask with "second_opinion": true; the check page
# asks by default (its box starts ticked).
YOUTHVOICE_LANGUAGE_SECOND_OPINION = env.flag("YOUTHVOICE_LANGUAGE_SECOND_OPINION", False)
# Wrong PINs allowed when ending a facilitated session, and how long ending is then refused.
YOUTHVOICE_SESSION_PIN_ATTEMPTS = env.integer("YOUTHVOICE_SESSION_PIN_ATTEMPTS", 5, minimum=1)
YOUTHVOICE_SESSION_LOCK_MINUTES = env.integer("YOUTHVOICE_SESSION_LOCK_MINUTES", 15, minimum=1)

# The Celery app every @shared_task binds to, made wherever Django's settings are loaded (the youthvoice
# package no longer imports Celery itself, so the language checker's command line starts without it).
import youthvoice.celery  # noqa: E402, F401
