"""Follow-up questions made standalone, so retrieval understands them in the conversation's context.

With a model server that supports structured output (vLLM's `response_format` JSON schema), the model rewrites the
question; the result is validated (schema, length, and it must share words with the question or the conversation,
so a rewrite cannot wander off) and otherwise ignored. Without one, or on any failure, the previous buyer question
is prepended to a short follow-up (a heuristic that keeps its key terms).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from appliance.answering.text import content_terms
from appliance.inference.contracts import ChatMessage, GenerationError

REWRITE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"standalone_question": {"type": "string", "minLength": 3, "maxLength": 500}},
    "required": ["standalone_question"],
    "additionalProperties": False,
}
_templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "prompts"), undefined=StrictUndefined,
                         autoescape=False)


class StructuredGenerator(Protocol):
    async def complete_json(self, messages: list[ChatMessage], *, schema: dict[str, Any], max_tokens: int,
                            name: str = ..., temperature: float = ...) -> dict[str, Any]: ...


def heuristic_search_text(question: str, history: list[dict[str, str]]) -> str:
    """The question, with the previous buyer question added when this one is a short follow-up."""
    if len(content_terms(question)) <= 2:
        previous = [turn["text"] for turn in history if turn["role"] == "buyer"]
        if previous:
            return f"{previous[-1]} {question}"
    return question


async def search_text(question: str, history: list[dict[str, str]], generator: object | None) -> tuple[str, str]:
    """(text to retrieve with, how it was made: 'question' | 'heuristic' | 'model')."""
    if not any(turn["role"] == "buyer" for turn in history):
        return question, "question"
    complete_json = getattr(generator, "complete_json", None)
    if complete_json is not None:
        template = _templates.get_template("rewrite.j2")
        messages = [ChatMessage("system", template.render(part="system")),
                    ChatMessage("user", template.render(part="user", history=history[-6:], question=question))]
        try:
            result = await complete_json(messages, schema=REWRITE_SCHEMA, max_tokens=96, name="rewrite")
        except (GenerationError, ValueError):
            result = None
        if result is not None:
            rewritten = result["standalone_question"].strip()
            context_terms = set(content_terms(question + " " + " ".join(t["text"] for t in history)))
            if rewritten and set(content_terms(rewritten)) & context_terms:
                return rewritten, "model"
    heuristic = heuristic_search_text(question, history)
    return heuristic, "heuristic" if heuristic != question else "question"
