"""Names close to a misspelt one ("did you mean"), without comparing it with every name.

difflib compares a name with every candidate, so n unknown names against n known ones cost n²
comparisons (issue 19: 2,000 against a 2,000-unit roster never finished). Up to SMALL
candidates, every one is compared, exactly as difflib does; beyond that, only the CANDIDATES
that share the most pairs of adjacent characters with the name, a pair shared by more than
COMMON names (区委, 政府 …) saying too little to be looked up. Each lookup then costs at most
the name's pairs × COMMON steps, whatever the size of the roster.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from typing import Callable, Iterable

SMALL = 256
CANDIDATES = 64
COMMON = 256


def _pairs(name: str) -> set[str]:
    return {name[i : i + 2] for i in range(len(name) - 1)} or {name}


class Names:
    """A list of names to find close ones in."""

    def __init__(self, names: Iterable[str]):
        self.names = list(dict.fromkeys(names))
        self._index: dict[str, list[str]] | None = None

    def candidates(self, name: str) -> list[str]:
        """The names worth comparing with *name*: all of them for a short list."""
        if len(self.names) <= SMALL:
            return self.names
        if self._index is None:
            self._index = defaultdict(list)
            for known in self.names:
                for pair in _pairs(known):
                    self._index[pair].append(known)
        shared: Counter[str] = Counter()
        for pair in _pairs(name):
            posting = self._index.get(pair, ())
            if len(posting) <= COMMON:
                shared.update(posting)
        return [known for known, _ in shared.most_common(CANDIDATES)]

    def close(self, name: str, n: int = 1, cutoff: float = 0.5) -> list[str]:
        """difflib.get_close_matches over the candidates."""
        return difflib.get_close_matches(name, self.candidates(name), n=n, cutoff=cutoff)


# The lists last looked in, so that n lookups in one list build its index once. Keyed by the
# list object itself (held here, so its id cannot be reused) and its length.
_RECENT: dict[int, tuple[object, int, Names]] = {}
_RECENT_LIMIT = 16


def names_of(owner: object, names: "Callable[[], Iterable[str]]") -> Names:
    """The Names of *owner* (a roster, a dict of metrics …), built by *names()* once."""
    size = len(owner) if hasattr(owner, "__len__") else -1
    found = _RECENT.get(id(owner))
    if found is None or found[0] is not owner or found[1] != size:
        if len(_RECENT) >= _RECENT_LIMIT:
            _RECENT.clear()
        found = _RECENT[id(owner)] = (owner, size, Names(names()))
    return found[2]


def close_to(name: str, candidates, n: int = 1, cutoff: float = 0.5) -> list[str]:
    """difflib.get_close_matches(name, candidates, n, cutoff), each list indexed once."""
    return names_of(candidates, lambda: candidates).close(name, n, cutoff)
