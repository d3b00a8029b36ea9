// Dyad dashboard: plain JavaScript over /api/v1. The server aggregates and pages; the page
// draws what it is given (an SVG timeline, a small force-directed network, one page of events).
'use strict';

const API = '/api/v1';
const SVG = 'http://www.w3.org/2000/svg';
const QUADS = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict',
  4: 'material conflict'};
const FILTERS = ['actor', 'source', 'target', 'code', 'quad', 'from', 'to', 'text'];
const PAGE = 25;

const state = {filter: {}, cursors: [null], page: 0, selected: null};

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function query(extra) {
  const p = new URLSearchParams();
  for (const k of FILTERS) {
    if (state.filter[k]) p.set(k, state.filter[k]);
  }
  for (const [k, v] of Object.entries(extra || {})) {
    if (v !== null && v !== undefined && v !== '') p.set(k, v);
  }
  return p.toString();
}

async function get(path) {
  const r = await fetch(API + path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function status(message) { $('status').textContent = message || ''; }

function readFilters() {
  const f = {};
  const form = $('filters');
  for (const k of FILTERS) {
    const v = form.elements[k].value.trim();
    if (v) f[k] = v;
  }
  return f;
}

function writeFilters() {
  const form = $('filters');
  for (const k of FILTERS) form.elements[k].value = state.filter[k] || '';
}

function refresh() {
  status('');
  state.cursors = [null];
  state.page = 0;
  document.body.dataset.state = 'loading';
  Promise.all([loadTimeline(), loadNetwork(), loadEvents()])
    .catch(e => status(e.message))
    .finally(() => { document.body.dataset.state = 'ready'; });
}

// ---- timeline: stacked bars of events per period by QuadClass

function periodEnd(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

async function loadTimeline() {
  const interval = $('interval').value;
  const data = await get('/series?' + query({interval: interval, by: 'quad'}));
  const svg = $('timeline');
  svg.replaceChildren();
  const periods = [];
  const byPeriod = {};
  for (const row of data.series) {
    if (!byPeriod[row.period]) { byPeriod[row.period] = {}; periods.push(row.period); }
    byPeriod[row.period][row.key] = row.events;
  }
  const w = svg.clientWidth || 800, h = svg.clientHeight || 180, left = 34, bottom = 18;
  if (periods.length === 0) {
    svg.append(el('svg:text', {x: 10, y: 20, class: 'axis'}, 'no dated events'));
    return;
  }
  let max = 1;
  for (const p of periods) {
    max = Math.max(max, Object.values(byPeriod[p]).reduce((a, b) => a + b, 0));
  }
  const step = (w - left) / periods.length;
  const bw = Math.max(1, Math.min(48, step * 0.8));
  const scale = (h - bottom - 6) / max;
  svg.append(el('svg:text', {x: 2, y: 12, class: 'axis'}, max));
  svg.append(el('svg:line', {x1: left - 2, y1: h - bottom, x2: w, y2: h - bottom,
    stroke: '#999'}));
  const labelEvery = Math.ceil(periods.length / Math.max(1, Math.floor((w - left) / 70)));
  periods.forEach((p, i) => {
    let y = h - bottom;
    const x = left + i * step;
    for (const q of [1, 2, 3, 4]) {
      const n = byPeriod[p][q] || 0;
      if (!n) continue;
      const bh = Math.max(1, n * scale);
      y -= bh;
      const bar = el('svg:rect', {x: x.toFixed(1), y: y.toFixed(1), width: bw.toFixed(1),
        height: bh.toFixed(1), class: 'bar q' + q, 'data-period': p, 'data-quad': q});
      bar.append(el('svg:title', {}, p + ' · ' + QUADS[q] + ': ' + n + ' events'));
      bar.addEventListener('click', () => {
        state.filter.from = p;
        state.filter.to = periodEnd(p, interval);
        state.filter.quad = String(q);
        writeFilters();
        refresh();
      });
      svg.append(bar);
    }
    if (i % labelEvery === 0) {
      svg.append(el('svg:text', {x: x.toFixed(1), y: h - 4, class: 'axis'}, p));
    }
  });
}

// ---- network: a small force-directed layout, computed once per answer

function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t >= 0 ? `rgb(${Math.round(120 - 90 * t)},${Math.round(130 + 60 * t)},90)`
    : `rgb(${Math.round(150 - 60 * t)},${Math.round(110 + 60 * t)},90)`;
}

function layout(nodes, edges, w, h) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // A fixed start (a circle) keeps the picture the same for the same data.
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / nodes.length;
    n.x = w / 2 + Math.cos(a) * w / 3;
    n.y = h / 2 + Math.sin(a) * h / 3;
  });
  const k = Math.sqrt(w * h / Math.max(1, nodes.length)) * 0.45;
  for (let it = 0, temp = w / 8; it < 300; it++, temp *= 0.985) {
    const dx = new Float64Array(nodes.length), dy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(1, x * x + y * y), f = k * k / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const e of edges) {
      const a = index.get(e.source), b = index.get(e.target);
      if (a === b) continue;
      const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
      const d = Math.max(1, Math.sqrt(x * x + y * y)), f = d / k;
      dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
    }
    nodes.forEach((n, i) => {
      // A pull to the centre keeps separate components on the canvas.
      dx[i] += (w / 2 - n.x) * 0.035 * k; dy[i] += (h / 2 - n.y) * 0.035 * k;
      const d = Math.max(1, Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
      n.x = Math.max(20, Math.min(w - 20, n.x + dx[i] / d * Math.min(d, temp)));
      n.y = Math.max(15, Math.min(h - 15, n.y + dy[i] / d * Math.min(d, temp)));
    });
  }
}

