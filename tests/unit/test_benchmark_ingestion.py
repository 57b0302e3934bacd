"""The ingestion benchmark's pure helpers: stage split, per-format summary, normalised pages, corpus generation."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.ingestion import (
    GENERATED,
    NORMALISED_PAGE_CHARS,
    DocumentRun,
    count_pages,
    format_of,
    markdown_text,
    normalised_pages,
    stage_seconds,
    summarise,
    write_pdf,
)


def test_stage_split_of_a_ready_job_adds_up_to_its_wall_time() -> None:
    marks = {"gate": 10.0, "embed": 10.5, "embedded": 13.0}
    stages = stage_seconds(1.0, 13.25, marks)
    assert stages == {"convert": 9.0, "chunk_gate": 0.5, "embed": 2.5, "index": 0.25}
    assert sum(stages.values()) == pytest.approx(12.25)


def test_stage_split_with_an_on_ready_hook_has_a_warm_stage() -> None:
    marks = {"gate": 10.0, "embed": 10.5, "embedded": 13.0, "ready": 13.25}
    assert stage_seconds(1.0, 15.0, marks) == {"convert": 9.0, "chunk_gate": 0.5, "embed": 2.5, "index": 0.25,
                                               "warm": 1.75}


def test_stage_split_stops_where_the_job_stopped() -> None:
    assert stage_seconds(0.0, 4.0, {"gate": 3.0}) == {"convert": 3.0, "chunk_gate": 1.0}  # rejected by the gate
    assert stage_seconds(0.0, 2.0, {}) == {"convert": 2.0}  # the conversion failed


def run(name: str, fmt: str, outcome: str, pages: float, chunks: int, seconds: float, convert: float,
        child: float = 400.0) -> DocumentRun:
    stages = {"convert": convert, "chunk_gate": 0.1, "embed": seconds - convert - 0.2, "index": 0.1}
    return DocumentRun(name=name, origin="generated", format=fmt, bytes=1, outcome=outcome, pages=pages,
                       pages_counted=fmt == "pdf", characters=int(pages * NORMALISED_PAGE_CHARS), chunks=chunks,
                       seconds=seconds, stages=stages, child_peak_rss_mib=child)


def test_summary_counts_throughput_over_ready_documents_only() -> None:
    runs = [
        run("a.pdf", "pdf", "ready", 2, 4, 10.0, 9.0, child=380),
        run("b.pdf", "pdf", "ready", 40, 60, 30.0, 20.0, child=520),
        run("c.pdf", "pdf", "rejected", 1, 0, 9.0, 8.9),
        run("d.md", "md", "failed", 0, 0, 9.0, 9.0),
    ]
    summary = summarise(runs, fixed_cost_seconds=8.0)
    pdf = summary["pdf"]
    assert (pdf["documents"], pdf["ready"], pdf["rejected"], pdf["failed"]) == (3, 2, 1, 0)
    assert pdf["pages"] == 42 and pdf["chunks"] == 64 and pdf["seconds"] == 40.0
    assert pdf["pages_per_second"] == pytest.approx(42 / 40, abs=1e-3)
    assert pdf["chunks_per_second"] == pytest.approx(64 / 40, abs=1e-3)
    assert pdf["median_seconds"]["convert"] == 14.5  # median of 9 and 20: the rejected one is left out
    assert pdf["largest"] == "b.pdf" and pdf["child_peak_rss_mib"] == 520
    assert pdf["page_unit"] == "pages"
    assert pdf["estimated_pages_per_second_without_child_start"] == pytest.approx(42 / (40 - 2 * 8), abs=1e-3)
    md = summary["md"]
    assert md["ready"] == 0 and md["pages_per_second"] is None and md["median_seconds"]["embed"] is None
    assert md["page_unit"].startswith("normalised pages")
    assert set(summary) == {"pdf", "md"}  # formats without documents are left out


def test_plain_text_has_no_child_start_to_remove() -> None:
    summary = summarise([run("a.txt", "txt", "ready", 3, 5, 2.0, 0.1, child=0)], fixed_cost_seconds=8.0)
    assert "estimated_pages_per_second_without_child_start" not in summary["txt"]


def test_normalised_pages_and_formats() -> None:
    assert normalised_pages(NORMALISED_PAGE_CHARS * 3) == 3
    assert normalised_pages(1500) == 0.5
    assert [format_of(n) for n in ("A.PDF", "b.markdown", "c.htm", "d.txt")] == ["pdf", "md", "html", "txt"]
    assert {format_of(name) for name, _ in GENERATED} == {"pdf", "docx", "pptx", "xlsx", "html", "md", "txt"}


def test_generated_documents_are_deterministic(tmp_path: Path) -> None:
    assert markdown_text(random.Random("seed"), 3) == markdown_text(random.Random("seed"), 3)
    assert markdown_text(random.Random("seed"), 3) != markdown_text(random.Random("other"), 3)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(first, random.Random("seed"), 5)
    write_pdf(second, random.Random("seed"), 5)
    assert first.read_bytes() == second.read_bytes()
    assert count_pages(first) == 5 and count_pages(tmp_path / "x.md") is None


def test_warm_vs_cold_is_the_ratio_of_pages_per_second_on_documents_ready_on_both_paths() -> None:
    from benchmarks.ingestion import warm_vs_cold

    warm = [run("a.pdf", "pdf", "ready", 10, 4, 2.0, 0.5), run("b.md", "md", "ready", 1, 2, 1.0, 0.1),
            run("c.pdf", "pdf", "ready", 50, 9, 1.0, 0.5)]
    cold = [run("a.pdf", "pdf", "ready", 10, 4, 8.0, 6.5), run("b.md", "md", "ready", 1, 2, 7.0, 6.1),
            run("c.pdf", "pdf", "failed", 50, 0, 9.0, 9.0)]  # c failed cold: left out of both sides
    comparison = warm_vs_cold(warm, cold)
    assert comparison["warm_vs_cold_speedup"] == pytest.approx((11 / 3.0) / (11 / 15.0), abs=1e-3)
    assert comparison["warm_vs_cold"]["documents"] == 2
    assert comparison["warm_vs_cold"]["per_format"]["pdf"]["ratio"] == pytest.approx(4.0)
    assert comparison["warm_vs_cold"]["conversion_stage_per_format"]["pdf"]["ratio"] == pytest.approx(13.0)
