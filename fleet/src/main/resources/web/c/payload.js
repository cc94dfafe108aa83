// The signed QR payload of ClearTrade certificates and vouchers (docs/certificates.md), read and
// checked in the browser: the same format and the same checks as QrPayloadCodec and
// PayloadVerifier in Java. Signatures are Ed25519, verified with WebCrypto.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
const EVIDENCE = ['NONE', 'FACTORY_STATE_READ_BACK', 'USB_REENUMERATED_SAME_SERIAL', 'RETURNED_UNACTIVATED'];
const CATEGORY = [null, 'CLEAR', 'PURGE', 'DESTROY'];

/** A code that is not a readable ClearTrade payload; reason as in MalformedPayloadException. */
export class Unreadable extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
}

/**
 * The payload in what was scanned or opened: a bare "CT:..." code, a verification link
 * (".../c#CT:..."), or a page's fragment. The fragment's %20 and %25 are undone.
 */
export function payloadOf(text) {
  let t = String(text).trim();
  if (t.startsWith('CT:')) return t;
  const hash = t.indexOf('#');
  if (hash < 0 || !/^https?:\/\//i.test(t)) return t;
  t = t.slice(hash + 1);
  try {
    return decodeURIComponent(t);
  } catch (e) {
    throw new Unreadable('NOT_BASE45', 'the link is damaged');
  }
}

function base45(text) {
  if (text.length % 3 === 1) throw new Unreadable('TRUNCATED', 'the text ends in the middle of a group');
  const out = [];
  for (let i = 0; i < text.length; i += 3) {
    const group = [...text.slice(i, i + 3)].map((c) => {
      const v = ALPHABET.indexOf(c);
      if (v < 0) throw new Unreadable('NOT_BASE45', 'not a Base45 character: ' + JSON.stringify(c));
      return v;
    });
    const n = group[0] + group[1] * 45 + (group.length === 3 ? group[2] * 2025 : 0);
    if (group.length === 3) {
      if (n > 0xffff) throw new Unreadable('NOT_BASE45', 'a group is out of range');
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) throw new Unreadable('TRUNCATED', 'the text ends in the middle of a group');
      out.push(n);
    }
  }
  return new Uint8Array(out);
}

class Reader {
  constructor(bytes) {
    this.b = bytes;
    this.p = 0;
  }
  take(n, what) {
    if (this.p + n > this.b.length) throw new Unreadable('TRUNCATED', 'cut short in the ' + what);
    const v = this.b.subarray(this.p, this.p + n);
    this.p += n;
    return v;
  }
  u8(what) {
    return this.take(1, what)[0];
  }
  u32(what) {
    const v = this.take(4, what);
    return ((v[0] << 24) >>> 0) + (v[1] << 16) + (v[2] << 8) + v[3];
  }
  str(what, utf8) {
    const bytes = this.take(this.u8(what), what);
    if (utf8) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (e) {
        throw new Unreadable('BAD_FIELD', 'the ' + what + ' is not UTF-8');
      }
    }
    if (bytes.some((c) => c < 0x20 || c > 0x7e)) throw new Unreadable('BAD_FIELD', 'the ' + what + ' is not printable');
    return String.fromCharCode(...bytes);
  }
}

const hex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const seconds = (s) => new Date(s * 1000);

/** Reads a payload's text; checks its structure but not its signature. */
export function decode(text) {
  if (!text.startsWith('CT:')) throw new Unreadable('BAD_PREFIX', 'not a ClearTrade code');
  const bytes = base45(text.slice(3));
  const r = new Reader(bytes);
  const kind = r.u8('kind');
  if (kind !== 0x43 && kind !== 0x56) throw new Unreadable('UNKNOWN_KIND', 'unknown kind ' + kind);
  const version = r.u8('version');
  if (kind === 0x43 ? version !== 1 && version !== 2 : version !== 1) {
    throw new Unreadable('UNKNOWN_VERSION', 'format ' + version + ' is not known to this page');
  }
  const keyId = hex(r.take(8, 'key id'));
  const content = kind === 0x43 ? certificate(r, version) : voucher(r);
  const signed = bytes.slice(0, r.p);
  const signature = r.take(64, 'signature').slice();
  if (r.p !== bytes.length) throw new Unreadable('TRAILING_BYTES', 'unexpected bytes after the signature');
  return { kind: kind === 0x43 ? 'certificate' : 'voucher', version, keyId, signed, signature, ...content };
}

