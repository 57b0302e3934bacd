"""What conversion produces and chunking consumes: a document's canonical text and its structure.

The canonical text is what a citation points into: every block and every chunk is a ``[start, end)`` span of it.
It is plain text with Markdown-style structure (headings as lines, tables as Markdown tables), stored with the
source so the buyer's "open the passage" view can show the exact span in context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list", "table", "code"]


class IngestionError(Exception):
    """A source cannot be ingested. ``reason`` is the message shown on that source to the admin."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Block:
    """One structural element: a heading, a paragraph, a list, a table. ``text == canonical[start:end]``."""

    kind: BlockKind
    start: int
    end: int
    heading_path: tuple[str, ...]
    level: int = 0  # heading level (1 = top), 0 for non-headings


@dataclass
class ConvertedDocument:
    text: str
    blocks: list[Block]
    title: str = ""
    pages: int = 0
    format: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Chunk:
    """A citable passage: ``text == canonical[start:end]``, under ``heading_path``."""

    text: str
    start: int
    end: int
    heading_path: tuple[str, ...]
