from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "youthvoice.consultations"
    label = "consultations"
    verbose_name = "Consultations"
