"""One message catalogue (issue 17): every sentence the checker says is a message class of
``shanhai_check/messages/``, with the same placeholders in Chinese and English, and an English
report carries no Chinese but the document's own words.

Two tests over the catalogue: every message class has both templates with the same
placeholders, and its English rendered with ASCII values holds no Chinese outside quotes.
Then one over real reports: ``check --lang en`` on every seed plan, every corrected plan and
the draft texts the suite reads (and one as a Word file) prints no Chinese outside the
document's own words. What counts as the document's own words is defined once, below
(:func:`foreign`), and a test shows the definition catches Chinese the checker adds.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import unicodedata
from pathlib import Path

import pytest
import yaml

import shanhai_check
from conftest import ROOT, SEEDS_FOLDER, invoke, write
from shanhai_check import messages
from shanhai_check.messages import Message

# Chinese script and its punctuation (、,:…), full-width forms included.
CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002ffff]")
# Quoted text: '…' (an apostrophe between two letters, as in "document's", opens nothing),
# 「…」, 《…》 (a cited title) and “…”. Whatever a report quotes is the document's.
QUOTED = re.compile(r"(?<![A-Za-z])'.*?'(?![A-Za-z])|「.*?」|《.*?》|“.*?”")


def unquoted_cjk(text: str) -> list[str]:
    """The Chinese characters of *text* outside quotes."""
    return CJK.findall(QUOTED.sub(" ", text))


# -- every message class ---------------------------------------------------------------------------
def _all_modules() -> None:
    for found in pkgutil.walk_packages(shanhai_check.__path__, "shanhai_check."):
        if not found.name.endswith("__main__"):
            importlib.import_module(found.name)


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


_all_modules()
MESSAGE_CLASSES = sorted(set(_subclasses(Message)), key=lambda c: (c.__module__, c.__name__))
TEMPLATED = [c for c in MESSAGE_CLASSES if "render" not in vars(c)]
# Messages that put their arguments together instead of filling a template (a list, a sum,
# text said the same in both languages), each with arguments to render it by.
STRUCTURAL = {
    "Plain": lambda cls: cls("x"),
    "Joined": lambda cls: cls(["a", "b"], " + "),
    "Listing": lambda cls: cls(["a", "b"]),
    "Terms": lambda cls: cls([("a", "110"), ("b", "1.3")]),
    "Names": lambda cls: cls(["a", "b"]),
    "Types": lambda cls: cls(["string", "object", "array", "number", "integer", "boolean", "null"]),
    "Chain": lambda cls: cls(["a.yaml", "b.yaml"]),
    "Either": lambda cls: cls([4, 5]),
    "Quotations": lambda cls: cls(["a", "b"]),
}
# English that must name a word of the file format itself, as the documents print it.
KEEPS_A_CHINESE_WORD = {
    "shanhai_check.messages.allocate.TotalLabel": (
        "the 合计 row of a proposal's spreadsheet, which import reads back as its total"
    ),
    "shanhai_check.messages.report.TotalRow": (
        "the HTML report labels a table's total row with the word the document prints"
    ),
}


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__name__}"


def fields(template: str) -> dict[str, str]:
    """Placeholder → its format spec ('{count:unit}' → {'count': 'unit'})."""
    return {name: spec for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def _ascii_values(template: str) -> dict:
    """A value for each placeholder: a count where the placeholder names its noun, else text."""
    return {name: 2 if spec else "X" for name, spec in fields(template).items()}


def test_every_message_class_is_found():
    """All catalogues are read (each has some classes) and no message lives outside them."""
    modules = {c.__module__ for c in MESSAGE_CLASSES}
    assert {
        f"shanhai_check.messages.{m}"
        for m in ("rules", "inputs", "tables", "allocate", "output", "config", "report", "docs", "figures")
    } <= modules
    assert {m for m in modules if not m.startswith("shanhai_check.messages")} == set()
    assert len(TEMPLATED) >= 300
    assert {c.__name__ for c in MESSAGE_CLASSES if c not in TEMPLATED} == set(STRUCTURAL)


@pytest.mark.parametrize("cls", TEMPLATED, ids=_name)
def test_both_templates_exist_with_the_same_placeholders(cls):
    assert cls.zh and cls.en, "a message says something in both languages"
    assert set(fields(cls.zh)) == set(fields(cls.en))


@pytest.mark.parametrize("cls", TEMPLATED, ids=_name)
def test_english_with_ascii_values_has_no_chinese_outside_quotes(cls):
    values = _ascii_values(cls.en)
    english = cls(**values).render("en")
    cls(**values).render("zh")  # and the Chinese renders with the same arguments
    if _name(cls) in KEEPS_A_CHINESE_WORD:
        return
    assert unquoted_cjk(english) == [], english
    quotes = re.sub(r"(?<=[A-Za-z])'(?=[a-z])", "", english).count("'")  # apostrophes aside: document's, X's
    assert quotes % 2 == 0, "a lone quote would swallow the words after it"


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_messages_that_join_their_arguments_say_english_in_english(name):
    (cls,) = [c for c in MESSAGE_CLASSES if c.__name__ == name]
    message = STRUCTURAL[name](cls)
    assert unquoted_cjk(message.render("en")) == [], message.render("en")
    assert message.render("zh")


def test_plurals_go_through_the_one_helper():
    summary = messages.report.Summary(
        files=1, errors=1, warnings=0, notes=2, verified=1, inputs="", waived="", unusable=""
    )
    assert summary.render("en") == "checked 1 file: 1 error, 0 warnings, 2 notes; 1 check agrees"
    assert summary.render("zh") == "检查了 1 个文件: 1 个错误, 0 个警告, 2 个提示; 1 项核对一致"
    assert (
        messages.counted(1, "child", "children") == "1 child"
        and messages.counted(3, "child", "children") == "3 children"
    )
    gap = messages.rules.UnnumberedInGap
    assert gap(count=1).render("en") == "; 1 unnumbered item stands in the gap"
    assert gap(count=2).render("en") == "; 2 unnumbered items stand in the gap"


def test_an_argument_is_said_in_the_sentences_language():
    from shanhai_check.messages import Listing
    from shanhai_check.messages.rules import TaskClause

    label = TaskClause(task_list="正文", item=1, part=2)
    lead = messages.rules.LeadHasTask(
        unit="市经信局", role=messages.rules.role("牵头"), task_list="附件1", items=Listing([label, label])
    )
    assert lead.render("zh") == "市经信局 牵头 附件1 正文 第1项第2句、正文 第1项第2句"
    assert lead.render("en") == "市经信局 is lead of 附件1 正文 item 1, sentence 2, 正文 item 1, sentence 2"


# -- English reports over real documents -----------------------------------------------------------
EDGES = "()[]{}:;,.=+×≠≥≤≈~<>/'\"…-—"
NUMBER = re.compile(r"^[-+≥≤≈~\[\]0-9.,%]*[0-9][-+≥≤≈~\[\]0-9.,%]*")


def _trims(token: str):
    """*token* with none, some or all of the punctuation around it taken off: '(正文' → '正文'."""
    for i in range(len(token) + 1):
        if i and token[i - 1] not in EDGES:
            break
        for j in range(len(token), i, -1):
            if j < len(token) and token[j] not in EDGES:
                break
            yield token[i:j]


class PlanWords:
    """The words of plans: every string of the YAML files (keys and values) and each of its
    space-separated pieces (a table id '附件3 一', a header of two rows), the printed number
    of each heading ('(七)' of '(七)加强人力资源合作'); and as units, besides those, the unit
    of every figure the files write (大 of 八大, 次 of 13次以上)."""

    def __init__(self, files):
        self.words: set[str] = set()
        self.units: set[str] = set()
        for path in files:
            self._collect(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
        # words holding quote marks are taken out of a line before its quotes are (a metric
        # named 已命名的山海协作“消薄飞地”), longest first
        self.quoting = sorted((w for w in self.words if re.search("[“”「」《》']", w)), key=len, reverse=True)

    def _collect(self, node) -> None:
        from shanhai_check.quantity import QuantityError, parse_quantity
        from shanhai_check.wording import ordinal

        if isinstance(node, dict):
            for key, value in node.items():
                self._collect(key)
                self._collect(value)
        elif isinstance(node, list):
            for value in node:
                self._collect(value)
        elif isinstance(node, str):
            text = unicodedata.normalize("NFKC", node)
            self.words |= {text, *text.split()}
            heading = ordinal(text)
            if heading:
                self.words.add(heading[2])
            try:
                unit = parse_quantity(text).unit
            except QuantityError:
                unit = None
            if unit is not None:
                self.units.add(unit.text)

    def prepare(self, line: str) -> str:
        for word in self.quoting:
            line = line.replace(word, " ")
        return line

    def knows(self, word: str, unit: bool) -> bool:
        return word in self.words or (unit and word in self.units)


class DraftWords:
    """The words of drafts: any two or more characters of their text as the checker reads it
    (half-width, simplified characters: ``drafts.read.read_draft``) — a draft has no keys, its
    names are wherever it prints them — or any of its characters after a number (a unit)."""

    def __init__(self, *paths):
        from shanhai_check.drafts.read import read_draft

        self.text = unicodedata.normalize(
            "NFKC", "\n".join(line for path in paths for line in read_draft(str(path)).lines)
        )

    def prepare(self, line: str) -> str:
        return line

    def knows(self, word: str, unit: bool) -> bool:
        return (unit or len(word) >= 2) and word in self.text


BRACKETED = re.compile(r"(.+?)\((.+)\)")


def _known(word: str, document) -> bool:
    """A word without Chinese, one of the document's, a figure in the document's unit (a
    number then a unit: 1985万元, ≥16次), or a name with its unit in brackets, each the
    document's (到位资金(亿元), a draft's column and the unit printed under it)."""
    if not CJK.search(word) or document.knows(word, False):
        return True
    rest = NUMBER.sub("", word)
    if rest != word and rest and document.knows(rest, True):
        return True
    bracketed = BRACKETED.fullmatch(word)
    return bool(bracketed) and document.knows(bracketed[1], False) and document.knows(bracketed[2], True)


def foreign(line: str, document) -> list[str]:
    """The words of an English report line that hold Chinese and are not the document's own.

    A line is split at spaces after its quoted text is taken out (see QUOTED). A word with
    Chinese in it is the document's when, with or without the punctuation around it
    (brackets, commas, colons, signs), it is one of the document's words (PlanWords,
    DraftWords), a number followed by one of its units (1985万元, ≥16次), or a name with
    its unit in brackets. Anything else is Chinese the checker wrote into English."""
    line = QUOTED.sub(" ", document.prepare(unicodedata.normalize("NFKC", line)))
    return [
        token
        for token in line.split()
        if CJK.search(token) and not any(_known(word, document) for word in _trims(token))
    ]


def _report(*paths: str) -> list[str]:
    result = invoke("check", "--lang", "en", "-v", "--exit-zero", *paths)
    assert result.exit_code in (0, 2), result.output
    return result.stdout.splitlines()


def _foreign_lines(lines: list[str], document) -> list[str]:
    return [f"{words}: {line}" for line in lines for words in [foreign(line, document)] if words]


ROSTERS = sorted(str(p) for p in (ROOT / "plans" / "rosters").glob("*.yaml"))
SEED_PLANS = sorted(str(p) for p in (ROOT / "plans").glob("*.yaml"))


@pytest.mark.parametrize("folder", ["plans", "tests/corrected"])
def test_english_report_of_the_plans_has_no_chinese_of_its_own(folder, monkeypatch):
    monkeypatch.chdir(ROOT)
    plans = sorted(str(p) for p in (ROOT / folder).glob("*.yaml"))
    lines = _report(folder)
    assert len(lines) > 100  # -v: every check that agrees is listed too
    assert _foreign_lines(lines, PlanWords(plans + SEED_PLANS + ROSTERS)) == []


CORPUS = sorted((ROOT / "tests" / "data" / "corpus" / "texts").glob("*.txt"))


def test_english_report_of_the_corpus_drafts_has_no_chinese_of_its_own(monkeypatch):
    """The drafts are checked together, as the suite checks them: a figure stated in two
    drafts is reported in one, quoting the other, whose words are then the document's too."""
    monkeypatch.chdir(ROOT)
    names = [str(p.relative_to(ROOT)) for p in CORPUS]
    lines = _report(*names)
    foreign_lines, current = [], None
    for line in lines:
        if line in names:  # a file's findings follow its name
            current = line
        elif current is not None and line.strip():
            others = [name for name in names if f"{name}:" in line]
            foreign_lines += _foreign_lines([line], DraftWords(current, *others))
    assert sum(1 for line in lines if line.startswith("  ")) > 200
    assert foreign_lines == []


