"""Training data: triplet formats, the synthetic TestCase2Code generator, splits, leak guard, stats.

Everything here is stdlib only, so that a corpus can be rebuilt bit-for-bit from a
seed on any machine (the GPU machine has no browser and no network).
"""
