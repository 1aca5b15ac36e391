"""youthvoice: hear children and young people's voices on child exploitation."""

__version__ = "0.1.0"
__all__ = ["celery_app"]


def __getattr__(name: str):
    # The Celery app is made on first use (Django's settings load it), so that importing a light
    # part of youthvoice, such as the language checker's command line, does not import Celery.
    if name == "celery_app":
        from youthvoice.celery import app

        return app
    raise AttributeError(f"module 'youthvoice' has no attribute {name!r}")
