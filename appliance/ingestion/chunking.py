"""Heading-aware chunks: citable passages that are exact spans of a document's canonical text.

Invariants of ``chunk_document(doc, max_chars=n)`` (unit-tested, also on random documents):

* every ``chunk.text == doc.text[chunk.start:chunk.end]``, non-empty, starting and ending on non-whitespace;
* chunks are in document order and do not overlap;
* every non-heading block lies inside some chunk (a block longer than ``n`` is spread over consecutive chunks);
* a chunk never mixes two sections (two different heading paths) and is at most ``n`` characters long (a word
  longer than ``n`` is cut mid-word).

A section's heading line starts its first chunk when it directly precedes that chunk's first block, so the passage
shows its heading. A table longer than ``n`` is split between rows; since a chunk is an exact span, the pieces after
the first do not repeat the header row (their heading path still says where they come from).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from appliance.ingestion.document import Block, Chunk, ConvertedDocument

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")
MIN_HEADING_SHARE = 4  # the heading joins the first piece only if it leaves at least 1/4 of max_chars for text


def chunk_document(doc: ConvertedDocument, *, max_chars: int) -> list[Chunk]:
    """Group consecutive non-heading blocks of the same section into chunks of at most ``max_chars``."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    text = doc.text
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    current: tuple[int, int, tuple[str, ...]] | None = None
    previous: Block | None = None
    for block in doc.blocks:
        if block.kind == "heading":
            if current is not None:
                spans.append(current)
                current = None
            previous = block
            continue
        path = block.heading_path
        if current is not None and current[2] == path and block.end - current[0] <= max_chars:
            current = (current[0], block.end, path)
        else:
            if current is not None:
                spans.append(current)
            heading = previous if previous is not None and previous.kind == "heading" else None
            start = heading.start if heading is not None and _heading_fits(heading, block, max_chars) else block.start
            if block.end - start <= max_chars:
                current = (start, block.end, path)
            else:
                first_budget = max_chars - (block.start - start)
                pieces = list(split_span(text, block.start, block.end, max_chars, first_budget=first_budget))
                pieces[0] = (start, pieces[0][1])
                spans.extend((s, e, path) for s, e in pieces[:-1])
                current = (*pieces[-1], path)
        previous = block
    if current is not None:
        spans.append(current)
    return [Chunk(text[s:e], s, e, path) for s, e, path in spans]


def _heading_fits(heading: Block, block: Block, max_chars: int) -> bool:
    return max_chars - (block.start - heading.start) >= max_chars // MIN_HEADING_SHARE


def split_span(
    text: str, start: int, end: int, max_chars: int, *, first_budget: int | None = None
) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into consecutive pieces of at most ``max_chars`` (the first at most
    ``first_budget``), preferring line breaks, then sentence ends, then whitespace; pieces are trimmed of
    surrounding whitespace and never empty."""
    budget = max(1, first_budget if first_budget is not None else max_chars)
    position = _skip_space(text, start, end)
    while position < end:
        if end - position <= budget:
            yield position, _trim_end(text, position, end)
            return
        cut = _cut(text, position, position + budget)
        yield position, _trim_end(text, position, cut)
        position = _skip_space(text, cut, end)
        budget = max_chars


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece that starts at ``start`` and must end by ``limit`` (exclusive)."""
    floor = start + (limit - start) // 3
    window = text[start:limit + 1]
    newline = window.rfind("\n")
    if newline > 0 and start + newline >= floor:
        return start + newline
    sentence_ends = [m.end() - 1 for m in SENTENCE_END.finditer(window)]
    if sentence_ends and start + sentence_ends[-1] >= floor:
        return start + sentence_ends[-1]
    space = max(window.rfind(" "), window.rfind("\t"), newline)
    if space > 0:
        return start + space
    return limit


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def embedding_text(chunk: Chunk, title: str) -> str:
    """What to embed and index for BM25: the document title and the heading path, then the passage.

    Short passages ("- Weight: 24.5 kg") mean little alone; their context makes them findable. The title is left
    out when it is the outermost heading already."""
    path = list(chunk.heading_path)
    if title and path and path[0] == title:
        title = ""
    context = " > ".join(part for part in [title, *path] if part)
    return f"{context}\n\n{chunk.text}" if context else chunk.text
