"""Job orders: their rules and sources, single writes, the agencies' batch sync, list pages."""
