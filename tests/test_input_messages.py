"""Input errors (SH0xx) in both languages: English under --lang en in every report format,
the Chinese report as before (tests/test_bad_input.py pins its words)."""

import ast
import json
import os
import re
from dataclasses import dataclass

import pytest
import yaml

from conftest import ROOT, invoke, write
from shanhai_check.messages import Message
from shanhai_check.messages import inputs as input_messages
from shanhai_check.findings import InputError

# Chinese script and the punctuation that goes with it (、,:…), full-width forms included.
CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
QUOTED = re.compile(r"'[^'\n]*'")


def unquoted_cjk(text: str) -> list[str]:
    """The Chinese characters of *text* outside '…' quotes: in an English message only quoted
    user data (names, keys and figures from the plan) may be Chinese."""
    return CJK.findall(QUOTED.sub("", text))


def test_the_helper_sees_chinese_outside_quotes_only():
    assert unquoted_cjk("figure '很多' is wrong: unreadable figure: '很多'") == []
    assert unquoted_cjk("figure '很多' 有误") == ["有", "误"]
    assert unquoted_cjk("a, b: c") == [] and unquoted_cjk("单位、组") == ["单", "位", "、", "组"]


# The bad inputs and the whole messages they give, in tests/data/input_errors.yaml.
GOALS = "document: {title: x}\nmetrics:\n  援建资金: {unit: 万元}\ngoals:\n"


@dataclass
class Case:
    name: str
    files: dict  # name → text
    path: str  # what is checked
    code: str
    line: int
    en: "str | re.Pattern"  # the whole English message, or a pattern for it
    zh: "str | re.Pattern"

    @classmethod
    def read(cls, raw: dict) -> "Case":
        files = {"plan.yaml": f"{GOALS}  - {raw['goal']}\n"} if "goal" in raw else raw.get("files", {})
        expected = {
            lang: re.compile(raw[f"{lang}_match"]) if f"{lang}_match" in raw else raw[lang] for lang in ("en", "zh")
        }
        return cls(raw["name"], files, raw.get("path", "plan.yaml"), raw["code"], raw["line"], **expected)


CASES = [
    Case.read(raw)
    for raw in yaml.safe_load((ROOT / "tests" / "data" / "input_errors.yaml").read_text(encoding="utf-8"))
]


@pytest.fixture
def checked(tmp_path, monkeypatch):
    """Write a case's files in a folder, make it the working directory (and so the root), and
    run ``check`` on it with extra arguments; returns (CLI result, the folder's real path)."""
    folder = tmp_path / "repo"
    folder.mkdir()
    monkeypatch.chdir(folder)

    def _run(case: Case, *args: str):
        for name, text in case.files.items():
            write(folder, name, text)
        return invoke("check", *args, case.path), os.path.realpath(folder)

    return _run


def _assert_message(message: str, expected, root: str) -> None:
    if isinstance(expected, re.Pattern):
        assert expected.fullmatch(message), message
    else:
        assert message == expected.format(root=root)


def _only_error(report: str, case: Case) -> dict:
    document = json.loads(report)
    (error,) = document["input_errors"]
    assert (error["code"], error["line"], error["file"]) == (case.code, case.line, case.path)
    return error


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_english_json_report(checked, case):
    result, root = checked(case, "--lang", "en", "--format", "json")
    assert result.exit_code == 2
    message = _only_error(result.stdout, case)["message"]
    _assert_message(message, case.en, root)
    assert unquoted_cjk(message) == [], message


def _text_message(report: str, case: Case, severity: str) -> str:
    """The message of the one input error in a text report, after checking its line's head."""
    (line,) = [l for l in report.splitlines() if f"  {case.code}  " in l]
    head, message = line.split(f"  {case.code}  ")
    assert re.fullmatch(rf"  {case.line}:\d+  {severity}", head), line
    return message


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_english_text_report(checked, case):
    result, root = checked(case, "--lang", "en")
    assert result.exit_code == 2
    _assert_message(_text_message(result.stdout, case, "error  "), case.en, root)
    assert result.stdout.splitlines()[-1].endswith("; 1 file unusable")
    assert unquoted_cjk(result.stdout) == [], result.stdout


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_chinese_report_is_unchanged(checked, case):
    for args in (("--format", "json"), ("--lang", "zh", "--format", "json")):
        result, root = checked(case, *args)
        _assert_message(_only_error(result.stdout, case)["message"], case.zh, root)
    text, root = checked(case)
    _assert_message(_text_message(text.stdout, case, "错误"), case.zh, root)


BAD_FIGURE = next(c for c in CASES if c.name == "bad figure")


