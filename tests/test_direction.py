"""claimx.components.direction on parsed sentences: sentence, the figure as written, its direction."""
from __future__ import annotations

import pytest

from claimx.components.direction import change_direction, lemmas

UP, DOWN = "up", "down"

ROWS = [
    # figures listed after a level reached ("to") are levels too, however the parser hangs the later ones
    ("Capital spending during the half stood at Ksh. 18.4 billion with 4G, 3G, & 2G growing to 93.2%, 95.1% and 97.8% "
     "respectively.", "95.1%", None),
    ("Investment in the year stood at KSh 9.3 billion with 4G, 3G and 2G growing to 90.5%, 94.2% and 96.1% respectively.",
     "96.1%", None),
    ("Coverage in the three regions rose to 41%, 52% and 60% from 38%, 47% and 55%.", "52%", None),
    ("Coverage in the three regions rose to 41%, 52% and 60% from 38%, 47% and 55%.", "47%", None),
    ("Revenue rose to $4.1 billion, 12% more than a year earlier.", "12%", UP),  # no list: the change stays
    # phrasal verbs of totting up: what was reached, not a change
    ("The striker notched up 19 goals for the club.", "19", None),
    ("She clocked up 40 appearances last season.", "40", None),
    # change nouns of wire economics copy
    ("Household fuels saw a 4.4% pullback in May.", "4.4%", "down"),
    ("Sales got a 2% bump from the holiday.", "2%", "up"),
    ("Hiring showed a 0.3% pickup in April.", "0.3%", "up"),
    # verbs, any inflection of a listed base form
    ("Shares of the airline rallied 12% on Tuesday.", "12%", UP),
    ("The stock plummeted 40% after the report.", "40%", DOWN),
    ("Copper prices soared 8% last month.", "8%", UP),
    ("The index was advancing 1.5% by midday.", "1.5%", UP),
    ("Retail sales slipped 0.4% in March.", "0.4%", DOWN),
    ("The company shed 3% in early trade.", "3%", DOWN),
    ("The firm shed 1,200 jobs this year.", "1,200", DOWN),
    ("The bank cut 4,000 jobs.", "4,000", DOWN),
    ("Employers added 250,000 jobs in May.", "250,000", UP),
    ("Revenue rose 12% to $19 million.", "12%", UP),
    ("Revenue rose 12% to $19 million.", "$19 million", None),
    ("Profit fell by $2.5 million.", "$2.5 million", DOWN),
    ("Exports jumped 9.1% from a year earlier.", "9.1%", UP),
    ("Home prices tumbled 7% over the year.", "7%", DOWN),
    ("The yen weakened 0.6% against the dollar.", "0.6%", DOWN),
    ("The currency strengthened 2% this week.", "2%", UP),
    ("Output contracted 1.1% in the quarter.", "1.1%", DOWN),
    ("Gold climbed 1.3% to $2,380 an ounce.", "1.3%", UP),
    ("Oil prices sank 4% on Friday.", "4%", DOWN),
    ("Orders grew 5.5% in June.", "5.5%", UP),
    ("Ridership declined 3.2% last year.", "3.2%", DOWN),
    ("The pound dipped 0.2% against the euro.", "0.2%", DOWN),
    ("Inflation eased 0.3 percentage points.", "0.3 percentage points", DOWN),
    ("The central bank raised rates by 25 basis points.", "25 basis points", UP),
    ("The Fed lowered rates by 50 basis points.", "50 basis points", DOWN),
    ("Sales skyrocketed 300% during the lockdown.", "300%", UP),
    ("Bitcoin crashed 15% overnight.", "15%", DOWN),
    ("The euro slumped 1.2% against the dollar.", "1.2%", DOWN),
    ("Margins improved 2 percentage points.", "2 percentage points", UP),
    ("Costs were trimmed by $40 million.", "$40 million", DOWN),
    ("The budget was slashed by 20%.", "20%", DOWN),
    ("Spending was boosted by $3 billion.", "$3 billion", UP),
    ("The shares rebounded 6% on Thursday.", "6%", UP),
    ("Demand dwindled 10% in the period.", "10%", DOWN),
    ("Wages accelerated 4.2% in the year.", "4.2%", UP),
    # phrasal verbs and particles
    ("The index clawed back 2% in the afternoon.", "2%", UP),
    ("Growth was revised upward by 0.3 percentage points.", "0.3 percentage points", UP),
    ("The forecast was revised down by 0.5 percentage points.", "0.5 percentage points", DOWN),
    ("Shares closed 1.2% higher.", "1.2%", UP),
    ("Turnout was 12 percent lower than in 2019.", "12 percent", DOWN),
    ("Shares were up 5% in early trading.", "5%", UP),
    ("The index ended down 0.7% on the day.", "0.7%", DOWN),
    ("Sales were up 12% from a year earlier.", "12%", UP),
    ("The defence gave up 517 yards on Saturday.", "517 yards", None),
    ("The firm scaled back spending by $1 billion.", "$1 billion", DOWN),
    ("Prices ticked up 0.1% in May.", "0.1%", UP),
    ("Bond yields edged lower by 3 basis points.", "3 basis points", DOWN),
    # nouns
    ("It reported a 12% increase in sales.", "12%", UP),
    ("The board approved a $2.5 million cut to the budget.", "$2.5 million", DOWN),
    ("There was an increase of 12% in arrests.", "12%", UP),
    ("Analysts expect a decline of 3% in output.", "3%", DOWN),
    ("It was the biggest increase in 18 months.", "18 months", None),
    ("Staff won a 4% pay rise.", "4%", UP),
    ("The region saw a 7% drop in tourism.", "7%", DOWN),
    # signs
    ("The Dow +0.2% at the close.", "+0.2%", UP),
    ("The FTSE 100 -1.3% in early trade.", "-1.3%", DOWN),
    ("Brent crude −2.1% to settle at $80.", "−2.1%", DOWN),
    # multiples
    ("Profits doubled last year.", "doubled", UP),
    ("The deficit was halved in two years.", "halved", DOWN),
    ("The stock trades at 6.5 times earnings.", "6.5 times", None),
    ("Rents in London rose by an average of 8%.", "8%", UP),
    ("The company will lay off 10% of its workforce.", "10%", DOWN),
    ("Revenue edged up 1% to $20.1 billion.", "1%", UP),
    ("Revenue edged up 1% to $20.1 billion.", "$20.1 billion", None),
    ("The FTSE 100 closed up 0.5% at 7,650.", "0.5%", UP),
    ("Exports contracted by 3.4% year-on-year.", "3.4%", DOWN),
    ("Net income more than doubled to $1.1 billion.", "more than doubled", UP),
    ("Gross margin expanded 120 basis points to 45.3%.", "120 basis points", UP),
    ("Operating profit was down 8% at £412m.", "8%", DOWN),
    ("Sales declined for a third straight month, falling 2.1%.", "2.1%", DOWN),
    # levels and bounds
    ("Mortgage rates dropped below 6% for the first time since May.", "below 6%", None),
    ("Bitcoin rose above $70,000 for the first time.", "above $70,000", None),
    ("The central bank kept rates unchanged at 5.25%.", "5.25%", None),
    ("The number of visitors swelled to 2.1 million.", "2.1 million", None),
    ("The unemployment rate was 4.1% in May.", "4.1%", None),
    ("Sales reached $5 billion last year.", "$5 billion", None),
    ("The company raised $5.5m in seed funding.", "$5.5m", None),
    ("No more than 200 people may attend.", "No more than 200", None),
    ("As many as 5,000 jobs could go.", "As many as 5,000", None),
    ("The club has 45,000 members.", "45,000", None),
    ("Prices rose from $20 to $25.", "$25", None),
    ("Interest rates stand at 5.25%.", "5.25%", None),
    ("The company posted a loss of $12 million.", "$12 million", None),
    ("The tower is 300 metres tall.", "300 metres", None),
    ("Temperatures fell to minus 20 degrees.", "minus 20 degrees", None),
    # the present tense of statistics releases and factsheets: the parser reads "6% to £2.1 billion" as one range
    ("The Department of Health's budget rises 6% to £2.1 billion.", "6%", "up"),
    ("Spending rises 4.2% to £3 billion.", "4.2%", "up"),
    ("Spending rises 4.2% to £3 billion.", "£3 billion", None),
    ("The prison budget falls 3% to £840 million.", "3%", "down"),
    # a change verb the parser hung on the figure's noun ("with the former falling 1.2 percent")
    ("The two indexes declined, with the former falling 1.2 percent and the latter decreasing 8.4 percent.",
     "1.2 percent", DOWN),
    ("The two indexes declined, with the former falling 1.2 percent and the latter decreasing 8.4 percent.",
     "8.4 percent", DOWN),
    ("A revised 2.1% rate was published.", "2.1%", None),
    # a count "more than" or "fewer than" a base is a change; "60 more buses" counts extra buses
    ("The budget pays for 3,412 positions, 41 more than this year.", "41", "up"),
    ("The firm employed 38,400 people, 1,200 more than a year earlier.", "1,200", "up"),
    ("The county ran 212 buses, 9 fewer than in 2023.", "9", "down"),
    # a daily or weekly report's base: "yesterday", "the previous day", "a week earlier"
    ("There were 1,243 inpatients, which is 7 less than yesterday.", "7", "down"),
    ("Hospitals reported 312 admissions, 41 more than the previous day.", "41", "up"),
    ("There were 95 cases, 12 fewer than a week earlier.", "12", "down"),
    ("The city ordered 60 more buses for the new routes.", "60", None),
    ("He has scored 3 more than Smith.", "3", None),
    # a count more or fewer of what the clause is about is a change
    ("In the June quarter, 7,000 fewer people were unemployed.", "7,000", "down"),
    ("There were 450 more jobs in the sector.", "450", "up"),
    # the percentage that restates a move in index points, as market wraps write it
    ("The Hollin 200 climbed 31.40 points, or 0.9%, to 3,512.66.", "0.9%", UP),
    ("The Tarn composite is down 412.08 points, or 2.6%.", "2.6%", DOWN),
    ("The Hollin composite added 18.22 points, or 0.3%, to 6,180.51.", "18.22 points", UP),
    ("The Hollin composite added 18.22 points, or 0.3%, to 6,180.51.", "0.3%", UP),
    # a particle right before the figure in a headline or a clipped clause
    ("Airline Passenger Numbers Up 4.8 Pct In 2019", "4.8 Pct", UP),
    ("Brenfield posts record profit, sales down two per cent from a year ago", "two per cent", DOWN),
    ("He gave up 31 yards on the drive.", "31 yards", None),
    # a change noun before "in" what changed, then "of" the figure
    ("The council expects an increase in rents of $4.1 million next year.", "$4.1 million", UP),
    ("Analysts forecast a fall in output of 3% in the spring.", "3%", DOWN),
    # a figure set above or below a base is the difference from it; "above" a level before the figure is a bound
    ("The offer is about 35% above the $600 million valuation of last year.", "about 35%", UP),
    ("Claims are now about a third below their level a year earlier.", "about a third", DOWN),
    ("The crop is 2.4% above last season's harvest.", "2.4%", UP),
    ("Prices rose above $70 a barrel.", "above $70", None),
    ("Inflation was 3.1%, above the 2% target.", "3.1%", None),
    # a share of a change is no change itself
    ("Retail and construction contributed almost half this increase.", "almost half", None),
]


