"""The guarded fetcher against real HTTP servers on 127.0.0.1 (and 127.0.0.2); DNS is an injected resolver.

Nothing here reaches the network: every connection goes to a loopback server started by the test, and the one test
that vets a global address connects through a network layer that refuses anything but 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

import httpcore
import pytest

from appliance.ingestion.fetch import AllowList, FetchRefused, GuardedFetcher, refusal, system_resolver
from appliance.settings import IngestionSettings

RELEASE = threading.Event()  # set at teardown so stalled handlers end


class Handler(BaseHTTPRequestHandler):
    server_label = "A"

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path, _, query = self.path.partition("?")
        if path == "/page":
            self._send(200, "<h1>Grüße</h1>".encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/whoami":
            label = self.server.label  # type: ignore[attr-defined]
            self._send(200, f"{label} {self.headers['Host']}".encode(), "text/plain")
        elif path == "/redirect":
            self._send(302, b"", Location=unquote(query.removeprefix("to=")))
        elif path == "/loop":
            self._send(301, b"", Location="/loop")
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the fetcher must count while streaming
            for _ in range(64):
                self.wfile.write(b"x" * 16384)
        elif path == "/big-declared":
            self._send(200, b"y" * 5000)
        elif path == "/stall":
            RELEASE.wait(30)
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self._send(404, b"not here")


def _serve(address: str, port: int, label: str) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((address, port), Handler)
    server.daemon_threads = True
    server.label = label  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[int, bool]]:
    """A server on 127.0.0.1:port (label A) and, where the OS allows, one on 127.0.0.2 with the same port (B)."""
    RELEASE.clear()
    first = _serve("127.0.0.1", 0, "A")
    port = first.server_address[1]
    try:
        second: ThreadingHTTPServer | None = _serve("127.0.0.2", port, "B")
    except OSError:
        second = None
    yield port, second is not None
    RELEASE.set()
    for server in (first, second):
        if server is not None:
            server.shutdown()
            server.server_close()


@pytest.fixture
def port(servers: tuple[int, bool]) -> int:
    return servers[0]


def settings(**overrides: object) -> IngestionSettings:
    return IngestionSettings(**{"fetch_timeout_seconds": 10.0, **overrides})


class Resolver:
    """A DNS stand-in: answers per host, one answer per call (the last repeats), and counts calls."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "not known")
        sequence = self.answers[host]
        return sequence[min(len(self.calls) - 1, len(sequence) - 1)]


class LoopbackOnlyNetwork(httpcore.AsyncNetworkBackend):
    """The real socket layer, except that it records every connect and refuses all but 127.0.0.1."""

    def __init__(self) -> None:
        self.inner = httpcore.AnyIOBackend()
        self.connected: list[str] = []

    async def connect_tcp(self, host: str, port: int, **kwargs: object) -> httpcore.AsyncNetworkStream:
        self.connected.append(host)
        if host != "127.0.0.1":
            raise httpcore.ConnectError("the test network only reaches 127.0.0.1")
        return await self.inner.connect_tcp(host, port, **kwargs)  # type: ignore[arg-type]

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


async def refused(fetcher: GuardedFetcher, url: str, **kwargs: object) -> str:
    with pytest.raises(FetchRefused) as caught:
        await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]
    return caught.value.reason


