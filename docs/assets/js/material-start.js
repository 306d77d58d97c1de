// Material's main script (search, and on wide screens source pop-ups, back-to-top and the contents that follow the
// reader), started when the reader needs it. Reading needs none of it, and its start-up work (about a second on a
// cheap phone, plus the search index: the text of every page) would otherwise freeze the page just when it appears.
// - On a phone-sized screen it starts when the reader opens search, or arrives from a search (?q= or ?h=).
// - On a wide screen it starts at the reader's first scroll, tap, key or mouse move.
// This file is the only place where the site relies on how Material's script works inside. Each such point is
// marked "Material:"; they were checked against the version below, and tests/test_material_copies.py fails when a
// different version of mkdocs-material is installed, so that an upgrade checks them again.
(function () {
  var CHECKED_WITH_MATERIAL = "9.8.1";
  var root = document.documentElement;
  var tag = document.currentScript;
  var waiting = [];
  root.setAttribute("data-tp-material", "waiting");

  // Load Material's script once, then run what waits for it.
  // Material: its script is not in the page (overrides/main.html, block scripts); its address is on this tag.
  // Material: it starts on DOMContentLoaded (browser/document, watchDocument), which has passed by now, so that
  //   event is sent again once the script has loaded.
  function startMaterial(then) {
    var state = root.getAttribute("data-tp-material");
    if (state === "ready") return then && then();
    if (then) waiting.push(then);
    if (state === "loading") return;
    root.setAttribute("data-tp-material", "loading");
    // Material: when it starts with a #part in the address (the reader followed a link to a part of the page), it
    //   closes search (bundle, "Always close drawer and search on navigation"). So while search is open, the #part
    //   is left out of the address until Material has started, then put back (no scroll, no new history step).
    var search = document.getElementById("__search");
    var hash = search && search.checked ? location.hash : "";
    if (hash) history.replaceState(history.state, "", location.pathname + location.search);
    var script = document.createElement("script");
    script.src = tag.getAttribute("data-material");
    script.onload = function () {
      document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true }));
      if (hash) history.replaceState(history.state, "", location.pathname + location.search + hash);
      root.setAttribute("data-tp-material", "ready");
      waiting.splice(0).forEach(function (run) { run(); });
    };
    document.head.appendChild(script);
  }

  // The reader wants to search: the search field got focus, or search was opened (site.js, or Material's label).
  // Material: search reads what was already typed in the field, and whether #__search is checked, when it starts.
  function onSearch(event) {
    var target = event.target;
    if ((target.matches && target.matches(".md-search__input")) || (target.id === "__search" && target.checked)) {
      startMaterial();
    }
  }
  document.addEventListener("focusin", onSearch);
  document.addEventListener("change", onSearch);

  // On a wide screen: the reader's first scroll, tap, key or mouse move.
  // Not for a link to another page: that page starts its own, and the download would be cut off.
  var first = ["keydown", "pointerdown", "touchstart", "mouseover", "wheel", "scroll", "focusin"];
  function onFirstMove(event) {
    var link = event.target && event.target.closest && event.target.closest("a[href]");
    var leaving = link && link.getAttribute("href").charAt(0) !== "#";
    if (leaving && (event.type !== "keydown" || event.key === "Enter")) return;
    if (!matchMedia("(min-width: 60em)").matches) return;
    first.forEach(function (type) { window.removeEventListener(type, onFirstMove, true); });
    startMaterial();
  }
  first.forEach(function (type) { window.addEventListener(type, onFirstMove, { capture: true, passive: true }); });

  // Arriving from a search: a shared search (?q=) or a result that marks the search words on the page (?h=).
  if (/[?&][qh]=/.test(location.search)) startMaterial();
})();
