// claimx review: keyboard shortcuts on the article page, auto-submitting filters on the overview.
// j / k: next / previous contradicted claim (every claim when none is contradicted);
// c: confirm, r: reject, e: open or close the evidence of the current claim.
(function () {
  "use strict";

  const filters = document.querySelector("form.filters");
  if (filters) {
    filters.querySelectorAll("select").forEach((select) => {
      select.addEventListener("change", () => filters.submit());
    });
  }

  const claims = Array.from(document.querySelectorAll("li.claim"));
  if (!claims.length) return;
  const flagged = claims.filter((claim) => claim.dataset.flagged === "true");
  const stops = flagged.length ? flagged : claims;
  let current = null;

  // The panel's "show" filter persists across the reloads that follow each decision.
  const showAll = document.getElementById("show-all");
  const saved = sessionStorage.getItem("claimx-show");
  const savedInput = saved && document.getElementById("show-" + saved);
  if (savedInput) savedInput.checked = true;
  document.querySelectorAll('input[name="show"]').forEach((input) => {
    input.addEventListener("change", () => sessionStorage.setItem("claimx-show", input.value));
  });

  function select(claim, scrollText) {
    if (claim.offsetParent === null && showAll) {
      showAll.checked = true;
      sessionStorage.setItem("claimx-show", "all");
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
    history.replaceState(null, "", "#" + claim.id);
  }

  function step(direction) {
    const position = current ? claims.indexOf(current) : direction > 0 ? -1 : claims.length;
    const ahead = direction > 0
      ? stops.find((claim) => claims.indexOf(claim) > position)
      : stops.slice().reverse().find((claim) => claims.indexOf(claim) < position);
    const next = ahead || (direction > 0 ? stops[0] : stops[stops.length - 1]);
    select(next, true);
  }

  function press(selector) {
    if (!current) return;
    const button = current.querySelector(selector);
    if (button) button.click();
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest('input:not([type="radio"]), textarea, select, [contenteditable]')) return;
    switch (event.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "c": press("button.confirm"); break;
      case "r": press("button.reject"); break;
      case "e": if (current) { const details = current.querySelector("details.evidence"); details.open = !details.open; } break;
      default: return;
    }
    event.preventDefault();
  });

  // Enter in a text field would submit with the form's first button, "Confirm": save a typed
  // correction instead, and otherwise leave the choice to the buttons.
  document.querySelectorAll("form.decide input:not([type=hidden])").forEach((input) => {
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      if (input.form.elements.corrected_value.value.trim()) input.form.querySelector("button.correct").click();
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
      if (event.target.closest("button, input, summary, a, details")) return;
      select(claim, true);
    });
    claim.querySelector("a.quote")?.addEventListener("click", (event) => {
      event.preventDefault();
      select(claim, true);
    });
  });

  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && claims.includes(target)) select(target, true);
})();
