// A small picture of a case's timeline: one lane per kind of event, a tick (or a bar, for a stay or a booking) per event,
// drawn as SVG from the same JSON the API serves (the first 200 events of the filter). Titles go in as text nodes only.
import { svg, title, colourOf } from './data.js';

async function start() {
  const el = document.getElementById('case-timeline');
  if (!el) {
    return;
  }
  const r = await fetch(el.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!r.ok) {
    return;
  }
  const events = (await r.json()).events.items;
  if (!events.length) {
    el.hidden = true;
    return;
  }
  const kinds = [...new Set(events.map((e) => e.kind))].sort();
  const time = (t) => new Date(t).getTime();
  const from = Math.min(...events.map((e) => time(e.at)));
  const to = Math.max(...events.map((e) => time(e.until || e.at)), from + 86400000);
  const width = 960;
  const left = 110;
  const lane = 22;
  const height = kinds.length * lane + 30;
  const x = (t) => left + ((t - from) / (to - from)) * (width - left - 20);
  const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'presentation' }, el);
  kinds.forEach((kind, i) => {
    const label = svg('text', { x: 4, y: i * lane + 16, 'font-size': 11, fill: '#1d2433' }, root);
    label.textContent = kind;
    svg('line', { x1: left, x2: width - 20, y1: i * lane + 12, y2: i * lane + 12, stroke: '#e9ecef' }, root);
  });
  for (const e of events) {
    const i = kinds.indexOf(e.kind);
    const x1 = x(time(e.at));
    const x2 = e.until ? Math.max(x1 + 2, x(time(e.until))) : x1 + 2;
    const mark = svg('rect', { x: x1, y: i * lane + 6, width: x2 - x1, height: 12, fill: colourOf(e.kind, kinds), opacity: 0.75 }, root);
    title(mark, e.at.slice(0, 16).replace('T', ' ') + ' · ' + e.title + (e.place ? ' @ ' + e.place : ''));
  }
  const first = svg('text', { x: left, y: height - 4, 'font-size': 10, fill: '#495057' }, root);
  first.textContent = new Date(from).toISOString().slice(0, 10);
  const last = svg('text', { x: width - 20, y: height - 4, 'font-size': 10, fill: '#495057', 'text-anchor': 'end' }, root);
  last.textContent = new Date(to).toISOString().slice(0, 10);
  el.dataset.ready = 'true';
}

start().catch((error) => console.error(error));
