"""The evidence of a verdict told as one plain sentence a journalist can act on.

The checker's evidence is a data record (rule, reference figures, computation, expected value,
deviation, tolerance). `explain` turns it into the sentence the evidence panel leads with:

    Contradicted: the article puts Northwind Foods' revenue for FY2025 at “$41.2 billion”;
    Northwind 10-K FY2025 gives $38.9 billion, 5.6% less — beyond the ±1% that the figure as
    written allows.

Figures are written the way the article writes the claim's own figure (currency sign, scale
word, decimals), so "$38.9 billion" stands next to "$41.2 billion", not "38.9e9 USD". Only the
evidence record as it is today is read: rule names are those of `claimx.check`.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Optional

from claimx.check.tolerance import stated_bounds
from claimx.records import Claim, Evidence, ReferenceValue
from claimx.review.format import number

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "¥", "KRW": "₩"}
_SCALE_WORDS = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
}
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALE = re.compile(r"\d\s*(trillion|billion|million|thousand|tn|bn|mn|m|b|k)\b", re.IGNORECASE)
_E_NOTATION = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)e(-?\d+)\b")
_UNIT_WORDS = {"percent": "%", "percentage_point": " percentage points", "count": ""}
_PACK_DIFFERS = "the pack's figure differs, but "


def _style(claim: Claim) -> tuple[Optional[str], Optional[float], Optional[str], int]:
    """(currency sign, scale, scale word, decimals) of the claim's figure as written."""
    text = claim.text
    sign = next((s for s in CURRENCY_SIGNS.values() if s in text), None) if claim.unit in CURRENCY_SIGNS else None
    if sign is None and claim.unit in CURRENCY_SIGNS and claim.unit not in text:
        sign = CURRENCY_SIGNS[claim.unit]
    scale = word = None
    if found := _SCALE.search(text):
        word = found.group(1)
        scale = _SCALE_WORDS[word.lower()]
    elif abs(claim.value) >= 1e6:
        for size, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(claim.value) >= size:
                scale, word = size, name
                break
    digits = _NUMBER.search(text)
    decimals = len(digits.group(1)) if digits and digits.group(1) else 0
    return sign, scale, word, decimals


def _digits(value: float, decimals: int, differs_from: Optional[float] = None) -> str:
    """`value` to `decimals` places (at least two significant digits), one or two more when that would
    hide a difference from `differs_from`."""
    written = decimals
    if value and math.isfinite(value):
        decimals = max(decimals, 1 - math.floor(math.log10(abs(value))))

    def fixed(places: int) -> str:
        text = f"{value:,.{places}f}"
        while places > written and text.endswith("0"):  # digits beyond the article's only when they say something
            text, places = text[:-1], places - 1
        return text.rstrip(".")

    for extra in range(3):
        places = decimals + extra
        text = fixed(places)
        if differs_from is None or f"{differs_from:,.{places}f}" != f"{value:,.{places}f}" or math.isclose(value, differs_from):
            return text
    return fixed(decimals + 2)


def figure(value: float, unit: str, claim: Optional[Claim] = None) -> str:
    """Write a value the way the article writes the claim's figure when the units agree.

    value (float): the value.
    unit (str): its unit (a claim unit or a reference unit).
    claim (Claim | None): the claim whose written style to follow.
    RETURNS (str): e.g. "$38.9 billion", "12.1%", "4,600 stores"-style counts ("4,600"), "2.3 times".
    """
    same = claim is not None and unit == claim.unit
    if unit == "ratio":
        if claim is not None and (claim.kind == "multiple" or abs(claim.value) >= 1.5 or abs(value) >= 1.5):
            return f"{_digits(value, 1, claim.value if same else None)} times"
        return f"{_digits(value * 100, 0, claim.value * 100 if same else None)}%"
    if unit == "count" and abs(value) >= 1e6:
        return number(value)  # "hundreds of millions": 300 million, not 300,000,000
    if unit in _UNIT_WORDS:
        decimals = _style(claim)[3] if same else (1 if abs(value) < 100 and value != int(value) else 0)
        return _digits(value, decimals, claim.value if same else None) + _UNIT_WORDS[unit]
    if not same:
        sign = CURRENCY_SIGNS.get(unit)
        return f"{sign}{number(value)}" if sign else f"{number(value)} {unit.replace('_', ' ')}"
    sign, scale, word, decimals = _style(claim)
    if scale is not None and abs(value) < scale / 10:
        scale, word, decimals = None, None, 0
    if scale is None and abs(value) >= 1e6:
        scale, word = next((size, name) for size, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
                           if abs(value) >= size)
    scaled = value / scale if scale else value
    digits = _digits(scaled, decimals, claim.value / scale if scale else claim.value)
    spaced = "" if word and len(word) <= 2 else " "
    written = f"{digits}{spaced}{word}" if word else digits
    if sign:
        return f"-{sign}{written.lstrip('-')}" if written.startswith("-") else f"{sign}{written}"
    if unit in CURRENCY_SIGNS or unit.isupper():
        return f"{written} {unit}"
    return f"{written} {_unit_words(claim) or unit.replace('_', ' ')}"


