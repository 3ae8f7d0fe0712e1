"""Rule documentation: every code documented in Chinese and English, `explain`, `rules`, SARIF help.

That every rule's example triggers its rule is tested in test_rules.py
(test_rule_example_triggers_the_rule); here we check that the example `explain` shows is that
same one, and run the input codes' examples, which test_rules.py does not have.
"""

import json
import re

import pytest

from conftest import invoke, rule_example, rule_twin, split_files, yaml_blocks
from shanhai_check import ruledoc
from shanhai_check.engine import RunResult
from shanhai_check.input_codes import INPUT_CODES, INPUT_DOCS, WITHOUT_EXAMPLE
from shanhai_check.report import sarif
from shanhai_check.rules import ALL_RULES, RULES
from shanhai_check.rules.sh101_column_total import ColumnTotal

CODES = list(INPUT_CODES) + [rule.code for rule in ALL_RULES]
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"\b[a-z]{3,}\b")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("code", CODES)
def test_every_code_is_documented_in_both_languages(code, lang):
    doc = ruledoc.document(code, lang)
    assert doc.lang == lang, f"{code} has no complete {lang} documentation (shown in English instead)"
    assert doc.intro and doc.what and doc.why and (doc.example or code in WITHOUT_EXAMPLE)
    if code in RULES:  # every rule's example has its corrected twin, with words in this language
        assert doc.instead_note and doc.instead
        assert doc.instead != doc.example or code == "SH961"  # SH961's twin differs in its encoding only
    prose = " ".join((doc.intro, doc.what, doc.why, doc.note, doc.instead_note))
    assert "```" not in prose  # the example is the docstring's, written once
    if lang == "zh":  # Chinese, not English left untranslated
        assert len(HAN.findall(prose)) > 3 * len(LATIN_WORD.findall(prose)), prose


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_chinese_documentation_sits_in_the_rule_class_itself(rule):
    assert "doc_zh" in vars(rule), f"{rule.code}: doc_zh belongs in {rule.__module__}"
    for heading in ("**作用。**", "**为何重要。**", "**示例。**", "**正确写法。**"):
        assert rule.doc_zh.count(heading) == 1


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_the_example_shown_is_the_one_test_rules_runs(rule):
    _, example = rule_example(rule)  # what test_rule_example_triggers_the_rule checks
    assert ruledoc.document(rule.code, "zh").example == ruledoc.document(rule.code, "en").example == example
    _, twin = rule_twin(rule)  # what test_rule_twin_does_not_trigger_the_rule checks
    assert ruledoc.document(rule.code, "zh").instead == ruledoc.document(rule.code, "en").instead == twin


@pytest.mark.parametrize("code", [c for c in INPUT_CODES if c not in WITHOUT_EXAMPLE])
def test_input_code_examples_give_exactly_their_code(code, check_text):
    result = check_text(INPUT_DOCS[code].example)
    assert [e.code for e in result.input_errors] == [code]
    assert result.exit_code == 2


def test_explain_in_chinese(monkeypatch, tmp_path):
    result = invoke("explain", "SH101")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == ["SH101  column-total  错误", "分配表各列的合计行与各行之和不符"]
    assert lines[3] == "核对每张带合计行的表的每一列: 所写的合计必须等于该列各行之和。"
    for heading in (
        "**作用。** 对每一列精确求和",
        "**为何重要。** 合计对不上",
        "**示例。** 附件1 两行相加 110 + 221 = 331",
    ):
        assert sum(line.startswith(heading) for line in lines) == 1, heading
    assert "What it does" not in result.stdout
    assert f"```yaml\n{yaml_blocks(ColumnTotal.__doc__)[0]}```\n" in result.stdout
    trial = "试一试: 把上面的 YAML 保存为 plan.yaml,运行 `shanhai-check check plan.yaml`,会报告 SH101。"
    instead = lines.index("**正确写法。** 合计写成两行之和 331。")
    assert lines[instead - 2] == trial and lines.count(trial) == 1  # the trial follows the example, the twin comes last
    assert result.stdout.endswith(f"```yaml\n{yaml_blocks(ColumnTotal.__doc__)[1]}```\n")
    # Doing what it says reports the rule; the corrected twin does not.
    example, twin = yaml_blocks(result.stdout)
    (tmp_path / "plan.yaml").write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    checked = invoke("check", "plan.yaml")
    assert checked.exit_code == 1 and "SH101" in checked.stdout
    (tmp_path / "plan.yaml").write_text(twin, encoding="utf-8")
    checked = invoke("check", "plan.yaml")
    assert checked.exit_code == 0 and "SH101" not in checked.stdout


def test_explain_in_english_by_name_or_lower_case():
    result = invoke("explain", "sh101", "--lang", "en")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == ["SH101  column-total  error", "a table's 合计 row does not equal the sum of its rows"]
    for heading in (
        "**What it does.** Adds up each column",
        "**Why it matters.** A 合计 that does not add up",
        "**Example.**",
    ):
        assert sum(line.startswith(heading) for line in lines) == 1, heading
    assert "作用" not in result.stdout
    trial = "To try it: save the YAML above as plan.yaml and run `shanhai-check check plan.yaml`; it reports SH101."
    assert lines[lines.index("**Use instead.** The 合计 written as the sum of its rows:") - 2] == trial
    assert invoke("explain", "column-total", "--lang", "en").stdout == result.stdout


