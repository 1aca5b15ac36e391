from django.apps import AppConfig


class LanguageConfig(AppConfig):
    name = "youthvoice.language"
    label = "language"
    verbose_name = "Shared language"