def _unit_words(claim: Claim) -> str:
    """The words after the claim's figure that name its unit: "tonnes", "km", "miles per hour"."""
    last = None
    for last in re.finditer(r"\d(?:[\d,.]*\d)?(?:\s*(?:trillion|billion|million|thousand|tn|bn|mn)\b)?", claim.text):
        pass
    tail = claim.text[last.end():].strip() if last else ""
    return tail if re.fullmatch(r"[^\W\d_][\w\s/.-]{0,30}", tail) else ""


def readable(text: str) -> str:
    """Rewrite a computation's e-notation as words: "1.12e9 / 9.07e9" -> "1.12 billion / 9.07 billion"."""

    def words(match: re.Match[str]) -> str:
        return number(float(match.group(0)))

    return _E_NOTATION.sub(words, text)


def _percent(share: float) -> str:
    text = f"{share * 100:.2g}" if share * 100 < 10 else f"{share * 100:.0f}"
    return f"{float(text):g}%"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _about(claim: Claim) -> str:
    """ "Northwind Foods' revenue for FY2025" from the claim's subject, metric and period."""
    metric = claim.metric.strip() if claim.metric and re.search(r"[A-Za-z]{3}", claim.metric) else None
    if metric and claim.subject and set(metric.lower().split()) <= set(claim.subject.lower().split()):
        metric = None  # "cloud division" of the "Orvane cloud division": said once
    if claim.subject and metric:
        about = f"{_possessive(claim.subject)} {metric}"
    else:
        about = metric or claim.subject or ""
    if claim.period and about:
        period = claim.period.strip()
        if re.match(r"(?:latest|past|previous|current|same|first|second|third|fourth|fiscal|financial|calendar)\b", period):
            period = f"the {period}"
        about += f" for {period}"
    return about


def reference_label(ref: ReferenceValue, claim: Claim) -> str:
    """What a reference figure measures, in words: "Services revenue, FY2025" for the pack's
    `veltrana-services · revenue_eur · FY2025` (the claim's subject names its own entity; a
    currency code ending a metric id is the unit, not the measure)."""
    entity = claim.subject if claim.subject and ref.entity == claim.entity_id else ref.entity.replace("-", " ")
    metric = ref.metric
    if metric.lower().endswith("_" + ref.unit.lower()):
        metric = metric[: -len(ref.unit) - 1]
    return f"{entity} {metric.replace('_', ' ')}, {ref.period}"


_label = reference_label


def _sources(refs: Sequence[ReferenceValue]) -> str:
    names = list(dict.fromkeys(ref.source for ref in refs if ref.source))
    return f"{' and '.join(names)} give" if len(names) > 1 else f"{names[0]} gives" if names else "the reference pack gives"


def _ref(ref: ReferenceValue, claim: Claim) -> str:
    return figure(ref.value, ref.unit, claim)


def _quoted(claim: Optional[Claim], fallback: str) -> str:
    return f"“{claim.text}”" if claim is not None else fallback


