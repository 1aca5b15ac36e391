"""youthvoice: hear children and young people's voices on child exploitation."""

__version__ = "0.1.0"
