import base64
import contextlib
import json
import zlib
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import FieldError, History, ShownScore, decode_share, encode_share, preset
from calculator.parse import read_fragment
from calculator.share import MAX_SHARE_CHARS

from .conftest import histories_st


@settings(max_examples=300)
@given(histories_st())
def test_share_round_trips_exactly(h: History) -> None:
    text = encode_share(h)
    assert text.startswith("1.")
    assert all(ch.isalnum() or ch in "._-" for ch in text)
    assert decode_share(text) == h


def _pack(doc: object) -> str:
    raw = json.dumps(doc).encode()
    return "1." + base64.urlsafe_b64encode(zlib.compress(raw)).rstrip(b"=").decode()


@pytest.mark.parametrize(("text", "path"), [
    ("", "link"),
    ("2.abc", "link"),
    ("1.abc$", "link"),
    ("1.abcd", "link"),
    ("1." + "A" * (MAX_SHARE_CHARS), "link"),
    (_pack([1, 2]), "history"),
    (_pack({"schema": 1, "as_of": "2025-01-01", "contracts": [[1, 2]]}), "contracts[0]"),
    (_pack({"schema": 1, "as_of": "2025-01-01", "contracts": [
        ["1", "A", "fixed", "2024-01-01", "2024-02-01", "lots", "2024-02-01", 5, "unknown",
         False]]}), "contracts[0].earnings"),
])
def test_bad_share_strings_name_the_problem(text: str, path: str) -> None:
    with pytest.raises(FieldError) as err:
        decode_share(text)
    assert err.value.path == path


def test_a_zip_bomb_is_refused_without_inflating_it() -> None:
    bomb = "1." + base64.urlsafe_b64encode(zlib.compress(b" " * 50_000_000)).decode().rstrip("=")
    with pytest.raises(FieldError, match="too large"):
        decode_share(bomb)


@settings(max_examples=3000)
@given(st.text(max_size=300))
def test_decoder_raises_only_field_error_on_any_text(text: str) -> None:
    with contextlib.suppress(FieldError):
        decode_share(text)


@settings(max_examples=2500)
@given(st.binary(max_size=300))
def test_decoder_raises_only_field_error_on_any_packed_bytes(payload: bytes) -> None:
    text = "1." + base64.urlsafe_b64encode(zlib.compress(payload)).decode().rstrip("=")
    with contextlib.suppress(FieldError):
        decode_share(text)


#: Made by the site before the history format had ``shown``: links already posted must open.
OLD_LINK = (
    "1.eNp9kt1OhDAQhV_FzDU10yndBe501593IBtDELIb15IsGE2M7-5YoAVrvYJzkvPNyYFP6Otj81pBIROo-qeuhQIISQ"
    "vcCJSQQN2Z4VLVQw9FWcKPszufGjNc3fBre_ponvnJiVTgdkyMIhOoIZEa14a-ZuPNvJju3UDSVue-OSQlkOfeBtxMSHQi"
    "F8SCENdGhKs8dxdw80VfiUJyPXJ9JyPCTT13_5vLSXJ9JdkjyvWdjAhXe-5dwCW74PR5pD0yc50R4W48937Ntcl5XxYkiI"
    "8ojWsjwt1G_webnPdloeyci77qv30zz30IuGrJTW35Rd_RiHBzz30MuKltNAlt55S-r7Y7yD-4h69vWmnN8g"
)


def test_a_link_made_before_shown_existed_opens_and_packs_the_same() -> None:
    h = decode_share(OLD_LINK)
    assert h == preset("dispute-100-vs-400").history_a() and h.shown == ()
    assert encode_share(h) == OLD_LINK


def test_shown_scores_travel_in_a_link() -> None:
    h = replace(preset("dispute-100-vs-400").history_a(),
                shown=(ShownScore(date(2025, 5, 1), 87), ShownScore(date(2025, 5, 30), None)))
    assert decode_share(encode_share(h)) == h


def test_a_fragment_holds_one_or_two_histories() -> None:
    a = preset("dispute-100-vs-400").history_a()
    assert read_fragment(f"#a={OLD_LINK}") == {"a": a, "b": None}
    assert read_fragment(f"a={OLD_LINK}&b={OLD_LINK}") == {"a": a, "b": a}


@pytest.mark.parametrize(("text", "path"), [
    ("a=1.x&a=1.y", "link"), ("b=" + OLD_LINK, "link"), ("c=1", "link"),
    ("a=" + OLD_LINK + "&b=2.x", "link"), (5, "link"),
])
def test_bad_fragments_name_the_link(text: object, path: str) -> None:
    with pytest.raises(FieldError) as err:
        read_fragment(text)
    assert err.value.path == path
