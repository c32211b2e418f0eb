"""Hooks other plugins (and conftest files) may implement."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.hookspec(firstresult=True)
def pytest_mambagen_make_backend(config: pytest.Config, settings: Any) -> Any | None:
    """Return a generation backend to use instead of the local model or the worker.

    The object must follow :class:`pytest_mambagen.backends.base.Backend`. Return
    ``None`` to leave the choice to pytest-mambagen.
    """