def test_sarif_github_and_junit_follow_lang_for_input_errors(checked):
    sarif = {
        lang: json.loads(checked(BAD_FIGURE, "--lang", lang, "--format", "sarif")[0].stdout) for lang in ("zh", "en")
    }
    (en_result,) = sarif["en"]["runs"][0]["results"]
    (zh_result,) = sarif["zh"]["runs"][0]["results"]
    assert en_result["message"]["text"] == BAD_FIGURE.en and zh_result["message"]["text"] == BAD_FIGURE.zh
    assert en_result["partialFingerprints"] == zh_result["partialFingerprints"]  # switching --lang reopens no alert
    github = checked(BAD_FIGURE, "--lang", "en", "--format", "github")[0].stdout
    assert github.rstrip("\n") == f"::error file=plan.yaml,line=5,col=27,title=SH004 bad-figure::{BAD_FIGURE.en}"
    junit = checked(BAD_FIGURE, "--lang", "en", "--format", "junit")[0].stdout
    assert f"plan.yaml:5:27  SH004  {BAD_FIGURE.en}" in junit
    assert "1 input error; the file was not checked" in junit


# -- the messages themselves (every catalogue's are checked in tests/test_messages.py) -----------
MESSAGE_CLASSES = [
    cls
    for cls in vars(input_messages).values()
    if isinstance(cls, type) and issubclass(cls, Message) and cls.__module__ == input_messages.__name__
]


def test_there_is_a_message_for_each_origin():
    """The module groups its messages by origin; the count guards against a group vanishing."""
    assert len(MESSAGE_CLASSES) >= 50
    assert {"DuplicateKey", "UnknownKey", "UndefinedMetric", "PathMissing", "ParentUnusable"} <= {
        c.__name__ for c in MESSAGE_CLASSES
    }


def test_input_error_keeps_its_chinese_str_and_renders_either_language():
    error = InputError("p.yaml", 9, input_messages.DuplicateKey(key="甲区", line=8), 7, code="SH003")
    assert str(error) == "p.yaml:9:7: SH003 重复的键 '甲区' (第 8 行已有),后者会悄悄覆盖前者"
    assert error.message == error.render("zh") == error.render() == "重复的键 '甲区' (第 8 行已有),后者会悄悄覆盖前者"
    assert (
        error.located("en")
        == "p.yaml:9:7: SH003 duplicate key '甲区' (already at line 8); the second would silently replace the first"
    )
    assert error.args == (error.message,)


def test_a_nested_error_renders_in_the_sentence_language():
    inner = InputError("r.yaml", 3, input_messages.FileMissing(), code="SH006")
    outer = input_messages.RosterUnusable(reference="r.yaml", cause=inner)
    assert outer.render("zh") == "名册文件 'r.yaml' 不可用: r.yaml:3:1: SH006 文件不存在"
    assert outer.render("en") == "roster file 'r.yaml' cannot be used: r.yaml:3:1: SH006 the file does not exist"


# -- reasons quantity.py and dates.py give ---------------------------------------------------------
def _raised() -> list[ast.Call]:
    """Every QuantityError and DatePhraseError quantity.py and dates.py raise."""
    found = []
    for module in ("quantity.py", "dates.py"):
        tree = ast.parse((ROOT / "shanhai_check" / module).read_text(encoding="utf-8"))
        found += [
            node.exc
            for node in ast.walk(tree)
            if isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and ast.unparse(node.exc.func) in ("QuantityError", "DatePhraseError")
        ]
    return found


def test_every_reason_quantity_and_dates_give_is_a_message():
    """No text to translate afterwards: each error is raised with a message of the catalogue."""
    raised = _raised()
    assert len(raised) >= 14
    not_messages = [ast.unparse(call) for call in raised if not ast.unparse(call.args[0]).startswith(("say.", "(say."))]
    assert not_messages == []


def test_a_reason_reads_in_either_language_and_its_text_stays_chinese():
    from shanhai_check.dates import DatePhraseError, read_date_phrase
    from shanhai_check.quantity import QuantityError, parse_quantity

    with pytest.raises(QuantityError) as figure:
        parse_quantity("很多")
    assert str(figure.value) == "无法识别的数值: 很多" == figure.value.message.render("zh")
    assert figure.value.message.render("en") == "unreadable figure: '很多'"
    with pytest.raises(DatePhraseError) as date:
        read_date_phrase("2018年13月底前")
    assert date.value.message.render("en") == "'2018年13月底前' is not a valid date: month must be in 1..12"
    assert str(date.value) == "'2018年13月底前' 不是有效日期: month must be in 1..12"


def test_show_prints_an_unusable_plan_in_the_chosen_language(checked):
    unknown_key = next(c for c in CASES if c.name == "unknown key with a suggestion")
    checked(unknown_key, "--lang", "en")  # writes the plan
    shown = {lang: invoke("show", "--lang", lang, "plan.yaml") for lang in ("en", "zh")}
    assert shown["en"].exit_code == shown["zh"].exit_code == 2
    assert shown["en"].stderr == f"shanhai-check: plan.yaml:2:1: SH002 {unknown_key.en}\n"
    assert shown["zh"].stderr == f"shanhai-check: plan.yaml:2:1: SH002 {unknown_key.zh}\n"
