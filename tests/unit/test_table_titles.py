"""A table's title row and a table right under another one: which row names the columns (`split_title_row` at
conversion, `compose._table_headers` when answering)."""

from appliance.answering.compose import _table_headers, _units
from appliance.ingestion.convert import split_title_row
from appliance.retrieval.contracts import Passage, ScoredPassage


def test_a_title_in_the_first_row_is_split_from_the_table() -> None:
    rows = [["Price list 2026 (GBP)", "", ""], ["SKU", "Description", "Price"], ["A-1", "Pump", "40"]]
    assert split_title_row(rows) == ("Price list 2026 (GBP)", rows[1:])
    merged = [["Price list", "Price list", "Price list"], *rows[1:]]  # a merged cell read into every column
    assert split_title_row(merged) == ("Price list", rows[1:])


def test_other_tables_keep_their_first_row() -> None:
    comparison = [["", "Bronze", "Gold"], ["Response", "5 days", "next day"], ["Visits", "1", "2"]]
    assert split_title_row(comparison) == (None, comparison)
    under_figures = [["Weight", ""], ["ULT-700", "340 kg"], ["ULT-500", "290 kg"]]  # data under it, not names
    assert split_title_row(under_figures) == (None, under_figures)
    short = [["Notes", ""], ["SKU", "Price"]]
    assert split_title_row(short) == (None, short)


def test_a_table_right_under_a_title_table_has_its_own_header() -> None:
    text = ("| Price list - machines (GBP) |\n| --- |\n\n| SKU | Description | List price (GBP) |\n| --- | --- | --- |\n"
            "| VT-1 | Snack machine | 3200 |")
    candidate = ScoredPassage(Passage(id="p", agent_id=1, doc_kind="source", doc_id=1, text=text, heading_path=(),
                                      start=0, end=len(text), title="Prices"))
    spans = _units(candidate, 0)
    headers = _table_headers(text, spans)
    assert [text[a:b] for a, b in spans][:2] == ["| Price list - machines (GBP) |",
                                                 "| SKU | Description | List price (GBP) |"]
    assert headers[:2] == [True, True]
    start, end = headers[2]
    assert text[start:end] == "| SKU | Description | List price (GBP) |"
