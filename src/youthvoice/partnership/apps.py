from django.apps import AppConfig


class PartnershipConfig(AppConfig):
    name = "youthvoice.partnership"
    label = "partnership"
    verbose_name = "Partnership"
