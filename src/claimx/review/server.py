"""Serving the review app with uvicorn on a socket bound before start-up, so a busy port is a
one-line error rather than a log message."""
from __future__ import annotations

import getpass
import ipaddress
import socket
import threading
import time
import webbrowser
from collections.abc import Callable

import uvicorn

from claimx.errors import ClaimxError, ExitCode
from claimx.review.app import LOOPBACK_HOSTS, create_app
from claimx.store import ClaimStore


class ServeError(ClaimxError):
    """The review app cannot listen on the address asked for."""

    exit_code = ExitCode.USAGE


def is_loopback(host: str) -> bool:
    """Tell whether a --host value names this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """Bind a listening socket.

    host (str): the address to bind, e.g. "127.0.0.1", "::1" or "0.0.0.0".
    port (int): the port; 0 picks a free one.
    RETURNS (socket.socket): the bound socket.
    """
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as error:
        raise ServeError(f"{host}:{port}: cannot listen: {error.strerror or error}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        sock.close()
        raise ServeError(f"{host}:{port}: cannot listen: {error.strerror or error}") from None
    return sock


def serve(
    store: ClaimStore,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    open_browser: bool = True,
    announce: Callable[[str], None] = print,
    reviewer: str | None = None,
) -> None:
    """Serve the review app until interrupted (Ctrl+C).

    store (ClaimStore): the store to review.
    host (str): the address to bind; loopback unless the user asks otherwise.
    port (int): the port; 0 picks a free one.
    open_browser (bool): open the overview in the default browser once serving.
    announce (Callable[[str], None]): called with the URL once the socket is bound.
    reviewer (str | None): the name decisions are recorded under by default; the OS user when None.
    """
    sock = listen(host, port)
    bound_port = sock.getsockname()[1]
    url = f"http://{f'[{host}]' if ':' in host else host}:{bound_port}/"
    app = create_app(
        store, reviewer=reviewer or _reviewer(), allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else ("*",)
    )
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    announce(url)
    if open_browser:
        threading.Thread(target=_open_when_started, args=(server, url), daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def _open_when_started(server: uvicorn.Server, url: str) -> None:
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if server.started:
        webbrowser.open(url)


def _reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"
