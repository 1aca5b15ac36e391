"""Suggested themes: the engines (``suggest``: TF-IDF and NMF; ``suggest_meaning``: sentence
embeddings), their runs as background jobs (``jobs``), and the analysts' review of what they found.
"""
