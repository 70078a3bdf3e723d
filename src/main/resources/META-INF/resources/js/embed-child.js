// Inside the embed iframe: tells the host page our height and, on the report, the result.
// We speak first only to ask who the parent is ("ready" carries no data); everything else goes
// to the origin that answered from window.parent, which the page's CSP frame-ancestors has
// already restricted to the configured sites.
(function () {
  'use strict';
  if (window.parent === window) { return; }
  var parentOrigin = null;

  function height() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function send(message) {
    if (parentOrigin) { window.parent.postMessage(message, parentOrigin); }
  }

  function completed() {
    var el = document.querySelector('[data-result]');
    if (!el) { return; }
    var result = JSON.parse(el.getAttribute('data-result'));
    var key = 'diagnostic-completed-' + result.resultToken;
    try {
      if (sessionStorage.getItem(key)) { return; } // a reload or language switch is not a second completion
      sessionStorage.setItem(key, '1');
    } catch (e) { /* storage blocked: send anyway */ }
    send({ type: 'diagnostic:completed', resultToken: result.resultToken, reportUrl: result.reportUrl,
      overall: result.overall, elements: result.elements });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== 'diagnostic:hello' || parentOrigin) { return; }
    parentOrigin = event.origin;
    send({ type: 'diagnostic:resize', height: height() });
    completed();
  });

  if (window.ResizeObserver) {
    new ResizeObserver(function () { send({ type: 'diagnostic:resize', height: height() }); }).observe(document.body);
  }
  window.parent.postMessage({ type: 'diagnostic:ready' }, '*');
}());
