"""The local landscape: agencies' monthly counts by area (``counts_csv``, ``services``) beside
young people's voices from that area (``selectors``), through the dashboard's disclosure control.
"""
