import pytest

from calculator import PRESETS, History, Preset, compare, estimate, preset


def history_b(p: Preset) -> History:
    b = p.history_b()
    assert b is not None, p.id
    return b


@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.id)
def test_every_preset_is_a_valid_history(p: Preset) -> None:
    a = p.history_a()
    assert estimate(a).contracts
    if p.b is not None:
        assert compare(a, history_b(p)).b.contracts


def test_five_stars_in_public_with_a_poor_private_rating_lowers_a_perfect_score() -> None:
    # Seed 004: a glowing public review can hide an "okay" private one.
    p = preset("five-stars-poor-private")
    result = compare(p.history_a(), history_b(p))
    assert result.a.score == 100 and result.b.score is not None and result.b.score < 100


def test_refunding_in_full_does_not_turn_a_bad_contract_good() -> None:
    # Seeds 001 and 002: the refund hides the public review; the private feedback still counts.
    p = preset("refund-in-full")
    b = estimate(history_b(p))
    assert b.contracts[-1].outcome == "negative"
    assert b.score is not None and b.score < 100


def test_a_new_freelancer_has_no_score_yet() -> None:
    assert estimate(preset("new-freelancer").history_a()).score is None


def test_unknown_preset_raises_key_error() -> None:
    with pytest.raises(KeyError):
        preset("nope")
