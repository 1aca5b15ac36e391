// On a shared device in a facilitated session: if nobody presses "I have finished", go back to the neutral
// start page by itself after a while, so the next person never finds the last person's confirmation.
const form = document.querySelector("[data-yv-return-after]");
if (form) {
  const seconds = Number(form.dataset.yvReturnAfter) || 120;
  window.setTimeout(() => form.requestSubmit(), seconds * 1000);
}
