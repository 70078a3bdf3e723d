/*
 * Shows and hides follow-up questions as soon as their showIf condition changes, without a
 * reload. Only an enhancement: without JavaScript the server shows follow-ups after "Next", and
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

  form.addEventListener('change', update);
  update();
}());
