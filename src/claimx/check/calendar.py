"""A claim's period read with its entity's fiscal calendar from the pack.

The pipeline knows no pack: an article that says only "the third quarter" gets the latest calendar
quarter ("Q3 2025"). When the pack says the claim's entity (or the company it is part of) closes its
year in January, that quarter is its fiscal third quarter, Q3 FY2026; "a year earlier" moves with it.
"""
from __future__ import annotations

import datetime as dt
import re

from claimx.periods import fiscal_quarter, parse_period, rolling_months, shift_period
from claimx.records import Claim
from claimx.reference.pack import ReferencePack

_MONTH_LABEL = re.compile(r"((?:19|20)\d\d)-(\d\d)")

# expressions that named a quarter without its year: the pipeline's calendar guess may be relabelled
BARE_QUARTER_KINDS = ("bare_quarter", "the_quarter", "years_ago", "same_period_ago")


def year_end_month(pack: ReferencePack, entity: str | None) -> int | None:
    """The month the entity's fiscal year ends in (its own or its parent's), None for December or unknown."""
    seen = set()
    while entity and entity in pack.entities and entity not in seen:
        seen.add(entity)
        found = pack.entities[entity]
        if found.fiscal_year_end:
            month = int(found.fiscal_year_end[:2])
            return None if month == 12 else month
        entity = found.parent
    return None


def with_fiscal_calendar(claim: Claim, pack: ReferencePack, entity: str | None, published: dt.date | None) -> Claim:
    """`claim` with a bare quarter relabelled as its entity's fiscal quarter (see the module docstring)."""
    frame = claim.frame
    if frame is None or published is None or frame.period.kind not in BARE_QUARTER_KINDS:
        return claim
    query = parse_period(claim.period)  # the one period module reads the label: a calendar quarter "Q3 2025"
    month = year_end_month(pack, entity) or _year_end_of_facts(pack, entity)
    if month is None or query.quarter is None or query.year is None:
        return claim
    quarter, year = query.quarter, query.year
    latest = published.year if quarter * 3 < published.month else published.year - 1  # the pipeline's guess
    calendar = query.kind == "calendar_quarter" and query.label == f"q{quarter}{year}"
    # a results story that names its quarter with no year and no year end ("Walmart reported second-quarter results")
    # is read by the pipeline as a fiscal year ending in December: "Q2 FY2024", the calendar guess under another name
    # (a year end the text gives puts a January-to-November year's quarter in the fiscal year after the calendar one,
    # so a label that is the calendar guess, or a year back from it for "a year earlier", is the December reading)
    back = 1 if frame.period.kind in ("years_ago", "same_period_ago") else 0
    guessed = query.kind == "fiscal_quarter" and query.label == f"q{quarter}fy{year}" and year == latest - back
    if not (calendar or guessed):
        return claim
    return _relabelled(claim, shift_period(fiscal_quarter(quarter, month, published), latest - year))


def _rolling_quarter(claim: Claim, year_end: int) -> str | None:
    """The fiscal quarter ("Q4 FY2026") that three months ending in a named month ("the 13 weeks ended January 30",
    labelled "2026-01") are, for a fiscal year ending in month `year_end`; None when they are not one of its quarters."""
    found = _year_month(claim)
    if not found or rolling_months(claim.frame.period.text) != 3 or (year_end - found[1]) % 3:
        return None
    year, month = found
    return f"Q{4 - ((year_end - month) % 12) // 3} FY{year + (1 if month > year_end else 0)}"


def _year_to(claim: Claim, year_end: int) -> str | None:
    """The fiscal year ("FY2026") that a year to a named month ("the 12 months ended January 31", labelled "2026-01") is
    when its fiscal year ends in that month `year_end`; None otherwise (a rolling year of another span)."""
    found = _year_month(claim)
    return f"FY{found[0]}" if found and found[1] == year_end else None


