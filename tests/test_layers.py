"""The house: every import runs down the floors, and no modules import each other in a loop.

The floors, from the ground up (README, "How the code is laid out"). A module may import its
own floor or any below it; an import from a lower floor to a higher one fails this test, as
does a cycle, and so does a module no floor names (a new module must be given its place).
Imports inside functions count: they are imports all the same, only later.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "shanhai_check"

FLOORS = [
    # 0 - shared words, numbers and sentences; nothing of the project below them
    [
        "shanhai_check",
        "shanhai_check.quantity",
        "shanhai_check.messages",
        "shanhai_check.wording",
        "shanhai_check.similar",
        "shanhai_check.interrupt",
        "shanhai_check.progress",
        "shanhai_check.exclude",
        "shanhai_check.input_codes",
        "shanhai_check.schema",
        "shanhai_check.template",
    ],
    # 1 - findings, files in and out, the readers of raw formats
    [
        "shanhai_check.findings",
        "shanhai_check.files",
        "shanhai_check.dates",
        "shanhai_check.packages",
        "shanhai_check.word",
        "shanhai_check.yamltree",
        "shanhai_check.validate",
        "shanhai_check.spreadsheet",
        "shanhai_check.paths",
    ],
    # 2 - the plan model, loading, the arithmetic every check shows, a run's results
    [
        "shanhai_check.model",
        "shanhai_check.load",
        "shanhai_check.sums",
        "shanhai_check.relations",
        "shanhai_check.rounding",
        "shanhai_check.results",
        "shanhai_check.codec",
    ],
    # 3 - the readers of documents: drafts, and spreadsheet tables (which import and check read)
    [
        "shanhai_check.drafts",
        "shanhai_check.tabular.read",
        "shanhai_check.tabular.layout",
        "shanhai_check.tabular.table",
        "shanhai_check.tabular.as_plan",
        "shanhai_check.tabular.to_yaml",
    ],
    # 4 - the judges: rules; and the allocation solver
    ["shanhai_check.rules", "shanhai_check.allocate"],
    # 5 - running the rules over files: kinds, collection, engine, waivers, selection, configuration
    [
        "shanhai_check.kinds",
        "shanhai_check.collect",
        "shanhai_check.waivers",
        "shanhai_check.workers",
        "shanhai_check.engine",
        "shanhai_check.selection",
        "shanhai_check.config",
        "shanhai_check.ruledoc",
        "shanhai_check.show",
        "shanhai_check.index",
        "shanhai_check.cache",
    ],
    # 6 - what is shown and written: formatters, table export and the import's own checks
    ["shanhai_check.report", "shanhai_check.tabular"],
    # 7 - the commands: the only code that prints errors and picks exit statuses
    ["shanhai_check.commands", "shanhai_check.cli", "shanhai_check.__main__"],
]


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str) -> set[str]:
    """The project's modules *name* imports, anywhere in it."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            submodules = {f"{target}.{alias.name}" for alias in node.names} & MODULES.keys()
            found |= submodules or ({target} & MODULES.keys())
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names} & MODULES.keys()
    return found - {name}


def floor_of(name: str) -> int | None:
    """The floor of the longest prefix that names *name* or a package holding it."""
    best = None
    for number, prefixes in enumerate(FLOORS):
        for prefix in prefixes:
            inside = name.startswith(prefix + ".") and prefix != "shanhai_check"  # the package's face holds only itself
            if (name == prefix or inside) and (best is None or len(prefix) > len(best[1])):
                best = (number, prefix)
    return best[0] if best else None


GRAPH = {name: _imports(name) for name in MODULES}


def test_every_module_has_a_floor():
    assert [name for name in sorted(MODULES) if floor_of(name) is None] == []


def test_every_import_runs_down():
    upward = [
        f"{name} (floor {floor_of(name)}) imports {target} (floor {floor_of(target)})"
        for name, targets in sorted(GRAPH.items())
        for target in sorted(targets)
        if floor_of(target) > floor_of(name)
    ]
    assert upward == []


def test_the_commands_are_imported_only_from_the_command_line():
    top = ("shanhai_check.cli", "shanhai_check.commands", "shanhai_check.__main__")
    below = [
        f"{name} imports {target}"
        for name, targets in sorted(GRAPH.items())
        if not name.startswith(top)
        for target in targets
        if target.startswith(top)
    ]
    assert below == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_modules_import_each_other_in_a_loop():
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_a_loop_and_an_upward_import_is_seen():
    # The checks above must be able to fail: a loop of three and a lone module.
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
    assert floor_of("shanhai_check.rules.sh101_column_total") == 4 and floor_of("shanhai_check.report.json") == 6
    assert floor_of("shanhai_check.messages.rules") == 0 and floor_of("shanhai_check.nowhere") is None
