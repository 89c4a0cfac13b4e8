"""The principle files: the contract between articles and site (ids, schema, store)."""
