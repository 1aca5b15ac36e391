from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "youthvoice.strategy"
    verbose_name = "CE strategy"
