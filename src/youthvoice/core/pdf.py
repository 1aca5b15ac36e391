"""PDF rendering with WeasyPrint that never touches the network.

The only resources a PDF may load are the project's own static files, read from disk; any other URL
(http, https, file, data from elsewhere...) is refused, so rendering cannot leak or hang on a fetch.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage

# Static URLs in the rendered HTML are resolved against this made-up origin, then served from disk.
PDF_BASE_URL = "https://youthvoice.pdf.invalid/"


class ResourceRefused(ValueError):
    pass


def static_file_path(url: str) -> Path:
    """The local file behind a static URL of the PDF's own origin; refuse everything else."""
    parts = urlsplit(url)
    base = urlsplit(PDF_BASE_URL)
    static_prefix = "/" + settings.STATIC_URL.strip("/") + "/"
    if (parts.scheme, parts.netloc) != (base.scheme, base.netloc) or not parts.path.startswith(static_prefix):
        raise ResourceRefused(f"PDF rendering loads only the site's own static files, not {url}")
    name = unquote(parts.path.removeprefix(static_prefix))
    if ".." in Path(name).parts:
        raise ResourceRefused(f"Refused a static path outside the static files: {url}")
    found = finders.find(name)
    if not found and staticfiles_storage.exists(name):
        found = staticfiles_storage.path(name)
    if not found:
        raise ResourceRefused(f"No such static file: {name}")
    return Path(found)


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalStaticFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            path = static_file_path(url)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    return LocalStaticFetcher


def local_url_fetcher():
    return _fetcher_class()(allowed_protocols=["https"], fail_on_errors=False)


def html_to_pdf(*, html: str) -> bytes:
    # WeasyPrint loads its native libraries on import; keep that off Django's start-up path.
    from weasyprint import HTML

    return HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=local_url_fetcher()).write_pdf()
