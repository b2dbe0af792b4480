"""A statistics release out before the month it reports ends (frame/article.build): a lead naming the month of
publication as a bare month of figures reports that month, not the month before that its lead gives the old side
in. Sentences are invented for these tests."""
import datetime as dt

from test_frame_s27 import claims_of

RELEASE = ("Valdoria inflation rises in September\n\n"
           "The inflation rate for the month of September rose to 5.2 percent from 4.1 percent recorded in August, "
           "the statistics bureau said.\n\n"
           "Rents were up 3.1 percent, while the average price of a 2-kilogram loaf reached 96 crowns.")


def test_a_release_out_late_in_the_month_reports_that_month(nlp):
    found = claims_of(nlp, RELEASE, dt.date(2025, 9, 27))
    assert found["5.2 percent"].period == "2025-09"
    assert found["3.1 percent"].period == "2025-09"
    assert found["96 crowns"].period == "2025-09"


def test_a_title_with_its_year_is_still_no_period_of_figures(nlp):
    # "Employment in Valdoria: October 2025", out in October, reports the rolling months its lead names
    text = ("Employment in Valdoria: October 2025\n\n"
            "The employment rate was 75.1% in the three months to August 2025, the statistics bureau said.\n\n"
            "Vacancies stood at 412,000.")
    assert claims_of(nlp, text, dt.date(2025, 10, 14))["412,000"].period == "2025-08"
