// Loaded on every page (deferred), before Material's bundle. Small fixes that Material's own templates leave open,
// and a lighter start on slow phones.
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
      button.addEventListener("click", function () {
        label.click();
        // Search opens at once, also while Material's script is still on its way (slow connection): the field
        // takes what the reader types, and Material searches for it when it has started.
        if (label.htmlFor === "__search") {
          var input = document.querySelector(".md-search__input");
          if (input) input.focus();
          whenMaterial();
        }
      });
      label.parentNode.insertBefore(button, label);
      label.style.display = "none";
    });
    var dialog = document.querySelector(".md-search");
    if (dialog) dialog.setAttribute("aria-label", nl ? "Zoeken op deze website" : "Search this website");

  }
  // 4. Colour scheme. While Material applies the light or dark scheme it marks <body> with
  //    data-md-color-switching (no transitions), and it does so on every page load, even when nothing changes:
  //    the browser then restyles every element twice, which a slow phone feels. Only mark it when the reader
  //    uses the light/dark switch (see the "change" listener in part 5), and skip setting a colour attribute to
  //    the value it already has.
  var body = document.body, setAttribute = body.setAttribute, switched = false;
  body.setAttribute = function (name, value) {
    if (name === "data-md-color-switching" && !switched) return;
    if (/^data-md-color-/.test(name) && body.getAttribute(name) === String(value)) return;
    return setAttribute.apply(body, arguments);
  };

  //    Material also adds a <meta name="color-scheme"> and sets it on every page load; any change to that tag
  //    restyles the whole page too. The scheme is set in CSS instead (extra.css), so the tag is left out.
  var appendChild = document.head.appendChild;
  document.head.appendChild = function (node) {
    if (node.nodeName === "META" && node.name === "color-scheme") return node;
    return appendChild.call(document.head, node);
  };

  // 5. Material's own script (search, light/dark switch, source pop-ups, back-to-top) starts when the reader first
  //    does something: scrolls, touches, moves the mouse, presses a key. Reading needs none of it, and its start-up
  //    work (about a second on a cheap phone) would otherwise freeze the page just when it appears. main.html gives
  //    the script type="tp/later", so the browser leaves it alone until then. Material waits for
  //    DOMContentLoaded, which has passed by then, so that event is sent again for it.
  var material = { state: "waiting", queue: [] };
  window.__tp_material = material;
  function whenMaterial(run) {
    if (material.state === "ready") return run && run();
    if (run) material.queue.push(run);
    if (material.state === "started") return;
    material.state = "started";
    var scripts = [].slice.call(document.querySelectorAll('script[type="tp/later"]'));
    (function next() {
      var placeholder = scripts.shift();
      if (placeholder) {
        var script = document.createElement("script");
        script.src = placeholder.getAttribute("data-src");
        script.onload = script.onerror = next;
        placeholder.parentNode.replaceChild(script, placeholder);
        return;
      }
      document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true }));
      material.state = "ready";
      material.queue.splice(0).forEach(function (run) { run(); });
    })();
  }
  var first = ["keydown", "pointerdown", "touchstart", "mouseover", "wheel", "scroll", "focusin"];
  function onFirst(e) {
    // Not for a link to another page: that page starts its own, and the download would be cut off.
    var link = e.target && e.target.closest && e.target.closest("a[href]");
    var leaving = link && link.getAttribute("href").charAt(0) !== "#";
    if (leaving && (e.type !== "keydown" || e.key === "Enter")) return;
    first.forEach(function (type) { window.removeEventListener(type, onFirst, true); });
    whenMaterial();
  }
  first.forEach(function (type) { window.addEventListener(type, onFirst, { capture: true, passive: true }); });
  //    The reader uses the light/dark switch: from now on Material may mark the switch (part 4). A choice made
  //    before Material runs is handed to it once it does.
  document.addEventListener("change", function (e) {
    if (e.target.name !== "__palette") return;
    switched = true;
    if (material.state !== "ready") whenMaterial(function () { e.target.dispatchEvent(new Event("change")); });
  }, true);
  //    Start at once when the page needs it now: a shared search link (?q=...), or a first visit from a
  //    device set to the other colour scheme (Material picks the scheme; a stored choice is applied earlier).
  function schemeDiffers() {
    if (window.__md_get && __md_get("__palette")) return false;
    var inputs = document.querySelectorAll('[data-md-component="palette"] input');
    for (var i = 0; i < inputs.length; i++) {
      if (matchMedia(inputs[i].getAttribute("data-md-color-media")).matches) {
        return inputs[i].getAttribute("data-md-color-scheme") !== body.getAttribute("data-md-color-scheme");
      }
    }
    return false;
  }
  if (/[?&]q=/.test(location.search) || schemeDiffers()) whenMaterial();

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
