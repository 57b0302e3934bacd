"""CSV exports of the analytics tables. Cells a spreadsheet would run as a formula (starting with = + - @, a tab or
a carriage return) are prefixed with an apostrophe: buyer questions and quote titles are untrusted text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from appliance.analytics.figures import Report, Row
from appliance.analytics.gaps import GapGroup

ROW_COLUMNS = ("conversations", "questions", "answered", "clarified", "handed_off", "answered_share",
               "clarified_share", "handed_off_share", "confirmed", "assumed", "unresolved", "pending",
               "resolution_rate", "helpful", "not_helpful", "handoffs_replied", "handoffs_waiting",
               "first_reply_median_s", "first_reply_p90_s", "first_reply_business_median_s",
               "first_reply_business_p90_s")
TABLES = ("periods", "quotes", "languages", "reasons", "handoffs")


def safe(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}" if isinstance(value, float) else str(value)


def _row_values(row: Row) -> list[object]:
    return [row.conversations, row.questions, row.answered, row.clarified, row.handed_off,
            _number(row.share(row.answered)), _number(row.share(row.clarified)), _number(row.share(row.handed_off)),
            row.confirmed, row.assumed, row.unresolved, row.pending, _number(row.resolution_rate), row.helpful,
            row.not_helpful, len(row.waits), row.waiting, _number(row.wait_median), _number(row.wait_p90),
            _number(row.business_median), _number(row.business_p90)]


def table_rows(report: Report, table: str) -> tuple[list[str], Iterable[list[object]]]:
    """The header and rows of one table of the screen (``table`` in TABLES)."""
    if table in ("periods", "quotes", "languages"):
        first = {"periods": report.period, "quotes": "quote", "languages": "language"}[table]
        rows = {"periods": report.by_period, "quotes": report.by_quote, "languages": report.by_language}[table]
        return [first, *ROW_COLUMNS], ([row.label, *_row_values(row)] for row in [*rows, report.total])
    if table == "reasons":
        return ["reason", "handoffs", "share"], ([r.label, r.count, _number(r.share)] for r in report.reasons)
    if table == "handoffs":
        return (["quote", "handed_off_at", "reason", "question", "first_reply_s", "first_reply_business_s"],
                ([h.quote, h.at.isoformat(), h.reason, h.question, _number(h.waited_seconds),
                  _number(h.business_seconds)] for h in report.handoffs))
    raise KeyError(table)


def to_csv(report: Report, table: str) -> str:
    header, rows = table_rows(report, table)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe(v) for v in row])
    return buffer.getvalue()


def gaps_csv(groups: list[GapGroup]) -> str:
    """The content-gap report as CSV: one row per group."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["status", "questions", "languages", "quotes", "question", "other_wordings", "rep_answer",
                     "article", "answered_from_article", "last_asked"])
    for group in groups:
        row = [group.status, group.count, " ".join(group.languages), " ".join(group.quotes), group.title,
               " | ".join(group.examples[1:]), group.rep_answer or "", group.article.title if group.article else "",
               len(group.article.answered) if group.article else 0, group.last_asked.isoformat()]
        writer.writerow([safe(v) for v in row])
    return buffer.getvalue()
