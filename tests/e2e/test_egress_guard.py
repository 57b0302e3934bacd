"""The egress guard itself (tests/e2e/conftest.py): a process started with the e2e environment, and the Python
children it starts, cannot reach anything but loopback and the allowed destinations, and each attempt is
reported; so a test that fails on a reported attempt can fail."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

from tests.e2e.conftest import ALLOW_ENV, REPORT_ENV, allowed_destinations, new_violations

CHILD = textwrap.dedent("""
    import socket, subprocess, sys
    def attempt(what, action):
        try:
            action()
            print(what, "went through")
        except OSError as error:
            print(what, "refused:", error)
    server = socket.create_server(("127.0.0.1", 0))
    attempt("loopback", lambda: socket.create_connection(server.getsockname(), timeout=2).close())
    attempt("TEST-NET", lambda: socket.create_connection(("192.0.2.1", 80), timeout=2))
    attempt("dns", lambda: socket.getaddrinfo("example.com", 443))
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    attempt("udp", lambda: udp.sendto(b"x", ("198.51.100.7", 53)))
    if len(sys.argv) == 1:  # a grandchild, as a conversion worker would be, inherits the guard
        print(subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('203.0.113.9', 443), 2)"],
                             capture_output=True, text=True).stderr.strip().splitlines()[-1])
""")


def test_outside_destinations_are_refused_and_reported_in_children_too(egress_guard):
    result = subprocess.run([sys.executable, "-c", CHILD], env=dict(os.environ), capture_output=True, text=True,
                            timeout=60)
    out = result.stdout + result.stderr
    assert "loopback went through" in out, out
    for what in ("TEST-NET", "dns", "udp"):
        assert f"{what} refused: egress refused by the test guard" in out, out
    assert "OSError: egress refused by the test guard: socket.connect 203.0.113.9:443" in out, out
    reported = {(v["event"], v["host"]) for v in new_violations(egress_guard)}  # consumed: this test expects them
    assert reported == {("socket.connect", "192.0.2.1"), ("socket.getaddrinfo", "example.com"),
                        ("socket.sendto", "198.51.100.7"), ("socket.connect", "203.0.113.9")}


def test_the_pytest_process_is_guarded_while_a_test_runs(egress_guard):
    try:
        socket.create_connection(("192.0.2.44", 80), timeout=2)
    except OSError as error:
        assert "egress refused by the test guard" in str(error)
    else:  # pragma: no cover - the guard let it through
        raise AssertionError("an outside connection went through")
    assert [v["host"] for v in new_violations(egress_guard)] == ["192.0.2.44"]


def test_the_configured_model_server_and_database_are_allowed():
    environ = {"APPLIANCE_INFERENCE__BASE_URL": "http://vllm.internal:8001/v1",
               "APPLIANCE_DATABASE__URL": "postgresql+psycopg://app:pw@db.internal/appliance",
               "APPLIANCE_RETRIEVAL__VECTOR_URI": ""}
    assert allowed_destinations(environ) == {"vllm.internal:8001", "db.internal:5432"}
    assert os.environ[REPORT_ENV] and ALLOW_ENV in os.environ
