"""One kernel for an article's whole chain, through papermill's engine extension point.

Starting a kernel, importing pandas/plotly/matplotlib and building hazm's tools cost seconds each;
paying them once per article instead of once per notebook is most of the suite's time. The runner
holds a `SharedKernel` per article and binds it (`bound`); papermill runs each notebook through the
engine registered here as `persian-news` (`pm.execute_notebook(..., engine_name=ENGINE)`), which
clears the kernel's namespace and executes on it through one kernel client kept for the chain. With
no kernel bound (`papermill --engine persian-news` on the command line) the engine is papermill's
own nbclient engine. It is registered with papermill when first asked for (`engine_class`) and, for
papermill's CLI, through the `papermill.engine` entry point in pyproject.toml.

papermill loads every entry point while `papermill.engines` is first imported, this module's
among them, so this module imports papermill only inside `engine_class`, once it is complete; and
a module that only plans or skips steps never pays papermill's import (~1.7 s, P4)."""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

ENGINE = "persian-news"
_ENGINE_CLASS: type | None = None
_BOUND: ContextVar[SharedKernel | None] = ContextVar("persian_news_kernel", default=None)


def _local_transport() -> dict[str, str]:
    """IPC (Unix sockets) rather than TCP on localhost, where the platform has them: nothing else on
    the machine can connect, and the kernel has no cause to print "Kernel is running over TCP
    without encryption" on every run. The sockets are named after a connection file of the kernel's
    own in Jupyter's private runtime folder: jupyter_client's default name is `kernel-ipc` in the
    working folder, which two kernels at once (`--jobs 2`) would share."""
    if os.name != "posix":
        return {}
    from jupyter_core.paths import jupyter_runtime_dir
    from jupyter_core.utils import ensure_dir_exists

    runtime = Path(jupyter_runtime_dir())
    ensure_dir_exists(runtime, 0o700)  # private, as Jupyter makes it
    return {"transport": "ipc", "connection_file": str(runtime / f"kernel-{uuid.uuid4()}.json")}


class SharedKernel:
    """A kernel kept for several notebooks, its namespace cleared before each one after the first.

    `%reset -f` empties the namespace, so a notebook cannot lean on a variable an earlier one left
    (modules and their caches stay, which is the point).

    `client` is one kernel client for the whole chain, connected when the kernel starts and checked
    ready (`ready`) before the first notebook, which nbclient then does not wait for: a client per
    notebook waited each time, ~0.2-0.4 s of idle kernel (jupyter_client's ready check ends only
    after 0.2 s without an IOPub message), on the suite's critical path (P1, #10). nbclient reads
    only the replies and outputs of the requests it sends, so what the warm-up, an earlier notebook
    or `prepare` left on the client's channels is passed over."""

    WARM_UP = (
        "import gc\ngc.disable()\ntry:\n"
        '    __import__("helpers.notebook"), __import__("nbformat")\n'
        "finally:\n    gc.freeze()\n    gc.enable()\n    del gc\n"
    )
    """Imports every notebook starts with (pandas, matplotlib, plotly, the notebook setup), binding no
    name, and nbformat, which plotly's mimetype renderer imports at the first figure (~1.8 s, most of
    it jsonschema's format checkers); then the modules' objects, which live as long as the kernel,
    are frozen out of the garbage collector's sight, so the full collections of each `%reset` do not
    rescan them. The collector is off while they are imported: its full collections rescanned the
    growing heap ~8 times, ~0.5 s of the kernel's start (P1, #10)."""

    def __init__(self, kernel_name: str) -> None:
        from jupyter_client.manager import AsyncKernelManager

        self.km = AsyncKernelManager(kernel_name=kernel_name, **_local_transport())
        self.used = False
        self.client: Any = None

    def start(self, cwd: Path) -> None:
        """Launch the kernel and queue the common imports in it, without waiting for either: the
        kernel boots and imports on one core while the runner goes on on the other. A kernel_info
        request goes first, so the kernel answers `ready` as soon as it is up, not after the imports."""
        from jupyter_core.utils import run_sync

        run_sync(self.km.start_kernel)(cwd=str(cwd), extra_arguments=["--HistoryManager.hist_file=:memory:"])
        self.client = self.km.client()
        self.client.allow_stdin = False  # as nbclient sets it on the clients it makes
        self.client.start_channels()
        self.client.kernel_info()
        self.client.execute(self.WARM_UP, silent=True, store_history=False)

    def ready(self) -> None:
        """Wait until the kernel answers and IOPub is connected (jupyter_client's `wait_for_ready`,
        which takes the kernel_info reply `start` asked for). A kernel that does not answer is left
        to nbclient, which connects a client of its own and reports why, as a failed notebook."""
        from jupyter_core.utils import run_sync

        try:
            run_sync(self.client.wait_for_ready)(timeout=60)
        except Exception:
            self.client.stop_channels()
            self.client = None

    def prepare(self) -> None:
        """Clear what the previous notebook left in the namespace (nothing to do before the first).

        `%reset -f` goes over the shell channel alone and its reply means the namespace is clear
        (a full client's wait_for_ready and iopub round trip would add ~0.4 s per notebook)."""
        if self.used and self.km.has_kernel:
            client = self._shell_client()
            try:
                request = client.execute("%reset -f", silent=True, store_history=False)
                while (reply := client.get_shell_msg(timeout=60))["parent_header"].get("msg_id") != request:
                    pass
            finally:
                client.stop_channels()
            if reply["content"].get("status") != "ok":
                raise RuntimeError(f"the kernel could not clear its namespace: {reply['content'].get('evalue', '')}")
        self.used = True

    def _shell_client(self) -> Any:
        """A blocking client on the shell channel only, with a session of its own: the kernel routes
        replies by the session id, and papermill's client has the manager's."""
        from jupyter_client.blocking.client import BlockingKernelClient
        from jupyter_client.session import Session

        client = BlockingKernelClient(session=Session())
        client.load_connection_info(self.km.get_connection_info())  # ports, and the key for that session
        client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        return client

    def shutdown(self) -> None:
        from jupyter_core.utils import run_sync

        if self.client is not None:
            self.client.stop_channels()
        if self.km.has_kernel:
            run_sync(self.km.shutdown_kernel)(now=True)


