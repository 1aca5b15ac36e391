from django.apps import AppConfig


class MandateConfig(AppConfig):
    name = "youthvoice.mandate"
    label = "mandate"
    verbose_name = "Strategic mandate"
