"""The e2e suite's egress guard, loaded by every Python process the appliance starts under test.

The e2e fixtures put this folder first on PYTHONPATH and set APPLIANCE_NETGUARD_REPORT, so Python imports this
module at start-up (``sitecustomize``) in the appliance process and in every Python child it starts (conversion
workers inherit the environment). An audit hook then sees every ``socket.connect`` / ``sendto`` / ``sendmsg`` and
every name resolution: a destination other than loopback, a Unix socket or an allowed ``host:port``
(APPLIANCE_NETGUARD_ALLOW: the configured model server and database) is written to the report file as one JSON line
and refused with an OSError, so nothing leaves the box even while the test runs. tests/e2e/conftest.py fails the
test during which a line appears. Chromium is not a Python process: the browser (the test's tool) is not measured.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import sys
import traceback

REPORT_ENV = "APPLIANCE_NETGUARD_REPORT"
ALLOW_ENV = "APPLIANCE_NETGUARD_ALLOW"
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}

_state = {"report": "", "allow": frozenset(), "armed": False, "busy": False}


def install(report: str, allow: frozenset[str], *, armed: bool = True) -> None:
    """Install the hook once per process (audit hooks cannot be removed; ``arm`` switches it on and off)."""
    first = not _state["report"]
    _state.update(report=report, allow=allow, armed=armed)
    if first:
        sys.addaudithook(_hook)


def arm(on: bool) -> None:
    _state["armed"] = on


def allowed(host: str, port: object) -> bool:
    host = str(host).strip("[]").split("%", 1)[0].lower()
    if f"{host}:{port}" in _state["allow"] or host in _state["allow"]:
        return True
    if host in LOCAL_NAMES or host == socket.gethostname().lower():
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name other than the local ones: resolving it would ask a DNS server


def _hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    if not _state["armed"] or _state["busy"]:
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[-1]
        if getattr(sock, "family", None) == socket.AF_UNIX or not isinstance(address, tuple) or not address:
            return
        host, port = address[0], address[1] if len(address) > 1 else None
    elif event == "socket.getaddrinfo":
        host, port = args[0], args[1]
        if host is None:
            return
        if isinstance(host, bytes):
            host = host.decode(errors="replace")
        try:
            ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
            return  # an address, not a name: no DNS query; the connect that follows is checked
        except ValueError:
            pass
    else:
        return
    if allowed(host, port):
        return
    _report(event, host, port)
    raise OSError(f"egress refused by the test guard: {event} {host}:{port}")


def _report(event: str, host: object, port: object) -> None:
    _state["busy"] = True
    try:
        line = json.dumps({"pid": os.getpid(), "argv": sys.argv[:4], "event": event, "host": str(host),
                           "port": port if isinstance(port, int) else str(port),
                           "stack": traceback.format_stack(limit=8)[:-2]})
        with open(_state["report"], "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    finally:
        _state["busy"] = False


if os.environ.get(REPORT_ENV):
    install(os.environ[REPORT_ENV], frozenset(filter(None, os.environ.get(ALLOW_ENV, "").split(","))))
