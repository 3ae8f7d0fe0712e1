"""Properties of the sum check, over generated allocation tables."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from shanhai_check.kinds import check_plan
from shanhai_check.rules import ALL_RULES
from shanhai_check.load import Repository

COLUMNS = ["援建资金", "销售额"]
amounts = st.integers(min_value=0, max_value=10**9)
tables = st.lists(st.tuples(amounts, amounts), min_size=1, max_size=20)


def plan_text(rows, total) -> str:
    lines = ["document: {title: 生成的计划}", "metrics:"]
    lines += [f"  {c}: {{unit: 万元}}" for c in COLUMNS]
    lines += ["tables:", "  - id: 附件1", f"    columns: [{', '.join(COLUMNS)}]", "    rows:"]
    lines += [f"      单位{i}: [{a}, {b}]" for i, (a, b) in enumerate(rows)]
    lines.append(f"    total: [{total[0]}, {total[1]}]")
    return "\n".join(lines) + "\n"


def findings(tmp_path, rows, total):
    path = tmp_path / "p.yaml"
    path.write_text(plan_text(rows, total), encoding="utf-8")
    plan = Repository(str(tmp_path)).load(str(path))
    return check_plan(plan, [r for r in ALL_RULES if r.reads == "plan"])


def exact_total(rows):
    return [sum(r[0] for r in rows), sum(r[1] for r in rows)]


@settings(max_examples=60, deadline=None)
@given(rows=tables)
def test_exact_total_checks_clean(tmp_path_factory, rows):
    result = findings(tmp_path_factory.mktemp("t"), rows, exact_total(rows))
    assert result.findings == []
    assert [v.code for v in result.verified] == ["SH101", "SH101"]


@settings(max_examples=60, deadline=None)
@given(rows=tables, data=st.data())
def test_changing_one_cell_is_caught_in_its_column(tmp_path_factory, rows, data):
    total = exact_total(rows)
    row = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.integers(0, 1))
    delta = data.draw(st.integers(-(10**6), 10**6).filter(lambda d: d != 0))
    changed = [list(r) for r in rows]
    changed[row][column] += delta
    result = findings(tmp_path_factory.mktemp("t"), changed, total)
    (finding,) = [f for f in result.findings if f.code != "SH104"]  # a cell pushed below 0 is also SH104
    assert finding.code == "SH101"
    assert COLUMNS[column] in finding.text()
    assert Decimal(finding.numbers["gap"].value) == -delta


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(st.decimals(min_value=0, max_value=1000, places=1), min_size=1, max_size=12),
    data=st.data(),
)
def test_rounded_cells_tolerate_rounding_but_not_more(tmp_path_factory, rows, data):
    """Cells with one decimal: a total off by more than the summed half-units is caught."""
    tolerance = Decimal("0.05") * (len(rows) + 1)
    total = sum(rows, Decimal(0))
    off = data.draw(st.decimals(min_value=tolerance + Decimal("0.1"), max_value=10**4, places=1))
    clean = findings(tmp_path_factory.mktemp("t"), [(r, 0) for r in rows], [total, 0])
    assert clean.findings == []
    wrong = findings(tmp_path_factory.mktemp("t"), [(r, 0) for r in rows], [total + off, 0])
    assert [f.code for f in wrong.findings] == ["SH101"]
