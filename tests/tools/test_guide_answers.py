"""tools/guide/answers.py and sources.py: the answer data is well formed and fully cited."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from tools.guide import answers as data
from tools.guide.sources import Source, all_sources

DOCS = Path(__file__).resolve().parents[2] / "docs"
PUBLISHED = Path(__file__).resolve().parents[1] / "site" / "published_anchors.txt"


def test_the_answer_data_validates() -> None:
    assert len(data.by_id()) == len(data.ANSWERS) >= 45


@pytest.mark.parametrize("answer", data.ANSWERS, ids=lambda a: a.id)
def test_each_answer_is_quotable_and_cited(answer: data.Answer) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", answer.id) and len(answer.id) <= 32
    assert answer.question.endswith("?")
    sentences = re.split(r"(?<=[.!?])\s+", answer.short_answer)
    assert 1 <= len(sentences) <= 3, "a short answer is one or two sentences (three at most)"
    assert len(answer.short_answer) <= 400
    assert set(answer.sources) <= set(all_sources()), "cites a source missing from sources.md"
    assert (DOCS / f"{answer.page}.md").is_file()


@pytest.mark.parametrize("answer", data.ANSWERS, ids=lambda a: a.id)
def test_each_answer_anchor_is_published(answer: data.Answer) -> None:
    assert answer.url in PUBLISHED.read_text(encoding="utf-8").split()


@pytest.mark.parametrize(("change", "message"), [
    ({"id": "Not A Slug"}, "lowercase"),
    ({"page": "nowhere"}, "unknown page"),
    ({"grade": "a hunch"}, "grade"),
    ({"era": "someday"}, "unknown era"),
    ({"sources": ()}, "cites no source"),
    ({"topics": ()}, "topics"),
    ({"topics": ("gossip",)}, "topics"),
    ({"updated": "23 November 2026"}, "updated"),
])
def test_malformed_answers_are_refused(monkeypatch: pytest.MonkeyPatch,
                                       change: dict[str, object], message: str) -> None:
    bad = dataclasses.replace(data.ANSWERS[0], **change)  # type: ignore[arg-type]
    monkeypatch.setattr(data, "ANSWERS", (bad, *data.ANSWERS[1:]))
    with pytest.raises(ValueError, match=message):
        data.by_id()


def test_a_repeated_id_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "ANSWERS", (*data.ANSWERS, data.ANSWERS[0]))
    with pytest.raises(ValueError, match="used twice"):
        data.by_id()


def test_the_questions_from_the_threads_are_answered() -> None:
    required = {
        "accept-lower-offer", "who-is-right", "open-contract-bad-outcome", "refund-remove-feedback",
        "small-history-swings", "earnings-no-feedback", "no-earnings-no-feedback",
        "cancel-to-avoid-feedback", "escrow-decision", "fee-worth-it", "other-party-not-paying",
        "future-milestones", "flagged-client-feedback", "close-unpaid-or-leave-open",
        "scope-change", "top-rated-removal-perk", "withdrawn-offer", "unusual-date-drop",
        "ending-many-contracts", "five-stars-lower-score", "free-work-profile",
        # Also asked in the threads: the next run (000), the lost badge (004), idle contracts
        # that had been paid (001).
        "when-score-updates", "top-rated-recovery", "idle-after-payment",
    }
    assert required <= set(data.by_id())


def test_every_package_source_is_described_for_readers() -> None:
    from calculator.sources import SOURCES

    merged = all_sources()
    for sid in SOURCES:
        assert merged[sid].supports != "Cited by the model's rules and assumptions.", (
            f"add what {sid!r} supports to tools/guide/sources.py EXTRA")


#: Issue 12's topics, each with the answers that must cover it (anchors are published).
ISSUE_TOPICS = {
    "chargebacks": {"chargeback"},
    "money after release": {"money-after-release", "arbitrate-released"},
    "account health and suspension": {"account-health", "profile-private"},
    "the hourly dispute flow": {"hourly-dispute-flow"},
    "Hourly Protection is conditional": {"hourly-protection-limits"},
    "feedback removal and reporting": {"report-review"},
    "the single 28-day reply": {"reply-to-review"},
    "feedback you give a client": {"feedback-to-client"},
    "which contracts count toward a first score": {"first-score-minimum"},
    "partial refunds and counter-offers": {"partial-refund", "pro-rata-settlement"},
    "split awards": {"split-award"},
    "service-fee tiers and open contracts": {"fee-tiers-open-contracts"},
    "auto-pause then and now": {"auto-pause"},
    "Top Rated in full": {"top-rated-requirements", "top-rated-recovery"},
    "eligibility": {"when-first-score"},
    "how the windows work": {"how-windows-work"},
    "both sides declining arbitration": {"neither-side-pays"},
    "getting the fee back": {"fee-back"},
    "idle contracts before November 2020": {"idle-after-payment"},
    "paused contracts": {"paused-contract-counts"},
    "small disputes": {"fee-above-escrow", "fee-worth-it"},
}


@pytest.mark.parametrize("topic", ISSUE_TOPICS)
def test_every_topic_of_the_issue_has_an_answer(topic: str) -> None:
    assert ISSUE_TOPICS[topic] <= set(data.by_id()), topic


def test_answers_carry_topics_and_an_update_date() -> None:
    for answer in data.ANSWERS:
        entry = answer.to_dict()
        assert entry["updated"] == answer.updated
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(entry["updated"]))
        topics = entry["topics"]
        assert isinstance(topics, list) and topics and set(topics) <= set(data.TOPICS)


@pytest.mark.parametrize(("answer_id", "facts"), [
    # The corrected claims keep their key facts (issue 12).
    ("fee-worth-it", ("Only if the escrow is big enough", "twice the fee")),
    ("future-milestones", ("payments already released",)),
    ("ending-many-contracts", ("spacing closures out",)),
    ("open-contract-bad-outcome", ("several months", "8 November 2020")),
    ("paused-contract-counts", ("2015", "poor client behaviour")),
    ("hourly-protection-limits", ("No.", "payment failed")),
    ("reply-to-review", ("one public reply", "28 days")),
])
def test_corrected_answers_state_their_key_facts(answer_id: str, facts: tuple[str, ...]) -> None:
    short = data.by_id()[answer_id].short_answer
    for fact in facts:
        assert fact in short, (answer_id, fact)


def test_no_answer_still_says_often_yes_or_escrow_only() -> None:
    for answer in data.ANSWERS:
        assert not answer.short_answer.startswith("Often yes"), answer.id
        assert "only money already in escrow" not in answer.short_answer, answer.id
        assert "in a batch is safe" not in answer.short_answer, answer.id


def test_the_fee_question_names_the_packages_fees() -> None:
    from calculator.arbitration import FEE_2025_USD, FEE_AAA_USD

    question = data.by_id()["fee-worth-it"].question
    assert f"${FEE_AAA_USD:,.0f}" in question and f"${FEE_2025_USD:,.2f}" in question


def test_sources_that_rest_on_reports_are_graded_as_reports() -> None:
    # An answer whose only non-official support is freelancers' reports says so in its grade.
    sources = all_sources()
    for answer in data.ANSWERS:
        kinds = {sources[s].kind for s in answer.sources}
        if kinds == {"report"}:
            assert answer.grade == data.REPORT, answer.id
    assert data.by_id()["hourly-protection-limits"].grade == data.REPORT


@pytest.mark.parametrize("source", all_sources().values(), ids=lambda s: s.id)
def test_every_guide_source_has_a_full_address_and_a_date(source: Source) -> None:
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", source.date), source.id
    assert not re.search(r"\b(td|m|ba)-p/\d+", source.where), f"bare id in {source.where!r}"
    if source.url is None:
        assert source.kind == "thread" and "no public copy found" in source.where
    else:
        assert re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/\S*", source.url), source.url
    assert source.kind in ("official", "thread", "expert", "report")
    assert source.supports


def test_the_five_source_threads_are_listed_with_their_titles() -> None:
    threads = {s.id: s for s in all_sources().values() if s.kind == "thread"}
    assert sorted(threads) == [f"seed-00{i}" for i in range(5)]
    assert threads["seed-000"].title == "Dispute and jSS"
    assert threads["seed-002"].title == "Contract dispute"
    assert threads["seed-000"].url and threads["seed-002"].url


# --- g-fix: the form change, the corrections of issue 17, and the answers they need --------
@pytest.mark.parametrize(("answer_id", "facts"), [
    ("private-rating-removed", ("private rating", "1 to 5 public stars", "no date",
                                "JSS page still lists private feedback")),
    ("five-stars-lower-score", ("old form", "no private rating")),
    ("refund-remove-feedback", ("old form", "current form")),
    ("cancel-to-avoid-feedback", ("old form", "current form")),
    ("ending-many-contracts", ("old form", "current one")),
    ("dispute-affects-jss", ("It can.", "disputed contracts and poor client")),
    ("long-term-clients", ("disagree", "does not count against you", "as a negative")),
    ("hourly-protection-limits", ("The rule", "The reports", "took part in fraud")),
    ("escrow-decision", ("Brief",)),
    ("arbitration-provider", ("Brief", "divided", "7 days")),
    ("arbitrate-released", ("no age limit",)),
    ("mediation-length", ("At most 30 days", "no source", "21 days")),
    ("mediation-silence", ("deadlines run anyway", "7 days", "back to the client")),
    ("mid-contract-feedback", ("No:", "30 days", "14 days")),
    ("change-feedback", ("Once per contract", "14 days")),
    ("score-disappeared", ("minimum", "24 months", "November 2020")),
])
def test_issue_17_answers_state_their_key_facts(answer_id: str, facts: tuple[str, ...]) -> None:
    short = data.by_id()[answer_id].short_answer
    for fact in facts:
        assert fact in short, (answer_id, fact)


def test_answers_about_private_feedback_name_the_form_era() -> None:
    # The private rating belongs to one form; an answer that speaks of it must say which.
    for answer in data.ANSWERS:
        if "private" in answer.short_answer.lower() and answer.id not in {"profile-private"}:
            assert answer.era == "form-change" or "form" in answer.short_answer, answer.id
    assert "undated" in data.ERAS["form-change"]


def test_answers_resting_on_job_weights_are_not_dated_november_2020() -> None:
    # Weighting by pay began in March 2020; the bands come from the current help page.
    for answer_id in ("free-work-profile", "accept-lower-offer"):
        assert data.by_id()[answer_id].era == "weights"
    assert "March 2020" in data.ERAS["weights"]


def test_the_source_threads_carry_their_public_addresses_and_dates() -> None:
    threads = all_sources()
    assert threads["seed-001"].url and threads["seed-001"].url.endswith("/m-p/444990")
    assert threads["seed-001"].date == "2018-01"
    assert threads["seed-004"].url and threads["seed-004"].url.endswith("/td-p/1109720")
    assert threads["seed-004"].date == "2022"
    assert threads["seed-003"].url is None and threads["seed-003"].date != "2026"
    assert "September 2024" in threads["seed-003"].where


def test_the_conflicting_factors_page_is_described_with_both_wordings() -> None:
    factors = all_sources()["help-factors"].supports
    assert "private feedback" in factors and "negative client feedback" in factors
    assert "lack of long-term contracts" in factors
    assert "not exceed 30 days" in all_sources()["help-fixed-dispute"].supports
    assert "Brief" in all_sources()["help-fixed-dispute"].supports
