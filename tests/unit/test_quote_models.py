"""`quote_model_options`: a question about "the compressor" when the quote holds two compressor models whose values
the knowledge gives differently is asked back naming the quote's items; not when it names a model, asks about them
together, or the models agree."""

from appliance.answering.quote_models import (
    SAME_THING_MIN,
    SAME_THING_PHRASE_FLOOR,
    asks_all_models,
    line_items_of,
    only_listed_option,
    quote_model_options,
    same_thing_heads,
)
from appliance.retrieval.contracts import Passage, ScoredPassage

TABLE = ("| Model | Type | Noise level dB(A) | Weight (kg) | Standard warranty | Lead time (weeks) |\n"
         "|---|---|---|---|---|---|\n"
         "| VS-37 | Oil-injected screw | 66 | 1100 | 2 years | 8 |\n"
         "| OF-45 | Oil-free screw | 68 | 2100 | 2 years | 12 |\n"
         "| OF-75 | Oil-free screw | 72 | 2350 | 3 years | 12 |")
ITEMS = [("Oil-free screw compressor OF-45, 45 kW, variable speed", "AC-OF45"),
         ("Oil-injected screw compressor VS-37, 37 kW (standby)", "AC-VS37"),
         ("Refrigeration dryer DRY-R60 incl. filter set", "AC-DRY60")]


def _passages(text=TABLE, kind="source"):
    return [ScoredPassage(Passage(id="p", agent_id=1, doc_kind=kind, doc_id=1, text=text,  # type: ignore[arg-type]
                                  heading_path=("Product data",), start=0, end=len(text), title="data.xlsx"))]


def _options(question, kinds, passages=None, english=True):
    return quote_model_options(question, ITEMS, passages or _passages(), asked_kinds=kinds, english=english)


def test_a_value_of_the_thing_two_quoted_models_give_differently_is_asked_back():
    expected = (ITEMS[0][0], ITEMS[1][0])
    assert _options("How loud is the compressor?", ("loudness",)) == expected  # 68 dB(A) / 66 dB(A)
    assert _options("How heavy is the compressor?", ("weight",)) == expected  # read under "Weight (kg)"
    assert _options("What's the lead time on the compressor?", ("duration",)) == expected


def test_models_that_agree_named_models_and_plurals_are_answered():
    assert _options("How long is the warranty on the compressor?", ("duration",)) == ()  # 2 years for both
    assert _options("How loud is the OF-45 compressor?", ("loudness",)) == ()  # it names one
    assert _options("How loud are the compressors?", ("loudness",)) == ()  # all of them
    assert _options("How long do the compressor warranties run?", ("duration",), english=True) == ()  # all, too
    assert _options("how loud compressor", ("loudness",), english=False) != ()  # a bridge: no plural to read
    assert _options("How heavy is the dryer?", ("weight",)) == ()  # one dryer on the quote
    assert _options("How much is the compressor?", ("money",)) == ()  # the quote's own figures decide that


def test_sentences_name_their_model_and_the_quote_is_not_read_for_values():
    text = "The OF-45 ships in 12 weeks. The VS-37 ships in 6 weeks."
    assert _options("How long is delivery of the compressor?", ("duration",), _passages(text)) != ()
    assert _options("How long is delivery of the compressor?", ("duration",), _passages(text, kind="quote")) == ()


def test_line_items_are_read_from_the_quote_document():
    text = "Line item 1: Oil-free screw compressor OF-45 (SKU AC-OF45). Quantity: 1 included in this quote."
    item = Passage(id="q1", agent_id=1, doc_kind="quote", doc_id=1, text=text,  # type: ignore[arg-type]
                   heading_path=("Quote Q-1", "Line items", "Oil-free screw compressor OF-45"), start=0,
                   end=len(text), title="Quote Q-1")
    assert line_items_of([item]) == [("Oil-free screw compressor OF-45", "AC-OF45")]


def test_counts_are_not_compared():
    # any number of a model's row is a count: "How many languages does the kiosk offer?" is no model question
    assert _options("How many languages does the compressor display offer?", ("count",)) == ()