# --- the address policy --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("10.0.0.5", "refused: 10.0.0.5 is a private address"),
        ("192.168.1.20", "refused: 192.168.1.20 is a private address"),
        ("100.64.3.4", "refused: 100.64.3.4 is a private address"),
        ("127.0.0.1", "refused: 127.0.0.1 is a loopback address"),
        ("::1", "refused: ::1 is a loopback address"),
        ("::ffff:127.0.0.1", "refused: ::ffff:7f00:1 is a loopback address"),
        ("64:ff9b::7f00:1", "refused: 64:ff9b::7f00:1 is a loopback address"),
        ("169.254.169.254", "refused: 169.254.169.254 is a cloud metadata address"),
        ("::ffff:169.254.169.254", "refused: ::ffff:a9fe:a9fe is a cloud metadata address"),
        ("fd00:ec2::254", "refused: fd00:ec2::254 is a cloud metadata address"),
        ("169.254.10.1", "refused: 169.254.10.1 is a link-local address"),
        ("fe80::1", "refused: fe80::1 is a link-local address"),
        ("0.0.0.0", "refused: 0.0.0.0 is an unspecified address"),
        ("224.0.0.1", "refused: 224.0.0.1 is a multicast address"),
        ("240.0.0.1", "refused: 240.0.0.1 is a reserved address"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_policy_without_allow_list(address: str, expected: str | None) -> None:
    assert refusal("example.test", ipaddress.ip_address(address), AllowList.parse([])) == expected


def test_networks_open_private_ranges_but_never_loopback_link_local_or_metadata() -> None:
    broad = AllowList.parse(["10.0.0.0/8", "0.0.0.0/0", "::/0", "169.254.0.0/16", "fc00::/7"])
    assert refusal("wiki.corp", ipaddress.ip_address("10.1.2.3"), broad) is None
    assert refusal("x", ipaddress.ip_address("127.0.0.1"), broad) == "refused: 127.0.0.1 is a loopback address"
    assert refusal("x", ipaddress.ip_address("169.254.169.254"), broad) is not None
    assert refusal("x", ipaddress.ip_address("fd00:ec2::254"), broad) is not None


def test_names_and_exact_addresses_open_loopback() -> None:
    listed = AllowList.parse(["Wiki.Corp.", "127.0.0.1", "[::1]"])
    assert refusal("wiki.corp", ipaddress.ip_address("127.0.0.5"), listed) is None
    assert refusal("other", ipaddress.ip_address("127.0.0.1"), listed) is None
    assert refusal("other", ipaddress.ip_address("::ffff:127.0.0.1"), listed) is None
    assert refusal("other", ipaddress.ip_address("::1"), listed) is None
    assert refusal("other", ipaddress.ip_address("127.0.0.2"), listed) == "refused: 127.0.0.2 is a loopback address"


# --- fetching ------------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_loopback_is_refused_by_default(port: int) -> None:
    reason = await refused(GuardedFetcher(settings()), f"http://127.0.0.1:{port}/page")
    assert reason == "refused: 127.0.0.1 is a loopback address"


@pytest.mark.asyncio
async def test_listed_loopback_is_fetched(port: int) -> None:
    for fetcher in (
        GuardedFetcher(settings(), extra_allowed=("127.0.0.1",)),
        GuardedFetcher(settings(fetch_allow_hosts=["127.0.0.1"])),
    ):
        resource = await fetcher.fetch(f"http://127.0.0.1:{port}/page")
        assert resource.status == 200
        assert resource.content_type == "text/html"
        assert resource.charset == "iso-8859-1"
        assert resource.body.decode(resource.charset) == "<h1>Grüße</h1>"
        assert resource.final_url == resource.url == f"http://127.0.0.1:{port}/page"


@pytest.mark.asyncio
async def test_broad_network_does_not_open_loopback(port: int) -> None:
    fetcher = GuardedFetcher(settings(fetch_allow_hosts=["0.0.0.0/0", "127.0.0.0/8"]))
    assert await refused(fetcher, f"http://127.0.0.1:{port}/page") == "refused: 127.0.0.1 is a loopback address"


@pytest.mark.asyncio
async def test_hostname_listed_by_name_sends_its_host_header(port: int) -> None:
    resolver = Resolver({"intranet.test": [["127.0.0.1"]]})
    fetcher = GuardedFetcher(settings(), extra_allowed=("intranet.test",), resolver=resolver)
    resource = await fetcher.fetch(f"http://Intranet.Test:{port}/whoami", accept=("text/plain",))
    assert resource.body == f"A intranet.test:{port}".encode()
    unlisted = GuardedFetcher(settings(), resolver=resolver)
    reason = await refused(unlisted, f"http://intranet.test:{port}/whoami", accept=("text/plain",))
    assert reason == "refused: 127.0.0.1 is a loopback address"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "javascript:alert(1)", "//127.0.0.1/x"],
)
async def test_only_http_and_https(url: str) -> None:
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",))
    assert await refused(fetcher, url) == "refused: only http and https URLs are allowed"


@pytest.mark.asyncio
async def test_credentials_in_url_are_refused(port: int) -> None:
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",))
    reason = await refused(fetcher, f"http://admin:secret@127.0.0.1:{port}/page")
    assert reason == "refused: URLs with credentials are not allowed"
    assert "secret" not in reason


