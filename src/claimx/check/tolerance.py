"""How far a claim may be from the figure the evidence implies: tolerance from stated precision and hedges.

"$716.9 billion" is a rounding to a tenth of a billion, so it covers 716.85e9..716.95e9; "27%" covers
26.5..27.5; a number in words ("a quarter", "one-fifth") is coarse by nature; "roughly" or "about"
widens any of them. Bounds ("more than", "just under") are checked against the bound with a small margin;
a figure far inside a one-sided bound written in digits neither supports nor contradicts it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from claimx.records import Claim, VerdictName

MARGIN = 0.002  # restatements and definitions differ slightly between sources
HEDGE = 0.05  # "about", "roughly", "close to"
WORDS = 0.10  # "a quarter", "one-fifth", "billions": no digits to say how precise
BOUND = 0.01  # "more than 4,600", "just under $4 billion"
FAR = 2.0  # a one-sided bound this many times away from the figure does not describe it



def _digits(text: str, at: int) -> str:
    """The run of decimal digits of `text` starting at `at`."""
    end = at
    while end < len(text) and text[end].isdecimal():
        end += 1
    return text[at:end]


def written_number(text: str) -> tuple[str, str] | None:
    """(whole digits, decimal digits) of the first number written in digits in `text`: "$1,204.5 billion"
    -> ("1204", "5"). Thousands separators count between groups of three after one to three digits
    ("12,34" is 12). None when the text has no digit."""
    start = next((i for i, char in enumerate(text) if char.isdecimal()), None)
    if start is None:
        return None
    whole = _digits(text, start)
    at = start + len(whole)
    if len(whole) <= 3:
        while at < len(text) and text[at] == "," and len(group := _digits(text, at + 1)[:3]) == 3:
            whole, at = whole + group, at + 4
    decimals = _digits(text, at + 1) if at < len(text) and text[at] == "." else ""
    return whole, decimals


def fmt(value: float) -> str:
    """Write `value` compactly for a computation string: 172162000000 -> "172.162e9", 0.24014 -> "0.2401"."""
    if value == 0 or not math.isfinite(value):
        return str(value)
    if abs(value) >= 1e6:
        exponent = 3 * int(math.floor(math.log10(abs(value)) / 3))
        mantissa = f"{value / 10 ** exponent:.6f}".rstrip("0").rstrip(".")
        return f"{mantissa}e{exponent}"
    if abs(value) >= 1000:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.4g}"


def stated_step(claim: Claim, *, zeros_count: bool = False) -> float | None:
    """Half a unit of the last significant digit of the number as written, in the claim's unit.

    claim (Claim): the claim; its `text` holds the number as written ("$716.9 billion", "4,600").
    zeros_count (bool): read a whole number's trailing zeros as written digits ("4,600" to ±0.5, "10%" to ±0.5),
        for a pairing that no wording links to the figure and so may only support it closely.
    RETURNS (float | None): e.g. 0.05e9 for "$716.9 billion", 50 for "4,600"; None when the number is in words.
    """
    number = written_number(claim.text)
    if number is None:
        return None
    whole, decimals = number
    written = float(f"{whole}.{decimals}" if decimals else whole)
    if written == 0 or claim.value == 0:
        return None
    scale = abs(claim.value) / written
    if not zeros_count and abs(math.log10(scale) - round(math.log10(scale))) > 0.01:
        return None  # the value is not the written number times a power of ten ("hundreds of millions")
    if decimals:
        digit = 10.0 ** -len(decimals)
    elif zeros_count:
        digit = 1.0
    else:
        digit = 10.0 ** (len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 1.0
    return 0.5 * digit * scale


def input_step(claim: Claim) -> float | None:
    """How precise a figure is when it enters a computation as stated (a change's two levels, a share's
    part and whole): its `stated_step`, except that a whole number written without a hedge is read to two
    significant digits at least ("$100 million" is not anything from $50 million to $150 million, nor
    "50,000" anything from 45,000 to 55,000). A hedged figure ("about 100,000") keeps its full step.
    """
    step = stated_step(claim)
    number = written_number(claim.text)
    if step is None or number is None or number[1] or claim.qualifier == "approximate" or len(number[0]) < 2:
        return step
    whole = number[0]
    scale = abs(claim.value) / float(whole)
    return min(step, 0.5 * 10.0 ** (len(whole) - 2) * scale)


@dataclass(frozen=True)
class Tolerance:
    """The deviation a claim's wording allows.

    relative (float): allowed |claim - expected| as a fraction of |claim value|.
    reason (str): why, in words.
    """

    relative: float
    reason: str


def tolerance_for(claim: Claim) -> Tolerance:
    """The tolerance a claim's own wording implies: stated precision + hedge + a small margin.

    claim (Claim): the claim.
    RETURNS (Tolerance): the allowed relative deviation and its reason.
    """
    step = stated_step(claim)
    if step is None:
        relative, reasons = WORDS, [f"a number in words is coarse (±{WORDS:.0%})"]
    else:
        relative = step / abs(claim.value)
        reasons = [f"stated to ±{fmt(step)} ({relative:.2%})"]
    if claim.qualifier == "approximate":
        relative += HEDGE
        reasons.append(f"hedged wording ±{HEDGE:.0%}")
    relative += MARGIN
    reasons.append(f"margin {MARGIN:.1%}")
    return Tolerance(relative, "; ".join(reasons))


@dataclass(frozen=True)
class Judgement:
    """A claim compared with the figure the evidence implies.

    verdict (VerdictName): supported or contradicted; unverifiable for a figure far inside a one-sided bound.
    deviation (float | None): (claim - expected) / |expected|; for bounds, how far `expected` lies outside them.
    tolerance (float | None): the allowed |deviation|, on the same scale.
    reason (str): why that tolerance.
    """

    verdict: VerdictName
    deviation: float | None
    tolerance: float | None
    reason: str


def _small_whole(claim: Claim) -> bool:
    """Whether a figure in words is a small whole number ("five", "a dozen"): as exact as if written in digits."""
    return claim.value == int(claim.value) and 1 < claim.value < 100


def _far_inside(lower: float | None, upper: float | None, expected: float) -> bool:
    """True when only one side is bounded and `expected` lies more than FAR times beyond it."""
    if lower is not None and upper is None and lower > 0:
        return expected > FAR * lower
    if upper is not None and lower is None and upper > 0:
        return 0 <= expected < upper / FAR
    return False


def _relative(amount: float, expected: float) -> float | None:
    return amount / abs(expected) if expected else None


def judge(claim: Claim, expected: float, *, slack: float = 0.0, slack_reason: str = "") -> Judgement:
    """Compare `claim` with `expected` (in the claim's unit), honouring its qualifier and bounds.

    claim (Claim): the claim.
    expected (float): what the evidence says the figure is.
    slack (float): extra absolute allowance, e.g. for figures that were themselves rounded.
    slack_reason (str): why the slack.
    RETURNS (Judgement): supported when `expected` lies within what the wording allows.
    """
    extra = f"; {slack_reason}" if slack_reason else ""
    lower, upper = stated_bounds(claim)
    if lower is not None or upper is not None:
        below = max(0.0, lower - expected) if lower is not None else 0.0
        above = max(0.0, expected - upper) if upper is not None else 0.0
        bound = lower if below or upper is None else upper
        allowed = abs(bound) * BOUND + slack
        words = " and ".join(part for part in (f"at least {fmt(lower)}" if lower is not None else "",
                                               f"at most {fmt(upper)}" if upper is not None else "") if part)
        reason = f"the wording sets bounds: the figure must be {words} (±{BOUND:.0%}){extra}"
        outside = max(below, above)
        verdict: VerdictName = "supported" if outside <= allowed else "contradicted"
        if verdict == "supported" and (stated_step(claim) is not None or _small_whole(claim)) and _far_inside(
                lower, upper, expected):
            # "more than 4,600 stores" says roughly where the figure is: 300 million is not what it speaks of; nor
            # is 14,200 what "more than five" speaks of. A bound in words of a scale or a fraction
            # ("multibillion-dollar", "more than half") only names an order of magnitude.
            verdict = "unverifiable"
            reason += f"; the figure lies more than {FAR:g} times inside a one-sided bound, so it says nothing of it"
        return Judgement(verdict, _relative(outside, expected), _relative(allowed, expected), reason)
    tolerance = tolerance_for(claim)
    allowed = abs(claim.value) * tolerance.relative + slack
    verdict: VerdictName = "supported" if abs(claim.value - expected) <= allowed else "contradicted"
    return Judgement(verdict, _relative(claim.value - expected, expected), _relative(allowed, expected),
                     tolerance.reason + extra)


def stated_bounds(claim: Claim) -> tuple[float | None, float | None]:
    """The (lower, upper) bounds the claim's wording sets: "more than 4,600" -> (4600, None), a range
    its two ends; (None, None) for an exact or approximate figure."""
    lower = claim.lower if claim.qualifier in ("lower_bound", "range") else None
    upper = claim.upper if claim.qualifier in ("upper_bound", "range") else None
    if claim.qualifier == "lower_bound" and lower is None:
        lower = claim.value
    if claim.qualifier == "upper_bound" and upper is None:
        upper = claim.value
    return lower, upper
