import json

import pytest

from calculator import web
from calculator.fields import CONTRACT_FIELDS, HISTORY_FIELDS, SHOWN_FIELDS, field
from calculator.model import Contract, History, ShownScore


def test_contract_fields_are_the_contract_value_object_fields() -> None:
    assert [f.attribute for f in CONTRACT_FIELDS] == list(Contract.__slots__)
    assert field("earnings").attribute == "earnings_usd"


def test_history_fields_cover_the_history_value_object() -> None:
    assert set(History.__slots__) <= {f.name for f in HISTORY_FIELDS}
    assert [f.name for f in SHOWN_FIELDS] == list(ShownScore.__slots__)


def test_form_fields_is_the_field_list_as_json_with_rule_choices() -> None:
    data = json.loads(web.form_fields())
    assert [f["name"] for f in data] == [f.name for f in HISTORY_FIELDS]
    contracts = data[-1]
    assert [f["name"] for f in contracts["items"]] == [f.name for f in CONTRACT_FIELDS]
    rules = next(f for f in data if f["name"] == "rules")
    assert ["2015-03", "Launch"] in rules["choices"]


@pytest.mark.parametrize(("name", "low", "high"), [
    ("public_rating", 1, 5), ("private_rating", 0, 10), ("earnings", 0, 100_000_000),
    ("refunded_usd", 0, 100_000_000),
])
def test_limits_are_stated(name: str, low: float, high: float) -> None:
    assert (field(name).low, field(name).high) == (low, high)
