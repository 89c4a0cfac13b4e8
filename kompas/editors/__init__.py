"""Editors' tools beside the pipeline: import a draft article, review what it became."""
