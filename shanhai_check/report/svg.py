"""Inline SVG bar charts for the HTML report.

The report must open with no network and run no script, so charts are plain SVG elements
written into the page: no external file, no JavaScript, no font. Every label is escaped here,
so a unit named ``<script>`` is drawn as text. Figures arrive exact (``Decimal``) with the
words to print beside them; only the pixel geometry is float, since it is drawing, not
arithmetic anyone reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

WIDTH = 760
LABEL = 230  # room for unit names, right-aligned against the bars
PLOT = 400  # the longest bar
ROW = 22
BAR = 14
CAPTION = 26
LABEL_CHARS = 16  # longer names are cut, with the full name in the bar's tooltip


@dataclass
class Bar:
    """One bar: its label, its exact value and how that value is printed.

    ``kind`` is the CSS class (bar, sum, total, goal); ``parts`` stacks segments inside the
    bar (the rows that make up a column sum), each with its own tooltip.
    """

    label: str
    value: Decimal
    shown: str
    kind: str = "bar"
    parts: list["Bar"] = field(default_factory=list)


@dataclass
class Panel:
    """Bars on one scale, with a caption and vertical reference lines (goals)."""

    caption: str
    bars: list[Bar]
    lines: list[Bar] = field(default_factory=list)


def attrs(**given) -> str:
    """Attributes, escaped, for HTML or SVG: class_ → class, data_metric → data-metric; a
    None or empty value is left out."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for name, v in given.items() if v not in (None, "")
    )


def _px(value: Decimal, scale: Decimal) -> float:
    """Pixels for *value* on a plot where *scale* fills PLOT; negatives draw as nothing."""
    if scale <= 0 or value <= 0:
        return 0.0
    return round(float(value / scale) * PLOT, 2)


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _bar(bar: Bar, y: float, scale: Decimal) -> str:
    tip = f"<title>{escape(bar.label)}: {escape(bar.shown)}</title>"
    out = [
        f"<text{attrs(class_='label', x=LABEL - 8, y=y + BAR - 2, text_anchor='end')}>{escape(_cut(bar.label))}</text>"
    ]
    if bar.parts:  # a stacked bar: one segment per addend, so each row's share shows
        x, running = float(LABEL), Decimal(0)
        for number, part in enumerate(bar.parts):
            running += max(part.value, Decimal(0))
            end = LABEL + _px(running, scale)
            box = attrs(class_=f"segment seg{number % 2}", x=round(x, 2), y=y, width=round(end - x, 2), height=BAR)
            out.append(f"<rect{box}><title>{escape(part.label)}: {escape(part.shown)}</title></rect>")
            x = end
        width = x - LABEL
    else:
        width = _px(bar.value, scale)
        out.append(f"<rect{attrs(class_=bar.kind, x=LABEL, y=y, width=width, height=BAR)}>{tip}</rect>")
    out.append(f"<text{attrs(class_='value', x=round(LABEL + width + 6, 2), y=y + BAR - 2)}>{escape(bar.shown)}</text>")
    return "".join(out)


def _panel(panel: Panel, top: float) -> tuple[str, float]:
    """The panel's SVG and the y below it."""
    values = [b.value for b in panel.bars + panel.lines]
    scale = max(values, default=Decimal(0))
    out = [f"<text{attrs(class_='caption', x=0, y=top + 16)}>{escape(panel.caption)}</text>"]
    y = top + CAPTION
    for bar in panel.bars:
        out.append(_bar(bar, y, scale))
        y += ROW
    for line in panel.lines:  # a goal drawn across every bar of the panel
        x = round(LABEL + _px(line.value, scale), 2)
        out.append(
            f"<line{attrs(class_='goal-line', x1=x, x2=x, y1=top + CAPTION - 4, y2=y)}>"
            f"<title>{escape(line.label)}: {escape(line.shown)}</title></line>"
        )
    return "".join(out), y + 8


def chart(title: str, panels: list[Panel], **extra) -> str:
    """An ``<svg>`` with the panels stacked; *extra* become attributes (data_metric=…)."""
    body, y = [], 0.0
    for panel in panels:
        drawn, y = _panel(panel, y)
        body.append(f"<g class=\"panel\">{drawn}</g>")
    height = round(y, 2)
    head = attrs(
        class_="chart",
        role="img",
        aria_label=title,
        viewBox=f"0 0 {WIDTH} {height}",
        width=WIDTH,
        height=height,
        **extra,
    )
    return f"<svg{head}><title>{escape(title)}</title>{''.join(body)}</svg>"
