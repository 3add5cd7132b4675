"""Plumbing every layer uses: settings, the database, typed errors and their
problem+json form, messages in two languages, paging, secrets and tokens, change signals."""
