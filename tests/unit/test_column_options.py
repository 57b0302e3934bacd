"""`column_options`: an answer that is a row of a comparison table (one value per column, the columns being
alternatives such as two models) asks back naming the columns, unless the question names one; rows whose cells are
different kinds of thing (an article number, a description, a price) are not alternatives."""

from appliance.answering.ambiguity import column_options, starts_mid_table, table_header
from appliance.answering.compose import extractive_answer, under_header
from appliance.retrieval.contracts import Passage, ScoredPassage

SPECS = ("| Parameter | Loader L-200 | Loader L-450 |\n|---|---|---|\n| Rated load | 200 kg | 450 kg |\n"
         "| Guarantee | 24 months | 36 months |\n| Paint | RAL 5010 | RAL 5010 |")


def _pool(*texts, starts=None):
    pool = []
    for number, text in enumerate(texts):
        start = starts[number] if starts else 0
        pool.append(ScoredPassage(Passage(id=f"p{number}", agent_id=1, doc_kind="source", doc_id=7, text=text,
                                          heading_path=("Datasheet",), start=start, end=start + len(text),
                                          title="datasheet.xlsx"), dense_score=0.6, dense_rank=number + 1))
    return pool


def _options(question, pool):
    return column_options(question, extractive_answer(question, pool), pool)


def test_a_row_with_one_value_per_model_names_the_models():
    assert _options("What is the guarantee?", _pool(SPECS)) == ("Loader L-200", "Loader L-450")


def test_a_question_naming_a_column_chose_it():
    assert _options("What is the guarantee on the L-450?", _pool(SPECS)) == ()


def test_a_row_whose_columns_agree_is_not_ambiguous():
    assert _options("Which paint colour is used?", _pool(SPECS)) == ()


def test_cells_of_different_kinds_are_not_alternatives():
    prices = ("| SKU | Description | Unit | List price |\n|---|---|---|---|\n"
              "| LD-200 | Loader L-200 with 2 forks | per unit | 12,400 |")
    assert _options("What is the list price of the loader?", _pool(prices)) == ()


def test_a_table_split_between_passages_takes_its_header_from_the_first_piece():
    first = "| Parameter | Loader L-200 | Loader L-450 |\n|---|---|---|\n| Rated load | 200 kg | 450 kg |"
    rest = "| Lift height | 3 m | 5 m |\n| Guarantee | 24 months | 36 months |"
    pool = _pool(rest, first, starts=[500, 0])
    assert _options("How long is the guarantee?", pool) == ("Loader L-200", "Loader L-450")


def test_without_the_first_piece_there_is_nothing_to_name():
    rest = "| Lift height | 3 m | 5 m |\n| Guarantee | 24 months | 36 months |"
    assert _options("How long is the guarantee?", _pool(rest, starts=[500])) == ()


def test_bare_numbers_in_attribute_columns_are_not_alternatives():
    rooms = "| Room | Theatre | Cabaret | Size |\n|---|---|---|---|\n| Quay Room | 120 | 64 | 150 m² |"
    assert _options("What's the capacity of the Quay Room?", _pool(rooms)) == ()


def test_a_passage_starting_mid_table_is_told_apart_from_one_with_its_header():
    rest = "| Lift height | 3 m | 5 m |\n| Guarantee | 24 months | 36 months |"
    answer = extractive_answer("How long is the guarantee?", _pool(rest, starts=[500]))
    assert starts_mid_table(answer)
    assert not starts_mid_table(extractive_answer("How long is the guarantee?", _pool(SPECS)))


def test_the_documents_passages_supply_the_header_of_a_split_table():
    first = "| Parameter | Loader L-200 | Loader L-450 |\n|---|---|---|\n| Rated load | 200 kg | 450 kg |"
    rest = "| Lift height | 3 m | 5 m |\n| Guarantee | 24 months | 36 months |"
    pool = _pool(rest, starts=[500])
    answer = extractive_answer("How long is the guarantee?", pool)
    document = [_pool(first)[0].passage, pool[0].passage]
    assert column_options("How long is the guarantee?", answer, document) == ("Loader L-200", "Loader L-450")


def test_a_question_naming_a_column_is_answered_with_that_column_alone():
    specs = ("| Parameter | Loader L-200 | Loader L-450 | Loader L-900 |\n|---|---|---|---|\n"
             "| Rated load | 200 kg | 450 kg | 900 kg |")
    answer = extractive_answer("What load does the L-450 take?", _pool(specs))
    assert answer is not None and "| Parameter | Loader L-450 |\n| Rated load | 450 kg |" in answer.text
    assert "200 kg" not in answer.text and "900 kg" not in answer.text
    # naming none of them: the whole row (the follow-up question then names the columns)
    assert "200 kg" in extractive_answer("What is the rated load?", _pool(specs)).text


