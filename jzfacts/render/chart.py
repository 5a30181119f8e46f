"""Horizontal bar charts as Rich renderables; Chinese double-width labels align."""

from __future__ import annotations

from typing import Sequence, Tuple

from rich import box
from rich.table import Table
from rich.text import Text

FULL, LIGHT = "█", "░"
EIGHTHS = " ▏▎▍▌▋▊▉"

# label, English label, value to scale on, text to print beside the bar, approximate?
Bar = Tuple[str, str, float, str, bool]


def bar_text(value: float, largest: float, width: int, approximate: bool) -> Text:
    """A bar of up to `width` cells, in eighths; approximate values drawn in light shade."""
    if largest <= 0 or value <= 0:
        return Text("")
    eighths = round(value / largest * width * 8)
    if approximate:
        return Text(LIGHT * max(1, round(eighths / 8)), style="yellow")
    bar = FULL * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")
    return Text(bar or EIGHTHS[1], style="cyan")


def bar_chart(bars: Sequence[Bar], width: int, title: str = "") -> Table:
    """One row per bar: labels, the bar scaled on the largest value, and the value."""
    # One line per bar: the label gives way (…) before the bar does; values are never cut.
    value_width = max((Text(shown).cell_len for *_, shown, _ in bars), default=0)
    room = width - value_width - 5  # what is left for label and bar, less column padding
    label_width = min(max((Text(f"{zh} {en}").cell_len for zh, en, *_ in bars), default=0),
                      max(2, min(width * 2 // 5, room - 4)))
    bar_width = max(1, room - label_width)
    largest = max((value for _, _, value, _, _ in bars), default=0.0)
    chart = Table(box=box.SIMPLE, show_header=False, title=title or None, pad_edge=False)
    chart.add_column("label", no_wrap=True, overflow="ellipsis", width=label_width)
    chart.add_column("bar", no_wrap=True, width=bar_width)
    chart.add_column("value", justify="right", no_wrap=True, min_width=value_width)
    for zh, en, value, shown, approximate in bars:
        label = Text(zh)
        if en:
            label.append(f" {en}", style="dim")
        chart.add_row(label, bar_text(value, largest, bar_width, approximate), Text(shown))
    if any(bar[4] for bar in bars):
        chart.caption = f"{LIGHT} approximate value (余/近/上百: the page gives a bound)"
    return chart
