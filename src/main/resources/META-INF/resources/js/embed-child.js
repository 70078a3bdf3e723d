// Inside the embed iframe: tells the host page (embed.js) our height, title, where the visitor is
// (started, step index of total, completed, lead given) and, after a navigation, where our heading
// is so the host can scroll it into view; we move focus to it ourselves. We speak first only to
// say we are here ("ready" carries our title and nothing personal); everything else goes to the
// origin that answered from window.parent, which the page's CSP frame-ancestors has already
// restricted to the configured sites. embed.js de-duplicates started/completed/lead per draft or
// result in the host page's own storage, so a reload or a re-render is never a second event.
(function () {
  'use strict';
  if (window.parent === window) { return; }
  var parentOrigin = null;
  var path = location.pathname;

  function height() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function send(message) {
    if (parentOrigin) { window.parent.postMessage(message, parentOrigin); }
  }

  // What to bring into view after a navigation: the error summary when there is one, else the heading.
  function target() {
    return document.querySelector('.summary-error') || document.querySelector('main h1') || document.querySelector('main');
  }

  function focusTarget() {
    var t = target();
    if (!t) { return 0; }
    if (!t.hasAttribute('tabindex')) { t.setAttribute('tabindex', '-1'); }
    try { t.focus({ preventScroll: true }); } catch (e) { t.focus(); }
    var top = Math.max(0, Math.floor(t.getBoundingClientRect().top + window.scrollY) - 8);
    // In a popup or slider the frame scrolls itself; inline, the host scrolls its page (below).
    window.scrollTo(0, top);
    return top;
  }

  function report(navigated) {
    send({ type: 'diagnostic:resize', height: height() });
    var step = path.match(/^\/embed\/d\/([A-Za-z0-9_-]{43})\/([0-9]{1,3})$/);
    var progress = document.querySelector('[data-steps]');
    if (step) {
      var index = parseInt(step[2], 10);
      var total = progress ? parseInt(progress.getAttribute('data-steps'), 10) : index;
      send({ type: 'diagnostic:step', draft: step[1], index: index, total: total });
    }
    var review = path.match(/^\/embed\/d\/([A-Za-z0-9_-]{43})\/review$/);
    if (review) { send({ type: 'diagnostic:step', draft: review[1], index: 'review' }); }
    var el = document.querySelector('[data-result]');
    if (el) {
      var result = JSON.parse(el.getAttribute('data-result'));
      send({ type: 'diagnostic:completed', resultToken: result.resultToken, reportUrl: result.reportUrl,
        overall: result.overall, elements: result.elements });
      if (document.getElementById('lead-saved')) {
        send({ type: 'diagnostic:lead', resultToken: result.resultToken, consent: true });
      }
    }
    if (navigated) { send({ type: 'diagnostic:focus', top: focusTarget() }); }
  }

  // The "continue later" link names the hosted flow, which refuses to be framed: point it at the host
  // page instead, which reopens this frame at the step (embed.js reads #diagnostic-resume=…).
  function resumeLinks(host) {
    var links = document.querySelectorAll('.continue a[href*="/d/"]');
    for (var i = 0; i < links.length; i++) {
      var token = links[i].getAttribute('href').replace(/^.*\/d\//, '');
      if (!/^[A-Za-z0-9_-]{43}$/.test(token) || typeof host !== 'string' || !/^https?:\/\//.test(host)) { continue; }
      var url = host + '#diagnostic-resume=' + token;
      links[i].setAttribute('href', url);
      links[i].setAttribute('target', '_top');
      links[i].textContent = url;
    }
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== 'diagnostic:hello' || parentOrigin) { return; }
    parentOrigin = event.origin;
    resumeLinks(event.data.host);
    report(event.data.navigated === true);
  });

  // Any other link out of the embed pages opens on its own, never inside the frame.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || a.target) { return; }
    var url = new URL(a.href, location.href);
    if (url.origin === location.origin && url.pathname.indexOf('/embed/') !== 0 && url.hash === '') { a.target = '_blank'; a.rel = 'noopener'; }
  });

  if (window.ResizeObserver) {
    new ResizeObserver(function () { send({ type: 'diagnostic:resize', height: height() }); }).observe(document.body);
  }
  window.parent.postMessage({ type: 'diagnostic:ready', title: document.title }, '*');
}());
