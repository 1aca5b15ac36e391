"""Population baselines (the local population of young people by group) and representation:
who answered, compared with who lives there.
"""
