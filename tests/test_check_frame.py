"""The checker reads the claim's frame: its period decides what may contradict, its status keeps
forecasts, estimates and market figures away from reported ones, its offsets place a figure that is
written twice in one sentence."""
from __future__ import annotations

import datetime as dt

from fixtures_check import PACK, claim

from claimx.check import check_claims
from claimx.check.context import sentence_position
from claimx.records import Frame, PeriodFrame
from claimx.reference import load_pack

pack = load_pack(PACK)
PUBLISHED = dt.date(2025, 6, 15)
SENTENCE = "Halvorsen's revenue was $3.5 billion."


def framed(period: str | None, reason: str, status: str = "reported", **fields) -> object:
    frame = Frame(sentence_start=0, sentence_end=len(SENTENCE), status=status,
                  period=PeriodFrame(value=period, reason=reason))
    return claim("$3.5 billion", 3.5e9, subject="Halvorsen", metric="revenue", period=period, sentence=SENTENCE,
                 start=SENTENCE.index("$3.5 billion"), frame=frame, **fields)


def test_check_frame_written_period_contradicts():
    [checked] = check_claims([framed("FY2025", "in the sentence")], pack, published=PUBLISHED)
    assert checked.verdict == "contradicted"  # the pack: $2.7 billion for FY2025


