"""Session 40, market indexes by their well-known names: a market close names the main world indexes every day, and
the small tagger cuts them or misreads them. Each sentence is made up (made-up companies, real index names); every
test fails on the code before the change it names.

- a name that ends in its count of shares ("the FTSE 100", "the ASX 200", "the Nifty 50", "the Nikkei 225") is the
  index whole, also when the tagger tags only its first word or reads the number as the subject (claims component,
  `_numbered_index`, and the sentence's entity candidates);
- an article the parser reads as a subject of its own beside a name ("The S&P 500 lost 1.1%", "The" a pronoun)
  is no subject: the name is (`_find_verb_subject`);
- a clause joined by "and" (or parsed as a preposition) whose subject is another name is that name's, not the
  entity's before it ("The Dow rose 1.2%, the broader S&P 500 added 0.9%", "The BSE
  Sensex rose 0.5%, and the NSE Nifty 50 gained 0.6%": `_holds_clause`);
- an index code the tagger takes for a place ("The KSE-100 has risen 18%", written "KSE-100 index" elsewhere) and
  an index named by a name before "index" ("the JSE all-share index") move an index's level, no share price nor
  the name itself (frame/metric.py `market_move`, `index_code`, `numbered_name`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 26))  # a Wednesday


def test_an_article_parsed_as_a_subject_yields_to_the_index_after_it(nlp):
    text = ("Wall Street slides as tech stocks retreat\n\nThe Dow Jones Industrial Average fell 310 points, or 0.8%, "
            "to 38,120 on Tuesday. The S&P 500 lost 1.1% and the Nasdaq Composite dropped 1.6%.\n\n"
            "Shares of Kelvane Systems fell 4.2%.\n")
    claims = claims_of(nlp, text)
    assert claims["1.1%"].subject == "S&P 500"
    assert claims["1.1%"].metric == "index level"
    assert claims["1.6%"].subject == "Nasdaq Composite"


@pytest.mark.parametrize("sentence,figure,index", [
    ("The FTSE 100 rose 0.4% to 8,215 points on Tuesday, while the FTSE 250 gained 0.7%.", "0.4%", "FTSE 100"),
    ("The FTSE 100 rose 0.4% to 8,215 points on Tuesday, while the FTSE 250 gained 0.7%.", "8,215 points", "FTSE 100"),
    ("The FTSE 100 rose 0.4% to 8,215 points on Tuesday, while the FTSE 250 gained 0.7%.", "0.7%", "FTSE 250"),
])
def test_a_tagged_index_keeps_the_count_that_ends_its_name(nlp, sentence, figure, index):
    text = f"London shares edge higher\n\n{sentence}\n\nCorrow Mining rose 3.1%.\n"
    assert claims_of(nlp, text)[figure].subject == index


def test_an_index_named_after_another_in_a_list_is_its_own(nlp):
    text = ("Asian markets mixed\n\nJapan's Nikkei 225 climbed 1.2% to 39,400 on Tuesday, while the Hang Seng fell "
            "0.9% and the ASX 200 added 0.3%.\n")
    claims = claims_of(nlp, text)
    assert claims["1.2%"].subject == "Nikkei 225"
    assert claims["0.3%"].subject == "ASX 200"


def test_an_index_whose_count_the_parser_reads_as_its_subject(nlp):
    text = ("Indian shares gain\n\nIn Mumbai the Sensex rose 412 points on Tuesday and the Nifty 50 gained 0.5%.\n")
    claims = claims_of(nlp, text)
    assert claims["0.5%"].subject == "Nifty 50"
    assert claims["412 points"].subject == "Sensex"


def test_a_clause_joined_by_and_belongs_to_its_own_index(nlp):
    text = ("Stocks in Mumbai gain\n\nThe BSE Sensex rose 412 points, or 0.5%, to 81,900 on Tuesday, and the NSE "
            "Nifty 50 gained 0.6% to 24,800.\n\nDravik Motors rose 3%.\n")
    claims = claims_of(nlp, text)
    assert claims["0.5%"].subject == "BSE Sensex"
    assert claims["0.6%"].subject == "NSE Nifty 50"
    assert claims["24,800"].subject == "NSE Nifty 50"


def test_an_index_count_read_as_the_subject_moves_an_index_level(nlp):
    text = ("Indian shares gain\n\nIn Mumbai the Sensex rose 412 points on Tuesday and the Nifty 50 gained 0.5%.\n")
    assert claims_of(nlp, text)["0.5%"].metric == "index level"


def test_an_index_code_tagged_as_a_place_moves_an_index_level(nlp):
    text = ("Karachi stocks close higher\n\nThe benchmark KSE-100 index gained 512 points, or 0.6%, to close at "
            "91,240 points on Tuesday.\n\nThe KSE-100 has risen 18% this year.\n")
    assert claims_of(nlp, text)["18%"].metric == "index level"


def test_an_index_named_before_index_moves_its_level(nlp):
    text = ("JSE firms as miners rally\n\nThe JSE all-share index rose 0.9% to 101,300 on Tuesday, while the rand "
            "firmed 0.3% against the dollar.\n")
    claims = claims_of(nlp, text)
    assert claims["0.9%"].metric == "index level"
    assert claims["101,300"].metric == "index level"


def test_an_index_in_a_clause_parsed_as_a_preposition_is_its_own(nlp):
    text = ("Wall Street rebounds\n\nStocks rallied on Tuesday. The Dow rose 1.2%, the broader S&P 500 added 0.9% and "
            "the tech-heavy Nasdaq gained 1.4%.\n")
    claims = claims_of(nlp, text)
    assert claims["1.2%"].subject == "Dow"
    assert claims["0.9%"].subject == "S&P 500"
    assert claims["1.4%"].subject == "Nasdaq"
