"""conflict-extract: casualty counts, places, groups, quoted sources and dates from conflict news.

>>> import conflict_extract
>>> nlp = conflict_extract.load()            # doctest: +SKIP
>>> records = list(conflict_extract.annotate(nlp, articles))  # doctest: +SKIP
"""

__version__ = "0.1.0"

from conflict_extract.nlp.pipeline import annotate, load  # noqa: E402

__all__ = ["__version__", "annotate", "load"]
