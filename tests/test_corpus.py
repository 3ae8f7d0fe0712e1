"""The held-out half of the corpus of real texts (issue 15), pinned as measured.

The figures below were measured once, on the ``test`` half of ``tests/data/corpus/`` after the
last change to the draft rules, and are what the closing note of that change reports. Rules are
never tuned against this half: when a change to the rules moves these figures, measure again
(``python tests/corpus_score.py test``), report the new figures, and pin them here.
"""

from __future__ import annotations

from corpus_score import manifest, score_half

# As measured on 2026-12-03 after the session's last change to the draft rules (stop 15; the
# half gained c002 from the third collection; measured twice, before and after the last rule,
# a share's base named as 总… in another paragraph, with the same figures both times): of the
# 5 relations the held-out texts' own numbers prove false, none is found with the right rule;
# of the 62 texts where every relation holds, 2 get an error (a003 SH111, b067 SH613) and 55
# (89 %) no warning. The same findings as at stop 14, on these texts, but for SH131's new
# wording. Issue 15 asks for recall ≥ 0.8, no error and ≥ 90 %: not there.
TEST_HALF = {"found": 0, "false_relations": 5, "holding": 62, "false_errors": 2, "quiet": 55}


def test_the_corpus_is_split_in_halves_with_inconsistencies_on_both_sides():
    rows = manifest()
    assert len(rows) >= 80 and {split for _, _, split in rows} == {"dev", "test"}
    halves = {split: sum(1 for _, _, s in rows if s == split) for split in ("dev", "test")}
    assert abs(halves["dev"] - halves["test"]) <= 5
    assert all(url.startswith("http") for _, url, _ in rows)


def test_the_split_is_the_stated_deal_not_a_choice():
    """Within each collection (the file name's letter) and within texts with and without a real
    inconsistency, texts ordered by the SHA-256 of their file name go to dev, test, dev, … (the
    corpus README): no text was placed in a half by hand."""
    import hashlib

    import yaml

    from corpus_score import CORPUS

    groups: dict[tuple[str, bool], list[tuple[str, str]]] = {}
    for name, _, split in manifest():
        answers = yaml.safe_load((CORPUS / "answers" / name.replace(".txt", ".yaml")).read_text(encoding="utf-8"))
        groups.setdefault((name[0], bool(answers.get("inconsistent"))), []).append((name, split))
    for members in groups.values():
        members.sort(key=lambda member: hashlib.sha256(member[0].encode()).hexdigest())
        assert [split for _, split in members] == [("dev", "test")[i % 2] for i in range(len(members))], members


def test_the_held_out_half_scores_as_measured():
    half = score_half("test")
    measured = {
        "found": half.found,
        "false_relations": half.false_relations,
        "holding": len(half.holding),
        "false_errors": len(half.false_errors),
        "quiet": len(half.quiet),
    }
    assert measured == TEST_HALF
