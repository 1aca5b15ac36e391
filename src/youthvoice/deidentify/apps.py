from django.apps import AppConfig


class DeidentifyConfig(AppConfig):
    name = "youthvoice.deidentify"
    verbose_name = "De-identification"
