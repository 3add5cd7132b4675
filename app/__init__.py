"""Backend of Kota Serang's overseas job placement programme."""
