"""Every code's documentation, in Chinese or English: for ``explain``, ``rules`` and SARIF.

The words live next to the code they describe. A rule's English documentation is its class
docstring: an opening paragraph, then **What it does.** / **Why it matters.** / **Example.**
with one ```yaml block, and **Use instead.** with the same document made right. Its Chinese
documentation is the class attribute ``doc_zh``: an opening paragraph, then **作用。** /
**为何重要。** / **示例。** / **正确写法。** — without the YAML, which is written once, in the
docstring, and shared by both languages (the test suite runs both: the example shown always
triggers the rule, and its corrected twin never does). Input codes (SH0xx) keep the same kind
of text in ``input_codes.py``. This module only takes those texts apart and puts them
together again (with a line on how to try the example); it documents no code itself.
"""

from __future__ import annotations

import difflib
import inspect
import re
import textwrap
from dataclasses import dataclass

from shanhai_check.findings import Severity
from shanhai_check.messages import Listing
from shanhai_check.messages import docs as say

HEADINGS = (say.WhatItDoes, say.WhyItMatters, say.ExampleHeading)
# After the example, a rule's corrected twin: the example's document made right (input codes have none).
INSTEAD = say.UseInstead
# A rule's example: a plan (```yaml) or, for the draft rules, a draft's text (```text).
YAML_BLOCK = re.compile(r"```(?:yaml|text)\n(.*?)```\n?", re.S)
EXAMPLE_NAMES = {"yaml": "plan.yaml", "text": "draft.txt"}
FILE_MARK = re.compile(r"^# file: (\S+)$", re.M)


@dataclass(frozen=True)
class CodeDoc:
    """One code's documentation in one language. ``severity`` is None for an input code
    (the file could not be checked; exit status 2)."""

    code: str
    name: str
    severity: Severity | None
    summary: str
    intro: str  # the opening paragraph (hard-wrapped as written)
    what: str
    why: str
    note: str  # the words of the example section, if any
    example: str  # the YAML that triggers the code, shared by both languages
    lang: str  # the language the sections are in (English when the Chinese is missing)
    kind: str = "yaml"  # the example is a plan (yaml) or a draft's text (text)
    instead_note: str = ""  # the words of the "use instead" section, if any
    instead: str = ""  # the example made right, which does not trigger the code (same kind)

    @property
    def level(self) -> str:
        """'error' / 'warning' / 'info', or 'input' for an input code (as ``rules`` prints it)."""
        return self.severity.value if self.severity else "input"

    def files(self) -> list[str]:
        """The file names the example is to be saved as: plan.yaml, or its '# file:' names."""
        return FILE_MARK.findall(self.example) or [EXAMPLE_NAMES[self.kind]]


def sections(text: str, lang: str) -> tuple[str, str, str, str, str] | None:
    """(opening paragraph, what, why, example words, use-instead words) of a documentation
    text in *lang*, with the YAML taken out; None when a heading is missing or out of order.
    The use-instead section is optional (its words are then '')."""
    rest = "\n".join(line.strip() for line in YAML_BLOCK.sub("", text or "").splitlines())
    parts = []
    for heading in headings(lang):
        before, found, rest = rest.partition(heading)
        if not found:
            return None
        parts.append(before.strip())
    note, _, instead = rest.partition(INSTEAD().render(lang))
    return parts[0], parts[1], parts[2], note.strip(), instead.strip()


def headings(lang: str) -> tuple[str, ...]:
    """The section headings, in *lang*: **What it does.** / **作用。** …"""
    return tuple(heading().render(lang) for heading in HEADINGS)


def example_of(text: str) -> str:
    """The first ```yaml block of a docstring (before its use-instead section), dedented; ''
    when there is none."""
    match = YAML_BLOCK.search((text or "").partition(INSTEAD().render("en"))[0])
    return textwrap.dedent(match.group(1)) if match else ""


def twin_of(text: str) -> str:
    """The block of a docstring's use-instead section (the example made right), dedented; ''
    when there is none."""
    match = YAML_BLOCK.search((text or "").partition(INSTEAD().render("en"))[2])
    return textwrap.dedent(match.group(1)) if match else ""


