// axe-core on every screen and dialog of the real app, and on the phone's pages in Chromium:
// no moderate, serious or critical problem anywhere a facilitator or a customer goes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeInApp, axeInPage } from '../support/axe.mjs';
import { launchChromium, phoneAt } from '../support/phones.mjs';
import { emptyDataFolder, launch, openSampleBoard, openSampleRoom, quit, startDriver, stopDriver } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

/** Fails naming the place and what axe found there. */
async function clean(where, found) {
  assert.deepEqual(await found, [], `${where}: ${JSON.stringify(await found, null, 1)}`);
}

test('every screen and dialog of the app has no accessibility problem worse than minor', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  const escape = async () => {
    await browser.keys('Escape');
    await browser.$('[role="dialog"]').waitForExist({ reverse: true });
  };
  try {
    await clean('Home', axeInApp(browser));
    await browser.keys(['Control', 'n']);
    await browser.$('[role="dialog"]').waitForDisplayed();
    await clean('New workshop', axeInApp(browser));
    await escape();

    await browser.$('button=Returning an online order').click();
    for (const tab of ['boards', 'personas', 'participants']) {
      await browser.$(`#tab-${tab}`).click();
      await clean(`Workshop, ${tab}`, axeInApp(browser));
    }
    await browser.keys(['Control', 'p']);
    await browser.$('[role="dialog"]').waitForDisplayed();
    await clean('Export', axeInApp(browser));
    await escape();

    await browser.$('#tab-personas').click();
    await browser.$('button=Maya Okafor').click();
    await browser.$('button=← Personas').waitForDisplayed();
    await clean('Persona editor', axeInApp(browser));
    await browser.$('button=← Personas').click();
    await browser.keys(['Alt', 'ArrowLeft']);
    await browser.$('button=Returning an online order').waitForDisplayed();

    await openSampleBoard(browser);
    await clean('Board editor', axeInApp(browser));
    await browser.$('[role="grid"]').click();
    await browser.keys(['Control', 'e']);
    await browser.$('[role="dialog"]').waitForDisplayed();
    await clean('Rating', axeInApp(browser));
    await browser.$('button=Done').click();
    await browser.$('[role="dialog"]').waitForExist({ reverse: true });
    await browser.$('button=Stages and lanes…').click();
    await browser.$('[role="dialog"]').waitForDisplayed();
    await clean('Stages and lanes', axeInApp(browser));
    await escape();
    await browser.$('summary*=Whose journey').click();
    await clean('The personas a board follows', axeInApp(browser));
    await browser.$('summary*=Whose journey').click();
    await browser.$('[data-card]').click();
    await browser.keys(['Control', 'l']);
    await browser.$('[role="dialog"]').waitForDisplayed();
    await clean('Supports an opportunity', axeInApp(browser));
    await escape();
    await browser.$('button=← Boards').click();
    await browser.$('button=Start the to-be journey').click();
    await browser.$('button=Compare with as-is').click();
    await browser.$('[role="dialog"] table').waitForDisplayed();
    await clean('Compared with the as-is journey', axeInApp(browser));
    await escape();

    await browser.$('button=Open the room').click();
    await browser.$('aside[aria-label="The room"]').waitForDisplayed();
    await clean('The room beside the board', axeInApp(browser));
    await browser.keys('F5');
    await browser.$('section[aria-label="Room mode"]').waitForDisplayed();
    await clean('Room mode', axeInApp(browser));
    await browser.keys('j');
    await browser.$('[aria-label="Join from your phone"]').waitForDisplayed();
    await clean('Room mode, join', axeInApp(browser));
  } finally {
    await quit(browser, folder);
  }
});

test('the phone’s pages have no accessibility problem worse than minor', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  const phones = await launchChromium();
  try {
    const { code, address } = await openSampleRoom(browser, folder);
    // The page's policy forbids inline scripts; axe is let in for the check alone.
    const page = await phoneAt(phones, `${address}#${code}`, { bypassCSP: true });
    await page.getByLabel('Your name, or any alias').waitFor();
    await clean('Phone, joining', axeInPage(page));
    await page.getByLabel('Your name, or any alias').fill('Noor');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('Hi, Noor').waitFor();
    for (const tab of ['Add a note', 'Rate steps', 'Vote']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await clean(`Phone, ${tab}`, axeInPage(page));
    }
    // The tabs move with the arrow keys, as tabs do.
    await page.getByRole('tab', { name: 'Add a note' }).click();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByRole('tab', { name: 'Rate steps' }).getAttribute('aria-selected'), 'true');
    assert.ok(await page.getByRole('tab', { name: 'Rate steps' }).evaluate((t) => t === document.activeElement));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.getByRole('tab', { name: /Vote/ }).getAttribute('aria-selected'), 'true', 'wrapping round, as tabs do');
  } finally {
    await phones.close();
    await quit(browser, folder);
  }
});
