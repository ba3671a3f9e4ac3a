// The room in the real app: the facilitator opens it, two phones (headless Chromium from the
// system, never a downloaded browser) join over HTTP, one sends a note and rates a step, the
// facilitator approves the note and it lands on the board; the other spends dots once
// voting opens; room mode shows it all on the projector; closing the room closes the port.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appProcess, appSockets, artifacts, cardOnBoard, emptyDataFolder, launch, openSampleBoard, openSampleRoom, portOpen, quit, ROOM_ADDRESS, screenshot, waitFor } from '../support/app.mjs';
import { appAndPhones } from '../support/phones.mjs';
import { beyondLoopback, isLoopback } from '../support/sockets.mjs';

const phone = appAndPhones();

/** Whether this process runs in the network namespace of its own that tests/loopback-only
 *  made: the script says so, and loopback is the only interface in sight. */
function inPrivateNetwork() {
  try {
    const links = execFileSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' }).trim().split('\n');
    return process.env.FELTBOARD_LOOPBACK_ONLY === 'inside' && links.length === 1 && /^\d+: lo:/.test(links[0]);
  } catch {
    return false;
  }
}


async function join(page, name, role) {
  await page.getByLabel('Your name, or any alias').fill(name);
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText(`Hi, ${name}`).waitFor();
}


