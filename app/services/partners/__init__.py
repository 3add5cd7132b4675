"""Partner organisations, the MoUs behind job orders, and the programme's yearly targets."""
