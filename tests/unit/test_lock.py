"""The locks in requirements/ cover pyproject.toml, and the lock checker finds what differs."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from appliance.lockfile import Difference, differences, installed_versions, normalise, read_lock

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "appliance.lock"


def _project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        wanted += [Requirement(r) for r in extra]
    return wanted


def test_every_project_dependency_is_locked_at_a_version_it_accepts():
    lock = read_lock(LOCK)
    problems = []
    for requirement in _project_requirements():
        name = normalise(requirement.name)
        if name == "torch":  # installed first, from the CPU wheel (scripts/setup)
            continue
        if name not in lock:
            problems.append(f"{requirement} is not in the lock")
        elif not requirement.specifier.contains(lock[name], prereleases=True):
            problems.append(f"{requirement} does not accept the locked {lock[name]}")
    assert not problems, "run scripts/lock after changing pyproject.toml: " + "; ".join(problems)


def test_no_lock_holds_a_cuda_build():
    for path in (ROOT / "requirements").glob("*.lock"):
        names = read_lock(path)
        assert not [n for n in names if n.startswith("nvidia-") or n == "torch"], path.name


def test_the_checker_reports_missing_and_different_versions():
    lock = {"transformers": "5.23.0", "torch": "2.13.0", "flagembedding": "1.4.2"}
    installed = {"transformers": "5.24.0", "torch": "2.13.0+cpu"}
    assert differences(lock, installed) == [
        Difference("flagembedding", "1.4.2", None),
        Difference("transformers", "5.23.0", "5.24.0"),
    ]
    assert str(differences(lock, installed)[1]) == "transformers is 5.24.0, the lock says 5.23.0"
    assert differences({"torch": "2.13.0+cpu"}, {"torch": "2.13.0"}) == [Difference("torch", "2.13.0+cpu", "2.13.0")]


def test_read_lock_refuses_a_file_without_pins(tmp_path):
    empty = tmp_path / "x.lock"
    empty.write_text("# nothing\n")
    with pytest.raises(ValueError, match="pins no package"):
        read_lock(empty)
    pinned = tmp_path / "y.lock"
    pinned.write_text("Flag_Embedding==1.4.2 \\\n    --hash=sha256:ab\nuvicorn[standard]==0.30.0 ; python_version>='3'\n")
    assert read_lock(pinned) == {"flag-embedding": "1.4.2", "uvicorn": "0.30.0"}


def test_this_environment_is_the_locked_one():
    """What CI proves is what a fresh install gets: the test environment must equal the lock."""
    found = differences(read_lock(LOCK), installed_versions())
    if found and os.environ.get("CI") != "true":
        pytest.skip("this development environment differs from the lock (CI fails here): "
                    + "; ".join(map(str, found[:5])))
    assert not found, "; ".join(map(str, found))
