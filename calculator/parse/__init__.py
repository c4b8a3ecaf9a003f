"""Every input, read at one edge: JSON text, form values, share strings, requests and arguments.

Each function takes text or decoded JSON and returns value objects (or raises
:class:`~calculator.errors.FieldError` naming the field); the rest of the package never sees
raw input.
"""

from .arguments import amount_argument, rules_argument, shown_argument, with_shown
from .dates import read_date
from .document import MAX_DEPTH, load_json, parse_json_text
from .history import JSS_START, check_shown, from_dict, from_form, read_form
from .requests import (
    TIMELINE_MONTHS,
    ArbitrationRequest,
    arbitration_request,
    request_number,
    request_object,
    request_span,
    span_date,
    timeline_span,
)
from .share import SIDES, decode_share, read_fragment

__all__ = [
    "JSS_START",
    "MAX_DEPTH",
    "SIDES",
    "TIMELINE_MONTHS",
    "ArbitrationRequest",
    "amount_argument",
    "arbitration_request",
    "check_shown",
    "decode_share",
    "from_dict",
    "from_form",
    "load_json",
    "parse_json_text",
    "read_date",
    "read_form",
    "read_fragment",
    "request_number",
    "request_object",
    "request_span",
    "rules_argument",
    "shown_argument",
    "span_date",
    "timeline_span",
    "with_shown",
]
