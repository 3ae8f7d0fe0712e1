"""Who does each task of a draft, and the same task in the body and in an attachment.

A draft names a task's units after the task: in a bracket after the clause ("…疗休养。【牵头
单位:市总工会;责任单位:各区县(市)】"), or on the line under an attachment's numbered item
("牵头单位:市总工会配合单位:各区县(市)"). Each gives one :class:`RoleClause`: the task's words
(back to the bracket or sentence before, or to the item's number) and its units by role.

An attachment's task table copies the body's clauses, often shortened ("市总工会继续组织职工…"
→ "继续组织职工…"). Two clauses of different lists are taken for one task only when they are
each other's closest clause and nearly all of the shorter one's words stand in the other
(:data:`SAME_TASK` of its runs of :data:`RUN` characters): a task the attachment words afresh
is not paired, and no role is compared on a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from shanhai_check.drafts.outline import ATTACHMENT, ITEM, ROLE_LINE, attachment_name
from shanhai_check.findings import Location
from shanhai_check.messages import rules as msg
from shanhai_check.wording import ROLE_LABEL, ROLE_WORDS, ordinal

# A bracket that holds roles: 【…】, 〔…〕 or […] (a unit's name may hold round brackets).
_BRACKET = re.compile(r"[【〔\[]([^【】〔〕\[\]]*)[】〕\]]")
_CLAUSE_END = re.compile(r"[。！？!?】〕\]]")
_NAME_SPLIT = "、,，/"
_TRIM = " \t;；,，。:："
RUN = 4  # characters: a run of the task's words
SAME_TASK = 0.8  # of the shorter clause's runs found in the other: one task
MIN_TASK = 8  # characters of words a task needs (shorter: a caption, a role line's leftovers)


@dataclass(frozen=True)
class RoleClause:
    """One task of a draft with the units it names by role."""

    task_list: "str | msg.Message"  # 附件2, or the body (a message: 正文)
    item: int | None  # the numbered item it stands in
    task: str  # the task's words, without spaces or punctuation
    units: tuple  # (role, unit as written, where), roles as a plan has them (牵头/责任/配合)

    @property
    def label(self) -> "msg.Message | str":
        if self.item is None:
            return self.task_list
        return msg.TaskItem(task_list=self.task_list, item=self.item)


def named_units(text: str) -> list[tuple[str, str, int]]:
    """(role, unit, offset in *text*) of every unit a role list names: "牵头单位:甲;配合单位:乙、丙"."""
    labels = list(ROLE_LABEL.finditer(text))
    found = []
    for label, after in zip(labels, labels[1:] + [None]):
        role = ROLE_WORDS[label.group(1)]
        end = after.start() if after else len(text)
        for name, offset in _split_names(text, label.end(), end):
            found.append((role, name, offset))
    return found


def _split_names(text: str, start: int, end: int):
    """The names between *start* and *end*, split at 、 outside round brackets: 市委组织部(市委人才办)."""
    depth, begin = 0, start
    for at in range(start, end + 1):
        char = text[at] if at < end else "、"
        depth += char in "(（"
        depth -= char in ")）" and depth > 0
        if char in _NAME_SPLIT and depth == 0:
            raw = text[begin:at]
            name = raw.strip(_TRIM)
            if name:
                yield name, begin + raw.index(name)
            begin = at + 1


def role_clauses(text) -> list[RoleClause]:
    """Every task of the draft *text* (a DraftText) that names units by role, in order."""
    clauses: list[RoleClause] = []
    task_list: "str | msg.Message" = msg.DraftBody()
    item: int | None = None
    pending: list[str] = []  # the words of the current item not yet given roles
    for number, line in text.prose_lines:
        stripped = line.strip()
        if attachment := ATTACHMENT.match(line):
            task_list, item, pending = attachment_name(attachment), None, []
        elif ordinal(stripped):
            pending = []
        elif ROLE_LINE.match(line) and not _BRACKET.match(stripped):
            clauses += _clause(text, task_list, item, "".join(pending), number, line, 0)
            pending = []
        else:
            if numbered := ITEM.match(line):
                item, pending = int(numbered.group(1)), []
                line = " " * (numbered.end() - 1) + line[numbered.end() - 1 :]
            pending = _brackets(text, task_list, item, pending, number, line, clauses)
    return clauses


def _brackets(text, task_list, item, pending: list[str], number: int, line: str, clauses: list) -> list[str]:
    """Adds the clauses of the role brackets in *line*; gives back the words left pending after them."""
    start = 0
    for bracket in _BRACKET.finditer(line):
        if not ROLE_LABEL.search(bracket.group(1)):
            continue
        words = line[start : bracket.start()].rstrip(_TRIM)
        ends = list(_CLAUSE_END.finditer(words))
        before = words[ends[-1].end() :] if ends else "".join(pending) + words
        clauses += _clause(text, task_list, item, before, number, line[: bracket.end(1)], bracket.start(1))
        start, pending = bracket.end(), []
    rest = line[start:].strip(_TRIM)
    return pending + [rest] if rest else pending


def _clause(text, task_list, item, words: str, number: int, line: str, offset: int) -> list[RoleClause]:
    """The clause of *words* whose units *line* names from *offset* to its end."""
    task = _plain(words)
    units = tuple((role, name, text.at(number, offset + at + 1, name)) for role, name, at in named_units(line[offset:]))
    if len(task) < MIN_TASK or not units:
        return []
    return [RoleClause(task_list, item, task, units)]


def _plain(words: str) -> str:
    """The words alone: no spaces, no punctuation, full-width letters and digits as ASCII."""
    return "".join(c for c in unicodedata.normalize("NFKC", words) if c.isalnum())


def _runs(task: str) -> set[str]:
    return {task[i : i + RUN] for i in range(max(1, len(task) - RUN + 1))}


def same_tasks(clauses: list[RoleClause]) -> list[tuple[RoleClause, RoleClause]]:
    """(later, earlier) pairs of clauses in different lists that are one task (see the module)."""
    runs = [_runs(c.task) for c in clauses]
    holders: dict[str, list[int]] = {}
    for index, found in enumerate(runs):
        for run in found:
            holders.setdefault(run, []).append(index)

    def closest(index: int) -> int | None:
        shared = Counter(other for run in runs[index] for other in holders[run] if other != index)
        scores = {
            other: count / min(len(runs[index]), len(runs[other]))
            for other, count in shared.items()
            if clauses[other].task_list != clauses[index].task_list
        }
        ranked = sorted(scores.items(), key=lambda pair: -pair[1])
        if not ranked or ranked[0][1] < SAME_TASK or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    best = [closest(i) for i in range(len(clauses))]
    return [(clauses[i], clauses[j]) for i, j in enumerate(best) if j is not None and j < i and best[j] == i]


def where_units(clause: RoleClause) -> dict[str, tuple[list[str], str, Location]]:
    """unit (spaces and full-width brackets evened out) → (its roles, as written, where first named)."""
    found: dict[str, tuple[list[str], str, Location]] = {}
    for role, name, where in clause.units:
        roles, _, _ = found.setdefault(unicodedata.normalize("NFKC", name).replace(" ", ""), ([], name, where))
        if role not in roles:
            roles.append(role)
    return found
