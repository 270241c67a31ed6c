"""Serve the Streamlit app for a corpus store: what `gpwatch app` runs.

The app binds 127.0.0.1 unless told otherwise (the corpus holds private people's
comments), runs headless (no browser is opened, no usage statistics are sent) and
reads the store read-only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app import console
from corpora import store

APP_SCRIPT = Path(__file__).resolve().with_name("streamlit_app.py")


def _run_streamlit(argv: list[str]) -> int:
    """``streamlit <argv>`` in this process, with Streamlit's old "pages/ directory" mode off.

    Streamlit decides on the first script run of a server whether the app uses the v1
    ``pages/`` directory convention; because ``app/pages/`` exists, a server whose first
    visitor opens, say, ``/document`` would run that page on its own, without the entry
    script's ``st.navigation``, layout and sidebar.  The app declares its pages with
    ``st.navigation``, so tell Streamlit so before it starts.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
    except (ImportError, AttributeError):  # pragma: no cover - a Streamlit without the flag
        pass
    # import what the pages import before the server accepts anyone, so the first visitor
    # does not wait for pandas and altair to load
    import altair  # noqa: F401
    import pandas  # noqa: F401
    from streamlit.web import cli

    import app.cache  # noqa: F401
    import app.ui  # noqa: F401

    sys.argv = ["streamlit", *argv]
    try:
        cli.main(prog_name="streamlit")
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0


def streamlit_command(db_path: str | os.PathLike, *, port: int = 8501, host: str = "127.0.0.1") -> list[str]:
    """The ``streamlit run`` command line for the app; the store reaches it as ``$GPWATCH_DB``
    (see :func:`serve`), the one place every gpwatch process reads its default store from."""
    return [
        sys.executable,
        "-m",
        "app.serve",
        "run",
        str(APP_SCRIPT),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
        "--global.developmentMode",
        "false",
        "--runner.magicEnabled",
        "false",  # the pages write only what they call st.* for
        # no full garbage collection after every script run (Streamlit's default): with pandas
        # and Altair loaded it adds a pause to every render; Python's own collector still runs
        "--runner.postScriptGC",
        "false",
    ]


def streamlit_env(db_path: str | os.PathLike) -> dict[str, str]:
    """The environment of the app's server: this one, with ``$GPWATCH_DB`` naming the store."""
    return {**os.environ, store.ENV_DB: str(store.canonical_location(db_path))}


def serve(db_path: str | os.PathLike, *, port: int = 8501, host: str = "127.0.0.1") -> int:
    """Run the app until interrupted; returns the exit status (1 when the store cannot be opened)."""
    path = store.canonical_location(db_path)
    try:
        store.connect(path, readonly=True).close()
    except store.StoreError as exc:
        console.error(f"{exc}; build a store with `gpwatch ingest` or `gpwatch crawl` first")
        return 1
    try:  # bring an older store up to the current schema (as every gpwatch command does) ...
        store.connect(path).close()
    except store.StoreError as exc:  # ... unless it cannot be written: the app copes with older stores
        console.error(f"note: {exc}; serving it as it is")
    if not 0 < port < 65536:
        console.error(f"port {port}: not a valid TCP port")
        return 2
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.error(f"warning: serving on {host}, reachable from other machines")
    print(
        f"gpwatch app on http://{'[' + host + ']' if ':' in host else host}:{port} (store {path}, read-only)",
        flush=True,
    )
    proc = subprocess.Popen(
        streamlit_command(path, port=port, host=host), env=streamlit_env(path), preexec_fn=_die_with_parent
    )
    forwarded = _forward_signals(proc)
    try:
        return proc.wait()
    except KeyboardInterrupt:  # Ctrl-C reached the server too (same process group): let it stop
        return 0
    finally:
        for signum, handler in forwarded.items():
            signal.signal(signum, handler)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _forward_signals(proc: subprocess.Popen) -> dict:
    """Pass SIGTERM and SIGHUP on to the server, so stopping `gpwatch app` stops the app
    (a service manager, a test or the demo stops the parent, not the server)."""
    previous = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        try:
            previous[signum] = signal.signal(signum, lambda number, _frame: proc.send_signal(number))
        except ValueError:  # not the main thread: nothing to forward from
            pass
    return previous


def _die_with_parent() -> None:
    """In the server's process: on Linux, get SIGTERM when `gpwatch app` dies, even by kill -9."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the signal forwarding above still applies
        pass


if __name__ == "__main__":
    sys.exit(_run_streamlit(sys.argv[1:]))
