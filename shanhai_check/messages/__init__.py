"""Every sentence the checker says, in Chinese and English: one small class per message.

The base class is here; the catalogues are the modules of this package, one per part of the
tool: ``rules`` (findings), ``inputs`` (input errors and file problems), ``tables`` (import
and export), ``allocate`` (proposals), ``output`` (files written and command-line refusals).
Code that has something to say builds a message with its arguments (figures and names
already formatted); only formatters render it, in the report's language.
"""

from __future__ import annotations


class Message:
    zh = ""
    en = ""

    def __init__(self, **args: object):
        self.args = args

    def render(self, lang: str = "zh") -> str:
        """The sentence in *lang*; an argument that is itself a message is rendered in it too."""
        template = self.en if lang == "en" else self.zh
        return template.format(**{k: v.render(lang) if isinstance(v, Message) else v for k, v in self.args.items()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args!r})"

    def __str__(self) -> str:
        """Chinese, as a message reads by default (a place shown inside another text)."""
        return self.render("zh")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class MessageError(ValueError):
    """A refusal that carries its bilingual :class:`Message` (the exception's own text is the
    English rendering); callers show ``error.message`` in the report's language."""

    def __init__(self, message: Message):
        super().__init__(message.render("en"))
        self.message = message


def counted(number: int, word: str, plural: str | None = None) -> str:
    """'1 file', '2 files': an English count with its noun in the right number."""
    return f"{number} {word if number == 1 else plural or word + 's'}"
