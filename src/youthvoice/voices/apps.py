from django.apps import AppConfig


class VoicesConfig(AppConfig):
    name = "youthvoice.voices"
    label = "voices"
    verbose_name = "Voices"

    def ready(self):
        from youthvoice.voices.home import register_home_sections

        register_home_sections()
