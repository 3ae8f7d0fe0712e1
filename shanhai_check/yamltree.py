"""Read YAML into plain data that remembers where each value was written.

We never let PyYAML construct objects: we *compose* (libyaml's C composer when present) and
convert the node tree ourselves. That gives exact numbers (a Decimal from the scalar's own
text, never a float), a line for every value, duplicate keys as errors (PyYAML keeps the last
one silently), and no way for a tag such as ``!!python/object`` to run code.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal

import yaml

from shanhai_check.wording import ZERO_WIDTH
from shanhai_check.messages import inputs as say
from shanhai_check.files import MAX_BYTES
from shanhai_check.findings import InputError, Location
from shanhai_check.messages import Message

try:  # libyaml's C composer is much faster; fall back to pure Python where it is missing.
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64
# Short texts (metric keys, units, sections, names) repeat across a repository's plans, and a
# run keeps some of them for every plan (its summary, its findings): those are shared.
SHARED_TEXT = 40
MAX_NODES = 2_000_000
# Text that could nest deeper than this, or is longer than MAX_TEXT_UNCHECKED, is prescanned
# (libyaml's composer overflows the C stack near 30000 levels; PyYAML's own recursion near 500).
MAX_DEPTH_UNCHECKED = 1000 if _Loader is not yaml.SafeLoader else 0
MAX_TEXT_UNCHECKED = 1_000_000  # characters; a longer text is scanned too, to count its nodes


_TAG = "tag:yaml.org,2002:"
# Tags compared for every node: spelled out once, not concatenated per node.
_STR_TAGS = frozenset(_TAG + t for t in ("str", "timestamp", "binary"))
_STR = _TAG + "str"
_MAP, _SEQ, _MERGE, _NULL, _BOOL, _INT, _FLOAT = (
    _TAG + t for t in ("map", "seq", "merge", "null", "bool", "int", "float")
)
_PLAIN_DECIMAL = re.compile(r"[-+]?[0-9][0-9_]*(\.[0-9_]*)?|[-+]?\.[0-9_]+")
_PLAIN_INT = re.compile(r"[-+]?[0-9][0-9_]*")
# Control characters, and those that print as nothing (zero-width: look-alike names); tab,
# line breaks and NEL stay.
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f{ZERO_WIDTH}]")


class YMap(dict):
    """A mapping that knows where it and each of its values were written."""

    def __init__(self, where: Location):
        super().__init__()
        self.where = where
        self.places: dict[str, Location] = {}
        self.key_places: dict[str, Location] = {}

    def at(self, key: str) -> Location:
        """Where the value of *key* was written."""
        return self.places.get(key, self.where)

    def key_at(self, key: str) -> Location:
        """Where *key* itself was written."""
        return self.key_places.get(key, self.where)


class YList(list):
    """A sequence that knows where it and each of its items were written."""

    def __init__(self, where: Location):
        super().__init__()
        self.where = where
        self.places: list[Location] = []

    def at(self, index: int) -> Location:
        return self.places[index] if index < len(self.places) else self.where


def parse(path: str, text: str) -> "YMap | YList | object":
    """Read YAML text into data with places; raises InputError with the first problem's place.

    Plain documents (no anchors, aliases or explicit tags, one document, nothing unusable) are
    built straight from libyaml's events (:func:`_from_events`), which is faster than
    composing nodes and converting them; anything else, and every file with a problem, takes
    the composing path, which reports it.
    """
    try:
        return _from_events(path, text)
    except (_Unusual, yaml.YAMLError, InputError):  # the composing path finds the first problem
        return _composed(path, text)


def _composed(path: str, text: str):
    """Compose the text into nodes (libyaml), then convert them, checking everything."""
    try:
        _prescan(path, text)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in (
            exc.problem or ""
        ):  # libyaml's scanner has its own cap (1000 levels), hit before our count
            raise InputError(path, line, say.TooDeep(limit=MAX_DEPTH), column, code="SH001") from None
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        context = exc.context_mark
        started: Message | str = ""
        if context is not None and mark is not None and context.line != mark.line:
            started = say.StartedAt(line=context.line + 1)
        hint = _syntax_hint(text, (context or mark).line if (context or mark) else 0, line)
        raise InputError(
            path, line, say.YamlSyntax(problem=problem, started=started, hint=hint), column, code="SH001"
        ) from None
    except yaml.reader.ReaderError as exc:  # a control character: no mark, only an offset
        line, column = _reader_place(text, exc.position)
        problem = (
            f"unacceptable character #x{exc.character:04x}: {exc.reason}"
            if isinstance(exc.character, int)
            else exc.reason
        )
        raise InputError(
            path, line, say.YamlSyntax(problem=problem, started="", hint=""), column, code="SH001"
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(path, 1, say.YamlSyntax(problem=str(exc), started="", hint=""), code="SH001") from None
    if node is None:
        return None
    converter = _Converter(path)
    # Only aliases can make the tree larger than the text (a billion laughs, or one long text
    # aliased thousands of times); without an anchor ('&') there is none, and the conversion's
    # own budget bounds the work. Expanded, a tree may hold no more text than a file may.
    if "&" in text:
        nodes, characters = _expanded_size(node, {}, 0)
        if nodes > MAX_NODES:
            raise converter.fail(node, say.TooManyNodesExpanded(limit=MAX_NODES), "SH001")
        if characters > MAX_BYTES:
            raise converter.fail(node, say.TooMuchTextExpanded(limit=MAX_BYTES // 1_000_000), "SH001")
    return converter.convert(node, 0)


def _syntax_hint(text: str, first: int, last: int) -> Message | str:
    """What a syntax error most likely is, from the lines it spans (0-based *first*, 1-based
    *last*) and the line before: a full-width colon where YAML needs ': '."""
    lines = text.splitlines()
    for number in range(max(first - 1, 0), min(last, len(lines))):
        if "：" in lines[number]:
            return say.FullWidthColonAt(line=number + 1)
    return ""


def _prescan(path: str, text: str) -> None:
    """Refuse, before composing, nesting deeper than MAX_DEPTH and more than MAX_NODES nodes.

    libyaml's composer recurses in C, and some 30000 levels ('[' * 30000, or '- ' * 30000 on
    one line) overflow its stack: a crash, not an exception; and it builds every node of a
    10 MB list (gigabytes) before the budget is checked. The parser's events come one at a
    time, without recursion, but reading them costs a fifth of the parse, so it is done only
    when the text is long or could nest that deep: each level is a bracket, or a block
    collection starting to the right of (or, for a mapping's list, under) its parent, so the
    depth is at most the brackets plus twice the longest line.
    """
    longest = max(map(len, text.splitlines()), default=0)
    if text.count("[") + text.count("{") + 2 * longest <= MAX_DEPTH_UNCHECKED and len(text) <= MAX_TEXT_UNCHECKED:
        return
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        nodes += isinstance(event, yaml.NodeEvent)  # a scalar, an alias or a collection's start
        if nodes > MAX_NODES:  # aliases count once here; parse() sizes them after composing
            raise _event_error(path, event, say.TooManyNodesForAPlan(limit=MAX_NODES))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH + 1:  # the document's own mapping is level 0 for conversion
                raise _event_error(path, event, say.TooDeep(limit=MAX_DEPTH))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _event_error(path: str, event: yaml.Event, message: Message) -> InputError:
    mark = event.start_mark
    return InputError(path, mark.line + 1, message, mark.column + 1, code="SH001")


def _reader_place(text: str, offset: int) -> tuple[int, int]:
    """Line and column of a reader error's offset: libyaml counts bytes of the UTF-8 text,
    PyYAML's pure-Python reader counts characters."""
    if _Loader is not yaml.SafeLoader:
        text = text.encode("utf-8")[:offset].decode("utf-8", "ignore")
        offset = len(text)
    before = text[:offset]
    return before.count("\n") + 1, offset - before.rfind("\n")


class _Unusual(Exception):
    """The text needs the composing path: an anchor, alias, explicit tag, second document,
    duplicate or merge key, a key that is not text, or too deep or too large a tree."""


_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers
_WILDCARD = _IMPLICIT.get(None, [])
_NO_KEY = object()


def _implicit_tag(value: str) -> str:
    """The tag PyYAML's resolver gives a plain scalar (``BaseResolver.resolve``, no path
    resolvers): the patterns registered for its first character, then the wildcard ones. Most
    text (every Chinese word) starts with a character that has none: it is a string at once."""
    candidates = _IMPLICIT.get(value[0] if value else "")
    if candidates is None and not _WILDCARD:
        return _STR
    for tag, pattern in (candidates or []) + _WILDCARD:
        if pattern.match(value):
            return tag
    return _STR


def _from_events(path: str, text: str):
    """The data of a plain document, built from libyaml's parser events in one pass, with the
    same values and places as composing and converting it; raises _Unusual otherwise."""
    loader = _Loader(text)
    try:
        get = loader.get_event
        get()  # the stream start
        if isinstance(get(), yaml.StreamEndEvent):
            return None
        converter = _Converter(path)
        new = tuple.__new__  # Location(…) less its Python-level constructor: one per value
        root = None
        stack: list = []  # the maps and lists being filled, innermost last
        keys: list = []  # for each, the key waiting for its value (maps) or _NO_KEY
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
                keys.pop()
                continue
            if kind is yaml.DocumentEndEvent:
                if not isinstance(get(), yaml.StreamEndEvent):
                    raise _Unusual()
                return root
            if (
                kind is yaml.AliasEvent
                or event.anchor is not None
                or event.tag not in (None, "!")
                or len(stack) > MAX_DEPTH
            ):
                raise _Unusual()
            converter.budget -= 1
            if converter.budget < 0:
                raise _Unusual()
            mark = event.start_mark
            where = new(Location, (path, mark.line + 1, mark.column + 1, ""))
            if stack and keys[-1] is _NO_KEY and type(stack[-1]) is YMap:  # a key
                if (
                    kind is not yaml.ScalarEvent
                    or event.value in stack[-1]
                    or (event.value == "<<" and event.implicit[0])
                    or _CONTROL.search(event.value)
                ):
                    # a duplicate or merge (<<) key, or a control character: the composing path reports it
                    raise _Unusual()
                keys[-1] = key = sys.intern(event.value)  # keys repeat in every file: one copy each
                stack[-1].key_places[key] = where
                continue
            if kind is yaml.ScalarEvent:
                value = converter.scalar(event, _implicit_tag(event.value) if event.implicit[0] else _STR)
                if type(value) is str and len(value) <= SHARED_TEXT:
                    value = sys.intern(value)
            else:
                value = YMap(where) if kind is yaml.MappingStartEvent else YList(where)
            if not stack:
                root = value
            elif type(stack[-1]) is YList:
                stack[-1].places.append(where)
                stack[-1].append(value)
            else:
                stack[-1].places[keys[-1]] = where
                stack[-1][keys[-1]] = value
                keys[-1] = _NO_KEY
            if kind is not yaml.ScalarEvent:
                stack.append(value)
                keys.append(_NO_KEY)
    finally:
        loader.dispose()


def _expanded_size(node: yaml.Node, sizes: dict[int, tuple[int, int]], depth: int) -> tuple[int, int]:
    """How many nodes, and characters of scalar text, the tree has once aliases are expanded,
    each shared node sized once: an alias to a long text costs that text again wherever it
    stands (a report would print it there).

    Stops adding as soon as either budget is exceeded, and at MAX_DEPTH (conversion reports it).
    """
    known = sizes.get(id(node))
    if known is not None:
        return known
    nodes, characters = 1, len(node.value) if isinstance(node, yaml.ScalarNode) else 0
    if depth <= MAX_DEPTH and isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        children = [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else node.value
        for child in children:
            more_nodes, more_characters = _expanded_size(child, sizes, depth + 1)
            nodes, characters = nodes + more_nodes, characters + more_characters
            if nodes > MAX_NODES or characters > MAX_BYTES:
                break
    sizes[id(node)] = nodes, characters
    return nodes, characters


class _Converter:
    def __init__(self, path: str):
        self.path = path
        self.budget = MAX_NODES
        self.texts: dict[int, str] = {}  # scalar nodes already scanned, by identity: an alias is not scanned again

    def where(self, node: yaml.Node) -> Location:
        return Location(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def fail(self, node: yaml.Node, message: Message, code: str = "SH002") -> InputError:
        mark = node.start_mark
        return InputError(self.path, mark.line + 1, message, mark.column + 1, code=code)

    def convert(self, node: yaml.Node, depth: int):
        self.budget -= 1
        if self.budget < 0:
            raise self.fail(node, say.TooManyNodes(limit=MAX_NODES), "SH001")
        if depth > MAX_DEPTH:
            raise self.fail(node, say.TooDeep(limit=MAX_DEPTH), "SH001")
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            self.check_tag(node, _SEQ)
            out = YList(self.where(node))
            for item in node.value:
                out.places.append(self.where(item))
                out.append(self.convert(item, depth + 1))
            return out
        return self.scalar(node)

    def check_tag(self, node: yaml.Node, tag: str) -> None:
        if node.tag != tag:
            raise self.fail(node, say.ForbiddenTag(tag=node.tag), "SH001")

    def mapping(self, node: yaml.MappingNode, depth: int) -> YMap:
        self.check_tag(node, _MAP)
        out = YMap(self.where(node))
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise self.fail(key_node, say.MergeKey(), "SH001")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, say.KeyNotText())
            key = self.text(key_node)
            if key in out:
                first = out.at(key)
                raise self.fail(key_node, say.DuplicateKey(key=key, line=first.line), "SH003")
            out.key_places[key] = self.where(key_node)
            out.places[key] = self.where(value_node)
            out[key] = self.convert(value_node, depth + 1)
        return out

    def text(self, node) -> str:
        r"""A scalar's text; control characters written as escapes ("\e[31m") are refused, as
        YAML refuses them written raw: no plan needs one, and a report would print it."""
        known = self.texts.get(id(node))
        if known is not None:
            return known
        found = _CONTROL.search(node.value)
        if found:
            raise self.fail(node, say.ControlCharacter(code=f"U+{ord(found[0]):04X}"), "SH001")
        if isinstance(node, yaml.Node):  # parser events are never aliased, and not kept alive
            self.texts[id(node)] = node.value
        return str(node.value)

    def scalar(self, node: "yaml.ScalarNode | yaml.ScalarEvent", tag: str | None = None):
        """A scalar's value (*tag*: its resolved tag, when *node* is a parser event)."""
        tag, text = tag or node.tag, node.value
        if tag in _STR_TAGS:
            return self.text(node)
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() in ("true", "yes", "on", "y")
        if tag == _INT:
            if not _PLAIN_INT.fullmatch(text):
                raise self.fail(node, say.BadInteger(text=text), "SH004")
            return _bounded(self, node, text, int)
        if tag == _FLOAT:
            if not _PLAIN_DECIMAL.fullmatch(text):
                raise self.fail(node, say.BadNumber(text=text), "SH004")
            return _bounded(self, node, text, Decimal)
        raise self.fail(node, say.ForbiddenTag(tag=tag), "SH001")


def _bounded(converter: _Converter, node: yaml.ScalarNode, text: str, kind):
    digits = text.replace("_", "")
    if len(digits.lstrip("+-0").replace(".", "")) > 40:
        raise converter.fail(node, say.TooManyDigits(text=text[:20]), "SH004")
    return kind(digits)