@contextmanager
def frozen_imports() -> Iterator[None]:
    """Imports (and builds) for the rest of the runner's life, done with the garbage collector off
    and then frozen out of its sight, as the kernel's warm-up does: its full collections rescanned
    the growing heap during papermill's and nbconvert's imports, ~0.3 s of the runner's start, and
    then on every later collection (P1, #10)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def bound(kernel_name: str) -> Iterator[SharedKernel]:
    """A shared kernel that every notebook run through the engine in this context uses; shut down at the end."""
    kernel = SharedKernel(kernel_name)
    token = _BOUND.set(kernel)
    try:
        yield kernel
    finally:
        _BOUND.reset(token)
        kernel.shutdown()


def engine_class() -> type:
    """papermill engine `persian-news`, built and registered on first use (see the module docstring:
    importing papermill.engines here may load the entry point, which asks for this class again)."""
    global _ENGINE_CLASS
    from papermill.engines import NBClientEngine, papermill_engines

    if _ENGINE_CLASS is None:
        _ENGINE_CLASS = _build(NBClientEngine)
        papermill_engines.register(ENGINE, _ENGINE_CLASS)
    return _ENGINE_CLASS


def __getattr__(name: str) -> Any:
    """`helpers.run.engine:SharedKernelEngine`, the entry point's target, made on first access."""
    if name == "SharedKernelEngine":
        return engine_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _build(base: type) -> type:
    class SharedKernelEngine(base):
        """papermill engine `persian-news`: the bound shared kernel, or nbclient's own when none is bound."""

        @classmethod
        def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, **options: Any) -> Any:
            kernel = _BOUND.get()
            if kernel is None:
                return super().execute_managed_notebook(nb_man, kernel_name, **options)
            return _execute_on(kernel, nb_man, kernel_name, **options)

    SharedKernelEngine.__module__ = __name__
    return SharedKernelEngine


def _execute_on(
    kernel: SharedKernel,
    nb_man: Any,
    kernel_name: str,
    log_output: bool = False,
    stdout_file: Any = None,
    stderr_file: Any = None,
    start_timeout: int = 60,
    execution_timeout: int | None = None,
    **_: Any,
) -> Any:
    """Run a notebook on the shared kernel, its namespace cleared first, through the kernel's one
    client (`SharedKernel.client`; nbclient connects one itself when there is none)."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.log import logger

    kernel.prepare()
    client = PapermillNotebookClient(
        nb_man,
        km=kernel.km,
        kernel_name=kernel_name,
        startup_timeout=start_timeout,
        timeout=execution_timeout,
        log=logger,
        log_output=log_output,
        stdout_file=stdout_file,
        stderr_file=stderr_file,
    )
    client.kc = kernel.client
    try:
        return client.execute()
    finally:
        kernel.client = client.kc
