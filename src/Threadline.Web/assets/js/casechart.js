// The case's own link chart: the attached network's generated graph plus what analysts added by hand (squares), each
// labelled with its marking. Dragging a node pins it (members of the case file; POST with the anti-forgery header).
// PNG and SVG are drawn here from the export the server filtered for the chosen purpose (audited as a disclosure), never
// from the screen, so they hold only what that purpose may see.
import { download } from './data.js';

const COLOURS = {
  network: '#16213a', persona: '#d6336c', phone: '#f59f00', email: '#37b24d', handle: '#1c7ed6', template: '#7048e8',
  photo: '#0ca678', booker: '#e8590c', account: '#495057', community: '#adb5bd', ad: '#74c0fc',
};

const STYLE = [
  { selector: 'node', style: {
    'background-color': (n) => COLOURS[n.data('kind')] || '#0b7285', label: 'data(text)', 'font-size': 9,
    'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2433', 'text-wrap': 'wrap', 'text-max-width': 140,
    width: 16, height: 16, 'border-width': 1, 'border-color': '#fff',
  } },
  { selector: 'node.hand', style: { shape: 'round-rectangle', 'background-color': '#f59f00', 'border-width': 2, 'border-color': '#8a4b00', width: 20, height: 20 } },
  { selector: 'node[kind = "network"]', style: { shape: 'star', width: 26, height: 26 } },
  { selector: 'node.hidden-node', style: { opacity: 0.25 } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1f4e99' } },
  { selector: 'node.caption', style: { shape: 'rectangle', 'background-opacity': 0, 'border-width': 0, 'text-valign': 'center', 'text-halign': 'right', 'text-max-width': 900, 'font-size': 11, width: 1, height: 1 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#c92a2a' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#adb5bd', 'curve-style': 'bezier', opacity: 0.8 } },
  { selector: 'edge.hand', style: { width: 2.5, 'line-color': '#8a4b00', label: 'data(text)', 'font-size': 8, 'text-rotation': 'autorotate', color: '#5c3200' } },
  { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#8a4b00' } },
];

function elements(nodes, edges) {
  return nodes.map((n) => ({
    group: 'nodes',
    classes: [n.hand ? 'hand' : '', n.hidden ? 'hidden-node' : '', n.pin ? 'pinned' : ''].join(' ').trim(),
    data: { id: n.id, kind: n.kind, text: n.label + '\n' + n.grading, item: n },
    position: n.pin ? { x: n.pin.x, y: n.pin.y } : undefined,
  })).concat(edges.map((e) => ({
    group: 'edges',
    classes: [e.hand ? 'hand' : '', e.hand && e.directed ? 'directed' : ''].join(' ').trim(),
    data: { id: e.id, source: e.from, target: e.to, kind: e.kind, text: e.kind + ' [' + e.grading + ']', item: e },
  })));
}

function line(parent, label, value) {
  if (value === null || value === undefined || value === '') {
    return;
  }
  const p = document.createElement('p');
  const b = document.createElement('strong');
  b.textContent = label + ': ';
  p.appendChild(b);
  p.appendChild(document.createTextNode(String(value)));
  parent.appendChild(p);
}

function layout(cy) {
  const free = cy.nodes().filter((n) => !n.data('item').pin);
  if (free.empty()) {
    return;
  }
  const pinned = cy.nodes().filter((n) => n.data('item').pin);
  const options = window.cytoscapeFcose
    ? { name: 'fcose', randomize: true, animate: false, quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 70,
      fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: n.position() })) }
    : { name: 'cose', animate: false };
  // Seeded from the node ids, so one chart opens the same way for every colleague.
  let seed = 2166136261;
  cy.nodes().map((n) => n.id()).sort().forEach((id) => {
    for (let i = 0; i < id.length; i++) {
      seed = Math.imul(seed ^ id.charCodeAt(i), 16777619) >>> 0;
    }
  });
  const saved = Math.random;
  Math.random = () => {
    seed = (seed + 0x6D2B79F5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    cy.layout(options).run();
  } finally {
    Math.random = saved;
  }
}

let csrf = null;
async function post(url, body) {
  if (!csrf) {
    const r = await fetch('/api/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    csrf = await r.json();
  }
  const r = await fetch(url, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [csrf.header_name]: csrf.token },
    body: JSON.stringify(body),
  });
  if (!r.ok) {
    throw new Error(url + ' answered ' + r.status);
  }
  return r.json();
}

async function exportPicture(el, kind, status) {
  const purpose = document.getElementById('export-purpose').value;
  const reasonInput = document.getElementById('export-reason');
  const reason = reasonInput.value.trim();
  if (!reason) {
    reasonInput.reportValidity();
    status.textContent = 'A justification is required for every export.';
    return;
  }
  const url = el.dataset.export + '?format=json&purpose=' + encodeURIComponent(purpose) + '&reason=' + encodeURIComponent(reason);
  const r = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!r.ok) {
    status.textContent = 'The export was refused (' + r.status + ').';
    return;
  }
  const d = await r.json();
  const onScreen = window.threadlineCaseChart;
  const box = document.createElement('div');
  box.style.width = '1200px';
  box.style.height = '900px';
  box.style.position = 'absolute';
  box.style.left = '-10000px';
  document.body.appendChild(box);
  const cy = window.cytoscape({ container: box, style: STYLE, headless: false, styleEnabled: true });
  cy.add(elements(d.nodes.map((n) => {
    const there = onScreen.getElementById(n.id);
    return { ...n, hidden: false, pin: there.nonempty() ? there.position() : n.pin };
  }), d.edges));
  const bb = cy.elements().boundingBox();
  const heading = [
    'Case ' + d.reference + ': link chart for ' + d.purpose_name + ' · exported by ' + d.by + ' at ' + d.at,
    'Justification: ' + d.reason,
    'Each item shows its 4x4 grade and handling code. Generated items are leads, not findings. Victims by pseudonym only.',
    d.withheld.length ? d.withheld.length + ' item(s) withheld: ' + d.withheld.slice(0, 12).map((w) => w.id + ' (' + w.reason + ')').join('; ') + (d.withheld.length > 12 ? '; …' : '') : 'Nothing withheld.',
  ].join('\n');
  cy.add({ group: 'nodes', classes: 'caption', data: { id: '__caption', kind: 'caption', text: heading }, position: { x: (isFinite(bb.x1) ? bb.x1 : 0), y: (isFinite(bb.y1) ? bb.y1 : 0) - 60 } });
  const name = 'case-' + d.reference + '-chart-' + d.purpose_name;
  if (kind === 'png') {
    download(name + '.png', cy.png({ full: true, bg: '#ffffff', scale: 2, output: 'blob' }));
  } else if (cy.svg) {
    download(name + '.svg', new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }));
  }
  cy.destroy();
  box.remove();
  status.textContent = 'Exported for ' + d.purpose_name + ': ' + d.nodes.length + ' nodes, ' + d.edges.length + ' links, ' + d.withheld.length + ' withheld.';
}

