from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    """Django's admin with youthvoice's site class (sign-in through youthvoice, second factor enforced)."""

    default_site = "youthvoice.core.admin_site.AdminSite"
