"""Issue 17's areas with no page before: badges, agencies, account holds, getting paid, fees.

Each area has its page and answers, and the answers keep the facts (and the grade) their sources
support, so an edit cannot quietly turn a report into a rule or drop a version of a policy.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.guide import answers as data
from tools.guide.sources import all_sources

ROOT = Path(__file__).resolve().parents[2]

#: Each area, its page, and the answers that must cover it.
AREAS = {
    "badges other than Top Rated": ("badges", {
        "badges-and-score", "top-rated-plus", "top-rated-plus-lost", "expert-vetted",
        "rising-talent-and-score", "rising-talent-gone"}),
    "agencies and the JSS": ("agencies", {
        "agency-score", "agency-member-score", "agency-owner-score", "agency-member-leaves"}),
    "account holds tied to negative feedback": ("account", {
        "negative-feedback-hold", "feedback-hold-versions", "hold-existing-contracts"}),
    "hourly pay timing and protection": ("payments", {
        "hourly-pay-timing", "hourly-protection-fraud", "bonus-weekly-protection"}),
    "fixed-price milestones": ("payments", {
        "change-active-milestone", "partial-milestone-release", "dormant-contract",
        "milestone-payout-timing"}),
    "fees by era": ("fees", {"fee-history", "sliding-fee", "fee-change-2023",
                             "variable-fee-2025"}),
}


@pytest.mark.parametrize("area", AREAS)
def test_each_area_has_its_page_and_answers(area: str) -> None:
    page, ids = AREAS[area]
    found = data.by_id()
    assert ids <= set(found), sorted(ids - set(found))
    assert {found[i].page for i in ids} == {page}
    assert page in data.PAGE_TITLES
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(rf"^\s+- [^:]+: {page}\.md$", nav, re.M), f"{page}.md is not in the nav"


@pytest.mark.parametrize(("answer_id", "facts"), [
    # The three versions of the negative-feedback hold, in their probable order.
    ("feedback-hold-versions", ("14-day hold", "Reskilling for", "six months", "probable")),
    ("negative-feedback-hold", ("appeal after", "six months")),
    # Hourly Protection: the rule first, then what freelancers report.
    ("hourly-protection-fraud", ("knew", "took part", "report")),
    ("hourly-pay-timing", ("Monday to Sunday UTC", "Wednesday")),
    ("milestone-payout-timing", ("14 days", "5 days")),
    ("dormant-contract", ("90 days", "7 days")),
    # Fees by era.
    ("fee-history", ("20%", "10%", "5%", "3 May 2023", "15%")),
    ("fee-change-2023", ("end of 2023",)),
    ("direct-contracts-fee", ("22 April 2024", "5%")),
    ("top-rated-plus", ("$10,000", "$20,000", "12 months")),
])
def test_new_answers_state_their_key_facts(answer_id: str, facts: tuple[str, ...]) -> None:
    short = data.by_id()[answer_id].short_answer
    for fact in facts:
        assert fact in short, (answer_id, fact)


def test_what_only_third_parties_or_freelancers_report_is_graded_as_reports() -> None:
    found = data.by_id()
    assert found["variable-fee-2025"].grade == data.REPORT
    assert found["hourly-protection-fraud"].grade == data.REPORT
    # The variable fee is never stated as Upwork's rule: the answer names who reports it.
    assert found["variable-fee-2025"].short_answer.startswith("Third parties say so")
    assert all_sources()["report-fee-variable"].kind == "report"


def test_each_hold_version_is_a_source_with_its_own_address() -> None:
    sources = all_sources()
    versions = ("help-feedback-hold-14day", "help-negative-feedback-hold",
                "help-poor-outcomes-block")
    cited = set(data.by_id()["feedback-hold-versions"].sources)
    assert set(versions) <= cited
    assert all("28340628101779" in (sources[v].url or "") for v in versions)
    assert "poor-contract-outcomes" in (sources["help-poor-outcomes-block"].url or "")
