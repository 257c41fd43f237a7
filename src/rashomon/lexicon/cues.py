"""The verbs that attribute what follows to their subject, and what each attributes.

From `data/quote_cues.tsv` (its header says how the list was made): lemma → "clause",
"statement", "infinitive", "both" or "object". The quotes component finds statements by them;
the facts component leaves them out of what a number counts ("unions said").
"""

from __future__ import annotations

from rashomon.lexicon.words import data_lines

QUOTE_CUES: dict[str, str] = dict(line.split("\t") for line in data_lines("quote_cues.tsv"))
