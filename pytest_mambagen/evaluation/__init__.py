"""``mambagen eval``: text metrics (CodeBLEU and its parts, BLEU, exact match) and execution metrics
(valid, policy-clean, grounded, pass@k on the correct screen, mutation kill rate, speed) for a model and
adapter, with LoRA-scale and temperature sweeps.

Modules: :mod:`.datasets` (what ``--dataset`` reads), :mod:`.textmetrics`, :mod:`.passk`,
:mod:`.execmetrics` (running candidates on screens and mutants), :mod:`.runner` (the run),
:mod:`.report` (table, JSON, markdown, plots), :mod:`.cli` (the command).
"""
