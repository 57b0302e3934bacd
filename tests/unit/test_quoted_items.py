"""`quoted_item_options`: a question naming an attribute only ("How long's the warranty?") whose quoted answer gives
several of the quote's items different values is asked back naming those items; not when the question names one,
asks about all of them, or the items agree."""

from appliance.answering.quoted_items import quoted_item_options

ITEMS = [("T15 Pro countertop POS terminal, 15.6-inch, with customer display", "KSY-T15-PRO"),
         ("HH6 handheld ordering device, 6.5-inch, IP65", "KSY-HH6"),
         ("KDS22 kitchen display screen, 21.5-inch, with bump bar", "KSY-KDS22"),
         ("Care plan – HH6 (per year)", "KSY-CARE-HH6")]
WARRANTY = ("Warranty runs from the date of delivery to the site:\n"
            "- T15 Pro countertop terminal and KDS22 kitchen display: 36 months.\n"
            "- HH6 handheld ordering device: 24 months.")
OVENS = [("Stratos 4-deck electric deck oven, stone soles", None), ("Rotora 15/20 E electric rack oven", None),
         ("Spira 80 spiral mixer, 120 L bowl", None)]
LEAD_TIMES = "Lead times from order: Stratos deck ovens 6-8 weeks; Rotora rack ovens 8-10 weeks; Spira mixers 3-4 weeks."


def _options(question, quoted=WARRANTY, items=ITEMS, wording=None, kinds=("duration",), english=True):
    return quoted_item_options(question, wording or question, items, quoted, asked_kinds=kinds, english=english)


def test_a_value_the_quoted_list_gives_each_item_differently_is_asked_back():
    # the T15 and the KDS22 share one reading ("… and …: 36 months"); the HH6 has its own
    assert _options("How long's the warranty?") == ("T15 Pro countertop POS terminal", "HH6 handheld ordering device",
                                                    "KDS22 kitchen display screen")


def test_values_of_one_sentence_are_read_per_clause():
    items = [("Stratalith M280 Dual-Laser Metal LPBF System (2 x 500 W)", None),
             ("Stratalith P500 SLS Polymer System incl. 1 build frame", None),
             ("Care Plus service contract – M280 (per year)", None)]  # "M280" names the printer: it opens its name
    quoted = "Installation takes 3 working days for the M280 and 2 working days for the P500, by one engineer."
    assert _options("Wie lange dauert die Installation vor Ort?", quoted, items,
                    wording="How long takes the installation on site?", english=False) == (
        "Stratalith M280 Dual-Laser Metal LPBF System", "Stratalith P500 SLS Polymer System incl. 1 build frame")


def test_a_kind_of_thing_the_question_names_narrows_the_items():
    assert _options("What's the lead time on the oven?", LEAD_TIMES, OVENS) == (
        "Stratos 4-deck electric deck oven", "Rotora 15/20 E electric rack oven")
    assert _options("What's the lead time on the mixer?", LEAD_TIMES, OVENS) == ()  # one mixer: it is named


def test_no_question_when_the_question_chooses_or_asks_about_all():
    assert _options("How long is the warranty on the HH6?") == ()  # names a code
    assert _options("How long is the warranty on KSY-KDS22?") == ()  # names a SKU
    assert _options("What's the lead time on the Rotora?", LEAD_TIMES, OVENS) == ()  # names a brand word
    assert _options("What are the lead times on the ovens?", LEAD_TIMES, OVENS) == ()  # the plural: all of them


def test_no_question_when_the_items_agree_or_no_value_of_the_kind_is_asked():
    same = "- T15 Pro terminal: 36 months.\n- HH6 handheld: 36 months."
    assert _options("How long's the warranty?", same) == ()
    assert _options("How long's the warranty?", kinds=("money",)) == ()  # prices are read from the quote
    assert _options("How long's the warranty?", "All devices: 36 months from delivery.") == ()


def test_a_word_of_the_question_some_lines_have_chooses_them():
    items = [("Weighbridge WB-60, 18 m, 8 digital load cells", None), ("ANPR camera kit with IR illumination", None),
             ("KestrelWeigh software, site licence", None)]
    quoted = ("The warranty covers defects as follows:\n- Digital load cells (C4): 5 years.\n"
              "- Indicators and ANPR cameras: 2 years.\n- KestrelWeigh software: 12 months of updates.")
    assert _options("How long is the guarantee on the load cells?", quoted, items) == ()  # no quoted item named
    assert _options("How long is the warranty?", quoted, items) == (
        "ANPR camera kit with IR illumination", "KestrelWeigh software")  # the lead-in states no value
