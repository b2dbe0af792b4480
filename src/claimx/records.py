"""The records passed between claimx's stages: the contract other tools rely on.

Every stage reads and writes these pydantic models and nothing else: the reader makes
`Article`s, the pipeline turns them into `Claim`s and `Entity`s, the checker returns
`Claim`s with `verdict` and `evidence` set, and the sinks (files, the SQLite store, the
review app, exports) only read them. `schema/claim.schema.json` is generated from
`Claim` and a test keeps it current.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["exact", "approximate", "lower_bound", "upper_bound", "range"]
Direction = Literal["up", "down"]
Status = Literal["reported", "forecast", "estimate", "market"]
Kind = Literal[
    "amount",  # money
    "percentage",  # a level given in percent ("27% of sales")
    "percentage_points",  # a difference of percentages ("3.5 percentage points")
    "count",  # counts of things ("4,600 stores")
    "ratio",  # fractions and shares in words ("a quarter", "one-fifth")
    "multiple",  # "doubling", "three times as many"
    "change",  # a stated rise or fall ("rose 12%", "cut by $2.5 million")
    "physical",  # a physical quantity (km, tonnes, MW)
]
VerdictName = Literal["supported", "contradicted", "unverifiable"]


class Record(BaseModel):
    """Base for every record: unknown keys are rejected and instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Record):
    """One article as read from a file, a JSON record or stdin."""

    id: str = Field(description="Stable id: the file name relative to the input root, or the JSON `id`.")
    text: str = Field(description="The article text; claim offsets index into this string.")
    path: Optional[str] = Field(None, description="Where the article was read from ('-' for stdin).")
    title: Optional[str] = None
    published: Optional[dt.date] = Field(None, description="Publication date; anchors relative periods.")
    url: Optional[str] = None
    encoding: Optional[str] = Field(None, description="The encoding the bytes were decoded from.")


class ReferenceValue(Record):
    """One figure from a reference pack that a verdict relied on."""

    entity: str
    metric: str
    period: str
    value: float
    unit: str
    source: str = ""


class Evidence(Record):
    """Why a claim got its verdict, in enough detail for a reviewer to agree or disagree."""

    rule: str = Field(description="The verdict rule that decided: direct, growth, share, difference, multiple, internal_*, none.")
    reference: list[ReferenceValue] = Field(default_factory=list, description="Reference figures used, with sources.")
    computation: Optional[str] = Field(None, description='What was computed, e.g. "172.162e9 / 716.924e9 = 0.240".')
    expected: Optional[float] = Field(None, description="The value the evidence implies, in the claim's unit.")
    deviation: Optional[float] = Field(None, description="Relative deviation of the claim from `expected`.")
    tolerance: Optional[float] = Field(None, description="Relative deviation allowed before `contradicted`.")
    tolerance_reason: Optional[str] = None
    related_claims: list[str] = Field(default_factory=list, description="Ids of other claims an internal check used.")
    note: Optional[str] = None


class SubjectFrame(Record):
    """Who or what a figure is about, as written."""

    text: Optional[str] = Field(None, description="The subject's words as they stand in the article.")
    start: Optional[int] = Field(None, ge=0, description="Offset of `text` in the article; null when not found there.")
    end: Optional[int] = Field(None, ge=0)
    label: Optional[str] = Field(None, description="spaCy entity label of the mention (ORG, GPE, ...), when it is one.")
    reason: str = Field("none", description="Why it was chosen: possessive, owner, grammatical_subject, relative_clause, "
                                            "place_scope, named_in_sentence, topic, source_only (the organisation giving the "
                                            "figure, nothing else in view) or none.")


class MetricFrame(Record):
    """What a figure measures, as written."""

    text: Optional[str] = None
    start: Optional[int] = Field(None, ge=0)
    end: Optional[int] = Field(None, ge=0)
    head: Optional[str] = Field(None, description="Lemma of the phrase's head noun ('revenue', 'rate').")


# the reasons of a period read from the figure's own sentence: written right after it, or elsewhere in its sentence
WRITTEN_REASONS = ("after the figure", "in the sentence")


class PeriodFrame(Record):
    """When a figure is for: the mention it was read from and its normal form."""

    text: Optional[str] = Field(None, description="The period words; null when the period was carried from elsewhere.")
    start: Optional[int] = Field(None, ge=0)
    end: Optional[int] = Field(None, ge=0)
    value: Optional[str] = Field(None, description="Normal form, as `Claim.period`.")
    kind: Optional[str] = Field(None, description="The kind of expression (fiscal_year, bare_quarter, month, ...).")
    base: Optional[str] = Field(None, description="For a change, the period it is compared with.")
    reason: str = Field("none", description="after the figure, in the sentence, paragraph, article, base of the change, pack or none.")
    fiscal: bool = Field(False, description="The period is an organisation's financial period (a results or budget "
                                            "story's) labelled as the calendar period it is, because its books follow "
                                            "the calendar: a bank's 'Q4 2025' is its fourth fiscal quarter.")

    @property
    def written(self) -> bool:
        """Whether the period was read from the figure's own sentence (`reason` in `WRITTEN_REASONS`), not carried."""
        return self.reason in WRITTEN_REASONS