def flowed(paragraph: str, lang: str) -> str:
    """A hard-wrapped paragraph as one line, for viewers that wrap by themselves (SARIF).
    English lines are joined by a space. Chinese lines are broken only between characters or
    at a space between two Latin words, so they are joined without a space when either side
    is Chinese (Markdown would show the line break as a stray space inside a word)."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out += ("" if lang == "zh" and (_wide(out[-1]) or _wide(line[0])) else " ") + line
    return out


def _wide(char: str) -> bool:
    """A Chinese character or a punctuation mark of Chinese text (full-width, “”, ——, ……)."""
    return (
        "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" or char in "\u2014\u2018\u2019\u201c\u201d\u2026"
    )


def codes() -> list[str]:
    """Every code, input codes first, then the rules in registry order (as ``rules`` lists them)."""
    from shanhai_check.input_codes import INPUT_CODES
    from shanhai_check.rules import ALL_RULES

    return list(INPUT_CODES) + [rule.code for rule in ALL_RULES]


def document(code: str, lang: str = "zh") -> CodeDoc | None:
    """The documentation of *code* (or of a rule name: column-total) in *lang*; None if unknown.
    A rule whose Chinese text is missing or malformed shows its English one (the test suite
    requires both, so this only softens a rule still being written)."""
    from shanhai_check.input_codes import INPUT_CODES, INPUT_DOCS
    from shanhai_check.rules import ALL_RULES

    wanted = code.strip()
    for rule in ALL_RULES:
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            english = rule.__doc__ or ""
            chinese = vars(rule).get("doc_zh", "")  # the class's own, as its docstring is
            texts = [(chinese, "zh"), (english, "en")] if lang == "zh" else [(english, "en")]
            summary = rule.summary if lang == "zh" else rule.summary_en
            kind = "text" if "```text" in english else "yaml"
            return _build(
                rule.code, rule.name, rule.severity, summary, texts, example_of(english), kind, twin_of(english)
            )
    for input_code, (name, summary) in INPUT_CODES.items():
        if wanted.upper() == input_code or wanted.lower() == name:
            doc = INPUT_DOCS[input_code]
            texts = [(doc.zh, "zh"), (doc.en, "en")] if lang == "zh" else [(doc.en, "en")]
            return _build(input_code, name, None, summary.render(lang), texts, doc.example)
    return None


def _build(
    code: str,
    name: str,
    severity: Severity | None,
    summary: str,
    texts: list[tuple[str, str]],
    example: str,
    kind: str = "yaml",
    instead: str = "",
) -> CodeDoc:
    """From the first of *texts* — (text, its language), the wanted language first and English
    last — that has every section; failing all, the English text whole, as its opening."""
    for text, lang in texts:
        parts = sections(text, lang)
        if parts is not None:
            *parts, instead_note = parts
            return CodeDoc(code, name, severity, summary, *parts, example, lang, kind, instead_note, instead)
    return CodeDoc(
        code,
        name,
        severity,
        summary,
        inspect.cleandoc(YAML_BLOCK.sub("", texts[-1][0])),
        "",
        "",
        "",
        example,
        "en",
        kind,
    )


def all_documents(lang: str = "zh") -> list[CodeDoc]:
    """Every code's documentation, in the order of :func:`codes`."""
    return [document(code, lang) for code in codes()]


_LOOKALIKE_DIGITS = str.maketrans("OIL", "011")


def nearest(code: str, count: int = 3) -> list[str]:
    """The codes (or names) closest to a mistyped one, best first."""
    from shanhai_check.input_codes import INPUT_CODES
    from shanhai_check.rules import ALL_RULES

    wanted = code.strip()
    if wanted[:2].upper() == "SH":  # a code's digits mistyped as the letters they look like
        wanted, choices = wanted[:2].upper() + wanted[2:].upper().translate(_LOOKALIKE_DIGITS), codes()
    else:
        wanted, choices = wanted.lower(), [name for name, _ in INPUT_CODES.values()] + [rule.name for rule in ALL_RULES]
    close = difflib.get_close_matches(wanted, choices, n=len(choices), cutoff=0.5)

    def likeness(choice: str) -> tuple:  # equal scores: a typo keeps most characters in place
        return (-difflib.SequenceMatcher(None, wanted, choice).ratio(), -sum(a == b for a, b in zip(wanted, choice)))

    return sorted(close, key=likeness)[:count]


WHAT = {"yaml": say.ExampleYaml, "text": say.ExampleText}  # what the example is, by its kind


