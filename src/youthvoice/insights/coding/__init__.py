"""Coding: the codebook of themes, analysts coding answers (``services``), assisted coding,
a second coder coding blind, and the agreement between the two.
"""
