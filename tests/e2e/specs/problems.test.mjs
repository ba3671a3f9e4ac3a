// A store Feltboard can't use gets a clear screen, and the file is left as it was; a room
// address it can't listen on stops it with a sentence saying why.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { APP, emptyDataFolder, launch, quit, screenshot, startDriver, stopDriver } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

test('a file that is not a Feltboard database gets a clear screen and is not touched', async () => {
  const folder = emptyDataFolder();
  const database = path.join(folder, 'feltboard.db');
  writeFileSync(database, 'Notes from the last workshop, saved in the wrong place.');
  const browser = await launch(folder);
  try {
    const alert = await browser.$('[role="alert"]');
    await alert.waitForDisplayed();
    const text = await alert.getText();
    assert.match(text, /can’t open your workshops/);
    assert.match(text, /is not a Feltboard database/);
    assert.ok(text.includes(folder), 'the screen says where the data folder is');
    await screenshot(browser, 'problem-not-a-database');
  } finally {
    await quit(browser, folder);
  }
  assert.equal(readFileSync(database, 'utf8'), 'Notes from the last workshop, saved in the wrong place.');
  assert.ok(!existsSync(`${database}-wal`), 'nothing is written beside it');
});

test('a second Feltboard on the same data folder brings the first to the front and hands it the file', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    const file = path.join(folder, 'Returns.feltboard');
    await browser.executeAsync(async (file, done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      done(await invoke('export_workshop_file', { workshopId: workshop.id, path: file }));
    }, file);
    // As a double-click does: Feltboard again, on the same folder, with the file.
    const second = spawnSync(APP, ['--data-dir', folder, '--log-dir', path.join(folder, 'logs'), file], { encoding: 'utf8', timeout: 15_000 });
    assert.equal(second.status, 0, `the second launch hands over and leaves: ${second.stderr}`);
    const dialog = await browser.$('[role="dialog"]');
    await dialog.waitForDisplayed();
    assert.match(await dialog.getText(), /Import the workshop in Returns\.feltboard\?/, 'the first window offers the file');
    await screenshot(browser, 'handed-over');
  } finally {
    await quit(browser, folder);
  }
});

test('without a session bus to hand over on, a second Feltboard on the same folder is refused with a clear screen', async () => {
  const folder = emptyDataFolder();
  const alone = { ...process.env };
  delete alone.DBUS_SESSION_BUS_ADDRESS;
  const first = spawn(APP, ['--data-dir', folder], { stdio: 'ignore', env: { ...alone, XDG_RUNTIME_DIR: folder } });
  try {
    // The first instance holds the folder once its database exists.
    for (let i = 0; i < 100 && !existsSync(path.join(folder, 'feltboard.db')); i++) await sleep(100);
    await sleep(500);
    const second = await launch(folder);
    try {
      const alert = await second.$('[role="alert"]');
      await alert.waitForDisplayed();
      assert.match(await alert.getText(), /Feltboard is already open/);
    } finally {
      await second.deleteSession();
    }
  } finally {
    first.kill();
  }
});

test('a room address no phone could open stops Feltboard at once, saying why, and touches no data', () => {
  for (const [given, why] of [
    ['wifi', 'it is not an IP address'],
    ['0.0.0.0', 'it means every address at once'],
  ]) {
    const folder = emptyDataFolder();
    const run = spawnSync(APP, ['--data-dir', folder, '--room-address', given], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(run.status, 2, `a wrong command line exits with 2 (${given}): ${run.stderr}`);
    assert.ok(run.stderr.includes(`--room-address "${given}": ${why}`), `the sentence names the value and why: ${run.stderr}`);
    assert.equal(existsSync(path.join(folder, 'feltboard.db')), false, 'no store is made for a start that was refused');
  }
  const fromEnvironment = spawnSync(APP, ['--data-dir', emptyDataFolder()], {
    encoding: 'utf8',
    timeout: 10_000,
    env: { ...process.env, FELTBOARD_ROOM_ADDRESS: '224.0.0.1' },
  });
  assert.equal(fromEnvironment.status, 2, 'FELTBOARD_ROOM_ADDRESS is checked as the flag is');
  assert.match(fromEnvironment.stderr, /multicast/);
});

test('a panic inside is written to the log and said calmly in the window, which carries on', async () => {
  const folder = emptyDataFolder();
  // Builds for testing panic on a background thread soon after the window opens when asked.
  const browser = await launch(folder, ['--rehearse-a-panic']);
  try {
    const dialog = await browser.$('[role="dialog"]');
    await dialog.waitForDisplayed({ timeout: 10_000 });
    assert.match(await dialog.getText(), /Something went wrong inside Feltboard/);
    assert.match(await dialog.getText(), /Nothing is lost/);
    const logs = path.join(folder, 'logs');
    assert.ok((await dialog.getText()).includes(logs), 'the window says where the log is');
    await screenshot(browser, 'trouble');
    const log = readFileSync(path.join(logs, 'feltboard.log'), 'utf8');
    assert.match(log, /\[panic\] Feltboard stopped short in rehearsal at .*: a rehearsed panic/);
    assert.match(log, /Feltboard \d+\.\d+\.\d+ started/);
    await browser.$('button=Carry on').click();
    await browser.$('button=Returning an online order').click();
    await browser.$('#tab-boards').waitForDisplayed();
  } finally {
    await quit(browser, folder);
  }
});
