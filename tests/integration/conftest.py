"""Shared fixtures of the integration tests."""

from __future__ import annotations

import pytest_asyncio

from tests.integration.scenario_stack import built_scenario


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def built(scenario_dir, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The module's ``scenario_dir`` built on the real stack (`scenario_stack.built_scenario`), once per module."""
    async with built_scenario(scenario_dir, tmp_path_factory.mktemp("data")) as stack:
        yield stack
