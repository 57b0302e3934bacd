// Small behaviours that CSP forbids inline: reset the chat box after sending, keep the chat scrolled down.
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  if (form && (form.id === "chat-form" || (form.classList && form.classList.contains("reset-on-success")))
      && event.detail.successful) {
    form.reset();
  }
});
function scrollChat() {
  var messages = document.getElementById("messages");
  if (messages) { messages.scrollTop = messages.scrollHeight; }
}
document.addEventListener("htmx:afterSwap", scrollChat);
document.addEventListener("htmx:sseMessage", scrollChat);
document.addEventListener("DOMContentLoaded", scrollChat);
document.addEventListener("keydown", function (event) {
  var box = event.target;
  if (box && box.id === "chat-text" && event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    if (box.value.trim()) { htmx.trigger(box.form, "submit"); }
  }
});
// Admin console: a 422 carries the form again with messages next to the fields, so HTMX swaps it in.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 422 || event.detail.xhr.status === 409) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// "Copy link" buttons copy the value of the input named by data-copy.
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("[data-copy]") : null;
  if (!button) { return; }
  var field = document.getElementById(button.getAttribute("data-copy"));
  if (!field) { return; }
  field.select();
  var done = function () { button.textContent = "Copied"; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
  } else {
    document.execCommand("copy");
    done();
  }
});
// Live updates (buyer chat and inbox). The stream only says that something changed; on every (re)open the page
// re-fetches a snapshot (the htmx SSE extension sends no Last-Event-ID), so nothing is lost or shown twice.
function syncBuyer(live) {
  var messages = document.getElementById("messages");
  if (!messages) { return; }
  var after = 0;
  messages.querySelectorAll(".msg.rep[data-id]").forEach(function (m) {
    after = Math.max(after, parseInt(m.getAttribute("data-id"), 10) || 0);
  });
  fetch(live.getAttribute("data-updates") + "?after=" + after, { credentials: "same-origin", headers: { "HX-Request": "true" } })
    .then(function (response) { return response.ok ? response.text() : ""; })
    .then(function (html) {
      var holder = document.createElement("div");
      holder.innerHTML = html;
      Array.prototype.slice.call(holder.children).forEach(function (element) {
        if (element.id && !document.getElementById(element.id)) {
          messages.appendChild(element);
          htmx.process(element);
        }
      });
      scrollChat();
    });
}
document.addEventListener("htmx:sseOpen", function (event) {
  var elt = event.target;
  if (elt.setAttribute) { elt.setAttribute("data-live", "open"); }  // the page's live stream is connected
  if (elt.hasAttribute && elt.hasAttribute("data-updates")) { syncBuyer(elt); }
  if (elt.querySelectorAll) {
    elt.querySelectorAll("[data-snapshot]").forEach(function (target) { htmx.trigger(target, "snapshot"); });
  }
});
document.addEventListener("htmx:sseMessage", function (event) {
  var live = event.target.closest ? event.target.closest("[data-updates]") : null;
  if (live) { syncBuyer(live); }
});
// Buyer chat: a rate limit (429) or a full disk (507) carries a sentence for the chat's error line; show it.
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  if ((status === 429 || status === 507) && event.detail.xhr.getResponseHeader("HX-Retarget")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// A snapshot must not replace the part of the page an action (claim, reply, …) is waiting on (htmx ignores the
// response of an element that is gone): while an action inside [data-actions] is in flight, a snapshot waits, and
// runs once the action's response has been swapped in. In-flight actions are tracked by their XHR, whose events fire
// even when the element that sent it has been replaced.
var actionsInFlight = [];
var snapshotOwed = null;
document.addEventListener("htmx:beforeRequest", function (event) {
  var elt = event.detail.elt;
  var xhr = event.detail.xhr;
  if (elt.hasAttribute && elt.hasAttribute("data-snapshot")) {
    actionsInFlight = actionsInFlight.filter(function (x) { return x.readyState !== 4; });
    if (actionsInFlight.length > 0) {
      event.preventDefault();
      snapshotOwed = elt;
    }
    return;
  }
  if (xhr && elt.closest && elt.closest("[data-actions]")) {
    actionsInFlight.push(xhr);
    xhr.addEventListener("loadend", function () {
      actionsInFlight = actionsInFlight.filter(function (x) { return x !== xhr && x.readyState !== 4; });
      if (actionsInFlight.length === 0 && snapshotOwed) {
        var owed = snapshotOwed;
        snapshotOwed = null;
        if (document.body.contains(owed)) { htmx.trigger(owed, "snapshot"); }
      }
    });
  }
});
