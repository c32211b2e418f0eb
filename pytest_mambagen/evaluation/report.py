"""Show an evaluation result: a rich table in the terminal, JSON, a markdown report and PNG plots.

Every output says when the result is partial (and why), where text metrics were
computed on normalised code, and, for CONCODE, that the model never saw
CONCODE's training split. Plots use matplotlib's Agg backend (no display).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..atomic import atomic_write

JSON_NAME = "eval.json"
MD_NAME = "eval.md"
BARS_NAME = "eval-bars.png"
SWEEP_NAME = "eval-sweep-{}.png"

#: (key, label, group, kind); kind: pct (a fraction shown as %), num, int (a count), sec
METRICS: tuple[tuple[str, str, str, str], ...] = (
    ("valid", "Valid (parses, defines a test)", "checks", "pct"),
    ("policy_clean", "Policy-clean (imports, calls)", "checks", "pct"),
    ("grounded", "Grounded locators", "checks", "pct"),
    ("accepted", "Accepted (every check)", "checks", "pct"),
    ("accepted_any", "Accepted, any of n candidates", "checks", "pct"),
    ("pass@1", "pass@1 on the correct screen", "execution", "pct"),
    ("pass@k", "pass@{k}", "execution", "pct"),
    ("kill_rate", "Mutation kill rate (candidate 1)", "execution", "pct"),
    ("written_pass", "Written test passes (first accepted)", "execution", "pct"),
    ("written_kill_rate", "Written test kill rate", "execution", "pct"),
    ("codebleu", "CodeBLEU", "text", "pct"),
    ("ngram_match", "  n-gram match", "text", "pct"),
    ("weighted_ngram_match", "  weighted n-gram match", "text", "pct"),
    ("syntax_match", "  syntax match", "text", "pct"),
    ("dataflow_match", "  dataflow match", "text", "pct"),
    ("bleu", "BLEU", "text", "pct"),
    ("exact_match", "Exact match", "text", "pct"),
    ("literal_recall", "Literal recall (reference strings in candidate 1)", "copy", "pct"),
    ("value_recall", "Value recall (typed / expected values)", "copy", "pct"),
    ("novel_recall", "Novel-string recall (in no training answer)", "copy", "pct"),
    ("novel_strings", "  novel reference strings", "copy", "int"),
    ("action_agreement", "Action agreement (calls, in order)", "copy", "pct"),
    ("tf_literal_recall", "Teacher-forced copy: reference strings", "copy", "pct"),
    ("tf_value_recall", "  teacher-forced: values", "copy", "pct"),
    ("tf_novel_recall", "  teacher-forced: novel strings", "copy", "pct"),
    ("tf_novel_strings", "  novel string occurrences", "copy", "int"),
    ("tokens_per_s", "Generation speed (tokens/s)", "speed", "num"),
    ("s_per_candidate", "Seconds per candidate", "speed", "sec"),
    ("s_per_case", "Seconds per case (all n candidates)", "speed", "sec"),
    ("tokens_per_candidate", "Tokens per candidate", "speed", "num"),
    ("cut_at_limit", "Cut at --max-new-tokens", "speed", "pct"),
)
REFERENCE_KEYS = ("pass@1", "kill_rate")
BAR_KEYS = ("valid", "grounded", "accepted", "pass@1", "pass@k", "kill_rate", "written_pass", "codebleu", "bleu",
            "exact_match")
SWEEP_KEYS = ("accepted", "pass@1", "kill_rate", "codebleu", "bleu", "exact_match")
#: Published CONCODE scores (EM / BLEU / CodeBLEU, %), from ../shared/data/concode/README.md.
CONCODE_PUBLISHED = (
    ("CodeGPT-adapted (CodeXGLUE)", 20.10, 32.79, 35.98),
    ("CodeT5-base", 22.30, 40.73, 43.20),
    ("Seed paper: LoRA-tuned Codestral-Mamba 7B", 22.0, 40.0, 41.0),
)
DEFINITIONS = (
    "Valid: the code parses and defines a test_* function. Policy-clean: only allowed imports, no dangerous "
    "calls. Grounded: every locator string exists on the screen. Accepted: all checks pass (the plugin would "
    "write it); only accepted candidates are run.",
    "pass@1: candidate 1 (greedy at temperature 0) passes on the correct screen: every test of the file "
    "passes, at least one ran. pass@k (k > 1): the unbiased estimator of Chen et al. (2021) over the n "
    "candidates of each case (candidate 1, then samples at 0.7 with their own seeds, as the plugin resamples).",
    "Mutation kill rate: mutants killed by candidate 1 over all (case, mutant) pairs. A mutant is killed only "
    "by a file that passes on the correct screen and fails on the mutant. Written test: the first accepted of "
    "the n candidates, which is what `pytest --mambagen --mambagen-candidates n` writes.",
    "Text metrics compare candidate 1 with the reference: CodeBLEU (mean of its four parts; the codebleu "
    "package's own value, which counts a dataflow match of 0 as 1, is in the JSON as codebleu_package), "
    "sacrebleu BLEU over code tokens, exact match of the token sequences.",
    "Copy metrics, over the cases with a reference, on candidate 1's code as validation made it (as the "
    "training run's proxy scores it): literal recall is the share of the reference test's distinct content "
    "strings (its string constants, less the mount path, ARIA roles, key names and parametrize argument "
    "names) that candidate 1 also holds as a string constant, averaged over cases; value recall the same for "
    "the values the reference types and expects (fill, type, select_option, to_have_text, to_have_value...). "
    "Novel-string recall (with --training-strings) pools, over all cases, the reference strings that occur in "
    "no training answer, the ones the model cannot have memorized, and counts the share candidate 1 holds; "
    "the row below it is how many such strings there were. Action agreement: similarity of the sequences of "
    "Playwright calls.",
    "Teacher-forced copy (with --teacher-forced, a local model): the reference test is fed in after the "
    "prompt, and a string counts as copied when greedy decoding would reproduce it exactly (the argmax at "
    "every token of its text and its closing quote is the reference's). Pooled over every occurrence of "
    "every reference string, its values, and its novel strings (the row below: how many occurrences).",
    "Speed: generated tokens per second of generation wall time (batched decoding on this machine; the "
    "prompt's prefill is in the time, not in the tokens), seconds per candidate and per case.",
)


# -- formatting ------------------------------------------------------------------------------


def fmt(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "sec":
        return f"{value:.2f} s"
    if kind == "int":
        return f"{value:,}"
    return f"{value:,.1f}"


def _delta(a: Any, b: Any, kind: str) -> str:
    if a is None or b is None:
        return ""
    d = b - a
    if kind == "pct":
        return f"{100 * d:+.1f}"
    if kind == "int":
        return f"{d:+,}"
    return f"{d:+,.1f}"


def main_configs(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in result.get("configs", []) if c.get("role") == "main"]


def ks_of(result: dict[str, Any]) -> list[int]:
    keys = set()
    for c in result.get("configs", []):
        keys |= {int(k.split("@")[1]) for k in c["metrics"] if k.startswith("pass@") and k != "pass@1"}
    return sorted(keys)


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, list[Any], Any]]:
    """Table rows: (key, label, kind, value per main config, reference value) for metrics that are present."""
    configs = main_configs(result)
    reference = result.get("reference") or {}
    out = []
    for key, label, _group, kind in METRICS:
        keys = [(f"pass@{k}", f"pass@{k} ({configs[0]['candidates'] if configs else '?'} candidates)")
                for k in ks_of(result)] if key == "pass@k" else [(key, label)]
        for real_key, real_label in keys:
            values = [c["metrics"].get(real_key) for c in configs]
            ref = reference.get(real_key) if real_key in REFERENCE_KEYS else None
            if all(v is None for v in values) and ref is None:
                continue
            out.append((real_key, real_label, kind, values, ref))
    return out


def banner(result: dict[str, Any]) -> list[str]:
    """Lines that must be seen before the numbers: partial results, warnings."""
    lines = []
    if result.get("partial"):
        lines.append("PARTIAL RESULTS: " + "; ".join(result.get("partial_reasons") or ["reason unknown"]))
    if result.get("limited"):
        ds = result.get("dataset", {})
        lines.append(f"Subset: the first {ds.get('cases')} of {ds.get('cases_before_limit')} cases (--limit).")
    lines += [f"Warning: {w}" for w in result.get("warnings", [])]
    return lines


def model_line(result: dict[str, Any]) -> str:
    m = result.get("model") or {}
    if m.get("backend") == "replay":  # texts a model wrote elsewhere: the file names them, not a model here
        return f"replayed from {m.get('file', '?')} ({m.get('records', '?')} completions)"
    text = f"{m.get('base', '?')} ({str(m.get('base_sha256', ''))[:12]})"
    if m.get("adapter"):
        text += f" + adapter {m['adapter']} ({str(m.get('adapter_sha256', ''))[:12]})"
    else:
        text += ", no adapter"
    return text


# -- terminal ----------------------------------------------------------------------------------


def print_table(result: dict[str, Any], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    if console is None:
        import sys

        console = Console(width=None if sys.stdout.isatty() else 120)
    configs = main_configs(result)
    ds = result.get("dataset", {})
    table = Table(title=f"mambagen eval: {ds.get('spec')} ({ds.get('cases')} cases) — {model_line(result)}",
                  title_justify="left", show_lines=False)
    table.add_column("metric")
    for c in configs:
        table.add_column(_config_title(c), justify="right")
    has_delta = len(configs) == 2
    if has_delta:
        table.add_column("Δ", justify="right")
    has_ref = result.get("reference") is not None
    if has_ref:
        table.add_column("reference (upper bound)", justify="right")
    for _key, label, kind, values, ref in rows(result):
        cells = [label, *(fmt(v, kind) for v in values)]
        if has_delta:
            cells.append(_delta(values[0], values[1], kind))
        if has_ref:
            cells.append(fmt(ref, kind) if ref is not None else "")
        table.add_row(*cells)
    for line in banner(result):
        console.print(line, style="bold red" if line.startswith("PARTIAL") else "yellow", markup=False)
    console.print(table)
    for sweep, points in (result.get("sweeps") or {}).items():
        console.print(_sweep_table(sweep, points))
    for note in result.get("notes", []):
        console.print(f"note: {note}", style="dim", markup=False)
    for line in banner(result)[:1]:
        if line.startswith("PARTIAL"):  # said again below the numbers, where the eye ends
            console.print(line, style="bold red", markup=False)


def _config_title(config: dict[str, Any]) -> str:
    name = config["name"]
    if config.get("lora_scale") is not None and name in ("baseline", "adapter"):
        return f"{name} (LoRA ×{config['lora_scale']:g})"
    return name


def _sweep_table(sweep: str, points: Sequence[dict[str, Any]]):
    from rich.table import Table

    table = Table(title=f"sweep: {sweep.replace('_', ' ')} (1 candidate per case)", title_justify="left")
    table.add_column(sweep.replace("_", " "))
    keys = [k for k in (*SWEEP_KEYS, "tokens_per_s") if any(p["metrics"].get(k) is not None for p in points)]
    kinds = {k: kind for k, _, _, kind in METRICS}
    kinds["pass@1"] = "pct"
    for k in keys:
        table.add_column(k, justify="right")
    for p in points:
        table.add_row(f"{p['value']:g}", *(fmt(p["metrics"].get(k), kinds.get(k, "pct")) for k in keys))
    return table


# -- markdown ---------------------------------------------------------------------------------


def to_markdown(result: dict[str, Any], pngs: Sequence[str] = ()) -> str:
    ds = result.get("dataset", {})
    configs = main_configs(result)
    out = [f"# mambagen eval: `{ds.get('spec')}`", ""]
    for line in banner(result):
        out += [f"> **{line}**" if line.startswith("PARTIAL") else f"> {line}", ""]
    out += [
        f"- Model: {model_line(result)}",
        f"- Dataset: `{ds.get('spec')}` ({ds.get('kind')}, {ds.get('cases')} cases, "
        f"{ds.get('with_reference')} with a reference, {ds.get('mutants')} (case, mutant) pairs)",
        f"- Settings: {_settings_line(result)}",
        f"- Date: {result.get('created')}; machine: {result.get('machine', {}).get('cpus')} CPUs, "
        f"Python {result.get('machine', {}).get('python')}; total {result.get('timing', {}).get('total_s')} s",
        f"- Regenerate with: `{result.get('command')}`" if result.get("command") else "",
        "",
    ]
    for note in result.get("notes", []):
        out += [f"> Note: {note}", ""]
    title = "Baseline vs adapter" if len(configs) == 2 else "Results"
    out += [f"## {title}", ""]
    header = ["metric", *(_config_title(c) for c in configs)]
    if len(configs) == 2:
        header.append("Δ (points)")
    if result.get("reference") is not None:
        header.append("reference (upper bound)")
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _key, label, kind, values, ref in rows(result):
        cells = [label.strip() if not label.startswith("  ") else "&nbsp;&nbsp;" + label.strip(),
                 *(fmt(v, kind) for v in values)]
        if len(configs) == 2:
            cells.append(_delta(values[0], values[1], kind))
        if result.get("reference") is not None:
            cells.append(fmt(ref, kind) if ref is not None else "")
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    counts = [f"{c['name']}: {c['metrics'].get('exec_cases')} of {c['metrics'].get('exec_cases_total')} cases executed"
              for c in configs if c["metrics"].get("exec_cases_total")]
    ref = result.get("reference") or {}
    if ref.get("exec_cases_total"):
        counts.append(f"reference tests: {ref.get('exec_cases')} of {ref.get('exec_cases_total')}")
    if counts:
        out += ["Execution measured over " + "; ".join(counts) + " (cases left out: not run, or hit by a "
                "browser failure).", ""]
    for png in pngs:
        if Path(png).name == BARS_NAME:
            out += [f"![baseline vs adapter]({Path(png).name})", ""]
    sweeps = result.get("sweeps") or {}
    if sweeps:
        out += ["## Sweeps", "", "Same cases, one candidate per case; the other setting stays at its main value.", ""]
        for sweep, points in sweeps.items():
            keys = [k for k in (*SWEEP_KEYS, "tokens_per_s") if any(p["metrics"].get(k) is not None for p in points)]
            out += [f"### {sweep.replace('_', ' ')}", "", "| " + " | ".join([sweep, *keys]) + " |",
                    "|" + "---|" * (len(keys) + 1)]
            for p in points:
                out.append("| " + " | ".join([f"{p['value']:g}", *(
                    fmt(p["metrics"].get(k), "num" if k == "tokens_per_s" else "pct") for k in keys)]) + " |")
            png = SWEEP_NAME.format(sweep)
            if any(Path(p).name == png for p in pngs):
                out += ["", f"![{sweep} sweep]({png})"]
            out.append("")
    if ds.get("kind") == "concode":
        out += _concode_md(result)
    out += _per_case_md(result)
    out += ["## Definitions", ""] + [f"- {d}" for d in DEFINITIONS] + [""]
    skipped = ds.get("skipped") or []
    if skipped:
        out += [f"## Skipped inputs ({len(skipped)})", ""] + [f"- {s}" for s in skipped[:50]]
        if len(skipped) > 50:
            out.append(f"- … and {len(skipped) - 50} more (see {JSON_NAME})")
        out.append("")
    infra = (result.get("execution") or {}).get("infra_errors") or []
    if infra:
        out += ["## Browser / toolchain failures", ""] + [f"- {e}" for e in infra] + [""]
    return "\n".join(line for line in out if line is not None) + "\n"


def _concode_md(result: dict[str, Any]) -> list[str]:
    out = ["## CONCODE: published scores for comparison", "",
           "Models below were fine-tuned on CONCODE's 100,000-example training split; ours never saw it (it is "
           "not available here), so our row measures transfer only. Published numbers use CodeXGLUE's own BLEU "
           "script; ours is sacrebleu over the same CONCODE tokens, so BLEU agrees closely but not exactly.", "",
           "| model | EM | BLEU | CodeBLEU |", "|---|---|---|---|"]
    for name, em, bleu, codebleu in CONCODE_PUBLISHED:
        out.append(f"| {name} | {em:.2f} | {bleu:.2f} | {codebleu:.2f} |")
    for c in main_configs(result):
        m = c["metrics"]
        out.append(f"| ours: {c['name']} (no CONCODE training) | {fmt(m.get('exact_match'), 'pct')} | "
                   f"{fmt(m.get('bleu'), 'pct')} | {fmt(m.get('codebleu'), 'pct')} |")
    return [*out, ""]


def _settings_line(result: dict[str, Any]) -> str:
    s = result.get("settings", {})
    return (f"{s.get('candidates')} candidate(s) per case, k = {', '.join(map(str, s.get('ks', [])))}, "
            f"temperature {s.get('temperature')} (resampling at {s.get('resample_temperature')}), "
            f"max {s.get('max_new_tokens')} new tokens, grounded decoding "
            f"{'on' if s.get('grounded_decoding') else 'off'}, seed {s.get('seed')}, {s.get('workers')} worker(s)")


def _per_case_md(result: dict[str, Any]) -> list[str]:
    configs = main_configs(result)
    cases = result.get("cases") or []
    if not cases or len(cases) > 60 or not configs:
        return ["Per-case details are in the JSON file." if cases else "", ""]
    out = ["## Per case", "", "Candidate 1 per configuration: A = accepted, P = passes on the correct screen, "
           "kills = mutants killed / mutants; CodeBLEU against the reference.", ""]
    header = ["case"]
    for c in configs:
        header += [f"{c['name']}", f"{c['name']} CodeBLEU"]
    header.append("reference")
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for case in cases:
        cells = [f"`{case['id']}`"]
        for c in configs:
            entry = case["configs"].get(c["name"], {})
            cands = entry.get("candidates") or []
            cells.append(_candidate_cell(cands[0], len(case.get("mutants", []))) if cands else "—")
            text = entry.get("text") or {}
            cells.append(fmt(text.get("codebleu"), "pct") if text else "—")
        ref = case.get("reference_exec")
        cells.append(_exec_cell(ref, len(case.get("mutants", []))) if ref else "—")
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    return out


def _candidate_cell(cand: dict[str, Any], mutants: int) -> str:
    if not cand.get("accepted"):
        reason = (cand.get("reasons") or ["rejected"])[0]
        return "rejected: " + reason.replace("|", "\\|")[:60]
    ex = cand.get("exec")
    return "A, " + (_exec_cell(ex, mutants) if ex else "not run")


def _exec_cell(ex: dict[str, Any], mutants: int) -> str:
    if ex.get("outcome") != "passed":
        return f"{ex.get('outcome')}"
    killed = sum(v == "killed" for v in (ex.get("mutants") or {}).values())
    return f"P, kills {killed}/{mutants}" if mutants else "P"


# -- plots ------------------------------------------------------------------------------------


def plots(result: dict[str, Any], out_dir: Path) -> list[Path]:
    """PNG plots: baseline vs adapter per metric, and one per sweep. Returns the files written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[Path] = []
    configs = main_configs(result)
    partial = " (PARTIAL)" if result.get("partial") else ""
    bar_rows = [(k, label, values, ref) for k, label, kind, values, ref in rows(result)
                if kind == "pct" and (k in BAR_KEYS or k.startswith("pass@"))]
    if configs and bar_rows:
        fig, ax = plt.subplots(figsize=(max(7.0, 1.0 * len(bar_rows) + 2), 5.0))
        width = 0.8 / max(1, len(configs))
        for j, config in enumerate(configs):
            xs = [i + (j - (len(configs) - 1) / 2) * width for i in range(len(bar_rows))]
            ys = [100 * (r[2][j] or 0.0) for r in bar_rows]
            bars = ax.bar(xs, ys, width, label=_config_title(config))
            for bar, r in zip(bars, bar_rows, strict=True):
                if r[2][j] is not None:
                    ax.annotate(f"{100 * r[2][j]:.0f}", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                                ha="center", va="bottom", fontsize=7)
        refs = [(i, 100 * r[3]) for i, r in enumerate(bar_rows) if r[3] is not None]
        if refs:
            ax.scatter([i for i, _ in refs], [v for _, v in refs], marker="_", s=600, color="black", zorder=3,
                       label="reference tests (upper bound)")
        ax.set_xticks(range(len(bar_rows)))
        ax.set_xticklabels([_short(r[0], r[1]) for r in bar_rows], rotation=30, ha="right", fontsize=8)
        ax.set_ylabel("%")
        ax.set_ylim(0, 105)
        ds = result.get("dataset", {})
        ax.set_title(f"{ds.get('spec')}: {' vs '.join(c['name'] for c in configs)}{partial}", fontsize=10)
        ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=3, frameon=False)
        fig.tight_layout()
        path = out_dir / BARS_NAME
        fig.savefig(path, dpi=120)
        plt.close(fig)
        written.append(path)
    for sweep, points in (result.get("sweeps") or {}).items():
        keys = [k for k in SWEEP_KEYS if any(p["metrics"].get(k) is not None for p in points)]
        if not keys or not points:
            continue
        fig, ax = plt.subplots(figsize=(6.4, 4.2))
        xs = [p["value"] for p in points]
        for k in keys:
            ys = [100 * p["metrics"][k] if p["metrics"].get(k) is not None else float("nan") for p in points]
            ax.plot(xs, ys, marker="o", label=_short(k, k))
        ax.set_xlabel(sweep.replace("_", " "))
        ax.set_ylabel("%")
        ax.set_ylim(0, 105)
        ax.set_title(f"{result.get('dataset', {}).get('spec')}: {sweep.replace('_', ' ')} sweep{partial}",
                     fontsize=10)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
        fig.tight_layout()
        path = out_dir / SWEEP_NAME.format(sweep)
        fig.savefig(path, dpi=120)
        plt.close(fig)
        written.append(path)
    return written


def _short(key: str, label: str) -> str:
    names = {"valid": "valid", "grounded": "grounded", "accepted": "accepted", "kill_rate": "kill rate",
             "written_pass": "written passes", "codebleu": "CodeBLEU", "bleu": "BLEU", "exact_match": "exact match",
             "pass@1": "pass@1"}
    return names.get(key, key)


# -- files ------------------------------------------------------------------------------------


def write_json(result: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n", fsync=False)


def write_all(result: dict[str, Any], out_dir: Path, *, with_plots: bool = True) -> list[Path]:
    """JSON, markdown and PNGs into ``out_dir``; returns the files written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pngs: list[Path] = []
    if with_plots:
        try:
            pngs = plots(result, out_dir)
        except ImportError as exc:
            result.setdefault("warnings", []).append(f"no plots: matplotlib is not installed ({exc})")
    write_json(result, out_dir / JSON_NAME)
    written.append(out_dir / JSON_NAME)
    md = out_dir / MD_NAME
    md.write_text(to_markdown(result, [str(p) for p in pngs]), encoding="utf-8")
    written.append(md)
    return written + pngs
