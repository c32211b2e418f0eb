"""Component harness: the ``mount`` fixture. (Placeholder: being written.)"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def mambagen_harness(request):
    raise NotImplementedError("the harness is being written")


@pytest.fixture
def mount(mambagen_harness, request):
    raise NotImplementedError("the harness is being written")
