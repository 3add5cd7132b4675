"""Thin HTTP layer: parse, authorise, call one service function."""
