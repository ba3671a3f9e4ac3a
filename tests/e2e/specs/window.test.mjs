// The window behaves like a desktop app's: it opens again where it was left, at the size it
// was, from what the data folder's store remembers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

test('the window opens again where it was left, at the size it was', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  const moved = { x: 70, y: 45, width: 1100, height: 700 };
  try {
    const first = await browser.getWindowRect();
    assert.notDeepEqual({ width: first.width, height: first.height }, { width: moved.width, height: moved.height });
    await browser.setWindowRect(moved.x, moved.y, moved.width, moved.height);
    // Kept once it has settled.
    await sleep(1_500);
  } finally {
    await quit(browser, folder);
  }
  browser = await launch(folder);
  try {
    const again = await browser.getWindowRect();
    assert.deepEqual(again, moved, 'the same place and size after a restart');
  } finally {
    await quit(browser, folder);
  }
});

test('a window left bigger than the screen it opens on is made to fit it', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  try {
    // As if it was left on a bigger screen (the projector) than this 1280 × 800 one.
    await browser.setWindowRect(0, 0, 1900, 1200);
    await sleep(1_500);
  } finally {
    await quit(browser, folder);
  }
  browser = await launch(folder);
  try {
    const again = await browser.getWindowRect();
    assert.ok(again.width <= 1280 && again.height <= 800, `within the screen: ${JSON.stringify(again)}`);
  } finally {
    await quit(browser, folder);
  }
});
