"""URL ingestion never reaches the appliance's own network (issue 12's SSRF list): the real GuardedFetcher with the
system resolver, refusing before any connection is made. Redirects, DNS rebinding and TLS are in
tests/unit/test_fetch.py."""

from __future__ import annotations

import pytest

from appliance.ingestion.fetch import FetchRefused, GuardedFetcher
from appliance.settings import IngestionSettings

REFUSED = [
    "http://127.0.0.1/", "http://127.0.0.1:8000/admin", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
    "http://017700000001/", "http://0177.0.0.1/", "http://localhost/", "http://localhost.:8000/", "http://LOCALHOST/",
    "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
    "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[::ffff:169.254.169.254]/",
    "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://metadata.google.internal./",
    "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.1.1/", "http://100.64.0.1/", "http://198.18.0.1/",
    "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/", "http://255.255.255.255/", "http://[fe80::1]/",
    "http://[fc00::1]/", "http://[ff02::1]/", "file:///etc/passwd", "gopher://127.0.0.1:25/", "ftp://example.com/",
    "dict://127.0.0.1:11211/", "http://user:pw@example.com/", "http://127.0.0.1:80@example.com/",
    "http://example.com@127.0.0.1/", "javascript:alert(1)", "http:///nohost",
]


@pytest.mark.asyncio
@pytest.mark.parametrize("url", REFUSED)
async def test_internal_and_odd_urls_are_refused_before_connecting(url: str) -> None:
    fetcher = GuardedFetcher(IngestionSettings(fetch_timeout_seconds=5))
    with pytest.raises(FetchRefused) as refused:
        await fetcher.fetch(url)
    # refused by policy; only a name nothing resolves offline fails to resolve instead (no connection either way)
    expected = "failed: host not found" if "metadata.google" in url else "refused"
    assert refused.value.reason.startswith(expected), refused.value.reason
