"""Every sentence the checker says, in Chinese and English: one small class per message.

The base class is here; the catalogues are the modules of this package, one per part of the
tool: ``rules`` (findings), ``inputs`` (input errors and file problems), ``tables`` (import
and export), ``allocate`` (proposals), ``output`` (files written and command-line refusals),
``config`` (the configuration file and the selection of codes), ``report`` (the words of the
report formats), ``docs`` (the words around the rules' documentation) and ``figures``
(comparators and lists, the small words figures and names are shown with).
Code that has something to say builds a message with its arguments (figures and names
already formatted); only formatters render it, in the report's language.

A template's placeholders are the same in both languages. An argument may be a message, or
an error that carries one (see :func:`shown`): it is rendered in the sentence's language. An
English count names its noun in the placeholder, ``{count:unit}`` ("1 unit", "16 units") or
``{count:child/children}``, so every English plural goes through :func:`counted`.
"""

from __future__ import annotations


def counted(number: int, word: str, plural: str | None = None) -> str:
    """'1 file', '2 files': an English count with its noun in the right number."""
    return f"{number} {word if number == 1 else plural or word + 's'}"


class _Count(int):
    """A whole number argument: ``{count:unit}`` formats it with its noun (see :func:`counted`);
    any other format spec is int's own."""

    def __format__(self, spec: str) -> str:
        if len(spec) > 1 and spec[0].isalpha():
            word, _, plural = spec.partition("/")
            return counted(int(self), word, plural or None)
        return int.__format__(self, spec)


def shown(value: object, lang: str) -> object:
    """An argument as a sentence shows it in *lang*: a message rendered, an error that carries
    one as its whole line (its ``say_in``), a whole number ready for ``{count:noun}``; any
    other value (a name, a figure) as it is."""
    if isinstance(value, Message):
        return value.render(lang)
    say_in = getattr(value, "say_in", None)
    if callable(say_in):
        return say_in(lang)
    if isinstance(value, int) and not isinstance(value, bool):
        return _Count(value)
    return value


class Message:
    zh = ""
    en = ""

    def __init__(self, **args: object):
        self.args = args

    def render(self, lang: str = "zh") -> str:
        """The sentence in *lang*; an argument that is itself a message is rendered in it too."""
        template = self.en if lang == "en" else self.zh
        return template.format(**{k: shown(v, lang) for k, v in self.args.items()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args!r})"

    def __str__(self) -> str:
        """Chinese, as a message reads by default (a place shown inside another text)."""
        return self.render("zh")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Plain(Message):
    """Text that reads the same in both languages: a name, a figure, a library's own words."""

    def __init__(self, text: str):
        super().__init__(text=text)

    def render(self, lang: str = "zh") -> str:
        return str(shown(self.args["text"], lang))


class Joined(Message):
    """Parts shown one after the other with *separator* between them, each in the sentence's
    language: the terms of a sum ('海曙区 110 + 江北区 110'), a figure and its label."""

    def __init__(self, parts, separator: str = ""):
        super().__init__(parts=list(parts), separator=separator)

    def render(self, lang: str = "zh") -> str:
        return self.args["separator"].join(str(shown(part, lang)) for part in self.args["parts"])


class Terms(Message):
    """The addends of a sum, '海曙区 110 + 江北区 110': (label, figure as written) pairs, joined
    only when the message is shown. One message for the sum, not one per addend: a column
    total that agrees is checked on every run, and its message is seldom shown."""

    def __init__(self, pairs):
        super().__init__(pairs=list(pairs))

    def render(self, lang: str = "zh") -> str:
        return " + ".join(f"{shown(label, lang)} {figure}" for label, figure in self.args["pairs"])


class Listing(Message):
    """Names or phrases listed: '甲、乙' in Chinese, 'a, b' in English (the document's own
    words stay as written; only the separator is the language's)."""

    def __init__(self, items):
        super().__init__(items=list(items))

    def render(self, lang: str = "zh") -> str:
        return ("、" if lang == "zh" else ", ").join(str(shown(item, lang)) for item in self.args["items"])


class Quotations(Message):
    """Words cut out of a document's prose, listed: '甲、乙' in Chinese, quoted one by one in
    English ('甲', '乙'), as every English sentence quotes a document's words."""

    def __init__(self, items):
        super().__init__(items=list(items))

    def render(self, lang: str = "zh") -> str:
        if lang == "zh":
            return "、".join(str(item) for item in self.args["items"])
        return ", ".join(f"'{item}'" for item in self.args["items"])


class MessageError(ValueError):
    """A refusal that carries its bilingual :class:`Message`; callers show ``error.message``
    in the report's language (or pass the error itself to a message: see :func:`shown`).
    The exception's own text is rendered only when asked for: in English, unless a subclass
    keeps ``text_lang = "zh"`` (errors whose Chinese text callers already read)."""

    text_lang = "en"

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message

    def say_in(self, lang: str = "zh") -> str:
        return self.message.render(lang)

    def __str__(self) -> str:
        return self.message.render(self.text_lang)
