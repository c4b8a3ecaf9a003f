from calculator import ASSUMPTIONS, SOURCES


def test_every_assumption_cites_known_sources() -> None:
    for assumption in ASSUMPTIONS:
        assert assumption.sources, assumption.id
        assert all(s in SOURCES for s in assumption.sources), assumption.id


def test_sources_have_titles_and_ids_match_keys() -> None:
    for key, source in SOURCES.items():
        assert source.id == key and source.title and source.where
        assert source.url is None or source.url.startswith("https://")
