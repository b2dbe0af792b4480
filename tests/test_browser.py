"""End to end in Debian's Chromium, driven by Playwright, against the real `claimx review` command:
load an article, see the contradicted claim highlighted, record decisions with the keyboard and
a button, find them after a reload and after a server restart."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures_store import hostile, northwind

from claimx.review.templating import article_url

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser_page() -> Iterator[tuple[object, list[str]]]:
    """A Chromium page, and the list its console errors and JavaScript dialogs are logged to."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))

        def on_dialog(dialog) -> None:
            problems.append(f"dialog: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        yield page, problems
        browser.close()


def test_browser_decision_survives_reload_and_restart(sample_db, review_server, browser_page):
    from playwright.sync_api import expect

    page, problems = browser_page
    article, claims, _ = northwind()
    with review_server(sample_db) as url:
        page.goto(url + "/")
        page.get_by_role("link", name=article.title).click()
        expect(page).to_have_url(re.compile(re.escape(article_url(article.id)) + "$"))

        mark = page.locator("article.text a.hl.v-contradicted")
        expect(mark).to_have_count(1)
        expect(mark).to_have_text("$41.2 billion")
        assert mark.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(253, 236, 234)"
        expect(page.locator("#keys")).to_contain_text("confirm")

        # The panel's tabs filter the claim list; j steps through the claims the tab shows.
        page.locator('label[for="show-supported"]').click()
        expect(page.locator("li.claim:visible")).to_have_count(2)
        page.keyboard.press("j")
        expect(page.locator("li#c1")).to_have_class(re.compile(r"\bcurrent\b"))

        # Selecting a hidden claim (its highlight) shows them all again; r rejects it.
        mark.click()
        expect(page.locator("#show-all")).to_be_checked()
        expect(page.locator("li.claim:visible")).to_have_count(len(claims))
        expect(page.locator("li#c0")).to_have_class(re.compile(r"\bcurrent\b"))
        expect(mark).to_have_class(re.compile(r"\bcurrent\b"))
        page.locator("li#c0 details.evidence summary").click()
        expect(page.locator("li#c0 table.refs")).to_be_visible()
        expect(page.locator("li#c0 table.refs")).to_contain_text("38.9 billion USD")
        with page.expect_navigation():
            page.keyboard.press("r")
        expect(page.locator("li#c0 .decision-label")).to_have_text("Verdict rejected")
        expect(page.locator("li#c0")).to_have_class(re.compile(r"\bcurrent\b"))

        # A button works as well as a key.
        with page.expect_navigation():
            page.locator("li#c1 button.confirm").click()
        page.reload()
        expect(page.locator("li#c0 .decision-label")).to_have_text("Verdict rejected")
        expect(page.locator("li#c1 .decision-label")).to_have_text("Verdict confirmed")

        page.goto(url + "/")
        expect(page.locator("#decision-count")).to_have_text("2")

        # The hostile article runs none of its markup.
        page.goto(url + article_url(hostile()[0].id))
        expect(page.locator("article.text")).to_contain_text("<script>alert(1)</script>")
        expect(page.locator("h1")).to_have_text("<script>alert('title')</script>")

    with review_server(sample_db) as url:
        page.goto(url + article_url(article.id))
        expect(page.locator("li#c0 .decision-label")).to_have_text("Verdict rejected")
        expect(page.locator("li#c1 .decision-label")).to_have_text("Verdict confirmed")
        expect(page.locator("li#c0 .decision")).to_contain_text("by ")
        # After the restart the page's token is the new server's: deciding still works.
        page.locator("article.text a.hl.v-contradicted").click()
        with page.expect_navigation():
            page.keyboard.press("c")
        expect(page.locator("li#c0 .decision-label")).to_have_text("Verdict confirmed")
        expect(page.locator("li#c0 details.history summary")).to_have_text("Earlier decisions (1)")

    assert problems == []
    assert claims[0].verdict == "contradicted"
