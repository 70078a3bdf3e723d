// Presenter view. Polls the participant totals every 3 seconds (read from the database on each
// request, so any app instance answers the same; totals only, never by role). When the results
// are shown, turns the stacked sections into slides: arrows, space, Page Up/Down (clickers send
// these), Home/End. Without JavaScript the page is the whole handout, one section after another.
(function () {
  var main = document.querySelector('[data-counts]');
  if (!main) { return; }
  var url = main.getAttribute('data-counts');
  function set(id, v) { var el = document.getElementById(id); if (el && v !== undefined) { el.textContent = v; } }
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (r.ok) { return r.json(); } throw new Error(r.status); })
      .then(function (d) { set('joined', d.joined); set('answering', d.answering); set('finished', d.finished); })
      .catch(function () { /* keep the last numbers; try again on the next tick */ })
      .then(function () { setTimeout(poll, 3000); });
  }
  if (window.fetch) { setTimeout(poll, 3000); }

  var handout = document.querySelector('[data-print]');
  if (handout) {
    handout.addEventListener('click', function (ev) { ev.preventDefault(); window.print(); });
  }
  if (/[?&]handout=1/.test(location.search)) { return; }
  var slides = Array.prototype.slice.call(main.querySelectorAll('.slide'));
  if (slides.length < 2) { return; }
  var nav = main.querySelector('.deck-nav');
  var position = nav.querySelector('[data-position]');
  var template = position.getAttribute('data-template');
  var current = 0;
  var m = /^#slide-(\d+)$/.exec(location.hash);
  if (m) {
    current = Math.min(slides.length - 1, Math.max(0, parseInt(m[1], 10) - 1));
  } else if (location.hash.length > 1) {
    // Back from a form on a slide (#actions): open the slide that holds it.
    var target = document.getElementById(location.hash.substring(1));
    slides.forEach(function (s, k) { if (target && s.contains(target)) { current = k; } });
  }
  main.classList.add('js-deck');
  nav.hidden = false;
  function show(i) {
    current = Math.min(slides.length - 1, Math.max(0, i));
    // The shown slide may scroll inside itself (workshop.css), so the keyboard must be able to reach it.
    slides.forEach(function (s, k) {
      s.classList.toggle('current', k === current);
      if (k === current) { s.setAttribute('tabindex', '0'); } else { s.removeAttribute('tabindex'); }
    });
    var text = template.replace('0', String(current + 1));
    var last = text.lastIndexOf('0');
    position.textContent = text.substring(0, last) + slides.length + text.substring(last + 1);
    if (history.replaceState) { history.replaceState(null, '', '#slide-' + (current + 1)); }
  }
  nav.querySelector('[data-prev]').addEventListener('click', function () { show(current - 1); });
  nav.querySelector('[data-next]').addEventListener('click', function () { show(current + 1); });
  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) { return; }
    var k = ev.key;
    if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ' || k === 'Spacebar') {
      ev.preventDefault(); show(current + 1);
    } else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp') {
      ev.preventDefault(); show(current - 1);
    } else if (k === 'Home') {
      ev.preventDefault(); show(0);
    } else if (k === 'End') {
      ev.preventDefault(); show(slides.length - 1);
    }
  });
  show(current);
}());
