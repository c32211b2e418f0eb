"""Train the embedded model's tokenizer (byte-level BPE, 8192 tokens, chat template).

Reproducible: the synthetic corpus is drawn from its generator with a fixed seed,
the Python sources are the standard library of the running interpreter (the
same on every CPython of the same version). The fixture screens (the evaluation
set) are never read.

    python scripts/build_tokenizer.py --out pytest_mambagen/embedded/base
"""

from __future__ import annotations

import argparse
import hashlib
import sysconfig
from pathlib import Path


def corpus(n_samples: int, seed: int, python_mb: int):
    from pytest_mambagen.data.synth.generator import GenOptions, generate
    from pytest_mambagen.prompts import CaseInput, user_message

    for sample in generate(GenOptions(seed=seed, n_train=n_samples, n_test=0, n_val=0, mutants=False)):
        case = CaseInput(sample.manual, sample.jsx, sample.screen, siblings=tuple(sample.siblings.items()))
        yield user_message(case)
        yield sample.test
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    budget = python_mb << 20
    for path in sorted(stdlib.rglob("*.py")):
        if "site-packages" in path.parts or budget <= 0:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        budget -= len(text)
        yield text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--samples", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--python-mb", type=int, default=24)
    parser.add_argument("--vocab", type=int, default=8192)
    args = parser.parse_args()
    from pytest_mambagen.training.tokenizer import train_tokenizer

    tokenizer = train_tokenizer(corpus(args.samples, args.seed, args.python_mb), vocab_size=args.vocab)
    args.out.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(str(args.out))
    digest = hashlib.sha256((args.out / "tokenizer.json").read_bytes()).hexdigest()
    print(f"tokenizer: {len(tokenizer)} tokens, sha256 {digest[:16]}, saved to {args.out}")


if __name__ == "__main__":
    main()
