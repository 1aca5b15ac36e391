// Quick exit for young people's pages. GOV.UK's "Exit this page" sets location.href, which leaves the page
// in the back history; here the exit replaces the current history entry instead, and asks the server to
// forget the session (answers in progress) on the way out.
const container = document.querySelector("[data-yv-exit-endpoint]");
const button = container && container.querySelector(".govuk-js-exit-this-page-button");
let leaving = false;

function leave() {
  if (leaving || !button) return;
  leaving = true;
  document.body.classList.add("govuk-exit-this-page-hide-content");
  try {
    navigator.sendBeacon(container.dataset.yvExitEndpoint);
  } catch {
    // Leaving matters more than tidying up: the session also ends when the browser closes.
  }
  window.location.replace(button.href);
}

if (button) {
  // Capture phase: runs before GOV.UK Frontend's own click handler on the button.
  document.addEventListener(
    "click",
    (event) => {
      if (event.target.closest(".govuk-js-exit-this-page-button")) {
        event.preventDefault();
        event.stopImmediatePropagation();
        leave();
      }
    },
    true,
  );
  // Pressing Shift three times makes GOV.UK Frontend hide the page before it navigates: follow it with
  // a history-replacing exit.
  new MutationObserver(() => {
    if (document.body.classList.contains("govuk-exit-this-page-hide-content")) leave();
  }).observe(document.body, { attributes: true, attributeFilter: ["class"] });
}
