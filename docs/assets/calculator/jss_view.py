"""Shim for main.py's `import jss_view`: the views are calculator.view (delete with that import)."""

from calculator.view import arbitration_view, result_view  # noqa: F401
