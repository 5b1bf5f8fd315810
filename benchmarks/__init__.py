"""Benchmarks: ``python -m benchmarks`` prints every figure in one table."""
