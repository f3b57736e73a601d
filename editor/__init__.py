"""Copydesk — a desktop article editor for journalists."""

__version__ = "0.1.0"
