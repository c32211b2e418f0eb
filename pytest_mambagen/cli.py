"""The ``mambagen`` command: one entry point, one module per subcommand.

Each subcommand lives in the module that owns its job and exposes
``add_parser(subparsers)``, which registers the parser and sets ``func`` (the
handler, called with the parsed namespace, returning an exit code). Modules are
imported only for the subcommand that runs, so ``mambagen --help`` stays fast.

Known errors (:class:`MambagenError`) become one clean line and exit code 2;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__
from .errors import MambagenError

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "generate": ("pytest_mambagen.generate_cli", "generate tests for manual cases (as pytest --mambagen does)"),
    "train": ("pytest_mambagen.training.cli", "fine-tune a LoRA adapter on in_proj and out_proj"),
    "pretrain": ("pytest_mambagen.training.cli", "pretrain a small Mamba-2 base model from scratch (GPU)"),
    "eval": ("pytest_mambagen.evaluation.cli", "measure a model and adapter: text and execution metrics"),
    "serve": ("pytest_mambagen.worker.cli", "host a model for remote generation and the QA chat page"),
    "dataset": ("pytest_mambagen.data.cli", "build, import, export and describe training data"),
    "adapters": ("pytest_mambagen.adapters_cli", "list, show and verify LoRA adapters"),
    "bench": ("pytest_mambagen.model.bench", "measure generation speed: reference and fast paths"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    from .reporting import plain  # help without ``markup``

    parser = argparse.ArgumentParser(prog="mambagen", description=plain(__doc__.splitlines()[0]))
    parser.add_argument("--version", action="version", version=f"pytest-mambagen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = {SUBCOMMANDS[only][0]} if only is not None else {module for module, _ in SUBCOMMANDS.values()}
    registered: set[str] = set()
    for name, (module, help_text) in SUBCOMMANDS.items():
        if module not in wanted:
            sub.add_parser(name, help=help_text, add_help=False)
        elif module not in registered:
            importlib.import_module(module).add_parser(sub)  # registers every command it owns
            registered.add(module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(only=command if command in SUBCOMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0 if command is None else 2
    try:
        return int(args.func(args) or 0)
    except MambagenError as exc:
        print(f"mambagen: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mambagen: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
