"""Internal consistency: figures in one article that must agree with each other, with no reference data.

A stated gap against the two amounts it separates; a change against the before and after figures (or
the change and its base); parts against a stated total; a share against its part and whole; a multiple
against the two figures it compares; a yearly rate against a total over a span. Which figure plays which
role comes from the sentence's wording ("from", "to", "a total of"), from the same clause, and from
words shared by subjects and metrics. A partner found only by shared words further away can support a
claim but never contradict it: a wrong pairing must not raise a false alarm.
"""
from __future__ import annotations

import calendar
import functools
import itertools
from typing import Callable

from claimx.check.around import scan, starts
from claimx.check.cues import base_phrase, family, says_total
from claimx.check.finding import Finding, judged, unverifiable
from claimx.check.growth import signed_judgement
from claimx.check.words import check_words
from claimx.check.phrases import (base_named_of, find_all, breaks_statement, compares, ends_with_cue, has, is_multiple,
                                  last_word_is, per_time, per_year, portion_words, rate_of, rate_split, restated_base, restates, unit_after,
                                  whole_follows, gap_base, of_before, restates_part, explained_by, out_of_whole,
                                  links_multiple)
from claimx.check.share import split_share
from claimx.check.tolerance import HEDGE, MARGIN, Judgement, fmt, input_step, judge, stated_step, written_number
from claimx.check.units import convert, numerator
from claimx.check.context import is_change, is_rate, sentence_position, status_of
from claimx.check.readings import figure_stretch, period_pinned
from claimx.frame.words import load_words
from claimx.lexicon import load_lexicon
from claimx.records import Claim
from claimx.reference.metrics import VAGUE
from claimx.periods import shift_period
from claimx.reference.periods import lookback_years, parse_period_range
from claimx.reference.text import STOP, tokens

RELATIVE = ("percent", "ratio", "percentage_point")
def _is_level(claim: Claim) -> bool:
    return claim.direction is None and claim.kind != "change" and claim.unit not in RELATIVE


def _is_percent_level(claim: Claim) -> bool:
    """A percentage stated as a level ("2.6% of the placebo group"), not a change."""
    return claim.direction is None and claim.kind != "change" and claim.unit == "percent"


def _words(claim: Claim) -> set[str]:
    return set(tokens(f"{claim.subject or ''} {base_phrase(claim.metric)} {claim.period or ''}")) - VAGUE - STOP


def _offset(claim: Claim) -> int:
    """Article offset of the claim's sentence (where the quantity's text first occurs in it)."""
    return claim.frame.sentence_start if claim.frame is not None else claim.start


def _between(first: Claim, second: Claim) -> str:
    """The sentence text between two claims of the same sentence."""
    left, right = sorted((first, second), key=lambda claim: claim.start)
    offset = _offset(left)
    return left.sentence[left.end - offset:right.start - offset]


def _whole_of(part: Claim, whole: Claim) -> bool:
    """Whether `whole` is what `part` is counted out of, right after it ("22 of the 48 seats", "nine out of 10")."""
    words = tokens(_between(part, whole))
    return "of" in words and set(words) <= check_words().words("counted_out_of")


def _same_clause(first: Claim, second: Claim) -> bool:
    return first.sentence == second.sentence and not breaks_statement(_between(first, second))


def _levels_in_sentence(claim: Claim, siblings: list[Claim]) -> list[Claim]:
    """The other level figures of the claim's sentence, in reading order."""
    return sorted((o for o in siblings if o.sentence == claim.sentence and o.id != claim.id and _is_level(o)),
                  key=lambda other: other.start)


def _lead_in(claim: Claim, others: list[Claim]) -> str:
    """The sentence text between the previous claim (or the sentence start) and `claim`."""
    offset = _offset(claim)
    earlier = [other.end - offset for other in others
               if other.sentence == claim.sentence and other.end <= claim.start and other.id != claim.id]
    return claim.sentence[max(earlier, default=0):claim.start - offset]


def _sentence_order(claims: list[Claim]) -> list[str]:
    firsts: dict[str, int] = {}
    for claim in claims:
        firsts[claim.sentence] = min(firsts.get(claim.sentence, claim.start), claim.start)
    return sorted(firsts, key=firsts.__getitem__)


def _close(claim: Claim, other: Claim, siblings: list[Claim], back: int = 1) -> bool:
    """True when `other` is in the claim's sentence or one of the `back` sentences before it."""
    order = _sentence_order([claim, *siblings])
    here, there = order.index(claim.sentence), order.index(other.sentence)
    return 0 <= here - there <= back


def _nearby(claim: Claim, siblings: list[Claim], back: int) -> list[Claim]:
    """Other claims in the claim's sentence or the `back` sentences before it, nearest first."""
    near = [other for other in siblings if other.id != claim.id and _close(claim, other, siblings, back)]
    return sorted(near, key=lambda other: abs(claim.start - other.start))


def _slack(compute: Callable[[float, float], float], first: Claim, second: Claim) -> float:
    """How much `compute` can move when both inputs are only as precise as they were written."""
    exact = compute(first.value, second.value)
    steps = [input_step(first) or 0.0, input_step(second) or 0.0]
    moved = [compute(first.value + a, second.value + b)
             for a, b in itertools.product((-steps[0], steps[0]), (-steps[1], steps[1]))]
    return max(abs(value - exact) for value in moved)


def _found(rule: str, judgement: Judgement, expected: float, computation: str, partners: list[Claim],
           strong: bool = True) -> Finding | None:
    # a partner stated as a range ("$6.10 to $6.25") enters by its midpoint, which the article never
    # states: it may support a claim, never contradict it
    strong = strong and not any(partner.qualifier == "range" for partner in partners)
    if judgement.verdict == "contradicted" and not strong:
        return None
    return judged(rule, judgement, expected=expected, computation=computation, related=[p.id for p in partners])


