"""The guarded URL fetcher: URL ingestion and avatar-by-URL reach the web through this, and only this.

Rules, checked on the first URL and again on every redirect hop:

* http and https only; no ``user:password@`` in the URL.
* The host is resolved once (``getaddrinfo`` in a worker thread, or the injected resolver). Every address it
  resolves to must pass the address policy below, else the URL is refused: a DNS answer that mixes a public and
  a private address is refused as a whole.
* The connection goes to an address that was checked: the socket layer is pinned to the vetted addresses, so
  nothing resolves the name a second time (DNS rebinding). The request still carries the original ``Host``
  header, and https uses the hostname for SNI and certificate verification.
* Redirects are followed by hand, at most ``fetch_max_redirects`` of them; the whole fetch (every hop, the body
  included) must end within ``fetch_timeout_seconds``; the body is streamed and the fetch stops as soon as it
  passes ``max_bytes``; the content type must be one of ``accept`` (``image/*`` style wildcards allowed).

Address policy (an address is taken as the IPv4 address it embeds when it is IPv4-mapped, NAT64 or 6to4):

* Global addresses are allowed.
* Unspecified, multicast and reserved addresses are always refused.
* Loopback and link-local addresses, and cloud metadata addresses (169.254.169.254, fd00:ec2::254,
  100.100.100.200), are allowed only when the URL's hostname is listed by name or the address is listed exactly
  (``127.0.0.1``, ``::1``). A network in the allow-list never opens them: listing ``0.0.0.0/0`` or ``10.0.0.0/8``
  must not hand out the metadata service or the appliance's own loopback ports.
* Other non-global addresses (private, shared, documentation ranges) are allowed when the hostname is listed, or
  the address is listed, or it lies in a listed network (``10.20.0.0/16``).

The allow-list is ``settings.fetch_allow_hosts`` plus the ``extra_allowed`` given by the caller (the evaluation
harness lists its own ``127.0.0.1`` server that way). Every refusal or failure is a ``FetchRefused`` whose
``reason`` is shown to the admin as is.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import typing
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from urllib.parse import quote, urljoin, urlsplit

import httpcore

from appliance.settings import IngestionSettings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]

DEFAULT_ACCEPT = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
USER_AGENT = "closing-agent-appliance (knowledge fetcher)"


class FetchRefused(Exception):
    """A URL was not fetched. ``reason`` starts with "refused:" (policy) or "failed:" (network, HTTP status)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FetchedResource:
    url: str
    final_url: str
    status: int
    content_type: str  # media type, lower case, without parameters
    body: bytes
    charset: str | None


async def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses, from ``getaddrinfo`` run in a worker thread (it blocks)."""
    infos = await asyncio.to_thread(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


# --- address policy ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AllowList:
    """Hostnames (lower case, no trailing dot), exact addresses and networks that may be reached although not global."""

    hosts: frozenset[str]
    addresses: frozenset[IPAddress]
    networks: tuple[IPNetwork, ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        hosts: set[str] = set()
        addresses: set[IPAddress] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().lower().rstrip(".").strip("[]")
            if not entry:
                continue
            try:
                if "/" in entry:
                    networks.append(ipaddress.ip_network(entry, strict=False))
                else:
                    addresses.add(_effective(ipaddress.ip_address(entry)))
            except ValueError:
                hosts.add(entry)
        return cls(frozenset(hosts), frozenset(addresses), tuple(networks))


def _effective(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4), else the address itself."""
    if isinstance(address, ipaddress.IPv6Address):
        address = ipaddress.IPv6Address(address.compressed.split("%")[0])  # drop any scope id
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if address.sixtofour is not None:
            return address.sixtofour
    return address


def refusal(host: str, address: IPAddress, allow: AllowList) -> str | None:
    """Why ``host`` resolved to ``address`` may not be reached, or None if it may."""
    shown = str(address)
    address = _effective(address)
    by_name = host in allow.hosts or address in allow.addresses
    if address.is_unspecified or address.is_multicast:
        kind = "an unspecified" if address.is_unspecified else "a multicast"
        return f"refused: {shown} is {kind} address"
    if address in METADATA_ADDRESSES:
        return None if by_name else f"refused: {shown} is a cloud metadata address"
    if address.is_loopback:
        return None if by_name else f"refused: {shown} is a loopback address"
    if address.is_link_local:
        return None if by_name else f"refused: {shown} is a link-local address"
    if address.is_reserved:  # after loopback: ::1 lies in the reserved ::/8
        return f"refused: {shown} is a reserved address"
    if address.is_global:
        return None
    if by_name or any(address in network for network in allow.networks):
        return None
    return f"refused: {shown} is a private address"


# --- the fetcher ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # lower case, IDNA-encoded, no brackets
    port: int
    request_target: str  # path and query, percent-encoded


def _parse(url: str) -> _Target:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused("refused: only http and https URLs are allowed")
    if parts.username is not None or parts.password is not None:
        raise FetchRefused("refused: URLs with credentials are not allowed")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
        host = (parts.hostname or "").rstrip(".")
        host = host if _is_ip(host) else host.encode("idna").decode("ascii").lower()
    except (ValueError, UnicodeError) as error:
        raise FetchRefused("refused: the URL is not valid") from error
    if not host:
        raise FetchRefused("refused: the URL has no host")
    safe = "/%:@!$&'()*+,;=-._~"
    request_target = quote(parts.path or "/", safe=safe)
    if parts.query:
        request_target += "?" + quote(parts.query, safe=safe + "?")
    return _Target(url, scheme, host, port, request_target)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _size(count: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count} bytes"


def _accepted(media_type: str, accept: tuple[str, ...]) -> bool:
    for pattern in accept:
        pattern = pattern.lower()
        if pattern == media_type or (pattern.endswith("/*") and media_type.startswith(pattern[:-1])):
            return True
    return False


