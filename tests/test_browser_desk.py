"""A fact-checking desk's hour in Debian's Chromium, driven by Playwright, against the real
`claimx review` command: the list kept across decisions and into the next article, j/k over every
claim left to review, a correction typed then confirmed, a decision across a server restart, two
reviewers with names and the "decided since you loaded" warning, a double press, the comment cap,
the skip link and the shortcuts switch.

Screenshots at 1440 and 768 px go to $CLAIMX_SCREENS when it is set."""
from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import running_review
from fixtures_store import northwind
from test_browser import CHROMIUM, CHROMIUM_ARGS

from claimx.review.templating import article_url
from claimx.store import ClaimStore

pytestmark = pytest.mark.browser

ARTICLE, CLAIMS, _ = northwind()
NORTHWIND = article_url(ARTICLE.id)


@pytest.fixture
def chromium() -> Iterator[object]:
    """A Chromium browser; each test opens its own contexts (one per reviewer)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, problems: list[str], width: int = 1280, height: int = 900):
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    # A decision held back comes back as its page with a 400, 403 or 409 status, which Chromium
    # logs; anything else on the console is a problem.
    expected = re.compile(r"^Failed to load resource: the server responded with a status of (400|403|409) ")
    page.on("console", lambda message: message.type == "error" and not expected.match(message.text)
            and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    return page


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def current(page) -> str:
    return page.evaluate("document.querySelector('li.claim.current')?.id || ''")


def decisions(db: Path) -> list[tuple[str, str, str]]:
    with ClaimStore(db, create=False) as store:
        return [(d.claim, d.decision, d.reviewer) for c in CLAIMS for d in store.decisions(c.id)]


def test_desk_flows(sample_db, chromium):
    from playwright.sync_api import expect

    problems: list[str] = []
    page = open_page(chromium, problems)
    with running_review(sample_db, args=("--reviewer", "Ana")) as url:
        # From a filtered overview into the article: the list and the tab come along.
        page.goto(url + "/?verdict=unverifiable")
        page.get_by_role("link", name=ARTICLE.title).click()
        expect(page).to_have_title(f"{ARTICLE.title} · claimx review")
        expect(page.locator("#show-unverifiable")).to_be_checked()
        expect(page.locator("a.back")).to_have_attribute("href", "/?verdict=unverifiable")

        page.goto(url + NORTHWIND)
        # j visits every claim left to review, in text order, not only the contradicted one.
        visited = []
        for _ in range(len(CLAIMS)):
            page.keyboard.press("j")
            visited.append(current(page))
        assert visited == ["c0", "c1", "c2", "c3", "c4"]
        page.keyboard.press("k")
        assert current(page) == "c3"

        # "To review" stays the tab after a decision; the decided claim leaves the list and the
        # next one to review becomes current.
        page.locator('label[for="show-open"]').click()
        page.keyboard.press("j")
        assert current(page) == "c4"
        page.keyboard.press("k")
        page.keyboard.press("k")
        assert current(page) == "c2"
        with page.expect_navigation():
            page.keyboard.press("c")
        expect(page.locator("#show-open")).to_be_checked()
        expect(page).to_have_url(re.compile(r"\?show=open#c3$"))
        expect(page.locator("li#c2")).to_be_hidden()
        assert current(page) == "c3"
        expect(page.locator("li.claim:visible")).to_have_count(len(CLAIMS) - 1)
        # j now skips the decided claim.
        page.keyboard.press("k")
        assert current(page) == "c1"
        page.keyboard.press("j")
        assert current(page) == "c3"

        # A double (triple) press records one decision.
        page.locator('label[for="show-all"]').click()
        page.locator("li#c4").click(position={"x": 5, "y": 5})
        with page.expect_navigation():
            page.keyboard.press("c")
            page.keyboard.press("c")
            page.keyboard.press("c")
        assert [d for d in decisions(sample_db) if d[0] == CLAIMS[4].id] == [(CLAIMS[4].id, "confirm", "Ana")]

        # e opens the evidence of the last claim into view, the sentence first.
        page.keyboard.press("k")
        page.keyboard.press("e")
        lead = page.locator(f"li#{current(page)} details.evidence p.lead")
        expect(lead).to_be_in_viewport()

        # A correction typed, then Confirm pressed by mistake: the typing is kept, then saved.
        item = page.locator("li#c0")
        item.locator("details.more summary").click()
        item.locator('input[name="corrected_value"]').fill("38.9e9")
        item.locator("textarea[name=comment]").fill("The 10-K gives 38.9")
        with page.expect_navigation():
            item.locator("button.confirm").click()
        expect(item.locator(".notice")).to_contain_text("Save correction")
        expect(item.locator('input[name="corrected_value"]')).to_have_value("38.9e9")
        expect(item.locator("textarea[name=comment]")).to_have_value("The 10-K gives 38.9")
        with page.expect_navigation():
            item.locator("button.correct").click()
        expect(item.locator(".decision-label")).to_have_text("Value corrected to 38.9 billion USD")
        expect(item.locator(".decision q")).to_have_text("The 10-K gives 38.9")

        # The comment cap holds even when the browser's maxlength is bypassed.
        expect(page.locator("li#c1 textarea[name=comment]")).to_have_attribute("maxlength", "2000")
        page.evaluate("document.querySelector('li#c1 textarea').removeAttribute('maxlength')")
        page.locator("li#c1 details.more summary").click()
        page.locator("li#c1 textarea[name=comment]").fill("x" * 5000)
        with page.expect_navigation():
            page.locator("li#c1 button.reject").click()
        expect(page.locator("li#c1 .notice")).to_contain_text("the limit is 2,000")
        expect(page.locator("li#c1 textarea[name=comment]")).to_have_value("x" * 5000)

        # Next article: the link, then the n key, keep the list.
        page.goto(url + "/?sort=newest")
        page.get_by_role("link", name=ARTICLE.title).click()
        expect(page.locator("nav.crumbs .where")).to_have_text("Article 1 of 3")
        with page.expect_navigation():
            page.locator('nav.crumbs a[rel="next"]').click()
        expect(page.locator("h1")).to_have_text("Contoso Energy expands")
        expect(page).to_have_url(re.compile(r"\?sort=newest$"))
        with page.expect_navigation():
            page.keyboard.press("n")
        expect(page.locator("nav.crumbs .where")).to_have_text("Article 3 of 3")

        # Single-key shortcuts can be turned off, and stay off.
        page.goto(url + NORTHWIND)
        page.locator("#keys-on").uncheck()
        page.keyboard.press("j")
        assert current(page) == ""
        page.reload()
        expect(page.locator("#keys-on")).not_to_be_checked()
        page.locator("#keys-on").check()

        # The skip link is the first Tab stop and lands on the first claim left to review.
        page.goto(url + NORTHWIND)
        page.keyboard.press("Tab")
        expect(page.locator("a.skip")).to_be_focused()
        expect(page.locator("a.skip")).to_be_in_viewport()
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"#c1$"))
    assert problems == []


def test_desk_decision_after_a_restart_keeps_the_typing(sample_db, chromium):
    from playwright.sync_api import expect

    problems: list[str] = []
    page = open_page(chromium, problems)
    port = free_port()
    with running_review(sample_db, port=port) as url:
        page.goto(url + NORTHWIND)
        item = page.locator("li#c0")
        item.locator("details.more summary").click()
        item.locator("textarea[name=comment]").fill("Figure is FY2024's")
    with running_review(sample_db, port=port):
        with page.expect_navigation():
            item.locator("button.reject").click()
        expect(item.locator(".notice")).to_contain_text("restarted")
        expect(item.locator("textarea[name=comment]")).to_have_value("Figure is FY2024's")
        assert decisions(sample_db) == []
        with page.expect_navigation():
            item.locator("button.reject").click()
        expect(item.locator(".decision-label")).to_have_text("Verdict rejected")
        expect(item.locator(".decision q")).to_have_text("Figure is FY2024's")
    assert problems == []


def test_desk_two_reviewers(sample_db, chromium):
    from playwright.sync_api import expect

    problems: list[str] = []
    ana, ben = open_page(chromium, problems), open_page(chromium, problems)
    with running_review(sample_db, args=("--reviewer", "Ana")) as url:
        ana.goto(url + NORTHWIND)
        expect(ana.locator('form.who input[name="name"]')).to_have_value("Ana")
        ben.goto(url + NORTHWIND)
        ben.locator('form.who input[name="name"]').fill("Ben")
        with ben.expect_navigation():
            ben.locator("form.who button").click()
        expect(ben.locator('form.who input[name="name"]')).to_have_value("Ben")

        # Both have the article open; Ana confirms the contradicted claim first.
        with ana.expect_navigation():
            ana.locator("li#c0 button.confirm").click()
        expect(ana.locator("li#c0 .decision")).to_contain_text("by Ana")

        # Ben's page, loaded before, announces Ana's decision on its own (checked every 20 s).
        ben.evaluate("window.claimxCheckDecisions()")
        expect(ben.locator("li#c0 .notice.live")).to_contain_text("Ana recorded “Verdict confirmed” at ")

        # Had he missed it, his reject is held back with a warning naming Ana.
        ben.locator("li#c0 details.more summary").click()
        ben.locator("li#c0 textarea[name=comment]").fill("I read 38.9 in the 10-K")
        with ben.expect_navigation():
            ben.locator("li#c0 button.reject").click()
        notice = ben.locator("li#c0 .notice")
        expect(notice).to_contain_text("Ana recorded “Verdict confirmed” on this claim")
        expect(ben.locator("li#c0 .decision")).to_contain_text("by Ana")
        expect(ben.locator("li#c0 textarea[name=comment]")).to_have_value("I read 38.9 in the 10-K")
        assert decisions(sample_db) == [(CLAIMS[0].id, "confirm", "Ana")]
        with ben.expect_navigation():
            ben.locator("li#c0 button.reject").click()
        expect(ben.locator("li#c0 .decision")).to_contain_text("by Ben")
        expect(ben.locator("li#c0 details.history")).to_contain_text("by Ana")
        ana.reload()
        expect(ana.locator("li#c0 .decision")).to_contain_text("by Ben")
    assert decisions(sample_db) == [(CLAIMS[0].id, "confirm", "Ana"), (CLAIMS[0].id, "reject", "Ben")]
    assert problems == []


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("CLAIMX_SCREENS"), reason="set CLAIMX_SCREENS to a folder for screenshots")
def test_desk_screenshots(sample_db, tmp_path, chromium):
    from fixtures_archive import build_archive

    folder = Path(os.environ["CLAIMX_SCREENS"])
    folder.mkdir(parents=True, exist_ok=True)
    archive = build_archive(tmp_path / "archive.db", articles=300)
    problems: list[str] = []
    for width in (1440, 768):
        page = open_page(chromium, problems, width=width, height=1000)
        with running_review(archive, args=("--reviewer", "Ana")) as url:
            page.goto(url + "/?verdict=contradicted&sort=open")
            page.screenshot(path=str(folder / f"overview-{width}.png"), full_page=False)
        with running_review(sample_db, args=("--reviewer", "Ana")) as url:
            page.goto(url + NORTHWIND)
            page.keyboard.press("j")
            page.keyboard.press("e")
            page.screenshot(path=str(folder / f"article-{width}.png"), full_page=False)
            page.locator("li#c0 details.more summary").click()
            page.locator("li#c0 input[name=corrected_value]").fill("38.9e9")
            with page.expect_navigation():
                page.locator("li#c0 button.confirm").click()
            page.screenshot(path=str(folder / f"article-notice-{width}.png"), full_page=False)
    assert problems == []
