"""Label Studio annotations back into corpus gold files (corpus/README.md, "Gold format").

An annotator edits the pre-annotated tasks (`claimx.export.labelstudio`): deletes spans that are
not claims, draws new ones, relabels kinds and verdicts. Each task's latest annotation becomes one
gold file. A region's value, unit, qualifier and bounds are read again from the article by
claimx's quantity grammar, unless the annotator typed a value or unit in the region's fields;
`nth` is computed from the offsets the way the corpus scorer searches. Predicted spans the
annotation removed are listed under `not_claims`, so the decision is kept.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any, Optional

from claimx.errors import ClaimxError, ExitCode
from claimx.export.labelstudio import KIND, KINDS, TEXT, VERDICT, VERDICTS, python_index
from claimx.grammar.scanner import Found, Grammar
from claimx.lexicon import load_lexicon


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


class LabelStudioError(ClaimxError):
    """A Label Studio export is malformed: names the file, the task and the problem."""

    exit_code = ExitCode.NO_INPUT


@dataclass
class Region:
    """One annotated span, gathered from the result items that share its id.

    start/end (int): code-point offsets into the article text.
    labels (dict[str, str]): control name -> label ("kind" -> "amount", "verdict" -> "supported").
    fields (dict[str, str]): per-region text fields ("subject", "value"...).
    """

    start: int
    end: int
    labels: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote.

    written (list[Path]): the gold files.
    skipped (int): tasks without a usable annotation.
    claims (int): claims in the gold files.
    """

    written: list[Path]
    skipped: int
    claims: int


class GoldImporter:
    """Turns a Label Studio export into gold files.

    grammar (Grammar | None): the quantity grammar; built from the bundled lexicon when None.
    """

    def __init__(self, grammar: Optional[Grammar] = None):
        self._grammar = grammar

    @cached_property
    def grammar(self) -> Grammar:
        """The quantity grammar, built on first use."""
        return self._grammar or Grammar(load_lexicon())

    def run(self, export: Path, gold_dir: Path, articles_dir: Optional[Path] = None) -> ImportSummary:
        """Read `export` and write one gold file per annotated task (and its text, if asked).

        export (Path): the JSON file Label Studio exported (a list of tasks).
        gold_dir (Path): where `<article stem>.json` files go.
        articles_dir (Path | None): where to write each article's text as well.
        RETURNS (ImportSummary): what was written.
        """
        tasks = _load(export)
        golds = []
        skipped = 0
        for number, item in enumerate(tasks, 1):
            gold = self.gold(item, where=f"{export}: task {number}")
            if gold is None:
                skipped += 1
            else:
                golds.append((gold, item["data"][TEXT]))
        from claimx.safe_output import write_text

        written = []
        for gold, text in golds:
            stem = PurePosixPath(gold["article"]).with_suffix("")
            target = gold_dir / f"{stem}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            write_text(target, _dump(gold))
            written.append(target)
            if articles_dir is not None:
                page = articles_dir / gold["article"]
                page.parent.mkdir(parents=True, exist_ok=True)
                write_text(page, text)
        return ImportSummary(written, skipped, sum(len(g["claims"]) for g, _ in golds))

    def gold(self, task: Any, *, where: str) -> Optional[dict]:
        """Build the gold annotation of one task, or None when no one annotated it.

        task (Any): one task of the export.
        where (str): "<file>: task <n>", for error messages.
        RETURNS (dict | None): the gold object.
        """
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise LabelStudioError(f"{where}: not a task object with 'data'")
        data = task["data"]
        text = data.get(TEXT)
        if not isinstance(text, str):
            raise LabelStudioError(f"{where}: data.{TEXT} (the article text) is missing")
        annotation = _latest(task.get("annotations"), where)
        if annotation is None:
            return None
        article = _article_name(data, task, where)
        regions = _regions(annotation, text, where)
        found = self.grammar.scan(text)
        claims = [self._claim(r, text, found, f"{where}: region {r.start}-{r.end}") for r in regions]
        gold: dict[str, Any] = {"article": article}
        published = _published(data.get("published"), where)
        if published:
            gold["published"] = published
        if isinstance(data.get("reference"), str):
            gold["reference"] = data["reference"]
        gold["claims"] = claims
        kept = {(r.start, r.end) for r in regions}
        gold["not_claims"] = [
            f"{text[r.start:r.end]} (predicted by claimx, removed by the annotator)"
            for r in _predicted(task, text, where) if (r.start, r.end) not in kept
        ]
        return gold

    def _claim(self, region: Region, text: str, found: list[Found], where: str) -> dict:
        quote = text[region.start:region.end]
        quantity = self._quantity(text, region, found)
        claim: dict[str, Any] = {"text": quote}
        nth = _nth(text, quote, region.start)
        if nth > 1:
            claim["nth"] = nth
        value = _number(region.fields.get("value"), where) if "value" in region.fields else None
        if value is None and quantity is not None:
            value = quantity["value"]
        unit = region.fields.get("unit") or (quantity["unit"] if quantity else None)
        if value is None or unit is None:
            raise LabelStudioError(f"{where}: no quantity in {quote!r}; type its value and unit in the region's fields")
        claim["value"] = value
        claim["unit"] = unit
        if quantity is not None:
            claim["qualifier"] = quantity["qualifier"]
            for bound in ("lower", "upper"):
                if quantity[bound] is not None:
                    claim[bound] = quantity[bound]
        kind = region.labels.get(KIND) or (quantity["kind"] if quantity else None)
        if kind is None:
            raise LabelStudioError(f"{where}: no '{KIND}' label")
        claim["kind"] = kind
        for name in ("subject", "metric", "period"):
            if region.fields.get(name):
                claim[name] = region.fields[name]
        if VERDICT in region.labels:
            claim["verdict"] = region.labels[VERDICT]
        if region.fields.get("basis") and claim.get("verdict") in ("supported", "contradicted"):
            claim["basis"] = region.fields["basis"]
        return claim

    def _quantity(self, text: str, region: Region, found: list[Found]) -> Optional[dict]:
        # Read in the article first, so context (a currency named earlier, "points" after a
        # percentage) counts; a span the article-wide scan does not cover is read on its own.
        inside = [f for f in found if f.start < region.end and region.start < f.end]
        if not inside:
            quote = text[region.start:region.end]
            inside = self.grammar.scan(quote)
        if not inside:
            return _bare_number(text[region.start:region.end])
        units = {f.unit for f in inside}
        if len(inside) > 1 and len(units) == 1:
            # "$130 million to $150 million" drawn as one span: the corpus's range convention.
            lower, upper = min(f.value for f in inside), max(f.value for f in inside)
            return {"value": lower, "unit": inside[0].unit, "kind": inside[0].kind, "qualifier": "range",
                    "lower": lower, "upper": upper}
        best = max(inside, key=lambda f: min(f.end, region.end) - max(f.start, region.start))
        value = best.lower if best.qualifier == "range" and best.lower is not None else best.value
        return {"value": value, "unit": best.unit, "kind": best.kind, "qualifier": best.qualifier,
                "lower": best.lower, "upper": best.upper}


