"""Session 55 (roundups: a story made of sections under their own headings is several stories): a wire round-up of
results, matches or funding rounds reports each section, under a short heading line naming its company, team or place,
on its own period and its own calendar, read from the section's own first sentences; nothing of the section above is
carried past a heading. Made-up text; a test of each change fails on the code before it, unless its docstring says it
is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

october = claims_reader(dt.date(2033, 10, 21))


RESULTS_ROUNDUP = ("Earnings: Quillon posts $3.1 billion profit on tablet sales\n\n"
                   "From wire reports\n\n"
                   "Quillon Corp. posted a 9 percent increase in quarterly revenue yesterday, after selling 14.6 million "
                   "tablets.\n\n"
                   "The company reported sales of $21.8 billion in its fiscal fourth quarter, ahead of Wall Street's "
                   "expectations.\n\n"
                   "Quillon earned $3.1 billion, or 84 cents per share, in the three months through Sept. 27.\n\n"
                   "Harbor Lending\n\n"
                   "Harbor Lending Group's net income grew 11 percent in the third quarter as card balances increased "
                   "from a year earlier.\n\n"
                   "Harbor's profit rose to $412 million, or $2.05 per share. That compares with net income of $371 "
                   "million, or $1.81 per share, a year earlier.\n\n"
                   "Revenue net of interest expense rose 4 percent to $1.96 billion.\n\n"
                   "Tamworth Bancorp\n\n"
                   "Ohio-based bank-holding company Tamworth Bancorp reported a rise in profit in the third quarter.\n\n"
                   "Profit rose to $41.2 million, or 27 cents a share.\n")


def test_a_roundups_section_reads_its_own_quarter_on_its_own_calendar(nlp):
    found = october(nlp, RESULTS_ROUNDUP)
    # the first section keeps its fiscal quarter
    assert found["$21.8 billion"].period == "Q4 FY2033"
    # the banks' sections name "the third quarter" of calendar years: no fiscal flag, no fourth quarter carried
    for text in ("11 percent", "$412 million", "$2.05", "4 percent", "$1.96 billion", "$41.2 million", "27 cents"):
        assert found[text].period == "Q3 2033", text
    for text in ("$371 million", "$1.81"):
        assert found[text].period == "Q3 2032", text


def test_a_page_without_named_headings_is_one_story(nlp):
    """Guard (passes on the code before): with no heading lines the first sentences' fiscal quarter still dates the
    later paragraphs, which name none of their own."""
    text = RESULTS_ROUNDUP.split("Harbor Lending\n\n")[0] + "Revenue net of interest expense rose 4 percent to $1.96 billion.\n"
    found = october(nlp, text)
    for key in ("$3.1 billion", "84 cents", "4 percent", "$1.96 billion"):
        assert found[key].period == "Q4 FY2033", key


BRIEFS_ROUNDUP = ("Earnings Reports for Oct. 21\n\n"
                  "Regional lender Dunmore Bancorp said today its third-quarter earnings rose 2.5 percent as loan volume "
                  "increased.\n\n"
                  "Dunmore Bancorp earned $318.4 million, or 47 cents a share, in the third quarter. That compares with "
                  "$310 million, or 45 cents a share, in the year-earlier period.\n\n"
                  "BACK TO TOP\n\n"
                  "Corbell Foods: Gains and a Warning\n\n"
                  "Corbell Foods said today its third-quarter earnings rose 12 percent on strong demand for its "
                  "breakfast cereals.\n\n"
                  "The company also said it expects full-year earnings per share growth of about 14 percent.\n\n"
                  "Shares of the cereal maker fell 6 percent in heavy trading.\n")


def test_a_heading_that_contains_another_companys_name_makes_it_the_sections_topic(nlp):
    found = october(nlp, BRIEFS_ROUNDUP)
    assert found["$318.4 million"].subject == "Dunmore Bancorp"
    # the section under "Corbell Foods: Gains and a Warning" is about Corbell Foods, not the bank the page leads with
    for text in ("12 percent", "about 14 percent", "6 percent"):
        assert found[text].subject == "Corbell Foods", text
