"""Vertrouwenskompas build step: Markdown articles -> YAML principles -> site models."""

__all__ = ["__version__"]

__version__ = "0.2.0"
