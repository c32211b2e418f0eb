"""Synthetic triplets: manual case + React screen + pytest/Playwright test.

The generator is deterministic for a seed: every sample draws from its own
``random.Random`` seeded by a string, never from global state, hash() or set order.
"""

from .generator import GenOptions, Sample, generate, generate_one  # noqa: F401
