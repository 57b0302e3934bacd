"""Routing and availability rules as pure functions: who a handoff goes to, and business hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from appliance.domain.availability import (
    BusinessHours,
    ScheduleError,
    TeamSchedule,
    check_timezone,
    is_open,
    is_present,
    parse_holidays,
    parse_periods,
    to_hours,
)
from appliance.domain.handoff import RoutingFacts, choose

OWNER, TEAMMATE, OTHER = 1, 2, 3
DACH, SE = 10, 20


def facts(**overrides) -> RoutingFacts:  # type: ignore[no-untyped-def]
    base = dict(rule="quote_owner", owner_id=OWNER, owner_name="Lena", rule_team_ids=(), owner_team_ids=(DACH,),
                team_names={DACH: "DACH Sales", SE: "Solutions Engineering"},
                team_can_take={DACH: True, SE: True}, available_reps=frozenset({OWNER, TEAMMATE, OTHER}),
                owner_unavailable_message="owner away", all_unavailable_message="all away")
    base.update(overrides)
    return RoutingFacts(**base)


def test_an_available_owner_gets_the_conversation():
    outcome = choose(facts())
    assert (outcome.assigned_user_id, outcome.assigned_team_id, outcome.target) == (OWNER, None, "owner")
    assert "Lena" in outcome.buyer_message and not outcome.ask_email


def test_an_away_owner_routes_to_their_team():
    outcome = choose(facts(available_reps=frozenset({TEAMMATE})))
    assert (outcome.assigned_user_id, outcome.assigned_team_id, outcome.target) == (None, DACH, "team")
    assert "DACH Sales team" in outcome.buyer_message


def test_owner_and_team_away_but_someone_there_waits_for_anyone_with_the_configured_message():
    outcome = choose(facts(available_reps=frozenset({OTHER}), team_can_take={DACH: False}))
    assert (outcome.assigned_user_id, outcome.assigned_team_id, outcome.target) == (None, None, "anyone")
    assert outcome.buyer_message == "owner away" and not outcome.ask_email


def test_nobody_available_asks_for_an_email_and_keeps_the_owner():
    outcome = choose(facts(available_reps=frozenset(), team_can_take={DACH: False}))
    assert outcome.buyer_message == "all away" and outcome.ask_email
    assert outcome.assigned_user_id == OWNER and outcome.target == "nobody"


def test_teams_rule_takes_the_first_team_that_can_take_it():
    outcome = choose(facts(rule="teams", rule_team_ids=(DACH, SE), team_can_take={DACH: False, SE: True}))
    assert (outcome.assigned_team_id, outcome.target) == (SE, "team")
    nobody = choose(facts(rule="teams", rule_team_ids=(DACH, SE), team_can_take={}, available_reps=frozenset()))
    assert nobody.assigned_team_id == DACH and nobody.ask_email


def test_connecting_message_follows_the_buyers_language():
    assert choose(facts(language="de")).buyer_message.startswith("Ich übergebe")


BERLIN = BusinessHours("Europe/Berlin", {0: ((time(9), time(12)), (time(13), time(17, 30)))},
                       frozenset({date(2026, 12, 7)}))


@pytest.mark.parametrize(("utc", "expected"), [
    (datetime(2026, 11, 30, 8, 30, tzinfo=UTC), True),  # Monday 09:30 in Berlin (UTC+1)
    (datetime(2026, 11, 30, 11, 30, tzinfo=UTC), False),  # 12:30: the lunch gap between two periods
    (datetime(2026, 11, 30, 12, 0, tzinfo=UTC), True),  # 13:00: the second period starts
    (datetime(2026, 11, 30, 16, 30, tzinfo=UTC), False),  # 17:30: closed (periods are [start, end))
    (datetime(2026, 12, 1, 9, 0, tzinfo=UTC), False),  # Tuesday: no periods that day
    (datetime(2026, 12, 7, 9, 0, tzinfo=UTC), False),  # a Monday holiday
    (datetime(2026, 11, 29, 23, 30, tzinfo=UTC), False),  # Monday 00:30 Berlin, Sunday in UTC: local day counts
])
def test_business_hours_in_the_teams_time_zone(utc, expected):
    assert is_open(BERLIN, utc) is expected


def test_summer_time_is_the_time_zones_business():
    assert is_open(BERLIN, datetime(2026, 6, 1, 7, 30, tzinfo=UTC))  # 09:30 CEST (UTC+2)
    assert not is_open(BERLIN, datetime(2026, 6, 1, 6, 30, tzinfo=UTC))  # 08:30 CEST


def test_no_schedule_is_always_open_and_presence_times_out():
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    assert is_open(None, now)
    assert is_present(now - timedelta(seconds=100), now, timedelta(minutes=3))
    assert not is_present(now - timedelta(minutes=4), now, timedelta(minutes=3))
    assert not is_present(None, now, timedelta(minutes=3))


def test_schedule_fields_are_validated():
    assert parse_periods("9:00-12:00, 13:00-17:30") == [["09:00", "12:00"], ["13:00", "17:30"]]
    assert parse_periods("") == []
    assert parse_periods("18:00-24:00") == [["18:00", "24:00"]]
    for bad in ("9-12", "12:00-09:00", "09:00-12:00, 11:00-13:00", "25:00-26:00"):
        with pytest.raises(ScheduleError):
            parse_periods(bad)
    assert check_timezone(" Europe/Berlin ") == "Europe/Berlin"
    with pytest.raises(ScheduleError):
        check_timezone("Mars/Olympus")
    assert parse_holidays("2026-12-25, 2026-12-24 2026-12-25") == ["2026-12-24", "2026-12-25"]
    with pytest.raises(ScheduleError):
        parse_holidays("24.12.2026")


def test_a_stored_schedule_becomes_business_hours():
    hours = to_hours(TeamSchedule(team_id=1, timezone="Europe/Berlin",
                                  periods={"0": [["09:00", "12:00"], ["13:00", "24:00"]]}, holidays=["2026-12-07"]))
    assert hours is not None and is_open(hours, datetime(2026, 11, 30, 22, 30, tzinfo=UTC))  # 23:30 Berlin
    assert not is_open(hours, datetime(2026, 12, 7, 9, tzinfo=UTC))
