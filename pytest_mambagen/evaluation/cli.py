"""``mambagen eval``: measure a model and adapter on a dataset, with text and execution metrics.

    mambagen eval --dataset fixtures --out benchmarks/results/eval-fixtures
    mambagen eval --dataset synth:test --limit 100 --candidates 1 --k 1 --out benchmarks/results/eval-synth-test
    mambagen eval --dataset ../shared/data/concode/dev.json --skip-exec --max-new-tokens 200 --out benchmarks/results/eval-concode
    mambagen eval --dataset fixtures --candidates 1 --k 1 --sweep lora-scale --sweep temperature --out ...

DATASET: ``fixtures`` (or a fixture project / folder of ``*.manual.txt``),
``synth:test`` (the held-out synthetic split, drawn from the generator),
a synthetic JSONL file or triplet folder, or a CONCODE-format JSONL file.

Copy metrics (beside pass@k and the kill rate, for cases with a reference):
literal recall is the share of the reference test's content strings (labels,
texts, messages, test ids; not the mount path, roles or key names) that
candidate 1 also contains; value recall the same for the values it types and
expects (fill, type, select_option, to_have_text, to_have_value...); novel-string
recall, with --training-strings, the same over the reference strings that occur
in no training answer, the ones a model can only copy. --teacher-forced measures
them again with the reference fed in: does greedy decoding reproduce each string
exactly (a local model only).

Exit status: 0 when every measurement finished, 1 when the result is partial
(interrupted, browser failure, unusable input lines), 2 on an error.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any, ClassVar

from ..config import DEVICES_HELP
from ..errors import ConfigError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="measure a model and adapter: text and execution metrics",
                       description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dataset", required=True, metavar="D",
                   help="fixtures, synth:<split>, a JSONL file (synthetic records, chat messages or CONCODE) "
                        "or a folder (fixture project, triplets)")
    p.add_argument("--model", default=None, metavar="PATH", help="base model folder or hub id (default: embedded)")
    p.add_argument("--adapter", default=None, metavar="NAME",
                   help="LoRA adapter folder or name under adapters/ ('none': the base alone; default: the "
                        "embedded model's adapter)")
    p.add_argument("--out", default=None, metavar="DIR", help="write eval.json, eval.md and PNG plots here")
    g = p.add_argument_group("cases")
    g.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N cases")
    g.add_argument("--split", default=None, help="keep only records of this split (JSONL / triplets)")
    g.add_argument("--synth-seed", type=int, default=1, metavar="N",
                   help="generator seed for synth:<split> (default 1, the training script's seed)")
    g = p.add_argument_group("generation")
    g.add_argument("--candidates", type=int, default=5, metavar="N", help="candidates per case (default 5)")
    g.add_argument("--k", default="1,5", metavar="K,K", help="pass@k values (default 1,5; each <= --candidates)")
    g.add_argument("--temperature", type=float, default=0.0, metavar="T",
                   help="temperature of candidate 1 (default 0: greedy); later candidates use it, or 0.7 when 0")
    g.add_argument("--lora-scale", type=float, default=1.0, metavar="S", help="adapter scale (default 1)")
    g.add_argument("--no-baseline", action="store_true",
                   help="skip the baseline (the same model at LoRA scale 0)")
    g.add_argument("--sweep", action="append", default=[], choices=("lora-scale", "temperature"),
                   help="also sweep this setting (repeatable), one candidate per case per value")
    g.add_argument("--sweep-scales", default="0,0.5,1,1.5,2", metavar="S,S", help="LoRA scales of the sweep")
    g.add_argument("--sweep-temperatures", default="0,0.25,0.5,0.75,1", metavar="T,T",
                   help="temperatures of the sweep")
    g.add_argument("--max-new-tokens", type=int, default=1024, metavar="N", help="most tokens per candidate")
    g.add_argument("--batch-size", type=int, default=8, metavar="N", help="candidates decoded together")
    g.add_argument("--device", default="auto", help=DEVICES_HELP)
    g.add_argument("--no-grounding", action="store_true", help="turn grounded decoding off")
    g.add_argument("--seed", type=int, default=0, metavar="N", help="base of the per-candidate seeds")
    g.add_argument("--replay", default=None, metavar="FILE",
                   help="take the candidates from this JSONL (a training run's gen-*.jsonl) instead of a model")
    g = p.add_argument_group("measuring")
    g.add_argument("--skip-exec", action="store_true", help="no execution metrics (no browser needed)")
    g.add_argument("--skip-text", action="store_true", help="no text metrics")
    g.add_argument("--training-strings", default=None, metavar="FILE",
                   help="the training answers' strings (train-strings.bin of a training run's data phase): "
                        "adds novel-string recall, over reference strings that occur in no training answer")
    g.add_argument("--teacher-forced", action="store_true",
                   help="also measure copy with the reference fed in: whether greedy decoding reproduces each "
                        "reference string exactly (one forward pass per case and LoRA scale; not with --replay)")
    g.add_argument("--workers", type=int, default=1, metavar="N", help="pytest sessions side by side")
    g.add_argument("--node-modules", default=None, metavar="DIR", help="node_modules with react and esbuild")
    g.add_argument("--browser", default=None, metavar="PATH", help="Chromium binary")
    g.add_argument("--keep-work", default=None, metavar="DIR", help="keep candidate files and pytest logs here")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    g.add_argument("--json", action="store_true", help="print the JSON result instead of the table")
    p.set_defaults(func=run, _parser=p)


def _floats(text: str, flag: str) -> tuple[float, ...]:
    try:
        values = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise ConfigError(f"{flag} takes numbers separated by commas, got {text!r}") from None
    if not values:
        raise ConfigError(f"{flag} is empty")
    return values


def command_line(args: argparse.Namespace) -> str:
    """The command that reproduces this run: ``mambagen eval`` plus every option not at its default."""
    parser: argparse.ArgumentParser = args._parser
    parts = ["mambagen", "eval"]
    for action in parser._actions:
        if not action.option_strings or action.dest in ("help", "quiet", "json"):
            continue
        value = getattr(args, action.dest, None)
        if value == action.default or value is None:
            continue
        flag = action.option_strings[-1]
        if isinstance(action, argparse._StoreTrueAction):
            parts.append(flag)
        elif isinstance(value, list):
            for item in value:
                parts += [flag, str(item)]
        else:
            parts += [flag, str(value)]
    return shlex.join(parts)


def options_from(args: argparse.Namespace):
    from .passk import parse_ks
    from .runner import EvalOptions

    try:
        ks = parse_ks(args.k)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return EvalOptions(
        dataset=args.dataset, model=args.model, adapter=args.adapter, limit=args.limit, split=args.split,
        synth_seed=args.synth_seed, workers=args.workers, candidates=args.candidates, ks=ks,
        temperature=args.temperature, lora_scale=args.lora_scale, baseline=not args.no_baseline,
        sweeps=tuple(dict.fromkeys(s.replace("-", "_") for s in args.sweep)),
        sweep_scales=_floats(args.sweep_scales, "--sweep-scales"),
        sweep_temperatures=_floats(args.sweep_temperatures, "--sweep-temperatures"),
        skip_exec=args.skip_exec, skip_text=args.skip_text, max_new_tokens=args.max_new_tokens,
        batch_size=args.batch_size, device=args.device, grounded=not args.no_grounding, seed=args.seed,
        node_modules=args.node_modules, browser=args.browser, workdir=args.keep_work,
        command=command_line(args), training_strings=args.training_strings, teacher_forced=args.teacher_forced,
    )


class _Bars:
    """One rich progress bar per stage (generate, text metrics, screens, mutants)."""

    LABELS: ClassVar[dict[str, str]] = {"generate": "generating", "text metrics": "text metrics",
                                        "teacher forcing": "teacher forcing",
                                        "screens": "running on screens", "mutants": "running on mutants"}

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._progress = None
        self._tasks: dict[str, Any] = {}

    def __enter__(self) -> _Bars:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn("[bold]mambagen eval[/] {task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(),
                                      console=Console(stderr=True, highlight=False))
            self._progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._progress is None:
            return
        task = self._tasks.get(stage)
        if task is None:
            task = self._progress.add_task(self.LABELS.get(stage, stage), total=total)
            self._tasks[stage] = task
        self._progress.update(task, completed=min(done, total), total=total)


def run(args: argparse.Namespace) -> int:
    from . import report
    from .runner import run_evaluation

    options = options_from(args)
    if args.teacher_forced and args.replay:
        raise ConfigError("--teacher-forced needs a model loaded here; --replay has only the texts it wrote",
                          hint="drop one of them")
    out = Path(args.out) if args.out else None

    def checkpoint(snapshot: dict[str, Any]) -> None:
        if out is not None:
            report.write_json(snapshot, out / report.JSON_NAME)

    backend = None
    if args.replay:
        from ..backends.replay import ReplayBackend

        backend = ReplayBackend(args.replay)
    with _Bars(enabled=not args.quiet and not args.json) as bars:
        result = run_evaluation(options, backend=backend, progress=bars, checkpoint=checkpoint)
    written = report.write_all(result, out) if out is not None else []
    if args.json:
        import json

        print(json.dumps(result, indent=1, default=str))
    else:
        report.print_table(result)
        if written:
            print("wrote " + ", ".join(str(p) for p in written))
        else:
            print("(pass --out DIR to keep the JSON, markdown report and plots)")
    if result.get("partial"):
        print("mambagen eval: partial results: " + "; ".join(result.get("partial_reasons", [])), file=sys.stderr)
        return 1
    return 0
