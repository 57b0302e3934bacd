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
