"""The rule registry: every rule, by code, in code order. Codes are never reused; a test
checks that, and that this list is sorted and names every rule module.

Each rule lives in its own module named after its code (``sh101_column_total.py``): its
code, name, severity, summary, documentation (the class docstring in English, ``doc_zh`` in
Chinese) and its logic. To add one, run ``python scripts/new_rule.py SH123 rule-name``: it
writes the module, its test, its message and its line below.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from shanhai_check.rules.base import Rule

# One line per rule, in code order: the module named after its code and name.
NAMES = (
    "sh101_column_total",
    "sh102_row_total",
    "sh103_total_not_checkable",
    "sh104_negative_value",
    "sh105_missing_value",
    "sh106_part_exceeds_whole",
    "sh107_table_without_total",
    "sh111_draft_total_vs_parts",
    "sh131_draft_share",
    "sh201_goal_explained_by_prose",
    "sh202_goal_mismatch",
    "sh203_allocation_vs_table",
    "sh204_allocation_stated_twice",
    "sh205_goal_without_breakdown",
    "sh206_figure_differs_from_quote",
    "sh211_draft_claim_vs_table",
    "sh301_member_breaks_rule",
    "sh302_group_size",
    "sh303_group_not_checkable",
    "sh304_member_without_value",
    "sh401_breakdown_contradicts_total",
    "sh402_breakdown_exceeds_total",
    "sh403_totals_disagree",
    "sh404_breakdown_not_countable",
    "sh411_draft_per_unit_times_count",
    "sh501_unknown_unit",
    "sh502_role_differs",
    "sh503_name_differs",
    "sh504_lead_without_task",
    "sh601_number_repeated",
    "sh602_number_skipped",
    "sh603_count_mismatch",
    "sh611_draft_number_repeated",
    "sh612_draft_number_skipped",
    "sh613_draft_count_vs_list",
    "sh701_deadline_before_document",
    "sh702_date_outside_period",
    "sh801_citation_number_differs",
    "sh811_draft_figure_stated_twice",
    "sh812_draft_year_span",
    "sh901_child_exceeds_parent",
    "sh902_children_sum_mismatch",
    "sh903_rollup_link_broken",
    "sh951_waiver_without_reason",
    "sh952_waiver_unused",
    "sh961_decoded_as_gb18030",
)
MODULES: tuple[ModuleType, ...] = tuple(import_module(f"{__name__}.{name}") for name in NAMES)


def rule_in(module: ModuleType) -> type[Rule]:
    """The rule a rule module defines: the one class whose code its file name spells."""
    code = "SH" + module.__name__.rpartition(".")[2][2:5]
    (rule,) = [
        v
        for v in vars(module).values()
        if isinstance(v, type) and issubclass(v, Rule) and getattr(v, "code", None) == code
    ]
    return rule


ALL_RULES: tuple[type[Rule], ...] = tuple(rule_in(module) for module in MODULES)

RULES: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}
