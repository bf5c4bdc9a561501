"""Exports and the report read well on paper and on screen: every text colour in their
style sheets is 4.5:1 against every background the same sheet sets (and white paper)."""

from __future__ import annotations

import re

import pytest
from coloraide import Color

from reflekt.share import render, report_html

HEX = r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"


def colours(css: str) -> tuple[dict[str, str], set[str]]:
    """Text colours by selector, and every background colour the sheet sets."""
    text: dict[str, str] = {}
    backgrounds = {"#ffffff"}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        for value in re.findall(rf"(?<![-\w])color:\s*({HEX})", body):
            text[" ".join(selector.split())] = value
        backgrounds.update(re.findall(rf"background(?:-color)?:\s*({HEX})", body))
    return text, backgrounds


@pytest.mark.parametrize(
    "css", [report_html._CSS, render._CSS], ids=["the report", "Markdown/HTML exports"]
)
def test_every_text_colour_reads_on_every_background(css: str) -> None:
    text, backgrounds = colours(css)
    assert len(text) >= 4  # the sheet really is read
    low = [
        f"{selector}: {fg} on {bg} is {Color(fg).contrast(bg, method='wcag21'):.2f}:1"
        for selector, fg in text.items()
        for bg in backgrounds
        if Color(fg).contrast(bg, method="wcag21") < 4.5
    ]
    assert low == []


def test_the_reading_catches_a_pale_colour() -> None:
    text, backgrounds = colours(".x { color: #999; } .y { background-color: #eee; }")
    assert text == {".x": "#999"} and backgrounds == {"#ffffff", "#eee"}
