"""The bridge to pytest-playwright: its driver, launch options, context options and artifacts.

When pytest-playwright is active, ``mount`` runs on its terms:

* one driver: the harness uses pytest-playwright's ``playwright`` fixture, so ``page``
  and ``mount`` work in one session in either order;
* its launch options (``browser_type_launch_args``: ``--headed``, ``--slowmo``,
  ``--browser-channel``, a conftest's own) reach the harness's launch, under the
  fence's flags;
* its context options (``browser_context_args``: ``--device``, ``--video``, the
  ``browser_context_args`` marker) reach every mounted context, under the fence's
  proxy;
* its artifacts recorder sees every mounted context, so ``--tracing``,
  ``--screenshot`` and ``--video`` land in ``--output`` like those of ``page``.

Why ``mount`` has a browser of its own and does not take pytest-playwright's
``browser``: the fence's outer layer is a set of Chromium launch flags (a refusing
proxy, DNS off) that hold for every context of a browser. In pytest-playwright's
shared browser they would also cut ``page`` tests off from the app under test. So
``mount`` launches a second, fenced Chromium through the same driver and options
(always Chromium: the flags are Chromium's; ``--browser firefox`` leaves ``mount``
in Chromium).

Where Playwright's managed Chromium is not installed (offline machines, where
``playwright install`` cannot download), this module's ``browser_type_launch_args`` makes
pytest-playwright's own ``browser`` launch the Chromium the harness finds, so that
``page`` works out of the box too.

Everything is looked up at run time (``request.getfixturevalue``), so a test that
uses ``mount`` does not get pytest-playwright's ``browser_name`` parametrization (its
node id stays ``test_x``, not ``test_x[chromium]``). Nothing here is imported by a
session without pytest-playwright.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import pytest

from . import browser as _browser
from .common import DEBIAN_CHROMIUM, ENV_BROWSER, _config_value

#: pytest-playwright's plugin name (its pytest11 entry point).
PLUGIN = "playwright"
#: The child plugin of bulk runs (``-p <name>``, :mod:`pytest_mambagen.execution`, whose child side is
#: moving to ``execution_plugin``): bulk runs keep the stand-alone harness (page isolation, no artifacts).
BULK_PLUGINS = ("pytest_mambagen.execution", "pytest_mambagen.execution_plugin")
LAUNCH_DEFAULTS = "mambagen-playwright-launch"
#: Where the driver's fixture lives, to tell it from a user's own fixture named ``playwright``.
_PW_MODULE = "pytest_playwright"


def active(config: pytest.Config) -> bool:
    """Whether ``mount`` should run on pytest-playwright in this session."""
    pm = config.pluginmanager
    return pm.has_plugin(PLUGIN) and not any(pm.has_plugin(name) for name in BULK_PLUGINS)


def register(config: pytest.Config) -> None:
    """Register this module after pytest-playwright, so that its ``browser_type_launch_args`` wins."""
    import sys

    pm = config.pluginmanager
    if pm.has_plugin(PLUGIN) and not pm.has_plugin(LAUNCH_DEFAULTS):
        pm.register(sys.modules[__name__], LAUNCH_DEFAULTS)


def fallback_chromium(config: pytest.Config, pw: Any) -> str | None:
    """The Chromium to hand pytest-playwright, or None where its own choice works (or nothing would)."""
    if _browser.managed_chromium(pw):
        return None
    configured = _config_value(config, "browser") or os.environ.get(ENV_BROWSER) or None
    if configured:
        try:
            return _browser.resolve_executable(configured)
        except Exception:  # a wrong setting is reported by the harness when a test mounts
            return None
    return DEBIAN_CHROMIUM if os.path.exists(DEBIAN_CHROMIUM) else None


# A fixture of this module, which is registered as a plugin of its own (see ``register``).
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, pytestconfig: pytest.Config, playwright: Any,
                             request: pytest.FixtureRequest) -> dict:
    """pytest-playwright's launch options, with ``executable_path`` filled in where its managed
    Chromium is missing (the Chromium the harness finds), so that ``page`` works out of the box.

    This module is registered in ``pytest_configure``, after pytest-playwright: a plugin
    registered later overrides an earlier one's fixture, and gets it as its parent. A
    conftest's ``browser_type_launch_args`` still overrides this one (and may ask for it).
    """
    launch = dict(browser_type_launch_args)
    if hasattr(request, "param"):  # indirect parametrization reaches this fixture, not its parent
        if not isinstance(request.param, Mapping):
            raise pytest.UsageError("browser_type_launch_args expects a mapping of launch options, "
                                    f"got {type(request.param).__name__}: {request.param!r}")
        launch.update(request.param)
    browsers = pytestconfig.getoption("--browser", default=None) or []
    # the launch options are shared by every browser type: an executable is given for Chromium only
    if set(browsers) <= {"chromium"} and not launch.get("executable_path") and not launch.get("channel"):
        exe = fallback_chromium(pytestconfig, playwright)
        if exe:
            launch["executable_path"] = exe
    return launch


def is_driver_fixture(fixturedef: Any, value: Any) -> bool:
    """Whether a fixture just set up is pytest-playwright's driver (not a user's fixture of that name)."""
    func = getattr(fixturedef, "func", None)
    module = getattr(func, "__module__", "") or ""
    return fixturedef.argname == "playwright" and module.startswith(_PW_MODULE) and hasattr(value, "chromium")


def driver_and_launch_options(request: pytest.FixtureRequest) -> tuple[Any, dict[str, Any]]:
    """pytest-playwright's driver and its launch options (``browser_type_launch_args``)."""
    pw = request.getfixturevalue("playwright")
    launch = dict(request.getfixturevalue("browser_type_launch_args"))
    return pw, launch


def context_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """``browser_context_args`` (device, video folder) plus the test's ``browser_context_args`` marker."""
    options = dict(request.getfixturevalue("browser_context_args"))
    marker = next(request.node.iter_markers("browser_context_args"), None)
    if marker is not None:
        options.update(marker.kwargs)
    return options


def artifacts_recorder(request: pytest.FixtureRequest) -> Any:
    """pytest-playwright's per-test artifacts recorder (traces, screenshots, videos), or None.

    A private fixture of pytest-playwright (``_artifacts_recorder``, 0.5 to 0.10): if a
    version drops it, ``mount`` still works, without artifacts.
    """
    try:
        recorder = request.getfixturevalue("_artifacts_recorder")
    except pytest.FixtureLookupError:
        return None
    needed = ("on_did_create_browser_context", "on_will_close_browser_context")
    return recorder if all(hasattr(recorder, n) for n in needed) else None
