"""Session 48 (b): quantities of sport, weather, disaster, health and court copy as real pages write them. "Grand"
before "Slam" or "Prix" is a name, not a thousand (rules/lexicon.json scale_word_names); an earthquake's
magnitude is a magnitude when AP style hyphenates it ("a magnitude-6.5 quake") and when a cue of its sentence
names it ("a quake measuring 6.8", "put the magnitude at 6.8"; lexicon quake_magnitudes); bare "degrees" no air reaches in
Celsius make a text that names no Celsius write Fahrenheit ("highs around 104 degrees"; lexicon temperature_cues);
"at" after a length is a preposition, not ampere-turns ("peak at 4.5 metres at 10am": grammar.scanner _unit_reading);
feet and inches are one length, in inches ("the 6ft 5in striker": grammar.scanner _join_feet_inches); stones and
pounds one weight, in pounds ("scaling 9st 9lbs", "16 stones and 13 pounds": _join_stones); "five stone" is a weight;
a player's mark out of ten is no figure ("Made a fine save. 6/10": grammar.exclusions); a week of the year is a
label ("in week 44 of 2025": lexicon exclusion_cues.week_label_before), and "in" opens no unit ("452 in week 44" was
452 inch-weeks: grammar.scanner _unit_reading); speeds as Indian and American weather copy writes them ("55-65 kmph",
"80 m.p.h.", "265 kilometers (165 miles) per hour": lexicon extra_units, grammar.scanner _conversions); a cricket
score written with "for" is a tally like "98-5" ("reached 312 for four at tea": grammar.exclusions _cricket_tallies); a
bracketed conversion is hedged as its figure is ("up to 195 km (120 miles)": grammar.scanner _conversions).
Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 20))


@pytest.mark.parametrize("text, figure, value", [
    ("Ines Valtorre has won 14 Grand Slam titles in her career.", "14", 14),
    ("The Carvela driver has won sixteen Grand Prix races since his debut.", "sixteen", 16),
    ("She reached six grand slam finals before she turned 25.", "six", 6),
    ("Of the 312 Grands Prix held at the circuit, the polesitter won 140.", "312", 312),
])
def test_grand_before_a_name_is_no_scale(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "count"


def test_grand_alone_is_still_a_thousand(nlp):
    found = claims_of(nlp, "The striker earns 80 grand a week at Holm Road.")
    assert found["80 grand"].value == pytest.approx(80_000)


@pytest.mark.parametrize("text, figure, value", [
    ("A magnitude-6.4 earthquake struck off the coast of Eiremar on Tuesday.", "6.4", 6.4),
    ("The survey put the magnitude of the quake at 5.7, with a depth of 12 kilometres.", "5.7", 5.7),
    ("An earthquake measuring 6.2 shook the Kapp Brede region on Sunday.", "6.2", 6.2),
    ("The agency raised the magnitude of the tremor to 7.1 from 6.9.", "6.9", 6.9),
    ("Studies place the 1911 quake at 8.1–8.3 on the moment magnitude scale.", "8.1–8.3", 8.1),
])
def test_quake_magnitudes_named_around_the_figure(nlp, text, figure, value):
    found = claims_of(nlp, "Quake hits Eiremar\n\n" + text)
    assert found[figure].unit == "magnitude"
    assert found[figure].value == pytest.approx(value, abs=0.15)


def test_a_decimal_in_a_quake_text_without_a_cue_stays_a_count(nlp):
    found = claims_of(nlp, "Quake hits Eiremar\n\nThe earthquake struck at dawn. Rescuers pulled 4.5 tonnes of rubble "
                           "from the school, and the town's rate of 2.5 doctors for every 1,000 people is low.")
    assert all(c.unit != "magnitude" for c in found.values())


@pytest.mark.parametrize("text, figure", [
    ("Heat builds in Calder Bay\n\nHighs will reach 104 degrees on Friday, well above the average of 91 degrees.", "91 degrees"),
    ("Heat builds in Calder Bay\n\nThe city saw its first 100-degree day of the year, and lows stayed near 75 degrees.", "75 degrees"),
])
def test_bare_degrees_too_hot_for_celsius_make_a_fahrenheit_text(nlp, text, figure):
    found = claims_of(nlp, text)
    assert found[figure].unit == "degree fahrenheit"


@pytest.mark.parametrize("text, figure", [
    ("Heat builds in Wexmoor\n\nTemperatures reached 34 degrees on Friday, the warmest day of the year.", "34 degrees"),
    ("Heat builds in Wexmoor\n\nWater boils at 100 degrees Celsius; the pool stayed at 28 degrees.", "28 degrees"),
])
def test_celsius_texts_stay_celsius(nlp, text, figure):
    found = claims_of(nlp, text)
    assert found[figure].unit == "degree celsius"


@pytest.mark.parametrize("text, figure, unit", [
    ("The river is expected to peak at 4.2 metres at noon on Friday.", "4.2 metres", "m"),
    ("The quake struck at a depth of 12 kilometres at dawn.", "12 kilometres", "km"),
    ("She won the 400 metres at the Eiremar championships in 51.2 seconds.", "400 metres", "m"),
    ("The storm surge reached 9 feet at high tide.", "9 feet", "foot"),
])
def test_a_length_before_at_is_no_ampere_turn(nlp, text, figure, unit):
    found = claims_of(nlp, "Floods in Wexmoor\n\n" + text)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("Holm Road have signed the 6ft 5in striker Joel Varga on a three-year deal.", "6ft 5in", 77),
    ("The river reached a record 15ft 2in on Sunday, a foot above its 2007 peak.", "15ft 2in", 182),
    ("Varga stands 6 feet 3 inches tall and scored 14 headers last season.", "6 feet 3 inches", 75),
])
def test_feet_and_inches_are_one_length(nlp, text, figure, value):
    found = claims_of(nlp, "Wexmoor news\n\n" + text)
    assert found[figure].unit == "inch"
    assert found[figure].value == pytest.approx(value)


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Varga scaled 11st 4lbs at the weigh-in on Friday.", "11st 4lbs", 158, "pound-mass"),
    ("The champion tipped the scales at 17 stones and 2 pounds on Friday.", "17 stones and 2 pounds", 240, "pound-mass"),
    ("She lost five stone in the year before the race.", "five stone", 5, "stone"),
])
def test_stones_and_pounds_are_one_weight(nlp, text, figure, value, unit):
    found = claims_of(nlp, "Weigh-in at Holm Road\n\n" + text)
    assert found[figure].unit == unit
    assert found[figure].value == pytest.approx(value)


def test_a_player_rating_out_of_ten_is_no_claim(nlp):
    found = claims_of(nlp, "Redmarsh United player ratings\n\nTomas Brehm: Made a smart save before the break. 6/10\n\n"
                           "Elias Dunmore: Scored twice and hit the bar. 8.5/10\n\nTwo players get 9/10s after the win.")
    assert not any(c.text in ("10", "6", "8.5", "9") or "/10" in c.text for c in found.values())


def test_a_week_of_the_year_is_a_label_and_in_opens_no_unit(nlp):
    found = claims_of(nlp, "Flu surveillance report\n\nFlu activity fell in week 44 of 2025. The number of outbreaks in "
                           "Eiremar was 318 in week 44, compared to 377 in the previous week. The admission rate for "
                           "week 44 was 6.2 per 100,000 population.")
    assert "44" not in found
    assert found["318"].unit == "count"
    assert found["318"].value == 318


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Winds of 60-70 kmph gusting to 85 kmph are likely along the coast.", "60-70 kmph", 65, "km/h"),
    ("Winds of 60-70 kmph gusting to 85 kmph are likely along the coast.", "85 kmph", 85, "km/h"),
    ("The storm was moving west at 12 m.p.h. on Friday night.", "12 m.p.h.", 12, "mph"),
    ("Orla had sustained winds of 210 kilometers (130 miles) per hour on Sunday.", "210 kilometers", 210, "km/h"),
    ("Orla had sustained winds of 210 kilometers (130 miles) per hour on Sunday.", "130 miles", 130, "mph"),
])
def test_speeds_as_weather_copy_writes_them(nlp, text, figure, value, unit):
    found = claims_of(nlp, "Storm Orla nears Eiremar\n\n" + text)
    assert found[figure].unit == unit
    assert found[figure].value == pytest.approx(value)


def test_a_cricket_score_written_with_for_is_a_tally(nlp):
    found = claims_of(nlp, "Ardlow close in on victory\n\nArdlow reached 312 for four at tea on the second day, after Dunscar "
                           "were bowled out for 188 in 61 overs. Varga took figures of six for 41, and the hosts had "
                           "resumed on 96 for no wicket.")
    assert not {"312", "four", "six", "41", "96"} & set(found)
    assert found["188"].value == 188
    assert found["61 overs"].value == 61


@pytest.mark.parametrize("text, figure, qualifier, lower, upper", [
    ("Storm Orla nears\n\nOrla brought gusts of up to 150 km (93 miles) per hour to the coast.", "93 miles", "upper_bound", None, 93),
    ("Quake hits Eiremar\n\nThe quake struck about 30 kilometres (18.6 miles) beneath the seabed.", "18.6 miles", "approximate", None, None),
    ("Glacier retreats\n\nThe glacier has lost more than 40 square kilometres (15.4 square miles) since 1990.", "15.4 square miles", "lower_bound", 15.4, None),
])
def test_a_bracketed_conversion_takes_its_figures_hedge(nlp, text, figure, qualifier, lower, upper):
    found = claims_of(nlp, text)
    assert found[figure].qualifier == qualifier
    assert found[figure].lower == lower and found[figure].upper == upper
