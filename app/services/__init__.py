"""Business logic, free of HTTP: one module a domain."""
