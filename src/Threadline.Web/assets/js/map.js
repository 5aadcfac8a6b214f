// The movement map: Leaflet with Natural Earth country shapes (world-atlas, drawn from this app's own copy; no tile
// server) and the gazetteer's city points. Circles are cities (area by ads); lines are moves from one city to the next.
// The slider shows the stays and moves up to a moment.
import { getJson, colourOf, day } from './data.js';

// Leaflet writes a string tooltip with innerHTML; city names come from ads, so tooltips get text nodes only.
function text(value) {
  const span = document.createElement('span');
  span.textContent = value;
  return span;
}

export async function initMap(el, data) {
  const L = window.L;
  const map = L.map(el, { zoomSnap: 0.25, worldCopyJump: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth · cities: GeoNames');  // a constant, not data
  try {
    const topology = await getJson('/assets/lib/countries-50m.json');
    const countries = window.topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, { style: { color: '#ffffff', weight: 0.8, fillColor: '#e9ecef', fillOpacity: 1 }, interactive: false }).addTo(map);
  } catch (error) {
    console.warn('no country shapes', error);
  }

  const cities = data.cities.filter((c) => c.latitude !== null && c.longitude !== null);
  const at = new Map(cities.map((c) => [c.name.toLowerCase(), [c.latitude, c.longitude]]));
  const personas = [...new Set(data.stays.map((s) => s.persona_id))];
  const layer = L.layerGroup().addTo(map);
  el.dataset.cities = String(cities.length);
  el.dataset.unplaced = String(data.cities.length - cities.length);

  const times = data.stays.map((s) => Date.parse(s.from)).concat(data.stays.map((s) => Date.parse(s.to)));
  const start = times.length ? Math.min(...times) : 0;
  const end = times.length ? Math.max(...times) : 0;
  const slider = document.getElementById('map-time');
  const label = document.getElementById('map-time-label');

  const draw = () => {
    const t = slider && end > start ? start + ((end - start) * Number(slider.value)) / 1000 : end;
    if (label) {
      label.textContent = new Date(t).toISOString().slice(0, 10);
    }
    layer.clearLayers();
    const ads = new Map();
    for (const s of data.stays) {
      if (Date.parse(s.from) <= t) {
        ads.set(s.city.toLowerCase(), (ads.get(s.city.toLowerCase()) || 0) + s.ads);
      }
    }
    for (const m of data.moves) {
      const a = at.get(m.from.toLowerCase());
      const b = at.get(m.to.toLowerCase());
      if (a && b && Date.parse(m.arrived) <= t) {
        L.polyline([a, b], { color: colourOf(m.persona_id, personas), weight: 2, opacity: 0.55, className: 'move-line' })
          .bindTooltip(text(m.from + ' → ' + m.to + ' (' + day(m.left) + ' → ' + day(m.arrived) + ')')).addTo(layer);
      }
    }
    for (const c of cities) {
      const n = ads.get(c.name.toLowerCase()) || 0;
      if (n === 0) {
        continue;
      }
      L.circleMarker([c.latitude, c.longitude], { radius: 4 + Math.sqrt(n) * 1.6, color: '#16213a', weight: 1, fillColor: '#d6336c', fillOpacity: 0.75, className: 'city-marker' })
        .bindTooltip(text(c.name + (c.country ? ' (' + c.country + ')' : '') + ': ' + n + ' ads, ' + c.stays + ' stays'), { direction: 'top' })
        .addTo(layer);
      L.tooltip({ permanent: true, direction: 'right', className: 'city-label', offset: [6, 0] }).setLatLng([c.latitude, c.longitude]).setContent(text(c.name)).addTo(layer);
    }
  };

  if (cities.length) {
    map.fitBounds(L.latLngBounds(cities.map((c) => [c.latitude, c.longitude])).pad(0.35), { maxZoom: 8 });
  } else {
    map.setView([50.5, 6], 4);
  }
  slider?.addEventListener('input', draw);
  draw();
  el.dataset.ready = 'true';
  return map;
}
