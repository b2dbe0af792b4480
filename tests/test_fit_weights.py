"""Fitting the frame's weights to gold choices (`claimx eval --fit-weights`, claimx.fit_weights)."""
from __future__ import annotations

from claimx.fit_weights import Choice, fit, right, weights_json
from claimx.frame.scoring import load_weights, parse


def test_fit_weights_makes_the_separating_feature_win():
    """Two candidates scoring the same, the first gathered (wrong) winning the tie; only the right one has the
    lead feature, weighted 0: the fit gives the lead a positive weight, so the right one wins."""
    weights = load_weights()
    assert weights.of("subject")["lead"] == 0.0
    choice = Choice("subject", ({"organisation": 1.0}, {"organisation": 1.0, "lead": 1.0}), (False, True))
    assert right([choice], weights, "subject") == 0
    fitted = fit([choice], weights)
    assert fitted.of("subject")["lead"] > 0
    assert right([choice], fitted, "subject") == 1
    # nothing else moved, and the file it writes is one the loader accepts
    assert {k: v for k, v in fitted.of("subject").items() if k != "lead"} == \
        {k: v for k, v in weights.of("subject").items() if k != "lead"}
    assert fitted.of("period") == weights.of("period")
    assert parse(weights_json(fitted, "fitted"), "test").of("subject")["lead"] == fitted.of("subject")["lead"]


def test_fit_weights_keeps_vetoes_and_needs_a_gain():
    """A veto stays a veto even when lifting it would make a choice right, and a weight with nothing to gain stays."""
    weights = load_weights()
    choice = Choice("period", ({"in_sentence": 1.0}, {"in_sentence": 1.0, "after_figure": 1.0, "comparison_base": 1.0}),
                    (False, True))
    fitted = fit([choice], weights, sections=["period"])
    assert fitted.of("period")["comparison_base"] == weights.of("period")["comparison_base"]
    assert right([choice], fitted, "period") == 0
    assert fitted.of("period") == weights.of("period")


def test_fit_weights_none_chosen_counts_when_gold_has_no_period():
    """With a gold period of none, choosing no candidate is right: a lone candidate under the minimum."""
    weights = load_weights()
    choice = Choice("period", ({"future": 1.0},), (False,), none_agrees=True)
    assert right([choice], weights, "period") == 1


def test_fit_weights_leaves_out_choices_a_later_rule_decided():
    """A choice whose claim's final field a rule after the scorer set (decided_later) neither counts as right nor
    moves a weight: the same choice, not so marked, makes the fit lift the lead weight."""
    weights = load_weights()
    lead_wins = Choice("subject", ({"organisation": 1.0}, {"organisation": 1.0, "lead": 1.0}), (False, True))
    later = Choice("subject", lead_wins.features, lead_wins.agrees, decided_later=True)
    assert fit([lead_wins], weights).of("subject")["lead"] > 0
    assert fit([later], weights).of("subject") == weights.of("subject")
    none_right = Choice("period", ({"future": 1.0},), (False,), none_agrees=True)
    assert right([none_right], weights, "period") == 1
    assert right([Choice("period", none_right.features, none_right.agrees, none_agrees=True, decided_later=True)],
                 weights, "period") == 0
