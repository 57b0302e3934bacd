"""Instructions planted in documents or web pages are data, never obeyed: sentences that address an AI system or
try to override its instructions are never quoted to a buyer and are redacted from prompts.
"""

from __future__ import annotations

import re

_PATTERNS = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|above|previous|prior)\b"
    r"|\b(?:AI|artificial intelligence|LLM|chat ?bot|virtual)\s+(?:assistants?|agents?|models?|systems?|bots?)\b"
    r"|\b(?:large )?language models?\b|\bsystem prompt\b|\bprompt injection\b"
    r"|\b(?:assistants?|bots?|agents?)\s+(?:reading|processing|summari[sz]ing)\s+this\b"
    r"|\bnote (?:to|for) (?:the )?(?:AI|assistants?|bots?|models?)\b",
    re.IGNORECASE,
)
REDACTED = "[instruction-like text removed]"


def is_planted_instruction(text: str) -> bool:
    return bool(_PATTERNS.search(text))


def redact(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given sentence spans that look like planted instructions replaced by a marker."""
    parts, position = [], 0
    for start, end in spans:
        if is_planted_instruction(text[start:end]):
            parts.append(text[position:start])
            parts.append(REDACTED)
            position = end
    parts.append(text[position:])
    return "".join(parts)
