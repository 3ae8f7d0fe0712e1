"""The rule registry: every rule, by code. Codes are never reused; a test checks that.

Each rule lives in its own module named after its code (``sh101_column_total.py``), with its
documentation as the class docstring (English, with the example) and ``doc_zh`` (Chinese).
"""

from __future__ import annotations

from shanhai_check.rules.base import Rule
from shanhai_check.rules.sh101_column_total import ColumnTotal
from shanhai_check.rules.sh102_row_total import RowTotal
from shanhai_check.rules.sh103_total_not_checkable import TotalNotCheckable
from shanhai_check.rules.sh104_negative_value import NegativeValue
from shanhai_check.rules.sh105_missing_value import MissingValue
from shanhai_check.rules.sh106_part_exceeds_whole import PartExceedsWhole
from shanhai_check.rules.sh107_table_without_total import TableWithoutTotal
from shanhai_check.rules.sh111_draft_total_vs_parts import DraftTotalVsParts
from shanhai_check.rules.sh131_draft_share import DraftShare
from shanhai_check.rules.sh201_goal_explained_by_prose import GoalExplainedByProse
from shanhai_check.rules.sh202_goal_mismatch import GoalMismatch
from shanhai_check.rules.sh203_allocation_vs_table import AllocationVsTable
from shanhai_check.rules.sh204_allocation_stated_twice import AllocationStatedTwice
from shanhai_check.rules.sh205_goal_without_breakdown import GoalWithoutBreakdown
from shanhai_check.rules.sh206_figure_differs_from_quote import FigureDiffersFromQuote
from shanhai_check.rules.sh211_draft_claim_vs_table import DraftClaimVsTable
from shanhai_check.rules.sh301_member_breaks_rule import MemberBreaksRule
from shanhai_check.rules.sh302_group_size import GroupSize
from shanhai_check.rules.sh303_group_not_checkable import GroupNotCheckable
from shanhai_check.rules.sh304_member_without_value import MemberWithoutValue
from shanhai_check.rules.sh401_breakdown_contradicts_total import BreakdownContradictsTotal
from shanhai_check.rules.sh402_breakdown_exceeds_total import BreakdownExceedsTotal
from shanhai_check.rules.sh403_totals_disagree import TotalsDisagree
from shanhai_check.rules.sh404_breakdown_not_countable import BreakdownNotCountable
from shanhai_check.rules.sh411_draft_per_unit_times_count import DraftPerUnitTimesCount
from shanhai_check.rules.sh501_unknown_unit import UnknownUnit
from shanhai_check.rules.sh502_role_differs import RoleDiffers
from shanhai_check.rules.sh503_name_differs import NameDiffers
from shanhai_check.rules.sh504_lead_without_task import LeadWithoutTask
from shanhai_check.rules.sh601_number_repeated import NumberRepeated
from shanhai_check.rules.sh602_number_skipped import NumberSkipped
from shanhai_check.rules.sh611_draft_number_repeated import DraftNumberRepeated
from shanhai_check.rules.sh612_draft_number_skipped import DraftNumberSkipped
from shanhai_check.rules.sh613_draft_count_vs_list import DraftCountVsList
from shanhai_check.rules.sh603_count_mismatch import CountMismatch
from shanhai_check.rules.sh701_deadline_before_document import DeadlineBeforeDocument
from shanhai_check.rules.sh702_date_outside_period import DateOutsidePeriod
from shanhai_check.rules.sh801_citation_number_differs import CitationNumberDiffers
from shanhai_check.rules.sh811_draft_figure_stated_twice import DraftFigureStatedTwice
from shanhai_check.rules.sh812_draft_year_span import DraftYearSpan
from shanhai_check.rules.sh901_child_exceeds_parent import ChildExceedsParent
from shanhai_check.rules.sh902_children_sum_mismatch import ChildrenSumMismatch
from shanhai_check.rules.sh903_rollup_link_broken import RollupLinkBroken
from shanhai_check.rules.sh951_waiver_without_reason import WaiverWithoutReason
from shanhai_check.rules.sh952_waiver_unused import WaiverUnused
from shanhai_check.rules.sh961_decoded_as_gb18030 import DecodedAsGb18030

ALL_RULES: tuple[type[Rule], ...] = (
    ColumnTotal,
    RowTotal,
    TotalNotCheckable,
    NegativeValue,
    MissingValue,
    PartExceedsWhole,
    TableWithoutTotal,
    DraftTotalVsParts,
    DraftShare,
    GoalExplainedByProse,
    GoalMismatch,
    AllocationVsTable,
    AllocationStatedTwice,
    GoalWithoutBreakdown,
    FigureDiffersFromQuote,
    DraftClaimVsTable,
    MemberBreaksRule,
    GroupSize,
    GroupNotCheckable,
    MemberWithoutValue,
    BreakdownContradictsTotal,
    BreakdownExceedsTotal,
    TotalsDisagree,
    BreakdownNotCountable,
    DraftPerUnitTimesCount,
    UnknownUnit,
    RoleDiffers,
    NameDiffers,
    LeadWithoutTask,
    NumberRepeated,
    NumberSkipped,
    DraftNumberRepeated,
    DraftNumberSkipped,
    DraftCountVsList,
    CountMismatch,
    DeadlineBeforeDocument,
    DateOutsidePeriod,
    CitationNumberDiffers,
    DraftFigureStatedTwice,
    DraftYearSpan,
    ChildExceedsParent,
    ChildrenSumMismatch,
    RollupLinkBroken,
    WaiverWithoutReason,
    WaiverUnused,
    DecodedAsGb18030,
)

RULES: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}
