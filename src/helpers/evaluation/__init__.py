"""Scoring against gold annotations and the synthetic-article generator: for tests and benchmarks,
never imported by the steps."""