def _bare_number(quote: str) -> Optional[dict]:
    # The grammar skips numbers that look like years or labels; an annotator who keeps one as a
    # claim means the number itself, a count unless they type another unit.
    numbers = _DIGITS.findall(quote)
    if len(numbers) != 1:
        return None
    value = float(numbers[0].replace(",", ""))
    return {"value": value, "unit": "count", "kind": "count", "qualifier": "exact", "lower": None, "upper": None}


def _load(export: Path) -> list:
    try:
        raw = export.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LabelStudioError(f"{export}: no such file") from None
    except IsADirectoryError:
        raise LabelStudioError(f"{export}: is a directory, not a Label Studio export") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LabelStudioError(f"{export}: cannot read: {error}") from None
    try:
        tasks = json.loads(raw)
    except json.JSONDecodeError as error:
        raise LabelStudioError(f"{export}: not JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(tasks, list):
        raise LabelStudioError(f"{export}: expected a JSON list of tasks (Label Studio's JSON export)")
    return tasks


def _latest(annotations: Any, where: str) -> Optional[dict]:
    if annotations is None:
        return None
    if not isinstance(annotations, list) or not all(isinstance(a, dict) for a in annotations):
        raise LabelStudioError(f"{where}: 'annotations' is not a list of objects")
    usable = [a for a in annotations if not a.get("was_cancelled")]
    if not usable:
        return None
    # Label Studio lists annotations oldest first; its timestamps settle it when present.
    return max(enumerate(usable), key=lambda pair: (str(pair[1].get("updated_at") or ""), pair[0]))[1]


def _regions(container: dict, text: str, where: str) -> list[Region]:
    result = container.get("result")
    if not isinstance(result, list):
        raise LabelStudioError(f"{where}: 'result' is not a list")
    regions: dict[str, Region] = {}
    for number, item in enumerate(result, 1):
        if not isinstance(item, dict) or not isinstance(item.get("value"), dict):
            raise LabelStudioError(f"{where}: result {number}: not a result object with 'value'")
    # Labels first: a per-region text field may carry only its region's id, not the span.
    ordered = sorted(enumerate(result, 1), key=lambda pair: pair[1].get("type") != "labels")
    for number, item in ordered:
        at = f"{where}: result {number}"
        if item.get("to_name", TEXT) != TEXT:
            continue
        value = item["value"]
        key = str(item.get("id") or "")
        if "start" not in value and key in regions:
            region = regions[key]
        else:
            start, end = _offsets(value, text, at)
            region = regions.setdefault(key or f"{start}-{end}", Region(start, end))
            if (region.start, region.end) != (start, end):
                raise LabelStudioError(f"{at}: region {key!r} has two different spans")
        name = item.get("from_name")
        if item.get("type") == "labels":
            labels = value.get("labels")
            if not isinstance(labels, list) or len(labels) != 1 or not isinstance(labels[0], str):
                raise LabelStudioError(f"{at}: 'labels' must hold exactly one label")
            allowed = {KIND: KINDS, VERDICT: VERDICTS}.get(name)
            if allowed is None:
                raise LabelStudioError(f"{at}: unknown label set {name!r}; expected '{KIND}' or '{VERDICT}'")
            if labels[0] not in allowed:
                raise LabelStudioError(f"{at}: unknown {name} {labels[0]!r}; expected one of {', '.join(allowed)}")
            region.labels[name] = labels[0]
        elif item.get("type") == "textarea" and isinstance(name, str):
            lines = value.get("text")
            if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
                raise LabelStudioError(f"{at}: a text field's 'text' must be a list of strings")
            note = " ".join(" ".join(lines).split())
            if note:
                region.fields[name] = note
    # Label Studio makes a region by labelling a span; text fields alone do not make a claim.
    return sorted((r for r in regions.values() if r.labels), key=lambda r: (r.start, r.end))


def _offsets(value: dict, text: str, where: str) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise LabelStudioError(f"{where}: a span needs integer 'start' and 'end'")
    begin, stop = python_index(text, start), python_index(text, end)
    if begin is None or stop is None or begin >= stop:
        raise LabelStudioError(f"{where}: span {start}-{end} is not inside the article text")
    quoted = value.get("text")
    if isinstance(quoted, str) and quoted.strip() != text[begin:stop].strip():
        raise LabelStudioError(
            f"{where}: span {start}-{end} holds {text[begin:stop]!r} but the annotation says {quoted!r}"
        )
    return begin, stop


def _predicted(task: dict, text: str, where: str) -> list[Region]:
    predictions = task.get("predictions") or []
    if not isinstance(predictions, list):
        raise LabelStudioError(f"{where}: 'predictions' is not a list")
    regions: list[Region] = []
    for prediction in predictions:
        if isinstance(prediction, dict):
            regions += _regions(prediction, text, f"{where}: prediction")
    return regions


def _article_name(data: dict, task: dict, where: str) -> str:
    name = data.get("article")
    if not isinstance(name, str) or not name:
        name = f"task-{task.get('id')}.txt" if task.get("id") is not None else None
    if name is None:
        raise LabelStudioError(f"{where}: data.article (the article's file name) is missing")
    path = PurePosixPath(name)
    # The name becomes a path under the gold folder: nothing may climb out of it.
    if path.is_absolute() or ".." in path.parts or "\\" in name or name.startswith("~"):
        raise LabelStudioError(f"{where}: article name {name!r} is not a relative file name")
    return name


def _published(value: Any, where: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise LabelStudioError(f"{where}: data.published {value!r} is not a YYYY-MM-DD date") from None


def _number(typed: Optional[str], where: str) -> Optional[float]:
    if typed is None:
        return None
    try:
        number = float(typed.replace(",", "").replace("_", "").strip())
    except ValueError:
        raise LabelStudioError(f"{where}: the typed value {typed!r} is not a number") from None
    if not math.isfinite(number):
        raise LabelStudioError(f"{where}: the typed value {typed!r} is not a finite number")
    return number


def _nth(text: str, quote: str, start: int) -> int:
    # The corpus scorer finds the nth occurrence by repeated str.find from one past the last hit.
    nth, index = 0, -1
    while True:
        index = text.find(quote, index + 1)
        if index < 0 or index > start:
            break
        nth += 1
        if index == start:
            break
    return nth


def _dump(gold: dict) -> str:
    # The corpus layout: one claim per line, so a diff shows which claims changed.
    head = {k: v for k, v in gold.items() if k not in ("claims", "not_claims")}
    lines = ["{"] + [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    claims = ",\n".join(f"    {json.dumps(c, ensure_ascii=False)}" for c in gold["claims"])
    lines.append('  "claims": [' + (f"\n{claims}\n  " if claims else "") + "],")
    notes = ",\n".join(f"    {json.dumps(n, ensure_ascii=False)}" for n in gold["not_claims"])
    lines.append('  "not_claims": [' + (f"\n{notes}\n  " if notes else "") + "]")
    return "\n".join(lines) + "\n}\n"
