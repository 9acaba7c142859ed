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
  var MESSAGE = "[data-parley-message]";
  var byId = function (id) {
    return document.getElementById(id);
  };

  var lastHeight = -1;
  function sendHeight() {
    // The stylesheet gives body no margin: its box is the whole page.
    var height = Math.ceil(body.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ parley: "resize", frame: frame, height: height }, parentOrigin);
  }

  function highlight(id) {
    var el = byId("comment-" + id);
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

  // Where focus goes after a write: the new comment, the vote button pressed, the comment acted
  // on, or (when it is gone, or after signing out) the result message.
  function focusAfter(done, url) {
    var slot = document.querySelector(MESSAGE);
    var posted = done.action === "post" && new URL(url).searchParams.get("comment");
    var comment = byId("comment-" + (posted || done.comment));
    var vote = comment && done.direction && comment.querySelector(".vote[value=" + done.direction + "]");
    var target = vote || comment || slot;
    if (target) target.focus();
  }

  // The thread from the page the write redirected to, in place of this one; its result message
  // goes into the slot that stays, so it is announced.
  function swapFrom(html, url, done) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var next = doc.querySelector(REGION);
    var current = document.querySelector(REGION);
    if (!next || !current) return false;
    var error = new URL(url).searchParams.get("error");
    var said = doc.querySelector(MESSAGE + " .form-message");
    if (error) {
      // Refused: keep the form as it is, with what the reader wrote, and say why beside it.
      showError(done.form, said ? said.textContent : error);
      return true;
    }
    current.replaceWith(document.importNode(next, true));
    document.querySelector(MESSAGE).replaceChildren(said ? document.importNode(said, true) : "");
    history.replaceState(null, "", url);
    focusAfter(done, url);
    return true;
  }

  function showError(form, text) {
    // A vote form is a row of buttons: its message goes on the comment's row of controls.
    var box = (!form.querySelector("textarea") && form.closest(".comment__actions")) || form;
    var p = box.querySelector(":scope > .form-message") || document.createElement("p");
    p.className = "form-message form-message--error";
    p.setAttribute("role", "alert");
    p.textContent = text.slice(0, 300);
    box.prepend(p);
    var field = form.querySelector("textarea") || form.querySelector("[type=submit]");
    if (field) field.focus();
  }

  var busy = false;
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-parley-form") || event.defaultPrevented) return;
    event.preventDefault();
    // One write at a time: a second click while the first is on its way would post twice.
    if (busy) return;
    busy = true;
    var region = document.querySelector(REGION);
    var data = new FormData(form, event.submitter);
    var done = { form: form, action: form.action.split("/").pop(), comment: data.get("commentId"), direction: data.get("direction") };
    region.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
      .then(
        function (response) {
          return response.text().then(function (text) {
            var isPage = response.ok && (response.headers.get("content-type") || "").indexOf("text/html") === 0;
            if (isPage && swapFrom(text, response.url, done)) return;
            // Written or refused: show the reader the page the server answered, never post twice.
            if (response.redirected) location.assign(response.url);
            else showError(form, text);
          });
        },
        function () {
          HTMLFormElement.prototype.submit.call(form);
        },
      )
      .finally(function () {
        busy = false;
        region.removeAttribute("aria-busy");
      });
  });
})();
