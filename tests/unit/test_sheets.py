"""A spreadsheet's layout read as structure: sheet names and title rows become headings, notes paragraphs."""

from __future__ import annotations

import pytest

from appliance.ingestion.convert import Element, markdown_table
from appliance.ingestion.sheets import is_title, sheet_heading, table_elements


@pytest.mark.parametrize("name", ["Sheet1", "sheet 2", "Tabelle1", "Feuil3", "Hoja1", "Foglio2", "Blad1", "  "])
def test_default_sheet_names_name_nothing(name: str) -> None:
    assert sheet_heading(name) == ""


def test_a_named_sheet_is_a_heading() -> None:
    assert sheet_heading(" Ceiling  hoists ") == "Ceiling hoists"
    assert sheet_heading("Price list 2026") == "Price list 2026"


def test_title_is_one_short_line_not_a_sentence() -> None:
    assert is_title("Tumble dryers — TD series (reversing drum)")
    assert not is_title("Gas versions require a Gas Safe registered engineer for connection.")
    assert not is_title(" ".join(["word"] * 20))


def test_one_cell_title_block_is_a_heading() -> None:
    assert table_elements([["Washer-extractors — WE series"]], heading_level=2) == [
        Element("heading", "Washer-extractors — WE series", 2)
    ]


def test_one_column_notes_are_paragraphs() -> None:
    rows = [["Carriage on spares orders under 100.00 GBP: 12.50 GBP."], [""], ["Dispatched the same day."]]
    assert table_elements(rows, heading_level=2) == [
        Element("paragraph", "Carriage on spares orders under 100.00 GBP: 12.50 GBP."),
        Element("paragraph", "Dispatched the same day."),
    ]


def test_one_column_block_opened_by_a_title_is_a_heading_over_its_notes() -> None:
    rows = [["Billing and tax notes"], ["All prices exclude VAT."], ["Seat reductions take effect at renewal only."]]
    assert table_elements(rows, heading_level=2) == [
        Element("heading", "Billing and tax notes", 2),
        Element("paragraph", "All prices exclude VAT."),
        Element("paragraph", "Seat reductions take effect at renewal only."),
    ]
    # a list of short lines is not a title over items
    assert table_elements([["Gaskets"], ["Filters"]], heading_level=2) == [
        Element("paragraph", "Gaskets"), Element("paragraph", "Filters")]


def test_title_merged_across_the_top_row_is_a_heading_above_the_real_table() -> None:
    title = "Dock levellers – technical data"
    rows = [[title, title, title], ["Specification", "DL-20", "DL-30"], ["Length (mm)", "2000", "3000"]]
    assert table_elements(rows, heading_level=2) == [
        Element("heading", title, 2),
        Element("table", markdown_table(rows[1:])),
    ]


def test_an_ordinary_table_is_kept_whole() -> None:
    rows = [["Specification", "DL-20", "DL-30"], ["Length (mm)", "2000", "3000"]]
    assert table_elements(rows, heading_level=2) == [Element("table", markdown_table(rows))]
    # a first row with one label over two rows is the table's header, not a title
    two = [["Notes", "", ""], ["Length (mm)", "2000", "3000"]]
    assert table_elements(two, heading_level=2) == [Element("table", markdown_table(two))]


def test_empty_block_gives_nothing() -> None:
    assert table_elements([["", ""], [" "]], heading_level=1) == []
