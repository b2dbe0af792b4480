"""Label Studio: pre-annotated tasks for claimx's claims and the labelling config they import into.

One task per article: `data.text` is the article text, and one prediction holds each exported
claim as a span region labelled with its kind (control "kind") and its final verdict (control
"verdict"), plus per-region text fields for subject, metric, period and the basis of the verdict.
Per-region fields "value" and "unit" start empty: an annotator fills them only to override the
value claimx re-reads from the span on import (`claimx.export.gold`).

Label Studio counts offsets in UTF-16 code units (JavaScript string indices), Python in code
points; the two differ after any character outside the Basic Multilingual Plane (emoji), so
offsets are converted both ways.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, get_args
from xml.sax.saxutils import quoteattr

from claimx import __version__
from claimx.export.reviewed import ReviewedClaim
from claimx.records import Kind, VerdictName

TEXT = "text"  # the object tag's name, the regions' `to_name`
KIND = "kind"
VERDICT = "verdict"
KINDS: tuple[str, ...] = get_args(Kind)
VERDICTS: tuple[str, ...] = get_args(VerdictName)
NOTES = ("subject", "metric", "period", "basis")  # per-region text fields claimx pre-fills
OVERRIDES = ("value", "unit")  # per-region text fields an annotator may fill
VERDICT_COLOURS = {"supported": "#2e7d32", "contradicted": "#c62828", "unverifiable": "#757575"}
MODEL_VERSION = f"claimx {__version__}"


def labelling_config() -> str:
    """The Label Studio labelling config (XML) the exported tasks import into.

    RETURNS (str): the `<View>` document.
    """
    kinds = "\n".join(f"    <Label value={quoteattr(k)}/>" for k in KINDS)
    verdicts = "\n".join(f"    <Label value={quoteattr(v)} background={quoteattr(VERDICT_COLOURS[v])}/>" for v in VERDICTS)
    fields = "\n".join(
        f'  <TextArea name="{name}" toName="{TEXT}" perRegion="true" maxSubmissions="1" editable="true"'
        f' placeholder="{name}"/>'
        for name in NOTES + OVERRIDES
    )
    return (
        "<View>\n"
        '  <Header value="$title"/>\n'
        f'  <Labels name="{KIND}" toName="{TEXT}" choice="single">\n{kinds}\n  </Labels>\n'
        f'  <Labels name="{VERDICT}" toName="{TEXT}" choice="single">\n{verdicts}\n  </Labels>\n'
        f'  <Text name="{TEXT}" value="${TEXT}" granularity="symbol"/>\n'
        f"{fields}\n"
        "</View>\n"
    )


def utf16_offset(text: str, index: int) -> int:
    """Convert a Python string index into a UTF-16 code-unit offset.

    text (str): the string.
    index (int): a code-point index into it.
    RETURNS (int): the same position counted in UTF-16 code units.
    """
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def python_index(text: str, offset: int) -> int | None:
    """Convert a UTF-16 code-unit offset back into a Python string index.

    text (str): the string.
    offset (int): a position counted in UTF-16 code units.
    RETURNS (int | None): the code-point index, or None when the offset is outside the text or
        splits a surrogate pair.
    """
    units = 0
    for index, ch in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def task(items: list[ReviewedClaim]) -> dict:
    """Build the task for one article from its exported claims.

    items (list[ReviewedClaim]): the claims of one article, non-empty.
    RETURNS (dict): the task with `data` and one prediction.
    """
    article = items[0].article
    text = article.text
    result: list[dict] = []
    for item in items:
        claim = item.claim
        span = {"start": utf16_offset(text, claim.start), "end": utf16_offset(text, claim.end), "text": claim.text}
        region = f"c{claim.start}-{claim.end}"

        def add(name: str, kind: str, value: dict) -> None:
            result.append({"id": region, "from_name": name, "to_name": TEXT, "type": kind, "origin": "prediction",
                           "value": {**span, **value}})

        add(KIND, "labels", {"labels": [claim.kind]})
        if claim.verdict:
            add(VERDICT, "labels", {"labels": [claim.verdict]})
        notes = {"subject": claim.subject, "metric": claim.metric, "period": claim.period, "basis": _basis(item)}
        for name in NOTES:
            if notes[name]:
                add(name, "textarea", {"text": [notes[name]]})
    data = {TEXT: text, "article": article.id, "title": article.title or article.id,
            "published": article.published.isoformat() if article.published else None, "url": article.url}
    return {"data": data, "predictions": [{"model_version": MODEL_VERSION, "result": result}]}


def write_labelstudio(items: Iterable[ReviewedClaim], out: IO[str]) -> int:
    """Write a JSON list of tasks, one per article with exported claims.

    items (Iterable[ReviewedClaim]): the claims, in article order.
    out (IO[str]): a text stream.
    RETURNS (int): tasks written.
    """
    by_article: dict[str, list[ReviewedClaim]] = {}
    for item in items:
        by_article.setdefault(item.article.id, []).append(item)
    tasks = [task(group) for group in by_article.values()]
    json.dump(tasks, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(tasks)


def _basis(item: ReviewedClaim) -> str | None:
    evidence = item.claim.evidence
    if evidence is None or evidence.rule == "none":
        return None
    return f"{evidence.rule}: {evidence.computation}" if evidence.computation else evidence.rule
