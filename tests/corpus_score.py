"""How the draft rules do on real published texts nobody tuned them on (issue 15).

``tests/data/corpus/`` holds real texts of the family (援疆/援藏/对口支援, 东西部扶贫协作, 山海协作,
对口合作 …), each with its source address, and for each a hand-verified list of every relation
it states and whether it holds (two people agreed on each verdict; see the corpus README).
``MANIFEST`` puts each text in ``dev`` (rules may be written against it) or ``test`` (held out:
measured once per issue, never tuned against).

Figures, per half:
- **recall**: of the relations a text's own numbers prove false, how many get a finding of a
  rule for that kind of relation, on the relation's line or naming it among the related lines;
- **false errors**: texts where every relation holds that still get an error-level finding;
- **quiet texts**: texts where every relation holds that get no warning or error at all;
- **false findings**: every warning or error that matches no false relation, listed.

Run ``python tests/corpus_score.py [dev|test]``; the test that pins the test half's figures is
in ``test_corpus.py``.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS = Path(__file__).parent / "data" / "corpus"
# Which rules speak for which kind of relation (a finding of another rule does not count).
KIND_CODES = {
    "total-parts": {"SH111", "SH211"},
    "repeat": {"SH811", "SH211"},
    "per-unit": {"SH411"},
    "share": {"SH131"},
    "count": {"SH613"},
    "numbering": {"SH611", "SH612"},
    "year-span": {"SH812"},
    "deadline": {"SH701"},
    "citation": {"SH801"},
    "roles": {"SH502"},
}
SPOKEN = ("error", "warning")


@dataclass
class TextScore:
    name: str
    split: str
    false_relations: list = field(default_factory=list)  # (kind, line) the text's numbers prove false
    found: list = field(default_factory=list)  # the false relations a finding of the right kind names
    findings: list = field(default_factory=list)  # (code, severity, line, message) of warnings and errors
    unmatched: list = field(default_factory=list)  # those that match no false relation

    @property
    def holds(self) -> bool:
        return not self.false_relations

    @property
    def errors(self) -> list:
        return [f for f in self.findings if f[1] == "error"]


def manifest() -> list[tuple[str, str, str]]:
    """(file, source address, dev|test) for every text."""
    rows = []
    for line in (CORPUS / "MANIFEST").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, url, split = line.split("\t")
            rows.append((name, url, split))
    return rows


def score_text(name: str, split: str) -> TextScore:
    from shanhai_check.engine import run

    answers = yaml.safe_load((CORPUS / "answers" / (Path(name).stem + ".yaml")).read_text(encoding="utf-8"))
    score = TextScore(name, split)
    relations = [r for r in answers.get("relations") or [] if not r.get("optional")]
    score.false_relations = [(r["kind"], r["line"]) for r in relations if r["holds"] is False]
    (file,) = run([str(CORPUS / "texts" / name)]).files
    findings = [f for f in file.findings if f.severity.value in SPOKEN]
    used = set()
    for kind, line in score.false_relations:
        for finding in findings:
            lines = {finding.location.line, *(r.line for r in finding.related)}
            if finding.code in KIND_CODES.get(kind, ()) and line in lines:
                score.found.append((kind, line))
                used.add(id(finding))
                break
    for finding in findings:
        shown = (finding.code, finding.severity.value, finding.location.line, finding.text())
        score.findings.append(shown)
        if id(finding) not in used and not _names_a_false_relation(finding, score.false_relations):
            score.unmatched.append(shown)
    return score


def _names_a_false_relation(finding, false_relations) -> bool:
    """A second finding on a relation already found is not a false one."""
    lines = {finding.location.line, *(r.line for r in finding.related)}
    return any(finding.code in KIND_CODES.get(kind, ()) and line in lines for kind, line in false_relations)


@dataclass
class HalfScore:
    split: str
    texts: list[TextScore]

    @property
    def false_relations(self) -> int:
        return sum(len(t.false_relations) for t in self.texts)

    @property
    def found(self) -> int:
        return sum(len(t.found) for t in self.texts)

    @property
    def recall(self) -> float:
        return self.found / self.false_relations if self.false_relations else 1.0

    @property
    def holding(self) -> list[TextScore]:
        return [t for t in self.texts if t.holds]

    @property
    def false_errors(self) -> list[TextScore]:
        return [t for t in self.holding if t.errors]

    @property
    def quiet(self) -> list[TextScore]:
        return [t for t in self.holding if not t.findings]

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """kind → (found, false relations)."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for text in self.texts:
            for kind, _ in text.false_relations:
                counts[kind][1] += 1
            for kind, _ in text.found:
                counts[kind][0] += 1
        return {kind: tuple(v) for kind, v in sorted(counts.items())}


def score_half(split: str) -> HalfScore:
    return HalfScore(split, [score_text(name, s) for name, _, s in manifest() if s == split])


def report(half: HalfScore) -> str:
    lines = [
        f"{half.split}: {len(half.texts)} texts, {len(half.texts) - len(half.holding)} with a real inconsistency",
        f"  recall: {half.found} of {half.false_relations} false relations found with the right relation "
        f"({half.recall:.2f})",
        f"  texts where every relation holds: {len(half.holding)}; with an error: {len(half.false_errors)}; "
        f"with no warning at all: {len(half.quiet)} ({len(half.quiet) / max(1, len(half.holding)):.0%})",
    ]
    for kind, (found, total) in half.by_kind().items():
        lines.append(f"  {kind}: {found}/{total}")
    codes = Counter(f[0] for t in half.texts for f in t.unmatched)
    lines.append(f"  false findings: {sum(codes.values())} ({', '.join(f'{c} {n}' for c, n in sorted(codes.items()))})")
    for text in half.texts:
        for code, severity, line, message in text.unmatched:
            lines.append(f"    {text.name}:{line} {severity} {code} {message[:150]}")
        for kind, line in text.false_relations:
            if (kind, line) not in text.found:
                lines.append(f"    missed {text.name}:{line} {kind}")
    return "\n".join(lines)


if __name__ == "__main__":
    for split in sys.argv[1:] or ["dev", "test"]:
        print(report(score_half(split)))
