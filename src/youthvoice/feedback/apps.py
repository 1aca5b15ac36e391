from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "youthvoice.feedback"
    label = "feedback"
    verbose_name = "You said, we did"

    def ready(self):
        from youthvoice.feedback.home import register_home_sections

        register_home_sections()
