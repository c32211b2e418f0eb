"""Screen families. Importing this package registers every family."""

from . import forms  # noqa: F401
