// Read a question and its answers aloud with the browser's own speech synthesis. Nothing is sent anywhere:
// the words never leave the page. Uses a voice for the page's language; where the device has none, says so
// rather than reading the words in the wrong accent.
const box = document.querySelector("[data-yv-read-aloud]");

function voicesFor(lang) {
  const wanted = lang.toLowerCase();
  return window.speechSynthesis
    .getVoices()
    .filter((voice) => (voice.lang || "").toLowerCase().replace("_", "-").split("-")[0] === wanted);
}

function loadedVoices() {
  // Some browsers load voices after the page: wait briefly for them.
  if (window.speechSynthesis.getVoices().length) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    window.speechSynthesis.addEventListener("voiceschanged", done, { once: true });
    window.setTimeout(done, 1500);
  });
}

function wordsToRead(form) {
  const parts = [];
  const heading = form.querySelector("h1");
  if (heading) parts.push(heading.innerText);
  const hint = form.querySelector(".govuk-hint");
  if (hint) parts.push(hint.innerText);
  form
    .querySelectorAll(".govuk-radios__label, .govuk-checkboxes__label, .yv-picture-scale__text")
    .forEach((label) => parts.push(label.innerText));
  return parts.map((part) => part.trim()).filter(Boolean).join(". ");
}

if (box) {
  const status = box.querySelector(".yv-read-aloud__status");
  const button = box.querySelector("button");
  const form = box.closest("form");
  box.hidden = false;
  button.addEventListener("click", async () => {
    if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
      status.textContent = box.dataset.unsupported;
      return;
    }
    await loadedVoices();
    const lang = box.dataset.lang;
    const voices = voicesFor(lang);
    if (!voices.length) {
      status.textContent = box.dataset.noVoice;
      return;
    }
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(wordsToRead(form));
    utterance.lang = voices[0].lang;
    utterance.voice = voices[0];
    status.textContent = box.dataset.reading;
    window.speechSynthesis.speak(utterance);
  });
}
