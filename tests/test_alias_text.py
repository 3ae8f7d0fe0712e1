"""Aliases cannot amplify text (issue 19, item 6): a tree may hold, once aliases are expanded,
no more characters of text than a file may hold bytes (10 MB), and each scalar is scanned for
control characters once, however many aliases repeat it. The hostile files run in a capped
child process (see test_robustness.py)."""

from __future__ import annotations

import pytest

from shanhai_check import yamltree
from test_robustness import _assert_good_checked, _single_error, repo, run_child  # noqa: F401 - repo is a fixture


def _aliased(text: str, fan_out: int, levels: int) -> str:
    """A plan whose title is one long text, repeated fan_out ** levels times by aliases."""
    lines = [f"document: {{title: &t '{text}'}}", f"l0: &l0 [{', '.join(['*t'] * fan_out)}]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * fan_out)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text, fan_out, levels", [("山" * 6000, 100, 3), ("x" * 3_000_000, 1000, 1)], ids=["64-kb-nested", "long-text-flat"]
)
def test_an_alias_bomb_of_text_is_refused_before_conversion(repo, text, fan_out, levels):
    """Under the node cap (a million aliases at most) but gigabytes of text once expanded:
    refused in seconds, at the document's first node, instead of hours and gigabytes."""
    (repo / "bomb.yaml").write_text(_aliased(text, fan_out, levels), encoding="utf-8")
    report = run_child("bomb.yaml", "good.yaml")
    error = _single_error(report, "bomb.yaml")
    assert (error["code"], error["line"]) == ("SH001", 1)
    assert "别名展开后文字过多 (超过 10 MB" in error["message"]
    _assert_good_checked(report)


def test_a_tree_just_under_the_text_limit_still_loads():
    data = yamltree.parse("p.yaml", _aliased("a" * 1000, 99, 1))  # 99,000 characters expanded
    assert len(data["l0"]) == 99 and data["l0"][0] == "a" * 1000


def test_each_scalar_is_scanned_for_control_characters_once(monkeypatch):
    scanned = []

    class Counting:
        def search(self, text):
            scanned.append(len(text))
            return None

    monkeypatch.setattr(yamltree, "_CONTROL", Counting())
    yamltree.parse("p.yaml", _aliased("长" * 3000, 40, 2))  # 1,640 aliases of one 3,000-character text
    assert sum(scanned) < 10_000 and scanned.count(3000) == 1


def test_the_limit_is_said_in_english_too():
    with pytest.raises(yamltree.InputError) as caught:
        yamltree.parse("p.yaml", _aliased("x" * 200_000, 60, 1))
    assert "too much text once aliases are expanded (more than 10 MB" in caught.value.located("en")
