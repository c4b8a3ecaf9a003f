"""The one domain error: a bad value, named by its field path."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["LONE_SURROGATE", "FieldError"]

#: Half of a UTF-16 pair on its own (text cut inside an emoji): no UTF-8 text can hold it, so
#: it can be neither printed nor sent to the page; the input checks refuse it.
LONE_SURROGATE: Final = re.compile("[\\ud800-\\udfff]")


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
        # A path may echo what was given (an unknown key); half of a UTF-16 pair there could
        # not be printed or sent to the page, so it shows as the replacement character.
        path, message = _printable(path), _printable(message)
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}



def _printable(text: str) -> str:
    return LONE_SURROGATE.sub("\ufffd", text)
