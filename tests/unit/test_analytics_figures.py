"""The insight package's pure rules: what a decision means (reason, gap), an answer's resolution, percentiles,
time within business hours, grouping by meaning, CSV cells that cannot run as formulas, the report's tables."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from appliance.analytics.classify import handoff_reason, is_gap
from appliance.analytics.export import safe, to_csv
from appliance.analytics.figures import build_report, percentile, resolution
from appliance.analytics.gaps import group_by_meaning
from appliance.analytics.history import History, QuoteRef, Turn
from appliance.analytics.hours import business_seconds
from appliance.domain.availability import BusinessHours

T0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # a Monday


def turn(kind: str = "answer", *, at: datetime = T0, feedback: bool | None = None, reason: str = "",
         intent: str | None = None, next_buyer: timedelta | None = None, rep: timedelta | None = None,
         language: str = "en", conversation: int = 1, quote: int = 1, decision: int = 1) -> Turn:
    return Turn(decision_id=decision, conversation_id=conversation, quote_id=quote, buyer_message_id=decision * 2,
                agent_message_id=decision * 2 + 1, question=f"q{decision}", kind=kind, reason=reason,
                handoff_reason=handoff_reason(reason, intent) if kind == "handoff" else None,
                gap=is_gap(kind, reason, intent), language=language, at=at, feedback=feedback,
                next_buyer_at=at + next_buyer if next_buyer is not None else None, next_handoff_at=None,
                rep_reply="a rep's reply" if rep is not None else None,
                rep_reply_at=at + rep if rep is not None else None)


def test_reasons_and_gaps_follow_the_recorded_decision():
    assert handoff_reason("the buyer's message needs a person (negotiation)", "negotiation") == "negotiation"
    assert handoff_reason("a commercial statement no passage states for what was asked", "commercial") == \
        "commercial"
    assert handoff_reason("the knowledge does not answer this question", None) == "knowledge"
    assert handoff_reason("no passage supports an answer", None) == "knowledge"
    assert is_gap("handoff", "the knowledge does not answer this question", None)
    assert is_gap("handoff", "a commercial statement no passage states", "commercial")
    assert is_gap("clarify", "several passages partly match; asking which one the buyer means", None)
    assert not is_gap("clarify", "the question is too vague to answer well", None)
    assert not is_gap("clarify", "the question does not say which of several table rows it means", None)
    assert is_gap("clarify", "the best passage does not name what the question is about", None)
    assert not is_gap("handoff", "the buyer's message needs a person (person)", "person")
    assert not is_gap("answer", "the knowledge covers the question", None)


def test_resolution_feedback_decides_then_the_window():
    later = T0 + timedelta(hours=1)
    assert resolution(turn(feedback=True, next_buyer=timedelta(minutes=1)), now=later) == "confirmed"
    assert resolution(turn(feedback=False), now=later) == "unresolved"
    assert resolution(turn(next_buyer=timedelta(minutes=5)), now=later) == "unresolved"
    assert resolution(turn(next_buyer=timedelta(minutes=20)), now=later) == "assumed"  # after the window
    assert resolution(turn(rep=timedelta(minutes=2)), now=later) == "unresolved"
    assert resolution(turn(), now=T0 + timedelta(minutes=5)) == "pending"
    assert resolution(turn(), now=later) == "assumed"
    assert resolution(turn("handoff", reason="x"), now=later) == ""


def test_percentile_is_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([float(v) for v in range(1, 11)], 0.9) == 9.0
    assert percentile([float(v) for v in range(1, 11)], 0.5) == 5.0


def test_business_seconds_counts_only_open_hours_holidays_and_time_zones():
    hours = BusinessHours("Europe/Berlin", {0: ((time(9), time(12)), (time(13), time(17))),
                                            1: ((time(9), time(17)),)}, frozenset({date(2026, 12, 1)}))
    # Monday 10:00 UTC = 11:00 Berlin → Monday 15:00 UTC = 16:00 Berlin: 11-12 and 13-16 open = 4 h.
    assert business_seconds(T0, T0 + timedelta(hours=5), hours) == 4 * 3600
    # Monday 16:00 UTC (17:00 Berlin, closed) → Wednesday 09:00 UTC: Tuesday is a holiday, Wednesday has no hours.
    assert business_seconds(T0 + timedelta(hours=6), T0 + timedelta(days=1, hours=23), hours) == 0
    assert business_seconds(T0, T0 + timedelta(hours=5), None) == 5 * 3600
    assert business_seconds(T0, T0 - timedelta(hours=1), hours) == 0


def test_group_by_meaning_joins_near_vectors_and_keeps_others_apart():
    a, a2, b = [1.0, 0.0, 0.0], [0.96, 0.28, 0.0], [0.0, 0.0, 1.0]
    assert group_by_meaning([a, b, a2], threshold=0.6) == [[0, 2], [1]]
    assert group_by_meaning([a, a2], threshold=0.99) == [[0], [1]]
    assert group_by_meaning([]) == []


def test_csv_cells_never_run_as_formulas():
    assert safe("=HYPERLINK(\"http://evil\")") == "'=HYPERLINK(\"http://evil\")"
    assert safe("+1") == "'+1" and safe("-1") == "'-1" and safe("@SUM") == "'@SUM"
    assert safe("plain") == "plain" and safe(3) == 3


def test_the_report_counts_shares_waits_by_period_quote_and_language():
    history = History(
        turns=[
            turn(decision=1, feedback=True),
            turn("clarify", decision=2, reason="several passages partly match", conversation=2),
            turn("handoff", decision=3, reason="the buyer's message needs a person (person)", intent="person",
                 rep=timedelta(minutes=10), conversation=3, language="de", at=T0 + timedelta(days=1)),
            turn("handoff", decision=4, reason="the knowledge does not answer this question", conversation=4,
                 quote=2, at=T0 + timedelta(days=1)),
        ],
        quotes={1: QuoteRef(1, "Q-1", "t", "Acme", 7), 2: QuoteRef(2, "Q-2", "t", "Beta", 8)},
        conversations={}, team_of_conversation={},
    )
    since = datetime(2026, 11, 29, tzinfo=UTC)
    report = build_report(history, since=since, until=since + timedelta(days=4), period="day",
                          now=T0 + timedelta(days=2), hours_of=lambda team: None)
    total = report.total
    assert (total.questions, total.conversations, total.answered, total.clarified, total.handed_off) == (4, 4, 1, 1, 2)
    assert total.share(total.handed_off) == 0.5 and total.confirmed == 1 and total.resolution_rate == 1.0
    assert total.waits == [600.0] and total.waiting == 1 and total.wait_median == 600.0
    assert [row.key for row in report.by_period] == ["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]
    assert [row.questions for row in report.by_period] == [0, 2, 2, 0]
    assert {r.key: r.count for r in report.reasons} == {"person": 1, "knowledge": 1}
    assert [row.label for row in report.by_quote] == ["Q-1 · Acme", "Q-2 · Beta"]
    assert {row.key: row.questions for row in report.by_language} == {"en": 3, "de": 1}
    exported = to_csv(report, "periods").splitlines()
    assert exported[0].startswith("day,conversations,questions") and exported[-1].startswith("Total,4,4,1,1,2")
    assert "waiting" not in to_csv(report, "handoffs") and to_csv(report, "handoffs").count("\n") == 3


def test_business_hours_waits_use_the_team_the_conversation_was_routed_to():
    handed = turn("handoff", decision=1, reason="the knowledge does not answer this question", conversation=9,
                  rep=timedelta(hours=2))  # Monday 10:00-12:00 UTC = 11:00-13:00 in Berlin
    lunch = BusinessHours("Europe/Berlin", {0: ((time(9), time(12)), (time(13), time(17)))})
    history = History(turns=[handed], quotes={1: QuoteRef(1, "Q-1", "t", "Acme", 7)}, conversations={},
                      team_of_conversation={9: 4})
    since = datetime(2026, 11, 30, tzinfo=UTC)
    report = build_report(history, since=since, until=since + timedelta(days=1), period="day",
                          now=T0 + timedelta(days=1), hours_of=lambda team: lunch if team == 4 else None)
    assert report.total.waits == [7200.0] and report.total.business_waits == [3600.0]
    assert report.handoffs[0].business_seconds == 3600.0


def test_the_recorded_cause_decides_the_label_and_the_gap() -> None:
    # the cause wins over the wording; decisions recorded before it existed are read from their sentence
    assert handoff_reason("a commercial statement no passage states", None, "commercial_guard") == "commercial"
    assert handoff_reason("anything at all", None, "no_knowledge") == "knowledge"
    assert handoff_reason("the buyer's message needs a person (complaint)", "complaint", "intent") == "complaint"
    assert not is_gap("clarify", "reworded sentence", None, "row_not_chosen")
    assert not is_gap("clarify", "reworded sentence", None, "several_readings")  # about the wording, not a gap
    assert is_gap("clarify", "the question is too vague (reworded)", None, "partial_match")