def _compare(rule: str, claim: Claim, compute: Callable[[float, float], float], first: Claim, second: Claim,
             text: str, strong: bool = True) -> Finding | None:
    expected = compute(first.value, second.value)
    slack = _slack(compute, first, second)
    judgement = judge(claim, expected, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
    return _found(rule, judgement, expected, f"{text} = {fmt(expected)}", [first, second], strong)


def _pair(subject: str) -> list[str]:
    """The names a gap's subject joins ("Acme vs Bolt" -> ["acme", "bolt"]), split at the words of
    check.json's `pair_joiners` (a point right after one, as in "vs.", goes with it); lower-cased."""
    joiners = check_words().phrases("pair_joiners")
    parts, begin, skip = [], 0, False
    for word in scan(subject):
        if skip and word.text == ".":
            begin, skip = word.end, False
            continue
        skip = False
        if (word.text,) in joiners:
            parts.append(subject[begin:word.start])
            begin, skip = word.end, True
    parts.append(subject[begin:])
    return [part.strip().lower() for part in parts]


def internal_difference(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated gap against the two amounts in the same or the previous two sentences.

    Only a gap between two names ("the gap between Acme and Bolt") says which amounts it is between; two
    amounts taken by position ("a £10.2 million funding gap on the £575.7m needed", with £7.3 million two
    sentences before) may support the gap, never contradict it."""
    amounts = [other for other in _nearby(claim, siblings, 2)
               if _is_level(other) and other.unit == claim.unit and other.start < claim.end]
    parts = _pair(claim.subject or "")
    named_pair = False
    if len(parts) == 2:
        named = [next((o for o in amounts if o.subject and part in o.subject.lower()), None) for part in parts]
        if named[0] and named[1] and named[0] is not named[1]:
            amounts, named_pair = [named[0], named[1]], True
    if len(amounts) < 2:
        return None
    first, second = sorted(amounts[:2], key=lambda other: other.start)
    return _compare("internal_difference", claim, lambda a, b: abs(a - b), first, second,
                    f"|{fmt(first.value)} - {fmt(second.value)}|", strong=named_pair)


def _says_multiple(claim: Claim) -> bool:
    """A multiple by its wording or as a ratio written as one ("roughly 2.6 times", "nearly double")."""
    return family(claim) == "multiple" or (claim.unit == "ratio" and is_multiple(claim.text))


def _adjacent(first: Claim, second: Claim) -> bool:
    """Whether nothing joins another statement between two figures of one clause: no word of check.json's `joins`
    ("and", "while") between them."""
    between = _between(first, second)
    return not has(between, "joins")


_RANGE_WORDS = 6  # a range's word stands at most this many words before its "from" end


def _range_ends(levels: list[Claim], siblings: list[Claim]) -> set[str]:
    """The ids of the levels that are the ends of a stated range: a level whose words before it (since the figure
    before) hold a word of check.json `range_cues` within _RANGE_WORDS words and end with a word of `from_words`
    ("the range of forecasts running from 40,000", "estimates ranging from"), and the level after it whose words
    before are one word of `to_words` ("to 190,000")."""
    cues = check_words().words("range_cues")
    ends: set[str] = set()
    ordered = sorted(levels, key=lambda o: o.start)
    for first, second in zip(ordered, ordered[1:]):
        lead = [word.text.lower() for word in scan(_lead_in(first, siblings)) if not word.mark]
        between = [word.text.lower() for word in scan(_lead_in(second, siblings)) if not word.mark]
        if first.sentence == second.sentence and lead and (lead[-1],) in check_words().phrases("from_words") \
                and cues & set(lead[-_RANGE_WORDS:]) and len(between) == 1 \
                and (between[0],) in check_words().phrases("to_words"):
            ends |= {first.id, second.id}
    return ends


def _roles(claim: Claim, siblings: list[Claim]) -> tuple[Claim | None, Claim | None, Claim | None, bool]:
    """(before, after, stated change amount, whether the wording placed them) for a change claim, from its own
    clause's wording. A figure of another status (an analysts' estimate beside reported results: "topped its
    $1.01 estimate and grew earnings 4.0% over last year's $1.00") plays no role."""
    clause = [other for other in siblings if other.id != claim.id and _same_clause(claim, other)
              and status_of(other) == status_of(claim)]
    if claim.unit == "percentage_point":
        levels = [other for other in clause if other.unit == "percent" and other.direction is None]
    elif claim.unit == "ratio" and is_change(claim):
        # a fraction is never a difference in points: "from 2.6% of the placebo group to 2.1% of those on the pill,
        # a reduction of nearly a fifth" is the relative change between two percentages
        levels = [other for other in clause if _is_level(other) or _is_percent_level(other)]
    elif claim.unit in RELATIVE:
        levels = [other for other in clause if _is_level(other)]
    else:
        # a change per unit ("$1.00 per share") has its levels per unit too, not the totals beside it
        levels = [other for other in clause if _is_level(other) and other.unit == claim.unit
                  and is_rate(other) == is_rate(claim)]
    # the two ends of a range are no change's levels: "forecasts ranging from 40,000 to 190,000" (check.json
    # `range_cues`, the words before the first end since the figure before it)
    ranged = _range_ends(levels, siblings)
    levels = [o for o in levels if o.id not in ranged]
    # an amount set aside right after a basis word is no level of the measure: "Excluding the $1.7 billion favorable
    # impact from exchange rates, net sales increased 42% compared with $87.4 billion" (check.json `basis_words`)
    levels = [o for o in levels if not _set_aside(o, siblings)]
    # levels after a later change that has its own "to" figure are that change's ("shares fell 11% on
    # plans to lift spending by 60% to $200 billion from $128 billion"); a percentage that is itself a level is no
    # such change ("improved the pass rate by 3.1 percentage points, from 61.2% in 2023 to 64.3%")
    owners = [other for other in clause if other.start > claim.end and not _is_level(other)
              and not _is_percent_level(other)
              and (other.unit in RELATIVE) == (claim.unit in RELATIVE)
              and any(o.start > other.end and last_word_is(_between(other, o), "to_words", "own_end") for o in levels)]
    if owners:
        levels = [o for o in levels if o.start < owners[0].start]
    # no joining word between the cue and the figure: "12% more than in 2014 - and 34,240 giraffes" (the "than"
    # took the year; "and" opens another item)
    # a "to" right before the figure makes it the new level, whatever base cue stands earlier in its lead-in
    # ("increased 16.4% year over year to NT$832.2 million from NT$714.7 million": the "over" of "year over year")
    # or a base set after a compared cue: "rose 33.5% to Rs 16,372 crore, against a net profit of Rs 12,259 crore"
    bases = [o for o in levels if (ends_with_cue(_lead_in(o, siblings), "before_cues", "before", "before_stops")
                                   or base_named_of(_lead_in(o, siblings))) and not _ends_with_new_level(_lead_in(o, siblings))]
    # of two changes of one level, each with its base, a change's own base is the first after it: "The median price
    # was $412,500, down 1.8% from $420,000 in September but up 4.6% from $394,400 a year earlier" (4.6% is from
    # $394,400)
    before = next((o for o in bases if o.start >= claim.end), bases[0] if bases else None)
    if before is not None and before.start > claim.end and any(
            o.id != claim.id and not _is_level(o) and o.unit == claim.unit and claim.end <= o.start and o.end <= before.start
            for o in clause):
        # "up 0.7% from July and 22.7% from one year ago (1.1 million)": another change of the claim's unit stands
        # between it and the base, whose base it is
        before = None
    after = next((o for o in levels if o is not before
                  and ends_with_cue(_lead_in(o, siblings), "after_cues", "after", "tight_stops")), None)
    # a base's own "to" figure right after it is the level it went to, whatever figure stands after a cue earlier:
    # "the smallest annual increase at $20 a week (4.7%), rising from $430 to $450" (not $20, the rise's size)
    partner = None if before is None else next(
        (o for o in levels if o.start >= before.end and last_word_is(_between(before, o), "to_words", "to_from")
         and not _figures_between(before, o, siblings)), None)
    if partner is not None:
        after = partner
    if before is not None and after is not None and after.end <= before.start and any(
            after.end <= o.start and o.end <= before.start and o is not before and o.unit == before.unit
            for o in levels):
        # "Product revenue rose 8% to $66.61 billion, with iPhone sales climbing to $44.58 billion from $39.30
        # billion"; "grew its loan book by 6% to Sh214 billion and net interest income to Sh16 billion compared to
        # Sh14.3 billion": a base goes with the figure of its unit nearest before it, another measure's
        before = None
    own = [o for o in levels if o.start >= claim.end and last_word_is(_between(claim, o), "to_words", "own_end")]
    if own and before is not None and before.start < claim.start:
        # "cut its base rate by 0.25 point in August, to 4%": the change has its own end figure, so a
        # "from" figure earlier in the sentence belongs to another measure.
        return None, own[0], None, True
    if before is None and own and (after is None or after.end <= claim.start):
        # "Brindle up 47p, or 4.1%, to 1,207p, and Corvan up 17.40p, or 3%, to 606p": in a list of moves, a change's
        # own "to" figure, not the first "to" figure of the clause
        after = own[0]
    placed = True
    if before and not after:
        # the new level by position: the nearest figure before the base in its unit
        # (not one set apart in an aside: "336 people - an average of 28 a month - died ... compared to 215"; nor
        # another change's base: "$412,500, down 1.8% from $420,000 ... but up 4.6% from $394,400")
        rest = [o for o in levels if o is not before and o.unit == before.unit and o.start < before.start
                and not _in_aside(o, siblings) and o not in bases]
        after = rest[-1] if rest else None
        # placed all the same when nothing joining another statement stands between it and the change
        # ("renewables made up 38% of the total, up 11 points from 31%"; not "topped its $1.01 estimate and
        # grew earnings 4.0% over $1.00")
        placed = after is not None and after.end <= claim.start and _adjacent(after, claim)
    # the nearest stated amount before it: in a list of moves each change restates its own ("up 47p, or 4.1%")
    # (or the amount a percentage restates right after it: "closed up 1.16%, or 75.72 points, at 6,631")
    restated = next((o for o in clause if claim.unit in RELATIVE and o.start >= claim.end and not _is_level(o)
                     and o.unit not in RELATIVE and _restated_after(_between(claim, o))), None)
    amount = restated or next((o for o in reversed(clause) if not _is_level(o) and o.unit not in RELATIVE
                               and o.start < claim.start), None)
    if after is not None and after.end <= claim.start and _figures_between(after, claim, siblings, before, amount):
        # "BHP fell 37 cents to $35.65, Rio was off 84 cents to $61.30 and Newcrest was 3 per cent lower": a new
        # level with other figures of the sentence between it and the change (whatever their status) is another
        # item's of a list; it may support the change, never contradict it
        placed = False
    return before, after, amount, placed


_SET_ASIDE_WORDS = 2  # at most this many words ("the", "about") between a basis word and the amount it sets aside


def _set_aside(claim: Claim, siblings: list[Claim]) -> bool:
    """Whether a figure is an amount a word of check.json `basis_words` sets aside, standing right before it with at
    most _SET_ASIDE_WORDS words and no mark between ("Excluding the $2.3 billion unfavorable effect of currency moves")."""
    words = scan(_lead_in(claim, siblings))
    spans = find_all(words, check_words().phrases("basis_words"))
    if not spans:
        return False
    at, length = spans[-1]
    rest = words[at + length:]
    return len(rest) <= _SET_ASIDE_WORDS and not any(word.mark for word in rest)


_ASIDE_MARKS = {" - ": " - ", " – ": " – ", " — ": " — ", "(": ")"}


def _in_aside(claim: Claim, siblings: list[Claim]) -> bool:
    """Whether a figure stands in an aside its sentence sets apart with dashes or brackets, opened after the figure
    before it and closed before the next ("336 people - an average of 28 a month - died")."""
    lead, at = _lead_in(claim, siblings), sentence_position(claim)
    after = claim.sentence[at + len(claim.text):] if at >= 0 else ""
    later = [other.start - claim.end for other in siblings
             if other.sentence == claim.sentence and other.start >= claim.end and other.id != claim.id]
    after = after[:min(later, default=len(after))]
    return any(opening in lead and closing in after for opening, closing in _ASIDE_MARKS.items())


def _restated_after(text: str) -> bool:
    """Whether `text` (between a percentage and an amount after it) restates the one as the other: nothing but marks
    and one phrase of `portion_links` ("1.16%, or 75.72 points")."""
    words = [word for word in scan(text) if not word.mark]
    return bool(words) and starts(words, 0, check_words().phrases("portion_links")) == len(words)


def _measure_words(claim: Claim) -> set[str]:
    """The content words of the claim's metric, a trailing "s" dropped ("countries" and "country" meet)."""
    return _stems([word for word in tokens(claim.metric or "") if word not in STOP and word not in VAGUE])


def _ends_with_new_level(text: str) -> bool:
    """Whether the last word of `text` (the words just before a figure) is one of `new_level_words` ("to", "at"):
    the figure is the level reached, whatever base cue stands earlier ("rose 0.6% versus the dollar at 1.313": the
    "versus" names the other currency, 1.313 is where the pound stands)."""
    words = scan(text)
    if not words or (words[-1].text,) not in check_words().phrases("new_level_words"):
        return False
    # the "to" that ends a base cue ("compared to Sh487 million") makes no new level
    return not any(len(cue) > 1 and starts(words, len(words) - len(cue), (cue,)) == len(cue)
                   for cue in check_words().phrases("before_cues") if len(words) >= len(cue))


def _figures_between(first: Claim, second: Claim, siblings: list[Claim], *partners: Claim | None) -> bool:
    """Whether a figure of the sentence other than `partners` stands between two figures of one sentence."""
    known = {first.id, second.id} | {partner.id for partner in partners if partner is not None}
    return any(other.sentence == first.sentence and first.end <= other.start and other.end <= second.start
               for other in siblings if other.id not in known)


def _pair_of_another_change(claim: Claim, siblings: list[Claim], signed: float, slack: float) -> bool:
    """Whether another change of the claim's sentence, in its unit, agrees with `signed`, the change of the two levels
    the claim was read against (with `slack` for their rounding): the levels are that change's."""
    for other in siblings:
        if other.id == claim.id or other.sentence != claim.sentence or other.unit != claim.unit \
                or family(other) != "growth":
            continue
        judgement, _ = signed_judgement(other, signed, slack=slack)
        if judgement.verdict == "supported":
            return True
    return False


def internal_change(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated change against the before and after figures (or the change amount and its base)."""
    before, after, amount, placed = _roles(claim, siblings)
    # an amount taken by position, with a joining word between it and the change, is another statement's: "Group sales
    # increased by 30% to €3.9bn (2022: €3.0bn) and operating profit increased by 20% to €420m" (support only)
    # ("fell $1.11, or nearly 2 per cent": the "or" that restates the amount joins nothing)
    amount_placed = amount is None or amount.start > claim.start or _adjacent(amount, claim) \
        or _restated_after(_between(amount, claim))
    if before is None:
        return _change_of_amount(claim, after, amount, placed and amount_placed)
    if claim.unit == "percent" and after is None and amount is not None and amount.unit == before.unit:
        compute: Callable[[float, float], float] = lambda change, base: change / base * 100
        first, second, text = amount, before, f"{fmt(amount.value)} / {fmt(before.value)} * 100"
    elif after is not None and (after.unit != before.unit or is_rate(after) != is_rate(before)):
        return None  # "57 cents per share, down 7% ..., on revenue of $17.18 billion": two measures, no change
    elif after is not None and claim.unit in ("percent", "ratio") and (
            before.unit not in RELATIVE or claim.unit == "ratio" and before.unit == "percent"):
        scale = 100.0 if claim.unit == "percent" else 1.0
        compute = lambda new, old: (new / old - 1) * scale
        first, second, text = after, before, f"({fmt(after.value)} / {fmt(before.value)} - 1) * {scale:g}"
    elif after is not None:
        compute = lambda new, old: new - old
        first, second, text = after, before, f"{fmt(after.value)} - {fmt(before.value)}"
    else:
        return None
    if _yearly(claim) and not _yearly(first):
        # "rose from £1.2 billion to £1.5 billion over five years, an average of £60 million a year": the
        # change over the span the sentence gives, per year; with no span written it is not compared
        years = lookback_years(_between(second, claim)) or _period_years(claim)
        if not years or claim.unit in RELATIVE:
            return None
        whole, text = compute, f"({text}) / {years:g} years"
        compute = lambda a, b: whole(a, b) / years
    signed = compute(first.value, second.value)
    if first is amount and "down" in (amount.direction, claim.direction):
        signed = -abs(signed)
    slack = _slack(compute, first, second)
    judgement, expected = signed_judgement(claim, signed, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
    if judgement.verdict == "contradicted" and first is not amount and (
            _slipped_pair(first, second) or _scale_slip(claim, compute, first, second)):
        # "risen by 55.8 percent to around 778,800 million from 499,800", "from Rs 2303.35 crore ... to Rs 2973.91": the
        # two levels are apart by a scale word one writes and the other does not; the change is judged on the levels as
        # meant, the scale word dropped (a level that keeps a slipped word is judged by internal_scale_slip)
        read = _scale_read(claim, compute, first, second)
        if read is None:
            return None
        (new, old), factor = read
        judgement, expected = signed_judgement(claim, compute(new, old))
        return judged("internal_change", judgement, expected=expected, related=[first.id, second.id],
                      computation=f"{text} = {fmt(signed)}; read without the scale word one level writes "
                                  f"(÷{fmt(factor)}): {fmt(compute(new, old))}")
    if judgement.verdict == "contradicted" and first is not amount and _pair_of_another_change(claim, siblings, signed, slack):
        # "arrivals increased by 9.8 percent to 1.4 million from 1.3 million, with the US growing by 17 percent", "down 3%
        # from the September forecast and down 23% from the record 45.6 million tonnes": the two levels are the change of
        # another figure of the sentence, which they support; they say nothing of this one
        return None
    # a new level found by position alone may support the change, never contradict it; nor may the levels of a
    # change whose own words name a plan ("trimmed an initial 30% proposal, lifting the millage from 8.06 to 9.67":
    # the plan is not what was done); nor a base named as a target the change is not said to be against
    # ("took in $812 billion against a budgeted $805 billion, a 24% growth": the growth is over last year);
    # nor an amount that moves in ranks or the other way ("slipped two places (46 million, up 3.4%)")
    return _found("internal_change", judgement, expected, f"{text} = {fmt(signed)}", [first, second],
                  strong=(placed or first is amount) and (first is not amount or amount_placed)
                  and _own_subject(claim, [first, second]) and not _names_plan(claim)
                  and not _target_base(claim, second, siblings)
                  and not (first is amount and _other_move(claim, amount, second)))


_SCALES = (1e3, 1e6, 1e9, 1e12)


@functools.cache
def _scale_words() -> frozenset[str]:
    """The lexicon's scale words with the scale letters written after a number ("5bn", "16m": check.json
    `scale_letters`)."""
    return frozenset(word.lower() for word in load_lexicon()["scale_words"]) | check_words().words("scale_letters")


def _has_scale_word(claim: Claim) -> bool:
    """Whether the claim's text writes a scale word or letter ("778,800 million", "$5bn", "Sh16m")."""
    scales = _scale_words()
    return any(word.text in scales or word.text.rstrip("mbnk") != word.text and word.text[:1].isdigit()
               and word.text.lstrip("0123456789.,") in scales for word in scan(claim.text) if not word.mark)


def _scale_slip(claim: Claim, compute: Callable[[float, float], float], first: Claim, second: Claim) -> Claim | None:
    """The level of a stated change whose scale word slipped: the one of `first` and `second` that writes a scale word
    the other does not, and without which (a power of a thousand less) the change holds within its tolerance. None when
    no such reading exists."""
    for slipped, other in ((first, second), (second, first)):
        if not _has_scale_word(slipped) or _has_scale_word(other) or slipped.unit != other.unit:
            continue
        for factor in _SCALES:
            if slipped.value / factor < 1:
                break
            values = (first.value / factor, second.value) if slipped is first else (first.value, second.value / factor)
            if not values[1]:
                continue
            judgement, _ = signed_judgement(claim, compute(*values))
            if judgement.verdict == "supported":
                return slipped
    return None


_WRITTEN_SCALES = (1e3, 1e5, 1e6, 1e7, 1e9, 1e12)  # thousand, lakh, million, crore, billion, trillion


def _scale_read(claim: Claim, compute: Callable[[float, float], float], first: Claim,
                second: Claim) -> tuple[tuple[float, float], float] | None:
    """The two values read with the scale word one of them writes dropped (any written scale, lakh and crore too),
    and the factor, when the stated change holds on that reading; else None."""
    for slipped, other in ((first, second), (second, first)):
        if not _has_scale_word(slipped) or _has_scale_word(other) or slipped.unit != other.unit:
            continue
        for factor in _WRITTEN_SCALES:
            values = (first.value / factor, second.value) if slipped is first else (first.value, second.value / factor)
            if values[1] and signed_judgement(claim, compute(*values))[0].verdict == "supported":
                return values, factor
    return None


def _slipped_pair(first: Claim, second: Claim) -> bool:
    """Whether two figures of one unit are apart by a scale word one writes and the other does not: read without it,
    the one is within a factor of ten of the other ("from Rs 2303.35 crore in Q2FY09 to Rs 2973.91 in Q2FY10", the
    writer dropping the repeated "crore"). Such a pair is no pair of levels as written: a change stated with it is judged
    on the levels as meant (`_scale_read`), and no other change is paired with it."""
    for scaled, other in ((first, second), (second, first)):
        if (_has_scale_word(scaled) and not _has_scale_word(other) and scaled.unit == other.unit and other.value
                and any(0.1 <= scaled.value / factor / other.value <= 10 for factor in _WRITTEN_SCALES)):
            return True
    return False


def internal_scale_slip(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A level whose scale word slipped, found by the stated change of its clause: "has risen by 55.8 percent to around
    778,800 million from 499,800" holds with 778,800, so "778,800 million" is the figure in error. Contradicted only
    when the change and the other level agree on the reading without the scale word and the wording placed all three."""
    if not _is_level(claim) or not _has_scale_word(claim):
        return None
    for change in siblings:
        if change.sentence != claim.sentence or change.id == claim.id or change.unit not in ("percent", "ratio") \
                or not is_change(change):
            continue
        before, after, _, placed = _roles(change, siblings)
        if before is None or after is None or claim not in (before, after) or not placed \
                or after.unit != before.unit or not before.value:
            continue
        scale = 100.0 if change.unit == "percent" else 1.0
        compute: Callable[[float, float], float] = lambda new, old: (new / old - 1) * scale
        if _scale_slip(change, compute, after, before) is not claim:
            continue
        stated = signed_judgement(change, compute(after.value, before.value))[0]
        if stated.verdict != "contradicted":
            continue
        read = next(claim.value / f for f in _SCALES
                    if signed_judgement(change, compute(*((after.value / f, before.value) if claim is after
                                                         else (after.value, before.value / f))))[0].verdict == "supported")
        return judged("internal_scale_slip", judge(claim, read), expected=read,
                      computation=f"{change.text} from {fmt(before.value if claim is after else read)} gives "
                                  f"{fmt(after.value if claim is before else read)}, not {fmt(claim.value)}",
                      related=[change.id, (before if claim is after else after).id])
    return None


def _change_of_amount(claim: Claim, after: Claim | None, amount: Claim | None, placed: bool) -> Finding | None:
    """A change in percent stated with the amount it moved by and the level it moved to, but no earlier
    level ("rose by $30 million, or 15%, to $230 million"; "fell by 2,000 to 18,000, a drop of 10%"): the
    amount over the level it moved from (the new level less the amount)."""
    if claim.unit not in ("percent", "ratio") or after is None or amount is None or amount.unit != after.unit:
        return None
    sign = -1.0 if "down" in (amount.direction, claim.direction) else 1.0
    scale = 100.0 if claim.unit == "percent" else 1.0
    compute: Callable[[float, float], float] = lambda new, moved: sign * moved / (new - sign * moved) * scale
    if not after.value - sign * amount.value:
        return None
    signed = compute(after.value, amount.value)
    slack = _slack(compute, after, amount)
    judgement, expected = signed_judgement(claim, signed, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
    text = (f"{fmt(sign * amount.value)} / ({fmt(after.value)} {'-' if sign > 0 else '+'} {fmt(amount.value)})"
            f" * {scale:g}")
    return _found("internal_change", judgement, expected, f"{text} = {fmt(signed)}", [amount, after],
                  strong=placed and _own_subject(claim, [amount, after]) and not _names_plan(claim)
                  and not _other_move(claim, amount, after))


def _target_base(claim: Claim, base: Claim, siblings: list[Claim]) -> bool:
    """Whether a change's base is named as a target, budget, forecast or estimate (check.json `target_words` in the
    words just before it, since the last mark) that the change is not said to be against: neither does the change
    figure stand right before the base's cue ("0.9% above its target of $805 billion") nor do the change's own
    words name a target ("a 0.9% excess over target"). "Took in $812 billion against the budgeted target of
    $805 billion, showing a 24% growth": the growth is over last year, the target is no old side of it."""
    lead = [word for word in scan(_lead_in(base, siblings))]
    cut = max((at + 1 for at, word in enumerate(lead) if word.mark and word.text in (",", ";", "(", ")", ":")), default=0)
    named = {word.text.lower() for word in lead[cut:] if not word.mark} & check_words().words("target_words")
    if not named:
        return False
    previous = max((o.end for o in siblings if o.sentence == base.sentence and o.end <= base.start and o.id != base.id),
                   default=-1)
    if claim.end == previous and cut == 0:
        return False
    own = f"{claim.metric or ''} {figure_stretch(claim)[0]}"
    return not ({word.text.lower() for word in scan(own) if not word.mark} & check_words().words("target_words"))


def _other_move(claim: Claim, amount: Claim, level: Claim | None = None) -> bool:
    """Whether a stated amount is no move of the level a percentage change is of: it goes the other way ("slipped two
    places ... up 3.4%"), counts ranks (check.json `rank_words`: "three places", "two spots"), not the measure, or
    counts other things than the level it is set against, both nouns written right after the figures ("added 12
    routes to reach 340 destinations")."""
    if amount.direction and claim.direction and amount.direction != claim.direction:
        return True
    if amount.unit != "count":
        return False
    noun = _counted_noun(amount)
    if noun in check_words().words("rank_words"):
        return True
    other = _counted_noun(level) if level is not None and level.unit == "count" else None
    return (noun is not None and other is not None and noun not in STOP and other not in STOP
            and noun.rstrip("s") != other.rstrip("s"))


def _names_plan(claim: Claim) -> bool:
    """Whether the change's own metric words name a plan (check.json `plan_words`: "an initial 30% proposal")."""
    return has(claim.metric, "plan_words")


def _own_subject(claim: Claim, partners: list[Claim]) -> bool:
    """Whether no partner of a change is about another subject than the change: in a list of moves ("BHP fell 37
    cents to $35.65 ... and Newcrest was more than 3% lower at $10.59") each item has its own figures, so another
    item's may support a change found by position, never contradict it."""
    own = (claim.subject or "").lower()
    return not own or all(not partner.subject or partner.subject.lower() == own for partner in partners)


def internal_total(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated total against the parts listed before it in the same sentence.

    Parts adding up to more than the total contradict it; parts adding up to less may be an incomplete
    list, so they leave the total unverifiable.
    """
    if not (says_total(claim.metric) or ends_with_cue(_lead_in(claim, siblings), "total_before", "total_before")):
        return None
    if _opens_list(claim, siblings):
        return None
    parts = [other for other in siblings if other.sentence == claim.sentence and other.id != claim.id
             and _is_level(other) and other.unit == claim.unit and other.start < claim.start]
    # parts set against the total by a word of `compared_cues` are another total's ("The sale moved 3,800 head
    # of steers and 880 of heifers compared to the prior week's total of 3,950 ..."): not its parts
    parts = [other for other in parts if not compares(_between(other, claim))]
    # a figure at least as large as the total before the parts is the whole itself, stated first ("spending
    # of $420 million comprised $250 million for teaching, ..., a total of $420 million"): the parts follow it
    wholes = [index for index, other in enumerate(parts) if other.value >= claim.value]
    if wholes:
        parts = parts[wholes[-1] + 1:]
    # a colon opens the list: a figure before it counts the items or says what they are of ("four separate votes
    # were made: ... 0.748; ... 5.324 mills; ... 1.50 mills, and the total millage of 7.5720"), it is no part
    listed = [index for index, other in enumerate(parts) if ":" in (word.text for word in scan(_between(other, claim)))]
    if listed and len(parts) - listed[-1] - 1 >= 2:
        parts = parts[listed[-1] + 1:]
    if len(parts) < 2:
        return None
    expected = sum(part.value for part in parts)
    slack = sum(input_step(part) or 0.0 for part in parts)
    judgement = judge(claim, expected, slack=slack, slack_reason=f"parts rounded ±{fmt(slack)}")
    if judgement.verdict == "contradicted" and expected < claim.value:
        return None
    return _found("internal_total", judgement, expected,
                  " + ".join(fmt(part.value) for part in parts) + f" = {fmt(expected)}", parts)


def _opens_list(claim: Claim, siblings: list[Claim]) -> bool:
    """Whether a figure after "total of" opens a list of parts: the next figure of its sentence is a level of its unit
    after a comma or "and", with no cue of a change, a comparison or a total between ("the prior week's total of 3,950 head
    of steers, 710 head of heifers and 205 head of bulls": the 3,950 is the first part)."""
    later = sorted((o for o in siblings if o.sentence == claim.sentence and o.id != claim.id and o.start >= claim.end),
                   key=lambda other: other.start)
    if not later or not _is_level(later[0]) or later[0].unit != claim.unit:
        return False
    between = _between(claim, later[0])
    words = scan(between)
    if not any(word.text in (",", "and") for word in words) or any(word.text in (";", ":", "(", ")") for word in words):
        return False
    return not any(has(between, key) for key in ("before_cues", "after_cues", "compared_cues", "growth_cues",
                                                    "to_words", "from_words", "total_before", "part_cues"))


def _signed(claim: Claim) -> float:
    return -claim.value if claim.direction == "down" else claim.value


def _parts_named_after(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A total whose parts its own sentence lists after a word of `part_cues` right after it ("That 2.33% jump includes
    1% for local road renewal, 1% for regional roads and 0.33% for rapid transit"; "revenue of Rs 1,17,010 crore of which
    CGST is Rs 20,578 crore, ..."): the figures of its unit after it in the sentence, two or more, each smaller than it,
    whatever their kind, but for a part's own parts named after a cue in turn. A list may be partial ("including"), so a sum
    short of the total says nothing; a sum beyond it contradicts it when every part is a level of the total's period and
    status that no base or comparison cue sets against something else ("Its $42.3 million budget comprises operating and
    capital spending at $29.3 million and $14.2 million, respectively": 43.5, `_plain_part`)."""
    after = sorted((o for o in siblings if o.sentence == claim.sentence and o.id != claim.id and o.start >= claim.end
                    and o.unit == claim.unit and is_rate(o) == is_rate(claim)), key=lambda other: other.start)
    if not after or not has(_between(claim, after[0]), "part_cues") or breaks_statement(_between(claim, after[0])):
        return None
    # a part's own parts, named after a cue in turn ("IGST is Rs 60,911 crore (including Rs 29,555 crore collected on
    # imports)"), are not parts of the total again, nor are the figures joined to such a part before a semicolon or a
    # closing bracket ends it ("six Offshore Support Vessels, including two Platform Supply and four Oil Spill
    # Recovery Vessels": the four too are the six's)
    kept, nested = [after[0]], False
    for part in after[1:]:
        lead = _lead_in(part, siblings)
        nested = has(lead, "part_cues") or nested and not any(word.text in (";", ")") for word in scan(lead))
        if not nested:
            kept.append(part)
    after = kept
    if len(after) < 2:
        return None
    if any(part.value <= 0 or part.value >= claim.value for part in after):
        return None
    # the parts as written must add to the total as written: a round part's step ("1%": 0.5 either way) would let
    # almost any total pass
    expected = sum(part.value for part in after)
    computation = " + ".join(fmt(part.value) for part in after) + f" = {fmt(expected)}"
    judgement = judge(claim, expected)
    if judgement.verdict != "supported":
        slack = sum(input_step(part) or 0.0 for part in after)
        beyond = judge(claim, expected, slack=slack, slack_reason=f"parts rounded ±{fmt(slack)}")
        if beyond.verdict == "contradicted" and expected > claim.value \
                and all(_plain_part(claim, part, siblings) for part in after):
            return _found("internal_total", beyond, expected, computation, after)
        return None
    return _found("internal_total", judgement, expected, computation, after, strong=False)


def _plain_part(total: Claim, part: Claim, siblings: list[Claim]) -> bool:
    """Whether a figure listed after a total's part cue is surely one of its parts: a level of the total's period and
    status, with no base or comparison cue in the words before it ("at $29.3 million and $14.2 million"; not "up from
    $5 million", "against $6 million")."""
    lead = _lead_in(part, siblings)
    return (_is_level(part) and part.period == total.period and status_of(part) == status_of(total)
            and not has(lead, "before_cues") and not compares(lead))


def internal_parts_after(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A total broken down right after it, as statistics releases and results stories write it: in the next sentence
    ("Employment fell 29,700 to 11,592,500. Full-time employment rose 21,600 to 8,028,900 and part-time employment
    fell 51,300 to 3,563,600.") or after a colon that follows it. The figures there in the claim's unit, of its kind
    (levels for a level, changes for a change, signed by their direction) and its period, two or more (levels each
    smaller than the claim; a change's parts may pull apart), sum to it. Nothing names them parts of the claim, so
    the sum may support it, never contradict it."""
    if claim.frame is None or is_rate(claim) or not claim.value:
        return None
    listed = _parts_named_after(claim, siblings)
    if listed is not None:
        return listed
    if claim.unit in RELATIVE:
        return None
    level = _is_level(claim)
    if not level and not (is_change(claim) and claim.direction in ("up", "down")):
        return None
    order = _sentence_order([claim, *siblings])
    here = order.index(claim.sentence)
    same = sorted((o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and o.unit == claim.unit
                   and _is_level(o) == level), key=lambda other: other.start)
    # the parts after a colon that follows the claim in its sentence ("Employment rose 9,800 to 11,938,900: full-time
    # employment rose 41,500 ... and part-time employment fell 31,700 ..."), else those of the next sentence; the
    # claim is the one figure of its kind and unit before them, or they may break down another one
    colon = next((claim.end + word.end for word in scan(claim.sentence[claim.end - _offset(claim):])
                  if word.text == ":"), None)
    if colon is not None and any(o.start > colon for o in same):
        if any(o.end <= colon for o in same):
            return None
        parts = [o for o in same if o.start > colon]
    elif same or here + 1 >= len(order):
        return None
    else:
        # the next sentence's figures are parts when each measures what the claim does, or when they all measure one
        # thing among themselves ("312 people waiting in emergency departments and 137 on wards"): "We need at least
        # 70 points" is no sum of "41 points from 23 matches, six behind, with 15 matches left", points and matches
        parts = [o for o in siblings if o.sentence == order[here + 1]]
        measured = set(tokens(base_phrase(claim.metric))) - VAGUE - STOP
        alike = [o for o in parts if set(tokens(base_phrase(o.metric))) & measured]
        shared = set.intersection(*(set(tokens(base_phrase(o.metric))) - VAGUE - STOP for o in parts)) if parts else set()
        parts = alike if len(alike) >= 2 or not shared else parts
    parts = sorted((o for o in parts if o.unit == claim.unit
                    and _is_level(o) == level and not is_rate(o) and o.period == claim.period
                    and status_of(o) == status_of(claim) and (level or o.direction in ("up", "down"))),
                   key=lambda other: other.start)
    if len(parts) < 2 or level and any(part.value >= claim.value for part in parts):
        return None
    total = sum(part.value if level else _signed(part) for part in parts)
    slack = sum(input_step(part) or 0.0 for part in parts)
    if level:
        judgement, expected = judge(claim, total, slack=slack, slack_reason=f"parts rounded ±{fmt(slack)}"), total
    else:
        judgement, expected = signed_judgement(claim, total, slack=slack, slack_reason=f"parts rounded ±{fmt(slack)}")
    if judgement.verdict != "supported":
        return None
    text = fmt(parts[0].value if level else _signed(parts[0])) + "".join(
        f" - {fmt(part.value)}" if not level and part.direction == "down" else f" + {fmt(part.value)}"
        for part in parts[1:])
    return _found("internal_total", judgement, expected, f"{text} = {fmt(total)}", parts, strong=False)


def internal_restated_level(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A level restated elsewhere in the article more precisely: a headline's or lead's round figure ("tourist numbers
    hit 7.5 mln") and the body's exact one ("the number of tourists ... reaching 7.49 million"), or the other way
    round. The other level is of the claim's unit and period, its measure's words and the claim's hold one another, and
    it is stated to a finer step than the claim. Two figures may share those words and measure different things, so
    the agreement may support the claim, never contradict it."""
    if claim.frame is None or not _is_level(claim) or claim.period is None or not claim.value:
        return None
    own = _measure_words(claim)
    step = stated_step(claim)
    if not own or step is None:
        return None
    subject = set(tokens(claim.subject or "")) - VAGUE - STOP
    for other in siblings:
        if (other.id == claim.id or other.sentence == claim.sentence or not _is_level(other) or other.unit != claim.unit
                or other.period != claim.period or status_of(other) != status_of(claim) or is_rate(other) != is_rate(claim)
                or other.qualifier in ("range", "lower_bound", "upper_bound")):
            continue
        named = _measure_words(other)
        words = set(tokens(other.subject or "")) - VAGUE - STOP
        finer = stated_step(other)
        if (not _same_measure(own, named) or (subject and words and not (subject <= words or words <= subject))
                or finer is None or finer >= step):
            continue
        judgement = judge(claim, other.value)
        if judgement.verdict == "supported":
            return judged("internal_restated", judgement, expected=other.value, related=[other.id],
                          computation=f"the article states {other.text} ({fmt(other.value)}) for {claim.period}")
    return None


def _best(words: set[str], candidates: list[Claim]) -> Claim | None:
    """The candidate sharing most of `words`, at least half of them, nearest first on a tie."""
    scored = [(len(words & _words(other)), index, other) for index, other in enumerate(candidates)]
    scored = [item for item in scored if item[0] and item[0] >= len(words) / 2]
    return max(scored, key=lambda item: (item[0], -item[1]))[2] if scored else None


def _identified(figure: Claim, words: set[str], figures: list[Claim]) -> bool:
    """Whether `figure` is sure to be the one `words` name wherever it stands: every figure whose own words
    include all of them agrees on its value."""
    full = [other for other in figures if words and words <= _words(other)]
    return figure in full and len({other.value for other in full}) == 1


def _share_of_the_total(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share "of the total" with no word for the whole ("a fleet of 412 buses includes 96 electric ones,
    nearly a quarter of the total"; "a savings plan of £9 million, or about 4% of spending" after a sentence
    giving the budget): the part is the figure just before the share in its sentence, the whole the nearest
    figure before that in the part's unit and at least as large, in the sentence or the one before it.
    Read from positions alone, the pairing may support the share, never contradict it."""
    before = [o for o in _levels_in_sentence(claim, siblings) if o.end <= claim.start]
    if not before or not _same_clause(before[-1], claim):
        return None
    part = before[-1]
    earlier = [o for o in siblings if _is_level(o) and o.sentence != claim.sentence and o.start < claim.start
               and _close(claim, o, siblings)]
    whole = next((o for o in reversed(before[:-1]) if o.unit == part.unit and o.value >= part.value), None) or next(
        (o for o in sorted(earlier, key=lambda other: -other.start) if o.unit == part.unit and o.value >= part.value),
        None)
    counted = before[-2] if len(before) > 1 else None
    if (whole is None and counted is not None and counted.unit == part.unit and counted.value <= part.value
            and _of_its_whole(counted, part)):
        # "took home $412,000 of the tournament's $2.3 million prize fund, about 18% of the total": the figure
        # before "of" is the part, the one after it the whole
        part, whole = counted, part
    scale = 100.0 if claim.unit == "percent" else 1.0
    if whole is None or not whole.value:
        return None
    found = _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                     f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""), strong=False)
    return found or _share_of_listed(claim, part, before, siblings)


def _of_its_whole(part: Claim, whole: Claim) -> bool:
    """Whether the words between two figures of one clause are "of" and at most `windows.share_of` words more, no
    mark ("$412,000 of the tournament's $2.3 million")."""
    words = scan(_between(part, whole))
    return (bool(words) and words[0].text == "of" and not any(word.mark for word in words)
            and len(words) - 1 <= check_words().windows["share_of"])


def _share_of_listed(claim: Claim, part: Claim, before: list[Claim], siblings: list[Claim]) -> Finding | None:
    """A share of the whole that the parts listed before it in its clause make up ("buses carried 29.8 million
    trips and light rail 15.5 million, so rail accounts for about a third of all boardings"): the last part over
    the sum of the figures of its unit listed in the share's clause. Read from positions, it may support the
    share, never contradict it."""
    listed = [o for o in before if o.unit == part.unit and _same_clause(o, claim)]
    if len(listed) < 2 or not (total := sum(o.value for o in listed)):
        return None
    scale = 100.0 if claim.unit == "percent" else 1.0
    expected = part.value / total * scale
    slack = sum(input_step(o) or 0.0 for o in listed) / total * expected
    judgement = judge(claim, expected, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
    return _found("internal_share", judgement, expected,
                  f"{fmt(part.value)} / ({' + '.join(fmt(o.value) for o in listed)})"
                  + (" * 100" if scale == 100 else "") + f" = {fmt(expected)}", listed, strong=False)


def _share_of_following(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share whose whole is the figure right after it ("about 180 lane-miles of streets, roughly a fifth
    of the city's 910 lane-miles"): the part is the nearest figure before the share in its clause, in the
    whole's unit and no larger. Both places are read from the words between: when the part stands close
    before the share the reading may contradict it, otherwise it may only support it."""
    same = _levels_in_sentence(claim, siblings)
    whole = next((o for o in same if o.start >= claim.end), None)
    if whole is None or not whole.value or not _same_clause(claim, whole) or not whole_follows(_between(claim, whole)):
        return None
    # the part may be the amount of a change ("cut 450 jobs, about 15% of its 3,000-strong workforce")
    moved = [o for o in siblings if o.sentence == claim.sentence and o.id != claim.id and o.unit not in RELATIVE
             and not _is_level(o)]
    part = max((o for o in same + moved if o.end <= claim.start), key=lambda other: other.start, default=None)
    if part is None or part.unit != whole.unit or part.value > whole.value or not _same_clause(part, claim):
        return None
    scale = 100.0 if claim.unit == "percent" else 1.0
    strong = len(_between(part, claim)) <= check_words().reach["before"]
    return _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                    f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""), strong)


def _counted_noun(claim: Claim) -> str | None:
    """The word a count is of, written right after it in its sentence ("5,716,026 votes" -> "votes"), or None."""
    at = sentence_position(claim)
    words = scan(claim.sentence[at + len(claim.text):at + len(claim.text) + 40]) if at >= 0 else []
    return words[0].text.lower() if words and not words[0].mark and words[0].text.isalpha() else None


def _share_of_a_named_total(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share of a count whose whole the article states elsewhere as a total of the same things ("securing 5,716,026
    votes making 53.85%" ... "total valid votes cast are 10,615,361"): the part is the count right before the share in
    its clause, the whole a larger count of the part's unit in a sentence that names the part's noun and a total
    (`total_cues`). Read from words far apart, the pairing may support the share, never contradict it."""
    before = [o for o in _levels_in_sentence(claim, siblings) if o.end <= claim.start]
    if not before or before[-1].unit != "count" or not _same_clause(before[-1], claim) or not before[-1].value:
        return None
    part = before[-1]
    noun = _counted_noun(part)
    if noun is None:
        return None
    totals = check_words().words("total_cues")
    scale = 100.0 if claim.unit == "percent" else 1.0
    for whole in siblings:
        if (whole.id in (claim.id, part.id) or not _is_level(whole) or whole.unit != part.unit or whole.value <= part.value
                or status_of(whole) != status_of(claim)):
            continue
        words = {word.text.lower() for word in scan(whole.sentence) if not word.mark}
        if noun not in words or not words & totals:
            continue
        found = _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                         f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""), strong=False)
        if found is not None and found.verdict == "supported":
            return found
    return None


def _compared_pair(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share or multiple after two figures set against each other in its sentence ("about 148,000 riders,
    compared with roughly 176,000 in 2019, so ridership is back to around 84% of its earlier level";
    "0.31 chicks a pair, against 0.82 in cool years, roughly 2.6 times as many"): a share is the smaller
    over the larger, a multiple the larger over the smaller. Read from positions, the pairing may support
    the claim, never contradict it."""
    before = [o for o in _levels_in_sentence(claim, siblings) if o.end <= claim.start]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if (first.unit != second.unit or not compares(_between(first, second))
            or breaks_statement(_between(second, claim))):
        return None
    small, large = sorted((first, second), key=lambda other: other.value)
    if not small.value:
        return None
    # one measure of one subject in two periods written for each, the multiple right after the second with only
    # a few words between ("45 million riders in 2025, against 30 million in 2020, twice as many"): sure enough
    # to contradict
    tail = scan(_between(second, claim))
    sure = (first.subject == second.subject and bool(first.metric) and (first.metric or "").lower() == (
        second.metric or "").lower() and first.period != second.period and period_pinned(first)
        and period_pinned(second) and len(tail) <= 4 and bool(tail) and tail[-1].text == ",")
    if _says_multiple(claim):
        return _compare("internal_multiple", claim, lambda a, b: a / b, large, small,
                        f"{fmt(large.value)} / {fmt(small.value)}", strong=sure)
    scale = 100.0 if claim.unit == "percent" else 1.0
    return _compare("internal_share", claim, lambda a, b: a / b * scale, small, large,
                    f"{fmt(small.value)} / {fmt(large.value)}" + (" * 100" if scale == 100 else ""), strong=False)


def _share_by_position(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share whose whole no figure's words name, read from the figures around it: a share of the total after its
    parts, of a pair set against each other, or of a total of the same things stated elsewhere."""
    return _share_of_the_total(claim, siblings) or _compared_pair(claim, siblings) or _share_of_a_named_total(claim, siblings)


def internal_share(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated share against a part and a whole stated in the article.

    The whole is the figure whose subject/metric/period share at least half the words after "share
    of"; the part, the figure sharing the words before it, else the figure just before the claim in its
    sentence. A share below one needs a part no bigger than the whole.
    """
    stated = _share_of_following(claim, siblings)
    if stated is not None:
        return stated
    left, right = split_share(claim.metric)
    # (an analysts' estimate or a market figure is no part or whole of a share of another status: "above the average
    # analyst estimate of $2.71 billion" is no group revenue)
    levels = sorted((o for o in siblings if o.id != claim.id and _is_level(o)
                     and not (status_of(o) in ("estimate", "market") and status_of(o) != status_of(claim))),
                    key=lambda other: abs(claim.start - other.start))
    wanted = set(tokens(right)) - VAGUE - STOP
    if not wanted:
        return _share_by_position(claim, siblings)
    # a share of a period is of that period's whole, not of the base it is compared with ("70.66 lakh passengers in
    # September, 5.44% more than 67.01 lakh in August ... a 56.2% share of the market" in September)
    levels = [o for o in levels if not (claim.period and period_pinned(o) and o.period != claim.period)]
    whole = _best(wanted, [o for o in levels if _close(claim, o, siblings)]) or _best(wanted, levels)
    if whole is None or not whole.value:
        # no figure's words name the whole ("equivalent to roughly 3% of its income"): read it by position
        return _share_by_position(claim, siblings)
    candidates = [o for o in levels if o is not whole and o.unit == whole.unit]
    named = set(tokens(left)) - VAGUE - STOP
    part = _best(named, candidates)
    by_position = part is None
    if part is None:
        before = [o for o in candidates if o.sentence == claim.sentence and o.end <= claim.start]
        part = max(before, key=lambda other: other.start, default=None)
    scale = 100.0 if claim.unit == "percent" else 1.0
    if part is None and claim.period:
        # "Police receive $189.6 million, up from $181.2 million. At roughly 28% of the general fund, policing
        # ...": the one figure of the sentence before in the whole's unit and the claim's period (support only)
        order = _sentence_order([claim, *siblings])
        here = order.index(claim.sentence)
        previous = [o for o in candidates if here and o.sentence == order[here - 1] and o.period == claim.period
                    and o.value <= whole.value]
        if len(previous) == 1:
            return _compare("internal_share", claim, lambda a, b: a / b * scale, previous[0], whole,
                            f"{fmt(previous[0].value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""),
                            strong=False) or _share_of_the_total(claim, siblings) or _compared_pair(claim, siblings)
    if part is None or (claim.value <= scale and part.value > whole.value):
        # the figure the words name is no whole of this part: the figures by position may still support it
        return _share_by_position(claim, siblings)
    # A part or whole further away is still sure when every figure its words fully name agrees ("the
    # general fund" is the $1.236 billion general fund budget, wherever the article states it).
    strong = ((_close(claim, part, siblings) or _identified(part, named, candidates))
              and (_close(claim, whole, siblings) or _identified(whole, wanted, levels)))
    if by_position and len(_between(part, claim)) > check_words().reach["before"]:
        # a part no words name, taken only for being the last figure of the whole's unit before the share, is sure
        # only when it stands close before it ("cut 450 jobs, about 15% of its 3,000 staff"), as when the whole
        # follows the share; further back another statement may stand between ("saw 708 auctions, which cleared
        # 49.4%, and a year ago 68.2% of the 939 auctions held sold"): support only
        strong = False
    if by_position and part.unit == "count" and _measure_words(part) and not _measure_words(part) & _measure_words(whole):
        # "29 countries accounted for 96 percent of malaria cases", the cases stated elsewhere: a count of things
        # other than the whole counts (what holds the share) is no part of it; such a pairing may support, never
        # contradict (amounts of money are all of one kind: "budget rises to £3.62 billion, leaving education with
        # 12% of day-to-day spending" still may)
        strong = False
    found = _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                     f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""), strong)
    if found is None:
        # a whole named only by a word far away that disagrees ("spending" on agency staff, three paragraphs
        # up) may not be the share's whole: the figures by position may still support the share
        return _share_by_position(claim, siblings)
    return found


def internal_multiple(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated multiple ("nearly double last year's 64 miles") against the figure just after it in its
    clause (the base) and the one before it."""
    same = _levels_in_sentence(claim, siblings)
    after = [o for o in same if o.start >= claim.end and _same_clause(claim, o)
             and (len(_between(claim, o)) <= 25 or links_multiple(_between(claim, o)))]
    before = [o for o in same if o.end <= claim.start and _same_clause(claim, o)]
    # the old side of a change written before the multiple is no level it compares: "16,225 ..., up from 12,491 at
    # the end of September and around six times the 2,722 ... in April" sets 16,225 against 2,722
    before = [o for o in before if not ends_with_cue(_lead_in(o, siblings), "from_words", "before")] or before
    later = [o for o in same if o.start >= claim.end and _same_clause(claim, o)]
    if len(later) >= 2 and last_word_is(_between(claim, later[0]), "to_words", "to_from") and last_word_is(
            _between(later[0], later[1]), "from_words", "from_base"):
        # "more than doubling its fleet there to 31 aircraft from 22": the new figure, then the base.
        after, before = [later[1]], [later[0]]
    elif len(later) >= 2 and last_word_is(_between(claim, later[0]), "from_words", "to_from") and last_word_is(
            _between(later[0], later[1]), "to_words", "from_base"):
        # "has tripled since 2020, from £2 to £6": the base, then the new figure.
        after, before = [later[0]], [later[1]]
    elif after and last_word_is(_between(claim, after[0]), "to_words", "to_from"):
        # "net income nearly doubled to $38.5 billion": the figure after "to" is what it grew to, and its base is not
        # stated; the figure before ("total sales reached $412 billion") is another measure's
        return _multiple_from_to(claim, siblings) or _compared_pair(claim, siblings)
    if not after or not before or after[0].unit != before[-1].unit or not after[0].value:
        return _multiple_from_to(claim, siblings) or _compared_pair(claim, siblings)
    base, compared = after[0], before[-1]
    return _compare("internal_multiple", claim, lambda a, b: a / b, compared, base,
                    f"{fmt(compared.value)} / {fmt(base.value)}")


def _from_to_pair(claim: Claim, siblings: list[Claim]) -> tuple[Claim, Claim] | None:
    """(base, new level): the first two levels of one unit after the claim in its clause, percentages too, next to each
    other and named by the words right before them, one "from" and the other "to" ("the share doubled from 11% to
    23%"; "a doubling in the share of households behind on their bills between 2019 and 2023 (from 11% to 23%)";
    "tripled to 9% from 3%")."""
    later = sorted((o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and o.start >= claim.end
                    and (_is_level(o) or _is_percent_level(o)) and _same_clause(claim, o)), key=lambda o: o.start)
    cue = check_words()
    for first, second in zip(later, later[1:]):
        lead = [word.text for word in scan(_lead_in(first, siblings)) if not word.mark]
        if first.unit != second.unit or not lead or _figures_between(first, second, siblings):
            continue
        if (lead[-1],) in cue.phrases("from_words") and last_word_is(_between(first, second), "to_words", "from_base"):
            return first, second
        if (lead[-1],) in cue.phrases("to_words") and last_word_is(_between(first, second), "from_words", "from_base"):
            return second, first
    return None


def _multiple_from_to(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A multiple against the two levels its clause names after it "from" one "to" the other (`_from_to_pair`): the
    new level over the base. Another figure between the multiple and them ("a doubling ... between the ages of
    three and nine (from 11% to 23%)") may be what the levels are of: the pair may then support it, never
    contradict it."""
    pair = _from_to_pair(claim, siblings)
    if pair is None or not pair[0].value:
        return None
    base, new = pair
    near = min(base, new, key=lambda o: o.start)
    return _compare("internal_multiple", claim, lambda a, b: a / b, new, base, f"{fmt(new.value)} / {fmt(base.value)}",
                    strong=not _figures_between(claim, near, siblings))


def _earlier(claim: Claim, siblings: list[Claim], back: int = 2) -> list[Claim]:
    """Levels in the claim's sentence before it or in the `back` sentences before, nearest first."""
    return [o for o in _nearby(claim, siblings, back) if o.start < claim.start and _is_level(o)]


def internal_portion(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """An amount restating a share of a whole ("25% of the fund, or $31 million") against share x whole.

    The whole is an earlier figure in the claim's unit whose own words name what the share is of ("the
    fund"); the check stands only when all such figures agree on its value.
    """
    shares = [o for o in siblings if o.sentence == claim.sentence and o.end <= claim.start
              and o.unit in ("percent", "ratio") and o.direction is None]
    if not _is_level(claim) or not shares:
        return None
    share = max(shares, key=lambda other: other.start)
    words = portion_words(_between(share, claim))
    wanted = set(tokens(words)) - STOP - VAGUE if words else set()
    if not wanted:
        return None
    wholes = [o for o in siblings if o.id != claim.id and o.start < claim.start and _is_level(o)
              and o.unit == claim.unit and wanted <= set(tokens(o.sentence))]
    if not wholes or len({whole.value for whole in wholes}) != 1:
        return None
    whole = wholes[-1]
    scale = 0.01 if share.unit == "percent" else 1.0
    return _compare("internal_portion", claim, lambda a, b: a * scale * b, share, whole,
                    f"{fmt(share.value)}{'%' if scale != 1 else ''} x {fmt(whole.value)}")


def _counts_of(noun: str, figures: list[Claim]) -> list[Claim]:
    """The counts among `figures` whose metric ends in `noun` or its plural ("per club" -> "the 20 league
    clubs", metric "league clubs")."""
    noun = noun.lower()
    forms = {noun, noun + "s", noun + "es"} | ({noun[:-1] + "ies"} if noun.endswith("y") else set())
    return [o for o in figures if o.unit == "count" and o.metric and o.metric.lower().split()[-1] in forms]


def _next_sentences(first: Claim, second: Claim) -> bool:
    """Whether `second`'s sentence follows right after `first`'s ("The line is 6.4 km long. The extension cost
    $412 million"): nothing but white space between them (both framed)."""
    if first.frame is None or second.frame is None:
        return False
    return 0 <= second.frame.sentence_start - first.frame.sentence_end <= 2


def internal_per_unit(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A figure per unit of another ("a yield of about 7.5 tonnes a hectare") against the total in the
    claim's unit over the amount in the other unit, both stated just before it."""
    position = sentence_position(claim)
    # "per kilometre" may be part of the figure as the pipeline wrote it ("about $48 million per kilometre")
    per = unit_after(claim.text, written=True)
    if per is None:
        per = unit_after(claim.sentence[position + len(claim.text):] if position >= 0 else "")
    if not per or _is_currency(per):
        # "closed at Rs 73.37 per dollar", "€0.86 to the dollar": an exchange rate, a price of money, not a total
        # over an amount stated before it
        return None
    earlier = _earlier(claim, siblings)
    counted = numerator(claim.unit)  # "tonne per hectare": the total is in tonnes
    tops = [o for o in earlier if convert(1.0, o.unit, counted) is not None and o.value > claim.value]
    bottoms = [o for o in earlier if convert(1.0, o.unit, per) is not None] or _counts_of(per, earlier)
    # a count below one is itself a figure per unit, not what a total is shared over: "$30.33 in cash and 0.839 new
    # shares" for each share held (an exchange ratio) is no number of shares
    bottoms = [o for o in bottoms if o.unit != "count" or abs(o.value) >= 1]
    if len(bottoms) == 1 and len(tops) > 1:
        # the total stated with the count ("the 20 clubs have paid out £1.42 billion")
        tops = [o for o in tops if o.sentence == bottoms[0].sentence]
    if len(tops) > 1 and claim.period:
        # "have paid out £1.42 billion in fees so far this summer, up 18% on the £1.2 billion spent in the
        # 2024/25 window": the total is the one of the claim's own period
        tops = [o for o in tops if o.period == claim.period]
    if len(tops) != 1 or len(bottoms) != 1 or not bottoms[0].value:
        return None
    top, bottom = tops[0], bottoms[0]
    if top.id == bottom.id:
        return None  # one figure cannot be both the total and what it is shared over
    if bottom.sentence not in (top.sentence, claim.sentence) and not _next_sentences(bottom, top):
        # "Teams scored 280,960 points this season, or 114.2 per game" two sentences and a heading after "its 34th
        # loss in 37 games" (Detroit's games): the divisor is stated with the total or right before it
        return None
    scale = (convert(1.0, top.unit, counted) or 1.0) / (convert(1.0, bottom.unit, per) or 1.0)
    return _compare("internal_per_unit", claim, lambda a, b: a / b * scale, top, bottom,
                    f"{fmt(top.value)} {top.unit} / {fmt(bottom.value)} {bottom.unit}")


def _is_currency(word: str) -> bool:
    """Whether `word` names a currency ("dollar", "euros", "rupee"): the lexicon's currency words."""
    return word.strip().lower() in load_lexicon().words("currency_words")


def internal_per_head(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """An amount per head of a count stated right after it ("£2.3 billion, or about £7,400 for each of the
    310,000 pupils") against the nearest larger figure in its unit before it over that count. The total
    is found by position alone: the check may support the figure, never contradict it."""
    same = _levels_in_sentence(claim, siblings)
    count = next((o for o in same if o.start >= claim.end), None)
    if count is None or not count.value or not rate_of(_between(claim, count)):
        return None
    # the total is no comparison base ("larger than the $642 million budget")
    total = next((o for o in reversed(same) if o.end <= claim.start and o.unit == claim.unit
                  and o.value > claim.value and not ends_with_cue(_lead_in(o, siblings), "before_cues", "before")),
                 None)
    found = None
    if total is not None:
        found = _compare("internal_per_unit", claim, lambda a, b: a / b, total, count,
                         f"{fmt(total.value)} / {fmt(count.value)}", strong=False)
    if found is None or found.verdict != "supported":
        # the total stated a sentence or two before, named by the claim's metric ("adopted a $671.5 million
        # budget ... it works out at about $2,340 for each of the city's 286,400 residents", metric "budget")
        wanted = set(tokens(base_phrase(claim.metric))) - VAGUE - STOP
        earlier = [o for o in _earlier(claim, siblings) if o.sentence != claim.sentence and o.unit == claim.unit
                   and o.value > claim.value]
        named = _best(wanted, earlier) if wanted else None
        if named is not None:
            found = _compare("internal_per_unit", claim, lambda a, b: a / b, named, count,
                             f"{fmt(named.value)} / {fmt(count.value)}", strong=False) or found
    return found


def _period_years(claim: Claim) -> float | None:
    """The years the claim's period spans ("1985-2025" -> 40), None for a period that is no span."""
    if ends := parse_period_range(claim.period):
        first, last = ends
        if first.year and last.year and last.year > first.year:
            return float(last.year - first.year)
    return None


def _span_years(claim: Claim) -> float | None:
    years = _period_years(claim) or lookback_years(figure_stretch(claim)[0])  # the figure's own stretch
    return float(years) if years else None


def _yearly(claim: Claim) -> bool:
    """True for a figure stated per year, in its own words or right after it ("300 metres a year")."""
    position = sentence_position(claim)
    after = claim.sentence[position + len(claim.text):] if position >= 0 else ""
    return per_year(f"{claim.text} {claim.metric or ''}") or per_year(after, at_start=True)


def internal_rate(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A yearly rate ("an average of 300 metres a year") against a total stated over a span of years; the
    total may be a change ("has retreated 4.8 km over the same period")."""
    if not _yearly(claim):
        return None
    totals = [o for o in siblings if o.sentence == claim.sentence and o.end <= claim.start and o.unit not in RELATIVE
              and o.kind != "multiple" and not _yearly(o)
              and convert(1.0, o.unit, numerator(claim.unit)) is not None]
    if not totals:
        return None
    total = totals[-1]
    # the span is the rate's own, else the one the total is stated over ("4.8 km over the same period")
    if not (years := _span_years(claim) or _period_years(total)):
        return None
    scale = convert(1.0, total.unit, numerator(claim.unit)) or 1.0
    expected = total.value * scale / years
    step = (input_step(total) or 0.0) * scale / years
    judgement = judge(claim, expected, slack=step, slack_reason=f"total rounded ±{fmt(step)} a year")
    return _found("internal_rate", judgement, expected,
                  f"{fmt(total.value)} {total.unit} / {years:g} years = {fmt(expected)} {numerator(claim.unit)} a year", [total])


def _restated_triple(claim: Claim, siblings: list[Claim]) -> tuple[Claim, Claim, Claim] | None:
    """(amount, percentage, base) when the claim is the amount or the percentage of "<amount>, or
    <percentage> <comparative> <base>" ("$30 million, or 4.6%, larger than the $650 million budget"; "rose by
    €120 million, or about 8% above the original budget of €1.5 billion"): three figures next to each other
    in one sentence, of one status, the amount and the base in one unit."""
    same = sorted({o.id: o for o in [claim, *siblings] if o.sentence == claim.sentence}.values(),
                  key=lambda other: other.start)
    for amount, share, base in zip(same, same[1:], same[2:]):
        if claim.id not in (amount.id, share.id):
            continue
        if (amount.unit in RELATIVE or share.unit != "percent" or base.unit != amount.unit or not _is_level(base)
                or not base.value or len({status_of(amount), status_of(share), status_of(base)}) != 1):
            continue
        if restates(_between(amount, share)) and restated_base(_between(share, base)):
            return amount, share, base
    return None


def internal_restated(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """An amount restated as a percentage of a base it is set against ("$30 million, or 4.6%, larger than the
    $650 million budget"), each figure checked against the other two.

    The amount is the gap between the base and another level (percentage = amount / base), or, when it is
    itself a level, possibly that other level (percentage = |amount / base - 1|): a level is supported when
    either reading agrees and contradicted only when both disagree; a change ("rose by €120 million") has
    only the first reading."""
    triple = _restated_triple(claim, siblings)
    if triple is None:
        return None
    amount, share, base = triple
    gap_only = not _is_level(amount)
    if claim is share or claim.id == share.id:
        readings = [(lambda a, b: a / b * 100, f"{fmt(amount.value)} / {fmt(base.value)} * 100")]
        if not gap_only:
            readings.append((lambda a, b: abs(a / b - 1) * 100, f"|{fmt(amount.value)} / {fmt(base.value)} - 1| * 100"))
        first, second = amount, base
    else:
        readings = [(lambda p, b: p / 100 * b, f"{fmt(share.value)}% x {fmt(base.value)}")]
        if not gap_only:
            readings += [(lambda p, b: b * (1 + p / 100), f"{fmt(base.value)} x (1 + {fmt(share.value)}%)"),
                         (lambda p, b: b * (1 - p / 100), f"{fmt(base.value)} x (1 - {fmt(share.value)}%)")]
        first, second = share, base
    found = [_compare("internal_change", claim, compute, first, second, text) for compute, text in readings]
    supported = next((f for f in found if f is not None and f.verdict == "supported"), None)
    if supported is not None:
        return supported
    if found and all(f is not None and f.verdict == "contradicted" for f in found):
        return found[0]
    return None


def _units_in(period: str | None, unit: str) -> float | None:
    """How many days, weeks or months a month ("2025-10") or a calendar year ("2025") holds; None for any
    other period (a quarter or a fiscal year may start in any month)."""
    if not period or not period[:4].isdigit():
        return None
    year = int(period[:4])
    if len(period) == 7 and period[4] == "-" and period[5:].isdigit() and 1 <= int(period[5:]) <= 12 \
            and (year + 1) % 100 != int(period[5:]):  # "2004-05" is a financial year or season (as periods.not_over reads it)
        days = calendar.monthrange(year, int(period[5:]))[1]
        return {"day": float(days), "week": days / 7, "month": 1.0}[unit]
    if len(period) != 4:
        return None
    days = 366 if calendar.isleap(year) else 365
    return {"day": float(days), "week": days / 7, "month": 12.0}[unit]


def internal_time_rate(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A figure per day, week or month ("19,870 attendances in October, or about 640 a day") against the
    total before it in its sentence over the days, weeks or months of the total's period, a month or a
    calendar year. It may contradict only when both figures have that period, written in the sentence."""
    position = sentence_position(claim)
    after = claim.sentence[position + len(claim.text):] if position >= 0 else ""
    unit = per_time(claim.text) or per_time(after, at_start=True)
    if unit is None or claim.unit in RELATIVE:
        return None
    totals = [o for o in siblings if o.sentence == claim.sentence and o.end <= claim.start and _is_level(o)
              and o.kind != "multiple" and convert(1.0, o.unit, numerator(claim.unit)) is not None and o.value > claim.value]
    if not totals or (spans := _units_in(totals[-1].period, unit)) is None:
        return None
    total = totals[-1]
    if per_time(total.text) or per_time(total.sentence[total.end - _offset(total):], at_start=True):
        return None  # the total is itself a rate
    scale = convert(1.0, total.unit, numerator(claim.unit)) or 1.0
    expected = total.value * scale / spans
    step = (input_step(total) or 0.0) * scale / spans
    judgement = judge(claim, expected, slack=step, slack_reason=f"total rounded ±{fmt(step)} a {unit}")
    strong = claim.period == total.period and period_pinned(claim) and period_pinned(total)
    return _found("internal_rate", judgement, expected,
                  f"{fmt(total.value)} {total.unit} / {spans:g} {unit}s ({total.period}) = {fmt(expected)} a {unit}",
                  [total], strong)


def _year_of(claim: Claim) -> int | None:
    """The year of a level whose period is a calendar year written for it ("in 1996"), else None."""
    period = claim.period or ""
    if len(period) != 4 or not period.isdigit() or claim.frame is None:
        return None
    return int(period) if claim.frame.period.written else None


def internal_average_change(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A yearly average with no total in its sentence ("an average loss of about 90 pairs a year") against
    the levels of the same subject and unit stated with their years in it or the three sentences before
    ("8,420 breeding pairs in 1996 ... 4,950 by 2011 ... 2,290 in 2024"): the change between two of them over
    the years between. Any pair that agrees supports it. When the sentence says the average is over the whole
    period ("over the whole period", list `whole_span`), the pair is the first and the last year, and a
    disagreement contradicts; otherwise the check may only support."""
    position = sentence_position(claim)
    after = scan(claim.sentence[position + len(claim.text):]) if position >= 0 else []
    # "about 90 a year", or with the unit's noun between ("about 90 pairs a year")
    yearly = _yearly(claim) or (len(after) > 1 and not after[0].mark and per_year(
        claim.sentence[position + len(claim.text) + after[1].start:], at_start=True))
    if not yearly or not _is_level(claim) or not has(_lead_in(claim, siblings), "average_words"):
        return None
    # a level whose metric names something else ("2,650 burrows" near "pairs") is another series; a bare
    # word for a measured figure ("the most recent count", list `measure_nouns`) names nothing else
    own = set(tokens(claim.metric or "")) - VAGUE - STOP
    generic = set(tokens(" ".join(" ".join(p) for p in check_words().phrases("measure_nouns"))))
    levels = [o for o in _nearby(claim, siblings, 3) if o.start < claim.start and _is_level(o)
              and o.unit == claim.unit and o.subject == claim.subject and _year_of(o) is not None
              and (not (named := set(tokens(o.metric or "")) - VAGUE - STOP - generic) or named & own)]
    if len({_year_of(o) for o in levels}) < 2:
        return None
    whole = has(claim.sentence, "whole_span") and claim.period is None
    by_year = sorted(levels, key=lambda other: (_year_of(other), other.start))
    pairs = ([(by_year[0], by_year[-1])] if whole else
             [(a, b) for a, b in itertools.combinations(by_year, 2) if _year_of(a) < _year_of(b)])
    found = []
    for first, last in pairs:
        years = float(_year_of(last) - _year_of(first))
        compute: Callable[[float, float], float] = lambda old, new: abs(new - old) / years
        found.append(_compare("internal_rate", claim, compute, first, last,
                              f"|{fmt(last.value)} - {fmt(first.value)}| / {years:g} years", strong=whole))
    return next((f for f in found if f is not None and f.verdict == "supported"), None) or (
        found[0] if whole else None)


def internal_change_of_stated_levels(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A change that names no measure ("its cloud division grew by more than 30% last year") against the
    levels of its subject stated elsewhere in the article for its period and the year before, "to" the one
    and "from" the other ("lifted revenue to €4.81 billion in 2025 from €3.93 billion in 2024"), or, over a
    span of years ("down by more than two-thirds between 1996 and 2024"), the levels stated with its first
    and last year. The subject is the most specific one the claim's subject words hold. Any such pair that
    agrees supports the change; when every one disagrees, it is contradicted, if the claim's period was
    written for it (`period_pinned`)."""
    if (family(claim) != "growth" or claim.unit not in ("percent", "ratio") or claim.direction is None
            or not claim.subject or not claim.period or set(tokens(claim.metric or "")) - VAGUE - STOP):
        return None
    # a period carried from elsewhere in the article may support, never contradict; so may a subject taken from
    # before the claim's sentence as the text's topic (a quote "Burglary is down by almost a fifth" after a paragraph
    # on another force: whose burglary the frame may not know)
    strong = period_pinned(claim) and not _carried_subject(claim)
    # a span ("between 1996 and 2024") names both years: the levels stated with them, wherever they stand
    ends = parse_period_range(claim.period)
    span = (ends and ends[0].year and ends[1].year and ends[0].year < ends[1].year and ends[0].kind == ends[1].kind
            == "calendar_year" and (str(ends[1].year), str(ends[0].year)))
    last, base = span or (claim.period, shift_period(claim.period, 1))
    subject = set(tokens(claim.subject)) - VAGUE - STOP
    generic = set(tokens(" ".join(" ".join(p) for p in check_words().phrases("measure_nouns"))))
    pairs: list[tuple[int, Claim, Claim]] = []
    for new in siblings:
        words = set(tokens(new.subject or "")) - VAGUE - STOP
        if (new.sentence == claim.sentence or not _is_level(new) or new.period != last or not words
                or not words <= subject or status_of(new) != status_of(claim) or not new.value
                or (span and _year_of(new) is None)):
            continue
        for old in siblings:
            if (old.id == new.id or not _is_level(old) or old.unit != new.unit or old.period != base
                    or old.subject != new.subject or not old.value or old.sentence == claim.sentence
                    or not span and (old.metric or "").lower() != (new.metric or "").lower()):
                continue  # (one measure's two levels: not "to 24,480 offences" of one force and "recorded crime
                # climbed to 142,700 from 131,600" of another, in one sentence)
            if span:
                named = [set(tokens(o.metric or "")) - VAGUE - STOP - generic for o in (old, new)]
                placed = _year_of(old) is not None and (not all(named) or bool(named[0] & named[1]))
            else:
                placed = (old.sentence == new.sentence and _same_clause(old, new)
                          and ends_with_cue(_lead_in(old, siblings), "from_words", "before")
                          and ends_with_cue(_lead_in(new, siblings), "to_words", "after", "tight_stops"))
            if placed and not _slipped_pair(new, old):
                pairs.append((len(words), new, old))
    if not pairs:
        return None
    best = max(size for size, _, _ in pairs)
    scale = 100.0 if claim.unit == "percent" else 1.0
    found = []
    for _, new, old in (pair for pair in pairs if pair[0] == best):
        compute: Callable[[float, float], float] = lambda a, b: (a / b - 1) * scale
        signed = compute(new.value, old.value)
        slack = _slack(compute, new, old)
        judgement, expected = signed_judgement(claim, signed, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
        found.append(_found("internal_change", judgement, expected,
                            f"({fmt(new.value)} / {fmt(old.value)} - 1) * {scale:g} = {fmt(signed)}", [new, old],
                            strong))
    supported = next((f for f in found if f is not None and f.verdict == "supported"), None)
    if supported is not None:
        return supported
    return found[0] if found and all(f is not None and f.verdict == "contradicted" for f in found) else None


def _carried_subject(claim: Claim) -> bool:
    """Whether the frame took the claim's subject as the text's topic from a mention before the claim's sentence."""
    subject = claim.frame.subject if claim.frame is not None else None
    return subject is not None and subject.reason == "topic" and subject.start is not None \
        and subject.start < claim.frame.sentence_start


def _levels_for_change(claim: Claim, other: Claim) -> bool:
    """Whether `other` is a level in a unit the change `claim` can be computed from: percentages for a change
    in percentage points, any level for a change in percent, the claim's own unit (per unit or not alike)
    for a change in an amount or count."""
    if claim.unit == "percentage_point":
        return other.unit == "percent" and other.direction is None and other.kind != "change" and bool(other.value)
    if not _is_level(other) or not other.value:
        return False
    if claim.unit in ("percent", "ratio"):
        return other.unit not in RELATIVE
    return other.unit == claim.unit and is_rate(other) == is_rate(claim)


def _a_span_of_time(claim: Claim) -> bool:
    """Whether the figure is a length of time ("three years", "18 months": a unit of check.json `time_units`)."""
    return (claim.unit or "") in check_words().words("time_units")


@functools.lru_cache(maxsize=4096)
def _measure_tokens(phrase: str | None) -> tuple[str, ...]:
    """`tokens` of a measure's words, with the ways of writing one measure made one (check.json `measure_rewrites`,
    "before tax | pretax": "profit before tax" and "pre-tax profit" both hold "pretax" and "profit")."""
    said = " " + " ".join(tokens(phrase or "")) + " "
    for rewrite in check_words().phrases("measure_rewrites"):
        cut = rewrite.index("|")
        written, meant = " ".join(tokens(" ".join(rewrite[:cut]))), " ".join(tokens(" ".join(rewrite[cut + 1:])))
        said = said.replace(f" {written} ", f" {meant} ")
    return tuple(said.split())


def _same_measure(wanted: set[str], named: set[str]) -> bool:
    """Whether a change's metric words and a level's name one measure: either holds all of the other's."""
    return bool(wanted and named) and (wanted <= named or named <= wanted)


def _base_of_change(level: Claim) -> bool:
    """Whether the frame took the level's period as the base of a change ("rose to $45.41 billion from $42.36
    billion": the year before)."""
    return level.frame is not None and level.frame.period.reason == "base of the change"


def internal_change_of_earlier_levels(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A change whose sentence states neither level ("The margin improved by 1.3 percentage points."; "Output
    rose 30,000 tonnes.") against the two levels of one measure stated together in the sentence or two before
    it ("widened to 14.2% in 2025 from 12.9% in 2024"): the level of the claim's period over the level of
    another period beside it (after "from", the year before, or the claim's comparison base). The claim's
    metric words and the levels' must hold one another and its subject, if any, must hold theirs. When exactly one
    such pair stands in the sentence right before, and the claim has a period, it may contradict; otherwise
    it may only support."""
    multiple = _says_multiple(claim)
    if ((family(claim) != "growth" and not multiple) or claim.period is None or _yearly(claim) or claim.frame is None
            or any(_levels_for_change(claim, o) and not _a_span_of_time(o) for o in siblings
                   if o.sentence == claim.sentence and o.id != claim.id)):
        return None  # (a span of time beside it is no level: "for the first time in three years, after reporting a
        # 667 per cent increase in pre-tax profit")
    generic = set(tokens(" ".join(" ".join(p) for p in check_words().phrases("measure_nouns"))))
    wanted = set(_measure_tokens(base_phrase(claim.metric))) - VAGUE - STOP - generic
    if not wanted:
        return None
    subject = set(tokens(claim.subject or "")) - VAGUE - STOP
    order = _sentence_order([claim, *siblings])
    here = order.index(claim.sentence)
    base = claim.frame.period.base
    pairs: list[tuple[int, Claim, Claim]] = []
    # the two sentences before; failing those, any other sentence of the article, nearest first, which may only
    # support: a results story leads with the change ("reported a 7.2 per cent rise in quarterly revenue") and
    # gives the levels further down ("Revenue rose to $45.41 billion from $42.36 billion")
    farther = sorted([*range(-1, here - len(order), -1), *range(3, here + 1)], key=lambda back: (abs(back), -back))
    for back in (1, 2, *farther):
        if here - back < 0:
            continue
        far = back not in (1, 2)
        if far and pairs:
            break
        levels = [o for o in siblings if o.sentence == order[here - back] and _levels_for_change(claim, o)
                  and status_of(o) == status_of(claim)
                  and (period_pinned(o) or far and (_base_of_change(o) or o.period == claim.period))
                  and _same_measure(wanted, set(_measure_tokens(o.metric)) - VAGUE - STOP - generic) and set(tokens(o.subject or "")) - VAGUE - STOP <= (
                      subject or set(tokens(o.subject or "")))]
        for new in levels:
            if new.period != claim.period:
                continue
            for old in levels:
                if (old is new or old.period == new.period or old.unit != new.unit or old.subject != new.subject
                        or (old.metric or "").lower() != (new.metric or "").lower()):
                    continue
                if _slipped_pair(new, old):
                    continue
                if (old.period == base or old.period == shift_period(new.period, 1)
                        or ends_with_cue(_lead_in(old, siblings), "from_words", "before")
                        or (old.start > new.end and compares(_between(new, old)))):
                    pairs.append((back, new, old))
    if not pairs:
        return None
    # a pair whose own sentence states its change ("rose 5.8% to 6,979 from 6,597 in the previous three months")
    # is that change's; another change of the measure ("0.6% higher than a year ago") may have another base
    stated = any(other.sentence == new.sentence and other.id != claim.id and other.unit == claim.unit
                 and family(other) == "growth" for _, new, _ in pairs for other in siblings)
    # levels of a broader measure than the change's words name, their head noun with words before it ("imports" for
    # "Oil imports slipped 5.52 per cent"; not "copper" for "Copper output"), are not sure to be its own: they may
    # support it, never contradict it
    said = [word for word in _measure_tokens(base_phrase(claim.metric)) if word in wanted]
    narrower = bool(said) and any(said[-1] in (named := set(_measure_tokens(new.metric)) - VAGUE - STOP - generic)
                                  and not wanted <= named for _, new, _ in pairs)
    # a change whose measure the frame did not read in its own sentence (no offsets: carried from the sentence
    # before, "RTE recorded a surplus of €6.8m, up from €2.3m. ... commercial revenues were buoyant, resulting in an
    # increase of €21.5m" read as the surplus's growth) names the earlier levels' measure only because it was taken
    # from them: they may support it, never contradict it
    # (a measure built from the sentence's words, "pre-tax profit growth" of "a 667 per cent increase in pre-tax
    # profit", has no offsets of its own but is the sentence's all the same)
    own_measure = claim.frame.metric.start is not None or _said_in_sentence(base_phrase(claim.metric), claim.sentence)
    # the sentence right after may contradict too: a results story's lead names the change ("reported a 667 per cent
    # increase in pre-tax profit in the first six months") and its next sentence with figures gives the two levels
    # ("Profit before tax rose to £562m from £71m this time last year"); levels further on may only support, as
    # another pair of the measure may stand between
    strong = len({(new.value, old.value) for _, new, old in pairs}) == 1 and pairs[0][0] in (1, -1) and not stated \
        and not narrower and own_measure
    found = []
    for _, new, old in pairs:
        if multiple:
            compute: Callable[[float, float], float] = lambda a, b: a / b
            text = f"{fmt(new.value)} / {fmt(old.value)}"
        elif claim.unit in ("percent", "ratio"):
            scale = 100.0 if claim.unit == "percent" else 1.0
            compute = lambda a, b: (a / b - 1) * scale
            text = f"({fmt(new.value)} / {fmt(old.value)} - 1) * {scale:g}"
        else:
            compute, text = (lambda a, b: a - b), f"{fmt(new.value)} - {fmt(old.value)}"
        if multiple:
            found.append(_compare("internal_multiple", claim, compute, new, old, text, strong))
            continue
        signed = compute(new.value, old.value)
        slack = _slack(compute, new, old)
        judgement, expected = signed_judgement(claim, signed, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
        found.append(_found("internal_change", judgement, expected, f"{text} = {fmt(signed)}", [new, old], strong))
    supported = next((f for f in found if f is not None and f.verdict == "supported"), None)
    return supported or (found[0] if strong else None)


def _kin(first: Claim, second: Claim, wanted: set[str]) -> bool:
    """Whether two figures are of one subject and one measure by their frames: the subjects' words hold one another
    (or neither names one), and their metrics' words, with check.json `measure_rewrites` applied and the generic
    `measure_nouns` left out, hold one another (or, with the first's metric unread, the second's and the change's
    own measure words `wanted` do)."""
    subjects = [set(tokens(o.subject or "")) - VAGUE - STOP for o in (first, second)]
    if bool(subjects[0]) != bool(subjects[1]) or not (subjects[0] <= subjects[1] or subjects[1] <= subjects[0]):
        return False
    generic = set(tokens(" ".join(" ".join(p) for p in check_words().phrases("measure_nouns"))))
    named = [set(_measure_tokens(base_phrase(o.metric))) - VAGUE - STOP - generic for o in (first, second)]
    return _same_measure(named[0], named[1]) or (not named[0] and _same_measure(wanted, named[1]))


def _actual(claim: Claim) -> str:
    """The claim's status, a market figure (an index's close, a share price) counted as reported: both are what was,
    not a forecast or an estimate, and a market report's frame may give one sentence's figures either."""
    status = status_of(claim)
    return "reported" if status == "market" else status


def _nearby_sentences(claim: Claim, siblings: list[Claim]) -> set[str]:
    """The sentences within check.json `windows.partner_sentences` sentences of the claim's, before or after it, the
    claim's own left out."""
    order = _sentence_order([claim, *siblings])
    here = order.index(claim.sentence)
    reach = check_words().windows["partner_sentences"]
    return {sentence for at, sentence in enumerate(order) if at != here and abs(at - here) <= reach}


_BOUNDS = ("lower_bound", "upper_bound", "range")  # a partner only bounded by its words pins no change
_PARTNER_SLACK = 0.25  # the most the inputs' rounding may move a change found by frames alone, as a share of it


def internal_change_partner_nearby(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A change in percent whose own clause states one figure of the two it is computed from, the other stated in a
    sentence nearby: a level it moved from or to ("That was a 12% rise from income of $5.1 billion" after "Zeta earned
    $5.7 billion in the quarter"; "rose 9.5% to reach 4,380 clinics. This compared to 4,000 clinics in 2015"), or the
    amount it moved by ("Sales fell €52m (4%) in May", with "sales of €1.25bn in May" beside it). The partner is
    found by the frames: a level (not a change) of the same subject and the same measure as the clause's figure, in
    its unit, with a period of its own other than that figure's (for an amount, the change's period: the level moved
    to). A level the wording set as the base ("from", "than") is the old one; one it set as the new ("to") is the
    new one; one it does not place is tried both ways (the stated direction tells them apart). A pairing by frames
    alone may support the change, never contradict it: a wrong partner must not raise a false alarm."""
    if (family(claim) != "growth" or claim.frame is None or claim.direction is None or _yearly(claim)
            or _says_multiple(claim) or not claim.value):
        return None
    relative = claim.unit in ("percent", "ratio")
    clause = [o for o in siblings if o.id != claim.id and _same_clause(claim, o) and _actual(o) == _actual(claim)]
    levels = [o for o in clause if _levels_for_change(claim, o) and not _a_span_of_time(o)]
    if len(levels) > 1 and not is_rate(claim):
        # a level per unit restating the clause's amount ("from income of $6.9 billion, or $1.07 per share") is another
        # measure's
        levels = [o for o in levels if not is_rate(o)]
    changes = [o for o in clause if relative and not _is_level(o) and o.unit not in RELATIVE and o.value
               and o.start < claim.start and (_adjacent(o, claim) or _restated_after(_between(o, claim)))]
    if len(levels) > 1 or (levels and changes) or len(changes) > 1 or not (levels or changes):
        return None  # two figures of the clause are internal_change's to pair; none leaves nothing to find a partner for
    own = (levels or changes)[0]
    # an amount the change restates right after it ("151.75 points or 1.27 per cent") reads "per cent" as a rate word
    per_unit = is_rate(own) and not (changes and _restated_after(_between(own, claim)))
    generic = set(tokens(" ".join(" ".join(p) for p in check_words().phrases("measure_nouns"))))
    wanted = set(_measure_tokens(base_phrase(claim.metric))) - VAGUE - STOP - generic
    near = _nearby_sentences(claim, siblings)
    if own.qualifier in _BOUNDS:
        return None
    partners = [o for o in siblings if o.sentence in near and _is_level(o) and o.value and o.period
                and o.qualifier not in _BOUNDS
                and o.unit == own.unit and is_rate(o) == per_unit and _actual(o) == _actual(claim)
                and _kin(own, o, wanted) and not _slipped_pair(o, own)]
    scale = 100.0 if claim.unit == "percent" else 1.0
    tried: list[tuple[Callable[[float, float], float], Claim, Claim, str]] = []
    if changes:
        sign = -1.0 if "down" in (own.direction, claim.direction) else 1.0
        for level in partners:
            if level.period == claim.period and level.value - sign * own.value:
                tried.append((lambda new, moved: sign * moved / (new - sign * moved) * scale, level, own,
                              f"{fmt(sign * own.value)} / ({fmt(level.value)} {'-' if sign > 0 else '+'} "
                              f"{fmt(own.value)}) * {scale:g}"))
    else:
        lead = _lead_in(own, siblings)
        is_base = ends_with_cue(lead, "before_cues", "before", "before_stops") or bool(base_named_of(lead))
        is_new = not is_base and ends_with_cue(lead, "after_cues", "after", "tight_stops")
        for level in partners:
            if level.period == own.period or own.period is None:
                continue
            orders = [(level, own)] if is_base else [(own, level)] if is_new else [(level, own), (own, level)]
            for new, old in orders:
                if relative:
                    tried.append((lambda a, b: (a / b - 1) * scale, new, old,
                                  f"({fmt(new.value)} / {fmt(old.value)} - 1) * {scale:g}"))
                else:
                    tried.append((lambda a, b: a - b, new, old, f"{fmt(new.value)} - {fmt(old.value)}"))
    for compute, first, second, text in tried:
        signed = compute(first.value, second.value)
        slack = _slack(compute, first, second)
        if slack > abs(signed) * _PARTNER_SLACK:
            continue  # inputs too coarse to pin the change ("more than $1-billion")
        judgement, expected = signed_judgement(claim, signed, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
        if judgement.verdict == "supported":
            return _found("internal_change", judgement, expected, f"{text} = {fmt(signed)}", [first, second],
                          strong=False)
    return None


def _said_in_sentence(phrase: str, sentence: str) -> bool:
    """Whether the words of `phrase` stand together, in order, in `sentence` (as `tokens` writes both)."""
    want, said = tokens(phrase), tokens(sentence)
    return bool(want) and any(said[i:i + len(want)] == want for i in range(len(said) - len(want) + 1))


def internal_rise_past_level(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A rise in a count set right after the level it rose to, larger than that level ("There were 723 homicides,
    an increase of 1,489 on the previous year"): the count the year before would be below nothing, so the rise
    cannot hold. Only counts (an amount may rise from a loss), only a rise restating the level just before it in
    its sentence (the level's noun, a comma, then a change word; no other figure and no joining word between), of
    the same measure, subject and period."""
    if (claim.unit != "count" or claim.direction != "up" or family(claim) != "growth" or claim.value is None
            or claim.frame is None):
        return None
    before = [o for o in siblings if o.sentence == claim.sentence and o.end <= claim.start and o.id != claim.id]
    if not before:
        return None
    level = max(before, key=lambda other: other.end)
    between = scan(_between(level, claim))
    comma = max((at for at, word in enumerate(between) if word.text == ","), default=None)
    if (not _is_level(level) or level.unit != "count" or comma is None
            or level.period != claim.period or level.subject != claim.subject or has(_between(level, claim), "joins")
            or not set(tokens(" ".join(word.text for word in between[comma + 1:]))) & _change_word_tokens()):
        return None
    generic = set(tokens(" ".join(" ".join(p) for p in check_words().phrases("measure_nouns"))))
    named = set(tokens(level.metric or "")) - VAGUE - STOP - generic
    wanted = set(tokens(base_phrase(claim.metric))) - VAGUE - STOP - generic
    if not named or not named <= wanted:
        return None
    if claim.value <= level.value:
        return None  # the year before at level - rise: nothing to say without it
    judgement = judge(claim, level.value)
    if judgement.verdict != "contradicted":
        return None
    return judged("internal_change", judgement, expected=level.value,
                  computation=f"a rise of {fmt(claim.value)} to {fmt(level.value)} puts the level before at "
                              f"{fmt(level.value)} - {fmt(claim.value)} = {fmt(level.value - claim.value)}; "
                              f"a count rises by at most its new level", related=[level.id])


def internal_gap_over_base(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A gap stated between a level and the base right after it ("reached 8.4 million trips, 600,000 more than
    the 7.8 million recorded in 2024"; "6.1%, 0.7 points higher than the 5.4% of August"): the difference of the
    level just before the gap in its clause, with nothing joining another statement between, and the base, the
    next figure, after a comparative ("more than", "fewer riders than"). Read from the words, it may contradict."""
    if claim.unit == "ratio" or (claim.unit == "percent" and claim.direction is None and claim.kind != "change"):
        return None
    levels = [o for o in siblings if o.sentence == claim.sentence and o.id != claim.id
              and o.direction is None and o.kind != "change" and o.value
              and (o.unit == "percent" if claim.unit in ("percentage_point", "percent") else o.unit == claim.unit)
              and is_rate(o) == is_rate(claim)]
    after = [o for o in levels if o.start >= claim.end]
    if not after or not gap_base(_between(claim, after[0])):
        return None
    base = min(after, key=lambda other: other.start)
    before = [o for o in levels if o.end <= claim.start and o.unit == base.unit]
    # the whole a part is counted out of is no level of the gap ("won 22 of the 48 seats, three short of the 25
    # needed": 25 - 22, not 48)
    before = [o for k, o in enumerate(before) if not (k and _whole_of(before[k - 1], o))]
    if not before or not _same_clause(before[-1], claim) or not _adjacent(before[-1], claim):
        return None
    level = max(before, key=lambda other: other.start)
    magnitude = claim.model_copy(update={"value": abs(claim.value), "direction": None})
    return _compare("internal_difference", magnitude, lambda a, b: abs(a - b), level, base,
                    f"|{fmt(level.value)} - {fmt(base.value)}|")


def internal_share_restated(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share restating the count just before it, of a whole its sentence names with "of" ("Of the 2,400 nurses
    employed there, 480 work nights, or one in five"; "480 of its 2,400 nurses, or 20%, work nights"): the part
    over the whole. Read from the grammar, it may contradict."""
    if claim.unit not in ("percent", "ratio") or claim.direction is not None or claim.kind in ("change", "multiple"):
        return None
    if claim.value > (100.0 if claim.unit == "percent" else 1.0):
        return None
    after = scan(claim.sentence[claim.end - _offset(claim):])
    if after and after[0].text == "of":
        return None  # "won 14 of 16 matches, half of them on clay": a share of what it names, not the restated count
    before = [o for o in _levels_in_sentence(claim, siblings) if o.end <= claim.start]
    if len(before) < 2:
        return None
    offset = _offset(claim)
    if whole_follows(_between(before[-2], before[-1])) and restates_part(_between(before[-1], claim)):
        part, whole = before[-2], before[-1]          # "480 of its 2,400 nurses, or 20%"
    elif restates_part(_between(before[-1], claim)):
        part = before[-1]                             # "Of the 2,400 nurses ..., 480 work nights, or one in five"
        wholes = [o for o in before[:-1] if o.unit == part.unit and of_before(
            o.sentence[max((p.end for p in before if p.end <= o.start), default=offset) - offset:o.start - offset])]
        if len(wholes) != 1:
            return None
        whole = wholes[0]
    else:
        return None
    if part.unit != whole.unit or not whole.value or part.value > whole.value:
        return None
    scale = 100.0 if claim.unit == "percent" else 1.0
    return _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                    f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""))


def internal_fraction_restated(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A fraction in words restated right after the words it counts by a percentage that stands alone in brackets
    ("Nearly nine out of 10 pupils walked to school (88%)", "roughly a third of voters backed the plan (34%)"): the
    percentage over 100. The percentage is the next figure of the sentence, only words stand between the two and
    nothing but the percentage in its brackets, so the grammar pairs them and it may contradict."""
    if claim.unit != "ratio" or claim.direction is not None or claim.kind == "change" or _says_multiple(claim) \
            or not 0 < claim.value <= 1:
        return None
    later = [o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and o.start >= claim.end]
    if not later:
        return None
    percent = min(later, key=lambda o: o.start)
    words = scan(_between(claim, percent))
    at = sentence_position(percent)
    if (not _is_percent_level(percent) or not words
            or words[-1].text != "(" or any(word.mark for word in words[:-1]) or at < 0
            or not percent.sentence[at + len(percent.text):].lstrip().startswith(")")):
        return None
    step = (input_step(percent) or 0.0) / 100
    judgement = judge(claim, percent.value / 100, slack=step, slack_reason=f"the percentage rounded ±{fmt(step)}")
    return _found("internal_share", judgement, percent.value / 100,
                  f"{fmt(percent.value)}% / 100 = {fmt(percent.value / 100)}", [percent])


def internal_share_in_brackets(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A percentage alone in brackets right after a count or amount, the part it restates ("had fallen to 412, but 318
    (77%) had waited more than six hours"), of the nearest larger figure of the part's unit before it in the sentence.
    The whole is read from position alone (the 77% may be of another whole the text does not state): support only."""
    if not _is_percent_level(claim) or not 0 < claim.value <= 100:
        return None
    at = sentence_position(claim)
    earlier = sorted((o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and o.end <= claim.start),
                     key=lambda o: o.start)
    if at < 0 or len(earlier) < 2 or not claim.sentence[at + len(claim.text):].lstrip().startswith(")"):
        return None
    part = earlier[-1]
    if not _is_level(part) or is_rate(part) or [word.text for word in scan(_between(part, claim))] != ["("]:
        return None
    whole = next((o for o in reversed(earlier[:-1]) if _is_level(o) and o.unit == part.unit and not is_rate(o)), None)
    if whole is None or whole.value <= part.value:
        return None
    return _compare("internal_share", claim, lambda a, b: a / b * 100, part, whole,
                    f"{fmt(part.value)} / {fmt(whole.value)} * 100", strong=False)


_SAME_WORDS = 4  # at least this many words after two shares, up to the first mark, make them one statement


def _words_after(claim: Claim) -> list[str]:
    """The words right after a figure in its sentence up to the first mark, lower-cased ("of nine-year-olds have an
    online profile")."""
    at = sentence_position(claim)
    if at < 0:
        return []
    words = scan(claim.sentence[at + len(claim.text):])
    cut = next((k for k, word in enumerate(words) if word.mark), len(words))
    return [word.text.lower() for word in words[:cut]]


def internal_restated_share(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share stated again elsewhere in the article in the same words, once as a fraction and once as a percentage
    or to another step (a headline's "Nearly one-quarter of nine-year-olds have an online profile" and the body's
    "23% of nine-year-olds have an online profile"): the same _SAME_WORDS words or more after both figures, up to
    the first mark, and the same period. The words may be shared by figures of two groups or times the text does not
    name there: support only."""
    if claim.unit not in ("ratio", "percent") or claim.direction is not None or claim.kind == "change" \
            or _says_multiple(claim):
        return None
    after = _words_after(claim)
    if len(after) < _SAME_WORDS:
        return None
    for other in siblings:
        if (other.id == claim.id or other.sentence == claim.sentence or other.unit not in ("ratio", "percent")
                or other.direction is not None or other.kind == "change" or other.period != claim.period
                or other.qualifier in ("range", "lower_bound", "upper_bound") or _words_after(other) != after):
            continue
        scale = (0.01 if other.unit == "percent" else 1.0) * (100.0 if claim.unit == "percent" else 1.0)
        expected = other.value * scale
        judgement = judge(claim, expected)
        if judgement.verdict == "supported":
            return judged("internal_restated", judgement, expected=expected, related=[other.id],
                          computation=f"the article states {other.text} ({fmt(expected)}) in the same words")
    return None


def _stems(words: list[str]) -> set[str]:
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words}


def internal_share_explained(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share restated right after it, behind a mark, by its part counted out of its whole ("Labour took 50.01% of
    the party vote - 1,443,546 votes out of a total of 2,886,427 valid votes"): the part over the whole. It may
    contradict when the share's words and the part's or whole's noun name one thing ("vote", "votes"); otherwise
    ("45% of the vote - 12 of the 20 seats" would be another thing) it may only support."""
    if claim.unit not in ("percent", "ratio") or claim.direction is not None or claim.kind in ("change", "multiple"):
        return None
    scale = 100.0 if claim.unit == "percent" else 1.0
    if claim.value > scale:
        return None
    after = [o for o in _levels_in_sentence(claim, siblings) if o.start >= claim.end]
    if len(after) < 2:
        return None
    part, whole = after[0], after[1]
    if _figures_between(claim, part, siblings) or _figures_between(part, whole, siblings):
        return None
    said, counted = explained_by(_between(claim, part)), out_of_whole(_between(part, whole))
    if said is None or counted is None or part.unit != whole.unit or not whole.value or part.value > whole.value:
        return None
    offset = _offset(claim)
    named = [word.text for word in scan(claim.sentence[whole.end - offset:])[:2] if not word.mark]
    strong = bool(_stems(said) - STOP & _stems(counted + named))
    return _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                    f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""), strong)


def internal_ratio_of_counts(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A ratio of two counts whose metric names both ("2.3 unemployed people for every vacancy") against the
    counts stated before it whose own words name them: the one whose metric ends in the noun after the rate
    word ("61,800 vacancies") and the one sharing most words with the noun before it ("143,000 people out
    of work"), of one period. Found by words, the pairing may support the ratio, never contradict it."""
    split = rate_split(claim.metric)
    if claim.unit != "ratio" or split is None or not split[1].split():
        return None
    levels = sorted((o for o in siblings if o.id != claim.id and o.start < claim.start and _is_level(o)
                     and o.unit == "count" and o.value), key=lambda other: claim.start - other.start)
    bottoms = _counts_of(split[1].split()[-1], levels)
    wanted = set(tokens(split[0])) - VAGUE - STOP
    if not bottoms or not wanted:
        return None
    # the nearest count of the noun with a count of the other of its period ("up from 2,800" has none)
    pairs = [(top, bottom) for bottom in bottoms
             if (top := _best(wanted, [o for o in levels if o not in bottoms and o.period == bottom.period]))]
    if not pairs:
        return None
    top, bottom = pairs[0]
    return _compare("internal_per_unit", claim, lambda a, b: a / b, top, bottom,
                    f"{fmt(top.value)} / {fmt(bottom.value)}", strong=False)


def _change_measure(claim: Claim) -> set[str]:
    """The content words of a change's metric without its subject's words and its change words ("Tesco profit" and
    "annual profit fall" both measure profit)."""
    change = check_words().words("growth_cues") | check_words().words("change_nouns")
    subject = set(tokens(claim.subject or ""))
    return _stems([word for word in tokens(claim.metric or "")
                   if word not in STOP and word not in VAGUE and word not in subject and word not in change])


def internal_restated_change(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A change the article states twice, in its headline or lead and again further on ("Tesco profit falls 20%" over
    "a 20% drop in annual profit", which the body's £825 million against £1.03 billion bears out): the same value,
    unit and direction, of one status and period, of compatible subjects and one measure, the other statement
    supported by the article's own figures. Two statements may share those and be about different things, so the
    restatement may support the claim, never contradict it."""
    if claim.frame is None or _is_level(claim) or claim.direction not in ("up", "down") or not claim.value:
        return None
    own = _change_measure(claim)
    subject = set(tokens(claim.subject or "")) - VAGUE - STOP
    if not own:
        return None
    for other in siblings:
        if (other.id == claim.id or other.sentence == claim.sentence or _is_level(other) or other.unit != claim.unit
                or other.value != claim.value or other.direction != claim.direction or other.frame is None
                or status_of(other) != status_of(claim) or claim.period and other.period and other.period != claim.period):
            continue
        words = set(tokens(other.subject or "")) - VAGUE - STOP
        if subject and words and not (subject <= words or words <= subject) or not _same_measure(own, _change_measure(other)):
            continue
        found = _checked(other, siblings, restated=False)
        if found is not None and found.verdict == "supported":
            return judged("internal_restated_change", judge(claim, other.value), expected=other.value,
                          related=[other.id, *found.evidence.related_claims],
                          computation=f"the article states the same change, {other.text}, which its figures support: "
                                      f"{found.evidence.computation}")
    return None


def _last_digit_step(claim: Claim) -> float | None:
    """Half a unit of the last digit the figure writes, in the claim's unit, trailing zeros counted as written ("10%"
    -> 0.5, "346 points" -> 0.5, "$5.4bn" -> 0.05e9); None for a figure in words."""
    number = written_number(claim.text)
    if number is None:
        return None
    whole, decimals = number
    written = float(f"{whole}.{decimals}" if decimals else whole)
    if not written or not claim.value:
        return None
    return 0.5 * 10.0 ** -len(decimals) * abs(claim.value / written)


def _carried_period(claim: Claim) -> bool:
    """Whether the frame carried the claim's period from its paragraph or the article (or found none), rather than
    reading it for the figure."""
    return claim.frame is None or claim.frame.period.reason in ("paragraph", "article", "list", "none")


def internal_restated_change_rounded(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A change a headline or lead states round and the body states more precisely ("Kalpa index falls 212 points"
    over "the Kalpa index fell 211.74 points"; "a 15% rise in rents" over "rents rose 14.8%"), or the other way round:
    another change of the claim's unit and direction, of one status and period, of compatible subjects and one measure
    (`_change_measure`), stated to a finer step than the claim, whose value the claim's rounds to at its last written
    digit. A period both figures only carry from the paragraph or the article ties them to no one time ("declined by
    2% over the year" and "a much lower 1.6%" in Q3, both read as the article's quarter), so one of the two must have
    its own. Two changes may share those and be about different things, so the agreement may support the claim, never
    contradict it (as `internal_restated_level` does for levels)."""
    if claim.frame is None or _is_level(claim) or claim.direction not in ("up", "down") or not claim.value:
        return None
    own = _change_measure(claim)
    step = _last_digit_step(claim)
    if not (own or claim.metric) or step is None:
        return None
    subject = set(tokens(claim.subject or "")) - VAGUE - STOP
    for other in siblings:
        if (other.id == claim.id or other.sentence == claim.sentence or _is_level(other) or other.unit != claim.unit
                or other.direction != claim.direction or not other.value or other.frame is None
                or _actual(other) != _actual(claim) or other.period != claim.period
                or other.qualifier in _BOUNDS or is_rate(other) != is_rate(claim)):
            continue
        words = set(tokens(other.subject or "")) - VAGUE - STOP
        finer = stated_step(other)
        # one measure: its words hold one another's, or, with none left beside the subject's ("Kalpa index" and its
        # "index level"), the same metric
        measure = (_same_measure(own, _change_measure(other)) if own
                   else (other.metric or "").lower() == (claim.metric or "").lower())
        if (subject and words and not (subject <= words or words <= subject) or not measure
                or finer is None or finer >= step or _carried_period(claim) and _carried_period(other)):
            continue
        # a figure stated exactly or roughly is what the finer one rounds to at its last written digit, trailing zeros
        # and all ("10%" is no rounding of 8.3%; "4%" none of 4.5%): a bound is judged as written ("more than 1%")
        if claim.qualifier in ("exact", "approximate") and not abs(claim.value - other.value) < step * (1 - 1e-9):
            continue
        judgement = judge(claim, other.value)
        if judgement.verdict == "supported":
            return judged("internal_restated_change", judgement, expected=other.value, related=[other.id],
                          computation=f"the article states the same change more precisely, {other.text} "
                                      f"({fmt(other.value)}), for {claim.period}")
    return None


def check_internal(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """The internal-consistency check the claim's wording calls for, if its partners are in the article.

    claim (Claim): the claim.
    siblings (list[Claim]): every claim of the same article (the claim itself may be among them).
    RETURNS (Finding | None): None when no check applies or the partner figures cannot be identified.
    """
    if sentence_position(claim) < 0:
        return None  # a claim without a frame cannot be placed in its sentence: nothing is read around it
    siblings = [other for other in siblings if sentence_position(other) >= 0]
    found = _checked(claim, siblings)
    if found is not None and found.verdict == "contradicted" and _measure_unread(claim):
        # "+40.5 -38.1 -7.3 Change from previous quarter +8.9": a figure whose measure the frame read as only a change
        # word is not known to be what its neighbours are levels of; it is never contradicted by them
        return unverifiable("the figure's measure is only a change word: its partners may be levels of something "
                            "else, so no contradiction is raised")
    return found


def _measure_unread(claim: Claim) -> bool:
    """Whether the claim's metric is only a bare change word ("Change", "rise", "a fall"): a metric the frame left out
    (None) is read from the partners' wording as before ("up 25%" against the levels of its subject stated later)."""
    words = [w for w in tokens(claim.metric) if w not in STOP]
    return bool(words) and all(w in _change_word_tokens() for w in words)


@functools.lru_cache(maxsize=1)
def _change_word_tokens() -> frozenset[str]:
    """The frame's bare change words (rules/frame.json change_nouns, rise_nouns, fall_nouns) as `tokens` writes them."""
    frame = load_words()
    return frozenset(t for w in frame.change_nouns | frame.rise_nouns | frame.fall_nouns for t in tokens(w))


def _checked(claim: Claim, siblings: list[Claim], restated: bool = True) -> Finding | None:
    """check_internal on placed siblings; with `restated` False, without internal_restated_change (which asks it of
    another claim)."""
    return (_by_family(claim, siblings) or internal_fraction_restated(claim, siblings)
            or internal_share_restated(claim, siblings)
            or (_share_of_a_named_total(claim, siblings) if _is_percent_level(claim) and family(claim) != "share" else None)
            or internal_share_explained(claim, siblings) or internal_gap_over_base(claim, siblings) or internal_restated(claim, siblings) or internal_time_rate(claim, siblings)
            or internal_ratio_of_counts(claim, siblings) or internal_average_change(claim, siblings)
            or internal_change_of_stated_levels(claim, siblings) or internal_change_of_earlier_levels(claim, siblings)
            or internal_change_partner_nearby(claim, siblings)
            or internal_rise_past_level(claim, siblings)
            or internal_scale_slip(claim, siblings) or internal_parts_after(claim, siblings)
            or internal_restated_level(claim, siblings) or internal_share_in_brackets(claim, siblings)
            or internal_restated_share(claim, siblings)
            or (internal_restated_change(claim, siblings) if restated else None)
            or internal_restated_change_rounded(claim, siblings)
            or _percentage_as_share(claim, siblings) or _pair_in_sentence(claim, siblings))


def _percentage_as_share(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A percentage stated as a level whose words do not call it a share ("went 27 of 40 from the field (67.5 per
    cent)", "a resolution rate of 41.2 per cent", "Some 8,120 (61 per cent) sat the higher paper"), read as one all
    the same: a rate or proportion is a part over its whole, and `internal_share` finds the two among the article's
    figures as it does for a share its words name. Since nothing in the wording says it is a share, the pairing may
    support the figure, never contradict it."""
    if family(claim) == "share" or not _is_percent_level(claim) or claim.value is None or not 0 < claim.value <= 100:
        return None
    found = internal_share(claim, siblings)
    if found is None or found.verdict != "supported" or not _close_to_written(claim, found.evidence.expected):
        return None
    return found


def _close_to_written(claim: Claim, expected: float | None, slack: float = 0.0) -> bool:
    """Whether `expected` agrees with the figure to the last digit it is written with, trailing zeros counted ("10%"
    to ±0.5, not ±5 as a round figure is read elsewhere), plus its hedge, the usual margin and the inputs' rounding
    `slack`. A pairing that no wording links to the figure (`_percentage_as_share`, `_pair_in_sentence`) may support
    it only this closely: "10%" beside a $14 million part of a $98 million whole (14.3%) is no support of it."""
    if expected is None or claim.value is None:
        return False
    if written_number(claim.text) is None:
        return True  # a figure in words ("three times") keeps the coarse reading `judge` gave it
    step = stated_step(claim, zeros_count=True)
    if step is None:
        return False
    allowed = step + slack + abs(claim.value) * MARGIN
    if claim.qualifier == "approximate":
        allowed += abs(claim.value) * HEDGE
    return abs(abs(claim.value) - abs(expected)) <= allowed


def _pair_in_sentence(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share, change or multiple whose two figures stand in its own sentence, though no rule's wording placed them:
    a percentage level as one level over a larger one of its unit ("landed 14 of 22 attempts, a 63.6% rate"), a
    change in percent as one level over another ("the 4,120 crossings against 3,610 a year before, up 14%"), a
    multiple as the larger over the smaller ("£96 million, against £31 million in 2019 - three times as much"). The
    levels are of the claim's status, unbounded and not lengths of time. Levels rounded coarsely against the figure
    ("2.4 million ... 2.2 million, a rise of 9%") widen the allowance by their rounding rather than rule the pair out:
    the two stand beside the figure, and nothing is contradicted. Read from the sentence alone, the pairing may
    support the figure, never contradict it."""
    if claim.frame is None or not claim.value or claim.qualifier == "range":
        return None
    relative = claim.unit in ("percent", "ratio")
    if not relative:
        return None
    multiple = _says_multiple(claim) and claim.unit == "ratio"
    levels = [o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and o.value
              and (_is_level(o) or multiple and _is_percent_level(o))
              and o.value > 0 and o.qualifier not in _BOUNDS and _actual(o) == _actual(claim) and not _a_span_of_time(o)]
    share = _is_percent_level(claim) and 0 < claim.value <= 100
    change = claim.direction in ("up", "down") and not _says_multiple(claim)
    for first, second in itertools.permutations(levels, 2):
        if first.unit != second.unit or is_rate(first) != is_rate(second) or _slipped_pair(first, second):
            continue
        if share and first.value < second.value and _kin(first, second, set()):
            compute: Callable[[float, float], float] = lambda a, b: a / b * 100
            text = f"{fmt(first.value)} / {fmt(second.value)} * 100"
        elif change:
            scale = 100.0 if claim.unit == "percent" else 1.0
            compute = lambda a, b: (a / b - 1) * scale
            text = f"({fmt(first.value)} / {fmt(second.value)} - 1) * {scale:g}"
        elif multiple and first.value > second.value:
            compute, text = (lambda a, b: a / b), f"{fmt(first.value)} / {fmt(second.value)}"
        else:
            continue
        value = compute(first.value, second.value)
        slack = _slack(compute, first, second)
        if not value:
            continue
        if change:
            judgement, expected = signed_judgement(claim, value, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
        else:
            judgement, expected = judge(claim, value, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}"), value
        if judgement.verdict == "supported" and _close_to_written(claim, expected, slack):
            rule = "internal_change" if change else "internal_multiple" if multiple else "internal_share"
            return _found(rule, judgement, expected, f"{text} = {fmt(value)}", [first, second], strong=False)
    return None


def _by_family(claim: Claim, siblings: list[Claim]) -> Finding | None:
    kind = family(claim)
    if kind == "difference":
        return internal_difference(claim, siblings)
    if kind == "growth":
        # a yearly rate of a change ("retreating about 300 metres a year") is checked as a rate
        return internal_change(claim, siblings) or internal_rate(claim, siblings)
    if kind == "share":
        return internal_share(claim, siblings)
    if _says_multiple(claim):
        return internal_multiple(claim, siblings)
    return (internal_rate(claim, siblings) or internal_per_unit(claim, siblings) or internal_per_head(claim, siblings)
            or internal_portion(claim, siblings) or internal_total(claim, siblings))
