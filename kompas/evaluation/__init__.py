"""Scoring the converter against gold annotations (for tests and bench, not the build)."""
