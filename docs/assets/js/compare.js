// The decision aid (keuzehulp): above a table marked by hooks/add_decision_aid.py, one checkbox per row. When the reader
// picks two or more, only those rows (on a phone: cards) show, with a "show all" button. Without this script every
// row shows. The words are extra.labels' compare_pick, compare_all and compare_shown, per language: the build
// writes them in below (hooks/add_decision_aid.py), so they cost the page nothing.
(function () {
  var WORDS = {};
  var words = WORDS[document.documentElement.lang];
  if (!words) return;

  // The checkboxes for one table, and the rows kept in step with them.
  function setUp(table) {
    var rows = [].slice.call(table.tBodies[0].rows);
    var box = document.createElement("fieldset");
    box.className = "tp-compare";
    var legend = document.createElement("legend");
    legend.textContent = words[0];
    box.appendChild(legend);
    var checks = rows.map(function (row) {
      var label = document.createElement("label");
      var check = document.createElement("input");
      var name = row.cells[0].cloneNode(true);
      [].forEach.call(name.querySelectorAll("sup"), function (s) { s.remove(); }); // no footnote numbers
      check.type = "checkbox";
      label.appendChild(check);
      label.appendChild(document.createTextNode(" " + name.textContent.trim()));
      box.appendChild(label);
      return check;
    });
    var all = document.createElement("button");
    all.type = "button";
    all.className = "md-button";
    all.textContent = words[1];
    all.hidden = true;
    box.appendChild(all);
    var status = document.createElement("p");
    status.className = "tp-compare__status";
    status.setAttribute("role", "status");
    box.appendChild(status);

    // Two or more picked: only those rows show; fewer: all of them.
    function update() {
      var picked = checks.filter(function (c) { return c.checked; }).length;
      var filter = picked >= 2;
      rows.forEach(function (row, i) { row.hidden = filter && !checks[i].checked; });
      all.hidden = !filter;
      status.textContent = filter ? words[2].replace("{n}", picked).replace("{total}", rows.length) : "";
    }
    box.addEventListener("change", update);
    all.addEventListener("click", function () {
      checks.forEach(function (c) { c.checked = false; });
      update();
      checks[0].focus(); // the button has gone: keep the keyboard where the choice starts
    });
    table.parentNode.insertBefore(box, table);
  }

  [].forEach.call(document.querySelectorAll("table[data-tp-compare]"), setUp);
})();
