"""`benchmarks.decision_offline`: held-out scenarios are never recorded, overrides must name a PolicyConfig field,
and a replay reports per group what the overrides change on recorded evidence."""

import pickle
from pathlib import Path

import pytest

from appliance.answering.decision import Evidence
from benchmarks import decision_offline
from benchmarks.scenarios_eval import HELD_OUT, ROOT


def test_a_held_out_scenario_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="held out"):
        decision_offline.record(ROOT / HELD_OUT[0], tmp_path)


def test_overrides_must_name_a_policy_field():
    assert decision_offline._overrides(["answer_threshold=0.5"]) == {"answer_threshold": 0.5}
    with pytest.raises(SystemExit):
        decision_offline._overrides(["no_such_threshold=1"])
    with pytest.raises(SystemExit):
        decision_offline._overrides(["answer_threshold="])


def test_replay_counts_what_a_threshold_changes(tmp_path: Path, capsys):
    vague = Evidence(intents={"vague": 0.45, "information": 0.55}, language="en", has_context=False,
                     pronoun_without_subject=False, asked_kinds=(), commercial_concepts=(), wordings=())
    rows = [("q1", "clarify", "en", "And this one?", vague, {})]
    (tmp_path / "some-scenario.pkl").write_bytes(pickle.dumps(rows))
    decision_offline.replay(tmp_path, ["vague_min=0.5"])  # 0.45 no longer asks back: handed off (no passages)
    out = capsys.readouterr().out
    assert "LOSS some-scenario q1 [en] expect=clarify clarify->handoff" in out
    assert "development: 1 -> 0 of 1" in out


def test_bad_input_is_refused_before_anything_runs(tmp_path, capsys):
    with pytest.raises(SystemExit):
        decision_offline.main(["record", str(tmp_path / "out")])
    with pytest.raises(SystemExit):
        decision_offline.main(["record", str(tmp_path / "out"), str(tmp_path)])  # no scenario.json
    assert not (tmp_path / "out").exists()
    with pytest.raises(SystemExit, match="no recorded evidence"):
        decision_offline.replay(tmp_path, [])
