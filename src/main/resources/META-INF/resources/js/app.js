// Small conveniences on top of pages that work without JavaScript.
// Ctrl+Enter (or Cmd+Enter) submits a form marked data-quick-submit, from any of its fields.
document.addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    var form = e.target && e.target.closest ? e.target.closest('form[data-quick-submit]') : null;
    if (form) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.submit(); }
  }
});
// After a failed submit, start at the list of problems so a keyboard or screen-reader user hears them first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
});
// htmx requests that change something carry the CSRF token, read from the page's meta tag (no inline script).
document.addEventListener('htmx:configRequest', function (e) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) e.detail.headers[header.content] = token.content;
});
// A button that asks before it does something that cannot be undone (revoking a link, deleting a token).
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (form && form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) e.preventDefault();
});
