// Threadline: starts the pictures a page has (link chart, map, timeline, money flow). Each reads the same JSON the API
// serves; nothing is fetched from another host. Ad text reaches the page only through textContent or SVG text nodes.
import { initGraph } from './graph.js';
import { initMap } from './map.js';
import { initTimeline } from './timeline.js';
import { initFlow } from './flow.js';
import { getJson, pick } from './data.js';

async function start() {
  const graph = document.getElementById('graph');
  if (graph && window.cytoscape) {
    await initGraph(graph);
  }

  const map = document.getElementById('map');
  const timeline = document.getElementById('timeline');
  if (map || timeline) {
    const src = (map || timeline).dataset.src;
    const data = pick(await getJson(src), (map || timeline).dataset.path);
    if (map && window.L) {
      await initMap(map, data);
    }
    if (timeline) {
      initTimeline(timeline, data);
    }
  }

  for (const flow of document.querySelectorAll('.flow[data-src]')) {
    initFlow(flow, pick(await getJson(flow.dataset.src), flow.dataset.path));
  }
}

start().catch((error) => {
  const status = document.getElementById('graph-status');
  if (status) {
    status.textContent = 'Could not draw: ' + error.message;
  }
  console.error(error);
});
