// The phone's side of the room. The join code comes in the address's fragment (from the QR
// code) or is typed; the device token the room hands out on joining is kept for this tab's
// site only, so a reload stays in the room. Every request carries both.
'use strict';

const $ = (id) => document.getElementById(id);
// The page's words, in the phone's language: the room wrote them into the page.
const WORDS = JSON.parse($('words').textContent);
/** A word of the page, its {names} filled in with `values`. */
const w = (id, values = {}) => (WORDS[id] || id).replace(/\{(\w+)\}/g, (marker, name) => (name in values ? String(values[name]) : marker));
const REFRESH_MS = 4000;

let code = decodeURIComponent(location.hash.slice(1)) || sessionStorage.getItem('feltboard-code') || '';
let token = localStorage.getItem(tokenKey()) || '';
let board = null;

function tokenKey() {
  return 'feltboard-device:' + code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function show(section) {
  for (const id of ['need-code', 'join', 'room']) $(id).hidden = id !== section;
}

let statusTimer = 0;
function say(message, problem = false) {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('problem', problem);
  status.classList.add('shown');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => status.classList.remove('shown'), problem ? 6000 : 3000);
}

class Refused extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(method, path, body) {
  const headers = { 'X-Feltboard-Room': code };
  if (token) headers['X-Feltboard-Device'] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (_) {
    throw new Refused(0, w('unreachable'));
  }
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Refused(response.status, answer.message || w('refused', { status: response.status }));
  return answer;
}

/** Runs `work`; a refusal is shown, and a lost seat sends the phone back to joining. */
async function attempt(work) {
  try {
    return await work();
  } catch (failure) {
    if (failure.status === 401 || failure.status === 403) {
      token = '';
      localStorage.removeItem(tokenKey());
      show(failure.status === 403 ? 'need-code' : 'join');
    }
    say(failure.message, true);
    return undefined;
  }
}

/** Replaces what `parent` holds with `children` (older phone browsers lack replaceChildren). */
function fill(parent, children) {
  parent.textContent = '';
  parent.append(...children);
}

/** A new element with a class, its text, and attributes (`data-*` included). */
function make(tag, className, text, attributes = {}) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function render() {
  $('board-title').textContent = board.title;
  $('you').textContent = board.you;

  const step = $('step');
  const chosenStep = step.value;
  fill(step, []);
  let group = null;
  for (const s of board.steps) {
    if (!group || group.label !== s.stage) {
      group = document.createElement('optgroup');
      group.label = s.stage;
      step.append(group);
    }
    group.append(make('option', '', s.title, { value: s.id }));
  }
  if (chosenStep) step.value = chosenStep;

  const lane = $('lane');
  const chosenLane = lane.value;
  fill(lane, board.lanes.map((l) => make('option', '', l.title, { value: l.id })));
  if (chosenLane) lane.value = chosenLane;

  renderSteps();
  renderVoting();
}

function renderSteps() {
  fill(
    $('steps'),
    board.steps.map((s) => {
      const scale = make('div', 'scale', undefined, { role: 'group', 'aria-label': w('how-it-felt', { step: s.title }) });
      // The room's scale, upset to delighted, left to right: the same faces as on the board.
      const faces = [...board.scale].reverse();
      for (const [score, face, shown] of faces) {
        const word = shown.toLowerCase();
        scale.append(
          make('button', '', face, {
            type: 'button',
            title: word,
            'aria-label': word + ' (' + (score > 0 ? '+' : '') + score + ')',
            'aria-pressed': String(s.rating === score),
            'data-step': s.id,
            'data-score': String(score),
          }),
        );
      }
      const legend = make('div', 'scale-legend');
      legend.append(make('span', '', faces[0][2].toLowerCase()), make('span', '', faces[faces.length - 1][2].toLowerCase()));
      const item = make('li');
      // People's words in any script: each element finds its own direction (dir=auto).
      item.append(make('div', 'stage', s.stage, { dir: 'auto' }), make('div', 'title', s.title, { dir: 'auto' }), scale, legend);
      return item;
    }),
  );
}

function renderVoting() {
  const voting = board.voting;
  $('vote-closed').hidden = voting.open;
  $('vote-open').hidden = !voting.open;
  $('tab-vote').textContent = voting.tab;
  if (!voting.open) return;
  $('dots').textContent = '●'.repeat(voting.left) + '○'.repeat(Math.max(0, voting.budget - voting.left));
  $('dots-text').textContent = voting.leftSaid;
  fill(
    $('cards'),
    voting.cards.map((c) => {
      const text = make('span', 'text', undefined, { dir: 'auto' });
      text.append(make('bdi', '', c.text), make('span', 'where', c.kindName + ' · ' + c.step));
      if (c.mine) text.append(make('span', 'mine', '●'.repeat(c.mine) + ' ' + w('yours')));
      const button = make('button', '', w('add-dot'), { type: 'button', 'data-card': c.id });
      button.disabled = voting.left === 0;
      const item = make('li', c.kind);
      item.append(text, button);
      // A dot placed by mistake can be taken back while voting is open.
      if (c.mine) item.append(make('button', '', w('take-dot'), { type: 'button', 'data-back': c.id, 'aria-label': w('take-dot-label') }));
      return item;
    }),
  );
}

