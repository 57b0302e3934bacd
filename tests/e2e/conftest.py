"""Every e2e test runs with the egress guard (tests/e2e/netguard/sitecustomize.py): the appliance processes the
tests start, and their Python children, may connect only to loopback and to the configured model server and
database. A test during which any of them tried anything else fails with what was attempted, where and by whom.
The pytest process arms the same hook while a test runs, for the appliances the tests run in-process; Chromium is
not a Python process and is not measured (it is the test's tool, not the appliance)."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

GUARD_DIR = Path(__file__).parent / "netguard"
REPORT_ENV = "APPLIANCE_NETGUARD_REPORT"
ALLOW_ENV = "APPLIANCE_NETGUARD_ALLOW"
_STATE: dict[str, object] = {"module": None}


def _guard_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("appliance_test_netguard", GUARD_DIR / "sitecustomize.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def allowed_destinations(environ: dict[str, str]) -> frozenset[str]:
    """host:port of the configured model server and database (loopback is always allowed)."""
    allowed = set()
    for name in ("APPLIANCE_INFERENCE__BASE_URL", "APPLIANCE_DATABASE__URL", "APPLIANCE_RETRIEVAL__VECTOR_URI"):
        value = environ.get(name, "")
        if "://" in value and not value.startswith("sqlite"):
            parts = urlsplit(value.replace("+psycopg", ""))
            if parts.hostname:
                default = {"http": 80, "https": 443, "postgresql": 5432}.get(parts.scheme.split("+")[0], 0)
                allowed.add(f"{parts.hostname}:{parts.port or default}")
    return frozenset(allowed)


@pytest.fixture(scope="session", autouse=True)
def egress_guard(tmp_path_factory) -> Iterator[Path]:
    """Set up before any e2e app starts: the report file and the environment the app processes inherit."""
    report = tmp_path_factory.mktemp("netguard") / "violations.jsonl"
    report.touch()
    allow = allowed_destinations(dict(os.environ))
    saved = {name: os.environ.get(name) for name in (REPORT_ENV, ALLOW_ENV, "PYTHONPATH")}
    os.environ[REPORT_ENV] = str(report)
    os.environ[ALLOW_ENV] = ",".join(sorted(allow))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(GUARD_DIR), saved["PYTHONPATH"]]))
    guard = _guard_module()
    guard.install(str(report), allow, armed=False)
    _STATE.update(module=guard)
    try:
        yield report
    finally:
        guard.arm(False)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture(autouse=True)
def no_egress(egress_guard: Path) -> Iterator[None]:
    """Fails the test if any guarded process tried to reach the outside since the previous check (an app started
    by a module fixture is checked with the first test that uses it)."""
    guard = egress_guard_module()
    guard.arm(True)
    try:
        yield
    finally:
        guard.arm(False)
    violations = new_violations(egress_guard)
    if violations:
        lines = [f"{v['event']} {v['host']}:{v['port']} by pid {v['pid']} {' '.join(v['argv'])}\n"
                 f"{''.join(v['stack'][-3:])}" for v in violations[:5]]
        pytest.fail("the appliance tried to reach the outside (only loopback, the model server and the database "
                    "are allowed):\n" + "\n".join(lines))


def egress_guard_module():  # type: ignore[no-untyped-def]
    return _STATE["module"]


def new_violations(report: Path) -> list[dict]:  # type: ignore[type-arg]
    """The attempts reported since the last call (the read position is kept beside the report)."""
    position = report.with_suffix(".read")
    offset = int(position.read_text()) if position.exists() else 0
    with report.open("rb") as handle:
        handle.seek(offset)
        data = handle.read()
    complete = data[: data.rfind(b"\n") + 1]
    position.write_text(str(offset + len(complete)))
    return [json.loads(line) for line in complete.splitlines() if line.strip()]
