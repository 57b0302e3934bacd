"""The Grafana dashboard in compose/ queries only metrics the appliance exports (a renamed or misspelled metric
would leave a panel silently empty), and the insight counters have their panels."""

from __future__ import annotations

import json
import re
from pathlib import Path

from prometheus_client import Counter, Gauge, Histogram

from appliance import metrics

DASHBOARD = Path(__file__).resolve().parents[2] / "compose" / "grafana" / "dashboards" / "appliance.json"


def _exported_series() -> set[str]:
    names: set[str] = set()
    for value in vars(metrics).values():
        if isinstance(value, Counter):
            names.add(f"{value._name}_total")
        elif isinstance(value, Histogram):
            names.update(f"{value._name}{suffix}" for suffix in ("_bucket", "_sum", "_count"))
        elif isinstance(value, Gauge):
            names.add(value._name)
    return names


def _queried_series() -> set[str]:
    panels = json.loads(DASHBOARD.read_text())["panels"]
    exprs = [t["expr"] for p in panels for t in p.get("targets", [])]
    exprs += [t["expr"] for p in panels for inner in p.get("panels", []) for t in inner.get("targets", [])]
    return {name for expr in exprs for name in re.findall(r"\bappliance_[a-z0-9_]+", expr)}


def test_every_appliance_series_the_dashboard_queries_is_exported():
    missing = _queried_series() - _exported_series()
    assert not missing, f"the dashboard queries series the appliance does not export: {sorted(missing)}"


def test_the_insight_counters_have_panels():
    assert {"appliance_answer_feedback_total", "appliance_resolutions_total",
            "appliance_gap_questions_total"} <= _queried_series()
