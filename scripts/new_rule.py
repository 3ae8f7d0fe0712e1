"""Start a new rule: its module, its test, its message, and its line in the registry.

    python scripts/new_rule.py SH123 rule-name [--reads plan|draft|plans] [--severity warning]

Writes ``shanhai_check/rules/sh123_rule_name.py`` (code, name, severity, summaries, the
documentation sections with an example and its corrected twin, and an empty check),
``tests/rules/test_sh123.py`` (the example must trigger the rule, the twin must not: both fail
until the rule is written), a message class at the end of ``shanhai_check/messages/rules.py``,
and the module's line in ``shanhai_check/rules/__init__.py``, in code order. Refuses a
code or name already taken. ``--root`` writes into another checkout (the scaffold's own test).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASES = {"plan": "Rule", "draft": "DraftRule", "plans": "RepositoryRule"}
METHODS = {
    "plan": "def check(self, plan):",
    "draft": "def check(self, text):",
    "plans": "def check_repository(self, plans):",
}
EXAMPLES = {
    "plan": ("yaml", "document: {title: 示例}"),
    "draft": ("text", "示例草稿。"),
    "plans": ("yaml", "document: {title: 示例}"),
}

MODULE = '''"""{code} {name}: TODO one line: what is wrong when this rule fires."""

from __future__ import annotations

from shanhai_check.findings import Severity
from shanhai_check.messages import rules as msg
from shanhai_check.rules.base import {base}


class {cls}({base}):
    """TODO one line: what the rule checks.

    **What it does.** TODO.

    **Why it matters.** TODO.

    **Example.**

    ```{lang}
    {example}
    ```

    **Use instead.**

    ```{lang}
    {example}
    ```
    """

    code = "{code}"
    name = "{name}"
    severity = Severity.{severity}
    summary = "TODO 一句话说明"
    summary_en = "TODO one line"
    doc_zh = """TODO 一句话: 检查什么。

    **作用。** TODO。

    **为何重要。** TODO。

    **示例。** TODO。

    **正确写法。** TODO。
    """

    {method}
        # Yield self.finding(msg.{cls}(...), place, related=[...]) for each case, and
        # self.verified(...) for each check that agrees (check -v lists them).
        return iter(())
'''

TEST = '''"""{code} {name}: PASS and FAIL cases at exact places."""

from __future__ import annotations

from conftest import rule_example
from shanhai_check.rules import RULES

RULE = RULES["{code}"]


def test_fail_the_documented_example(check_text):
    name, example = rule_example(RULE)
    found = [(f.location.line, f.location.column) for f in check_text(example, name).findings if f.code == RULE.code]
    assert found, "TODO: assert the exact (line, column) of each finding of the example"


def test_pass_the_corrected_twin(check_text):
    raise AssertionError("TODO: the example made right gives no {code} finding")
'''

MESSAGE = '''

class {cls}(Message):
    zh = "TODO {{place}}"
    en = "TODO {{place}}"
'''


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))


def register(init: Path, module: str) -> None:
    """Insert *module* into the registry's NAMES, in code order."""
    text = init.read_text(encoding="utf-8")
    opening = "NAMES = (\n"
    start = text.index(opening) + len(opening)
    end = text.index(")", start)
    names = sorted({line.strip().strip('",') for line in text[start:end].splitlines() if line.strip()} | {module})
    init.write_text(text[:start] + "".join(f'    "{n}",\n' for n in names) + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("code", help="SH and three digits, unused")
    parser.add_argument("name", help="kebab-case, unused: what is wrong (column-total, unknown-unit)")
    parser.add_argument("--reads", choices=sorted(BASES), default="plan")
    parser.add_argument("--severity", choices=["error", "warning", "info"], default="warning")
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if not re.fullmatch(r"SH[1-9]\d\d", args.code) or not re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)*", args.name):
        parser.error("the code is SH and three digits (not SH0xx, input codes); the name is kebab-case")
    package = args.root / "shanhai_check"
    module = f"{args.code.lower()}_{args.name.replace('-', '_')}"
    taken = [p.stem for p in (package / "rules").glob("sh[0-9][0-9][0-9]_*.py")]
    clash = [t for t in taken if t.startswith(args.code.lower() + "_") or t[6:] == module[6:]]
    if clash:
        print(f"new_rule: {args.code} or {args.name} is taken by {clash[0]}.py", file=sys.stderr)
        return 2
    cls = camel(args.name)
    lang, example = EXAMPLES[args.reads]
    fields = dict(
        code=args.code,
        name=args.name,
        cls=cls,
        base=BASES[args.reads],
        method=METHODS[args.reads],
        severity=args.severity.upper(),
        lang=lang,
        example=example,
    )
    (package / "rules" / f"{module}.py").write_text(MODULE.format(**fields), encoding="utf-8")
    tests = args.root / "tests" / "rules"
    tests.mkdir(parents=True, exist_ok=True)
    (tests / f"test_{args.code.lower()}.py").write_text(TEST.format(**fields), encoding="utf-8")
    with open(package / "messages" / "rules.py", "a", encoding="utf-8") as catalogue:
        catalogue.write(MESSAGE.format(**fields))
    register(package / "rules" / "__init__.py", module)
    for path in (
        f"shanhai_check/rules/{module}.py",
        f"tests/rules/test_{args.code.lower()}.py",
        "shanhai_check/messages/rules.py",
        "shanhai_check/rules/__init__.py",
    ):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
