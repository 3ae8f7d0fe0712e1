"""Every rule: documented, triggered by its own example, quiet on a correct plan."""

import re

import pytest

from conftest import ROOT, rule_example, yaml_blocks
from shanhai_check.findings import Severity
from shanhai_check.input_codes import INPUT_CODES
from shanhai_check.rules import ALL_RULES, RULES

DOC_EXAMPLE = yaml_blocks((ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8"))[-1]


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in ALL_RULES] + list(INPUT_CODES)
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"SH\d{3}", c) for c in codes)
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.__doc__ or ""
    for heading in ("**What it does.**", "**Why it matters.**", "**Example.**"):
        assert heading in doc, f"{rule.code} docstring lacks {heading}"
    assert rule.summary and rule.summary_en and isinstance(rule.severity, Severity)
    assert rule.__module__.split(".")[-1].startswith(rule.code.lower() + "_")


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_example_triggers_the_rule(rule, check_text):
    name, example = rule_example(rule)
    result = check_text(example, name, encoding=getattr(rule, "example_encoding", "utf-8"))  # SH961's is GB18030
    assert not result.input_errors, [str(e) for e in result.input_errors]
    codes = [f.code for f in result.findings]
    assert rule.code in codes, f"{rule.code} example gave {codes}"
    finding = next(f for f in result.findings if f.code == rule.code)
    assert finding.severity is rule.severity
    assert finding.location.line > 0


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_is_quiet_on_the_documented_complete_plan(rule, check_text):
    result = check_text(DOC_EXAMPLE)
    assert not result.input_errors
    assert [f for f in result.findings if f.code == rule.code] == []


def test_documented_complete_plan_is_clean_and_verifies_its_sums(check_text):
    result = check_text(DOC_EXAMPLE)
    assert result.exit_code == 0 and result.findings == []
    verified = {v.code for f in result.files for v in f.verified}
    assert {"SH101", "SH202", "SH203", "SH301", "SH302", "SH401"} <= verified


def test_registry_maps_codes_to_rules():
    assert RULES["SH101"].name == "column-total"
