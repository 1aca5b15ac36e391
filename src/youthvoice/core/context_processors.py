from django.conf import settings


def site(request):
    return {"site_name": settings.YOUTHVOICE_SITE_NAME}
