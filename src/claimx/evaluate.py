"""Score claimx against gold annotations: extraction recall and precision, field and verdict accuracy.

A gold file (the corpus format, corpus/README.md) lists an article's claims by their text as written
(the `nth` occurrence when the text repeats). A predicted claim *matches* a gold claim when its
[start, end) overlaps the gold text's span and one of its numbers (value, lower or upper) agrees with
the gold value once units are normalised: the same unit, or percent against ratio scaled by 100, or
any non-money, non-percent unit against a gold count. Matching is greedy in gold order and uses each
prediction once. An unmatched prediction that overlaps no gold span is an *extra*; one that overlaps
a gold span without agreeing is neither (it is already counted as the gold claim's miss). Optional
gold claims count when found and are not missed when not.

On matched claims the other fields are compared: `value` strictly (same unit, no scaling, the value
itself rather than a bound), `unit`, `qualifier`, the `lower`/`upper` bounds, `direction`, `kind`,
`subject` (case-insensitive containment either way), `metric` (at least half of the shorter phrase's
content words shared), `period` (equal after normalising case, spaces and dashes) and `verdict`. A
*false alarm* is any prediction checked `contradicted` that is not matched to a gold claim allowing
that verdict; a *missed contradiction* is a gold `contradicted` claim that was not found or not
flagged.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from claimx.check import check_claims
from claimx.check.units import convert
from claimx.errors import ClaimxError, ExitCode, InputError
from claimx.pipeline import extract_articles
from claimx.reader import read_file
from claimx.records import Claim, Failure
from claimx.reference import ReferencePack, default_pack_path, load_pack

FIELDS = ("value", "unit", "qualifier", "bounds", "direction", "kind", "subject", "metric", "period")
VERDICTS = ("supported", "contradicted", "unverifiable")
REL_TOL = 2e-3  # values agree within 0.2%: rounding in the gold, not a different figure

_MONEY = {
    "USD": ("usd", "$", "us$", "dollar", "dollars", "us dollar"),
    "EUR": ("eur", "€", "euro", "euros"),
    "GBP": ("gbp", "£", "pound", "pounds", "pound sterling"),
    "JPY": ("jpy", "¥", "yen"),
}
_PLAIN = {
    "percent": ("percent", "%", "pct", "percentage"),
    "percentage_point": ("percentage_point", "percentage point", "percentage points", "pp", "points"),
    "ratio": ("ratio", "fraction", "share", "multiple", "times", "x", "dimensionless"),
    "count": ("count", "", "number", "none", "items", "cardinal"),
}
# Physical units by the name the corpus uses, with the spellings extractors produce.
_PHYSICAL = {
    "km": ("kilometre", "kilometer"),
    "m": ("metre", "meter"),
    "mm": ("millimetre", "millimeter"),
    "mile": ("mi",),
    "nautical mile": ("nmi",),
    "square kilometre": ("km2", "km²", "square kilometer", "sq km"),
    "square metre": ("m2", "m²", "square meter", "sq m"),
    "hectare": ("ha",),
    "kg": ("kilogram", "kilo"),
    "tonne": ("t", "metric ton", "ton"),
    "litre": ("l", "liter"),
    "degree celsius": ("°c", "celsius", "c"),
    "second": ("s", "sec"),
    "minute": ("min",),
    "hour": ("h", "hr"),
    "week": ("wk",),
    "month": ("mo",),
    "year": ("yr",),
    "mw": ("megawatt",),
    "gw": ("gigawatt",),
    "gwh": ("gigawatt hour", "gigawatt-hour"),
    "kwh": ("kilowatt hour", "kilowatt-hour"),
    "db": ("decibel",),
    "index point": ("point", "points", "index points"),  # a market index's level or move
}
_UNIT_CLASS: dict[str, str] = {
    **{name: f"money:{code}" for code, names in _MONEY.items() for name in (code.lower(), *names)},
    **{name: cls for cls, names in _PLAIN.items() for name in names},
    **{name: f"unit:{unit}" for unit, names in _PHYSICAL.items() for name in (unit, *names)},
}
_STOPWORDS = frozenset("a an and as at by for from in its of on per the their to vs with".split())


class BelowThreshold(ClaimxError):
    """A score is under the minimum asked for with --min-recall, --min-precision or --min-verdict."""

    exit_code = ExitCode.BELOW_THRESHOLD


@dataclass(frozen=True)
class GoldClaim:
    """One annotated claim, located in its article.

    text (str): the quantity as written; start/end (int): its span in the article.
    value (float), unit (str), qualifier (str), lower/upper (float | None), direction (str | None),
    kind/subject/metric/period (str | None): the gold fields (None when the annotation leaves them out).
    verdicts (tuple[str, ...]): the acceptable verdicts; empty when the gold gives none.
    optional (bool): finding it counts, missing it does not.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    qualifier: str = "exact"
    lower: float | None = None
    upper: float | None = None
    direction: str | None = None
    kind: str | None = None
    subject: str | None = None
    metric: str | None = None
    period: str | None = None
    verdicts: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    """One gold file: the article it annotates and its claims.

    path (Path): the gold file.
    article (Path): the article file it annotates.
    published (date | None): the publication date the checks are anchored to.
    reference (Path | None): the pack its verdicts are against; None for the bundled default.
    claims (tuple[GoldClaim, ...]): the claims, in article order.
    """

    path: Path
    article: Path
    published: dt.date | None
    reference: Path | None
    claims: tuple[GoldClaim, ...]

    @property
    def name(self) -> str:
        return self.article.stem


