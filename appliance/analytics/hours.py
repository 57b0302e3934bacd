"""Time within business hours: how much of a wait fell while the team was open (pure)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from appliance.domain.availability import BusinessHours


def business_seconds(start: datetime, end: datetime, hours: BusinessHours | None) -> float:
    """Seconds of [start, end) during which a team with ``hours`` is open (None: always open, the plain wait).
    Periods are [from, to) in the team's time zone; holidays are closed all day."""
    if end <= start:
        return 0.0
    if hours is None:
        return (end - start).total_seconds()
    zone = ZoneInfo(hours.timezone)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    total = 0.0
    day = local_start.date()
    while day <= local_end.date():
        if day not in hours.holidays:
            for opens, closes in hours.periods.get(day.weekday(), ()):
                period_start = datetime.combine(day, opens, tzinfo=zone)
                period_end = (datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
                              if closes == time.max else datetime.combine(day, closes, tzinfo=zone))
                # timestamps, not aware-datetime subtraction: that ignores a DST change within the zone
                overlap = min(period_end.timestamp(), end.timestamp()) - max(period_start.timestamp(),
                                                                             start.timestamp())
                total += max(0.0, overlap)
        day += timedelta(days=1)
    return total
