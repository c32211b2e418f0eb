"""``mambagen serve``: host a model and its adapters for remote generation and the QA chat page.

    mambagen serve --model M --adapters DIR --host H --port P --token-file F

Without ``--model`` it hosts the embedded model and the adapters found beside
it. It refuses to listen beyond loopback without ``--token-file``.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import ConfigError

MIN_TOKEN_CHARS = 16


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="host a model for remote generation and the QA chat page",
                       description=__doc__.splitlines()[0])
    add_arguments(p)
    p.set_defaults(func=run)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default=None, metavar="PATH",
                   help="base model: a local Mamba-2 folder or hub id (default: the embedded model)")
    p.add_argument("--adapters", default=None, metavar="DIR",
                   help="a folder of LoRA adapters (or one adapter folder), or 'none' "
                        "(default: the adapters in ./adapters and beside the embedded model that fit the base)")
    p.add_argument("--default-model", default=None, metavar="NAME",
                   help="the name used when a request gives no model (default: testcase2code, "
                        "else the first adapter, else the base)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--token-file", default=None, metavar="FILE",
                   help="file holding the bearer token clients must send (required beyond loopback)")
    p.add_argument("--device", default="auto", help="auto (CUDA when present, else CPU), cpu, cuda or cuda:N")
    p.add_argument("--threads", type=int, default=None, metavar="N",
                   help="CPU threads for the model (default: one per core; 1 is often faster for small "
                        "models on a busy machine)")
    p.add_argument("--max-batch", type=int, default=16, metavar="N", help="most requests in one generate call")
    p.add_argument("--max-queue", type=int, default=64, metavar="N",
                   help="most requests waiting for a batch; beyond it the worker answers 429")
    p.add_argument("--batch-wait-ms", type=float, default=5.0, metavar="MS",
                   help="how long an idle worker waits for more requests to batch with the first")
    p.add_argument("--request-timeout", type=float, default=300.0, metavar="S",
                   help="seconds a request may take from arrival to answer (then 504)")
    p.add_argument("--max-body-bytes", type=int, default=1 << 20, metavar="N", help="largest request body (413)")
    p.add_argument("--max-prompt-tokens", type=int, default=None, metavar="N",
                   help="longest prompt accepted (413; default: the model's window)")
    p.add_argument("--max-tokens-limit", type=int, default=4096, metavar="N", help="largest max_tokens accepted")
    p.add_argument("--no-warmup", action="store_true", help="skip the warm-up generation at start")
    p.add_argument("--access-log", action="store_true", help="log every request (uvicorn's access log)")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token(path: str | None, host: str) -> str | None:
    """The token from ``--token-file``; refuses to go beyond loopback without one."""
    if path is None:
        if not is_loopback(host):
            raise ConfigError(
                f"refusing to listen on {host} without a token: anyone who can reach this machine could use "
                "the model", hint="pass --token-file FILE holding a long random secret (for example "
                "`python -c 'import secrets; print(secrets.token_urlsafe(32))' > FILE`), or listen on 127.0.0.1")
        return None
    file = Path(path).expanduser()
    try:
        token = file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"--token-file cannot be read: {exc}", path=file) from exc
    if len(token) < MIN_TOKEN_CHARS or any(c.isspace() for c in token):
        raise ConfigError(f"the token must be at least {MIN_TOKEN_CHARS} characters with no spaces", path=file,
                          hint="generate one with `python -c 'import secrets; print(secrets.token_urlsafe(32))'`")
    try:
        if os.name == "posix" and file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            print(f"mambagen serve: warning: {file} is readable by other users; chmod 600 it",
                  file=sys.stderr, flush=True)
    except OSError:
        pass
    return token


def bind(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigError(f"--host {host} cannot be resolved: {exc}") from exc
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                          hint="pick another --port (0 picks a free one)") from exc
    sock.listen(256)
    sock.set_inheritable(True)
    return sock


def config_from(args: argparse.Namespace, token: str | None):
    from .app import WorkerConfig

    for name in ("max_batch", "max_queue", "max_body_bytes", "max_tokens_limit"):
        if getattr(args, name) < 1:
            raise ConfigError(f"--{name.replace('_', '-')} must be at least 1, got {getattr(args, name)}")
    if args.threads is not None and args.threads < 1:
        raise ConfigError(f"--threads must be at least 1, got {args.threads}")
    if args.request_timeout <= 0:
        raise ConfigError(f"--request-timeout must be positive, got {args.request_timeout}")
    return WorkerConfig(
        token=token, max_body_bytes=args.max_body_bytes, max_prompt_tokens=args.max_prompt_tokens,
        max_tokens_limit=args.max_tokens_limit, request_timeout=args.request_timeout, max_batch=args.max_batch,
        max_queue=args.max_queue, batch_wait=max(0.0, args.batch_wait_ms) / 1000.0, warm_up=not args.no_warmup,
    )


#: How long an idle keep-alive connection stays open. It must be well above the clients' own idle
#: expiry (httpx: 5 s, aiohttp: 15 s, load balancers: 60 s): at 5 s, equal to httpx's, the worker
#: sometimes closed a connection in the instant a client reused it, and the client's request, unread
#: in the socket, turned the close into a reset (the load test's rare ReadErrors). An idle socket
#: costs a file descriptor, nothing else.
KEEP_ALIVE_S = 65


def serve(args: argparse.Namespace, make_host: Callable[[argparse.Namespace], object]) -> int:
    """Check the address and token, bind, build the host, then serve until stopped (SIGINT/SIGTERM)."""
    import uvicorn

    from .app import create_app

    token = read_token(args.token_file, args.host)  # before anything slow: a refusal must be quick
    config = config_from(args, token)
    sock = bind(args.host, args.port)
    port = sock.getsockname()[1]
    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    log(f"mambagen serve: loading {args.model or 'the embedded model'} ...")
    host = make_host(args)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    names = ", ".join(f"{e.id}{' (default)' if e.default else ''}" for e in host.entries.values())
    ready = (f"mambagen serve: listening on http://{shown}:{port} (models: {names}; "
             f"{'token required' if token else 'no token: loopback only'})")
    config.ready_message = ready
    app = create_app(host, config)
    config = uvicorn.Config(app, log_level="warning", access_log=args.access_log, lifespan="on",
                            timeout_keep_alive=KEEP_ALIVE_S, timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    if not server.started:
        print("mambagen serve: the worker did not start (see the error above)", file=sys.stderr, flush=True)
        return 1
    return 0


def _load_host(args: argparse.Namespace):
    from .host import ModelHost

    return ModelHost.load(args.model, args.adapters, device=args.device, default=args.default_model,
                          threads=args.threads)


def run(args: argparse.Namespace) -> int:
    code = serve(args, _load_host)
    # Stopped (SIGINT/SIGTERM): the answers in flight were given up; a generation thread still finishing a
    # batch must not hold the process, so leave now rather than join it.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - `mambagen serve` is the entry point
    from ..cli import main as cli_main

    return cli_main(["serve", *(argv if argv is not None else sys.argv[1:])])
