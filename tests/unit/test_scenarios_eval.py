"""`benchmarks.scenarios_eval`: totals per group, and a diff that never prints a held-out scenario's questions."""

import json

from benchmarks import scenarios_eval


def _report(tmp_path, run, name, decisions):
    folder = tmp_path / run
    folder.mkdir(exist_ok=True)
    questions = [{"id": f"q{i}", "question": f"secret question {i} of {name}", "expect": "answer", "decision": d,
                  "correct": d == "answer", "language": "en", "cited_sources": [], "expected_sources": ["quote"],
                  "facts": [], "facts_found": [], "answer": f"{d} text"} for i, d in enumerate(decisions)]
    (folder / f"{name}.json").write_text(json.dumps({"per_question": questions}))
    return folder


def test_a_held_out_scenario_shows_only_how_many_questions_changed(tmp_path, capsys):
    held = scenarios_eval.HELD_OUT[0].rsplit("/", 1)[1]
    before = _report(tmp_path, "before", held, ["answer", "answer"])
    _report(tmp_path, "before", "helios-solar", ["answer", "handoff"])
    after = _report(tmp_path, "after", held, ["answer", "handoff"])
    _report(tmp_path, "after", "helios-solar", ["answer", "answer"])
    scenarios_eval.diff(before, after)
    out = capsys.readouterr().out
    assert f"held out {held}: 1 changed (expect=answer answer->handoff [en])" in out
    assert f"of {held}" not in out  # its question is not printed
    assert "secret question 1 of helios-solar" in out  # a development question is


def test_totals_count_right_decisions_per_group(tmp_path, capsys):
    held = scenarios_eval.HELD_OUT[0].rsplit("/", 1)[1]
    run = _report(tmp_path, "run", held, ["answer", "handoff", "answer"])
    _report(tmp_path, "run", "helios-solar", ["answer", "answer"])
    _report(tmp_path, "run", "agrivia-irrigation", ["handoff"])
    scenarios_eval.totals([run])
    rows = {line[:46].strip(): line[46:].strip() for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows == {"development": "2/2", "calibration": "0/1", f"held out: {held}": "2/3"}