test('phones join the open room, send a note, rate and vote; the facilitator approves; closing the room closes the port', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    const { panel, code, address } = await openSampleRoom(browser, folder);
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const { hostname, port } = new URL(address);
    assert.ok(await portOpen(Number(port), hostname), 'the room listens while open');
    assert.ok(await panel.$('.qr svg').isExisting(), 'a QR code to scan');
    await screenshot(browser, 'room-open');

    // Ana, a customer: a note and a rating.
    const ana = await phone(`${address}#${code}`);
    await ana.getByText('You are joining “Returning an online order — as it is today”', { exact: false }).waitFor();
    await ana.screenshot({ path: `${artifacts}/phone-join.png` });
    await join(ana, 'Ana', 'A customer');
    await ana.getByLabel('At which step?').selectOption({ label: 'Gets a label' });
    await ana.getByLabel('What is it?').selectOption({ label: 'Pain points' });
    await ana.getByLabel('Your note').fill('The printer at home had no ink');
    await ana.screenshot({ path: `${artifacts}/phone-note.png` });
    await ana.getByRole('button', { name: 'Send note' }).click();
    await ana.getByText('Sent.', { exact: false }).waitFor();
    await ana.getByRole('tab', { name: 'Rate steps' }).click();
    const upset = ana.getByRole('group', { name: 'How Gets a label felt' }).getByRole('button', { name: 'upset (-2)' });
    await upset.click();
    await ana.waitForFunction(() => document.querySelector('[aria-label="How Gets a label felt"] [aria-pressed="true"]'));
    await ana.screenshot({ path: `${artifacts}/phone-rate.png` });

    // The note waits in the queue, not on the board, until the facilitator approves it.
    const waiting = await browser.$('li[aria-label="Note from Ana"]');
    await waiting.waitForDisplayed({ timeout: 5_000 });
    assert.equal(await cardOnBoard(browser, 'The printer at home had no ink'), null, 'not on the board before approval');
    // One unbroken word of the longest a note may be wraps in the queue, never widens it.
    await ana.getByRole('tab', { name: 'Add a note' }).click();
    await ana.getByLabel('Your note').fill('x'.repeat(2000));
    await ana.getByRole('button', { name: 'Send note' }).click();
    await ana.getByText('Sent.', { exact: false }).waitFor();
    await browser.waitUntil(async () => (await browser.$$('li[aria-label="Note from Ana"]')).length === 2, { timeoutMsg: 'the long note waits' });
    const width = await browser.execute(() => document.querySelector('aside[aria-label="The room"]').scrollWidth);
    assert.ok(width <= 400, `the queue keeps its width: ${width}px`);
    await browser.$$('li[aria-label="Note from Ana"]')[1].$('button=Reject').click();
    await browser.waitUntil(async () => (await browser.$$('li[aria-label="Note from Ana"]')).length === 1, { timeoutMsg: 'the long note is rejected' });
    await ana.getByRole('tab', { name: 'Rate steps' }).click();
    // On a laptop's 800 pixels, the waiting note and its buttons are in view without scrolling.
    const inView = await browser.execute(() => {
      const note = document.querySelector('li[aria-label="Note from Ana"]').getBoundingClientRect();
      const panel = document.querySelector('aside[aria-label="The room"]').getBoundingClientRect();
      return note.bottom <= Math.min(panel.bottom, window.innerHeight);
    });
    assert.ok(inView, 'the first waiting note is in view');
    await screenshot(browser, 'room-queue');
    await waiting.$('button=Approve').click();
    await browser.waitUntil(async () => (await cardOnBoard(browser, 'The printer at home had no ink')) !== null, {
      timeoutMsg: 'the approved note is on the board',
    });
    const stored = await browser.executeAsync(async (done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      const people = await invoke('list_participants', { workshopId: workshop.id });
      const ana = people.find((p) => p.name === 'Ana');
      const [summary] = await invoke('list_boards', { workshopId: workshop.id });
      const board = await invoke('get_board', { id: summary.id });
      const card = board.cards.find((c) => c.text === 'The printer at home had no ink');
      const rating = board.ratings.find((r) => r.participantId === ana.id);
      done({ kind: ana.kind, card: card && { kind: card.kind, source: card.source, author: card.authorId === ana.id }, rating: rating && { curve: rating.curve, score: rating.score } });
    });
    assert.deepEqual(stored, {
      kind: 'customer',
      card: { kind: 'pain_point', source: 'customer', author: true },
      rating: { curve: 'rated', score: -2 },
    });

    // Bo, on the team, votes once voting opens.
    const bo = await phone(`${address}#${code}`);
    await join(bo, 'Bo', 'Part of the team');
    await bo.getByRole('tab', { name: 'Vote' }).click();
    await bo.getByText('Voting opens when the facilitator says so.').waitFor();
    await panel.$('button=Open voting').click();
    await panel.$('button=Close voting').waitForDisplayed();
    await bo.getByRole('tab', { name: /Vote/ }).click();
    const dot = bo.locator('li', { hasText: 'The printer at home had no ink' }).getByRole('button', { name: '+ dot' });
    await dot.click();
    await bo.getByText('2 dots left').waitFor();
    await bo.locator('li', { hasText: 'The printer at home had no ink' }).getByText('● yours').waitFor();
    await bo.screenshot({ path: `${artifacts}/phone-vote.png` });
    // A dot placed by mistake comes back, and goes on again.
    await bo.locator('li', { hasText: 'The printer at home had no ink' }).getByRole('button', { name: 'Take a dot back' }).click();
    await bo.getByText('3 dots left').waitFor();
    await dot.click();
    await bo.getByText('2 dots left').waitFor();

    // Maya, whom the facilitator added before the workshop, joins from her own phone: she is
    // that Maya, not a second one, and her phone says so in case it is someone else.
    const people = () =>
      browser.executeAsync(async (done) => {
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const [workshop] = await invoke('list_workshops', { search: '' });
        done((await invoke('list_participants', { workshopId: workshop.id })).map((p) => p.name));
      });
    const before = await people();
    const maya = await phone(`${address}#${code}`);
    await join(maya, 'Maya', 'A customer');
    await maya.getByText('You are already in this workshop', { exact: false }).waitFor();
    assert.deepEqual(await people(), before, 'no second Maya');
    await maya.screenshot({ path: `${artifacts}/phone-known.png` });

    // Room mode: full screen, dots hidden until revealed, Esc leaves.
    await browser.keys('F5');
    const roomMode = await browser.$('section[aria-label="Room mode"]');
    await roomMode.waitForDisplayed();
    await browser.keys('ArrowRight');
    await browser.$('h1=Starting the return').waitForDisplayed();
    assert.equal(await browser.$('[aria-label="1 dot"]').isExisting(), false, 'dots hidden before the reveal');
    await browser.keys('r');
    await browser.$('[aria-label="1 dot"]').waitForDisplayed();
    await browser.keys('t');
    await browser.waitUntil(async () => /^\d:\d\d$/.test(await browser.$('[role="timer"]').getText()), { timeoutMsg: 'the timer runs' });
    await screenshot(browser, 'room-mode');
    await browser.keys('j');
    await browser.$('[aria-label="Join from your phone"]').waitForDisplayed();
    await screenshot(browser, 'room-mode-join');
    await browser.keys('Escape');
    await browser.$('[role="grid"]').waitForDisplayed();

    // Closing the room: the port closes, and a phone is told so.
    await browser.$('button=Close the room').click();
    await browser.$('button=Open the room').waitForDisplayed();
    assert.equal(await portOpen(Number(port), hostname), false, 'nothing listens once the room is closed');
    await ana.getByRole('tab', { name: 'Add a note' }).click();
    await ana.getByLabel('Your note').fill('Anyone there');
    await ana.getByRole('button', { name: 'Send note' }).click();
    await ana.getByText('The room cannot be reached', { exact: false }).waitFor();
  } finally {
    await quit(browser, folder);
  }
});

test('quitting Feltboard with the room open closes the room', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  let address;
  try {
    ({ address } = await openSampleRoom(browser, folder));
    const { hostname, port } = new URL(address);
    assert.ok(await portOpen(Number(port), hostname), 'the room listens while open');
  } finally {
    await quit(browser, folder);
  }
  // The process lets go of its files one by one as it exits: the data folder may be free a
  // moment before the port is.
  const { hostname, port } = new URL(address);
  await waitFor('nothing to listen once Feltboard is gone', async () => !(await portOpen(Number(port), hostname)), 5_000);
});

