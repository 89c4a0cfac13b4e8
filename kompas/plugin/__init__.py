"""The kompas MkDocs plugin (``plugins: - kompas`` in mkdocs.yml)."""

from kompas.plugin.plugin import KompasPlugin

__all__ = ["KompasPlugin"]
