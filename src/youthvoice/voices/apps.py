from django.apps import AppConfig


class VoicesConfig(AppConfig):
    name = "youthvoice.voices"
    label = "voices"
    verbose_name = "Voices"
