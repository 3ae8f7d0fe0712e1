"""drafts/roles.py: who does each task of a draft, and which clauses are one task."""

from __future__ import annotations

from shanhai_check.drafts.read import Draft, editor_lines, normalise
from shanhai_check.drafts.roles import named_units, role_clauses, same_tasks
from shanhai_check.drafts.text import analyse


def test_role_lists_split_at_the_pause_mark_outside_round_brackets():
    text = "牵头单位:市委组织部(市委人才办)、市教育局;配合单位:各区县(市)、开发园区"
    assert [(role, name, text[at : at + len(name)]) for role, name, at in named_units(text)] == [
        ("牵头", "市委组织部(市委人才办)", "市委组织部(市委人才办)"),
        ("牵头", "市教育局", "市教育局"),
        ("配合", "各区县(市)", "各区县(市)"),
        ("配合", "开发园区", "开发园区"),
    ]


def test_labels_run_together_and_other_offices_words():
    assert [(r, n) for r, n, _ in named_units("主责单位:市发改委协办单位:市财政局")] == [
        ("牵头", "市发改委"),
        ("配合", "市财政局"),
    ]


def _clauses(text: str):
    return role_clauses(analyse(Draft("draft.txt", [normalise(line) for line in editor_lines(text)])))


def test_each_bracket_takes_the_words_back_to_the_clause_before():
    clauses = _clauses(
        "1.推进产业合作。组织企业开展投资洽谈活动【责任单位:各区县(市)】。引导企业开展产业链配套对接。【牵头单位:市经信局】\n"
    )
    assert [(c.item, c.task, [n for _, n, _ in c.units]) for c in clauses] == [
        (1, "组织企业开展投资洽谈活动", ["各区县(市)"]),
        (1, "引导企业开展产业链配套对接", ["市经信局"]),
    ]


def test_a_role_line_takes_the_item_above_it():
    (clause,) = _clauses("附件2\n3.引导相关行业企业到对口地区开展产业链配套对接。\n责任单位:市经信局、市发改委\n")
    assert (clause.task_list, clause.item, clause.task) == ("附件2", 3, "引导相关行业企业到对口地区开展产业链配套对接")


def test_two_attachment_items_as_close_to_one_clause_are_not_paired():
    body = "1.组织企业到对口地区开展投资洽谈活动【责任单位:各区县(市)】\n"
    twins = (
        "附件2\n1.组织企业到对口地区开展投资洽谈活动。\n牵头单位:市商务局\n"
        "2.组织企业到对口地区开展投资洽谈活动。\n牵头单位:市经信局\n"
    )
    assert same_tasks(_clauses(body + twins)) == []
    assert len(same_tasks(_clauses(body + twins.split("2.")[0]))) == 1
