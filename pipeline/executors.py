"""Where page tasks run: in this process, in a pool of local processes, or on a Dask cluster.

Each pool offers the same three calls, so the runner schedules the same per-page task
everywhere: ``submit(fn, *args)`` returns a future, ``wait_any(futures)`` returns the
ones that finished, ``close()`` stops the workers. Results always come back to the
coordinator, which alone writes the store.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

import cv2


def limit_threads() -> None:
    """Run in every worker: one thread per Tesseract and per OpenCV call, as many workers
    as cores instead.

    Multithreaded Tesseract is slower than single-threaded processes on few cores, and
    OpenCV's threads cost CPU time too: preprocessing a page takes about 6% less CPU on one
    thread (``benchmarks/ocr_degradations.py``), with the same pixels.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"
    cv2.setNumThreads(1)


class WorkerCrashed(Exception):
    """A worker process died (crash, out of memory, killed) while running a task."""


class TaskPool(Protocol):
    """The calls the runner needs from a pool of workers."""

    workers: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def wait_any(self, futures: Iterable[Any]) -> set[Any]: ...

    def result(self, future: Any) -> Any:
        """The task's result; raises :class:`WorkerCrashed` if its worker died."""
        ...

    def close(self) -> None: ...


class InlinePool:
    """Runs each task at once in this process (``--jobs 1``, tests, debugging)."""

    workers = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def wait_any(self, futures: Iterable[Future[Any]]) -> set[Future[Any]]:
        return set(futures)

    def result(self, future: Future[Any]) -> Any:
        return future.result()

    def close(self) -> None:
        pass


class LocalPool:
    """A pool of local worker processes; a pool broken by a dying worker is replaced."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=limit_threads)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(fn, *args)

    def wait_any(self, futures: Iterable[Future[Any]]) -> set[Future[Any]]:
        done, _ = wait(list(futures), return_when=FIRST_COMPLETED)
        return set(done)

    def result(self, future: Future[Any]) -> Any:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise WorkerCrashed("worker process died (crash or out of memory)") from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskPool:
    """Tasks on an existing Dask distributed cluster; workers need the same Debian packages
    (tesseract-ocr, tesseract-ocr-vie, poppler-utils), this package, and the input files
    at the same paths (shared storage)."""

    def __init__(self, scheduler: str):
        try:
            from distributed import Client
        except ImportError:  # pragma: no cover - depends on the installed extras
            raise RuntimeError(
                "--executor dask needs the 'distributed' package: pip install 'vanban[cluster]'"
            ) from None
        self._client = Client(scheduler)
        self._client.run(limit_threads)
        self.workers = max(1, sum(self._client.nthreads().values()))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._client.submit(fn, *args, pure=False)

    def wait_any(self, futures: Iterable[Any]) -> set[Any]:
        from distributed import wait as dask_wait

        done, _ = dask_wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done)

    def result(self, future: Any) -> Any:
        from distributed.scheduler import KilledWorker

        try:
            return future.result()
        except KilledWorker as exc:
            raise WorkerCrashed(f"dask worker died: {exc}") from exc

    def close(self) -> None:
        self._client.close()


def make_pool(executor: str, jobs: int, scheduler: str | None = None) -> TaskPool:
    """The pool for ``--executor``: ``local`` (processes; inline when jobs is 1) or ``dask``."""
    if executor == "dask":
        if not scheduler:
            raise ValueError("--executor dask needs --scheduler ADDRESS")
        return DaskPool(scheduler)
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r}")
    return InlinePool() if jobs == 1 else LocalPool(jobs)
