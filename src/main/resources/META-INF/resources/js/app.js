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
// A form marked data-confirm (cancelling a letter) asks first; without JavaScript it simply submits.
document.addEventListener('submit', function (e) {
  var form = e.target;
  var question = form && form.getAttribute ? form.getAttribute('data-confirm') : null;
  if (question && !window.confirm(question)) e.preventDefault();
});
