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

# And the language checker's rules, conditions and dictionary, made on first use otherwise: a few hundred
# milliseconds that would land, a piece at a time, on the first hundreds of notes checked.
from youthvoice.language.warm import warm_up as warm_up_language  # noqa: E402

warm_up_language()

# And every page's code: Django imports the URL configuration, and with it every app's views (SciPy and
# scikit-learn behind the dashboard), on a process's first request: about 1.4 s of CPU that every request
# arriving meanwhile waits behind (bench/README.md, "A journey page's CPU").
from django.urls import get_resolver  # noqa: E402

get_resolver().url_patterns  # noqa: B018 (the import is the point)