def _gap(claim: Claim, expected: float) -> str:
    """How the evidence's figure stands against the claim's: "5.6% less", "0.1 points more", "the same"."""
    if claim.unit in ("percent", "percentage_point"):
        points = expected - claim.value
        # Closer than the figure's last written digit: the same figure, as the article writes it.
        if abs(points) < 0.5 * 10 ** -_style(claim)[3]:
            return "the same"
        return f"{_digits(abs(points), max(_style(claim)[3], 1))} points {'more' if points > 0 else 'less'}"
    if not claim.value:
        return "a different figure"
    relative = (expected - claim.value) / abs(claim.value)
    if abs(relative) < 0.0005:
        return "the same"
    return f"{_percent(abs(relative))} {'more' if relative > 0 else 'less'}"


_BOUNDS = re.compile(r"^the wording sets bounds: the figure must be (.+?) \(±")


def _bounds(claim: Claim, evidence: Evidence) -> Optional[str]:
    """ "at least 2 times" when the claim's wording sets bounds ("more than doubling"), else None."""
    found = _BOUNDS.match(evidence.tolerance_reason or "")
    if not found:
        return None
    lower, upper = stated_bounds(claim)
    if lower is not None and upper is not None:
        return f"between {figure(lower, claim.unit, claim)} and {figure(upper, claim.unit, claim)}"
    if lower is not None:
        return f"at least {figure(lower, claim.unit, claim)}"
    if upper is not None:
        return f"at most {figure(upper, claim.unit, claim)}"
    return readable(found.group(1))


def _within(claim: Claim, evidence: Evidence) -> bool:
    if claim.verdict == "supported":
        return True
    if claim.verdict == "contradicted":
        return False
    return abs(evidence.deviation or 0.0) <= (evidence.tolerance or 0.0)


def _allowance(claim: Claim, evidence: Evidence) -> str:
    """ "beyond the ±1% that the figure as written allows" from the tolerance and its reason."""
    if evidence.tolerance is None or evidence.deviation is None:
        return ""
    within = _within(claim, evidence)
    reason = evidence.tolerance_reason or ""
    bounds = _bounds(claim, evidence)
    if bounds is not None:
        said = f" — {'inside' if within else 'outside'} what its wording allows: {bounds}"
        if "says nothing of it" in reason:
            said += ", though so far inside that the wording says little about it"
        return said
    if "hedged" in reason or claim.qualifier == "approximate":
        why = "its hedged wording allows"
    elif "in words" in reason:
        why = "a figure written in words allows"
    else:
        why = "the figure as written allows"
    if "rounded" in reason:
        why += ", with the rounding of the figures it is computed from"
    return f" — {'within' if within else 'beyond'} the ±{_percent(evidence.tolerance)} that {why}"


def _verdict_word(claim: Claim) -> str:
    return (claim.verdict or "unchecked").capitalize()


