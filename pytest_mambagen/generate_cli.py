"""``mambagen generate [PATHS]``: the plugin's generation pass, from the command line.

PATHS may be folders, manual cases, or screens (a ``.jsx`` stands for all its
manual cases), which is what the pre-commit hook passes. With
``--fail-on-change`` the command exits 1 when it wrote a file, as formatters do
in pre-commit, so the commit stops and the new tests can be staged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import OPTIONS, Option, settings_from

#: Options that make no sense outside pytest (the harness) are left out here.
_SKIP = {"", "regenerate", "check", "esbuild", "browser", "node-modules", "cache-dir"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="generate tests for manual cases (as pytest --mambagen does)",
                       description=__doc__.splitlines()[0])
    p.add_argument("paths", nargs="*", default=["."], help="folders, *.manual.txt or .jsx files (default: .)")
    p.add_argument("--regenerate", action="store_true", help="regenerate every generated test nobody edited")
    p.add_argument("--check", action="store_true", help="generate nothing; exit 1 if a test is missing or stale")
    p.add_argument("--fail-on-change", action="store_true", help="exit 1 if any file was written (pre-commit)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    for option in OPTIONS:
        if option.name in _SKIP:
            continue
        flag = "--" + option.name
        if option.kind == "flag":
            p.add_argument(flag, action="store_true", dest=option.dest, help=option.help)
        elif option.kind == "list":
            p.add_argument(flag, action="append", default=[], dest=option.dest, metavar=option.metavar,
                           help=option.help)
        else:
            p.add_argument(flag, default=None, dest=option.dest, metavar=option.metavar,
                           help=f"{option.help} (default: {option.default})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .session import GenerationPass

    def lookup(option: Option):
        if option.name == "":
            return (not args.check and not args.regenerate), None
        if option.name == "regenerate":
            return args.regenerate, None
        if option.name == "check":
            return args.check, None
        return getattr(args, option.dest, None), None

    settings = settings_from(lookup)
    cwd = Path.cwd()
    generation = GenerationPass(settings, rootdir=cwd, invocation_dir=cwd, show_progress=not args.quiet)
    generation.run(args.paths)
    print(generation.summary_text())
    if generation.failed():
        return 1
    changed = generation.changed_files()
    if args.fail_on_change and changed:
        names = ", ".join(str(p.relative_to(cwd)) if p.is_relative_to(cwd) else str(p) for p in changed)
        print(f"mambagen: wrote {len(changed)} file(s): {names}; stage them and commit again", file=sys.stderr)
        return 1
    return 0
