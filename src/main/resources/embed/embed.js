/*!
 * Journey diagnostic embed (docs/embedding.md). Inline:
 *   <div data-diagnostic="quick-check" data-lang="nb"></div>
 *   <script src="https://DIAGNOSTIC/embed.js" async></script>
 * or in one line: <script src="https://DIAGNOSTIC/embed.js" data-questionnaire="quick-check" async></script>
 * data-mode="popup" | "slider" | "button" opens it in a dialog, a side panel or from a floating
 * button; data-hidden-<field> and data-answer-<question> pass hidden fields and prefilled answers.
 * Events (bubbling CustomEvents on the element, and window.Diagnostic.on): diagnostic:ready,
 * started, step {index, total}, completed {resultToken, reportUrl, overall, elements},
 * lead {resultToken, consent}, close. JS API: Diagnostic.mount(el), open(el | id), close(), on(type, fn).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.postMessage || !window.URL || window.Diagnostic) { return; }
  var origin = new URL(script.src, location.href).origin;
  var entries = [];
  var listeners = {};
  var memory = {};
  var TYPES = ['ready', 'started', 'step', 'completed', 'lead', 'close'];
  var TEXT = {
    en: { open: 'Start the assessment', close: 'Close', title: 'Assessment', fallback: 'Open the assessment in a new tab' },
    nb: { open: 'Start kartleggingen', close: 'Lukk', title: 'Kartlegging', fallback: 'Åpne kartleggingen i en ny fane' }
  };

  function warn(message) { if (window.console) { console.warn('diagnostic: ' + message); } }

  // The host page's own storage (first-party, so not blocked like the frame's); memory when it is.
  function store(key, value) {
    var k = 'diagnostic:' + key;
    try {
      if (value === undefined) { return localStorage.getItem(k) || memory[k] || null; }
      if (value === null) { localStorage.removeItem(k); } else { localStorage.setItem(k, value); }
    } catch (e) { /* blocked: memory only */ }
    if (value === undefined) { return memory[k] || null; }
    if (value === null) { delete memory[k]; } else { memory[k] = value; }
    return null;
  }

  function once(key) {
    if (store('seen:' + key)) { return false; }
    store('seen:' + key, '1');
    return true;
  }

  function text(o) { return TEXT[o.lang] || TEXT.en; }

  function options(el) {
    var lang = el.getAttribute('data-lang') || (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
    var hidden = {};
    var answers = {};
    var n = 0;
    // utm_* of the host page's address, then data-hidden-* (which win); the service keeps the declared ones.
    new URLSearchParams(location.search).forEach(function (v, k) {
      if (/^utm_[a-z]{1,20}$/.test(k) && n < 20) { hidden[k] = v.slice(0, 500); n++; }
    });
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      var m = a.name.match(/^data-hidden-([a-z][a-z0-9_-]{0,39})$/);
      if (m && n < 40) { hidden[m[1].replace(/-/g, '_')] = a.value.slice(0, 500); n++; }
      // data-answer-<question id> prefills a question the questionnaire marks prefill: true.
      var p = a.name.match(/^data-answer-([a-z0-9][a-z0-9-]{0,63})$/);
      if (p && n < 60) { answers[p[1]] = a.value.slice(0, 500); n++; }
    }
    var mode = el.getAttribute('data-mode') || 'inline';
    if (['inline', 'popup', 'slider', 'button'].indexOf(mode) < 0) {
      warn('data-mode must be inline, popup, slider or button, not "' + mode + '"; showing it inline');
      mode = 'inline';
    }
    return {
      id: el.getAttribute('data-diagnostic'),
      mode: mode,
      lang: /^[a-z]{2,3}$/.test(lang) ? lang : 'en',
      title: el.getAttribute('data-title'),
      buttonText: el.getAttribute('data-button-text'),
      dataLayer: el.hasAttribute('data-datalayer') || script.hasAttribute('data-datalayer'),
      hidden: hidden,
      answers: answers
    };
  }

  function resumeToken(id) {
    var m = location.hash.match(/^#diagnostic-resume=([A-Za-z0-9_-]{43})$/);
    if (m) { store('draft:' + id, m[1]); }
    return store('draft:' + id);
  }

  function frameSrc(o) {
    var draft = resumeToken(o.id);
    var url = new URL(draft ? origin + '/embed/d/' + draft : origin + '/embed/' + o.id);
    if (o.lang) { url.searchParams.set('lang', o.lang); }
    if (!draft) { // a resumed draft keeps what the visitor answered: nothing is sent again
      for (var k in o.hidden) { url.searchParams.set(k, o.hidden[k]); }
      for (var q in o.answers) { url.searchParams.set('answer.' + q, o.answers[q]); }
    }
    return url.toString();
  }

  function createFrame(entry) {
    var o = entry.o;
    var frame = document.createElement('iframe');
    frame.src = frameSrc(o);
    frame.title = o.title || text(o).title;
    frame.setAttribute('allow', 'clipboard-write');
    if (o.mode === 'inline') {
      frame.setAttribute('scrolling', 'no');
      frame.style.cssText = 'display:block;width:100%;border:0;height:540px;overflow:hidden';
    } else {
      frame.style.cssText = 'display:block;width:100%;height:100%;border:0';
    }
    entry.frame = frame;
    entry.loads = 0;
    // A frame that never says it is ready was refused (an origin not allowed to frame it, a network
    // problem): offer the hosted flow instead of a broken box.
    entry.timer = setTimeout(function () {
      if (entry.loads > 0 || !frame.parentNode) { return; }
      var a = document.createElement('a');
      a.href = origin + '/a/' + o.id + '?lang=' + o.lang;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = text(o).fallback;
      a.setAttribute('data-diagnostic-fallback', '');
      frame.parentNode.replaceChild(a, frame);
      warn('the frame for "' + o.id + '" did not load; is ' + location.origin + ' in diagnostic.embed.frame-ancestors?');
    }, 10000);
    return frame;
  }

  function emit(entry, type, detail) {
    detail = detail || {};
    detail.questionnaire = entry.o.id;
    entry.el.dispatchEvent(new CustomEvent('diagnostic:' + type, { bubbles: true, detail: detail }));
    (listeners[type] || []).concat(listeners['*'] || []).forEach(function (fn) {
      try { fn(detail, type); } catch (e) { warn('a ' + type + ' listener failed: ' + e.message); }
    });
    if (entry.o.dataLayer) {
      window.dataLayer = window.dataLayer || [];
      var push = { event: 'diagnostic_' + type, diagnostic_questionnaire: entry.o.id };
      if (type === 'step') { push.diagnostic_step = detail.index; push.diagnostic_steps = detail.total; }
      if (type === 'completed') { push.diagnostic_overall = detail.overall; }
      window.dataLayer.push(push);
    }
  }

  function button(label, floating) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.style.cssText = floating
      ? 'position:fixed;right:16px;bottom:16px;z-index:2147483000;padding:14px 20px;border:0;border-radius:28px;'
        + 'background:#1d4ed8;color:#fff;font:600 16px/1.2 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.3);cursor:pointer'
      : 'padding:12px 18px;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font:600 16px/1.2 system-ui,sans-serif;cursor:pointer';
    return b;
  }

  function mount(el) {
    if (typeof el === 'string') { el = document.querySelector(el); }
    if (!el || el.nodeType !== 1) { warn('mount() needs an element or a selector that finds one'); return null; }
    for (var i = 0; i < entries.length; i++) { if (entries[i].el === el) { return entries[i]; } }
    var o = options(el);
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(o.id || '')) {
      warn('data-diagnostic must be a questionnaire id such as "quick-check", not "' + o.id + '"');
      return null;
    }
    var entry = { el: el, o: o, frame: null, overlay: null };
    entries.push(entry);
    el.setAttribute('data-diagnostic-mounted', '');
    if (o.mode === 'inline') {
      el.appendChild(createFrame(entry));
      return entry;
    }
    var trigger = el.tagName === 'BUTTON' || el.tagName === 'A' ? el : null;
    if (!trigger) {
      trigger = button(o.buttonText || text(o).open, o.mode === 'button');
      (o.mode === 'button' ? document.body : el).appendChild(trigger);
    }
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', function (e) { e.preventDefault(); open(entry); });
    entry.trigger = trigger;
    if (location.hash.indexOf('#diagnostic-resume=') === 0) { open(entry); } // the "continue later" link
    return entry;
  }

  function find(target) {
    if (target && target.el) { return target; }
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].el === target || entries[i].o.id === target) { return entries[i]; }
    }
    if (typeof target === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(target)) {
      var el = document.createElement('div'); // open('quick-check') without an element: a popup of its own
      el.setAttribute('data-diagnostic', target);
      el.setAttribute('data-mode', 'popup');
      el.hidden = true;
      document.body.appendChild(el);
      var entry = mount(el);
      return entry;
    }
    return null;
  }

  function open(target) {
    var entry = find(target);
    if (!entry || entry.o.mode === 'inline') { return; }
    if (!entry.overlay) {
      var phone = window.innerWidth < 600;
      var slider = entry.o.mode === 'slider';
      var overlay = document.createElement('div');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483001;background:rgba(0,0,0,.45);display:flex;'
        + (slider ? 'justify-content:flex-end' : 'align-items:center;justify-content:center');
      var panel = document.createElement('div');
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-modal', 'true');
      panel.setAttribute('aria-label', entry.o.title || text(entry.o).title);
      panel.style.cssText = 'position:relative;background:#fff;display:flex;flex-direction:column;'
        + (phone ? 'width:100%;height:100%' : slider ? 'width:min(480px,100%);height:100%'
          : 'width:min(760px,92vw);height:min(860px,90vh);border-radius:8px;overflow:hidden');
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = '×';
      close.setAttribute('aria-label', text(entry.o).close);
      close.style.cssText = 'position:absolute;top:6px;right:8px;z-index:1;width:40px;height:40px;border:0;border-radius:20px;'
        + 'background:#f1f5f9;color:#111;font:24px/1 system-ui,sans-serif;cursor:pointer';
      close.addEventListener('click', function () { closeEntry(entry); });
      overlay.addEventListener('click', function (e) { if (e.target === overlay) { closeEntry(entry); } });
      overlay.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeEntry(entry); } });
      panel.appendChild(close);
      var holder = document.createElement('div');
      holder.style.cssText = 'flex:1;min-height:0;padding-top:52px';
      holder.appendChild(createFrame(entry)); // made once and kept: closing and reopening keeps the step
      panel.appendChild(holder);
      overlay.appendChild(panel);
      entry.overlay = overlay;
      entry.closeButton = close;
      document.body.appendChild(overlay);
    }
    entry.overlay.style.display = 'flex';
    entry.returnFocus = document.activeElement;
    entry.scrollLock = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    entry.closeButton.focus();
  }

  function closeEntry(entry) {
    if (!entry || !entry.overlay || entry.overlay.style.display === 'none') { return; }
    entry.overlay.style.display = 'none';
    document.documentElement.style.overflow = entry.scrollLock || '';
    if (entry.returnFocus && entry.returnFocus.focus) { entry.returnFocus.focus(); }
    emit(entry, 'close');
  }

  window.addEventListener('message', function (event) {
    // Only our own iframes may speak to this page.
    if (event.origin !== origin || !event.data || typeof event.data.type !== 'string') { return; }
    var entry = null;
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].frame && entries[i].frame.contentWindow === event.source) { entry = entries[i]; }
    }
    if (!entry) { return; }
    var data = event.data;
    var o = entry.o;
    if (data.type === 'diagnostic:ready') {
      entry.loads++;
      clearTimeout(entry.timer);
      if (!o.title && typeof data.title === 'string' && data.title) { entry.frame.title = data.title.slice(0, 200); }
      event.source.postMessage(
        { type: 'diagnostic:hello', host: location.href.split('#')[0], navigated: entry.loads > 1 }, origin);
      if (entry.loads === 1) { emit(entry, 'ready'); }
    } else if (data.type === 'diagnostic:resize' && typeof data.height === 'number' && data.height > 0) {
      if (o.mode === 'inline') { entry.frame.style.height = Math.min(Math.ceil(data.height), 50000) + 'px'; }
    } else if (data.type === 'diagnostic:focus' && typeof data.top === 'number' && o.mode === 'inline') {
      // Bring the new step's heading (or its error summary) into view on the host page.
      var y = entry.frame.getBoundingClientRect().top + data.top;
      if (y < 0 || y > window.innerHeight - 80) { window.scrollTo(0, Math.max(0, window.scrollY + y - 16)); }
    } else if (data.type === 'diagnostic:step' && /^[A-Za-z0-9_-]{43}$/.test(data.draft)) {
      store('draft:' + o.id, data.draft);
      if (typeof data.index === 'number') {
        if (data.index === 1 && once('started:' + data.draft)) { emit(entry, 'started'); }
        emit(entry, 'step', { index: data.index, total: data.total });
      }
    } else if (data.type === 'diagnostic:completed' && typeof data.resultToken === 'string') {
      store('draft:' + o.id, null);
      if (once('completed:' + data.resultToken)) {
        emit(entry, 'completed', { resultToken: data.resultToken, reportUrl: data.reportUrl, overall: data.overall, elements: data.elements });
      }
    } else if (data.type === 'diagnostic:lead' && typeof data.resultToken === 'string') {
      if (once('lead:' + data.resultToken)) { emit(entry, 'lead', { resultToken: data.resultToken, consent: true }); }
    }
  });

  window.Diagnostic = {
    version: 2,
    mount: function (el) { return mount(el) ? true : false; },
    open: function (target) { open(target); },
    close: function (target) {
      if (target) { closeEntry(find(target)); return; }
      entries.forEach(closeEntry);
    },
    on: function (type, fn) {
      if (type !== '*' && TYPES.indexOf(type) < 0) { warn('no event "' + type + '"; use one of ' + TYPES.join(', ')); return; }
      (listeners[type] = listeners[type] || []).push(fn);
    },
    off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); }
  };

  function mountAll() {
    var one = script.getAttribute('data-questionnaire');
    if (one) { // the one-line form: the script tag carries the settings
      var el = document.createElement('div');
      for (var i = 0; i < script.attributes.length; i++) {
        var a = script.attributes[i];
        if (/^data-(mode|lang|title|button-text|datalayer|hidden-.*|answer-.*)$/.test(a.name)) { el.setAttribute(a.name, a.value); }
      }
      el.setAttribute('data-diagnostic', one);
      script.parentNode.insertBefore(el, script.nextSibling);
    }
    var els = document.querySelectorAll('[data-diagnostic]');
    for (var j = 0; j < els.length; j++) { mount(els[j]); }
    document.dispatchEvent(new CustomEvent('diagnostic:loaded'));
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', mountAll); } else { mountAll(); }
}());