def test_a_row_of_a_split_table_is_quoted_under_the_tables_header_and_named_column():
    first = ("| Parameter | Loader L-200 | Loader L-450 | Loader L-900 |\n|---|---|---|---|\n"
             "| Rated load | 200 kg | 450 kg | 900 kg |")
    rest = "| Lift height | 3 m | 5 m | 6 m |\n| Weight, empty | 310 kg | 520 kg | 980 kg |"
    pool = _pool(rest, starts=[500])
    document = [_pool(first)[0].passage, pool[0].passage]
    question = "Quanto pesa il Loader L-450 a vuoto?"  # the column named by its code, in any language
    answer = extractive_answer("How heavy is the Loader L-450 empty?", pool)
    assert answer is not None and starts_mid_table(answer)
    header = table_header(answer, document)
    assert header is not None and header.startswith("| Parameter |")
    quoted = under_header(question, answer, header)
    assert "| Parameter | Loader L-450 |\n| Weight, empty | 520 kg |" in quoted.text
    assert "310 kg" not in quoted.text and "980 kg" not in quoted.text
    assert quoted.citations == answer.citations  # the same cited span
    # naming no column: every column, now under the header that says which is which
    assert "| Parameter | Loader L-200 | Loader L-450 | Loader L-900 |" in under_header(
        "How heavy is it empty?", answer, header).text


def test_a_question_naming_another_value_column_chose_it():
    # car and shaft sizes are written alike (alternatives by shape); the question names the pit depth column
    shafts = ("| Model | Car size (W x D) | Min. shaft (W x D) | Pit depth |\n|---|---|---|---|\n"
              "| Lift C-2000 | 1500 x 2700 mm | 2300 x 3100 mm | 1200 mm |")
    assert _options("Pit depth for the C-2000?", _pool(shafts)) == ()
    assert _options("What are the dimensions of the C-2000?", _pool(shafts)) == ("Car size (W x D)",
                                                                          "Min. shaft (W x D)")


def test_a_column_named_by_all_its_words_is_chosen_though_each_word_is_in_another_label():
    dryers = ("| Specification | TD-35 E | TD-35 G | TD-70 E | TD-70 G |\n|---|---|---|---|---|\n"
              "| Exhaust duct diameter | 200 mm | 200 mm | 250 mm | 250 mm |")
    assert _options("Exhaust duct diameter on the TD-70 G?", _pool(dryers)) == ()
    assert _options("Exhaust duct diameter on the TD-70?", _pool(dryers)) != ()  # E or G: still to choose


def test_bare_numbers_under_model_numbers_are_alternatives():
    counts = ("| Specification | Hoist H 180 | Hoist H 205 |\n|---|---|---|\n| Lifts per full charge | 40 | 35 |\n"
              "| Colour | white | white |")
    assert _options("How many lifts per full charge does the hoist do?", _pool(counts)) == ("Hoist H 180",
                                                                                             "Hoist H 205")
    assert _options("How many lifts per full charge does the H 205 do?", _pool(counts)) == ()


def test_bare_numbers_under_labels_sharing_a_word_are_alternatives():
    plans = "| Limit | Basic plan | Premium plan |\n|---|---|---|\n| Users included | 10 | 50 |"
    assert _options("How many users are included?", _pool(plans)) == ("Basic plan", "Premium plan")


def test_figures_written_differently_under_model_columns_are_alternatives():
    ramps = ("| Specification | RX-30 folding ramp | RX-50 sliding ramp |\n|---|---|---|\n"
             "| Deck | Folding deck, 600 mm | Sliding deck, 1200 mm travel |")
    assert _options("How long is the deck on the ramp?", _pool(ramps)) == ("RX-30 folding ramp", "RX-50 sliding ramp")
    assert _options("How long is the deck on the sliding ramp?", _pool(ramps)) == ()
    # asked back, but a quote is not cut down to the named column on that reading: only cells written alike are
    from appliance.answering.compose import named_columns

    header, row = ramps.splitlines()[0], ramps.splitlines()[2]
    assert named_columns("How long is the deck on the sliding ramp?", header, row) == ()


def test_bare_numbers_under_alike_labels_stay_alternatives_beside_another_measure():
    from appliance.answering.compose import named_columns

    header = "| Model | Cabinet height (mm) | Room height needed (mm) | Fitting time |"
    row = "| CX-4 | 2,100 | 2,350 | 5 h |"
    # the two heights are readings of one thing; the fitting time is not, and does not hide them
    assert named_columns("What room height is needed for the CX-4?", header, row) == (0, 2, 3)


def test_one_price_per_period_is_no_two_readings():
    prices = ("| Licence | Price per month (EUR) | Price per year (EUR) |\n|---|---|---|\n"
              "| Core POS licence, per terminal | 29 | 348 |\n| Kitchen display licence | €12 | €144 |")
    assert _options("What does the Core POS licence cost per terminal?", _pool(prices)) == ()
    assert _options("What does the kitchen display licence cost?", _pool(prices)) == ()
    plans = ("| Licence | Basic plan (EUR) | Premium plan (EUR) |\n|---|---|---|\n"
             "| Core POS licence, per terminal | 29 | 48 |")
    assert _options("What does the Core POS licence cost per terminal?", _pool(plans)) == (
        "Basic plan (EUR)", "Premium plan (EUR)")


def test_a_minimum_and_a_recommended_value_are_no_two_readings():
    needs = ("| Connection | Minimum | Recommended |\n|---|---|---|\n"
             "| Internet bandwidth per restaurant | 10 Mbit/s | 20 Mbit/s |\n| Latency | 150 ms | 50 ms |")
    assert _options("What internet bandwidth do we need per restaurant?", _pool(needs)) == ()
    models = ("| Connection | Gateway G1 | Gateway G2 |\n|---|---|---|\n"
              "| Internet bandwidth per restaurant | 10 Mbit/s | 20 Mbit/s |")
    assert _options("What internet bandwidth do we need per restaurant?", _pool(models)) == ("Gateway G1",
                                                                                               "Gateway G2")
