"""Session 42: an article's own figures that settle a claim, in shapes of real news copy. Made-up names and figures;
each test fails on the code before the change it names (claimx.check.internal).

- a change in percentage points followed by its two levels ("improved the pass rate by 3.1 percentage points, from
  61.2% in 2023 to 64.3%"): a percentage level after it is no later change that owns the levels (`_roles`);
- a multiple followed in its clause by two levels "from" one "to" the other, percentages too ("the share doubled from
  11% to 23%"): the new level over the base; with another figure between, support only (`_multiple_from_to`);
- a fraction in words restated by a percentage alone in brackets after the words it counts ("Roughly a third of the
  town's voters backed the plan (34%)"; "Roughly a third (34%) of ..."): the percentage over 100
  (`internal_fraction_restated`);
- a gap "ahead of" or "behind" the level right after it ("The Civic Party is on 31%, two points ahead of the Labour
  Party on 29%"): the difference of the two levels (check.json `restated_comparatives`, `internal_gap_over_base`);
- a total whose parts its sentence lists after a part cue, adding to more than it ("a $42.3 million budget comprises
  operating and capital spending at $29.3 million and $14.2 million, respectively"): contradicted when each part is a
  plain level of its period and status (`internal._parts_named_after`, `_plain_part`);
- a level followed by two changes, each with its base ("was $318,200, down 1.4% from $322,700 in August but up 5.2%
  from $302,500 a year before"): the second change's base is the one after it and its new level the level, never the
  first change's base (`internal._roles`);
- a move restated after "or" with the comparative after the pair ("closed 41.2 points, or 0.8 per cent, lower at
  5,108.4 points"): both figures take its direction (`direction._particle_after_pair`), and the percentage is checked
  against the amount and the level;
- a percentage alone in brackets right after a count ("had fallen to 412, but 318 (77%) had waited"): the count over
  the nearest larger figure of its unit before it, support only (`internal_share_in_brackets`);
- a share stated again in the same words elsewhere, as a fraction and as a percentage ("Nearly one-quarter of
  ten-year-olds own a games console" and "23% of ten-year-olds own a games console"): support only
  (`internal_restated_share`);
- a change restated after "or" with no comma, in another unit ("an annual increase in employment of 3pc or 51,300 ...,
  bringing total employment to 1,762,400"): the second figure is a change too (`direction.restated_change`), so the
  percentage is checked against the amount and the level;
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import checked_reader, claims_reader

claims_of = claims_reader(dt.date(2025, 1, 10))
_checked = checked_reader(dt.date(2025, 1, 10), claims_of)

POINTS = ("Education minister Lara Voss said on Thursday that the 2024 class improved the region's pass rate by "
          "{change} percentage points, from 61.2% in 2023 to 64.3%.")


def test_a_change_in_points_is_checked_against_the_two_percentages_after_it(nlp):
    text = POINTS.format(change="3.1")
    assert _checked(nlp, text)["3.1 percentage points"].verdict == "supported"


def test_a_change_in_points_the_two_percentages_after_it_disagree_with_is_contradicted(nlp):
    text = POINTS.format(change="3.8")
    assert _checked(nlp, text)["3.8 percentage points"].verdict == "contradicted"


SHARE = "The survey found the share of households that struggled to pay their bills {move} from 11% to 23% in four years."


def test_a_multiple_of_two_percentages_after_it_is_checked(nlp):
    assert _checked(nlp, SHARE.format(move="doubled"))["doubled"].verdict == "supported"
    assert _checked(nlp, SHARE.format(move="tripled"))["tripled"].verdict == "contradicted"


def test_a_multiple_whose_percentages_stand_past_other_figures_is_supported_never_contradicted(nlp):
    text = ("The study found a {move} in the number of families who had difficulty paying rent between the time the "
            "child was nine months and five years (from 12% to 25%).")
    assert _checked(nlp, text.format(move="doubling"))["doubling"].verdict == "supported"
    assert _checked(nlp, text.format(move="tripling"))["tripling"].verdict != "contradicted"


def test_a_fraction_restated_by_a_percentage_in_brackets_is_checked(nlp):
    text = "Roughly a third of the town's voters backed the plan ({share}).||Nearly nine out of 10 pupils walked to school (88%)."
    found = _checked(nlp, text.format(share="34%").replace("||", "\n\n"))
    assert found["Roughly a third"].verdict == "supported"
    assert found["Nearly nine out of 10"].verdict == "supported"
    found = _checked(nlp, text.format(share="44%").replace("||", "\n\n"))
    assert found["Roughly a third"].verdict == "contradicted"


def test_a_percentage_in_brackets_with_words_of_its_own_is_no_restated_fraction(nlp):
    text = "Roughly a third of the town's voters backed the plan (44% in 2021)."
    assert _checked(nlp, text)["Roughly a third"].verdict != "contradicted"


POLL = "The Civic Party is on 31%, just {gap} percentage points ahead of the Labour Party on 29%."


def test_a_gap_ahead_of_the_level_after_it_is_their_difference(nlp):
    assert _checked(nlp, POLL.format(gap="two"))["two percentage points"].verdict == "supported"
    assert _checked(nlp, POLL.format(gap="six"))["six percentage points"].verdict == "contradicted"


def test_a_gap_behind_the_level_after_it_is_their_difference(nlp):
    text = "Ardlow Rovers have 46 points, {gap} points behind the leaders Dunscar on 52."
    assert _checked(nlp, text.format(gap="six"))["six"].verdict == "supported"


BUDGET = ("Finance chief Ann Reid said the county's {total} budget comprises operating and capital spending at "
          "$29.3 million and $14.2 million, respectively.")


def test_parts_named_after_a_total_that_add_to_more_than_it_contradict_it(nlp):
    assert _checked(nlp, BUDGET.format(total="$42.3 million"))["$42.3 million"].verdict == "contradicted"
    assert _checked(nlp, BUDGET.format(total="$43.5 million"))["$43.5 million"].verdict == "supported"


def test_a_figure_set_against_a_part_is_no_part_of_the_total(nlp):
    text = "The county's $42.3 million budget includes $29.3 million for roads, up from $14.2 million last year."
    assert _checked(nlp, text)["$42.3 million"].verdict != "contradicted"


PRICES = ("The median sale price in Carrow County was $318,200 last month, down 1.4% from $322,700 in August but up "
          "{change} from $302,500 in September 2024.")


def test_the_second_of_two_changes_of_one_level_is_checked_against_its_own_base(nlp):
    published = dt.date(2025, 10, 20)
    found = _checked(nlp, PRICES.format(change="5.2%"), published)
    assert found["1.4%"].verdict == "supported"
    assert found["5.2%"].verdict == "supported"
    assert _checked(nlp, PRICES.format(change="9.2%"), published)["9.2%"].verdict != "contradicted"


def test_a_move_restated_after_or_takes_the_comparative_after_the_pair(nlp):
    text = "The Kelvar 50 index was trading 228 points or 0.43 per cent higher at 52,711.21 on Tuesday."
    found = _checked(nlp, text)
    assert (found["228 points"].direction, found["0.43 per cent"].direction) == ("up", "up")
    assert found["0.43 per cent"].verdict == "supported"
    text = "The Morrow index closed 41.2 points, or 0.8 per cent, lower at 5,108.4 points on Tuesday."
    found = _checked(nlp, text)
    assert (found["41.2 points"].direction, found["0.8 per cent"].direction) == ("down", "down")
    assert found["0.8 per cent"].verdict == "supported"


def test_a_share_restating_a_count_is_no_move(nlp):
    found = _checked(nlp, "The group cut 300 jobs, or 5% of its staff, as costs rose.")
    assert found["5%"].direction is None


CORRIDORS = ("By noon the number of patients waiting in corridors had fallen to 412, but 318 ({share}) had waited more "
             "than six hours.")


def test_a_percentage_in_brackets_after_a_count_is_that_count_over_the_larger_one_before_it(nlp):
    assert _checked(nlp, CORRIDORS.format(share="77%"), dt.date(2025, 3, 2))["77%"].verdict == "supported"


def test_a_percentage_in_brackets_read_by_position_never_contradicts(nlp):
    assert _checked(nlp, CORRIDORS.format(share="97%"), dt.date(2025, 3, 2))["97%"].verdict != "contradicted"


def test_a_fraction_right_before_its_bracketed_percentage_is_checked(nlp):
    found = _checked(nlp, "Roughly a third (44%) of the town's voters backed the plan.")
    assert found["Roughly a third"].verdict == "contradicted"


CONSOLES = ("Nearly one-quarter of ten-year-olds own a games console\n\nA new survey by the Carrow Institute found that "
            "{share} of ten-year-olds own a games console.")


def test_a_headline_fraction_restated_in_the_same_words_as_a_percentage_is_supported(nlp):
    found = _checked(nlp, CONSOLES.format(share="23%"), dt.date(2025, 6, 1))
    assert found["Nearly one-quarter"].verdict == "supported"


def test_a_share_restated_in_the_same_words_never_contradicts(nlp):
    found = _checked(nlp, CONSOLES.format(share="41%"), dt.date(2025, 6, 1))
    assert found["Nearly one-quarter"].verdict != "contradicted"


def test_a_change_restated_after_or_without_a_comma_in_another_unit_is_a_change(nlp):
    text = ("There was an annual increase in employment of 3pc or 51,300 in the year to the third quarter of 2024, "
            "bringing total employment to 1,762,400.")
    found = _checked(nlp, text, dt.date(2024, 11, 20))
    assert found["51,300"].direction == "up"
    assert found["3pc"].verdict == "supported"


def test_two_guesses_at_one_figure_are_no_restatement(nlp):
    found = _checked(nlp, "Analysts said prices rose 12 or 13 per cent.", dt.date(2024, 11, 20))
    assert all(claim.kind != "change" or claim.value > 10 for claim in found.values())
