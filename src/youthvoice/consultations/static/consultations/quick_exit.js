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
  // Shift pressed three times within 5 seconds: GOV.UK Frontend counts these on document (capture) and
  // would navigate with location.href; window (capture) hears the third press first, so exit from here.
  let presses = 0;
  let lastKeyWasModified = false;
  let timer = null;
  window.addEventListener(
    "keyup",
    (event) => {
      if (event.key === "Shift" && !lastKeyWasModified) {
        presses += 1;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          presses = 0;
        }, 5000);
        if (presses >= 3) {
          event.stopImmediatePropagation();
          leave();
        }
      } else if (event.key !== "Shift") {
        presses = 0;
      }
      lastKeyWasModified = event.shiftKey;
    },
    true,
  );
  // Should GOV.UK Frontend start its own exit first, follow it with a history-replacing one.
  new MutationObserver(() => {
    if (document.body.classList.contains("govuk-exit-this-page-hide-content")) leave();
  }).observe(document.body, { attributes: true, attributeFilter: ["class"] });
}
// Lets tests (and anyone curious) see that the history-replacing exit is in place.
document.documentElement.dataset.yvQuickExit = button ? "ready" : "absent";
