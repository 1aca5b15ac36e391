# The longest text the web page and the API check in one go: about 30,000 words, far more than any note.
MAX_TEXT_CHARACTERS = 200_000
# The reading age youthvoice aims for in everything it publishes to young people.
READING_AGE_TARGET = 12
