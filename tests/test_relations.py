"""The relation layer: one judge per kind of relation, and one verdict for a plan and the draft
it was encoded from."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import write
from shanhai_check.engine import run
from shanhai_check.findings import Location, Severity
from shanhai_check.quantity import parse_quantity
from shanhai_check.relations import (
    Outcome,
    PartsOfTotal,
    PerUnitTimesCount,
    Restated,
    judge_parts,
    judge_product,
    judge_restated,
)
from shanhai_check.sums import Term

HERE = Location("t", 1)


def _parts(total: str, *parts: str, **reading) -> object:
    terms = tuple(Term(str(i), parse_quantity(p), HERE) for i, p in enumerate(parts))
    return judge_parts(PartsOfTotal(parse_quantity(total), terms, **reading))


@pytest.mark.parametrize(
    "total, parts, reading, outcome, severity",
    [
        ("18.3亿元", ("1.3亿元", "17亿元"), {}, Outcome.AGREES, None),
        ("18.3亿元", ("1.4亿元", "17亿元"), {}, Outcome.DIFFERS, None),  # exact: 18.4 is not 18.3
        ("18.3亿元", ("1.4亿元", "17亿元"), {"certain": False}, Outcome.DIFFERS, Severity.WARNING),
        ("5亿元", ("1.2亿元", "0.8亿元"), {"whole": False}, Outcome.WITHIN, None),  # 其中: a partial list
        ("5亿元", ("3.2亿元", "2亿元"), {"whole": False}, Outcome.EXCEEDS, None),
        ("5亿元", ("3.2亿元", "1亿元"), {"stated": False}, Outcome.SILENT, None),  # only inferred: not said
        ("300万元以上", ("100万元", "200万元"), {}, Outcome.AGREES, None),
    ],
)
def test_a_total_and_its_parts(total, parts, reading, outcome, severity):
    verdict = _parts(total, *parts, **reading)
    assert (verdict.outcome, verdict.severity) == (outcome, severity)
    assert verdict.exact == sum(parse_quantity(p).value for p in parts)


@pytest.mark.parametrize(
    "each, count, total, outcome",
    [
        ("221万元", 5, "1105万元", Outcome.AGREES),
        ("120万元", 5, "660万元", Outcome.APART),  # 5个乡镇各安排120万元,共计660万元
        ("1次以上", 13, "13次以上", Outcome.AGREES),  # a per-unit floor × 13 units makes the floor
        ("1次以上", 10, "13次以上", Outcome.NOT_GUARANTEED),  # ≥10 meets ≥13 without making it
        ("2次以上", 13, "13次以上", Outcome.AGREES),
    ],
)
def test_a_per_unit_amount_times_its_units(each, count, total, outcome):
    assert judge_product(PerUnitTimesCount(parse_quantity(each), count, parse_quantity(total))).outcome is outcome


@pytest.mark.parametrize(
    "first, second, outcome",
    [
        ("18.3亿元", "18.3亿元", Restated.SAME),
        ("2000人次", "2000人次以上", Restated.SAME),
        ("约100个", "98个", Restated.LOOSE),
        ("1次以上", "2次以上", Restated.BOUNDS_DIFFER),
        ("819万元", "891万元", Restated.APART),
    ],
)
def test_one_quantity_stated_twice(first, second, outcome):
    assert judge_restated(parse_quantity(first), parse_quantity(second)) is outcome


PLAN = """\
document: {{title: 示例}}
metrics:
  援建资金: {{unit: 万元}}
tables:
  - id: 附件1
    rows_are: names
    columns: [{{key: 援建资金, header: 援建资金}}]
    rows:
      甲区: [221]
      乙区: [{second}]
      丙区: [110]
    total: [552]
"""
DRAFT = "附件1\n单位\n援建资金\n(万元)\n甲区\n221\n乙区\n{second}\n丙区\n110\n合计\n552\n"


@pytest.mark.parametrize("second", ["221", "222", "220.9"])
def test_a_plan_and_its_draft_get_one_verdict_in_one_sentence(tmp_path, second):
    plan = write(tmp_path, "plan.yaml", PLAN.format(second=second))
    draft = write(tmp_path, "draft.txt", DRAFT.format(second=second))
    by_file = {f.path: f for f in run([str(plan), str(draft)]).files}

    def said(path, code):
        file = by_file[str(path)]
        return [(o.text(), type(o).__name__) for o in file.findings + file.verified if o.code == code]

    assert said(plan, "SH101") == said(draft, "SH111")
    assert len(said(plan, "SH101")) == 1
    agrees = second == "221"
    assert (said(plan, "SH101")[0][1] == "Verified") is agrees
    if not agrees:
        total = Decimal(221) + Decimal(second) + Decimal(110)
        assert said(plan, "SH101")[0][0].startswith(f"附件1 援建资金 合计 552万元 ≠ 各行之和 {total}万元")
