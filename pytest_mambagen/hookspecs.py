"""Hooks other plugins (and conftest files) may implement."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.hookspec(firstresult=True)
def pytest_mambagen_make_backend(config: pytest.Config, settings: Any) -> Any | None:
    """Return a generation backend to use instead of the local model or the worker.

    The object must follow :class:`pytest_mambagen.backends.base.Backend`. Return
    ``None`` to leave the choice to pytest-mambagen.

    The backend is chosen in ``pytest_configure`` (so that a bad one is a usage error before
    collection): implement the hook in a plugin (``-p``, an entry point) or in a conftest.py
    that pytest loads before configuring, the one of the rootdir or of a directory given on
    the command line (and their parents). A conftest.py deeper in the tree is read during
    collection, after the choice was made, and its hook is not called.
    """