@pytest.mark.asyncio
async def test_redirects_are_followed_and_rechecked(port: int) -> None:
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",))
    resource = await fetcher.fetch(f"http://127.0.0.1:{port}/redirect?to=/page")
    assert resource.final_url == f"http://127.0.0.1:{port}/page"
    assert resource.url == f"http://127.0.0.1:{port}/redirect?to=/page"

    for target, reason in [
        ("http://10.0.0.5/admin", "refused: 10.0.0.5 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a cloud metadata address"),
        (f"http://127.0.0.2:{port}/page", "refused: 127.0.0.2 is a loopback address"),
        ("http://[::ffff:7f00:2]/", "refused: ::ffff:7f00:2 is a loopback address"),
        ("file:///etc/passwd", "refused: only http and https URLs are allowed"),
    ]:
        assert await refused(fetcher, f"http://127.0.0.1:{port}/redirect?to={target}") == reason


@pytest.mark.asyncio
async def test_redirect_to_a_name_resolves_and_checks_that_name(port: int) -> None:
    resolver = Resolver({"evil.test": [["10.9.8.7"]]})
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",), resolver=resolver)
    reason = await refused(fetcher, f"http://127.0.0.1:{port}/redirect?to=http://evil.test/")
    assert reason == "refused: 10.9.8.7 is a private address"
    assert resolver.calls == ["evil.test"]


@pytest.mark.asyncio
async def test_redirect_loop_and_limit(port: int) -> None:
    fetcher = GuardedFetcher(settings(fetch_max_redirects=3), extra_allowed=("127.0.0.1",))
    assert await refused(fetcher, f"http://127.0.0.1:{port}/loop") == "refused: too many redirects"
    none_allowed = GuardedFetcher(settings(fetch_max_redirects=0), extra_allowed=("127.0.0.1",))
    reason = await refused(none_allowed, f"http://127.0.0.1:{port}/redirect?to=/page")
    assert reason == "refused: too many redirects"


@pytest.mark.asyncio
async def test_size_limit_while_streaming_and_declared(port: int) -> None:
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",))
    reason = await refused(fetcher, f"http://127.0.0.1:{port}/big", max_bytes=100_000)
    assert reason == "refused: larger than 97.7 KB"
    assert await refused(fetcher, f"http://127.0.0.1:{port}/big-declared", max_bytes=4000) == (
        "refused: larger than 3.91 KB"
    )
    whole = await fetcher.fetch(f"http://127.0.0.1:{port}/big", max_bytes=2 * 1024 * 1024)
    assert len(whole.body) == 64 * 16384
    small_settings = GuardedFetcher(settings(max_file_bytes=50 * 1024 * 1024), extra_allowed=("127.0.0.1",))
    assert len((await small_settings.fetch(f"http://127.0.0.1:{port}/big")).body) == 64 * 16384


@pytest.mark.asyncio
async def test_stalling_server_times_out(port: int) -> None:
    fetcher = GuardedFetcher(settings(fetch_timeout_seconds=0.5), extra_allowed=("127.0.0.1",))
    assert await refused(fetcher, f"http://127.0.0.1:{port}/stall") == "failed: timed out after 0.5 s"


@pytest.mark.asyncio
async def test_content_type_must_be_accepted(port: int) -> None:
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",))
    reason = await refused(fetcher, f"http://127.0.0.1:{port}/image")
    assert reason == "refused: content type image/png is not accepted"
    image = await fetcher.fetch(f"http://127.0.0.1:{port}/image", accept=("image/*",))
    assert image.content_type == "image/png"
    assert image.body.startswith(b"\x89PNG")


@pytest.mark.asyncio
async def test_http_errors_and_unknown_hosts(port: int) -> None:
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",), resolver=Resolver({}))
    assert await refused(fetcher, f"http://127.0.0.1:{port}/missing") == "failed: HTTP 404"
    assert await refused(fetcher, "https://no-such-host.test/") == "failed: host not found"


@pytest.mark.asyncio
async def test_closed_port_fails_to_connect() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    fetcher = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",))
    assert await refused(fetcher, f"http://127.0.0.1:{free_port}/") == "failed: could not connect to 127.0.0.1"


@pytest.mark.asyncio
async def test_dns_answer_mixing_global_and_loopback_is_refused(port: int) -> None:
    resolver = Resolver({"mixed.test": [["93.184.215.14", "127.0.0.1"]]})
    fetcher = GuardedFetcher(settings(), resolver=resolver)
    assert await refused(fetcher, f"http://mixed.test:{port}/page") == "refused: 127.0.0.1 is a loopback address"


