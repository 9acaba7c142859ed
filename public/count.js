/* Parley comment counts: fills every [data-parley-count][data-site] with "12 comments". No dependencies. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var P = new URL(script.src).origin;
  var BATCH = 50;
  var WORDS = {
    en: ["comment", "comments"],
    de: ["Kommentar", "Kommentare"],
    fr: ["commentaire", "commentaires"],
    es: ["comentario", "comentarios"],
    it: ["commento", "commenti"],
    nl: ["reactie", "reacties"],
    pt: ["comentário", "comentários"],
  };

  function label(n, el) {
    var lang = (el.closest("[lang]") || document.documentElement).lang;
    lang = (el.dataset.lang || lang || "en").toLowerCase().split("-")[0];
    if (!WORDS[lang]) lang = "en";
    var one = new Intl.PluralRules(lang).select(n) == "one";
    return new Intl.NumberFormat(lang).format(n) + " " + WORDS[lang][one ? 0 : 1];
  }

  function request(site, pages) {
    var q = new URLSearchParams({ site: site });
    pages.forEach(function (page) {
      q.append(page[0], page[1]);
    });
    return fetch(P + "/api/embed/counts?" + q, { credentials: "omit" }).then(function (r) {
      return r.ok ? r.json() : { counts: {} };
    });
  }

  // One request per site (per 50 pages), whatever the number of elements showing them.
  function fill() {
    var sites = {};
    document.querySelectorAll("[data-parley-count][data-site]").forEach(function (el) {
      var d = el.dataset;
      var page = d.key ? ["key", d.key] : d.url ? ["url", d.url] : null;
      if (!page) return;
      var s = (sites[d.site] = sites[d.site] || { pages: {}, els: [] });
      s.pages[page.join(" ")] = page;
      s.els.push([el, page[1]]);
    });
    Object.keys(sites).forEach(function (site) {
      var pages = Object.values(sites[site].pages);
      for (var i = 0; i < pages.length; i += BATCH) {
        request(site, pages.slice(i, i + BATCH)).then(function (body) {
          sites[site].els.forEach(function (pair) {
            var n = body.counts[pair[1]];
            if (typeof n == "number") pair[0].textContent = label(n, pair[0]);
          });
        });
      }
    });
  }

  if (document.readyState == "loading") document.addEventListener("DOMContentLoaded", fill);
  else fill();
})();
