from django.conf import settings
from django.utils.functional import SimpleLazyObject


def site(request):
    return {"site_name": settings.YOUTHVOICE_SITE_NAME}


def navigation(request):
    """The staff menu (youthvoice.core.navigation), worked out only on pages that show it."""
    from youthvoice.core.navigation import staff_navigation

    return {"staff_navigation": SimpleLazyObject(lambda: staff_navigation(request))}
