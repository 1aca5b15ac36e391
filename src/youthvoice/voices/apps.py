from django.apps import AppConfig


class VoicesConfig(AppConfig):
    name = "youthvoice.voices"
    label = "voices"
    verbose_name = "Voices"

    def ready(self):
        from youthvoice.language.definition_answers import (
            DefinitionAnswersProvider,
            definition_answers_provider_register,
        )
        from youthvoice.voices import selectors
        from youthvoice.voices.home import register_home_sections

        register_home_sections()
        # Language's glossary imports young people's definitions from answers, which voices keeps.
        definition_answers_provider_register(
            DefinitionAnswersProvider(
                answers=selectors.definition_answers,
                consultations=selectors.definition_consultations,
                questions=selectors.definition_questions,
            )
        )
