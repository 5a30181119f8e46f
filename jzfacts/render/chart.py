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
    label_width = max((Text(f"{zh} {en}").cell_len for zh, en, *_ in bars), default=0)
    value_width = max((len(shown) for *_, shown, _ in bars), default=0)
    bar_width = max(8, width - min(label_width, width // 2) - value_width - 6)
    largest = max((value for _, _, value, _, _ in bars), default=0.0)
    chart = Table(box=box.SIMPLE, show_header=False, title=title or None, pad_edge=False)
    chart.add_column("label", overflow="fold", max_width=max(12, width // 2))
    chart.add_column("bar", no_wrap=True, min_width=bar_width)
    chart.add_column("value", justify="right", no_wrap=True)
    for zh, en, value, shown, approximate in bars:
        label = Text(zh)
        if en:
            label.append(f" {en}", style="dim")
        chart.add_row(label, bar_text(value, largest, bar_width, approximate), Text(shown))
    if any(bar[4] for bar in bars):
        chart.caption = f"{LIGHT} approximate value (余/近/上百: the page gives a bound)"
    return chart
