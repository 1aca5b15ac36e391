class LanguageError(Exception):
    """A request the language app refuses; the message is written for the person who made it."""


class TextTooLong(LanguageError):
    pass


class GlossaryError(LanguageError):
    pass