def figure(doc, written):
    for span in doc.spans["quantities"]:
        q = span._.quantity
        if doc.text[q["start"]:q["end"]] == written:
            return span, q
    raise AssertionError(f"{written!r} not read in {doc.text!r}: "
                         f"{[doc.text[s._.quantity['start']:s._.quantity['end']] for s in doc.spans['quantities']]}")


@pytest.mark.parametrize("sentence,written,expected", ROWS, ids=[f"{r[1]}|{r[0]}" for r in ROWS])
def test_direction_from_parse(nlp, sentence, written, expected):
    doc = nlp(sentence)
    span, q = figure(doc, written)
    assert change_direction(doc, span, q) == expected


@pytest.mark.parametrize("word,base", [("plummeted", "plummet"), ("rallied", "rally"), ("advancing", "advance"),
                                       ("slipped", "slip"), ("sheds", "shed"), ("eased", "ease"), ("rose", "rise")])
def test_direction_lemmas(word, base):
    from claimx.lexicon import load_lexicon

    assert base in lemmas(word, load_lexicon()["direction"]["irregular"])


def test_direction_without_parse(quantities_nlp):
    doc = quantities_nlp("Shares plummeted 40% on Monday, to $12.")
    spans = list(doc.spans["quantities"])
    assert [change_direction(doc, s, s._.quantity) for s in spans] == ["down", None]


