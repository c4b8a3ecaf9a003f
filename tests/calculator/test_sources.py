import re

import pytest

from calculator import ASSUMPTIONS, SOURCES, Source

#: A full public address: https, a host, a path (community addresses name their board and post).
URL = re.compile(r"^https://[a-z0-9.-]+\.[a-z]{2,}/\S*$")
COMMUNITY = re.compile(r"^https://community\.upwork\.com/t5/[^/]+/[^/]+/(td|m|ba)-p/\d+$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BARE_ID = re.compile(r"\b(td|m|ba|bc)-p/\d+")


def test_every_assumption_cites_known_sources() -> None:
    for assumption in ASSUMPTIONS:
        assert assumption.sources, assumption.id
        assert all(s in SOURCES for s in assumption.sources), assumption.id


def test_sources_have_titles_and_ids_match_keys() -> None:
    for key, source in SOURCES.items():
        assert source.id == key and source.title and source.where


@pytest.mark.parametrize("source", SOURCES.values(), ids=lambda s: s.id)
def test_every_source_has_a_full_address_and_a_date(source: Source) -> None:
    assert DATE.match(source.date), f"{source.id}: date {source.date!r} is not YYYY[-MM[-DD]]"
    assert 2015 <= int(source.date[:4]) <= 2026
    assert not BARE_ID.search(source.where), f"{source.id}: a bare post id in {source.where!r}"
    if source.url is None:
        # Only a source thread may lack an address, and then it says that none was found.
        assert source.id.startswith("seed-") and "no public copy found" in source.where
        return
    assert URL.match(source.url), source.url
    if "community.upwork.com" in source.url:
        assert COMMUNITY.match(source.url), f"{source.id}: {source.url} is not a thread address"


def test_the_model_cites_announcements_by_their_public_address() -> None:
    # The ids the guide once cited bare now resolve to full community addresses.
    for sid, post in (("announce-2020-03", "m-p/709311"), ("announce-2020-11", "m-p/824751"),
                      ("release-trending", "ba-p/904715"), ("bulletin-2023-12", "m-p/1491817"),
                      ("moderator-2025-zero", "td-p/1650422"), ("blog-2015", "td-p/736122")):
        url = SOURCES[sid].url
        assert url is not None and url.endswith(post) and COMMUNITY.match(url), sid


def test_to_dict_carries_url_and_date() -> None:
    d = SOURCES["help-jss"].to_dict()
    assert d["url"] == "https://support.upwork.com/hc/en-us/articles/34958134307475"
    assert d["date"] == "2025"
