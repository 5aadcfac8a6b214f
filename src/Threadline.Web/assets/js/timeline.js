// The timeline: one lane per persona (a network) or per city (a persona), a bar per stay, coloured by city.
import { svg, title, colourOf, day } from './data.js';

const LANE = 18;
const LEFT = 150;
const WIDTH = 1100;

export function initTimeline(el, data) {
  const stays = data.stays || [];
  el.replaceChildren();
  if (!stays.length) {
    el.textContent = 'No dated ads.';
    return;
  }
  const byCity = el.dataset.lanes === 'city';
  const lanes = [...new Set(stays.map((s) => (byCity ? s.city : s.persona_id)))];
  const cities = [...new Set(stays.map((s) => s.city))];
  const start = Math.min(...stays.map((s) => Date.parse(s.from)));
  const end = Math.max(...stays.map((s) => Date.parse(s.to))) + 86400000;
  const x = (t) => LEFT + ((t - start) / (end - start)) * (WIDTH - LEFT - 10);
  const height = 30 + lanes.length * LANE;
  const root = svg('svg', { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, role: 'presentation' }, el);
  const axis = svg('g', { class: 'axis' }, root);
  const first = new Date(start);
  for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)); d.getTime() <= end; d.setUTCMonth(d.getUTCMonth() + 1)) {
    if (d.getTime() < start) {
      continue;
    }
    const px = x(d.getTime());
    svg('line', { x1: px, x2: px, y1: 16, y2: height }, axis);
    svg('text', { x: px + 2, y: 12 }, axis).textContent = d.toISOString().slice(0, 7);
  }
  lanes.forEach((lane, i) => {
    const y = 22 + i * LANE;
    const text = svg('text', { x: 4, y: y + 11, class: 'lane-label' }, root);
    text.textContent = lane.length > 22 ? lane.slice(0, 21) + '…' : lane;
  });
  for (const s of stays) {
    const lane = lanes.indexOf(byCity ? s.city : s.persona_id);
    const x1 = x(Date.parse(s.from));
    const x2 = Math.max(x1 + 3, x(Date.parse(s.to) + 86400000));
    const bar = svg('rect', { x: x1, y: 22 + lane * LANE + 2, width: x2 - x1, height: LANE - 5, rx: 2, fill: colourOf(s.city, cities) }, root);
    title(bar, `${s.city}${s.country ? ' (' + s.country + ')' : ''}: ${day(s.from)} → ${day(s.to)}, ${s.ads} ads${byCity ? '' : ', persona ' + s.persona_id}`);
  }
  const legend = document.createElement('ul');
  legend.className = 'legend';
  cities.slice(0, 24).forEach((c) => {
    const li = document.createElement('li');
    const sw = svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' });
    svg('rect', { width: 12, height: 12, fill: colourOf(c, cities) }, sw);
    li.appendChild(sw);
    li.appendChild(document.createTextNode(c));
    legend.appendChild(li);
  });
  el.appendChild(legend);
  el.dataset.ready = 'true';
}
