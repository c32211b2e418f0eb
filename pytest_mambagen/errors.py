"""The one exception family shown to users.

Every error a user can cause or fix derives from :class:`MambagenError`; its
message names the file or field at fault and says what to do. The CLI and the
plugin print these as one clean line; anything else is a bug and keeps its
traceback.
"""

from __future__ import annotations

from pathlib import Path


class MambagenError(Exception):
    """Root of all user-facing errors."""

    def __init__(self, message: str, *, path: Path | str | None = None, hint: str | None = None):
        self.path = Path(path) if path is not None else None
        self.hint = hint
        super().__init__(message)

    def __str__(self) -> str:
        text = super().__str__()
        if self.path is not None and str(self.path) not in text:
            text = f"{self.path}: {text}"
        if self.hint:
            text = f"{text} ({self.hint})"
        return text


class ConfigError(MambagenError):
    """A setting, option or config field has a bad value."""


class InputError(MambagenError):
    """A manual case, JSX file or dataset file cannot be used."""


class ModelError(MambagenError):
    """A model or adapter cannot be found, loaded or trusted."""


class BackendError(MambagenError):
    """The generation backend (local model or remote worker) failed."""


class WorkerUnavailable(BackendError):
    """The remote worker is down, refused the request or timed out."""


class HarnessError(MambagenError):
    """The component harness cannot bundle, serve or open a screen."""


class ValidationRejected(MambagenError):
    """A generated candidate broke the validation policy."""


class WriteError(MambagenError):
    """A generated file could not be written, or must not be."""