async function refresh() {
  const fresh = await attempt(() => call('GET', '/api/board'));
  if (fresh) {
    board = fresh;
    render();
  }
  return fresh;
}

async function enter() {
  if (!code) return show('need-code');
  if (!token) {
    // Check the code and say which workshop this is before anyone gives a name.
    const welcome = await attempt(() => call('GET', '/api/welcome'));
    if (!welcome) return;
    $('board-title').textContent = welcome.board;
    $('joining').textContent = welcome.joining;
    $('joining').hidden = false;
    showPersonas(welcome.personas || []);
    return show('join');
  }
  if (await refresh()) show('room');
}

const TABS = ['note', 'rate', 'vote'];

function selectTab(name) {
  for (const tab of TABS) {
    $('tab-' + tab).setAttribute('aria-selected', String(tab === name));
    // One stop for the tabs on the way through the page: arrows move between them.
    $('tab-' + tab).tabIndex = tab === name ? 0 : -1;
    $('panel-' + tab).hidden = tab !== name;
  }
}

$('code-form').addEventListener('submit', (event) => {
  event.preventDefault();
  code = $('code').value.trim();
  sessionStorage.setItem('feltboard-code', code);
  token = localStorage.getItem(tokenKey()) || '';
  enter();
});

/** The board's personas, for a customer to say which is most like them: their ratings then
 *  count for that persona too. Shown to customers only; none is a fine answer. */
function showPersonas(personas) {
  fill(
    $('personas'),
    personas.map((persona) => {
      const label = make('label');
      const radio = make('input', '', undefined, { type: 'radio', name: 'persona', value: persona.id });
      const badge = make('span', 'persona-badge', [...persona.name][0] || '?', { 'aria-hidden': 'true' });
      if (/^#[0-9a-f]{6}$/i.test(persona.colour)) badge.style.background = persona.colour;
      const words = make('span', 'persona-words', persona.name, { dir: 'auto' });
      if (persona.role) words.append(make('small', '', persona.role));
      label.append(radio, badge, words);
      return label;
    }),
  );
  $('most-like').dataset.offered = String(personas.length > 0);
  offerPersonas();
}

function offerPersonas() {
  const customer = $('join-form').querySelector('input[name=role]:checked').value === 'customer';
  $('most-like').hidden = !(customer && $('most-like').dataset.offered === 'true');
}

for (const role of document.querySelectorAll('input[name=role]')) role.addEventListener('change', offerPersonas);

$('join-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const button = form.querySelector('button');
  button.disabled = true;
  const joined = await attempt(() =>
    call('POST', '/api/join', {
      name: $('name').value,
      customer: form.querySelector('input[name=role]:checked').value === 'customer',
      quoteByName: form.querySelector('input[name=quote]').checked,
      personaId: ($('most-like').hidden ? '' : form.querySelector('input[name=persona]:checked').value) || null,
    }),
  );
  button.disabled = false;
  if (!joined) return;
  token = joined.token;
  localStorage.setItem(tokenKey(), token);
  $('known').hidden = !joined.known;
  await enter();
});

// Someone else of the same name: this phone starts again under another name. (The person it
// was taken for keeps everything they said; only this phone's seat is given up.)
$('not-me').addEventListener('click', () => {
  token = '';
  localStorage.removeItem(tokenKey());
  $('known').hidden = true;
  $('name').value = '';
  enter();
  $('name').focus();
});

function openTab(tab) {
  selectTab(tab);
  if (tab === 'vote') refresh();
}

for (const tab of TABS) {
  $('tab-' + tab).addEventListener('click', () => openTab(tab));
  $('tab-' + tab).addEventListener('keydown', (event) => {
    const at = TABS.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length];
    openTab(next);
    $('tab-' + next).focus();
  });
}
selectTab('note');

$('note-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = event.target.querySelector('button');
  button.disabled = true;
  const sent = await attempt(() =>
    call('POST', '/api/notes', { stepId: $('step').value, laneId: $('lane').value, text: $('text').value }),
  );
  button.disabled = false;
  if (!sent) return;
  $('text').value = '';
  say(sent.message);
});

$('steps').addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-step]');
  if (!button) return;
  const step = board.steps.find((s) => s.id === button.dataset.step);
  const score = Number(button.dataset.score);
  // Tapping the chosen face again takes the rating back.
  const chosen = step.rating === score ? null : score;
  const done = await attempt(() => call('POST', '/api/ratings', { stepId: step.id, score: chosen }));
  if (!done) return;
  step.rating = chosen;
  renderSteps();
  say(done.message);
});

$('cards').addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-card], button[data-back]');
  if (!button) return;
  button.disabled = true;
  const back = 'back' in button.dataset;
  const done = await attempt(() =>
    call('POST', back ? '/api/votes/back' : '/api/votes', { cardId: button.dataset.card || button.dataset.back }),
  );
  if (done) say(done.message);
  await refresh();
});

// Voting opens and closes on the facilitator's word: look again now and then, and when
// the phone comes back to the page.
setInterval(() => {
  if (!$('room').hidden && document.visibilityState === 'visible') refresh();
}, REFRESH_MS);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !$('room').hidden) refresh();
});

if (location.hash) sessionStorage.setItem('feltboard-code', code);
enter();
