// Loaded on every page, before Material's bundle. Small fixes that Material's own templates leave open.
(function () {
  // 1. Search in the reader's language. On pages of a non-default language, point Material's "base"
  //    (used for the search index and the result links) at that language's folder. The language's own
  //    index is written there by overrides/hooks/search_per_language.py.
  var config = document.getElementById("__config");
  var base = document.getElementById("__lang_base");
  if (config && base) {
    var data = JSON.parse(config.textContent);
    data.base = JSON.parse(base.textContent);
    config.textContent = JSON.stringify(data);
  }

  // 2. Search costs nothing until the reader starts to search. Material requests the search index (the text of
  //    every page) and starts its search worker when the page loads; hold both until the search field gets
  //    focus or the search button is used. (The offline copy, opened from disk, loads its index differently.)
  var searching = false, waiting = [];
  function startSearch() {
    if (searching) return;
    searching = true;
    waiting.splice(0).forEach(function (run) { run(); });
  }
  //    Material also reads sitemap.xml for each hreflang link, to steer its language menu and instant loading;
  //    this site uses neither (the language link goes straight to the translated page), so those reads are
  //    answered at once as unavailable instead of costing the reader three requests on every page.
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this._tpSearchIndex = /search\/search_index\.json(\?|$)/.test(String(url));
    this._tpSitemap = /\/sitemap\.xml(\?|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (xhr._tpSitemap) { setTimeout(function () { xhr.dispatchEvent(new ProgressEvent("error")); }, 0); return; }
    if (xhr._tpSearchIndex && !searching) { waiting.push(function () { send.apply(xhr, args); }); return; }
    return send.apply(xhr, args);
  };
  var RealWorker = window.Worker;
  if (RealWorker) {
    // The search worker is created on its first message (the index), not when the page loads.
    window.Worker = function (url, options) {
      if (!/workers\/search/.test(String(url))) return new RealWorker(url, options);
      var proxy = new EventTarget(), real = null;
      proxy.postMessage = function (message, transfer) {
        if (!real) {
          real = new RealWorker(url, options);
          real.addEventListener("message", function (e) { proxy.dispatchEvent(new MessageEvent("message", { data: e.data })); });
          real.addEventListener("error", function () { proxy.dispatchEvent(new Event("error")); });
        }
        real.postMessage(message, transfer);
      };
      proxy.terminate = function () { if (real) real.terminate(); };
      return proxy;
    };
  }
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches(".md-search__input")) startSearch();
  });
  document.addEventListener("change", function (e) {
    if (e.target.id === "__search" && e.target.checked) startSearch();
  });
  // A shared search link (?q=...) starts at once.
  if (/[?&]q=/.test(location.search)) startSearch();

  // 3. Keyboard access. Material opens the phone menu and search with <label>s in the header, which a
  //    keyboard cannot reach and which may not be given a button role. Put a real <button> in front of each
  //    one that does what the label does, and hide the label; give the search dialog a name.
  function ready() {
    var nl = document.documentElement.lang === "nl";
    var names = {
      __drawer: nl ? "Menu openen" : "Open menu",
      __search: nl ? "Zoeken openen" : "Open search"
    };
    document.querySelectorAll("label.md-header__button[for]").forEach(function (label) {
      if (!names[label.htmlFor]) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = label.className + " tp-toggle";
      button.setAttribute("data-tp-for", label.htmlFor);
      button.setAttribute("aria-label", names[label.htmlFor]);
      button.innerHTML = label.innerHTML;
      button.addEventListener("click", function () { label.click(); });
      label.parentNode.insertBefore(button, label);
      label.style.display = "none";
    });
    var dialog = document.querySelector(".md-search");
    if (dialog) dialog.setAttribute("aria-label", nl ? "Zoeken op deze website" : "Search this website");

  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
