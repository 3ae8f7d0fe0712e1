"""The fast reader (built from libyaml's events) gives exactly what composing and converting
gives — values, types and every place — or steps aside for the composing path."""

from __future__ import annotations

from pathlib import Path

import pytest

from shanhai_check.findings import InputError
from shanhai_check.yamltree import YList, YMap, _composed, _from_events, _Unusual, parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "plans").rglob("*.yaml")) + sorted((ROOT / "tests" / "corrected").rglob("*.yaml"))

SCALARS = """\
a: 1
b: 1.50
c: -0.5
d: 1_000
e: ~
f: null
g: ''
h: yes
i: No
j: on
k: 2020-04-26
l: "18.3亿元"
m: 不低于110万元
n: [1, "2", 3.0, 1e3, +5, 0.]
o: {p: q, r: [s, {t: u}]}
"1": key that looks like a number
? complex
: value
v: |
  block
  text
w: >-
  folded
  text
x:
  - - nested
    - list
  -
"""


def _same(left, right) -> None:
    assert type(left) is type(right) and left == right
    if isinstance(left, YMap):
        assert (left.where, left.places, left.key_places, list(left)) == (
            right.where,
            right.places,
            right.key_places,
            list(right),
        )
        for key in left:
            _same(left[key], right[key])
    elif isinstance(left, YList):
        assert (left.where, left.places) == (right.where, right.places)
        for a, b in zip(left, right):
            _same(a, b)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_files_read_alike(path):
    text = path.read_text(encoding="utf-8")
    _same(_from_events(str(path), text), _composed(str(path), text))


@pytest.mark.parametrize(
    "text", [SCALARS, "", "# only a comment\n", "---\n", "just text\n", "- [a, b]\n- {c: d}\n", "a: ! 1\n"]
)
def test_plain_documents_read_alike(text):
    _same(_from_events("f.yaml", text), _composed("f.yaml", text))


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases: expanded and sized by the composing path
        "a: !!str 1\n",  # an explicit tag
        "a: 1\n---\nb: 2\n",  # two documents: an error there
        "a: 1\na: 2\n",  # a duplicate key: an error there
        "<<: {a: 1}\n",  # a merge key: an error there
        "[a]: 1\n",  # a key that is not text
        "a: [" * 70 + "]" * 70 + "\n",  # too deep
    ],
)
def test_unusual_documents_take_the_composing_path(text):
    with pytest.raises(_Unusual):
        _from_events("f.yaml", text)


def test_the_first_problem_is_reported_whatever_the_path():
    """A bad number before a syntax error: composing fails first, so the syntax error is what
    the planner sees, as before."""
    text = "a: 0x1F\nb: 1\nc: [\n"
    with pytest.raises(InputError) as caught:
        parse("f.yaml", text)
    assert caught.value.code == "SH001" and caught.value.location.line == 4
