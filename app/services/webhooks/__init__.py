"""Partners' webhooks: the events, endpoints and signing secrets, and the delivery worker."""
