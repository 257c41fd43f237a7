"""How to declare records: stdlib dataclasses read by pydantic, pydantic models or dataclasses.

Measures, for N mention records, the time to build them (what annotate and resolve do in their
inner loops), to write them as JSON and to read them back with validation, and the memory they
hold. rashomon's choice is the first row: frozen, slotted stdlib dataclasses (`records.base`)
serialised by pydantic's TypeAdapter. The last row is the hand-written way it replaced
(`dataclasses.asdict` + `json.dumps`).

    python benchmarks/records.py [--count 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pydantic
from pydantic import TypeAdapter

from rashomon.records import Mention


class MentionModel(pydantic.BaseModel):
    """The same record as a frozen pydantic model."""

    model_config = pydantic.ConfigDict(frozen=True)
    article_id: str
    actor: str
    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]


@pydantic.dataclasses.dataclass(frozen=True, slots=True)
class MentionPydanticDataclass:
    """The same record as a pydantic dataclass (validated on construction)."""

    article_id: str
    actor: str
    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]


def _arguments(count: int) -> list[tuple[str, str, str, tuple[int, int], tuple[int, int]]]:
    return [
        (f"a_{i % 500}", f"r_{i % 3000}", "Vladimir Putin", (i, i + 14), (i - 40, i + 60))
        for i in range(100, count + 100)
    ]


def _median(action: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _memory(build: Callable[[], Any]) -> float:
    tracemalloc.start()
    kept = build()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return size / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = _arguments(args.count)
    variants: dict[str, tuple[type, Callable[[Any], bytes]]] = {}
    for label, kind in (
        ("stdlib dataclass + TypeAdapter", Mention),
        ("pydantic BaseModel", MentionModel),
        ("pydantic dataclass", MentionPydanticDataclass),
    ):
        adapter: TypeAdapter[Any] = TypeAdapter(tuple[kind, ...])  # type: ignore[valid-type]
        variants[label] = (kind, adapter.dump_json)
    print(f"{args.count} mention records, medians of {args.repeat} runs")
    print(f"{'declaration':<34}{'build s':>9}{'to JSON s':>11}{'from JSON s':>13}{'MiB held':>10}")
    for label, (kind, dump) in variants.items():
        adapter = TypeAdapter(tuple[kind, ...])  # type: ignore[valid-type]

        def build(kind: type = kind) -> tuple[Any, ...]:
            if kind is MentionModel:
                return tuple(
                    kind(article_id=a, actor=b, text=c, span=d, sentence=e)
                    for a, b, c, d, e in rows
                )
            return tuple(kind(*row) for row in rows)

        built_s, records = _median(build, args.repeat)
        dump_s, text = _median(lambda records=records, dump=dump: dump(records), args.repeat)
        load_s, _ = _median(lambda text=text, adapter=adapter: adapter.validate_json(text), 3)
        print(f"{label:<34}{built_s:>9.3f}{dump_s:>11.3f}{load_s:>13.3f}{_memory(build):>10.1f}")
    records = tuple(Mention(*row) for row in rows)
    dump_s, _ = _median(
        lambda: json.dumps([dataclasses.asdict(item) for item in records]), args.repeat
    )
    print(f"{'stdlib dataclass + asdict/json':<34}{'':>9}{dump_s:>11.3f}")


if __name__ == "__main__":
    main()
