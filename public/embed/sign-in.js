// Sign-in from an embedded thread: a[data-parley-popup] opens Parley's sign-in page as a popup;
// the popup posts back a one-time credential, which becomes this iframe's session cookie.
(function () {
  var popup, site;
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-parley-popup]");
    if (!a) return;
    popup = window.open(a.href, "parley-sign-in", "popup,width=480,height=640");
    if (!popup) return; // blocked: the link opens in a new tab instead
    e.preventDefault();
    site = new URL(a.href).searchParams.get("site");
  });
  addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== location.origin || !popup || e.source !== popup || !d || d.parley !== "credential" || typeof d.credential !== "string") return;
    popup = null;
    fetch("/embed/session", { method: "POST", credentials: "same-origin", body: new URLSearchParams({ site: site, credential: d.credential }) })
      .then(function (r) {
        if (r.ok) return location.reload();
        return r.json().then(function (j) { throw new Error(j.error.message); });
      })
      .catch(function (err) {
        var s = document.getElementById("parley-sign-in-status") || document.querySelector("[data-parley-message]");
        if (s) s.textContent = err.message || "Signing in failed. Try again.";
      });
  });
})();
