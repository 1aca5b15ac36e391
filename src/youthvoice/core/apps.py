from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The site shell: home page, sign-in, the page layout shared by every app."""

    name = "youthvoice.core"
    label = "core"
    verbose_name = "Site"
