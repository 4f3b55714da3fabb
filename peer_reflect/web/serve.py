"""`peer-reflect serve`: the whole stack for the web chat in one command.

Starts the action server, the Rasa server (with its socket.io channel) and the page, prints the address,
and stops all three on Ctrl-C, SIGTERM or SIGHUP, or as soon as one of the servers dies.
"""
from __future__ import annotations

import argparse
import errno
import signal
import socket
import sys
import time
from pathlib import Path

from peer_reflect.settings import PROJECT_ROOT

DEFAULT_PAGE_PORT = 8000
DEFAULT_RASA_PORT = 5005
DEFAULT_ACTION_PORT = 5055


class _Stop(Exception):
    """Raised from a signal handler to unwind into the `with` blocks that stop the servers."""


def add_serve_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "serve",
        help="start the web chat: action server, Rasa server and the page",
        description="Start the action server, the Rasa server with its socket.io channel, and the web chat "
        "page; print the address; stop them all on Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="address the page and the chat socket listen on (default 127.0.0.1; 0.0.0.0 lets "
                        "phones on your network in: put it behind HTTPS before real use)")
    parser.add_argument("--port", type=int, default=DEFAULT_PAGE_PORT,
                        help=f"port of the page (default {DEFAULT_PAGE_PORT}; 0 picks a free one)")
    parser.add_argument("--rasa-port", type=int, default=DEFAULT_RASA_PORT,
                        help=f"port of the Rasa server and its socket.io endpoint (default {DEFAULT_RASA_PORT})")
    parser.add_argument("--action-port", type=int, default=DEFAULT_ACTION_PORT,
                        help=f"port of the action server, always on 127.0.0.1 (default {DEFAULT_ACTION_PORT})")
    parser.add_argument("--socket-url", default="",
                        help="public URL of the socket.io endpoint when a reverse proxy serves it "
                        "(default: the page's host name with --rasa-port)")
    parser.add_argument("--model", type=Path, default=None, help="trained model (default models/peer-reflect.tar.gz)")
    parser.add_argument("--log-dir", type=Path, default=PROJECT_ROOT / "var" / "log",
                        help="where the servers' logs go (default var/log)")
    parser.set_defaults(handler=run_serve)
    return parser


def _check_port(host: str, port: int, what: str) -> None:
    if not port:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise SystemExit(f"Port {port} ({what}) is already in use. Stop whatever uses it, or pick another "
                                 f"port with the matching option (0 picks a free one).") from None
            raise


def _raise_stop(signum, frame) -> None:
    raise _Stop(signal.Signals(signum).name)


def run_serve(args: argparse.Namespace) -> int:
    from peer_reflect.stack import DEFAULT_MODEL, Stack
    from peer_reflect.web.server import WebChatServer, socket_hint

    model = args.model or DEFAULT_MODEL
    if not Path(model).exists():
        print(f"No trained model at {model}. Train one first: `make train`.", file=sys.stderr)
        return 1
    _check_port(args.host, args.port, "page, --port")
    _check_port(args.host, args.rasa_port, "Rasa server, --rasa-port")
    _check_port("127.0.0.1", args.action_port, "action server, --action-port")

    handled = (signal.SIGTERM, signal.SIGHUP)
    previous = {sig: signal.signal(sig, _raise_stop) for sig in handled}
    # Ctrl-C even when started from a shell that ignores SIGINT for background jobs.
    previous[signal.SIGINT] = signal.signal(signal.SIGINT, signal.default_int_handler)
    print("Starting the action server and the Rasa server (this takes about a minute)...", flush=True)
    try:
        with Stack(
            model=Path(model),
            host=args.host,
            rasa_port=args.rasa_port,
            action_port=args.action_port,
            log_dir=args.log_dir,
            # No access log: Sanic's would write each visitor's address.
            env={"SANIC_ACCESS_LOG": "False"},
        ) as stack:
            hint = socket_hint(args.socket_url, None if args.socket_url else stack.rasa_port)
            with WebChatServer(host=args.host, port=args.port, chat_socket=hint) as web:
                print(f"\nPeer Reflect web chat: {web.url}", flush=True)
                if args.host in ("0.0.0.0", "::"):
                    print(f"  (also on this machine's network address, port {web.port})", flush=True)
                print(f"Logs: {stack.log_dir}. Press Ctrl-C to stop.", flush=True)
                try:
                    return _watch(stack)
                except (KeyboardInterrupt, _Stop):
                    # A second Ctrl-C must not cut the shutdown short and leave a server behind.
                    for sig in (signal.SIGINT, *handled):
                        signal.signal(sig, signal.SIG_IGN)
                    print("\nStopping the page, the Rasa server and the action server...", flush=True)
                    return 0
    except (KeyboardInterrupt, _Stop):
        print("\nInterrupted while starting; everything started so far has been stopped.", flush=True)
        return 130
    except (RuntimeError, TimeoutError) as exc:
        print(f"Could not start: {exc}", file=sys.stderr)
        return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        print("Stopped.", flush=True)


def _watch(stack) -> int:
    """Wait until interrupted; if a server dies, say so and return (the `with` blocks stop the rest)."""
    while True:
        for proc in stack._procs:
            if proc.poll() is not None:
                print(f"A server stopped unexpectedly (exit {proc.returncode}); see {stack.log_dir}. "
                      "Stopping the rest.", file=sys.stderr, flush=True)
                return 1
        time.sleep(1)


def main(argv: list[str] | None = None) -> int:
    """`python -m peer_reflect.web.serve` works before the subcommand is wired into `peer-reflect`."""
    parser = argparse.ArgumentParser(prog="peer-reflect")
    add_serve_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["serve", *(sys.argv[1:] if argv is None else argv)])
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