@pytest.mark.asyncio
async def test_rebinding_connects_to_the_checked_global_address_not_a_second_answer(port: int) -> None:
    """DNS answers a global address, then loopback: the fetcher must connect to the global one it checked."""
    resolver = Resolver({"rebind.test": [["93.184.215.14"], ["127.0.0.1"]]})
    network = LoopbackOnlyNetwork()
    fetcher = GuardedFetcher(settings(), resolver=resolver, network=network)
    reason = await refused(fetcher, f"http://rebind.test:{port}/whoami", accept=("text/plain",))
    assert reason == "failed: could not connect to rebind.test"
    assert network.connected == ["93.184.215.14"]
    assert resolver.calls == ["rebind.test"]


@pytest.mark.asyncio
async def test_rebinding_between_two_real_servers(servers: tuple[int, bool]) -> None:
    """Server A on 127.0.0.1 and B on 127.0.0.2 share a port; DNS says A, then B: the body must come from A."""
    port, second_server = servers
    if not second_server:
        pytest.skip("this system cannot listen on 127.0.0.2")
    resolver = Resolver({"rebind.test": [["127.0.0.1"], ["127.0.0.2"]]})
    fetcher = GuardedFetcher(settings(), extra_allowed=("rebind.test",), resolver=resolver)
    resource = await fetcher.fetch(f"http://rebind.test:{port}/whoami", accept=("text/plain",))
    assert resource.body == f"A rebind.test:{port}".encode()
    assert resolver.calls == ["rebind.test"]


@pytest.mark.asyncio
async def test_system_resolver_on_an_address_literal() -> None:
    assert await system_resolver("127.0.0.1", 80) == ["127.0.0.1"]


# --- https: the pinned connection still speaks TLS to the hostname -------------------------------------------------


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path, list[str | None]]]:
    """An https server on 127.0.0.1 whose certificate (from a throwaway CA) names helios.test; records SNI."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificates")
    folder = tmp_path_factory.mktemp("tls")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=Fetch Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
             "-subj", "/CN=helios.test", cwd=folder)  # fmt: skip
    (folder / "leaf.ext").write_text("basicConstraints=CA:FALSE\nsubjectAltName=DNS:helios.test\n")
    _openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "leaf.pem", "-days", "2", "-extfile", "leaf.ext", cwd=folder)  # fmt: skip
    seen_sni: list[str | None] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "leaf.pem", folder / "leaf.key")
    context.sni_callback = lambda sock, name, ctx: seen_sni.append(name)  # type: ignore[assignment]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.label = "TLS"  # type: ignore[attr-defined]
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], folder / "ca.pem", seen_sni
    server.shutdown()
    server.server_close()


@pytest.mark.asyncio
async def test_https_to_the_pinned_address_uses_the_hostname_for_sni_and_verification(
    tls_server: tuple[int, Path, list[str | None]],
) -> None:
    port, ca, seen_sni = tls_server
    trusting = ssl.create_default_context(cafile=str(ca))
    resolver = Resolver({"helios.test": [["127.0.0.1"]]})
    fetcher = GuardedFetcher(settings(), extra_allowed=("helios.test",), ssl_context=trusting, resolver=resolver)
    resource = await fetcher.fetch(f"https://helios.test:{port}/whoami", accept=("text/plain",))
    assert resource.body == f"TLS helios.test:{port}".encode()
    assert seen_sni[-1] == "helios.test"


@pytest.mark.asyncio
async def test_https_certificate_must_match_and_be_trusted(tls_server: tuple[int, Path, list[str | None]]) -> None:
    port, ca, _ = tls_server
    trusting = ssl.create_default_context(cafile=str(ca))
    by_address = GuardedFetcher(settings(), extra_allowed=("127.0.0.1",), ssl_context=trusting)
    reason = await refused(by_address, f"https://127.0.0.1:{port}/whoami", accept=("text/plain",))
    assert reason == "failed: the TLS connection to 127.0.0.1 could not be verified"
    resolver = Resolver({"helios.test": [["127.0.0.1"]]})
    untrusting = GuardedFetcher(settings(), extra_allowed=("helios.test",), resolver=resolver)
    reason = await refused(untrusting, f"https://helios.test:{port}/whoami", accept=("text/plain",))
    assert reason == "failed: the TLS connection to helios.test could not be verified"
