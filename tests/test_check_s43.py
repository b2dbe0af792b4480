"""Session 43, the checker: three false contradictions of a change.

- a count whose metric the frame wrote as a change ("150 more officers than a year ago" -> "officers growth") is a
  change, judged by the growth rule, never against the pack's level of officers (check.cues.family);
- a change that names no measure is set against two levels of one measure only: not "to 24,480 offences" of one
  clause and "from 21,600" recorded crimes of another (check.internal.internal_change_of_stated_levels);
- such a change whose subject the frame took as the text's topic from before its sentence may be supported by the
  levels, never contradicted (check.internal._carried_subject);
- a multiple written after a change's old side ("16,225, up from 12,491 ... and around six times the 2,722") sets the
  level, not the old side, against its base (check.internal.internal_multiple; found on realtest18 after its end
  measurement, its one false alarm).
"""
from __future__ import annotations

from fixtures_check import DOWN, UP, article_claims, claim

from claimx.check.cues import family
from claimx.check.internal import internal_change_of_stated_levels, internal_multiple
from claimx.records import SubjectFrame


def test_a_count_read_as_a_change_is_judged_as_a_change() -> None:
    assert family(claim("150", 150.0, "count", metric="officers growth")) == "growth"
    assert family(claim("3,420", 3420.0, "count", metric="officers")) == "direct"


LEVELS = ("Offences in Harlow climbed to 24,480, followed by recorded crime in Harlow, which went from 21,600 in "
          "2024 to 23,100 in 2025. ")


def _levels(sentence: str, written: str, value: float, subject_frame: SubjectFrame | None = None):
    claims = article_claims(LEVELS + sentence,
                            ("24,480", 24480.0, "count", {"metric": "offences", "period": "2025", "subject": "Harlow"}),
                            ("21,600", 21600.0, "count", {"metric": "recorded crime", "period": "2024",
                                                          "subject": "Harlow"}),
                            ("23,100", 23100.0, "count", {"metric": "recorded crime", "period": "2025",
                                                          "subject": "Harlow"}),
                            (written, value, "percent", {"subject": "Harlow", "period": "2025", **UP}))
    if subject_frame is not None:
        claims[-1] = claims[-1].model_copy(update={"frame": claims[-1].frame.model_copy(update={
            "subject": subject_frame})})
    return claims


def test_a_change_is_set_against_two_levels_of_one_measure() -> None:
    # 24,480 / 21,600 - 1 = 13.3% would "support" 13%; the recorded crime's own levels give 6.9%
    claims = _levels("It is up by 13% in a single year.", "13%", 13.0)
    found = internal_change_of_stated_levels(claims[-1], claims)
    assert found is not None and found.verdict == "contradicted"
    assert found.evidence.computation.startswith("(23,100 / 21,600 - 1)")


def test_a_change_whose_subject_was_carried_is_never_contradicted_by_levels() -> None:
    carried = SubjectFrame(text="Harlow", start=14, end=20, reason="topic")
    claims = _levels("It is up by 13% in a single year.", "13%", 13.0, carried)
    assert internal_change_of_stated_levels(claims[-1], claims) is None
    claims = _levels("It is up by 7% in a single year.", "7%", 7.0, carried)
    found = internal_change_of_stated_levels(claims[-1], claims)
    assert found is not None and found.verdict == "supported"


def test_a_multiple_after_a_change_compares_the_level_not_the_old_side() -> None:
    # "16,225 ..., up from 12,491 at the end of September and around six times the 2,722 ... in April": 16,225 / 2,722
    article = ("A total of 18,410 patients were waiting more than a year, up from 14,200 at the end of June and around "
               "six times the 3,090 patients who were waiting that long in January.")
    claims = article_claims(article, ("18,410", 18410.0, "count", {"metric": "patients"}),
                            ("14,200", 14200.0, "count", {"metric": "patients"}),
                            ("around six times", 6.0, "ratio", {"kind": "multiple", "metric": "patients",
                                                                "qualifier": "approximate"}),
                            ("3,090", 3090.0, "count", {"metric": "patients"}))
    found = internal_multiple(claims[2], claims)
    assert found is not None and found.verdict == "supported"
    assert found.evidence.computation.startswith("18,410 / 3,090")
