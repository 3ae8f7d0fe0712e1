"""Fuzzing: whatever a file holds, checking it gives findings or clean input errors, never any
other exception; whatever a figure says, the quantity parser reads it or raises QuantityError.

The example budget is the hypothesis profile's (tests/conftest.py): ``ci``, the default, runs
100 examples a test with a fixed seed, so a CI failure reproduces; ``HYPOTHESIS_PROFILE=fuzz``
hunts much longer, with fresh examples every run.
"""

from __future__ import annotations

import copy
import datetime
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import ROOT, yaml_blocks
from shanhai_check.dates import DatePhraseError, read_date_phrase
from shanhai_check.engine import run
from shanhai_check.findings import InputError
from shanhai_check.quantity import Measure, Quantity, QuantityError, format_quantity, parse_number, parse_quantity
from shanhai_check.report.json import render
from shanhai_check.rules import ALL_RULES
from shanhai_check.schema import PLAN_SCHEMA
from shanhai_check.yamltree import parse

# The plans mutated: the documented complete plan, every rule's own example (each reaches its
# rule), and a seed plan that needs no other file.
BASES = [yaml_blocks((ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8"))[-1]]
BASES += [block for rule in ALL_RULES for block in yaml_blocks(rule.__doc__) if "# file:" not in block]
BASES.append((ROOT / "tests" / "corrected" / "2019-ningbo-huyong.yaml").read_text(encoding="utf-8"))

FOLDER = Path(
    tempfile.mkdtemp(prefix="shanhai-fuzz-")
)  # one folder for every example: fixtures are per test, not per example


def check_file(data: bytes) -> None:
    """Check *data* as a plan file, then render the result: the property is simply that
    nothing raises. A usable plan went through every rule; an unusable one gave input
    errors, each one line with a line number in the file."""
    path = FOLDER / "plan.yaml"
    path.write_bytes(data)
    result = run([str(path)], root=str(FOLDER))
    (checked,) = result.files
    assert checked.plan is not None or checked.errors or checked.kind == "roster"
    for error in checked.errors:
        assert error.location.line >= 1 and "\n" not in error.located("zh") + error.located("en")
    render(result, "en")  # the report reads every finding's message and numbers


# -- (a) the loader --------------------------------------------------------------------------
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)

# Pieces of YAML and of plans, so that random text is often nearly a plan.
PIECES = st.sampled_from(
    [
        "document:",
        " {title: x}",
        "\n",
        "  ",
        "\t",
        "{",
        "}",
        "[",
        "]",
        ", ",
        ": ",
        "- ",
        "? ",
        "&a ",
        "*a",
        "<<: ",
        "!!python/object:os.system ",
        "!!str ",
        "'",
        '"',
        "#",
        "|\n",
        ">\n",
        "---\n",
        "...\n",
        "~",
        ".nan",
        "1e3",
        "0x1F",
        "metrics:",
        "援建资金",
        " {unit: 万元}",
        "goals:",
        "tables:",
        "rows:",
        "total:",
        "columns:",
        "id: t",
        "合计",
        "value: ",
        "5万元",
        "-1",
        "１２",
        "\r",
        "\ufeff",
        "\x85",
        "\u2028",
        "roster: ../x.yaml",
        "parent: {plan: plan.yaml}",
    ]
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_is_findings_or_input_errors(text):
    check_file(text.encode("utf-8"))


@settings(deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_findings_or_input_errors(data):
    check_file(data)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join))
def test_yaml_like_text_is_findings_or_input_errors(text):
    check_file(text.encode("utf-8"))


@settings(deadline=None)
@given(TEXT)
def test_the_yaml_reader_raises_only_input_errors(text):
    try:
        parse("x.yaml", text)
    except InputError as error:
        assert error.code in {"SH001", "SH002", "SH003", "SH004"} and "\n" not in str(error)


# Values a planner might write anywhere, right or wrong.
NUMBERS = st.one_of(
    st.integers().map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.from_regex(r"[0-9０-９,.]{1,12}", fullmatch=True),
    st.sampled_from(["十四", "两", "一百零五", "零", "九千九百九十九"]),
)
UNITS = st.sampled_from(["", "万元", "亿元", "元", "个", "人次", "名", "%", "万美元", "千万元", "次", " "])
FIGURES = st.builds(
    lambda before, number, unit, after: before + number + unit + after,
    st.sampled_from(["", "不低于", "约", "-", "－", "最多"]),
    NUMBERS,
    UNITS,
    st.sampled_from(["", "以上", "左右", "余", "~2", "至10", "以内"]),
)
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    FIGURES,
    UNITS,
    st.dates(),
    st.sampled_from(
        ["—", "", "附件1", "援建资金", "结对", "SH101", "2020年7月底前", "每年", "rosters/none.yaml", "plan.yaml"]
    ),
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=6,
)


def places(tree, found=None) -> list[tuple[object, object]]:
    """Every (container, key or index) in a loaded YAML tree, the root's own keys included."""
    found = [] if found is None else found
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(tree, list) else ()
    for key, value in items:
        found.append((tree, key))
        places(value, found)
    return found


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(BASES), st.data())
def test_mutated_plans_are_findings_or_input_errors(base, data):
    """A real plan with one to four values replaced (wrong types, random figures and units,
    rows and cells changed), keys dropped or added: still findings or input errors."""
    tree = copy.deepcopy(yaml.safe_load(base))
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        spots = places(tree)
        assume(spots)
        container, key = data.draw(st.sampled_from(spots), label="where")
        action = data.draw(st.sampled_from(["replace", "replace", "drop", "add"]), label="how")
        if action == "drop":
            del container[key]
        elif action == "add" and isinstance(container, dict):
            container[data.draw(st.text(max_size=6), label="new key")] = data.draw(VALUES, label="value")
        elif action == "add":
            container.append(data.draw(VALUES, label="value"))
        else:
            container[key] = data.draw(VALUES, label="value")
    check_file(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8"))


# Plans drawn from the schema itself: every key the format allows, with values of the right
# type (or of any type where the schema allows several), drawn from a few shared names so that
# metrics, groups and columns refer to each other often enough to reach the rules.
NAMES = st.sampled_from(["援建资金", "项目", "甲区", "乙区", "结对", "附件1", "l", "合计", "万元", "个"])


def from_schema(schema: dict):
    """A hypothesis strategy for the values *schema* (our JSON Schema subset) describes."""
    if "anyOf" in schema:
        return st.one_of([from_schema(option) for option in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": one}) for one in kind])
    if kind == "object":
        properties = {key: from_schema(value) for key, value in schema.get("properties", {}).items()}
        required = {key: properties.pop(key) for key in schema.get("required", []) if key in properties}
        fixed = st.fixed_dictionaries(required, optional=properties)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return st.tuples(fixed, st.dictionaries(NAMES, from_schema(extra), max_size=3)).map(
                lambda pair: {**pair[1], **pair[0]}
            )
        return fixed
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {})), max_size=3)
    if kind == "string":
        return st.dates().map(str) if schema.get("format") == "date" else st.one_of(NAMES, FIGURES, st.text(max_size=8))
    if kind == "integer":
        return st.integers(-3, 3000)
    if kind == "number":
        return st.one_of(st.integers(-100, 10**6), st.decimals(-1000, 10**6, places=2).map(str).map(yaml.safe_load))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return LEAVES


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(from_schema(PLAN_SCHEMA))
def test_plans_drawn_from_the_schema_are_findings_or_input_errors(plan):
    check_file(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False).encode("utf-8"))


