"""Settling each agent reply's outcome once, for the Prometheus counters (`appliance_resolutions_total`,
`appliance_gap_questions_total`): a counter must count an event once, and an answer's assumed resolution is only
known when its window has passed. The analytics screen does not read these rows (it computes from the history, so
late feedback still counts there); they exist so that each decision is counted exactly once, across restarts.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from appliance import metrics
from appliance.analytics.figures import ASSUMED_WINDOW, resolution
from appliance.analytics.history import load_history
from appliance.analytics.models import DecisionOutcome
from appliance.db import session_scope
from appliance.domain.conversations import Decision
from appliance.domain.types import utcnow

log = logging.getLogger(__name__)
BATCH = 500


def settle(*, engine: Engine, now: datetime | None = None, window: timedelta = ASSUMED_WINDOW) -> int:
    """Record the outcome of every decision older than ``window`` that has none yet, and count it. Returns how many
    were settled (and counted) by this call. Safe to run from several processes at once: a decision's outcome row is
    its primary key, and a row another process inserted first is neither inserted nor counted again."""
    now = now or utcnow()
    with Session(engine) as session:
        settled = select(DecisionOutcome.decision_id)
        rows = session.exec(select(Decision.id, Decision.conversation_id)
                            .where(col(Decision.id).not_in(settled), Decision.created_at < now - window)
                            .order_by(col(Decision.id)).limit(BATCH)).all()
    if not rows:
        return 0
    wanted = {int(d) for d, _ in rows}
    counted: list[tuple[str, str, bool]] = []
    with session_scope(engine) as session:
        history = load_history(session=session, user=None, conversation_ids=sorted({int(c) for _, c in rows}))
        for turn in history.turns:
            if turn.decision_id not in wanted:
                continue
            outcome = resolution(turn, now=now, window=window) or "none"
            if _insert_once(session, turn.decision_id, outcome, turn.gap):  # another worker may have settled it
                counted.append((outcome, turn.kind, turn.gap))
    for outcome, kind, gap in counted:  # after the commit: a failed transaction counts nothing
        if outcome in ("confirmed", "assumed", "unresolved"):
            metrics.RESOLUTIONS.labels(resolution=outcome).inc()
        if gap:
            metrics.GAP_QUESTIONS.labels(decision=kind).inc()
    return len(counted)


def _insert_once(session: Session, decision_id: int, outcome: str, gap: bool) -> bool:
    """Insert the outcome unless one exists (INSERT ... ON CONFLICT DO NOTHING); True when this call inserted it."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(DecisionOutcome).values(decision_id=decision_id, resolution=outcome, gap=gap,
                                               settled_at=utcnow()).on_conflict_do_nothing()
    # RETURNING rather than rowcount: psycopg reports -1 for this statement through the session
    return session.execute(statement.returning(DecisionOutcome.decision_id)).first() is not None


async def run_forever(engine: Engine, *, every_seconds: float = 60.0) -> None:
    """The app's background task: settle outcomes every minute (in a worker thread; errors are logged)."""
    while True:
        try:
            await asyncio.to_thread(settle, engine=engine)
        except Exception:  # noqa: BLE001 - the next round retries; the figures on screen do not depend on it
            log.exception("settling answer outcomes failed")
        await asyncio.sleep(every_seconds)
