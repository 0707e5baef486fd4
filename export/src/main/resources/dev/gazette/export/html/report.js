
(function () {
  'use strict';

  /* ---------- data ----------
     The summary is read at once and draws the overview; the index (inputs, findings, suggestions)
     and the entities follow the script in the page and are read when a section first needs them,
     once the browser has read the whole file. */
  var S = JSON.parse(document.getElementById('gz-summary').textContent);
  var SEV = ['error', 'warning', 'info'];
  var FIX = ['none', 'applied', 'suggested'];
  var NF = S.findings;
  var RULES = S.rules.map(function (r, i) {
    return { i: i, id: r[0], severity: r[1], category: r[2], fix: r[3], summary: r[4] };
  });
  var COUNT = S.counts;
  var BY_SEV = S.bySeverity;
  var D = null, F = null, INPUTS = null, ARTICLES = null, BY_ID = null, ENTITIES = null, LINKS = null;
  var SUGG = null, SUGG_BY_FP = null;
  var aList = null, aFiltered = null, eList = null, eFiltered = null, sFiltered = null;
  var decisions = new Map();

  function initData() {
    if (D) { return true; }
    if (document.readyState === 'loading') { return false; }
    D = JSON.parse(document.getElementById('gz-index').textContent);
    var E = JSON.parse(document.getElementById('gz-entities').textContent);
    F = D.findings;
    INPUTS = D.inputs.map(function (x, i) {
      return { i: i, id: x[0], source: x[1], parsed: x[2] === 1, title: x[3], published: x[4], words: x[5],
        aside: x[6], changes: x[7], first: x[8], count: x[9] };
    });
    ARTICLES = INPUTS.filter(function (x) { return x.parsed; });
    BY_ID = new Map();
    INPUTS.forEach(function (x) { if (x.parsed && !BY_ID.has(x.id)) { BY_ID.set(x.id, x.i); } });
    INPUTS.forEach(function (x) { if (!BY_ID.has(x.id || x.source)) { BY_ID.set(x.id || x.source, x.i); } });
    ENTITIES = E.entities.map(function (e, i) {
      var articles = new Set();
      e[6].forEach(function (f) { f[2].forEach(function (a) { articles.add(a); }); });
      return { i: i, id: e[0], name: e[1], type: e[2], source: e[3], reason: e[4], mentions: e[5],
        forms: e[6].map(function (f) { return { form: f[0], mentions: f[1], articles: f[2] }; }), articles: articles.size };
    });
    if (E.links) {
      LINKS = new Map();
      E.links.forEach(function (l) {
        var list = LINKS.get(l[0]) || [];
        list.push({ form: l[1], linked: l[2], probability: l[3], weight: l[4], evidence: l[5], explanation: l[6] });
        LINKS.set(l[0], list);
      });
    }
    SUGG = D.suggestions.map(function (s) {
      return { k: s[0], fp: s[1], edits: s[2].map(function (e) { return { s: e[0], e: e[1], before: e[2], after: e[3] }; }) };
    });
    SUGG_BY_FP = new Map();
    SUGG.forEach(function (s) { if (s.fp) { SUGG_BY_FP.set(s.fp, s); } });
    aList = ARTICLES.concat(INPUTS.filter(function (x) { return !x.parsed; }));
    aFiltered = aList;
    eList = ENTITIES.slice().sort(function (a, b) { return b.mentions - a.mentions || a.name.localeCompare(b.name) || a.i - b.i; });
    eFiltered = eList;
    sFiltered = SUGG;
    return true;
  }

  /* ---------- helpers ---------- */
  function $(id) { return document.getElementById(id); }
  function h(tag, attrs, kids) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    add(e, kids);
    return e;
  }
  function svg(tag, attrs, kids) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    setAttrs(e, attrs);
    add(e, kids);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) { return; }
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { e.textContent = String(v); }
      else if (k === 'cls') { e.setAttribute('class', v); }
      else if (k.slice(0, 2) === 'on') { e.addEventListener(k.slice(2), v); }
      else { e.setAttribute(k, v === true ? '' : String(v)); }
    });
  }
  function add(e, kids) {
    if (kids === null || kids === undefined) { return; }
    if (!Array.isArray(kids)) { kids = [kids]; }
    kids.forEach(function (k) {
      if (k === null || k === undefined || k === false) { return; }
      e.appendChild(typeof k === 'string' || typeof k === 'number' ? document.createTextNode(String(k)) : k);
    });
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function plural(n, word, many) { return fmt(n) + ' ' + (n === 1 ? word : (many || word + 's')); }
  function hashFor(parts, params) {
    var s = '#' + parts.map(encodeURIComponent).join('/');
    if (params) {
      var q = new URLSearchParams();
      Object.keys(params).forEach(function (k) { if (params[k] !== '' && params[k] !== null && params[k] !== undefined) { q.set(k, params[k]); } });
      var t = q.toString();
      if (t) { s += '?' + t; }
    }
    return s;
  }
  function link(text, parts, params, attrs) {
    var a = h('a', attrs || {}, text);
    a.setAttribute('href', hashFor(parts, params));
    return a;
  }
  function sevEl(s) { return h('span', { cls: 'sev sev-' + SEV[s] }, SEV[s]); }
  function ruleOf(k) { return RULES[F.rule[k]]; }
  function inputOf(k) { return INPUTS[F.input[k]]; }
  function inputName(x) { return x.id || x.source; }
  function str(i) { return D.strings[i] || ''; }
  function typing(t) { return t && t.closest && t.closest('input, textarea, select, [contenteditable=true]'); }

  var detailCache = new Map();
  function details(i) {
    if (detailCache.has(i)) { return detailCache.get(i); }
    var el = $('d' + i);
    if (!el) { return null; }
    var d = JSON.parse(el.textContent);
    detailCache.set(i, d);
    if (detailCache.size > 40) { detailCache.delete(detailCache.keys().next().value); }
    return d;
  }
  function whenLoaded(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn, { once: true }); return true; }
    return false;
  }

  /* ---------- tabs and routing ---------- */
  var VIEWS = ['overview', 'findings', 'articles', 'entities', 'suggestions'];
  var rendered = {};
  var current = null;

  function showView(view) {
    VIEWS.forEach(function (v) {
      var tab = $('tab-' + v);
      var on = v === view;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.setAttribute('tabindex', on ? '0' : '-1');
      $(v).hidden = !on;
    });
    current = view;
    hideTip();
  }

  function route() {
    var raw = location.hash.slice(1);
    var q = raw.indexOf('?');
    var params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
    var path = (q >= 0 ? raw.slice(0, q) : raw).split('/').map(function (p) {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    var view = VIEWS.indexOf(path[0]) >= 0 ? path[0] : (path[0] === 'article' ? 'articles' : 'overview');
    showView(view);
    if (view === 'overview' && !rendered.overview) { renderOverview(); rendered.overview = true; }
    if (view !== 'overview' && !initData()) {
      var panel = $(view);
      if (!panel.querySelector('.loading')) { add(clear(panel), h('p', { cls: 'muted loading' }, 'Reading the report data…')); }
      whenLoaded(route);
      return;
    }
    if (view === 'findings') { openFindings(params); }
    if (view === 'articles') { openArticles(path[0] === 'article' ? path[1] : null, path[2] || '', params); }
    if (view === 'entities') { openEntities(params); }
    if (view === 'suggestions') { openSuggestions(params); }
  }

  function go(view) {
    if (location.hash.slice(1).split(/[/?]/)[0] === view) { route(); return; }
    location.hash = '#' + view;
  }

  /* ---------- overview ---------- */
  var PATTERNS = ['url(#pat-error)', 'url(#pat-warning)', 'url(#pat-info)'];

  function patternDefs() {
    return svg('svg', { width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false', cls: 'sr-only' }, svg('defs', null, [
      svg('pattern', { id: 'pat-error', width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
        svg('rect', { width: 6, height: 6, fill: '#b3261e' })),
      svg('pattern', { id: 'pat-warning', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
        svg('rect', { width: 6, height: 6, fill: '#f2c14e' }), svg('rect', { width: 2.5, height: 6, fill: '#7a4f00' })]),
      svg('pattern', { id: 'pat-info', width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, [
        svg('rect', { width: 6, height: 6, fill: '#cfe0f7' }), svg('circle', { cx: 3, cy: 3, r: 1.6, fill: '#1f5fbf' })]),
      svg('pattern', { id: 'pat-change', width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
        svg('rect', { width: 6, height: 6, fill: '#2f7d32' }))
    ]));
  }

  function sevLegend() {
    return h('ul', { cls: 'legend', 'aria-label': 'Severity key' }, SEV.map(function (s, i) {
      return h('li', null, [svg('svg', { cls: 'swatch', viewBox: '0 0 12 12', 'aria-hidden': 'true' },
        svg('rect', { width: 12, height: 12, fill: PATTERNS[i], stroke: '#57606a', 'stroke-width': 0.5 })), sevEl(i)]);
    }));
  }

  /* A chart of horizontal bars: each row a label, a bar of stacked segments (inline SVG) and a total. */
  function barChart(opts) {
    var max = opts.rows.reduce(function (m, r) { return Math.max(m, r.total); }, 0) || 1;
    var list = h('div', { cls: 'bars', role: 'list' });
    opts.rows.forEach(function (r) {
      var bar = svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', cls: 'bar-svg' });
      var x = 0;
      r.parts.forEach(function (p) {
        if (!p.value) { return; }
        var w = 100 * p.value / max;
        bar.appendChild(svg('rect', { x: x, y: 0, width: w, height: 10, fill: p.fill }, svg('title', { text: p.title })));
        x += w;
      });
      var label = r.href ? link(r.label, r.href[0], r.href[1], { title: r.title || null }) : h('span', { title: r.title || null }, r.label);
      var row = h('div', { cls: 'bar-row', role: 'listitem', 'aria-label': r.aria }, [
        h('span', { cls: 'bar-label' }, label), h('span', { cls: 'bar-track' }, bar), h('span', { cls: 'bar-total num' }, fmt(r.total))]);
      Object.keys(r.data || {}).forEach(function (k) { row.setAttribute('data-' + k, r.data[k]); });
      list.appendChild(row);
    });
    var table = h('table', null, [
      h('caption', { cls: 'sr-only' }, opts.title),
      h('thead', null, h('tr', null, opts.columns.map(function (c, i) { return h('th', { cls: i ? 'num' : null, scope: 'col' }, c); }))),
      h('tbody', null, opts.rows.map(function (r) {
        return h('tr', null, [h('th', { scope: 'row' }, r.label)].concat(r.cells.map(function (c) { return h('td', { cls: 'num' }, fmt(c)); })));
      }))]);
    return h('div', { cls: 'panel chart', id: opts.id }, [
      h('h3', null, opts.title), opts.legend || null,
      opts.rows.length ? list : h('p', { cls: 'muted' }, opts.empty),
      opts.rows.length ? h('details', null, [h('summary', null, 'As a table'), h('div', { cls: 'table-wrap' }, table)]) : null]);
  }

  function renderOverview() {
    var p = clear($('overview'));
    p.appendChild(patternDefs());
    p.appendChild(h('h2', null, 'Overview'));
    var stats = [
      ['articles', S.articles, 'articles'],
      ['words', S.words, 'words'],
      ['findings', NF, 'findings'],
      ['changes', S.changes, S.kind === 'check' ? 'changes export applies' : 'changes applied'],
      ['set-aside', S.setAside, 'lines set aside'],
      ['entities', S.entities, 'entities'],
      ['suggestions', S.suggestions, 'suggestions to review']
    ];
    if (S.rejected) { stats.splice(1, 0, ['rejected', S.rejected, 'inputs not read']); }
    if (S.suppressed) { stats.push(['suppressed', S.suppressed, 'findings suppressed by the baseline']); }
    p.appendChild(h('ul', { cls: 'stats' }, stats.map(function (s) {
      return h('li', { cls: 'stat', 'data-stat': s[0], 'data-value': s[1] }, [
        h('span', { cls: 'value' }, fmt(s[1])), h('span', { cls: 'label' }, s[2])]);
    })));

    var byRule = RULES.filter(function (r) { return COUNT[r.i][0] + COUNT[r.i][1] + COUNT[r.i][2] > 0; })
      .map(function (r) {
        var c = COUNT[r.i];
        var total = c[0] + c[1] + c[2];
        return { label: r.id, title: r.summary, total: total, href: [['findings'], { rule: r.id }],
          aria: r.id + ': ' + plural(total, 'finding') + ' (' + SEV.map(function (s, i) { return c[i] + ' ' + s; }).join(', ') + ')',
          parts: c.map(function (v, i) { return { value: v, fill: PATTERNS[i], title: r.id + ': ' + fmt(v) + ' ' + SEV[i] }; }),
          cells: [c[0], c[1], c[2], total],
          data: { rule: r.id, error: c[0], warning: c[1], info: c[2], total: total } };
      })
      .sort(function (a, b) { return b.total - a.total || (a.label < b.label ? -1 : 1); });
    var changes = Object.keys(S.changesByRule).map(function (id) {
      var n = S.changesByRule[id];
      var r = RULES.find(function (x) { return x.id === id; });
      return { label: id, title: r ? r.summary : '', total: n, href: [['findings'], { rule: id, fix: 'applied' }],
        aria: id + ': ' + plural(n, 'change'), parts: [{ value: n, fill: 'url(#pat-change)', title: id + ': ' + fmt(n) + ' changes' }],
        cells: [n], data: { rule: id, total: n } };
    }).sort(function (a, b) { return b.total - a.total || (a.label < b.label ? -1 : 1); });
    var bySev = SEV.map(function (s, i) {
      return { label: s, total: BY_SEV[i], href: [['findings'], { severity: s }], aria: plural(BY_SEV[i], s + ' finding'),
        parts: [{ value: BY_SEV[i], fill: PATTERNS[i], title: fmt(BY_SEV[i]) + ' ' + s }], cells: [BY_SEV[i]],
        data: { severity: s, total: BY_SEV[i] } };
    });
    var labels = ['none', '1–2', '3–5', '6–10', '11–20', 'more than 20'];
    var hist = labels.map(function (label, b) {
      var n = S.histogram[b];
      return { label: label, total: n, aria: plural(n, 'article') + ' with ' + label + ' findings',
        parts: [{ value: n, fill: '#0b5cad', title: fmt(n) + ' articles' }], cells: [n], data: { bucket: label, total: n } };
    });
    p.appendChild(h('div', { cls: 'charts' }, [
      barChart({ id: 'chart-rules', title: 'Findings per rule and severity', rows: byRule, legend: sevLegend(),
        columns: ['Rule', 'Errors', 'Warnings', 'Info', 'Total'], empty: 'No findings.' }),
      barChart({ id: 'chart-changes', title: S.kind === 'check' ? 'Changes export applies, per rule' : 'Changes applied per rule', rows: changes,
        columns: ['Rule', 'Changes'], empty: 'No change was applied.' }),
      barChart({ id: 'chart-severity', title: 'Findings per severity', rows: bySev, columns: ['Severity', 'Findings'],
        empty: 'No findings.' }),
      barChart({ id: 'chart-articles', title: 'Articles by number of findings', rows: hist,
        columns: ['Findings', 'Articles'], empty: 'No articles.' })
    ]));
    p.appendChild(h('p', { cls: 'muted small' }, [
      'Written by ' + S.generator + '. Everything in this page is embedded in the file; it loads nothing from the network. ',
      'Press ', h('kbd', null, '?'), ' for the keyboard shortcuts.']));
  }

  /* ---------- findings ---------- */
  var fState = { rule: '', severity: '', fix: '', article: '', q: '', sort: 'where', dir: 1, page: 0, size: 100 };
  var fRows = null;
  var lowerMsg = null;

  function ruleIndex(id) {
    for (var i = 0; i < RULES.length; i++) { if (RULES[i].id === id) { return i; } }
    return -2;
  }

  function filterFindings() {
    var rule = fState.rule ? ruleIndex(fState.rule) : -1;
    var sev = fState.severity ? SEV.indexOf(fState.severity) : -1;
    var fix = fState.fix ? FIX.indexOf(fState.fix) : -1;
    var art = fState.article.trim().toLowerCase();
    var artOk = null;
    if (art) {
      artOk = new Uint8Array(INPUTS.length);
      INPUTS.forEach(function (x) {
        var id = (x.id || '').toLowerCase();
        artOk[x.i] = id === art || id.indexOf(art) >= 0 || (x.title && x.title.toLowerCase().indexOf(art) >= 0)
          || x.source.toLowerCase().indexOf(art) >= 0 ? 1 : 0;
      });
    }
    var q = fState.q.trim().toLowerCase();
    if (q && !lowerMsg) { lowerMsg = F.message.map(function (m) { return m.toLowerCase(); }); }
    var out = [];
    for (var k = 0; k < NF; k++) {
      if (rule !== -1 && F.rule[k] !== rule) { continue; }
      if (sev >= 0 && F.severity[k] !== sev) { continue; }
      if (fix >= 0 && F.fix[k] !== fix) { continue; }
      if (artOk && !artOk[F.input[k]]) { continue; }
      if (q && lowerMsg[k].indexOf(q) < 0 && str(F.suggestion[k]).toLowerCase().indexOf(q) < 0
          && RULES[F.rule[k]].id.indexOf(q) < 0) { continue; }
      out.push(k);
    }
    var dir = fState.dir;
    var cmp = {
      where: null,
      severity: function (a, b) { return F.severity[a] - F.severity[b]; },
      rule: function (a, b) { var x = RULES[F.rule[a]].id, y = RULES[F.rule[b]].id; return x < y ? -1 : x > y ? 1 : 0; },
      message: function (a, b) { return F.message[a].localeCompare(F.message[b]); },
      fix: function (a, b) { return F.fix[a] - F.fix[b]; }
    }[fState.sort];
    out.sort(function (a, b) { return dir * ((cmp ? cmp(a, b) : 0) || (a - b)); });
    fRows = out;
  }

  function openFindings(params) {
    var p = $('findings');
    if (!rendered.findings) { renderFindingsShell(); rendered.findings = true; }
    var changed = false;
    ['rule', 'severity', 'fix', 'article', 'q'].forEach(function (k) {
      var v = params.get(k) || '';
      if (fState[k] !== v) { fState[k] = v; changed = true; }
    });
    if (changed || !fRows) { fState.page = 0; filterFindings(); }
    syncFindingControls();
    renderFindingRows();
    return p;
  }

  function renderFindingsShell() {
    var p = clear($('findings'));
    p.appendChild(h('h2', null, 'Findings'));
    var ruleSel = h('select', { id: 'f-rule' }, [h('option', { value: '' }, 'All rules (' + fmt(NF) + ')')].concat(
      RULES.filter(function (r) { return COUNT[r.i][0] + COUNT[r.i][1] + COUNT[r.i][2] > 0; })
        .map(function (r) { return h('option', { value: r.id }, r.id + ' (' + fmt(COUNT[r.i][0] + COUNT[r.i][1] + COUNT[r.i][2]) + ')'); })));
    var sevSel = h('select', { id: 'f-severity' }, [h('option', { value: '' }, 'All severities')].concat(
      SEV.map(function (s, i) { return h('option', { value: s }, s + ' (' + fmt(BY_SEV[i]) + ')'); })));
    var fixSel = h('select', { id: 'f-fix' }, [h('option', { value: '' }, 'Any'),
      h('option', { value: 'applied' }, 'fix applied'), h('option', { value: 'suggested' }, 'fix suggested, not applied'),
      h('option', { value: 'none' }, 'no fix')]);
    var art = h('input', { id: 'f-article', type: 'search', placeholder: 'id or title', autocomplete: 'off' });
    var q = h('input', { id: 'f-q', type: 'search', placeholder: 'words in the message', autocomplete: 'off' });
    function update() {
      fState.rule = ruleSel.value; fState.severity = sevSel.value; fState.fix = fixSel.value;
      fState.article = art.value; fState.q = q.value; fState.page = 0;
      filterFindings();
      renderFindingRows();
      history.replaceState(null, '', hashFor(['findings'], { rule: fState.rule, severity: fState.severity, fix: fState.fix,
        article: fState.article, q: fState.q }));
    }
    var timer = null;
    function later() { clearTimeout(timer); timer = setTimeout(update, 150); }
    [ruleSel, sevSel, fixSel].forEach(function (s) { s.addEventListener('change', update); });
    [art, q].forEach(function (s) { s.addEventListener('input', later); });
    p.appendChild(h('form', { cls: 'filters', role: 'search', 'aria-label': 'Filter the findings', onsubmit: function (e) { e.preventDefault(); update(); } }, [
      h('label', null, ['Rule', ruleSel]), h('label', null, ['Severity', sevSel]), h('label', null, ['Fix', fixSel]),
      h('label', null, ['Article', art]), h('label', null, ['Text', q]),
      h('button', { type: 'button', onclick: function () {
        ruleSel.value = ''; sevSel.value = ''; fixSel.value = ''; art.value = ''; q.value = ''; update();
      } }, 'Clear filters')]));
    p.appendChild(h('p', { id: 'f-status', cls: 'muted', 'aria-live': 'polite' }));
    var cols = [['severity', 'Severity'], ['rule', 'Rule'], ['where', 'Article and line'], ['message', 'Message'], ['fix', 'Fix']];
    var thead = h('thead', null, h('tr', null, cols.map(function (c) {
      return h('th', { scope: 'col', 'data-sort': c[0] }, h('button', { type: 'button', onclick: function () {
        if (fState.sort === c[0]) { fState.dir = -fState.dir; } else { fState.sort = c[0]; fState.dir = 1; }
        fState.page = 0; filterFindings(); renderFindingRows();
      } }, c[1]));
    })));
    p.appendChild(h('div', { cls: 'table-wrap' }, h('table', { cls: 'findings-table', id: 'f-table' }, [
      h('caption', { cls: 'sr-only' }, 'Findings; activate a row to see the finding in its article'), thead, h('tbody', { id: 'f-body' })])));
    p.appendChild(h('nav', { cls: 'pager', 'aria-label': 'Pages of findings', id: 'f-pager' }));
  }

  function syncFindingControls() {
    $('f-rule').value = fState.rule; $('f-severity').value = fState.severity; $('f-fix').value = fState.fix;
    $('f-article').value = fState.article; $('f-q').value = fState.q;
  }

  function renderFindingRows() {
    var body = clear($('f-body'));
    var from = fState.page * fState.size;
    var to = Math.min(fRows.length, from + fState.size);
    for (var j = from; j < to; j++) {
      body.appendChild(findingRow(fRows[j], j === from));
    }
    document.querySelectorAll('#f-table th').forEach(function (th) {
      var s = th.getAttribute('data-sort');
      if (s === fState.sort) { th.setAttribute('aria-sort', fState.dir > 0 ? 'ascending' : 'descending'); }
      else { th.removeAttribute('aria-sort'); }
    });
    var status = $('f-status');
    status.setAttribute('data-count', fRows.length);
    status.textContent = fRows.length === 0 ? 'No finding matches the filters.'
      : 'Showing ' + fmt(from + 1) + '–' + fmt(to) + ' of ' + plural(fRows.length, 'finding')
        + (fRows.length < NF ? ' (filtered from ' + fmt(NF) + ')' : '') + '.';
    pager($('f-pager'), fState, fRows.length, renderFindingRows);
  }

  function pager(nav, state, total, redraw) {
    clear(nav);
    var pages = Math.max(1, Math.ceil(total / state.size));
    if (pages <= 1) { return; }
    function to(pg) { return function () { state.page = pg; redraw(); }; }
    nav.appendChild(h('button', { type: 'button', disabled: state.page === 0, onclick: to(0) }, 'First'));
    nav.appendChild(h('button', { type: 'button', disabled: state.page === 0, onclick: to(state.page - 1), 'data-page': 'prev' }, 'Previous'));
    nav.appendChild(h('span', null, 'Page ' + fmt(state.page + 1) + ' of ' + fmt(pages)));
    nav.appendChild(h('button', { type: 'button', disabled: state.page >= pages - 1, onclick: to(state.page + 1), 'data-page': 'next' }, 'Next'));
    nav.appendChild(h('button', { type: 'button', disabled: state.page >= pages - 1, onclick: to(pages - 1) }, 'Last'));
  }

  function findingTarget(k) {
    var x = inputOf(k);
    return ['article', inputName(x), 'f' + k];
  }

  function findingRow(k, first) {
    var x = inputOf(k);
    var r = ruleOf(k);
    var where = F.line[k] > 0 ? 'line ' + F.line[k] + ':' + F.column[k] : 'whole file';
    var sug = str(F.suggestion[k]);
    var tr = h('tr', { tabindex: first ? 0 : -1, 'data-k': k, 'data-rule': r.id, 'data-article': x.id, 'data-number': F.number[k] }, [
      h('td', { 'data-label': 'Severity' }, sevEl(F.severity[k])),
      h('td', { 'data-label': 'Rule' }, h('code', null, r.id)),
      h('td', { cls: 'where', 'data-label': 'Where' }, [link(inputName(x), findingTarget(k), null, { tabindex: -1 }), ' ',
        h('span', { cls: 'muted small' }, where)]),
      h('td', { cls: 'msg', 'data-label': 'Message' }, [F.message[k], sug ? h('span', { cls: 'sug' }, sug) : null]),
      h('td', { 'data-label': 'Fix' }, F.fix[k] ? h('span', { cls: 'fix fix-' + FIX[F.fix[k]] }, FIX[F.fix[k]]) : h('span', { cls: 'muted' }, '—'))]);
    tr.addEventListener('click', function (e) {
      if (e.target.closest('a')) { return; }
      location.hash = hashFor(findingTarget(k));
    });
    tr.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); location.hash = hashFor(findingTarget(k)); }
    });
    return tr;
  }

  /* ---------- rows: j/k ---------- */
  function moveRow(container, selector, step) {
    var rows = Array.prototype.slice.call(container.querySelectorAll(selector));
    if (!rows.length) { return; }
    var at = rows.indexOf(document.activeElement && document.activeElement.closest(selector));
    var next = rows[Math.max(0, Math.min(rows.length - 1, at < 0 ? 0 : at + step))];
    rows.forEach(function (r) { if (r.hasAttribute('tabindex')) { r.setAttribute('tabindex', r === next ? '0' : '-1'); } });
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }

  /* ---------- articles ---------- */
  var aState = { q: '', page: 0, size: 200, current: -1, hideWs: false, mentions: false, entity: -1 };

  function openArticles(id, anchor) {
    if (!rendered.articles) { renderArticlesShell(); rendered.articles = true; }
    var idx = -1;
    if (id !== null && id !== undefined) {
      idx = BY_ID.has(id) ? BY_ID.get(id) : -1;
    } else if (aState.current >= 0) {
      idx = aState.current;
    } else if (aList.length) {
      idx = aList[0].i;
    }
    aState.entity = -1;
    if (anchor && anchor.charAt(0) === 'e') { aState.entity = Number(anchor.slice(1)); }
    /* On a phone the list folds away once an article is open; on a wide screen it stays beside it. */
    $('a-picker').open = !(id && window.matchMedia && window.matchMedia('(max-width: 760px)').matches);
    renderArticleList(idx);
    renderArticle(idx, anchor);
  }

  function renderArticlesShell() {
    var p = clear($('articles'));
    p.appendChild(h('h2', { cls: 'sr-only' }, 'Articles'));
    var q = h('input', { id: 'a-q', type: 'search', placeholder: 'id or title', autocomplete: 'off', 'aria-label': 'Find an article by id or title' });
    var timer = null;
    q.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        aState.q = q.value.trim().toLowerCase(); aState.page = 0;
        aFiltered = !aState.q ? aList : aList.filter(function (x) {
          return (x.id || '').toLowerCase().indexOf(aState.q) >= 0 || (x.title || '').toLowerCase().indexOf(aState.q) >= 0
            || x.source.toLowerCase().indexOf(aState.q) >= 0;
        });
        renderArticleList(aState.current);
      }, 150);
    });
    p.appendChild(h('div', { cls: 'reader' }, [
      h('details', { cls: 'article-list panel', id: 'a-picker', open: true }, [
        h('summary', null, 'All articles (' + fmt(aList.length) + ')'),
        h('label', { cls: 'small', for: 'a-q' }, 'Find an article'), q,
        h('p', { id: 'a-status', cls: 'muted small', 'aria-live': 'polite' }),
        h('ol', { id: 'a-list' }), h('nav', { cls: 'pager', id: 'a-pager', 'aria-label': 'Pages of articles' })]),
      h('article', { cls: 'article-view panel', id: 'a-view', 'aria-live': 'polite' })]));
  }

  function renderArticleList(currentIdx) {
    var list = clear($('a-list'));
    var pos = aFiltered.findIndex(function (x) { return x.i === currentIdx; });
    if (pos >= 0 && Math.floor(pos / aState.size) !== aState.page && aState.keepPage !== true) { aState.page = Math.floor(pos / aState.size); }
    aState.keepPage = false;
    var from = aState.page * aState.size;
    var to = Math.min(aFiltered.length, from + aState.size);
    for (var j = from; j < to; j++) {
      var x = aFiltered[j];
      var n = x.count;
      var a = link(null, ['article', inputName(x)], null, { 'aria-current': x.i === currentIdx ? 'true' : null, tabindex: x.i === currentIdx || (pos < 0 && j === from) ? 0 : -1 });
      add(a, [h('span', null, x.parsed ? (x.title || '(no title)') : '(not read) ' + x.source), ' ',
        n ? h('span', { cls: 'count', title: plural(n, 'finding') }, fmt(n)) : null,
        h('span', { cls: 'id' }, x.id || x.source)]);
      list.appendChild(h('li', null, a));
    }
    $('a-status').textContent = plural(aFiltered.length, 'article') + (aFiltered.length < aList.length ? ' match' : '');
    pager($('a-pager'), aState, aFiltered.length, function () { aState.keepPage = true; renderArticleList(aState.current); });
  }

  function renderArticle(idx, anchor) {
    var view = clear($('a-view'));
    aState.current = idx;
    if (idx < 0) {
      view.appendChild(h('p', null, aList.length ? 'No article of that id is in this report.' : 'This report holds no article.'));
      return;
    }
    var x = INPUTS[idx];
    view.setAttribute('data-article', x.id);
    var pos = aList.indexOf(x);
    var prev = pos > 0 ? aList[pos - 1] : null;
    var next = pos >= 0 && pos < aList.length - 1 ? aList[pos + 1] : null;
    view.appendChild(h('nav', { cls: 'article-tools', 'aria-label': 'Article navigation' }, [
      prev ? link('← Previous article', ['article', inputName(prev)], null, { id: 'a-prev' }) : null,
      next ? link('Next article →', ['article', inputName(next)], null, { id: 'a-next' }) : null]));
    view.appendChild(h('h2', { id: 'a-title', tabindex: -1 }, x.parsed ? (x.title || '(no title)') : 'Input not read'));
    view.appendChild(h('p', { cls: 'article-meta' }, [
      h('span', null, ['Id ', h('code', null, x.id || '—')]), h('span', null, ['Source ', h('code', null, x.source)]),
      x.published ? h('span', null, 'Published ' + x.published) : null,
      x.parsed ? h('span', null, plural(x.words, 'word')) : null,
      h('span', null, plural(x.count, 'finding')), x.parsed ? h('span', null, plural(x.changes, 'change') + (S.kind === 'check' ? ' (applied by export)' : ' applied')) : null,
      x.parsed ? h('span', null, plural(x.aside, 'line') + ' set aside') : null]));
    if (!x.parsed) {
      view.appendChild(h('p', null, 'This input was not read as an article; its findings say why.'));
      view.appendChild(findingList(range(x.first, x.first + x.count)));
      return;
    }
    var det = details(idx);
    if (!det) {
      view.appendChild(h('p', { cls: 'muted' }, 'Loading the article…'));
      if (!whenLoaded(function () { if (aState.current === idx) { renderArticle(idx, anchor); } })) {
        view.appendChild(h('p', { cls: 'notice' }, 'The text of this article is missing from the page.'));
      }
      return;
    }
    var showWs = h('input', { type: 'checkbox', id: 'a-ws', checked: !aState.hideWs });
    var showM = h('input', { type: 'checkbox', id: 'a-ment', checked: aState.mentions || aState.entity >= 0 });
    showWs.addEventListener('change', function () { aState.hideWs = !showWs.checked; $('article-body').classList.toggle('hide-ws', aState.hideWs); });
    showM.addEventListener('change', function () { aState.mentions = showM.checked; aState.entity = -1; renderArticle(idx, ''); });
    view.appendChild(h('div', { cls: 'article-tools' }, [
      h('button', { type: 'button', id: 'a-prev-f', onclick: function () { stepFinding(-1); } }, '↑ Previous finding (p)'),
      h('button', { type: 'button', id: 'a-next-f', onclick: function () { stepFinding(1); } }, '↓ Next finding (n)'),
      h('label', null, [showWs, ' Show whitespace changes (line joins)']),
      h('label', null, [showM, aState.entity >= 0 && ENTITIES[aState.entity] ? ' Mentions of ' + ENTITIES[aState.entity].name : ' Show entity mentions'])]));
    view.appendChild(legend());
    var built = articleBody(idx, det);
    if (built.whole.length) {
      view.appendChild(h('div', { cls: 'whole' }, [h('strong', null, 'About the whole article'), findingList(built.whole)]));
    }
    view.appendChild(built.body);
    if (anchor && anchor.charAt(0) === 'f') {
      var k = Number(anchor.slice(1));
      var mark = built.body.querySelector('mark[data-f~="' + k + '"]');
      if (mark) {
        mark.classList.add('current');
        mark.focus({ preventScroll: true });
        mark.scrollIntoView({ block: 'center' });
        showTip(mark);
      } else {
        var item = view.querySelector('[data-k="' + k + '"]');
        if (item) { item.focus(); }
      }
    } else if (aState.entity >= 0) {
      var m = built.body.querySelector('.ment');
      if (m) { m.scrollIntoView({ block: 'center' }); }
    }
  }

  function range(a, b) { var out = []; for (var i = a; i < b; i++) { out.push(i); } return out; }

  function findingList(ks) {
    return h('ul', { cls: 'finding-list' }, ks.map(function (k) {
      var sug = str(F.suggestion[k]);
      return h('li', { tabindex: -1, 'data-k': k }, [sevEl(F.severity[k]), ' ', h('code', null, ruleOf(k).id), ' ',
        F.line[k] > 0 ? h('span', { cls: 'muted small' }, 'line ' + F.line[k] + ' ') : null, F.message[k],
        sug ? h('span', { cls: 'sug muted small' }, ' — ' + sug) : null]);
    }));
  }

  function legend() {
    return h('p', { cls: 'sev-key small', 'aria-label': 'Key' }, [
      h('mark', { cls: 'f s0' }, '✖ error'), h('mark', { cls: 'f s1' }, '▲ warning'), h('mark', { cls: 'f s2' }, '● info'),
      h('span', null, [h('del', { cls: 'ch' }, 'before'), h('ins', { cls: 'ch' }, 'after'), ' change applied']),
      h('span', { cls: 'a-aside' }, 'set aside')]);
  }

  var WS_SYM = { '\n': '↵', '\r': '', ' ': '␣', '\t': '⇥', '\u00a0': '⍽' };
  function wsSymbol(s) {
    var out = '';
    for (var i = 0; i < s.length && out.length < 8; i++) { var c = s.charAt(i); out += c in WS_SYM ? WS_SYM[c] : '·'; }
    return out || '∅';
  }

  /* The article's raw text in blocks (title, paragraphs, headings, set-aside lines), with every change as a
     diff and every finding highlighted where it is. */
  function articleBody(idx, det) {
    var x = INPUTS[idx];
    var raw = det.raw;
    var body = h('div', { cls: 'article-body' + (aState.hideWs ? ' hide-ws' : ''), id: 'article-body' });
    var ls = [0];
    for (var i = 0; i < raw.length; i++) { if (raw.charCodeAt(i) === 10) { ls.push(i + 1); } }
    function lineOf(off) {
      var lo = 0, hi = ls.length - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (ls[mid] <= off) { lo = mid; } else { hi = mid - 1; } }
      return lo;
    }
    var role = new Array(ls.length);
    function setRole(s, e, r) {
      var a = lineOf(s), b = lineOf(Math.max(s, e - 1));
      for (var l = a; l <= b; l++) { if (!role[l] || role[l].p < r.p) { role[l] = r; } }
    }
    det.para.forEach(function (p, k) { setRole(p[0], p[1], { kind: 'para', key: 'p' + k, p: 1 }); });
    det.head.forEach(function (b, k) { setRole(b[0], b[1], { kind: 'head', key: 'h' + k, p: 2 }); });
    if (det.dek) { setRole(det.dek[0], det.dek[1], { kind: 'dek', key: 'dek', p: 3 }); }
    if (det.title) { setRole(det.title[0], det.title[1], { kind: 'title', key: 'title', p: 3 }); }
    det.aside.forEach(function (a, k) { setRole(a[0], a[1], { kind: 'aside', key: 'a' + k, p: 4, x: a }); });
    var blocks = [];
    for (var l = 0; l < ls.length; l++) {
      var s = ls[l], e = l + 1 < ls.length ? ls[l + 1] : raw.length;
      var r = role[l];
      if (!r) { r = /\S/.test(raw.slice(s, e)) ? { kind: 'other', key: 'o' + l } : { kind: 'blank', key: 'b' + l }; }
      var last = blocks[blocks.length - 1];
      if (last && last.key === r.key) { last.e = e; } else { blocks.push({ kind: r.kind, key: r.key, x: r.x, s: s, e: e, units: [] }); }
    }

    /* A change that removes a set-aside line is shown by the greyed line itself, not as a deletion. */
    var asideLines = new Map();
    det.aside.forEach(function (a) { asideLines.set(lineOf(a[0]), a); });
    var ch = det.ch.filter(function (c) {
      if (c[3] !== '' || c[1] <= c[0]) { return true; }
      var a = asideLines.get(lineOf(c[0]));
      return !(a && c[0] <= a[0] && c[1] >= a[1] && !/\S/.test(raw.slice(c[0], a[0])) && !/\S/.test(raw.slice(a[1], c[1])));
    });
    var fl = [], whole = [];
    var insAt = new Set();
    ch.forEach(function (c) { if (c[0] === c[1]) { insAt.add(c[0]); } });
    for (var k = x.first; k < x.first + x.count; k++) {
      if (F.line[k] === 0 || (F.start[k] >= F.end[k] && F.start[k] === 0 && !insAt.has(0))) { whole.push(k); } else { fl.push(k); }
    }
    var cuts = new Set([0, raw.length]);
    blocks.forEach(function (b) { cuts.add(b.s); });
    var points = new Map();
    fl.forEach(function (k) {
      var s = Math.min(F.start[k], raw.length), e = Math.min(Math.max(F.end[k], s), raw.length);
      cuts.add(s); cuts.add(e);
      if (e === s && !insAt.has(s)) { var list = points.get(s) || []; list.push(k); points.set(s, list); }
    });
    var ment = det.m || [];
    var showEntity = aState.entity;
    var mentionsOn = aState.mentions || showEntity >= 0;
    var ms = mentionsOn ? ment.filter(function (m) { return showEntity < 0 || m[2] === showEntity; }) : [];
    ms.forEach(function (m) { cuts.add(m[0]); cuts.add(m[1]); });
    var sorted = Array.from(cuts).sort(function (a, b) { return a - b; });

    var units = [];
    var c = 0, ci = 0, pos = 0;
    for (;;) {
      while (c < ch.length && ch[c][0] < pos) { c++; }
      while (c < ch.length && ch[c][0] === pos && ch[c][1] === pos) { units.push({ s: pos, e: pos, ch: ch[c] }); c++; }
      if (points.has(pos)) { units.push({ s: pos, e: pos, point: points.get(pos) }); points.delete(pos); }
      if (pos >= raw.length) { break; }
      if (c < ch.length && ch[c][0] === pos) { var cx = ch[c++]; units.push({ s: pos, e: cx[1], ch: cx }); pos = cx[1]; continue; }
      var next = raw.length;
      if (c < ch.length) { next = Math.min(next, ch[c][0]); }
      while (ci < sorted.length && sorted[ci] <= pos) { ci++; }
      if (ci < sorted.length) { next = Math.min(next, sorted[ci]); }
      units.push({ s: pos, e: next });
      pos = next;
    }

    var byStart = fl.slice().sort(function (a, b) { return F.start[a] - F.start[b] || a - b; });
    var fi = 0, active = [], mi = 0;
    var msSorted = ms.slice().sort(function (a, b) { return a[0] - b[0]; });
    var bi = 0;
    units.forEach(function (u) {
      while (fi < byStart.length && F.start[byStart[fi]] <= u.s) { active.push(byStart[fi++]); }
      active = active.filter(function (k) { return F.end[k] > u.s || (F.end[k] <= F.start[k] && F.start[k] === u.s); });
      if (u.point) {
        u.f = u.point;
      } else {
        u.f = active.filter(function (k) {
          var s = F.start[k], e = F.end[k];
          if (e > s) { return s <= u.s && (u.s < e || (u.e === u.s && u.s < e)); }
          return u.s === s && u.e === u.s && !!u.ch;
        });
      }
      while (mi < msSorted.length && msSorted[mi][1] <= u.s) { mi++; }
      u.m = mi < msSorted.length && msSorted[mi][0] <= u.s && u.s < msSorted[mi][1] ? msSorted[mi][2] : -1;
      if (u.e === u.s && u.m < 0 && mi < msSorted.length && msSorted[mi][0] < u.s && u.s < msSorted[mi][1]) { u.m = msSorted[mi][2]; }
      while (bi < blocks.length - 1 && blocks[bi].e <= u.s && !(u.s === blocks[bi].e && blocks[bi + 1].s > u.s)) { bi++; }
      blocks[bi].units.push(u);
    });

    blocks.forEach(function (b) {
      if (!b.units.length) { return; }
      var onlyBlank = b.kind === 'blank' && b.units.every(function (u) { return !u.ch && !u.point && !u.f.length; });
      if (onlyBlank) { return; }
      var el = blockElement(b);
      var cur = null, curKey = null;
      b.units.forEach(function (u) {
        var key = u.point ? null : u.f.join(' ') + '|' + u.m;
        if (u.point || key !== curKey) {
          cur = container(el, u.f, u.m, !!u.point);
          curKey = key;
        }
        if (u.point) { cur.appendChild(document.createTextNode('‸')); curKey = null; return; }
        if (u.ch) { cur.appendChild(changeElement(raw, u)); return; }
        if (u.e > u.s) { cur.appendChild(document.createTextNode(raw.slice(u.s, u.e))); }
      });
      body.appendChild(el.outer || el);
    });
    return { body: body, whole: whole };
  }

  function blockElement(b) {
    var el;
    if (b.kind === 'title') { el = h('h3', { cls: 'blk a-title' }); }
    else if (b.kind === 'head') { el = h('h4', { cls: 'blk a-head' }); }
    else if (b.kind === 'dek') { el = h('p', { cls: 'blk a-dek' }); }
    else if (b.kind === 'para') { el = h('p', { cls: 'blk a-para', 'data-p': b.key.slice(1) }); }
    else if (b.kind === 'aside') {
      var a = b.x;
      el = h('div', { cls: 'blk a-aside', 'data-reason': a[2] }, h('span', { cls: 'blk-label' },
        'Set aside · ' + a[2] + (a[3] ? ' (' + a[3] + ')' : '') + ' · not in the clean text'));
    } else if (b.kind === 'blank') { el = h('div', { cls: 'blk a-blank' }); }
    else { el = h('div', { cls: 'blk a-other' }, h('span', { cls: 'blk-label' }, 'Outside the body')); }
    return el;
  }

  function container(block, fs, m, point) {
    var target = block;
    if (fs.length) {
      var minSev = 2;
      fs.forEach(function (k) { minSev = Math.min(minSev, F.severity[k]); });
      var mark = h('mark', { cls: 'f s' + minSev + (point ? ' point' : ''), 'data-f': fs.join(' '), tabindex: 0,
        'aria-label': point ? fs.map(function (k) { return SEV[F.severity[k]] + ' ' + ruleOf(k).id; }).join(', ') : null });
      block.appendChild(mark);
      target = mark;
    }
    if (m >= 0 && !point) {
      var e = ENTITIES[m];
      var span = h('span', { cls: 'ment', 'data-e': m, title: e ? e.name + ' (' + e.type + ')' : null });
      target.appendChild(span);
      target = span;
    }
    return target;
  }

  function changeElement(raw, u) {
    var c = u.ch;
    var before = raw.slice(u.s, u.e);
    var after = c[3];
    var rule = typeof c[2] === 'number' ? (RULES[c[2]] ? RULES[c[2]].id : '') : c[2];
    var ws = !/\S/.test(before) && !/\S/.test(after);
    var span = h('span', { cls: 'chg', 'data-rule': rule, title: rule + ': ' + (before ? '“' + before + '”' : 'insert') + ' → ' + (after ? '“' + after + '”' : 'delete') });
    if (before) { span.appendChild(h('del', { cls: 'ch' + (ws ? ' ws' : ''), 'data-sym': ws ? wsSymbol(before) : null }, before)); }
    if (after) { span.appendChild(h('ins', { cls: 'ch' + (ws ? ' ws' : ''), 'data-sym': ws ? wsSymbol(after) : null }, after)); }
    return span;
  }

  function stepFinding(step) {
    var body = $('article-body');
    if (!body) { return; }
    var seen = new Set();
    var marks = Array.prototype.filter.call(body.querySelectorAll('mark.f'), function (m) {
      var key = m.getAttribute('data-f');
      if (seen.has(key)) { return false; }
      seen.add(key);
      return true;
    });
    if (!marks.length) { return; }
    var at = marks.indexOf(document.activeElement);
    if (at < 0) { at = marks.findIndex(function (m) { return m.classList.contains('current'); }); }
    var next = marks[(at + step + marks.length) % marks.length];
    body.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
    next.classList.add('current');
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'center' });
    showTip(next);
  }

  /* ---------- tooltip ---------- */
  var tipFor = null;
  function showTip(el) {
    var tip = $('tip');
    clear(tip);
    var ids = (el.getAttribute('data-f') || '').split(' ').filter(Boolean).map(Number);
    ids.forEach(function (k) {
      var sug = str(F.suggestion[k]);
      tip.appendChild(h('div', { cls: 'tip-item' }, [
        h('div', null, [sevEl(F.severity[k]), ' ', h('span', { cls: 'tip-rule' }, ruleOf(k).id),
          F.fix[k] ? ' · fix ' + FIX[F.fix[k]] : '', F.line[k] > 0 ? ' · line ' + F.line[k] + ':' + F.column[k] : '']),
        h('div', { cls: 'tip-msg' }, F.message[k]),
        sug ? h('div', { cls: 'tip-sug' }, sug) : null]));
    });
    if (!ids.length) { return; }
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4));
    tip.style.top = top + 'px';
    tip.style.left = left + 'px';
    el.setAttribute('aria-describedby', 'tip');
    tipFor = el;
  }
  function hideTip() {
    var tip = $('tip');
    if (tip) { tip.hidden = true; }
    if (tipFor) { tipFor.removeAttribute('aria-describedby'); tipFor = null; }
  }
  document.addEventListener('mouseover', function (e) {
    var m = e.target.closest && e.target.closest('mark.f[data-f]');
    if (m && m !== tipFor) { showTip(m); }
  });
  document.addEventListener('mouseout', function (e) {
    var m = e.target.closest && e.target.closest('mark.f[data-f]');
    if (m && m === tipFor && !(e.relatedTarget && m.contains(e.relatedTarget)) && document.activeElement !== m) { hideTip(); }
  });
  document.addEventListener('focusin', function (e) {
    var m = e.target.closest && e.target.closest('mark.f[data-f]');
    if (m) { showTip(m); } else if (tipFor) { hideTip(); }
  });

  /* ---------- entities ---------- */
  var eState = { q: '', type: '', page: 0, size: 50 };

  function openEntities(params) {
    if (!rendered.entities) { renderEntitiesShell(); rendered.entities = true; }
    var q = params.get('q');
    if (q !== null && q !== eState.q) { eState.q = q; $('e-q').value = q; filterEntities(); }
    renderEntityList();
  }

  function filterEntities() {
    var q = eState.q.trim().toLowerCase();
    eFiltered = eList.filter(function (e) {
      if (eState.type && e.type !== eState.type) { return false; }
      if (!q) { return true; }
      return e.name.toLowerCase().indexOf(q) >= 0 || e.id.indexOf(q) >= 0
        || e.forms.some(function (f) { return f.form.toLowerCase().indexOf(q) >= 0; });
    });
    eState.page = 0;
  }

  function renderEntitiesShell() {
    var p = clear($('entities'));
    p.appendChild(h('h2', null, 'Entities'));
    if (!ENTITIES.length) {
      p.appendChild(h('p', { cls: 'muted' }, 'No entity was found: no name rule ran, or the articles name no one.'));
      return;
    }
    p.appendChild(h('p', { cls: 'muted' }, 'Each entity with its canonical name, the forms the articles use for it, the articles that use each form, and why its forms were grouped.'));
    var q = h('input', { id: 'e-q', type: 'search', placeholder: 'name or variant', autocomplete: 'off' });
    var types = Array.from(new Set(ENTITIES.map(function (e) { return e.type; }))).sort();
    var type = h('select', { id: 'e-type' }, [h('option', { value: '' }, 'All types')].concat(types.map(function (t) { return h('option', { value: t }, t); })));
    var timer = null;
    q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { eState.q = q.value; filterEntities(); renderEntityList(); }, 150); });
    type.addEventListener('change', function () { eState.type = type.value; filterEntities(); renderEntityList(); });
    p.appendChild(h('form', { cls: 'filters', role: 'search', 'aria-label': 'Filter the entities', onsubmit: function (e) { e.preventDefault(); } }, [
      h('label', null, ['Name or variant', q]), h('label', null, ['Type', type])]));
    if (LINKS === null) {
      p.appendChild(h('p', { cls: 'notice', id: 'e-no-links' }, 'This run recorded no link evidence (no entity_links table): each entity below shows its forms and why its canonical name was chosen, but not the comparisons that joined its forms.'));
    }
    p.appendChild(h('p', { id: 'e-status', cls: 'muted', 'aria-live': 'polite' }));
    p.appendChild(h('div', { id: 'e-list' }));
    p.appendChild(h('nav', { cls: 'pager', id: 'e-pager', 'aria-label': 'Pages of entities' }));
  }

  function renderEntityList() {
    var list = $('e-list');
    if (!list) { return; }
    clear(list);
    var from = eState.page * eState.size;
    var to = Math.min(eFiltered.length, from + eState.size);
    for (var j = from; j < to; j++) { list.appendChild(entityCard(eFiltered[j])); }
    $('e-status').textContent = plural(eFiltered.length, 'entity', 'entities') + (eFiltered.length < eList.length ? ' match' : '') + '.';
    pager($('e-pager'), eState, eFiltered.length, renderEntityList);
  }

  function entityCard(e) {
    var forms = h('table', { cls: 'forms' }, [
      h('thead', null, h('tr', null, [h('th', { scope: 'col' }, 'Form'), h('th', { scope: 'col', cls: 'num' }, 'Mentions'), h('th', { scope: 'col' }, 'Articles that use it')])),
      h('tbody', null, e.forms.map(function (f) {
        var cell = h('td', null);
        var shown = f.articles.slice(0, 12);
        shown.forEach(function (a) { cell.appendChild(link(inputName(INPUTS[a]), ['article', inputName(INPUTS[a]), 'e' + e.i])); });
        if (f.articles.length > shown.length) {
          var more = h('button', { type: 'button', cls: 'ghost small' }, 'and ' + fmt(f.articles.length - shown.length) + ' more');
          more.addEventListener('click', function () {
            more.remove();
            f.articles.slice(12).forEach(function (a) { cell.appendChild(link(inputName(INPUTS[a]), ['article', inputName(INPUTS[a]), 'e' + e.i])); });
          });
          cell.appendChild(more);
        }
        return h('tr', { 'data-form': f.form }, [h('td', null, f.form), h('td', { cls: 'num' }, fmt(f.mentions)), cell]);
      }))]);
    var card = h('article', { cls: 'entity', 'data-entity': e.id, tabindex: -1 }, [
      h('h3', null, [h('span', null, e.name), h('span', { cls: 'badge' }, e.type), e.source ? h('span', { cls: 'badge' }, e.source) : null]),
      h('p', { cls: 'muted small' }, [plural(e.mentions, 'mention') + ' in ' + plural(e.articles, 'article') + ' · ' + plural(e.forms.length, 'form') + ' · id ', h('code', null, e.id)]),
      e.reason ? h('p', { cls: 'small' }, ['Canonical name: ', e.reason]) : null,
      h('div', { cls: 'table-wrap' }, forms),
      evidence(e)]);
    return card;
  }

  function evidence(e) {
    if (LINKS === null) { return null; }
    var links = LINKS.get(e.i) || [];
    if (!links.length) {
      return e.forms.length > 1 ? h('p', { cls: 'muted small' }, 'No link evidence was recorded for this entity.') : null;
    }
    return h('div', { cls: 'evidence' }, [h('h4', null, 'Why these forms were grouped')].concat(links.map(function (l) {
      var items = (l.evidence || '').split(';').map(function (s) { return s.trim(); }).filter(Boolean).map(function (s) {
        var eq = s.lastIndexOf('=');
        var w = eq >= 0 ? parseFloat(s.slice(eq + 1)) : NaN;
        return { label: eq >= 0 ? s.slice(0, eq) : s, w: isNaN(w) ? 0 : w, text: eq >= 0 ? s.slice(eq + 1) : '' };
      });
      var max = items.reduce(function (m, it) { return Math.max(m, Math.abs(it.w)); }, 0) || 1;
      var rows = h('div', { cls: 'bars', role: 'list' }, items.map(function (it) {
        var w = 50 * Math.abs(it.w) / max;
        var bar = svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', cls: 'bar-svg' }, [
          svg('rect', { x: it.w >= 0 ? 50 : 50 - w, y: 1, width: w, height: 8, cls: it.w >= 0 ? 'pos' : 'neg' }),
          svg('line', { x1: 50, x2: 50, y1: 0, y2: 10, stroke: '#57606a', 'stroke-width': 0.5 })]);
        return h('div', { cls: 'bar-row', role: 'listitem', 'aria-label': it.label + ' ' + it.text + ' bits' }, [
          h('span', { cls: 'bar-label mono small' }, it.label), h('span', { cls: 'bar-track' }, bar),
          h('span', { cls: 'bar-total num mono small' }, (it.w >= 0 ? '▲ ' : '▼ ') + it.text)]);
      }));
      return h('div', { cls: 'link', 'data-form': l.form, 'data-linked': l.linked }, [
        h('p', null, [h('strong', null, l.form), ' ↔ ', h('strong', null, l.linked), ' · ',
          'probability ' + (l.probability === null ? '—' : l.probability.toFixed(3)) + ' · ',
          'weight ' + (l.weight === null ? '—' : (l.weight >= 0 ? '+' : '') + l.weight.toFixed(1) + ' bits')]),
        items.length ? rows : null,
        l.explanation ? h('p', { cls: 'small' }, l.explanation) : null]);
    })));
  }

  /* ---------- suggestions ---------- */
  var sState = { rule: '', state: '', q: '', page: 0, size: 50 };

  function openSuggestions() {
    if (!rendered.suggestions) { renderSuggestionsShell(); rendered.suggestions = true; }
    renderSuggestionList();
  }

  function renderSuggestionsShell() {
    var p = clear($('suggestions'));
    p.appendChild(h('h2', null, 'Suggestions'));
    if (!SUGG.length) {
      p.appendChild(h('p', { id: 's-none' }, 'No suggestions: every fix of this run was applied, or no finding carried a fix left for review.'));
      return;
    }
    var withFp = SUGG.filter(function (s) { return s.fp; }).length;
    p.appendChild(h('p', null, [plural(SUGG.length, 'fix', 'fixes') + ' found but not applied. Accept or reject each, then download the decisions file and pass it to ',
      h('code', null, 'gazette export --decisions decisions.csv'), ': accepted fixes are then applied and rejected ones stay unapplied on every rerun.']));
    if (withFp < SUGG.length) {
      p.appendChild(h('p', { cls: 'notice', id: 's-no-fp' }, withFp === 0
        ? 'This run recorded no fingerprints for its findings, so decisions cannot be written to a decisions file; the suggestions are listed for reading only.'
        : plural(SUGG.length - withFp, 'suggestion') + ' have no fingerprint and cannot be decided.'));
    }
    var ruleIds = Array.from(new Set(SUGG.map(function (s) { return ruleOf(s.k).id; }))).sort();
    var rule = h('select', { id: 's-rule' }, [h('option', { value: '' }, 'All rules')].concat(ruleIds.map(function (r) { return h('option', { value: r }, r); })));
    var state = h('select', { id: 's-state' }, [h('option', { value: '' }, 'All'), h('option', { value: 'undecided' }, 'Undecided'),
      h('option', { value: 'accept' }, 'Accepted'), h('option', { value: 'reject' }, 'Rejected')]);
    var q = h('input', { id: 's-q', type: 'search', placeholder: 'words in the message', autocomplete: 'off' });
    function update() { sState.rule = rule.value; sState.state = state.value; sState.q = q.value.trim().toLowerCase(); sState.page = 0; renderSuggestionList(); }
    rule.addEventListener('change', update); state.addEventListener('change', update);
    var timer = null;
    q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 150); });
    var file = h('input', { type: 'file', id: 's-load', accept: '.csv,text/csv', cls: 'sr-only' });
    file.addEventListener('change', function () { if (file.files[0]) { loadDecisions(file.files[0]); } file.value = ''; });
    p.appendChild(h('div', { cls: 'decision-bar' }, [
      h('button', { type: 'button', cls: 'primary', id: 's-download', onclick: downloadDecisions, disabled: withFp === 0 }, 'Download decisions.csv'),
      h('label', { cls: 'button-like' }, [h('span', { cls: 'fake-button' }, 'Load a decisions file…'), file]),
      h('button', { type: 'button', id: 's-accept-all', disabled: withFp === 0, onclick: function () { decideShown('accept'); } }, 'Accept all shown'),
      h('button', { type: 'button', id: 's-reject-all', disabled: withFp === 0, onclick: function () { decideShown('reject'); } }, 'Reject all shown'),
      h('span', { id: 's-tally', cls: 'muted', 'aria-live': 'polite' })]));
    p.appendChild(h('form', { cls: 'filters', role: 'search', 'aria-label': 'Filter the suggestions', onsubmit: function (e) { e.preventDefault(); } }, [
      h('label', null, ['Rule', rule]), h('label', null, ['Decision', state]), h('label', null, ['Text', q])]));
    p.appendChild(h('p', { id: 's-status', cls: 'muted' }));
    p.appendChild(h('div', { id: 's-list' }));
    p.appendChild(h('nav', { cls: 'pager', id: 's-pager', 'aria-label': 'Pages of suggestions' }));
    tally();
  }

  function decisionOf(s) { var d = s.fp ? decisions.get(s.fp) : null; return d ? d.decision : 'undecided'; }

  function renderSuggestionList() {
    var list = $('s-list');
    if (!list) { return; }
    sFiltered = SUGG.filter(function (s) {
      if (sState.rule && ruleOf(s.k).id !== sState.rule) { return false; }
      if (sState.state && decisionOf(s) !== sState.state) { return false; }
      if (sState.q && F.message[s.k].toLowerCase().indexOf(sState.q) < 0 && str(F.suggestion[s.k]).toLowerCase().indexOf(sState.q) < 0) { return false; }
      return true;
    });
    clear(list);
    var from = sState.page * sState.size;
    var to = Math.min(sFiltered.length, from + sState.size);
    for (var j = from; j < to; j++) { list.appendChild(suggestionCard(sFiltered[j], j === from)); }
    $('s-status').textContent = sFiltered.length ? 'Showing ' + fmt(from + 1) + '–' + fmt(to) + ' of ' + plural(sFiltered.length, 'suggestion') + '.' : 'No suggestion matches.';
    pager($('s-pager'), sState, sFiltered.length, renderSuggestionList);
  }

  function suggestionCard(s, first) {
    var k = s.k;
    var x = inputOf(k);
    var det = x.parsed ? details(x.i) : null;
    var dec = decisionOf(s);
    var card = h('div', { cls: 'suggestion', tabindex: first ? 0 : -1, 'data-k': k, 'data-fp': s.fp || null, 'data-decision': dec, 'data-rule': ruleOf(k).id });
    card.appendChild(h('h3', null, [sevEl(F.severity[k]), ' ', h('code', null, ruleOf(k).id), ' · ',
      link(inputName(x) + (F.line[k] > 0 ? ', line ' + F.line[k] : ''), findingTarget(k))]));
    card.appendChild(h('p', null, F.message[k]));
    var sug = str(F.suggestion[k]);
    if (sug) { card.appendChild(h('p', { cls: 'muted small' }, sug)); }
    editSnippets(s.edits, det ? det.raw : null).forEach(function (p) { card.appendChild(p); });
    var name = 'dec-' + k;
    var radios = ['accept', 'reject', 'undecided'].map(function (v) {
      var r = h('input', { type: 'radio', name: name, value: v, checked: dec === v, disabled: !s.fp });
      r.addEventListener('change', function () { if (r.checked) { decide(s, v, card); } });
      return h('label', null, [r, ' ' + ({ accept: 'Accept', reject: 'Reject', undecided: 'Undecided' })[v]]);
    });
    var d = s.fp ? decisions.get(s.fp) : null;
    var note = h('input', { type: 'text', 'aria-label': 'Note on this decision', placeholder: 'note (optional)', value: d ? d.note : '', disabled: !s.fp });
    note.addEventListener('input', function () {
      var cur = decisions.get(s.fp);
      if (cur) { cur.note = note.value; }
    });
    card.appendChild(h('fieldset', null, [h('legend', null, 'Decision')].concat(radios).concat([note])));
    if (!s.fp) { card.appendChild(h('p', { cls: 'muted small' }, 'No fingerprint: this suggestion cannot be decided here.')); }
    return card;
  }

  /* The edits of a suggestion in their context: edits close together share one line, cut at words. */
  function editSnippets(edits, raw) {
    var groups = [];
    edits.slice().sort(function (a, b) { return a.s - b.s; }).forEach(function (e) {
      var last = groups[groups.length - 1];
      var between = last && raw ? raw.slice(last[last.length - 1].e, e.s) : null;
      if (last && between !== null && between.length < 80 && between.indexOf('\n') < 0) { last.push(e); } else { groups.push([e]); }
    });
    return groups.map(function (g) {
      var p = h('p', { cls: 'edit' });
      var first = g[0].s, end = g[g.length - 1].e;
      if (raw) {
        var lineStart = raw.lastIndexOf('\n', first - 1) + 1;
        var from = Math.max(lineStart, first - 60);
        if (from > lineStart) { var sp = raw.indexOf(' ', from); from = sp >= 0 && sp < first ? sp + 1 : from; }
        p.appendChild(h('span', { cls: 'ctx' }, (from > lineStart ? '…' : '') + raw.slice(from, first)));
      }
      g.forEach(function (e, i) {
        if (i > 0 && raw) { p.appendChild(document.createTextNode(raw.slice(g[i - 1].e, e.s))); }
        if (e.before) { p.appendChild(h('del', { cls: 'ch' }, e.before)); }
        if (e.after) { p.appendChild(h('ins', { cls: 'ch' }, e.after)); }
      });
      if (raw) {
        var lineEnd = raw.indexOf('\n', end);
        if (lineEnd < 0) { lineEnd = raw.length; }
        var to = Math.min(lineEnd, end + 60);
        if (to < lineEnd) { var sp2 = raw.lastIndexOf(' ', to); to = sp2 > end ? sp2 : to; }
        p.appendChild(h('span', { cls: 'ctx' }, raw.slice(end, to) + (to < lineEnd ? '…' : '')));
      }
      return p;
    });
  }

  function decide(s, v, card) {
    if (!s.fp) { return; }
    if (v === 'undecided') { decisions.delete(s.fp); }
    else { var cur = decisions.get(s.fp); decisions.set(s.fp, { decision: v, note: cur ? cur.note : '' }); }
    if (card) {
      card.setAttribute('data-decision', v);
      card.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = r.value === v; });
    }
    tally();
  }

  function decideShown(v) {
    sFiltered.forEach(function (s) { decide(s, v, null); });
    renderSuggestionList();
  }

  function tally() {
    var t = $('s-tally');
    if (!t) { return; }
    var a = 0, r = 0;
    decisions.forEach(function (d) { if (d.decision === 'accept') { a++; } else { r++; } });
    t.textContent = fmt(a) + ' accepted · ' + fmt(r) + ' rejected · ' + fmt(SUGG.length - a - r) + ' undecided';
    var c = $('tab-suggestions-count');

  }

  function csvCell(v) {
    var s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function decisionsCsv() {
    var lines = ['fingerprint,decision,rule,article_id,note'];
    SUGG.forEach(function (s) {
      var d = s.fp ? decisions.get(s.fp) : null;
      if (!d) { return; }
      var x = inputOf(s.k);
      lines.push([s.fp, d.decision, ruleOf(s.k).id, x.parsed ? x.id : '', d.note].map(csvCell).join(','));
    });
    return lines.join('\n') + '\n';
  }

  function downloadDecisions() {
    var blob = new Blob([decisionsCsv()], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = h('a', { download: 'decisions.csv', cls: 'sr-only' });
    a.href = url;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function parseCsv(text) {
    var rows = [], row = [], cell = '', q = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (q) {
        if (c === '"') { if (text.charAt(i + 1) === '"') { cell += '"'; i++; } else { q = false; } } else { cell += c; }
      } else if (c === '"') { q = true; }
      else if (c === ',') { row.push(cell); cell = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text.charAt(i + 1) === '\n') { i++; }
        row.push(cell); cell = ''; rows.push(row); row = [];
      } else { cell += c; }
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    return rows;
  }

  function loadDecisions(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var rows = parseCsv(String(reader.result).replace(/^\ufeff/, ''));
      var head = rows.shift() || [];
      var fi = head.indexOf('fingerprint'), di = head.indexOf('decision'), ni = head.indexOf('note');
      var t = $('s-tally');
      if (fi < 0 || di < 0) { t.textContent = 'That file has no fingerprint and decision columns.'; return; }
      var known = 0, unknown = 0;
      rows.forEach(function (r) {
        if (r.length < 2) { return; }
        var s = SUGG_BY_FP.get(r[fi]);
        var v = (r[di] || '').trim().toLowerCase();
        if (!s || (v !== 'accept' && v !== 'reject')) { unknown++; return; }
        decisions.set(s.fp, { decision: v, note: ni >= 0 ? r[ni] || '' : '' });
        known++;
      });
      renderSuggestionList();
      tally();
      t.textContent += ' · loaded ' + plural(known, 'decision') + (unknown ? ', ' + fmt(unknown) + ' for suggestions not in this report' : '');
    };
    reader.readAsText(file);
  }

  /* ---------- keyboard ---------- */
  $('tablist').addEventListener('keydown', function (e) {
    var i = VIEWS.indexOf(current);
    var to = null;
    if (e.key === 'ArrowRight') { to = VIEWS[(i + 1) % VIEWS.length]; }
    if (e.key === 'ArrowLeft') { to = VIEWS[(i + VIEWS.length - 1) % VIEWS.length]; }
    if (e.key === 'Home') { to = VIEWS[0]; }
    if (e.key === 'End') { to = VIEWS[VIEWS.length - 1]; }
    if (to) { e.preventDefault(); go(to); $('tab-' + to).focus(); }
  });
  VIEWS.forEach(function (v) { $('tab-' + v).addEventListener('click', function () { go(v); }); });
  $('help-button').addEventListener('click', function () { $('help').showModal(); });
  $('help-close').addEventListener('click', function () { $('help').close(); });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === 'Escape') { hideTip(); return; }
    if (typing(e.target) || $('help').open) { return; }
    var key = e.key;
    var views = { o: 'overview', f: 'findings', a: 'articles', e: 'entities', s: 'suggestions' };
    if (views[key]) { e.preventDefault(); go(views[key]); return; }
    if (key === '?') { e.preventDefault(); $('help').showModal(); return; }
    if (key === '/') {
      var box = { findings: 'f-q', articles: 'a-q', entities: 'e-q', suggestions: 's-q' }[current];
      if (box && $(box)) { e.preventDefault(); $(box).focus(); }
      return;
    }
    if (key === 'j' || key === 'k') {
      var step = key === 'j' ? 1 : -1;
      if (current === 'findings') { moveRow($('f-body'), 'tr', step); }
      if (current === 'articles') { moveRow($('a-list'), 'a', step); }
      if (current === 'suggestions' && $('s-list')) { moveRow($('s-list'), '.suggestion', step); }
      return;
    }
    if (current === 'articles' && (key === 'n' || key === 'p')) { stepFinding(key === 'n' ? 1 : -1); return; }
    if (current === 'articles' && (key === '[' || key === ']')) {
      var a = $(key === '[' ? 'a-prev' : 'a-next');
      if (a) { location.hash = a.getAttribute('href'); }
      return;
    }
    if (current === 'suggestions' && (key === 'y' || key === 'x' || key === 'u')) {
      var card = document.activeElement && document.activeElement.closest('.suggestion');
      if (!card) { return; }
      var s = SUGG.find(function (z) { return String(z.k) === card.getAttribute('data-k'); });
      if (s) { decide(s, { y: 'accept', x: 'reject', u: 'undecided' }[key], card); }
    }
  });

  /* ---------- start ---------- */
  $('page-sub').textContent = S.generator + ' · ' + (S.kind === 'check' ? 'check run' : 'dataset') + ' · '
    + plural(S.articles, 'article') + ' · ' + plural(NF, 'finding');
  $('tab-findings-count').textContent = fmt(NF);
  $('tab-articles-count').textContent = fmt(S.inputs);
  $('tab-entities-count').textContent = fmt(S.entities);
  $('tab-suggestions-count').textContent = fmt(S.suggestions);
  window.addEventListener('hashchange', route);
  route();
  if (window.performance && performance.mark) { performance.mark('gazette-first-render'); }
  document.documentElement.setAttribute('data-ready', 'true');
})();
