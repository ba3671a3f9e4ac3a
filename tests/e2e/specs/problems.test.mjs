// A store Feltboard can't use gets a clear screen, and the file is left as it was.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
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

test('a second Feltboard on the same data folder is refused with a clear screen', async () => {
  const folder = emptyDataFolder();
  const first = spawn(APP, ['--data-dir', folder], { stdio: 'ignore' });
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