@dataclass
class Tally:
    """How many of `total` comparisons were `right`."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def rate(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Score:
    """Counts for one article or a whole run.

    matched (int): gold claims found; missed (int): required gold claims not found;
    extra (int): predictions overlapping no gold claim.
    fields (dict[str, Tally]): accuracy of each of FIELDS on matched claims.
    verdict (Tally): verdict accuracy on matched claims that have a gold verdict.
    false_alarms (int), missed_contradictions (int): see the module docstring.
    """

    matched: int = 0
    missed: int = 0
    extra: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    verdict: Tally = field(default_factory=Tally)
    false_alarms: int = 0
    missed_contradictions: int = 0

    @property
    def recall(self) -> float:
        return self.matched / max(1, self.matched + self.missed)

    @property
    def precision(self) -> float:
        return self.matched / max(1, self.matched + self.extra)

    def add(self, other: Score) -> None:
        """Add `other`'s counts to these."""
        self.matched += other.matched
        self.missed += other.missed
        self.extra += other.extra
        for name, tally in other.fields.items():
            self.fields[name].right += tally.right
            self.fields[name].total += tally.total
        self.verdict.right += other.verdict.right
        self.verdict.total += other.verdict.total
        self.false_alarms += other.false_alarms
        self.missed_contradictions += other.missed_contradictions


@dataclass(frozen=True)
class Problem:
    """One thing a reader of the report may want to look at.

    kind (str): missed, extra, verdict, false_alarm, missed_contradiction, or a field name.
    text (str): the claim's text; detail (str): what was expected and what came out.
    """

    kind: str
    text: str
    detail: str


@dataclass
class ArticleEvaluation:
    """The score of one article and the problems behind it."""

    gold: GoldArticle
    score: Score
    problems: list[Problem]


@dataclass
class Evaluation:
    """The scores of a run, per article in gold order."""

    articles: list[ArticleEvaluation]

    @property
    def overall(self) -> Score:
        total = Score()
        for article in self.articles:
            total.add(article.score)
        return total


# --- gold files -----------------------------------------------------------------------


def find_gold(source: str | Path, *, articles: str | Path | None = None) -> list[GoldArticle]:
    """The gold articles under `source`: a corpus folder (with gold/ and articles/), a gold folder or one gold file.

    source (str | Path): the corpus, gold folder or gold file.
    articles (str | Path | None): the folder of article files; default `articles/` next to the gold folder.
    RETURNS (list[GoldArticle]): in file-name order.
    RAISES (InputError): nothing to evaluate, or a gold file is malformed.
    """
    source = Path(source)
    if (source / "gold").is_dir():
        gold_dir = source / "gold"
    elif source.is_dir() or source.is_file():
        gold_dir = source if source.is_dir() else source.parent
    else:
        raise InputError(str(source), "no such file or folder")
    files = sorted(gold_dir.glob("*.json")) if source.is_dir() else [source]
    if not files:
        raise InputError(str(gold_dir), "no gold files (*.json)")
    article_dir = Path(articles) if articles is not None else gold_dir.parent / "articles"
    if not article_dir.is_dir():
        raise InputError(str(article_dir), "no such articles folder (pass --articles)")
    return [load_gold(path, article_dir) for path in files]


