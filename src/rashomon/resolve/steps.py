"""Cross-article steps: each reads what earlier steps provided and provides more, in order.

A step declares the products it `needs` and those it `provides`, as typed `Key`s, and `run`s
over the shared `Products`. The pipeline starts the products with the articles and their
annotations; a product named like a list of `Analysis` (actors, mentions, coverage, quotes ...)
becomes that list of the document. `run_steps` checks the order before running anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from rashomon.errors import ConfigError, Errors

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Key(Generic[T_co]):
    """The name of one product, and (for type checkers) the type of its value."""

    name: str


class Products:
    """What the steps have made so far, by key."""

    def __init__(self, initial: Mapping[Key[Any], Any] | None = None) -> None:
        self._values: dict[str, Any] = {key.name: value for key, value in (initial or {}).items()}

    def __getitem__(self, key: Key[T]) -> T:
        if key.name not in self._values:
            raise KeyError(f"no product {key.name!r} yet")
        value: T = self._values[key.name]
        return value

    def __setitem__(self, key: Key[T], value: T) -> None:
        self._values[key.name] = value

    def __contains__(self, key: Key[Any]) -> bool:
        return key.name in self._values

    def names(self) -> set[str]:
        """The names of every product made so far."""
        return set(self._values)

    def by_name(self, name: str) -> Any:
        """A product's value by its name (for assembling the document)."""
        return self._values[name]


class Step(Protocol):
    """One cross-article step."""

    name: str
    needs: tuple[Key[Any], ...]
    provides: tuple[Key[Any], ...]

    def run(self, products: Products) -> None:
        """Read `needs` from `products` and set every key of `provides`."""
        ...


def check_order(steps: Iterable[Step], available: Iterable[str]) -> None:
    """Raise ConfigError (E005) unless every step's needs come before it."""
    made = set(available)
    for step in steps:
        for need in step.needs:
            if need.name not in made:
                raise ConfigError(Errors.E005.format(step=step.name, need=need.name))
        made.update(key.name for key in step.provides)


def run_steps(steps: Iterable[Step], products: Products) -> Products:
    """Run `steps` in order over `products` (checked first); return the products."""
    ordered = list(steps)
    check_order(ordered, products.names())
    for step in ordered:
        step.run(products)
        missing = [key.name for key in step.provides if key not in products]
        if missing:
            raise RuntimeError(f"step {step.name!r} did not provide {', '.join(missing)}")
    return products
