"""Canonical rendering and heading-aware chunking: exact spans, order, coverage, sections never mixed."""

from __future__ import annotations

import random

import pytest

from appliance.ingestion.chunking import chunk_document, embedding_text, split_span
from appliance.ingestion.convert import Element, convert_plain_text, render_document
from appliance.ingestion.document import Chunk, ConvertedDocument, IngestionError


def assert_chunk_invariants(doc: ConvertedDocument, chunks: list[Chunk], max_chars: int) -> None:
    previous_end = 0
    for chunk in chunks:
        assert chunk.text == doc.text[chunk.start : chunk.end]
        assert chunk.text.strip() and chunk.text == chunk.text.strip()
        assert chunk.start >= previous_end, "chunks are in order and do not overlap"
        assert chunk.end - chunk.start <= max_chars
        previous_end = chunk.end
    covered = [False] * len(doc.text)
    for chunk in chunks:
        covered[chunk.start : chunk.end] = [True] * (chunk.end - chunk.start)
    for block in doc.blocks:
        if block.kind == "heading":
            continue
        missing = [i for i in range(block.start, block.end) if not doc.text[i].isspace() and not covered[i]]
        assert not missing, f"block {block} not covered"
        owners = {c.heading_path for c in chunks if c.start < block.end and block.start < c.end}
        assert owners == {block.heading_path}, "a chunk never mixes sections"


def assert_block_invariants(doc: ConvertedDocument) -> None:
    previous_end = 0
    for block in doc.blocks:
        span = doc.text[block.start : block.end]
        assert span and span == span.strip()
        assert block.start >= previous_end
        previous_end = block.end
        if block.kind == "heading":
            assert span == "#" * block.level + " " + block.heading_path[-1]


def sample_doc() -> ConvertedDocument:
    return render_document(
        [
            Element("heading", "Guide", 1),
            Element("paragraph", "Intro text."),
            Element("heading", "Prices", 2),
            Element("paragraph", "The base price is 10 EUR."),
            Element("table", "| Item | Price |\n| --- | --- |\n| A | 1 |\n| B | 2 |"),
            Element("heading", "Details", 3),
            Element("list", "- one\n- two"),
            Element("heading", "Delivery", 2),
            Element("paragraph", "Within five days."),
        ],
        title="",
        fmt="md",
    )


def test_render_records_exact_spans_and_heading_paths() -> None:
    doc = sample_doc()
    assert_block_invariants(doc)
    assert doc.title == "Guide"
    paths = [(b.kind, b.heading_path) for b in doc.blocks]
    assert ("list", ("Guide", "Prices", "Details")) in paths
    assert ("paragraph", ("Guide", "Delivery")) in paths, "a level-2 heading closes the level-3 one"
    assert doc.text.startswith("# Guide\n\nIntro text.\n\n## Prices\n\n")


def test_render_refuses_a_document_without_text() -> None:
    with pytest.raises(IngestionError, match="no text"):
        render_document([Element("paragraph", "  \n ")], title="", fmt="txt")
    with pytest.raises(IngestionError, match="no text"):
        convert_plain_text("\n\n   \n", base_name="empty.txt")


def test_plain_text_paragraphs_split_on_blank_lines() -> None:
    doc = convert_plain_text("First line\nsame paragraph.\n\n\nSecond.\n", base_name="notes.txt")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["First line same paragraph.", "Second."]
    assert doc.title == "notes"


def test_sections_start_new_chunks_with_their_heading() -> None:
    doc = sample_doc()
    chunks = chunk_document(doc, max_chars=1000)
    assert_chunk_invariants(doc, chunks, 1000)
    assert [c.heading_path for c in chunks] == [
        ("Guide",),
        ("Guide", "Prices"),
        ("Guide", "Prices", "Details"),
        ("Guide", "Delivery"),
    ]
    assert chunks[1].text.startswith("## Prices\n\nThe base price is 10 EUR.\n\n| Item | Price |")
    assert chunks[3].text == "## Delivery\n\nWithin five days."