def load_gold(path: str | Path, article_dir: str | Path) -> GoldArticle:
    """Read one gold file and locate each claim's text in its article.

    path (str | Path): the gold JSON file.
    article_dir (str | Path): where the article it names is; its `reference` is relative to this folder's parent.
    RETURNS (GoldArticle): the annotation.
    RAISES (InputError): naming the file and the problem (bad JSON, missing field, text not in the article).
    """
    path, article_dir = Path(path), Path(article_dir)
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read: {e}") from None
    except json.JSONDecodeError as e:
        raise InputError(str(path), f"not valid JSON: {e.msg} at line {e.lineno}") from None
    if not isinstance(spec, dict) or not isinstance(spec.get("article"), str) or not isinstance(spec.get("claims"), list):
        raise InputError(str(path), "not a gold file: needs 'article' (a file name) and 'claims' (a list)")
    article = article_dir / spec["article"]
    try:
        text = read_file(article).pop().text
    except InputError as e:
        raise InputError(str(path), f"its article {e.path}: {e.problem}") from None
    published = _date(spec.get("published"), path)
    reference = article_dir.parent / spec["reference"] if isinstance(spec.get("reference"), str) else None
    claims = tuple(_gold_claim(item, n, text, path) for n, item in enumerate(spec["claims"], 1))
    return GoldArticle(path=path, article=article, published=published, reference=reference, claims=claims)


def _date(value: Any, path: Path) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(str(path), f"published {value!r} is not a YYYY-MM-DD date") from None


def _gold_claim(item: Any, n: int, text: str, path: Path) -> GoldClaim:
    where = f"claim {n}"
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise InputError(str(path), f"{where} has no 'text'")
    if not isinstance(item.get("value"), (int, float)) or not isinstance(item.get("unit"), str):
        raise InputError(str(path), f"{where} ({item['text']!r}) needs a numeric 'value' and a 'unit'")
    nth = item.get("nth", 1)
    span = _nth_span(text, item["text"], nth if isinstance(nth, int) else 0)
    if span is None:
        raise InputError(str(path), f"{where}: {item['text']!r} (occurrence {nth}) is not in the article")
    verdict = item.get("verdict")
    verdicts = tuple(verdict if isinstance(verdict, list) else [verdict] if verdict else [])
    unknown = [v for v in verdicts if v not in VERDICTS]
    if unknown:
        raise InputError(str(path), f"{where} ({item['text']!r}): unknown verdict {unknown[0]!r}")
    return GoldClaim(
        text=item["text"], start=span[0], end=span[1], value=float(item["value"]), unit=item["unit"],
        qualifier=item.get("qualifier") or "exact", lower=_number(item.get("lower")), upper=_number(item.get("upper")),
        direction=item.get("direction"), kind=item.get("kind"), subject=item.get("subject"),
        metric=item.get("metric"), period=item.get("period"), verdicts=verdicts, optional=bool(item.get("optional")),
    )


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _nth_span(text: str, needle: str, nth: int) -> tuple[int, int] | None:
    """The span of the nth (1-based) occurrence of `needle`, counting overlapping occurrences."""
    at = -1
    for _ in range(nth):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return (at, at + len(needle)) if nth >= 1 and needle else None


# --- matching and scoring -------------------------------------------------------------


def unit_class(unit: str | None) -> str:
    """The unit's normal form: 'money:USD', 'percent', 'percentage_point', 'ratio', 'count', 'unit:km' or 'other:…'."""
    name = (unit or "").strip().lower()
    if name in _UNIT_CLASS:
        return _UNIT_CLASS[name]
    # A rate ("tonne per hectare", "t/ha", "km/h") is the classes of its two sides.
    sides = re.split(r"\s+per\s+|/", name, maxsplit=1)
    if len(sides) == 2 and all(side.strip() for side in sides):
        return f"rate:{unit_class(sides[0])}/{unit_class(sides[1])}"
    # A plural ("kilometres", "degrees celsius") names the same unit as its singular.
    singular = re.sub(r"(\w\w)s\b", r"\1", name, count=1)
    return _UNIT_CLASS.get(singular, f"other:{singular}")  # "index points" and "index point" alike


