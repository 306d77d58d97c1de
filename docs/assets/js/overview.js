// The treatment overview on the appointment page: print it, keep it on this device (only when the reader
// ticks the box), or erase it. Nothing is ever sent anywhere; there is no form to submit.
(function () {
  var root = document.querySelector("[data-tp-overview]");
  if (!root) return;
  var KEY = "tp-treatment-overview";
  var fields = root.querySelectorAll("input[type=text], textarea");
  var keep = root.querySelector("[data-tp-keep]");
  var status = root.querySelector("[data-tp-status]");
  var actions = root.querySelector(".tp-overview__actions");
  var messages = document.documentElement.lang === "nl"
    ? { kept: "Bewaard op dit apparaat.", erased: "Alles is gewist.", notKept: "Niet bewaard. Sluit je de pagina, dan is het weg." }
    : { kept: "Kept on this device.", erased: "Everything has been erased.", notKept: "Not kept. When you close the page, it is gone." };

  function values() {
    var data = {};
    fields.forEach(function (f) { if (f.value) data[f.name] = f.value; });
    return data;
  }
  function save() {
    if (keep.checked) {
      try { localStorage.setItem(KEY, JSON.stringify(values())); } catch (e) { /* storage off: nothing kept */ }
    }
  }
  function forget() {
    try { localStorage.removeItem(KEY); } catch (e) { /* nothing to remove */ }
  }

  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { stored = null; }
  if (stored) {
    keep.checked = true;
    fields.forEach(function (f) { if (stored[f.name]) f.value = stored[f.name]; });
  }
  actions.hidden = false;
  root.addEventListener("input", save);
  keep.addEventListener("change", function () {
    if (keep.checked) { save(); status.textContent = messages.kept; }
    else { forget(); status.textContent = messages.notKept; }
  });
  root.querySelector("[data-tp-print]").addEventListener("click", function () { window.print(); });
  root.querySelector("[data-tp-erase]").addEventListener("click", function () {
    fields.forEach(function (f) { f.value = ""; });
    keep.checked = false;
    forget();
    status.textContent = messages.erased;
  });
})();
