"""pytest-mambagen: manual test cases + React screens -> runnable pytest + Playwright tests."""

__version__ = "0.1.0"
