"""Resolve: everything that needs more than one article, as an ordered list of steps.

Steps (`steps.Step`) declare the products they need and provide (`keys`); `registry.STEPS`
names them and `Settings.steps` orders them: `actors` merges mentions into actors, `coverage`
counts them per article. Later capabilities (speakers, stories, claims, framing) add steps.
"""

from __future__ import annotations

from rashomon.resolve.actors import ResolvedActors, resolve_actors
from rashomon.resolve.index import ActorIndex
from rashomon.resolve.registry import STEPS, steps_named
from rashomon.resolve.steps import Key, Products, Step, check_order, run_steps

__all__ = [
    "STEPS",
    "ActorIndex",
    "Key",
    "Products",
    "ResolvedActors",
    "Step",
    "check_order",
    "resolve_actors",
    "run_steps",
    "steps_named",
]
