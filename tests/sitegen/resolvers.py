"""Stub resolvers for the address guard (``NEWSARCHIVE_RESOLVER``): no real DNS in tests.

Names under ``.internal.test`` resolve to a private address and names under
``.loop.test`` to loopback, so a test can check that the guard refuses them
before any connection is attempted.
"""

from __future__ import annotations

RESOLVED: list[str] = []  # names asked for, in this process


def stub_resolve(host: str) -> list[str]:
    """Resolve test names without DNS; anything else is unknown."""
    RESOLVED.append(host)
    if host.endswith(".internal.test"):
        return ["10.20.30.40"]
    if host.endswith(".mixed.test"):
        return ["127.0.0.1", "10.20.30.40"]
    if host.endswith(".loop.test") or host == "localhost":
        return ["127.0.0.1"]
    raise OSError(f"stub resolver: unknown host {host}")