async function loadNetwork() {
  const data = await get('/network?' + query({limit: 60}));
  const svg = $('network');
  svg.replaceChildren();
  const w = svg.clientWidth || 500, h = svg.clientHeight || 420;
  if (data.nodes.length === 0) {
    svg.append(el('svg:text', {x: 10, y: 20, class: 'axis'}, 'no events with a target'));
    return;
  }
  layout(data.nodes, data.edges, w, h);
  const at = new Map(data.nodes.map(n => [n.id, n]));
  svg.append(el('svg:defs', {}, el('svg:marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 16,
    refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse'},
    el('svg:path', {d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888'}))));
  const maxEdge = Math.max(...data.edges.map(e => e.events));
  for (const e of data.edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const line = el('svg:line', {x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1),
      y2: b.y.toFixed(1), class: 'edge', stroke: goldsteinColour(e.mean_goldstein),
      'stroke-width': (1 + 4 * e.events / maxEdge).toFixed(1), 'marker-end': 'url(#arrow)'});
    line.append(el('svg:title', {}, `${e.source_name} → ${e.target_name}: ${e.events}`
      + ` events, mean Goldstein ${e.mean_goldstein}`));
    svg.append(line);
  }
  const maxNode = Math.max(...data.nodes.map(n => n.events));
  for (const n of data.nodes) {
    const c = el('svg:circle', {cx: n.x.toFixed(1), cy: n.y.toFixed(1),
      r: (4 + 8 * Math.sqrt(n.events / maxNode)).toFixed(1), class: 'node', fill: '#3f6fb5',
      'data-id': n.id});
    c.append(el('svg:title', {}, `${n.name} (${n.code || n.id}): ${n.events} events`));
    c.addEventListener('click', () => {
      state.filter.actor = n.id;
      writeFilters();
      refresh();
    });
    svg.append(c);
    svg.append(el('svg:text', {x: (n.x + 8).toFixed(1), y: (n.y - 6).toFixed(1),
      class: 'node-label'}, n.code || n.name));
  }
}

// ---- events table, paged by cursor

function actorText(code, name) {
  if (!name) return '-';
  return code ? code + ' (' + name + ')' : name;
}

async function loadEvents() {
  const data = await get('/events?' + query({limit: PAGE, cursor: state.cursors[state.page]}));
  const body = $('events-table').tBodies[0];
  body.replaceChildren();
  for (const e of data.events) {
    const tr = el('tr', {class: 'event-row', 'data-id': e.event_id},
      el('td', {}, e.date || '-'), el('td', {}, actorText(e.source_code, e.source_name)),
      el('td', {}, el('span', {class: 'q' + e.quad_class, style: 'padding:0 3px;color:#fff'},
        e.cameo)),
      el('td', {}, e.cameo_name), el('td', {}, actorText(e.target_code, e.target_name)),
      el('td', {}, e.num_mentions), el('td', {}, e.num_articles));
    if (String(e.event_id) === String(state.selected)) tr.classList.add('selected');
    tr.addEventListener('click', () => showEvent(e.event_id, tr));
    body.append(tr);
  }
  $('total').textContent = '(' + data.total + ')';
  state.cursors[state.page + 1] = data.next;
  $('page').textContent = data.total === 0 ? 'none'
    : `${state.page * PAGE + 1}–${state.page * PAGE + data.events.length} of ${data.total}`;
  $('prev').disabled = state.page === 0;
  $('next').disabled = !data.next;
}

// ---- one event: every mention's article with the evidence highlighted

function highlighted(text, m) {
  const out = el('div', {class: 'article-text'});
  const sb = m.sentence_begin, se = m.sentence_end, tb = m.trigger_begin, te = m.trigger_end;
  if (!(sb >= 0 && se <= text.length && sb <= tb && tb <= te && te <= se)) {
    out.append(m.sentence);
    return out;
  }
  const sentence = el('mark', {class: 'sentence'}, text.slice(sb, tb),
    el('mark', {class: 'trigger'}, text.slice(tb, te)), text.slice(te, se));
  out.append(text.slice(0, sb), sentence, text.slice(se));
  return out;
}

async function showEvent(id, row) {
  state.selected = id;
  for (const r of document.querySelectorAll('tr.selected')) r.classList.remove('selected');
  if (row) row.classList.add('selected');
  const view = $('event-view');
  try {
    const d = await get('/events/' + encodeURIComponent(id));
    const e = d.event;
    const articles = new Map(d.articles.map(a => [a.article, a]));
    view.replaceChildren(
      el('p', {}, el('b', {}, `${e.date || 'undated'}: ${actorText(e.source_code, e.source_name)}`
        + ` — ${e.cameo} ${e.cameo_name} — ${actorText(e.target_code, e.target_name)}`)),
      el('p', {class: 'meta'}, `QuadClass ${e.quad_class} (${QUADS[e.quad_class]}), Goldstein`
        + ` ${e.goldstein}, ${e.mode}; ${e.num_mentions} mentions in ${e.num_articles} articles`
        + ` from ${e.num_sources} sources` + (e.location_name ? `; in ${e.location_name}` : '')));
    for (const m of d.mentions) {
      const a = articles.get(m.article) || {text: m.sentence};
      const box = el('div', {class: 'mention'},
        el('div', {class: 'meta'}, `${m.article}` + (a.headline ? ` · ${a.headline}` : '')
          + (a.outlet ? ` · ${a.outlet}` : '') + (a.published ? ` · ${a.published}` : '')
          + (a.url ? ` · ${a.url}` : '')),
        el('div', {class: 'evidence'}, el('b', {}, 'Evidence: '), m.sentence),
        el('div', {class: 'rule'}, `rule ${m.rule} · trigger "${m.trigger}" · ${m.cameo}`
          + ` · source "${m.source_text}" (${m.source_resolved_by})`
          + (m.target_text ? ` · target "${m.target_text}" (${m.target_resolved_by})` : '')),
        highlighted(a.text, m));
      view.append(box);
    }
    const mark = view.querySelector('mark.sentence');
    if (mark) mark.scrollIntoView({block: 'nearest'});
  } catch (err) {
    view.replaceChildren(el('p', {class: 'hint'}, err.message));
  }
}

// ---- code this text

async function codeText(ev) {
  ev.preventDefault();
  const out = $('code-result');
  const text = $('code-text').value;
  if (!text.trim()) { out.textContent = 'Paste some text first.'; return; }
  out.textContent = 'Coding… (the first time loads the NLP models: several seconds)';
  const body = {text: text};
  if ($('code-date').value) body.date = $('code-date').value;
  try {
    const r = await fetch(API + '/code' + ($('code-store').checked ? '?store=true' : ''),
      {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body)});
    const d = await r.json();
    if (!r.ok) throw new Error(d.error || ('HTTP ' + r.status));
    out.replaceChildren(el('p', {}, `${d.events.length} events` + (d.stored ? ` (stored:`
      + ` ${d.stored})` : '')));
    const list = el('ul', {});
    for (const e of d.events) {
      list.append(el('li', {}, `${e.date || 'undated'} ${actorText(e.source.code, e.source.name)}`
        + ` ${e.cameo} ${e.cameo_name} ${e.target ? actorText(e.target.code, e.target.name)
          : '-'} (${e.mode}) — rule ${e.rule}`));
    }
    out.append(list, el('pre', {class: 'report'}, d.explanation.map(s => s.report).join('')));
    if (d.stored) refresh();
  } catch (err) {
    out.textContent = err.message;
  }
}

// ---- wiring

$('filters').addEventListener('submit', ev => {
  ev.preventDefault();
  state.filter = readFilters();
  refresh();
});
$('reset').addEventListener('click', () => {
  state.filter = {};
  writeFilters();
  refresh();
});
$('interval').addEventListener('change', () => loadTimeline().catch(e => status(e.message)));
$('prev').addEventListener('click', () => {
  state.page = Math.max(0, state.page - 1);
  loadEvents().catch(e => status(e.message));
});
$('next').addEventListener('click', () => {
  state.page += 1;
  loadEvents().catch(e => status(e.message));
});
$('code-form').addEventListener('submit', codeText);
const legend = $('legend');
for (const q of [1, 2, 3, 4]) legend.append(el('span', {}, el('i', {class: 'q' + q}), QUADS[q]));
refresh();
