"""Who can take a handoff right now: each rep's own available/away switch, presence (an open inbox page keeps a rep
present; a rep whose inbox has been closed for `presence_timeout` is away) and each team's business hours (several
periods a day, in the team's time zone, with holidays).

The rules are pure functions of plain values (`is_open`, `is_present`); the database functions around them only load
those values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import Column
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.accounts import Role, TeamMember, User
from appliance.domain.types import JSONColumn, utcnow

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PERIOD = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-4]):([0-5]\d)\s*$")


class RepPresence(SQLModel, table=True):
    """When a rep last had an inbox page open (its live stream refreshes this every heartbeat)."""

    user_id: int = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    last_seen_at: datetime = Field(default_factory=utcnow)


class TeamSchedule(SQLModel, table=True):
    """A team's business hours. A team without a schedule is always open."""

    team_id: int = Field(foreign_key="team.id", primary_key=True, ondelete="CASCADE")
    timezone: str = Field(default="UTC", max_length=64)
    periods: dict[str, list[list[str]]] = Field(
        default_factory=dict, sa_column=Column(JSONColumn, nullable=False),
        description='Weekday ("0" = Monday) → [["09:00", "12:00"], ["13:00", "17:30"]]; a missing day is closed.')
    holidays: list[str] = Field(default_factory=list, sa_column=Column(JSONColumn, nullable=False),
                                description="ISO dates on which the team is closed all day.")


@dataclass(frozen=True)
class BusinessHours:
    timezone: str
    periods: dict[int, tuple[tuple[time, time], ...]]
    holidays: frozenset[date] = field(default_factory=frozenset)


class ScheduleError(ValueError):
    """A schedule that cannot be saved; the message says which field and why."""


def is_open(hours: BusinessHours | None, at: datetime) -> bool:
    """Whether a team with these hours is open at the aware datetime ``at`` (None: no schedule, always open). A period
    is [start, end); an end of 24:00 is midnight."""
    if hours is None:
        return True
    local = at.astimezone(ZoneInfo(hours.timezone))
    if local.date() in hours.holidays:
        return False
    now = local.time().replace(tzinfo=None)
    return any(start <= now < end for start, end in hours.periods.get(local.weekday(), ()))


def is_present(last_seen: datetime | None, now: datetime, timeout: timedelta) -> bool:
    return last_seen is not None and now - last_seen <= timeout


def parse_periods(text: str) -> list[list[str]]:
    """"09:00-12:00, 13:00-17:30" → [["09:00", "12:00"], ["13:00", "17:30"]]; empty → closed that day."""
    periods: list[list[str]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = _PERIOD.match(part)
        if not match:
            raise ScheduleError(f"{part!r} is not a period like 09:00-12:00")
        start, end = f"{int(match[1]):02d}:{match[2]}", f"{int(match[3]):02d}:{match[4]}"
        if end != "24:00" and end <= start or end == "24:00" and match[4] != "00":
            raise ScheduleError(f"{part!r} ends before it starts")
        periods.append([start, end])
    periods.sort()
    for (_, end), (start, _) in zip(periods, periods[1:], strict=False):
        if start < end:
            raise ScheduleError(f"periods overlap: {text!r}")
    return periods


def check_timezone(name: str) -> str:
    name = name.strip()
    if name not in available_timezones():
        raise ScheduleError(f"{name!r} is not a known time zone (for example Europe/Berlin)")
    return name


def parse_holidays(text: str) -> list[str]:
    days = []
    for part in filter(None, (p.strip() for p in re.split(r"[,\s]+", text))):
        try:
            days.append(date.fromisoformat(part).isoformat())
        except ValueError:
            raise ScheduleError(f"{part!r} is not a date like 2026-12-24") from None
    return sorted(set(days))


def to_hours(schedule: TeamSchedule | None) -> BusinessHours | None:
    if schedule is None:
        return None
    try:
        ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None

    def clock(value: str) -> time:
        return time.max if value == "24:00" else time.fromisoformat(value)

    periods = {int(day): tuple((clock(a), clock(b)) for a, b in spans) for day, spans in schedule.periods.items()}
    return BusinessHours(schedule.timezone, periods, frozenset(date.fromisoformat(d) for d in schedule.holidays))


# --- loading ---------------------------------------------------------------------------------------------------

def touch_presence(*, session: Session, user_id: int, now: datetime | None = None) -> None:
    presence = session.get(RepPresence, user_id)
    if presence is None:
        presence = RepPresence(user_id=user_id)
    presence.last_seen_at = now or utcnow()
    session.add(presence)
    session.flush()


def available_rep_ids(*, session: Session, now: datetime, presence_timeout: timedelta) -> set[int]:
    """Sales reps who set themselves available and have an inbox page open (seen within the timeout)."""
    rows = session.exec(
        select(User.id, RepPresence.last_seen_at).join(RepPresence, RepPresence.user_id == User.id)
        .where(User.role == Role.SALES_REP, User.available == True)  # noqa: E712
    ).all()
    return {int(uid) for uid, seen in rows if is_present(_aware(seen), now, presence_timeout)}


def team_is_open(*, session: Session, team_id: int, now: datetime) -> bool:
    return is_open(to_hours(session.get(TeamSchedule, team_id)), now)


def available_team_members(*, session: Session, team_id: int, available: set[int]) -> set[int]:
    members = session.exec(select(TeamMember.user_id).where(TeamMember.team_id == team_id)).all()
    return {int(m) for m in members} & available


def team_ids_of(*, session: Session, user_id: int) -> list[int]:
    return [int(t) for t in session.exec(select(TeamMember.team_id).where(TeamMember.user_id == user_id))]


def set_available(*, session: Session, user: User, available: bool) -> None:
    user.available = available
    session.add(user)
    session.flush()


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite hands back naive UTC
        from datetime import UTC

        return value.replace(tzinfo=UTC)
    return value


def save_schedule(*, session: Session, team_id: int, timezone: str, days: dict[int, str],
                  holidays: str) -> TeamSchedule:
    """Validate and store a team's business hours (``days``: weekday 0-6 → "09:00-12:00, 13:00-17:30"). Every day
    empty means no hours at all: the schedule is removed and the team is always open."""
    zone = check_timezone(timezone)
    periods = {str(day): parse_periods(text) for day, text in days.items()}
    periods = {day: spans for day, spans in periods.items() if spans}
    schedule = session.get(TeamSchedule, team_id)
    if not periods:
        if schedule is not None:
            session.delete(schedule)
            session.flush()
        return TeamSchedule(team_id=team_id, timezone=zone)
    if schedule is None:
        schedule = TeamSchedule(team_id=team_id)
    schedule.timezone, schedule.periods, schedule.holidays = zone, periods, parse_holidays(holidays)
    session.add(schedule)
    session.flush()
    return schedule