test('under the tests the room listens on, shows and is reached at loopback addresses alone', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await openSampleRoom(browser, folder);
    const status = await browser.executeAsync((done) => window.__TAURI_INTERNALS__.invoke('room_status').then(done));
    const { hostname, port } = new URL(status.url);
    assert.equal(hostname, ROOM_ADDRESS, 'the address phones are given, and its QR code, is the one the tests chose');
    assert.equal(status.onNetwork, false, 'the panel says only this laptop can join');
    // A room of phones needs more open files than the usual soft limit of 1,024.
    const limits = readFileSync(`/proc/${appProcess(folder)}/limits`, 'utf8');
    const [soft, hard] = limits.match(/^Max open files\s+(\S+)\s+(\S+)/m).slice(1);
    assert.equal(soft, hard, 'the soft limit on open files is raised to the hard one');
    const sockets = appSockets(folder);
    const listening = sockets.filter((s) => s.listening);
    assert.ok(
      listening.some((s) => s.local.port === Number(port) && isLoopback(s.local.ip)),
      `the room's own socket is among those read, so the check below is not vacuous: ${JSON.stringify(listening)}`,
    );
    assert.deepEqual(beyondLoopback(sockets), [], 'nothing of the app listens on, or is connected to, another address');
    assert.ok(
      listening.every((s) => isLoopback(s.local.ip)),
      'no listening socket of the app or its web views is outside 127.0.0.0/8 or ::1',
    );
  } finally {
    await quit(browser, folder);
  }
});

test("the room is on the laptop's Wi-Fi, and moves to the network the facilitator picks", async (t) => {
  // Networks made for the test, inside the private network namespace of tests/loopback-only
  // alone: never on a machine's own.
  if (!inPrivateNetwork()) {
    t.skip('needs the private network namespace of tests/loopback-only (root on Linux)');
    return;
  }
  const ip = (...args) => execFileSync('ip', args, { stdio: 'pipe' });
  const networks = [
    ['wlp-e2e', 'veth-w', '192.0.2.23/24'],
    ['eth-e2e', 'veth-e', '198.51.100.4/24'],
    ['tun-e2e', 'veth-t', '203.0.113.5/24'],
  ];
  const folder = emptyDataFolder();
  let browser;
  try {
    for (const [name, otherEnd, address] of networks) {
      ip('link', 'add', name, 'type', 'veth', 'peer', 'name', otherEnd);
      ip('link', 'set', otherEnd, 'up');
      ip('link', 'set', name, 'up');
      ip('addr', 'add', address, 'dev', name);
    }
    browser = await launch(folder, [], { roomAddress: null });
    await openSampleBoard(browser);
    await browser.$('button=Open the room').click();
    const panel = await browser.$('aside[aria-label="The room"]');
    await panel.waitForDisplayed();
    const picker = await panel.$('select');
    const shown = () => browser.execute((select) => select.selectedOptions[0]?.textContent, picker);
    assert.equal(await shown(), 'Wi-Fi · 192.0.2.23', 'the route leaves by the Wi-Fi, and phones can be on it');
    assert.match(await panel.$('.url').getText(), /^http:\/\/192\.0\.2\.23:\d+\/$/);
    assert.deepEqual(
      await browser.execute((select) => [...select.options].map((o) => o.textContent), picker),
      ['Wi-Fi · 192.0.2.23', 'Cable · 198.51.100.4', 'VPN · 203.0.113.5'],
    );
    await screenshot(browser, 'room-network');
    await picker.selectByVisibleText('Cable · 198.51.100.4');
    await browser.waitUntil(async () => /^http:\/\/198\.51\.100\.4:\d+\/$/.test(await panel.$('.url').getText()), {
      timeoutMsg: 'the address and its QR code follow the pick',
    });
    assert.equal(await shown(), 'Cable · 198.51.100.4');
    const { hostname, port } = new URL(await panel.$('.url').getText());
    assert.ok(await portOpen(Number(port), hostname), 'the room listens there');

    // Closed and opened again on these networks: the pick is remembered.
    await panel.$('button=Close the room').click();
    await browser.$('button=Open the room').click();
    await browser.waitUntil(async () => /^http:\/\/198\.51\.100\.4:\d+\/$/.test(await browser.$('aside[aria-label="The room"] .url').getText().catch(() => '')), {
      timeoutMsg: 'the room opens on the network picked last on these networks',
    });

    // The cable is pulled out: within a few seconds the panel says so, and offers the others.
    ip('link', 'del', 'eth-e2e');
    const alert = await browser.$('aside[aria-label="The room"] [role="alert"]');
    await alert.waitForDisplayed({ timeout: 10_000, timeoutMsg: 'the panel says the room’s network is gone' });
    assert.match(await alert.getText(), /This laptop has left 198\.51\.100\.4/);
    await screenshot(browser, 'room-network-gone');
    await browser.$('aside[aria-label="The room"] select').selectByVisibleText('Wi-Fi · 192.0.2.23');
    await browser.waitUntil(async () => /^http:\/\/192\.0\.2\.23:\d+\/$/.test(await browser.$('aside[aria-label="The room"] .url').getText()), {
      timeoutMsg: 'the room moves back to the Wi-Fi',
    });
  } finally {
    if (browser) await quit(browser, folder);
    for (const [name] of networks) {
      try {
        ip('link', 'del', name);
      } catch {
        // Not made: the test failed before.
      }
    }
  }
});
