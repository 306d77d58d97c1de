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

  // 2. Keyboard access. Material opens the phone menu and search with <label>s, which cannot take focus.
  //    Make them buttons for the keyboard and for screen readers; give the search dialog a name.
  function ready() {
    var nl = document.documentElement.lang === "nl";
    var names = {
      __drawer: nl ? "Menu openen" : "Open menu",
      __search: nl ? "Zoeken openen" : "Open search"
    };
    document.querySelectorAll("label.md-header__button[for], label.md-search__icon[for]").forEach(function (label) {
      var target = document.getElementById(label.htmlFor);
      if (!target) return;
      label.setAttribute("role", "button");
      label.setAttribute("tabindex", "0");
      if (!label.hasAttribute("aria-label") && names[label.htmlFor]) label.setAttribute("aria-label", names[label.htmlFor]);
      // Material already opens a focused label on Enter; add Space, as for any button.
      label.addEventListener("keydown", function (event) {
        if (event.key === " ") {
          event.preventDefault();
          label.click();
        }
      });
    });
    var dialog = document.querySelector(".md-search");
    if (dialog) dialog.setAttribute("aria-label", nl ? "Zoeken op deze website" : "Search this website");

  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
