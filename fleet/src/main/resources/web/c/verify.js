// The seller's verification page: reads the signed code from the URL's fragment (never sent to a
// server), checks the kiosk key's certificate against the fleet key written into this page, then
// the code's Ed25519 signature, with WebCrypto, and says what it means in the reader's language.
// Verdicts as `kiosk verify` gives them: VALID, TAMPERED, UNKNOWN_KEY (and KEY_REVOKED), EXPIRED,
// ALREADY_REDEEMED, UNREADABLE; OFFLINE and NO_CRYPTO when it cannot check here.

import { Unreadable, canVerify, checkedKioskKey, decode, fromBase64, payloadOf, verifies } from '/c/payload.js';
import { chosenLanguage, dateTime, languageButtons, money, word } from '/c/words.js';

const FLEET_KEY = fromBase64(document.querySelector('meta[name="ct-fleet-key"]').content);
const KEY_STORE = 'ct-kiosk-key:';
let lang = chosenLanguage();
let result = { verdict: 'CHECKING' };

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/c-sw.js', { scope: '/c' }).catch(() => {});
}

async function withTimeout(url) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 5000);
  try {
    return await fetch(url, { cache: 'no-store', signal: abort.signal, credentials: 'omit' });
  } finally {
    clearTimeout(timer);
  }
}

/** The kiosk key's certificate: from the fleet when it answers, else as saved on this phone. */
async function kioskKey(keyId) {
  let answer = null;
  try {
    const response = await withTimeout('/v1/kiosk-keys/' + keyId);
    if (response.status === 404) {
      localStorage.removeItem(KEY_STORE + keyId);
      return { unknown: true };
    }
    if (response.ok) {
      answer = await response.json();
      localStorage.setItem(KEY_STORE + keyId, JSON.stringify(answer));
    }
  } catch (e) {
    // Offline: the saved certificate, checked again below, will do.
  }
  if (!answer) {
    const saved = localStorage.getItem(KEY_STORE + keyId);
    if (!saved) return { offline: true };
    answer = JSON.parse(saved);
  }
  const key = await checkedKioskKey(FLEET_KEY, answer);
  return key ? { key } : { unknown: true };
}

async function redeemedAt(voucherId) {
  try {
    const response = await withTimeout('/v1/vouchers/' + voucherId + '/status');
    if (!response.ok) return { unknown: true };
    const status = await response.json();
    return status.redeemed ? { at: new Date(status.redeemedAt) } : {};
  } catch (e) {
    return { unknown: true };
  }
}

async function check() {
  if (location.hash.length <= 1) return { verdict: 'NONE' };
  let payload;
  try {
    payload = decode(payloadOf(location.href));
  } catch (e) {
    if (e instanceof Unreadable) return { verdict: 'UNREADABLE', reason: e.reason };
    throw e;
  }
  if (!(await canVerify())) return { verdict: 'NO_CRYPTO', payload };
  const found = await kioskKey(payload.keyId);
  if (found.offline) return { verdict: 'OFFLINE', payload };
  if (found.unknown || found.key.kioskId !== payload.kioskId || found.key.keyId !== payload.keyId) {
    return { verdict: 'UNKNOWN_KEY', payload };
  }
  if (!(await verifies(found.key.publicKey, payload.signature, payload.signed))) return { verdict: 'TAMPERED', payload };
  if (found.key.status === 'REVOKED') {
    return { verdict: 'KEY_REVOKED', payload, date: new Date(found.key.retiredAt) };
  }
  if (payload.kind === 'voucher') {
    if (Date.now() >= payload.expiresAt.getTime()) return { verdict: 'EXPIRED', payload, date: payload.expiresAt };
    const redeemed = await redeemedAt(payload.voucherId);
    if (redeemed.at) return { verdict: 'ALREADY_REDEEMED', payload, date: redeemed.at };
    return { verdict: 'VALID', payload, offline: !!redeemed.unknown };
  }
  return { verdict: 'VALID', payload };
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function field(list, label, value) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

function render() {
  document.documentElement.lang = lang;
  document.title = word(lang, 'page.title');
  languageButtons(document.getElementById('languages'), lang, (chosen) => {
    lang = chosen;
    render();
  });
  text('title', word(lang, 'page.title'));
  text('intro', word(lang, 'page.intro'));
  text('privacy', word(lang, 'page.privacy'));
  const { verdict, payload } = result;
  const box = document.getElementById('verdict');
  box.dataset.verdict = verdict;
  const kiosk = payload ? payload.kioskId : '';
  const date = result.date ? dateTime(lang, result.date) : '';
  if (verdict === 'CHECKING') {
    text('verdict-word', word(lang, 'page.checking'));
    text('verdict-text', '');
  } else if (verdict === 'NONE') {
    text('verdict-word', word(lang, 'page.title'));
    text('verdict-text', word(lang, 'page.none'));
  } else if (verdict === 'VALID') {
    text('verdict-word', word(lang, 'VALID'));
    let key = payload.kind === 'voucher' ? (result.offline ? 'VALID.voucher.offline' : 'VALID.voucher') : 'VALID.certificate';
    let said = word(lang, key, { kiosk });
    if (payload.kind === 'certificate' && !payload.verified) said += ' ' + word(lang, 'VALID.unverified');
    text('verdict-text', said);
  } else {
    text('verdict-word', word(lang, verdict));
    text('verdict-text', word(lang, verdict + '.text', { kiosk, date }));
  }
  renderDetails();
}

function renderDetails() {
  const { verdict, payload } = result;
  const section = document.getElementById('details');
  section.hidden = !payload;
  if (!payload) return;
  const warning = document.getElementById('details-warning');
  warning.hidden = verdict === 'VALID';
  warning.textContent = word(lang, 'shown.unsafe');
  text('details-title', word(lang, 'kind.' + payload.kind));
  const list = document.getElementById('fields');
  list.replaceChildren();
  const w = (key, values) => word(lang, key, values);
  if (payload.kind === 'certificate') {
    field(list, w('f.phone'), payload.device);
    field(list, w('f.serial'), payload.serial);
    if (payload.imei) field(list, w('f.imei'), payload.imei);
    field(list, w('f.erased'), w('erased'));
    field(list, w('f.how'), w('how.' + payload.category));
    const observed = payload.evidence ? w('ev.' + payload.evidence) : w(payload.verified ? 'ev.verified' : 'ev.unverified');
    field(list, w('f.observed'), observed);
    field(list, w('f.when'), dateTime(lang, payload.verifiedAt));
    field(list, w('f.where'), w('where.kiosk', { kiosk: payload.kioskId }));
    field(list, w('f.trade'), payload.tradeId);
  } else {
    field(list, w('f.amount'), money(lang, payload.minor, payload.currency));
    field(list, w('f.expires'), dateTime(lang, payload.expiresAt));
    field(list, w('f.issued'), dateTime(lang, payload.issuedAt));
    field(list, w('f.kiosk'), w('where.kiosk', { kiosk: payload.kioskId }));
    field(list, w('f.trade'), payload.tradeId);
    field(list, w('f.voucher'), payload.voucherId);
  }
  field(list, w('f.key'), payload.keyId);
}

async function run() {
  result = { verdict: 'CHECKING' };
  render();
  const started = performance.now();
  result = await check();
  result.millis = Math.round(performance.now() - started);
  render();
  document.body.dataset.checkedMs = String(result.millis);
  document.body.dataset.verdictAtMs = String(Math.round(performance.now()));
}

window.addEventListener('hashchange', run);
run();
