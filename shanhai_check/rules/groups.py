"""Rule groups: names for sets of codes, usable wherever a code is (``--select drafts``,
``ignore = ["numbering"]``), as sqlfluff's groups are.

A group is a family of codes (the hundreds: SH1xx tables add up …), the input its rules read
(``plans``, ``drafts``, ``repository``), or ``sums``: the rules whose verdict is arithmetic on
the document's figures (a total and its parts, a per-unit amount times a count, a share, a
figure stated twice), the checks a planner runs first.
"""

from __future__ import annotations

from shanhai_check.rules import ALL_RULES

FAMILIES = {
    "totals": "SH1",  # tables add up
    "goals": "SH2",  # headline goals against their breakdown
    "members": "SH3",  # a group's rule, member by member
    "breakdowns": "SH4",  # a task's breakdown against its total
    "units": "SH5",  # unit names and roles
    "numbering": "SH6",  # numbering and counted lists
    "dates": "SH7",  # deadlines and periods
    "restated": "SH8",  # one thing stated twice (citations, figures, years)
    "rollup": "SH90",  # child plans against their parent
    "waivers": "SH95",
    "encoding": "SH96",
}
READS = {"plans": ("plan", "plans"), "drafts": ("draft",), "repository": ("plans",)}
SUMS = (
    "SH101",
    "SH102",
    "SH106",
    "SH111",
    "SH131",
    "SH201",
    "SH202",
    "SH203",
    "SH204",
    "SH211",
    "SH301",
    "SH401",
    "SH402",
    "SH403",
    "SH411",
    "SH811",
    "SH901",
    "SH902",
)


def _groups() -> dict[str, tuple[str, ...]]:
    codes = [rule.code for rule in ALL_RULES]
    groups = {name: tuple(c for c in codes if c.startswith(prefix)) for name, prefix in FAMILIES.items()}
    groups |= {
        name: tuple(r.code for r in ALL_RULES if any(r.reads_kind(k) for k in reads)) for name, reads in READS.items()
    }
    groups["sums"] = tuple(c for c in codes if c in SUMS)
    return groups


GROUPS: dict[str, tuple[str, ...]] = _groups()


def groups_of(code: str) -> list[str]:
    """The groups *code* belongs to, in the order above."""
    return [name for name, members in GROUPS.items() if code in members]
