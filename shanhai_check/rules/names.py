"""Unit names against the roster: what a written name stands for, and the nearest known names.

Drafts shorten and lengthen unit names (区委办公室 for 区委办, 区机关事务局 for
区机关事务管理局), so "nearest" first looks for names whose characters appear in order in the
other (one is an abbreviation of the other), and only then at plain similarity.
"""

from __future__ import annotations

import difflib

from shanhai_check.model import Roster, Unit
from shanhai_check.similar import names_of

# Characters that a plain YAML scalar in a flow list cannot start with or hold.
_YAML_SPECIAL = set(",[]{}:#&*!|>'\"%@`")


def known(roster: Roster, name: str) -> bool:
    """True when the name is a unit, a unit's alias, or a group (placeholder) of the roster."""
    return roster.unit(name) is not None or roster.group(name) is not None


def resolved(roster: Roster, name: str) -> str:
    """The roster's own name for what *name* stands for (a unit or a group), else the name."""
    unit = roster.unit(name)
    if unit is not None:
        return unit.name
    group = roster.group(name)
    return group.name if group is not None else name


def _in_order(short: str, long: str) -> bool:
    """Whether every character of *short* appears in *long*, in order."""
    rest = iter(long)
    return all(char in rest for char in short)


def _all_names(roster: Roster) -> list[str]:
    names = [n for u in roster.units.values() for n in (u.name, *u.aliases)]
    return names + [n for g in roster.groups.values() for n in (g.name, *g.aliases)]


def nearest(roster: Roster, name: str, limit: int = 3) -> list[str]:
    """Roster names a planner most likely meant by *name*, best first."""
    index = names_of(roster, lambda: _all_names(roster))
    names = index.candidates(name)  # every name of a roster of a few hundred; else the likeliest
    core = name.strip("()()")
    abbreviations = [n for n in names if len(n) > 1 and (_in_order(n, core) or _in_order(core, n))]
    abbreviations.sort(key=lambda n: -difflib.SequenceMatcher(None, name, n).ratio())
    similar = difflib.get_close_matches(name, names, n=limit, cutoff=0.5)
    return list(dict.fromkeys(resolved(roster, n) for n in abbreviations + similar))[:limit]


def alias_for(roster: Roster, name: str) -> Unit | None:
    """The roster unit *name* most likely shortens or spells out (区委办公室 for 区委办(区台办),
    through its alias 区委办): one whose name or alias has its characters in order in the
    other; None when no unit is related that way (a merely similar name is no alias)."""
    core = name.strip("()()")
    related = [
        (u, n)
        for u in roster.units.values()
        for n in (u.name, *u.aliases)
        if len(n) > 1 and (_in_order(n, core) or _in_order(core, n))
    ]
    if not related:
        return None
    return max(related, key=lambda pair: difflib.SequenceMatcher(None, name, pair[1]).ratio())[0]


def yaml_flow_list(names: list[str]) -> str:
    """'[区委办, 区台办, 区委办公室]', quoting a name YAML would otherwise misread."""

    def scalar(text: str) -> str:
        if not text or text != text.strip() or _YAML_SPECIAL & set(text):
            return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return text

    return "[" + ", ".join(map(scalar, names)) + "]"
