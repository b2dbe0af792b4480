"""The in-memory reference pack: entities, metrics and facts, with the look-ups the checker needs.

A pack is a folder of three CSV files (`entities.csv`, `metrics.csv`, `facts.csv`, format in
docs/architecture.md); `claimx.reference.loading` reads and validates it into a `ReferencePack`.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from claimx.records import ReferenceValue
from claimx.resources import package_data

ENV_VAR = "CLAIMX_REFERENCE"


@dataclass(frozen=True)
class PackEntity:
    """An organisation, segment, product or place the pack has figures for.

    id (str): the pack's id, used in facts.csv and `Claim.entity_id`.
    name (str): canonical name.
    aliases (tuple[str, ...]): other names articles use.
    parent (str | None): the id of the entity this one is part of (a segment's company).
    kind (str): free text such as "company", "segment", "product", "department".
    fiscal_year_end (str | None): "MM-DD" when its fiscal year does not end on 31 December (optional
        `fiscal_year_end` column): a bare "third quarter" in an article about it is a fiscal quarter.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    kind: str = ""
    fiscal_year_end: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Metric:
    """Something the pack measures.

    id (str): the pack's id, used in facts.csv.
    unit (str): the unit every fact of this metric is in ("USD", "percent", "count", ...).
    synonyms (tuple[str, ...]): the words articles use for it.
    """

    id: str
    unit: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One reported figure with its period and provenance.

    entity (str): entity id.
    metric (str): metric id.
    period (str): the period's label ("FY2025", "Q4 FY2026").
    start (date): first day of the period.
    end (date): last day of the period.
    value (float): the figure, scale applied.
    unit (str): its unit.
    source (str): where it comes from.
    """

    entity: str
    metric: str
    period: str
    start: dt.date
    end: dt.date
    value: float
    unit: str
    source: str = ""

    @property
    def days(self) -> int:
        """Length of the period in days, both ends included."""
        return (self.end - self.start).days + 1

    def as_reference(self) -> ReferenceValue:
        """This fact as the `ReferenceValue` an `Evidence` cites."""
        return ReferenceValue(entity=self.entity, metric=self.metric, period=self.period,
                              value=self.value, unit=self.unit, source=self.source)


@dataclass
class ReferencePack:
    """A loaded, validated reference pack.

    path (Path): the folder it was read from.
    entities (dict[str, PackEntity]): by id.
    metrics (dict[str, Metric]): by id.
    facts (list[Fact]): every fact, in file order.
    """

    path: Path
    entities: dict[str, PackEntity]
    metrics: dict[str, Metric]
    facts: list[Fact]
    _by_key: dict[tuple[str, str], list[Fact]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key = {}
        for fact in self.facts:
            self._by_key.setdefault((fact.entity, fact.metric), []).append(fact)
        for series in self._by_key.values():
            series.sort(key=lambda f: (f.end, -f.days))

    def facts_for(self, entity: str, metric: str) -> list[Fact]:
        """The facts of `entity` for `metric`, oldest end first.

        entity (str): entity id.
        metric (str): metric id.
        RETURNS (list[Fact]): possibly empty.
        """
        return self._by_key.get((entity, metric), [])

    def metrics_of(self, entity: str) -> set[str]:
        """Ids of the metrics `entity` has at least one fact for."""
        return {metric for (owner, metric) in self._by_key if owner == entity}

    def calendar(self, entity: str) -> list[Fact]:
        """Every fact of `entity` and its ancestors, any metric: what reveals its fiscal calendar."""
        lineage = set(self.lineage(entity))
        return [fact for fact in self.facts if fact.entity in lineage]

    def lineage(self, entity: str) -> list[str]:
        """`entity` followed by its parent, grandparent, ... up to the top-level entity."""
        chain = [entity]
        while (parent := self.entities[chain[-1]].parent) and parent not in chain:
            chain.append(parent)
        return chain

    def root(self, entity: str) -> str:
        """The top-level entity `entity` belongs to (itself when it has no parent)."""
        return self.lineage(entity)[-1]


def default_pack_path() -> Path:
    """The default reference pack: $CLAIMX_REFERENCE when set, else the pack bundled in the package
    (claimx/reference/bundled/, found with importlib.resources).

    RETURNS (Path): the folder; it may not exist (loading it then reports that).
    """
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return package_data("claimx.reference", "bundled")
