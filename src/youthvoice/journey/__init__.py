"""The young person's journey through a consultation: question pages, "about you", check and send.

It reads consultations (the questions, in the chosen language) and writes through voices (one response,
de-identified once): it sits above both, and nothing imports it.
"""
