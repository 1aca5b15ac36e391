// Keyboard shortcuts for the coding screen. The page works without them: they press its own controls.
// 1-9 tick or untick a theme; j or n save and go to the next answer; k or p save and go back.
const form = document.querySelector("[data-coding-form]");

function typingInField(element) {
  return element instanceof HTMLElement && element.closest("input:not([type=checkbox]), textarea, select, [contenteditable]");
}

if (form) {
  const status = form.querySelector("[data-coding-status]");
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) {
      return;
    }
    const key = event.key.toLowerCase();
    if (/^[1-9]$/.test(key)) {
      const box = form.querySelector(`input[data-coding-key="${key}"]`);
      if (!box) return;
      box.checked = !box.checked;
      box.dispatchEvent(new Event("change", { bubbles: true }));
      if (status) {
        const label = form.querySelector(`label[for="${box.id}"]`);
        status.textContent = `${box.checked ? "Ticked" : "Unticked"} ${label ? label.textContent.trim() : ""}`;
      }
      event.preventDefault();
    } else if (key === "j" || key === "n" || key === "k" || key === "p") {
      const button = form.querySelector(key === "j" || key === "n" ? "[data-coding-next]" : "[data-coding-previous]");
      if (!button) return;
      event.preventDefault();
      form.requestSubmit(button);
    }
  });
}
