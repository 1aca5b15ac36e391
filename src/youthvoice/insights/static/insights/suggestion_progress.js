// Keeps a running theme suggestion's progress up to date, and shows the results when it finishes.
// Without JavaScript the page has a "Refresh" link instead.
const panel = document.querySelector("[data-run-status]");
const POLL_MS = 1500;

async function poll() {
  try {
    const response = await fetch(panel.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) return;
    const state = await response.json();
    if (state.done) {
      window.location.reload();
      return;
    }
    panel.querySelector("[data-run-status-label]").textContent = state.status_label;
    panel.querySelector("[data-run-status-message]").textContent = state.message;
    const percent = panel.querySelector("[data-run-status-percent]");
    if (percent) percent.textContent = String(state.percent);
  } catch {
    // A dropped request: try again on the next tick.
  }
  window.setTimeout(poll, POLL_MS);
}

if (panel && panel.dataset.done === "false") {
  window.setTimeout(poll, POLL_MS);
}
