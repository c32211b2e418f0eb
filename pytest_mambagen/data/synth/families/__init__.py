"""Screen families. Importing this package registers every family."""

from . import cart, forms, interactive, lists, more, tables  # noqa: F401