class GuardedFetcher:
    """Fetches one URL under the rules in this module's docstring. Cheap to build; one per app is enough.

    ``ssl_context`` verifies https servers (default: the certifi CA bundle, as httpx does; pass one that trusts an
    intranet CA if needed). ``resolver`` replaces DNS (tests); ``network`` is the httpcore socket layer under the
    pinning (tests pass one that records where it connects). Neither is needed in production.
    """

    def __init__(
        self,
        settings: IngestionSettings,
        *,
        extra_allowed: tuple[str, ...] = (),
        ssl_context: ssl.SSLContext | None = None,
        resolver: Resolver | None = None,
        network: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._settings = settings
        self._allow = AllowList.parse([*settings.fetch_allow_hosts, *extra_allowed])
        self._ssl_context = ssl_context
        self._resolve = resolver or system_resolver
        self._network = network

    async def fetch(
        self, url: str, *, max_bytes: int | None = None, accept: tuple[str, ...] = DEFAULT_ACCEPT
    ) -> FetchedResource:
        limit = max_bytes if max_bytes is not None else self._settings.max_file_bytes
        seconds = self._settings.fetch_timeout_seconds
        try:
            async with asyncio.timeout(seconds):
                return await self._follow(url, limit, accept)
        except TimeoutError as error:
            raise FetchRefused(f"failed: timed out after {seconds:g} s") from error

    async def _follow(self, url: str, limit: int, accept: tuple[str, ...]) -> FetchedResource:
        current = url
        for _ in range(self._settings.fetch_max_redirects + 1):
            target = _parse(current)
            addresses = await self._vet(target)
            location, resource = await self._get(target, addresses, limit, accept)
            if resource is not None:
                return replace(resource, url=url)
            current = urljoin(current, location)
        raise FetchRefused("refused: too many redirects")

    async def _vet(self, target: _Target) -> list[str]:
        """The addresses of the target's host, every one of them allowed; refuses otherwise."""
        if _is_ip(target.host):
            resolved = [target.host]
        else:
            try:
                resolved = await self._resolve(target.host, target.port)
            except (socket.gaierror, UnicodeError) as error:
                raise FetchRefused("failed: host not found") from error
        if not resolved:
            raise FetchRefused("failed: host not found")
        for text in resolved:
            reason = refusal(target.host, ipaddress.ip_address(text.split("%")[0]), self._allow)
            if reason is not None:
                raise FetchRefused(reason)
        return resolved

    async def _get(
        self, target: _Target, addresses: list[str], limit: int, accept: tuple[str, ...]
    ) -> tuple[str, FetchedResource | None]:
        """One request: a redirect's location, or the fetched resource."""
        host = f"[{target.host}]" if ":" in target.host else target.host
        backend = _PinnedNetwork(host, addresses, self._network or httpcore.AnyIOBackend())
        headers = [
            (b"User-Agent", USER_AGENT.encode()),
            (b"Accept", ", ".join(accept).encode()),
            (b"Accept-Encoding", b"identity"),
        ]
        request_url = httpcore.URL(
            scheme=target.scheme.encode(), host=host.encode(), port=target.port, target=target.request_target.encode()
        )
        try:
            async with httpcore.AsyncConnectionPool(
                ssl_context=self._ssl_context, network_backend=backend, retries=0
            ) as pool:
                async with pool.stream("GET", request_url, headers=headers) as response:
                    return await self._read(target, response, limit, accept)
        except httpcore.TimeoutException as error:
            raise TimeoutError from error
        except httpcore.ConnectError as error:
            if "certificate" in str(error).lower() or "ssl" in str(error).lower():
                raise FetchRefused(f"failed: the TLS connection to {target.host} could not be verified") from error
            raise FetchRefused(f"failed: could not connect to {target.host}") from error
        except (httpcore.NetworkError, httpcore.ProtocolError) as error:
            raise FetchRefused(f"failed: the connection to {target.host} broke off") from error

    async def _read(
        self, target: _Target, response: httpcore.Response, limit: int, accept: tuple[str, ...]
    ) -> tuple[str, FetchedResource | None]:
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in response.headers}
        status = response.status
        if status in REDIRECT_STATUSES and headers.get("location"):
            return headers["location"], None
        if not 200 <= status < 300:
            raise FetchRefused(f"failed: HTTP {status}")
        media_type, _, parameters = headers.get("content-type", "").partition(";")
        media_type = media_type.strip().lower()
        if not _accepted(media_type, accept):
            raise FetchRefused(f"refused: content type {media_type or '(none)'} is not accepted")
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchRefused(f"refused: larger than {_size(limit)}")
        parts: list[bytes] = []
        received = 0
        async for piece in response.aiter_stream():
            received += len(piece)
            if received > limit:
                raise FetchRefused(f"refused: larger than {_size(limit)}")
            parts.append(piece)
        charset = None
        for parameter in parameters.split(";"):
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip("\"'").lower()
        return "", FetchedResource(
            url=target.url, final_url=target.url, status=status, content_type=media_type, body=b"".join(parts),
            charset=charset,
        )


class _PinnedNetwork(httpcore.AsyncNetworkBackend):
    """Connects ``host`` to its vetted addresses only (tried in order); any other host is refused."""

    def __init__(self, host: str, addresses: list[str], inner: httpcore.AsyncNetworkBackend) -> None:
        self._host = host
        self._addresses = addresses
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if host != self._host:
            raise httpcore.ConnectError(f"{host} was not vetted")
        last: Exception = httpcore.ConnectError(f"{host} has no vetted address")
        for address in self._addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        raise last

    async def connect_unix_socket(self, *args: typing.Any, **kwargs: typing.Any) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not reachable from the fetcher")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