def explain(claim: Claim, related: Mapping[str, Claim] | None = None) -> str:
    """The one sentence the evidence panel leads with.

    claim (Claim): a checked claim (its verdict and evidence as the checker stored them).
    related (Mapping[str, Claim] | None): the article's claims by id, to quote the figures an
        internal check used.
    RETURNS (str): the sentence; plain text (the template escapes it).
    """
    evidence = claim.evidence
    verdict = _verdict_word(claim)
    if evidence is None:
        return f"{verdict}: no evidence was recorded{'' if claim.verdict else '; the claim has not been checked'}."
    related = related or {}
    partners = [related.get(claim_id) for claim_id in evidence.related_claims]
    rule = evidence.rule
    refs = evidence.reference
    said = f"“{claim.text}”"
    about = _about(claim)
    expected = evidence.expected
    body = None
    if rule == "none" or expected is None:
        note = evidence.note or "nothing in the reference pack or the article speaks to it"
        return f"{verdict}: {note}."
    exp = figure(expected, claim.unit, claim)
    gap = "" if _bounds(claim, evidence) is not None else _gap(claim, expected)
    puts = f"the article puts {about} at {said}" if about else f"the article says {said}"
    if rule == "direct" and refs:
        body = f"{puts}; {_sources(refs)} {_ref(refs[0], claim)}"
        if refs[0].unit != claim.unit:
            body += f" ({exp} in the article's unit)"
        if gap:
            body += f", {gap}"
    elif rule == "growth" and len(refs) >= 2:
        before, after = refs[0], refs[1]
        moved = "a rise" if expected > 0 else "a fall" if expected < 0 else "no change"
        if claim.direction:
            moved = "a change"
        body = (f"{puts}; {_sources(refs)} {_ref(before, claim)} for {before.period} and "
                f"{_ref(after, claim)} for {after.period}, {moved} of {exp}")
    elif rule == "share" and refs:
        part = refs[0]
        if len(refs) >= 2:
            whole = f"{_ref(refs[1], claim)} ({_label(refs[1], claim)})"
        else:
            stated = partners[0] if partners else None
            whole = f"{_quoted(stated, 'a total')} stated in the article"
        body = (f"{puts}; {_sources(refs)} {_ref(part, claim)} ({_label(part, claim)}) "
                f"out of {whole}, a share of {exp}")
    elif rule == "difference" and len(refs) >= 2:
        first, second = refs[0], refs[1]
        body = (f"{puts}; {_sources(refs)} {_ref(first, claim)} for {first.entity.replace('-', ' ')} and "
                f"{_ref(second, claim)} for {second.entity.replace('-', ' ')}, a gap of {exp}")
    elif rule == "multiple" and len(refs) >= 2:
        base, top = refs[0], refs[1]
        body = (f"{puts}; {_sources(refs)} {_ref(top, claim)} ({_label(top, claim)}) against "
                f"{_ref(base, claim)} ({_label(base, claim)}), {exp}")
    elif rule == "rate" and len(refs) >= 2:
        top, bottom = refs[0], refs[1]
        body = (f"{puts}; {_sources(refs)} {_ref(top, claim)} ({_label(top, claim)}) over "
                f"{_ref(bottom, claim)} ({_label(bottom, claim)}), which is {exp}")
    elif rule.startswith("internal_"):
        body = _internal(rule, claim, partners, exp, evidence)
    if body is None:
        body = f"{puts}; the evidence implies {exp}, {gap}"
    elif rule != "direct" and gap not in ("", "the same", "a different figure"):
        body += f" ({gap} than the article's figure)"
    sentence = f"{verdict}: {body}{_allowance(claim, evidence)}"
    note = evidence.note
    if note and note.startswith(_PACK_DIFFERS) and claim.verdict == "unverifiable":
        sentence += f"; not counted as a contradiction, because {note[len(_PACK_DIFFERS):]}"
    elif note:
        sentence += f" ({note})"
    return sentence + "."


def _internal(rule: str, claim: Claim, partners: list[Optional[Claim]], exp: str, evidence: Evidence) -> Optional[str]:
    """The body of the sentence for a check against the article's own figures."""
    said = f"“{claim.text}”"
    first = partners[0] if partners else None
    second = partners[1] if len(partners) > 1 else None
    a, b = _quoted(first, "one figure"), _quoted(second, "another")
    if rule == "internal_difference":
        return f"the article's own figures {a} and {b} differ by {exp}, and it gives the gap as {said}"
    if rule == "internal_change":
        return f"the article's own figures go from {b} to {a}, a change of {exp}, and it says {said}"
    if rule == "internal_total":
        parts = ", ".join(_quoted(p, "?") for p in partners) or "the parts it lists"
        return f"the parts the article lists ({parts}) add up to {exp}, and it gives the total as {said}"
    if rule == "internal_share":
        return f"{a} out of {b}, both in the article, is {exp}, and it says {said}"
    if rule == "internal_multiple":
        return f"{a} is {exp} {b} in the article's own figures, and it says {said}" if exp.endswith("times") else (
            f"{a} against {b} in the article's own figures is {exp}, and it says {said}")
    if rule == "internal_portion":
        return f"{a} of {b}, both in the article, is {exp}, and it says {said}"
    if rule == "internal_per_unit":
        return f"{a} over {b}, both in the article, is {exp}, and it says {said}"
    if rule == "internal_scale_slip":
        return f"the article's change {a}, with {b}, gives {exp} for this figure, and it says {said}: its scale word looks slipped"
    if rule == "internal_restated":
        return f"the article states the same measure for the same period as {a}, more precisely, and it says {said}"
    if rule == "internal_restated_change":
        return f"the article states the same change elsewhere, {a}, which its own figures bear out, and it says {said}"
    if rule == "internal_rate":
        years = re.search(r"/ ([\d.]+) years", evidence.computation or "")
        span = f" over {years.group(1)} years" if years else " over the years it names"
        return f"the article's total {a}{span} comes to {exp}, and it says {said}"
    return None
