"""Generative answers with a grounding check: the model writes, code verifies every sentence before the buyer sees it.

The model's stream is cut into sentences; a sentence is released only when it cites passages ([n]) and every figure
in it (price, percentage, duration, date) appears in a cited passage and most of its words do. The first sentence
that fails stops the generation: if nothing was released yet the caller falls back to the extractive answer,
otherwise the answer ends with what was verified.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from appliance.answering.injection import redact
from appliance.answering.text import content_terms, figures, sentence_spans, stem, words
from appliance.inference.contracts import ChatMessage, GenerationError, Generator
from appliance.retrieval.contracts import ScoredPassage

PROMPT_VERSION = "answer-v1"
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch"}
_CITATION = re.compile(r"\[(\d{1,2})\]")
_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])(?:\s*\[\d{1,2}\])*\s+")
_templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "prompts"), undefined=StrictUndefined, autoescape=False,
    keep_trailing_newline=True,
)


@dataclass
class PromptInputs:
    agent_name: str
    seller: str
    quote_summary: str
    passages: Sequence[ScoredPassage]
    question: str
    language: str = "en"
    history: list[dict[str, str]] = field(default_factory=list)


def build_messages(inputs: PromptInputs, *, max_prompt_chars: int) -> list[ChatMessage]:
    """System part first (stable per quote), passages and question last; passages trimmed to fit, never the question."""
    template = _templates.get_template("answer.j2")
    common = {"agent_name": inputs.agent_name, "seller": inputs.seller, "quote_summary": inputs.quote_summary,
              "language_name": LANGUAGE_NAMES.get(inputs.language, "English")}
    system = template.render(part="system", **common)
    passages = [
        replace(c.passage, text=redact(c.passage.text, [(s.start, s.end) for s in sentence_spans(c.passage.text)]))
        for c in inputs.passages
    ]
    while True:
        user = template.render(part="user", passages=passages, history=inputs.history, question=inputs.question,
                               **common)
        if len(system) + len(user) <= max_prompt_chars or not passages:
            break
        passages = passages[:-1]
    return [ChatMessage("system", system), ChatMessage("user", user)]


@dataclass
class VerifiedSentence:
    text: str
    cited: list[int]


def verify_sentence(sentence: str, passages: Sequence[ScoredPassage]) -> VerifiedSentence | None:
    cited = sorted({int(n) for n in _CITATION.findall(sentence) if 1 <= int(n) <= len(passages)})
    if not cited:
        return None
    body = _CITATION.sub("", sentence).strip()
    support = " ".join(passages[n - 1].passage.text for n in cited)
    if not figures(body) <= figures(support):
        return None
    terms = content_terms(body)
    vocabulary = {stem(w) for w in words(support)}
    if terms and sum(t in vocabulary for t in terms) / len(terms) < 0.5:
        return None
    return VerifiedSentence(text=sentence.strip(), cited=cited)


async def grounded_stream(
    generator: Generator, messages: list[ChatMessage], passages: Sequence[ScoredPassage], *, max_tokens: int,
    verified: list[VerifiedSentence],
) -> AsyncIterator[str]:
    """Yield verified sentences as they complete; ``verified`` collects them. Stops at the first unsupported one."""
    buffer = ""
    stream = generator.stream(messages, max_tokens=max_tokens)
    try:
        async for delta in stream:
            buffer += delta
            if "NO_ANSWER" in buffer:
                return
            while (match := _SENTENCE_BOUNDARY.search(buffer)) is not None:
                sentence, buffer = buffer[: match.end()].strip(), buffer[match.end():]
                checked = verify_sentence(sentence, passages)
                if checked is None:
                    return
                verified.append(checked)
                yield checked.text + " "
        if buffer.strip() and "NO_ANSWER" not in buffer:
            checked = verify_sentence(buffer.strip(), passages)
            if checked is not None:
                verified.append(checked)
                yield checked.text
    except GenerationError:
        return
    finally:
        await stream.aclose()  # type: ignore[attr-defined]
