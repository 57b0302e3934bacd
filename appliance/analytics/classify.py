"""What a recorded decision means for the insight figures: pure functions of its kind, reason and intent.

The decision (`appliance.answering.decision.decide`) records its kind (answer / clarify / handoff), a reason sentence,
the rule that decided (`cause`, a key of `decision.CAUSES`) and, for a handoff on intent or by the
commercial-statement guard, the intent. Here that becomes:
- the handoff reason shown in the analytics (`handoff_reason`): the six intents that always need a person, the
  commercial-statement guard, and "knowledge" (the knowledge does not answer the question: low confidence, or no
  passage supports an answer);
- whether the question is a content gap (`is_gap`): it ended in a follow-up question or a handoff *for lack of
  knowledge*: a knowledge handoff, a commercial figure no passage states, or a follow-up question asked because
  the passages only partly matched or did not name the subject. A handoff on intent (the buyer wants to negotiate,
  asked for a person, ...) and a follow-up about the buyer's wording (too vague, which of several table rows the
  knowledge holds, or which of several readings the question has) are not gaps: no article would have answered
  them.
"""

from __future__ import annotations

REASONS = {
    "person": "Buyer asked for a person",
    "negotiation": "Negotiation or price flexibility",
    "change": "Change to the quote or contract",
    "competitor": "Competitor comparison",
    "complaint": "Complaint",
    "legal": "Signing and legal process",
    "commercial": "Commercial-statement guard",
    "knowledge": "Knowledge does not answer (low confidence)",
    "takeover": "A rep took over",
}
INTENT_REASONS = frozenset({"person", "negotiation", "change", "competitor", "complaint", "legal"})


def handoff_reason(reason: str, intent: str | None, cause: str | None = None) -> str:
    """The bounded reason label of a handoff decision (a key of `REASONS`), from its intent and the rule that decided
    (`decision.CAUSES`); decisions recorded before the cause existed are read from their reason sentence."""
    if intent in REASONS:
        return str(intent)
    if cause:
        return "commercial" if cause == "commercial_guard" else "knowledge"
    lowered = reason.lower()
    for label in INTENT_REASONS:
        if label in lowered:
            return label
    if "commercial" in lowered:
        return "commercial"
    return "knowledge"


def is_vague_clarify(reason: str, cause: str | None = None) -> bool:
    """A follow-up question about the buyer's wording, not the knowledge: too vague, or which of several rows the
    knowledge holds they mean."""
    if cause:
        return cause in ("vague", "row_not_chosen", "several_readings")
    lowered = reason.lower()
    return "vague" in lowered or "which of several" in lowered


def is_gap(kind: str, reason: str, intent: str | None, cause: str | None = None) -> bool:
    """The question ended in a follow-up question or a handoff for lack of knowledge (see the module docstring)."""
    if kind == "clarify":
        return not is_vague_clarify(reason, cause)
    if kind == "handoff":
        return handoff_reason(reason, intent, cause) in ("knowledge", "commercial")
    return False
