from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "youthvoice.audit"
    label = "audit"
    verbose_name = "Audit"