function certificate(r, version) {
  const verifiedAt = seconds(r.u32('verification time'));
  const flags = r.u8('flags');
  if (flags & (version === 1 ? 0xf0 : 0x80)) throw new Unreadable('BAD_FIELD', 'reserved flag bits are set');
  const category = CATEGORY[flags & 0x03];
  if (!category) throw new Unreadable('BAD_FIELD', 'no sanitization category');
  let evidence = null;
  if (version >= 2) {
    evidence = EVIDENCE[(flags >> 4) & 0x07];
    if (!evidence) throw new Unreadable('BAD_FIELD', 'unknown verification evidence');
  }
  const tradeId = r.str('trade id');
  const kioskId = r.str('kiosk id');
  const serial = r.str('serial');
  let imei = null;
  if (flags & 0x08) {
    imei = [...r.take(8, 'IMEI')]
      .flatMap((b) => [b >> 4, b & 0x0f])
      .filter((d) => d !== 0x0f)
      .join('');
  }
  const device = r.str('device', true);
  const sha256 = hex(r.take(32, 'certificate hash'));
  return { verifiedAt, category, verified: (flags & 0x04) !== 0, evidence, tradeId, kioskId, serial, imei, device, sha256 };
}

function voucher(r) {
  const voucherId = hex(r.take(16, 'voucher id'));
  const tradeId = r.str('trade id');
  const a = r.take(8, 'amount');
  let minor = 0n;
  for (const b of a) minor = (minor << 8n) | BigInt(b);
  const currency = String.fromCharCode(...r.take(3, 'currency'));
  if (!/^[A-Z]{3}$/.test(currency) || minor <= 0n) throw new Unreadable('BAD_FIELD', 'bad amount or currency');
  const issuedAt = seconds(r.u32('issue time'));
  const expiresAt = seconds(r.u32('expiry'));
  const kioskId = r.str('kiosk id');
  return { voucherId, tradeId, minor: Number(minor), currency, issuedAt, expiresAt, kioskId };
}

/** Whether this browser verifies Ed25519 with WebCrypto. */
export async function canVerify() {
  try {
    await crypto.subtle.importKey('raw', new Uint8Array(32).fill(1), { name: 'Ed25519' }, false, ['verify']);
    return true;
  } catch (e) {
    return false;
  }
}

export async function verifies(rawKey, signature, data) {
  const key = await crypto.subtle.importKey('raw', rawKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
}

/** First 8 bytes of SHA-256 of the key's X.509 form, in hex: the key id payloads name. */
export async function keyIdOf(rawKey) {
  const spki = new Uint8Array([...SPKI_PREFIX, ...rawKey]);
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', spki)).slice(0, 8));
}

export const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * The fleet's certificate of a kiosk key (KioskKeyCertificate), checked: signed by the fleet key,
 * in canonical form, its key id that of its key. Returns { kioskId, keyId, publicKey } or null.
 */
export async function checkedKioskKey(fleetKey, answer) {
  const lines = String(answer.certificate).split('\n');
  const m = /^cleartrade-kiosk-key-certificate\/1$/.test(lines[0]) && lines.length === 6 && lines[5] === '';
  if (!m) return null;
  const field = (i, name) => (lines[i].startsWith(name + ': ') ? lines[i].slice(name.length + 2) : null);
  const kioskId = field(1, 'kiosk');
  const keyId = field(2, 'key-id');
  const publicKey = fromBase64(field(3, 'public-key') || '');
  const signed = new TextEncoder().encode(answer.certificate);
  if (!kioskId || publicKey.length !== 32 || !(await verifies(fleetKey, fromBase64(answer.signature), signed))) return null;
  if ((await keyIdOf(publicKey)) !== keyId) return null;
  return { kioskId, keyId, publicKey, status: answer.status, retiredAt: answer.retiredAt };
}
