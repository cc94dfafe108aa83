// What both staff pages share: signing in (a session cookie the page cannot read, and the
// session's CSRF token, sent with every request that changes anything), the language buttons, and
// refusals in plain words.

import { chosenLanguage, dateTime, languageButtons, word } from '/c/words.js';

export const state = { lang: chosenLanguage(), session: null };

export class Refused extends Error {
  constructor(status, body) {
    super(body.message || 'HTTP ' + status);
    this.status = status;
    this.code = body.error || body.outcome || 'HTTP_' + status;
    this.body = body;
  }
}

/** A request to the fleet's API as the signed-in staff member; JSON in, JSON out. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.session) headers['X-CSRF-Token'] = state.session.csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store'
  });
  const json = response.status === 204 ? {} : await response.json().catch(() => ({}));
  if (!response.ok && !(json && json.outcome)) throw new Refused(response.status, json);
  return { status: response.status, json };
}

/** A refusal of the fleet in the reader's words. */
export function refusal(error) {
  const lang = state.lang;
  if (error instanceof Refused) {
    if (error.code === 'LOCKED') return word(lang, 'staff.LOCKED', { date: dateTime(lang, new Date(error.body.lockedUntil)) });
    if (['BAD_CREDENTIALS', 'NOT_SIGNED_IN', 'FORBIDDEN'].includes(error.code)) return word(lang, 'staff.' + error.code);
    return word(lang, 'staff.error', { code: error.code });
  }
  return word(lang, 'staff.error', { code: 'NETWORK' });
}

/**
 * Shows the sign-in form until someone signs in, then calls {@code ready}. {@code draw} redraws
 * the page's words (after a language switch).
 */
export async function start(draw, ready) {
  const form = document.getElementById('signin');
  const message = document.getElementById('signin-message');
  const redraw = () => {
    document.documentElement.lang = state.lang;
    languageButtons(document.getElementById('languages'), state.lang, (chosen) => {
      state.lang = chosen;
      redraw();
    });
    for (const el of document.querySelectorAll('[data-word]')) el.textContent = word(state.lang, el.dataset.word);
    document.getElementById('whoami').textContent = state.session
      ? word(state.lang, 'staff.signedin', { name: state.session.name, role: state.session.role })
      : '';
    draw();
  };
  const show = (signedIn) => {
    form.hidden = signedIn;
    document.getElementById('work').hidden = !signedIn;
    document.getElementById('signout').hidden = !signedIn;
    redraw();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      const { json } = await api('POST', '/v1/staff/sign-in', {
        name: form.elements.name.value,
        password: form.elements.password.value
      });
      state.session = json;
      form.elements.password.value = '';
      show(true);
      ready();
    } catch (e) {
      message.textContent = refusal(e);
    }
  });
  document.getElementById('signout').addEventListener('click', async () => {
    await api('POST', '/v1/staff/sign-out').catch(() => {});
    state.session = null;
    show(false);
  });
  try {
    state.session = (await api('GET', '/v1/staff/session')).json;
    show(true);
    ready();
  } catch (e) {
    show(false);
  }
}