def _year_month(claim: Claim) -> tuple[int, int] | None:
    """(year, month) of a claim labelled with a month ("2026-01"), else None."""
    found = _MONTH_LABEL.fullmatch(claim.period or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def _relabelled(claim: Claim, label: str) -> Claim:
    """`claim` with `label` for its period, in the record and in its frame."""
    period = claim.frame.period.model_copy(update={"value": label})
    return claim.model_copy(update={"period": label, "frame": claim.frame.model_copy(update={"period": period})})


_CALENDAR_LABEL = re.compile(r"(?:([QH][1-4]) )?((?:19|20)\d\d)(?:-((?:19|20)\d\d))?")


def _fiscal_name(label: str | None) -> str | None:
    """A calendar label of a fiscal period ("2025", "Q4 2025", "H1 2025", "2020-2026") in fiscal terms ("FY2025",
    "Q4 FY2025", "H1 FY2025", "FY2020-FY2026"); None for any other label."""
    found = _CALENDAR_LABEL.fullmatch(label or "")
    if found is None:
        return None
    part, first, last = found.groups()
    if last is not None:
        return None if part else f"FY{first}-FY{last}"
    return f"{part} FY{first}" if part else f"FY{first}"


def in_books(claim: Claim) -> Claim:
    """A claim whose period is an organisation's fiscal period labelled as the calendar one it is (`frame.period.fiscal`:
    "Q4 2025" of a bank keeping calendar books) with that period in fiscal terms ("Q4 FY2025"), the terms the checker
    reads periods of results in; any other claim unchanged."""
    frame = claim.frame
    if frame is None or not frame.period.fiscal or (label := _fiscal_name(claim.period)) is None:
        return claim
    period = frame.period.model_copy(update={"value": label, "base": _fiscal_name(frame.period.base) or frame.period.base})
    return claim.model_copy(update={"period": label, "frame": frame.model_copy(update={"period": period})})


def as_extracted(checked: Claim, extracted: Claim) -> Claim:
    """`checked` (a claim `in_books` put in fiscal terms and checked) with its period labelled again as it was
    extracted ("Q4 2025"), unless the check named it otherwise."""
    if checked.frame is None or extracted.frame is None or checked.period == extracted.period \
            or checked.period != _fiscal_name(extracted.period):
        return checked
    return checked.model_copy(update={"period": extracted.period,
                                      "frame": checked.frame.model_copy(update={"period": extracted.frame.period})})


def fiscal_year_readings(claim: Claim, pack: ReferencePack, entity: str | None) -> list[Claim]:
    """For a claim whose period is a calendar year as written ("in 2025"), of an entity whose fiscal year ends in
    January to June: the claim read with each fiscal year it may mean, the one of the same number and the one that
    holds most of the calendar year ("2025" -> "FY2025", "FY2026" for a year ending in January), other than the
    label it has. Empty for any other claim."""
    frame = claim.frame
    month = year_end_month(pack, entity) or _year_end_of_facts(pack, entity)
    if frame is None or frame.period.kind != "year" or month is None or month > 6 or not claim.period:
        return []
    query = parse_period(claim.period)
    if query.kind not in ("fiscal_year", "calendar_year") or query.year is None:
        return []
    return [_relabelled(claim, label) for label in (f"FY{query.year}", f"FY{query.year + 1}") if label != claim.period]


def in_fiscal_terms(claim: Claim, pack: ReferencePack, entity: str | None) -> Claim:
    """`claim` with its period named as the pack names the same span of its entity (or its company), once the check is
    done: a calendar year or quarter ("2022", "Q4 2022") of an entity reported in fiscal years that end in December as
    that fiscal period ("FY2022", "Q4 FY2022"), unless it is a market figure (a share price's year stays a calendar
    year); three months ending in a named month ("the 13 weeks ended January 30",
    labelled "2026-01") as the fiscal quarter they are (Q4 FY2026 for a year ending in January), and a year to the month
    its fiscal year ends in ("the 12 months ended January 31", 2026-01) as that fiscal year (FY2026). Any other claim
    unchanged."""
    if claim.frame is None or not claim.period or not entity or entity not in pack.entities:
        return claim
    month = year_end_month(pack, entity) or _year_end_of_facts(pack, entity)
    if claim.frame.period.kind in ("months_to", "year_to"):
        end = month or (12 if _reports_to_december(pack, entity) else None)
        label = (_rolling_quarter(claim, end) if claim.frame.period.kind == "months_to" else _year_to(claim, end)) \
            if end else None
        return _relabelled(claim, label) if label else claim
    if month is not None or not re.fullmatch(r"(?:Q[1-4] )?(?:19|20)\d\d", claim.period) \
            or claim.frame.status == "market" or not _reports_to_december(pack, entity):
        return claim  # (a share price counts calendar years: "Amazon shares rose 40% in 2025" stays 2025)
    quarter, _, year = claim.period.rpartition(" ")
    return _relabelled(claim, f"{quarter} FY{year}".strip())


def _reports_to_december(pack: ReferencePack, entity: str) -> bool:
    """Whether the pack names the entity's (or its company's) years as fiscal years ("FY2022") that end in December."""
    years = [fact for fact in pack.calendar(entity)
             if fact.period.upper().startswith("FY") and 360 <= (fact.end - fact.start).days <= 371]
    return bool(years) and all(fact.end.month == 12 for fact in years)


def _year_end_of_facts(pack: ReferencePack, entity: str | None) -> int | None:
    """The month the entity's fiscal years end in as its pack facts show it: every fact of it or its company
    labelled "FY..." that spans a year ends in that month (not December). None when they disagree or there are none."""
    if not entity or entity not in pack.entities:
        return None
    months = {fact.end.month for fact in pack.calendar(entity)
              if fact.period.upper().startswith("FY") and 360 <= (fact.end - fact.start).days <= 371}
    return months.pop() if len(months) == 1 and 12 not in months else None
