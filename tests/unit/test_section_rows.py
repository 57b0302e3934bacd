"""`section_row_options`: a datasheet gives each product its own section and table; a question asking an attribute
those tables share ("Battery charge time") without naming a product is asked back, naming the sections; a question
naming one, a row no other section repeats, or sections agreeing on the value are not."""

from appliance.answering.compose import extractive_answer
from appliance.answering.section_rows import section_row_options
from appliance.retrieval.contracts import Passage, ScoredPassage

DETECTOR = ("| Parameter | DR-20 |\n|---|---|\n| Weight | 2.9 kg |\n| Battery charge time | 3.5 hours (in dock) |")
MONITOR = ("| Feature | VS-7 | VS-7 Plus |\n|---|---|---|\n| Screen | 10 inch | 12 inch |\n"
           "| Battery charge time | 4 hours from empty | 4 hours from empty |")
SCANNER = "| Parameter | US-3 |\n|---|---|\n| Battery charge time | 3.5 hours (in dock) |"


def _document(*sections: tuple[str, str], doc_kind: str = "source") -> list[Passage]:
    return [Passage(id=f"p{number}", agent_id=1, doc_kind=doc_kind, doc_id=7, text=text,
                    heading_path=("Product datasheets", heading), start=number * 1000, end=number * 1000 + len(text),
                    title="datasheets.docx")
            for number, (heading, text) in enumerate(sections)]


def _options(question: str, document: list[Passage], quoted: int = 0) -> tuple[str, ...]:
    answer = extractive_answer(question, [ScoredPassage(document[quoted], dense_score=0.6, dense_rank=1)])
    assert answer is not None
    return section_row_options(question, answer, document)


def test_an_attribute_every_product_section_gives_asks_which_product():
    document = _document(("3. DR-20 wireless detector", DETECTOR), ("2. VS-7 patient monitors", MONITOR))
    assert _options("How long does the battery take to charge?", document) == (
        "DR-20 wireless detector", "VS-7 patient monitors")


def test_a_question_naming_the_product_chose_its_section():
    document = _document(("3. DR-20 wireless detector", DETECTOR), ("2. VS-7 patient monitors", MONITOR))
    assert _options("How long does the detector battery take to charge?", document) == ()
    assert _options("How long does the DR-20 battery take to charge?", document) == ()


def test_sections_giving_the_same_value_are_one_reading():
    document = _document(("3. DR-20 wireless detector", DETECTOR), ("4. US-3 handheld scanner", SCANNER))
    assert _options("How long does the battery take to charge?", document) == ()


def test_a_row_no_other_section_repeats_is_no_ambiguity():
    document = _document(("3. DR-20 wireless detector", DETECTOR), ("2. VS-7 patient monitors", MONITOR))
    assert _options("How heavy is it?", document) == ()  # the weight row is the detector's only


def test_a_row_chosen_by_other_words_than_its_label_asks_nothing():
    document = _document(("3. DR-20 wireless detector", DETECTOR), ("2. VS-7 patient monitors", MONITOR))
    assert _options("How long does the dock take?", document) == ()  # "dock" is in the value, not the label


def test_a_row_named_by_a_code_is_a_product_not_an_attribute():
    prices = "| Item | Price (EUR) |\n|---|---|\n| DR-20 detector | 14,900 |"
    specs = "| Item | Weight |\n|---|---|\n| DR-20 detector | 2.9 kg |"
    document = _document(("Price list", prices), ("Specifications", specs))
    assert _options("What does the detector cost?", document) == ()


def test_a_spreadsheet_names_its_tables_by_the_title_row_above_each():
    sheet = ("| Washer-extractors — WE series (soft mount) |\n| --- |\n\n| Specification | WE-28 |\n| --- | --- |\n"
             "| Drum volume | 280 litres |\n| Net weight | 610 kg |\n\n"
             "| Tumble dryers — TD series |\n| --- |\n\n| Specification | TD-35 |\n| --- | --- |\n"
             "| Drum volume | 350 litres |\n| Net weight | 210 kg |")
    document = [Passage(id="p0", agent_id=1, doc_kind="source", doc_id=3, text=sheet, heading_path=(), start=0,
                        end=len(sheet), title="specifications.xlsx")]
    assert _options("What's the drum volume?", document) == ("Washer-extractors", "Tumble dryers")
    assert _options("What's the drum volume of the dryer?", document) == ()
    untitled = sheet.replace("| Washer-extractors — WE series (soft mount) |\n| --- |\n\n", "")
    document = [Passage(id="p0", agent_id=1, doc_kind="source", doc_id=3, text=untitled, heading_path=(), start=0,
                        end=len(untitled), title="specifications.xlsx")]
    assert _options("What's the drum volume?", document) == ()  # the quoted table has no name to ask with
