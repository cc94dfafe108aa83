// The operators' dashboard: kiosks with their last contact and price book, open alerts with the
// seller's reference, bins whose phones may be picked up, trades per day (a bar chart drawn here
// as SVG, with the same figures as a table), and a certificate found by its id and the phone's
// serial for a seller who lost the paper. Read-only; everything comes from the fleet's API.

import { dateTime, word } from '/c/words.js';
import { api, refusal, start, state } from '/staff/staff.js';

let data = null;
let found = null;

const el = (id) => document.getElementById(id);
const w = (key, values) => word(state.lang, key, values);
const when = (iso) => (iso ? dateTime(state.lang, new Date(iso)) : w('dash.never'));

function table(container, headers, rows) {
  container.replaceChildren();
  if (rows.length === 0) {
    const p = document.createElement('p');
    p.textContent = w('dash.none');
    container.append(p);
    return;
  }
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = w(h);
    head.append(th);
  }
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell == null ? '' : String(cell);
  }
  container.append(t);
}

function chart(days) {
  const box = el('chart');
  box.replaceChildren();
  if (days.length === 0) return;
  const ns = 'http://www.w3.org/2000/svg';
  const width = 640;
  const height = 180;
  const max = Math.max(...days.map((d) => d.trades), 1);
  // At least two weeks of slots, so that a young fleet's few days are bars, not a wall.
  const bar = width / Math.max(days.length, 14);
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 20}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', w('dash.trades'));
  days.forEach((d, i) => {
    const h = Math.round((d.trades / max) * (height - 16));
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', String(i * bar + 2));
    r.setAttribute('y', String(height - h));
    r.setAttribute('width', String(Math.max(bar - 4, 1)));
    r.setAttribute('height', String(h));
    const title = document.createElementNS(ns, 'title');
    title.textContent = `${d.day}: ${d.trades}`;
    r.append(title);
    svg.append(r);
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(i * bar + bar / 2));
    label.setAttribute('y', String(height - h - 3));
    label.setAttribute('text-anchor', 'middle');
    label.textContent = String(d.trades);
    svg.append(label);
    if (days.length <= 10 || i % Math.ceil(days.length / 10) === 0) {
      const day = document.createElementNS(ns, 'text');
      day.setAttribute('x', String(i * bar + bar / 2));
      day.setAttribute('y', String(height + 14));
      day.setAttribute('text-anchor', 'middle');
      day.textContent = d.day.slice(5);
      svg.append(day);
    }
  });
  box.append(svg);
}

/** Trades per day summed over currencies. */
function perDay(rows) {
  const days = new Map();
  for (const r of rows) {
    const d = days.get(r.day) || { day: r.day, trades: 0, paid: 0 };
    d.trades += r.trades;
    d.paid += r.paid;
    days.set(r.day, d);
  }
  return [...days.values()];
}

// A kiosk whose reported ledger mark went back (restored from an older backup, or replaced) is a
// problem: the documents it lost are what staff must look for.
function ledger(k) {
  if (k.ledgerProblem) {
    return w('dash.ledger.back', { at: when(k.ledgerProblemAt), problem: k.ledgerProblem });
  }
  if (k.ledgerMark) {
    return w('dash.ledger.mark', { journal: k.ledgerMark.journalEntries, links: k.ledgerMark.auditLinks });
  }
  return '—';
}

function draw() {
  if (data) {
    table(
      el('kiosks'),
      ['f.kiosk', 'f.where', 'dash.lastcontact', 'dash.pricebook', 'dash.openalerts', 'dash.ledger'],
      data.kiosks.map((k) => [
        k.kioskId,
        k.location,
        when(k.lastContactAt),
        k.priceBookVersion || '—',
        k.openAlerts,
        ledger(k),
      ])
    );
    table(
      el('alerts'),
      ['dash.alert', 'f.kiosk', 'dash.reference', 'dash.raised', 'dash.detail'],
      data.alerts.map((a) => [a.kind, a.kioskId + (a.bin ? ' / ' + a.bin : ''), a.alertId, when(a.raisedAt), a.detail])
    );
    table(
      el('bins'),
      ['f.kiosk', 'dash.bin', 'f.trade', 'dash.holduntil'],
      data.bins.map((b) => [b.kioskId, b.bin, b.tradeId, when(b.holdUntil)])
    );
    const days = perDay(data.days);
    chart(days);
    table(el('trades'), ['dash.day', 'dash.count', 'dash.paid'], days.map((d) => [d.day, d.trades, d.paid]));
  }
  const result = el('lookup-result');
  result.replaceChildren();
  if (found && found.error) {
    result.textContent = found.error;
  } else if (found) {
    const link = document.createElement('a');
    link.href = '/c#' + encodeURIComponent(found.qrPayload).replace(/%3A/g, ':');
    link.textContent = w('dash.open');
    link.id = 'lookup-open';
    const pre = document.createElement('pre');
    pre.textContent = found.document;
    result.append(link, pre);
  }
}

async function load() {
  try {
    const [kiosks, alerts, bins, days] = await Promise.all([
      api('GET', '/v1/kiosks'),
      api('GET', '/v1/alerts'),
      api('GET', '/v1/bins?ready=true'),
      api('GET', '/v1/stats/trades-per-day?days=30')
    ]);
    data = { kiosks: kiosks.json.kiosks, alerts: alerts.json.alerts, bins: bins.json.bins, days: days.json.days };
    el('load-message').textContent = '';
  } catch (e) {
    el('load-message').textContent = refusal(e);
  }
  draw();
}

el('lookup').addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = el('certificate-id').value.trim();
  const serial = el('serial').value.trim();
  try {
    const { json } = await api('GET', '/v1/certificates/' + encodeURIComponent(id) + '?serial=' + encodeURIComponent(serial));
    found = json;
  } catch (e) {
    found = { error: e.code === 'NO_SUCH_CERTIFICATE' ? w('dash.notfound') : refusal(e) };
  }
  draw();
});

start(draw, load);
