"""``mambagen eval``: text metrics (CodeBLEU and its parts, BLEU, exact match) and execution metrics
(valid, policy-clean, grounded, pass@k on the correct screen, mutation kill rate, speed) for a model and
adapter, with LoRA-scale and temperature sweeps.

Modules: :mod:`.datasets` (what ``--dataset`` reads), :mod:`.textmetrics`, :mod:`.passk`,
:mod:`.execmetrics` (running candidates on screens and mutants), :mod:`.runner` (the run, which
orders its stages: :mod:`.planning`, :mod:`.generation` with :mod:`.java`, :mod:`.checks`,
:mod:`.scoring`, :mod:`.pipeline`, :mod:`.execute`, :mod:`.results`, over the records of
:mod:`.state`), :mod:`.report` (table, JSON, markdown, plots), :mod:`.cli` (the command).
"""
