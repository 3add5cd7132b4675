"""Support after departure: complaints and contacts logged against a placement."""
