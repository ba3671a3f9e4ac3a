// The native menu is there, is driven by the keyboard as GTK menus are (F10, arrows, Enter),
// and does what the keys do. Keys are pressed as a person's are, through the X server
// (xdotool), so they meet the window's menu before the page: the page still gets its own.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { emptyDataFolder, launch, openSampleBoard, quit, screenshot, startDriver, stopDriver, waitFor } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

/** Presses keys on the X server, one after another, as someone at the keyboard would. */
async function press(...keys) {
  execFileSync('xdotool', ['key', '--delay', '150', ...keys]);
  await sleep(400);
}

/** Waits until the open dialog is the one titled `title` (or, with `gone`, until none is). */
async function dialog(browser, title, { gone = false } = {}) {
  const shown = () => browser.execute(() => document.querySelector('[role="dialog"] h2')?.textContent ?? null);
  await waitFor(gone ? 'the dialog to close' : `the dialog ${title}`, async () => (await shown()) === (gone ? null : title), 5_000);
}

test('the menu bar opens from the keyboard, and Help → Keyboard shortcuts lists the keys', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    // No window manager here: the window that has the pointer has the keyboard.
    execFileSync('xdotool', ['mousemove', '640', '400']);
    // F10 opens File; ← wraps round to Help; its first item is Keyboard shortcuts.
    await press('F10', 'Left', 'Down', 'Return');
    await dialog(browser, 'Keyboard shortcuts');
    const listed = await browser.execute(() => document.querySelector('[role="dialog"]')?.textContent ?? '');
    for (const line of ['Export…', 'Ctrl+P', 'Undo', 'Ctrl+Z', 'Room mode (projector)', 'F5']) {
      assert.ok(listed.includes(line), `the list has ${line}`);
    }
    await screenshot(browser, 'keyboard-shortcuts');
    await press('Escape');
    await dialog(browser, null, { gone: true });

    // File's first item on Home is the screen's own: a new workshop.
    await press('F10', 'Down', 'Return');
    await dialog(browser, 'New workshop');
  } finally {
    await quit(browser, folder);
  }
});

test('inside a text field, Ctrl+Z and Ctrl+Shift+Z are the field’s own', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    execFileSync('xdotool', ['mousemove', '640', '400']);
    const search = await browser.$('input[type="search"]');
    await search.click();
    execFileSync('xdotool', ['type', '--delay', '60', 'returns']);
    await waitFor('the typing to arrive', async () => (await search.getValue()) === 'returns', 5_000);
    await press('ctrl+z');
    await waitFor('the field to undo its typing', async () => (await search.getValue()) === '', 5_000);
    await press('ctrl+shift+z');
    await waitFor('the field to redo it', async () => (await search.getValue()) === 'returns', 5_000);
  } finally {
    await quit(browser, folder);
  }
});

test('on a board the menu does the board’s things, and room mode takes the whole screen, menu and all', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await openSampleBoard(browser);
    execFileSync('xdotool', ['mousemove', '640', '400']);
    const page = () => browser.execute(() => ({ inner: window.innerHeight, screen: window.screen.height }));
    const withMenu = await page();
    assert.ok(withMenu.inner < withMenu.screen, `the menu bar takes its line: ${JSON.stringify(withMenu)}`);

    // Room → Room mode (projector), the second item of the fourth menu.
    await press('F10', 'Right', 'Right', 'Right', 'Down', 'Down', 'Return');
    await browser.$('section[aria-label="Room mode"]').waitForDisplayed({ timeout: 5_000 });
    await waitFor('room mode to fill the screen', async () => (await page()).inner === withMenu.screen, 5_000);
    await press('Escape');
    await waitFor('the menu to come back', async () => (await page()).inner === withMenu.inner, 5_000);
  } finally {
    await quit(browser, folder);
  }
});
