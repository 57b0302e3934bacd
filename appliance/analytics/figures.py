"""The analytics figures (PRODUCT 25), computed from the history (`history.load_history`) by pure functions.

Definitions (the same words are on the screen's help text and in the README, "Analytics and content gaps"):
- question: a buyer message the agent decided on (one recorded decision); its day is the decision's (UTC).
- conversations: distinct conversations with at least one question in the slice.
- answered / clarified / handed off: the share of questions the agent answered with a cited answer, answered with
  a follow-up question, or handed to a person.
- resolution of an answer: *confirmed* when the buyer marked it helpful; *unresolved* when the buyer marked it not
  helpful, or within the window (default 15 minutes) after it the buyer wrote again, the conversation was handed
  off or a person replied; *assumed* when none of that happened within the window; *pending* while the window is
  still open. Feedback decides over everything else. Resolution rate = (confirmed + assumed) / settled answers.
- handoffs by reason: the reason the decision recorded (see `classify.REASONS`).
- time to first human reply: from a handoff to the first message a person wrote in that conversation after it;
  median and 90th percentile (nearest rank) over the handoffs that got a reply; "business hours" counts only the
  time the team was open (the team the conversation was routed to, else the quote owner's first team; a team
  without a schedule is always open). Handoffs still without a reply are counted as waiting.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from appliance.analytics.classify import REASONS
from appliance.analytics.history import History, Turn
from appliance.analytics.hours import business_seconds
from appliance.domain.availability import BusinessHours

ASSUMED_WINDOW = timedelta(minutes=15)
PERIODS = ("day", "week", "month")


def resolution(turn: Turn, *, now: datetime, window: timedelta = ASSUMED_WINDOW) -> str:
    """confirmed | assumed | unresolved | pending for an answer; "" for a follow-up question or a handoff."""
    if turn.kind != "answer":
        return ""
    if turn.feedback is True:
        return "confirmed"
    if turn.feedback is False:
        return "unresolved"
    if any(t is not None and t - turn.at < window for t in (turn.next_buyer_at, turn.next_handoff_at,
                                                               turn.rep_reply_at)):
        return "unresolved"
    return "pending" if now - turn.at < window else "assumed"


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (``share`` in (0, 1]); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class Row:
    """One line of a figures table (a period, a quote, a language, or the total)."""

    key: str
    label: str
    questions: int = 0
    answered: int = 0
    clarified: int = 0
    handed_off: int = 0
    confirmed: int = 0
    assumed: int = 0
    unresolved: int = 0
    pending: int = 0
    helpful: int = 0
    not_helpful: int = 0
    waiting: int = 0
    waits: list[float] = field(default_factory=list)
    business_waits: list[float] = field(default_factory=list)
    conversation_ids: set[int] = field(default_factory=set)

    @property
    def conversations(self) -> int:
        return len(self.conversation_ids)

    def share(self, count: int) -> float | None:
        return count / self.questions if self.questions else None

    @property
    def settled(self) -> int:
        return self.confirmed + self.assumed + self.unresolved

    @property
    def resolution_rate(self) -> float | None:
        return (self.confirmed + self.assumed) / self.settled if self.settled else None

    @property
    def wait_median(self) -> float | None:
        return statistics.median(self.waits) if self.waits else None

    @property
    def wait_p90(self) -> float | None:
        return percentile(self.waits, 0.9)

    @property
    def business_median(self) -> float | None:
        return statistics.median(self.business_waits) if self.business_waits else None

    @property
    def business_p90(self) -> float | None:
        return percentile(self.business_waits, 0.9)


@dataclass(frozen=True)
class ReasonRow:
    key: str
    label: str
    count: int
    share: float


@dataclass(frozen=True)
class HandoffRow:
    quote: str
    at: datetime
    reason: str
    question: str
    waited_seconds: float | None  # None: no person has replied yet
    business_seconds: float | None


@dataclass
class Report:
    since: datetime
    until: datetime
    period: str
    window: timedelta
    total: Row
    by_period: list[Row]
    by_quote: list[Row]
    by_language: list[Row]
    reasons: list[ReasonRow]
    handoffs: list[HandoffRow]
    generated_at: datetime | None = None

    @property
    def last_day(self) -> date:
        return (self.until - timedelta(days=1)).date()


def period_key(at: datetime, period: str) -> str:
    day = at.date()
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    if period == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def _periods(since: datetime, until: datetime, period: str) -> list[str]:
    """Every period of the range, oldest first, so empty days show as zero rather than vanish."""
    keys, day = [], since
    while day < until:
        key = period_key(day, period)
        if key not in keys:
            keys.append(key)
        day += timedelta(days=1)
    return keys


def build_report(history: History, *, since: datetime, until: datetime, period: str, now: datetime,
                 hours_of: Callable[[int | None], BusinessHours | None],
                 window: timedelta = ASSUMED_WINDOW) -> Report:
    """Every table of the analytics screen from one history. ``hours_of(team_id)``: that team's business hours."""
    total = Row("total", "Total")
    periods = {key: Row(key, key) for key in _periods(since, until, period)}
    quotes = {qid: Row(str(qid), f"{q.number} · {q.buyer_company}") for qid, q in history.quotes.items()}
    languages: dict[str, Row] = {}
    reason_counts: dict[str, int] = {}
    handoffs: list[HandoffRow] = []
    for turn in history.turns:
        rows = [total, periods.setdefault(period_key(turn.at, period), Row(period_key(turn.at, period),
                                                                           period_key(turn.at, period))),
                quotes[turn.quote_id], languages.setdefault(turn.language, Row(turn.language, turn.language))]
        wait = business = None
        if turn.kind == "handoff":
            reason_counts[turn.handoff_reason or "knowledge"] = reason_counts.get(turn.handoff_reason or "knowledge",
                                                                                  0) + 1
            if turn.rep_reply_at is not None:
                wait = max(0.0, (turn.rep_reply_at - turn.at).total_seconds())
                business = business_seconds(turn.at, turn.rep_reply_at,
                                            hours_of(history.team_of_conversation.get(turn.conversation_id)))
            quote = history.quotes[turn.quote_id]
            handoffs.append(HandoffRow(quote.number, turn.at, REASONS.get(turn.handoff_reason or "", "Other"),
                                       turn.question, wait, business))
        outcome = resolution(turn, now=now, window=window)
        for row in rows:
            _count(row, turn, outcome, wait, business)
    handed = sum(reason_counts.values())
    reasons = sorted((ReasonRow(k, REASONS.get(k, k), n, n / handed) for k, n in reason_counts.items()),
                     key=lambda r: (-r.count, r.key))
    return Report(
        since=since, until=until, period=period, window=window, total=total,
        by_period=[periods[k] for k in sorted(periods)],
        by_quote=sorted((r for r in quotes.values() if r.questions), key=lambda r: (-r.questions, r.label)),
        by_language=sorted(languages.values(), key=lambda r: (-r.questions, r.key)),
        reasons=reasons, handoffs=sorted(handoffs, key=lambda h: h.at, reverse=True), generated_at=now,
    )


def _count(row: Row, turn: Turn, outcome: str, wait: float | None, business: float | None) -> None:
    row.questions += 1
    row.conversation_ids.add(turn.conversation_id)
    if turn.kind == "answer":
        row.answered += 1
    elif turn.kind == "clarify":
        row.clarified += 1
    else:
        row.handed_off += 1
        if wait is None:
            row.waiting += 1
        else:
            row.waits.append(wait)
            row.business_waits.append(business if business is not None else wait)
    if outcome in ("confirmed", "assumed", "unresolved", "pending"):
        setattr(row, outcome, getattr(row, outcome) + 1)
    if turn.feedback is True:
        row.helpful += 1
    elif turn.feedback is False:
        row.not_helpful += 1

