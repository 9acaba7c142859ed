// The iframe's only script (no dependencies, no framework): tells the embedding page its height,
// highlights a comment the page asks for, and sends the plain forms with fetch, swapping in the
// thread from the page the write redirects to. Without it every form and link still works.
(function () {
  "use strict";
  var body = document.body;
  var parentOrigin = body.getAttribute("data-parley-parent");
  var frame = Number(body.getAttribute("data-parley-frame")) || 0;
  var framed = window.parent !== window;
  var REGION = "[data-parley-region]";

  var lastHeight = -1;
  function sendHeight() {
    var height = Math.ceil(body.getBoundingClientRect().height + parseFloat(getComputedStyle(body).marginTop) + parseFloat(getComputedStyle(body).marginBottom));
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ parley: "resize", frame: frame, height: height }, parentOrigin);
  }

  function highlight(id) {
    var el = document.getElementById("comment-" + id);
    if (!el) {
      var url = new URL(location.href);
      url.searchParams.set("comment", id);
      url.searchParams.delete("cursor");
      location.assign(url.href);
      return;
    }
    var old = document.querySelectorAll(".comment--highlight");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("comment--highlight");
    el.classList.add("comment--highlight");
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }

  if (framed && parentOrigin) {
    window.addEventListener("load", sendHeight);
    if (window.ResizeObserver) new ResizeObserver(sendHeight).observe(body);
    sendHeight();
    window.addEventListener("message", function (event) {
      if (event.origin !== parentOrigin || event.source !== window.parent) return;
      var data = event.data;
      if (data && data.parley === "highlight" && /^[1-9][0-9]{0,15}$/.test(String(data.comment))) highlight(String(data.comment));
    });
  }

  function swapFrom(html, url) {
    var next = new DOMParser().parseFromString(html, "text/html").querySelector(REGION);
    var current = document.querySelector(REGION);
    if (!next || !current) return false;
    current.replaceWith(document.importNode(next, true));
    history.replaceState(null, "", url);
    var focusId = new URL(url).searchParams.get("comment");
    var target = (focusId && document.getElementById("comment-" + focusId)) || document.querySelector("[data-parley-message]");
    if (target) target.focus();
    return true;
  }

  function showMessage(text) {
    var slot = document.querySelector("[data-parley-message]");
    if (!slot) return;
    var p = document.createElement("p");
    p.className = "form-message form-message--error";
    p.textContent = text.slice(0, 300);
    slot.replaceChildren(p);
    slot.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-parley-form") || event.defaultPrevented) return;
    event.preventDefault();
    var region = document.querySelector(REGION);
    var data = new FormData(form, event.submitter);
    if (region) region.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin" }).then(
      function (response) {
        return response.text().then(function (text) {
          var isPage = response.ok && (response.headers.get("content-type") || "").indexOf("text/html") === 0;
          if (isPage && swapFrom(text, response.url)) return;
          // Written or refused: show the reader the page the server answered, never post twice.
          if (response.redirected) location.assign(response.url);
          else showMessage(text);
        });
      },
      function () {
        HTMLFormElement.prototype.submit.call(form);
      },
    ).finally(function () {
      var r = document.querySelector(REGION);
      if (r) r.removeAttribute("aria-busy");
    });
  });
})();
