"""Benchmarks run by `make bench` (see bench/__main__.py); not part of `make test`."""