# -- (b) figures and dates -------------------------------------------------------------------
NUMBER_LIKE = st.one_of(
    FIGURES,
    st.from_regex(r"[-－−]?[0-9０-９一二十百千万亿,.~至余多以上下内左右约不低于超过]{0,16}", fullmatch=True),
    st.text(alphabet="0123456789.,-~万亿元个%", max_size=50),
    st.just("-" * 3000 + "1"),
    st.just("9" * 400),
)


@settings(deadline=None)
@given(st.one_of(TEXT, NUMBER_LIKE))
def test_any_figure_is_read_or_refused_with_a_quantity_error(text):
    try:
        quantity = parse_quantity(text)
    except QuantityError:
        return
    assert isinstance(quantity, Quantity)
    interval = quantity.interval()  # every figure read has the interval a check compares
    assert interval.lo is None or interval.hi is None or interval.lo <= interval.hi
    # ... and reads back the same: up to 28 significant digits, the default decimal context's
    # precision, which interval arithmetic still uses (figures may have 40: see the closing note)
    if max(len(v.as_tuple().digits) for v in (quantity.value, quantity.upper or quantity.value)) < 28:
        assert parse_quantity(format_quantity(quantity)).interval() == interval


@settings(deadline=None)
@given(st.one_of(TEXT, NUMBER_LIKE))
def test_numbers_and_units_are_read_or_refused(text):
    for reader in (parse_number, Measure.parse):
        try:
            reader(text)
        except QuantityError:
            pass


@settings(deadline=None)
@given(
    st.one_of(
        TEXT, st.from_regex(r"[0-9]{0,6}年?[0-9一二三四十]{0,3}月?[0-9]{0,3}日?(底|末)?(前|以前)?", fullmatch=True)
    ),
    st.one_of(st.none(), st.integers()),
)
def test_any_deadline_is_read_or_refused_with_a_date_phrase_error(text, year):
    try:
        reading = read_date_phrase(text, year)
    except DatePhraseError:
        return
    assert reading.recurring or reading.earliest <= reading.latest


def test_the_bases_are_usable_plans():
    """The mutations start from plans that load, so they reach the rules."""
    assert len(BASES) > 30
    for base in BASES:
        check_file(base.encode("utf-8"))


@pytest.mark.parametrize("value", [float("nan"), float("-inf"), 1e300, datetime.date(1, 1, 1)])
def test_values_yaml_cannot_make_from_text_are_refused_too(value):
    """safe_dump writes these as text our loader refuses (scientific notation, .nan) or reads."""
    check_file(
        yaml.safe_dump(
            {
                "document": {"title": "x"},
                "metrics": {"a": {"unit": "万元"}},
                "goals": [{"metric": "a", "value": value}],
            },
            allow_unicode=True,
        ).encode("utf-8")
    )
