"""The leaders' dashboard: SQL aggregates read from the roll-ups, every figure protected by
``insights.disclosure`` and ``insights.cellkey`` (``selectors``), charts, exports, the comparison of two
periods, the quotes behind a figure, and parents' and carers' and community members' own panels.
"""
