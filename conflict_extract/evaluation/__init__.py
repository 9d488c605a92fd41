"""evaluation: ``conflict-extract eval``.

* :mod:`~conflict_extract.evaluation.scoring` — pure scoring of predictions against gold;
* :mod:`~conflict_extract.evaluation.inputs` — gold, prediction and article files (the reader's
  discovery);
* :mod:`~conflict_extract.evaluation.report` — the report as tables;
* :mod:`~conflict_extract.evaluation.evaluate` — the command.
"""
