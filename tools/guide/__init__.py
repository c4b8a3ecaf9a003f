"""Build-time generation of the guide's answers, worked examples, tables and answers.json."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

import calculator
from calculator.arbitration import FEE_SOURCES

from . import coverage, model_tables, numbers, render, tables
from .answers import ANSWERS, UPDATED, by_id
from .examples import build_all
from .sources import all_sources
from .tables import ExampleError

__all__ = ["DOCS", "ExampleError", "generate"]

#: The real docs/ folder. tools/prepare.py hands generate() a temporary out_dir, so the two files
#: that must live outside docs/generated/ are written here directly (both are gitignored).
DOCS: Final = Path(__file__).resolve().parents[2] / "docs"


def generate(out_dir: Path, docs_dir: Path | None = None) -> None:
    """Write the guide's generated fragments into ``out_dir`` (docs/generated/guide/).

    Writes answers/<id>.md (each answer's header), examples/<name>.md (worked examples computed
    by the package), rule-sets.md, assumptions.md, job-weights.md, the answer lists, the
    sources lists, answers.json and the coverage map (coverage.md, coverage.json); also
    docs/answers.json and docs/coverage.json, so both are served at the site root. (A missing
    include fails the MkDocs build: tools/mkdocs_hooks.py checks them.)

    Raises:
        ExampleError: an example's claim is false, or a citation names an unknown source.
        ValueError: the answer data is malformed (see :func:`tools.guide.answers.by_id`).
        tools.guide.coverage.CoverageError: the coverage map is malformed or names an anchor
            the pages do not have.
    """
    docs = DOCS if docs_dir is None else docs_dir
    answers = by_id()
    sources = all_sources()
    _check_citations(sources)

    files: dict[str, str] = {}
    for answer in ANSWERS:
        files[f"answers/{answer.id}.md"] = render.answer_header(answer, sources)
    for example in build_all():
        files[f"examples/{example.name}.md"] = example.markdown
    files["answer-links.md"] = render.answer_links()
    files["popular.md"] = render.popular()
    files["answer-index.md"] = render.answer_index()
    files["rule-sets.md"] = tables.rule_sets_table(sources)
    files["assumptions.md"] = tables.assumptions_table(sources)
    files["job-weights.md"] = tables.job_weights_table()
    files["job-weight-bands.md"] = tables.job_weight_bands_table()
    files["eligibility.md"] = tables.eligibility_table()
    files["arbitration-fees.md"] = tables.arbitration_fees_table(sources)
    files["rule-matrix.md"] = tables.rule_matrix_table()
    files["private-chances.md"] = model_tables.private_chances_table()
    files["calibration.md"] = model_tables.calibration_section()
    files["calibration-short.md"] = model_tables.calibration_short_answer()
    files["size-limits.md"] = model_tables.size_limits_table()
    files["json-example.md"] = model_tables.json_example()
    cited = _cited_by()
    for kind, name in (("official", "official"), ("thread", "threads"), ("expert", "experts"),
                       ("report", "reports")):
        files[f"sources-{name}.md"] = render.sources_section(kind, sources, cited)
    files["answers.json"] = render.answers_json()
    # The coverage map: a question whose anchor is missing from the pages stops the build here.
    mapped = coverage.check(docs)
    files["coverage.md"] = coverage.coverage_markdown(mapped, coverage.link_labels(docs))
    files["coverage.json"] = coverage.coverage_json(mapped, UPDATED)

    files = {rel: numbers.fill(text, f"generated/guide/{rel}") for rel, text in files.items()}
    for rel, text in files.items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    _check_answer_pages(docs)
    _write_if_changed(docs / "answers.json", files["answers.json"])
    _write_if_changed(docs / "coverage.json", files["coverage.json"])
    assert len(answers) == len(ANSWERS)


def _check_citations(sources: Mapping[str, object]) -> None:
    """Every source an answer, rule set or assumption cites must be on sources.md."""
    cited = {s for a in ANSWERS for s in a.sources}
    cited |= {s for r in calculator.RULE_SETS for s in r.sources}
    cited |= {s for x in calculator.ASSUMPTIONS for s in x.sources}
    cited |= {s for ids in FEE_SOURCES.values() for s in ids}
    missing = sorted(cited - set(sources))
    if missing:
        raise ExampleError(f"cited but not on sources.md: {missing}")


def _check_answer_pages(docs: Path) -> None:
    """Each answer's header is included exactly once, on its own page."""
    texts = {page.stem: page.read_text(encoding="utf-8") for page in sorted(docs.glob("*.md"))}
    for answer in ANSWERS:
        directive = f"{{!generated/guide/answers/{answer.id}.md!}}"
        pages = [stem for stem, text in texts.items() for _ in range(text.count(directive))]
        if pages != [answer.page]:
            raise ValueError(f"answer {answer.id!r} must be included once, on {answer.page}.md; "
                             f"found on {pages or 'no page'}")


def _cited_by() -> dict[str, list[str]]:
    """Source id -> answer ids citing it, then the model's rule sets and assumptions."""
    out: dict[str, list[str]] = {}
    for answer in ANSWERS:
        for sid in answer.sources:
            out.setdefault(sid, []).append(answer.id)
    for rules in calculator.RULE_SETS:
        for sid in rules.sources:
            out.setdefault(sid, []).append(f"rule set `{rules.id}`")
    for item in calculator.ASSUMPTIONS:
        for sid in item.sources:
            out.setdefault(sid, []).append(f"assumption `{item.id}`")
    return out


def _write_if_changed(path: Path, text: str) -> None:
    # Unchanged bytes are not rewritten, so `mkdocs serve` does not rebuild in a loop.
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
