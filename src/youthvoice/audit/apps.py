from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "youthvoice.audit"
    label = "audit"
    verbose_name = "Audit"

    def ready(self) -> None:
        from youthvoice.audit import signals  # noqa: F401  (connects the permission and sign-in handlers)
