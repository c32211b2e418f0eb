"""Settings and scanning the pytest way, for ``pytest --mambagen`` and ``mambagen generate`` alike.

One resolution: every setting is read from a :class:`pytest.Config` (command
line over ini file over default), whether pytest runs or the ``mambagen
generate`` command (what the pre-commit hook runs) does. The command builds the
same configuration pytest would build for the same paths (:func:`cli_config`),
so the ini file it finds, and what it says (``mambagen_adapter = none``), are
the ones pytest finds; the two can no longer disagree about whether a test is
stale.

Ini keys are typed (``bool``, ``int``, ``float``, ``paths``): pytest converts
them and names the file and key when a value is wrong. Paths in the ini file
are relative to the ini file's folder, as pytest's own ``paths`` keys are;
paths on the command line are relative to where the command runs. A model or
adapter may be a folder or a name: it is taken as a folder relative to the ini
file when one exists there, else as a name.

Scanning for manual cases asks pytest's ``pytest_ignore_collect`` about every
folder and file it walks into, so ``--ignore``, ``--ignore-glob``,
``norecursedirs`` and a conftest's ``collect_ignore`` leave out the same
folders for generation as for collection.

Stdlib and pytest only at import time: this module is imported when pytest loads the plugin.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from .config import OPTIONS, Option, Settings, settings_from
from .discovery import MANUAL_SUFFIX, SCREEN_SUFFIXES, find_manual_files, split_manual_name, target_for
from .errors import ConfigError
from .reporting import help_text

#: The pytest ini type of each option kind (an unknown kind is read as a string).
INI_TYPES = {"flag": "bool", "toggle": "bool", "int": "int", "float": "float", "list": "args"}
#: Options that always name a file or folder: ini type ``paths``, relative to the ini file.
PATH_OPTIONS = frozenset({"esbuild", "browser", "node-modules", "cache-dir"})
#: Options that name a folder or something else (a hub id, an adapter name, ``none``).
FOLDER_OR_NAME = frozenset({"model", "adapter"})
#: The options that choose the mode; the command line's choice replaces the ini file's.
MODE_OPTIONS = ("", "regenerate", "check")
MODE_FLAGS = {"generate": "--mambagen", "regenerate": "--mambagen-regenerate", "check": "--mambagen-check"}


def ini_type(option: Option) -> str:
    if option.name in PATH_OPTIONS:
        return "paths"
    return INI_TYPES.get(option.kind, "string")


def add_options(parser: pytest.Parser) -> None:
    """Every option of :data:`~.config.OPTIONS` as ``--mambagen-<name>`` and its typed ini twin."""
    group = parser.getgroup("mambagen", "generate tests from manual cases (pytest-mambagen)")
    for option in OPTIONS:
        text = help_text(option)
        if option.kind == "flag":
            group.addoption(option.flag, action="store_true", default=False, dest=option.dest, help=text)
            parser.addini(option.ini, text, type="bool", default=False)
        elif option.kind == "toggle":  # --mambagen-x / --no-mambagen-x; None when neither is given
            group.addoption(option.flag, action="store_true", default=None, dest=option.dest, help=text)
            group.addoption(option.negative, action="store_false", dest=option.dest, help=f"turn {option.flag} off")
            parser.addini(option.ini, text, type="bool", default=None)
        elif option.kind == "list":
            group.addoption(option.flag, action="append", default=[], dest=option.dest, metavar=option.metavar,
                            help=text)
            parser.addini(option.ini, text, type="args", default=[])
        else:
            group.addoption(option.flag, action="store", default=None, dest=option.dest, metavar=option.metavar,
                            help=text)
            parser.addini(option.ini, text, type=ini_type(option), default=None)  # type: ignore[arg-type]


def _ini_value(option: Option, value: Any, inidir: Path | None) -> Any:
    """The ini value made ready for :func:`~.config.settings_from`: paths resolved against the ini file."""
    if value is None or value == []:
        return None if option.kind != "list" else value
    if option.name in PATH_OPTIONS:
        if len(value) != 1:
            raise ConfigError(f"ini {option.ini} takes one path, got {len(value)}: {' '.join(map(str, value))}",
                              path=inidir)
        return str(value[0])
    if inidir is not None and isinstance(value, str):
        if option.name in FOLDER_OR_NAME and value.lower() != "none":
            candidate = inidir / value
            if not Path(value).is_absolute() and candidate.exists():
                return str(candidate)
        if option.name == "system-prompt" and value.startswith("@") and not Path(value[1:]).is_absolute():
            return "@" + str(inidir / value[1:])
    return value


def settings_from_config(config: pytest.Config, *, mode: str | None = None) -> Settings:
    """:class:`~.config.Settings` from pytest's options and ini file (raises :class:`ConfigError`).

    ``mode`` (``"generate"``, ``"regenerate"``, ``"check"``) replaces whatever the command
    line and ini file say about the mode; so does a mode flag on the command line, over the
    ini file's (``mambagen = true`` in the ini and ``--mambagen-check`` asked once: a check).
    """
    inidir = Path(config.inipath).parent if config.inipath is not None else None
    by_name = {option.name: option for option in OPTIONS}
    cli_mode = any(config.getoption(by_name[name].dest) for name in MODE_OPTIONS if name in by_name)

    def lookup(option: Option) -> tuple[Any, Any]:
        if option.name in MODE_OPTIONS:
            if mode is not None:
                wanted = {"generate": "", "regenerate": "regenerate", "check": "check"}[mode]
                return option.name == wanted, None
            if cli_mode:
                return config.getoption(option.dest), None
        try:
            ini = config.getini(option.ini)
        except pytest.UsageError as exc:  # pytest's message names the value, not always the key
            raise ConfigError(f"ini {option.ini} in {config.inipath}: {exc}") from None
        return config.getoption(option.dest), _ini_value(option, ini, inidir)

    return settings_from(lookup)


def cli_config(paths: Sequence[str], options: dict[str, Any], *, mode: str,
               plugins: Sequence[object] | None = None) -> pytest.Config:
    """The :class:`pytest.Config` that ``pytest <mode flag> <options> <paths>`` would build, without a session.

    ``options`` maps an option's name (``"model"``) to the value the command was given. The
    ini file, conftest files and plugins are found and loaded exactly as pytest does, so
    ``mambagen generate`` reads the same settings (and the same ignore rules) as pytest.
    ``plugins`` are registered besides those (the caller's, where autoloading is off).
    """
    from _pytest.config import _prepareconfig  # the only way to parse a pytest command line without a session

    args = [MODE_FLAGS[mode]]
    by_name = {option.name: option for option in OPTIONS}
    for name, value in options.items():
        option = by_name[name]
        if option.kind == "toggle" and value is False:
            args.append(option.negative)
            continue
        if value in (None, False, [], ()):
            continue
        if option.kind in ("flag", "toggle"):
            args.append(option.flag)
        elif option.kind == "list":
            for item in value:
                args += [option.flag, str(item)]
        else:
            args += [option.flag, str(value)]
    return _prepareconfig([*args, *paths], list(plugins) if plugins else None)


def ignore_predicate(config: pytest.Config, session: pytest.Session | None = None) -> Callable[[Path], bool]:
    """``path -> bool``: whether pytest would leave ``path`` out of collection (its ``pytest_ignore_collect``)."""

    def ignored(path: Path) -> bool:
        hook = session.gethookproxy(path) if session is not None else config.hook
        return bool(hook.pytest_ignore_collect(collection_path=path, config=config))

    return ignored


def manual_files(config: pytest.Config, session: pytest.Session | None = None) -> list[Path]:
    """The manual cases a run covers: under ``config.args``, less what pytest's ignore rules leave out."""
    invocation = Path(config.invocation_params.dir)
    project = [Path(config.rootpath), invocation]
    return find_manual_files(list(config.args), root=invocation, project=project,
                             ignore=ignore_predicate(config, session))


# -- a manual case (or a screen) given as a pytest argument runs its generated tests ----------------------


class ManualCaseFile(pytest.File):
    """A ``*.manual.txt`` (or a screen) named on the command line: it collects its generated test modules.

    pytest matches an argument to the node whose path is the argument, so the node stands at
    the manual file and its children are the generated ``test_*.py`` modules (whose node ids
    are their own paths, as if they had been named).
    """

    def collect(self) -> list[pytest.Module]:
        return [pytest.Module.from_parent(self, path=target) for target in generated_targets(self.path)]


def generated_targets(path: Path) -> list[Path]:
    """The generated test files (those that exist) of a manual case, or of every case of a screen."""
    if path.name.endswith(MANUAL_SUFFIX):
        manuals = [path]
    else:
        manuals = sorted(m for m in path.parent.glob(path.stem + "*" + MANUAL_SUFFIX)
                         if split_manual_name(m.name)[0] == path.stem)
    return [target for target in map(target_for, manuals) if target.is_file()]


def collect_argument(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """For ``pytest_collect_file``: a manual case or screen named as an argument, else None."""
    name = file_path.name
    if not (name.endswith(MANUAL_SUFFIX) or file_path.suffix in SCREEN_SUFFIXES):
        return None
    if not parent.session.isinitpath(file_path):  # met while walking a folder: its tests are collected anyway
        return None
    return ManualCaseFile.from_parent(parent, path=file_path)


def relative_args(config: pytest.Config) -> str:
    """The scan paths of a run, as the user would write them (for the report header)."""
    invocation = Path(config.invocation_params.dir)
    shown = []
    for arg in config.args:
        text = str(arg).split("::", 1)[0]
        path = Path(text)
        try:
            text = os.path.relpath(path if path.is_absolute() else invocation / path, invocation)
        except ValueError:  # another drive
            pass
        shown.append(text)
    return " ".join(dict.fromkeys(shown)) or "."
