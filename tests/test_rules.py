"""Every rule: documented, triggered by its own example, quiet on a correct plan."""

import re

import pytest

from conftest import ROOT, rule_example, rule_twin, split_files, yaml_blocks
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
    for heading in ("**What it does.**", "**Why it matters.**", "**Example.**", "**Use instead.**"):
        assert doc.count(heading) == 1, f"{rule.code} docstring lacks {heading} (or has it twice)"
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
def test_rule_twin_does_not_trigger_the_rule(rule, check_text):
    """The example's corrected twin (**Use instead.**): the same kind of document, in the same
    files, that does not trigger the rule, nor any error. SH961's twin is its example saved as
    UTF-8, so it is written as UTF-8 whatever the example's encoding."""
    name, example = rule_example(rule)
    twin_name, twin = rule_twin(rule)
    assert twin_name == name and split_files(twin, name).keys() == split_files(example, name).keys()
    assert twin != example or getattr(rule, "example_encoding", "utf-8") != "utf-8"
    result = check_text(twin, name)
    assert not result.input_errors, [str(e) for e in result.input_errors]
    assert [f.code for f in result.findings if f.code == rule.code] == []
    assert [str(f.location) for f in result.findings if f.severity is Severity.ERROR] == []


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


def test_the_registry_is_in_code_order_and_names_every_rule_module():
    from pathlib import Path

    from shanhai_check.rules import MODULES

    codes = [r.code for r in ALL_RULES]
    assert codes == sorted(codes)
    on_disk = sorted(p.stem for p in (Path(ROOT) / "shanhai_check" / "rules").glob("sh[0-9][0-9][0-9]_*.py"))
    assert [m.__name__.rpartition(".")[2] for m in MODULES] == on_disk
    for module, rule in zip(MODULES, ALL_RULES):  # sh101_column_total.py holds SH101 column-total
        assert module.__name__.rpartition(".")[2] == f"{rule.code.lower()}_{rule.name.replace('-', '_')}"


# -- SH501 offers the alias to add ---------------------------------------------------------------
def test_sh501_offers_the_exact_alias_yaml_that_silences_it(tmp_path):
    """区委办公室 spells out 区委办 (an alias of 区委办(区台办)): the finding gives the YAML to add,
    and adding it makes the finding go away."""
    import re

    from shanhai_check.engine import run

    roster = "roster:\n  units:\n    - {name: 区委办(区台办), aliases: [区委办, 区台办]}\n    - {name: 区商务局}\n"
    plan = (
        "document: {title: 示例}\nroster: roster.yaml\ntask_lists:\n  - id: 附件1\n    items:\n"
        "      - item: 1\n        units: {责任: [区委办公室, 区商务局, 区对口办]}\n"
    )
    (tmp_path / "roster.yaml").write_text(roster, encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "p.yaml").write_text(plan.replace("roster.yaml", "../roster.yaml"), encoding="utf-8")
    found = [f for f in run([str(tmp_path / "plans")], root=str(tmp_path)).findings if f.code == "SH501"]
    assert [f.message.args["name"] for f in found] == ["区委办公室", "区对口办"]
    assert (
        found[0]
        .text()
        .endswith(
            "。若 '区委办公室' 就是 区委办(区台办),"
            "在名册 ../roster.yaml:3 该单位处写上 aliases: [区委办, 区台办, 区委办公室]"
        )
    )
    assert (
        found[0]
        .text("en")
        .endswith(
            ". If '区委办公室' is 区委办(区台办), "
            "write aliases: [区委办, 区台办, 区委办公室] for that unit in the roster at ../roster.yaml:3"
        )
    )
    assert "aliases:" not in found[1].text()  # 区对口办 abbreviates no unit: no alias is guessed
    offered = re.search(r"aliases: \[.*\]", found[0].text()).group(0)
    (tmp_path / "roster.yaml").write_text(roster.replace("aliases: [区委办, 区台办]", offered), encoding="utf-8")
    again = [
        f.message.args["name"] for f in run([str(tmp_path / "plans")], root=str(tmp_path)).findings if f.code == "SH501"
    ]
    assert again == ["区对口办"]


def test_alias_yaml_quotes_names_yaml_would_misread():
    from shanhai_check.rules.names import yaml_flow_list

    assert yaml_flow_list(["区委办", "a, b", 'say "x"']) == '[区委办, "a, b", "say \\"x\\""]'
