/*
 * Shows and hides follow-up questions as soon as their showIf condition changes, without a
 * reload, saves each answer as it is given and clears its error. Only an enhancement: without JavaScript the server shows follow-ups after "Next", and
 * the server re-checks every answer whatever this script does.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.step-form');
  if (!form) { return; }
  var UNKNOWN = {};
  var earlier = {};
  try { earlier = JSON.parse(form.getAttribute('data-answers') || '{}'); } catch (e) { earlier = {}; }

  function values(id) {
    var inputs = form.querySelectorAll('[name="q.' + id + '"]');
    if (inputs.length === 0) {
      var v = earlier[id];
      return v === undefined || v === null ? [] : [].concat(v).map(String);
    }
    var out = [];
    Array.prototype.forEach.call(inputs, function (i) {
      if (i.disabled) { return; }
      if (i.type === 'radio' || i.type === 'checkbox') {
        if (i.checked) { out.push(i.value); }
      } else if (i.value) {
        out.push(i.value);
      }
    });
    return out;
  }

  function holds(c) {
    if (c.all) { return c.all.every(holds); }
    if (c.any) { return c.any.some(holds); }
    if (c.not) { return !holds(c.not); }
    if (c.count) {
      var n = c.count.filter(holds).length;
      return (c.atLeast == null || n >= c.atLeast) && (c.atMost == null || n <= c.atMost);
    }
    if (!c.question) { throw UNKNOWN; }
    var v = values(c.question);
    if (v.length === 0) { return false; }
    if (c.answered) { return true; }
    if (c.equals != null) { return v.indexOf(String(c.equals)) >= 0; }
    if (c['in']) { return v.some(function (x) { return c['in'].map(String).indexOf(x) >= 0; }); }
    // Points are known only to the server; a scale answer is its own value.
    if (!/^\d+$/.test(v[0])) { throw UNKNOWN; }
    var num = parseInt(v[0], 10);
    return c.atLeast != null ? num >= c.atLeast : num <= c.atMost;
  }

  function update() {
    Array.prototype.forEach.call(form.querySelectorAll('[data-show-if]'), function (q) {
      var show;
      try {
        show = holds(JSON.parse(q.getAttribute('data-show-if')));
      } catch (e) {
        return; // leave what the server decided
      }
      q.hidden = !show;
      if (q.tagName === 'FIELDSET') { q.disabled = !show; }
    });
  }

  // A workshop participant learns within seconds that the workshop closed (or was deleted) under them,
  // from a status poll or from the autosave's answer, instead of at the next Next.
  var closedNote = document.getElementById('workshop-closed');
  var ended = false;
  function workshopEnded(id) {
    if (ended) { return; }
    ended = true;
    var note = document.getElementById(id);
    note.hidden = false;
    note.setAttribute('tabindex', '-1');
    note.focus();
  }
  function poll() {
    if (ended || document.visibilityState === 'hidden') { return; }
    fetch(closedNote.getAttribute('data-status'), { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
      if (r.status === 404) { workshopEnded('workshop-gone'); return null; }
      return r.ok ? r.json() : null;
    }).then(function (s) {
      if (s && s.open === false) { workshopEnded('workshop-closed'); }
    })['catch'](function () { /* offline: try again later */ });
  }
  if (closedNote && window.fetch) {
    setInterval(poll, 4000);
    document.addEventListener('visibilitychange', poll);
  }

  // Saves the step as each answer is given, so a refresh, a closed tab or the language switch loses nothing.
  // The server saves what a post of this form would save (missing answers are fine) and re-checks everything.
  // One save in flight at a time: parallel posts of growing snapshots can be stored out of order,
  // and an older one arriving last took back answers already given.
  var timer = null, busy = false, again = false;
  function save(now) {
    clearTimeout(timer);
    timer = null;
    if (!window.fetch || !window.URLSearchParams || !window.FormData) { return; }
    if (busy && !now) { again = true; return; }
    busy = true;
    again = false;
    fetch(form.action, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', keepalive: true,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (r) {
      if (closedNote && r.status === 409) { workshopEnded('workshop-closed'); }
      if (closedNote && r.status === 404) { workshopEnded('workshop-gone'); }
      done();
    }, done); // offline: Next still saves
  }
  function done() {
    busy = false;
    if (again) { save(); }
  }
  function later() { clearTimeout(timer); timer = setTimeout(save, 800); }

  // An error goes away as soon as its question has an answer.
  function clear(q) {
    if (!q || !q.id || q.id.indexOf('question-') !== 0) { return; }
    var id = q.id.substring('question-'.length);
    if (values(id).length === 0) { return; }
    q.classList.remove('invalid');
    var err = document.getElementById('err-' + id);
    if (err) { err.parentNode.removeChild(err); }
    Array.prototype.forEach.call(q.querySelectorAll('[aria-invalid]'), function (i) { i.removeAttribute('aria-invalid'); });
    var d = (q.getAttribute('aria-describedby') || '').replace('err-' + id, '').trim();
    if (d) { q.setAttribute('aria-describedby', d); } else { q.removeAttribute('aria-describedby'); }
    var summary = document.getElementById('errors');
    if (summary) {
      var li = summary.querySelector('li[data-for="' + id + '"]');
      if (li) { li.parentNode.removeChild(li); }
      if (!summary.querySelector('li')) { summary.hidden = true; }
    }
  }

  form.addEventListener('change', function (e) {
    update();
    clear(e.target.closest ? e.target.closest('.question') : null);
    save();
  });
  form.addEventListener('input', function (e) {
    if (e.target.tagName === 'TEXTAREA') { later(); }
  });
  window.addEventListener('pagehide', function () { if (timer || again) { save(true); } });
  update();

  var copy = document.getElementById('copy-resume');
  var link = document.getElementById('resume-link');
  if (copy && link && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(link.value).then(function () { copy.textContent = copy.getAttribute('data-done'); });
    });
  }
}());
