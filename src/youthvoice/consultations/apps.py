from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "youthvoice.consultations"
    label = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from youthvoice.consultations import journey_cache  # noqa: F401 (every worker hears of changes)
        from youthvoice.consultations.home import register_home_sections

        register_home_sections()
