"""Screen families. Importing this package registers every family."""

from . import forms, lists  # noqa: F401