def value_scale(gold: GoldClaim, claim: Claim) -> float | None:
    """The factor that turns the claim's numbers into the gold's unit when one of them agrees with the gold value.

    RETURNS (float | None): 1, 100 (a ratio for a gold percent) or 0.01 (the reverse); None when none agrees.
    """
    unit = _as_gold_writes(gold.unit, claim.unit)
    g, c = unit_class(gold.unit), unit_class(unit)
    if g == c or (g == "count" and not c.startswith(("money:", "percent"))):
        scale = 1.0
    elif {g, c} == {"percent", "ratio"}:
        scale = 100.0 if g == "percent" else 0.01
    elif g.startswith(("unit:", "other:", "rate:")) and c.startswith(("unit:", "other:", "rate:")) \
            and (size := convert(1.0, unit or "", gold.unit or "")) is not None:
        scale = size  # "268 Gt" for a gold 2.68e11 tonnes: the same mass written in a bigger unit
    else:
        return None
    numbers = (claim.value, claim.lower, claim.upper)
    return scale if any(v is not None and _close(v * scale, gold.value) for v in numbers) else None


def _rate_sides(unit: str | None) -> list[str] | None:
    """[numerator, denominator] of a rate unit ("tonne per hectare", "t/ha"); None for any other unit."""
    sides = re.split(r"\s+per\s+|/", (unit or "").strip(), maxsplit=1)
    return sides if len(sides) == 2 and all(side.strip() for side in sides) else None


def _as_gold_writes(gold_unit: str | None, unit: str | None) -> str | None:
    """The claim's unit as the gold writes it: a rate's numerator when the gold unit is no rate ("7.5 tonnes a
    hectare" annotated in "tonne" with the hectare in its metric), else the unit itself."""
    sides = _rate_sides(unit)
    return sides[0] if sides and not _rate_sides(gold_unit) else unit


def same_unit(gold: GoldClaim, claim: Claim) -> bool:
    """The same unit, or a rate whose numerator is the gold's unit and whose denominator the gold's metric names
    ("tonne per hectare" for a gold "tonne" measuring "yield per hectare")."""
    if unit_class(gold.unit) == unit_class(claim.unit):
        return True
    sides = _rate_sides(claim.unit)
    return bool(sides and not _rate_sides(gold.unit) and unit_class(sides[0]) == unit_class(gold.unit)
                and _content_words(sides[1]) <= _content_words(gold.metric or ""))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-9)


def _overlaps(gold: GoldClaim, claim: Claim) -> bool:
    return claim.start < gold.end and gold.start < claim.end


def score_article(gold: GoldArticle, claims: Sequence[Claim]) -> ArticleEvaluation:
    """Match one article's predicted claims (checked or not) against its gold and count.

    gold (GoldArticle): the annotation.
    claims (Sequence[Claim]): claimx's claims for the article.
    RETURNS (ArticleEvaluation): the score and the problems behind it.
    """
    score, problems = Score(), []
    used: dict[int, GoldClaim] = {}
    for g in gold.claims:
        hit = _first_match(g, claims, used)
        if hit is None:
            if not g.optional:
                score.missed += 1
                problems.append(Problem("missed", g.text, f"{_show(g.value)} {g.unit}"))
            if "contradicted" in g.verdicts:
                score.missed_contradictions += 1
                problems.append(Problem("missed_contradiction", g.text, "not extracted"))
            continue
        i, scale = hit
        used[i] = g
        score.matched += 1
        _compare_fields(g, claims[i], scale, score, problems)
    for i, c in enumerate(claims):
        if i not in used and not any(_overlaps(g, c) for g in gold.claims):
            score.extra += 1
            problems.append(Problem("extra", c.text, f"{_show(c.value)} {c.unit}"))
        if c.verdict == "contradicted" and "contradicted" not in (used[i].verdicts if i in used else ()):
            score.false_alarms += 1
            want = "/".join(used[i].verdicts) if i in used else "not a gold claim"
            problems.append(Problem("false_alarm", c.text, f"contradicted (gold: {want or 'no verdict'})"))
    return ArticleEvaluation(gold=gold, score=score, problems=problems)


def _first_match(gold: GoldClaim, claims: Sequence[Claim], used: dict[int, GoldClaim]) -> tuple[int, float] | None:
    """The first unused claim overlapping `gold` whose value agrees, with the scale that made it agree."""
    for i, claim in enumerate(claims):
        if i in used or not _overlaps(gold, claim):
            continue
        scale = value_scale(gold, claim)
        if scale is not None:
            return i, scale
    return None


