"""Unit conversion between a claim and a pack figure: percent and ratio, and common physical units.

Currencies are never converted (exchange rates are data, not arithmetic); a claim in EUR against a
figure in USD is simply not comparable.
"""
from __future__ import annotations

# unit name -> (dimension, size in the dimension's base unit)
_PHYSICAL: dict[str, tuple[str, float]] = {
    "mm": ("length", 1e-3), "millimetre": ("length", 1e-3), "cm": ("length", 1e-2), "centimetre": ("length", 1e-2),
    "m": ("length", 1.0), "metre": ("length", 1.0), "km": ("length", 1e3), "kilometre": ("length", 1e3),
    "mile": ("length", 1609.344), "nautical mile": ("length", 1852.0),
    "square metre": ("area", 1.0), "m2": ("area", 1.0), "hectare": ("area", 1e4), "ha": ("area", 1e4),
    "square kilometre": ("area", 1e6), "km2": ("area", 1e6), "square mile": ("area", 2589988.11),
    "g": ("mass", 1e-3), "gram": ("mass", 1e-3), "kg": ("mass", 1.0), "kilogram": ("mass", 1.0),
    "tonne": ("mass", 1e3), "t": ("mass", 1e3), "metric ton": ("mass", 1e3),
    "kilotonne": ("mass", 1e6), "megatonne": ("mass", 1e9), "gigatonne": ("mass", 1e12),
    "wh": ("energy", 1.0), "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12),
    "w": ("power", 1.0), "kw": ("power", 1e3), "mw": ("power", 1e6), "gw": ("power", 1e9),
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0), "day": ("time", 86400.0),
    "week": ("time", 604800.0),
    "ml": ("volume", 1e-3), "litre": ("volume", 1.0), "l": ("volume", 1.0), "cubic metre": ("volume", 1e3),
}
_DENOMINATORS = {"h": "hour", "hr": "hour", "yr": "year", "years": "year"}  # "km/h" is kilometre per hour
_RELATIVE = {("percent", "ratio"): 100.0, ("ratio", "percent"): 0.01}


def _canonical(unit: str) -> str:
    name = unit.strip().lower().replace("meter", "metre")
    if name.endswith("s") and name[:-1] in _PHYSICAL:
        return name[:-1]
    return name


def rate_parts(unit: str | None) -> tuple[str, str] | None:
    """(numerator, denominator) of a rate unit ("tonne per hectare" -> ("tonne", "hectare"), "km/h" ->
    ("km", "h")); None for a unit that is no rate."""
    name = (unit or "").strip()
    for mark in (" per ", "/"):
        top, sep, bottom = name.partition(mark)
        if sep and top.strip() and bottom.strip():
            return top.strip(), bottom.strip()
    return None


def numerator(unit: str) -> str:
    """The unit a rate counts ("tonne per hectare" -> "tonne"); any other unit as it is."""
    parts = rate_parts(unit)
    return parts[0] if parts else unit


def convert(value: float, unit: str, to: str) -> float | None:
    """`value` in `unit` expressed in `to`, or None when the two cannot be compared.

    value (float): the value.
    unit (str): its unit ("USD", "percent", "ratio", "count", "km", ...).
    to (str): the unit wanted.
    RETURNS (float | None): the converted value.
    """
    source, target = _canonical(unit), _canonical(to)
    if source == target:
        return value
    if (target, source) in _RELATIVE:
        return value * _RELATIVE[(target, source)]
    if source in _PHYSICAL and target in _PHYSICAL and _PHYSICAL[source][0] == _PHYSICAL[target][0]:
        return value * _PHYSICAL[source][1] / _PHYSICAL[target][1]
    if (rate := rate_parts(source)) and (other := rate_parts(target)):
        # a rate against a rate: "kg per hectare" in "tonne per hectare"; never a rate against a plain unit
        top = convert(1.0, rate[0], other[0])
        bottom = convert(1.0, _DENOMINATORS.get(rate[1].lower(), rate[1]), _DENOMINATORS.get(other[1].lower(), other[1]))
        if top is not None and bottom:
            return value * top / bottom
    return None
