// Small behaviours that CSP forbids inline: reset the chat box after sending, keep the chat scrolled down.
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  if (form && form.id === "chat-form" && event.detail.successful) {
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
  if (event.detail.xhr.status === 422) {
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
// Buyer chat: a rate limit (429) or a full disk (507) carries a sentence for the chat's error line; show it.
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  if ((status === 429 || status === 507) && event.detail.xhr.getResponseHeader("HX-Retarget")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
