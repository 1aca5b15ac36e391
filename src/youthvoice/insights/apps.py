from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "youthvoice.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self):
        from youthvoice.insights.coding.services import codings_follow_response
        from youthvoice.voices.services import response_copies_follower_register

        # Codings copy a response's columns: voices keeps them in step through this public function.
        response_copies_follower_register(codings_follow_response)
