"""The insight service the admin routes call: one method per screen, each in its own short transaction."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance.analytics.digest import Digest, deal_digest
from appliance.analytics.figures import ASSUMED_WINDOW, PERIODS, Report, build_report
from appliance.analytics.gaps import GapGroup, VectorCache, gap_groups, write_article
from appliance.analytics.history import load_history
from appliance.db import session_scope
from appliance.domain.accounts import Role, User
from appliance.domain.agents import the_agent
from appliance.domain.availability import BusinessHours, TeamSchedule, to_hours
from appliance.domain.knowledge import KnowledgeArticle
from appliance.domain.types import utcnow
from appliance.retrieval.contracts import Embedder

RANGES = (7, 30, 90, 365)
GAP_DAYS = 90  # the content-gap report's default range: a gap nobody asked about for three months has faded


def parse_days(value: str | int | None, default: int) -> int:
    """One of RANGES, else ``default``."""
    try:
        days = int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default
    return days if days in RANGES else default


@dataclass(frozen=True)
class ReportRequest:
    """What the analytics screen asks for; bad values fall back to the defaults (last 30 days, by day)."""

    days: int = 30
    period: str = "day"
    quote_id: int | None = None

    @classmethod
    def parse(cls, days: str | int | None, period: str | None, quote: str | int | None) -> ReportRequest:
        try:
            quote_id = int(quote) if quote not in (None, "") else None
        except (TypeError, ValueError):
            quote_id = None
        return cls(parse_days(days, 30), period if period in PERIODS else "day", quote_id)


REPORT_TTL_SECONDS = 20.0  # the page and its three chart images ask for the same report within a second or two


class InsightService:
    def __init__(self, *, engine: Engine, embedder: Embedder, window: timedelta = ASSUMED_WINDOW) -> None:
        self._engine = engine
        self._vectors = VectorCache(embedder)
        self.window = window
        self._reports: dict[tuple[int, ReportRequest], tuple[float, Report]] = {}
        self._lock = threading.Lock()

    def report(self, *, user: User, ask: ReportRequest, now: datetime | None = None) -> Report:
        """The analytics report; the same user asking the same thing within REPORT_TTL_SECONDS gets the same one
        (the screen and its charts), unless ``now`` is given."""
        key = (int(user.id or 0), ask)
        if now is None:
            with self._lock:
                cached = self._reports.get(key)
            if cached is not None and time.monotonic() - cached[0] < REPORT_TTL_SECONDS:
                return cached[1]
        report = self._build_report(user=user, ask=ask, now=now or utcnow())
        with self._lock:
            if len(self._reports) >= 64:
                self._reports.clear()
            self._reports[key] = (time.monotonic(), report)
        return report

    def _build_report(self, *, user: User, ask: ReportRequest, now: datetime) -> Report:
        until = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
        since = until - timedelta(days=ask.days)
        with Session(self._engine) as session:
            history = load_history(session=session, user=user, since=since, until=until, quote_id=ask.quote_id)
            hours = self._hours(session)
            return build_report(history, since=since, until=until, period=ask.period, now=now,
                                hours_of=lambda team: hours.get(team) if team is not None else None,
                                window=self.window)

    def gaps(self, *, user: User, days: int = GAP_DAYS) -> list[GapGroup]:
        """The gap groups of questions asked in the last ``days`` days. Blocking (embeds new questions): call from a
        worker thread."""
        since = utcnow() - timedelta(days=days)
        with Session(self._engine) as session:
            history = load_history(session=session, user=user, since=since)
            return gap_groups(session=session, history=history, vectors=self._vectors)

    def gap(self, *, user: User, key: int, days: int = GAP_DAYS) -> GapGroup | None:
        return next((g for g in self.gaps(user=user, days=days) if g.key == key), None)

    def write_article(self, *, user: User, key: int, title: str, body: str,
                      days: int = GAP_DAYS) -> KnowledgeArticle | None:
        """A super admin's article from the gap group ``key`` (None: no such group). Raises ValidationError on a
        bad title or body. The caller notifies the ingestion worker."""
        if user.role != Role.SUPER_ADMIN:
            raise PermissionError("only a super admin can write knowledge-base articles")
        group = self.gap(user=user, key=key, days=days)
        if group is None:
            return None
        with session_scope(self._engine) as session:
            agent = the_agent(session=session)
            article = write_article(session=session, agent_id=agent.id if agent else None, title=title, body=body,
                                    buyer_message_ids=[t.buyer_message_id for t in group.questions],
                                    question=group.title, user_id=user.id)
            session.flush()
            session.expunge(article)
            return article

    def digest(self, *, user: User | None, quote_id: int) -> Digest | None:
        with Session(self._engine) as session:
            return deal_digest(session=session, user=user, quote_id=quote_id)

    @staticmethod
    def _hours(session: Session) -> dict[int, BusinessHours | None]:
        return {s.team_id: to_hours(s) for s in session.exec(select(TeamSchedule))}

