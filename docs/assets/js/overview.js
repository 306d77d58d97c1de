// The treatment overview on the appointment page: print it (with the page, or on its own), keep it on this device
// (only when the reader ticks the box), or erase it. Nothing is ever sent anywhere; there is no form to submit.
// On paper a field cannot grow or wrap, so each field has a copy of its text that only print shows (extra.css).
(function () {
  var root = document.querySelector("[data-tp-overview]");
  if (!root) return;
  var KEY = "tp-treatment-overview";
  var fields = root.querySelectorAll("input[type=text], textarea");
  var keep = root.querySelector("[data-tp-keep]");
  var status = root.querySelector("[data-tp-status]");
  var actions = root.querySelector(".tp-overview__actions");
  // The status messages, in the page's language (extra.overview in mkdocs.yml, partials/overview-form.html).
  var messages = { kept: status.dataset.kept, erased: status.dataset.erased, notKept: status.dataset.notKept };

  // The paper copy of every field: plain text that wraps and grows, so nothing the reader wrote is cut off.
  var papers = [];
  fields.forEach(function (f) {
    var paper = document.createElement("div");
    paper.className = "tp-overview__paper";
    f.after(paper);
    papers.push(paper);
  });
  root.classList.add("tp-overview--paper");
  function toPaper() {
    fields.forEach(function (f, i) { papers[i].textContent = f.value; });
  }

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
  toPaper();
  actions.hidden = false;
  root.addEventListener("input", function () { toPaper(); save(); });
  window.addEventListener("beforeprint", toPaper); // also what the browser itself filled in again
  keep.addEventListener("change", function () {
    if (keep.checked) { save(); status.textContent = messages.kept; }
    else { forget(); status.textContent = messages.notKept; }
  });
  // "Print only the overview": for this print the page hides everything else (html.tp-print-overview, extra.css).
  var html = document.documentElement;
  var title = root.previousElementSibling; // the overview's own heading goes on paper with it
  while (title && !/^H[1-6]$/.test(title.tagName)) title = title.previousElementSibling;
  if (title) title.classList.add("tp-overview__title");
  window.addEventListener("afterprint", function () { html.classList.remove("tp-print-overview"); });
  root.querySelector("[data-tp-print]").addEventListener("click", function () {
    html.classList.remove("tp-print-overview");
    window.print();
  });
  root.querySelector("[data-tp-print-only]").addEventListener("click", function () {
    html.classList.add("tp-print-overview");
    window.print();
  });
  root.querySelector("[data-tp-erase]").addEventListener("click", function () {
    fields.forEach(function (f) { f.value = ""; });
    toPaper();
    keep.checked = false;
    forget();
    status.textContent = messages.erased;
  });
})();
