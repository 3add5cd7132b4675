"""Placement documents: the checklist and its sources, each item's state, files and verification."""
