"""Session 59 lead: the one reading of a period label's years, and of a period written in the figure's sentence."""
from __future__ import annotations

import pytest

from claimx.frame.period import PeriodChoice
from claimx.periods import label_years
from claimx.records import WRITTEN_REASONS, PeriodFrame


@pytest.mark.parametrize("label, years", [
    ("1995-2004", (1995, 2004)),
    ("Q3 FY2025", (2025, 2025)),
    ("2024-25", (2024, 2024)),
    ("2025-09", (2025, 2025)),
    ("FY2020-FY2026", (2020, 2026)),
    ("H1 2019", (2019, 2019)),
    (None, None),
    ("latest quarter", None),
    ("Q3 20251", None),  # five digits are no year
])
def test_label_years(label, years):
    assert label_years(label) == years


@pytest.mark.parametrize("reason", ["after the figure", "in the sentence", "paragraph", "article", "list", "none"])
def test_written_means_read_from_the_figures_sentence(reason):
    expected = reason in ("after the figure", "in the sentence")
    assert PeriodFrame(value="2025", reason=reason).written is expected
    assert PeriodChoice(None, "2025", None, reason).written is expected
    assert (reason in WRITTEN_REASONS) is expected
