"""WSGI entry point, e.g. ``gunicorn youthvoice.wsgi``."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")

try:
    application = get_wsgi_application()
except ImproperlyConfigured as error:
    # One line in the server's log says what to fix; a traceback would bury it.
    print(f"youthvoice: configuration error: {error}", file=sys.stderr)
    raise SystemExit(2) from None
