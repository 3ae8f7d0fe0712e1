"""The same task in two lists (an attachment item with ``ref: 正文:6``): its units, side by side."""

from __future__ import annotations

from dataclasses import dataclass, field

from shanhai_check.findings import Location
from shanhai_check.messages.rules import TaskItem
from shanhai_check.rules.names import resolved


@dataclass
class Mention:
    """How one list names one unit: the roles it gives it and the spellings it uses."""

    roles: list[str] = field(default_factory=list)
    spellings: dict[str, Location] = field(default_factory=dict)

    @property
    def where(self) -> Location:
        return next(iter(self.spellings.values()))


def mentions(plan, tasks) -> dict[str, Mention]:
    """Units of *tasks* by the roster's name for them (names it does not know stay as written)."""
    found: dict[str, Mention] = {}
    for task in tasks:
        for role, names in task.units.items():
            for name, where in names:
                mention = found.setdefault(resolved(plan.roster, name), Mention())
                if role not in mention.roles:
                    mention.roles.append(role)
                mention.spellings.setdefault(name, where)
    return found


def _counterparts(plan, mine: dict[str, Mention], clauses) -> list:
    """The clauses of the referenced item that this task restates: those sharing most units
    with it (a shared lead counts double). An attachment item usually restates one clause of a
    body item whose clauses name different units; ties keep every tied clause."""

    def overlap(clause) -> int:
        theirs = mentions(plan, [clause])
        return sum(
            2 if "牵头" in theirs[u].roles and "牵头" in mine[u].roles else 1 for u in theirs.keys() & mine.keys()
        )

    scores = [overlap(c) for c in clauses]
    best = max(scores)
    return [c for c, score in zip(clauses, scores) if score == best]


def linked_pairs(plan):
    """(task, its own mentions, the restated clauses' mentions, label of the referenced item)."""
    for task in plan.tasks():
        if not task.ref:
            continue
        other = plan.referenced(task.ref)
        if other:
            mine = mentions(plan, [task])
            yield (
                task,
                mine,
                mentions(plan, _counterparts(plan, mine, other)),
                TaskItem(task_list=other[0].list_id, item=other[0].item),
            )
