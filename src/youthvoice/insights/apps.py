from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "youthvoice.insights"
    label = "insights"
    verbose_name = "Insights"
