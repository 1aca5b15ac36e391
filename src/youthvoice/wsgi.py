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

# Each server process loads the de-identifier's name lists and spaCy's model as it starts (a second or two
# of CPU), not while a young person waits for their first answer to be saved.
from youthvoice.deidentify.engine import warm_up  # noqa: E402

warm_up()