def test_explain_a_multi_file_example_says_which_files_and_they_trigger_the_rule(monkeypatch, tmp_path):
    result = invoke("explain", "SH901")
    assert result.exit_code == 0
    assert (
        "试一试: 把上面的 YAML 保存为 province.yaml、city.yaml (按 `# file:` 行分成 2 个文件),"
        "运行 `shanhai-check check province.yaml city.yaml`,会报告 SH901。"
    ) in result.stdout.splitlines()
    example = yaml_blocks(result.stdout)[0]  # the example; the second block is its corrected twin
    for name, text in split_files(example, "plan.yaml").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    checked = invoke("check", "province.yaml", "city.yaml")
    assert checked.exit_code == 1 and "SH901" in checked.stdout


def test_explain_an_input_code():
    result = invoke("explain", "SH002", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == ["SH002  plan-format  input error", INPUT_CODES["SH002"][1].render("en")]
    assert "**Why it matters.** A file that cannot be read as a plan is not checked at all" in result.stdout
    assert "```yaml\ndocument: {title: 示例}\ngaols:\n" in result.stdout
    assert invoke("explain", "SH002").stdout.splitlines()[0] == "SH002  plan-format  输入错误"


@pytest.mark.parametrize(
    ("args", "start", "end"),
    [
        (
            ["SH1O1"],
            "shanhai-check: 没有规则或输入错误代码 'SH1O1'; 最接近的: SH101",
            "; `shanhai-check rules` 列出全部代码\n",
        ),
        (
            ["colum-total", "--lang", "en"],
            "shanhai-check: no rule or input code 'colum-total'; nearest: column-total",
            "; `shanhai-check rules` lists them all\n",
        ),
        (
            ["xyz", "--lang", "en"],
            "shanhai-check: no rule or input code 'xyz'; `shanhai-check rules` lists them all\n",
            "",
        ),
    ],
)
def test_explain_an_unknown_code_suggests_the_nearest_and_exits_2(args, start, end):
    result = invoke("explain", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(start) and result.stderr.endswith(end)  # best first; more may follow
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rules_lists_every_code_in_the_chosen_language(lang):
    result = invoke("rules", "--lang", lang)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == CODES
    by_code = {line.split()[0]: line for line in lines}
    assert by_code["SH002"].split(None, 3)[1:] == ["plan-format", "input", INPUT_CODES["SH002"][1].render(lang)]
    summary = RULES["SH402"].summary if lang == "zh" else RULES["SH402"].summary_en
    assert by_code["SH402"].split(None, 3)[1:] == ["breakdown-exceeds-total", "warning", summary]


def test_rules_defaults_to_chinese():
    assert invoke("rules").stdout == invoke("rules", "--lang", "zh").stdout


def _sarif_rules(lang: str) -> dict:
    document = json.loads(sarif.render(RunResult([]), lang))
    return {r["id"]: r for r in document["runs"][0]["tool"]["driver"]["rules"]}


def test_sarif_help_is_in_the_chosen_language_a_paragraph_a_line():
    zh, en = _sarif_rules("zh")["SH201"], _sarif_rules("en")["SH201"]
    assert (
        zh["fullDescription"]["text"]
        == "警告: 主要目标要加上正文中另行分配给某单位、而表中没有该单位一行的数额,才与表的合计相符。"
    )
    assert en["fullDescription"]["text"].startswith(
        "Warns when a headline goal equals the table total only once an allocation"
    )
    assert "**为何重要。**" in zh["help"]["markdown"] and "Why it matters" not in zh["help"]["markdown"]
    assert "**Why it matters.**" in en["help"]["markdown"] and "为何重要" not in en["help"]["markdown"]
    # Lines joined across the source's line breaks: no stray space inside Chinese, one between English words.
    assert "(“落实援建资金2757万元”,附件1 合计却是 1985 万元)" in zh["help"]["markdown"]
    assert "(the 合计 row is SH103's business)" in _sarif_rules("en")["SH105"]["help"]["markdown"]
    assert zh["help"]["text"] == zh["help"]["markdown"]
    assert yaml_blocks(zh["help"]["markdown"]) == yaml_blocks(RULES["SH201"].__doc__)


def test_sarif_describes_input_codes_with_their_documentation():
    zh = _sarif_rules("zh")["SH007"]
    assert zh["shortDescription"]["text"] == INPUT_CODES["SH007"][1].render("zh")
    assert zh["fullDescription"]["text"] == "名册或上级计划的路径超出了检查的目录树 (``--root``,默认为当前工作目录)。"
    assert "roster: ../城区.yaml" in zh["help"]["markdown"]
    assert zh["defaultConfiguration"]["level"] == "error"


def test_a_rule_without_chinese_documentation_is_explained_in_english(monkeypatch):
    class Draft(ColumnTotal):  # its own docstring, no doc_zh of its own (ColumnTotal's is not its)
        __doc__ = ColumnTotal.__doc__
        code, name = "SH199", "draft-rule"

    monkeypatch.setattr("shanhai_check.rules.ALL_RULES", (*ALL_RULES, Draft))
    doc = ruledoc.document("SH199", "zh")
    assert doc.lang == "en" and doc.summary == ColumnTotal.summary
    assert doc.what.startswith("Adds up each column exactly")
    assert "**What it does.**" in ruledoc.body(doc)


def test_flowed_joins_chinese_without_and_english_with_a_space():
    assert ruledoc.flowed("合计\n不符", "zh") == "合计不符"
    assert ruledoc.flowed("合计,\n“18亿元”", "zh") == "合计,“18亿元”"
    assert ruledoc.flowed("the sum\nof rows", "zh") == "the sum of rows"
    assert ruledoc.flowed("the\n合计 row", "en") == "the 合计 row"
