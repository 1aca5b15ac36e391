from django.apps import AppConfig


class JourneyConfig(AppConfig):
    name = "youthvoice.journey"
    label = "journey"
    verbose_name = "Young person's journey"