async function start() {
  const el = document.getElementById('case-chart');
  if (!el || !window.cytoscape) {
    return;
  }
  if (window.cytoscapeFcose) {
    window.cytoscape.use(window.cytoscapeFcose);
  }
  if (window.cytoscapeSvg) {
    window.cytoscape.use(window.cytoscapeSvg);
  }
  const status = document.getElementById('case-chart-status');
  const detail = document.getElementById('case-chart-detail');
  const r = await fetch(el.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!r.ok) {
    throw new Error(el.dataset.src + ' answered ' + r.status);
  }
  const chart = await r.json();
  const cy = window.cytoscape({ container: el, style: STYLE, minZoom: 0.05, maxZoom: 5 });
  window.threadlineCaseChart = cy;
  cy.add(elements(chart.nodes, chart.edges));
  layout(cy);
  cy.fit(undefined, 24);
  el.dataset.nodes = String(chart.nodes.length);
  el.dataset.ready = 'true';
  status.textContent = chart.nodes.length + ' nodes, ' + chart.edges.length + ' links';

  cy.on('tap', 'node, edge', (event) => {
    const item = event.target.data('item');
    detail.replaceChildren();
    const h = document.createElement('h3');
    h.textContent = (event.target.isNode() ? item.kind + ': ' + item.label : item.kind + ' (' + item.from + ' → ' + item.to + ')');
    detail.appendChild(h);
    line(detail, 'id', item.id);
    line(detail, 'marking', item.grading);
    line(detail, 'source', item.source);
    line(detail, 'added', item.added_by + ', ' + String(item.added_at).slice(0, 16).replace('T', ' '));
    line(detail, 'date', item.date);
    line(detail, item.hand ? 'note' : 'why', item.detail);
    if (item.annotation) {
      line(detail, 'annotation', item.annotation.text + ' (' + item.annotation.by + ')');
    }
  });

  if (el.dataset.canWrite === 'true') {
    cy.on('dragfree', 'node', async (event) => {
      const node = event.target;
      try {
        await post(el.dataset.view, { action: 'pin', pins: [{ node: node.id(), x: node.position('x'), y: node.position('y') }] });
        node.addClass('pinned');
        node.data('item').pin = { ...node.position() };
        status.textContent = 'Pinned ' + node.id() + '.';
      } catch (error) {
        status.textContent = 'Could not pin: ' + error.message;
      }
    });
  }

  document.getElementById('case-chart-fit')?.addEventListener('click', () => cy.fit(undefined, 24));
  document.getElementById('case-chart-hidden')?.addEventListener('change', (event) => {
    cy.nodes('.hidden-node').style('display', event.target.checked ? 'element' : 'none');
  });
  document.getElementById('export-png')?.addEventListener('click', () => exportPicture(el, 'png', status).catch((e) => { status.textContent = e.message; }));
  document.getElementById('export-svg')?.addEventListener('click', () => exportPicture(el, 'svg', status).catch((e) => { status.textContent = e.message; }));
}

start().catch((error) => {
  const status = document.getElementById('case-chart-status');
  if (status) {
    status.textContent = 'Could not draw: ' + error.message;
  }
  console.error(error);
});
