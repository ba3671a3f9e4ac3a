// Drives the real Feltboard binary: one tauri-driver for the test file, one app per launch,
// each on a data folder the test chooses. Needs DISPLAY (run under Xvfb).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';
import { beyondLoopback, openFiles, processTree, socketsOf } from './sockets.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const APP = process.env.FELTBOARD_APP ?? path.join(repo, 'target/debug/feltboard');
const DRIVER_PORT = 4444;
const NATIVE_PORT = 4445;

export const artifacts = path.join(repo, 'tests/e2e/artifacts');

/** Whether something listens on `port` at `host`. */
export function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Waits until `check` holds, or fails naming `what`. */
export async function waitFor(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

let driver;
let snapshots = true;

/**
 * Starts tauri-driver and waits until it and WebKitWebDriver both listen.
 *
 * Without a GPU (as under Xvfb) the app paints without compositing, and in that mode
 * WebKitWebDriver's screenshots never return. Tests keep compositing on, so every failure
 * leaves a picture; benchmarks pass `{ snapshots: false }` to measure the app as it runs.
 */
export async function startDriver({ snapshots: withSnapshots = true } = {}) {
  snapshots = withSnapshots;
  const tauriDriver = process.env.TAURI_DRIVER ?? path.join(os.homedir(), '.cargo/bin/tauri-driver');
  const env = { ...process.env };
  if (snapshots) env.WEBKIT_DISABLE_COMPOSITING_MODE = '0';
  driver = spawn(tauriDriver, ['--port', String(DRIVER_PORT), '--native-driver', '/usr/bin/WebKitWebDriver'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  // Both ports, or the first session races WebKitWebDriver's start and fails.
  await waitFor('tauri-driver', () => portOpen(DRIVER_PORT));
  await waitFor('WebKitWebDriver', () => portOpen(NATIVE_PORT));
}

export async function stopDriver() {
  driver?.kill();
  await sleep(200);
}

const dataFolders = [];
// Each test file runs in its own process; its data folders go with it (hundreds of runs
// would otherwise fill the temp folder). A failure's picture stays under artifacts/.
process.on('exit', () => {
  for (const folder of dataFolders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh, empty data folder, removed when the test file ends. */
export function emptyDataFolder() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'feltboard-e2e-'));
  dataFolders.push(folder);
  return folder;
}

/**
 * Where every app a test or benchmark launches opens its room: this machine alone, so that no
 * phone of a test ever sends a packet beyond loopback, whatever network the machine is on.
 */
export const ROOM_ADDRESS = '127.0.0.1';

/** Launches the app on `dataFolder` (its log beside its data, in `logs/`, out of the
 *  system's log folder) and waits for its first screen; `extra` arguments go after.
 *  `application` is another app to launch the same way (the benchmarks' floor); `pollMs`
 *  how often waits look again (benchmarks look often, so that what they time is the app);
 *  `roomAddress` where the room listens (null: where the app finds, for a test that made the
 *  networks it finds). */
export async function launch(dataFolder, extra = [], { application = APP, pollMs = 100, roomAddress = ROOM_ADDRESS } = {}) {
  const room = roomAddress === null ? [] : ['--room-address', roomAddress];
  const browser = await remote({
    hostname: '127.0.0.1',
    port: DRIVER_PORT,
    logLevel: 'error',
    // Generous: CI may be compiling beside the app on two cores.
    waitforTimeout: 10_000,
    waitforInterval: pollMs,
    capabilities: {
      // No browserName: on Linux, "wry" fails to match WebKitWebDriver's capabilities.
      'tauri:options': { application, args: ['--data-dir', dataFolder, ...room, '--log-dir', path.join(dataFolder, 'logs'), ...extra] },
    },
  });
  // The first screen has loaded what it shows (Home its workshops) when it stops being busy.
  await browser.$('main[aria-busy="false"]').waitForExist({ timeout: 15_000 });
  return browser;
}

/**
 * The process that holds `dataFolder`'s lock file open (the app on that folder), or null. A
 * dying process stops showing its command line before it closes its files, so this, not the
 * process list, says when the folder is free again.
 */
export function appProcess(dataFolder) {
  const lock = path.join(dataFolder, 'feltboard.lock');
  const holder = readdirSync('/proc').find((entry) => /^\d+$/.test(entry) && openFiles(entry).includes(lock));
  return holder === undefined ? null : Number(holder);
}

/** Whether an app still runs on `dataFolder`. */
export function appRunningOn(dataFolder) {
  return appProcess(dataFolder) !== null;
}

/** Closes the app and waits until the folder is free, so the next launch can open it. */
export async function quit(browser, dataFolder) {
  // The last sight of each window, for whoever reads a failure.
  if (snapshots) await screenshot(browser, `quit-${path.basename(dataFolder)}`).catch(() => {});
  await browser.deleteSession();
  await waitFor('the app to release its data folder', () => !appRunningOn(dataFolder));
}

/** Saves a screenshot of the window under tests/e2e/artifacts (for people, not assertions). */
export async function screenshot(browser, name) {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(artifacts, { recursive: true });
  await browser.saveScreenshot(path.join(artifacts, `${name}.png`));
}

/** From Home, opens the sample workshop's board. */
export async function openSampleBoard(browser) {
  await browser.$('button=Returning an online order').click();
  await browser.$('#tab-boards').click();
  await browser.$('button=Returning an online order — as it is today').click();
  await browser.$('[role="grid"]').waitForDisplayed();
}

/**
 * Builds, through the app's own commands, a workshop called `Benchmark <cards>` holding one
 * board, "Big board": 40 steps (8 stages of 5) × 9 lanes, with `cards` cards dealt across its
 * cells step by step. Gives its size and how long one get_board took over IPC.
 */
export function buildBigBoard(browser, cards) {
  return browser.executeAsync(async (cards, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const workshop = await invoke('create_workshop', {
      draft: { title: `Benchmark ${cards}`, question: '', heldOn: null, place: '', facilitator: '', notes: '' },
    });
    const board = await invoke('create_board', {
      workshopId: workshop.id,
      draft: { title: 'Big board', personaIds: [], scenario: '', expectations: '' },
    });
    const kinds = ['actions', 'touchpoints', 'thoughts', 'feelings', 'pain_points', 'opportunities', 'frontstage', 'backstage', 'support'];
    const lanes = [];
    for (const [i, kind] of kinds.entries()) lanes.push(await invoke('add_lane', { boardId: board.id, kind, title: `Lane ${i + 1}`, index: 99 }));
    for (let s = 0; s < 8; s++) {
      const stage = await invoke('add_stage', { boardId: board.id, title: `Stage ${s + 1}`, index: 99 });
      for (let t = 1; t < 5; t++) await invoke('add_step', { stageId: stage, title: `Step ${s + 1}.${t + 1}`, index: 99 });
    }
    const full = await invoke('get_board', { id: board.id });
    const steps = full.stages.flatMap((g) => g.steps.map((x) => x.id));
    for (let i = 0; i < cards; i++) {
      await invoke('add_card', {
        stepId: steps[i % steps.length],
        laneId: lanes[Math.floor(i / steps.length) % lanes.length],
        draft: { text: `Card ${i}: what the customer does, thinks or feels here`, kind: 'note', source: 'team', authorId: null, owner: '', metric: '', target: '', status: 'idea' },
        index: 999,
      });
    }
    const t0 = performance.now();
    const read = await invoke('get_board', { id: board.id });
    done({ steps: steps.length, lanes: lanes.length, cards: read.cards.length, readMs: performance.now() - t0 });
  }, cards);
}

/**
 * The card on the open board that says `text` (for null, the first quote), scrolled into
 * view; null when none does. The board builds the cards of the cells near the screen only,
 * so this looks as a person would: a screen at a time, from the top left.
 */
export async function cardOnBoard(browser, text) {
  const id = await browser.executeAsync(async (t, done) => {
    const scroller = document.querySelector('[role="grid"]').parentElement;
    const says = (card) => (t === null ? card.classList.contains('quote') : card.querySelector('.text')?.textContent === t);
    const find = () => [...document.querySelectorAll('[role="grid"] [data-card]')].find(says);
    const painted = () => new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown)));
    for (let top = 0; top <= scroller.scrollHeight; top += scroller.clientHeight) {
      for (let left = 0; left <= scroller.scrollWidth; left += scroller.clientWidth) {
        scroller.scrollTo(left, top);
        await painted();
        const card = find();
        if (card) {
          card.scrollIntoView({ block: 'center', inline: 'center' });
          await painted();
          done(card.dataset.card);
          return;
        }
      }
    }
    done(null);
  }, text);
  return id === null ? null : browser.$(`[data-card="${id}"]`);
}

