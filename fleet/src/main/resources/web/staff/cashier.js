// The cashier's page: scan a voucher with a USB wedge scanner (it types the code and Enter into
// the field) or with the camera where the browser has BarcodeDetector, see what it is worth, and
// redeem it once, fleet-wide. The fleet checks everything again; a refusal is said in plain words.

import { Unreadable, decode, payloadOf } from '/c/payload.js';
import { dateTime, money, word } from '/c/words.js';
import { api, refusal, start, state } from '/staff/staff.js';

let current = null; // { scanned, voucher, answer, paid }

const el = (id) => document.getElementById(id);

function draw() {
  const lang = state.lang;
  const list = el('voucher-fields');
  list.replaceChildren();
  el('voucher').hidden = !current || !current.voucher;
  el('redeem').hidden = true;
  el('camera').hidden = !('BarcodeDetector' in window);
  if (!current) {
    el('outcome').textContent = '';
    return;
  }
  const v = current.voucher;
  if (v) {
    const add = (key, value) => {
      const dt = document.createElement('dt');
      dt.textContent = word(lang, key);
      const dd = document.createElement('dd');
      dd.textContent = value;
      dd.id = 'voucher-' + key.slice(2);
      list.append(dt, dd);
    };
    add('f.amount', money(lang, v.minor, v.currency));
    add('f.kiosk', v.kioskId);
    add('f.trade', v.tradeId);
    add('f.expires', dateTime(lang, v.expiresAt));
  }
  el('outcome').dataset.outcome = current.outcome || '';
  el('outcome').textContent = outcomeWords(lang);
  if (current.outcome === 'VALID') {
    el('redeem').hidden = false;
    el('redeem').textContent = word(lang, 'cashier.redeem', { amount: money(lang, v.minor, v.currency) });
  }
}

function outcomeWords(lang) {
  const c = current;
  if (c.error) return c.error;
  if (c.outcome === 'NOT_VOUCHER') return word(lang, 'cashier.notvoucher');
  if (c.outcome === 'VALID') return word(lang, 'cashier.valid');
  if (c.outcome === 'REDEEMED') return word(lang, 'cashier.paid', { amount: money(lang, c.voucher.minor, c.voucher.currency) });
  const r = c.answer && c.answer.redemption;
  const date =
    c.outcome === 'ALREADY_REDEEMED' && r ? dateTime(lang, new Date(r.at)) : c.voucher ? dateTime(lang, c.voucher.expiresAt) : '';
  return word(lang, 'out.' + c.outcome, { date, by: r ? r.by : '' });
}

async function ask(action) {
  try {
    const { json } = await api('POST', '/v1/vouchers/' + current.voucher.voucherId + '/' + action, {
      payload: current.scanned
    });
    current.answer = json;
    current.outcome = json.outcome;
  } catch (e) {
    current.error = refusal(e);
  }
  draw();
}

async function scanned(text) {
  current = { scanned: text };
  try {
    const payload = decode(payloadOf(text));
    if (payload.kind !== 'voucher') {
      current.outcome = 'NOT_VOUCHER';
      draw();
      return;
    }
    current.voucher = payload;
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    current.outcome = 'MALFORMED';
    draw();
    return;
  }
  await ask('check');
}

async function camera() {
  const detector = new BarcodeDetector({ formats: ['qr_code'] });
  const video = el('viewfinder');
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  const stop = () => {
    stream.getTracks().forEach((t) => t.stop());
    video.hidden = true;
  };
  for (let tries = 0; tries < 600; tries++) {
    const codes = await detector.detect(video).catch(() => []);
    if (codes.length > 0) {
      stop();
      el('scan').value = codes[0].rawValue;
      await scanned(codes[0].rawValue);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
}

el('scan-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = el('scan').value.trim();
  if (text) scanned(text).then(() => el('scan').select());
});
el('redeem').addEventListener('click', () => {
  el('redeem').disabled = true;
  ask('redeem').finally(() => (el('redeem').disabled = false));
});
el('camera').addEventListener('click', () => camera().catch((e) => (el('outcome').textContent = String(e.message))));

start(draw, () => el('scan').focus());
