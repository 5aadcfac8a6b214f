// Money flow as a layered diagram (Sankey-like): columns are steps from the traced accounts, bands are traced money
// moving between accounts (width by amount). Forward traces start on the left; backward traces end on the right.
import { svg, title } from './data.js';

const COLUMN = 230;
const NODE_W = 12;
const MAX_PER_STEP = 10;
const OTHERS = 'others:';

// An account as shown: an IBAN, a counterparty known only by name, or the accounts grouped at one step.
function name(account, others) {
  if (account.startsWith(OTHERS)) {
    return others.get(account) + ' other accounts';
  }
  return account.startsWith('name:') ? account.slice(5) + ' (no IBAN)' : account;
}

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
  const direct = flows.filter((f) => depth.has(f.from) && depth.has(f.to) && depth.get(forward ? f.to : f.from) > depth.get(forward ? f.from : f.to));
  const levels = Math.max(...depth.values()) + 1;
  const sumBy = (list) => {
    const through = new Map();
    for (const f of list) {
      through.set(f.from, (through.get(f.from) || 0) + f.amount_minor);
      through.set(f.to, (through.get(f.to) || 0) + f.amount_minor);
    }
    return through;
  };
  // The largest accounts of each step are drawn; the rest of a step is one "other accounts" bar.
  const raw = sumBy(direct);
  const columns = [];
  for (const [account, d] of depth) {
    if (raw.has(account) || seeds.has(account)) {
      (columns[d] = columns[d] || []).push(account);
    }
  }
  const stand = new Map();
  const others = new Map();
  columns.forEach((accounts, d) => {
    if (!accounts) return;
    accounts.sort((a, b) => (raw.get(b) || 0) - (raw.get(a) || 0));
    accounts.forEach((account, i) => {
      if (i < MAX_PER_STEP || seeds.has(account)) {
        stand.set(account, account);
      } else {
        const key = OTHERS + d;
        stand.set(account, key);
        others.set(key, (others.get(key) || 0) + 1);
      }
    });
    columns[d] = accounts.filter((a) => stand.get(a) === a).concat(others.has(OTHERS + d) ? [OTHERS + d] : []);
  });
  const merged = new Map();
  for (const f of direct) {
    const from = stand.get(f.from);
    const to = stand.get(f.to);
    const key = from + '\u0000' + to;
    const m = merged.get(key) || { from, to, amount_minor: 0, transactions: 0 };
    m.amount_minor += f.amount_minor;
    m.transactions += f.transactions;
    merged.set(key, m);
  }
  const shown = [...merged.values()];
  const through = sumBy(shown);
  const max = Math.max(...through.values(), 1);
  const scale = 60 / Math.sqrt(max);
  const barOf = (account) => Math.max(6, Math.sqrt(through.get(account) || 1) * scale);
  const pos = new Map();
  let height = 160;
  columns.forEach((accounts, d) => {
    const col = forward ? d : levels - 1 - d;
    let y = 20;
    (accounts || []).forEach((account) => {
      const h = barOf(account);
      pos.set(account, { x: 20 + col * COLUMN, y, h });
      y += Math.max(h, 28) + 16;
    });
    height = Math.max(height, y + 10);
  });
  const width = levels * COLUMN + 80;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'presentation' }, el);
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
    title(band, `${name(f.from, others)} → ${name(f.to, others)}: ${money(f.amount_minor)} traced in ${f.transactions} transactions`);
  }
  for (const [account, p] of pos) {
    const grouped = account.startsWith(OTHERS);
    const g = svg('g', { class: 'node' + (seeds.has(account) ? ' seed' : '') + (abroad.has(account) ? ' abroad' : '') + (grouped ? ' others' : '') }, root);
    title(svg('rect', { x: p.x, y: p.y, width: NODE_W, height: p.h }, g), name(account, others));
    const label = grouped ? g : svg('a', { href: '/accounts/' + encodeURIComponent(account) }, g);
    const text = svg('text', { x: p.x + NODE_W + 4, y: p.y + 11 }, label);
    const full = name(account, others);
    svg('tspan', { x: p.x + NODE_W + 4 }, text).textContent = full.length > 28 ? full.slice(0, 27) + '…' : full;
    svg('tspan', { x: p.x + NODE_W + 4, dy: 13, class: 'amount' }, text).textContent = money(through.get(account) || 0);
  }
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = `Traced ${money(trace.traced_minor)}; held at the end ${money(trace.held_minor)} (conserved). Blue: within the seeds' country; orange: abroad. Pink bars: the traced accounts.`;
  el.appendChild(note);
  el.dataset.ready = 'true';
}
