"""SEC companyfacts import: annual and quarterly figures, latest filing wins, fiscal-year labels, errors."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimx.check import check_claims
from claimx.errors import ReferencePackError
from claimx.reference import load_pack
from claimx.reference.sec import companyfacts_to_pack
from fixtures_check import claim

FIXTURE = Path(__file__).parent / "data" / "sec" / "companyfacts-northwind.json"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("northwind")
    assert companyfacts_to_pack(FIXTURE, folder) == (4, 12)
    return load_pack(folder)


def test_reference_sec_writes_the_company_and_its_metrics(pack) -> None:
    entity = pack.entities["northwind-traders"]
    assert (entity.name, entity.aliases, entity.kind) == ("Northwind Traders, Inc.",
                                                          ("Northwind Traders", "Northwind Traders Inc."), "company")
    assert {m.id: m.unit for m in pack.metrics.values()} == {
        "revenue": "USD", "net_income": "USD", "operating_income": "USD", "diluted_eps": "USD"}


@pytest.mark.parametrize("period,start,value,source", [
    ("FY2021", "2020-07-01", 800e6, "SEC 10-K filed 2021-08-20 accn 0001999999-21-000012"),  # older tag fills a gap
    ("FY2022", "2021-07-01", 900e6, "SEC 10-K filed 2023-08-21 accn 0001999999-23-000031"),  # preferred tag wins
    ("FY2023", "2022-07-01", 1010e6, "SEC 10-K filed 2024-08-19 accn 0001999999-24-000029"),  # restated later
    ("FY2024", "2023-07-01", 1150e6, "SEC 10-K filed 2024-08-19 accn 0001999999-24-000029"),
    ("Q1 FY2023", "2022-07-01", 240e6, "SEC 10-Q filed 2023-11-06 accn 0001999999-23-000044"),
    ("Q1 FY2024", "2023-07-01", 270e6, "SEC 10-Q filed 2023-11-06 accn 0001999999-23-000044"),
    ("Q2 FY2024", "2023-10-01", 300e6, "SEC 10-Q filed 2024-02-05 accn 0001999999-24-000007"),
])
def test_reference_sec_revenue_facts(pack, period: str, start: str, value: float, source: str) -> None:
    fact = next(f for f in pack.facts_for("northwind-traders", "revenue") if f.period == period)
    assert (fact.start.isoformat(), fact.value, fact.unit, fact.source) == (start, value, "USD", source)


def test_reference_sec_skips_year_to_date_spans_and_other_forms(pack) -> None:
    spans = {(f.start, f.end) for f in pack.facts_for("northwind-traders", "revenue")}
    assert (dt.date(2023, 7, 1), dt.date(2023, 12, 31)) not in spans  # six months to date
    assert len(pack.facts_for("northwind-traders", "revenue")) == 7


def test_reference_sec_eps_per_share_becomes_usd(pack) -> None:
    assert [(f.period, f.value) for f in pack.facts_for("northwind-traders", "diluted_eps")] == [
        ("FY2023", 2.0), ("FY2024", 2.5)]


def test_reference_sec_pack_checks_claims(pack) -> None:
    rose = claim("13.9%", 13.9, "percent", subject="Northwind Traders", metric="revenue growth", period="fiscal 2024",
                 direction="up")
    eps = claim("$2.50", 2.5, subject="Northwind", metric="diluted earnings per share", period="FY2024")
    checked = check_claims([rose, eps], pack, published=dt.date(2024, 9, 1))
    assert [c.verdict for c in checked] == ["supported", "supported"]
    assert checked[0].evidence.computation == "1.15e9 / 1.01e9 - 1 = +0.1386"


@pytest.mark.parametrize("content,problem", [
    ('{"cik": 1,', "not valid JSON (line 1 column 11: Expecting property name enclosed in double quotes)"),
    ('[1, 2]', "not an SEC companyfacts file (needs 'entityName' and a 'facts' object)"),
    ('{"entityName": "X", "facts": {"dei": {}}}', "no us-gaap facts"),
    ('{"entityName": "X", "facts": {"us-gaap": {"Revenues": {"units": {"USD": [{"end": "2024-01-01"}]}}}}}',
     "malformed fact in USD ('start')"),
    ('{"entityName": "X", "facts": {"us-gaap": {"Assets": {"units": {"USD": []}}}}}',
     "no annual or quarterly revenue, income or EPS facts in us-gaap"),
])
def test_reference_sec_malformed_input_is_one_line_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    source = tmp_path / "companyfacts.json"
    source.write_text(content)
    with pytest.raises(ReferencePackError) as raised:
        companyfacts_to_pack(source, tmp_path / "out")
    assert str(raised.value) == f"{source}: {problem}"
    assert not (tmp_path / "out").exists()


def test_reference_sec_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReferencePackError, match="no such file"):
        companyfacts_to_pack(tmp_path / "nope.json", tmp_path / "out")


def test_reference_sec_fixture_has_the_real_shape() -> None:
    data = json.loads(FIXTURE.read_text())
    record = data["facts"]["us-gaap"]["Revenues"]["units"]["USD"][0]
    assert set(data) == {"cik", "entityName", "facts"}
    assert set(record) >= {"start", "end", "val", "accn", "fy", "fp", "form", "filed"}
