// The link chart: cytoscape with the fCoSE layout. Nodes are personas and what ties them; every edge keeps its reason and
// weight. Large charts arrive collapsed by community; clicking a community opens it. Double-click expands a node.
import { getJson, download, pageOf } from './data.js';

const COLOURS = {
  network: '#16213a', persona: '#d6336c', phone: '#f59f00', email: '#37b24d', handle: '#1c7ed6', template: '#7048e8',
  photo: '#0ca678', booker: '#e8590c', account: '#495057', community: '#adb5bd', ad: '#74c0fc',
};

const STYLE = [
  { selector: 'node', style: {
    'background-color': (n) => COLOURS[n.data('kind')] || '#868e96',
    label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2433',
    'text-wrap': 'ellipsis', 'text-max-width': 110, width: 'data(size)', height: 'data(size)',
    'border-width': 1, 'border-color': '#fff',
  } },
  { selector: 'node[kind = "persona"]', style: { shape: 'ellipse' } },
  { selector: 'node[kind = "network"]', style: { shape: 'star', 'font-weight': 'bold' } },
  { selector: 'node[kind = "account"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[kind = "template"]', style: { shape: 'diamond' } },
  { selector: 'node[kind = "community"]', style: { shape: 'round-octagon', 'font-size': 10 } },
  { selector: 'node.cut', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#c92a2a', 'background-opacity': 0.35 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1f4e99' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#adb5bd', 'curve-style': 'bezier', opacity: 0.8,
  } },
  { selector: 'edge[kind = "money"]', style: { 'line-color': '#495057', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#495057' } },
  { selector: 'edge.cut', style: { 'line-style': 'dashed', 'line-color': '#c92a2a', opacity: 0.5 } },
  { selector: 'edge:selected', style: { 'line-color': '#1f4e99', opacity: 1 } },
];

function elements(chart) {
  const nodes = chart.nodes.map((n) => ({
    group: 'nodes',
    classes: n.cut ? 'cut' : '',
    data: { id: n.id, kind: n.kind, value: n.value, label: n.kind === 'community' ? n.label : n.label, ads: n.ads,
      detail: n.detail || '', community: n.community, cut: n.cut,
      size: n.kind === 'community' ? 18 + Math.sqrt(n.ads) * 4 : n.kind === 'network' ? 26 : 10 + Math.min(26, Math.sqrt(Math.max(1, n.ads)) * 3) },
  }));
  const edges = chart.edges.map((e, i) => ({
    group: 'edges',
    classes: e.cut ? 'cut' : '',
    data: { id: 'e' + i + ':' + e.source + '>' + e.target + ':' + e.kind, source: e.source, target: e.target, kind: e.kind,
      weight: e.weight, reason: e.reason, cut: e.cut, width: e.kind === 'community' ? 1 + Math.min(8, Math.log2(1 + e.weight)) : 0.6 + 3 * Math.min(1, e.weight) },
  }));
  return nodes.concat(edges);
}

// The force layouts start from random positions; drawn from a generator seeded by the chart's node ids, one chart opens
// the same way every time and for every colleague (a picture in a report matches the screen).
function hashText(text, h) {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runSeeded(cy, run) {
  const ids = cy.nodes().map((n) => n.id()).sort();
  let seed = 2166136261;
  ids.forEach((id) => { seed = hashText(id, seed); });
  const saved = Math.random;
  Math.random = seededRandom(seed);
  try {
    run();
  } finally {
    Math.random = saved;
  }
}

function layoutOptions(name, count) {
  if (name === 'fcose' && window.cytoscapeFcose) {
    return { name: 'fcose', quality: count > 300 ? 'draft' : 'default', randomize: true, animate: false, nodeRepulsion: 6000, idealEdgeLength: 70, nodeSeparation: 60, packComponents: true };
  }
  if (name === 'concentric') {
    return { name: 'concentric', concentric: (n) => (n.data('kind') === 'network' ? 3 : n.data('kind') === 'persona' ? 2 : 1), levelWidth: () => 1, animate: false };
  }
  return { name: name === 'fcose' ? 'cose' : name, animate: false };
}

function line(parent, label, value) {
  const p = document.createElement('p');
  const b = document.createElement('strong');
  b.textContent = label + ': ';
  p.appendChild(b);
  p.appendChild(document.createTextNode(value));
  parent.appendChild(p);
}

export async function initGraph(el) {
  if (window.cytoscapeFcose) {
    window.cytoscape.use(window.cytoscapeFcose);
  }
  if (window.cytoscapeSvg) {
    window.cytoscape.use(window.cytoscapeSvg);
  }
  const detail = document.getElementById('graph-detail');
  const status = document.getElementById('graph-status');
  const layoutSelect = document.getElementById('graph-layout');
  const back = document.getElementById('graph-collapse');
  const cy = window.cytoscape({ container: el, style: STYLE, minZoom: 0.05, maxZoom: 5 });
  window.threadlineGraph = cy;
  let collapsed = false;

  const runLayout = () => {
    const layout = cy.layout(layoutOptions(layoutSelect ? layoutSelect.value : 'fcose', cy.nodes().length));
    runSeeded(cy, () => layout.run());
    cy.fit(undefined, 20);
    el.dataset.ready = 'true';
  };

  const load = async (url) => {
    el.dataset.ready = 'false';
    const chart = await getJson(url);
    cy.elements().remove();
    cy.add(elements(chart));
    collapsed = chart.collapsed;
    el.dataset.nodes = String(chart.nodes.length);
    status.textContent = chart.collapsed
      ? chart.node_total + ' nodes: shown as ' + chart.nodes.length + ' communities. Click one to open it.'
      : chart.nodes.length + ' nodes, ' + chart.edges.length + ' edges' + (chart.community !== null && chart.community !== undefined ? ' (community ' + chart.community + ' of ' + chart.node_total + ' nodes)' : '');
    if (back) {
      back.hidden = chart.community === null || chart.community === undefined;
    }
    runLayout();
  };

  const show = (element) => {
    detail.replaceChildren();
    const h = document.createElement('h3');
    const data = element.data();
    if (element.isNode()) {
      h.textContent = data.kind + ': ' + data.value;
      detail.appendChild(h);
      if (data.detail) {
        line(detail, data.kind === 'community' ? 'inside' : 'detail', data.detail);
      }
      if (data.kind !== 'community' && data.ads) {
        line(detail, 'ads', String(data.ads));
      }
      if (data.cut) {
        line(detail, 'hub', 'cut: it links nothing');
      }
      const links = element.connectedEdges().slice(0, 12);
      if (links.length) {
        const ul = document.createElement('ul');
        links.forEach((e) => {
          const li = document.createElement('li');
          li.textContent = e.data('kind') + ' (weight ' + e.data('weight') + '): ' + e.data('reason');
          ul.appendChild(li);
        });
        detail.appendChild(ul);
      }
      const href = pageOf(data.kind, data.value);
      if (href) {
        const a = document.createElement('a');
        a.href = href;
        a.className = 'open-node';
        a.textContent = 'Open ' + data.kind + ' page →';
        detail.appendChild(a);
      } else if (data.kind === 'community') {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = 'Open this community';
        b.addEventListener('click', () => load(el.dataset.src + '?community=' + encodeURIComponent(data.value)));
        detail.appendChild(b);
      }
    } else {
      h.textContent = data.kind + ' tie';
      detail.appendChild(h);
      line(detail, 'why', data.reason);
      line(detail, 'weight', String(data.weight) + (data.cut ? ' (through a cut hub)' : ''));
    }
  };

  cy.on('tap', 'node, edge', (event) => show(event.target));
  cy.on('dbltap', 'node', async (event) => {
    const node = event.target;
    if (node.data('kind') === 'community') {
      await load(el.dataset.src + '?community=' + encodeURIComponent(node.data('value')));
      return;
    }
    try {
      const more = await getJson('/api/graph/expand?node=' + encodeURIComponent(node.id()));
      const fresh = elements(more).filter((x) => x.group === 'nodes' ? cy.getElementById(x.data.id).empty() : true)
        .filter((x) => x.group === 'nodes' || true);
      const present = new Set(cy.nodes().map((n) => n.id()));
      fresh.filter((x) => x.group === 'nodes').forEach((x) => present.add(x.data.id));
      cy.add(fresh.filter((x) => x.group === 'nodes'));
      cy.add(fresh.filter((x) => x.group === 'edges' && present.has(x.data.source) && present.has(x.data.target))
        .map((x) => ({ ...x, data: { ...x.data, id: 'x' + x.data.id } })).filter((x) => cy.getElementById(x.data.id).empty()));
      runLayout();
      status.textContent = cy.nodes().length + ' nodes after expanding ' + node.data('label');
    } catch (error) {
      status.textContent = 'Nothing to expand there.';
    }
  });

  if (layoutSelect) {
    layoutSelect.addEventListener('change', runLayout);
  }
  document.getElementById('graph-fit')?.addEventListener('click', () => cy.fit(undefined, 20));
  back?.addEventListener('click', () => load(el.dataset.src));
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => {
      const name = 'threadline-' + (el.dataset.network || 'graph');
      if (button.dataset.export === 'png') {
        download(name + '.png', cy.png({ full: true, bg: '#ffffff', scale: 2, output: 'blob' }));
      } else if (cy.svg) {
        download(name + '.svg', new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }));
      }
    });
  }

  await load(el.dataset.src);
  return collapsed;
}