/**
 * Opens the sample workshop's board and opens the room on it, in the app running on
 * `dataFolder`. The room's panel, its join code, and the address phones open (without the
 * code). Fails unless the room shows, and the app and its web views listen on and talk to,
 * loopback addresses alone: no test or benchmark of the room may reach beyond this machine.
 */
export async function openSampleRoom(browser, dataFolder) {
  await openSampleBoard(browser);
  await browser.$('button=Open the room').click();
  const panel = await browser.$('aside[aria-label="The room"]');
  await panel.waitForDisplayed();
  const room = { panel, code: await panel.$('[aria-label="Join code"]').getText(), address: await panel.$('.url').getText() };
  const shown = new URL(room.address).hostname;
  if (shown !== ROOM_ADDRESS) throw new Error(`the room shows ${room.address}, not an address on ${ROOM_ADDRESS}`);
  const stray = beyondLoopback(appSockets(dataFolder));
  if (stray.length > 0) throw new Error(`the app reaches beyond loopback: ${JSON.stringify(stray)}`);
  return room;
}

/** Every TCP and UDP socket the app on `dataFolder` and its web views hold. */
export function appSockets(dataFolder) {
  const app = appProcess(dataFolder);
  if (app === null) throw new Error(`no app runs on ${dataFolder}`);
  return socketsOf(processTree(app));
}