def test_a_word_of_one_models_name_only_chooses_it():
    # "oil-free" and "standby" are in one item's name each; "screw" is in both and chooses neither
    assert _options("How loud is the oil-free compressor?", ("loudness",)) == ()
    assert _options("How heavy is the standby compressor?", ("weight",)) == ()
    assert _options("How loud is the screw compressor?", ("loudness",)) != ()


def test_of_several_things_the_one_on_the_quote_is_meant():
    items = [("Mesh deck galvanised 1100 x 1340 mm", "MD-1100-GAL"), ("Column guard 400 mm", "CG-400")]
    options = ("MD-1100-GAL", "MD-1100-HD")  # a datasheet row each; only the galvanised deck is quoted
    assert only_listed_option(options, items, "| MD-1100-GAL | Mesh deck, galvanised | 1000 kg per deck |")
    # the answer quotes the other one, or both: still asked
    assert not only_listed_option(options, items, "| MD-1100-HD | Mesh deck, heavy duty | 1500 kg per deck |")
    assert not only_listed_option(options, items, "| MD-1100-GAL | 1000 kg |\n| MD-1100-HD | 1500 kg |")
    # both on the quote, or neither: still asked
    both = items + [("Mesh deck heavy duty", "MD-1100-HD")]
    assert not only_listed_option(options, both, "| MD-1100-GAL | Mesh deck, galvanised | 1000 kg per deck |")
    assert not only_listed_option(("FH-10", "FH-20"), items, "| FH-10 | 4.5 kg |")


class FakeWordSimilarity:
    """A fake of the multilingual word similarity: the pairs it knows, 0 for any other."""

    def __init__(self, pairs: dict[tuple[str, str], float]) -> None:
        self.pairs = pairs
        self.asked: list[tuple[str, str]] = []

    def __call__(self, a: str, b: str) -> float:
        self.asked.append((a, b))
        return self.pairs.get((a, b), self.pairs.get((b, a), 0.0))


DISPLAYS = [('ProLine 55" indoor display, 700 nits', "VS-55P-IN"), ('WindowBright 49" window display', "VS-49W-HB"),
            ("VistaPlay X2 media player", "VM-X2")]
BRIGHTNESS = ("| SKU | Model | Brightness (nits) | Warranty |\n|---|---|---|---|\n"
              "| VS-55P-IN | ProLine 55 | 700 | 3 years |\n| VS-49W-HB | WindowBright 49 | 3,000 | 5 years |")


def test_a_thing_named_in_other_words_is_the_quotes_models():
    similarity = FakeWordSimilarity({("screen", "window display"): 0.69, ("screen", "media player"): 0.34})
    meant = same_thing_heads("How bright is the screen?", DISPLAYS, similarity)
    assert meant == frozenset({("screen", "display")})
    options = quote_model_options("How bright is the screen?", DISPLAYS, _passages(BRIGHTNESS),
                                  asked_kinds=("brightness",), english=True, meant=meant)
    assert options == (DISPLAYS[0][0], DISPLAYS[1][0])  # 700 nits / 3,000 nits, read under "Brightness (nits)"
    plural = FakeWordSimilarity({("screens", "window display"): 0.7})
    assert quote_model_options("How bright are the screens?", DISPLAYS, _passages(BRIGHTNESS),
                               asked_kinds=("brightness",), english=True,
                               meant=same_thing_heads("How bright are the screens?", DISPLAYS, plural)) == ()
    assert quote_model_options("How bright is the screen?", DISPLAYS, _passages(BRIGHTNESS),
                               asked_kinds=("brightness",), english=True) == ()  # without the meaning: no model