def _compare_fields(g: GoldClaim, c: Claim, scale: float, score: Score, problems: list[Problem]) -> None:
    """Tally each field of a matched claim and record the ones that differ."""
    scaled = (None if c.lower is None else c.lower * scale, None if c.upper is None else c.upper * scale)
    checks: dict[str, tuple[bool, str, str]] = {
        "value": (unit_class(g.unit) == unit_class(_as_gold_writes(g.unit, c.unit)) and _close(c.value, g.value),
                  _show(g.value), _show(c.value)),
        "unit": (same_unit(g, c), g.unit, c.unit),
        "qualifier": (g.qualifier == c.qualifier, g.qualifier, c.qualifier),
        "bounds": (_close(scaled[0], g.lower) and _close(scaled[1], g.upper),
                   f"{_show(g.lower)}..{_show(g.upper)}", f"{_show(scaled[0])}..{_show(scaled[1])}"),
        "direction": (g.direction == c.direction, str(g.direction), str(c.direction)),
        "period": (normalise_period(g.period) == normalise_period(c.period), str(g.period), str(c.period)),
    }
    if g.kind is not None:
        checks["kind"] = (g.kind == c.kind, g.kind, c.kind)
    if g.subject is not None:
        checks["subject"] = (same_subject(g.subject, c.subject), g.subject, str(c.subject))
    if g.metric is not None:
        checks["metric"] = (same_metric(g.metric, c.metric), g.metric, str(c.metric))
    for name, (ok, want, got) in checks.items():
        score.fields[name].add(ok)
        if not ok:
            problems.append(Problem(name, g.text, f"gold {want!r}, got {got!r}"))
    if g.verdicts:
        ok = c.verdict in g.verdicts
        score.verdict.add(ok)
        if not ok:
            problems.append(Problem("verdict", g.text, f"gold {'/'.join(g.verdicts)}, got {c.verdict}"))
        if "contradicted" in g.verdicts and c.verdict != "contradicted":
            score.missed_contradictions += 1
            problems.append(Problem("missed_contradiction", g.text, f"came out {c.verdict}"))


def same_subject(gold: str, predicted: str | None) -> bool:
    """True when either subject contains the other, ignoring case and apostrophe style."""
    if not predicted:
        return False
    a, b = _fold(gold), _fold(predicted)
    return a in b or b in a


def _fold(text: str) -> str:
    """Case, curly apostrophes and runs of spaces ignored: "Sam’s  Club" reads as "sam's club"."""
    return re.sub(r"\s+", " ", text.replace("’", "'")).casefold().strip()


def same_metric(gold: str, predicted: str | None) -> bool:
    """True when at least half of the shorter phrase's content words are in the other."""
    g, p = _content_words(gold), _content_words(predicted or "")
    if not g or not p:
        return False
    return len(g & p) / min(len(g), len(p)) >= 0.5


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    # A trailing "s" is dropped so "sales"/"sale" and "seasons"/"season" meet.
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOPWORDS}


def normalise_period(period: str | None) -> str | None:
    """A period label compared loosely: upper case, single spaces, ASCII dashes, 'FY 2025' as 'FY2025'."""
    if period is None:
        return None
    text = re.sub(r"\s+", " ", period.strip().upper())
    text = re.sub(r"\s*[–—/]\s*|\s+-\s+", "-", text)
    return re.sub(r"\bFY\s+", "FY", text) or None