def test_check_frame_period_carried_from_a_calendar_paragraph_may_not_contradict():
    [checked] = check_claims([framed("2025", "paragraph")], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


def test_check_frame_no_period_is_never_pinned():
    [checked] = check_claims([framed(None, "none")], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


def test_check_frame_estimates_and_market_figures_are_not_compared_with_reported_ones():
    for status in ("estimate", "market"):
        [checked] = check_claims([framed("FY2025", "in the sentence", status=status)], pack, published=PUBLISHED)
        assert checked.verdict == "unverifiable", status
        assert "not compared with reported figures" in checked.evidence.note


def test_check_frame_forecast_is_not_compared_with_an_ended_period():
    [checked] = check_claims([framed("FY2025", "in the sentence", status="forecast")], pack, published=PUBLISHED)
    assert checked.verdict == "unverifiable"
    assert checked.evidence.note == "a forecast is not compared with reported figures"


def test_check_frame_repeated_value_is_placed_by_offsets():
    sentence = "Rail revenue rose 20% to $1.08 billion and road revenue rose 20% to $1.62 billion."
    second = sentence.index("20%", sentence.index("road"))
    frame = Frame(sentence_start=100, sentence_end=100 + len(sentence))
    later = claim("20%", 20, "percent", sentence=sentence, start=100 + second, frame=frame, direction="up")
    assert sentence_position(later) == second
    frameless = claim("20%", 20, "percent", sentence=sentence, start=100 + second, direction="up", frame=None)
    assert sentence_position(frameless) == -1  # without offsets the figure is not guessed at


def test_check_frame_record_without_a_frame_may_be_supported_never_contradicted():
    """An older record or a hand-built claim has no frame: nothing says its period was written for the
    figure, so the pack may support it but never contradict it."""
    wrong = claim("$3.5 billion", 3.5e9, subject="Halvorsen", metric="revenue", period="FY2025", frame=None)
    right = claim("$2.7 billion", 2.7e9, subject="Halvorsen", metric="revenue", period="FY2025", frame=None)
    checked = check_claims([wrong, right], pack, published=PUBLISHED)
    assert [c.verdict for c in checked] == ["unverifiable", "supported"]
    framed_wrong = claim("$3.5 billion", 3.5e9, subject="Halvorsen", metric="revenue", period="FY2025")
    assert check_claims([framed_wrong], pack, published=PUBLISHED)[0].verdict == "contradicted"


def test_check_frame_a_fall_in_words_matches_a_signed_reference_change(tmp_path):
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("volume_change,percent,volume change|change in volumes|volume growth\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("brightwater,volume_change,FY2024,2024-01-01,2024-12-31,-3.2,percent,FICTIONAL\n")
    signed = load_pack(tmp_path / "pack")
    sentence = "Brightwater said volumes decreased 3.2% in 2024."
    for direction, verdict in (("down", "supported"), ("up", "contradicted")):
        c = claim("3.2%", 3.2, "percent", subject="Brightwater", metric="volume change", period="FY2024",
                  direction=direction, sentence=sentence, start=sentence.index("3.2%"))
        [checked] = check_claims([c], signed, published=PUBLISHED)
        assert checked.verdict == verdict, (direction, checked.evidence)


def test_check_frame_bare_quarter_takes_the_entitys_fiscal_calendar(tmp_path):
    from claimx.check.calendar import with_fiscal_calendar
    from claimx.reference.pack import PackEntity

    retailer = PackEntity("harwick", "Harwick Stores", fiscal_year_end="01-31")
    segment = PackEntity("harwick-us", "Harwick US", parent="harwick")
    calendar = PackEntity("brightwater", "Brightwater", fiscal_year_end="12-31")
    fake = type("Pack", (), {"entities": {e.id: e for e in (retailer, segment, calendar)},
                             "calendar": lambda self, entity: []})()  # no facts to show a year end
    published = dt.date(2025, 11, 25)
    for entity, kind, period, expected in [
        ("harwick", "bare_quarter", "Q3 2025", "Q3 FY2026"),       # "the third quarter"
        ("harwick-us", "bare_quarter", "Q3 2025", "Q3 FY2026"),    # a segment follows its company
        ("harwick", "years_ago", "Q3 2024", "Q3 FY2025"),          # "a year earlier"
        ("harwick", "quarter", "Q3 2025", "Q3 2025"),              # "the third quarter of 2025" stays
        ("brightwater", "bare_quarter", "Q3 2025", "Q3 2025"),     # a calendar year
        # a results story naming no year end: the pipeline's fiscal quarter of a year ending in December, which is
        # the calendar guess under another name (session 37); a label from a year end the text gave stays
        ("harwick", "bare_quarter", "Q3 FY2025", "Q3 FY2026"),
        ("harwick", "same_period_ago", "Q3 FY2024", "Q3 FY2025"),
        ("harwick", "bare_quarter", "Q3 FY2026", "Q3 FY2026"),
        ("harwick", "years_ago", "Q3 FY2025", "Q3 FY2025"),
    ]:
        frame = Frame(sentence_start=0, sentence_end=10, period=PeriodFrame(value=period, kind=kind, reason="article"))
        c = claim("$2 billion", 2e9, period=period, frame=frame)
        assert with_fiscal_calendar(c, fake, entity, published).period == expected, (entity, kind)


def test_check_frame_pack_fiscal_year_end_is_validated(tmp_path):
    import shutil

    from claimx.reference.loading import validate_pack

    shutil.copytree(PACK, tmp_path / "pack")
    entities = tmp_path / "pack" / "entities.csv"
    lines = entities.read_text(encoding="utf-8").splitlines()
    lines[0] += ",fiscal_year_end"
    lines[1] += ",13-31"
    lines[2:] = [line + "," for line in lines[2:]]
    entities.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = validate_pack(tmp_path / "pack")
    assert any("fiscal_year_end '13-31' is not MM-DD" in p for p in problems)


def test_check_frame_the_from_figure_of_a_plan_is_a_reported_figure():
    # "plans ... up from $X in fiscal 2025": the plan's status covers the sentence, but the "from" figure
    # is what was; it is compared with the pack like any reported figure.
    sentence = "Halvorsen plans revenue of $3.1 billion, up from {} in fiscal 2025."
    for written, value, verdict in (("$2.7 billion", 2.7e9, "supported"), ("$2.2 billion", 2.2e9, "contradicted")):
        text = sentence.format(written)
        frame = Frame(sentence_start=0, sentence_end=len(text), status="forecast",
                      period=PeriodFrame(value="FY2025", reason="after the figure"))
        c = claim(written, value, subject="Halvorsen", metric="revenue", period="FY2025", sentence=text,
                  start=text.index(written), frame=frame)
        [checked] = check_claims([c], pack, published=PUBLISHED)
        assert checked.verdict == verdict, checked.evidence


def test_check_frame_a_planned_change_may_grow_from_an_ended_period(tmp_path):
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("halvorsen,revenue,FY2026,2025-04-01,2026-03-31,2970000000,USD,FICTIONAL plan for 2026\n")
    planned = load_pack(tmp_path / "pack")
    sentence = "Halvorsen expects revenue to grow {} in fiscal 2026."
    for written, value, verdict in (("10%", 10.0, "supported"), ("25%", 25.0, "contradicted")):
        text = sentence.format(written)
        frame = Frame(sentence_start=0, sentence_end=len(text), status="forecast",
                      period=PeriodFrame(value="FY2026", reason="after the figure"))
        c = claim(written, value, "percent", subject="Halvorsen", metric="revenue", period="FY2026",
                  direction="up", sentence=text, start=text.index(written), frame=frame)
        [checked] = check_claims([c], planned, published=PUBLISHED)
        assert (checked.verdict, checked.evidence.rule) == (verdict, "growth"), checked.evidence
    # the same plan for a year already over at publication is not compared with what was reported
    frame = Frame(sentence_start=0, sentence_end=10, status="forecast",
                  period=PeriodFrame(value="FY2025", reason="after the figure"))
    c = claim("12.5%", 12.5, "percent", subject="Halvorsen", metric="revenue", period="FY2025", direction="up",
              frame=frame)
    [checked] = check_claims([c], planned, published=PUBLISHED)
    assert checked.verdict == "unverifiable"


def test_check_frame_a_statistics_releases_carried_rolling_year_is_pinned():
    # "recorded 8,200 burglaries in the year ending March 2025" in the lead: every figure of the release is for 2025-03,
    # as a results story's figures are for its fiscal year; a month carried from the article is not pinned
    from claimx.check.readings import period_pinned

    def carried_as(kind: str) -> object:
        frame = Frame(sentence_start=0, sentence_end=len(SENTENCE),
                      period=PeriodFrame(value="2025-03", kind=kind, reason="article"))
        return claim("$3.5 billion", 3.5e9, subject="Halvorsen", metric="revenue", period="2025-03",
                     sentence=SENTENCE, start=SENTENCE.index("$3.5 billion"), frame=frame)
    assert period_pinned(carried_as("year_to"))
    assert not period_pinned(carried_as("month"))
