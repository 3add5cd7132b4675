"""Financing requests (KUR PMI, Baznas, schemes), their rules and sources, and placement costs."""
