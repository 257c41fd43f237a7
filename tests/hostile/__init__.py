"""The hostile corpus: files made to break ingest, and the test that ingest survives them all."""
