"""Each case as the plugin's candidate loop sees it, made once; the loop's static step on each candidate.

The raw model is measured as the plugin checks a candidate with verification off
(:func:`pytest_mambagen.candidates.check`): the allow-list, grounding, and the
"cut at N tokens" note. A case's :class:`~pytest_mambagen.candidates.CaseInputs`
(its inventory, and the screen's spelling read on the first check) is made once
and shared by every candidate of every configuration, and by the pipeline's
verification, which only moves it to the folder where the case is laid out.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..candidates import ACCEPTED, CaseInputs
from .datasets import EvalCase
from .state import Candidate


class CaseChecks:
    def __init__(self, max_new_tokens: int) -> None:
        self.max_new_tokens = max_new_tokens
        self._inputs: dict[str, CaseInputs] = {}

    def inputs(self, case: EvalCase) -> CaseInputs:
        """The case's inputs, read once (the inventory is the prompt's own: ``case.case.inventory()``)."""
        inputs = self._inputs.get(case.id)
        if inputs is None:
            screen = case.case
            inputs = CaseInputs(screen.screen, screen.jsx, Path(screen.screen), dict(screen.siblings),
                                screen.inventory(), manual_text=screen.manual)
            self._inputs[case.id] = inputs
        return inputs

    def staged(self, case: EvalCase, root: Path) -> CaseInputs:
        """The same inputs for the case laid out under ``root`` (where verification mounts it)."""
        inputs = self.inputs(case)
        inputs.screen_spelling()  # read before the copy, so that both share it
        screen = root / case.screen_rel if case.screen_rel else Path(case.case.screen)
        test_dir = root / case.test_dir_rel if case.test_dir_rel else root
        return dataclasses.replace(inputs, screen_path=screen, test_dir=test_dir)

    def check(self, case: EvalCase, cand: Candidate) -> None:
        """The candidate loop's static step, as the plugin runs it with verification off (the raw model)."""
        from ..candidates import check
        from ..prompts import extract_code

        cand.code = extract_code(cand.text)
        if cand.error:
            cand.checks = {"syntax": False}
            cand.reasons = [cand.error]
            return
        checked = check(cand.text, self.inputs(case), finish_reason=cand.finish, max_new_tokens=self.max_new_tokens)
        cand.checks = dict(checked.checks)
        cand.accepted = checked.status == ACCEPTED
        cand.reasons = list(checked.reasons)
        cand.checked_code = checked.code
        cand.exec_code = checked.code if cand.accepted else ""


__all__ = ["CaseChecks"]
