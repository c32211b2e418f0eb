"""``mambagen generate [PATHS]``: the plugin's generation pass, from the command line.

PATHS may be folders, manual cases, or screens (a ``.jsx`` stands for all its
manual cases), which is what the pre-commit hook passes. With
``--fail-on-change`` the command exits 1 when it wrote a file, as formatters do
in pre-commit, so the commit stops and the new tests can be staged.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .config import OPTIONS
from .errors import ConfigError
from .reporting import help_text, plain

#: Options that make no sense outside pytest are left out here. The harness's options stay: candidates
#: are verified on their mounted screen here too.
_SKIP = {"", "regenerate", "check"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="generate tests for manual cases (as pytest --mambagen does)",
                       description=plain(__doc__.splitlines()[0]))
    p.add_argument("paths", nargs="*", default=[],
                   help="folders, *.manual.txt or .jsx files (default: as pytest: testpaths, else .)")
    p.add_argument("--regenerate", action="store_true", help="regenerate every generated test nobody edited")
    p.add_argument("--check", action="store_true", help="generate nothing; exit 1 if a test is missing or stale")
    p.add_argument("--fail-on-change", action="store_true", help="exit 1 if any file was written (pre-commit)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    for option in OPTIONS:
        if option.name in _SKIP:
            continue
        flag = "--" + option.name
        if option.kind == "flag":
            p.add_argument(flag, action="store_true", dest=option.dest, help=plain(option.help))
        elif option.kind == "toggle":
            p.add_argument(flag, action="store_true", default=None, dest=option.dest, help=plain(option.help))
            p.add_argument("--no-" + option.name, action="store_false", dest=option.dest, help=f"turn {flag} off")
        elif option.kind == "list":
            p.add_argument(flag, action="append", default=[], dest=option.dest, metavar=option.metavar,
                           help=plain(option.help))
        else:
            p.add_argument(flag, default=None, dest=option.dest, metavar=option.metavar, help=help_text(option))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import pytest

    from .preflight import prepare_backend
    from .pytestconfig import cli_config, manual_files, settings_from_config
    from .session import GenerationPass

    # The settings, ini file and ignore rules are pytest's own for these paths, so this command
    # (and the pre-commit hook) judges a test stale exactly when `pytest --mambagen-check` does.
    mode = "check" if args.check else "regenerate" if args.regenerate else "generate"
    given = {option.name: getattr(args, option.dest, None) for option in OPTIONS if option.name not in _SKIP}
    plugins = []
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):  # the entry point is not loaded: load the plugin by hand
        from . import plugin  # here, not in pytestconfig (which the plugin's hooks import): no import circle

        plugins.append(plugin)
    try:
        config = cli_config(list(args.paths), given, mode=mode, plugins=plugins)
    except pytest.UsageError as exc:
        raise ConfigError(str(exc).strip()) from None
    try:
        settings = settings_from_config(config, mode=mode)
        backend = prepare_backend(settings, rootdir=Path(config.rootpath), config=config)
        cwd = Path(config.invocation_params.dir)
        generation = GenerationPass(settings, rootdir=Path(config.rootpath), invocation_dir=cwd,
                                    backend_factory=lambda: backend, show_progress=not args.quiet)
        files = manual_files(config)
        if files:
            generation.run(files)
    finally:
        config._ensure_unconfigure()  # conftest cleanups registered while loading
    print(generation.summary_text())
    if generation.failed():
        return 1
    changed = generation.changed_files()
    if args.fail_on_change and changed:
        names = ", ".join(str(p.relative_to(cwd)) if p.is_relative_to(cwd) else str(p) for p in changed)
        print(f"mambagen: wrote {len(changed)} file(s): {names}; stage them and commit again", file=sys.stderr)
        return 1
    return 0
