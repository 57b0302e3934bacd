"""A price list's currency stated in its sheet's title, written into the price columns' headers."""

from appliance.ingestion.sheet_currency import priced_by_title, title_currency


def test_the_one_currency_a_title_states() -> None:
    assert title_currency("EU list prices 2025 (EUR, excl. VAT) - valid 1 January to 31 December 2025") == "EUR"
    assert title_currency("Tarifs 2026, € HT") == "EUR"
    assert title_currency("List prices in USD ($)") == "USD"
    assert title_currency("Preisliste 2026 in CHF") == "CHF"
    assert title_currency("Prices in $") is None  # which dollar is not said
    assert title_currency("Prices in EUR; GBP on request") is None
    assert title_currency("Product data 2026") is None
    assert title_currency(None) is None


def test_price_columns_take_the_titles_currency_and_no_other_column_does() -> None:
    rows = [["SKU", "List price", "Rated power (kW)", "Event rate (1-3 days)", "Day rate (GBP)", "Listenpreis",
             "Stukprijs", "Lead time (weeks)", "Prix unitaire", ""], ["A", "1", "2", "3", "4", "5", "6", "7", "8", ""]]
    header = priced_by_title("Price list 2026 (GBP, excl. VAT)", rows)[0]
    assert header == ["SKU", "List price (GBP)", "Rated power (kW)", "Event rate (1-3 days) GBP", "Day rate (GBP)",
                      "Listenpreis (GBP)", "Stukprijs (GBP)", "Lead time (weeks)", "Prix unitaire (GBP)", ""]
    assert priced_by_title("Price list 2026 (GBP)", rows)[1] == rows[1]  # data rows as they were


def test_without_a_single_currency_in_the_title_the_rows_are_unchanged() -> None:
    rows = [["SKU", "Price"], ["A", "10"]]
    assert priced_by_title(None, rows) == rows
    assert priced_by_title("Price list 2026", rows) == rows
    assert priced_by_title("Prices in EUR or GBP", rows) == rows
    assert priced_by_title("Price list (EUR)", []) == []