def test_long_paragraph_splits_at_sentence_boundaries() -> None:
    sentences = [f"Sentence number {i} says something useful." for i in range(30)]
    elements = [Element("heading", "Long", 1), Element("paragraph", " ".join(sentences))]
    doc = render_document(elements, title="", fmt="md")
    chunks = chunk_document(doc, max_chars=200)
    assert_chunk_invariants(doc, chunks, 200)
    assert len(chunks) > 3
    assert chunks[0].text.startswith("# Long\n\nSentence number 0")
    assert all(c.text.endswith(".") for c in chunks)


def test_long_table_splits_between_rows() -> None:
    rows = "\n".join(f"| item {i} | {i * 3} EUR |" for i in range(40))
    table = f"| Item | Price |\n| --- | --- |\n{rows}"
    doc = render_document([Element("heading", "Price list", 1), Element("table", table)], title="", fmt="md")
    chunks = chunk_document(doc, max_chars=300)
    assert_chunk_invariants(doc, chunks, 300)
    assert len(chunks) > 1
    assert "| Item | Price |" in chunks[0].text
    for chunk in chunks:
        lines = chunk.text.splitlines()
        assert all(line.startswith(("|", "#")) or not line for line in lines), "cut between rows"
        assert lines[-1].endswith("|")


def test_word_longer_than_max_chars_is_cut() -> None:
    doc = render_document([Element("paragraph", "x" * 250 + " tail")], title="", fmt="txt")
    chunks = chunk_document(doc, max_chars=100)
    assert_chunk_invariants(doc, chunks, 100)
    assert "".join(c.text for c in chunks).replace(" ", "") == "x" * 250 + "tail"


def test_split_span_prefers_line_breaks() -> None:
    text = "aaaa bbbb\ncccc dddd\neeee"
    assert list(split_span(text, 0, len(text), 12)) == [(0, 9), (10, 19), (20, 24)]


def test_embedding_text_adds_title_and_heading_path() -> None:
    chunk = Chunk("- Weight: 24 kg", 0, 15, ("Specs", "Mechanical"))
    assert embedding_text(chunk, "Panel datasheet") == "Panel datasheet > Specs > Mechanical\n\n- Weight: 24 kg"
    assert embedding_text(chunk, "Specs") == "Specs > Mechanical\n\n- Weight: 24 kg"
    assert embedding_text(Chunk("Hello.", 0, 6, ()), "") == "Hello."


def random_elements(rng: random.Random) -> list[Element]:
    words = ["alpha", "beta", "gamma", "delta", "x" * rng.randint(1, 60), "epsilon", "zeta", "1.5", "EUR"]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) + rng.choice([".", "!", "?", ""])

    elements: list[Element] = []
    for _ in range(rng.randint(1, 25)):
        kind = rng.choice(["heading", "paragraph", "paragraph", "list", "table", "code"])
        if kind == "heading":
            elements.append(Element("heading", sentence()[:40] or "H", rng.randint(1, 4)))
        elif kind == "paragraph":
            elements.append(Element("paragraph", " ".join(sentence() for _ in range(rng.randint(1, 12)))))
        elif kind == "list":
            elements.append(Element("list", "\n".join(f"- {sentence()}" for _ in range(rng.randint(1, 8)))))
        elif kind == "table":
            rows = [f"| {sentence()} | {rng.randint(0, 999)} |" for _ in range(rng.randint(1, 15))]
            elements.append(Element("table", "| A | B |\n| --- | --- |\n" + "\n".join(rows)))
        else:
            elements.append(Element("code", "\n".join(sentence() for _ in range(rng.randint(1, 6)))))
    elements.append(Element("paragraph", "end."))
    return elements


@pytest.mark.parametrize("seed", range(300))
def test_random_documents_keep_the_chunk_invariants(seed: int) -> None:
    rng = random.Random(seed)
    doc = render_document(random_elements(rng), title="", fmt="md")
    assert_block_invariants(doc)
    max_chars = rng.choice([1, 7, 30, 80, 200, 500, 1200])
    chunks = chunk_document(doc, max_chars=max_chars)
    assert_chunk_invariants(doc, chunks, max_chars)