def _show(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


# --- running ----------------------------------------------------------------------------


def evaluate(golds: Sequence[GoldArticle], nlp: Language, *, reference: str | Path | None = None) -> Evaluation:
    """Extract and check each gold article's text and score the claims against its gold.

    golds (Sequence[GoldArticle]): from `find_gold`.
    nlp (Language): a pipeline from `claimx.pipeline.load_pipeline`.
    reference (str | Path | None): check every article against this pack instead of the one its gold names.
    RETURNS (Evaluation): the scores.
    RAISES (InputError, ReferencePackError): an article or a pack cannot be read or processed.
    """
    packs: dict[Path, ReferencePack] = {}

    def pack_for(gold: GoldArticle) -> ReferencePack:
        where = Path(reference) if reference is not None else gold.reference or default_pack_path()
        if where not in packs:
            packs[where] = load_pack(where)
        return packs[where]

    # the gold's publication date when it gives one, else the date the reader finds in the text (as `claimx extract` would)
    articles = [article.model_copy(update={"published": g.published or article.published})
                for g in golds for article in [read_file(g.article).pop()]]
    results = []
    for gold, item in zip(golds, extract_articles(articles, nlp)):
        if isinstance(item, Failure):
            raise InputError(item.path, item.problem)
        claims = check_claims(item.claims, pack_for(gold), published=gold.published, texts={item.article.id: item.article.text})
        results.append(score_article(gold, claims))
    return Evaluation(results)


def below_thresholds(score: Score, *, min_recall: float = 0.0, min_precision: float = 0.0,
                     min_verdict: float = 0.0) -> list[str]:
    """The thresholds `score` is under, each as a phrase for the error line; empty when all are met."""
    verdict = score.verdict.rate or 0.0
    found = [("recall", score.recall, "--min-recall", min_recall),
             ("precision", score.precision, "--min-precision", min_precision),
             ("verdict accuracy", verdict, "--min-verdict", min_verdict)]
    return [f"{name} {value:.3f} is under {flag} {limit:g}" for name, value, flag, limit in found if value < limit]


# --- reports ----------------------------------------------------------------------------

SUMMARY_COLUMNS = ("article", "gold", "found", "missed", "extra", "recall", "precision", "verdict",
                   "false alarms", "missed contradictions")


def summary_rows(evaluation: Evaluation) -> list[list[str]]:
    """One row per article and one for the whole run, in SUMMARY_COLUMNS order."""
    rows = [_summary_row(a.gold.name, a.score, len(a.gold.claims)) for a in evaluation.articles]
    rows.append(_summary_row("overall", evaluation.overall, sum(len(a.gold.claims) for a in evaluation.articles)))
    return rows


def _summary_row(name: str, s: Score, gold: int) -> list[str]:
    return [name, str(gold), str(s.matched), str(s.missed), str(s.extra), f"{s.recall:.2f}", f"{s.precision:.2f}",
            _rate(s.verdict), str(s.false_alarms), str(s.missed_contradictions)]


def field_rows(evaluation: Evaluation) -> list[list[str]]:
    """Per-field accuracy on matched claims: one row per article and one overall, columns 'article' + FIELDS."""
    scored = [(a.gold.name, a.score) for a in evaluation.articles] + [("overall", evaluation.overall)]
    return [[name, *(_rate(s.fields[f]) for f in FIELDS)] for name, s in scored]


def _rate(tally: Tally) -> str:
    return "-" if tally.rate is None else f"{tally.rate:.2f}"


def markdown_report(evaluation: Evaluation, *, title: str = "claimx evaluation") -> str:
    """The evaluation as Markdown: overall figures, per-article tables, then each article's problems."""
    s = evaluation.overall
    lines = [f"# {title}", "",
             f"Recall **{s.recall:.2f}** ({s.matched}/{s.matched + s.missed}), precision **{s.precision:.2f}** "
             f"({s.matched}/{s.matched + s.extra}), verdict accuracy **{_rate(s.verdict)}** "
             f"({s.verdict.right}/{s.verdict.total}), {s.false_alarms} false alarm(s), "
             f"{s.missed_contradictions} missed contradiction(s).", "",
             "## Extraction and verdicts", "", *_md_table(SUMMARY_COLUMNS, summary_rows(evaluation)), "",
             "## Field accuracy on matched claims", "", *_md_table(("article", *FIELDS), field_rows(evaluation)), ""]
    for article in evaluation.articles:
        if not article.problems:
            continue
        lines += [f"## {article.gold.name}", ""]
        for p in sorted(article.problems, key=lambda p: _PROBLEM_ORDER.index(p.kind)):
            lines.append(f"- **{p.kind.replace('_', ' ')}** `{_md_escape(p.text)}`: {_md_escape(p.detail)}")
        lines.append("")
    return "\n".join(lines)


_PROBLEM_ORDER = ("missed", "extra", "false_alarm", "missed_contradiction", "verdict", *FIELDS)


def _md_table(header: Iterable[str], rows: list[list[str]]) -> list[str]:
    header = list(header)
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(_md_escape(cell) for cell in row) + " |" for row in rows)]


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'").replace("\n", " ")
