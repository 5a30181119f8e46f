"""Horizontal bar charts as Rich renderables; Chinese double-width labels align.

Each line is laid out here, cell by cell, rather than by a Rich table: a table takes its own
padding and edges from the width, and a bar sized for the whole width came out one cell too
long and was cut with an ellipsis. Here the label, the bar and the value add up to the width
exactly: the label gives way (…) before the bar does, and the value is never cut."""

from __future__ import annotations

from typing import List, Sequence, Tuple

from rich.console import Group
from rich.text import Text

FULL, LIGHT = "█", "░"
EIGHTHS = " ▏▎▍▌▋▊▉"
GAP = "  "  # between label and bar, and between bar and value
MARGIN = " "  # before the label, as tables have

# label, English label, value to scale on, text to print beside the bar, approximate?
Bar = Tuple[str, str, float, str, bool]


def bar_text(value: float, largest: float, width: int, approximate: bool) -> Text:
    """A bar of up to `width` cells, in eighths; approximate values drawn in light shade."""
    if largest <= 0 or value <= 0:
        return Text("")
    eighths = min(width * 8, round(value / largest * width * 8))
    if approximate:
        return Text(LIGHT * max(1, round(eighths / 8)), style="yellow")
    bar = FULL * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")
    return Text(bar or EIGHTHS[1], style="cyan")


def layout(bars: Sequence[Bar], width: int) -> Tuple[int, int, int]:
    """Cells for the label, the bar and the value, which with the margin and gaps fill the
    width: the value whole, the bar at least one cell, the label what is left up to its
    natural width (at most two fifths of the line)."""
    value_width = max((Text(shown).cell_len for *_, shown, _ in bars), default=0)
    room = width - len(MARGIN) - 2 * len(GAP) - value_width  # label and bar together
    natural = max((_label(zh, en).cell_len for zh, en, *_ in bars), default=0)
    label_width = max(0, min(natural, width * 2 // 5, room - 1))
    bar_width = max(1, room - label_width)
    return label_width, bar_width, value_width


def _label(zh: str, en: str) -> Text:
    label = Text(zh)
    if en:
        label.append(f" {en}", style="dim")
    return label


def bar_chart(bars: Sequence[Bar], width: int, title: str = "") -> Group:
    """One line per bar: labels, the bar scaled on the largest value, and the value."""
    label_width, bar_width, value_width = layout(bars, width)
    largest = max((value for _, _, value, _, _ in bars), default=0.0)
    lines: List[Text] = []
    if title:
        lines += [Text(title, style="italic", justify="center"), Text("")]
    for zh, en, value, shown, approximate in bars:
        line = Text(MARGIN)
        if label_width:
            label = _label(zh, en)
            label.truncate(label_width, overflow="ellipsis", pad=True)
            line.append_text(label)
            line.append(GAP)
        bar = bar_text(value, largest, bar_width, approximate)
        bar.pad_right(bar_width - bar.cell_len)
        line.append_text(bar)
        line.append(GAP)
        line.append(" " * (value_width - Text(shown).cell_len) + shown)
        lines.append(line)
    if any(bar[4] for bar in bars):
        lines += [Text(""), Text(f"{LIGHT} approximate value (余/近/上百: the page gives a "
                                 "bound)", style="dim italic", justify="center")]
    lines.append(Text(""))
    return Group(*lines)
