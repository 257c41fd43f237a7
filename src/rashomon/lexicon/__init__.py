"""The shared lexicon: one copy of each vocabulary, below ingest, annotate and resolve.

Word lists live as data files in `data/` (each with a comment on what it is for and where it
comes from); `words` reads them, `grammar` and `patterns` build on them, `names` normalises and
matches person names, `gazetteer` maps country names, demonyms, capitals and known bodies to the
actors they denote. Nothing here imports spaCy or another stage.
"""
