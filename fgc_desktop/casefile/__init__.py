"""Case files: one whole conference as JSON, to move a case between databases or keep it.

The format is described in docs/case-file.md and stated in schema.json.
"""
