from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "youthvoice.feedback"
    label = "feedback"
    verbose_name = "You said, we did"