@pytest.mark.seeds
@pytest.mark.parametrize(
    "seed", sorted(SEEDS_FOLDER.glob("*.txt")) + sorted(SEEDS_FOLDER.glob("extra/*.txt")), ids=lambda p: p.name
)
def test_english_report_of_the_seed_drafts_has_no_chinese_of_its_own(seed):
    assert _foreign_lines(_report(str(seed)), DraftWords(seed)) == []


def test_english_report_of_a_word_draft_has_no_chinese_of_its_own(tmp_path, monkeypatch):
    import docx

    paragraphs = [
        line for path in CORPUS[:12] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(tmp_path / "draft.docx")
    monkeypatch.chdir(tmp_path)
    lines = _report("draft.docx")
    assert any(line.startswith("  ") for line in lines)
    assert _foreign_lines(lines, DraftWords(tmp_path / "draft.docx")) == []


def test_the_definition_catches_chinese_the_checker_adds(tmp_path):
    """What these tests would miss they must not miss: words the checker made up in Chinese."""
    plan = PlanWords([ROOT / "plans" / "2020-ningbo-shanhai.yaml", *ROSTERS])
    assert foreign("  154:17  warning  SH402  对接投资洽谈会: ≥13次 (正文 第1项第1句) disagrees", plan) == [
        "第1项第1句)"
    ]
    assert foreign("  61:27  ok  SH206  援建资金 目标 2757万元 agrees", plan) == ["目标"]
    assert foreign("  105:34  ok  SH206  正文 无编号项 洽谈会 2757万元以上 agrees", plan) == [
        "无编号项",
        "2757万元以上",
    ]
    assert foreign("  397:34  warning  SH502  各区县(市)、开发园区 is supporting", plan) == ["各区县(市)、开发园区"]
    assert (
        foreign(
            "  61:5  warning  SH201  援建资金: goal 2757万元 = 1985万元 (附件1 total) + 772万元 (市本级, 二、(四)10)",
            plan,
        )
        == []
    )
    assert (
        foreign(
            "  121:35  ok  SH106  附件3 一 row '衢江—鄞州': 2020年计划完成数(亿元) 0.4亿元 ≤ 协议总投资(亿元) 1.5亿元",
            plan,
        )
        == []
    )
    draft = DraftWords(
        write(
            tmp_path,
            "draft.txt",
            "一、总体要求\n2016至2020年累计投入资金四点四七亿元,其中无偿援助资金1.67亿元。\n二、工作要点\n",
        )
    )
    assert foreign("  7:1  ok  SH812  '5年来': 2016—2020 = 4或5 years", draft) == ["4或5"]
    assert (
        foreign(
            "  6:80  ok  SH111  '累计投入资金四点四七亿元': 4.47亿元 ≥ the parts listed, 无偿援助资金 1.67 = 1.67亿元",
            draft,
        )
        == []
    )
    assert foreign("  3:1  ok  SH612  正文: level-1 heading 一、 to 二、 run in order", draft) == ["正文:"]
