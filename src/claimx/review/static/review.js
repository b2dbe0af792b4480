// claimx review: keyboard shortcuts on the article page, auto-submitting filters on the overview.
// j / k: next / previous claim left to review among those the panel shows (every shown claim when
// all are decided); c: confirm, r: reject, e: open or close the evidence of the current claim;
// n: next article of the list. Single-key shortcuts can be turned off (remembered per browser).
(function () {
  "use strict";

  const filters = document.querySelector("form.filters");
  if (filters) {
    filters.querySelectorAll("select").forEach((select) => {
      select.addEventListener("change", () => {
        const page = filters.querySelector('input[name="page"]');
        if (page) page.remove();
        filters.submit();
      });
    });
  }

  // A form sends once: a double press (or c pressed three times) records one decision.
  document.querySelectorAll("form.decide, form.who").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (form.dataset.sent === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "true";
      form.classList.add("sending");
    });
  });

  const claims = Array.from(document.querySelectorAll("li.claim"));
  const keysOn = document.getElementById("keys-on");
  if (keysOn) {
    keysOn.checked = localStorage.getItem("claimx-keys") !== "off";
    keysOn.addEventListener("change", () => localStorage.setItem("claimx-keys", keysOn.checked ? "on" : "off"));
  }
  const nextArticle = document.querySelector('nav.crumbs a[rel="next"]');
  if (!claims.length) {
    if (nextArticle) {
      document.addEventListener("keydown", (event) => {
        if (event.key === "n" && shortcutsAllowed(event)) nextArticle.click();
      });
    }
    return;
  }
  let current = null;

  // The panel's tab is part of the page's address and of every form's way back, so it survives
  // the reload that follows a decision.
  const showAll = document.getElementById("show-all");
  function setShow(value) {
    const url = new URL(location.href);
    if (value === "all") url.searchParams.delete("show");
    else url.searchParams.set("show", value);
    history.replaceState(null, "", url.pathname + url.search + url.hash);
    const here = url.pathname + url.search;
    document.querySelectorAll('form input[name="back"]').forEach((input) => { input.value = here; });
  }
  document.querySelectorAll('input[name="show"]').forEach((input) => {
    input.addEventListener("change", () => setShow(input.value));
  });

  function visible(claim) { return claim.offsetParent !== null; }

  function stops() {
    const shown = claims.filter(visible);
    const open = shown.filter((claim) => claim.dataset.open === "true");
    return open.length ? open : shown.length ? shown : claims;
  }

  function select(claim, scrollText) {
    if (!visible(claim) && showAll) {
      showAll.checked = true;
      setShow("all");
    }
    if (current) current.classList.remove("current");
    document.querySelectorAll(".hl.current").forEach((mark) => mark.classList.remove("current"));
    current = claim;
    claim.classList.add("current");
    const marks = document.querySelectorAll('.hl[data-claim="' + claim.id + '"]');
    marks.forEach((mark) => mark.classList.add("current"));
    claim.focus({ preventScroll: true });
    claim.scrollIntoView({ block: "nearest" });
    if (scrollText && marks.length) marks[0].scrollIntoView({ block: "center" });
    const url = new URL(location.href);
    url.hash = claim.id;
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }

  function step(direction) {
    const candidates = stops();
    const position = current ? claims.indexOf(current) : direction > 0 ? -1 : claims.length;
    const ahead = direction > 0
      ? candidates.find((claim) => claims.indexOf(claim) > position)
      : candidates.slice().reverse().find((claim) => claims.indexOf(claim) < position);
    const next = ahead || (direction > 0 ? candidates[0] : candidates[candidates.length - 1]);
    select(next, true);
  }

  function press(selector) {
    if (!current) return;
    const button = current.querySelector(selector);
    if (button) button.click();
  }

  function toggleEvidence() {
    if (!current) return;
    const details = current.querySelector("details.evidence");
    details.open = !details.open;
    // Opened near the bottom of the panel, the evidence scrolls into view.
    if (details.open) details.scrollIntoView({ block: "nearest" });
  }

  function shortcutsAllowed(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (keysOn && !keysOn.checked) return false;
    return !event.target.closest('input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable]');
  }

  document.addEventListener("keydown", (event) => {
    if (!shortcutsAllowed(event)) return;
    switch (event.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "c": press("button.confirm"); break;
      case "r": press("button.reject"); break;
      case "e": toggleEvidence(); break;
      case "n": if (nextArticle) nextArticle.click(); else return; break;
      default: return;
    }
    event.preventDefault();
  });

  // Enter in the value field would submit with the form's first button, "Confirm": save a typed
  // correction instead, and otherwise leave the choice to the buttons.
  document.querySelectorAll('form.decide input[name="corrected_value"]').forEach((input) => {
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      if (input.value.trim()) input.form.querySelector("button.correct").click();
    });
  });

  document.querySelectorAll(".hl").forEach((mark) => {
    mark.addEventListener("click", (event) => {
      const claim = document.getElementById(mark.dataset.claim);
      if (!claim) return;
      event.preventDefault();
      select(claim, false);
    });
  });
  claims.forEach((claim) => {
    claim.addEventListener("click", (event) => {
      if (event.target.closest("button, input, textarea, summary, a, details")) return;
      select(claim, true);
    });
    claim.querySelector("a.quote")?.addEventListener("click", (event) => {
      event.preventDefault();
      select(claim, true);
    });
  });

  // Decisions made elsewhere (another reviewer, another tab) since this page was loaded are
  // announced on their claims every 20 s, so nobody decides over them unknowingly.
  const panel = document.getElementById("claims");
  async function checkDecisions() {
    if (!panel || !panel.dataset.article) return;
    let answer;
    try {
      const response = await fetch("/api/decisions?article=" + encodeURIComponent(panel.dataset.article),
        { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) return;
      answer = await response.json();
    } catch (error) {
      return;  // the server is restarting: the next check will tell
    }
    claims.forEach((claim) => {
      const now = answer.claims[claim.dataset.claimId];
      if (!now || String(now.id) === claim.dataset.seen || claim.dataset.announced === String(now.id)) return;
      claim.dataset.announced = String(now.id);
      let note = claim.querySelector(".notice.live");
      if (!note) {
        note = document.createElement("p");
        note.className = "message notice n-conflict live";
        note.setAttribute("role", "status");
        claim.querySelector(".claim-head").after(note);
      }
      note.textContent = now.reviewer + " recorded “" + now.label + "” at " + now.at +
        ", after this page was loaded. Reload to see it; a decision sent from here will ask first.";
    });
  }
  window.claimxCheckDecisions = checkDecisions;
  setInterval(() => { if (document.visibilityState === "visible") checkDecisions(); }, 20000);

  // Back from a decision: the decided claim is current, unless the panel's tab now hides it (the
  // "To review" tab after a decision): then the next claim the tab shows is, and the tab stays.
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && claims.includes(target)) {
    if (visible(target)) {
      select(target, true);
    } else {
      const after = claims.slice(claims.indexOf(target)).find(visible) || claims.filter(visible).pop();
      if (after) select(after, true);
    }
  }
  // A decision that was not saved (a notice) brings its claim into view with the typing kept.
  const notice = document.querySelector("li.claim .notice");
  if (notice) select(notice.closest("li.claim"), true);
})();