def test_meaning_is_read_only_when_no_item_is_named_by_its_own_word():
    similarity = FakeWordSimilarity({("display", "media player"): 0.9})
    assert same_thing_heads("How bright is the display?", DISPLAYS, similarity) == frozenset()
    assert similarity.asked == []  # "display" is an item's own word: nothing to read by meaning
    loose = FakeWordSimilarity({("screen", "window display"): SAME_THING_PHRASE_FLOOR - 0.01,
                                ("screen", "display"): 0.9})
    assert same_thing_heads("How bright is the screen?", DISPLAYS, loose) == frozenset()  # far from the phrase
    near = FakeWordSimilarity({("screen", "window display"): SAME_THING_PHRASE_FLOOR, ("screen", "display"): 0.9})
    assert same_thing_heads("How bright is the screen?", DISPLAYS, near) == frozenset({("screen", "display")})
    part = FakeWordSimilarity({("window", "window display"): 0.9, ("window", "display"): 0.9})
    assert same_thing_heads("How bright is the window?", DISPLAYS, part) == frozenset()  # a word of the phrase


def test_models_side_by_side_are_read_by_their_columns():
    pods = [("QB Duo D2 meeting pod, 2 seats", "QB-D2"), ("QB Quad Q4 meeting pod, 4 seats", "QB-Q4"),
            ("QB Solo Access SA phone booth", "QB-SA"), ("QB Solo S1 phone booth", "QB-S1")]
    table = ("| Specification | QB Duo D2 | QB Quad Q4 | QB Hexa H6 |\n|---|---|---|---|\n"
             "| Weight, empty (kg) | 690 | 1040 | 1460 |\n| Fan noise inside at max speed (dB(A)) | 29 | 29 | 32 |")
    booths = ("| Specification | QB Solo Lite L1 | QB Solo S1 | QB Solo Access SA |\n|---|---|---|---|\n"
              "| Weight, empty (kg) | 290 | 345 | 520 |")

    def options(question, kinds, text):
        return quote_model_options(question, pods, _passages(text), asked_kinds=kinds, english=True)

    assert options("How heavy is the meeting pod?", ("weight",), table) == (pods[0][0], pods[1][0])
    assert options("How loud is the fan in the meeting pod?", ("loudness",), table) == ()  # 29 dB(A) in both
    # "QB Solo Access SA" names no code but words of one model's name only
    assert options("How heavy is the phone booth?", ("weight",), booths) == (pods[2][0], pods[3][0])



def test_the_quotes_models_asked_about_in_the_plural_are_all_of_them():
    assert asks_all_models("How loud are the compressors?", ITEMS)
    assert not asks_all_models("How loud is the compressor?", ITEMS)  # which one: asked back
    assert not asks_all_models("How loud is the OF-45 compressor?", ITEMS)  # it names one
    assert not asks_all_models("How loud are the dryers?", ITEMS)  # one dryer on the quote


def test_a_model_named_by_the_letters_of_its_code_is_not_asked_back():
    """"The ANPR camera" names the camera whose code is ANPR-2 (its series), not the other two cameras; letters two
    models' codes share ("ULT" of ULT-700 and ULT-500) name neither."""
    cameras = [("Sentinel B8X 8MP bullet camera, 4 mm", "WE-CAM-B8X"), ("Sentinel P32 4MP PTZ camera", "WE-CAM-P32"),
               ("Sentinel ANPR-2 number-plate recognition camera", "WE-CAM-ANPR2")]
    table = ("| Model | Weight (kg) |\n|---|---|\n| B8X | 1.2 kg |\n| P32 | 6.5 kg |\n| ANPR-2 | 2.4 kg |")
    assert quote_model_options("How heavy is the ANPR camera?", cameras, _passages(table), asked_kinds=("weight",),
                               english=True) == ()
    assert len(quote_model_options("How heavy is the camera?", cameras, _passages(table), asked_kinds=("weight",),
                                   english=True)) == 3
    freezers = [("ULT-700 upright freezer", "PC-U700"), ("ULT-500 upright freezer", "PC-U500")]
    table = "| Model | Weight (kg) |\n|---|---|\n| ULT-700 | 340 kg |\n| ULT-500 | 290 kg |"
    assert len(quote_model_options("How heavy is the ULT freezer?", freezers, _passages(table),
                                   asked_kinds=("weight",), english=True)) == 2
