"""Jinja2 templates with block rendering (one page per screen, one block per HTMX swap target)."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from jinja2_fragments.fastapi import Jinja2Blocks

from appliance.domain.quotes import format_money, format_percent, format_quantity

templates = Jinja2Blocks(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["money"] = format_money
templates.env.filters["percent"] = format_percent
templates.env.filters["quantity"] = format_quantity


def is_htmx(request: Request) -> bool:
    """A fragment request: HTMX asked for it and it is not a history restore (which needs the full page)."""
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") != "true"
