"""JSS Field Guide's model: an estimate of Upwork's Job Success Score from a contract history."""

from .arbitration import ArbitrationAdvice, Option, arbitration
from .assumptions import ASSUMPTIONS, Assumption
from .codec import dump_json, to_dict
from .errors import FieldError
from .estimate import ContractResult, Estimate, estimate
from .fields import MAX_CONTRACTS, MAX_JSON_CHARS
from .model import UNKNOWN, Contract, History, ShownScore
from .outcomes import Reason
from .parse import decode_share, from_dict, from_form, load_json
from .presets import PRESETS, Preset, preset
from .rules import GUIDE, RULE_SETS, RuleSet, rule_set, rules_in_force
from .scenarios import Comparison, Departure, TimelinePoint, compare, departures, timeline
from .share import MAX_SHARE_CHARS, encode_share
from .sources import SOURCES, Source

__all__ = [
    "ASSUMPTIONS",
    "GUIDE",
    "MAX_CONTRACTS",
    "MAX_JSON_CHARS",
    "MAX_SHARE_CHARS",
    "PRESETS",
    "RULE_SETS",
    "SOURCES",
    "UNKNOWN",
    "ArbitrationAdvice",
    "Assumption",
    "Comparison",
    "Contract",
    "ContractResult",
    "Departure",
    "Estimate",
    "FieldError",
    "History",
    "Option",
    "Preset",
    "Reason",
    "RuleSet",
    "ShownScore",
    "Source",
    "TimelinePoint",
    "arbitration",
    "compare",
    "decode_share",
    "departures",
    "dump_json",
    "encode_share",
    "estimate",
    "from_dict",
    "from_form",
    "load_json",
    "preset",
    "rule_set",
    "rules_in_force",
    "timeline",
    "to_dict",
]
__version__ = "0.1.0"
