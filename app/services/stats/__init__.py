"""Progress against the programme's targets and the placement funnel."""
