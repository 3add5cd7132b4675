"""The HTTP edge: who may call what, the middleware (idempotency keys, the body limit,
load shedding) and the OpenAPI contract with its problem-code table."""
