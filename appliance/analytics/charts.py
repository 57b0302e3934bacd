"""The analytics charts, rendered on the server as SVG by pygal (a maintained plotting library; no script from a
CDN: ``js=[]``). The route serves each chart as an image of its own (``<img src=...svg>``): an SVG shown as an image
never runs script, and the page's strict CSP stays as it is.
"""

from __future__ import annotations

from appliance.analytics.figures import Report

COLOURS = ("#2f6f4f", "#d99a2b", "#b5443b", "#5a7fb5", "#7b5aa6", "#6b6b6b", "#3c9d9b", "#a0522d", "#444")


def _style():  # type: ignore[no-untyped-def]
    from pygal.style import Style

    return Style(background="white", plot_background="white", foreground="#222", foreground_strong="#111",
                 foreground_subtle="#666", colors=COLOURS, font_family="sans-serif", label_font_size=11,
                 legend_font_size=12, title_font_size=14)


def _chart(kind: str, title: str):  # type: ignore[no-untyped-def]
    import pygal

    chart_type = {"stacked": pygal.StackedBar, "hbar": pygal.HorizontalBar}[kind]
    return chart_type(js=[], style=_style(), title=title, width=720, height=320, legend_at_bottom=True,
                      print_values=False, show_y_guides=True, x_label_rotation=30 if kind == "stacked" else 0,
                      truncate_label=-1, no_data_text="No questions in this range")


def outcomes_svg(report: Report) -> bytes:
    chart = _chart("stacked", "Questions by what the agent did")
    chart.x_labels = [row.label for row in report.by_period]
    chart.add("Answered", [row.answered for row in report.by_period])
    chart.add("Follow-up question", [row.clarified for row in report.by_period])
    chart.add("Handed off", [row.handed_off for row in report.by_period])
    return chart.render()


def resolution_svg(report: Report) -> bytes:
    chart = _chart("stacked", "Answers by resolution")
    chart.x_labels = [row.label for row in report.by_period]
    chart.add("Confirmed", [row.confirmed for row in report.by_period])
    chart.add("Assumed", [row.assumed for row in report.by_period])
    chart.add("Unresolved", [row.unresolved for row in report.by_period])
    return chart.render()


def reasons_svg(report: Report) -> bytes:
    chart = _chart("hbar", "Handoffs by reason")
    for row in report.reasons:
        chart.add(row.label, row.count)
    return chart.render()


CHARTS = {"outcomes": outcomes_svg, "resolution": resolution_svg, "reasons": reasons_svg}
