"""Business logic, free of HTTP: one package a domain (each says in its `__init__` what it
owns), and beside them the audit trail, the change log and its feeds, the state-machine
helper and a few small helpers every domain uses."""
