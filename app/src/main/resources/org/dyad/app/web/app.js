// Dyad dashboard: plain JavaScript over /api/v1. The server aggregates and pages; the page
// draws what it is given: the timeline, map and network with Apache ECharts (/echarts.min.js,
// from its WebJar), one page of events as a table.
'use strict';

const API = '/api/v1';
const QUADS = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict',
  4: 'material conflict'};
const FILTERS = ['actor', 'source', 'target', 'code', 'quad', 'from', 'to', 'text'];
const PAGE = 25;

const state = {filter: {}, cursors: [null], page: 0, selected: null};

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
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
  Promise.all([loadTimeline(), loadMap(), loadNetwork(), loadEvents()])
    .catch(e => status(e.message))
    .finally(() => { document.body.dataset.state = 'ready'; });
}

// ---- charts: Apache ECharts (served from its WebJar with the page)

const QUAD_COLOURS = {1: '#2e7d32', 2: '#81c784', 3: '#ef9a9a', 4: '#c62828'};
const charts = {};

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id));
  return charts[id];
}

// Text from the store reaches tooltips as HTML: escape every value.
const html = v => echarts.format.encodeHTML(String(v === null || v === undefined ? '' : v));

function filterTo(changes) {
  Object.assign(state.filter, changes);
  writeFilters();
  refresh();
}

// ---- timeline: stacked bars of events per period by QuadClass; a click filters to a bar's
// period and class, a brush (drag across bars) to their dates

function periodEnd(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

// Every period from the first to the last, so that the axis shows quiet times as gaps (the
// server leaves empty periods out); only the periods with events past MAX_PERIODS.
const MAX_PERIODS = 5000;

function allPeriods(periods, interval) {
  if (periods.length < 2) return periods;
  const out = [];
  const last = periods[periods.length - 1];
  for (let p = periods[0]; p <= last && out.length <= MAX_PERIODS;) {
    out.push(p);
    const d = new Date(p + 'T00:00:00Z');
    if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (interval === 'week' ? 7 : 1));
    p = d.toISOString().slice(0, 10);
  }
  return out.length > MAX_PERIODS ? periods : out;
}

async function loadTimeline() {
  const interval = $('interval').value;
  const data = await get('/series?' + query({interval: interval, by: 'quad'}));
  const periods = allPeriods([...new Set(data.series.map(row => row.period))], interval);
  const at = new Map(periods.map((p, i) => [p, i]));
  const series = [1, 2, 3, 4].map(q => ({id: 'q' + q, name: QUADS[q], type: 'bar',
    stack: 'events', color: QUAD_COLOURS[q], data: periods.map(() => null),
    cursor: 'pointer'}));
  for (const row of data.series) series[row.key - 1].data[at.get(row.period)] = row.events;
  const c = chart('timeline');
  c.setOption({
    animation: false,
    title: periods.length ? undefined : {text: 'no dated events', left: 'center', top: 'middle',
      textStyle: {fontSize: 12, color: '#777'}},
    legend: {top: 0},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    grid: {left: 40, right: 16, top: 28, bottom: 52},
    xAxis: {type: 'category', data: periods},
    yAxis: {type: 'value', minInterval: 1},
    dataZoom: [{type: 'inside', moveOnMouseMove: false}, {type: 'slider', height: 16,
      bottom: 6}],
    brush: {xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', transformable: false,
      throttleType: 'debounce'},
    toolbox: {right: 8, feature: {brush: {type: ['lineX', 'clear'],
      title: {lineX: 'drag to filter by dates', clear: 'clear'}}}},
    series: series
  }, true);
  // Dragging across the bars brushes at once, without picking the tool first.
  c.dispatchAction({type: 'takeGlobalCursor', key: 'brush',
    brushOption: {brushType: 'lineX', brushMode: 'single'}});
  c.off('click');
  c.on('click', p => filterTo({from: p.name, to: periodEnd(p.name, interval),
    quad: p.seriesId.slice(1)}));
  c.off('brushEnd');
  c.on('brushEnd', e => {
    const area = e.areas[0];
    if (!area || !area.coordRange || periods.length === 0) return;
    const first = Math.max(0, Math.round(Math.min(...area.coordRange)));
    const last = Math.min(periods.length - 1, Math.round(Math.max(...area.coordRange)));
    if (first > last) return;
    filterTo({from: periods[first], to: periodEnd(periods[last], interval)});
  });
}

// ---- map: the filter's events at their places, on the world outline shipped with Dyad

let world = null;

