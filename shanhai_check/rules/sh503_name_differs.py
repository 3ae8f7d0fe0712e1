"""SH503 name-differs: one task names the same unit two ways in the body and the attachment."""

from __future__ import annotations

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.linked import linked_pairs


class NameDiffers(Rule):
    """Checks that a task linked to another list (``ref``) spells each unit the same way.

    **What it does.** For an item with ``ref``, every unit it names that the roster knows is
    compared with the names the referenced item uses for the same roster unit (aliases
    resolved). Two different spellings of one unit — 市委组织部(市委人才办) in the body,
    市委组织部(市人才办) in the table — are reported at the item with ``ref``. (A spelling the
    roster does not know at all is SH501.)

    **Why it matters.** An issued plan is quoted name by name in assessment forms and
    follow-up notices; two names for one office in one document invite the question whether
    two offices are meant, and the shorter one is often an office that no longer exists.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 市委组织部, aliases: [市委组织部(市委人才办), 市委人才办]}
    task_lists:
      - id: 正文
        items:
          - item: 7
            units: {配合: [市委组织部(市委人才办)]}
      - id: 附件2
        items:
          - item: 20
            ref: 正文:7
            units: {配合: [市委人才办]}
    ```
    """

    code = "SH503"
    name = "name-differs"
    severity = Severity.WARNING
    summary = "同一任务在正文与附件中对同一单位用了不同名称"
    summary_en = "the same task names one unit two different ways in the two lists"

    def check(self, plan):
        for task, mine, theirs, there in linked_pairs(plan):
            for unit, mention in mine.items():
                other = theirs.get(unit)
                if other is None or plan.roster.unit(unit) is None:
                    continue
                for name, where in mention.spellings.items():
                    if name in other.spellings:
                        continue
                    other_name, other_where = next(iter(other.spellings.items()))
                    message = msg.NameDiffers(here=task.label, there=there, name=name, other=other_name, unit=unit)
                    yield self.finding(message, where, [other_where])
