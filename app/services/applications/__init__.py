"""Applications (placements): making them, their stages and moves, the job order's quota,
matching runs' proposals, and the placement documents (`documents`)."""
