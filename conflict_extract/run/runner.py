"""Running a stream of articles through the pipeline, in this process or in worker processes.

Records come back in input order either way. With several workers each process loads the
pipeline once; at most ``2 * workers`` batches are in flight, so memory stays flat however large
the corpus.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.language import Language

from conflict_extract.models import CATEGORIES, Article, ArticleRecord
from conflict_extract.nlp.docs import ARTICLE_TIMEOUT, annotate
from conflict_extract.nlp.pipeline import load

WORKER_BATCH_SIZE = 16
"""Articles sent to a worker process at a time."""



@dataclass(frozen=True)
class _WorkerState:
    """What a worker process loads once and uses for every batch."""

    nlp: Language
    categories: tuple[str, ...]
    timeout: float | None


_worker: list[_WorkerState] = []  # the one state of this worker process, once initialised


@functools.lru_cache(maxsize=4)
def load_cached(model: str | None, categories: tuple[str, ...]) -> Language:
    """:func:`~conflict_extract.nlp.pipeline.load`, once per process for each model and category set."""
    return load(model, categories)


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _init_worker(model: str | None, categories: Sequence[str], timeout: float | None) -> None:
    # The parent handles Ctrl-C and stops the pool; a worker just ends when told to.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker.append(_WorkerState(load(model, categories), tuple(categories), timeout))


def _process_batch(batch: list[Article]) -> list[ArticleRecord]:
    state = _worker[0]
    return list(annotate(state.nlp, batch, state.categories, article_timeout=state.timeout))


def process_articles(
    articles: Iterable[Article],
    *,
    categories: Sequence[str] = CATEGORIES,
    model: str | None = None,
    workers: int = 1,
    nlp: Language | None = None,
    article_timeout: float | None = ARTICLE_TIMEOUT,
) -> Iterator[ArticleRecord]:
    """Annotate ``articles`` and yield their records in order, with ``workers`` processes.

    ``article_timeout``: seconds per article before its record is written incomplete, with a
    warning (``None``: no limit).
    """
    if workers <= 1:
        nlp = nlp or load_cached(model, tuple(categories))
        yield from annotate(nlp, articles, categories, article_timeout=article_timeout)
        return
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = mp.get_context(method).Pool(
        workers, initializer=_init_worker, initargs=(model, tuple(categories), article_timeout)
    )
    try:
        in_flight: deque = deque()
        for batch in batched(articles, WORKER_BATCH_SIZE):
            in_flight.append(pool.apply_async(_process_batch, (batch,)))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
