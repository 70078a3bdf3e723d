/* "Copy link" on the report: the link is always visible as text; this only adds the button. */
(function () {
  'use strict';
  var button = document.getElementById('copy-link');
  var field = document.getElementById('report-link');
  if (!button || !field || !navigator.clipboard) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.getAttribute('data-done');
    });
  });
}());
