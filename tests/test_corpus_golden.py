"""Golden tests: each corpus article's claims against its gold file.

The corpus (corpus/articles, corpus/gold) was written for claimx, one article per beat, with
traps; corpus/holdout was written later without sight of the rules. Every corpus article stays at
recall >= 0.95 and precision >= 0.9; the frame (subject, metric, period) is held on both sets a few
points under the figures measured in docs/extraction.md, so a change that makes the frame worse
fails. FIRST_SESSION names the eight articles the first rules were developed on.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from claimx.evaluate import Score, evaluate, find_gold

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD = find_gold(CORPUS)
SEED = "amazon-walmart-revenue"
FIRST_SESSION = {"amazon-walmart-revenue", "calder-bay-budget-2026", "calder-bay-transit-ridership",
                 "skarbreen-glacier-retreat", "skerry-banks-wind-farm", "veltrana-fy2025-results",
                 "wexmoor-hospital-waits", "wexmoor-rovers-promotion"}
# field -> floor, on matched claims (measured at the end of session 17: corpus 0.833 / 0.849 / 0.696, holdout
# (20 articles) 0.727 / 0.814 / 0.572; end of session 18: 0.857 / 0.863 / 0.727 and 0.729 / 0.821 / 0.584;
# end of session 22: 0.885 / 0.870 / 0.781 and 0.741 / 0.833 / 0.597; session 23 added 6 corpus articles written
# blind to the rules, and ended at 0.842 / 0.859 / 0.760 on the 22 and 0.742 / 0.834 / 0.620; session 24 added 6
# more blind-written articles and ended at 0.829 / 0.856 / 0.714 on the 28 and 0.744 / 0.838 / 0.620; session 25
# ended at 0.830 / 0.856 / 0.748 and 0.744 / 0.838 / 0.625, session 26 at 0.831 / 0.856 / 0.763 and 0.743 / 0.838 / 0.629)
# session 28: 0.835 / 0.857 / 0.764 and 0.745 / 0.838 / 0.668; session 29: 0.835 / 0.857 / 0.764 and 0.745 / 0.838 / 0.671;
# session 58: 0.862 / 0.875 / 0.784 and 0.805 / 0.873 / 0.697 (floors raised to about two points under these)
FRAME_FLOORS = {"corpus": {"subject": 0.84, "metric": 0.85, "period": 0.76},
                "holdout": {"subject": 0.78, "metric": 0.85, "period": 0.67}}
# verdict accuracy floor, most false alarms, most missed contradictions (measured at the end of session 17:
# corpus 0.89 (602/677), 0, 9; holdout 0.93 (559/598), 1, 7 of 14 planted; loose readings no longer
# support (s17-check2): corpus 0.86 (581/677), 0, 9; holdout unchanged; sessions 18 to 20: see docs/extraction.md;
# end of session 22: corpus 0.926 (627/677), 0, 1; holdout 0.938 (561/598), 1, 7; end of session 23 with the 6
# blind-written corpus articles: corpus 0.907 (823/907), 0, 10; holdout 0.940 (562/598), 0, 7; end of session 24
# with 6 more: corpus 0.888 (998/1124), 0, 15; holdout 0.940 (562/598), 0, 7; end of session 26: corpus 0.895
# (1006/1124), 0, 15; holdout 0.940 (563/599), 0, 7; end of session 28: corpus 0.904 (1017/1125), 0, 14;
# holdout 0.940 (563/599), 0, 7; end of session 29: corpus 0.908 (1021/1125), 0, 14; holdout 0.940 (563/599), 0, 7;
# end of session 58: corpus 0.938 (1059/1129), 0, 8; holdout 0.952 (575/604), 0, 5)
VERDICT_FLOORS = {"corpus": (0.92, 0, 8), "holdout": (0.93, 0, 5)}


def _verdicts_hold(total: Score, name: str) -> None:
    floor, false_alarms, missed = VERDICT_FLOORS[name]
    assert total.verdict.rate >= floor, (name, total.verdict.rate)
    assert total.false_alarms <= false_alarms, (name, total.false_alarms)
    assert total.missed_contradictions <= missed, (name, total.missed_contradictions)


@pytest.fixture(scope="module")
def corpus_evaluation(nlp):
    return {e.gold.path.stem: e for e in evaluate(GOLD, nlp).articles}


# Articles written blind to the rules whose shapes the quantity rules do not read yet, each with its own floor
# (recall, precision) a few points under what was measured when it arrived (session 24): the trial's "9.4 mmHg"
# (a unit claimx does not know), an age given as "whose average age was 68" and "within 18 months"; the tennis
# final's "two hours and 41 minutes" (one duration), "5,840 points", a set score "at 5-5"
# and the rankings' numbers. Raise each back to the common floor as the rules learn them.
ARTICLE_FLOORS = {"trivane-stroke-trial": (0.9, 0.9), "valtorre-linmore-open": (0.85, 0.83)}


@pytest.mark.parametrize("stem", [g.path.stem for g in GOLD])
def test_corpus_golden_article(corpus_evaluation, stem):
    result = corpus_evaluation[stem]
    problems = [f"{p.kind}: {p.text} ({p.detail})" for p in result.problems if p.kind in ("missed", "extra")]
    recall, precision = ARTICLE_FLOORS.get(stem, (0.95, 0.9))
    assert result.score.recall >= recall, problems
    assert result.score.precision >= precision, problems


def test_corpus_golden_seed_values_exact(corpus_evaluation):
    score = corpus_evaluation[SEED].score
    assert score.recall == 1.0 and score.precision == 1.0
    for field in ("value", "unit", "qualifier", "bounds"):
        tally = score.fields[field]
        assert tally.right == tally.total == score.matched, field


def test_corpus_golden_overall(corpus_evaluation):
    total = Score()
    for result in corpus_evaluation.values():
        total.add(result.score)
    assert total.recall >= 0.97 and total.precision >= 0.95


def _field_accuracy(total: Score, field: str) -> float:
    tally = total.fields[field]
    return tally.right / tally.total


def test_corpus_golden_frame_fields(corpus_evaluation):
    total = Score()
    for result in corpus_evaluation.values():
        total.add(result.score)
    for field, floor in FRAME_FLOORS["corpus"].items():
        assert _field_accuracy(total, field) >= floor, field
    _verdicts_hold(total, "corpus")


def test_corpus_golden_holdout_generalises(nlp):
    total = Score()
    for result in evaluate(find_gold(CORPUS / "holdout"), nlp).articles:
        total.add(result.score)
    assert total.recall >= 0.9 and total.precision >= 0.88
    for field, floor in FRAME_FLOORS["holdout"].items():
        assert _field_accuracy(total, field) >= floor, field
    _verdicts_hold(total, "holdout")


DOCS = Path(__file__).resolve().parents[1] / "docs" / "extraction.md"


def _documented(label: str) -> dict[str, float]:
    """The subject/metric/period figures docs/extraction.md gives for the paragraph starting with `label`."""
    import re

    text = DOCS.read_text(encoding="utf-8")
    paragraph = text[text.index(label):].split("\n\n")[0]
    return {field: float(re.search(rf"\b{field}\s+(\d\.\d\d)", paragraph).group(1))
            for field in ("subject", "metric", "period")}


def test_corpus_golden_docs_give_the_measured_frame(corpus_evaluation, nlp):
    corpus = Score()
    for result in corpus_evaluation.values():
        corpus.add(result.score)
    holdout = Score()
    for result in evaluate(find_gold(CORPUS / "holdout"), nlp).articles:
        holdout.add(result.score)
    for label, total in (("`claimx eval corpus/` (28 articles", corpus), ("`corpus/holdout/` (20 articles", holdout)):
        for field, written in _documented(label).items():
            assert abs(_field_accuracy(total, field) - written) <= 0.02, (label, field)
