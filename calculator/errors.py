"""The one domain error: a bad value, named by its field path."""

from __future__ import annotations

__all__ = ["FieldError"]


class FieldError(ValueError):
    """A value that does not fit the documented format.

    Args:
        path: Where the value is, e.g. ``contracts[3].earnings``.
        message: What was expected, in words a reader can act on.

    Example:
        >>> str(FieldError("contracts[0].kind", "expected 'fixed' or 'hourly'"))
        "contracts[0].kind: expected 'fixed' or 'hourly'"
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}
