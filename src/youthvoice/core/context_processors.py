from django.conf import settings
from django.utils.functional import SimpleLazyObject


def site(request):
    # Every page a young person may see has the quick exit, so every template can reach its address.
    return {"site_name": settings.YOUTHVOICE_SITE_NAME, "quick_exit_url": settings.QUICK_EXIT_URL}


def navigation(request):
    """The staff menu (youthvoice.core.navigation), worked out only on pages that show it."""
    from youthvoice.core.navigation import staff_navigation

    return {"staff_navigation": SimpleLazyObject(lambda: staff_navigation(request))}