// Antarctica is left out: no news is placed there, and it would take a fifth of the map.
function worldMap() {
  world = world || fetch('/world.json').then(r => r.json()).then(geo => echarts.registerMap(
    'world', {type: geo.type, features: geo.features.filter(f => f.properties.name
      !== 'Antarctica')}));
  return world;
}

function placeTooltip(p) {
  const place = p.data.place;
  const where = (place.name ? place.name + ', ' : '') + (place.country || '')
    + (place.country_point ? ' (the country)' : '');
  return `<b>${html(where)}</b>: ${html(place.events)} events, mean Goldstein`
    + ` ${html(place.mean_goldstein)}<br>`
    + place.codes.map(c => `${html(c.cameo)} ${html(c.cameo_name)}: ${html(c.events)}`)
      .join('<br>') + '<br>'
    + place.actors.map(a => `${html(actorText(a.code, a.name))}: ${html(a.events)}`)
      .join('<br>');
}

async function loadMap() {
  const [data] = await Promise.all([get('/map?' + query({limit: 300})), worldMap()]);
  // Busiest first, so the smaller points are drawn over the larger ones.
  const places = data.places.filter(p => p.lat !== null && p.lon !== null);
  const max = Math.max(1, ...places.map(p => p.events));
  chart('map').setOption({
    animation: false,
    tooltip: {trigger: 'item', formatter: placeTooltip},
    geo: {map: 'world', roam: true, silent: true, scaleLimit: {min: 1, max: 20},
      top: 10, bottom: 10, left: 10, right: 10,
      itemStyle: {areaColor: '#e6e9ed', borderColor: '#b4bcc6', borderWidth: 0.5}},
    series: [{type: 'scatter', coordinateSystem: 'geo',
      symbolSize: v => 6 + 18 * Math.sqrt(v[2] / max),
      itemStyle: {borderColor: '#fff', borderWidth: 1, opacity: 1},
      data: places.map(p => ({name: p.name || p.country, value: [p.lon, p.lat, p.events],
        place: p, itemStyle: {color: QUAD_COLOURS[p.quad_class] || '#3f6fb5'}}))}]
  }, true);
  $('located').textContent = `(${data.located} events placed)`;
}

// ---- network: the busiest dyads, ECharts' force layout from a circle (the same picture
// for the same data)

function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t >= 0 ? `rgb(${Math.round(120 - 90 * t)},${Math.round(130 + 60 * t)},90)`
    : `rgb(${Math.round(150 - 60 * t)},${Math.round(110 + 60 * t)},90)`;
}

async function loadNetwork() {
  const data = await get('/network?' + query({limit: 60}));
  const maxNode = Math.max(1, ...data.nodes.map(n => n.events));
  const maxEdge = Math.max(1, ...data.edges.map(e => e.events));
  const c = chart('network');
  c.setOption({
    animation: false,
    title: data.nodes.length ? undefined : {text: 'no events with a target', left: 'center',
      top: 'middle', textStyle: {fontSize: 12, color: '#777'}},
    tooltip: {formatter: p => p.dataType === 'edge'
      ? `${html(p.data.edge.source_name)} → ${html(p.data.edge.target_name)}:`
        + ` ${html(p.data.edge.events)} events, mean Goldstein`
        + ` ${html(p.data.edge.mean_goldstein)}`
      : `${html(p.data.actor.name)} (${html(p.data.actor.code || p.data.actor.id)}):`
        + ` ${html(p.data.actor.events)} events`},
    series: [{type: 'graph', layout: 'force', roam: true, draggable: true,
      force: {initLayout: 'circular', repulsion: 70, gravity: 0.2, edgeLength: [30, 80],
        layoutAnimation: false},
      label: {show: true, position: 'right', fontSize: 10},
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
      emphasis: {focus: 'adjacency'}, cursor: 'pointer',
      itemStyle: {color: '#3f6fb5', borderColor: '#fff', borderWidth: 1},
      data: data.nodes.map(n => ({id: n.id, name: n.code || n.name, value: n.events,
        symbolSize: 8 + 16 * Math.sqrt(n.events / maxNode), actor: n})),
      links: data.edges.map(e => ({source: e.source, target: e.target, value: e.events,
        edge: e, lineStyle: {width: 1 + 4 * e.events / maxEdge, curveness: 0.1,
          color: goldsteinColour(e.mean_goldstein), opacity: 0.7}}))}]
  }, true);
  c.off('click');
  c.on('click', p => {
    if (p.dataType === 'node') filterTo({actor: p.data.actor.id});
  });
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
      el('td', {}, el('span', {class: 'code q' + e.quad_class},
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
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
refresh();