class Frame(Record):
    """The frame of a claim: who, what and when, with the words each was read from."""

    sentence_start: int = Field(ge=0, description="Offset of the claim's sentence in the article.")
    sentence_end: int = Field(ge=0)
    previous_sentence_start: Optional[int] = Field(
        None, ge=0, description="Offset of the sentence just before the claim's, in the same paragraph (spaCy's "
                                "sentence boundaries; a line break ends a paragraph): that sentence is the text from "
                                "here to `sentence_start`. Null when the claim's sentence opens its paragraph.")
    subject: SubjectFrame = Field(default_factory=SubjectFrame)
    metric: MetricFrame = Field(default_factory=MetricFrame)
    period: PeriodFrame = Field(default_factory=PeriodFrame)
    status: Status = Field("reported", description="reported (a figure stated as fact), forecast (a plan, target, "
                                                    "guidance or future), estimate (analysts' or consensus "
                                                    "expectations) or market (share prices, indices, yields).")


class Claim(Record):
    """One quantitative claim in an article: the quantity as written, normalised, and what it is about."""

    id: str = Field(description="'<article>:<start>-<end>', unique within a run.")
    article: str = Field(description="The id of the article the claim is in.")
    text: str = Field(description="The quantity as written.")
    start: int = Field(ge=0, description="Character offset of `text` in the article text.")
    end: int = Field(ge=0)
    sentence: str = Field(description="The sentence the claim is in.")
    value: float = Field(description="Normalised value, scale applied: '$716.9 billion' -> 716900000000.0.")
    unit: str = Field(description="ISO 4217 code for money, 'percent', 'percentage_point', 'ratio', 'count', or a physical unit's name.")
    qualifier: Qualifier = "exact"
    lower: Optional[float] = Field(None, description="Lower bound the wording implies; null when open.")
    upper: Optional[float] = Field(None, description="Upper bound the wording implies; null when open.")
    direction: Optional[Direction] = Field(None, description="'up'/'down' for a stated change, null for a level.")
    kind: Kind
    subject: Optional[str] = Field(None, description="The organisation, product, place or person the figure is about.")
    entity_id: Optional[str] = Field(None, description="The subject's id in the reference pack, once resolved.")
    metric: Optional[str] = Field(None, description="What the figure measures, in plain words.")
    period: Optional[str] = Field(None, description="Normalised period ('FY2025', 'Q4 FY2026', '2025', 'latest fiscal year').")
    quantulum: Optional[str] = Field(None, description="quantulum3's different reading of the same span as 'value unit' ('275 pound-mass'); set by --all-quantities only.")
    frame: Optional[Frame] = Field(None, description="Where subject, metric and period were read from.")
    verdict: Optional[VerdictName] = None
    evidence: Optional[Evidence] = None


class Mention(Record):
    """Where an entity is mentioned in an article."""

    start: int
    end: int
    text: str


class Entity(Record):
    """An organisation, person, place or product an article mentions."""

    id: str = Field(description="'<article>:<label>:<canonical name>'.")
    article: str
    name: str = Field(description="Canonical name: the longest form used in the article.")
    label: str = Field(description="spaCy entity label: ORG, PERSON, GPE, LOC, PRODUCT, NORP, FAC, EVENT.")
    mentions: list[Mention]
    claims: list[str] = Field(default_factory=list, description="Ids of the claims whose subject is this entity.")


class Failure(Record):
    """An input that could not be processed; a batch reports these and carries on."""

    path: str
    problem: str


class ExtractionResult(Record):
    """Everything extracted from one article."""

    article: Article
    claims: list[Claim]
    entities: list[Entity] = Field(default_factory=list)


SCHEMAS = {"claim": Claim, "entity": Entity, "article": Article, "failure": Failure}


def json_schemas() -> dict[str, dict]:
    """The JSON Schema of each record other tools import, keyed by file stem."""
    return {name: model.model_json_schema() for name, model in SCHEMAS.items()}


def write_schemas(folder) -> list:
    """Write `<name>.schema.json` for every record into `folder`; returns the paths written.

    Run `python -m claimx.records` after changing a record to refresh src/claimx/schema/.
    """
    import json
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    from pathlib import Path

    for written_path in write_schemas(Path(__file__).parent / "schema"):
        print(written_path)
