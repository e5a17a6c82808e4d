/*
 * The lists' Export menu (exchange/menus.py): its links carry the list's
 * filters. Wagtail filters a list without a page load (it swaps the results and
 * writes the filters into the address bar), so after each swap the links are
 * written again from the address bar's query, as the server would have.
 */
(function () {
  "use strict";

  // A list's query parameters that are not filters (exchange/menus.py).
  var NOT_FILTERS = [
    "p", "page", "after", "before", "ordering", "export", "format", "_w_filter_fragment",
  ];

  function refresh() {
    var links = document.querySelectorAll("a[data-cpas-export]");
    links.forEach(function (link) {
      var query = new URLSearchParams(window.location.search);
      NOT_FILTERS.forEach(function (name) {
        query.delete(name);
      });
      new URLSearchParams(link.dataset.cpasExportExtra || "").forEach(function (value, name) {
        query.set(name, value);
      });
      query.set("format", link.dataset.cpasExportFormat);
      link.setAttribute("href", link.dataset.cpasExport + "?" + query.toString());
    });
  }

  document.addEventListener("w-swap:success", function () {
    window.setTimeout(refresh, 0); // after the address bar is written
  });
  window.addEventListener("popstate", refresh);
})();
