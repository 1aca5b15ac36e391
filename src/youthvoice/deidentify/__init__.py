"""The one de-identifier: names, contact details, addresses, schools and other identifiers taken out of
free text before anything keeps it. Every write path calls ``engine.deidentified`` (voices.free_text)."""
