"""The rule registry: every rule, by code. Codes are never reused; a test checks that.

Each rule lives in its own module named after its code (``sh101_column_total.py``), with its
documentation as the class docstring.
"""

from __future__ import annotations

from shanhai_check.rules.base import Rule
from shanhai_check.rules.sh101_column_total import ColumnTotal
from shanhai_check.rules.sh102_row_total import RowTotal
from shanhai_check.rules.sh103_total_not_checkable import TotalNotCheckable
from shanhai_check.rules.sh201_goal_explained_by_prose import GoalExplainedByProse
from shanhai_check.rules.sh202_goal_mismatch import GoalMismatch
from shanhai_check.rules.sh203_allocation_vs_table import AllocationVsTable
from shanhai_check.rules.sh204_allocation_stated_twice import AllocationStatedTwice
from shanhai_check.rules.sh301_member_breaks_rule import MemberBreaksRule
from shanhai_check.rules.sh302_group_size import GroupSize
from shanhai_check.rules.sh303_group_not_checkable import GroupNotCheckable
from shanhai_check.rules.sh304_member_without_value import MemberWithoutValue
from shanhai_check.rules.sh401_breakdown_contradicts_total import BreakdownContradictsTotal
from shanhai_check.rules.sh402_breakdown_exceeds_total import BreakdownExceedsTotal
from shanhai_check.rules.sh403_totals_disagree import TotalsDisagree
from shanhai_check.rules.sh404_breakdown_not_countable import BreakdownNotCountable

ALL_RULES: tuple[type[Rule], ...] = (
    ColumnTotal,
    RowTotal,
    TotalNotCheckable,
    GoalExplainedByProse,
    GoalMismatch,
    AllocationVsTable,
    AllocationStatedTwice,
    MemberBreaksRule,
    GroupSize,
    GroupNotCheckable,
    MemberWithoutValue,
    BreakdownContradictsTotal,
    BreakdownExceedsTotal,
    TotalsDisagree,
    BreakdownNotCountable,
)

RULES: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}
