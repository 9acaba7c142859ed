/* Parley embed loader: turns every [data-parley-thread] into a thread iframe. No dependencies. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  // Where this script came from is where Parley is: the only origin trusted and addressed below.
  var P = new URL(script.src).origin;
  var frames = [];
  var OPTIONS = ["theme", "accent", "sort", "lang", "sso"];

  function pageUrl() {
    var link = document.querySelector("link[rel=canonical]");
    var url = new URL((link && link.href) || location.href, location.href);
    url.search = url.hash = "";
    return url.href;
  }

  function permalink() {
    var m = /^#parley-comment-([\w-]{1,64})$/.exec(location.hash);
    return m && m[1];
  }

  function mount(el) {
    if (el.hasAttribute("data-parley-frame")) return;
    var d = el.dataset;
    var url = pageUrl();
    var n = frames.length;
    var comment = permalink();
    var q = new URLSearchParams();
    q.set("site", d.site || "");
    q.set("key", d.key || url);
    q.set("url", d.url || url);
    q.set("title", d.title || document.title);
    OPTIONS.forEach(function (name) {
      if (d[name]) q.set(name, d[name]);
    });
    q.set("origin", location.origin);
    q.set("frame", n);
    if (comment) q.set("comment", comment);
    var frame = document.createElement("iframe");
    frame.src = P + "/embed/thread?" + q;
    frame.title = "Comments";
    frame.loading = n ? "lazy" : "eager";
    frame.style.cssText = "display:block;width:100%;height:200px;border:0;color-scheme:normal";
    el.setAttribute("data-parley-frame", n);
    el.appendChild(frame);
    frames.push(frame);
    if (comment) frame.scrollIntoView();
  }

  function scan() {
    document.querySelectorAll("[data-parley-thread]").forEach(mount);
  }

  addEventListener("message", function (event) {
    var m = event.data;
    var frame = m && m.parley === "resize" && frames[m.frame];
    // Only Parley, and only from inside the frame the message names, may resize it.
    if (!frame || event.origin !== P || event.source !== frame.contentWindow) return;
    var height = Number(m.height);
    if (height >= 0 && height < 1e6) frame.style.height = Math.ceil(height) + "px";
  });

  addEventListener("hashchange", function () {
    var comment = permalink();
    if (!comment) return;
    frames.forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ parley: "highlight", comment: comment }, P);
    });
  });

  if (document.readyState == "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
  // Threads added later (client-side navigation, infinite lists) get their frame too.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
