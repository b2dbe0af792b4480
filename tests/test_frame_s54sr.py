"""Session 54 (sr): a body that publishes, records or reports a figure is its source, never its subject. A statistics
bureau, an industry council, a conservation fund publishing a report, or the police forces that record crime give
their figures to the place, the world or the market they measure: the country the body's own name names (by name,
adjective or short form), the world in a world story, the place the article leads with, or the market of
`commodity_markets` the headline names. Made-up text; each test fails on the session-start code unless its docstring
says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 5, 14))

BUREAU = ("April producer price report\n\n"
          "The Producer Price Index, a gauge of what factories charge for their goods, rose 0.6% for the month of "
          "April, bringing the 12-month rise to 4.2%, the U.S. Bureau of Trade Statistics reported on Tuesday.\n\n"
          "Steel costs increased 1.3% on a seasonally adjusted basis during April. The overall farm index rose 0.2% "
          "in April and is up 3.1% on an annual basis.\n")


def test_a_bureau_named_with_its_countrys_short_form_gives_its_figures_to_the_country(nlp):
    found = claims_of(nlp, BUREAU)
    for figure in ("0.6%", "4.2%", "1.3%", "3.1%"):
        assert found[figure].subject == "United States", figure


BUREAU_OWNED = ("Price report\n\n"
                "The U.S. Bureau of Trade Statistics' Producer Price Index increased 0.7% on a seasonally adjusted "
                "basis in April, following a 0.3% increase in March.\n")


def test_a_statistics_bodys_own_index_is_its_countrys(nlp):
    found = claims_of(nlp, BUREAU_OWNED)
    assert found["0.7%"].subject == "United States"


COUNCIL = ("Silver demand hits record $41bn in second quarter\n\n"
           "DEMAND for silver reached a record $41bn in the second quarter as refiners stocked up.\n\n"
           "The Argent Trade Council said in an update on Monday some 812 tons of silver were bought during the "
           "period. Coin demand worth 344 tons accounted for 42% of overall purchases during the quarter, the "
           "council said.\n\n"
           "Total silver supply reached a quarterly record of 830 tons, a four percent year-on-year increase.\n")


def test_an_industry_councils_figures_are_the_market_its_headline_names(nlp):
    found = claims_of(nlp, COUNCIL)
    for figure in ("some 812 tons", "344 tons", "42%", "830 tons"):
        assert found[figure].subject == "silver", figure


FUND = ("Seabirds cut by a third since 1980, says fund\n\n"
        "The decline in the world's seabird colonies is worse than was thought, a global conservation group says.\n\n"
        "There has been a 41 percent decline in numbers of seabirds from 1980 to 2020, the Northern Seabird Fund "
        "reports. The global fall was steepest among gulls, at 58 percent, the Fund says. The study examined data on "
        "around 4,200 colonies worldwide.\n")


def test_a_funds_report_gives_its_findings_to_the_world_it_measures(nlp):
    found = claims_of(nlp, FUND)
    assert found["41 percent"].subject == "world"
    assert found["58 percent"].subject == "world"


def test_guard_a_studys_own_sample_stays_the_bodys(nlp):
    """Guard (passes on both): what the study examined is the study's own work, not a finding about the world."""
    found = claims_of(nlp, FUND)
    assert found["around 4,200"].subject == "Northern Seabird Fund"


POLICE = ("Police recorded crime up six per cent\n\n"
          "POLICE-recorded crime has increased by almost a sixteenth, fuelled by rises in thefts.\n\n"
          "Official figures show police forces in Carvia and Norland registered 3.1 million offences in the year to "
          "March. The data, published by the national statistics office, showed a 9 per cent increase in robberies. "
          "Burglaries were up four per cent.\n")


def test_police_forces_that_record_crime_give_it_to_the_place(nlp):
    found = claims_of(nlp, POLICE)
    for figure in ("six per cent", "3.1 million", "9 per cent", "four per cent"):
        assert found[figure].subject == "Carvia and Norland", figure


TOWN_COUNCIL = ("Harlow council sets its budget\n\n"
                "Harlow Town Council said on Monday it will spend $41 million next year. The council said its "
                "reserves stood at $6 million.\n")


def test_guard_a_council_that_governs_keeps_its_own_money(nlp):
    """Guard (passes on both): a council that governs a place is no publisher of others' figures."""
    found = claims_of(nlp, TOWN_COUNCIL)
    assert found["$6 million"].subject != "world"
    assert found["$6 million"].subject is not None


ASSOCIATION = ("Home sales slip for a third month: association\n\n"
               "The Irish Property Sellers Association says home sales in May fell 2.4 per cent compared with April.\n\n"
               "The association says the actual number of sales last month was 4,115, down 11 per cent compared with "
               "May last year. The average sale price was 312,400 euros, up 3.1 per cent.\n")


def test_an_association_named_with_its_countrys_adjective_gives_its_figures_to_the_country(nlp):
    found = claims_of(nlp, ASSOCIATION)
    for figure in ("2.4 per cent", "4,115", "11 per cent", "3.1 per cent"):
        assert found[figure].subject == "Ireland", figure


PENSION_FUND = ("Norway wealth fund returns 8.2%\n\n"
                "The Norway Government Pension Fund said on Tuesday it returned 8.2% in the first half. The fund said "
                "it was worth 1.4 trillion crowns at the end of June. Equities returned 10.1% and bonds 2.3%, the fund "
                "said.\n")


def test_guard_a_fund_that_holds_money_keeps_its_own_returns(nlp):
    """Guard (passes on both): a fund named with a word of `holding_fund_words` is no publisher of others' figures,
    and a figure whose clause's subject is "it" is the body's own, whatever the body."""
    found = claims_of(nlp, PENSION_FUND)
    for figure in ("8.2%", "1.4 trillion crowns", "10.1%", "2.3%"):
        assert found[figure].subject == "Norway Government Pension Fund", figure


COUNCIL_OWN = ("Silver demand hits record $41bn in second quarter\n\n"
               "The Argent Trade Council said on Monday some 812 tons of silver were bought during the period. The "
               "council said it had spent $2.5 million on its own campaign.\n")


def test_guard_a_publishing_bodys_own_spending_stays_its_own(nlp):
    """Guard (passes on both): "it" as its clause's subject is the body itself, not the market it measures."""
    found = claims_of(nlp, COUNCIL_OWN)
    assert found["$2.5 million"].subject != "silver"
