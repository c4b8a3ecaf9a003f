"""Build-time generation of the guide's answers, worked examples, tables and answers.json."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Final

import calculator
from calculator.arbitration import FEE_SOURCES

from . import render, tables
from .answers import ANSWERS, by_id
from .examples import build_all
from .sources import all_sources
from .tables import ExampleError

__all__ = ["DOCS", "ExampleError", "generate"]

#: The real docs/ folder. tools/prepare.py hands generate() a temporary out_dir, so the two files
#: that must live outside docs/generated/ are written here directly (both are gitignored).
DOCS: Final = Path(__file__).resolve().parents[2] / "docs"
#: The arbitration helper comes from the calculator-page generator (tools/calcpage).
HELPER: Final = Path("generated") / "calcpage" / "arbitration-helper.html"
#: markdown-include's directive. It only prints a warning for a missing file and drops the
#: directive, so generate() checks every directive itself and a typo fails the build.
INCLUDE: Final = re.compile(r"\{!\s*(.+?)\s*!\}")
_PLACEHOLDER: Final = ('<p class="guide-placeholder">The arbitration helper is not built yet; '
                       'use the <a href="../calculator/">calculator</a>.</p>\n')


def generate(out_dir: Path, docs_dir: Path | None = None) -> None:
    """Write the guide's generated fragments into ``out_dir`` (docs/generated/guide/).

    Writes answers/<id>.md (each answer's header), examples/<name>.md (worked examples computed
    by the package), rule-sets.md, assumptions.md, job-weights.md, the answer lists, the
    sources lists and answers.json; also docs/answers.json, so the file is served at the site
    root, and an empty arbitration-helper placeholder only if the calculator page's one is
    absent.

    Raises:
        ExampleError: an example's claim is false, or a citation names an unknown source.
        ValueError: the answer data is malformed (see :func:`tools.guide.answers.by_id`).
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
    cited = _cited_by()
    for kind, name in (("official", "official"), ("thread", "threads"), ("expert", "experts"),
                       ("report", "reports")):
        files[f"sources-{name}.md"] = render.sources_section(kind, sources, cited)
    files["answers.json"] = render.answers_json()

    for rel, text in files.items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    _check_includes(docs, set(files))
    _write_if_changed(docs / "answers.json", files["answers.json"])
    helper = docs / HELPER
    if not helper.exists():
        # Only so the build does not break before tools/calcpage exists: the calculator page's
        # generator owns this file and replaces it (prepare.py runs it after this one).
        _write_if_changed(helper, _PLACEHOLDER)
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


def _check_includes(docs: Path, generated: set[str]) -> None:
    """Each include directive in docs/*.md names a file that will exist when MkDocs runs, and
    each answer's header is included exactly once, on its own page."""
    prefix = "generated/guide/"
    seen: dict[str, list[str]] = {}
    for page in sorted(docs.glob("*.md")):
        for target in INCLUDE.findall(page.read_text(encoding="utf-8")):
            seen.setdefault(target, []).append(page.stem)
            if target.startswith(prefix):
                if target.removeprefix(prefix) not in generated:
                    raise ValueError(f"docs/{page.name} includes {target}, which tools/guide "
                                     "does not generate")
            elif target.startswith("generated/"):
                continue  # another generator's output (tools/calcpage runs after this one)
            elif not (docs / target).is_file():
                raise ValueError(f"docs/{page.name} includes {target}, which does not exist")
    for answer in ANSWERS:
        pages = seen.get(f"{prefix}answers/{answer.id}.md", [])
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
