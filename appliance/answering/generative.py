"""Generative answers with a grounding check: the model writes, code verifies every sentence before the buyer sees it.

The model's stream is cut into sentences; a sentence is released only when it cites passages ([n]) and every figure
in it (price, percentage, duration, date) appears in a cited passage and most of its words do. The first sentence
that fails stops the generation: if nothing was released yet the caller falls back to the extractive answer,
otherwise the answer ends with what was verified. The check decides as early as it soundly can: a sentence ends as
soon as the next token shows that no citation follows its full stop, and a sentence still being written is refused
as soon as it cannot pass (a figure no passage holds, or too long without a citation); the model stream is closed at
that moment, so the server stops generating and the fallback goes out at once.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from appliance.answering.injection import REDACTED, redact
from appliance.answering.text import content_terms, figures, sentence_spans, stem, words
from appliance.inference.contracts import ChatMessage, GenerationError, Generator
from appliance.retrieval.contracts import ScoredPassage

PROMPT_VERSION = "answer-v1"
NO_ANSWER = "NO_ANSWER"
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch"}
_CITATION = re.compile(r"\[(\d{1,2})\]")
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


@dataclass(frozen=True)
class Prompt:
    """The chat messages and the passages numbered in them, exactly as the model saw them (planted instructions
    redacted, trimmed to fit): answers are verified against these, never against text the model was not shown."""

    messages: list[ChatMessage]
    passages: list[ScoredPassage]


def build_prompt(inputs: PromptInputs, *, max_prompt_chars: int) -> Prompt:
    """System part first (stable per quote), passages and question last; passages trimmed to fit, never the question."""
    template = _templates.get_template("answer.j2")
    common = {"agent_name": inputs.agent_name, "seller": inputs.seller, "quote_summary": inputs.quote_summary,
              "language_name": LANGUAGE_NAMES.get(inputs.language, "English")}
    system = template.render(part="system", **common)
    shown = [
        replace(c, passage=replace(c.passage, text=redact(c.passage.text,
                                                          [(s.start, s.end) for s in sentence_spans(c.passage.text)])))
        for c in inputs.passages
    ]
    while True:
        user = template.render(part="user", passages=[c.passage for c in shown], history=inputs.history,
                               question=inputs.question, **common)
        if len(system) + len(user) <= max_prompt_chars or not shown:
            break
        shown = shown[:-1]
    return Prompt([ChatMessage("system", system), ChatMessage("user", user)], shown)


def build_messages(inputs: PromptInputs, *, max_prompt_chars: int) -> list[ChatMessage]:
    """The messages of ``build_prompt`` alone (the benchmark's bare call sends exactly these)."""
    return build_prompt(inputs, max_prompt_chars=max_prompt_chars).messages


@dataclass
class VerifiedSentence:
    text: str
    cited: list[int]


def verify_sentence(sentence: str, passages: Sequence[ScoredPassage]) -> VerifiedSentence | None:
    cited = sorted({int(n) for n in _CITATION.findall(sentence) if 1 <= int(n) <= len(passages)})
    if not cited:
        return None
    body = _CITATION.sub("", sentence).strip()
    if body.lstrip().startswith("#") or REDACTED.strip() in body:
        return None  # a heading ("## Warranty [1].") or a redaction marker states nothing
    support = " ".join(passages[n - 1].passage.text for n in cited)
    if not figures(body) <= figures(support):
        return None
    terms = content_terms(body)
    vocabulary = {stem(w) for w in words(support)}
    if len(terms) < 2 or sum(t in vocabulary for t in terms) / len(terms) < 0.5:
        return None  # no claim ("[1]", "It is [2].", "Warranty [1].") or mostly words the passages do not have
    return VerifiedSentence(text=sentence.strip(), cited=cited)


#: A sentence still without a citation after this many characters is refused before it ends: the prompt asks for
#: short sentences that each cite, so by then the model is not citing.
MAX_UNCITED_CHARS = 280
_TERMINAL = re.compile(r"[.!?]+[\"”’')]*")
_SAME_LINE_CITATIONS = re.compile(r"(?:[ \t]*\[\d{1,2}\])*")
_CITATION_PREFIX = re.compile(r"\[\d{0,2}")
_CITATION_START = re.compile(r"\[\d{0,2}$")
_ENDS_COMPLETE = re.compile(r"(?:[.!?]+[\"”’')]*|\[\d{1,2}\])(?:[ \t]*\[\d{1,2}\])*$")
#: Characters that can continue a figure (FIGURE_RE) or a citation still being written.
_OPEN_TAIL = re.compile(r"[\d,.\s%$€£¥\[]+$")


def sentence_end(text: str, *, final: bool = False) -> int | None:
    """Where the first sentence of streamed ``text`` ends (its citations included), or None if undecided.

    A sentence ends at terminal punctuation (closing quotes allowed) followed by any citations on the same line, once
    whitespace and then something that cannot start a citation comes next; ``9.5`` or ``x2.html`` (no whitespace
    after the stop) are not boundaries. Text ending in punctuation (plus spaces or ``[1``) is undecided while the
    stream goes on, because a citation may follow; with ``final`` (the stream is over) it is a boundary. A line
    break always ends a sentence, complete or not: a citation on the next line does not count for it.
    """
    newline = text.find("\n")
    for match in _TERMINAL.finditer(text):
        if newline != -1 and match.start() > newline:
            break
        end = _SAME_LINE_CITATIONS.match(text, match.end()).end()
        rest = text[end:]
        if rest and not rest[0].isspace():
            continue
        following = rest.lstrip(" \t")
        if following.startswith("\n"):
            return end
        if not following or _CITATION_PREFIX.fullmatch(following):
            return end if final else None
        return end
    return None if newline == -1 else newline


@dataclass
class GroundingCheck:
    """The grounding check fed with a model's stream, deciding as soon as it soundly can.

    ``feed`` and ``finish`` return the sentences verified by this call, in order. The check stops (``stopped`` says
    why; nothing more is ever verified) at NO_ANSWER; at the first sentence that does not end in terminal
    punctuation or a citation (a line such as "Passages:", or an answer cut off at ``max_tokens``) or that
    ``verify_sentence`` refuses; and already while a sentence is being written, once it cannot pass: it holds a
    complete figure that no passage in the prompt contains (the final check would refuse it), or it is longer than
    ``max_uncited_chars`` without a citation. ``finish`` checks the rest once the stream is over.
    """

    passages: Sequence[ScoredPassage]
    max_uncited_chars: int = MAX_UNCITED_CHARS
    buffer: str = ""
    stopped: str | None = None
    _known_figures: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        for scored in self.passages:
            self._known_figures |= figures(scored.passage.text)

    def feed(self, delta: str) -> list[VerifiedSentence]:
        if self.stopped is not None:
            return []
        self.buffer = (self.buffer + delta).lstrip()
        released: list[VerifiedSentence] = []
        while (end := sentence_end(self.buffer)) is not None:
            if not self._release(self.buffer[:end], released):
                return released
            self.buffer = self.buffer[end:].lstrip()
        self.stopped = self._early_refusal(self.buffer)
        return released

    def finish(self) -> list[VerifiedSentence]:
        released: list[VerifiedSentence] = []
        while self.stopped is None and self.buffer:
            end = sentence_end(self.buffer, final=True)
            end = len(self.buffer) if end is None else end
            if self._release(self.buffer[:end], released):
                self.buffer = self.buffer[end:].lstrip()
        return released

    def _release(self, sentence: str, released: list[VerifiedSentence]) -> bool:
        sentence = sentence.strip()
        if NO_ANSWER in sentence:
            self.stopped = "no_answer"
            return False
        if not _ENDS_COMPLETE.search(sentence):
            self.stopped = "incomplete"  # a line without a stop or a citation at its end, or an answer cut off
            return False
        checked = verify_sentence(sentence, self.passages)
        if checked is None:
            self.stopped = "unsupported"
            return False
        released.append(checked)
        return True

    def _early_refusal(self, in_progress: str) -> str | None:
        if NO_ANSWER in in_progress:
            return "no_answer"
        uncited = _CITATION.sub("", in_progress)
        citing = uncited != in_progress or _CITATION_START.search(in_progress)  # one being written counts
        if len(in_progress) > self.max_uncited_chars and not citing:
            return "uncited"
        if figures(_OPEN_TAIL.sub("", uncited)) - self._known_figures:
            return "unknown_figure"
        return None


async def grounded_stream(
    generator: Generator, messages: list[ChatMessage], passages: Sequence[ScoredPassage], *, max_tokens: int,
    verified: list[VerifiedSentence], max_uncited_chars: int = MAX_UNCITED_CHARS,
) -> AsyncIterator[str]:
    """Yield verified sentences as they complete; ``verified`` collects them. Stops at the first unsupported one.

    Invariants: no text reaches the caller unless ``verify_sentence`` accepted it; the moment the check refuses
    (or the model says NO_ANSWER), the model stream is closed, before anything else happens, so the server stops
    generating and the caller's fallback goes out at once; a ``GenerationError`` ends the answer quietly.
    """
    check = GroundingCheck(passages, max_uncited_chars=max_uncited_chars)
    stream = generator.stream(messages, max_tokens=max_tokens)
    try:
        async for delta in stream:
            released = check.feed(delta)
            if check.stopped is not None:
                await stream.aclose()  # type: ignore[attr-defined]
            for sentence in released:
                verified.append(sentence)
                yield sentence.text + " "
            if check.stopped is not None:
                return
        released = check.finish()
        for index, sentence in enumerate(released):
            verified.append(sentence)
            yield sentence.text + (" " if index < len(released) - 1 else "")
    except GenerationError:
        return
    finally:
        await stream.aclose()  # type: ignore[attr-defined]
