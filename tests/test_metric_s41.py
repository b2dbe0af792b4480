"""Session 41: what a figure measures, in shapes of real market, statistics and budget copy. Made-up names and
figures; each test fails on the code before the change it names.

- a market index named by one word of `index_name_words` in capitals that the tagger calls a common noun or a
  nationality ("Sensex sheds 310 points") moves its level, not a measure named after it (metric.index_word_name);
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from claimx.frame.metric import index_word_name
from claimx.frame.words import load_words

claims_of = claims_reader(dt.date(2025, 7, 14))


def test_a_one_word_index_tagged_a_common_noun_moves_its_level(nlp):
    text = ("Sensex sheds 310 points, Nifty below 14,500\n\nSensex closed 310.40 points or 0.6 per cent lower at 48,210 "
            "and Nifty slumped 95.10 points or 0.5 per cent to 14,402.80 today.\n")
    claims = claims_of(nlp, text)
    assert claims["310 points"].metric == "index level"
    assert claims["310.40 points"].metric == "index level"


def test_a_word_of_the_index_list_written_lower_is_no_index_name(nlp):
    words = load_words()
    doc = nlp("Index rose 4% and the index of wages rose 2%. Nikkei rose 1%.")
    assert not index_word_name(doc[0], words)
    assert index_word_name(next(t for t in doc if t.text == "Nikkei"), words)