THRESHOLDS = [
    ("Patients waiting more than 52 weeks rose to 3,480.", "more than 52 weeks", "3,480"),
    ("Researchers publishing 10 or more papers a year were excluded.", "10 or more", None),
    ("Waits of longer than 18 months fell sharply.", "longer than 18 months", None),
    ("Companies employing more than 500 people must report.", "more than 500", None),
    ("Patients who waited more than 12 hours numbered 1,200.", "more than 12 hours", "1,200"),
    # a "with" phrase that picks out a group of many
    ("Firms with more than 250 staff must publish their pay gap.", "more than 250", None),
    ("Those with scores below 3.5 had a 16% higher risk.", "below 3.5", "16%"),
    ("Households with incomes under $30,000 saw bills rise 12%.", "under $30,000", "12%"),
]


@pytest.mark.parametrize("sentence,threshold,figure_text", THRESHOLDS, ids=[t[0] for t in THRESHOLDS])
def test_thresholds_that_define_a_group_are_not_claims(nlp, sentence, threshold, figure_text):
    doc = nlp(sentence)
    span, q = figure(doc, threshold)
    assert not q["claim_like"], q
    if figure_text:
        assert figure(doc, figure_text)[1]["claim_like"]


@pytest.mark.parametrize("sentence,written", [
    ("Walmart, operating more than 4,600 stores, grew.", "more than 4,600"),
    ("The firm now has more than 500 employees.", "more than 500"),
    ("At least 34 people died in the floods.", "At least 34"),
    ("Dunmore, a town with more than 41,000 residents, voted.", "more than 41,000"),
    ("The firm ended the year with more than $2 billion in cash.", "more than $2 billion"),
    # a count in a phrase that describes the subject does not make the subject a counted group
    ("The Liberal party with 9 seats could only manage over seven per cent of the vote.", "over seven per cent"),
])
def test_bounded_figures_that_report_are_claims(nlp, sentence, written):
    doc = nlp(sentence)
    assert figure(doc, written)[1]["claim_like"]


