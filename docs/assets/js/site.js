// The page's own small behaviour, which works without Material's script (that starts later, and on a phone only
// when the reader searches: material-start.js). It touches only this site's own markup and the checkboxes that
// open the menu and search; the words it needs are in the templates, from extra.labels in mkdocs.yml.
(function () {
  var root = document.documentElement;
  function materialRuns() {
    return root.getAttribute("data-tp-material") === "ready";
  }

  // The header's menu and search buttons (partials/header.html) do what Material's label for the same checkbox
  // does; search also puts the cursor in the search field, so the reader can type at once.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-tp-for]");
    if (!button) return;
    var toggle = document.getElementById(button.getAttribute("data-tp-for"));
    if (!toggle) return;
    toggle.click();
    if (toggle.id === "__search" && toggle.checked) {
      var field = document.querySelector(".md-search__input");
      if (field) field.focus();
    }
  });

  // Until Material's script runs: a link in the menu to a part of this page closes the menu (so the reader sees
  // where it went), and Enter opens a section of the menu, as Material does once it runs.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".md-nav a[href^='#']");
    var drawer = document.getElementById("__drawer");
    if (link && drawer && drawer.checked && !materialRuns()) drawer.checked = false;
  });
  document.addEventListener("keydown", function (event) {
    var label = event.target;
    if (event.key === "Enter" && label.matches && label.matches("label.md-nav__link[for]") && !materialRuns()) {
      event.preventDefault();
      label.click();
    }
  });
})();
