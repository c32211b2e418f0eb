"""``mambagen adapters list|show|verify``: what adapters there are, which base each expects, and
whether their files still match the hashes recorded when they were trained."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import adapters as repo
from .errors import ModelError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("adapters", help="list, show and verify LoRA adapters")
    p.add_argument("--project", type=Path, default=Path.cwd(), help="project whose adapters/ folder to search")
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    verbs.add_parser("list", help="adapters in the search path, with the base each expects")
    show = verbs.add_parser("show", help="everything mambagen.json records about one adapter")
    show.add_argument("name", help="adapter name or folder")
    verify = verbs.add_parser("verify", help="check files against their recorded sha256 (all adapters by default)")
    verify.add_argument("names", nargs="*")
    verify.add_argument("--model", default=None, help="also check that each adapter fits this base model")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    verb = args.verb or "list"
    if verb == "list":
        found = repo.list_adapters(args.project)
        if not found:
            print("no adapters found in " + ", ".join(str(d) for d in repo.search_dirs(args.project)))
            return 0
        for adapter in found:
            hp = adapter.meta.get("hyperparameters", {})
            base = adapter.base_id or "unknown base"
            sha = (adapter.base_sha256 or "")[:12]
            detail = f"r={hp.get('r')} on {','.join(hp.get('targets', []))}" if hp else "no mambagen.json"
            print(f"{adapter.name:24} base {base} {sha}  {detail}  ({adapter.folder})")
        return 0
    if verb == "show":
        adapter = repo.resolve(args.name, args.project)
        print(json.dumps({"name": adapter.name, "folder": str(adapter.folder), **adapter.meta}, indent=2))
        return 0
    targets = [repo.resolve(n, args.project) for n in args.names] if args.names else repo.list_adapters(args.project)
    base = None
    if args.model is not None:
        from .model.loading import resolve_base

        base = resolve_base(None if args.model == "embedded" else args.model)
    failed = 0
    for adapter in targets:
        problems = adapter.verify()
        if base is not None:
            try:
                repo.check_base(adapter, base.id, base.sha256)
            except ModelError as exc:
                problems.append(str(exc))
        status = "ok" if not problems else "FAILED"
        print(f"{adapter.name}: {status}" + "".join(f"\n  - {p}" for p in problems))
        failed += bool(problems)
    return 1 if failed else 0
