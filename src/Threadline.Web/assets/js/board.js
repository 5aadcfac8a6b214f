// The live board of an action day: polls the board's JSON every few seconds with the last ETag (an unchanged board is a
// 304 and costs nothing to draw) and redraws the teams and the summary. Text only (textContent): no HTML from the data.
const root = document.getElementById('board');
const state = document.getElementById('board-state');
const every = 2000;
let etag = null;

const money = (n) => Number(n).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const clock = (iso) => (iso ? iso.substring(11, 16) + 'Z' : '–');
const statusClass = (s) => 'status-' + String(s).toLowerCase();
const cashText = (cash) => Object.entries(cash || {}).map(([c, v]) => c + ' ' + money(v)).join('; ');

function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

function drawTeams(teams) {
  const body = document.getElementById('board-teams');
  const rows = teams.map((t) => {
    const tr = document.createElement('tr');
    tr.dataset.team = t.id;
    tr.className = statusClass(t.status);
    const name = cell(tr, '');
    const strong = document.createElement('strong');
    strong.textContent = t.name;
    name.appendChild(strong);
    cell(tr, t.country);
    const hh = cell(tr, (t.local_h_hour || '–') + ' ');
    const zone = document.createElement('span');
    zone.className = 'muted';
    zone.textContent = t.time_zone;
    hh.appendChild(zone);
    cell(tr, t.status, 'status');
    cell(tr, clock(t.last_report_at));
    cell(tr, String(t.persons_found), 'found');
    cell(tr, String(t.arrests), 'arrests');
    cell(tr, t.victims.map((v) => v.pseudonym + (v.centre ? ' referred to ' + v.centre + ' on ' + v.on : '')).join('; '), 'victims');
    cell(tr, t.seized.map((s) => s.quantity + ' × ' + s.description).join('; '), 'seized');
    cell(tr, cashText(t.cash), 'cash');
    return tr;
  });
  body.replaceChildren(...rows);
}

function drawSummary(s) {
  const set = (id, text) => { document.getElementById(id).textContent = text; };
  set('sum-searches', String(s.searches));
  set('sum-arrests', String(s.arrests));
  set('sum-found', String(s.persons_found));
  set('sum-victims', String(s.victims_identified));
  set('sum-referred', String(s.victims_referred));
  set('sum-seized', String(s.items_seized));
  set('sum-cash', cashText(s.cash) || '–');
  set('sum-teams', s.teams_finished + ' / ' + s.teams_aborted);
  const rows = s.countries.map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.country = c.country;
    for (const v of [c.country, c.teams, c.searches, c.arrests, c.victims_referred, c.items_seized]) cell(tr, String(v));
    return tr;
  });
  document.getElementById('board-countries').replaceChildren(...rows);
}

async function poll() {
  try {
    const headers = { Accept: 'application/json' };
    if (etag) headers['If-None-Match'] = etag;
    const answer = await fetch(root.dataset.src, { headers, credentials: 'same-origin', cache: 'no-cache' });
    if (answer.status === 200) {
      etag = answer.headers.get('ETag');
      const board = await answer.json();
      drawTeams(board.teams);
      drawSummary(board.summary);
      state.textContent = 'updated ' + new Date().toISOString().substring(11, 19) + 'Z';
    } else if (answer.status !== 304) {
      state.textContent = 'board not reachable (' + answer.status + '); retrying';
    }
  } catch {
    state.textContent = 'board not reachable; retrying';
  }
  setTimeout(poll, every);
}

if (root) {
  root.dataset.live = 'on';
  poll();
}
