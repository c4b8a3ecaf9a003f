"""Benchmarks of the model and the pages (`make bench`): they report figures, never fail on them."""
