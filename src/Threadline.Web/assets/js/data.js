// Small helpers shared by the picture modules.
const cache = new Map();

export async function getJson(url) {
  if (!cache.has(url)) {
    cache.set(url, fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then((r) => {
      if (!r.ok) {
        throw new Error(url + ' answered ' + r.status);
      }
      return r.json();
    }));
  }
  return cache.get(url);
}

export function pick(data, path) {
  return path ? data[path] : data;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(name, attributes, parent) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes || {})) {
    element.setAttribute(key, String(value));
  }
  if (parent) {
    parent.appendChild(element);
  }
  return element;
}

export function title(element, text) {
  const t = document.createElementNS(SVG, 'title');
  t.textContent = text;
  element.appendChild(t);
  return element;
}

export const palette = ['#d6336c', '#1c7ed6', '#f59f00', '#37b24d', '#7048e8', '#e8590c', '#0ca678', '#ae3ec9', '#495057', '#74b816', '#1098ad', '#f03e3e'];

export function colourOf(key, keys) {
  const i = keys.indexOf(key);
  return palette[(i < 0 ? 0 : i) % palette.length];
}

export function day(iso) {
  return iso ? iso.slice(0, 10) : '';
}

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function pageOf(kind, value) {
  const e = encodeURIComponent(value);
  switch (kind) {
    case 'network': return '/networks/' + e;
    case 'persona': return '/personas/' + e;
    case 'ad': return '/ads/' + e;
    case 'phone': return '/phones/' + e;
    case 'email': return '/emails/' + e;
    case 'handle': return '/handles/' + e;
    case 'account': return '/accounts/' + e;
    default: return null;
  }
}