def test_direction_share_in_apposition_to_a_level_is_no_change(nlp):
    doc = nlp("Debt service would rise to $48.2 million in 2027, about 7.2% of the general fund.")
    [share] = [s for s in doc.spans["quantities"] if "7.2%" in s.text]
    assert change_direction(doc, share, share._.quantity) is None


@pytest.mark.parametrize("sentence,expected", [
    ("In the region, Marsby had an annual rise of 4.2 per cent, Tolland 3.6 per cent, and Hewe 2.9 per cent.",
     ["up", "up", "up"]),
    ("Prices rose 2.8 per cent over the year and 0.3 per cent on the month.", ["up", "up"]),
    ("Imports fell 2.1% and exports 0.7% in the quarter.", ["down", "down"]),
    # the first change's "by" repeated before each gapped figure (since session 35)
    ("Burglary rose by 3 per cent, robbery by 1 per cent and theft by 5 per cent.", ["up", "up", "up"]),
    # a verb, another unit or a share "of" after the figure ends the gapped list
    ("Sales rose 5%, and 60% of them came from Asia.", ["up", None]),
    ("Turnover rose 4%, while the margin was 12%.", ["up", None]),
    ("Fares rose 3 points, and 40% of riders complained.", ["up", None]),
])
def test_gapped_list_carries_the_change(nlp, sentence, expected):
    """"a rise of 4.2 per cent, Tolland 3.6 per cent": the figures of a gapped list are changes the same way."""
    from claimx.pipeline import doc_claims
    from claimx.records import Article

    doc = nlp(sentence)
    assert [c.direction for c in doc_claims(doc, Article(id="t", text=sentence))] == expected
