// Money flow as a layered diagram (Sankey-like): columns are steps from the traced accounts, bands are traced money
// moving between accounts (width by amount). Forward traces start on the left; backward traces end on the right.
import { svg, title } from './data.js';

const COLUMN = 230;
const NODE_W = 12;

function money(minor) {
  return (minor / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function initFlow(el, trace) {
  el.replaceChildren();
  const flows = (trace && trace.flows) || [];
  if (!flows.length) {
    el.textContent = 'No traced money moved between accounts.';
    return;
  }
  const forward = trace.direction !== 'Backward';
  const seeds = new Set(trace.seeds);
  const out = new Map();
  for (const f of flows) {
    const [a, b] = forward ? [f.from, f.to] : [f.to, f.from];
    if (!out.has(a)) out.set(a, []);
    out.get(a).push(b);
  }
  const depth = new Map([...seeds].map((s) => [s, 0]));
  const queue = [...seeds];
  while (queue.length) {
    const a = queue.shift();
    for (const b of out.get(a) || []) {
      if (!depth.has(b) && depth.get(a) < 6) {
        depth.set(b, depth.get(a) + 1);
        queue.push(b);
      }
    }
  }
  const shown = flows.filter((f) => depth.has(f.from) && depth.has(f.to) && depth.get(forward ? f.to : f.from) > depth.get(forward ? f.from : f.to)).slice(0, 120);
  const levels = Math.max(...depth.values()) + 1;
  const through = new Map();
  for (const f of shown) {
    through.set(f.from, (through.get(f.from) || 0) + f.amount_minor);
    through.set(f.to, (through.get(f.to) || 0) + f.amount_minor);
  }
  const columns = [];
  for (const [account, d] of depth) {
    if (through.has(account) || seeds.has(account)) {
      (columns[d] = columns[d] || []).push(account);
    }
  }
  const max = Math.max(...through.values(), 1);
  const scale = 60 / Math.sqrt(max);
  const height = Math.max(160, Math.max(...columns.map((c) => (c ? c.length : 0))) * 46 + 30);
  const width = levels * COLUMN + 60;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'presentation' }, el);
  const pos = new Map();
  columns.forEach((accounts, d) => {
    (accounts || []).sort((a, b) => (through.get(b) || 0) - (through.get(a) || 0));
    const col = forward ? d : levels - 1 - d;
    (accounts || []).forEach((account, i) => {
      const h = Math.max(6, Math.sqrt(through.get(account) || 1) * scale);
      pos.set(account, { x: 20 + col * COLUMN, y: 20 + i * 46, h });
    });
  });
  const abroad = new Set((trace.destinations || []).filter((d) => d.abroad).map((d) => d.account));
  for (const f of shown) {
    const a = pos.get(f.from);
    const b = pos.get(f.to);
    if (!a || !b) continue;
    const w = Math.max(1.5, Math.sqrt(f.amount_minor) * scale * 0.8);
    const x1 = a.x + NODE_W;
    const x2 = b.x;
    const y1 = a.y + a.h / 2;
    const y2 = b.y + b.h / 2;
    const mid = (x1 + x2) / 2;
    const band = svg('path', { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, class: 'band', 'stroke-width': w, stroke: abroad.has(f.to) ? '#e8590c' : '#1c7ed6' }, root);
    title(band, `${f.from} → ${f.to}: ${money(f.amount_minor)} traced in ${f.transactions} transactions`);
  }
  for (const [account, p] of pos) {
    const g = svg('g', { class: 'node' + (seeds.has(account) ? ' seed' : '') + (abroad.has(account) ? ' abroad' : '') }, root);
    title(svg('rect', { x: p.x, y: p.y, width: NODE_W, height: p.h }, g), account);
    const link = svg('a', { href: '/accounts/' + encodeURIComponent(account) }, g);
    const text = svg('text', { x: p.x + NODE_W + 4, y: p.y + Math.min(p.h, 14) }, link);
    text.textContent = (account.length > 26 ? account.slice(0, 25) + '…' : account) + '  ' + money(through.get(account) || 0);
  }
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = `Traced ${money(trace.traced_minor)}; held at the end ${money(trace.held_minor)} (conserved). Blue: within the seeds' country; orange: abroad. Pink bars: the traced accounts.`;
  el.appendChild(note);
  el.dataset.ready = 'true';
}
