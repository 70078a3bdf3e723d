/*!
 * Journey diagnostic embed. Add to a page:
 *   <div data-diagnostic="journey-ownership" data-lang="nb"></div>
 *   <script src="https://DIAGNOSTIC/embed.js" async></script>
 * Each such element gets the questionnaire in an iframe that grows with its content. When the
 * visitor finishes, the element receives a bubbling "diagnostic:completed" CustomEvent whose
 * detail is {resultToken, reportUrl, overall, elements}.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.postMessage || !window.URL) { return; }
  var origin = new URL(script.src, location.href).origin;
  var mounted = [];

  function mount(el) {
    if (el.hasAttribute('data-diagnostic-mounted')) { return; }
    var id = el.getAttribute('data-diagnostic') || '';
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id)) {
      if (window.console) { console.warn('diagnostic: data-diagnostic must be a questionnaire id such as "quick-check", not "' + id + '"'); }
      return;
    }
    var lang = el.getAttribute('data-lang');
    var src = origin + '/embed/' + id + (lang && /^[a-z]{2,3}$/.test(lang) ? '?lang=' + lang : '');
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = el.getAttribute('data-title') || 'Assessment';
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;border:0;height:540px;overflow:hidden';
    el.setAttribute('data-diagnostic-mounted', '');
    el.appendChild(frame);
    mounted.push({ el: el, frame: frame });
  }

  window.addEventListener('message', function (event) {
    // Only our own iframes may speak to this page.
    if (event.origin !== origin || !event.data || typeof event.data.type !== 'string') { return; }
    var m = null;
    for (var i = 0; i < mounted.length; i++) {
      if (mounted[i].frame.contentWindow === event.source) { m = mounted[i]; }
    }
    if (!m) { return; }
    var data = event.data;
    if (data.type === 'diagnostic:ready') {
      event.source.postMessage({ type: 'diagnostic:hello' }, origin);
    } else if (data.type === 'diagnostic:resize' && typeof data.height === 'number' && data.height > 0) {
      m.frame.style.height = Math.min(Math.ceil(data.height), 50000) + 'px';
    } else if (data.type === 'diagnostic:completed') {
      m.el.dispatchEvent(new CustomEvent('diagnostic:completed', {
        bubbles: true,
        detail: { resultToken: data.resultToken, reportUrl: data.reportUrl, overall: data.overall, elements: data.elements }
      }));
    }
  });

  function mountAll() {
    var els = document.querySelectorAll('[data-diagnostic]');
    for (var i = 0; i < els.length; i++) { mount(els[i]); }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', mountAll); } else { mountAll(); }
}());
