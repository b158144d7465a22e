from __future__ import annotations

import re
from xml.etree import ElementTree

from yjs.performance.charts import (
    NATIONAL_STYLE,
    SERVICE_STYLE,
    Bar,
    Series,
    bar_chart,
    line_chart,
    nice_scale,
    segments,
)

SVG = "{http://www.w3.org/2000/svg}"


def _trend(**changes: object) -> str:
    arguments: dict = {
        "chart_id": "fte",
        "title": "First-time entrants per 100,000",
        "description": "The service against England and Wales over 4 quarters.",
        "categories": ["2024Q1", "2024Q2", "2024Q3", "2024Q4"],
        "series": [
            Series("Dorset Combined YJS", [100.0, 150.0, None, 200.0], SERVICE_STYLE),
            Series("England and Wales", [120.0, 130.0, 140.0, 150.0], NATIONAL_STYLE),
        ],
        "unit": "per 100,000",
    }
    arguments.update(changes)
    return str(line_chart(**arguments))


def test_a_trend_is_one_named_image_with_a_title_and_a_description() -> None:
    svg = ElementTree.fromstring(_trend())
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "fte-title fte-desc"
    assert svg.find(f"{SVG}title").text == "First-time entrants per 100,000"
    assert svg.find(f"{SVG}desc").text.startswith("The service against England")


def test_a_missing_value_breaks_the_line_and_is_not_drawn_as_zero() -> None:
    svg = ElementTree.fromstring(_trend())
    service = svg.find(f"{SVG}g[@data-series='Dorset Combined YJS']")
    # 100 and 150 joined; the gap; 200 alone, a marker with no line.
    lines = service.findall(f"{SVG}polyline")
    assert len(lines) == 1
    assert len(lines[0].get("points").split()) == 2
    assert len(service.findall(f"{SVG}circle")) == 3
    national = svg.find(f"{SVG}g[@data-series='England and Wales']")
    assert len(national.find(f"{SVG}polyline").get("points").split()) == 4


def test_points_sit_at_their_values_on_the_axis() -> None:
    svg = ElementTree.fromstring(_trend())
    # The axis runs 0 to 200 over 240 pixels from y=40: 100 sits at 160, 150 at 100; 176 pixels a quarter.
    points = svg.find(f"{SVG}g[@data-series='Dorset Combined YJS']/{SVG}polyline").get("points").split()
    assert points == ["64.0,160.0", "240.0,100.0"]
    labels = [text.text for text in svg.iter(f"{SVG}text")]
    assert {"0", "50", "100", "150", "200", "2024Q1", "2024Q4", "per 100,000"} <= set(labels)


def test_lines_differ_by_dash_pattern_as_well_as_colour_and_the_legend_names_each() -> None:
    svg = ElementTree.fromstring(_trend())
    legend = [text.text for text in svg.iter(f"{SVG}text")][-2:]
    assert legend == ["Dorset Combined YJS", "England and Wales"]
    national_line = svg.find(f"{SVG}g[@data-series='England and Wales']/{SVG}polyline")
    assert national_line.get("stroke-dasharray") == "8 4"
    assert SERVICE_STYLE.dash != NATIONAL_STYLE.dash


def test_text_is_escaped() -> None:
    svg = _trend(title='<script>alert("x")</script>', series=[Series("Smith & Jones <LA>", [1.0, 2.0, 3.0, 4.0])])
    assert "<script>" not in svg
    assert "Smith &amp; Jones &lt;LA&gt;" in svg
    ElementTree.fromstring(svg)


def test_a_chart_with_no_values_still_draws_an_axis() -> None:
    svg = ElementTree.fromstring(_trend(series=[Series("Dorset Combined YJS", [None, None, None, None])]))
    assert svg.find(f".//{SVG}polyline") is None
    assert [text.text for text in svg.iter(f"{SVG}text")][:2] == ["0", "1"]


def test_axis_steps_are_round_numbers() -> None:
    assert nice_scale(200) == [0, 50, 100, 150, 200]
    assert nice_scale(37.2) == [0, 10, 20, 30, 40]
    assert nice_scale(0.3) == [0, 0.1, 0.2, 0.3]
    assert segments([1, None, None, 2, 3]) == [[(0, 1)], [(3, 2), (4, 3)]]


def test_bars_are_as_long_as_their_values_and_a_withheld_value_is_written_not_drawn() -> None:
    svg = str(
        bar_chart(
            chart_id="la",
            title="First-time entrants by local authority",
            description="Two local authorities.",
            bars=[Bar("Bournemouth, Christchurch and Poole", 40, "40"), Bar("Dorset", None, "<5")],
        )
    )
    tree = ElementTree.fromstring(svg)
    rects = tree.findall(f"{SVG}rect")
    assert len(rects) == 1
    # 40 fills the whole room (640 - 120 = 520 pixels).
    assert rects[0].get("width") == "520.0"
    assert re.search(r">&lt;5</text>", svg)


def test_a_score_out_of_10_runs_its_axis_to_10_whatever_the_highest_mean() -> None:
    svg = ElementTree.fromstring(
        _trend(series=[Series("Children", [7.0, 8.0, 7.5, 8.0], SERVICE_STYLE)], unit="Mean score", scale_to=10)
    )
    labels = [text.text for text in svg.iter(f"{SVG}text")]
    assert "10" in labels
    # 8 of 10 over 240 pixels from y=40 sits at 88.
    points = svg.find(f"{SVG}g[@data-series='Children']/{SVG}polyline").get("points").split()
    assert points[1] == "240.0,88.0"


def test_a_bar_of_8_out_of_10_fills_eight_tenths_of_the_room() -> None:
    tree = ElementTree.fromstring(
        str(bar_chart(chart_id="s", title="Scores", description="One.", bars=[Bar("Children", 8, "8")], scale_to=10))
    )
    assert tree.find(f"{SVG}rect").get("width") == "416.0"
