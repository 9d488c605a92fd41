"""events: casualty figures linked into events (where, when, who, how), merged across articles.

* :mod:`~conflict_extract.events.build` — one article's events (:func:`article_events`);
* :mod:`~conflict_extract.events.merge` — the same incident across articles (:func:`merge_events`);
* :mod:`~conflict_extract.events.compare` — whether two events can be one incident, and why;
* :mod:`~conflict_extract.events.places`, :mod:`~conflict_extract.events.dates` — an event's place
  and date from the figure, its sentence and the article;
* :mod:`~conflict_extract.events.kinds` — the kind of attack (air strike, suicide bombing ...);
* :mod:`~conflict_extract.events.actors` — who acted and who was targeted;
* :mod:`~conflict_extract.events.intervals` — TIMEX3 values as day intervals;
* :mod:`~conflict_extract.events.acled` — ACLED's precision codes, country name and event day.
"""
