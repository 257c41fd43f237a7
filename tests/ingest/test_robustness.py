"""Property: whatever bytes a file holds, ingest returns an article or a reject, never raises."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.ingest import ingest
from rashomon.settings import Settings

SUFFIXES = [".txt", ".html", ".jsonl", ".warc", ".xml"]
SENTENCE = "The harbour council met on Friday and voted to repair the old sea wall before winter. "


def _outcomes(name: str, payload: bytes) -> tuple[int, int, list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(payload)
        result = ingest([str(path)], Settings())
    return len(result.articles), len(result.rejected), [r.reason for r in result.rejected]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(SUFFIXES), payload=st.binary(max_size=2000))
def test_arbitrary_bytes_are_analysed_or_rejected(suffix: str, payload: bytes) -> None:
    articles, rejected, reasons = _outcomes("input" + suffix, payload)
    assert articles + rejected >= 1
    if suffix != ".jsonl":
        assert articles + rejected == 1
    assert all(reason and "\n" not in reason for reason in reasons)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noise=st.text(max_size=300), repeat=st.integers(min_value=1, max_value=4))
def test_text_with_arbitrary_noise_is_analysed_or_rejected(noise: str, repeat: int) -> None:
    payload = (noise + "\n\n" + SENTENCE * repeat + "\n" + noise).encode("utf-8", "surrogatepass")
    articles, rejected, reasons = _outcomes("story.txt", payload)
    assert articles + rejected == 1
    assert all("\n" not in reason for reason in reasons)


@settings(max_examples=40, deadline=None)
@given(
    record=st.dictionaries(
        st.sampled_from(["text", "html", "title", "url", "outlet", "author", "published", "genre"]),
        st.one_of(st.none(), st.integers(), st.text(max_size=80)),
    )
)
def test_jsonl_records_of_any_shape_are_analysed_or_rejected(record: dict[str, object]) -> None:
    payload = (json.dumps(record) + "\n").encode("utf-8", "surrogatepass")
    articles, rejected, _ = _outcomes("records.jsonl", payload)
    assert articles + rejected == 1
