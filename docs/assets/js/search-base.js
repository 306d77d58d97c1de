// Runs before Material's bundle on non-default-language pages: point Material's "base" (used for the
// search index and search result links) at this language's folder, so search finds only pages in the
// reader's language. The language's own search index is written there by overrides/hooks/search_per_language.py.
(function () {
  var config = document.getElementById("__config");
  var base = document.getElementById("__lang_base");
  if (!config || !base) return;
  var data = JSON.parse(config.textContent);
  data.base = JSON.parse(base.textContent);
  config.textContent = JSON.stringify(data);
})();
