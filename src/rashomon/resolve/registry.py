"""Every cross-article step, by name. `Settings.steps` says which run, in which order.

A new step is one module with a class satisfying `steps.Step`, its keys in `keys`, and its line
here.
"""

from __future__ import annotations

from collections.abc import Iterable

from rashomon.errors import ConfigError, Errors
from rashomon.resolve.actors import ActorsStep
from rashomon.resolve.coverage import CoverageStep
from rashomon.resolve.facts import FactsStep
from rashomon.resolve.quotes import QuotesStep
from rashomon.resolve.steps import Step

STEPS: dict[str, Step] = {
    step.name: step for step in (ActorsStep(), CoverageStep(), QuotesStep(), FactsStep())
}


def steps_named(names: Iterable[str]) -> list[Step]:
    """The steps called `names`, in that order; ConfigError (E004) for an unknown one."""
    found = []
    for name in names:
        if name not in STEPS:
            known = ", ".join(STEPS)
            raise ConfigError(Errors.E004.format(kind="step", name=name, known=known))
        found.append(STEPS[name])
    return found