def body(doc: CodeDoc, flow: bool = False) -> str:
    """The documentation as Markdown, laid out as the docstrings are: opening paragraph, the
    three sections, the example and how to try it, then the example made right. ``explain``
    prints it as written under a header line; SARIF carries it as each rule's help, *flow*ed
    (a paragraph a line)."""
    what, why, example = headings(doc.lang)
    prose = [doc.intro] + [f"{heading} {text}" for heading, text in ((what, doc.what), (why, doc.why)) if text]
    if doc.note or doc.example:
        prose.append(f"{example} {doc.note}".rstrip())
    paragraphs = [p.strip() for part in prose for p in part.split("\n\n") if p.strip()]
    if flow:
        paragraphs = [flowed(p, doc.lang) for p in paragraphs]
    if doc.example:
        paragraphs += [f"```{doc.kind}\n{doc.example}```", trial(doc)]
    if doc.instead_note or doc.instead:
        instead = [
            p.strip() for p in f"{INSTEAD().render(doc.lang)} {doc.instead_note}".rstrip().split("\n\n") if p.strip()
        ]
        paragraphs += [flowed(p, doc.lang) for p in instead] if flow else instead
        if doc.instead:
            paragraphs.append(f"```{doc.kind}\n{doc.instead}```")
    return "\n\n".join(paragraphs)


def trial(doc: CodeDoc) -> str:
    """How to try the example: the file names to save it as, and the command to run."""
    files = doc.files()
    names = Listing(files).render(doc.lang)
    if len(files) > 1:
        names += " " + say.SplitIntoFiles(count=len(files)).render(doc.lang)
    return say.TryIt(what=WHAT[doc.kind](), files=names, args=" ".join(files), code=doc.code).render(doc.lang)


def explanation(doc: CodeDoc, lang: str = "zh") -> str:
    """What ``explain`` prints: code, name and level, the one-line summary, then the body."""
    return f"{doc.code}  {doc.name}  {_level(doc, lang)}\n{doc.summary}\n\n{body(doc)}"


def _level(doc: CodeDoc, lang: str) -> str:
    """错误 / warning / 输入错误: the code's level in words."""
    return doc.severity.word(lang) if doc.severity else say.LevelInput().render(lang)


# Tags for SARIF viewers (GitHub lists and filters alerts by them): what a code is about, by
# the longest prefix of its code, and which kind of file it checks.
TOPICS = {
    "SH0": "input",
    "SH1": "arithmetic",
    "SH2": "goals",
    "SH3": "groups",
    "SH4": "tasks",
    "SH5": "units",
    "SH6": "numbering",
    "SH7": "dates",
    "SH80": "citations",
    "SH81": "restatement",
    "SH90": "roll-up",
    "SH95": "waivers",
    "SH96": "encoding",
}
REFERENCE = {"zh": "docs/rules.zh.md", "en": "docs/rules.md"}


def tags(doc: CodeDoc) -> list[str]:
    """['draft', 'arithmetic'] for SH111: the kind of file, then the topic."""
    from shanhai_check.rules import RULES

    kind = "input" if doc.severity is None else "draft" if RULES[doc.code].reads == "draft" else "plan"
    topic = max((p for p in TOPICS if doc.code.startswith(p)), key=len)
    return list(dict.fromkeys([kind, TOPICS[topic]]))


def anchor(doc: CodeDoc) -> str:
    """The heading's anchor on GitHub: '## SH101 column-total' → 'sh101-column-total'."""
    return f"{doc.code.lower()}-{doc.name}"


def help_uri(doc: CodeDoc, lang: str) -> str:
    """The rule's section in the reference, at this version's tag: a stable address, and the
    text there is the one this version checks by (``shanhai-check rules --markdown``)."""
    from shanhai_check import __url__, __version__

    return f"{__url__}/blob/v{__version__}/{REFERENCE[lang]}#{anchor(doc)}"


def reference(lang: str = "zh") -> str:
    """Every code's documentation as one Markdown page (docs/rules.md, docs/rules.zh.md)."""
    parts = [say.ReferenceTitle().render(lang), say.ReferenceNote().render(lang)]
    for doc in all_documents(lang):
        parts += [f"## {doc.code} {doc.name}", f"*{_level(doc, lang)}* — {doc.summary}", body(doc)]
    return "\n\n".join(parts) + "\n"


def unknown(code: str, lang: str = "zh") -> str:
    """One line for a code that names nothing, with the nearest codes when some are close."""
    close = nearest(code)
    hint = say.NearestCodes(codes=Listing(close)) if close else ""
    return say.UnknownCode(code=code, hint=hint).render(lang)
