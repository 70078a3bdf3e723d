// Present view: polls the participant counts every 3 seconds. The counts come from the
// database on each request, so any app instance behind a load balancer answers the same.
// Totals only (finished and joined), never by role.
(function () {
  var main = document.querySelector('[data-counts]');
  if (!main || !window.fetch) { return; }
  var url = main.getAttribute('data-counts');
  var total = document.getElementById('total');
  var joined = document.getElementById('joined');
  function render(data) {
    total.textContent = data.finished;
    joined.textContent = data.joined;
  }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (r.ok) { return r.json(); } throw new Error(r.status); })
      .then(render)
      .catch(function () { /* keep the last numbers; try again on the next tick */ })
      .then(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 3000);
}());
