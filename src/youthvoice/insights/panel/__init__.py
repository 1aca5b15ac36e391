"""Young people's panels: a group ranks the analysts' themes and rewords their definitions on a
shared device (``services``; the device's pages in ``public_urls``).
"""
