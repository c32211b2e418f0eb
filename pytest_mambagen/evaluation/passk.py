"""pass@k: the unbiased estimator of Chen et al. (2021, "Evaluating Large Language Models Trained on Code").

With ``n`` candidates for a problem of which ``c`` pass, the probability that at
least one of ``k`` candidates drawn without replacement passes is

    pass@k = 1 - C(n - c, k) / C(n, k)

computed as a running product so that large ``n`` does not overflow. The score of
a set of problems is the mean over problems. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k for one problem: ``n`` candidates, ``c`` of them passing."""
    if n < 1 or k < 1:
        raise ValueError(f"pass@k needs n >= 1 and k >= 1, got n={n}, k={k}")
    if not 0 <= c <= n:
        raise ValueError(f"passing candidates must be between 0 and n={n}, got c={c}")
    if k > n:
        raise ValueError(f"pass@{k} needs at least {k} candidates per case, got n={n}")
    if n - c < k:
        return 1.0
    failing_draws = 1.0
    for i in range(n - c + 1, n + 1):  # C(n-c, k) / C(n, k) = prod_{i=n-c+1}^{n} (1 - k / i)
        failing_draws *= 1.0 - k / i
    return 1.0 - failing_draws


def mean_pass_at_k(counts: Iterable[tuple[int, int]], k: int) -> float | None:
    """Mean pass@k over problems given as ``(n, c)``; ``None`` when there are none."""
    scores = [pass_at_k(n, c, k) for n, c in counts]
    return sum(scores) / len(scores) if scores else None


def parse_ks(text: str | Iterable[int]) -> tuple[int, ...]:
    """``"1,5"`` -> ``(1, 5)``: sorted, unique, each at least 1."""
    if isinstance(text, str):
        parts = [p.strip() for p in text.split(",") if p.strip()]
        try:
            values = [int(p) for p in parts]
        except ValueError:
            raise ValueError(f"--k takes whole numbers separated by commas, got {text!r}") from None
    else:
        values = [int(v) for v in text]
    if not values or any(v < 1 for v in values):
        raise ValueError(f"--k takes whole numbers of at least 1, got {text!r}")
    return tuple(sorted(set(values)))
