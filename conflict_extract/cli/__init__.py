"""The command line: ``extract`` / ``conflict-extract`` (run, eval, schema)."""

from conflict_extract.cli.app import extract_main, main

__all__ = ["extract_main", "main"]
